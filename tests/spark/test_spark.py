"""``newsclean.spark`` on a local[2] Spark: the same rows as cleaning in-process.

The 181 aeb HTML pages, the aggregator reference page (reference time from
a column) and a handful of bad records go through ``clean_dataframe`` once;
every row must equal what ``clean()`` and ``clean_records()`` give in this
process, row for row. Run with ``python -m pytest -m spark``.
"""

from __future__ import annotations

import functools
import json
import os
import pickle
import subprocess
import sys
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest

import newsclean
from newsclean import Options
from newsclean.shell.records import FLAT_KEYS, PAGE_KEYS, clean_records, page_keys
from newsclean.spark import COLUMNS, article_schema, clean_dataframe, clean_partition
from tests.conftest import ROOT, shared_path
from tests.spark.conftest import require_spark, worker_env

pytestmark = pytest.mark.spark

REFERENCE_TIME = datetime(2025, 6, 7, 12, 0, tzinfo=UTC)
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
PAGES_DDL = "id string, url string, text string, html binary, fetched_at timestamp"

#: records that must each give one error row, as ``clean_records`` gives it
BAD_RECORDS: tuple[dict[str, Any], ...] = (
    {"id": "bad-empty-text", "text": ""},
    {"id": "bad-blank-text", "text": " \n\t "},
    {"id": "bad-binary-html", "html": bytes(range(256)) * 4},
    {"id": "bad-png-html", "html": b"\x89PNG\r\n\x1a\n" + bytes(range(200))},
    {"id": "bad-junk-text", "text": "\x01\x02\x03 \ufffd\ufffd"},
    {"id": "bad-no-story", "html": b"<html><body><nav><a href='/'>Home</a></nav></body></html>"},
    {"id": "bad-no-page"},
    {"id": "bad-two-pages", "text": "Rates held", "html": b"<p>Rates held</p>"},
)


# --------------------------------------------------------------------------- inputs


@cache
def aeb_records() -> tuple[dict[str, Any], ...]:
    """The 181 benchmark pages as records: id, url and the HTML bytes."""
    corpus = shared_path("corpora", "aeb")
    out = []
    for path in sorted((corpus / "html").glob("*.html")):
        expected = json.loads((corpus / "expected" / f"{path.stem}.json").read_text("utf-8"))
        out.append({"id": path.stem, "url": expected.get("url"), "html": path.read_bytes()})
    assert len(out) == 181, len(out)
    return tuple(out)


@cache
def reference_record() -> dict[str, Any]:
    """The aggregator reference page, with its reference time as ``fetched_at``."""
    page = shared_path("examples", "aggregator-page", "page.txt").read_text("utf-8")
    return {"id": "aggregator-page", "text": page, "fetched_at": REFERENCE_TIME}


def all_records() -> list[dict[str, Any]]:
    return [*aeb_records(), reference_record(), *BAD_RECORDS]


def pages_frame(spark: Any, records: Iterable[Mapping[str, Any]], partitions: int = 4) -> Any:
    names = [part.split()[0] for part in PAGES_DDL.split(",")]
    rows = [tuple(r.get(name) for name in names) for r in records]
    return spark.createDataFrame(rows, PAGES_DDL).repartition(partitions)


def clean_pages(frame: Any, **kwargs: Any) -> Any:
    return clean_dataframe(
        frame,
        text_col="text",
        html_col="html",
        url_col="url",
        id_col="id",
        reference_time_col="fetched_at",
        **kwargs,
    )


# --------------------------------------------------------------------------- expectations


def micros(moment: datetime | None) -> int | None:
    return None if moment is None else (moment - EPOCH) // (datetime.resolution)


def _page_columns(page: newsclean.Page) -> dict[str, Any]:
    """``PAGE_KEYS`` as Spark gives them: ``modified`` as epoch microseconds."""
    keys = page_keys(page)
    modified = page.metadata.modified if page.metadata else None
    keys["modified"] = micros(modified.value if modified else None)
    return keys


