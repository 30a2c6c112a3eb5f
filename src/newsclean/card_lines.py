"""Stage 4b, first half: what each line is to the card parser.

Before cards can be found, every labelled line gets a *kind*: chrome, a
section header, a *cue* (a line only a card or story header has), body
text or a plain short line. Cues are found from the line's shape:

* a time phrase: "2 hours ago", "Updated: May 18, 2025, 00:52 IST"
  (``is_time_phrase``; its words come from the data files);
* a "- Source" line;
* a byline: "By Jane Doe", "Reporting by ...";
* a line of fields: "NBC News · 3 hours ago", "By A | Source | Updated: <time>"
  (``split_fields``), each field becoming its own header decision.

``newsclean.segment`` then fits card headers over these lines.

>>> from newsclean.label import label_blocks
>>> from newsclean.text_blocks import split_blocks
>>> lines = classify_lines(label_blocks(split_blocks("Reuters · 2 hours ago\\nMarkets rally")))
>>> [(ln.kind, sorted(ln.slots)) for ln in lines]
[('cue', ['source', 'time']), ('plain', [])]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

import regex

from newsclean._types import Block, Decision, Label, Removal
from newsclean.lexicon import entries, table
from newsclean.rules import rule

__all__ = [
    "SENTENCE_END",
    "Kind",
    "Line",
    "classify_lines",
    "is_time_phrase",
    "name_like",
    "source_like",
    "split_fields",
]

_WORD = regex.compile(r"\w+")
# The card-header time grammar. Its shapes (numbers, ISO dates, clock times)
# live here; its words come from the English data files: months, weekdays,
# units and number words from ``time_*.txt``, the rest from ``card_time.txt``.
_CARD_LANGUAGE = "en"


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first; a space matches any spaces."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered) + ")"


def _card_words(language: str) -> dict[str, list[str]]:
    roles: dict[str, list[str]] = {}
    for line in entries(language, "card_time"):
        word, _, role = line.partition("\t")
        roles.setdefault(role.strip(), []).append(word.strip())
    return roles


_W = _card_words(_CARD_LANGUAGE)
_MONTH = _alt(table(_CARD_LANGUAGE, "time_months")) + r"\.?"
_WEEKDAY = _alt(table(_CARD_LANGUAGE, "time_weekdays")) + r"\.?"
_NUM = rf"(?:\d{{1,3}}|{_alt([*table(_CARD_LANGUAGE, 'time_numbers'), *_W['count']])})"
_UNIT = _alt(table(_CARD_LANGUAGE, "time_units"))
_ORDINAL = r"(?:st|nd|rd|th)?"
_MERIDIEM = r"[ap]\.?\s?m\.?"
_JOINER = _alt(_W["joiner"])
# The core of a time phrase: something that names a point in time.
_CORE = (
    rf"(?:{_NUM}\s*{_UNIT}\.?\s+{_alt(_W['ago'])}|{_alt(_W['alone'])}"
    rf"|{_alt(_W['last'])}\s+{_alt(_W['period'])}"
    rf"|{_MONTH}\s+\d{{1,2}}{_ORDINAL}(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}{_ORDINAL}\s+{_MONTH}(?:,?\s+\d{{4}})?|{_MONTH}\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}(?:[t ]\d{2}:\d{2}(?::\d{2})?(?:z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"
    rf"|\d{{1,2}}(?::\d{{2}}){{1,2}}(?:\s*{_MERIDIEM})?|\d{{1,2}}\s*{_MERIDIEM})"
)
# What may sit before the core (weekdays, "on") and after it (years, zones).
_LEAD = rf"(?:{_WEEKDAY}\b|{_JOINER}\b|,|-|–|—)"
_EXTRA = (
    rf"(?:{_WEEKDAY}\b|\d{{4}}\b|(?-i:[A-Z]{{2,5}})\b|{_alt(_W['zone'])}(?:[+-]\d{{1,2}})?\b"
    rf"|{_JOINER}\b|,|-|–|—)"
)
_PREFIX = (
    rf"(?:(?:{_alt(_W['labelpre'])}\s+)?{_alt(_W['label'])}(?:\s+{_alt(_W['labelpost'])})?"
    rf"|{_alt(_W['bare'])})\s*:?\s*"
)
_TIME = regex.compile(
    rf"^(?P<prefix>{_PREFIX})?(?P<time>(?:{_LEAD}\s*){{0,3}}{_CORE}"
    rf"(?:\s*(?:{_CORE}|{_EXTRA})){{0,6}})\.?$",
    regex.IGNORECASE,
)
_SEPARATOR = regex.compile(r"\s*[|·•]\s*|\s+[-–—]\s+")
_DASH_SOURCE = regex.compile(r"^[-–—]\s*(\S.*)$")
_BYLINE = regex.compile(r"^(?:by|written\s+by|words\s+by|reporting\s+by)\s+\S", regex.IGNORECASE)
_DOMAIN = regex.compile(
    r"\w\.(?:com|net|org|co|io|news|info|tv|fm|uk|in|de|fr|au|ca|us)\b", regex.IGNORECASE
)
SENTENCE_END = regex.compile(r"[.!?…。！？][\"'”’)\]]*$")
_ABBREV_END = regex.compile(
    r"(?:\b\p{L}\.){1,4}$|\b(?:inc|co|corp|ltd|llc|plc|jr|sr|st|bros|no)\.$", regex.IGNORECASE
)
_PERIOD_END = regex.compile(r"[.…。][\"'”’)\]]*$")

_BODY_MIN_WORDS = 30  # a line this long is body text whatever its ending
_SENTENCE_MIN_WORDS = 8  # ... and so is a shorter one ending in a period
_WEAK_WORDS = 20  # a body line this short may still be a headline ending in a period


# On ASCII text ``\w`` is [A-Za-z0-9_]: mapping every other byte to a space
# and splitting counts the same words several times faster than a regex.
_ASCII_NON_WORD = bytes(
    b if chr(b).isascii() and (chr(b).isalnum() or chr(b) == "_") else 32 for b in range(256)
)


# Punctuation that keeps English text from being ASCII; none of it is ``\w``,
# so a space in its place leaves the words as they were.
_WIDE_PUNCT = "’‘“”—–…«»·•"


def _words(text: str) -> int:
    if not text.isascii():
        for c in _WIDE_PUNCT:
            if c in text:
                text = text.replace(c, " ")
        if not text.isascii():
            return len(_WORD.findall(text))
    return len(text.encode("ascii").translate(_ASCII_NON_WORD).split())


# A time phrase needs a digit or one of these words (every ``_CORE``
# alternative holds one), so other lines skip ``_TIME``. Searched with the
# flags ``_TIME`` has, the hint matches wherever ``_TIME`` could.
_HINT_WORDS = _alt([*_W["ago"], *_W["alone"], *_W["last"]])
_TIME_HINT = regex.compile(rf"\d|{_HINT_WORDS}", regex.IGNORECASE)
# On ASCII text: a digit or the first word of a hint phrase, searched in the
# lower-cased line (a looser test than ``_TIME_HINT``, and several times
# cheaper than a case-blind search of the whole alternation).
_ASCII_TIME_HINT = re.compile(
    "[0-9]|"
    + "|".join(
        sorted({re.escape(w.split()[0].lower()) for w in _W["ago"] + _W["alone"] + _W["last"]})
    )
)


def _may_be_time(text: str) -> bool:
    if text.isascii():
        return _ASCII_TIME_HINT.search(text.lower()) is not None
    return _TIME_HINT.search(text) is not None


def is_time_phrase(text: str) -> bool:
    """Whether a short line reads as a time ("3h ago", "Updated: May 18, 2025, 00:52 IST").

    >>> [is_time_phrase(t) for t in ("9h ago", "Updated: Jun 24, 2025, 05:00 IST", "Yesterday")]
    [True, True, True]
    >>> [is_time_phrase(t) for t in ("May the best team win", "Reuters", "2025")]
    [False, False, False]
    """
    return len(text) <= 80 and _may_be_time(text) and _TIME.match(text.strip()) is not None


_SEPARATOR_CHAR = re.compile(r"[|·•\-–—]")  # what every ``_SEPARATOR`` match holds


def split_fields(text: str) -> list[tuple[int, int]] | None:
    """Spans of a header line's fields ("NBC News · 3 hours ago"), or None.

    A line splits when every field is a time, a byline or a short name and
    at least one field is a time or a byline.

    >>> t = "By Aisha Khan | IGN | Updated: May 18, 2025"
    >>> [t[a:b] for a, b in split_fields(t)]
    ['By Aisha Khan', 'IGN', 'Updated: May 18, 2025']
    >>> split_fields("Rock - Paper - Scissors") is None
    True
    """
    if len(text) > 200:
        return None
    if text.isascii():  # of the separator characters only "|" and "-" are ASCII
        if "|" not in text and "-" not in text:
            return None
    elif _SEPARATOR_CHAR.search(text) is None:  # no separator, no fields
        return None
    spans: list[tuple[int, int]] = []
    cursor = 0
    for m in _SEPARATOR.finditer(text):
        if m.start() > cursor:
            spans.append((cursor, m.start()))
        cursor = m.end()
    if cursor < len(text):
        spans.append((cursor, len(text)))
    if len(spans) < 2:
        return None
    cue = False
    for a, b in spans:
        field_text = text[a:b]
        if is_time_phrase(field_text) or _BYLINE.match(field_text):
            cue = True
        elif _words(field_text) > 6 or SENTENCE_END.search(field_text):
            return None
    return spans if cue else None


def name_like(line: Line) -> bool:
    """A line that could be a source's name: a few words, no sentence ending."""
    return line.kind == "plain" and line.words <= 5 and not _ends_sentence(line.block.text)


