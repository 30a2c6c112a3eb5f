"""The pipeline: page in, ``Page`` out, one stage after another.

text or HTML -> normalise -> blocks -> labels -> segments -> articles.
Every function here is pure: the same input and options give the same
``Page``; nothing is read from the clock, the network or the disk.

>>> page = clean("Markets rally\\nStocks rose on Friday.Traders cheered the news, analysts said.")
>>> page.main.title, page.main.sentences[1].text
('Markets rally', 'Traders cheered the news, analysts said.')
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from operator import attrgetter
from typing import AnyStr

from newsclean.core.errors import InputError, LimitExceeded
from newsclean.core.limits import Deadline, check_size
from newsclean.core.options import Options
from newsclean.core.types import Block, Page, Removal, RemovalKind
from newsclean.html.parse import looks_like_html
from newsclean.parsers.local_zones import page_zone
from newsclean.pipeline.html import clean_html_page
from newsclean.stories.assemble import assemble
from newsclean.stories.confidence import with_confidence
from newsclean.stories.entries import with_entries
from newsclean.stories.named_authors import named_authors
from newsclean.stories.page_kind import settle_kind, text_kind
from newsclean.stories.segment import segment
from newsclean.stories.unclaimed import unclaimed
from newsclean.text.blocks import split_blocks
from newsclean.text.label import label_blocks
from newsclean.text.language import detect_language
from newsclean.text.normalize import decode, normalize

__all__ = ["clean", "clean_html", "clean_text"]

_DEFAULT = Options()  # (a page without options shares one: building one costs microseconds)


def clean(
    page: str | bytes,
    *,
    url: str | None = None,
    reference_time: datetime | None = None,
    options: Options | None = None,
) -> Page:
    """Clean one page, flattened text or HTML (detected), into its stories.

    ``reference_time`` resolves relative times ("an hour ago"); a naive
    datetime is read as UTC. Without it relative times keep only their
    offset.
    """
    if isinstance(page, bytes):
        text = decode(page)
    elif isinstance(page, str):
        text = page
    else:
        raise InputError(f"page must be str or bytes, not {type(page).__name__}")
    if looks_like_html(text):
        # the original bytes, so the page's own <meta charset> is honoured
        return clean_html(page, url=url, reference_time=reference_time, options=options)
    return clean_text(text, url=url, reference_time=reference_time, options=options)


def clean_html(
    html: str | bytes,
    *,
    url: str | None = None,
    reference_time: datetime | None = None,
    options: Options | None = None,
    encoding: str | None = None,
) -> Page:
    """Clean an HTML page: its main story, the removed blocks and its metadata.

    ``encoding`` is a hint (an HTTP header's charset, say) for bytes whose
    page declares none.
    """
    options = options or _DEFAULT
    _check_nodes(html, options)
    _check_attributes(html, options)
    # (the page's language, from its words, else its markup's tag, is told
    # inside: its local time zone depends on it)
    return clean_html_page(
        html, url=url, reference_time=reference_time, options=options, encoding=encoding
    )


def _check_nodes(html: str | bytes, options: Options) -> None:
    """Refuse HTML with more "<" than ``Options.max_nodes`` (an upper bound on its tags)."""
    if len(html) <= options.max_nodes:
        return  # no more "<" than characters: a page this short needs no count
    if isinstance(html, str):
        tags = html.count("<")
    elif isinstance(html, bytes):
        tags = html.count(b"<")
    else:
        return  # the HTML stage reports the wrong type
    if tags > options.max_nodes:
        raise LimitExceeded(
            f"the page has {tags:,} tags or more; Options.max_nodes is {options.max_nodes:,}"
        )


# A start tag long enough to hold thousands of attributes: "<", a letter, then a
# run of _LONG_TAG_RUN characters or more without "<" or ">", then ">".
_LONG_TAG_RUN = 8192
# (what ``_long_tags`` finds, without running it: the specification its tests compare with)
_LONG_TAG = re.compile(rf"<[A-Za-z][^<>]{{{_LONG_TAG_RUN},}}>")
# A run of 2 * _WINDOW - 1 characters or more holds a whole aligned window
# [k * _WINDOW, (k + 1) * _WINDOW): every long tag has a window without "<" or ">".
_WINDOW = (_LONG_TAG_RUN + 1) // 2


def _check_attributes(html: str | bytes, options: Options) -> None:
    """Refuse an element with more attributes than ``Options.max_attributes``."""
    if isinstance(html, str):
        counts = (m.count("=") for m in _long_tags(html, "<", ">"))
    elif isinstance(html, bytes):
        counts = (m.count(b"=") for m in _long_tags(html, b"<", b">"))
    else:
        return  # the HTML stage reports the wrong type
    if any(n > options.max_attributes for n in counts):
        raise LimitExceeded(
            f"an element has more than {options.max_attributes:,} attributes "
            "(Options.max_attributes)"
        )


def _long_tags(html: AnyStr, lt: AnyStr, gt: AnyStr) -> Iterator[AnyStr]:
    """The ``_LONG_TAG`` matches of ``html``, as ``finditer`` finds them.

    Only the runs around aligned windows holding neither "<" nor ">" are
    matched: a ``find`` per window is a C ``memchr`` that stops a few bytes
    in, so a page of 170 KB costs a few µs where one pass of the regex (or
    counting its "=") costs ~60 µs. A match's run has no "<", so it starts
    at the "<" before its window and no earlier match can overlap it. The
    run's ends are known from those ``find`` calls, so the match needs no
    regex: "<", an ASCII letter, the rest of the run (``_LONG_TAG_RUN``
    characters or more, none "<" or ">") and a ">" where the run ends (the
    regex counted the run again, a character at a time: 55M -> 18M
    instructions over aeb/html's 181 pages, callgrind).

    >>> [len(m) for m in _long_tags("<p>x</p>" * 2000, "<", ">")]
    []
    >>> page = "<p " + "a=1 " * 3000 + ">" + "var x = 1;" * 2000 + "<p>"
    >>> [m.count("=") for m in _long_tags(page, "<", ">")]
    [3000]
    """
    find, rfind = html.find, html.rfind
    end = len(html)
    start = 0
    while start + _WINDOW <= end:
        stop = start + _WINDOW
        if find(lt, start, stop) >= 0 or find(gt, start, stop) >= 0:
            start = stop
            continue
        # the run of characters without "<" or ">" around this window
        before = max(rfind(lt, 0, start), rfind(gt, 0, start))
        after = min((i for i in (find(lt, stop), find(gt, stop)) if i >= 0), default=end)
        if (
            before >= 0
            and html[before : before + 1] == lt
            and after - before - 2 >= _LONG_TAG_RUN
            and html[after : after + 1] == gt
            and (letter := html[before + 1 : before + 2]).isascii()
            and letter.isalpha()
        ):
            yield html[before : after + 1]
        start = after - after % _WINDOW + _WINDOW  # the next window past the run


def clean_text(
    text: str,
    *,
    url: str | None = None,
    reference_time: datetime | None = None,
    options: Options | None = None,
) -> Page:
    """Clean a page flattened to text: one block element per line."""
    options = options or _DEFAULT
    if not isinstance(text, str):
        raise InputError(f"text must be str, not {type(text).__name__}")
    check_size(len(text), options)
    deadline = Deadline.start(options)
    normalized = normalize(
        text,
        fix_encoding=options.fix_encoding,
        markdown=options.markdown,
        unwrap=options.unwrap,
        columns=options.columns,
    )
    # (the page's language is told, not used: the lexicons of every language
    # read a page whose language no option names, as they did before; read in
    # the told language's alone, pages lost chrome lines other lists knew)
    language = options.language or detect_language(normalized.text)
    zone = page_zone(options.time_zone, url=url, language=language)
    deadline.check("blocks")
    blocks = split_blocks(normalized.text)
    if len(blocks) > options.max_lines:
        raise LimitExceeded(
            f"page has {len(blocks):,} lines; Options.max_lines is {options.max_lines:,}"
        )
    removed: list[Removal] = []
    readable = blocks
    if len(normalized.text) > options.max_line_chars:  # else no line can be too long
        removed = [_too_long(b) for b in blocks if len(b.text) > options.max_line_chars]
        readable = tuple(b for b in blocks if len(b.text) <= options.max_line_chars)
    deadline.check("label")
    decisions = label_blocks(readable, options)
    deadline.check("segment")
    segments = segment(decisions, options, title=normalized.title, links=normalized.links)
    segments = named_authors(segments, language)
    evidence = text_kind(decisions, options.language)
    if evidence.entries:  # a live blog, thread or recipe: one story of all its entries
        segments = with_entries(decisions, evidence, segments, options)
    articles = []
    for seg in segments:
        removed.extend(seg.removed)
        if seg.body or seg.title:
            deadline.check("assemble")
            articles.append(
                assemble(
                    seg, normalized.text, reference_time=reference_time, options=options, zone=zone
                )
            )
    removed.extend(unclaimed(blocks, articles, removed))
    removed.sort(key=_START)  # (a C-level key: a page has many removals)
    kind = settle_kind(evidence.kind, articles)
    return Page(
        text=normalized.text,
        articles=with_confidence(articles, normalized.text, kind),
        removed=tuple(removed),
        fixes=normalized.fixes,
        url=url,
        language=language or "en",
        kind=kind,
    )


_START = attrgetter("start")


def _too_long(block: Block) -> Removal:
    return Removal(
        block.text, block.start, block.end, RemovalKind.BOILERPLATE, "limit.line_too_long"
    )
