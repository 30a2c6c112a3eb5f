"""A list found by its headlines alone, when each ends in its source's name
behind a dash or a bar ("Best tech gadgets of 2019 — Yahoo News") and no
field line, heading or header marks it (``list_starts._tailed_tops``):
two such lines over teasers, a card's length apart, start a list whose
every headline is so tailed. Quotes signed with a dash inside a story read
alike and stay the story's. Each test is named after the cue it guards."""

from __future__ import annotations

import time

import newsclean
from newsclean.stories.card_lines import classify_lines
from newsclean.stories.list_starts import _tailed_tops
from newsclean.text.blocks import split_blocks
from newsclean.text.label import label_blocks
from tests.regression.test_card_shapes_unseen import STORY

# (no header, no field: chrome between cards, teasers cut short or whole)
TAILED = """
Photo: Getty Images
Drought forces farmers to rethink irrigation — Valley Star
Farmers across the valley are switching to drip irrigation as the reservoirs fall to their \
lowest level in a decade, and the growers say the cuts
Advertisement
Museum returns looted statues to Nigeria — Coast Herald
The museum handed back thirty bronze statues on Friday in a ceremony attended by the Nigerian \
ambassador and local leaders.
Read more
Harbour ferry service to resume next month — Yahoo News
The ferry line between the two harbours will run again from July after a year of repairs to \
its piers, the operator said."""

# (a story quoting people, each quote signed behind a dash, between paragraphs)
QUOTED = """
“We will not back down on this, whatever the cost” — Jane Doe
The mayor repeated the pledge at a second briefing on Friday, where reporters asked how the \
city would pay for the forty new buses and the longer evening service on the rail lines.
“This is a matter for the courts and for nobody else” — Tom Lee
The opposition leader said his party would ask a judge to halt the fare increase until the \
council had heard from the riders who would pay it, and that it would file its case soon."""


def _articles(text: str) -> list[tuple[str | None, str | None]]:
    return [(a.title, a.source) for a in newsclean.clean_text(text).articles]


def test_headlines_ending_in_their_source_start_a_list_without_fields() -> None:
    assert _articles(STORY + TAILED) == [
        ("City council approves new transit budget", None),
        ("Drought forces farmers to rethink irrigation", "Valley Star"),
        ("Museum returns looted statues to Nigeria", "Coast Herald"),
        ("Harbour ferry service to resume next month", "Yahoo News"),
    ]


def test_quotes_signed_behind_a_dash_stay_the_story() -> None:
    articles = newsclean.clean_text(STORY + QUOTED).articles
    assert len(articles) == 1
    assert "This is a matter for the courts" in articles[0].text


_LONG = (
    "The ferry line between the two harbours will run again from July after a year of repairs "
    "to its piers, the operator said on Monday, and the first crossings are already sold out. "
)
# (each teaser longer than the story above it: no story goes on below so tailed headlines)
LONG_TEASERS = f"""
WORLD NEWS
9 mins read
Harbour ferry service to resume next month — HuffPost
{_LONG * 3}
{_LONG * 2}
WORLD NEWS
7 mins read
Museum returns looted statues to Nigeria — Salon.com
{_LONG * 3}"""


def test_tailed_headlines_keep_teasers_longer_than_the_story_above() -> None:
    assert _articles(STORY + LONG_TEASERS)[1:] == [
        ("Harbour ferry service to resume next month", "HuffPost"),
        ("Museum returns looted statues to Nigeria", "Salon.com"),
    ]


def _lines(text: str) -> list[newsclean.stories.card_lines.Line]:
    return classify_lines(label_blocks(split_blocks(text)))


def test_tailed_tops_stays_linear_on_look_alike_lines() -> None:
    """100,000 lines of tailed headlines over teasers (each a possible card),
    or of short lines, take about ten times as long to scan as 10,000, not a
    hundred: one pass, a bounded number of starts."""
    card = "Headline number {} of the run — Yahoo News\nA teaser line that says what it holds.\n"

    def cost(text: str) -> tuple[float, list[int]]:
        lines = _lines(text)
        above = [40] * len(lines)
        every = list(range(1, len(lines)))  # (every line a teaser: the most to read)
        t0 = time.perf_counter()
        tops = _tailed_tops(lines, every, above)
        return time.perf_counter() - t0, tops

    for make in (lambda n: "".join(card.format(k) for k in range(n // 2)), lambda n: "ok\n" * n):
        small = min(cost(make(10_000))[0] for _ in range(2))
        large, tops = cost(make(100_000))
        assert len(tops) <= 2
        assert large < 20 * small + 0.5
