"""Lists of two cards with no section header above them, on small pages made
here (the generator's weakest group): the list starts at its first card
when the two cards repeat one template, even where the first card's teaser
is too short to mark it, when a desk's label (a kicker) stands over each
headline, and at a source's footer under each teaser. Each test is named after the cue it guards
(``stories.list_starts.implicit_list``)."""

from __future__ import annotations

import time

import newsclean
from tests.regression.test_card_shapes_unseen import STORY

TWO_BYLINED = """
How to keep a garden alive through a dry summer
BY PRIYA SHARMA
Water early in the morning. Mulch is the gardener's best friend in a drought!
Markets slide as investors weigh the latest trade talks
BY RAHUL MEHTA
Hong Kong (Reuters) Stocks fell across Asia on Tuesday as a muddled view of the trade talks \
weighed on investors, who sold shares in exporters and banks alike."""

TWO_SOURCE_FOOTED = """
Drought forces farmers to rethink irrigation
Farmers across the valley are switching to drip irrigation as the reservoirs fall to their \
lowest level in a decade, officials said.
Valley Star | SCIENCE
Museum returns looted statues to Nigeria
The museum handed back thirty bronze statues on Friday in a ceremony attended by the Nigerian \
ambassador and local leaders.
Coast Herald | WORLD NEWS"""


TWO_KICKED = """
SCIENCE
Simple Hiking Survival Kit (with Kids)
Written by Rahul Mehta
This post was sponsored. All opinions are mine alone.
When you live in a state as beautiful as Colorado it is impossible to stay inside. We moved here \
two years ago and we are still in awe of the mountains.
Water bottles baby carrier snack bars camera
WORLD NEWS
Actor leaves the dance show after his wife's miscarriage
BY KENJI TANAKA
Top entertainment headlines for Nov. 19"""


def _articles(text: str) -> list[tuple[str | None, str | None]]:
    return [(a.title, a.source) for a in newsclean.clean_text(text).articles]


def test_two_cards_of_one_template_start_at_the_first_with_a_short_teaser() -> None:
    # (the first card's teaser, one short line, marks no card: the second
    # card's header repeats the first's byline, so the list starts above)
    assert _articles(STORY + TWO_BYLINED) == [
        ("City council approves new transit budget", None),
        ("How to keep a garden alive through a dry summer", None),
        ("Markets slide as investors weigh the latest trade talks", None),
    ]


def test_a_source_footer_under_each_teaser_starts_a_list_of_two() -> None:
    assert _articles(STORY + TWO_SOURCE_FOOTED) == [
        ("City council approves new transit budget", None),
        ("Drought forces farmers to rethink irrigation", "Valley Star"),
        ("Museum returns looted statues to Nigeria", "Coast Herald"),
    ]


def test_a_kicker_over_each_headline_starts_a_list_of_two() -> None:
    # (neither teaser is marked: the first ends in a line of keywords, the
    # second is one short line; the desk's label repeated over each
    # headline a card's length apart says list)
    assert _articles(STORY + TWO_KICKED) == [
        ("City council approves new transit budget", None),
        ("Simple Hiking Survival Kit (with Kids)", None),
        ("Actor leaves the dance show after his wife's miscarriage", None),
    ]


def test_a_story_paragraph_over_one_bylined_card_is_no_card() -> None:
    # (the card above must print the byline the last card prints: a
    # subheading and a paragraph of the story above it stay the story's)
    text = STORY + """
What comes next for the council
Council members will meet again next week to vote on the fare increase, which could still be \
amended, a spokesperson said.
Markets slide as investors weigh the latest trade talks
BY RAHUL MEHTA
Hong Kong (Reuters) Stocks fell across Asia on Tuesday as a muddled view of the trade talks \
weighed on investors, who sold shares in exporters and banks alike."""
    titles = [t for t, _ in _articles(text)]
    assert "What comes next for the council" not in titles[1:], titles


def test_look_alike_bylined_cards_and_source_footers_stay_linear() -> None:
    """Ten times the run of look-alike cards (a headline, a byline, a short
    line, a source's footer: each a header or a footer to try) takes about
    ten times as long (well under twenty): the tries are bounded."""
    card = "\nSCIENCE\nHeadline number {} of the run\nBY ANN LEE\nA short line.\nVox | SCIENCE"
    unit = "".join(card.format(k) for k in range(100))

    def best(text: str) -> float:
        out = float("inf")
        for _ in range(2):
            t0 = time.perf_counter()
            newsclean.clean_text(text)
            out = min(out, time.perf_counter() - t0)
        return out

    small = best(STORY + unit)
    large = best(STORY + "".join(unit.replace("of the run", f"of run {r}") for r in range(10)))
    assert large < 20 * small + 0.5


def test_a_menu_of_desks_each_over_a_sentence_is_no_list() -> None:
    # (a site's own menu: a desk's label over a line saying what it holds,
    # a sentence with its full stop, is no headline under a kicker)
    text = STORY + """
Video
The latest news video from our newsroom.
Mobile
Our news on the go for your cell phone or tablet, wherever you are today.
Podcasts
The latest news and features from our reporters.
Listen to our radio station anytime online."""
    assert [t for t, _ in _articles(text)] == ["City council approves new transit budget"]
