"""Records in, article rows out: newsclean inside data pipelines.

A *record* is a mapping with the page and what is known about it::

    {"id": "a1", "url": "https://...", "text": "..." | "html": "...",
     "fetched_at": "2025-06-07T12:00:00Z"}

``text`` is flattened text, ``html`` is HTML (``str`` or ``bytes``; an
``encoding`` key is the charset hint for bytes), and ``page`` is either,
detected. ``fetched_at`` (ISO string or ``datetime``) is the reference time
relative dates ("an hour ago") resolve against.

Every record gives at least one row: one per article, or one error row
``{"id": ..., "error": {"type": ..., "message": ...}}`` when the record is
bad (no page, empty page, wrong types, a ``NewscleanError``). Nothing here
raises for bad input, so one broken record never stops a run of millions.

One rule for empty pages, everywhere: ``clean("")`` returns a ``Page``
with no articles (``Page.empty`` is true), and every row interface turns
a page without articles into one error row, ``InputError`` ("empty record:
no text on the page") when the page has no text, ``NoArticle`` when it has
text but no story (``page_error``).

Article rows carry what the page says about itself beside the article's
fields (``PAGE_KEYS``): ``kind`` (``Page.kind``: article, liveblog, forum,
recipe, listing or other), ``language`` (``Page.language``, what the page was
cleaned as), ``declared_language`` (what an HTML page declares),
``site_name``, ``canonical_url``, ``description`` and ``modified``.
Every row interface (``article_rows``, ``clean_batch``, the command's
``jsonl``/``csv``, ``newsclean.spark``) takes its keys from one definition,
``ROW_KEYS``, so each carries the same fields: ``confidence``, and ``links``
and ``images`` (None unless ``Options.links``/``Options.images`` read them).

    >>> rows = list(clean_records([
    ...     {"id": "a", "text": "Rates held\\nThe bank kept rates on hold.Markets rose."},
    ...     {"id": "b", "text": ""},
    ... ]))
    >>> [(r["id"], r.get("segment"), r.get("title")) for r in rows]
    [('a', 0, 'Rates held'), ('b', None, None)]
    >>> rows[1]["error"]
    {'type': 'InputError', 'message': 'empty record: no text on the page'}
"""

from __future__ import annotations

import dataclasses
import logging
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, MutableSet, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

import regex

from newsclean.core.errors import InputError
from newsclean.core.lexicon import languages
from newsclean.core.options import Options
from newsclean.core.rules import RULES
from newsclean.core.types import Article, Page, Removal, Sentence
from newsclean.pipeline import clean, clean_html, clean_text

__all__ = [
    "ARTICLE_KEYS",
    "BATCH_COLUMNS",
    "FLAT_KEYS",
    "PAGE_KEYS",
    "ROW_KEYS",
    "Record",
    "article_rows",
    "clean_batch",
    "clean_record",
    "clean_records",
    "deduplicate",
    "drop_repeated",
    "error_row",
    "flat_row",
    "language_code",
    "off_target",
    "page_error",
    "page_keys",
    "page_language",
    "paragraph_key",
    "parse_time",
    "removal_dict",
    "skip_row",
]

log = logging.getLogger("newsclean")

#: the article's keys every article row carries, in ``Article.to_dict``'s order
#: (``removed`` and ``edits`` only with ``explain``). ``links`` and ``images`` are
#: always there: a list when they were read (``Options.links``/``Options.images``
#: on, HTML, the main story), else None, so the rows' keys never depend on options.
ARTICLE_KEYS: tuple[str, ...] = (
    "role",
    "title",
    "summary",
    "text",
    "paragraphs",
    "sentences",
    "source",
    "authors",
    "published",
    "credit",
    "chapters",
    "confidence",
    "links",
    "images",
)

#: the page-level keys every article row carries, after the article's own
PAGE_KEYS: tuple[str, ...] = (
    "kind",
    "language",
    "declared_language",
    "site_name",
    "canonical_url",
    "description",
    "modified",
)

#: the keys of every article row (``article_rows``), in order: the one definition
#: the flat rows (``FLAT_KEYS``: ``clean_batch``, CSV) and Spark's columns follow
ROW_KEYS: tuple[str, ...] = ("id", "segment", "url", *ARTICLE_KEYS, *PAGE_KEYS)

