"""Stage 4b: the page cut into stories: the main one, then related cards.

A card is a header (short lines: source, time, "- source", byline, the
headline) followed by body text. The first section header ("Related
Articles") or the first card header after body text ends the main story.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from newsclean._types import Block, Decision, Label, Removal
from newsclean.content import select_main
from newsclean.options import Options
from newsclean.rules import rule

__all__ = ["Segment", "segment"]


@dataclass(frozen=True, slots=True)
class Segment:
    """One story's lines: headline, header lines (source, time, byline) and body."""

    role: Literal["main", "related"]
    title: Block | None
    header: tuple[Decision, ...]
    body: tuple[Block, ...]
    removed: tuple[Removal, ...] = ()


_HEADER_LABELS = frozenset({Label.SOURCE, Label.TIMESTAMP, Label.BYLINE, Label.SHORT})


def segment(decisions: tuple[Decision, ...], options: Options | None = None) -> tuple[Segment, ...]:
    """Cut labelled blocks into a main segment and card segments.

    Returns segments in page order; page-level removals (section headers,
    chrome between cards) ride on the segment they precede or follow.
    """
    options = options or Options()
    cut = next((i for i, d in enumerate(decisions) if d.label is Label.SECTION_HEADER), None)
    main_part = decisions if cut is None or not options.split_cards else decisions[:cut]
    segments: list[Segment] = []
    main = select_main(main_part, options)
    if main.body or main.title:
        segments.append(Segment("main", main.title, (), main.body, main.removed))
    elif main.removed:
        segments.append(Segment("main", None, (), (), main.removed))
    if cut is None or not options.split_cards:
        return tuple(segments)
    header_removal = _removal(decisions[cut])
    segments.extend(_cards(decisions[cut + 1 :], header_removal))
    return tuple(s for s in segments if s.body or s.title or s.removed)


def _cards(decisions: tuple[Decision, ...], lead: Removal) -> list[Segment]:
    cards: list[Segment] = []
    pending: list[Removal] = [lead]
    header: list[Decision] = []
    body: list[Block] = []
    title: Block | None = None

    def flush() -> None:
        nonlocal header, body, title, pending
        if body or title:
            cards.append(Segment("related", title, tuple(header), tuple(body), tuple(pending)))
            pending = []
        header, body, title = [], [], None

    for d in decisions:
        if d.kind is not None:
            pending.append(_removal(d))
            continue
        if d.label in _HEADER_LABELS:
            if body:
                flush()
            header.append(d)
            continue
        # body text: the last short header line is the headline
        if title is None and not body:
            shorts = [h for h in header if h.label is Label.SHORT]
            if shorts:
                title = shorts[-1].block
                header = [h for h in header if h.block is not title]
            elif header or not cards:
                title = d.block
                continue
        body.append(d.block)
    flush()
    if pending and cards:
        last = cards[-1]
        cards[-1] = Segment(last.role, last.title, last.header, last.body, last.removed + tuple(pending))
    return cards


def _removal(d: Decision) -> Removal:
    r = rule(d.rule)
    assert r.kind is not None
    return Removal(d.block.text, d.block.start, d.block.end, r.kind, d.rule)
