"""Unit tests for segment: pages cut into the main story and related cards."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest

from newsclean import Article, Options, Page, clean
from newsclean.stories.card_lines import is_time_phrase, split_fields
from newsclean.stories.segment import Segment, segment
from newsclean.text.blocks import split_blocks
from newsclean.text.label import label_blocks

REF = datetime(2025, 6, 7, 12, 0, tzinfo=UTC)


def _body(topic: str, sentences: int = 4) -> str:
    """A body line about ``topic``: several sentences run into one line."""
    parts = [
        f"Officials said the {topic} plan would be reviewed by the committee on Monday.",
        f"Critics of the {topic} proposal argued that the costs had been underestimated for years.",
        f"Supporters said the {topic} measure was overdue and would help thousands of families.",
        f"A final vote on the {topic} bill is expected before the end of the month, aides said.",
        f"Analysts expect the {topic} debate to shape the coming election campaign in many states.",
    ]
    return " ".join(parts[i % len(parts)] for i in range(sentences))


MAIN = "\n".join(
    [
        "Home",
        "World",
        "Business",
        "Council approves housing plan",
        _body("housing", 5),
        _body("zoning", 5),
        "Share this article",
    ]
)


def _clean(page: str, **kwargs: object) -> Page:
    return clean(page, reference_time=REF, **kwargs)  # type: ignore[arg-type]


def _related(page: Page) -> list[Article]:
    return [a for a in page.articles if a.role == "related"]


def _ago(article: Article) -> timedelta | None:
    return article.published.offset if article.published else None


def _segments(page: str) -> tuple[Segment, ...]:
    return segment(label_blocks(split_blocks(page)))


def test_source_dot_time_cards_split_into_source_and_time() -> None:
    """Cards headed "Source · 3 hours ago" give source and time separately."""
    page = "\n".join(
        [
            MAIN,
            "Keep reading",
            "Reuters · 3 hours ago",
            "Ports reopen after strike ends",
            _body("port"),
            "The Local Times · 45 minutes ago",
            "Bridge repairs to start in spring",
            _body("bridge"),
        ]
    )
    cards = _related(_clean(page))
    assert [(c.title, c.source, _ago(c)) for c in cards] == [
        ("Ports reopen after strike ends", "Reuters", -timedelta(hours=3)),
        ("Bridge repairs to start in spring", "The Local Times", -timedelta(minutes=45)),
    ]
    assert cards[0].text.startswith("Officials said the port plan")


def test_headline_then_byline_cards() -> None:
    """Cards with the headline above a "By A | Source | Updated: time" byline."""
    page = "\n".join(
        [
            MAIN,
            "Recommended",
            "Farmers brace for a dry summer across the southern plains this year",
            "By Jane Doe | Farm Weekly | Updated: 2 hours ago",
            _body("drought"),
            "",
            "Rail operator orders forty new trains for the coastal line",
            "By John Roe and Ann Poe | Rail News | Updated: 5 hours ago",
            _body("rail"),
        ]
    )
    cards = _related(_clean(page))
    assert [(c.title, c.source, _ago(c)) for c in cards] == [
        (
            "Farmers brace for a dry summer across the southern plains this year",
            "Farm Weekly",
            -timedelta(hours=2),
        ),
        (
            "Rail operator orders forty new trains for the coastal line",
            "Rail News",
            -timedelta(hours=5),
        ),
    ]
    assert cards[0].authors == ("Jane Doe",)


def test_live_blog_entries_after_a_header_become_cards() -> None:
    """Live-blog style entries (time, headline, text) after a header are stories."""
    page = "\n".join(
        [
            MAIN,
            "Latest updates",
            "10 minutes ago",
            "Mayor responds to critics",
            _body("mayor", 2),
            "1 hour ago",
            "Protesters gather outside city hall",
            _body("protest", 2),
        ]
    )
    cards = _related(_clean(page))
    assert [(c.title, _ago(c)) for c in cards] == [
        ("Mayor responds to critics", -timedelta(minutes=10)),
        ("Protesters gather outside city hall", -timedelta(hours=1)),
    ]


def test_live_blog_inside_main_story_is_not_split() -> None:
    """Time-stamped entries without sources or a section header stay in the main story."""
    page = "\n".join(
        [
            "Election night live",
            _body("count", 3),
            "10 minutes ago",
            _body("turnout", 3),
            "1 hour ago",
            "Polls close in the east",
            _body("poll", 3),
        ]
    )
    result = _clean(page)
    assert [a.role for a in result.articles] == ["main"]
    assert "turnout" in result.articles[0].text
    assert "poll plan" in result.articles[0].text


def test_cards_without_section_header_end_the_main_story() -> None:
    """The main story must not swallow the first card when no section header precedes it."""
    page = "\n".join(
        [
            MAIN,
            "Storm knocks out power to thousands",
            "Coastal Herald",
            "45 minutes ago",
            _body("storm"),
            "Museum unveils restored mural",
            "Arts Daily",
            "2 days ago",
            _body("museum"),
        ]
    )
    result = _clean(page)
    assert [a.role for a in result.articles] == ["main", "related", "related"]
    assert "storm" not in result.articles[0].text
    assert [(c.title, c.source, _ago(c)) for c in _related(result)] == [
        ("Storm knocks out power to thousands", "Coastal Herald", -timedelta(minutes=45)),
        ("Museum unveils restored mural", "Arts Daily", -timedelta(days=2)),
    ]


def test_unknown_section_header_is_removed_as_section_header() -> None:
    """A heading no lexicon knows, right above the first card, is reported as a section header."""
    page = "\n".join(
        [
            MAIN,
            "Elsewhere on the network",
            "Storm knocks out power to thousands",
            "Coastal Herald",
            "45 minutes ago",
            _body("storm"),
        ]
    )
    result = _clean(page)
    headers = [r for r in result.removed if r.rule == "card.section_header"]
    assert [r.text for r in headers] == ["Elsewhere on the network"]
    assert all("Elsewhere" not in a.text for a in result.articles)


def test_related_link_list_inside_main_story_does_not_start_cards() -> None:
    """A "Related articles" link list followed by more story text is not a card list."""
    page = "\n".join(
        [
            "Council approves housing plan",
            _body("housing", 4),
            "Related Articles",
            "Housing costs rise again",
            "What the zoning rules mean for you",
            _body("zoning", 4),
            _body("transit", 4),
        ]
    )
    result = _clean(page)
    assert [a.role for a in result.articles] == ["main"]
    assert "transit plan" in result.articles[0].text


def test_main_story_byline_at_the_top_is_not_a_card() -> None:
    """The main story's own headline and byline, below a long menu text, stay the main story."""
    page = "\n".join(
        [
            "Home",
            "We use cookies and similar tools to give you the best experience on our site, "
            "to measure traffic and to show you offers that suit you; you can change your "
            "choice at any time in the settings of your browser or on our privacy page",
            "Council approves housing plan",
            "By Jane Doe | City Paper | Updated: 3 hours ago",
            _body("housing", 5),
            _body("zoning", 5),
        ]
    )
    result = _clean(page)
    assert [a.role for a in result.articles] == ["main"]


