"""Unit and property tests for ``newsclean.parsers.time_grammar``'s cheap refusals.

``may_have_time`` refuses most lines before they are tokenized; these tests
hold it to the full parser: whatever it refuses, tokenizing and reading
would have refused too.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsclean.parsers import time_reader as _timeread
from newsclean.parsers import timestamps
from newsclean.parsers.time_grammar import (
    _ASCII_SHAPE,
    _ASCII_WORD_SCAN,
    _CJK,
    _TOKEN,
    _WORD_SCAN,
    _has_time_word,
    grammar,
    may_have_time,
    tokenize,
)

REF = datetime(2025, 6, 7, 12, 0, tzinfo=UTC)
_G = grammar("en")

# pieces that make timestamps and near misses, in every language's words
_VOCAB = sorted(_G.words) + [" ".join(p) for v in _G.phrases.values() for p, _ in v]
_SHAPES = [
    "7", "07", "2025", "10:15", "10.15", "07.06.2025", "7/6/25", "2025-06-07", "03-5829-8082",
    "10h15", "+05:30", "+0530", "-4", "2h", "7th", "1:16pm", "2025-06-07t10:15:00z", "24:00",
    "0930", "10:15 +05:30", "9.30 -4", "10:15+2", "$58.99", "10.2-inch", "covid-19", "x1-2",
    "ab12-3", "a.m.", "5-3", "10+5", "’s",
]  # fmt: skip
_FILL = ["the", "news", "said", "police", "save", "top", "in", "and", "live", "|", "·", "-", ",",
         ".", "(", ")", "–", "©", ":", "/", "…", "한국", "東京", "é", "'"]  # fmt: skip
_piece = st.one_of(
    st.sampled_from(_VOCAB),
    st.sampled_from(_SHAPES),
    st.sampled_from(_FILL),
    st.text(alphabet="0123456789-+./:h tz'a", max_size=6),
)
# lines of numbers and words that are no time words ("at", "one", "ago"):
# where the cheap test must see a number shape to let a line through
_bare = st.one_of(
    st.sampled_from(_SHAPES),
    st.sampled_from(_FILL),
    st.sampled_from(sorted(_G.words.keys() - _G.time_words)),
    st.text(alphabet="0123456789-+./:h tz'a", max_size=6),
)
_seps = st.sampled_from([" ", "", " ", ", "])
_line = st.one_of(
    st.builds(lambda parts, sep: sep.join(parts), st.lists(_piece, min_size=1, max_size=8), _seps),
    st.builds(lambda parts, sep: sep.join(parts), st.lists(_bare, min_size=1, max_size=5), _seps),
)


def _lowered(text: str) -> str:
    return text.lower().replace("’", "'")


def _full_parse(text: str, language: str | None) -> bool:
    """What ``timestamps._parse`` finds with the cheap test left out."""
    g = grammar(language)
    lowered = _lowered(text)
    reading = _timeread.read(g, tokenize(g, lowered))
    if reading is None:
        return False
    return timestamps._resolve(reading, text.strip(), REF, language, g) is not None


@given(_line, st.sampled_from([None, "en", "de", "ja"]))
@example("Top 10 of 2025", "en")
@example("07.06.2025", None)
@example("10:15 +05:30", None)
@example("x 10:15 -4", None)
@example("Updated 10:15", "en")
@example("First published on Monday", "en")
@example("Sunday Talk Shows", None)
@example("zo-even", None)  # a hyphenated time word (Dutch "just now")
def test_refusal_is_never_wrong(text: str, language: str | None) -> None:
    """A string the cheap test refuses is one the full parser refuses."""
    if not may_have_time(grammar(language), _lowered(text)):
        assert not _full_parse(text, language), text


@given(st.one_of(_line, st.text(max_size=40)))
def test_word_scan_cuts_like_tokenize(text: str) -> None:
    """The scans find exactly the words ``tokenize`` finds (its group 5)."""
    lowered = _lowered(text)
    words = [m.group() for m in _TOKEN.finditer(lowered) if m.lastindex == 5]
    if _CJK.search(lowered) is None:  # the scan has no CJK group
        assert [w for w in _WORD_SCAN.findall(lowered) if w] == words
    if lowered.isascii():
        assert [w for w in _ASCII_WORD_SCAN.findall(lowered) if w] == words


@pytest.mark.parametrize(
    "text",
    [
        "Top 10 in 2025",
        "$58.99",
        "Spokane, WA 99210",
        "03-5829-8082",
        "Washington, DC 20036",
        "11",
        "Colombia had lost to Belgium on Monday.",
        "The show opens to the public on Friday.",
    ],
)
def test_lines_that_cannot_be_timestamps_are_refused(text: str) -> None:
    """Prices, counts, phone numbers and prose are refused before tokenizing."""
    assert not may_have_time(_G, _lowered(text))


@pytest.mark.parametrize(
    "text",
    [
        "7 June",
        "07.06.2025",
        "10h15",
        "10:15 +05:30",
        "2h",
        "Updated 10:15",
        "5 min read",
        "Sunday Talk Shows",
        "il y a une heure",
    ],
)
def test_time_words_and_shapes_pass(text: str) -> None:
    """Dates, marked clocks, offsets and unit words go on to the parser."""
    assert may_have_time(_G, _lowered(text))


@given(st.one_of(_line, st.text(alphabet="0123456789hjunamp.:-+ tz", max_size=30)))
@example("10h15min")
@example("jun.2025 10h15 min")
@example("2025-06-07t10:15zjun")
def test_the_words_alone_pass_every_ascii_line_the_full_scan_passes(text: str) -> None:
    """``may_have_time`` reads an ASCII line's words without the pieces
    between them: it passes every line that the tokenizer's own cut of the
    words (``_ASCII_WORD_SCAN``) with the number shapes passed."""
    lowered = _lowered(text)
    if not lowered.isascii() or not any(c.isdigit() for c in lowered):
        return
    full = _has_time_word(_G, _ASCII_WORD_SCAN.findall(lowered), lowered) or bool(
        _ASCII_SHAPE.search(lowered)
    )
    if full:
        assert may_have_time(_G, lowered), text
