"""Main-content selection, step 1: every container's score from its paragraphs' votes.

A paragraph-like block votes for its container and the ancestors above it
(by ``_LEVELS``), worth its commas and length; each element starts from
its tag and class/id groups, and its total is scaled by its subtree's
link density (``element_votes``, ``scale_scores``). See ``html.content``.
"""

from __future__ import annotations

from newsclean.html.blocks import T_LIST, Dom
from newsclean.html.content_groups import MIN_PARA, class_weight

_TAG_BASE = {
    "div": 5.0, "article": 10.0, "main": 5.0, "section": 3.0, "pre": 3.0, "td": 3.0,
    "blockquote": 3.0, "address": -3.0, "ol": -3.0, "ul": -3.0, "dl": -3.0, "dd": -3.0,
    "dt": -3.0, "li": -3.0, "form": -3.0, "th": -5.0, "h1": -5.0, "h2": -5.0, "h3": -5.0,
    "h4": -5.0, "h5": -5.0, "h6": -5.0, "nav": -25.0, "aside": -25.0, "footer": -25.0,
    "header": -10.0,
}  # fmt: skip


# A voting block under this many characters is a label as often as a line of the story
# ("Sign in to your account", "MOST POPULAR STUDENT BLOG POSTS"): when a parent adds
# _CLIMB_BRIEF_EXTRA characters or more, its brief blocks count half as prose for the
# climb (a parent adding less adds a headline, a dek or a byline over the story)
_BRIEF = 40


# share of a paragraph's value given to its container and the ancestors above it
_LEVELS = (1.0, 0.5, 1 / 6, 1 / 9, 1 / 12)


def subtree_text(dom: Dom) -> tuple[list[int], list[int]]:
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


def element_votes(
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
        if n < MIN_PARA or heading or n_links * 2 > n or muted[owner]:
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
                prior[t] = _TAG_BASE.get(tags[t], 0.0) + class_weight(own[t])
            score[t] += value * share
            t = parent[t]
    for i in range(n_el - 1, 0, -1):
        g = good[i]
        if g and (p := parent[i]) >= 0:
            good[p] += g
            brief[p] += brief[i]
    return score, prior, good, brief, voted


def scale_scores(
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
