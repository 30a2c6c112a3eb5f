"""Shared test settings: hypothesis profiles and the ../shared corpora."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
IN_CI = os.environ.get("CI") == "true"

# A fast profile for local runs and a derandomised, larger one for CI.
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "ci",
    max_examples=1000,
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


def load_benchmark(name: str) -> ModuleType:
    """``benchmarks/<name>.py`` as a module: golden tests reuse its scoring, never copy it."""
    key = f"newsclean_benchmarks_{name}"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, ROOT / "benchmarks" / f"{name}.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[key] = module
        spec.loader.exec_module(module)
    return sys.modules[key]
