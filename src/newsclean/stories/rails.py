"""Stage 4b, a list's special case: cards that print no teaser.

Real rails ("More from Reuters", "Latest news") often print a headline and
its fields and nothing else::

    Drought forces farmers to rethink irrigation
    Reuters · 3 hours ago
    Museum returns looted statues to Nigeria
    AP · 5 hours ago

``card_list.read_list`` cuts cards at their teasers and finds none here. A
line of field kinds alone is a card's header or footer whether or not a
teaser follows, so such a list reads by its period instead: the same
sequence of line kinds (one headline, field lines of the same slots)
repeated, each repetition a card. The whole stretch must be that
repetition (chrome aside): a menu, a story's short lines or a list of
links has no field line in each period, and a single odd line spoils it.

>>> from newsclean.text.label import label_blocks
>>> from newsclean.text.blocks import split_blocks
>>> from newsclean.stories.card_lines import classify_lines
>>> page = ("Drought forces farmers to rethink irrigation\\nReuters · 3 hours ago\\n"
...         "Museum returns looted statues to Nigeria\\nAP · 5 hours ago")
>>> lines = classify_lines(label_blocks(split_blocks(page)))
>>> [(lines[c.title].block.text, [d.block.text for d in c.header])
...  for c in field_rail(lines, 0, len(lines), "en")]
... # doctest: +NORMALIZE_WHITESPACE
[('Drought forces farmers to rethink irrigation', ['Reuters', '3 hours ago']),
 ('Museum returns looted statues to Nigeria', ['AP', '5 hours ago'])]
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate
from operator import attrgetter

from newsclean.stories.card_lines import Line, settle
from newsclean.stories.card_type import Card, card_decisions

__all__ = ["field_rail", "rail_span"]

_PERIOD_MAX = 4  # lines of one card at most: kicker, headline, two field lines
_RAIL_MAX_LINES = 400  # a longer stretch is read no further (each read is bounded)
_HEADLINE_MIN_WORDS = 3  # a shorter plain line is a name or a menu's link
_HEADLINE_MAX_WORDS = 24  # a longer one is text
_CARD_SLOTS = frozenset({"time", "source", "author"})  # what makes a line a card's field line
_NAME = frozenset({"name"})  # a bare name's slot: the card's source


def _kind(line: Line) -> tuple[str, frozenset[str]] | None:
    """What a line is to a rail: a field line ("F", its slots), a headline
    ("P"), a bare name ("N", "Reuters": a source no cue marks, told only by
    its place in every period), chrome to skip (None); anything else
    spoils the rail ("X")."""
    if line.kind == "cue":
        return "F", line.slots
    if line.kind == "chrome":
        if line.decision.rule == "card.section_label":
            return "F", frozenset({"section"})  # a kicker
        return None
    if line.kind == "plain":
        text = line.block.text.rstrip()
        if _HEADLINE_MIN_WORDS <= line.words <= _HEADLINE_MAX_WORDS:
            if not text.endswith((":", "：")):  # a label leading on ("Read more:")
                return "P", frozenset()
        elif line.words < _HEADLINE_MIN_WORDS and text[-1:].isalnum():  # ("dpa", "AFP")
            return "N", _NAME
    return "X", frozenset()


def field_rail(lines: list[Line], lo: int, hi: int, language: str) -> list[Card]:
    """The cards of lines ``lo`` .. ``hi`` (a section header at ``lo`` is
    skipped) when they are all one repeated period of a headline and its
    field lines, two cards or more; else []."""
    if lo < hi and lines[lo].kind == "section":
        lo += 1
    if hi - lo > _RAIL_MAX_LINES:
        return []
    # (body text spoils a rail: looked for before any line is settled, as
    # settling costs and most stretches a page holds have a teaser)
    if hi - lo < 2 * 2:  # (two cards of two lines at least)
        return []
    stretch = lines[lo:hi]
    kinds = list(map(_KIND, stretch))
    if "body" in kinds or "section" in kinds:
        return []
    # (a headline's length on one line in every period at least: a menu's or
    # a footer's links are shorter; told before any line is settled)
    words = sorted(map(_WORDS, stretch))  # (C-level: no Python loop a line)
    long = len(words) - bisect_left(words, _HEADLINE_MIN_WORDS)
    if long < 2 or long * _PERIOD_MAX < len(kinds) - kinds.count("chrome"):
        return []
    toks: list[tuple[int, str, frozenset[str]]] = []
    run = 0  # field lines in a row
    unfielded = 0  # tokens since the last one with a card's field (a time, a source)
    for i in range(lo, hi):
        k = _kind(settle(lines, i, language))
        if k is None:
            continue
        # (each period holds one headline and a field line or more: two
        # headlines never meet, nor two names, and a run of field lines is
        # short; a period's card field comes within a period's length)
        if k[0] == "X" or (toks and k[0] in ("P", "N") and k[0] == toks[-1][1]):
            return []
        run = run + 1 if k[0] == "F" else 0
        unfielded = 0 if k[0] == "F" and k[1] & _CARD_SLOTS else unfielded + 1
        if run >= _PERIOD_MAX or unfielded >= _PERIOD_MAX:
            return []
        toks.append((i, *k))
    n = len(toks)
    for p in range(2, _PERIOD_MAX + 1):
        if n % p or n // p < 2:
            continue
        shape = [(kind, slots) for _, kind, slots in toks[:p]]
        kinds = [kind for kind, _ in shape]
        # (one headline a period, a cue's time, source or author beside it; a
        # bare name only beside such a cue, never the period's only field)
        if (
            kinds.count("P") != 1
            or kinds.count("N") > 1
            or not any(s & _CARD_SLOTS for k, s in shape if k == "F")
        ):
            continue
        if all((toks[j][1], toks[j][2]) == shape[j % p] for j in range(p, n)):
            return _cards(lines, toks, p, hi)
    return []


def _cards(
    lines: list[Line], toks: list[tuple[int, str, frozenset[str]]], p: int, hi: int
) -> list[Card]:
    """The rail's cards, one per period of ``p`` tokens; the last ends at ``hi``."""
    out: list[Card] = []
    for k in range(0, len(toks), p):
        period = toks[k : k + p]
        top = period[0][0]
        stop = toks[k + p][0] if k + p < len(toks) else hi
        title = next(i for i, kind, _ in period if kind == "P")
        fields = [i for i, kind, _ in period if kind in ("F", "N")]
        header, cut = card_decisions(lines, fields)
        out.append(
            Card(
                top=top,
                stop=stop,
                title=title,
                header=header,
                cut=cut,
                fields=frozenset(fields),
                body_start=stop,
                body_end=stop,
            )
        )
    return out


