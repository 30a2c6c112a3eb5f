"""Card shapes no corpus and no page generator prints, on small pages made
here: one story, then three related cards of one shape, under a known
section header, an unknown heading or none. Every card's title, source and
time must come out right. Each shape is named after the card-model cue it
guards (see ``stories.rails`` and ``stories.card_lines``)."""

from __future__ import annotations

import datetime

import pytest

import newsclean
from newsclean.stories.card_lines import split_fields

REF = datetime.datetime(2025, 6, 7, 12, 0, tzinfo=datetime.UTC)
STORY = """City council approves new transit budget
By Maria Lopez
June 7, 2025
The city council approved a new transit budget on Thursday after a debate that lasted more than six hours and drew hundreds of residents.
The plan adds forty buses to the busiest routes and extends evening service on three rail lines, officials said at a briefing afterwards.
Opponents argued that the fare increase buried in the plan would hit low-income riders hardest, and promised to fight it at the next session."""  # noqa: E501
# (headline, source, age, teaser)
CARDS = [
    (
        "Drought forces farmers to rethink irrigation",
        "Valley Star",
        "3 hours ago",
        "Farmers across the valley are switching to drip irrigation as the reservoirs "
        "fall to their lowest level in a decade.",
    ),
    (
        "Museum returns looted statues to Nigeria",
        "Coast Herald",
        "5 hours ago",
        "The museum handed back thirty bronze statues on Friday in a ceremony attended "
        "by the Nigerian ambassador and local leaders.",
    ),
    (
        "Local team clinches title in overtime thriller",
        "Metro Sport",
        "1 day ago",
        "A late goal in overtime sealed the championship for the home side, who had "
        "trailed for most of the second half.",
    ),
]
AGES = {"3 hours ago": 3, "5 hours ago": 5, "1 day ago": 24}
HEADERS = ["Don't miss", "In case you missed it", None]


def _page(card: str, header: str | None, cards: list[tuple[str, str, str, str]] = CARDS) -> str:
    return "\n".join([STORY, *([header] if header else []), *(card.format(*c) for c in cards)])


def _check(text: str, cards: list[tuple[str, str, str, str]] = CARDS) -> None:
    page = newsclean.clean_text(text, reference_time=REF)
    got = [(a.title, a.source) for a in page.articles]
    assert got[0][0] == "City council approves new transit budget", got
    assert got[1:] == [(h, s) for h, s, _, _ in cards], got
    for a, (_, _, age, _) in zip(page.articles[1:], cards, strict=True):
        assert a.published is not None, a.title
        assert a.published.value is not None, a.title
        assert REF - a.published.value == datetime.timedelta(hours=AGES[age]), a.title


@pytest.mark.parametrize("header", HEADERS)
def test_fields_alone_under_a_headline_are_a_card(header: str | None) -> None:
    """A rail of headlines, each over one line of fields and no teaser, is a
    list of cards (a repeated (headline, fields) period)."""
    _check(_page("{0}\n{1} · {2}", header))


@pytest.mark.parametrize("header", HEADERS)
def test_fields_above_the_headline_without_teaser(header: str | None) -> None:
    """The same rail with the fields over each headline."""
    _check(_page("{1} | {2}\n{0}", header))


def test_a_rail_of_two_cards() -> None:
    _check(_page("{0}\n{1} · {2}", "Don't miss", CARDS[:2]), CARDS[:2])


@pytest.mark.parametrize("header", HEADERS)
def test_bracketed_footer_is_the_cards_fields(header: str | None) -> None:
    """ "(Source, 3 hours ago)" under each teaser is the card's footer: its
    source and time, not one source; without a header the story stays whole."""
    _check(_page("{0}\n{3}\n({1}, {2})", header))


def test_bracketed_fields_need_an_age() -> None:
    """A story's citation in brackets, "(The Sunday Times, 10/09/06)", a date
    and no age, is no line of card fields (a digest prints one under each of
    its stories); an age in brackets is."""
    assert split_fields("(Valley Star, 3 hours ago)") == [(1, 12), (14, 25)]
    assert split_fields("(HPA & Reuters, 04/07/06)") is None


def test_story_short_lines_are_no_rail() -> None:
    """Short lines below a story without a field line in each are no cards."""
    text = STORY + "\nShare this story\nRead more on transit\nSign up for our newsletter"
    page = newsclean.clean_text(text, reference_time=REF)
    assert len(page.articles) == 1


def test_rail_reading_is_bounded_on_look_alike_lines() -> None:
    """100,000 lines of headline and fields (each a possible card) and 20,000
    section headers over two lines each: each stretch is read once, a long
    one not at all."""
    from newsclean.stories.card_lines import classify_lines
    from newsclean.stories.rails import field_rail, rail_span
    from newsclean.text.blocks import split_blocks
    from newsclean.text.label import label_blocks

    pairs = "\n".join(["Museum returns looted statues to Nigeria\nAP · 5 hours ago"] * 50_000)
    lines = classify_lines(label_blocks(split_blocks(STORY + "\n" + pairs)))
    assert field_rail(lines, 6, len(lines), "en") == []  # (too long a stretch to be one rail)
    sections = "\n".join(["Don't miss\nShort line here\nAnother short line"] * 20_000)
    lines = classify_lines(label_blocks(split_blocks(STORY + "\n" + sections)))
    prose = [ln.words if ln.kind == "body" else 0 for ln in lines]
    assert rail_span(lines, prose, 40, "en") is None


