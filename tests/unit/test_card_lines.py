"""Card-header time phrases in the language of the page (``card_lines``)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from newsclean import Options, clean_text
from newsclean.stories.card_lines import (
    _grammar,
    classify_lines,
    is_field_line,
    is_time_phrase,
    settle,
    split_fields,
)
from newsclean.text.blocks import split_blocks
from newsclean.text.label import label_blocks

REF = datetime(2025, 6, 7, 12, tzinfo=UTC)

TIMES = {
    "de": [
        "vor 2 Stunden",
        "vor einer Stunde",
        "gestern",
        "Aktualisiert am 7. Juni 2025, 10:15 Uhr",
        "heute, 10:15 Uhr",
        "Stand: 07.06.2025 10:15 Uhr",
    ],
    "fr": [
        "il y a 3 heures",
        "hier",
        "aujourd'hui",
        "Mis à jour le 7 juin 2025 à 10h15",
        "Publié le 7 juin 2025 à 10:15",
    ],
    "es": ["hace 2 horas", "ayer", "hoy", "Actualizado el 7 de junio de 2025"],
}
NOT_TIMES = {
    "de": ["Der Minister sagte am Montag", "Politik", "vor dem Haus"],
    "fr": ["Le ministre a dit", "hier soir au théâtre il a chanté"],
    "es": ["El ministro dijo ayer que", "Deportes"],
}


@pytest.mark.parametrize(
    ("language", "text"), [(lang, t) for lang, ts in TIMES.items() for t in ts]
)
def test_time_phrases_in_the_page_language(language: str, text: str) -> None:
    assert is_time_phrase(text, language)
    assert not is_time_phrase(text, "en") or text[:1].isdigit()  # English words don't do it


@pytest.mark.parametrize(
    ("language", "text"), [(lang, t) for lang, ts in NOT_TIMES.items() for t in ts]
)
def test_prose_is_not_a_time_phrase(language: str, text: str) -> None:
    assert not is_time_phrase(text, language)


def test_fields_split_on_a_time_of_any_language() -> None:
    """A German card time splits on a page read in English (no hint) too."""
    line = "SPIEGEL · vor 3 Stunden"
    for language in ("en", "de"):
        fields = [line[a:b] for a, b in split_fields(line, language) or []]
        assert fields == ["SPIEGEL", "vor 3 Stunden"]
    assert split_fields("SPIEGEL · Mehr zum Thema", "en") is None


def test_month_and_year_alone_is_no_card_time() -> None:
    """ "December 2011" lists an archive; a card prints a day or an age."""
    assert not is_time_phrase("December 2011", "en")
    assert not is_time_phrase("Dezember 2011", "de")
    assert is_time_phrase("December 3, 2011", "en")


def test_a_language_without_time_data_uses_english() -> None:
    assert _grammar("sw") is _grammar("en")
    assert is_time_phrase("2 hours ago", "sw")


def test_english_keeps_its_own_card_words() -> None:
    # card_time.txt holds words the derived grammars lack ("a few", "last week")
    assert is_time_phrase("a few hours ago", "en")
    assert is_time_phrase("last week", "en")


def _page(bodies: list[str], headers: list[tuple[str, str, str]], section: str) -> str:
    main, *cards = bodies
    lines = ["Titel der Hauptgeschichte", main * 2, section]
    for (source, time, title), body in zip(headers, cards, strict=True):
        lines += [source, time, title, body * 2]
    return "\n".join(lines) + "\n"


def test_a_german_page_comes_apart_into_its_stories() -> None:
    bodies = [
        "Der Stadtrat hat am Montag nach einer langen Debatte den neuen Haushalt beschlossen. "
        "Die Opposition kritisierte, dass die Pläne die Steuern erhöhen würden. ",
        "Die Börsen in Europa haben am Freitag deutlich zugelegt, nachdem die Zentralbank eine "
        "Zinssenkung angedeutet hatte. Händler sprachen von einer spürbaren Erleichterung. ",
        "Die Bahn hat für das Wochenende neue Streiks angekündigt, nachdem die Gespräche mit der "
        "Gewerkschaft gescheitert sind. Pendler müssen sich auf Ausfälle einstellen. ",
    ]
    headers = [
        ("SPIEGEL", "vor 2 Stunden", "Börsen legen nach Zinssignal zu"),
        ("tagesschau.de", "gestern", "Bahn kündigt neue Streiks an"),
    ]
    page = clean_text(
        _page(bodies, headers, "Mehr zum Thema"),
        reference_time=REF,
        options=Options(language="de"),
    )
    related = [a for a in page.articles if a.role == "related"]
    assert [(a.title, a.source) for a in related] == [
        ("Börsen legen nach Zinssignal zu", "SPIEGEL"),
        ("Bahn kündigt neue Streiks an", "tagesschau.de"),
    ]
    assert [a.published.value for a in related if a.published] == [
        datetime(2025, 6, 7, 10, tzinfo=UTC),
        datetime(2025, 6, 6, 12, tzinfo=UTC),
    ]


def test_a_french_page_comes_apart_into_its_stories() -> None:
    bodies = [
        "Le conseil municipal a adopté lundi le nouveau budget après un long débat. "
        "L'opposition a dénoncé une hausse des impôts pour de nombreuses familles. ",
        "Les Bourses européennes ont nettement progressé vendredi après les signaux de la banque "
        "centrale sur une baisse des taux. Les opérateurs ont salué cette annonce. ",
    ]
    page = clean_text(
        _page(bodies, [("Le Monde", "il y a 3 heures", "Les Bourses montent")], "À lire aussi"),
        reference_time=REF,
        options=Options(language="fr"),
    )
    related = [a for a in page.articles if a.role == "related"]
    assert [(a.title, a.source) for a in related] == [("Les Bourses montent", "Le Monde")]
    assert related[0].published is not None
    assert related[0].published.value == datetime(2025, 6, 7, 9, tzinfo=UTC)


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("5 mins read, Le Monde", ["5 mins read", "Le Monde"]),
        ("Le Monde, 12 min read", ["Le Monde", "12 min read"]),
        ("Jane, 2 hours ago", None),  # a reader's name first, then a time
        ("Paris, France", None),
    ],
)
def test_a_reading_time_and_a_source_split_at_a_comma(line: str, fields: list[str] | None) -> None:
    spans = split_fields(line)
    assert (None if spans is None else [line[a:b] for a, b in spans]) == fields


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("Wired · TECHNOLOGY", ["Wired", "TECHNOLOGY"]),
        ("Fox News • 政治", ["Fox News", "政治"]),
        ("Opinion | The case for rail", None),  # a desk first heads a headline
        ("Rock - Paper - Scissors", None),
        # a desk first, then a source's name of a few capitalised words
        ("TRAVEL • CNBC", ["TRAVEL", "CNBC"]),
        ("OPINION • Associated Press", ["OPINION", "Associated Press"]),
        ("Opinion | Brexit deal done", None),
        # at a comma, a desk in capitals and a source's name, in either order
        ("Politico, SCIENCE", ["Politico", "SCIENCE"]),
        ("SCIENCE, Wired", ["SCIENCE", "Wired"]),
        ("Paris, France", None),
        ("Jane, Politics", None),
    ],
)
def test_a_source_and_its_desk_split_as_fields(line: str, fields: list[str] | None) -> None:
    spans = split_fields(line, "ja")
    assert (None if spans is None else [line[a:b] for a, b in spans]) == fields


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("山田太郎 記者, NDTV", True),  # a name, the role word for reporter, the outlet
        ("山田太郎 記者, Süddeutsche Zeitung", True),  # an outlet in words, not ASCII
        ("山田太郎 記者", True),
        ("山田太郎, NDTV", False),  # no role word: two names
        ("山田太郎 記者, 経済対策の規模は過去最大に 新たな対策も", False),  # no outlet after it
    ],
)
def test_a_role_byline_with_its_outlet_after_a_comma_is_a_card_field(
    line: str, field: bool
) -> None:
    assert is_field_line(line, "ja") is field


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a sentence's length ending in a colon opens a list or a quote: a teaser
        (
            "HAYWARD, Calif. (AP) — The Latest on a deadly stabbing on a San Francisco"
            " Bay Area commuter train (all times local):",
            "body",
        ),
        ("Get a daily roundup of news and analysis (see a sample):", "plain"),
        ("Seven big questions heading into the debate:", "plain"),
        # a "Read more" link after any sign but a letter ends a teaser
        ("The park where the air is filled with the scent of fall~ Continue reading", "body"),
        ("Ten reasons why the children of this town should read more", "plain"),
    ],
)
def test_a_teaser_may_end_in_a_colon_or_a_read_more_link(line: str, kind: str) -> None:
    lines = classify_lines(label_blocks(split_blocks(line)))
    assert settle(lines, 0).kind == kind


@pytest.mark.parametrize(
    "line",
    [
        "Published 43 min ago, BY GRACE LIU",
        "Updated: 18 min ago, by Jane Doe",
        "2 days ago, By Ana Ruiz",
    ],
)
def test_a_time_and_a_byline_joined_by_a_comma_are_two_fields(line: str) -> None:
    """A footer "Published 43 min ago, BY GRACE LIU" gives a time and an
    author, as with any other separator: the time grammar alone would read
    the whole line as the time ("by" is one of its words), and the card's
    author would be lost and its template differ from its siblings'."""
    lines = classify_lines(label_blocks(split_blocks(line)))
    ln = settle(lines, 0)
    assert ln.slots == {"time", "author"}
    assert [f.label.value for f in ln.fields] == ["timestamp", "byline"]


