"""What an HTML page says about itself: title, authors, dates, site, language.

Sources, best first for each field (the ``*_from`` fields of ``Metadata``
name the one used):

- **title**: the ``<h1>`` when og:title, JSON-LD ``headline`` or
  ``<title>`` confirm it (one contains the other), else og:title, JSON-LD
  ``headline``, ``<title>`` without its " | Site" tail, the ``<h1>``;
- **authors**: JSON-LD ``author`` names, ``meta name=author``, a byline
  parsed from an element whose class says byline/author;
- **published / modified**: JSON-LD ``datePublished`` / ``dateModified``,
  ``article:published_time`` and friends, the first ``<time datetime>``;
- **publisher**: the name of the article's JSON-LD ``publisher`` (a string,
  an Organization, a list of them, or a ``{"@id": ...}`` reference to an
  Organization elsewhere in the page's JSON-LD);
- **site name, canonical URL, language, description**: og:site_name or the
  publisher, ``<link rel=canonical>`` or og:url, ``<html lang>``
  or JSON-LD ``inLanguage``, og/meta description.

Dates are parsed with ``newsclean.parse_timestamp``; nothing reads the clock.

>>> from newsclean.html.parse import parse_html
>>> root = parse_html('''<html lang="en-GB"><head><title>Rates held | Daily</title>
... <meta property="og:site_name" content="Daily">
... <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Rates held",
...  "author": {"@type": "Person", "name": "Jane Doe"}, "datePublished": "2024-05-01T09:00:00Z"}
... </script></head><body><h1>Rates held</h1></body></html>''')
>>> m = extract_metadata(root)
>>> m.title, m.title_from, m.authors, m.published.value.isoformat(), m.site_name, m.language
('Rates held', 'h1', ('Jane Doe',), '2024-05-01T09:00:00+00:00', 'Daily', 'en-GB')
>>> m.publisher is None
True
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import lxml.etree
import regex

from newsclean.core.types import Metadata, Timestamp
from newsclean.parsers.bylines import parse_byline
from newsclean.parsers.timestamps import parse_timestamp

__all__ = [
    "STORY_MIN_WORDS",
    "authors_from_byline",
    "extract_metadata",
    "printing_key",
    "same_printing",
    "title_parts",
]

_BYLINE_EL = lxml.etree.XPath(
    "(//*[contains(@class, 'byline') or contains(@class, 'author') or @rel='author'])[1]"
)
_MAX_JSON = 1_000_000  # characters of one JSON-LD script that are parsed
_MAX_NODES = 2000  # JSON values visited per page
_MAX_BYLINE = 200  # a byline element with more text is a bio or a story
_ARTICLE_TYPES = frozenset(
    {"newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
     "opinionnewsarticle", "reviewnewsarticle", "liveblogposting", "techarticle",
     "scholarlyarticle", "report", "backgroundnewsarticle", "socialmediaposting"}
)  # fmt: skip
_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "datepublished", "pubdate",
    "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created",
    "sailthru.date", "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime",
)  # fmt: skip
_MODIFIED_META = (
    "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
    "last-modified", "article.updated",
)  # fmt: skip
_TITLE_TAIL = regex.compile(r"\s+[|\-–—:·»]\s+[^|\-–—:·»]{1,60}$")
_SPACE = regex.compile(r"\s+")
# the separators a <title> joins the site's name and the story's headline with, each a
# word of its own ("Site | Story"), or a colon ending a word ("Blog: Story")
_TITLE_SEPARATORS = frozenset("|-–—·»")
STORY_MIN_WORDS = 3  # the part beside the site's name that is a headline


def _elements(xpath: lxml.etree.XPath, root: lxml.etree._Element) -> list[lxml.etree._Element]:
    """The elements an XPath selects (typed)."""
    result = xpath(root)
    if not isinstance(result, list):
        return []
    return [r for r in result if isinstance(r, lxml.etree._Element)]


def _first(xpath: lxml.etree.XPath, root: lxml.etree._Element) -> lxml.etree._Element | None:
    found = _elements(xpath, root)
    return found[0] if found else None


def _clean(text: object) -> str | None:
    if not isinstance(text, str):
        return None
    # printable text has no whitespace but " " (every other space is a separator
    # or a control): without a double space there is no run to collapse
    if text.isprintable() and "  " not in text:
        return text.strip() or None
    out = _SPACE.sub(" ", text).strip()
    return out or None


def _json_objects(scripts: list[lxml.etree._Element]) -> Iterator[dict[str, Any]]:
    """Every JSON object in the page's JSON-LD scripts (``@graph`` flattened)."""
    budget = _MAX_NODES
    for script in scripts:
        raw = script.text or ""
        if not raw.strip() or len(raw) > _MAX_JSON:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue
        stack: list[Any] = [data]
        while stack and budget > 0:
            budget -= 1
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(reversed(graph))


