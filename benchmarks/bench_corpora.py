"""The collections the quality benchmarks score, and one extractor's run over them.

Shared by ``quality.py`` (flattened text) and ``quality_html.py`` (HTML).
A collection is a corpus folder of ``../shared/corpora`` and an id prefix:
``aeb`` (181 news pages), the three collections of ``webdev``
(``cleaneval``, ``dragnet``, ``l3s-gn1``, told by their ids'
``<collection>__`` prefix) and ``webdev`` as a whole (895 pages). Each
page is extracted once however many selected collections hold it; the
page scores and per-page seconds are then grouped by collection.

An extractor that raises on a page scores that page as empty output
("nothing found") and the page is counted in the run's ``errors``, as
``heldout.py`` does: one bad page never stops the run.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar

from newsclean.shell.scoring import CorpusScore, PageScore, corpus_score, page_score

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPORA = ROOT.parent / "shared" / "corpora"
DEFAULT_AEB = SHARED_CORPORA / "aeb"
DEFAULT_WEBDEV = SHARED_CORPORA / "webdev"


@dataclass(frozen=True, slots=True)
class Collection:
    """A named set of pages: those of corpus folder ``corpus`` whose id starts with ``prefix``."""

    name: str
    corpus: str
    prefix: str


COLLECTIONS: tuple[Collection, ...] = (
    Collection("aeb", "aeb", ""),
    Collection("cleaneval", "webdev", "cleaneval__"),
    Collection("dragnet", "webdev", "dragnet__"),
    Collection("l3s-gn1", "webdev", "l3s-gn1__"),
    Collection("webdev", "webdev", ""),
)
NAMES: tuple[str, ...] = tuple(c.name for c in COLLECTIONS)
WEBDEV_NAMES: tuple[str, ...] = ("cleaneval", "dragnet", "l3s-gn1", "webdev")


def collections(names: Iterable[str]) -> list[Collection]:
    """The named collections in the canonical order; ``ValueError`` on an unknown name."""
    wanted = {n.strip() for n in names if n.strip()}
    unknown = wanted - set(NAMES)
    if unknown:
        raise ValueError(f"unknown collection(s) {sorted(unknown)}; known: {', '.join(NAMES)}")
    return [c for c in COLLECTIONS if c.name in wanted]


def collections_arg(text: str) -> list[Collection]:
    """``--collections aeb,cleaneval`` for argparse."""
    try:
        chosen = collections(text.split(","))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
    if not chosen:
        raise argparse.ArgumentTypeError("no collection named")
    return chosen


class Page(Protocol):
    """What the benchmarks' page records share."""

    @property
    def id(self) -> str: ...

    @property
    def expected(self) -> str: ...


P = TypeVar("P", bound=Page)
X = TypeVar("X")


def select(
    chosen: Sequence[Collection], load: Callable[[str], list[P]]
) -> tuple[list[P], dict[str, list[int]]]:
    """The pages of the chosen collections, each once, and each collection's page indices.

    ``load(corpus)`` returns every page of a corpus folder (``"aeb"`` or
    ``"webdev"``), sorted by id; each corpus is loaded once.
    """
    pages: list[P] = []
    groups: dict[str, list[int]] = {}
    for corpus in dict.fromkeys(c.corpus for c in chosen):
        mine = [c for c in chosen if c.corpus == corpus]
        for page in load(corpus):
            homes = [c.name for c in mine if page.id.startswith(c.prefix)]
            if homes:
                for name in homes:
                    groups.setdefault(name, []).append(len(pages))
                pages.append(page)
    return pages, {c.name: groups.get(c.name, []) for c in chosen}


def select_named(
    names: Iterable[str], roots: Mapping[str, Path], load: Callable[[Path], list[P]]
) -> tuple[list[Collection], list[P], dict[str, list[int]]]:
    """``select`` by collection names, each corpus loaded from its folder in ``roots``."""
    chosen = collections(names)
    pages, groups = select(chosen, lambda corpus: load(roots[corpus]))
    return chosen, pages, groups