@pytest.mark.parametrize(
    "line",
    ["Updated 2 hours ago, Tuesday", "Wednesday, November 20, 2019", "Nov. 20, 2019, 10:15 a.m."],
)
def test_a_time_with_commas_and_no_byline_stays_one_time(line: str) -> None:
    """Commas inside a time, or a weekday after it, name no source."""
    ln = settle(classify_lines(label_blocks(split_blocks(line))), 0)
    assert ln.slots == {"time"}
    assert [f.block.text for f in ln.fields] == [line]


@pytest.mark.parametrize(
    ("line", "time", "byline"),
    [
        ("Posted on June 6, 2025 by Jane Doe", "Posted on June 6, 2025", "by Jane Doe"),
        ("Nov. 20, 2019, 10:15 a.m. By John Smith", "Nov. 20, 2019, 10:15 a.m.", "By John Smith"),
    ],
)
def test_a_date_with_commas_then_by_a_name_is_a_time_and_a_byline(
    line: str, time: str, byline: str
) -> None:
    """The date's commas keep its pieces together up to the inner "by": the
    year is no source ("2025 by Jane Doe" was one)."""
    ln = settle(classify_lines(label_blocks(split_blocks(line))), 0)
    assert [(f.label.value, f.block.text) for f in ln.fields] == [
        ("timestamp", time),
        ("byline", byline),
    ]


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("The Guardian, Updated: Jun 4, 2025", "en"),
        ("ESPN, Published on 2025-04-12", "en"),
        ("El País, Actualizado: 04/06/2025", "es"),
        ("Der Spiegel, Aktualisiert: 4. Juni 2025", "de"),
    ],
)
def test_a_source_then_a_labelled_time_after_a_comma_are_two_fields(
    line: str, language: str
) -> None:
    """A source, a comma and a time under its label ("Updated:", "Mis à
    jour") is a card's header line; it had been read as the card's headline."""
    ln = settle(classify_lines(label_blocks(split_blocks(line)), language), 0, language)
    assert [f.label.value for f in ln.fields] == ["source", "timestamp"]


