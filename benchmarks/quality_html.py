"""Extraction quality and speed by collection, HTML input, newsclean beside its peers.

Runs newsclean's ``clean_html`` and, when installed, trafilatura,
readability-lxml, jusText and resiliparse on the same pages in one run, and
scores each extractor's main text against ``expected/<id>.json``
(``articleBody``) with the benchmark's metric (``newsclean.shell.scoring``,
micro-averaged over each collection's pages). It prints one table per
collection: ``aeb`` (``aeb/html``, 181 pages), the three collections of
``webdev/html`` (``cleaneval``, ``dragnet``, ``l3s-gn1``) and ``webdev``
as a whole, then one F1 table of every extractor in every collection
(collections and runs: ``bench_corpora.py``). Each page is extracted once
per extractor; an extractor that raises on a page scores it as empty output
(column ``err``). Pages/s is measured on the same pass (one process, one
core, extraction only); peak memory is tracemalloc's peak of Python
allocations during a second pass over each collection's pages (lxml's C
allocations are not seen by tracemalloc, so compare it across Python
extractors only).

    python benchmarks/quality_html.py [--collections aeb,cleaneval,dragnet,l3s-gn1,webdev]
        [--corpus AEB_PATH] [--webdev WEBDEV_PATH] [--worst N] [--only NAME] [--no-memory]
        [--anonymise]

``--anonymise`` runs every extractor on the pages with each class and id
value replaced by a hash of it (``anonymised``): the markup stays, the
names' meaning goes, as on sites built with CSS-in-JS or CSS modules. It
measures how much an extractor leans on class names, which pages it has
never seen may not print.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for extra in (ROOT / "src", ROOT / "benchmarks"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

import bench_corpora  # noqa: E402
from bench_corpora import DEFAULT_WEBDEV, NAMES, WEBDEV_NAMES, Collection, Run  # noqa: E402
from newsclean import clean_html  # noqa: E402
from newsclean.shell.scoring import CorpusScore  # noqa: E402

DEFAULT_CORPUS = bench_corpora.DEFAULT_AEB
Extractor = Callable[[bytes], str]

__all__ = [
    "COMPETITORS",
    "DEFAULT_CORPUS",
    "DEFAULT_WEBDEV",
    "Extractor",
    "HtmlPage",
    "Run",
    "anonymised",
    "load_corpus",
    "newsclean_html_collection_scores",
    "newsclean_html_scores",
    "newsclean_html_text",
    "run",
]


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """One benchmark page: its id, raw HTML bytes and expected article body."""

    id: str
    html: bytes
    expected: str


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


def run(name: str, pages: Sequence[HtmlPage], extract: Extractor, *, memory: bool = False) -> Run:
    """Extract and score every page; time the extraction only (a page that raises scores empty)."""
    return bench_corpora.run(
        name, [p.html for p in pages], [p.expected for p in pages], extract, memory=memory
    )


def newsclean_html_scores(corpus: Path = DEFAULT_CORPUS) -> CorpusScore:
    """newsclean's HTML corpus score (what the aeb HTML quality-floor test checks)."""
    return run("newsclean", load_corpus(corpus), newsclean_html_text).corpus


def newsclean_html_collection_scores(
    names: Iterable[str] = NAMES, *, aeb: Path = DEFAULT_CORPUS, webdev: Path = DEFAULT_WEBDEV
) -> dict[str, CorpusScore]:
    """newsclean's HTML score in each named collection (what the webdev floor test checks)."""
    roots = {"aeb": aeb, "webdev": webdev}
    _, pages, groups = bench_corpora.select_named(names, roots, load_corpus)
    whole = run("newsclean", pages, newsclean_html_text)
    return {name: r.corpus for name, r in bench_corpora.by_collection(whole, groups).items()}


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


