"""DOM-aware main-content selection: which blocks are the main story's body.

Three steps, each linear in the page's elements and blocks:

1. **Score containers** (as readability does): every paragraph-like block
   (25+ characters, links under half its text) is worth ``1 + commas +
   min(chars / 100, 3)``; a block that is its element's only text gives
   that to the element's parent in full and to the grandparent by half, a
   block of loose text inside a larger element gives it to that element
   and half to its parent. Each scored element starts from its tag and its
   class/id groups (``content`` raises it, chrome groups lower it; a bonus
   counts at most ``Options.html_prior_cap`` times the element's own votes),
   and its total is scaled by ``1 - link density`` of its subtree.
2. **Pick the region**: the best element, climbed to its parent while the
   parent adds only prose (a story in per-paragraph wrappers, or split
   around an embed), plus siblings that score at least a fifth of it (and
   are no box of headed teasers) or hold a lone clean paragraph, plus later
   elements of its tag and class that read as story text (a body cut into
   chunks beside ad rails); when the region holds one ``<article>`` (or
   ``itemprop=articleBody``) with half its prose or more, that article alone
   (the page marked its story up).
3. **Clean the region**: inside it, blocks under chrome (``nav``,
   ``aside``, ``footer``, ``header``, forms; share, related, comments,
   newsletter, ad, cookie classes), captions, bylines, link-dense blocks
   and known chrome phrases are removed, each with the rule that said so.

Every block outside the region is removed too, named by the most telling
of its features (``html.nav``, ``html.class_share``, ..., else
``html.outside``).

>>> from newsclean.html.blocks import extract_blocks
>>> from newsclean.html.parse import parse_html
>>> para = "<p>The council approved the new budget on Monday, after a long debate.</p>"
>>> dom = extract_blocks(parse_html(
...     f'<body><nav><a href="/">Home</a></nav><h1>Budget passes</h1>'
...     f'<div class="article-body">{para * 3}<div class="share">Share this</div></div></body>'))
>>> sel = select_content(dom)
>>> [dom.blocks[i].text for i in sel.body][:1], dom.blocks[sel.title].text
(['The council approved the new budget on Monday, after a long debate.'], 'Budget passes')
>>> sorted(set(sel.rules.values()))
['html.class_share', 'html.nav']
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from newsclean.core.lexicon import chrome_entries
from newsclean.core.options import Options
from newsclean.html.blocks import (
    T_ADDRESS,
    T_ARTICLE,
    T_ASIDE,
    T_CAPTION,
    T_FOOTER,
    T_FORM,
    T_HEADER,
    T_LIST,
    T_NAV,
    Dom,
    HtmlBlock,
    group_bit,
)
from newsclean.html.density import densest, under_chrome
from newsclean.html.metadata import STORY_MIN_WORDS as _STORY_MIN_WORDS
from newsclean.html.metadata import printing_key, same_printing, title_parts

__all__ = ["TERMINAL", "Selection", "preamble", "select_content"]

_SHARE = group_bit("share")
_NEWSLETTER = group_bit("newsletter")
_RELATED = group_bit("related")
_COMMENTS = group_bit("comments")
_COOKIE = group_bit("cookie")
_AD = group_bit("ad")
_CAPTION = group_bit("caption")
_BYLINE = group_bit("byline")
_NAVC = group_bit("nav")
_CONTENT = group_bit("content")
_NEGATIVE = _SHARE | _NEWSLETTER | _RELATED | _COMMENTS | _COOKIE | _AD | _NAVC

_STRONG = _SHARE | _NEWSLETTER | _RELATED | _COMMENTS | _COOKIE | _AD | T_NAV | T_ASIDE | T_FOOTER
_TAG_BASE = {
    "div": 5.0, "article": 10.0, "main": 5.0, "section": 3.0, "pre": 3.0, "td": 3.0,
    "blockquote": 3.0, "address": -3.0, "ol": -3.0, "ul": -3.0, "dl": -3.0, "dd": -3.0,
    "dt": -3.0, "li": -3.0, "form": -3.0, "th": -5.0, "h1": -5.0, "h2": -5.0, "h3": -5.0,
    "h4": -5.0, "h5": -5.0, "h6": -5.0, "nav": -25.0, "aside": -25.0, "footer": -25.0,
    "header": -10.0,
}  # fmt: skip
# commas: "," "，" "、" "،" (counted with str.count, four C scans beat one regex findall)
_WORDISH = regex.compile(r"\w")
_MIN_PARA = 25
# A voting block under this many characters is a label as often as a line of the story
# ("Sign in to your account", "MOST POPULAR STUDENT BLOG POSTS"): when a parent adds
# _CLIMB_BRIEF_EXTRA characters or more, its brief blocks count half as prose for the
# climb (a parent adding less adds a headline, a dek or a byline over the story)
_BRIEF = 40
_CLIMB_BRIEF_EXTRA = 100
# share of a paragraph's value given to its container and the ancestors above it
_LEVELS = (1.0, 0.5, 1 / 6, 1 / 9, 1 / 12)
_ALTERNATIVE = 0.75  # candidates within this share of the best are alternatives
_MIN_ALTERNATIVES = 3
_SIBLING_SHARE = 0.2
_PAGE_CHROME = T_NAV | T_ASIDE | T_FOOTER  # the page's chrome by its tags
_TAG_BITS = ~((1 << 16) - 1)  # the tag-context bits (html.blocks: groups sit below 1 << 16)
_AD_MAX_CHARS = 500  # an element named as an ad that holds this much unlinked text is none
# a block this long in the story whose links are at most 7/10 of its text is a paragraph
# citing its sources (a blog's, a wire story's), not a list of links
_LINKED_PROSE_CHARS = 120
# ...of the share to beat when the best lies under page chrome (a sidebar box outvoting
# a short post): a third
_CHROME_SHARE = 1 / 3
_HEADLINE_REACH = 12  # blocks under the headline where its story must start
_ANCHOR_MIN_SCORE = 3.0  # ...and what it must score (a paragraph)
_DEFAULT = Options()


@dataclass(frozen=True, slots=True)
class Selection:
    """The blocks of the main story (indices into ``Dom.blocks``).

    ``rules`` maps each removed block to its rule name; ``title`` is the
    headline block (or None).
    """

    body: tuple[int, ...]
    title: int | None
    rules: dict[int, str]
    container: int  # the chosen element (-1 when the page has no text)


@functools.cache
def _chrome_phrases(language: str) -> frozenset[str]:
    rows = chrome_entries(language, "chrome_lines")
    return frozenset(e.partition("\t")[0].strip().casefold() for e in rows)


def _class_weight(bits: int) -> float:
    weight = 0.0
    if bits & _CONTENT:
        weight += 25.0
    if bits & (_NEGATIVE | T_NAV | T_ASIDE | T_FOOTER):
        weight -= 25.0
    return weight


def select_content(
    dom: Dom,
    *,
    language: str = "en",
    options: Options | None = None,
    headline: str | None = None,
) -> Selection:
    """Choose the main story's blocks and name the rule of every other block.

    ``headline`` is the page's title as its metadata reads it; the story
    printed under that heading wins over a longer text elsewhere when it
    scores a fair share of the best (``Options.headline_min_share``).
    """
    options = options or _DEFAULT
    blocks = dom.blocks
    if not blocks or not dom.tags:
        return Selection((), None, {}, -1)
    chars, links = _subtree_text(dom)
    own = _effective(dom.own, chars, links)
    headings = [k for k, b in enumerate(blocks) if b.heading]  # a dozen a page
    _headline_not_aside(dom, own, headings)
    score, prior, good, brief, voted = _votes(dom, own, _muted(dom.parent, own, chars))
    best, best_score = _scale_scores(voted, score, prior, chars, links, options.html_prior_cap)
    best, anchored = _region_top(
        dom, own, headings, headline, best, best_score, score, voted, options
    )
    best = _climb(best, dom.parent, chars, links, good, brief, options)
    marked = _article_inside(dom, best, good)
    if marked != best:  # the story the page marked up: its siblings are not the story's
        best, roots = marked, {marked}
    else:
        roots = _roots(dom, best, score, chars, links, best_score)
    roots |= _chunks(dom, headings, best, chars, links, good)
    chosen = _clean(dom, roots, best, own, chars, language)
    picked = _denser(dom, chosen, roots, own, chars, language, options, anchored)
    if picked is chosen and (more := _cousins(dom, best, chars, links, good)) - roots:
        picked = _clean(dom, roots | more, best, own, chars, language)
    return _printed_headline(dom, picked, headline) if headline else picked


def _denser(
    dom: Dom,
    chosen: Selection,
    roots: set[int],
    own: list[int],
    chars: list[int],
    language: str,
    options: Options,
    anchored: bool = False,
) -> Selection:
    """``chosen``, or the densest element's selection (:func:`html.density.densest`)
    when its cleaned text is at least ``Options.html_density_ratio`` times
    ``chosen``'s and it lies apart from ``chosen``'s region (unless the region is
    ``anchored`` by the page's headline, starting under it or holding it: the story,
    however short, is there),
    or around it with the text it adds printed in the markup of ``chosen``'s
    (:func:`_same_markup`).

    The two selections read different evidence (votes weighted by names, text
    density with no names); when they disagree on where the story is, the one
    holding several times the text the page backs is taken. A candidate inside
    the region is no disagreement: cleaning decides there.
    """
    alt = densest(dom)
    if alt < 0:
        return chosen
    place = _place(dom.parent, roots, alt)
    if place == _INSIDE or (place == _APART and anchored):
        return chosen
    other = _clean(dom, {alt}, alt, own, chars, language)
    if _unlinked(dom, other.body) < options.html_density_ratio * max(
        _unlinked(dom, chosen.body), 1
    ):
        return chosen
    if place == _AROUND and not _same_markup(dom, chosen.body, other.body):
        return chosen  # more of the page around the story: cards, teasers, a sidebar
    if place == _APART and _teasers(dom, alt) >= _TEASER_CARDS:
        return chosen  # a list of linked headlines over teasers: related cards, no story
    return other


_TEASER_CARDS = 2  # linked headlines over a teaser that make a candidate a list of cards
_HEADLINE_CHARS = 200  # a linked headline is no longer
_TEASER_CHARS = 80  # an unlinked block this long under it is its teaser


def _teasers(dom: Dom, i: int) -> int:
    """How many linked headlines over an unlinked teaser element ``i``'s
    subtree holds: a related-stories module's cards (a story's paragraphs
    are not links, its subheadings no links over text)."""
    last = _last_descendant(dom.parent, i)
    found = 0
    above: HtmlBlock | None = None
    for b in dom.blocks:
        if not i <= b.owner <= last:
            continue
        if (
            above is not None
            and b.links * 2 < len(b.text)
            and len(b.text) >= _TEASER_CHARS
            and above.links * 2 >= len(above.text)
        ):
            found += 1
        above = b if len(b.text) <= _HEADLINE_CHARS else None
    return found


def _last_descendant(parent: list[int], i: int) -> int:
    """The last element of ``i``'s subtree (one run of elements after it)."""
    last = i
    while last + 1 < len(parent) and parent[last + 1] >= i:
        last += 1
    return last


