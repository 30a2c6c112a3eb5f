"""Unit tests for ``newsclean.parsers.timestamps``: shapes, zones, relatives and refusals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from newsclean.parsers.timestamps import MAX_CHARS, parse_timestamp

REF = datetime(2025, 6, 7, 12, 0, tzinfo=UTC)  # a Saturday


def _utc(text: str, language: str | None = None) -> str | None:
    ts = parse_timestamp(text, reference_time=REF, language=language)
    if ts is None or ts.value is None:
        return None
    return ts.value.astimezone(UTC).isoformat()


def test_relative_hour_offset() -> None:
    """ "an hour ago" carries minus one hour and no value without a reference."""
    ts = parse_timestamp("an hour ago")
    assert ts is not None
    assert ts.offset == timedelta(hours=-1)
    assert ts.value is None
    assert ts.precision == "hour"


def test_relative_value_with_reference() -> None:
    """With a reference time the value is reference plus offset."""
    ts = parse_timestamp("45 minutes ago", reference_time=REF)
    assert ts is not None
    assert ts.value == REF - timedelta(minutes=45)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("vor 2 Stunden", "de", "2025-06-07T10:00:00+00:00"),
        ("il y a une heure", "fr", "2025-06-07T11:00:00+00:00"),
        ("hace 3 días", "es", "2025-06-04T12:00:00+00:00"),
        ("há 20 minutos", "pt", "2025-06-07T11:40:00+00:00"),
        ("3 ore fa", "it", "2025-06-07T09:00:00+00:00"),
        ("5 минут назад", "ru", "2025-06-07T11:55:00+00:00"),
        ("3 दिन पहले", "hi", "2025-06-04T12:00:00+00:00"),
        ("5分前", "ja", "2025-06-07T11:55:00+00:00"),
        ("3일 전", "ko", "2025-06-04T12:00:00+00:00"),
        ("2小时前", "zh", "2025-06-07T10:00:00+00:00"),
    ],
)
def test_relative_phrases_per_language(text: str, language: str, expected: str) -> None:
    """Relative phrases in each language resolve, with and without the hint."""
    assert _utc(text, language) == expected
    assert _utc(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("há um minuto", "2025-06-07T11:59:00+00:00"),
        ("há um dia", "2025-06-06T12:00:00+00:00"),
        ("há uma hora", "2025-06-07T11:00:00+00:00"),
    ],
)
def test_number_word_another_language_makes_a_connector(text: str, expected: str) -> None:
    """Portuguese "um" (one) is German's connector "um" ("um 14 Uhr"): after
    "há" and before a unit it is the amount, with the hint and without."""
    assert _utc(text, "pt") == expected
    assert _utc(text) == expected


def test_connector_um_still_joins_a_german_time() -> None:
    """German "um" before a clock time stays a connector."""
    assert _utc("7. Juni um 14:30", "de") == "2025-06-07T14:30:00+00:00"
    assert _utc("vor 3 Tagen", "de") == "2025-06-04T12:00:00+00:00"


def test_compact_age_alone() -> None:
    """ "2h" printed alone is two hours ago, not 02:00."""
    assert _utc("2h") == "2025-06-07T10:00:00+00:00"


def test_calendar_months_ago() -> None:
    """ "a month ago" steps back one calendar month."""
    assert _utc("a month ago") == "2025-05-07T12:00:00+00:00"


def test_yesterday_with_time() -> None:
    """ "Yesterday, 5:30 pm" is the previous day at 17:30."""
    assert _utc("Yesterday, 5:30 pm") == "2025-06-06T17:30:00+00:00"


def test_weekday_resolves_to_past() -> None:
    """A weekday name is the last such day before the reference day."""
    assert _utc("Thursday") == "2025-06-05T00:00:00+00:00"
    assert _utc("Saturday") == "2025-05-31T00:00:00+00:00"


def test_ist_is_india_not_israel() -> None:
    """IST is +05:30."""
    assert _utc("Updated: Jun 7, 2025, 10:15 IST") == "2025-06-07T04:45:00+00:00"


def test_et_follows_us_summer_time() -> None:
    """ET is -04:00 in June and -05:00 in January."""
    assert _utc("June 6, 2025 4:05 PM ET") == "2025-06-06T20:05:00+00:00"
    assert _utc("January 6, 2025 4:05 PM ET") == "2025-01-06T21:05:00+00:00"


def test_uk_time_is_bst_in_summer() -> None:
    """ "UK" follows European summer time."""
    assert _utc("Saturday 7 June 2025 11:42, UK") == "2025-06-07T10:42:00+00:00"
    assert _utc("7 December 2025 11:42, UK") == "2025-12-07T11:42:00+00:00"


def test_numeric_gmt_offset() -> None:
    """ "GMT+5:30" is +05:30 and "GMT +3" is +03:00."""
    assert _utc("June 7, 2025 10:15 AM GMT+5:30") == "2025-06-07T04:45:00+00:00"
    assert _utc("14:53 GMT +3") == "2025-06-07T11:53:00+00:00"


def test_labels_are_stripped() -> None:
    """Labels in several languages do not stop the parse."""
    assert _utc("Published On Jun 8, 2025 at 11:21 AM IST") == "2025-06-08T05:51:00+00:00"
    assert _utc("Stand: 07.06.2025, 10:15 Uhr") == "2025-06-07T10:15:00+00:00"
    assert _utc("Publié le 7 juin 2025 à 10h15") == "2025-06-07T10:15:00+00:00"
    assert _utc("입력 2025.06.07. 오후 5:30") == "2025-06-07T17:30:00+00:00"
    assert _utc("发布时间：2025-06-07 10:15") == "2025-06-07T10:15:00+00:00"


def test_date_only_has_day_precision() -> None:
    """A date without a time has precision "day" and midnight value."""
    ts = parse_timestamp("7 June 2025")
    assert ts is not None
    assert ts.precision == "day"
    assert ts.value == datetime(2025, 6, 7, tzinfo=UTC)


def test_absolute_without_zone_takes_reference_zone() -> None:
    """No zone in the string: the reference time's zone."""
    tz = timezone(timedelta(hours=2))
    ts = parse_timestamp("June 7, 2025 at 9:03 am", reference_time=REF.astimezone(tz))
    assert ts is not None
    assert ts.value is not None
    assert ts.value.utcoffset() == timedelta(hours=2)


