"""Stage 1a: side-by-side columns laid out by the flattener read one after another.

Text-layout flatteners (inscriptis, ``lynx -dump``, ``w3m -dump``) draw a
table as it looks on screen: the cells of a row side by side, each padded
with spaces to its column's width, so a page built from a layout table
prints its menu and its story on the same lines::

    Sports           The council approved the budget on Monday...
    - Football
    Editorials       Officials said the money would go to schools...

Collapsing the spaces would glue a menu item to each paragraph. This step
finds such a table, a run of lines padded to one width, and the "rivers"
in it: columns of character positions blank on every line, with text on
both sides. It prints each column's lines in turn, left to right, so every
later stage sees the menu and the story as lines of their own, as html-text
or a browser's copy would give them. (A table inside one cell, whose
columns other lines of the cell cross, keeps its rows.)

Only tables that hold prose are read this way (a cell of 50 characters or
more on some line); a small table of data keeps its rows.

>>> left = ["Sports", "- Football", "", "Editorials"]
>>> right = ["The council approved the new budget on Monday after a long debate.",
...          "", "Officials said the money would go to schools and to the roads.", ""]
>>> page = "\\n".join(f"{a:<20}{b:<70}" for a, b in zip(left, right))
>>> text, tables = split_columns(page)
>>> lines = [line.strip() for line in text.split("\\n") if line.strip()]
>>> tables, lines  # doctest: +NORMALIZE_WHITESPACE
(1, ['Sports', '- Football', 'Editorials',
     'The council approved the new budget on Monday after a long debate.',
     'Officials said the money would go to schools and to the roads.'])
"""

from __future__ import annotations

import itertools

__all__ = ["split_columns"]

_MIN_WIDTH = 40  # a table line is at least this wide
_MIN_ROWS = 3  # lines of one width that make a table
_RIVER = 3  # blank positions a column gap spans at least
_PROSE = 50  # characters of one cell that make a table of prose


# an ASCII row as bytes: 0 for a space, 1 for any other character
_ASCII_MASK = bytes(0 if b == 32 else 1 for b in range(256))


def split_columns(text: str) -> tuple[str, int]:
    """``text`` with each laid-out table's columns one after another, and how
    many tables were read so. Linear in the text's size."""
    if "   " not in text:
        return text, 0
    lines = text.split("\n")
    out: list[str] = []
    tables = 0
    i, n = 0, len(lines)
    while i < n:
        width = len(lines[i])
        j = i + 1
        if width >= _MIN_WIDTH:
            while j < n and len(lines[j]) == width:
                j += 1
        if j - i >= _MIN_ROWS and _padded(lines, i, j):
            found = _read(lines[i:j])
            if found is not None:
                out.extend(found)
                tables += 1
                i = j
                continue
        out.extend(lines[i:j])
        i = j
    if not tables:
        return text, 0
    return "\n".join(out), tables


def _padded(lines: list[str], i: int, j: int) -> bool:
    """Whether the run shows padding: a line that ends in a space."""
    return any(lines[k].endswith(" ") for k in range(i, j))


def _read(rows: list[str]) -> list[str] | None:
    """The rows of one table (one width) column after column; None when the
    rows have no river or no prose."""
    width = len(rows[0])
    mask = 0  # bit set where some row has a character other than a space
    for row in rows:
        if row.isascii():
            mask |= int.from_bytes(row.encode("ascii").translate(_ASCII_MASK), "big")
        else:
            mask |= int.from_bytes(bytes(c != " " for c in row), "big")
    used = bytearray(mask.to_bytes(width, "big"))
    cuts = _rivers(used)
    if not cuts:
        return None
    bounds = [0, *cuts, width]
    columns = [[row[a:b] for row in rows] for a, b in itertools.pairwise(bounds)]
    if not any(len(cell.strip()) >= _PROSE for column in columns for cell in column):
        return None
    return [cell for column in columns for cell in column]


def _rivers(used: bytearray) -> list[int]:
    """Where columns start: the end of each run of ``_RIVER`` or more unused
    positions with used positions on both sides."""
    first = used.find(1)
    last = used.rfind(1)
    if first < 0:
        return []
    cuts: list[int] = []
    pos = first
    while pos < last:
        gap = used.find(0, pos, last)
        if gap < 0:
            break
        nxt = used.find(1, gap, last + 1)
        if nxt - gap >= _RIVER:
            cuts.append(nxt)
        pos = nxt
    return cuts
