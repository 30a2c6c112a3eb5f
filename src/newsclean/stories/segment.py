"""Stage 4b: the page cut into stories: the main one, then related cards.

A card is a short header (source, time, "- source", byline, headline, in
any order a site likes) followed by body text. Cards are found from
structure, not from known strings:

* a *cue* is a header line that only a card or story header has: a time
  phrase ("2 hours ago", "Updated: May 18, 2025"), a "- Source" line, a
  byline, or a line of fields ("NBC News · 3 hours ago",
  "By A | Source | Updated: <time>"); ``newsclean.stories.card_lines`` finds them;
* walking back from a body line (long text) over the short lines above it,
  the header is the longest run that fills each slot (time, source,
  author) at most once and holds at most one headline and one plain
  source line; a header must hold a cue;
* the headline is the longer of the plain lines (a short, capitalised or
  dotted one is the source); when the header has none, a short first body
  line followed by a much longer one is the headline;
* when every card without a source ends its headline in " - <Name>" (an
  aggregator's list), that name is each card's source;
* a header is no card's when its headline repeats the page's title (the
  story's own header) or when headlines of several headers are one
  template line ("Rating: 36 Votes" above every reader comment);
* the first card header after the main story's body (prose: a flattened
  menu is long but no story) ends the main story, whether or not a
  section header ("Related Articles", or a line no lexicon knows)
  precedes it. A "Related articles" link list inside the story has no
  cues and no bodies, so it does not start cards.

>>> from newsclean.text.label import label_blocks
>>> from newsclean.text.blocks import split_blocks
>>> body = "The council approved the plan on Monday after a long debate. " * 4
>>> page = (f"Council backs plan\\n{body}\\nMore from us\\nReuters · 2 hours ago\\n"
...         f"Markets rally on rate hopes\\n{body}")
>>> segs = segment(label_blocks(split_blocks(page)))
>>> [(s.role, s.title.text if s.title else None) for s in segs]
[('main', 'Council backs plan'), ('related', 'Markets rally on rate hopes')]
>>> [(d.label.value, d.block.text) for d in segs[1].header]
[('source', 'Reuters'), ('timestamp', '2 hours ago')]
"""

from __future__ import annotations

import dataclasses
import functools
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Container, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate, islice, pairwise
from typing import TypeVar

import regex

from newsclean.core.fastinit import fast_init
from newsclean.core.lexicon import entries, languages, line_key
from newsclean.core.options import Options
from newsclean.core.rules import removal, rule
from newsclean.core.types import PAGE_LABELS, Block, Decision, Label, Removal, RemovalKind
from newsclean.parsers.bylines import parse_byline
from newsclean.parsers.reading_times import is_reading_time
from newsclean.stories.card_lines import (
    SENTENCE_END,
    Line,
    after_section,
    classify_lines,
    ends_in_read_more,
    is_section_label,
    is_time_field,
    line_above,
    name_like,
    sentence_cased,
    settle,
    source_like,
)
from newsclean.stories.card_list import (
    Card,
    card_above,
    card_decisions,
    opens_teaser,
    read_list,
    source_below,
    title_and_source,
)
from newsclean.stories.headings import heading_at, headings, headings_over_fields, story_parts
from newsclean.stories.link_cards import link_list_tops, linked_cards, linked_lines, merged
from newsclean.stories.rails import field_rail, rail_span
from newsclean.stories.segment_type import Segment
from newsclean.stories.title_prefix import title_prefixes
from newsclean.text.content import headline_matches, pick_candidates, select_main
from newsclean.text.promo import is_promo

__all__ = ["Segment", "segment", "title_ranks", "title_sources", "without_repeats"]


_TITLE_MAX_WORDS = 30  # a longer line is body text, never a headline
_CUT_TEASER_WORDS = 24  # a plain line this long below a headline is its teaser, cut short
_MAIN_MIN_WORDS = 40  # body words the main story needs before a card may start
_WINDOW = 8  # header lines looked at above a body line
_SHORT_BODY_WORDS = 6  # a card body shorter than this is a heading, not text


# --- card headers -------------------------------------------------------------


@fast_init
@dataclass(frozen=True, slots=True)
class _Header:
    """A card header fitted above a body line: lines ``start`` .. ``end`` (exclusive)."""

    start: int
    end: int
    title: int | None
    header: tuple[Decision, ...]
    cut: tuple[Removal, ...]
    slots: frozenset[str]
    body_start: int  # the first body line (the headline may be the line at ``end``)


def _fit(lines: list[Line], lo: int, end: int, language: str) -> _Header | None:
    """The card header ending right above line ``end``, using lines >= ``lo``."""
    slots: set[str] = set()
    names: set[str] = set()
    plains: list[int] = []
    dups: list[int] = []
    start = end
    j = end - 1
    titled = False  # a headline sits between the cues and the body ("10:15 GMT" / headline)
    under = 0  # plain lines between the cues and the body
    while j >= lo and end - j <= _WINDOW:
        ln = settle(lines, j, language)
        if ln.kind == "cue":
            if ln.slots & slots:
                break
            titled = titled or (not slots and bool(plains))
            slots |= ln.slots
            names |= ln.names
        elif ln.decision.rule == "card.section_label":  # a kicker: evidence, no source
            if "section" in slots:
                break
            slots.add("section")
        elif (ln.kind == "plain" and ln.words <= _TITLE_MAX_WORDS) or ln.weak:
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
    return _Header(start, end, title, header, cut, frozenset(slots), body_start)


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
        and lines[end].words <= _TITLE_MAX_WORDS * 5 // 6
        and not _no_headline(lines[end].block.text)
        and lines[nxt].kind == "body"
        and lines[nxt].words >= 2 * lines[end].words
    ):
        if title is not None:
            source = title
        return end, source, nxt
    return title, source, end


def _without_template_titles(lines: list[Line], starts: list[_Header]) -> list[_Header]:
    """Headers whose "headline" is a line printed from one template are no cards.

    Headlines differ; "Rating: 36 Votes", "Reply", "2 replies" above every
    reader comment (a name and a time over text, like a card) do not, up to
    their numbers. A card printed twice (a rail repeated at the page's foot)
    repeats its body too, and counts once.
    """
    keys = [
        _template_key(lines[h.title].block.text) if h.title is not None else None for h in starts
    ]
    firsts = [lines[h.body_start].block.text if h.body_start < len(lines) else "" for h in starts]
    seen = Counter(k for k, _ in set(zip(keys, firsts, strict=True)) if k is not None)
    return [h for h, k in zip(starts, keys, strict=True) if k is None or seen[k] < 2]


_DIGITS = regex.compile(r"\d+")


def _template_key(text: str) -> str:
    return _DIGITS.sub("0", text).casefold()


def _next_content(lines: list[Line], i: int) -> int | None:
    for j in range(i + 1, len(lines)):
        if lines[j].kind not in ("chrome", "section"):
            return j
    return None


def _strong(h: _Header) -> bool:
    """A header that can start cards without a section header above it."""
    return h.title is not None and "time" in h.slots and len(h.slots) >= 2


def _card_starts(lines: list[Line], language: str) -> list[_Header]:
    """Every card header on the page, in page order (may overlap the main story)."""
    found: list[_Header] = []
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
    if last > 0 and _short_body(settle(lines, last, language)):
        found.extend(_fit_window(lines, last, language, seen, strong=True))
    out: list[_Header] = []
    for h in sorted(found, key=lambda h: (h.start, -h.body_start)):
        if out and h.start < out[-1].body_start:
            continue
        out.append(h)
    return out


def _short_body(line: Line) -> bool:
    """A line that may be a card's whole (short) body: text, not a heading."""
    return (line.kind == "plain" or line.weak) and line.words >= _SHORT_BODY_WORDS


def _fit_window(
    lines: list[Line], end: int, language: str, seen: set[int], *, strong: bool
) -> list[_Header]:
    """Headers above the body at ``end``, nested ones (cards with a short body)
    first. A walk up stops at a short body an earlier walk took (``seen``):
    the headers above it are found already, and a list of such cards is
    walked once, not once per card."""
    h = _fit(lines, 0, end, language)
    if h is None or (strong and not _strong(h)):
        return []
    out = [h]
    # a card with a short body: the line above this header is its body
    rest = h.start - 1
    while rest > 0 and rest not in seen and _short_body(settle(lines, rest, language)):
        seen.add(rest)
        inner = _fit(lines, 0, rest, language)
        if inner is None or not _strong(inner):
            break
        out.insert(0, inner)
        rest = inner.start - 1
    return out


# --- the segmentation --------------------------------------------------------


