"""Stage 4b: the page cut into stories: the main one, then related cards.

A card is a short header (source, time, "- source", byline, headline, in
any order a site likes) followed by body text. Cards are found from
structure, not from known strings, in stages, one module each, the data
flowing one way:

1. ``stories.headers``: card headers fitted above body lines (a *cue*, a
   header line only a card or story header has, is ``stories.card_lines``');
2. ``stories.story_end``: the first card header after the main story's body
   (prose: a flattened menu is long but no story) ends it, whether or not a
   section header precedes it;
3. ``stories.list_starts``: where a list starts that no card header showed
   (a section header, a heading no lexicon knows, a footer, a kicker...);
4. ``stories.list_growth``: the cards above a list's first taken back;
5. ``stories.title_post``: fields, sources and ranks read off the cards'
   headlines, pleas and repeated cards dropped.

Each list, up to the next section header, is read whole by
``stories.card_list``. This module runs the stages in order (``segment``)
and turns the cards into segments. A "Related articles" link list inside
the story has no cues and no bodies, so it does not start cards.

>>> from newsclean.text.label import label_blocks
>>> from newsclean.text.blocks import split_blocks
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

import dataclasses
from collections.abc import Container
from itertools import pairwise

from newsclean.core.options import Options
from newsclean.core.rules import removal, rule
from newsclean.core.types import PAGE_LABELS, Block, Decision, Label, Removal, RemovalKind
from newsclean.stories.card_lines import Line, classify_lines, ends_with_mark, line_above, settle
from newsclean.stories.card_list import read_list
from newsclean.stories.card_type import MAIN_MIN_WORDS, Card
from newsclean.stories.headers import (
    WINDOW,
    Header,
    card_starts,
    from_headers,
    without_template_titles,
)
from newsclean.stories.link_cards import linked_lines, merged
from newsclean.stories.list_growth import Above, grown, headed
from newsclean.stories.list_shape import LEGAL, list_like, prose_words, readable
from newsclean.stories.list_starts import implicit_list
from newsclean.stories.rails import field_rail, rail_span
from newsclean.stories.segment_type import Segment
from newsclean.stories.story_end import (
    cut_at,
    first_card,
    story_in_cards,
    story_last,
    story_resumes,
)
from newsclean.stories.title_post import (
    title_fields,
    title_ranks,
    title_sources,
    without_pleas,
    without_repeats,
)
from newsclean.stories.title_prefix import title_prefixes
from newsclean.text.content import headline_matches, pick_candidates, select_main

__all__ = [
    "Segment",
    "segment",
    "title_fields",
    "title_ranks",
    "title_sources",
    "without_repeats",
]


def segment(
    decisions: tuple[Decision, ...],
    options: Options | None = None,
    *,
    title: str | None = None,
    links: tuple[int, ...] = (),
) -> tuple[Segment, ...]:
    """Cut labelled blocks into a main segment and card segments.

    Returns segments in page order; page-level removals (section headers,
    chrome between cards) ride on the segment they precede or follow.
    ``title``: the page's title as its markup states it (``select_main``).
    ``links``: where the lines start that the markup printed as whole links
    (``Normalized.links``; ``stories.link_cards``).
    """
    options = options or Options()
    language = options.language or "en"
    lines = classify_lines(decisions, language)
    linked = linked_lines(links, [d.block.start for d in decisions]) if links else frozenset()
    starts = card_starts(lines, language) if options.split_cards else []
    # a header whose headline repeats the page's title (its <title>) is the
    # story's own header, not a related card's
    heads = _PageTitles(decisions, title)
    if starts:
        starts = [h for h in starts if h.title not in heads]
        starts = without_template_titles(lines, starts)
    prose = prose_words(lines)  # (body kinds do not change when short lines settle)
    first = first_card(lines, starts, prose, options)
    cards: list[Card] = []
    if options.split_cards:
        cards = _lists(lines, starts, first, prose, heads, language, options, linked)
    resume = story_resumes(lines, cards[0].top) if cards else None
    if resume is not None:  # (a box of other stories inside the story: it goes on below)
        cards = cut_at(cards, resume)
    main_part = list(decisions if not cards else decisions[: cards[0].top])
    if resume is not None and cards:
        marker = lines[resume].block
        main_part += [
            Decision(marker, Label.CHROME, "line.story_resumes", RemovalKind.CHROME),
            *decisions[resume + 1 :],
        ]
    if cards:  # the cards' lines are read as cue or plain from here on (not the story's)
        for i in range(cards[0].top, len(lines)):
            settle(lines, i, language)
        _mark_unknown_header(lines, main_part, cards[0].top, language)
    segments: list[Segment] = []
    main = select_main(tuple(main_part), options, title=title, heads=heads.above(len(main_part)))
    if cards and story_in_cards(main.body, cards, prose):
        cards = []
        main = select_main(decisions, options, title=title, heads=heads.above(len(decisions)))
    elif cards and story_last(main.body, cards, prose):
        # the list's last "card" is the page's story, the cards above it a
        # rail the page opens with (read again from the top: its first cards
        # had no story above them to be found by)
        top = cards[-1].top
        cards = cards[:-1]
        again = _contiguous(read_list(lines, 0, top, language))
        if len(again) > len(cards) and readable(lines, again, heads):
            cards = again
        shift = [h - top for h in heads.above(len(decisions)) if h >= top]
        main = select_main(decisions[top:], options, title=title, heads=shift)
        # (the lines above the rail, a menu or its heading, are removed)
        above = [
            _removal(d, None if d.label in PAGE_LABELS else "content.outside")
            for d in decisions[: cards[0].top if cards else top]
        ]
        main = dataclasses.replace(
            main, removed=tuple(sorted((*above, *main.removed), key=lambda r: r.start))
        )
    if main.body or main.title or main.removed:
        segments.append(Segment("main", main.title, main.header, main.body, main.removed))
    if cards:
        segments.extend(
            without_pleas(
                title_prefixes(
                    title_sources(
                        title_fields(title_ranks(_segments(lines, cards)), options.language)
                    ),
                    options.language,
                )
            )
        )
        segments, repeats = without_repeats(segments, lambda s: s)
        if repeats:  # page-level removals ride on a segment (the last)
            last = segments[-1]
            removed = tuple(sorted((*last.removed, *repeats), key=lambda r: r.start))
            segments[-1] = dataclasses.replace(last, removed=removed)
    return tuple(s for s in segments if s.body or s.title or s.removed)


class _PageTitles:
    """Positions of the lines that repeat the page's title (``headline_candidates``),
    found when first asked: most pages have no card to check against them.
    The lines are looked for once a page: ``select_main`` is given them too."""

    __slots__ = ("_decisions", "_found", "_matches", "_title")

    def __init__(self, decisions: tuple[Decision, ...], title: str | None = None) -> None:
        self._decisions = decisions
        self._title = title
        self._matches: tuple[list[int], list[int]] | None = None
        self._found: frozenset[int] | None = None

    def __contains__(self, i: object) -> bool:
        if self._found is None:
            self._found = frozenset(self.above(len(self._decisions)))
        return i in self._found

    def above(self, n: int) -> list[int]:
        """``headline_candidates`` of the page's first ``n`` lines."""
        if self._matches is None:
            self._matches = headline_matches(self._decisions, self._title)
        return pick_candidates(self._matches, n if n < len(self._decisions) else None)


