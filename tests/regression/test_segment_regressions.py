"""Regression tests for card segmentation, named after what they guard."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import newsclean

_PARAGRAPHS = [
    "The court heard that the man had sent the messages over several weeks in the spring. "
    "Prosecutors said he called the senator's office in Washington more than a dozen times.",
    "His lawyer told the judge that his client regretted the calls and had sought treatment. "
    "Sentencing was set for March, and he remains free on bail until then, officials said.",
    "The senator's office declined to comment on the plea on Monday afternoon. "
    "A spokesman said staff had been shaken by the calls but continued their work as usual.",
    "Threats against members of Congress have risen sharply in recent years, police said. "
    "The Capitol Police opened more than nine thousand cases last year, a record number.",
]

# Paragraphs of the same story, apart from _PARAGRAPHS (no near-duplicates).
_LATER = [
    "The man first called the office in April, court papers show, and left long messages "
    "on the answering machine late at night, most of them about the new highway plan.",
    "Staff told investigators that the calls grew angrier over the weeks, and that one of "
    "them named the street where a member of the team lived with her two young children.",
    "Police traced the number to a house on the edge of town within a day, and officers "
    "spoke to the man at his door that evening before a warrant was sought from a judge.",
    "He was arrested a week later and has been held since then, though his lawyer asked "
    "the court on Thursday to let him go home to care for his elderly mother until trial.",
]


def test_story_own_byline_and_date_do_not_start_a_card() -> None:
    """A date and byline above the story's body are its header, not a related card."""
    teaser = (
        "Get breaking news alerts and special reports from the newsroom, delivered to you. " * 3
    )
    page = "\n".join(
        [
            "Home",
            "World",
            teaser.strip(),
            "Man pleads guilty to threatening senator",
            "Nov. 19, 2019, 8:41 AM UTC",
            "By Phil Helsel",
            *_PARAGRAPHS,
        ]
    )
    result = newsclean.clean_text(page)
    assert [a.role for a in result.articles] == ["main"]
    assert result.main is not None
    assert result.main.paragraphs == tuple(_PARAGRAPHS)
    assert result.main.title == "Man pleads guilty to threatening senator"
    assert result.main.authors == ("Phil Helsel",)
    assert result.main.published is not None
    assert result.main.published.text == "Nov. 19, 2019, 8:41 AM UTC"


def test_blog_posts_own_byline_under_a_sidebar_starts_no_card() -> None:
    """A blog post's byline and date above its story, under a sidebar of teasers
    (a photo gallery's captions, text enough for a story above), head the post:
    one card of that template on the page, with the page's longest text, is no
    next story of an endless page (it was read as a related card and the
    sidebar as the main story: dragnet R446 through markdownify)."""
    gallery = [
        "Photo Galleries",
        "DESIGN WEEK 2012 The second design week showed a new generation of designers "
        "eager to find a voice.",
        "Festival photos",
        "CRAFT FAIR 2012 This year's fair celebrated the making behind design and the work "
        "of small shops.",
        "Fair photos",
        "CITY FESTIVAL 2012 Celebrating its tenth year, the city was full of shows, talks "
        "and workshops.",
        "City photos",
    ]
    story = [*_PARAGRAPHS, _LATER[0]]
    page = "\n".join(
        ["Home", "About", *gallery, "Man pleads guilty to threatening senator",
         "By Rain Noe | 6 Nov 2012", "Comments (0)", *story, "Tweet", "Name:", "Email:"]
    )  # fmt: skip
    result = newsclean.clean_text(page)
    assert [a.role for a in result.articles] == ["main"]
    assert result.main is not None
    assert result.main.title == "Man pleads guilty to threatening senator"
    assert result.main.paragraphs == tuple(story)
    assert result.main.authors == ("Rain Noe",)


def test_related_card_without_section_header_still_splits() -> None:
    """A compact card after a full story still becomes its own article without a header."""
    story = "\n".join(_PARAGRAPHS)
    card_body = "Officials said the new bridge would open to traffic next month after tests. " * 3
    card = f"City Paper\n2 hours ago\n- City Paper\nBridge opens soon\n{card_body}"
    page = f"Bridge story\n{story}\n{card}"
    result = newsclean.clean_text(page)
    assert [a.role for a in result.articles] == ["main", "related"]
    assert result.articles[1].title == "Bridge opens soon"


def test_unpunctuated_menu_above_the_story_is_no_story_a_card_could_end() -> None:
    """A flattened menu or tag cloud is long but no story: a dated story below it
    is the page's main story, not a related card (it was, and the menu the main)."""
    menu = (
        "Administration Agriculture Campaign Training Fuel Notice Contest Councils Culture "
        "Civil Defense Economy Education Sports Events Finance Office General Housing "
        "Infrastructure Institutional Leisure Environment Works Partnership Heritage"
    )
    tags = " ".join(["adopt a friend water alert environment friendship care shooter"] * 5)
    page = "\n".join(
        [
            "City Hall",
            "Home",
            menu,
            tags,
            "May (5)",
            "April (7)",
            "Break-in at the home care unit damages two vehicles",
            "05/10/2018 - Posted by: Clara Borba - Category: Health",
            " ".join(_PARAGRAPHS),
            "Facebook Twitter Whatsapp",
            "Back",
        ]
    )
    result = newsclean.clean_text(page)
    assert [a.role for a in result.articles] == ["main"]
    assert result.main is not None
    assert result.main.text == " ".join(_PARAGRAPHS)
    assert result.main.title == "Break-in at the home care unit damages two vehicles"


def test_story_under_the_repeated_page_title_is_main_below_a_teaser_rail() -> None:
    """The headline that repeats the page's title, with a date under it, heads the
    main story, even below a rail of teasers with far more text than the story."""
    places = ["Main Street", "the river", "the old mill", "the harbour", "the station", "the park"]
    events = ["a new bakery", "a book fair", "a night market", "a jazz festival", "a food bank"]
    teasers = [
        f"{event.title()} Opens Near {place.title()} The city said {event} near {place} will "
        f"open on Saturday with music, stalls and games for families, and that the roads "
        f"around {place} will close to traffic from early morning until late in the evening."
        for place in places
        for event in events[: 3 + len(place) % 3]
    ]
    headline = "Senator's caller pleads guilty to threats"
    page = "\n".join(
        [
            f"{headline} – City News",
            "Home",
            "Latest Headlines",
            *teasers,
            "Weather",
            "Sports",
            headline,
            "November 19, 2019 at 9:45 am",
            *_PARAGRAPHS,
            "© 2019 City News. All Rights Reserved.",
        ]
    )
    result = newsclean.clean_text(page)
    assert [a.role for a in result.articles] == ["main"]
    assert result.main is not None
    assert result.main.title == headline
    assert result.main.paragraphs == tuple(_PARAGRAPHS)


