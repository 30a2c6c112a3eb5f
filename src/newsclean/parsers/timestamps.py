"""Timestamps as news pages print them: "an hour ago", "Updated: Jun 7, 2025, 10:15 IST".

The grammar is shape-based and its words live in ``data/<lang>/time_*.txt``
(see :mod:`newsclean.parsers.time_grammar`). A string is cut into *chunks* at
unknown words and at strong separators (``|``, ``·``, ``/``, ``-``, brackets);
a chunk counts only when it is anchored on both sides (string edge,
separator or label such as "Updated"), so "June 9 talks", "through June 30,
2019" and "Save 30% today" give nothing. The first anchored chunk that reads
as a date, a relative phrase or a marked clock time wins; a date and a time
in neighbouring chunks ("7 June 2025 • 1:16pm") are joined, and a zone
printed later in the string fills a time that has none.

Relative phrases give an ``offset``; ``value`` needs ``reference_time``:

>>> from datetime import datetime, timezone
>>> ref = datetime(2025, 6, 7, 12, 0, tzinfo=timezone.utc)
>>> ts = parse_timestamp("an hour ago", reference_time=ref)
>>> ts.offset, ts.value.isoformat(), ts.precision
(datetime.timedelta(days=-1, seconds=82800), '2025-06-07T11:00:00+00:00', 'hour')
>>> parse_timestamp("il y a 3 heures").offset.total_seconds()
-10800.0

Absolute times always get an aware value; IST is India (+05:30), ET follows
US summer time by date:

>>> parse_timestamp("Updated: Jun 7, 2025, 10:15 IST").value.isoformat()
'2025-06-07T10:15:00+05:30'
>>> parse_timestamp("June 6, 2025 4:05 PM ET").value.isoformat()
'2025-06-06T16:05:00-04:00'
>>> parse_timestamp("Stand: 07.06.2025, 10:15 Uhr").value.isoformat()
'2025-06-07T10:15:00+00:00'

A time that names no zone is read in ``zone`` (an IANA name, DST-correct),
else in the reference time's zone, else UTC; ``assumed_zone`` says which
(the pipeline passes the page's local zone, see
:mod:`newsclean.parsers.local_zones`):

>>> ts = parse_timestamp("Stand: 12.03.2025 14:22 Uhr", zone="Europe/Berlin")
>>> ts.value.isoformat(), ts.assumed_zone
('2025-03-12T14:22:00+01:00', 'Europe/Berlin')
>>> parse_timestamp("Stand: 07.06.2025, 10:15 Uhr", zone="Europe/Berlin").value.isoformat()
'2025-06-07T10:15:00+02:00'
>>> parse_timestamp("Updated: Jun 7, 2025, 10:15 IST", zone="Europe/Berlin").assumed_zone is None
True
>>> parse_timestamp("7 June 2025").precision
'day'

Reading times, durations, money and plain years are not timestamps:

>>> [parse_timestamp(s) for s in ("5 min read", "2:45", "1.39 billion won", "Top 10 in 2025")]
[None, None, None, None]
"""

from __future__ import annotations

import calendar
import functools
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import Protocol

from newsclean.core import lexicon
from newsclean.core.types import Precision, Timestamp
from newsclean.parsers import dates_fallback
from newsclean.parsers.local_zones import named_zone
from newsclean.parsers.time_grammar import (
    Grammar,
    grammar,
    may_have_time,
    tokenize,
    zone_offset,
)
from newsclean.parsers.time_reader import Reading, read, valid_ymd

__all__ = ["parse_timestamp"]

#: Longer strings are not card headers; they are rejected without a scan.
MAX_CHARS = 300

_UNIT_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}
_UNIT_PRECISION: dict[str, Precision] = {
    "second": "second",
    "minute": "minute",
    "hour": "hour",
    "day": "day",
    "week": "day",
    "month": "month",
    "year": "year",
}


