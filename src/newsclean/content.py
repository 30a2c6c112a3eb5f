"""Stage 4a: the main story's title and body among the lines before the cards.

A flattened page puts menus, teasers and footers around the story. This
first version keeps the lines labelled as body text and takes the headline
from the short line nearest above the first body line.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsclean._types import Block, Decision, Label, Removal
from newsclean.options import Options
from newsclean.rules import rule

__all__ = ["MainContent", "select_main"]


@dataclass(frozen=True, slots=True)
class MainContent:
    """What ``select_main`` found: the headline, body lines and dropped lines."""

    title: Block | None
    body: tuple[Block, ...]
    removed: tuple[Removal, ...]


def select_main(decisions: tuple[Decision, ...], options: Options | None = None) -> MainContent:
    """Pick the headline and the body lines of the main story."""
    body = [d.block for d in decisions if d.label is Label.BODY]
    title: Block | None = None
    if body:
        first = body[0].index
        for d in decisions:
            if d.block.index >= first:
                break
            if d.label in (Label.SHORT, Label.BODY) and d.kind is None:
                title = d.block
                break
    removed: list[Removal] = []
    kept = {b.index for b in body} | ({title.index} if title else set())
    for d in decisions:
        if d.block.index in kept:
            continue
        name = d.rule if d.kind is not None else "content.outside"
        r = rule(name)
        assert r.kind is not None
        removed.append(Removal(d.block.text, d.block.start, d.block.end, r.kind, name))
    return MainContent(title, tuple(body), tuple(removed))
