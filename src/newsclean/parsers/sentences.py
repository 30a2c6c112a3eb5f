"""Sentence boundaries, including run-together joins ("said.The").

Scrapers glue paragraphs together and drop the space between them
("said Thursday.Chinese platforms", "2025.The", "said.”The"). This module
finds sentence boundaries in such text without breaking the periods that are
not boundaries ("U.S.", "Node.js", "1.39 billion", "J.K. Rowling", "No. 5").
The scanner that decides each candidate boundary, and the word lists it
reads, are in ``newsclean.parsers.sentence_scanner``.
"""

from __future__ import annotations

from newsclean.core.types import Sentence
from newsclean.parsers.sentence_scanner import (
    CJK_TERMINATORS,
    CLOSERS,
    FIRST,
    GLUED_MARK,
    MAYBE_JOIN,
    Scanner,
    rules_for,
    scan_stop,
)

__all__ = ["find_joins", "sentence_bounds", "split_sentences"]


def split_sentences(text: str, *, language: str | None = None) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences; spans index ``text``, which is never changed.

    Each sentence is stripped of surrounding whitespace and
    ``s.text == text[s.start:s.end]``. ``language`` (``"en"``, ``"de"``, ...)
    picks the word lists; ``None`` means English lists plus the month names
    of every language.

    >>> [s.text for s in split_sentences("He said Thursday.Chinese firms grew. Fine.")]
    ['He said Thursday.', 'Chinese firms grew.', 'Fine.']
    >>> [s.text for s in split_sentences("The U.S. Senate met at 9 a.m. on Node.js day.")]
    ['The U.S. Senate met at 9 a.m. on Node.js day.']
    >>> [s.text for s in split_sentences("Sales rose in 2025.The firm said.”Then it fell.")]
    ['Sales rose in 2025.', 'The firm said.”', 'Then it fell.']
    >>> split_sentences("  Hi there.  ")
    (Sentence(text='Hi there.', start=2, end=11),)
    """
    return tuple(Sentence(text[a:b], a, b) for a, b in sentence_bounds(text, language=language))


def sentence_bounds(text: str, *, language: str | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence ``split_sentences`` gives, without the ``Sentence``s.

    For callers that shift the spans anyway (the assembler) and would
    otherwise build every sentence twice.

    >>> sentence_bounds("  Hi there.  Bye.")
    [(2, 11), (13, 17)]
    """
    out: list[tuple[int, int]] = []
    stop = scan_stop(text)
    # no candidate is one sentence (about half the paragraphs); else the
    # scanner starts from the candidate found
    # (on ASCII text, ``FIRST`` can only find "\n.!?)": a text before its
    # closing run without any is spared the pattern's scan, some 70
    # instructions a character against a few hundred for the ``in`` tests)
    head = text[:stop] if text.isascii() else ""
    if head and not (
        "." in head or "\n" in head or "!" in head or "?" in head or ")" in head
    ):
        first = None
    else:
        first = FIRST.search(text, 0, stop)
    cuts = [] if first is None else Scanner(text, rules_for(language)).cuts(stop, first)
    cuts.append(len(text))
    start = 0
    for cut in cuts:
        # the sentence is text[start:cut] stripped of whitespace
        a, b = start, cut
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
        start = cut
    return out


def find_joins(text: str, *, language: str | None = None) -> tuple[int, ...]:
    """Offsets where a sentence starts right after the previous one's end, with no space.

    These are the run-together joins a scraper left; inserting a space at each
    offset repairs them. Sentences after CJK full stops are not joins (those
    scripts use no space). Text without a terminator glued to a capital
    letter returns at once.

    >>> find_joins("said Thursday.Chinese platforms")
    (14,)
    >>> find_joins("in July.'To address it, Node.js and U.S.-China talks resumed.")
    (8,)
    >>> find_joins("The U.S. Senate passed the bill. Officials said so.")
    ()
    """
    if not _marks_before_tail(text):
        return ()
    glued = GLUED_MARK.search(text)
    if glued is None or MAYBE_JOIN.search(text, glued.start()) is None:
        return ()
    return tuple(
        cut
        for cut in Scanner(text, rules_for(language)).cuts()
        if 0 < cut < len(text)
        and not text[cut - 1].isspace()
        and not text[cut].isspace()
        and text[cut - 1] not in CJK_TERMINATORS
        and not _after_cjk(text, cut)
    )


def _after_cjk(text: str, cut: int) -> bool:
    """Whether the cut follows a CJK terminator and its closing brackets."""
    i = cut - 1
    stop = max(0, cut - 4)
    while i >= stop and text[i] in CLOSERS:
        i -= 1
    return i >= 0 and text[i] in CJK_TERMINATORS


def _marks_before_tail(text: str) -> bool:
    """Whether ``text`` before its closing run of marks and closers
    (``scan_stop``) holds one of ``.!?‽”)``, what every ``MAYBE_JOIN`` match
    starts with.

    A match ends in a letter, which the closing run never holds, so it lies
    before the run: without such a mark there, ``find_joins`` finds nothing.
    Most paragraphs of one sentence have none, and a few ``in`` tests
    (``memchr``) cost a fraction of the two patterns' scans.

    >>> _marks_before_tail("He said so."), _marks_before_tail("Hi. There.")
    (False, True)
    """
    head = text[: scan_stop(text)]
    return (
        "." in head
        or "!" in head
        or "?" in head
        or ")" in head
        or (not head.isascii() and ("”" in head or "‽" in head))
    )
