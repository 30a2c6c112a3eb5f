"""A card's source printed before its headline, behind a colon: "Reuters:
Drought forces farmers to rethink irrigation".

A headline's "Name: " may also be a kicker ("Analysis: ...", "Watch: ...")
or the speaker of a quote ("Trump: We will win"), so the prefix is read as
the source only list-wide: every card of the list (two or more) prints one,
no card names its source otherwise, and every prefix reads as a source by
itself (a name in capitals or a domain, ``source_like``, or an outlet the
lexicons name, ``named_outlet``), none as a section label.
"""

from __future__ import annotations

import dataclasses

import regex

from newsclean.core.rules import removal
from newsclean.core.types import Block, Decision, Label
from newsclean.parsers.bylines import named_outlet
from newsclean.stories.card_lines import is_section_label, source_like
from newsclean.stories.segment_type import Segment

__all__ = ["title_prefixes"]

# "<Source>: <headline>": a short name, a colon (ASCII or full-width), the rest
# (the name's length bounded: no scan runs past a few words)
_PREFIX = regex.compile(r"^(?P<source>[^\s:：][^:：]{0,38}?)\s{0,2}[:：]\s{1,3}(?=\S)")
_PREFIX_MAX_WORDS = 4  # "Associated Press", "The Wall Street Journal"
_REST_MIN_WORDS = 3  # what follows is a headline, no label's value ("Time: 10:15")


def _prefix(title: str, language: str) -> regex.Match[str] | None:
    m = _PREFIX.match(title)
    if m is None:
        return None
    name = m.group("source")
    if (
        len(name.split()) > _PREFIX_MAX_WORDS
        or len(title[m.end() :].split()) < _REST_MIN_WORDS
        or is_section_label(name)
        or not (source_like(name) or named_outlet(name, language))
    ):
        return None
    return m


def title_prefixes(cards: list[Segment], language: str | None) -> list[Segment]:
    """Cards whose headlines all start with "<Source>: ", the source cut out
    of each headline into the card's header (see the module docstring).

    >>> from newsclean.core.types import Block
    >>> from newsclean.stories.segment_type import Segment
    >>> def card(t):
    ...     return Segment("related", Block(0, 0, len(t), t, 0), (), (), ())
    >>> out = title_prefixes([card("Reuters: Drought forces farmers to act"),
    ...                       card("AP: Museum returns looted statues")], "en")
    >>> [(c.title.text, c.header[0].block.text) for c in out]
    [('Drought forces farmers to act', 'Reuters'), ('Museum returns looted statues', 'AP')]
    >>> out = title_prefixes([card("Trump: We will win the vote"),
    ...                       card("AP: Museum returns looted statues")], "en")
    >>> [c.title.text for c in out][0]
    'Trump: We will win the vote'
    """
    lang = language or "en"
    if len(cards) < 2 or any(
        c.title is None or any(d.label in (Label.SOURCE, Label.BYLINE) for d in c.header)
        for c in cards
    ):
        return cards
    found = [_prefix(c.title.text, lang) if c.title is not None else None for c in cards]
    if any(m is None for m in found):
        return cards
    out: list[Segment] = []
    for card, m in zip(cards, found, strict=True):
        t = card.title
        if t is None or m is None:  # (for the type checker: every card has both)
            return cards
        a, b = m.span("source")
        source = Block(t.index, t.start + a, t.start + b, m.group("source"), False)
        cut = removal("card.field_separator", t.text[b : m.end()], t.start + b, t.start + m.end())
        title = Block(t.index, t.start + m.end(), t.end, t.text[m.end() :], t.blank_before)
        out.append(
            dataclasses.replace(
                card,
                title=title,
                header=(Decision(source, Label.SOURCE, "card.source"), *card.header),
                removed=tuple(sorted((*card.removed, cut), key=lambda x: x.start)),
            )
        )
    return out
