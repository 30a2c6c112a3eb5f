"""A/B speed of two versions of newsclean on the same pages, run alternately.

The machines this project is measured on drift by 20-30% between runs, so
"before" and "after" figures taken minutes apart say little. This script
runs both versions in turn, each in a fresh process, several rounds, and
prints the best CPU ms/page of each and their ratio.

    python benchmarks/ab.py --base HEAD~3                   # a git revision vs this tree
    python benchmarks/ab.py --base /tmp/old/src --mode html --rounds 5

``--base`` is a git revision (exported with ``git archive`` to a temporary
folder) or a folder holding the ``newsclean`` package; the new side is this
checkout's ``src``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "aeb"

# What every child of a timing script starts with (``cycles.py`` too): argv
# mode, corpus folder, this benchmarks folder (for ``memos``); the pages read
# and cleaned once, so imports and tables are warm.
CHILD_SETUP = """
import sys
from pathlib import Path
mode, corpus = sys.argv[1], Path(sys.argv[2])
sys.path.insert(0, sys.argv[3])
from memos import forget
from newsclean import clean_html, clean_text
if mode == "text":
    run = clean_text
    pages = [p.read_text(encoding="utf-8") for p in sorted((corpus / "flat").glob("*.txt"))]
else:
    run = clean_html
    pages = [p.read_bytes() for p in sorted((corpus / "html").glob("*.html"))]
for page in pages:
    run(page)
"""

# The best of ``passes`` timed passes (CPU time), each from empty memos.
_CHILD = CHILD_SETUP + """
import json, time
passes = int(sys.argv[4])
best = float("inf")
for _ in range(passes):
    forget()
    start = time.process_time()
    for page in pages:
        run(page)
    best = min(best, time.process_time() - start)
print(json.dumps({"ms_per_page": best * 1000 / len(pages), "pages": len(pages)}))
"""


def export(revision: str, into: Path) -> Path:
    """``src/`` of a git revision, unpacked under ``into``."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, "src"],
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def _measure(src: Path, mode: str, corpus: Path, passes: int) -> float:
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, mode, str(corpus), str(ROOT / "benchmarks"), str(passes)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"{src}: {done.stderr.strip().splitlines()[-1]}")
    return float(json.loads(done.stdout)["ms_per_page"])


def main(argv: list[str] | None = None) -> int:
    """Print the A/B table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--base", required=True, help="a git revision or a folder with newsclean")
    parser.add_argument("--mode", choices=("text", "html"), default="text")
    parser.add_argument("--rounds", type=int, default=4, help="alternations of base and new")
    parser.add_argument("--passes", type=int, default=3, help="timed passes per process")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the aeb corpus folder")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        given = Path(args.base)
        base = given if (given / "newsclean").is_dir() else export(args.base, Path(tmp))
        sides = {"base": base, "new": ROOT / "src"}
        times: dict[str, list[float]] = {name: [] for name in sides}
        for _ in range(args.rounds):
            for name, src in sides.items():
                times[name].append(_measure(src, args.mode, args.corpus, args.passes))
    print(f"{args.mode} mode, aeb, CPU ms/page, best of {args.passes} passes per process")
    print("| side | best | rounds |")
    print("|---|---|---|")
    for name, values in times.items():
        label = f"{name} ({args.base if name == 'base' else 'this tree'})"
        rounds = " ".join(f"{v:.2f}" for v in values)
        print(f"| {label} | {min(values):.3f} | {rounds} |")
    print(f"new is {min(times['base']) / min(times['new']):.2f}x the speed of base")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
