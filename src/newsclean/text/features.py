"""Per-line features for content selection: cheap, linear, language-light.

A flattened page has one block element per line. Whether a line is running
text of a story shows in a few numbers: how many words it has, whether it
ends like a sentence, and how dense it is in function words (jusText's
stopword density: prose is dense in "the", "of", "and"; menus, tag lists
and teaser titles are not). Scripts written without spaces (Japanese,
Chinese) count characters instead of words and have no stopword density.

>>> f = line_features("The minister said on Friday that the plan would go ahead.", STOPWORDS_ALL)
>>> f.words, f.terminal, round(f.stop_ratio, 2)
(11, True, 0.45)
>>> line_features("Home | World | Business", STOPWORDS_ALL).terminal
False
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from newsclean.core.fastinit import builder, fast_init
from newsclean.core.lexicon import entries, languages

__all__ = [
    "SPACELESS_MIN_CHARS",
    "STOPWORDS_ALL",
    "UNSPACED",
    "LineFeatures",
    "line_features",
    "spaceless_words",
    "stopwords",
    "word_runs",
]

# Sentence-final characters, closing quotes and brackets after a full stop.
_TERMINAL_CHARS = ".!?…。！？।:;\"'”’»)]」』"
# Characters read as spaces before the stopword look-up.
_WORD_EDGES = "\"'“”‘’«»()[]{}.,;:!?…-–—*•|/"
_EDGE_TABLE = str.maketrans(dict.fromkeys(_WORD_EDGES, " "))
# The non-ASCII ones: replaced first (str.replace is a C scan), they leave
# most lines ASCII, and ``str.translate`` is several times faster on ASCII.
_WIDE_EDGES = tuple(c for c in _WORD_EDGES if not c.isascii())
# On ASCII text the same mapping as a byte table: ``bytes.translate`` is an
# order of magnitude cheaper than ``str.translate`` with a dict.
_EDGE_BYTES = bytes(32 if chr(b) in _WORD_EDGES else b for b in range(256))
_STOP_SAMPLE = 40  # words looked at for the stopword density (keeps a line O(1))


@fast_init
@dataclass(frozen=True, slots=True)
class LineFeatures:
    """What content selection knows about one line.

    ``words`` counts whitespace-separated words, or characters / 2 for
    scripts written without spaces. ``stop_ratio`` is the share of function
    words among the first 40 words, -1.0 when it cannot be measured
    (unspaced script or fewer than 3 words). ``terminal`` is True when the
    line ends like a sentence (".", "?", a closing quote, ...); ``colon``
    when it ends in ":" (a label that introduces what follows).
    """

    words: int
    chars: int
    terminal: bool
    colon: bool
    stop_ratio: float
    unspaced: bool


@functools.cache
def stopwords(language: str | None) -> frozenset[str]:
    """Function words of ``language``; None gives the union of every language.

    >>> "the" in stopwords("en") and "der" in stopwords(None)
    True
    """
    if language is not None:
        own = entries(language, "content_stopwords")
        if own:
            return frozenset(w.casefold() for w in own)
    return frozenset(
        w.casefold() for lang in languages() for w in entries(lang, "content_stopwords")
    )


STOPWORDS_ALL = stopwords(None)


def line_features(text: str, stop: frozenset[str], stop_min_words: int = 3) -> LineFeatures:
    """The features of one line (``text`` stripped, non-empty).

    The stopword density is measured on lines of ``stop_min_words`` words or
    more (it is -1.0 on shorter ones), so callers that only need it on long
    lines skip the word loop.
    """
    parts = text.split()
    n = len(parts)
    chars = len(text)
    last = text[-1] if text else ""
    terminal = last in _TERMINAL_CHARS and last not in ":;"
    colon = last == ":"
    if text.isascii():
        # (no unspaced script and no Hangul: ``spaceless_words`` is 0 on ASCII)
        if n < 3 or n < stop_min_words:
            return _short_line(n, chars, terminal, colon)
    else:
        # (a line of one run may be a headline written without spaces)
        one_run = n == 1 and chars >= _ONE_RUN_MIN_CHARS
        wide = spaceless_words(text, n) if chars > 12 * n or one_run else 0
        if wide:
            return LineFeatures(max(n, wide), chars, terminal, colon, -1.0, True)
        # (a Korean line shows Hangul within its first characters: only they are read)
        if _HANGUL.search(text, 0, _HANGUL_REACH) is not None:
            # Korean words carry their particles ("지출을", "비판하며"): a sentence is
            # a few words (about three characters each), and no function word
            # stands alone to be counted
            return LineFeatures(max(n, chars // 3), chars, terminal, colon, -1.0, False)
        if n < 3 or n < stop_min_words:
            return _short_line(n, chars, terminal, colon)
    # up to 40 words the sample is the line itself: on normalised text
    # (no control characters, which str.split reads as spaces and
    # bytes.split does not) joining on one space changes no word found below
    sample = text if n <= _STOP_SAMPLE else " ".join(parts[:_STOP_SAMPLE])
    # the wide edges go before the case is folded: a line beyond ASCII only
    # by its quotes and dashes (’ “ —) is then lowered by a byte table, where
    # ``str.casefold`` looks up each character of a text beyond ASCII (no
    # edge folds to another character, and no character folds to an edge:
    # ``tests/unit/test_features.py`` checks each code point)
    if not sample.isascii():
        for c in _WIDE_EDGES:
            if c in sample:
                sample = sample.replace(c, " ")
        if sample.isascii():
            ascii_words = sample.encode("ascii").translate(_EDGE_LOWER).split()
            hits = sum(map(_ascii_stopwords(stop).__contains__, ascii_words))
            return _features(n, chars, terminal, colon, hits / max(1, len(ascii_words)), False)
    sample = sample.casefold()
    if sample.isascii():
        ascii_words = sample.encode("ascii").translate(_EDGE_BYTES).split()
        hits = sum(map(_ascii_stopwords(stop).__contains__, ascii_words))
        return _features(n, chars, terminal, colon, hits / max(1, len(ascii_words)), False)
    words = _edges_cut(sample).split()
    hits = sum(map(stop.__contains__, words))
    return _features(n, chars, terminal, colon, hits / max(1, len(words)), False)


_features = builder(LineFeatures)  # (``LineFeatures(...)`` without the class call)
# ``_EDGE_BYTES`` after ``str.casefold``, which on ASCII lowers the capitals.
_EDGE_LOWER = bytes(32 if chr(b) in _WORD_EDGES else ord(chr(b).lower()) for b in range(256))
# ``_EDGE_BYTES`` for UTF-8: the ASCII edges only (a byte past ASCII is part
# of a wider character, and the wide edges are replaced before).
_ASCII_EDGE_BYTES = bytes(32 if b < 128 and chr(b) in _WORD_EDGES else b for b in range(256))


def _edges_cut(sample: str) -> str:
    """``sample.translate(_EDGE_TABLE)`` for a sample whose wide edges are
    spaces already: its ASCII edges made spaces in its UTF-8 bytes (an ASCII
    character is one byte there, and no byte of a wider one is ASCII), which
    costs a few instructions a character where ``str.translate`` with a dict
    costs a look-up each (a line holding a letter beyond ASCII, é, ж).

    >>> _edges_cut("café (crème), brûlée."), _edges_cut("жена/муж") == "жена муж"
    ('café  crème   brûlée ', True)
    """
    try:
        data = sample.encode("utf-8")
    except UnicodeEncodeError:  # (a lone surrogate)
        return sample.translate(_EDGE_TABLE)
    return data.translate(_ASCII_EDGE_BYTES).decode("utf-8")


@functools.lru_cache(maxsize=64)
def _ascii_stopwords(stop: frozenset[str]) -> frozenset[bytes]:
    """The ASCII words of a stopword set, as bytes (what an ASCII line can hold)."""
    return frozenset(w.encode("ascii") for w in stop if w.isascii())


@functools.lru_cache(maxsize=8192)
def _short_line(n: int, chars: int, terminal: bool, colon: bool) -> LineFeatures:
    """The features of a line too short for a stopword density.

    Most lines of a page are short and their features take few values (a
    spaced short line has at most 12 characters per word), so equal ones
    share one frozen instance instead of each building its own.
    """
    return LineFeatures(n, chars, terminal, colon, -1.0, False)


_WORD = regex.compile(r"\w+")
# On ASCII text ``\w`` is [A-Za-z0-9_]: with every word byte an "a" and every
# other byte a space, the runs of ``\w`` are counted in C, several times
# faster than a regex (``word_runs``).
_ASCII_RUN_BYTES = bytes(
    97 if chr(b).isascii() and (chr(b).isalnum() or chr(b) == "_") else 32 for b in range(256)
)
# Punctuation that keeps English text from being ASCII; none of it is ``\w``,
# so a space in its place leaves the words as they were.
_WIDE_PUNCT = "’‘“”—–…«»·•"


def spaceless_words(text: str, spaced_words: int | None = None) -> int:
    """About how many words a line written without spaces holds (Chinese,
    Japanese, Thai: two characters a word), or 0 for a line that has spaces
    or holds no letter of such a script (code, a URL).

    ``spaced_words`` is ``len(text.split())`` when the caller has it.

    >>> spaceless_words("東京都は7日、新型コロナウイルスの感染者が確認されたと発表した。")
    16
    >>> spaceless_words("国会、来年度予算を可決"), spaceless_words("Nachrichten")
    (5, 0)
    >>> spaceless_words("The minister said on Friday that the plan would go ahead.")
    0
    >>> spaceless_words("var tip=document.all?document.all['tip']:document.getElementById('t')")
    0
    """
    chars = len(text)
    n = len(text.split()) if spaced_words is None else spaced_words
    if n > 1 and (chars < SPACELESS_MIN_CHARS or chars <= 12 * n):
        return 0
    if chars < _ONE_RUN_MIN_CHARS:  # (a headline of three words without spaces is one run)
        return 0
    # long runs without spaces in other scripts are code or URLs
    # ("document.getElementById(...)"), no words: they count as spaced
    if text.isascii() or _UNSPACED_SCRIPT.search(text) is None:
        return 0
    return chars // 2


SPACELESS_MIN_CHARS = 20  # a shorter line is no run of unspaced words (a caller's cheap test)
_HANGUL = regex.compile(r"\p{Hangul}")
_HANGUL_REACH = 12  # characters a line's first Hangul is looked for in
_ONE_RUN_MIN_CHARS = 6  # a line of one run this short is a word, not words without spaces
# Letters of the scripts written without spaces between words.
_UNSPACED_SCRIPT = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}]"
)


def word_runs(text: str) -> int:
    r"""How many runs of ``\w`` ``text`` holds (``len(regex.findall(r"\w+", text))``).

    The word count the labeller and the card parser use; ``LineFeatures.words``
    counts whitespace-separated words instead.

    >>> word_runs("U.S. stocks rose 1.5% — said ‘analysts’"), word_runs("")
    (8, 0)
    """
    if not text.isascii():
        for c in _WIDE_PUNCT:
            if c in text:
                text = text.replace(c, " ")
        if not text.isascii():
            return _runs_beyond_ascii(text)
    # a run starts where a word character follows a non-word one: with a space
    # in front, the runs are the " a" pairs once every word byte is "a" and
    # every other a space (a C count, no ``bytes`` object a word as a split makes)
    return (" " + text).encode("ascii").translate(_ASCII_RUN_BYTES).count(b" a")


# The ASCII non-word bytes made spaces, for UTF-8: the bytes past ASCII (parts of wider
# characters) kept.
_UTF8_NON_WORD = bytes(b if b >= 128 or chr(b).isalnum() or b == 95 else 32 for b in range(256))


def _runs_beyond_ascii(text: str) -> int:
    r"""``word_runs`` of a line beyond ASCII: its ASCII characters that are no
    ``\w`` made spaces (in its UTF-8 bytes, where each is one byte), it is
    split at whitespace (never ``\w``); a piece of ASCII or of letters alone
    (every letter is ``\w``: a unit test checks each code point) is one run,
    and only the other pieces are searched (the ``regex`` engine costs some
    400 instructions a character on such a line).

    >>> _runs_beyond_ascii("Москва, 7 мая (ТАСС) — दिल्ली में"), len(_WORD.findall("दिल्ली"))
    (6, 1)
    """
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # (a lone surrogate)
        return len(_WORD.findall(text))
    runs = 0
    for piece in data.translate(_UTF8_NON_WORD).decode("utf-8").split():
        runs += 1 if piece.isascii() or piece.isalpha() else len(_WORD.findall(piece))
    return runs


_CONTENT_MIN_CHARS = 4  # a shorter word is mostly a function word or an affix
_LONG_WORD = regex.compile(rf"\w{{{_CONTENT_MIN_CHARS},}}")
_STEM_CHARS = 6  # a word's first letters stand for its inflected forms ("bloggers", "blogger")
# A letter of Chinese, Japanese or Korean: text whose words are not looked
# for between spaces (``content_words`` reads character pairs; the labeller
# leaves such lines to the time parser, "昨日").
UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


def content_words(text: str) -> frozenset[str]:
    """The words of ``text`` that name its topic: of four letters or more, no
    function word of any language, no number, cut to its first six letters
    (a cheap stem for inflected forms); a run of Chinese or Japanese
    characters (no spaces between words) gives its character pairs. Two
    paragraphs of one story share some; two stories mostly share none.

    >>> sorted(content_words("The Senate passed the budget on Friday, 2019."))
    ['budget', 'friday', 'passed', 'senate']
    >>> content_words("elections") == content_words("election")
    True
    >>> sorted(content_words("東京都は発表"))
    ['は発', '京都', '東京', '発表', '都は']
    """
    folded = text.casefold()
    # (no unspaced script: only the long words, found in C)
    if folded.isascii() or UNSPACED.search(folded) is None:
        # (a text repeats its words: each is looked at once)
        long_words = set(_LONG_WORD.findall(folded)) - STOPWORDS_ALL
        return frozenset(w[:_STEM_CHARS] for w in long_words if not w.isdigit())
    out: set[str] = set()
    for w in set(_WORD.findall(folded)):
        if UNSPACED.search(w):
            out.update(w[i : i + 2] for i in range(len(w) - 1))
        elif len(w) >= _CONTENT_MIN_CHARS and not w.isdigit() and w not in STOPWORDS_ALL:
            out.add(w[:_STEM_CHARS])
    return frozenset(out)
