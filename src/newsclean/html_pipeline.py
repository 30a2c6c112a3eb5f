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

import regex

from newsclean._types import Article, Block, Decision, Label, Metadata, Page, Removal
from newsclean.assemble import assemble
from newsclean.errors import InputError, LimitExceeded
from newsclean.html_blocks import Dom, extract_blocks, group_bit
from newsclean.html_content import select_content
from newsclean.html_parse import parse_html, prune
from newsclean.label import label_blocks
from newsclean.metadata import authors_from_byline, extract_metadata
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
    metadata = extract_metadata(root, reference_time=reference_time, byline_element=False)
    prune(root)  # our own tree: invisible elements go in C, not in the walk
    dom = extract_blocks(root, pruned=True)
    if not metadata.authors:
        metadata = _byline_authors(metadata, dom, reference_time)
    selection = select_content(dom, language=language, options=options)

    normalized = normalize("\n".join(b.text for b in dom.blocks), fix_encoding=options.fix_encoding)
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
    candidates = tuple(b for b in (blocks[k] for k in selection.body) if b is not None)
    header, body, chrome = _sort_lines(candidates, options)
    removed.extend(chrome)

    articles: list[Article] = []
    if body or title:
        seg = Segment(role="main", title=title, header=header, body=body)
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


_CHROME_LABELS = frozenset({Label.CHROME, Label.SECTION_HEADER})
_HEADER_LABELS = frozenset({Label.TIMESTAMP, Label.BYLINE})
# a caption left in the text: "... in Hong Kong (Image: GETTY)", "(Photo credit: AP)"
_CAPTION_CREDIT = regex.compile(
    r"\((?:images?|photos?|pictures?|pic|credit|foto|bild)(?:\s+credit)?\s*:\s*[^()]{1,60}\)\s*$",
    regex.IGNORECASE,
)
# a closing prompt: sign up, subscribe, follow, join, share, click here
_CLOSING_PROMPT = regex.compile(
    r"\b(?:sign\s+up|subscribe|newsletters?|follow\s+(?:us|@\w+|him|her|them)"
    r"|join\s+(?:us|our)|click\s+here|share\s+it\s+with|delivered\s+(?:to|through)\s+your"
    r"|(?:have|got)\s+a\s+(?:news\s+)?tip)\b",
    regex.IGNORECASE,
)


def _in_date_list(decisions: tuple[Decision, ...], i: int) -> bool:
    """True when a neighbour is a dated line too: a schedule, not a dateline."""
    return (
        any(
            0 <= j < len(decisions) and decisions[j].label is Label.TIMESTAMP
            for j in (i - 1, i + 1)
        )
        and decisions[i].label is Label.TIMESTAMP
    )


def _sort_lines(
    candidates: tuple[Block, ...], options: Options
) -> tuple[tuple[Decision, ...], tuple[Block, ...], list[Removal]]:
    """Split the container's blocks into header lines, body and line-rule chrome.

    The DOM chose the container; inside it, the text-mode line rules still
    know a copyright notice, a "Related Articles" header, a dateline or a
    byline when they see one. Datelines anywhere and bylines before the
    first paragraph become the story's header (parsed by ``assemble``).
    """
    header: list[Decision] = []
    body: list[Block] = []
    chrome: list[Removal] = []
    seen_prose = False
    decisions = label_blocks(candidates, options)
    for i, d in enumerate(decisions):
        b = d.block
        if d.label in _CHROME_LABELS and d.kind is not None:
            chrome.append(Removal(b.text, b.start, b.end, d.kind, d.rule))
        elif (
            not seen_prose
            and d.label in _HEADER_LABELS
            and len(b.text) <= options.html_header_max_chars
            and not _in_date_list(decisions, i)
        ):
            header.append(d)
        elif len(b.text) <= options.html_caption_max_chars and _CAPTION_CREDIT.search(b.text):
            chrome.append(_removal(b, "html.caption"))
        else:
            body.append(b)
            seen_prose = seen_prose or len(b.text) >= options.html_prose_chars
    # closing prompts ("Sign up for our newsletter", "Follow us on Twitter") after the story
    cut = len(body)
    while (
        cut > 1
        and len(body) - cut < options.html_max_closing_prompts
        and len(body[cut - 1].text) <= options.html_closing_prompt_chars
        and _CLOSING_PROMPT.search(body[cut - 1].text)
    ):
        cut -= 1
    chrome.extend(_removal(b, "html.closing_prompt") for b in body[cut:])
    return tuple(header), tuple(body[:cut]), chrome


def _removal(b: Block, name: str) -> Removal:
    kind = rule(name).kind
    assert kind is not None
    return Removal(b.text, b.start, b.end, kind, name)


_BYLINE_BIT = group_bit("byline")
_BYLINE_TRIES = 3  # byline-class blocks read before giving up (dates share the class)


def _byline_authors(metadata: Metadata, dom: Dom, reference_time: datetime | None) -> Metadata:
    """Authors from the first block whose class says byline/author, when the head named none."""
    tries = _BYLINE_TRIES
    for b in dom.blocks:
        if b.flags & _BYLINE_BIT:
            authors = authors_from_byline(b.text, reference_time)
            if authors:
                return dataclasses.replace(metadata, authors=authors, authors_from="byline")
            tries -= 1
            if not tries:
                break
    return metadata
