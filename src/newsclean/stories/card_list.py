"""Stage 4b: a list of cards read whole, by the template its cards repeat.

The cards of one list are printed from one template: the same kinds of
field lines (time, source, byline, reading time, kicker) at the same
places, above the headline, between headline and teaser, or below the
teaser as a footer. Walking up from one teaser (``segment``) cannot tell a
footer from the next card's header; reading the whole list can:

* every line of the list is a *field* line (a cue or a kicker), a short
  *plain* line (a headline or a source's name), *body* text, or chrome;
* each run of body text is one card's teaser, and the plain line nearest
  above it is its headline (a second, name-like one its source);
* the field lines above the first headline are the header template, those
  below the last teaser the footer template; each run of field lines
  between one teaser and the next headline is cut where it fits both
  templates best;
* when most cards carry fields, a "card" with none is a subheading inside
  the card above's teaser, and goes back into it.

A list ends at a section header; ``segment`` reads each list on the page
once, so the cost stays linear in the page's lines.

>>> from newsclean.text.label import label_blocks
>>> from newsclean.text.blocks import split_blocks
>>> from newsclean.stories.card_lines import classify_lines
>>> teaser = "The council approved the plan on Monday after a long debate in the hall."
>>> page = (f"First headline here\\n{teaser}\\nReuters | 2 hours ago\\n"
...         f"Second headline here\\n{teaser}\\nAP | 3 hours ago")
>>> lines = classify_lines(label_blocks(split_blocks(page)))
>>> cards = read_list(lines, 0, len(lines), "en")
>>> [(lines[c.title].block.text, [d.block.text for d in c.header]) for c in cards]
... # doctest: +NORMALIZE_WHITESPACE
[('First headline here', ['Reuters', '2 hours ago']),
 ('Second headline here', ['AP', '3 hours ago'])]
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import regex

from newsclean.core.fastinit import fast_init
from newsclean.core.rules import removal
from newsclean.core.types import Decision, Label, Removal
from newsclean.parsers.bylines import parse_byline
from newsclean.stories.card_lines import (
    CLOSERS,
    EXCLAIMS,
    QUESTIONS,
    SENTENCE_END,
    Line,
    after_section,
    name_like,
    sentence_cased,
    settle,
    source_like,
)
from newsclean.text.features import content_words

__all__ = ["Card", "card_above", "card_decisions", "read_list", "title_and_source"]

_TITLE_MAX_WORDS = 24  # a longer line is body text, never a headline
_STRAY_WORDS = 4  # a plain line this long in no card may be a headline of a link list
_SHORT_BODY_WORDS = 6  # a stray line this long may be a card's whole (short) body


@fast_init
@dataclass(frozen=True, slots=True)
class Card:
    """One card's lines: ``top`` .. ``stop`` (exclusive) on the page.

    ``fields`` are the header and footer lines whose decisions are in
    ``header`` (the headline is ``title``); body text runs from
    ``body_start`` to ``body_end`` (exclusive); anything else in the span
    is chrome or stray text, removed.
    """

    top: int
    stop: int
    title: int | None
    header: tuple[Decision, ...]
    cut: tuple[Removal, ...]
    fields: frozenset[int]
    body_start: int
    body_end: int
    strays: int = 0  # headline-like lines above its header that are in no card
    loose: int = 0  # plain lines of any length above its header that are in no card


# --- tokens -------------------------------------------------------------------

_F, _P, _B, _W = "F", "P", "B", "W"  # field, plain, body, weak body (maybe a headline)


class _Tok:
    """Line ``line`` as a list reads it: its kind (``_F`` .. ``_W``) and the
    slots a field fills. A plain slotted class, not a frozen dataclass: a
    list's read builds one per line, ~8,500 a pass over aeb, at less than
    half the cost; nothing changes one after it is built, and none is
    compared (a list compares their kinds)."""

    __slots__ = ("kind", "line", "slots")

    def __init__(self, line: int, kind: str, slots: frozenset[str]) -> None:
        self.line = line
        self.kind = kind
        self.slots = slots


_SECTION = frozenset({"section"})
_NONE: frozenset[str] = frozenset()


def _token(lines: list[Line], i: int, language: str) -> _Tok | None:
    """What line ``i`` is to a list, or None for chrome."""
    ln = settle(lines, i, language)
    if ln.kind == "cue":
        return _Tok(i, _F, ln.slots)
    if ln.kind == "chrome":
        return _Tok(i, _F, _SECTION) if ln.decision.rule == "card.section_label" else None
    if ln.kind == "plain":
        return _Tok(i, _B if _prose_line(ln) else _P, _NONE)
    if ln.kind == "body":
        return _Tok(i, _W if ln.weak else _B, _NONE)
    return None


def _prose_line(line: Line) -> bool:
    """Whether a plain line is too long for a headline, or holds a sentence's
    end inside at a headline's length, and a second sentence of a few words
    after it: a teaser cut short ("... and its advertiser. All opinions are
    mine alone"; "... written permission. Privacy Commitment" ends with a
    link). A headline is one sentence (the end is looked for after a
    lower-case word of four letters or more: no abbreviation, "Sen.",
    "Corp.", "etc.")."""
    if line.words > _TITLE_MAX_WORDS:
        return True
    text = line.block.text
    if line.words < _TWO_SENTENCES_MIN_WORDS or not (". " in text or "! " in text or "? " in text):
        return False  # (substring tests first: most headlines hold no sentence's end)
    m = _INNER_STOP.search(text)
    return m is not None and len(text[m.end() - 1 :].split()) >= _SECOND_MIN_WORDS


_TWO_SENTENCES_MIN_WORDS = 16
_SECOND_MIN_WORDS = 3
_INNER_STOP = regex.compile(r"\b\p{Ll}{4,}[.!?] {1,3}\p{Lu}")


def _tokens(lines: list[Line], lo: int, hi: int, language: str) -> list[_Tok]:
    return [t for i in range(lo, hi) if (t := _token(lines, i, language)) is not None]


# --- cards as token runs ------------------------------------------------------


@dataclass(slots=True)
class _Run:
    """A card in tokens: the zone above its teaser (the previous card's footer,
    its own header, headline and fields below the headline), the teaser, and
    how many of the next zone's first tokens are its footer."""

    zone: list[_Tok]
    body: list[_Tok]
    foot: int = 0


@dataclass(slots=True)
class _Zone:
    """The tokens gathered above a teaser, and what they hold (kept as they are
    added: each token is looked at once, so a list reads in linear time)."""

    toks: list[_Tok]
    plain: bool = False  # a plain line (headline or source)
    plains: int = 0  # how many
    field: bool = False  # a field line
    names_only: bool = True  # every plain line reads as a name

    def add(self, lines: list[Line], tok: _Tok) -> None:
        self.toks.append(tok)
        if tok.kind == _F:
            self.field = True
        else:
            self.plain = True
            self.plains += 1
            self.names_only = self.names_only and name_like(lines[tok.line])


def _runs(
    lines: list[Line], toks: list[_Tok], *, after_teaser: bool = False
) -> tuple[list[_Run], list[_Tok]]:
    """The cards of a token list, and the tokens after the last teaser
    (``after_teaser``: the list's first line is below a teaser).

    A teaser is a run of body tokens with a plain line above it since the
    previous teaser; body text with none continues the card above (or, before
    the first card, is no card's).
    """
    n = len(toks)
    # the first token at or after each that is not a plain line
    unplain = [n] * (n + 1)
    for k in range(n - 1, -1, -1):
        unplain[k] = unplain[k + 1] if toks[k].kind == _P else k
    runs: list[_Run] = []
    zone = _Zone([])
    t = 0
    while t < n:
        tok = toks[t]
        # fields right below the card above's teaser (body text), then one headline
        # (at the top of a list read from a footer, ``after_teaser``)
        footed = (
            tok.kind == _P
            and zone.plains == 1
            and zone.toks[0].kind == _F
            and (runs[-1].body[-1].kind != _P if runs else after_teaser)
        )
        if _short_body(lines, toks, t, unplain, zone, footed=footed):
            runs.append(_Run(zone.toks, [tok]))
            zone = _Zone([])
            t += 1
            continue
        if tok.kind in (_F, _P) or _weak_headline(lines, toks, t, zone, top=t == 0):
            zone.add(lines, tok)
            t += 1
            continue
        end = t + 1
        while end < n and toks[end].kind in (_B, _W) and not _weak_headline(lines, toks, end, None):
            end += 1
        if runs and zone.plains == 1 and not zone.field and _lead_in(lines, zone.toks, runs[-1]):
            # (a teaser's line ending in a colon or an emoji leads on to its next paragraph)
            runs[-1].body.extend([*zone.toks, *toks[t:end]])
        elif zone.plain or _header_like(zone.toks):
            runs.append(_opened(lines, zone.toks, toks[t:end]))
        elif runs:  # fields inside a teaser: the card above goes on
            runs[-1].body.extend([*zone.toks, *toks[t:end]])
        zone = _Zone([])
        t = end
    return runs, zone.toks


_LEAD_IN_MIN_WORDS = 4  # a shorter line ending in a colon is a label ("Related:", "Watch:")


def _lead_in(lines: list[Line], zone: list[_Tok], above: _Run) -> bool:
    """Whether the only line between a teaser and body text is the teaser's
    own line leading on to that text: a sentence's words ending in a colon
    ("Seven big questions heading into the debate, to be carried on MSNBC:")
    or as a post's line ends ("Try something new this weekend 😉", "Check
    them out below~⬇️"), right below the teaser. A colon leads on to what
    follows (a list, a quote, the next paragraph); an emoji or an arrow ends
    a post's sentence, not a headline."""
    if len(zone) != 1 or zone[0].kind != _P or zone[0].line != above.body[-1].line + 1:
        return False
    line = lines[zone[0].line]
    text = line.block.text.rstrip()
    return line.words >= _LEAD_IN_MIN_WORDS and (
        text.endswith(":") or _POST_END.search(text) is not None
    )


