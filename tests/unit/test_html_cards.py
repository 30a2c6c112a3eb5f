"""Unit tests of newsclean.html.cards: related-story cards on HTML pages."""

from __future__ import annotations

from datetime import UTC, datetime

import lxml.etree

from newsclean.core.options import Options
from newsclean.core.rules import RULES
from newsclean.html.parse import parse_html
from newsclean.pipeline.html import clean_html_page
from tests.invariants import unclaimed

_STORY = [
    "The city council approved the new budget on Monday night, after a debate that lasted "
    "more than six hours and drew hundreds of residents to the chamber.",
    "The plan raises spending on schools and transit by four percent, and it closes a gap "
    "that the mayor had blamed on falling revenue from the sales tax.",
    "Opponents said the plan relied on optimistic forecasts, and two members voted against "
    "it, warning that the city would face the same shortfall again next year.",
]
_NAV = "<nav><a href='/'>Home</a> <a href='/city'>City</a> <a href='/sport'>Sport</a></nav>"
_CARDS = [
    (
        "Rail strike ends after weekend talks",
        "Reuters · 3 hours ago",
        "2024-05-06T09:30:00Z",
        "Workers voted to accept the new pay offer after talks that lasted the whole weekend, "
        "the union said. Trains will run to the normal timetable from Tuesday morning.",
    ),
    (
        "Harbour bridge to close for repairs",
        "City Desk",
        None,
        "The bridge will close for six weeks from June while engineers replace the worn "
        "joints, the transport office said. Buses will take a longer route through the port.",
    ),
    (
        "Library opens late on weekdays",
        "By Ana Ruiz",
        "2024-05-04",
        "The central library will stay open until ten at night on weekdays from next month, "
        "after a trial that drew more students than the staff had expected, officials said.",
    ),
]


def _story() -> str:
    paras = "".join(f"<p>{p}</p>" for p in _STORY)
    return f"<article class='story'><h1>Budget passes after long debate</h1>{paras}</article>"


def _page(after: str, before: str = "") -> str:
    return (
        "<html><head><title>Budget passes | Daily</title></head><body>"
        f"{_NAV}<main>{before}{_story()}{after}</main><footer>© 2024 Daily</footer></body></html>"
    )


def _card_html(title: str, meta: str, when: str | None, body: str) -> str:
    stamp = f"<time datetime='{when}'>{meta}</time>" if when else f"<span>{meta}</span>"
    return (
        f"<div class='story-card'><h2><a href='/{len(title)}'>{title}</a></h2>"
        f"<div class='meta'>{stamp}</div><p>{body}</p><a href='/more'>Read more</a></div>"
    )


def _aggregator() -> str:
    cards = "".join(_card_html(*c) for c in _CARDS)
    return _page(f"<section class='latest'><h2>Latest</h2>{cards}</section>")


def test_cards_with_bodies_become_related_articles() -> None:
    """Three cards with prose after the story are three related articles in page order."""
    page = clean_html_page(_aggregator(), reference_time=datetime(2024, 5, 6, 12, tzinfo=UTC))
    related = [a for a in page.articles if a.role == "related"]
    assert [a.title for a in related] == [c[0] for c in _CARDS]
    assert [a.text for a in related] == [c[3] for c in _CARDS]
    assert page.articles[0].role == "main"


def test_card_fields_source_time_byline() -> None:
    """A card's source, time and byline go into the related article's fields."""
    page = clean_html_page(_aggregator(), reference_time=datetime(2024, 5, 6, 12, tzinfo=UTC))
    first, second, third = (a for a in page.articles if a.role == "related")
    assert first.source == "Reuters"
    assert first.published is not None
    assert first.published.value is not None
    assert second.source == "City Desk"
    assert third.authors == ("Ana Ruiz",)
    assert third.published is not None
    assert third.published.text == "2024-05-04"


def test_card_header_fields_read_as_in_text_mode() -> None:
    """HTML card headers read their fields with text mode's card parser: a German
    time without a hint, a reading time cut out (not a source), "Posted by"."""
    metas = [
        "Tagesschau · vor 3 Stunden",
        "City Desk · 4 min read",
        "Posted by Ana Ruiz · 2024-05-04",
    ]
    cards = "".join(
        _card_html(title, meta, None, body)
        for (title, _, _, body), meta in zip(_CARDS, metas, strict=True)
    )
    page = clean_html_page(_page(f"<section class='latest'><h2>Latest</h2>{cards}</section>"))
    related = [a for a in page.articles if a.role == "related"]
    assert [(a.source, a.published.text if a.published else None) for a in related] == [
        ("Tagesschau", "vor 3 Stunden"),
        ("City Desk", None),
        (None, "2024-05-04"),
    ]
    assert related[2].authors == ("Ana Ruiz",)
    assert "card.reading_time" in {r.rule for r in page.removed}


def test_cards_do_not_take_the_story() -> None:
    """The main story keeps exactly its own paragraphs beside the cards."""
    page = clean_html_page(_aggregator())
    assert page.main is not None
    assert page.main.paragraphs == tuple(_STORY)
    assert page.main.title == "Budget passes after long debate"


