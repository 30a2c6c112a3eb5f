"""Unit tests for newsclean.text.normalize."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.core.errors import InputError
from newsclean.core.types import Fix
from newsclean.text.normalize import Normalized, decode, normalize
from tests.strategies import any_text, page_text


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


def _reference_normalize(text: str, *, unwrap: bool, markdown: bool | None) -> Normalized:
    """``normalize`` as first written: every round runs every step (the module
    skips the steps on text a pass without ftfy has settled, between joins)."""
    from newsclean.text import normalize as n

    counts: dict[str, int] = {}
    text = n._step(counts, "newline", *n._count_sub(n._NEWLINE, "\n", text))
    read_markdown = markdown or (markdown is None and n.is_markdown(text))
    title = n.title_heading(text) if read_markdown else None
    linked = n.whole_links(text) if read_markdown else []
    for _ in range(4):
        before = text
        text, _ = n._pass(text, counts, fix_encoding=True)
        if read_markdown:
            text = n._step(counts, "markdown", *n.strip_markdown(text))
        if unwrap:
            text = n._step(counts, "unwrap", *n.unwrap_lines(text))
        if text == before or ("ftfy" not in counts and not read_markdown and not unwrap):
            break
    links = n.line_starts(text, linked) if linked else ()
    return Normalized(text, tuple(Fix(rule, k) for rule, k in counts.items()), title, links)


_WRAPPED_WORDS = st.sampled_from(
    ["the", "council", "voted", "on", "Monday", "and", "said", "taxes.", "Home", "café",
     "Ã©", "&amp;", "\u00a0", "\t", "  ", "\u200b", "\x07", "\u2028", "e\u0301", "# Title"]
)  # fmt: skip


@st.composite
def _wrapped_with_damage(draw: st.DrawFn) -> str:
    """Wrapped paragraphs with odd spaces, controls, mojibake and entities in them."""
    width = draw(st.integers(30, 100))
    lines: list[str] = []
    for _ in range(draw(st.integers(0, 30))):
        line = draw(_WRAPPED_WORDS)
        while len(line) < width * draw(st.floats(0.5, 1.0)):
            line += " " + draw(_WRAPPED_WORDS)
        lines.append(line if draw(st.booleans()) else line.capitalize())
    return "\n".join(lines)


@given(st.one_of(_wrapped_with_damage(), any_text, page_text), st.sampled_from([False, None]))
def test_rounds_after_a_pass_without_ftfy_read_only_the_joins(
    text: str, markdown: bool | None
) -> None:
    """A pass that ran no ftfy settles the text: later rounds only join
    lines, and give what running every step again gives."""
    for unwrap in (True, False):
        assert normalize(text, unwrap=unwrap, markdown=markdown) == _reference_normalize(
            text, unwrap=unwrap, markdown=markdown
        )


def _composition_seconds() -> set[str]:
    """Every character that NFC may join to the one before it: the second
    of each two-character canonical decomposition, and Hangul's vowel and
    final jamo (composed by rule, not listed in the data)."""
    import unicodedata

    seconds = {chr(c) for c in range(0x1161, 0x1176)} | {chr(c) for c in range(0x11A8, 0x11C3)}
    for code in range(0x110000):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            seconds.add(chr(int(parts[1], 16)))
    return seconds


def test_the_nfc_stable_characters_are_left_alone_by_nfc_anywhere() -> None:
    """Each character ``_pass`` trusts to be NFC without a look is no
    combining mark, its own NFC form (no singleton, no excluded form) and
    no character NFC joins to the one before it: a text of them is NFC."""
    import re
    import unicodedata

    from newsclean.text import normalize as n

    stable = re.compile(f"[{n._NFC_STABLE_RANGES}]")
    seconds = _composition_seconds()
    trusted = [chr(c) for c in range(0x10000) if stable.match(chr(c))]
    assert len(trusted) == 33_509  # (the class reads as its ranges: none lost its dash)
    for ch in trusted:
        assert unicodedata.combining(ch) == 0, hex(ord(ch))
        assert unicodedata.normalize("NFC", ch) == ch, hex(ord(ch))
        assert ch not in seconds, hex(ord(ch))
    # and the characters just outside the ranges are not all so: the ranges
    # stop where Unicode's data says they must
    assert not unicodedata.is_normalized("NFC", "e\u0301")  # U+0301 follows U+02FF
    assert not unicodedata.is_normalized("NFC", "\u2001")  # a singleton before U+2002


def test_a_combining_accent_after_ascii_is_still_composed() -> None:
    """An accent after an ASCII letter is an unusual character: NFC still runs."""
    out = normalize("Cafe\u0301 and cre\u0300me")
    assert out.text == "Café and crème"
    assert Fix("nfc", 1) in out.fixes
