"""A found list grown upwards: the cards right above its first (``grown``)
and those between it and a section header a little above (``headed``),
the third stage of ``stories.segment``.

A list's first cards are missed when their teasers are longer than the
story above, their start is unmarked, or they print another template of a
mixed list; each card taken back must be a card and not the story's own
start (enough story left above it, a teaser no longer than the list's).
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass

from newsclean.stories.card_lines import Line, ends_with_mark, line_above, name_like, settle
from newsclean.stories.card_list import read_list
from newsclean.stories.card_type import MAIN_MIN_WORDS, Card
from newsclean.stories.cards_above import card_above, repeated_card
from newsclean.stories.headers import WINDOW
from newsclean.stories.headings import heading_at, story_parts
from newsclean.stories.list_shape import (
    LEGAL,
    TEASER_MIN_WORDS,
    readable,
    real_headlines,
    teaser_words,
)

_GROW_MAX = 3  # cards taken back above a list's first (each a small read)
_TAKEN_MAX_RATIO = 2  # a card taken back has a teaser at most this many times the list's longest


@dataclass(frozen=True, slots=True)
class Above:
    """What taking cards back above a list reads: the page's lines, each
    line's story words, the page's headlines (no card's), the language, and
    how long a teaser may be against the story above it."""

    lines: list[Line]
    prose: list[int]
    heads: Container[int]
    language: str
    ratio: float


def grown(page: Above, cards: list[Card]) -> list[Card]:
    """``cards`` with the cards right above the first (``card_list.card_above``:
    any shape, as a list may mix two templates), when each is a card and not
    the story's own start: fields (a source's name alone over the headline
    when two cards repeat that template), a headline other than the page's
    title, enough story left above it, and a teaser no longer than twice the
    list's longest or than the story above."""
    lines, prose, heads, language = page.lines, page.prose, page.heads, page.language
    found = cards  # (the list's own cards set the longest teaser)
    for _ in range(_GROW_MAX):
        top = card_above(lines, cards[0].top, language)
        repeat = repeated_card(lines, cards[0], language)  # (the template repeated)
        top = repeat.top if top is None and repeat is not None else top
        if top is None:
            break
        pair = read_list(lines, top, cards[0].stop, language)
        if repeat and top == repeat.top and [c.title for c in pair[1:]] != [cards[0].title]:
            pair = [repeat, cards[0]]  # (its template says where the card above ends)
        if len(pair) == 2 and pair[1].top < cards[0].top and _footed(lines, cards[0], language):
            # (the list's first card prints its fields below its teaser and none
            # above its headline: field lines of its footer's kinds between it
            # and the teaser above are that card's footer, not this card's
            # header; the card above is read alone, down to this headline)
            alone = read_list(lines, top, cards[0].top, language)
            if (
                len(alone) == 1
                and alone[0].title == pair[0].title
                and _footer_like(lines, alone[0], cards[0], language)
            ):
                pair = [alone[0], cards[0]]
        if len(pair) == 2 and pair[0].title is not None:
            # (a heading no lexicon knows read as the card's headline, the
            # headline below it as its teaser's first line: the card starts there)
            head = heading_at(lines, pair[0].title, language)
            if head == pair[0].title + 1 and head < pair[0].body_end:
                top = head
                pair = read_list(lines, top, cards[0].stop, language)
        if len(pair) != 2 or pair[1].title != cards[0].title or pair[0].title in heads:
            break
        if pair[0].title is None:
            break
        taken = pair[:1]
        # (a headline and text, maybe a name over them: a subheading, a menu's
        # end; unless the card above it repeats that name over a headline, two
        # cards of one template, or the card below does)
        if not any(lines[i].kind != "plain" for i in pair[0].fields) and not (
            _named_only(lines, pair[0]) and _named_only(lines, cards[0])
        ):
            taken = (
                _named_pair(page, pair[0], cards[0])
                or _headed_card(page, pair[0])
                or _below_legal(lines, pair[0], cards[0])
            )
            if not taken:
                break
            top = taken[0].top
        story = sum(prose[:top])
        if story < MAIN_MIN_WORDS or (
            (repeat is None or taken[0].top != repeat.top)
            and any(teaser_words(lines, c, prose) > _taken_max(page, found, story) for c in taken)
        ):
            break
        if len(taken) == 2:
            cards = [*taken, *cards]
            continue
        # (the list's own reading of its first card stands unless the card
        # above took its first lines as a footer)
        cards = [*pair, *cards[1:]] if pair[1].top != cards[0].top else [pair[0], *cards]
    return cards


