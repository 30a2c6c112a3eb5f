"""Main-content selection, step 3: the region cleaned, every removal named.

Inside the region, blocks under chrome, captions, bylines, link-dense
blocks and known chrome phrases go, each with its rule; outside it, every
block goes under its most telling feature's rule (``clean_region``). The
result is a ``Selection``: the story's blocks, its headline, and the rule
of each removed block.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from newsclean.core.lexicon import chrome_entries
from newsclean.html.blocks import (
    T_ADDRESS,
    T_ASIDE,
    T_CAPTION,
    T_FOOTER,
    T_FORM,
    T_HEADER,
    T_LIST,
    T_NAV,
    Dom,
    HtmlBlock,
)
from newsclean.html.content_groups import (
    AD,
    BYLINE,
    CAPTION,
    COMMENTS,
    COOKIE,
    LINKED_PROSE_CHARS,
    NAVC,
    NEWSLETTER,
    RELATED,
    SHARE,
    TAG_BITS,
)

# commas: "," "，" "、" "،" (counted with str.count, four C scans beat one regex findall)
_WORDISH = regex.compile(r"\w")


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


def clean_region(
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
    mask = TAG_BITS if any(parent[r] < 0 for r in roots) else -1
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
            and (
                _linked_sentence(blocks, k)
                or _cited_url(blocks, k)
                or _linked_item(blocks, parent, k)
            )
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
    story (``clean_region`` asks only with kept story blocks right above and below it): it
    ends as a sentence ends, holds six words or more and some unlinked text
    ("<a>The suspect, Michael Webb</a>,
    was <a>convicted</a> last Thursday."). A story names people and places in links;
    a promo between paragraphs is one link, and a list of linked headlines has no
    paragraph between its lines and no full stop. Longer blocks have their own share
    (``LINKED_PROSE_CHARS``).

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
        len(text) < LINKED_PROSE_CHARS
        and TERMINAL.search(text) is not None
        and blocks[k].links < _LINKED_SENTENCE_SHARE * len(text)
        and len(text.split()) >= _LINKED_SENTENCE_WORDS
    )


def _linked_item(blocks: list[HtmlBlock], parent: list[int], k: int) -> bool:
    """True when block ``k``, removed as link-dense, is an item of a list between two
    items of it that hold no link (``clean_region`` asks only with kept story blocks
    right above and below it), and is more than a word: a recipe's ingredient or a
    how-to's step the site links to a shop or a glossary is the story's as its unlinked
    neighbours are. A list of linked headlines or a toolbar has its items all linked.

    >>> from newsclean.html.blocks import extract_blocks
    >>> from newsclean.html.parse import parse_html
    >>> p = "<p>The council met on Monday, and the vote was close after a long debate.</p>"
    >>> dom = extract_blocks(parse_html(
    ...     f"{p}<ul><li>2 cups flour, sifted</li><li><a href='/s'>1 tsp pumpkin spice</a></li>"
    ...     f"<li>2 large eggs, beaten</li></ul><p><a href='/r'>Related story here</a></p>{p}"))
    >>> [_linked_item(dom.blocks, dom.parent, k) for k in (2, 4)]
    [True, False]
    """
    b = blocks[k]
    if b.tag != "li" or " " not in b.text:
        return False
    up = parent[b.owner]
    return all(
        n.tag == "li" and not n.links and n.owner != b.owner and parent[n.owner] == up
        for n in (blocks[k - 1], blocks[k + 1])
    )


# a web address written out: what the reader is to type or follow, the author's citation
_URL_TEXT = regex.compile(r"(?:https?://|www\.)\S")


def _cited_url(blocks: list[HtmlBlock], k: int) -> bool:
    """True when block ``k``, removed as link-dense, writes a web address out
    (``clean_region`` asks only with kept story blocks right above and below it): the
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
    (SHARE, "html.class_share"),
    (COMMENTS, "html.class_comments"),
    (RELATED, "html.class_related"),
    (NEWSLETTER, "html.class_newsletter"),
    (AD, "html.class_ad"),
    (COOKIE, "html.class_cookie"),
)


def _class_rule(flags: int) -> str | None:
    """The rule a class/id token group names, in order of precedence."""
    for group, name in _CLASS_RULES:
        if flags & group:
            return name
    return None


def _outside_flag_rule(flags: int) -> str | None:
    """The rule of a block outside the region that its flags alone name, or None."""
    if flags & (T_NAV | NAVC):
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
    if flags & (T_CAPTION | CAPTION):
        return _CAPTION_RULE
    if flags & (BYLINE | T_ADDRESS) and n < 200:
        return "html.class_byline"
    if flags & NAVC:
        return "html.nav"
    if links * 2 > n and (n < LINKED_PROSE_CHARS or links * 10 > n * 7):
        return _LINK_DENSE_RULE
    if not _WORDISH.search(text):
        return "html.punctuation"
    if n < 60 and text.casefold() in phrases:
        return "line.chrome_phrase"
    return None