def _same_markup(dom: Dom, body: tuple[int, ...], wider: tuple[int, ...]) -> bool:
    """True when at least half the text ``wider`` adds to ``body`` sits in blocks of the
    markup of ``body``'s own (the owner's tag and class, and its parent's class).

    A story cut into several containers, or a page of several posts, prints its
    added paragraphs as it printed the first; teasers, cards and sidebars around
    a story print theirs otherwise.
    """
    blocks, tags, classes, parent = dom.blocks, dom.tags, dom.classes, dom.parent

    def markup(k: int) -> tuple[str, str, str]:
        o = blocks[k].owner
        return tags[o], classes[o], classes[parent[o]] if parent[o] >= 0 else ""

    own = {markup(k) for k in body}
    mine = set(body)
    added = same = 0
    for k in wider:
        if k not in mine:
            n = len(blocks[k].text)
            added += n
            if markup(k) in own:
                same += n
    return same * 2 >= added


_APART, _INSIDE, _AROUND = 0, 1, 2


def _place(parent: list[int], roots: set[int], i: int) -> int:
    """Where element ``i`` lies against the region of ``roots``: ``_INSIDE`` a root's
    subtree (or a root), ``_AROUND`` one (holding a root), else ``_APART``.

    >>> [_place([-1, 0, 1, 0], {1}, i) for i in (3, 2, 0)] == [_APART, _INSIDE, _AROUND]
    True
    """
    if any(a in roots for a in _ancestors(parent, i)):
        return _INSIDE
    # (``i``'s subtree is one run of elements after it, each parented inside it)
    last = _last_descendant(parent, i)
    return _AROUND if any(i < r <= last for r in roots) else _APART