def _footed(lines: list[Line], card: Card, language: str) -> frozenset[str]:
    """The field kinds ``card`` prints below its teaser (its footer) when it
    prints none above its headline; empty else."""
    if card.title is None or card.top != card.title or any(i < card.title for i in card.fields):
        return frozenset()
    return frozenset(
        s for i in card.fields if i >= card.body_end for s in settle(lines, i, language).slots
    )


def _footer_like(lines: list[Line], card: Card, below: Card, language: str) -> bool:
    """Whether ``card`` ends in a footer of field lines (cues) right above the
    headline of ``below``, each sharing a field kind with ``below``'s footer
    ("by Ann Lee · 10 mins read · Vox" over a card whose footer is "47 min
    ago | BY GRACE LIU")."""
    kinds = _footed(lines, below, language)
    feet = [i for i in card.fields if i >= card.body_end]
    return bool(feet) and all(
        (ln := settle(lines, i, language)).kind == "cue" and not kinds.isdisjoint(ln.slots)
        for i in feet
    )


def _named_pair(page: Above, card: Card, below: Card) -> list[Card]:
    """``card`` (a source's name over its headline, no other field: "NDTV /
    Headline / teaser") and the card right above it, when that card prints
    its own name over its headline too; [] else. Read as three with the
    list's first card ``below``, each keeping its headline."""
    lines, language = page.lines, page.language
    # (read with the list below, a name over the card's headline may read
    # as a label over the first of two templates: the card starts at it)
    name = line_above(lines, card.top)
    if card.fields or name < 0 or not name_like(lines[name]):
        return []
    top = card_above(lines, name, language)
    if top is None:
        return []
    three = read_list(lines, top, below.stop, language)
    if len(three) != 3 or [c.title for c in three[1:]] != [card.title, below.title]:
        return []
    if not all(_named_only(lines, c) for c in three[:2]) or three[0].title in page.heads:
        return []
    return three[:2]


def _headed_card(page: Above, card: Card) -> list[Card]:
    """``card`` (no fields: a headline and its teaser) when a heading no
    lexicon knows sits right above its headline ("Before you go:",
    "HANDPICKED STORIES") and the headline is a sentence's length, no name:
    the list's heading over its first card ([] else; a menu's last link over
    a short label, "Help Hub / Topic A-Z", is none)."""
    lines = page.lines
    if card.title is None or card.top != card.title:
        return []
    head = lines[card.title]
    up = line_above(lines, card.top)
    if head.words < _HEADED_CARD_WORDS or name_like(head) or up < 0:
        return []
    return [card] if heading_at(lines, up, page.language) == card.title else []


def _below_legal(lines: list[Line], card: Card, below: Card) -> list[Card]:
    """``card`` (no fields: a headline and its teaser) when the line right
    above its headline (chrome between) is a legal line ("© 2019 Hearst"):
    below the host's copyright no story goes on, so a headline and text
    there are a card of the list below, when the list's first card
    (``below``) prints fields above its headline: its top is marked, the
    lines above it no part of it ([] else)."""
    if (
        card.title is None
        or card.top != card.title
        or not any(i < (below.title or 0) for i in below.fields)
        # (the page's last legal line: none between it and the list)
        or any(lines[k].decision.rule == LEGAL for k in range(card.top, below.top))
    ):
        return []
    j = card.top - 1
    short = 0  # (a few links between: "Share this story / Twitter / Facebook")
    while j >= 0 and lines[j].decision.rule != LEGAL:
        if card.top - j > _LEGAL_REACH:
            return []
        if lines[j].kind != "chrome":
            short += 1
            if short > _LINKS_BELOW_LEGAL or lines[j].kind == "body" or not _link_like(lines[j]):
                return []
        j -= 1
    return [card] if j >= 0 else []


_LINKS_BELOW_LEGAL = 4  # short lines between the legal line and a card below it
_LEGAL_REACH = 12  # lines looked at above a card for the legal line


def _link_like(line: Line) -> bool:
    """A short line that is no text: a link's or a button's few words."""
    return line.words <= _LINK_WORDS and not ends_with_mark(line.block.text)


_LINK_WORDS = 5


