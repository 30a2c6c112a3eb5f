"""Estimated cycles of one aeb pass, this tree against a base, under valgrind.

Timing on a shared machine drifts by a third between runs, and instruction
counts alone miss what made issue 16's code slower than its instructions:
cache misses and branch mispredictions grew faster (docs/benchmarks.md,
session 37). Callgrind simulates both, deterministically: each side cleans
every page once (warm-up), empties the memos of page text (``memos.py``),
then one pass is counted with the garbage collector on, as a user runs it.
The estimate weighs an instruction 1, an L1 miss 10, a last-level miss 100
and a mispredicted branch 15: within the costs cachegrind's manual gives
(about 10 cycles an L1 miss, up to 200 a last-level one, 10 to 30 a
misprediction). A rough model; its use is comparing two trees on one pass.

    python benchmarks/cycles.py --base fd0911e [--mode text|html] [--ll BYTES]

Needs ``valgrind`` on PATH (not a Python package: ``apt install valgrind``);
a text pass takes about ten minutes a side, both sides run at once.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for extra in (ROOT / "benchmarks",):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from ab import CHILD_SETUP, DEFAULT_CORPUS, export  # noqa: E402

_CHILD = CHILD_SETUP + """
import gc
def counted():
    for page in pages:
        run(page)
forget()
gc.collect()
eval("counted()")  # callgrind counts inside builtin_eval only
"""

#: callgrind's event names, and the weight of each in the estimate
_WEIGHTS = {
    "Ir": 1,
    "I1mr": 10,
    "D1mr": 10,
    "D1mw": 10,
    "ILmr": 100,
    "DLmr": 100,
    "DLmw": 100,
    "Bcm": 15,
    "Bim": 15,
}


def _start(src: Path, mode: str, corpus: Path, ll: int, out: Path) -> subprocess.Popen[bytes]:
    command = [
        "valgrind",
        "--tool=callgrind",
        "--cache-sim=yes",
        "--branch-sim=yes",
        f"--LL={ll},16,64",
        f"--callgrind-out-file={out}",
        "--collect-atstart=no",
        "--toggle-collect=builtin_eval",
        sys.executable,
        "-c",
        _CHILD,
        mode,
        str(corpus),
        str(ROOT / "benchmarks"),
    ]
    env = {**os.environ, "PYTHONPATH": str(src), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _events(out: Path) -> dict[str, int]:
    """The counted pass's totals, by event name."""
    names: list[str] = []
    for line in out.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("events:"):
            names = line.split()[1:]
        elif line.startswith(("summary:", "totals:")) and names:
            return dict(zip(names, map(int, line.split()[1:]), strict=False))
    raise SystemExit(f"{out}: no totals (did the child fail?)")


def estimate(events: dict[str, int]) -> int:
    """Estimated cycles: each event times its weight.

    >>> estimate({"Ir": 1000, "D1mr": 10, "DLmr": 1, "Bcm": 2})
    1230
    """
    return sum(events.get(name, 0) * weight for name, weight in _WEIGHTS.items())


def main(argv: list[str] | None = None) -> int:
    """Print the table of both sides."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--base", required=True, help="a git revision or a folder with newsclean")
    parser.add_argument("--mode", choices=("text", "html"), default="text")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the aeb corpus folder")
    parser.add_argument("--ll", type=int, default=2 * 1024 * 1024, help="last-level cache bytes")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not on PATH (apt install valgrind)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        given = Path(args.base)
        base = given if (given / "newsclean").is_dir() else export(args.base, Path(tmp))
        sides = {"base": base, "new": ROOT / "src"}
        outs = {name: Path(tmp) / f"{name}.out" for name in sides}
        running = {
            name: _start(src, args.mode, args.corpus, args.ll, outs[name])
            for name, src in sides.items()
        }
        for name, process in running.items():
            _, err = process.communicate()
            if process.returncode != 0:
                tail = err.decode(errors="replace").strip().splitlines()[-3:]
                raise SystemExit(f"{name}: valgrind failed: {' | '.join(tail)}")
        found = {name: _events(out) for name, out in outs.items()}
    rows = [
        ("instructions", ("Ir",)),
        ("L1 misses (instr + data)", ("I1mr", "D1mr", "D1mw")),
        ("last-level misses", ("ILmr", "DLmr", "DLmw")),
        ("mispredicted branches", ("Bcm", "Bim")),
    ]
    print(f"{args.mode} mode, aeb, one warm pass with GC on, LL {args.ll // 1024} KB (millions)")
    print(f"| | base ({args.base}) | new (this tree) | new/base |")
    print("|---|---|---|---|")
    for label, names in rows:
        b, n = (sum(found[side].get(k, 0) for k in names) for side in ("base", "new"))
        print(f"| {label} | {b / 1e6:,.1f} | {n / 1e6:,.1f} | {n / b if b else 0:.3f} |")
    b, n = estimate(found["base"]), estimate(found["new"])
    print(f"| **estimated cycles** | {b / 1e6:,.1f} | {n / 1e6:,.1f} | {n / b:.3f} |")
    print(f"new is {b / n:.2f}x the speed of base by the estimate")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