# a class or id attribute, quoted or not: its value is what --anonymise replaces
_NAMED = re.compile(rb"""\s(class|id)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE)


def anonymised(html: bytes) -> bytes:
    """``html`` with every class and id value replaced by a hash of it, as sites
    built with CSS-in-JS or CSS modules print them: the markup and its
    repetition stay, the names' meaning goes.

    >>> anonymised(b'<div class="comments big" id=main>x</div>')
    b'<div class="c-a5d491 c-d86187" id="c-fad58d">x</div>'
    """

    def hashed(m: re.Match[bytes]) -> bytes:
        # each name on its own, so names shared by elements stay shared
        names = m.group(2).strip(b"\"'").split()
        value = b" ".join(
            b"c-" + hashlib.md5(name, usedforsecurity=False).hexdigest()[:6].encode()
            for name in names
        )
        return b" " + m.group(1) + b'="' + value + b'"'

    return _NAMED.sub(hashed, html)


def _with_memory(
    per: dict[str, Run], pages: list[HtmlPage], groups: dict[str, list[int]], extract: Extractor
) -> dict[str, Run]:
    """Each collection's run with the peak of a tracemalloc pass over its pages.

    ``webdev`` takes the largest peak of its three collections when all three ran.
    """
    peaks: dict[str, int | None] = {}
    parts = [n for n in WEBDEV_NAMES if n != "webdev"]
    for name, indices in groups.items():
        if name == "webdev" and all(p in groups for p in parts):
            continue
        subset = [pages[i] for i in indices]
        peaks[name] = run(name, subset, extract, memory=True).peak_bytes
    if "webdev" in groups and "webdev" not in peaks:
        peaks["webdev"] = max((peaks[p] or 0) for p in parts)
    return {name: replace(r, peak_bytes=peaks[name]) for name, r in per.items()}


def _row(name: str, r: Run | None) -> str:
    if r is None:
        return f"| {name:<34} | {'not installed':^55} |"
    s = r.corpus
    mem = f"{r.peak_bytes / 1e6:7.1f}" if r.peak_bytes is not None else f"{'-':>7}"
    return (
        f"| {name:<34} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | {s.accuracy:.3f} "
        f"| {bench_corpora.rate(r.pages_per_second)} | {mem} | {r.errors:>3} |"
    )


def _label(c: Collection, root: Path) -> str:
    where = f"{root.name}/html" + (f", {c.prefix}*" if c.prefix else "")
    return f"{c.name} ({where})"


def main(argv: list[str] | None = None) -> int:
    """Print one table per collection (every extractor on the same pages), then an F1 table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the aeb corpus folder")
    parser.add_argument("--webdev", type=Path, default=DEFAULT_WEBDEV, help="the webdev folder")
    parser.add_argument(
        "--collections",
        type=bench_corpora.collections_arg,
        default=list(bench_corpora.COLLECTIONS),
        help=f"comma-separated, of {','.join(NAMES)} (default: all)",
    )
    parser.add_argument("--worst", type=int, default=0, help="also list newsclean's N worst pages")
    parser.add_argument("--only", default=None, help="run only extractors whose name has this")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc passes")
    parser.add_argument(
        "--anonymise",
        action="store_true",
        help="replace every class and id value by a hash first (how much each extractor leans "
        "on class names; sites built with CSS-in-JS print no meaningful ones)",
    )
    args = parser.parse_args(argv)
    roots = {"aeb": args.corpus, "webdev": args.webdev}
    names = [c.name for c in args.collections]
    chosen, pages, groups = bench_corpora.select_named(names, roots, load_corpus)
    if args.anonymise:
        pages = [replace(p, html=anonymised(p.html)) for p in pages]
    empty = [c for c in chosen if not groups[c.name]]
    if empty:
        for c in empty:
            print(f"no {c.prefix}* pages under {roots[c.corpus] / 'html'}", file=sys.stderr)
        return 1
    candidates: list[tuple[str, Extractor | None]] = [
        ("newsclean clean_html", newsclean_html_text),
    ]
    candidates += [(name, factory()) for name, factory in COMPETITORS]
    newsclean_html_text(pages[0].html)  # warm caches (lexicons, patterns)
    results: dict[str, dict[str, Run | None]] = {}
    for name, fn in candidates:
        if args.only and args.only.lower() not in name.lower():
            continue
        if fn is None:
            results[name] = dict.fromkeys(groups)
            continue
        per = bench_corpora.by_collection(run(name, pages, fn), groups)
        if not args.no_memory:
            per = _with_memory(per, pages, groups, fn)
        results[name] = dict(per)
    for c in chosen:
        indices = groups[c.name]
        print()
        print(
            f"{_label(c, roots[c.corpus])}: {len(indices)} pages, HTML input"
            + (" (class and id values hashed)" if args.anonymise else "")
            + ", benchmark metric, one process"
        )
        print(f"| {'extractor':<34} |   P   |   R   |  F1   |  acc  | pages/s | peak MB | err |")
        print(f"|{'-' * 36}|{'-' * 7}|{'-' * 7}|{'-' * 7}|{'-' * 7}|{'-' * 9}|{'-' * 9}|{'-' * 5}|")
        for name, per_collection in results.items():
            print(_row(name, per_collection[c.name]))
        ours = results.get(candidates[0][0], {}).get(c.name)
        if args.worst and ours is not None:
            for line in bench_corpora.worst(indices, ours, [p.id for p in pages], args.worst):
                print(line)
    if len(chosen) > 1:
        print()
        print("F1 by collection, HTML input")
        for line in bench_corpora.f1_matrix(results, [c.name for c in chosen]):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