def parse_timestamp(
    text: str,
    *,
    reference_time: datetime | None = None,
    language: str | None = None,
    zone: str | tzinfo | None = None,
) -> Timestamp | None:
    """Parse one timestamp string, or return None when it is not one.

    ``reference_time`` anchors relative phrases, weekdays, times without a
    date and dates without a year; without it those get ``value=None``.
    Naive reference times are read as UTC. ``zone`` (an IANA name or a
    ``tzinfo``) is where a time that names no zone is read; None: the
    reference time's zone, else UTC. An unknown name raises ``InputError``.

    >>> parse_timestamp("2時間前").offset.total_seconds()
    -7200.0
    >>> parse_timestamp("Yesterday").precision
    'day'
    """
    if reference_time is not None and reference_time.tzinfo is None:
        reference_time = reference_time.replace(tzinfo=UTC)  # for the fallback too
    local = named_zone(zone) if isinstance(zone, str) else zone
    found = _parse(text, reference_time, language, local)
    if found:
        return found[0]
    if language and _unknown_language(language) and dates_fallback.available():
        return dates_fallback.parse_with_dateparser(
            text, reference_time=reference_time, language=language, zone=local
        )
    return None


@functools.cache
def _unknown_language(language: str) -> bool:
    """A hint with no data folder, left to ``dates_fallback`` (cached: asked per line)."""
    return language not in lexicon.languages()


def _parse(
    text: str,
    reference_time: datetime | None,
    language: str | None,
    zone: tzinfo | None = None,
) -> tuple[Timestamp, int] | None:
    """The timestamp and the index in ``text`` where its chunk starts; a time
    that names no zone is read in ``zone``, else the reference's, else UTC."""
    if len(text) > MAX_CHARS:
        return None
    g = grammar(language)
    lowered = text.lower()
    if not text.isascii():  # ASCII lowers letter for letter and has no ’
        if len(lowered) != len(text):  # a few letters lower to two characters
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        lowered = lowered.replace("’", "'")
    reading = _reading(lowered, language)
    if reading is None:
        return None
    try:
        ts = _resolve(reading, text.strip(), reference_time, language, g, zone)
    except (OverflowError, ValueError):
        # the point falls outside datetime's years 1-9999 ("2025 years ago",
        # or any weekday from a reference time in year 1): not a usable time
        return None
    if ts is None:
        return None
    return ts, reading.start


@functools.lru_cache(maxsize=4096)
def _reading(lowered: str, language: str | None) -> Reading | None:
    """What the lowered string says, or None: kept for the next call with it.

    A page asks the same line more than once (the labeller, then the card's
    header or byline reader, with a reference time), and a crawl's pages share
    lines; the reading depends on the string and the language alone, and is
    never changed after ``read`` returns it (``_resolve`` only reads it).
    Bounded: 4,096 strings of at most ``MAX_CHARS`` characters.
    """
    g = grammar(language)
    if not may_have_time(g, lowered):
        return None
    return read(g, tokenize(g, lowered))


# --------------------------------------------------------------------------
# resolution


def _zone(spec: timedelta | str | None, y: int, m: int, d: int, default: tzinfo) -> tzinfo:
    if spec is None:
        return default
    off = spec if isinstance(spec, timedelta) else zone_offset(spec, y, m, d)
    if off is None:
        return default
    return _fixed_zone(off)


@functools.cache
def _fixed_zone(off: timedelta) -> tzinfo:
    return UTC if not off else timezone(off)


def _order_date(
    fields: tuple[int, int, int], order: str, ref_day: date | None
) -> tuple[int, int, int] | None:
    """Settle an all-number date by the language's order, then by the past.

    Month-first languages also print day-first dates ("07/06/2025" on a UK
    page): when both orders are valid and month-first lies in the future of
    the reference day while day-first does not, day-first wins.
    """
    a, b, c = fields
    if order == "YMD":
        year, first = a, (b, c)
    else:
        year, first = c, ((a, b) if order == "MDY" else (b, a))
    if year < 100:
        year += 2000 if ref_day is None or 2000 + year <= ref_day.year + 1 else 1900
    one = (year, *first)
    two = (year, first[1], first[0])
    ok1, ok2 = valid_ymd(*one), valid_ymd(*two)
    if ok1 and ok2 and ref_day is not None and one != two and order == "MDY":
        limit = ref_day + timedelta(days=1)
        if date(*one) > limit >= date(*two):
            return two
    if ok1:
        return one
    return two if ok2 and order != "YMD" else None


