"""newsclean on Spark: a DataFrame of pages in, a DataFrame of articles out.

Needs the ``[spark]`` extra (``pip install 'newsclean[spark]'``: pyspark 3.5
or later, pandas and pyarrow). This module imports without them; calling
``clean_dataframe`` then raises an ``ImportError`` that says what to install.

``clean_dataframe`` runs ``records.clean_record`` on every row with
``mapInPandas`` and returns one row per article, with the columns of
``COLUMNS`` (types in ``article_schema``):

- ``id``: the input row's id, in the id column's type (without ``id_col``,
  a bigint from ``monotonically_increasing_id()``);
- ``segment``: the article's index on its page (0, 1, ...), ``url``;
- ``role`` (``main`` or ``related``), ``title``, ``text``, ``source``;
- ``authors``: an array of strings, never null (empty when none were found);
- ``published``: timestamp, the instant the page printed (UTC; null when
  no date, or a relative one without a reference time);
  ``published_text``: the date as printed ("2 hours ago");
- ``language``: the page's language code;
- ``error``: a struct of ``type`` and ``message``, null on success.

Every input row gives at least one output row, so nothing is lost: a bad
row (no page, an empty page, a wrong type, a failure inside newsclean)
gives one error row, and a page on which no story was found gives one row
with the error type ``NoArticle``, as ``records.clean_records`` does. The
cleaning is pure (no clock, network or disk), so every executor gives the
same rows for the same input, whatever the partitioning.

``clean_partition`` is the same cleaning for ``rdd.mapPartitions`` users;
it does not need pyspark and yields plain, picklable dicts:

    >>> rows = list(clean_partition([
    ...     {"id": "a", "text": "Rates held\\nThe bank kept rates on hold.Markets rose."},
    ...     {"id": "b", "text": ""},
    ... ]))
    >>> [(r["id"], r["segment"], r["title"], r["language"]) for r in rows]
    [('a', 0, 'Rates held', 'en'), ('b', None, None, None)]
    >>> rows[1]["error"]
    {'type': 'InputError', 'message': 'empty record: no text on the page'}
"""

from __future__ import annotations

import functools
import importlib
import math
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime, timedelta
from types import ModuleType
from typing import TYPE_CHECKING, Any

from newsclean.core.options import Options
from newsclean.shell.records import article_rows, clean_record, error_row

if TYPE_CHECKING:
    from pyspark.sql import DataFrame
    from pyspark.sql.types import DataType, StructType

__all__ = ["COLUMNS", "INSTALL_HINT", "article_schema", "clean_dataframe", "clean_partition"]

#: what the ``ImportError`` raised without the extra tells the user to run
INSTALL_HINT = "newsclean.spark needs the [spark] extra: pip install 'newsclean[spark]'"

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)

#: the output columns, in order
COLUMNS: tuple[str, ...] = (
    "id",
    "segment",
    "url",
    "role",
    "title",
    "text",
    "source",
    "authors",
    "published",
    "published_text",
    "language",
    "error",
)

# What travels between the Python workers and the JVM: flat, Arrow-friendly
# columns only (the id as a string, the time as epoch microseconds, the error
# as two strings). ``clean_dataframe`` turns them into the typed columns above
# inside Spark, so no value goes through pandas' own datetime or integer types.
_WIRE_DDL = (
    "id string, segment int, url string, role string, title string, text string,"
    " source string, authors array<string>, published_us bigint, published_text string,"
    " language string, error_type string, error_message string"
)
_WIRE: tuple[str, ...] = tuple(part.split()[0] for part in _WIRE_DDL.split(","))

# the id column's types whose string form casts back exactly
_ID_TYPES = ("string", "tinyint", "smallint", "int", "bigint", "boolean", "date")

#: output rows per pandas frame handed back to Spark at most (bounds worker memory)
_FRAME_ROWS = 256


