"""HTML to flattened text: block elements on their own lines.

A first, minimal HTML path (issue 5 brings DOM-level extraction): the page
is parsed safely (no network, no entities resolved from DTDs, no huge
trees), script-like elements are dropped, and the visible text is written
with one line per block element, the shape the text pipeline expects.

>>> flatten_html("<html><body><h1>Title</h1><p>One <b>bold</b> line.</p></body></html>")
'Title\\nOne bold line.'
"""

from __future__ import annotations

import lxml.etree
import lxml.html

from newsclean.errors import InputError

__all__ = ["flatten_html", "looks_like_html"]

_SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "head",
        "select",
        "option",
        "button",
        "canvas",
        "video",
        "audio",
        "form",
    }
)
_BLOCK = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "nav",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "tr",
        "td",
        "th",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "br",
        "hr",
        "address",
        "details",
        "summary",
        "title",
        "caption",
        "body",
        "html",
    }
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


def flatten_html(html: str | bytes, *, encoding: str | None = None) -> str:
    """The visible text of ``html`` with block elements on their own lines."""
    if isinstance(html, str):
        html = html.encode("utf-8")
        encoding = "utf-8"
    if not html.strip():
        return ""
    # default_doctype exists in lxml but not in lxml-stubs
    parser = lxml.html.HTMLParser(  # type: ignore[call-arg]
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=False,
        recover=True,
        default_doctype=False,
        encoding=encoding,
    )
    try:
        root = lxml.html.document_fromstring(html, parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise InputError(f"cannot parse HTML: {exc}") from exc
    parts: list[str] = []
    skip_depth = 0
    for event, el in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if event == "start":
            if skip_depth or tag in _SKIP:
                skip_depth += 1
                continue
            if tag in _BLOCK:
                parts.append("\n")
            if el.text:
                parts.append(el.text)
        else:
            if skip_depth:
                skip_depth -= 1
                if skip_depth:
                    continue
            elif tag in _BLOCK:
                parts.append("\n")
            if el.tail and not skip_depth:
                parts.append(el.tail)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)
