"""Extraction quality by collection, text mode, newsclean beside line-based peers.

Runs ``newsclean.clean_text`` on the flattened pages (``flat/<id>.txt``) and
scores the main story's text against ``expected/<id>.json``
(``articleBody``) with the benchmark's metric (``newsclean.shell.scoring``,
micro-averaged over each collection's pages). Peers computed in the same
run, on the same text: every line, C4-style line rules, and jusText /
trafilatura with each line as a paragraph (when installed). It prints one
table per collection: ``aeb`` (``aeb/flat``, 181 pages), the three
collections of ``webdev/flat`` (``cleaneval``, ``dragnet``, ``l3s-gn1``)
and ``webdev`` as a whole, then one F1 table of every extractor in every
collection (collections and runs: ``bench_corpora.py``). Each page is
extracted once per extractor; an extractor that raises on a page scores
it as empty output (column ``err``). Pages/s is measured on the same pass
(one process, one core, extraction only). The aeb README's published HTML
figures are printed under the aeb table as reference rows.

With ``--by flattener`` it also prints, for each extractor, the F1 of the
pages each HTML-to-text tool flattened (``flattened_with`` in
``expected/<id>.json``: html-text, inscriptis or lxml block lines; aeb's
pages name none) in each collection, and the spread between the best and
the worst tool: text mode should not depend on the tool (issue 17, point 4).

    python benchmarks/quality.py [--collections aeb,cleaneval,dragnet,l3s-gn1,webdev]
        [--corpus AEB_PATH] [--webdev WEBDEV_PATH] [--worst N] [--only NAME]
        [--by flattener]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for extra in (ROOT / "src", ROOT / "benchmarks"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

import bench_corpora  # noqa: E402
from bench_corpora import DEFAULT_WEBDEV, NAMES, Collection, Run  # noqa: E402
from newsclean import Options, clean_text  # noqa: E402
from newsclean.shell.scoring import CorpusScore, PageScore, corpus_score, page_score  # noqa: E402

DEFAULT_CORPUS = bench_corpora.DEFAULT_AEB

# The aeb README's figures (HTML input), for reference.
PUBLISHED: tuple[tuple[str, float, float, float], ...] = (
    ("trafilatura 2.3.1 (HTML, published)", 0.942, 0.978, 0.960),
    ("readability-lxml 0.9 (HTML, published)", 0.936, 0.975, 0.955),
    ("newspaper4k 0.9.6 (HTML, published)", 0.963, 0.923, 0.943),
    ("resiliparse 2.0.1 (HTML, published)", 0.830, 0.979, 0.898),
    ("boilerpy3 1.0.7 (HTML, published)", 0.850, 0.870, 0.860),
    ("justext 3.0.2 (HTML, published)", 0.866, 0.729, 0.792),
    ("html-text 0.7.1 (HTML, published)", 0.500, 0.994, 0.665),
)


@dataclass(frozen=True, slots=True)
class CorpusPage:
    """One benchmark page: its id, flattened text and expected article body."""

    id: str
    text: str
    expected: str
    flattener: str = ""  # the tool that flattened the page ("" when the corpus names none)


def load_corpus(corpus: Path = DEFAULT_CORPUS) -> list[CorpusPage]:
    """Every page of ``corpus/flat`` with its expected body, sorted by id."""
    pages = []
    for path in sorted((corpus / "flat").glob("*.txt")):
        gold = json.loads((corpus / "expected" / f"{path.stem}.json").read_text(encoding="utf-8"))
        text = path.read_text(encoding="utf-8")
        tool = str(gold.get("flattened_with") or "")
        pages.append(CorpusPage(path.stem, text, gold["articleBody"], tool))
    return pages


def by_flattener(
    run: Run, pages: Sequence[CorpusPage], groups: dict[str, list[int]]
) -> list[str]:
    """Table lines: each collection's F1 on the pages of each flattening tool
    (pages in brackets) and the spread between the best and the worst tool.

    >>> from newsclean.shell.scoring import page_score
    >>> gold = "x y z w"
    >>> pages = [CorpusPage("a", "", gold, "inscriptis"), CorpusPage("b", "", gold, "html_text")]
    >>> scores = [page_score(gold, gold), page_score(gold, "")]
    >>> whole = Run("n", scores, [0.0] * 2, [False] * 2)
    >>> print("\\n".join(by_flattener(whole, pages, {"webdev": [0, 1]})))
    | collection | html_text | inscriptis | spread |
    |------------|-----------|------------|--------|
    | webdev | 0.000 (1) | 1.000 (1) | 1.000 |
    """
    tools = sorted({p.flattener for p in pages if p.flattener})
    lines = [
        "| collection | " + " | ".join(tools) + " | spread |",
        "|------------|" + "|".join("-" * (len(t) + 2) for t in tools) + "|--------|",
    ]
    for name, indices in groups.items():
        cells: list[str] = []
        f1s: list[float] = []
        for tool in tools:
            mine = [i for i in indices if pages[i].flattener == tool]
            if not mine:
                cells.append("-")
                continue
            f1 = run.subset(mine).corpus.f1
            f1s.append(f1)
            cells.append(f"{f1:.3f} ({len(mine)})")
        if not f1s:
            continue  # no page of this collection names its tool
        spread = f"{max(f1s) - min(f1s):.3f}" if len(f1s) > 1 else "-"
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {spread} |")
    return lines


def newsclean_main_text(text: str, options: Options | None = None) -> str:
    """newsclean's prediction: the main story's body text ("" when none)."""
    main = clean_text(text, options=options).main
    return main.text if main is not None else ""


def newsclean_scores(corpus: Path = DEFAULT_CORPUS) -> CorpusScore:
    """newsclean's corpus score on ``corpus`` (what the aeb quality-floor test checks)."""
    return score(load_corpus(corpus), newsclean_main_text)


