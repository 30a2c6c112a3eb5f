"""The same input gives the same output in another process, whatever the hash seed.

Set and dict iteration over strings depends on PYTHONHASHSEED; a result that
leaked that order would differ between Spark executors or CLI workers.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_DUMP = """
import json, sys
from datetime import datetime, timezone
sys.path.insert(0, {src!r})
import newsclean
ref = datetime(2025, 6, 7, 12, tzinfo=timezone.utc)
out = []
for path in {paths!r}:
    page = newsclean.clean(open(path, "rb").read(), reference_time=ref)
    out.append([page.to_dict(), [[repr(a.spans), repr(a.edits)] for a in page.articles]])
print(json.dumps(out, sort_keys=True))
"""

_HTML = (
    "<html><head><title>Rates held | Daily</title>"
    '<meta property="og:site_name" content="Daily"></head><body>'
    "<nav><a href='/'>Home</a><a href='/w'>World</a></nav><h1>Rates held</h1>"
    "<p class='byline'>By Jane Doe and John Roe</p><time datetime='2025-06-07T10:00:00Z'>"
    "Jun 7</time><p>The central bank kept rates on hold on Thursday.Markets rose.</p>"
    "<p>Analysts said the decision was expected, and bond yields eased.</p>"
    "<div class='share'>Share Tweet Email</div></body></html>"
)


def _dump(paths: list[str], seed: str) -> str:
    code = _DUMP.format(src=str(ROOT / "src"), paths=paths)
    env = {**os.environ, "PYTHONHASHSEED": seed}
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return proc.stdout


def test_output_is_the_same_across_processes_and_hash_seeds(tmp_path: Path) -> None:
    """Two processes with different hash seeds give byte-identical results."""
    html = tmp_path / "page.html"
    html.write_text(_HTML, encoding="utf-8")
    paths = [str(ROOT / "examples" / "cards-page.txt"), str(html)]
    reference = ROOT.parent / "shared" / "examples" / "aggregator-page" / "page.txt"
    if reference.exists():
        paths.append(str(reference))
    first, second = _dump(paths, "1"), _dump(paths, "4242")
    assert first == second
    assert len(json.loads(first)) == len(paths)
