"""Reading-time estimates: "5 min read", "Lesezeit: 3 Min.", "Tempo de leitura: 2 minutos".

Part of labelling (stage 3), and of the card parser, which cuts such a field
out of a header ("Nov 18, 2019 • 2 min read") instead of taking it for a
source. The words come from ``data/<language>/reading_times.txt``:
English's apply on every page, a page without a language hint reads every
language's. The labeller first asks ``may_end`` of the line's lowered key
(two slices and set look-ups), and ``matches`` wants a digit before the
pattern, so most lines never reach it.

>>> is_reading_time("5 Min Read", "en"), is_reading_time("Tempo de leitura: 2 minutos", None)
(True, True)
>>> is_reading_time("5 minutes", "en"), is_reading_time("Read 5 stories", "en")
(False, False)
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import regex

from newsclean.core.lexicon import chrome_roles

__all__ = ["ReadingTimes", "is_reading_time", "reading_times"]

_ROLES = frozenset({"unit", "before", "after"})
_MAX_CHARS = 60  # longer lines are never a reading time alone
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class ReadingTimes:
    """The reading-time pattern of one language hint."""

    pattern: regex.Pattern[str]
    # What a reading time ends with, lowered: a unit or the last word of an
    # "after" label. The labeller has each line's lowered, edge-stripped key
    # at hand and calls ``matches`` only if ``may_end`` passes it.
    ends: tuple[str, ...]
    tails: frozenset[str]  # the last three characters of each end (all of a shorter one)

    def may_end(self, key: str) -> bool:
        """Cheap test of a line key: False only where ``key`` ends in no end.

        Two slices and set look-ups: a line key is tested on every short
        line, and ``key.endswith(self.ends)`` walks every end of every
        language.
        """
        return key[-3:] in self.tails or key[-2:] in self.tails

    def matches(self, text: str) -> bool:
        """Whether ``text`` (a line or a header field) is a reading time."""
        return (
            len(text) <= _MAX_CHARS
            and _DIGIT.search(text) is not None
            and self.pattern.match(text) is not None
        )


def _phrase(words: str) -> str:
    return r"\s+".join(regex.escape(w) for w in words.split())


def _alt(words: list[str]) -> str:
    # longest first, so "minutes" is tried before "min"
    return "|".join(_phrase(w) for w in sorted(set(words), key=len, reverse=True))


@functools.cache
def reading_times(language: str | None) -> ReadingTimes:
    """The reading times of ``language`` and English (every language's for None)."""
    rows = chrome_roles(language, "reading_times", _ROLES)
    number = rf"\d{{1,3}}\s*(?:{_alt(rows['unit'])})\.?"
    before, after = _alt(rows["before"]), _alt(rows["after"])
    pattern = rf"^(?:(?:{before})\s*:?\s*{number}(?:\s+(?:{after}))?|{number}\s+(?:{after}))\s*\.?$"
    ends = {*rows["unit"], *(a.split()[-1] for a in rows["after"])}
    return ReadingTimes(
        regex.compile(pattern, regex.IGNORECASE),
        tuple(sorted(ends)),
        frozenset(e[-3:] for e in ends),
    )


def is_reading_time(text: str, language: str | None) -> bool:
    """Whether ``text`` is a reading-time estimate in ``language`` (or English).

    >>> is_reading_time("2 min de lectura", "es"), is_reading_time("Lesezeit: 4 Min.", "de")
    (True, True)
    >>> is_reading_time("Lesezeit: 4 Min.", "fr")
    False
    """
    return reading_times(language).matches(text)
