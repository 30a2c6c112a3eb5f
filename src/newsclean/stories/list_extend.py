"""Reading a list, stage 6: the card above the fields a list was found at.

A list found at a card header's fields (``card_list.read_list`` with
``extend``) may have begun above them: when those fields are the list's
footer template, the teaser and headline right above them are its first
card, whose fields all print below it (``run_above``). No card is above
when the list opens under its section header (``under_section``), or when
the text above is the page's story (``story_above``).
"""

from __future__ import annotations

from newsclean.stories.card_lines import Line, ends_with_mark, name_like, source_like
from newsclean.stories.card_type import MAIN_MIN_WORDS
from newsclean.stories.list_footers import Slots, begins_with, glued_above, leading_fields
from newsclean.stories.list_runs import Run, heads_of
from newsclean.stories.list_tokens import (
    CUT_TEASER_WORDS,
    HEAD_LINES,
    MID_FIELDS,
    NONE,
    SECTION,
    SHORT_BODY_WORDS,
    B,
    F,
    P,
    Tok,
    W,
    heading_like,
    headline_over,
    proper_name,
    token,
    token_above,
)


def story_above(lines: list[Line], i: int) -> bool:
    """Whether the lines above line ``i`` hold a story's words (text, no chrome
    or headers; ``MAIN_MIN_WORDS`` of them, counted over every such line, not
    only body lines): else what ends at ``i`` is the page's story, no card.
    Stops at the count: reading a page's top once per list stays linear."""
    words = 0
    for j in range(i - 1, -1, -1):
        if lines[j].kind not in ("chrome", "section"):
            words += lines[j].words
            if words >= MAIN_MIN_WORDS:
                return True
    return False


def under_section(lines: list[Line], i: int) -> bool:
    """Whether the first line above line ``i`` that is no chrome is a section
    header, or a heading no lexicon knows ("Elsewhere on the network")."""
    for j in range(i - 1, max(-1, i - HEAD_LINES - 1), -1):
        kind = lines[j].kind
        if kind != "chrome":
            return kind == "section" or heading_like(lines[j])
    return False


def run_above(
    lines: list[Line],
    lo: int,
    run: Run,
    foot: Slots,
    language: str,
    names: list[Line] | None = None,
) -> Run | None:
    """The card above line ``lo`` when the fields at ``lo`` begin with its footer
    (the next card's header fields may follow): a headline and a teaser right
    above them (with ``names``, a source's name is a footer field)."""
    if not begins_with(leading_fields(run.zone, names), foot, names):
        return None
    i = lo - 1
    teaser: list[Tok] = []  # bottom up, turned at the end (inserting at 0 is quadratic)
    ends = 0  # the teaser's last lines, short sentences read as plain lines
    while i >= 0:
        t = token(lines, i, language)
        if t is not None and t.kind == P and len(teaser) == ends < _SHORT_ENDS:
            # (a short sentence ends a teaser; so does, right above the
            # footer, a line cut mid-sentence under the teaser's text)
            if not (_short_sentence(lines[i]) or (not teaser and _cut_under_text(lines, i))):
                break
            ends += 1
        elif t is not None and t.kind not in (B, W):
            break
        if t is not None:
            teaser.append(t)
        i -= 1
    if not teaser and i > 0 and (up := _headed_short(lines, i, language)) >= 0:
        # (a short line under a headline that has fields above it: the
        # card's whole teaser, "By Ann Lee / Headline / <short line>")
        teaser.append(Tok(i, B, NONE))
        i = up
    # (plain lines alone: no teaser; but one line of a teaser's words under
    # a headline, no name, is a card's whole teaser, "_teaser_under")
    if ends == len(teaser) and not (
        ends == 1
        and i >= 0
        and lines[teaser[0].line].words >= CUT_TEASER_WORDS
        and lines[i].kind == "plain"
        and not name_like(lines[i])
        and headline_over(lines, i, teaser[0].line)
    ):
        return None
    teaser.reverse()
    head = token(lines, i, language) if i >= 0 else None
    mid: list[Tok] = []  # fields between headline and teaser (a kicker)
    while head is not None and head.kind == F and len(mid) < MID_FIELDS:
        mid.insert(0, head)
        head = token_above(lines, head.line, language)
    if not teaser or head is None or head.kind != P:
        return None
    h = heads_of(lines, run.zone)
    if not mid and h.title and run.zone[h.title - 1].kind == F:
        # (the list prints fields right above its headlines: a headline under
        # such fields, over this plain line, is the card's, and this line its
        # teaser's first, "8 minute read / HS Roundup: ... / Palm Bay 18 22 - 70")
        top = _under_fields(lines, head, h.title, language)
        if top:
            return Run([*top, head], teaser)
    if names is not None and h.source is not None and h.title is not None and h.source < h.title:
        # (the name is the footer's; the kickers over the headline below it
        # are its card's header, and this card's above its own headline)
        return Run([*_kickers(lines, head, run.zone[: h.title], language), head, *mid], teaser)
    if h.source is None or h.title is None or glued_above(lines, run.zone, h):
        # (a name glued to the teaser above is the footer's, no header's)
        return Run([head, *mid], teaser)
    # the template puts a source's name above the headline (not in the footer,
    # as with ``names``): take the name above; or between headline and
    # teaser: the name read as the headline is the source, the headline above
    above = token_above(lines, head.line, language)
    if above is None or above.kind != P:
        return Run([head, *mid], teaser)
    if (
        name_like(lines[above.line])
        if h.source < h.title
        else name_like(lines[head.line]) and not name_like(lines[above.line])
    ):
        return Run([above, head, *mid], teaser)
    return Run([head, *mid], teaser)


