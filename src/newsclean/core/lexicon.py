"""Rules and word lists stored as data files, loaded once.

Files live in ``newsclean/data/<language>/<name>.txt``: one entry per line,
``#`` starts a comment, blank lines are ignored. Tables use a tab between
key and value. Loading is cached per (language, name); the cache holds
immutable values only, so it can never change a result.
"""

from __future__ import annotations

import functools
import string
from importlib import resources

import regex

__all__ = [
    "ASCII_KEY_EDGE",
    "chrome_entries",
    "chrome_roles",
    "chrome_table",
    "entries",
    "languages",
    "line_key",
    "table",
]

_DATA = "newsclean.data"


def _lines(language: str, name: str) -> tuple[str, ...]:
    path = resources.files(_DATA).joinpath(language, f"{name}.txt")
    if not path.is_file():
        return ()
    out: list[str] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = "" if raw.lstrip().startswith("#") else raw.split(" # ", 1)[0].rstrip()
        if line.strip():
            out.append(line.strip("\n"))
    return tuple(out)


@functools.cache
def entries(language: str, name: str) -> tuple[str, ...]:
    """The entries of ``data/<language>/<name>.txt`` in file order.

    A missing file gives an empty tuple, so a language may lack a list.

    >>> "Live Events" in entries("en", "chrome_lines")
    True
    """
    return tuple(line.strip() for line in _lines(language, name))


@functools.cache
def table(language: str, name: str) -> dict[str, str]:
    """``key<TAB>value`` rows of ``data/<language>/<name>.txt`` as a dict.

    Callers must not mutate the dict; it is shared.
    """
    rows: dict[str, str] = {}
    for line in _lines(language, name):
        key, _, value = line.partition("\t")
        rows[key.strip()] = value.strip()
    return rows


@functools.cache
def languages() -> tuple[str, ...]:
    """The languages that have a data folder."""
    root = resources.files(_DATA)
    return tuple(
        sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_"))
    )


# Site-chrome lists apply in English too on pages in other languages: sites
# keep English chrome ("Share", "Related Articles", "Read more") in their
# templates.
_CHROME_FALLBACK = "en"


@functools.cache
def chrome_entries(language: str | None, name: str) -> tuple[str, ...]:
    """A site-chrome list for ``language``, then the English one (once for English).

    With no language (a page whose language is not known), every
    language's list, English first: whole-line chrome phrases in one
    language are not story lines in another.

    >>> lines = chrome_entries("de", "chrome_lines")
    >>> "Teilen" in lines, "Share" in lines, "Condividi" in lines
    (True, True, False)
    >>> "Condividi" in chrome_entries(None, "chrome_lines")
    True
    """
    if language is None:
        others = sorted(set(languages()) - {_CHROME_FALLBACK})
        return tuple(e for lang in (_CHROME_FALLBACK, *others) for e in entries(lang, name))
    extra = entries(_CHROME_FALLBACK, name) if language != _CHROME_FALLBACK else ()
    return (*entries(language, name), *extra)


@functools.cache
def chrome_table(language: str, name: str) -> dict[str, str]:
    """``chrome_entries`` for a table: the language's rows win over English's.

    Callers must not mutate the dict; it is shared.
    """
    if language == _CHROME_FALLBACK:
        return table(language, name)
    return {**table(_CHROME_FALLBACK, name), **table(language, name)}


def chrome_roles(language: str | None, name: str, roles: frozenset[str]) -> dict[str, list[str]]:
    """``chrome_entries`` of a ``phrase<TAB>role`` list: the lowered phrases by role.

    Every role of ``roles`` has a list (maybe empty); a row with another
    role raises ``ValueError``, so a typo in a data file fails at load.

    >>> chrome_roles("en", "reading_times", frozenset({"unit", "before", "after"}))["after"][:2]
    ['read', 'reading']
    """
    rows: dict[str, list[str]] = {r: [] for r in roles}
    for line in chrome_entries(language, name):
        phrase, _, role = line.partition("\t")
        role = role.strip()
        if role not in roles:
            raise ValueError(f"{name}: unknown role {role!r} for {phrase!r}")
        rows[role].append(phrase.strip().lower())
    return rows


# Letters and digits that ``\w`` matches for sure, and the other ASCII characters.
_ASCII_WORD_CHARS = frozenset(string.ascii_letters + string.digits)
_ASCII_EDGE = "".join(chr(c) for c in range(128) if chr(c) not in _ASCII_WORD_CHARS)
_EDGE_PUNCT = regex.compile(r"^[\W_]+|[\W_]+$")
# What ``line_key`` strips from an ASCII line's ends: ``text.strip(ASCII_KEY_EDGE).lower()``
# is its key, for a caller asking per line (a call costs more than the strip).
ASCII_KEY_EDGE = _ASCII_EDGE


def line_key(text: str) -> str:
    """A line reduced for lexicon look-up: punctuation at the ends gone, case folded.

    >>> line_key("  Related Articles: ")
    'related articles'
    """
    if text.isascii():  # on ASCII, ``[\W_]`` is every character but letters and digits
        return text.strip(_ASCII_EDGE).lower()
    # Stripped of common punctuation first (all of it ``[\W_]``): when a
    # letter or decimal digit (``\w`` in every script) is left at each end,
    # the pattern would have stripped just that, and its pass is spared.
    key = text.strip(_WIDE_EDGE)
    first, last = key[:1], key[-1:]
    if (first.isalpha() or first.isdecimal()) and (last.isalpha() or last.isdecimal()):
        return key.casefold()
    return _EDGE_PUNCT.sub("", text).casefold()


# ``_ASCII_EDGE`` and the punctuation past ASCII that lines commonly end in.
_WIDE_EDGE = _ASCII_EDGE + "’‘“”„«»‹›…—–·•\u00a0"
