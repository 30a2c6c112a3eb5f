"""Reading a list, stage 3: its cards re-cut by the period they repeat.

The cards of a list open alike (a headline and its fields, in one order):
that shape is the list's period. A zone holding the period twice holds two
cards; one holding lines before it holds the teaser above's last lines;
a teaser's inner line read as a headline goes back into it
(``periodic``, ``unbroken``). The first card's zone loses the list's own
heading, or gets back a headline read as its teaser (``drop_heading``,
``lift_headline``, ``headline_over_fields``), and a teaser's last line cut
mid-sentence moves back into it from below (``teaser_ends``).

Two texts tell one story when their content words overlap enough:

>>> shares_topic({"council", "plan", "vote"}, {"plan", "budget"})
True
>>> shares_topic({"council", "plan"}, set())
False
"""

from __future__ import annotations

from collections import Counter

import regex

from newsclean.stories.card_lines import (
    CLOSERS,
    EXCLAIMS,
    QUESTIONS,
    Line,
    after_section,
    ends_with_mark,
    name_like,
    unclosed,
)
from newsclean.stories.list_runs import Run
from newsclean.stories.list_tokens import (
    LIST_TITLE_MAX_WORDS,
    NONE,
    PERIOD_MIN,
    SECTION,
    SHORT_BODY_WORDS,
    B,
    F,
    P,
    Tok,
    cut_teaser,
    heading_like,
    proper_name,
    sentence_end,
    token,
)
from newsclean.text.features import content_words


def lift_headline(lines: list[Line], runs: list[Run]) -> None:
    """Give the first card back its headline when ``_opened`` took it for its
    teaser's first line under the list's heading ("Stay in the loop" over
    "In Prince Andrew's interview, the truth comes out"): the other cards
    print their headline right above their teaser, and the line above it
    reads as a heading (``heading_like``), so the two are heading and
    headline, and ``drop_heading`` drops the heading. (Right under a
    section header, "RELATED", the upper line is the headline; so it is when
    another card's zone repeats the first's.)"""
    first = runs[0]
    if (
        len(runs) >= 2
        and len(first.body) >= 2
        and first.body[0].kind == P
        and first.zone
        and first.zone[-1].kind == P
        and heading_like(lines[first.zone[-1].line])
        and not after_section(lines, first.zone[-1].line)
        and all(t.kind == P for t in first.zone)  # (a kicker over it: its headline)
        and all(r.body[0].kind != P for r in runs[1:])
        # (a zone the other cards repeat, "Dewi Lestari" over a headline, is
        # the template: its lower line is the headline)
        and all(_shape(r.zone) != _shape(first.zone) for r in runs[1:])
    ):
        first.zone.append(first.body.pop(0))


def headline_over_fields(lines: list[Line], lo: int, runs: list[Run], language: str) -> None:
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
        or zone[-1].kind != P
        or any(t.kind != F for t in zone[:-1])
        or lo == 0
    ):
        return
    fields = _shape(zone[:-1])
    if not all(r.zone and r.zone[0].kind == P and _shape(r.zone[1:]) == fields for r in runs[1:]):
        return
    head = token(lines, lo - 1, language)
    if (
        head is None
        or head.kind not in (P, B)
        or lines[lo - 1].words > LIST_TITLE_MAX_WORDS
        or sentence_end(lines[lo - 1].block.text)
    ):
        return
    first.body.insert(0, zone.pop())
    zone.insert(0, Tok(head.line, P, NONE))


def drop_heading(lines: list[Line], zone: list[Tok]) -> None:
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
            while k < len(zone) - 1 and zone[k].slots is SECTION:
                k += 1
        below = lines[zone[k].line]
        if not (
            zone[0].kind == P
            and zone[k].kind == P
            and heading_like(lines[zone[0].line])
            # (a headline over its source's name, or over its teaser's first sentence)
            and not proper_name(below)
            and not ends_with_mark(below.block.text)
        ):
            return
        del zone[0]


def _shape(zone: list[Tok]) -> tuple[str, ...]:
    """The kinds of a zone's lines, a field by its kinds (a plain line may be
    a headline or a source's name: a short headline in title case reads as
    a name, "Clymer workshop manual review")."""
    return tuple("F" + "".join(sorted(t.slots)) if t.kind == F else t.kind for t in zone)


