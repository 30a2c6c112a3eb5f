"""A card: the lines of one related story on a page, and its fields' decisions.

Every stage that finds cards returns ``Card`` values (``headers``,
``card_list``, ``cards_above``, ``rails``, ``link_cards`` ...), and
``stories.segment`` turns them into segments; ``card_decisions`` gives the
decisions and removals of a card's field lines (a cue's fields, a kicker
cut out, a plain line read as the source, or as a byline).

>>> from newsclean.text.label import label_blocks
>>> from newsclean.text.blocks import split_blocks
>>> from newsclean.stories.card_lines import classify_lines
>>> lines = classify_lines(label_blocks(split_blocks("Headline of a card\\nThe Daily Ledger")))
>>> header, cut = card_decisions(lines, [1])
>>> [(d.label.name, d.block.text) for d in header], cut
([('SOURCE', 'The Daily Ledger')], ())
"""

from __future__ import annotations

from dataclasses import dataclass

from newsclean.core.fastinit import fast_init
from newsclean.core.rules import removal
from newsclean.core.types import Decision, Label, Removal
from newsclean.stories.card_lines import Line

# words the main story needs above a card before that card may start: one
# threshold, counted over body lines by the header stages (``headers``,
# ``list_starts``, ``list_growth``, ``story_end``) and over every line that
# is no chrome or section header by a list read from its fields
# (``list_extend.story_above``)
MAIN_MIN_WORDS = 40


@fast_init
@dataclass(frozen=True, slots=True)
class Card:
    """One card's lines: ``top`` .. ``stop`` (exclusive) on the page.

    ``fields`` are the header and footer lines whose decisions are in
    ``header`` (the headline is ``title``); body text runs from
    ``body_start`` to ``body_end`` (exclusive); anything else in the span
    is chrome or stray text, removed.
    """

    top: int
    stop: int
    title: int | None
    header: tuple[Decision, ...]
    cut: tuple[Removal, ...]
    fields: frozenset[int]
    body_start: int
    body_end: int
    strays: int = 0  # headline-like lines above its header that are in no card
    loose: int = 0  # plain lines of any length above its header that are in no card


def card_decisions(
    lines: list[Line], fields: list[int], authors: frozenset[int] = frozenset()
) -> tuple[tuple[Decision, ...], tuple[Removal, ...]]:
    """The decisions and removals of a card's field lines: a cue's fields, a
    kicker cut out, a plain line as the source (as a byline when it is in
    ``authors``, a writer's name printed bare)."""
    header: list[Decision] = []
    cut: list[Removal] = []
    for i in fields:
        ln = lines[i]
        if ln.kind == "cue":
            header.extend(ln.fields)
            cut.extend(ln.cut)
        elif ln.kind == "chrome":  # a kicker among the header lines
            b = ln.block
            cut.append(removal(ln.decision.rule, b.text, b.start, b.end))
        elif i in authors:
            header.append(Decision(ln.block, Label.BYLINE, "card.byline"))
        else:
            header.append(Decision(ln.block, Label.SOURCE, "card.source"))
    return tuple(header), tuple(cut)
