"""Card shapes of lists whose cards print their fields only below their
teasers (a footer: a byline, then a time), on small pages made here: one
story, then cards of one footer template under a known section header or
none. Each shape is named after the card-list cue it guards (see
``stories.card_list``)."""

from __future__ import annotations

import pytest

import newsclean
from tests.regression.test_card_shapes_unseen import REF
from tests.regression.test_card_shapes_unseen import STORY as UNSEEN_STORY

# the story of ``test_card_shapes_unseen``, with one more line of text
STORY = (
    UNSEEN_STORY
    + "\nThe mayor said the budget would be reviewed again in the spring once ridership"
    " figures for the winter months are published by the agency."
)
# (headline, teaser lines, author, date)
CARDS = [
    (
        "Drought forces farmers to rethink irrigation",
        [
            "Farmers across the valley are switching to drip irrigation as the reservoirs "
            "fall to their lowest level in a decade, growers said on Friday."
        ],
        "Ann Lee",
        "May 2, 2025",
    ),
    (
        "Museum returns looted statues to Nigeria",
        [
            "The museum handed back thirty bronze statues on Friday in a ceremony attended "
            "by the Nigerian ambassador and local leaders."
        ],
        "Tom Hart",
        "May 3, 2025",
    ),
    (
        "Harbour bridge to close for six months of repairs",
        [
            "The harbour bridge will close to traffic in July while engineers replace "
            "its rusted cables, the port authority announced.",
            "Ferries will run every ten minutes while the bridge is closed",
            "The port authority said the ferries would be free for commuters with a "
            "monthly pass until the bridge reopens in January.",
        ],
        "Sara Moss",
        "May 4, 2025",
    ),
    (
        "Local team clinches title in overtime thriller",
        [
            "A late goal in overtime sealed the championship for the home side, who had "
            "trailed for most of the second half."
        ],
        "Dan Cole",
        "May 5, 2025",
    ),
]
HEADERS = ["More stories", None]


def _page(header: str | None) -> str:
    cards = [
        "\n".join([h, *teaser, f"By {author}", f"Published: {date}", ""])
        for h, teaser, author, date in CARDS
    ]
    return "\n".join([STORY, "", *([header, ""] if header else []), *cards])


@pytest.mark.parametrize("header", HEADERS)
def test_a_subheading_over_a_footer_is_inside_the_teaser_above(header: str | None) -> None:
    """Cards whose fields all sit below their teasers: a plain line inside
    one teaser ("Ferries will run ...", no full stop) over the rest of it and
    the card's footer is a subheading of that teaser, no card of its own (the
    card above it would print no footer, every other card does)."""
    page = newsclean.clean_text(_page(header), reference_time=REF)
    got = [a.title for a in page.articles]
    assert got == ["City council approves new transit budget", *(c[0] for c in CARDS)], got
    bridge = page.articles[3]
    assert "Ferries will run every ten minutes" in bridge.text
    assert bridge.authors == ("Sara Moss",)
    assert bridge.published is not None
    assert bridge.published.text.endswith("May 4, 2025")


# (headline, teaser lines): cards of a headline and a teaser alone
BARE = [
    (
        "Drought forces farmers to rethink irrigation",
        [
            "Farmers across the valley are switching to drip irrigation as the reservoirs "
            "fall to their lowest level in a decade, growers said on Friday."
        ],
    ),
    (
        "How to grow tomatoes on a small balcony",
        [
            "Growing tomatoes on a balcony takes less room than you think.",
            "Honestly, anyone with a sunny balcony can grow tomatoes!",
            "A deep pot, a sunny corner and a little water each morning are all a "
            "balcony needs for a summer of tomatoes, gardeners say.",
        ],
    ),
    (
        "Museum returns looted statues to Nigeria",
        [
            "The museum handed back thirty bronze statues on Friday in a ceremony attended "
            "by the Nigerian ambassador and local leaders."
        ],
    ),
    (
        "Local team clinches title in overtime thriller",
        [
            "A late goal in overtime sealed the championship for the home side, who had "
            "trailed for most of the second half."
        ],
    ),
]


@pytest.mark.parametrize("header", ["More stories", "Most read"])
def test_an_exclamation_in_a_teaser_under_unpunctuated_headlines(header: str) -> None:
    """Cards of a headline and a teaser alone under a section header, no
    headline ending as a sentence does: a line that does ("... can grow
    tomatoes!") right below a teaser's line, over more of it, is the
    teaser's, no card's headline. (With no header, such cards read as the
    story's subheadings: no list is found.)"""
    cards = ["\n".join([h, *teaser]) for h, teaser in BARE]
    text = "\n".join([STORY, "", header, *cards])
    page = newsclean.clean_text(text, reference_time=REF)
    got = [a.title for a in page.articles]
    assert got == ["City council approves new transit budget", *(c[0] for c in BARE)], got
    assert "anyone with a sunny balcony" in page.articles[2].text


@pytest.mark.parametrize("header", ["More stories", "Most read"])
def test_a_closing_line_of_a_teaser_over_a_headline_is_the_teasers(header: str) -> None:
    """The same cards, the first teaser closing with a line of its own that
    ends as a post does ("... this summer 🌱"), a blank line, then the next
    headline: no headline of the list ends so, the line closes the teaser."""
    closing = "Tell us how your own garden copes with the heat this summer 🌱"
    cards = [
        "\n".join([BARE[0][0], *BARE[0][1], closing, ""]),
        *("\n".join([h, teaser[0], teaser[-1]]) for h, teaser in BARE[1:]),
    ]
    text = "\n".join([STORY, "", header, *cards])
    page = newsclean.clean_text(text, reference_time=REF)
    got = [a.title for a in page.articles]
    assert got == ["City council approves new transit budget", *(c[0] for c in BARE)], got
    assert closing in page.articles[1].text
