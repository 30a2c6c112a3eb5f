"""Related-story cards: other stories on the page, each with its own headline and prose.

A card is one of a run of **repeated sibling elements** (same tag and first
class token, digits ignored) that lies after the main story, or anywhere
under an element whose class/id is in the ``related`` group. Each card
holds a headline (a heading, else a short link), short field lines above
it, under it or below its prose ("Reuters · 3 hours ago", "By Jane Roe")
and **real prose**: at least ``Options.html_card_min_words`` words ending
like a sentence, or twice as many (a teaser cut mid-sentence), or one
sentence of eight words or more under a field line or a ``<time>`` (the
``is_field`` reader of ``find_cards``); at most ``Options.html_card_links``
of it in links. Lists of bare headline links, or headlines with a one-line
teaser and no fields, are not cards: they stay chrome. A card never holds
a block of the main story, so cards cannot take the story's text.

Only structure decides, never a site's names: the headline must be a link
(a card points at its story) unless the card is an ``<article>`` or sits in
a ``related`` box, so a story's own sections (``<h2>`` and paragraphs,
repeated) are not read as cards.

>>> from newsclean.html.blocks import extract_blocks
>>> from newsclean.html.content import select_content
>>> from newsclean.html.parse import parse_html
>>> story = "<p>The council approved the new budget on Monday, after a long debate.</p>" * 3
>>> card = ("<div class='card'><h3><a href='/x'>Rail strike ends</a></h3><p>Workers voted "
...         "to accept the offer after talks that lasted all weekend, the union said. Trains "
...         "run again on Monday.</p></div>")
>>> dom = extract_blocks(parse_html(
...     f"<body><article><h1>Budget passes</h1>{story}</article>"
...     f"<section class='more'>{card * 2}</section></body>"))
>>> found = find_cards(dom, select_content(dom))
>>> [(dom.blocks[c.title].text, len(c.body)) for c in found.cards], found.peeled
([('Rail strike ends', 1), ('Rail strike ends', 1)], (5, 7))
"""

from __future__ import annotations

import collections
import functools
import itertools
import operator
from collections.abc import Callable
from dataclasses import dataclass

import regex

from newsclean.core.options import Options
from newsclean.html.blocks import (
    T_CAPTION,
    T_FOOTER,
    T_FORM,
    T_NAV,
    Dom,
    HtmlBlock,
    group_bit,
)
from newsclean.html.content import TERMINAL, Selection

__all__ = ["Card", "Cards", "find_cards"]

_RELATED = group_bit("related")
# a card under these is chrome whatever it holds (comment threads look like cards)
_NOT_CARDS = (
    group_bit("comments")
    | group_bit("ad")
    | group_bit("cookie")
    | group_bit("newsletter")
    | group_bit("nav")
    | T_NAV
    | T_FORM
    | T_FOOTER
)
# blocks inside a card that are neither its headline, header nor prose
_NOT_PROSE = (
    group_bit("share")
    | group_bit("caption")
    | group_bit("comments")
    | group_bit("ad")
    | group_bit("newsletter")
    | T_CAPTION
    | T_FORM
    | T_NAV
)
_DIGITS = regex.compile(r"\d+")
_MAX_TITLE_CHARS = 300
_MAX_HEADER_CHARS = 120
_MIN_PROSE_WORDS = 5  # a shorter block under the headline is not prose ("Read more")
_MIN_SENTENCE_WORDS = 10  # a shorter line without a full stop under the headline is a header
_DEFAULT = Options()


@dataclass(frozen=True, slots=True)
class Card:
    """One related story: block indices into ``Dom.blocks`` and its ``<time datetime>``."""

    element: int  # the card's element (index into the ``Dom`` arrays)
    title: int
    header: tuple[int, ...]  # short lines before the prose: source, time, byline candidates
    body: tuple[int, ...]
    datetime: str | None = None
    marked: bool = False  # microdata marks a field: itemprop="author", "publisher", a date