@dataclass(slots=True)
class _Found:
    """What one pass over the page's head-like elements found."""

    scripts: list[lxml.etree._Element] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    canonical: str | None = None
    time: lxml.etree._Element | None = None  # the first <time datetime>
    h1: lxml.etree._Element | None = None
    title: lxml.etree._Element | None = None


def _scan(root: lxml.etree._Element) -> _Found:
    """One walk (in C, over six tags) instead of one XPath per field."""
    found = _Found()
    meta = found.meta
    for el in root.iter("script", "meta", "link", "time", "h1", "title"):
        tag = el.tag
        if tag == "meta":
            value = el.get("content")
            key = el.get("property") or el.get("name") or el.get("itemprop")
            if key and value:
                meta.setdefault(key.strip().lower(), value)
        elif tag == "script":
            kind = el.get("type")
            if kind and "ld+json" in kind.lower():
                found.scripts.append(el)
        elif tag == "link":
            if found.canonical is None and el.get("rel") == "canonical":
                found.canonical = el.get("href")
        elif tag == "time":
            if found.time is None and el.get("datetime"):
                found.time = el
        elif tag == "h1":
            if found.h1 is None:
                found.h1 = el
        elif found.title is None:
            found.title = el
    return found


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        return {kind.lower()}
    if isinstance(kind, list):
        return {k.lower() for k in kind if isinstance(k, str)}
    return set()


def _names(value: Any) -> tuple[str, ...]:
    out: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items[:20]:
        name = item.get("name") if isinstance(item, dict) else item
        text = _clean(name)
        if text and not text.startswith(("http://", "https://")) and text not in out:
            out.append(text)
    return tuple(out)


def _ts(text: str | None, reference_time: datetime | None) -> Timestamp | None:
    if not text or len(text) > 100:
        return None
    ts = parse_timestamp(text.strip(), reference_time=reference_time)
    return None if ts is not None and _placeholder(ts.value) else ts


def _placeholder(value: datetime | None) -> bool:
    """A platform's zero date, printed where the page has none: year 1
    (.NET's ``DateTime.MinValue``, Go's zero time) or the Unix epoch.

    >>> from datetime import UTC
    >>> _placeholder(datetime(1, 1, 1, tzinfo=UTC)), _placeholder(datetime(1970, 1, 1, tzinfo=UTC))
    (True, True)
    >>> _placeholder(datetime(1970, 1, 1, 9, 30, tzinfo=UTC))
    False
    """
    if value is None:
        return False
    if value.year == 1:
        return True
    return value.tzinfo is not None and value.timestamp() == 0


def _text_of(el: lxml.etree._Element | None) -> str | None:
    if el is None:
        return None
    return _clean("".join(str(t) for t in el.itertext())[:1000])


# typography one printing of a headline uses and another does not ("…" / "...",
# curly / straight quotes): read alike when two printings are compared
_TYPOGRAPHY = str.maketrans({"…": "...", "‘": "'", "’": "'", "“": '"', "”": '"'})


def same_printing(a: str, b: str) -> bool:
    """True when one printing of a headline holds the other (case and typography aside).

    >>> same_printing("Só quem se Ama…", "Só quem se Ama... — Mensagens de Reflexão")
    True
    >>> same_printing("Rates held", "Markets fall")
    False
    """
    x, y = printing_key(a), printing_key(b)
    return x in y or y in x


def printing_key(text: str) -> str:
    """A headline's printing as compared: case, typography and spacing aside.

    >>> printing_key("  It’s  HERE…")
    "it's here..."
    """
    return " ".join(text.casefold().translate(_TYPOGRAPHY).split())


