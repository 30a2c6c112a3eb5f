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
import re
import string

import regex

from newsclean._types import Block, Decision, Label, RemovalKind
from newsclean.features import word_runs
from newsclean.lexicon import chrome_entries
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
# Reader comments: "Jane Doe says:", "Catherine on May 2, 2019 at 4:47 pm said:",
# "12 Comments", "34 responses to ...", "Leave a Reply".
_COMMENT_ENTRY = regex.compile(
    r"^(?P<who>\w.{0,70}?)\s+(?:says|said|wrote|writes|commented)\s*:?$", regex.IGNORECASE
)
_COMMENT_SECTION = regex.compile(
    r"^[\[(]?\s*\d+\s+(?:comments?|responses?|replies|thoughts)\b"
    r"|^(?:leave\s+a\s+(?:reply|comment)|comments\s+are\s+closed|join\s+the\s+(?:discussion|conversation)"
    r"|post\s+a\s+comment|add\s+a\s+comment|show\s+comments|view\s+comments|reader\s+comments"
    r"|(?:top|most)\s+(?:rated|liked|popular|recent)\s+comments)\b",
    regex.IGNORECASE,
)
# Copyright, cookie and privacy notices.
_LEGAL = regex.compile(
    r"©|\(c\)\s*(?:19|20)\d\d|\ball\s+rights\s+reserved\b"
    r"|\b(?:this|our)\s+(?:web)?site\s+uses\s+cookies\b|\bwe\s+use\s+cookies\b"
    r"|\bcookie\s+(?:policy|settings|preferences)\b"
    r"|\bby\s+(?:continuing|using)\s+(?:to\s+(?:use|browse)\s+)?(?:this|our)\s+(?:web)?site\b",
    regex.IGNORECASE,
)
_DIGIT = regex.compile(r"\d")
# Cheap pre-checks before the patterns above (most lines fail them).
_COMMENT_HINT = regex.compile(r"(?:says|said|wrote|writes|commented)\W*$", regex.IGNORECASE)
# What a ``_LEGAL`` match holds: "©", "(c)", "ookie", "eserved" or "site".
_LEGAL_HINT = re.compile(r"©|\([cC]\)|ookie|eserved|site")


def _legal_hint(text: str) -> bool:
    """``_LEGAL_HINT.search(text) is not None``, by substring tests (no regex call)."""
    return (
        "site" in text
        or "ookie" in text
        or "eserved" in text
        or "©" in text
        or ("(" in text and ("(c)" in text or "(C)" in text))
    )


_COUNT_LIMIT = 200  # lines at least this long are never short
# Letters and digits that ``\w`` matches for sure, and the other ASCII characters.
_ASCII_WORD_CHARS = frozenset(string.ascii_letters + string.digits)
_ASCII_EDGE = "".join(chr(c) for c in range(128) if chr(c) not in _ASCII_WORD_CHARS)


def line_key(text: str) -> str:
    """A line reduced for lexicon look-up: punctuation at the ends gone, case folded.

    >>> line_key("  Related Articles: ")
    'related articles'
    """
    if text.isascii():  # on ASCII, ``[\W_]`` is every character but letters and digits
        return text.strip(_ASCII_EDGE).lower()
    return _EDGE_PUNCT.sub("", text).casefold()


@functools.cache
def _phrases(language: str | None, name: str) -> frozenset[str]:
    """A site-chrome list's lines as keys (English's included, see ``chrome_entries``)."""
    return frozenset(line_key(e) for e in chrome_entries(language, name))


def label_blocks(blocks: tuple[Block, ...], options: Options | None = None) -> tuple[Decision, ...]:
    """Label every block; the result has one decision per block, in order."""
    options = options or Options()
    language = options.language or "en"
    # with no language hint, every language's whole-line lists
    chrome = _phrases(options.language, "chrome_lines")
    headers = _phrases(options.language, "section_headers")
    # A label depends on the line's text alone, and a page repeats many
    # lines ("Share", "1", a source name): each text is labelled once. Its
    # word count rides on the decision, for the card parser.
    verdicts: dict[str, tuple[Label, str, RemovalKind | None, str, int]] = {}
    out: list[Decision] = []
    for b in blocks:
        text = b.text
        v = verdicts.get(text)
        if v is None:
            # a line this long has enough words for any rule: not counted
            words = word_runs(text) if len(text) < _COUNT_LIMIT else -1
            v = verdicts[text] = (
                *_label(text, words, chrome, headers, language, options.min_body_words),
                words,
            )
        out.append(Decision(b, *v))
    return tuple(out)


# What a ``Decision`` says besides its block: label, rule, kind, reason.
_Verdict = tuple[Label, str, RemovalKind | None, str]