def test_reader_comments_under_a_template_line_are_not_related_cards() -> None:
    """A reader's name and a time over a comment look like a card header, with the
    comment above's "Rating: 30 Votes" as its headline; headlines printed from one
    template are no headlines, so the thread yields no related articles."""
    comments = [
        "I think we will see the same updates the larger model received last week, and the "
        "bezels on the smaller one are far too thick for a machine at that price anyway.",
        "Even if it adds a little weight, this is a professional machine, and most of us "
        "would trade a few grams for a keyboard that does not break after a single year.",
        "It would be nice to get a slightly bigger screen with slimmer bezels just like "
        "the larger model, but I doubt they will change the whole design again so soon.",
    ]
    lines = ["New laptop to get a better keyboard", "By Joe Rossignol", *_PARAGRAPHS]
    lines += ["Top Rated Comments", "(View all)"]
    for n, comment in enumerate(comments):
        lines += [f"reader{n}", f"2 days ago at 07:5{n} am", comment, f"Rating: {30 - n} Votes"]
    result = newsclean.clean_text("\n".join(lines))
    assert [a.role for a in result.articles] == ["main"]
    assert result.main is not None
    assert result.main.paragraphs == tuple(_PARAGRAPHS)


def test_story_going_on_below_an_embedded_video_is_no_related_card() -> None:
    """An embedded video's title and "05:22 - Source: CNN" in the middle of a story
    look like a card header; with more story below it than above (here twice as
    much), it is the story going on, not a related card."""
    more = [
        f"Witness number {n} told the court that the calls had come at night, and that staff "
        f"had kept a log of each one for the police, who took it away in the spring."
        for n in ("one", "two")
    ]
    page = "\n".join(
        ["Man pleads guilty to threatening senator", *_PARAGRAPHS[:2], "Video Ad Feedback",
         "Hear what happened inside the court after the plea", "05:22 - Source: CNN",
         *_PARAGRAPHS[2:], "The threats", *more]
    )  # fmt: skip
    result = newsclean.clean_text(page)
    assert [a.role for a in result.articles] == ["main"]
    assert result.main is not None
    assert result.main.paragraphs[:2] == tuple(_PARAGRAPHS[:2])
    assert result.main.paragraphs[-1] == more[-1]


def test_rail_of_cards_printed_twice_gives_each_story_once() -> None:
    """A page that prints its rail of related cards twice (top and bottom) has each
    related story once; the second copy is removed as ``card.repeat``."""
    cards = []
    for n, title in enumerate(["Bridge opens soon", "Harbour plan delayed"]):
        body = f"Officials said the work on project number {n} would end next month. " * 3
        cards += ["City Paper", f"{n + 2} hours ago", title, body.strip()]
    page = "\n".join(["Man pleads guilty to threatening senator", *_PARAGRAPHS,
                      "Related Articles", *cards, "More Stories", *cards])  # fmt: skip
    result = newsclean.clean_text(page)
    assert [a.title for a in result.articles[1:]] == ["Bridge opens soon", "Harbour plan delayed"]
    repeats = [r.text for r in result.removed if r.rule == "card.repeat"]
    assert "Harbour plan delayed" in repeats


def test_next_story_of_an_endless_page_is_its_own_article() -> None:
    """Two whole stories one after the other, each with a headline, byline and date:
    the second is an article of its own however long, and the first is not lost."""
    other = [
        f"The harbour board met on day {n} to discuss two new piers and a ferry terminal, "
        "and members asked for a study of the costs before the vote, officials said."
        for n in range(10)
    ]
    page = "\n".join(
        ["Man pleads guilty to threatening senator", "By Phil Helsel",
         "Nov. 19, 2019, 8:41 AM UTC", *_PARAGRAPHS, "Harbour plan debated for a second day",
         "By Jane Roe", "Nov. 18, 2019, 6:12 PM UTC", *other]
    )  # fmt: skip
    result = newsclean.clean_text(page)
    assert [(a.role, a.authors) for a in result.articles] == [
        ("main", ("Phil Helsel",)),
        ("related", ("Jane Roe",)),
    ]
    assert result.articles[0].paragraphs == tuple(_PARAGRAPHS)


_TEASERS = [
    ("Bridge to open next month", "Officials said the new bridge would open to traffic next "
     "month after a series of safety tests."),
    ("Harbour plan delayed again", "The harbour plan was delayed again on Friday as the port "
     "authority asked for more time to study costs."),
    ("Shares rise as bank holds rates", "Shares rose in early trading after the central bank "
     "signalled it would hold rates steady this summer."),
]  # fmt: skip


def _teaser_page(card: Callable[[int, str, str], list[str]]) -> str:
    """A story, "More stories", and a card of ``card(i, title, body)`` per teaser."""
    cards = [ln for i, (t, b) in enumerate(_TEASERS) for ln in card(i, t, b)]
    return "\n".join(
        ["Man pleads guilty to threatening senator", *_PARAGRAPHS, "More stories", *cards]
    )


def test_short_teaser_under_a_date_is_no_headline_of_the_card_below() -> None:
    """Cards of a headline, a date and a one-sentence teaser: the teaser (short, so it
    could be a headline ending in a period) right under a card's date is that card's
    body, not the headline of the card below."""
    result = newsclean.clean_text(
        _teaser_page(lambda i, t, b: [t, f"Updated: Jun {i + 3}, 2025", b])
    )
    assert [a.title for a in result.articles[1:]] == [t for t, _ in _TEASERS]
    assert [a.text for a in result.articles[1:]] == [b for _, b in _TEASERS]


def test_posted_time_by_author_line_is_a_card_header() -> None:
    """ "Posted 2 hours ago by Jane Doe" (a time, then "by" and a name, no separator) is a
    card header line: the cards split, with their authors and times."""
    page = _teaser_page(lambda i, t, b: [t, f"Posted {i + 2} hours ago by Jane Doe", b])
    result = newsclean.clean_text(page)
    assert [a.title for a in result.articles[1:]] == [t for t, _ in _TEASERS]
    assert [a.authors for a in result.articles[1:]] == [("Jane Doe",)] * 3
    assert [a.published.text for a in result.articles[1:] if a.published] == [
        "Posted 2 hours ago", "Posted 3 hours ago", "Posted 4 hours ago"
    ]  # fmt: skip


