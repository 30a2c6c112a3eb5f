"""Unit tests for card_list: a list of cards read whole, by its repeated template."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from newsclean import Article, Page, clean
from newsclean.stories.card_lines import Line, classify_lines, header_fields
from newsclean.stories.card_list import read_list
from newsclean.stories.card_type import Card
from newsclean.text.blocks import split_blocks
from newsclean.text.label import label_blocks

REF = datetime(2025, 6, 7, 12, 0, tzinfo=UTC)


def _teaser(topic: str) -> str:
    return (
        f"Officials said the {topic} plan would be reviewed by the committee on Monday. "
        f"Critics of the {topic} proposal argued that the costs had been underestimated."
    )


MAIN = "\n".join(
    [
        "Council approves housing plan",
        " ".join([_teaser("housing")] * 4),
        " ".join([_teaser("zoning")] * 4),
    ]
)

TOPICS = ("port", "drought", "rail")
HEADLINES = ("Ports reopen after strike ends", "Farmers brace for dry summer", "Rail link delayed")
SOURCES = ("Reuters", "Farm Weekly", "The Local Times")


def _clean(page: str) -> Page:
    return clean(page, reference_time=REF)


def _related(page: Page) -> list[Article]:
    return [a for a in page.articles if a.role == "related"]


def _fields(article: Article) -> tuple[str | None, str | None, timedelta | None]:
    offset = article.published.offset if article.published else None
    return article.title, article.source, offset


EXPECTED = [
    (h, s, timedelta(hours=-(k + 1)))
    for k, (h, s) in enumerate(zip(HEADLINES, SOURCES, strict=True))
]


def _card(k: int, *, footer: str) -> list[str]:
    fields = f"{SOURCES[k]} | {k + 1} hours ago"
    if footer == "after":
        return [HEADLINES[k], _teaser(TOPICS[k]), fields]
    return [HEADLINES[k], fields, _teaser(TOPICS[k])]


def test_footer_fields_belong_to_the_card_above_them() -> None:
    """A list whose fields sit below each teaser: each footer is its own card's,
    not the next card's header (the last card's footer shows the template)."""
    cards = [x for k in range(3) for x in _card(k, footer="after")]
    page = "\n".join([MAIN, "More stories", *cards])
    assert [_fields(a) for a in _related(_clean(page))] == EXPECTED


def test_footer_list_without_a_section_header_keeps_its_first_card() -> None:
    """With no section header, the first card has no fields above its headline; its
    footer, like every card's, starts the list, and the card above it is found."""
    cards = [x for k in range(3) for x in _card(k, footer="after")]
    related = _related(_clean("\n".join([MAIN, "", *cards])))
    assert [_fields(a) for a in related] == EXPECTED


def test_fields_between_headline_and_teaser_stay_with_their_card() -> None:
    page = "\n".join([MAIN, "More stories", *(x for k in range(3) for x in _card(k, footer="mid"))])
    assert [_fields(a) for a in _related(_clean(page))] == EXPECTED


def test_header_and_footer_groups_are_cut_where_the_template_says() -> None:
    """A source above the headline and a time below the teaser: each gap between
    two teasers holds one card's time and the next card's source."""
    lines = [MAIN, "Related"]
    for k in range(3):
        lines += [SOURCES[k].upper(), HEADLINES[k], _teaser(TOPICS[k]), f"{k + 1} hours ago"]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.published.offset if a.published else None) for a in related] == [
        (h, timedelta(hours=-(k + 1))) for k, h in enumerate(HEADLINES)
    ]
    assert [a.source for a in related] == [s.upper() for s in SOURCES]


def test_cards_without_fields_below_a_section_header_are_cards() -> None:
    """Headline and teaser only, below a known section header: the list's shape
    alone makes the cards."""
    lines = [MAIN, "Related Articles"]
    for k in range(3):
        lines += [HEADLINES[k], _teaser(TOPICS[k])]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == list(HEADLINES)


def test_link_list_inside_the_story_does_not_make_cards() -> None:
    """A "Related" box of headline links in the story's middle, then more story:
    the links are no cards' headlines, and the story goes on (regression: a
    music story lost its second half to a made-up card)."""
    page = "\n".join(
        [
            MAIN,
            "Related",
            "The band's new album tops the charts for a third week",
            "Singer talks about retirement and a last tour abroad",
            " ".join([_teaser("tour")] * 3),
            " ".join([_teaser("ticket")] * 3),
        ]
    )
    result = _clean(page)
    assert _related(result) == []
    assert "tour plan" in result.articles[0].text
    assert "ticket plan" in result.articles[0].text


def test_headline_and_date_links_are_not_short_teasers() -> None:
    """A list of "headline / date" links: a headline is no card's short body."""
    lines = [MAIN, "Related Stories"]
    for k in range(4):
        lines += [f"Scientists report a new finding about topic number {k} today", "Oct 29, 2019"]
    related = _related(_clean("\n".join(lines)))
    assert all(not a.paragraphs for a in related)


def test_a_card_may_have_fields_and_no_headline() -> None:
    page = "\n".join(
        [
            MAIN,
            "Recommended",
            "Reuters · 3 hours ago",
            HEADLINES[0],
            _teaser("port"),
            "By Jane Doe | Farm Weekly | Updated: 2 hours ago",
            _teaser("drought"),
        ]
    )
    related = _related(_clean(page))
    assert [(a.title, a.source) for a in related] == [
        (HEADLINES[0], "Reuters"),
        (None, "Farm Weekly"),
    ]


def test_a_headline_ending_in_a_period_above_its_fields() -> None:
    """ "Source / time / - Source / Headline." above a teaser: the headline is the
    line ending in a period, not the source's name."""
    lines = [MAIN, "More Stories"]
    for k in range(2):
        lines += [
            SOURCES[k],
            f"{k + 1} hours ago",
            f"- {SOURCES[k]}",
            f"{HEADLINES[k]}. Why it matters.",
            _teaser(TOPICS[k]),
        ]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source) for a in related] == [
        (f"{h}. Why it matters.", s) for h, s in zip(HEADLINES[:2], SOURCES[:2], strict=True)
    ]


def test_read_list_is_linear_on_look_alike_lines() -> None:
    """100,000 short lines that could each be a headline: one pass, no card."""
    lines = classify_lines(label_blocks(split_blocks("\n".join(["Short line here"] * 100_000))))
    assert read_list(lines, 0, len(lines), "en") == []


def test_cards_with_only_a_footer_and_no_section_header() -> None:
    """Headline, byline, teaser, then the time and a reading time below it, chrome
    between cards: no card has a header to find, the footers make the list."""
    lines = [MAIN, "Share this article"]
    for k in range(3):
        lines += [
            HEADLINES[k],
            f"by {('Jane Doe', 'Tom Hughes', 'Ana Ruiz')[k]}",
            _teaser(TOPICS[k]),
            f"{k + 1} hours ago",
            "11 min read",
            "ADVERTISEMENT",
        ]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.published.offset if a.published else None) for a in related] == [
        (h, timedelta(hours=-(k + 1))) for k, h in enumerate(HEADLINES)
    ]


def test_a_blog_posts_own_footer_is_not_a_card() -> None:
    """A post whose headline repeats the page's title, with "Posted by ... at
    9:50 AM" below its body, is the main story, not a card below the blog's
    description (regression: a blog post became a related card)."""
    page = "\n".join(
        [
            "The October standards meeting | Life as a CIO",
            "Life as a CIO",
            "Every day I experience life in the world of healthcare IT, supporting "
            "3000 doctors, 18000 faculty and 3 million patients. This blog is where I "
            "write about the work, the standards we set, the people I meet and the "
            "farm I keep at home on the weekends.",
            "Wednesday, October 17, 2012",
            "The October standards meeting",
            _teaser("testing"),
            "Posted by John Halamka at 9:50 AM",
            "No comments:",
            "About Me",
            "I am the chief information officer of a large hospital and a professor, "
            "and I write here every week about health IT, my travels and my farm.",
            "Posted by John Halamka at 8:00 AM",
        ]
    )
    result = _clean(page)
    assert _related(result) == []


def test_comma_separated_fields_split_with_dates_kept_whole() -> None:
    from newsclean.stories.card_lines import split_fields

    t = "Monday, June 2, 2025, USA TODAY, by Olga Petrova"
    assert [t[a:b] for a, b in split_fields(t) or []] == [
        "Monday, June 2, 2025",
        "USA TODAY",
        "by Olga Petrova",
    ]
    t = "4 minute read, WORLD NEWS, 1w, By Tom Hughes"
    assert len(split_fields(t) or []) == 4


def test_comma_lines_with_one_known_field_are_no_header() -> None:
    """A reader's "Jane Smith, 2 hours ago" or a place "Paris, France": a comma
    line needs two fields that are no name."""
    from newsclean.stories.card_lines import split_fields

    assert split_fields("Jane Smith, 2 hours ago") is None
    assert split_fields("Paris, France") is None


def test_card_times_in_scripts_without_spaces() -> None:
    """Japanese, Chinese and Korean card times ("配信 9時間前", "2小时前", "3시간 전")
    are times with the page's language or without a hint; a section label is not."""
    from newsclean.stories.card_lines import foreign_time, is_time_phrase

    assert is_time_phrase("配信 9時間前", "ja")
    assert is_time_phrase("2小时前", "zh")
    assert is_time_phrase("3시간 전", "ko")
    assert is_time_phrase("2025年6月5日", "ja")
    assert all(foreign_time(t) for t in ("更新 11時間前", "2小时前", "3시간 전"))
    assert not foreign_time("科学")
    assert not is_time_phrase("東京", "ja")


def test_japanese_cards_split_at_their_times() -> None:
    lines = [MAIN, "関連記事"]
    for k in range(3):
        lines += [HEADLINES[k], f"配信 {k + 1}時間前", SOURCES[k], _teaser(TOPICS[k])]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source, a.published.offset if a.published else None) for a in related] == [
        (h, s, timedelta(hours=-(k + 1)))
        for k, (h, s) in enumerate(zip(HEADLINES, SOURCES, strict=True))
    ]


def test_time_only_headers_without_a_section_header() -> None:
    """"Posted 49m ago" above each headline, no section header: one such header is
    too weak to end the story, a list of them with headlines is a list."""
    lines = [MAIN, "Close"]
    for k in range(3):
        lines += [f"Posted {k + 1}h ago", HEADLINES[k], _teaser(TOPICS[k])]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == list(HEADLINES)


def test_reader_comments_under_dates_are_not_cards() -> None:
    """"<date> — <name>" over each comment: no headlines, so no list of cards."""
    lines = [MAIN, "11 comments"]
    for k, name in enumerate(("Ciaran Goggins", "Pentangelis (not verified)", "Geoff103")):
        lines += [f"Fri, 2012-11-09 1{k}:18 — {name}", _teaser(TOPICS[k])]
    assert _related(_clean("\n".join(lines))) == []


def test_a_teasers_first_lines_without_a_period_stay_in_the_teaser() -> None:
    """A list of "headline / teaser / date" cards where one teaser opens with short
    lines ("Palm Bay 18 22 13 17 - 70", "New tasks for the game! More soon"):
    the usual one plain line per card is the headline, the others are text."""
    lines = [MAIN, "Related coverage"]
    for k in range(3):
        lines += [HEADLINES[k]]
        if k == 1:
            lines += ["Palm Bay 18 22 13 17 - 70", "New tasks for the game and more questions soon"]
        lines += [_teaser(TOPICS[k]), f"Jun {k + 3}, 2025"]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == list(HEADLINES)
    assert related[1].text.startswith("Palm Bay 18 22 13 17")


