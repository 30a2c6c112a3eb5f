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
- the article's columns, ``records.ARTICLE_KEYS`` (the keys of every
  ``records`` row, from that one definition): ``role`` (``main`` or
  ``related``), ``title``, ``summary``, ``text``; ``paragraphs``,
  ``sentences`` and ``authors``: arrays of strings, never null (empty
  when there are none); ``source``;
  ``published``: timestamp, the instant the page printed (UTC; null when
  no date, or a relative one without a reference time);
  ``published_text``: the date as printed ("2 hours ago"); ``credit``;
  ``chapters``: an array of structs ``time``, ``title``, never null;
  ``confidence``: a double in [0, 1];
  ``links``: an array of structs ``text``, ``href``, ``start``, ``end``
  (offsets into ``text``) and ``images``: an array of structs ``src``,
  ``alt``, ``caption``, filled for the main story of an HTML page when
  ``Options.links`` / ``Options.images`` are on, null otherwise (the
  schema is the same whatever the options);
- the page's columns, ``records.PAGE_KEYS``: ``kind``, ``language`` (the
  page's language code), ``declared_language``, ``site_name``,
  ``canonical_url``, ``description`` (strings) and ``modified``
  (timestamp, UTC);
- ``edits``: with ``explain=True`` the article's run-together repairs, an
  array of structs ``start``, ``end`` (offsets into the page's normalised
  text), ``replacement``, ``rule``; null without it;
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
import json
import math
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime, timedelta
from types import ModuleType
from typing import TYPE_CHECKING, Any

from newsclean.core.options import Options
from newsclean.shell.records import FLAT_KEYS, article_rows, clean_record, error_row

if TYPE_CHECKING:
    from pyspark.sql import DataFrame
    from pyspark.sql.types import DataType, StructType

__all__ = ["COLUMNS", "INSTALL_HINT", "article_schema", "clean_dataframe", "clean_partition"]

#: what the ``ImportError`` raised without the extra tells the user to run
INSTALL_HINT = "newsclean.spark needs the [spark] extra: pip install 'newsclean[spark]'"

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)

#: the output columns, in order: ``records.FLAT_KEYS`` (the keys of every ``records``
#: row, from that one definition, so a key added there is a column here), then the
#: repairs and the error
COLUMNS: tuple[str, ...] = (*FLAT_KEYS, "edits", "error")

# Each column's kind, which gives its Spark type, its wire column and its value
# (``_wire``, ``article_schema``, ``_output_row``); a column not named is a string.
_KINDS = {
    "id": "id",
    "segment": "int",
    "paragraphs": "strings",
    "sentences": "strings",
    "authors": "strings",
    "published": "time",
    "modified": "time",
    "confidence": "double",
    "chapters": "structs",
    "edits": "structs",
    "links": "structs",
    "images": "structs",
    "error": "error",
}
# The fields of each array of structs, named as ``records`` rows name them
# (``Edit.to_dict``, ``Link.to_dict``, ``Image.to_dict``; a chapter is a pair there,
# a struct here). Explicit, so the schema never depends on what a page holds.
_STRUCT_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "chapters": (("time", "string"), ("title", "string")),
    "edits": (("start", "int"), ("end", "int"), ("replacement", "string"), ("rule", "string")),
    "links": (("text", "string"), ("href", "string"), ("start", "int"), ("end", "int")),
    "images": (("src", "string"), ("alt", "string"), ("caption", "string")),
}
# the arrays of structs that are never null, empty when there is nothing (like
# ``authors``); the others are null when not asked for (``explain``,
# ``Options.links``, ``Options.images``) or not read (text input, a related card)
_NEVER_NULL = frozenset(("chapters",))
# What travels between the Python workers and the JVM: flat, Arrow-friendly
# columns only (the id as a string, times as epoch microseconds, the arrays of
# structs as JSON, the error as two strings). ``clean_dataframe`` turns them into
# the typed columns above inside Spark, so no value goes through pandas' own
# datetime or integer types.
_WIRE_TYPES = {
    "id": ("{} string",),
    "int": ("{} int",),
    "double": ("{} double",),
    "string": ("{} string",),
    "strings": ("{} array<string>",),
    "time": ("{}_us bigint",),
    "structs": ("{}_json string",),
    "error": ("{}_type string", "{}_message string"),
}


def _kind(name: str) -> str:
    return _KINDS.get(name, "string")


