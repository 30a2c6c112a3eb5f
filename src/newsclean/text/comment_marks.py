"""Reader-comment markers: the lines that open the comments or one comment.

Part of labelling (stage 3). The words come from ``data/<language>/
comment_markers.txt`` (English's apply on every page, a page without a
language hint reads every language's), and build three patterns per
language: a count ("12 Comments", "27 commentaires"), an opener ("Leave a
Reply", "Schreibe einen Kommentar") and an entry ("Jane Doe says:",
"Rafael sagt:", "Comment by Rudi — 17.07, 2011"). Most lines are no marker,
so each pattern sits behind a test of the line's first or last characters.

>>> is_comment_marker("Gary M on September 17, 2018 at 8:50 pm said:", "en")
True
>>> is_comment_marker("Rafael sagt:", "de"), is_comment_marker("Der Minister sagt:", "de")
(True, False)
>>> opens_comment_section("27 commentaires", None), opens_comment_section("Top stories", None)
(True, False)
"""

from __future__ import annotations

import functools
import string
from dataclasses import dataclass, field

import regex

from newsclean.core.lexicon import chrome_roles

__all__ = [
    "CommentMarkers",
    "is_comment_heading",
    "is_comment_marker",
    "markers",
    "opens_comment_section",
]

_KINDS = frozenset({"count", "opener", "verb", "verb:", "by", "article", "heading"})
_DIGIT = regex.compile(r"\d")
_ASCII_WORD_CHARS = frozenset(string.ascii_letters + string.digits)
# what a count line may start with (spaces: "[ 12" allows them before the count)
_SPACES = frozenset(c for c in map(chr, range(0x3001)) if c.isspace())
_COUNT_FIRST = frozenset("0123456789[(") | frozenset(c for c in _SPACES if c.isascii())
# the ASCII characters ``\W`` matches
_ASCII_NON_WORD = "".join(chr(c) for c in range(128) if not (chr(c).isalnum() or chr(c) == "_"))


@dataclass(frozen=True, slots=True)
class CommentMarkers:
    """One language's comment patterns and the cheap tests in front of them."""

    section: regex.Pattern[str]  # a count or an opener, at the line's start
    entry: regex.Pattern[str]  # "<who> <verb>[:]", group "who" and "colon"
    colon_verbs: frozenset[str]  # verbs that need the colon, lowered
    by: regex.Pattern[str] | None  # "comment by <name>"
    any_verbs: _Verbs  # every verb
    plain_verbs: _Verbs  # the verbs that need no colon
    window: int  # characters at the end that can hold a verb and its colon
    starts: tuple[str, ...]  # lowered starts of openers and "by" prefixes (6 characters)
    # ``starts`` by their ASCII first letter, in either case: an ASCII line
    # is tested against the few its first character can open
    ascii_starts: dict[str, tuple[str, ...]] = field(compare=False)  # (derived: no hash)
    first_chars: frozenset[str]  # "[(" and first characters of openers and "by" prefixes
    by_first: frozenset[str]  # first characters of "by" prefixes, any case
    articles: frozenset[str]
    headings: frozenset[str]  # casefolded whole texts of a heading over the thread

    def opens(self, text: str) -> bool:
        """See ``opens_comment_section``."""
        return self._may_open(text) and self.section.match(text) is not None

    def _may_open(self, text: str) -> bool:
        """Cheap test before the section and "comment by" patterns: a count's first
        character, or the start of an opener or a "by" prefix."""
        first = text[:1]
        if text.isascii():
            if first in _COUNT_FIRST:
                return True
            starts = self.ascii_starts.get(first)
            return starts is not None and text[:6].lower().startswith(starts)
        return first in self.first_chars or first.isdigit() or first in _SPACES

    def _by(self, text: str) -> bool:
        """ "Comment by <name>" with a digit (the date) in the line."""
        if text.isascii() and not text[:9].lower().startswith(self.starts):
            return False
        return bool(self.by and self.by.match(text)) and _DIGIT.search(text) is not None

    def marks(self, text: str) -> bool:
        """See ``is_comment_marker``."""
        # ``opens`` and the "comment by" test share their pre-test: most lines pass neither
        # (``_may_open`` inline on an ASCII line: a call costs more than its tests)
        ascii = text.isascii()
        low = ""  # an ASCII line lowered once, for both ends (a slice and a copy cost alike)
        if ascii:
            first = text[:1]
            starts = self.ascii_starts.get(first)
            # (each start is 6 characters at most: the whole line's start is the slice's)
            may_open = first in _COUNT_FIRST or (
                starts is not None and (low := text.lower()).startswith(starts)
            )
        else:
            may_open = self._may_open(text)
        if may_open:
            if self.section.match(text) is not None:
                return True
            if self.by is not None and text[:1] in self.by_first and self._by(text):
                return True
        # without a colon only the verbs that need none can end the line
        verbs = self.any_verbs if ":" in text else self.plain_verbs
        last = text[-1:]
        if ascii:
            if last in _ASCII_WORD_CHARS:
                if last not in verbs.last_chars:
                    return False  # ends inside a word, and not in a verb
                # (nothing to strip: every verb is shorter than the window)
                tail = low or text.lower()
            else:
                tail = text[-self.window :].rstrip(_ASCII_NON_WORD).lower()
            # (the verbs ending in the tail's last letter, in either case)
            ends = verbs.ascii_by_last.get(tail[-1:])
            if ends is None or not tail.endswith(ends):
                return False
        elif last.isalpha() and last not in verbs.last_chars:
            # a letter is ``\w``: the hint's verb would have to end it
            return False
        elif verbs.hint.search(text[-self.window :]) is None:
            return False
        found = self.entry.match(text)
        if found is None:
            return False
        if not found.group("colon") and self.colon_verbs and _ends_in(text, self.colon_verbs):
            return False
        who = found.group("who").split()
        if not text.rstrip().endswith(":") and len(who) > 2:
            return False
        # a name or handle, not a sentence: "The minister said:" is story text
        return bool(_DIGIT.search(text)) or (
            len(who) <= 3
            and who[0].casefold() not in self.articles
            and (who[0][:1].isupper() or len(who) == 1)  # "Jane Doe", "joetoronto"
        )


