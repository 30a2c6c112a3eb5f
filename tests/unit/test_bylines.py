"""Unit tests for ``newsclean.parsers.bylines``: authors, sources, timestamps and junk."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsclean.core.lexicon import table
from newsclean.parsers.bylines import byline_line, foreign_byline, parse_byline

REF = datetime(2025, 6, 7, 12, 0, tzinfo=UTC)


def test_authors_and_source() -> None:
    """ "By Jane Doe and John Roe, Reuters" gives two authors and a source."""
    b = parse_byline("By Jane Doe and John Roe, Reuters")
    assert b.authors == ("Jane Doe", "John Roe")
    assert b.source == "Reuters"
    assert b.timestamp is None


def test_by_strip_keeps_names_intact() -> None:
    """ "Abby Goodnough" keeps its letters: "By" is stripped as a word, not characters."""
    assert parse_byline("By Abby Goodnough").authors == ("Abby Goodnough",)
    assert parse_byline("Byron Smith | CNN").authors == ("Byron Smith",)


def test_author_source_and_time_all_filled() -> None:
    """ "By A | Source | Updated: <time>" fills all three fields."""
    b = parse_byline("By Aditi Rao | News18 | Updated: Jun 7, 2025, 10:15 IST", reference_time=REF)
    assert b.authors == ("Aditi Rao",)
    assert b.source == "News18"
    assert b.timestamp is not None
    assert b.timestamp.value is not None
    assert b.timestamp.value.astimezone(UTC).isoformat() == "2025-06-07T04:45:00+00:00"
    assert b.timestamp.text == "Updated: Jun 7, 2025, 10:15 IST"


def test_dash_source() -> None:
    """ "- News18" is a source line."""
    b = parse_byline("- News18")
    assert b.source == "News18"
    assert b.authors == ()


@pytest.mark.parametrize(
    "text", ["By Jane Doe Follow", "By Jane Doe | Email the author", "By Jane Doe, Staff Writer"]
)
def test_junk_never_becomes_author(text: str) -> None:
    """ "Follow", "Email the author" and staff roles are dropped."""
    assert parse_byline(text).authors == ("Jane Doe",)


def test_updated_alone_is_not_an_author() -> None:
    """A lone "Updated" gives no author."""
    assert parse_byline("By Updated").authors == ()


def test_month_and_weekday_names_stay_names() -> None:
    """ "May Chen", "June Lee" and "Sunday Okafor" are people, not dates."""
    assert parse_byline("By May Chen").authors == ("May Chen",)
    b = parse_byline("By June Lee, Associated Press")
    assert b.authors == ("June Lee",)
    assert b.source == "Associated Press"
    assert b.timestamp is None
    b = parse_byline("Reporting by Sunday Okafor; Editing by Mark Heinrich")
    assert b.authors == ("Sunday Okafor",)


def test_agency_alone_is_source() -> None:
    """ "By Reuters" and "PTI" are sources."""
    assert parse_byline("By Reuters").source == "Reuters"
    assert parse_byline("PTI").source == "PTI"


def test_name_pipe_outlet() -> None:
    """ "Jane Doe | CNN": author then outlet."""
    b = parse_byline("Jane Doe | CNN")
    assert b.authors == ("Jane Doe",)
    assert b.source == "CNN"


def test_date_after_on() -> None:
    """ "by Surur on June 6, 2025" splits name and date."""
    b = parse_byline("by Surur on June 6, 2025", reference_time=REF)
    assert b.authors == ("Surur",)
    assert b.timestamp is not None
    assert b.timestamp.precision == "day"


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Von Hans Müller, 07.06.2025, 10:15 Uhr", "Hans Müller"),
        ("Par Marie Dupont, publié le 7 juin 2025 à 10h15", "Marie Dupont"),
        ("Por María García", "María García"),
        ("김민수 기자", "김민수"),
        ("记者 张伟", "张伟"),
    ],
)
def test_other_languages(text: str, author: str) -> None:
    """Prefixes and role words of other languages."""
    assert parse_byline(text, reference_time=REF).authors == (author,)


def test_source_label() -> None:
    """ "Source: X, <date>" gives the source and the date."""
    b = parse_byline("Source: Russian Defense Ministry, June 5, 2025")
    assert b.source == "Russian Defense Ministry"
    assert b.timestamp is not None


def test_empty_and_huge_inputs() -> None:
    """Empty and over-long inputs give an empty byline."""
    assert parse_byline("").authors == ()
    assert parse_byline("By " + "x" * 5000).authors == ()


@pytest.mark.parametrize(
    ("line", "language", "expected"),
    [
        ("von Marcus Bensmann , Justus von Daniels , Ulrich Stoll", None, True),
        ("Von Anna Schmidt und Peter Müller", "de", True),
        ("Par Jean Dupont et Marie Curie", "fr", True),
        ("Por María López y Juan Pérez", "es", True),
        ("Text: Max Mustermann", "de", True),
        ("Par ailleurs, le ministre a annoncé une réforme", "fr", False),
        ("Por qué la economía crece", "es", False),
        ("Par AFP", "fr", False),  # an agency, not names: the source parser's
        ("von Marcus Bensmann", "en", False),  # an English page reads English prefixes
        ("By Jane Roe", None, False),  # English bylines are the labeller's own pattern
    ],
)
def test_foreign_byline_lines(line: str, language: str | None, expected: bool) -> None:
    assert foreign_byline(line, language) is expected


@pytest.mark.parametrize(
    ("line", "authors", "time"),
    [
        ("Posted on June 3, 2025 by John Smith", ("John Smith",), "Posted on June 3, 2025"),
        ("2 hours ago by Jane Doe and John Roe", ("Jane Doe", "John Roe"), "2 hours ago"),
        ("Stand: 14.05.2019 von Anna Schmidt", ("Anna Schmidt",), "Stand: 14.05.2019"),
        ("Reuters | 2 hours ago by John Smith", ("John Smith",), "2 hours ago"),
    ],
)
def test_time_then_by_and_names(line: str, authors: tuple[str, ...], time: str) -> None:
    b = parse_byline(line)
    assert b.authors == authors
    assert b.timestamp is not None
    assert b.timestamp.text == time


def test_by_inside_a_title_is_no_byline() -> None:
    assert parse_byline("Stand by Me review").authors == ()


def test_date_bar_by_author_splits_before_the_time_parser_reads_on() -> None:
    b = parse_byline("October 9, 2018 | by Olivia Larsen")
    assert b.authors == ("Olivia Larsen",)
    assert b.timestamp is not None
    assert b.timestamp.text == "October 9, 2018"


def test_byline_lines_follow_the_prefix_lexicon() -> None:
    """Every English author prefix starts a byline line (a noun behind a colon)."""
    for prefix, kind in table("en", "byline_prefixes").items():
        head = f"{prefix}{'' if prefix.endswith('by') else ':'}"
        line = f"{head[:1].upper()}{head[1:]} Jane Doe"  # (the name keeps its capitals)
        assert byline_line(line) == ((kind or "author") == "author"), line


def test_credentials_after_a_name_are_no_authors() -> None:
    assert parse_byline("Written by Rachael Link, MS, RD").authors == ("Rachael Link",)
    assert parse_byline("By Jane Doe, PhD").authors == ("Jane Doe",)
    assert parse_byline("By Ma Long").authors == ("Ma Long",)  # a surname, not a degree


@pytest.mark.parametrize(
    ("line", "authors", "time"),
    [
        # the names' words kept the parser from the time behind them
        (
            "By Matthew Digby, Minh Do on Monday, November 18th, 2019 at 11:08 a.m.",
            ("Matthew Digby", "Minh Do"),
            "on Monday, November 18th, 2019 at 11:08 a.m",
        ),
        ("By Meg James Staff Writer", ("Meg James",), None),  # a job title
        ("By Sean Martin Sean Martin", ("Sean Martin",), None),  # printed twice
        ("By Jane Doe, and Tom Watkins", ("Jane Doe", "Tom Watkins"), None),
    ],
)
def test_names_come_out_without_what_surrounds_them(
    line: str, authors: tuple[str, ...], time: str | None
) -> None:
    b = parse_byline(line)
    assert b.authors == authors
    assert (b.timestamp.text if b.timestamp else None) == time


def test_names_in_a_script_without_case_follow_a_foreign_prefix() -> None:
    """Devanagari has no capitals: "लेखक: राहुल शर्मा" is a byline, its two
    words names, while a Latin line after a foreign prefix still needs
    capitalised names ("von der Leyen sagte heute" is story text)."""
    assert byline_line("लेखक: राहुल शर्मा", "hi")
    assert byline_line("लेखक: नेहा गुप्ता", None)
    assert not byline_line("von der Leyen sagte heute", None)


def test_dutch_and_indonesian_author_prefixes() -> None:
    """"Door Jan de Vries" and "Oleh Budi Santoso" are bylines; the same words
    opening a sentence ("door de politie", "Oleh karena itu") are not."""
    assert byline_line("Door Jan de Vries", "nl")
    assert byline_line("Oleh Budi Santoso", "id")
    assert byline_line("Penulis: Siti Rahmawati", None)
    assert not byline_line("door de politie werd hij gearresteerd", "nl")
    assert not byline_line("Oleh karena itu kami menolak", "id")
    assert parse_byline("Door Jan de Vries", language="nl").authors == ("Jan de Vries",)


def test_an_outlet_after_the_names_is_the_source() -> None:
    """After a byline's names, one capitalised word, a domain or words opening with
    a function word name an outlet, not one more author; two names stay authors."""
    cases = {
        "By Jane Doe, The Verge": (("Jane Doe",), "The Verge"),
        "by Grace Liu and Laura Martinez, Firstpost": (
            ("Grace Liu", "Laura Martinez"),
            "Firstpost",
        ),
        "By Jane Doe, Salon.com": (("Jane Doe",), "Salon.com"),
        "Von Max Muster, Die Zeit": (("Max Muster",), "Die Zeit"),
        "By Jane Doe and John Smith": (("Jane Doe", "John Smith"), None),
        "By Madonna": (("Madonna",), None),
    }
    for text, (authors, source) in cases.items():
        b = parse_byline(text)
        assert (b.authors, b.source) == (authors, source), text


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("By Emily Watson, Business Insider", "Emily Watson", "Business Insider"),
        ("By Emily Watson, The Sunday Observer", "Emily Watson", "The Sunday Observer"),
        ("Von Max Muster, Frankfurter Allgemeine Zeitung", "Max Muster", "Frankfurter Allgemeine Zeitung"),  # noqa: E501
        ("Por Ana García, Diario de Sevilla", "Ana García", "Diario de Sevilla"),
    ],
)
def test_an_outlet_named_by_its_kind_of_word_after_the_names(
    line: str, author: str, source: str
) -> None:
    """Two or three words after the names are an outlet when one is a word for
    one in the lexicons of any language (Insider, Zeitung, Diario)."""
    b = parse_byline(line)
    assert (b.authors, b.source) == ((author,), source)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Door Pieter Jansen en Jan de Vries", ("Pieter Jansen", "Jan de Vries")),
        ("Oleh Budi Santoso dan Siti Rahmawati", ("Budi Santoso", "Siti Rahmawati")),
        ("Von Jana Schmidt und Tom Weber", ("Jana Schmidt", "Tom Weber")),
        ("Por Ana García y Luis Pérez", ("Ana García", "Luis Pérez")),
        ("By Jane Doe & John Roe", ("Jane Doe", "John Roe")),
    ],
)
def test_two_authors_part_at_their_languages_and_word(
    text: str, authors: tuple[str, ...]
) -> None:
    """Every language's "and" (``byline_conjunctions.txt``) parts two names."""
    assert parse_byline(text).authors == authors


