"""The sentence-boundary scanner behind ``newsclean.parsers.sentences``.

How it decides (see ``docs/sentences.md``):

* One linear regex scan yields *candidates*: terminator runs (``.``, ``!?``,
  ellipses, ``。！？``, ``।``), newline runs, bullets and ``1)``-style list
  markers. A period glued to a lowercase letter or digit ("Node.js",
  "1.39") is never a candidate.
* Each candidate is decided from a bounded window on both sides: the token
  before the period (abbreviation, title, initial, number, URL or e-mail,
  closing quote or bracket) and the token after it (capitalised word,
  sentence opener, single letter, all-caps file extension, opening quote).
* Word lists live in ``newsclean/data/<language>/`` and are read through
  :func:`newsclean.core.lexicon.entries`: ``abbreviations``, ``sentence_titles``,
  ``sentence_starters``, ``sentence_suffixes``, ``sentence_exclaim_names``,
  ``sentence_months`` and ``sentence_ordinal_cues``; ``rules_for`` loads
  them once per language.

Every regex here is free of nested quantifiers, each candidate looks at a
window of bounded size, so the scan is linear in the length of the text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import regex

from newsclean.core.lexicon import entries, languages

__all__ = [
    "CANDIDATE",
    "CJK_TERMINATORS",
    "CLOSERS",
    "FIRST",
    "GLUED_MARK",
    "MAYBE_JOIN",
    "Rules",
    "Scanner",
    "candidate_at",
    "rules_for",
    "scan_stop",
]

# Script-level punctuation (not words, so not lexicon data).
CLOSERS = "\"'”’)]}»›」』）】〕"
_OPENERS = "\"'“‘„‚([{«‹¿¡「『（【〔"
_BULLETS = "•⁃▪◦‣●■►▸–—-"
_BULLET_MARKS = "•⁃▪◦‣●■►▸"
CJK_TERMINATORS = "。！？｡"
_HARD_TERMINATORS = CJK_TERMINATORS + "।॥؟۔።։"
_TERMINAL = ".!?‽…" + _HARD_TERMINATORS
_INLINE_SPACE = " \u00a0\u202f\u2009"
_OPENERS_OR_BULLETS = _OPENERS + _BULLETS
_TAIL = ".!?‽…" + CLOSERS  # what may close a text after its last sentence (``scan_stop``)
_MAX_TOKEN = 64  # characters looked at on either side of a candidate
_MAX_QUOTE_WINDOW = 300  # characters looked back to balance straight quotes

CANDIDATE = regex.compile(
    r"""
    (?=[\n。！？｡।॥؟۔።։.!?‽…•⁃▪◦‣●■►▸)”])  # a cheap first-character test
    (?:
        (?P<nl>\n(?:[^\S\n]*+\n)*+)
      | (?P<hard>[。！？｡।॥؟۔።։]++)
      | (?P<term>
            (?:\.(?:[ ]?\.)*+ | [!?‽]++[.!?‽]*+ | …++ \.?)
            (?![\p{Ll}\p{N}_])
        )
      | (?P<bullet>[•⁃▪◦‣●■►▸])
      | (?P<paren>\)(?=\s))
      | (?P<close>[”)](?=\p{Lu}\p{Ll}))
    )
    """,
    regex.VERBOSE,
)
# ``CANDIDATE`` is the specification; ``Scanner.cuts`` finds the same
# matches (``FIRST``, then ``candidate_at``) about three times faster, which
# tests/property/test_fast_paths.py checks: the ``re`` engine jumps to the first
# characters (``regex`` steps through every character), and the lookaheads on
# Unicode classes are tested in Python, ASCII characters directly.
FIRST = re.compile("[\n。！？｡।॥؟۔።։.!?‽…•⁃▪◦‣●■►▸)”]")
_TERM_RUN = re.compile(r"\.(?:[ ]?\.)*+|[!?‽]++[.!?‽]*+|…++\.?")
_HARD_RUN = re.compile("[。！？｡।॥؟۔።։]++")
_NL_RUN = regex.compile(r"\n(?:[^\S\n]*+\n)*+")
_GLUED = regex.compile(r"[\p{Ll}\p{N}_]")  # what may not follow a terminator
_ASCII_GLUED = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
_PAREN_SPACE = regex.compile(r"\)(?=\s)")
_CLOSE_CAPITAL = regex.compile(r"[”)](?=\p{Lu}\p{Ll})")
_PAREN_MARKER = regex.compile(r"(?r)(?<!\S)(?:\d{1,3}|[a-z])")
# A quick test for text that may hold a join: a terminator glued to an
# upper-case letter, possibly through quotes and brackets.
MAYBE_JOIN = regex.compile(r"[.!?‽]['\"”’)\]»]{0,3}['\"“‘(\[«¿¡]?\p{Lu}|[”)]\p{Lu}\p{Ll}")
# What every ``MAYBE_JOIN`` match starts with, found twice as fast by ``re``:
# a mark glued to anything but a space, a digit or a lower-case ASCII letter.
GLUED_MARK = re.compile(r"[.!?‽”)][^\s0-9a-z]")
_WORD = regex.compile(r"[\p{L}\p{M}]{1,40}(?:['’][\p{L}]{1,3})?")
_SPACE_RUN = regex.compile(r"\s*+")
_NEXT_DQUOTE = regex.compile(r'[^"\n]{0,400}"')
_LINK_AHEAD = regex.compile(r"[^\s@/]{0,64}[@/]")
_INITIALS = regex.compile(r"(?:\p{L}{1,2}\.)+\p{L}{1,2}")
_MARKER = regex.compile(r"\d{1,3}|[a-z]|[ivx]{1,4}")
_DIGITS_END = regex.compile(r"(?r)\d{1,64}")
_SINGLE_OPEN = regex.compile(r"(?<![\p{L}\p{N}])'(?=\p{L})")
_SINGLE_CLOSE = regex.compile(r"(?<=[\p{L}\p{N}.,!?])'(?![\p{L}\p{N}])")

# Token kinds, for the word before a terminator.
_PLAIN, _TITLE, _ABBREV, _UNIT, _INITIAL, _NUMBER, _LINK, _EXCLAIM = range(8)


@dataclass(frozen=True, slots=True)
class Rules:
    """The word lists for one language, loaded once."""

    titles: frozenset[str]
    titles_folded: frozenset[str]
    abbreviations: frozenset[str]
    abbreviations_folded: frozenset[str]
    units: frozenset[str]
    units_folded: frozenset[str]
    starters: frozenset[str]
    suffixes: frozenset[str]
    exclaim: frozenset[str]
    months: frozenset[str]
    ordinal_cues: frozenset[str]

    def abbreviation_kind(self, token: str) -> int:
        """``_TITLE``, ``_ABBREV``, ``_UNIT`` or ``_PLAIN`` for a token without its final period."""
        if token in self.titles:
            return _TITLE
        folded = token.lower()
        if folded in self.titles_folded:
            return _TITLE
        if token in self.abbreviations or folded in self.abbreviations_folded:
            return _ABBREV
        if token in self.units or folded in self.units_folded:
            return _UNIT
        return _PLAIN


def _split_case(words: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Entries as written, and lower-case entries that match in any case."""
    exact = frozenset(w.removesuffix(".") for w in words)
    folded = frozenset(w for w in exact if w == w.lower())
    return exact, folded