def _ends_sentence(text: str) -> bool:
    """Whether text ends like a sentence ("City A.M." and "Acme Inc." do not)."""
    return bool(SENTENCE_END.search(text)) and not _ABBREV_END.search(text)


def source_like(text: str) -> bool:
    """A short name that reads as a source: ALL CAPS or a domain."""
    letters = [c for c in text if c.isalpha()]
    return _words(text) <= 5 and (
        bool(_DOMAIN.search(text)) or (bool(letters) and text.upper() == text)
    )


# --- classified lines ---------------------------------------------------------

Kind = Literal["chrome", "section", "cue", "body", "plain"]


_NO_SLOTS: frozenset[str] = frozenset()


class Line:
    """One block as the card parser sees it.

    A plain slotted class, not a frozen dataclass: one is built per line and
    a frozen dataclass costs several times more to build. Nothing changes a
    ``Line`` after it is built.
    """

    __slots__ = ("chrome_body", "cut", "decision", "fields", "kind", "names", "slots", "words")

    def __init__(
        self,
        decision: Decision,
        kind: Kind,
        words: int,
        slots: frozenset[str] = _NO_SLOTS,  # for cues: "time", "source", "author"
        fields: tuple[Decision, ...] = (),  # for cues: header decisions it gives
        cut: tuple[Removal, ...] = (),  # separators and labels between fields
        names: frozenset[str] = _NO_SLOTS,  # source names it gives (case-folded)
        chrome_body: bool = False,  # long text a label rule called chrome
    ) -> None:
        self.decision = decision
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

    @property
    def block(self) -> Block:
        return self.decision.block


