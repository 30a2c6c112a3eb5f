"""Unit tests of ``newsclean.text.markdown``: Markdown syntax read as plain lines."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.core.options import Options
from newsclean.text.markdown import is_markdown, strip_markdown


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("# Council backs plan", "Council backs plan"),
        ("### Heading ###", "Heading"),
        ("The [city council](https://example.org/c) met.", "The city council met."),
        ('A [link](https://example.org/a "its title") here', "A link here"),
        ("![A meeting](https://example.org/m.jpg?w=3840&q=100)", ""),
        ("[![logo](/logo.png)](/)", ""),
        ("**By Jane Roe** and *others*", "By Jane Roe and others"),
        (
            "__strong__ and _soft_ but snake_case_name stays",
            "strong and soft but snake_case_name stays",
        ),
        ("* first item", "first item"),
        ("> quoted words", "quoted words"),
        ("---", ""),
        ("|---|:---:|", ""),
        ("Use `clean()` here", "Use clean() here"),
        ("[ref]: https://example.org/ref", ""),
        ("see [the report][1]", "see the report"),
        ("2 \\* 3", "2 * 3"),
    ],
)
def test_syntax_goes_and_text_stays(markdown: str, plain: str) -> None:
    assert strip_markdown(markdown)[0] == plain


@pytest.mark.parametrize(
    "text",
    [
        "Read [the report](https://example.org/r) and [the data](/d).",
        "# Title\nSee [more](https://example.org).",
        "# Title\n**By Jane Roe**",
    ],
)
def test_markdown_pages_are_recognised(text: str) -> None:
    assert is_markdown(text)


@pytest.mark.parametrize(
    "text",
    [
        "* Calendar subject to change\n#hashtag",
        "The URL was https://example.org/a](b) once.",
        "Price: 5 * 3 = 15 and 2 ** 8 = 256",
        "# 1 in the charts",
    ],
)
def test_plain_pages_are_left_alone(text: str) -> None:
    assert not is_markdown(text)


_PAGE = """[Home](https://example.com/) | [World](https://example.com/world)

# Council backs budget after long debate

![A council meeting](https://example.com/img/council.jpg?w=3840&q=100)

The council approved the new budget on Monday after a long debate, officials said. \
The plan raises spending on schools and transit by four percent.

Opponents said the plan relied on *optimistic forecasts*, and two members voted against \
it, warning that the city would face the [same shortfall](https://example.com/s) again."""


def test_a_markdown_page_comes_out_as_plain_text() -> None:
    page = newsclean.clean_text(_PAGE)
    assert page.main is not None
    assert page.main.title == "Council backs budget after long debate"
    assert page.main.paragraphs[1].endswith("would face the same shortfall again.")
    assert "optimistic forecasts," in page.main.paragraphs[1]
    assert "](" not in page.main.text
    assert "*" not in page.main.text
    assert [f.rule for f in page.fixes if f.rule == "markdown"] == ["markdown"]


def test_markdown_can_be_switched_off() -> None:
    page = newsclean.clean_text(_PAGE, options=Options(markdown=False))
    assert "markdown" not in {f.rule for f in page.fixes}
    assert page.main is not None
    assert "](" in page.text


def test_a_link_whose_text_holds_brackets_keeps_them_and_loses_its_target() -> None:
    text, _ = strip_markdown("## [[Video] The storm hits the coast](https://example.com/v/1)")
    assert text == "[Video] The storm hits the coast"


_CARDS = """# Council backs budget after long debate

The council approved the budget on Monday after a debate that lasted more than six hours.

Opponents said the plan relied on optimistic forecasts and warned of a shortfall next year.

The mayor said the new spending on transit and schools would be paid for by savings elsewhere.

[Home](https://example.com/) [News](https://example.com/news)

[Storm closes schools across the region](https://example.com/news/1)
Weather • 4 min read • REUTERS
Schools in three counties closed on Tuesday as the storm brought heavy rain and winds.

[Rail strike set to end on Friday](https://example.com/news/2)
Transport • 3 min read • AP
The union said its members would return to work after a deal on pay was reached late on Monday.

[[Video] Firefighters rescue a cat from a tree](https://example.com/news/3)
Local • 1 min read • NBC NEWS
Firefighters spent an hour on the rescue, which drew a crowd of neighbours to the street.
"""


def test_a_list_of_markdown_links_is_found_when_one_headline_holds_brackets() -> None:
    page = newsclean.clean_text(_CARDS)
    titles = [a.title for a in page.articles[1:]]
    assert titles == [
        "Storm closes schools across the region",
        "Rail strike set to end on Friday",
        "[Video] Firefighters rescue a cat from a tree",
    ]


def test_a_layout_table_row_is_read_cell_by_cell() -> None:
    # markdownify keeps an old page's layout table: the menu, the story and
    # the sidebar are cells of one row, printed on one line
    story = (
        "The river rose two metres overnight and closed the old bridge, the county said on "
        "Friday. Engineers will inspect the piers before traffic is allowed back.",
        "Shops along the quay moved their stock upstairs, and volunteers filled sandbags "
        "until the early hours, said Ann Lee, who runs the bakery by the harbour.",
    )
    menu = " | ".join(f"[{w}](/{w.lower()}/)" for w in ("Home", "News", "Sport", "Weather"))
    sidebar = " | ".join(f"[Archive {y}](/archive/{y}/)" for y in range(2001, 2009))
    page = "\n".join(
        [
            "| [Example Gazette](/) | |",
            "| --- | --- |",
            f"| | {menu} | | # Flood closes the old bridge | {story[0]} {story[1]} | {sidebar} | |",
            "| Copyright Example Gazette | |",
        ]
    )
    assert is_markdown(page)
    main = newsclean.clean_text(page).main
    assert main is not None
    assert main.title == "Flood closes the old bridge"
    assert main.text == f"{story[0]} {story[1]}"


def test_a_link_broken_by_a_wrapped_line_loses_its_target() -> None:
    # html2text wraps at 78 columns: a link's text breaks at a space, its
    # target at a hyphen
    wrapped = (
        "The effects are far bigger than many imagined... [Read\n"
        "More](/news/1080313_used-car-prices-tick-up-\n"
        "after-sandy)\n\n"
        "![A flooded\nstreet](/img/flooded-\nstreet.jpg)"
    )
    assert strip_markdown(wrapped)[0] == (
        "The effects are far bigger than many imagined... Read\nMore\n\n"
    )


def test_a_blank_line_still_ends_a_link_text() -> None:
    text = "[Read\n\nMore](/news/a)"
    assert strip_markdown(text)[0] == text


def test_a_link_with_a_long_title_holding_escapes_loses_its_title() -> None:
    # html2text writes an anchor's title attribute (here a teaser of the
    # page it opens) after the target, brackets escaped
    teaser = "Boleh dikata 95% kiri kanan di Arab itu jika tidak pasir ya batu. " * 6
    link = f'[Kenapa Arab kaya?](https://example.org/2015/05/a.html "{teaser}\\[…\\]")'
    assert strip_markdown(f"* {link}\n* [Lain](/b)")[0] == "Kenapa Arab kaya?\nLain"


def test_a_table_cells_run_together_lines_and_lists_come_apart() -> None:
    # markdownify joins a cell's lines with runs of spaces and its list's
    # items with their bullets: tools, byline, headline and paragraphs of
    # one cell, a "More news" list in the next
    paragraphs = (
        "A reputed gang member is now in jail for showing off his guns and taunting "
        "the police in a video he posted online, officials said on Wednesday.",
        "He and another alleged gang member were arrested today on federal weapons "
        "charges, and investigators said they were incensed when they saw the video.",
        "Both suspects made brief first appearances in federal court today, and "
        "prosecutors are asking that both men be held without bail until trial.",
    )
    story = "  ".join(
        ["Increase Text Size", "Printable Version", "Gang member taunts police in video",
         *paragraphs]
    )
    more = " * ".join(f"[Headline number {n} of the list](/news/{n})" for n in range(1, 9))
    page = "\n".join(
        [
            "[Home](/) [News](/news/) [Weather](/weather/)",
            "| --- | --- |",
            f"| {story} | * {more} |",
        ]
    )
    main = newsclean.clean_text(page).main
    assert main is not None
    assert main.text == "\n\n".join(paragraphs)
