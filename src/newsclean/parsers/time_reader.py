"""Reading a tokenised timestamp: chunks, and what each chunk says.

The middle of the timestamp parser (``time_grammar`` tokenises,
``timestamps`` resolves to datetimes and is the public face). A string's
tokens are cut into *chunks* at unknown words and strong separators; a
chunk counts only when it is anchored on both sides, and ``read`` returns
a ``Reading`` of the first anchored chunk that makes a timestamp: a date,
a relative phrase ("3 hours ago") or a marked clock time, completed from
later chunks of the same run ("7 June 2025 • 1:16pm").

>>> from newsclean.parsers.time_grammar import grammar, tokenize
>>> g = grammar("en")
>>> r = read(g, tokenize(g, "updated: jun 7, 2025, 10:15 ist"))
>>> r.ymd, r.hms, r.zone
((2025, 6, 7), (10, 15, 0), '+05:30')
>>> read(g, tokenize(g, "june 9 talks")) is None
True
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import timedelta

import regex

from newsclean.parsers.time_grammar import Grammar, Tok, parse_offset

__all__ = ["MAX_UNKNOWN_WORDS", "Reading", "read", "read_chunk", "valid_ymd"]

#: More words outside the grammar than this and the line is prose, not a header.
MAX_UNKNOWN_WORDS = 8
_DATE_SEP = regex.compile(r"[./-]")
_ISO = regex.compile(
    r"(\d{4})-(\d{2})-(\d{2})[t ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(z|[+-]\d{2}:?\d{2})?"
)


@dataclass(slots=True)
class Reading:
    """What one chunk says; fields stay None when the chunk does not say it."""

    ymd: tuple[int | None, int, int] | None = None  # year may be missing
    month_only: tuple[int, int] | None = None  # (year, month)
    hms: tuple[int, int, int] | None = None
    has_seconds: bool = False
    strong_time: bool = False  # marked by am/pm, zone, "Uhr", "10h15", CJK marker
    weak_time: bool = False  # "10.15": needs a date or a zone
    zone: timedelta | str | None = None  # offset, or a spec resolved by date
    amount: int | None = None
    unit: str | None = None
    day_shift: int | None = None
    now: bool = False
    weekday: int | None = None
    labelled: bool = False
    numeric: tuple[int, int, int, str] | None = None  # "07/06/2025": fields and separator
    lang: str | None = None
    start: int = 0

    def has_date(self) -> bool:
        return self.ymd is not None or self.month_only is not None or self.numeric is not None

    def anchored_day(self) -> bool:
        return (
            self.ymd is not None
            or self.day_shift is not None
            or self.weekday is not None
            or (self.amount is not None and self.unit in ("day", "week"))
        )

    def valid(self) -> bool:
        if self.amount is not None or self.now or self.day_shift is not None:
            return True
        if self.has_date():
            return True
        if self.hms is not None:
            return self.strong_time or self.labelled or self.weekday is not None
        return self.weekday is not None


# --------------------------------------------------------------------------
# chunks


_NUMERIC = frozenset("NTDIO")  # token kinds that hold digits


def _chunks(toks: list[Tok]) -> list[tuple[list[Tok], bool, bool, int]]:
    """Split at unknown words and strong separators.

    Each chunk comes with: anchored on the left, anchored on the right, and
    the id of its run (chunks of one run are separated by separators only).
    """
    out: list[tuple[list[Tok], bool, bool, int]] = []
    cur: list[Tok] = []
    left = True  # string start
    run = 0
    prev: Tok | None = None
    for i, tok in enumerate(toks):
        kind = tok.kind
        if kind == "W" and _contextual(tok, prev, toks[i + 1] if i + 1 < len(toks) else None):
            kind = "U"
        if kind != "P":
            prev = tok
        # (tested inline: this runs on every token of every line parsed)
        if (
            kind == "W"
            and cur
            and (w := tok.word) is not None
            and w.label
            and not (w.meridiem or w.zone)  # "am" is German's label too
            and any(t.kind in _NUMERIC for t in cur)
        ):
            # a label after a dated chunk starts the next one: "Published
            # Nov 19 2019 7:05 AM Updated Nov 19 2019 7:16 AM" is two times,
            # not one chunk of two dates that spoils
            out.append((cur, left, True, run))
            cur, left = [], True
        if kind == "U" or kind == "S":
            if cur:
                out.append((cur, left, kind == "S", run))
                cur = []
            if kind == "U":
                run += 1
                left = False
            else:
                left = True
            continue
        cur.append(tok)
    if cur:
        out.append((cur, left, True, run))
    return out


def _contextual(tok: Tok, prev: Tok | None, nxt: Tok | None) -> bool:
    """A zone or am/pm word away from any clock time is an unknown word.

    "Est. May 19, 1883" and "ET Live" have no time for EST/ET to qualify.
    """
    w = tok.word
    if w is None or not (w.zone or w.meridiem):
        return False
    if (
        w.month is not None
        or w.weekday is not None
        or w.unit
        or w.number is not None
        or w.ago
        or w.day is not None
        or w.now
        or w.label
        or w.connector
        or w.marker
    ):
        return False
    if prev is not None and (
        prev.kind in "TNOI" or (prev.word is not None and (prev.word.meridiem or prev.word.marker))
    ):
        return False
    return not (w.meridiem and nxt is not None and nxt.kind in "TN")


def _is_label(tok: Tok) -> bool:
    return tok.kind == "W" and tok.word is not None and tok.word.label


def _compact_age(toks: list[Tok]) -> Reading | None:
    """ "2h", "45m", "3d": a compact age printed alone, or after a card's
    label ("Posted 3h", "Updated: 2d"). Read by the chunk reader, "Posted 3h"
    would be three o'clock ("3h" is 03:00 in French) and "Published 6d"
    no time at all."""
    k = 0
    while k < len(toks) - 2 and (_is_label(toks[k]) or toks[k].text == ":"):
        k += 1
    if len(toks) - k != 2:
        return None
    number, unit = toks[k], toks[k + 1]
    if (
        number.kind == "N"
        and unit.word is not None
        and unit.word.unit
        and number.end == unit.start
        and len(unit.text) <= 3
    ):
        return Reading(amount=number.nums[0], unit=unit.word.unit)
    return None


def read(g: Grammar, toks: list[Tok]) -> Reading | None:
    compact = _compact_age(toks)
    if compact is not None:
        return compact
    unknown = sum(1 for t in toks if t.kind == "U" and t.text[0].isalpha())
    if unknown > MAX_UNKNOWN_WORDS or (
        unknown >= 3 and toks[-1].kind in "UP" and toks[-1].text.endswith(".")
    ):
        return None  # running prose: "... unchanged on Thursday, citing inflation."
    chunks = _chunks(toks)
    for idx, (chunk, left, right, run) in enumerate(chunks):
        if not (left or _is_label(chunk[0]) or chunk[0].kind == "P"):
            continue
        if not (right or _is_label(chunk[-1]) or chunk[-1].kind == "P"):
            continue
        reading = read_chunk(chunk)
        if reading is None or not reading.valid():
            continue
        if run > 0 and not any(t.kind in "NTDIO" for t in chunk):
            continue  # a weekday or "yesterday" after other words is prose
        reading.start = chunk[0].start
        # complete from later chunks of the same run
        for other, oleft, oright, orun in chunks[idx + 1 :]:
            if orun != run:
                break
            if not (oleft or _is_label(other[0])) or not (oright or _is_label(other[-1])):
                continue
            extra = read_chunk(other)
            if extra is None:
                continue
            if reading.hms is None and extra.hms is not None and reading.has_date():
                if extra.strong_time or not extra.has_date():
                    reading.hms, reading.has_seconds = extra.hms, extra.has_seconds
                    reading.zone = reading.zone or extra.zone
                    reading.strong_time = True
            elif (
                not reading.has_date()
                and reading.amount is None
                and reading.day_shift is None
                and reading.hms is not None
                and extra.ymd is not None
            ):
                reading.ymd = extra.ymd
                reading.weekday = None
            elif reading.hms is not None and reading.zone is None and extra.zone is not None:
                reading.zone = extra.zone
        return reading
    return None


def read_chunk(chunk: list[Tok]) -> Reading | None:
    """What one chunk says, or None when it spoils (a stray number, hour 25).

    Read in passes (relative phrases, dates, times, leftovers); each pass
    marks the tokens it takes in ``used``, so later passes see only the rest.
    """
    r = Reading()
    used = [False] * len(chunk)
    _read_relative(chunk, used, r)
    _read_date(chunk, used, r)
    _read_time(chunk, used, r)
    if r.hms is not None and r.hms[0] > 23:
        if r.hms[0] == 24 and r.hms[1] == 0:
            r.hms = (0, 0, 0)
        else:
            return None
    return r if _read_leftovers(chunk, used, r) else None


def _amount_at(chunk: list[Tok], used: list[bool], i: int) -> int | None:
    """The amount a free token at ``i`` gives: a short number or a number word."""
    if not 0 <= i < len(chunk) or used[i]:
        return None
    t = chunk[i]
    if t.kind == "N" and len(t.text) <= 4:
        return t.nums[0]
    w = t.word
    return w.number if w is not None else None


def _read_relative(chunk: list[Tok], used: list[bool], r: Reading) -> None:
    """Pass 1: relative phrases ("3 hours ago"), "now" and day words ("yesterday")."""
    for i, t in enumerate(chunk):
        w = t.word
        if w is None or used[i]:
            continue
        if w.ago and _read_ago(chunk, used, r, i, w.ago):
            r.lang = r.lang or w.lang
            continue
        if w.now:
            r.now = used[i] = True
            r.lang = r.lang or w.lang
        elif w.day is not None and w.month is None:
            r.day_shift = w.day
            used[i] = True
            r.lang = r.lang or w.lang


def _read_ago(chunk: list[Tok], used: list[bool], r: Reading, i: int, ago: str) -> bool:
    """An amount and a unit on the side of the "ago" word at ``i`` its language
    puts them: "3 hours ago" (after them), "vor 3 Tagen" (before them)."""
    if ago == "after" and i >= 2:
        u = chunk[i - 1].word
        amount = _amount_at(chunk, used, i - 2)
        if u is not None and u.unit and amount is not None:
            r.amount, r.unit = amount, u.unit
            used[i] = used[i - 1] = used[i - 2] = True
            return True
    if ago == "before":
        j = _skip(chunk, i + 1)
        if j > i + 1 and _amount_at(chunk, used, j) is None:
            # (a number word that another language's file makes a connector:
            # Portuguese "um" of "há um minuto", German "um 14 Uhr")
            j = next((k for k in range(i + 1, j) if chunk[k].kind != "P"), j)
        amount = _amount_at(chunk, used, j)
        if amount is not None and j + 1 < len(chunk):
            u = chunk[j + 1].word
            if u is not None and u.unit:
                r.amount, r.unit = amount, u.unit
                used[i] = used[j] = used[j + 1] = True
                return True
    return False


def _read_date(chunk: list[Tok], used: list[bool], r: Reading) -> None:
    """Pass 2: the first date: ISO, all-number, month name or CJK markers."""
    n = len(chunk)
    for i, t in enumerate(chunk):
        if used[i] or r.has_date():
            continue
        if t.kind == "I":
            used[i] = _iso_datetime(t.text, r)
        elif t.kind == "D":
            _numeric_date(t, r)  # the order is settled in _resolve
            used[i] = r.ymd is not None or r.numeric is not None
        elif t.kind == "W" and t.word is not None and t.word.month is not None:
            _month_date(chunk, i, used, r)
            if r.ymd is not None or r.month_only is not None:
                r.lang = r.lang or t.word.lang
        elif t.kind == "N" and i + 1 < n:
            mk = chunk[i + 1].word
            if mk is not None and mk.marker in ("year", "month"):
                _marker_date(chunk, i, used, r)
                if r.has_date():
                    r.lang = r.lang or mk.lang


def _iso_datetime(text: str, r: Reading) -> bool:
    """ "2025-06-07T10:15:00+02:00": date, time and zone at once; False if no match."""
    m = _ISO.match(text)
    if m is None:
        return False
    y, mo, d, hh, mi = (int(m.group(k)) for k in range(1, 6))
    r.ymd = (y, mo, d)
    r.hms = (hh, mi, int(m.group(6) or 0))
    r.has_seconds = m.group(6) is not None
    r.strong_time = True
    if m.group(7):
        r.zone = timedelta(0) if m.group(7) == "z" else parse_offset(m.group(7))
    return True


def _read_time(chunk: list[Tok], used: list[bool], r: Reading) -> None:
    """Pass 3: the first clock time: "10:15", "5 pm", "10時15分", "1015 GMT"."""
    n = len(chunk)
    for i, t in enumerate(chunk):
        if used[i] or r.hms is not None:
            continue
        if t.kind == "T":
            _clock_time(chunk, i, used, r)
        elif t.kind == "N" and i + 1 < n and len(t.text) <= 2:
            w = chunk[i + 1].word
            if w is None:
                continue
            if w.marker == "hour":
                _marked_time(chunk, i, used, r)
            elif (w.meridiem and t.nums[0] <= 12) or w.marker == "clock":  # "5 pm", "17 Uhr"
                used[i] = True
                hh = _time_suffix(chunk, i, used, r, t.nums[0])
                r.hms = (hh, 0, 0)
        elif t.kind == "N" and len(t.text) == 4 and i + 1 < n:  # "1015 GMT"
            w = chunk[i + 1].word
            hh, mi = divmod(t.nums[0], 100)
            if w is not None and w.zone and hh < 24 and mi < 60:
                used[i] = True
                _time_suffix(chunk, i, used, r, hh)
                r.hms = (hh, mi, 0)


def _clock_time(chunk: list[Tok], i: int, used: list[bool], r: Reading) -> None:
    """The time token at ``i`` ("10:15", "10h15", "10.15") with its suffixes.

    A weak "10.15" with nothing marking it and no date is left unused (it may
    be a number); the flags it set are cleared, its seconds flag is not.
    """
    t = chunk[i]
    if len(t.nums) < 2 or t.nums[0] > 24 or t.nums[1] > 59:
        return
    hh, mi = t.nums[0], t.nums[1]
    ss = t.nums[2] if len(t.nums) > 2 and ":" in t.text else 0
    r.has_seconds = len(t.nums) > 2 and t.text.count(":") == 2
    r.strong_time = "h" in t.text
    r.weak_time = t.weak
    used[i] = True
    hh = _time_suffix(chunk, i, used, r, hh)
    if t.weak and not r.strong_time and not r.has_date():
        used[i] = False
        r.strong_time = r.weak_time = False
        return
    r.hms = (hh, mi, ss if ss < 60 else 0)


def _marked_time(chunk: list[Tok], i: int, used: list[bool], r: Reading) -> None:
    """An hour and optional minutes with CJK markers: 10時15分, 오후 5시."""
    mi = 0
    used[i] = used[i + 1] = True
    n = len(chunk)
    if i + 3 < n and chunk[i + 2].kind == "N":
        mw = chunk[i + 3].word
        if mw is not None and mw.marker == "minute":
            mi = chunk[i + 2].nums[0]
            used[i + 2] = used[i + 3] = True
    hh = _prefix_meridiem(chunk, i, used, chunk[i].nums[0])
    r.hms, r.strong_time = (hh, mi, 0), True


def _read_leftovers(chunk: list[Tok], used: list[bool], r: Reading) -> bool:
    """Pass 4: zones, weekdays and labels left over; False when a stray number
    (or a unit with no "ago": "7 days") spoils the chunk."""
    for i, t in enumerate(chunk):
        if used[i]:
            continue
        w = t.word
        if t.kind in "NDITO":
            if t.kind == "O" and r.hms is not None and r.zone is not None:
                continue
            return False
        if w is None:
            continue
        if w.zone and r.zone is None and r.hms is not None and _after_time(chunk, i):
            r.zone = w.zone
        elif w.weekday is not None:
            r.weekday = w.weekday
            r.lang = r.lang or w.lang
        elif w.label:
            r.labelled = True
            r.lang = r.lang or w.lang
        elif w.unit and not (w.label or w.connector or w.marker or w.meridiem or w.zone):
            return False
    return True


def _after_time(chunk: list[Tok], i: int) -> bool:
    """A zone word counts only after a clock time ("ET Live" is no zone)."""
    j = i - 1
    while j >= 0 and chunk[j].kind == "P":
        j -= 1
    if j < 0:
        return False
    t = chunk[j]
    w = t.word
    return t.kind in "TNOI" or (w is not None and (w.meridiem is not None or w.marker == "clock"))


def _prefix_meridiem(chunk: list[Tok], i: int, used: list[bool], hh: int) -> int:
    """Korean/Japanese/Chinese put am/pm before the time: 오후 5:30."""
    if i > 0 and not used[i - 1]:
        w = chunk[i - 1].word
        if w is not None and w.meridiem:
            used[i - 1] = True
            return _apply_meridiem(hh, w.meridiem)
    return hh


def _apply_meridiem(hh: int, meridiem: str) -> int:
    if hh > 12:
        return hh  # "15:24pm"
    if meridiem == "pm":
        return hh if hh == 12 else hh + 12
    return 0 if hh == 12 else hh


def _time_suffix(chunk: list[Tok], i: int, used: list[bool], r: Reading, hh: int) -> int:
    """Consume am/pm, "Uhr", a zone and an offset after the time at ``i``."""
    n = len(chunk)
    hh = _prefix_meridiem(chunk, i, used, hh)
    if i > 0 and used[i - 1] and chunk[i - 1].word is not None:
        r.strong_time = True
    j = i + 1
    while j < n:
        t = chunk[j]
        w = t.word
        if w is not None and w.meridiem and not used[j]:
            hh = _apply_meridiem(hh, w.meridiem)
            r.strong_time = used[j] = True
        elif w is not None and w.marker == "clock":
            r.strong_time = used[j] = True
        elif w is not None and w.zone:
            r.zone = w.zone
            r.strong_time = used[j] = True
        elif t.kind == "O" and r.hms is None:
            off = parse_offset(t.text)
            if off is None:
                break
            r.zone = off
            r.strong_time = used[j] = True
        elif t.kind == "P" and t.text == ".":
            pass
        else:
            break
        j += 1
    return hh


def _numeric_date(t: Tok, r: Reading) -> None:
    """ "2025-06-07" is final; "07/06/2025" keeps its fields for the order rules."""
    parts = _DATE_SEP.split(t.text.rstrip("."))
    a, b, c = t.nums[:3]
    if len(parts[0]) == 4:
        if valid_ymd(a, b, c):
            r.ymd = (a, b, c)
    elif len(parts[2]) in (2, 4) or len(parts[0]) == 2:
        r.numeric = (a, b, c, t.text[len(parts[0])])


def _skip(chunk: list[Tok], i: int) -> int:
    """The next index from ``i`` past weak separators and connector words."""
    n = len(chunk)
    while i < n:
        t = chunk[i]
        w = t.word
        if t.kind == "P" or (w is not None and w.connector and w.month is None):
            i += 1
            continue
        break
    return i


def _is_day(tok: Tok) -> bool:
    return tok.kind == "N" and len(tok.text) <= 2 and 1 <= tok.nums[0] <= 31


def _month_date(chunk: list[Tok], i: int, used: list[bool], r: Reading) -> None:
    """Month name with a day before or after it and an optional year."""
    n = len(chunk)
    word = chunk[i].word
    if word is None or word.month is None:
        return
    month = word.month
    day_idx = year_idx = -1
    j = _skip(chunk, i + 1)
    if j < n and chunk[j].kind == "N" and not used[j]:
        if _is_day(chunk[j]):
            day_idx = j
            k = _skip(chunk, j + 1)
            if k < n and chunk[k].kind == "N" and len(chunk[k].text) == 4:
                year_idx = k
        elif len(chunk[j].text) == 4:
            year_idx = j
    if day_idx < 0:  # "7 June 2025", "7. Juni", "7 de junio de 2025"
        k = i - 1
        while k >= 0 and (
            (chunk[k].kind == "P" and chunk[k].text == ".")
            or (chunk[k].word is not None and chunk[k].word.connector)  # type: ignore[union-attr]
        ):
            k -= 1
        if k >= 0 and not used[k] and _is_day(chunk[k]):
            day_idx = k
    if day_idx >= 0:
        day = chunk[day_idx].nums[0]
        year = chunk[year_idx].nums[0] if year_idx >= 0 else None
        if day > calendar.monthrange(year or 2024, month)[1]:
            return
        r.ymd = (year, month, day)
        used[i] = used[day_idx] = True
        if year_idx >= 0:
            used[year_idx] = True
    elif year_idx >= 0:
        r.month_only = (chunk[year_idx].nums[0], month)
        used[i] = used[year_idx] = True


def _marker_date(chunk: list[Tok], i: int, used: list[bool], r: Reading) -> None:
    """2025年6月7日, 2025년 6월 7일, 6月7日."""
    fields: dict[str, int] = {}
    j = i
    n = len(chunk)
    idxs: list[int] = []
    while j + 1 < n and chunk[j].kind == "N":
        w = chunk[j + 1].word
        if w is None or w.marker not in ("year", "month", "day") or w.marker in fields:
            break
        fields[w.marker] = chunk[j].nums[0]
        idxs += [j, j + 1]
        j += 2
    if "month" in fields and "day" in fields:
        month, day = fields["month"], fields["day"]
        if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(fields.get("year", 2024), month)[1]:
            r.ymd = (fields.get("year"), month, day)
            for k in idxs:
                used[k] = True
    elif "year" in fields and "month" in fields and 1 <= fields["month"] <= 12:
        r.month_only = (fields["year"], fields["month"])
        for k in idxs:
            used[k] = True


def valid_ymd(y: int, m: int, d: int) -> bool:
    """Whether year, month and day make a date datetime can hold."""
    return 1 <= m <= 12 and 1 <= y <= 9999 and 1 <= d <= calendar.monthrange(y, m)[1]
