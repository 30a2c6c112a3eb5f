"""clean_records and clean_batch: one row per article, an error row per bad record."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

import newsclean
import newsclean.shell.records
from newsclean.shell.records import (
    BATCH_COLUMNS,
    PAGE_KEYS,
    Record,
    article_rows,
    deduplicate,
    language_code,
    off_target,
    page_error,
    page_language,
    paragraph_key,
    parse_time,
)

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


# --- issue 18: what the rows carry -------------------------------------------------

META_HTML = (
    "<html lang='de-AT'><head><title>Budget passes</title>"
    "<meta property='og:site_name' content='Town Herald'>"
    "<link rel='canonical' href='https://herald.test/budget'>"
    "<meta name='description' content='The council approved the budget.'>"
    "<meta property='article:modified_time' content='2025-06-08T09:30:00Z'>"
    "</head><body><article><h1>Budget passes</h1>"
    + "<p>The council approved the new budget on Monday, after a long debate.</p>" * 2
    + "</article></body></html>"
)


def test_rows_carry_page_metadata_and_language() -> None:
    """Article rows carry the page's language and what the HTML says about itself."""
    (row,) = newsclean.clean_records([{"id": 1, "html": META_HTML}])
    assert row["language"] == "en"  # what it was cleaned as (no --language given)
    assert row["declared_language"] == "de-AT"
    assert row["site_name"] == "Town Herald"
    assert row["canonical_url"] == "https://herald.test/budget"
    assert row["description"] == "The council approved the budget."
    assert row["modified"]["value"] == "2025-06-08T09:30:00+00:00"
    assert set(PAGE_KEYS) <= set(row)


def test_text_rows_have_page_keys_empty_but_language() -> None:
    """A text page declares nothing: the page keys are there, None, but the language
    and the kind the page was told (two sentences are no story of forty words)."""
    (row,) = newsclean.clean_records([{"id": 1, "text": STORY}])
    assert {k: row[k] for k in PAGE_KEYS} == {
        "kind": "other",
        "language": "en",
        "declared_language": None,
        "site_name": None,
        "canonical_url": None,
        "description": None,
        "modified": None,
    }


def test_clean_batch_has_page_columns() -> None:
    """clean_batch gives the page columns, modified as its ISO value."""
    out = newsclean.clean_batch({"id": [1], "html": [META_HTML]})
    assert out["site_name"] == ["Town Herald"]
    assert out["modified"] == ["2025-06-08T09:30:00+00:00"]
    assert out["language"] == ["en"]


def test_explain_rows_carry_run_together_edits() -> None:
    """explain=True serialises Article.edits (the repaired joins); without it they stay out."""
    text = "Rates held\nThe bank kept rates on hold.Markets rose on the news, traders said."
    (plain,) = newsclean.clean_records([{"text": text}])
    (row,) = newsclean.clean_records([{"text": text}], explain=True)
    assert "edits" not in plain
    page = newsclean.clean(text)
    assert row["edits"] == [e.to_dict() for e in page.main.edits]
    assert [(e["replacement"], e["rule"]) for e in row["edits"]] == [(" ", "edit.join")]
    assert page.text[row["edits"][0]["start"] - 5 : row["edits"][0]["start"]] == "hold."


def test_article_to_dict_has_edits() -> None:
    """Article.to_dict gains 'edits' after 'removed' (and 'confidence' after it), its
    older keys unchanged."""
    data = newsclean.clean("Rates held\nThe bank kept rates on hold.Markets rose.").main
    assert data is not None
    keys = list(data.to_dict())
    assert keys[-3:] == ["removed", "edits", "confidence"]
    assert data.to_dict()["edits"][0]["rule"] == "edit.join"


