"""Timestamps on the shared corpus: accuracy, false dates and coverage of languages.

Scoring lives in ``benchmarks/timestamps.py`` (one copy, shared with the
benchmark script). The floors are the figures reached when they were
recorded; a change that drops below one is a regression.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "timestamps"
BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "timestamps.py"

CORRECT_FLOOR = 203  # of 203 timestamps, with the language hint
CORRECT_NO_HINT_FLOOR = 203  # of 203, without it
MAX_FALSE_DATES = 0  # of 81 non-timestamps

pytestmark = pytest.mark.corpus


def _bench() -> ModuleType:
    name = "newsclean_benchmarks_timestamps"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, BENCHMARK)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rows() -> list[dict[str, object]]:
    """The corpus rows; fails in CI and skips elsewhere when the corpus is missing."""
    if not (CORPUS / "timestamps.jsonl").is_file():
        message = f"timestamp corpus missing: {CORPUS}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return list(_bench().load_corpus(CORPUS))


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