@functools.cache
def rules_for(language: str | None) -> Rules:
    lang = (language or "en").lower().replace("_", "-").split("-", 1)[0]
    own = lang if entries(lang, "abbreviations") or entries(lang, "sentence_starters") else "en"
    langs = (own,) if own == "en" else (own, "en")

    def gather(name: str, among: tuple[str, ...] = langs) -> list[str]:
        return [e for lg in among for e in entries(lg, name)]

    titles = _split_case(gather("sentence_titles"))
    abbreviations = _split_case(gather("abbreviations"))
    units = _split_case(gather("sentence_units"))
    starters = entries(own, "sentence_starters") or entries("en", "sentence_starters")
    return Rules(
        titles=titles[0],
        titles_folded=titles[1],
        abbreviations=abbreviations[0],
        abbreviations_folded=abbreviations[1],
        units=units[0],
        units_folded=units[1],
        starters=frozenset(starters),
        suffixes=frozenset(e.lower() for e in gather("sentence_suffixes")),
        exclaim=frozenset(gather("sentence_exclaim_names")),
        months=frozenset(m.lower() for m in gather("sentence_months", languages())),
        ordinal_cues=frozenset(e.lower() for e in entries(own, "sentence_ordinal_cues")),
    )



def scan_stop(text: str) -> int:
    """Where the candidates worth finding in ``text`` start before.

    A candidate in the run of terminators and closers that ends the text
    cuts nothing: no letter follows it, so no sentence can start after it.
    Most paragraphs end in such a run ("said.", "win.”"): one candidate
    fewer, and no scan at all when it was the only one.

    >>> scan_stop("Hi. There."), scan_stop("He said “Go!”"), scan_stop("Hi •")
    (9, 11, 4)
    """
    return len(text.rstrip(_TAIL))


