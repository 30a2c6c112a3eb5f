"""Bylines: "By Jane Doe and John Roe, Reuters".

STUB: a first version; the byline grammar (issue 4) replaces it.
"""

from __future__ import annotations

from datetime import datetime

import regex

from newsclean._types import Byline

__all__ = ["parse_byline"]

_BY = regex.compile(r"^\s*by\s+(.+)$", regex.IGNORECASE)


def parse_byline(
    text: str, *, reference_time: datetime | None = None, language: str | None = None
) -> Byline:
    """Parse a byline into authors, source and timestamp.

    >>> parse_byline("By Jane Doe and John Roe").authors
    ('Jane Doe', 'John Roe')
    """
    m = _BY.match(text)
    if not m:
        return Byline(text=text)
    names = regex.split(r"\s*(?:,|\band\b|&)\s*", m.group(1).split("|")[0])
    return Byline(text=text, authors=tuple(n.strip() for n in names if n.strip()))