def test_story_container_climbing_over_cards_gives_them_back() -> None:
    """Cards that content selection took into the story's region leave the story."""
    cards = "".join(_card_html(*c) for c in _CARDS)
    html = (
        "<html><body><div>" + "".join(f"<p>{p}</p>" for p in _STORY) + "</div>"
        f"<div class='stream'>{cards}</div></body></html>"
    )
    page = clean_html_page(html)
    assert page.main is not None
    assert page.main.paragraphs == tuple(_STORY)
    assert len([a for a in page.articles if a.role == "related"]) == 3


def test_cards_inside_the_story_element_above_its_closing_chrome_leave_the_story() -> None:
    """A module of cards with no field lines (a source's name alone) inside the
    story's element, with only the element's chrome below it ("Back to top",
    the copyright): the module ends the story's region though the region's
    last lines are below it, so its cards leave the story."""
    cards = "".join(
        f"<article class='river__item'><div class='meta'><span>{src}</span></div>"
        f"<h4><a href='/{k}'>{title}</a></h4><p>{body}</p></article>"
        for k, ((title, _, _, body), src) in enumerate(
            zip(_CARDS, ("NBC News", "AFP", "NDTV"), strict=True)
        )
    )
    paras = "".join(f"<p>{p}</p>" for p in _STORY)
    html = (
        "<html><body><article class='post'><h1>Budget passes after long debate</h1>"
        f"<div class='content'>{paras}</div><section class='river'>{cards}</section>"
        "<div>Back to top</div><div>© 2024 Daily Media. All rights reserved.</div>"
        "</article></body></html>"
    )
    page = clean_html_page(html)
    assert page.main is not None
    assert page.main.paragraphs == tuple(_STORY)
    assert [a.title for a in page.articles if a.role == "related"] == [c[0] for c in _CARDS]


def test_siblings_vouch_for_a_short_teaser_in_a_box_that_leaves_the_story() -> None:
    """A box of cards inside the story's region leaves it; a card of the box
    whose teaser is one short line ("Fox News Flash top headlines for Nov. 19")
    is vouched for by its siblings there too, as it is outside the story."""
    teaser = "Fox News Flash top headlines for Nov. 19"
    short = ("Stocks edge up in early trade", "2 hours ago", None, teaser)
    cards = "".join(
        f"<article class='tile'><h3><a href='/{k}'>{t}</a></h3><div class='meta'>{m}</div>"
        f"<p>{b}</p></article>"
        for k, (t, m, _, b) in enumerate([*_CARDS, short])
    )
    paras = "".join(f"<p>{p}</p>" for p in _STORY)
    html = (
        "<html><body><article class='post'><h1>Budget passes after long debate</h1>"
        f"<div class='content'>{paras}</div><section class='tiles'>{cards}</section>"
        "<div>Back to top</div></article></body></html>"
    )
    page = clean_html_page(html)
    assert page.main is not None
    assert page.main.paragraphs == tuple(_STORY)
    related = [a.title for a in page.articles if a.role == "related"]
    assert related == [*(c[0] for c in _CARDS), short[0]]


def test_related_list_of_bare_links_stays_chrome() -> None:
    """A "Related" list of headline links without bodies gives no related article."""
    links = "".join(
        f"<li><a href='/r{i}'>Headline number {i} about the city budget vote</a></li>"
        for i in range(5)
    )
    page = clean_html_page(_page(f"<div class='related'><h3>Related</h3><ul>{links}</ul></div>"))
    assert [a.role for a in page.articles] == ["main"]
    assert any("Headline number 3" in r.text for r in page.removed)


def test_teaser_grid_with_one_line_teasers_stays_chrome() -> None:
    """Headlines with a one-line teaser under twenty words are not articles."""
    tiles = "".join(
        f"<div class='tile'><h3><a href='/t{i}'>Teaser headline {i} for the grid</a></h3>"
        f"<p>A short line about story {i}, with a few words only.</p></div>"
        for i in range(4)
    )
    page = clean_html_page(_page(f"<div class='grid'>{tiles}</div>"))
    assert [a.role for a in page.articles] == ["main"]


def test_story_sections_are_not_cards() -> None:
    """A story told in repeated sections with plain subheadings stays one story."""
    sections = "".join(
        f"<section class='part'><h2>Part {i}</h2><p>{p}</p></section>" for i, p in enumerate(_STORY)
    )
    html = f"<html><body>{_NAV}<article><h1>Budget passes</h1>{sections}</article></body></html>"
    page = clean_html_page(html)
    assert [a.role for a in page.articles] == ["main"]
    assert page.main is not None
    assert len(page.main.paragraphs) >= 3


def test_cards_before_the_story_outside_related_box_stay_chrome() -> None:
    """A teaser rail above the story in no related box gives no related articles."""
    cards = "".join(_card_html(*c) for c in _CARDS[:2])
    page = clean_html_page(_page("", before=f"<aside class='rail'>{cards}</aside>"))
    assert page.main is not None
    assert page.main.paragraphs == tuple(_STORY)
    assert [a.role for a in page.articles] == ["main"]


