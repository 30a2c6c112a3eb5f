"""Main-content selection, step 2: the region around the best container.

The best element is climbed to its parent while the parent adds only
prose (``climbed_to``); siblings that score a fifth of it or hold a lone
clean paragraph join it, boxes of headed teasers do not
(``root_elements``); so do cousins in the same row of a table or grid
(``cousins``) and later chunks of the same tag and class (``body_chunks``);
one ``<article>`` holding half the region's prose is the region alone
(``article_inside``).
"""

from __future__ import annotations

import bisect
import itertools

from newsclean.core.options import Options
from newsclean.html.blocks import T_ARTICLE, T_ASIDE, Dom
from newsclean.html.content_groups import MIN_PARA, ancestors_of, last_descendant
from newsclean.html.density import under_chrome

_CLIMB_BRIEF_EXTRA = 100


_SIBLING_SHARE = 0.2


# the share of the region's prose its one <article> must hold to be the region instead
_ARTICLE_SHARE = 0.5


# A best element whose every voting block is a list item (a slideshow's slides, a
# comment thread as <dl>/<ol>, a box of teasers) gives way to the best element of prose
# outside lists scoring this share of it, with this much of that prose
_LIST_SHARE = 0.5
_PROSE_MIN = 500


def prose_over_list(
    best: int, score: list[float], good: list[int], voted: list[int], dom: Dom
) -> int:
    """The best-scoring element whose prose lies outside lists, when ``best``'s votes
    all come from list items and that element scores at least ``_LIST_SHARE`` of it;
    else ``best``.

    A story is told in paragraphs; items of a list outvoting it are the slides of a
    gallery, a thread of reader comments marked up as a list or a rail of teasers.

    >>> from newsclean.html.blocks import extract_blocks
    >>> from newsclean.html.parse import parse_html
    >>> from newsclean.html.content import select_content
    >>> para = "<p>The council approved the new budget on Monday, after a long debate.</p>"
    >>> item = "<li><p>Great post, thanks, I agree with every word of it, well done.</p></li>"
    >>> dom = extract_blocks(parse_html(
    ...     f'<div id="s">{para * 7}</div><ol class="x">{item * 12}</ol>'))
    >>> [dom.blocks[k].text[:8] for k in select_content(dom).body][:2]
    ['The coun', 'The coun']
    """
    if best < 0 or good[best]:
        return best
    floor = _LIST_SHARE * score[best]
    found = [i for i in voted if good[i] >= _PROSE_MIN and score[i] >= floor]
    if not found:
        return best
    pick = max(found, key=lambda i: (score[i], -i))
    return best if under_chrome(dom, pick) else pick


def article_inside(dom: Dom, best: int, good: list[int]) -> int:
    """The one ``<article>`` (or ``itemprop=articleBody``, ``role=article``) element
    inside ``best``, when it holds at least half of ``best``'s prose; else ``best``.

    A page that marks its story up as an article says where the story ends: the
    author's bio box, a newsletter prompt or a "most popular" rail beside it in the
    same wrapper are not in it. Two articles or more inside (a story split into
    boxes, a list of posts) say nothing of the kind; an article nested in the one
    found (a comment) does not count, nor does ``<main>`` (the page's main region,
    rails included).

    >>> from newsclean.html.blocks import extract_blocks
    >>> from newsclean.html.parse import parse_html
    >>> from newsclean.html.content import select_content
    >>> para = "<p>The council approved the new budget on Monday, after a long debate.</p>"
    >>> bio = "<p>Jane Roe has covered city hall for the paper since 2015, and courts before.</p>"
    >>> dom = extract_blocks(parse_html(
    ...     f'<div id="w"><article>{para * 3}</article><div class="bio">{bio}</div></div>'))
    >>> [dom.blocks[k].text[:8] for k in select_content(dom).body]
    ['The coun', 'The coun', 'The coun']
    """
    parent, own, tags = dom.parent, dom.own, dom.tags
    total = good[best]
    if not total:
        return best
    last = last_descendant(parent, best)
    found, end = -1, -1
    # the few elements marked as articles, picked out in C
    marked = map(T_ARTICLE.__and__, own[best + 1 : last + 1])
    for a in itertools.compress(range(best + 1, last + 1), marked):
        if a <= end or tags[a] == "main":
            continue  # in the one found (a comment marked up as an article); a page region
        if found >= 0:
            return best  # two stories, or one story in two boxes
        found, end = a, last_descendant(parent, a)
    if found >= 0 and good[found] >= _ARTICLE_SHARE * total:
        return found
    return best