def _label(
    text: str,
    words: int,  # ``word_runs(text)``, or -1 for a line of _COUNT_LIMIT characters or more
    chrome: frozenset[str],
    headers: frozenset[str],
    language: str,
    min_words: int,
) -> _Verdict:
    # Most lines are plain short text that no rule claims, so every pattern
    # sits behind a test of a character it cannot match without (the
    # first character, a "=", a "."): the common line costs a few
    # substring tests instead of a dozen regex scans.
    first = text[:1]
    size = len(text)
    if size <= 80:
        key = line_key(text)
        if key in headers:
            return _chrome(Label.SECTION_HEADER, "line.section_header")
        if key in chrome:
            return _chrome(Label.CHROME, "line.chrome_phrase")
        # a "k=v" shard has "="; a file name has a "." and no space
        if ("=" in text or ("." in text and " " not in text)) and _IMAGE_DEBRIS.match(text):
            return _chrome(Label.CHROME, "line.image_debris")
        if _is_comment_marker(text):
            return _chrome(Label.CHROME, "line.comments")
        if first in _DASHES and _SOURCE_DASH.match(text) and words <= 6:
            return _SOURCE_DASH_VERDICT
        if parse_timestamp(text, language=language) is not None:
            return _TIMESTAMP_VERDICT
    elif size <= 200 and _opens_comment_section(text):
        # 'N thoughts on "<the post's whole title>"' outgrows the short lines
        return _chrome(Label.CHROME, "line.comments")
    if size <= 200 and first in _BYLINE_FIRST and _BYLINE.match(text):
        return _BYLINE_VERDICT
    if size <= 2000 and _legal_hint(text) and _LEGAL.search(text):
        return _chrome(Label.CHROME, "line.legal")
    # a line this long has enough words (they are not counted). Otherwise:
    # enough words, or three words ending like a sentence (``_TERMINAL`` is
    # anchored at the end: the last two characters decide).
    if (
        size >= _COUNT_LIMIT
        or words >= min_words
        or (text[-1:] in _TERMINAL_LAST and _TERMINAL.search(text[-2:]) and words >= 3)
    ):
        return _BODY_VERDICT
    return _SHORT_VERDICT


_SOURCE_DASH_VERDICT: _Verdict = (Label.SOURCE, "card.source_dash", None, "")
_TIMESTAMP_VERDICT: _Verdict = (Label.TIMESTAMP, "card.timestamp", None, "")
_BYLINE_VERDICT: _Verdict = (Label.BYLINE, "card.byline", None, "")
_BODY_VERDICT: _Verdict = (Label.BODY, "text.body", None, "")
_SHORT_VERDICT: _Verdict = (Label.SHORT, "text.short", None, "")
_DASHES = frozenset("-–—")  # what ``_SOURCE_DASH`` starts with
_BYLINE_FIRST = frozenset("bBwW")  # what ``_BYLINE`` starts with
# What ``_TERMINAL`` can match last (``$`` also matches before a final newline).
_TERMINAL_LAST = frozenset(".!?…。！？।\"'”’)\n")


def _is_comment_marker(text: str) -> bool:
    """A line that opens a reader comment or the comment section.

    >>> _is_comment_marker("Gary M on September 17, 2018 at 8:50 pm said:")
    True
    >>> _is_comment_marker("The minister said:"), _is_comment_marker("Smith said.")
    (False, False)
    """
    if _opens_comment_section(text):
        return True
    last = text[-1:]
    if last in _ASCII_WORD_CHARS and last not in "sdeSDE":
        return False  # ends inside a word, and not in "says", "said", "wrote", ...
    if not _ends_in_comment_word(text):
        return False
    m = _COMMENT_ENTRY.match(text)
    if m is None:
        return False
    who = m.group("who").split()
    if not text.rstrip().endswith(":") and len(who) > 2:
        return False
    # a name or handle, not a sentence: "The minister said:" is story text
    return bool(_DIGIT.search(text)) or (
        len(who) <= 3
        and who[0].casefold() not in _ARTICLES
        and (who[0][:1].isupper() or len(who) == 1)  # "Jane Doe", "joetoronto"
    )


# How a ``_COMMENT_SECTION`` line without a leading digit starts, lowered.
_COMMENT_SECTION_STARTS = (
    "leave", "commen", "join", "post", "add", "show", "view", "reader", "top", "most",
)  # fmt: skip
# What a ``_COMMENT_SECTION`` line with a count may start with: "12 Comments", "[ 12 comments ]".
_COUNT_FIRST = frozenset("0123456789[(")
# The words ``_COMMENT_HINT`` ends on, and the ASCII characters ``\W`` matches.
_COMMENT_WORDS = ("says", "said", "wrote", "writes", "commented")
_ASCII_NON_WORD_CHARS = "".join(
    chr(c) for c in range(128) if not (chr(c).isalnum() or chr(c) == "_")
)

def _opens_comment_section(text: str) -> bool:
    """A line that opens the comment section: "12 Comments", "Leave a Reply".

    >>> _opens_comment_section("[ 167 comments ]"), _opens_comment_section("Top stories")
    (True, False)
    """
    return _may_open_section(text) and _COMMENT_SECTION.match(text) is not None


def _may_open_section(text: str) -> bool:
    """Cheap test before ``_COMMENT_SECTION``: a digit or one of its first words.

    On ASCII text the case-blind pattern matches ASCII letters only, so the
    lowered start must begin one of its words; other text keeps a test of
    the first character.
    """
    first = text[:1]
    if text.isascii():
        return first in _COUNT_FIRST or text[:6].lower().startswith(_COMMENT_SECTION_STARTS)
    return first.isdigit() or first in "[(lLcCjJpPaAsSſvVrRtTmM"  # ſ folds to s


def _ends_in_comment_word(text: str) -> bool:
    """``_COMMENT_HINT`` on the line's end: "says", "said", ... before non-word characters."""
    if text.isascii():
        return text[-12:].rstrip(_ASCII_NON_WORD_CHARS).lower().endswith(_COMMENT_WORDS)
    return _COMMENT_HINT.search(text[-12:]) is not None


_ARTICLES = frozenset(
    {"the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that"}
)


@functools.cache
def _chrome(label: Label, name: str) -> _Verdict:
    r = rule(name)
    return (label, name, r.kind, r.reason)