def candidate_at(text: str, i: int) -> tuple[str, int]:
    """Group and end of the ``CANDIDATE`` match at ``i`` (a ``FIRST`` character); end -1: none.

    >>> candidate_at("Hi.There", 2), candidate_at("Node.js", 4)
    (('term', 3), ('term', -1))
    """
    n = len(text)
    c = text[i]
    kind = "term"
    if c in ".!?‽…":
        if c == "." and text[i + 1 : i + 2] != "." and text[i + 1 : i + 3] != " .":
            end = i + 1  # one period, not a run (".." or ". ."): the usual case
        else:
            end = _TERM_RUN.match(text, i).end()  # type: ignore[union-attr]
        if end < n:
            after = text[end]
            if after in _ASCII_GLUED if after < "\x80" else _GLUED.match(after):
                # Glued to a lower-case letter, digit or "_": no terminator.
                # "….x" still matches "…": the optional "." backs off.
                end = end - 1 if c == "…" and text[end - 1] == "." else -1
    elif c == "\n":
        kind = "nl"
        end = _NL_RUN.match(text, i).end()  # type: ignore[union-attr]
    elif c in _BULLET_MARKS:
        kind = "bullet"
        end = i + 1
    elif c == ")" and _PAREN_SPACE.match(text, i):
        kind = "paren"
        end = i + 1
    elif c in ")”":
        kind = "close"
        end = i + 1 if _CLOSE_CAPITAL.match(text, i) else -1
    else:
        kind = "hard"
        end = _HARD_RUN.match(text, i).end()  # type: ignore[union-attr]
    return kind, end


