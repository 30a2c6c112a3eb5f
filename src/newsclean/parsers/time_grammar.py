"""The word lists and the tokenizer behind ``newsclean.parsers.timestamps``.

A :class:`Grammar` merges the ``time_*`` data files of every language, the
hinted language first, so that a word means what the hinted language says
when two languages disagree. Everything here is built once per language
hint (``functools.cache``) and is immutable afterwards.

>>> g = grammar("en")
>>> [t.kind for t in tokenize(g, "june 7, 2025 10:15 am ist")]
['W', 'N', 'P', 'N', 'T', 'W', 'W']
>>> zone_offset("US-05:00", 2025, 6, 7)
datetime.timedelta(days=-1, seconds=72000)
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import timedelta
from typing import NamedTuple

import regex

from newsclean.core import lexicon

__all__ = [
    "Grammar",
    "Tok",
    "Word",
    "grammar",
    "lead_words",
    "may_have_time",
    "parse_offset",
    "tokenize",
    "zone_offset",
]

#: The language tried first when no hint is given; the others follow in name order.
BASE_LANGUAGE = "en"

_CJK_CHARS = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}"

# One pass over the lowered text; spaces are skipped by the search itself.
# Groups: 1 ISO date-time, 2 number cluster ("10:15", "07.06.2025", "10h15"),
# 3 signed offset, 4 CJK run, 5 word, 6 any other visible character. Every
# alternative is a run of one character class, so scanning is linear. The
# pieces are named because ``may_have_time`` scans with the same alternatives.
_ISO_PIECE = r"\d{4}-\d\d-\d\d[t\x20]\d\d?:\d\d(?::\d\d(?:[.,]\d{1,9})?)?(?:z|[+-]\d\d:?\d\d)?"
_NUMBER_PIECE = r"\d+(?:[:./h-]\d+)*\.?"
_OFFSET_PIECE = r"[+-]\d{1,2}(?::?\d\d)?"
_CJK_PIECE = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]+"
_WORD_PIECE = r"\p{L}[\p{L}\p{M}\d']*(?:[.-]\p{L}[\p{L}\p{M}\d']*)*\.?"
_OTHER_PIECE = r"\|+|-+|\S"
_TOKEN = regex.compile(
    rf"({_ISO_PIECE})(?!\d)|({_NUMBER_PIECE})|({_OFFSET_PIECE})(?!\d)"
    rf"|({_CJK_PIECE})|({_WORD_PIECE})|({_OTHER_PIECE})"
)
_STRONG = frozenset("|·•;()[]/–—>»")
_WEAK = frozenset(",:：@~.、，")
_ORDINALS = frozenset(("st", "nd", "rd", "th", "er"))
_HFORM = regex.compile(r"\d\d?h\d\d")
_CLOCK = regex.compile(r"\d\d?:\d\d(?::\d\d)?")


class Word:
    """What one vocabulary word (or phrase) can mean; unset roles are None."""

    __slots__ = (
        "ago",
        "connector",
        "day",
        "label",
        "lang",
        "marker",
        "meridiem",
        "month",
        "now",
        "number",
        "unit",
        "weekday",
        "zone",
    )

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.month: int | None = None
        self.weekday: int | None = None
        self.unit: str | None = None
        self.number: int | None = None
        self.ago: str | None = None  # "before" or "after" the amount
        self.day: int | None = None  # day shift: yesterday is -1
        self.now = False
        self.label = False
        self.connector = False
        self.meridiem: str | None = None  # "am" or "pm"
        self.zone: str | None = None  # offset spec: "+05:30", "US-05:00"
        self.marker: str | None = None  # field after a number: "year", ..., "clock"

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        roles = {k: getattr(self, k) for k in self.__slots__ if getattr(self, k)}
        return f"Word({roles})"


class Tok(NamedTuple):
    """One token: ``kind`` is N (number), T (clock time), D (all-number date),
    I (ISO date-time), O (UTC offset), W (known word), U (unknown),
    S (strong separator) or P (weak separator)."""

    kind: str
    text: str
    start: int
    end: int
    word: Word | None = None
    nums: tuple[int, ...] = ()
    weak: bool = False  # a dotted clock "10.15", trusted only with a date or zone


@dataclass(frozen=True, slots=True)
class Grammar:
    """The merged vocabulary for one language hint."""

    languages: tuple[str, ...]
    words: dict[str, Word]
    phrases: dict[str, tuple[tuple[tuple[str, ...], Word], ...]]
    cjk: dict[str, Word]
    cjk_max: int
    orders: dict[str, dict[str, str]]
    nodigit_words: frozenset[str]
    nodigit_cjk: tuple[str, ...]
    time_words: frozenset[str]


def _norm(word: str) -> str:
    return word.replace(".", "").replace("’", "'")


def _set_roles(w: Word, lang: str, key: str) -> None:
    """Fill the roles ``key`` has in ``lang``'s files, keeping roles already set."""
    roles = _roles(lang)
    for attr, value in roles.get(key, ()):
        current = getattr(w, attr)
        if current is None or current is False:
            setattr(w, attr, value)