@functools.lru_cache(maxsize=16384)
def _signature(tag: str, classes: str) -> str:
    """Tag and first class token, digits dropped: ``div.card`` for ``card card--lead``."""
    cls = classes.split()
    first = _DIGITS.sub("", cls[0]).lower() if cls else ""
    return f"{tag}.{first}"


def _inherited(dom: Dom, i: int, holds_story: Callable[[int], bool]) -> tuple[int, int]:
    """The bits of element ``i`` and its ancestors: all of them, and those of its
    region. An ancestor that also holds the main story is a wrapper of the page,
    and so are ``<html>`` and ``<body>``: their classes ("header-spacing",
    "ad-off-canvas-pusher", "single-post") name the page's template, not a box."""
    bits = region = 0
    tags, own, parent = dom.tags, dom.own, dom.parent
    while i >= 0:
        mine = own[i]
        bits |= mine
        if mine and tags[i] not in _PAGE_TAGS and not holds_story(i):
            region |= mine
        i = parent[i]
    return bits, region


_PAGE_TAGS = frozenset({"html", "body"})


@dataclass(frozen=True, slots=True)
class Cards:
    """The cards of a page in page order, and the story blocks they took back.

    ``peeled`` are blocks content selection gave the main story that lie in
    a list of linked cards ending the story's region (a container climbs
    over a "more stories" box that reads like prose); they leave the story.
    """

    cards: tuple[Card, ...]
    peeled: tuple[int, ...]


def _no_field(text: str) -> bool:
    return False


@dataclass(frozen=True, slots=True)
class _Rules:
    """What judges a card: the options, the field-line and teaser-end readers,
    and the words that name a text's topic."""

    options: Options
    is_field: Callable[[str], bool]
    ends_teaser: Callable[[str], bool]
    topic: Callable[[str], frozenset[str]]


def _no_teaser_end(text: str) -> bool:
    return False


def _no_topic(text: str) -> frozenset[str]:
    return frozenset()


def find_cards(
    dom: Dom,
    selection: Selection,
    options: Options | None = None,
    is_field: Callable[[str], bool] = _no_field,
    ends_teaser: Callable[[str], bool] = _no_teaser_end,
    topic: Callable[[str], frozenset[str]] = _no_topic,
) -> Cards:
    """The related-story cards of a page, in page order (see the module doc).

    ``is_field`` tells a card's field line ("3 hours ago", "By Jane Roe") and
    ``ends_teaser`` a teaser's end besides a sentence's ("... Read more", a
    colon after a sentence's length), ``topic`` the words that name a text's
    topic: the readers of the text-mode stages, which the HTML pipeline
    passes in.
    """
    # (one answer per text and page: a card's header lines are asked twice, and
    # the lines of a rail printed twice again)
    rules = _Rules(options or _DEFAULT, functools.cache(is_field), ends_teaser, topic)
    blocks = dom.blocks
    if not blocks or len(dom.tags) < 3:
        return Cards((), ())
    first, last = _block_ranges(dom)
    groups = _sibling_groups(dom, first, last)
    if all(len(members) < 2 for members in groups.values()):
        return Cards((), ())  # no repeated siblings: no cards
    main = set(selection.body)
    if selection.title is not None:
        main.add(selection.title)
    main_last = max(main) if main else -1
    found, in_story = _cards_outside_story(dom, groups, first, last, main, main_last, rules)
    peeled = _peel_boxes(dom, in_story, selection, main, main_last, first, last, rules, found)
    if not found:
        return Cards((), ())
    return Cards(_innermost(found, first, last), tuple(sorted(peeled)))


def _block_ranges(dom: Dom) -> tuple[list[int], list[int]]:
    """The first and last block index under each element (-1 when it holds none)."""
    parent = dom.parent
    n_el = len(dom.tags)
    first = [-1] * n_el
    last = [-1] * n_el
    for k, b in enumerate(dom.blocks):
        o = b.owner
        if first[o] < 0:
            first[o] = k
        last[o] = k
    for i in range(n_el - 1, 0, -1):  # children come after parents: sum ranges upwards
        p = parent[i]
        if p >= 0 and first[i] >= 0:
            if first[p] < 0 or first[i] < first[p]:
                first[p] = first[i]
            if last[i] > last[p]:
                last[p] = last[i]
    return first, last


