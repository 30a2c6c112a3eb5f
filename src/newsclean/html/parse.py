"""Safe HTML parsing: bytes or text in, a fresh lxml tree out.

The parser never touches the network or the disk and resolves no entity
from a DTD (an HTML parser does not read internal subsets, so "billion
laughs" and external entities stay literal text). ``huge_tree=False`` keeps
libxml2's limits: nesting deeper than 256 elements and text nodes over
10 MB are cut by the parser instead of exhausting memory.

Bytes are decoded by :func:`sniff_encoding` in this order: a byte-order
mark, the page's own ``<meta charset>`` / ``http-equiv`` declaration, the
caller's hint, then UTF-8 and finally cp1252. A page that declares a Latin
single-byte charset but is valid UTF-8 with multi-byte sequences is read
as UTF-8 (a common mislabelling; the reverse error cannot happen because
UTF-8 decoding is strict). No charset detector is needed for that order.

>>> root = parse_html("<p>Caf&eacute; <b>au</b> lait</p>")
>>> root.findtext(".//b")
'au'
>>> sniff_encoding(b'<meta charset="iso-8859-1"><p>caf\\xe9</p>')
'cp1252'
"""

from __future__ import annotations

import codecs
import itertools
import re
from collections.abc import Iterable

import lxml.etree
import regex

from newsclean.core.errors import InputError

__all__ = [
    "INVISIBLE",
    "decode_html",
    "hiding_style",
    "is_hidden",
    "looks_like_html",
    "parse_html",
    "prune",
    "remove_keeping_tails",
    "sniff_encoding",
    "strip_invisible",
]

