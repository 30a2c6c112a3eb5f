"""Cheap tests that stand in front of dearer ones must agree with them.

The stages run a quick pre-check before an expensive pattern (a digit or a
hint word before the card time grammar; a byte-level word count instead of
a regex). Each property compares the quick path with the slow definition on
arbitrary text and on text shaped like the lines they see.
"""

from __future__ import annotations

import regex
from hypothesis import example, given
from hypothesis import strategies as st

from newsclean import card_lines, content, features, html_parse, label, metadata, normalize

_PIECES = st.sampled_from(
    [
        "2 hours ago",
        "an hour ago",
        "a few minutes ago",
        "Just now",
        "MOMENTS AGO",
        "yesterday",
        "Today",
        "last week",
        "Updated:",
        "May 18, 2025",
        "10:15 IST",
        "’",
        "“",
        "—",
        "é",
        "ж",
        "_",
        " ",
        "-",
        "·",
        "Reuters",
        "Chicago",
        "agoUTC",
        "1",
        "\u00a0",
        "K",
        "\u212a",
    ]
)
line_like = st.lists(_PIECES, max_size=8).map("".join) | st.text(max_size=120)


@given(line_like)
def test_word_count_matches_the_regex_definition(text: str) -> None:
    assert features.word_runs(text) == len(regex.findall(r"\w+", text))


@given(line_like)
def test_time_hint_never_rejects_a_time_phrase(text: str) -> None:
    if card_lines._EN.time.match(text.strip()) is not None:
        assert card_lines._may_be_time(text)


@given(line_like)
def test_ascii_normalisation_matches_the_regex_one(text: str) -> None:
    expected = regex.sub(r"[\W_]+", " ", text).strip().casefold()
    assert content._norm(text) == expected


_MOJIBAKE = st.sampled_from(["Ã©", "â€™", "&amp;", "&#8217;", "&x", "é", "ô", "Â", "&", "caf", " "])


@given(st.lists(_MOJIBAKE, max_size=40).map("".join) | st.text(max_size=200))
def test_ftfy_scan_agrees_with_the_full_pattern(text: str) -> None:
    assert normalize._needs_ftfy(text) == (normalize._NEEDS_FTFY.search(text) is not None)


@given(line_like)
def test_line_key_matches_the_regex_definition(text: str) -> None:
    assert label.line_key(text) == regex.sub(r"^[\W_]+|[\W_]+$", "", text).casefold()


_CAPTION_PIECES = st.sampled_from(
    [
        "Photo:",
        "PHOTOS",
        "Image 1 of 23",
        "(Image: GETTY)",
        "(",
        ")",
        ":",
        "/",
        "…",
        "...",
        "Credit...",
        "credits:",
        "Getty Images",
        "Shutterstock",
        "iStockphoto",
        "AP Photo",
        "AFP via Getty",
        "EPA-EFE",
        "Фото:",
        "Bild |",
        "foto",
        "Pic",
        "picture",
        "İmage",
        "ſhutterſtock",
        "\u212aid",
        "ᲂ",
        "ᲄ",
        "ᲅ",
        "ı",
        " ",
        "\u00a0",
        "The mayor said",
        "3",
    ]
)


@given(st.lists(_CAPTION_PIECES, max_size=8).map("".join) | st.text(max_size=120))
@example("ſhutterſtock")  # letters IGNORECASE folds and str.lower does not
@example("İmage 1 of 23")
@example("фᲂтᲂ: Jane Roe")
def test_caption_hint_agrees_with_the_pattern(text: str) -> None:
    assert content._caption(text) == (content._CAPTION.search(text) is not None)


