"""Run one hostile input through newsclean in a fresh process, with a deadline.

Each case gets its own interpreter so a hang or a crash fails that case
instead of the suite, and a spy reports any file or socket the pipeline
touches while cleaning (it must touch none).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
# seconds: a hang guard for slow CI machines, not a speed test. The suite runs
# on every core (pytest-xdist), so a case shares the machine with another
# worker; the slowest case (a live blog of 30,000 entries, linear) takes
# 15-17 s alone on a quiet machine, and a quadratic one would take minutes
DEADLINE = 60.0

_RUNNER = textwrap.dedent(
    """
    import builtins, io, json, os, socket, sys, time
    sys.path.insert(0, {src!r})
    import newsclean
    newsclean.clean("Warm up\\nThe council met on Monday, and it voted on the plan.")
    data = {make}
    touched = []
    real_open, real_io_open = builtins.open, io.open
    package = os.path.join({src!r}, "newsclean")
    def spy(*a, **k):
        if not (a and str(a[0]).startswith(package)):
            touched.append(str(a[0]) if a else "?")
        return real_open(*a, **k)
    builtins.open = io.open = spy
    socket.socket = lambda *a, **k: touched.append("socket") or (_ for _ in ()).throw(OSError())
    start = time.perf_counter()
    found = False
    try:
        page = {entry}(data)
        outcome = "page"
        articles = len(page.articles)
        found = {probe!r} is not None and {probe!r} in page.text
    except newsclean.NewscleanError as exc:
        outcome, articles = type(exc).__name__, 0
    builtins.open, io.open = real_open, real_io_open
    print(json.dumps({{"outcome": outcome, "articles": articles, "probe_found": found,
                      "seconds": time.perf_counter() - start, "touched": touched}}))
    """
)


def run_case(
    make: str, entry: str = "newsclean.clean", probe: str | None = None
) -> dict[str, object]:
    """Clean the value the expression ``make`` builds; the outcome, time and touches.

    ``probe_found`` says whether ``probe`` appears in the page's text (a file's
    contents that must never be read in, say).

    A crash (any exception but ``NewscleanError``) or a hang fails the caller's
    assertion: the process exits non-zero or runs past ``DEADLINE``.
    """
    code = _RUNNER.format(src=str(SRC), make=make, entry=entry, probe=probe)
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=DEADLINE, check=False
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["touched"] == [], result["touched"]
    return result