def extract_metadata(
    root: lxml.etree._Element,
    *,
    reference_time: datetime | None = None,
    byline_element: bool = True,
    scripts: list[lxml.etree._Element] | None = None,
) -> Metadata:
    """The page's own statements about itself (see the module docstring).

    ``byline_element=False`` skips the search for a byline element (an XPath
    over every element): the HTML pipeline reads the byline from its own
    walk instead (:func:`authors_from_byline`). ``scripts``, when given, gets
    the page's JSON-LD script elements, found on the way (the pipeline reads
    their schema.org types too: :func:`~newsclean.html.schema_types.declared_types`).
    """
    found = _scan(root)
    if scripts is not None:
        scripts.extend(found.scripts)
    article: dict[str, Any] = {}
    other: dict[str, Any] = {}
    by_id: dict[str, dict[str, Any]] = {}  # "@id" -> object, for references such as publisher's
    for obj in _json_objects(found.scripts):
        types = _types(obj)
        ident = obj.get("@id")
        if isinstance(ident, str) and len(obj) > 1:  # ({"@id": x} alone is a reference)
            by_id.setdefault(ident, obj)
        if types & _ARTICLE_TYPES and not article:
            article = obj
        elif not other and (types & {"webpage", "organization", "website"}):
            other = obj
    meta = found.meta
    h1 = _text_of(found.h1)
    doc_title = _text_of(found.title)
    title, title_from = _title(
        h1, meta.get("og:title"), article.get("headline"), doc_title, root
    )

    authors = _names(article.get("author")) if article else ()
    authors_from: str | None = "json-ld" if authors else None
    if not authors and meta.get("author"):
        authors = _names([a for a in regex.split(r"\s*(?:,|\band\b)\s*", meta["author"]) if a])
        authors_from = "meta:author" if authors else None
    if not authors and byline_element:
        authors = authors_from_byline(_text_of(_first(_BYLINE_EL, root)), reference_time)
        authors_from = "byline" if authors else None

    published, published_from = _date(
        article.get("datePublished"), meta, _PUBLISHED_META, found.time, reference_time
    )
    modified, modified_from = _date(
        article.get("dateModified"), meta, _MODIFIED_META, None, reference_time
    )
    publisher = _publisher(article.get("publisher"), by_id) if article else None
    site_name = _clean(meta.get("og:site_name")) or publisher
    canonical = found.canonical
    language = _clean(root.get("lang")) or _clean(article.get("inLanguage"))
    description = (
        _clean(meta.get("og:description"))
        or _clean(meta.get("description"))
        or (_clean(article.get("description")) if article else None)
    )
    return Metadata(
        title=title,
        title_from=title_from,
        authors=authors,
        authors_from=authors_from,
        published=published,
        published_from=published_from,
        modified=modified,
        modified_from=modified_from,
        site_name=site_name,
        publisher=publisher,
        canonical_url=_clean(canonical) or _clean(meta.get("og:url")),
        language=language or _clean(other.get("inLanguage")),
        description=description,
    )


def _publisher(value: Any, by_id: dict[str, dict[str, Any]]) -> str | None:
    """The name of a JSON-LD publisher: a string, an Organization, a list (the
    first with a name), or a ``{"@id": ...}`` reference to one on the page.

    >>> org = {"@type": "Organization", "@id": "#org", "name": "Daily"}
    >>> _publisher({"@id": "#org"}, {"#org": org}), _publisher(["", org], {})
    ('Daily', 'Daily')
    """
    items = value if isinstance(value, list) else [value]
    for item in items[:10]:
        if isinstance(item, dict) and "name" not in item:
            ref = item.get("@id")
            item = by_id.get(ref) if isinstance(ref, str) else None
        names = _names(item) if item else ()
        if names:
            return names[0]
    return None


def authors_from_byline(
    text: str | None, reference_time: datetime | None = None
) -> tuple[str, ...]:
    """The authors a byline element's text names (none for long text).

    >>> authors_from_byline("By Jane Doe and John Roe | May 1, 2024")
    ('Jane Doe', 'John Roe')
    """
    if not text or len(text) >= _MAX_BYLINE:
        return ()
    return parse_byline(text, reference_time=reference_time).authors


def _title(
    h1: str | None,
    og: str | None,
    headline: Any,
    doc_title: str | None,
    root: lxml.etree._Element | None = None,
) -> tuple[str | None, str | None]:
    og = _clean(og)
    headline = _clean(headline)
    short = _TITLE_TAIL.sub("", doc_title) if doc_title else None
    if h1 and len(h1) < 300:
        for other, source in ((og, "meta:og:title"), (headline, "json-ld"), (doc_title, "title")):
            if other and same_printing(h1, other):
                story = _beside_site(h1, other)
                if story and root is not None and _printed_as_heading(root, story):
                    return story, source
                return h1, "h1"
    for value, source in ((og, "meta:og:title"), (headline, "json-ld"), (short, "title")):
        if value:
            return value, source
    return (h1, "h1") if h1 else (None, None)


def _beside_site(h1: str, title: str) -> str | None:
    """The headline a title prints beside the ``<h1>`` when that is the site's name
    ("Cool Cat Teacher Blog: Teach This! ...", "Study Hacks » Blog Archive » My New
    Project"): the title's longest part, when one part is the ``<h1>`` and the longest
    is longer and of 3+ words; else None (the ``<h1>`` is the headline).

    >>> _beside_site("Study Hacks", "Study Hacks » Blog Archive » My New Project")
    'My New Project'
    >>> _beside_site("Rates held again", "Rates held again | The Daily")
    """
    parts = title_parts(title)
    key = _SPACE.sub(" ", h1).casefold()
    if len(parts) < 2 or not any(_SPACE.sub(" ", p).casefold() == key for p in parts):
        return None
    longest = max(parts, key=len)
    if len(longest) > len(h1) and len(longest.split()) >= STORY_MIN_WORDS:
        return longest
    return None


