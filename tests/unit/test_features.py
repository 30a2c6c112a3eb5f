"""Unit tests of ``newsclean.text.features``."""

from __future__ import annotations

import sys

import regex

from newsclean.text import features


def test_no_character_folds_to_a_word_edge_and_no_edge_folds() -> None:
    # ``line_features`` replaces a line's wide edges (’ “ —) before it folds
    # its case, and lowers what is then ASCII by a byte table: the same words
    # as folding first only while no edge folds and nothing folds into one
    edges = set(features._WORD_EDGES)
    assert all(c.casefold() == c for c in edges)
    folded_into_edges = [
        c
        for c in map(chr, range(sys.maxunicode + 1))
        if c not in edges and not edges.isdisjoint(c.casefold())
    ]
    assert folded_into_edges == []


def test_a_line_beyond_ascii_by_its_quotes_has_the_density_of_its_words() -> None:
    words = ["The", "‘minister’", "said", "on", "Friday", "that", "the", "plan", "would", "go"] * 5
    line = " ".join(words) + "."
    f = features.line_features(line, features.STOPWORDS_ALL, 15)
    # the first 40 words, lowered, quotes cut off: ten stopwords in each ten
    sample = [w.strip("‘’").casefold() for w in words[:40]]
    hits = sum(w in features.STOPWORDS_ALL for w in sample)
    assert (f.words, f.stop_ratio) == (50, hits / 40)
    straight = line.replace("‘", "'").replace("’", "'")
    assert f.stop_ratio == features.line_features(straight, features.STOPWORDS_ALL, 15).stop_ratio


def test_every_letter_is_a_word_character_of_the_regex_engine() -> None:
    # ``features._runs_beyond_ascii`` counts a piece of letters alone as one
    # run of ``\w`` without asking the ``regex`` engine: it holds only while
    # the engine's ``\w`` takes every letter Python's ``str.isalpha`` knows
    letters = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isalpha())
    assert regex.fullmatch(r"\w+", letters) is not None


def test_a_line_beyond_ascii_counts_the_runs_the_regex_engine_finds() -> None:
    lines = ["Москва, 7 мая (ТАСС) — दिल्ली में", "don’t stop—“now”", "日本語、2019年", "x\u0301y"]
    for line in lines:
        assert features.word_runs(line) == len(regex.findall(r"\w+", line))
