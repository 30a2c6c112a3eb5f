"""Stage 1b: the page's language, told by the scripts of its letters and by
its function words, for the languages that have data files.

A script of its own names the language at once (Hangul: Korean; kana:
Japanese; Han without kana: Chinese; Cyrillic: Russian; Devanagari: Hindi).
Pages in the Latin script are told apart by their commonest words: each
language's ``content_stopwords.txt`` (the words running prose is dense in)
is counted over the page's words, and the language whose words are found
most often wins, when they are found often enough to tell (a menu, a list
of names or a page of numbers tells nothing: None). Only words in lower
case count, each a whole token between spaces: a function word in prose
is written so.

Only a bounded sample of the page is read (``_SAMPLE_WORDS`` words from its
middle and start), so the cost stays small beside the page's cleaning.

>>> detect_language("Die Regierung hat am Montag beschlossen, dass die neue Regel für alle gilt.")
'de'
>>> detect_language("El gobierno anunció el lunes que la norma será para todos los que la pidan.")
'es'
>>> detect_language("서울시는 월요일 새로운 규칙을 발표했다.")
'ko'
>>> detect_language("Home | News | Sport | 2025") is None
True
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from itertools import chain

from newsclean.core.lexicon import entries, languages

__all__ = ["detect_language", "tag_language"]

_SAMPLE_WORDS = 200  # words read: enough prose to tell, a bounded cost per page
_MIN_HITS = 4  # function words a Latin-script language needs to be told
_LEAD = 1.25  # ... and how far ahead of the next language's count
_SCRIPT_SHARE = 0.3  # letters of one script that name its language
_SLICE_CHARS = 800  # characters first sliced for a sample (more when they hold few words)
# (kana before Han: Japanese writes Han too; Han without kana is Chinese.
# Ranges for the stdlib's ``re``: a class of ranges is several times faster
# than ``regex``'s script properties, and this runs on every page)
_SCRIPTS = (
    ("ko", re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")),
    ("ja", re.compile("[\u3040-\u30ff]")),
    ("zh", re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")),
    ("ru", re.compile("[\u0400-\u04ff]")),
    ("hi", re.compile("[\u0900-\u097f]")),
)
_OWN_SCRIPTS = re.compile("|".join(p.pattern for _, p in _SCRIPTS))


@functools.cache
def _stopwords() -> dict[str, tuple[str, ...]]:
    """Each function word of a Latin-script language (``content_stopwords.txt``)
    and the languages it belongs to (a word is counted once per language)."""
    scripts = {code for code, _ in _SCRIPTS}
    index: dict[str, tuple[str, ...]] = {}
    for lang in languages():
        if lang in scripts:
            continue
        for w in {w.casefold() for w in entries(lang, "content_stopwords")}:
            if len(w) >= 2:  # ("d", "l": a sports result's "d", an initial)
                index[w] = (*index.get(w, ()), lang)
    return index


def _sample(text: str) -> list[str]:
    """About ``_SAMPLE_WORDS`` of the words of ``text`` (split at whitespace):
    from its middle, where the story is, then from its start. The slice
    read grows until it holds them, so the blank space a layout-keeping
    flattener pads lines with is skipped, not read as text."""
    if len(text) <= _SLICE_CHARS:
        return text.split()[:_SAMPLE_WORDS]
    words: list[str] = []
    for start in (len(text) // 2, 0):
        size = _SLICE_CHARS
        while True:
            # (the ends may be cut; no more words are split than are kept:
            # the words past them stay one piece, which [1:-1] drops)
            got = text[start : start + size].split(None, _SAMPLE_WORDS // 2 + 1)[1:-1]
            if len(got) >= _SAMPLE_WORDS // 2 or start + size >= len(text):
                break
            size *= 4
        words += got[: _SAMPLE_WORDS // 2]
    return words


def detect_language(text: str) -> str | None:
    """The language of ``text`` among those with data files, or None when its
    words do not tell (see the module docstring)."""
    words = _sample(text)
    joined = "".join(words)
    # (most pages: no letter of those scripts at all, and an ASCII sample,
    # which ``isascii`` tells without reading it, holds none)
    if not joined.isascii() and _OWN_SCRIPTS.search(joined):
        letters = sum(map(str.isalpha, joined))
        for code, script in _SCRIPTS:
            if len(script.findall(joined)) >= _SCRIPT_SHARE * letters:
                return code
    # (words in lower case only, whole tokens: "EST" is a time zone, not
    # French's "est"; "example.com" stays one token, no Portuguese "com")
    counts = _counts(words)
    ranked = [*sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])), ("", 0), ("", 0)]
    (best, hits), (_, second) = ranked[0], ranked[1]
    if hits < _MIN_HITS or hits < _LEAD * second:
        return None
    return best


def _counts(words: list[str]) -> Counter[str]:
    """How often each Latin-script language's function words occur in ``words``
    (lower-case words only).

    (Counted in C: the look-up first, most words being none, then each
    language of each word found; no Python step a word.)

    >>> counts = _counts(["the", "The", "river", "EST"])
    >>> counts["en"], counts["fr"]
    (1, 0)
    """
    index = _stopwords()
    found = filter(str.islower, filter(index.__contains__, words))
    return Counter(chain.from_iterable(map(index.__getitem__, found)))


def tag_language(tag: str | None) -> str | None:
    """The language of a page's language tag (``<html lang="pt-BR">``) among
    those with data files, or None.

    >>> tag_language("pt-BR"), tag_language("en_GB"), tag_language("tlh")
    ('pt', 'en', None)
    """
    if not tag:
        return None
    code = tag.strip().replace("_", "-").split("-", 1)[0].casefold()
    return code if code in languages() else None
