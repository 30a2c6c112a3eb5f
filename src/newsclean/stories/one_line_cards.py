"""Stage 4b, before the card parser: cards printed on one line.

Aggregators and rails often print a card's headline and its fields on one
line, behind separators::

    Drought forces farmers to rethink irrigation | Valley Star | 3 hours ago
    Museum returns looted statues to Nigeria | Coast Herald | 5 hours ago

The card parser reads a card line by line (a headline, a field line), and
``stories.card_lines`` reads such a line as fields, the headline among them
as a long source's name. So each is read as the two lines it stands for: the
headline, then its fields, the separator between cut as a card's.

A line is one when it ends in fields that hold a time (a card's age or date:
a story's sentence does not end in a field behind a separator), each other
field a name of a few words, and a time alone an age (a reader's comment
prints its name and a date, a story's title its date); when what stands before them reads as a
headline (three words or more, no field, no reading time); and when the page prints the
shape twice or more within a few lines of each other: a list's cards repeat
their template, a story's one dated line does not.

>>> from newsclean.text.label import label_blocks
>>> from newsclean.text.blocks import split_blocks
>>> page = ("Drought forces farmers to rethink irrigation | Valley Star | 3 hours ago\\n"
...         "Museum returns looted statues to Nigeria | Coast Herald | 5 hours ago")
>>> [d.block.text for d in one_line_cards(label_blocks(split_blocks(page)), "en")]
... # doctest: +NORMALIZE_WHITESPACE
['Drought forces farmers to rethink irrigation', ' | ', 'Valley Star | 3 hours ago',
 'Museum returns looted statues to Nigeria', ' | ', 'Coast Herald | 5 hours ago']
"""

from __future__ import annotations

import regex

from newsclean.core.types import Block, Decision, Label, RemovalKind
from newsclean.parsers.bylines import named_outlet
from newsclean.parsers.reading_times import reading_times
from newsclean.parsers.timestamps import parse_timestamp
from newsclean.stories.card_lines import (
    is_field_line,
    is_time_field,
    sentence_cased,
    source_like,
    time_words,
)

__all__ = ["SEPARATOR_RULE", "one_line_cards"]

# the rule of the separator between a one-line card's headline and its fields
SEPARATOR_RULE = "card.field_separator"

# a field separator between spaces (a hyphen inside words, "well-known", is none;
# spaces bounded, so a search stays linear)
_SEPARATOR = regex.compile(r"[ \t]{0,3}[|·•][ \t]{0,3}|[ \t]{1,3}[-–—/][ \t]{1,3}")
_SEPARATOR_CHARS = ("|", "·", "•", " - ", " – ", " — ", " / ")
_DIGIT = regex.compile(r"\d")
_COMPACT_AGE = regex.compile(r"\d{1,3}[^\W\d_]{1,4}\.?")  # "3h", "45min", "2Std."
_MAX_CHARS = 300  # a longer line is text, not a card
_UNBARRED_MAX_CHARS = 160  # a headline and its age with no separator: a longer line is text
_HEADLINE_MIN_WORDS = 3
_TITLE_CASE_MIN_WORDS = 5  # a shorter line in title case may be an outlet's name
_NAME_MAX_WORDS = 4  # a field that is no time: an outlet's or author's name
_MAX_FIELDS = 3  # source, author, time
_AGE_MAX_WORDS = 5
_READING_TIMES = reading_times(None)  # every language's
_NO_HEADLINE_END = frozenset(".,;:-–—|·•/")
_WINDOW = 4  # lines from one such card to the next in a list (chrome between)


def one_line_cards(decisions: tuple[Decision, ...], language: str) -> tuple[Decision, ...]:
    """``decisions`` with every card printed on one line read as its headline,
    the separator (removed) and its fields, when two such lines or more
    stand within ``_WINDOW`` lines of each other; else ``decisions`` itself."""
    found: list[tuple[int, int, int]] = []  # (line, separator start, separator end)
    for i, d in enumerate(decisions):
        text = d.block.text
        if d.kind is not None or d.label is Label.SECTION_HEADER or len(text) > _MAX_CHARS:
            continue
        if any(c in text for c in _SEPARATOR_CHARS):
            cut = _split(text, language)
        elif len(text) <= _UNBARRED_MAX_CHARS and text[-1:].isalnum() and _DIGIT.search(text, -12):
            cut = _unbarred(text, language)  # ("Headline 3h": an age, no separator)
        else:
            continue
        if cut is not None:
            found.append((i, *cut))
    kept = [
        hit
        for k, hit in enumerate(found)
        if (k > 0 and hit[0] - found[k - 1][0] <= _WINDOW)
        or (k + 1 < len(found) and found[k + 1][0] - hit[0] <= _WINDOW)
    ]
    if not kept:
        return decisions
    out = list(decisions[: kept[0][0]])
    for k, (i, a, b) in enumerate(kept):
        d = decisions[i]
        block = d.block
        out += [
            Decision(_sub(block, 0, a), Label.SHORT, "card.one_line"),
            Decision(
                _sub(block, a, b, blank=0),
                Label.CHROME,
                SEPARATOR_RULE,
                RemovalKind.CHROME,
            ),
            Decision(_sub(block, b, len(block.text), blank=0), Label.SHORT, "card.one_line"),
        ]
        out += decisions[i + 1 : kept[k + 1][0] if k + 1 < len(kept) else len(decisions)]
    return tuple(out)