@functools.cache
def _roles(lang: str) -> dict[str, tuple[tuple[str, object], ...]]:
    """Every word of ``lang``'s ``time_*`` files with its roles."""
    out: dict[str, list[tuple[str, object]]] = {}

    def add(key: str, attr: str, value: object) -> None:
        out.setdefault(key.lower(), []).append((attr, value))

    for key, value in lexicon.table(lang, "time_months").items():
        add(key, "month", int(value))
    for key, value in lexicon.table(lang, "time_weekdays").items():
        add(key, "weekday", int(value))
    for key, value in lexicon.table(lang, "time_units").items():
        add(key, "unit", value)
    for key, value in lexicon.table(lang, "time_numbers").items():
        add(key, "number", int(value))
    for key, value in lexicon.table(lang, "time_relative").items():
        if value in ("before", "after"):
            add(key, "ago", value)
        elif value == "now":
            add(key, "now", True)
        elif value.startswith("day:"):
            add(key, "day", int(value[4:]))
    for key in lexicon.entries(lang, "time_labels"):
        add(key, "label", True)
    for key in lexicon.entries(lang, "time_connectors"):
        add(key, "connector", True)
    for key, value in lexicon.table(lang, "time_meridiem").items():
        add(key, "meridiem", value)
    for key, value in lexicon.table(lang, "time_zones").items():
        add(key, "zone", value)
    for key, value in lexicon.table(lang, "time_markers").items():
        add(key, "marker", value)
    return {k: tuple(v) for k, v in out.items()}


_CJK = regex.compile(f"[{_CJK_CHARS}]")
_DIGIT = regex.compile(r"\d")
_WORDS = regex.compile(r"\p{L}[\p{L}\p{M}']*")
# The same two patterns restricted to ASCII text, where \d is [0-9], \p{L} is
# [A-Za-z] and \p{M} is empty. Most lines are ASCII and most fail the test;
# the standard library's engine costs about half as much per call.
_ASCII_DIGIT = re.compile(r"[0-9]")
_ASCII_WORDS = re.compile(r"[A-Za-z][A-Za-z']*")

