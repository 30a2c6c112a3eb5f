"""Lists a story owns: the ones it introduces with a colon, and items
written as a story writes them (``item_cased``).

A run of short lines after story text is usually a menu or a link list,
and ``content`` drops it. A list the story introduces is not: a sentence
ending in ":" ("Here are our picks:", "The tour dates are:"), then items
numbered from 1 or lines of one shape.

>>> from newsclean.text.label import label_blocks
>>> from newsclean.text.blocks import split_blocks
>>> page = "Our three picks for the week ahead:\\n1) One\\n2) Two\\n3) Three\\nFooter"
>>> introduced_list(label_blocks(split_blocks(page)), 0)
[0, 1, 2, 3]
"""

from __future__ import annotations

import regex

from newsclean.core.types import Decision

__all__ = ["introduced_list", "item_cased"]

_ITEM = regex.compile(r"^(\d{1,2})[.)]\s+\S")
_MAX_BETWEEN_ITEMS = 2  # lines between two items (a link, a price)
_MIN_ITEMS = 3


def introduced_list(decisions: tuple[Decision, ...], i: int) -> list[int]:
    """Lines of a list that line ``i`` introduces with a colon, line ``i`` first.

    A sentence ending in ":" right after the story, then a list the story
    owns: items numbered 1, 2, 3, ... ("1) ...", "2. ", a few lines at most
    between two items), or lines of one shape ("June 9 -- Coral Sky
    Amphitheatre, West Palm Beach, FL"). Empty when line ``i`` is no such
    introduction.
    """
    if i >= len(decisions):
        return []
    intro = decisions[i]
    text = intro.block.text
    if intro.kind is not None or not text.endswith(":") or len(text.split()) < 4:
        return []
    return _numbered_items(decisions, i) or _alike_items(decisions, i)


def _numbered_items(decisions: tuple[Decision, ...], i: int) -> list[int]:
    out = [i]
    expect, gap = 1, 0
    kept = 1  # the list up to its last item: lines after it are not the list's
    for k in range(i + 1, len(decisions)):
        d = decisions[k]
        m = _ITEM.match(d.block.text)
        if m is not None and int(m.group(1)) == expect:
            out.append(k)
            expect, gap, kept = expect + 1, 0, len(out)
        elif d.kind is None and expect > 1 and gap < _MAX_BETWEEN_ITEMS:
            out.append(k)
            gap += 1
        else:
            break
    return out[:kept] if expect - 1 >= _MIN_ITEMS else []


def _alike_items(decisions: tuple[Decision, ...], i: int) -> list[int]:
    """The run of lines after ``i`` that share one shape and hold a few words each.

    A menu of one-word links ("Facebook", "Twitter") has a shape too, so an
    item needs ``_ITEM_MIN_WORDS``.
    """
    out = [i]
    shape = None
    for k in range(i + 1, len(decisions)):
        d = decisions[k]
        text = d.block.text
        if d.kind is not None or len(text.split()) < _ITEM_MIN_WORDS:
            break
        if shape is None:
            shape = _shape(text)
        elif _shape(text) != shape:
            break
        out.append(k)
    return out if len(out) - 1 >= _MIN_ITEMS else []


_ITEM_MIN_WORDS = 3
_ITEM_SEPARATORS = (" -- ", " — ", " – ", " - ", ": ", " | ", " · ")


def _shape(text: str) -> tuple[str, str]:
    """What kind of character a list item starts with, and the separator it holds."""
    first = text[:1]
    kind = "digit" if first.isdigit() else "upper" if first.isupper() else first
    sep = next((s for s in _ITEM_SEPARATORS if s in text), "")
    return kind, sep


_CASED_MIN_WORDS = 2  # cased words after an item's first one, to judge its case
_CASED_CAPITALS = 0.5  # an item with a larger share of capitalised words is a headline
_CASED_CHARS = 400  # characters of a line looked at for its case (keeps a line O(1))
_BULLETS = frozenset("*•·-–—>")


def item_cased(text: str) -> bool:
    """Whether a line's words after its first are mostly written in lower case
    (a bullet or a number opening the line is no word): a list item the
    story writes ("the cost of school travel"), no headline or menu entry,
    which capitalise most words ("More Sports"). ``content`` keeps a run of
    short lines inside the story when most are written so.

    >>> item_cased("• the goals we ought to be thinking about"), item_cased("More Sports")
    (True, False)
    """
    words = text[:_CASED_CHARS].split()
    while words and (words[0][:1] in _BULLETS or words[0].rstrip(".)").isdigit()):
        words = words[1:]
    lower = upper = 0
    for w in words[1:]:
        first = w[:1]
        if first.islower():
            lower += 1
        elif first.isupper():
            upper += 1
    return lower + upper >= _CASED_MIN_WORDS and upper <= _CASED_CAPITALS * (lower + upper)
