"""The ``newsclean`` command: clean pages from files, folders, JSONL, WARC or stdin.

Every input record gives output: one row per article, or an error row
``{"id", "error": {"type", "message"}}`` when the record is bad; the run
goes on, and the exit status is 1 when any record failed, else 0.

Inputs:

- a page file (flattened text or HTML, detected); its id is its path;
- a JSONL file (``.jsonl``/``.ndjson``, ``.gz`` too): one record a line,
  ``{"id", "url", "text"|"html", "fetched_at"}``;
- a WARC file (``.warc``/``.warc.gz``, needs the ``[warc]`` extra): the
  2xx HTML and text *response* records, with the HTTP charset as the
  encoding hint and the ``WARC-Date`` as the reference time;
- a folder: every non-hidden file under it, in sorted order;
- ``-`` or nothing: standard input, sniffed as WARC, JSONL or one page.

``--jobs N`` cleans in N worker processes, in chunks, output in input
order. ``--timeout S`` bounds each record: a worker over the limit is
interrupted (or killed, if it does not answer) and the record gets an
error row.

Outputs: stdout in one format (``txt``, ``md`` with YAML front matter,
``json``, ``jsonl``, ``csv``, ``html``), or with ``-o DIR`` one file per
record. ``--deduplicate`` drops paragraphs that repeat an earlier one of
the run; ``--target-language`` passes over pages in other languages, each
with a row that says so.

>>> args = _parser().parse_args(["--format", "jsonl", "--jobs", "2"])
>>> args.inputs, args.format, args.jobs
(['-'], 'jsonl', 2)
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import csv
import dataclasses
import gzip
import importlib
import io
import json
import logging
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import time
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import FrameType
from typing import IO, Any, TextIO, cast

import regex

from newsclean.core.errors import InputError
from newsclean.core.lexicon import languages
from newsclean.core.options import Options
from newsclean.core.types import Article, Page
from newsclean.core.version import __version__
from newsclean.shell.explain import error_html, note_html, page_html, report_head, report_tail
from newsclean.shell.records import (
    BATCH_COLUMNS,
    PAGE_KEYS,
    Record,
    article_rows,
    clean_record,
    drop_repeated,
    error_row,
    flat_row,
    language_code,
    off_target,
    page_error,
    page_keys,
    parse_time,
    removal_dict,
    skip_row,
)

__all__ = ["main"]

log = logging.getLogger("newsclean")

FORMATS = ("txt", "md", "json", "jsonl", "csv", "html")
#: the columns of ``--format csv``, in order; ``--explain`` adds ``EXPLAIN_COLUMNS``
CSV_COLUMNS: tuple[str, ...] = (*BATCH_COLUMNS, "duplicates", "skipped")
EXPLAIN_COLUMNS: tuple[str, ...] = ("removed", "edits", "page_removed")
_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
_WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
# What a folder walk reads: pages, JSONL and WARC files, and files without a
# suffix (scrapers often save pages so). Other files in a folder (a README,
# images, gold JSON beside the pages) are passed over; name a file to read it.
_PAGE_SUFFIXES = (".txt", ".text", ".htm", ".html", ".xhtml", ".shtml")
_FOLDER_SUFFIXES = _PAGE_SUFFIXES + _JSONL_SUFFIXES + _WARC_SUFFIXES
_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")

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


class _RecordTimeout(BaseException):
    """Raised inside a worker when a record runs past ``--timeout``.

    A ``BaseException``, so no ``except Exception`` inside the pipeline
    swallows it.
    """


# --------------------------------------------------------------------------- arguments


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsclean",
        description="Turn scraped news pages (flattened text or HTML) into clean articles.",
        epilog="Exit status: 0 when every record was cleaned, 1 when any failed, "
        "2 for bad arguments.",
    )
    p.add_argument(
        "inputs",
        nargs="*",
        default=["-"],
        metavar="INPUT",
        help="page, JSONL or WARC files, or folders; '-' or nothing reads stdin",
    )
    p.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default="txt",
        help="output format (default: txt); md has YAML front matter, csv one row per article",
    )
    p.add_argument(
        "-o",
        "--output-dir",
        metavar="DIR",
        help="write one file per record into DIR (created), named from the input file "
        "or the record id; never overwrites a file unless --overwrite",
    )
    p.add_argument(
        "--overwrite",
        action="store_true",
        help="with -o: replace files left in DIR by an earlier run",
    )
    p.add_argument(
        "--input-format",
        choices=("auto", "page", "jsonl", "warc"),
        default="auto",
        help="how to read the inputs (default: by file name; stdin is sniffed)",
    )
    p.add_argument(
        "--reference-time",
        metavar="ISO",
        help="time relative dates resolve against, for records without fetched_at",
    )
    p.add_argument(
        "--language", metavar="LANG", choices=languages(), help="page language: %(choices)s"
    )
    p.add_argument(
        "--time-zone",
        metavar="ZONE",
        help="IANA zone (Europe/Berlin, UTC) of times a page prints without one "
        "(default: from the site's country domain or the page's language, else UTC)",
    )
    p.add_argument(
        "--links",
        action="store_true",
        help="HTML: keep the links inside each main story's text (text, href, offsets)",
    )
    p.add_argument(
        "--images",
        action="store_true",
        help="HTML: keep each main story's images (src, alt, caption)",
    )
    p.add_argument(
        "--target-language",
        metavar="LANG",
        help="keep only pages in LANG (the language an HTML page declares, else --language, "
        "default en); others get a 'skipped' row",
    )
    p.add_argument(
        "--deduplicate",
        action="store_true",
        help="drop each paragraph that repeats an earlier one of the run "
        "(same text up to case and spacing)",
    )
    p.add_argument(
        "--explain", action="store_true", help="add what was removed, with the rule of each"
    )
    p.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (0: one per core)"
    )
    p.add_argument(
        "--chunk-size", type=int, default=4, metavar="K", help="records sent to a worker at once"
    )
    p.add_argument("--timeout", type=float, metavar="SECONDS", help="time limit for one record")
    p.add_argument("--progress", action="store_true", help="show progress on stderr")
    p.add_argument("-v", "--verbose", action="count", default=0, help="log to stderr (-vv: debug)")
    p.add_argument("--version", action="version", version=f"newsclean {__version__}")
    return p


# --------------------------------------------------------------------------- reading


def _read_inputs(names: Sequence[str], input_format: str) -> Iterator[Task]:
    for name in names:
        if name == "-":
            yield from _read_stdin(input_format)
            continue
        path = Path(name)
        try:
            if path.is_dir():
                found = sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file() and not any(part.startswith(".") for part in p.parts)
                )
                files = [p for p in found if _in_folder_walk(p)]
                log.info(
                    "%s: %d files (%d others passed over)",
                    name,
                    len(files),
                    len(found) - len(files),
                )
                for file in files:
                    yield from _read_file(file, str(file), input_format)
            else:
                yield from _read_file(path, name, input_format)
        except OSError as exc:
            yield _failed(name, type(exc).__name__, f"{name}: {exc.strerror or exc}")


def _in_folder_walk(path: Path) -> bool:
    name = path.name.lower()
    return "." not in name or name.endswith(_FOLDER_SUFFIXES)


def _kind(name: str, input_format: str) -> str:
    if input_format != "auto":
        return input_format
    lower = name.lower()
    if lower.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(_WARC_SUFFIXES):
        return "warc"
    return "page"


def _read_file(path: Path, name: str, input_format: str) -> Iterator[Task]:
    kind = _kind(name, input_format)
    log.info("reading %s as %s", name, kind)
    if kind == "page":
        yield {"id": name, "_path": str(path)}  # read where it is cleaned (in the worker)
    elif kind == "jsonl":
        with gzip.open(path) if name.lower().endswith(".gz") else path.open("rb") as stream:
            yield from _read_jsonl(cast("IO[bytes]", stream), name)
    else:
        with path.open("rb") as stream:
            yield from _read_warc(stream, name)


def _read_stdin(input_format: str) -> Iterator[Task]:
    stream = sys.stdin.buffer
    kind = input_format
    if kind == "auto":
        head = stream.peek(64)[:64] if isinstance(stream, io.BufferedReader) else b""
        kind = _sniff(head)
        if not head and not isinstance(stream, io.BufferedReader):
            data = stream.read()
            kind = _sniff(data[:64])
            stream = io.BufferedReader(io.BytesIO(data))
    log.info("reading standard input as %s", kind)
    if kind == "jsonl":
        yield from _read_jsonl(stream, "-")
    elif kind == "warc":
        yield from _read_warc(stream, "-")
    else:
        yield {"id": "-", "page": stream.read()}


def _sniff(head: bytes) -> str:
    """What a stream holds, from its first bytes.

    >>> _sniff(b'{"id": 1}'), _sniff(b"WARC/1.1"), _sniff(b"\\x1f\\x8b\\x08"), _sniff(b"<html>")
    ('jsonl', 'warc', 'warc', 'page')
    """
    if head.startswith((b"\x1f\x8b", b"WARC/")):
        return "warc"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return "jsonl"
    return "page"


def _read_jsonl(stream: IO[bytes], name: str) -> Iterator[Task]:
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except ValueError as exc:  # JSONDecodeError and undecodable bytes
            yield _failed(where, "InputError", _json_error(exc, number))
            continue
        if not isinstance(record, dict):
            kind = type(record).__name__
            yield _failed(where, "InputError", f"a record must be a JSON object, not {kind}")
            continue
        record.setdefault("id", where)
        yield record


def _json_error(exc: ValueError, line: int) -> str:
    """A malformed JSON line's message, with the line of the file and the column.

    >>> try:
    ...     json.loads('{"id": 1, "text": }')
    ... except ValueError as exc:
    ...     print(_json_error(exc, 7))
    malformed JSON line: Expecting value (line 7, column 19)
    >>> print(_json_error(UnicodeDecodeError("utf-8", b"ab\\xff", 2, 3, "invalid"), 3))
    malformed JSON line: not UTF-8, byte 0xff (line 3, column 3)

    The column counts characters in a JSON error, bytes in an encoding error.
    """
    if isinstance(exc, json.JSONDecodeError):
        return f"malformed JSON line: {exc.msg} (line {line}, column {exc.colno})"
    if isinstance(exc, UnicodeDecodeError):
        byte = bytes(exc.object[exc.start : exc.start + 1]).hex()
        where = f"line {line}, column {exc.start + 1}"
        return f"malformed JSON line: not UTF-8, byte 0x{byte} ({where})"
    return f"malformed JSON line: {exc} (line {line})"


def _read_warc(stream: IO[bytes], name: str) -> Iterator[Task]:
    try:
        archive = importlib.import_module("warcio.archiveiterator")
    except ImportError:
        yield _failed(
            name, "MissingDependency", "reading WARC needs the extra: pip install 'newsclean[warc]'"
        )
        return
    pages = 0
    try:
        for record in archive.ArchiveIterator(stream):
            task = _warc_task(record, name)
            if task is not None:
                pages += 1
                yield task
    except Exception as exc:  # a truncated or corrupt archive: report it, go on
        yield _failed(name, type(exc).__name__, f"unreadable WARC: {exc}")
        return
    if not pages:
        yield _failed(name, "InputError", "no HTML or text response record in the archive")


def _warc_task(record: Any, name: str) -> Task | None:
    if record.rec_type != "response":
        return None
    headers = record.rec_headers
    record_id = headers.get_header("WARC-Record-ID") or name
    url = headers.get_header("WARC-Target-URI")
    http = record.http_headers
    status = http.get_statuscode() if http is not None else "200"
    ctype = (http.get_header("Content-Type") if http is not None else None) or "text/html"
    mime, _, params = ctype.partition(";")
    if not str(status).startswith("2") or mime.strip().lower() not in _TEXT_TYPES:
        log.debug("skipping %s (%s, %s)", url, status, mime.strip())
        return None
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    payload = record.content_stream().read()
    task: Task = {"id": record_id, "url": url, "fetched_at": headers.get_header("WARC-Date")}
    if mime.strip().lower() == "text/plain":
        task["text"] = _decode(payload, charset)
    else:
        task["html"] = payload
        task["encoding"] = charset
    return task


def _decode(data: bytes, charset: str | None) -> str:
    try:
        return data.decode(charset or "utf-8")
    except (LookupError, UnicodeDecodeError):
        return data.decode("utf-8", errors="replace")


def _failed(record_id: str, kind: str, message: str) -> Task:
    return {"id": record_id, "_error": (kind, message)}


# --------------------------------------------------------------------------- one record


def process(task: Task, settings: Settings) -> Outcome:
    """Clean one record and render it in the output format; never raises for bad input."""
    record_id, name = task.get("id"), _stem(task)
    try:
        if "_error" in task:
            kind, message = task["_error"]
            return _failure(record_id, kind, message, settings, name)
        if "_path" in task:
            task = {"id": record_id, "page": Path(task["_path"]).read_bytes()}
        cleaned = clean_record(
            task, reference_time=settings.reference_time, options=settings.options
        )
        problem = page_error(cleaned.page)
        if problem is not None:
            return _failure(record_id, *problem, settings, name)
        if settings.target_language is not None:
            reason = off_target(cleaned.page, settings.target_language)
            if reason is not None:
                log.info("%s: skipped: %s", record_id, reason)
                return Outcome(_skipped(cleaned, reason, settings), id=record_id, name=name)
        if settings.deduplicate:  # rendered in the parent, after the repeats are dropped
            return Outcome("", id=record_id, name=name, cleaned=cleaned)
        return Outcome(_render(cleaned, settings), id=record_id, name=name)
    except _RecordTimeout:
        message = f"over the {settings.timeout:g} s limit"
        return _failure(record_id, "Timeout", message, settings, name)
    except Exception as exc:  # a record's failure is reported, never the run's
        log.debug("record %r failed", record_id, exc_info=True)
        return _failure(record_id, type(exc).__name__, str(exc), settings, name)


def _stem(task: Task) -> str:
    """The stem of a record's file name with ``-o DIR``: a page file's name, else the id."""
    if "_path" in task:
        return Path(task["_path"]).stem
    record_id = task.get("id")
    return "stdin" if record_id == "-" else str(record_id)


def _failure(
    record_id: Any, kind: str, message: str, settings: Settings, name: str = "record"
) -> Outcome:
    log.info("%s: %s: %s", record_id, kind, message)
    fmt = settings.format
    err = f"newsclean: {record_id}: {kind}: {message}"
    if fmt in ("jsonl", "json"):
        indent = 2 if fmt == "json" else None
        text = json.dumps(error_row(record_id, kind, message), ensure_ascii=False, indent=indent)
        text += "\n" if fmt == "jsonl" else ""
        return Outcome(text, err, True, record_id, name)
    if fmt == "csv":
        text = _csv_line(error_row(record_id, kind, message), settings)
        return Outcome(text, err, True, record_id, name)
    if fmt == "html":
        return Outcome(error_html(record_id, kind, message), err, True, record_id, name)
    if fmt == "md":
        head = {"id": record_id, "error_type": kind, "error": message}
        return Outcome(_front_matter(head) + "\n", err, True, record_id, name)
    text = f"error: {kind}: {message}\n\n"
    return Outcome(text, err, True, record_id, name)


def _skipped(cleaned: Record, reason: str, settings: Settings) -> str:
    """A record passed over by ``--target-language``, in the output format."""
    fmt = settings.format
    row = skip_row(cleaned.id, cleaned.url, reason)
    if fmt == "jsonl":
        return json.dumps(row, ensure_ascii=False) + "\n"
    if fmt == "json":
        return json.dumps(row, ensure_ascii=False, indent=2)
    if fmt == "csv":
        return _csv_line(row, settings)
    if fmt == "html":
        return note_html(cleaned.id, reason)
    if fmt == "md":
        return _front_matter({"id": cleaned.id, "url": cleaned.url, "skipped": reason}) + "\n"
    return f"skipped: {reason}\n\n"


def _render(cleaned: Record, settings: Settings) -> str:
    page, fmt = cleaned.page, settings.format
    if fmt == "jsonl":
        rows = article_rows(cleaned, explain=settings.explain)
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if fmt == "csv":
        rows = article_rows(cleaned, explain=settings.explain)
        return "".join(_csv_line(row, settings) for row in rows)
    if fmt == "json":
        data: dict[str, Any] = {"id": cleaned.id, "url": cleaned.url, **page.to_dict()}
        data["articles"] = article_rows(cleaned, explain=settings.explain)
        for row in data["articles"]:
            for key in ("id", "url", "page_removed", *PAGE_KEYS):
                row.pop(key, None)  # the page's own, said once above
        if settings.explain:
            data["removed"] = [removal_dict(r) for r in page.removed]
        else:
            del data["removed"]
        return json.dumps(data, ensure_ascii=False, indent=2)
    if fmt == "html":
        return page_html(page, heading=str(cleaned.id), show_removed=settings.explain)
    if fmt == "md":
        return _front_matter(_md_head(cleaned)) + "\n" + _markdown(page, settings.explain)
    return _text(page, settings.explain)


# --------------------------------------------------------------------------- csv


def csv_columns(explain: bool) -> tuple[str, ...]:
    """The columns of ``--format csv`` (with ``--explain``: the removals and edits too)."""
    return CSV_COLUMNS + EXPLAIN_COLUMNS if explain else CSV_COLUMNS


def _csv_line(row: dict[str, Any], settings: Settings) -> str:
    r"""A row as a CSV line: lists and objects JSON-encoded, None empty.

    >>> print(_csv_line(error_row("a,b", "NoArticle", 'a "story" no'), Settings("csv")), end="")
    "a,b",,,,,,,,,,,,,,,,,,,,,,,,,NoArticle,"a ""story"" no",,
    """
    flat = flat_row(row)
    values = []
    for name in csv_columns(settings.explain):
        value = flat.get(name)
        if isinstance(value, list | dict):
            value = json.dumps(value, ensure_ascii=False)
        values.append("" if value is None else value)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(values)
    return out.getvalue()


def _csv_header(explain: bool) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(csv_columns(explain))
    return out.getvalue()


# --------------------------------------------------------------------------- txt and md


def _txt_head(record_id: Any) -> str:
    r"""The line that opens each record in ``txt`` when the output holds several.

    >>> _txt_head("in.jsonl:3")
    '=== in.jsonl:3 ===\n'
    """
    return f"=== {record_id} ===\n"


def _md_head(cleaned: Record) -> dict[str, Any]:
    """The front matter of a record in ``md``: the record, its main story, the page."""
    page = cleaned.page
    main = page.main or page.articles[0]
    head: dict[str, Any] = {
        "id": cleaned.id,
        "url": cleaned.url,
        "title": main.title,
        "source": main.source,
        "authors": list(main.authors),
        "published": _when(main.published.to_dict() if main.published else None),
        "confidence": main.confidence,
    }
    # the main story's links and images as its row has them (left out when not read)
    fields = main.to_dict()
    head.update({k: fields.get(k) for k in ("links", "images")})
    meta = page_keys(page)
    head.update({k: meta[k] for k in PAGE_KEYS})
    head["modified"] = _when(meta["modified"])
    head["articles"] = len(page.articles)
    if cleaned.duplicates is not None:
        head["duplicates"] = sum(cleaned.duplicates)
    return head


def _when(stamp: dict[str, Any] | None) -> str | None:
    """A timestamp's ISO value, else the text the page printed."""
    if not stamp:
        return None
    return cast("str | None", stamp.get("value") or stamp.get("text"))


