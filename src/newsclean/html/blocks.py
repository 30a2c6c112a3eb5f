"""DOM to blocks: the visible text of a page, one block element per block.

One walk over the tree (``lxml.etree.iterwalk``, no recursion, so nesting
depth costs nothing) writes every run of inline text between block-level
boundaries as an :class:`HtmlBlock` with the features content selection
needs: its text, the characters inside links, the element that holds it
(``owner``, an index into :class:`Dom`), the class/id token groups of that
element and its block ancestors, and the tag context (inside ``nav``,
``aside``, ``footer``, a list, a quote, a caption...). Scripts, styles,
forms controls, media and hidden elements (``hidden``, ``display:none``)
are not visible text and are skipped.

Class and id tokens are grouped by meaning in ``data/html_<group>.txt``
(share, newsletter, related, comments, cookie, ad, caption, byline, nav,
content); a group matches when one of its tokens occurs in an element's
class or id (tokens of three letters or fewer must be a whole token).
A few whole names belong to no group although a token occurs in them
(``data/html_neutral.txt``: "paywall" marks the story behind a paywall,
"paywall-modal" the prompt).

>>> from newsclean.html.parse import parse_html
>>> dom = extract_blocks(parse_html(
...     '<body><nav class="menu"><a href="/">Home</a></nav>'
...     '<div class="story"><p>One <a href="#">link</a> here.</p></div></body>'))
>>> [(b.text, b.links, has(b.flags, "nav")) for b in dom.blocks]
[('Home', 4, True), ('One link here.', 4, False)]
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from typing import NamedTuple, cast

import lxml.etree
import regex

from newsclean.html.parse import INVISIBLE, is_hidden, remove_keeping_tails

__all__ = [
    "GROUPS",
    "Dom",
    "HtmlBlock",
    "extract_blocks",
    "group_bit",
    "groups_of",
    "has",
]

# --- class/id token groups ------------------------------------------------------

GROUPS: tuple[str, ...] = (
    "share",
    "newsletter",
    "related",
    "comments",
    "cookie",
    "ad",
    "caption",
    "byline",
    "nav",
    "content",
)
_BIT = {name: 1 << i for i, name in enumerate(GROUPS)}

# tag-context bits, above the group bits
T_NAV = 1 << 16  # <nav>, role=navigation/menu
T_ASIDE = 1 << 17  # <aside>, role=complementary
T_FOOTER = 1 << 18  # <footer>, role=contentinfo
T_HEADER = 1 << 19  # <header>, role=banner
T_FORM = 1 << 20  # <form>, <fieldset>
T_FIGURE = 1 << 21  # <figure>
T_CAPTION = 1 << 22  # <figcaption>, <caption>
T_LIST = 1 << 23  # <li>, <dd>, <dt>
T_QUOTE = 1 << 24  # <blockquote>
T_TABLE = 1 << 25  # <td>, <th>
T_PRE = 1 << 26  # <pre>
T_ARTICLE = 1 << 27  # <article>, <main>, itemprop=articleBody
T_ADDRESS = 1 << 28  # <address>


def group_bit(name: str) -> int:
    """The bit of one group.

    >>> group_bit("share")
    1
    """
    return _BIT[name]


def has(flags: int, name: str) -> bool:
    """True when ``flags`` hold the group ``name``."""
    return bool(flags & _BIT[name])


def _tokens(group: str) -> tuple[str, ...]:
    """The tokens of ``data/html_<group>.txt``, lower-cased, comments dropped."""
    path = resources.files("newsclean.data").joinpath(f"html_{group}.txt")
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip().lower()
        if line:
            out.append(line)
    if not out:
        raise ValueError(f"empty class/id token group {group!r}")
    return tuple(out)


@functools.cache
def _group_tables() -> tuple[dict[str, int], dict[str, tuple[tuple[str, int], ...]]]:
    """Short tokens (whole-token match) with their bits, and long ones (substring
    match) keyed by their first four letters, so a name is checked only against
    the tokens one of its four-letter windows starts."""
    short: dict[str, int] = {}
    long: dict[str, list[tuple[str, int]]] = {}
    for group in GROUPS:
        for tok in _tokens(group):
            if len(tok) <= 3:
                short[tok] = short.get(tok, 0) | _BIT[group]
            else:
                long.setdefault(tok[:4], []).append((tok, _BIT[group]))
    return short, {k: tuple(v) for k, v in long.items()}


_SPLIT = regex.compile(r"[^a-z0-9]+")


@functools.cache
def _neutral_names() -> frozenset[str]:
    """Whole class names and ids that belong to no group (``data/html_neutral.txt``)."""
    return frozenset(_tokens("neutral"))


@functools.lru_cache(maxsize=65536)
def _name_bits(name: str) -> int:
    """The group bits of one class name or id (already lower-cased).

    >>> _name_bits("paywall"), _name_bits("paywall-modal") == group_bit("newsletter")
    (0, True)
    """
    if name in _neutral_names():
        return 0
    short, long = _group_tables()
    bits = 0
    for i in range(len(name) - 3):
        found = long.get(name[i : i + 4])
        if found:
            for tok, bit in found:
                if name.startswith(tok, i):
                    bits |= bit
    for part in _SPLIT.split(name):
        bits |= short.get(part, 0)
    return bits


# as large as the name cache: a news corpus of ~180 sites has ~17,000 distinct class/id
# strings, and a cache smaller than that misses on every element of the next pass
@functools.lru_cache(maxsize=65536)
def groups_of(attrs: str) -> int:
    """The group bits of a class/id string (lower-cased here).

    >>> [g for g in GROUPS if groups_of("social-share-bar") & group_bit(g)]
    ['share']
    >>> groups_of("header-ad") & group_bit("ad") > 0, groups_of("shadow") & group_bit("ad")
    (True, 0)
    """
    bits = 0
    for name in attrs.lower().split():
        bits |= _name_bits(name)
    return bits


# --- tags -------------------------------------------------------------------------

_SKIP = frozenset(INVISIBLE)
_BLOCK = frozenset(
    {
        "html", "body", "p", "div", "section", "article", "main", "header", "footer",
        "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt",
        "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
        "blockquote", "pre", "figure", "figcaption", "hr", "address", "details",
        "summary", "form", "fieldset", "legend", "center", "menu", "hgroup", "picture",
        "noindex", "frameset", "frame",
    }
)  # fmt: skip
_TAG_BITS = {
    "nav": T_NAV, "menu": T_NAV, "aside": T_ASIDE, "footer": T_FOOTER, "header": T_HEADER,
    "form": T_FORM, "fieldset": T_FORM, "figure": T_FIGURE, "figcaption": T_CAPTION,
    "caption": T_CAPTION, "li": T_LIST, "dd": T_LIST, "dt": T_LIST, "blockquote": T_QUOTE,
    "td": T_TABLE, "th": T_TABLE, "pre": T_PRE, "article": T_ARTICLE, "main": T_ARTICLE,
    "address": T_ADDRESS,
}  # fmt: skip
_ROLE_BITS = {
    "navigation": T_NAV, "menu": T_NAV, "menubar": T_NAV, "complementary": T_ASIDE,
    "contentinfo": T_FOOTER, "banner": T_HEADER, "search": T_FORM, "main": T_ARTICLE,
    "article": T_ARTICLE,
}  # fmt: skip
_EMBED_MASK = _BIT["share"]
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
# elements that hold no text: skipped whole, only their tails are read
_VOID = frozenset({"img", "source", "wbr", "track", "area", "param", "col"})
# the walk's last text when it skipped an element's text (<br>, <hr>); no page text
# is this string (parse_html drops NULs), and it is compared by identity
_UNREAD = "\x00unread"
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_INLINE_SHARE = 0.6  # a flagged inline element covering this share of a block flags it
# what the walk does with a tag, one dict lookup per start (absent: an inline element);
# a link is an inline element (kind <= 0) that counts link characters
_K_LINK, _K_INLINE, _K_BLOCK, _K_HR, _K_BR, _K_SKIP = -1, 0, 1, 2, 3, 4
_KINDS: dict[object, int] = {
    "a": _K_LINK,
    **dict.fromkeys(_BLOCK, _K_BLOCK),
    **dict.fromkeys((*_VOID, *_SKIP), _K_SKIP),
    # comments, processing instructions and entities: tags that are not names
    lxml.etree.Comment: _K_SKIP,
    lxml.etree.ProcessingInstruction: _K_SKIP,
    lxml.etree.Entity: _K_SKIP,
    "hr": _K_HR,
    "br": _K_BR,
}


class HtmlBlock(NamedTuple):
    """A run of visible text between block boundaries, with its features.

    A named tuple, not a frozen dataclass: a page has hundreds and a tuple
    is built several times faster.
    """

    text: str  # whitespace collapsed
    owner: int  # index of the block element holding it (``Dom`` arrays)
    tag: str  # the owner's tag
    links: int  # characters inside <a>
    flags: int  # group bits of the owner and its block ancestors, tag-context bits
    heading: int = 0  # 1-6 for <h1>-<h6>


@dataclass(slots=True)
class Dom:
    """The block elements of a page (parallel arrays) and its text blocks.

    ``parent[i] < i`` for every element but the first (document order), so
    one reverse pass can sum children into parents.
    """

    tags: list[str] = field(default_factory=list)
    parent: list[int] = field(default_factory=list)
    own: list[int] = field(default_factory=list)  # the element's own group and tag bits
    has_block_child: list[bool] = field(default_factory=list)
    blocks: list[HtmlBlock] = field(default_factory=list)
    classes: list[str] = field(default_factory=list)  # the element's class attribute ("")
    elements: list[lxml.etree._Element] = field(default_factory=list)  # the elements themselves

    def path(self, i: int) -> str:
        """The element's path in its tree (``/html/body/div[2]/p``), built on demand.

        >>> from newsclean.html.parse import parse_html
        >>> dom = extract_blocks(parse_html("<body><div>a</div><div><p>b</p></div></body>"))
        >>> dom.path(dom.blocks[1].owner)
        '/html/body/div[2]/p'
        """
        el = self.elements[i]
        return str(el.getroottree().getpath(el))  # _Paths builds the same, more cheaply


def _hidden(el: lxml.etree._Element) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


# A descendant the walk would skip as hidden (either mode) makes a menu worth
# walking. (One XPath, not a union with the tags below: libxml2 merges the node
# sets of a union in quadratic time.)
_HIDDEN_INSIDE = lxml.etree.XPath(
    "boolean(descendant::*[@hidden or @aria-hidden='true' or @style])"
)


def _collapsible(el: lxml.etree._Element) -> bool:
    """A menu whose text can be read in one piece: nothing hidden, and none of what
    a menu does not hold but a story marked up as one would (paragraphs, the
    headline, an article)."""
    return next(el.iter("p", "h1", "article"), None) is None and not bool(_HIDDEN_INSIDE(el))


def _menu_block(el: lxml.etree._Element, owner: int, flags: int, blocks: list[HtmlBlock]) -> None:
    """One block for a menu's whole text, words joined by single spaces."""
    text = " ".join(" ".join(cast(Iterator[str], el.itertext())).split())
    if text:
        # the text inside its links (an XPath "descendant::a//text()" merges node
        # sets: quadratic in the links of a menu)
        links = sum(len(t.strip()) for a in el.iter("a") for t in a.itertext())
        blocks.append(HtmlBlock(text, owner, str(el.tag), min(links, len(text)), flags, 0))