def climbed_to(
    best: int,
    parent: list[int],
    chars: list[int],
    links: list[int],
    good: list[int],
    brief: list[int],
    options: Options,
) -> int:
    """Climb from ``best`` while each parent adds only prose (or nothing).

    A story whose paragraphs sit in separate wrappers, or in two halves
    around an embed, has its best-scoring element well below the story's
    container; a parent whose extra text is mostly paragraph-like and
    rarely links holds more of the same story, so it is taken instead
    (short lines count half: :func:`_prose_added`).
    """
    prose, link_share = options.html_climb_prose, options.html_climb_links
    cur = best
    while (p := parent[cur]) > 0:
        extra = chars[p] - chars[cur]
        if extra > 0 and (
            _prose_added(good, brief, p, cur, extra) < prose * extra
            or (links[p] - links[cur]) > link_share * extra
        ):
            break
        cur = p
    return cur


def _prose_added(good: list[int], brief: list[int], p: int, cur: int, extra: int) -> float:
    """The paragraph-like characters ``p`` adds to its child ``cur`` (``extra`` in all),
    its brief blocks at half their length when it adds ``_CLIMB_BRIEF_EXTRA`` or more:
    a sidebar's labels and prompts are short lines, a story's paragraphs mostly not.

    >>> _prose_added([300, 200], [60, 0], 0, 1, 100), _prose_added([300, 200], [60, 0], 0, 1, 99)
    (70.0, 100)
    """
    added = good[p] - good[cur]
    if extra < _CLIMB_BRIEF_EXTRA:
        return added
    return added - (brief[p] - brief[cur]) / 2


def root_elements(
    dom: Dom, best: int, score: list[float], chars: list[int], links: list[int], top: float
) -> set[int]:
    """The region's top elements: ``best`` and its good siblings (a lone clean
    paragraph, or an element scoring a fifth of the best that is no list of headed
    teasers: :func:`_teaser_lists`)."""
    n_el = len(dom.tags)
    parent = dom.parent
    roots = {best}
    p = parent[best]
    if p >= 0:
        threshold = max(10.0, top * _SIBLING_SHARE)
        scored: list[int] = []
        for i in range(p + 1, n_el):
            if parent[i] != p or i == best:
                continue
            if not dom.has_block_child[i] and chars[i] > 80 and links[i] * 4 < chars[i]:
                roots.add(i)  # a lone paragraph
            elif score[i] >= threshold:
                scored.append(i)
        if scored:
            roots.update(set(scored) - _teaser_lists(dom, scored))
    return roots


_TEASER_HEADINGS = 3  # headings of the shortest list of headed teasers


def _teaser_lists(dom: Dom, elements: list[int]) -> set[int]:
    """Those of ``elements`` (disjoint subtrees, in page order) whose blocks are a third
    headings or more, three at least: a box of features or programmes, each a heading
    over a line or two of teaser, beside the story (a story's subheadings stand
    several paragraphs apart). One pass over the blocks.

    >>> from newsclean.html.blocks import extract_blocks
    >>> from newsclean.html.parse import parse_html
    >>> from newsclean.html.content import select_content
    >>> teasers = "".join(f"<h3>Feature {i}</h3><p>A line about feature {i}.</p>" for i in range(3))
    >>> story = "<h3>Background</h3>" + "<p>The council met on Monday.</p>" * 4
    >>> dom = extract_blocks(parse_html(f"<div>{teasers}</div><div>{story}</div>"))
    >>> divs = [i for i, t in enumerate(dom.tags) if t == "div"]
    >>> _teaser_lists(dom, divs) == {divs[0]}
    True
    """
    parent = dom.parent
    starts = elements
    ends = [last_descendant(parent, i) for i in elements]
    lo, hi = starts[0], ends[-1]
    heads = [0] * len(starts)
    total = [0] * len(starts)
    for _text, owner, _tag, _links, _flags, heading in dom.blocks:
        if lo <= owner <= hi:
            j = bisect.bisect_right(starts, owner) - 1
            if j >= 0 and owner <= ends[j]:
                total[j] += 1
                if heading:
                    heads[j] += 1
    return {
        i
        for i, h, n in zip(starts, heads, total, strict=True)
        if h >= _TEASER_HEADINGS and h * 3 >= n
    }


