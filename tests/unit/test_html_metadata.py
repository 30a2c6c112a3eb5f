"""Unit tests of newsclean.html.metadata: JSON-LD, meta tags, <time>, titles."""

from __future__ import annotations

from newsclean.html.metadata import extract_metadata
from newsclean.html.parse import parse_html


def test_json_ld_graph() -> None:
    """An article inside a JSON-LD @graph gives authors and dates."""
    root = parse_html(
        '<script type="application/ld+json">{"@graph": [{"@type": "WebPage"},'
        '{"@type": ["NewsArticle"], "author": [{"name": "A One"}, {"name": "B Two"}],'
        '"datePublished": "2024-01-02", "dateModified": "2024-01-03T10:00:00Z"}]}</script>'
    )
    m = extract_metadata(root)
    assert m.authors == ("A One", "B Two")
    assert m.authors_from == "json-ld"
    assert m.published is not None
    assert m.published.value is not None
    assert m.published.value.day == 2
    assert m.modified_from == "json-ld"


def test_meta_tags() -> None:
    """Open Graph and article meta tags fill the fields, with their source."""
    root = parse_html(
        '<head><meta property="og:title" content="Big news"><meta name="author" content="Jo Lee">'
        '<meta property="article:published_time" content="2023-05-06T07:08:00+02:00">'
        '<link rel="canonical" href="https://example.org/a"></head><body><p>x</p></body>'
    )
    m = extract_metadata(root)
    assert (m.title, m.title_from) == ("Big news", "meta:og:title")
    assert m.authors == ("Jo Lee",)
    assert m.published_from == "meta:article:published_time"
    assert m.canonical_url == "https://example.org/a"


def test_time_element() -> None:
    """A <time datetime> dates the page when nothing else does."""
    m = extract_metadata(parse_html('<p><time datetime="2022-02-03">Feb 3</time></p>'))
    assert m.published_from == "time"


def test_title_tail_stripped() -> None:
    """<title>'s " | Site" tail goes when it is the only title."""
    m = extract_metadata(parse_html("<title>Rates held | Daily Paper</title><p>x</p>"))
    assert m.title == "Rates held"


def test_broken_json_ld_ignored() -> None:
    """Invalid JSON-LD is skipped, not raised."""
    m = extract_metadata(parse_html('<script type="application/ld+json">{oops</script><p>x</p>'))
    assert m.authors == ()