def test_absolute_without_reference_is_utc() -> None:
    """No zone and no reference: UTC."""
    ts = parse_timestamp("June 7, 2025 at 9:03 am")
    assert ts is not None
    assert ts.value is not None
    assert ts.value.utcoffset() == timedelta(0)


def test_slash_date_order_prefers_the_past() -> None:
    """English month-first unless that lies in the future and day-first does not."""
    assert _utc("6/7/2025") == "2025-06-07T00:00:00+00:00"
    assert _utc("07/06/2025") == "2025-06-07T00:00:00+00:00"
    assert _utc("06/05/25") == "2025-06-05T00:00:00+00:00"


def test_german_dates_are_day_first() -> None:
    """Dotted dates are day-first."""
    assert _utc("05.06.2025") == "2025-06-05T00:00:00+00:00"


def test_yearless_date_uses_reference_year() -> None:
    """ "Jun 5, 10:15 AM" is in the reference year; a later month is last year."""
    assert _utc("Jun 5, 10:15 AM") == "2025-06-05T10:15:00+00:00"
    assert _utc("Dec 24") == "2024-12-24T00:00:00+00:00"


def test_zone_later_in_string_fills_time() -> None:
    """A time without zone takes the first zone printed later in the line."""
    text = "Published Jun 6, 2025 at 4:07 PM | Updated at 5:36 PM CDT on Jun 6, 2025"
    assert _utc(text) == "2025-06-06T21:07:00+00:00"