def _front_matter(head: dict[str, Any]) -> str:
    r"""YAML front matter: the keys with a value (``id`` always), each scalar quoted.

    >>> print(_front_matter({"id": 7, "title": 'Said: "no"', "authors": ["A"], "url": None}))
    ---
    id: 7
    title: "Said: \"no\""
    authors: ["A"]
    ---
    <BLANKLINE>
    """
    lines = ["---"]
    for key, value in head.items():
        if key != "id" and value in (None, "", []):
            continue
        lines.append(f"{key}: {_yaml(value)}")
    lines.append("---")
    return "\n".join(lines) + "\n"


def _yaml(value: Any) -> str:
    r"""A YAML value: numbers and booleans bare, strings double-quoted, lists and
    mappings in flow style.

    >>> print(_yaml("a: b\n#c"), _yaml(3), _yaml(None), _yaml(True), _yaml(["x"]))
    "a: b\n#c" 3 null true ["x"]
    >>> print(_yaml([{"src": "https://x.test/a.jpg", "alt": None}]))
    [{"src": "https://x.test/a.jpg", "alt": null}]
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_yaml(v) for v in value) + "]"
    if isinstance(value, dict):
        pairs = (f"{_yaml_string(str(k))}: {_yaml(v)}" for k, v in value.items())
        return "{" + ", ".join(pairs) + "}"
    return _yaml_string(str(value))


_YAML_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _yaml_string(text: str) -> str:
    r"""A YAML double-quoted scalar: quotes, backslashes and what YAML cannot print escaped.

    >>> print(_yaml_string('"C:\\x" \u2028 \x85 é'))
    "\"C:\\x\" \u2028 \u0085 é"
    """
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch in _YAML_ESCAPES:
            out.append(_YAML_ESCAPES[ch])
        elif 0xD800 <= code <= 0xDFFF:  # a lone surrogate: no UTF-8 for it
            out.append("\\ufffd")
        elif (
            code < 0x20
            or 0x7F <= code <= 0x9F
            or code in (0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF)
        ):
            out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _meta(article: Article) -> str:
    parts = (
        article.source,
        article.published.text if article.published else None,
        ", ".join(article.authors) or None,
    )
    return " · ".join(x for x in parts if x)


def _text(page: Page, show_removed: bool) -> str:
    out: list[str] = []
    for article in page.articles:
        head = [f"# {article.title or '(untitled)'}  [{article.role}]"]
        if meta := _meta(article):
            head.append(meta)
        if article.summary:
            head.append(f"Summary: {article.summary}")
        if show_removed:
            head.append(f"Confidence: {article.confidence:.2f}")
        tail = [f"Credit: {article.credit}"] if article.credit else []
        out.append("\n".join([*head, "", article.text, *tail, ""]) + "\n")
    if show_removed:
        out.append(f"--- page kind: {page.kind.value} ---\n")
        out.append("--- removed ---\n")
        for r in _all_removals(page):
            out.append(f"[{r.rule}] {r.text[:70]!r}\n")
    return "".join(out)


def _markdown(page: Page, show_removed: bool) -> str:
    out: list[str] = []
    for article in page.articles:
        out.append(f"## {_md_escape(article.title or '(untitled)')}\n\n")
        if meta := _meta(article):
            out.append(f"*{_md_escape(meta)}*\n\n")
        if show_removed:
            out.append(f"Confidence: {article.confidence:.2f}\n\n")
        if article.summary:
            out.append(f"> {_md_escape(article.summary)}\n\n")
        out.extend(f"{_md_escape(p)}\n\n" for p in article.paragraphs)
        if article.credit:
            out.append(f"*Credit: {_md_escape(article.credit)}*\n\n")
    if show_removed:
        out.append(f"Page kind: `{page.kind.value}`\n\n")
        out.append("### Removed\n\n")
        for r in _all_removals(page):
            text = _md_escape(" ".join(r.text.split())[:120])
            out.append(f"- ~~{text}~~ `{r.rule}`\n")
        out.append("\n")
    return "".join(out)


def _md_escape(text: str) -> str:
    r"""Text with Markdown's active characters escaped.

    >>> _md_escape("*not* bold # [x]")
    '\\*not\\* bold \\# \\[x\\]'
    """
    return "".join("\\" + c if c in "\\`*_[]#<>|~" else c for c in text)


def _all_removals(page: Page) -> list[Any]:
    removals = list(page.removed) + [r for a in page.articles for r in a.removed]
    return sorted(removals, key=lambda r: r.start)


# --------------------------------------------------------------------------- running


def _run_serial(tasks: Iterator[Task], settings: Settings) -> Iterator[Outcome]:
    for task in tasks:
        yield process(task, settings)


def _deduplicated(outcomes: Iterator[Outcome], settings: Settings) -> Iterator[Outcome]:
    """The outcomes in input order, the cleaned ones rendered without repeated paragraphs."""
    seen: set[str] = set()
    for outcome in outcomes:
        if outcome.cleaned is None:
            yield outcome
        else:
            out = _render(drop_repeated(outcome.cleaned, seen), settings)
            yield dataclasses.replace(outcome, out=out, cleaned=None)


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise _RecordTimeout


def _worker(conn: multiprocessing.connection.Connection, settings: Settings) -> None:
    """A worker process: receive chunks of (index, task), send back (index, outcome)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles ^C
    limit = settings.timeout or 0.0
    alarm = limit > 0 and hasattr(signal, "setitimer")
    if alarm:
        signal.signal(signal.SIGALRM, _on_alarm)
    while True:
        try:
            chunk = conn.recv()
        except EOFError:
            return
        if chunk is None:
            return
        for index, task in chunk:
            if alarm:
                signal.setitimer(signal.ITIMER_REAL, limit)
            try:
                outcome = process(task, settings)
            except _RecordTimeout:  # the alarm rang between records' code paths
                outcome = _failure(task.get("id"), "Timeout", "over the time limit", settings)
            finally:
                if alarm:
                    signal.setitimer(signal.ITIMER_REAL, 0)
            conn.send((index, outcome))