def test_a_line_above_the_first_headline_is_no_source_when_no_card_has_one() -> None:
    """"Latest in Business" above the first card of a list whose cards print no
    source line: a section's name, not the card's source (a name in capitals
    would be one)."""
    lines = [MAIN, "Latest in Business"]
    for k in range(3):
        lines += [HEADLINES[k], _teaser(TOPICS[k]), f"{k + 1} hours ago"]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source) for a in related] == [(h, None) for h in HEADLINES]


def test_a_teaser_cut_short_over_its_footer_is_the_teaser() -> None:
    """A teaser cut mid-sentence, with no full stop, is a plain line; above the
    card's footer, in a list whose teasers have footers, it is the teaser
    (regression: the card was lost and its lines went to the next card)."""
    cut = (
        "Critics of the rail proposal argued that the costs of the new link"
        " had been underestimated by"
    )
    lines = [MAIN, "More stories"]
    for k in range(3):
        teaser = cut if k == 1 else _teaser(TOPICS[k])
        lines += [HEADLINES[k], teaser, f"{SOURCES[k]} | {k + 1} hours ago"]
    related = _related(_clean("\n".join(lines)))
    assert [_fields(a) for a in related] == EXPECTED
    assert related[1].text.startswith("Critics of the rail proposal")


def test_a_storys_headline_over_its_dateline_is_no_short_teaser() -> None:
    """Menu labels, then a story's own headline over its dateline and its body:
    the headline is no short teaser of a "card" headed by a menu label
    (regression: a page's story was lost to such a card)."""
    page = "\n".join(
        [
            "Latest Headlines",
            "Weather Stories",
            _teaser("weather"),
            "Posted 1 hour ago",
            "More",
            "CBS Entertainment",
            "Officials report a sixth death linked to the mosquito virus",
            "November 19, 2019 at 9:45 am",
            "Filed Under: health, Michigan",
            " ".join([_teaser("virus")] * 4),
        ]
    )
    lines = classify_lines(label_blocks(split_blocks(page)))
    titles = [lines[c.title].block.text for c in read_list(lines, 0, len(lines), "en") if c.title]
    assert "Officials report a sixth death linked to the mosquito virus" in titles


def test_reading_time_footers_start_a_list_without_a_section_header() -> None:
    """Cards whose only field is a reading time below the teaser ("3 min read"),
    with no section header above them: the reading time is a footer that
    shows the list."""
    lines = [MAIN, ""]
    for k in range(3):
        lines += [HEADLINES[k], _teaser(TOPICS[k]), f"{k + 3} min read"]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == list(HEADLINES)


def test_a_short_teaser_counts_its_words_when_it_reads_as_prose() -> None:
    """Headline, byline, teaser, with no section header: a teaser cut short
    without its full stop is still some sentences of text, so the list of
    weak headers reads as cards."""
    cut = (
        "HAYWARD, Calif. (AP) — Officials said the drought plan would be reviewed"
        " by the committee on Monday and that critics had"
    )
    lines = [MAIN, "Follow us"]
    for k in range(3):
        lines += [HEADLINES[k], f"By {('Ann Lee', 'Bo Park', 'Cy Hart')[k]}"]
        lines.append(cut if k == 1 else _teaser(TOPICS[k]))
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == list(HEADLINES)
    assert related[1].text.startswith("HAYWARD")


def _long_teaser(topic: str) -> str:
    return " ".join([_teaser(topic)] * 3)


def test_a_lists_first_card_longer_than_the_story_above_is_taken_back() -> None:
    """A short story, then a list whose cards repeat one shape (reading time,
    headline, teaser) under an unknown section line: the first card's teaser
    is longer than the story, so the list was found from the second card;
    the card above it with the same shape is the list's first."""
    lines = ["Council approves housing plan", " ".join([_teaser("housing")] * 2)]
    lines += ["MORE STORIES ON THE DAILY PAGE"]
    for k in range(3):
        lines += [f"Reading time: {k + 4} minutes", HEADLINES[k], _long_teaser(TOPICS[k])]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == list(HEADLINES)


def test_a_mixed_lists_first_cards_of_another_shape_are_taken_back() -> None:
    """A list of two templates: its first cards (reading time, headline, a
    teaser longer than the story above) were missed; the card found (time,
    headline, source, teaser) takes back the cards above it, whatever their
    shape, each with a field."""
    lines = [MAIN, "Subscriber services", "\u00a9 2025 Example Media"]
    for k in range(2):
        lines += [f"{k + 8} minute read", HEADLINES[k], _long_teaser(TOPICS[k])]
    lines += ["7 minute read", "a day ago", HEADLINES[2], "Reuters", _teaser(TOPICS[2])]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == list(HEADLINES)
    assert related[2].source == "Reuters"


def test_a_storys_own_start_is_no_twin_of_the_first_card() -> None:
    """A story (headline, date, body) right above cards of the same shape: the
    story's start repeats the cards' shape, but nothing above it is story
    text, so it stays the main story."""
    lines = ["Council approves housing plan", "June 5, 2025", " ".join([_teaser("housing")] * 2)]
    for k in range(3):
        lines += [HEADLINES[k], f"June {k + 1}, 2025", _teaser(TOPICS[k]) + " " + _teaser("more")]
    result = _clean("\n".join(lines))
    main = result.articles[0]
    assert (main.role, main.title) == ("main", "Council approves housing plan")
    assert [a.title for a in _related(result)] == list(HEADLINES)


def test_a_footer_followed_by_the_next_cards_kicker_keeps_the_card_above() -> None:
    """Cards with a kicker above the headline and a byline and date below the
    teaser: the first footer, where the list is found, is followed by the
    next card's kicker; the card above that footer is the list's first."""
    lines = [MAIN, ""]
    for k in range(3):
        byline = f"By {('Ann Lee', 'Bo Park', 'Cy Hart')[k]} | {k + 1} Jun 2025, 18:35 GMT"
        lines += ["POLITICS", HEADLINES[k], _teaser(TOPICS[k]), byline]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == list(HEADLINES)


def test_a_kicker_between_headline_and_teaser_keeps_the_first_card() -> None:
    """Headline, kicker, teaser, then a comma footer with an ISO date: the list
    is found at the first footer, and the card above it (its kicker between
    headline and teaser) is the list's first."""
    lines = [MAIN, "Popular on the Daily Page:"]
    for k in range(3):
        footer = f"2025-05-2{k}, {SOURCES[k]}, by {('Ann Lee', 'Bo Park', 'Cy Hart')[k]}"
        lines += [HEADLINES[k], "Markets", _teaser(TOPICS[k]), footer]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source) for a in related] == list(zip(HEADLINES, SOURCES, strict=True))


def test_cjk_dates_with_clock_times_and_role_bylines_are_card_fields() -> None:
    """Japanese cards signed "name 記者" with an absolute date and clock time in
    year-month-day signs ("更新日時 2025年5月6日 1時5分") below the teaser."""
    lines = [MAIN, ""]
    names = ("山田太郎", "鈴木一郎", "佐藤花子")
    for k in range(3):
        lines += [f"{names[k]} 記者", HEADLINES[k], _teaser(TOPICS[k])]
        lines.append(f"更新日時 2025年5月{k + 4}日 1時5分")
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == list(HEADLINES)
    assert [a.published.value.day if a.published else None for a in related] == [4, 5, 6]


def test_year_first_numeric_dates_are_card_times() -> None:
    """ "2025/05/06 10:15" (year, month, day: one reading) heads each card."""
    lines = [MAIN, "More stories"]
    for k in range(3):
        lines += [f"2025/05/0{k + 4} 10:15", HEADLINES[k], _teaser(TOPICS[k])]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == list(HEADLINES)
    assert all(a.published is not None for a in related)


def test_a_photo_credit_between_cards_is_no_source() -> None:
    """ "Image: Shutterstock" and an image's size between cards are chrome, not
    the next card's source."""
    lines = [MAIN, "More stories"]
    for k in range(3):
        lines += [HEADLINES[k], _teaser(TOPICS[k]), "Image: Shutterstock", "640x360"]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source) for a in related] == [(h, None) for h in HEADLINES]


def test_a_date_and_a_capitalised_source_are_two_fields() -> None:
    """ "May 5, 2025 - NPR": the time grammar reads capitals as a zone; the
    line splits at its separator into a time and a source."""
    lines = [MAIN, "More stories"]
    for k in range(3):
        lines += [HEADLINES[k], f"May {k + 5}, 2025 - {SOURCES[k].upper()}", _teaser(TOPICS[k])]
    related = _related(_clean("\n".join(lines)))
    assert [a.source for a in related] == [s.upper() for s in SOURCES]
    assert [a.published.value.day if a.published else None for a in related] == [5, 6, 7]


def test_a_section_name_in_capitals_is_no_source_when_no_card_names_one() -> None:
    """ "TRENDING NOW ON THE DAILY" above the first card of a list whose cards
    name no source: the capitals are the section's name, not a source."""
    lines = [MAIN, "TRENDING NOW ON THE DAILY"]
    for k in range(3):
        lines += [f"{k + 13} May 2025", HEADLINES[k], _teaser(TOPICS[k])]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source) for a in related] == [(h, None) for h in HEADLINES]


def test_a_source_in_capitals_stays_when_other_cards_name_theirs() -> None:
    lines = [MAIN, ""]
    for k in range(3):
        lines += [SOURCES[k].upper(), f"{k + 13} May 2025", HEADLINES[k], _teaser(TOPICS[k])]
    related = _related(_clean("\n".join(lines)))
    assert [a.source for a in related] == [s.upper() for s in SOURCES]


def test_a_date_then_a_source_in_a_comma_line_are_fields() -> None:
    """ "Apr 27, 2025, 00:35 IST, Le Monde" below the headline: a time, then a
    source (a reader's comment line names the reader first)."""
    lines = [MAIN, "More stories"]
    for k in range(3):
        lines += [HEADLINES[k], f"Apr {k + 25}, 2025, 00:35 IST, {SOURCES[k]}", _teaser(TOPICS[k])]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source) for a in related] == list(zip(HEADLINES, SOURCES, strict=True))


def test_a_readers_name_then_a_time_is_no_header() -> None:
    """ "Jane Smith, 2 hours ago" over a comment stays out of card headers."""
    fields = header_fields(split_blocks("Jane Smith, 2 hours ago")[0], "en")
    assert fields is None


def test_one_card_with_an_unpunctuated_teaser_keeps_a_list_found_by_its_shape() -> None:
    """Cards whose only field is a reading time below the teaser, with no
    section header: the list is found by its shape. One teaser has no
    punctuation at all (a caption pasted as the teaser); the other cards'
    teasers read as prose, so the list holds."""
    bare = "Hundreds gather in the old town square to mark the anniversary of the flood"
    lines = [MAIN, "Copyright 2025 Example Media"]
    for k in range(3):
        lines += [HEADLINES[k], bare if k == 2 else _teaser(TOPICS[k]), f"{k + 3} min read"]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == list(HEADLINES)


