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

This module runs the stages in order (``read_list``) and turns their runs
into ``Card`` values (merging a field-less "card" back into the one above,
finding writers' names printed bare); each stage is a module of its own,
one way down: ``list_tokens`` (what each line is to a list), ``list_runs``
(the cards as token runs, each one's headline and source),
``list_period`` (runs re-cut by the period the cards repeat),
``list_footers`` (the fields between two cards: footer or header),
``list_template`` (plain lines beyond the template), ``list_extend`` (the
card above the fields a list was found at). ``cards_above`` reads a card
upwards from a line, for the callers that grow a list at its top.

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

from newsclean.parsers.bylines import parse_byline
from newsclean.stories.card_lines import Line, source_like
from newsclean.stories.card_type import Card, card_decisions
from newsclean.stories.list_extend import named_top, run_above, story_above, under_section
from newsclean.stories.list_footers import (
    ONCE,
    blank_cuts,
    footer_cut,
    glued_above,
    last_foot,
    leading_fields,
    named_above,
    names_below,
    slot_counts,
    unnamed,
)
from newsclean.stories.list_period import (
    drop_heading,
    headline_over_fields,
    lift_headline,
    periodic,
    shares_topic,
    teaser_ends,
    unbroken,
    words_of,
)
from newsclean.stories.list_runs import Heads, Run, heads_of, runs_of
from newsclean.stories.list_template import plain_template
from newsclean.stories.list_tokens import F, P, Tok, tokens

__all__ = ["read_list"]

_STRAY_WORDS = 4  # a plain line this long in no card may be a headline of a link list


def read_list(
    lines: list[Line], lo: int, hi: int, language: str, *, extend: bool = False
) -> list[Card]:
    """The cards of the list in lines ``lo`` .. ``hi``, in page order (see the
    module docstring); [] when no teaser has a headline.

    With ``extend``, ``lo`` is where a card header was found; when the fields
    there are the list's footer template, the teaser and headline above them
    are the list's first card (whose fields are all below it).
    """
    runs, tail = runs_of(lines, tokens(lines, lo, hi, language), after_teaser=extend)
    if not runs:
        return []
    if extend:
        headline_over_fields(lines, lo, runs, language)
    lift_headline(lines, runs)
    drop_heading(lines, runs[0].zone)
    runs = periodic(lines, runs)
    runs = unbroken(lines, runs)
    tail = teaser_ends(lines, runs, tail)
    # sources' names under the teasers count as footer fields (``names_below``)
    named = names_below(lines, runs, tail, first_too=extend)
    names = lines if named else None
    foot = tail[:named] if named else leading_fields(tail)
    foot_slots = slot_counts(foot, names)
    if extend and foot_slots:
        first = run_above(lines, lo, runs[0], foot_slots, language, names)
        # the list opens at ``lo`` when no card can be above: under its
        # section header, or when the "card" above would be the page's story
        opening = under_section(lines, lo)
        if first is not None and not story_above(lines, first.zone[0].line):
            first, opening = None, True
        # the names head their cards, no footer holds them, when the first card
        # prints its source's name above its headline, or when no card above
        # owns the first name as its footer ("Name / Headline / time / teaser")
        if named and (
            named_top(lines, first, runs[0], language)
            if first is not None
            else opening and not names_below(lines, runs, tail, first_too=False)
        ):
            named, names = 0, None
            foot = leading_fields(tail)
            foot_slots = slot_counts(foot)
            if first is not None:
                first = run_above(lines, lo, runs[0], foot_slots, language) if foot_slots else None
        if first is not None:
            runs.insert(0, first)
    plain_template(lines, runs)
    heads = [heads_of(lines, r.zone) for r in runs]
    # (a list read from a headline: its first card has no fields above it;
    # read from fields, those fields may be a footer the blank lines would
    # move, a template the list's extension reads)
    glued = not named and not leading_fields(runs[0].zone, lines)
    if named:  # every source's name above a headline is the card above's
        heads[1:] = [unnamed(h) for h in heads[1:]]
    elif glued:  # a name the blank lines set with the teaser above is that card's
        heads[1:] = [
            unnamed(h) if glued_above(lines, r.zone, h) else h
            for r, h in zip(runs[1:], heads[1:], strict=True)
        ]
    head_slots = slot_counts(runs[0].zone[: heads[0].start])
    for k in range(1, len(runs)):
        zone, start = runs[k].zone, heads[k].start
        below = frozenset(s for z in zone[start:] if z.kind == F for s in z.slots if s in ONCE)
        below -= head_slots.keys()  # (unless the list's headers carry one too)
        runs[k - 1].foot = footer_cut(
            zone[:start],
            head_slots,
            foot_slots,
            names,
            below,
            blank_cuts(lines, zone, start),
            # (a name closes the footer above only when the card below names
            # none above its headline: no two names meet at a cut)
            lines if glued and not named_above(heads[k]) else None,
        )
    runs[-1].foot = last_foot(lines, runs, tail, len(foot)) if not named else len(foot)
    runs, heads = _merged(lines, *_footed(lines, runs, heads))
    return _cards(lines, runs, heads, tail, hi, language)


def _own(runs: list[Run], k: int) -> list[Tok]:
    """Run ``k``'s zone without the previous card's footer."""
    return runs[k].zone[runs[k - 1].foot :] if k else runs[k].zone


def _footer_of(runs: list[Run], k: int, tail: list[Tok]) -> list[Tok]:
    following = runs[k + 1].zone if k + 1 < len(runs) else tail
    return following[: runs[k].foot]


def _merged(
    lines: list[Line], runs: list[Run], heads: list[Heads]
) -> tuple[list[Run], list[Heads]]:
    """The runs with field-less ones (but the first) merged into the run above,
    when most runs carry fields (a source's name in capitals or a domain is
    one): such a "card" is a subheading in a teaser. It is not when it names
    its source, or its text shares no content word with the run above's: a
    subheading goes on with its story's names and topic, a card of a list
    that mixes templates (one without fields) tells another story."""
    # (a source's name in capitals or a domain is a field too: "MARKETWATCH")
    fielded = [
        any(t.kind == F for t in _own(runs, k))
        or runs[k].foot > 0
        or _named(lines, runs[k], heads[k])
        for k in range(len(runs))
    ]
    if sum(fielded) < max(2, (len(runs) + 1) // 2):
        return runs, heads
    out: list[Run] = []
    kept: list[Heads] = []
    above_words: set[str] | None = None  # the content words of out[-1], when asked
    for k, run in enumerate(runs):
        # (a card that names its source, "The Independent", is no subheading)
        if k and not fielded[k] and heads[k].source is None and out:
            mine = words_of(lines, [*_own(runs, k), *run.body])
            if above_words is None:
                above_words = words_of(lines, [*out[-1].zone, *out[-1].body])
            # (a run with no content word has nothing to tell by: it goes on)
            if not mine or shares_topic(mine, above_words):
                above = out[-1]
                above.body.extend([*_own(runs, k), *run.body])
                above.foot = run.foot
                above_words |= mine  # (kept as the run grows: no text read twice)
                continue
        out.append(run)
        kept.append(heads[k])
        above_words = None
    return out, kept


def _footed(
    lines: list[Line], runs: list[Run], heads: list[Heads]
) -> tuple[list[Run], list[Heads]]:
    """The runs of a list whose cards print their fields only below their
    teasers (a footer, "By Ann Lee / May 2, 2025"; no card a field above its
    teaser), with a footer-less run followed by a run of one plain line
    right below its teaser (no chrome between) and a footer merged into
    one: the plain line is a subheading inside the upper card's teaser, the
    footer below is that card's. Not when the lower names its source or
    shares no content word with the upper (a card that prints no footer,
    over one that does, tells another story), nor when the upper is the
    list's first run (the story's last lines over the list may read as
    one), nor when the plain line or the teaser's last line shares a word
    with the list's fields (``_field_words``: a footer no field reading
    knew)."""
    if len(runs) < _FOOTED_MIN_RUNS or sum(1 for r in runs if r.foot > 0) != len(runs) - 1:
        return runs, heads
    if any(t.kind == F for k in range(len(runs)) for t in _own(runs, k)):
        return runs, heads
    out: list[Run] = [runs[0]]
    kept: list[Heads] = [heads[0]]
    for k in range(1, len(runs)):
        run, above = runs[k], out[-1]
        own = _own(runs, k)
        if (
            k >= 2  # (a first run without a footer may be the story's end: the list starts below)
            and above.foot == 0
            and run.foot > 0
            and len(own) == 1
            and own[0].line == above.body[-1].line + 1
            and heads[k].source is None
            and shares_topic(
                words_of(lines, [*own, *run.body]), words_of(lines, [*above.zone, *above.body])
            )
            and not _field_words(lines, runs, [own[0], above.body[-1]])
        ):
            above.body.extend([*own, *run.body])
            above.foot = run.foot
            continue
        out.append(run)
        kept.append(heads[k])
    return out, kept


_FOOTED_MIN_RUNS = 3  # a footer template shows in three cards or more


def _field_words(lines: list[Line], runs: list[Run], toks: list[Tok]) -> bool:
    """Whether the lines of ``toks`` share a content word with the list's
    field lines: a footer no field reading knew ("Le Monde, Lecture 6 min,
    Mis à jour il y a 5 jours" among "..., 11 min de lecture, Publié il y a
    4 jours"), which is no subheading, nor a teaser's last line."""
    fields = words_of(lines, [t for r in runs for t in r.zone if t.kind == F])
    return not fields.isdisjoint(words_of(lines, toks))


def _named(lines: list[Line], run: Run, h: Heads) -> bool:
    """Whether a card's source is a name in capitals or a domain."""
    return h.source is not None and source_like(lines[run.zone[h.source].line].block.text)


def _cards(
    lines: list[Line],
    runs: list[Run],
    heads: list[Heads],
    tail: list[Tok],
    hi: int,
    language: str,
) -> list[Card]:
    tops = []
    for k, run in enumerate(runs):
        # the card's own lines: its fields, and its plain lines from the source on
        start = _start_line(run, heads[k])
        tops.append(
            min((t.line for t in _own(runs, k) if t.kind == F or t.line >= start), default=start)
        )
    out: list[Card] = []
    footer: frozenset[int] = frozenset()
    titles: list[int | None] = []
    fields_of: list[list[Tok]] = []
    for k, run in enumerate(runs):
        h = heads[k]
        title = run.zone[h.title].line if h.title is not None else None
        start = _start_line(run, h)
        mine = [t for t in _own(runs, k) if t.kind == F or t.line >= start]
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
            t for t in run.zone if t.kind != F and t.line < start and t.line not in footer
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


def _start_line(run: Run, h: Heads) -> int:
    """The line of the first of a card's own plain lines (its body, without any)."""
    return run.zone[h.start].line if h.start < len(run.zone) else run.body[0].line


_AUTHOR = frozenset({"author"})


def _bare_authors(
    lines: list[Line], titles: list[int | None], fields: list[list[Tok]], language: str
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
                F if t.line == bare else t.kind,
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
        plain = [t.line for t in toks if t.kind == P]
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
