"""Unit tests for ``newsclean.text.content``: the main story's region, title and removals."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import regex

from newsclean import clean_text
from newsclean.core.rules import RULES
from newsclean.text import content
from newsclean.text.blocks import split_blocks
from newsclean.text.content import headline_candidates, select_main
from newsclean.text.label import label_blocks

P1 = (
    "The council approved the new budget on Monday after a long and heated debate that ran"
    " well into the night, with members from every party taking turns to speak for and against it."
)
P2 = (
    "Opposition members said the plan would raise local taxes for most families next year and"
    " warned that libraries, parks and bus routes in the outer districts would bear the brunt."
)
P3 = (
    "The mayor said the vote was a victory for the city and promised to review spending again"
    " in the spring, once the first figures for the new financial year were known to the council."
)
P4 = (
    "Residents who spoke to reporters outside the town hall were divided, with some saying the"
    " cuts were overdue and others worried about what would happen to the services they use."
)
EXAMPLE = Path(__file__).resolve().parents[3] / "shared" / "examples" / "aggregator-page"


def _main(text: str) -> tuple[str | None, list[str], dict[str, str]]:
    main = select_main(label_blocks(split_blocks(text)))
    title = main.title.text if main.title else None
    return title, [b.text for b in main.body], {r.text: r.rule for r in main.removed}


def test_menu_story_footer() -> None:
    """Menus above and footers below the story go; its paragraphs stay."""
    page = "\n".join(
        ["Home", "World", "Business", "Budget passes", P1, P2, P3, "Share", "Contact us"]
    )
    title, body, removed = _main(page)
    assert title == "Budget passes"
    assert body == [P1, P2, P3]
    assert removed["World"] == "content.outside"
    assert removed["Share"] == "line.chrome_phrase"


def test_subheading_between_paragraphs_stays() -> None:
    """A short line between two paragraphs (a subheading) is part of the story."""
    _, body, _ = _main("\n".join(["Budget passes", P1, "What happens next", P2, P3]))
    assert "What happens next" in body


def test_link_list_inside_story_goes() -> None:
    """A run of short lines between paragraphs is a link list, not the story."""
    links = ["Markets fall", "Rates rise again", "Election latest", "Weather warning"]
    _, body, removed = _main("\n".join(["Budget passes", P1, P2, *links, P3, P4]))
    assert body == [P1, P2, P3, P4]
    assert {removed[x] for x in links} == {"content.list_in_region"}


def test_caption_and_teaser_inside_story_go() -> None:
    """Photo credits and 'READ MORE:' teasers inside the story are dropped by rule."""
    page = "\n".join(
        [
            "Budget passes",
            P1,
            "Council members vote (Image: GETTY)",
            P2,
            "READ MORE: Council row over parking fees",
            P3,
        ]
    )
    _, body, removed = _main(page)
    assert body == [P1, P2, P3]
    assert removed["Council members vote (Image: GETTY)"] == "content.caption"
    assert removed["READ MORE: Council row over parking fees"] == "content.teaser"


def test_dangling_label_goes() -> None:
    """Regression: 'Explore what X can do for you:' with no text after it is chrome."""
    _, _, removed = _main(
        "\n".join(["Budget passes", P1, P2, "Explore what we can do for you:", "Comments"])
    )
    assert removed["Explore what we can do for you:"] == "content.dangling_label"


def test_label_followed_by_story_text_stays() -> None:
    """A line ending in ':' that introduces story text is kept."""
    _, body, _ = _main("\n".join(["Budget passes", P1, "The mayor added:", P2, P3]))
    assert "The mayor added:" in body


def test_repeated_page_title_anchors_the_story() -> None:
    """Regression: the <title> line printed again marks where the story starts."""
    teaser = (
        "Another story that the site wants you to read now, with its own long teaser text here."
    )
    page = "\n".join(["Budget passes | The Daily", teaser, "Home", "Budget passes", P1, P2])
    title, body, _ = _main(page)
    assert title == "Budget passes"
    assert body == [P1, P2]
    assert headline_candidates(label_blocks(split_blocks(page))) == [3]


def test_comment_thread_does_not_outscore_the_story() -> None:
    """Regression: a long comment thread after a short story is not the story."""
    comment = (
        "I think this is a really interesting point and I would like to hear much more about it."
    )
    thread = []
    for name in ("Alex", "Sam", "Kim", "Lee"):
        thread += [f"{name} on May 2, 2019 at 4:47 pm said:", comment, comment.replace("I", "We")]
    _, body, _ = _main("\n".join(["Budget passes", P1, P2, "Leave a Reply", *thread]))
    assert body == [P1, P2]


def test_duplicate_story_text_goes() -> None:
    """Regression: the story printed a second time (print copy) is dropped once."""
    page = "\n".join(["Budget passes", P1, P2, P1 + " " + P2, P3])
    _, body, removed = _main(page)
    assert body == [P1, P2, P3]
    assert removed[P1 + " " + P2] == "content.duplicate"


def test_every_line_is_kept_or_removed_once() -> None:
    """Title, body and removals partition the lines; removals name registered rules."""
    page = "\n".join(["Home", "Budget passes", P1, "Photo: Jane Roe/AP", P2, "Share", "Footer"])
    blocks = split_blocks(page)
    main = select_main(label_blocks(blocks))
    seen = [b.start for b in main.body] + [r.start for r in main.removed]
    seen += [main.title.start] if main.title else []
    assert sorted(seen) == [b.start for b in blocks]
    assert all(r.rule in RULES and r.kind is RULES[r.rule].kind for r in main.removed)


def test_empty_input() -> None:
    """No lines: no title, no body, nothing removed."""
    main = select_main(())
    assert (main.title, main.body, main.removed) == (None, (), ())


def test_reference_page_main_story() -> None:
    """The aggregator reference page: title, one-line body, chrome removed by rule."""
    if not EXAMPLE.is_dir():
        pytest.skip("reference page missing")
    page = clean_text((EXAMPLE / "page.txt").read_text(encoding="utf-8"))
    assert page.main is not None
    assert page.main.title == "South Korea fines China's Temu for user data violations"
    assert page.main.text.startswith("South Korea has fined Chinese ecommerce giant Temu")
    removed = {r.text: r.rule for r in page.removed}
    for art in page.articles:
        removed.update({r.text: r.rule for r in art.removed})
    for chrome in (
        "Live Events",
        "Hashtags",
        "Try Our AI Features",
        "Explore what Daily8 AI can do for you:",
        "Comments",
        "No comments yet...",
    ):
        assert chrome in removed, chrome
    assert removed["Explore what Daily8 AI can do for you:"] == "content.dangling_label"


def test_fold_odd_lists_every_letter_lower_does_not_fold() -> None:
    """``is_caption`` trusts ``str.lower`` except for the letters in ``_FOLD_ODD``.

    Every code point that the case-insensitive ``_CAPTION`` matches to one of
    its letters either lower-cases to that letter or is listed.
    """
    letters = set("abcdefghijklmnopqrstuvwxyzфот")
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    matched = regex.compile(f"[{''.join(sorted(letters))}]", regex.IGNORECASE).findall(every)
    assert {c for c in matched if c.lower() not in letters} == set(content._FOLD_ODD)


def test_teaser_and_url_lines_are_tried_only_on_their_first_letters() -> None:
    """``_in_region_verdict`` tries ``_TEASER`` and ``_URL_LINE`` only on lines whose
    first character, lowered, is in ``_TEASER_FIRST`` / ``_URL_FIRST``: each
    alternative's first letter is there, and so is every code point the
    case-insensitive patterns match to one of those letters."""
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    cases = (
        (content._TEASER, content._TEASER_FIRST, "rasmwlc", [
            "Read more: x", "Also read | x", "See also: x", "Related: x", "More: x",
            "Watch: x", "Listen: x", "Recommended: x", "More on this: x", "Click here: x",
        ]),
        (content._URL_LINE, content._URL_FIRST, "hw", ["http://a.b", "HTTPS://a.b", "www.a.b"]),
    )  # fmt: skip
    for pattern, first, letters, lines in cases:
        folded = regex.compile(f"[{letters}]", regex.IGNORECASE).findall(every)
        assert {c.lower() for c in folded} <= first
        for line in lines:
            assert pattern.match(line), line
            assert line[0].lower() in first, line
    assert content._TEASER.match("\u017fee also: x")  # the long s folds to "s"


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("In this Dec. 12, 2006, file photo, made available by NASA, astronauts work.", True),
        ("Astronauts during a space walk. (NASA via AP, File)", True),
        ("Supporters cheer at the rally. (AP Photo/Evan Vucci)", True),
        ("In this case, the court said, the evidence was not enough.", False),
        ("The agency said Monday (via its website) that it would wait.", False),
    ],
)
def test_wire_photo_captions(line: str, caption: bool) -> None:
    assert content.is_caption(line) is caption


def test_a_stated_title_finds_its_heading_line_and_not_the_title_line_above() -> None:
    """A Markdown page's "# Headline" is the title: the line that prints it is
    the candidate (the first line too); a first line that holds more ("Headline
    - Site", the <title>) is not, nor is a line printing a stated "X | Site" whole."""
    head = "Budget passes after a long debate"
    lines = [f"{head} - The Daily", "Home", head]
    decisions = label_blocks(split_blocks("\n".join(lines)))
    assert headline_candidates(decisions, head) == [2]
    assert headline_candidates(decisions[1:], "Home news") == []
    heading_first = label_blocks(split_blocks("\n".join(lines[2:0:-1])))
    assert headline_candidates(heading_first, head) == [0]
    assert headline_candidates(decisions, f"{head} - The Daily") == [2]


def test_a_headline_behind_a_kicker_is_a_candidate_only_when_none_is_printed_alone() -> None:
    head = "Trade war keeps the world guessing"
    kicked = ["Trade war keeps the world guessing - The Times", "Home", f"Business | {head}"]
    decisions = label_blocks(split_blocks("\n".join(kicked)))
    assert headline_candidates(decisions) == [2]
    both = label_blocks(split_blocks("\n".join([*kicked, "Menu", head])))
    assert headline_candidates(both) == [4]


def test_a_titles_first_part_finds_the_headline_when_the_sites_name_is_longer() -> None:
    """"Headline | Site" where the site's name is the longer part and is
    printed nowhere alone: the headline printed whole is the candidate
    (before, none was found, and a breadcrumb became the title)."""
    page = "\n".join(
        [
            "About our ferries – Harbour Island Ferry Company Limited",
            "Home »",
            "Blog »",
            "About our ferries",
            P1,
        ]
    )
    assert headline_candidates(label_blocks(split_blocks(page))) == [3]


def test_a_titles_parts_among_more_than_two_do_not_stand_in_for_the_headline() -> None:
    """A guard for the rule above: a title of more parts names sections too
    ("Shop | Everywhere - DailyCandy"); when its longest part is printed
    nowhere, no other part is taken, and no section line becomes a
    candidate."""
    title = "Shop Bedding | Everywhere Else | DailyCandy Guide to Everything"
    page = "\n".join([title, "Shop Bedding", "Everywhere Else", P1])
    assert headline_candidates(label_blocks(split_blocks(page))) == []


def test_a_headline_with_a_gloss_the_title_leaves_out_is_the_headline() -> None:
    # "<title>: Garden ponds how to keep ..." and the page's heading "Garden
    # ponds (water features) how to keep ...": the heading, not the last
    # short line above the story's first paragraph
    from tests.unit.test_reflow import _GLOSSED_HEADLINE_PAGE

    decisions = label_blocks(split_blocks(_GLOSSED_HEADLINE_PAGE))
    assert headline_candidates(decisions) == [7]
    (main,) = clean_text(_GLOSSED_HEADLINE_PAGE).articles
    assert main.title == "Garden ponds (water features) how to keep the water clear"