#: ``ROW_KEYS`` as ``flat_row`` gives them: ``published`` split into its value
#: and ``published_text``, the date as printed
FLAT_KEYS: tuple[str, ...] = tuple(
    flat
    for key in ROW_KEYS
    for flat in ((key, "published_text") if key == "published" else (key,))
)

#: the columns ``clean_batch`` returns, in order: ``FLAT_KEYS``, then the error's
BATCH_COLUMNS: tuple[str, ...] = (*FLAT_KEYS, "error_type", "error")

# the list columns of ``clean_batch`` that an error row fills with an empty list
# (``links`` and ``images`` stay None there: nothing was read)
_EMPTY_LISTS = frozenset(("paragraphs", "sentences", "authors", "chapters"))


@dataclass(frozen=True, slots=True)
class Record:
    """A record's page cleaned: its id and URL beside the ``Page``.

    ``duplicates`` is set by ``deduplicate``: per article, how many of its
    paragraphs were dropped as repeats (None: not deduplicated).
    """

    id: Any
    url: str | None
    page: Page
    duplicates: tuple[int, ...] | None = None


def parse_time(value: object) -> datetime | None:
    """A reference time from an ISO string or a datetime; naive times are UTC.

        >>> parse_time("2025-06-07T12:00Z").isoformat()
        '2025-06-07T12:00:00+00:00'
        >>> parse_time(None) is None
        True
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.strip())
        except ValueError:
            raise InputError(f"not an ISO date and time: {value!r}") from None
    else:
        raise InputError(f"a time must be an ISO string, not {type(value).__name__}")
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def clean_record(
    record: Mapping[str, Any],
    *,
    reference_time: datetime | None = None,
    options: Options | None = None,
) -> Record:
    """Clean one record's page; raises ``NewscleanError`` when the record is bad.

    The record's own ``fetched_at`` wins over ``reference_time``.

        >>> record = {"id": 7, "text": "Rates held\\nThe bank kept rates on hold."}
        >>> clean_record(record).page.main.title
        'Rates held'
    """
    if not isinstance(record, Mapping):
        raise InputError(f"a record must be a mapping, not {type(record).__name__}")
    url = record.get("url")
    if url is not None and not isinstance(url, str):
        raise InputError(f"url must be a string, not {type(url).__name__}")
    when = parse_time(record.get("fetched_at")) or reference_time
    html, text, page = record.get("html"), record.get("text"), record.get("page")
    given = [v for v in (html, text, page) if v is not None]
    if not given:
        raise InputError("empty record: it has no 'text', 'html' or 'page'")
    if len(given) > 1:
        raise InputError("a record holds one of 'text', 'html' and 'page', not several")
    value = given[0]
    if not isinstance(value, str | bytes):
        raise InputError(f"the page must be str or bytes, not {type(value).__name__}")
    # an empty or blank page is cleaned like any other: it gives an empty Page,
    # which the row interfaces report through page_error
    if html is not None:
        encoding = record.get("encoding")
        cleaned = clean_html(
            value,
            url=url,
            reference_time=when,
            options=options,
            encoding=encoding if isinstance(encoding, str) else None,
        )
    elif text is not None:
        if not isinstance(value, str):
            raise InputError("'text' must be a string; pass bytes as 'page' or 'html'")
        cleaned = clean_text(value, url=url, reference_time=when, options=options)
    else:
        cleaned = clean(value, url=url, reference_time=when, options=options)
    return Record(record.get("id"), url, cleaned)


def removal_dict(removal: Removal) -> dict[str, Any]:
    """A removal as a JSON-ready dict, with its rule's reason.

        >>> from newsclean import Removal, RemovalKind
        >>> gone = Removal("Read more", 0, 9, RemovalKind.READ_MORE, "inline.read_more")
        >>> removal_dict(gone)["reason"]
        "a 'read more' link inside the text"
    """
    known = RULES.get(removal.rule)
    return {**removal.to_dict(), "reason": known.reason if known else None}


def page_error(page: Page) -> tuple[str, str] | None:
    """Why a page gives an error row instead of article rows, or None.

        >>> page_error(clean(" "))
        ('InputError', 'empty record: no text on the page')
        >>> page_error(clean("Rates held\\nThe bank kept rates on hold.")) is None
        True
    """
    if page.articles:
        return None
    if page.empty:
        return "InputError", "empty record: no text on the page"
    return "NoArticle", "no story found on the page"


def page_keys(page: Page) -> dict[str, Any]:
    """The page-level values of ``PAGE_KEYS`` (None where the page says nothing).

        >>> page_keys(clean("Rates held\\nThe bank kept rates on hold."))["language"]
        'en'
    """
    meta = page.metadata
    return {
        "kind": page.kind.value,
        "language": page.language,
        "declared_language": meta.language if meta else None,
        "site_name": meta.site_name if meta else None,
        "canonical_url": meta.canonical_url if meta else None,
        "description": meta.description if meta else None,
        "modified": meta.modified.to_dict() if meta and meta.modified else None,
    }


def article_rows(cleaned: Record, *, explain: bool = False) -> list[dict[str, Any]]:
    """One JSON-ready row per article; a page without any gives an error row.

    A row has the keys of ``ROW_KEYS``: ``id``, ``segment``, ``url``, the
    article's (``ARTICLE_KEYS``, from ``Article.to_dict``; ``links`` and
    ``images`` None when they were not read), then the page's
    ``PAGE_KEYS``. With ``explain`` each row keeps its
    article's removals (with the rule's reason) and run-together repairs
    (``edits``), and the first row also carries the page-level removals as
    ``page_removed``. A deduplicated record's rows carry ``duplicates``,
    the number of paragraphs dropped from each article as repeats.
    """
    page = cleaned.page
    problem = page_error(page)
    if problem is not None:
        return [error_row(cleaned.id, *problem)]
    shared = page_keys(page)
    rows: list[dict[str, Any]] = []
    for i, article in enumerate(page.articles):
        row: dict[str, Any] = {"id": cleaned.id, "segment": i, "url": cleaned.url}
        row.update(article.to_dict())
        # ``to_dict`` leaves out the lists nobody asked for; a row keeps its keys
        row.setdefault("links", None)
        row.setdefault("images", None)
        row.update(shared)
        if explain:
            row["removed"] = [removal_dict(r) for r in article.removed]
            if i == 0:
                row["page_removed"] = [removal_dict(r) for r in page.removed]
        else:
            del row["removed"], row["edits"]
        if cleaned.duplicates is not None:
            row["duplicates"] = cleaned.duplicates[i]
        rows.append(row)
    return rows


def flat_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """A row with its nested values flattened, as ``clean_batch`` and CSV give them.

    ``published`` and ``modified`` become their ISO value (``published_text``
    keeps the date as printed), ``error`` becomes ``error_type`` and
    ``error``; lists stay lists.

        >>> flat = flat_row(error_row("x", "NoArticle", "no story"))
        >>> flat["id"], flat["error_type"], flat["error"]
        ('x', 'NoArticle', 'no story')
    """
    error = row.get("error")
    published = row.get("published") or {}
    modified = row.get("modified") or {}
    return {
        **row,
        "published": published.get("value"),
        "published_text": published.get("text"),
        "modified": modified.get("value"),
        "error_type": error["type"] if error else None,
        "error": error["message"] if error else None,
    }


def error_row(record_id: Any, kind: str | BaseException, message: str = "") -> dict[str, Any]:
    """The row of a record that failed: its id and the error's type and message.

        >>> error_row("x", ValueError("bad"))
        {'id': 'x', 'error': {'type': 'ValueError', 'message': 'bad'}}
    """
    if isinstance(kind, BaseException):
        message = message or str(kind)
        kind = type(kind).__name__
    return {"id": record_id, "error": {"type": kind, "message": message}}


def _rows_of(
    record: object,
    index: int,
    reference_time: datetime | None,
    options: Options | None,
    explain: bool,
) -> list[dict[str, Any]]:
    record_id = record.get("id", index) if isinstance(record, Mapping) else index
    try:
        cleaned = clean_record(
            cast("Mapping[str, Any]", record), reference_time=reference_time, options=options
        )
        if cleaned.id is None:
            cleaned = Record(record_id, cleaned.url, cleaned.page)
        return article_rows(cleaned, explain=explain)
    except Exception as exc:  # any failure is this record's, never the run's
        log.debug("record %r failed", record_id, exc_info=True)
        return [error_row(record_id, exc)]


def clean_records(
    records: Iterable[Mapping[str, Any]],
    *,
    reference_time: datetime | None = None,
    options: Options | None = None,
    explain: bool = False,
) -> Iterator[dict[str, Any]]:
    """Clean records lazily: one dict per article, an error dict per bad record.

    A record without an ``id`` is given its position. ``reference_time`` is
    for records without ``fetched_at``.

        >>> rows = clean_records([{"text": "Rates held\\nThe bank kept rates on hold."}, "oops"])
        >>> [(r["id"], "error" in r) for r in rows]
        [(0, False), (1, True)]
    """
    for index, record in enumerate(records):
        yield from _rows_of(record, index, reference_time, options, explain)


def clean_batch(
    batch: Mapping[str, Sequence[Any]],
    *,
    reference_time: datetime | None = None,
    options: Options | None = None,
) -> dict[str, list[Any]]:
    """Columns of records in, columns of article rows out (pandas, ``datasets``).

    Input columns are ``text``, ``html`` or ``page`` (one per record), and
    optionally ``id``, ``url``, ``fetched_at``, ``encoding``. The output has
    one row per article (so usually more rows than records) with the
    columns in ``BATCH_COLUMNS``; a bad record gives one row whose
    ``error_type``/``error`` are set and the rest empty. With Hugging Face
    ``datasets`` drop the input columns, since the row count changes::

        ds.map(newsclean.clean_batch, batched=True, remove_columns=ds.column_names)

    and with pandas: ``pd.DataFrame(clean_batch(df.to_dict("list")))``.

        >>> pages = ["Rates held\\nThe bank kept rates on hold.", " "]
        >>> out = clean_batch({"id": [1, 2], "text": pages})
        >>> out["id"], out["title"], out["error_type"]
        ([1, 2], ['Rates held', None], [None, 'InputError'])
    """
    lengths = {len(v) for v in batch.values()}
    if len(lengths) > 1:
        raise InputError(f"columns differ in length: {sorted(lengths)}")
    size = lengths.pop() if lengths else 0
    keys = list(batch)
    out: dict[str, list[Any]] = {name: [] for name in BATCH_COLUMNS}
    for i in range(size):
        record = {k: batch[k][i] for k in keys if batch[k][i] is not None}
        record.setdefault("id", i)
        for row in _rows_of(record, i, reference_time, options, False):
            values = flat_row(row)
            for name in BATCH_COLUMNS:
                value = values.get(name)
                if value is None and name in _EMPTY_LISTS:
                    value = []
                out[name].append(value)
    return out


# --------------------------------------------------------------------------- languages


_TAG = regex.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")


def language_code(code: str) -> str:
    """A language code checked against the languages newsclean has data for.

    Case and a region or script subtag are ignored (``"de-AT"`` is ``de``);
    an unknown language raises ``InputError`` naming the known ones.

        >>> language_code("DE-at")
        'de'
        >>> language_code("xx")
        Traceback (most recent call last):
        ...
        newsclean.core.errors.InputError: unknown language 'xx'; known: de, en, es, ...
    """
    primary = code.strip().replace("_", "-").split("-")[0].lower()
    known = languages()
    if primary not in known or not _TAG.fullmatch(code.strip()):
        raise InputError(f"unknown language {code!r}; known: {', '.join(known)}")
    return primary


def page_language(page: Page) -> str:
    """The language a page is in: ``Page.language``, the option's when one was
    given, else told from the page's words, else what an HTML page declares
    (``<html lang>``), else ``en`` (``newsclean.text.language``).

        >>> page_language(clean("<html lang='de-AT'><body><p>Guten Tag.</p></body></html>"))
        'de'
        >>> page_language(clean("Rates held\\nThe bank kept rates on hold."))
        'en'
    """
    return page.language


def off_target(page: Page, target: str) -> str | None:
    """Why a page is skipped for the target language (a ``language_code``), or None.

        >>> off_target(clean("<html lang='fr'><body><p>Bonjour.</p></body></html>"), "en")
        'the page is in fr, not the target language en'
    """
    found = page_language(page)
    if found == target:
        return None
    return f"the page is in {found}, not the target language {target}"


def skip_row(record_id: Any, url: str | None, reason: str) -> dict[str, Any]:
    """The row of a record passed over on purpose (``--target-language``): not an error.

        >>> skip_row("x", None, "the page is in fr, not the target language en")
        {'id': 'x', 'url': None, 'skipped': 'the page is in fr, not the target language en'}
    """
    return {"id": record_id, "url": url, "skipped": reason}


# --------------------------------------------------------------------------- duplicates


_SPACE = regex.compile(r"\s+")


def paragraph_key(text: str) -> str:
    """What two paragraphs share when one repeats the other.

    Unicode NFKC, case folded, every run of white space one space, trimmed;
    punctuation and digits count.

        >>> paragraph_key("  Read  MORE\\u00a0here ") == paragraph_key("read more here")
        True
        >>> paragraph_key("Rates held.") == paragraph_key("Rates held")
        False
    """
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def drop_repeated(cleaned: Record, seen: MutableSet[str]) -> Record:
    """The record without the paragraphs already in ``seen``; then adds its own to it.

    Paragraphs are compared by ``paragraph_key``. Only what an earlier
    record printed is a repeat: a paragraph printed twice on one page
    stays twice (a chorus, a table's values). An article keeps its title
    and fields when all its paragraphs go (its text is then empty);
    ``Record.duplicates`` counts what each article lost.

        >>> seen: set[str] = set()
        >>> page = clean("Rates held\\nThe bank kept rates on hold.")
        >>> first = drop_repeated(Record("a", None, page), seen)
        >>> again = drop_repeated(Record("b", None, page), seen)
        >>> first.duplicates, again.duplicates, again.page.main.text
        ((0,), (1,), '')
    """
    articles: list[Article] = []
    counts: list[int] = []
    mine: set[str] = set()
    for article in cleaned.page.articles:
        keys = [paragraph_key(p) for p in article.paragraphs]
        keep = [key not in seen for key in keys]
        mine.update(keys)
        counts.append(keep.count(False))
        articles.append(article if all(keep) else _keep_paragraphs(article, keep))
    seen |= mine
    page = dataclasses.replace(cleaned.page, articles=tuple(articles))
    return Record(cleaned.id, cleaned.url, page, tuple(counts))


def _keep_paragraphs(article: Article, keep: Sequence[bool]) -> Article:
    """The article with only the paragraphs marked kept; sentences moved to the new text."""
    spans: list[tuple[int, int] | None] = []  # each paragraph's place in the old text
    cursor = 0
    for paragraph in article.paragraphs:
        at = article.text.find(paragraph, cursor)
        spans.append(None if at < 0 else (at, at + len(paragraph)))
        cursor = cursor if at < 0 else at + len(paragraph)
    kept = [p for p, k in zip(article.paragraphs, keep, strict=True) if k]
    sentences: list[Sentence] = []
    offset = 0  # where the paragraph starts in the new text
    for paragraph, span, k in zip(article.paragraphs, spans, keep, strict=True):
        if not k:
            continue
        if span is not None:
            shift = offset - span[0]
            sentences.extend(
                Sentence(s.text, s.start + shift, s.end + shift)
                for s in article.sentences
                if span[0] <= s.start and s.end <= span[1]
            )
        offset += len(paragraph) + 2
    return dataclasses.replace(
        article, text="\n\n".join(kept), paragraphs=tuple(kept), sentences=tuple(sentences)
    )


def deduplicate(records: Iterable[Record]) -> Iterator[Record]:
    """The records in order, each paragraph that repeats an earlier one dropped.

    Deterministic: the first copy in input order stays. Every record comes
    out, however little it keeps (see ``drop_repeated``).
    """
    seen: set[str] = set()
    for cleaned in records:
        yield drop_repeated(cleaned, seen)