def extract_blocks(
    root: lxml.etree._Element, *, pruned: bool = False, remove_hidden: bool = False
) -> Dom:
    """Walk ``root`` once and return its block elements and text blocks.

    ``pruned=True`` says :func:`newsclean.html.parse.prune` already removed
    invisible elements, so they are not looked for again. ``root`` is not
    changed, unless ``remove_hidden=True``: for a tree the caller owns whose
    invisible elements are stripped (:func:`~newsclean.html.parse.strip_invisible`),
    the walk does the rest of ``prune``: it skips the hidden elements ``prune``
    removes and removes them once it is done, so ``root`` ends as ``prune``
    leaves it, with one walk over the page instead of two.

    >>> from newsclean.html.parse import parse_html, strip_invisible
    >>> from lxml.etree import tostring
    >>> root = parse_html('<p>a<span style="display:none">b</span>c<br hidden>d</p>')
    >>> strip_invisible(root)
    >>> [b.text for b in extract_blocks(root, pruned=True, remove_hidden=True).blocks]
    ['acd']
    >>> tostring(root)
    b'<html><body><p>acd</p></body></html>'
    """
    if remove_hidden and not pruned:
        raise ValueError("remove_hidden needs a tree whose invisible elements are stripped")
    dom = Dom()
    tags, parent, own, has_child, blocks, classes, elements = (
        dom.tags, dom.parent, dom.own, dom.has_block_child, dom.blocks, dom.classes,
        dom.elements,
    )  # fmt: skip
    # the walk is the hot loop of the HTML path: names bound locally, text pieces
    # appended inline, counters kept in locals, and a block written only when text
    # is pending
    parts: list[str] = []
    add = parts.append
    stack: list[int] = []  # open block elements
    inherited: list[int] = []  # flags of the open block elements, inherited
    inline: list[int] = [0]  # flags of open inline elements (a sentinel 0 at the bottom)
    iflag = 0  # inline[-1]: flags of the innermost open inline element
    n_links = n_flagged = i_flags = 0  # link chars, flagged inline chars, inline flags seen
    links_open = 0
    skipped = False
    last: str | None = None  # the text the walk read last (see the hidden elements)
    tag_bits = _TAG_BITS
    headings, append_block, n_tags = _HEADINGS, blocks.append, 0
    new_block = tuple.__new__

    def flush(links: int, flagged: int, iflags: int) -> None:
        raw = "".join(parts)
        parts.clear()
        text = " ".join(raw.split())
        if not text:
            return
        owner = stack[-1] if stack else 0
        flags = inherited[-1] if inherited else 0
        if iflags and flagged >= _INLINE_SHARE * len(raw.strip()):
            flags |= iflags
        tag = tags[owner] if tags else "body"
        # tuple.__new__ directly: the named tuple's own __new__ is a Python frame
        append_block(
            new_block(
                HtmlBlock, (text, owner, tag, min(links, len(text)), flags, headings.get(tag, 0))
            )
        )

    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    check_hidden = not pruned
    hidden: list[lxml.etree._Element] = []  # what prune would remove, in document order
    hidden_style = _HIDDEN_STYLE.search
    kinds = _KINDS
    # the kinds of the open elements the walk entered: an end event pops its
    # element's kind instead of reading its tag again
    open_kinds: list[int] = []
    push_kind, pop_kind = open_kinds.append, open_kinds.pop
    for event, el in walker:
        if event == "start":
            tag = el.tag
            kind = kinds.get(tag, 0)
            if kind <= 1:  # block or inline: its attributes, read in one call
                # (lxml's get costs ~130 ns a name; items() about two of them)
                cls = ident = role = itemprop = style = None
                hidden_attr = False
                for name, value in el.items():
                    if name == "class":
                        cls = value
                    elif name == "id":
                        ident = value
                    elif name == "style":
                        style = value
                    elif name == "hidden":
                        hidden_attr = True
                    elif name == "role":
                        role = value
                    elif name == "itemprop":
                        itemprop = value
                # most elements have neither attribute: no call at all
                drop = remove_hidden and (
                    hidden_attr or (style is not None and hidden_style(style) is not None)
                )
            else:
                drop = remove_hidden and is_hidden(el)
            if drop and el is not root:  # prune keeps the root
                # skipped without a boundary: prune leaves its tail where it stood
                hidden.append(el)
                walker.skip_subtree()
                skipped = True
                continue
            if kind == 1:  # a block element
                if check_hidden and _hidden(el):
                    walker.skip_subtree()
                    skipped = True  # the next event is this element's end
                    continue
                if parts:
                    flush(n_links, n_flagged, i_flags)
                    n_links = n_flagged = i_flags = 0
                bits = tag_bits.get(tag, 0)
                if cls or ident:
                    names = f"{cls} {ident}" if cls and ident else cls or ident or ""
                    bits |= groups_of(names)
                    # an embedded post ("twitter-tweet", "social-media-embed"), not buttons
                    if bits & _EMBED_MASK and (tag == "blockquote" or "embed" in names.lower()):
                        bits &= ~_EMBED_MASK
                if role:
                    bits |= _ROLE_BITS.get(role.lower(), 0)
                if itemprop == "articleBody":
                    bits |= T_ARTICLE | _BIT["content"]
                if bits & T_NAV and len(el) and _collapsible(el):
                    # a menu: one block for its whole text, its subtree not walked
                    # (a quarter of a news page's elements sit in <nav>)
                    if parts:
                        flush(n_links, n_flagged, i_flags)
                        n_links = n_flagged = i_flags = 0
                    parent.append(stack[-1] if stack else -1)
                    tags.append(tag)
                    own.append(bits)
                    classes.append(cls or "")
                    elements.append(el)
                    _menu_block(el, n_tags, bits | (inherited[-1] if inherited else 0), blocks)
                    n_tags += 1
                    walker.skip_subtree()
                    skipped = True  # the next event is its end: its tail follows
                    continue
                if stack:
                    up = stack[-1]
                    parent.append(up)
                    inherited.append(bits | inherited[-1])
                else:
                    parent.append(-1)
                    inherited.append(bits)
                stack.append(n_tags)
                push_kind(kind)
                n_tags += 1
                tags.append(tag)
                own.append(bits)
                classes.append(cls or "")
                elements.append(el)
            elif kind <= 0:  # an inline element, or a link
                if check_hidden and _hidden(el):
                    walker.skip_subtree()
                    skipped = True
                    continue
                if cls or ident:
                    iflag |= groups_of(f"{cls} {ident}" if cls and ident else cls or ident or "")
                inline.append(iflag)
                push_kind(kind)
                if kind:
                    links_open += 1
            elif kind == 4:  # invisible, or void: no text inside; its tail is read at its end
                if remove_hidden and len(el):  # libxml2 nests elements in <source>, <wbr>
                    hidden.extend(d for d in el.iterdescendants() if is_hidden(d))
                walker.skip_subtree()
                skipped = True
                continue
            else:  # <hr>, <br>: a boundary
                if parts:
                    flush(n_links, n_flagged, i_flags)
                    n_links = n_flagged = i_flags = 0
                last = _UNREAD  # its text (libxml2 may nest in it) is never read
                push_kind(kind)
                continue
            text = el.text
        else:
            text = el.tail
            if skipped:
                skipped = False
                if hidden and el is hidden[-1]:
                    # prune appends a hidden element's tail to the text before it (the
                    # previous sibling's tail or the parent's text: the walk's last
                    # text), so it is read as that one string; link characters are
                    # counted on the stripped string, so the sum is not the same
                    if not text or last is _UNREAD:
                        continue  # nothing moves, or it moves into a text never read
                    if last and parts:  # the last text is the last piece: extend it
                        merged = parts[-1] = last + text
                        if links_open or iflag:
                            n = len(merged.strip()) - len(last.strip())
                            if links_open:
                                n_links += n
                            if iflag:
                                n_flagged += n
                        last = merged
                        continue
                    if last:  # whitespace that was dropped: read again with the tail
                        text = last + text
            else:
                kind = pop_kind()
                if kind == 1:
                    if parts:
                        flush(n_links, n_flagged, i_flags)
                        n_links = n_flagged = i_flags = 0
                    stack.pop()
                    inherited.pop()
                elif kind <= 0:
                    inline.pop()
                    iflag = inline[-1]
                    if kind:
                        links_open -= 1
        last = text
        # whitespace before any text (indentation between blocks) is dropped, so a
        # boundary with nothing pending costs no flush
        if text and (parts or not text.isspace()):
            add(text)
            if links_open or iflag:
                # link and flagged-inline characters of a piece of text inside them
                n = len(text.strip())
                if links_open:
                    n_links += n
                if iflag:
                    n_flagged += n
                    i_flags |= iflag
    if parts:
        flush(n_links, n_flagged, i_flags)
    if hidden:
        remove_keeping_tails(hidden)
    # which elements hold a block element: marked once per parent, after the walk
    has_child.extend([False] * n_tags)
    for up in set(parent):
        if up >= 0:
            has_child[up] = True
    return dom
