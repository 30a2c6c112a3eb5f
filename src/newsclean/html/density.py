"""A second, independent content candidate: the element of densest unlinked text.

:mod:`newsclean.html.content` chooses the story's container by votes of
paragraph-like blocks, weighted by tag and class names. Names mislead on
some sites (a sidebar widget named ``widget-content``, a story wrapped in
``share_wrapper``), so this module chooses a container with no names at
all, as body-text extraction does: every block is worth its unlinked
characters, less its linked characters and a fixed cost per block (menus
and link lists, many short blocks, sum below zero; a block under ``<nav>``,
``<aside>`` or ``<footer>`` is worth nothing but its cost), and the element
whose subtree sums highest is the candidate. One pass over the blocks and one
over the elements.

Markup is read only to reject a candidate: one under navigation, an aside,
a footer or a chrome-named box (comments, related, ads, menus) is none,
unless an ``<article>``, ``<main>`` or content-named element stands
between the two (the story's own box inside a wrapper whose name reads as
chrome).

>>> from newsclean.html.blocks import extract_blocks
>>> from newsclean.html.parse import parse_html
>>> para = "<p>The council approved the new budget on Monday, after a long debate.</p>"
>>> dom = extract_blocks(parse_html(
...     f'<body><div class="menu"><a href="/">Home</a> <a href="/n">News</a></div>'
...     f'<div id="story">{para * 4}</div><aside>{para * 5}</aside></body>'))
>>> best = densest(dom)
>>> dom.elements[best].get("id")
'story'
"""

from __future__ import annotations

from newsclean.html.blocks import (
    T_ARTICLE,
    T_ASIDE,
    T_FOOTER,
    T_HEADER,
    T_NAV,
    Dom,
    group_bit,
)

__all__ = ["BLOCK_COST", "densest"]

BLOCK_COST = 20  # characters a block costs: ~3 words, what a menu item or a label holds
# chrome that rejects a candidate beneath it: tags, and class groups naming a box that is
# never the story (share and newsletter name buttons and wrappers as often as boxes)
_CHROME = (
    T_NAV
    | T_ASIDE
    | T_FOOTER
    | T_HEADER
    | group_bit("comments")
    | group_bit("related")
    | group_bit("ad")
    | group_bit("nav")
)
_PAGE_CHROME = T_NAV | T_ASIDE | T_FOOTER
_STORY = T_ARTICLE | group_bit("content")


def densest(dom: Dom) -> int:
    """The element whose subtree's blocks sum highest, or -1 (no element sums above 0,
    or the best lies under chrome: :func:`under_chrome`).

    A block is worth ``unlinked - linked - BLOCK_COST`` characters, one under a
    navigation, aside or footer tag ``-(characters + BLOCK_COST)``. Linear in
    blocks and elements; ties go to the last element (the innermost).
    """
    n_el = len(dom.tags)
    if not n_el:
        return -1
    total = [0] * n_el
    for text, owner, _tag, n_links, flags, _heading in dom.blocks:
        if flags & _PAGE_CHROME:  # the page's own chrome by its tags: nothing of it is story
            total[owner] -= len(text) + BLOCK_COST
        else:
            total[owner] += len(text) - 2 * n_links - BLOCK_COST
    # children come after parents: from the last element up, each adds its sum, complete
    # by then, to its parent's (a reversed list's iterator reads each sum when it comes
    # to it; the first element has no parent)
    for p, t in zip(reversed(dom.parent), reversed(total), strict=True):
        if p >= 0:
            total[p] += t
    top = max(total)
    if top < 1:
        return -1
    # a tie is an element holding the same text: the innermost (the last) is tighter
    best = n_el - 1 - total[::-1].index(top)
    if under_chrome(dom, best):
        return -1
    return best


def under_chrome(dom: Dom, i: int) -> bool:
    """True when ``i`` or an ancestor is chrome (navigation, aside, footer, header, a
    comments/related/ad/menu name) with no article or content-named element between.

    >>> from newsclean.html.blocks import extract_blocks
    >>> from newsclean.html.parse import parse_html
    >>> dom = extract_blocks(parse_html(
    ...     '<div class="comments"><p>a</p></div>'
    ...     '<div class="related"><article><p>b</p></article></div>'))
    >>> [under_chrome(dom, b.owner) for b in dom.blocks]
    [True, False]
    """
    own, parent = dom.own, dom.parent
    while i >= 0:
        bits = own[i]
        if bits & _STORY:
            return False
        if bits & _CHROME:
            return True
        i = parent[i]
    return False