def _sibling_groups(
    dom: Dom, first: list[int], last: list[int]
) -> dict[tuple[int, str], list[int]]:
    """Elements holding two blocks or more, grouped by parent and signature."""
    parent = dom.parent
    n_el = len(dom.tags)
    # a card has a headline and prose: two blocks at least; and it repeats, so only
    # elements with such a sibling are grouped (both filters run in C, and most
    # elements holding two blocks are their parent's only one)
    holders = list(itertools.compress(range(1, n_el), map(operator.gt, last[1:], first[1:])))
    siblings = collections.Counter(map(parent.__getitem__, holders))
    groups: dict[tuple[int, str], list[int]] = {}
    tags, classes = dom.tags, dom.classes
    for i in holders:
        p = parent[i]
        if siblings[p] > 1:
            key = (p, _signature(tags[i], classes[i]))
            members = groups.get(key)
            if members is None:
                groups[key] = [i]
            else:
                members.append(i)
    return groups


_Box = tuple[int, int, int, list[int]]  # a box of cards: first and last block, bits above, members


def _cards_outside_story(
    dom: Dom,
    groups: dict[tuple[int, str], list[int]],
    first: list[int],
    last: list[int],
    main: set[int],
    main_last: int,
    rules: _Rules,
) -> tuple[list[Card], list[_Box]]:
    """The cards of repeated groups holding no story block, and the boxes that hold some."""
    blocks = dom.blocks
    # main blocks before each block index
    main_before = [0, *itertools.accumulate(k in main for k in range(len(blocks)))]

    def holds_story(e: int) -> bool:
        return main_before[last[e] + 1] != main_before[first[e]]

    found: list[Card] = []
    in_story: list[_Box] = []  # boxes holding story blocks
    for (p, _sig), members in groups.items():
        if len(members) < 2:
            continue
        lo, hi = first[p], last[p]
        above, region = _inherited(dom, p, holds_story)
        if region & _NOT_CARDS:
            continue
        if holds_story(p):
            in_story.append((lo, hi, above, members))
            continue
        short: list[tuple[int, bool]] = []  # members whose teaser alone is too short
        group: list[Card] = []
        for m in members:
            related = bool((region | dom.own[m]) & _RELATED)
            if not related and first[m] <= main_last:
                continue  # before the story and in no related box: a teaser rail, chrome
            card = _card(dom, m, first[m], last[m], above, related, rules)
            if card is not None:
                group.append(card)
            else:
                short.append((m, related))
        if group and short:
            # (cards of a repeated group vouch for a sibling of the same shape whose
            # teaser is one short sentence: "Fox News Flash top headlines for Nov. 19";
            # one card is enough when the sibling shows a field of its own)
            group.extend(_vouched(dom, short, len(group), first, last, above, rules))
        found.extend(group)
    return found, in_story


_VOUCHING_CARDS = 2  # cards of a group that vouch for a sibling's short teaser


def _vouched(
    dom: Dom,
    short: list[tuple[int, bool]],
    cards: int,
    first: list[int],
    last: list[int],
    above: int,
    rules: _Rules,
    *,
    strict: bool = False,
) -> list[Card]:
    """The members ``short`` (element, in a related box) whose teaser alone was too
    short, read as cards that ``cards`` siblings of their shape vouch for.

    Two sibling cards vouch for any member; one vouches for a member that
    shows a field of its own (a ``<time datetime>``, a time, a byline, a
    reading time) or whose teaser ends as a sentence does: a rail of two
    cards, the second with a one-line teaser under its byline, or of one
    short sentence ("A half century on, the band is still touring."), is two
    cards.
    """
    out: list[Card] = []
    for m, related in short:
        card = _card(dom, m, first[m], last[m], above, related, rules, strict=strict, vouched=True)
        if card is not None and (
            cards >= _VOUCHING_CARDS or _fielded(dom, card, rules) or _sentence(dom, card)
        ):
            out.append(card)
    return out


