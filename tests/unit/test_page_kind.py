"""Unit tests for the page-kind stage, the entries segment and article confidence."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.core.types import Article, PageKind, Timestamp
from newsclean.html.parse import parse_html
from newsclean.html.schema_types import declared_types
from newsclean.stories.confidence import score
from newsclean.stories.page_kind import (
    html_kind,
    quantity_line,
    quantity_units,
    settle_kind,
    text_kind,
)
from newsclean.text.blocks import split_blocks
from newsclean.text.label import label_blocks
from tests.strategies import page_text

_PARA = "Rail operators cancelled all services north of the city until midday today."


def _kind(lines: list[str]) -> PageKind:
    return text_kind(label_blocks(split_blocks("\n".join(lines)))).kind


def test_three_entries_under_a_live_word_make_a_live_blog() -> None:
    lines = ["Storm live: travel chaos"]
    for t in ("10:32 GMT", "10:20 GMT", "10:02 GMT"):
        lines += [t, _PARA]
    assert _kind(lines) is PageKind.LIVEBLOG


def test_three_entries_without_a_live_word_are_no_live_blog_but_five_are() -> None:
    lines = ["Storm brings travel chaos"]
    for t in ("10:32 GMT", "10:20 GMT", "10:02 GMT"):
        lines += [t, _PARA]
    assert _kind(lines) is PageKind.ARTICLE
    for t in ("09:50 GMT", "09:40 GMT"):
        lines += [t, _PARA]
    assert _kind(lines) is PageKind.LIVEBLOG


def test_dated_entries_are_no_live_blog_entries() -> None:
    """A date with its time heads reader comments as often as live entries."""
    lines = ["Storm live: travel chaos"]
    for day in (3, 4, 5, 6, 7):
        lines += [f"March {day}, 2026 at 10:32 am", _PARA]
    assert _kind(lines) is PageKind.ARTICLE


def test_entries_without_a_sentence_under_them_are_teaser_cards() -> None:
    lines = ["Storm live: travel chaos"]
    for n, t in enumerate(("10:32 GMT", "10:20 GMT", "10:02 GMT", "9:50 GMT", "9:40 GMT")):
        lines += [t, f"Rail operators cancel every service north of the city in round {n}"]
    assert _kind(lines) is PageKind.ARTICLE


def test_a_long_story_above_the_entries_keeps_the_page_an_article() -> None:
    """Entries under a story that holds most of the page's prose are its updates."""
    story = [
        f"The council approved budget part {n} after a long debate, aides said."
        for n in range(20)
    ]
    lines = ["Storm live: travel chaos", *story]
    for t in ("10:32 GMT", "10:20 GMT", "10:02 GMT"):
        lines += [t, _PARA]
    assert _kind(lines) is PageKind.ARTICLE


def test_posts_need_actions_or_author_fields_to_make_a_thread() -> None:
    post = "It sounds like overproofing to me, try a shorter final proof next time."
    lines = ["Why does my bread collapse?"]
    for n in range(3):
        lines += [f"user{n}", f"March {n + 3}, 2026", post + f" Post {n}."]
    assert _kind(lines) is PageKind.ARTICLE
    fielded = ["Why does my bread collapse?"]
    for n in range(3):
        fielded += [f"user{n}", f"Joined: March 20{n + 10}", f"March {n + 3}, 2026"]
        fielded += [post + f" Post {n}."]
    assert _kind(fielded) is PageKind.FORUM


def test_quantity_lines_read_numbers_and_units_in_three_languages() -> None:
    units = quantity_units(None)
    assert quantity_line("100ml double cream", units) == (True, True)
    assert quantity_line("2 EL Zucker", units) == (True, True)
    assert quantity_line("2 cucharadas de azúcar", units) == (True, True)
    assert quantity_line("½ tsp salt", units) == (True, True)
    assert quantity_line("3 large eggs", units) == (True, False)
    assert quantity_line("1. Melt the chocolate.", units) == (False, False)
    assert quantity_line("2) Whisk the whites", units) == (False, False)
    assert quantity_line("Add 200 g of sugar", units) == (False, False)
    long_line = "200 g of chocolate melted slowly in a bowl over a pan of water for ten minutes"
    assert quantity_line(long_line, units) == (False, False)


