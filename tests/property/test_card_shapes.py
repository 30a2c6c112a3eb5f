"""Cards of drawn shapes on pages of this test's own making (no shared corpus).

Each page is a story, then a list of two to four cards drawn from the
shapes the card model promises: fields above the headline, between it and
the teaser, or below the teaser; on one line with
any separator or each on its own; the source in the headline; a byline
with an outlet; a reading time; a heading of any wording or none; blank
lines between cards or none. Every card's headline, source and time must
come back, and the story must stay the main article. (The module docstring
of ``tests/pagegen.py`` draws such shapes around real aeb stories; this one
keeps its text fixed, so a failure names the shape alone.)
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean

_STORY = [
    "The court heard that the man had sent the messages over several weeks in the spring. "
    "Prosecutors said he called the senator's office in Washington more than a dozen times.",
    "His lawyer told the judge that his client regretted the calls and had sought treatment. "
    "Sentencing was set for March, and he remains free on bail until then, officials said.",
    "The senator's office declined to comment on the plea on Monday afternoon. A spokesman "
    "said staff had been shaken by the calls but continued their work as usual this week.",
    "Threats against members of Congress have risen sharply in recent years, police said. "
    "The Capitol Police opened more than nine thousand cases last year, a record number.",
]
_HEADLINES = [
    "Ferries add a late crossing for the summer season",
    "Council votes to keep the old library open for now",
    "Farmers count the cost of a wet and cold spring",
    "Rail strike called off after late talks with unions",
]
_TEASERS = [
    "The late boat leaves the harbour at ten and runs every day until the end of August. "
    "Tickets go on sale next week, and the company says prices will not rise this year.",
    "The vote was close, and the library will stay open on weekdays while repairs go on. "
    "The council will look again at its budget in the autumn, when the work is done.",
    "Rain fell on forty days this spring, and many fields were sown a month late, they say. "
    "Farmers expect smaller harvests of wheat and barley, and higher prices in the shops.",
    "Union leaders said the offer met most of their demands after two days of talks. "
    "Trains will run to the usual timetable from Monday morning, the operator said.",
]
_SOURCES = ["Harbour Times", "The Daily Ledger", "Valley News", "Coast Radio"]
_TIMES = [
    ["2h", "5 hours ago", "Yesterday", "3d"],
    ["3h", "45m", "2d", "1w"],
    ["Posted 2 hours ago", "Updated 5m ago", "Posted 1 day ago", "Updated 3h ago"],
    ["Jun 5, 2025", "June 4, 2025", "3 June 2025", "2025-06-02"],
]
_SEPARATORS = [" · ", " | ", " - ", " – ", ", ", " • ", " / "]
_HEADINGS = [
    "",
    "More stories",
    "You might have missed",
    "Around the network",
    "Editors' picks",
    "Keep reading",
    "TRENDING",
    "Don't miss:",
]


def _card(layout: str, k: int, when: str, sep: str) -> list[str]:
    """Card ``k``'s lines in one of the drawn layouts."""
    h, s, p = _HEADLINES[k], _SOURCES[k], _TEASERS[k]
    return {
        "fields_between": [h, f"{s}{sep}{when}", p],
        "fields_above": [f"{s}{sep}{when}", h, p],
        "fields_below": [h, p, f"{s}{sep}{when}"],
        "time_first_between": [h, f"{when}{sep}{s}", p],
        "own_lines_above": [s, when, h, p],
        "own_lines_between": [h, s, when, p],
        "own_lines_below": [h, p, s, when],
        "byline_between": [h, f"By Jane Doe{sep}{s}{sep}{when}", p],
        "kicker_and_footer": ["POLITICS", h, p, f"{when}{sep}{s}"],
        "source_in_headline": [f"{h} - {s}", when, p],
        "reading_time": [h, f"{s}{sep}{when}{sep}4 min read", p],
    }[layout]


_LAYOUTS = (
    "fields_between",
    "fields_above",
    "fields_below",
    "time_first_between",
    "own_lines_above",
    "own_lines_between",
    "own_lines_below",
    "byline_between",
    "kicker_and_footer",
    "source_in_headline",
    "reading_time",
)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(
    layout=st.sampled_from(_LAYOUTS),
    sep=st.sampled_from(_SEPARATORS),
    heading=st.sampled_from(_HEADINGS),
    times=st.sampled_from(_TIMES),
    blank=st.booleans(),
    n=st.integers(min_value=2, max_value=4),
)
def test_cards_of_any_drawn_shape_give_their_headline_source_and_time(
    layout: str, sep: str, heading: str, times: list[str], blank: bool, n: int
) -> None:
    rows = ["Senator's caller admits to threats", "By Jane Roe", *_STORY, *_STORY[::-1]]
    rows += [heading] if heading else []
    for k in range(n):
        rows += [*_card(layout, k, times[k], sep), *([""] if blank else [])]
    page = newsclean.clean("\n".join(rows))
    related = [a for a in page.articles if a.role == "related"]
    assert page.main is not None
    assert page.main.title == "Senator's caller admits to threats"
    assert [a.title for a in related] == _HEADLINES[:n]
    assert [a.source for a in related] == _SOURCES[:n]
    assert all(a.published is not None for a in related)