def _sentence(dom: Dom, card: Card) -> bool:
    """Whether a card's teaser ends as a sentence does."""
    return TERMINAL.search(dom.blocks[card.body[-1]].text) is not None


def _peel_boxes(
    dom: Dom,
    in_story: list[_Box],
    selection: Selection,
    main: set[int],
    main_last: int,
    first: list[int],
    last: list[int],
    rules: _Rules,
    found: list[Card],
) -> set[int]:
    """The story blocks of boxes of cards that leave the story; their cards join ``found``.

    A box of cards holding story blocks leaves the story only when it is a list of
    linked cards of its own, after the story's start, and either ends the region
    (boxes are read from the last, so two boxes in a row both leave) or sits
    inside it with fields on most cards (a time, a byline: a listicle's linked
    sections have none).
    """
    story_start = min(selection.body) if selection.body else -1
    peeled: set[int] = set()
    prose_before = functools.cache(lambda: _first_prose(dom))
    blocks = dom.blocks
    # (story paragraphs before each block index, counted once when first asked)
    story_prose = functools.cache(
        lambda: [0, *itertools.accumulate(k in main and _is_prose(b) for k, b in enumerate(blocks))]
    )
    waiting: list[tuple[int, int, list[Card]]] = []  # boxes of cards left in the story
    order, at = sorted(main, reverse=True), 0  # the story's blocks, last first
    for lo, hi, above, members in sorted(in_story, reverse=True):
        # (or the box is all the story there is below its headline: a short
        # story's page, where the selection took a module of long teasers)
        whole = selection.title is not None and selection.title < lo <= story_start
        # (or the selection found no headline, or took the box's own heading
        # for it: a short story above a module that outweighs it)
        headless = selection.title is None and 0 <= lo <= story_start
        headed = whole and _box_heading(dom, selection.title, lo)
        if not (
            (0 <= story_start < lo or whole or headless)
            and (selection.title is None or not lo <= selection.title <= hi)
        ):
            continue
        # (the region's last lines after the box may be its chrome: "Back to top",
        # "© 2025 Example Media": no story goes on below the box)
        ends_region = main_last <= hi or _story_ends(dom, main, hi, main_last, story_prose()[lo])
        read = [_card(dom, m, first[m], last[m], above, False, rules, strict=True) for m in members]
        cards = [c for c in read if c is not None]
        if cards and len(cards) < len(read):
            # (as outside the story: siblings vouch for a short teaser)
            short = [(m, False) for m, c in zip(members, read, strict=True) if c is None]
            more = _vouched(dom, short, len(cards), first, last, above, rules, strict=True)
            cards = sorted([*cards, *more], key=lambda c: c.element)
        if len(cards) < 2:
            continue
        if (
            not ends_region
            and 2 * sum(_fielded(dom, c, rules) for c in cards) < len(cards)
            and not _sourced_titles(dom, cards)
        ):
            if cards[0].body[0] in peeled:
                found.extend(cards)  # (inside a box that left: its own cards)
            else:
                waiting.append((lo, hi, cards))
            continue
        # (two linked cards that both show fields are no listing's items either:
        # a paywalled story's "You might also like" under its headline)
        if whole and not headed and (
            (
                len(cards) < _WHOLE_BOX_CARDS
                and not (len(cards) >= 2 and all(_fielded(dom, c, rules) for c in cards))
            )
            or not ends_region
            or not _prose_between(dom, selection.title, lo)
            or _on_topic(dom, selection.title, cards, rules)
        ):
            continue  # (a listing page's items under its heading are its text)
        # (a member holding a box of cards that left already holds two or more:
        # a lead card in a wrapper of its own over the rest of the module)
        held = len(cards) + sum(c.body[0] in peeled for c in cards)
        if (headless or headed) and (
            held < _WHOLE_BOX_CARDS
            or not ends_region
            or not all(_fielded(dom, c, rules) for c in cards)
            or _on_topic(dom, selection.title, cards, rules)
            or prose_before() >= (lo if selection.title is None else selection.title)
        ):
            continue  # (no story above the box: a listing's items are its text)
        found.extend(cards)
        peeled.update(k for k in range(lo, hi + 1) if k in main)
        if headed and selection.title is not None:
            peeled.add(selection.title)  # (the box's heading leaves with it)
        # (a box of cards inside this one, one card to each of its members: a row
        # holding two cards among rows holding one; its cards are cards too. Boxes
        # are read from the last and nest or part, as elements do: those inside
        # this one are the last that waited)
        while waiting and waiting[-1][0] <= hi:
            found.extend(waiting.pop()[2])
        if ends_region:
            # (the last story block above the box not peeled: boxes come with
            # their starts falling and peeled only grows, so one pointer down
            # the story's blocks finds each in turn, linear over the boxes)
            while at < len(order) and (order[at] >= lo or order[at] in peeled):
                at += 1
            main_last = order[at] if at < len(order) else -1
    return peeled