_WARM_PAGE = (
    "<html><head><title>Warm</title></head><body><nav><a href='/'>Home</a></nav><article>"
    "<h1>Warm</h1><p>By Jane Doe | Updated: June 7, 2025, 10:00 am. The pool loads its "
    "lexicons once, before the workers fork, so each worker starts warm.</p></article></body>"
)


def _warm(settings: Settings) -> None:
    """Load lexicons and compile patterns in the parent, so forked workers share them."""
    for key in ("html", "text"):
        with contextlib.suppress(Exception):
            clean_record({key: _WARM_PAGE}, options=settings.options)


class _Slot:
    """One worker process and the chunk it is working on."""

    def __init__(self, ctx: Any, settings: Settings) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(child, settings), daemon=True)
        self.proc.start()
        child.close()
        self.pending: collections.deque[tuple[int, Task]] = collections.deque()
        self.since = 0.0  # when the record now running started

    def send(self, chunk: list[tuple[int, Task]]) -> None:
        self.pending.extend(chunk)
        self.since = time.monotonic()
        self.conn.send(chunk)

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.proc.kill()
        else:
            with contextlib.suppress(OSError):
                self.conn.send(None)
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


_CRASHED = ("WorkerCrashed", "the worker process died on this record")


class _Pool:
    """Worker slots fed chunks of numbered tasks, and the outcomes back by number."""

    def __init__(
        self, tasks: Iterator[Task], settings: Settings, jobs: int, chunk_size: int
    ) -> None:
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self.ctx = multiprocessing.get_context(method)
        self.settings, self.chunk_size = settings, chunk_size
        timeout = settings.timeout
        # past the in-worker alarm and a grace period, the worker is killed
        self.hard = None if timeout is None else timeout + max(1.0, timeout / 2)
        if method == "fork":
            _warm(settings)
        self.slots = [_Slot(self.ctx, settings) for _ in range(jobs)]
        self.queue: collections.deque[tuple[int, Task]] = collections.deque()
        self.done: dict[int, Outcome] = {}
        self.source = enumerate(tasks)
        self.exhausted = False
        self.next_out = 0  # the input position of the next outcome to yield

    def feed(self) -> None:
        """Send a chunk to every idle worker while tasks remain."""
        queue = self.queue
        for i, slot in enumerate(self.slots):
            if slot.pending:
                continue
            self._top_up()
            if queue:
                chunk = [queue.popleft() for _ in range(min(self.chunk_size, len(queue)))]
                try:
                    slot.send(chunk)
                except OSError:  # the worker died between chunks
                    queue.extendleft(reversed(chunk))
                    self._replace(i)

    def _top_up(self) -> None:
        """Read tasks into the queue until it holds a chunk or the input ends."""
        while len(self.queue) < self.chunk_size and not self.exhausted:
            item = next(self.source, None)
            if item is None:
                self.exhausted = True
            else:
                self.queue.append(item)

    def busy(self) -> list[_Slot]:
        return [s for s in self.slots if s.pending]

    def wait(self, busy: list[_Slot]) -> list[Any]:
        """Wait for a busy worker's outcome or death, or its record's hard limit."""
        wait_for = None
        if self.hard is not None:
            wait_for = max(0.0, min(s.since for s in busy) + self.hard - time.monotonic())
        return multiprocessing.connection.wait(
            [s.conn for s in busy] + [s.proc.sentinel for s in busy], timeout=wait_for
        )

    def collect(self, ready: list[Any]) -> None:
        """Take the outcomes of the ready workers; fail the record of a worker that
        died or passed the hard limit, and replace the worker."""
        now = time.monotonic()
        for i, slot in enumerate(self.slots):
            if not slot.pending:
                continue
            lost = None
            if slot.conn in ready:
                lost = self._receive(slot, now)
            elif slot.proc.sentinel in ready:
                lost = _CRASHED
            elif self.hard is not None and now - slot.since >= self.hard:
                lost = "Timeout", f"over the {self.settings.timeout:g} s limit (worker killed)"
            if lost is not None and slot.pending:
                index, task = slot.pending.popleft()
                log.warning("%s: %s", task.get("id"), lost[1])
                self.done[index] = _failure(task.get("id"), lost[0], lost[1], self.settings)
                self.queue.extendleft(reversed(slot.pending))  # the chunk's rest: to another
                slot.pending.clear()
                self._replace(i)

    def _receive(self, slot: _Slot, now: float) -> tuple[str, str] | None:
        """Read a worker's finished outcomes; the error if the worker died."""
        try:
            while slot.conn.poll():
                index, outcome = slot.conn.recv()
                slot.pending.popleft()
                self.done[index] = outcome
                slot.since = now
                if not slot.pending:
                    break
        except (EOFError, OSError):
            return _CRASHED
        return None

    def _replace(self, i: int) -> None:
        self.slots[i].stop(kill=True)
        self.slots[i] = _Slot(self.ctx, self.settings)

    def in_order(self) -> Iterator[Outcome]:
        """The done outcomes that come next in input order."""
        while self.next_out in self.done:
            yield self.done.pop(self.next_out)
            self.next_out += 1

    def stop(self) -> None:
        for slot in self.slots:
            slot.stop(kill=bool(slot.pending))


