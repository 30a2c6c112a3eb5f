"""Text-mode speed: pages/s and MB/s of ``clean_text`` on ``aeb/flat/``.

Best of N runs over the whole corpus (one process, one core), then a
linearity check: one page repeated 1x, 4x and 16x should take about 1x, 4x
and 16x as long.

    python benchmarks/speed.py [--corpus PATH] [--runs N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from newsclean import clean_text  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "aeb"


def best_time(texts: list[str], runs: int) -> float:
    """The fastest of ``runs`` passes of ``clean_text`` over ``texts``, in seconds."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        for text in texts:
            clean_text(text)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    """Print throughput and the linearity check."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the aeb corpus folder")
    parser.add_argument("--runs", type=int, default=5, help="passes; the best one counts")
    args = parser.parse_args(argv)
    paths = sorted((args.corpus / "flat").glob("*.txt"))
    if not paths:
        print(f"no pages under {args.corpus / 'flat'}", file=sys.stderr)
        return 1
    texts = [p.read_text(encoding="utf-8") for p in paths]
    size = sum(len(t.encode("utf-8")) for t in texts)
    clean_text(texts[0])  # warm caches (lexicons, compiled patterns)
    elapsed = best_time(texts, args.runs)
    print(f"aeb/flat: {len(texts)} pages, {size / 1e6:.2f} MB, text mode, best of {args.runs}")
    print(
        f"  {len(texts) / elapsed:8.1f} pages/s   {size / 1e6 / elapsed:6.2f} MB/s"
        f"   ({elapsed * 1000 / len(texts):.2f} ms/page)"
    )
    # linearity: the median-sized page repeated
    page = sorted(texts, key=len)[len(texts) // 2]
    base = None
    print("  linearity (median page repeated):")
    for factor in (1, 4, 16):
        text = "\n".join([page] * factor)
        t = best_time([text], args.runs)
        base = base or t
        print(f"    x{factor:<3} {len(text):>9,} chars  {t * 1000:8.2f} ms  ratio {t / base:5.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
