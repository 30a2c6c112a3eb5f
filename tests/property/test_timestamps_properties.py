"""Properties of ``parse_timestamp`` and ``parse_byline`` on generated strings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from newsclean.parsers.bylines import parse_byline
from newsclean.parsers.timestamps import _reading, parse_timestamp

REF = datetime(2025, 6, 7, 12, 0, tzinfo=UTC)
_PIECES = st.sampled_from(
    [
        "Updated",
        ":",
        " ",
        "Jun",
        "7",
        ",",
        "2025",
        "10:15",
        "AM",
        "IST",
        "ago",
        "hours",
        "vor",
        "il y a",
        "前",
        "時間",
        "|",
        "-",
        "by",
        "2",
        "Yesterday",
        "GMT",
        "+5:30",
        ".",
        "/",
    ]
)
_TEXT = st.one_of(st.text(max_size=80), st.lists(_PIECES, max_size=12).map(" ".join))

# strftime formats the grammar reads back to the same minute (or day).
_FORMATS = [
    "%B %d, %Y %I:%M %p",
    "%b %d, %Y, %H:%M",
    "%d %B %Y %H:%M",
    "%a, %d %b %Y %H:%M:%S GMT",
    "%Y-%m-%dT%H:%M:%SZ",
    "%Y-%m-%d %H:%M",
    "%d.%m.%Y %H:%M Uhr",
    "%Y年%m月%d日 %H:%M",
    "%Y.%m.%d %H:%M",
    "Updated: %b %d, %Y, %I:%M %p",
    "Published On %b %d, %Y at %I:%M %p",
    "%A, %B %d, %Y, %H:%M",
]
_DATE_FORMATS = ["%B %d, %Y", "%d %B %Y", "%Y-%m-%d", "%d.%m.%Y", "%a, %b %d, %Y"]
_DATETIMES = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2035, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0, tzinfo=UTC)
)


@given(_TEXT)
def test_never_raises(text: str) -> None:
    """Any string gives a Timestamp or None, and a Byline, without raising."""
    parse_timestamp(text)
    parse_timestamp(text, reference_time=REF)
    parse_byline(text, reference_time=REF)


_AMOUNTS = st.sampled_from(["1", "2024", "2025", "3000", "99999", "100000"])
_UNITS = st.sampled_from(["years ago", "months ago", "weeks ago", "days ago at 10:00", "hours ago"])
_ANY_REFERENCE = st.datetimes(timezones=st.just(UTC)) | st.sampled_from(
    [datetime(1, 1, 1, tzinfo=UTC), datetime(9999, 12, 31, 23, 59, tzinfo=UTC)]
)


@given(
    st.one_of(
        _TEXT,
        st.tuples(_AMOUNTS, _UNITS).map(" ".join),
        st.sampled_from(["Monday", "yesterday 10:00", "tomorrow"]),
    ),
    _ANY_REFERENCE,
)
def test_never_raises_whatever_the_reference_time(text: str, reference: datetime) -> None:
    """Points outside datetime's range ("2025 years ago") give None, not an error."""
    ts = parse_timestamp(text, reference_time=reference)
    assert ts is None or ts.value is None or ts.value.tzinfo is not None


@given(_TEXT, st.sampled_from([None, "en", "de", "fr", "ja", "xx"]))
def test_deterministic(text: str, language: str | None) -> None:
    """The same input gives the same output."""
    first = parse_timestamp(text, reference_time=REF, language=language)
    assert first == parse_timestamp(text, reference_time=REF, language=language)


_SHARED_READINGS = st.one_of(
    _TEXT,
    st.sampled_from(
        ["07/06/2025", "3 hours ago", "Monday 10:15", "Jun 7", "yesterday at 9:00", "vor 2 Tagen"]
    ),
)


@given(_SHARED_READINGS, _ANY_REFERENCE, _ANY_REFERENCE)
def test_the_reading_memo_changes_no_answer(text: str, first: datetime, second: datetime) -> None:
    """A reading kept by ``_reading`` for the next call, as the labeller's parse
    without a reference time is kept for the card reader's with one, gives that
    call the answer a fresh parse gives: resolving a reading never changes it."""
    parse_timestamp(text)
    parse_timestamp(text, reference_time=first)
    kept = parse_timestamp(text, reference_time=second)
    _reading.cache_clear()
    assert kept == parse_timestamp(text, reference_time=second)


@given(_TEXT)
def test_values_are_aware(text: str) -> None:
    """Every value is timezone-aware."""
    ts = parse_timestamp(text, reference_time=REF)
    if ts is not None and ts.value is not None:
        assert ts.value.tzinfo is not None


@given(_DATETIMES, st.sampled_from(_FORMATS))
def test_strftime_round_trip(moment: datetime, fmt: str) -> None:
    """A datetime printed with strftime in a supported format parses back to itself."""
    text = moment.strftime(fmt)
    ts = parse_timestamp(text, reference_time=REF)
    assert ts is not None, text
    assert ts.value == moment, text


@given(_DATETIMES, st.sampled_from(_DATE_FORMATS))
def test_strftime_date_round_trip(moment: datetime, fmt: str) -> None:
    """Date-only formats parse back to the same day with precision "day"."""
    text = moment.strftime(fmt)
    ts = parse_timestamp(text, reference_time=REF)
    assert ts is not None, text
    assert ts.precision == "day"
    assert ts.value is not None
    assert ts.value.date() == moment.date(), text


@given(st.integers(1, 500), st.sampled_from(["minutes", "hours", "days", "weeks"]))
def test_relative_offset_matches_amount(amount: int, unit: str) -> None:
    """ "N units ago" has offset minus N units."""
    ts = parse_timestamp(f"{amount} {unit} ago", reference_time=REF)
    assert ts is not None
    assert ts.offset == -timedelta(**{unit: amount})
    assert ts.value == REF + ts.offset