def _opened(lines: list[Line], zone: list[_Tok], body: list[_Tok]) -> _Run:
    """A card from the tokens above its teaser and the teaser. Of two plain
    lines right above the teaser, the lower is the teaser's first paragraph
    without its full stop (a disclosure, a caption, a short opening line),
    the upper the headline, when

    * the lower is long and the upper shorter, and no source's name (three
      words or more, not in capitals, no domain); or
    * the upper is right below the card's fields and longer, and neither is
      a name (a headline sits under its fields; a kicker would be shorter).
    """
    if len(zone) >= 2 and zone[-1].kind == _P and zone[-2].kind == _P:
        first, head = lines[zone[-1].line], lines[zone[-2].line]
        if opens_teaser(head, first) or (
            len(zone) >= 3
            and zone[-3].kind == _F
            and head.words > first.words
            and not name_like(first)
            and not name_like(head)
        ):
            return _Run(zone[:-1], [zone[-1], *body])
    return _Run(zone, body)


def opens_teaser(head: Line, first: Line) -> bool:
    """Whether of two plain lines the lower, ``first``, opens a teaser without
    its full stop (long, a disclosure, a caption) under the headline ``head``
    (shorter, no source's name: three words or more, not in capitals, no
    domain, not a name in title case, "The New York Times", which is the
    source of the card above, over its headline cut short)."""
    return (
        _cut_teaser(first)
        and _HEADLINE_MIN_WORDS <= head.words < first.words
        and not source_like(head.block.text)
        and not _proper_name(head)
    )


def _proper_name(line: Line) -> bool:
    """A name, in title case ("The New York Times"), no headline in sentence
    case ("Farmers brace for dry summer")."""
    return name_like(line) and not sentence_cased(line.block.text)


def _header_like(zone: list[_Tok]) -> bool:
    """Fields that head a card without a headline line: a time or a byline, or
    two kinds of field."""
    slots = {s for z in zone for s in z.slots}
    return "time" in slots or "author" in slots or len(slots) >= 2


def _short_body(
    lines: list[Line],
    toks: list[_Tok],
    t: int,
    unplain: list[int],
    zone: _Zone,
    *,
    footed: bool,
) -> bool:
    """A plain line of a few words below a headline, with the next card's plain
    lines (or nothing) below it, is the card's whole (short) teaser when the
    headline has fields above it (in a list of headlines and dates, the next
    line is a date), or when it has fields below it, ``footed``: the card
    above's teaser has fields right below it, and one headline follows them
    (a teaser cut short, without its full stop, over "46m"; in a list of
    headlines over dates no teaser comes before), with no body text right
    below those fields (they would stand between headline and teaser)."""
    if toks[t].kind != _P or lines[toks[t].line].words < _SHORT_BODY_WORDS or not zone.plain:
        return False
    n = len(toks)
    # (or the line is a teaser's length under a headline shorter than it:
    # fields right below it are its footer when a headline, not text, follows)
    footed = footed or (zone.plains == 1 and _teaser_under(lines, toks[t], zone))
    f = t + 1
    while footed and f < n and toks[f].kind == _F:
        f += 1
    footer = f > t + 1
    if footer and source_like(lines[toks[t].line].block.text):
        return False
    if f < n and toks[f].kind != _P and not (footer and toks[f].kind not in (_B, _W)):
        return False  # the next card's source or headline, or a footer, comes next
    if footer:
        return True
    u = unplain[f] if f < n else n
    if u < n and toks[u].kind in (_B, _W):  # more teaser lines, then body text
        return False
    return zone.field


def _teaser_under(lines: list[Line], tok: _Tok, zone: _Zone) -> bool:
    """Whether the plain line ``tok`` reads as a teaser under the zone's one
    plain line, its headline: a teaser's length of words ("Tested by: John
    Milbank RRP: 49.95 Euro (£40) More info: ..."), more than the headline
    has, which has a headline's words, is no name, and has no text right
    above it (a plain line under a teaser's text may be its last line, cut
    short: "... alleged sex / Updated on 2025-05-06 / Headline")."""
    if lines[tok.line].words < _CUT_TEASER_WORDS or zone.plains != 1 or zone.names_only:
        return False
    return _headline_over(lines, next(z for z in zone.toks if z.kind != _F).line, tok.line)


def _headline_over(lines: list[Line], head: int, line: int) -> bool:
    """Whether the plain line ``head`` is a headline over ``line``, a teaser's
    one line: fewer words, a headline's, and no text right above it."""
    return (
        _HEADLINE_MIN_WORDS <= lines[head].words < lines[line].words
        and (head == 0 or lines[head - 1].kind != "body")
    )


def _weak_headline(
    lines: list[Line], toks: list[_Tok], t: int, zone: _Zone | None, *, top: bool = False
) -> bool:
    """Whether a short body line is a headline ending in a period.

    It is not when a plain line that is no name came since the last teaser
    (the card's headline: this is its teaser). It is when fields (and a
    source's name) stand between it and body text below; or when body text
    is right below it and, since the last teaser, there is no plain line
    above it (the list's top, or fields) or only
    sources' names and then fields ("Barron's / Yesterday / - Barron's").
    ``zone`` is None inside a teaser.
    """
    if toks[t].kind != _W or (zone is not None and zone.plain and not zone.names_only):
        return False
    u = t + 1
    names = 0
    while u < len(toks) and (
        toks[u].kind == _F or (toks[u].kind == _P and names == 0 and name_like(lines[toks[u].line]))
    ):
        names += toks[u].kind == _P
        u += 1
    if u == len(toks) or toks[u].kind != _B:
        return False
    if u > t + 1:
        return True
    if zone is None:
        return False
    if not zone.plain:
        return top or bool(zone.toks)
    return zone.toks[-1].kind == _F and zone.names_only


@fast_init
@dataclass(frozen=True, slots=True)
class _Heads:
    title: int | None  # index in the zone
    source: int | None
    start: int  # the first token of the card's own header lines (a plain line above is not)


def _heads(lines: list[Line], zone: list[_Tok]) -> _Heads:
    """The headline and source of a card's zone (see ``title_and_source``)."""
    plains = [k for k, z in enumerate(zone) if z.kind in (_P, _W)]
    if not plains:  # a card without a headline
        return _Heads(None, None, len(zone))
    names = {n for z in zone if z.kind == _F for n in lines[z.line].names}
    dups = [k for k in plains if lines[zone[k].line].block.text.casefold() in names]
    own = [k for k in plains if k not in dups] or plains[-1:]
    if len(own) == 1:
        title, source, upper = own[0], None, own[0]
    elif len(own) >= 3 and _names_under_headline(lines, [zone[k].line for k in own[-3:]]):
        # (headline, then an author's and a source's names: the source is the
        # one in capitals or a domain, else the last)
        title = upper = own[-3]
        source = own[-2] if source_like(lines[zone[own[-2]].line].block.text) else own[-1]
    elif _heading_over(lines[zone[own[-2]].line], lines[zone[own[-1]].line]):
        # (a heading's phrase over the headline, "Worth your time": no source's name)
        title, source, upper = own[-1], None, own[-1]
    else:
        upper, lower = own[-2], own[-1]
        t, s, _ = title_and_source(
            lines, [zone[lower].line, zone[upper].line], frozenset(), zone[lower].line
        )
        if t is None or s is None:  # two headline-like lines: the lower is the one
            title, source, upper = lower, None, lower
        else:
            title = lower if t == zone[lower].line else upper
            source = upper if title == lower else lower
    near = [k for k in dups if k >= upper - 3]  # "Source / 2 hours ago / - Source / Title"
    return _Heads(title, source, min([upper, *near]))


def _names_under_headline(lines: list[Line], three: list[int]) -> bool:
    """Whether of three plain lines the upper is a headline (longer than either
    of the others, not in capitals) and the two below it are names (an
    author's, a source's)."""
    head, a, b = (lines[i] for i in three)
    return (
        name_like(a)
        and name_like(b)
        and head.words > max(a.words, b.words)
        and not source_like(head.block.text)
    )


def title_and_source(
    lines: list[Line], plains: list[int], slots: frozenset[str] | set[str], start: int
) -> tuple[int | None, int | None, int]:
    """Which of a header's (at most two, nearest the body first) plain lines is the
    headline and which the source, and the header's first line (a second
    headline-like line is left out)."""
    title: int | None = None
    source: int | None = None
    if len(plains) == 2:
        a, b = sorted(plains, key=lambda i: (lines[i].words, len(lines[i].block.text)))
        if source_like(lines[b].block.text) and not source_like(lines[a].block.text):
            a, b = b, a
        if name_like(lines[a]):
            title, source = b, a
        else:  # two headline-like lines: the one nearer the body is the headline
            title, start = plains[0], plains[1] + 1
    elif len(plains) == 1:
        only = plains[0]
        if "source" in slots or not source_like(lines[only].block.text):
            title = only
        else:
            source = only
    return title, source, start


def _heading_over(upper: Line, lower: Line) -> bool:
    """Whether of two plain lines over a teaser the upper is a heading's
    phrase over the headline, no source's name ("Worth your time" over "Cat
    found in New Mexico after going missing"; a short headline over a name,
    "Clymer workshop manual review" over "Engadget", is none)."""
    # (a heading opens with a capital: "heise online" is an outlet's name)
    return (
        _heading_like(upper)
        and upper.block.text[:1].isupper()
        and lower.words > upper.words
        and not name_like(lower)
    )


