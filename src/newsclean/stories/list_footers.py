"""Reading a list, stage 4: the fields between two cards, footer or header.

The fields above a list's first headline are its header template, those
below its last teaser its footer template (a template counts the field
kinds, ``slot_counts``); each run of fields between one teaser and the next
headline is cut where it fits both best (``footer_cut``), blank lines
and a source's name at the cut counting too. A list may print each card's
source's name under its teaser (``names_below``), or glue it to the teaser
above (``glued_above``).

>>> from newsclean.stories.list_tokens import F, Tok
>>> time, source = Tok(0, F, frozenset({"time"})), Tok(1, F, frozenset({"source"}))
>>> footer_cut([time, source], {"source": 1}, {"time": 1})  # the time is the footer's
1
"""

from __future__ import annotations

from newsclean.stories.card_lines import Line, name_like
from newsclean.stories.list_runs import Heads, Run, heads_of
from newsclean.stories.list_tokens import NONE, SECTION, F, P, Tok, heading_like

Slots = dict[str, int]  # how many fields of each kind (a plain dict: Counter costs more)


ONCE = frozenset({"time", "author", "reading"})  # field kinds a card shows once


_NAME = frozenset({"name"})  # a source's name on a line of its own, among a footer's fields


def _tok_slots(t: Tok, names: list[Line] | None) -> frozenset[str]:
    """The field kinds of token ``t`` (with ``names``, a plain line is a source's
    name)."""
    return t.slots if t.kind == F or names is None else _NAME


def slot_counts(toks: list[Tok], lines: list[Line] | None = None) -> Slots:
    """How many fields of each kind ``toks`` hold (with ``lines``, a plain line
    is a source's name)."""
    out: Slots = {}
    for t in toks:
        for s in _tok_slots(t, lines):
            out[s] = out.get(s, 0) + 1
    return out


def _distance(toks: list[Tok], template: Slots, lines: list[Line] | None = None) -> int:
    """How far the fields of ``toks`` are from ``template``: fields missing or too
    many, and ten for each field kind held twice (a card has one time)."""
    got = slot_counts(toks, lines)
    cost = 0
    for s, c in got.items():
        cost += abs(c - template.get(s, 0)) + (10 * (c - 1) if c > 1 else 0)
    for s, c in template.items():
        if s not in got:
            cost += c
    return cost


def leading_fields(toks: list[Tok], lines: list[Line] | None = None) -> list[Tok]:
    """The field lines ``toks`` begin with (with ``lines``, a source's name among
    them)."""
    out: list[Tok] = []
    for t in toks:
        if t.kind != F and (lines is None or t.kind != P or not name_like(lines[t.line])):
            break
        out.append(t)
    return out


def footer_cut(
    pre: list[Tok],
    head: Slots,
    foot: Slots,
    lines: list[Line] | None = None,
    below: frozenset[str] = NONE,
    gaps: list[bool] | None = None,
    page: list[Line] | None = None,
) -> int:
    """How many of the tokens ``pre`` (between a teaser and the next card's plain
    lines) are the teaser's footer: the cut that fits both templates best,
    the header on a tie (with ``lines``, sources' names count as fields).
    A field of a kind the next card has ``below`` its headline (a time, a
    byline, a reading time) and the list's header template lacks is no
    field of its header: a card has one. With ``page`` (the lines), a
    source's name after the footer's fields may end it where a blank line
    lies below the name. Without blank lines, other lines between two of the
    fields say where the cut is ("2d / <image's address> / France 24 |
    SCIENCE / Headline")."""
    fields = len(leading_fields(pre, lines))
    cuts = list(range(fields + 1))
    if gaps is not None and page is not None and fields:
        # a blank line below a source's name after the fields: the name may
        # close the footer ("3 minute read / SFGATE / (blank) / Headline");
        # a card has one source (no names of a menu: "Twitter / Facebook")
        named = len(leading_fields(pre, page))
        cuts += [
            q
            for q in range(fields + 1, named + 1)
            if gaps[q] and sum(t.kind == P for t in pre[:q]) == 1
        ]
    # lines between two of the fields (an image's credit or address, an ad's
    # marker) part the footer from the next card's header, as a blank line does
    breaks = [0 < q < fields and pre[q].line > pre[q - 1].line + 1 for q in range(fields + 1)]
    broken = gaps is None and any(breaks)
    best, best_cost = 0, -1
    for p in cuts:
        cost = _distance(pre[:p], foot, lines) + _distance(pre[p:], head, lines)
        if broken and not breaks[p]:
            cost += _GAP_COST
        if below:
            cost += 10 * sum(1 for t in pre[p:] if t.kind == F and not below.isdisjoint(t.slots))
        if gaps is not None and not gaps[p]:
            cost += _GAP_COST
        if best_cost < 0 or cost < best_cost:
            best, best_cost = p, cost
    return best