def _sub(block: Block, a: int, b: int, label: Label, name: str) -> Decision:
    text = block.text[a:b]
    return Decision(
        Block(block.index, block.start + a, block.start + b, text, block.blank_before), label, name
    )


def _gaps(block: Block, spans: list[tuple[int, int]]) -> tuple[Removal, ...]:
    r = rule("card.field_separator")
    assert r.kind is not None
    out: list[Removal] = []
    cursor = 0
    for a, b in [*spans, (len(block.text), len(block.text))]:
        if a > cursor and block.text[cursor:a].strip():
            out.append(
                Removal(block.text[cursor:a], block.start + cursor, block.start + a, r.kind, r.name)
            )
        cursor = b
    return tuple(out)


def _classify(d: Decision) -> Line:
    text = d.block.text
    words = _words(text)
    if d.kind is not None:
        if d.label is Label.SECTION_HEADER:
            return Line(d, "section", words)
        if words >= _BODY_MIN_WORDS:  # may be a card's body that a page-chrome rule took
            return Line(d, "body", words, chrome_body=True)
        return Line(d, "chrome", words)
    # each test below runs behind a cheap test of what it cannot match without
    if len(text) <= 80 and _may_be_time(text) and _TIME.match(text.strip()) is not None:
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
    spans = split_fields(text)
    if spans is not None:
        return _fields_line(d, words, spans)
    if len(text) <= 200 and (
        (text[:1] in _BYLINE_FIRST and _BYLINE.match(text)) or d.label is Label.BYLINE
    ):
        return Line(
            d,
            "cue",
            words,
            _AUTHOR_SLOT,
            (Decision(d.block, Label.BYLINE, "card.byline"),),
        )
    if words >= _BODY_MIN_WORDS or (words >= _SENTENCE_MIN_WORDS and _PERIOD_END.search(text)):
        return Line(d, "body", words)
    return Line(d, "plain", words)