def title_parts(title: str) -> list[str]:
    """The parts of a title between its separators, by words (linear: no pattern to
    backtrack over a long run of spaces).

    >>> title_parts("Blog: A post | Site")
    ['Blog', 'A post', 'Site']
    """
    parts: list[str] = []
    words: list[str] = []
    for word in title.split():
        if word in _TITLE_SEPARATORS:
            parts.append(" ".join(words))
            words = []
        elif word.endswith(":") and len(word) > 1:
            words.append(word[:-1])
            parts.append(" ".join(words))
            words = []
        else:
            words.append(word)
    parts.append(" ".join(words))
    return [p for p in parts if p]


def _printed_as_heading(root: lxml.etree._Element, text: str) -> bool:
    """True when a heading of the page reads ``text`` (spaces and case aside)."""
    key = _SPACE.sub(" ", text).strip().casefold()
    return any(
        _SPACE.sub(" ", _text_of(el) or "").strip().casefold() == key
        for el in root.iter("h1", "h2", "h3", "h4")
    )


def _date(
    ld_value: Any,
    meta: dict[str, str],
    keys: tuple[str, ...],
    time: lxml.etree._Element | None,
    reference_time: datetime | None,
) -> tuple[Timestamp | None, str | None]:
    if isinstance(ld_value, list):  # ["2025-03-12T14:22:00+01:00"]: the first
        ld_value = next((v for v in ld_value if isinstance(v, str)), None)
    ts = _ts(_clean(ld_value), reference_time)
    if ts is not None:
        return ts, "json-ld"
    for key in keys:
        ts = _ts(meta.get(key), reference_time)
        if ts is not None:
            return ts, f"meta:{key}"
    if time is not None and _in_listing(time):  # (a few pages: the others' first is theirs)
        time = _page_time(time)
    ts = _ts(time.get("datetime") if time is not None else None, reference_time)
    if ts is not None:
        return ts, "time"
    return None, None


_MAX_TIMES = 8  # <time datetime> elements after a listing's a page's date is looked for in


def _page_time(first: lxml.etree._Element) -> lxml.etree._Element | None:
    """The first ``<time datetime>`` after ``first`` (a listing's) that dates no item
    of a listing, among the next ``_MAX_TIMES``; else None."""
    after, seen = False, 0
    for t in first.getroottree().iter("time"):
        if t is first:
            after = True
        elif after and t.get("datetime"):
            seen += 1
            if seen > _MAX_TIMES:
                break
            if not _in_listing(t):
                return t
    return None
_LISTING_DEPTH = 4  # ancestors of a <time> looked at for a repeated sibling
_ITEM_TAGS = frozenset(("li", "article", "tr"))  # items of a list even without a class
_LISTING_SIBLINGS = 12  # siblings of each looked at


def _in_listing(time: lxml.etree._Element) -> bool:
    """True when a ``<time>`` dates one item of a list of items, each dated and linked:
    one of its near ancestors (classed, or an ``<li>``, ``<article>``, ``<tr>``) has a
    sibling of the same tag and class that holds a ``<time>`` and a link too (a
    related card's, a river's date; not the page's, whose "published" and "updated"
    may sit in two look-alike elements, but link nowhere).

    >>> import lxml.html
    >>> card = '<li class="c"><a href="/a">A</a> <time datetime="2025-06-01">1 June</time></li>'
    >>> root = lxml.html.fromstring(f'<div><p><time datetime="2025-06-02">2 June</time></p>'
    ...                             f'<ul>{card}{card}</ul></div>')
    >>> [_in_listing(t) for t in root.iter("time")]
    [False, True, True]
    """
    el = time
    for _ in range(_LISTING_DEPTH):
        up = el.getparent()
        if up is None:
            return False
        key = (el.tag, el.get("class"))
        if key[1] is None and key[0] not in _ITEM_TAGS:
            el = up  # (a bare <div>: a page's wrapper as often as an item)
            continue
        for near in itertools.chain(
            itertools.islice(el.itersiblings(), _LISTING_SIBLINGS),
            itertools.islice(el.itersiblings(preceding=True), _LISTING_SIBLINGS),
        ):
            if (
                (near.tag, near.get("class")) == key
                and next(near.iter("time"), None) is not None
                and next(near.iter("a"), None) is not None
            ):
                return True
        el = up
    return False