def expected_rows(
    record: Mapping[str, Any], options: Options | None = None, *, explain: bool = False
) -> list[dict[str, Any]]:
    """The rows of one record computed in-process: ``clean()`` for pages, else ``clean_records``."""
    page_input = record.get("html", record.get("text"))
    if page_input is not None and len({"html", "text"} & set(record)) == 1:
        try:
            page = newsclean.clean(
                page_input,
                url=record.get("url"),
                reference_time=record.get("fetched_at"),
                options=options,
            )
        except newsclean.NewscleanError:
            page = None
        if page is not None and page.articles:
            return [
                {
                    "id": record["id"],
                    "segment": i,
                    "url": record.get("url"),
                    "role": article.role,
                    "title": article.title,
                    "summary": article.summary,
                    "text": article.text,
                    "paragraphs": list(article.paragraphs),
                    "sentences": [s.text for s in article.sentences],
                    "source": article.source,
                    "authors": list(article.authors),
                    "published": micros(article.published.value if article.published else None),
                    "published_text": article.published.text if article.published else None,
                    "credit": article.credit,
                    "chapters": [{"time": t, "title": c} for t, c in article.chapters],
                    "confidence": article.confidence,
                    "links": _dicts(article.links),
                    "images": _dicts(article.images),
                    **_page_columns(page),
                    "edits": [e.to_dict() for e in article.edits] if explain else None,
                    "error": None,
                }
                for i, article in enumerate(page.articles)
            ]
    [row] = clean_records([record], options=options)  # an error row, one per record
    empty = dict.fromkeys(COLUMNS)
    lists: dict[str, Any] = {k: [] for k in ("paragraphs", "sentences", "authors", "chapters")}
    return [{**empty, **lists, "id": record["id"], "error": row["error"]}]


def _dicts(items: Iterable[newsclean.Link | newsclean.Image] | None) -> list[dict[str, Any]] | None:
    """``Article.links`` or ``.images`` as Spark gives them: None when not read."""
    return None if items is None else [item.to_dict() for item in items]


def as_dicts(rows: Iterable[Any]) -> list[dict[str, Any]]:
    """Collected Spark rows as plain dicts; times as epoch microseconds."""
    out = []
    for row in rows:
        values = row.asDict(recursive=True)
        for name in _TIMES:
            values[name] = values.pop(f"{name}_us")
        out.append(values)
    return out


_TIMES = ("published", "modified")


def collect(frame: Any) -> list[dict[str, Any]]:
    from pyspark.sql import functions as F  # noqa: N812

    columns = [F.unix_micros(c).alias(f"{c}_us") if c in _TIMES else c for c in COLUMNS]
    return sorted(as_dicts(frame.select(*columns).collect()), key=_order)


def _order(row: Mapping[str, Any]) -> tuple[str, int]:
    return str(row["id"]), -1 if row["segment"] is None else row["segment"]


# --------------------------------------------------------------------------- the main run


@pytest.fixture(scope="module")
def cleaned(spark: Any) -> list[dict[str, Any]]:
    """Every record through ``clean_dataframe`` once, on 4 partitions."""
    return collect(clean_pages(pages_frame(spark, all_records())))


@pytest.fixture(scope="module")
def expected() -> list[dict[str, Any]]:
    rows = [row for record in all_records() for row in expected_rows(record)]
    return sorted(rows, key=_order)


@pytest.mark.corpus
def test_aeb_pages_equal_in_process_row_for_row(
    cleaned: list[dict[str, Any]], expected: list[dict[str, Any]]
) -> None:
    """All 181 benchmark pages: Spark's rows are ``clean()``'s, field by field."""
    ids = {r["id"] for r in aeb_records()}
    got = [r for r in cleaned if r["id"] in ids]
    want = [r for r in expected if r["id"] in ids]
    assert {r["id"] for r in got} == ids  # every page gave at least one row
    assert len(got) == len(want)
    for g, w in zip(got, want, strict=True):
        assert g == w, (g["id"], g["segment"])


@pytest.mark.corpus
def test_reference_page_with_reference_time_column(
    cleaned: list[dict[str, Any]], expected: list[dict[str, Any]]
) -> None:
    """The aggregator page's stories, with relative times resolved from the column."""
    got = [r for r in cleaned if r["id"] == "aggregator-page"]
    want = [r for r in expected if r["id"] == "aggregator-page"]
    assert got == want
    assert len(got) == 4
    assert [r["role"] for r in got] == ["main", "related", "related", "related"]
    assert any(r["published"] is not None for r in got)  # resolved against 2025-06-07T12:00Z


def test_bad_records_give_one_error_row_each(cleaned: list[dict[str, Any]]) -> None:
    """Empty text, binary junk, no page, two pages: one error row each, as in-process."""
    for record in BAD_RECORDS:
        rows = [r for r in cleaned if r["id"] == record["id"]]
        assert rows == expected_rows(record), record["id"]
        [row] = rows
        assert row["error"]["type"] in {"InputError", "NoArticle"}
        assert row["error"]["message"]
    assert all(r["error"] is None for r in cleaned if not str(r["id"]).startswith("bad-"))