def periodic(lines: list[Line], runs: list[Run]) -> list[Run]:
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
    if count < PERIOD_MIN:
        return [part for run in runs for part in _halved(lines, run)]
    if common == (P,) and _closing(lines, runs, shapes, count):
        return _closed(lines, runs, shapes)
    if len(common) < 2 or P not in common:
        return runs
    size = len(common)
    out: list[Run] = []
    for run, shape in zip(runs, shapes, strict=True):
        extra = len(shape) - size
        if (
            extra > 0
            and shape[:size] == common
            and shape[extra:] != common  # (else the plain lines may lead, below)
            and _teaser_lines(lines, run.zone[size:])
            and ends_with_mark(lines[run.zone[-1].line].block.text)
            and run.zone[-1].line + 1 == run.body[0].line
        ):
            # (the period, then plain lines right above the teaser: its opening)
            out.append(Run(run.zone[:size], [*run.zone[size:], *run.body]))
            continue
        if extra <= 0 or shape[extra:] != common:
            out.append(run)
            continue
        if shape[:size] == common and extra > size and _teaser_lines(lines, run.zone[size:extra]):
            # (the period, a teaser, the period: two cards; the first card's too)
            out.append(Run(run.zone[:size], run.zone[size:extra]))
            out.append(Run(run.zone[extra:], run.body))
        elif (
            out
            and _teaser_lines(lines, run.zone[:extra])
            and run.zone[0].line == out[-1].body[-1].line + 1
        ):
            out[-1].body.extend(run.zone[:extra])
            out.append(Run(run.zone[extra:], run.body))
        else:
            out.append(run)
    return out


def _closing(lines: list[Line], runs: list[Run], shapes: list[tuple[str, ...]], count: int) -> bool:
    """Whether a list's cards open with their headline alone, three or more,
    no headline ending as a sentence does (``_unpunctuated``; a line right
    below a teaser that asks nothing may be its inner line, ``unbroken``)."""
    return count >= _UNPUNCTUATED_MIN and not any(
        sentence_end(text := lines[r.zone[0].line].block.text)
        and (k == 0 or r.zone[0].line != runs[k - 1].body[-1].line + 1 or _asks(text))
        for k, (r, shape) in enumerate(zip(runs, shapes, strict=True))
        if shape == (P,)
    )


def _closed(lines: list[Line], runs: list[Run], shapes: list[tuple[str, ...]]) -> list[Run]:
    """The runs of a list of headline-only cards (``_closing``), each zone of
    plain lines over its headline, the first right below the teaser above,
    the last ending as a sentence does but asking nothing ("Try something
    new this weekend 😉"), put back as that teaser's closing lines: no
    headline of the list ends so."""
    out: list[Run] = []
    for run, shape in zip(runs, shapes, strict=True):
        extra = len(shape) - 1
        if (
            out
            and extra > 0
            and all(k == P for k in shape)
            and run.zone[0].line == out[-1].body[-1].line + 1
            and _teaser_lines(lines, run.zone[:extra])
            and sentence_end(last := lines[run.zone[extra - 1].line].block.text)
            and not _asks(last)
        ):
            out[-1].body.extend(run.zone[:extra])
            out.append(Run(run.zone[extra:], run.body, run.foot))
            continue
        out.append(run)
    return out


_DESK = F + "section"  # the shape of a field line holding a desk's name alone


_HALF_PERIOD = 6  # lines of a period read twice in one zone, at most


_HALF_TEASER = 3  # lines of the short teaser between, at most