def _require(name: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise ImportError(f"{INSTALL_HINT} ({name} is missing: {exc})") from exc


def article_schema(id_type: DataType | None = None) -> StructType:
    """The schema of ``clean_dataframe``'s rows (and of ``clean_partition``'s dicts).

    ``id_type`` is the type of the input's id column (``LongType`` when
    none is given, the type of ``monotonically_increasing_id``).
    """
    types = _require("pyspark.sql.types")
    error = types.StructType(
        [
            types.StructField("type", types.StringType()),
            types.StructField("message", types.StringType()),
        ]
    )
    fields = [
        ("id", id_type if id_type is not None else types.LongType()),
        ("segment", types.IntegerType()),
        ("url", types.StringType()),
        ("role", types.StringType()),
        ("title", types.StringType()),
        ("text", types.StringType()),
        ("source", types.StringType()),
        ("authors", types.ArrayType(types.StringType())),
        ("published", types.TimestampType()),
        ("published_text", types.StringType()),
        ("language", types.StringType()),
        ("error", error),
    ]
    schema: StructType = types.StructType([types.StructField(n, k) for n, k in fields])
    return schema


# --------------------------------------------------------------------------- one record


def _record_rows(
    record: Mapping[str, Any], reference_time: datetime | None, options: Options | None
) -> list[dict[str, Any]]:
    """``records``' rows of one record, each with the page's language.

    The adapter is here only because ``records`` exposes no public "rows of
    one record" that keeps a null id null and carries ``Page.language``.
    """
    try:
        cleaned = clean_record(record, reference_time=reference_time, options=options)
    except Exception as exc:  # the record's failure becomes its row, never the job's
        return [error_row(record.get("id"), exc)]
    rows = article_rows(cleaned)
    for row in rows:
        if "error" not in row:
            row["language"] = cleaned.page.language
    return rows


def _published(row: Mapping[str, Any]) -> tuple[datetime | None, str | None]:
    stamp = row.get("published") or {}
    value, text = stamp.get("value"), stamp.get("text")
    if not value:
        return None, text
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC), text


def _output_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """A ``records`` row in the shape of ``article_schema``."""
    published, published_text = _published(row)
    return {
        "id": row.get("id"),
        "segment": row.get("segment"),
        "url": row.get("url"),
        "role": row.get("role"),
        "title": row.get("title"),
        "text": row.get("text"),
        "source": row.get("source"),
        "authors": list(row.get("authors") or ()),
        "published": published,
        "published_text": published_text,
        "language": row.get("language"),
        "error": dict(row["error"]) if row.get("error") else None,
    }


def _as_record(row: Any) -> Any:
    """A pyspark ``Row`` as a dict; anything else as it is."""
    as_dict = getattr(row, "asDict", None)
    if not callable(as_dict):
        return row
    record = as_dict()
    when = record.get("fetched_at")
    if isinstance(when, datetime) and when.tzinfo is None:
        # PySpark hands a timestamp column out as a naive datetime in local time
        record["fetched_at"] = when.astimezone(UTC)
    return record


def clean_partition(
    rows: Iterable[Any],
    *,
    reference_time: datetime | None = None,
    options: Options | None = None,
) -> Iterator[dict[str, Any]]:
    """Clean one partition of records: one dict per article, an error dict per bad row.

    For ``rdd.mapPartitions``. Each row is a record (a ``Row`` or a mapping)
    with the keys ``records.clean_record`` reads: ``id``, ``url``, one of
    ``text``/``html``/``page``, ``fetched_at`` and ``encoding``. The dicts
    have the keys and types of ``article_schema`` (``published`` an aware
    UTC datetime, ``error`` a dict or None), so::

        rdd.mapPartitions(clean_partition).toDF(article_schema(StringType()))

    gives ``clean_dataframe``'s rows. Options go in with ``functools.partial``.
    A ``Row``'s naive ``fetched_at`` is read as local time, the way PySpark
    hands out timestamp columns; in a plain mapping a naive time is UTC.

        >>> [r["error"]["type"] for r in clean_partition([{"id": 1}, 42])]
        ['InputError', 'InputError']
    """
    for row in rows:
        record = _as_record(row)
        if not isinstance(record, Mapping):
            yield _output_row(
                error_row(None, "InputError", f"a row must be a mapping, not {type(row).__name__}")
            )
            continue
        for out in _record_rows(record, reference_time, options):
            yield _output_row(out)


