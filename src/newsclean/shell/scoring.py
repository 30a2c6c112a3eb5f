"""The article-extraction benchmark's metric, for evaluating any extractor.

Tokens are ``\\w+`` matches; a text's shingles are its runs of four
consecutive tokens (a text of 1-3 tokens is one shorter shingle). Per page,
TP/FP/FN count shingles with multiplicity and are normalised so every page
weighs the same; corpus precision averages pages with a prediction, recall
averages all pages, and F1 combines the two means.

>>> s = page_score("the cat sat on the mat", "the cat sat on the mat today")
>>> round(s.precision, 3), round(s.recall, 3)
(0.75, 1.0)
>>> corpus_score([s]).f1 > 0.85
True
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import regex

__all__ = ["CorpusScore", "PageScore", "corpus_score", "page_score", "shingles", "tokens"]

_TOKEN = regex.compile(r"\w+")


def tokens(text: str) -> list[str]:
    """The benchmark's tokens: every ``\\w+`` match, case kept."""
    return _TOKEN.findall(text)


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    """Runs of ``size`` consecutive tokens, with multiplicity."""
    toks = tokens(text)
    if not toks:
        return Counter()
    if len(toks) < size:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i : i + size]) for i in range(len(toks) - size + 1))


@dataclass(frozen=True, slots=True)
class PageScore:
    """One page's normalised TP/FP/FN, precision and recall."""

    tp: float
    fp: float
    fn: float
    precision: float
    recall: float
    predicted_empty: bool
    exact: bool


@dataclass(frozen=True, slots=True)
class CorpusScore:
    """Corpus precision, recall, F1 and accuracy (share of exact pages)."""

    precision: float
    recall: float
    f1: float
    accuracy: float
    pages: int


def page_score(expected: str, predicted: str) -> PageScore:
    """Score one prediction against the expected text."""
    gold, pred = shingles(expected), shingles(predicted)
    tp = float(sum((gold & pred).values()))
    fp = float(sum((pred - gold).values()))
    fn = float(sum((gold - pred).values()))
    total = tp + fp + fn
    if total:
        tp, fp, fn = tp / total, fp / total, fn / total
    if fp == 0 and fn == 0:
        precision = recall = 1.0
    else:
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
    return PageScore(
        tp, fp, fn, precision, recall, not tokens(predicted), tokens(expected) == tokens(predicted)
    )


def corpus_score(scores: Iterable[PageScore]) -> CorpusScore:
    """Combine page scores the benchmark's way."""
    items = list(scores)
    if not items:
        return CorpusScore(0.0, 0.0, 0.0, 0.0, 0)
    predicted = [s for s in items if not s.predicted_empty]
    precision = sum(s.precision for s in predicted) / len(predicted) if predicted else 0.0
    recall = sum(0.0 if s.predicted_empty else s.recall for s in items) / len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = sum(s.exact for s in items) / len(items)
    return CorpusScore(precision, recall, f1, accuracy, len(items))