def test_comment_threads_are_not_cards() -> None:
    """Repeated comments (name link, time, prose) under a comments box stay removed."""
    comment = (
        "<li class='comment'><h4><a href='/u'>Jane Roe from the east side</a></h4>"
        "<p>I went to the meeting and the debate was long, but the result is good for the "
        "schools in our part of the city and for the buses too.</p></li>"
    )
    page = clean_html_page(_page(f"<ol class='comment-list'>{comment * 3}</ol>"))
    assert [a.role for a in page.articles] == ["main"]


def test_split_cards_off() -> None:
    """``Options(split_cards=False)`` leaves cards as removals."""
    page = clean_html_page(_aggregator(), options=Options(split_cards=False))
    assert [a.role for a in page.articles] == ["main"]


def test_every_char_claimed_with_cards() -> None:
    """Every non-space character of a card page is in a span or a removal."""
    assert unclaimed(clean_html_page(_aggregator())) == []


def test_removals_name_rules_and_paths() -> None:
    """Every removal names a registered rule and the path of an element holding its text."""
    html = _aggregator()
    page = clean_html_page(html)
    root = parse_html(html)
    for r in (*page.removed, *(x for a in page.articles for x in a.removed)):
        assert r.rule in RULES
        assert r.path is not None
        assert r.path.startswith("/html")
        found = root.xpath(r.path)
        assert isinstance(found, list)
        assert found
        el = found[0]
        assert isinstance(el, lxml.etree._Element)
        text = " ".join("".join(map(str, el.itertext())).split())
        assert r.text.split()[0] in text


def test_nav_removal_path() -> None:
    """A menu's removal points at the ``<nav>`` element."""
    page = clean_html_page(_aggregator())
    nav = [r for r in page.removed if r.rule == "html.nav" and "Home" in r.text]
    assert nav
    assert nav[0].path == "/html/body/nav"


def _list_module(items: str, *, page_class: str = "", wrapper: str = "") -> str:
    """The story, then a ``<ul>`` of cards, optionally in a wrapper of the whole
    page (``wrapper``: its class) and with classes on ``<html>``/``<body>``."""
    open_wrap = f"<div class='{wrapper}'>" if wrapper else ""
    close_wrap = "</div>" if wrapper else ""
    return (
        f"<html class='{page_class}'><head><title>Budget</title></head>"
        f"<body class='{page_class}'>{open_wrap}{_NAV}<main>{_story()}</main>"
        f"<div class='river'><h2>More stories</h2><ul class='river'>{items}</ul></div>"
        f"<footer>© 2024 Daily</footer>{close_wrap}</body></html>"
    )


def _li(title: str, fields: str, teaser: str, footer: str = "") -> str:
    return (
        f"<li class='river__item'><h3><a href='/{len(title)}'>{title}</a></h3>"
        f"{fields}<p>{teaser}</p>{footer}</li>"
    )


_ITEMS = "".join(_li(t, f"<div class='meta'>{m}</div>", b) for t, m, _, b in _CARDS)


def _related(html: str) -> list[str | None]:
    page = clean_html_page(html, reference_time=datetime(2024, 5, 6, 12, tzinfo=UTC))
    return [a.title for a in page.articles if a.role == "related"]


def test_classes_on_html_and_body_do_not_hide_cards() -> None:
    """Template classes on <html> and <body> ("header-spacing", "nav-open" read as
    the nav group) say nothing of a box: the cards below them are cards."""
    titles = [c[0] for c in _CARDS]
    assert _related(_list_module(_ITEMS)) == titles
    assert _related(_list_module(_ITEMS, page_class="header-spacing nav-open")) == titles


def test_a_page_wrapper_classed_ad_does_not_hide_cards() -> None:
    """A wrapper holding the main story too ("ad-off-canvas-pusher") is the page's,
    not an ad box: its class does not make the cards inside it ads."""
    html = _list_module(_ITEMS, wrapper="m-advertisement-off-canvas--pusher")
    assert _related(html) == [c[0] for c in _CARDS]


def test_a_long_teaser_cut_mid_sentence_is_prose() -> None:
    """A teaser of forty words or more cut without a full stop is still a card's prose;
    a shorter cut one without fields is not."""
    long_cut = " ".join(_STORY)[:260].rsplit(" ", 1)[0]  # ~45 words, no full stop
    short_cut = long_cut.split(" and ")[0][:110].rsplit(" ", 1)[0]
    items = "".join(_li(f"Headline {i} about the city", "", long_cut) for i in range(3))
    assert len(_related(_list_module(items))) == 3
    items = "".join(_li(f"Headline {i} about the city", "", short_cut) for i in range(3))
    assert _related(_list_module(items)) == []