_LABEL_PIECES = st.sampled_from(
    [
        "Jane Doe",
        "joetoronto",
        "The minister",
        " says",
        " said",
        " wrote",
        " writes",
        " commented",
        "SAYS",
        ":",
        " :",
        "!",
        "_",
        "on May 2, 2019",
        "12",
        " Comments",
        " responses to",
        "Leave a Reply",
        "LEAVE A COMMENT",
        "Comments are closed",
        "Join the discussion",
        "Post a comment",
        "Add a comment",
        "Show comments",
        "View Comments",
        "Reader comments",
        "\n",
        "©",
        "(c) 2019",
        "(C)",
        "All rights reserved",
        "Our site uses cookies",
        "Cookie Policy",
        "word",
        " ",
        "-",
        "é",
        "’",
        "ſ",
        "\u212a",
    ]
)
label_like = st.lists(_LABEL_PIECES, max_size=8).map("".join) | line_like


def _comment_marker_by_patterns(text: str) -> bool:
    """``label._is_comment_marker`` as it was: every test a pattern."""
    first = text[:1]
    if (first.isdigit() or first in "lLcCjJpPaAsSvVrR") and label._COMMENT_SECTION.match(text):
        return True
    last = text[-1:]
    if last in label._ASCII_WORD_CHARS and last not in "sdeSDE":
        return False
    if not label._COMMENT_HINT.search(text[-12:]):
        return False
    m = label._COMMENT_ENTRY.match(text)
    if m is None:
        return False
    who = m.group("who").split()
    if not text.rstrip().endswith(":") and len(who) > 2:
        return False
    return bool(label._DIGIT.search(text)) or (
        len(who) <= 3
        and who[0].casefold() not in label._ARTICLES
        and (who[0][:1].isupper() or len(who) == 1)
    )


@given(label_like)
@example("Jane Doe says:")
@example("12 Comments")
@example("Comments are closed")
@example("Catherine on May 2, 2019 at 4:47 pm said:")
@example("joetoronto SAYS !")
@example("Jane commented:")
@example("Sam wrote -")
@example("Jane says\t")
def test_comment_marker_agrees_with_the_patterns(text: str) -> None:
    assert label._is_comment_marker(text) == _comment_marker_by_patterns(text)


@given(label_like)
@example("(c) 2019")
@example("(C)")
def test_legal_hint_agrees_with_its_pattern(text: str) -> None:
    assert label._legal_hint(text) == (label._LEGAL_HINT.search(text) is not None)


@given(label_like, st.integers(min_value=-1, max_value=10))
@example("a_b c-d", 3)
@example("", 0)
def test_word_count_agrees_with_the_pattern(text: str, k: int) -> None:
    # the labeller's "at least k words": k runs of \w from the start
    expected = regex.match(r"(?:\W*+\w++){" + str(max(k, 0)) + "}", text) is not None
    assert (features.word_runs(text) >= k) == expected


# bytes around a chunk boundary of the UTF-8 check: a character may be cut by it
_UTF8_PIECES = st.sampled_from(
    [b"a", b" ", b"\xc3\xa9", b"\xe2\x80\x99", b"\xf0\x9f\x98\x80", b"\xc3", b"\x80", b"\xe9",
     b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\xff"]
)  # fmt: skip


@given(
    st.integers(min_value=0, max_value=8),
    st.lists(_UTF8_PIECES, max_size=12).map(b"".join) | st.binary(max_size=40),
    st.booleans(),
)
@example(3, b"\xf0\x9f\x98\x80", True)
def test_utf8_check_agrees_with_decoding(pad: int, tail: bytes, at_boundary: bool) -> None:
    lead = b"\xc3\xa9" + b"x" * (html_parse._CHUNK - pad) if at_boundary else b""
    data = lead + tail
    try:
        data.decode("utf-8")
        expected = True
    except UnicodeDecodeError:
        expected = False
    assert html_parse._valid_utf8(data) == expected


_SPACES = st.sampled_from(
    [" ", "  ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0", "\u1680",
     "\u2000", "\u200a", "\u200b", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000",
     "\u180e", "\ufeff", "Jane", "Doe", "é", "-", ""]
)  # fmt: skip


@given(st.lists(_SPACES, max_size=10).map("".join) | st.text(max_size=80))
@example("Jane\xa0Doe")
@example(" Jane Doe ")
def test_metadata_clean_matches_the_regex(text: str) -> None:
    expected = metadata._SPACE.sub(" ", text).strip() or None
    assert metadata._clean(text) == expected
