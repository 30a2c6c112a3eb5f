"""The sentence engine on the shared corpus: golden rules and run-together joins.

Scoring lives in ``benchmarks/sentences.py`` (one copy, shared with the
benchmark script). The floors below are the figures reached when they were
recorded; a change that drops below one is a regression.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import load_benchmark, shared_path

GOLDEN_FLOOR = 48  # of 48 golden rules
RUNTOGETHER_F1_FLOOR = 0.99
RUNTOGETHER_RECALL_FLOOR = 0.99
CONTROL_F1_FLOOR = 0.995
HARD_NEGATIVE_MAX_FALSE_SPLITS = 0  # of 58 single sentences
HARD_NEGATIVE_RUNTOGETHER_F1_FLOOR = 1.0

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def corpus() -> Path:
    """The shared sentence corpus; fails in CI and skips elsewhere when it is missing."""
    return shared_path("corpora", "sentences")


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    """The benchmark module, which holds the scoring functions."""
    return load_benchmark("sentences")


def test_golden_rules_floor(corpus: Path, bench: ModuleType) -> None:
    """At least GOLDEN_FLOOR of the 48 English golden rules pass."""
    cases = bench.load_golden(corpus)
    passed = bench.golden_passed(bench.newsclean_splitter(), cases)
    failed = [c["id"] for c in cases if c["id"] not in passed]
    assert len(passed) >= GOLDEN_FLOOR, f"failed golden rules: {failed}"


def test_runtogether_joins_floor(corpus: Path, bench: ModuleType) -> None:
    """Paragraphs glued without a space are split at the joins (F1 and recall floors)."""
    counts = bench.score(bench.newsclean_splitter(), bench.load_records(corpus)["runtogether"])
    assert counts.f1 >= RUNTOGETHER_F1_FLOOR, counts
    assert counts.recall >= RUNTOGETHER_RECALL_FLOOR, counts


def test_control_floor(corpus: Path, bench: ModuleType) -> None:
    """The same paragraphs joined with a space are split as well."""
    counts = bench.score(bench.newsclean_splitter(), bench.load_records(corpus)["control"])
    assert counts.f1 >= CONTROL_F1_FLOOR, counts


def test_hard_negatives_are_not_split(corpus: Path, bench: ModuleType) -> None:
    """U.S., e.g., Node.js, 1.39, No. 5, a.m., Ph.D., URLs, e-mails and initials stay whole."""
    counts = bench.score(bench.newsclean_splitter(), bench.load_records(corpus)["hard_negative"])
    assert counts.false_splits <= HARD_NEGATIVE_MAX_FALSE_SPLITS, counts


def test_hard_negatives_glued_together_floor(corpus: Path, bench: ModuleType) -> None:
    """Two hard negatives glued without a space are split only at the join."""
    records = bench.load_records(corpus)["hard_negative_runtogether"]
    counts = bench.score(bench.newsclean_splitter(), records)
    assert counts.f1 >= HARD_NEGATIVE_RUNTOGETHER_F1_FLOOR, counts


def test_find_joins_agrees_with_gold_joins(corpus: Path, bench: ModuleType) -> None:
    """find_joins reports the run-together gold offsets, as the pipeline repairs them."""
    from newsclean.parsers.sentences import find_joins

    records = bench.load_records(corpus)["runtogether"]
    gold = found = 0
    for rec in records:
        joins = set(find_joins(rec["text"]))
        gold += len(rec["boundaries"])
        found += sum(1 for b in rec["boundaries"] if b in joins)
    assert found / gold >= RUNTOGETHER_RECALL_FLOOR