def segment(
    decisions: tuple[Decision, ...],
    options: Options | None = None,
    *,
    title: str | None = None,
    links: tuple[int, ...] = (),
) -> tuple[Segment, ...]:
    """Cut labelled blocks into a main segment and card segments.

    Returns segments in page order; page-level removals (section headers,
    chrome between cards) ride on the segment they precede or follow.
    ``title``: the page's title as its markup states it (``select_main``).
    ``links``: where the lines start that the markup printed as whole links
    (``Normalized.links``; ``stories.link_cards``).
    """
    options = options or Options()
    language = options.language or "en"
    lines = classify_lines(decisions, language)
    linked = linked_lines(links, [d.block.start for d in decisions]) if links else frozenset()
    starts = _card_starts(lines, language) if options.split_cards else []
    # a header whose headline repeats the page's title (its <title>) is the
    # story's own header, not a related card's
    heads = _PageTitles(decisions, title)
    if starts:
        starts = [h for h in starts if h.title not in heads]
        starts = _without_template_titles(lines, starts)
    prose = _prose_words(lines)  # (body kinds do not change when short lines settle)
    first = _first_card(lines, starts, prose, options)
    cards: list[Card] = []
    if options.split_cards:
        cards = _lists(lines, starts, first, prose, heads, language, options, linked)
    resume = _story_resumes(lines, cards[0].top) if cards else None
    if resume is not None:  # (a box of other stories inside the story: it goes on below)
        cards = _cut_at(cards, resume)
    main_part = list(decisions if not cards else decisions[: cards[0].top])
    if resume is not None and cards:
        marker = lines[resume].block
        main_part += [
            Decision(marker, Label.CHROME, "line.story_resumes", RemovalKind.CHROME),
            *decisions[resume + 1 :],
        ]
    if cards:  # the cards' lines are read as cue or plain from here on (not the story's)
        for i in range(cards[0].top, len(lines)):
            settle(lines, i, language)
        _mark_unknown_header(lines, main_part, cards[0].top, language)
    segments: list[Segment] = []
    main = select_main(tuple(main_part), options, title=title, heads=heads.above(len(main_part)))
    if cards and _story_in_cards(main.body, cards, prose):
        cards = []
        main = select_main(decisions, options, title=title, heads=heads.above(len(decisions)))
    elif cards and _story_last(main.body, cards, prose):
        # the list's last "card" is the page's story, the cards above it a
        # rail the page opens with (read again from the top: its first cards
        # had no story above them to be found by)
        top = cards[-1].top
        cards = cards[:-1]
        again = _contiguous(read_list(lines, 0, top, language))
        if len(again) > len(cards) and _readable(lines, again, heads):
            cards = again
        shift = [h - top for h in heads.above(len(decisions)) if h >= top]
        main = select_main(decisions[top:], options, title=title, heads=shift)
        # (the lines above the rail, a menu or its heading, are removed)
        above = [
            _removal(d, None if d.label in PAGE_LABELS else "content.outside")
            for d in decisions[: cards[0].top if cards else top]
        ]
        main = dataclasses.replace(
            main, removed=tuple(sorted((*above, *main.removed), key=lambda r: r.start))
        )
    if main.body or main.title or main.removed:
        segments.append(Segment("main", main.title, main.header, main.body, main.removed))
    if cards:
        segments.extend(
            without_pleas(
                title_prefixes(
                    title_sources(
                        title_fields(title_ranks(_segments(lines, cards)), options.language)
                    ),
                    options.language,
                )
            )
        )
        segments, repeats = without_repeats(segments, lambda s: s)
        if repeats:  # page-level removals ride on a segment (the last)
            last = segments[-1]
            removed = tuple(sorted((*last.removed, *repeats), key=lambda r: r.start))
            segments[-1] = dataclasses.replace(last, removed=removed)
    return tuple(s for s in segments if s.body or s.title or s.removed)


@functools.cache
def _resume_keys() -> frozenset[str]:
    """Every language's ``story_resumes.txt`` lines, as line keys (a page's
    boxes say it in the page's language, which may not be the hint's)."""
    return frozenset(line_key(e) for lang in languages() for e in entries(lang, "story_resumes"))


def _story_resumes(lines: list[Line], top: int) -> int | None:
    """The first line below ``top`` saying the story goes on below it
    ("Story continues below"), or None."""
    keys = _resume_keys()
    return next(
        (
            i
            for i in range(top, len(lines))
            if lines[i].words <= _RESUME_WORDS and line_key(lines[i].block.text) in keys
        ),
        None,
    )


_RESUME_WORDS = 9  # words of the longest line saying so


def _cut_at(cards: list[Card], stop: int) -> list[Card]:
    """The cards above line ``stop``, the last ending there."""
    kept = [c for c in cards if c.top < stop]
    if kept:
        last = kept[-1]
        kept[-1] = replace(
            last,
            stop=min(last.stop, stop),
            body_start=min(last.body_start, stop),
            body_end=min(last.body_end, stop),
        )
    return kept


_SCRAP_WORDS = 60  # a story above the cards this short may be a caption or a teaser
_STORY_WORDS = 150  # a card's body this long, and
_STORY_RATIO = 5  # this many times the scrap's, is the page's story


def _story_last(body: tuple[Block, ...], cards: list[Card], prose: list[int]) -> bool:
    """Whether the last card of a list is the page's story and the others a
    rail the page opens with: what is left above the list is a scrap (a
    menu), and the last card's body is a story's length and many times each
    other card's teaser ("Top stories / three cards / Headline / byline /
    the story")."""
    if len(cards) < 2 or sum(len(b.text.split()) for b in body) >= _SCRAP_WORDS:
        return False
    words = [sum(prose[c.body_start : c.body_end]) for c in cards]
    return words[-1] >= max(_STORY_WORDS, _STORY_RATIO * max(words[:-1]))


def _story_in_cards(body: tuple[Block, ...], cards: list[Card], prose: list[int]) -> bool:
    """Whether the page's story was read as a card: what is left above the
    one card is a scrap (a photo's credit and a teaser from the site's
    menus) and the card's body is many times longer. The "card" is then the
    page's story (its wire byline and dateline read as a card's header),
    and the page is read whole."""
    if len(cards) != 1:
        return False  # (several cards are a list: the story above them may be short)
    words = sum(len(b.text.split()) for b in body)
    if words >= _SCRAP_WORDS:
        return False
    card = cards[0]
    return sum(prose[card.body_start : card.body_end]) >= max(_STORY_WORDS, _STORY_RATIO * words)


# --- lists of cards -------------------------------------------------------------


class _PageTitles:
    """Positions of the lines that repeat the page's title (``headline_candidates``),
    found when first asked: most pages have no card to check against them.
    The lines are looked for once a page: ``select_main`` is given them too."""

    __slots__ = ("_decisions", "_found", "_matches", "_title")

    def __init__(self, decisions: tuple[Decision, ...], title: str | None = None) -> None:
        self._decisions = decisions
        self._title = title
        self._matches: tuple[list[int], list[int]] | None = None
        self._found: frozenset[int] | None = None

    def __contains__(self, i: object) -> bool:
        if self._found is None:
            self._found = frozenset(self.above(len(self._decisions)))
        return i in self._found

    def above(self, n: int) -> list[int]:
        """``headline_candidates`` of the page's first ``n`` lines."""
        if self._matches is None:
            self._matches = headline_matches(self._decisions, self._title)
        return pick_candidates(self._matches, n if n < len(self._decisions) else None)


def _lists(
    lines: list[Line],
    starts: list[_Header],
    first: int | None,
    prose: list[int],
    heads: Container[int],
    language: str,
    options: Options,
    linked: frozenset[int] = frozenset(),
) -> list[Card]:
    """The cards below the main story, each list (up to the next section header)
    read whole by ``card_list.read_list``; a list it cannot read keeps the
    headers found above teasers.

    Without a card header that ends the main story, a section header below
    enough story whose list reads as two cards or more starts the cards.
    """
    found: list[_Header] = []
    # a rail of cards without teasers (``stories.rails``) is read by its
    # period, also where a header was found inside it (over its last
    # headline, read as a short teaser); looked for only where one may be
    # (a rail's stretch holds no text: a teaser below the header rules it out)
    rail: tuple[int, int] | None = None
    if first is not None:
        top = starts[first].start
        if _textless_below(lines, top):
            rail = rail_span(lines, prose, _MAIN_MIN_WORDS, language)
        if rail is not None and rail[0] <= top < rail[1]:
            lo = rail[0]
        else:
            lo, found = _section_above(lines, top), starts[first:]
    else:
        # (before the implicit list: the rail's reading settles the lines it reads)
        rail = rail_span(lines, prose, _MAIN_MIN_WORDS, language)
        section = _implicit_list(lines, starts, prose, heads, language, options, linked)
        if section is None and rail is not None:
            section = rail[0]
        if section is None:
            return []
        lo = section
    cuts = [i for i in range(lo + 1, len(lines)) if lines[i].kind == "section"]
    bounds = [lo, *cuts, len(lines)]
    cards: list[Card] = []
    k = 0  # the headers found, taken region by region (both in page order)
    for a, b in pairwise(bounds):
        first_old = k
        while k < len(found) and found[k].start < b:
            k += 1
        old = [h for h in found[first_old:k] if h.start >= a]
        # (a list that starts at a card's fields may start below its first card)
        extend = a == lo and lines[lo].kind != "section" and lines[lo].decision.rule != _LEGAL
        # (a stretch of headlines and their fields alone is a rail)
        new = field_rail(lines, a, b, language)
        railed = bool(new)
        if not railed:
            new = _contiguous(read_list(lines, a, b, language, extend=extend))
            new = merged(new, linked) if linked else new
        # a list where no header was found must read as a list on its own
        if _readable(lines, new, heads) and (
            bool(old) or a == lo or railed or _list_like(lines, new, prose, language)
        ):
            cards.extend(new)
        else:
            cards.extend(_from_headers(lines, old, b))
    if not cards:
        return cards
    above = _Above(lines, prose, heads, language, options.implicit_card_max_ratio)
    return _headed(above, _grown(above, cards))