def test_a_first_card_whose_teaser_ends_cut_mid_sentence_is_taken_back() -> None:
    """Cards (time, headline, teaser, byline footer) below a short story; the
    first card's teaser ends in a line cut mid-sentence (no full stop), so
    the list is found from the second card. The card above it, whose teaser
    ends so, is still taken back."""
    cut = "Nunca ouviu as brincadeiras musicais do grupo de Belo Horizonte? Assista a uma"
    heads = [
        "Ports reopen along the whole east coast after the long strike ends",
        "Farmers across the southern plains brace for another dry and hot summer",
        "The new rail link to the airport is delayed until the end of next year",
    ]
    lines = ["Council approves housing plan", " ".join([_teaser("housing")] * 2)]
    lines += ["\u00a9 2025 Example Media", "Advertisement"]
    for k in range(3):
        teaser = [_teaser(TOPICS[k]), cut] if k == 0 else [_teaser(TOPICS[k])]
        by = ("Ann Lee", "Bo Park", "Cy Hart")[k]
        lines += [f"Posted on 2025-06-0{k + 1}", heads[k], *teaser, f"By {by} · 3 min read"]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == heads


def test_a_menus_last_links_over_a_disclaimer_are_no_card_taken_back() -> None:
    """A footer menu ends in "Help" and "Closed Captioning Policy" over a long
    disclaimer, right above a list of cards with footers. A name over a
    headline and text is no card's fields: nothing is taken back."""
    menu = ["Fox News", "Fox Nation", "Fox Business", "Help", "Closed Captioning Policy"]
    disclaimer = (
        "Quotes delayed at least 15 minutes. Real-time quotes provided by the exchange. "
        "Market data provided by a vendor. Mutual fund and ETF data provided by another."
    )
    lines = [MAIN, *menu, disclaimer]
    for k in range(2):
        lines += [HEADLINES[k], _teaser(TOPICS[k]), f"{k + 3} mins read | {SOURCES[k]}"]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == list(HEADLINES[:2])


def test_a_short_teaser_ending_in_a_read_more_link_is_a_teaser() -> None:
    """Cards whose fields sit above the headline (a time, a byline), each
    teaser one short sentence with "Continue reading" glued to its end: the
    line ends in a full stop before the link, so it is the card's teaser, not
    a headline-like line over the next card's fields."""
    lines = [MAIN, "More from the Daily Page"]
    for k in range(3):
        teaser = f"Good morning! This is the {TOPICS[k]} news you need today. Continue reading"
        lines += [f"Published {k + 2} hours ago", f"BY {SOURCES[k].upper()}", HEADLINES[k], teaser]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == list(HEADLINES)
    assert all((a.summary or a.text).startswith("Good morning!") for a in related)


def test_three_cards_of_one_shape_longer_than_the_story_above_are_a_list() -> None:
    """A short story, then three cards (headline, reading time, teaser) with no
    section header, the first teaser longer than the story above: three
    cards of one shape are no story's own start, so they are a list."""
    lines = ["Council approves housing plan", " ".join([_teaser("housing")] * 2), "Share"]
    for k in range(3):
        teaser = _long_teaser(TOPICS[k]) if k == 0 else _teaser(TOPICS[k])
        lines += [HEADLINES[k], f"{k + 5} mins read", teaser]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == list(HEADLINES)



def test_a_teasers_first_paragraph_without_a_full_stop_is_no_headline() -> None:
    """Under a section header, each card an author's bare name, a headline and a
    teaser; one teaser opens with a disclosure that has no full stop. That long line
    stays the teaser's first paragraph, the shorter line above it the
    headline."""
    disclosure = "This shop has been paid by a sponsor and its advertiser and all views are mine"
    lines = [MAIN, "Related coverage"]
    for k in range(3):
        teaser = [disclosure, _teaser(TOPICS[k])] if k == 0 else [_teaser(TOPICS[k])]
        lines += [("Dewi Lestari", "Budi Santoso", "Siti Rahmawati")[k], HEADLINES[k], *teaser]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == list(HEADLINES)
    assert (related[0].summary or related[0].text).startswith("This shop")


def test_a_card_without_fields_in_a_mixed_list_is_a_card() -> None:
    """A list of two templates, the middle card with no field at all: it tells
    another story than the card above (no content word shared), so it is
    a card, not a subheading of the teaser above."""
    lines = [MAIN, "More stories"]
    for k in range(3):
        if k == 1:
            lines += [
                HEADLINES[k],
                "Growers in the valley expect yields to fall by a third this year. "
                "The harvest may be the smallest in a decade, farm groups warned.",
            ]
        else:
            lines += [f"{SOURCES[k]} | {k + 1} hours ago", HEADLINES[k], _teaser(TOPICS[k])]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == list(HEADLINES)


def test_a_subheading_inside_a_teaser_stays_in_it() -> None:
    """The same shape, but the line without fields goes on with the story above
    (its port, its strike): a subheading inside that card's teaser."""
    lines = [MAIN, "More stories"]
    lines += ["Reuters | 1 hours ago", HEADLINES[0], _teaser("port")]
    lines += [
        "Strike talks at the port",
        "Dock workers ended the strike at the port on Sunday after talks. "
        "The union said the port would reopen fully by Tuesday morning.",
    ]
    lines += ["Farm Weekly | 2 hours ago", HEADLINES[1], _teaser("drought")]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == list(HEADLINES[:2])
    assert "Strike talks at the port" in related[0].text


def test_sources_printed_under_each_teaser_are_that_cards() -> None:
    """Headline, teaser, then the source's name and a time: each name sits
    right above the next headline, yet it is the card above's (the first
    headline has none above it, the last teaser has one below it)."""
    lines = [MAIN, "More stories"]
    for k in range(3):
        lines += [HEADLINES[k], _teaser(TOPICS[k]), SOURCES[k], f"{k + 1} hours ago"]
    assert [_fields(a) for a in _related(_clean("\n".join(lines)))] == EXPECTED


def test_a_time_then_a_source_under_each_teaser_are_that_cards() -> None:
    """The same with the time first and a byline after the name."""
    lines = [MAIN, "More stories"]
    for k in range(3):
        lines += [HEADLINES[k], _teaser(TOPICS[k]), f"{k + 1} hours ago", SOURCES[k].upper()]
        lines += ["By Jane Doe"]
    related = _related(_clean("\n".join(lines)))
    assert [a.source for a in related] == [s.upper() for s in SOURCES]


def test_sources_above_each_headline_stay_with_their_card() -> None:
    """A guard: the first card names its source above its headline too, so the
    names are headers, not the footers of the cards above."""
    lines = [MAIN, "More stories"]
    for k in range(3):
        lines += [SOURCES[k], HEADLINES[k], _teaser(TOPICS[k]), f"{k + 1} hours ago"]
    assert [a.source for a in _related(_clean("\n".join(lines)))] == list(SOURCES)


def test_a_teasers_last_line_cut_mid_sentence_stays_over_its_footer() -> None:
    """The teaser's last line, cut without its full stop, is plain text of a
    sentence's length; right below the teaser and over the footer's name, it
    is the teaser's, not a headline."""
    cut = "Officials expect the new timetable to be published by the end of the"
    lines = [MAIN, "More stories"]
    for k in range(3):
        lines += [HEADLINES[k], _teaser(TOPICS[k]), cut, SOURCES[k], f"{k + 1} hours ago"]
    related = _related(_clean("\n".join(lines)))
    assert [_fields(a) for a in related] == EXPECTED
    assert all(a.text.endswith(cut) for a in related)


def test_a_headline_under_its_fields_over_a_short_opening_line() -> None:
    """Fields, a headline, then a shorter unpunctuated line over the teaser:
    the headline is the line under the fields, the shorter line opens the
    teaser."""
    lines = [MAIN, "More stories"]
    heads = [h + " as talks drag on into the night" for h in HEADLINES]
    for k in range(3):
        lines += [f"{SOURCES[k]} | {k + 1} hours ago", heads[k]]
        lines += ["What we know so far about the plan", _teaser(TOPICS[k])]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == heads
    assert all(a.text.startswith("What we know so far about the plan") for a in related)


def test_a_sponsored_label_between_cards_is_no_source() -> None:
    """"Sponsored content" over a card is a paid placement's label (chrome in
    every language's lexicon), not the source of the card below."""
    lines = [MAIN, "More stories"]
    for k in range(3):
        lines += ["Sponsored content"] if k == 1 else []
        lines += [HEADLINES[k], _teaser(TOPICS[k])]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source) for a in related] == [(h, None) for h in HEADLINES]


def test_a_list_of_footed_cards_without_a_section_header_keeps_its_first_card() -> None:
    """Headline, a teaser longer than the story, the source's name and a time
    under it, and no section header: the list is found at the first name
    and time (a card header as it reads), and the card above them is the
    list's first, with its source."""
    lines = [MAIN, ""]
    for k in range(3):
        lines += [HEADLINES[k], _long_teaser(TOPICS[k]), SOURCES[k], f"{k + 1} hours ago"]
    assert [_fields(a) for a in _related(_clean("\n".join(lines)))] == EXPECTED


_AFTER_ROW = (
    "Trading volumes stayed thin ahead of the holiday weekend, and several funds "
    "preferred to wait for the next set of figures."
)


def test_a_long_unpunctuated_line_in_a_teaser_is_no_headline() -> None:
    """A line of 26 words without its full stop inside a teaser (a caption, a
    table row flattened) is longer than any headline: the card goes on over
    it."""
    row = (
        "Shares of the retailer and its rivals moved as investors weighed the results "
        "against forecasts from analysts who had expected stronger sales in the quarter"
    )
    lines = [MAIN, "More stories"]
    for k in range(3):
        lines += [f"{SOURCES[k]} | {k + 1} hours ago", HEADLINES[k], _teaser(TOPICS[k])]
        lines += [row, _AFTER_ROW] if k == 1 else []
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == list(HEADLINES)


def test_a_source_under_each_teaser_with_a_header_field_above_each_headline() -> None:
    """A reading time above each headline and the source's name under each
    teaser: above every headline but the first stand the card above's name
    and the card's own reading time; the name is the card above's, the time
    the card's own, as the first card shows."""
    lines = [MAIN, "Related"]
    for k in range(3):
        lines += [f"{k + 4} min read", HEADLINES[k], _teaser(TOPICS[k]), SOURCES[k]]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source) for a in related] == list(zip(HEADLINES, SOURCES, strict=True))


def test_a_line_above_the_first_headline_is_no_source_when_sources_are_footers() -> None:
    """Each source's name and time under its teaser, and a plain line above
    the first headline ("Sign up for our newsletter"): the first card's
    source is the name under its teaser, not that line."""
    lines = [MAIN, "Sign up for our newsletter"]
    for k in range(3):
        lines += [HEADLINES[k], "by Jane Doe", _teaser(TOPICS[k]), SOURCES[k]]
        lines += [f"{k + 1}h ago"]
    assert [_fields(a) for a in _related(_clean("\n".join(lines)))] == EXPECTED


def test_a_short_teaser_under_a_headline_and_its_fields_is_no_headline() -> None:
    """Headline, reading time, then a one-sentence teaser short enough to be a
    headline ending in a period, over the next card's headline (five words,
    a name's length) and fields: the sentence is the first card's teaser."""
    lines = [MAIN, "Don't miss"]
    short = "Police arrested six people on Monday during a narcotics raid downtown."
    heads = ["Police arrest six in a downtown raid", "Spiced Honey Pear Jam Recipe", "Rail delay"]
    for k in range(3):
        lines += [heads[k], f"{k + 11} min read", short if k == 0 else _long_teaser(TOPICS[k])]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == heads
    assert related[0].text == short