def test_columns_carry_the_records_page_keys_from_one_definition() -> None:
    """Spark's columns hold ``records.PAGE_KEYS`` in order, after the article's own."""
    start = COLUMNS.index(PAGE_KEYS[0])
    assert COLUMNS[start : start + len(PAGE_KEYS)] == PAGE_KEYS
    assert COLUMNS[-2:] == ("edits", "error")
    assert COLUMNS[: len(FLAT_KEYS)] == FLAT_KEYS
    assert {"confidence", "links", "images"} <= set(COLUMNS)


def test_clean_partition_rows_have_the_records_page_values() -> None:
    """``clean_partition``'s dicts carry what ``records`` rows carry for the page."""
    html = (
        "<html lang='en-GB'><head><title>Rates held</title>"
        "<meta property='og:site_name' content='Daily'>"
        "<meta property='article:modified_time' content='2025-06-07T10:00:00Z'></head><body>"
        "<article><h1>Rates held</h1><p>The bank kept rates on hold on Thursday, "
        "officials said.The decision was expected by most economists in the market.</p>"
        "</article></body></html>"
    )
    [row] = list(clean_partition([{"id": "h", "html": html}], explain=True))
    page = newsclean.clean(html)
    want = page_keys(page)
    assert {k: row[k] for k in PAGE_KEYS if k != "modified"} == {
        k: v for k, v in want.items() if k != "modified"
    }
    assert row["declared_language"] == "en-GB"
    assert row["site_name"] == "Daily"
    assert row["modified"] == datetime(2025, 6, 7, 10, 0, tzinfo=UTC)
    assert page.main is not None
    assert row["edits"] == [e.to_dict() for e in page.main.edits]
    assert row["edits"]  # the run-together "said.The" was repaired
    [plain] = list(clean_partition([{"id": "h", "html": html}]))
    assert plain["edits"] is None


def test_explain_fills_the_edits_column(spark: Any) -> None:
    """``explain=True``: each article's repairs as an array of structs, as in-process."""
    text = (ROOT / "examples" / "cards-page.txt").read_text("utf-8")
    record = {"id": "cards", "text": text}
    frame = pages_frame(spark, [record], partitions=1)
    got = collect(clean_pages(frame, explain=True))
    assert got == expected_rows(record, explain=True)
    assert all(r["edits"] is None for r in collect(clean_pages(frame)))


def test_schema_is_the_documented_one(spark: Any) -> None:
    """The output schema is ``article_schema`` with the id column's own type."""
    from pyspark.sql.types import LongType, StringType

    frame = pages_frame(spark, BAD_RECORDS[:1], partitions=1)
    assert clean_pages(frame).schema == article_schema(StringType())
    assert list(clean_pages(frame).columns) == list(COLUMNS)
    numbered = spark.createDataFrame(
        [(7, "Rates held\nThe bank kept rates on hold.")], "n long, t string"
    )
    out = clean_dataframe(numbered, text_col="t", id_col="n")
    assert out.schema == article_schema(LongType())
    assert [(r.id, r.segment, r.title) for r in out.collect()] == [(7, 0, "Rates held")]


# --------------------------------------------------------------------------- determinism


@pytest.fixture(scope="module")
def sample() -> list[dict[str, Any]]:
    """A few pages of every kind, for the runs that repeat the cleaning."""
    try:
        pages = [*aeb_records()[::15], reference_record()]
    except pytest.skip.Exception:
        pages = []
    return [
        *pages,
        {"id": "cards", "text": (ROOT / "examples" / "cards-page.txt").read_text("utf-8")},
        *BAD_RECORDS,
    ]


def test_same_rows_on_any_partitioning(spark: Any, sample: list[dict[str, Any]]) -> None:
    """One partition or seven: the same rows, so no executor's state leaks into them."""
    one = collect(clean_pages(pages_frame(spark, sample, partitions=1)))
    seven = collect(clean_pages(pages_frame(spark, sample, partitions=7)))
    assert one == seven
    assert one == sorted((r for rec in sample for r in expected_rows(rec)), key=_order)


def test_clean_partition_on_an_rdd_gives_the_dataframe_rows(
    spark: Any, sample: list[dict[str, Any]]
) -> None:
    """``rdd.mapPartitions(clean_partition)`` and ``clean_dataframe`` agree."""
    from pyspark.sql.types import StringType

    frame = pages_frame(spark, sample, partitions=3)
    rows = frame.rdd.mapPartitions(clean_partition)
    via_rdd = spark.createDataFrame(rows, article_schema(StringType()))
    assert collect(via_rdd) == collect(clean_pages(frame))