def test_ingredients_without_units_are_no_recipe() -> None:
    lines = ["Top stories", "3 large eggs", "4 new schools", "5 buses", "6 teachers", _PARA]
    assert _kind(lines) is PageKind.ARTICLE


def test_the_markup_declaration_wins_and_a_list_beside_a_story_does_not() -> None:
    assert html_kind(frozenset({"recipe"}), []).kind is PageKind.RECIPE
    assert html_kind(frozenset({"qapage"}), []).kind is PageKind.FORUM
    assert html_kind(frozenset({"product"}), []).kind is PageKind.OTHER
    assert html_kind(frozenset({"itemlist"}), []).kind is PageKind.LISTING
    assert html_kind(frozenset({"itemlist", "newsarticle"}), []).kind is PageKind.ARTICLE
    assert html_kind(frozenset({"person"}), []).kind is PageKind.ARTICLE


def test_declared_types_reads_microdata_and_json_ld_even_broken() -> None:
    root = parse_html(
        '<html><head><script type="application/ld+json">{"@graph": [{"@type": "WebPage"},'
        ' {"@type": ["NewsArticle", "Thing"], "headline": "x"  BROKEN'
        '</script></head><body><div itemscope itemtype="http://schema.org/Recipe">x</div>'
        "</body></html>"
    )
    assert declared_types(root) == frozenset({"webpage", "newsarticle", "thing", "recipe"})


def test_a_page_without_a_story_is_a_listing_with_cards_else_other() -> None:
    card = Article("related", "Markets rally", "Stocks rose.", ("Stocks rose.",), ())
    short = Article("main", "Shop", "Buy now", ("Buy now",), ())
    assert settle_kind(PageKind.ARTICLE, [short, card, card, card]) is PageKind.LISTING
    assert settle_kind(PageKind.ARTICLE, [short]) is PageKind.OTHER
    assert settle_kind(PageKind.FORUM, [short]) is PageKind.FORUM


_SENTENCE = "The council approved the new budget on Monday after a long debate."


@given(
    n=st.integers(min_value=0, max_value=60),
    extra=st.integers(min_value=1, max_value=30),
    page=st.integers(min_value=1, max_value=5000),
    kind=st.sampled_from(list(PageKind)),
    role=st.sampled_from(["main", "related"]),
)
def test_confidence_is_in_range_and_monotone_in_its_signs(
    n: int, extra: int, page: int, kind: PageKind, role: str
) -> None:
    """More prose, a title or a date never lower the confidence; it stays in [0, 1]."""
    paragraphs = (_SENTENCE,) * n + ("Home News Sport",)
    base = Article(role, None, "\n".join(paragraphs), paragraphs, ())  # type: ignore[arg-type]
    words = len(base.text.split())
    page_words = words + page
    first = score(base, page_words=page_words, kind=kind)
    assert 0.0 <= first <= 1.0
    longer_paragraphs = (_SENTENCE,) * (n + extra) + ("Home News Sport",)
    longer = dataclasses.replace(
        base, text="\n".join(longer_paragraphs), paragraphs=longer_paragraphs
    )
    added = extra * len(_SENTENCE.split())
    assert score(longer, page_words=page_words + added, kind=kind) >= first
    titled = dataclasses.replace(base, title="Budget passes")
    assert score(titled, page_words=page_words, kind=kind) >= first
    dated = dataclasses.replace(titled, published=Timestamp("June 3, 2026"))
    assert score(dated, page_words=page_words, kind=kind) >= score(
        titled, page_words=page_words, kind=kind
    )