def test_source_dash_source_title_card() -> None:
    """The aggregator shape: source, time, "- source", headline, body."""
    page = "\n".join(
        [
            MAIN,
            "Related Articles",
            "News18",
            "an hour ago",
            "- News18",
            "Next round of trade talks to be held in London as curbs ease on rare earths",
            _body("trade"),
        ]
    )
    (card,) = _related(_clean(page))
    assert card.title == (
        "Next round of trade talks to be held in London as curbs ease on rare earths"
    )
    assert (card.source, _ago(card)) == ("News18", -timedelta(hours=1))
    assert "News18" not in card.text


def test_caps_source_above_headline_and_time() -> None:
    """An ALL CAPS source line above the headline is the source, not the headline."""
    page = "\n".join(
        [
            MAIN,
            "More Stories",
            "CITY WIRE",
            "Schools to reopen next week",
            "2 days ago",
            _body("school"),
        ]
    )
    (card,) = _related(_clean(page))
    assert (card.title, card.source) == ("Schools to reopen next week", "CITY WIRE")


def test_headline_ending_in_period_is_still_the_title() -> None:
    """A headline that ends in a period (labelled body text) is taken from structure."""
    page = "\n".join(
        [
            MAIN,
            "More Stories",
            "Barron's · Yesterday",
            "Home Depot stock is falling after its earnings. Why you shouldn't worry.",
            _body("retail", 5),
        ]
    )
    (card,) = _related(_clean(page))
    assert card.title == "Home Depot stock is falling after its earnings. Why you shouldn't worry."
    assert card.text.startswith("Officials said the retail plan")