def test_headline_below_the_cues_keeps_the_teaser_above_in_its_card() -> None:
    """Cards whose headline comes after their byline and time ("By Jane Doe" / "2 hours
    ago" / headline / teaser): the teaser above belongs to the card above."""
    page = _teaser_page(lambda i, t, b: ["By Jane Doe", f"{i + 2} hours ago", t, b])
    result = newsclean.clean_text(page)
    assert [a.title for a in result.articles[1:]] == [t for t, _ in _TEASERS]
    assert [a.text for a in result.articles[1:]] == [b for _, b in _TEASERS]


def test_reading_time_line_is_no_story_text() -> None:
    """A "5 min read" line inside the story is chrome, recorded under its own rule."""
    page = "\n".join(["Bridge story", _PARAGRAPHS[0], "5 min read", *_PARAGRAPHS[1:]])
    result = newsclean.clean_text(page)
    assert result.main is not None
    assert result.main.paragraphs == tuple(_PARAGRAPHS)
    assert [r.rule for r in result.removed if r.text == "5 min read"] == ["line.reading_time"]


def _cards_page(header: str) -> str:
    """A story, then three cards whose header line is ``header`` (with {i} filled in)."""
    titles = ["Bridge to open next month", "Mayor names new police chief", "Storm closes schools"]
    body = "Officials said the work would finish soon after a long delay in the city. " * 2
    cards = [line for i, t in enumerate(titles) for line in (t, header.format(i=i + 2), body)]
    return "\n".join(["Court story", *_PARAGRAPHS, *cards])


def test_reading_time_in_a_card_header_is_no_source() -> None:
    """ "3 days ago · 4 min read": the time is the card's, the reading time is cut out."""
    result = newsclean.clean_text(_cards_page("{i} days ago · 4 min read"))
    related = result.articles[1:]
    assert [a.title for a in related] == [
        "Bridge to open next month",
        "Mayor names new police chief",
        "Storm closes schools",
    ]
    assert [a.source for a in related] == [None, None, None]
    assert [a.published.text if a.published else None for a in related] == [
        "2 days ago",
        "3 days ago",
        "4 days ago",
    ]
    cut = [r.text for r in result.removed if r.rule == "card.reading_time"]
    assert cut == ["4 min read"] * 3


def test_compact_age_in_a_card_header_splits_the_cards() -> None:
    """ "Reuters · 2h": a number and a short unit written as one are a card's time."""
    ref = datetime(2025, 6, 7, 12, tzinfo=UTC)
    result = newsclean.clean_text(_cards_page("Reuters · {i}h"), reference_time=ref)
    related = result.articles[1:]
    assert len(related) == 3
    assert [a.source for a in related] == ["Reuters"] * 3
    assert [a.published.value if a.published else None for a in related] == [
        ref - timedelta(hours=h) for h in (2, 3, 4)
    ]


_AGGREGATED = [
    ("Bridge to open next month", "Reuters"),
    ("Mayor names new police chief", "BBC News"),
    ("Storm closes schools", "The Guardian"),
]


def _aggregator_page(titles: list[str]) -> str:
    body = "Officials said the work would finish soon after a long delay in the city. " * 2
    cards = [line for i, t in enumerate(titles) for line in (t, f"{i + 2} hours ago", body)]
    return "\n".join(["Court story", *_PARAGRAPHS, "More stories", *cards])


def test_source_after_each_card_headline_is_the_cards_source() -> None:
    """ "<headline> - Reuters" on every card (an aggregator's list): the source
    was part of the headline and the card had none."""
    page = _aggregator_page([f"{t} - {s}" for t, s in _AGGREGATED])
    related = newsclean.clean_text(page).articles[1:]
    assert [(a.title, a.source) for a in related] == _AGGREGATED


def test_dash_in_one_card_headline_is_no_source() -> None:
    """Only a tail on every sourceless card reads as a source."""
    titles = ["Rock - Paper Scissors", "Mayor names new police chief", "Storm closes schools"]
    related = newsclean.clean_text(_aggregator_page(titles)).articles[1:]
    assert [(a.title, a.source) for a in related] == [(t, None) for t in titles]


def test_a_bylines_outlet_is_a_source_beside_headline_tails() -> None:
    """Two cards "<headline> - Reuters", one "By Jane Doe, BBC News": that card
    names its source in the byline, so the other two's tails are sources."""
    body = "Officials said the work would finish soon after a long delay in the city. " * 2
    (t0, s0), (t1, s1), (t2, s2) = _AGGREGATED
    cards = [f"{t0} - {s0}", "2 hours ago", body, t1, f"By Jane Doe, {s1}", body]
    cards += [f"{t2} - {s2}", "4 hours ago", body]
    page = "\n".join(["Court story", *_PARAGRAPHS, "More stories", *cards])
    related = newsclean.clean_text(page).articles[1:]
    assert [(a.title, a.source) for a in related] == _AGGREGATED


def test_headline_tails_of_one_template_in_a_mixed_list_are_sources() -> None:
    """A list mixing templates: two cards "<headline> - Reuters" over a time,
    one card over a byline and no source anywhere. The tails are the
    sources of their template's cards; the other card has none."""
    body = "Officials said the work would finish soon after a long delay in the city. " * 2
    (t0, s0), (t1, _), (t2, s2) = _AGGREGATED
    cards = [f"{t0} - {s0}", "2 hours ago", body, t1, "By Jane Doe", body]
    cards += [f"{t2} - {s2}", "4 hours ago", body]
    page = "\n".join(["Court story", *_PARAGRAPHS, "More stories", *cards])
    related = newsclean.clean_text(page).articles[1:]
    assert [(a.title, a.source) for a in related] == [(t0, s0), (t1, None), (t2, s2)]


def test_a_lone_headline_tail_that_reads_as_a_source_is_one() -> None:
    """A list mixing templates: one card's headline ends "| Digg.com", the
    other cards print their sources apart. A tail in capitals or a domain,
    or naming a source another card gives, is a source on its own;
    "- Scissors" is not."""
    body = "Officials said the work would finish soon after a long delay in the city. " * 2
    (t0, _), (t1, s1), (t2, s2) = _AGGREGATED

    def page(tail: str) -> str:
        cards = [f"{t0}{tail}", "2 hours ago", body, t1, "3 hours ago", f"- {s1}", body]
        cards += [t2, "4 hours ago", f"- {s2}", body]
        return "\n".join(["Court story", *_PARAGRAPHS, "More stories", *cards])

    wants = [(" | Digg.com", (t0, "Digg.com")), (" - Scissors", (f"{t0} - Scissors", None))]
    for tail, want in wants:
        related = newsclean.clean_text(page(tail)).articles[1:]
        assert [(a.title, a.source) for a in related] == [want, (t1, s1), (t2, s2)]


