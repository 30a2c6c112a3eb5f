"""Stage 4b for HTML pages: a related-story card of the DOM (``html.cards``) read as
a text-mode ``Segment``: its headline, header fields and prose.

The DOM found the card's blocks; its fields are read here with text mode's
readers (the labeller, ``card_lines.header_fields``), so an HTML card's
source, time and byline come out as a text card's do.

>>> from newsclean.core.types import Block
>>> from newsclean.html.cards import Card
>>> blocks = [Block(0, 0, 9, "Rail ends"), Block(1, 10, 32, "Reuters · 3 hours ago"),
...           Block(2, 33, 60, "Workers voted to accept it.")]
>>> seg = card_segment(Card(0, 0, (1,), (2,)), blocks, set())
>>> [(d.label.value, d.block.text) for d in seg.header]
[('source', 'Reuters'), ('timestamp', '3 hours ago')]
"""

from __future__ import annotations

import regex

from newsclean.core.options import Options
from newsclean.core.types import CUE_LABELS, PAGE_LABELS, Block, Decision, Label, Removal
from newsclean.html.cards import Card
from newsclean.parsers.bylines import named_outlet
from newsclean.parsers.reading_times import is_reading_time
from newsclean.stories.card_lines import (
    header_fields,
    is_field_line,
    is_section_label,
    is_time_field,
    source_like,
)
from newsclean.stories.segment import Segment
from newsclean.text.label import label_blocks

__all__ = ["card_field_line", "card_segment"]


_SOURCE_WORDS = 5  # a source's name under a card's headline: "City Desk", "BBC News"
_DIGIT = regex.compile(r"\d")


def card_field_line(text: str, language: str = "en", hint: str | None = None) -> bool:
    """Whether a line of a DOM card is one of its fields: a field line as text
    mode reads one (``card_lines.is_field_line``: a time, a byline, a desk,
    separated fields) or a reading time on its own ("10 minute read"), which
    text mode reads as a card's header cue (``line.reading_time``) though no
    field line of a flat list. Reading times are read as the labeller reads
    them: in the page's language ``hint`` and English, in every language
    without a hint.

    >>> [card_field_line(t) for t in ("10 minute read", "Reading time: 5 minutes", "Reuters")]
    [True, True, False]
    >>> card_field_line("Lesezeit: 3 Min."), card_field_line("Lesezeit: 3 Min.", hint="fr")
    (True, False)
    """
    return is_field_line(text, language) or is_reading_time(text, hint)


def card_segment(
    card: Card, blocks: list[Block | None], taken: set[int], options: Options | None = None
) -> Segment | None:
    """The text-mode segment of one card: headline, header fields, prose.

    Header candidates are labelled by the text-mode labeller: times, bylines
    and dash sources go into the header; a short line of separated fields
    ("Reuters · 3 hours ago") is split as text mode splits it. Other lines
    stay removed under the rule the DOM gave them.
    """
    options = options or Options()
    title = blocks[card.title]
    body = tuple(b for b in (blocks[k] for k in card.body) if b is not None)
    if title is None or not body:
        return None
    candidates = [(k, b) for k, b in ((k, blocks[k]) for k in card.header) if b is not None]
    header: list[Decision] = []
    cut: list[Removal] = []
    decisions = label_blocks(tuple(b for _, b in candidates), options)
    language = options.language or "en"
    names: list[tuple[int, Block]] = []  # short lines that may name the source
    for (k, b), d in zip(candidates, decisions, strict=True):
        if d.label in PAGE_LABELS:
            continue
        if (fields := header_fields(b, language)) is not None:
            header.extend(fields.fields)
            cut.extend(fields.cut)
        elif d.label in CUE_LABELS or d.label is Label.SOURCE:
            header.append(d)
        elif (parts := _name_and_time(b, language)) is not None:
            # (a source's and a time's inline elements printed as one line,
            # "<span>Harbour Times</span> <time>2h</time>")
            name, when = parts
            names.append((k, name))
            header.append(Decision(when, Label.TIMESTAMP, "card.timestamp"))
        else:
            if _name_line(b.text):
                names.append((k, b))
            continue
        taken.add(k)
    source = _source_line(card, names) if not any(f.label is Label.SOURCE for f in header) else None
    if source is not None:
        header.append(Decision(source[1], Label.SOURCE, "card.source"))
        taken.add(source[0])
    taken.add(card.title)
    taken.update(card.body)
    return Segment(role="related", title=title, header=tuple(header), body=body, removed=tuple(cut))


_TIME_WORDS = 4  # words of a time printed beside a name on one line: "5 hours ago"


def _name_and_time(b: Block, language: str) -> tuple[Block, Block] | None:
    """A line of a source's name and a time side by side with no separator,
    as a card's inline elements print them ("Harbour Times 2h", "Yesterday
    Valley News"): the name's and the time's blocks, or None.

    >>> name, when = _name_and_time(Block(0, 0, 16, "Harbour Times 2h"), "en")
    >>> name.text, when.text
    ('Harbour Times', '2h')
    >>> _name_and_time(Block(0, 0, 24, "Rail strike ends in 2025"), "en") is None
    True
    """
    words = b.text.split()
    if not 2 <= len(words) <= _SOURCE_WORDS + _TIME_WORDS:
        return None
    for k in range(1, min(_TIME_WORDS, len(words) - 1) + 1):
        for time_part, name_part in (
            (" ".join(words[-k:]), " ".join(words[:-k])),
            (" ".join(words[:k]), " ".join(words[k:])),
        ):
            # (a time in capitals beside a name goes on the name: "USA TODAY")
            if time_part.isupper() or not _named(name_part, language):
                continue
            if not is_time_field(time_part, language):
                continue
            a, c = b.text.find(time_part), b.text.find(name_part)
            return (
                Block(b.index, b.start + c, b.start + c + len(name_part), name_part, False),
                Block(b.index, b.start + a, b.start + a + len(time_part), time_part, False),
            )
    return None


def _named(text: str, language: str) -> bool:
    """An outlet's name: one the lexicons name ("... News", "Reuters") or in
    capitals or a domain, no digit, no desk name (a person's name beside a
    date is a byline's: "Brandon Story January 7th, 2008")."""
    return _name_line(text) and (named_outlet(text, language) or source_like(text))


def _name_line(text: str) -> bool:
    """A line that may be a source's name: a few words, no digit, no desk name
    ("POLITICS" above a headline is its kicker)."""
    return (
        len(text.split()) <= _SOURCE_WORDS
        and not _DIGIT.search(text)
        and not is_section_label(text)
    )


def _plain_name(text: str) -> bool:
    """A name as an outlet prints it above a headline: no quotes, bars or
    colon, and not several words in capitals ("REINDEER GAMES", "YOUR SAY" are
    kickers; "CNN" may be either)."""
    if any(c in text for c in "'\"‘’“”|:"):
        return False
    return not (text.isupper() and len(text.split()) > 1)


def _source_line(card: Card, names: list[tuple[int, Block]]) -> tuple[int, Block] | None:
    """The card's source among its name lines: one between the headline and the
    prose, else the nearest plain name above the headline (``_plain_name``),
    else the first below the prose ("Read more", "Share" the labeller calls
    chrome)."""
    between = [n for n in names if card.title < n[0] < card.body[0]]
    above = [n for n in names if n[0] < card.title and _plain_name(n[1].text)]
    below = [n for n in names if n[0] > card.body[-1]]
    found = between[:1] or above[-1:] or below[:1]
    return found[0] if found else None
