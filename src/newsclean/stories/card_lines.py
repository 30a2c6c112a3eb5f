"""Stage 4b, first half: what each line is to the card parser.

Before cards can be found, every labelled line gets a *kind*: chrome, a
section header, a *cue* (a line only a card or story header has), body
text or a plain short line; a short line is only told to be a cue or
plain when the card parser asks (``settle``). Cues are found from the
line's shape:

* a time phrase: "2 hours ago", "Updated: May 18, 2025, 00:52 IST"
  (``is_time_phrase``; its words come from the data files);
* a "- Source" line;
* a byline: "By Jane Doe", "Reporting by ...";
* a line of fields: "NBC News · 3 hours ago", "By A | Source | Updated: <time>"
  (``split_fields``), each field becoming its own header decision.

``newsclean.stories.segment`` then fits card headers over these lines.

>>> from newsclean.text.label import label_blocks
>>> from newsclean.text.blocks import split_blocks
>>> lines = classify_lines(label_blocks(split_blocks("Reuters · 2 hours ago\\nMarkets rally")))
>>> [(settle(lines, i).kind, sorted(lines[i].slots)) for i in range(len(lines))]
[('cue', ['source', 'time']), ('plain', [])]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

import regex

from newsclean.core.fastinit import builder, fast_init
from newsclean.core.lexicon import (
    ASCII_KEY_EDGE,
    chrome_entries,
    chrome_table,
    entries,
    languages,
    table,
)
from newsclean.core.rules import removal, rule
from newsclean.core.types import Block, Decision, Label, Removal
from newsclean.parsers.bylines import (
    DOMAIN,
    byline_lines,
    named_outlet,
    parse_byline,
    person_name,
    role_byline,
)
from newsclean.parsers.reading_times import reading_times
from newsclean.parsers.timestamps import parse_timestamp
from newsclean.text.comment_marks import markers
from newsclean.text.content import is_caption
from newsclean.text.features import SPACELESS_MIN_CHARS, spaceless_words, word_runs
from newsclean.text.label import line_key, phrases

__all__ = [
    "ACTION_RULE",
    "CLOSERS",
    "EXCLAIMS",
    "FULL_STOPS",
    "QUESTIONS",
    "SENTENCE_END",
    "HeaderFields",
    "Kind",
    "Line",
    "after_section",
    "classify_lines",
    "ends_in_read_more",
    "ends_teaser",
    "ends_with_mark",
    "header_fields",
    "is_action",
    "is_field_line",
    "is_section_label",
    "is_time_field",
    "is_time_phrase",
    "line_above",
    "name_like",
    "sentence_cased",
    "settle",
    "source_like",
    "split_fields",
    "unclosed",
]

_WORD = regex.compile(r"\w+")
# The card-header time grammar. Its shapes (numbers, ISO dates, clock times)
# live here; its words come from the English data files: months, weekdays,
# units and number words from ``time_*.txt``, the rest from ``card_time.txt``.
_ENGLISH = "en"


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first; a space matches any spaces."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered) + ")"


def _card_words(language: str) -> dict[str, list[str]]:
    """The words of each role: ``card_time.txt``, or the language's ``time_*`` files.

    A language without a ``card_time.txt`` gets its words from the
    timestamp parser's data: "ago" and "before" words ("vor", "il y a",
    "hace"), day words and "now" words, labels and connectors.
    """
    roles: dict[str, list[str]] = {}
    for line in entries(language, "card_time"):
        word, _, role = line.partition("\t")
        roles.setdefault(role.strip(), []).append(word.strip())
    if roles:
        return roles
    for word, value in table(language, "time_relative").items():
        if value == "after":
            roles.setdefault("ago", []).append(word)
        elif value == "before":
            roles.setdefault("agopre", []).append(word)
        elif value == "now" or value.startswith("day:"):
            roles.setdefault("alone", []).append(word)
    roles["label"] = list(entries(language, "time_labels"))
    roles["joiner"] = list(entries(language, "time_connectors"))
    roles["marker"] = list(table(language, "time_markers"))
    return {role: words for role, words in roles.items() if words}


def _either(*parts: str) -> str:
    """An alternation of the non-empty ``parts`` (a role with no words drops out)."""
    return "(?:" + "|".join(p for p in parts if p) + ")"


_SLOT = "\x00"  # where ``_opt`` puts the words in a template
# Every language's one-word byline prefixes in capitals ("BY", "VON", "POR"):
# no time zone, though a zone is a short word in capitals.
_CAPITAL_BYLINE = _alt(
    line.partition("\t")[0].split()[0].upper()
    for lang in languages()
    for line in entries(lang, "byline_prefixes")
    if line.isascii()
)


def _opt(words: list[str] | None, template: str) -> str:
    """``template`` with the alternation of ``words`` at ``_SLOT``, or "" without words."""
    return template.replace(_SLOT, _alt(words)) if words else ""


@dataclass(frozen=True, slots=True)
class _Grammar:
    """The card-header time grammar of one language."""

    time: regex.Pattern[str]  # a whole line that is a time phrase
    hint: regex.Pattern[str]  # what every time phrase holds: a digit or a hint word
    ascii_hints: tuple[str, ...]  # the same, looser, for lower-cased ASCII lines


def _has_time_data(language: str) -> bool:
    """Whether ``language`` has the words of a card time grammar (without them
    its grammar is English's; telling so compiles nothing)."""
    return bool(table(language, "time_months") or table(language, "time_units"))


@functools.cache
def _grammar(language: str) -> _Grammar:
    """The card time grammar for ``language``; English when it has no time data.

    Its shapes (numbers, ISO dates, clock times) are the same for every
    language; its words come from the data files: months, weekdays, units
    and number words from ``time_*.txt``, the rest from ``card_time.txt``
    (see ``_card_words``).
    """
    months = table(language, "time_months")
    if language != _ENGLISH and not _has_time_data(language):
        return _grammar(_ENGLISH)
    w = _card_words(language)
    english = language == _ENGLISH
    month = _alt(months) + r"\.?"
    weekdays = table(language, "time_weekdays")
    weekday = _alt(weekdays) + r"\.?" if weekdays else "(?!)"
    num = rf"(?:\d{{1,3}}|{_alt([*table(language, 'time_numbers'), *w.get('count', [])])})"
    units = table(language, "time_units")
    unit = _alt(units)
    # "2h", "45m", "3d": a compact age, the number and a short unit written as one
    # (not in scripts without spaces, where "3日" is a date: they have no months list)
    compact = [u for u in units if len(u) <= 3] if months else []
    # "9時間前", "2小时前": no space before the "ago" word there
    gap = r"\s+" if months else r"\s*"
    # "7th June" in English; "7. Juni", "1er juin", "7 de junio" elsewhere
    ordinal = r"(?:st|nd|rd|th)?" if english else r"(?:\.|er)?"
    of = "" if english else _opt(w.get("joiner"), r"(?:\s+" + _SLOT + ")?")
    meridiem = r"[ap]\.?\s?m\.?"
    joiner = _alt(w["joiner"]) if w.get("joiner") else ""
    core = _either(
        _opt(w.get("ago"), rf"{num}\s*{unit}\.?{gap}{_SLOT}"),
        _opt(w.get("agopre"), rf"{_SLOT}\s+{num}\s*{unit}\.?"),
        rf"\d{{1,3}}{_alt(compact)}\b" if compact else "",
        _alt(w["alone"]) if w.get("alone") else "",
        _opt(w.get("period"), _alt(w.get("last", [])) + r"\s+" + _SLOT) if w.get("last") else "",
        rf"{month}\s+\d{{1,2}}{ordinal}(?:,?\s+\d{{4}})?" if months else "",
        rf"\d{{1,2}}{ordinal}{of}\s+{month}(?:,?{of}\s+\d{{4}})?" if months else "",
        # "2025年6月5日", "6月5日", "1時5分", "2025년 6월 5일": numbers with the signs
        # of ``time_markers.txt`` (year, month, day, hour...), two or more
        "" if months or not w.get("marker") else rf"(?:\d{{1,4}}\s*{_alt(w['marker'])}\s*){{2,6}}",
        # (no month and year alone: "Dezember 2011" lists an archive, not a card)
        r"\d{4}-\d{2}-\d{2}(?:[t ]\d{2}:\d{2}(?::\d{2})?(?:z|[+-]\d{2}:?\d{2})?)?",
        r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}",
        r"\d{4}[/.]\d{1,2}[/.]\d{1,2}",  # "2025/05/06": a year first reads one way
        rf"\d{{1,2}}(?::\d{{2}}){{1,2}}(?:\s*{meridiem})?",
        rf"\d{{1,2}}\s*{meridiem}",
        "" if english else r"\d{1,2}h\d{2}",  # "10h15"
    )
    # what may sit before the core (weekdays, "on") and after it (years, zones)
    lead = _either(rf"{weekday}\b", rf"{joiner}\b" if joiner else "", ",", "-", "–", "—")
    extra = _either(
        rf"{weekday}\b",
        r"\d{4}\b",
        # a zone in capitals ("EDT"), not a byline's "BY" ("43 min ago, BY JANE DOE")
        rf"(?-i:(?!{_CAPITAL_BYLINE}\b)[A-Z]{{2,5}})\b",
        _opt(w.get("zone"), _SLOT + r"(?:[+-]\d{1,2})?\b"),
        _opt(w.get("marker"), _SLOT + r"\b"),  # "Uhr"
        rf"{joiner}\b" if joiner else "",
        ",",
        "-",
        "–",
        "—",
    )
    label = _opt(w.get("label"), _SLOT)
    if label:
        before = _opt(w.get("labelpre"), "(?:" + _SLOT + r"\s+)?")
        label = before + label + _opt(w.get("labelpost"), r"(?:\s+" + _SLOT + ")?")
    # (the label's colon, or the full-width one of Chinese and Japanese: "发布时间：")
    prefix = _either(label, _alt(w["bare"]) if w.get("bare") else "") + r"\s*[:：]?\s*"
    time = regex.compile(
        rf"^(?P<prefix>{prefix})?(?P<time>(?:{lead}\s*){{0,3}}{core}"
        rf"(?:\s*(?:{core}|{extra})){{0,6}})\.?$",
        regex.IGNORECASE,
    )
    return _Grammar(time, *_hints(w))


