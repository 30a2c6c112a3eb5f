"""Where the main story ends: the card header that ends it (``first_card``),
a box of other stories inside it (``story_resumes``, ``cut_at``), and the
pages where the "cards" hold the page's story (``story_last``,
``story_in_cards``). The last stage of ``stories.segment`` before the
cards become segments.

>>> from newsclean.stories.card_type import Card
>>> def card(top, stop):
...     return Card(top, stop, top, (), (), frozenset(), top + 1, stop)
>>> cards = [card(10, 20), card(20, 30)]
>>> [(c.top, c.stop, c.body_end) for c in cut_at(cards, 15)]
[(10, 15, 15)]
"""

from __future__ import annotations

import functools
from dataclasses import replace
from itertools import accumulate

from newsclean.core.lexicon import entries, languages, line_key
from newsclean.core.options import Options
from newsclean.core.types import Block
from newsclean.stories.card_lines import Line, after_section
from newsclean.stories.card_type import MAIN_MIN_WORDS, Card
from newsclean.stories.headers import Header, is_strong


@functools.cache
def _resume_keys() -> frozenset[str]:
    """Every language's ``story_resumes.txt`` lines, as line keys (a page's
    boxes say it in the page's language, which may not be the hint's)."""
    return frozenset(line_key(e) for lang in languages() for e in entries(lang, "story_resumes"))


def story_resumes(lines: list[Line], top: int) -> int | None:
    """The first line below ``top`` saying the story goes on below it
    ("Story continues below"), or None."""
    keys = _resume_keys()
    return next(
        (
            i
            for i in range(top, len(lines))
            if lines[i].words <= _RESUME_WORDS and line_key(lines[i].block.text) in keys
        ),
        None,
    )


_RESUME_WORDS = 9  # words of the longest line saying so


def cut_at(cards: list[Card], stop: int) -> list[Card]:
    """The cards above line ``stop``, the last ending there."""
    kept = [c for c in cards if c.top < stop]
    if kept:
        last = kept[-1]
        kept[-1] = replace(
            last,
            stop=min(last.stop, stop),
            body_start=min(last.body_start, stop),
            body_end=min(last.body_end, stop),
        )
    return kept


_SCRAP_WORDS = 60  # a story above the cards this short may be a caption or a teaser
_STORY_WORDS = 150  # a card's body this long, and
_STORY_RATIO = 5  # this many times the scrap's, is the page's story


def story_last(body: tuple[Block, ...], cards: list[Card], prose: list[int]) -> bool:
    """Whether the last card of a list is the page's story and the others a
    rail the page opens with: what is left above the list is a scrap (a
    menu), and the last card's body is a story's length and many times each
    other card's teaser ("Top stories / three cards / Headline / byline /
    the story")."""
    if len(cards) < 2 or sum(len(b.text.split()) for b in body) >= _SCRAP_WORDS:
        return False
    words = [sum(prose[c.body_start : c.body_end]) for c in cards]
    return words[-1] >= max(_STORY_WORDS, _STORY_RATIO * max(words[:-1]))


def story_in_cards(body: tuple[Block, ...], cards: list[Card], prose: list[int]) -> bool:
    """Whether the page's story was read as a card: what is left above the
    one card is a scrap (a photo's credit and a teaser from the site's
    menus) and the card's body is many times longer. The "card" is then the
    page's story (its wire byline and dateline read as a card's header),
    and the page is read whole."""
    if len(cards) != 1:
        return False  # (several cards are a list: the story above them may be short)
    words = sum(len(b.text.split()) for b in body)
    if words >= _SCRAP_WORDS:
        return False
    card = cards[0]
    return sum(prose[card.body_start : card.body_end]) >= max(_STORY_WORDS, _STORY_RATIO * words)


