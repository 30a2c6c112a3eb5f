"""newsclean: scraped news pages in, clean typed articles out.

>>> import newsclean
>>> page = newsclean.clean("Rates held\\nThe bank kept rates on hold.Markets rose.")
>>> [s.text for s in page.main.sentences]
['The bank kept rates on hold.', 'Markets rose.']
"""

from __future__ import annotations

from newsclean.core.errors import InputError, LimitExceeded, NewscleanError
from newsclean.core.options import Options
from newsclean.core.rules import RULES, Rule
from newsclean.core.types import (
    Article,
    Byline,
    Edit,
    Fix,
    Image,
    Link,
    Metadata,
    Page,
    PageKind,
    Removal,
    RemovalKind,
    Sentence,
    Span,
    Timestamp,
)
from newsclean.core.version import __version__
from newsclean.parsers.bylines import parse_byline
from newsclean.parsers.sentences import split_sentences
from newsclean.parsers.timestamps import parse_timestamp
from newsclean.pipeline import clean, clean_html, clean_text
from newsclean.shell.explain import explain
from newsclean.shell.records import clean_batch, clean_records

__all__ = [
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