def _hints(w: dict[str, list[str]]) -> tuple[regex.Pattern[str], tuple[str, ...]]:
    """What every time phrase of a grammar with words ``w`` holds: a digit or one
    of its hint words (every core alternative holds one), so other lines skip
    the grammar; and, for ASCII text, besides a digit, the first words of the
    hint phrases, looked for as substrings of the lower-cased line (looser,
    and several times cheaper than a case-blind search of the whole
    alternation). A word holding another is left out: the other finds it;
    a word beyond ASCII is in no ASCII line.

    >>> _hints({"ago": ["ago"], "alone": ["just now", "today", "tonight", "yesterday"]})[1]
    ('ago', 'just', 'today', 'tonight', 'yesterday')
    >>> _hints({"ago": ["moment ago", "moments ago"], "alone": ["вчера"]})[1]
    ('moment',)
    """
    hints = [*w.get("ago", []), *w.get("agopre", []), *w.get("alone", []), *w.get("last", [])]
    hint = regex.compile(rf"\d|{_alt(hints)}" if hints else r"\d", regex.IGNORECASE)
    firsts = {h.split()[0].lower() for h in hints}
    firsts = {f for f in firsts if f.isascii() and not any(o != f and o in f for o in firsts)}
    return hint, tuple(sorted(firsts))


_EN = _grammar(_ENGLISH)
# (a slash between spaces too: "Reuters / 2 hours ago"; "AC/DC" and "24/7" hold none)
_SEPARATOR = regex.compile(r"\s*[|·•]\s*|\s+[-–—/]\s+")
_DASH_SOURCE = regex.compile(r"^[-–—]\s*([^\s\-–—].*)$")  # (a rule of dashes, "----", is no source)
# What ends a sentence at a line's end, for every reader of card lines (each
# line-end pattern is built from these, so a script's mark is added once):
FULL_STOPS = ".…。।"  # (। the Devanagari full stop)
EXCLAIMS = "!！"
QUESTIONS = "?？"
CLOSERS = "\"'”’)]"  # what may follow the mark
SENTENCE_END = regex.compile(
    rf"[{regex.escape(FULL_STOPS + EXCLAIMS + QUESTIONS)}][{regex.escape(CLOSERS)}]*$"
)
_ABBREV_END = regex.compile(
    r"(?:\b\p{L}\.){1,4}$|\b(?:inc|co|corp|ltd|llc|plc|jr|sr|st|bros|no)\.$", regex.IGNORECASE
)
# Every ``_ABBREV_END`` match starts within this many characters of the end
# (four "X." and a final newline; its look-behind still sees what is before).
_ABBREV_END_REACH = 16
_FULL_STOPS = frozenset(FULL_STOPS)
_MARKS = frozenset(FULL_STOPS + EXCLAIMS + QUESTIONS)


def ends_with_mark(text: str) -> bool:
    """Whether ``SENTENCE_END`` (the specification) matches ``text``: a mark,
    then closers alone to the end. By string tests: a ``$``-anchored search
    tries every position of the line (no mark is a closer, so the mark is
    what is left last once the closers are stripped).

    >>> ends_with_mark('He said so."'), ends_with_mark("Wait!\\n"), ends_with_mark("U.S. stocks")
    (True, True, False)
    """
    return unclosed(text)[-1:] in _MARKS


def unclosed(text: str) -> str:
    """``text`` without the closers at its end (and a final newline, before
    which ``$`` matches too): its last character is what a pattern
    "<mark>[closers]*$" reads, found without the search.

    >>> unclosed('Why?")\\n')
    'Why?'
    """
    if text[-1:] == "\n":
        text = text[:-1]
    return text.rstrip(CLOSERS)


def ends_teaser(text: str, language: str = _ENGLISH) -> bool:
    """Whether ``text`` ends in a full stop or a "Read more" link after a sign, or
    is a sentence's length ending in a colon ("... (all times local):"; a
    label ending so is a few words).

    (String tests, not a regular expression: a ``$``-anchored search tries
    every position of the line, and this runs on every mid-length line.)

    >>> ends_teaser("Shares rose on Monday. Read more"), ends_teaser("Why kids should read more")
    (True, False)
    """
    end = text.rstrip(CLOSERS)[-1:]
    if end in _FULL_STOPS:
        return True
    if end in _COLONS:  # a paragraph that opens a list or a quote, long as a sentence
        return word_runs(text) >= _COLON_MIN_WORDS
    last = text[-1:]  # (most lines end otherwise: no call)
    return (last.isalpha() or last in _ARROWS) and ends_in_read_more(text, language)


def ends_in_read_more(text: str, language: str = _ENGLISH) -> bool:
    """Whether ``text`` ends in a "Read more" link: after a sign, or after any
    word when a link's arrow follows it.

    >>> ends_in_read_more("Shares rose. Read more"), ends_in_read_more("new pop-up Read more »")
    (True, True)
    >>> ends_in_read_more("Why kids should read more")
    False
    """
    # (a link's arrow after it marks "Read more" as a link after any word)
    arrowed = text[-1:] in _ARROWS
    if arrowed:
        text = text.rstrip(_ARROWS_AND_SPACE)
    if not text[-1:].isalpha():
        return False
    tail = text[-_READ_MORE_CHARS:].lower()
    for link in _read_more_ends(language):
        if tail.endswith(link):
            head = text[: len(text) - len(link)]
            # (after any sign but a letter: "... the scent of fall~ Continue
            # reading"; "Why kids should read more" is a headline)
            last = head.rstrip()[-1:]
            return head[-1:].isspace() and bool(last) and (arrowed or not last.isalnum())
    return False


