"""Stage 5a: chrome inside a paragraph.

Flattening glues links, advert markers, image-URL shards, tracking codes
and video chapter lists into the running text. Each finder returns
``Removal`` records with offsets into the normalised text; nothing here
changes text, the assembler renders what the records leave.

>>> from newsclean.core.types import Block
>>> text = "He spoke on Friday. read more The talks went on."
>>> [(r.text, r.rule) for r in scan(Block(0, 0, len(text), text)).removed]
[('read more', 'inline.read_more')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

import regex

from newsclean.core.lexicon import chrome_table, entries
from newsclean.core.rules import rule
from newsclean.core.types import Block, Removal, RemovalKind

__all__ = ["InlineScan", "scan"]


@dataclass(frozen=True, slots=True)
class InlineScan:
    """Removals inside one block, and the fields some of them fill."""

    removed: tuple[Removal, ...] = ()
    credit: str | None = None
    chapters: tuple[tuple[str, str], ...] = ()


# Where an inline phrase may stand: after the start or a sentence's end,
# before the end, a capital, a quote or a digit.
_BEFORE = r"(?:(?<=^)|(?<=[.!?…\"'”’)]\s?)|(?<=\s))"
_AFTER = r"(?=\s*$|\s?[\p{Lu}\"'“‘\d])"

_KINDS = {
    "read_more": ("inline.read_more", RemovalKind.READ_MORE),
    "advert": ("inline.advert", RemovalKind.ADVERT),
}

# "&w=3840&q=100)" and friends inside text.
_IMAGE_DEBRIS = regex.compile(r"(?:&[a-z]{1,8}=[\w.%-]{1,20}){2,}\)?")
# A lowercase code with an underscore closing the paragraph: "n18oc_crux".
_TRACKING = regex.compile(r"(?<=\s|^)[a-z0-9]{2,20}_[a-z0-9_]{2,30}$")
# A chapter list: two or more "mm:ss TITLE" items running to the end.
_TIMECODE = regex.compile(r"(?<![\d:])(\d{1,2}:\d{2}(?::\d{2})?)(?![\d:])")
# a time code right after a lower-case word ("at 6:32", "um 14:56") sits in a sentence; a
# chapter list opens on its first time code (the line's start, a label, a bullet)
_IN_PROSE = regex.compile(r"(?:^|\s)\p{Ll}+\s*$")


@functools.cache
def _phrase_pattern(language: str) -> regex.Pattern[str] | None:
    rows = chrome_table(language, "inline_chrome")
    if not rows:
        return None
    names = sorted(rows, key=len, reverse=True)
    alternation = "|".join(regex.escape(n) for n in names)
    return regex.compile(_BEFORE + "(" + alternation + ")" + _AFTER)


@functools.cache
def _phrases(language: str) -> re.Pattern[str]:
    """The inline phrases as plain substrings, a test before the phrase pattern."""
    return _any_of(tuple(chrome_table(language, "inline_chrome")))


@functools.cache
def _phrase_probes(language: str) -> tuple[str, ...] | None:
    """The inline phrases lower-cased, less any holding another: a test before the phrases.

    A text holding a phrase holds one of these once ``_folded``: five ``in``
    tests on the lower-cased copy the credit test needs anyway cost less than
    the ``_phrases`` scan. None (that scan instead) when a phrase is not ASCII.

    >>> _phrase_probes("en")
    ('advertisement', 'continue reading', 'read more', 'sponsored', 'story continues below this ad')
    """
    lowered = {p.lower() for p in chrome_table(language, "inline_chrome")}
    if not all(p.isascii() for p in lowered):
        return None
    return tuple(sorted(p for p in lowered if not any(q != p and q in p for q in lowered)))


def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that finds any of ``words`` as a substring (one scan, not one per word)."""
    if not words:
        return re.compile(r"(?!)")  # finds nothing
    return re.compile("|".join(re.escape(w) for w in words))


