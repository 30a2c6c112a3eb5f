"""Headings no lexicon knows: where a list of cards may start under a site's
own wording ("Keep going", "Stories we picked"), and whether what follows
one is a list of other stories or the story's own sections.

A heading is a short plain line of words alone, right above a headline (a
plain line) with a teaser close below it; a story's subheading has its
paragraph right below it instead. What follows a heading is no list when it
reads as the story's parts: longer than the story above, or on its topic.

>>> from newsclean.stories.card_lines import classify_lines
>>> from newsclean.text.blocks import split_blocks
>>> from newsclean.text.label import label_blocks
>>> page = "Keep going\\nFerries add a late crossing\\n" + "Boats will leave at midnight. " * 4
>>> lines = classify_lines(label_blocks(split_blocks(page)))
>>> heading_at(lines, 0, "en"), heading_at(lines, 1, "en")
(1, None)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

import regex

from newsclean.stories.card_lines import ACTION_RULE, Line, settle
from newsclean.stories.card_type import Card
from newsclean.text.features import content_words

__all__ = ["HEAD_REACH", "heading_at", "headings", "headings_over_fields", "story_parts"]


def headings(
    lines: list[Line],
    teasers: Iterable[int],
    above: list[int],
    least: int,
    language: str,
    legal: int | None = None,
) -> Iterator[tuple[int, int]]:
    """Short lines no lexicon knows that may head a list ("Keep going"), each
    with the list's first line (``heading_at``), below enough story, with a
    teaser within a card header's reach below the headline. A heading like
    one above it, in the same case with only story lines between ("BOYS
    SOCCER" ... "GIRLS SOCCER"), is the story's next section. ``above``: the
    story words above each line; a heading needs ``least`` of them. Below
    the page's last legal line, ``legal``, no story goes on: no heading
    there is a story's next section."""
    # (found up from the teasers, not down the page: a heading's headline has
    # a teaser within reach below it, and most lines of a page have none)
    found: set[int] = set()
    for t in teasers:
        for j in range(max(1, t - HEAD_REACH), t):
            i = j - 1
            while i > 0 and lines[i].kind == "chrome" and lines[i].decision.rule != ACTION_RULE:
                i -= 1
            if i > 0 and lines[j].kind in _HEADING_KINDS:
                found.add(i)
    seen: dict[bool, int] = {}  # each case's last heading
    for i in sorted(found):
        first = heading_at(lines, i, language)
        if first is None:
            continue
        upper = lines[i].block.text.isupper()
        last = seen.get(upper)
        seen[upper] = i
        below_legal = legal is not None and last is not None and last > legal
        if (
            not (last is not None and not below_legal and _sibling(lines, last, i))
            and above[i] >= least
        ):
            yield i, first


def headings_over_fields(
    lines: list[Line], teasers: Iterable[int], above: list[int], least: int, language: str
) -> Iterator[tuple[int, int]]:
    """Headings no lexicon knows over a card header's fields, out of the reach
    of ``headings`` ("HANDPICKED STORIES / BY ANN LEE / Axios / WORLD NEWS /
    Headline / teaser"), each with the list's first line, below ``least``
    story words (``above``). Weaker than those ``headings`` finds: a source's
    name closing a card's footer reads the same over the next card's fields
    ("The Hill / 48m ago / Headline"), so the caller tries them after those.

    >>> from newsclean.stories.card_lines import classify_lines
    >>> from newsclean.text.blocks import split_blocks
    >>> from newsclean.text.label import label_blocks
    >>> page = ("Stories we chose\\nPosted on 29 May 2025, 23:20 GMT\\nValley News\\nWORLD NEWS\\n"
    ...         "Ferries add a late crossing\\n" + "Boats will leave at midnight. " * 4)
    >>> lines = classify_lines(label_blocks(split_blocks(page)))
    >>> list(headings_over_fields(lines, [5], [9] * 6, 0, "en"))
    [(0, 1)]
    """
    found: set[int] = set()
    for t in teasers:
        # (the headline right above the teaser, or above its first line; the
        # fields above it, a source's name among them, one a byline or a time:
        # the line right above the topmost is the heading; kinds as classified,
        # no line settled: this runs on every page)
        for head in (t - 1, t - 2):
            if head < 1 or lines[head].kind not in _HEADING_KINDS:
                break  # (no headline there)
            if head < t - 1 and lines[t - 1].kind not in _HEADING_KINDS:
                break  # (no teaser's first line below it)
            j, cue = head - 1, False
            while j > 0 and head - j <= _HEADER_FIELDS:
                kind = lines[j].kind
                if kind not in _FIELDS and (
                    kind not in _HEADING_KINDS or lines[j].words > _NAME_WORDS
                ):
                    break
                cue = cue or kind == "cue"
                j -= 1
            if cue:
                found.add(j)
    for i in sorted(found):
        if i >= 0 and above[i] >= least and (first := heading_at(lines, i, language)) is not None:
            yield i, first


def _sibling(lines: list[Line], last: int, i: int) -> bool:
    """Whether the heading at ``i`` is a sibling of the one at ``last``: story
    text between them and no chrome. (A heading right below another is none:
    the upper one heads nothing.)"""
    story = False
    for ln in islice(lines, last + 1, i):
        kind = ln.kind
        if kind == "chrome":
            return False
        story = story or kind == "body"
    return story


def heading_at(lines: list[Line], i: int, language: str) -> int | None:
    """The line of the headline below line ``i`` when ``i`` reads as a heading
    no lexicon knows: a plain line of a heading's words alone, no sentence's
    end, right above a plain line or a card's header fields (a story's
    subheading has its paragraph right below it), else None."""
    ln = lines[i]
    if (
        (ln.kind not in _HEADING_KINDS and ln.decision.rule != ACTION_RULE)
        or not (_HEADING_MIN_WORDS <= ln.words <= _HEADING_WORDS or _one_word_heading(ln))
        or (i > 0 and lines[i - 1].kind == "section")
    ):
        return None
    n = len(lines)
    j = i + 1
    while j < n and lines[j].kind == "chrome":
        j += 1
    if j >= n or (lines[j].kind not in _HEADING_KINDS and lines[j].kind != "cue"):
        return None
    if not _HEADING.match(ln.block.text):
        return None
    head = settle(lines, i, language)
    if head.kind != "plain" and not (
        # (a call to action may stand where a list's heading would: right
        # above a headline and its fields or teaser, no heading of its own
        # between)
        head.decision.rule == ACTION_RULE
        and j + 1 < n
        and settle(lines, j + 1, language).kind in _BELOW_HEADLINE
    ):
        return None
    below = settle(lines, j, language).kind
    if below == "cue":
        # (above a card's header fields and the headline below them: "Other
        # headlines / 10 minute read | 21m / Headline"; a headline over its
        # fields has its teaser below them)
        k = j + 1
        while k < min(n, j + 1 + _HEADER_FIELDS) and settle(lines, k, language).kind in _FIELDS:
            k += 1
        return j if k < n and settle(lines, k, language).kind == "plain" else None
    return j if below == "plain" else None


def _one_word_heading(ln: Line) -> bool:
    """A heading of one word set apart as one: in capitals or ending in a
    colon ("POPULAR", "Trending:"); a button is neither ("Print", "Cancel")."""
    text = ln.block.text.strip()
    return ln.words == 1 and (text.isupper() or text.endswith(":")) and len(text) > 3


def story_parts(
    lines: list[Line], cards: list[Card], prose: list[int], lo: int, teasers: int, story: int
) -> bool:
    """Whether cards under a heading no lexicon knows read as the story's own
    parts: more than the story above, in words (``teasers`` against the
    ``story`` words above line ``lo``, the list's first), or on its topic
    (their content words found in the story's, ``_PART_SHARE`` of them on
    average; other stories share a tenth or so). ``prose``: each line's
    story words."""
    if teasers > story:
        return True
    # (the story's last paragraphs name its topic; a long story is not read whole)
    story_lines = islice((k for k in range(lo - 1, -1, -1) if prose[k]), _STORY_LINES)
    words = content_words(" ".join(lines[k].block.text for k in story_lines))
    shares = []
    for c in cards:
        mine = content_words(" ".join(ln.block.text for ln in lines[c.top : c.body_end]))
        shares.append(len(mine & words) / len(mine) if mine else 0.0)
    return sum(shares) >= _PART_SHARE * len(shares)


_PART_SHARE = 0.3  # generated unrelated cards: .06 at the median, .26 at the 95th percentile
_STORY_LINES = 30  # the story's last paragraphs a list's topic is compared with


_HEADING_KINDS = frozenset({"plain", "short"})
_BELOW_HEADLINE = frozenset({"body", "cue"})  # a headline's teaser or fields
_FIELDS = frozenset({"cue", "chrome"})  # a card header's field lines (a kicker is chrome)
_NAME_WORDS = 3  # a source's name among a card header's fields ("Axios", "The Daily Ledger")
_HEADER_FIELDS = 3  # field lines of a card's header read below a heading, at most
_HEADING_MIN_WORDS = 2  # ("Cancel", "Print" over a form's lines are buttons)
_HEADING_WORDS = 6  # a section heading's words at most
# words alone, the first capitalised, a colon at most at the end: no item of a
# numbered list ("8. Learning depends on context"), no bullet ("• Digg this"),
# no handle ("Follow @abc"), no sentence
# (or a letter of a script without case: "यह भी पढ़ें")
_HEADING = regex.compile(r"[\p{Lu}\p{Lo}][\p{L}\p{M}'’ -]*[\p{L}\p{M}]:?\s*$")
HEAD_REACH = 3  # lines from a headline to its teaser (fields between)