def rail_span(
    lines: list[Line], prose: list[int], min_words: int, language: str
) -> tuple[int, int] | None:
    """Where a rail of teaser-less cards (``field_rail``) starts below the
    page's story, which no teaser showed, and where its stretch ends
    (exclusive): at a section header, or right below the story's last line
    of text, with ``min_words`` of prose above it. Each stretch up to the
    next section header is read once, so the cost stays linear in the
    page's lines.

    (Asked on most pages: the line kinds are gathered and searched by
    C-level calls, no Python loop over the page's lines.)
    """
    kinds = list(map(_KIND, lines))
    n = len(kinds)
    sections: list[int] = []
    i = -1
    while True:
        try:
            i = kinds.index("section", i + 1)
        except ValueError:
            break
        sections.append(i)
    tries = list(sections)
    if "body" in kinds:
        # (below the last text: a rail closes the page)
        tries.append(n - kinds[::-1].index("body"))
    tries.sort()
    above = list(accumulate(prose, initial=0))  # prose words above each line
    for start in tries:
        if start >= n or above[start] < min_words:
            continue
        k = bisect_right(sections, start)
        hi = sections[k] if k < len(sections) else n
        if "body" in kinds[start:hi]:
            continue  # (a teaser: no rail; ``read_list`` reads that stretch)
        if len(field_rail(lines, start, hi, language)) >= 2:
            return start, hi
        # (or below a heading no lexicon knows, "In case you missed it": a
        # short line of no sentence right below the story's text, which
        # ``segment`` then marks as the list's header)
        if (
            kinds[start] != "section"
            and _heading(lines[start])
            and len(field_rail(lines, start + 1, hi, language)) >= 2
        ):
            return start + 1, hi
    return None


_KIND = attrgetter("kind")
_WORDS = attrgetter("words")


_HEADING_MAX_WORDS = 6


def _heading(line: Line) -> bool:
    text = line.block.text.rstrip()
    if line.kind == "chrome":  # a desk's name ("Business") over cards that print none
        return line.decision.rule == "card.section_label"
    return (
        line.kind in ("plain", "short")
        and line.words <= _HEADING_MAX_WORDS
        and not text.endswith((".", "!", "?", ":"))
    )
