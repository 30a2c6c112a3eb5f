"""The aeb/html quality floors: HTML-mode P, R and F1 never drop below the json."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "aeb"
FLOORS = Path(__file__).with_name("html_floors.json")


def _corpus() -> Path:
    if not (CORPUS / "html").is_dir():
        message = f"aeb corpus missing: {CORPUS}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return CORPUS


@pytest.mark.corpus
def test_aeb_html_quality_stays_above_floors() -> None:
    """HTML mode keeps precision, recall and F1 at or above the recorded floors."""
    corpus = _corpus()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from quality_html import newsclean_html_scores  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    score = newsclean_html_scores(corpus)
    assert score.pages > 0
    got = {"precision": score.precision, "recall": score.recall, "f1": score.f1}
    low = {k: (round(v, 4), floors[k]) for k, v in got.items() if v < floors[k]}
    assert not low, f"below floor (measured, floor): {low}"
