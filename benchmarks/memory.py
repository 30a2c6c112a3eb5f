"""Memory and scaling: flat RSS over a long stream, time linear in input size.

1. Streams N pages (``--stream``, default 10,000: the aeb corpus's flattened
   text and HTML pages, alternating, repeated) through ``newsclean.clean`` in
   one process and prints the resident memory every N/10 pages; a leak shows
   as a rising column.
2. Cleans one flattened-text input built from the corpus pages at each size
   of ``--sizes`` (MB, default 1,4,16; try 1,10,100) and prints seconds and
   seconds per MB; linear time keeps s/MB flat.

    python benchmarks/memory.py [--corpus PATH] [--stream N] [--sizes 1,10,100]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from newsclean import Options, clean  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "aeb"


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            pages = int(fh.read().split()[1])
    except OSError:
        return 0.0
    return pages * 4096 / 1e6


def stream(pages: list[bytes], n: int) -> list[tuple[int, float]]:
    """Clean ``n`` pages in turn; (pages done, RSS MB) every n/10 pages."""
    marks = []
    step = max(1, n // 10)
    for i in range(n):
        clean(pages[i % len(pages)])
        if (i + 1) % step == 0:
            gc.collect()
            marks.append((i + 1, rss_mb()))
    return marks


def scaling(texts: list[str], sizes_mb: list[float]) -> list[tuple[float, float]]:
    """Seconds to clean one text input of each size (MB of UTF-8)."""
    out = []
    for size in sizes_mb:
        target = int(size * 1_000_000)
        parts: list[str] = []
        total = 0
        i = 0
        while total < target:
            parts.append(texts[i % len(texts)])
            total += len(parts[-1].encode("utf-8")) + 1
            i += 1
        text = "\n".join(parts)
        # lift the limits that guard a batch against one giant page
        options = Options(
            max_input_chars=len(text) + 1, max_lines=len(parts) * 1000, time_budget=None
        )
        start = time.perf_counter()
        clean(text, options=options)
        out.append((size, time.perf_counter() - start))
    return out


def main(argv: list[str] | None = None) -> int:
    """Print the stream table and the scaling table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--stream", type=int, default=10_000)
    parser.add_argument("--sizes", default="1,4,16", help="comma-separated MB sizes")
    args = parser.parse_args(argv)
    flat = [p.read_text(encoding="utf-8") for p in sorted((args.corpus / "flat").glob("*.txt"))]
    html = [p.read_bytes() for p in sorted((args.corpus / "html").glob("*.html"))]
    if not flat or not html:
        print(f"no pages under {args.corpus}", file=sys.stderr)
        return 1
    mixed = [x for pair in zip(flat, html, strict=False) for x in (pair[0].encode(), pair[1])]
    print(f"RSS over a {args.stream:,}-page stream (text and HTML alternating):")
    print("| pages | RSS MB |")
    print("|---|---|")
    print(f"| 0 | {rss_mb():.1f} |")
    for done, mb in stream(mixed, args.stream):
        print(f"| {done:,} | {mb:.1f} |")
    print("\nTime against input size (one flattened-text input):")
    print("| MB | seconds | s/MB |")
    print("|---|---|---|")
    for size, seconds in scaling(flat, [float(s) for s in args.sizes.split(",")]):
        print(f"| {size:g} | {seconds:.2f} | {seconds / size:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