def test_the_card_taken_back_above_a_list_keeps_its_source_under_its_headline() -> None:
    """Headline, source, teaser, then a kicker, byline and time under it: the
    list is found at the first footer, and the card above it keeps both its
    headline and its source (the name is no headline)."""
    lines = [MAIN, "Print"]
    for k in range(3):
        lines += [HEADLINES[k] + " as talks drag on", SOURCES[k], _teaser(TOPICS[k])]
        lines += ["Business", "By Jane Doe", f"{k + 1} hours ago"]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source) for a in related] == [
        (h + " as talks drag on", s) for h, s in zip(HEADLINES, SOURCES, strict=True)
    ]


def test_a_long_headline_over_its_fields_is_no_teasers_last_line() -> None:
    """A headline of thirteen words without a full stop right below the card
    above's teaser, over its time and source's name: it is a headline (no
    other headline follows), not the end of the teaser above."""
    long_heads = [f"{h} while officials in the region weigh what comes next" for h in HEADLINES]
    lines = [MAIN, "Related"]
    for k in range(3):
        lines += [long_heads[k], f"{k + 1} hours ago", SOURCES[k], "Markets"]
        lines += [_teaser(TOPICS[k])]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source) for a in related] == list(zip(long_heads, SOURCES, strict=True))


def test_a_list_starts_at_its_section_header_above_a_first_card_read_wrong() -> None:
    """Section header, fields, a headline and a question opening the teaser:
    the first card header found is the question over the teaser, yet the
    list starts at the section header right above, so the first card keeps
    its headline and fields."""
    heads = [h + " as talks drag on" for h in HEADLINES]
    lines = [MAIN, "Latest on Example News", "a week ago · Reuters", heads[0]]
    lines += ["Remember the long quest to find a slogan for the port?", _teaser(TOPICS[0])]
    for k in (1, 2):
        lines += [f"{k + 1} hours ago · {SOURCES[k]}", heads[k], _teaser(TOPICS[k])]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source) for a in related] == list(zip(heads, SOURCES, strict=True))


def test_one_card_of_a_mixed_list_may_show_its_source_apart_from_the_headline() -> None:
    """Four cards end their headlines in " — Source"; one shows none (its
    source was printed apart, or not at all): the four tails are still
    sources."""
    heads = [*HEADLINES, "Harbour fees to rise", "Ferry timetable changes"]
    names: list[str | None] = ["Reuters", "Farm Weekly", "The Local Times", "Sky News", "NDTV"]
    lines = [MAIN, "More stories"]
    for k in range(5):
        if k == 1:
            lines += [f"{k + 1} hours ago", heads[k], _teaser(TOPICS[k % 3])]
        else:
            lines += [f"{k + 1} hours ago", f"{heads[k]} — {names[k]}", _teaser(TOPICS[k % 3])]
    related = _related(_clean("\n".join(lines)))
    names[1] = None
    assert [(a.title, a.source) for a in related] == list(zip(heads, names, strict=True))


def test_a_teasers_last_line_above_the_next_cards_fields_stays_in_that_teaser() -> None:
    """Fields, source, headline, teaser on every card; one teaser ends in a
    line without a full stop, over the next card's fields: that line is the
    teaser's end, and the next card keeps its headline."""
    heads = [h + " as talks drag on" for h in HEADLINES]
    lines = [MAIN, "More stories"]
    for k in range(3):
        lines += [f"Posted {k + 1} hours ago", SOURCES[k].upper(), heads[k], _teaser(TOPICS[k])]
        lines += ["I mean, really, it is the perfect job for an introvert!"] if k == 1 else []
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source) for a in related] == [
        (h, s.upper()) for h, s in zip(heads, SOURCES, strict=True)
    ]
    assert related[1].text.endswith("for an introvert!")


def test_a_plain_line_under_the_fields_of_a_headline_opens_the_teaser() -> None:
    """Headline, reading time, teaser on every card; one teaser opens with a
    line without a full stop ("Tested by: ... More info: ..."): the headline
    stays above the fields, as on the other cards."""
    heads = [h + " as talks drag on" for h in HEADLINES]
    opener = "Tested by: Jane Doe RRP: 23.99 More info: www.example.com"
    lines = [MAIN, "More stories"]
    for k in range(3):
        lines += [heads[k], f"{k + 3} min read", *([opener] if k == 1 else [])]
        lines += [_teaser(TOPICS[k])]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == heads
    assert related[1].text.startswith(opener)


def test_two_desks_joined_by_an_ampersand_are_a_kicker_not_a_source() -> None:
    """"Economy & Business" above a headline is a desk (either part a known
    one), cut out as a kicker; the card has no source."""
    lines = [MAIN, "More stories"]
    for k in range(3):
        lines += [f"{k + 1} hours ago", "Economy & Business", HEADLINES[k], _teaser(TOPICS[k])]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source) for a in related] == [(h, None) for h in HEADLINES]


def test_cards_between_a_section_header_and_a_list_below_it_are_cards() -> None:
    """A section header, a card without fields, then cards whose headers were
    found: the card between header and list is a card too (the header says
    a list starts there), not the end of the story."""
    lines = [MAIN, "More stories", HEADLINES[0], _teaser(TOPICS[0])]
    for k in (1, 2):
        lines += [f"{k + 1} hours ago", SOURCES[k], HEADLINES[k], _teaser(TOPICS[k])]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == list(HEADLINES)
    assert _teaser(TOPICS[0]) not in _clean("\n".join(lines)).articles[0].text


def test_a_source_between_headline_and_teaser_is_no_headline_of_a_footer_list() -> None:
    """Two templates mixed, no section header: headline, source, teaser, time;
    then headline, time, teaser (twice: no footer below the last teaser).
    The list is found at the first card's footer time; walking up from it,
    the source's name under the headline is skipped (it is shorter than the
    headline), and a time between a teaser
    and a headline with its own time below it is the card above's footer."""
    lines = [MAIN]
    lines += [HEADLINES[0], SOURCES[0], _teaser(TOPICS[0]), "1 hours ago"]
    lines += [HEADLINES[1], "2 hours ago", _teaser(TOPICS[1])]
    lines += [HEADLINES[2], "3 hours ago", _teaser(TOPICS[2])]
    related = _related(_clean("\n".join(lines)))
    assert [_fields(a) for a in related] == [
        (HEADLINES[0], SOURCES[0], timedelta(hours=-1)),
        (HEADLINES[1], None, timedelta(hours=-2)),
        (HEADLINES[2], None, timedelta(hours=-3)),
    ]


def test_a_german_date_with_a_month_named_as_in_english_is_a_card_time() -> None:
    """ "23. April 2025" under a headline, on a page read without a language
    hint: a time (German's grammar, tried for a month English shares), not a
    source's name."""
    lines = [MAIN, "Mehr zum Thema"]
    dates = ("23. April 2025", "5. Mai 2025", "8. August 2025")
    for k in range(3):
        lines += [HEADLINES[k], dates[k], _teaser(TOPICS[k])]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source) for a in related] == [(h, None) for h in HEADLINES]
    days = [a.published.value.date() for a in related if a.published and a.published.value]
    assert [d.isoformat() for d in days] == ["2025-04-23", "2025-05-05", "2025-08-08"]


def test_an_authors_name_and_a_source_under_the_headline() -> None:
    """Headline, an author's bare name, a desk, the source in capitals, then the
    teaser: the headline is the line above the two names (not the author's
    name), and the source is the one in capitals."""
    authors = ("Budi Santoso", "Siti Rahmawati", "Dewi Lestari")
    lines = [MAIN, "More stories"]
    for k in range(3):
        lines += [HEADLINES[k] + " this week", authors[k], "Politics", SOURCES[k].upper()]
        lines += [_teaser(TOPICS[k])]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source) for a in related] == [
        (h + " this week", s.upper()) for h, s in zip(HEADLINES, SOURCES, strict=True)
    ]


def test_a_source_name_repeated_below_the_teasers_starts_a_list_without_a_header() -> None:
    """No section header, no time: headline, teaser and "NDTV" below each
    teaser. A name standing below two teasers or more is a footer, and the
    list is read from the card above it."""
    lines = [MAIN, "Share"]
    for k in range(3):
        lines += [HEADLINES[k] + " this week", _teaser(TOPICS[k]), "NDTV"]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source) for a in related] == [(h + " this week", "NDTV") for h in HEADLINES]


def test_cards_below_the_last_legal_line_may_be_longer_than_the_story() -> None:
    """A short story, the page's copyright line, then two cards each longer
    than the story: below the last legal line no story goes on, so they are
    cards whatever their length."""
    story = "\n".join([HEADLINES[0], _teaser("housing"), _teaser("zoning")])
    lines = [story, "© 2025 Example Media. All rights reserved."]
    for k in (1, 2):
        lines += [HEADLINES[k] + " as talks drag on", *[_teaser(TOPICS[k])] * 3]
        lines += [f"Reading time: {k + 4} minutes"]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == [h + " as talks drag on" for h in HEADLINES[1:]]


def test_reader_comments_with_a_repeated_reply_link_are_not_cards() -> None:
    """A commenter's name and time over each comment, "ReplyDelete" below it:
    a repeated name over a headline-like line, but the "headlines" carry
    clock times. Reader comments, not cards; they stay in the story."""
    lines = [MAIN]
    people = ("Brandt Schneider", "Karl Fisch", "Joel VerDuin")
    for k, who in enumerate(people):
        lines += [f"{k + 1}. {who}10/2{k}/12 5:4{k} PM", _teaser(TOPICS[k]), "ReplyDelete"]
    page = _clean("\n".join(lines))
    assert _related(page) == []


PORT = (
    "Dock workers returned to the harbour on Tuesday after a second week of talks ended"
    " the strike. Shipping companies said cargo backlogs would clear within days, while"
    " unions threw their support behind the wage agreement signed by regional employers."
    " Container traffic through the terminal had fallen sharply during the dispute."
)
GAME = (
    "The quarterback passed for three touchdowns as the visitors won their second straight"
    " road game. Defensive linemen pressured the rookie passer all evening, forcing"
    " turnovers that sealed the result before a sellout crowd at the stadium."
)


def test_a_fieldless_card_sharing_a_chance_word_or_two_is_a_card() -> None:
    """Fielded cards and one without fields whose teaser shares a common word
    ("second") with the teaser above: two long texts share a word or two by
    chance; a subheading shares a twentieth of its words or more."""
    lines = [MAIN, "More stories", "2 hours ago", HEADLINES[0], PORT]
    lines += ["Quarterback leads comeback win on the road", GAME]
    lines += ["3 hours ago", HEADLINES[2], _teaser(TOPICS[2])]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == [
        HEADLINES[0],
        "Quarterback leads comeback win on the road",
        HEADLINES[2],
    ]



DISCLOSURE = (
    "This shop has been compensated by #CollectiveBias, Inc. and its advertiser."
    " All opinions are mine alone"
)


def test_a_long_line_without_a_full_stop_under_a_headline_opens_the_teaser() -> None:
    """Fields, a headline, then a long line without a full stop (a disclosure)
    right above the teaser: the headline is the shorter line above it (a card
    header's walk up and a list's walk up both read it so), and the long
    line opens the teaser."""
    lines = [MAIN]
    for k in range(3):
        lines += [f"{SOURCES[k]} · POLITICS · Updated on May 2{k}, 2025 · BY JANE DOE"]
        lines += [HEADLINES[k] + " now", *([DISCLOSURE] if k == 0 else [])]
        lines += [" ".join([_teaser(TOPICS[k])] * 2)]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == [h + " now" for h in HEADLINES]
    assert related[0].text.startswith(DISCLOSURE)


