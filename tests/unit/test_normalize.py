"""Unit tests for newsclean.text.normalize."""

from __future__ import annotations

import pytest

from newsclean.core.errors import InputError
from newsclean.text.normalize import decode, normalize


def test_mojibake_is_repaired_and_recorded() -> None:
    """UTF-8 read as cp1252 is repaired by ftfy, and the fix is recorded."""
    out = normalize("It\u00e2\u20ac\u2122s here")
    assert out.text == "It’s here"
    assert any(f.rule == "ftfy" for f in out.fixes)


def test_clean_text_is_left_alone() -> None:
    """Text with nothing to fix comes back unchanged with no fixes."""
    out = normalize("Plain line.\nAnother “quoted” line.")
    assert out.text == "Plain line.\nAnother “quoted” line."
    assert out.fixes == ()


def test_curly_quotes_are_kept() -> None:
    """Curly quotes are the page's text, not damage: ftfy must not uncurl them."""
    assert normalize("caf\u00c3\u00a9 “x”").text == "café “x”"


def test_zero_width_and_odd_spaces() -> None:
    """Zero-width characters go; NBSP and tabs become single spaces."""
    assert normalize("a\u200bb\u00a0\u00a0c\td").text == "ab c d"


def test_newlines_and_line_ends() -> None:
    """CRLF becomes LF; lines lose surrounding spaces; blank lines stay."""
    assert normalize("  a \r\n\r\n b  ").text == "a\n\nb"


def test_controls_and_lone_surrogates() -> None:
    """Control characters go and lone surrogates become U+FFFD."""
    assert normalize("a\x00b\x07c\ud800d").text == "abc\ufffdd"


def test_entities_in_flat_text_are_unescaped() -> None:
    """HTML entities left in flattened text are decoded."""
    assert normalize("Tom &amp; Jerry").text == "Tom & Jerry"


def test_image_query_string_is_not_an_entity() -> None:
    """ "&w=3840&q=100)" is debris for a later stage, not an entity to decode."""
    assert normalize("&w=3840&q=100)").text == "&w=3840&q=100)"


def test_decode_prefers_utf8_then_cp1252() -> None:
    """Bytes decode as UTF-8, else cp1252."""
    assert decode("é".encode()) == "é"
    assert decode("é".encode("cp1252")) == "é"


def test_decode_rejects_binary() -> None:
    """NUL-laden bytes are not text: InputError."""
    with pytest.raises(InputError):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
