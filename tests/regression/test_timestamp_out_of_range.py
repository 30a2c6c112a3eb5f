"""A relative time that lands outside years 1-9999 is not a timestamp, and never an error.

Found while speeding up the timestamp parser: "2025 years ago" with a 2025
reference time raised ``ValueError: year 0 is out of range`` out of
``clean_text``, and a reference time in year 1 made weekdays overflow.
"""

from __future__ import annotations

from datetime import UTC, datetime

from newsclean import clean_text, parse_timestamp

REF = datetime(2025, 6, 7, 12, tzinfo=UTC)


def test_years_before_year_one_are_not_a_timestamp() -> None:
    assert parse_timestamp("2025 years ago", reference_time=REF) is None
    assert parse_timestamp("3000 years ago", reference_time=REF) is None
    # in range it still resolves
    ts = parse_timestamp("2024 years ago", reference_time=REF)
    assert ts is not None
    assert ts.value is not None
    assert ts.value.year == 1


def test_a_reference_time_in_year_one() -> None:
    first = datetime(1, 1, 1, tzinfo=UTC)
    for text in ("Monday", "yesterday 10:00", "2 years ago", "3 days ago at 10:00"):
        assert parse_timestamp(text, reference_time=first) is None


def test_clean_text_keeps_going() -> None:
    body = "The council approved the plan on Monday after a long and heated debate. " * 3
    page = clean_text(f"Council backs plan\n2025 years ago\n{body}", reference_time=REF)
    assert page.main is not None
    assert "council approved" in page.main.text
