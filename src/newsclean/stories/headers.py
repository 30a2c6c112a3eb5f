"""Card headers fitted above body lines: the first stage of ``stories.segment``.

A card is a short header (source, time, "- source", byline, headline, in
any order a site likes) followed by body text. Walking back from a body
line (long text) over the short lines above it, the header is the longest
run that fills each slot (time, source, author) at most once and holds at
most one headline and one plain source line; a header must hold a cue
(``stories.card_lines``). The headline is the longer of the plain lines (a
short, capitalised or dotted one is the source); when the header has none,
a short first body line followed by a much longer one is the headline.

A header is no card's when headlines of several headers are one template
line ("Rating: 36 Votes" above every reader comment), up to their numbers:

>>> template_key("Rating: 36 Votes") == template_key("Rating: 7 votes")
True

This module only finds headers (``card_starts``) and turns them into cards
(``from_headers``); which of them ends the main story is
``stories.story_end``'s, and lists read whole are ``stories.list_starts``'.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import regex

from newsclean.core.fastinit import fast_init
from newsclean.core.types import Decision, Label, Removal
from newsclean.stories.card_lines import Line, settle
from newsclean.stories.card_type import Card, card_decisions
from newsclean.stories.list_runs import title_and_source
from newsclean.stories.list_tokens import opens_teaser

# a longer plain line is body text, never the headline of a header fitted above
# body lines (a list's cards, read whole, have shorter ones:
# ``list_tokens.LIST_TITLE_MAX_WORDS``)
TITLE_MAX_WORDS = 30
WINDOW = 8  # header lines looked at above a body line
# a line this long may be text (a card's whole short body, a teaser's last sentence:
# "I don't know. Help!"); a heading or a label is shorter
TEXT_MIN_WORDS = 6
KICKER = "card.section_label"  # the rule a kicker (a desk's label over a headline) is read by


@fast_init
@dataclass(frozen=True, slots=True)
class Header:
    """A card header fitted above a body line: lines ``start`` .. ``end`` (exclusive)."""

    start: int
    end: int
    title: int | None
    header: tuple[Decision, ...]
    cut: tuple[Removal, ...]
    slots: frozenset[str]
    body_start: int  # the first body line (the headline may be the line at ``end``)


def _fit(lines: list[Line], lo: int, end: int, language: str) -> Header | None:
    """The card header ending right above line ``end``, using lines >= ``lo``."""
    slots: set[str] = set()
    names: set[str] = set()
    plains: list[int] = []
    dups: list[int] = []
    start = end
    j = end - 1
    titled = False  # a headline sits between the cues and the body ("10:15 GMT" / headline)
    under = 0  # plain lines between the cues and the body
    while j >= lo and end - j <= WINDOW:
        ln = settle(lines, j, language)
        if ln.kind == "cue":
            if ln.slots & slots:
                break
            titled = titled or (not slots and bool(plains))
            slots |= ln.slots
            names |= ln.names
        elif ln.decision.rule == KICKER:  # a kicker: evidence, no source
            if "section" in slots:
                break
            slots.add("section")
        elif (ln.kind == "plain" and ln.words <= TITLE_MAX_WORDS) or ln.weak:
            if (
                ln.weak
                and plains
                and (titled or (j > lo and settle(lines, j - 1, language).kind == "cue"))
            ):
                # a short body line above this header's headline, and above its cues
                # or right under another header's cue, is the card above's body
                break
            if ln.block.text.casefold() in names:
                dups.append(j)
            elif len(plains) < (1 if "source" in slots else 2) or (
                # (a headline above the fields when the line below them is none)
                len(plains) == under == 1 and _no_headline(lines[plains[0]].block.text)
            ):
                plains.append(j)
                under += not slots
            else:
                break
        else:
            break
        start = j
        j -= 1
    # plain lines above the first cue are kept only as the headline or a source
    if not slots:
        return None
    if (under == 2 and opens_teaser(lines[plains[1]], lines[plains[0]])) or (
        under == 1 and len(plains) == 2 and _no_headline(lines[plains[0]].block.text)
    ):
        # (the lower line opens the teaser: of two lines below the fields, one
        # without its full stop, a disclosure (with fields between, it is the
        # headline); under a headline over its fields, a line no headline
        # prints, "Tested by: J. Milbank RRP: £23.99 More info: www...")
        end = plains[0]
        plains = plains[1:]
    title, source, start = title_and_source(lines, plains, slots, start)
    body_start = end
    if title is None or (source is None and "source" not in slots and lines[title].words <= 4):
        title, source, body_start = _headline_below(lines, end, title, source)
    header, cut = card_decisions(lines, [i for i in range(start, end) if i != title])
    if source is not None:
        slots.add("source")
    return Header(start, end, title, header, cut, frozenset(slots), body_start)


def _no_headline(text: str) -> bool:
    """A line no headline prints: a web address, two labels ("Tested by: ...
    RRP: ..."), or a row of numbers ("Palm Bay 18 22 13 17 - 70").

    >>> _no_headline("Tested by: J. Milbank RRP: £23.99"), _no_headline("Palm Bay 18 22 13 17 - 70")
    (True, True)
    >>> _no_headline("Alibaba to raise up to $12.9bn in 2019: what it means")
    False
    """
    return (
        "://" in text
        or "www." in text
        or text.count(": ") >= 2
        or len(_NUMBERS.findall(text)) >= _ROW_NUMBERS
    )


_NUMBERS = regex.compile(r"(?<![\w.,])\d+(?![\w.,])")
_ROW_NUMBERS = 4  # numbers standing alone in a line of scores or figures


def _headline_below(
    lines: list[Line], end: int, title: int | None, source: int | None
) -> tuple[int | None, int | None, int]:
    """Title, source and first body line when the headline may be the line at ``end``:
    a short line followed by a much longer body line (a short "title" above then
    becomes the source)."""
    nxt = _next_content(lines, end)
    if (
        nxt is not None
        and lines[end].kind in ("body", "plain")
        and not lines[end].chrome_body
        and lines[end].words <= TITLE_MAX_WORDS * 5 // 6
        and not _no_headline(lines[end].block.text)
        and lines[nxt].kind == "body"
        and lines[nxt].words >= 2 * lines[end].words
    ):
        if title is not None:
            source = title
        return end, source, nxt
    return title, source, end


def without_template_titles(lines: list[Line], starts: list[Header]) -> list[Header]:
    """Headers whose "headline" is a line printed from one template are no cards.

    Headlines differ; "Rating: 36 Votes", "Reply", "2 replies" above every
    reader comment (a name and a time over text, like a card) do not, up to
    their numbers. A card printed twice (a rail repeated at the page's foot)
    repeats its body too, and counts once.
    """
    keys = [
        template_key(lines[h.title].block.text) if h.title is not None else None for h in starts
    ]
    firsts = [lines[h.body_start].block.text if h.body_start < len(lines) else "" for h in starts]
    seen = Counter(k for k, _ in set(zip(keys, firsts, strict=True)) if k is not None)
    return [h for h, k in zip(starts, keys, strict=True) if k is None or seen[k] < 2]


_DIGITS = regex.compile(r"\d+")


def template_key(text: str) -> str:
    return _DIGITS.sub("0", text).casefold()


def _next_content(lines: list[Line], i: int) -> int | None:
    for j in range(i + 1, len(lines)):
        if lines[j].kind not in ("chrome", "section"):
            return j
    return None


def is_strong(h: Header) -> bool:
    """A header that can start cards without a section header above it."""
    return h.title is not None and "time" in h.slots and len(h.slots) >= 2


def card_starts(lines: list[Line], language: str) -> list[Header]:
    """Every card header on the page, in page order (may overlap the main story)."""
    found: list[Header] = []
    seen: set[int] = set()  # short bodies whose headers a walk up has found
    for i, ln in enumerate(lines):
        if ln.kind != "body" or i == 0:
            continue
        above = lines[i - 1]
        if above.kind == "body" and not above.weak:
            continue
        if ln.chrome_body and above.kind not in ("cue", "plain", "short"):
            continue
        found.extend(_fit_window(lines, i, language, seen, strong=False))
    # a last card with a short body: the page's last line is its body
    last = len(lines) - 1
    while last >= 0 and lines[last].kind in ("chrome", "section"):
        last -= 1
    if last > 0 and short_body(settle(lines, last, language)):
        found.extend(_fit_window(lines, last, language, seen, strong=True))
    out: list[Header] = []
    for h in sorted(found, key=lambda h: (h.start, -h.body_start)):
        if out and h.start < out[-1].body_start:
            continue
        out.append(h)
    return out


def short_body(line: Line) -> bool:
    """A line that may be a card's whole (short) body: text, not a heading."""
    return (line.kind == "plain" or line.weak) and line.words >= TEXT_MIN_WORDS


def _fit_window(
    lines: list[Line], end: int, language: str, seen: set[int], *, strong: bool
) -> list[Header]:
    """Headers above the body at ``end``, nested ones (cards with a short body)
    first. A walk up stops at a short body an earlier walk took (``seen``):
    the headers above it are found already, and a list of such cards is
    walked once, not once per card."""
    h = _fit(lines, 0, end, language)
    if h is None or (strong and not is_strong(h)):
        return []
    out = [h]
    # a card with a short body: the line above this header is its body
    rest = h.start - 1
    while rest > 0 and rest not in seen and short_body(settle(lines, rest, language)):
        seen.add(rest)
        inner = _fit(lines, 0, rest, language)
        if inner is None or not is_strong(inner):
            break
        out.insert(0, inner)
        rest = inner.start - 1
    return out


def from_headers(lines: list[Line], hs: list[Header], stop: int) -> list[Card]:
    """Cards from headers found above teasers: each runs to the next header."""
    out: list[Card] = []
    for k, h in enumerate(hs):
        end = hs[k + 1].start if k + 1 < len(hs) else stop
        last = max(
            (
                i
                for i in range(h.body_start, end)
                if lines[i].kind == "body" or lines[i].decision.label is Label.BODY
            ),
            default=-1,
        )
        if last < 0 and h.body_start < end and lines[h.body_start].kind == "plain":
            last = h.body_start  # a short body
        fields = frozenset(i for i in range(h.start, h.end) if i != h.title)
        out.append(Card(h.start, end, h.title, h.header, h.cut, fields, h.body_start, last + 1))
    return out