class Scanner:
    """One pass over ``text``: yields cut offsets in increasing order."""

    __slots__ = ("dq_count", "dq_pos", "first", "list_next", "n", "rules", "sent_start", "text")

    def __init__(self, text: str, rules: Rules) -> None:
        self.text = text
        self.n = len(text)
        self.rules = rules
        self.sent_start = 0  # offset of the last cut
        self.first = -1  # first non-space offset of the current sentence, -1 if not known
        self.list_next: str | None = None  # the list marker expected next
        self.dq_pos = 0  # straight double quotes counted up to here
        self.dq_count = 0

    def cuts(self, stop: int | None = None, first: re.Match[str] | None = None) -> list[int]:
        """The cut offsets; candidates from ``stop`` on are not looked at (see ``scan_stop``).
        ``first``: ``FIRST.search(self.text, 0, stop)``, when the caller found it.

        Candidates are found with ``FIRST`` and ``candidate_at`` in this
        loop itself: on most candidates a generator's steps cost more than
        the decision.
        """
        text, n = self.text, self.n
        stop = scan_stop(text) if stop is None else stop
        out: list[int] = []
        last = 0
        find = FIRST.search
        m = find(text, 0, stop) if first is None else first
        while m is not None:
            start = m.start()
            if (
                text[start] == "."
                and text[start + 1 : start + 2] == " "
                and text[start + 2 : start + 3] != "."
            ):
                # The commonest candidate, a period, a space and no period (". The"):
                # what ``candidate_at`` gives, at once.
                end = start + 1
                if text[start + 2 : start + 3].isupper() and self._after_plain_word(start):
                    cut = start + 2  # commonest of all, "said. The": what _terminator decides
                else:
                    cut = self._terminator(start, end)
            else:
                kind, end = candidate_at(text, start)
                if end < 0:
                    m = find(text, start + 1, stop)
                    continue
                cut = self._decide(kind, start, end)
            if last < cut < n:
                out.append(cut)
                last = cut
                self.sent_start = cut
                self.first = -1
            m = find(text, end, stop)
        return out

    def _decide(self, kind: str, start: int, end: int) -> int:
        """The cut the candidate ``text[start:end]`` of group ``kind`` makes, -1 for none."""
        if kind == "term":
            return self._terminator(start, end)
        if kind == "nl":
            return self._newline(start, end)
        if kind == "hard":
            return self._skip_closers(end)[0]
        if kind == "bullet":
            b = start
            return b if b > 0 and self.text[b - 1].isspace() and self._has_words(b) else -1
        if kind == "paren":
            return self._paren_marker(start)
        return self._closer_join(start)

    # ----------------------------------------------------------------- helpers

    def _has_words(self, pos: int) -> bool:
        """Whether the current sentence holds anything before ``pos``."""
        if self.first < 0:
            self.first = _space_end(self.text, self.sent_start)
        return self.first < pos

    def _sentence_so_far(self, pos: int) -> str:
        """The current sentence up to ``pos``, at most ``_MAX_TOKEN`` characters (stripped)."""
        return self.text[max(self.sent_start, pos - _MAX_TOKEN) : pos].strip()

    def _word_count_at_least(self, pos: int, k: int) -> bool:
        if pos - self.sent_start > 200:
            return True
        return len(self.text[self.sent_start : pos].split(None, k)) >= k

    def _skip_closers(self, j: int) -> tuple[int, bool]:
        """Skip closing quotes and brackets after a terminator; return (offset, any skipped).

        A straight quote before a space closes. Glued to a word it closes
        only when the current sentence holds an unbalanced one and the word
        is not a usual sentence opener; otherwise it opens the next sentence
        (news quotes running over paragraphs: ``trophies."He is``).
        """
        t, n = self.text, self.n
        if j < n and t[j] == " " and t[j + 1 : j + 2] not in ("»", "›"):
            return j, False  # the usual case: a plain space, nothing to skip
        start = j
        for _ in range(6):
            if j >= n:
                break
            c = t[j]
            if c in "\"'":
                nxt = t[j + 1] if j + 1 < n else " "
                if nxt.isalpha():
                    if c == '"' and not self._double_quote_closes(j):
                        break
                    if c == "'" and not self._quote_open(j, c):
                        break
                elif nxt in "\"'" and not self._quote_open(j, c):
                    break
            elif c in _INLINE_SPACE and j + 1 < n and t[j + 1] in "»›":
                j += 1  # French spacing: "Bonjour ! »"
            elif c not in CLOSERS:
                break
            j += 1
        return j, j > start

    def _double_quote_closes(self, pos: int) -> bool:
        """Whether the straight ``"`` at ``pos``, glued to a word, closes a quote.

        The next ``"`` within reach decides: if it opens (after a space) this
        one closes, if it closes this one opens. With none in reach, the
        parity of the quotes since the start of the text decides.
        """
        t = self.text
        at = pos + 1
        for _ in range(3):
            m = _NEXT_DQUOTE.match(t, at)
            if m is None:
                break
            q = m.end() - 1
            if t[q - 1] in ".!?" and q + 1 < self.n and t[q + 1].isalpha():
                at = q + 1  # as ambiguous as this one: look further
                continue
            return t[q - 1].isspace() or t[q - 1] in _OPENERS
        self.dq_count += self.text.count('"', self.dq_pos, pos)
        self.dq_pos = pos
        return self.dq_count % 2 == 1

    def _quote_open(self, pos: int, quote: str) -> bool:
        """Whether a ``quote`` opened earlier in the current sentence is still open at ``pos``."""
        lo = max(self.sent_start, pos - _MAX_QUOTE_WINDOW)
        if quote == '"':
            return self.text.count('"', lo, pos) % 2 == 1
        window = self.text[lo:pos]
        opened = len(_SINGLE_OPEN.findall(window))
        closed = len(_SINGLE_CLOSE.findall(window))
        return opened > closed

    def _token_before(self, pos: int) -> tuple[str, int]:
        """The whitespace-delimited token ending at ``pos`` and its start (``""`` if none)."""
        chunk = self.text[max(self.sent_start, pos - _MAX_TOKEN) : pos]
        if not chunk or chunk[-1].isspace():
            return "", pos
        token = chunk.rsplit(None, 1)[-1]
        return token, pos - len(token)

    def _after_plain_word(self, pos: int) -> bool:
        """Whether the token before the period at ``pos`` is a plain word.

        Then ``_token_before``, ``_classify`` and ``_spaced_period`` always
        cut a period followed by a space and a capital: the word is letters
        only (no opener, closer or digit), not a list marker ("iv"), title,
        abbreviation, unit or exclamation name. About a quarter of the cost of
        those steps; ``tests/property/test_fast_paths.py`` holds it to them.
        """
        t = self.text
        lo = max(self.sent_start, pos - _MAX_TOKEN)
        space = t.rfind(" ", lo, pos)
        word = t[space + 1 if space >= 0 else lo : pos]  # the token, if it is letters only
        rules = self.rules
        return (
            len(word) > 1
            and word.isalpha()
            and word.strip("ivx") != ""
            and rules.abbreviation_kind(word) == _PLAIN
            and word not in rules.exclaim
        )

    def _classify(self, token: str, tok_start: int) -> tuple[int, str]:
        """Kind of the token before a period, and the token without openers or bullets."""
        core = token.lstrip(_OPENERS_OR_BULLETS)
        if not core:
            return _PLAIN, core
        if core[-1] in CLOSERS:
            return _PLAIN, core  # "(PIPC).", 'bullying".'
        rules = self.rules
        kind = rules.abbreviation_kind(core)
        if kind != _PLAIN:
            return kind, core
        if len(core) > 1 and core.isalpha():
            # A plain word, the usual case: of the tests below only the last can hold.
            return (_EXCLAIM if core in rules.exclaim else _PLAIN), core
        if "-" in core[1:]:  # "R-Neb.", "D-W.Va.": classify the part after the hyphen
            part = core.rsplit("-", 1)[1]
            if part:
                kind = rules.abbreviation_kind(part)
                if kind != _PLAIN:
                    return kind, part
                if len(part) == 1 and part.isupper():
                    return _INITIAL, part
        if "@" in core or "://" in core or core.lower().startswith("www."):
            return _LINK, core
        last = core[-1]
        if last.isdigit():
            return _NUMBER, core
        if len(core) == 1 and last.isalpha():
            if core in rules.starters and self._lower_word_before(tok_start):
                return _PLAIN, core  # "you and I. Did you"
            return _INITIAL, core
        if "." in core and _INITIALS.fullmatch(core) and any(c.isupper() for c in core):
            return _INITIAL, core  # "J.K", "R.R", "U.S.A"
        if core in rules.exclaim:
            return _EXCLAIM, core
        return _PLAIN, core

    def _lower_word_before(self, pos: int) -> bool:
        """Whether the word before ``pos`` (past spaces) starts with a lowercase letter."""
        word, _ = self._token_before(_skip_space_back(self.text, pos))
        word = word.lstrip(_OPENERS)
        return bool(word) and word[0].islower()

    def _next_word(self, k: int) -> str:
        m = _WORD.match(self.text, k)
        return m.group() if m else ""

    def _is_marker_sentence(self, tok_start: int) -> bool:
        """Whether the current sentence is only a list marker before ``tok_start``."""
        return not self._has_words(tok_start) or (
            self._sentence_so_far(tok_start).strip(_BULLET_MARKS + _INLINE_SPACE) == ""
        )

    # --------------------------------------------------------------- decisions

    def _closer_join(self, pos: int) -> int:
        """A closing quote or bracket glued to a capitalised word: ``formations”The``."""
        if pos == 0:
            return -1
        before = self.text[pos - 1]
        if before.isspace() or before in _OPENERS or before in _TERMINAL:
            return -1
        return pos + 1

    def _paren_marker(self, paren: int) -> int:
        """``1) The first item 2) The second item``: cut before the expected marker."""
        m = _PAREN_MARKER.search(self.text, max(0, paren - 3), paren)
        if m is None or m.end() != paren:
            return -1
        start, marker = m.start(), m.group()
        if self._is_marker_sentence(start):
            self.list_next = _successor(marker)
            return -1
        if marker == self.list_next:
            self.list_next = _successor(marker)
            return start
        return -1

    def _newline(self, start: int, end: int) -> int:
        """A line break: a blank line always ends a sentence; one newline does
        when the line has no terminal punctuation and the next starts a sentence."""
        t = self.text
        if end >= self.n:
            return -1
        if t.count("\n", start, end) >= 2:
            return end
        i = start - 1
        stop = max(0, start - _MAX_TOKEN)
        while i >= stop and t[i] in _INLINE_SPACE + "\t\r":
            i -= 1
        while i >= stop and t[i] in CLOSERS:
            i -= 1
        if i < 0 or t[i] in _TERMINAL:
            return -1  # decided by the terminator itself
        k = _space_end(t, end)
        if k >= self.n:
            return -1
        c = t[k]
        if c.islower():
            return -1
        return end

    def _terminator(self, start: int, end: int) -> int:
        t, n = self.text, self.n
        if end >= n:
            return -1  # the text's last mark: no sentence follows
        term = t[start:end]
        first = term[0]
        if t[end] == " " and t[end + 1 : end + 2].isupper():
            # The usual case, ". The": one space, then a capital; no closer,
            # newline or opener to skip, so the general steps below change nothing.
            closed = glued = newline = False
            k = o = end + 1
        else:
            j, closed = self._skip_closers(end)
            if j >= n:
                return -1
            glued = not t[j].isspace()
            newline = False
            if glued:
                k = j
            else:
                k = _space_end(t, j)
                if k >= n:
                    return -1
                newlines = t.count("\n", j, k)
                if newlines >= 2:
                    return j  # a blank line
                newline = newlines == 1
            # The first character of the next sentence, past opening quotes.
            o = k
            while o < n and o - k < 3 and t[o] in _OPENERS:
                o += 1
                if o < n and t[o] in _INLINE_SPACE:
                    o += 1
            if o >= n:
                return -1
        c = t[o]
        before_space = start > 0 and t[start - 1] in _INLINE_SPACE
        if first == "…" or (first == "." and len(term) > 1):
            return self._ellipsis(start, term, k, c, glued)
        if first in "!?‽":
            return self._exclaim(start, before_space, k, o, c, glued)
        if before_space and glued:
            # A leading period (".DJI", ".NET") unless a capitalised word
            # follows a stray space: "on recess .After raising".
            word = self._next_word(o)
            if len(word) < 2 or not word[1:].islower():
                return -1
            start = _skip_space_back(t, start)
        token, tok_start = self._token_before(start)
        kind, core = self._classify(token, tok_start)
        if glued:
            return self._glued_period(kind, core, closed, k, o, c)
        return self._spaced_period(kind, core, tok_start, start, k, o, c, newline)

    def _exclaim(self, start: int, before_space: bool, k: int, o: int, c: str, glued: bool) -> int:
        """``!`` and ``?``: a boundary unless a lowercase word follows or a name ends in ``!``."""
        rules = self.rules
        if c.islower() or (glued and not c.isupper()):
            return -1
        token, _ = self._token_before(_skip_space_back(self.text, start) if before_space else start)
        if token.lstrip(_OPENERS) in rules.exclaim:  # "Yahoo! Finance", "Yahoo!Japan"
            return k if not glued and self._next_word(o) in rules.starters else -1
        return k

    def _ellipsis(self, start: int, term: str, k: int, c: str, glued: bool) -> int:
        """``...`` runs on; ``....`` and ``. . . .`` end a sentence before a capital.

        ``word. . . . Next`` ends the sentence after the attached period, so the
        spaced ellipsis opens the next one (the Chicago-style four dots).
        """
        t = self.text
        dots = term.count(".") + 3 * term.count("…")
        if not c.isupper() or glued:
            return -1
        if dots <= 2:
            return k if not self._is_marker_sentence(start) else -1
        if dots == 3:
            return -1
        attached = start > 0 and not t[start - 1].isspace()
        if " " in term and attached:
            return start + 1
        return k

    def _glued_period(self, kind: int, core: str, closed: bool, k: int, o: int, c: str) -> int:
        """A period with no space after it: a run-together join or part of a name."""
        t, rules = self.text, self.rules
        if not c.isupper() or kind in (_TITLE, _LINK):
            return -1
        word = self._next_word(o)
        if not word:
            return -1
        w_end = o + len(word)
        after = t[w_end] if w_end < self.n else " "
        single = len(word) == 1
        if after == "." and w_end + 1 < self.n and t[w_end + 1].isalpha() and not single:
            return -1  # a dotted name: "Docs.Python.org"
        if o == k and _link_ahead(t, w_end):
            return -1  # an e-mail address or a URL: "Jane.Doe@Example.com"
        if single and after == ".":
            # Initials or an acronym follow: "U.S.", "J.K." A join only after
            # a plain word or a year: "said.U.S. crude", "consoles.J.K. Rowling".
            if kind == _PLAIN and not closed:
                return k if len(core) >= 3 and core[-1].islower() else -1
            if kind == _NUMBER:
                return k if _trailing_digits(core) >= 3 else -1
            return k if closed else -1
        if len(word) >= 3 and word.isupper() and word.lower() in rules.suffixes:
            return -1  # "Report.PDF", "ASP.NET"; two letters are usually acronyms ("said.US")
        if not single and word.isupper() and len(core) >= 2 and core.isupper():
            return -1  # a dotted all-caps name: "IQ.LIGHT"
        starter = word in rules.starters
        if single and after == ":" and kind in (_PLAIN, _NUMBER):
            return k  # an interview's "Q:" or "A:"
        if kind == _ABBREV and "." in core and not single and word[1:].islower():
            return k  # "at 10 p.m.Authorities say": glued, so not mid-sentence
        if kind in (_INITIAL, _EXCLAIM) or (kind == _ABBREV and ("." in core or len(core) == 1)):
            return k if starter else -1
        if kind == _NUMBER:
            if single:
                return k if starter and _trailing_digits(core) >= 3 else -1
            return -1 if self._ordinal(core, word, k) else k
        if single and not starter:
            return -1
        return k

    def _spaced_period(
        self,
        kind: int,
        core: str,
        tok_start: int,
        start: int,
        k: int,
        o: int,
        c: str,
        newline: bool,
    ) -> int:
        """A period followed by whitespace."""
        rules = self.rules
        if c.islower():
            return -1
        marker = (
            len(core) <= 4  # the longest marker: "viii"
            and kind in (_NUMBER, _INITIAL, _PLAIN)
            and _MARKER.fullmatch(core) is not None
        )
        if marker and self._is_marker_sentence(tok_start):
            if c.isupper() or c.isdigit():
                self.list_next = _successor(core)
            return -1  # "1. The first item", "a. The first item"
        if marker and core == self.list_next and tok_start > self.sent_start:
            self.list_next = _successor(core)
            return tok_start  # "... first item 2. The second item"
        if kind == _TITLE:
            return -1
        upper = c.isupper()
        if not upper and not c.isalpha():
            if c.isdigit() or c in "$€£¥#":
                return -1 if kind in (_ABBREV, _UNIT, _INITIAL) else k
            return k if kind in (_PLAIN, _NUMBER, _LINK, _UNIT) else -1
        if not upper:
            return k  # an uncased script: Devanagari, Arabic, CJK, ...
        if kind in (_ABBREV, _INITIAL, _EXCLAIM):
            if newline and kind != _INITIAL:
                return k
            word = self._next_word(o)
            if word in rules.starters and self._word_count_at_least(start, 4):
                return k
            return -1
        if kind == _NUMBER and self._ordinal(core, self._next_word(o), tok_start):
            return -1
        return k

    def _ordinal(self, core: str, word: str, tok_start: int) -> bool:
        """German-style ordinals: "am 3. Juni", "der 2. Weltkrieg"."""
        digits = _DIGITS_END.search(core)
        if digits is None or digits.end() != len(core) or len(digits.group()) != len(core):
            return False
        if len(core) <= 2 and word.lower() in self.rules.months:
            return True
        if not self.rules.ordinal_cues or len(core) > 3:
            return False
        before, _ = self._token_before(_skip_space_back(self.text, tok_start))
        return before.lower() in self.rules.ordinal_cues