@functools.cache
def _credit_probes(language: str) -> tuple[str, ...] | None:
    """Lower-cased words every credit opening holds one of, a test before the pattern.

    A substring test per word (``in``) is several times faster than one
    alternation of whole openings, and a line holding an opening holds its
    word. Few words make few tests: each pick is the word of five letters or
    more (short ones such as "by" are everywhere) that the most openings
    still lacking a word hold. None (no test) when an opening is not ASCII:
    the test below is exact only for ASCII openings.

    >>> _credit_probes("en")
    ('edited', 'inputs', 'reporting', 'compiled', 'editing', 'written')
    """
    openings = entries(language, "credit_lines")
    if not all(o.isascii() for o in openings):
        return None
    left = [o.lower() for o in openings]
    picked: list[str] = []
    while left:
        words = {w for o in left for w in o.split() if len(w) >= 5}
        words = words or {max(left[0].split() or [left[0]], key=len)}
        best = max(sorted(words), key=lambda w: (sum(w in o for o in left), len(w)))
        picked.append(best)
        left = [o for o in left if best not in o]
    return tuple(picked)


def _folded(text: str) -> str:
    """``text`` lower-cased, for substring tests of lower-case ASCII words in any case.

    Under ``regex.IGNORECASE`` an ASCII letter matches its other case and
    three other characters, "İ", "ſ" and "K" (Kelvin sign), mapped to theirs
    here. So an ASCII word a pattern finds in ``text``, in any case, is a
    substring of the result.

    >>> _folded("ReportİNG by K")
    'reporting by k'
    """
    if not text.isascii():
        for odd, letter in _ODD_CASES:
            if odd in text:
                text = text.replace(odd, letter)
    return text.lower()


def _holds_any(low: str, probes: tuple[str, ...]) -> bool:
    """Whether the folded text ``low`` holds one of ``probes``.

    >>> _holds_any(_folded("Reporting by Jane Doe"), ("reporting",))
    True
    """
    for p in probes:  # noqa: SIM110 - a loop, not any(): no generator when nothing hits
        if p in low:
            return True
    return False


_ODD_CASES = (("\u0130", "i"), ("\u017f", "s"), ("\u212a", "k"))  # İ, ſ, K


@functools.cache
def _credit_pattern(language: str) -> regex.Pattern[str] | None:
    openings = entries(language, "credit_lines")
    if not openings:
        return None
    alternation = "|".join(regex.escape(o) for o in sorted(openings, key=len, reverse=True))
    return regex.compile(
        r"(?:(?<=^)|(?<=[.!?\"'”’)]\s?))((?:" + alternation + r")(?:\s+\S+){0,12}?\s*\)?\.?)$",
        regex.IGNORECASE,
    )


@functools.cache
def _finders(
    language: str,
) -> tuple[
    regex.Pattern[str] | None,
    re.Pattern[str],
    tuple[str, ...] | None,
    dict[str, str],
    regex.Pattern[str] | None,
    tuple[str, ...] | None,
]:
    """The phrase pattern, its tests, its kinds, the credit pattern and its probes.

    One cached lookup per block instead of six.
    """
    return (
        _phrase_pattern(language),
        _phrases(language),
        _phrase_probes(language),
        chrome_table(language, "inline_chrome"),
        _credit_pattern(language),
        _credit_probes(language),
    )


_NOTHING = InlineScan()  # immutable: what most blocks give