def test_options_reach_the_executors(spark: Any) -> None:
    """``options`` travel with the job: no card splitting gives one article, as in-process."""
    text = (ROOT / "examples" / "cards-page.txt").read_text("utf-8")
    record = {"id": "cards", "text": text}
    options = Options(split_cards=False)
    frame = pages_frame(spark, [record], partitions=1)
    got = collect(clean_pages(frame, options=options))
    assert got == expected_rows(record, options)
    assert len(got) < len(expected_rows(record))


#: an HTML story with a link in its text and a captioned image (``html.media``'s example)
MEDIA_HTML = (
    b"<html><body><article><h1>Rates held</h1><figure><img src='/a.jpg' alt='The bank'>"
    b"<figcaption>The bank in May.</figcaption></figure><p>The bank kept rates on hold, "
    b"<a href='/rates'>its statement</a> said, as markets had expected for weeks.</p>"
    b"</article></body></html>"
)


def test_links_and_images_options_reach_the_executors(spark: Any) -> None:
    """``Options(links=True, images=True)`` travel with the job: the main story's links
    and images as arrays of structs, as in-process; null without the options."""
    record = {"id": "media", "url": "https://news.example/story", "html": MEDIA_HTML}
    options = Options(links=True, images=True)
    frame = pages_frame(spark, [record], partitions=1)
    [got] = collect(clean_pages(frame, options=options))
    assert [got] == expected_rows(record, options)
    assert got["links"] == [
        {"text": "its statement", "href": "https://news.example/rates", "start": 29, "end": 42}
    ]
    assert got["images"] == [
        {"src": "https://news.example/a.jpg", "alt": "The bank", "caption": "The bank in May."}
    ]
    assert got["text"][29:42] == "its statement"
    [plain] = collect(clean_pages(frame))
    assert plain["links"] is None
    assert plain["images"] is None


def test_schema_is_the_same_whatever_the_options(spark: Any) -> None:
    """Links, images and explain fill columns; they never add or retype one."""
    frame = pages_frame(spark, BAD_RECORDS[:1], partitions=1)
    plain = clean_pages(frame).schema
    on = clean_pages(frame, options=Options(links=True, images=True), explain=True).schema
    assert plain == on


def test_reference_time_as_an_iso_string_column(spark: Any) -> None:
    """A string column of ISO times works like a timestamp column."""
    text = (ROOT / "examples" / "cards-page.txt").read_text("utf-8")
    frame = spark.createDataFrame(
        [("c", text, "2025-06-07T12:00:00Z")], "id string, text string, at string"
    )
    got = collect(clean_dataframe(frame, text_col="text", id_col="id", reference_time_col="at"))
    want = expected_rows({"id": "c", "text": text, "fetched_at": REFERENCE_TIME})
    assert got == want
    assert any(r["published"] for r in got)


def test_without_an_id_column_every_row_gets_one(spark: Any) -> None:
    """No ``id_col``: ``monotonically_increasing_id``, unique per input row."""
    texts = [
        ("Rates held\nThe bank kept rates on hold.",),
        ("",),
        ("Markets rose\nStocks rose on Friday.",),
    ]
    out = clean_dataframe(spark.createDataFrame(texts, "t string"), text_col="t").collect()
    assert len(out) == 3
    assert len({r.id for r in out}) == 3
    assert [r.error is None for r in out] == [True, False, True]


# --------------------------------------------------------------------------- results


def test_results_pickle(spark: Any, cleaned: list[dict[str, Any]]) -> None:
    """Collected rows, ``clean_partition``'s dicts and the job's function all pickle."""
    from newsclean.spark import _clean_frames

    rows = clean_pages(pages_frame(spark, BAD_RECORDS, partitions=1)).collect()
    assert pickle.loads(pickle.dumps(rows)) == rows
    assert pickle.loads(pickle.dumps(cleaned)) == cleaned
    dicts = list(clean_partition([reference_record() if _has_shared() else BAD_RECORDS[0]]))
    assert pickle.loads(pickle.dumps(dicts)) == dicts
    job = functools.partial(_clean_frames, options=Options(language="de"))
    assert pickle.loads(pickle.dumps(job)).keywords == job.keywords


def _has_shared() -> bool:
    try:
        reference_record()
    except pytest.skip.Exception:
        return False
    return True


