"""clean_records and clean_batch: one row per article, an error row per bad record."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

import newsclean
from newsclean.shell.records import BATCH_COLUMNS, parse_time

STORY = "Rates held\nThe bank kept rates on hold on Thursday, officials said."
HTML = (
    "<html><head><title>Budget passes</title></head><body><nav><a href='/'>Home</a></nav>"
    "<article><h1>Budget passes</h1>"
    + "<p>The council approved the new budget on Monday, after a long debate.</p>" * 2
    + "</article></body></html>"
)


def test_rows_carry_id_segment_and_url() -> None:
    """Every article row names its record's id, its segment index and the URL."""
    rows = list(newsclean.clean_records([{"id": "a", "url": "https://x.test/a", "text": STORY}]))
    assert [(r["id"], r["segment"], r["url"], r["title"]) for r in rows] == [
        ("a", 0, "https://x.test/a", "Rates held")
    ]
    assert "removed" not in rows[0]


def test_html_record_is_cleaned_as_html() -> None:
    """An 'html' record goes through the HTML pipeline."""
    (row,) = newsclean.clean_records([{"id": 1, "html": HTML}])
    assert row["title"] == "Budget passes"
    assert len(row["paragraphs"]) == 2


@pytest.mark.parametrize(
    "record",
    [
        {"id": "x"},
        {"id": "x", "text": ""},
        {"id": "x", "text": 3},
        {"id": "x", "text": "a", "html": "b"},
    ],
)
def test_bad_records_give_one_error_row(record: dict[str, object]) -> None:
    """Empty, wrongly typed or ambiguous records give an InputError row."""
    (row,) = newsclean.clean_records([record])
    assert row["id"] == "x"
    assert row["error"]["type"] == "InputError"


def test_not_a_mapping_gets_its_position_as_id() -> None:
    """A record that is not a mapping is reported under its position."""
    rows = list(newsclean.clean_records([{"text": STORY}, None, 42]))  # type: ignore[list-item]
    assert [r["id"] for r in rows] == [0, 1, 2]
    assert [("error" in r) for r in rows] == [False, True, True]


def test_fetched_at_resolves_relative_times() -> None:
    """A record's fetched_at is the reference time of its relative dates."""
    text = (
        "Rates held\nReuters\nan hour ago\nThe bank kept rates on hold on Thursday, officials said."
    )
    (row,) = newsclean.clean_records([{"text": text, "fetched_at": "2025-06-07T12:00:00Z"}])
    assert row["published"]["value"] == "2025-06-07T11:00:00+00:00"


def test_bad_fetched_at_is_an_error_row() -> None:
    """An unparseable fetched_at is the record's error, not an exception."""
    (row,) = newsclean.clean_records([{"id": 5, "text": STORY, "fetched_at": "yesterday"}])
    assert row["error"]["type"] == "InputError"


def test_explain_adds_removals_with_reasons() -> None:
    """explain=True keeps article removals and page removals, each with its rule's reason."""
    text = (
        "Menu\nRates held\n"
        "The bank kept rates on hold on Thursday, officials said. Read more\nCookie policy"
    )
    (row,) = newsclean.clean_records([{"text": text}], explain=True)
    removals = row["removed"] + row["page_removed"]
    assert removals
    assert all(r["rule"] in newsclean.RULES and r["reason"] for r in removals)


def test_parse_time_reads_naive_as_utc() -> None:
    """A naive ISO time is UTC; a datetime passes through."""
    assert parse_time("2025-06-07T12:00") == datetime(2025, 6, 7, 12, tzinfo=UTC)
    moment = datetime(2025, 1, 1, tzinfo=UTC)
    assert parse_time(moment) is moment


def test_clean_batch_one_page_in_many_rows_out() -> None:
    """A batch of records gives a column dict with one row per article and error rows."""
    page = (
        "Main story\nThe bank kept rates on hold on Thursday, officials said.\n"
        "Related Articles\nSecond story\nNews18\nan hour ago\n"
        "Markets rose after the decision and traders cheered the news, analysts said."
    )
    out = newsclean.clean_batch({"id": ["p", "q"], "text": [page, ""]})
    assert list(out) == list(BATCH_COLUMNS)
    assert len({len(v) for v in out.values()}) == 1
    assert out["id"][-1] == "q"
    assert out["error_type"][-1] == "InputError"
    assert all(e is None for e in out["error"][:-1])
    assert out["id"][:-1] == ["p"] * (len(out["id"]) - 1)


def test_clean_batch_rejects_ragged_columns() -> None:
    """Columns of different lengths are a caller error."""
    with pytest.raises(newsclean.InputError):
        newsclean.clean_batch({"id": [1, 2], "text": ["a"]})


def test_clean_batch_works_with_pandas() -> None:
    """A DataFrame's columns go in and a DataFrame of articles comes out."""
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"id": [1, 2], "text": [STORY, " "]})
    out = pd.DataFrame(newsclean.clean_batch(df.to_dict("list")))
    assert list(out["id"]) == [1, 2]
    assert out["error"].isna().tolist() == [True, False]
