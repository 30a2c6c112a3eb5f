"""Card segmentation on the segmentation corpus: pages split into their stories.

Runs ``newsclean.clean`` (reference time 2025-06-07T12:00Z) on every page of
``segmentation/`` and scores the articles against ``<n>.json`` the way the
corpus README says:

* predicted and gold articles are paired one to one, greedily by the best
  body F1 (the benchmark metric of ``newsclean.shell.scoring`` per article);
* body: an unmatched gold article scores P = R = 0, an extra predicted
  article P = 0 (it takes no part in recall); precision and recall are
  averaged over articles and combined into F1. A predicted article's body
  is its ``summary`` (the teaser before "read more", which the gold body
  keeps) followed by its ``text``;
* ``count``: share of pages with the right number of articles;
* title and source: equal after case-folding and whitespace collapsing (an
  unmatched gold article counts as wrong; ``None`` equals ``None``);
* time: a gold relative time (``published_offset_seconds``, seconds before
  the reference time) matches when ``-published.offset`` has the same
  number of seconds; a gold absolute time (offset null) matches when the
  prediction has a timestamp without an offset whose text contains the gold
  ``published_text`` or is contained in it (compared collapsed and
  case-folded); where the gold has no time (the main stories: their dates
  are not annotated), the offsets must be equal, as the README says: no
  predicted time or an absolute one (offset null) matches, a relative one
  does not.

Figures are given for all articles, for cards (gold role "related") and for
the main story; extra predicted articles count against "all" and "cards".

``--generated N`` scores N pages of ``tests/pagegen.py`` instead (seeds
S..S+N-1, each page drawn with ``random.Random(seed)``, ``--language`` for
the cards' language; ``--html``: the same pages as HTML, the cards a related
module in the main story's real page, ``tests/pagegen_html.py``) with the
same scoring; ``--worst K`` lists the pages
with most errors and ``--show`` prints their story lists (the text after the
main story) with what came out next to the gold.

    python benchmarks/segmentation.py [--corpus PATH] [--worst N] [--show]
    python benchmarks/segmentation.py --generated N [--seed S] [--language L] [--html]
        [--worst K] [--show]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))
if str(ROOT) not in sys.path:  # tests/pagegen.py, for --generated
    sys.path.append(str(ROOT))

from newsclean import Article, Page, clean  # noqa: E402
from newsclean.shell.scoring import PageScore, page_score  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "segmentation"
REFERENCE_TIME = datetime(2025, 6, 7, 12, 0, tzinfo=UTC)

# The corpus README's baselines: (name, count, title, body F1 all, cards, main).
BASELINES: tuple[tuple[str, float | None, float | None, float, float | None, float | None], ...] = (
    ("whole page as one article", None, None, 0.122, None, None),
    ("split at known headers + blank lines", 0.68, 0.27, 0.705, None, None),
    ("perfect boundaries, text uncleaned", None, None, 0.926, 0.983, 0.692),
)


@dataclass(frozen=True, slots=True)
class CorpusPage:
    """One corpus page: its name, the page text and the gold JSON."""

    name: str
    text: str
    gold: dict[str, Any]


def load_corpus(corpus: Path = DEFAULT_CORPUS) -> list[CorpusPage]:
    """Every ``<n>.txt`` with its ``<n>.json``, in numeric order."""
    pages = []
    for path in sorted(corpus.glob("*.txt"), key=lambda p: (len(p.stem), p.stem)):
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        pages.append(CorpusPage(path.stem, path.read_text(encoding="utf-8"), gold))
    return pages


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """One gold article (or one extra prediction) and how it scored."""

    role: str  # gold role, or "extra" for a predicted article with no gold
    body: PageScore | None  # None: unmatched gold (P = R = 0) or extra (P = 0)
    title: bool = False
    source: bool = False
    time: bool = False
    gold_title: str | None = None
    predicted_title: str | None = None
    gold_source: str | None = None
    predicted_source: str | None = None
    gold_time: str | None = None
    predicted_time: str | None = None


@dataclass(frozen=True, slots=True)
class PageResult:
    """One page: whether the article count was right, and its articles."""

    name: str
    count_ok: bool
    gold_count: int
    predicted_count: int
    articles: tuple[ArticleResult, ...] = field(default=())


def _fold(text: str | None) -> str | None:
    return " ".join(text.split()).casefold() if text is not None else None


def _f1(score: PageScore) -> float:
    p, r = score.precision, score.recall
    return 2 * p * r / (p + r) if p + r else 0.0


def predicted_body(article: Article) -> str:
    """The text an article is scored on: its teaser (if any), then its body."""
    return f"{article.summary}\n\n{article.text}" if article.summary else article.text


def time_matches(gold: dict[str, Any], article: Article) -> bool:
    """Whether the article's timestamp matches the gold one (module docstring)."""
    ts = article.published
    if gold.get("published_text") is None:
        return ts is None or ts.offset is None
    if ts is None:
        return False
    offset = gold.get("published_offset_seconds")
    if offset is not None:
        return ts.offset is not None and round(-ts.offset.total_seconds()) == round(offset)
    if ts.offset is not None:
        return False
    a, b = _fold(ts.text) or "", _fold(gold["published_text"]) or ""
    return bool(a) and (a in b or b in a)


