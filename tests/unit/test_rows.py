"""Every row format carries what the library knows, from one definition (issue 18, point 4).

``records.ROW_KEYS`` is that definition: ``article_rows`` (``clean_records``,
the command's ``jsonl`` and ``json``), ``clean_batch`` and ``csv``
(``FLAT_KEYS``), the ``md`` front matter and ``newsclean.spark``'s columns
follow it. None of these tests needs pyspark: ``clean_partition`` builds
Spark's rows in plain Python.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

import newsclean
from newsclean import Edit, Image, Link, Options
from newsclean.shell import cli, formats
from newsclean.shell.records import (
    ARTICLE_KEYS,
    BATCH_COLUMNS,
    FLAT_KEYS,
    PAGE_KEYS,
    ROW_KEYS,
    Record,
    article_rows,
)
from newsclean.spark import _KINDS, _STRUCT_FIELDS, COLUMNS, clean_partition

#: a story with a link in its text and a captioned image (``html.media``'s example)
MEDIA_HTML = (
    "<html><body><article><h1>Rates held</h1><figure><img src='/a.jpg' alt='The bank'>"
    "<figcaption>The bank in May.</figcaption></figure><p>The bank kept rates on hold, "
    "<a href='/rates'>its statement</a> said, as markets had expected for weeks.</p>"
    "</article></body></html>"
)
URL = "https://news.example/story"
LINKS = [{"text": "its statement", "href": "https://news.example/rates", "start": 29, "end": 42}]
IMAGES = [{"src": "https://news.example/a.jpg", "alt": "The bank", "caption": "The bank in May."}]
MEDIA = Options(links=True, images=True)
STORY = "Rates held\nThe bank kept rates on hold on Thursday, officials said."
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "cards-page.txt"


def _record(options: Options | None = None) -> Record:
    return Record("m", URL, newsclean.clean_html(MEDIA_HTML, url=URL, options=options))


# --------------------------------------------------------------------------- one definition


def test_every_row_format_takes_its_keys_from_row_keys() -> None:
    """The rows' keys, the batch and CSV columns and Spark's columns are ``ROW_KEYS``
    (flattened where a format flattens), in order, whatever the options."""
    assert ("id", "segment", "url", *ARTICLE_KEYS, *PAGE_KEYS) == ROW_KEYS
    for options in (None, MEDIA):
        for row in article_rows(_record(options)):
            assert list(row) == list(ROW_KEYS)
    assert (*FLAT_KEYS, "error_type", "error") == BATCH_COLUMNS
    assert formats.CSV_COLUMNS[: len(BATCH_COLUMNS)] == BATCH_COLUMNS
    assert COLUMNS[: len(FLAT_KEYS)] == FLAT_KEYS
    assert [k for k in FLAT_KEYS if k != "published_text"] == list(ROW_KEYS)


def test_row_keys_hold_every_field_of_article_to_dict() -> None:
    """A field added to ``Article.to_dict`` must be added to the rows too (here it fails);
    only the explain-only ``removed`` and ``edits`` are left to ``explain``."""
    article = newsclean.Article(
        "main", "T", "x", ("x",), (), links=(Link("x", "https://x.test", 0, 1),), images=()
    )
    assert set(article.to_dict()) - {"removed", "edits"} == set(ARTICLE_KEYS)


# --------------------------------------------------------------------------- records rows


def test_rows_keep_links_and_images_keys_null_without_the_options() -> None:
    """``links``/``images``: lists when the options read them, null otherwise; the
    keys are there either way, so a reader's schema does not change with options."""
    [plain] = article_rows(_record())
    assert plain["links"] is None
    assert plain["images"] is None
    [row] = article_rows(_record(MEDIA))
    assert row["links"] == LINKS
    assert row["images"] == IMAGES
    assert row["text"][29:42] == "its statement"
    assert 0 <= row["confidence"] <= 1


def test_clean_batch_carries_chapters_confidence_links_and_images() -> None:
    """``clean_batch`` has every article field; an error row's lists are empty except
    ``links``/``images``, which stay null (nothing was read)."""
    out = newsclean.clean_batch({"id": ["m", "e"], "html": [MEDIA_HTML, " "]}, options=MEDIA)
    page = newsclean.clean_html(MEDIA_HTML, options=MEDIA)
    assert page.main is not None
    assert out["confidence"] == [page.main.confidence, None]
    assert out["chapters"] == [[], []]
    assert out["links"][1] is None
    assert out["images"][1] is None
    # no URL in a batch without a url column: the addresses stay as written
    assert [link["href"] for link in out["links"][0]] == ["/rates"]
    assert [image["src"] for image in out["images"][0]] == ["/a.jpg"]
    plain = newsclean.clean_batch({"html": [MEDIA_HTML]})
    assert plain["links"] == [None]
    assert plain["images"] == [None]


