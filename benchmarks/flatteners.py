"""Text mode against the tool that flattened the page (issue 17, point 4).

The shared corpora come flattened by block-line tools (``flat/``:
html-text, inscriptis, lxml block lines). A user's crawl may come through
an HTML-to-Markdown tool instead. This benchmark flattens the same HTML
(``aeb/html``, ``webdev/html``) with each tool installed and scores
``newsclean.clean_text``'s main story on each, per collection, beside C4
line rules on the same text:

- ``flat``: the corpus's own flattened page;
- ``html2text``: Markdown, lines unwrapped (``body_width=0``);
- ``html2text-78``: Markdown hard-wrapped at 78 columns (html2text's default);
- ``markdownify``: Markdown that keeps layout tables as table rows.

A tool sometimes loses the article itself (broken markup it cannot parse,
the story inside a script): those pages are no fault of the extractor, so
only pages where every tool's text holds at least 90% of the truth's
shingles are scored (their number is printed). The tools install with the
``[bench]`` extra; one that is missing is skipped.

    python benchmarks/flatteners.py [--collections aeb,cleaneval,dragnet,l3s-gn1]
        [--limit N] [--worst N]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for extra in (ROOT / "src", ROOT / "benchmarks"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from bench_corpora import DEFAULT_AEB, DEFAULT_WEBDEV  # noqa: E402
from newsclean import clean_text  # noqa: E402
from newsclean.shell.scoring import PageScore, corpus_score, page_score  # noqa: E402
from quality import c4_lines  # noqa: E402

_Page = tuple[str, str, Path, Path, str]  # collection, id, HTML, flat text, truth
_Scores = dict[str, tuple[PageScore, ...]]  # tool -> newsclean, C4, every line
_HOLDS = 0.9  # share of the truth a tool's text must hold for the page to count
_COLLECTIONS = ("aeb", "cleaneval", "dragnet", "l3s-gn1")


def _html2text(width: int) -> Callable[[str], str] | None:
    try:
        import html2text
    except ImportError:
        return None

    def run(html: str) -> str:
        h = html2text.HTML2Text()
        h.body_width = width
        return str(h.handle(html))

    return run


def _markdownify() -> Callable[[str], str] | None:
    try:
        import markdownify
    except ImportError:
        return None

    def run(html: str) -> str:
        return str(markdownify.markdownify(html, heading_style="ATX"))

    return run


def _tools() -> dict[str, Callable[[str], str]]:
    found = {
        "html2text": _html2text(0),
        "html2text-78": _html2text(78),
        "markdownify": _markdownify(),
    }
    return {name: run for name, run in found.items() if run is not None}


def _pages(names: set[str], limit: int | None) -> list[_Page]:
    """(collection, id, html path, flat path, truth) of every selected page."""
    out = []
    for corpus in (DEFAULT_AEB, DEFAULT_WEBDEV):
        for path in sorted((corpus / "expected").glob("*.json")):
            name = "aeb" if corpus == DEFAULT_AEB else path.stem.split("__")[0]
            if name not in names:
                continue
            truth = json.loads(path.read_text(encoding="utf-8"))["articleBody"]
            html, flat = corpus / "html" / f"{path.stem}.html", corpus / "flat" / f"{path.stem}.txt"
            out.append((name, path.stem, html, flat, truth))
    return out[:limit] if limit else out


def _score(page: _Page) -> tuple[str, str, _Scores]:
    """Each tool's (newsclean, C4, every line) scores on one page."""
    name, pid, html_path, flat_path, truth = page
    raw = html_path.read_bytes()
    try:
        html = raw.decode("utf-8")
    except UnicodeDecodeError:
        html = raw.decode("latin-1")
    texts = {"flat": flat_path.read_text(encoding="utf-8")}
    for tool, run in _tools().items():
        try:
            texts[tool] = run(html)
        except Exception:  # a tool that fails on a page gives no text
            texts[tool] = ""
    scores = {}
    for tool, text in texts.items():
        main = clean_text(text).main
        scores[tool] = (
            page_score(truth, main.text if main else ""),
            page_score(truth, c4_lines(text)),
            page_score(truth, text),
        )
    return name, pid, scores


def _f1(s: PageScore) -> float:
    total = s.precision + s.recall
    return 2 * s.precision * s.recall / total if total else 0.0


def collection_f1(
    names: set[str], *, limit: int | None = None, workers: int = 2
) -> tuple[int, list[tuple[str, str, _Scores]], dict[str, dict[str, float]]]:
    """How many pages were scored, the pages every tool's text holds (with
    their scores) and, per collection, each tool's F1 on them (newsclean's
    main story, micro-averaged)."""
    pages = _pages(names, limit)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(_score, pages, chunksize=8))
    tools = ["flat", *_tools()]
    kept = [r for r in results if all(r[2][t][2].recall >= _HOLDS for t in tools)]
    f1 = {
        name: {t: corpus_score([r[2][t][0] for r in kept if r[0] == name]).f1 for t in tools}
        for name in _COLLECTIONS
        if any(r[0] == name for r in kept)
    }
    return len(results), kept, f1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--collections", default=",".join(_COLLECTIONS))
    parser.add_argument("--limit", type=int, default=None, help="first N pages only")
    parser.add_argument("--worst", type=int, default=0, help="list the N pages a tool costs most")
    args = parser.parse_args(argv)
    names = {n.strip() for n in args.collections.split(",") if n.strip()}
    scored, kept, f1 = collection_f1(names, limit=args.limit)
    tools = ["flat", *_tools()]
    print(f"{len(kept)} of {scored} pages: every tool's text holds the truth")
    print()
    heads = [*tools, *(f"C4 on {t}" for t in tools)]
    print("| collection (pages) | " + " | ".join(heads) + " |")
    print("|---" * (2 * len(tools) + 1) + "|")
    for name in [c for c in _COLLECTIONS if c in names]:
        mine = [r for r in kept if r[0] == name]
        if not mine:
            continue
        ours = [f"{f1[name][t]:.3f}" for t in tools]
        c4 = [f"{corpus_score([r[2][t][1] for r in mine]).f1:.3f}" for t in tools]
        print(f"| {name} ({len(mine)}) | " + " | ".join(ours + c4) + " |")
    if args.worst:
        print()
        for tool in tools[1:]:
            costs = sorted(
                ((_f1(r[2]["flat"][0]) - _f1(r[2][tool][0]), r[1]) for r in kept), reverse=True
            )
            print(f"{tool}: " + ", ".join(f"{pid} {d:+.3f}" for d, pid in costs[: args.worst]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
