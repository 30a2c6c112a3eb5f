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

This module runs the steps (``select_content``); each is a module of its
own, one way down: ``content_groups`` (what an element's tag and class/id
groups say), ``content_votes`` (step 1), ``content_anchor`` (where the
story printed under the page's headline is), ``content_region`` (step 2:
the region climbed, its siblings, cousins and chunks, the article inside),
``content_clean`` (step 3, and the ``Selection`` value),
``content_headline`` (the headline the page prints over the story) and
``content_denser`` (a denser story beside a box of teasers).

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

from newsclean.core.options import Options
from newsclean.html.blocks import Dom
from newsclean.html.content_anchor import region_top
from newsclean.html.content_clean import TERMINAL, Selection, clean_region, preamble
from newsclean.html.content_denser import denser
from newsclean.html.content_groups import effective, muted_by
from newsclean.html.content_headline import printed_headline
from newsclean.html.content_region import (
    article_inside,
    body_chunks,
    climbed_to,
    cousins,
    headline_not_aside,
    prose_over_list,
    root_elements,
)
from newsclean.html.content_votes import element_votes, scale_scores, subtree_text

__all__ = ["TERMINAL", "Selection", "preamble", "select_content"]

_DEFAULT = Options()


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
    chars, links = subtree_text(dom)
    own = effective(dom.own, chars, links)
    headings = [k for k, b in enumerate(blocks) if b.heading]  # a dozen a page
    headline_not_aside(dom, own, headings)
    score, prior, good, brief, voted = element_votes(dom, own, muted_by(dom.parent, own, chars))
    best, best_score = scale_scores(voted, score, prior, chars, links, options.html_prior_cap)
    best, anchored = region_top(
        dom, own, headings, headline, best, best_score, score, voted, options
    )
    if not anchored:
        best = prose_over_list(best, score, good, voted, dom)
    best = climbed_to(best, dom.parent, chars, links, good, brief, options)
    marked = article_inside(dom, best, good)
    if marked != best:  # the story the page marked up: its siblings are not the story's
        best, roots = marked, {marked}
    else:
        roots = root_elements(dom, best, score, chars, links, best_score)
    roots |= body_chunks(dom, headings, best, chars, links, good)
    chosen = clean_region(dom, roots, best, own, chars, language)
    picked = denser(dom, chosen, roots, own, chars, language, options, anchored)
    if picked is chosen and (more := cousins(dom, best, chars, links, good)) - roots:
        picked = clean_region(dom, roots | more, best, own, chars, language)
    return printed_headline(dom, picked, headline) if headline else picked
