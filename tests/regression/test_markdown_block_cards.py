"""Markdown pages whose cards lose their lines to the link syntax (issue 17,
point 4: text mode independent of the flattener).

An HTML-to-Markdown tool prints a card that is one link (image, headline,
teaser, time inside one ``<a>``) as one link whose text runs its pieces
together a run of spaces apart, several cards side by side on one line; and
a card list whose items are a linked headline followed by a teaser as list
items "* [Headline](url) Teaser". Stripped of the syntax, both read as long
lines of prose that the main story swallowed (aeb 2c46804d through
html2text: precision .18); a block-line flattener prints the card's lines.
``text.markdown.block_links`` and ``linked_items`` print them so too."""

from __future__ import annotations

import time

import newsclean
from newsclean.text.markdown import block_links, linked_items
from tests.regression.test_markdown_link_cards import CARDS

STORY = """# Council approves the new budget after a long debate

The city council approved the new budget on Monday after a debate that lasted \
well into the night, with members from both parties raising concerns about \
the cost of [the  transit plan](https://www.example.com/plan).

Opposition members said that the plan would raise taxes for most families in \
the city, while the mayor argued that the investment was long overdue and \
would pay for itself within a decade.

The budget now goes to the state for review, which officials expect to take \
about two months before any of the new spending can begin."""

def _block_cards() -> str:
    return " ".join(
        f"[ ![photo-{k}.jpg ](https://img.example.com/{k}.jpg) {title}  {teaser}  {k + 2}H ago ]"
        f"(https://www.example.com/news/{k})"
        for k, (title, teaser) in enumerate(CARDS)
    )


def _item_cards() -> str:
    return "\n".join(
        f"  * [{title}](https://www.example.com/news/{k}) {teaser}"
        for k, (title, teaser) in enumerate(CARDS)
    )


def test_cards_run_together_in_links_side_by_side_stay_out_of_the_story() -> None:
    page = newsclean.clean_text(f"{STORY}\n\n### World\n\n{_block_cards()}\n")
    assert page.main is not None
    assert page.main.title == "Council approves the new budget after a long debate"
    assert "Storm batters" not in page.main.text
    assert "Heavy rain" not in page.main.text
    assert "would pay for itself within a decade." in page.main.text


def test_a_run_of_list_items_opening_with_a_linked_headline_are_cards() -> None:
    page = newsclean.clean_text(f"{STORY}\n\n**More news**\n\n{_item_cards()}\n")
    assert page.main is not None
    assert "Storm batters" not in page.main.text
    assert [a.title for a in page.articles[1:]] == [t for t, _ in CARDS]


def test_a_link_inside_a_sentence_keeps_its_words_on_the_line() -> None:
    page = newsclean.clean_text(STORY + "\n")
    assert page.main is not None
    assert "raising concerns about the cost of the transit plan." in page.main.text


def test_one_item_opening_with_a_link_is_the_story_own_list() -> None:
    text = "* [The report](/r) found rising costs.\n* Officials disagreed.\n* [Data](/d) is open."
    assert linked_items(text) == (text, 0)


def test_block_links_and_linked_items_stay_linear_on_hostile_input() -> None:
    for text in (
        "[a  b](" * 40_000,
        "[ ![i](/x) a  b ](/y) " * 40_000,  # one line: quadratic took 11 s
        "[" * 100_000 + "]",
        "* [a](/b) c\n" * 40_000,
        "* [a](/b) c\n* [a](/b\n" * 20_000,
    ):
        started = time.process_time()
        block_links(text)
        linked_items(text)
        assert time.process_time() - started < 3.0


def test_a_dash_inside_a_sentence_is_no_bullet_before_a_block_link() -> None:
    """A bullet's mark opens its line: "- [a  b](u)" is an item's link, but
    "Fares rose - [the  report](u)" is a sentence's (the first version took
    any "-" right before the link for a bullet)."""
    text = "Fares rose again this year - [the  full report](https://example.com/r)"
    assert block_links(text) == (text, 0)
    assert block_links("  - [Storm hits  Rain fell.](/s)") == ("  - Storm hits\nRain fell.", 1)