def _story_ends(dom: Dom, main: set[int], hi: int, main_last: int, before: int) -> bool:
    """Whether no story goes on below block ``hi`` (a box's last) to the
    region's last block: no line of a sentence's length, or, after a story of
    ``_LONG_STORY`` paragraphs or more (``before``: the story's paragraphs
    above the box), two paragraphs at most and under a heading of their own
    (a newsletter's "Subscribe to the Morning Review", not the story's next
    section, which goes on for paragraphs)."""
    headed = False
    found = 0
    for k in range(hi + 1, main_last + 1):
        b = dom.blocks[k]
        if b.heading:
            headed = headed or found == 0
        if k in main and len(b.text.split()) >= _MIN_SENTENCE_WORDS:
            found += 1
            if not (headed and before >= _LONG_STORY) or found > _SECTION_PARAGRAPHS:
                return False
    return True


_LONG_STORY = 4  # paragraphs of a story above a box: a story told in full, not a list's intro
_SECTION_PARAGRAPHS = 2  # paragraphs of a section under a heading below the box: no story's
_WHOLE_BOX_CARDS = 3  # linked cards that show a box is no story, though it is all the story
_STORY_PARAGRAPHS = 2  # paragraphs between a headline and a box: a story the selection missed


def _on_topic(dom: Dom, title: int | None, cards: list[Card], rules: _Rules) -> bool:
    """Whether most cards' headlines share a topic word with the page's headline:
    a listing's items ("Seca 700 Mechanical Medical Scale" under "Seca Medical
    Scales"), not other stories."""
    if title is None:
        return False
    words = rules.topic(dom.blocks[title].text)
    shared = sum(1 for c in cards if words & rules.topic(dom.blocks[c.title].text))
    return 2 * shared >= len(cards)


def _box_heading(dom: Dom, title: int | None, lo: int) -> bool:
    """Whether the block ``title`` is the heading of the box of cards starting
    at block ``lo``: right above it and no ``<h1>`` (the page's headline is one;
    "Editors' picks" over a module is not)."""
    return title is not None and title == lo - 1 and dom.tags[dom.blocks[title].owner] != "h1"


def _first_prose(dom: Dom) -> int:
    """The first block of the page that reads as a story's paragraph (a
    sentence of a paragraph's length, not in links), or the number of blocks."""
    for k, b in enumerate(dom.blocks):
        if _is_prose(b):
            return k
    return len(dom.blocks)


def _is_prose(b: HtmlBlock) -> bool:
    return (
        len(b.text.split()) >= _MIN_SENTENCE_WORDS
        and b.links * 2 < len(b.text)
        and TERMINAL.search(b.text) is not None
    )


def _prose_between(dom: Dom, title: int | None, lo: int) -> bool:
    """Whether paragraphs of a story lie between the headline and block ``lo``:
    sentences of a paragraph's length, not in links."""
    if title is None:
        return False
    found = 0
    for b in dom.blocks[title + 1 : lo]:
        if _is_prose(b):
            found += 1
            if found >= _STORY_PARAGRAPHS:
                return True
    return False


