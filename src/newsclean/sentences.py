"""Sentence boundaries, including run-together joins ("said.The").

STUB: a first version; the sentence engine (issue 3) replaces it.
"""

from __future__ import annotations

import regex

from newsclean._types import Sentence

__all__ = ["find_joins", "split_sentences"]

_BOUNDARY = regex.compile(r"(?<=[.!?][\"'”’)]?)(?:\s+|(?=[A-Z\"“]))(?=[\"“]?[A-Z])")


def split_sentences(text: str, *, language: str | None = None) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences; spans index ``text``, which is never changed.

    >>> [s.text for s in split_sentences("He said Thursday.Chinese firms grew. Fine.")]
    ['He said Thursday.', 'Chinese firms grew.', 'Fine.']
    """
    out: list[Sentence] = []
    pos = 0
    for m in _BOUNDARY.finditer(text):
        _add(out, text, pos, m.start())
        pos = m.end()
    _add(out, text, pos, len(text))
    return tuple(out)


def find_joins(text: str, *, language: str | None = None) -> tuple[int, ...]:
    """Offsets where a sentence starts right after the previous one's end, with no space.

    >>> find_joins("said Thursday.Chinese platforms")
    (14,)
    """
    return tuple(
        s.start for s in split_sentences(text, language=language) if s.start > 0 and not text[s.start - 1].isspace()
    )


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(text[start:end], start, end))
