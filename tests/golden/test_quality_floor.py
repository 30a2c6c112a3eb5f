"""The aeb/flat quality floors: P, R and F1 never drop below ``floors.json``."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpora" / "aeb"
FLOORS = Path(__file__).with_name("floors.json")


def _corpus() -> Path:
    if not (CORPUS / "flat").is_dir():
        message = f"aeb corpus missing: {CORPUS}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return CORPUS


@pytest.mark.corpus
def test_aeb_flat_quality_stays_above_floors() -> None:
    """Text mode keeps precision, recall and F1 at or above the recorded floors."""
    corpus = _corpus()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from quality import newsclean_scores  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    score = newsclean_scores(corpus)
    assert score.pages > 0
    got = {"precision": score.precision, "recall": score.recall, "f1": score.f1}
    low = {k: (round(v, 4), floors[k]) for k, v in got.items() if v < floors[k]}
    assert not low, f"below floor (measured, floor): {low}"
