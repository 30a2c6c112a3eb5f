"""Unit tests for newsclean.text.inline."""

from __future__ import annotations

from newsclean.core.types import Block
from newsclean.text.inline import scan


def _scan(text: str, title: str | None = None) -> list[tuple[str, str]]:
    return [(r.text, r.rule) for r in scan(Block(0, 0, len(text), text), title=title).removed]


def test_read_more_between_sentences() -> None:
    """'read more' between two sentences is a link, not text."""
    assert _scan("It ends on June 13. read more China's ministry said.") == [
        ("read more", "inline.read_more")
    ]


def test_read_more_inside_a_sentence_is_kept() -> None:
    """'read more' as ordinary words inside a sentence stays."""
    assert _scan("Children who read more books do better at school.") == []


def test_glued_advert_marker() -> None:
    """'Advertisement' glued to the next sentence ('AdvertisementLocal') is cut out."""
    assert _scan("Sales fell. AdvertisementLocal dealers sold 30 cars.") == [
        ("Advertisement", "inline.advert")
    ]


def test_lowercase_advertisement_is_a_word() -> None:
    """'the advertisement' in a sentence is not a marker."""
    assert _scan("The advertisement ran twice on Sunday.") == []


def test_tracking_code_at_the_end() -> None:
    """A lowercase code with an underscore ending the text is a tracking code."""
    assert ("n18oc_crux", "inline.tracking_code") in _scan("Talks resume Monday. n18oc_crux")


def test_snake_case_inside_text_is_kept() -> None:
    """An identifier with an underscore inside a sentence is not a tracking code."""
    assert _scan("Set max_size to 10 before the run.") == []


def test_video_chapters_become_pairs() -> None:
    """A run of 'mm:ss TITLE' items at the end becomes chapters and leaves the body."""
    text = "Watch the report .00:00 INTRO02:29 TALKS RESUME04:36 WHAT NEXT"
    found = scan(Block(0, 0, len(text), text))
    assert found.chapters == (("00:00", "INTRO"), ("02:29", "TALKS RESUME"), ("04:36", "WHAT NEXT"))
    assert found.removed[0].rule == "inline.video_chapters"


def test_a_single_time_is_not_a_chapter_list() -> None:
    """One clock time in a sentence is text."""
    assert _scan("The vote closed at 10:15 on Friday.") == []


def test_photo_credit_and_repeated_title() -> None:
    """A short credit followed by the headline at the body's start both go."""
    title = "Rates held steady"
    assert _scan("Photo: Staff Rates held steady The bank kept rates.", title) == [
        ("Photo: Staff", "inline.photo_credit"),
        ("Rates held steady", "inline.duplicate_title"),
    ]


def test_headline_quoted_later_is_kept() -> None:
    """A headline quoted after real text is not a repeat."""
    title = "Rates held steady"
    assert _scan("The bank said on Tuesday. Rates held steady for now.", title) == []


def test_credit_line_fills_the_field() -> None:
    """'With inputs from agencies' at the end leaves the body and becomes the credit."""
    text = "The talks end Friday. With inputs from agencies"
    found = scan(Block(0, 0, len(text), text))
    assert found.credit == "With inputs from agencies"
    assert found.removed[0].rule == "inline.credit_line"


def test_image_debris_inside_text() -> None:
    """An image query string glued into text is debris."""
    assert ("&w=3840&q=100)", "inline.image_debris") in _scan("End of story.&w=3840&q=100)")


def test_game_times_in_a_sentence_are_no_video_chapters() -> None:
    """Times a sentence tells ('connected at 6:32 and then at 14:56') stay in the story."""
    text = (
        "Ottawa started off the scoring when Methot and Bailey each connected at 6:32 "
        "and then at 14:56 (power-play), respectively, to gain a 2-0 lead."
    )
    found = scan(Block(0, 0, len(text), text))
    assert found.chapters == ()
    assert not found.removed
