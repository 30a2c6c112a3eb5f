"""Timestamp benchmark: newsclean next to dateparser and dateutil, one process.

Run ``PYTHONPATH=src python benchmarks/timestamps.py`` from the repository
root. Prints one table: timestamps resolved correctly (of 203, within the
corpus tolerances), false dates given to the 81 non-timestamps, calls/s on
the whole mixed set (best of several passes, each parser in this process).
The scoring functions here are also what
``tests/golden/test_timestamps_golden.py`` asserts its floors with.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "timestamps"
REFERENCE = datetime(2025, 6, 7, 12, 0, tzinfo=UTC)
_TOLERANCE = {"m": timedelta(seconds=60), "h": timedelta(hours=1)}

#: A parser under test: (text, language) -> aware datetime or None.
Parser = Callable[[str, str], datetime | None]


@dataclass
class Score:
    """Outcome of one parser on the corpus."""

    correct: int = 0
    timestamps: int = 0
    false_dates: int = 0
    non_timestamps: int = 0
    calls_per_second: float = 0.0
    misses: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    false: list[tuple[str, str]] = field(default_factory=list)


def load_corpus(path: Path = CORPUS) -> list[dict[str, Any]]:
    """The corpus rows (``timestamps.jsonl``)."""
    with (path / "timestamps.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def is_correct(got: datetime | None, expected: str, resolution: str) -> bool:
    """``got`` matches ``expected`` within the corpus tolerance (m, h or d)."""
    if got is None:
        return False
    if got.tzinfo is None:
        got = got.replace(tzinfo=UTC)
    want = datetime.fromisoformat(expected)
    if resolution == "d":
        return got.astimezone(UTC).date() == want.astimezone(UTC).date()
    return abs(got - want) <= _TOLERANCE.get(resolution, timedelta(seconds=60))


def score(parse: Parser, rows: Iterable[dict[str, Any]], *, timing_rounds: int = 0) -> Score:
    """Accuracy of ``parse`` on the rows, and its speed when rounds > 0."""
    rows = list(rows)
    result = Score()
    for row in rows:
        got = parse(row["text"], row["language"])
        if row["expected"] is None:
            result.non_timestamps += 1
            if got is not None:
                result.false_dates += 1
                result.false.append((row["text"], got.isoformat()))
        else:
            result.timestamps += 1
            if is_correct(got, row["expected"], row["resolution"]):
                result.correct += 1
            else:
                result.misses.append(
                    (row["text"], got.isoformat() if got else None, row["expected"])
                )
    if timing_rounds:  # best pass of several: the least disturbed by other load
        pairs = [(row["text"], row["language"]) for row in rows]
        best = float("inf")
        for _ in range(timing_rounds):
            _forget_readings()
            start = time.perf_counter()
            for text, lang in pairs:
                parse(text, lang)
            best = min(best, time.perf_counter() - start)
        result.calls_per_second = len(pairs) / best
    return result


def _forget_readings() -> None:
    """Each timed round reads every string afresh: newsclean keeps the readings
    of the strings it was asked about (see ``memos.py``), and a round that found
    the last one's would time that memo, not the parser."""
    from newsclean.parsers.timestamps import _reading

    _reading.cache_clear()


def newsclean_parser(text: str, language: str) -> datetime | None:
    """newsclean with the corpus reference time and language hint."""
    from newsclean.parsers.timestamps import parse_timestamp

    ts = parse_timestamp(text, reference_time=REFERENCE, language=language)
    return ts.value if ts is not None else None


def newsclean_nohint_parser(text: str, language: str) -> datetime | None:
    """newsclean without the language hint."""
    from newsclean.parsers.timestamps import parse_timestamp

    ts = parse_timestamp(text, reference_time=REFERENCE)
    return ts.value if ts is not None else None


def _competitors() -> list[tuple[str, Parser | None]]:
    out: list[tuple[str, Parser | None]] = []
    try:
        import dateparser

        settings = {
            "RELATIVE_BASE": REFERENCE.replace(tzinfo=None),
            "RETURN_AS_TIMEZONE_AWARE": True,
            "TIMEZONE": "UTC",
            "TO_TIMEZONE": "UTC",
            "PREFER_DATES_FROM": "past",
        }

        def dp(text: str, language: str) -> datetime | None:
            return dateparser.parse(text, languages=[language], settings=settings)  # type: ignore[arg-type]

        out.append((f"dateparser {dateparser.__version__} parse (hint)", dp))
    except ImportError:
        out.append(("dateparser", None))
    try:
        from dateutil import __version__ as du_version
        from dateutil import parser as du_parser

        default = REFERENCE.replace(hour=0, minute=0)
        zones = {
            "IST": 19800,
            "ET": -14400,
            "EDT": -14400,
            "PT": -25200,
            "PDT": -25200,
            "CDT": -18000,
            "HST": -36000,
            "BST": 3600,
            "JST": 32400,
            "KST": 32400,
            "HKT": 28800,
            "GMT": 0,
            "UTC": 0,
        }

        def du(text: str, language: str) -> datetime | None:
            try:
                got = du_parser.parse(text, fuzzy=True, default=default, tzinfos=zones)
            except (ValueError, OverflowError, TypeError):
                return None
            return got if got.tzinfo else got.replace(tzinfo=UTC)

        out.append((f"dateutil {du_version} fuzzy + zone table", du))
    except ImportError:
        out.append(("dateutil", None))
    return out


def main(argv: list[str] | None = None) -> int:
    """Print the table; ``--misses`` also lists newsclean's misses."""
    args = sys.argv[1:] if argv is None else argv
    if not (CORPUS / "timestamps.jsonl").is_file():
        print(f"corpus not found at {CORPUS}")
        return 1
    rows = load_corpus()
    contenders: list[tuple[str, Parser | None]] = [
        ("newsclean parse_timestamp (hint)", newsclean_parser),
        ("newsclean parse_timestamp (no hint)", newsclean_nohint_parser),
        *_competitors(),
    ]
    n_ts = sum(1 for r in rows if r["expected"] is not None)
    n_non = len(rows) - n_ts
    print(f"| library | correct (of {n_ts}) | false dates (of {n_non}) | calls/s |")
    print("|---|---|---|---|")
    first: Score | None = None
    for name, parse in contenders:
        if parse is None:
            print(f"| {name} | not installed | | |")
            continue
        rounds = 30 if name.startswith("newsclean") else 3
        s = score(parse, rows, timing_rounds=rounds)
        first = first or s
        print(
            f"| {name} | {s.correct} ({s.correct / s.timestamps:.1%}) | {s.false_dates} "
            f"| {s.calls_per_second:,.0f} |"
        )
    if "--misses" in args and first is not None:
        for text, got, want in first.misses:
            print(f"MISS {text!r}: got {got}, want {want}")
        for text, got in first.false:
            print(f"FALSE {text!r}: {got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