def test_reading_time_line_inside_a_card_header_keeps_the_card() -> None:
    """Headline, "3 min read", "2h ago": the reading-time line, chrome on its
    own, is part of the card's header (it broke the header once it was chrome)."""
    page = _cards_page("{i} min read\n{i}h ago")
    related = newsclean.clean_text(page).articles[1:]
    assert [a.title for a in related] == [
        "Bridge to open next month",
        "Mayor names new police chief",
        "Storm closes schools",
    ]
    assert [a.source for a in related] == [None, None, None]


def test_german_cards_split_without_a_language_hint() -> None:
    """ "Tagesschau · vor 2 Stunden": card times of another language than the
    hint's (English without one) were no times, and no card was found."""
    page = _cards_page("Tagesschau · vor {i} Stunden")
    related = newsclean.clean_text(page).articles[1:]
    assert [(a.source, a.published.text if a.published else None) for a in related] == [
        ("Tagesschau", f"vor {h} Stunden") for h in (2, 3, 4)
    ]


def test_archive_list_of_months_is_no_card_header() -> None:
    """ "April 2012 / Januar 2012 / Dezember 2011" then a notice: a blog's
    archive, not a card whose headline is the notice (as in English)."""
    tail = [
        "Oktober 2012",
        "April 2012",
        "Januar 2012",
        "Dezember 2011",
        "Creative-Commons-Licensing",
        "Die Bilder in diesem Blog stehen unter einer Creative Commons "
        "Namensnennung-NichtKommerziell-KeineBearbeitung 3.0 Unported Lizenz.",
        "Über diese Lizenz hinausgehende Erlaubnisse können Sie unter kulinaria (a) gmx.de "
        "erhalten.",
        "Haftungshinweis",
        "Trotz sorgfältiger inhaltlicher Kontrolle übernehme ich keine Haftung für die Inhalte "
        "externer Links die in meinem Blog zugänglich sind. Für den Inhalt der verlinkten "
        "Seiten sind ausschließlich deren Betreiber verantwortlich.",
    ]
    for months in (tail, [m.replace("Dezember", "December") for m in tail]):
        result = newsclean.clean_text("\n".join(["Court story", *_PARAGRAPHS, *months]))
        assert [a.role for a in result.articles] == ["main"]


_DESK_TEASERS = [
    "The city council voted on Tuesday to extend the tram line to the airport by 2028, "
    "after a debate that ran late into the night.",
    "Scientists said the new telescope had found water vapour in the atmosphere of a "
    "distant planet, a first for an instrument of its size.",
    "Shares in the carmaker fell sharply after it cut its forecast for the year, citing "
    "weak demand in Europe and rising costs.",
]


def _desk_page(cards: list[list[str]], header: str = "More Stories") -> str:
    lines = ["Man pleads guilty to threatening senator", *_PARAGRAPHS, header]
    for card in cards:
        lines.extend(card)
    return "\n".join(lines)


def test_kicker_line_above_headline_is_no_source() -> None:
    """A section label above a card's headline ("POLITICS") is removed, never its source."""
    titles = [
        "Tram line to reach airport",
        "Telescope finds water vapour",
        "Carmaker cuts forecast",
    ]
    kickers = ["POLITICS", "Science", "BUSINESS"]
    page = _desk_page(
        [
            [k, t, f"{n + 1} hours ago", b]
            for n, (k, t, b) in enumerate(zip(kickers, titles, _DESK_TEASERS, strict=True))
        ]
    )
    result = newsclean.clean_text(page)
    cards = [a for a in result.articles if a.role == "related"]
    assert [c.title for c in cards] == titles
    assert [c.source for c in cards] == [None, None, None]
    removed = {r.text: r.rule for a in result.articles for r in a.removed} | {
        r.text: r.rule for r in result.removed
    }
    assert all(removed.get(k) == "card.section_label" for k in kickers)


def test_kicker_field_beside_time_is_no_source() -> None:
    """A section label among a card's header fields ("Politik · vor 2 Stunden") is cut out."""
    titles = [
        "Stadtrat beschließt neue Linie",
        "Teleskop findet Wasserdampf",
        "Autobauer senkt Prognose",
    ]
    page = _desk_page(
        [
            [f"{k} · vor {n + 2} Stunden", t, b]
            for n, (k, t, b) in enumerate(
                zip(["Politik", "Wissen", "Wirtschaft"], titles, _DESK_TEASERS, strict=True)
            )
        ],
        header="Mehr zum Thema",
    )
    result = newsclean.clean_text(page, options=newsclean.Options(language="de"))
    cards = [a for a in result.articles if a.role == "related"]
    assert [c.title for c in cards] == titles
    assert [c.source for c in cards] == [None, None, None]
    assert all(c.published is not None and c.published.offset is not None for c in cards)


_CARDS = [
    ("Ferry operator adds electric boats to the bay crossing", "Coastal Herald", "2 hours ago"),
    ("Farmers test drones to count orchard blossoms", "Valley Times", "5 hours ago"),
    ("School board votes to keep four-day week", "The Daily Ledger", "1 day ago"),
]
_TEASER = (
    "The board voted five to two on Monday night to keep the plan for another year, "
    "citing savings on buses and heating."
)


def _card_page(card: Callable[[str, str, str], str]) -> str:
    story = "\n".join(_PARAGRAPHS)
    cards = "\n".join(card(*c) for c in _CARDS)
    return f"Bridge story\n{story}\nElsewhere on the network\n{cards}\nTerms of use\nPrivacy"


def _fields(page: str) -> list[tuple[str | None, str | None, str | None]]:
    related = [a for a in newsclean.clean_text(page).articles if a.role == "related"]
    return [(a.title, a.source, a.published and a.published.text) for a in related]


def test_a_source_above_each_headline_is_no_footer_of_the_card_above() -> None:
    """Cards that print the source above the headline and the time below the
    teaser ("2 hours ago · 14 comments"): read from the footer up, each source
    name could be the card above's; the first card, whose name is right above
    its headline, shows they head the cards (and "Terms of use" is no source)."""
    page = _card_page(lambda t, s, z: f"{s}\n{t}\n{_TEASER}\n{z} · 14 comments\n")
    assert _fields(page) == [(t, s, z) for t, s, z in _CARDS]


