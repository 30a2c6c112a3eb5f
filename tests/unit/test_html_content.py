"""Unit tests of newsclean.html.content: container choice and chrome removal."""

from __future__ import annotations

import dataclasses

from newsclean.core.options import Options
from newsclean.html.blocks import extract_blocks
from newsclean.html.content import select_content
from newsclean.html.parse import parse_html

PARA = "<p>The council approved the new budget on Monday, after a long and heated debate.</p>"


def _select(html: str) -> tuple[list[str], dict[str, str]]:
    dom = extract_blocks(parse_html(html))
    sel = select_content(dom)
    body = [dom.blocks[i].text for i in sel.body]
    rules = {dom.blocks[i].text: r for i, r in sel.rules.items()}
    return body, rules


def test_story_container_beats_comments() -> None:
    """A comment thread with more text does not win over the story."""
    comments = "".join(f'<div class="comment">{PARA}</div>' for _ in range(6))
    body, rules = _select(
        f'<body><div class="story">{PARA * 3}</div><div id="comments">{comments}</div></body>'
    )
    assert len(body) == 3
    assert set(rules.values()) == {"html.class_comments"}


def test_paragraphs_in_separate_wrappers_kept_together() -> None:
    """Paragraphs each in their own wrapper are found through the shared parent."""
    wrapped = "".join(f"<div><div>{PARA}</div></div>" for _ in range(5))
    body, _ = _select(f"<body><div>{wrapped}</div><aside>{PARA}</aside></body>")
    assert len(body) == 5


def test_chrome_inside_story_removed() -> None:
    """Share buttons, captions and link lists inside the story are removed with rules."""
    body, rules = _select(
        f"<body><article>{PARA * 3}<figure><figcaption>A photo</figcaption></figure>"
        f'<div class="share-tools">Share on X</div>'
        f'<ul><li><a href="/a">Other story one</a></li></ul></article></body>'
    )
    assert len(body) == 3
    assert rules["A photo"] == "html.caption"
    assert rules["Share on X"] == "html.class_share"
    assert rules["Other story one"] == "html.link_dense"


def test_headline_found() -> None:
    """The <h1> above the body is the title, not a body block."""
    dom = extract_blocks(parse_html(f"<body><h1>Budget passes</h1><div>{PARA * 3}</div></body>"))
    sel = select_content(dom)
    assert sel.title is not None
    assert dom.blocks[sel.title].text == "Budget passes"


def test_empty_page() -> None:
    """A page without text selects nothing."""
    sel = select_content(extract_blocks(parse_html("<body><img src=x></body>")))
    assert sel.body == ()
    assert sel.title is None


def test_climb_threshold_comes_from_options() -> None:
    """With climbing made impossible, a story split in unlike wrappers keeps only its best part."""
    para = "<p>The council approved the new budget on Monday, after a long and heated debate.</p>"
    html = (
        f"<body><div class='a'><div class='b'>{para * 3}</div></div>"
        f"<div class='d'><div class='c'>{para * 2}</div></div></body>"
    )
    whole = select_content(extract_blocks(parse_html(html)))
    strict = select_content(
        extract_blocks(parse_html(html)),
        options=dataclasses.replace(Options(), html_climb_prose=2.0),
    )
    assert len(whole.body) == 5
    assert len(strict.body) < len(whole.body)