_META_CHARSET = regex.compile(
    rb"""<meta\s[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""",
    regex.IGNORECASE,
)
_SNIFF_BYTES = 4096
_CHUNK = 1 << 14  # bytes validated as UTF-8 at a time (bounded memory, in cache)
# Labels browsers treat as windows-1252 (WHATWG encoding standard).
_LATIN1 = frozenset(
    {
        "iso-8859-1",
        "iso8859-1",
        "latin-1",
        "latin1",
        "us-ascii",
        "ascii",
        "windows-1252",
        "cp1252",
        "l1",
        "iso_8859-1",
    }
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


_MARKERS = (
    "<!doctype html",
    "<html",
    "<head",
    "<body",
    "<?xml",
    "<meta",
    "<div",
    "<p>",
    "<p ",
    "<article",
    "<section",
    "<span",
    "<a ",
    "<h1",
    "<h2",
    "<title",
    "<table",
    "<ul",
    "<!--",
)


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like markup or is dense with tags.

    >>> looks_like_html("<!DOCTYPE html><p>x</p>"), looks_like_html("Plain text, a < b.")
    (True, False)
    """
    head = text[:2048].lstrip("\ufeff \t\r\n").lower()
    if head.startswith(_MARKERS):
        return True
    closing = sum(head.count(t) for t in ("</p>", "</div>", "</a>", "</span>", "</li>", "</td>"))
    return closing >= 3


def _known(name: str | None) -> str | None:
    """The codec name Python knows for ``name``, or None."""
    if not name:
        return None
    label = name.strip().lower()
    if label in _LATIN1:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def sniff_encoding(data: bytes, hint: str | None = None) -> str:
    """The codec to read ``data`` with: BOM, ``<meta>``, ``hint``, UTF-8, cp1252.

    >>> sniff_encoding("naïve".encode("utf-8"))
    'utf-8'
    >>> sniff_encoding("naïve".encode("cp1252"))
    'cp1252'
    >>> sniff_encoding(b'<meta charset="latin1">' + "é".encode("utf-8"))
    'utf-8'
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    declared = None
    m = _META_CHARSET.search(data, 0, _SNIFF_BYTES)
    if m is not None:
        declared = _known(m.group(1).decode("ascii", "replace"))
    chosen = declared or _known(hint)
    if chosen is not None and chosen not in {"cp1252", "utf-8"} and not chosen.startswith("utf-16"):
        return chosen
    if chosen and chosen.startswith("utf-16"):
        return "utf-8"  # a page that says UTF-16 without a BOM is ASCII-compatible
    return "utf-8" if _valid_utf8(data) else "cp1252"


def decode_html(data: str | bytes, hint: str | None = None) -> str:
    """Page text from bytes (see :func:`sniff_encoding`) or text as given.

    Raises ``InputError`` for bytes that are clearly not text.

    >>> decode_html(b"<p>\\xe9t\\xe9</p>")
    '<p>été</p>'
    """
    if isinstance(data, str):
        return data
    if not isinstance(data, bytes | bytearray):
        raise InputError(f"html must be str or bytes, not {type(data).__name__}")
    data = bytes(data)
    encoding = sniff_encoding(data, hint)
    if b"\x00" in data[:_SNIFF_BYTES] and not encoding.startswith("utf-16"):
        raise InputError("input bytes are not text (NUL bytes)")
    return data.decode(encoding, errors="replace")


def _parser() -> lxml.etree.HTMLParser:
    # a plain etree parser: lxml.html's element-class lookup costs a Python call per node
    return lxml.etree.HTMLParser(  # type: ignore[call-arg]  # default_doctype: not in stubs
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=False,
        recover=True,
        default_doctype=False,
        encoding="utf-8",
        compact=True,
        collect_ids=False,  # no id() lookups are made: the id table is wasted work
    )


def _utf8(html: str | bytes, hint: str | None) -> bytes:
    """The page as valid UTF-8 without NULs, the bytes libxml2 is handed.

    UTF-8 input (most pages) is passed on as it came: it was validated when
    its encoding was sniffed, so decoding and encoding it again would only
    copy it twice.
    """
    if isinstance(html, bytes | bytearray):
        data = bytes(html)
        encoding = sniff_encoding(data, hint)
        if encoding == "utf-8" or (encoding == "utf-8-sig" and _valid_utf8(data)):
            if encoding == "utf-8-sig":
                data = data[len(codecs.BOM_UTF8) :]
            if b"\x00" in data:
                if b"\x00" in data[:_SNIFF_BYTES]:
                    raise InputError("input bytes are not text (NUL bytes)")
                data = data.replace(b"\x00", b"")
            return data
    text = decode_html(html, hint)
    # lone surrogates cannot be encoded; NUL characters end libxml2's input
    return text.replace("\x00", "").encode("utf-8", errors="replace")


def _valid_utf8(data: bytes) -> bool:
    """True when ``data`` is UTF-8, checked in chunks so no page-sized str is built.

    The C decoder is called on views of the page directly: a chunk that ends
    inside a character leaves its last bytes to the next one. (The incremental
    decoder's Python wrapper copies every chunk and costs twice as much.)

    >>> _valid_utf8("é".encode("utf-8") * 40_000), _valid_utf8("café".encode("cp1252"))
    (True, False)
    """
    if data.isascii():  # a C scan, far cheaper than decoding
        return True
    view = memoryview(data)
    pos, end = 0, len(data)
    try:
        while end - pos > _CHUNK:
            pos += codecs.utf_8_decode(view[pos : pos + _CHUNK], "strict", False)[1]
        codecs.utf_8_decode(view[pos:], "strict", True)
    except UnicodeDecodeError:
        return False
    return True


def parse_html(html: str | bytes, *, encoding: str | None = None) -> lxml.etree._Element:
    """A new tree of ``html`` (the root ``<html>`` element).

    Raises ``InputError`` when nothing parseable is left. Three faults of
    broken pages that would hide the whole body are mended: a ``<title>``
    never closed ends at the next tag (libxml2 reads the rest of the page
    as its text), ``</body>`` and ``</html>`` with a page after them are
    dropped (:func:`_drop_early_ends`), and body elements that libxml2 left
    in ``<head>`` move to the body (:func:`_body_out_of_head`). A root tag
    so broken that the root comes out empty is read bare (:func:`_bare_root`).

    >>> parse_html(b"<title>T</title><p>x").tag
    'html'
    >>> root = parse_html(b"<title>T<p>The story.</p>")
    >>> root.findtext("head/title"), root.findtext("body/p")
    ('T', 'The story.')
    """
    raw = _utf8(html, encoding)
    if not raw or raw.isspace():  # no stripped copy of a large page
        raise InputError("empty HTML")
    raw = _close_title(raw)
    raw = _drop_early_ends(raw)
    try:
        # one parser per call: parsers are not thread-safe
        root = lxml.etree.fromstring(raw, parser=_parser())
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError) as exc:
        raise InputError(f"cannot parse HTML: {exc}") from exc
    if root is None:
        raise InputError("cannot parse HTML: no document")
    if len(root) == 0 and (bare := _bare_root(raw)) is not None:
        root = lxml.etree.fromstring(bare, parser=_parser())  # (parsed once before: no error)
    _body_out_of_head(root)
    return root