def cousins(
    dom: Dom, best: int, chars: list[int], links: list[int], good: list[int]
) -> set[int]:
    """The elements in ``best``'s place under the siblings of its parent: a story cut
    into the rows of a layout table (``tr/td[3]`` row after row) or into repeated
    wrappers, each piece in the same slot of its own row.

    A cousin is a child of a sibling of ``best``'s parent (of the parent's tag and
    class) with ``best``'s tag, class and position among its kind. Cousins are taken
    row by row away from ``best``'s, both ways, while they read as story text (mostly
    paragraphs, few links); an empty one (a spacer row) is passed over, the first
    other one ends the run, and so does a row holding an ``<h1>`` (the next story's
    headline). Rows that are ``<article>`` elements are stories of their own.
    """
    parent, tags, classes = dom.parent, dom.tags, dom.classes
    p = parent[best]
    if p <= 0 or tags[p] == "article":  # rows that are articles are stories of their own
        return set()
    # most pages: the parent has no sibling of its tag and class (asked of lxml, in C)
    row, name = dom.elements[p], classes[p]
    up = row.getparent()
    if up is None or not any(
        r is not row and (r.get("class") or "") == name for r in up.iterchildren(tags[p])
    ):
        return set()
    g = parent[p]
    slot, n = (tags[best], classes[best]), _slot_of(dom, best)
    rows: dict[int, int] = {}  # a row (a sibling of ``p``) -> its children in ``slot`` so far
    at: dict[int, int] = {}  # the row -> its child in ``best``'s place
    e, n_el = g + 1, len(tags)
    while e < n_el and (q := parent[e]) >= g:  # g's subtree: one run of elements after it
        if q == g:
            if tags[e] == tags[p] and classes[e] == name:
                rows[e] = 0
        elif q in rows and (tags[e], classes[e]) == slot:
            if rows[q] == n:
                at[q] = e
            rows[q] += 1
        e += 1
    order = sorted(at)
    k = order.index(p)
    facts: dict[int, int] | None = None  # read from the blocks at the first cousin to test
    out: set[int] = set()
    for run in (order[k + 1 :], order[k - 1 :: -1] if k else []):
        for q in run:
            i = at[q]
            c = chars[i]
            if c < MIN_PARA:
                continue  # a spacer row, a label: no paragraph either way
            if good[i] * 2 < c or links[i] * 4 > c:
                break  # not the story's text: links, bullets
            if facts is None:
                facts = _row_facts(dom, order, at)
            if facts.get(i, 0) < _COUSIN_PARA or ~q in facts:
                break  # an address or a notice; a row with the next story's <h1>
            out.add(i)
    return out


_COUSIN_PARA = 80  # characters of the longest clean block a story's piece holds


