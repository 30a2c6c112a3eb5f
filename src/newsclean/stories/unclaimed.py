"""Text no stage claimed, recorded as removed: nothing is ever lost silently.

Both pipelines end here. Every character of every block is in an article's
spans, an article's removals or the page's removals; any piece left over
becomes a ``content.unclaimed`` removal, so kept + removed covers the input.

>>> from newsclean.core.types import Block
>>> block = Block(index=0, start=0, end=22, text="  No stage took this  ")
>>> [(r.text, r.start, r.rule) for r in unclaimed((block,), [], [])]
[('No stage took this', 2, 'content.unclaimed')]
"""

from __future__ import annotations

from newsclean.core.types import Article, Block, Removal, RemovalKind

__all__ = ["unclaimed"]


def unclaimed(
    blocks: tuple[Block, ...], articles: list[Article], removed: list[Removal]
) -> list[Removal]:
    """Removals for any text no stage claimed, so nothing is ever lost silently."""
    taken = sorted(
        [(r.start, r.end) for r in removed]
        + [(r.start, r.end) for a in articles for r in a.removed]
        + [(s.start, s.end) for a in articles for s in a.spans]
    )
    out: list[Removal] = []
    i, carry, n = 0, 0, len(taken)  # carry: the furthest end seen, for a record that spans blocks
    for b in blocks:
        cursor = b.start if b.start > carry else carry
        while i < n and taken[i][0] < b.end:
            start, end = taken[i]
            i += 1
            if start > cursor:
                out.extend(_gap(b, cursor, start))
            if end > cursor:
                cursor = end
            if end > carry:
                carry = end
        if cursor < b.end:
            out.extend(_gap(b, cursor, b.end))
    return out


def _gap(block: Block, start: int, end: int) -> list[Removal]:
    piece = block.text[start - block.start : end - block.start]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    if not piece:
        return []
    s = start + lead
    return [Removal(piece, s, s + len(piece), RemovalKind.BOILERPLATE, "content.unclaimed")]
