"""One page, flattened the way four kinds of tools flatten HTML, gives one article.

Text mode must not depend on the tool that turned the HTML into text (issue
17, point 4). The page here (made for this test) has a menu, the story's
headline, byline and date, a photo, five paragraphs, a list of related
stories and a footer; each function below prints it as one kind of tool
does:

- ``html_text``: one line per block, blank lines around blocks (html-text
  with layout guessing, a browser's copy);
- ``inscriptis``: the layout table drawn on screen, the menu column beside
  the story column on lines padded to one width, lists as "  * item";
- ``lxml_blocks``: one line per block and the source's own newlines kept,
  so each paragraph comes hard-wrapped at 72 columns, no blank lines;
- ``markdown``: a heading "# ...", links and images with their targets,
  strong emphasis, bullets (trafilatura's or html2text's Markdown, reader
  services).

Each must give the same title, byline, date and paragraphs, and no menu,
related or footer line in the story.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import pytest

import newsclean

TITLE = "River authority opens the new flood barrier after six years of work"
SITE = "The Valley Courier"
AUTHOR = "Maria Lindqvist"
DATE = "March 3, 2024"
MENU = ["Home", "News", "Sport", "Business", "Opinion", "Weather", "Contact us"]
PARAGRAPHS = (
    "The river authority opened the new flood barrier on Saturday morning, six years after "
    "the first plans were drawn up and two years later than promised.",
    "Engineers said the barrier could hold back water two metres higher than the record "
    "flood of 1998, which left hundreds of families without homes for months.",
    "Residents who had campaigned for the barrier gathered on the bridge to watch the gates "
    "close for the first time, and some of them brought their children along.",
    "The project cost more than forty million pounds, most of it paid by the national "
    "government, while the county council and local businesses covered the rest.",
    "Officials admitted that the delays had been frustrating, but said that the ground under "
    "the old mill turned out to be far softer than the surveys had shown.",
)
RELATED = [
    "Council approves budget for new schools",
    "Bridge closed for repairs until May",
    "Local team wins the county cup again",
]
FOOTER = ["Privacy policy", "Terms of use", "© 2024 The Valley Courier"]


def html_text() -> str:
    lines = [f"{TITLE} | {SITE}", "", *MENU, "", TITLE, "", f"By {AUTHOR}", DATE, ""]
    for p in PARAGRAPHS:
        lines += [p, ""]
    return "\n".join([*lines, "Related stories", "", *RELATED, "", *FOOTER])


def inscriptis() -> str:
    menu = ["", *(f"  * {m}" for m in MENU), "", "  Related stories"]
    menu += [f"  * {r}" for r in RELATED]
    story = [TITLE, "", f"By {AUTHOR}", DATE, ""]
    for p in PARAGRAPHS:
        story += [p, ""]
    rows = max(len(menu), len(story))
    menu += [""] * (rows - len(menu))
    story += [""] * (rows - len(story))
    left = max(map(len, menu)) + 4
    right = max(map(len, story)) + 1
    table = [f"{a:<{left}}{b:<{right}}" for a, b in zip(menu, story, strict=True)]
    return "\n".join([f"{TITLE} | {SITE}", *table, "", *(f"  {f}" for f in FOOTER)])


def lxml_blocks() -> str:
    lines = [f"{TITLE} | {SITE}", *MENU, TITLE, f"By {AUTHOR}", DATE]
    for p in PARAGRAPHS:
        lines += textwrap.wrap(p, 72)
    return "\n".join([*lines, "Related stories", *RELATED, *FOOTER])


def markdown() -> str:
    menu = " ".join(f"[{m}](/{m.lower().replace(' ', '-')})" for m in MENU)
    photo = "![The barrier's gates](https://example.org/img/barrier.jpg)"
    lines = [menu, "", f"# {TITLE}", "", f"**By {AUTHOR}** | {DATE}", "", photo, ""]
    for p in PARAGRAPHS:
        lines += [p, ""]
    related = [f"- [{r}](https://example.org/{i})" for i, r in enumerate(RELATED)]
    return "\n".join([*lines, "## Related stories", "", *related, "", *FOOTER])


STYLES: dict[str, Callable[[], str]] = {
    "html_text": html_text,
    "inscriptis": inscriptis,
    "lxml_blocks": lxml_blocks,
    "markdown": markdown,
}


@pytest.mark.parametrize("style", sorted(STYLES))
def test_one_page_flattened_by_any_tool_gives_the_same_article(style: str) -> None:
    page = newsclean.clean_text(STYLES[style]())
    main = page.main
    assert main is not None
    assert main.title == TITLE
    assert main.authors == (AUTHOR,)
    assert main.published is not None
    assert DATE in main.published.text
    assert main.paragraphs == PARAGRAPHS
    chrome = [*MENU, *RELATED, *FOOTER, "Related stories"]
    assert not [line for line in chrome if line in main.text]


@pytest.mark.parametrize("style", ["inscriptis", "lxml_blocks", "markdown"])
def test_the_page_text_holds_the_paragraphs_as_html_text_prints_them(style: str) -> None:
    """Normalisation undoes each tool's artefacts (padding, wrapping, syntax):
    every paragraph is one line of ``Page.text``, as html-text prints it."""
    lines = newsclean.clean_text(STYLES[style]()).text.split("\n")
    assert all(p in lines for p in PARAGRAPHS)


def test_without_the_layout_steps_the_wrapped_and_padded_pages_lose_their_story() -> None:
    """The tests above can fail: with columns and unwrapping off, the padded page
    glues the menu to the story and the wrapped page has no paragraph lines."""
    off = newsclean.Options(columns=False, unwrap=False)
    for style in ("inscriptis", "lxml_blocks"):
        main = newsclean.clean_text(STYLES[style](), options=off).main
        assert main is None or main.paragraphs != PARAGRAPHS, style
