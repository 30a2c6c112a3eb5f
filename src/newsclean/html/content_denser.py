"""Main-content selection: the densest text taken over the voted region.

Votes weighted by names and text density with no names read different
evidence; when the densest element (``html.density.densest``) lies apart
from the chosen region and holds several times its cleaned text, or
around it with the text it adds printed in the same markup, it is the
story instead, cleaned as any region is (``denser``).
"""

from __future__ import annotations

from newsclean.core.options import Options
from newsclean.html.blocks import Dom, HtmlBlock
from newsclean.html.content_clean import Selection, clean_region
from newsclean.html.content_groups import ancestors_of, last_descendant
from newsclean.html.density import densest


def denser(
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
    other = clean_region(dom, {alt}, alt, own, chars, language)
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
    last = last_descendant(dom.parent, i)
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
    if any(a in roots for a in ancestors_of(parent, i)):
        return _INSIDE
    # (``i``'s subtree is one run of elements after it, each parented inside it)
    last = last_descendant(parent, i)
    return _AROUND if any(i < r <= last for r in roots) else _APART


def _unlinked(dom: Dom, body: tuple[int, ...]) -> int:
    """The unlinked characters of blocks ``body``."""
    blocks = dom.blocks
    return sum(len(blocks[k].text) - blocks[k].links for k in body)
