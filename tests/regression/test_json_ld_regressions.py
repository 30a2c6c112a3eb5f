"""JSON-LD on HTML pages (issue 18): the publisher as the main story's source,
and ``datePublished`` against the date the story prints."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from newsclean import Page, clean_html

REF = datetime(2025, 6, 7, 12, 0, tzinfo=UTC)
_STORY = "".join(
    f"<p>{p}</p>"
    for p in (
        "The council approved the new budget on Monday after a long debate, officials said, "
        "and the mayor called the vote a turning point for the city's finances this year.",
        "Critics said the plan would cut services in the poorest districts, and they promised "
        "to fight it at the next session of the council in the spring, a spokesman said.",
        "The budget now goes to the state, which must sign off on the borrowing before the "
        "city can issue the bonds it needs for the new schools and the repairs to the roads.",
    )
)


def _page(ld: Any, dateline: str = "", byline: str = "") -> Page:
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    header = "".join(f"<p>{line}</p>" for line in (byline, dateline) if line)
    html = (
        f"<html lang='en'><head><title>Council passes budget</title>{script}</head><body>"
        f"<article><h1>Council passes budget</h1>{header}{_STORY}</article></body></html>"
    )
    return clean_html(html, url="https://www.example.com/news/budget", reference_time=REF)


def _source(ld: Any, **kw: str) -> str | None:
    page = _page(ld, **kw)
    assert page.main is not None
    return page.main.source


ORG = {"@type": "Organization", "name": "Daily Ledger"}


@pytest.mark.parametrize(
    "ld",
    [
        {"@type": "NewsArticle", "publisher": ORG},
        {"@type": "BlogPosting", "publisher": "Daily Ledger"},
        {"@type": ["NewsArticle", "Article"], "publisher": [ORG]},
        [{"@type": "WebSite", "name": "x"}, {"@type": "NewsArticle", "publisher": ORG}],
        {
            "@graph": [
                {"@type": "Organization", "@id": "https://x.com/#org", "name": "Daily Ledger"},
                {"@type": "NewsArticle", "publisher": {"@id": "https://x.com/#org"}},
            ]
        },
        {"@type": "NewsArticle", "publisher": [{"@id": "#nothing"}, "Daily Ledger"]},
    ],
    ids=["organization", "string", "array", "top-level-array", "graph-reference", "first-named"],
)
def test_a_json_ld_publisher_is_the_main_story_source_when_the_page_shows_none(ld: Any) -> None:
    """The issue's case: a JSON-LD publisher gave source=None."""
    assert _source(ld) == "Daily Ledger"


def test_a_source_the_story_prints_wins_over_the_json_ld_publisher() -> None:
    """The byline's agency is what the page shows: kept."""
    ld = {"@type": "NewsArticle", "publisher": ORG}
    assert _source(ld, byline="By Jane Doe, Reuters") == "Reuters"


def test_a_publisher_that_is_only_a_url_or_an_unresolved_reference_gives_no_source() -> None:
    """No name, no source (never a URL)."""
    assert _source({"@type": "NewsArticle", "publisher": "https://ledger.example"}) is None
    assert _source({"@type": "NewsArticle", "publisher": {"@id": "#org"}}) is None


def _published(ld: Any, dateline: str) -> tuple[str | None, str | None, Page]:
    page = _page(ld, dateline=dateline)
    assert page.main is not None
    ts = page.main.published
    assert ts is not None
    return (ts.value.isoformat() if ts.value else None), ts.text, page


def test_a_full_date_published_wins_over_a_printed_day_of_the_same_date() -> None:
    """The issue's case: datePublished was ignored in favour of the visible day."""
    ld = {"@type": "NewsArticle", "datePublished": "2025-03-12T14:22:00+01:00"}
    value, text, page = _published(ld, "March 12, 2025")
    assert value == "2025-03-12T14:22:00+01:00"
    assert text == "2025-03-12T14:22:00+01:00"
    assert page.warnings == ()


def test_a_printed_time_with_its_zone_is_kept_over_the_same_days_date_published() -> None:
    """As fine as the metadata's and in a zone it names: the printed one stays."""
    ld = {"@type": "NewsArticle", "datePublished": "2025-03-12T13:00:00Z"}
    value, text, _ = _published(ld, "March 12, 2025 10:15 AM ET")
    assert value == "2025-03-12T10:15:00-04:00"
    assert text == "March 12, 2025 10:15 AM ET"


def test_a_printed_clock_time_in_an_assumed_zone_gives_way_to_one_that_names_its_zone() -> None:
    """The printed time's zone was a guess; the metadata's is stated."""
    ld = {"@type": "NewsArticle", "datePublished": "2025-03-12T14:22:00+01:00"}
    value, _, _ = _published(ld, "March 12, 2025 14:22")
    assert value == "2025-03-12T14:22:00+01:00"


def test_a_printed_update_day_gives_way_to_date_published() -> None:
    """The header prints the dateModified day: the story was published earlier."""
    ld = {
        "@type": "NewsArticle",
        "datePublished": "2025-03-10T09:00:00Z",
        "dateModified": "2025-03-12T08:00:00Z",
    }
    value, _, page = _published(ld, "Updated: March 12, 2025")
    assert value == "2025-03-10T09:00:00+00:00"
    assert page.warnings == ()


def test_a_printed_date_of_another_day_is_kept_with_a_warning() -> None:
    """Disagreement: what the reader sees is kept, and the page says so."""
    ld = {"@type": "NewsArticle", "datePublished": "2025-03-10T09:00:00Z"}
    value, text, page = _published(ld, "March 12, 2025")
    assert value == "2025-03-12T00:00:00+00:00"
    assert text == "March 12, 2025"
    assert len(page.warnings) == 1
    assert "json-ld" in page.warnings[0]
    assert "2025-03-10T09:00:00Z" in page.warnings[0]


def test_date_published_as_a_list_is_read() -> None:
    """["2025-03-12T14:22:00+01:00"]: its first date."""
    page = _page({"@type": "NewsArticle", "datePublished": ["2025-03-12T14:22:00+01:00"]})
    assert page.main is not None
    assert page.main.published is not None
    assert page.main.published.value is not None
    assert page.main.published.value.isoformat() == "2025-03-12T14:22:00+01:00"