@pytest.mark.parametrize(
    ("text", "authors", "source"),
    [
        ("By Jane Doe for The Guardian", ("Jane Doe",), "The Guardian"),
        ("By Jane Doe For Mailonline", ("Jane Doe",), "Mailonline"),
        ("Jane Doe, for the Associated Press", ("Jane Doe",), "Associated Press"),
        ("By Jane Doe and John Roe for Reuters", ("Jane Doe", "John Roe"), "Reuters"),
        ("By Mike Lee, MBA for Profit Confidential", ("Mike Lee",), "Profit Confidential"),
        ("Von Jana Schmidt für die Zeit", ("Jana Schmidt",), "Zeit"),
        ("Par Marie Dubois pour Le Monde", ("Marie Dubois",), "Le Monde"),
        ("Por Ana García para El País", ("Ana García",), "El País"),
        ("Door Jan Jansen voor NRC", ("Jan Jansen",), "NRC"),
        ("By Jane Doe for The Times of India", ("Jane Doe",), "The Times of India"),
    ],
)
def test_a_writer_for_an_outlet_gives_the_author_and_the_source(
    text: str, authors: tuple[str, ...], source: str
) -> None:
    """'<name> for <outlet>' in any language's word (``byline_outlet_links.txt``):
    the name is the author, the outlet the source, not one long author."""
    byline = parse_byline(text)
    assert (byline.authors, byline.source) == (authors, source)


def test_for_before_words_no_outlet_prints_stays_in_the_byline() -> None:
    """'for' before lower-case words is no outlet ('for Monday night games')."""
    assert parse_byline("Written by Jane Doe for Monday night games").source is None


@pytest.mark.parametrize(
    "line",
    [
        "By his own account, the plan failed.",
        "by the way",
        "By joining Example Plus you support our work and get exclusive content.",
        "By his flatulent, self-righteous remarks, Alex stereotypes himself",
    ],
)
def test_a_sentence_that_starts_with_by_and_a_lower_case_word_is_no_byline(line: str) -> None:
    """An English prefix names someone: "By his own account" is a sentence (a
    reader's comment read as a byline had split a comment thread into cards)."""
    assert not byline_line(line)


@pytest.mark.parametrize("line", ["By Jane Doe", "BY JANE DOE", "By: Jane Doe", "by Jane Doe"])
def test_a_prefix_and_a_capitalised_name_stay_a_byline(line: str) -> None:
    assert byline_line(line)
