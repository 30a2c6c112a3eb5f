"""The aeb/flat quality floors: P, R and F1 never drop below ``floors.json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import load_benchmark, shared_path

FLOORS = Path(__file__).with_name("floors.json")


@pytest.mark.corpus
def test_aeb_flat_quality_stays_above_floors() -> None:
    """Text mode keeps precision, recall and F1 at or above the recorded floors."""
    corpus = shared_path("corpora", "aeb")
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    score = load_benchmark("quality").newsclean_scores(corpus)
    assert score.pages > 0
    got = {"precision": score.precision, "recall": score.recall, "f1": score.f1}
    low = {k: (round(v, 4), floors[k]) for k, v in got.items() if v < floors[k]}
    assert not low, f"below floor (measured, floor): {low}"
