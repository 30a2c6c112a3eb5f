"""Unit tests for newsclean.stories.assemble: records in, paragraphs out."""

from __future__ import annotations

from newsclean.core.types import Block, Decision, Edit, Label, Removal, RemovalKind
from newsclean.stories.assemble import assemble, render
from newsclean.stories.segment import Segment


def _segment(text: str, title: str | None = None) -> tuple[Segment, str]:
    page = (title + "\n" if title else "") + text
    start = len(title) + 1 if title else 0
    title_block = Block(0, 0, len(title), title) if title else None
    body = Block(1, start, len(page), text)
    return Segment("main", title_block, (), (body,)), page


def test_render_cuts_removals_and_applies_edits() -> None:
    """render() cuts removed pieces, applies edits and joins with single spaces."""
    text = "One.Two ADVERT three ."
    removed = [Removal("ADVERT", 8, 14, RemovalKind.ADVERT, "inline.advert")]
    edits = [Edit(4, 4, " ", "edit.join"), Edit(20, 21, "", "edit.space_before_punct")]
    assert render(text, 0, len(text), removed, edits) == "One. Two three."


def test_run_together_sentences_get_a_space_and_an_edit() -> None:
    """'Thursday.Chinese' becomes 'Thursday. Chinese', recorded as edit.join."""
    seg, page = _segment("A watchdog said Thursday.Chinese platforms grew fast.")
    article = assemble(seg, page)
    assert article.text == "A watchdog said Thursday. Chinese platforms grew fast."
    assert [e.rule for e in article.edits] == ["edit.join"]


def test_stray_space_before_final_period_is_dropped() -> None:
    """'defense contractors .' loses the space before the period."""
    seg, page = _segment("Supply chains matter to defense contractors .")
    assert assemble(seg, page).text == "Supply chains matter to defense contractors."


def test_teaser_before_read_more_becomes_summary() -> None:
    """Text before 'read more' in the first body line is the summary, not body."""
    seg, page = _segment("He will visit on June 8. read more The ministry announced a visit.")
    article = assemble(seg, page)
    assert article.summary == "He will visit on June 8."
    assert article.text == "The ministry announced a visit."


def test_sentences_index_the_article_text() -> None:
    """Article sentences are spans into Article.text."""
    seg, page = _segment("First one here.Second one here.")
    article = assemble(seg, page)
    for s in article.sentences:
        assert article.text[s.start : s.end] == s.text


def test_header_lines_fill_source_and_time() -> None:
    """A card header's '- Source' and relative time fill source and published."""
    page = "Wire\nan hour ago\n- Wire\nHeadline\nBody text of the card goes here."
    blocks = [Block(i, 0, 0, t) for i, t in enumerate(page.split("\n"))]
    header = (
        Decision(blocks[0], Label.SHORT, "text.short"),
        Decision(blocks[1], Label.TIMESTAMP, "card.timestamp"),
        Decision(blocks[2], Label.SOURCE, "card.source_dash"),
    )
    seg = Segment("related", blocks[3], header, ())
    article = assemble(seg, page)
    assert article.source == "Wire"
    assert article.published is not None
    assert article.published.offset is not None
    assert article.published.offset.total_seconds() == -3600


def _byline_card(byline: str) -> Segment:
    page = f"Headline\nBody text of the card goes here.\n{byline}"
    lines = page.split("\n")
    starts = [sum(len(t) + 1 for t in lines[:i]) for i in range(len(lines))]
    blocks = [Block(i, starts[i], starts[i] + len(t), t) for i, t in enumerate(lines)]
    header = (Decision(blocks[2], Label.BYLINE, "card.byline"),)
    return Segment("related", blocks[0], header, (blocks[1],))


def test_a_bylines_outlet_with_digits_in_its_name_is_the_source() -> None:
    """'By Jane Doe, News18': digits glued to a word, or a number of one or
    two digits ending the name, are part of an outlet's name (News18, 9News,
    France 24), not a date or a counter."""
    for outlet in ("News18", "9News", "NBC4", "France 24", "Channel 4"):
        page = f"Headline\nBody text of the card goes here.\nBy Jane Doe, {outlet}"
        article = assemble(_byline_card(f"By Jane Doe, {outlet}"), page)
        assert article.source == outlet
        assert article.authors == ("Jane Doe",)


def test_a_bylines_piece_with_a_date_or_a_counter_is_no_source() -> None:
    """'Regan September 15', '2019', '12 comments': a number after a month,
    of more than two digits or before a word is a date or a counter the
    byline parser left, not an outlet."""
    for piece in ("Regan September 15", "Nov. 19", "2019", "12 comments"):
        page = f"Headline\nBody text of the card goes here.\nBy Jane Doe, {piece}"
        assert assemble(_byline_card(f"By Jane Doe, {piece}"), page).source is None
