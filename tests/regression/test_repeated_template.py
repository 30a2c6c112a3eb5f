"""A list's first card found by its template alone, on small pages made here:
the card right above the list's first repeats that card's field lines line
for line (``card_list.repeated_card``), so it is a card even where its
teaser is one short line (no teaser to ``card_above``) or longer than the
list's own (``segment._grown``'s bound). Stories of an archive page, each
under its headline and date, repeat a template too and stay no cards.
Each test is named after the cue it guards."""

from __future__ import annotations

import time

import newsclean
from newsclean.stories.card_lines import classify_lines
from newsclean.stories.card_list import read_list
from newsclean.stories.cards_above import repeated_card
from newsclean.text.blocks import split_blocks
from newsclean.text.label import label_blocks
from tests.regression.test_card_shapes_unseen import STORY

# (a heading no lexicon knows; each card: headline, byline, teaser, reading
# time and the source's name as its footer; the first teaser one short line)
SHORT_FIRST = """
Our picks for you
Fair Hill hosts the three-day riding event again
BY TOM HUGHES
Remember the state's epic quest to find a slogan?
15 mins read
Vox
Advertisement
Drought forces farmers to rethink irrigation
by Michael Chen
Farmers across the valley are switching to drip irrigation as the reservoirs fall to their \
lowest level in a decade, officials said on Monday.
The state's water board will meet next week to set new limits for the summer, and growers fear \
that the cuts will be deep.
10 min read
Firstpost
Museum returns looted statues to Nigeria
BY KENJI TANAKA
The museum handed back thirty bronze statues on Friday in a ceremony attended by the Nigerian \
ambassador and local leaders.
7 mins read
Valley Star"""

_P = (
    "Rates of the disorder have risen in states where the drug has been legalized, including "
    "among children and teenagers, according to a study published on Wednesday in a journal. "
)
# (no header; one template, "date – SOURCE – reading time" over the headline;
# the first card's teaser is far longer than the story above and the list's)
LONG_FIRST = f"""
April 16, 2025 1:40 PM – NBC NEWS – 10 minute read
Cannabis use disorder is rising in states where it is legal
{_P * 2}
{_P}
{_P * 2}
May 5, 2025 1:10 AM – FOX NEWS – 9 minute read
Dramatic video shows the rescue of a kidnapped girl in a hotel
Police released video showing the rescue of a girl who was taken from her mother's arms in \
broad daylight."""


def _articles(text: str) -> list[tuple[str | None, str | None]]:
    return [(a.title, a.source) for a in newsclean.clean_text(text).articles]


def test_a_first_card_with_a_one_line_teaser_repeats_the_template_below() -> None:
    # (its teaser, one short question, reads as a headline to ``card_above``:
    # the byline, reading time and name around it are the next card's own)
    assert _articles(STORY + SHORT_FIRST) == [
        ("City council approves new transit budget", None),
        ("Fair Hill hosts the three-day riding event again", "Vox"),
        ("Drought forces farmers to rethink irrigation", "Firstpost"),
        ("Museum returns looted statues to Nigeria", "Valley Star"),
    ]


def test_a_first_card_with_a_long_teaser_is_taken_when_it_repeats_the_template() -> None:
    assert _articles(STORY + LONG_FIRST) == [
        ("City council approves new transit budget", None),
        ("Cannabis use disorder is rising in states where it is legal", "NBC NEWS"),
        ("Dramatic video shows the rescue of a kidnapped girl in a hotel", "FOX NEWS"),
    ]


def _lines(text: str) -> list[newsclean.stories.card_lines.Line]:
    return classify_lines(label_blocks(split_blocks(text)))


def test_whole_stories_under_a_repeated_template_are_no_teasers() -> None:
    # (an archive page: each story under its headline and byline, 250 words
    # long; the template repeats, the text is no teaser's)
    item = "Headline number {} of the archive\nBy Ann Lee\n{}\n5 min read\n"
    for paragraphs, found in ((1, True), (3, False)):
        body = "\n".join([_P * 3] * paragraphs)
        lines = _lines("".join(item.format(k, body) for k in range(2)))
        cards = read_list(lines, 0, len(lines), "en")
        assert len(cards) == 2
        assert (repeated_card(lines, cards[1], "en") is not None) is found, paragraphs


def test_repeated_card_stays_linear_on_look_alike_lines() -> None:
    """96,000 lines of look-alike cards, each read for the template repeated
    above it, take about ten times as long as 9,600 (well under twenty): the
    read above a card is bounded by its template's length."""
    card = "Headline number {} of the run\nBY ANN LEE\n" + _P + "\n5 min read\n"

    def cost(n: int) -> float:
        lines = _lines("".join(card.format(k) for k in range(n)))
        cards = read_list(lines, 0, len(lines), "en")
        assert len(cards) == n
        t0 = time.perf_counter()
        assert sum(repeated_card(lines, c, "en") is not None for c in cards) == n - 1
        return time.perf_counter() - t0

    small = min(cost(2_400) for _ in range(2))
    assert cost(24_000) < 20 * small + 0.5