@pytest.mark.parametrize("page", ["", " \n\t", b""])
def test_empty_page_one_rule(page: str | bytes) -> None:
    """clean() gives an empty Page (Page.empty); the rows give the same InputError row."""
    cleaned = newsclean.clean(page)
    assert cleaned.articles == ()
    assert cleaned.empty
    (row,) = newsclean.clean_records([{"id": "x", "page": page}])
    assert row == {
        "id": "x",
        "error": {"type": "InputError", "message": "empty record: no text on the page"},
    }
    assert page_error(cleaned) == ("InputError", "empty record: no text on the page")
    out = newsclean.clean_batch({"id": ["x"], "page": [page]})
    assert (out["error_type"], out["error"]) == (["InputError"], [row["error"]["message"]])


def test_page_without_story_is_no_article_not_empty() -> None:
    """Text without a story is not empty: its row says NoArticle."""
    page = newsclean.clean("Menu\nCookie policy")
    assert not page.empty
    assert page_error(page) == ("NoArticle", "no story found on the page")


# --- issue 18: languages and repeated paragraphs -----------------------------------


def test_language_code_checks_against_data_languages() -> None:
    """Known codes come back as their primary subtag; unknown ones are an InputError."""
    assert language_code("de") == "de"
    assert language_code(" PT_br ") == "pt"
    for bad in ("xx", "", "english", "d e"):
        with pytest.raises(newsclean.InputError, match="unknown language"):
            language_code(bad)


def test_page_language_is_what_the_words_tell_else_what_html_declares() -> None:
    """The page's words tell its language (a template's lang='de-AT' over
    English text is English); a page whose words do not tell has what its
    HTML declares; an option wins."""
    assert page_language(newsclean.clean(META_HTML)) == "en"
    few = "<html lang='de-AT'><body><article><p>Guten Tag.</p></article></body></html>"
    assert page_language(newsclean.clean(few)) == "de"
    assert page_language(newsclean.clean(STORY)) == "en"
    german = newsclean.clean(STORY, options=newsclean.Options(language="de"))
    assert page_language(german) == "de"
    assert off_target(newsclean.clean(few), "de") is None
    assert off_target(newsclean.clean(STORY), "de") == (
        "the page is in en, not the target language de"
    )


def test_paragraph_key_ignores_case_and_spacing_only() -> None:
    """'Repeated' means the same text up to case, Unicode form and white space."""
    assert paragraph_key("Back to  Gallery") == paragraph_key("back to gallery\u00a0")
    assert paragraph_key("ﬁne") == paragraph_key("fine")  # NFKC
    assert paragraph_key("Back to gallery.") != paragraph_key("Back to gallery")


def test_deduplicate_drops_repeats_across_records_only() -> None:
    """A paragraph seen in an earlier record goes; repeats inside one page stay."""
    first = "Rates held\nThe bank kept rates on hold, officials said.\nSharing is caring!"
    second = (
        "Markets rose\nSharing is caring!\nTraders cheered the decision, analysts said.\n"
        "Traders cheered the decision, analysts said."
    )
    cleaned = [
        newsclean.shell.records.clean_record({"id": i, "text": t})
        for i, t in enumerate([first, second])
    ]
    a, b = deduplicate(cleaned)
    assert a.page == cleaned[0].page
    assert a.duplicates == (0,)
    assert b.duplicates == (1,)
    main = b.page.main
    assert main is not None
    assert "Sharing is caring!" not in main.paragraphs
    assert main.paragraphs.count("Traders cheered the decision, analysts said.") == 2
    assert main.text == "\n\n".join(main.paragraphs)
    assert all(main.text[s.start : s.end] == s.text for s in main.sentences)


def test_deduplicate_keeps_an_emptied_record() -> None:
    """A record whose paragraphs all repeat still gives its row: empty text, a count."""
    cleaned = newsclean.shell.records.clean_record({"id": "a", "text": STORY})
    again = Record("b", None, cleaned.page)
    _, b = deduplicate([cleaned, again])
    (row,) = article_rows(b)
    assert (row["id"], row["title"], row["text"], row["paragraphs"]) == ("b", "Rates held", "", [])
    assert row["sentences"] == []
    assert row["duplicates"] == 1
    assert "duplicates" not in article_rows(cleaned)[0]