def test_date_and_time_in_neighbouring_chunks() -> None:
    """ "7 June 2025 • 1:16pm" joins the date and the time."""
    assert _utc("7 June 2025 • 1:16pm") == "2025-06-07T13:16:00+00:00"


@pytest.mark.parametrize(
    "text",
    [
        "5 min read",
        "Reading time: 6 minutes",
        "Lesezeit: 3 Min.",
        "読了時間：約5分",
        "2:45",
        "Watch: 2:45",
        "1.39 billion won",
        "Rs 2,000 crore",
        "Top 10 in 2025",
        "Budget 2025",
        "June 9 talks",
        "Windows 11 24H2",
        "24/7 news",
        "7 days free trial",
        "Save 30% today",
        "ET Live",
        "Stay Updated",
        "March Madness",
        "3-2 win over Chelsea",
        "13억9000만원",
        "",
        "   ",
    ],
)
def test_non_timestamps_give_none(text: str) -> None:
    """Reading times, durations, money, plain years and prose give None."""
    assert parse_timestamp(text, reference_time=REF) is None


def test_established_year_is_not_a_timestamp() -> None:
    """ "Est. May 19, 1883": EST is no zone without a time, and "Est." is no label."""
    assert parse_timestamp("Est. May 19, 1883", reference_time=REF) is None


def test_prose_date_is_not_a_timestamp() -> None:
    """A date inside a running sentence is not a card timestamp."""
    assert parse_timestamp("about $63 billion through June 30, 2019.") is None
    assert parse_timestamp("released nearly five years ago.") is None


def test_long_input_rejected_fast() -> None:
    """Inputs over MAX_CHARS give None."""
    assert parse_timestamp("2 hours ago " * (MAX_CHARS // 10)) is None


def test_bare_time_needs_a_marker() -> None:
    """ "10:15 AM" and "09:45 Uhr" are times; "10:15" alone is not."""
    assert _utc("10:15 AM") == "2025-06-07T10:15:00+00:00"
    assert _utc("09:45 Uhr") == "2025-06-07T09:45:00+00:00"
    assert parse_timestamp("10:15") is None


def test_time_only_without_reference_has_no_value() -> None:
    """A time of day needs the reference day; without it value is None."""
    ts = parse_timestamp("10:15 IST")
    assert ts is not None
    assert ts.value is None


def test_naive_reference_is_utc() -> None:
    """A naive reference time is read as UTC."""
    ts = parse_timestamp("1 hour ago", reference_time=datetime(2025, 6, 7, 12))
    assert ts is not None
    assert ts.value is not None
    assert ts.value.isoformat() == "2025-06-07T11:00:00+00:00"


def test_language_reported() -> None:
    """The hint, or the language of the words, is reported."""
    ts = parse_timestamp("vor 2 Stunden")
    assert ts is not None
    assert ts.language == "de"
    ts = parse_timestamp("2 hours ago", language="en")
    assert ts is not None
    assert ts.language == "en"


def test_iso_with_offset() -> None:
    """ISO 8601 with an offset and with Z."""
    assert _utc("2025-06-07T10:15:00+05:30") == "2025-06-07T04:45:00+00:00"
    assert _utc("2025-06-07T04:45:00Z") == "2025-06-07T04:45:00+00:00"


def test_invalid_calendar_dates_give_none() -> None:
    """February 30th and month 13 are not dates."""
    assert parse_timestamp("February 30, 2025") is None
    assert parse_timestamp("2025-13-01") is None


def test_weekday_inside_sentence_is_not_a_timestamp() -> None:
    """A body sentence that mentions a weekday is not a timestamp line."""
    text = "The central bank kept its main rate unchanged on Thursday, citing inflation."
    assert parse_timestamp(text, reference_time=REF) is None


def test_dated_sentence_is_not_a_timestamp() -> None:
    """A sentence ending in a full stop with a date inside is prose."""
    text = "The meeting was held on June 5, 2025, officials said."
    assert parse_timestamp(text, reference_time=REF) is None


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Posted 3h", timedelta(hours=-3)),
        ("Published 6d", timedelta(days=-6)),
        ("Updated: 2d", timedelta(days=-2)),
        ("Aktualisiert: 45m", timedelta(minutes=-45)),
    ],
)
def test_compact_age_after_a_cards_label(text: str, age: timedelta) -> None:
    """A card's "Posted 3h" is an age, as "3h" alone is: not three o'clock
    (which made it three hours after the reference day's midnight), nor no
    time at all ("Published 6d")."""
    ts = parse_timestamp(text, reference_time=REF)
    assert ts is not None
    assert ts.offset == age