def _run_pool(
    tasks: Iterator[Task], settings: Settings, jobs: int, chunk_size: int
) -> Iterator[Outcome]:
    """Clean in ``jobs`` worker processes; yield outcomes in input order.

    A worker that passes the time limit (plus a grace period for the
    in-worker alarm) or dies is replaced; its record gets an error row and
    the rest of its chunk goes to another worker.
    """
    pool = _Pool(tasks, settings, jobs, chunk_size)
    try:
        while True:
            pool.feed()
            busy = pool.busy()
            if not busy:
                break
            pool.collect(pool.wait(busy))
            yield from pool.in_order()
        yield from pool.in_order()
    finally:
        pool.stop()


def _envelope(fmt: str, explain: bool, title: str) -> tuple[str, str]:
    """What comes before and after the records of an output in ``fmt``."""
    if fmt == "json":
        return "[", "\n]\n"
    if fmt == "html":
        return report_head(title), report_tail()
    if fmt == "csv":
        return _csv_header(explain), ""
    return "", ""


class _Writer:
    """Writes outcomes to one stream in the chosen format (a JSON array, an HTML report, lines)."""

    def __init__(self, settings: Settings, out: TextIO, err: TextIO) -> None:
        self.fmt, self.out, self.err = settings.format, out, err
        self.head, self.tail = _envelope(settings.format, settings.explain, "newsclean report")
        self.count = 0
        # txt: the first record waits for a second, which decides if records get a heading
        self.first: Outcome | None = None

    def begin(self) -> None:
        self.out.write(self.head)

    def write(self, outcome: Outcome) -> bool:
        """Write a record's output; True when it was written."""
        if self.fmt == "txt" and self.count == 0:
            self.first = outcome
        elif self.fmt == "txt":
            if self.first is not None:
                self._put(self.first, _txt_head(self.first.id))
                self.first = None
            self._put(outcome, _txt_head(outcome.id))
        elif self.fmt == "json":
            self._put(outcome, "," * (self.count > 0) + "\n")
        else:
            self._put(outcome, "")
        self.count += 1
        return True

    def _put(self, outcome: Outcome, head: str) -> None:
        if outcome.err and self.fmt in ("txt", "md"):  # the others say it in their rows
            self.out.flush()
            print(outcome.err, file=self.err)
        self.out.write(head + outcome.out)

    def end(self) -> None:
        if self.first is not None:  # a single record: no heading
            self._put(self.first, "")
        self.out.write(self.tail)
        self.out.flush()


