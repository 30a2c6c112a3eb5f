"""Passes over a list's card segments once they are cut, in text and HTML
mode alike: ranks, bullets, fields and sources read off the headlines'
edges (``title_ranks``, ``title_fields``, ``title_sources``), sign-up pleas
printed like cards (``without_pleas``), and cards printed twice
(``without_repeats``). They read segments only, never the page's lines.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable
from itertools import pairwise
from typing import TypeVar

import regex

from newsclean.core.rules import removal
from newsclean.core.types import Block, Decision, Label, Removal
from newsclean.parsers.bylines import named_outlet, parse_byline
from newsclean.parsers.reading_times import is_reading_time
from newsclean.stories.card_lines import (
    ends_with_mark,
    is_section_label,
    is_time_field,
    sentence_cased,
    source_like,
)
from newsclean.stories.segment_type import Segment
from newsclean.text.promo import is_promo

T = TypeVar("T")


# "<headline> - Reuters": a source after the headline, behind a dash or a bar
# (spaces bounded: unbounded runs on both sides make the search quadratic)
_TITLE_TAIL = regex.compile(r"\s{1,3}[-–—|]\s{1,3}(?P<source>[^-–—|]{2,40}?)\s{0,3}$")
# or in brackets, "<headline> (Reuters)": taken only when every sourceless
# card's headline ends so (one headline's "(SNC)" or "(Video)" is its own)
_BRACKET_TAIL = regex.compile(r"\s{1,3}\((?P<source>[^-–—|()]{2,40}?)\)\s{0,3}$")
_TAIL_MAX_WORDS = 4


def _title_tail(card: Segment, sourced: bool) -> regex.Match[str] | None:
    """The source at the end of a card's headline, if it reads as one and the
    card names no source otherwise (``sourced``)."""
    if card.title is None or sourced:
        return None
    return tail_source(card.title.text)


def tail_source(
    text: str, tail: regex.Pattern[str] = _TITLE_TAIL
) -> regex.Match[str] | None:
    """The source's name at the end of a headline ("... - Yahoo News"), or None."""
    m = tail.search(text)
    if m is None:
        return None
    words = m.group("source").split()
    if len(words) > _TAIL_MAX_WORDS or ends_with_mark(m.group("source")):
        return None
    # a script without capitals names an outlet by its ending ("– 日本経済新聞")
    first = words[0][:1]
    if first.isalpha() and not first.isupper() and not first.islower():
        return m if named_outlet(m.group("source")) else None
    # a name: every word capitalised ("The Wall Street Journal") or a domain,
    # but a language's function words ("The Times of India", "La Voz del Valle")
    capitalised = [w[:1].isupper() or w[:1].isdigit() or "." in w for w in words]
    if capitalised[0] and (all(capitalised) or not sentence_cased(m.group("source"))):
        return m
    return None


_TAILS_ALL_BUT_ONE = 4  # in a list of this many sourceless cards, one may show its source apart


# a rank before a headline: "1. ", "2) " (a space after it: no decimal, "1.39")
_RANK = regex.compile(r"(\d{1,3})[.)]\s{1,3}(?=\S)")
# a list's bullet before a headline: "• ", "▪ ", "- ", "* " (a Markdown list)
_BULLET = regex.compile(r"([•·▪▫►▸▶◆◇■□●○◦‣⁃∙*\-–—→»])\s{1,3}(?=\S)")


