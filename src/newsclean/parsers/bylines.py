"""Bylines: "By Jane Doe and John Roe, Reuters | Updated: Jun 7, 2025, 10:15 IST".

The timestamp is found first (with :func:`newsclean.parsers.timestamps.parse_timestamp`'s
grammar) and cut off; the rest is split at ``|``, ``·``, ``;`` and spaced
dashes, then at commas and "and"-words. A piece introduced by "By"
(``byline_prefixes.txt``) or shaped like a name is an author; agencies
(``byline_sources.txt``), outlet-like pieces ("Express News Service",
"News18", "CNN") are the source; junk ("Email the author", "Follow",
"Staff") is dropped. Editors ("Editing by ...") are not authors.

>>> b = parse_byline("By Jane Doe and John Roe, Reuters")
>>> b.authors, b.source
(('Jane Doe', 'John Roe'), 'Reuters')
>>> b = parse_byline("By Aditi Rao | News18 | Updated: Jun 7, 2025, 10:15 IST")
>>> b.authors, b.source, b.timestamp.value.isoformat()
(('Aditi Rao',), 'News18', '2025-06-07T10:15:00+05:30')
>>> parse_byline("By Abby Goodnough").authors
('Abby Goodnough',)
>>> parse_byline("김민수 기자").authors
('김민수',)
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, tzinfo

import regex

from newsclean.core import lexicon
from newsclean.core.types import Byline, Timestamp
from newsclean.parsers.time_grammar import BASE_LANGUAGE
from newsclean.parsers.timestamps import MAX_CHARS, _parse

__all__ = [
    "DOMAIN",
    "bare_prefixes",
    "byline_line",
    "dated_byline",
    "named_outlet",
    "parse_byline",
    "person_name",
    "role_byline",
]

# Where a time may follow the names: " on Monday, ...", " at 10:15", " - Nov. 3"
_TIME_AFTER_NAMES = regex.compile(r"\s(?=(?:on|at)\s)|\s[-–—|]\s", regex.IGNORECASE)
_SEGMENTS = regex.compile(r"\s*(?:[|·•;]|\s[-–—]+\s|^[-–—]+\s*)\s*")


def _pieces() -> regex.Pattern[str]:
    """Where a segment's names part: a comma, or an "and"-word of any
    language's ``byline_conjunctions.txt``, spaced."""
    langs = lexicon.languages()
    words = {w for lang in langs for w in lexicon.entries(lang, "byline_conjunctions")}
    alternatives = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"\s*(?:,|、|，|\s(?:{alternatives})\s)\s*", regex.IGNORECASE)


_PIECES = _pieces()


def _outlet_link() -> regex.Pattern[str]:
    """A piece's name and the outlet it writes for, parted by a word of any
    language's ``byline_outlet_links.txt`` ("Jane Doe for The Guardian",
    "for the Associated Press" after the names): the outlet opens with a
    capital, or a lower-case article and then one."""
    langs = lexicon.languages()
    words = {w for lang in langs for w in lexicon.entries(lang, "byline_outlet_links")}
    alternatives = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(
        rf"^(?P<name>.{{0,80}}?)(?:^|\s)(?:{alternatives or '(?!)'})\s+"
        r"(?-i:(?:(?P<article>\p{Ll}{1,4})\s+)?(?P<outlet>\p{Lu}\S{0,40}(?:\s+\S{1,40}){0,4}))$",
        regex.IGNORECASE,
    )


