"""Reading a list, stage 1: what each line is to a list (``card_list``).

A list reads each line as a token (``token``): a *field* line (``F``: a
cue, or a kicker, a desk's label), a short *plain* line (``P``: a headline
or a source's name), *body* text (``B``), or a short body line that may
still be a headline ending in a period (``W``, weak); chrome is no token.
The cues on single lines the later stages share live here too: whether a
plain line opens a teaser, is a headline over one, a heading, a source's
name below a headline, ends as a sentence or a post does.

>>> from newsclean.text.label import label_blocks
>>> from newsclean.text.blocks import split_blocks
>>> from newsclean.stories.card_lines import classify_lines
>>> teaser = "The council approved the plan on Monday after a long debate in the hall."
>>> page = f"Reuters | 2 hours ago\\nHeadline here\\n{teaser}"
>>> lines = classify_lines(label_blocks(split_blocks(page)))
>>> [t.kind for t in tokens(lines, 0, len(lines), "en")]
['F', 'P', 'W']
"""

from __future__ import annotations

import regex

from newsclean.stories.card_lines import (
    CLOSERS,
    Line,
    ends_with_mark,
    name_like,
    sentence_cased,
    settle,
    source_like,
    unclosed,
)

# a longer plain line in a list is teaser text, never a card's headline: a list's
# headlines are short beside their teasers (a header fitted above body lines
# alone may have a longer one: ``headers.TITLE_MAX_WORDS``)
LIST_TITLE_MAX_WORDS = 24


SHORT_BODY_WORDS = 6  # a stray line this long may be a card's whole (short) body


F, P, B, W = "F", "P", "B", "W"  # field, plain, body, weak body (maybe a headline)


class Tok:
    """Line ``line`` as a list reads it: its kind (``F`` .. ``W``) and the
    slots a field fills. A plain slotted class, not a frozen dataclass: a
    list's read builds one per line, ~8,500 a pass over aeb, at less than
    half the cost; nothing changes one after it is built, and none is
    compared (a list compares their kinds)."""

    __slots__ = ("kind", "line", "slots")

    def __init__(self, line: int, kind: str, slots: frozenset[str]) -> None:
        self.line = line
        self.kind = kind
        self.slots = slots


SECTION = frozenset({"section"})


NONE: frozenset[str] = frozenset()


def token(lines: list[Line], i: int, language: str) -> Tok | None:
    """What line ``i`` is to a list, or None for chrome."""
    ln = settle(lines, i, language)
    if ln.kind == "cue":
        return Tok(i, F, ln.slots)
    if ln.kind == "chrome":
        return Tok(i, F, SECTION) if ln.decision.rule == "card.section_label" else None
    if ln.kind == "plain":
        return Tok(i, B if _prose_line(ln) else P, NONE)
    if ln.kind == "body":
        return Tok(i, W if ln.weak else B, NONE)
    return None


def _prose_line(line: Line) -> bool:
    """Whether a plain line is too long for a headline, or holds a sentence's
    end inside at a headline's length, and a second sentence of a few words
    after it: a teaser cut short ("... and its advertiser. All opinions are
    mine alone"; "... written permission. Privacy Commitment" ends with a
    link). A headline is one sentence (the end is looked for after a
    lower-case word of four letters or more: no abbreviation, "Sen.",
    "Corp.", "etc.")."""
    if line.words > LIST_TITLE_MAX_WORDS:
        return True
    text = line.block.text
    if line.words < _TWO_SENTENCES_MIN_WORDS or not (". " in text or "! " in text or "? " in text):
        return False  # (substring tests first: most headlines hold no sentence's end)
    m = _INNER_STOP.search(text)
    return m is not None and len(text[m.end() - 1 :].split()) >= _SECOND_MIN_WORDS


_TWO_SENTENCES_MIN_WORDS = 16


_SECOND_MIN_WORDS = 3


