"""Golden: the segmentation corpus must not fall below its recorded floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import load_benchmark, shared_path

FLOORS = Path(__file__).with_name("segmentation_floors.json")


@pytest.mark.corpus
def test_segmentation_corpus_stays_above_floors() -> None:
    """Count, title, source, time and body F1 stay at or above segmentation_floors.json."""
    corpus = shared_path("corpora", "segmentation")
    floors: dict[str, float] = json.loads(FLOORS.read_text(encoding="utf-8"))["floors"]
    _, figures = load_benchmark("segmentation").run(corpus)
    drops = {k: (round(figures[k], 4), v) for k, v in floors.items() if figures[k] < v}
    assert not drops, f"below floor (figure, floor): {drops}"