_OUTLET_LINK = _outlet_link()
_SOURCE_LABEL = regex.compile(
    r"^(?:source|sources|quelle|fuente|fonte|来源|출처)\s*[:：]\s*", regex.I
)
_NAME_WORD = regex.compile(
    r"^(?:\p{Lu}[\p{L}\p{M}'’.\-]*|de|da|del|der|van|von|di|du|le|la|bin|al|el)$"
)
_CJK = r"[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]"
_CJK_NAME = regex.compile(rf"^{_CJK}{{2,4}}$")  # a person's or a short outlet's name
_CJK_NAME_CHARS = regex.compile(rf"^{_CJK}+$")  # a name of any length in those scripts
_TRIM = " \t.,:;-–—|·•"
_SPACES = regex.compile(r"\s+")
# a web address's end: "Salon.com", "LNH.com" ("S. Mussallam" is initials)
DOMAIN = regex.compile(
    r"\w\.(?:com|net|org|co|io|news|info|tv|fm|uk|in|de|fr|au|ca|us)\b", regex.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class _Lexicon:
    prefixes: tuple[tuple[str, str], ...]  # (phrase, kind), longest first
    prefix_kinds: dict[str, str]  # the same as a dict; never mutated
    prefix_re: regex.Pattern[str]
    inner_prefix_re: regex.Pattern[str]  # an author prefix inside the line, before a name
    junk: frozenset[str]
    sources: frozenset[str]
    source_words: frozenset[str]
    # the same words of scripts without spaces, matched as a name's ending
    # ("日本経済新聞")
    source_ends: tuple[str, ...]
    roles: tuple[str, ...]
    articles: frozenset[str]  # function words, lowered: "the" of "The Verge" opens no name
    desks: frozenset[str]  # section labels, lowered ("interview", "politik")


@functools.cache
def _lexicon(language: str | None) -> _Lexicon:
    """All languages' byline words, the hinted language's first."""
    langs = list(lexicon.languages())
    first = language if language in langs else BASE_LANGUAGE
    ordered = [first] + [lang for lang in langs if lang != first]
    prefixes: dict[str, str] = {}
    junk: set[str] = set()
    sources: set[str] = set()
    words: set[str] = set()
    roles: list[str] = []
    function_words: set[str] = set()
    desks: set[str] = set()
    for lang in ordered:
        desks |= {e.lower() for e in lexicon.entries(lang, "section_labels")}
        function_words |= {e.lower() for e in lexicon.entries(lang, "content_stopwords")}
        for key, kind in lexicon.table(lang, "byline_prefixes").items():
            prefixes.setdefault(key.lower(), kind or "author")
        junk |= {e.lower() for e in lexicon.entries(lang, "byline_junk")}
        sources |= {e.lower() for e in lexicon.entries(lang, "byline_sources")}
        words |= {e.lower() for e in lexicon.entries(lang, "byline_source_words")}
        roles += [e for e in lexicon.entries(lang, "byline_roles") if e not in roles]
    ordered_prefixes = tuple(sorted(prefixes.items(), key=lambda kv: -len(kv[0])))
    alternation = "|".join(regex.escape(p) for p, _ in ordered_prefixes) or "(?!)"
    prefix_re = regex.compile(rf"^(?:{alternation})(?!\p{{L}})\s*[:：]?\s*", regex.IGNORECASE)
    authors = "|".join(regex.escape(p) for p, kind in ordered_prefixes if kind == "author")
    inner_prefix_re = regex.compile(
        rf"(?<=\s)(?:{authors or '(?!)'})\s+(?=\p{{Lu}})", regex.IGNORECASE
    )
    return _Lexicon(
        prefixes=ordered_prefixes,
        prefix_kinds=dict(ordered_prefixes),
        prefix_re=prefix_re,
        inner_prefix_re=inner_prefix_re,
        junk=frozenset(junk),
        sources=frozenset(sources),
        source_words=frozenset(words),
        source_ends=tuple(w for w in sorted(words) if _CJK_NAME_CHARS.match(w)),
        roles=tuple(sorted(roles, key=len, reverse=True)),
        articles=frozenset(function_words),
        desks=frozenset(desks),
    )


def parse_byline(
    text: str,
    *,
    reference_time: datetime | None = None,
    language: str | None = None,
    zone: tzinfo | None = None,
) -> Byline:
    """Parse a byline into authors, source and timestamp.

    Never raises; a line with nothing recognisable gives an empty ``Byline``.
    ``zone`` is where a time that names none is read (as in ``parse_timestamp``).

    >>> parse_byline("Reporting by Sunday Okafor; Editing by Mark Heinrich").authors
    ('Sunday Okafor',)
    >>> parse_byline("- News18").source
    'News18'
    >>> b = parse_byline("Posted on June 3, 2025 by Jane Doe")
    >>> b.authors, b.timestamp.text
    (('Jane Doe',), 'Posted on June 3, 2025')
    """
    stripped = text.strip()
    if not stripped or len(stripped) > MAX_CHARS:
        return Byline(text=text)
    lex = _lexicon(language)
    head, timestamp = _cut_timestamp(stripped, lex, reference_time, language, zone)
    authors, source = _authors_and_source(head, lex)
    return Byline(text=text, authors=tuple(authors), source=source, timestamp=timestamp)


def _cut_timestamp(
    stripped: str,
    lex: _Lexicon,
    reference_time: datetime | None,
    language: str | None,
    zone: tzinfo | None = None,
) -> tuple[str, Timestamp | None]:
    """The line without its timestamp, and the timestamp (its text as printed)."""
    head = stripped
    timestamp = None
    # "by <name>" after the time: "Posted on June 3, 2025 by Jane Doe". Tried
    # first: the time parser would take "| by Jane Doe" for words after a date.
    found = None
    after = ""
    if (inner := lex.inner_prefix_re.search(stripped)) is not None:
        before = stripped[: inner.start()]
        found = _parse(before, reference_time, language, zone)
        if found is not None:
            stripped, after = before.rstrip(), stripped[inner.start() :].strip()
    if found is None:
        found = _parse(stripped, reference_time, language, zone)
    if found is None:
        found = _time_after_names(stripped, reference_time, language, zone)
    if found is not None:
        ts, start = found
        head = stripped[:start]
        tail = stripped[start:].strip(_TRIM)
        timestamp = dataclasses.replace(ts, text=tail or ts.text)
    if after:
        head = f"{head} | {after}" if head.strip(_TRIM) else after
    return head, timestamp


def _time_after_names(
    stripped: str, reference_time: datetime | None, language: str | None, zone: tzinfo | None
) -> tuple[Timestamp, int] | None:
    """A timestamp that starts right after a gap such as " on " or " | ".

    "By A, B on Monday, November 18th, 2019 at 11:08 a.m.": the names' words
    before the time are too many for the parser to read past.
    """
    for gap in _TIME_AFTER_NAMES.finditer(stripped):
        later = _parse(stripped[gap.end() :], reference_time, language, zone)
        if later is not None and later[1] == 0:
            return later[0], gap.end()
    return None


def _authors_and_source(head: str, lex: _Lexicon) -> tuple[list[str], str | None]:
    """The authors and the source in a line cut into segments, then pieces.

    Source candidates rank: one the lexicons name ("Reuters", "... News") or a
    "Source:" label gives, then a piece shaped like an outlet after the names
    ("By Jane Doe, The Verge"), then any other piece that is no name; the
    first of the best rank wins.
    """
    authors: list[str] = []
    sources: list[list[str]] = [[], [], []]  # by rank
    for segment in _SEGMENTS.split(head):
        segment = segment.strip(_TRIM)
        if not segment:
            continue
        kind = ""
        m = lex.prefix_re.match(segment)
        if m is not None:
            key = _SPACES.sub(" ", m.group().strip(" \t:：").lower())
            kind = lex.prefix_kinds.get(key, "author")
            segment = segment[m.end() :]
        if kind == "other":  # "Editing by ...": not an author
            continue
        labelled = _SOURCE_LABEL.match(segment)
        if labelled is not None:
            rest = segment[labelled.end() :].strip(_TRIM)
            if rest:
                sources[0].append(rest)
            continue
        _read_pieces(segment, kind, lex, authors, sources)
    best = next((rank for rank in sources if rank), None)
    return authors, best[0] if best else None


def _read_pieces(
    segment: str, kind: str, lex: _Lexicon, authors: list[str], sources: list[list[str]]
) -> None:
    """Add the segment's names to ``authors`` and its source candidates to
    ``sources`` by rank (see ``_authors_and_source``)."""
    listed = _listed_names(segment, lex)
    for piece in _PIECES.split(segment):
        piece = _strip_junk(piece.strip(_TRIM), lex)
        if not piece:
            continue
        piece = _once(piece)
        linked = _OUTLET_LINK.match(piece)
        if linked is not None and _linked_outlet(linked, authors, lex):
            name = linked["name"].strip(_TRIM)
            if name and name not in authors:
                authors.append(name)
            sources[1].append(linked["outlet"])
            continue
        role_name = _role_name(piece, lex)
        if role_name is not None:
            # (the outlet may sign before the role: "新华社记者 王伟")
            parts = role_name.split()
            outlets = [p for p in parts if _CJK_NAME_CHARS.match(p) and _named_source(p, lex)]
            if outlets and len(outlets) < len(parts):
                sources[0].extend(outlets)
                role_name = " ".join(p for p in parts if p not in outlets)
            if role_name and role_name not in authors:
                authors.append(role_name)
            continue
        if _named_source(piece, lex):
            sources[0].append(piece)
        elif piece in listed and _CJK_NAME.match(piece):
            if piece not in authors:
                authors.append(piece)
        elif _is_source(piece, lex, kind):
            sources[2].append(piece)
        elif authors and _outlet_after_names(piece, lex):
            sources[1].append(piece)
        elif kind == "author" or _looks_like_name(piece):
            if piece not in authors:
                authors.append(piece)
        else:
            sources[2].append(piece)


def _listed_names(segment: str, lex: _Lexicon) -> frozenset[str]:
    """The pieces a role word signs as a list of names: those joined by the
    enumeration comma "、" in a segment with a role word ("高橋美咲、山田太郎
    記者", "记者 王伟、李娜"). A comma parts a name from its outlet ("记者 张敏,
    财新"); "、" lists alike things, so each short piece there is a reporter.

    >>> sorted(_listed_names("记者 王伟、李娜, 财新", _lexicon("zh")))
    ['李娜', '记者 王伟']
    """
    if "、" not in segment or not any(role in segment for role in lex.roles):
        return frozenset()
    out: set[str] = set()
    for run in segment.replace("，", ",").split(","):
        names = run.split("、")
        if len(names) > 1:
            out |= {n.strip(_TRIM) for n in names}
    return frozenset(out)



def dated_byline(text: str, language: str | None = None) -> bool:
    """A line that is a time, then an author prefix and a name.

    Blogs and magazines print the date and the author on one line; the
    labeller reads such a line as a byline, which carries both.

    >>> dated_byline("11/19/2019 by Lars Brandle")
    True
    >>> dated_byline("October 9, 2018 | by Olivia Larsen")
    True
    >>> dated_byline("Photo taken on June 3 by Jane Doe"), dated_byline("Stand by Me review")
    (False, False)
    """
    b = parse_byline(text, language=language)
    return bool(b.authors) and b.timestamp is not None and text.strip().startswith(b.timestamp.text)


def _once(piece: str) -> str:
    """A name printed twice in a row, once ("Sean Martin Sean Martin").

    >>> _once("Sean Martin Sean Martin"), _once("Jane Doe")
    ('Sean Martin', 'Jane Doe')
    """
    words = piece.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return piece


def _strip_junk(piece: str, lex: _Lexicon) -> str:
    """Drop junk pieces and junk words at the ends ("Jane Doe Follow")."""
    while piece:
        low = piece.lower()
        if low in lex.junk:
            return ""
        head, _, rest = piece.partition(" ")
        if rest and head.lower() in lex.junk:
            piece = rest.strip(_TRIM)
            continue
        body, _, last = piece.rpartition(" ")
        if body and last.lower() in lex.junk:
            piece = body.strip(_TRIM)
            continue
        return piece
    return ""


def _role_name(piece: str, lex: _Lexicon) -> str | None:
    """ "김민수 기자" -> "김민수"; None when the piece has no role word."""
    for role in lex.roles:
        if role in piece:
            return piece.replace(role, " ").strip(_TRIM)
    return None


_ROLE_LINE_MAX = 24  # characters of a "name + role" byline ("김민수 기자", "山田太郎 記者")


def role_byline(text: str) -> bool:
    """A byline written as a name and a role word (``byline_roles.txt``, every
    language's): the way Japanese, Chinese and Korean pages sign, the role
    after the name or, set off by a space, before it ("记者 王伟").

    >>> role_byline("山田太郎 記者"), role_byline("김민수 기자"), role_byline("记者 王伟")
    (True, True, True)
    >>> role_byline("記者"), role_byline("会見で記者が質問した内容について")
    (False, False)
    >>> role_byline("记者 调查发现这家工厂长期违规排放")
    False
    """
    if len(text) > _ROLE_LINE_MAX + 8 or text.isascii():
        return False  # (C-level tests first: the roles are CJK words)
    stripped = text.strip()
    roles = _lexicon(None).roles
    if stripped[-1:] in _role_ends():
        for role in roles:
            if stripped.endswith(role):
                return _names_by_role(stripped[: -len(role)].strip())
    role, _, name = stripped.partition(" ")
    return role in roles and len(name) <= _NAME_AFTER_ROLE_MAX and _names_by_role(name.strip())


_NAME_AFTER_ROLE_MAX = 8  # characters of the names after a role ("记者 王伟 李娜")


def _names_by_role(name: str) -> bool:
    """A name beside a role word: one or two words, no digits."""
    return bool(name) and len(name.split()) <= 2 and not any(map(str.isdigit, name))


@functools.cache
def _role_ends() -> frozenset[str]:
    """The last characters of every language's role words."""
    return frozenset(role[-1] for role in _lexicon(None).roles)


def _linked_outlet(m: regex.Match[str], authors: list[str], lex: _Lexicon) -> bool:
    """Whether an ``_OUTLET_LINK`` match is a writer and an outlet: a name
    before the link word (or names read before this piece), an article
    before the outlet that is a function word, and an outlet that is no
    sentence ("for the Guardian", not "for Monday's game")."""
    name = m["name"].strip(_TRIM)
    if not (_looks_like_name(name) if name else authors):
        return False
    if m["article"] is not None and m["article"].lower() not in lex.articles:
        return False
    outlet = m["outlet"]
    if outlet[-1] in _SENTENCE_END or outlet.lower() in lex.desks:
        return False
    # (an outlet's words are capitalised but its function words: "The Times
    # of India", not "Monday night games")
    return all(w[:1].isupper() or w[:1].isdigit() or w in lex.articles for w in outlet.split())


def named_outlet(text: str, language: str | None = None) -> bool:
    """Whether ``text`` names an outlet by the lexicons: whole
    (``byline_sources.txt``, "Reuters") or by an outlet's word
    (``byline_source_words.txt``, "Valley News", "The Daily Ledger").

    >>> named_outlet("Valley News"), named_outlet("Jane Doe")
    (True, False)
    """
    return _named_source(text.strip(), _lexicon(language))


_PERSON_WORDS = (2, 4)  # a given name and a surname, particles between ("Jan de Vries")


def person_name(text: str, language: str | None = None) -> bool:
    """Whether a short piece reads as a person's name and no outlet's: two to
    four words, the first and the last capitalised, the first no function
    word ("The Verge", "Le Monde"), no digit, no capitals-only word or domain
    ("NOS", "NU.nl"), no outlet the lexicons name ("Hindustan Times").

    >>> [person_name(t) for t in ("Jan de Vries", "Budi Santoso", "Hindustan Times")]
    [True, True, False]
    >>> [person_name(t) for t in ("NOS", "Bloomberg", "The Verge", "de Volkskrant", "NU.nl")]
    [False, False, False, False, False]
    """
    words = text.split()
    lo, hi = _PERSON_WORDS
    if not (lo <= len(words) <= hi) or any(map(str.isdigit, text)):
        return False
    lex = _lexicon(language)
    return (
        words[0][:1].isupper()
        and words[-1][:1].isupper()
        and not any(w.isupper() and len(w) > 1 for w in words)
        and words[0].lower() not in lex.articles
        and DOMAIN.search(text) is None
        and not _named_source(text, lex)
    )


def _named_source(piece: str, lex: _Lexicon) -> bool:
    """An outlet the lexicons name: whole ("Reuters") or by a word ("... News")."""
    low = piece.lower()
    return (
        low in lex.sources
        or any(w in lex.source_words for w in low.split())
        or (piece.endswith(lex.source_ends) and _CJK_NAME_CHARS.match(piece) is not None)
    )


def _is_source(piece: str, lex: _Lexicon, kind: str) -> bool:
    """A piece that is no person's name (``_named_source`` asked first)."""
    if any(map(str.isdigit, piece)):  # (no generator a character)
        return True
    words = piece.split()
    if kind == "author":
        return False
    if _CJK_NAME.match(piece) or (len(words) == 1 and not piece.isupper() and len(piece) > 15):
        return True
    return len(words) == 1 and (piece.isupper() or len(piece) <= 3)


def _outlet_after_names(piece: str, lex: _Lexicon) -> bool:
    """A piece after the byline's names that names no person: one capitalised
    word ("By Jane Doe, Axios"; a person has a given name and a surname) that
    is no desk ("Interview", ``section_labels.txt``), a domain ("Salon.com"),
    or words opening with a capitalised function word ("The Verge", "Le
    Monde"). A bracket is an aside ("(co-author, The Loyalty Guide)")."""
    words = piece.split()
    first = words[0]
    if not first[:1].isupper() or len(words) > 3 or any(c in piece for c in "()[]"):
        return False
    if piece.lower() in lex.desks:
        return False
    if len(words) == 1 or first.lower() in lex.articles:
        return True
    return len(words) == 2 and DOMAIN.search(piece) is not None


def _looks_like_name(piece: str) -> bool:
    words = piece.split()
    if not 2 <= len(words) <= 5:
        return False
    if not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    return all(_NAME_WORD.match(w) for w in words)


# --------------------------------------------------------------------------
# byline lines in other languages, for the labeller


# Lower-case words a name list holds besides names: "und", "et", "von", "de".
_NAME_PARTICLE_MAX = 3
_NAME_SEPARATORS = regex.compile(r"\s*[,;&/]\s*|\s+")


@dataclass(frozen=True, slots=True)
class ForeignBylines:
    """The author prefixes of some languages that English lacks, as a line test."""

    pattern: regex.Pattern[str] | None
    first: frozenset[str]  # the characters a prefix starts with, any case
    ascii_starts: tuple[str, ...]  # the ASCII prefixes, lowered
    starts2: frozenset[str]  # the prefixes' first two letters, lowered (a cheap pre-test)

    def matches(self, text: str) -> bool:
        """See ``foreign_byline``."""
        if self.pattern is None or text[:2].lower() not in self.starts2 or len(text) > 120:
            return False
        if text.isascii() and not text[:8].lower().startswith(self.ascii_starts):
            return False
        m = self.pattern.match(text)
        if m is None:
            return False
        words = [w for w in _NAME_SEPARATORS.split(m.group("names").rstrip(" .")) if w]
        if not 2 <= len(words) <= 12 or text.rstrip()[-1:] in "!?:":
            return False
        capitalised = 0
        for w in words:
            if w[:1].isupper() or (w[:1].isalpha() and not w[:1].islower()):
                capitalised += 1  # (a script without case, Devanagari: every name word)
            elif len(w) > _NAME_PARTICLE_MAX or not w.isalpha():
                return False
        return capitalised >= 2


def _author_prefixes(languages: Iterable[str]) -> set[str]:
    """The author prefixes (kind ``author`` in ``byline_prefixes.txt``) of
    ``languages``, lowered."""
    return {
        key.lower()
        for lang in languages
        for key, kind in lexicon.table(lang, "byline_prefixes").items()
        if (kind or "author") == "author"
    }


@functools.cache
def bare_prefixes(language: str | None) -> frozenset[str]:
    """The author prefixes of ``language`` (None: every language's) and English,
    lowered: a line that is one alone ("By", "Von") heads the names on the next.

    >>> "by" in bare_prefixes("de"), "von" in bare_prefixes("de"), "par" in bare_prefixes("de")
    (True, True, False)
    """
    langs = lexicon.languages() if language is None else (language, BASE_LANGUAGE)
    return frozenset(_author_prefixes(langs))


@functools.cache
def foreign_bylines(language: str | None) -> ForeignBylines:
    """The author prefixes of ``language`` (None: every language's) that are not
    English's, for a caller that asks per line (``foreign_bylines(lang).matches``)."""
    english = {k.lower() for k in lexicon.table(BASE_LANGUAGE, "byline_prefixes")}
    langs = lexicon.languages() if language is None else (language,)
    found = _author_prefixes(langs) - english
    if not found:
        return ForeignBylines(None, frozenset(), (), frozenset())
    alternation = "|".join(regex.escape(p) for p in sorted(found, key=len, reverse=True))
    pattern = regex.compile(rf"^(?:{alternation})(?!\p{{L}})\s*[:：]?\s+(?P<names>.+)$", regex.I)
    first = frozenset(c for p in found for c in (p[0], p[0].upper()))
    ascii_starts = tuple(sorted(p for p in found if p.isascii()))
    # lower() of the line's first two characters matches a prefix's (IGNORECASE
    # folds such as "ſ" aside: no prefix starts with "s" or "k")
    return ForeignBylines(pattern, first, ascii_starts, frozenset(p[:2] for p in found))


@dataclass(frozen=True, slots=True)
class BylineLines:
    """The byline-line test of a language hint: an author prefix of the
    lexicon (``byline_prefixes.txt``, kind author) at the line's start.

    English prefixes ("By", "Written by", "Posted by", "Author:") need only
    something after them that starts with no lower-case letter ("By his own
    account" is a sentence); other languages' ("von", "par", "di") also start
    sentences, so names must follow (``ForeignBylines``).
    """

    english: regex.Pattern[str]
    english_first: frozenset[str]  # the characters an English prefix starts with
    english_starts: tuple[str, ...]  # the English prefixes' first words, lowered
    foreign: ForeignBylines
    first: frozenset[str]  # every character a byline line can start with

    def matches(self, text: str) -> bool:
        """See ``byline_line``."""
        first = text[:1]
        # the first character, then one C ``startswith`` on the lowered start,
        # before the pattern: most lines start with none of the prefixes
        if (
            first in self.english_first
            and len(text) <= _BYLINE_LINE_MAX
            and text[:_STARTS_CHARS].casefold().startswith(self.english_starts)
            and (m := self.english.match(text)) is not None
        ):
            # a sentence that starts with the prefix and a word in lower case
            # ("By his own account, ...", "by the way") names no one
            if text[m.end() - 1].islower():
                return False
            # a teaser glued to its byline ("Written by: Kim White China has
            # announced a plan to..."), or a long sentence that starts with the
            # prefix, is no byline ("... at 11:08 a.m." ends a byline)
            end = text.rstrip()
            if end.endswith(("...", "…")):
                return False
            return end[-1:] not in _SENTENCE_END or len(text.split()) <= _BYLINE_WORDS
        return first in self.foreign.first and self.foreign.matches(text)


_BYLINE_LINE_MAX = 200  # longer lines are story text, whatever they start with
_STARTS_CHARS = 12  # enough for the longest first word of an English prefix
_FOLD_RANGE = 0x3000  # characters looked at for case folds (Latin to the letterlike signs)
_BYLINE_WORDS = 20  # a byline line longer than this does not end like a sentence
_SENTENCE_END = frozenset(".!?…")


@functools.cache
def byline_lines(language: str | None) -> BylineLines:
    """The byline-line test for ``language`` (None: every language's)."""
    english = sorted(_author_prefixes((BASE_LANGUAGE,)), key=len, reverse=True)
    # "... by" takes the names at once; a noun ("Author") only behind a colon:
    # "Authors say the study..." is story text
    by = "|".join(r"\s+".join(map(regex.escape, p.split())) for p in english if p.endswith("by"))
    nouns = "|".join(
        r"\s+".join(map(regex.escape, p.split())) for p in english if not p.endswith("by")
    )
    pattern = regex.compile(
        rf"^(?:(?:{by})(?!\p{{L}})\s*[:：]?|(?:{nouns or '(?!)'})\s*[:：])\s*\S", regex.IGNORECASE
    )
    # every character that case-folds to a prefix's first letter ("ſ" is "s",
    # the Kelvin sign "k"), so this test never refuses what the pattern takes
    firsts = {p[0] for p in english}
    first = frozenset(c for c in map(chr, range(_FOLD_RANGE)) if c.casefold()[:1] in firsts)
    starts = tuple(sorted({p.split()[0] for p in english}))
    if max(map(len, starts)) > _STARTS_CHARS:
        raise ValueError("byline_prefixes: a first word longer than _STARTS_CHARS")
    foreign = foreign_bylines(language)
    return BylineLines(pattern, first, starts, foreign, first | foreign.first)


def byline_line(text: str, language: str | None = None) -> bool:
    """A line that is a byline: an author prefix, then the names.

    >>> byline_line("By Jane Doe"), byline_line("Posted by Jane Doe")
    (True, True)
    >>> byline_line("Author: Jane Doe"), byline_line("Author Jane Doe")
    (True, False)
    >>> byline_line("von Marcus Bensmann , Justus von Daniels"), byline_line("Bystanders said")
    (True, False)
    >>> byline_line("Authors say the study"), byline_line("Edited by Jane Doe")
    (False, False)
    >>> byline_line("Written by: Kim White China has announced a new plan to tackle...")
    False
    """
    return byline_lines(language).matches(text)


def foreign_byline(text: str, language: str | None) -> bool:
    """A byline line in a language other than English: one of its author prefixes
    ("von", "par", "por", "di") and then names, two capitalised words at least,
    with only short particles ("und", "et", "von") and commas between.

    English bylines ("By ...") are the labeller's own pattern; these prefixes
    also start sentences ("Par ailleurs", "Por qué"), so the names decide.

    >>> foreign_byline("von Marcus Bensmann , Justus von Daniels , Ulrich Stoll", None)
    True
    >>> foreign_byline("Par ailleurs, le ministre a annoncé", "fr"), foreign_byline("Par AFP", "fr")
    (False, False)
    """
    return foreign_bylines(language).matches(text)
