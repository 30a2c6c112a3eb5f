"""Whitespace word counts of long texts, without an object a word.

``len(text.split())`` builds a string for every word only to count them:
over a page's or an article's text that is most of what the count costs
(splitting the 181 aeb pages' article texts takes ~54M instructions, their
page texts ~101M). ``word_count`` gives the same number from a few scans
of the text in C (~38M and ~53M).

>>> text = "Rates held  steady.\\n\\nMarkets rose. "
>>> word_count(text), len(text.split())
(5, 5)
>>> word_count(""), word_count(" \\t\\u3000 "), word_count("\\u00a0a\\u2009b")
(0, 0, 2)
"""

from __future__ import annotations

__all__ = ["word_count"]

# The whitespace ``str.split()`` cuts at (``str.isspace``) besides the space:
# the ASCII ones, then the ones past ASCII (a unit test checks the two lists
# against every code point).
_ASCII_SPACES = "\n\t\x0b\x0c\r\x1c\x1d\x1e\x1f"
_WIDE_SPACES = (
    "\x85\xa0\u1680"
    + "".join(map(chr, range(0x2000, 0x200B)))
    + "\u2028\u2029\u202f\u205f\u3000"
)


def word_count(text: str) -> int:
    """``len(text.split())``: the runs of non-whitespace characters in ``text``.

    Every kind of whitespace the text holds becomes a space (a substring
    test each, a replace only for those present), runs of spaces are halved
    until none is left (no pass on most texts; about log2 of the longest
    run's length passes otherwise, each linear), and the words are the
    spaces left plus one, less a space at either end.
    """
    for c in _ASCII_SPACES:
        if c in text:
            text = text.replace(c, " ")
    if not text.isascii():
        for c in _WIDE_SPACES:
            if c in text:
                text = text.replace(c, " ")
    while "  " in text:
        text = text.replace("  ", " ")
    if not text or text == " ":
        return 0
    return text.count(" ") + 1 - (text[0] == " ") - (text[-1] == " ")
