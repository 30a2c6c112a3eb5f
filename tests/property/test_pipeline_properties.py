"""Invariants of clean() on any string and on page-like text."""

from __future__ import annotations

import contextlib

import regex
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean.stories.assemble import render
from newsclean.text.normalize import normalize
from tests.invariants import unclaimed
from tests.strategies import any_text, page_text

texts = st.one_of(any_text, page_text)


def _clean(text: str) -> newsclean.Page | None:
    try:
        return newsclean.clean_text(text)
    except newsclean.NewscleanError:
        return None


@given(texts)
def test_no_exception_but_newsclean_error(text: str) -> None:
    """clean() returns a Page or raises a NewscleanError, whatever the string."""
    _clean(text)


@given(st.binary(max_size=300))
def test_bytes_give_a_page_or_a_typed_error(data: bytes) -> None:
    """Arbitrary bytes give a Page or a NewscleanError, never another exception."""
    with contextlib.suppress(newsclean.NewscleanError):
        newsclean.clean(data)


@given(texts)
def test_deterministic(text: str) -> None:
    """The same input gives the same Page."""
    assert _clean(text) == _clean(text)


@given(texts)
def test_normalize_is_idempotent(text: str) -> None:
    """Normalising normalised text changes nothing."""
    once = normalize(text).text
    assert normalize(once).text == once


@given(page_text)
def test_clean_is_idempotent_on_its_own_body(text: str) -> None:
    """Cleaning a body paragraph again finds no more chrome or joins in it.

    Short lines are judged by their neighbours (a title here, chrome there),
    so the property holds for paragraphs that read as body text on their own.
    """
    page = _clean(text)
    if page is None:
        return
    for article in page.articles:
        for paragraph in article.paragraphs:
            if len(paragraph.split()) < 8:
                continue
            again = newsclean.clean_text(paragraph)
            body = [
                p for a in again.articles for p in ((a.title,) if a.title else ()) + a.paragraphs
            ]
            assert " ".join(body).split() == paragraph.split()


_WORD = regex.compile(r"\S+")


@given(texts)
def test_nothing_invented(text: str) -> None:
    """Every word of every output field occurs in the normalised input."""
    page = _clean(text)
    if page is None:
        return
    for a in page.articles:
        fields = [a.title or "", a.summary or "", a.text, a.source or "", a.credit or ""]
        for field in fields:
            for word in _WORD.findall(field):
                assert word in page.text, word


@given(texts)
def test_kept_and_removed_cover_the_input(text: str) -> None:
    """Every non-space character is in an article's span or in a removal."""
    page = _clean(text)
    if page is None:
        return
    missing = unclaimed(page)
    assert not missing, page.text[missing[0] : missing[0] + 40]


@given(texts)
def test_records_rebuild_the_output(text: str) -> None:
    """Each paragraph is the input span with the article's removals and edits applied."""
    page = _clean(text)
    if page is None:
        return
    for a in page.articles:
        rebuilt = [
            render(page.text, s.start, s.end, a.removed, a.edits)
            for s in a.spans
            if s.field == "body"
        ]
        assert tuple(p for p in rebuilt if p) == a.paragraphs


@given(texts)
def test_removals_quote_the_input(text: str) -> None:
    """A removal's text is exactly the normalised input at its offsets, and its rule exists."""
    page = _clean(text)
    if page is None:
        return
    for r in list(page.removed) + [r for a in page.articles for r in a.removed]:
        assert page.text[r.start : r.end] == r.text
        assert r.rule in newsclean.RULES
