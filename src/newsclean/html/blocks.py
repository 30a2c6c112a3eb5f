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
from typing import Any, NamedTuple, cast

import lxml.etree
import regex

from newsclean.html.parse import INVISIBLE, hiding_style, is_hidden, remove_keeping_tails

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
_ARTICLE_BODY_BITS = T_ARTICLE | _BIT["content"]  # itemprop="articleBody"
# elements that hold no text: skipped whole, only their tails are read
_VOID = frozenset({"img", "source", "wbr", "track", "area", "param", "col"})
# the walk's last text when it skipped an element's text (<br>, <hr>); no page text
# is this string (parse_html drops NULs), and it is compared by identity
_UNREAD = "\x00unread"
# an inline element read in the walk's loop that names a style or "hidden": element_bits
# decides whether it is hidden (compared by identity; no attribute value is this string)
_MAY_HIDE = "\x00may hide"
# inline and block elements' attributes read in the loop, not element_bits (unless
# one may be hidden)
_INLINE_IN_LOOP = True
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
    return bool(style and hiding_style(style))


# A descendant the walk would skip as hidden (either mode) makes a menu worth
# walking. Three XPaths over the descendants' attributes, tried in turn: no
# union (libxml2 merges the node sets of a union in quadratic time), and no
# predicate on every descendant (``descendant::*[@hidden or ...]`` evaluates
# it once per element: 161.8M instructions over aeb/html's 427 menus against
# 36.6M for these three, callgrind).
_HIDDEN_INSIDE = (
    lxml.etree.XPath("boolean(descendant::*/@style)"),
    lxml.etree.XPath("boolean(descendant::*/@hidden)"),
    lxml.etree.XPath("boolean(descendant::*/@aria-hidden[. = 'true'])"),
)


def _collapsible(el: lxml.etree._Element) -> bool:
    """A menu whose text can be read in one piece: nothing hidden, and none of what
    a menu does not hold but a story marked up as one would (paragraphs, the
    headline, an article)."""
    return next(el.iter("p", "h1", "article"), None) is None and not any(
        bool(hidden_inside(el)) for hidden_inside in _HIDDEN_INSIDE
    )


# which elements the walk skips as hidden: none (a pruned tree, nothing to remove),
# those prune removes (``hidden``, a hiding style; removed after the walk), or
# those and ``aria-hidden`` ones too (a tree not pruned)
_HIDE_NONE, _HIDE_PRUNED, _HIDE_ALL = 0, 1, 2