def last_foot(lines: list[Line], runs: list[Run], tail: list[Tok], size: int) -> int:
    """How many of the tokens below the last teaser are its footer: its fields,
    and a source's name after them when a card above closes its footer with
    the same fields and a name (set apart by a blank line, ``footer_cut``)."""
    if size >= len(tail) or tail[size].kind != P or not name_like(lines[tail[size].line]):
        return size
    mine = slot_counts(tail[: size + 1], lines)
    if any(
        slot_counts(feet, lines) == mine
        for k in range(len(runs) - 1)
        if (feet := runs[k + 1].zone[: runs[k].foot]) and feet[-1].kind == P
    ):
        return size + 1
    # a card of another template printing no source ("KICKER / Headline /
    # 11 minute read / teaser / Le Monde") closes with the name another card's
    # fields give ("56 minutes ago · Climate · Le Monde")
    last = runs[-1].zone
    if (
        len(runs) >= 2
        and lines[tail[size].line].block.text.strip().casefold()
        in {n for r in runs[:-1] for z in r.zone if z.kind == F for n in lines[z.line].names}
        and not any(lines[z.line].names for z in (*last, *tail[:size]) if z.kind == F)
        and heads_of(lines, last).source is None
    ):
        return size + 1
    return size


_GAP_COST = 1  # a cut away from the one blank line between two cards costs a field


def blank_cuts(lines: list[Line], zone: list[Tok], start: int) -> list[bool] | None:
    """For each cut of a zone's first ``start`` tokens (footer above, header
    below), whether a blank line lies there; None when no cut or every cut
    has one (blank lines after every line tell nothing)."""
    if start == 0:
        return None
    ends = [lines[z.line].block.blank_before > 0 for z in zone[: start + 1]]
    if len(ends) == start:  # (no token after the cuts: the card's body comes next)
        return None
    return ends if any(ends) and not all(ends) else None


def names_below(lines: list[Line], runs: list[Run], tail: list[Tok], *, first_too: bool) -> int:
    """How many lines the footer under each teaser holds when the list prints
    each card's source there (0 when it does not).

    It does when every card but the first (``first_too``: maybe the first
    too, its header under the footer of a card above) has one source's
    name above its headline, the lines above each headline are of
    the same kinds in the same order (the footer of the card above, with the
    name, then the card's own header fields, as the first card has them),
    the first card has no source, and the last teaser has the same footer
    below it (with ``first_too``, the footer is all the lines above each
    headline).
    """
    if len(runs) < 2 or not tail:  # (no footer below the last teaser: none to find)
        return 0
    size = _names_in_footers(lines, runs, tail, first_too=first_too)
    return size or _names_alone_below(lines, runs, tail)


def _names_alone_below(lines: list[Line], runs: list[Run], tail: list[Tok]) -> int:
    """1 when each teaser has a source's name right below it, cards mixing
    templates above their headlines: every card but the first opens with a
    name over more lines, the last teaser has one below it, and the first
    card opens with no name (its fields, or its headline)."""

    def opens_named(zone: list[Tok], more: int) -> bool:
        return len(zone) > more and zone[0].kind == P and name_like(lines[zone[0].line])

    if opens_named(runs[0].zone, 1) or not opens_named(tail, 0):
        return 0
    return int(all(opens_named(r.zone, 1) for r in runs[1:]))


