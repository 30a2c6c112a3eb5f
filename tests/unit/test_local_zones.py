"""Local time zones: times a page prints without a zone are read in the page's zone."""

from __future__ import annotations

import dataclasses
import zoneinfo
from datetime import UTC, datetime, timedelta

import pytest

from newsclean import Options, clean, clean_html, clean_text, parse_timestamp
from newsclean.core import lexicon
from newsclean.core.errors import InputError
from newsclean.parsers.local_zones import local_zone, named_zone

REF = datetime(2025, 6, 7, 12, 0, tzinfo=UTC)
BODY_DE = (
    "Der Bundestag hat am Mittwoch den Haushalt für das kommende Jahr mit großer Mehrheit "
    "beschlossen. Die Opposition kritisierte die Pläne scharf und kündigte Widerstand an.\n"
    "Die Abstimmung dauerte bis in den späten Abend, wie ein Sprecher der Verwaltung mitteilte."
)
TEXT_DE = f"Bundestag beschließt Haushalt\nStand: 12.03.2025 14:22 Uhr\n{BODY_DE}"
BODY_EN = (
    "The council approved the new budget on Monday after a long debate, officials said. "
    "The vote came late in the evening after hours of talks between the parties.\n"
    "Critics said the plan would cut services, and they promised to fight it next year."
)
TEXT_EN = f"Council passes budget\nMarch 12, 2025 14:22\n{BODY_EN}"