_WIRE_DDL = ", ".join(
    spec.format(name) for name in COLUMNS for spec in _WIRE_TYPES[_kind(name)]
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
    by_kind: dict[str, DataType] = {
        "id": id_type if id_type is not None else types.LongType(),
        "int": types.IntegerType(),
        "double": types.DoubleType(),
        "string": types.StringType(),
        "strings": types.ArrayType(types.StringType()),
        "time": types.TimestampType(),
        "error": error,
    }
    schema: StructType = types.StructType(
        [
            types.StructField(
                name,
                _structs_type(types, name) if _kind(name) == "structs" else by_kind[_kind(name)],
            )
            for name in COLUMNS
        ]
    )
    return schema


def _structs_type(types: ModuleType, name: str) -> DataType:
    """Column ``name``'s ``array<struct<...>>`` (its fields in ``_STRUCT_FIELDS``)."""
    simple = {"int": types.IntegerType(), "string": types.StringType()}
    fields = [types.StructField(field, simple[kind]) for field, kind in _STRUCT_FIELDS[name]]
    array: DataType = types.ArrayType(types.StructType(fields))
    return array


# --------------------------------------------------------------------------- one record


def _record_rows(
    record: Mapping[str, Any],
    reference_time: datetime | None,
    options: Options | None,
    explain: bool = False,
) -> list[dict[str, Any]]:
    """``records``' rows of one record (``article_rows``: the keys of ``ROW_KEYS``;
    with ``explain`` its ``edits`` too), an error row if it fails.

    The adapter is here only because ``records`` exposes no public "rows of
    one record" that keeps a null id null.
    """
    try:
        cleaned = clean_record(record, reference_time=reference_time, options=options)
    except Exception as exc:  # the record's failure becomes its row, never the job's
        return [error_row(record.get("id"), exc)]
    return article_rows(cleaned, explain=explain)


def _instant(stamp: Mapping[str, Any] | None) -> datetime | None:
    """A ``Timestamp.to_dict``'s value as an aware UTC datetime (None without one)."""
    value = (stamp or {}).get("value")
    if not value:
        return None
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _output_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """A ``records`` row in the shape of ``article_schema``."""
    out: dict[str, Any] = {}
    for name in COLUMNS:
        kind = _kind(name)
        if kind == "time":
            out[name] = _instant(row.get(name))
        elif kind == "strings":
            out[name] = list(row.get(name) or ())
        elif kind == "structs":
            out[name] = _structs(name, row.get(name))
        elif kind == "error":
            value = row.get(name)
            out[name] = None if value is None else dict(value)
        elif name == "published_text":
            out[name] = (row.get("published") or {}).get("text")
        else:
            out[name] = row.get(name)
    return out


def _structs(name: str, items: Iterable[Any] | None) -> list[dict[str, Any]] | None:
    """A ``records`` row's list (of dicts, or of pairs for ``chapters``) as fresh dicts
    of the column's struct fields; None stays None unless the column is never null.

        >>> _structs("chapters", [["0:00", "Intro"]])
        [{'time': '0:00', 'title': 'Intro'}]
        >>> _structs("links", None), _structs("chapters", None)
        (None, [])
    """
    if items is None:
        return [] if name in _NEVER_NULL else None
    fields = [field for field, _ in _STRUCT_FIELDS[name]]
    return [
        {f: item.get(f) for f in fields}
        if isinstance(item, Mapping)
        else dict(zip(fields, item, strict=True))
        for item in items
    ]


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
    explain: bool = False,
) -> Iterator[dict[str, Any]]:
    """Clean one partition of records: one dict per article, an error dict per bad row.

    ``explain`` fills ``edits`` (the run-together repairs); without it they are None.

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
        for out in _record_rows(record, reference_time, options, explain):
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
    values: list[Any] = []
    for name in COLUMNS:
        value, kind = out[name], _kind(name)
        if kind == "id":
            values.append(None if value is None else str(value))
        elif kind == "time":
            values.append(None if value is None else (value - _EPOCH) // _MICROSECOND)
        elif kind == "structs":
            values.append(None if value is None else json.dumps(value))
        elif kind == "error":
            values.extend((value["type"], value["message"]) if value else (None, None))
        else:
            values.append(value)
    return tuple(values)


def _clean_frames(
    frames: Iterable[Any], *, options: Options | None, explain: bool = False
) -> Iterator[Any]:
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
            rows = _record_rows(record, None, options, explain)
            buffer.extend(_wire_row(row) for row in rows)
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
    explain: bool = False,
) -> DataFrame:
    """Clean a DataFrame of pages into a DataFrame of articles (``article_schema``).

    Name the page column: ``text_col`` (string: flattened text) or
    ``html_col`` (string or binary: HTML), or both when each row fills one of
    them (a row with both, or neither, is an error row). The optional
    columns: ``url_col`` (string), ``id_col`` (string, integer, boolean or
    date; the output ``id`` keeps its type), ``reference_time_col`` (the
    time relative dates such as "2 hours ago" resolve against, usually the
    fetch time: a timestamp, a date or an ISO string) and ``encoding_col``
    (the charset hint for binary HTML, an HTTP header's, say). ``explain``
    fills the ``edits`` column (null without it).

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
        functools.partial(_clean_frames, options=options, explain=explain), schema=_WIRE_DDL
    )
    id_type = kinds[id_col] if id_col else types.LongType()
    return _article_columns(functions, types, wire, id_type)


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


def _article_columns(
    functions: ModuleType, types: ModuleType, wire: DataFrame, id_type: DataType
) -> DataFrame:
    """``article_schema``'s columns from the wire rows: the id back in its type,
    times as timestamps, the edits parsed, ``error`` a struct (null on success)."""
    col = functions.col
    columns: list[Any] = []
    for name in COLUMNS:
        kind = _kind(name)
        if kind == "id":
            columns.append(col(name).cast(id_type).alias(name))
        elif kind == "time":
            columns.append(functions.timestamp_micros(col(f"{name}_us")).alias(name))
        elif kind == "structs":
            parsed = functions.from_json(col(f"{name}_json"), _structs_type(types, name))
            columns.append(parsed.alias(name))
        elif kind == "error":
            error = functions.struct(
                col(f"{name}_type").alias("type"), col(f"{name}_message").alias("message")
            )
            columns.append(functions.when(col(f"{name}_type").isNotNull(), error).alias(name))
        else:
            columns.append(col(name))
    result: DataFrame = wire.select(*columns)
    return result
