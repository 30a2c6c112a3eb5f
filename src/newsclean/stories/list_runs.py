"""Reading a list, stage 2: its tokens cut into cards, and each card's heads.

Each run of body tokens with a plain line above it since the previous
teaser is a card's teaser (``runs_of``); the tokens above it, since the
teaser before, are its zone: the card above's footer, its own header,
its headline and any fields between headline and teaser. Which footer
tokens are whose is for ``list_footers``; which plain line of a zone is
the headline and which the source is ``heads_of`` (and, for a header's
lines, ``title_and_source``).

>>> from newsclean.text.label import label_blocks
>>> from newsclean.text.blocks import split_blocks
>>> from newsclean.stories.card_lines import classify_lines
>>> from newsclean.stories.list_tokens import tokens
>>> teaser = "The council approved the plan on Monday after a long debate in the hall."
>>> page = f"First headline here\\n{teaser}\\nAP | 2 hours ago\\nSecond headline here\\n{teaser}"
>>> lines = classify_lines(label_blocks(split_blocks(page)))
>>> runs, tail = runs_of(lines, tokens(lines, 0, len(lines), "en"))
>>> [([t.kind for t in r.zone], [t.kind for t in r.body]) for r in runs], tail
([(['P'], ['W']), (['F', 'P'], ['W'])], [])
"""

from __future__ import annotations

from dataclasses import dataclass

from newsclean.core.fastinit import fast_init
from newsclean.stories.card_lines import Line, name_like, source_like
from newsclean.stories.list_tokens import (
    CUT_TEASER_WORDS,
    MID_FIELDS,
    SHORT_BODY_WORDS,
    B,
    F,
    P,
    Tok,
    W,
    heading_like,
    headline_over,
    opens_teaser,
    post_end,
    proper_name,
    sentence_end,
)


@dataclass(slots=True)
class Run:
    """A card in tokens: the zone above its teaser (the previous card's footer,
    its own header, headline and fields below the headline), the teaser, and
    how many of the next zone's first tokens are its footer."""

    zone: list[Tok]
    body: list[Tok]
    foot: int = 0


@dataclass(slots=True)
class _Zone:
    """The tokens gathered above a teaser, and what they hold (kept as they are
    added: each token is looked at once, so a list reads in linear time)."""

    toks: list[Tok]
    plain: bool = False  # a plain line (headline or source)
    plains: int = 0  # how many
    field: bool = False  # a field line
    names_only: bool = True  # every plain line reads as a name

    def add(self, lines: list[Line], tok: Tok) -> None:
        self.toks.append(tok)
        if tok.kind == F:
            self.field = True
        else:
            self.plain = True
            self.plains += 1
            self.names_only = self.names_only and name_like(lines[tok.line])


def runs_of(
    lines: list[Line], toks: list[Tok], *, after_teaser: bool = False
) -> tuple[list[Run], list[Tok]]:
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
        unplain[k] = unplain[k + 1] if toks[k].kind == P else k
    runs: list[Run] = []
    zone = _Zone([])
    t = 0
    while t < n:
        tok = toks[t]
        # fields right below the card above's teaser (body text), then one headline
        # (at the top of a list read from a footer, ``after_teaser``)
        footed = (
            tok.kind == P
            and zone.plains == 1
            and zone.toks[0].kind == F
            and (runs[-1].body[-1].kind != P if runs else after_teaser)
        )
        if _short_body(lines, toks, t, unplain, zone, footed=footed):
            runs.append(Run(zone.toks, [tok]))
            zone = _Zone([])
            t += 1
            continue
        if tok.kind in (F, P) or _weak_headline(lines, toks, t, zone, top=t == 0):
            zone.add(lines, tok)
            t += 1
            continue
        end = t + 1
        while end < n and toks[end].kind in (B, W) and not _weak_headline(lines, toks, end, None):
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


def _lead_in(lines: list[Line], zone: list[Tok], above: Run) -> bool:
    """Whether the only line between a teaser and body text is the teaser's
    own line leading on to that text: a sentence's words ending in a colon
    ("Seven big questions heading into the debate, to be carried on MSNBC:")
    or as a post's line ends ("Try something new this weekend 😉", "Check
    them out below~⬇️"), right below the teaser. A colon leads on to what
    follows (a list, a quote, the next paragraph); an emoji or an arrow ends
    a post's sentence, not a headline."""
    if len(zone) != 1 or zone[0].kind != P or zone[0].line != above.body[-1].line + 1:
        return False
    line = lines[zone[0].line]
    text = line.block.text.rstrip()
    return line.words >= _LEAD_IN_MIN_WORDS and (
        text.endswith(":") or post_end(text)
    )


