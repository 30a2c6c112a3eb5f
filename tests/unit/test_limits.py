"""Limits: time budget, line count and line length."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.core.limits import Deadline

_STORY = "Title here\nThe council met on Monday and voted to approve the new budget plan."


def test_spent_budget_raises_limit_exceeded() -> None:
    """A zero time budget stops the call with LimitExceeded, naming the stage."""
    with pytest.raises(newsclean.LimitExceeded, match="time budget"):
        newsclean.clean_text(_STORY, options=newsclean.Options(time_budget=0.0))


def test_spent_budget_stops_html_too() -> None:
    """The HTML path checks the same budget."""
    html = "<html><body><h1>T</h1><p>The council met on Monday and voted.</p></body></html>"
    with pytest.raises(newsclean.LimitExceeded, match="time budget"):
        newsclean.clean_html(html, options=newsclean.Options(time_budget=0.0))


def test_no_budget_never_expires() -> None:
    """time_budget=None turns the deadline off."""
    Deadline.start(newsclean.Options(time_budget=None)).check("anything")
    assert newsclean.clean_text(_STORY, options=newsclean.Options(time_budget=None)).main


def test_too_many_lines_raise() -> None:
    """A page with more lines than Options.max_lines raises LimitExceeded at once."""
    with pytest.raises(newsclean.LimitExceeded, match="max_lines"):
        newsclean.clean_text("ab\n" * 11, options=newsclean.Options(max_lines=10))


def test_overlong_line_is_recorded_not_read() -> None:
    """A line over max_line_chars is removed with limit.line_too_long; the rest is cleaned."""
    page = newsclean.clean_text(
        _STORY + "\n" + "x" * 50, options=newsclean.Options(max_line_chars=40)
    )
    rules = {r.rule for r in page.removed}
    assert "limit.line_too_long" in rules
    assert all(len(r.text) > 40 for r in page.removed if r.rule == "limit.line_too_long")


def test_too_many_tags_raise() -> None:
    """HTML with more tags than Options.max_nodes raises LimitExceeded before parsing."""
    html = "<html><body>" + "<p>x</p>" * 20 + "</body></html>"
    with pytest.raises(newsclean.LimitExceeded, match="max_nodes"):
        newsclean.clean_html(html, options=newsclean.Options(max_nodes=10))


def test_too_many_attributes_raise() -> None:
    """An element with more attributes than Options.max_attributes raises, str or bytes."""
    attrs = " ".join(f"a{i}=1" for i in range(3000))
    html = "<html><body><p>x</p>" + "<script>var a = 1;</script>" * 500
    html += f"<div {attrs}>y</div>" + "<p>z</p>" * 2000 + "</body></html>"
    options = newsclean.Options(max_attributes=2000)
    with pytest.raises(newsclean.LimitExceeded, match="max_attributes"):
        newsclean.clean_html(html, options=options)
    with pytest.raises(newsclean.LimitExceeded, match="max_attributes"):
        newsclean.clean_html(html.encode(), options=options)
    assert newsclean.clean_html(html, options=newsclean.Options(max_attributes=3000)) is not None


def test_long_script_is_not_a_long_tag() -> None:
    """A long run of "=" outside any tag (a script) is not counted as attributes."""
    script = "<script>" + "x = 1; " * 5000 + "</script>"
    html = f"<html><head>{script}</head><body><p>Text.</p></body></html>"
    page = newsclean.clean_html(html, options=newsclean.Options(max_attributes=100))
    assert page is not None


@settings(max_examples=200, derandomize=True, deadline=None)
@given(
    st.lists(
        st.sampled_from(["<", ">", "a", "=", " ", "1", "<p", "<P ", "é", "\n"]), max_size=40
    ),
    st.lists(st.integers(0, 39), max_size=3),
    st.lists(st.integers(8189, 8195), max_size=3),
)
def test_long_tags_are_the_patterns_matches(
    pieces: list[str], at: list[int], runs: list[int]
) -> None:
    """``_long_tags`` (runs found with ``find``) yields what ``finditer`` of its
    pattern finds, in text and in bytes: runs of about ``_LONG_TAG_RUN`` characters
    put among tag starts, ends and letters, at either side of the threshold."""
    from newsclean.pipeline import _LONG_TAG, _long_tags

    for i, n in zip(at, runs, strict=False):
        pieces.insert(min(i, len(pieces)), "x=" * (n // 2) + "y" * (n % 2))
    html = "".join(pieces)
    expected = [m.group() for m in _LONG_TAG.finditer(html)]
    assert list(_long_tags(html, "<", ">")) == expected
    data = html.encode()
    pattern = re.compile(_LONG_TAG.pattern.encode())
    assert list(_long_tags(data, b"<", b">")) == [m.group() for m in pattern.finditer(data)]
