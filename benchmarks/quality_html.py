"""Extraction quality and speed on the article-extraction benchmark, HTML input.

Runs newsclean's ``clean_html`` and, when installed, trafilatura, readability-lxml,
jusText and resiliparse on the same pages of ``aeb/html/`` in one run, and
scores each extractor's main text against ``expected/<id>.json``
(``articleBody``) with the benchmark's metric (``newsclean.shell.scoring``).
Pages/s is measured on the same pass (one process, one core); peak memory
is tracemalloc's peak of Python allocations during the pass (lxml's C
allocations are not seen by tracemalloc, so compare it across Python
extractors only).

    python benchmarks/quality_html.py [--corpus PATH] [--worst N] [--only NAME] [--no-memory]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from newsclean import clean_html  # noqa: E402
from newsclean.shell.scoring import CorpusScore, PageScore, corpus_score, page_score  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "aeb"
Extractor = Callable[[bytes], str]


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """One benchmark page: its id, raw HTML bytes and expected article body."""

    id: str
    html: bytes
    expected: str


@dataclass(frozen=True, slots=True)
class Run:
    """One extractor's result: page scores, seconds and peak traced memory."""

    name: str
    scores: list[PageScore]
    seconds: float
    peak_bytes: int | None

    @property
    def corpus(self) -> CorpusScore:
        """The corpus score of the run."""
        return corpus_score(self.scores)


def load_corpus(corpus: Path = DEFAULT_CORPUS) -> list[HtmlPage]:
    """Every page of ``corpus/html`` with its expected body, sorted by id."""
    pages = []
    for path in sorted((corpus / "html").glob("*.html")):
        gold = json.loads((corpus / "expected" / f"{path.stem}.json").read_text(encoding="utf-8"))
        pages.append(HtmlPage(path.stem, path.read_bytes(), gold["articleBody"]))
    return pages


def newsclean_html_text(html: bytes) -> str:
    """newsclean's prediction on HTML: the main story's body ("" when none)."""
    main = clean_html(html).main
    return main.text if main is not None else ""


def run(name: str, pages: list[HtmlPage], extract: Extractor, *, memory: bool = False) -> Run:
    """Extract and score every page; time the extraction only."""
    predictions: list[str] = []
    if memory:
        tracemalloc.start()
    start = time.perf_counter()
    for p in pages:
        predictions.append(extract(p.html))
    seconds = time.perf_counter() - start
    peak = None
    if memory:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    scores = [page_score(p.expected, pred) for p, pred in zip(pages, predictions, strict=True)]
    return Run(name, scores, seconds, peak)


def newsclean_html_scores(corpus: Path = DEFAULT_CORPUS) -> CorpusScore:
    """newsclean's HTML corpus score (what the HTML quality-floor test checks)."""
    return run("newsclean", load_corpus(corpus), newsclean_html_text).corpus


def _trafilatura() -> Extractor | None:
    try:
        import trafilatura  # type: ignore[import-untyped]
    except ImportError:
        return None

    def extract(html: bytes) -> str:
        return trafilatura.extract(html, include_comments=False) or ""

    return extract


def _readability() -> Extractor | None:
    try:
        import lxml.html
        from readability import Document  # type: ignore[import-untyped]
    except ImportError:
        return None

    def extract(html: bytes) -> str:
        summary = Document(html.decode("utf-8", "replace")).summary(html_partial=True)
        return lxml.html.fromstring(summary).text_content() if summary.strip() else ""

    return extract


def _justext() -> Extractor | None:
    try:
        import justext  # type: ignore[import-untyped]
    except ImportError:
        return None
    stoplist = justext.get_stoplist("English")

    def extract(html: bytes) -> str:
        paragraphs = justext.justext(html, stoplist)
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return extract


def _resiliparse() -> Extractor | None:
    try:
        from resiliparse.extract.html2text import (  # type: ignore[import-not-found]
            extract_plain_text,
        )
        from resiliparse.parse.html import HTMLTree  # type: ignore[import-not-found]
    except ImportError:
        return None

    def extract(html: bytes) -> str:
        tree = HTMLTree.parse(html.decode("utf-8", "replace"))
        return str(extract_plain_text(tree, main_content=True))

    return extract


COMPETITORS: tuple[tuple[str, Callable[[], Extractor | None]], ...] = (
    ("trafilatura", _trafilatura),
    ("readability-lxml", _readability),
    ("jusText", _justext),
    ("resiliparse (main_content)", _resiliparse),
)


def _row(name: str, r: Run | None, pages: int) -> str:
    if r is None:
        return f"| {name:<34} | {'not installed':^49} |"
    s = r.corpus
    mem = f"{r.peak_bytes / 1e6:7.1f}" if r.peak_bytes is not None else f"{'-':>7}"
    return (
        f"| {name:<34} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | {s.accuracy:.3f} "
        f"| {pages / r.seconds:7.1f} | {mem} |"
    )


def main(argv: list[str] | None = None) -> int:
    """Print one table: every extractor on the same pages."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the aeb corpus folder")
    parser.add_argument("--worst", type=int, default=0, help="also list newsclean's N worst pages")
    parser.add_argument("--only", default=None, help="run only extractors whose name has this")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc pass")
    args = parser.parse_args(argv)
    pages = load_corpus(args.corpus)
    if not pages:
        print(f"no pages under {args.corpus / 'html'}", file=sys.stderr)
        return 1
    candidates: list[tuple[str, Extractor | None]] = [
        ("newsclean clean_html", newsclean_html_text),
    ]
    candidates += [(name, factory()) for name, factory in COMPETITORS]
    newsclean_html_text(pages[0].html)  # warm caches (lexicons, patterns)
    runs: list[tuple[str, Run | None]] = []
    for name, fn in candidates:
        if args.only and args.only.lower() not in name.lower():
            continue
        if fn is None:
            runs.append((name, None))
            continue
        timed = run(name, pages, fn)
        if not args.no_memory:
            peak = run(name, pages, fn, memory=True).peak_bytes
            timed = Run(timed.name, timed.scores, timed.seconds, peak)
        runs.append((name, timed))
    print(f"aeb/html: {len(pages)} pages, HTML input, benchmark metric, one process")
    print(f"| {'extractor':<34} |   P   |   R   |  F1   |  acc  | pages/s | peak MB |")
    print(f"|{'-' * 36}|{'-' * 7}|{'-' * 7}|{'-' * 7}|{'-' * 7}|{'-' * 9}|{'-' * 9}|")
    for name, r in runs:
        print(_row(name, r, len(pages)))
    ours = runs[0][1] if runs and runs[0][0].startswith("newsclean") else None
    if args.worst and ours is not None:
        ranked = sorted(
            zip(pages, ours.scores, strict=True), key=lambda x: x[1].precision + x[1].recall
        )
        for page, s in ranked[: args.worst]:
            print(f"{page.id[:16]}  P={s.precision:.2f} R={s.recall:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