@pytest.mark.parametrize("line", ["Jane, 2 hours ago", "Paris, 3 days ago"])
def test_a_name_then_a_bare_time_after_a_comma_is_no_header(line: str) -> None:
    """Without a label, a name before the time may be a reader's (a comment)."""
    ln = settle(classify_lines(label_blocks(split_blocks(line))), 0)
    assert "source" not in ln.slots


@pytest.mark.parametrize(
    ("line", "language"), [("2 uur geleden · NOS", "nl"), ("2 jam yang lalu · Kompas", "id")]
)
def test_a_dutch_or_indonesian_card_header_is_a_time_and_a_source(line: str, language: str) -> None:
    """Card headers in the languages whose time words are data now."""
    lines = classify_lines(label_blocks(split_blocks(line)), language)
    ln = settle(lines, 0, language)
    assert [f.label.value for f in ln.fields] == ["timestamp", "source"]



@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("5 days ago | 12 Comments", "12 Comments"),
        ("Reuters · 2 hours ago · 4 Comments", "4 Comments"),
        ("vor 2 Std. · 4 Kommentare", "4 Kommentare"),
    ],
)
def test_a_comment_count_among_header_fields_is_cut_not_a_source(line: str, count: str) -> None:
    """ "12 Comments" beside a card's time is the count of its readers'
    comments: cut out under its own rule, never the card's source."""
    ln = settle(classify_lines(label_blocks(split_blocks(line))), 0)
    assert count not in [f.block.text for f in ln.fields]
    assert [r.text for r in ln.cut if r.rule == "card.comment_count"] == [count]