# Number shapes that can make a timestamp with no word: an all-number or ISO
# date ("07.06.2025": ``_number_token`` wants a middle field of one or two
# digits), an "h" clock ("10h15") and a UTC offset ("+05:30"). An offset
# token starts with "+", or with "-" where no number cluster swallows it:
# after a non-digit, or after the digits that end a word ("covid19-2"); an
# ISO date before it matches the date shape. A clock "10:15", a dotted
# "10.15" and a plain number need a word (a marker, a label, a zone).
# Every branch starts with the one character class [-+0-9] (the branches
# look behind it), so the engine skips to candidates instead of trying each
# position: three to five times faster than the plain alternation.
_SHAPE = regex.compile(
    r"[-+\d](?:(?<=\d)(?:[./-]\d\d?[./-]|h)\d"  # 07.06.2025, 10h15
    r"|(?<=\+)\d|(?<=-)(?<!\d-)\d"  # +5, -5 after a non-digit
    r"|(?<=[\p{L}\p{M}']\d)\d*-\d)"  # covid19-2
)
_ASCII_SHAPE = re.compile(
    r"[-+0-9](?:(?<=[0-9])(?:[./-][0-9][0-9]?[./-]|h)[0-9]"
    r"|(?<=\+)[0-9]|(?<=-)(?<![0-9]-)[0-9]"
    r"|(?<=[a-zA-Z'][0-9])[0-9]*-[0-9])"
)
# The words ``tokenize`` finds (group 5 of ``_TOKEN``, the other groups
# matched but not captured, so the string is cut at the same places); the
# second for ASCII text with the standard library's engine, which agrees with
# ``regex`` there (re.ASCII: \s is [\t\n\v\f\r ] in both). Neither has the
# CJK group: it runs only on text without CJK characters.
_WORD_SCAN = regex.compile(
    rf"(?:{_ISO_PIECE})(?!\d)|{_NUMBER_PIECE}|(?:{_OFFSET_PIECE})(?!\d)"
    rf"|({_WORD_PIECE})|{_OTHER_PIECE}"
)
_ASCII_WORD_PIECE = r"[a-zA-Z][a-zA-Z\d']*(?:[.-][a-zA-Z][a-zA-Z\d']*)*\.?"  # no \p{M}
_ASCII_WORD_SCAN = re.compile(
    rf"(?:{_ISO_PIECE})(?!\d)|{_NUMBER_PIECE}|(?:{_OFFSET_PIECE})(?!\d)"
    rf"|({_ASCII_WORD_PIECE})|{_OTHER_PIECE}",
    re.ASCII,
)
# The first word ``_ASCII_WORD_SCAN`` finds in ASCII text without digits:
# there it only finds words and single other characters, and a word starts
# at the first letter that no earlier word holds.
_ASCII_FIRST_WORD = re.compile(_ASCII_WORD_PIECE)
# ``_TOKEN`` for ASCII text, with the same group numbers (the CJK group never
# matches): the standard library's engine finds ASCII tokens about a third
# faster than ``regex``.
_ASCII_TOKEN = re.compile(
    rf"({_ISO_PIECE})(?!\d)|({_NUMBER_PIECE})|({_OFFSET_PIECE})(?!\d)"
    rf"|((?!))|({_ASCII_WORD_PIECE})|({_OTHER_PIECE})",
    re.ASCII,
)


def _hyphened(lowered: str) -> list[str]:
    """The hyphenated words of an ASCII line, as the tokenizer reads them."""
    return [w for w in _ASCII_FIRST_WORD.findall(lowered) if "-" in w]


# Marks beyond ASCII that no word, number or shape of the tokenizer holds:
# each is an other-piece of its own ("’" is read as "'" before, a word's).
_WIDE_MARKS = "‘“”„—–…«»·•©®"


def may_have_time(g: Grammar, lowered: str) -> bool:
    """Cheap test, False only for strings the parser would find nothing in.

    With no digit the string needs a word that makes a timestamp alone
    ("yesterday"). With digits it needs a number shape that reads alone
    (see ``_SHAPE``) or a word that can anchor one (``Grammar.time_words``):
    numbers with only connectors ("at"), number words ("one") and "ago"
    around them make no timestamp, so "Top 10 of 2025" is refused without
    being tokenized.

    >>> g = grammar("en")
    >>> may_have_time(g, "stay updated"), may_have_time(g, "yesterday")
    (False, True)
    >>> may_have_time(g, "top 10 of the 2025 season"), may_have_time(g, "10 june")
    (False, True)
    """
    if not lowered.isascii():
        # a quote, dash or sign beyond ASCII is a piece of its own to the
        # tokenizer, in no word and no number shape: as a space it leaves
        # both as they were, and a line beyond ASCII by such marks alone
        # takes the ASCII tests (several times cheaper)
        for mark in _WIDE_MARKS:
            if mark in lowered:
                lowered = lowered.replace(mark, " ")
    if lowered.isascii():  # no CJK either
        if _ASCII_DIGIT.search(lowered) is None:
            # the first word must be a time word for ``_leads_with_time_word``
            # to pass; on most lines it is not, and one search tells
            word = first_word(lowered)
            if word not in g.words and word not in g.nodigit_words and word not in g.phrases:
                return False  # ("" is none of them)
            # (the tokenizer's words keep their hyphens: Dutch "zo-even")
            return not (
                g.nodigit_words.isdisjoint(_ASCII_WORDS.findall(lowered))
                and ("-" not in lowered or g.nodigit_words.isdisjoint(_hyphened(lowered)))
            ) and _leads_with_time_word(g, _ASCII_WORD_SCAN.findall(lowered))
        # (the words alone, found without the number and other pieces between
        # them: the tokenizer's words and a few more, at half the cost; where
        # its cut differs, inside an ISO date or an "h" clock ("10h15min"),
        # the number shape passes the line)
        return (
            _has_time_word(g, _ASCII_FIRST_WORD.findall(lowered), lowered)
            or _ASCII_SHAPE.search(lowered) is not None
        )
    if _DIGIT.search(lowered) is None:
        if _CJK.search(lowered) is None:
            return not g.nodigit_words.isdisjoint(
                _WORDS.findall(lowered)
            ) and _leads_with_time_word(g, _WORD_SCAN.findall(lowered))
        if not g.nodigit_words.isdisjoint(_WORDS.findall(lowered)):
            return True
        return any(k in lowered for k in g.nodigit_cjk)
    if _CJK.search(lowered) is not None:
        return True
    return (
        _has_time_word(g, _WORD_SCAN.findall(lowered), lowered)
        or _SHAPE.search(lowered) is not None
    )