def test_short_last_card_body_is_kept() -> None:
    """The last card on the page keeps a body shorter than a paragraph."""
    page = "\n".join(
        [
            MAIN,
            "More Stories",
            "Museum unveils restored mural",
            "Arts Daily",
            "2 days ago",
            _body("museum"),
            "Workshop manual review",
            "Bike Weekly",
            "5 days ago",
            "Tested by: John Milbank, price 23.99, more info online",
        ]
    )
    cards = _related(_clean(page))
    assert [c.title for c in cards] == ["Museum unveils restored mural", "Workshop manual review"]
    assert cards[1].text == "Tested by: John Milbank, price 23.99, more info online"


def test_kicker_line_above_card_header_is_removed() -> None:
    """A kicker above a card's headline is removed as a section label, not glued to a body."""
    page = "\n".join(
        [
            MAIN,
            "More Stories",
            "Museum unveils restored mural",
            "Arts Daily",
            "2 days ago",
            _body("museum"),
            "OPINION",
            "Storm knocks out power to thousands",
            "Coastal Herald",
            "45 minutes ago",
            _body("storm"),
        ]
    )
    result = _clean(page)
    cards = _related(result)
    assert "OPINION" not in cards[0].text
    removed = [*result.removed, *(r for a in result.articles for r in a.removed)]
    assert any(r.text == "OPINION" and r.rule == "card.section_label" for r in removed)


def test_split_cards_off_keeps_one_story() -> None:
    """Options(split_cards=False) returns the main story only."""
    page = "\n".join([MAIN, "More Stories", "Reuters · 3 hours ago", "Ports reopen", _body("port")])
    result = _clean(page, options=dataclasses.replace(Options(), split_cards=False))
    assert [a.role for a in result.articles] == ["main"]


def test_card_lines_are_all_accounted_for() -> None:
    """Every card line is a title, a header field, body text or a recorded removal."""
    page = "\n".join(
        [
            MAIN,
            "Recommended",
            "Reuters · 3 hours ago",
            "Ports reopen after strike ends",
            _body("port"),
            "&w=3840&q=100)",
            "By Jane Doe | Farm Weekly | Updated: 2 hours ago",
            _body("drought"),
        ]
    )
    segs = _segments(page)
    cards = [s for s in segs if s.role == "related"]
    assert len(cards) == 2
    first_card_line = page.index("Reuters · 3 hours ago")
    covered: list[tuple[int, int]] = []
    for s in cards:
        covered += [(b.start, b.end) for b in s.body]
        covered += [(d.block.start, d.block.end) for d in s.header]
        covered += [(r.start, r.end) for r in s.removed]
        if s.title:
            covered.append((s.title.start, s.title.end))
    chars = set()
    for a, b in covered:
        chars.update(range(a, b))
    missing = [i for i in range(first_card_line, len(page)) if i not in chars and page[i] != "\n"]
    assert not missing, page[missing[0] : missing[0] + 40]


