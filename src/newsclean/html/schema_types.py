"""The schema.org types an HTML page declares about itself (for ``Page.kind``).

Two places say what a page is: microdata (``itemtype="https://schema.org/Recipe"``)
and JSON-LD scripts (``"@type": "LiveBlogPosting"``). Both are read here,
lower-cased, the vocabulary's prefix cut off; ``stories.page_kind`` decides
what they mean. The scripts are read with a regex over their first
``_MAX_SCRIPT`` characters, not parsed (``html.metadata`` parses them for
its fields): a type is all that is needed, and a broken script still says it.

>>> from newsclean.html.parse import parse_html
>>> root = parse_html(
...     '<html><head><script type="application/ld+json">{"@type": ["LiveBlogPosting"]}'
...     '</script></head><body><div itemtype="https://schema.org/Person">x</div></body></html>')
>>> sorted(declared_types(root))
['liveblogposting', 'person']
"""

from __future__ import annotations

import lxml.etree
import regex

__all__ = ["declared_types"]

_MAX_SCRIPT = 200_000  # characters of one JSON-LD script read
_MAX_TYPES = 64  # types kept per page
# one XPath in C for both: the itemtype attributes and the JSON-LD scripts' text
# (two calls cost ~60% more; "ld+json" is written in lower case). Read from the
# root element down: "//" starts at the document and its descendant-or-self::node()
# step visits every text node too (callgrind over aeb/html: 156.1M -> 95.0M).
_DECLARING = lxml.etree.XPath(
    "descendant-or-self::*/@itemtype | descendant::script[contains(@type, 'ld+json')]/text()"
)
# the same without the scripts, when the caller found them (``html.metadata`` walks
# the tree for them anyway; a second location path costs this one a third more); the
# root's own itemtype is read apart: "descendant-or-self::*" costs ~9% more than
# "descendant::*" (callgrind over aeb/html: 51.7M against 47.1M)
_ITEMTYPES = lxml.etree.XPath("descendant::*/@itemtype")
_TEXTS = lxml.etree.XPath("text()")  # a script's text nodes, as _DECLARING reads them
_LD_TYPE = regex.compile(r'"@type"\s*:\s*(\[[^\]]{0,400}\]|"[^"]{1,80}")')
_NAME = regex.compile(r'"([^"]{1,80})"')


def _short(name: str) -> str:
    """``https://schema.org/NewsArticle`` -> ``newsarticle``."""
    return name.strip().rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower()


def declared_types(
    root: lxml.etree._Element, scripts: list[lxml.etree._Element] | None = None
) -> frozenset[str]:
    """The schema.org types named by the page's microdata and JSON-LD, lower-cased.

    ``scripts``: the page's script elements whose ``type`` holds "ld+json" in any
    case (:func:`~newsclean.html.metadata.extract_metadata` finds them), so the
    tree is searched for the microdata alone; the types are the same.
    """
    if scripts is None:
        return _types(_DECLARING(root))
    result = _ITEMTYPES(root)
    if not isinstance(result, list):
        return frozenset()
    for script in scripts:
        if "ld+json" in (script.get("type") or ""):  # (in lower case, as _DECLARING reads)
            texts = _TEXTS(script)
            assert isinstance(texts, list)
            result.extend(texts)
    found = _types(result)
    own = root.get("itemtype")  # (first in the page's order: it matters past _MAX_TYPES only)
    if own:
        found |= {_short(v) for v in own.split()[:4]}
    # (past _MAX_TYPES the types kept depend on the values' order: the page's order)
    return found if len(found) < _MAX_TYPES else _types(_DECLARING(root))


def _types(result: object) -> frozenset[str]:
    """The types named by the values of ``_DECLARING`` (or the same values in
    another order, when they name fewer than ``_MAX_TYPES``)."""
    found: set[str] = set()
    if not isinstance(result, list):
        return frozenset()
    for value in result:
        if not isinstance(value, str):
            continue
        if getattr(value, "is_attribute", False):  # an itemtype: one or more URLs
            found.update(_short(v) for v in value.split()[:4])
        else:  # a JSON-LD script's text
            for m in _LD_TYPE.finditer(value, 0, _MAX_SCRIPT):
                found.update(_short(n) for n in _NAME.findall(m.group(1)))
                if len(found) >= _MAX_TYPES:
                    break
        if len(found) >= _MAX_TYPES:
            break
    return frozenset(found)