def title_ranks(cards: list[Segment]) -> list[Segment]:
    """Cards whose headlines all open with ranks counting up by one ("1. ",
    "2. ", ... : a numbered list) or all with one bullet ("• "), each rank or
    bullet cut from its headline; one headline of a list that opens with a
    number of its own ("10 things to know") is no rank.

    >>> def card(text):
    ...     return Segment("related", Block(0, 0, len(text), text, 0), (), ())
    >>> [c.title.text for c in title_ranks([card("1. Ports reopen"), card("2. Rail delayed")])]
    ['Ports reopen', 'Rail delayed']
    >>> [c.title.text for c in title_ranks([card("1. Ports reopen"), card("Rail delayed")])]
    ['1. Ports reopen', 'Rail delayed']
    >>> [c.title.text for c in title_ranks([card("• Ports reopen"), card("• Rail delayed")])]
    ['Ports reopen', 'Rail delayed']
    """
    if len(cards) < 2:
        return cards
    texts = [c.title.text if c.title is not None else "" for c in cards]
    ranks = [_RANK.match(t) for t in texts]
    found = [m for m in ranks if m is not None]
    if len(found) < len(cards) or any(
        int(b.group(1)) != int(a.group(1)) + 1 for a, b in pairwise(found)
    ):
        # one bullet before every headline (the same one: a dash before one
        # headline alone may be the headline's own)
        found = [m for m in (_BULLET.match(t) for t in texts) if m is not None]
        if len(found) < len(cards) or len({m.group(1) for m in found}) > 1:
            return cards
    out: list[Segment] = []
    for card, m in zip(cards, found, strict=True):
        t = card.title
        assert t is not None
        k = m.end()
        title = Block(t.index, t.start + k, t.end, t.text[k:], t.blank_before)
        cut = removal("card.rank", t.text[:k], t.start, t.start + k)
        removed = tuple(sorted((*card.removed, cut), key=lambda x: x.start))
        out.append(dataclasses.replace(card, title=title, removed=removed))
    return out


def without_pleas(cards: list[Segment]) -> list[Segment]:
    """Cards whose teaser is all the site's own plea ("Follow by Email" over "Get
    all latest content delivered straight to your inbox.", "We Need to Talk
    About Your Ad Blocker"): a sign-up box or an ad blocker's notice printed
    like a card, no story. Their lines go as content.promo.

    >>> def card(title, text):
    ...     t, b = Block(0, 0, len(title), title, 0), Block(1, 0, len(text), text, 0)
    ...     return Segment("related", t, (), (b,))
    >>> kept = without_pleas([card("Follow by Email", "Sign up for our newsletter."),
    ...                       card("Ports reopen", "The ports reopened on Monday.")])
    >>> [c.title.text if c.title else None for c in kept]
    [None, 'Ports reopen']
    """
    out: list[Segment] = []
    for card in cards:
        if not card.body or not all(is_promo(b.text) for b in card.body):
            out.append(card)
            continue
        blocks = [card.title] if card.title is not None else []
        blocks += [d.block for d in card.header] + list(card.body)
        gone = [removal("content.promo", b.text, b.start, b.end) for b in blocks]
        removed = tuple(sorted((*card.removed, *gone), key=lambda r: r.start))
        out.append(Segment(card.role, None, (), (), removed))
    return out


# a field printed after a headline on its line, behind a bar or a dot:
# "Headline | Source | 2h", "Headline · 5 min read" (bounded: linear search)
_TITLE_FIELD = regex.compile(r"\s{1,3}[|·•]\s{1,3}(?P<field>[^|·•\s][^|·•]{0,40}?)\s{0,3}$")
_TITLE_MIN_WORDS = 3  # a headline left with fewer words had no fields on its line


