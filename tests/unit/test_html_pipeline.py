"""Unit tests of newsclean.pipeline.html: the Page contract on HTML input."""

from __future__ import annotations

import pytest

from newsclean.core.errors import InputError, LimitExceeded
from newsclean.core.options import Options
from newsclean.core.rules import RULES
from newsclean.pipeline.html import clean_html_page
from tests.invariants import unclaimed

PARA = "<p>The council approved the new budget on Monday, after a long and heated debate.</p>"
PAGE = (
    '<html><head><title>Budget passes | Daily</title><meta name="author" content="Jo Lee">'
    "</head><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
    f"<article><h1>Budget passes</h1>{PARA * 3}<div class='share'>Share</div></article>"
    "<footer>© 2024 Daily</footer></body></html>"
)


def test_main_story_and_fields() -> None:
    """The story's title, body and metadata authors come out."""
    page = clean_html_page(PAGE)
    assert page.main is not None
    assert page.main.title == "Budget passes"
    assert len(page.main.paragraphs) == 3
    assert page.main.authors == ("Jo Lee",)
    assert page.metadata is not None
    assert page.metadata.title == "Budget passes"


def test_every_char_claimed() -> None:
    """Every non-space character is in an article span or a removal."""
    page = clean_html_page(PAGE)
    assert unclaimed(page) == []


def test_removals_index_text_and_name_rules() -> None:
    """Removal offsets point at their text and every rule is registered."""
    page = clean_html_page(PAGE)
    for r in page.removed:
        assert page.text[r.start : r.end] == r.text
        assert r.rule in RULES


def test_bytes_and_str_agree() -> None:
    """Bytes input gives the same page as text input."""
    assert clean_html_page(PAGE.encode("utf-8")).text == clean_html_page(PAGE).text


def test_empty_input() -> None:
    """Whitespace gives a page without articles."""
    assert clean_html_page("  ").articles == ()


def test_wrong_type_and_limit() -> None:
    """Non-text input and oversized input raise typed errors."""
    with pytest.raises(InputError):
        clean_html_page(12)  # type: ignore[arg-type]
    with pytest.raises(LimitExceeded):
        clean_html_page(PAGE, options=Options(max_input_chars=10))


def test_deterministic() -> None:
    """The same input gives the same page."""
    assert clean_html_page(PAGE).to_dict() == clean_html_page(PAGE).to_dict()


def test_block_paths_match_libxml2_getpath() -> None:
    """_Paths writes the path libxml2's getpath gives, for every block of a tricky page."""
    from newsclean.html.blocks import extract_blocks
    from newsclean.html.parse import parse_html, prune
    from newsclean.pipeline.html import _Paths

    root = parse_html(
        "<p>loose</p><div><p>a</p><span><div>in span</div></span><p>b</p></div>"
        "<div>two<section><p>c</p></section><fb:like>x</fb:like><p>d</p></div>"
        "<div><div hidden>h</div><div>after hidden</div></div><ul><li>1</li><li>2</li></ul>"
    )
    prune(root)
    dom = extract_blocks(root, pruned=True)
    paths = _Paths(dom)
    tree = root.getroottree()
    for k, b in enumerate(dom.blocks):
        assert paths.of_block(k) == tree.getpath(dom.elements[b.owner])
    assert {paths.of_block(k) for k in range(len(dom.blocks))} >= {
        "/html/body/div[1]/p[2]",
        "/html/body/div[1]/span/div",
        "/html/body/div[3]/div",
        "/html/body/ul/li[1]",
    }
    import lxml.etree

    only_root = extract_blocks(lxml.etree.fromstring("<html>bare text</html>"))
    assert _Paths(only_root).of_block(0) == "/html"  # the root itself