def _textless_below(lines: list[Line], top: int) -> bool:
    """Whether no line of text lies from ``top`` to the next section header (or
    the page's end): else no rail (``rails.rail_span``, whose stretch runs
    from a start to the next section header and holds no text) holds ``top``."""
    for i in range(top, len(lines)):
        kind = lines[i].kind
        if kind == "body":
            return False
        if kind == "section" and i > top:
            return True
    return True


def _section_above(lines: list[Line], lo: int) -> int:
    """The section header a few short lines above the card header at ``lo``
    (no body text between them), where the list starts, or ``lo``: the
    lines between are the list's first card, whose header was missed."""
    j = lo - 1
    while j >= 0 and lo - j <= _WINDOW and lines[j].kind not in ("body", "section"):
        j -= 1
    return j if j >= 0 and lo - j <= _WINDOW and lines[j].kind == "section" else lo


_GAP_LINES = 6  # plain lines in no card between two cards that end a list


def _contiguous(cards: list[Card]) -> list[Card]:
    """A list's cards up to a gap of many lines that are in no card (a
    newsletter box, share buttons, a footer): what follows is no card of it."""
    for k in range(1, len(cards)):
        if cards[k].loose > _GAP_LINES:
            return cards[:k]
    return cards


_GROW_MAX = 3  # cards taken back above a list's first (each a small read)
_TAKEN_MAX_RATIO = 2  # a card taken back has a teaser at most this many times the list's longest


@dataclass(frozen=True, slots=True)
class _Above:
    """What taking cards back above a list reads: the page's lines, each
    line's story words, the page's headlines (no card's), the language, and
    how long a teaser may be against the story above it."""

    lines: list[Line]
    prose: list[int]
    heads: Container[int]
    language: str
    ratio: float


def _grown(page: _Above, cards: list[Card]) -> list[Card]:
    """``cards`` with the cards right above the first (``card_list.card_above``:
    any shape, as a list may mix two templates), when each is a card and not
    the story's own start: fields (a source's name alone over the headline
    when two cards repeat that template), a headline other than the page's
    title, enough story left above it, and a teaser no longer than twice the
    list's longest or than the story above."""
    lines, prose, heads, language = page.lines, page.prose, page.heads, page.language
    found = cards  # (the list's own cards set the longest teaser)
    for _ in range(_GROW_MAX):
        top = card_above(lines, cards[0], language)
        if top is None:
            break
        pair = read_list(lines, top, cards[0].stop, language)
        if len(pair) == 2 and pair[1].top < cards[0].top and _footed(lines, cards[0], language):
            # (the list's first card prints its fields below its teaser and none
            # above its headline: field lines of its footer's kinds between it
            # and the teaser above are that card's footer, not this card's
            # header; the card above is read alone, down to this headline)
            alone = read_list(lines, top, cards[0].top, language)
            if (
                len(alone) == 1
                and alone[0].title == pair[0].title
                and _footer_like(lines, alone[0], cards[0], language)
            ):
                pair = [alone[0], cards[0]]
        if len(pair) == 2 and pair[0].title is not None:
            # (a heading no lexicon knows read as the card's headline, the
            # headline below it as its teaser's first line: the card starts there)
            head = heading_at(lines, pair[0].title, language)
            if head == pair[0].title + 1 and head < pair[0].body_end:
                top = head
                pair = read_list(lines, top, cards[0].stop, language)
        if len(pair) != 2 or pair[1].title != cards[0].title or pair[0].title in heads:
            break
        if pair[0].title is None:
            break
        taken = pair[:1]
        # (a headline and text, maybe a name over them: a subheading, a menu's
        # end; unless the card above it repeats that name over a headline, two
        # cards of one template, or the card below does)
        if not any(lines[i].kind != "plain" for i in pair[0].fields) and not (
            _named_only(lines, pair[0]) and _named_only(lines, cards[0])
        ):
            taken = _named_pair(page, pair[0], cards[0]) or _headed_card(page, pair[0])
            if not taken:
                break
            top = taken[0].top
        story = sum(prose[:top])
        if story < _MAIN_MIN_WORDS or any(
            _teaser_words(lines, c, prose) > _taken_max(page, found, story) for c in taken
        ):
            break
        if len(taken) == 2:
            cards = [*taken, *cards]
            continue
        # (the list's own reading of its first card stands unless the card
        # above took its first lines as a footer)
        cards = [*pair, *cards[1:]] if pair[1].top != cards[0].top else [pair[0], *cards]
    return cards


def _footed(lines: list[Line], card: Card, language: str) -> frozenset[str]:
    """The field kinds ``card`` prints below its teaser (its footer) when it
    prints none above its headline; empty else."""
    if card.title is None or card.top != card.title or any(i < card.title for i in card.fields):
        return frozenset()
    return frozenset(
        s for i in card.fields if i >= card.body_end for s in settle(lines, i, language).slots
    )


def _footer_like(lines: list[Line], card: Card, below: Card, language: str) -> bool:
    """Whether ``card`` ends in a footer of field lines (cues) right above the
    headline of ``below``, each sharing a field kind with ``below``'s footer
    ("by Ann Lee · 10 mins read · Vox" over a card whose footer is "47 min
    ago | BY GRACE LIU")."""
    kinds = _footed(lines, below, language)
    feet = [i for i in card.fields if i >= card.body_end]
    return bool(feet) and all(
        (ln := settle(lines, i, language)).kind == "cue" and not kinds.isdisjoint(ln.slots)
        for i in feet
    )


def _named_pair(page: _Above, card: Card, below: Card) -> list[Card]:
    """``card`` (a source's name over its headline, no other field: "NDTV /
    Headline / teaser") and the card right above it, when that card prints
    its own name over its headline too; [] else. Read as three with the
    list's first card ``below``, each keeping its headline."""
    lines, language = page.lines, page.language
    # (read with the list below, a name over the card's headline may read
    # as a label over the first of two templates: the card starts at it)
    name = line_above(lines, card.top)
    if card.fields or name < 0 or not name_like(lines[name]):
        return []
    top = card_above(lines, replace(card, top=name), language)
    if top is None:
        return []
    three = read_list(lines, top, below.stop, language)
    if len(three) != 3 or [c.title for c in three[1:]] != [card.title, below.title]:
        return []
    if not all(_named_only(lines, c) for c in three[:2]) or three[0].title in page.heads:
        return []
    return three[:2]


def _headed_card(page: _Above, card: Card) -> list[Card]:
    """``card`` (no fields: a headline and its teaser) when a heading no
    lexicon knows sits right above its headline ("Before you go:",
    "HANDPICKED STORIES") and the headline is a sentence's length, no name:
    the list's heading over its first card ([] else; a menu's last link over
    a short label, "Help Hub / Topic A-Z", is none)."""
    lines = page.lines
    if card.title is None or card.top != card.title:
        return []
    head = lines[card.title]
    up = line_above(lines, card.top)
    if head.words < _HEADED_CARD_WORDS or name_like(head) or up < 0:
        return []
    return [card] if heading_at(lines, up, page.language) == card.title else []


_HEADED_CARD_WORDS = 8  # a headline of a sentence's length; a menu's link or a button is shorter


def _named_only(lines: list[Line], card: Card) -> bool:
    """Whether a card's one field is a source's name right above its headline."""
    return (
        card.title is not None
        and len(card.fields) == 1
        and card.title - 1 in card.fields
        and lines[card.title - 1].kind == "plain"
    )


def _taken_max(page: _Above, cards: list[Card], story: int) -> float:
    """The longest teaser a card taken in above a list may have: twice the
    list's longest, or the page's ratio times the ``story`` words above it."""
    longest = max(_teaser_words(page.lines, c, page.prose) for c in cards)
    return max(_TAKEN_MAX_RATIO * longest, page.ratio * story)


_SECTION_REACH = 4 * _WINDOW  # lines looked at above a list for its section header


def _headed(page: _Above, cards: list[Card]) -> list[Card]:
    """``cards`` with the cards between them and a section header a little
    above them (``_SECTION_REACH`` lines), below enough story, when those
    read as cards of any shape (fields or none: the header says a list
    starts) that fill the lines between, each with a teaser no longer than
    twice the list's longest or than the story above, and of prose (but one
    card of two or more); never across the page's legal line."""
    lines, prose, heads, language = page.lines, page.prose, page.heads, page.language
    top = cards[0].top
    reach = range(top - 1, max(-1, top - _SECTION_REACH), -1)
    s = next((j for j in reach if lines[j].kind == "section"), None)
    start = s
    if s is None:  # (or a heading no lexicon knows: the list starts at its headline)
        s, start = next(
            ((j, h) for j in reach if (h := heading_at(lines, j, language)) is not None),
            (None, None),
        )
    if s is None or start is None or start >= top:
        return cards
    if any(lines[k].decision.rule == _LEGAL for k in range(s, top)):
        return cards  # (a header above the page's legal line heads the host's section)
    story = sum(prose[:s])
    if story < _MAIN_MIN_WORDS:
        return cards
    new = read_list(lines, start, top, language)
    if not _fills(lines, new, cards[0], heads) or (start != s and _unlike(new, cards[0])):
        # (read again with the list's first cards below, whose template tells
        # a card's headline from its teaser's first line, or a teaser's inner
        # line from a card without fields: the cards above them, each with a
        # headline longer than a name; a commenter's "rmb8090" is none)
        stop = cards[min(1, len(cards) - 1)].stop
        new = [c for c in read_list(lines, start, stop, language) if c.top < top]
        real = _real_headlines(lines, [*new, cards[0]])
        if not real or not _fills(lines, new, cards[0], heads):
            return cards
    bound = _taken_max(page, cards, story)
    words = [_teaser_words(lines, c, prose) for c in new]
    # (of two cards or more, one may have a teaser that is no prose: a list of
    # dates, a table's rows, as a list read by its shape alone may)
    # (or each a short teaser, one sentence, when it prints the very fields
    # the list's first card prints: the template says card)
    short = sum(1 for w in words if w < _TEASER_MIN_WORDS)
    if max(words) > bound or (short > (len(new) >= 2) and not _same_fields(new, cards[0])):
        return cards
    if start != s and (
        _unlike(new, cards[0])
        or story_parts(lines, [*new, *cards], prose, start, sum(words), story)
    ):
        # (a heading no lexicon knows says less: the cards above show the list's
        # fields or none as its first does, and they are no parts of the story)
        return cards
    return [*new, *cards]


