"""Stage 4b: the page cut into stories: the main one, then related cards.

A card is a short header (source, time, "- source", byline, headline, in
any order a site likes) followed by body text. Cards are found from
structure, not from known strings:

* a *cue* is a header line that only a card or story header has: a time
  phrase ("2 hours ago", "Updated: May 18, 2025"), a "- Source" line, a
  byline, or a line of fields ("NBC News · 3 hours ago",
  "By A | Source | Updated: <time>");
* walking back from a body line (long text) over the short lines above it,
  the header is the longest run that fills each slot (time, source,
  author) at most once and holds at most one headline and one plain
  source line; a header must hold a cue;
* the headline is the longer of the plain lines (a short, capitalised or
  dotted one is the source); when the header has none, a short first body
  line followed by a much longer one is the headline;
* the first card header after the main story's body ends the main story,
  whether or not a section header ("Related Articles", or a line no
  lexicon knows) precedes it. A "Related articles" link list inside the
  story has no cues and no bodies, so it does not start cards.

>>> from newsclean.label import label_blocks
>>> from newsclean.text_blocks import split_blocks
>>> body = "The council approved the plan on Monday after a long debate. " * 4
>>> page = (f"Council backs plan\\n{body}\\nMore from us\\nReuters · 2 hours ago\\n"
...         f"Markets rally on rate hopes\\n{body}")
>>> segs = segment(label_blocks(split_blocks(page)))
>>> [(s.role, s.title.text if s.title else None) for s in segs]
[('main', 'Council backs plan'), ('related', 'Markets rally on rate hopes')]
>>> [(d.label.value, d.block.text) for d in segs[1].header]
[('source', 'Reuters'), ('timestamp', '2 hours ago')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

import regex

from newsclean._fastinit import fast_init
from newsclean._types import Block, Decision, Label, Removal
from newsclean.content import select_main
from newsclean.lexicon import entries, table
from newsclean.options import Options
from newsclean.rules import rule

__all__ = ["Segment", "is_time_phrase", "segment", "split_fields"]


@dataclass(frozen=True, slots=True)
class Segment:
    """One story's lines: headline, header lines (source, time, byline) and body."""

    role: Literal["main", "related"]
    title: Block | None
    header: tuple[Decision, ...]
    body: tuple[Block, ...]
    removed: tuple[Removal, ...] = ()


# --- line shapes -------------------------------------------------------------

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
_SENTENCE_END = regex.compile(r"[.!?…。！？][\"'”’)\]]*$")
_ABBREV_END = regex.compile(
    r"(?:\b\p{L}\.){1,4}$|\b(?:inc|co|corp|ltd|llc|plc|jr|sr|st|bros|no)\.$", regex.IGNORECASE
)
_PERIOD_END = regex.compile(r"[.…。][\"'”’)\]]*$")

_TITLE_MAX_WORDS = 30  # a longer line is body text, never a headline
_BODY_MIN_WORDS = 30  # a line this long is body text whatever its ending
_SENTENCE_MIN_WORDS = 8  # ... and so is a shorter one ending in a period
_MAIN_MIN_WORDS = 40  # body words the main story needs before a card may start
_WINDOW = 8  # header lines looked at above a body line
_SHORT_BODY_WORDS = 6  # a card body shorter than this is a heading, not text
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
        elif _words(field_text) > 6 or _SENTENCE_END.search(field_text):
            return None
    return spans if cue else None


def _name_like(line: _Line) -> bool:
    """A line that could be a source's name: a few words, no sentence ending."""
    return line.kind == "plain" and line.words <= 5 and not _ends_sentence(line.block.text)


def _ends_sentence(text: str) -> bool:
    """Whether text ends like a sentence ("City A.M." and "Acme Inc." do not)."""
    return bool(_SENTENCE_END.search(text)) and not _ABBREV_END.search(text)


def _source_like(text: str) -> bool:
    """A short name that reads as a source: ALL CAPS or a domain."""
    letters = [c for c in text if c.isalpha()]
    return _words(text) <= 5 and (
        bool(_DOMAIN.search(text)) or (bool(letters) and text.upper() == text)
    )


# --- classified lines ---------------------------------------------------------

Kind = Literal["chrome", "section", "cue", "body", "plain"]


_NO_SLOTS: frozenset[str] = frozenset()