def _names_in_footers(
    lines: list[Line], runs: list[Run], tail: list[Tok], *, first_too: bool
) -> int:
    """``names_below`` for footers of one shape (the name among fields)."""
    shape: list[str] | None = None
    own: list[str] | None = None  # the first card's header kinds
    above = 0  # how many of them may be page text over the list (a source's name among them)
    for k, r in enumerate(runs):
        h = heads_of(lines, r.zone)
        if k == 0 and (h.source is None or not first_too):
            if h.title is None:
                return 0
            own = [z.kind for z in r.zone[: h.title]]
            above = 0 if h.source is None else h.source + 1
            continue
        if not named_above(h):
            return 0
        kinds = [z.kind for z in r.zone[: h.title]]
        shape = shape or kinds
        if kinds != shape or kinds.count(P) != 1:
            return 0
    if shape is None:
        return 0
    if own is not None:  # the footer is what the first card's header lacks
        # (the first card's zone may begin with plain lines of the page over
        # the list, ending in the list's heading: "Deal / Other headlines /
        # Travel / time / Headline"; its header is the end the others share)
        zone = runs[0].zone
        size = next(
            (
                q
                for q in range(1, len(shape) + 1)
                if (keep := len(shape) - q) <= len(own) - above
                and own[len(own) - keep :] == shape[q:]
                and (
                    keep == len(own)
                    or (
                        F not in own[: len(own) - keep]
                        and heading_like(lines[zone[len(own) - keep - 1].line])
                    )
                )
            ),
            0,
        )
        if not size:
            return 0
    else:  # (all of it: a name alone below the last teaser may be the page's)
        size = len(shape)
        # or the part of it the last teaser has below it, when the rest is
        # the kickers each card opens with: a section's label heads its card,
        # no footer closes with one ("teaser / SOURCE / byline / (Science) /
        # Headline", the last card's footer at the list's end)
        kinds = [t.kind for t in tail[:size]]
        if kinds != shape:
            zone = runs[0].zone
            size = next(
                (
                    q
                    for q in range(len(shape) - 1, 0, -1)
                    if kinds[:q] == shape[:q]
                    and all(t.slots == SECTION for t in zone[q : len(shape)])
                ),
                size,
            )
    if P not in shape[:size] or [t.kind for t in tail[:size]] != shape[:size]:
        return 0
    return size if name_like(lines[tail[shape.index(P)].line]) else 0


def named_above(h: Heads) -> bool:
    """Whether a card's source is a name above its headline."""
    return h.source is not None and h.title is not None and h.source < h.title


def glued_above(lines: list[Line], zone: list[Tok], h: Heads) -> bool:
    """Whether a source's name above a card's headline is set apart from it by
    a blank line and from the teaser above by none: the card above's footer
    ("teaser / SFGATE / (blank) / Headline")."""
    if h.source is None or h.title is None or h.source > h.title:
        return False
    blank = [lines[t.line].block.blank_before > 0 for t in zone[: h.title + 1]]
    return not any(blank[: h.source + 1]) and any(blank[h.source + 1 :])


def unnamed(h: Heads) -> Heads:
    """A card's heads without the source's name above its headline (the card
    above's)."""
    if not named_above(h):
        return h
    assert h.title is not None
    return Heads(h.title, None, h.title)


def begins_with(pre: list[Tok], foot: Slots, names: list[Line] | None = None) -> bool:
    """Whether the first fields of ``pre`` are the footer template ``foot``, each
    kind once (``_distance`` 0), counted as they come (with ``names``, a plain
    line is a source's name)."""
    if any(c > 1 for c in foot.values()):
        return False
    got: Slots = {}
    for t in pre:
        for s in _tok_slots(t, names):
            got[s] = got.get(s, 0) + 1
            if got[s] > foot.get(s, 0):
                return False
        if got == foot:
            return True
    return False
