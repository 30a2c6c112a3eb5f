"""Quality on pages newsclean was never tuned on: any folder of HTML pages with expected text.

The shared corpora are what newsclean's rules were measured on; this script
scores a folder of other pages, in HTML and in text mode, beside the
competitors, with the same metric as ``quality_html.py``. Pages are paired
by file stem: ``<html dir>/<name>.html`` with ``<expected dir>/<name>.txt``.

Text mode reads each page flattened the way ``aeb/flat`` was made: the
``<title>`` on the first line, then one line per block element, invisible
elements left out (newsclean's own block walk does the flattening, with no
cleaning).

One such folder is on PyPI: newspaper4k's source distribution ships 23
article pages with their expected text (newspaper's own output, checked by
its authors; English, Spanish, Latvian, Arabic, Chinese, Japanese, Thai...):

    pip download --no-deps --no-binary :all: newspaper4k==0.9.6
    tar xzf newspaper4k-0.9.6.tar.gz
    python benchmarks/heldout.py --html newspaper4k-0.9.6/tests/data/html \\
        --expected newspaper4k-0.9.6/tests/data/txt [--worst 5]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for extra in (ROOT / "src", ROOT / "benchmarks"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from newsclean import clean_text  # noqa: E402
from newsclean.html.blocks import extract_blocks  # noqa: E402
from newsclean.html.parse import parse_html, prune  # noqa: E402
from newsclean.shell.scoring import corpus_score, page_score  # noqa: E402
from quality import c4_lines  # noqa: E402
from quality_html import COMPETITORS, newsclean_html_text  # noqa: E402


def flatten(html: bytes) -> str:
    """The page as a generic HTML-to-text tool leaves it: title, then a line a block."""
    root = parse_html(html)
    title = " ".join((root.findtext(".//title") or "").split())
    prune(root)
    return "\n".join([title, *(b.text for b in extract_blocks(root, pruned=True).blocks)])


def _text_mode(text: str) -> str:
    main = clean_text(text).main
    return main.text if main is not None else ""


def _pairs(html_dir: Path, expected_dir: Path) -> list[tuple[str, bytes, str]]:
    out = []
    for path in sorted(html_dir.glob("*.html")):
        gold = expected_dir / f"{path.stem}.txt"
        if gold.is_file():
            out.append((path.stem, path.read_bytes(), gold.read_text(encoding="utf-8")))
    return out


def _predict(extract: Callable[[], str]) -> str:
    """The extractor's text, or "" when it raises (a crash counts as nothing found)."""
    try:
        return extract()
    except Exception:
        return ""


def main(argv: list[str] | None = None) -> int:
    """Print one table: every extractor, HTML and text mode, on the folder's pages."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--html", type=Path, required=True, help="folder of <name>.html")
    parser.add_argument("--expected", type=Path, required=True, help="folder of <name>.txt")
    parser.add_argument("--worst", type=int, default=0, help="list newsclean's N worst pages")
    args = parser.parse_args(argv)
    pages = _pairs(args.html, args.expected)
    if not pages:
        print(f"no <name>.html in {args.html} with a .txt beside it", file=sys.stderr)
        return 1
    flat = {name: flatten(html) for name, html, _ in pages}
    runs: list[tuple[str, Callable[[str, bytes], str] | None]] = [
        ("newsclean (HTML)", lambda _n, h: newsclean_html_text(h)),
    ]
    for name, factory in COMPETITORS:
        fn = factory()
        runs.append((f"{name} (HTML)", (lambda f: lambda _n, h: f(h))(fn) if fn else None))
    runs += [
        ("newsclean (text mode)", lambda n, _h: _text_mode(flat[n])),
        ("C4 line rules (text mode)", lambda n, _h: c4_lines(flat[n])),
        ("every line (text mode)", lambda n, _h: flat[n]),
    ]
    print(f"{len(pages)} pages from {args.html}")
    print(f"| {'extractor':<36} | prec. | recall |   F1  |")
    print(f"|{'-' * 38}|-------|--------|-------|")
    worst: list[tuple[float, str]] = []
    for label, fn in runs:
        if fn is None:
            print(f"| {label:<36} | {'not installed':^22} |")
            continue
        scores = []
        for name, html, gold in pages:
            s = page_score(gold, _predict(lambda fn=fn, name=name, html=html: fn(name, html)))
            scores.append(s)
            if label == "newsclean (HTML)":
                f1 = 2 * s.precision * s.recall / (s.precision + s.recall or 1.0)
                worst.append((f1, name))
        c = corpus_score(scores)
        print(f"| {label:<36} | {c.precision:.3f} | {c.recall:6.3f} | {c.f1:.3f} |")
    for f1, name in sorted(worst)[: args.worst]:
        print(f"  newsclean (HTML) {f1:.3f}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