def first_word(lowered: str) -> str:
    """The first word of a lower-cased ASCII line, without its dots, as the
    tokenizer looks it up; "" for a line without one. On a line without
    digits ``may_have_time`` passes only a first word of ``lead_words``.

    >>> first_word("wsj.com"), first_word("q: more"), first_word("-- 42"), first_word("u.s.")
    ('wsjcom', 'q', '', 'us')
    """
    first = _ASCII_FIRST_WORD.search(lowered)
    return "" if first is None else first.group().replace(".", "")


@functools.cache
def lead_words(language: str | None) -> frozenset[str]:
    """The words that may open a timestamp in ASCII text without digits: what
    ``may_have_time`` asks of such a text's first word. A caller holding a
    line's lowered first word may refuse the line with one set look-up.

    >>> "yesterday" in lead_words("en"), "share" in lead_words("en")
    (True, False)
    """
    g = grammar(language)
    return frozenset(g.words) | g.nodigit_words | frozenset(g.phrases)


def _leads_with_time_word(g: Grammar, words: list[str]) -> bool:
    """With no digit, whether a word that reads alone comes before any unknown word.

    ``time_reader.read`` takes a chunk after an unknown word only when it has
    a number, so a line without digits must start with known words, one of
    them a weekday, a day word, "now" or "ago" ("Sunday Talk Shows" passes,
    "Colombia lost on Monday" does not). A phrase may swallow unknown words
    ("il y a"): a phrase's first word lets the line through.
    """
    for word in words:
        if not word:  # a separator, not a word
            continue
        if "." in word:  # tokenize looks words up without their dots: "a.m."
            word = word.replace(".", "")
        if word in g.nodigit_words or word in g.phrases:
            return True
        if word not in g.words:
            return False
    return False


def _has_time_word(g: Grammar, words: list[str], lowered: str) -> bool:
    if "." in lowered:  # tokenize looks words up without their dots: "a.m."
        words = [w.replace(".", "") for w in words]
    return not g.time_words.isdisjoint(words)


def _is_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


