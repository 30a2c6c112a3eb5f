"""The newsclean command: inputs, formats, error rows, exit status, workers and time limits."""

from __future__ import annotations

import csv
import io
import json
import signal
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from newsclean import __version__
from newsclean.shell import cli, formats, workers, writers
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


def test_rows_and_explain_carry_kind_and_confidence(capsys: pytest.CaptureFixture[str]) -> None:
    """Every row has the page's kind and the article's confidence; --explain's text
    cards show the confidence under each heading and the page's kind after them."""
    _, out, _ = run(capsys, str(EXAMPLE), "-f", "jsonl")
    for row in rows(out):
        assert row["kind"] == "article"
        assert 0.0 <= row["confidence"] <= 1.0
    main = rows(out)[0]
    _, text, _ = run(capsys, str(EXAMPLE), "--explain")
    assert f"Confidence: {main['confidence']:.2f}" in text
    assert "--- page kind: article ---" in text
    _, table, _ = run(capsys, str(EXAMPLE), "-f", "csv")
    header, first = list(csv.reader(io.StringIO(table)))[:2]
    assert first[header.index("kind")] == "article"
    assert float(first[header.index("confidence")]) == main["confidence"]


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


_real_clean_record = workers.clean_record


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signals")
def test_timeout_gives_error_row_and_run_goes_on(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A record over --timeout, even one deaf to signals, yields a Timeout row; the rest finish."""
    monkeypatch.setattr(workers, "clean_record", _slow)
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


# --- issue 18: formats, folders, repeats, languages --------------------------------

OTHER = "Markets rose\nTraders cheered the decision on Friday, analysts said."
LONGER = "Traders cheered the decision on Friday and shares rose across the board, analysts said."


def _jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def test_csv_one_row_per_article_header_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """-f csv: a header, then a row per article over many inputs; errors and lists encoded."""
    first = _jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": STORY}, {"id": "e", "text": ""}])
    page = tmp_path / "b.html"
    page.write_text(HTML, encoding="utf-8")
    status, out, _ = run(capsys, str(first), str(page), "-f", "csv")
    assert status == 1
    assert out.count("id,segment,url,") == 1
    got = list(csv.DictReader(io.StringIO(out)))
    assert list(got[0]) == list(formats.CSV_COLUMNS)
    assert [(r["id"], r["segment"], r["error_type"]) for r in got] == [
        ("a", "0", ""),
        ("e", "", "InputError"),
        (str(page), "0", ""),
    ]
    assert json.loads(got[2]["paragraphs"]) == [
        "The council approved the new budget on Monday, after a long debate."
    ] * 2
    assert json.loads(got[0]["authors"]) == []
    assert got[0]["language"] == "en"


def test_csv_explain_adds_columns(capsys: pytest.CaptureFixture[str]) -> None:
    """-f csv --explain adds the removed, edits and page_removed columns, JSON-encoded."""
    _, out, _ = run(capsys, str(EXAMPLE), "-f", "csv", "--explain")
    got = list(csv.DictReader(io.StringIO(out)))
    assert list(got[0]) == list(formats.CSV_COLUMNS + formats.EXPLAIN_COLUMNS)
    assert json.loads(got[0]["page_removed"])
    assert isinstance(json.loads(got[0]["edits"]), list)


@pytest.mark.parametrize("fmt", ["txt", "md", "json", "jsonl", "csv", "html"])
def test_output_dir_one_file_per_record(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str
) -> None:
    """-o DIR writes one file per record (failures too), named from the file or the id."""
    page = tmp_path / "story.txt"
    page.write_text(STORY, encoding="utf-8")
    records = [{"id": "x/../y?", "text": OTHER}, {"id": 7, "text": ""}]
    src = _jsonl(tmp_path / "in.jsonl", records)
    out_dir = tmp_path / "new" / "out"
    status, out, err = run(capsys, str(page), str(src), "-f", fmt, "-o", str(out_dir))
    assert status == 1
    assert out == ""
    names = sorted(p.name for p in out_dir.iterdir())
    assert names == sorted(f"{stem}.{fmt}" for stem in ("story", "x_.._y", "7"))
    text = (out_dir / f"story.{fmt}").read_text(encoding="utf-8")
    assert "Rates held" in text
    assert "=== " not in text  # one record a file: no heading
    failed = (out_dir / f"7.{fmt}").read_text(encoding="utf-8")
    assert "empty record" in failed
    assert "newsclean: 7: InputError" in err
    if fmt == "json":
        assert json.loads(text)["articles"][0]["title"] == "Rates held"
    if fmt == "csv":
        assert text.startswith("id,segment,")
    if fmt == "html":
        assert text.startswith("<!DOCTYPE html>")


def test_output_dir_clashes_and_no_overwrite(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Names taken in the run get -2, -3; files of an earlier run stay unless --overwrite."""
    for name in ("a.txt", "a.html", "sub/A.txt"):
        (tmp_path / "in" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "in" / name).write_text(STORY, encoding="utf-8")
    out_dir = tmp_path / "out"
    status, _, _ = run(capsys, str(tmp_path / "in"), "-f", "jsonl", "-o", str(out_dir))
    assert status == 0
    files = {p.name: rows(p.read_text(encoding="utf-8"))[0]["id"] for p in out_dir.iterdir()}
    assert sorted(files) == ["A-3.jsonl", "a-2.jsonl", "a.jsonl"]  # case-blind: one name
    assert Path(files["a.jsonl"]).name == "a.html"  # sorted input order: a.html, a.txt, sub/A.txt
    before = (out_dir / "a.jsonl").stat().st_mtime_ns
    status, _, err = run(capsys, str(tmp_path / "in"), "-f", "jsonl", "-o", str(out_dir))
    assert status == 1
    assert err.count("FileExists") == 3
    assert (out_dir / "a.jsonl").stat().st_mtime_ns == before
    status, _, _ = run(
        capsys, str(tmp_path / "in"), "-f", "jsonl", "-o", str(out_dir), "--overwrite"
    )
    assert status == 0
    assert len(list(out_dir.iterdir())) == 3


def test_output_dir_bad_arguments(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """-o onto a file, or --overwrite without -o, is a usage error (status 2)."""
    a_file = tmp_path / "f"
    a_file.write_text("x", encoding="utf-8")
    for argv in (["-o", str(a_file)], ["--overwrite"]):
        with pytest.raises(SystemExit) as done:
            cli.main([str(EXAMPLE), *argv])
        assert done.value.code == 2
    assert "--overwrite goes with -o" in capsys.readouterr().err


def test_safe_name_stays_in_the_folder() -> None:
    """File names from ids never leave the folder, are never empty, and keep letters."""
    for record_id in ("../../x", "/etc/passwd", "..", "a/b\\c", "\x00", "ü" * 300):
        name = writers.safe_name(record_id)
        assert name
        assert "/" not in name
        assert "\\" not in name
        assert not name.startswith(".")
        assert len(name.encode("utf-8")) <= 120


ODD = [
    'He said: "no"',
    "key: value # not a comment",
    "- a list? no",
    "line one\nline two",
    "back\\slash 'single' {braces} [brackets] & *star !bang %pct @at `tick`",
    "Zürich · 東京 · emoji \U0001f600 · \u2028 · \x85 · \ufeff",
    "yes",
    "null",
    "123",
]


@pytest.mark.parametrize("title", ODD)
def test_md_front_matter_is_safe_yaml(capsys: pytest.CaptureFixture[str], title: str) -> None:
    """-f md opens each record with YAML front matter that reads back to the same strings."""
    yaml = pytest.importorskip("yaml")
    record = {"id": title, "url": "https://x.test/a?b=1#c", "text": STORY}
    _, out, _ = run(capsys, "-f", "md", stdin=json.dumps(record).encode())
    assert out.startswith("---\n")
    _, head, body = out.split("---\n", 2)
    data = yaml.safe_load(head)
    assert data["id"] == title
    assert data["url"] == record["url"]
    assert data["title"] == "Rates held"
    assert data["language"] == "en"
    assert data["articles"] == 1
    assert body.lstrip().startswith("## Rates held")


def test_md_front_matter_carries_page_metadata(capsys: pytest.CaptureFixture[str]) -> None:
    """The front matter names the page's site, canonical URL, description and times."""
    yaml = pytest.importorskip("yaml")
    html = (
        "<html lang='en-GB'><head><title>Budget: \"passes\"</title>"
        "<meta property='og:site_name' content='Town: Herald'>"
        "<link rel='canonical' href='https://herald.test/budget'>"
        "<meta name='description' content='Line one.\nLine two: more.'>"
        "</head><body><article><h1>Budget: \"passes\"</h1>"
        + "<p>The council approved the new budget on Monday, after a long debate.</p>" * 2
        + "</article></body></html>"
    )
    _, out, _ = run(capsys, "-f", "md", stdin=html.encode())
    data = yaml.safe_load(out.split("---\n")[1])
    assert data["title"] == 'Budget: "passes"'
    assert data["site_name"] == "Town: Herald"
    assert data["canonical_url"] == "https://herald.test/budget"
    assert data["declared_language"] == "en-GB"
    assert data["description"].startswith("Line one.")


def test_txt_names_each_record_when_there_are_several(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """txt opens each record with '=== id ===' when the output holds several; errors show too."""
    src = _jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": STORY}, {"id": "b", "text": ""}])
    _, out, _ = run(capsys, str(src))
    assert out.startswith("=== a ===\n# Rates held")
    assert "=== b ===\nerror: InputError: empty record" in out
    _, single, _ = run(capsys, stdin=STORY.encode())
    assert single.startswith("# Rates held")


def test_malformed_json_row_keeps_line_and_column(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A malformed JSON line's error names the line of the file and the column."""
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"id": 1, "text": "x"}\n\n{"id": 2, "text": }\n{"id": 3, "html": "\xff"}\n')
    _, out, _ = run(capsys, str(path), "-f", "jsonl")
    got = rows(out)
    assert got[1]["id"] == f"{path}:3"
    assert got[1]["error"]["message"] == (
        "malformed JSON line: Expecting value (line 3, column 19)"
    )
    assert got[2]["error"]["message"] == (
        "malformed JSON line: not UTF-8, byte 0xff (line 4, column 20)"
    )


def test_deduplicate_drops_repeats_keeps_every_record(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--deduplicate drops paragraphs seen in an earlier record, same with --jobs; no row lost."""
    records = [
        {"id": "a", "text": STORY},
        {"id": "b", "text": STORY},
        {"id": "c", "text": f"Markets rose\n{LONGER}\n{STORY.splitlines()[1]}"},
        {"id": "d", "text": ""},
    ]
    src = _jsonl(tmp_path / "in.jsonl", records)
    status, out, _ = run(capsys, str(src), "-f", "jsonl", "--deduplicate")
    got = rows(out)
    assert status == 1  # d is empty
    assert [r["id"] for r in got] == ["a", "b", "c", "d"]
    assert [r.get("duplicates") for r in got] == [0, 1, 1, None]
    assert got[1]["text"] == ""
    assert got[1]["title"] == "Rates held"
    assert got[2]["paragraphs"] == [LONGER]
    argv = ("-f", "jsonl", "--deduplicate", "-j", "2", "--chunk-size", "1")
    _, pooled, _ = run(capsys, str(src), *argv)
    assert pooled == out
    _, plain, _ = run(capsys, str(src), "-f", "jsonl")
    assert "duplicates" not in plain


def test_target_language_skips_with_a_row(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--target-language keeps pages in it; others get a 'skipped' row and the run exits 0."""
    german = HTML.replace(
        "The council approved the new budget on Monday, after a long debate.",
        "Der Rat hat den neuen Haushalt am Montag nach einer langen Debatte beschlossen.",
    )
    src = _jsonl(tmp_path / "in.jsonl", [{"id": "de", "html": german}, {"id": "en", "text": STORY}])
    status, out, _ = run(capsys, str(src), "-f", "jsonl", "--target-language", "DE")
    got = rows(out)
    assert status == 0
    assert got[0]["id"] == "de"
    assert got[0]["title"] == "Budget passes"
    assert got[1] == {
        "id": "en",
        "url": None,
        "skipped": "the page is in en, not the target language de",
    }
    _, text, _ = run(capsys, str(src), "--target-language", "de")
    assert "=== en ===\nskipped: the page is in en" in text
    _, table, _ = run(capsys, str(src), "-f", "csv", "--target-language", "de")
    assert list(csv.DictReader(io.StringIO(table)))[1]["skipped"].startswith("the page is in en")


def test_target_language_unknown_code_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An unknown --target-language stops the run with status 2 and the known codes."""
    with pytest.raises(SystemExit) as done:
        cli.main([str(EXAMPLE), "--target-language", "klingon"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "--target-language: unknown language 'klingon'" in err
    assert "de, en" in err


def test_help_lists_the_new_options(capsys: pytest.CaptureFixture[str]) -> None:
    """--help documents -o, --overwrite, --deduplicate, --target-language and csv."""
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    for option in ("--output-dir", "--overwrite", "--deduplicate", "--target-language", "csv"):
        assert option in out


def test_time_zone_flag_reads_zoneless_times_in_that_zone(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """--time-zone sets Options.time_zone; an unknown zone is a usage error (status 2)."""
    text = (
        "Rates held\nJune 3, 2025 10:15\n"
        "The bank kept rates on hold on Thursday, officials said."
    )
    _, out, _ = run(capsys, "-f", "jsonl", "--time-zone", "Asia/Tokyo", stdin=text.encode())
    published = rows(out)[0]["published"]
    assert published["value"] == "2025-06-03T10:15:00+09:00"
    assert published["assumed_zone"] == "Asia/Tokyo"
    with pytest.raises(SystemExit) as done:
        cli.main(["--time-zone", "Mars/Olympus_Mons"])
    assert done.value.code == 2


def test_links_and_images_flags_add_the_lists_to_rows(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--links and --images set the options; rows carry the lists only then (the keys
    are always there, null without the flags, so the rows' keys never change)."""
    page = tmp_path / "story.html"
    page.write_text(
        "<html><body><article><h1>Budget passes</h1><figure><img src='/a.jpg' alt='Hall'>"
        "</figure><p>The council approved the new budget on Monday, "
        "<a href='/r'>the city said</a>, after a long debate.</p></article></body></html>",
        encoding="utf-8",
    )
    _, out, _ = run(capsys, "-f", "jsonl", "--links", "--images", str(page))
    [row] = rows(out)
    assert [link["text"] for link in row["links"]] == ["the city said"]
    assert [image["src"] for image in row["images"]] == ["/a.jpg"]
    _, out, _ = run(capsys, "-f", "jsonl", str(page))
    [plain] = rows(out)
    assert plain["links"] is None
    assert plain["images"] is None
