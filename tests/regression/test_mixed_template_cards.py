"""Lists whose cards print two templates (issue 16: "cards in one list usually
share one template, but not always"), read by the structure of each card:
a card's whole teaser a short plain line between its headline and the next
card's fields (``list_runs._headed_next``, ``list_extend._headed_short``),
a teaser's first line cut short below a field under the headline
(``list_runs._opened``), a card without fields right below the page's
copyright line (``list_growth._below_legal``), a list of desks' labels
whose second teaser is longer than the story above it
(``list_starts.implicit_list``). Pages of our own making; each test is
named after the cue it guards."""

from __future__ import annotations

import newsclean
from tests.regression.test_card_shapes_unseen import STORY

_TEASER = (
    "The ferry line between the two harbours will run again from July after a year of "
    "repairs to its piers, the operator said on Monday."
)
_MORE = (
    "The first crossings are already sold out, and the operator said it would add "
    "evening sailings once the new boats arrive in the autumn."
)


def _titles(text: str) -> list[str | None]:
    return [a.title for a in newsclean.clean_text(text).articles]


# (card 1: desk, time, byline, reading time over its headline and a short
# teaser line; card 2: a kicker, headline, byline, teaser, reading time)
SHORT_TEASER_OVER_FIELDS = f"""
RELATED
Business
Updated on 2025-05-21
by Tom Hughes
Reading time: 10 minutes
Drought forces farmers across the valley to rethink their irrigation plans
What the growers say about the dry summer ahead of us
TRAVEL
Harbour ferry service to resume next month after repairs
BY OLGA PETROVA
{_TEASER}
{_MORE}
Reading time: 9 minutes"""


def test_short_teaser_line_over_the_next_cards_fields_is_its_cards() -> None:
    assert _titles(STORY + SHORT_TEASER_OVER_FIELDS) == [
        "City council approves new transit budget",
        "Drought forces farmers across the valley to rethink their irrigation plans",
        "Harbour ferry service to resume next month after repairs",
    ]


# (card 1: a byline over its headline and a short teaser line, its reading
# time and date below; card 2: a byline over headline and teaser, the same
# footer: read from the header found at card 2, card 1 is taken back)
SHORT_TEASER_OVER_FOOTER = f"""
Editors' picks
Written by Jane Doe and Kenji Tanaka
Drought forces farmers to rethink irrigation
What the growers say about the dry summer ahead
Reading time: 10 minutes
Posted on 29 May 2025, 23:20 GMT
By Olga Petrova
Harbour ferry service to resume next month after repairs
{_TEASER}
Reading time: 13 minutes
Published: 2025-06-06"""


def test_short_teaser_line_over_a_footer_is_the_card_above() -> None:
    assert _titles(STORY + SHORT_TEASER_OVER_FOOTER) == [
        "City council approves new transit budget",
        "Drought forces farmers to rethink irrigation",
        "Harbour ferry service to resume next month after repairs",
    ]


# (card 2: headline, one field line, then its teaser's first line cut short)
CUT_TEASER_BELOW_A_FIELD = f"""
Latest in Technology
Clymer workshop manual review
Tested by: John Milbank RRP: £23.99 More info: www.clymer.co.uk
12 min read
1 hr ago
Harbour ferry service to resume soon
8 min read - Markets
the operator of the ferry line between the two harbours said the boats would run again from
{_MORE}"""


def test_cut_teaser_line_below_a_field_is_no_headline() -> None:
    assert _titles(STORY + CUT_TEASER_BELOW_A_FIELD) == [
        "City council approves new transit budget",
        "Clymer workshop manual review",
        "Harbour ferry service to resume soon",
    ]


# (the host's copyright line, then a card of headline and text, then a card
# with fields over its headline)
CARD_BELOW_LEGAL = f"""
© 2019 Example Media, Inc. All rights reserved.
Advertisement
Seven big questions heading into the debate, to be carried on the radio
{_MORE} {_MORE}
Last updated: May 1, 2025 6:30 PM
By Rahul Mehta
Harbour ferry service to resume next month after repairs
{_TEASER}
{_MORE}"""


def test_card_without_fields_below_the_legal_line_is_a_card() -> None:
    assert _titles(STORY + CARD_BELOW_LEGAL) == [
        "City council approves new transit budget",
        "Seven big questions heading into the debate, to be carried on the radio",
        "Harbour ferry service to resume next month after repairs",
    ]


# (two cards each under a desk's label; the second teaser is longer than the
# story above it, the first is not)
KICKED_LONG_SECOND = f"""
Advertisement
Technology
Drought forces farmers to rethink irrigation
Farmers across the valley are switching to drip irrigation as the reservoirs fall to their \
lowest level in a decade, the growers said on Monday.
Travel
Harbour ferry service to resume next month after repairs
{_TEASER} {_MORE}
{_MORE} {_TEASER} {_MORE}"""


def test_kicker_list_judged_by_its_first_teaser() -> None:
    assert _titles(STORY + KICKED_LONG_SECOND) == [
        "City council approves new transit budget",
        "Drought forces farmers to rethink irrigation",
        "Harbour ferry service to resume next month after repairs",
    ]


# (atop a list, no field above: a heading, a reading time, then the headline
# of a sentence's length over its teaser; the heading is no headline)
HEADING_OVER_A_FIELD = f"""
Across the site
8 mins read
Doctors offer to give free flu shots to detained migrants, warn of epidemic
{_TEASER}
By Jane Doe · TECHNOLOGY · The Guardian
7 mins read
Harbour ferry service to resume next month after repairs
{_MORE}
By Michael Chen · US NEWS · The Verge"""


def test_heading_atop_a_list_over_a_field_is_no_headline() -> None:
    assert _titles(STORY + HEADING_OVER_A_FIELD) == [
        "City council approves new transit budget",
        "Doctors offer to give free flu shots to detained migrants, warn of epidemic",
        "Harbour ferry service to resume next month after repairs",
    ]