@pytest.mark.parametrize(
    "text",
    [
        "3 hours ago",
        "9h ago",
        "Yesterday",
        "Updated: May 18, 2025, 00:52 IST",
        "Published 11:11 PM EST Nov 19, 2019",
        "Tuesday, June 3, 2025 at 10:15 a.m. ET",
        "1 July 2019",
        "2025-06-07T09:30:00Z",
    ],
)
def test_time_phrases_are_recognised(text: str) -> None:
    """Relative and absolute time lines read as times."""
    assert is_time_phrase(text)


@pytest.mark.parametrize(
    "text", ["USA Today", "Opening Bell 11.18.19", "May the best team win", "Reuters", "2025"]
)
def test_names_and_headlines_are_not_time_phrases(text: str) -> None:
    """Sources and headlines with dates or time words inside are not time lines."""
    assert not is_time_phrase(text)


def test_split_fields_needs_a_time_or_byline() -> None:
    """A line of short names joined by separators is not a header of fields."""
    assert split_fields("Politics | World | Business") is None
    line = "3h ago | CNN"
    assert [line[a:b] for a, b in split_fields(line) or []] == ["3h ago", "CNN"]


def test_empty_page_gives_no_segments() -> None:
    """No blocks, no segments."""
    assert segment(()) == ()


def test_source_name_ending_in_abbreviation_is_a_source() -> None:
    """Regression: "City A.M." and "- City A.M." are source lines, not sentences."""
    page = "\n".join(
        [
            MAIN,
            "City A.M.",
            "10m ago",
            "- City A.M.",
            "Alibaba to raise $12.9bn in listing",
            _body("ipo"),
        ]
    )
    (card,) = _related(_clean(page))
    assert (card.title, card.source) == ("Alibaba to raise $12.9bn in listing", "City A.M.")


def test_source_named_like_a_time_word_is_a_source() -> None:
    """Regression: "USA Today" is a source, not the time "today"."""
    page = "\n".join(
        [
            MAIN,
            "More Stories",
            "USA Today",
            "22 hours ago",
            "- USA Today",
            "Guards charged",
            _body("jail"),
        ]
    )
    (card,) = _related(_clean(page))
    assert (card.source, _ago(card)) == ("USA Today", -timedelta(hours=22))


def test_heading_above_cards_is_not_a_short_card_body() -> None:
    """Regression: a teaser (headline, date) above an unknown header is not a card."""
    page = "\n".join(
        [
            MAIN,
            "Messenger Facebook",
            "The pop star row explained",
            "1 July 2019",
            "Elsewhere on the network",
            "Storm knocks out power to thousands",
            "Coastal Herald",
            "45 minutes ago",
            _body("storm"),
            "PHYS.ORG",
            "Hibernating astronauts would need smaller spacecraft",
            "16 hours ago",
            _body("space"),
        ]
    )
    titles = [c.title for c in _related(_clean(page))]
    assert titles == [
        "Storm knocks out power to thousands",
        "Hibernating astronauts would need smaller spacecraft",
    ]


def test_teaser_list_in_page_furniture_does_not_start_cards() -> None:
    """Regression: dated teasers among menu lines before the cards stay out of the card list."""
    page = "\n".join(
        [
            MAIN,
            "Subscribe to our feed",
            "TODAY'S PAPER",
            "Wednesday, 20th November 2019",
            "See today's front and back pages, download the newspaper and order back issues.",
            "About us",
            "Contact",
            "Careers",
            "Advertise",
            "Terms of use",
            "Storm knocks out power to thousands",
            "Coastal Herald",
            "45 minutes ago",
            _body("storm"),
            "Museum unveils restored mural",
            "Arts Daily",
            "2 days ago",
            _body("museum"),
        ]
    )
    titles = [c.title for c in _related(_clean(page))]
    assert titles == ["Storm knocks out power to thousands", "Museum unveils restored mural"]