class _Walk:
    """One walk over a tree: the state its helpers share with the loop.

    The loop binds these lists to locals and changes them in place, so a step
    moved out of the loop needs no list passed or returned; the counters stay
    locals of the loop, passed to the few helpers that change them.
    """

    __slots__ = (
        "classes", "dom", "hidden", "hide", "inherited", "parts", "root", "stack", "unpruned",
        "walker",
    )  # fmt: skip

    def __init__(self, dom: Dom, root: lxml.etree._Element, hide: int) -> None:
        self.dom = dom
        self.root = root
        self.hide = hide  # a _HIDE_*
        self.unpruned = hide == _HIDE_ALL
        self.classes = dom.classes
        self.walker: Any = lxml.etree.iterwalk(root, events=("start", "end"))
        self.parts: list[str] = []  # the text pieces not yet written as a block
        self.stack: list[int] = []  # open block elements
        self.inherited: list[int] = []  # flags of the open block elements, inherited
        self.hidden: list[lxml.etree._Element] = []  # what prune would remove, in order

    def element_bits(
        self, el: lxml.etree._Element, tag: str, kind: int, items: list[tuple[str, str]]
    ) -> int:
        """A block or inline element's bits from its attributes; -1 for a hidden one,
        which the walk does not enter. A block element's own bits are its tag's, the
        groups of its class and id, its role's and those of ``itemprop="articleBody"``
        (its class is recorded); an inline element's, the groups of its class and id.

        One int back, not the attributes, and no Python call on the common path: a
        tuple or a call per element costs the loop more than this work. The
        attributes are read in one call (``items``, read by the walk: an element
        without attributes, a sixth of a page's, needs no call here): lxml's ``get``
        costs ~130 ns a name, ``items()`` about two of them.
        """
        cls = ident = role = itemprop = style = None
        hidden = self.unpruned  # in a tree not pruned, any element may be hidden
        for name, value in items:
            if name == "class":
                cls = value
            elif name == "id":
                ident = value
            elif name == "style":
                style = value
            elif name == "hidden":
                hidden = True
            elif name == "role":
                role = value
            elif name == "itemprop":
                itemprop = value
        # most elements have neither attribute: no further look
        if (hidden or style is not None) and self.hidden_element(el, hidden, style):
            return -1
        if kind != _K_BLOCK:  # an inline element, or a link
            if cls or ident:
                return groups_of(f"{cls} {ident}" if cls and ident else cls or ident or "")
            return 0
        self.classes.append(cls or "")  # recorded whether or not it is a menu
        bits = _TAG_BITS.get(tag, 0)
        if cls or ident:
            names = f"{cls} {ident}" if cls and ident else cls or ident or ""
            bits |= groups_of(names)
            # an embedded post ("twitter-tweet", "social-media-embed"), not buttons
            if bits & _EMBED_MASK and (tag == "blockquote" or "embed" in names.lower()):
                bits &= ~_EMBED_MASK
        if role:
            bits |= _ROLE_BITS.get(role.lower(), 0)
        if itemprop == "articleBody":
            bits |= _ARTICLE_BODY_BITS
        return bits

    def hidden_element(self, el: lxml.etree._Element, hidden: bool, style: str | None) -> bool:
        """True for a block or inline element the walk does not enter as hidden:
        prune's (``hidden``, a hiding ``style``; removed after the walk, but not the
        root, which prune keeps), or also ``aria-hidden`` in a tree not pruned."""
        hide = self.hide
        if hide == _HIDE_ALL:
            if not _hidden(el):
                return False
        elif hide == _HIDE_NONE or el is self.root:
            return False
        elif hidden or (style is not None and hiding_style(style)):
            self.hidden.append(el)
        else:
            return False
        self.walker.skip_subtree()
        return True

    def textless(self, el: lxml.etree._Element, kind: int) -> int:
        """An element that holds no text (``<hr>``, ``<br>``, void, invisible): -1 when
        the walk does not enter it, 0 for a boundary (``<hr>``, ``<br>`` not hidden)."""
        if self.hide == _HIDE_PRUNED and el is not self.root and is_hidden(el):
            return self.drop(el)
        if kind != _K_SKIP:
            return 0
        if self.hide == _HIDE_PRUNED and len(el):  # libxml2 nests elements in <source>, <wbr>
            self.hidden.extend(d for d in el.iterdescendants() if is_hidden(d))
        self.walker.skip_subtree()
        return -1

    def drop(self, el: lxml.etree._Element) -> int:
        """A hidden element prune removes: not entered, and removed after the walk
        (no boundary: prune leaves its tail where it stood); -1."""
        self.hidden.append(el)
        self.walker.skip_subtree()
        return -1

    def flush(self, links: int, flagged: int, iflags: int) -> int:
        """Write the pending text as a block of the innermost open block element
        (nothing when it is only whitespace); 0, the counters' value after it."""
        parts = self.parts
        stripped = "".join(parts).strip()
        parts.clear()
        # whitespace collapsed: most texts (four in five, once stripped) hold no space
        # but single " " (every other whitespace character is not printable), and
        # are their own split and join (a split makes a string a word: 137.6M ->
        # 76.6M over the 20,398 texts of an aeb/html pass, callgrind)
        if stripped.isprintable() and "  " not in stripped:
            text = stripped
        else:
            text = " ".join(stripped.split())
        if not text:
            return 0
        stack, inherited, tags = self.stack, self.inherited, self.dom.tags
        owner = stack[-1] if stack else 0
        flags = inherited[-1] if inherited else 0
        if iflags and flagged >= _INLINE_SHARE * len(stripped):
            flags |= iflags
        tag = tags[owner] if tags else "body"
        # tuple.__new__ directly: the named tuple's own __new__ is a Python frame
        self.dom.blocks.append(
            tuple.__new__(
                HtmlBlock, (text, owner, tag, min(links, len(text)), flags, _HEADINGS.get(tag, 0))
            )
        )
        return 0

    def menu_block(self, el: lxml.etree._Element, tag: str, bits: int) -> bool:
        """A menu read in one piece when it can be (:func:`_collapsible`): the element,
        and one block for its whole text (words joined by single spaces). True when
        it was, and the walk does not enter it (a quarter of a page's elements sit
        in ``<nav>``)."""
        if not len(el) or not _collapsible(el):
            return False
        dom, stack, inherited = self.dom, self.stack, self.inherited
        owner = len(dom.tags)
        dom.parent.append(stack[-1] if stack else -1)
        dom.tags.append(tag)
        dom.own.append(bits)
        dom.elements.append(el)
        text = " ".join(" ".join(cast(Iterator[str], el.itertext())).split())
        if text:
            # the text inside its links, each piece stripped (an XPath
            # "descendant::a//text()" merges node sets: quadratic in the links of a
            # menu); a link holding no element has one piece, its text, read without
            # a text iterator (callgrind over aeb/html's 427 menus: 128.3M -> 48.1M)
            links = 0
            for a in el.iter("a"):
                if len(a):
                    for piece in a.itertext():
                        links += len(piece.strip())
                elif own_text := a.text:
                    links += len(own_text.strip())
            flags = bits | (inherited[-1] if inherited else 0)
            dom.blocks.append(HtmlBlock(text, owner, tag, min(links, len(text)), flags, 0))
        self.walker.skip_subtree()
        return True

    def hidden_tail(
        self, tail: str | None, last: str | None, counts: tuple[int, int, int, int]
    ) -> tuple[str | None, str | None, int, int]:
        """The tail of a hidden element the walk skipped and will remove.

        prune appends it to the text before it (the previous sibling's tail or the
        parent's text: the walk's ``last`` text), so it is read as that one string;
        link characters are counted on the stripped string, so the sum is not the
        same. ``counts``: links open, the inline flags, link and flagged characters.
        Returns the text still to read (None: none), the walk's last text and the
        two character counts.
        """
        links_open, iflag, n_links, n_flagged = counts
        if not tail or last is _UNREAD:
            return None, last, n_links, n_flagged  # nothing moves, or into a text never read
        parts = self.parts
        if last and parts:  # the last text is the last piece: extend it
            merged = parts[-1] = last + tail
            if links_open or iflag:
                n = len(merged.strip()) - len(last.strip())
                if links_open:
                    n_links += n
                if iflag:
                    n_flagged += n
            return None, merged, n_links, n_flagged
        # whitespace that was dropped is read again with the tail
        return (last + tail if last else tail), last, n_links, n_flagged

    def run(self) -> None:
        """Walk the tree, writing its block elements and text blocks into the Dom."""
        # the hot loop of the HTML path: names bound locally, text pieces appended
        # inline, counters in locals, a call only per element read and block written
        parts, stack, inherited, hidden, walker = (
            self.parts, self.stack, self.inherited, self.hidden, self.walker
        )  # fmt: skip
        dom, kinds, element_bits, flush = self.dom, _KINDS, self.element_bits, self.flush
        tag_bits, add_class = _TAG_BITS, self.classes.append
        # (inline elements' attributes are read in the loop unless any element may be
        # hidden: tests turn this off to compare with element_bits)
        unpruned = self.unpruned or not _INLINE_IN_LOOP
        tags, parent, own, elements = dom.tags, dom.parent, dom.own, dom.elements
        # the kinds of the open elements: an end event pops one, not reading its tag
        open_kinds: list[int] = []
        add, push_kind, pop_kind = parts.append, open_kinds.append, open_kinds.pop
        inline: list[int] = []  # the flags outside each open inline element
        iflag = 0  # the flags of the innermost open inline element
        n_links = n_flagged = i_flags = links_open = 0  # link/flagged chars, inline flags, links
        skipped = False
        last: str | None = None  # the text the walk read last (see hidden_tail)
        for event, el in walker:
            if event == "start":
                tag = el.tag
                kind = kinds.get(tag, 0)
                if kind > 1:
                    bits = self.textless(el, kind)
                elif items := el.items():
                    # (lxml's stubs type attribute values str | bytes: an HTML tree's are str)
                    if unpruned:
                        bits = element_bits(el, tag, kind, items)
                    else:  # read here (no call) as element_bits reads it; one that
                        # may be hidden (a style, "hidden") goes there
                        cls = ident = role = itemprop = None
                        for name, value in items:
                            if name == "class":
                                cls = value
                            elif name == "id":
                                ident = value
                            elif name == "style" or name == "hidden":
                                cls = _MAY_HIDE
                                break
                            elif name == "role":
                                role = value
                            elif name == "itemprop":
                                itemprop = value
                        if cls is _MAY_HIDE:
                            bits = element_bits(el, tag, kind, items)
                        elif kind <= 0:  # an inline element or a link: its class and id
                            bits = (
                                groups_of(f"{cls} {ident}" if cls and ident else cls or ident)
                                if cls or ident
                                else 0
                            )
                        else:  # a block element: its tag, class, id, role and itemprop
                            add_class(cls or "")
                            bits = tag_bits.get(tag, 0)
                            if cls or ident:
                                names = f"{cls} {ident}" if cls and ident else cls or ident or ""
                                bits |= groups_of(names)
                                if bits & _EMBED_MASK and (
                                    tag == "blockquote" or "embed" in names.lower()
                                ):
                                    bits &= ~_EMBED_MASK
                            if role:
                                bits |= _ROLE_BITS.get(role.lower(), 0)
                            if itemprop == "articleBody":
                                bits |= _ARTICLE_BODY_BITS
                # no attributes: nothing hidden, no class (as element_bits finds)
                elif kind == 1:
                    add_class("")
                    bits = tag_bits.get(tag, 0)
                else:
                    bits = 0
                if bits < 0:  # not entered
                    skipped = True  # the next event is its end: its tail follows
                    continue
                if kind > 0:  # a block element, <hr>, <br>: a boundary
                    if parts:
                        n_links = n_flagged = i_flags = flush(n_links, n_flagged, i_flags)
                    if kind > 1:  # <hr>, <br>: its text (libxml2 may nest in it) is never read
                        last = _UNREAD
                        push_kind(kind)
                        continue
                    if bits & T_NAV and self.menu_block(el, tag, bits):
                        skipped = True
                        continue
                    parent.append(stack[-1] if stack else -1)
                    inherited.append(bits | inherited[-1] if inherited else bits)
                    stack.append(len(tags))
                    tags.append(tag)
                    own.append(bits)
                    elements.append(el)
                else:  # an inline element, or a link (kind -1)
                    inline.append(iflag)  # restored at its end
                    iflag |= bits
                    links_open -= kind
                push_kind(kind)
                text = el.text
            else:
                text = el.tail
                if skipped:
                    skipped = False
                    if hidden and el is hidden[-1]:  # its tail joins the text before it
                        counts = (links_open, iflag, n_links, n_flagged)
                        text, last, n_links, n_flagged = self.hidden_tail(text, last, counts)
                        if text is None:
                            continue
                else:
                    kind = pop_kind()
                    if kind == 1:
                        if parts:
                            n_links = n_flagged = i_flags = flush(n_links, n_flagged, i_flags)
                        stack.pop()
                        inherited.pop()
                    elif kind <= 0:
                        iflag = inline.pop()
                        links_open += kind
            last = text
            # whitespace before any text (indentation between blocks) is dropped: a
            # boundary with nothing pending costs no flush
            if text and (parts or not text.isspace()):
                add(text)
                if links_open or iflag:  # its link and flagged-inline characters
                    n = len(text.strip())
                    if links_open:
                        n_links += n
                    if iflag:
                        n_flagged += n
                        i_flags |= iflag
        if parts:
            flush(n_links, n_flagged, i_flags)


def _mark_block_parents(dom: Dom) -> None:
    """Which elements hold a block element: marked once per parent, after the walk."""
    has_child = dom.has_block_child
    has_child.extend([False] * len(dom.tags))
    for up in set(dom.parent):
        if up >= 0:
            has_child[up] = True


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
    hide = _HIDE_PRUNED if remove_hidden else _HIDE_NONE if pruned else _HIDE_ALL
    walk = _Walk(dom, root, hide)
    walk.run()
    if walk.hidden:
        remove_keeping_tails(walk.hidden)
    _mark_block_parents(dom)
    return dom