def _lists(
    lines: list[Line],
    starts: list[Header],
    first: int | None,
    prose: list[int],
    heads: Container[int],
    language: str,
    options: Options,
    linked: frozenset[int] = frozenset(),
) -> list[Card]:
    """The cards below the main story, each list (up to the next section header)
    read whole by ``card_list.read_list``; a list it cannot read keeps the
    headers found above teasers.

    Without a card header that ends the main story, a section header below
    enough story whose list reads as two cards or more starts the cards.
    """
    found: list[Header] = []
    # a rail of cards without teasers (``stories.rails``) is read by its
    # period, also where a header was found inside it (over its last
    # headline, read as a short teaser); looked for only where one may be
    # (a rail's stretch holds no text: a teaser below the header rules it out)
    rail: tuple[int, int] | None = None
    if first is not None:
        top = starts[first].start
        if _textless_below(lines, top):
            rail = rail_span(lines, prose, MAIN_MIN_WORDS, language)
        if rail is not None and rail[0] <= top < rail[1]:
            lo = rail[0]
        else:
            lo, found = _section_above(lines, top), starts[first:]
    else:
        # (before the implicit list: the rail's reading settles the lines it reads)
        rail = rail_span(lines, prose, MAIN_MIN_WORDS, language)
        section = implicit_list(lines, starts, prose, heads, language, options, linked)
        if section is None and rail is not None:
            section = rail[0]
        if section is None:
            return []
        lo = section
    cuts = [i for i in range(lo + 1, len(lines)) if lines[i].kind == "section"]
    bounds = [lo, *cuts, len(lines)]
    cards: list[Card] = []
    k = 0  # the headers found, taken region by region (both in page order)
    for a, b in pairwise(bounds):
        first_old = k
        while k < len(found) and found[k].start < b:
            k += 1
        old = [h for h in found[first_old:k] if h.start >= a]
        # (a list that starts at a card's fields may start below its first card)
        extend = a == lo and lines[lo].kind != "section" and lines[lo].decision.rule != LEGAL
        # (a stretch of headlines and their fields alone is a rail)
        new = field_rail(lines, a, b, language)
        railed = bool(new)
        if not railed:
            new = _contiguous(read_list(lines, a, b, language, extend=extend))
            new = merged(new, linked) if linked else new
        # a list where no header was found must read as a list on its own
        if readable(lines, new, heads) and (
            bool(old) or a == lo or railed or list_like(lines, new, prose, language)
        ):
            cards.extend(new)
        else:
            cards.extend(from_headers(lines, old, b))
    if not cards:
        return cards
    above = Above(lines, prose, heads, language, options.implicit_card_max_ratio)
    return headed(above, grown(above, cards))


