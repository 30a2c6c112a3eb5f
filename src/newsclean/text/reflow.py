"""Stage 1c: hard-wrapped lines joined back into paragraphs (part of normalisation).

Some flatteners keep the newlines of the page's source: the text of a
``<pre>`` block, a plain-text e-mail or paper put on the web, or an
element whose HTML was wrapped at 72 or 80 columns comes out as lines of
about the same width (lxml's ``text_content``, ``lynx -dump``, html2text).
Every such line is a fragment of eight to twelve words that ends nowhere
near a sentence's end, so no later stage sees it as story text. Other
tools (html-text, inscriptis) print the same paragraph as one line; this
step makes the wrapped page read the same.

A line is joined to the next when the paragraph around it shows the marks
of wrapping, which hold in any language written with spaces and with
letter case:

- most lines near it are about as wide as the widest of them, and that
  width is a wrapping width (40-140 characters);
- several of those lines start with a small letter (a sentence goes on);
- the line is full: the next line's first word would not have fitted on it.

A source's own newlines inside a paragraph (HTML written by hand, where
the author pressed Enter) break it at any width: a line of three words or
more that stops mid-sentence (a letter or a comma last, no link) is joined
to a next line that goes on with a small letter and more words (not a
byline, "by ..."), on a page that shows at least five such breaks, one in
twenty of its lines: a menu item over "sign up for newsletters" or a
headline over "an hour ago" looks like one now and then.

A paragraph's short last line stops the join, and so does a blank line, a
full line standing alone above a capital (a headline above its byline, but
not a line that leaves a bracket open), a
next line that starts an item (a bullet, a list number, a URL), or a page
whose lines vary in width (menus, headlines, paragraphs
printed whole). A newline becomes a space, so every offset into the text
stays where it was.

>>> wrapped = (
...     "The council approved the new budget on Monday after a long\\n"
...     "debate that ran late into the night, and members said the\\n"
...     "plan would raise taxes for most families in the city next\\n"
...     "year.\\n"
...     "Home"
... )
>>> text, joins = unwrap(wrapped)
>>> joins, text.split("\\n")[-1]
(3, 'Home')
>>> unwrap("Home\\nWorld news\\nBusiness\\nSport")
('Home\\nWorld news\\nBusiness\\nSport', 0)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from itertools import accumulate, compress, pairwise

import regex

from newsclean.core.lexicon import entries, languages

__all__ = ["unwrap"]

_REACH = 4  # lines on each side that tell the paragraph's width
_MIN_WIDTH, _MAX_WIDTH = 40, 140  # widths text is wrapped at
_FULL = 0.7  # a line this share of the width is full
_MIN_FULL = 3  # full lines needed around a join
_MIN_LOWER = 2  # lines starting with a small letter needed around a join
_SLACK = 3  # characters the width may have lost to collapsed double spaces
_BROKEN_SPACES = 2  # a line broken mid-sentence holds three words or more
_MIN_BROKEN = 5  # sentences broken at any width a page shows before they are joined
_BROKEN_SHARE = 0.05  # ... and the share of its lines they are at least
_NEXT_SPACES = 2  # ... and so does the line going on
_FULL_SHARE = 0.5  # ... and this share of the lines around, at a sentence's end
_ENDS = frozenset(".!?)…\"”")
_BULLETS = frozenset("•·▪◦*+-–—>|#")
# A line that starts an item of its own: a list number ("6)", "12."), a URL,
# a text-mode bullet ("o Item", as inscriptis and lynx draw nested lists).
_ITEM = re.compile(r"\d{1,3}[.)]\s|https?:|www\.|o [A-Z]")


def _broken(line: str, nxt: str, listed: bool) -> bool:
    """Whether a sentence breaks between ``line`` and ``nxt`` (which starts
    with a small letter): ``line`` holds words and stops mid-sentence (a
    letter or a comma last), ``nxt`` goes on with words. A source's own
    newline inside a paragraph breaks it so at any width."""
    if listed or not (line[-1].isalpha() or line[-1] == ",") or line.count(" ") < _BROKEN_SPACES:
        return False
    last = line[line.rfind(" ") + 1 :]
    if "://" in last or "www." in last or "@" in last:
        return False  # a link or an address ends the line, no sentence
    if nxt.startswith("by "):
        return False  # a byline under a headline
    # the next line goes on with words, or ends the sentence ("anyway.")
    return nxt.count(" ") >= _NEXT_SPACES or (" " in nxt and nxt[-1] in ".!?")


def unwrap(text: str) -> tuple[str, int]:
    """``text`` with hard-wrapped lines joined by a space, and how many joins.

    The text keeps its length: each join turns one newline into a space.
    Linear in the text's size (a fixed window of lines around each line).

    Every join needs lines that go on with a small letter (two in the window
    of lines around it, or the line below a broken sentence), and most
    pages have few: those lines are found first, with one scan of the
    text, and only the lines near them are read.
    """
    if "\n" not in text:
        return text, 0
    # lines that go on a sentence: a small letter first, and no item of a list
    # (found in the text: a page with fewer is left before it is split in lines)
    lower, caseless = _lower_lines(text)
    # in a script without capitals (Hangul, Arabic, Devanagari) no letter
    # says a sentence goes on: the widths alone join, never a break at any
    # width (every menu item and headline would look like one)
    going = lower | caseless if caseless else lower
    if len(going) < _MIN_LOWER:
        return text, 0  # (no window holds enough of them, and no page enough broken sentences)
    lines = text.split("\n")
    n = len(lines)
    sizes = list(map(len, lines))
    # the window of a line: the non-empty lines around it (a blank line ends
    # a paragraph, not the evidence the paragraphs around it give)
    filled = list(compress(range(n), sizes))
    # sentences broken at any width: only on a page that shows many (a menu
    # item or a headline over "an hour ago" looks like one now and then)
    broken = [
        j - 1
        for j in sorted(lower)
        if j > 0 and sizes[j - 1] and _broken(lines[j - 1], lines[j], _item(lines[j - 1]))
    ]
    if len(broken) < max(_MIN_BROKEN, _BROKEN_SHARE * len(filled)):
        broken = []
    joins = set(broken)  # (the next line of each goes on a sentence: no item)
    title_keys: frozenset[str] | None = None  # (read once, at the first join above a capital)
    for at in _near_lowers(filled, going):
        i = filled[at]
        size = sizes[i]
        if i in joins or not sizes[i + 1] or _item(lines[i + 1]):
            continue  # joined already, or no next line in the paragraph, or it starts an item
        if size < _MIN_WIDTH * _FULL or size > _MAX_WIDTH:
            continue  # no line of a wrapping width
        around = filled[max(0, at - _REACH) : at + _REACH + 2]
        window = [sizes[k] for k in around]
        width = max(window)
        if not _MIN_WIDTH <= width <= _MAX_WIDTH or size < _FULL * width:
            continue
        nxt = lines[i + 1]
        first = nxt.find(" ")
        first = len(nxt) if first < 0 else first
        # a sentence's end before a capital may end the paragraph: joined
        # only where most lines around are full, and the next word had no room
        ends = lines[i][-1] in _ENDS and i + 1 not in going
        if size + 1 + first <= width - (0 if ends else _SLACK):
            continue  # the next word would have fitted: the paragraph ends here
        line = lines[i]
        if not ends and _sentence_end(line):
            continue  # a sentence ends, then a small letter: a card's "vor 3 Stunden", no wrap
        if (
            nxt[0].isupper()
            and not (i > 0 and sizes[i - 1] >= _FULL * width)
            and sizes[i + 1] < _FULL * width
            and line.count("(") <= line.count(")")
        ):
            continue  # one full line, then a capital: a headline above its byline
        full = sum(1 for s in window if s >= _FULL * width)
        lowers = sum(1 for k in around if k in going)
        if (
            full >= _MIN_FULL
            and (not ends or full >= _FULL_SHARE * len(window))
            and lowers >= _MIN_LOWER
        ):
            if i > 0 and nxt[0].isupper():
                if title_keys is None:
                    title_keys = _title_keys(lines[0])
                if _prints_title(line, title_keys):
                    continue  # the headline, printed as the page's <title> says it
            joins.add(i)
    if not joins:
        return text, 0
    # the newline after line i stands at the sum of the sizes before it, plus i
    newlines = list(accumulate(size + 1 for size in sizes))
    pieces: list[str] = []
    pos = 0
    for i in sorted(joins):
        end = newlines[i] - 1
        pieces += (text[pos:end], " ")
        pos = end + 1
    pieces.append(text[pos:])
    return "".join(pieces), len(joins)


# Separators of a <title>'s parts ("Headline | Site", "Site - Headline"), and
# a short parenthesis a headline may add to what the <title> says (a gloss,
# an original name: "Skyrim (TES V) running speed")
# (no run of spaces on either side: ``_key`` drops the spaces a split leaves)
_TITLE_SEP = re.compile(r"\s[\-–—:•·»]\s|\|")
_GLOSS = re.compile(r"\([^()\n]{1,40}\)")
_NON_WORD = re.compile(r"[\W_]+")
_TITLE_WORDS = 3  # a <title> part this long is a headline, not a site's name
_TITLE_MAX = 300  # a longer first line is no <title>


def _key(text: str) -> str:
    return _NON_WORD.sub(" ", text).strip().casefold()


def _title_keys(first: str) -> frozenset[str]:
    """The headlines a page's first line (its ``<title>``) names: the line and
    each part of three words or more, normalised.

    >>> sorted(_title_keys("Budget passes after a debate | The Daily"))
    ['budget passes after a debate', 'budget passes after a debate the daily']
    """
    if len(first) > _TITLE_MAX:
        return frozenset()
    parts = [first, *_TITLE_SEP.split(first)]
    return frozenset(k for k in map(_key, parts) if k.count(" ") >= _TITLE_WORDS - 1)


def _prints_title(line: str, keys: frozenset[str]) -> bool:
    """Whether ``line`` prints a headline the <title> names, maybe with a gloss
    in brackets the <title> leaves out: a heading, not a wrapped paragraph's line.

    >>> _prints_title("Skyrim (TES V) running speed", frozenset({"skyrim running speed"}))
    True
    """
    if not keys:
        return False
    return _key(line) in keys or ("(" in line and _key(_GLOSS.sub(" ", line)) in keys)


# A sentence's last word: four letters or more before its stop, and no
# abbreviation of any language's lexicon ("Calif.", "Univ.", "Sept."; the
# shorter "U.S.", "Dr.", "a.m." are dotted inside or too short): a wrapped
# sentence goes on after an abbreviation with a small letter, never after a
# sentence's end. A stop inside brackets, "(doping?)", ends no sentence.
_CLOSERS = "\"”’“»"  # quotes that may close a sentence after its stop


@cache
def _abbreviations() -> frozenset[str]:
    """Every language's abbreviations and titles, case-folded, stop and all."""
    return frozenset(
        entry.casefold()
        for language in languages()
        for name in ("abbreviations", "sentence_titles")
        for entry in entries(language, name)
    )