_READ_MORE_CHARS = 40  # the longest "Read more" link, and some
_ARROWS = frozenset("»›→")  # a link's arrow after "Read more"
_ARROWS_AND_SPACE = "»›→ \u00a0"
_COLONS = frozenset(":：")
_COLON_MIN_WORDS = 16  # a line ending in a colon this long is prose (a promo is shorter)


@functools.cache
def _read_more_ends(language: str) -> tuple[str, ...]:
    """The "Read more" links of ``inline_chrome.txt`` (read_more rows), lowered,
    longest first."""
    rows = chrome_table(language, "inline_chrome")
    links = {p.lower() for p, kind in rows.items() if kind == "read_more"}
    return tuple(sorted(links, key=len, reverse=True))


_BODY_MIN_WORDS = 30  # a line this long is body text whatever its ending
_PROSE_END_WORDS = 12  # a line this long ending in a full stop is body text, no fields
_FIELDS_MAX_CHARS = 200  # a longer line is no time, byline or field line (each test's bound)
_SENTENCE_MIN_WORDS = 8  # ... and so is a shorter one ending in a period
_WEAK_WORDS = 20  # a body line this short may still be a headline ending in a period


def _may_be_time(text: str, g: _Grammar = _EN) -> bool:
    if text.isascii():
        # (substring tests in C: one regex search of the alternation costs more)
        if _DIGIT.search(text) is not None:
            return True
        low = text.lower()
        for word in g.ascii_hints:  # noqa: SIM110 - a loop, not any(): no generator a line
            if word in low:
                return True
        return False
    return g.hint.search(text) is not None


def is_time_phrase(text: str, language: str = _ENGLISH) -> bool:
    """Whether a short line reads as a time ("3h ago", "Updated: May 18, 2025, 00:52 IST").

    >>> [is_time_phrase(t) for t in ("9h ago", "Updated: Jun 24, 2025, 05:00 IST", "Yesterday")]
    [True, True, True]
    >>> [is_time_phrase(t) for t in ("May the best team win", "Reuters", "2025")]
    [False, False, False]
    >>> [is_time_phrase(t, "de") for t in ("vor 2 Stunden", "Aktualisiert am 7. Juni 2025")]
    [True, True]
    """
    return _is_time(text, _grammar(language))


def _is_time(text: str, g: _Grammar) -> bool:
    return len(text) <= 80 and _may_be_time(text, g) and g.time.match(text.strip()) is not None


def foreign_time(text: str, language: str = _ENGLISH) -> bool:
    """A line or field that another language's card grammar reads as a time:
    "vor 2 Stunden", "3. Juni 2025", "il y a 3 heures" on a page read in
    ``language`` (English without a hint).

    Sites in every language print card times, and the caller often has no
    hint; each grammar is as strict as the page's own (a whole line of time
    words), so a comment's "(26 juin 2018 @21h46)" is no card time. Only a
    grammar whose own words (not the page language's or English's) occur
    in the text is tried, and compiled: numbers and clock times read the
    same in every language.

    >>> foreign_time("vor 2 Stunden"), foreign_time("hace 2 horas"), foreign_time("2 hours ago")
    (True, True, False)
    >>> foreign_time("Mehr zum Thema"), foreign_time("(26 juin 2018 @21h46)")
    (False, False)
    >>> foreign_time("23. April 2025"), foreign_time("April 2025 was warm")
    (True, False)
    """
    if len(text) > 80:
        return False
    words = set(_TOKEN.findall(text.lower()))
    if not text.isascii() and max(text) >= _WIDE_FIRST:
        words.update(text)  # unspaced scripts: "9時間前" is one run; its signs are words
    # (a month named as in English, "23. April 2025", with a number: the
    # languages that name it so are tried too)
    dated = any(map(str.isdigit, text))
    return any(
        (not words.isdisjoint(own) or (dated and not words.isdisjoint(shared)))
        and _is_time(text, _grammar(lang))
        for lang, own, shared in _foreign_words(language)
    )


_TOKEN = re.compile(r"[^\W\d_]+")  # letters only: the words that tell a language


@functools.cache
def _foreign_words(language: str) -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    """Each other language with a card grammar, its time words that neither
    ``language`` nor English has, and its month names that they share
    (lowered, one word each)."""
    known = _time_words(language) | _time_words(_ENGLISH)
    out: list[tuple[str, frozenset[str], frozenset[str]]] = []
    for lang in languages():
        if lang in (language, _ENGLISH) or not _has_time_data(lang):
            continue  # (a language without time data has English's grammar)
        own = _time_words(lang) - known
        months = {t for p in table(lang, "time_months") for t in _TOKEN.findall(p.lower())}
        if own:
            out.append((lang, frozenset(own), frozenset(months & known)))
    return tuple(out)


def _time_words(language: str) -> set[str]:
    """The words of ``language``'s card grammar: months, weekdays, units, number
    words, meridiems, zones and the card words ("vor", "gestern"), lowered,
    one word each."""
    listed = [
        *table(language, "time_months"),
        *table(language, "time_weekdays"),
        *table(language, "time_units"),
        *table(language, "time_numbers"),
        *table(language, "time_meridiem"),
        *table(language, "time_zones"),
        *(w for words in _card_words(language).values() for w in words),
    ]
    return {t for p in listed for t in _TOKEN.findall(p.lower())}


def is_time_field(text: str, language: str = _ENGLISH) -> bool:
    """Whether a card's field reads as a time, in ``language`` or another one
    (the test every field reader of a card takes: a line's fields, a
    headline's tail, an HTML card's inline time).

    >>> is_time_field("5 hours ago"), is_time_field("vor 2 Stunden"), is_time_field("Coast FM")
    (True, True, False)
    """
    return _is_time_field(text, language)


@functools.lru_cache(maxsize=4096)
def _is_time_field(text: str, language: str) -> bool:
    """A header field that is a time, in the page's language or another one
    (remembered: pages repeat their fields, "2 hours ago", "Reuters")."""
    return is_time_phrase(text, language) or foreign_time(text, language)


def is_field_line(text: str, language: str = _ENGLISH) -> bool:
    """Whether a short line is a card's field line: a time, a byline, a desk
    ("POLITICS", ``is_section_label``) or fields set off by separators
    ("Reuters · 3 hours ago"); a name alone is not one.

    >>> [is_field_line(t) for t in ("46m", "by Emily Watson", "FIRSTPOST · 7 min read")]
    [True, True, True]
    >>> is_field_line("Travel"), is_field_line("Reuters"), is_field_line("Share this article")
    (True, False, False)
    """
    return (
        _is_time_field(text, language)
        or _is_byline(text)
        or is_section_label(text)
        or split_fields(text, language) is not None
    )


_SEPARATOR_CHAR = re.compile(r"[|·•\-–—/]")  # what every ``_SEPARATOR`` match holds


def split_fields(text: str, language: str = _ENGLISH) -> list[tuple[int, int]] | None:
    """Spans of a header line's fields ("NBC News · 3 hours ago"), or None.

    A line splits when every field is a time, a byline, a reading time or a
    short name and at least one field is not a name.

    >>> t = "By Aisha Khan | IGN | Updated: May 18, 2025"
    >>> [t[a:b] for a, b in split_fields(t)]
    ['By Aisha Khan', 'IGN', 'Updated: May 18, 2025']
    >>> split_fields("Rock - Paper - Scissors") is None
    True
    >>> t = "3 min read – Pieter Jansen en Jan de Vries"  # two names: authors, no outlet
    >>> [(t[a:b], kind) for a, b, kind in _fields(t, "nl")][1]
    ('Pieter Jansen en Jan de Vries', 'author')
    >>> t = "Reuters / 2 hours ago"
    >>> [t[a:b] for a, b in split_fields(t)]
    ['Reuters', '2 hours ago']
    """
    found = _fields(text, language)
    return [(a, b) for a, b, _ in found] if found is not None else None


