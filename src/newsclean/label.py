"""Stage 3: one ``Decision`` per block, from lexicons and line patterns.

Labels say what a line looks like on its own (chrome phrase, section
header, timestamp, source, byline, body text or an unclaimed short line).
Which lines make up a story is decided later, by ``content`` and
``segment``, which can see the lines around each one.

>>> from newsclean.text_blocks import split_blocks
>>> [d.label.value for d in label_blocks(split_blocks("Hashtags\\nan hour ago\\n- News18"))]
['chrome', 'timestamp', 'source']
"""

from __future__ import annotations

import functools

import regex

from newsclean._types import Block, Decision, Label
from newsclean.lexicon import entries
from newsclean.options import Options
from newsclean.rules import rule
from newsclean.timestamps import parse_timestamp

__all__ = ["label_blocks", "line_key"]

_EDGE_PUNCT = regex.compile(r"^[\W_]+|[\W_]+$")
_WORD = regex.compile(r"\w+")
# "&w=3840&q=100)", "?auto=webp&width=640": query-string shards of image URLs.
_IMAGE_DEBRIS = regex.compile(
    r"^[&?]?(?:[a-z_]{1,12}=[\w.,%:-]{0,40}&?){1,12}\)?$"
    r"|^\S{0,200}\.(?:jpe?g|png|gif|webp|avif|svg)(?:\?\S{0,200})?\)?$",
    regex.IGNORECASE,
)
_SOURCE_DASH = regex.compile(r"^[-–—]\s*(\S.{0,60})$")
_BYLINE = regex.compile(r"^(?:by|written by|words by)\s+\S", regex.IGNORECASE)
_TERMINAL = regex.compile(r"[.!?…。！？।\"'”’)]$")


def line_key(text: str) -> str:
    """A line reduced for lexicon look-up: punctuation at the ends gone, case folded.

    >>> line_key("  Related Articles: ")
    'related articles'
    """
    return _EDGE_PUNCT.sub("", text).casefold()


@functools.cache
def _phrases(language: str, name: str) -> frozenset[str]:
    return frozenset(line_key(e) for e in entries(language, name))


def label_blocks(blocks: tuple[Block, ...], options: Options | None = None) -> tuple[Decision, ...]:
    """Label every block; the result has one decision per block, in order."""
    options = options or Options()
    language = options.language or "en"
    chrome = _phrases(language, "chrome_lines")
    headers = _phrases(language, "section_headers")
    return tuple(_label(b, chrome, headers, language, options) for b in blocks)


def _label(
    block: Block, chrome: frozenset[str], headers: frozenset[str], language: str, options: Options
) -> Decision:
    text = block.text
    if len(text) <= 80:
        key = line_key(text)
        if key in headers:
            return _chrome(block, Label.SECTION_HEADER, "line.section_header")
        if key in chrome:
            return _chrome(block, Label.CHROME, "line.chrome_phrase")
        if _IMAGE_DEBRIS.match(text):
            return _chrome(block, Label.CHROME, "line.image_debris")
        if _SOURCE_DASH.match(text) and len(_WORD.findall(text)) <= 6:
            return Decision(block, Label.SOURCE, "card.source_dash")
        if parse_timestamp(text, language=language) is not None:
            return Decision(block, Label.TIMESTAMP, "card.timestamp")
    if len(text) <= 200 and _BYLINE.match(text):
        return Decision(block, Label.BYLINE, "card.byline")
    words = len(_WORD.findall(text))
    if words >= options.min_body_words or (words >= 3 and _TERMINAL.search(text)):
        return Decision(block, Label.BODY, "text.body")
    return Decision(block, Label.SHORT, "text.short")


def _chrome(block: Block, label: Label, name: str) -> Decision:
    r = rule(name)
    return Decision(block, label, name, r.kind, r.reason)
