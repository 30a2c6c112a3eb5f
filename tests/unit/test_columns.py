"""Unit tests for text.columns: laid-out table columns read one after another."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from newsclean.text.columns import split_columns
from newsclean.text.normalize import normalize
from tests.strategies import any_text, page_text

_MENU = ["Sports", "- Football", "", "Editorials", "Letters", "", "Obituaries"]
_STORY = [
    "The council approved the new budget on Monday after a long debate.",
    "",
    "Officials said the money would go to schools, roads and the hospital.",
    "",
    "The mayor did not comment on the vote, an aide said on Tuesday.",
    "",
    "",
]


def _table(left: list[str], right: list[str], gap: int = 4) -> list[str]:
    lw = max(map(len, left)) + gap
    rw = max(map(len, right)) + gap
    return [f"{a:<{lw}}{b:<{rw}}" for a, b in zip(left, right, strict=True)]


def _filled(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def test_a_menu_beside_the_story_reads_before_it_not_glued_to_each_paragraph() -> None:
    text, tables = split_columns("\n".join(_table(_MENU, _STORY)))
    assert tables == 1
    assert _filled(text) == [m for m in _MENU if m] + [s for s in _STORY if s]


def test_three_columns_read_left_to_right() -> None:
    teasers = [
        "Storm hits the coast as thousands of residents flee their homes.",
        "",
        "",
        "Local team wins the cup for the third year running, fans cheer.",
        "",
        "",
        "",
    ]
    rows = [a + b for a, b in zip(_table(_MENU, _STORY), _table(teasers, [""] * 7), strict=True)]
    text, tables = split_columns("\n".join(rows))
    assert tables == 1
    expected = [*_MENU, *_STORY, *teasers]
    assert _filled(text) == [line for line in expected if line]


def test_a_small_table_of_data_keeps_its_rows() -> None:
    rows = _table(["Team", "Leeds", "York", "Hull"], ["Points", "42", "39", "35"], gap=30)
    text = "\n".join(rows)
    assert split_columns(text) == (text, 0)


def test_lines_without_padding_are_no_table() -> None:
    page = "\n".join(s for s in _STORY if s)
    assert split_columns(page) == (page, 0)


def test_a_story_line_wider_than_the_gap_closes_the_river() -> None:
    rows = _table(_MENU, _STORY)
    width = len(rows[0])
    across = "A paragraph that runs across both columns of the table, from edge to edge."
    rows[2] = f"{across:<{width}}"
    text = "\n".join(rows)
    assert split_columns(text) == (text, 0)


def test_normalize_reads_columns_only_when_asked() -> None:
    page = "\n".join(_table(_MENU, _STORY))
    assert "columns" not in {f.rule for f in normalize(page).fixes}
    assert ("columns", 1) in {(f.rule, f.count) for f in normalize(page, columns=True).fixes}


@given(st.one_of(any_text, page_text))
def test_columns_move_characters_and_lose_none(text: str) -> None:
    out, _ = split_columns(text)
    assert Counter(out.replace("\n", "")) == Counter(text.replace("\n", ""))


@given(st.one_of(any_text, page_text))
def test_normalize_with_columns_is_idempotent(text: str) -> None:
    once = normalize(text, columns=True, unwrap=True).text
    assert normalize(once, columns=True, unwrap=True).text == once