# What a header field is: a reading time, a time, a byline or a source's name.
_FieldKind = Literal["reading", "section", "comments", "time", "author", "source"]


# A whole line in one pair of brackets, none inside
_OPENERS = frozenset("([")
_BRACKETED = regex.compile(r"^(?:\([^()\[\]]{3,120}\)|\[[^()\[\]]{3,120}\])$")


def _fields(
    text: str, language: str, bracketed: bool = False
) -> list[tuple[int, int, _FieldKind]] | None:
    """The fields of a header line and what each is (see ``split_fields``), or None;
    each field is read once, for the split and for ``header_fields`` alike.

    A line with commas and no other separator is first read as
    comma-separated fields (two of them must be no name: "Paris, France" or a
    reader's "Jane, 2 hours ago" is no header line, a time then a source is),
    then as the others.

    A line of fields wrapped whole in brackets, "(Reuters, 3 hours ago)", is
    read inside them (``bracketed``); the brackets set it off as the card's
    fields, so a name and a card's age are fields there (a reader's "Jane, 2
    hours ago" prints none; a story's citation, "(The Sunday Times,
    10/09/06)" under each story of a digest, prints a date, no age).

    >>> t = "(Valley Star, 3 hours ago)"
    >>> [(t[a:b], kind) for a, b, kind in _fields(t, "en")]
    [('Valley Star', 'source'), ('3 hours ago', 'time')]
    """
    if text[:1] in _OPENERS and not bracketed and _BRACKETED.match(text):
        inner = _fields(text[1:-1], language, True)
        if inner is None or not any(
            kind == "time" and _relative(text[a + 1 : b + 1], language) for a, b, kind in inner
        ):
            return None
        return [(a + 1, b + 1, kind) for a, b, kind in inner]
    if ", " in text and text.count(" ") <= _COMMA_LINE_SPACES and not _separated(text):
        spans = _comma_spans(text, language)
        found = _kinds(text, spans, language, names=1) if spans is not None else None
        # (or a time, then a source: a card's "Apr 27, 2025, Le Monde"; a
        # reader's comment names the reader first; or a reading time and a
        # source, in any order: "5 mins read, Le Monde" is no reader's)
        kinds = [kind for *_, kind in found] if found is not None else []
        if found is not None and (
            len(kinds) - kinds.count("source") >= 2
            or kinds == ["time", "source"]
            # (a source, then a time under its label: "ESPN, Updated: Jun 4";
            # a reader's "Jane, 2 hours ago" has no label; or an outlet the
            # lexicons name or a name in capitals, no sentence's end after it:
            # "Valley News, 2 hours ago", "ESPN, 1 day ago", not a note's "14.
            # San Diego Union Tribune, 14 March 1997.")
            or (
                kinds == ["source", "time"]
                and (
                    bracketed  # (its time is an age: ``_fields``)
                    or _labelled(text[found[1][0] :], language)
                    or (
                        not text.endswith(".")
                        and _outlet_name(text[found[0][0] : found[0][1]], language)
                    )
                )
            )
            or ("reading" in kinds and len(kinds) == 2)
            or _desk_and_name(text, found)  # "Politico, SCIENCE"
        ):
            return found
    spans = _spans(text, language)
    found = _kinds(text, spans, language) if spans is not None else None
    # (names alone are no header line, "Rock - Paper"; a source, then its desk,
    # is: "Fox News • 政治", "Wired · TECHNOLOGY"; a desk first heads a
    # headline, "Opinion | The case for rail")
    if found is None:
        return None
    found = _person_and_outlet(text, found, language)
    kinds = [kind for *_, kind in found]
    if all(kind in ("source", "section", "comments") for kind in kinds) and not (
        kinds == ["source", "section"] or _desk_and_name(text, found)
    ):
        return None
    return found


def _person_and_outlet(
    text: str, found: list[tuple[int, int, _FieldKind]], language: str
) -> list[tuple[int, int, _FieldKind]]:
    """The fields, a person's name beside an outlet's on a line of other
    known fields read as its author: "Jan de Vries · POLITIEK · NOS", "Budi
    Santoso · 3 jam lalu · Antara", "3 jam lalu · Budi Santoso, Antara". Of
    two names with a desk, a time or a reading time, one a person's
    (``person_name``) and the other no person's, the person signs and the
    other is the source; two names alike ("Rock - POLITICS - Paper") or
    names alone tell nothing, and stay as they are.

    >>> t = "Jan de Vries · POLITIEK · NOS"
    >>> found = _kinds(t, _spans(t, "nl") or [], "nl") or []
    >>> [(t[a:b], kind) for a, b, kind in _person_and_outlet(t, found, "nl")]
    [('Jan de Vries', 'author'), ('POLITIEK', 'section'), ('NOS', 'source')]
    """
    names = [i for i, (*_, kind) in enumerate(found) if kind == "source"]
    if not names or len(names) == len(found):
        return found  # (names alone: no header line, whatever they are)
    # (a name and its outlet after a comma signs like "By ...", the byline
    # giving the source: "Budi Santoso, Al Jazeera"; beside a known field
    # only, as "New York, NY – With content..." is a dateline over a lede)
    signed = [i for i in names if _bare_byline(text[found[i][0] : found[i][1]])]
    if signed:
        found = [(a, b, "author" if i in signed else k) for i, (a, b, k) in enumerate(found)]
        names = [i for i in names if i not in signed]
    if len(names) != 2 or len(found) == 2:
        return found
    people = [i for i in names if person_name(text[found[i][0] : found[i][1]], language)]
    if len(people) != 1:
        return found
    out = list(found)
    a, b, _ = found[people[0]]
    out[people[0]] = (a, b, "author")
    return out


def _outlet_name(name: str, language: str) -> bool:
    """Whether a comma line's first field names an outlet: one the lexicons
    name, or a name in capitals or a domain ("ESPN", "Digg.com",
    ``source_like``) a reader's name never is.

    >>> _outlet_name("ESPN", "en"), _outlet_name("Reuters", "en"), _outlet_name("Jane", "en")
    (True, True, False)
    """
    return named_outlet(name, language) or (len(name) >= 2 and source_like(name))


def _relative(field: str, language: str) -> bool:
    """Whether a time field is a card's age ("3 hours ago", "vor 2 Stunden"),
    no date."""
    ts = parse_timestamp(field, language=language) or parse_timestamp(field)
    return ts is not None and ts.offset is not None


def _labelled(field: str, language: str) -> bool:
    """Whether a time field starts with a time label ("Posted on June 6"): the
    card time grammar's prefix."""
    m = _grammar(language).time.match(field.strip())
    return m is not None and bool(m.group("prefix"))


_DESK_NAME_MAX_WORDS = 3  # "OPINION • Associated Press"; a headline is longer


def _desk_and_name(text: str, found: list[tuple[int, int, _FieldKind]]) -> bool:
    """Whether a line's two fields are a desk's name in capitals and a
    source's, in either order: the source a name of a few capitalised words
    ("TRAVEL • CNBC", "Politico, SCIENCE"; "Opinion | The case for rail" is a
    desk over a headline, "Opinion - Richard Reeves" a desk and a columnist)."""
    kinds = sorted(kind for *_, kind in found)
    if kinds != ["section", "source"]:
        return False
    a, b = next((a, b) for a, b, kind in found if kind == "source")
    c, d = next((a, b) for a, b, kind in found if kind == "section")
    words = text[a:b].split()
    return (
        text[c:d].isupper()
        and len(words) <= _DESK_NAME_MAX_WORDS
        and all(w[:1].isupper() for w in words)
    )