def _row_facts(dom: Dom, rows: list[int], at: dict[int, int]) -> dict[int, int]:
    """For each row's element in ``at``: the longest block of under a quarter links in its
    subtree; at ``~row``, 1 when the row holds an ``<h1>``. ``rows`` are disjoint
    subtrees in page order; one pass over the blocks.

    >>> from newsclean.html.blocks import extract_blocks
    >>> from newsclean.html.parse import parse_html
    >>> from newsclean.html.content import select_content
    >>> dom = extract_blocks(parse_html(
    ...     '<div><div><p>Short.</p><p>A longer paragraph.</p></div></div>'
    ...     '<div><div><h1>Next</h1></div></div>'))
    >>> divs = [i for i, t in enumerate(dom.tags) if t == "div"]
    >>> rows = [divs[0], divs[2]]
    >>> facts = _row_facts(dom, rows, {divs[0]: divs[1], divs[2]: divs[3]})
    >>> facts[divs[1]], ~divs[0] in facts, ~divs[2] in facts
    (19, False, True)
    """
    parent = dom.parent
    spans = [(q, last_descendant(parent, q)) for q in rows]
    cells = [(at[q], last_descendant(parent, at[q])) for q in rows]
    lo, hi = spans[0][0], spans[-1][1]
    out: dict[int, int] = {}
    for text, owner, _tag, n_links, _flags, heading in dom.blocks:
        if not lo <= owner <= hi:
            continue
        j = bisect.bisect_right(rows, owner) - 1
        if j < 0 or owner > spans[j][1]:
            continue
        if heading == 1:
            out[~rows[j]] = 1
        cell, end = cells[j]
        if cell <= owner <= end and n_links * 4 < (n := len(text)) and n > out.get(cell, 0):
            out[cell] = n
    return out


def _slot_of(dom: Dom, i: int) -> int:
    """``i``'s position among its parent's children of its tag and class."""
    p, parent, key = dom.parent[i], dom.parent, (dom.tags[i], dom.classes[i])
    n = 0
    for j in range(p + 1, i):
        if parent[j] == p and (dom.tags[j], dom.classes[j]) == key:
            n += 1
    return n


def body_chunks(
    dom: Dom, headings: list[int], best: int, chars: list[int], links: list[int], good: list[int]
) -> set[int]:
    """Later parts of a story split into several containers of one class.

    Some sites cut the body into chunks, each beside its own ad rail
    (``<div class="body__inner-container">`` three times), so no container
    holds the whole story and climbing stops at the first rail. An element
    below ``best`` with its tag and class is the same story when it reads
    like one: mostly prose, few links, opening on a paragraph (not on a
    "Most Popular" label) and with few headings (a teaser list has one per
    item), in the same ``<article>`` as ``best``, with no ``<h1>`` in between
    (a next story appended below has its own of either).
    """
    name, classes = dom.classes[best], dom.classes
    if not name or name not in classes[best + 1 :]:
        return set()  # most pages: no other element has the class
    tag, parent, tags, blocks = dom.tags[best], dom.parent, dom.tags, dom.blocks
    n_el = len(tags)
    last = list(range(n_el))  # the last element of each subtree
    for i in range(n_el - 1, 0, -1):
        p = parent[i]
        if p >= 0 and last[i] > last[p]:
            last[p] = last[i]
    h1 = [blocks[k].owner for k in headings if blocks[k].heading == 1]

    def article_of(i: int) -> int:
        return next((a for a in ancestors_of(parent, i) if tags[a] == "article"), -1)

    home = article_of(best)
    out: set[int] = set()
    i = last[best] + 1
    while i < n_el:
        if tags[i] != tag or classes[i] != name:
            i += 1
            continue
        mine = [b for b in blocks if i <= b.owner <= last[i]]
        c = chars[i]
        opening = mine[0] if mine else None
        if (
            opening is None
            or good[i] * 2 < c
            or links[i] * 4 > c
            or opening.heading
            or len(opening.text) < MIN_PARA
            or sum(1 for b in mine if b.heading) * 3 > len(mine)
            or any(last[best] < h < i for h in h1)
            or article_of(i) != home
        ):
            break  # the run of chunks ends at the first that is not story text
        out.add(i)
        i = last[i] + 1
    return out


def headline_not_aside(dom: Dom, own: list[int], headings: list[int]) -> None:
    """Clear the aside tag of the elements holding the page's first ``<h1>``.

    Some sites mark up the story itself as an ``<aside>`` (``<main><aside><section>
    <h1>``); a sidebar does not hold the page's headline.
    """
    h1 = next((dom.blocks[k].owner for k in headings if dom.blocks[k].heading == 1), -1)
    for a in ancestors_of(dom.parent, h1):
        own[a] &= ~T_ASIDE
