"""Stage 6: a segment's lines become an ``Article``.

The assembler decides the records (inline removals, the spaces repaired
into run-together sentences, stray spaces before punctuation) and then
renders every paragraph from the normalised text and those records alone
(``render``), so the output can always be rebuilt from the input and the
records.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime, tzinfo

import regex

from newsclean.core import lexicon
from newsclean.core.fastinit import builder
from newsclean.core.options import Options
from newsclean.core.types import (
    Article,
    Block,
    Decision,
    Edit,
    Label,
    Removal,
    Sentence,
    Span,
    Timestamp,
)
from newsclean.parsers.bylines import byline_line, parse_byline
from newsclean.parsers.sentences import find_joins, sentence_bounds
from newsclean.parsers.timestamps import parse_timestamp
from newsclean.stories.card_lines import is_section_label
from newsclean.stories.segment import Segment
from newsclean.text.inline import scan

__all__ = ["assemble", "render"]

_SPACE_BEFORE_PUNCT = regex.compile(r"(?<=[\w\"'”’)]) (?=[.,;:!?]+(?:\s|$))")
_SOURCE_DASH = regex.compile(r"^[-–—]\s*")
# A space and the mark after it: what every ``_SPACE_BEFORE_PUNCT`` match starts with.
_SPACE_PUNCT = re.compile(" [.,;:!?]")
# Where a source line's pieces part: a spaced mark, or a comma.
_SOURCE_PIECES = regex.compile(r"(?<!\s)\s++[•·|–—-]\s+|,\s+")
_HANDLE = regex.compile(r"[@#]")
# A number standing alone: no letter or digit glued to it.
_ALONE = regex.compile(r"(?<![\p{L}\d])\d+(?![\p{L}\d])")
# Every language's month names: a number after one is a date the byline kept.
_MONTHS = frozenset(m for lang in lexicon.languages() for m in lexicon.table(lang, "time_months"))
_OUTLET_NUMBER_DIGITS = 2  # "France 24", "Channel 4"; a year or a counter has more


def render(
    text: str, start: int, end: int, removed: Sequence[Removal], edits: Sequence[Edit]
) -> str:
    """The paragraph ``text[start:end]`` leaves once records are applied.

    Removed pieces are cut out, edits applied, and the kept pieces joined
    with single spaces.

    >>> from newsclean.core.types import RemovalKind
    >>> t = "Said it.read more Then"
    >>> cut = [Removal("read more", 8, 17, RemovalKind.READ_MORE, "inline.read_more")]
    >>> render(t, 0, len(t), cut, [Edit(8, 8, " ", "edit.join")])
    'Said it. Then'
    """
    pieces: list[str] = []
    cursor = start
    for r in removed:
        if r.end <= start or r.start >= end:
            continue
        if r.start > cursor:
            pieces.append(_apply(text, cursor, r.start, edits))
        cursor = max(cursor, r.end)
    if cursor < end:
        pieces.append(_apply(text, cursor, end, edits))
    return " ".join(p for p in (piece.strip() for piece in pieces) if p)


def _apply(text: str, start: int, end: int, edits: Sequence[Edit]) -> str:
    out: list[str] = []
    cursor = start
    for e in edits:
        # an insertion at the piece's end is dropped: pieces are joined by a space anyway
        if e.start < cursor or e.end > end or e.start == e.end == end:
            continue
        out.append(text[cursor : e.start])
        out.append(e.replacement)
        cursor = e.end
    out.append(text[cursor:end])
    return "".join(out)


def assemble(
    segment: Segment,
    text: str,
    *,
    reference_time: datetime | None = None,
    options: Options | None = None,
    zone: tzinfo | None = None,
) -> Article:
    """Build the article of one segment; ``text`` is the normalised page.

    ``zone`` is where a time the header prints without a zone is read (the
    page's local zone, ``parsers.local_zones``); None: the reference's, else UTC.
    """
    options = options or Options()
    language = options.language or "en"
    title = segment.title.text if segment.title else None
    spans: list[Span] = []
    if segment.title:
        spans.append(Span(segment.title.start, segment.title.end, "title"))
    source, published, authors = _header(segment.header, spans, reference_time, language, zone)

    removed: list[Removal] = []
    edits: list[Edit] = []
    credit: str | None = None
    chapters: tuple[tuple[str, str], ...] = ()
    summary: str | None = None
    paragraphs: list[str] = []
    repair = options.repair_joins
    # French sets a space before ?!:; on purpose.
    drop_spaces = (options.language or "en") != "fr"
    for i, block in enumerate(segment.body):
        found = scan(block, title=title if i == 0 else None, language=language)
        cut = found.removed
        if cut:  # most blocks have nothing removed: a credit or chapters come with a removal
            removed.extend(cut)
            credit = found.credit or credit
            chapters = found.chapters or chapters
            pieces = _split_at_read_more(block, cut)
        else:
            pieces = [(block.start, block.end)]
        for j, (start, stop) in enumerate(pieces):
            block_edits = _edits(text, start, stop, cut, repair, drop_spaces)
            edits.extend(block_edits)
            if cut or block_edits:
                paragraph = render(text, start, stop, cut, block_edits)
            else:
                # what render gives for one untouched piece: with nothing cut it
                # is the whole block, whose text is already a slice of ``text``
                paragraph = block.text.strip()
            if not paragraph:
                continue
            is_teaser = i == 0 and j == 0 and stop < block.end
            if is_teaser:
                summary = paragraph
                spans.append(_span(start, stop, "summary"))
            else:
                paragraphs.append(paragraph)
                spans.append(_span(start, stop, "body"))
    body = "\n\n".join(paragraphs)
    return Article(
        role=segment.role,
        title=title,
        text=body,
        paragraphs=tuple(paragraphs),
        sentences=_sentences(paragraphs, language),
        summary=summary,
        source=source,
        authors=authors,
        published=published,
        credit=credit,
        chapters=chapters,
        removed=tuple(removed),
        edits=tuple(edits),
        spans=tuple(spans),
    )


def _header(
    header: Iterable[Decision],
    spans: list[Span],
    reference_time: datetime | None,
    language: str,
    zone: tzinfo | None = None,
) -> tuple[str | None, Timestamp | None, tuple[str, ...]]:
    source: str | None = None
    published: Timestamp | None = None
    authors: tuple[str, ...] = ()
    for d in header:
        b = d.block
        if d.label is Label.TIMESTAMP:
            if published is None:  # the first date read wins: later lines are not parsed
                published = parse_timestamp(
                    b.text, reference_time=reference_time, language=language, zone=zone
                )
            spans.append(Span(b.start, b.end, "published"))
        elif d.label is Label.SOURCE:
            source = source or _source_name(_SOURCE_DASH.sub("", b.text).strip(), language)
            spans.append(Span(b.start, b.end, "source"))
        elif d.label is Label.BYLINE:
            byline = parse_byline(
                b.text, reference_time=reference_time, language=language, zone=zone
            )
            authors = authors or byline.authors
            source = source or _plausible_source(byline.source)
            published = published or byline.timestamp
            spans.append(Span(b.start, b.end, "byline"))
        else:
            source = source or _source_name(b.text.strip(), language)
            spans.append(Span(b.start, b.end, "source"))
    return source, published, authors


def _source_name(text: str, language: str) -> str:
    """A source line's outlet, without the desk or byline printed beside it:
    the one piece, split at a separator, that is neither ("Sky News, Markets",
    "Science • Salon.com", "Reuters, By Jane Doe"); the line itself when no
    piece or more than one is left.

    >>> _source_name("Science • Salon.com", "en"), _source_name("Reuters, By Jane Doe", "en")
    ('Salon.com', 'Reuters')
    >>> _source_name("Hindustan Times, New Delhi", "en")
    'Hindustan Times, New Delhi'
    """
    pieces = _SOURCE_PIECES.split(text)
    if len(pieces) < 2:
        return text
    kept = [p for p in pieces if not is_section_label(p) and not byline_line(p, language)]
    return kept[0] if len(kept) == 1 and kept[0] else text


def _plausible_source(name: str | None) -> str | None:
    """A byline's source, unless it carries dates, handles or counters (parse debris).

    A number standing alone ("Regan September 15", "12 comments") is debris;
    digits glued to letters belong to an outlet's name ("News18", "9News").

    >>> _plausible_source("News18"), _plausible_source("Regan September 15")
    ('News18', None)
    >>> _plausible_source("France 24"), _plausible_source("12 comments")
    ('France 24', None)
    """
    if not name or len(name.split()) > 6 or _HANDLE.search(name) or _dated(name):
        return None
    return name


def _dated(name: str) -> bool:
    """Whether a number stands alone in a byline's source as a date or a
    counter does: more than two digits, after a month's name, or before a
    word ("Regan September 15", "2019", "12 comments"); an outlet's number
    ends its name ("France 24") or is glued to it ("News18")."""
    for m in _ALONE.finditer(name):
        before = name[: m.start()].split()[-1:]
        if (
            len(m.group()) > _OUTLET_NUMBER_DIGITS
            or name[m.end() :].strip()
            or (before and before[0].rstrip(".,").lower() in _MONTHS)
        ):
            return True
    return False


def _split_at_read_more(block: Block, removed: Sequence[Removal]) -> list[tuple[int, int]]:
    cuts = [r for r in removed if r.rule == "inline.read_more"]
    out: list[tuple[int, int]] = []
    cursor = block.start
    for r in cuts:
        out.append((cursor, r.start))
        cursor = r.end
    out.append((cursor, block.end))
    return out


def _edits(
    text: str,
    start: int,
    stop: int,
    removed: Sequence[Removal],
    repair: bool,
    drop_spaces: bool,
) -> list[Edit]:
    """Edits for ``text[start:stop]``: joins repaired, stray spaces dropped."""
    edits: list[Edit] = []
    for a, b in _kept(start, stop, removed) if removed else [(start, stop)]:
        for p in find_joins(text[a:b]) if repair else ():
            edits.append(Edit(a + p, a + p, " ", "edit.join"))
        # The pattern runs only where a space stands before a punctuation mark (rare).
        if drop_spaces and _SPACE_PUNCT.search(text, a, b):
            edits.extend(
                Edit(m.start(), m.end(), "", "edit.space_before_punct")
                for m in _SPACE_BEFORE_PUNCT.finditer(text, a, b)
            )
    if len(edits) > 1:
        edits.sort(key=lambda e: (e.start, e.end))
    return edits


def _kept(start: int, stop: int, removed: Sequence[Removal]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    cursor = start
    for r in removed:
        if r.end <= start or r.start >= stop:
            continue
        if r.start > cursor:
            out.append((cursor, r.start))
        cursor = max(cursor, r.end)
    if cursor < stop:
        out.append((cursor, stop))
    return out


_sentence = builder(Sentence)  # (``Sentence(...)`` without the class call)
_span = builder(Span)  # (one a paragraph)


def _sentences(paragraphs: Sequence[str], language: str) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    offset = 0
    for p in paragraphs:
        # one Sentence each, made with its offset into the body text (a plain
        # loop: a generator per paragraph cost more than the appends)
        for a, b in sentence_bounds(p, language=language):
            out.append(_sentence(p[a:b], a + offset, b + offset))
        offset += len(p) + 2
    return tuple(out)