def page_scores(pages: Iterable[CorpusPage], extract: Callable[[str], str]) -> list[PageScore]:
    """Score ``extract`` on every page (in order); a page where it raises scores empty."""
    return [page_score(p.expected, bench_corpora.predict(extract, p.text)[0]) for p in pages]


def score(pages: Iterable[CorpusPage], extract: Callable[[str], str]) -> CorpusScore:
    """The corpus score of ``extract`` with the benchmark's metric."""
    return corpus_score(page_scores(pages, extract))


def run(name: str, pages: Sequence[CorpusPage], extract: Callable[[str], str]) -> Run:
    """Extract and score every page; time the extraction only (a page that raises scores empty)."""
    return bench_corpora.run(name, [p.text for p in pages], [p.expected for p in pages], extract)


def newsclean_collection_scores(
    names: Iterable[str] = NAMES, *, aeb: Path = DEFAULT_CORPUS, webdev: Path = DEFAULT_WEBDEV
) -> dict[str, CorpusScore]:
    """newsclean's text-mode score in each named collection (the webdev floor test checks it)."""
    roots = {"aeb": aeb, "webdev": webdev}
    _, pages, groups = bench_corpora.select_named(names, roots, load_corpus)
    whole = run("newsclean", pages, newsclean_main_text)
    return {name: r.corpus for name, r in bench_corpora.by_collection(whole, groups).items()}


def all_lines(text: str) -> str:
    """Baseline: keep everything."""
    return text


def c4_lines(text: str) -> str:
    """Baseline: C4-style rules, lines ending in terminal punctuation with >= 3 words."""
    keep = []
    for line in text.splitlines():
        s = line.strip()
        if len(s.split()) >= 3 and s.endswith((".", "!", "?", '"', "”")):
            keep.append(s)
    return "\n".join(keep)


def _justext() -> Callable[[str], str] | None:
    try:
        import justext  # type: ignore[import-untyped]
    except ImportError:
        return None
    stoplist = justext.get_stoplist("English")

    def run(text: str) -> str:
        html = (
            "<html><body>"
            + "".join(f"<p>{_escape(line)}</p>" for line in text.splitlines() if line.strip())
            + "</body></html>"
        )
        paragraphs = justext.justext(html, stoplist)
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return run


