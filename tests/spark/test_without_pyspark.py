"""``newsclean.spark`` without pyspark: it imports, and says what to install when called.

Not under the ``spark`` marker: these run in the main test step, pyspark or not.
"""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

# Hide pyspark, pandas and pyarrow as if they were not installed, then use the module.
SCRIPT = """
import sys
for name in ("pyspark", "pyspark.sql", "pyspark.sql.functions", "pyspark.sql.types",
             "pandas", "pyarrow"):
    sys.modules[name] = None  # import fails as if missing
import newsclean.spark as spark
rows = list(spark.clean_partition([{"id": 1, "text": "Rates held\\nThe bank kept rates on hold."}]))
assert rows[0]["title"] == "Rates held", rows
for call in (lambda: spark.clean_dataframe(object(), text_col="t"), spark.article_schema):
    try:
        call()
    except ImportError as exc:
        assert "pip install 'newsclean[spark]'" in str(exc), exc
        print("ImportError:", exc)
    else:
        raise AssertionError("no ImportError")
"""


def test_imports_and_explains_without_pyspark() -> None:
    """Importing works; ``clean_partition`` works; the Spark functions raise a clear ImportError."""
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("ImportError: newsclean.spark needs the [spark] extra") == 2