# --- templates ----------------------------------------------------------------


_Slots = dict[str, int]  # how many fields of each kind (a plain dict: Counter costs more)


_ONCE = frozenset({"time", "author", "reading"})  # field kinds a card shows once
_NAME = frozenset({"name"})  # a source's name on a line of its own, among a footer's fields


def _tok_slots(t: _Tok, names: list[Line] | None) -> frozenset[str]:
    """The field kinds of token ``t`` (with ``names``, a plain line is a source's
    name)."""
    return t.slots if t.kind == _F or names is None else _NAME


def _slots(toks: list[_Tok], lines: list[Line] | None = None) -> _Slots:
    """How many fields of each kind ``toks`` hold (with ``lines``, a plain line
    is a source's name)."""
    out: _Slots = {}
    for t in toks:
        for s in _tok_slots(t, lines):
            out[s] = out.get(s, 0) + 1
    return out


def _distance(toks: list[_Tok], template: _Slots, lines: list[Line] | None = None) -> int:
    """How far the fields of ``toks`` are from ``template``: fields missing or too
    many, and ten for each field kind held twice (a card has one time)."""
    got = _slots(toks, lines)
    cost = 0
    for s, c in got.items():
        cost += abs(c - template.get(s, 0)) + (10 * (c - 1) if c > 1 else 0)
    for s, c in template.items():
        if s not in got:
            cost += c
    return cost


def _leading_fields(toks: list[_Tok], lines: list[Line] | None = None) -> list[_Tok]:
    """The field lines ``toks`` begin with (with ``lines``, a source's name among
    them)."""
    out: list[_Tok] = []
    for t in toks:
        if t.kind != _F and (lines is None or t.kind != _P or not name_like(lines[t.line])):
            break
        out.append(t)
    return out