@functools.cache
def grammar(language: str | None) -> Grammar:
    """The grammar for a language hint (None: no hint, English first)."""
    all_langs = [lang for lang in lexicon.languages() if _roles(lang)]  # languages with time data
    first = language if language in all_langs else BASE_LANGUAGE
    ordered = [first] + [BASE_LANGUAGE] * (first != BASE_LANGUAGE)
    ordered += [lang for lang in all_langs if lang not in ordered]
    words: dict[str, Word] = {}
    phrase_list: dict[str, list[tuple[tuple[str, ...], Word]]] = {}
    cjk: dict[str, Word] = {}
    for lang in ordered:
        for key in _roles(lang):
            norm = key if _is_cjk(key) else _norm(key)
            if _is_cjk(norm):
                w = cjk.setdefault(norm, Word(lang))
            elif " " in norm:
                parts = tuple(norm.split())
                found = [p for p in phrase_list.get(parts[0], []) if p[0] == parts]
                if found:
                    w = found[0][1]
                else:
                    w = Word(lang)
                    phrase_list.setdefault(parts[0], []).append((parts, w))
            else:
                w = words.setdefault(norm, Word(lang))
            _set_roles(w, lang, key)
    phrases = {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in phrase_list.items()}
    orders = {lang: dict(lexicon.table(lang, "time_order")) for lang in ordered}

    # words that can make a timestamp with no digit: "yesterday", "an hour ago"
    def digitless(w: Word) -> bool:
        return bool(w.ago or w.day is not None or w.now or w.weekday is not None)

    nodigit_words = {k for k, w in words.items() if digitless(w)}
    nodigit_words |= {
        parts[0] for group in phrase_list.values() for parts, w in group if digitless(w)
    }
    nodigit_cjk = tuple(k for k, w in cjk.items() if digitless(w))

    # words (and first words of phrases) a timestamp cannot do without: every
    # reading ``time_reader.read_chunk`` accepts has a unit, a day word, a
    # month, a weekday, a marker, a label, am/pm or a zone, unless the number
    # shapes alone carry it. Connectors, number words and "ago" never suffice.
    def anchors(w: Word) -> bool:
        return bool(
            w.unit
            or w.now
            or w.day is not None
            or w.month is not None
            or w.weekday is not None
            or w.marker
            or w.label
            or w.meridiem
            or w.zone
        )

    time_words = {k for k, w in words.items() if anchors(w)}
    time_words |= {parts[0] for group in phrase_list.values() for parts, w in group if anchors(w)}
    return Grammar(
        languages=tuple(ordered),
        words=words,
        phrases=phrases,
        cjk=cjk,
        cjk_max=max((len(k) for k in cjk), default=1),
        orders=orders,
        nodigit_words=frozenset(nodigit_words),
        nodigit_cjk=nodigit_cjk,
        time_words=frozenset(time_words),
    )


def _split_cjk(g: Grammar, run: str, start: int, out: list[Tok]) -> None:
    """Greedy longest match of a CJK run against the vocabulary."""
    i = 0
    unknown_from = -1
    n = len(run)
    while i < n:
        hit = 0
        for size in range(min(g.cjk_max, n - i), 0, -1):
            if run[i : i + size] in g.cjk:
                hit = size
                break
        if hit:
            if unknown_from >= 0:
                out.append(Tok("U", run[unknown_from:i], start + unknown_from, start + i))
                unknown_from = -1
            piece = run[i : i + hit]
            out.append(Tok("W", piece, start + i, start + i + hit, g.cjk[piece]))
            i += hit
        else:
            if unknown_from < 0:
                unknown_from = i
            i += 1
    if unknown_from >= 0:
        out.append(Tok("U", run[unknown_from:], start + unknown_from, start + n))


_DIGITS = regex.compile(r"\d+")


def _ints(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in _DIGITS.findall(text))


_new = tuple.__new__  # builds a Tok without the Python-level NamedTuple.__new__


def _number_token(text: str, start: int, end: int) -> Tok:
    """Classify a cluster of digits and separators."""
    if text.isdigit():
        return _new(Tok, ("N", text, start, end, None, (int(text),), False))
    if ":" in text:
        if _CLOCK.fullmatch(text):
            return _new(Tok, ("T", text, start, end, None, _ints(text), False))
        return _new(Tok, ("U", text, start, end, None, (), False))
    if "h" in text:
        if _HFORM.fullmatch(text):
            return _new(Tok, ("T", text, start, end, None, _ints(text), False))
        return _new(Tok, ("U", text, start, end, None, (), False))
    body = text[:-1] if text.endswith(".") else text
    if body.isdigit():  # "7." as in "7. Juni"
        return _new(Tok, ("N", body, start, start + len(body), None, (int(body),), False))
    for sep in "./-":
        if sep in body:
            parts = body.split(sep)
            if len(parts) == 3 and all(p.isdigit() for p in parts):
                if 1 <= len(parts[1]) <= 2 and (len(parts[0]) == 4 or len(parts[2]) in (2, 4)):
                    return _new(Tok, ("D", text, start, end, None, _ints(body), False))
            elif (
                sep == "."
                and len(parts) == 2
                and len(parts[0]) <= 2
                and len(parts[1]) == 2
                and text == body
            ):
                return _new(Tok, ("T", text, start, end, None, _ints(text), True))
            break
    return _new(Tok, ("U", text, start, end, None, (), False))


