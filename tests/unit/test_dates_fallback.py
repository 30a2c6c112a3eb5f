"""The [dates] extra: dateparser for languages without data files."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta

import pytest

from newsclean import parse_timestamp
from newsclean.parsers import dates_fallback

REF = datetime(2025, 6, 7, 12, tzinfo=UTC)


def test_without_the_extra_unknown_languages_give_none(monkeypatch: pytest.MonkeyPatch) -> None:
    """With dateparser missing, an unsupported language is a miss, not an error."""
    monkeypatch.setitem(sys.modules, "dateparser", None)
    dates_fallback._dateparser.cache_clear()
    try:
        assert parse_timestamp("3 timer siden", reference_time=REF, language="da") is None
    finally:
        dates_fallback._dateparser.cache_clear()


def test_relative_phrase_in_an_unsupported_language() -> None:
    """A Danish relative phrase resolves through dateparser, with its offset."""
    pytest.importorskip("dateparser")
    ts = parse_timestamp("3 timer siden", reference_time=REF, language="da")
    assert ts is not None
    assert ts.offset == timedelta(hours=-3)
    assert ts.value == REF - timedelta(hours=3)


def test_fallback_reads_ist_as_india() -> None:
    """dateparser's zones are corrected: IST is +05:30, not Israel."""
    pytest.importorskip("dateparser")
    ts = parse_timestamp("5 czerwca 2025 10:15 IST", reference_time=REF, language="pl")
    assert ts is not None
    assert ts.value is not None
    assert ts.value.utcoffset() == timedelta(hours=5, minutes=30)


def test_fallback_gives_none_for_prose() -> None:
    """Words that are no date stay None in the fallback too."""
    pytest.importorskip("dateparser")
    assert parse_timestamp("hello world", reference_time=REF, language="tr") is None


def test_a_naive_reference_time_is_utc_in_the_fallback_too() -> None:
    """The dateparser path gave a naive value for a naive reference time."""
    pytest.importorskip("dateparser")
    naive = parse_timestamp("3 timer siden", reference_time=REF.replace(tzinfo=None), language="da")
    aware = parse_timestamp("3 timer siden", reference_time=REF, language="da")
    assert naive is not None
    assert naive == aware
    assert naive.value is not None
    assert naive.value.tzinfo is not None
