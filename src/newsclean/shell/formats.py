"""The output formats: one cleaned record (or its failure) as ``txt``, ``md``
(YAML front matter), ``json``, ``jsonl``, ``csv`` or ``html`` text.

>>> print(failure("in.jsonl:3", "InputError", "bad line", Settings("txt")).out, end="")
error: InputError: bad line
<BLANKLINE>
"""

from __future__ import annotations

import csv
import io
import json
import logging
from typing import Any, cast

from newsclean.core.types import Article, Page
from newsclean.shell.explain import error_html, note_html, page_html, report_head, report_tail
from newsclean.shell.records import (
    BATCH_COLUMNS,
    PAGE_KEYS,
    Record,
    article_rows,
    error_row,
    flat_row,
    page_keys,
    removal_dict,
    skip_row,
)
from newsclean.shell.settings import Outcome, Settings

log = logging.getLogger("newsclean")


FORMATS = ("txt", "md", "json", "jsonl", "csv", "html")
#: the columns of ``--format csv``, in order; ``--explain`` adds ``EXPLAIN_COLUMNS``
CSV_COLUMNS: tuple[str, ...] = (*BATCH_COLUMNS, "duplicates", "skipped")
EXPLAIN_COLUMNS: tuple[str, ...] = ("removed", "edits", "page_removed")


def failure(
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


def skipped(cleaned: Record, reason: str, settings: Settings) -> str:
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


def render(cleaned: Record, settings: Settings) -> str:
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


def txt_head(record_id: Any) -> str:
    r"""The line that opens each record in ``txt`` when the output holds several.

    >>> txt_head("in.jsonl:3")
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


def envelope(fmt: str, explain: bool, title: str) -> tuple[str, str]:
    """What comes before and after the records of an output in ``fmt``."""
    if fmt == "json":
        return "[", "\n]\n"
    if fmt == "html":
        return report_head(title), report_tail()
    if fmt == "csv":
        return _csv_header(explain), ""
    return "", ""