def test_a_bare_byline_with_its_outlet_is_a_field_not_a_headline() -> None:
    """"Pieter Jansen, Bloomberg" under a headline, no "By": an author's name
    and the source after a comma, a byline field; the card's source is the
    outlet. "Introducing Jane Doe, New CEO at Acme" stays a headline."""
    people = ("Pieter Jansen", "Sanne Bakker", "Jan de Vries")
    lines = [MAIN, "More stories"]
    for k in range(3):
        lines += [HEADLINES[k], f"{people[k]}, {SOURCES[k]}", _teaser(TOPICS[k])]
    lines += ["Introducing Jane Doe, New CEO at Acme", GAME]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source) for a in related] == [
        *zip(HEADLINES, SOURCES, strict=True),
        ("Introducing Jane Doe, New CEO at Acme", None),
    ]
    assert related[0].authors == ("Pieter Jansen",)


def test_a_short_exclaiming_line_inside_a_teaser_is_no_headline() -> None:
    """Cards that each end with fields (a byline, the source in capitals) and
    open with a kicker: a short line ending with "!" between two paragraphs
    of one teaser continues it, as every other card shows where a card
    ends. A headline rarely ends with a full stop or "!"."""
    lines = [MAIN, "Related coverage"]
    for k in range(3):
        lines += ["POLITICS", HEADLINES[k], _teaser(TOPICS[k])]
        if k == 1:
            lines += [f"The {TOPICS[k]} plan is the committee's best yet!", _teaser(TOPICS[k])]
        lines += ["By Jane Doe", SOURCES[k].upper()]
    related = _related(_clean("\n\n".join(lines)))
    assert [(a.title, a.source) for a in related] == [
        (h, s.upper()) for h, s in zip(HEADLINES, SOURCES, strict=True)
    ]
    assert "best yet!" in related[1].text


def test_a_teasers_inner_line_ending_with_an_emoji_is_no_headline() -> None:
    """As above, with the inner line ending in an emoji or an arrow after
    "~" ("Check out the committee's plan below~⬇️"), as a post's lines do:
    no headline ends so, and every other card shows where a card ends."""
    for inner in (
        f"Check out the {TOPICS[1]} committee's plan below~⬇️",
        f"The {TOPICS[1]} plan is the committee's best yet 😉",
    ):
        lines = [MAIN, "Related coverage"]
        for k in range(3):
            lines += ["POLITICS", HEADLINES[k], _teaser(TOPICS[k])]
            if k == 1:
                lines += [inner, _teaser(TOPICS[k])]
            lines += ["By Jane Doe", SOURCES[k].upper()]
        related = _related(_clean("\n\n".join(lines)))
        assert [a.title for a in related] == list(HEADLINES), inner
        assert inner in related[1].text


def test_a_short_label_and_an_unknown_section_name_over_the_first_headline() -> None:
    """Cards after the page's last legal line, one with fields: above the
    first headline a label ("Ad Choices") and a section name no lexicon
    holds. The label is no headline and neither is a teaser's first line;
    the first card keeps its own headline."""
    lines = [MAIN, "© 2025 Example Media. All rights reserved.", "Ad Choices"]
    lines += ["More stories on example.com"]
    for k in range(3):
        lines += ["POLITICS", "By Jane Doe"] if k == 2 else []
        lines += [HEADLINES[k] + " this week", " ".join([_teaser(TOPICS[k])] * 2)]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == [h + " this week" for h in HEADLINES]
    assert related[0].text.startswith("Officials said the port plan")


def test_a_teasers_last_line_ending_with_a_colon_is_no_headline() -> None:
    """Field-less cards under a section header; one teaser ends with a line
    of twelve words and a colon ("Seven big questions heading into the
    debate, to be carried on MSNBC:") right over the next headline. The
    colon leads on: the line is the teaser's, not a card's headline."""
    lead = "Seven big questions heading into the debate, to be carried on MSNBC:"
    lines = [MAIN, "Read next"]
    for k in range(3):
        lines += [HEADLINES[k] + " this week", " ".join([_teaser(TOPICS[k])] * 2)]
        lines += [lead] if k == 0 else []
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == [h + " this week" for h in HEADLINES]
    assert related[0].text.endswith(lead)


def test_a_teasers_line_ending_with_a_colon_over_its_next_paragraph_is_no_headline() -> None:
    """Field-less cards under a section header; one teaser's line ends with a
    colon ("Seven big questions heading into the debate, to be carried on
    MSNBC:") right over more of that teaser's text, not over the next
    headline. The colon leads on to that paragraph: both are the teaser's,
    and no card starts there."""
    lead = "Seven big questions heading into the debate, to be carried on MSNBC:"
    more = "Turbulent polling across the early voting states has created a murky picture."
    lines = [MAIN, "Read next"]
    for k in range(3):
        lines += [HEADLINES[k] + " this week", " ".join([_teaser(TOPICS[k])] * 2)]
        lines += [lead, more] if k == 0 else []
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == [h + " this week" for h in HEADLINES]
    assert related[0].text.endswith(more)


def test_a_teasers_line_ending_with_an_emoji_over_its_next_paragraph_is_no_headline() -> None:
    """As with a colon: a teaser's line ending as a post's line does ("Try
    something new with your family this weekend 😉"), right below the teaser
    and over more of its text, is the teaser's, and no card starts there."""
    post = "Try something new with your family this weekend \U0001f609"
    more = "Click here to get more information about the plan and the committee."
    lines = [MAIN, "Read next"]
    for k in range(3):
        lines += [HEADLINES[k] + " this week", " ".join([_teaser(TOPICS[k])] * 2)]
        lines += [post, more] if k == 0 else []
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == [h + " this week" for h in HEADLINES]
    assert related[0].text.endswith(more)


def test_a_list_read_from_its_first_footer_keeps_the_card_above_whose_teaser_ends_short() -> None:
    """A list read from a card's footer ("- Reuters", where a card header was
    found) takes the card above as its first: a headline and a teaser right
    above the footer. The teaser may end with a short sentence ("I don't
    know, really. Help!"), a plain line, which is no headline."""
    text = [MAIN]
    for k in range(3):
        text += ["CULTURE", HEADLINES[k], f"{k + 3} mins read", _teaser(TOPICS[k])]
        text += ["Do you know the plan? I don't know, really. Help!"] if k == 0 else []
        text += [f"- {SOURCES[k]}"]
    lines = classify_lines(label_blocks(split_blocks("\n".join(text))))
    lo = next(i for i, ln in enumerate(lines) if ln.block.text == f"- {SOURCES[0]}")
    cards = read_list(lines, lo, len(lines), "en", extend=True)
    assert [lines[c.title].block.text for c in cards if c.title is not None] == list(HEADLINES)
    assert lo in cards[0].fields


def test_a_teaser_of_one_line_with_two_sentences_and_no_full_stop_is_prose() -> None:
    """A card whose whole teaser is one line of sixteen words cut short
    without its full stop, holding a sentence's end inside ("... and its
    advertiser. All opinions are mine alone"): prose, the card's teaser,
    not a second headline."""
    disclosure = (
        "This shop has been compensated by Acme, Inc. and its advertiser."
        " All opinions are mine alone"
    )
    lines = [MAIN, "More stories"]
    for k in range(3):
        lines += ["POLITICS", f"{k + 1} hours ago", HEADLINES[k], SOURCES[k].upper()]
        lines += [disclosure if k == 1 else " ".join([_teaser(TOPICS[k])] * 2)]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source) for a in related] == [
        (h, s.upper()) for h, s in zip(HEADLINES, SOURCES, strict=True)
    ]
    assert related[1].text == disclosure


def test_a_source_name_below_each_teaser_with_headers_of_mixed_shapes() -> None:
    """Each teaser has its source's name below it ("Axios"); above the
    headlines the cards print a time, nothing, or a reading time and a
    desk: the names are the footers of the cards above them, whatever the
    shape of the next card's header."""
    headers = [["Published 2 hours ago"], [], ["6 mins read", "BUSINESS"]]
    lines = [MAIN, "More from The Hill"]
    for k in range(3):
        lines += [*headers[k], HEADLINES[k], " ".join([_teaser(TOPICS[k])] * 2), "Axios"]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source) for a in related] == [(h, "Axios") for h in HEADLINES]


def _two_footed_cards(upper: str, lower: str) -> tuple[list[Line], list[Card]]:
    """Two cards with a reading time below each teaser, two plain lines
    (``upper``, ``lower``) above the first teaser, read as one list."""
    rows = [upper, lower, _teaser("port"), "Reading time: 4 minutes"]
    rows += ["Farmers brace for dry summer", _teaser("drought"), "Reading time: 6 minutes"]
    lines = classify_lines(label_blocks(split_blocks("\n".join(rows))))
    return lines, read_list(lines, 0, len(lines), "en")


def test_a_heading_in_sentence_case_over_the_first_headline_is_no_part_of_the_card() -> None:
    """"Picked by our editors" right above the list's first headline, in a list
    whose other cards show one line above their teasers: the list's heading,
    not the card's headline (with the real headline moved into the teaser)."""
    lines, cards = _two_footed_cards("Picked by our editors", "Ports reopen after strike ends")
    assert [lines[c.title].block.text for c in cards if c.title is not None] == [
        "Ports reopen after strike ends",
        "Farmers brace for dry summer",
    ]
    assert cards[0].body_start == 2


def test_a_headline_over_a_teasers_first_sentence_keeps_it_in_the_teaser() -> None:
    """The same shape with a sentence under the first headline: that sentence
    opens the teaser, and the line above is the headline."""
    lines, cards = _two_footed_cards(
        "Ports reopen after strike ends", "Why did the strike last so long?"
    )
    assert cards[0].title is not None
    assert lines[cards[0].title].block.text == "Ports reopen after strike ends"
    assert cards[0].body_start == 1


def test_a_plea_below_the_legal_line_is_no_card_of_the_fielded_list_below_it() -> None:
    """Below the page's last legal line, a "card" with no field (an ad-blocker
    plea) over three cards that each show a time is no card of that list."""
    plea = (
        "By joining Example Plus you support our work and get exclusive content. "
        "And you will never see this message again, we promise you that."
    )
    cards = [
        f"{headline}\n{_teaser(topic)}\n{hours} hours ago"
        for headline, topic, hours in zip(HEADLINES, TOPICS, (2, 3, 5), strict=True)
    ]
    page = "\n".join(
        [MAIN, "© 2025 Example Media", "We Need to Talk About Your Ad Blocker", plea, *cards]
    )
    assert [a.title for a in _related(_clean(page))] == list(HEADLINES)


def test_a_blank_line_between_cards_tells_a_footer_from_the_next_header() -> None:
    """Cards set apart by blank lines, the first with its byline and source
    below its teaser, the last with none: the fields before the blank lines
    are the first card's footer, not the second card's header."""
    page = "\n".join(
        [
            MAIN,
            "Related Articles",
            HEADLINES[0],
            _teaser(TOPICS[0]),
            "By Aisha Bello, Reuters",
            "",
            "",
            HEADLINES[1],
            _teaser(TOPICS[1]),
            "",
            "",
            HEADLINES[2],
            _teaser(TOPICS[2]),
        ]
    )
    related = _related(_clean(page))
    assert [a.title for a in related] == list(HEADLINES)
    assert [(a.source, a.authors) for a in related] == [
        ("Reuters", ("Aisha Bello",)),
        (None, ()),
        (None, ()),
    ]


