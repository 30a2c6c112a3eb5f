"""Unit tests of newsclean.html.density: the densest element, chrome rejection."""

from __future__ import annotations

import dataclasses

from newsclean.core.options import Options
from newsclean.html.blocks import Dom, extract_blocks
from newsclean.html.content import select_content
from newsclean.html.density import densest, under_chrome
from newsclean.html.parse import parse_html

PARA = "<p>The council approved the new budget on Monday, after a long and heated debate.</p>"
MENU = "".join(f"<a href='/{i}'>Section {i}</a> " for i in range(12))


def _dom(html: str) -> Dom:
    return extract_blocks(parse_html(html))


def _id(dom: Dom, i: int) -> str | None:
    return None if i < 0 else dom.elements[i].get("id")


def test_densest_is_the_prose_not_the_menu() -> None:
    """Many short linked blocks sum below zero; paragraphs above it."""
    dom = _dom(f"<body><div id='menu'>{MENU}</div><div id='story'>{PARA * 3}</div></body>")
    assert _id(dom, densest(dom)) == "story"


def test_linked_text_counts_against() -> None:
    """A box of long linked lines (a teaser list) is not the densest text."""
    teasers = "".join(f"<p><a href='/{i}'>{PARA[3:-4]}</a></p>" for i in range(5))
    dom = _dom(f"<body><div id='list'>{teasers}</div><div id='story'>{PARA * 2}</div></body>")
    assert _id(dom, densest(dom)) == "story"


def test_prose_in_an_aside_does_not_pull_the_candidate_up() -> None:
    """Text under <aside> is worth nothing, so the story alone beats story plus sidebar."""
    dom = _dom(f"<body><div id='story'>{PARA * 3}</div><aside>{PARA * 4}</aside></body>")
    assert _id(dom, densest(dom)) == "story"


def test_no_candidate_on_a_page_of_links() -> None:
    """Nothing sums above zero: no candidate."""
    dom = _dom(f"<body><div>{MENU}</div><ul><li><a href='/x'>More</a></li></ul></body>")
    assert densest(dom) == -1


def test_candidate_under_comments_is_rejected() -> None:
    """The longest prose in a comment thread is no candidate."""
    dom = _dom(f"<body><p>Short intro.</p><div class='comments'><div>{PARA * 5}</div></div></body>")
    assert densest(dom) == -1


def test_article_inside_a_chrome_name_is_kept() -> None:
    """An <article> between the candidate and a chrome-named wrapper shields it."""
    dom = _dom(f"<body><div class='related-wrap'><article><div>{PARA * 3}</div></article></div>")
    best = densest(dom)
    assert best >= 0
    assert not under_chrome(dom, best)
    assert dom.tags[best] == "div"  # ties go to the innermost element


def test_select_content_takes_the_denser_region_apart() -> None:
    """A small box chosen by the votes (the story's wrapper is named as chrome) loses to a
    disjoint region with 2.5x its text, unless the option asks for more."""
    box = "<div class='box'><p>Read our coverage, every day, all day, on any device.</p></div>"
    html = (
        f"<body><div class='share_wrapper'><div>{PARA * 4}</div></div>"
        f"<div class='side'>{box}<div>{MENU * 4}</div></div></body>"
    )
    dom = _dom(html)
    texts = [dom.blocks[k].text for k in select_content(dom).body]
    assert texts == [PARA[3:-4]] * 4
    strict = dataclasses.replace(Options(), html_density_ratio=100.0)
    texts = [dom.blocks[k].text for k in select_content(dom, options=strict).body]
    assert texts == ["Read our coverage, every day, all day, on any device."]


def test_teasers_around_the_story_stay_out() -> None:
    """The densest text holds the story and the teasers around it; the teasers print their
    text in other markup than the story's paragraphs, so the story alone is kept."""
    dek = (
        "<p class='dek'>The mayor said the plan would cut costs and help the city grow over the "
        "next ten years as new homes and roads are built</p>"
    )
    head = "<h3><a href='/{}'>The headline of another story of the day, number {}</a></h3>"
    cards = "".join(f"<div class='card'>{head.format(i, i)}{dek}</div>" for i in range(12))
    dom = _dom(f"<body><div><div class='story'>{PARA * 6}</div>{cards}</div></body>")
    texts = [dom.blocks[k].text for k in select_content(dom).body]
    assert texts == [PARA[3:-4]] * 6