def test_wrong_columns_raise_before_any_job(spark: Any) -> None:
    """Column mistakes are the caller's and raise at once; bad values become rows."""
    frame = spark.createDataFrame([(1, "x", 2.0)], "n long, t string, f double")
    with pytest.raises(ValueError, match="text_col"):
        clean_dataframe(frame)
    with pytest.raises(ValueError, match="no such column: missing"):
        clean_dataframe(frame, text_col="missing")
    with pytest.raises(TypeError, match="'n' \\(text\\) is bigint"):
        clean_dataframe(frame, text_col="n")
    with pytest.raises(TypeError, match="reference time"):
        clean_dataframe(frame, text_col="t", reference_time_col="f")
    with pytest.raises(TypeError, match="'f' \\(id\\) is double"):
        clean_dataframe(frame, text_col="t", id_col="f")


# --------------------------------------------------------------------------- the example job


def _write_warc(path: Path, html: bytes, text: str) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)

        def response(url: str, body: bytes, ctype: str, status: str = "200 OK") -> None:
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url,
                "response",
                payload=BytesIO(body),
                http_headers=http,
                warc_headers_dict={"WARC-Date": "2025-06-07T12:00:00Z"},
            )
            writer.write_record(record)

        response("https://example.org/cards", text.encode("utf-8"), "text/plain; charset=utf-8")
        response("https://example.org/story", html, "text/html; charset=utf-8")
        response("https://example.org/gone", b"<html>gone</html>", "text/html", "404 Not Found")
        response("https://example.org/logo.png", b"\x89PNG\r\n", "image/png")
        writer.write_record(
            writer.create_warc_record(
                "https://example.org/story",
                "request",
                payload=BytesIO(b"GET /story HTTP/1.1\r\n\r\n"),
            )
        )


STORY_HTML = b"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Tram line reopens after flood repairs - Example Times</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Tram line reopens after flood repairs</h1>
<p class="byline">By Ana Ruiz</p>
<p>The city's oldest tram line reopened on Friday after three months of repairs to track
and signals damaged when the river burst its banks in March.</p>
<p>Engineers replaced two kilometres of rail and rebuilt the depot's flooded power room,
the transport authority said, and trams will run every six minutes at peak times.</p>
<p>Shop owners along the route said the closure had cut their trade by a third, and welcomed
the first trams with music and free coffee for passengers.</p>
</article><footer>Copyright 2025 Example Times. All rights reserved.</footer></body></html>
"""


def test_warc_to_parquet_example_with_spark_submit(tmp_path: Path) -> None:
    """``spark-submit --master local[2] examples/warc_to_parquet.py in.warc.gz out/``."""
    require_spark()  # it runs spark-submit, not the session fixture that checks the extra
    import pyarrow.parquet as pq

    cards = (ROOT / "examples" / "cards-page.txt").read_text("utf-8")
    warc = tmp_path / "in.warc.gz"
    _write_warc(warc, STORY_HTML, cards)
    out = tmp_path / "out"
    submit = Path(sys.executable).with_name("spark-submit")
    command = [str(submit), "--master", "local[2]", "--conf", "spark.ui.enabled=false"]
    command += ["--conf", "spark.ui.showConsoleProgress=false", "--driver-memory", "1g"]
    command += [str(ROOT / "examples" / "warc_to_parquet.py"), str(warc), str(out)]
    done = subprocess.run(
        command, env=worker_env(), capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "0 file(s) unreadable" in done.stdout

    table = pq.read_table(out).to_pylist()
    by_url: dict[str, list[dict[str, Any]]] = {}
    for row in table:
        by_url.setdefault(row["url"], []).append(row)
    assert set(by_url) == {"https://example.org/cards", "https://example.org/story"}
    for url, page in (
        ("https://example.org/cards", cards),
        ("https://example.org/story", STORY_HTML),
    ):
        rows = sorted(by_url[url], key=lambda r: r["segment"])
        key = "text" if isinstance(page, str) else "html"
        want = list(
            clean_records(
                [{"id": rows[0]["id"], "url": url, key: page, "fetched_at": "2025-06-07T12:00:00Z"}]
            )
        )
        assert [r["title"] for r in rows] == [w["title"] for w in want]
        assert [r["text"] for r in rows] == [w["text"] for w in want]
        assert all(r["id"].startswith("<urn:uuid:") and r["error"] is None for r in rows)
    story = by_url["https://example.org/story"][0]
    assert story["title"] == "Tram line reopens after flood repairs"
    assert "Copyright" not in story["text"]
    assert os.path.isdir(out)