def test_two_names_joined_by_a_conjunction_are_authors_not_a_source() -> None:
    """"Jane Doe and John Roe" (or "Pieter Jansen en Jan de Vries") among a
    card's fields names two people; an outlet of one word a side, "Barnes and
    Noble", stays a source."""
    from newsclean.stories.card_lines import _fields

    def kinds(text: str, language: str) -> list[tuple[str, str]]:
        found = _fields(text, language)
        assert found is not None
        return [(text[a:b], kind) for a, b, kind in found]

    pair = "Jane Doe and John Roe"
    assert kinds(f"{pair} – 2 hours ago", "en")[0] == (pair, "author")
    assert kinds("Pieter Jansen en Jan de Vries – 2 uur geleden", "nl")[0][1] == "author"
    assert kinds("Barnes and Noble – 2 hours ago", "en")[0] == ("Barnes and Noble", "source")


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("LIFESTYLE, April 30, 2025, 15 min read, AP, Written by Mia Chen and Al Sharma", "en"),
        ("30. April 2025, Reuters, Von Anna Maria Schmidt und Jan de Vries", "de"),
    ],
)
def test_a_comma_field_line_may_end_in_a_byline_of_two_names(line: str, language: str) -> None:
    """A byline of two people's names is longer than any other comma field
    ("Written by Michael Chen and Priya Sharma": seven words); it is no
    running text, so the line is still a card's field line."""
    lines = classify_lines(label_blocks(split_blocks(line)), language)
    assert settle(lines, 0, language).kind == "cue"


def test_icons_before_card_fields_are_no_part_of_them() -> None:
    """"📰 Reuters · 🕒 2 hours ago": each field is read from its first letter
    or digit (the icons go with the separators), so the line is a header."""
    from newsclean.stories.card_lines import split_fields

    text = "📰 Reuters · 🕒 2 hours ago"
    spans = split_fields(text)
    assert spans is not None
    assert [text[a:b] for a, b in spans] == ["Reuters", "2 hours ago"]


@pytest.mark.parametrize(
    "text",
    ["Jun 5, 2025 / Harbour Times", "Harbour Times / Jun 5, 2025", "3 June, 2025 | Valley News"],
)
def test_a_date_with_a_comma_stays_whole_beside_a_slash_or_bar(text: str) -> None:
    """A slash between spaces parts fields as a bar does: the date's own comma
    is no field separator ('Jun 5' and '2025 / Harbour Times' was read)."""
    spans = split_fields(text, "en")
    assert spans is not None
    assert sorted(text[a:b] for a, b in spans) == sorted(p.strip() for p in re.split("[/|]", text))


def test_line_builder_sets_every_slot_as_the_class_does() -> None:
    """``card_lines._line`` builds a ``Line`` without calling the class (a
    hot path): it must set every slot ``Line.__init__`` sets, to the same
    values, so that a slot added to one is not forgotten in the other."""
    from newsclean.stories.card_lines import Line, _line
    from newsclean.text.blocks import split_blocks
    from newsclean.text.label import label_blocks

    (d,) = label_blocks(split_blocks("Museum returns looted statues to Nigeria"))
    for chrome_body in (False, True):
        fast = _line(d, "plain", 6, chrome_body)
        slow = Line(d, "plain", 6, chrome_body=chrome_body)
        assert type(fast) is Line
        assert {s: getattr(fast, s) for s in Line.__slots__} == {
            s: getattr(slow, s) for s in Line.__slots__
        }