def _same_fields(new: list[Card], below: Card) -> bool:
    """Whether every card of ``new`` prints the kinds of fields the card
    ``below`` prints, two kinds or more (one field, a name, tells little)."""
    kinds = sorted(d.label for d in below.header)
    return len(set(kinds)) >= 2 and all(sorted(d.label for d in c.header) == kinds for c in new)


def _unlike(new: list[Card], below: Card) -> bool:
    """Whether a card of ``new`` shows fields where the card ``below`` shows
    none, or none where it shows some."""
    return any(bool(c.fields) != bool(below.fields) for c in new)


def _fills(lines: list[Line], new: list[Card], below: Card, heads: Container[int]) -> bool:
    """Whether cards read above the card ``below`` fill the lines down to it,
    with no stray line, and read as a list with it (``_readable``)."""
    return (
        bool(new)
        and new[-1].stop == below.top
        and not any(c.strays or c.loose for c in new)
        and _readable(lines, [*new, below], heads)
    )


_TEASER_MIN_WORDS = 15  # a card found by its list's shape alone has a teaser this long


def _list_like(
    lines: list[Line], cards: list[Card], prose: list[int], language: str, *, top: bool = False
) -> bool:
    """Whether cards found by their list's shape alone (no header above a teaser
    showed them) read as a list: two or more, no headline-like line in no card,
    each with a teaser of some sentences or ending in a "Read more" link but
    one card of three or more (a caption pasted as one teaser has no
    punctuation; a link list whose titles end in "..." has no teasers at
    all), or but one card of two when every card prints the same kinds of
    fields (the template they repeat says list, whatever a teaser's length).
    With ``top``, stray lines above a first card with fields are the page's
    foot, no link list's (below its last legal line: "Powered by
    WordPress.com VIP")."""
    first = 1 if top and cards and cards[0].fields else 0
    if len(cards) < 2:
        return False
    # (one stray line in one card below the first is a teaser's odd line
    # when every card prints the same fields; above the first card, stray
    # lines are the page's own, the list starts below them)
    strays = [c.strays for c in cards[first:]]
    if any(strays) and not (
        strays[1:].count(1) == 1 and sum(strays) == 1 and _one_template(cards)
    ):
        return False
    teasers = sum(
        1
        for c in cards
        if _teaser_words(lines, c, prose) >= _TEASER_MIN_WORDS
        or (
            c.body_end > c.body_start
            and ends_in_read_more(lines[c.body_end - 1].block.text, language)
        )
    )
    if teasers >= max(2, len(cards) - 1):
        return True
    # (cards that all print the same kinds of fields repeat a template: their
    # teasers may be short, all but one)
    shapes = {frozenset(d.label for d in c.header) for c in cards}
    if len(shapes) != 1 or not (shape := next(iter(shapes))):
        return False
    if teasers >= len(cards) - 1:
        return True
    # (two kinds of fields or more, each card's: a template strong enough
    # that a teaser of one sentence is a teaser, "Good morning! This is the
    # tech news you need to know.")
    return len(shape) >= 2 and all(
        _teaser_words(lines, c, prose) >= _TEASER_MIN_WORDS or _sentence_teaser(lines, c)
        for c in cards
    )


def _one_template(cards: list[Card]) -> bool:
    """Three cards or more, each printing the same fields (kinds and counts)."""
    shapes = {tuple(sorted(d.label for d in c.header)) for c in cards}
    return len(cards) >= 3 and len(shapes) == 1 and bool(next(iter(shapes)))


def _sentence_teaser(lines: list[Line], card: Card) -> bool:
    """Whether a card's teaser is whole sentences: a line or more of several
    words, the last ending as a sentence does."""
    if card.body_end <= card.body_start:
        return False
    last = lines[card.body_end - 1]
    return last.words >= _SENTENCE_TEASER_WORDS and SENTENCE_END.search(last.block.text) is not None


_SENTENCE_TEASER_WORDS = 6  # "I don't know. Help!" is a sentence; a label is shorter


def _teaser_words(lines: list[Line], card: Card, prose: list[int]) -> int:
    """The prose words of a card's teaser, a short one (a plain line, cut
    short without its full stop) counted when it is punctuated as prose."""
    words = 0
    for i in range(card.body_start, card.body_end):
        ln = lines[i]
        if prose[i]:
            words += prose[i]
        elif ln.kind == "plain" and _PUNCTUATED.search(ln.block.text):
            words += ln.words
    return words


def _readable(lines: list[Line], new: list[Card], heads: Container[int]) -> bool:
    """Whether a list's reading holds: cards with distinct headlines, none the
    page's own title and none missing (a date and a name over text is a
    reader comment), most of more than two words (a commenter's name over a
    date and a comment is no headline)."""
    if not new or any(c.title is None or len(c.fields) > _MAX_FIELDS for c in new):
        return False
    titles = [lines[c.title] for c in new if c.title is not None]
    keys = [_template_key(t.block.text) for t in titles]
    names = sum(1 for t in titles if t.words <= _NAME_WORDS)
    return (
        len(set(keys)) == len(keys)
        and 2 * names <= len(titles)
        and not any(c.title in heads for c in new)
    )


_NAME_WORDS = 2  # a "headline" this short is a name
_MAX_FIELDS = 8  # field lines of one card at most (more: a menu's, a footer's lines)