class _Line:
    """One block as the card parser sees it.

    A plain slotted class, not a frozen dataclass: one is built per line and
    a frozen dataclass costs several times more to build. Nothing changes a
    ``_Line`` after it is built.
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


def _classify(d: Decision) -> _Line:
    text = d.block.text
    words = _words(text)
    if d.kind is not None:
        if d.label is Label.SECTION_HEADER:
            return _Line(d, "section", words)
        if words >= _BODY_MIN_WORDS:  # may be a card's body that a page-chrome rule took
            return _Line(d, "body", words, chrome_body=True)
        return _Line(d, "chrome", words)
    # each test below runs behind a cheap test of what it cannot match without
    if len(text) <= 80 and _may_be_time(text) and _TIME.match(text.strip()) is not None:
        return _Line(d, "cue", words, _TIME_SLOT, (_time_decision(d),))
    dash = _DASH_SOURCE.match(text) if text[:1] in _DASHES else None
    if dash and words <= 6 and not _ends_sentence(text):
        source = Decision(d.block, Label.SOURCE, "card.source_dash")
        return _Line(
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
        return _Line(
            d,
            "cue",
            words,
            _AUTHOR_SLOT,
            (Decision(d.block, Label.BYLINE, "card.byline"),),
        )
    if words >= _BODY_MIN_WORDS or (words >= _SENTENCE_MIN_WORDS and _PERIOD_END.search(text)):
        return _Line(d, "body", words)
    return _Line(d, "plain", words)


def _classify_all(decisions: tuple[Decision, ...]) -> list[_Line]:
    """``_classify`` of every decision; a line the page repeats is classified once.

    Pages repeat many lines ("Share", "1", a source name). A line's class
    depends on its text and label alone, except for the header fields a cue
    carries, which point into its own block: cues are classified afresh.
    """
    seen: dict[tuple[str, Label, bool], _Line] = {}
    out: list[_Line] = []
    for d in decisions:
        key = (d.block.text, d.label, d.kind is None)
        first = seen.get(key)
        if first is None:
            line = _classify(d)
            if line.kind != "cue":
                seen[key] = line
        else:
            line = _Line(d, first.kind, first.words, chrome_body=first.chrome_body)
        out.append(line)
    return out


_TIME_SLOT = frozenset({"time"})
_SOURCE_SLOT = frozenset({"source"})
_AUTHOR_SLOT = frozenset({"author"})
_DASHES = frozenset("-–—")  # what ``_DASH_SOURCE`` starts with
_BYLINE_FIRST = frozenset("bBwWrR")  # what ``_BYLINE`` starts with


def _time_decision(d: Decision) -> Decision:
    return d if d.label is Label.TIMESTAMP else Decision(d.block, Label.TIMESTAMP, "card.timestamp")


def _fields_line(d: Decision, words: int, spans: list[tuple[int, int]]) -> _Line:
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
    return _Line(
        d, "cue", words, frozenset(slots), tuple(fields), _gaps(block, kept), frozenset(names)
    )


# --- card headers -------------------------------------------------------------


@fast_init
@dataclass(frozen=True, slots=True)
class _Header:
    """A card header fitted above a body line: lines ``start`` .. ``end`` (exclusive)."""

    start: int
    end: int
    title: int | None
    header: tuple[Decision, ...]
    cut: tuple[Removal, ...]
    slots: frozenset[str]
    body_start: int  # the first body line (the headline may be the line at ``end``)


def _fit(lines: list[_Line], lo: int, end: int) -> _Header | None:
    """The card header ending right above line ``end``, using lines >= ``lo``."""
    slots: set[str] = set()
    names: set[str] = set()
    plains: list[int] = []
    dups: list[int] = []
    start = end
    j = end - 1
    while j >= lo and end - j <= _WINDOW:
        ln = lines[j]
        if ln.kind == "cue":
            if ln.slots & slots:
                break
            slots |= ln.slots
            names |= ln.names
        elif (ln.kind == "plain" and ln.words <= _TITLE_MAX_WORDS) or ln.weak:
            if ln.block.text.casefold() in names:
                dups.append(j)
            elif len(plains) < (1 if "source" in slots else 2):
                plains.append(j)
            else:
                break
        else:
            break
        start = j
        j -= 1
    # plain lines above the first cue are kept only as the headline or a source
    if not slots:
        return None
    title: int | None = None
    source: int | None = None
    if len(plains) == 2:
        a, b = sorted(plains, key=lambda i: (lines[i].words, len(lines[i].block.text)))
        if _source_like(lines[b].block.text) and not _source_like(lines[a].block.text):
            a, b = b, a
        if _name_like(lines[a]):
            title, source = b, a
        else:  # two headline-like lines: the one nearer the body is the headline
            title, start = plains[0], plains[1] + 1
    elif len(plains) == 1:
        only = plains[0]
        if "source" in slots or not _source_like(lines[only].block.text):
            title = only
        else:
            source = only
    body_start = end
    if title is None or (source is None and "source" not in slots and lines[title].words <= 4):
        nxt = _next_content(lines, end)
        if (
            nxt is not None
            and lines[end].kind in ("body", "plain")
            and not lines[end].chrome_body
            and lines[end].words <= _TITLE_MAX_WORDS * 5 // 6
            and lines[nxt].kind == "body"
            and lines[nxt].words >= 2 * lines[end].words
        ):
            if title is not None:
                source = title
            title = end
            body_start = nxt
    header: list[Decision] = []
    cut: list[Removal] = []
    for i in range(start, end):
        ln = lines[i]
        if i == title:
            continue
        if ln.kind == "cue":
            header.extend(ln.fields)
            cut.extend(ln.cut)
        else:
            header.append(Decision(ln.block, Label.SOURCE, "card.source"))
    if source is not None:
        slots.add("source")
    return _Header(start, end, title, tuple(header), tuple(cut), frozenset(slots), body_start)


def _next_content(lines: list[_Line], i: int) -> int | None:
    for j in range(i + 1, len(lines)):
        if lines[j].kind not in ("chrome", "section"):
            return j
    return None


def _strong(h: _Header) -> bool:
    """A header that can start cards without a section header above it."""
    return h.title is not None and "time" in h.slots and len(h.slots) >= 2


def _card_starts(lines: list[_Line]) -> list[_Header]:
    """Every card header on the page, in page order (may overlap the main story)."""
    found: list[_Header] = []
    for i, ln in enumerate(lines):
        if ln.kind != "body" or i == 0:
            continue
        above = lines[i - 1]
        if above.kind == "body" and not above.weak:
            continue
        if ln.chrome_body and above.kind not in ("cue", "plain"):
            continue
        found.extend(_fit_window(lines, i, strong=False))
    # a last card with a short body: the page's last line is its body
    last = len(lines) - 1
    while last >= 0 and lines[last].kind in ("chrome", "section"):
        last -= 1
    if last > 0 and _short_body(lines[last]):
        found.extend(_fit_window(lines, last, strong=True))
    out: list[_Header] = []
    for h in sorted(found, key=lambda h: (h.start, -h.body_start)):
        if out and h.start < out[-1].body_start:
            continue
        out.append(h)
    return out


def _short_body(line: _Line) -> bool:
    """A line that may be a card's whole (short) body: text, not a heading."""
    return (line.kind == "plain" or line.weak) and line.words >= _SHORT_BODY_WORDS