def _kinds(
    text: str, spans: list[tuple[int, int]], language: str, names: int = 99
) -> list[tuple[int, int, _FieldKind]] | None:
    """What each field of a split line is; None when one is running text or more
    than ``names`` are names."""
    out: list[tuple[int, int, _FieldKind]] = []
    for a, b in spans:
        field = text[a:b]
        kind: _FieldKind
        if _READING_TIMES.matches(field):
            kind = "reading"
        elif is_section_label(field):
            kind = "section"  # a kicker ("POLITICS"): cut out, never the source
        elif _is_time_field(field, language):
            kind = "time"
        elif _is_byline(field) or _NAME_PAIR.match(field):
            kind = "author"
        elif field[:1].isdigit() and _COMMENTS.marks(field):
            kind = "comments"  # "12 Comments": cut out, never the source
        elif word_runs(field) > 6 or ends_with_mark(field) or names == 0:
            return None  # a field of running text (or one name too many): no header line
        else:
            kind = "source"
            names -= 1
        out.append((a, b, kind))
    return out


# Two people's names joined by a conjunction of any language's bylines ("Jane
# Doe and John Roe", "Pieter Jansen en Jan de Vries"): authors, where an
# outlet's "Barnes and Noble" or "Town & Country" has one word a side. A name
# is two capitalised words or more, with lower-case particles between ("de",
# "van der").
# (words bounded: an unbounded run makes a search quadratic)
_NAME = r"\p{Lu}[\p{L}'’.\-]{0,30}(?:\s(?:\p{Ll}{1,3}\s){0,2}\p{Lu}[\p{L}'’.\-]{0,30}){1,3}"
_CONJUNCTIONS = sorted(
    {regex.escape(c) for lang in languages() for c in entries(lang, "byline_conjunctions")}
    - {"\\&"}  # ("Town & Country")
)
_NAME_PAIR = regex.compile(rf"^{_NAME}\s(?:{'|'.join(_CONJUNCTIONS)})\s{_NAME}$")


def _is_byline(text: str) -> bool:
    """An author line or field: a prefix and names ("By Jane Roe", "von Max
    Muster"), or a name and a role word ("山田太郎 記者"), maybe with the
    outlet after a comma ("山田太郎 記者, NDTV")."""
    if _BYLINES.matches(text):
        return True
    if text.isascii():
        return False  # (the roles are CJK words: ``role_byline`` refuses ASCII)
    if role_byline(text):
        return True
    head = _before_outlet(text, _OUTLET_WORDS)
    return head is not None and role_byline(head)


def _before_outlet(text: str, words: int) -> str | None:
    """What comes before an outlet's name after a comma ("..., NDTV"), or None
    when no comma is followed by one: at most ``words`` words, or a few
    characters in a script without spaces ("日本経済新聞")."""
    head, comma, rest = text.partition(", ")
    if not comma or len(rest.split()) > words:
        return None
    wide = not rest.isascii() and max(rest) >= _WIDE_FIRST  # (a script without spaces)
    return head if not wide or len(rest) <= _OUTLET_CHARS else None


def _bare_byline(text: str) -> bool:
    """A byline without a prefix, names and an outlet after a comma: an
    author's name and the source ("Pieter Jansen, Bloomberg", "Sanne Bakker,
    de Volkskrant"; "Paris, France" names no person)."""
    head = _before_outlet(text, _BARE_OUTLET_WORDS)
    if head is None or len(text) > _BARE_BYLINE_CHARS:
        return False
    rest = text[len(head) + 2 :]
    # (cheap tests first: a person's name is two to four words, the first and
    # the last capitalised, "Jan de Vries"; no digit)
    words = head.split()
    # (or two names joined by an "and" word: "Budi Santoso dan Dewi Lestari, AFP")
    pair = len(words) > _NAME_MAX_WORDS and _NAME_PAIR.match(head) is not None
    if not (
        (pair or _NAME_MIN_WORDS <= len(words) <= _NAME_MAX_WORDS)
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
    ) or any(map(str.isdigit, text)):
        return False
    b = parse_byline(text)
    # (the whole of each part: "Introducing Junior Gaspard, New CEO at X" is a headline)
    named = len(b.authors) == 2 if pair else b.authors == (head,)
    return named and b.source == rest and b.timestamp is None


_BARE_BYLINE_CHARS = 60  # a name and an outlet
_BARE_OUTLET_WORDS = 3  # "Financial Times", "de Volkskrant"
_NAME_MIN_WORDS, _NAME_MAX_WORDS = 2, 4  # a person's name
_OUTLET_WORDS = 4  # an outlet's name after a role byline's comma
_OUTLET_CHARS = 12  # the same in a script without spaces ("日本経済新聞")


def _separated(text: str) -> bool:
    """Whether a line holds a field separator other than a comma (a hyphen
    inside a word or a date, "2025-05-23", is none).

    >>> _separated("2025-05-23, Business Insider"), _separated("Reuters - 2 hours ago")
    (False, True)
    >>> _separated("Jun 5, 2025 / Harbour Times")
    True
    """
    if text.isascii():
        if "|" not in text and "-" not in text and "/" not in text:
            # (C-level tests first; of the separators only "|", "-" and "/" are ASCII)
            return False
        if text.isprintable():  # (no space but " ": a dash between spaces holds " - ")
            return "|" in text or " - " in text or " / " in text
    return _SEPARATOR.search(text) is not None


def _comma_hint(text: str) -> bool:
    """What a comma line needs to hold two fields that are no name: a digit or a
    time word (a time, a reading time) or "by" (a byline); or, of two pieces,
    a desk's name in capitals ("Politico, SCIENCE"; "Paris, France" is a place)."""
    if _may_be_time(text) or "by " in text.lower():
        return True
    head, _, tail = text.partition(", ")
    return ", " not in tail and any(p.isupper() and is_section_label(p) for p in (head, tail))


_COMMA = regex.compile(r",\s+")
_DIGIT = re.compile(r"\d")
_COMMA_LINE_SPACES = 16  # a comma header line is short ("Monday, June 2, 2025, USA TODAY, ...")
_FIELD_MAX_WORDS = 6  # a comma piece with more words is running text, no field
_COMMA_MERGE = 4  # a time phrase spans at most this many comma pieces ("Monday, June 2, 2025")


def _comma_spans(text: str, language: str) -> list[tuple[int, int]] | None:
    """A header line cut at its commas ("4 min read, WORLD, 1w, By Tom Hughes"),
    the pieces of a date with commas kept together ("Apr 27, 2025"), or None
    for fewer than two fields.

    >>> t = "Apr 27, 2025, CBSSports.com, BY JANE DOE"
    >>> [t[a:b] for a, b in _comma_spans(t, "en")]
    ['Apr 27, 2025', 'CBSSports.com', 'BY JANE DOE']
    >>> t = "Posted on June 6, 2025 by Jane Doe"
    >>> [t[a:b] for a, b in _comma_spans(t, "en")]
    ['Posted on June 6, 2025', 'by Jane Doe']
    """
    if len(text) > _FIELDS_MAX_CHARS:
        return None
    if any(p.count(" ") >= _FIELD_MAX_WORDS and not _is_byline(p) for p in text.split(", ")):
        # running text: "In Paris, the council said on Monday that ..." (a
        # byline of two names is longer: "Written by Michael Chen and Priya Sharma")
        return None
    if not _comma_hint(text):
        return None
    pieces: list[tuple[int, int]] = []
    cursor = 0
    for m in _COMMA.finditer(text):
        pieces.append((cursor, m.start()))
        cursor = m.end()
    pieces.append((cursor, len(text)))
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(pieces):
        # the pieces after a date's first hold digits ("June 2", "2025", "10:15")
        last = i
        while (
            last + 1 < len(pieces)
            and last + 1 < i + _COMMA_MERGE
            and _DIGIT.search(text, pieces[last + 1][0], pieces[last + 1][1])
        ):
            last += 1
        end = i
        by: regex.Match[str] | None = None
        for j in range(last, i, -1):
            if _is_time_field(text[pieces[i][0] : pieces[j][1]], language):
                end = j
                break
            # (or the date ends before a byline: "Posted on June 6, 2025 by Jane Doe")
            inner = _INNER_BY.search(text, *pieces[j])
            if inner is not None and _is_time_field(text[pieces[i][0] : inner.start()], language):
                end, by = j, inner
                break
        if by is None:
            out.append((pieces[i][0], pieces[end][1]))
            i = end + 1
        else:
            out.append((pieces[i][0], by.start()))
            pieces[end] = (by.end(), pieces[end][1])
            i = end
    return out if len(out) >= 2 else None


