"""The newsclean command: inputs, formats, error rows, exit status, workers and time limits."""

from __future__ import annotations

import io
import json
import signal
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from newsclean import __version__
from newsclean.shell import cli
from newsclean.shell.records import Record

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "cards-page.txt"
STORY = "Rates held\nThe bank kept rates on hold on Thursday, officials said."
HTML = (
    "<html><head><title>Budget passes</title></head><body><nav><a href='/'>Home</a></nav>"
    "<article><h1>Budget passes</h1>"
    + "<p>The council approved the new budget on Monday, after a long debate.</p>" * 2
    + "</article></body></html>"
)


def run(
    capsys: pytest.CaptureFixture[str], *argv: str, stdin: bytes | None = None
) -> tuple[int, str, str]:
    """Run main() with argv (and stdin bytes); return status, stdout, stderr."""
    if stdin is not None:
        wrapper = io.TextIOWrapper(io.BufferedReader(io.BytesIO(stdin)))  # type: ignore[arg-type]
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(sys, "stdin", wrapper)
            status = cli.main(list(argv))
    else:
        status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def rows(out: str) -> list[dict[str, Any]]:
    """The JSON lines of a jsonl output."""
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A JSONL file with a text record, an HTML record, a malformed line and an empty record."""
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "t", "url": "https://x.test/t", "text": STORY}),
        json.dumps({"id": "h", "url": "https://x.test/h", "html": HTML}),
        '{"id": "broken", "text": ',
        "",
        json.dumps({"id": "e", "text": ""}),
        "[1, 2]",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_rows_and_error_rows(capsys: pytest.CaptureFixture[str], mixed: Path) -> None:
    """Good records give article rows, bad ones error rows; exit status 1; no traceback."""
    status, out, err = run(capsys, str(mixed), "--format", "jsonl")
    got = rows(out)
    assert status == 1
    assert [(r["id"], r.get("segment")) for r in got] == [
        ("t", 0),
        ("h", 0),
        (f"{mixed}:3", None),
        ("e", None),
        (f"{mixed}:6", None),
    ]
    assert got[0]["url"] == "https://x.test/t"
    assert got[1]["title"] == "Budget passes"
    assert {r["error"]["type"] for r in got[2:]} == {"InputError"}
    assert "Traceback" not in err


def test_all_good_exits_zero(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A run where every record is cleaned exits 0."""
    page = tmp_path / "page.txt"
    page.write_text(STORY, encoding="utf-8")
    status, out, _ = run(capsys, str(page))
    assert status == 0
    assert out.startswith("# Rates held")


def test_stdin_page_is_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    """With no input the page comes from stdin and prints as text cards."""
    status, out, _ = run(capsys, stdin=EXAMPLE.read_bytes())
    assert status == 0
    assert out.count("# ") >= 2


def test_stdin_jsonl_is_sniffed(capsys: pytest.CaptureFixture[str]) -> None:
    """JSON lines on stdin are read as records."""
    data = (
        json.dumps({"id": 1, "text": STORY}) + "\n" + json.dumps({"id": 2, "text": STORY})
    ).encode()
    status, out, _ = run(capsys, "-", "-f", "jsonl", stdin=data)
    assert status == 0
    assert [r["id"] for r in rows(out)] == [1, 2]