def scan(block: Block, *, title: str | None = None, language: str = "en") -> InlineScan:
    """Find the inline chrome of one block (``title`` finds a repeated headline)."""
    text = block.text
    base = block.start
    removed: list[Removal] = []

    def add(start: int, end: int, name: str) -> None:
        kind = rule(name).kind
        assert kind is not None
        removed.append(Removal(text[start:end], base + start, base + end, kind, name))

    if title:
        _repeated_title(text, title, add)
    # Each pattern below runs only on text holding something it needs (a
    # phrase, "&", "_", two ":", a credit opening): most paragraphs hold none.
    pattern, phrases, phrase_probes, kinds, credit_re, probes = _finders(language)
    # One folded copy serves the phrase and the credit tests (the credit test
    # looks at all of the text, not only the tail: a superset, so still exact).
    phrase_test = pattern is not None and phrase_probes is not None
    credit_test = credit_re is not None and probes is not None
    low = _folded(text) if phrase_test or credit_test else ""
    if pattern is not None and (
        phrases.search(text) if phrase_probes is None else _holds_any(low, phrase_probes)
    ):
        for m in pattern.finditer(text):
            add(m.start(1), m.end(1), _KINDS[kinds[m.group(1)]][0])
    if "&" in text:
        for m in _IMAGE_DEBRIS.finditer(text):
            add(m.start(), m.end(), "inline.image_debris")
    end = len(text)
    tracking = _TRACKING.search(text) if "_" in text else None
    if tracking:
        add(tracking.start(), tracking.end(), "inline.tracking_code")
        end = tracking.start()
    chapters = _chapters(text, end)
    if chapters:
        start = chapters[0]
        add(start, len(text[:end].rstrip()), "inline.video_chapters")
        end = start
    credit = None
    if credit_re is not None:
        tail = text[:end].rstrip()
        found = credit_re.search(tail) if probes is None or _holds_any(low, probes) else None
        if found:
            add(found.start(1), found.end(1), "inline.credit_line")
            credit = found.group(1).strip("() .")
    if not removed:
        return _NOTHING
    removed.sort(key=lambda r: (r.start, r.end))
    return InlineScan(_disjoint(removed), credit, chapters[1] if chapters else ())


def _repeated_title(text: str, title: str, add: Callable[[int, int, str], None]) -> None:
    """A headline printed again at the body's start, maybe after a photo credit."""
    window = text[: len(title) + 80].casefold()
    at = window.find(title.casefold())
    if at < 0:
        return
    prefix = text[:at]
    if at and (len(prefix.split()) > 6 or prefix.rstrip()[-1:] in ".!?"):
        return  # real text before it: a quote of the headline, not a repeat
    if at:
        add(0, len(prefix.rstrip()), "inline.photo_credit")
    add(at, at + len(title), "inline.duplicate_title")


def _chapters(text: str, end: int) -> tuple[int, tuple[tuple[str, str], ...]] | None:
    """A list of at least two "time title" chapters closing ``text[:end]``."""
    if text.count(":", 0, end) < 2:
        return None  # two time codes need two colons
    marks = list(_TIMECODE.finditer(text, 0, end))
    if len(marks) < 2:
        return None
    # the run must be ascending and reach the end; take the longest such tail
    run = [marks[-1]]
    for m in reversed(marks[:-1]):
        if _seconds(m.group(1)) >= _seconds(run[0].group(1)):
            break
        gap = text[m.end() : run[0].start()]
        if not gap.strip() or len(gap) > 200:
            break
        run.insert(0, m)
    if len(run) < 2 or _IN_PROSE.search(text, 0, run[0].start()):
        return None  # "... connected at 6:32 and then at 14:56": times a sentence tells
    items = []
    for i, m in enumerate(run):
        stop = run[i + 1].start() if i + 1 < len(run) else end
        items.append((m.group(1), text[m.end() : stop].strip()))
    if not items[-1][1] or len(items[-1][1]) > 200:
        return None
    return run[0].start(), tuple(items)


def _seconds(code: str) -> int:
    total = 0
    for part in code.split(":"):
        total = total * 60 + int(part)
    return total


def _disjoint(removed: list[Removal]) -> tuple[Removal, ...]:
    """Drop removals that overlap an earlier, longer one."""
    out: list[Removal] = []
    for r in removed:
        if out and r.start < out[-1].end:
            if r.end - r.start > out[-1].end - out[-1].start:
                out[-1] = r
            continue
        out.append(r)
    return tuple(out)