def _implicit_list(
    lines: list[Line],
    starts: list[_Header],
    prose: list[int],
    heads: Container[int],
    language: str,
    options: Options,
    linked: frozenset[int] = frozenset(),
) -> int | None:
    """Where a list of cards starts that no card header above a teaser showed:
    the first of these, below enough story, whose list reads as two cards or
    more, each a teaser no longer than the story above, with no headline-like
    line in no card (a link list in the story's middle, then more story, does
    not read so):

    * a section header, with cards of any shape below it;
    * a heading no lexicon knows ("Keep going"), right above a headline and
      its teaser, with cards of real headlines below it (``stories.headings``);
    * the page's last legal line ("© 2019 Hearst"), below which no story
      goes on, with cards whose headlines are no names or labels;
    * a teaser's footer: a headline, a teaser and a time or byline below it
      (cards whose fields all sit below the teaser have no header to find),
      when the first card keeps those fields; or a source below it when
      another source stands below a teaser a card's length further down;
    * a kicker (a desk's label, "SCIENCE") over a headline, repeated over
      another a card's length below, with cards of real headlines;
    * a card header too weak to end the story alone ("Posted 49m ago" above a
      headline), when every card of its list has fields and a headline and
      no line lies between cards (reader comments, a date and a name over
      text, have no headline, or vote buttons between them); a last such
      header with one teaser below starts its list at the card above it
      when that card prints the same kinds of fields (a list of two);
    * a headline the page printed as a whole link, over a teaser, repeated
      a card's length below, with cards whose headlines are all links
      (``stories.link_cards``).
    """
    kinds = [ln.kind for ln in lines]
    n = len(lines)
    header_starts = [h.start for h in starts]
    above = list(accumulate(prose, initial=0))  # story words above each line
    sections = [0] if kinds[:1] == ["section"] else []
    # teasers: body lines right below a shorter line, or plain lines of a short
    # teaser's length right below a field ("9 minute read" / "HAYWARD, Calif.
    # (AP) - The Latest on ... (all times local):")
    teasers: list[int] = []
    # the first few footers and headers below enough story are tried (each read
    # runs to the next section header: a bounded number keeps the cost linear);
    # a footer is a time or byline right below a teaser (only the lines tested
    # are settled): ``below`` holds the lines that may be one
    below: list[int] = []
    mids: list[int] = []
    # a desk's label right over a plain line ("SCIENCE" over a headline): the
    # top of a card whose only header field is its kicker
    kickers: list[int] = []
    # (one pass over the page, line pairs zipped: this runs on every page)
    for i, (up, kind) in enumerate(pairwise(kinds), 1):
        if kind == "body":
            if up != "body":
                teasers.append(i)
                if up in _SHORTISH and i > 1 and kinds[i - 2] == "plain":
                    mids.append(i - 1)  # (maybe a source's name under a headline)
        elif kind == "section":
            sections.append(i)
        elif up == "body":
            if kind in _BELOW_TEASER and above[i] >= _MAIN_MIN_WORDS:
                below.append(i)
        elif kind == "plain" and up == "cue" and _short_body(lines[i]):
            teasers.append(i)
        elif (
            kind == "plain"
            and up == "plain"
            and lines[i].words > _CUT_TEASER_WORDS
            and _headline_text(lines[i - 1].block.text)
        ):
            teasers.append(i)  # (a teaser cut short, "... the former British colony's")
        elif up == "chrome" and kind in _SHORTISH and lines[i - 1].decision.rule == _KICKER:
            kickers.append(i - 1)
    teaser_set = frozenset(teasers)
    cues = (i for i in below if kinds[i] != "plain" and _footer_cue(lines, i, language, below))
    footers = list(islice(cues, _FOOTER_TRIES))
    # (or a source's name: tried apart, so that names in the story above leave
    # the times their tries)
    ends = _named_footers(lines, [i for i in below if kinds[i] != "cue"], language)
    footers += ends
    headers = set(sorted(i for i in header_starts if above[i] >= _MAIN_MIN_WORDS)[:_FOOTER_TRIES])
    # a source's name each card prints between headline and teaser ("FRANCE
    # 24"), repeated: its first card's headline (no header field shows them)
    named = _named_headers(lines, [i for i in mids if above[i] >= _MAIN_MIN_WORDS], language)
    # the page's last legal line ("© 2019 Hearst"): what follows it is no story
    # (looked for from the end: it is near the end when there is one)
    last_legal = next((i for i in range(n - 1, -1, -1) if lines[i].decision.rule == _LEGAL), None)
    legal = [] if last_legal is None else [last_legal]
    # a kicker over a headline repeated a card's length below (two cards whose
    # label is their desk's): the first few such, below enough story, each
    # a list's first card, which starts at the fields or the source's name
    # right above its kicker if any ("BY ANN LEE / Axios / WORLD NEWS")
    # (a menu of desks has no teaser between two)
    kicked = [
        _fields_top(lines, k)
        for k, below_k in pairwise(kickers)
        if above[k] >= _MAIN_MIN_WORDS
        and below_k - k <= _CARD_REACH
        and _count(teasers, k, below_k) >= 1
    ][:_NAMED_TRIES]
    linked_at = link_list_tops(lines, linked, teasers, above, _MAIN_MIN_WORDS, _CARD_REACH)

    def tries() -> Iterator[tuple[int, str, int | None]]:
        """Each start line to try, the way it was found, and the list's first line."""
        for i in sorted({*sections, *footers, *headers, *legal, *named, *kicked, *linked_at}):
            if above[i] < _MAIN_MIN_WORDS:
                continue
            # a line below a teaser and above a headline may be either: as a
            # footer it keeps the card above in the list, so that reading goes first
            ways = ["section"] if kinds[i] == "section" else ["legal"] if i in legal else []
            ways += ["named"] if i in named else []
            ways += ["footer"] if i in footers else []
            ways += ["header"] if i in headers else []
            ways += ["kicker"] if i in kicked else []
            ways += ["linked"] if i in linked_at else []
            for way in ways:
                yield i, way, _card_top(lines, i, language) if way == "footer" else i
        # headings no lexicon knows, right above a headline and its teaser: the
        # weakest evidence, tried where no other way found a list, the last few
        # (a page's lists sit below its story; forms and menus above them
        # would use up the tries)
        found = list(headings(lines, teasers, above, _MAIN_MIN_WORDS, language, last_legal))
        # (a heading of one word, "POPULAR", is weaker still: a source's name in
        # capitals over a headline reads the same, so it takes no other's try)
        one = [f for f in found if lines[f[0]].words == 1]
        # (a heading over a card header's fields, the weakest: its last one)
        known = {i for i, _ in found}
        over = headings_over_fields(lines, teasers, above, _MAIN_MIN_WORDS, language)
        fields = [f for f in over if f[0] not in known]
        tried = [f for f in found if f not in one][-_HEADING_TRIES:] + one[-1:] + fields[-1:]
        for i, first in tried:
            yield i, "heading", first

    for i, way, lo in tries():
        hi = sections[bisect_right(sections, i)] if sections and sections[-1] > i else n
        stop = min(hi, ends[i]) if way == "footer" and i in ends else hi
        if way in ("heading", "kicker") and lo is not None:
            # (its first cards tell; the list is read whole once it starts)
            stop = min(stop, lo + _HEADING_READ)
        pair: list[Card] = []
        if way == "header" and lo is not None and _count(teasers, lo, stop) == 1:
            # (the last card of two: the list starts at the card above it when
            # that card repeats its fields, its teaser maybe too short to be seen)
            title = starts[bisect_left(header_starts, lo)].title
            pair = _template_above(lines, lo, title, min(stop, lo + _HEADING_READ), language)
            if not pair:
                continue
            lo, way = pair[0].top, "template"
        elif lo is None or _count(teasers, lo, stop) < (1 if way == "kicker" else 2):
            # (fewer than two teasers: not read, as settling its lines costs; a
            # kicker's repetition is the evidence, a teaser may be a short line)
            continue
        if lo is None or not _teaser_near(kinds, teaser_set, lo, stop):
            continue
        if way == "header" and not _headed_prefix(lines, header_starts, i, hi, language):
            continue
        cards = pair or read_list(lines, lo, stop, language)
        if way == "linked" and not (cards := linked_cards(cards, linked)):
            continue
        if not (_shaped(lines, cards, i, way) and _readable(lines, cards, heads)):
            continue
        if last_legal is not None and any(c.body_start <= last_legal < c.body_end for c in cards):
            # (no teaser holds the page's copyright line: a "card" whose teaser
            # runs on past it read the host's footer into one, and the list
            # starts lower; the legal line's own try or a heading finds it)
            continue
        if way == "footer" and i in ends and _clocked(lines, cards):
            continue  # (names over "3. neiljones10/29/12 2:29 PM": reader comments)
        teasers_words = [sum(prose[c.body_start : c.body_end]) for c in cards]
        longest = max(teasers_words)
        if (
            way == "heading"
            and not _tailed(lines, cards)
            and not all(c.fields for c in cards)
            and story_parts(lines, cards, prose, lo, sum(teasers_words), above[lo])
        ):
            continue  # (a story's subheadings over its parts; no subheading names a source)
        ratio = options.implicit_card_max_ratio
        # (below the page's last legal line no story goes on: cards of any length)
        if (way == "linked" or _list_like(lines, cards, prose, language, top=way == "legal")) and (
            way == "legal" or longest <= ratio * above[lo] or _long_list(lines, cards)
        ):
            # (below the legal line, a first "card" with no field over cards
            # that show some, all or all but one, is no card of the list: a
            # plea, a prompt)
            if (
                way == "legal"
                and not cards[0].fields
                and sum(1 for c in cards[1:] if c.fields) >= max(_FIELDED_BELOW, len(cards) - 2)
            ):
                return cards[1].top
            return lo
    return None


_SHORTISH = frozenset({"plain", "short"})


def _fields_top(lines: list[Line], k: int) -> int:
    """The first of the field lines and the source's name (a few) right
    above line ``k``, or ``k``."""
    top = k
    while top > 0 and k - top < _KICKER_FIELDS:
        up = lines[top - 1]
        if up.kind != "cue" and not (up.kind in _SHORTISH and name_like(up)):
            break
        top -= 1
    return top


_KICKER_FIELDS = 3  # field lines above a kicker that are its card's
_KICKER = "card.section_label"
# lines from one card's kicker or footer to the next's: a headline, a teaser of a few paragraphs
_CARD_REACH = 2 + 8


def _headline_text(text: str) -> bool:
    """Whether a plain line may be a headline over a teaser: no address, no
    label leading on to what follows ("(1) Mike says:", "Thanks again,")."""
    return "://" not in text and text.rstrip()[-1:] not in ":,;"


def _tailed(lines: list[Line], cards: list[Card]) -> bool:
    """Whether every headline of a list ends in a source's name ("... - Yahoo News")."""
    return all(c.title is not None and _tail_source(lines[c.title].block.text) for c in cards)


_LEGAL = "line.legal"
_FIELDED_BELOW = 3  # fielded cards below the legal line that tell its field-less first is none

_LONG_LIST = 3  # cards of a list that may each be longer than the story above


def _long_list(lines: list[Line], cards: list[Card]) -> bool:
    """Three cards or more, each with a headline of more than a name's words:
    no story's own start, whatever their teasers' length (a link list's
    "* Feedback" over the story's text is no headline)."""
    return len(cards) >= _LONG_LIST and all(
        c.title is not None and lines[c.title].words > _NAME_WORDS for c in cards
    )


_PREFIX_CARDS = 3  # cards of a list of headers read first, to test its shape cheaply


def _headed_prefix(
    lines: list[Line], header_starts: list[int], i: int, hi: int, language: str
) -> bool:
    """Whether the list of card headers from line ``i`` to ``hi`` has the shape
    of one in its first few cards: two headers or more, each card with fields
    and a headline. Most runs of weak headers on a page (a comment thread's,
    a link list's) fail on their first or second card, so the whole list is
    read only when its start holds.
    """
    k = bisect_right(header_starts, i)
    if k >= len(header_starts) or header_starts[k] >= hi:
        return False  # (every card has fields: a list of headers holds two of them)
    stop = k + _PREFIX_CARDS - 1
    if stop >= len(header_starts) or header_starts[stop] >= hi:
        return True  # (a short list is read whole anyway)
    return _shaped(lines, read_list(lines, i, header_starts[stop], language), i, "header")


