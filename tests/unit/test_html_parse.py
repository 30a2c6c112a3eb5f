"""Unit tests of newsclean.html.parse: encodings, safe parsing, pruning."""

from __future__ import annotations

import codecs

import pytest

from newsclean.core.errors import InputError
from newsclean.html.parse import decode_html, parse_html, prune, sniff_encoding


def test_bom_wins_over_meta() -> None:
    """A UTF-8 byte-order mark beats a contradicting <meta charset>."""
    data = codecs.BOM_UTF8 + b'<meta charset="windows-1251"><p>\xc3\xa9</p>'
    assert sniff_encoding(data) == "utf-8-sig"


def test_meta_charset_is_read() -> None:
    """<meta charset> names the codec of a page that is not UTF-8."""
    data = '<meta charset="windows-1251"><p>Привет</p>'.encode("cp1251")
    assert sniff_encoding(data) == "cp1251"
    assert "Привет" in decode_html(data)


def test_http_equiv_charset_is_read() -> None:
    """The http-equiv Content-Type form of the declaration works too."""
    data = b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>x</p>'
    assert sniff_encoding(data) == "koi8-r"


def test_hint_used_without_declaration() -> None:
    """The caller's hint decides when the page declares nothing."""
    assert sniff_encoding("Привет".encode("cp1251"), "cp1251") == "cp1251"


def test_mislabelled_utf8_read_as_utf8() -> None:
    """A page labelled Latin-1 that is valid UTF-8 is read as UTF-8."""
    data = b'<meta charset="iso-8859-1"><p>' + "café".encode() + b"</p>"
    assert "café" in decode_html(data)


def test_cp1252_fallback() -> None:
    """Bytes that are not UTF-8 fall back to cp1252."""
    assert decode_html("“quoted”".encode("cp1252")) == "“quoted”"


def test_nul_bytes_are_not_html() -> None:
    """Binary data raises InputError."""
    with pytest.raises(InputError):
        decode_html(b"\x00\x01\x02\x03binary")


def test_empty_html_raises() -> None:
    """Whitespace-only input has no document."""
    with pytest.raises(InputError):
        parse_html("   ")


def test_entities_from_dtd_stay_unresolved() -> None:
    """Entities declared in an internal subset are not expanded."""
    root = parse_html('<!DOCTYPE x [<!ENTITY e "EXPANDED">]><p>&e;</p>')
    assert "EXPANDED" not in "".join(root.itertext())


def test_prune_keeps_tails() -> None:
    """Pruning drops scripts and hidden elements but keeps the text after them."""
    root = parse_html('<p>a<script>x</script>b<span style="display: none">c</span>d</p>')
    prune(root)
    assert root.findtext(".//p") == "abd"


def test_unclosed_title_ends_at_the_next_tag() -> None:
    """A <title> never closed holds its own text, not the rest of the page."""
    root = parse_html(b"<html><head><title>Rates held<meta charset=utf-8></head><body><p>Story.")
    assert root.findtext("head/title") == "Rates held"
    assert root.findtext("body/p") == "Story."


def test_closed_title_is_left_alone() -> None:
    """A title closed later on the page (even after a tag-like string) is not cut."""
    root = parse_html(b"<title>a &lt;b&gt; c</title><p>Story.</p>")
    assert root.findtext("head/title") == "a <b> c"


def test_unknown_element_in_head_moves_to_body() -> None:
    """An element a head does not hold, and all after it, is body text, before the body's own."""
    root = parse_html(
        b"<html><head><title>T</title><mbox><p>First.</p></mbox><meta name=x>"
        b"</head><body><p>Second.</p></body></html>"
    )
    assert [e.tag for e in root] == ["head", "body"]
    assert [p.text for p in root.iter("p")] == ["First.", "Second."]
    assert [e.tag for e in root.find("head")] == ["title"]
