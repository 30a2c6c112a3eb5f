"""HTML speed: pages/s of newsclean and its competitors on ``aeb/html/``, one run.

Each extractor makes ``--runs`` passes over the same pages, interleaved
round by round so load from other processes hits all of them alike; the
best pass counts. Peak memory is tracemalloc's peak of Python allocations
during one pass. ``--stream N`` then feeds newsclean N pages (the corpus
repeated) and prints the process's resident memory every N/10 pages, to
show that memory stays flat.

    python benchmarks/speed_html.py [--corpus PATH] [--runs N] [--stream N]
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for extra in (ROOT / "src", ROOT / "benchmarks"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from memos import forget  # noqa: E402
from quality_html import (  # noqa: E402
    COMPETITORS,
    DEFAULT_CORPUS,
    Extractor,
    load_corpus,
    newsclean_html_text,
)


def _rss_mb() -> float:
    """Resident memory of this process in MB (Linux /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            pages = int(fh.read().split()[1])
    except OSError:
        return 0.0
    import os

    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def main(argv: list[str] | None = None) -> int:
    """Print one speed table and, optionally, the memory stream check."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the aeb corpus folder")
    parser.add_argument("--runs", type=int, default=3, help="passes per extractor; best counts")
    parser.add_argument("--stream", type=int, default=0, help="pages for the memory stream check")
    args = parser.parse_args(argv)
    pages = load_corpus(args.corpus)
    if not pages:
        print(f"no pages under {args.corpus / 'html'}", file=sys.stderr)
        return 1
    htmls = [p.html for p in pages]
    size = sum(len(h) for h in htmls)
    extractors: list[tuple[str, Extractor | None]] = [("newsclean", newsclean_html_text)]
    extractors += [(name, factory()) for name, factory in COMPETITORS]
    live = [(name, fn) for name, fn in extractors if fn is not None]
    for _, fn in live:
        fn(htmls[0])  # warm caches and imports
    best = {name: float("inf") for name, _ in live}
    for _ in range(args.runs):
        for name, fn in live:
            forget()  # newsclean's pass finds no reading of the last one's lines (memos.py)
            start = time.perf_counter()
            for h in htmls:
                fn(h)
            best[name] = min(best[name], time.perf_counter() - start)
    peaks: dict[str, float] = {}
    for name, fn in live:
        tracemalloc.start()
        for h in htmls:
            fn(h)
        peaks[name] = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
    base = best.get("trafilatura")
    print(f"aeb/html: {len(htmls)} pages, {size / 1e6:.1f} MB, best of {args.runs}, one process")
    print(f"| {'extractor':<28} | pages/s |  MB/s | vs trafilatura | peak MB (tracemalloc) |")
    print(f"|{'-' * 30}|{'-' * 9}|{'-' * 7}|{'-' * 16}|{'-' * 23}|")
    for name, fn in extractors:
        if fn is None:
            print(f"| {name:<28} | {'not installed':^56} |")
            continue
        t = best[name]
        ratio = f"{base / t:13.2f}x" if base else f"{'-':>14}"
        print(
            f"| {name:<28} | {len(htmls) / t:7.1f} | {size / 1e6 / t:5.2f} | {ratio} "
            f"| {peaks[name]:21.1f} |"
        )
    if args.stream:
        print(f"memory over a {args.stream}-page stream (newsclean, resident MB):")
        step = max(1, args.stream // 10)
        for i in range(args.stream):
            newsclean_html_text(htmls[i % len(htmls)])
            if (i + 1) % step == 0:
                print(f"  {i + 1:>7} pages  {_rss_mb():7.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