class _Stamp(Protocol):
    """Makes the Timestamp of one string; ``local``: the value is a wall-clock
    time placed in the default zone (recorded as ``assumed_zone``)."""

    def __call__(
        self,
        value: datetime | None,
        offset: timedelta | None,
        precision: Precision,
        local: bool = False,
    ) -> Timestamp: ...


def _resolve(
    r: Reading,
    text: str,
    ref: datetime | None,
    language: str | None,
    g: Grammar,
    zone: tzinfo | None = None,
) -> Timestamp | None:
    """The timestamp a reading names, placed by ``ref`` when there is one."""
    lang = language or r.lang
    if ref is not None and ref.tzinfo is None:
        ref = ref.replace(tzinfo=UTC)
    default_tz: tzinfo = zone or (ref.tzinfo if ref is not None and ref.tzinfo else UTC)
    assumed = str(default_tz) if r.zone is None else None

    def stamp(
        value: datetime | None, offset: timedelta | None, precision: Precision, local: bool = False
    ) -> Timestamp:
        return Timestamp(
            text=text,
            value=value,
            offset=offset,
            precision=precision,
            language=lang,
            assumed_zone=assumed if local and value is not None else None,
        )

    clock_precision: Precision = "second" if r.has_seconds else "minute"

    # relative: "2 hours ago", "vor 3 Tagen", "3日前", "now", "yesterday"; a
    # date printed with its year beside one ("Nov 19, 2019 at 9:08 GMT 1 day
    # ago") is the date: the age counts from when the page was made, not from
    # the reference time
    dated = r.numeric is not None or (r.ymd is not None and r.ymd[0] is not None)
    if r.amount is not None and r.unit is not None and not dated:
        return _resolve_amount(r, r.amount, r.unit, ref, default_tz, stamp, clock_precision)
    if r.now and not dated:
        return stamp(ref, timedelta(0), "minute")
    if r.day_shift is not None and not dated:
        if r.hms is not None:
            return _at_day(r, ref, r.day_shift, default_tz, stamp, clock_precision)
        offset = timedelta(days=r.day_shift)
        return stamp(ref + offset if ref is not None else None, offset, "day")

    # dates (the reading is shared through ``_reading``'s cache: not changed)
    ymd = r.ymd
    if r.numeric is not None:
        ymd = _order_numeric(r, r.numeric, ref, default_tz, g, lang)
        if ymd is None:
            return None
    if ymd is not None:
        return _resolve_ymd(r, ymd, ref, default_tz, stamp, clock_precision)
    if r.month_only is not None:
        y, m = r.month_only
        if not 1 <= m <= 12 or y < 1:
            return None
        return stamp(datetime(y, m, 1, tzinfo=default_tz), None, "month", True)

    # weekday ("Thursday", "Monday, 10:15 AM"): the last such day before today
    if r.weekday is not None:
        if ref is None:
            return stamp(None, None, "day" if r.hms is None else clock_precision)
        lref = ref.astimezone(_zone(r.zone, ref.year, ref.month, ref.day, default_tz))
        back = (lref.weekday() - r.weekday) % 7 or 7
        return _at_day(r, ref, -back, default_tz, stamp, clock_precision)

    # time of day alone: today in the printed zone
    if r.hms is not None:
        if ref is None:
            return stamp(None, None, clock_precision)
        return _at_day(r, ref, 0, default_tz, stamp, clock_precision)
    return None