def _textless_below(lines: list[Line], top: int) -> bool:
    """Whether no line of text lies from ``top`` to the next section header (or
    the page's end): else no rail (``rails.rail_span``, whose stretch runs
    from a start to the next section header and holds no text) holds ``top``."""
    for i in range(top, len(lines)):
        kind = lines[i].kind
        if kind == "body":
            return False
        if kind == "section" and i > top:
            return True
    return True


def _section_above(lines: list[Line], lo: int) -> int:
    """The section header a few short lines above the card header at ``lo``
    (no body text between them), where the list starts, or ``lo``: the
    lines between are the list's first card, whose header was missed."""
    j = lo - 1
    while j >= 0 and lo - j <= WINDOW and lines[j].kind not in ("body", "section"):
        j -= 1
    return j if j >= 0 and lo - j <= WINDOW and lines[j].kind == "section" else lo


_GAP_LINES = 6  # plain lines in no card between two cards that end a list


def _contiguous(cards: list[Card]) -> list[Card]:
    """A list's cards up to a gap of many lines that are in no card (a
    newsletter box, share buttons, a footer): what follows is no card of it."""
    for k in range(1, len(cards)):
        if cards[k].loose > _GAP_LINES:
            return cards[:k]
    return cards


def _mark_unknown_header(
    lines: list[Line], main_part: list[Decision], cut: int, language: str
) -> None:
    """A short heading line right above the first card is a section header."""
    i = line_above(lines, cut)
    if i < 0 or settle(lines, i, language).kind != "plain":
        return
    ln = lines[i]
    if (
        ln.words <= 6
        and not ends_with_mark(ln.block.text)
        and i > 0
        and lines[i - 1].kind != "section"
    ):
        r = rule("card.section_header")
        main_part[i] = Decision(ln.block, Label.SECTION_HEADER, r.name, r.kind, r.reason)


def _segments(lines: list[Line], cards: list[Card]) -> list[Segment]:
    """Each card's lines as a segment: headline, header fields, body; the rest of
    its span removed (chrome under its own rule, other text as stray)."""
    out: list[Segment] = []
    for c in cards:
        removed = list(c.cut)
        body: list[Block] = []
        for i in range(c.top, c.stop):
            if i == c.title or i in c.fields:
                continue
            ln = lines[i]
            if ln.kind in ("chrome", "section") or (ln.chrome_body and i > c.body_start):
                removed.append(_removal(ln.decision))
            elif c.body_start <= i < c.body_end:
                body.append(ln.block)
            else:
                removed.append(_removal(ln.decision, "card.stray"))
        title = lines[c.title].block if c.title is not None else None
        out.append(
            Segment(
                "related",
                title,
                c.header,
                tuple(body),
                tuple(sorted(removed, key=lambda r: r.start)),
            )
        )
    return out


def _removal(d: Decision, name: str | None = None) -> Removal:
    b = d.block
    return removal(name or d.rule, b.text, b.start, b.end)