def _unlinked(dom: Dom, body: tuple[int, ...]) -> int:
    """The unlinked characters of blocks ``body``."""
    blocks = dom.blocks
    return sum(len(blocks[k].text) - blocks[k].links for k in body)


def _subtree_text(dom: Dom) -> tuple[list[int], list[int]]:
    """Characters and link characters of each element's subtree."""
    n_el = len(dom.tags)
    parent = dom.parent
    chars = [0] * n_el
    links = [0] * n_el
    # blocks are unpacked, not read by name: a named tuple's fields are descriptors
    for text, owner, _tag, n_links, _flags, _heading in dom.blocks:
        chars[owner] += len(text)
        links[owner] += n_links
    for i in range(n_el - 1, 0, -1):  # children come after parents
        c = chars[i]
        if c and (p := parent[i]) >= 0:  # an element without text adds nothing (nor links)
            chars[p] += c
            links[p] += links[i]
    return chars, links


def _muted(parent: list[int], own: list[int], chars: list[int]) -> list[bool]:
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


def _votes(
    dom: Dom, own: list[int], muted: list[bool]
) -> tuple[list[float], list[float], list[int], list[int], list[int]]:
    """Each paragraph-like block's votes for its container and the ancestors above.

    Returns the raw votes and the tag/class prior of every element, the
    characters of voting blocks in each subtree (outside lists) and of those
    under ``_BRIEF`` characters, and the elements given votes (in order of
    their first vote).
    """
    parent, has_child, tags = dom.parent, dom.has_block_child, dom.tags
    n_el = len(tags)
    score = [0.0] * n_el
    prior = [0.0] * n_el
    good = [0] * n_el  # characters of voting (paragraph-like) blocks in the subtree
    brief = [0] * n_el  # ...of those under _BRIEF characters
    seen = [False] * n_el
    voted: list[int] = []
    for text, owner, _tag, n_links, flags, heading in dom.blocks:
        n = len(text)
        if n < _MIN_PARA or heading or n_links * 2 > n or muted[owner]:
            continue
        if not flags & T_LIST:  # bullets (key points, teasers) do not pull the region up
            good[owner] += n
            if n < _BRIEF:
                brief[owner] += n
        commas = text.count(",") + text.count("，") + text.count("、") + text.count("،")
        value = 1.0 + commas + min(n / 100.0, 3.0)
        t = owner if has_child[owner] else parent[owner]
        for share in _LEVELS:
            if t < 0:
                break
            if not seen[t]:
                seen[t] = True
                voted.append(t)
                prior[t] = _TAG_BASE.get(tags[t], 0.0) + _class_weight(own[t])
            score[t] += value * share
            t = parent[t]
    for i in range(n_el - 1, 0, -1):
        g = good[i]
        if g and (p := parent[i]) >= 0:
            good[p] += g
            brief[p] += brief[i]
    return score, prior, good, brief, voted


