"""Where a list of cards starts when no card header above a teaser showed it
(``implicit_list``), the second stage of ``stories.segment``.

Each way of finding a start (a section header, a heading no lexicon knows,
the page's last legal line, a teaser's footer, a source's name repeated
under headlines or at their ends, a kicker, a weak card header) gives candidate lines; each
is read as a list (``card_list.read_list``) and kept when the list has the
shape its way needs (``_shaped``) and reads as one (``stories.list_shape``).
Every way is tried a bounded number of times, so a page of look-alike lines
costs a linear amount of reading.

>>> _count([2, 5, 9, 14], 4, 10)  # (teasers between two lines, by bisection)
2
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Container, Iterator, Sequence
from itertools import accumulate, islice, pairwise

import regex

from newsclean.core.options import Options
from newsclean.stories.card_lines import Line, name_like, settle
from newsclean.stories.card_list import read_list
from newsclean.stories.card_type import MAIN_MIN_WORDS, Card
from newsclean.stories.cards_above import card_above
from newsclean.stories.headers import (
    KICKER,
    TITLE_MAX_WORDS,
    WINDOW,
    Header,
    short_body,
)
from newsclean.stories.headings import headings, headings_over_fields, story_parts
from newsclean.stories.link_cards import link_list_tops, linked_cards
from newsclean.stories.list_shape import LEGAL, NAME_WORDS, list_like, readable, real_headlines
from newsclean.stories.list_tokens import source_below
from newsclean.stories.title_post import tail_source

_CUT_TEASER_WORDS = 24  # a plain line this long below a headline is its teaser, cut short


def implicit_list(
    lines: list[Line],
    starts: list[Header],
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
      (``stories.link_cards``);
    * a headline ending in a source's name behind a dash or a bar ("... —
      Yahoo News") over a teaser, repeated a card's length below, with
      cards whose headlines all end so and nothing between them (no quote
      signed behind a dash: a story's “...” — Jane Doe), teasers of any
      length.
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
            if kind in _BELOW_TEASER and above[i] >= MAIN_MIN_WORDS:
                below.append(i)
        elif kind == "plain" and up == "cue" and short_body(lines[i]):
            teasers.append(i)
        elif (
            kind == "plain"
            and up == "plain"
            and lines[i].words > _CUT_TEASER_WORDS
            and _headline_text(lines[i - 1].block.text)
        ):
            teasers.append(i)  # (a teaser cut short, "... the former British colony's")
        elif up == "chrome" and kind in _SHORTISH and lines[i - 1].decision.rule == KICKER:
            kickers.append(i - 1)
    teaser_set = frozenset(teasers)
    cues = (i for i in below if kinds[i] != "plain" and _footer_cue(lines, i, language, below))
    footers = list(islice(cues, _FOOTER_TRIES))
    # (or a source's name: tried apart, so that names in the story above leave
    # the times their tries)
    ends = _named_footers(lines, [i for i in below if kinds[i] != "cue"], language)
    footers += ends
    headers = set(sorted(i for i in header_starts if above[i] >= MAIN_MIN_WORDS)[:_FOOTER_TRIES])
    # a source's name each card prints between headline and teaser ("FRANCE
    # 24"), repeated: its first card's headline (no header field shows them)
    named = _named_headers(lines, [i for i in mids if above[i] >= MAIN_MIN_WORDS], language)
    # the page's last legal line ("© 2019 Hearst"): what follows it is no story
    # (looked for from the end: it is near the end when there is one)
    last_legal = next((i for i in range(n - 1, -1, -1) if lines[i].decision.rule == LEGAL), None)
    legal = [] if last_legal is None else [last_legal]
    # a kicker over a headline repeated a card's length below (two cards whose
    # label is their desk's): the first few such, below enough story, each
    # a list's first card, which starts at the fields or the source's name
    # right above its kicker if any ("BY ANN LEE / Axios / WORLD NEWS")
    # (a menu of desks has no teaser between two)
    kicked = [
        _fields_top(lines, k)
        for k, below_k in pairwise(kickers)
        if above[k] >= MAIN_MIN_WORDS
        and below_k - k <= _CARD_REACH
        and _count(teasers, k, below_k) >= 1
    ][:_NAMED_TRIES]
    linked_at = link_list_tops(lines, linked, teasers, above, MAIN_MIN_WORDS, _CARD_REACH)
    tailed = _tailed_tops(lines, teasers, above)

    def tries() -> Iterator[tuple[int, str, int | None]]:
        """Each start line to try, the way it was found, and the list's first line."""
        candidates = {*sections, *footers, *headers, *legal, *named, *kicked, *linked_at, *tailed}
        for i in sorted(candidates):
            if above[i] < MAIN_MIN_WORDS:
                continue
            # a line below a teaser and above a headline may be either: as a
            # footer it keeps the card above in the list, so that reading goes first
            ways = ["section"] if kinds[i] == "section" else ["legal"] if i in legal else []
            ways += ["named"] if i in named else []
            ways += ["footer"] if i in footers else []
            ways += ["header"] if i in headers else []
            ways += ["kicker"] if i in kicked else []
            ways += ["linked"] if i in linked_at else []
            ways += ["tailed"] if i in tailed else []
            for way in ways:
                yield i, way, _card_top(lines, i, language) if way == "footer" else i
        # headings no lexicon knows, right above a headline and its teaser: the
        # weakest evidence, tried where no other way found a list, the last few
        # (a page's lists sit below its story; forms and menus above them
        # would use up the tries)
        found = list(headings(lines, teasers, above, MAIN_MIN_WORDS, language, last_legal))
        # (a heading of one word, "POPULAR", is weaker still: a source's name in
        # capitals over a headline reads the same, so it takes no other's try)
        one = [f for f in found if lines[f[0]].words == 1]
        # (a heading over a card header's fields, the weakest: its last one)
        known = {i for i, _ in found}
        over = headings_over_fields(lines, teasers, above, MAIN_MIN_WORDS, language)
        fields = [f for f in over if f[0] not in known]
        tried = [f for f in found if f not in one][-_HEADING_TRIES:] + one[-1:] + fields[-1:]
        for i, first in tried:
            yield i, "heading", first

    for i, way, lo in tries():
        hi = sections[bisect_right(sections, i)] if sections and sections[-1] > i else n
        stop = min(hi, ends[i]) if way == "footer" and i in ends else hi
        if way in ("heading", "kicker", "tailed") and lo is not None:
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
        elif lo is None or _count(teasers, lo, stop) < (1 if way in ("kicker", "tailed") else 2):
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
        if not (_shaped(lines, cards, i, way) and readable(lines, cards, heads)):
            continue
        if last_legal is not None and any(c.body_start <= last_legal < c.body_end for c in cards):
            # (no teaser holds the page's copyright line: a "card" whose teaser
            # runs on past it read the host's footer into one, and the list
            # starts lower; the legal line's own try or a heading finds it)
            continue
        if way == "footer" and i in ends and _clocked(lines, cards):
            continue  # (names over "3. neiljones10/29/12 2:29 PM": reader comments)
        teasers_words = [sum(prose[c.body_start : c.body_end]) for c in cards]
        # (a desk's label repeated over each headline says list; the first
        # card's teaser tells the story's end, a later one may be longer)
        longest = teasers_words[0] if way == "kicker" else max(teasers_words)
        if (
            way == "heading"
            and not _tailed(lines, cards)
            and not all(c.fields for c in cards)
            and story_parts(lines, cards, prose, lo, sum(teasers_words), above[lo])
        ):
            continue  # (a story's subheadings over its parts; no subheading names a source)
        ratio = options.implicit_card_max_ratio
        # (below the page's last legal line no story goes on, nor under headlines
        # that each name their source: cards of any length)
        if (
            way == "linked"
            or list_like(
                lines, cards, prose, language, top=way == "legal", headed=way == "section"
            )
        ) and (
            way in ("legal", "tailed") or longest <= ratio * above[lo] or _long_list(lines, cards)
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
# lines from one card's kicker or footer to the next's: a headline, a teaser of a few paragraphs
_CARD_REACH = 2 + 8


def _headline_text(text: str) -> bool:
    """Whether a plain line may be a headline over a teaser: no address, no
    label leading on to what follows ("(1) Mike says:", "Thanks again,")."""
    return "://" not in text and text.rstrip()[-1:] not in ":,;"


_TAILED_TRIES = 2  # headlines ending in a source's name tried as a list's start


def _tailed_tops(lines: list[Line], teasers: list[int], above: list[int]) -> list[int]:
    """The first few headlines below enough story that end in a source's
    name ("Best gadgets of 2019 — Yahoo News") right over a teaser (of
    ``teasers``), when another such stands a card's length below: the
    headlines of a list whose cards print their source only so (no field
    line to find). Only the lines over teasers are read (a few in twenty
    of a page's lines), the tail's pattern only on those holding a
    separator.
    """
    tops: list[int] = []
    last = -_CARD_REACH - 1
    for t in teasers:
        i = t - 1
        ln = lines[i]
        if ln.kind not in _SHORTISH or above[i] < MAIN_MIN_WORDS:
            continue
        text = ln.block.text
        separated = " - " in text or " – " in text or " — " in text or " | " in text
        if not (separated and _source_tailed(text)):
            continue
        if 1 < i - last <= _CARD_REACH:
            tops.append(last)
            if len(tops) >= _TAILED_TRIES:
                break
        last = i
    return tops


# quotation marks of any language: a quote signed behind a dash is no headline
_QUOTES = frozenset("\"'“”„‟«»‹›‘’‚「」『』")


def _source_tailed(text: str) -> bool:
    """Whether a line ends in a source's name behind a dash or a bar and is
    no quote signed so (a story's “We will not back down” — Jane Doe).

    >>> _source_tailed("Best tech gadgets of 2019 — Yahoo News")
    True
    >>> _source_tailed("“We will not back down” — Jane Doe")
    False
    """
    m = tail_source(text)
    if m is None:
        return False
    head = text[: m.start()].rstrip()
    return not (head[:1] in _QUOTES and head[-1:] in _QUOTES)


def _tailed(lines: list[Line], cards: list[Card]) -> bool:
    """Whether every headline of a list ends in a source's name ("... - Yahoo News")."""
    return all(c.title is not None and tail_source(lines[c.title].block.text) for c in cards)


_FIELDED_BELOW = 3  # fielded cards below the legal line that tell its field-less first is none

_LONG_LIST = 3  # cards of a list that may each be longer than the story above


def _long_list(lines: list[Line], cards: list[Card]) -> bool:
    """Three cards or more, each with a headline of more than a name's words:
    no story's own start, whatever their teasers' length (a link list's
    "* Feedback" over the story's text is no headline)."""
    return len(cards) >= _LONG_LIST and all(
        c.title is not None and lines[c.title].words > NAME_WORDS for c in cards
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
    (see ``implicit_list``)."""
    if way == "heading":
        # cards each with a real headline (no lower-case start: a sentence's
        # piece; a field may start so, "by Ann Lee"), nothing between them
        return (
            len(cards) >= 2
            and real_headlines(lines, cards)
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
        return len(cards) >= 2 and real_headlines(lines, cards)
    if way == "kicker":
        # cards of real headlines, each under a kicker, nothing between; no
        # headline a sentence with its full stop (a site's menu of desks, each
        # over a line saying what it holds: "Video / The latest news video.")
        return (
            len(cards) >= 2
            and real_headlines(lines, cards)
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
    if way == "tailed":
        # (every headline ends in a source's name, nothing between cards)
        return len(cards) >= 2 and not any(c.loose for c in cards) and all(
            c.title is not None and _source_tailed(lines[c.title].block.text) for c in cards
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
    top = card_above(lines, lo, language)
    if top is None:
        return []
    pair = read_list(lines, top, stop, language)
    if len(pair) != 2 or pair[1].title != title or not pair[1].fields:
        return []
    first, second = ([settle(lines, k, language).slots for k in sorted(c.fields)] for c in pair)
    return pair if first == second else []


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
            if seen > WINDOW:
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
                _NEXT_HEADLINE_MIN_WORDS <= ln.words <= TITLE_MAX_WORDS
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
    while j >= 0 and i - j <= WINDOW * 4:
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
