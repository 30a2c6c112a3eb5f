"""Unit tests for text.reflow: hard-wrapped lines joined back into paragraphs."""

from __future__ import annotations

import textwrap

from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean.text.normalize import normalize
from newsclean.text.reflow import unwrap
from tests.strategies import any_text, page_text

_PARAGRAPHS = [
    "The council approved the new budget on Monday after a long debate that ran late "
    "into the night, and members of the opposition said that the plan would raise taxes "
    "for most of the families living in the city over the next two years.",
    "Officials said the money would go to schools, roads and the hospital, which has "
    "been waiting for a new wing since the last election, and that the first contracts "
    "would be signed before the end of the summer.",
    "The mayor, who had promised lower taxes in her campaign, did not comment on the vote, "
    "but an aide said she would speak to reporters at the town hall on Tuesday morning.",
]


def _wrapped(width: int) -> str:
    return "\n".join(textwrap.fill(p, width) for p in _PARAGRAPHS)


def _whole(lines: list[str]) -> bool:
    """Whether every line holds whole paragraphs (a paragraph whose last line
    is full may join the next: nothing on the page tells the two apart)."""
    joined = " ".join(_PARAGRAPHS)
    return " ".join(lines) == joined and all(
        any(line.startswith(p) for p in _PARAGRAPHS) and any(line.endswith(p) for p in _PARAGRAPHS)
        for line in lines
    )


def test_each_wrapped_paragraph_becomes_one_line_at_any_common_width() -> None:
    for width in (50, 60, 64, 72, 76, 80, 100, 120):
        text, _ = unwrap(_wrapped(width))
        assert _whole(text.split("\n")), width
    assert unwrap(_wrapped(64))[0].split("\n") == _PARAGRAPHS


def test_a_join_keeps_the_text_length_so_offsets_stay() -> None:
    wrapped = _wrapped(72)
    text, _ = unwrap(wrapped)
    assert len(text) == len(wrapped)
    assert text.replace("\n", " ") == wrapped.replace("\n", " ")


def test_lines_printed_whole_are_not_joined() -> None:
    page = "\n".join(["Council backs budget", *_PARAGRAPHS, "Share this story"])
    assert unwrap(page) == (page, 0)


def test_a_list_of_headlines_of_one_width_is_not_joined() -> None:
    """Headlines start with a capital and are items, not a sentence going on."""
    heads = [
        "Council approves budget after a long debate over taxes",
        "Storm hits the coast as thousands of residents flee",
        "Local team wins the cup for the third year running",
        "Hospital opens a new wing after years of waiting",
        "Schools to get new computers before the autumn term",
    ]
    page = "\n".join(heads)
    assert unwrap(page) == (page, 0)


def test_list_items_numbers_and_urls_start_lines_of_their_own() -> None:
    items = []
    for n in range(1, 8):
        items.append(f"{n}) Ghostbusters collection of films on disc, number {n} in the set")
        items.append(f"http://example.org/offers/{n}/ghostbusters-collection-of-films-on-disc")
    page = "\n".join(items)
    assert unwrap(page) == (page, 0)


def test_a_blank_line_ends_a_wrapped_paragraph() -> None:
    wrapped = "\n\n".join(textwrap.fill(p, 70) for p in _PARAGRAPHS)
    assert unwrap(wrapped)[0].split("\n\n") == _PARAGRAPHS


def test_a_wrapped_page_gives_the_article_a_page_of_whole_lines_gives() -> None:
    head = ["Budget passes after a long debate | The Daily", "Home", "News"]
    title = "Budget passes after a long debate"
    whole = newsclean.clean_text("\n".join([*head, title, *_PARAGRAPHS]))
    wrapped = newsclean.clean_text("\n".join([*head, title, _wrapped(64)]))
    assert whole.main is not None
    assert wrapped.main is not None
    assert wrapped.main.paragraphs == whole.main.paragraphs == tuple(_PARAGRAPHS)
    assert wrapped.main.title == whole.main.title
    assert ("unwrap", 8) in {(f.rule, f.count) for f in wrapped.fixes}


def test_unwrap_can_be_switched_off() -> None:
    options = newsclean.Options(unwrap=False)
    page = newsclean.clean_text(_wrapped(64), options=options)
    assert "unwrap" not in {f.rule for f in page.fixes}


@given(st.one_of(any_text, page_text))
def test_normalize_with_unwrap_is_idempotent(text: str) -> None:
    once = normalize(text, unwrap=True).text
    assert normalize(once, unwrap=True).text == once


@given(st.one_of(any_text, page_text))
def test_unwrap_turns_newlines_into_spaces_and_nothing_else(text: str) -> None:
    out, joins = unwrap(text)
    assert len(out) == len(text)
    assert [a for a, b in zip(text, out, strict=True) if a != b] == ["\n"] * joins


_BROKEN = [
    ("Identifying oneself as", "gay and telling other people is often called coming out."),
    ("In this stage a person", "begins to feel different, often when friendships change."),
    ("Many of the young people", "surveyed said that school was the hardest place to be open."),
    ("Teachers who were told,", "in most cases, offered support and kept the news to themselves."),
    ("Some of the pupils had", "tried telling a friend first, to rehearse what they would say."),
    ("The groups that meet in", "the town each week give young people a safe place to talk."),
]


def test_sentences_broken_by_the_source_at_any_width_are_joined() -> None:
    """HTML written by hand breaks its paragraphs where the author pressed
    Enter; a flattener that keeps those newlines (lxml's text_content) gives
    lines of any width, a sentence going on with a small letter. A page that
    shows many such breaks has them joined."""
    page = "\n".join(line for pair in _BROKEN for line in pair)
    text, joins = unwrap(page)
    assert joins == len(_BROKEN)
    assert text.split("\n") == [f"{a} {b}" for a, b in _BROKEN]


def test_a_page_with_a_break_or_two_keeps_its_lines() -> None:
    """One headline over "updated an hour ago" or a menu item over another
    reads like a broken sentence; a page must show several before any join."""
    page = "\n".join([*_BROKEN[0], "Home", "switch to the UK edition", "switch to the US edition"])
    assert unwrap(page) == (page, 0)


def test_links_tags_and_navigation_are_no_broken_sentence() -> None:
    for page in (
        "Read more about it here: http://www.example.com\nby A Photo Editor on November 12, 2012",
        "Shaping conversation as a leadership practice\nprev next",
        "bags\nfrank clegg\nvideo",
        "Write to the editor at news@example.com\nfor corrections and letters",
    ):
        assert unwrap(page) == (page, 0), page