def test_folder_and_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A folder gives its page files sorted (no gold JSON, no images); a missing file, an error."""
    (tmp_path / "b.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / ".hidden").write_text("x", encoding="utf-8")
    (tmp_path / "gold.json").write_text('{"articleBody": "x"}', encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    status, out, _ = run(capsys, str(tmp_path), str(tmp_path / "nope.txt"), "-f", "jsonl")
    got = rows(out)
    assert status == 1
    assert [Path(r["id"]).name for r in got] == ["a.txt", "b.html", "nope.txt"]
    assert got[2]["error"]["type"] == "FileNotFoundError"


@pytest.mark.parametrize("fmt", ["txt", "md", "json", "jsonl", "html"])
def test_every_format_renders_the_example(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    """Each output format renders the bundled example with its titles."""
    status, out, _ = run(capsys, str(EXAMPLE), "--format", fmt, "--explain")
    assert status == 0
    assert "Harbour city" in out
    if fmt == "json":
        (page,) = json.loads(out)
        assert page["articles"]
        assert all("rule" in r for r in page["removed"])
    if fmt == "html":
        assert out.startswith("<!DOCTYPE html>")
        assert out.rstrip().endswith("</html>")


def test_explain_adds_rules_to_rows(capsys: pytest.CaptureFixture[str]) -> None:
    """--explain puts the removals, each with its rule and reason, in the rows."""
    _, out, _ = run(capsys, str(EXAMPLE), "-f", "jsonl", "--explain")
    first = rows(out)[0]
    assert all(r["rule"] and r["reason"] for r in first["removed"] + first["page_removed"])


def test_reference_time_resolves_relative_dates(capsys: pytest.CaptureFixture[str]) -> None:
    """--reference-time gives relative times a value."""
    text = (
        "Rates held\nReuters\nan hour ago\nThe bank kept rates on hold on Thursday, officials said."
    )
    _, out, _ = run(
        capsys, "-f", "jsonl", "--reference-time", "2025-06-07T12:00Z", stdin=text.encode()
    )
    assert rows(out)[0]["published"]["value"] == "2025-06-07T11:00:00+00:00"


def test_version_and_bad_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the version; a bad --reference-time is a usage error (status 2)."""
    with pytest.raises(SystemExit) as done:
        cli.main(["--version"])
    assert done.value.code == 0
    assert __version__ in capsys.readouterr().out
    with pytest.raises(SystemExit) as done:
        cli.main(["--reference-time", "soon"])
    assert done.value.code == 2


def test_jobs_keep_order_and_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """--jobs 2 gives the same output, in the same order, as one process."""
    path = tmp_path / "many.jsonl"
    records = [{"id": i, "text": STORY if i % 3 else HTML} for i in range(20)]
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    _, serial, _ = run(capsys, str(path), "-f", "jsonl")
    _, pooled, _ = run(capsys, str(path), "-f", "jsonl", "--jobs", "2", "--chunk-size", "3")
    assert pooled == serial
    assert [r["id"] for r in rows(pooled)] == list(range(20))


def _slow(record: dict[str, Any], **kwargs: Any) -> Record:
    """A stand-in clean_record that hangs on records whose id starts with 'slow'."""
    if str(record.get("id")).startswith("slow"):
        if record["id"] == "slow-deaf":  # deaf to the in-worker alarm: only a kill ends it
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(30)
    return _real_clean_record(record, **kwargs)


_real_clean_record = cli.clean_record


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signals")
def test_timeout_gives_error_row_and_run_goes_on(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A record over --timeout, even one deaf to signals, yields a Timeout row; the rest finish."""
    monkeypatch.setattr(cli, "clean_record", _slow)
    path = tmp_path / "in.jsonl"
    ids = ["a", "slow", "b", "slow-deaf", "c"]
    path.write_text("\n".join(json.dumps({"id": i, "text": STORY}) for i in ids), encoding="utf-8")
    started = time.monotonic()
    status, out, err = run(capsys, str(path), "-f", "jsonl", "--timeout", "0.5", "--jobs", "2")
    assert time.monotonic() - started < 10
    got = rows(out)
    assert status == 1
    assert [r["id"] for r in got] == ids
    assert [r["error"]["type"] for r in got if "error" in r] == ["Timeout", "Timeout"]
    assert "Traceback" not in err


def test_progress_counter_on_stderr(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """--progress without tqdm prints a plain counter on stderr."""
    real_import = cli.importlib.import_module

    def no_tqdm(name: str, *args: Any) -> Any:
        if name == "tqdm":
            raise ImportError(name)
        return real_import(name, *args)

    monkeypatch.setattr(cli.importlib, "import_module", no_tqdm)
    _, _, err = run(capsys, str(EXAMPLE), "--progress")
    assert "newsclean: 1 records, 0 failed" in err


def test_warc_response_records(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """WARC response records are cleaned with their URI, date and HTTP charset; others skipped."""
    pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    latin = HTML.replace(
        "Budget passes</h1>",
        "Budget passes</h1><p>Café politics returned to the council chamber on Monday night.</p>",
    )
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for uri, body, ctype in [
            ("https://x.test/1", latin.encode("latin-1"), "text/html; charset=ISO-8859-1"),
            ("https://x.test/logo.png", b"\x89PNG", "image/png"),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2025-06-07T12:00:00Z"},
            )
            writer.write_record(record)
        writer.write_record(
            writer.create_warc_record(
                "https://x.test/1", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
            )
        )
    status, out, _ = run(capsys, str(path), "-f", "jsonl")
    (row,) = rows(out)
    assert status == 0
    assert row["url"] == "https://x.test/1"
    assert row["id"].startswith("<urn:uuid:")
    assert "Café" in row["text"]