_HTML_OPEN = regex.compile(rb"<html\b[^>]*>", regex.IGNORECASE)


def _bare_root(raw: bytes) -> bytes | None:
    """``raw`` with its ``<html ...>`` start tag bare, when it has attributes.

    A root tag broken in transit (``<html xmogo.jpg" alt="..." />``: a quote in
    an attribute's name) leaves libxml2 an empty ``<html>``, the whole page lost;
    a browser reads the quote into the name and the page goes on. Tried only when
    the first parse left the root empty.

    >>> _bare_root(b'<html x.jpg" alt="a"><p>b</p>')
    b'<html><p>b</p>'
    """
    tag = _HTML_OPEN.search(raw)
    if tag is None or tag.end() - tag.start() <= len(b"<html>"):
        return None
    return raw[: tag.start()] + b"<html>" + raw[tag.end() :]


_TITLE_OPEN = regex.compile(rb"<title\b[^>]*>", regex.IGNORECASE)
_TITLE_CLOSE = regex.compile(rb"</title", regex.IGNORECASE)


def _close_title(raw: bytes) -> bytes:
    """``raw`` with a ``</title>`` before the first tag after a ``<title>`` never closed.

    A page cut or spliced in transit can lose its ``</title>``; libxml2 then
    reads the whole page as the title's text, and the page has no body. A
    title holds no markup, so its text ends where the next tag starts. Two
    linear scans, and a copy only for such a page.

    >>> _close_title(b"<title>News<p>x</p>")
    b'<title>News</title><p>x</p>'
    >>> _close_title(b"<title>a</title><p>x")
    b'<title>a</title><p>x'
    """
    opened = _TITLE_OPEN.search(raw)
    if opened is None or _TITLE_CLOSE.search(raw, opened.end()) is not None:
        return raw
    end = raw.find(b"<", opened.end())
    if end < 0:
        return raw
    return raw[:end] + b"</title>" + raw[end:]


_DOC_END = regex.compile(rb"</(?:body|html)\s*>", regex.IGNORECASE)
# where such an end tag may start: the standard library's engine finds its "</" prefix
# faster than ``regex`` finds the alternation in any case (callgrind over aeb/html's
# 181 pages: 178M instructions against 248M; each candidate is then matched as above)
_DOC_END_START = re.compile(rb"</[bBhH][oOtT][dDmM][yYlL]")
_TAG_START = regex.compile(rb"<[A-Za-z]")
_NEVER_TEXT = regex.compile(rb"<(?:script|style|link|meta|noscript)\b", regex.IGNORECASE)


def _drop_early_ends(raw: bytes) -> bytes:
    """``raw`` without its ``</body>`` and ``</html>`` end tags when an element
    other than a script or style follows the first of them.

    Pages spliced from several documents (a header include with its own
    ``</body></html>``, then the story's whole ``<!DOCTYPE html><html>``) close
    the document early; libxml2 then leaves most of what follows out of the
    tree, while a browser reads it all into the body. One scan for the first end
    tag, one for a tag after it, and a copy only for such a page.

    >>> _drop_early_ends(b"<p>a</p></body></html><html><body><p>b</p></body></html>")
    b'<p>a</p><html><body><p>b</p>'
    >>> _drop_early_ends(b"<p>a</p></body></html><script>x</script>")
    b'<p>a</p></body></html><script>x</script>'
    """
    end = _doc_end(raw)
    if end is None:
        return raw
    at = end.end()
    while (tag := _TAG_START.search(raw, at)) is not None:
        if _NEVER_TEXT.match(raw, tag.start()) is None:
            return _DOC_END.sub(b"", raw)
        at = tag.end()
    return raw


def _doc_end(raw: bytes) -> regex.Match[bytes] | None:
    """The first ``</body>`` or ``</html>`` end tag of ``raw`` (any case), as
    ``_DOC_END.search`` finds it.

    >>> _doc_end(b"<b>a</b><p>b</p></Body >").span()
    (16, 24)
    """
    at = 0
    while (start := _DOC_END_START.search(raw, at)) is not None:
        end = _DOC_END.match(raw, start.start())
        if end is not None:
            return end
        at = start.start() + 1
    return None


# what a <head> holds; libxml2 leaves an unknown element (<mbox>) found in the
# head there, with the rest of the page inside it
_HEAD_TAGS = frozenset(
    {"title", "meta", "link", "script", "style", "base", "noscript", "template", "object"}
)


