"""What an element's marks say, for main-content selection (``html.content``).

The class/id groups of ``html.blocks`` read as bits (share, newsletter,
related, comments, cookie, ad, caption, byline, nav, content): the weight
a group gives an element's score (``class_weight``), whether an element
sits under strong chrome (``muted_by``), and an element's groups once an
ad's name on a box of story text is discounted (``effective``); with the
walks up and down the element tree the later steps share
(``ancestors_of``, ``last_descendant``).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from newsclean.html.blocks import T_ASIDE, T_FOOTER, T_NAV, group_bit

SHARE = group_bit("share")


NEWSLETTER = group_bit("newsletter")


RELATED = group_bit("related")


COMMENTS = group_bit("comments")


COOKIE = group_bit("cookie")


AD = group_bit("ad")


CAPTION = group_bit("caption")


BYLINE = group_bit("byline")


NAVC = group_bit("nav")


_CONTENT = group_bit("content")


_NEGATIVE = SHARE | NEWSLETTER | RELATED | COMMENTS | COOKIE | AD | NAVC


_STRONG = SHARE | NEWSLETTER | RELATED | COMMENTS | COOKIE | AD | T_NAV | T_ASIDE | T_FOOTER


MIN_PARA = 25


PAGE_CHROME = T_NAV | T_ASIDE | T_FOOTER  # the page's chrome by its tags


TAG_BITS = ~((1 << 16) - 1)  # the tag-context bits (html.blocks: groups sit below 1 << 16)


_AD_MAX_CHARS = 500  # an element named as an ad that holds this much unlinked text is none


# a block this long in the story whose links are at most 7/10 of its text is a paragraph
# citing its sources (a blog's, a wire story's), not a list of links
LINKED_PROSE_CHARS = 120


def class_weight(bits: int) -> float:
    weight = 0.0
    if bits & _CONTENT:
        weight += 25.0
    if bits & (_NEGATIVE | T_NAV | T_ASIDE | T_FOOTER):
        weight -= 25.0
    return weight


def last_descendant(parent: list[int], i: int) -> int:
    """The last element of ``i``'s subtree (one run of elements after it)."""
    last = i
    while last + 1 < len(parent) and parent[last + 1] >= i:
        last += 1
    return last


def muted_by(parent: list[int], own: list[int], chars: list[int]) -> list[bool]:
    """Elements whose blocks do not vote.

    Chrome groups on an element holding under half the page's text mute it
    and its subtree (readability's "unlikely candidates"); a wrapper's
    classes don't count.
    """
    total = chars[0] or 1
    muted = [False] * len(parent)
    for i, p in enumerate(parent):
        if (p >= 0 and muted[p]) or (own[i] & _STRONG and chars[i] * 2 < total):
            muted[i] = True
    return muted


def ancestors_of(parent: list[int], i: int) -> Iterator[int]:
    """Element ``i`` and its ancestors, up to the root (nothing for -1)."""
    while i >= 0:
        yield i
        i = parent[i]


def effective(own: list[int], chars: list[int], links: list[int]) -> list[int]:
    """Own bits, without chrome groups where a content token stands beside them,
    and without the ad group on an element holding running text.

    ``article-share-top`` or ``post-content widget`` name the story's own
    container as often as chrome (readability's rule). An ad slot holds a
    label and a link or two; a section named ``o-section--has-ads`` or
    ``Section--Ads`` that holds paragraphs of unlinked text is a part of
    the story where ads may be placed.
    """
    out = [b & ~_NEGATIVE if b & _CONTENT else b for b in own]
    for i in itertools.compress(range(len(out)), map(AD.__and__, out)):  # the few ad-named
        if chars[i] >= _AD_MAX_CHARS and links[i] * 4 < chars[i]:
            out[i] &= ~AD
    return out
