"""Main-content selection, step 2's start: the story's element before climbing.

The best candidate whose text starts right under the page's headline (its
metadata's title, printed as a heading) when it scores a fair share of the
best, else the nearest ancestor the best shares with several near-best
candidates (a story in per-paragraph wrappers, as readability.js reads
it), else the page's root (``region_top``). See ``html.content``.
"""

from __future__ import annotations

from newsclean.core.options import Options
from newsclean.html.blocks import T_ARTICLE, Dom
from newsclean.html.content_groups import PAGE_CHROME, ancestors_of
from newsclean.html.density import under_chrome
from newsclean.html.metadata import STORY_MIN_WORDS as _STORY_MIN_WORDS
from newsclean.html.metadata import title_parts

_ALTERNATIVE = 0.75  # candidates within this share of the best are alternatives


_MIN_ALTERNATIVES = 3


# ...of the share to beat when the best lies under page chrome (a sidebar box outvoting
# a short post): a third
_CHROME_SHARE = 1 / 3


_HEADLINE_REACH = 12  # blocks under the headline where its story must start


_ANCHOR_MIN_SCORE = 3.0  # ...and what it must score (a paragraph)


def region_top(
    dom: Dom,
    own: list[int],
    headings: list[int],
    headline: str | None,
    best: int,
    best_score: float,
    score: list[float],
    voted: list[int],
    options: Options,
) -> tuple[int, bool]:
    """The story's element before climbing: under the headline, else the best's shared
    ancestor, else the page's root (no element scored); and whether it is the one
    under the headline (or holding it)."""
    anchored, placed = None, False
    if headline and best >= 0:
        anchored, placed = _under_headline(dom, own, headings, headline, best, score, options)
    if anchored is not None:
        return anchored, True  # chosen by its place: no other candidate pulls it up
    if best >= 0:
        return _shared_ancestor(best, score, dom.parent, best_score, voted), placed
    return 0, False


def _under_headline(
    dom: Dom,
    own: list[int],
    headings: list[int],
    headline: str,
    best: int,
    score: list[float],
    options: Options,
) -> tuple[int | None, bool]:
    """The best candidate whose text starts right under the page's headline, when
    ``best`` does not; it must score at least ``headline_min_share`` of ``best``
    and a paragraph's worth, and not be a wrapper of ``best``. Second, whether
    ``best`` itself starts under the headline or holds it.

    A sidebar widget or a second story further down (infinite scroll) can hold
    more text than the story; the story is the one under the page's headline.
    """
    n = _headline_at(dom, headings, _heading_key(headline))
    if n < 0:
        # ("Blog Name: Post Title", "Post Title | Site" whose <h1> is absent or the site's
        # name: the post's own heading prints the longest part of 3+ words)
        parts = title_parts(headline)
        longest = max(parts, key=len) if len(parts) > 1 else ""
        if len(longest.split()) >= _STORY_MIN_WORDS:
            n = _headline_at(dom, headings, _heading_key(longest))
    if n < 0:
        return None, False
    blocks = dom.blocks
    at = headings[n]
    parent = dom.parent
    # where the text under the headline ends its approach: the next heading
    reach = min(at + _HEADLINE_REACH + 1, headings[n + 1] if n + 1 < len(headings) else len(blocks))
    holding = set(ancestors_of(parent, blocks[at].owner))  # the headline's element and above
    if best in holding:
        return None, True  # best holds the headline: the story's own container
    # The elements that start under the headline, before the next heading: those
    # holding a block up to ``reach`` but not the headline's (a subtree's blocks
    # are one run, so an element holding an earlier block would hold it too).
    under: set[int] = set()
    for k in range(at + 1, min(reach, len(blocks) - 1) + 1):
        o = blocks[k].owner
        while o >= 0 and o not in holding and o not in under:
            under.add(o)
            o = parent[o]
    if best in under:
        return None, True
    wrappers = set(ancestors_of(parent, parent[best]))  # climbing finds those if the story
    # (a best under page chrome, a sidebar box outvoting the story, needs less beating)
    chrome = under_chrome(dom, best) or _in_page_chrome(dom.parent, own, best)
    share = options.headline_min_share * (_CHROME_SHARE if chrome else 1.0)
    floor = max(_ANCHOR_MIN_SCORE, share * score[best])
    # (a candidate in the page's header or a sidebar box is the site's description under
    # its name, printed as the headline by a page whose title is the site's name)
    found = [
        i for i in under if score[i] >= floor and i not in wrappers and not under_chrome(dom, i)
    ]
    return (max(found, key=lambda i: (score[i], -i)) if found else None), False


def _in_page_chrome(parent: list[int], own: list[int], i: int) -> bool:
    """True when element ``i`` lies inside an ``<aside>``, ``<nav>`` or ``<footer>``
    (``own``: the headline's own ancestors are no aside) with no ``<article>`` or
    ``<main>`` between: a sidebar's box, whatever its wrappers' names say ("widget-content"
    names a sidebar widget's body as often as a story's).

    >>> from newsclean.html.blocks import extract_blocks
    >>> from newsclean.html.parse import parse_html
    >>> dom = extract_blocks(parse_html(
    ...     '<aside><div class="widget-content"><p>a</p></div></aside>'
    ...     '<aside><article><p>b</p></article></aside>'))
    >>> [_in_page_chrome(dom.parent, dom.own, b.owner) for b in dom.blocks]
    [True, False]
    """
    while i >= 0:
        bits = own[i]
        if bits & T_ARTICLE:
            return False
        if bits & PAGE_CHROME:
            return True
        i = parent[i]
    return False


def _headline_at(dom: Dom, headings: list[int], key: str) -> int:
    """The index in ``headings`` of the last block of the first heading (``<h1>``-``<h3>``)
    reading ``key``, else -1. A heading cut in lines by ``<br>`` is several blocks of
    one element: their lines are read together ("The Daily Edit – Monday" / "11.12.12").
    """
    blocks = dom.blocks
    run = ""  # the text of the heading element so far
    for n, k in enumerate(headings):
        b = blocks[k]
        if b.heading > 3:
            run = ""
            continue
        same = n > 0 and headings[n - 1] == k - 1 and blocks[k - 1].owner == b.owner
        run = f"{run} {b.text}" if same and run else b.text
        if _heading_key(run) == key or _heading_key(b.text) == key:
            return n
    return -1


def _heading_key(text: str) -> str:
    return " ".join(text.casefold().split())


def _shared_ancestor(
    best: int, score: list[float], parent: list[int], top: float, voted: list[int]
) -> int:
    """The nearest ancestor of ``best`` holding 3+ near-best candidates, else ``best``.

    Stories whose paragraphs sit in separate wrappers score several
    wrappers alike; the container they share is the story (readability.js).
    Only ``voted`` elements can be candidates: the others score 0 and ``top``
    is above 0.
    """
    alternatives = [i for i in voted if i != best and score[i] >= top * _ALTERNATIVE]
    if len(alternatives) < _MIN_ALTERNATIVES - 1:
        return best
    ancestors: dict[int, int] = {}
    a = parent[best]
    while a >= 0:
        ancestors[a] = 0
        a = parent[a]
    for i in alternatives:
        a = parent[i]
        while a >= 0:
            if a in ancestors:
                ancestors[a] += 1
            a = parent[a]
    a = parent[best]
    while a >= 0:
        if ancestors[a] >= _MIN_ALTERNATIVES and a > 0:
            return a
        a = parent[a]
    return best
