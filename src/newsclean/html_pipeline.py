"""The HTML pipeline: DOM-aware extraction into the same ``Page`` as text mode.

parse (safe, ``html_parse``) -> blocks with features (``html_blocks``) ->
main-content selection (``html_content``) -> page text and records ->
``assemble`` (exactly as in text mode) -> metadata (``metadata``).

``Page.text`` is the page's visible text, one block per line, normalised
as text mode normalises; every offset indexes it, and every block is
either the headline, body of the main story, or a ``Removal`` naming the
rule that dropped it.

>>> body = "<p>The council approved the new budget on Monday, after a long debate.</p>"
>>> page = clean_html_page(
...     f"<html><head><title>Budget passes</title></head><body><nav><a href='/'>Home</a></nav>"
...     f"<article><h1>Budget passes</h1>{body * 2}</article></body></html>")
>>> page.main.title, len(page.main.paragraphs), [r.rule for r in page.removed]
('Budget passes', 2, ['html.nav'])
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from newsclean._types import Article, Block, Page, Removal
from newsclean.assemble import assemble
from newsclean.errors import InputError, LimitExceeded
from newsclean.html_blocks import extract_blocks
from newsclean.html_content import select_content
from newsclean.html_parse import parse_html, prune
from newsclean.metadata import extract_metadata
from newsclean.normalize import normalize
from newsclean.options import Options
from newsclean.rules import rule
from newsclean.segment import Segment

__all__ = ["clean_html_page"]


def clean_html_page(
    html: str | bytes,
    *,
    url: str | None = None,
    reference_time: datetime | None = None,
    options: Options | None = None,
    encoding: str | None = None,
) -> Page:
    """Clean one HTML page into its main story, removals and metadata.

    Raises ``InputError`` for input that is not HTML text and
    ``LimitExceeded`` for input over ``Options.max_input_chars``.
    """
    options = options or Options()
    if not isinstance(html, str | bytes):
        raise InputError(f"html must be str or bytes, not {type(html).__name__}")
    if len(html) > options.max_input_chars:
        raise LimitExceeded(
            f"input has {len(html):,} characters; "
            f"Options.max_input_chars is {options.max_input_chars:,}"
        )
    if reference_time is not None and reference_time.tzinfo is None:
        reference_time = reference_time.replace(tzinfo=UTC)
    language = options.language or "en"
    if not html.strip():
        return Page(text="", url=url, language=language)
    root = parse_html(html, encoding=encoding)
    metadata = extract_metadata(root, reference_time=reference_time)
    prune(root)  # our own tree: invisible elements go in C, not in the walk
    dom = extract_blocks(root, pruned=True)
    selection = select_content(dom, language=language)

    normalized = normalize(
        "\n".join(b.text for b in dom.blocks), fix_encoding=options.fix_encoding
    )
    text = normalized.text
    lines = text.split("\n")
    blocks: list[Block | None] = []
    pos = 0
    count = 0
    for line in lines:
        if line.strip():
            blocks.append(Block(count, pos, pos + len(line), line))
            count += 1
        else:
            blocks.append(None)
        pos += len(line) + 1
    if len(blocks) != len(dom.blocks):  # normalisation never merges lines; be safe anyway
        raise InputError("internal error: page text lost its block structure")

    removed: list[Removal] = []
    for k, name in selection.rules.items():
        b = blocks[k]
        if b is not None:
            kind = rule(name).kind
            assert kind is not None
            removed.append(Removal(b.text, b.start, b.end, kind, name))
    title = blocks[selection.title] if selection.title is not None else None
    body = tuple(b for b in (blocks[k] for k in selection.body) if b is not None)

    articles: list[Article] = []
    if body or title:
        seg = Segment(role="main", title=title, header=(), body=body)
        article = assemble(seg, text, reference_time=reference_time, options=options)
        article = dataclasses.replace(
            article,
            title=article.title or metadata.title,
            authors=article.authors or metadata.authors,
            published=article.published or metadata.published,
        )
        articles.append(article)

    from newsclean.pipeline import _unclaimed  # late: pipeline may route HTML here

    kept = tuple(b for b in blocks if b is not None)
    removed.extend(_unclaimed(kept, articles, removed))
    removed.sort(key=lambda r: r.start)
    return Page(
        text=text,
        articles=tuple(articles),
        removed=tuple(removed),
        fixes=normalized.fixes,
        url=url,
        language=language,
        metadata=metadata,
    )