def test_a_one_sentence_teaser_under_a_field_line_is_a_card() -> None:
    """A teaser of one short sentence makes a card when a field line ("3 hours ago",
    "By Ana Ruiz") or a <time> goes with it; without one it stays chrome."""
    teaser = "Workers voted to accept the new pay offer, the union said."
    fielded = "".join(
        _li(f"Headline {i} about the city", f"<div>{m}</div>", teaser)
        for i, m in enumerate(("3 hours ago", "By Ana Ruiz", "Reuters · 2 days ago"))
    )
    assert len(_related(_list_module(fielded))) == 3
    bare = "".join(_li(f"Headline {i} about the city", "", teaser) for i in range(3))
    assert _related(_list_module(bare)) == []


def test_field_lines_below_the_teaser_are_the_cards_footer() -> None:
    """Fields printed below the teaser ("12 min read · By Ana Ruiz") are read as the
    card's fields and are no part of its text; a name alone there is its source."""
    title, _, _, teaser = _CARDS[0]
    items = "".join(
        _li(f"{title} {i}", "", teaser, f"<div>{foot}</div>")
        for i, foot in enumerate(("5 hours ago · By Ana Ruiz", "City Desk", "2 days ago"))
    )
    page = clean_html_page(_list_module(items), reference_time=datetime(2024, 5, 6, 12, tzinfo=UTC))
    related = [a for a in page.articles if a.role == "related"]
    assert [a.text for a in related] == [teaser] * 3
    assert related[0].authors == ("Ana Ruiz",)
    assert [a.published.text if a.published else None for a in related] == [
        "5 hours ago",
        None,
        "2 days ago",
    ]
    assert [a.source for a in related] == [None, "City Desk", None]


def _sources_under(lines_above: tuple[str, ...]) -> list[str | None]:
    """The sources of cards with one line each above the headline."""
    teaser = _CARDS[0][3]
    items = "".join(
        _li(f"Headline {i} about the city", "", teaser).replace(
            "<h3>", f"<div class='kicker'>{above}</div><h3>"
        )
        for i, above in enumerate(lines_above)
    )
    page = clean_html_page(_list_module(items))
    return [a.source for a in page.articles if a.role == "related"]


def test_a_name_above_the_headline_is_the_source_a_desk_name_is_not() -> None:
    """A name on its own line above the headline is the card's source; a desk name
    ("POLITICS", from section_labels.txt) there is its kicker."""
    assert _sources_under(("NBC News", "POLITICS", "Le Monde")) == ["NBC News", None, "Le Monde"]


def test_headline_sources_are_cut_as_in_text_mode() -> None:
    """Cards whose headlines all end in " - Source" give the source, as text mode's
    ``title_sources`` does."""
    teaser = _CARDS[1][3]
    items = "".join(
        _li(f"Headline {i} about the city - {src}", "", teaser)
        for i, src in enumerate(("Reuters", "The Hill", "Axios"))
    )
    related = [a for a in clean_html_page(_list_module(items)).articles if a.role == "related"]
    assert [(a.title, a.source) for a in related] == [
        ("Headline 0 about the city", "Reuters"),
        ("Headline 1 about the city", "The Hill"),
        ("Headline 2 about the city", "Axios"),
    ]


def test_a_long_field_line_is_no_prose() -> None:
    """A field line of ten words or more ("BY JANE DOE | The New York Times | 8 mins
    read") is the card's header, not the start of its teaser."""
    title, _, _, teaser = _CARDS[2]
    meta = "<div>BY JANE DOE | The New York Times | 8 mins read</div>"
    items = "".join(_li(f"{title} {i}", meta, teaser) for i in range(3))
    related = [a for a in clean_html_page(_list_module(items)).articles if a.role == "related"]
    assert [(a.text, a.source, a.authors) for a in related] == [
        (teaser, "The New York Times", ("JANE DOE",))
    ] * 3


def _story_with_box(box: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in _STORY)
    tail = "<p>The council meets again next month to set the tax rate for the coming year.</p>"
    return (
        "<html><body><article><h1>Budget passes after long debate</h1>"
        f"{paras}{box}{tail}</article><footer>© 2024 Daily</footer></body></html>"
    )


def test_a_box_of_dated_cards_inside_the_story_leaves_it() -> None:
    """A box of linked cards with fields in the middle of the story's container
    (a "Read more" module before the story's last lines) gives related articles
    and leaves the story whole."""
    cards = "".join(
        f"<div class='x-item'><h3><a href='/{i}'>{t}</a></h3><div>{m}</div><p>{b}</p></div>"
        for i, (t, m, _, b) in enumerate(_CARDS)
    )
    page = clean_html_page(_story_with_box(f"<div class='x-box'>{cards}</div>"))
    assert [a.title for a in page.articles if a.role == "related"] == [c[0] for c in _CARDS]
    assert page.main is not None
    assert page.main.paragraphs[: len(_STORY)] == tuple(_STORY)
    assert not any(c[3] in page.main.text for c in _CARDS)


def test_linked_sections_of_a_listicle_stay_in_the_story() -> None:
    """Linked headings with prose and no fields inside the story (a listicle's
    items) are the story's own text, not cards."""
    items = "".join(
        f"<div class='x-item'><h3><a href='/{i}'>{t}</a></h3><p>{b}</p></div>"
        for i, (t, _, _, b) in enumerate(_CARDS)
    )
    page = clean_html_page(_story_with_box(f"<div class='x-box'>{items}</div>"))
    assert [a.role for a in page.articles] == ["main"]
    assert page.main is not None
    assert all(c[3] in page.main.text for c in _CARDS)


