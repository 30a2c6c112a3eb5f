"""Reading the command's inputs: page files, folders, JSONL, WARC and stdin, as tasks.

Every input gives at least one task: a record, a page file not yet read
(``{"id", "_path"}``, read in the worker that cleans it), or an error
(``{"id", "_error": (type, message)}``) for an input that cannot be read,
so the run goes on and reports it.

>>> [t["id"] for t in read_inputs(["/no/such/file.jsonl"], "auto")]
['/no/such/file.jsonl']
"""

from __future__ import annotations

import gzip
import importlib
import io
import json
import logging
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, cast

from newsclean.shell.records import BATCH_COLUMNS
from newsclean.shell.settings import Task

log = logging.getLogger("newsclean")


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


def read_inputs(names: Sequence[str], input_format: str) -> Iterator[Task]:
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
