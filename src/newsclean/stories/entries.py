"""Stage 4b for pages of several entries: a live blog, a thread, a recipe as one story.

Segmentation reads a page as one story and cards of others; on a live blog
each timestamped entry looks like a card (or ends the story), on a thread
each post does, and a recipe's ingredient lines read as a link list. So
when ``page_kind`` found such a page, its content is one main segment that
keeps every entry:

* the region runs from the first entry's header (its time line and a short
  line right above it: an author's name, an entry's headline) or the
  story's first paragraph above it, whichever comes first, down to the last
  prose line of the last entry, which ends at chrome, a section header or
  three lines without prose;
* a recipe's region starts right under its headline (the intro) and runs
  over the ingredients to the last step;
* inside the region every line is kept as a paragraph, in page order (an
  entry's time, headline and author too: they tell the entries apart),
  except chrome the labels know and a thread's post actions ("Reply",
  "Quote"), removed as ``kind.post_action``;
* the headline is the main story's (``select_main``) unless that is an
  entry's line or an ingredient; then the page's repeated title, else its
  first line (a flattened page's ``<title>``), else the nearest short line
  above the region.

Cards below the last entry stay cards (``with_entries``); cards that took
entries (a live blog's entries read as cards) are read back into the story.

>>> from newsclean.text.blocks import split_blocks
>>> from newsclean.text.label import label_blocks
>>> from newsclean.stories.page_kind import text_kind
>>> para = "Rail operators cancelled all services north of the city until midday."
>>> page = "\\n".join(["Storm live: travel chaos", "Posted at 10:32", "Trains cancelled", para,
...                   "Posted at 10:20", para, "Posted at 10:02", para, "Share"])
>>> decisions = label_blocks(split_blocks(page))
>>> seg = entry_segment(decisions, text_kind(decisions))
>>> seg.title.text, len(seg.body), [r.rule for r in seg.removed]
('Storm live: travel chaos', 7, ['line.chrome_phrase'])
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsclean.core.options import Options
from newsclean.core.rules import removal
from newsclean.core.types import Decision, Label, PageKind
from newsclean.stories.page_kind import KindEvidence, quantity_line, quantity_units
from newsclean.stories.segment import Segment
from newsclean.text.content import headline_candidates, select_main

__all__ = ["entry_segment", "with_entries"]

_HEAD_LINES = 1  # short lines above an entry's time line that belong to it
_HEAD_WORDS = 15  # ... of at most this many words
_RECIPE_HEAD = 4  # lines above the first ingredient that belong to the recipe
_TAIL_GAP = 3  # lines without prose that end the last entry
_TITLE_REACH = 8  # lines above the region searched for a headline
_TITLE_WORDS = 25
_ACTION = "kind.post_action"
_CUES = frozenset({Label.TIMESTAMP, Label.BYLINE, Label.SOURCE})  # the story's header, no entry's
_OUTSIDE = "content.outside"


def _words(d: Decision) -> int:
    return d.words if d.words >= 0 else len(d.block.text.split())


def _prose(d: Decision) -> bool:
    n = _words(d)
    return d.kind is None and (n >= 12 or (d.label is Label.BODY and n >= 6))


def with_entries(
    decisions: tuple[Decision, ...],
    evidence: KindEvidence,
    segments: Sequence[Segment],
    options: Options | None = None,
) -> tuple[Segment, ...]:
    """``segments`` (from ``segment``) with the main story made of every entry.

    Cards that start below the last entry stay cards, the entries' story is
    read from the lines above the first of them; when the cards took
    entries (each entry of a live blog can read as a card), they are no
    cards and the story is read from the whole page.
    """
    cards = [s for s in segments if s.role == "related"]
    if cards:
        at = {d.block.start: i for i, d in enumerate(decisions)}
        starts = [
            r.start
            for s in cards
            for r in (
                *([s.title] if s.title is not None else []),
                *(d.block for d in s.header),
                *s.body,
            )
        ]
        starts.extend(r.start for s in cards for r in s.removed)
        top = min((at[x] for x in starts if x in at), default=len(decisions))
        if evidence.entries[-1] < top:
            return (entry_segment(decisions[:top], evidence, options), *cards)
    return (entry_segment(decisions, evidence, options),)


def entry_segment(
    decisions: tuple[Decision, ...], evidence: KindEvidence, options: Options | None = None
) -> Segment:
    """The one main segment of a page of entries (``evidence`` from ``text_kind``):
    the main story ``select_main`` finds, with every line of the entries' span added."""
    options = options or Options()
    main = select_main(decisions, options)
    at = {d.block.start: i for i, d in enumerate(decisions)}
    title_at = at.get(main.title.start) if main.title is not None else None
    units = quantity_units(options.language)
    first, last = evidence.entries[0], evidence.entries[-1]
    if evidence.kind is PageKind.RECIPE:
        start = _recipe_head(decisions, first, title_at)
    else:
        start = _entry_head(decisions, first, title_at)
    end = _tail(decisions, last)
    # (the page's entries may end above its cards: their actions below are the cards' lines)
    actions = {a for a in evidence.actions if a < len(decisions)}
    keep = {at[b.start] for b in main.body} - actions
    keep.update(
        i for i in range(start, end + 1) if decisions[i].kind is None and i not in actions
    )
    old_title = title_at
    if title_at is None or title_at in keep or _is_quantity(decisions[title_at], units):
        title_at = _headline(decisions, min(keep, default=start), units)
    cues = {at[d.block.start] for d in main.header}
    if title_at is not None:
        keep.discard(title_at)
        cues.discard(title_at)
    header = tuple(d for d in main.header if at[d.block.start] in cues - keep)
    taken = keep | (cues - keep) | actions
    if title_at is not None:
        taken.add(title_at)
    removed = [r for r in main.removed if at.get(r.start) not in taken]
    lost = set(actions)  # lines no longer anything: post actions, a title replaced
    if old_title is not None and old_title not in taken:
        lost.add(old_title)
    listed = {r.start for r in removed}
    for i in sorted(lost):
        b = decisions[i].block
        if b.start not in listed:
            removed.append(removal(_ACTION if i in actions else _OUTSIDE, b.text, b.start, b.end))
    removed.sort(key=lambda r: r.start)
    body = tuple(decisions[i].block for i in sorted(keep))
    title = decisions[title_at].block if title_at is not None else None
    return Segment("main", title, header, body, tuple(removed))