def tokenize(g: Grammar, lowered: str) -> list[Tok]:
    """Tokens of an already lower-cased string (spaces dropped).

    >>> [t.text for t in tokenize(grammar("fr"), "il y a 3 heures")]
    ['il y a', '3', 'heures']
    """
    out: list[Tok] = []
    append = out.append
    words = g.words
    phrases = g.phrases
    merge = False
    prev_end = -1
    prev_number = False  # the last token is a number ("7" before "th")
    for m in (_ASCII_TOKEN if lowered.isascii() else _TOKEN).finditer(lowered):
        group = m.lastindex
        text = m.group()
        start = m.start()
        end = start + len(text)
        if group == 5:
            norm = text.replace(".", "") if "." in text else text
            if prev_number and start == prev_end and norm in _ORDINALS:
                prev_end = end
                continue  # "7th"
            w = words.get(norm)
            if norm in phrases:
                merge = True
            append(_new(Tok, ("W" if w else "U", text, start, end, w, (), False)))
            prev_end, prev_number = end, False
            continue
        if group == 2:
            append(_number_token(text, start, end))
        elif group == 6:
            if text in _STRONG or text[0] == "-" or text[0] == "|":
                append(_new(Tok, ("S", text, start, end, None, (), False)))
            elif text in _WEAK:
                append(_new(Tok, ("P", text, start, end, None, (), False)))
            else:
                append(_new(Tok, ("U", text, start, end, None, (), False)))
        elif group == 4:
            _split_cjk(g, text, start, out)
        elif group == 1:
            append(_new(Tok, ("I", text, start, end, None, (), False)))
        else:
            append(_new(Tok, ("O", text, start, end, None, (), False)))
        prev_end = end
        prev_number = out[-1][0] == "N"
    if merge:
        out = _merge_phrases(g, out)
    return out


def _merge_phrases(g: Grammar, toks: list[Tok]) -> list[Tok]:
    """Replace runs of word tokens that spell a phrase ("il y a") by one token."""
    merged: list[Tok] = []
    i = 0
    n = len(toks)
    while i < n:
        tok = toks[i]
        if tok.kind in "WU":
            group = g.phrases.get(_norm(tok.text))
            if group:
                for parts, w in group:
                    size = len(parts)
                    if i + size <= n and all(
                        toks[i + k].kind in "WU" and _norm(toks[i + k].text) == parts[k]
                        for k in range(1, size)
                    ):
                        last = toks[i + size - 1]
                        merged.append(Tok("W", " ".join(parts), tok.start, last.end, w))
                        i += size
                        break
                else:
                    merged.append(tok)
                    i += 1
                continue
        merged.append(tok)
        i += 1
    return merged


_OFFSET = regex.compile(r"([+-])(\d{1,2})(?::?(\d{2}))?")


@functools.cache
def parse_offset(text: str) -> timedelta | None:
    """``"+05:30"``, ``"-4"``, ``"+0530"`` as a timedelta; None when out of range.

    >>> parse_offset("+5:30")
    datetime.timedelta(seconds=19800)
    """
    m = _OFFSET.fullmatch(text.strip())
    if not m:
        return None
    hours, minutes = int(m.group(2)), int(m.group(3) or 0)
    if hours > 14 or minutes > 59:
        return None
    delta = timedelta(hours=hours, minutes=minutes)
    return -delta if m.group(1) == "-" else delta


@functools.cache
def _nth_sunday(year: int, month: int, nth: int) -> int:
    """Day of the month of the nth Sunday (nth=-1: the last one)."""
    days = [
        d
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if calendar.weekday(year, month, d) == 6
    ]
    return days[nth if nth < 0 else nth - 1]


@functools.cache
def zone_offset(spec: str, year: int, month: int, day: int) -> timedelta | None:
    """The UTC offset a zone spec from ``time_zones.txt`` has on a local date.

    ``US`` and ``EU`` prefixes add an hour of summer time by date.

    >>> zone_offset("EU+00:00", 2025, 1, 7)
    datetime.timedelta(0)
    """
    rule = spec[:2] if spec[:2] in ("US", "EU") else ""
    base = parse_offset(spec[len(rule) :])
    if base is None or not rule:
        return base
    key = (month, day)
    if rule == "US":
        summer = (3, _nth_sunday(year, 3, 2)) <= key < (11, _nth_sunday(year, 11, 1))
    else:
        summer = (3, _nth_sunday(year, 3, -1)) <= key < (10, _nth_sunday(year, 10, -1))
    return base + timedelta(hours=1) if summer else base
