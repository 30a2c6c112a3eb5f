"""``core.words.word_count``: ``len(text.split())`` without an object a word."""

from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

from newsclean.core import words
from newsclean.core.words import word_count
from tests.strategies import page_text

_SPACES = "".join(chr(c) for c in range(0x110000) if chr(c).isspace())


def test_word_count_knows_every_whitespace_a_split_cuts_at() -> None:
    """The count turns each whitespace character into a space: it must know
    every character ``str.split`` cuts at, and no other."""
    known = {" ", *words._ASCII_SPACES, *words._WIDE_SPACES}
    assert known == set(_SPACES)
    assert all(c.isascii() for c in words._ASCII_SPACES)
    assert not any(c.isascii() for c in words._WIDE_SPACES)


@given(st.text(alphabet=st.sampled_from(_SPACES + "ab.é’中\x00"), max_size=60))
def test_word_count_is_a_split_of_spaces_and_words(text: str) -> None:
    assert word_count(text) == len(text.split())


@given(st.one_of(st.text(max_size=300), page_text))
def test_word_count_is_a_split_of_any_text(text: str) -> None:
    assert word_count(text) == len(text.split())


def test_word_count_of_long_runs_of_spaces_is_linear() -> None:
    """Runs of spaces are halved a pass: a run of a million takes ~20 passes."""
    text = "a" + " " * 1_000_000 + "b" + "\u3000\n" * 200_000 + "c "
    start = time.perf_counter()
    assert word_count(text) == 3
    assert time.perf_counter() - start < 2.0