def _gold_time(gold: dict[str, Any]) -> str | None:
    text, offset = gold.get("published_text"), gold.get("published_offset_seconds")
    return None if text is None else f"{text} ({offset}s)" if offset is not None else text


def _predicted_time(article: Article) -> str | None:
    ts = article.published
    if ts is None:
        return None
    if ts.offset is None:
        return ts.text
    return f"{ts.text} ({round(-ts.offset.total_seconds())}s)"


def score_page(page: CorpusPage, result: Page) -> PageResult:
    """Pair predicted and gold articles greedily by body F1 and score them."""
    golds: list[dict[str, Any]] = page.gold["articles"]
    preds = list(result.articles)
    scores = {
        (g, p): page_score(gold["body"], predicted_body(pred))
        for g, gold in enumerate(golds)
        for p, pred in enumerate(preds)
    }
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for (g, p), s in sorted(scores.items(), key=lambda kv: (-_f1(kv[1]), kv[0])):
        if g in pairs or p in used or _f1(s) <= 0.0:
            continue
        pairs[g] = p
        used.add(p)
    out: list[ArticleResult] = []
    for g, gold in enumerate(golds):
        if g not in pairs:
            out.append(
                ArticleResult(
                    gold["role"],
                    None,
                    gold_title=gold["title"],
                    gold_source=gold["source"],
                    gold_time=_gold_time(gold),
                )
            )
            continue
        pred = preds[pairs[g]]
        out.append(
            ArticleResult(
                gold["role"],
                scores[(g, pairs[g])],
                title=_fold(gold["title"]) == _fold(pred.title),
                source=_fold(gold["source"]) == _fold(pred.source),
                time=time_matches(gold, pred),
                gold_title=gold["title"],
                predicted_title=pred.title,
                gold_source=gold["source"],
                predicted_source=pred.source,
                gold_time=_gold_time(gold),
                predicted_time=_predicted_time(pred),
            )
        )
    out.extend(
        ArticleResult(
            "extra",
            None,
            predicted_title=preds[p].title,
            predicted_source=preds[p].source,
            predicted_time=_predicted_time(preds[p]),
        )
        for p in range(len(preds))
        if p not in used
    )
    return PageResult(page.name, len(golds) == len(preds), len(golds), len(preds), tuple(out))


def run_page(page: CorpusPage) -> PageResult:
    """Clean one corpus page and score it."""
    return score_page(page, clean(page.text, reference_time=REFERENCE_TIME))


def body_f1(articles: Iterable[ArticleResult]) -> float:
    """Body F1 over articles: P averaged over gold and extra, R over gold only."""
    precision: list[float] = []
    recall: list[float] = []
    for a in articles:
        p = a.body.precision if a.body else 0.0
        precision.append(p)
        if a.role != "extra":
            recall.append(a.body.recall if a.body else 0.0)
    mp = sum(precision) / len(precision) if precision else 0.0
    mr = sum(recall) / len(recall) if recall else 0.0
    return 2 * mp * mr / (mp + mr) if mp + mr else 0.0


def summarize(results: Sequence[PageResult]) -> dict[str, float]:
    """The headline figures: count, title, source, time, body F1 (all/cards/main)."""
    arts = [a for r in results for a in r.articles]
    gold = [a for a in arts if a.role != "extra"]

    def share(values: list[bool]) -> float:
        return sum(values) / len(values) if values else 0.0

    return {
        "count": share([r.count_ok for r in results]),
        "title": share([a.title for a in gold]),
        "source": share([a.source for a in gold]),
        "time": share([a.time for a in gold]),
        "body_f1": body_f1(arts),
        "body_f1_cards": body_f1(a for a in arts if a.role != "main"),
        "body_f1_main": body_f1(a for a in arts if a.role == "main"),
        "title_cards": share([a.title for a in gold if a.role == "related"]),
        "source_cards": share([a.source for a in gold if a.role == "related"]),
        "time_cards": share([a.time for a in gold if a.role == "related"]),
    }


def run(corpus: Path = DEFAULT_CORPUS) -> tuple[list[PageResult], dict[str, float]]:
    """Run the whole corpus: page results and the summary figures."""
    return run_pages(load_corpus(corpus))


def run_pages(pages: Iterable[CorpusPage]) -> tuple[list[PageResult], dict[str, float]]:
    """Run the given pages: page results and the summary figures."""
    results = [run_page(p) for p in pages]
    return results, summarize(results)