def _may_split(text: str) -> bool:
    """The cheap test before ``_fields``: False only for a line it finds no
    fields in, one with no bracket first, no comma, no separator and no
    inner "by" (most short lines of a page: three calls spared).

    >>> _may_split("Sports"), _may_split("Reuters · 2h"), _may_split("Jun 5, 2025")
    (False, True, True)
    """
    if text[:1] in _OPENERS or ", " in text:
        return True  # (bracketed or comma fields)
    if " by " in text or " By " in text or " BY " in text:
        return True  # (``_split_time_by``)
    if text.isascii():  # (of the separator characters only "|", "-" and "/" are ASCII)
        return "|" in text or "-" in text or "/" in text
    return _SEPARATOR_CHAR.search(text) is not None


def _spans(text: str, language: str) -> list[tuple[int, int]] | None:
    """The line cut at its separators (and before an inner "by"), or None for
    fewer than two pieces."""
    if len(text) > _FIELDS_MAX_CHARS:
        return None
    # an inner "by <Name>" after a time (``_split_time_by``); spaces around it, as
    # such lines come
    by = " by " in text or " By " in text or " BY " in text
    if text.isascii():  # of the separator characters only "|", "-" and "/" are ASCII
        # (a printable line has no space but " ", so a dash between spaces
        # holds " - "; a hyphen inside words, "well-known", is no separator)
        if (
            not by
            and "|" not in text
            and " / " not in text
            and ("-" not in text or (" - " not in text and text.isprintable()))
        ):
            return None
    elif _SEPARATOR_CHAR.search(text) is None and not by:  # no separator, no fields
        return None
    spans: list[tuple[int, int]] = []
    cursor = 0
    for m in _SEPARATOR.finditer(text):
        if m.start() > cursor:
            spans.append((cursor, m.start()))
        cursor = m.end()
    if cursor < len(text):
        spans.append((cursor, len(text)))
    if by:
        spans = [piece for a, b in spans for piece in _split_time_by(text, a, b, language)]
    if not text.isascii():  # icons before a field: "📰 Reuters · 🕒 2 hours ago"
        spans = [_without_icons(text, a, b) for a, b in spans]
    return spans if len(spans) >= 2 else None


_ICONS = regex.compile(r"[\p{So}\p{Sk}\uFE0F\s]+")


def _without_icons(text: str, a: int, b: int) -> tuple[int, int]:
    """The span ``a``..``b`` without the icons (symbols, emoji) and spaces
    that open it: a field's text starts at its first letter or digit."""
    m = _ICONS.match(text, a, b)
    return (m.end(), b) if m is not None and m.end() < b else (a, b)


# " by Jane Doe" after a time: "Posted on June 3, 2025 by Jane Doe"
_INNER_BY = regex.compile(r"(?<=\S)\s+(?=[Bb][Yy]\s+\p{Lu})")


def _split_time_by(text: str, a: int, b: int, language: str) -> list[tuple[int, int]]:
    """The field ``text[a:b]`` cut before an inner "by <Name>" when a time precedes it.

    >>> t = "Posted 2 hours ago by Jane Doe"
    >>> [t[x:y] for x, y in _split_time_by(t, 0, len(t), "en")]
    ['Posted 2 hours ago', 'by Jane Doe']
    >>> t = "Stand by Me review"
    >>> [t[x:y] for x, y in _split_time_by(t, 0, len(t), "en")]
    ['Stand by Me review']
    """
    m = _INNER_BY.search(text, a, b)
    if m is None or m.start() == a or not is_time_phrase(text[a : m.start()], language):
        return [(a, b)]
    return [(a, m.start()), (m.end(), b)]


def name_like(line: Line) -> bool:
    """A line that could be a source's name: a few words, no sentence ending."""
    return line.kind == "plain" and line.words <= 5 and not _ends_sentence(line.block.text)


def _ends_sentence(text: str) -> bool:
    """Whether text ends like a sentence ("City A.M." and "Acme Inc." do not)."""
    tail = max(0, len(text) - _ABBREV_END_REACH)  # (the search tries each position from here)
    return ends_with_mark(text) and not _ABBREV_END.search(text, tail)


# Every language's function words: a name's lower-case words ("The Times of
# India", "Corriere della Sera") are these.
_FUNCTION_WORDS = frozenset(w for lang in languages() for w in entries(lang, "content_stopwords"))


def sentence_cased(text: str) -> bool:
    """Whether a short line is a phrase in sentence case, no name: a word after
    the first in lower case that is no function word ("Stay in the loop",
    "More to explore", "Worth your time"; not "The Times of India").

    A heading's colon is no part of its last word ("Fresh from the newsroom:").

    >>> sentence_cased("Stay in the loop"), sentence_cased("The Times of India")
    (True, False)
    >>> sentence_cased("Fresh from the newsroom:")
    True
    """
    words = text.rstrip(":").split()
    return any(
        w[:1].islower() and w.isalpha() and w not in _FUNCTION_WORDS for w in words[1:]
    )


def source_like(text: str) -> bool:
    """A short name that reads as a source: ALL CAPS or a domain."""
    if text.upper() == text:  # (C-level tests first)
        return any(map(str.isalpha, text)) and word_runs(text) <= 5
    return "." in text and word_runs(text) <= 5 and bool(DOMAIN.search(text))


# --- classified lines ---------------------------------------------------------

# "short": a cue or plain text, not told yet (see ``classify_lines`` and ``settle``)
Kind = Literal["chrome", "section", "cue", "body", "plain", "short"]


_NO_SLOTS: frozenset[str] = frozenset()


class Line:
    """One block as the card parser sees it.

    A plain slotted class, not a frozen dataclass: one is built per line and
    a frozen dataclass costs several times more to build. Nothing changes a
    ``Line`` after it is built.
    """

    __slots__ = (
        "block",
        "chrome_body",
        "cut",
        "decision",
        "fields",
        "kind",
        "names",
        "slots",
        "words",
    )

    def __init__(
        self,
        decision: Decision,
        kind: Kind,
        words: int,
        slots: frozenset[str] = _NO_SLOTS,  # for cues: "time", "source", "author", "reading"
        fields: tuple[Decision, ...] = (),  # for cues: header decisions it gives
        cut: tuple[Removal, ...] = (),  # separators and labels between fields
        names: frozenset[str] = _NO_SLOTS,  # source names it gives (case-folded)
        chrome_body: bool = False,  # long text a label rule called chrome
    ) -> None:
        self.decision = decision
        # stored, not a property: the card parser reads it ~27,000 times a
        # pass over aeb, and a property costs a Python call each time
        self.block: Block = decision.block
        self.kind = kind
        self.words = words
        self.slots = slots
        self.fields = fields
        self.cut = cut
        self.names = names
        self.chrome_body = chrome_body

    @property
    def weak(self) -> bool:
        """A short body line: it may be a headline that ends in a period."""
        return self.kind == "body" and self.words <= _WEAK_WORDS and not self.chrome_body