def test_cards_with_a_source_under_a_header_with_a_sites_name() -> None:
    """"TOP STORIES IN WORLD" (a known opening and a desk) heads cards whose
    only field is a source between headline and teaser: no time, no byline,
    the header alone shows the list."""
    page = "\n".join(
        [
            MAIN,
            "TOP STORIES IN WORLD",
            "Storm knocks out power to thousands",
            "ESPN",
            _body("storm"),
            "Port strike ends after two weeks",
            "ESPN",
            _body("port"),
        ]
    )
    related = _related(_clean(page))
    titles = ["Storm knocks out power to thousands", "Port strike ends after two weeks"]
    assert [(a.title, a.source) for a in related] == [(t, "ESPN") for t in titles]


def test_reader_comments_under_a_section_header_are_no_cards() -> None:
    """Below a list header ("More from Nelson Jones") a comment thread: a date
    and a name over each comment, no headline. The comments are no cards."""
    comments = []
    for k, name in enumerate(("Ann Lee", "Bo Park (not verified)", "Cy Hart (not verified)")):
        comments += [f"Fri, 2012-11-09 17:{10 + k} — {name}", _body(("storm", "port", "rail")[k])]
    page = "\n".join([MAIN, "More from Nelson Jones", *comments])
    result = _clean(page)
    assert [a.role for a in result.articles] == ["main"]


def test_a_link_list_of_cut_titles_under_a_section_header_gives_no_cards() -> None:
    """"Top stories in Nation", one headline with a time, then link titles cut
    with an ellipsis: a link list, not a card whose teaser is the titles."""
    topics = ("storm", "port", "rail", "bridge")
    titles = [f"Officials in the {t} case say the review will take several weeks …" for t in topics]
    head = ["Top stories in Nation", "Trump says he had a routine check-up", "12:51 p.m."]
    page = "\n".join([MAIN, *head, *titles])
    result = _clean(page)
    assert [a.role for a in result.articles] == ["main"]


def test_a_card_after_a_long_gap_of_other_lines_is_no_card_of_the_list() -> None:
    """Three cards, then the site's footer menu (desk names among its links)
    and a last "card" (a line over a sentence, "Email check failed" / "Sorry,
    your blog cannot share posts by email."): the gap ends the list."""
    cards = []
    for k, topic in enumerate(("storm", "port", "rail")):
        cards += [f"The {topic} story that everyone reads", f"June {k + 1}, 2025", _body(topic)]
    box = ["Today's Paper", "Facebook", "Twitter", "Instagram", "News", "Sports", "Opinion"]
    box += ["Things to Do", "Comics", "Puzzles", "Weather", "Lottery", "Classifieds", "Jobs"]
    tail = ["Email check failed, please try again", "Sorry, your blog cannot share posts by email."]
    page = "\n".join([MAIN, "Related Articles", *cards, *box, *tail])
    titles = [a.title for a in _related(_clean(page))]
    assert titles == [f"The {t} story that everyone reads" for t in ("storm", "port", "rail")]


def test_short_teasers_without_a_full_stop_under_fields_make_a_list() -> None:
    """Below a section header, cards whose teaser is one plain line under a field
    ("9 minute read" / a dateline ending in a colon) are read as a list."""
    teasers = [
        "HAYWARD, Calif. (AP) - The Latest on a deadly stabbing on a commuter train "
        "(all times local):",
        "The city council met for six hours, and could not agree on the budget before midnight",
    ]
    cards = "\n".join(
        f"{title}\n9 minute read\n{teaser}"
        for title, teaser in zip(
            ("Man stabbed to death on a Bay Area train", "Council fails to pass the budget"),
            teasers,
            strict=True,
        )
    )
    page = _clean(f"{MAIN}\nTrending now\n{cards}\nTerms of Use")
    assert [a.title for a in _related(page)] == [
        "Man stabbed to death on a Bay Area train",
        "Council fails to pass the budget",
    ]


