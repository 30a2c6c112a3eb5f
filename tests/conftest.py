"""Shared test settings: hypothesis profiles and the ../shared corpora."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
IN_CI = os.environ.get("CI") == "true"

# A fast profile for local runs and a derandomised, larger one for CI.
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "ci",
    max_examples=400,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("ci" if IN_CI else os.environ.get("HYPOTHESIS_PROFILE", "dev"))


def shared_path(*parts: str) -> Path:
    """A path under ../shared; fails loudly in CI when missing, skips elsewhere."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"shared corpus missing: {path}"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return path
