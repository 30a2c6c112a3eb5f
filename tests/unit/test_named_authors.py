"""stories.named_authors: a bare name the page's bylines sign is an author, not a source."""

from __future__ import annotations

from newsclean.core.types import Block, Decision, Label
from newsclean.stories.assemble import assemble
from newsclean.stories.named_authors import named_authors
from newsclean.stories.segment_type import Segment


def _card(line: str, label: Label, at: int = 0) -> Segment:
    head = Decision(Block(at, 0, len(line), line), label, "card.test")
    return Segment("related", Block(at + 1, 0, 8, "Headline"), (head,), ())


def _labels(segments: tuple[Segment, ...]) -> list[str]:
    return [d.label.value for s in segments for d in s.header]


def test_a_bare_name_the_page_signs_elsewhere_is_a_byline() -> None:
    cards = (_card("Door Emma Visser", Label.BYLINE), _card("Emma Visser", Label.SOURCE, 2))
    got = named_authors(cards, "nl")
    assert _labels(got) == ["byline", "byline"]
    assert got[1].header[0].rule == "card.named_author"


def test_a_name_joined_by_an_and_word_is_signed_too() -> None:
    cards = (
        _card("Door Jan de Vries en Sanne Bakker", Label.BYLINE),
        _card("Sanne Bakker", Label.SOURCE, 2),
    )
    assert _labels(named_authors(cards, "nl")) == ["byline", "byline"]


def test_a_name_after_a_bylines_comma_may_be_an_outlet_and_stays_a_source() -> None:
    # the byline parser reads "Ars Technica" as a second author here
    cards = (
        _card("by Tom Hughes, Ars Technica", Label.BYLINE),
        _card("Ars Technica", Label.SOURCE, 2),
    )
    assert _labels(named_authors(cards, "en")) == ["byline", "source"]


def test_a_source_no_byline_names_stays_a_source() -> None:
    cards = (_card("Door Emma Visser", Label.BYLINE), _card("Reuters", Label.SOURCE, 2))
    assert _labels(named_authors(cards, "nl")) == ["byline", "source"]
    alone = (_card("Emma Visser", Label.SOURCE),)
    assert named_authors(alone, "nl") is alone  # no byline on the page: nothing to read


def test_the_article_of_a_relabelled_card_has_the_author_and_no_source() -> None:
    text = "Door Emma Visser\nHeadline\nEmma Visser\nHeadline"
    first = Decision(Block(0, 0, 16, "Door Emma Visser"), Label.BYLINE, "card.byline")
    second = Decision(Block(2, 26, 37, "Emma Visser"), Label.SOURCE, "card.source")
    cards = (
        Segment("related", Block(1, 17, 25, "Headline"), (first,), ()),
        Segment("related", Block(3, 38, 46, "Headline"), (second,), ()),
    )
    article = assemble(named_authors(cards, "nl")[1], text)
    assert (article.source, article.authors) == (None, ("Emma Visser",))