# --------------------------------------------------------------------------- the command


def _media_page(tmp_path: Path) -> Path:
    """MEDIA_HTML written to a file the command reads."""
    page = tmp_path / "story.html"
    page.write_text(MEDIA_HTML, encoding="utf-8")
    return page


def test_csv_carries_links_and_images_json_encoded(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """-f csv --links --images: the lists JSON-encoded in their cells; empty without."""
    page = _media_page(tmp_path)
    assert cli.main(["-f", "csv", "--links", "--images", str(page)]) == 0
    [row] = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [link["text"] for link in json.loads(row["links"])] == ["its statement"]
    assert [image["alt"] for image in json.loads(row["images"])] == ["The bank"]
    assert float(row["confidence"]) > 0
    assert cli.main(["-f", "csv", str(page)]) == 0
    [plain] = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert (plain["links"], plain["images"]) == ("", "")


def test_md_front_matter_carries_the_main_storys_links_and_images(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """-f md --links --images: the front matter has the main story's lists in flow style."""
    page = _media_page(tmp_path)
    assert cli.main(["-f", "md", "--links", "--images", str(page)]) == 0
    head = capsys.readouterr().out.split("---")[1]
    assert 'links: [{"text": "its statement", "href": "/rates", "start": 29, "end": 42}]' in head
    assert 'images: [{"src": "/a.jpg", "alt": "The bank", "caption": "The bank in May."}]' in head
    assert "confidence: " in head
    assert cli.main(["-f", "md", str(page)]) == 0
    head = capsys.readouterr().out.split("---")[1]
    assert "links:" not in head
    assert "images:" not in head


# --------------------------------------------------------------------------- Spark's rows


def test_clean_partition_rows_carry_every_article_field() -> None:
    """Spark's rows (built without pyspark by ``clean_partition``) carry confidence,
    links and images with the options given, as the records rows do; chapters are
    structs, never null."""
    record = {"id": "m", "url": URL, "html": MEDIA_HTML}
    [row] = list(clean_partition([record], options=MEDIA))
    [want] = article_rows(_record(MEDIA))
    assert row["links"] == LINKS
    assert row["images"] == IMAGES
    assert row["confidence"] == want["confidence"]
    for key in ("summary", "paragraphs", "sentences", "credit"):
        assert row[key] == want[key], key
    assert row["chapters"] == []
    [plain] = list(clean_partition([record]))
    assert (plain["links"], plain["images"]) == (None, None)
    [error] = list(clean_partition([{"id": "e", "text": ""}], options=MEDIA))
    assert (error["links"], error["images"], error["confidence"]) == (None, None, None)
    assert (error["chapters"], error["paragraphs"]) == ([], [])


def test_spark_struct_fields_are_the_records_dicts() -> None:
    """Each array-of-structs column has the fields (and int/string types) of what
    ``records`` rows hold, so a field added to ``Link``, ``Image`` or ``Edit`` fails here."""
    samples = {
        "links": Link("its statement", "https://x.test/r", 4, 17).to_dict(),
        "images": Image("https://x.test/a.jpg", "alt", "caption").to_dict(),
        "edits": Edit(3, 3, " ", "edit.join").to_dict(),
    }
    for name, sample in samples.items():
        assert [field for field, _ in _STRUCT_FIELDS[name]] == list(sample), name
        for field, kind in _STRUCT_FIELDS[name]:
            assert kind == ("int" if isinstance(sample[field], int) else "string"), field
    assert [field for field, _ in _STRUCT_FIELDS["chapters"]] == ["time", "title"]


@pytest.mark.parametrize("options", [None, MEDIA], ids=["plain", "links-images"])
def test_every_spark_column_has_the_kind_of_its_values(options: Options | None) -> None:
    """A list column is an array and a number a number in Spark's schema: a key added
    to ``ROW_KEYS`` with a list or a float must get its kind (else it would be a string)."""
    records = [
        {"id": "m", "url": URL, "html": MEDIA_HTML},
        {"id": "c", "text": EXAMPLE.read_text("utf-8")},
        {"id": "s", "text": STORY},
        {"id": "e", "text": ""},
    ]
    expect = {
        list: ("strings", "structs"),
        float: ("double",),
        int: ("int", "id"),
        dict: ("error",),
    }
    for row in clean_partition(records, options=options, explain=True):
        for name in COLUMNS:
            value: Any = row[name]
            kind = _KINDS.get(name, "string")
            if value is None or kind in ("time", "id"):
                continue
            assert kind in expect.get(type(value), ("string",)), (name, value)
