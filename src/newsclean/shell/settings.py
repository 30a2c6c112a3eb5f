"""What a run of the command is made of: the settings every record is cleaned
and written with, a task read from the inputs, and each record's outcome.

>>> Settings("jsonl").format, Outcome("{}\\n", id=3).failed
('jsonl', False)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from newsclean.core.options import Options
from newsclean.shell.records import Record

# a record; {"id", "_path"} for a page file not yet read; {"id", "_error": (type, message)}
Task = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Settings:
    """What every record is cleaned and written with (picklable, for workers)."""

    format: str = "txt"
    explain: bool = False
    reference_time: datetime | None = None
    options: Options | None = None
    timeout: float | None = None
    deduplicate: bool = False
    target_language: str | None = None  # a checked code (records.language_code)


@dataclass(frozen=True, slots=True)
class Outcome:
    """One record's result: its output text, a message for stderr, and if it failed.

    ``id`` and ``name`` (the stem of its file with ``-o DIR``) say whose it
    is; ``cleaned`` is a record cleaned but not yet rendered (with
    ``--deduplicate`` the parent drops repeats, in input order, and renders).
    """

    out: str
    err: str = ""
    failed: bool = False
    id: Any = None
    name: str = "record"
    cleaned: Record | None = None


class RecordTimeout(BaseException):
    """Raised inside a worker when a record runs past ``--timeout``.

    A ``BaseException``, so no ``except Exception`` inside the pipeline
    swallows it.
    """