def _headed_short(lines: list[Line], i: int, language: str) -> int:
    """The headline (no name) right above the plain line ``i`` (a few words,
    no name) when a field line is right above that headline; else -1."""
    t = token(lines, i, language)
    if t is None or t.kind != P or lines[i].words < SHORT_BODY_WORDS or name_like(lines[i]):
        return -1
    head = token_above(lines, i, language)
    if head is None or head.kind != P or name_like(lines[head.line]):
        return -1
    up = token_above(lines, head.line, language)
    return head.line if up is not None and up.kind == F else -1


def _kickers(lines: list[Line], head: Tok, header: list[Tok], language: str) -> list[Tok]:
    """The section labels right above the headline ``head``, top down, as many
    as end the ``header`` of the card below at most."""
    most = 0
    while most < len(header) and header[-1 - most].slots == SECTION:
        most += 1
    out: list[Tok] = []
    up = token_above(lines, head.line, language) if most else None
    while up is not None and up.slots == SECTION and len(out) < most:
        out.append(up)
        up = token_above(lines, up.line, language)
    return out[::-1]


def _cut_under_text(lines: list[Line], i: int) -> bool:
    """Whether the plain line ``i`` right above a footer is its teaser's last
    line cut short mid-sentence ("In search of answers, a team of"): a
    sentence's start of words right below the teaser's text. (A headline
    there would have no teaser: the footer's fields follow it.)"""
    return i > 0 and lines[i].words >= _SHORT_SENTENCE_WORDS and lines[i - 1].kind == "body"


def _under_fields(lines: list[Line], head: Tok, most: int, language: str) -> list[Tok]:
    """A headline over ``head`` with up to ``most`` header fields above it,
    top down ([] when the line above ``head`` is no headline under a field)."""
    up = token_above(lines, head.line, language)
    if up is None or up.kind != P or name_like(lines[up.line]):
        return []
    fields: list[Tok] = []
    field = token_above(lines, up.line, language)
    while field is not None and field.kind == F and len(fields) < most:
        fields.append(field)
        field = token_above(lines, field.line, language)
    return [*reversed(fields), up] if fields else []


def named_top(lines: list[Line], first: Run, second: Run, language: str) -> bool:
    """Whether a source's name sits right above the first card's headline,
    named as the second card's is: both in title case of two words or more,
    or both in capitals or domains ("The Daily Ledger" and "Valley Times";
    one capitalised word may head a list too, and a menu's "RSS" is no
    "Al Jazeera")."""
    top = first.zone[0].line
    # (the line right above: no section header between)
    above = token(lines, top - 1, language) if top > 0 else None
    name = next((z for z in second.zone if z.kind == P), None)
    if above is None or above.kind != P or name is None:
        return False
    return _name_style(lines[above.line]) == _name_style(lines[name.line]) != ""


def _name_style(line: Line) -> str:
    """How a source's name is printed: "caps" (or a domain), "title" (two
    words or more), or "" (neither, or one word: a heading may be one)."""
    if source_like(line.block.text):
        return "caps"
    return "title" if line.words >= 2 and proper_name(line) else ""


_SHORT_ENDS = 2  # short sentences ending a teaser, read as plain lines


_SHORT_SENTENCE_WORDS = 6  # "I don't know. Help!" ends a teaser; a label is shorter


def _short_sentence(line: Line) -> bool:
    """A plain line that reads as a teaser's last sentences: several words,
    ending as a sentence does ("Do you make jam in a pot? ... Help!")."""
    return line.words >= _SHORT_SENTENCE_WORDS and ends_with_mark(line.block.text)