def test_a_continue_reading_line_under_a_teaser_is_chrome() -> None:
    """"Continue reading →" between a teaser and its footer is a link, not a
    headline: the first card keeps its footer, the story does not swallow it."""
    page = _card_page(lambda t, s, z: f"{t}\n{_TEASER}\nContinue reading →\n{s} | {z}\n")
    assert _fields(page) == [(t, s, z) for t, s, z in _CARDS]
    main = newsclean.clean_text(page).main
    assert main is not None
    assert "Ferry" not in main.text


def test_a_slash_between_spaces_separates_a_cards_fields() -> None:
    """"Coastal Herald / 2 hours ago" under a headline, a photo credit between:
    the slash separates fields as a bar does (no card was found before)."""
    page = _card_page(lambda t, s, z: f"{t}\nPhoto: AFP\n{s} / {z}\n{_TEASER}\n")
    assert _fields(page) == [(t, s, z) for t, s, z in _CARDS]


def test_a_source_in_brackets_ending_every_headline_is_cut_out() -> None:
    """"Headline (Coastal Herald)" on every card: the bracketed tail is the
    source, as " - Coastal Herald" is; the brackets go to the removals."""
    page = _card_page(lambda t, s, z: f"{t} ({s})\n{z}\n{_TEASER}\n")
    assert _fields(page) == [(t, s, z) for t, s, z in _CARDS]


def test_one_headline_ending_in_brackets_keeps_them() -> None:
    """Only one card's headline ends in brackets ("(Video)"): that is its own."""
    def card(t: str, s: str, z: str) -> str:
        return f"{t}{' (Video)' if 'Farmers' in t else ''}\n{z}\n{_TEASER}\n"

    page = _card_page(card)
    titles = [t for t, _, _ in _fields(page)]
    assert "Farmers test drones to count orchard blossoms (Video)" in titles


def test_a_teaser_cut_short_without_a_full_stop_still_makes_a_card() -> None:
    """Cards whose fields sit below their teasers, no section header above,
    one teaser cut mid-sentence ("... others think about it but never"): a
    plain line too long for a headline, right below one, is its teaser, so
    the list holds two teasers and is read."""
    story = "\n".join(_PARAGRAPHS)
    page = "\n".join(
        [
            "Bridge story",
            story,
            "",
            "A man falls ill after switching to feather bedding at home",
            "A soothing pillow and a warm duvet might not always lead to better rest, "
            "doctors said in a new case report published this week.",
            "Last updated: 9 hours ago",
            "Do you have what it takes to build a business online",
            "Focus is why some people are able to build the online business they dream "
            "of while others think about it for years but never really",
            "Updated: 1 hour ago",
        ]
    )
    related = [a for a in newsclean.clean_text(page).articles if a.role == "related"]
    assert [a.title for a in related] == [
        "A man falls ill after switching to feather bedding at home",
        "Do you have what it takes to build a business online",
    ]


def test_a_source_name_with_function_words_is_cut_from_every_headline() -> None:
    """"... - La Voz del Valle", "... - The Times of India": a source's name
    holds a language's lower-case function words; every headline ending in
    one gives it up as the card's source."""
    cards = [
        ("El ferry incorpora barcos eléctricos en la bahía", "Diario Costero"),
        ("Agricultores prueban drones para contar flores", "La Voz del Valle"),
        ("El consejo escolar mantiene la semana de cuatro días", "The Times of India"),
    ]
    story = "\n".join(_PARAGRAPHS)
    body = "\n".join(f"{t} - {s}\nhace 2 horas\n{_TEASER}" for t, s in cards)
    page = f"Bridge story\n{story}\nOtras noticias\n{body}"
    related = [a for a in newsclean.clean_text(page).articles if a.role == "related"]
    assert [(a.title, a.source) for a in related] == cards


def test_names_over_headlines_under_a_new_heading_head_their_cards() -> None:
    """"Coastal Herald / Headline / 2 hours ago / teaser" under a heading no
    lexicon knows: no card above owns the first name as a footer, so each
    name is its own card's source (they had shifted one card up, and the
    last card took "Terms of use")."""
    page = _card_page(lambda t, s, z: f"{s}\n{t}\n{z}\n{_TEASER}\n")
    assert _fields(page) == [(t, s, z) for t, s, z in _CARDS]


def test_the_story_above_a_list_is_no_card_whose_footer_is_the_first_name() -> None:
    """The same cards with no heading at all: the first name right below the
    story is no footer of it; the story stays the main article, whole."""
    story = "\n".join(_PARAGRAPHS)
    cards = "\n".join(f"{s}\n{t}\n{z}\n{_TEASER}" for t, s, z in _CARDS)
    page = f"Bridge story\nBy Ana Ruiz\nJune 3, 2025\n{story}\n{cards}\nTerms of use"
    result = newsclean.clean_text(page)
    assert result.main is not None
    assert result.main.title == "Bridge story"
    assert result.main.paragraphs == tuple(_PARAGRAPHS)
    assert _fields(page) == [(t, s, z) for t, s, z in _CARDS]


def test_a_story_read_as_the_one_card_below_a_scrap_is_the_main_story() -> None:
    """Dragnet 9, as text: the page's menus end in a photo credit and a
    one-sentence teaser, then the story opens with a wire byline and a date
    ("Associated Press Sports / AP Television Writer / updated ..."), which
    read as one card's header. One card, its body many times the scrap's
    words, is the page's story: the page is read whole (F1 was 0)."""
    import json

    from newsclean.shell.scoring import page_score
    from tests.conftest import shared_path

    text = shared_path("corpora", "webdev", "flat", "dragnet__9.txt").read_text("utf-8")
    gold = shared_path("corpora", "webdev", "expected", "dragnet__9.json").read_text("utf-8")
    main = newsclean.clean_text(text).main
    assert main is not None
    score = page_score(json.loads(gold)["articleBody"], main.text)
    assert score.precision > 0.9
    assert score.recall > 0.9


def _one_word_heading_page(heading: str) -> str:
    cards = [
        ("Ferries add a late crossing for the summer season", "Sky News, Markets"),
        ("Council votes to keep the old library open for now", "NDTV, Politics"),
        ("Farmers count the cost of a wet and cold spring", "Forbes, Business"),
    ]
    rows = ["Senator's caller admits to threats", *(_PARAGRAPHS * 2), heading]
    for headline, source in cards:
        rows += [headline, source, _PARAGRAPHS[2].replace("senator's office", "operator")]
    return "\n".join(rows)