def _shaped(lines: list[Line], cards: list[Card], i: int, way: str) -> bool:
    """Whether a list found ``way`` at line ``i`` has the shape that way needs
    (see ``_implicit_list``)."""
    if way == "heading":
        # cards each with a real headline (no lower-case start: a sentence's
        # piece; a field may start so, "by Ann Lee"), nothing between them
        return (
            len(cards) >= 2
            and _real_headlines(lines, cards)
            and all(
                not (
                    c.loose
                    or c.strays
                    or (c.top not in c.fields and lines[c.top].block.text[:1].islower())
                )
                for c in cards
            )
        )
    if way == "legal":
        return len(cards) >= 2 and _real_headlines(lines, cards)
    if way == "kicker":
        # cards of real headlines, each under a kicker, nothing between; no
        # headline a sentence with its full stop (a site's menu of desks, each
        # over a line saying what it holds: "Video / The latest news video.")
        return (
            len(cards) >= 2
            and _real_headlines(lines, cards)
            and all(
                c.title is not None
                and c.title > c.top
                and not c.loose
                and not lines[c.title].block.text.rstrip().endswith(".")
                for c in cards
            )
        )
    if way in ("header", "named", "template"):
        # (every card has fields and a headline, nothing between)
        return len(cards) >= 2 and all(
            c.fields and c.title is not None and not c.loose for c in cards
        )
    if way == "footer":  # the first card keeps it
        return bool(cards) and i in cards[0].fields
    return True


def _template_above(
    lines: list[Line], lo: int, title: int | None, stop: int, language: str
) -> list[Card]:
    """The card right above the card header at line ``lo`` and the card it
    heads (headline ``title``; read down to ``stop``: no other), when the
    card above prints the very field kinds that card does (two cards of one
    template: a list of two, whose first teaser may be too short to mark
    it); [] else."""
    # (``card_above`` reads up from a card's top alone)
    top = card_above(lines, Card(lo, lo, None, (), (), frozenset(), lo, lo), language)
    if top is None:
        return []
    pair = read_list(lines, top, stop, language)
    if len(pair) != 2 or pair[1].title != title or not pair[1].fields:
        return []
    first, second = ([settle(lines, k, language).slots for k in sorted(c.fields)] for c in pair)
    return pair if first == second else []


def _real_headlines(lines: list[Line], cards: list[Card]) -> bool:
    """Whether every card has a real headline: no name ("Non-necessary", a
    commenter's "rmb8090") and no label ("Print citation:")."""
    return all(
        c.title is not None
        and lines[c.title].words > _NAME_WORDS
        and not lines[c.title].block.text.rstrip().endswith(":")
        for c in cards
    )


def _count(sorted_lines: list[int], lo: int, hi: int) -> int:
    """How many of ``sorted_lines`` lie in ``lo`` .. ``hi``."""
    return bisect_left(sorted_lines, hi) - bisect_left(sorted_lines, lo)


def _teaser_near(kinds: Sequence[str], teasers: Container[int], lo: int, hi: int) -> bool:
    """Whether body text or a teaser starts within a card header's reach below
    line ``lo`` (a list starts right below its section header)."""
    seen = 0
    for i in range(lo + 1, hi):
        if kinds[i] == "body" or i in teasers:
            return True
        if kinds[i] != "chrome":
            seen += 1
            if seen > _WINDOW:
                return False
    return False


_FOOTER_TRIES = 4  # footers tried as a list's start (each reads to the next section)
_HEADING_READ = 40  # lines read below a heading no lexicon knows to judge its list
_HEADING_TRIES = 2  # the page's last such headings tried (a read each)
_NAMED_TRIES = 2  # sources' names tried so


def _named_headers(lines: list[Line], mids: list[int], language: str) -> set[int]:
    """The headline over the first of the sources' names that stand between a
    headline and its teaser (``mids``) two times or more with the same text:
    a list of cards whose only field is that name ("Headline / FRANCE 24 /
    teaser"), tried from its first card."""
    return {i - 1 for i in _repeated_names(lines, mids, language)}


def _named_footers(lines: list[Line], below: list[int], language: str) -> dict[int, int]:
    """The sources' names among the lines ``below`` teasers that a list may
    start at ("NDTV" under each card), each with where its list ends (its
    last card's name: read no further): a name standing below two teasers
    or more, over the next headline, tried once (a list is read from its
    first)."""
    over = [i for i in below if _headline_next(lines, i)]
    lasts = {lines[i].block.text: i for i in over}
    return {i: lasts[lines[i].block.text] + 1 for i in _repeated_names(lines, over, language)}


def _repeated_names(lines: list[Line], found: list[int], language: str) -> list[int]:
    """Of the lines ``found`` (in page order), the first of each text printed
    two times or more that reads as a source's name, the first
    ``_NAMED_TRIES`` of them in page order."""
    seen = Counter(lines[i].block.text for i in found)
    firsts = {lines[i].block.text: i for i in reversed(found) if seen[lines[i].block.text] >= 2}
    named = (i for i in sorted(firsts.values()) if name_like(settle(lines, i, language)))
    return list(islice(named, _NAMED_TRIES))


_NEXT_HEADLINE_MIN_WORDS = 4  # a line this long below a name may be the next card's headline
_CHROME_GAP = 4  # chrome lines between a card's footer and the next headline, and one


def _headline_next(lines: list[Line], i: int) -> bool:
    """Whether the first line below line ``i`` that is no chrome (a few looked
    at) is a plain line of a headline's length, settled or not."""
    for ln in lines[i + 1 : i + 1 + _CHROME_GAP]:
        if ln.kind != "chrome":
            return ln.kind in ("plain", "short") and (
                _NEXT_HEADLINE_MIN_WORDS <= ln.words <= _TITLE_MAX_WORDS
            )
    return False


_CLOCK = regex.compile(r"\d:\d\d")


def _clocked(lines: list[Line], cards: list[Card]) -> bool:
    """Whether a "headline" of the cards holds a clock time (a commenter's
    name and the time of the comment)."""
    return any(c.title is not None and _CLOCK.search(lines[c.title].block.text) for c in cards)


_BELOW_TEASER = frozenset({"short", "cue", "plain"})  # what a footer's line may be, unsettled
_FOOTER_SLOTS = frozenset({"time", "author", "reading"})  # what a footer may start with


def _footer_cue(lines: list[Line], i: int, language: str, below: list[int]) -> bool:
    """A time, a byline or a reading time right below a teaser; or a source
    ("Valley Star | SCIENCE") when another source stands below a teaser a
    card's length further down (a source under one teaser is the story's
    credit as often as a card's footer: "- Reuters")."""
    ln = settle(lines, i, language)
    if ln.kind != "cue":
        return False
    if not ln.slots.isdisjoint(_FOOTER_SLOTS):
        return True
    if "source" not in ln.slots:
        return False
    k = bisect_right(below, i)
    return (
        k < len(below)
        and below[k] - i <= _CARD_REACH
        and "source" in settle(lines, below[k], language).slots
    )


def _card_top(lines: list[Line], i: int, language: str) -> int | None:
    """The headline above the teaser that ends above line ``i`` (fields and a
    source's name between headline and teaser skipped), or None (a field
    above the teaser with more body text above it: no headline)."""
    j = i - 1
    seen_body = seen_field = False
    while j >= 0 and i - j <= _WINDOW * 4:
        ln = settle(lines, j, language)
        if ln.kind == "body":
            if seen_field:
                return None
            seen_body = seen_body or not ln.weak
        elif ln.kind == "plain" and seen_body:
            # (a source's name between headline and teaser: the headline is above)
            return j - 1 if j and source_below(settle(lines, j - 1, language), ln) else j
        elif ln.kind == "cue" and seen_body:
            seen_field = True
        elif ln.kind not in ("chrome", "cue"):
            return None
        j -= 1
    return None


def _from_headers(lines: list[Line], hs: list[_Header], stop: int) -> list[Card]:
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


def _first_card(
    lines: list[Line], starts: list[_Header], prose: list[int], options: Options
) -> int | None:
    """Index (into ``starts``) of the card that ends the main story, if any.

    A card ends the main story only below enough story text (prose: a
    flattened menu or tag cloud is long but no story). After a section
    header any card header will do. Without one, the header must be strong,
    every card from it to the page's end compact, and no card bigger than a
    card below that much story may be:

    * a teaser card is smaller than the story (``implicit_card_max_ratio``):
      an embedded video's header in the middle of a story heads more story;
    * a card headed by a byline and a date is a story of its own (the next
      one of an endless page), of any length, but the first card may hold at
      most ``implicit_story_max_ratio`` times the story above, unless the
      story above has a byline and a date of its own: more, and it is the
      story's own header below a standfirst or a teaser.
    """
    if not starts:
        return None
    n = len(starts)
    compact = [_compact(lines, h, starts[k + 1 : k + 2]) for k, h in enumerate(starts)]
    # whether every card from k on is compact
    compact_on: list[bool] = list(accumulate(reversed(compact), lambda a, b: a and b))[::-1]
    full = [_full(h) for h in starts]
    story = list(accumulate(prose, initial=0))
    bodies: list[int] = []  # each card's body words, counted once a card may qualify
    teasers_max: list[int] = []  # the largest teaser body from each card on
    implicit: int | None = None
    for k, h in enumerate(starts):
        before = story[h.start]
        if before < _MAIN_MIN_WORDS:
            continue
        if h.title is not None and after_section(lines, h.start):
            # a card below a section header wins over an implicit one above (a
            # date and a name with no headline head a reader comment)
            return k
        if implicit is not None or not (_strong(h) and compact_on[k]):
            continue
        if not bodies:
            bodies = [_body_words(lines, c, starts[j + 1 : j + 2]) for j, c in enumerate(starts)]
            teasers_max = [0] * (n + 1)
            for j in range(n - 1, -1, -1):
                teasers_max[j] = max(teasers_max[j + 1], 0 if full[j] else bodies[j])
        if teasers_max[k] <= options.implicit_card_max_ratio * before and (
            not full[k] or any(full[:k]) or bodies[k] <= options.implicit_story_max_ratio * before
        ):
            implicit = k
    return implicit