def test_headlines_with_teasers_below_the_copyright_line_are_cards() -> None:
    """Below the page's legal line ("© 2024 ..."), where no story continues, bare
    cards (a headline over a teaser) are read as a list; footer links there are not."""
    stories = (("Council delays the rail vote", "rail"), ("Schools get new funds", "school"))
    cards = "\n".join(f"{title}\n{_body(topic, 2)}" for title, topic in stories)
    footer = "About us\nContact\n© 2024 Daily Media. All rights reserved."
    page = _clean(f"{MAIN}\n{footer}\n{cards}")
    assert [a.title for a in _related(page)] == [
        "Council delays the rail vote",
        "Schools get new funds",
    ]
    assert _related(_clean(f"{MAIN}\n{footer}\nPrivacy Policy\nTerms of Use\nSitemap")) == []
    # a cookie box's entries are headed by names and labels, not headlines
    cookies = (
        "Necessary Always Enabled\nNecessary cookies are absolutely essential for the "
        "website to function properly. This category only includes cookies that ensure "
        "basic functions and security features of the website.\nNon-necessary\nAny cookies "
        "that may not be particularly necessary for the website to function, and are used "
        "to collect user personal data via analytics, are non-necessary cookies."
    )
    assert _related(_clean(f"{MAIN}\n{footer}\n{cookies}")) == []


def test_short_teasers_ending_in_a_read_more_link_make_a_list_under_a_new_header() -> None:
    """Under a header no lexicon holds ("Keep going"), cards of a headline over
    one teaser line and nothing else: two teasers are short, cut at a "Read
    more" link (one after a question, one after a plain word and before a
    link's arrow). The links mark them as teasers, so the four cards read as a
    list; without the links the short lines are no teasers and no list is read."""
    stories = [
        (
            "Harbour ferries add a late crossing",
            "Passengers leaving the island after concerts will get a boat at midnight from "
            "June, the operator announced, after complaints about crowded evening sailings.",
        ),
        ("Museum reopens its north wing", "Which rooms can visitors see first? Read more"),
        ("Schools plan a longer lunch break", "Parents split over the new timetable Read more »"),
        (
            "Rail fares to rise in the spring",
            "Tickets between the two largest cities will cost four percent more from April, "
            "while season passes for students stay frozen for another year.",
        ),
    ]
    cards = "\n\n".join(f"{title}\n{teaser}" for title, teaser in stories)
    page = _clean(f"{MAIN}\n\nKeep going\n\n{cards}")
    assert [a.title for a in _related(page)] == [title for title, _ in stories]
    assert [r.text for r in page.removed if r.rule == "card.section_header"] == ["Keep going"]
    bare = cards.replace(" Read more »", "").replace(" Read more", "")
    assert _related(_clean(f"{MAIN}\n\nKeep going\n\n{bare}")) == []


def test_a_heading_over_the_storys_own_sections_starts_no_list() -> None:
    """Short headings over parts of the story itself ("North district" ...
    "South district") are no list's header: the parts share the story's
    topic, and a heading like one above it, with story between, is the
    story's next section."""
    part = (
        "Officials said the housing plan would add homes in the {0} district, where "
        "rents rose fastest, and the zoning board would review the housing rules there."
    )
    sections = "\n".join(
        f"{name} district\nNew homes for the {name.lower()} side\n{part.format(name.lower())}"
        for name in ("North", "South", "East")
    )
    assert _related(_clean(f"{MAIN}\n{sections}")) == []


_FERRY = (
    "Passengers leaving the island after concerts will get a boat at midnight from June, "
    "the operator announced, after complaints about crowded evening sailings."
)
_FARES = (
    "Tickets between the two largest cities will cost four percent more from April, while "
    "season passes for students stay frozen for another year."
)


