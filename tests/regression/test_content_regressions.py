"""Regression tests for main-story selection in text mode, named after what they guard."""

from __future__ import annotations

import newsclean

_STORY = [
    "Apple plans to release a new laptop with a scissor switch keyboard in the first half "
    "of next year, according to industry sources cited by a Taiwanese publication.",
    "The report claims the display size will remain the same, although the slimmer bezels "
    "of the larger model suggest the company could fit a bigger screen into the same case.",
    "The larger model features a redesigned keyboard, larger speakers and a bigger battery, "
    "and it went on sale last week in stores and online for a slightly higher price.",
]
_COMMENTS = [
    "I think we'll see similar updates to what the larger model received last week, and "
    "the bezels on the smaller one are far too thick for a machine at that price anyway.",
    "Even if it increases the weight slightly, this is a professional machine and most of "
    "us would gladly trade a few grams for a keyboard that does not break after a year.",
    "It would be nice if they switched to a slightly bigger screen with slimmer bezels "
    "just like the larger model, but I doubt they will change the design so soon.",
    # a reader's essay: more text than the story itself
    " ".join(
        [
            "Before he left, the designer was given a great deal of power inside the company, "
            "and the engineers could not overrule him on the thickness of the machines."
        ]
        * 6
    ),
]


def test_bracketed_comment_count_and_top_rated_comments_open_the_comment_zone() -> None:
    """"[ 167 comments ]" and "Top Rated Comments" open the reader comments: the
    comments below the story (name, time, text, votes) stay out of its body."""
    lines = ["New laptop to get a better keyboard", "By Joe Rossignol", *_STORY]
    lines += ["Tag: laptops", "[ 167 comments ]", "Top Rated Comments", "(View all)"]
    for n, comment in enumerate(_COMMENTS):
        lines += [f"reader{n}", f"2 days ago at 07:5{n} am", comment, f"Rating: {30 - n} Votes"]
    # cards aside (a reader's name and time over a comment look like a card header)
    result = newsclean.clean_text("\n".join(lines), options=newsclean.Options(split_cards=False))
    assert result.main is not None
    assert result.main.paragraphs == tuple(_STORY)
    assert [r.rule for r in result.removed if r.text == "Top Rated Comments"] == ["line.comments"]