@dataclass(frozen=True, slots=True)
class _Verbs:
    """The cheap tests for a set of verbs at a line's end."""

    hint: regex.Pattern[str]  # a verb before non-word characters at the end
    last_chars: frozenset[str]  # their last letters, any case
    ascii_words: tuple[str, ...]  # the last words of the ASCII ones, lowered
    # ``ascii_words`` by last letter, either case (derived: no hash)
    ascii_by_last: dict[str, tuple[str, ...]] = field(compare=False)

    @classmethod
    def of(cls, verbs: list[str]) -> _Verbs:
        pattern = "|".join(_phrase(v) for v in verbs) or "(?!)"
        # last words only: the patterns allow any spaces between words
        words = tuple(sorted({v.split()[-1] for v in verbs if v.isascii()}))
        return cls(
            hint=regex.compile(rf"(?:{pattern})\W*$", regex.IGNORECASE),
            last_chars=_matching_chars({v[-1] for v in verbs}),
            ascii_words=words,
            ascii_by_last=_by_case(words, -1),
        )


def _by_case(words: tuple[str, ...], at: int) -> dict[str, tuple[str, ...]]:
    """The lowered ASCII ``words`` grouped by their character at ``at``, keyed by
    that character in both cases: a line's character there picks the words
    it can hold there once lowered.

    >>> _by_case(("says", "said", "wrote", "écrit"), 0)
    {'s': ('says', 'said'), 'S': ('says', 'said'), 'w': ('wrote',), 'W': ('wrote',)}
    """
    out: dict[str, tuple[str, ...]] = {}
    for w in words:
        c = w[at]
        if c.isascii():
            for key in dict.fromkeys((c, c.upper())):
                out[key] = (*out.get(key, ()), w)
    return out


def _phrase(words: str) -> str:
    return r"\s+".join(regex.escape(w) for w in words.split())


