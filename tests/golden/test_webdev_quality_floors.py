"""The webdev quality floors: P, R and F1 in each collection never drop below the json.

Text mode on ``webdev/flat`` and HTML mode on ``webdev/html``, scored by the
benchmarks' own per-collection functions (``benchmarks/quality.py`` and
``benchmarks/quality_html.py``): each page once, micro-averaged over the
pages of ``cleaneval``, ``dragnet``, ``l3s-gn1`` and over all 895. A page on
which newsclean raises scores as empty output, as in the benchmarks.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import load_benchmark, shared_path

FLOORS = Path(__file__).with_name("webdev_floors.json")
COLLECTIONS = ("cleaneval", "dragnet", "l3s-gn1", "webdev")
METRICS = ("precision", "recall", "f1")
# mode -> (input folder, benchmark module, its per-collection scorer)
MODES = {
    "text": ("flat", "quality", "newsclean_collection_scores"),
    "html": ("html", "quality_html", "newsclean_html_collection_scores"),
}


def below_floors(
    mode: str, measured: dict[str, dict[str, float]], floors: dict[str, dict[str, float]]
) -> list[str]:
    """One line per (collection, metric) measured below its floor."""
    return [
        f"{mode} {collection} {metric}: measured {measured[collection][metric]:.4f} "
        f"< floor {floor:.3f}"
        for collection, per_metric in floors.items()
        for metric, floor in per_metric.items()
        if measured[collection][metric] < floor
    ]


def test_floors_file_names_every_collection_and_metric() -> None:
    """The json holds a floor for every mode, collection and metric (none skipped silently)."""
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))["floors"]
    assert set(floors) == set(MODES)
    for mode in MODES:
        assert set(floors[mode]) == set(COLLECTIONS), mode
        for collection in COLLECTIONS:
            assert set(floors[mode][collection]) == set(METRICS), (mode, collection)


def test_below_floors_names_collection_metric_measure_and_floor() -> None:
    """A figure under its floor is reported with all four; one at its floor passes."""
    floors = {"dragnet": {"f1": 0.834, "recall": 0.749}}
    measured = {"dragnet": {"f1": 0.8312, "recall": 0.749}}
    assert below_floors("html", measured, floors) == [
        "html dragnet f1: measured 0.8312 < floor 0.834"
    ]


@pytest.mark.corpus
@pytest.mark.parametrize("mode", sorted(MODES))
def test_webdev_quality_stays_above_floors(mode: str) -> None:
    """Each webdev collection keeps precision, recall and F1 at or above its floors."""
    folder, module, scorer = MODES[mode]
    shared_path("corpora", "webdev", folder)  # skips locally when missing, fails in CI
    webdev = shared_path("corpora", "webdev")
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))["floors"][mode]
    scores = getattr(load_benchmark(module), scorer)(COLLECTIONS, webdev=webdev)
    assert {c: scores[c].pages for c in COLLECTIONS} == {
        "cleaneval": 247,
        "dragnet": 398,
        "l3s-gn1": 250,
        "webdev": 895,
    }
    measured = {
        c: {"precision": s.precision, "recall": s.recall, "f1": s.f1} for c, s in scores.items()
    }
    low = below_floors(mode, measured, floors)
    assert not low, "below floor:\n" + "\n".join(low)
