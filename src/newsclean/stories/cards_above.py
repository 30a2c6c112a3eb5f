"""The card right above a line, read upwards: how a list grows at its top.

A list's first cards are missed when their teasers are longer than the
story above, their start is unmarked, or they print another template of
a mixed list. Reading up from a card's first line gets them back:
``card_above`` finds a card of any shape (footer fields, a teaser, a
headline, its header) and ``repeated_card`` one that repeats the card
below line for line (the list's period). The callers
(``stories.list_starts``, ``stories.list_growth``) judge whether it is a
card or the story's own start.
"""

from __future__ import annotations

from newsclean.stories.card_lines import Line, name_like
from newsclean.stories.card_type import Card, card_decisions
from newsclean.stories.list_tokens import (
    HEAD_LINES,
    HEADLINE_MIN_WORDS,
    MID_FIELDS,
    SECTION,
    B,
    F,
    P,
    Tok,
    W,
    cut_teaser,
    opens_teaser,
    source_below,
    token,
    token_above,
)

_TEASER_MAX_LINES = 8  # a card's teaser is a few paragraphs


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
        t = token(lines, i, language)
        i -= 1
        if t is None or (t.kind == F and not teaser):
            continue  # chrome, or the footer of the card above
        if t.kind in (B, W) or (not teaser and cut_teaser(lines[t.line])):
            if mid or teaser == _TEASER_MAX_LINES:
                return None  # (a field between teasers: no headline; or a story's text)
            teaser += 1
        elif t.kind == F and mid < MID_FIELDS:
            mid += 1
        elif t.kind == P and teaser:
            # (the teaser's first line without its full stop, under the headline)
            # (or the source's name under the headline: "Headline / The
            # Independent / teaser")
            up = token_above(lines, t.line, language)
            if (
                up is not None
                and up.kind == P
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
    >>> from newsclean.stories.card_list import read_list
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
    toks = [t for k in sorted(card.fields) if (t := token(lines, k, language)) is not None]
    if all(t.kind != F or t.slots == SECTION for t in toks):
        return None
    head = [t for t in toks if t.line < card.title][::-1]
    mid = [t for t in toks if card.title < t.line < card.body_start][::-1]
    foot = [t for t in toks if t.line >= card.body_end][::-1]
    # (the tokens above, bottom up, as many as the template may take)
    up: list[Tok] = []
    i, most = card.top - 1, len(toks) + _TEASER_MAX_LINES + 2
    while i >= 0 and lines[i].kind != "section" and len(up) < most:
        if (t := token(lines, i, language)) is not None:
            up.append(t)
        i -= 1
    ended = i < 0 or lines[i].kind == "section"  # (the list's top reached)
    j = _fits(up, 0, foot)
    if j < 0:
        return None
    k = j
    while k < len(up) and up[k].kind != F:
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
        or headline.kind != P
        or lines[headline.line].words < HEADLINE_MIN_WORDS
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


def _fits(up: list[Tok], j: int, want: list[Tok]) -> int:
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
    ``HEAD_LINES`` fields right above it, one of them may be a source's name."""
    top, taken, named = head, 0, False
    i = head - 1
    while i >= 0 and taken < HEAD_LINES and lines[i].kind != "section":
        t = token(lines, i, language)
        i -= 1
        if t is None:
            continue
        if t.kind == P and not named and _name_over(lines[t.line]):
            named = True
        elif t.kind != F:
            break
        top, taken = t.line, taken + 1
    return top


def _name_over(line: Line) -> bool:
    """A source's name over a headline; a label ending in its colon
    ("Continue exploring:") heads the list, no card."""
    return name_like(line) and not line.block.text.endswith(":")