def _halved(lines: list[Line], run: Run) -> list[Run]:
    """A run whose zone opens and closes with the same lines, a headline and
    fields, with teaser lines between: two cards, the first one's teaser
    those lines ("8 min read | 3w / Headline / By Name / One-line teaser? /
    8 min read | 3w / Headline / By Name"). The period shows twice in one
    zone, the evidence two cards give ``periodic``."""
    shape = _shape(run.zone)
    n = len(shape)
    # (a card's header lines and a short teaser's are few: bounded work per run)
    for size in range(2, min(_HALF_PERIOD, (n - 1) // 2) + 1):
        period = shape[-size:]
        # (a field that tells a card: a time, a byline, a source; a desk's
        # name alone is also a menu's line, "Video / Classifieds")
        if P not in period or not any(k.startswith(F) and k != _DESK for k in period):
            continue
        # (the nearest earlier period with teaser lines between: lines above
        # it stay the first card's, as they were the run's)
        for i in range(n - 2 * size - 1, max(-1, n - 2 * size - 1 - _HALF_TEASER), -1):
            if shape[i + size] != P:
                break
            middle = run.zone[i + size : -size]
            if shape[i : i + size] == period and _teaser_lines(lines, middle):
                first = Run(run.zone[: i + size], middle)
                return [first, Run(run.zone[-size:], run.body)]
    return [run]


def _teaser_lines(lines: list[Line], toks: list[Tok]) -> bool:
    """Whether the lines of ``toks`` may be a teaser's: plain lines, no names,
    each of a sentence's length (a photo's caption or credit is shorter)."""
    return all(
        t.kind == P and lines[t.line].words >= SHORT_BODY_WORDS and not name_like(lines[t.line])
        for t in toks
    )


def unbroken(lines: list[Line], runs: list[Run]) -> list[Run]:
    """The runs with a teaser's inner line read as a headline put back.

    Such a line is a plain line alone right below a teaser, over more of it,
    ending as a sentence does, that goes on with the teaser's topic
    ("There's a strange disconnect ... / I mean, really ... it's the perfect
    job for an introvert! / You can ..."; or with an emoji; or a question,
    "Why is the market behaving differently from the economy?"), in a list
    whose other cards below the first all open with the same kinds of line,
    more than a headline, two cards or more, the first counted when it opens
    so too: the list's period, which the card below the line keeps too (it
    holds no footer of the line's own card). Cards that open with their
    headline alone show a period too when three or more do and none of
    their headlines ends as a sentence does (``_unpunctuated``).
    """
    bare = [
        k
        for k in range(1, len(runs))
        if len(runs[k].zone) == 1
        and runs[k].zone[0].line == runs[k - 1].body[-1].line + 1
        and sentence_end(lines[runs[k].zone[0].line].block.text)
    ]
    if not bare:
        return runs
    shapes = {tuple(z.kind for z in r.zone) for k, r in enumerate(runs) if k and k not in bare}
    if len(shapes) != 1:
        return runs
    period = next(iter(shapes))
    # (the first card counts when it opens so too)
    shown = len(runs) - 1 - len(bare) + (tuple(z.kind for z in runs[0].zone) == period)
    if len(period) < 2 and not _unpunctuated(lines, runs, bare, period, shown):
        return runs
    if shown < PERIOD_MIN:
        return runs
    out: list[Run] = []
    for k, run in enumerate(runs):
        if k in bare:
            above = out[-1]
            if shares_topic(words_of(lines, run.zone + run.body), words_of(lines, above.body)):
                above.body.extend([*run.zone, *run.body])
                continue
        out.append(run)
    return out


def _unpunctuated(
    lines: list[Line], runs: list[Run], bare: list[int], period: tuple[str, ...], shown: int
) -> bool:
    """Whether a list whose cards open with their headline alone prints
    headlines that never end as a sentence does: three cards or more, none
    of whose headlines (the bare lines' aside) ends so. Then a bare line
    that does ("... it's the perfect job for an introvert!") is out of the
    list's template: a teaser's inner line. Not when a bare line asks a
    question: a headline may ask one where its list's others do not ("What
    do you buy for the person who has everything?")."""
    return (
        period == (P,)
        and shown >= _UNPUNCTUATED_MIN
        and not any(_asks(lines[runs[k].zone[0].line].block.text) for k in bare)
        and not any(
            sentence_end(lines[r.zone[0].line].block.text)
            for k, r in enumerate(runs)
            if k not in bare and len(r.zone) == 1
        )
    )


def _asks(text: str) -> bool:
    """Whether a line ends in a question mark (closers after it aside)."""
    return unclosed(text)[-1:] in _QUESTION_MARKS


_QUESTION_MARKS = frozenset(QUESTIONS)  # (a set: "" is in every string)


_UNPUNCTUATED_MIN = 3  # headline-only cards that show their headlines unpunctuated


# (a question is whole, not cut short)
_WHOLE_END = regex.compile(rf"[{regex.escape(EXCLAIMS + QUESTIONS)}][{regex.escape(CLOSERS)}]*$")


def teaser_ends(lines: list[Line], runs: list[Run], tail: list[Tok]) -> list[Tok]:
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
            and following[0].kind == P
            and following[0].line == runs[k].body[-1].line + 1
            and (
                cut_teaser(lines[following[0].line])
                # (under the last teaser, over nothing but fields: no headline,
                # whatever its length, when it is a sentence's)
                or (
                    k + 1 == len(runs)
                    and _teaser_lines(lines, following[:1])
                    and all(t.kind == F for t in following[1:])
                )
            )
            and not _WHOLE_END.search(lines[following[0].line].block.text)
            and (
                (
                    (following[1].kind == F or name_like(lines[following[1].line]))
                    and (k + 1 == len(runs) or _headline_to_come(lines, following[1:]))
                )
                # (a colon leads on to what follows: a list, a quote, in the teaser)
                or (following[1].kind == P and lines[following[0].line].block.text.endswith(":"))
            )
        ):
            runs[k].body.append(following.pop(0))
    return tail


def _headline_to_come(lines: list[Line], zone: list[Tok]) -> bool:
    """Whether a card's zone holds its headline besides any source's name: two
    plain lines, or one that is no name."""
    plains = [z for z in zone if z.kind == P]
    return len(plains) >= 2 or any(not name_like(lines[z.line]) for z in plains)


def shares_topic(mine: set[str], above: set[str]) -> bool:
    """Whether two texts' content words overlap as a story's parts do: a
    twentieth of the shorter's, or one for a short text (two long teasers
    share a word or two by chance: "second", "threw")."""
    shared = len(mine & above)
    return shared > 0 and shared * _TOPIC_SHARE >= min(len(mine), len(above))


_TOPIC_SHARE = 20  # a story's parts share a twentieth of their content words or more


def words_of(lines: list[Line], toks: list[Tok]) -> set[str]:
    """The content words of the lines of ``toks`` (``text.features.content_words``)."""
    return set(content_words(" ".join(lines[t.line].block.text for t in toks)))