# a source's name after a headline: "Tories under fire over debate — NBC News"
_TITLE_SOURCE = regex.compile(r"\s[-–—|]\s+\p{Lu}\S*(?:\s\S+){0,4}$")


def _sourced_titles(dom: Dom, cards: list[Card]) -> bool:
    """Whether every card's headline ends in a separator and a source's name
    (" — NBC News"): an aggregator's field, as text mode's ``title_sources``
    reads it, which a story's own linked sections do not print on each one.

    >>> _TITLE_SOURCE.search("Tories under fire over debate — NBC News") is not None
    True
    >>> _TITLE_SOURCE.search("Rock, paper and scissors") is None
    True
    """
    return len(cards) >= 2 and all(
        _TITLE_SOURCE.search(dom.blocks[c.title].text) is not None for c in cards
    )


def _fielded(dom: Dom, card: Card, rules: _Rules) -> bool:
    """Whether a card shows a field: a ``<time datetime>``, a field its
    microdata marks (``itemprop="author"``) or a field line."""
    return (
        card.datetime is not None
        or card.marked
        or any(rules.is_field(dom.blocks[k].text) for k in card.header)
    )


def _innermost(found: list[Card], first: list[int], last: list[int]) -> tuple[Card, ...]:
    """The innermost cards in page order: an element holding another card is a column
    or a list of cards."""
    found.sort(key=lambda c: c.element)
    out: list[Card] = []
    for j, c in enumerate(found):
        nxt = found[j + 1] if j + 1 < len(found) else None
        if nxt is not None and first[c.element] <= nxt.title <= last[c.element]:
            continue
        out.append(c)
    out.sort(key=lambda c: c.title)
    return tuple(out)


def _local(dom: Dom, owner: int, top: int) -> int:
    """Own bits of ``owner`` and its ancestors up to, not including, ``top``."""
    bits = 0
    while owner > top:
        bits |= dom.own[owner]
        owner = dom.parent[owner]
    return bits


def _is_link_title(dom: Dom, b: HtmlBlock) -> bool:
    """A short block that is one link: a headline (a row of links is buttons or tags)."""
    n = len(b.text)
    if n > _MAX_TITLE_CHARS or b.links * 2 < n or len(b.text.split()) < 3:
        return False
    anchors = 0
    for a in dom.elements[b.owner].iter("a"):
        if "".join(map(str, a.itertext())).strip():
            anchors += 1
            if anchors > 1:
                return False
    return True