def _sub(block: Block, a: int, b: int, blank: int | None = None) -> Block:
    return Block(
        block.index,
        block.start + a,
        block.start + b,
        block.text[a:b],
        block.blank_before if blank is None else blank,
    )


def _split(text: str, language: str) -> tuple[int, int] | None:
    """Where a headline's fields start on its line: the span of the separator
    before them, or None. Read from the line's end: each field a time or a
    short name, one of them a time, the headline before them."""
    seps = [m.span() for m in _SEPARATOR.finditer(text)]
    if not seps:
        return None
    splits: list[int] = []  # separators before fields that hold a time, right to left
    timed = False
    end = len(text)
    for k in range(len(seps) - 1, max(-1, len(seps) - 1 - _MAX_FIELDS), -1):
        a, b = seps[k]
        field = text[b:end].strip()
        if not field:
            return None
        if is_time_field(field, language):
            timed = True
        elif len(field.split()) > _NAME_MAX_WORDS or sentence_cased(field):
            break
        # (one field alone must be an age, "· 3 hours ago": a reader's comment
        # prints "Posted by: Jane | May 4, 2012 at 04:46 PM", a title its date)
        if timed and (k < len(seps) - 1 or _age(field, language)):
            splits.append(k)
        end = a
    # (the most fields whose headline stays one: "Opinion | Markets Rally
    # Again | Reuters | 3h" keeps its headline's four words)
    for k in reversed(splits):
        a, b = seps[k]
        head = text[:a].strip()
        # (the headline is what follows the separators before it, if any:
        # "Opinion | The case for rail"; a desk and an outlet are none,
        # "Lifestyle · CBSSports.com", nor an outlet in capitals)
        last = text[seps[k - 1][1] : a] if k > 0 else head
        if _headline(last, language) and not is_field_line(head, language):
            return a, b
    return None


def _unbarred(text: str, language: str) -> tuple[int, int] | None:
    """Where an age printed after a headline without a separator starts
    ("Drought forces farmers to rethink irrigation 3h"): the span of the
    spaces before it, or None. The age is one to five words at the line's
    end ("il y a 5 heures"), the longest that reads as one."""
    # (an age ends in a time word of some language, "ago", "Stunden", or is
    # one compact token, "3h"; most lines ending in a number or a word are
    # none, and reading each costs a parse)
    last = text[text.rfind(" ") + 1 :]
    if last.isalpha():
        if last.lower() not in time_words():
            return None
    elif last.isascii() and not _COMPACT_AGE.fullmatch(last):
        return None
    found: tuple[int, int] | None = None
    cut = len(text)
    for _ in range(_AGE_MAX_WORDS):
        sp = text.rfind(" ", 0, cut)
        if sp <= 0:
            break
        field = text[sp + 1 :]
        # (an age with a number: "today" ends a headline's sentence as often)
        if _DIGIT.search(field) and is_time_field(field, language) and _age(field, language):
            found = (len(text[:sp].rstrip()), sp + 1)
        cut = sp
    if found is None:
        return None
    head = text[: found[0]]
    # a headline ends in a word or its "?", "!", quote or bracket; a field
    # list ends in a comma ("2 min read, 3 days ago"), a post's sentence in
    # a full stop, and a post names people by their handles ("@jane 2h")
    if head[-1:] in _NO_HEADLINE_END or "@" in head or not _headline(head, language):
        return None
    # (the whole line a field line: "Le Monde, Lecture 6 min, Publié il y a 5 jours")
    return None if is_field_line(text, language) else found


def _headline(head: str, language: str) -> bool:
    """Whether what stands before a card's fields reads as its headline: in
    sentence case or of five words or more (a name in title case, "The
    Times of India", is a source's), no outlet's name, field or reading time."""
    words = len(head.split())
    return (
        words >= _HEADLINE_MIN_WORDS
        and (words >= _TITLE_CASE_MIN_WORDS or sentence_cased(head))
        and not named_outlet(head.strip(), language)
        and not source_like(head.strip())
        and not is_field_line(head.strip(), language)  # (a time, a byline, fields)
        # ("14 min read • an hour ago"; in any language: a page's language is
        # told from its stories, its fields may be in another, "Leestijd 4 min")
        and not _READING_TIMES.matches(head.strip())
    )


def _age(field: str, language: str) -> bool:
    """Whether a time field is an age ("3 hours ago", "2h"), no date."""
    ts = parse_timestamp(field, language=language) or parse_timestamp(field)
    return ts is not None and ts.offset is not None
