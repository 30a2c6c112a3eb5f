"""Unit tests for ``newsclean.parsers.reading_times``."""

from __future__ import annotations

import pytest

from newsclean.parsers.reading_times import is_reading_time


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("5 min read", "en"),
        ("5 Min Read", "en"),
        ("12 mins read.", "en"),
        ("Reading time: 5 minutes", "en"),
        ("Lesezeit: 4 Min.", "de"),
        ("5 Min. Lesezeit", "de"),
        ("Temps de lecture : 3 min", "fr"),
        ("2 min de lectura", "es"),
        ("3 minuti di lettura", "it"),
        ("Leestijd: 4 minuten", "nl"),
        ("Tempo de leitura: 2 minutos", "pt"),
        ("Tempo de leitura: 2 minutos", None),  # no hint: every language's
    ],
)
def test_reading_times_are_found(text: str, language: str | None) -> None:
    assert is_reading_time(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("5 minutes", "en"),  # a duration, no reading label
        ("Read 5 stories", "en"),
        ("Reading time", "en"),  # no number
        ("1000 min read", "en"),  # more than three digits
        ("Lesezeit: 4 Min.", "fr"),  # German words on a French page
        ("The 5 min read that changed how I think about cities", "en"),
    ],
)
def test_other_lines_are_no_reading_time(text: str, language: str | None) -> None:
    assert not is_reading_time(text, language)


def test_english_applies_on_every_page() -> None:
    assert is_reading_time("4 min read", "de")