def _opened(lines: list[Line], zone: list[Tok], body: list[Tok]) -> Run:
    """A card from the tokens above its teaser and the teaser. Of two plain
    lines right above the teaser, the lower is the teaser's first paragraph
    without its full stop (a disclosure, a caption, a short opening line),
    the upper the headline, when

    * the lower is long and the upper shorter, and no source's name (three
      words or more, not in capitals, no domain); or
    * the upper is right below the card's fields and longer, and neither is
      a name (a headline sits under its fields; a kicker would be shorter).

    So too with one field line between them, the lower long and the upper
    shorter, when fields stand above the upper ("1 hr ago / Headline / 8
    min read - Markets / <a long line>"); with none, the upper may be the
    list's heading ("Across the site / 8 mins read / <headline>") or the
    card above's teaser's last line, the lower a headline under its fields.
    """
    if len(zone) >= 2 and zone[-1].kind == P and zone[-2].kind == P:
        first, head = lines[zone[-1].line], lines[zone[-2].line]
        if opens_teaser(head, first) or (
            len(zone) >= 3
            and zone[-3].kind == F
            and head.words > first.words
            and not name_like(first)
            and not name_like(head)
        ):
            return Run(zone[:-1], [zone[-1], *body])
    if (
        len(zone) >= 4
        and zone[-1].kind == P
        and zone[-2].kind == F
        and zone[-3].kind == P
        and zone[-4].kind == F
        and opens_teaser(lines[zone[-3].line], lines[zone[-1].line])
    ):
        # (a headline under its fields, a field line, then the teaser's
        # first line cut short)
        return Run(zone[:-1], [zone[-1], *body])
    return Run(zone, body)


def _header_like(zone: list[Tok]) -> bool:
    """Fields that head a card without a headline line: a time or a byline, or
    two kinds of field."""
    slots = {s for z in zone for s in z.slots}
    return "time" in slots or "author" in slots or len(slots) >= 2


def _short_body(
    lines: list[Line],
    toks: list[Tok],
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
    if toks[t].kind != P or lines[toks[t].line].words < SHORT_BODY_WORDS or not zone.plain:
        return False
    n = len(toks)
    # (or the line is a teaser's length under a headline shorter than it:
    # fields right below it are its footer when a headline, not text, follows)
    footed = footed or (zone.plains == 1 and _teaser_under(lines, toks[t], zone))
    f = t + 1
    while footed and f < n and toks[f].kind == F:
        f += 1
    footer = f > t + 1
    if footer and source_like(lines[toks[t].line].block.text):
        return False
    if (
        not footer
        and zone.plains == 1
        and zone.toks[0].kind == F
        and not name_like(lines[toks[t].line])
        and _headed_next(lines, toks, f)
    ):
        return True
    if f < n and toks[f].kind != P and not (footer and toks[f].kind not in (B, W)):
        return False  # the next card's source or headline, or a footer, comes next
    if footer:
        return True
    u = unplain[f] if f < n else n
    if u < n and toks[u].kind in (B, W):  # more teaser lines, then body text
        return False
    return zone.field


def _headed_next(lines: list[Line], toks: list[Tok], f: int) -> bool:
    """Whether the tokens from ``f`` are the next card's header fields, its
    headline and its teaser ("TRAVEL / Jose Mourinho agrees deal ... / BY
    OLGA PETROVA / <teaser>"): under a headline with fields above it, a
    plain line over them is its card's whole teaser, however short."""
    n = len(toks)
    g = f
    while g < n and toks[g].kind == F:
        g += 1
    if g == f or g + 1 >= n or toks[g].kind != P or name_like(lines[toks[g].line]):
        return False
    h = g + 1
    while h < n and h - g <= MID_FIELDS and toks[h].kind == F:
        h += 1
    return h < n and toks[h].kind in (B, W)


def _teaser_under(lines: list[Line], tok: Tok, zone: _Zone) -> bool:
    """Whether the plain line ``tok`` reads as a teaser under the zone's one
    plain line, its headline: a teaser's length of words ("Tested by: John
    Milbank RRP: 49.95 Euro (£40) More info: ..."), more than the headline
    has, which has a headline's words, is no name, and has no text right
    above it (a plain line under a teaser's text may be its last line, cut
    short: "... alleged sex / Updated on 2025-05-06 / Headline")."""
    if lines[tok.line].words < CUT_TEASER_WORDS or zone.plains != 1:
        return False
    head = next(z for z in zone.toks if z.kind != F).line
    # (a short headline in sentence case is no name: "Clymer workshop manual review")
    if zone.names_only and (
        proper_name(lines[head])
        or source_like(lines[head].block.text)
        or sentence_end(lines[tok.line].block.text)  # (a headline under a heading)
    ):
        return False
    return headline_over(lines, head, tok.line)


def _weak_headline(
    lines: list[Line], toks: list[Tok], t: int, zone: _Zone | None, *, top: bool = False
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
    if toks[t].kind != W or (zone is not None and zone.plain and not zone.names_only):
        return False
    u = t + 1
    names = 0
    while u < len(toks) and (
        toks[u].kind == F or (toks[u].kind == P and names == 0 and name_like(lines[toks[u].line]))
    ):
        names += toks[u].kind == P
        u += 1
    if u == len(toks) or toks[u].kind != B:
        return False
    if u > t + 1:
        return True
    if zone is None:
        return False
    if not zone.plain:
        return top or bool(zone.toks)
    return zone.toks[-1].kind == F and zone.names_only


@fast_init
@dataclass(frozen=True, slots=True)
class Heads:
    title: int | None  # index in the zone
    source: int | None
    start: int  # the first token of the card's own header lines (a plain line above is not)


def heads_of(lines: list[Line], zone: list[Tok]) -> Heads:
    """The headline and source of a card's zone (see ``title_and_source``)."""
    plains = [k for k, z in enumerate(zone) if z.kind in (P, W)]
    if not plains:  # a card without a headline
        return Heads(None, None, len(zone))
    names = {n for z in zone if z.kind == F for n in lines[z.line].names}
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
    return Heads(title, source, min([upper, *near]))


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
        heading_like(upper)
        and upper.block.text[:1].isupper()
        and lower.words > upper.words
        and not name_like(lower)
    )