# --------------------------------------------------------------------------- DataFrames


def _missing(value: Any) -> bool:
    """A null as pandas hands it over: None, NaN, ``pd.NA`` or ``NaT``."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    return type(value).__name__ in ("NAType", "NaTType")


def _wire_row(row: Mapping[str, Any]) -> tuple[Any, ...]:
    out = _output_row(row)
    published: datetime | None = out["published"]
    error = out["error"]
    return (
        None if out["id"] is None else str(out["id"]),
        out["segment"],
        out["url"],
        out["role"],
        out["title"],
        out["text"],
        out["source"],
        out["authors"],
        None if published is None else (published - _EPOCH) // _MICROSECOND,
        out["published_text"],
        out["language"],
        error["type"] if error else None,
        error["message"] if error else None,
    )


def _clean_frames(frames: Iterable[Any], *, options: Options | None) -> Iterator[Any]:
    """The ``mapInPandas`` function: frames of pages in, frames of wire rows out."""
    pd = importlib.import_module("pandas")
    buffer: list[tuple[Any, ...]] = []

    def flush() -> Any:
        columns = list(zip(*buffer, strict=True)) if buffer else [()] * len(_WIRE)
        frame = pd.DataFrame(
            {
                name: pd.Series(list(col), dtype=object)
                for name, col in zip(_WIRE, columns, strict=True)
            }
        )
        buffer.clear()
        return frame

    for frame in frames:
        names = list(frame.columns)
        columns = [frame[name].tolist() for name in names]
        for values in zip(*columns, strict=True):
            record = {k: v for k, v in zip(names, values, strict=True) if not _missing(v)}
            micros = record.pop("fetched_us", None)
            if micros is not None:
                record["fetched_at"] = _EPOCH + timedelta(microseconds=int(micros))
            buffer.extend(_wire_row(row) for row in _record_rows(record, None, options))
            if len(buffer) >= _FRAME_ROWS:
                yield flush()
    if buffer:
        yield flush()


def clean_dataframe(
    df: DataFrame,
    *,
    text_col: str | None = None,
    html_col: str | None = None,
    url_col: str | None = None,
    id_col: str | None = None,
    reference_time_col: str | None = None,
    encoding_col: str | None = None,
    options: Options | None = None,
) -> DataFrame:
    """Clean a DataFrame of pages into a DataFrame of articles (``article_schema``).

    Name the page column: ``text_col`` (string: flattened text) or
    ``html_col`` (string or binary: HTML), or both when each row fills one of
    them (a row with both, or neither, is an error row). The optional
    columns: ``url_col`` (string), ``id_col`` (string, integer, boolean or
    date; the output ``id`` keeps its type), ``reference_time_col`` (the
    time relative dates such as "2 hours ago" resolve against, usually the
    fetch time: a timestamp, a date or an ISO string) and ``encoding_col``
    (the charset hint for binary HTML, an HTTP header's, say).

    The result is lazy, like any DataFrame: nothing runs until an action
    (``write``, ``count``, ``collect``). Raises ``ImportError`` without the
    ``[spark]`` extra, ``ValueError`` for a missing column and ``TypeError``
    for a column of the wrong type; bad *values* never raise, they give
    error rows.
    """
    functions = _require("pyspark.sql.functions")
    types = _require("pyspark.sql.types")
    for module in ("pandas", "pyarrow"):
        _require(module)
    if text_col is None and html_col is None:
        raise ValueError("name the page column: text_col=... or html_col=...")
    given = {
        "text": text_col,
        "html": html_col,
        "url": url_col,
        "id": id_col,
        "fetched_at": reference_time_col,
        "encoding": encoding_col,
    }
    kinds = _column_types(df, given)
    wire = df.select(*_input_columns(functions, given, kinds)).mapInPandas(
        functools.partial(_clean_frames, options=options), schema=_WIRE_DDL
    )
    id_type = kinds[id_col] if id_col else types.LongType()
    return _article_columns(functions, wire, id_type)


def _type_name(kinds: Mapping[str, DataType], col: str) -> str:
    return str(kinds[col].simpleString())


def _column_types(df: DataFrame, given: Mapping[str, str | None]) -> dict[str, DataType]:
    """The types of ``df``'s columns by name, once the named columns (``given``,
    by records' keys) are checked: ``ValueError`` for a missing one,
    ``TypeError`` for one of a type its key does not take."""
    kinds = {field.name: field.dataType for field in df.schema.fields}
    missing = [col for col in given.values() if col is not None and col not in kinds]
    if missing:
        raise ValueError(f"no such column: {', '.join(missing)} (the columns: {', '.join(kinds)})")
    allowed = {
        "text": ("string",),
        "html": ("string", "binary"),
        "url": ("string",),
        "encoding": ("string",),
        "id": _ID_TYPES,
    }
    for key, accepted in allowed.items():
        name = given[key]
        if name is None or _type_name(kinds, name) in accepted:
            continue
        if key == "id" and _type_name(kinds, name).startswith("decimal"):
            continue
        raise TypeError(
            f"column {name!r} ({key}) is {_type_name(kinds, name)};"
            f" expected {' or '.join(accepted)}"
        )
    return kinds


def _input_columns(
    functions: ModuleType, given: Mapping[str, str | None], kinds: Mapping[str, DataType]
) -> list[Any]:
    """The columns ``_clean_frames`` reads, under records' names: the id as a string,
    the page, url and encoding as they are, the reference time as epoch
    microseconds (``fetched_us``, an instant) or ISO text (``fetched_at``)."""
    col = functions.col
    id_col, reference_time_col = given["id"], given["fetched_at"]
    row_id = col(id_col) if id_col else functions.monotonically_increasing_id()
    select = [row_id.cast("string").alias("id")]
    for key in ("text", "html", "url", "encoding"):  # as they are, under records' names
        name = given[key]
        if name is not None:
            select.append(col(name).alias(key))
    if reference_time_col is not None:
        time_kind = _type_name(kinds, reference_time_col)
        if time_kind == "timestamp":  # an instant: carried as epoch microseconds, exactly
            select.append(functions.unix_micros(col(reference_time_col)).alias("fetched_us"))
        elif time_kind in ("timestamp_ntz", "date", "string"):  # ISO text, naive read as UTC
            select.append(col(reference_time_col).cast("string").alias("fetched_at"))
        else:
            raise TypeError(
                f"column {reference_time_col!r} (reference time) is {time_kind};"
                " expected timestamp, timestamp_ntz, date or an ISO string"
            )
    return select


def _article_columns(functions: ModuleType, wire: DataFrame, id_type: DataType) -> DataFrame:
    """``article_schema``'s columns from the wire rows: the id back in its type,
    ``published`` a timestamp, ``error`` a struct (null on success)."""
    col = functions.col
    error = functions.struct(col("error_type").alias("type"), col("error_message").alias("message"))
    result: DataFrame = wire.select(
        col("id").cast(id_type).alias("id"),
        *[col(name) for name in ("segment", "url", "role", "title", "text", "source", "authors")],
        functions.timestamp_micros(col("published_us")).alias("published"),
        col("published_text"),
        col("language"),
        functions.when(col("error_type").isNotNull(), error).alias("error"),
    )
    return result