def test_capitalised_kickers_above_a_headline_are_no_source() -> None:
    """Several words in capitals or a quoted phrase above a headline are a kicker
    ("REINDEER GAMES"), not the card's source."""
    kickers = ("REINDEER GAMES", "'A NATIONAL TRAGEDY'", "YOUR SAY")
    assert _sources_under(kickers) == [None, None, None]


def test_a_microdata_date_dates_the_card() -> None:
    """A card's ``itemprop="datePublished"`` gives its date when no ``<time>``
    carries one."""
    items = "".join(
        f"<li itemscope><h3><a href='/{i}' itemprop='headline'>{t}</a></h3>"
        f"<span itemprop='datePublished' content='2024-05-0{i + 1}T08:00:00Z'>{m}</span>"
        f"<p itemprop='description'>{b}</p></li>"
        for i, (t, m, _, b) in enumerate(_CARDS)
    )
    page = clean_html_page(_list_module(items), reference_time=datetime(2024, 5, 6, 12, tzinfo=UTC))
    stamps = [a.published for a in page.articles if a.role == "related"]
    days = [s.value.day if s and s.value else None for s in stamps]
    assert days == [6, 2, 3]  # (the first card's "3 hours ago" in its text comes first)


def test_a_box_of_cards_with_desk_kickers_inside_the_story_leaves_it() -> None:
    """A desk name above or below a card's headline ("Travel", section_labels.txt)
    is one of its fields: such a box inside the story leaves it."""
    desks = ("Travel", "Sport", "Politics")
    cards = "".join(
        f"<div class='x-item'><h3><a href='/{i}'>{t}</a></h3><div>{desk}</div><p>{b}</p></div>"
        for i, ((t, _, _, b), desk) in enumerate(zip(_CARDS, desks, strict=True))
    )
    page = clean_html_page(_story_with_box(f"<div class='x-box'>{cards}</div>"))
    assert [a.title for a in page.articles if a.role == "related"] == [c[0] for c in _CARDS]
    assert page.main is not None
    assert not any(c[3] in page.main.text for c in _CARDS)


def _linked_cards(bodies: list[str], item: str = "div", box: str = "div") -> str:
    """A module of ``_CARDS``' headlines as links, each over one paragraph of
    ``bodies``, in made-up classes; no field lines."""
    cards = "".join(
        f"<{item} class='c-x1'><h3><a href='/{k}'>{c[0]}</a></h3><p>{bodies[k]}</p></{item}>"
        for k, c in enumerate(_CARDS)
    )
    return f"<{box} class='c-x0'>{cards}</{box}>"


def _related_titles(page_html: str) -> list[str | None]:
    return [a.title for a in clean_html_page(page_html).articles if a.role == "related"]


def test_a_card_teaser_ending_with_read_more_or_a_colon_is_prose() -> None:
    """Cards of one sentence's length and no full stop at their end, no field
    to vouch for them: one teaser ends "... at dawn. Read more" inside its
    paragraph, one is a long line ending with a colon. Text mode reads
    both as a teaser's end; the HTML cards read them the same way."""
    bodies = [
        "Workers voted to accept the new pay offer after talks that lasted the whole weekend"
        " and trains ran at dawn. Read more",
        "The bridge will close for six weeks from June while engineers replace the worn"
        " joints, the transport office said in a list of works:",
        "The central library will stay open until ten at night on weekdays from next month"
        " after a trial that drew more students than the staff had expected.",
    ]
    assert _related_titles(_page(_linked_cards(bodies))) == [c[0] for c in _CARDS]


def test_sibling_cards_vouch_for_a_card_whose_teaser_is_one_short_line() -> None:
    """Three cards of one shape in a module; one teaser is a short line of
    twelve words and no full stop ("Fox News Flash top entertainment and
    celebrity headlines for Nov. 19 are here"), no field to vouch for it.
    Its siblings do: the module repeats one shape, so it is a card too.
    Alone, such a box is none."""
    short = "Fox News Flash top entertainment and celebrity headlines for Nov. 19 are here"
    module = _linked_cards([_CARDS[0][3], short, _CARDS[2][3]], "li", "ul")
    page = clean_html_page(_page(module))
    related = [a for a in page.articles if a.role == "related"]
    assert [a.title for a in related] == [c[0] for c in _CARDS]
    assert related[1].text == short
    assert _related_titles(_page(_linked_cards([short] * 3, "li", "ul"))) == []


