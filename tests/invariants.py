"""Checks every test of a Page shares: what the records leave unaccounted for."""

from __future__ import annotations

from newsclean import Page


def unclaimed(page: Page) -> list[int]:
    """Offsets of non-space characters of ``page.text`` in no article span and no removal."""
    covered = bytearray(len(page.text))
    pieces = [(r.start, r.end) for r in page.removed]
    for a in page.articles:
        pieces += [(r.start, r.end) for r in a.removed]
        pieces += [(s.start, s.end) for s in a.spans]
    for start, end in pieces:
        covered[start:end] = b"\x01" * (end - start)
    return [i for i, ch in enumerate(page.text) if not ch.isspace() and not covered[i]]