def _resolve_amount(
    r: Reading,
    amount: int,
    unit: str,
    ref: datetime | None,
    default_tz: tzinfo,
    stamp: _Stamp,
    clock_precision: Precision,
) -> Timestamp | None:
    """ "2 hours ago", "3 months ago", "2 days ago at 10:15": back from ``ref``."""
    if amount > 100_000:
        return None
    if unit in ("month", "year"):  # calendar months, not a fixed length
        months = amount * (12 if unit == "year" else 1)
        if ref is None:
            offset = -timedelta(days=round(months * 30.44))
            return stamp(None, offset, _UNIT_PRECISION[unit])
        value = _add_months(ref, -months)
        return stamp(value, value - ref, _UNIT_PRECISION[unit])
    offset = -timedelta(seconds=amount * _UNIT_SECONDS[unit])
    if unit in ("day", "week") and r.hms is not None:
        return _at_day(r, ref, offset.days, default_tz, stamp, clock_precision)
    return stamp(ref + offset if ref is not None else None, offset, _UNIT_PRECISION[unit])


def _order_numeric(
    r: Reading,
    numeric: tuple[int, int, int, str],
    ref: datetime | None,
    default_tz: tzinfo,
    g: Grammar,
    lang: str | None,
) -> tuple[int, int, int] | None:
    """An all-number date ("07/06/2025") in the order of the language and its separator."""
    tz0 = _zone(r.zone, 2000, 1, 1, default_tz)
    lref = ref.astimezone(tz0) if ref is not None else None
    a, b, c, sep = numeric
    return _order_date((a, b, c), _order(g, lang, sep), lref.date() if lref is not None else None)


def _resolve_ymd(
    r: Reading,
    ymd: tuple[int | None, int, int],
    ref: datetime | None,
    default_tz: tzinfo,
    stamp: _Stamp,
    clock_precision: Precision,
) -> Timestamp | None:
    """A date, at its time when printed, in the printed zone or the reference's."""
    year, a, b = ymd
    tz0 = _zone(r.zone, year or 2000, 1, 1, default_tz)
    lref = ref.astimezone(tz0) if ref is not None else None
    ref_day = lref.date() if lref is not None else None
    if year is None:  # "Jun 7", "6月7日": the last such day up to tomorrow
        if ref_day is None:
            return stamp(None, None, "day" if r.hms is None else clock_precision)
        year = ref_day.year
        if not valid_ymd(year, a, b):
            return None
        if date(year, a, b) > ref_day + timedelta(days=1) and valid_ymd(year - 1, a, b):
            year -= 1
    elif not valid_ymd(year, a, b):
        return None
    tz = _zone(r.zone, year, a, b, default_tz)
    if r.hms is None:
        return stamp(datetime(year, a, b, tzinfo=tz), None, "day", True)
    return stamp(datetime(year, a, b, *r.hms, tzinfo=tz), None, clock_precision, True)


def _order(g: Grammar, lang: str | None, sep: str) -> str:
    """The field order of all-number dates with this separator."""
    for name in ((lang,) if lang else ()) + g.languages:
        order = g.orders.get(name or "", {}).get(sep)
        if order:
            return order
    return "DMY"


def _at_day(
    r: Reading,
    ref: datetime | None,
    shift: int,
    default_tz: tzinfo,
    stamp: _Stamp,
    precision: Precision,
) -> Timestamp:
    """A day ``shift`` days from the reference day, at the printed time or midnight."""
    if ref is None:
        return stamp(None, timedelta(days=shift), "day" if r.hms is None else precision)
    tz = _zone(r.zone, ref.year, ref.month, ref.day, default_tz)
    day = ref.astimezone(tz).date() + timedelta(days=shift)
    tz = _zone(r.zone, day.year, day.month, day.day, default_tz)
    hms = r.hms or (0, 0, 0)
    value = datetime(day.year, day.month, day.day, *hms, tzinfo=tz)
    return stamp(value, value - ref, "day" if r.hms is None else precision, True)


def _add_months(value: datetime, months: int) -> datetime:
    total = value.year * 12 + value.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    day = min(value.day, calendar.monthrange(year, month)[1])
    return value.replace(year=year, month=month, day=day)