def _fit_window(lines: list[_Line], end: int, *, strong: bool) -> list[_Header]:
    """Headers above the body at ``end``, nested ones (cards with a short body) first."""
    h = _fit(lines, 0, end)
    if h is None or (strong and not _strong(h)):
        return []
    out = [h]
    # a card with a short body: the line above this header is its body
    rest = h.start - 1
    while rest > 0 and _short_body(lines[rest]):
        inner = _fit(lines, 0, rest)
        if inner is None or not _strong(inner):
            break
        out.insert(0, inner)
        rest = inner.start - 1
    return out


# --- the segmentation --------------------------------------------------------


def segment(decisions: tuple[Decision, ...], options: Options | None = None) -> tuple[Segment, ...]:
    """Cut labelled blocks into a main segment and card segments.

    Returns segments in page order; page-level removals (section headers,
    chrome between cards) ride on the segment they precede or follow.
    """
    options = options or Options()
    lines = _classify_all(decisions)
    starts = _card_starts(lines) if options.split_cards else []
    first = _first_card(lines, starts, options.implicit_card_max_ratio)
    main_part = list(decisions if first is None else decisions[: starts[first].start])
    if first is not None:
        _mark_unknown_header(lines, main_part, starts[first].start)
    segments: list[Segment] = []
    main = select_main(tuple(main_part), options)
    if main.body or main.title or main.removed:
        segments.append(Segment("main", main.title, main.header, main.body, main.removed))
    if first is not None:
        segments.extend(_cards(lines, starts[first:]))
    return tuple(s for s in segments if s.body or s.title or s.removed)


