"""Stage 2: normalised text to blocks, one per non-empty line.

A flattened page keeps one block element per line, so a line is the unit
that chrome rules, content selection and card segmentation look at.

>>> [(b.text, b.blank_before) for b in split_blocks("Title\\n\\nBody one.\\nBody two.")]
[('Title', 0), ('Body one.', 1), ('Body two.', 0)]
"""

from __future__ import annotations

from newsclean.core.fastinit import builder
from newsclean.core.types import Block

__all__ = ["split_blocks"]


def split_blocks(text: str) -> tuple[Block, ...]:
    """Cut normalised text into line blocks with their offsets."""
    blocks: list[Block] = []
    blank = 0
    pos = 0  # where the line starts in ``text``
    for line in text.split("\n"):
        size = len(line)
        kept = line.strip(" ")
        if kept:
            # normalised lines have no spaces at their ends: strip() returns the line itself
            start = pos if kept is line else pos + size - len(line.lstrip(" "))
            blocks.append(_block(len(blocks), start, start + len(kept), kept, blank))
            blank = 0
        elif blocks:
            blank += 1
        pos += size + 1
    return tuple(blocks)


_block = builder(Block)  # (``Block(...)`` without the class call: one a line)
