"""Text-mode speed: pages/s and MB/s of ``clean_text`` on ``aeb/flat/``.

Best of N runs over the whole corpus (one process, one core), then a
linearity check: 1, 4 and 16 different pages joined into one input should
take about 1x, 4x and 16x as long per character. (One page repeated would
flatter the figure: a page's repeated lines are labelled once.)

    python benchmarks/speed.py [--corpus PATH] [--runs N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for extra in (ROOT / "src", ROOT / "benchmarks"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from memos import forget  # noqa: E402
from newsclean import clean_text  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "aeb"


def best_time(texts: list[str], runs: int) -> float:
    """The fastest of ``runs`` passes of ``clean_text`` over ``texts``, in seconds."""
    best = float("inf")
    for _ in range(runs):
        forget()  # each pass finds no reading of the last one's lines (see memos.py)
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
    # linearity: different pages joined, so no line repeats between them
    ordered = sorted(texts, key=len)
    middle = len(ordered) // 2
    base = None
    print("  linearity (different pages joined into one input; time per 1,000 chars):")
    for factor in (1, 4, 16):
        text = "\n".join(ordered[middle - factor // 2 : middle - factor // 2 + factor])
        t = best_time([text], args.runs)
        per_k = t * 1000 / (len(text) / 1000)
        base = base or per_k
        print(
            f"    x{factor:<3} {len(text):>9,} chars  {t * 1000:8.2f} ms"
            f"  {per_k:6.3f} ms per 1k chars  ratio {per_k / base:4.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
