"""Timestamps as news pages print them: "an hour ago", "Updated: Jun 7, 2025, 10:15 IST".

STUB: a first version; the timestamp grammar (issue 4) replaces it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import regex

from newsclean._types import Timestamp

__all__ = ["parse_timestamp"]

_UNITS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}
_RELATIVE = regex.compile(
    r"^(?:(an?|\d+)\s+(second|minute|hour|day|week)s?\s+ago|(yesterday))$", regex.IGNORECASE
)


def parse_timestamp(
    text: str, *, reference_time: datetime | None = None, language: str | None = None
) -> Timestamp | None:
    """Parse one timestamp string, or return None when it is not one.

    >>> parse_timestamp("an hour ago").offset
    datetime.timedelta(days=-1, seconds=82800)
    """
    stripped = text.strip()
    m = _RELATIVE.match(stripped)
    if not m:
        return None
    if m.group(3):
        seconds = 86400
    else:
        count = 1 if m.group(1).lower() in {"a", "an"} else int(m.group(1))
        seconds = count * _UNITS[m.group(2).lower()]
    offset = -timedelta(seconds=seconds)
    value = reference_time + offset if reference_time is not None else None
    return Timestamp(text=stripped, value=value, offset=offset, language=language or "en")