def test_sibling_cards_vouch_for_a_paragraph_of_a_short_sentences_words() -> None:
    """A teaser paragraph of eight words and no full stop ("Ferry timetable
    changes for the summer season; new routes") reads as a field line on its
    own. In a module whose other cards are found, it is that card's teaser;
    a field line (a byline of as many words) stays a field."""
    short = "Ferry timetable changes for the summer season; new routes"
    page = clean_html_page(_page(_linked_cards([_CARDS[0][3], short, _CARDS[2][3]], "li", "ul")))
    related = [a for a in page.articles if a.role == "related"]
    assert [a.title for a in related] == [c[0] for c in _CARDS]
    assert related[1].text == short
    # (not as a <div>: only a paragraph's markup says prose)
    as_div = _linked_cards([_CARDS[0][3], short, _CARDS[2][3]], "li", "ul").replace(
        f"<p>{short}</p>", f"<div>{short}</div>"
    )
    assert _related_titles(_page(as_div)) == [_CARDS[0][0], _CARDS[2][0]]


def _two_cards(second_fields: str, second_teaser: str) -> list[tuple[str | None, str]]:
    """The related (title, text) of a list of two cards: the first a full card,
    the second with ``second_fields`` over a teaser of ``second_teaser``."""
    title, meta, _, teaser = _CARDS[0]
    items = _li(title, f"<div class='meta'>{meta}</div>", teaser) + _li(
        _CARDS[1][0], second_fields, second_teaser
    )
    page = clean_html_page(_list_module(items))
    return [(a.title, a.text) for a in page.articles if a.role == "related"]


def test_one_sibling_card_vouches_for_a_card_whose_byline_heads_a_one_line_teaser() -> None:
    """A rail of two cards: the second shows a byline over a teaser of eight
    words and no full stop ("Taylor Swift's big night; Britney Spears' new
    pop-up"). Its sibling and its own field vouch for it: two cards. Without
    the field, one sibling is not enough."""
    short = "Taylor Swift's big night; Britney Spears' new pop-up"
    assert _two_cards("<div class='meta'>BY JANE DOE</div>", short) == [
        (_CARDS[0][0], _CARDS[0][3]),
        (_CARDS[1][0], short),
    ]
    assert _two_cards("", short) == [(_CARDS[0][0], _CARDS[0][3])]


def test_one_sibling_card_vouches_for_a_card_whose_teaser_is_one_short_sentence() -> None:
    """A rail of two cards without fields: the second's teaser is one short
    sentence ("A half century on, The Doobie Brothers are still smoking."). Its
    sibling vouches for it: two cards. A line of as many words that ends as no
    sentence does (a label, a list of topics) is no teaser."""
    short = "A half century on, The Doobie Brothers are still smoking."
    assert _two_cards("", short) == [(_CARDS[0][0], _CARDS[0][3]), (_CARDS[1][0], short)]
    assert _two_cards("", short.rstrip(".")) == [(_CARDS[0][0], _CARDS[0][3])]


def test_a_reading_time_alone_is_a_card_field() -> None:
    """A reading time on a line of its own ("10 minute read") is a card's field,
    as text mode reads it: it vouches for a one-sentence teaser, and it is no
    source. A line of another kind ("Popular now") does not vouch."""
    teasers = (
        "Good morning! This is the tech news you need to know this Tuesday.",
        "The ferry timetable changes for the summer season, the port office said.",
    )

    def module(field: str) -> str:
        items = "".join(
            _li(c[0], f"<div class='meta'>{field}</div>", t)
            for c, t in zip(_CARDS, teasers, strict=False)
        )
        return _list_module(items)

    page = clean_html_page(module("10 minute read"))
    related = [a for a in page.articles if a.role == "related"]
    assert [(a.title, a.text, a.source) for a in related] == [
        (c[0], t, None) for c, t in zip(_CARDS, teasers, strict=False)
    ]
    assert _related(module("Popular now")) == []


def test_a_row_of_two_cards_in_a_box_that_leaves_the_story_gives_both() -> None:
    """A box of rows inside the story's container, each row holding one linked
    card but the middle one, which holds two: the box leaves the story (it
    ends the region), and the middle row gives two cards, not one card
    holding both (the row's own box of two, with a card's prose below it and
    no field on its cards, leaves with the box around it)."""
    cards = [*_CARDS, ("Tram line extended to the airport", "", None, _CARDS[0][3])]

    def card(k: int) -> str:
        title, _, _, teaser = cards[k]
        return (
            f"<article class='x-card'><h3><a href='/{k}'>{title}</a></h3><p>{teaser}</p>"
            f"<div class='meta'>Valley Times</div></article>"
        )

    rows = (
        f"<section class='x-row'>{card(0)}</section><div>Advertisement</div>"
        f"<section class='x-row'>{card(1)}{card(2)}</section>"
        f"<section class='x-row'>{card(3)}</section>"
    )
    tail = "<p>The council meets again next month to set the tax rate for the coming year.</p>"
    page = clean_html_page(_story_with_box(f"<div class='x-box'>{rows}</div>").replace(tail, ""))
    related = [a for a in page.articles if a.role == "related"]
    assert [a.title for a in related] == [c[0] for c in cards]
    assert page.main is not None
    assert page.main.paragraphs[: len(_STORY)] == tuple(_STORY)
    assert not any(c[3] in page.main.text for c in cards)


