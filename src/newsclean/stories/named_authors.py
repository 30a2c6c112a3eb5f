"""A name a card prints alone is its author when the page signs with it.

Sites print a card's author with a prefix ("Door Emma Visser", "By Jane
Doe") and, on other cards of the same page, bare ("Emma Visser"). A bare
name line reads as the card's source (an outlet's name is a short
capitalised line too); when one of the page's own bylines names that
person, it is a byline.

>>> from newsclean.core.types import Block, Decision, Label
>>> def card(i: int, line: str, label: Label) -> Segment:
...     head = Decision(Block(i, 0, len(line), line), label, "card.byline")
...     return Segment("related", Block(i + 1, 0, 8, "Headline"), (head,), ())
>>> cards = [card(0, "Door Emma Visser", Label.BYLINE), card(2, "Emma Visser", Label.SOURCE)]
>>> [d.label.value for s in named_authors(tuple(cards), "nl") for d in s.header]
['byline', 'byline']
"""

from __future__ import annotations

import dataclasses
import itertools

from newsclean.core.types import Decision, Label
from newsclean.parsers.bylines import parse_byline, person_name
from newsclean.stories.segment_type import Segment

__all__ = ["named_authors"]


def named_authors(
    segments: tuple[Segment, ...], language: str | None
) -> tuple[Segment, ...]:
    """The segments, each source line that is the whole name of an author the
    page's bylines name relabelled as a byline (``card.named_author``), and
    each bare name in the footer slot of the card above given back to it
    (``footer_authors``)."""
    segments = footer_authors(segments, language)
    # (a byline is dear to parse: only those that print a source line's text are)
    names = {
        d.block.text.strip().casefold()
        for s in segments
        for d in s.header
        if d.label is Label.SOURCE
    }
    if not names:
        return segments
    known = {
        a.casefold()
        for s in segments
        for d in s.header
        if d.label is Label.BYLINE and any(n in d.block.text.casefold() for n in names)
        for a in parse_byline(d.block.text, language=language).authors
        if _signed(d.block.text, a)
    }
    if not known:
        return segments
    out: list[Segment] = []
    for s in segments:
        header = tuple(
            dataclasses.replace(d, label=Label.BYLINE, rule="card.named_author")
            if _named(d, known)
            else d
            for d in s.header
        )
        out.append(s if header == s.header else dataclasses.replace(s, header=header))
    return tuple(out)


def _signed(byline: str, name: str) -> bool:
    """Whether a byline signs ``name`` as a person: after its prefix or an
    "and" word, not after a comma, where an outlet may stand ("By Tom Hughes,
    Ars Technica" reads as two names to the byline parser)."""
    at = byline.find(name)
    return at >= 0 and not byline[:at].rstrip().endswith((",", "，"))


def _named(d: Decision, known: set[str]) -> bool:
    """Whether a header line is a source line holding one of ``known``'s names whole."""
    return d.label is Label.SOURCE and d.block.text.strip().casefold() in known


def footer_authors(
    segments: tuple[Segment, ...], language: str | None
) -> tuple[Segment, ...]:
    """The segments, each bare name read as a card's source above its headline
    given back to the card above as its author (``card.footer_author``) when
    that is where the list's template puts names.

    A list whose cards sign below their teasers ("Door Jan de Vries" under
    each) prints a name alone ("Emma Visser") in that slot too; the
    segmenter, cutting cards at their headlines, hands such a footer to the
    next card, whose source it then reads as. The template tells: most other
    cards of the list carry a byline below their body and no source above
    their headline, the card above carries none below, and the line is a
    person's name (``person_name``).

    >>> from newsclean.core.types import Block, Decision, Label
    >>> def card(i: int, name: str, label: Label) -> Segment:
    ...     foot = Decision(Block(i + 2, 0, len(name), name), label, "card.x")
    ...     body = (Block(i + 1, 0, 4, "Text"),)
    ...     return Segment("related", Block(i, 0, 8, "Headline"), (foot,), body)
    >>> cards = [card(0, "Door Jan Smit", Label.BYLINE), card(3, "Door Eva Bos", Label.BYLINE),
    ...          Segment("related", Block(6, 0, 8, "Headline"), (), (Block(7, 0, 4, "Text"),)),
    ...          card(9, "Door Eva Bos", Label.BYLINE)]
    >>> bare = Decision(Block(8, 0, 9, "Emma Visser"), Label.SOURCE, "card.source")
    >>> cards[3] = Segment("related", cards[3].title, (bare, *cards[3].header), cards[3].body)
    >>> [[d.rule for d in s.header] for s in footer_authors(tuple(cards), "nl")][2:]
    [['card.footer_author'], ['card.x']]
    """
    related = [i for i, s in enumerate(segments) if s.role == "related" and s.title is not None]
    if len(related) < _FOOTER_LIST_MIN:
        return segments
    signed = {i for i in related if _footer_byline(segments[i])}
    sourced = {i for i in related if _sources_above(segments[i])}
    out = list(segments)
    for j, i in itertools.pairwise(related):
        if i != j + 1 or j in signed:
            continue
        above, card = out[j], out[i]
        names = [d for d in _sources_above(card) if person_name(d.block.text, language)]
        end = _last_line(above)
        names = [d for d in names if d.block.index > end]
        if len(names) != 1:
            continue
        # (the template: most other cards sign below and name no source
        # above; counted once for the list, the pair taken out)
        others = len(related) - 2
        signs = len(signed) - (i in signed)  # (j is not: see above)
        sources = len(sourced) - (i in sourced) - (j in sourced)
        if 2 * signs <= others or 2 * sources >= others:
            continue
        d = names[0]
        moved = dataclasses.replace(d, label=Label.BYLINE, rule="card.footer_author")
        out[j] = dataclasses.replace(above, header=(*above.header, moved))
        out[i] = dataclasses.replace(card, header=tuple(x for x in card.header if x is not d))
    return tuple(out)


_FOOTER_LIST_MIN = 4  # cards of a list: a template needs others to show it


def _footer_byline(s: Segment) -> bool:
    """Whether a card carries a byline below its headline."""
    top = s.title.index if s.title is not None else -1
    return any(d.label is Label.BYLINE and d.block.index > top for d in s.header)


def _sources_above(s: Segment) -> list[Decision]:
    """A card's source lines above its headline."""
    top = s.title.index if s.title is not None else -1
    return [d for d in s.header if d.label is Label.SOURCE and d.block.index < top]


def _last_line(s: Segment) -> int:
    """The index of a card's last line: its body's or a footer field's."""
    top = s.title.index if s.title is not None else -1
    return max([top, *(b.index for b in s.body), *(d.block.index for d in s.header)])

