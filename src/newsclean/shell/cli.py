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
import contextlib
import importlib
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsclean.core.errors import InputError
from newsclean.core.lexicon import languages
from newsclean.core.options import Options
from newsclean.core.version import __version__
from newsclean.shell.formats import FORMATS
from newsclean.shell.inputs import read_inputs
from newsclean.shell.records import language_code, parse_time
from newsclean.shell.settings import Settings
from newsclean.shell.workers import deduplicated, run_pool, run_serial
from newsclean.shell.writers import DirWriter, StreamWriter

__all__ = ["main"]

log = logging.getLogger("newsclean")


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
    tasks = read_inputs(args.inputs, args.input_format)
    pooled = jobs > 1 or settings.timeout is not None
    outcomes = (
        run_pool(tasks, settings, jobs, args.chunk_size)
        if pooled
        else run_serial(tasks, settings)
    )
    if settings.deduplicate:
        outcomes = deduplicated(outcomes, settings)
    writer: StreamWriter | DirWriter = (
        StreamWriter(settings, sys.stdout, sys.stderr)
        if folder is None
        else DirWriter(settings, folder, args.overwrite, sys.stderr)
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