def test_a_one_word_heading_in_capitals_heads_a_list_of_cards() -> None:
    """'POPULAR' over cards (headline, 'Source, Desk', teaser) heads their
    list, as a heading of two words would; a card's source is the outlet
    without the desk printed beside it."""
    page = newsclean.clean(_one_word_heading_page("POPULAR"))
    assert [a.source for a in page.articles[1:]] == ["Sky News", "NDTV", "Forbes"]
    assert page.articles[1].title == "Ferries add a late crossing for the summer season"


def test_a_colon_heading_over_a_kicker_leaves_the_first_cards_footer_its_own() -> None:
    """'Other headlines:' over 'ENTERTAINMENT' over the first headline is the
    list's heading, not the first card's source: each card's source and date
    below its teaser are its footer, not the next card's header."""
    rows = ["Senator's caller admits to threats", *(_PARAGRAPHS * 2), "Other headlines:"]
    cards = [
        ("ENTERTAINMENT", "Ferries add a late crossing for the summer season", "Wire Service"),
        ("SPORT", "Council votes to keep the old library open for now", "Forbes"),
    ]
    for kicker, headline, source in cards:
        rows += [kicker, headline, _PARAGRAPHS[3], source, "Monday, May 12, 2025", ""]
    page = newsclean.clean("\n".join(rows))
    assert [a.title for a in page.articles[1:]] == [c[1] for c in cards]
    assert [a.source for a in page.articles[1:]] == ["Wire Service", "Forbes"]


def test_cards_printing_one_sources_name_between_headline_and_teaser_are_a_list() -> None:
    """No heading, no header field: cards whose only field is the same source's
    name between headline and teaser ('Headline / FRANCE 24 / teaser'), right
    below the story, are found by that repeated name."""
    headlines = [
        "Ferries add a late crossing for the summer season",
        "Council votes to keep the old library open for now",
        "Farmers count the cost of a wet and cold spring",
    ]
    rows = ["Senator's caller admits to threats", *(_PARAGRAPHS * 2)]
    for headline, teaser in zip(headlines, _PARAGRAPHS, strict=False):
        rows += [headline, "FRANCE 24", teaser.replace("senator", "mayor")]
    page = newsclean.clean("\n".join(rows))
    assert [a.title for a in page.articles[1:]] == headlines
    assert {a.source for a in page.articles[1:]} == {"FRANCE 24"}


def test_a_first_cards_headline_under_its_fields_stays_over_a_short_teaser_line() -> None:
    """Cards print a kicker and a reading time over the headline, a time
    under the teaser; the first card's teaser opens with a short line
    ('Palm Bay 18 22 13 17 - 70'). Its headline is the line under the
    fields, not that short line."""
    rows = ["Senator's caller admits to threats", *(_PARAGRAPHS * 2), "Share this story"]
    cards = [
        ("SPORT", "HS Roundup: Viera beats Rockledge to stay unbeaten", "Palm Bay 18 22 13 - 70"),
        ("POLITICS", "Council votes to keep the old library open for now", None),
        ("CLIMATE", "Farmers count the cost of a wet and cold spring", None),
    ]
    for k, (kicker, headline, short) in enumerate(cards):
        rows += [kicker, f"{k + 4} minute read", headline]
        rows += [short] if short else []
        rows += [_PARAGRAPHS[k].replace("senator", "mayor"), f"Updated {k + 2}h", ""]
    page = newsclean.clean("\n".join(rows))
    assert [a.title for a in page.articles[1:]] == [c[1] for c in cards]


_SPEC_CARDS = [
    ("Clymer workshop manual review", "Tested by: J. Milbank RRP: £23.99 More info: www.a.uk"),
    ("Council votes to keep the old library open for now", None),
    ("Farmers count the cost of a wet and cold spring", None),
]


def _spec_line_titles(above: list[str], kicker: str, reading: str) -> list[str | None]:
    """The card titles of a page: the story, the lines ``above``, then cards
    of one template (kicker, reading time, headline, byline), the first with
    its teaser opening on a spec line ('Tested by: ... RRP: ...')."""
    rows = ["Senator's caller admits to threats", *(_PARAGRAPHS * 2), *above]
    for k, (headline, spec) in enumerate(_SPEC_CARDS):
        rows += [kicker, reading.format(k + 4), headline, "By Jane Doe | CNBC"]
        rows += [spec] if spec else []
        rows += [_PARAGRAPHS[k].replace("senator", "mayor"), "Image: Shutterstock"]
    return [a.title for a in newsclean.clean("\n".join(rows)).articles[1:]]


def test_a_first_cards_template_between_a_heading_and_a_teasers_spec_line() -> None:
    """The list's first card holds its template (kicker, reading time,
    headline, byline) between the list's heading above and its teaser's
    first line below ('Tested by: ... RRP: ... More info: www...'): the
    headline is the template's, not that line."""
    titles = _spec_line_titles(["Editors' picks"], "BUSINESS", "{} mins read")
    assert titles == [c[0] for c in _SPEC_CARDS]


def test_a_first_cards_template_under_the_legal_line_and_a_heading() -> None:
    """Below the page's legal line, 'AdChoices / Picked by our editors' over
    the first card's template (kicker, reading time, headline, byline) and
    its teaser's first line ('Tested by: ... RRP: ...'): the lines above are
    no part of the card, the line below opens the teaser."""
    above = ["© 2019 Example Media. All rights reserved.", "AdChoices", "Picked by our editors"]
    titles = _spec_line_titles(above, "OPINION", "Reading time: {} minutes")
    assert titles == [c[0] for c in _SPEC_CARDS]


def test_a_cards_source_in_its_headline_when_every_other_card_names_its_own() -> None:
    """Each card of the list names its source; one prints it at the end of
    its headline ('... - Ars Technica'), which is no name in capitals and
    no other card's: it is that card's source, cut from the headline."""
    rows = ["Senator's caller admits to threats", *(_PARAGRAPHS * 2), "More stories"]
    cards = [
        ("Ferries add a late crossing for the summer season", "Reuters"),
        ("Council votes to keep the old library open for now - Ars Technica", None),
        ("Farmers count the cost of a wet and cold spring", "The Guardian"),
    ]
    for k, (headline, source) in enumerate(cards):
        rows += [headline, f"{k + 2} hours ago"] + ([f"- {source}"] if source else [])
        rows += [_PARAGRAPHS[k].replace("senator", "mayor")]
    page = newsclean.clean("\n".join(rows))
    assert [a.source for a in page.articles[1:]] == ["Reuters", "Ars Technica", "The Guardian"]
    assert page.articles[2].title == "Council votes to keep the old library open for now"