_SUFFIX = {"txt": ".txt", "md": ".md", "json": ".json", "jsonl": ".jsonl", "csv": ".csv"}
_UNSAFE = regex.compile(r"[^\w.\-]+")
_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"{d}{i}" for d in ("COM", "LPT") for i in range(1, 10)]
)


def safe_name(stem: str, limit: int = 120) -> str:
    """A file name stem from a record id: letters, digits, ``.``, ``-`` and ``_`` only.

    Other runs become ``_``; leading and trailing dots, dashes and
    underscores go; at most ``limit`` bytes of UTF-8; never empty, never a
    device name Windows reserves.

    >>> safe_name("https://x.test/a b?c=1"), safe_name("../../etc/passwd"), safe_name("Zürich")
    ('https_x.test_a_b_c_1', 'etc_passwd', 'Zürich')
    >>> safe_name("<urn:uuid:1f>"), safe_name("..."), safe_name("nul")
    ('urn_uuid_1f', 'record', '_nul')
    """
    name = _UNSAFE.sub("_", unicodedata.normalize("NFC", stem)).strip("._-")
    name = name.encode("utf-8")[:limit].decode("utf-8", errors="ignore").rstrip("._-")
    if not name:
        return "record"
    return "_" + name if name.split(".")[0].upper() in _RESERVED else name