def _split(
    pre: list[_Tok],
    head: _Slots,
    foot: _Slots,
    lines: list[Line] | None = None,
    below: frozenset[str] = _NONE,
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
    fields = len(_leading_fields(pre, lines))
    cuts = list(range(fields + 1))
    if gaps is not None and page is not None and fields:
        # a blank line below a source's name after the fields: the name may
        # close the footer ("3 minute read / SFGATE / (blank) / Headline");
        # a card has one source (no names of a menu: "Twitter / Facebook")
        named = len(_leading_fields(pre, page))
        cuts += [
            q
            for q in range(fields + 1, named + 1)
            if gaps[q] and sum(t.kind == _P for t in pre[:q]) == 1
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
            cost += 10 * sum(1 for t in pre[p:] if t.kind == _F and not below.isdisjoint(t.slots))
        if gaps is not None and not gaps[p]:
            cost += _GAP_COST
        if best_cost < 0 or cost < best_cost:
            best, best_cost = p, cost
    return best


def _last_foot(lines: list[Line], runs: list[_Run], tail: list[_Tok], size: int) -> int:
    """How many of the tokens below the last teaser are its footer: its fields,
    and a source's name after them when a card above closes its footer with
    the same fields and a name (set apart by a blank line, ``_split``)."""
    if size >= len(tail) or tail[size].kind != _P or not name_like(lines[tail[size].line]):
        return size
    mine = _slots(tail[: size + 1], lines)
    if any(
        _slots(feet, lines) == mine
        for k in range(len(runs) - 1)
        if (feet := runs[k + 1].zone[: runs[k].foot]) and feet[-1].kind == _P
    ):
        return size + 1
    # a card of another template printing no source ("KICKER / Headline /
    # 11 minute read / teaser / Le Monde") closes with the name another card's
    # fields give ("56 minutes ago · Climate · Le Monde")
    last = runs[-1].zone
    if (
        len(runs) >= 2
        and lines[tail[size].line].block.text.strip().casefold()
        in {n for r in runs[:-1] for z in r.zone if z.kind == _F for n in lines[z.line].names}
        and not any(lines[z.line].names for z in (*last, *tail[:size]) if z.kind == _F)
        and _heads(lines, last).source is None
    ):
        return size + 1
    return size


_GAP_COST = 1  # a cut away from the one blank line between two cards costs a field


def _gaps(lines: list[Line], zone: list[_Tok], start: int) -> list[bool] | None:
    """For each cut of a zone's first ``start`` tokens (footer above, header
    below), whether a blank line lies there; None when no cut or every cut
    has one (blank lines after every line tell nothing)."""
    if start == 0:
        return None
    ends = [lines[z.line].block.blank_before > 0 for z in zone[: start + 1]]
    if len(ends) == start:  # (no token after the cuts: the card's body comes next)
        return None
    return ends if any(ends) and not all(ends) else None


# --- the list -------------------------------------------------------------------


def read_list(
    lines: list[Line], lo: int, hi: int, language: str, *, extend: bool = False
) -> list[Card]:
    """The cards of the list in lines ``lo`` .. ``hi``, in page order (see the
    module docstring); [] when no teaser has a headline.

    With ``extend``, ``lo`` is where a card header was found; when the fields
    there are the list's footer template, the teaser and headline above them
    are the list's first card (whose fields are all below it).
    """
    runs, tail = _runs(lines, _tokens(lines, lo, hi, language), after_teaser=extend)
    if not runs:
        return []
    if extend:
        _headline_over_fields(lines, lo, runs, language)
    _lift_headline(lines, runs)
    _drop_heading(lines, runs[0].zone)
    runs = _periodic(lines, runs)
    runs = _unbroken(lines, runs)
    tail = _teaser_ends(lines, runs, tail)
    # sources' names under the teasers count as footer fields (``_names_below``)
    named = _names_below(lines, runs, tail, first_too=extend)
    names = lines if named else None
    foot = tail[:named] if named else _leading_fields(tail)
    foot_slots = _slots(foot, names)
    if extend and foot_slots:
        first = _extend(lines, lo, runs[0], foot_slots, language, names)
        # the list opens at ``lo`` when no card can be above: under its
        # section header, or when the "card" above would be the page's story
        opening = _under_section(lines, lo)
        if first is not None and not _story_above(lines, first.zone[0].line):
            first, opening = None, True
        # the names head their cards, no footer holds them, when the first card
        # prints its source's name above its headline, or when no card above
        # owns the first name as its footer ("Name / Headline / time / teaser")
        if named and (
            _named_top(lines, first, runs[0], language)
            if first is not None
            else opening and not _names_below(lines, runs, tail, first_too=False)
        ):
            named, names = 0, None
            foot = _leading_fields(tail)
            foot_slots = _slots(foot)
            if first is not None:
                first = _extend(lines, lo, runs[0], foot_slots, language) if foot_slots else None
        if first is not None:
            runs.insert(0, first)
    _plain_template(lines, runs)
    heads = [_heads(lines, r.zone) for r in runs]
    # (a list read from a headline: its first card has no fields above it;
    # read from fields, those fields may be a footer the blank lines would
    # move, a template the list's extension reads)
    glued = not named and not _leading_fields(runs[0].zone, lines)
    if named:  # every source's name above a headline is the card above's
        heads[1:] = [_unnamed(h) for h in heads[1:]]
    elif glued:  # a name the blank lines set with the teaser above is that card's
        heads[1:] = [
            _unnamed(h) if _glued_above(lines, r.zone, h) else h
            for r, h in zip(runs[1:], heads[1:], strict=True)
        ]
    head_slots = _slots(runs[0].zone[: heads[0].start])
    for k in range(1, len(runs)):
        zone, start = runs[k].zone, heads[k].start
        below = frozenset(s for z in zone[start:] if z.kind == _F for s in z.slots if s in _ONCE)
        below -= head_slots.keys()  # (unless the list's headers carry one too)
        runs[k - 1].foot = _split(
            zone[:start],
            head_slots,
            foot_slots,
            names,
            below,
            _gaps(lines, zone, start),
            # (a name closes the footer above only when the card below names
            # none above its headline: no two names meet at a cut)
            lines if glued and not _named_above(heads[k]) else None,
        )
    runs[-1].foot = _last_foot(lines, runs, tail, len(foot)) if not named else len(foot)
    runs, heads = _merged(lines, runs, heads)
    return _cards(lines, runs, heads, tail, hi, language)


_STORY_MIN_WORDS = 40  # words of text a page holds above its first card (its story)


def _story_above(lines: list[Line], i: int) -> bool:
    """Whether the lines above line ``i`` hold a story's words (text, no chrome
    or headers): else what ends at ``i`` is the page's story, no card. Stops
    at the count: reading a page's top once per list stays linear."""
    words = 0
    for j in range(i - 1, -1, -1):
        if lines[j].kind not in ("chrome", "section"):
            words += lines[j].words
            if words >= _STORY_MIN_WORDS:
                return True
    return False


def _under_section(lines: list[Line], i: int) -> bool:
    """Whether the first line above line ``i`` that is no chrome is a section
    header, or a heading no lexicon knows ("Elsewhere on the network")."""
    for j in range(i - 1, max(-1, i - _HEAD_LINES - 1), -1):
        kind = lines[j].kind
        if kind != "chrome":
            return kind == "section" or _heading_like(lines[j])
    return False


def _lift_headline(lines: list[Line], runs: list[_Run]) -> None:
    """Give the first card back its headline when ``_opened`` took it for its
    teaser's first line under the list's heading ("Stay in the loop" over
    "In Prince Andrew's interview, the truth comes out"): the other cards
    print their headline right above their teaser, and the line above it
    reads as a heading (``_heading_like``), so the two are heading and
    headline, and ``_drop_heading`` drops the heading. (Right under a
    section header, "RELATED", the upper line is the headline; so it is when
    another card's zone repeats the first's.)"""
    first = runs[0]
    if (
        len(runs) >= 2
        and len(first.body) >= 2
        and first.body[0].kind == _P
        and first.zone
        and first.zone[-1].kind == _P
        and _heading_like(lines[first.zone[-1].line])
        and not after_section(lines, first.zone[-1].line)
        and all(t.kind == _P for t in first.zone)  # (a kicker over it: its headline)
        and all(r.body[0].kind != _P for r in runs[1:])
        # (a zone the other cards repeat, "Dewi Lestari" over a headline, is
        # the template: its lower line is the headline)
        and all(_shape(r.zone) != _shape(first.zone) for r in runs[1:])
    ):
        first.zone.append(first.body.pop(0))


def _headline_over_fields(lines: list[Line], lo: int, runs: list[_Run], language: str) -> None:
    """Give the first card of a list read from its fields at ``lo`` the
    headline right above them when every other card prints its headline
    right above the same fields: "HS Roundup: Viera defeats Rockledge /
    By Michael Chen / Palm Bay 18 22 13 17 — 70 / ..." read from the byline
    took the teaser's first line for the headline. (A list whose cards
    print their fields above the headline keeps the reading: the line above
    is the story's.)"""
    first = runs[0]
    zone = first.zone
    if (
        len(runs) < 2
        or len(zone) < 2
        or zone[0].line != lo
        or zone[-1].kind != _P
        or any(t.kind != _F for t in zone[:-1])
        or lo == 0
    ):
        return
    fields = _shape(zone[:-1])
    if not all(r.zone and r.zone[0].kind == _P and _shape(r.zone[1:]) == fields for r in runs[1:]):
        return
    head = _token(lines, lo - 1, language)
    if (
        head is None
        or head.kind not in (_P, _B)
        or lines[lo - 1].words > _TITLE_MAX_WORDS
        or _sentence_end(lines[lo - 1].block.text)
    ):
        return
    first.body.insert(0, zone.pop())
    zone.insert(0, _Tok(head.line, _P, _NONE))


def _drop_heading(lines: list[Line], zone: list[_Tok]) -> None:
    """Drop the list's own heading from its first card's zone: a plain line in
    sentence case at its top, right over the card's headline ("Our picks for you",
    "Trending now on Example"), which would read as the card's source or
    headline and hide the template the list's other cards share."""
    # (page text over the heading may read so too: "Data also provided by"
    # over "Stay in the loop" over the headline; each goes)
    while len(zone) >= 2:
        # (a kicker between the heading and the headline is the card's own:
        # "Other headlines: / ENTERTAINMENT / Headline"; the heading then
        # ends in its colon, a headline over a kicker in a link list does not)
        k = 1
        if lines[zone[0].line].block.text.rstrip().endswith(":"):
            while k < len(zone) - 1 and zone[k].slots is _SECTION:
                k += 1
        below = lines[zone[k].line]
        if not (
            zone[0].kind == _P
            and zone[k].kind == _P
            and _heading_like(lines[zone[0].line])
            # (a headline over its source's name, or over its teaser's first sentence)
            and not _proper_name(below)
            and not SENTENCE_END.search(below.block.text)
        ):
            return
        del zone[0]


def _shape(zone: list[_Tok]) -> tuple[str, ...]:
    """The kinds of a zone's lines, a field by its kinds (a plain line may be
    a headline or a source's name: a short headline in title case reads as
    a name, "Clymer workshop manual review")."""
    return tuple("F" + "".join(sorted(t.slots)) if t.kind == _F else t.kind for t in zone)


def _periodic(lines: list[Line], runs: list[_Run]) -> list[_Run]:
    """The runs, cut again by the period the list's cards repeat.

    When two cards or more open with the same lines, a headline and more (a
    source's name, fields), that shape is the list's period. A zone that
    holds the period after plain lines that are no names, the first right
    below the teaser above, holds that teaser's last lines too (a closing
    sentence, a paragraph cut short). A zone that holds the period twice,
    with plain lines between, holds a card whose teaser is those lines (a
    short one, one sentence: a plain line). Plain lines right above a teaser,
    below the period, ending as a sentence does, open that teaser ("Remember
    New Jersey's quest for a slogan?" under a headline and its fields).
    """
    shapes = [_shape(r.zone) for r in runs]
    common, count = Counter(shapes).most_common(1)[0]
    if count < _PERIOD_MIN:
        return [part for run in runs for part in _halved(lines, run)]
    if len(common) < 2 or _P not in common:
        return runs
    size = len(common)
    out: list[_Run] = []
    for run, shape in zip(runs, shapes, strict=True):
        extra = len(shape) - size
        if (
            extra > 0
            and shape[:size] == common
            and shape[extra:] != common  # (else the plain lines may lead, below)
            and _teaser_lines(lines, run.zone[size:])
            and SENTENCE_END.search(lines[run.zone[-1].line].block.text)
            and run.zone[-1].line + 1 == run.body[0].line
        ):
            # (the period, then plain lines right above the teaser: its opening)
            out.append(_Run(run.zone[:size], [*run.zone[size:], *run.body]))
            continue
        if extra <= 0 or shape[extra:] != common:
            out.append(run)
            continue
        if shape[:size] == common and extra > size and _teaser_lines(lines, run.zone[size:extra]):
            # (the period, a teaser, the period: two cards; the first card's too)
            out.append(_Run(run.zone[:size], run.zone[size:extra]))
            out.append(_Run(run.zone[extra:], run.body))
        elif (
            out
            and _teaser_lines(lines, run.zone[:extra])
            and run.zone[0].line == out[-1].body[-1].line + 1
        ):
            out[-1].body.extend(run.zone[:extra])
            out.append(_Run(run.zone[extra:], run.body))
        else:
            out.append(run)
    return out


_DESK = _F + "section"  # the shape of a field line holding a desk's name alone
_HALF_PERIOD = 6  # lines of a period read twice in one zone, at most
_HALF_TEASER = 3  # lines of the short teaser between, at most


def _halved(lines: list[Line], run: _Run) -> list[_Run]:
    """A run whose zone opens and closes with the same lines, a headline and
    fields, with teaser lines between: two cards, the first one's teaser
    those lines ("8 min read | 3w / Headline / By Name / One-line teaser? /
    8 min read | 3w / Headline / By Name"). The period shows twice in one
    zone, the evidence two cards give ``_periodic``."""
    shape = _shape(run.zone)
    n = len(shape)
    # (a card's header lines and a short teaser's are few: bounded work per run)
    for size in range(2, min(_HALF_PERIOD, (n - 1) // 2) + 1):
        period = shape[-size:]
        # (a field that tells a card: a time, a byline, a source; a desk's
        # name alone is also a menu's line, "Video / Classifieds")
        if _P not in period or not any(k.startswith(_F) and k != _DESK for k in period):
            continue
        # (the nearest earlier period with teaser lines between: lines above
        # it stay the first card's, as they were the run's)
        for i in range(n - 2 * size - 1, max(-1, n - 2 * size - 1 - _HALF_TEASER), -1):
            if shape[i + size] != _P:
                break
            middle = run.zone[i + size : -size]
            if shape[i : i + size] == period and _teaser_lines(lines, middle):
                first = _Run(run.zone[: i + size], middle)
                return [first, _Run(run.zone[-size:], run.body)]
    return [run]


def _teaser_lines(lines: list[Line], toks: list[_Tok]) -> bool:
    """Whether the lines of ``toks`` may be a teaser's: plain lines, no names,
    each of a sentence's length (a photo's caption or credit is shorter)."""
    return all(
        t.kind == _P and lines[t.line].words >= _SHORT_BODY_WORDS and not name_like(lines[t.line])
        for t in toks
    )


def _unbroken(lines: list[Line], runs: list[_Run]) -> list[_Run]:
    """The runs with a teaser's inner line read as a headline put back.

    Such a line is a plain line alone right below a teaser, over more of it,
    ending as a sentence does, that goes on with the teaser's topic
    ("There's a strange disconnect ... / I mean, really ... it's the perfect
    job for an introvert! / You can ..."; or with an emoji; or a question,
    "Why is the market behaving differently from the economy?"), in a list
    whose other cards below the first all open with the same kinds of line,
    more than a headline, two cards or more, the first counted when it opens
    so too: the list's period, which the card below the line keeps too (it
    holds no footer of the line's own card).
    """
    bare = [
        k
        for k in range(1, len(runs))
        if len(runs[k].zone) == 1
        and runs[k].zone[0].line == runs[k - 1].body[-1].line + 1
        and _sentence_end(lines[runs[k].zone[0].line].block.text)
    ]
    if not bare:
        return runs
    shapes = {tuple(z.kind for z in r.zone) for k, r in enumerate(runs) if k and k not in bare}
    if len(shapes) != 1 or len(period := next(iter(shapes))) < 2:
        return runs
    # (the first card counts when it opens so too)
    shown = len(runs) - 1 - len(bare) + (tuple(z.kind for z in runs[0].zone) == period)
    if shown < _PERIOD_MIN:
        return runs
    out: list[_Run] = []
    for k, run in enumerate(runs):
        if k in bare:
            above = out[-1]
            if _shares_topic(_words(lines, run.zone + run.body), _words(lines, above.body)):
                above.body.extend([*run.zone, *run.body])
                continue
        out.append(run)
    return out


_PERIOD_MIN = 2  # cards that show a list's period (the same lines above each headline)
# (an emoji or an arrow ends a post's line as a sentence's mark does, "Check
# them out below~⬇️", "... this weekend 😉")
_POST_END = regex.compile(rf"[~\p{{So}}]\uFE0F?[{regex.escape(CLOSERS)}]*$")


def _sentence_end(text: str) -> bool:
    """Whether a line ends as a sentence does, or as a post's line does."""
    return SENTENCE_END.search(text) is not None or _POST_END.search(text) is not None


# (a question is whole, not cut short)
_WHOLE_END = regex.compile(rf"[{regex.escape(EXCLAIMS + QUESTIONS)}][{regex.escape(CLOSERS)}]*$")


def _teaser_ends(lines: list[Line], runs: list[_Run], tail: list[_Tok]) -> list[_Tok]:
    """The tail, with each teaser's last line cut mid-sentence (no full stop,
    so a plain line) moved into it from below. Such a line right below a
    teaser (nothing between them), not ending as a question does, is no
    headline when it is over fields or a source's name and the next card's
    headline is still to come below it (or, under the last teaser, over
    nothing but the footer's fields), or when it ends with a colon over the
    next headline ("Seven big questions heading into the debate:")."""
    for k, following in enumerate([*(r.zone for r in runs[1:]), tail]):
        if (
            len(following) >= 2
            and following[0].kind == _P
            and following[0].line == runs[k].body[-1].line + 1
            and (
                _cut_teaser(lines[following[0].line])
                # (under the last teaser, over nothing but fields: no headline,
                # whatever its length, when it is a sentence's)
                or (
                    k + 1 == len(runs)
                    and _teaser_lines(lines, following[:1])
                    and all(t.kind == _F for t in following[1:])
                )
            )
            and not _WHOLE_END.search(lines[following[0].line].block.text)
            and (
                (
                    (following[1].kind == _F or name_like(lines[following[1].line]))
                    and (k + 1 == len(runs) or _headline_to_come(lines, following[1:]))
                )
                # (a colon leads on to what follows: a list, a quote, in the teaser)
                or (following[1].kind == _P and lines[following[0].line].block.text.endswith(":"))
            )
        ):
            runs[k].body.append(following.pop(0))
    return tail


def _headline_to_come(lines: list[Line], zone: list[_Tok]) -> bool:
    """Whether a card's zone holds its headline besides any source's name: two
    plain lines, or one that is no name."""
    plains = [z for z in zone if z.kind == _P]
    return len(plains) >= 2 or any(not name_like(lines[z.line]) for z in plains)


def _names_below(lines: list[Line], runs: list[_Run], tail: list[_Tok], *, first_too: bool) -> int:
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


def _names_alone_below(lines: list[Line], runs: list[_Run], tail: list[_Tok]) -> int:
    """1 when each teaser has a source's name right below it, cards mixing
    templates above their headlines: every card but the first opens with a
    name over more lines, the last teaser has one below it, and the first
    card opens with no name (its fields, or its headline)."""

    def opens_named(zone: list[_Tok], more: int) -> bool:
        return len(zone) > more and zone[0].kind == _P and name_like(lines[zone[0].line])

    if opens_named(runs[0].zone, 1) or not opens_named(tail, 0):
        return 0
    return int(all(opens_named(r.zone, 1) for r in runs[1:]))


def _names_in_footers(
    lines: list[Line], runs: list[_Run], tail: list[_Tok], *, first_too: bool
) -> int:
    """``_names_below`` for footers of one shape (the name among fields)."""
    shape: list[str] | None = None
    own: list[str] | None = None  # the first card's header kinds
    above = 0  # how many of them may be page text over the list (a source's name among them)
    for k, r in enumerate(runs):
        h = _heads(lines, r.zone)
        if k == 0 and (h.source is None or not first_too):
            if h.title is None:
                return 0
            own = [z.kind for z in r.zone[: h.title]]
            above = 0 if h.source is None else h.source + 1
            continue
        if not _named_above(h):
            return 0
        kinds = [z.kind for z in r.zone[: h.title]]
        shape = shape or kinds
        if kinds != shape or kinds.count(_P) != 1:
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
                        _F not in own[: len(own) - keep]
                        and _heading_like(lines[zone[len(own) - keep - 1].line])
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
                    and all(t.slots == _SECTION for t in zone[q : len(shape)])
                ),
                size,
            )
    if _P not in shape[:size] or [t.kind for t in tail[:size]] != shape[:size]:
        return 0
    return size if name_like(lines[tail[shape.index(_P)].line]) else 0


def _named_above(h: _Heads) -> bool:
    """Whether a card's source is a name above its headline."""
    return h.source is not None and h.title is not None and h.source < h.title


def _glued_above(lines: list[Line], zone: list[_Tok], h: _Heads) -> bool:
    """Whether a source's name above a card's headline is set apart from it by
    a blank line and from the teaser above by none: the card above's footer
    ("teaser / SFGATE / (blank) / Headline")."""
    if h.source is None or h.title is None or h.source > h.title:
        return False
    blank = [lines[t.line].block.blank_before > 0 for t in zone[: h.title + 1]]
    return not any(blank[: h.source + 1]) and any(blank[h.source + 1 :])


def _unnamed(h: _Heads) -> _Heads:
    """A card's heads without the source's name above its headline (the card
    above's)."""
    if not _named_above(h):
        return h
    assert h.title is not None
    return _Heads(h.title, None, h.title)


def _plain_template(lines: list[Line], runs: list[_Run]) -> None:
    """Plain lines a card holds beyond its list's usual count, by where they
    stand (the list's template is the kinds of the lines above most cards'
    teasers):

    * above the card's own fields, right below the teaser above, no names,
      when the rest has the template, the template opens with fields or no
      card repeats one: that teaser's last lines, moved into it; so too
      above the headline of a template that opens with it ("<headline> |
      CBS News / Opinion"), when the card above has the template and the
      headline is no source's name (a headline and its source);
    * right above the card's teaser, or below the fields under its headline
      when what is above them has the template: the teaser's first lines
      ("Palm Bay 18 22 13 17 - 70" above a game report), moved into it;
    * above the list's first headline: no part of the card ("Latest in
      Business", "Photo: Getty Images" is no source; a name in capitals or
      a domain may be).

    Lists mix templates, so a later card keeps its extra lines above the
    headline."""
    if not any(z.kind == _F for r in runs for z in r.zone):
        _headline_and_teaser(lines, runs)
        return
    counts = [sum(1 for z in r.zone if z.kind in (_P, _W)) for r in runs]
    usual = max(set(counts), key=lambda c: (counts.count(c), -c))
    if usual < 1 or counts.count(usual) * 2 < len(runs):
        return
    # the lines above most cards' teasers, by kind: the list's template
    # (one repeated, the first in page order on a tie; none when no card repeats one)
    shapes = [tuple(z.kind for z in r.zone) for r in runs]
    ((common, repeats),) = Counter(shapes).most_common(1)
    shape = common if repeats >= 2 else None
    for n, (r, count) in enumerate(zip(runs, counts, strict=True)):
        if count <= usual:
            continue
        plains = [k for k, z in enumerate(r.zone) if z.kind in (_P, _W)]
        lead = next((k for k, z in enumerate(r.zone) if z.kind not in (_P, _W)), 0)
        if (
            n == 0
            and shape is not None
            and (_named_first(lines, r, shape) or _template_within(lines, r, shape))
        ):
            continue
        if n and lead > 0 and shape is not None and shape[:1] == (_P,):
            # (a template that opens with the headline: only the lines above
            # it, below a teaser of a card of the template; a source's name
            # under a headline is a template of its own)
            fits = shapes[n][count - usual :] == shape and shapes[n - 1] == shape
            lead = count - usual if fits and not name_like(lines[r.zone[lead - 1].line]) else 0
        if (
            n
            and 0 < lead <= count - usual
            and (shape is None or shapes[n][lead:] == shape or shape[:1] == (_F,))
            and not any(name_like(lines[z.line]) for z in r.zone[:lead])
        ):
            # above the card's fields, right below the teaser above: its last lines
            runs[n - 1].body.extend(r.zone[:lead])
            del r.zone[:lead]
            continue
        cut = plains[usual - 1] + 1  # after the usual last plain line: the headline
        if r.zone[cut].kind == _F:  # (the fields under the headline, as on most cards)
            end = next((k for k in range(cut, len(r.zone)) if r.zone[k].kind != _F), cut)
            cut = end if shapes[n][:end] == shape else cut
        extra = r.zone[cut:]
        if len(extra) == 1 and (
            source_below(lines[r.zone[cut - 1].line], lines[extra[0].line])
            # (a source's name below a card's fields: its template is another)
            or (n and name_like(lines[extra[0].line]))
        ):
            continue
        if all(z.kind in (_P, _W) for z in extra):
            if n == 0 and (
                _label_over(lines, r.zone[cut - 1], extra[-1])
                or (len(extra) >= 2 and _list_heading_over(lines, extra[-2], extra[-1]))
                or (len(extra) >= 2 and _headline_last(lines, r.zone[:cut], extra))
            ):
                # ("Ad Choices / More stories on oregonlive.com / <headline>":
                # chrome and a section's name above the list's first headline;
                # "Share this story / Twitter / Editors' picks / <headline>")
                del r.zone[: len(r.zone) - 1]
                continue
            if n == 0 and _caps_label_over(lines, runs, r.zone[cut - 1], extra[0]):
                # ("STAY IN THE LOOP / <headline> / <teaser's first line>")
                del r.zone[:cut]
                cut = 1
            r.body[:0] = r.zone[cut:]
            del r.zone[cut:]
        elif n == 0:  # above the list's first headline: a section's name, chrome
            title = _heads(lines, r.zone).title
            # (a name in capitals may be a source when other cards name theirs)
            named = usual > 1 or any("source" in z.slots for q in runs[1:] for z in q.zone)
            drop = {
                id(r.zone[k])
                for k in plains[: count - usual]
                if title is not None
                and k < title
                and not (named and source_like(lines[r.zone[k].line].block.text))
            }
            r.zone[:] = [z for z in r.zone if id(z) not in drop]


def _named_first(lines: list[Line], run: _Run, shape: tuple[str, ...]) -> bool:
    """Whether the list's first card is of the template another card repeats,
    right under the list's section header, its plain lines above the
    headline sources' names: its own ("Popular in Technology / TechCrunch /
    5 mins read / a week ago / Headline" over "USA TODAY / Reading time: 8
    minutes / ..."), no heading's."""
    zone = run.zone
    if tuple(z.kind for z in zone) != shape or not _under_header(lines, zone[0].line):
        return False
    plains = [z for z in zone if z.kind in (_P, _W)]
    return all(name_like(lines[z.line]) for z in plains[:-1])


def _under_header(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is right below a section header (chrome between)."""
    j = i - 1
    while j >= 0 and lines[j].kind == "chrome":
        j -= 1
    return j >= 0 and lines[j].kind == "section"


def _template_within(lines: list[Line], run: _Run, shape: tuple[str, ...]) -> bool:
    """The list's first card holding its list's template between plain lines
    alone: those above are the list's heading ("Picked by our editors / US
    News / Vox / <headline>"), those below the teaser's first lines, no
    source's name ("Editors' picks / 7 mins read / <headline> / By Jane Doe |
    CNBC / Tested by: J. Milbank RRP: ..."). Moves them; whether it did."""
    kinds = tuple(z.kind for z in run.zone)
    size = len(shape)
    for a in range(len(kinds) - size + 1):
        if kinds[a : a + size] != shape:
            continue
        below = run.zone[a + size :]
        if (
            not (a or below)
            or not all(k in (_P, _W) for k in kinds[:a])
            or not all(z.kind in (_P, _W) and not name_like(lines[z.line]) for z in below)
        ):
            return False
        run.body[:0] = below
        del run.zone[a + size :]
        del run.zone[:a]
        return True
    return False


def _headline_and_teaser(lines: list[Line], runs: list[_Run]) -> None:
    """In a list of headlines and teasers alone (no fields), where the cards
    below the first show one plain line each over their teasers, the period
    of the list, a card below the first with two is its headline over its
    teaser's first line (a question, a standfirst): that line goes into the
    teaser. The first card's upper line, a name where no other card has
    one, is the list's own label."""
    counts = [len(r.zone) for r in runs]
    if counts.count(1) < _PERIOD_MIN or counts[1:].count(1) + counts[1:].count(2) < len(runs) - 1:
        return
    if counts.count(2) == 1 and counts.index(2) < 2 and counts.count(1) == len(runs) - 1:
        # (the one card of two lines, at the list's top: a name over its
        # headline, where no other card names a source, is the list's label,
        # "ELSEWHERE TODAY")
        r = runs[counts.index(2)]
        if _proper_name(lines[r.zone[0].line]):
            del r.zone[0]
            return
    for r in runs[1:]:
        if len(r.zone) == 2 and not _proper_name(lines[r.zone[0].line]):
            r.body.insert(0, r.zone.pop())


def _label_over(lines: list[Line], upper: _Tok, lower: _Tok) -> bool:
    """Whether of the first card's plain lines the one its list's template
    takes for the headline (``upper``) is a label, too short for a headline,
    over the line right above the teaser (``lower``), long enough for one."""
    return (
        upper.kind == lower.kind == _P
        and lines[upper.line].words < _HEADLINE_MIN_WORDS <= lines[lower.line].words
    )


def _caps_label_over(lines: list[Line], runs: list[_Run], upper: _Tok, lower: _Tok) -> bool:
    """Whether the line the template takes for the list's first headline is a
    label in capitals ("BEFORE YOU GO") over the headline: no card below names
    a source above its headline, and the line below it is longer, in mixed case."""
    label, head = lines[upper.line], lines[lower.line]
    return (
        upper.kind == _P
        and source_like(label.block.text)
        and label.block.text.upper() == label.block.text
        and head.words >= _HEADLINE_MIN_WORDS
        and head.words > label.words
        and head.block.text.upper() != head.block.text
        and not any(
            z.kind == _P and source_like(lines[z.line].block.text) for q in runs[1:] for z in q.zone
        )
    )


def _headline_last(lines: list[Line], head: list[_Tok], extra: list[_Tok]) -> bool:
    """Whether, of the plain lines over the list's first teaser, the one right
    above it is the headline, where the template would take the upper one
    (``head``) and move the others (``extra``, two or more) into the teaser:
    it is longer than each of them and ends as no sentence does, as a
    headline under the host's footer does ("Legal Information & Privacy
    Policy / Contact us / Phone: ... / Close / <headline>"); the lines above
    it are the page's, no teaser's."""
    last = lines[extra[-1].line]
    return (
        last.words >= _HEADLINE_MIN_WORDS
        and not SENTENCE_END.search(last.block.text)
        and all(lines[t.line].words < last.words for t in (*head, *extra[:-1]))
    )


def _list_heading_over(lines: list[Line], upper: _Tok, lower: _Tok) -> bool:
    """Whether the line right above the first card's headline (``lower``) is
    the list's heading, a short label in sentence case ("Editors' picks"):
    the plain lines above it are page chrome, not the card's headline."""
    return _label_over(lines, upper, lower) and _heading_like(lines[upper.line])


def source_below(head: Line, line: Line) -> bool:
    """Whether ``line``, right below the headline ``head`` (both plain lines), is
    a source's name: a name shorter than the headline, no label ending in a
    colon."""
    return (
        head.kind == "plain"
        and name_like(line)
        and line.words < head.words
        and not line.block.text.endswith(":")
    )


def _extend(
    lines: list[Line],
    lo: int,
    run: _Run,
    foot: _Slots,
    language: str,
    names: list[Line] | None = None,
) -> _Run | None:
    """The card above line ``lo`` when the fields at ``lo`` begin with its footer
    (the next card's header fields may follow): a headline and a teaser right
    above them (with ``names``, a source's name is a footer field)."""
    if not _begins_with(_leading_fields(run.zone, names), foot, names):
        return None
    i = lo - 1
    teaser: list[_Tok] = []  # bottom up, turned at the end (inserting at 0 is quadratic)
    ends = 0  # the teaser's last lines, short sentences read as plain lines
    while i >= 0:
        t = _token(lines, i, language)
        if t is not None and t.kind == _P and len(teaser) == ends < _SHORT_ENDS:
            # (a short sentence ends a teaser; so does, right above the
            # footer, a line cut mid-sentence under the teaser's text)
            if not (_short_sentence(lines[i]) or (not teaser and _cut_under_text(lines, i))):
                break
            ends += 1
        elif t is not None and t.kind not in (_B, _W):
            break
        if t is not None:
            teaser.append(t)
        i -= 1
    # (plain lines alone: no teaser; but one line of a teaser's words under
    # a headline, no name, is a card's whole teaser, "_teaser_under")
    if ends == len(teaser) and not (
        ends == 1
        and i >= 0
        and lines[teaser[0].line].words >= _CUT_TEASER_WORDS
        and lines[i].kind == "plain"
        and not name_like(lines[i])
        and _headline_over(lines, i, teaser[0].line)
    ):
        return None
    teaser.reverse()
    head = _token(lines, i, language) if i >= 0 else None
    mid: list[_Tok] = []  # fields between headline and teaser (a kicker)
    while head is not None and head.kind == _F and len(mid) < _MID_FIELDS:
        mid.insert(0, head)
        head = _above(lines, head.line, language)
    if not teaser or head is None or head.kind != _P:
        return None
    h = _heads(lines, run.zone)
    if not mid and h.title and run.zone[h.title - 1].kind == _F:
        # (the list prints fields right above its headlines: a headline under
        # such fields, over this plain line, is the card's, and this line its
        # teaser's first, "8 minute read / HS Roundup: ... / Palm Bay 18 22 - 70")
        top = _under_fields(lines, head, h.title, language)
        if top:
            return _Run([*top, head], teaser)
    if names is not None and h.source is not None and h.title is not None and h.source < h.title:
        # (the name is the footer's; the kickers over the headline below it
        # are its card's header, and this card's above its own headline)
        return _Run([*_kickers(lines, head, run.zone[: h.title], language), head, *mid], teaser)
    if h.source is None or h.title is None or _glued_above(lines, run.zone, h):
        # (a name glued to the teaser above is the footer's, no header's)
        return _Run([head, *mid], teaser)
    # the template puts a source's name above the headline (not in the footer,
    # as with ``names``): take the name above; or between headline and
    # teaser: the name read as the headline is the source, the headline above
    above = _above(lines, head.line, language)
    if above is None or above.kind != _P:
        return _Run([head, *mid], teaser)
    if (
        name_like(lines[above.line])
        if h.source < h.title
        else name_like(lines[head.line]) and not name_like(lines[above.line])
    ):
        return _Run([above, head, *mid], teaser)
    return _Run([head, *mid], teaser)


def _kickers(lines: list[Line], head: _Tok, header: list[_Tok], language: str) -> list[_Tok]:
    """The section labels right above the headline ``head``, top down, as many
    as end the ``header`` of the card below at most."""
    most = 0
    while most < len(header) and header[-1 - most].slots == _SECTION:
        most += 1
    out: list[_Tok] = []
    up = _above(lines, head.line, language) if most else None
    while up is not None and up.slots == _SECTION and len(out) < most:
        out.append(up)
        up = _above(lines, up.line, language)
    return out[::-1]


def _cut_under_text(lines: list[Line], i: int) -> bool:
    """Whether the plain line ``i`` right above a footer is its teaser's last
    line cut short mid-sentence ("In search of answers, a team of"): a
    sentence's start of words right below the teaser's text. (A headline
    there would have no teaser: the footer's fields follow it.)"""
    return i > 0 and lines[i].words >= _SHORT_SENTENCE_WORDS and lines[i - 1].kind == "body"


def _under_fields(lines: list[Line], head: _Tok, most: int, language: str) -> list[_Tok]:
    """A headline over ``head`` with up to ``most`` header fields above it,
    top down ([] when the line above ``head`` is no headline under a field)."""
    up = _above(lines, head.line, language)
    if up is None or up.kind != _P or name_like(lines[up.line]):
        return []
    fields: list[_Tok] = []
    field = _above(lines, up.line, language)
    while field is not None and field.kind == _F and len(fields) < most:
        fields.append(field)
        field = _above(lines, field.line, language)
    return [*reversed(fields), up] if fields else []


def _named_top(lines: list[Line], first: _Run, second: _Run, language: str) -> bool:
    """Whether a source's name sits right above the first card's headline,
    named as the second card's is: both in title case of two words or more,
    or both in capitals or domains ("The Daily Ledger" and "Valley Times";
    one capitalised word may head a list too, and a menu's "RSS" is no
    "Al Jazeera")."""
    top = first.zone[0].line
    # (the line right above: no section header between)
    above = _token(lines, top - 1, language) if top > 0 else None
    name = next((z for z in second.zone if z.kind == _P), None)
    if above is None or above.kind != _P or name is None:
        return False
    return _name_style(lines[above.line]) == _name_style(lines[name.line]) != ""


def _name_style(line: Line) -> str:
    """How a source's name is printed: "caps" (or a domain), "title" (two
    words or more), or "" (neither, or one word: a heading may be one)."""
    if source_like(line.block.text):
        return "caps"
    return "title" if line.words >= 2 and _proper_name(line) else ""


_MID_FIELDS = 2  # field lines between a headline and its teaser
_SHORT_ENDS = 2  # short sentences ending a teaser, read as plain lines
_SHORT_SENTENCE_WORDS = 6  # "I don't know. Help!" ends a teaser; a label is shorter


def _short_sentence(line: Line) -> bool:
    """A plain line that reads as a teaser's last sentences: several words,
    ending as a sentence does ("Do you make jam in a pot? ... Help!")."""
    return line.words >= _SHORT_SENTENCE_WORDS and SENTENCE_END.search(line.block.text) is not None


_TEASER_MAX_LINES = 8  # a card's teaser is a few paragraphs
_HEAD_LINES = 3  # header lines above a headline (a kicker, a source, a time)


def card_above(lines: list[Line], top: int, language: str) -> int | None:
    """The first line of the card right above line ``top`` (a card's first
    line, or where a list would start; up to a section
    header), of any shape: the footer fields of the card above it, a teaser,
    at most two fields, a headline, then its header fields (a source's name
    among them), or None. A list whose first cards were missed (their
    teasers longer than the story above, their start unmarked, or another
    template of a mixed list) gets them back this way; the caller judges
    whether that card is one or the story's own start. The teaser's last
    line may be a plain one cut mid-sentence."""
    i = top - 1
    teaser = mid = 0  # (bottom up: the footer fields above, a teaser, fields, a headline)
    while i >= 0 and lines[i].kind != "section":
        t = _token(lines, i, language)
        i -= 1
        if t is None or (t.kind == _F and not teaser):
            continue  # chrome, or the footer of the card above
        if t.kind in (_B, _W) or (not teaser and _cut_teaser(lines[t.line])):
            if mid or teaser == _TEASER_MAX_LINES:
                return None  # (a field between teasers: no headline; or a story's text)
            teaser += 1
        elif t.kind == _F and mid < _MID_FIELDS:
            mid += 1
        elif t.kind == _P and teaser:
            # (the teaser's first line without its full stop, under the headline)
            # (or the source's name under the headline: "Headline / The
            # Independent / teaser")
            up = _above(lines, t.line, language)
            if (
                up is not None
                and up.kind == _P
                and (
                    opens_teaser(lines[up.line], lines[t.line])
                    or source_below(lines[up.line], lines[t.line])
                )
                and all(lines[k].kind != "section" for k in range(up.line + 1, t.line))
            ):
                return _header_top(lines, up.line, language)
            return _header_top(lines, t.line, language)
        else:
            return None
    return None


def repeated_card(lines: list[Line], card: Card, language: str) -> Card | None:
    """The card right above ``card`` that repeats its template line for line
    (the period of the list), or None: the same field lines (kinds and
    slots) above its headline, between headline and teaser and below its
    teaser, a plain headline of three words or more, and a teaser of one to
    ``_TEASER_MAX_LINES`` lines, none a name (its words may be few: one short
    sentence, which ``card_above`` cannot tell from a headline; a menu's
    names are no teaser). ``card`` must print a field other than a kicker (a
    card of a headline and text alone repeats any text); with no field above
    or right below its headline, the card above starts under a field line
    (the footer of the card above it) or at the list's top. Reads at most
    the template's length above ``card``, chrome skipped. Both teasers are
    teasers' length (``_REPEAT_WORDS``): a page of whole stories, each under
    its headline and date, repeats a template too, and is no list.

    >>> from newsclean.text.label import label_blocks
    >>> from newsclean.text.blocks import split_blocks
    >>> from newsclean.stories.card_lines import classify_lines
    >>> teaser = "The council approved the plan on Monday after a long debate in the hall."
    >>> page = ("By Ann Lee\\nFirst headline of the list\\nA short one.\\n5 min read\\n"
    ...         f"By Bo Chen\\nSecond headline of the list\\n{teaser}\\n6 min read")
    >>> lines = classify_lines(label_blocks(split_blocks(page)))
    >>> second = read_list(lines, 4, len(lines), "en")[0]
    >>> first = repeated_card(lines, second, "en")
    >>> lines[first.title].block.text, sorted(first.fields), first.body_start, first.stop
    ('First headline of the list', [0, 3], 2, 4)
    """
    if card.title is None or not card.fields or _text_words(lines, card) > _REPEAT_WORDS:
        return None
    toks = [t for k in sorted(card.fields) if (t := _token(lines, k, language)) is not None]
    if all(t.kind != _F or t.slots == _SECTION for t in toks):
        return None
    head = [t for t in toks if t.line < card.title][::-1]
    mid = [t for t in toks if card.title < t.line < card.body_start][::-1]
    foot = [t for t in toks if t.line >= card.body_end][::-1]
    # (the tokens above, bottom up, as many as the template may take)
    up: list[_Tok] = []
    i, most = card.top - 1, len(toks) + _TEASER_MAX_LINES + 2
    while i >= 0 and lines[i].kind != "section" and len(up) < most:
        if (t := _token(lines, i, language)) is not None:
            up.append(t)
        i -= 1
    ended = i < 0 or lines[i].kind == "section"  # (the list's top reached)
    j = _fits(up, 0, foot)
    if j < 0:
        return None
    k = j
    while k < len(up) and up[k].kind != _F:
        k += 1
    if mid:
        body, j = up[j:k], _fits(up, k, mid)
        if j < 0 or j >= len(up):
            return None
        headline, j = up[j], j + 1
    else:  # (the text's top line is the headline)
        if k - j < 2:
            return None
        body, headline, j = up[j : k - 1], up[k - 1], k
        if not head and not (k < len(up) or ended):
            return None
    if (
        not 1 <= len(body) <= _TEASER_MAX_LINES
        or headline.kind != _P
        or lines[headline.line].words < _HEADLINE_MIN_WORDS
        or any(name_like(lines[t.line]) for t in body)
    ):
        return None  # (a menu's names are no teaser, nor its link a headline)
    end = _fits(up, j, head)
    if end < 0:
        return None
    own = (*up[: len(foot)], *up[k:j], *up[end - len(head) : end])
    fields = sorted(t.line for t in own if t is not headline)
    header, cut = card_decisions(lines, fields)
    above = Card(
        top=up[end - 1].line if head else headline.line,
        stop=card.top,
        title=headline.line,
        header=header,
        cut=cut,
        fields=frozenset(fields),
        body_start=body[-1].line,
        body_end=body[0].line + 1,
    )
    return above if _text_words(lines, above) <= _REPEAT_WORDS else None


_REPEAT_WORDS = 200  # a teaser's words at most (longer: the stories of an archive page)


def _text_words(lines: list[Line], card: Card) -> int:
    return sum(lines[i].words for i in range(card.body_start, card.body_end))


def _fits(up: list[_Tok], j: int, want: list[_Tok]) -> int:
    """The index in ``up`` past ``want``'s fields matched from ``j`` on, kind
    and slots alike; -1 if they do not match (``j`` itself if there are none;
    -1 if ``j`` is already -1)."""
    if j < 0 or j + len(want) > len(up):
        return -1
    for n, w in enumerate(want):
        t = up[j + n]
        if t.kind != w.kind or t.slots != w.slots:
            return -1
    return j + len(want)


def _header_top(lines: list[Line], head: int, language: str) -> int:
    """The first line of the header above the headline at line ``head``: up to
    ``_HEAD_LINES`` fields right above it, one of them may be a source's name."""
    top, taken, named = head, 0, False
    i = head - 1
    while i >= 0 and taken < _HEAD_LINES and lines[i].kind != "section":
        t = _token(lines, i, language)
        i -= 1
        if t is None:
            continue
        if t.kind == _P and not named and _name_over(lines[t.line]):
            named = True
        elif t.kind != _F:
            break
        top, taken = t.line, taken + 1
    return top


def _name_over(line: Line) -> bool:
    """A source's name over a headline; a label ending in its colon
    ("Continue exploring:") heads the list, no card."""
    return name_like(line) and not line.block.text.endswith(":")


def _cut_teaser(line: Line) -> bool:
    """A plain line long enough to be a teaser's last line cut mid-sentence
    (so no full stop ends it): a sentence's worth of words."""
    return line.kind == "plain" and line.words >= _CUT_TEASER_WORDS


_CUT_TEASER_WORDS = 12  # a headline is rarely longer
_HEADLINE_MIN_WORDS = 3  # a shorter plain line may be a source's name


def _begins_with(pre: list[_Tok], foot: _Slots, names: list[Line] | None = None) -> bool:
    """Whether the first fields of ``pre`` are the footer template ``foot``, each
    kind once (``_distance`` 0), counted as they come (with ``names``, a plain
    line is a source's name)."""
    if any(c > 1 for c in foot.values()):
        return False
    got: _Slots = {}
    for t in pre:
        for s in _tok_slots(t, names):
            got[s] = got.get(s, 0) + 1
            if got[s] > foot.get(s, 0):
                return False
        if got == foot:
            return True
    return False


def _above(lines: list[Line], i: int, language: str) -> _Tok | None:
    """The first token above line ``i`` (chrome skipped)."""
    for j in range(i - 1, -1, -1):
        t = _token(lines, j, language)
        if t is not None:
            return t
    return None


def _own(runs: list[_Run], k: int) -> list[_Tok]:
    """Run ``k``'s zone without the previous card's footer."""
    return runs[k].zone[runs[k - 1].foot :] if k else runs[k].zone


def _footer_of(runs: list[_Run], k: int, tail: list[_Tok]) -> list[_Tok]:
    following = runs[k + 1].zone if k + 1 < len(runs) else tail
    return following[: runs[k].foot]


def _merged(
    lines: list[Line], runs: list[_Run], heads: list[_Heads]
) -> tuple[list[_Run], list[_Heads]]:
    """The runs with field-less ones (but the first) merged into the run above,
    when most runs carry fields (a source's name in capitals or a domain is
    one): such a "card" is a subheading in a teaser. It is not when it names
    its source, or its text shares no content word with the run above's: a
    subheading goes on with its story's names and topic, a card of a list
    that mixes templates (one without fields) tells another story."""
    # (a source's name in capitals or a domain is a field too: "MARKETWATCH")
    fielded = [
        any(t.kind == _F for t in _own(runs, k))
        or runs[k].foot > 0
        or _named(lines, runs[k], heads[k])
        for k in range(len(runs))
    ]
    if sum(fielded) < max(2, (len(runs) + 1) // 2):
        return runs, heads
    out: list[_Run] = []
    kept: list[_Heads] = []
    above_words: set[str] | None = None  # the content words of out[-1], when asked
    for k, run in enumerate(runs):
        # (a card that names its source, "The Independent", is no subheading)
        if k and not fielded[k] and heads[k].source is None and out:
            mine = _words(lines, [*_own(runs, k), *run.body])
            if above_words is None:
                above_words = _words(lines, [*out[-1].zone, *out[-1].body])
            # (a run with no content word has nothing to tell by: it goes on)
            if not mine or _shares_topic(mine, above_words):
                above = out[-1]
                above.body.extend([*_own(runs, k), *run.body])
                above.foot = run.foot
                above_words |= mine  # (kept as the run grows: no text read twice)
                continue
        out.append(run)
        kept.append(heads[k])
        above_words = None
    return out, kept


def _named(lines: list[Line], run: _Run, h: _Heads) -> bool:
    """Whether a card's source is a name in capitals or a domain."""
    return h.source is not None and source_like(lines[run.zone[h.source].line].block.text)


def _shares_topic(mine: set[str], above: set[str]) -> bool:
    """Whether two texts' content words overlap as a story's parts do: a
    twentieth of the shorter's, or one for a short text (two long teasers
    share a word or two by chance: "second", "threw")."""
    shared = len(mine & above)
    return shared > 0 and shared * _TOPIC_SHARE >= min(len(mine), len(above))


_TOPIC_SHARE = 20  # a story's parts share a twentieth of their content words or more


def _words(lines: list[Line], toks: list[_Tok]) -> set[str]:
    """The content words of the lines of ``toks`` (``text.features.content_words``)."""
    return set(content_words(" ".join(lines[t.line].block.text for t in toks)))


def _cards(
    lines: list[Line],
    runs: list[_Run],
    heads: list[_Heads],
    tail: list[_Tok],
    hi: int,
    language: str,
) -> list[Card]:
    tops = []
    for k, run in enumerate(runs):
        # the card's own lines: its fields, and its plain lines from the source on
        start = _start_line(run, heads[k])
        tops.append(
            min((t.line for t in _own(runs, k) if t.kind == _F or t.line >= start), default=start)
        )
    out: list[Card] = []
    footer: frozenset[int] = frozenset()
    titles: list[int | None] = []
    fields_of: list[list[_Tok]] = []
    for k, run in enumerate(runs):
        h = heads[k]
        title = run.zone[h.title].line if h.title is not None else None
        start = _start_line(run, h)
        mine = [t for t in _own(runs, k) if t.kind == _F or t.line >= start]
        titles.append(title)
        fields_of.append([t for t in (*mine, *_footer_of(runs, k, tail)) if t.line != title])
    authors = _bare_authors(lines, titles, fields_of, language)
    for k, run in enumerate(runs):
        h = heads[k]
        title = titles[k]
        start = _start_line(run, h)
        field_toks = fields_of[k]
        field_lines = [t.line for t in field_toks]
        # (a name read as the source goes first, another is an author's; a
        # source field, "- The Guardian", stays the source: it goes first)
        if h.source is not None:
            src = run.zone[h.source].line
            named = any("source" in t.slots for t in field_toks)
            field_lines.sort(key=lambda i: (i == src) if named else (i != src))
        header, cut = card_decisions(lines, field_lines, authors)
        # (the footer of a card above that prints its fields only below its
        # headline, "The Hill" under its teaser, is no loose line of this card's)
        loose = [
            t for t in run.zone if t.kind != _F and t.line < start and t.line not in footer
        ]
        footer = frozenset(
            field_lines if title is not None and all(i > title for i in field_lines) else ()
        )
        strays = sum(1 for t in loose if lines[t.line].words >= _STRAY_WORDS)
        out.append(
            Card(
                top=tops[k],
                stop=tops[k + 1] if k + 1 < len(runs) else hi,
                title=title,
                header=header,
                cut=cut,
                fields=frozenset(t.line for t in field_toks),
                body_start=run.body[0].line,
                body_end=run.body[-1].line + 1,
                strays=strays,
                loose=len(loose),
            )
        )
    return out


_HEADING_WORDS = 6  # a list's heading is short


def _heading_like(line: Line) -> bool:
    """A plain line that may head a list: a few words, no sentence's end, in
    sentence case ("The day's big stories", "Worth your time"): no source's name."""
    text = line.block.text
    return (
        line.kind == "plain"
        and line.words <= _HEADING_WORDS
        and not SENTENCE_END.search(text)
        and sentence_cased(text)
    )


def _start_line(run: _Run, h: _Heads) -> int:
    """The line of the first of a card's own plain lines (its body, without any)."""
    return run.zone[h.start].line if h.start < len(run.zone) else run.body[0].line


_AUTHOR = frozenset({"author"})


def _bare_authors(
    lines: list[Line], titles: list[int | None], fields: list[list[_Tok]], language: str
) -> frozenset[int]:
    """The plain lines of a list's cards that are authors' names, no sources:
    a name printed where another card of the list prints its byline, the
    cards' fields otherwise alike ("Door Jan de Vries" under one teaser,
    "Emma Visser" under the next, and no source's name anywhere: sites print
    their writers' names bare as often as with "By")."""

    def shape(k: int, bare: int | None) -> tuple[tuple[bool, str, frozenset[str]], ...]:
        title = titles[k]
        return tuple(
            (
                title is not None and t.line > title,
                _F if t.line == bare else t.kind,
                _AUTHOR if t.line == bare else t.slots,
            )
            for t in fields[k]
        )

    bylined: list[int] = []
    named: list[tuple[int, int]] = []  # (card, its one plain line) of cards with no byline
    for k, toks in enumerate(fields):
        if any("author" in t.slots for t in toks):
            if any(t.slots == _AUTHOR for t in toks):
                bylined.append(k)
            continue
        plain = [t.line for t in toks if t.kind == _P]
        if len(plain) == 1:
            named.append((k, plain[0]))
    if not bylined or not named:  # (most lists: one template)
        return frozenset()
    shapes = {shape(k, None) for k in bylined}
    return frozenset(
        i
        for k, i in named
        if shape(k, i) in shapes and _person(lines[i].block.text, language)
    )


def _person(text: str, language: str) -> bool:
    """Whether a line reads as writers' names alone (the byline parser finds
    authors and no outlet: "Emma Visser", "Budi Santoso dan Siti Rahmawati")."""
    byline = parse_byline(text, language=language)
    return bool(byline.authors) and byline.source is None


def card_decisions(
    lines: list[Line], fields: list[int], authors: frozenset[int] = frozenset()
) -> tuple[tuple[Decision, ...], tuple[Removal, ...]]:
    """The decisions and removals of a card's field lines: a cue's fields, a
    kicker cut out, a plain line as the source (as a byline when it is in
    ``authors``, a writer's name printed bare)."""
    header: list[Decision] = []
    cut: list[Removal] = []
    for i in fields:
        ln = lines[i]
        if ln.kind == "cue":
            header.extend(ln.fields)
            cut.extend(ln.cut)
        elif ln.kind == "chrome":  # a kicker among the header lines
            b = ln.block
            cut.append(removal(ln.decision.rule, b.text, b.start, b.end))
        elif i in authors:
            header.append(Decision(ln.block, Label.BYLINE, "card.byline"))
        else:
            header.append(Decision(ln.block, Label.SOURCE, "card.source"))
    return tuple(header), tuple(cut)