def _html(lang: str, dateline: str, body: str, head: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n"))
    return (
        f'<html lang="{lang}"><head><title>Story</title>{head}</head><body><article>'
        f"<h1>Story headline here</h1><p>{dateline}</p>{paragraphs}</article></body></html>"
    )


def test_stand_uhr_on_a_german_site_is_berlin_time_not_utc() -> None:
    """The issue's case: "Stand: 12.03.2025 14:22 Uhr" on a .de page is 13:22 UTC."""
    page = clean(TEXT_DE, url="https://www.tagesschau.de/inland/haushalt-100.html")
    assert page.main is not None
    assert page.main.published is not None
    ts = page.main.published
    assert ts.value is not None
    assert ts.value.isoformat() == "2025-03-12T14:22:00+01:00"
    assert ts.assumed_zone == "Europe/Berlin"


def test_summer_time_is_applied_by_date() -> None:
    """Berlin is UTC+2 in June: the tz database's rules, not a fixed offset."""
    ts = parse_timestamp("Stand: 07.06.2025, 10:15 Uhr", zone="Europe/Berlin")
    assert ts is not None
    assert ts.value is not None
    assert ts.value.utcoffset() == timedelta(hours=2)


def test_the_page_language_gives_the_zone_when_the_site_names_no_country() -> None:
    """A German page on a .com site: the language's one zone."""
    page = clean(TEXT_DE, url="https://www.example.com/a")
    assert page.language == "de"
    assert page.main is not None
    assert page.main.published is not None
    assert page.main.published.assumed_zone == "Europe/Berlin"


def test_an_english_page_without_evidence_stays_utc_and_says_so() -> None:
    """English has no one zone: UTC as before, recorded as assumed."""
    page = clean(TEXT_EN, url="https://www.example.com/a")
    assert page.main is not None
    assert page.main.published is not None
    ts = page.main.published
    assert ts.value is not None
    assert ts.value.utcoffset() == timedelta(0)
    assert ts.assumed_zone == "UTC"


def test_the_site_domain_wins_over_the_language() -> None:
    """An English page on a .in site is read in India's zone."""
    page = clean(TEXT_EN, url="https://www.example.co.in/a")
    assert page.main is not None
    assert page.main.published is not None
    assert page.main.published.assumed_zone == "Asia/Kolkata"
    assert page.main.published.value is not None
    assert page.main.published.value.utcoffset() == timedelta(hours=5, minutes=30)


def test_options_time_zone_overrides_the_evidence() -> None:
    """An explicit zone beats the domain and the language."""
    options = Options(time_zone="America/New_York")
    page = clean_text(TEXT_DE, url="https://www.tagesschau.de/a", options=options)
    assert page.main is not None
    assert page.main.published is not None
    assert page.main.published.assumed_zone == "America/New_York"


def test_options_time_zone_rejects_an_unknown_name() -> None:
    """A typo is an InputError at once, not UTC in silence."""
    with pytest.raises(InputError, match="time_zone"):
        Options(time_zone="Europe/Berlinn")
    with pytest.raises(InputError):
        Options(time_zone="../../etc/passwd")


def test_a_printed_zone_is_never_replaced() -> None:
    """A time that names its zone keeps it, and assumes nothing."""
    text = TEXT_EN.replace("March 12, 2025 14:22", "March 12, 2025 14:22 IST")
    page = clean(text, url="https://www.tagesschau.de/a")
    assert page.main is not None
    assert page.main.published is not None
    assert page.main.published.assumed_zone is None
    assert page.main.published.value is not None
    assert page.main.published.value.utcoffset() == timedelta(hours=5, minutes=30)


def test_relative_times_assume_no_zone() -> None:
    """ "2 hours ago" is counted from the reference time: no zone assumed."""
    ts = parse_timestamp("2 hours ago", reference_time=REF, zone="Asia/Tokyo")
    assert ts is not None
    assert ts.assumed_zone is None
    assert ts.value == REF - timedelta(hours=2)


def test_html_language_tag_region_gives_the_zone() -> None:
    """<html lang="pt-BR"> on a .com site: Brazil's zone."""
    html = _html("pt-BR", "12/03/2025 14:22", BODY_EN)
    page = clean_html(html, url="https://www.example.com/a")
    assert page.main is not None
    assert page.main.published is not None
    assert page.main.published.assumed_zone == "America/Sao_Paulo"


def test_html_metadata_dates_without_a_zone_are_read_in_the_local_zone() -> None:
    """A meta published time without a zone on a .de page: Berlin time."""
    head = '<meta property="article:published_time" content="2025-03-12T14:22:00">'
    html = _html("de", "", BODY_DE, head)
    page = clean_html(html, url="https://www.spiegel.de/a", reference_time=REF)
    assert page.metadata is not None
    assert page.metadata.published is not None
    assert page.metadata.published.assumed_zone == "Europe/Berlin"
    assert page.metadata.published.value is not None
    assert page.metadata.published.value.isoformat() == "2025-03-12T14:22:00+01:00"


def test_html_page_language_is_told_once_and_kept() -> None:
    """Telling the language inside the HTML route gives what clean() gave before."""
    page = clean(_html("en", "", BODY_DE))
    assert page.language == "de"
    assert clean(_html("de", "", BODY_EN)).language == "en"


def test_timestamp_to_dict_carries_the_assumed_zone() -> None:
    """The record says which zone was assumed."""
    ts = parse_timestamp("12.03.2025 14:22 Uhr", zone="Europe/Berlin")
    assert ts is not None
    assert ts.to_dict()["assumed_zone"] == "Europe/Berlin"


def test_every_zone_in_the_tables_is_known_to_the_tz_database() -> None:
    """A typo in data/_zones/*.txt fails here, not on a user's page."""
    for name in ("countries", "languages"):
        table = lexicon.table("_zones", name)
        assert table, name
        for key, zone in table.items():
            assert zoneinfo.ZoneInfo(zone) is not None, (name, key)


def test_zones_load_from_the_tzdata_package_without_a_system_database(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a machine without /usr/share/zoneinfo (slim images, Windows) the
    tzdata dependency serves the zones."""
    pytest.importorskip("tzdata")
    zoneinfo.reset_tzpath(to=[])
    try:
        zoneinfo.ZoneInfo.clear_cache()
        assert zoneinfo.ZoneInfo("Europe/Berlin").utcoffset(datetime(2025, 6, 7)) == timedelta(
            hours=2
        )
    finally:
        zoneinfo.reset_tzpath()
        zoneinfo.ZoneInfo.clear_cache()


@pytest.mark.parametrize(
    ("url", "tag", "language", "want"),
    [
        ("https://www.lemonde.fr/", None, "fr", "Europe/Paris"),
        ("https://www.bbc.co.uk/news", None, "en", "Europe/London"),
        ("https://indianexpress.in/x", None, "en", "Asia/Kolkata"),
        ("https://www.example.com/", "en-GB", "en", "Europe/London"),
        ("https://www.example.com/", "zh-Hant-TW", "zh", "Asia/Taipei"),
        ("https://www.example.com/", None, "ko", "Asia/Seoul"),
        ("https://www.example.com/", None, "fr", None),
        ("https://www.example.com/", None, "es", None),
        ("https://www.example.io/", None, "en", None),
        ("https://www.nytimes.com/", "en-US", "en", None),
        ("http://[broken", None, None, None),
        (None, None, None, None),
    ],
)
def test_local_zone_evidence(
    url: str | None, tag: str | None, language: str | None, want: str | None
) -> None:
    """Domain, then the tag's region, then the language; nothing for ambiguous evidence."""
    assert local_zone(url=url, tag=tag, language=language) == want


def test_hostile_urls_and_tags_are_no_evidence() -> None:
    """A megabyte of host or tag is refused by length, never parsed."""
    assert local_zone(url="http://" + "a." * 500_000 + "de/") is None
    assert local_zone(tag="de-" + "x-" * 500_000 + "DE") is None
    page = clean_html(_html("de-" + "x" * 100_000, "", BODY_DE), url="https://x.com/")
    assert page.main is not None


def test_named_zone_raises_a_typed_error() -> None:
    """An unknown name through parse_timestamp is an InputError."""
    with pytest.raises(InputError):
        named_zone("Mars/Olympus_Mons")
    with pytest.raises(InputError):
        parse_timestamp("12.03.2025 14:22 Uhr", zone="Mars/Olympus_Mons")


def test_options_time_zone_is_a_plain_replaceable_field() -> None:
    """The one options record: set with dataclasses.replace like every field."""
    assert dataclasses.replace(Options(), time_zone="UTC").time_zone == "UTC"
