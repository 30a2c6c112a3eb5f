"""Invariants of clean_html() on page-like HTML and on arbitrary markup soup."""

from __future__ import annotations

import contextlib
from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

import newsclean
from tests.invariants import unclaimed
from tests.strategies import html_soup, page_html

htmls = st.one_of(page_html, html_soup, st.binary(max_size=200))


def _clean(html: str | bytes) -> newsclean.Page | None:
    with contextlib.suppress(newsclean.NewscleanError):
        return newsclean.clean_html(html)
    return None


@given(htmls)
def test_no_exception_but_newsclean_error(html: str | bytes) -> None:
    """clean_html() returns a Page or raises a NewscleanError, whatever the markup."""
    _clean(html)


@given(htmls)
def test_deterministic(html: str | bytes) -> None:
    """The same markup gives the same Page."""
    assert _clean(html) == _clean(html)


@given(page_html)
def test_kept_and_removed_cover_the_page_text(html: str) -> None:
    """Every non-space character of Page.text is in an article's span or a removal."""
    page = _clean(html)
    if page is None:
        return
    missing = unclaimed(page)
    assert not missing, page.text[missing[0] : missing[0] + 40]


@given(page_html)
def test_removals_quote_the_page_text(html: str) -> None:
    """A removal's text is Page.text at its offsets, under a registered rule."""
    page = _clean(html)
    if page is None:
        return
    for r in list(page.removed) + [r for a in page.articles for r in a.removed]:
        assert page.text[r.start : r.end] == r.text
        assert r.rule in newsclean.RULES


@given(page_html)
def test_nothing_invented(html: str) -> None:
    """Every word of the output occurs in the page's text or, for titles, its metadata."""
    page = _clean(html)
    if page is None:
        return
    stated = page.metadata.title or "" if page.metadata else ""
    for a in page.articles:
        for word in (a.title or "").split():
            assert word in page.text or word in stated, word
        for field in (a.text, a.summary or ""):
            for word in field.split():
                assert word in page.text, word


_ZONES = st.sampled_from(["Z", "+00:00", "-05:00", "+14:00", "-12:00", ""])
_DATES = st.builds(
    lambda d, z: d.isoformat() + z,
    st.one_of(
        # the calendar's ends, where a zone change overflows
        st.sampled_from([datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59)]),
        st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59)),
    ),
    _ZONES,
)


@given(_DATES, _DATES, _DATES)
def test_any_stated_and_printed_dates_are_no_error(
    stated: str, modified: str, printed: str
) -> None:
    """The metadata's dates and the story's printed one are compared day by day,
    whatever their years and zones (year 1 moved west leaves the calendar)."""
    body = "<p>The council approved the new budget on Monday after a long debate.</p>" * 3
    html = (
        '<html><head><script type="application/ld+json">'
        f'{{"@type": "NewsArticle", "datePublished": "{stated}", "dateModified": "{modified}"}}'
        f"</script></head><body><article><h1>Budget passes</h1><p>Published {printed}</p>"
        f"{body}</article></body></html>"
    )
    page = newsclean.clean_html(html)
    assert page.main is not None
