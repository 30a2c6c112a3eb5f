"""The ``newsclean`` command: clean pages from files or standard input.

A first version (issue 6 brings JSONL/WARC streaming and parallel jobs):
each input is one page; output is text, JSON or one JSON line per article.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from newsclean import __version__
from newsclean._types import Page
from newsclean.errors import NewscleanError
from newsclean.pipeline import clean

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsclean",
        description="Turn scraped news pages (flattened text or HTML) into clean articles.",
    )
    p.add_argument(
        "inputs", nargs="*", default=["-"], help="page files; '-' or nothing reads stdin"
    )
    p.add_argument("--format", choices=("txt", "json", "jsonl"), default="txt")
    p.add_argument("--reference-time", help="ISO time that relative times resolve against")
    p.add_argument("--explain", action="store_true", help="also print what was removed and why")
    p.add_argument("--version", action="version", version=f"newsclean {__version__}")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit status (1 when any input failed)."""
    args = _parser().parse_args(argv)
    reference = datetime.fromisoformat(args.reference_time) if args.reference_time else None
    failed = 0
    for name in args.inputs:
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
            page = clean(data, url=None, reference_time=reference)
        except (OSError, NewscleanError) as exc:
            failed += 1
            print(
                json.dumps({"input": name, "error": str(exc)})
                if args.format != "txt"
                else f"newsclean: {name}: {exc}",
                file=sys.stderr if args.format == "txt" else sys.stdout,
            )
            continue
        _write(page, name, args.format, args.explain)
    return 1 if failed else 0


def _write(page: Page, name: str, fmt: str, explain: bool) -> None:
    if fmt == "json":
        data = page.to_dict()
        data["input"] = name
        if not explain:
            data.pop("removed")
            for a in data["articles"]:
                a.pop("removed")
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    if fmt == "jsonl":
        for i, article in enumerate(page.articles):
            row = {"input": name, "segment": i, **article.to_dict()}
            if not explain:
                row.pop("removed")
            print(json.dumps(row, ensure_ascii=False))
        return
    for article in page.articles:
        print(_card(article))
    if explain:
        print("--- removed ---")
        removals = list(page.removed) + [r for a in page.articles for r in a.removed]
        for r in sorted(removals, key=lambda r: r.start):
            print(f"[{r.rule}] {r.text[:70]!r}")


def _card(article: object) -> str:
    from newsclean._types import Article

    assert isinstance(article, Article)
    head = [f"# {article.title or '(untitled)'}  [{article.role}]"]
    meta = " · ".join(
        x
        for x in (
            article.source,
            article.published.text if article.published else None,
            ", ".join(article.authors) or None,
        )
        if x
    )
    if meta:
        head.append(meta)
    if article.summary:
        head.append(f"Summary: {article.summary}")
    tail = [f"Credit: {article.credit}"] if article.credit else []
    return "\n".join([*head, "", article.text, *tail, ""])