def _space_end(text: str, pos: int) -> int:
    """The offset after the whitespace run starting at ``pos``."""
    # Printable ASCII is never whitespace: the usual cases need no regex.
    if "!" <= text[pos : pos + 1] <= "~":
        return pos
    if text[pos : pos + 1] == " " and "!" <= text[pos + 1 : pos + 2] <= "~":
        return pos + 1
    m = _SPACE_RUN.match(text, pos)
    return m.end() if m is not None else pos


def _skip_space_back(text: str, pos: int) -> int:
    i = pos
    stop = max(0, pos - 8)
    while i > stop and text[i - 1] in _INLINE_SPACE:
        i -= 1
    return i


def _trailing_digits(token: str) -> int:
    """How many digits end ``token``."""
    m = _DIGITS_END.search(token)
    return len(m.group()) if m is not None and m.end() == len(token) else 0


def _link_ahead(text: str, pos: int) -> bool:
    """Whether the token from ``pos`` to the next space holds ``@`` or a ``/`` path."""
    return _LINK_AHEAD.match(text, pos) is not None


def _successor(marker: str) -> str | None:
    """The list marker after ``marker``: "1" -> "2", "a" -> "b"."""
    if marker.isdigit():
        return str(int(marker) + 1)
    if len(marker) == 1 and "a" <= marker < "z":
        return chr(ord(marker) + 1)
    return None
