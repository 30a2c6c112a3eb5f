"""Whether cards read as a list: the tests that list discovery
(``stories.list_starts``) and list growth (``stories.list_growth``) share.

A list holds: distinct headlines, none the page's own title, most longer
than a name (``readable``); teasers of prose, but one card, or one
template of fields repeated (``list_like``). Prose is body text with
sentence punctuation; a flattened menu or tag cloud is long text with none
(``prose_words``).
"""

from __future__ import annotations

from collections.abc import Container

import regex

from newsclean.stories.card_lines import Line, ends_in_read_more, ends_with_mark
from newsclean.stories.card_type import Card
from newsclean.stories.headers import TEXT_MIN_WORDS, template_key

TEASER_MIN_WORDS = 15  # a card found by its list's shape alone has a teaser this long


def list_like(
    lines: list[Line],
    cards: list[Card],
    prose: list[int],
    language: str,
    *,
    top: bool = False,
    headed: bool = False,
) -> bool:
    """Whether cards found by their list's shape alone (no header above a teaser
    showed them) read as a list: two or more, no headline-like line in no card,
    each with a teaser of some sentences or ending in a "Read more" link but
    one card of three or more (a caption pasted as one teaser has no
    punctuation; a link list whose titles end in "..." has no teasers at
    all), or but one card of two when every card prints the same kinds of
    fields (the template they repeat says list, whatever a teaser's length).
    With ``top``, stray lines above a first card with fields are the page's
    foot, no link list's (below its last legal line: "Powered by
    WordPress.com VIP"). With ``headed`` (a section header stands above the
    list), one kind of field repeated on every card is template enough for
    teasers of one sentence: "More from Reuters" over headlines, a sentence
    and "3 hours ago" each is a list (with no header, that shape is also a
    live blog's: a time, a heading, an update)."""
    first = 1 if top and cards and cards[0].fields else 0
    if len(cards) < 2:
        return False
    # (one stray line in one card below the first is a teaser's odd line
    # when every card prints the same fields; above the first card, stray
    # lines are the page's own, the list starts below them)
    strays = [c.strays for c in cards[first:]]
    if any(strays) and not (
        strays[1:].count(1) == 1 and sum(strays) == 1 and _one_template(cards)
    ):
        return False
    teasers = sum(
        1
        for c in cards
        if teaser_words(lines, c, prose) >= TEASER_MIN_WORDS
        or (
            c.body_end > c.body_start
            and ends_in_read_more(lines[c.body_end - 1].block.text, language)
        )
    )
    if teasers >= max(2, len(cards) - 1):
        return True
    # (cards that all print the same kinds of fields repeat a template: their
    # teasers may be short, all but one)
    shapes = {frozenset(d.label for d in c.header) for c in cards}
    if len(shapes) != 1 or not (shape := next(iter(shapes))):
        return False
    if teasers >= len(cards) - 1:
        return True
    # (two kinds of fields or more, each card's: a template strong enough
    # that a teaser of one sentence is a teaser, "Good morning! This is the
    # tech news you need to know.")
    return (len(shape) >= 2 or headed) and all(
        teaser_words(lines, c, prose) >= TEASER_MIN_WORDS or _sentence_teaser(lines, c)
        for c in cards
    )


def _one_template(cards: list[Card]) -> bool:
    """Three cards or more, each printing the same fields (kinds and counts)."""
    shapes = {tuple(sorted(d.label for d in c.header)) for c in cards}
    return len(cards) >= 3 and len(shapes) == 1 and bool(next(iter(shapes)))


def _sentence_teaser(lines: list[Line], card: Card) -> bool:
    """Whether a card's teaser is whole sentences: a line or more of several
    words, the last ending as a sentence does."""
    if card.body_end <= card.body_start:
        return False
    last = lines[card.body_end - 1]
    return last.words >= TEXT_MIN_WORDS and ends_with_mark(last.block.text)


def teaser_words(lines: list[Line], card: Card, prose: list[int]) -> int:
    """The prose words of a card's teaser, a short one (a plain line, cut
    short without its full stop) counted when it is punctuated as prose."""
    words = 0
    for i in range(card.body_start, card.body_end):
        ln = lines[i]
        if prose[i]:
            words += prose[i]
        elif ln.kind == "plain" and _PUNCTUATED.search(ln.block.text):
            words += ln.words
    return words


def readable(lines: list[Line], new: list[Card], heads: Container[int]) -> bool:
    """Whether a list's reading holds: cards with distinct headlines, none the
    page's own title and none missing (a date and a name over text is a
    reader comment), most of more than two words (a commenter's name over a
    date and a comment is no headline)."""
    if not new or any(c.title is None or len(c.fields) > _MAX_FIELDS for c in new):
        return False
    titles = [lines[c.title] for c in new if c.title is not None]
    keys = [template_key(t.block.text) for t in titles]
    names = sum(1 for t in titles if t.words <= NAME_WORDS)
    return (
        len(set(keys)) == len(keys)
        and 2 * names <= len(titles)
        and not any(c.title in heads for c in new)
    )


NAME_WORDS = 2  # a "headline" this short is a name
_MAX_FIELDS = 8  # field lines of one card at most (more: a menu's, a footer's lines)

LEGAL = "line.legal"  # the rule of a copyright, cookie or privacy line: below it no story goes on


def real_headlines(lines: list[Line], cards: list[Card]) -> bool:
    """Whether every card has a real headline: no name ("Non-necessary", a
    commenter's "rmb8090") and no label ("Print citation:")."""
    return all(
        c.title is not None
        and lines[c.title].words > NAME_WORDS
        and not lines[c.title].block.text.rstrip().endswith(":")
        for c in cards
    )


def prose_words(lines: list[Line]) -> list[int]:
    """Per line, the words of body text that reads as prose; 0 for any other line.

    Prose has sentence punctuation; a flattened menu, tag cloud or keyword
    list is long text with none, in any language.
    """
    out = [0] * len(lines)
    for i, ln in enumerate(lines):
        if ln.kind == "body" and not ln.chrome_body:
            text = ln.decision.block.text
            # (a comma or full stop before a space says it before the pattern's scan)
            if ", " in text or ". " in text or _PUNCTUATED.search(text):
                out[i] = ln.words
    return out


# A sentence's end or a comma, followed by a space, a closing mark or the line's end.
_PUNCTUATED = regex.compile(r"[.!?…。！？।,،、，;](?=[\s\"'”’)\]]|$)")