def test_a_heading_no_lexicon_knows_heads_a_list_found_below_its_first_card() -> None:
    """Below the legal line, a heading no lexicon holds ("Stories we picked")
    over cards whose first teaser is no prose (no full stop, a second plain
    line under it): the list is found from the second card's fields, and the
    first card between them and the heading is taken in, as under "Related
    stories"."""
    lines = [
        MAIN,
        "Terms of Use",
        "© 2024 Daily Media",
        "",
        "{header}",
        "Board game makers try a new pack",
        "15 min read | BUSINESS | Firstpost",
        "New tasks for the game! More questions for your opponent, challenges coming soon, "
        "better phone support and fewer bugs",
        "",
        "Try something new with your friends this weekend",
        "Harbour ferries add a late crossing",
        "4 min read | BUSINESS | HuffPost",
        _FERRY,
        "",
        "Rail fares to rise in the spring",
        "12 min read | MARKETS | Moneycontrol",
        _FARES,
    ]
    titles = [
        "Board game makers try a new pack",
        "Harbour ferries add a late crossing",
        "Rail fares to rise in the spring",
    ]
    for header in ("Stories we picked", "Related stories"):
        page = _clean("\n".join(lines).replace("{header}", header))
        assert [a.title for a in _related(page)] == titles, header


def test_a_heading_no_lexicon_knows_is_no_headline_of_the_card_below_it() -> None:
    """A mixed list: two cards with their time below the teaser, then cards
    with a header. The first two are taken in above the list; the heading
    over them ("Stories we picked") is no headline, the line below it is."""
    lines = [
        MAIN,
        "",
        "Stories we picked",
        "",
        "Harbour ferries add a late crossing",
        _FERRY,
        "5 minute read – 3d ago",
        "",
        "Rail fares to rise in the spring",
        _FARES,
        "14 minute read – 3w",
        "",
        "Posted 1 hour ago",
        "BLOOMBERG",
        "Library opens late on weekdays",
        "The central library will stay open until ten at night on weekdays from next month, "
        "after a trial that drew more students than the staff had expected.",
        "",
        "Posted 2 hours ago",
        "BLOOMBERG",
        "Apple harvest to shrink after frost",
        "Farmers in the valley expect a smaller apple harvest after a late frost damaged "
        "blossoms in April, the growers' association said on Friday.",
    ]
    page = _clean("\n".join(lines))
    assert [a.title for a in _related(page)] == [
        "Harbour ferries add a late crossing",
        "Rail fares to rise in the spring",
        "Library opens late on weekdays",
        "Apple harvest to shrink after frost",
    ]
    assert [r.text for r in page.removed if r.rule == "card.section_header"] == [
        "Stories we picked"
    ]


def test_footer_cards_whose_time_and_byline_share_a_comma_keep_their_first_card() -> None:
    """Cards of a headline, a teaser and a footer "Published 43 min ago, BY
    GRACE LIU": every footer reads as a time and an author, so the list's
    template is a footer's and its first card, above the first footer, is
    one of the list (it was read as the story's end when one footer read as a
    time alone, and every card then took the footer above it as its own)."""
    footers = [
        "Posted 46m ago, BY OLGA PETROVA",
        "Published 6d, BY EMILY WATSON",
        "Updated 1 hr ago, BY OLGA PETROVA",
        "Published 43 min ago, BY GRACE LIU",
    ]
    titles = [
        "Harbour ferries add a late crossing",
        "Museum reopens its north wing",
        "Schools plan a longer lunch break",
        "Rail fares to rise in the spring",
    ]
    topics = ["ferry", "museum", "school", "rail"]
    cards = "\n".join(
        f"{title}\n{_body(topic, 2)}\n{footer}"
        for title, topic, footer in zip(titles, topics, footers, strict=True)
    )
    related = _related(_clean(f"{MAIN}\n{cards}"))
    assert [a.title for a in related] == titles
    assert [_ago(a) for a in related] == [
        timedelta(minutes=-46),
        timedelta(days=-6),
        timedelta(hours=-1),
        timedelta(minutes=-43),
    ]
    assert [a.authors for a in related] == [
        ("OLGA PETROVA",),
        ("EMILY WATSON",),
        ("OLGA PETROVA",),
        ("GRACE LIU",),
    ]