def _full(h: _Header) -> bool:
    """A header with a byline and a date: a whole story's, not a teaser's."""
    return "author" in h.slots and "time" in h.slots


def _prose_words(lines: list[Line]) -> list[int]:
    """Per line, the words of body text that reads as prose; 0 for any other line.

    Prose has sentence punctuation; a flattened menu, tag cloud or keyword
    list is long text with none, in any language.
    """
    out = [0] * len(lines)
    for i, ln in enumerate(lines):
        if ln.kind == "body" and not ln.chrome_body:
            text = ln.decision.block.text
            # (a comma or full stop before a space says it before the pattern's scan)
            if ", " in text or ". " in text or _PUNCTUATED.search(text):
                out[i] = ln.words
    return out


# A sentence's end or a comma, followed by a space, a closing mark or the line's end.
_PUNCTUATED = regex.compile(r"[.!?…。！？।,،、，;](?=[\s\"'”’)\]]|$)")


def _body_words(lines: list[Line], h: _Header, following: list[_Header]) -> int:
    """Words of running text in the card that ``h`` heads."""
    stop = following[0].start if following else len(lines)
    return sum(
        ln.words for ln in lines[h.body_start : stop] if ln.kind == "body" and not ln.chrome_body
    )


def _compact(lines: list[Line], h: _Header, following: list[_Header]) -> bool:
    """Whether the card's body is running text, not text among menus and link lines.

    A story's own header above its body, or a teaser box in the page's
    furniture, is followed by many short lines before the next card; the
    last card may be followed by a footer.
    """
    stop = following[0].start if following else len(lines)
    span = [ln for ln in lines[h.body_start : stop] if ln.kind != "chrome"]
    last = max((n for n, ln in enumerate(span) if ln.kind == "body"), default=-1)
    if not following:
        span = span[: last + 1]
    shorts = sum(1 for ln in span if ln.kind in ("plain", "cue", "short"))
    bodies = sum(1 for ln in span if ln.kind == "body")
    return shorts <= max(2, bodies // 2)


def _mark_unknown_header(
    lines: list[Line], main_part: list[Decision], cut: int, language: str
) -> None:
    """A short heading line right above the first card is a section header."""
    i = line_above(lines, cut)
    if i < 0 or settle(lines, i, language).kind != "plain":
        return
    ln = lines[i]
    if (
        ln.words <= 6
        and not SENTENCE_END.search(ln.block.text)
        and i > 0
        and lines[i - 1].kind != "section"
    ):
        r = rule("card.section_header")
        main_part[i] = Decision(ln.block, Label.SECTION_HEADER, r.name, r.kind, r.reason)


def _segments(lines: list[Line], cards: list[Card]) -> list[Segment]:
    """Each card's lines as a segment: headline, header fields, body; the rest of
    its span removed (chrome under its own rule, other text as stray)."""
    out: list[Segment] = []
    for c in cards:
        removed = list(c.cut)
        body: list[Block] = []
        for i in range(c.top, c.stop):
            if i == c.title or i in c.fields:
                continue
            ln = lines[i]
            if ln.kind in ("chrome", "section") or (ln.chrome_body and i > c.body_start):
                removed.append(_removal(ln.decision))
            elif c.body_start <= i < c.body_end:
                body.append(ln.block)
            else:
                removed.append(_removal(ln.decision, "card.stray"))
        title = lines[c.title].block if c.title is not None else None
        out.append(
            Segment(
                "related",
                title,
                c.header,
                tuple(body),
                tuple(sorted(removed, key=lambda r: r.start)),
            )
        )
    return out


T = TypeVar("T")


# "<headline> - Reuters": a source after the headline, behind a dash or a bar
# (spaces bounded: unbounded runs on both sides make the search quadratic)
_TITLE_TAIL = regex.compile(r"\s{1,3}[-–—|]\s{1,3}(?P<source>[^-–—|]{2,40}?)\s{0,3}$")
# or in brackets, "<headline> (Reuters)": taken only when every sourceless
# card's headline ends so (one headline's "(SNC)" or "(Video)" is its own)
_BRACKET_TAIL = regex.compile(r"\s{1,3}\((?P<source>[^-–—|()]{2,40}?)\)\s{0,3}$")
_TAIL_MAX_WORDS = 4


def _title_tail(card: Segment, sourced: bool) -> regex.Match[str] | None:
    """The source at the end of a card's headline, if it reads as one and the
    card names no source otherwise (``sourced``)."""
    if card.title is None or sourced:
        return None
    return _tail_source(card.title.text)


def _tail_source(
    text: str, tail: regex.Pattern[str] = _TITLE_TAIL
) -> regex.Match[str] | None:
    """The source's name at the end of a headline ("... - Yahoo News"), or None."""
    m = tail.search(text)
    if m is None:
        return None
    words = m.group("source").split()
    if len(words) > _TAIL_MAX_WORDS or SENTENCE_END.search(m.group("source")):
        return None
    # a name: every word capitalised ("The Wall Street Journal") or a domain,
    # but a language's function words ("The Times of India", "La Voz del Valle")
    capitalised = [w[:1].isupper() or w[:1].isdigit() or "." in w for w in words]
    if capitalised[0] and (all(capitalised) or not sentence_cased(m.group("source"))):
        return m
    return None


_TAILS_ALL_BUT_ONE = 4  # in a list of this many sourceless cards, one may show its source apart


# a rank before a headline: "1. ", "2) " (a space after it: no decimal, "1.39")
_RANK = regex.compile(r"(\d{1,3})[.)]\s{1,3}(?=\S)")
# a list's bullet before a headline: "• ", "▪ ", "- ", "* " (a Markdown list)
_BULLET = regex.compile(r"([•·▪▫►▸▶◆◇■□●○◦‣⁃∙*\-–—→»])\s{1,3}(?=\S)")


def title_ranks(cards: list[Segment]) -> list[Segment]:
    """Cards whose headlines all open with ranks counting up by one ("1. ",
    "2. ", ... : a numbered list) or all with one bullet ("• "), each rank or
    bullet cut from its headline; one headline of a list that opens with a
    number of its own ("10 things to know") is no rank.

    >>> def card(text):
    ...     return Segment("related", Block(0, 0, len(text), text, 0), (), ())
    >>> [c.title.text for c in title_ranks([card("1. Ports reopen"), card("2. Rail delayed")])]
    ['Ports reopen', 'Rail delayed']
    >>> [c.title.text for c in title_ranks([card("1. Ports reopen"), card("Rail delayed")])]
    ['1. Ports reopen', 'Rail delayed']
    >>> [c.title.text for c in title_ranks([card("• Ports reopen"), card("• Rail delayed")])]
    ['Ports reopen', 'Rail delayed']
    """
    if len(cards) < 2:
        return cards
    texts = [c.title.text if c.title is not None else "" for c in cards]
    ranks = [_RANK.match(t) for t in texts]
    found = [m for m in ranks if m is not None]
    if len(found) < len(cards) or any(
        int(b.group(1)) != int(a.group(1)) + 1 for a, b in pairwise(found)
    ):
        # one bullet before every headline (the same one: a dash before one
        # headline alone may be the headline's own)
        found = [m for m in (_BULLET.match(t) for t in texts) if m is not None]
        if len(found) < len(cards) or len({m.group(1) for m in found}) > 1:
            return cards
    out: list[Segment] = []
    for card, m in zip(cards, found, strict=True):
        t = card.title
        assert t is not None
        k = m.end()
        title = Block(t.index, t.start + k, t.end, t.text[k:], t.blank_before)
        cut = removal("card.rank", t.text[:k], t.start, t.start + k)
        removed = tuple(sorted((*card.removed, cut), key=lambda x: x.start))
        out.append(dataclasses.replace(card, title=title, removed=removed))
    return out


def without_pleas(cards: list[Segment]) -> list[Segment]:
    """Cards whose teaser is all the site's own plea ("Follow by Email" over "Get
    all latest content delivered straight to your inbox.", "We Need to Talk
    About Your Ad Blocker"): a sign-up box or an ad blocker's notice printed
    like a card, no story. Their lines go as content.promo.

    >>> def card(title, text):
    ...     t, b = Block(0, 0, len(title), title, 0), Block(1, 0, len(text), text, 0)
    ...     return Segment("related", t, (), (b,))
    >>> kept = without_pleas([card("Follow by Email", "Sign up for our newsletter."),
    ...                       card("Ports reopen", "The ports reopened on Monday.")])
    >>> [c.title.text if c.title else None for c in kept]
    [None, 'Ports reopen']
    """
    out: list[Segment] = []
    for card in cards:
        if not card.body or not all(is_promo(b.text) for b in card.body):
            out.append(card)
            continue
        blocks = [card.title] if card.title is not None else []
        blocks += [d.block for d in card.header] + list(card.body)
        gone = [removal("content.promo", b.text, b.start, b.end) for b in blocks]
        removed = tuple(sorted((*card.removed, *gone), key=lambda r: r.start))
        out.append(Segment(card.role, None, (), (), removed))
    return out


# a field printed after a headline on its line, behind a bar or a dot:
# "Headline | Source | 2h", "Headline · 5 min read" (bounded: linear search)
_TITLE_FIELD = regex.compile(r"\s{1,3}[|·•]\s{1,3}(?P<field>[^|·•\s][^|·•]{0,40}?)\s{0,3}$")
_TITLE_MIN_WORDS = 3  # a headline left with fewer words had no fields on its line


def title_fields(cards: list[Segment], language: str | None) -> list[Segment]:
    """Cards whose headlines end in a time or a reading time behind a bar or
    a dot ("Headline | Valley News | 5 hours ago"), with those fields cut
    out of the headline into the card's header (a time only when the card
    has none). A source's name left at the end goes by ``title_sources``.

    >>> from newsclean.core.types import Block
    >>> t = Block(0, 0, 50, "Rail strike called off after talks | Coast FM | 3d")
    >>> card = title_fields([Segment("related", t, (), (), ())], "en")[0]
    >>> card.title.text, [d.block.text for d in card.header]
    ('Rail strike called off after talks | Coast FM', ['3d'])
    """
    out: list[Segment] = []
    for card in cards:
        t = card.title
        if t is None or ("|" not in t.text and "·" not in t.text and "•" not in t.text):
            out.append(card)
            continue
        timed = any(d.label is Label.TIMESTAMP for d in card.header)
        header, cuts, end = list(card.header), list(card.removed), len(t.text)
        while (m := _TITLE_FIELD.search(t.text, 0, end)) is not None:
            a, b = m.span("field")
            field = m.group("field")
            if len(t.text[: m.start()].split()) < _TITLE_MIN_WORDS:
                break
            if is_reading_time(field, language):
                cuts.append(removal("card.reading_time", field, t.start + a, t.start + b))
            elif not timed and is_time_field(field, language or "en"):
                block = Block(t.index, t.start + a, t.start + b, field, False)
                header.append(Decision(block, Label.TIMESTAMP, "card.timestamp"))
                timed = True
            else:
                break
            bar = t.text[m.start() : a]
            cuts.append(removal("card.field_separator", bar, t.start + m.start(), t.start + a))
            end = m.start()
        if end == len(t.text):
            out.append(card)
            continue
        title = Block(t.index, t.start, t.start + end, t.text[:end], t.blank_before)
        out.append(
            dataclasses.replace(
                card,
                title=title,
                header=tuple(header),
                removed=tuple(sorted(cuts, key=lambda x: x.start)),
            )
        )
    return out


def title_sources(cards: list[Segment]) -> list[Segment]:
    """Cards whose headlines all end in " - <Source>" (an aggregator's list),
    with the source cut out of each headline into the card's header (text
    mode's cards and HTML mode's).

    One headline may hold a dash of its own ("Rock - Paper - Scissors"), so
    the tails count only when every card without a source has one, and
    there are two cards or more; of four sourceless cards or more, one may
    lack it (a list mixing templates prints that card's source apart), and
    any may when two or more have it and their fields differ in kind from
    every card without (each template of a mixed list keeps its own).
    Otherwise a tail is cut only when it reads as a source by itself
    (``_named_tail``) or two headlines end in it.
    """
    # (a byline's outlet is read once per card: parsing a byline is dear)
    sourced = [_has_source(c) for c in cards]
    pairs = list(zip(cards, sourced, strict=True))
    tails = [_title_tail(c, known) for c, known in pairs]
    sourceless = sum(c.title is not None and not known for c, known in pairs)
    found = sum(t is not None for t in tails)
    if not found and sourceless >= 2:
        brackets = [
            _tail_source(c.title.text, _BRACKET_TAIL) if c.title and not known else None
            for c, known in pairs
        ]
        if sum(b is not None for b in brackets) == sourceless:
            tails, found = brackets, sourceless
    every = sourceless >= 2 and found >= sourceless - (sourceless >= _TAILS_ALL_BUT_ONE)
    if not every and (found < 2 or not _own_template(cards, tails)):
        # (else only a tail that reads as a source on its own: a name in
        # capitals or a domain, or a name another card gives as its source)
        named = {
            d.block.text.lstrip(_DASHES).strip().casefold()  # ("- Reuters")
            for c in cards
            for d in c.header
            if d.label is Label.SOURCE
        }
        # (or a tail that two headlines end in: "... - Yahoo News" twice)
        repeats = Counter(m.group("source").casefold() for m in tails if m is not None)
        named |= {tail for tail, n in repeats.items() if n >= 2}
        # (or any name when every other card names its source: the list's
        # template gives each card one, this card's is in its headline)
        each = sum(sourced) >= 2 and sum(sourced) + found == len(cards)
        tails = [
            m if m and (_named_tail(m.group("source"), named) or (each and _outlet(m))) else None
            for m in tails
        ]
        if not any(tails):
            return cards
    out: list[Segment] = []
    for card, m in zip(cards, tails, strict=True):
        if m is None or card.title is None:
            out.append(card)
            continue
        t = card.title
        cuts = [
            removal(
                "card.field_separator",
                t.text[a:b],
                t.start + a,
                t.start + b,
            )
            # (the dash before the source, or the brackets around it)
            for a, b in ((m.start(), m.start("source")), (m.end("source"), m.end()))
            if b > a
        ]
        title = Block(t.index, t.start, t.start + m.start(), t.text[: m.start()], t.blank_before)
        a, b = m.span("source")
        source = Block(t.index, t.start + a, t.start + b, m.group("source"), False)
        out.append(
            dataclasses.replace(
                card,
                title=title,
                header=(*card.header, Decision(source, Label.SOURCE, "card.source")),
                removed=tuple(sorted((*card.removed, *cuts), key=lambda x: x.start)),
            )
        )
    return out


def _named_tail(tail: str, named: set[str]) -> bool:
    """Whether a headline's tail reads as a source by itself: a name in
    capitals or a domain ("ESPN", "Digg.com"), or one the page's other
    cards give as their source."""
    return source_like(tail) or tail.casefold() in named


def _outlet(tail: regex.Match[str]) -> bool:
    """Whether a headline's tail may be an outlet's name: a name of words
    ("Ars Technica", "Le Monde"), no desk ("- World News", ``section_labels``);
    one word alone may end a headline's own phrase ("Rock, Paper - Scissors")."""
    source = tail.group("source")
    return len(source.split()) >= _OUTLET_WORDS and not is_section_label(source)


_OUTLET_WORDS = 2


_DASHES = "-–— "  # what a source field's dash is made of ("- Reuters")


def _own_template(cards: list[Segment], tails: list[regex.Match[str] | None]) -> bool:
    """Whether the cards whose headlines end in a source print their fields
    as no card without one does (a list mixing templates: "Headline -
    Reuters / 2 hours ago" beside "Headline / By Jane Doe")."""
    shapes = [tuple(d.label for d in c.header) for c in cards]
    tailed = {shape for shape, t in zip(shapes, tails, strict=True) if t is not None}
    return tailed.isdisjoint(
        shape for c, shape, t in zip(cards, shapes, tails, strict=True) if t is None and c.title
    )


def _has_source(card: Segment) -> bool:
    """Whether a card names its source: a source field, or a byline's outlet
    ("By Olga Petrova, The Washington Post")."""
    return any(
        d.label is Label.SOURCE
        or (d.label is Label.BYLINE and parse_byline(d.block.text).source is not None)
        for d in card.header
    )


def without_repeats(
    items: list[T], segment_of: Callable[[T], Segment]
) -> tuple[list[T], list[Removal]]:
    """The items without related cards that repeat an earlier one, and the
    removals of the repeats' lines (a rail of cards is often printed twice).

    ``segment_of`` reads each item's segment (the HTML pipeline keeps each
    card's element beside its segment).

    >>> from newsclean.core.types import Block
    >>> card = Segment("related", Block(0, 0, 5, "Title"), (), (Block(1, 6, 10, "Body"),))
    >>> again = Segment("related", Block(2, 11, 16, "Title"), (), (Block(3, 17, 21, "Body"),))
    >>> kept, removed = without_repeats([card, again], lambda s: s)
    >>> len(kept), [(r.text, r.rule) for r in removed]
    (1, [('Title', 'card.repeat'), ('Body', 'card.repeat')])
    """
    seen: set[tuple[str, ...]] = set()
    kept: list[T] = []
    removed: list[Removal] = []
    for item in items:
        s = segment_of(item)
        key = (s.title.text if s.title else "", *(b.text for b in s.body))
        if s.role != "related" or key not in seen:
            seen.add(key)
            kept.append(item)
            continue
        lines = [*([s.title] if s.title else []), *(d.block for d in s.header), *s.body]
        removed.extend(removal("card.repeat", b.text, b.start, b.end) for b in lines)
        removed.extend(s.removed)
    return kept, removed


def _removal(d: Decision, name: str | None = None) -> Removal:
    b = d.block
    return removal(name or d.rule, b.text, b.start, b.end)
