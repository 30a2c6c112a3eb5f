"""Lists a story introduces with a colon (``newsclean.text.story_lists``)."""

from __future__ import annotations

import pytest

from newsclean.text.blocks import split_blocks
from newsclean.text.label import label_blocks
from newsclean.text.story_lists import introduced_list


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Our picks for the week ahead:\n1) One\n2) Two\n3) Three\nFooter", [0, 1, 2, 3]),
        ("Our picks for the week ahead:\n1. One\nlink\n2. Two\n3. Three\nmore", [0, 1, 2, 3, 4]),
        ("Our picks for the week ahead:\n1) One\n2) Two\nFooter", []),  # too few items
        ("Our picks for the week ahead:\n2) One\n3) Two\n4) Three", []),  # not from 1
        ("Our picks:\n1) One\n2) Two\n3) Three", []),  # an intro, not a sentence
        ("Our picks for the week ahead\n1) One\n2) Two\n3) Three", []),  # no colon
        ("Our picks for the week ahead:\n1) One\na\nb\nc\n2) Two\n3) Three", []),  # gap
        (  # lines of one shape
            "The band's tour dates in 2020 are:\nJune 9 -- Coral Sky, West Palm Beach, FL\n"
            "June 10 -- Amphitheatre, Tampa, FL\nJuly 2 -- Mohegan Sun Arena, CT\nFACEBOOK",
            [0, 1, 2, 3],
        ),
        ("Follow us on social media:\nFacebook\nTwitter\nInstagram", []),  # one-word links
        (  # shapes differ
            "The band's tour dates in 2020 are:\nJune 9 -- Coral Sky, West Palm Beach\n"
            "Tickets on sale Friday at noon\nJuly 2 -- Mohegan Sun Arena, CT",
            [],
        ),
    ],
)
def test_introduced_list_needs_a_colon_sentence_and_items_from_one(
    page: str, expected: list[int]
) -> None:
    decisions = label_blocks(split_blocks(page))
    assert introduced_list(decisions, 0) == expected