def first_card(
    lines: list[Line], starts: list[Header], prose: list[int], options: Options
) -> int | None:
    """Index (into ``starts``) of the card that ends the main story, if any.

    A card ends the main story only below enough story text (prose: a
    flattened menu or tag cloud is long but no story). After a section
    header any card header will do. Without one, the header must be strong,
    every card from it to the page's end compact, and no card bigger than a
    card below that much story may be:

    * a teaser card is smaller than the story (``implicit_card_max_ratio``):
      an embedded video's header in the middle of a story heads more story;
    * a card headed by a byline and a date is a story of its own (the next
      one of an endless page), of any length, but the first card may hold at
      most ``implicit_story_max_ratio`` times the story above, unless the
      story above has a byline and a date of its own: more, and it is the
      story's own header below a standfirst or a teaser. Lone of its kind
      (no card below it has a byline and a date either: the template does
      not repeat), it may hold no more than a teaser (``_story_ratio``).
    """
    if not starts:
        return None
    n = len(starts)
    compact = [_compact(lines, h, starts[k + 1 : k + 2]) for k, h in enumerate(starts)]
    # whether every card from k on is compact
    compact_on: list[bool] = list(accumulate(reversed(compact), lambda a, b: a and b))[::-1]
    full = [_full(h) for h in starts]
    story = list(accumulate(prose, initial=0))
    bodies: list[int] = []  # each card's body words, counted once a card may qualify
    teasers_max: list[int] = []  # the largest teaser body from each card on
    implicit: int | None = None
    for k, h in enumerate(starts):
        before = story[h.start]
        if before < MAIN_MIN_WORDS:
            continue
        if h.title is not None and after_section(lines, h.start):
            # a card below a section header wins over an implicit one above (a
            # date and a name with no headline head a reader comment)
            return k
        if implicit is not None or not (is_strong(h) and compact_on[k]):
            continue
        if not bodies:
            bodies = [_body_words(lines, c, starts[j + 1 : j + 2]) for j, c in enumerate(starts)]
            teasers_max = [0] * (n + 1)
            for j in range(n - 1, -1, -1):
                teasers_max[j] = max(teasers_max[j + 1], 0 if full[j] else bodies[j])
        if teasers_max[k] <= options.implicit_card_max_ratio * before and (
            not full[k]
            or any(full[:k])
            or bodies[k] <= _story_ratio(full, k, options) * before
        ):
            implicit = k
    return implicit


def _story_ratio(full: list[bool], k: int, options: Options) -> float:
    """How many times the story text above it the body of the card ``k``,
    headed by a byline and a date, may hold.

    The next story of an endless page repeats the page's template: a card
    below has a byline and a date too, or the story above has its own (the
    caller's ``any(full[:k])``). A blog post's own byline and date under a
    sidebar of teasers (a photo gallery's captions are text enough for a
    story above) are the one such header on the page, over its longest
    text: a lone one may hold no more than a teaser
    (``implicit_card_max_ratio``).
    """
    if any(full[k + 1 :]):
        return options.implicit_story_max_ratio
    return options.implicit_card_max_ratio


def _full(h: Header) -> bool:
    """A header with a byline and a date: a whole story's, not a teaser's."""
    return "author" in h.slots and "time" in h.slots


def _body_words(lines: list[Line], h: Header, following: list[Header]) -> int:
    """Words of running text in the card that ``h`` heads."""
    stop = following[0].start if following else len(lines)
    return sum(
        ln.words for ln in lines[h.body_start : stop] if ln.kind == "body" and not ln.chrome_body
    )


def _compact(lines: list[Line], h: Header, following: list[Header]) -> bool:
    """Whether the card's body is running text, not text among menus and link lines.

    A story's own header above its body, or a teaser box in the page's
    furniture, is followed by many short lines before the next card; the
    last card may be followed by a footer.
    """
    stop = following[0].start if following else len(lines)
    span = [ln for ln in lines[h.body_start : stop] if ln.kind != "chrome"]
    last = max((n for n, ln in enumerate(span) if ln.kind == "body"), default=-1)
    if not following:
        span = span[: last + 1]
    shorts = sum(1 for ln in span if ln.kind in ("plain", "cue", "short"))
    bodies = sum(1 for ln in span if ln.kind == "body")
    return shorts <= max(2, bodies // 2)
