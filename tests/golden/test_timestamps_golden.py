"""Timestamps on the shared corpus: accuracy, false dates and coverage of languages.

Scoring lives in ``benchmarks/timestamps.py`` (one copy, shared with the
benchmark script). The floors are the figures reached when they were
recorded; a change that drops below one is a regression.
"""

from __future__ import annotations

from types import ModuleType

import pytest

from tests.conftest import load_benchmark, shared_path

CORRECT_FLOOR = 203  # of 203 timestamps, with the language hint
CORRECT_NO_HINT_FLOOR = 203  # of 203, without it
MAX_FALSE_DATES = 0  # of 81 non-timestamps

pytestmark = pytest.mark.corpus


def _bench() -> ModuleType:
    return load_benchmark("timestamps")


@pytest.fixture(scope="module")
def rows() -> list[dict[str, object]]:
    """The corpus rows; fails in CI and skips elsewhere when the corpus is missing."""
    shared_path("corpora", "timestamps", "timestamps.jsonl")
    return list(_bench().load_corpus(shared_path("corpora", "timestamps")))


def test_timestamps_resolved_with_language_hint(rows: list[dict[str, object]]) -> None:
    """At least CORRECT_FLOOR timestamps resolve within the corpus tolerances."""
    bench = _bench()
    score = bench.score(bench.newsclean_parser, rows)
    assert score.correct >= CORRECT_FLOOR, score.misses


def test_timestamps_resolved_without_language_hint(rows: list[dict[str, object]]) -> None:
    """The merged grammar resolves as many without the hint."""
    bench = _bench()
    score = bench.score(bench.newsclean_nohint_parser, rows)
    assert score.correct >= CORRECT_NO_HINT_FLOOR, score.misses


def test_non_timestamps_get_no_date(rows: list[dict[str, object]]) -> None:
    """Reading times, bylines without dates and distractors stay dateless."""
    bench = _bench()
    score = bench.score(bench.newsclean_parser, rows)
    assert score.false_dates <= MAX_FALSE_DATES, score.false
    nohint = bench.score(bench.newsclean_nohint_parser, rows)
    assert nohint.false_dates <= MAX_FALSE_DATES, nohint.false