def title_fields(cards: list[Segment], language: str | None) -> list[Segment]:
    """Cards whose headlines end in a time or a reading time behind a bar or
    a dot ("Headline | Valley News | 5 hours ago"), with those fields cut
    out of the headline into the card's header (a time only when the card
    has none). A source's name left at the end goes by ``title_sources``.

    >>> from newsclean.core.types import Block
    >>> t = Block(0, 0, 50, "Rail strike called off after talks | Coast FM | 3d")
    >>> card = title_fields([Segment("related", t, (), (), ())], "en")[0]
    >>> card.title.text, [d.block.text for d in card.header]
    ('Rail strike called off after talks | Coast FM', ['3d'])
    """
    out: list[Segment] = []
    for card in cards:
        t = card.title
        if t is None or ("|" not in t.text and "·" not in t.text and "•" not in t.text):
            out.append(card)
            continue
        timed = any(d.label is Label.TIMESTAMP for d in card.header)
        header, cuts, end = list(card.header), list(card.removed), len(t.text)
        while (m := _TITLE_FIELD.search(t.text, 0, end)) is not None:
            a, b = m.span("field")
            field = m.group("field")
            if len(t.text[: m.start()].split()) < _TITLE_MIN_WORDS:
                break
            if is_reading_time(field, language):
                cuts.append(removal("card.reading_time", field, t.start + a, t.start + b))
            elif not timed and is_time_field(field, language or "en"):
                block = Block(t.index, t.start + a, t.start + b, field, False)
                header.append(Decision(block, Label.TIMESTAMP, "card.timestamp"))
                timed = True
            else:
                break
            bar = t.text[m.start() : a]
            cuts.append(removal("card.field_separator", bar, t.start + m.start(), t.start + a))
            end = m.start()
        if end == len(t.text):
            out.append(card)
            continue
        title = Block(t.index, t.start, t.start + end, t.text[:end], t.blank_before)
        out.append(
            dataclasses.replace(
                card,
                title=title,
                header=tuple(header),
                removed=tuple(sorted(cuts, key=lambda x: x.start)),
            )
        )
    return out


def title_sources(cards: list[Segment]) -> list[Segment]:
    """Cards whose headlines all end in " - <Source>" (an aggregator's list),
    with the source cut out of each headline into the card's header (text
    mode's cards and HTML mode's).

    One headline may hold a dash of its own ("Rock - Paper - Scissors"), so
    the tails count only when every card without a source has one, and
    there are two cards or more; of four sourceless cards or more, one may
    lack it (a list mixing templates prints that card's source apart), and
    any may when two or more have it and their fields differ in kind from
    every card without (each template of a mixed list keeps its own).
    Otherwise a tail is cut only when it reads as a source by itself
    (``_named_tail``) or two headlines end in it.
    """
    # (a byline's outlet is read once per card: parsing a byline is dear)
    sourced = [_has_source(c) for c in cards]
    pairs = list(zip(cards, sourced, strict=True))
    tails = [_title_tail(c, known) for c, known in pairs]
    sourceless = sum(c.title is not None and not known for c, known in pairs)
    found = sum(t is not None for t in tails)
    if not found and sourceless >= 2:
        brackets = [
            tail_source(c.title.text, _BRACKET_TAIL) if c.title and not known else None
            for c, known in pairs
        ]
        if sum(b is not None for b in brackets) == sourceless:
            tails, found = brackets, sourceless
    every = sourceless >= 2 and found >= sourceless - (sourceless >= _TAILS_ALL_BUT_ONE)
    if not every and (found < 2 or not _own_template(cards, tails)):
        # (else only a tail that reads as a source on its own: a name in
        # capitals or a domain, or a name another card gives as its source)
        named = {
            d.block.text.lstrip(_DASHES).strip().casefold()  # ("- Reuters")
            for c in cards
            for d in c.header
            if d.label is Label.SOURCE
        }
        # (or a tail that two headlines end in: "... - Yahoo News" twice)
        repeats = Counter(m.group("source").casefold() for m in tails if m is not None)
        named |= {tail for tail, n in repeats.items() if n >= 2}
        # (or any name when every other card names its source: the list's
        # template gives each card one, this card's is in its headline)
        each = sum(sourced) >= 2 and sum(sourced) + found == len(cards)
        tails = [
            m if m and (_named_tail(m.group("source"), named) or (each and _outlet(m))) else None
            for m in tails
        ]
        if not any(tails):
            return cards
    out: list[Segment] = []
    for card, m in zip(cards, tails, strict=True):
        if m is None or card.title is None:
            out.append(card)
            continue
        t = card.title
        cuts = [
            removal(
                "card.field_separator",
                t.text[a:b],
                t.start + a,
                t.start + b,
            )
            # (the dash before the source, or the brackets around it)
            for a, b in ((m.start(), m.start("source")), (m.end("source"), m.end()))
            if b > a
        ]
        title = Block(t.index, t.start, t.start + m.start(), t.text[: m.start()], t.blank_before)
        a, b = m.span("source")
        source = Block(t.index, t.start + a, t.start + b, m.group("source"), False)
        out.append(
            dataclasses.replace(
                card,
                title=title,
                header=(*card.header, Decision(source, Label.SOURCE, "card.source")),
                removed=tuple(sorted((*card.removed, *cuts), key=lambda x: x.start)),
            )
        )
    return out


