"""CLI regressions, each named after what it guards (issue 6: never a traceback for bad input)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

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
