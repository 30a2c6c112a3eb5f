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


def test_a_blogs_name_in_h1_gives_way_to_the_posts_headline_of_the_title() -> None:
    """``<h1>`` is the blog's name, the <title> joins it to the post's headline, which a
    heading prints: the title is the post's headline (53 shared pages had the blog's or
    the section's name: "Seth's Blog", "TED Blog", "Opinion")."""
    html = (
        "<html><head><title>Cool Cat Teacher Blog: Teach This! Lesson plans that rock</title>"
        "</head><body><h1>Cool Cat Teacher Blog</h1><h3>Teach This! Lesson plans that rock</h3>"
        "<p>Post.</p></body></html>"
    )
    m = extract_metadata(parse_html(html))
    assert (m.title, m.title_from) == ("Teach This! Lesson plans that rock", "title")


def test_an_h1_headline_with_the_sites_name_in_the_title_stays_the_title() -> None:
    """The usual page: the <h1> is the headline, the title adds the site's name (and a
    part the page prints nowhere as a heading does not replace it either)."""
    for title in ("Rates held again | The Daily", "Rates held | Markets wrap of the day, by desk"):
        html = (
            f"<html><head><title>{title}</title></head><body><h1>{title.split(' | ')[0]}</h1>"
            "<h3>Most read</h3><p>Story.</p></body></html>"
        )
        m = extract_metadata(parse_html(html))
        assert m.title_from == "h1"


def test_an_h1_headline_printed_with_curly_quotes_or_an_ellipsis_stays_the_title() -> None:
    """The <h1> prints the headline with typographic quotes or "…", og:title with
    straight ones or "..." and the site's name: the two printings are the same headline,
    and the title is the <h1>'s (13 of the 1,076 shared HTML pages had og:title's,
    with " | Inexhibit" or " — Mensagens de Reflexão" left on)."""
    cases = [
        ("‘We had some issues,’ exec says", "'We had some issues,' exec says | Daily"),
        ("Só quem se Ama…", "Só quem se Ama... — Mensagens de Reflexão"),
        ("Man’s “best” friend is back", 'Man\'s "best" friend is back - Home'),
    ]
    for h1, og in cases:
        html = (
            f'<html><head><meta property="og:title" content="{og.replace(chr(34), "&quot;")}">'
            f"</head><body><h1>{h1}</h1><p>Story.</p></body></html>"
        )
        m = extract_metadata(parse_html(html))
        assert (m.title, m.title_from) == (h1, "h1")


_CARD = '<li class="card"><a href="/x">Other story</a> <time datetime="{}">then</time></li>'


def test_a_related_cards_time_is_not_the_pages_date() -> None:
    """The first <time datetime> of a list of linked, dated items dates a card, not the
    page: the page's date is the first <time> outside such a list (or none)."""
    cards = f"<ul>{_CARD.format('2025-06-05')}{_CARD.format('2025-06-04')}</ul>"
    story = "<article><p>Text.</p><time datetime='2024-01-02'>2 Jan</time></article>"
    m = extract_metadata(parse_html(f"<body>{cards}{story}</body>"))
    assert m.published is not None
    assert m.published.text == "2024-01-02"
    assert extract_metadata(parse_html(f"<body><p>Text.</p>{cards}</body>")).published is None


def test_published_and_updated_times_in_look_alike_elements_date_the_page() -> None:
    """A story's "published" and "updated" lines, two alike elements linking nowhere, are
    no list of items: the first dates the page."""
    m = extract_metadata(
        parse_html(
            '<body><div class="date"><time datetime="2024-01-02">2 Jan</time></div>'
            '<div class="date"><time datetime="2024-01-03">3 Jan</time></div><p>Text.</p></body>'
        )
    )
    assert m.published is not None
    assert m.published.text == "2024-01-02"