def test_cards_under_a_new_heading_whose_headlines_name_sources_are_no_story_parts() -> None:
    """Under a heading no data file holds, cards longer than the short story
    above would read as the story's own parts, but a story's subheadings
    never end in a source's name ("... - Yahoo News"): such cards are cards."""
    story = "\n".join(["Council approves housing plan", _teaser("housing"), _teaser("zoning")])
    named = list(zip(HEADLINES, ("Yahoo News", "NBC News", "The Local Times"), strict=True))
    cards = [
        f"{headline} - {source}\n{' '.join([_teaser(topic)] * 3)}"
        for (headline, source), topic in zip(named, TOPICS, strict=True)
    ]
    page = "\n".join([story, "Our picks for you", *cards])
    assert [(a.title, a.source) for a in _related(_clean(page))] == named


CUT_HEADLINES = (
    "A harbour pilot pleaded guilty to charges he steered the ferry onto the",
    "Farmers in the valley have started to sell their herds as the wells run",
    "The rail operator confirmed on Friday that the new link would open late",
)
NAMES = ("The New York Times", "The Hill", "Farm Weekly Review")



def test_a_name_in_title_case_over_a_headline_cut_short_is_the_source_above() -> None:
    """Headline, teaser, source's name: the headlines are sentences cut short,
    longer than the names above them. A name in title case ("The New York
    Times") over such a line is no headline over its teaser's first line: it
    is the card above's source, and the line below it the next headline."""
    rows: list[str] = []
    for k in range(3):
        rows += [CUT_HEADLINES[k], _teaser(TOPICS[k]), NAMES[k]]
    lines = classify_lines(label_blocks(split_blocks("\n".join(rows))))
    cards = read_list(lines, 0, len(lines), "en")
    titles = [lines[c.title].block.text for c in cards if c.title is not None]
    assert titles == list(CUT_HEADLINES)
    assert [[d.block.text for d in c.header] for c in cards] == [[name] for name in NAMES]


def test_two_cards_of_one_template_keep_a_list_with_one_short_teaser() -> None:
    """Two cards found by their shape alone (a reading time and a byline under
    each teaser, no section header): the second teaser is one short sentence,
    yet both cards print the same kinds of fields, so the list holds."""
    bare = "Photos from the old town square at dawn on Sunday."
    lines = [MAIN, "Copyright 2025 Example Media"]
    for k in range(2):
        teaser = bare if k else _teaser(TOPICS[k])
        lines += [HEADLINES[k], teaser, f"{k + 3} min read, by Jane Doe"]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.text) for a in related] == [
        (HEADLINES[0], _teaser(TOPICS[0])),
        (HEADLINES[1], bare),
    ]


def test_two_cards_with_fields_of_different_kinds_need_two_teasers() -> None:
    """A guard: when the two cards' fields differ (a reading time and a byline
    under one, a reading time alone under the other), a short sentence is no
    teaser that keeps the list."""
    bare = "Photos from the old town square at dawn on Sunday."
    lines = [MAIN, "Copyright 2025 Example Media"]
    lines += [HEADLINES[0], _teaser(TOPICS[0]), "3 min read, by Jane Doe"]
    lines += [HEADLINES[1], bare, "3 min read"]
    assert _related(_clean("\n".join(lines))) == []


def test_a_field_less_cards_headline_over_a_question_keeps_the_question_in_the_teaser() -> None:
    """Headlines and teasers alone, one plain line over each teaser: the
    list's period. A card below the first with two plain lines is its
    headline over the teaser's first line (a question, whole): the upper is
    the headline, the question opens the teaser."""
    question = "Remember the long search for a state slogan?"
    lines = [MAIN, "More stories"]
    for k in range(3):
        lines += [HEADLINES[k], *([question] if k == 1 else []), _teaser(TOPICS[k])]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == list(HEADLINES)
    assert related[1].text.startswith(question)


def test_a_teasers_inner_line_in_a_list_of_sources_in_capitals_stays_in_the_teaser() -> None:
    """Each card prints its source in capitals over its headline ("REUTERS"),
    no other field. A line inside a teaser, without its full stop, reads as a
    headline with no source: on the teaser's topic, it is the teaser's, as a
    field-less card in a list of fielded ones is."""
    inner = "The port plan leaves the old harbour to the ferries"
    lines = [MAIN, "More stories"]
    for k in range(3):
        lines += [SOURCES[k].upper(), HEADLINES[k], _teaser(TOPICS[k])]
        lines += [inner, _teaser(TOPICS[k])] if k == 0 else []
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source) for a in related] == [
        (h, s.upper()) for h, s in zip(HEADLINES, SOURCES, strict=True)
    ]
    assert inner in related[0].text


def test_a_card_naming_its_source_is_no_subheading_of_the_card_above() -> None:
    """A guard: cards under their headlines name their sources, two in
    capitals, the last in title case ("Farm Weekly"); on the same topic as
    the card above, the last is still a card: a subheading names no source."""
    rows = [("Ports reopen after strike ends", "REUTERS", "port")]
    rows += [("Farmers brace for dry summer", "AP", "drought")]
    rows += [("Wells run low across the valley", "Farm Weekly", "drought")]
    lines = [MAIN, "More stories"]
    for headline, source, topic in rows:
        lines += [headline, source, _teaser(topic)]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source) for a in related] == [(h, s) for h, s, _ in rows]


def test_a_menu_of_section_names_above_a_list_is_no_card() -> None:
    """Below the list's header, a site's menu (section names, each a kicker's
    word) over an address line: one "card" with a dozen field lines is a
    menu's, not a card's, and the list's cards are the ones below it."""
    menu = ["News", "Politics", "Senate", "Business", "Finance", "Technology", "Sport"]
    menu += ["Travel", "Opinion", "Health", "Science", "World", "Defense", "Video"]
    address = "Example Media 1625 K Street, NW Suite 900 Washington DC 20006 | 202-628-8500 tel"
    lines = [MAIN, "More from the web", *menu, "Classifieds", address]
    for k, kicker in enumerate(["Opinion", "Travel", "Sport"]):
        lines += [kicker, HEADLINES[k], _teaser(TOPICS[k]), SOURCES[k]]
    assert [a.title for a in _related(_clean("\n".join(lines)))] == list(HEADLINES)


def test_a_source_two_headlines_end_in_is_cut_out_of_them() -> None:
    """A list mixing templates: two headlines end in " - Yahoo News", two end
    in no source, every card under a time. One tail could be a headline's own
    dash; the same one under two headlines is the source they share."""
    headlines = [*HEADLINES, "Wells run low across the valley"]
    lines = [MAIN, "More stories"]
    for k, headline in enumerate(headlines):
        shown = f"{headline} - Yahoo News" if k % 2 else headline
        lines += [f"{k + 1} hours ago", shown, _teaser(TOPICS[k % 3])]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source) for a in related] == [
        (h, "Yahoo News" if k % 2 else None) for k, h in enumerate(headlines)
    ]


# headlines of a sentence's length (a list's cards, not a menu's links)
LONG_HEADLINES = (
    "Ports reopen along the east coast after the strike",
    "Farmers brace for another dry summer on the plains",
    "Rail link to the airport is delayed until next year",
)


def _title_and_offset(article: Article) -> tuple[str | None, timedelta | None]:
    return article.title, article.published.offset if article.published else None


def test_a_short_one_sentence_teaser_between_two_periods_is_a_card() -> None:
    """Cards of headline, source's name and teaser, no header and no field
    cue: one card's teaser is a single short sentence (a plain line, no
    paragraph). The lines the other cards repeat (headline, name) come
    twice around it, so it is that card's teaser, not a stray line."""
    heads = [
        "Ports reopen along the east coast after the strike",
        "Farmers brace for another dry summer on the plains",
        "City council delays the vote on the new budget",
        "Rail link to the airport is delayed until next year",
    ]
    names = ["Reuters", "Farm Weekly", "The Local Times", "Rail Gazette"]
    short = "The mayor wants more time to read it!"
    teasers = [_teaser("port"), _teaser("drought"), short, _teaser("rail")]
    lines = [MAIN, "\u00a9 2025 Example Media"]
    for h, n, t in zip(heads, names, teasers, strict=True):
        lines += [h, n, t]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source) for a in related] == list(zip(heads, names, strict=True))


def test_a_teasers_last_line_over_the_next_headline_stays_in_the_teaser() -> None:
    """Cards of headline, source's name and teaser: one teaser ends in a
    line of its own with no full stop (a paragraph cut short), right over
    the next headline. The next card then holds one line more than the
    others repeat; that line is the teaser's, so neither card loses."""
    heads = LONG_HEADLINES
    names = ["REUTERS", "FARM WEEKLY", "RAIL GAZETTE"]
    lines = [MAIN, "\u00a9 2025 Example Media"]
    for k, (h, n) in enumerate(zip(heads, names, strict=True)):
        lines += [h, n, _teaser(TOPICS[k])]
        if k == 0:
            lines.append("Dock workers had walked out over pay and hours in the")
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == list(heads)
    assert related[0].text.endswith("hours in the")


def test_a_question_inside_a_teaser_is_no_headline_in_a_list_with_a_period() -> None:
    """Cards of headline, kicker, teaser and a time below it: one teaser's
    middle line is a question of its own ("Why ...?"), on the teaser's topic,
    without the kicker every card prints under its headline. It stays in
    the teaser, and each card keeps its own time."""
    heads = LONG_HEADLINES
    lines = [MAIN, "\u00a9 2025 Example Media"]
    for k, h in enumerate(heads):
        lines += [h, ("BUSINESS", "CLIMATE", "TRAVEL")[k], _teaser(TOPICS[k])]
        if k == 1:
            lines += ["Why is the drought plan late again?", _teaser("drought")]
        lines.append(f"{k + 2}h ago")
    related = _related(_clean("\n".join(lines)))
    assert [_title_and_offset(a) for a in related] == [
        (h, timedelta(hours=-(k + 2))) for k, h in enumerate(heads)
    ]


def test_the_last_teasers_short_last_line_over_its_footer_stays_in_the_teaser() -> None:
    """Cards whose time sits below the teaser: the last teaser ends in a
    short line without its full stop, right over the last time. That line
    is no headline (no teaser follows it), so the times stay footers and
    no card takes the time of the card above."""
    heads = LONG_HEADLINES
    lines = [MAIN, "\u00a9 2025 Example Media"]
    for k, h in enumerate(heads):
        lines += [h, _teaser(TOPICS[k])]
        if k == 2:
            lines.append("Engineers blamed the soft ground near the")
        lines.append(f"{k + 2}h ago")
    related = _related(_clean("\n".join(lines)))
    assert [_title_and_offset(a) for a in related] == [
        (h, timedelta(hours=-(k + 2))) for k, h in enumerate(heads)
    ]



def test_footer_links_under_the_last_legal_line_do_not_hide_the_cards_below() -> None:
    """Below the page's last legal line, the site's own footer links ("Powered
    by WordPress.com VIP | Privacy Policy") stand above a list of cards
    (headline, source's name, teaser). They are the page's foot, not a
    link list's headlines, so the cards below are still read."""
    lines = [MAIN, "\u00a9 2025 Example Media", "Example Media Group"]
    lines.append("Powered by WordPress.com VIP | Privacy Policy | Your Privacy Rights")
    for k in range(3):
        lines += [HEADLINES[k] + " as officials weigh the costs", "FRANCE 24", _teaser(TOPICS[k])]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == [h + " as officials weigh the costs" for h in HEADLINES]
    assert {a.source for a in related} == {"FRANCE 24"}


