"""Records in, article rows out: newsclean inside data pipelines.

A *record* is a mapping with the page and what is known about it::

    {"id": "a1", "url": "https://...", "text": "..." | "html": "...",
     "fetched_at": "2025-06-07T12:00:00Z"}

``text`` is flattened text, ``html`` is HTML (``str`` or ``bytes``; an
``encoding`` key is the charset hint for bytes), and ``page`` is either,
detected. ``fetched_at`` (ISO string or ``datetime``) is the reference time
relative dates ("an hour ago") resolve against.

Every record gives at least one row: one per article, or one error row
``{"id": ..., "error": {"type": ..., "message": ...}}`` when the record is
bad (no page, empty page, wrong types, a ``NewscleanError``). Nothing here
raises for bad input, so one broken record never stops a run of millions.

    >>> rows = list(clean_records([
    ...     {"id": "a", "text": "Rates held\\nThe bank kept rates on hold.Markets rose."},
    ...     {"id": "b", "text": ""},
    ... ]))
    >>> [(r["id"], r.get("segment"), r.get("title")) for r in rows]
    [('a', 0, 'Rates held'), ('b', None, None)]
    >>> rows[1]["error"]
    {'type': 'InputError', 'message': 'empty record: no text on the page'}
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from newsclean.core.errors import InputError
from newsclean.core.options import Options
from newsclean.core.rules import RULES
from newsclean.core.types import Page, Removal
from newsclean.pipeline import clean, clean_html, clean_text

__all__ = [
    "BATCH_COLUMNS",
    "Record",
    "article_rows",
    "clean_batch",
    "clean_record",
    "clean_records",
    "error_row",
    "parse_time",
    "removal_dict",
]

log = logging.getLogger("newsclean")

#: the columns ``clean_batch`` returns, in order
BATCH_COLUMNS: tuple[str, ...] = (
    "id",
    "segment",
    "url",
    "role",
    "title",
    "summary",
    "text",
    "paragraphs",
    "sentences",
    "source",
    "authors",
    "published",
    "published_text",
    "credit",
    "error_type",
    "error",
)


@dataclass(frozen=True, slots=True)
class Record:
    """A record's page cleaned: its id and URL beside the ``Page``."""

    id: Any
    url: str | None
    page: Page