class _DirWriter:
    """Writes each outcome to its own file in a folder, in the chosen format.

    A file is named from its record (``safe_name``) with the format's
    suffix; a name already taken in this run gets ``-2``, ``-3``, ...; a
    file left by an earlier run is an error for that record unless
    ``overwrite``.
    """

    def __init__(self, settings: Settings, folder: Path, overwrite: bool, err: TextIO) -> None:
        self.settings, self.folder, self.overwrite, self.err = settings, folder, overwrite, err
        self.suffix = _SUFFIX.get(settings.format, "." + settings.format)
        self.taken: set[str] = set()

    def begin(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)

    def name(self, stem: str) -> str:
        """The next free file name for a record (this run's names compared case-blind)."""
        base = safe_name(stem)
        name, n = base + self.suffix, 1
        while name.casefold() in self.taken:
            n += 1
            name = f"{base}-{n}{self.suffix}"
        self.taken.add(name.casefold())
        return name

    def write(self, outcome: Outcome) -> bool:
        """Write a record's file; False (and a message on stderr) when it cannot be."""
        if outcome.err:
            print(outcome.err, file=self.err)
        path = self.folder / self.name(outcome.name)
        head, tail = _envelope(self.settings.format, self.settings.explain, str(outcome.id))
        body = outcome.out + "\n" if self.settings.format == "json" else outcome.out
        try:
            with path.open("w" if self.overwrite else "x", encoding="utf-8", newline="") as f:
                f.write(("" if self.settings.format == "json" else head) + body)
                f.write("" if self.settings.format == "json" else tail)
        except FileExistsError:
            print(
                f"newsclean: {outcome.id}: FileExists: {path} was there before this run "
                "(--overwrite replaces it)",
                file=self.err,
            )
            return False
        except OSError as exc:
            print(f"newsclean: {outcome.id}: {type(exc).__name__}: {path}: {exc}", file=self.err)
            return False
        log.info("%s: wrote %s", outcome.id, path)
        return True

    def end(self) -> None:
        pass


