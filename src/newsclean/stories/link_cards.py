"""Stage 4b: cards whose headlines the page printed as whole links.

A page that arrives as Markdown (html2text, markdownify, a reader API)
prints a card's headline as a link of its own line, "[Headline](url)" or
"## [Headline](url)", and a menu's items the same way. ``normalize`` strips
the syntax but hands on where those lines start (``Normalized.links``);
``segment`` turns them into the line positions read here.

The cue tells a card list from the story's own subheadings, which no page
prints as links, and from a menu:

* a run of whole-link lines with no teaser between them is a menu;
* a whole-link line over a teaser (maybe a card's fields between), repeated
  a card's length below over another teaser, starts a card list, when the
  story has ended above it: chrome or a heading stands over its first card.
  A story's own items go on from its text (a listicle's linked addresses, a
  deals post's "[Get it on Amazon](url)" under each deal, a blog's posts
  one under another), with no break between.

>>> linked_tops([3, 6, 9], [4, 7, 10], [0] * 3 + [50] * 9, 40, 10)
[3]
>>> linked_tops([3, 4, 5, 6], [8], [50] * 9, 40, 10)
[]
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections.abc import Container, Sequence
from itertools import pairwise

from newsclean.stories.card_lines import Line
from newsclean.stories.card_type import Card

__all__ = ["cue_top", "link_list_tops", "linked_cards", "linked_lines", "linked_tops", "merged"]

_TRIES = 2  # list starts tried (each a read to the next section header)


def linked_lines(starts: Sequence[int], lines: Sequence[int]) -> frozenset[int]:
    """The positions, in ``lines`` (each line's start offset, in page order),
    of the lines starting at one of ``starts`` (``Normalized.links``).

    >>> sorted(linked_lines((0, 12), [0, 5, 12, 20]))
    [0, 2]
    """
    wanted = set(starts)
    return frozenset(i for i, start in enumerate(lines) if start in wanted)


def linked_tops(
    linked: Sequence[int],
    teasers: Sequence[int],
    above: Sequence[int],
    min_words: int,
    reach: int,
) -> list[int]:
    """The first whole-link lines of runs of cards: lines of ``linked``
    (sorted) with a teaser (``teasers``, sorted) below them before the next
    one, whose next one lies within ``reach`` lines and has a teaser below
    it too, below ``min_words`` words of story (``above``: story words above
    each line). Only a run's first is tried (the list is read whole from
    it), and the first few runs (each try reads to the next section).
    """
    n = len(above)

    def fed(k: int) -> bool:
        """Whether the whole-link line ``linked[k]`` has a teaser below it
        before the next one (or within ``reach`` lines, for the last)."""
        head = linked[k]
        end = linked[k + 1] if k + 1 < len(linked) else min(n, head + reach + 1)
        return bisect_left(teasers, end) > bisect_left(teasers, head + 1)

    out: list[int] = []
    in_run = False
    for k, (a, b) in enumerate(pairwise(linked)):
        card = b - a <= reach and above[a] >= min_words and fed(k) and fed(k + 1)
        if card and not in_run:
            out.append(a)
            if len(out) >= _TRIES:
                break
        in_run = card
    return out


def link_list_tops(
    lines: list[Line],
    linked: frozenset[int],
    teasers: Sequence[int],
    above: Sequence[int],
    min_words: int,
    reach: int,
) -> list[int]:
    """Where lists of cards with whole-link headlines may start
    (``linked_tops``): each list's first card, its header lines above its
    headline included (``cue_top``), when chrome or a heading stands right
    above it (``opens_list``)."""
    if not linked:  # (most pages: no Markdown, no link line)
        return []
    kinds = [ln.kind for ln in lines]
    heads = linked_tops(sorted(linked), teasers, above, min_words, reach)
    return [t for k in heads if opens_list(lines, t := cue_top(kinds, k))]


def opens_list(lines: list[Line], top: int) -> bool:
    """Whether the line right above line ``top`` ends the story above a
    list: chrome, a section header, or a short heading ("Popular:",
    "Latest"): a few words that start with a letter and end no sentence.
    Story text right above it goes on into the "list" (a story's items)."""
    if top == 0:
        return False
    up = lines[top - 1]
    if up.kind in ("chrome", "section"):
        return True
    text = up.block.text
    return (
        up.kind in ("plain", "short")
        and up.words <= _HEADING_WORDS
        and text[:1].isalpha()
        and text[-1:] not in _SENTENCE_ENDS
    )


_HEADING_WORDS = 6  # words of a heading over a list, at most
_SENTENCE_ENDS = frozenset(".!?")


def cue_top(kinds: Sequence[str], k: int) -> int:
    """The first of the card-header lines (kind "cue": a time, a byline, a
    reading time; a few) right above line ``k``, or ``k``: where the card
    whose headline is at ``k`` starts. (No plain line: a name over a link
    headline may as well be a menu's last item.)

    >>> cue_top(["plain", "cue", "cue", "plain"], 3), cue_top(["cue", "plain"], 1)
    (1, 0)
    """
    top = k
    while top > 0 and k - top < _CUE_LINES and kinds[top - 1] == "cue":
        top -= 1
    return top


_CUE_LINES = 3  # header lines above a card's link headline that are its card's


def linked_cards(cards: list[Card], linked: Container[int]) -> list[Card]:
    """A list read from a whole-link line, its cards re-read by the cue:
    a card with no field whose "headline" the page did not print as a link,
    right below another card's teaser, is that teaser's next line ("I mean,
    really ... it's the perfect job!" read as a headline over the line
    below). [] unless two cards or more are left, each with a headline
    printed as a whole link and a teaser.

    >>> a, b = Card(3, 6, 3, (), (), frozenset(), 4, 6), Card(6, 8, 6, (), (), frozenset(), 7, 8)
    >>> [(c.top, c.stop, c.body_end) for c in linked_cards([a, b], {3, 6})]
    [(3, 6, 6), (6, 8, 8)]
    >>> [(c.top, c.stop, c.body_end) for c in linked_cards([a, b], {3})]
    []
    """
    out = merged(cards, linked)
    if len(out) < 2 or not all(
        c.title is not None and c.title in linked and c.body_end > c.body_start for c in out
    ):
        return []
    return out


def merged(cards: list[Card], linked: Container[int]) -> list[Card]:
    """``cards`` with each field-less card whose headline is no whole link,
    right below a card whose headline is one, taken into that card's teaser
    (``linked_cards``), unless a whole-link line lies inside it.

    >>> a, b = Card(3, 6, 3, (), (), frozenset(), 4, 6), Card(6, 8, 6, (), (), frozenset(), 7, 8)
    >>> [(c.top, c.stop, c.body_end) for c in merged([a, b], {3})]
    [(3, 8, 8)]
    """
    out: list[Card] = []
    for c in cards:
        if (
            out
            and not c.fields
            and c.title not in linked
            and out[-1].title in linked
            and c.top == c.title == out[-1].body_end == out[-1].stop
            # (a card below it whose headline the reading missed is no teaser's)
            and not any(k in linked for k in range(c.top, c.stop))
        ):
            last = out[-1]
            out[-1] = dataclasses.replace(
                last, stop=c.stop, body_end=c.body_end, cut=(*last.cut, *c.cut)
            )
        else:
            out.append(c)
    return out
