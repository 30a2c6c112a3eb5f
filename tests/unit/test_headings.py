"""Unit tests for ``stories/headings.py``: headings no lexicon knows."""

from __future__ import annotations

import pytest

from newsclean.stories.card_lines import Line, classify_lines
from newsclean.stories.headings import heading_at, headings
from newsclean.text.blocks import split_blocks
from newsclean.text.label import label_blocks

TEASER = "Boats will leave the harbour at midnight from June, the operator said on Monday."
STORY = " ".join(["The council met for six hours and could not agree on the budget."] * 6)


def _lines(*rows: str) -> list[Line]:
    return classify_lines(label_blocks(split_blocks("\n".join(rows))))


@pytest.mark.parametrize(
    "heading",
    [
        "Keep going",
        "Stories we picked",
        "WORTH YOUR TIME",
        "Avant de partir",
        "Before you go:",
        "POPULAR",  # one word, set apart as a heading by its capitals
        "Elsewhere:",  # or by its colon
    ],
)
def test_a_short_line_of_words_over_a_headline_and_its_teaser_is_a_heading(heading: str) -> None:
    lines = _lines(STORY, heading, "Ferries add a late crossing", TEASER)
    assert heading_at(lines, 1, "en") == 2


@pytest.mark.parametrize(
    "line",
    [
        "8. Learning depends on context",  # a numbered list's item
        "• Digg this story",  # a bullet
        "Follow @abc",  # a handle
        "Cancel",  # a button: one word
        "Print",  # one word, neither in capitals nor ending in a colon
        "A heading that has far too many words",  # a headline's length
        "lower-case start here",  # a sentence's piece
    ],
)
def test_items_bullets_handles_buttons_and_long_lines_are_no_headings(line: str) -> None:
    lines = _lines(STORY, line, "Ferries add a late crossing", TEASER)
    assert heading_at(lines, 1, "en") is None


def test_a_subheading_over_its_paragraph_is_no_heading() -> None:
    """A story's subheading has its paragraph right below it, not a headline."""
    lines = _lines(STORY, "What comes next", TEASER)
    assert heading_at(lines, 1, "en") is None


def test_a_heading_like_one_above_it_with_story_between_is_the_storys_next_section() -> None:
    """'BOYS SOCCER' ... 'GIRLS SOCCER' with results between: only the first
    is offered (the second is its sibling); after a chrome line, a heading
    in the same case is offered again."""
    rows = [STORY, "BOYS SOCCER", "Viera beats Rockledge", TEASER]
    rows += ["GIRLS SOCCER", "Melbourne beats Cocoa", TEASER]
    lines = _lines(*rows)
    teasers = [i for i, ln in enumerate(lines) if ln.kind == "body" and i > 0]
    above = [0] + [100] * len(lines)
    assert [i for i, _ in headings(lines, teasers, above, 40, "en")] == [1]
    lines = _lines(*rows[:4], "Share this article", *rows[4:])
    teasers = [i for i, ln in enumerate(lines) if ln.kind == "body" and i > 0]
    assert [i for i, _ in headings(lines, teasers, above, 40, "en")] == [1, 5]


def test_a_heading_in_a_script_without_case_is_a_heading() -> None:
    """Devanagari has no capitals: "यह भी पढ़ें आज" over a headline and a
    teaser ending in the danda (।), which ends a teaser as a full stop does."""
    teaser = (
        "दिल्ली के केंद्र में इस महीने एक नया संग्रहालय खुला और पहले दिन हजारों लोग "
        "वहां पहुंचे, प्रवेश निःशुल्क रखा गया है।"
    )
    lines = _lines(STORY, "यह भी पढ़ें आज", "दिल्ली में नया संग्रहालय खुला", teaser)
    assert lines[3].kind == "body"
    assert heading_at(lines, 1, "hi") == 2
