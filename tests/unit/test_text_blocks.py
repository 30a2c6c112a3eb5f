"""Unit tests for newsclean.text.blocks."""

from __future__ import annotations

from newsclean.text.blocks import split_blocks


def test_offsets_index_the_text() -> None:
    """Each block's text is the slice its offsets name."""
    text = "One\n\n\nTwo two\nThree"
    for b in split_blocks(text):
        assert text[b.start : b.end] == b.text


def test_blank_lines_are_counted() -> None:
    """Blank lines before a block are counted; leading blank lines are not."""
    assert [b.blank_before for b in split_blocks("\n\nA\n\n\nB\nC")] == [0, 2, 0]


def test_empty_text_has_no_blocks() -> None:
    """Empty and whitespace-only text give no blocks."""
    assert split_blocks("") == ()
    assert split_blocks("\n \n") == ()