def _scale_scores(
    voted: list[int],
    score: list[float],
    prior: list[float],
    chars: list[int],
    links: list[int],
    cap: float,
) -> tuple[int, float]:
    """Turn the votes in ``score`` into scores in place; the best element and its score.

    Sorts ``voted`` into page order, so ties go to the first element.
    """
    best, best_score = -1, 0.0
    voted.sort()
    for i in voted:
        votes = score[i]
        # tag and class can at most double the evidence of an element's own text
        s = (votes + min(prior[i], votes * cap)) * (
            1.0 - (links[i] / chars[i] if chars[i] else 0.0)
        )
        score[i] = s
        if s > best_score:
            best, best_score = i, s
    return best, best_score


def _region_top(
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
    holding = set(_ancestors(parent, blocks[at].owner))  # the headline's element and above
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
    wrappers = set(_ancestors(parent, parent[best]))  # climbing finds those if the story
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
        if bits & _PAGE_CHROME:
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


# the share of the region's prose its one <article> must hold to be the region instead
_ARTICLE_SHARE = 0.5


def _article_inside(dom: Dom, best: int, good: list[int]) -> int:
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
    last = _last_descendant(parent, best)
    found, end = -1, -1
    # the few elements marked as articles, picked out in C
    marked = map(T_ARTICLE.__and__, own[best + 1 : last + 1])
    for a in itertools.compress(range(best + 1, last + 1), marked):
        if a <= end or tags[a] == "main":
            continue  # in the one found (a comment marked up as an article); a page region
        if found >= 0:
            return best  # two stories, or one story in two boxes
        found, end = a, _last_descendant(parent, a)
    if found >= 0 and good[found] >= _ARTICLE_SHARE * total:
        return found
    return best


def _climb(
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


def _roots(
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
    >>> teasers = "".join(f"<h3>Feature {i}</h3><p>A line about feature {i}.</p>" for i in range(3))
    >>> story = "<h3>Background</h3>" + "<p>The council met on Monday.</p>" * 4
    >>> dom = extract_blocks(parse_html(f"<div>{teasers}</div><div>{story}</div>"))
    >>> divs = [i for i, t in enumerate(dom.tags) if t == "div"]
    >>> _teaser_lists(dom, divs) == {divs[0]}
    True
    """
    parent = dom.parent
    starts = elements
    ends = [_last_descendant(parent, i) for i in elements]
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


def _cousins(
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
            if c < _MIN_PARA:
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
    spans = [(q, _last_descendant(parent, q)) for q in rows]
    cells = [(at[q], _last_descendant(parent, at[q])) for q in rows]
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


def _chunks(
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
        return next((a for a in _ancestors(parent, i) if tags[a] == "article"), -1)

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
            or len(opening.text) < _MIN_PARA
            or sum(1 for b in mine if b.heading) * 3 > len(mine)
            or any(last[best] < h < i for h in h1)
            or article_of(i) != home
        ):
            break  # the run of chunks ends at the first that is not story text
        out.add(i)
        i = last[i] + 1
    return out


def _headline_not_aside(dom: Dom, own: list[int], headings: list[int]) -> None:
    """Clear the aside tag of the elements holding the page's first ``<h1>``.

    Some sites mark up the story itself as an ``<aside>`` (``<main><aside><section>
    <h1>``); a sidebar does not hold the page's headline.
    """
    h1 = next((dom.blocks[k].owner for k in headings if dom.blocks[k].heading == 1), -1)
    for a in _ancestors(dom.parent, h1):
        own[a] &= ~T_ASIDE


def _ancestors(parent: list[int], i: int) -> Iterator[int]:
    """Element ``i`` and its ancestors, up to the root (nothing for -1)."""
    while i >= 0:
        yield i
        i = parent[i]


def _effective(own: list[int], chars: list[int], links: list[int]) -> list[int]:
    """Own bits, without chrome groups where a content token stands beside them,
    and without the ad group on an element holding running text.

    ``article-share-top`` or ``post-content widget`` name the story's own
    container as often as chrome (readability's rule). An ad slot holds a
    label and a link or two; a section named ``o-section--has-ads`` or
    ``Section--Ads`` that holds paragraphs of unlinked text is a part of
    the story where ads may be placed.
    """
    out = [b & ~_NEGATIVE if b & _CONTENT else b for b in own]
    for i in itertools.compress(range(len(out)), map(_AD.__and__, out)):  # the few ad-named
        if chars[i] >= _AD_MAX_CHARS and links[i] * 4 < chars[i]:
            out[i] &= ~_AD
    return out


def _clean(
    dom: Dom, roots: set[int], best: int, own: list[int], chars: list[int], language: str
) -> Selection:
    phrases = _chrome_phrases(language)
    blocks = dom.blocks
    parent = dom.parent
    n_el = len(dom.tags)
    # the region: the roots' subtrees; nothing before the first root is inside
    first = min(roots)
    inside = [False] * n_el
    for i in range(first, n_el):
        p = parent[i]
        if (p >= 0 and inside[p]) or i in roots:
            inside[i] = True
    # the text of the region's top elements
    region_chars = sum(chars[r] for r in roots if parent[r] < 0 or not inside[parent[r]])
    # A region that is the whole page found no container: its class names are
    # the layout's, not evidence (a story's wrapper holds under half of a busy
    # page), so only tags (nav, footer, aside...) speak there.
    mask = _TAG_BITS if any(parent[r] < 0 for r in roots) else -1
    # flags inherited from inside the region only (the page body's classes do not count),
    # and not from an element holding most of the region's text (a wrapper, not chrome)
    local = [0] * n_el
    for i in range(first, n_el):
        if not inside[i]:
            continue
        p = parent[i]
        bits = own[i] & mask if chars[i] * 2 < region_chars else 0
        local[i] = bits | (local[p] if p >= 0 and inside[p] else 0)
    rules: dict[int, str] = {}
    body: list[int] = []
    title: int | None = None
    first_body = -1
    by_flags: dict[int, str | None] = {}  # the flag part of the outside rule, per call
    captions: list[int] = []  # blocks removed as captions inside the region
    linked: list[int] = []  # blocks removed as link-dense inside the region
    boxed: set[int] = set()  # <h1>s removed inside the region under an aside, a nav...
    for k, (text, owner, _tag, n_links, flags, heading) in enumerate(blocks):
        if not inside[owner]:
            if flags in by_flags:
                named = by_flags[flags]
            else:
                named = by_flags[flags] = _outside_flag_rule(flags)
            if named is None:
                named = _LINK_DENSE_RULE if n_links * 2 > len(text) else "html.outside"
            rules[k] = named
            continue
        why = _inside_rule(local[owner], text, n_links, phrases)
        if why is None and heading == 1 and title is None and _preamble(blocks, body):
            title = k
            continue
        if why is not None:
            rules[k] = why
            if heading == 1 and why == "html.nav":
                boxed.add(k)  # (an <h1> of a box inside the story: no headline)
            if why == _CAPTION_RULE:
                captions.append(k)
            elif why == _LINK_DENSE_RULE:
                linked.append(k)
            continue
        if first_body < 0:
            first_body = k
        body.append(k)
    if linked and body:  # a few blocks a page: read once the body is known
        kept = set(body)
        # (a link-dense block between two kept story blocks: the story's own
        # linked sentence, or the address it cites)
        if back := [
            k
            for k in linked
            if k - 1 in kept
            and k + 1 in kept
            and (_linked_sentence(blocks, k) or _cited_url(blocks, k))
        ]:
            for k in back:
                del rules[k]
            body = sorted(body + back)
    if captions and _photo_essay(blocks, body, captions):
        for k in captions:
            del rules[k]
        body = sorted(body + captions)
        first_body = body[0]
    if title is None:
        title = _title_before(dom, first_body, boxed)
        if title is not None:
            rules.pop(title, None)
    return Selection(tuple(body), title, rules, best)


_LINK_DENSE_RULE = "html.link_dense"
# A text that ends as a sentence does, a closing quote or bracket after it
# (a story's linked sentence here; a card's teaser in ``html.cards``).
TERMINAL = regex.compile(r"[.!?…。！？।][\"'”’)]?$")
_LINKED_SENTENCE_WORDS = 6  # words (space-separated) of the shortest linked sentence kept
_LINKED_SENTENCE_SHARE = 0.9  # ...and its links stay under this share of its text


def _linked_sentence(blocks: list[HtmlBlock], k: int) -> bool:
    """True when block ``k``, short and removed as link-dense, reads as a sentence of the
    story (``_clean`` asks only with kept story blocks right above and below it): it
    ends as a sentence ends, holds six words or more and some unlinked text
    ("<a>The suspect, Michael Webb</a>,
    was <a>convicted</a> last Thursday."). A story names people and places in links;
    a promo between paragraphs is one link, and a list of linked headlines has no
    paragraph between its lines and no full stop. Longer blocks have their own share
    (``_LINKED_PROSE_CHARS``).

    >>> from newsclean.html.blocks import extract_blocks
    >>> from newsclean.html.parse import parse_html
    >>> p = "<p>The council met on Monday, and the vote was close after a long debate.</p>"
    >>> dom = extract_blocks(parse_html(
    ...     f"{p}<p><a href='/a'>The mayor, Ann Lee</a>, voted <a href='/b'>against</a> "
    ...     f"it.</p>{p}<p><a href='/c'>Read all our coverage of the vote here.</a></p>{p}"))
    >>> [_linked_sentence(dom.blocks, k) for k in (1, 3)]
    [True, False]
    """
    text = blocks[k].text.rstrip()
    return (
        len(text) < _LINKED_PROSE_CHARS
        and TERMINAL.search(text) is not None
        and blocks[k].links < _LINKED_SENTENCE_SHARE * len(text)
        and len(text.split()) >= _LINKED_SENTENCE_WORDS
    )


# a web address written out: what the reader is to type or follow, the author's citation
_URL_TEXT = regex.compile(r"(?:https?://|www\.)\S")


def _cited_url(blocks: list[HtmlBlock], k: int) -> bool:
    """True when block ``k``, removed as link-dense, writes a web address out
    (``_clean`` asks only with kept story blocks right above and below it): the
    story citing its source ("Read more here: http://www.example.com", a
    product's link under its name). A menu's
    links are words ("Home", "Sports"), never the address itself; addresses as list
    items are a list of links (references, a directory), left out as before.

    >>> from newsclean.html.blocks import extract_blocks
    >>> from newsclean.html.parse import parse_html
    >>> p = "<p>The council met on Monday, and the vote was close after a long debate.</p>"
    >>> dom = extract_blocks(parse_html(
    ...     f"{p}<p><a href='/a'>https://example.org/budget-2025</a></p>{p}"
    ...     f"<p><a href='/b'>Budget coverage</a></p>{p}"))
    >>> [_cited_url(dom.blocks, k) for k in (1, 3)]
    [True, False]
    """
    return not blocks[k].flags & T_LIST and _URL_TEXT.search(blocks[k].text) is not None


_CAPTION_RULE = "html.caption"
_ESSAY_MIN_CHARS = 500  # caption text that can tell a story (several sentences)
_ESSAY_SHARE = 2  # ...and holds this many times the rest of the region's text


def _photo_essay(blocks: list[HtmlBlock], body: list[int], captions: list[int]) -> bool:
    """True when the region's captions hold its story: a photo post or essay tells it in
    the captions under its pictures, several times the text left beside them (a story's
    own captions are a line or two under its paragraphs).

    >>> from newsclean.html.blocks import extract_blocks
    >>> from newsclean.html.parse import parse_html
    >>> para = "We drove north at dawn, and the road climbed into the hills for hours."
    >>> dom = extract_blocks(parse_html(
    ...     f'<div><p>Day one</p><div class="caption"><p>{para * 8}</p></div></div>'))
    >>> _photo_essay(dom.blocks, [0], [1]), _photo_essay(dom.blocks, [1], [0])
    (True, False)
    """
    told = sum(len(blocks[k].text) - blocks[k].links for k in captions)
    rest = sum(len(blocks[k].text) - blocks[k].links for k in body)
    return told >= _ESSAY_MIN_CHARS and told > _ESSAY_SHARE * rest


_PREAMBLE_BLOCKS = 4  # blocks a story's header prints above its <h1>, at most
_PREAMBLE_CHARS = 80  # ... each this short (a paragraph is longer)


def _preamble(blocks: list[HtmlBlock], body: list[int]) -> bool:
    """Whether the blocks kept before an ``<h1>`` are a story header's, not
    the story (``preamble``), so the ``<h1>`` is still the headline."""
    return len(body) <= _PREAMBLE_BLOCKS and preamble([blocks[k].text for k in body])


def preamble(texts: list[str]) -> bool:
    """Whether lines kept above a headline are a story header's, not the story:
    a few short lines (a kicker, a date, a byline, a breadcrumb, the page's
    address). None is a preamble too.

    >>> preamble(["Politics", "https://example.com/news/2025/06/05/budget-passes-123.html"])
    True
    >>> story = "The council approved the new budget on Monday after a long debate, its aides said."
    >>> len(story) >= 80
    True
    >>> preamble([story])
    False
    """
    return len(texts) <= _PREAMBLE_BLOCKS and all(
        len(text) < _PREAMBLE_CHARS or " " not in text  # (or a web address)
        for text in texts
    )


_OTHER_HEADING_RULE = "html.other_heading"
_HEADING_TAGS = frozenset(("h1", "h2", "h3"))
_PRINTING_SLACK = 10  # characters a printing may differ in length from its key
_NO_HEADING = 9  # the rank of a block in no heading
_HEADING_DEPTH = 3  # elements between a block and the heading holding it (<h1><div><span>)


def _printed_headline(dom: Dom, sel: Selection, headline: str) -> Selection:
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


def _title_before(dom: Dom, first_body: int, boxed: set[int]) -> int | None:
    """The last ``<h1>`` before the body, else the last ``<h2>`` just above it; not an
    ``<h1>`` of ``boxed``, heading a box the region holds under an ``<aside>`` or a
    menu ("More on Slate Book Review" over its links, above the story's text)."""
    if first_body < 0:
        return None
    h2 = None
    for k in range(first_body - 1, -1, -1):
        b = dom.blocks[k]
        if b.heading == 1 and k not in boxed:
            return k
        if b.heading == 2 and h2 is None and first_body - k <= 6:
            h2 = k
    return h2


_CLASS_RULES = (
    (_SHARE, "html.class_share"),
    (_COMMENTS, "html.class_comments"),
    (_RELATED, "html.class_related"),
    (_NEWSLETTER, "html.class_newsletter"),
    (_AD, "html.class_ad"),
    (_COOKIE, "html.class_cookie"),
)


def _class_rule(flags: int) -> str | None:
    """The rule a class/id token group names, in order of precedence."""
    for group, name in _CLASS_RULES:
        if flags & group:
            return name
    return None


def _outside_flag_rule(flags: int) -> str | None:
    """The rule of a block outside the region that its flags alone name, or None."""
    if flags & (T_NAV | _NAVC):
        return "html.nav"
    by_class = _class_rule(flags)
    if by_class is not None:
        return by_class
    if flags & (T_FOOTER | T_ASIDE | T_HEADER | T_FORM):
        return "html.nav"
    return None


def _inside_rule(flags: int, text: str, links: int, phrases: frozenset[str]) -> str | None:
    n = len(text)
    if flags & (T_NAV | T_ASIDE | T_FOOTER | T_FORM):
        return "html.nav"
    if flags & T_HEADER:
        return "html.header"
    by_class = _class_rule(flags)
    if by_class is not None:
        return by_class
    if flags & (T_CAPTION | _CAPTION):
        return _CAPTION_RULE
    if flags & (_BYLINE | T_ADDRESS) and n < 200:
        return "html.class_byline"
    if flags & _NAVC:
        return "html.nav"
    if links * 2 > n and (n < _LINKED_PROSE_CHARS or links * 10 > n * 7):
        return _LINK_DENSE_RULE
    if not _WORDISH.search(text):
        return "html.punctuation"
    if n < 60 and text.casefold() in phrases:
        return "line.chrome_phrase"
    return None
