"""Stage 3: one ``Decision`` per block, from lexicons and line patterns.

Labels say what a line looks like on its own (chrome phrase, section
header, timestamp, source, byline, body text or an unclaimed short line).
Which lines make up a story is decided later, by ``content`` and
``segment``, which can see the lines around each one.

>>> from newsclean.text.blocks import split_blocks
>>> [d.label.value for d in label_blocks(split_blocks("Hashtags\\nan hour ago\\n- News18"))]
['chrome', 'timestamp', 'source']
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from dataclasses import dataclass

import regex

from newsclean.core.fastinit import builder
from newsclean.core.lexicon import ASCII_KEY_EDGE, chrome_entries, entries, languages, line_key
from newsclean.core.options import Options
from newsclean.core.rules import rule
from newsclean.core.types import Block, Decision, Label, RemovalKind
from newsclean.parsers.bylines import (
    BylineLines,
    bare_prefixes,
    byline_lines,
    dated_byline,
    role_byline,
)
from newsclean.parsers.reading_times import ReadingTimes, reading_times
from newsclean.parsers.time_grammar import first_word, lead_words
from newsclean.parsers.timestamps import parse_timestamp
from newsclean.text.comment_marks import CommentMarkers, markers
from newsclean.text.features import UNSPACED, word_runs
from newsclean.text.section_headers import SectionHeaders, section_headers

__all__ = ["label_blocks", "line_key", "phrases"]

_DIGIT = re.compile(r"\d")
# "&w=3840&q=100)", "?auto=webp&width=640": query-string shards of image URLs.
_IMAGE_DEBRIS = regex.compile(
    r"^[&?]?(?:[a-z_]{1,12}=[\w.,%:-]{0,40}&?){1,12}\)?$"
    r"|^\S{0,200}\.(?:jpe?g|png|gif|webp|avif|svg)(?:\?\S{0,200})?\)?$"
    r"|^\d{2,4}\s?[x×]\s?\d{2,4}(?:px)?$",  # an image's size left by the flattener
    regex.IGNORECASE,
)
_SOURCE_DASH = regex.compile(r"^[-–—]\s*(\S.{0,60})$")
_TERMINAL = regex.compile(r"[.!?…。！？।\"'”’)]$")
# Copyright, cookie and privacy notices.
_LEGAL = regex.compile(
    r"(?<!\p{L})©|\(c\)\s*(?:19|20)\d\d|\ball\s+rights\s+reserved\b"
    r"|\b(?:this|our)\s+(?:web)?site\s+(?:uses|is\s+using)\s+cookies\b|\bwe\s+use\s+cookies\b"
    r"|\bcookie\s+(?:policy|settings|preferences)\b"
    r"|\bby\s+(?:continuing|using)\s+(?:to\s+(?:use|browse)\s+)?(?:this|our)\s+(?:web)?site\b",
    regex.IGNORECASE,
)


_ROLE_BYLINE_MAX = 32  # characters of a "name + role" byline line at most

def _legal_phrases() -> regex.Pattern[str]:
    """Every language's legal notices (``legal_phrases.txt``: "utilizziamo i
    cookie", "alle Rechte vorbehalten"), whole words, any case."""
    phrases = {e for lang in languages() for e in entries(lang, "legal_phrases")}
    alternatives = "|".join(regex.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return regex.compile(rf"(?<!\w)(?:{alternatives or '(?!)'})(?!\w)", regex.IGNORECASE)


_LEGAL_OTHER = _legal_phrases()


# The ASCII phrases of ``_LEGAL_OTHER``: on ASCII text no other can match (each
# holds a letter that no ASCII character matches in any case: a unit test checks).
_LEGAL_ASCII = tuple(
    sorted({e.lower() for g in languages() for e in entries(g, "legal_phrases") if e.isascii()})
)
# Punctuation that keeps English text from being ASCII (no match holds any)
_WIDE_PUNCT = "’‘“”—–…«»·•"


def _legal(text: str) -> bool:
    """Whether ``_LEGAL`` or ``_LEGAL_OTHER`` finds a notice in ``text``.

    Their case-insensitive scans cost some 70,000 and 200,000 instructions
    on a long line, so on a line that is ASCII once its wide quotes and
    dashes are spaces (no match holds any), they run only when the line,
    lowered, holds what a match must: a literal of each ``_LEGAL``
    alternative ("(c)", "reserved", "cookie", or "site" with "using" or
    "continuing"), or an ASCII phrase of ``_LEGAL_OTHER`` (on ASCII text an
    ASCII letter matches only its own two cases).

    >>> _legal("© 2024 Foo"), _legal("All Rights Reserved."), _legal("Our site is new")
    (True, True, False)
    """
    plain = text
    if not plain.isascii():
        for c in _WIDE_PUNCT:
            if c in plain:
                plain = plain.replace(c, " ")
        if not plain.isascii():
            return bool(_LEGAL.search(text) or _LEGAL_OTHER.search(text))
    low = plain.lower()
    if (
        "(c)" in low
        or "reserved" in low
        or "cookie" in low
        or ("site" in low and ("using" in low or "continuing" in low))
    ) and _LEGAL.search(text):
        return True
    return any(p in low for p in _LEGAL_ASCII) and _LEGAL_OTHER.search(text) is not None


_COUNT_LIMIT = 200  # lines at least this long are never short


@functools.cache
def phrases(language: str | None, name: str, kind: str = "") -> frozenset[str]:
    """A site-chrome list's lines of one ``kind`` (after a tab; none: every
    line) as keys (English's included, see ``chrome_entries``)."""
    rows = (e.partition("\t") for e in chrome_entries(language, name))
    return frozenset(line_key(p) for p, _, k in rows if not kind or k.strip() == kind)


@dataclass(frozen=True, slots=True)
class _Lexicons:
    """What ``_label`` looks lines up in, for one language hint (None: every
    language's lists) and one ``Options.min_body_words``."""

    chrome: frozenset[str]  # whole chrome lines, as keys
    adverts: frozenset[str]  # ... those that mark an ad slot
    headers: SectionHeaders
    language: str  # the time grammar's language
    comments: CommentMarkers
    bylines: BylineLines
    reading: ReadingTimes
    leads: frozenset[str]  # words that may open a timestamp
    foreign: bool  # a language with no data files (dateparser may read its times)
    min_words: int


@functools.cache
def _lexicons(hint: str | None, min_words: int) -> _Lexicons:
    language = hint or "en"
    return _Lexicons(
        chrome=phrases(hint, "chrome_lines"),
        adverts=phrases(hint, "chrome_lines", "advert"),
        headers=section_headers(hint),
        language=language,
        comments=markers(hint),
        bylines=byline_lines(hint),
        reading=reading_times(hint),
        leads=lead_words(language),
        foreign=language not in languages(),
        min_words=min_words,
    )


def label_blocks(blocks: tuple[Block, ...], options: Options | None = None) -> tuple[Decision, ...]:
    """Label every block; the result has one decision per block, in order."""
    options = options or Options()
    hint = options.language  # None: every language's lists
    lex = _lexicons(hint, options.min_body_words)
    bylines = lex.bylines
    # A label depends on the line's text alone, and a page repeats many
    # lines ("Share", "1", a source name): each text is labelled once. Its
    # word count rides on the decision, for the card parser.
    verdicts: dict[str, tuple[Label, str, RemovalKind | None, str, int]] = {}
    out: list[Decision] = []
    bare = bare_prefixes(hint)
    bare_texts: set[str] = set()  # the page's lines that are an author prefix alone
    after_bare = False  # the line before is one ("By")
    body = Label.BODY
    cut: list[int] = []  # body lines cut with an ellipsis, for ``_cut_titles``
    scoped: list[int] = []  # lines of ``_SCOPED``
    for b in blocks:
        text = b.text
        v = verdicts.get(text)
        if v is None:
            # a line this long has enough words for any rule: not counted
            words = word_runs(text) if len(text) < _COUNT_LIMIT else -1
            v = verdicts[text] = (
                *_label(text, words, lex),
                words,
            )
            if len(text) <= _BARE_MAX and text[:1] in bylines.first and line_key(text) in bare:
                bare_texts.add(text)
        if after_bare and _split_byline_name(text, v):
            # "By" / "Ryan Reed": a byline cut in two lines (a link on a line of
            # its own); both lines are the byline, and each is read alone
            out[-1] = Decision(out[-1].block, *_BYLINE_VERDICT, out[-1].words)
            v = (*_BYLINE_VERDICT, v[4])
        after_bare = text in bare_texts
        # (noted here, not in a pass of their own: this loop is the hot one)
        if v[0] is body:
            if 0 <= v[4] < _CUT_TITLE_MAX_WORDS and text.endswith(_ELLIPSES):
                cut.append(len(out))
        elif v[1] == _SCOPED:
            scoped.append(len(out))
        out.append(_decision(b, *v))
    _cut_titles(out, cut)
    if len(scoped) >= _MENU_SCOPES:
        # "More in World", "More in U.S.", ...: one opening over and over is a
        # menu or the "see more" links under a site's sections, no list header
        whole = dataclasses.replace(lex, headers=section_headers(hint, scoped=False))
        for k in _repeated(out, scoped, lex.headers):
            d = out[k]
            again = _label(d.block.text, d.words, whole)
            out[k] = Decision(d.block, *again, d.words)
    return tuple(out)


_decision = builder(Decision)  # (``Decision(...)`` without the class call: one a line)
_ELLIPSES = ("…", "...")
_CUT_TITLE_MAX_WORDS = 30  # a longer line cut with an ellipsis is a teaser
_CUT_TITLES_MIN = 3  # cut lines in a row that make a link list


def _cut_titles(out: list[Decision], cut: list[int]) -> None:
    """Body lines cut short with an ellipsis (``cut``: those under
    ``_CUT_TITLE_MAX_WORDS`` words), three or more in a row, are link titles
    cut to fit a column ("Recent setbacks temper long-term hopes …"): a
    teaser cut so is one line under its headline, and two such lines may be
    readers' short comments."""
    if len(cut) < _CUT_TITLES_MIN:
        return
    r = rule("line.cut_titles")
    run: list[int] = []
    for i in [*cut, -2]:
        if run and i == run[-1] + 1:
            run.append(i)
            continue
        if len(run) >= _CUT_TITLES_MIN:
            for k in run:
                c = out[k]
                out[k] = Decision(c.block, Label.CHROME, r.name, r.kind, r.reason, c.words)
        run = [i]


_SCOPED = "line.scoped_section_header"
_MENU_SCOPES = 3  # a page printing one header opening this often prints a menu


def _repeated(out: list[Decision], scoped: list[int], headers: SectionHeaders) -> list[int]:
    """The lines of ``scoped`` whose opening the page prints ``_MENU_SCOPES`` times or more."""
    openings = [headers.scoped(line_key(out[k].block.text), out[k].block.text) for k in scoped]
    counts = Counter(openings)
    return [k for k, o in zip(scoped, openings, strict=True) if counts[o] >= _MENU_SCOPES]


_BARE_MAX = 12  # characters of the longest author prefix alone worth a look-up
_NAME_MAX_WORDS = 6  # a name line after a bare "By": a few words (names, a source)


def _split_byline_name(text: str, v: tuple[Label, str, RemovalKind | None, str, int]) -> bool:
    """A line that can be the names after a bare "By": short, no digit, no sentence end."""
    return (
        v[0] is Label.SHORT
        and 0 < v[4] <= _NAME_MAX_WORDS
        and _DIGIT.search(text) is None
        and text[-1:] not in _TERMINAL_LAST
    )


# What a ``Decision`` says besides its block: label, rule, kind, reason.
_Verdict = tuple[Label, str, RemovalKind | None, str]


def _label(
    text: str,
    words: int,  # ``word_runs(text)``, or -1 for a line of _COUNT_LIMIT characters or more
    lex: _Lexicons,
) -> _Verdict:
    """One line's verdict (``label_blocks`` asks once per distinct text).

    The two cheap hints below (a timestamp's, a legal notice's) are defined
    here only, written out where they run (a call a line costs more than
    their tests); the tests hold them through this function. The time
    parser is asked only about a line with a digit or a first word that may
    open a time (``lex.leads``: a first word not of plain letters is read
    as the parser reads it, beyond ASCII it is asked), or, beyond ASCII,
    a script written without spaces (any letter, in a language with no
    data files):

    >>> lex = _lexicons("en", 10)
    >>> [_label(t, word_runs(t), lex)[0].value for t in ("Vor 3 Stunden", "вчера", "昨日")]
    ['timestamp', 'timestamp', 'timestamp']
    >>> _label("Редакция сайта", 2, lex)[0].value  # no digit, no time word first
    'short'
    >>> _label("All rights reserved.", 3, lex)[1], _label("(C) 2019 Foo", 3, lex)[1]
    ('line.legal', 'line.legal')
    """
    # Most lines are plain short text that no rule claims, so every pattern
    # sits behind a test of a character it cannot match without (the
    # first character, a "=", a "."): the common line costs a few
    # substring tests instead of a dozen regex scans.
    first = text[:1]
    size = len(text)
    if size <= 80:
        # (``line_key``, inline on an ASCII line: a call costs more than the strip)
        key = text.strip(ASCII_KEY_EDGE).lower() if text.isascii() else line_key(text)
        head = key.partition(" ")[0]  # the first word
        headers = lex.headers
        if key in headers.whole:
            return _chrome(_SECTION_HEADER, "line.section_header")
        # "More from SFGATE" (the first word's look-up spares most lines the call)
        if head in headers.firsts and headers.scoped(key, text) is not None:
            return _chrome(_SECTION_HEADER, _SCOPED)
        if key in lex.chrome:
            if key in lex.adverts:
                return _chrome(_CHROME, "line.advert")
            return _chrome(_CHROME, "line.chrome_phrase")
        # a "k=v" shard has "="; a file name has a "." and no space; a size, digits
        if (
            "=" in text or ("." in text and " " not in text) or (first.isdigit() and size <= 13)
        ) and _IMAGE_DEBRIS.match(text):
            return _chrome(_CHROME, "line.image_debris")
        if lex.comments.marks(text):
            return _chrome(_CHROME, "line.comments")
        if lex.reading.may_end(key) and lex.reading.matches(text):  # "5 min read"
            return _chrome(_CHROME, "line.reading_time")
        if first in _DASHES and _SOURCE_DASH.match(text) and words <= 6:
            return _SOURCE_DASH_VERDICT
        # "11/19/2019 by Lars Brandle": the date and the author (English "by"
        # only, and a date with digits: parsing a byline is dear, "by" common)
        if " by " in key and _DIGIT.search(text) and dated_byline(text, lex.language):
            return _BYLINE_VERDICT
        # a byline before a time: "By Jane Roe | June 7, 2025" holds both, and
        # the byline parser reads the time out of it
        if first in lex.bylines.first and lex.bylines.matches(text):
            return _BYLINE_VERDICT
        # a name and a role word, as Japanese, Chinese and Korean pages sign
        # ("山田太郎 記者", "김민수 기자"; ASCII lines leave at once)
        if size <= _ROLE_BYLINE_MAX and not text.isascii() and role_byline(text):
            return _BYLINE_VERDICT
        # the timestamp hint (see above): the parser's own tests cost more
        # (the first word's tests first: when one holds, no digit is looked for)
        if (
            head in lex.leads
            or _DIGIT.search(text) is not None
            or (
                not head.isalpha()
                # (the parser's own test of an ASCII line without digits,
                # "wsj.com"; dateparser, for a language without data, has none)
                and (not text.isascii() or lex.foreign or first_word(text.lower()) in lex.leads)
            )
            or (not text.isascii() and (lex.foreign or UNSPACED.search(text) is not None))
        ) and parse_timestamp(text, language=lex.language) is not None:
            return _TIMESTAMP_VERDICT
    elif size <= 200 and lex.comments.opens(text):
        # 'N thoughts on "<the post's whole title>"' outgrows the short lines
        return _chrome(_CHROME, "line.comments")
    # "von Marcus Bensmann ..."
    if size > 80 and first in lex.bylines.first and lex.bylines.matches(text):
        return _BYLINE_VERDICT
    # the legal hint: what every ``_LEGAL`` match holds ("site", "ookie",
    # "eserved", "©", "(c)"), by substring tests (no regex call); of
    # ``_LEGAL_OTHER``'s phrases, only the cookie ones hold one
    if (
        size <= 2000
        and (
            "site" in text
            or "ookie" in text
            or "eserved" in text
            or "©" in text
            or ("(" in text and ("(c)" in text or "(C)" in text))
        )
        and _legal(text)
    ):
        return _chrome(_CHROME, "line.legal")
    # a line this long has enough words (they are not counted). Otherwise:
    # enough words, or three words ending like a sentence (``_TERMINAL`` is
    # anchored at the end: the last two characters decide).
    if (
        size >= _COUNT_LIMIT
        or words >= lex.min_words
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
# (module names: an enum member looked up on its class costs several times a global's)
_CHROME, _SECTION_HEADER = Label.CHROME, Label.SECTION_HEADER
# What ``_TERMINAL`` can match last (``$`` also matches before a final newline).
_TERMINAL_LAST = frozenset(".!?…。！？।\"'”’)\n")


@functools.cache
def _chrome(label: Label, name: str) -> _Verdict:
    r = rule(name)
    return (label, name, r.kind, r.reason)