def test_menu_lines_over_a_lists_heading_leave_each_footer_source_its_cards() -> None:
    """Cards print 'Kicker / date / Headline / teaser / Source' under a heading
    that a host's menu runs into ('Deals / Other headlines'): each source's
    name under a teaser is that card's footer, not the next card's header,
    and the menu line is no card's source."""
    rows = ["Senator's caller admits to threats", *(_PARAGRAPHS * 2)]
    rows += ["Best Laptop Deals", "•", "Streaming Bundle Offer", "Other headlines"]
    cards = [
        ("Travel", "Ferries add a late crossing for the summer season", "Wire Service"),
        ("Markets", "Council votes to keep the old library open for now", "Harbour Times"),
    ]
    for (kicker, headline, source), teaser in zip(cards, _PARAGRAPHS, strict=False):
        rows += [kicker, "Published: May 1, 2025", headline, teaser, source]
    page = newsclean.clean("\n".join(rows))
    assert [a.title for a in page.articles[1:]] == [c[1] for c in cards]
    assert [a.source for a in page.articles[1:]] == [c[2] for c in cards]


def test_the_last_card_of_another_template_closes_with_the_lists_source_name() -> None:
    """Two cards print 'time · Desk · Harbour Times' over their teasers; the
    last, of another template ('KICKER / Headline / 11 minute read /
    teaser'), prints no field with a source but closes with the name the
    others give: that name under its teaser is its source, not page text."""
    rows = ["Senator's caller admits to threats", *(_PARAGRAPHS * 2), "Recommended for you"]
    headlines = [
        "Ferries add a late crossing for the summer season",
        "Council votes to keep the old library open for now",
        "Farmers count the cost of a wet and cold spring",
    ]
    whens = ["a week ago", "56 minutes ago"]
    for headline, when, teaser in zip(headlines[:2], whens, _PARAGRAPHS, strict=False):
        rows += [headline, f"{when} · Climate · Harbour Times", teaser]
    rows += ["BUSINESS", headlines[2], "11 minute read", _PARAGRAPHS[2], "Harbour Times"]
    rows += ["© 2025 Example Media. All rights reserved.", "Terms of Use"]
    page = newsclean.clean("\n".join(rows))
    assert [a.title for a in page.articles[1:]] == headlines
    assert [a.source for a in page.articles[1:]] == ["Harbour Times"] * 3


def test_a_time_and_a_source_printed_after_the_headline_on_its_line_are_the_cards() -> None:
    """'Headline | Source | 5 hours ago' over a teaser: the time and the
    source printed on the headline's line behind bars are the card's fields,
    not words of its headline; a reading time there is cut out."""
    rows = ["Senator's caller admits to threats", *(_PARAGRAPHS * 2), "More stories"]
    cards = [
        ("Ferries add a late crossing for the summer season", "Harbour Times", "2h"),
        ("Council votes to keep the old library open for now", "The Daily Ledger", "5 hours ago"),
        ("Farmers count the cost of a wet and cold spring", "Valley News", "Yesterday"),
    ]
    for (headline, source, when), teaser in zip(cards, _PARAGRAPHS, strict=False):
        rows += [f"{headline} | {source} | {when} · 4 min read", teaser]
    page = newsclean.clean("\n".join(rows))
    related = page.articles[1:]
    assert [a.title for a in related] == [c[0] for c in cards]
    assert [a.source for a in related] == [c[1] for c in cards]
    assert [a.published.text if a.published else None for a in related] == [c[2] for c in cards]


def test_an_outlet_the_lexicons_name_and_a_time_after_a_comma_are_a_cards_fields() -> None:
    """'Valley News, 2 hours ago' between headline and teaser is a card's
    source and time when the lexicons name the outlet ('... News', 'Daily
    ...'); a reader's 'Jane Doe, 2 hours ago' over a comment stays none."""
    rows = ["Senator's caller admits to threats", *(_PARAGRAPHS * 2), "Keep reading"]
    cards = [
        ("Ferries add a late crossing for the summer season", "Harbour Times", "2 hours ago"),
        ("Council votes to keep the old library open for now", "The Daily Ledger", "Yesterday"),
        ("Farmers count the cost of a wet and cold spring", "Valley News", "3h"),
    ]
    for (headline, source, when), teaser in zip(cards, _PARAGRAPHS, strict=False):
        rows += [headline, f"{source}, {when}", teaser]
    page = newsclean.clean("\n".join(rows))
    related = page.articles[1:]
    assert [a.title for a in related] == [c[0] for c in cards]
    assert [a.source for a in related] == [c[1] for c in cards]
    assert [a.published.text if a.published else None for a in related] == [c[2] for c in cards]
    comments = ["Comments", "Jane Doe, 2 hours ago", _PARAGRAPHS[0], "John Roe, 3 hours ago"]
    story = rows[: 1 + 2 * len(_PARAGRAPHS)]
    page = newsclean.clean("\n".join([*story, *comments, _PARAGRAPHS[1]]))
    assert [a.role for a in page.articles] == ["main"]


def test_a_box_of_other_stories_inside_the_story_ends_where_the_story_resumes() -> None:
    """A related box printed between the story's paragraphs, then 'Story
    continues below' (or the page language's line, 'Weiter nach der
    Anzeige'): the paragraphs below are the story's again, not the last
    card's teaser; the line itself is removed under its rule."""
    cards = [
        ("Ferries add a late crossing for the summer season", "Harbour Times", "2h"),
        ("Council votes to keep the old library open for now", "Valley News", "5 hours ago"),
    ]
    box = ["Related coverage"]
    for (headline, source, when), teaser in zip(cards, _PARAGRAPHS[2:], strict=True):
        box += [headline, f"{source} · {when}", teaser.replace("senator", "mayor")]
    for resume in ("Story continues below", "Weiter nach der Anzeige"):
        rows = ["Senator's caller admits to threats", *_PARAGRAPHS[:2], *box, resume]
        page = newsclean.clean("\n".join([*rows, *_LATER]))
        assert page.main is not None
        assert page.main.paragraphs == (*_PARAGRAPHS[:2], *_LATER)
        assert [a.title for a in page.articles[1:]] == [c[0] for c in cards]
        assert [len(a.paragraphs) for a in page.articles[1:]] == [1, 1]
        assert any(r.rule == "line.story_resumes" for r in page.removed)