def _first_card(lines: list[_Line], starts: list[_Header], max_ratio: float) -> int | None:
    """Index (into ``starts``) of the card that ends the main story, if any.

    After a section header any card header will do; without one, the header
    must be strong, every card from it to the page's end compact, and its
    body at most ``max_ratio`` times the story text above it.
    """
    compact = [_compact(lines, h, starts[k + 1 : k + 2]) for k, h in enumerate(starts)]
    implicit: int | None = None
    for k, h in enumerate(starts):
        before = sum(
            ln.words for ln in lines[: h.start] if ln.kind == "body" and not ln.chrome_body
        )
        if before < _MAIN_MIN_WORDS:
            continue
        if _after_section(lines, h.start):
            return k
        if (
            implicit is None
            and _strong(h)
            and all(compact[k:])
            # the story's own header (date, byline above its body) would
            # otherwise pass for a card that dwarfs the "story" above it
            and _body_words(lines, h, starts[k + 1 : k + 2]) <= max_ratio * before
        ):
            implicit = k
    return implicit


def _body_words(lines: list[_Line], h: _Header, following: list[_Header]) -> int:
    """Words of running text in the card that ``h`` heads."""
    stop = following[0].start if following else len(lines)
    return sum(
        ln.words for ln in lines[h.body_start : stop] if ln.kind == "body" and not ln.chrome_body
    )


def _compact(lines: list[_Line], h: _Header, following: list[_Header]) -> bool:
    """Whether the card's body is running text, not text among menus and link lines.

    A story's own header above its body, or a teaser box in the page's
    furniture, is followed by many short lines before the next card; the
    last card may be followed by a footer.
    """
    stop = following[0].start if following else len(lines)
    span = [ln for ln in lines[h.body_start : stop] if ln.kind != "chrome"]
    last = max((n for n, ln in enumerate(span) if ln.kind == "body"), default=-1)
    if not following:
        span = span[: last + 1]
    shorts = sum(1 for ln in span if ln.kind in ("plain", "cue"))
    bodies = sum(1 for ln in span if ln.kind == "body")
    return shorts <= max(2, bodies // 2)


def _after_section(lines: list[_Line], start: int) -> bool:
    """Whether a section header sits right above line ``start`` (chrome between is fine)."""
    i = start - 1
    while i >= 0 and lines[i].kind == "chrome":
        i -= 1
    return i >= 0 and lines[i].kind == "section"


def _mark_unknown_header(lines: list[_Line], main_part: list[Decision], cut: int) -> None:
    """A short heading line right above the first card is a section header."""
    i = cut - 1
    while i >= 0 and lines[i].kind == "chrome":
        i -= 1
    if i < 0 or lines[i].kind != "plain":
        return
    ln = lines[i]
    if (
        ln.words <= 6
        and not _SENTENCE_END.search(ln.block.text)
        and i > 0
        and lines[i - 1].kind != "section"
    ):
        r = rule("card.section_header")
        main_part[i] = Decision(ln.block, Label.SECTION_HEADER, r.name, r.kind, r.reason)


def _cards(lines: list[_Line], starts: list[_Header]) -> list[Segment]:
    out: list[Segment] = []
    for k, h in enumerate(starts):
        stop = starts[k + 1].start if k + 1 < len(starts) else len(lines)
        removed = list(h.cut)
        span = [lines[i] for i in range(h.body_start, stop)]
        last = max(
            (
                n
                for n, ln in enumerate(span)
                if ln.kind == "body" or ln.decision.label is Label.BODY
            ),
            default=-1,
        )
        if last < 0 and span and span[0].kind == "plain":
            last = 0  # a short body
        body: list[Block] = []
        for n, ln in enumerate(span):
            if ln.kind in ("chrome", "section") or (ln.chrome_body and n > 0):
                removed.append(_removal(ln.decision))
            elif n <= last:
                body.append(ln.block)
            else:
                removed.append(_removal(ln.decision, "card.stray"))
        title = lines[h.title].block if h.title is not None else None
        out.append(
            Segment(
                "related",
                title,
                h.header,
                tuple(body),
                tuple(sorted(removed, key=lambda r: r.start)),
            )
        )
    return out


def _removal(d: Decision, name: str | None = None) -> Removal:
    r = rule(name or d.rule)
    assert r.kind is not None
    return Removal(d.block.text, d.block.start, d.block.end, r.kind, r.name)