def _recipe_head(decisions: Sequence[Decision], first: int, title_at: int | None) -> int:
    """The first line of a recipe whose first ingredient is at ``first``: up to
    ``_RECIPE_HEAD`` lines above it (its heading, servings, times, an intro),
    not above the headline, no chrome."""
    return _head(decisions, first, title_at, _RECIPE_HEAD, lambda d: True)


def _head(
    decisions: Sequence[Decision],
    first: int,
    title_at: int | None,
    most: int,
    fits: Callable[[Decision], bool],
) -> int:
    """The first line of what starts at ``first``, taken up over at most
    ``most`` lines that ``fit``, no chrome, stopping below the page's headline."""
    start = first
    while (
        start > 0
        and first - start < most
        and start - 1 != title_at
        and decisions[start - 1].kind is None
        and fits(decisions[start - 1])
    ):
        start -= 1
    return start


def _is_quantity(d: Decision, units: frozenset[str]) -> bool:
    return quantity_line(d.block.text, units)[0]


def _entry_head(decisions: Sequence[Decision], first: int, title_at: int | None) -> int:
    """The first line of the entry whose time line is at ``first``: up to
    ``_HEAD_LINES`` short lines above it (an author, a headline), not the
    page's headline and no chrome."""
    return _head(decisions, first, title_at, _HEAD_LINES, _short_head)


def _short_head(d: Decision) -> bool:
    """A line that may head an entry: no cue, no prose, a few words."""
    return d.label not in _CUES and not _prose(d) and _words(d) <= _HEAD_WORDS


def _tail(decisions: Sequence[Decision], last: int) -> int:
    """The last prose line of the entry whose header is at ``last``."""
    end = last
    gap = 0
    for j in range(last + 1, len(decisions)):
        d = decisions[j]
        if d.kind is not None and end > last:
            break  # chrome or a section header after the entry's text
        if _prose(d):
            end, gap = j, 0
        else:
            gap += 1
            if gap >= _TAIL_GAP and end > last:
                break
    return end


def _headline(decisions: Sequence[Decision], start: int, units: frozenset[str]) -> int | None:
    """The page's repeated title above the region, else its first line (a flattened
    page's ``<title>``), else the nearest short line above the region."""
    for h in headline_candidates(tuple(decisions)):
        if h < start:
            return h
    if start > 0 and _title_like(decisions[0], units):
        return 0  # a flattened page's first line is its <title>
    for i in range(start - 1, max(-1, start - 1 - _TITLE_REACH), -1):
        if _title_like(decisions[i], units):
            return i
    return None


def _title_like(d: Decision, units: frozenset[str]) -> bool:
    return (
        d.kind is None
        and d.label not in _CUES
        and 2 <= _words(d) <= _TITLE_WORDS
        and not _is_quantity(d, units)
    )