def _named_tail(tail: str, named: set[str]) -> bool:
    """Whether a headline's tail reads as a source by itself: a name in
    capitals or a domain ("ESPN", "Digg.com"), or one the page's other
    cards give as their source."""
    return source_like(tail) or tail.casefold() in named


def _outlet(tail: regex.Match[str]) -> bool:
    """Whether a headline's tail may be an outlet's name: a name of words
    ("Ars Technica", "Le Monde"), no desk ("- World News", ``section_labels``);
    one word alone may end a headline's own phrase ("Rock, Paper - Scissors")."""
    source = tail.group("source")
    return len(source.split()) >= _OUTLET_WORDS and not is_section_label(source)


_OUTLET_WORDS = 2


_DASHES = "-–— "  # what a source field's dash is made of ("- Reuters")


def _own_template(cards: list[Segment], tails: list[regex.Match[str] | None]) -> bool:
    """Whether the cards whose headlines end in a source print their fields
    as no card without one does (a list mixing templates: "Headline -
    Reuters / 2 hours ago" beside "Headline / By Jane Doe")."""
    shapes = [tuple(d.label for d in c.header) for c in cards]
    tailed = {shape for shape, t in zip(shapes, tails, strict=True) if t is not None}
    return tailed.isdisjoint(
        shape for c, shape, t in zip(cards, shapes, tails, strict=True) if t is None and c.title
    )


def _has_source(card: Segment) -> bool:
    """Whether a card names its source: a source field, or a byline's outlet
    ("By Olga Petrova, The Washington Post")."""
    return any(
        d.label is Label.SOURCE
        or (d.label is Label.BYLINE and parse_byline(d.block.text).source is not None)
        for d in card.header
    )


def without_repeats(
    items: list[T], segment_of: Callable[[T], Segment]
) -> tuple[list[T], list[Removal]]:
    """The items without related cards that repeat an earlier one, and the
    removals of the repeats' lines (a rail of cards is often printed twice).

    ``segment_of`` reads each item's segment (the HTML pipeline keeps each
    card's element beside its segment).

    >>> from newsclean.core.types import Block
    >>> card = Segment("related", Block(0, 0, 5, "Title"), (), (Block(1, 6, 10, "Body"),))
    >>> again = Segment("related", Block(2, 11, 16, "Title"), (), (Block(3, 17, 21, "Body"),))
    >>> kept, removed = without_repeats([card, again], lambda s: s)
    >>> len(kept), [(r.text, r.rule) for r in removed]
    (1, [('Title', 'card.repeat'), ('Body', 'card.repeat')])
    """
    seen: set[tuple[str, ...]] = set()
    kept: list[T] = []
    removed: list[Removal] = []
    for item in items:
        s = segment_of(item)
        key = (s.title.text if s.title else "", *(b.text for b in s.body))
        if s.role != "related" or key not in seen:
            seen.add(key)
            kept.append(item)
            continue
        lines = [*([s.title] if s.title else []), *(d.block for d in s.header), *s.body]
        removed.extend(removal("card.repeat", b.text, b.start, b.end) for b in lines)
        removed.extend(s.removed)
    return kept, removed