@dataclass(frozen=True, slots=True)
class Run:
    """One extractor's pass: page scores, per-page seconds, pages that raised, peak memory."""

    name: str
    scores: list[PageScore]
    page_seconds: list[float]
    failed: list[bool]
    peak_bytes: int | None = None

    @property
    def corpus(self) -> CorpusScore:
        """The corpus score of the run."""
        return corpus_score(self.scores)

    @property
    def seconds(self) -> float:
        """Extraction seconds over every page (scoring not included)."""
        return sum(self.page_seconds)

    @property
    def pages_per_second(self) -> float:
        """Pages extracted per second."""
        return len(self.scores) / self.seconds if self.seconds > 0 else float("inf")

    @property
    def errors(self) -> int:
        """Pages on which the extractor raised (scored as empty output)."""
        return sum(self.failed)

    def subset(self, indices: Sequence[int]) -> Run:
        """The run restricted to some pages (no peak memory: that needs a pass of its own)."""
        return Run(
            self.name,
            [self.scores[i] for i in indices],
            [self.page_seconds[i] for i in indices],
            [self.failed[i] for i in indices],
        )


def predict(extract: Callable[[X], str], value: X) -> tuple[str, bool]:
    """The extractor's text and False, or ("", True) when it raises."""
    try:
        return extract(value), False
    except Exception:
        return "", True


def run(
    name: str,
    inputs: Sequence[X],
    expected: Sequence[str],
    extract: Callable[[X], str],
    *,
    memory: bool = False,
) -> Run:
    """Extract every input (timing the extraction only), then score it against ``expected``."""
    predictions: list[str] = []
    seconds: list[float] = []
    failed: list[bool] = []
    if memory:
        tracemalloc.start()
    try:
        for value in inputs:
            start = time.perf_counter()
            text, bad = predict(extract, value)
            seconds.append(time.perf_counter() - start)
            predictions.append(text)
            failed.append(bad)
        peak = tracemalloc.get_traced_memory()[1] if memory else None
    finally:
        if memory:
            tracemalloc.stop()
    scores = [page_score(e, p) for e, p in zip(expected, predictions, strict=True)]
    return Run(name, scores, seconds, failed, peak)


def by_collection(whole: Run, groups: dict[str, list[int]]) -> dict[str, Run]:
    """A run over the selected pages, split by collection."""
    return {name: whole.subset(indices) for name, indices in groups.items()}


def worst(indices: Sequence[int], run: Run, ids: Sequence[str], n: int) -> list[str]:
    """The ``n`` pages of a collection that ``run`` scored worst (P + R), one line each."""
    pairs = zip(indices, run.scores, strict=True)
    ranked = sorted(pairs, key=lambda x: x[1].precision + x[1].recall)
    return [f"{short_id(ids[i])}  P={s.precision:.2f} R={s.recall:.2f}" for i, s in ranked[:n]]


def rate(pages_per_second: float) -> str:
    """Pages/s in 7 characters (the line-rule baselines run millions of pages a second)."""
    if pages_per_second < 1e5:
        return f"{pages_per_second:7.1f}"
    return f"{pages_per_second:7.0f}" if pages_per_second < 1e7 else f"{pages_per_second:7.1e}"


def short_id(page_id: str) -> str:
    """A page id for a listing: aeb's hash ids cut to 16 characters, webdev ids whole."""
    return page_id if "__" in page_id else page_id[:16]


def f1_matrix(results: dict[str, dict[str, Run | None]], names: Sequence[str]) -> list[str]:
    """Lines of a Markdown table: F1 of every extractor (rows) in every collection (columns)."""
    width = max([len("extractor"), *map(len, results)])
    head = f"| {'extractor':<{width}} |" + "|".join(f" {n:^9} " for n in names) + "|"
    lines = [head, "|" + "-" * (width + 2) + "|" + "|".join("-" * 11 for _ in names) + "|"]
    for extractor, per in results.items():
        cells = []
        for n in names:
            r = per.get(n)
            cells.append(f" {r.corpus.f1:^9.3f} " if r is not None else f" {'-':^9} ")
        lines.append(f"| {extractor:<{width}} |" + "|".join(cells) + "|")
    return lines