_new_object = object.__new__


def _line(decision: Decision, kind: Kind, words: int, chrome_body: bool = False) -> Line:
    """``Line(decision, kind, words, chrome_body=chrome_body)``, a line with no
    cue fields, without the class call: ``classify_lines`` builds one a line,
    and calling the class (``type.__call__``, then ``__init__``, with a dict
    for a keyword) costs several hundred instructions more than this."""
    line: Line = _new_object(Line)
    line.decision = decision
    line.block = decision.block
    line.kind = kind
    line.words = words
    line.slots = line.names = _NO_SLOTS
    line.fields = line.cut = ()
    line.chrome_body = chrome_body
    return line


def line_above(lines: list[Line], i: int) -> int:
    """The first line above line ``i`` that is no chrome, or -1."""
    j = i - 1
    while j >= 0 and lines[j].kind == "chrome":
        j -= 1
    return j


def after_section(lines: list[Line], i: int) -> bool:
    """Whether a section header sits right above line ``i`` (chrome between is fine)."""
    j = line_above(lines, i)
    return j >= 0 and lines[j].kind == "section"


def _sub(block: Block, a: int, b: int, label: Label, name: str) -> Decision:
    text = block.text[a:b]
    return Decision(
        Block(block.index, block.start + a, block.start + b, text, block.blank_before), label, name
    )


def _gaps(block: Block, spans: list[tuple[int, int]]) -> tuple[Removal, ...]:
    out: list[Removal] = []
    cursor = 0
    for a, b in [*spans, (len(block.text), len(block.text))]:
        if a > cursor and block.text[cursor:a].strip():
            out.append(_cut(block, cursor, a, "card.field_separator"))
        cursor = b
    return tuple(out)


def _cut(block: Block, a: int, b: int, name: str) -> Removal:
    """``block.text[a:b]`` removed under rule ``name``."""
    return removal(name, block.text[a:b], block.start + a, block.start + b)


_LABEL_MAX_WORDS = 4  # a section label is a word or a few

_WIDE_FIRST = "\u3000"  # no Chinese or Japanese character sorts below this


def is_action(text: str) -> bool:
    """Whether a short line opens with a call to action (``action_lines.txt``,
    every language's, as buttons print in any language): a button or a
    plea's link, never a card's source or headline.

    >>> is_action("Join Slate Plus"), is_action("Jetzt abonnieren!"), is_action("Joiner wins")
    (True, True, False)
    >>> is_action("Reuters"), is_action("Signal Hill Gazette")
    (False, False)
    """
    if len(text) > _ACTION_MAX_CHARS:
        return False
    key = text.strip(ASCII_KEY_EDGE).lower() if text.isascii() else line_key(text)
    # the regex (an alternation of some 150 phrases) runs only on a key that
    # opens with one of them: the phrases of its first character, by
    # ``str.startswith`` (a C loop); most keys open with none
    return key.startswith(_ACTION_OPENINGS.get(key[:1], ())) and _ACTION.match(key) is not None


ACTION_RULE = "card.action"  # the rule a call to action near cards is removed under
_ACTION_MAX_CHARS = 60  # a button's words, a plea link's few
_ACTION_PHRASES = sorted(
    {e.casefold() for e in chrome_entries(None, "action_lines")}, key=len, reverse=True
)
_ACTION = regex.compile("(?:" + "|".join(regex.escape(e) for e in _ACTION_PHRASES) + r")(?!\w)")
# The phrases by their first character (what a key must open with to match).
_ACTION_OPENINGS: dict[str, tuple[str, ...]] = {
    c: tuple(e for e in _ACTION_PHRASES if e[:1] == c) for c in {e[:1] for e in _ACTION_PHRASES}
}


def is_section_label(text: str) -> bool:
    """A desk or section name ("POLITICS", "Wirtschaft:"), from ``section_labels.txt``:
    every language's list, as the labeller reads whole-line lists without a hint,
    since kickers print in any language whatever the page's hint says.

    Two desks joined by "&" or "/" are one, when either is a known desk
    and each is a word or two ("Economy & Business", "Politics & Policy";
    not "Smith & Wesson").

    >>> is_section_label("POLITICS"), is_section_label("Wirtschaft:"), is_section_label("Reuters")
    (True, True, False)
    >>> is_section_label("Economy & Business"), is_section_label("Smith & Wesson")
    (True, False)
    """
    if len(text) > 40:
        return False
    labels = _SECTION_LABELS
    # (``line_key`` inline on an ASCII line: asked of most short lines of a page)
    if (text.strip(ASCII_KEY_EDGE).lower() if text.isascii() else line_key(text)) in labels:
        return True
    if "&" not in text and "/" not in text:
        return False
    parts = [p.strip() for p in text.replace("/", "&").split("&")]
    return (
        len(parts) == 2
        and all(0 < len(p.split()) <= 2 for p in parts)
        and any(line_key(p) in labels for p in parts)
    )


def _chrome_by(d: Decision, name: str) -> Decision:
    """The line of ``d`` as chrome removed under rule ``name`` (a section
    label, "card.section_label"; a photo credit, "card.photo_credit")."""
    r = rule(name)
    return _decision(d.block, Label.CHROME, r.name, r.kind, r.reason, d.words)


_decision = builder(Decision)  # (``Decision(...)`` without the class call)


def _classify(d: Decision, language: str, settle_now: bool) -> Line:
    text = d.block.text
    words = d.words if d.words >= 0 else word_runs(text)  # the labeller counted most
    # (a long ASCII token is a URL, not unspaced words)
    if words < _BODY_MIN_WORDS and len(text) >= SPACELESS_MIN_CHARS and not text.isascii():
        words = max(words, spaceless_words(text))
    if d.kind is not None:
        if d.label is _SECTION_HEADER:
            return _line(d, "section", words)
        if d.rule == "line.reading_time":  # "3 min read" on its own line in a card's header
            cut = (_cut(d.block, 0, len(text), d.rule),)
            return Line(d, "cue", words, _READING_SLOT, (), cut)
        if words >= _BODY_MIN_WORDS:  # may be a card's body that a page-chrome rule took
            return _line(d, "body", words, True)
        return _line(d, "chrome", words)
    if words <= _LABEL_MAX_WORDS:
        # (a line left "short" and settled now was told no label already; a
        # credit only matters once a line is settled, near cards)
        if not settle_now and is_section_label(text):  # "POLITICS" above a headline
            return _line(_chrome_by(d, "card.section_label"), "chrome", words)
        if settle_now and is_caption(text):  # "Image: Shutterstock" between cards: no source
            return _line(_chrome_by(d, "card.photo_credit"), "chrome", words)
    if settle_now and words < _SENTENCE_MIN_WORDS and is_action(text):
        # ("Join Slate Plus" under a plea's text: a button, no source)
        return _line(_chrome_by(d, ACTION_RULE), "chrome", words)
    if not settle_now and words < _SENTENCE_MIN_WORDS:
        return _line(d, "short", words)  # too short for body text: a cue or plain
    if words >= _BODY_MIN_WORDS and len(text) > _FIELDS_MAX_CHARS:
        return _line(d, "body", words)  # (too long for a time, a byline or fields)
    if (
        words >= _PROSE_END_WORDS
        and d.label is _BODY
        and text.rstrip(CLOSERS)[-1:] in _FULL_STOPS
    ):
        return _line(d, "body", words)  # (a sentence's length and full stop: no field line)
    # each test below runs behind a cheap test of what it cannot match without
    if _is_time(text, _grammar(language)):
        # "May 5, 2025 - NPR": a time grammar takes capitals for a zone, so a
        # line with a separator is split first when that gives a source
        fields = header_fields(d.block, language) if _separated(text) else None
        if fields is not None and not fields.slots.isdisjoint(_NAME_SLOTS):
            return Line(d, "cue", words, fields.slots, fields.fields, fields.cut, fields.names)
        return Line(d, "cue", words, _TIME_SLOT, (_time_decision(d),))
    dash = _DASH_SOURCE.match(text) if text[:1] in _DASHES else None
    if dash and words <= 6 and not _ends_sentence(text):
        source = Decision(d.block, Label.SOURCE, "card.source_dash")
        return Line(
            d,
            "cue",
            words,
            _SOURCE_SLOT,
            (source,),
            (),
            frozenset({dash.group(1).strip().casefold()}),
        )
    fields = header_fields(d.block, language) if _may_split(text) else None
    if fields is not None:
        return Line(d, "cue", words, fields.slots, fields.fields, fields.cut, fields.names)
    # after the fields: the parser reads "Tagesschau · vor 2 Stunden" whole
    if d.label is _TIMESTAMP and foreign_time(text, language):
        return Line(d, "cue", words, _TIME_SLOT, (_time_decision(d),))
    if len(text) <= _FIELDS_MAX_CHARS and (
        d.label is _BYLINE or _is_byline(text) or (settle_now and _bare_byline(text))
    ):
        return Line(
            d,
            "cue",
            words,
            _AUTHOR_SLOT,
            (Decision(d.block, Label.BYLINE, "card.byline"),),
        )
    if words >= _BODY_MIN_WORDS or (words >= _SENTENCE_MIN_WORDS and ends_teaser(text, language)):
        return _line(d, "body", words)
    return _line(d, "plain", words)