@pytest.mark.parametrize("header", HEADERS)
def test_source_before_the_headline_behind_a_colon(header: str | None) -> None:
    """ "ESPN: Headline" on every card of a list, each prefix a name that
    reads as a source: the source, cut out of the headline."""
    cards = [(h, s, t, b) for (h, _, t, b), s in zip(CARDS, ["AP", "ESPN", "Reuters"], strict=True)]
    _check(_page("{1}: {0}\n{2}\n{3}", header, cards), cards)


def test_a_speakers_name_before_a_colon_stays_in_the_headline() -> None:
    """ "Mayor: ..." is a quote's speaker, no outlet: the headline is kept whole."""
    text = _page("Mayor: {0}\n{1} · {2}\n{3}", "Don't miss")
    page = newsclean.clean_text(text, reference_time=REF)
    assert [a.title for a in page.articles[1:]] == [f"Mayor: {h}" for h, *_ in CARDS]


@pytest.mark.parametrize("header", HEADERS)
def test_a_name_in_capitals_then_an_age_is_a_field_line(header: str | None) -> None:
    """ "CBSN, 1 day ago" under a headline in capitals: source and time, as a
    name the lexicons know is ("Valley News, 2 hours ago"); a reader's
    "Jane, 2 hours ago" stays no field line."""
    cards = [(h, s, t, b) for (h, _, t, b), s in zip(CARDS, ["KTLA", "WGN", "CBSN"], strict=True)]
    text = _page("{0}\n{1}, {2}\n{3}", header, [(h.upper(), s, t, b) for h, s, t, b in cards])
    _check(text, [(h.upper(), s, t, b) for h, s, t, b in cards])
    assert split_fields("Jane, 2 hours ago") is None


@pytest.mark.parametrize("header", HEADERS)
def test_a_bare_source_line_in_every_card_is_its_source(header: str | None) -> None:
    """A rail of an age over the headline and the outlet's bare name below it
    ("3 hours ago" / headline / "Valley Star"): no cue marks the name, its
    place in every period of the rail does."""
    _check(_page("{2}\n{0}\n{1}", header))


def test_bare_names_need_a_field_line_in_every_card() -> None:
    """Headlines over names with no age or source cue are a menu or a list of
    authors, no rail: the story stays alone."""
    text = _page("{0}\n{1}", "Don't miss")
    assert len(newsclean.clean_text(text, reference_time=REF).articles) == 1


@pytest.mark.parametrize("desk", ["Business", "Sport", "World"])
def test_a_desk_name_over_a_rail_is_its_header(desk: str) -> None:
    """A desk's name ("Business") right below the story, over cards that print
    no desk of their own, heads the rail (it used to spoil the rail's period
    as the first card's kicker)."""
    _check(_page("{0}\n{1} · {2}", desk))


# one sentence each, shorter than a teaser a list's shape alone tells
SHORT = [
    (h, s, t, b.split(" as ")[0].split(" in a ")[0].split(" who ")[0] + ".")
    for h, s, t, b in CARDS
]


def test_one_sentence_teasers_over_an_age_under_a_known_header() -> None:
    """Under a section header, cards that each print one kind of field (an age
    below a teaser of one short sentence) are a list: the header is the
    evidence a live blog's entries (a time, a heading, an update) lack."""
    assert all(len(b.split()) < 15 for *_, b in SHORT)
    page = newsclean.clean_text(_page("{0}\n{3}\n{2}", "Related", SHORT), reference_time=REF)
    assert [a.title for a in page.articles[1:]] == [h for h, *_ in SHORT]
    for a, (_, _, age, teaser) in zip(page.articles[1:], SHORT, strict=True):
        assert a.text == teaser
        assert a.published is not None
        assert a.published.value is not None
        assert REF - a.published.value == datetime.timedelta(hours=AGES[age])


def test_a_small_letter_age_below_a_teaser_is_not_its_wrapped_line() -> None:
    """German and French ages start small ("vor 3 Stunden", "il y a 5 heures"):
    below a teaser's full stop, lines of one width are a card list, not a
    paragraph wrapped at that width (``text.reflow``)."""
    story = "\n".join(STORY.split("\n")[3:])
    cards = "\n".join([
        "Mehr zum Thema",
        "Opposition kündigt Widerstand im Bundesrat an",
        "Die Länder wollen Nachbesserungen bei der Förderung durchsetzen.",
        "vor 3 Stunden",
        "Handwerk warnt vor Fachkräftemangel bei Wärmepumpen",
        "Betriebe berichten von monatelangen Wartezeiten für ihre Kunden.",
        "vor 5 Stunden",
        "Was das neue Gesetz für Mieter bedeutet",
        "Ein Überblick über die wichtigsten Änderungen und Fristen.",
        "vor 9 Stunden",
    ])
    page = newsclean.clean_text(f"{story}\n{cards}", reference_time=REF)
    assert [a.text for a in page.articles[1:]] == [
        "Die Länder wollen Nachbesserungen bei der Förderung durchsetzen.",
        "Betriebe berichten von monatelangen Wartezeiten für ihre Kunden.",
        "Ein Überblick über die wichtigsten Änderungen und Fristen.",
    ]
    assert [a.published.text for a in page.articles[1:] if a.published] == [
        "vor 3 Stunden",
        "vor 5 Stunden",
        "vor 9 Stunden",
    ]