_INNER_STOP = regex.compile(r"\b\p{Ll}{4,}[.!?] {1,3}\p{Lu}")


def tokens(lines: list[Line], lo: int, hi: int, language: str) -> list[Tok]:
    return [t for i in range(lo, hi) if (t := token(lines, i, language)) is not None]


def opens_teaser(head: Line, first: Line) -> bool:
    """Whether of two plain lines the lower, ``first``, opens a teaser without
    its full stop (long, a disclosure, a caption) under the headline ``head``
    (shorter, no source's name: three words or more, not in capitals, no
    domain, not a name in title case, "The New York Times", which is the
    source of the card above, over its headline cut short)."""
    return (
        cut_teaser(first)
        and HEADLINE_MIN_WORDS <= head.words < first.words
        and not source_like(head.block.text)
        and not proper_name(head)
    )


def proper_name(line: Line) -> bool:
    """A name, in title case ("The New York Times"), no headline in sentence
    case ("Farmers brace for dry summer")."""
    return name_like(line) and not sentence_cased(line.block.text)


def headline_over(lines: list[Line], head: int, line: int) -> bool:
    """Whether the plain line ``head`` is a headline over ``line``, a teaser's
    one line: fewer words, a headline's, and no text right above it."""
    return (
        HEADLINE_MIN_WORDS <= lines[head].words < lines[line].words
        and (head == 0 or lines[head - 1].kind != "body")
    )


PERIOD_MIN = 2  # cards that show a list's period (the same lines above each headline)


# (an emoji or an arrow ends a post's line as a sentence's mark does, "Check
# them out below~⬇️", "... this weekend 😉")
POST_END = regex.compile(rf"[~\p{{So}}]\uFE0F?[{regex.escape(CLOSERS)}]*$")
_POST_MARK = regex.compile(r"[~\p{So}]")  # (no ASCII character but "~" is one)


def sentence_end(text: str) -> bool:
    """Whether a line ends as a sentence does, or as a post's line does
    (``POST_END`` matches: the specification).

    By string tests, as ``ends_with_mark``: a ``$``-anchored search tries every
    position of the line; only the last character left once the closers (and
    an emoji's variation selector) are stripped is read.

    >>> sentence_end("Check them out below~⬇️"), sentence_end("a weekend 😉"), sentence_end("Top 10")
    (True, True, False)
    """
    return ends_with_mark(text) or post_end(text)


def post_end(text: str) -> bool:
    """Whether ``POST_END`` matches ``text`` (see ``sentence_end``)."""
    text = unclosed(text)
    if text[-1:] == "\uFE0F":
        text = text[:-1]
    last = text[-1:]
    return last == "~" or (last > "\x7f" and _POST_MARK.match(last) is not None)


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


MID_FIELDS = 2  # field lines between a headline and its teaser


HEAD_LINES = 3  # header lines above a headline (a kicker, a source, a time)


def cut_teaser(line: Line) -> bool:
    """A plain line long enough to be a teaser's last line cut mid-sentence
    (so no full stop ends it): a sentence's worth of words."""
    return line.kind == "plain" and line.words >= CUT_TEASER_WORDS


CUT_TEASER_WORDS = 12  # a headline is rarely longer


HEADLINE_MIN_WORDS = 3  # a shorter plain line may be a source's name


def token_above(lines: list[Line], i: int, language: str) -> Tok | None:
    """The first token above line ``i`` (chrome skipped)."""
    for j in range(i - 1, -1, -1):
        t = token(lines, j, language)
        if t is not None:
            return t
    return None


_HEADING_WORDS = 6  # a list's heading is short


def heading_like(line: Line) -> bool:
    """A plain line that may head a list: a few words, no sentence's end, in
    sentence case ("The day's big stories", "Worth your time"): no source's name."""
    text = line.block.text
    return (
        line.kind == "plain"
        and line.words <= _HEADING_WORDS
        and not ends_with_mark(text)
        and sentence_cased(text)
    )
