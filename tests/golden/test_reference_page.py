"""Every hand-checked expectation of ../shared/examples/aggregator-page holds."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, datetime
from functools import cache
from typing import Any

import pytest

import newsclean
from tests.conftest import shared_path

REFERENCE_TIME = datetime(2025, 6, 7, 12, 0, tzinfo=UTC)

pytestmark = pytest.mark.corpus


@cache
def _load() -> tuple[newsclean.Page, dict[str, Any]]:
    folder = shared_path("examples", "aggregator-page")
    page = newsclean.clean(
        (folder / "page.txt").read_text(encoding="utf-8"), reference_time=REFERENCE_TIME
    )
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    return page, expected


def _expected_articles() -> list[tuple[int, dict[str, Any]]]:
    path = shared_path("examples", "aggregator-page", "expected.json")
    return list(enumerate(json.loads(path.read_text(encoding="utf-8"))["articles"]))


def _article(i: int) -> newsclean.Article:
    page, expected = _load()
    assert len(page.articles) == len(expected["articles"]), [a.title for a in page.articles]
    return page.articles[i]


def _cases(key: str) -> list[Any]:
    """(article index, item) for every item of ``key`` in every expected article."""
    try:
        articles = _expected_articles()
    except pytest.skip.Exception:
        return []
    return [(i, item) for i, a in articles for item in a.get(key, [])]


def test_four_stories_in_page_order() -> None:
    """The main story and three cards come out, in page order, with their roles."""
    page, expected = _load()
    assert [a.role for a in page.articles] == [a["role"] for a in expected["articles"]]


@pytest.mark.parametrize("i", range(4))
def test_title_source_and_time(i: int) -> None:
    """Each story's title, source and published time match the expectations."""
    _, expected = _load()
    want = expected["articles"][i]
    got = _article(i)
    assert got.title == want["title"]
    assert got.source == want["source"]
    if want["published_text"] is None:
        assert got.published is None
    else:
        assert got.published is not None
        assert got.published.text == want["published_text"]
        offset = want["published_offset_seconds"]
        assert got.published.offset is not None
        assert got.published.offset.total_seconds() == offset
        assert got.published.value == REFERENCE_TIME + got.published.offset


@pytest.mark.parametrize("i", range(4))
def test_body_starts_and_ends(i: int) -> None:
    """Each body starts and ends where the hand-checked page says."""
    _, expected = _load()
    want = expected["articles"][i]
    got = _article(i)
    assert got.text.startswith(want["body_starts_with"]), got.text[:200]
    assert got.text.endswith(want["body_ends_with"]), got.text[-200:]


@pytest.mark.parametrize(("i", "join"), _cases("joins"))
def test_join_is_split(i: int, join: list[str]) -> None:
    """A run-together pair comes out as two sentences, spacing repaired."""
    end, start = join
    sentences = [s.text for s in _article(i).sentences]
    pairs = list(itertools.pairwise(sentences))
    assert any(a.endswith(end) and b.startswith(start) for a, b in pairs), (end, start)
    assert f"{end} {start}" in _article(i).text


@pytest.mark.parametrize(("i", "phrase"), _cases("not_split"))
def test_not_split(i: int, phrase: str) -> None:
    """Abbreviations and decimals stay inside one sentence."""
    assert any(phrase in s.text for s in _article(i).sentences), phrase


@pytest.mark.parametrize(("i", "phrase"), _cases("absent"))
def test_absent_from_body(i: int, phrase: str) -> None:
    """Chrome, credits and card headers stay out of the body."""
    assert phrase not in _article(i).text


def _chrome_cases() -> list[str]:
    try:
        path = shared_path("examples", "aggregator-page", "expected.json")
    except pytest.skip.Exception:
        return []
    return list(json.loads(path.read_text(encoding="utf-8"))["chrome"])


@pytest.mark.parametrize("phrase", _chrome_cases())
def test_chrome_reported_with_rule(phrase: str) -> None:
    """Every chrome string is reported as removed, with a registered rule."""
    page, _ = _load()
    removals = list(page.removed) + [r for a in page.articles for r in a.removed]
    hits = [r for r in removals if phrase in r.text]
    assert hits, phrase
    assert all(r.rule in newsclean.RULES for r in hits)
    assert all(page.text[r.start : r.end] == r.text for r in hits)


def test_summary_and_credit() -> None:
    """The teaser before 'read more' becomes the summary; credit lines leave the body."""
    _, expected = _load()
    for i, want in enumerate(expected["articles"]):
        got = _article(i)
        if "summary" in want:
            assert got.summary == want["summary"]
        if "credit" in want:
            assert got.credit == want["credit"]


def test_video_chapters() -> None:
    """The chapter list becomes (time, title) pairs."""
    _, expected = _load()
    for i, want in enumerate(expected["articles"]):
        if "video_chapters" in want:
            assert [list(c) for c in _article(i).chapters] == want["video_chapters"]
