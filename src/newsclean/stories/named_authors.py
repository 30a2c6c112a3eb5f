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

from newsclean.core.types import Decision, Label
from newsclean.parsers.bylines import parse_byline
from newsclean.stories.segment_type import Segment

__all__ = ["named_authors"]


def named_authors(
    segments: tuple[Segment, ...], language: str | None
) -> tuple[Segment, ...]:
    """The segments, each source line that is the whole name of an author the
    page's bylines name relabelled as a byline (``card.named_author``)."""
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