def generated_pages(
    count: int,
    seed: int = 0,
    language: str | None = None,
    shared: Path | None = None,
    *,
    html: bool = False,
) -> list[CorpusPage]:
    """``count`` pages of ``tests/pagegen.py``, seed ``s`` drawn with ``random.Random(s)``
    (``html``: the same draws as HTML pages, ``tests/pagegen_html.py``)."""
    import random

    from tests.pagegen import DEFAULT_SHARED, generate_page
    from tests.pagegen_html import generate_html_page

    make = generate_html_page if html else generate_page
    out = []
    for s in range(seed, seed + count):
        page = make(random.Random(s), language=language, shared=shared or DEFAULT_SHARED)
        out.append(CorpusPage(f"seed {s}", page.text, page.gold))
    return out


def _fmt(x: float | None) -> str:
    return f"{x:.3f}" if x is not None else "   - "


def table(figures: dict[str, float]) -> str:
    """One table: newsclean next to the README's baselines."""
    cols = ("count", "title", "source", "time", "F1 all", "cards", "main")
    head = f"{'':46}" + "".join(f"{c:>8}" for c in cols)
    rows = [head, "-" * len(head)]
    keys = ("count", "title", "source", "time", "body_f1", "body_f1_cards", "body_f1_main")
    rows.append(f"{'newsclean':46}" + "".join(f"{_fmt(figures[k]):>8}" for k in keys))
    for name, count, title, f1, cards, main in BASELINES:
        values = (count, title, None, None, f1, cards, main)
        rows.append(f"{name + ' (README)':46}" + "".join(f"{_fmt(v):>8}" for v in values))
    return "\n".join(rows)


def errors(r: PageResult) -> int:
    """A page's error count for ``--worst``: a wrong count weighs 3, each wrong field 1."""
    return (not r.count_ok) * 3 + sum(
        (not a.title) + (not a.source) + (not a.time) for a in r.articles
    )


def _list_text(page: CorpusPage) -> str:
    """The page after its main story's body (the story list), or the whole page."""
    span = page.gold["articles"][0].get("body_span") if page.gold.get("articles") else None
    if not span:
        return page.text
    head = page.text[: span[1]].count("\n") + 1
    return f"[main story: {head} lines]\n" + page.text[span[1] :].lstrip("\n")


def report_worst(
    results: Sequence[PageResult], pages: Sequence[CorpusPage], worst: int, show: bool
) -> str:
    """The ``worst`` pages with most errors; with ``show`` their story lists and fields."""
    by_name = {p.name: p for p in pages}
    lines: list[str] = []
    for r in sorted(results, key=errors, reverse=True)[:worst]:
        lines.append(f"\n{r.name}: {r.predicted_count} articles for {r.gold_count}")
        for a in r.articles:
            marks = "".join(
                c if ok else "." for c, ok in zip("TSZ", (a.title, a.source, a.time), strict=False)
            )
            f1 = f"{_f1(a.body):.2f}" if a.body else "----"
            gold, pred = repr(a.gold_title)[:60], repr(a.predicted_title)[:60]
            lines.append(f"  {a.role:8} {marks} F1 {f1}  gold={gold} pred={pred}")
            if show and (not a.source or not a.time):
                lines.append(
                    f"{'':14}source gold={a.gold_source!r} pred={a.predicted_source!r}"
                    f"  time gold={a.gold_time!r} pred={a.predicted_time!r}"
                )
        if show and r.name in by_name:
            lines.append("  --- page text " + "-" * 40)
            lines.extend("  | " + x for x in _list_text(by_name[r.name]).split("\n"))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--worst", type=int, default=0, help="list the N pages with most errors")
    parser.add_argument("--show", action="store_true", help="with --worst: print their text")
    parser.add_argument(
        "--generated", type=int, default=0, metavar="N", help="score N generated pages instead"
    )
    parser.add_argument("--seed", type=int, default=0, help="first seed of --generated")
    parser.add_argument("--language", default=None, help="language of the generated cards")
    parser.add_argument(
        "--html", action="store_true", help="with --generated: the pages as HTML"
    )
    parser.add_argument(
        "--shared", type=Path, default=None, help="the shared folder for --generated"
    )
    args = parser.parse_args(argv)
    if args.generated:
        shared = args.shared or ROOT.parent / "shared"
        if not (shared / "corpora" / "aeb").exists():
            print(f"corpus not found: {shared / 'corpora' / 'aeb'}", file=sys.stderr)
            return 2
        pages = generated_pages(args.generated, args.seed, args.language, shared, html=args.html)
        kind = "HTML pages" if args.html else "pages"
        what = f"generated {kind} (seeds {args.seed}..{args.seed + args.generated - 1}"
        what += f", language {args.language})" if args.language else ")"
    else:
        if not args.corpus.exists():
            print(f"corpus not found: {args.corpus}", file=sys.stderr)
            return 2
        pages = load_corpus(args.corpus)
        what = "pages"
    results, figures = run_pages(pages)
    print(f"{len(results)} {what}, reference time {REFERENCE_TIME.isoformat()}")
    print(table(figures))
    if args.worst:
        print(report_worst(results, pages, args.worst, args.show))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