def test_a_label_in_capitals_over_a_field_less_list_is_no_source() -> None:
    """Cards of a headline and a teaser alone, under a label in capitals
    that no lexicon knows ("ELSEWHERE TODAY"): the label sits over the
    first headline only, and no other card names a source, so it is the
    list's label, not the first card's source."""
    lines = [MAIN, "\u00a9 2025 Example Media", "ELSEWHERE TODAY"]
    for k in range(3):
        lines += [HEADLINES[k], _teaser(TOPICS[k])]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source) for a in related] == [(h, None) for h in HEADLINES]


def test_a_name_the_blank_lines_set_under_a_teaser_is_that_cards_footer() -> None:
    """A list that mixes two templates, cards apart by blank lines: one card
    shows a reading time and its source's name below its teaser, the next a
    date below its headline. The name sits right under the teaser and a
    blank line apart from the next headline: it closes the card above (its
    source), it does not head the card below."""
    heads = LONG_HEADLINES
    cards = [
        [heads[0], _teaser(TOPICS[0]), "3 minute read", "SFGATE"],
        [heads[1], "May 23, 2025", _teaser(TOPICS[1])],
        [heads[2], _teaser(TOPICS[2]), "4 minute read", "HARBOR DAILY"],
    ]
    page = MAIN + "\n\u00a9 2025 Example Media\n\nFresh from the newsroom:\n"
    page += "\n\n".join("\n".join(c) for c in cards)
    related = _related(_clean(page))
    assert [(a.title, a.source) for a in related] == [
        (heads[0], "SFGATE"),
        (heads[1], None),
        (heads[2], "HARBOR DAILY"),
    ]


def test_a_heading_ending_in_a_colon_is_the_lists_heading_no_source() -> None:
    """A list's heading ends in a colon ("Fresh from the newsroom:"), right
    over the first card's headline, a card with no field above its
    headline: it is the list's heading (a phrase in sentence case, its
    colon no part of its last word), not the first card's source."""
    heads = LONG_HEADLINES
    cards = [
        [heads[0], _teaser(TOPICS[0]), "3 minute read", "SFGATE"],
        [heads[1], "May 23, 2025", _teaser(TOPICS[1])],
    ]
    page = MAIN + "\n\u00a9 2025 Example Media\n\nFresh from the newsroom:\n"
    page += "\n\n".join("\n".join(c) for c in cards)
    related = _related(_clean(page))
    assert [(a.title, a.source) for a in related] == [(heads[0], "SFGATE"), (heads[1], None)]


def test_a_one_sentence_teaser_between_two_cards_of_one_template_is_a_card() -> None:
    """Two cards under a heading no lexicon knows print the same header
    (reading time and age, headline, byline); the first card's teaser is one
    short question, a plain line. The period shows twice in one zone: two
    cards, the first one's teaser that line, the heading above the first
    card's fields no card's."""
    heads = LONG_HEADLINES
    lines = [
        MAIN,
        "\u00a9 2025 Example Media",
        "Other headlines",
        "10 minute read | 21m",
        heads[0],
        "BY SARAH JOHNSON",
        "Remember the port's long quest to find a new name?",
        "Read more",
        "8 min read | 3w",
        heads[1],
        "Written by Aisha Bello",
        _teaser(TOPICS[1]),
    ]
    related = _related(_clean("\n".join(lines)))
    assert [_title_and_offset(a) for a in related] == [
        (heads[0], timedelta(minutes=-21)),
        (heads[1], timedelta(weeks=-3)),
    ]


def test_cards_naming_their_source_above_a_list_of_another_template_are_its_cards() -> None:
    """A list that mixes two templates: three cards print their source's
    name over their headline, the two below print an age over theirs and
    the source in the headline. The list is found by its ages; the cards
    above it, each a name over a headline and its teaser, one template
    repeated, are its cards too (one such card alone may be a story's
    subheading under a name)."""
    heads = [*LONG_HEADLINES, "Rates hold steady as inflation cools", HEADLINES[0]]
    topics = [*TOPICS, "rates", "ferry"]
    lines = [MAIN, "Events", "Summit Apr. 28-29"]
    for k in range(3):
        lines += [("NBC News", "AFP", "NDTV")[k], heads[k], _teaser(topics[k])]
    for k in range(3, 5):
        lines += [f"Updated {k * 10}m", heads[k], _teaser(topics[k]), ("Business", "Travel")[k - 3]]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source) for a in related] == list(
        zip(heads, ["NBC News", "AFP", "NDTV", None, None], strict=True)
    )


def _short_story_and_named_cards(*, source_below_headline: bool) -> str:
    """A short story, a heading no lexicon knows ("Picked for you") and two
    cards with long teasers, each naming its source on a line of its own:
    under the headline, or under the teaser."""
    story = "\n".join(
        ["Council approves housing plan", " ".join([_teaser("housing")] * 2), _teaser("zoning")]
    )
    cards = []
    for k, source in enumerate(("The Harbor Post", "Valley Courier")):
        teaser = " ".join([_teaser(TOPICS[k])] * 3)
        parts = [source, teaser] if source_below_headline else [teaser, source]
        cards.append([LONG_HEADLINES[k], *parts])
    return story + "\n\nPicked for you\n\n" + "\n\n".join("\n".join(c) for c in cards)


def test_cards_each_naming_their_source_are_no_parts_of_a_short_story() -> None:
    """Under a heading no lexicon knows, two cards (headline, the source's
    name on its own line, a long teaser) hold more words than the short
    story above them. A story's subheadings over its parts carry no field
    each: these are cards, not the story's second half."""
    heads = LONG_HEADLINES
    related = _related(_clean(_short_story_and_named_cards(source_below_headline=True)))
    assert [(a.title, a.source) for a in related] == [
        (heads[0], "The Harbor Post"),
        (heads[1], "Valley Courier"),
    ]


def test_a_call_to_action_under_a_teaser_is_no_cards_source() -> None:
    """Below the legal line, a host page's pleas printed like cards: a
    headline, a paragraph and a button where a card's source would be
    ("Enable ads on Harbor", "Join Harbor Plus"). A button is no source."""
    pleas = [
        ["We need to talk about your ad blocker", _teaser("advertising"), "Enable ads on Harbor"],
        ["Want to read without the ads?", _teaser("membership"), "Join Harbor Plus"],
    ]
    page = MAIN + "\n\u00a9 2025 Example Media\n" + "\n".join("\n".join(c) for c in pleas)
    sources = [a.source for a in _clean(page).articles]
    assert "Enable ads on Harbor" not in sources
    assert "Join Harbor Plus" not in sources


def test_a_call_to_action_right_above_a_list_stands_as_its_heading() -> None:
    """A newsletter button ("Sign up for our newsletter") is the only line
    between the story and a list of cards (headline, teaser, desk below):
    it stands where the list's heading would, and the list is read (read as
    a button, ``card.action``, it is still the list's heading)."""
    lines = [MAIN, "Sign up for our newsletter"]
    for k in range(2):
        lines += [LONG_HEADLINES[k], _teaser(TOPICS[k]), ("Business", "Opinion")[k]]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == list(LONG_HEADLINES[:2])


def test_cards_each_closing_on_their_sources_name_are_read_under_a_heading() -> None:
    """Under a heading no lexicon knows, cards print a headline, a long
    teaser and their source's name below it. The name under one teaser is
    that card's footer, no loose line above the next card's headline."""
    heads = LONG_HEADLINES
    related = _related(_clean(_short_story_and_named_cards(source_below_headline=False)))
    assert [(a.title, a.source) for a in related] == [
        (heads[0], "The Harbor Post"),
        (heads[1], "Valley Courier"),
    ]


def test_a_headline_under_the_lists_heading_is_no_teasers_first_line() -> None:
    """Below the legal line, a line of page text, the list's heading ("Stay
    in the loop") and the first card's headline, a long one with a comma
    and no full stop; each card then prints its teaser, its source's name
    and its desk. The other cards' headlines sit right above their teasers,
    under a desk: the first card's headline is that long line, not the
    heading."""
    heads = [
        "In the mayor's long interview on the port, the truth comes out",
        "New car sales plunge ten percent in October",
        "Farmers brace for another dry summer on the plains",
    ]
    lines = [MAIN, "\u00a9 2025 Example Media", "Data also provided by", "Stay in the loop"]
    for k in range(3):
        lines += [heads[k], _long_teaser(TOPICS[k]), ("FIRSTPOST", "CNN", "REUTERS")[k]]
        lines += [("Climate", "Business", "Politics")[k]]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == heads


def test_headings_below_the_legal_line_are_no_story_sections() -> None:
    """Below the page's legal line, a host's form under its own short label
    ("Designed by" over a form's lines and a sentence), then the list's
    heading ("Picked by our editors") over cards whose headlines end in
    their source. Two headings with text between are a story's sections
    only where a story may go on: below the legal line the second heads
    the list."""
    heads = [f"{h} | Reuters" for h in LONG_HEADLINES[:3]]
    lines = [MAIN, "\u00a9 2025 Example Media", "Designed by"]
    lines += ["Send to Email Address Your Name Your Email Address Cancel"]
    lines += ["Post was not sent - check your email addresses!"]
    lines += ["Sorry, your blog cannot share posts by email.", "Picked by our editors"]
    for k in range(3):
        lines += [heads[k], _long_teaser(TOPICS[k])]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source) for a in related] == [
        (h.removesuffix(" | Reuters"), "Reuters") for h in heads
    ]


def test_a_card_whose_teaser_runs_past_the_legal_line_starts_no_list() -> None:
    """A known header of the host's own ("More in Tech") over its sign-up
    form, its footer and its legal line, then the list's own heading and
    cards signed in a footer. Read from the host's header, a "card" of the
    footer ran on past the legal line into the list's first card: a teaser
    never holds the page's copyright line, so that reading is no list and the
    list is read where it starts."""
    authors = ("Jane Doe", "Tom Hughes", "Grace Liu")
    lines = [MAIN, "More in Tech", "Sign up for the newsletter Daily Brief"]
    lines += ["Daily Brief delivers the news of the day every morning."]
    lines += ["Email (required)"]
    lines += ["By signing up, you agree to our Privacy Policy and to our terms of use."]
    lines += ["Subscribe", "Terms of Use", "Privacy Policy", "Contact", "About"]
    lines += ["Example Media", "\u00a9 2025 Example Media, LLC. All Rights Reserved"]
    lines += ["Share this story", "Twitter", "Facebook", "Editors' picks"]
    for k in range(3):
        lines += [LONG_HEADLINES[k], _long_teaser(TOPICS[k]), f"Written by {authors[k]}"]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == list(LONG_HEADLINES[:3])


def test_the_lists_heading_under_share_buttons_is_no_first_headline() -> None:
    """Below the legal line, share buttons, then the list's heading
    ("Editors' picks") right over the first card's headline: the lines above
    the heading are page chrome, and the first card's headline is the line
    right over its teaser, as every other card prints it."""
    lines = [MAIN, "\u00a9 2025 Example Media, LLC. All Rights Reserved"]
    lines += ["Share this story", "Twitter", "Facebook", "Editors' picks"]
    for k in range(3):
        lines += [LONG_HEADLINES[k], _long_teaser(TOPICS[k]), "Written by Jane Doe"]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == list(LONG_HEADLINES[:3])