def classify_lines(decisions: tuple[Decision, ...]) -> list[Line]:
    """``_classify`` of every decision; a line the page repeats is classified once.

    Pages repeat many lines ("Share", "1", a source name). A line's class
    depends on its text and label alone, except for the header fields a cue
    carries, which point into its own block: cues are classified afresh.
    """
    seen: dict[tuple[str, Label, bool], Line] = {}
    out: list[Line] = []
    for d in decisions:
        key = (d.block.text, d.label, d.kind is None)
        first = seen.get(key)
        if first is None:
            line = _classify(d)
            if line.kind != "cue":
                seen[key] = line
        else:
            line = Line(d, first.kind, first.words, chrome_body=first.chrome_body)
        out.append(line)
    return out


_TIME_SLOT = frozenset({"time"})
_SOURCE_SLOT = frozenset({"source"})
_AUTHOR_SLOT = frozenset({"author"})
_DASHES = frozenset("-–—")  # what ``_DASH_SOURCE`` starts with
_BYLINE_FIRST = frozenset("bBwWrR")  # what ``_BYLINE`` starts with


def _time_decision(d: Decision) -> Decision:
    return d if d.label is Label.TIMESTAMP else Decision(d.block, Label.TIMESTAMP, "card.timestamp")


def _fields_line(d: Decision, words: int, spans: list[tuple[int, int]]) -> Line:
    block = d.block
    slots: set[str] = set()
    fields: list[Decision] = []
    names: set[str] = set()
    kept: list[tuple[int, int]] = []
    for a, b in spans:
        text = block.text[a:b]
        if is_time_phrase(text):
            fields.append(_sub(block, a, b, Label.TIMESTAMP, "card.timestamp"))
            kept.append((a, b))
            slots.add("time")
        elif _BYLINE.match(text):
            fields.append(_sub(block, a, b, Label.BYLINE, "card.byline"))
            kept.append((a, b))
            slots.add("author")
        else:
            fields.append(_sub(block, a, b, Label.SOURCE, "card.source"))
            kept.append((a, b))
            slots.add("source")
            names.add(text.casefold())
    return Line(
        d, "cue", words, frozenset(slots), tuple(fields), _gaps(block, kept), frozenset(names)
    )
