"""The ``Segment`` value: one story's lines, as segmentation cuts them.

Its own module so that the post-passes over cards (``title_prefix``) and the
stages after segmentation (``assemble``, ``entries``) can name the value
without importing the segmenter that makes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from newsclean.core.types import Block, Decision, Removal

__all__ = ["Segment"]


@dataclass(frozen=True, slots=True)
class Segment:
    """One story's lines: headline, header lines (source, time, byline) and body."""

    role: Literal["main", "related"]
    title: Block | None
    header: tuple[Decision, ...]
    body: tuple[Block, ...]
    removed: tuple[Removal, ...] = ()