def _trafilatura() -> Callable[[str], str] | None:
    try:
        import trafilatura  # type: ignore[import-untyped]
    except ImportError:
        return None

    def run(text: str) -> str:
        html = (
            "<html><body><article>"
            + "".join(f"<p>{_escape(line)}</p>" for line in text.splitlines() if line.strip())
            + "</article></body></html>"
        )
        return trafilatura.extract(html, include_comments=False) or ""

    return run


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _row(name: str, r: Run | None) -> str:
    if r is None:
        return f"| {name:<40} | {'not installed':^45} |"
    s = r.corpus
    return (
        f"| {name:<40} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | {s.accuracy:.3f} "
        f"| {bench_corpora.rate(r.pages_per_second)} | {r.errors:>3} |"
    )


def _label(c: Collection, root: Path) -> str:
    where = f"{root.name}/flat" + (f", {c.prefix}*" if c.prefix else "")
    return f"{c.name} ({where})"


def main(argv: list[str] | None = None) -> int:
    """Print one quality table per collection, then an F1 table of every collection."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the aeb corpus folder")
    parser.add_argument("--webdev", type=Path, default=DEFAULT_WEBDEV, help="the webdev folder")
    parser.add_argument(
        "--collections",
        type=bench_corpora.collections_arg,
        default=list(bench_corpora.COLLECTIONS),
        help=f"comma-separated, of {','.join(NAMES)} (default: all)",
    )
    parser.add_argument("--worst", type=int, default=0, help="also list the N worst pages")
    parser.add_argument("--only", default=None, help="run only extractors whose name has this")
    parser.add_argument(
        "--by",
        choices=("flattener",),
        default=None,
        help="also break F1 down by the tool that flattened each page",
    )
    args = parser.parse_args(argv)
    roots = {"aeb": args.corpus, "webdev": args.webdev}
    names = [c.name for c in args.collections]
    chosen, pages, groups = bench_corpora.select_named(names, roots, load_corpus)
    empty = [c for c in chosen if not groups[c.name]]
    if empty:
        for c in empty:
            print(f"no {c.prefix}* pages under {roots[c.corpus] / 'flat'}", file=sys.stderr)
        return 1
    no_cards = Options(split_cards=False)
    candidates: list[tuple[str, Callable[[str], str] | None]] = [
        ("newsclean (text)", newsclean_main_text),
        ("newsclean, split_cards=False (text)", lambda t: newsclean_main_text(t, no_cards)),
        ("all lines (text)", all_lines),
        ("C4 line rules (text)", c4_lines),
        ("jusText, line = paragraph (text)", _justext()),
        ("trafilatura, line = paragraph (text)", _trafilatura()),
    ]
    newsclean_main_text(pages[0].text)  # warm caches (lexicons, patterns)
    results: dict[str, dict[str, Run | None]] = {}
    wholes: dict[str, Run] = {}
    for name, fn in candidates:
        if args.only and args.only.lower() not in name.lower():
            continue
        if fn is None:
            results[name] = dict.fromkeys(groups)
            continue
        wholes[name] = run(name, pages, fn)
        results[name] = dict(bench_corpora.by_collection(wholes[name], groups))
    for c in chosen:
        indices = groups[c.name]
        print()
        print(f"{_label(c, roots[c.corpus])}: {len(indices)} pages, text mode, benchmark metric")
        print(f"| {'extractor':<40} |   P   |   R   |  F1   |  acc  | pages/s | err |")
        print(f"|{'-' * 42}|{'-' * 7}|{'-' * 7}|{'-' * 7}|{'-' * 7}|{'-' * 9}|{'-' * 5}|")
        for name, per_collection in results.items():
            print(_row(name, per_collection[c.name]))
        if c.name == "aeb":
            for name, p, r, f in PUBLISHED:
                print(f"| {name:<40} | {p:.3f} | {r:.3f} | {f:.3f} | {'':>5} | {'':>7} | {'':>3} |")
        ours = results.get(candidates[0][0], {}).get(c.name)
        if args.worst and ours is not None:
            for line in bench_corpora.worst(indices, ours, [p.id for p in pages], args.worst):
                print(line)
    if len(chosen) > 1:
        print()
        print("F1 by collection, text mode")
        for line in bench_corpora.f1_matrix(results, [c.name for c in chosen]):
            print(line)
    if args.by == "flattener":
        for name, whole in wholes.items():
            print()
            print(f"F1 by flattening tool (pages), text mode: {name}")
            for line in by_flattener(whole, pages, groups):
                print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
