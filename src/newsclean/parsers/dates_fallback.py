"""Fallback to dateparser for languages newsclean has no data files for.

Installed with the ``[dates]`` extra; without it this returns None and the
default install never imports dateparser. Two of dateparser's habits are
corrected: zone abbreviations are read from newsclean's own zone table (IST
is India, ET/PT follow US summer time by date), and relative phrases are
told apart from absolute dates by parsing against two reference times.

>>> parse_with_dateparser("2025-06-01", reference_time=None, language="xx") is None or True
True
"""

from __future__ import annotations

import functools
import importlib
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from types import ModuleType
from typing import Any

import regex

from newsclean.core import lexicon
from newsclean.core.types import Timestamp
from newsclean.parsers.time_grammar import zone_offset

__all__ = ["available", "parse_with_dateparser"]

_ZONE_WORD = regex.compile(r"(?<![\p{L}])([A-Za-z]{1,5})\s*$")
_PROBE_SHIFT = timedelta(days=400)


@functools.cache
def _dateparser() -> ModuleType | None:
    try:  # an optional dependency, imported on first use only
        return importlib.import_module("dateparser")
    except ImportError:
        return None


def available() -> bool:
    """True when the ``[dates]`` extra (dateparser) is installed."""
    return _dateparser() is not None


def parse_with_dateparser(
    text: str, *, reference_time: datetime | None, language: str, zone: tzinfo | None = None
) -> Timestamp | None:
    """Parse ``text`` with dateparser in ``language``, zones corrected; None if it can't.

    A time that names no zone is read in ``zone``, else the reference's, else UTC.
    """
    module = _dateparser()
    if module is None or len(text) > 200:
        return None
    body, spec = _split_zone(text.strip())
    base = (reference_time or datetime(2000, 1, 1, tzinfo=UTC)).astimezone(UTC)
    first = _parse(module, body, language, base)
    if first is None:
        return None
    second = _parse(module, body, language, base - _PROBE_SHIFT)
    relative = second is not None and first - second == _PROBE_SHIFT
    if relative:
        offset = first - base.replace(tzinfo=None)
        value = reference_time + offset if reference_time is not None else None
        return Timestamp(text=text.strip(), value=value, offset=offset, language=language)
    if spec:
        return Timestamp(
            text=text.strip(), value=first.replace(tzinfo=_zone(spec, first)), language=language
        )
    local = zone or (reference_time.tzinfo if reference_time else None) or UTC
    return Timestamp(
        text=text.strip(),
        value=first.replace(tzinfo=local),
        language=language,
        assumed_zone=str(local),
    )


def _parse(module: ModuleType, text: str, language: str, base: datetime) -> datetime | None:
    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": base.replace(tzinfo=None),
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        value = module.parse(text, languages=[language], settings=settings)
    except Exception:
        return None
    return value if isinstance(value, datetime) else None


def _split_zone(text: str) -> tuple[str, str | None]:
    """Cut a trailing zone word that newsclean's zone table knows."""
    m = _ZONE_WORD.search(text)
    if not m:
        return text, None
    spec = lexicon.table("en", "time_zones").get(m.group(1).lower())
    if spec is None:
        return text, None
    return text[: m.start()].rstrip(), spec


def _zone(spec: str, value: datetime) -> timezone:
    offset = zone_offset(spec, value.year, value.month, value.day) or timedelta(0)
    return timezone(offset)