def _sentence_end(line: str) -> bool:
    """Whether ``line`` ends a sentence after a word (not an abbreviation).

    >>> _sentence_end("the company said on Friday."), _sentence_end("talks with the U.S.")
    (True, False)
    >>> _sentence_end("a professor at the Univ."), _sentence_end("„Wir bleiben dabei!“")
    (False, True)
    """
    end = line.rstrip(_CLOSERS)
    if end[-1:] not in (".", "!", "?"):
        return False
    word = end[end.rfind(" ") + 1 : -1]  # (string tests: this runs at every join a page tries)
    if len(word) < 4 or not word.isalpha():
        return False
    return end[-1] != "." or f"{word}.".casefold() not in _abbreviations()


def _item(line: str) -> bool:
    """Whether a (non-empty) line starts an item: a bullet, a list number, a URL."""
    return line[0] in _BULLETS or _ITEM.match(line) is not None


# Where a line may start with a small letter: an ASCII one, or any letter
# past ASCII (``str.islower`` decides). Most lines start with neither; the
# newline before each is found by a fast search for its character.
_MAY_BE_LOWER = re.compile(r"\n[a-z\x80-\U0010ffff]")


def _lower_lines(text: str) -> tuple[set[int], set[int]]:
    """The lines (by number) that start with a small letter and start no
    item, and those that start with a letter of a script without capitals.

    A line that starts with a small letter starts no bullet, and what
    ``_ITEM`` matches there is letters, a ":" or a "." (a URL, a text-mode
    bullet), never a newline: ``_ITEM`` is matched in the text at the line's
    start, as on the line alone.

    >>> page = "and so on\\nHome\\n\\n- a bullet\\nélan\\nÉté\\nwww.x.com\\nhttp"
    >>> sorted(_lower_lines(page)[0]), sorted(_lower_lines("Home\\n서울\\nالقاهرة")[1])
    ([0, 4, 7], [1, 2])
    """
    found: set[int] = set()
    caseless: set[int] = set()
    if text[:1].islower() and _ITEM.match(text) is None:
        found.add(0)
    elif _caseless(text[:1]):
        caseless.add(0)
    number = pos = 0
    for m in _MAY_BE_LOWER.finditer(text):
        number += text.count("\n", pos, m.end())  # (the line after the match's newline)
        pos = m.end()
        start = pos - 1  # (the line's first character)
        first = text[start]
        if first.islower():
            if _ITEM.match(text, start) is None:
                found.add(number)
        elif _caseless(first):
            caseless.add(number)
    return found, caseless