def _body_out_of_head(root: lxml.etree._Element) -> None:
    """Move the elements of ``<head>`` that a head does not hold, and all after
    them, to the start of ``<body>`` (made when there is none), as a browser
    does: the first body element ends the head.

    >>> root = parse_html(b"<head><title>T</title><mbox><p>Story.</p></mbox></head>")
    >>> [e.tag for e in root], root.findtext("body/mbox/p")
    (['head', 'body'], 'Story.')
    """
    head = next(root.iterchildren("head"), None)  # (in C, no path expression read)
    if head is None:
        return
    # most heads hold head elements only: counted in C, no Python step a child
    # (a comment or any other node leaves the count short: the loop below decides)
    if sum(1 for _ in head.iterchildren(*_HEAD_TAGS)) == len(head):
        return
    at = next(
        (i for i, el in enumerate(head) if isinstance(el.tag, str) and el.tag not in _HEAD_TAGS),
        -1,
    )
    if at < 0:
        return
    body = root.find("body")
    if body is None:
        body = lxml.etree.SubElement(root, "body")
    moved = list(head)[at:]
    body.insert(0, moved[0])  # each move takes the element's tail along
    for prev, el in itertools.pairwise(moved):
        prev.addnext(el)  # (insert at an index walks the children: quadratic)


INVISIBLE: tuple[str, ...] = (
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "head", "select", "option", "button", "canvas", "video", "audio", "textarea", "input",
    "map", "dialog", "title", "meta", "link",
)  # fmt: skip
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)


def hiding_style(style: str) -> bool:
    """True for a ``style`` that hides its element (``_HIDDEN_STYLE``, any case).

    Most styles name neither "none" nor "hidden" ("overflow: hidden" does): a
    lower-cased copy tested for "none" and "dden" refuses them without the
    case-insensitive regex (a third of its cost over aeb/html's 2,498 styles a
    pass, callgrind). Every character the regex's case folding matches to "n",
    "o", "e" or "d" lowers to that letter; not so "i" ("İ" lowers to "i̇"), hence
    "dden", not "hidden".

    >>> hiding_style("DISPLAY : None"), hiding_style("overflow: hidden"), hiding_style("")
    (True, False, False)
    """
    low = style.lower()
    return ("none" in low or "dden" in low) and _HIDDEN_STYLE.search(style) is not None


def prune(root: lxml.etree._Element) -> None:
    """Remove invisible elements (scripts, styles, forms controls, hidden) in place.

    Their tails (text after them) stay. Only for a tree the caller owns:
    the pipeline prunes the tree it parsed itself, after reading metadata
    (in two steps: :func:`strip_invisible`, then the hidden elements as its
    walk over the page meets them, see ``newsclean.html.blocks.extract_blocks``).

    >>> root = parse_html('<p>a<script>x</script>b<span hidden>c</span>d</p>')
    >>> prune(root)
    >>> root.findtext(".//p")
    'abd'
    """
    strip_invisible(root)
    # a walk in C with two attribute reads per element: cheaper than libxml2's XPath
    styled = [
        el for el in root.iter() if el.get("style") is not None or el.get("hidden") is not None
    ]
    remove_keeping_tails(el for el in styled if is_hidden(el))


def strip_invisible(root: lxml.etree._Element, *, images: bool = False) -> None:
    """Remove the ``INVISIBLE`` elements (scripts, styles, ...) and images in place, in C.

    An image holds no text, and its tail joins the text before it: a walk
    reads the same text without the image's two tree events. ``images=True``
    keeps them (``Options.images`` reads them after the walk).
    """
    if images:
        lxml.etree.strip_elements(root, *INVISIBLE, with_tail=False)
    else:
        lxml.etree.strip_elements(root, *INVISIBLE, "img", with_tail=False)


def is_hidden(el: lxml.etree._Element) -> bool:
    """True for an element :func:`prune` removes: ``hidden``, or a hiding ``style``.

    >>> root = parse_html('<p style="display: none">a</p><p style="color: red">b</p>')
    >>> [is_hidden(p) for p in root.iter("p")]
    [True, False]
    """
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    return bool(style and hiding_style(style))


def remove_keeping_tails(elements: Iterable[lxml.etree._Element]) -> None:
    """Remove each element (in document order) from its parent; its tail text stays.

    The root, which has no parent, stays.
    """
    for el in elements:
        parent = el.getparent()
        if parent is None:
            continue
        tail = el.tail
        if tail:
            prev = el.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
        parent.remove(el)
