"""newsclean: scraped news pages in, clean typed articles out.

>>> import newsclean
>>> page = newsclean.clean("Rates held\\nThe bank kept rates on hold.Markets rose.")
>>> [s.text for s in page.main.sentences]
['The bank kept rates on hold.', 'Markets rose.']
"""

from __future__ import annotations

from newsclean._types import (
    Article,
    Byline,
    Edit,
    Fix,
    Metadata,
    Page,
    Removal,
    RemovalKind,
    Sentence,
    Span,
    Timestamp,
)
from newsclean.bylines import parse_byline
from newsclean.errors import InputError, LimitExceeded, NewscleanError
from newsclean.explain import explain
from newsclean.options import Options
from newsclean.pipeline import clean, clean_html, clean_text
from newsclean.records import clean_batch, clean_records
from newsclean.rules import RULES, Rule
from newsclean.sentences import split_sentences
from newsclean.timestamps import parse_timestamp

__version__ = "0.1.0"

__all__ = [
    "RULES",
    "Article",
    "Byline",
    "Edit",
    "Fix",
    "InputError",
    "LimitExceeded",
    "Metadata",
    "NewscleanError",
    "Options",
    "Page",
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