def _card(
    dom: Dom,
    m: int,
    lo: int,
    hi: int,
    above: int,
    related: bool,
    rules: _Rules,
    *,
    strict: bool = False,
    vouched: bool = False,
) -> Card | None:
    """The card of element ``m`` (blocks ``lo..hi``), or None when it is not one.

    ``above`` are the group bits of the card's ancestors (the card's own
    blocks are judged by the bits below them).

    ``strict``: the headline must be a link or the card an ``<article>``.
    ``vouched``: sibling cards of the same shape vouch for the element, so a
    teaser of a short sentence's words is enough (``_SHORT_TEASER_WORDS``).
    """
    blocks = dom.blocks
    title = -1
    header: list[int] = []
    body: list[int] = []
    words = links = chars = 0
    ends_sentence = False
    for k in range(lo, hi + 1):
        b = blocks[k]
        if (_local(dom, b.owner, m) | (b.flags & ~above)) & _NOT_PROSE:
            continue
        if title < 0:
            if (b.heading and len(b.text) <= _MAX_TITLE_CHARS) or _is_link_title(dom, b):
                title = k
            elif len(b.text) <= _MAX_HEADER_CHARS and b.links * 2 < len(b.text):
                header.append(k)  # a source or time above the headline
            continue
        if b.heading:
            break  # a second headline: the card's prose ended
        n = len(b.text.split())
        if (
            len(b.text) <= _MAX_HEADER_CHARS
            # (a field may end in a full stop: "Lesezeit: 3 Min.", "By Jane Roe.")
            and (not TERMINAL.search(b.text) or rules.is_field(b.text))
            and b.links * 2 < len(b.text)
            # (a longer line is a field line when its fields say so: "BY JANE
            # DOE | The New York Times | 8 mins read")
            and (
                # (where siblings vouch, a paragraph of a short sentence's
                # words that reads as no field is a teaser: "Taylor Swift's
                # big night; Britney Spears' new pop-up")
                n < _SHORT_TEASER_WORDS
                or (n < _MIN_SENTENCE_WORDS and not (vouched and b.tag == "p"))
                or rules.is_field(b.text)
            )
        ):
            # "Reuters · 3 hours ago", "By Jane Roe" under the headline, or
            # below the prose as the card's footer
            header.append(k)
        elif n >= _MIN_PROSE_WORDS and b.links * 2 < len(b.text):
            body.append(k)
            words += n
            links += b.links
            chars += len(b.text)
            # (a sentence's end, or a teaser's as text mode reads it: "... Read more")
            ends_sentence = (
                ends_sentence or bool(TERMINAL.search(b.text)) or rules.ends_teaser(b.text)
            )
    if title < 0 or not body or links > rules.options.html_card_links * chars:
        return None
    stamp, marked = _datetime(dom, m)
    least = rules.options.html_card_min_words
    # a card on its own needs prose; a short teaser needs its fields to vouch
    # for it (or its siblings, ``vouched``)
    short = words >= _SHORT_TEASER_WORDS and (
        vouched
        or (
            (ends_sentence or words >= least)
            and (
                stamp is not None or marked or any(rules.is_field(blocks[k].text) for k in header)
            )
        )
    )
    if not (_prose(words, ends_sentence, least) or short):
        return None
    t = blocks[title]
    if not ((related and not strict) or dom.tags[m] == "article" or t.links * 2 >= len(t.text)):
        return None  # an unlinked heading with prose: a section of some story, not a card
    return Card(m, title, tuple(header), tuple(body), stamp, marked)


_SHORT_TEASER_WORDS = 8  # a teaser of one short sentence, under a card's fields


def _prose(words: int, ends_sentence: bool, least: int) -> bool:
    """Enough prose for a card on its own: ``least`` words ending like a
    sentence, or twice as many (a teaser cut mid-sentence, "... 27 shots")."""
    return words >= least and (ends_sentence or words >= 2 * least)


# microdata properties of a story's fields (schema.org CreativeWork): a card
# whose markup names one shows a field, whatever its text reads as
_FIELD_PROPS = frozenset(
    {"author", "creator", "publisher", "sourceOrganization", "datePublished", "dateCreated"}
)


def _datetime(dom: Dom, m: int) -> tuple[str | None, bool]:
    """The card's machine-readable date: the first ``<time datetime>`` inside
    its element, else its microdata ``itemprop="datePublished"`` (its
    ``content`` or ``datetime``, else its text; a ``<meta>`` is gone with the
    page's invisible elements); and whether its microdata marks a field
    (``_FIELD_PROPS``: a source's name in ``itemprop="publisher"``).

    >>> from newsclean.html.blocks import extract_blocks
    >>> from newsclean.html.parse import parse_html
    >>> dom = extract_blocks(parse_html("<body><div><span itemprop='author'>Ana Ruiz</span>"
    ...                                 "<p>Workers voted on Monday.</p></div></body>"))
    >>> _datetime(dom, dom.tags.index("div"))
    (None, True)
    """
    published: str | None = None
    marked = False
    for el in dom.elements[m].iter("time", "span", "div", "p", "a"):
        prop = el.get("itemprop")
        if el.tag == "time":
            value = el.get("datetime")
            if value and value.strip():
                return value.strip(), True
        if prop is None:
            continue
        if prop in _FIELD_PROPS:
            marked = True
        if published is None and prop == "datePublished":
            value = el.get("content") or el.get("datetime") or el.text
            if value and value.strip():
                published = value.strip()
    return published, marked