def test_microdata_marking_a_source_vouches_like_a_field() -> None:
    """A card whose markup names its source (``itemprop="publisher"``) shows a
    field, whatever the name reads as: one sibling vouches for its teaser of a
    short sentence's words. A plain ``<div>`` of the same name does not."""
    short = "Taylor Swift's big night; Britney Spears' new pop-up"
    marked = "<div class='meta'><span itemprop='publisher'>Yahoo News</span></div>"
    assert _two_cards(marked, short) == [(_CARDS[0][0], _CARDS[0][3]), (_CARDS[1][0], short)]
    assert _two_cards("<div class='meta'>Yahoo News</div>", short) == [
        (_CARDS[0][0], _CARDS[0][3])
    ]


_LONG_TEASERS = [
    c[3] + " The office will publish the full list of changes on its website on Friday."
    for c in _CARDS
]


def _module_selected(heading: str, fields: bool = True) -> tuple[list[int], tuple[int, ...]]:
    """A short story, then a module of linked cards (under ``heading``) that
    content selection took for the story: ``find_cards`` with a selection of
    the module's blocks, headed by the module's heading when there is one.
    The cards' headline blocks and the blocks that leave the story."""
    from newsclean.html.blocks import extract_blocks
    from newsclean.html.cards import find_cards
    from newsclean.html.content import Selection
    from newsclean.stories.dom_cards import card_field_line

    meta = "<div class='meta'>By Ana Ruiz</div>" if fields else ""
    items = "".join(
        f"<li class='x-i'><h3><a href='/{i}'>{c[0]}</a></h3>{meta}<p>{t}</p></li>"
        for i, (c, t) in enumerate(zip(_CARDS, _LONG_TEASERS, strict=True))
    )
    dom = extract_blocks(
        parse_html(
            f"<body><div class='post'><p>{_STORY[0]}</p></div>"
            f"<div class='x-wrap'>{heading}<ul class='x-l'>{items}</ul></div></body>"
        )
    )
    start = 2 if heading else 1
    title = 1 if heading else None
    selection = Selection(tuple(range(start, len(dom.blocks))), title, {}, 0)
    found = find_cards(dom, selection, is_field=card_field_line)
    return [c.title for c in found.cards], found.peeled


def test_a_module_taken_for_a_headless_story_leaves_it() -> None:
    """Content selection found no headline and took a module of three linked
    cards with fields for the story, below a paragraph of the real one: the
    module is cards and leaves the selection (its blocks are peeled, and the
    pipeline selects again without them). Without fields it is a listing's
    text and stays."""
    titles, peeled = _module_selected("")
    assert titles == [1, 4, 7]
    assert peeled == tuple(range(1, 10))
    assert _module_selected("", fields=False) == ([], ())


def test_a_modules_own_heading_taken_for_the_headline_leaves_with_it() -> None:
    """The selection took a module's heading ("Editors' picks") for the
    story's headline and its cards for the story: the module leaves, its
    heading with it. A page's ``<h1>`` over the same cards is its headline
    and the cards its text."""
    titles, peeled = _module_selected("<h2>Editors' picks</h2>")
    assert titles == [2, 5, 8]
    assert peeled == tuple(range(1, 11))
    assert _module_selected("<h1>Editors' picks</h1>") == ([], ())


def _two_cards_selected(fields: bool) -> list[int]:
    """A headline and two paragraphs content selection passed over (a
    paywall's), then a module of two linked cards it took for the story:
    ``find_cards``' headline blocks of the cards."""
    from newsclean.html.blocks import extract_blocks
    from newsclean.html.cards import find_cards
    from newsclean.html.content import Selection
    from newsclean.stories.dom_cards import card_field_line

    meta = "<div class='meta'>By Ana Ruiz</div>" if fields else ""
    items = "".join(
        f"<article class='x-i'><h3><a href='/{i}'>{c[0]}</a></h3>{meta}<p>{t}</p></article>"
        for i, (c, t) in enumerate(zip(_CARDS[:2], _LONG_TEASERS, strict=False))
    )
    dom = extract_blocks(
        parse_html(
            f"<body><h1>Budget passes after long debate</h1><p>{_STORY[0]}</p><p>{_STORY[1]}</p>"
            f"<div class='x-wrap'><h2>You might also like</h2><section class='x-l'>{items}"
            "</section></div></body>"
        )
    )
    # (the selection starts at the module's first card: the story is the module)
    selection = Selection(tuple(range(4, len(dom.blocks))), 0, {}, 0)
    return [c.title for c in find_cards(dom, selection, is_field=card_field_line).cards]


def test_two_cards_with_fields_all_the_story_below_its_headline_are_cards() -> None:
    """The selection took a module of two linked cards, each with a byline,
    for the story below the headline, two paragraphs passed over between
    them (a paywalled story's): the cards leave. Without fields, two linked
    sections below a headline may be a short listing's text, and stay."""
    assert _two_cards_selected(fields=True) == [4, 7]
    assert _two_cards_selected(fields=False) == []