@pytest.mark.parametrize(
    ("text", "language", "age"),
    [
        ("2 uur geleden", "nl", timedelta(hours=-2)),
        ("een uur geleden", "nl", timedelta(hours=-1)),
        ("gisteren", "nl", timedelta(days=-1)),
        ("2 jam yang lalu", "id", timedelta(hours=-2)),
        ("3 hari lalu", "id", timedelta(days=-3)),
        ("kemarin", "id", timedelta(days=-1)),
    ],
)
def test_dutch_and_indonesian_ages(text: str, language: str, age: timedelta) -> None:
    """Dutch and Indonesian have time data files: a card's "2 uur geleden" or
    "2 jam yang lalu" is an age, with the hint and without one."""
    for hint in (language, None):
        ts = parse_timestamp(text, reference_time=REF, language=hint)
        assert ts is not None
        assert ts.offset == age


@pytest.mark.parametrize(
    ("text", "language", "utc"),
    [
        ("Bijgewerkt op 6 juni 2025 om 14:00", "nl", "2025-06-06T14:00:00+00:00"),
        ("Diperbarui 6 Juni 2025 pukul 14.00", "id", "2025-06-06T14:00:00+00:00"),
        ("Posted on Maret 30, 2015", None, "2015-03-30T00:00:00+00:00"),
    ],
)
def test_dutch_and_indonesian_dates(text: str, language: str | None, utc: str) -> None:
    ts = parse_timestamp(text, reference_time=REF, language=language)
    assert ts is not None
    assert ts.value is not None
    assert ts.value.isoformat() == utc


@pytest.mark.parametrize(
    ("text", "language", "utc"),
    [
        ("Nov 19, 2019 at 9:08 GMT 1 day ago", None, "2019-11-19T09:08:00+00:00"),
        (
            "Published Wed, Nov 20 2019 4:29 AM EST Updated an hour ago",
            None,
            "2019-11-20T09:29:00+00:00",
        ),
        ("19. November 2019, 10:15 Uhr vor 2 Tagen", "de", "2019-11-19T10:15:00+00:00"),
        ("Hoy 19/11/2019", "es", "2019-11-19T00:00:00+00:00"),
    ],
)
def test_a_dated_line_with_an_age_beside_is_the_date(
    text: str, language: str | None, utc: str
) -> None:
    """A date printed with its year beside an age ("1 day ago", "vor 2 Tagen",
    "Hoy") names the time: the age counts from when the page was made, not
    from the reference time, and its day would take the date's clock."""
    assert _utc(text, language) == utc


def test_an_age_alone_still_counts_back_from_the_reference() -> None:
    assert _utc("1 day ago at 9:08") == "2025-06-06T09:08:00+00:00"
    assert _utc("Yesterday") is not None


@pytest.mark.parametrize(
    ("text", "utc"),
    [
        (
            "Published Tue, Nov 19 2019 7:05 AM EST Updated Tue, Nov 19 2019 7:16 AM EST",
            "2019-11-19T12:05:00+00:00",
        ),
        ("Posted 19/11/2019 10:15 Updated 20/11/2019 08:00", "2019-11-19T10:15:00+00:00"),
    ],
)
def test_a_label_between_two_dates_starts_the_second(text: str, utc: str) -> None:
    """ "Published <date> Updated <date>" with no separator is two times, the
    first the line's; read as one chunk of two dates it spoiled, and the
    line (a story's header) was no timestamp."""
    assert _utc(text) == utc
