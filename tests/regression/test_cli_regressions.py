"""CLI regressions, each named after what it guards (issue 6: never a traceback for bad input)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import shared_path

ROOT = Path(__file__).resolve().parents[2]


def newsclean(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m newsclean`` in a subprocess with src/ on the path."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01\x02\x03" * 200,  # binary bytes: InputError
        b'{"id": 1, "text": "x"\n',  # a truncated JSON line
        b'{"id": 1, "html": "\xff\xfe"}\n',  # undecodable bytes in a JSON line
        b'{"id": 1, "text": ["a list"]}\n',  # a wrongly typed field
        b'{"id": 1, "text": "Rates held", "fetched_at": "soon"}\n',  # a bad reference time
        b"\x1f\x8b\x08\x00garbage",  # gzip magic, not a WARC
    ],
)
def test_issue6_bad_input_never_tracebacks(data: bytes) -> None:
    """Bad stdin gives an error row and status 1, never a traceback."""
    done = newsclean("-f", "jsonl", stdin=data)
    assert done.returncode == 1, done.stderr
    assert b"Traceback" not in done.stderr
    (row,) = [json.loads(line) for line in done.stdout.splitlines()]
    assert set(row) == {"id", "error"}
    assert set(row["error"]) == {"type", "message"}


def test_issue6_stdout_closed_early_is_quiet(tmp_path: Path) -> None:
    """`newsclean ... | head -1` stops without a BrokenPipeError traceback."""
    page = (ROOT / "examples" / "cards-page.txt").read_text(encoding="utf-8")
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": page}) for i in range(300)))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = f"{sys.executable} -m newsclean {path} -f jsonl | head -1"
    done = subprocess.run(
        ["bash", "-c", cmd], capture_output=True, env=env, timeout=120, check=False
    )
    assert done.stdout.count(b"\n") == 1
    assert b"Traceback" not in done.stderr


def test_issue6_piped_page_prints_stories() -> None:
    """`cat page.txt | newsclean` prints the cleaned stories as text (the README's usage)."""
    page = (ROOT / "examples" / "cards-page.txt").read_bytes()
    done = newsclean(stdin=page)
    assert done.returncode == 0
    assert done.stdout.decode().startswith("# Harbour city opens floating solar farm")


# --- issue 18: rows that keep what the library knows; trafilatura users' options ----


def test_issue18_empty_page_same_rule_in_clean_records_and_cli() -> None:
    """clean('') is an empty Page (Page.empty); records and the command give one InputError row."""
    import newsclean as api

    assert api.clean("").empty
    (row,) = api.clean_records([{"id": "-", "text": ""}])
    done = newsclean("-f", "jsonl", stdin=b"")
    assert done.returncode == 1
    assert json.loads(done.stdout) == row
    assert row["error"] == {"type": "InputError", "message": "empty record: no text on the page"}


def test_issue18_malformed_json_row_names_line_and_column() -> None:
    """The error row of a malformed JSON line keeps where it broke: line and column."""
    done = newsclean("-f", "jsonl", stdin=b'{"id": 1, "text": "Rates held"}\n{"id": 2 "text": 1}\n')
    row = json.loads(done.stdout.splitlines()[-1])
    assert row["id"] == "-:2"
    assert "(line 2, column 10)" in row["error"]["message"]


def test_issue18_output_dir_never_overwrites_unasked(tmp_path: Path) -> None:
    """-o DIR into a folder of an earlier run leaves its files and says so for each record."""
    page = tmp_path / "story.txt"
    page.write_text("Rates held\nThe bank kept rates on hold on Thursday, officials said.")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "story.txt").write_text("mine")
    done = newsclean(str(page), "-o", str(tmp_path / "out"))
    assert done.returncode == 1
    assert b"FileExists" in done.stderr
    assert (tmp_path / "out" / "story.txt").read_text() == "mine"


@pytest.mark.corpus
def test_issue18_aeb_csv_dir_and_dedup_give_a_result_per_page(tmp_path: Path) -> None:
    """On shared aeb pages (HTML and flat text): csv has rows for every page, -o DIR a file
    per page (same stems from .html and .txt: -2), --deduplicate loses no page."""
    aeb = shared_path("corpora", "aeb")
    stems = sorted(p.stem for p in (aeb / "html").glob("*.html"))[:12]
    pages = [str(aeb / "html" / f"{s}.html") for s in stems]
    pages += [str(aeb / "flat" / f"{s}.txt") for s in stems]
    done = newsclean(*pages, "-f", "csv")
    assert done.returncode == 0, done.stderr
    table = list(csv.DictReader(io.StringIO(done.stdout.decode("utf-8"))))
    assert {r["id"] for r in table} == set(pages)
    assert any(r["site_name"] for r in table)
    out = tmp_path / "out"
    done = newsclean(*pages, "-f", "md", "-o", str(out))
    assert done.returncode == 0, done.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([f"{s}.md" for s in stems] + [f"{s}-2.md" for s in stems])
    done = newsclean(*pages, "-f", "jsonl", "--deduplicate")
    deduped = [json.loads(line) for line in done.stdout.splitlines()]
    assert {r["id"] for r in deduped} == set(pages)
    flat = [r for r in deduped if r["id"].endswith(".txt")]
    assert sum(r["duplicates"] for r in flat) > 0  # the flat copy repeats its HTML twin