def test_a_box_of_cards_whose_headlines_end_in_their_sources_leaves_the_story() -> None:
    """Linked cards with no field line inside the story's container, each
    headline ending in its source (" — NBC News", as an aggregator prints
    them): the box leaves the story, as a box of dated cards does. The same
    sections without the sources are a listicle's and stay (see
    ``test_linked_sections_of_a_listicle_stay_in_the_story``)."""
    sources = ("NBC News", "Reuters", "The Verge")
    cards = "".join(
        f"<div class='x-item'><h3><a href='/{i}'>{t} — {src}</a></h3><p>{b}</p></div>"
        for i, ((t, _, _, b), src) in enumerate(zip(_CARDS, sources, strict=True))
    )
    page = clean_html_page(_story_with_box(f"<div class='x-box'>{cards}</div>"))
    related = [a for a in page.articles if a.role == "related"]
    assert [(a.title, a.source) for a in related] == [
        (c[0], src) for c, src in zip(_CARDS, sources, strict=True)
    ]
    assert page.main is not None
    assert not any(c[3] in page.main.text for c in _CARDS)


def _box_then_section(story: list[str], after: list[str]) -> list[str | None]:
    """A story's paragraphs, a box of two linked cards with no field, then a
    heading and the paragraphs ``after`` in the same container: the related
    titles."""
    paras = "".join(f"<p>{p}</p>" for p in story)
    cards = "".join(
        f"<div class='x-item'><h3><a href='/{i}'>{t}</a></h3><p>{b}</p></div>"
        for i, (t, _, _, b) in enumerate(_CARDS[:2])
    )
    tail = "".join(f"<p>{p}</p>" for p in after)
    return _related_titles(
        "<html><body><article><h1>Budget passes after long debate</h1>"
        f"{paras}<div class='x-box'>{cards}</div><h2>Get the morning briefing</h2>{tail}"
        "</article><footer>© 2024 Daily</footer></body></html>"
    )


def test_a_box_after_a_full_story_over_a_short_section_of_its_own_leaves_the_story() -> None:
    """Two linked cards without fields after a story told in full (four
    paragraphs or more), then a section of its own under a heading, a
    paragraph or two long (a newsletter's "Get the day's top headlines
    delivered to your inbox every morning."): no story goes on below the
    box, which leaves. After a list's intro of one paragraph, or over a
    section that goes on for paragraphs (the story's next part), it stays."""
    note = "Get the day's top headlines delivered to your inbox every morning, for free."
    long_story = _STORY + [p.replace("the", "a") for p in _STORY]
    assert _box_then_section(long_story, [note]) == [c[0] for c in _CARDS[:2]]
    assert _box_then_section(_STORY[:1], [note]) == []
    assert _box_then_section(long_story, _STORY) == []


_DE_STORY = [
    "Der Stadtrat hat am Montagabend den neuen Haushalt beschlossen, nach einer Debatte, die "
    "mehr als sechs Stunden dauerte und Hunderte Bürger in den Saal zog.",
    "Der Plan erhöht die Ausgaben für Schulen und den Nahverkehr um vier Prozent und schließt "
    "eine Lücke, die der Bürgermeister auf sinkende Steuereinnahmen zurückführte.",
    "Kritiker sagten, der Plan beruhe auf zu optimistischen Prognosen; zwei Mitglieder stimmten "
    "dagegen und warnten vor einem neuen Defizit im nächsten Jahr.",
]


def test_a_german_reading_time_ending_in_a_full_stop_is_a_card_field() -> None:
    """A German page's "Mehr zum Thema" list: the second card shows "Lesezeit:
    2 Min." (a reading time, its abbreviation's full stop no sentence's end)
    over a teaser of one line and no full stop. The reading time is the
    card's field, read in every language when the page names none, so its
    sibling vouches for it."""
    cards = [
        (
            "Bahnstreik nach Verhandlungen am Wochenende beendet",
            "Lesezeit: 3 Min.",
            "Die Beschäftigten haben das neue Angebot nach langen Gesprächen am Wochenende "
            "angenommen, teilte die Gewerkschaft mit. Die Züge fahren ab Dienstag wieder "
            "nach Plan.",
        ),
        (
            "Hafenbrücke wird für Reparaturen gesperrt",
            "Lesezeit: 2 Min.",
            "Die Brücke bleibt ab Juni für sechs Wochen gesperrt, sagte das Verkehrsamt",
        ),
    ]
    items = "".join(
        f"<li class='teaser'><h3><a href='/{i}'>{t}</a></h3><span class='meta'>{m}</span>"
        f"<p>{b}</p></li>"
        for i, (t, m, b) in enumerate(cards)
    )
    story = "".join(f"<p>{p}</p>" for p in _DE_STORY)
    page = clean_html_page(
        "<html lang='de'><head><title>Haushalt</title></head><body><main><article>"
        f"<h1>Stadtrat beschließt Haushalt</h1>{story}</article><section class='mehr'>"
        f"<h2>Mehr zum Thema</h2><ul class='teaser-liste'>{items}</ul></section></main>"
        "<footer>© 2024 Tagblatt</footer></body></html>"
    )
    related = [a for a in page.articles if a.role == "related"]
    assert [(a.title, a.text) for a in related] == [(t, b) for t, _, b in cards]