def test_a_headings_phrase_over_the_first_card_is_no_source() -> None:
    """The list's heading ("Worth your time") over the first card's time and
    headline, where the other cards print their source's name over their
    time: a phrase in sentence case is no outlet's name, so the first card
    has no source (and the others keep theirs)."""
    lines = [MAIN, "Worth your time", "Posted 2 hours ago", LONG_HEADLINES[0]]
    lines += [_long_teaser(TOPICS[0])]
    for k in (1, 2):
        lines += [SOURCES[k], f"{k + 2} hours ago", LONG_HEADLINES[k], _long_teaser(TOPICS[k])]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source) for a in related] == [
        (LONG_HEADLINES[0], None),
        (LONG_HEADLINES[1], SOURCES[1]),
        (LONG_HEADLINES[2], SOURCES[2]),
    ]


def test_a_short_headline_over_its_source_keeps_its_source() -> None:
    """A headline of a few words in sentence case ("Rail link delayed") right
    over its source's name: the name is the source, the phrase the headline."""
    lines = [MAIN, "Related"]
    for k in range(3):
        lines += [HEADLINES[k], SOURCES[k], _long_teaser(TOPICS[k])]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source) for a in related] == list(zip(HEADLINES, SOURCES, strict=True))


def test_a_first_headline_under_the_hosts_footer_lines_is_the_headline() -> None:
    """Under the legal line, the host's footer (a policy link, "Contact us",
    an address, "Close") right over the list's first headline, cards that
    print their headline right over their teaser: the first card's headline
    is the long line right above its teaser, not the first footer line
    (the other cards print their fields above their headline)."""
    lines = [MAIN, "\u00a92025 Example AG", "Legal Information & Privacy Policy"]
    lines += ["Follow us on linkedin youtube", "Contact us", "Phone: +41 41 544 78 00"]
    lines += ["Close", LONG_HEADLINES[0], _long_teaser(TOPICS[0]), "Reuters | By Jane Doe | 1h"]
    for k in (1, 2):
        lines += [f"{k + 4} minute read", f"by Tom Hughes, {SOURCES[k]}"]
        lines += [LONG_HEADLINES[k], _long_teaser(TOPICS[k])]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == list(LONG_HEADLINES[:3])


def test_a_label_in_capitals_over_the_first_headline_is_no_headline() -> None:
    """Below the legal line, the list's label in capitals ("BEFORE YOU GO")
    over the first card's headline: no card below names a source above its headline, so the label
    is no card's headline or source, and the headline is the line below it."""
    lines = [MAIN, "\u00a9 2025 Example Media", "Advertisement", "Comments", "BEFORE YOU GO"]
    for k, source in enumerate(("REUTERS", "SKY NEWS", "INDIA TODAY")):
        lines += [LONG_HEADLINES[k], _long_teaser(TOPICS[k])]
        lines += [f"Politics \u2013 {source} \u2013 by Tom Hughes"]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == list(LONG_HEADLINES[:3])


_OWN_SHAPES = {
    # shapes none of the shared pages print, each a card of our own making
    "numbered": lambda k: [f"{k + 1}. {LONG_HEADLINES[k]}", _long_teaser(TOPICS[k]),
                           f"{SOURCES[k]} \u00b7 {k + 2}h ago"],
    "source_after_a_pipe": lambda k: [f"{LONG_HEADLINES[k]} | {SOURCES[k]}",
                                      _long_teaser(TOPICS[k]), f"{k + 2} days ago"],
    "markdown_links": lambda k: [f"### [{LONG_HEADLINES[k]}](https://example.com/{k})",
                                 f"*{SOURCES[k]} - {k + 2}h*", _long_teaser(TOPICS[k])],
    "compact_time_first": lambda k: [f"{k + 2}h", LONG_HEADLINES[k], SOURCES[k],
                                     _long_teaser(TOPICS[k])],
    "sponsored_label_in_one": lambda k: (["Sponsored"] if k == 1 else [])
    + [LONG_HEADLINES[k], f"{SOURCES[k]} \u2014 Updated {k + 2}h ago", _long_teaser(TOPICS[k])],
}


@pytest.mark.parametrize("header", ["Read next", "From our partners", None])
@pytest.mark.parametrize("shape", sorted(_OWN_SHAPES))
def test_cards_of_shapes_no_shared_page_prints_are_read(shape: str, header: str | None) -> None:
    """Lists in shapes of our own making (a rank before the headline, the
    source after a pipe, Markdown headings, a compact time first, a
    "Sponsored" label on one card), under a known header, an unknown one or
    none: each card comes back with its headline, source and time."""
    lines = [MAIN, ""] + ([header, ""] if header else [])
    for k in range(3):
        lines += [*_OWN_SHAPES[shape](k), ""]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == list(LONG_HEADLINES), shape
    assert [a.source for a in related] == list(SOURCES), shape
    assert all(a.published is not None for a in related), shape


def test_lines_between_a_footers_time_and_the_next_header_cut_them_apart() -> None:
    """No blank lines; each card's time below its teaser, some cards' source
    and desk above their headline, and an image's address and credit
    between the two: the lines between the fields part the card above's
    footer from the card below's header, so each time stays with the teaser
    above it."""
    debris = ["https://cdn.example.com/images/2025/06/photo-1.jpg?w=640", "Image: Shutterstock"]
    lines = [MAIN, "You might also like:"]
    lines += [LONG_HEADLINES[0], _long_teaser(TOPICS[0]), "2d", *debris]
    lines += [f"{SOURCES[1]} | SCIENCE", LONG_HEADLINES[1], _long_teaser(TOPICS[1])]
    lines += ["640x360", LONG_HEADLINES[2], _long_teaser(TOPICS[2]), "6 hrs ago", *debris]
    lines += [f"{SOURCES[0]} | OPINION", HEADLINES[0], _long_teaser("harbour")]
    related = _related(_clean("\n".join(lines)))
    assert [_title_and_offset(a) for a in related] == [
        (LONG_HEADLINES[0], timedelta(days=-2)),
        (LONG_HEADLINES[1], None),
        (LONG_HEADLINES[2], timedelta(hours=-6)),
        (HEADLINES[0], None),
    ]
    assert [a.source for a in related] == [None, SOURCES[1], None, SOURCES[0]]


def test_a_lists_heading_over_the_first_cards_kicker_and_source_leaves_them_the_cards() -> None:
    """Under the legal line, the list's heading ("Picked by our editors")
    then each card as "kicker / source / headline / teaser": the first card's
    extra plain line is the heading above its template, not a line below
    its headline; before, the first card lost its kicker and source."""
    lines = [MAIN, "\u00a9 2025 Example Media, LLC. All Rights Reserved", "Picked by our editors"]
    for k in range(3):
        lines += ["World News", SOURCES[k], LONG_HEADLINES[k], _long_teaser(TOPICS[k])]
    related = _related(_clean("\n".join(lines)))
    assert [(a.title, a.source) for a in related] == list(
        zip(LONG_HEADLINES[:3], SOURCES, strict=True)
    )


def test_a_first_headline_over_its_byline_stays_the_headline_when_read_from_the_byline() -> None:
    """Cards print "headline / By Name / teaser"; the first card's teaser
    opens with a line of scores. Read from the first byline (a footer of the
    story above, as it first seemed), the list took the scores for the first
    headline. Every other card prints its headline right above its byline,
    so the line above the first byline is the first headline."""
    lines = [MAIN, "", "PICKED BY OUR EDITORS"]
    lines += ["HS Roundup: Viera defeats Rockledge to remain undefeated", "By Michael Chen"]
    lines += ["Palm Bay 18 22 13 17 — 70", _long_teaser("basketball"), ""]
    for k in range(2):
        lines += [LONG_HEADLINES[k], "By Jane Doe", _long_teaser(TOPICS[k]), ""]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == [
        "HS Roundup: Viera defeats Rockledge to remain undefeated",
        *LONG_HEADLINES[:2],
    ]


def test_a_first_teaser_ending_in_a_line_cut_short_keeps_its_card() -> None:
    """Cards print "headline / teaser / reading time / time" with no section
    header; the first card's teaser ends in a line cut mid-sentence, too
    short for a teaser's line ("In search of answers, a team of"). Read
    from the first fields (a header, as they first seemed), the card above
    them is the list's first: the cut line is its teaser's last, no
    headline (no teaser of its own follows it)."""
    lines = [MAIN, ""]
    for k in range(3):
        lines += [LONG_HEADLINES[k], _long_teaser(TOPICS[k])]
        if k == 0:
            lines.append("In search of answers, the port authority and its")
        lines += [f"{k + 3} minute read", f"Published {k + 1} weeks ago", ""]
    related = _related(_clean("\n".join(lines)))
    assert [_title_and_offset(a) for a in related] == [
        (LONG_HEADLINES[k], timedelta(weeks=-(k + 1))) for k in range(3)
    ]


def test_a_first_card_whose_teaser_is_one_plain_line_over_its_footer_is_read() -> None:
    """Under a section header, the first card prints a headline, a teaser of
    one line that reads as no prose ("Tested by: ... More info: <address>"),
    then its footer time, as every card below prints its time under its
    teaser: the line is the card's teaser, longer than its headline, and
    the time its footer (no text follows the time: the next headline)."""
    lines = [MAIN, "", "More stories", "A workshop manual for every rider, reviewed"]
    lines += ["Tested by: Dana Smith RRP: 23.99 Euro (£20) More info: the maker, +49 40 890 85"]
    lines += ["Updated 2 hours ago"]
    for k in range(2):
        lines += [LONG_HEADLINES[k], _long_teaser(TOPICS[k]), f"Updated {k + 3} hours ago"]
    related = _related(_clean("\n".join(lines)))
    assert [_title_and_offset(a) for a in related] == [
        ("A workshop manual for every rider, reviewed", timedelta(hours=-2)),
        *[(LONG_HEADLINES[k], timedelta(hours=-(k + 3))) for k in range(2)],
    ]


def test_a_first_card_of_a_list_read_from_its_footer_may_have_a_one_line_teaser() -> None:
    """Cards print "SOURCE / headline / teaser / section - reading time"
    under a heading no lexicon knows; the first card's teaser is one plain
    line, a sentence of a teaser's words. Read from the first fields, the
    card above them is the list's first: that line is its whole teaser,
    under a shorter headline that is no name."""
    first = "There is a strange disconnect in the online business world, and it is the perfect job!"
    headlines = ["How to adopt the mindset of a successful online leader", *LONG_HEADLINES]
    lines = [MAIN, "", "Popular"]
    for k in range(4):
        teaser = first if k == 0 else _teaser(TOPICS[k - 1])
        lines += ["India Today", headlines[k], teaser, f"Culture - {k + 3} min read", ""]
    related = _related(_clean("\n".join(lines)))
    assert [a.title for a in related] == headlines


def test_time_after_a_label_and_a_full_width_colon_is_a_card_time() -> None:
    """Chinese and Japanese labels end in the full-width colon ("发布时间："):
    the line is still a time, as with the ASCII colon."""
    from newsclean.stories.card_lines import foreign_time

    assert foreign_time("发布时间： 2025年5月19日")
    assert foreign_time("更新时间：2025-05-06 01:05")
    assert not foreign_time("发布时间： 请稍后")
