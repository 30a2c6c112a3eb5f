"""Reading a list, stage 5: plain lines beyond the list's template.

The kinds of the lines above most cards' teasers are the list's template;
a card holding more plain lines than it gives them to the teaser above
(its last lines), to its own teaser (its first lines), or, above the
list's first headline, drops them (the list's heading, chrome). A list of
headlines and teasers alone, without fields, has its own reading
(``plain_template``).
"""

from __future__ import annotations

from collections import Counter

from newsclean.stories.card_lines import Line, ends_with_mark, name_like, source_like
from newsclean.stories.list_runs import Run, heads_of
from newsclean.stories.list_tokens import (
    HEADLINE_MIN_WORDS,
    PERIOD_MIN,
    F,
    P,
    Tok,
    W,
    heading_like,
    proper_name,
    source_below,
)


def plain_template(lines: list[Line], runs: list[Run]) -> None:
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
    if not any(z.kind == F for r in runs for z in r.zone):
        _headline_and_teaser(lines, runs)
        return
    counts = [sum(1 for z in r.zone if z.kind in (P, W)) for r in runs]
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
        plains = [k for k, z in enumerate(r.zone) if z.kind in (P, W)]
        lead = next((k for k, z in enumerate(r.zone) if z.kind not in (P, W)), 0)
        if (
            n == 0
            and shape is not None
            and (_named_first(lines, r, shape) or _template_within(lines, r, shape))
        ):
            continue
        if n and lead > 0 and shape is not None and shape[:1] == (P,):
            # (a template that opens with the headline: only the lines above
            # it, below a teaser of a card of the template; a source's name
            # under a headline is a template of its own)
            fits = shapes[n][count - usual :] == shape and shapes[n - 1] == shape
            lead = count - usual if fits and not name_like(lines[r.zone[lead - 1].line]) else 0
        if (
            n
            and 0 < lead <= count - usual
            and (shape is None or shapes[n][lead:] == shape or shape[:1] == (F,))
            and not any(name_like(lines[z.line]) for z in r.zone[:lead])
        ):
            # above the card's fields, right below the teaser above: its last lines
            runs[n - 1].body.extend(r.zone[:lead])
            del r.zone[:lead]
            continue
        cut = plains[usual - 1] + 1  # after the usual last plain line: the headline
        if r.zone[cut].kind == F:  # (the fields under the headline, as on most cards)
            end = next((k for k in range(cut, len(r.zone)) if r.zone[k].kind != F), cut)
            cut = end if shapes[n][:end] == shape else cut
        extra = r.zone[cut:]
        if len(extra) == 1 and (
            source_below(lines[r.zone[cut - 1].line], lines[extra[0].line])
            # (a source's name below a card's fields: its template is another)
            or (n and name_like(lines[extra[0].line]))
        ):
            continue
        if all(z.kind in (P, W) for z in extra):
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
            title = heads_of(lines, r.zone).title
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


def _named_first(lines: list[Line], run: Run, shape: tuple[str, ...]) -> bool:
    """Whether the list's first card is of the template another card repeats,
    right under the list's section header, its plain lines above the
    headline sources' names: its own ("Popular in Technology / TechCrunch /
    5 mins read / a week ago / Headline" over "USA TODAY / Reading time: 8
    minutes / ..."), no heading's."""
    zone = run.zone
    if tuple(z.kind for z in zone) != shape or not _under_header(lines, zone[0].line):
        return False
    plains = [z for z in zone if z.kind in (P, W)]
    return all(name_like(lines[z.line]) for z in plains[:-1])


def _under_header(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is right below a section header (chrome between)."""
    j = i - 1
    while j >= 0 and lines[j].kind == "chrome":
        j -= 1
    return j >= 0 and lines[j].kind == "section"


def _template_within(lines: list[Line], run: Run, shape: tuple[str, ...]) -> bool:
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
            or not all(k in (P, W) for k in kinds[:a])
            or not all(z.kind in (P, W) and not name_like(lines[z.line]) for z in below)
        ):
            return False
        run.body[:0] = below
        del run.zone[a + size :]
        del run.zone[:a]
        return True
    return False


def _headline_and_teaser(lines: list[Line], runs: list[Run]) -> None:
    """In a list of headlines and teasers alone (no fields), where the cards
    below the first show one plain line each over their teasers, the period
    of the list, a card below the first with two is its headline over its
    teaser's first line (a question, a standfirst): that line goes into the
    teaser. The first card's upper line, a name where no other card has
    one, is the list's own label."""
    counts = [len(r.zone) for r in runs]
    if counts.count(1) < PERIOD_MIN or counts[1:].count(1) + counts[1:].count(2) < len(runs) - 1:
        return
    if counts.count(2) == 1 and counts.index(2) < 2 and counts.count(1) == len(runs) - 1:
        # (the one card of two lines, at the list's top: a name over its
        # headline, where no other card names a source, is the list's label,
        # "ELSEWHERE TODAY")
        r = runs[counts.index(2)]
        if proper_name(lines[r.zone[0].line]):
            del r.zone[0]
            return
    for r in runs[1:]:
        if len(r.zone) == 2 and not proper_name(lines[r.zone[0].line]):
            r.body.insert(0, r.zone.pop())


def _label_over(lines: list[Line], upper: Tok, lower: Tok) -> bool:
    """Whether of the first card's plain lines the one its list's template
    takes for the headline (``upper``) is a label, too short for a headline,
    over the line right above the teaser (``lower``), long enough for one."""
    return (
        upper.kind == lower.kind == P
        and lines[upper.line].words < HEADLINE_MIN_WORDS <= lines[lower.line].words
    )


def _caps_label_over(lines: list[Line], runs: list[Run], upper: Tok, lower: Tok) -> bool:
    """Whether the line the template takes for the list's first headline is a
    label in capitals ("BEFORE YOU GO") over the headline: no card below names
    a source above its headline, and the line below it is longer, in mixed case."""
    label, head = lines[upper.line], lines[lower.line]
    return (
        upper.kind == P
        and source_like(label.block.text)
        and label.block.text.upper() == label.block.text
        and head.words >= HEADLINE_MIN_WORDS
        and head.words > label.words
        and head.block.text.upper() != head.block.text
        and not any(
            z.kind == P and source_like(lines[z.line].block.text) for q in runs[1:] for z in q.zone
        )
    )


def _headline_last(lines: list[Line], head: list[Tok], extra: list[Tok]) -> bool:
    """Whether, of the plain lines over the list's first teaser, the one right
    above it is the headline, where the template would take the upper one
    (``head``) and move the others (``extra``, two or more) into the teaser:
    it is longer than each of them and ends as no sentence does, as a
    headline under the host's footer does ("Legal Information & Privacy
    Policy / Contact us / Phone: ... / Close / <headline>"); the lines above
    it are the page's, no teaser's."""
    last = lines[extra[-1].line]
    return (
        last.words >= HEADLINE_MIN_WORDS
        and not ends_with_mark(last.block.text)
        and all(lines[t.line].words < last.words for t in (*head, *extra[:-1]))
    )


def _list_heading_over(lines: list[Line], upper: Tok, lower: Tok) -> bool:
    """Whether the line right above the first card's headline (``lower``) is
    the list's heading, a short label in sentence case ("Editors' picks"):
    the plain lines above it are page chrome, not the card's headline."""
    return _label_over(lines, upper, lower) and heading_like(lines[upper.line])
