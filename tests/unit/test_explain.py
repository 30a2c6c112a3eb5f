"""The HTML cards: explain() reports and the notebook _repr_html_ of Page and Article."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import newsclean
from newsclean.shell.explain import article_html, error_html, page_html

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "cards-page.txt"
REF = datetime(2025, 6, 7, 12, tzinfo=UTC)


def example() -> newsclean.Page:
    """The bundled example page, cleaned."""
    return newsclean.clean(EXAMPLE.read_text(encoding="utf-8"), reference_time=REF)


def test_report_is_standalone_html() -> None:
    """explain() gives a whole document with inline CSS and no external asset or script."""
    report = newsclean.explain(example())
    assert report.startswith("<!DOCTYPE html>")
    assert "<style>" in report
    assert not re.search(r"<script|<link|<img|<iframe|\bsrc=|@import|url\(", report)


def test_every_removal_is_struck_and_labelled() -> None:
    """Each removal of the page appears struck through, with its rule as a badge."""
    page = example()
    report = newsclean.explain(page)
    removals = [*page.removed, *(r for a in page.articles for r in a.removed)]
    assert removals
    assert report.count('<del class="nc-gone"') == len(removals)
    for r in removals:
        assert f'<span class="nc-rule" title="{r.rule} ({r.kind.value}): ' in report


def test_cards_show_title_source_time_and_body() -> None:
    """A card shows the story's title, source, time and body text."""
    page = example()
    card = page_html(page)
    for article in page.articles:
        assert article.title is not None
        assert article.title in card
        if article.source:
            assert article.source in card
    assert "2 hours ago" in card
    assert "floating solar farm on its disused eastern reservoir" in card


def test_page_text_is_escaped() -> None:
    """Markup in the page is shown as text, never run."""
    hostile = (
        "<b>Headline</b>\n<script>alert(1)</script> council approved the budget on Monday night."
        '\n"><img src=x onerror=alert(1)> Share this article'
    )
    page = newsclean.clean_text(hostile)
    report = newsclean.explain(page)
    assert "<script>alert" not in report
    assert "<img" not in report
    assert "&lt;script&gt;" in report or "&lt;b&gt;" in report


def test_repr_html_of_page_and_article() -> None:
    """Page and Article draw themselves in a notebook with their own styles."""
    page = example()
    assert page._repr_html_().startswith("<style>")
    assert page.articles[1]._repr_html_() == article_html(page.articles[1])
    assert "ADVERTISEMENT" in page.articles[1]._repr_html_()


def test_article_removals_placed_in_the_paragraph() -> None:
    """An inline removal is drawn where it was: between the sentences around it."""
    page = example()
    html = article_html(page.articles[1], style=False)
    before, _, after = html.partition("ADVERTISEMENT</del>")
    assert before.rstrip().endswith(
        'title="inline.advert (advert): an advert marker inside the text">'
    )
    assert "each pier." in before[-400:]
    assert "Fares will not change" in after[:400]


def test_error_box_is_escaped() -> None:
    """A failed record's box escapes its id and message."""
    box = error_html("<x>", "InputError", "a & b")
    assert "&lt;x&gt;" in box
    assert "a &amp; b" in box


def test_empty_page_renders() -> None:
    """A page with no story still renders a header."""
    assert "0 stories" in page_html(newsclean.clean(""))
