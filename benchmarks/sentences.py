"""Sentence-engine benchmark: newsclean next to pysbd, syntok and blingfire.

Run from the repository root::

    PYTHONPATH=src python benchmarks/sentences.py

It prints one table: golden rules passed (of 48), run-together boundary
precision/recall/F1, control F1, false splits among the hard negatives, F1
on hard negatives glued together, and seconds per MB of article text (the
``articleBody`` texts of ``../shared/corpora/aeb/expected``). Competitors that
are not installed print "not installed".

The scoring functions here are also used by ``tests/golden/test_sentences_golden.py``.
Scoring follows ``../shared/corpora/sentences/README.md``: a gold offset
counts as found when a gap between two predicted sentences covers it;
unmatched gaps are false splits.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

Span = tuple[int, int]
Splitter = Callable[[str], Sequence[Span]]

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "corpora"
SENTENCES_CORPUS = SHARED / "sentences"
ARTICLES = SHARED / "aeb" / "expected"
SETS = ("runtogether", "control", "hard_negative", "hard_negative_runtogether")


@dataclass(frozen=True)
class Counts:
    """Boundary counts over one set of records."""

    gold: int
    found: int
    predicted: int
    false_splits: int

    @property
    def precision(self) -> float:
        return 1.0 if self.predicted == 0 else (self.predicted - self.false_splits) / self.predicted

    @property
    def recall(self) -> float:
        return 1.0 if self.gold == 0 else self.found / self.gold

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def load_golden(root: Path = SENTENCES_CORPUS) -> list[dict[str, object]]:
    """The golden-rule cases: ``{id, name, text, expected}``."""
    data = json.loads((root / "golden_rules_en.json").read_text(encoding="utf-8"))
    return list(data["cases"])


def load_records(root: Path = SENTENCES_CORPUS) -> dict[str, list[dict[str, object]]]:
    """``runtogether.jsonl`` grouped by set name."""
    out: dict[str, list[dict[str, object]]] = {name: [] for name in SETS}
    with (root / "runtogether.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                out.setdefault(rec["set"], []).append(rec)
    return out


def load_articles(root: Path = ARTICLES) -> list[str]:
    """The article bodies used for the speed figure (empty when the corpus is missing)."""
    if not root.is_dir():
        return []
    texts = []
    for path in sorted(root.glob("*.json")):
        body = json.loads(path.read_text(encoding="utf-8")).get("articleBody") or ""
        if body:
            texts.append(body)
    return texts


def golden_passed(split: Splitter, cases: Iterable[dict[str, object]]) -> list[object]:
    """Ids of the golden cases whose whitespace-normalised sentences equal the expected ones."""
    passed = []
    for case in cases:
        text = str(case["text"])
        got = [" ".join(text[a:b].split()) for a, b in split(text)]
        got = [g for g in got if g]
        if got == [" ".join(str(e).split()) for e in case["expected"]]:  # type: ignore[attr-defined]
            passed.append(case["id"])
    return passed


def gaps(spans: Sequence[Span]) -> list[Span]:
    """The gaps between consecutive predicted sentences."""
    ordered = sorted(spans)
    return [(ordered[i][1], ordered[i + 1][0]) for i in range(len(ordered) - 1)]


def score(split: Splitter, records: Iterable[dict[str, object]]) -> Counts:
    """Boundary counts: gold offsets covered by a gap, and gaps covering none."""
    gold = found = predicted = false = 0
    for rec in records:
        text = str(rec["text"])
        wanted = [int(b) for b in rec["boundaries"]]  # type: ignore[attr-defined]
        holes = gaps(split(text))
        gold += len(wanted)
        predicted += len(holes)
        found += sum(1 for b in wanted if any(a <= b <= z for a, z in holes))
        false += sum(1 for a, z in holes if not any(a <= b <= z for b in wanted))
    return Counts(gold, found, predicted, false)


def seconds_per_mb(split: Splitter, texts: Sequence[str], repeat: int = 1) -> float:
    """Best-of-``repeat`` seconds to split ``texts``, per MB of UTF-8."""
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    if not size:
        return float("nan")
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for t in texts:
            split(t)
        best = min(best, time.perf_counter() - t0)
    return best / size


# ----------------------------------------------------------------- splitters


def newsclean_splitter() -> Splitter:
    from newsclean.parsers.sentences import split_sentences

    return lambda text: [(s.start, s.end) for s in split_sentences(text)]


def pysbd_splitter() -> Splitter:
    import pysbd  # type: ignore[import-not-found]

    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)

    def split(text: str) -> list[Span]:
        out = []
        for s in seg.segment(text):
            a, b = s.start, s.end
            while b > a and text[b - 1].isspace():
                b -= 1
            out.append((a, b))
        return out

    return split


def syntok_splitter() -> Splitter:
    import syntok.segmenter as segmenter  # type: ignore[import-not-found]

    def split(text: str) -> list[Span]:
        out = []
        for paragraph in segmenter.analyze(text):
            for sentence in paragraph:
                toks = list(sentence)
                if toks:
                    first, last = toks[0], toks[-1]
                    out.append((first.offset, last.offset + len(last.value)))
        return out

    return split


def blingfire_splitter() -> Splitter:
    import blingfire  # type: ignore[import-not-found]

    def split(text: str) -> list[Span]:
        if not text.strip():
            return []
        _, offsets = blingfire.text_to_sentences_and_offsets(text)
        return [(a, b) for a, b in offsets]

    return split


COMPETITORS: dict[str, Callable[[], Splitter]] = {
    "newsclean": newsclean_splitter,
    "pysbd": pysbd_splitter,
    "syntok": syntok_splitter,
    "blingfire": blingfire_splitter,
}


def measure(split: Splitter, repeat: int = 3) -> dict[str, object]:
    """Every figure of the table for one splitter."""
    cases = load_golden()
    records = load_records()
    rt = score(split, records["runtogether"])
    return {
        "golden": len(golden_passed(split, cases)),
        "golden_of": len(cases),
        "runtogether": rt,
        "control": score(split, records["control"]),
        "hard_negative": score(split, records["hard_negative"]),
        "hard_negative_runtogether": score(split, records["hard_negative_runtogether"]),
        "s_per_mb": seconds_per_mb(split, load_articles(), repeat),
    }


def main(argv: Sequence[str] = ()) -> int:
    if not SENTENCES_CORPUS.is_dir():
        print(f"corpus not found: {SENTENCES_CORPUS}", file=sys.stderr)
        return 1
    size = sum(len(t.encode("utf-8")) for t in load_articles()) / 1e6
    print(f"speed text: {len(load_articles())} article bodies, {size:.2f} MB")
    header = (
        "| splitter | golden | run-together P/R/F1 | control F1 "
        "| hard-neg false splits | hard-neg-runtogether F1 | s/MB |"
    )
    print(header)
    print("|---|---|---|---|---|---|---|")
    for name, make in COMPETITORS.items():
        try:
            split = make()
        except ImportError:
            print(f"| {name} | not installed | | | | | |")
            continue
        m = measure(split, repeat=3 if name == "newsclean" else 1)
        rt: Counts = m["runtogether"]  # type: ignore[assignment]
        ctl: Counts = m["control"]  # type: ignore[assignment]
        hn: Counts = m["hard_negative"]  # type: ignore[assignment]
        hnr: Counts = m["hard_negative_runtogether"]  # type: ignore[assignment]
        print(
            f"| {name} | {m['golden']}/{m['golden_of']} "
            f"| {rt.precision:.2f}/{rt.recall:.2f}/{rt.f1:.3f} | {ctl.f1:.3f} "
            f"| {hn.false_splits} | {hnr.f1:.3f} | {m['s_per_mb']:.3f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
