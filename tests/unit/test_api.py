"""The public surface: names, types, errors and the packaged files."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from importlib import resources

import pytest

import newsclean

PUBLIC_NAMES = [
    "RULES",
    "Article",
    "Byline",
    "Edit",
    "Fix",
    "Image",
    "InputError",
    "LimitExceeded",
    "Link",
    "Metadata",
    "NewscleanError",
    "Options",
    "Page",
    "PageKind",
    "Removal",
    "RemovalKind",
    "Rule",
    "Sentence",
    "Span",
    "Timestamp",
    "__version__",
    "clean",
    "clean_batch",
    "clean_html",
    "clean_records",
    "clean_text",
    "explain",
    "parse_byline",
    "parse_timestamp",
    "split_sentences",
]


def test_public_names_exist() -> None:
    """Every name in __all__ is importable."""
    for name in newsclean.__all__:
        assert hasattr(newsclean, name), name


def test_public_names_are_exactly_these() -> None:
    """The package's public surface is this list: a name added or lost is deliberate."""
    assert sorted(newsclean.__all__) == sorted(PUBLIC_NAMES)


def test_public_functions_are_the_functions_not_their_modules() -> None:
    """``newsclean.explain`` is the report function, not the ``shell.explain`` module."""
    for name in ("clean", "clean_html", "clean_text", "explain", "parse_byline"):
        assert callable(getattr(newsclean, name)), name


def test_spark_module_keeps_its_path() -> None:
    """``newsclean.spark`` imports without pyspark, at the path the docs give."""
    import newsclean.spark

    assert callable(newsclean.spark.clean_dataframe)


def test_py_typed_and_data_ship() -> None:
    """py.typed and the English lexicons are package resources."""
    assert resources.files("newsclean").joinpath("py.typed").is_file()
    assert resources.files("newsclean.data").joinpath("en", "chrome_lines.txt").is_file()


def test_empty_input_gives_no_articles() -> None:
    """Empty and whitespace-only pages give a Page with no articles."""
    assert newsclean.clean("").articles == ()
    assert newsclean.clean(" \n\t\n").articles == ()
    assert newsclean.clean(b"").articles == ()


def test_binary_bytes_raise_input_error() -> None:
    """Bytes that are neither text nor HTML raise InputError."""
    with pytest.raises(newsclean.InputError):
        newsclean.clean(b"\x00\x01\x02\x03" * 100)


def test_wrong_type_raises_input_error() -> None:
    """A non-text argument is a typed error, not a crash."""
    with pytest.raises(newsclean.InputError):
        newsclean.clean(12345)  # type: ignore[arg-type]


def test_limit_exceeded() -> None:
    """Inputs over Options.max_input_chars raise LimitExceeded."""
    options = newsclean.Options(max_input_chars=10)
    with pytest.raises(newsclean.LimitExceeded):
        newsclean.clean("x" * 11, options=options)


def test_options_are_frozen() -> None:
    """Options cannot be changed in place, only replaced."""
    options = newsclean.Options()
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.language = "de"  # type: ignore[misc]
    assert dataclasses.replace(options, language="de").language == "de"


def test_html_is_detected_and_flattened() -> None:
    """HTML input goes through the HTML path and keeps the story text."""
    html = (
        "<html><body><nav><a href='/'>Home</a></nav><h1>Rates held</h1>"
        "<p>The central bank kept its main rate unchanged on Thursday, citing inflation.</p>"
        "<p>Markets had expected the decision, analysts said in notes to clients.</p>"
        "</body></html>"
    )
    page = newsclean.clean(html)
    assert page.main is not None
    assert "kept its main rate unchanged" in page.main.text
    assert "<p>" not in page.main.text


def test_naive_reference_time_is_utc() -> None:
    """A naive reference time is read as UTC."""
    text = (
        "Story\n\nRelated Articles\nWire\nan hour ago\n- Wire\nHeadline here\n" + "Body text. " * 10
    )
    aware = newsclean.clean(text, reference_time=datetime(2025, 6, 7, 12, tzinfo=UTC))
    naive = newsclean.clean(text, reference_time=datetime(2025, 6, 7, 12))
    assert [a.published for a in aware.articles] == [a.published for a in naive.articles]


def test_to_dict_is_json_ready() -> None:
    """Page.to_dict() serialises with the standard json module."""
    import json

    page = newsclean.clean("Title\nA body sentence that is long enough to keep here.")
    assert json.loads(json.dumps(page.to_dict()))["articles"]