def test_a_rail_of_cards_the_page_opens_with_is_no_story_and_the_story_below_is_main() -> None:
    """'Top stories' and three cards, then the page's story (headline, byline,
    date, paragraphs): the story is the main article, not the rail's last
    card, and every card of the rail is a related article, the first too."""
    cards = [
        ("Ferries add a late crossing for the summer season", "Harbour Times", "2h"),
        ("Council votes to keep the old library open for now", "The Daily Ledger", "5 hours ago"),
        ("Farmers count the cost of a wet and cold spring", "Valley News", "Yesterday"),
    ]
    teasers = [
        "The late boat leaves the harbour at ten and runs every day until the end of August. "
        "Tickets go on sale next week, and the company says prices will not rise this year.",
        "The vote was close, and the library will stay open on weekdays while repairs go on. "
        "The council will look again at its budget in the autumn, when the work is done.",
        "Rain fell on forty days this spring, and many fields were sown a month late, they say. "
        "Farmers expect smaller harvests of wheat and barley, and higher prices in the shops.",
    ]
    rows = ["Top stories"]
    for (headline, source, when), teaser in zip(cards, teasers, strict=True):
        rows += [headline, f"{source} · {when}", teaser]
    rows += ["", "Man pleads guilty to threatening senator", "By Jane Roe", "June 6, 2025"]
    page = newsclean.clean("\n".join([*rows, *_PARAGRAPHS, *_LATER]))
    assert page.main is not None
    assert page.main.title == "Man pleads guilty to threatening senator"
    assert page.main.paragraphs == (*_PARAGRAPHS, *_LATER)
    assert [a.title for a in page.articles if a.role == "related"] == [c[0] for c in cards]


def test_a_first_card_without_fields_under_the_lists_own_heading_is_a_card() -> None:
    """'Before you go:' (a heading no lexicon knows), then a headline of a
    sentence's length and its teaser, then cards printing their fields above
    their headlines: the first card, with no field, is the list's too; a
    short label there ('Manage your privacy settings') stays out."""
    cards = [
        ("Council votes to keep the old library open for now", "Valley News · 5 hours ago"),
        ("Farmers count the cost of a wet and cold spring", "The Daily Ledger · 3 days ago"),
    ]
    teasers = [
        "The vote was close, and the library will stay open on weekdays while repairs go on. "
        "The council will look again at its budget in the autumn, when the work is done.",
        "Rain fell on forty days this spring, and many fields were sown a month late, they say. "
        "Farmers expect smaller harvests of wheat and barley, and higher prices in the shops.",
    ]
    first = (
        "The late boat leaves the harbour at ten and runs every day until the end of August. "
        "Tickets go on sale next week, and the company says prices will not rise this year."
    )
    below: list[str] = []
    for (headline, fields), teaser in zip(cards, teasers, strict=True):
        below += [fields, headline, teaser]
    story = ["Senator's caller admits to threats", *_PARAGRAPHS, *_LATER, "Before you go:"]
    headline = "Ferries add a late crossing for the busy summer season"
    page = newsclean.clean("\n".join([*story, headline, first, *below]))
    related = page.articles[1:]
    assert [a.title for a in related] == [headline, *(c[0] for c in cards)]
    assert [a.source for a in related] == [None, "Valley News", "The Daily Ledger"]
    page = newsclean.clean("\n".join([*story, "Manage your privacy settings", first, *below]))
    assert [a.title for a in page.articles[1:]] == [c[0] for c in cards]


def test_a_sign_up_box_printed_like_a_card_is_no_card() -> None:
    """A blog's sidebar prints its e-mail box like a card ("Follow by Email"
    over "Get all latest content delivered straight to your inbox."), and a
    site its ad blocker's notice like one; they came out as related Articles
    (aeb 34a73285, 851498a2). A card whose teaser is all the site's plea goes
    as content.promo."""
    box = ["Follow by Email", "Get all latest content delivered straight to your inbox."]
    notice = [
        "We Need to Talk About Your Ad Blocker",
        "Slate relies on advertising to support our journalism. If you value our work, "
        "please disable your ad blocker.",
    ]
    story = "\n".join(["Senator's caller pleads guilty", *_PARAGRAPHS])
    page = newsclean.clean_text("\n".join([story, "Popular Posts", *box, *notice]))
    assert [a.title for a in page.articles] == ["Senator's caller pleads guilty"]
    gone = {r.text for r in page.removed if r.rule == "content.promo"}
    assert {box[1], notice[1]} <= gone


def test_fields_between_a_teaser_and_a_footed_first_card_are_the_footer_above() -> None:
    """Cards of two templates, each printing its fields below its teaser
    ("by Ann Lee · 10 mins read · Valley News", "47 min ago | BY MIA COLE"):
    the list was found from the third card, and the footer line above it was
    read as that card's header, so the first card was lost and each source
    moved one card down. The list's first card prints no field above its
    headline: a footer line of its footer's kinds above it is the card above's."""
    teasers = [
        "The vote was close, and the library will stay open on weekdays while repairs go on.",
        "Rain fell on forty days this spring, and many fields were sown a month late, they say.",
        "The late boat leaves the harbour at ten and runs every day until the end of August.",
        "Readers wrote in their hundreds to ask for the reading room to stay as it is this year.",
        "Some farmers have sold part of their herds to pay for feed bought in from abroad.",
    ]
    cards = [
        ["Council votes to keep the old library open for now", teasers[0]],
        ["by Ann Lee · 10 mins read · Valley News"],
        ["Farmers count the cost of a wet and cold spring", teasers[1]],
        ["By Tom Hart · 12 minute read · The Daily Ledger"],
        ["Ferries add a late crossing for the busy summer season", "Reading time: 12 minutes"],
        [teasers[2], "47 min ago | BY MIA COLE"],
        ["Readers rally behind the old reading room downtown", teasers[3]],
        ["by Ann Lee · 13 mins read · Coast Times"],
        ["Feed prices climb as herds shrink across the valley", "3 min read", teasers[4]],
        ["16h ago | BY TOM HART"],
    ]
    story = ["Senator's caller admits to threats", *_PARAGRAPHS, *_LATER]
    page = newsclean.clean("\n".join([*story, *(line for c in cards for line in c)]))
    related = page.articles[1:]
    assert [a.title for a in related] == [cards[k][0] for k in (0, 2, 4, 6, 8)]
    assert [a.source for a in related] == [
        "Valley News",
        "The Daily Ledger",
        None,
        "Coast Times",
        None,
    ]
