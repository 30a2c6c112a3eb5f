"""A local Spark for the ``spark`` tests: ``local[2]``, no UI, quiet.

Without pyspark (the ``[spark]`` extra) or Java the tests fail in CI and
skip elsewhere, like the shared corpora do.
"""

from __future__ import annotations

import importlib
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsclean
from tests.conftest import IN_CI

#: where ``newsclean`` was imported from: the Python workers must import the same
NEWSCLEAN_PATH = str(Path(newsclean.__file__).resolve().parents[1])


def _unavailable(message: str) -> None:
    if IN_CI:
        pytest.fail(f"{message}; the spark tests must run in CI", pytrace=False)
    pytest.skip(message)


def worker_env() -> dict[str, str]:
    """Environment for Spark's JVM and Python workers: this Python, this newsclean."""
    env = dict(os.environ)
    env.setdefault("PYSPARK_PYTHON", sys.executable)
    env.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    paths = [NEWSCLEAN_PATH, *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
    env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))
    return env


def require_spark() -> None:
    """Skip (fail in CI) unless the ``[spark]`` extra and Java are here."""
    for module in ("pyspark", "pandas", "pyarrow"):
        try:
            importlib.import_module(module)
        except ImportError as exc:
            _unavailable(f"{module} is missing ({exc}): pip install -e '.[spark]'")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        _unavailable("no Java for Spark (java not on PATH, JAVA_HOME unset)")


def build_session(app: str = "newsclean-tests") -> Any:
    """A ``local[2]`` SparkSession: UI off, 2 shuffle partitions, 1 GB driver, UTC.

    Arrow batches of 64 rows, as docs/spark.md advises for pages.
    """
    require_spark()
    os.environ.update(worker_env())  # the JVM, and so its Python workers, inherit these
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName(app)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.driver.memory", "1g")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "64")  # pages are big
        .config("spark.driver.extraJavaOptions", "-Dlog4j2.level=error")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    return session


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    """One SparkSession for every spark test of the run."""
    saved = dict(os.environ)
    session = build_session()
    yield session
    session.stop()
    os.environ.clear()
    os.environ.update(saved)