def test_a_story_scores_above_a_card_and_a_menu() -> None:
    paragraphs = tuple(f"{_SENTENCE} Item {n} passed." for n in range(30))
    story = Article("main", "Budget", " ".join(paragraphs), paragraphs, (),
                    published=Timestamp("June 3, 2026"))  # fmt: skip
    card = Article("related", "Budget", _SENTENCE, (_SENTENCE,), ())
    menu = Article("main", None, "Home News Sport", ("Home News Sport",), ())
    scores = [score(a, page_words=1500, kind=PageKind.ARTICLE) for a in (story, card, menu)]
    assert scores[0] >= 0.9
    assert scores[0] > scores[1] > scores[2]
    assert scores[2] < 0.2


# --- confidence: the words counted without an object a word ----------------------


@given(page_text, st.lists(st.tuples(st.integers(0, 400), st.integers(0, 400)), max_size=4))
def test_confidence_is_the_same_as_with_the_page_words_counted(
    text: str, spans: list[tuple[int, int]]
) -> None:
    """Articles of more than a third of the page's words, or less: the scores
    are those of the words ``str.split`` counts."""
    from newsclean.stories.confidence import with_confidence

    articles = [
        Article("main" if k == 0 else "related", None, text[a:b], (text[a:b],), ())
        for k, (a, b) in enumerate(spans)
    ]
    words = len(text.split())
    expected = tuple(
        score(a, page_words=words, kind=PageKind.ARTICLE, words=len(a.text.split()))
        for a in articles
    )
    got = with_confidence(articles, text, PageKind.ARTICLE)
    assert tuple(a.confidence for a in got) == expected


@pytest.mark.parametrize("spaces", [" ", "  \n", "\t"])
def test_a_story_of_exactly_the_threshold_words_keeps_the_article_kind(spaces: str) -> None:
    """``settle_kind`` counts the main article's words only up to its
    threshold: a story of exactly ``_STORY_WORDS`` words is one, a word fewer
    is none (a listing with its cards)."""
    from newsclean.stories.page_kind import _STORY_WORDS, settle_kind

    def main(n: int) -> Article:
        text = spaces.join(["word"] * n) + spaces
        return Article("main", "T", text, (text,), ())

    cards = [Article("related", f"C{k}", "x", ("x",), ()) for k in range(3)]
    assert settle_kind(PageKind.ARTICLE, [main(_STORY_WORDS)]) is PageKind.ARTICLE
    assert settle_kind(PageKind.ARTICLE, [main(_STORY_WORDS - 1), *cards]) is PageKind.LISTING


_DECLARING_PIECES = st.lists(
    st.sampled_from(
        [
            '<div itemscope itemtype="https://schema.org/NewsArticle">x</div>',
            '<span itemtype="http://schema.org/Person"><b itemtype="Thing">y</b></span>',
            '<script type="application/ld+json">{"@type": "NewsArticle"}</script>',
            '<script type="text/javascript">var a = {"@type": "Recipe"};</script>',
            '<script type="application/ld+json"></script>',
            "<p>text <i>more</i> tail</p>", "plain text",
        ]
    ),
    max_size=6,
)  # fmt: skip


@settings(max_examples=200, derandomize=True, deadline=None)
@given(
    st.sampled_from(["<html>", '<html itemscope itemtype="https://schema.org/WebPage">']),
    _DECLARING_PIECES,
    _DECLARING_PIECES,
)
def test_declared_types_read_from_the_root_element_as_from_the_document(
    start: str, head: list[str], body: list[str]
) -> None:
    """The itemtype attributes and JSON-LD texts read from the root element down are
    those "//" read from the document, in the same order."""
    import lxml.etree

    from newsclean.html import schema_types

    root = parse_html(f"{start}<head>{''.join(head)}</head><body>{''.join(body)}</body></html>")
    from_document = lxml.etree.XPath(
        "//@itemtype | //script[contains(@type, 'ld+json')]/text()"
    )
    assert [str(v) for v in schema_types._DECLARING(root)] == [
        str(v) for v in from_document(root)
    ]