def test_first_whole_paths_of_a_page_count_no_ancestors_children() -> None:
    """A page's first ``_UNGUARDED_MAX`` whole paths come from libxml2 without the
    walk up their ancestors counting children (``_few_siblings``: ~35M instructions
    of an aeb/html pass); a parent with many children written so gives its children
    no steps, so their paths stay linear (each a walk up as before)."""
    from unittest import mock

    from newsclean.html.blocks import extract_blocks
    from newsclean.html.parse import parse_html, prune
    from newsclean.pipeline import html as pipeline_html

    root = parse_html(
        "<div><section><p>a</p></section><section><p>b</p></section></div>"
        "<ul>" + "<li>i</li>" * 300 + "</ul>"
    )
    prune(root)
    dom = extract_blocks(root, pruned=True)
    tree = root.getroottree()
    with mock.patch.object(pipeline_html._Paths, "_few_siblings", side_effect=AssertionError):
        paths = pipeline_html._Paths(dom)
        assert paths.of_block(0) == tree.getpath(dom.elements[dom.blocks[0].owner])
        assert paths.of_block(1) == "/html/body/div/section[2]/p"
        assert paths.of_block(2) == "/html/body/ul/li[1]"  # (300 siblings: no steps from it)
    wide = dom.elements[dom.blocks[2].owner].getparent()
    assert wide not in paths._parent_path
    for k, b in enumerate(dom.blocks):
        assert paths.of_block(k) == tree.getpath(dom.elements[b.owner])


# A site's name in an <h1> (a logo), the story's headline printed elsewhere and named by
# the page's <title>: the headline is the title (issue 16; the generated HTML pages of
# one host print their logo as <h1> and the headline in an <h2> or a <dt>)
def _logo_page(headline_markup: str) -> str:
    return (
        "<html><head><title>Council passes the budget after a long night - Daily Courier"
        "</title></head><body><div class='header'><h1><a href='/'><img src='/logo.png'>"
        "The Courier</a></h1>"
        "</div><div class='post'>"
        f"{headline_markup}{PARA * 3}</div><footer>© 2024 Daily</footer></body></html>"
    )


@pytest.mark.parametrize(
    "markup",
    [
        "<h2><a href='/2024/budget'>Council passes the budget after a long night</a></h2>",
        "<dl><dt>Council passes the budget after a long night</dt></dl>",
    ],
)
def test_logo_h1_yields_to_printed_headline(markup: str) -> None:
    """A logo's <h1> is not the title when another block prints the page's title."""
    page = clean_html_page(_logo_page(markup))
    assert page.main is not None
    assert page.main.title == "Council passes the budget after a long night"
    assert "Council passes" not in page.main.text
    assert unclaimed(page) == []
    assert any(r.rule == "html.other_heading" and r.text == "The Courier" for r in page.removed)


def test_h1_text_in_div_beats_standfirst_h2() -> None:
    """An <h1> whose headline sits in a <div> is the title, not the <h2> standfirst under it."""
    html = (
        "<html><head><title>Mourinho agrees deal to manage Spurs | UK News</title></head>"
        "<body><div class='article-header'><h1><div><span>Mourinho agrees deal to manage Spurs"
        "</span></div></h1><h2>The Portuguese boss had been out of work since December.</h2>"
        f"</div><div class='article-body'>{PARA * 3}</div></body></html>"
    )
    page = clean_html_page(html)
    assert page.main is not None
    assert page.main.title == "Mourinho agrees deal to manage Spurs"


def test_site_name_headline_keeps_story_heading() -> None:
    """A page whose title is the site's name, also printed in its logo's <h1>, keeps the
    story's own heading (the nearer <h1>) as its title."""
    html = (
        "<html><head><title>ATPM - About This Particular Macintosh</title></head><body>"
        "<h1>ATPM - About This Particular Macintosh</h1><div class='nav'>Columns</div>"
        f"<div class='story'><h1>Internet Democracy Gone Bad</h1>{PARA * 3}</div></body></html>"
    )
    page = clean_html_page(html)
    assert page.main is not None
    assert page.main.title == "Internet Democracy Gone Bad"


def test_an_asides_h1_inside_the_story_is_not_its_title() -> None:
    """An <h1> heading a box of links in an <aside> inside the story's body ("More on
    Book Review") is no headline: the story's <h1> above it, in its header, is."""
    links = "".join(f"<li><a href='/b{k}'>Another review number {k}</a></li>" for k in range(4))
    html = (
        "<html><head><title>Why a writer fell into obscurity | Slate</title></head><body>"
        "<article><header><h1>The Disappearance of a Writer</h1></header>"
        "<section class='article-body'><aside class='recirc'><h1>More on Book Review</h1>"
        f"<ul>{links}</ul></aside>{PARA * 4}</section></article></body></html>"
    )
    page = clean_html_page(html)
    assert page.main is not None
    assert page.main.title == "The Disappearance of a Writer"
