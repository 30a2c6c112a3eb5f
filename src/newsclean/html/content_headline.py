"""Main-content selection: the headline the page prints over its story.

When the heading the selection took disagrees with the page's title (a
site's logo or name in an ``<h1>``, a standfirst's ``<h2>``), the nearest
heading before the body that prints the title whole and outranks it is
the headline instead; the heading left is removed as
``html.other_heading`` (``printed_headline``).
"""

from __future__ import annotations

import itertools
import operator

from newsclean.html.blocks import Dom
from newsclean.html.content_clean import Selection
from newsclean.html.metadata import STORY_MIN_WORDS as _STORY_MIN_WORDS
from newsclean.html.metadata import printing_key, same_printing, title_parts

_OTHER_HEADING_RULE = "html.other_heading"


_HEADING_TAGS = frozenset(("h1", "h2", "h3"))


_PRINTING_SLACK = 10  # characters a printing may differ in length from its key


_NO_HEADING = 9  # the rank of a block in no heading


_HEADING_DEPTH = 3  # elements between a block and the heading holding it (<h1><div><span>)


def printed_headline(dom: Dom, sel: Selection, headline: str) -> Selection:
    """``sel`` with the block printing the page's ``headline`` (its metadata's
    title, or that title's longest part of 3+ words) as its title, when the
    heading it took disagrees with it: a site's logo or name in an ``<h1>``
    ("India Post" over the story's ``<h2>``), a standfirst's ``<h2>`` beside an
    ``<h1>`` whose text sits in a ``<div>``. The block must be a heading
    (``<h1>``-``<h3>``, or text inside one) or the body's first block (a headline
    in a ``<dt>``), and reads the headline whole; the nearest before the body is
    taken, when it outranks the heading taken (:func:`_outranks`). A heading the
    body holds stays in the body (several collections count a post's heading as
    its text). The heading left is removed as ``html.other_heading``.

    >>> from newsclean.html.blocks import extract_blocks
    >>> from newsclean.html.parse import parse_html
    >>> from newsclean.html.content import select_content
    >>> para = "<p>The council approved the new budget on Monday, after a long debate.</p>"
    >>> dom = extract_blocks(parse_html(
    ...     f'<body><div class="logo"><h1><a href="/">Daily</a></h1></div>'
    ...     f'<div class="post"><h2><a href="/p/1">Council passes budget</a></h2>{para * 3}'
    ...     f'</div></body>'))
    >>> sel = select_content(dom, headline="Council passes budget")
    >>> dom.blocks[sel.title].text, sel.rules[0]
    ('Council passes budget', 'html.other_heading')
    """
    blocks = dom.blocks
    if sel.title is None or same_printing(blocks[sel.title].text, headline):
        return sel
    parts = title_parts(headline)
    keys = {printing_key(headline)}
    if len(parts) > 1 and len(longest := max(parts, key=len).split()) >= _STORY_MIN_WORDS:
        keys.add(printing_key(" ".join(longest)))
    first = sel.body[0] if sel.body else len(blocks)
    # (a block printing a key is about its length: "…" reads as "...", "ß" as "ss";
    # the lengths are compared in C, a page has hundreds of blocks)
    sized = range(
        min(map(len, keys)) - _PRINTING_SLACK, max(map(len, keys)) + _PRINTING_SLACK + 1
    )
    lengths = map(len, map(operator.itemgetter(0), blocks))
    found: int | None = None
    for k in itertools.compress(itertools.count(), map(sized.__contains__, lengths)):
        if k > first and found is not None:
            break
        b = blocks[k]
        if printing_key(b.text) in keys and (
            0 < b.heading <= 3 or k == first or _heading_rank(dom, b.owner) < _NO_HEADING
        ):
            found = k
            if k > first:
                break
    if found is None or not _outranks(dom, found, sel.title):
        return sel
    if found in sel.body and _heading_rank(dom, blocks[found].owner) < _NO_HEADING:
        return sel
    rules = dict(sel.rules)
    rules.pop(found, None)
    rules[sel.title] = _OTHER_HEADING_RULE
    body = tuple(k for k in sel.body if k != found)
    return Selection(body, found, rules, sel.container)


def _outranks(dom: Dom, k: int, title: int) -> bool:
    """True when block ``k`` reads more as the story's headline than block ``title``:
    printed in a higher heading (an ``<h1>`` over the standfirst's ``<h2>``) and a
    sentence's words, or, coming after it (nearer the story), longer (a site's name
    is a few words, its story's headline a sentence). A heading as high as ``k``'s
    between ``k`` and the story is the story's: ``k`` is the site's name that the
    page's title prints too.
    """
    blocks = dom.blocks
    rank = _heading_rank(dom, blocks[k].owner)
    if rank < _heading_rank(dom, blocks[title].owner) and (
        len(blocks[k].text.split()) >= _STORY_MIN_WORDS
    ):
        return True
    return k > title and len(blocks[k].text) > len(blocks[title].text)


def _heading_rank(dom: Dom, i: int) -> int:
    """1-3 when element ``i`` is an ``<h1>``-``<h3>`` or lies a few elements inside one,
    else ``_NO_HEADING``."""
    for _ in range(_HEADING_DEPTH + 1):
        if i < 0:
            break
        if dom.tags[i] in _HEADING_TAGS:
            return int(dom.tags[i][1])
        i = dom.parent[i]
    return _NO_HEADING