class _Progress:
    """Progress on stderr: tqdm when installed (the ``[cli]`` extra), else a plain counter."""

    def __init__(self, enabled: bool) -> None:
        self.enabled, self.done, self.failed, self.shown = enabled, 0, 0, 0.0
        self.bar: Any = None
        if enabled:
            try:
                self.bar = importlib.import_module("tqdm").tqdm(
                    unit=" records", file=sys.stderr, dynamic_ncols=True
                )
            except ImportError:
                self.bar = None

    def tick(self, failed: bool) -> None:
        self.done += 1
        self.failed += failed
        if not self.enabled:
            return
        if self.bar is not None:
            if failed:
                self.bar.set_postfix(failed=self.failed, refresh=False)
            self.bar.update(1)
            return
        now = time.monotonic()
        if now - self.shown >= 0.2:
            self.shown = now
            self._show("")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        elif self.enabled:
            self._show("\n")

    def _show(self, end: str) -> None:
        sys.stderr.write(f"\rnewsclean: {self.done} records, {self.failed} failed{end}")
        sys.stderr.flush()


def _log_to_stderr(verbose: int) -> None:
    """``-v`` logs newsclean's INFO records to stderr, ``-vv`` DEBUG (with tracebacks)."""
    for old in [h for h in log.handlers if getattr(h, "newsclean_cli", False)]:
        log.removeHandler(old)
    handler = logging.StreamHandler(sys.stderr)
    handler.newsclean_cli = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("newsclean: %(levelname)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel((logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)])


def _options(args: argparse.Namespace, parser: argparse.ArgumentParser) -> Options | None:
    """The options the flags set, None when they set none (the shared default)."""
    given: dict[str, Any] = {}
    if args.language:
        given["language"] = args.language
    if args.time_zone:
        given["time_zone"] = args.time_zone
    if args.links:
        given["links"] = True
    if args.images:
        given["images"] = True
    if not given:
        return None
    try:
        return Options(**given)
    except InputError as exc:
        parser.error(str(exc))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit status (1 when any record failed)."""
    parser = _parser()
    args = parser.parse_args(argv)
    _log_to_stderr(args.verbose)
    try:
        reference = parse_time(args.reference_time)
    except ValueError as exc:
        parser.error(f"--reference-time: {exc}")
    if args.jobs < 0 or args.chunk_size < 1 or (args.timeout is not None and args.timeout <= 0):
        parser.error("--jobs must be >= 0, --chunk-size >= 1 and --timeout > 0")
    if args.overwrite and not args.output_dir:
        parser.error("--overwrite goes with -o/--output-dir")
    target = None
    if args.target_language is not None:
        try:
            target = language_code(args.target_language)
        except InputError as exc:
            parser.error(f"--target-language: {exc}")
    folder = Path(args.output_dir) if args.output_dir else None
    if folder is not None and folder.exists() and not folder.is_dir():
        parser.error(f"-o/--output-dir: {folder} is not a folder")
    jobs = args.jobs or os.cpu_count() or 1
    options = _options(args, parser)
    settings = Settings(
        args.format,
        args.explain,
        reference,
        options,
        args.timeout,
        deduplicate=args.deduplicate,
        target_language=target,
    )
    with contextlib.suppress(AttributeError, ValueError):
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    tasks = _read_inputs(args.inputs, args.input_format)
    pooled = jobs > 1 or settings.timeout is not None
    outcomes = (
        _run_pool(tasks, settings, jobs, args.chunk_size)
        if pooled
        else _run_serial(tasks, settings)
    )
    if settings.deduplicate:
        outcomes = _deduplicated(outcomes, settings)
    writer: _Writer | _DirWriter = (
        _Writer(settings, sys.stdout, sys.stderr)
        if folder is None
        else _DirWriter(settings, folder, args.overwrite, sys.stderr)
    )
    progress = _Progress(args.progress)
    started = time.monotonic()
    try:
        writer.begin()
        for outcome in outcomes:
            written = writer.write(outcome)
            progress.tick(outcome.failed or not written)
        writer.end()
    except KeyboardInterrupt:
        print("newsclean: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `newsclean ... | head`: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    finally:
        progress.close()
        with contextlib.suppress(Exception):
            outcomes.close()  # type: ignore[attr-defined]
    elapsed = time.monotonic() - started
    log.info("%d records, %d failed, %.2f s", progress.done, progress.failed, elapsed)
    return 1 if progress.failed else 0
