"""Golden: the segmentation corpus must not fall below its recorded floors."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpora" / "segmentation"
FLOORS = Path(__file__).with_name("segmentation_floors.json")


def _benchmark() -> ModuleType:
    """The benchmark module, whose scoring this test reuses."""
    if str(ROOT / "benchmarks") not in sys.path:
        sys.path.insert(0, str(ROOT / "benchmarks"))
    import segmentation

    return segmentation


@pytest.mark.corpus
def test_segmentation_corpus_stays_above_floors() -> None:
    """Count, title, source, time and body F1 stay at or above segmentation_floors.json."""
    if not CORPUS.exists():
        message = f"segmentation corpus missing: {CORPUS}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    floors: dict[str, float] = json.loads(FLOORS.read_text(encoding="utf-8"))["floors"]
    _, figures = _benchmark().run(CORPUS)
    drops = {k: (round(figures[k], 4), v) for k, v in floors.items() if figures[k] < v}
    assert not drops, f"below floor (figure, floor): {drops}"