_HEADED_CARD_WORDS = 8  # a headline of a sentence's length; a menu's link or a button is shorter


def _named_only(lines: list[Line], card: Card) -> bool:
    """Whether a card's one field is a source's name right above its headline."""
    return (
        card.title is not None
        and len(card.fields) == 1
        and card.title - 1 in card.fields
        and lines[card.title - 1].kind == "plain"
    )


def _taken_max(page: Above, cards: list[Card], story: int) -> float:
    """The longest teaser a card taken in above a list may have: twice the
    list's longest, or the page's ratio times the ``story`` words above it."""
    longest = max(teaser_words(page.lines, c, page.prose) for c in cards)
    return max(_TAKEN_MAX_RATIO * longest, page.ratio * story)


_SECTION_REACH = 4 * WINDOW  # lines looked at above a list for its section header


def headed(page: Above, cards: list[Card]) -> list[Card]:
    """``cards`` with the cards between them and a section header a little
    above them (``_SECTION_REACH`` lines), below enough story, when those
    read as cards of any shape (fields or none: the header says a list
    starts) that fill the lines between, each with a teaser no longer than
    twice the list's longest or than the story above, and of prose (but one
    card of two or more); never across the page's legal line."""
    lines, prose, heads, language = page.lines, page.prose, page.heads, page.language
    top = cards[0].top
    reach = range(top - 1, max(-1, top - _SECTION_REACH), -1)
    s = next((j for j in reach if lines[j].kind == "section"), None)
    start = s
    if s is None:  # (or a heading no lexicon knows: the list starts at its headline)
        s, start = next(
            ((j, h) for j in reach if (h := heading_at(lines, j, language)) is not None),
            (None, None),
        )
    if s is None or start is None or start >= top:
        return cards
    if any(lines[k].decision.rule == LEGAL for k in range(s, top)):
        return cards  # (a header above the page's legal line heads the host's section)
    story = sum(prose[:s])
    if story < MAIN_MIN_WORDS:
        return cards
    new = read_list(lines, start, top, language)
    if not _fills(lines, new, cards[0], heads) or (start != s and _unlike(new, cards[0])):
        # (read again with the list's first cards below, whose template tells
        # a card's headline from its teaser's first line, or a teaser's inner
        # line from a card without fields: the cards above them, each with a
        # headline longer than a name; a commenter's "rmb8090" is none)
        stop = cards[min(1, len(cards) - 1)].stop
        new = [c for c in read_list(lines, start, stop, language) if c.top < top]
        real = real_headlines(lines, [*new, cards[0]])
        if not real or not _fills(lines, new, cards[0], heads):
            return cards
    bound = _taken_max(page, cards, story)
    words = [teaser_words(lines, c, prose) for c in new]
    # (of two cards or more, one may have a teaser that is no prose: a list of
    # dates, a table's rows, as a list read by its shape alone may)
    # (or each a short teaser, one sentence, when it prints the very fields
    # the list's first card prints: the template says card)
    short = sum(1 for w in words if w < TEASER_MIN_WORDS)
    if max(words) > bound or (short > (len(new) >= 2) and not _same_fields(new, cards[0])):
        return cards
    if start != s and (
        _unlike(new, cards[0])
        or story_parts(lines, [*new, *cards], prose, start, sum(words), story)
    ):
        # (a heading no lexicon knows says less: the cards above show the list's
        # fields or none as its first does, and they are no parts of the story)
        return cards
    return [*new, *cards]


def _same_fields(new: list[Card], below: Card) -> bool:
    """Whether every card of ``new`` prints the kinds of fields the card
    ``below`` prints, two kinds or more (one field, a name, tells little)."""
    kinds = sorted(d.label for d in below.header)
    return len(set(kinds)) >= 2 and all(sorted(d.label for d in c.header) == kinds for c in new)


def _unlike(new: list[Card], below: Card) -> bool:
    """Whether a card of ``new`` shows fields where the card ``below`` shows
    none, or none where it shows some."""
    return any(bool(c.fields) != bool(below.fields) for c in new)


def _fills(lines: list[Line], new: list[Card], below: Card, heads: Container[int]) -> bool:
    """Whether cards read above the card ``below`` fill the lines down to it,
    with no stray line, and read as a list with it (``readable``)."""
    return (
        bool(new)
        and new[-1].stop == below.top
        and not any(c.strays or c.loose for c in new)
        and readable(lines, [*new, below], heads)
    )