def parse_time(value: object) -> datetime | None:
    """A reference time from an ISO string or a datetime; naive times are UTC.

        >>> parse_time("2025-06-07T12:00Z").isoformat()
        '2025-06-07T12:00:00+00:00'
        >>> parse_time(None) is None
        True
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.strip())
        except ValueError:
            raise InputError(f"not an ISO date and time: {value!r}") from None
    else:
        raise InputError(f"a time must be an ISO string, not {type(value).__name__}")
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def clean_record(
    record: Mapping[str, Any],
    *,
    reference_time: datetime | None = None,
    options: Options | None = None,
) -> Record:
    """Clean one record's page; raises ``NewscleanError`` when the record is bad.

    The record's own ``fetched_at`` wins over ``reference_time``.

        >>> record = {"id": 7, "text": "Rates held\\nThe bank kept rates on hold."}
        >>> clean_record(record).page.main.title
        'Rates held'
    """
    if not isinstance(record, Mapping):
        raise InputError(f"a record must be a mapping, not {type(record).__name__}")
    url = record.get("url")
    if url is not None and not isinstance(url, str):
        raise InputError(f"url must be a string, not {type(url).__name__}")
    when = parse_time(record.get("fetched_at")) or reference_time
    html, text, page = record.get("html"), record.get("text"), record.get("page")
    given = [v for v in (html, text, page) if v is not None]
    if not given:
        raise InputError("empty record: it has no 'text', 'html' or 'page'")
    if len(given) > 1:
        raise InputError("a record holds one of 'text', 'html' and 'page', not several")
    value = given[0]
    if not isinstance(value, str | bytes):
        raise InputError(f"the page must be str or bytes, not {type(value).__name__}")
    if not value.strip():
        raise InputError("empty record: no text on the page")
    if html is not None:
        encoding = record.get("encoding")
        cleaned = clean_html(
            value,
            url=url,
            reference_time=when,
            options=options,
            encoding=encoding if isinstance(encoding, str) else None,
        )
    elif text is not None:
        if not isinstance(value, str):
            raise InputError("'text' must be a string; pass bytes as 'page' or 'html'")
        cleaned = clean_text(value, url=url, reference_time=when, options=options)
    else:
        cleaned = clean(value, url=url, reference_time=when, options=options)
    return Record(record.get("id"), url, cleaned)


def removal_dict(removal: Removal) -> dict[str, Any]:
    """A removal as a JSON-ready dict, with its rule's reason.

        >>> from newsclean import Removal, RemovalKind
        >>> gone = Removal("Read more", 0, 9, RemovalKind.READ_MORE, "inline.read_more")
        >>> removal_dict(gone)["reason"]
        "a 'read more' link inside the text"
    """
    known = RULES.get(removal.rule)
    return {**removal.to_dict(), "reason": known.reason if known else None}


def article_rows(cleaned: Record, *, explain: bool = False) -> list[dict[str, Any]]:
    """One JSON-ready row per article; a page without any gives an error row.

    With ``explain`` each row keeps its article's removals (with the rule's
    reason) and the first row also carries the page-level ones as
    ``page_removed``.
    """
    page = cleaned.page
    if not page.articles:
        return [error_row(cleaned.id, "NoArticle", "no story found on the page")]
    rows: list[dict[str, Any]] = []
    for i, article in enumerate(page.articles):
        row: dict[str, Any] = {"id": cleaned.id, "segment": i, "url": cleaned.url}
        row.update(article.to_dict())
        if explain:
            row["removed"] = [removal_dict(r) for r in article.removed]
            if i == 0:
                row["page_removed"] = [removal_dict(r) for r in page.removed]
        else:
            del row["removed"]
        rows.append(row)
    return rows


def error_row(record_id: Any, kind: str | BaseException, message: str = "") -> dict[str, Any]:
    """The row of a record that failed: its id and the error's type and message.

        >>> error_row("x", ValueError("bad"))
        {'id': 'x', 'error': {'type': 'ValueError', 'message': 'bad'}}
    """
    if isinstance(kind, BaseException):
        message = message or str(kind)
        kind = type(kind).__name__
    return {"id": record_id, "error": {"type": kind, "message": message}}


def _rows_of(
    record: object,
    index: int,
    reference_time: datetime | None,
    options: Options | None,
    explain: bool,
) -> list[dict[str, Any]]:
    record_id = record.get("id", index) if isinstance(record, Mapping) else index
    try:
        cleaned = clean_record(
            cast("Mapping[str, Any]", record), reference_time=reference_time, options=options
        )
        if cleaned.id is None:
            cleaned = Record(record_id, cleaned.url, cleaned.page)
        return article_rows(cleaned, explain=explain)
    except Exception as exc:  # any failure is this record's, never the run's
        log.debug("record %r failed", record_id, exc_info=True)
        return [error_row(record_id, exc)]


def clean_records(
    records: Iterable[Mapping[str, Any]],
    *,
    reference_time: datetime | None = None,
    options: Options | None = None,
    explain: bool = False,
) -> Iterator[dict[str, Any]]:
    """Clean records lazily: one dict per article, an error dict per bad record.

    A record without an ``id`` is given its position. ``reference_time`` is
    for records without ``fetched_at``.

        >>> rows = clean_records([{"text": "Rates held\\nThe bank kept rates on hold."}, "oops"])
        >>> [(r["id"], "error" in r) for r in rows]
        [(0, False), (1, True)]
    """
    for index, record in enumerate(records):
        yield from _rows_of(record, index, reference_time, options, explain)


def clean_batch(
    batch: Mapping[str, Sequence[Any]],
    *,
    reference_time: datetime | None = None,
    options: Options | None = None,
) -> dict[str, list[Any]]:
    """Columns of records in, columns of article rows out (pandas, ``datasets``).

    Input columns are ``text``, ``html`` or ``page`` (one per record), and
    optionally ``id``, ``url``, ``fetched_at``, ``encoding``. The output has
    one row per article (so usually more rows than records) with the
    columns in ``BATCH_COLUMNS``; a bad record gives one row whose
    ``error_type``/``error`` are set and the rest empty. With Hugging Face
    ``datasets`` drop the input columns, since the row count changes::

        ds.map(newsclean.clean_batch, batched=True, remove_columns=ds.column_names)

    and with pandas: ``pd.DataFrame(clean_batch(df.to_dict("list")))``.

        >>> pages = ["Rates held\\nThe bank kept rates on hold.", " "]
        >>> out = clean_batch({"id": [1, 2], "text": pages})
        >>> out["id"], out["title"], out["error_type"]
        ([1, 2], ['Rates held', None], [None, 'InputError'])
    """
    lengths = {len(v) for v in batch.values()}
    if len(lengths) > 1:
        raise InputError(f"columns differ in length: {sorted(lengths)}")
    size = lengths.pop() if lengths else 0
    keys = list(batch)
    out: dict[str, list[Any]] = {name: [] for name in BATCH_COLUMNS}
    for i in range(size):
        record = {k: batch[k][i] for k in keys if batch[k][i] is not None}
        record.setdefault("id", i)
        for row in _rows_of(record, i, reference_time, options, False):
            error = row.get("error")
            published = row.get("published") or {}
            values = {
                **row,
                "published": published.get("value"),
                "published_text": published.get("text"),
                "error_type": error["type"] if error else None,
                "error": error["message"] if error else None,
            }
            for name in BATCH_COLUMNS:
                value = values.get(name)
                if value is None and name in ("paragraphs", "sentences", "authors"):
                    value = []
                out[name].append(value)
    return out