def classify_lines(decisions: tuple[Decision, ...], language: str = _ENGLISH) -> list[Line]:
    """``_classify`` of every decision; a line the page repeats is classified once.

    Pages repeat many lines ("Share", "1", a source name). A line's class
    depends on its text and label alone, except for the header fields a cue
    carries, which point into its own block: cues are classified afresh.

    A line too short for body text that no label rule claimed is a cue or
    plain text, and telling which costs most of the classifying. Only card
    headers, found above body text, need it, and most short lines of a page
    (menus, link lists) lie far from any: such a line is left ``"short"``
    until ``settle`` is asked for it.
    """
    # the first line of each text, looked up by the text alone (no key tuple
    # built a line): a repeat the labeller read otherwise (a title cut short in
    # a run of them, a byline's split name) is classified afresh
    seen: dict[str, Line] = {}
    out: list[Line] = []
    for d in decisions:
        text = d.block.text
        first = seen.get(text)
        if (
            first is not None
            and first.decision.label is d.label
            and (first.decision.kind is None) == (d.kind is None)
        ):
            line = _line(d, first.kind, first.words, first.chrome_body)
        else:
            line = _classify(d, language, False)
            if first is None and line.kind != "cue" and line.decision is d:
                seen[text] = line  # (a kicker's decision is new)
        out.append(line)
    return out


def settle(lines: list[Line], i: int, language: str = _ENGLISH) -> Line:
    """Line ``i``, told apart as a cue or plain text if it was left ``"short"``.

    >>> from newsclean.text.label import label_blocks
    >>> from newsclean.text.blocks import split_blocks
    >>> lines = classify_lines(label_blocks(split_blocks("Reuters · 2 hours ago\\nRates held")))
    >>> [ln.kind for ln in lines], settle(lines, 0).kind, [ln.kind for ln in lines]
    (['short', 'short'], 'cue', ['cue', 'short'])
    """
    line = lines[i]
    if line.kind == "short":
        line = lines[i] = _classify(line.decision, language, True)
    return line


# Every language's byline prefixes (the labeller's test, ``bylines.byline_line``):
# a header field "von Jana Schmidt" is a byline on any page.
_BYLINES = byline_lines(None)
# Every language's reader-comment counts ("12 Comments", "4 Kommentare"): a
# card header's count is never its source.
_COMMENTS = markers(None)
# Every language's desk names, as line keys (``is_section_label``).
_SECTION_LABELS = phrases(None, "section_labels")
# Every language's: a reading time is never a source, whatever the page's language.
_READING_TIMES = reading_times(None)
_TIME_SLOT = frozenset({"time"})
_NAME_SLOTS = frozenset({"source", "author"})
_READING_SLOT = frozenset({"reading"})
_SOURCE_SLOT = frozenset({"source"})
_AUTHOR_SLOT = frozenset({"author"})
_DASHES = frozenset("-–—")  # what ``_DASH_SOURCE`` starts with
# (module names: an enum member looked up on its class costs several times a
# global's, and ``_classify`` runs on every line)
_SECTION_HEADER, _BODY = Label.SECTION_HEADER, Label.BODY
_TIMESTAMP, _BYLINE = Label.TIMESTAMP, Label.BYLINE


def _time_decision(d: Decision) -> Decision:
    return d if d.label is _TIMESTAMP else Decision(d.block, _TIMESTAMP, "card.timestamp")


@fast_init
@dataclass(frozen=True, slots=True)
class HeaderFields:
    """What a header line's fields give: header decisions, the removals between
    and among them (separators, a reading time), the slots they fill and the
    source names they hold (case-folded)."""

    fields: tuple[Decision, ...]
    cut: tuple[Removal, ...]
    slots: frozenset[str]
    names: frozenset[str]


def header_fields(block: Block, language: str) -> HeaderFields | None:
    """The fields of a header line ("NBC News · 3 hours ago"), or None when the
    line is no header line (``split_fields``): each a time, a byline or a
    source; a reading time is cut out ("card.reading_time"). Text mode's card
    parser and HTML mode's card headers both read fields here.

    >>> from newsclean.text.blocks import split_blocks
    >>> h = header_fields(split_blocks("NBC News · 3 hours ago · 4 min read")[0], "en")
    >>> [(f.label.value, f.block.text) for f in h.fields], [r.rule for r in h.cut]
    ([('source', 'NBC News'), ('timestamp', '3 hours ago')], ['card.field_separator', \
'card.field_separator', 'card.reading_time'])
    """
    found = _fields(block.text, language)
    if found is None:
        return None
    slots: set[str] = set()
    fields: list[Decision] = []
    names: set[str] = set()
    kept: list[tuple[int, int]] = []
    timings: list[tuple[int, int]] = []  # reading times: cut out, not a source
    kickers: list[tuple[int, int]] = []  # section labels: cut out, not a source
    counts: list[tuple[int, int]] = []  # reader-comment counts: cut out, not a source
    for a, b, kind in found:
        if kind == "reading":
            timings.append((a, b))
            slots.add("reading")  # header evidence: a card's metadata line
            continue
        if kind == "section":
            kickers.append((a, b))
            continue
        if kind == "comments":
            counts.append((a, b))
            continue
        kept.append((a, b))
        slots.add(kind)
        if kind == "time":
            fields.append(_sub(block, a, b, Label.TIMESTAMP, "card.timestamp"))
        elif kind == "author":
            fields.append(_sub(block, a, b, Label.BYLINE, "card.byline"))
        else:
            fields.append(_sub(block, a, b, Label.SOURCE, "card.source"))
            names.add(block.text[a:b].casefold())
    cut = list(_gaps(block, sorted([*kept, *timings, *kickers, *counts])))
    if timings or kickers or counts:
        cut.extend(_cut(block, a, b, "card.reading_time") for a, b in timings)
        cut.extend(_cut(block, a, b, "card.section_label") for a, b in kickers)
        cut.extend(_cut(block, a, b, "card.comment_count") for a, b in counts)
        cut.sort(key=lambda x: x.start)
    return HeaderFields(tuple(fields), tuple(cut), frozenset(slots), frozenset(names))