def _caseless(char: str) -> bool:
    """Whether ``char`` is a letter of a script without capitals that is
    written with spaces between words (Hangul, Arabic, Devanagari): where
    words run on unspaced (Chinese, Japanese, Thai), a line's next word is
    the whole line, and widths say nothing of wrapping."""
    return (
        char > "\x7f"
        and char.isalpha()
        and not char.isupper()
        and not char.islower()
        and _UNSPACED.match(char) is None
    )


_UNSPACED = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}]"
)


def _near_lowers(filled: list[int], lower: set[int]) -> list[int]:
    """The positions in ``filled`` (bar the last) whose window holds two lines
    of ``lower`` or more: the lines a join may follow.

    The window of position ``at`` is ``filled[at - _REACH : at + _REACH + 2]``,
    so a line of ``lower`` at position ``p`` is in the windows of ``p - _REACH - 1``
    to ``p + _REACH``.

    >>> _near_lowers(list(range(40)), {10, 12, 30})
    [7, 8, 9, 10, 11, 12, 13, 14]
    """
    spots = [bisect_left(filled, j) for j in sorted(lower)]
    out: set[int] = set()
    for p, q in pairwise(spots):
        lo, hi = q - _REACH - 1, p + _REACH
        out.update(range(max(0, lo), min(hi, len(filled) - 2) + 1))
    return sorted(out)