@functools.cache
def _markers(language: str | None) -> CommentMarkers:
    rows = chrome_roles(language, "comment_markers", _KINDS)
    verbs = sorted({*rows["verb"], *rows["verb:"]}, key=len, reverse=True)
    counts = sorted(set(rows["count"]), key=len, reverse=True)
    openers = sorted(set(rows["opener"]), key=len, reverse=True)
    section = (
        r"^[\[(]?\s*\d+\s+(?:" + "|".join(_phrase(c) for c in counts) + r")\b"
        r"|^(?:" + "|".join(_phrase(o) for o in openers) + r")\b"
    )
    verb_pattern = "|".join(_phrase(v) for v in verbs)
    by = sorted(set(rows["by"]), key=len, reverse=True)
    starts = tuple(sorted({p.split()[0][:6] for p in (*openers, *by)}))
    return CommentMarkers(
        section=regex.compile(section, regex.IGNORECASE),
        entry=regex.compile(
            rf"^(?P<who>\w.{{0,70}}?)\s+(?:{verb_pattern})\s*(?P<colon>:?)$", regex.IGNORECASE
        ),
        colon_verbs=frozenset(rows["verb:"]) - frozenset(rows["verb"]),
        by=regex.compile(r"^(?:" + "|".join(_phrase(b) for b in by) + r")\s+\w", regex.IGNORECASE)
        if by
        else None,
        any_verbs=_Verbs.of(verbs),
        plain_verbs=_Verbs.of([v for v in verbs if v not in rows["verb:"] or v in rows["verb"]]),
        window=max(map(len, verbs)) + 3,
        # first words only: the patterns allow any spaces between words
        starts=starts,
        ascii_starts=_by_case(starts, 0),
        first_chars=_matching_chars({p[0] for p in (*openers, *by)}) | frozenset("[("),
        by_first=_matching_chars({p[0] for p in by}) if by else frozenset(),
        articles=frozenset(rows["article"]),
        headings=frozenset(h.casefold() for h in rows["heading"]),
    )


# letters that match another case-insensitively beyond its upper and lower case:
# long s, Kelvin and Angstrom signs, dotted and dotless i, Greek symbol forms
_FOLDS = (
    "\u017f\u212a\u212b\u0130\u0131\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1e9b\u1fbe"
)


def _matching_chars(letters: set[str]) -> frozenset[str]:
    """The characters that one of ``letters`` matches case-insensitively: their cases
    and such folds as "ſ" for "s" and "K" (Kelvin sign) for "k"."""
    one = regex.compile("[" + "".join(regex.escape(c) for c in sorted(letters)) + "]", regex.I)
    candidates = {x for c in letters for x in (c, c.lower(), c.upper())} | set(_FOLDS)
    return frozenset(c for c in candidates if len(c) == 1 and one.fullmatch(c)) | frozenset(letters)


def opens_comment_section(text: str, language: str | None) -> bool:
    """A line that opens the comment section: "12 Comments", "Leave a Reply".

    >>> opens_comment_section("[ 167 comments ]", "en"), opens_comment_section("3 Kommentare", "de")
    (True, True)
    """
    return _markers(language).opens(text)


# a heading's count: "Comments (12)", "コメント（3件）", "Kommentare: 4", "[12]"
# (possessive: no run of spaces is tried two ways; it only sees headings of 60
# characters, and the search from each start is still a scan: see the regex audit)
_HEADING_COUNT = regex.compile(r"\s*+[:(（\[]?+\s*+\d++\s*+\w{0,2}+\s*+[)）\]]?+\s*+$")
_HEADING_MAX_CHARS = 60


def is_comment_heading(text: str, language: str | None) -> bool:
    """The whole text of a heading element over the reader comments: an opener
    or a count ("Leave a Reply", "12 Comments"), or a heading word of the
    language, maybe with a count ("Comments", "Kommentare (4)", "コメント").

    >>> is_comment_heading("Comments (12)", "en"), is_comment_heading("コメント", None)
    (True, True)
    >>> is_comment_heading("Comments on the budget", "en"), is_comment_heading("Discussion", "en")
    (False, False)
    """
    if len(text) > _HEADING_MAX_CHARS:
        return False
    found = _markers(language)
    if text.strip(" \t:").casefold() in found.headings or found.opens(text):
        return True
    # a count needs a digit (most headings hold none: the pattern is not tried)
    if not any(c.isdigit() for c in text):
        return False
    return _HEADING_COUNT.sub("", text).strip(" \t:").casefold() in found.headings


def is_comment_marker(text: str, language: str | None) -> bool:
    """A line that opens a reader comment or the comment section.

    >>> is_comment_marker("The minister said:", "en"), is_comment_marker("Smith said.", "en")
    (False, False)
    >>> is_comment_marker("Comment by Rudi — 17.07, 2011 @ 15:30", "en")
    True
    """
    return _markers(language).marks(text)


def markers(language: str | None) -> CommentMarkers:
    """The markers of ``language`` (None: every language's), for a caller that asks
    per line: ``markers(lang).marks(text)`` is ``is_comment_marker(text, lang)``."""
    return _markers(language)


def _ends_in(text: str, verbs: frozenset[str]) -> bool:
    """Whether the line's last words (before any closing marks) are one of ``verbs``."""
    words = text.casefold().rstrip(" \t:").split()
    return any(" ".join(words[-n:]) in verbs for n in (1, 2))
