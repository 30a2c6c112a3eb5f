"""Hypothesis properties of the sentence engine: spans are exact, ordered and complete."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsclean.parsers.sentences import find_joins, split_sentences

# Characters that drive the engine's decisions, mixed with arbitrary text.
_TRICKY = list(".!?…。！？।¿¡\"'“”‘’()[]«»•⁃-–—@/:;,$%0123456789 \n\t\u00a0\u202f")
_WORDS = [
    "U.S.",
    "Mr.",
    "e.g.",
    "Node.js",
    "said",
    "The",
    "A",
    "I",
    "J.K.",
    "1.39",
    "2025.",
    "a.m.",
    "No.",
    "Yahoo!",
    "example.com",
    "Juni",
    "am",
    "3.",
    "...",
    ". . .",
    "1)",
    "a.",
]
tricky_text = st.lists(
    st.one_of(
        st.sampled_from(_TRICKY),
        st.sampled_from(_WORDS),
        st.text(max_size=6),
        st.from_regex(r"[A-Z][a-z]{0,6}", fullmatch=True),
    ),
    max_size=40,
).map("".join)
any_text = st.one_of(st.text(max_size=200), tricky_text)
languages = st.sampled_from([None, "en", "de", "fr", "es", "xx", "EN-us"])


def _check_spans(text: str, language: str | None) -> None:
    spans = split_sentences(text, language=language)
    covered = [False] * len(text)
    previous_end = 0
    for s in spans:
        assert s.text == text[s.start : s.end]
        assert s.text, "empty sentence"
        assert s.text == s.text.strip(), "sentence has surrounding whitespace"
        assert previous_end <= s.start < s.end <= len(text), "spans overlap or are out of order"
        previous_end = s.end
        for i in range(s.start, s.end):
            covered[i] = True
    for i, ch in enumerate(text):
        assert covered[i] or ch.isspace(), f"non-space character {ch!r} at {i} lost"


@given(any_text, languages)
def test_spans_are_exact_ordered_and_cover_the_text(text: str, language: str | None) -> None:
    """Each span is its own slice, stripped, in order, and no non-space character is lost."""
    _check_spans(text, language)


@given(any_text, languages)
def test_split_is_deterministic(text: str, language: str | None) -> None:
    """The same input gives the same sentences."""
    assert split_sentences(text, language=language) == split_sentences(text, language=language)


@given(any_text)
def test_joining_spans_with_gaps_gives_input_back(text: str) -> None:
    """The text between spans is whitespace only, so spans plus gaps rebuild the input."""
    spans = split_sentences(text)
    rebuilt, pos = [], 0
    for s in spans:
        assert text[pos : s.start].strip() == ""
        rebuilt.append(text[pos : s.end])
        pos = s.end
    assert text[pos:].strip() == ""
    assert "".join(rebuilt) + text[pos:] == text


@given(any_text, languages)
def test_joins_are_sentence_starts_without_space(text: str, language: str | None) -> None:
    """Every join starts a sentence and follows a non-space character."""
    starts = {s.start for s in split_sentences(text, language=language)}
    for offset in find_joins(text, language=language):
        assert offset in starts
        assert 0 < offset < len(text)
        assert not text[offset - 1].isspace()


@given(tricky_text)
def test_repaired_text_still_splits_cleanly(text: str) -> None:
    """Inserting a space at every join (the pipeline's repair) keeps every span property."""
    joins = find_joins(text)
    repaired = text
    for offset in reversed(joins):
        repaired = repaired[:offset] + " " + repaired[offset:]
    _check_spans(repaired, None)
