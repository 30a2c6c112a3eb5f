"""Stage 1b: Markdown syntax read as plain lines (part of normalisation).

Scrapers and reader services hand pages over as Markdown more and more
(trafilatura's and html2text's Markdown output, reader APIs): headings
``# Title``, links ``[text](url)``, images ``![alt](url)``, emphasis,
bullets. A Markdown page becomes the flattened text every later stage
reads: a heading's marks, a link's target, an image, emphasis marks, a
bullet go; a link's text stays. Like every normalisation step it is
reported once, with a count (``Fix("markdown", n)``).

Plain text holds "*" bullets and "#hashtags" of its own, so a page is read
as Markdown only when it shows Markdown's own syntax (``is_markdown``), or
when the caller says so (``Options.markdown``).

>>> strip_markdown("# Council backs plan\\n**By Jane Roe** | [City](https://x.org/city)")
('Council backs plan\\nBy Jane Roe | City', 3)
>>> is_markdown("Read [the report](https://example.org/r) and [the data](/d).")
True
>>> is_markdown("* Calendar subject to change\\n#hashtag")
False
"""

from __future__ import annotations

import re

__all__ = [
    "block_links",
    "is_markdown",
    "linked_items",
    "strip_markdown",
    "table_cells",
    "title_heading",
    "whole_links",
]

# Bounded quantifiers throughout: pages are untrusted, and the regex audit
# holds every pattern of the package to linear time.
# a link's text may hold one level of brackets: "[[Video] The storm](/v/1)"
# (each step of its repeat starts with a different character: linear)
# A flattener that wraps its lines (html2text at 78 columns) breaks a link's
# text at a space and its target at a hyphen: one newline may stand in
# either (never a blank line, a paragraph's end). A link's title (its
# tooltip, often the teaser of the page it opens) may be long and hold
# escaped characters.
_LINK = re.compile(
    r"\[((?:[^\[\]\n]|\n(?!\n)|\[[^\[\]\n]{0,100}\]){0,300})\]"
    r"\((?:[^()\s]|\n(?![\n)])){0,2000}(?:\s{1,10}\"(?:[^\"\\\n]|\\.){0,2000}\")?\)"
)
_IMAGE = re.compile(
    r"!\[(?:[^\[\]\n]|\n(?!\n)){0,300}\]\((?:[^()\s]|\n(?![\n)])){0,2000}"
    r"(?:\s{1,10}\"(?:[^\"\\\n]|\\.){0,2000}\")?\)"
)
_LINKED_IMAGE = re.compile(
    r"\[\s{0,3}!\[[^\[\]\n]{0,300}\]\([^()\s]{0,2000}\)\s{0,3}\]\([^()\s]{0,2000}\)"
)
_REF_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\[[^\[\]\n]{0,100}\]")
_REF_DEFINITION = re.compile(r"^ {0,3}\[[^\[\]\n]{1,100}\]:[ \t]{0,10}\S{1,2000}.{0,300}$", re.M)
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]{1,10}|[ \t]{1,10}#{1,6}[ \t]{0,10}$", re.M)
_QUOTE = re.compile(r"^ {0,3}(?:>[ \t]?){1,6}", re.M)
_BULLET = re.compile(r"^ {0,12}[*+-][ \t]{1,10}(?=\S)", re.M)
_RULE = re.compile(
    r"^ {0,3}(?:(?:\*[ \t]{0,3}){3,40}|(?:-[ \t]{0,3}){3,40}|(?:_[ \t]{0,3}){3,40})$", re.M
)
_TABLE_RULE = re.compile(
    r"^ {0,3}\|?(?:[ \t]{0,3}:?-{1,100}:?[ \t]{0,3}\|){1,50}[ \t]{0,3}(?::?-{1,100}:?)?[ \t]{0,3}$",
    re.M,
)
_STRONG = re.compile(r"(\*\*|__)(?=\S)([^\n]{1,1000}?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,1000}?)(?<=[^\s*])\*(?![\w*])")
_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]{1,1000}?)(?<=[^\s_])_(?![\w_])")
_CODE = re.compile(r"`{1,3}([^`\n]{1,1000})`{1,3}")
_FENCE = re.compile(r"^ {0,3}(?:`{3,10}|~{3,10})[^\n]{0,100}$", re.M)
_CELL_EDGE = re.compile(r"(?<!\\)\|")  # an unescaped "|"
_RULE_CELL = re.compile(r":?-{1,200}:?")
_CELL_LINES = re.compile(r" {2,}")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")

# What only Markdown writes: a link or an image with its target, an ATX
# heading, a strong-emphasis pair.
_SIGN_LINK = re.compile(r"\]\((?:https?://|/|#|mailto:|\.{0,2}/)")
_SIGN_HEADING = re.compile(r"^#{1,6} \S", re.M)
_SIGN_STRONG = re.compile(r"\*\*\S[^*\n]{0,200}\S\*\*")
_MIN_LINKS = 2  # one "](http" may be a URL quoted in text; two are Markdown
# A level-1 ATX heading: "# Title" (not "## Section").
_TITLE_HEADING = re.compile(r"^ {0,3}#[ \t]{1,10}(\S[^\n]{0,500})$", re.M)
_SAMPLE = 4096  # characters of a page read for the signs
# A line that is one link and nothing else, maybe a heading's or a list
# item's ("[Headline](url)", "## [Headline](url)", "* [Home](/)"): a menu's
# item or a card's headline, a cue that stripping the syntax removes.
_WHOLE_LINK = re.compile(
    r"^ {0,3}(?:#{1,6}[ \t]{1,10}|[*+-][ \t]{1,10})?" + _LINK.pattern + r"[ \t]{0,10}$", re.M
)


def is_markdown(text: str) -> bool:
    """Whether ``text`` is written in Markdown: two links or images with their
    targets, or a heading line with a link or strong emphasis beside it, in
    its first 4,096 characters."""
    # a Markdown page shows its syntax early (the menu's links, the title's
    # heading): the first characters are read, with a substring test (a C
    # scan) before each pattern
    text = text[:_SAMPLE]
    links = 0
    if "](" in text:
        for _ in _SIGN_LINK.finditer(text):
            links += 1
            if links >= _MIN_LINKS:
                return True
    if "# " not in text or (links == 0 and "**" not in text):
        return False
    if _SIGN_HEADING.search(text) is None:
        return False
    return links > 0 or _SIGN_STRONG.search(text) is not None


def title_heading(text: str) -> str | None:
    """The text of a Markdown page's first level-1 heading, its syntax gone
    and its spaces collapsed: the page's title, which markup states where a
    flattened page only shows a line (None when the page has none).

    >>> title_heading("[Home](/) [News](/news)\\n\\n# Council backs **new** plan #\\n\\nText.")
    'Council backs new plan'
    >>> title_heading("## Section\\nText.") is None
    True
    """
    m = _TITLE_HEADING.search(text)
    if m is None:
        return None
    title = " ".join(strip_markdown(m.group(0))[0].split())
    if title and _site_part(title, text, m.start()):
        return None
    return title or None


# What a <title> puts between its parts ("Headline - Site", "Site | Headline").
_TITLE_SEP = re.compile(r"\s{1,10}[|\-–—:•·»]\s{1,10}|\s{0,10}\|\s{0,10}")


def _site_part(title: str, text: str, at: int) -> bool:
    """Whether the heading ``title`` (at offset ``at``) is the site's name
    that the page's first line, its ``<title>`` as a tool that prints the
    head writes it, holds as a part beside a longer one ("Headline - Core77"
    over a logo's "# Core77"): the heading names the site, not the story,
    and the page is read as a flattened one, its first line the title.

    >>> _site_part("Core77", "Car chase on a budget - Core77\\n\\n# Core77\\n", 32)
    True
    >>> _site_part("Car chase on a budget", "Car chase on a budget - Core77\\n\\n# Car", 32)
    False
    """
    first = text[:at].lstrip().partition("\n")[0]
    if not first:
        return False
    parts = [p.strip().casefold() for p in _TITLE_SEP.split(first) if p.strip()]
    key = title.casefold()
    return len(parts) > 1 and key in parts and max(parts, key=len) != key


def whole_links(text: str) -> list[str]:
    """The text of each line of ``text`` that is one whole link (a heading's
    or a list item's too), in page order, its syntax gone and its spaces
    collapsed as ``normalize`` leaves them; a link holding only an image
    gives none. A menu prints a run of such lines, a card list one over each
    card's teaser: what the link syntax said before ``strip_markdown``
    removed it (``normalize`` hands their places on).

    >>> whole_links("[Home](/)\\n## [Storm hits *coast*](/a)\\nRead [this](/b) too.")
    ['Home', 'Storm hits coast']
    """
    if "](" not in text:  # (a C scan: no link, no line to look at)
        return []
    out: list[str] = []
    for m in _WHOLE_LINK.finditer(text):
        key = " ".join(strip_markdown(m.group(1))[0].split())
        if key:
            out.append(key)
    return out


def _cell_lines(cell: str) -> list[str]:
    """The lines a table cell ran together: the tool joins a cell's lines
    with a run of spaces, and a list's items with their bullets ("* a * b").

    >>> _cell_lines(" Posted 6:55 PM  Gang member jailed   A reputed gang member... ")
    ['Posted 6:55 PM', 'Gang member jailed', 'A reputed gang member...']
    >>> _cell_lines("* Storm hits coast * Fares rise again")
    ['Storm hits coast', 'Fares rise again']
    >>> _cell_lines("1. Storm hits coast 2. Fares rise again")
    ['Storm hits coast', 'Fares rise again']
    """
    lines: list[str] = []
    for line in _CELL_LINES.split(cell.strip()):
        if line[:2] in _CELL_BULLETS:  # a list: its bullet parts its items
            lines += line[2:].split(f" {line[0]} ")
        elif line[:3] == "1. ":  # a numbered list: its numbers do
            lines += _CELL_NUMBER.split(line[3:])
        else:
            lines.append(line)
    return lines


_CELL_BULLETS = frozenset({"* ", "- ", "+ "})
_CELL_NUMBER = re.compile(r" \d{1,3}\. ")


def strip_markdown(text: str) -> tuple[str, int]:
    """``text`` with Markdown syntax removed, and how many pieces went.

    A line that held only syntax (an image, a rule, a link definition)
    becomes an empty line, and a link broken by a wrapped line loses its
    newline with its target (the text every later offset points into is
    this one, not the page's). Table rows become a line per cell
    (``table_cells``; ``normalize`` splits them before spaces collapse too).
    """
    count = 0
    # a pass can reveal syntax ("[**a**](u)" holds emphasis inside a link, a
    # link's text may be another link): passes repeat until one changes
    # nothing, at most _PASSES (bounded: every step shortens the text)
    for _ in range(_PASSES):
        found = 0
        for pattern, repl in _STEPS:
            text, n = pattern.subn(repl, text)
            found += n
        # (a heading's or a quote's mark gone may leave a table row: "# | a |")
        text, rows = table_cells(text)
        found += rows
        count += found
        if not found:
            break
    return text, count


_PASSES = 4


def table_cells(text: str) -> tuple[str, int]:
    """``text`` with every table row's cells on lines of their own, and how
    many rows there were.

    A Markdown table cannot break a line inside a cell, so a flattener that
    keeps a page's layout tables (markdownify) prints a whole layout row,
    menu, story and sidebar, nested tables and all, as one line; a cell is
    the line the page's paragraph or link was. Separator cells ("---") go.
    It runs before the spaces of a line collapse: a cell's own lines are
    runs of spaces apart (``_cell_lines``).

    >>> table_cells("| [Home](/) | News |\\n| --- | --- |\\n| | Text. | |")
    ('[Home](/)\\nNews\\n\\nText.', 3)
    """
    if "|" not in text:
        return text, 0
    lines = text.split("\n")
    rows = 0
    for i, line in enumerate(lines):
        row = line.strip()
        if len(row) < 2 or row[0] != "|" or row[-1] != "|":
            continue
        parts = (p for cell in _CELL_EDGE.split(row[1:-1]) for p in _cell_lines(cell))
        lines[i] = "\n".join(p for p in parts if p and not _RULE_CELL.fullmatch(p))
        rows += 1
    return "\n".join(lines), rows


# A link that wraps a block of the page (a card: its image, headline,
# teaser, time) prints its pieces a run of spaces apart inside the brackets:
# "[ ![img](src) Storm hits coast  Rain fell all day.  2H ago ](/a)".
# (The image may come first; the text is one line, or wrapped lines.)
_BLOCK_LINK = re.compile(
    r"\[[ \t]{0,10}(?:!\[[^\[\]\n]{0,300}\]\([^()\s]{0,2000}\)[ \t]{0,10})?"
    r"((?:[^\[\]\n]|\n(?!\n)){1,1000})\]\((?:[^()\s]|\n(?![\n)])){0,2000}\)"
)
_PIECES = re.compile(r"[ \t]{2,}")
_MARKS = frozenset("*+-#")  # a list item's or a heading's marks


def block_links(text: str) -> tuple[str, int]:
    """``text`` with each link that wraps a block (its text in pieces a run
    of spaces apart) printed as its pieces, each on a line of its own, and
    how many such links there were.

    A flattener writes a card that is one link (image, headline, teaser,
    time) as one link whose text runs its pieces together, and several
    cards side by side on one line: once the syntax goes they read as one
    long line of prose, where a block-line flattener prints the lines the
    page shows. It runs before the spaces of a line collapse (they are
    the cue) and leaves inline links ("read [the report](/r)") alone.

    >>> block_links("* [ ![i](/i.jpg) Storm hits  Rain fell.  2H ago ](/a) [Fares  Up. ](/b)")
    ('* Storm hits\\nRain fell.\\n2H ago\\n \\nFares\\nUp.', 2)
    >>> block_links("Read [the  report](/r) now.")
    ('Read [the  report](/r) now.', 0)
    >>> block_links("Fares rose - [the  report](/r)")[1]
    0
    """
    if "](" not in text:  # (a C scan: no link, nothing to split)
        return text, 0
    count = 0

    def split(m: re.Match[str]) -> str:
        nonlocal count
        pieces = [" ".join(p.split()) for p in _PIECES.split(m.group(1).strip())]
        pieces = [p for p in pieces if p]
        if len(pieces) < 2:
            return m.group(0)
        # the characters beside the link on its line, spaces skipped (a
        # scan over the spaces only: a line of 20,000 cards stays linear)
        i = m.start() - 1
        while i >= 0 and text[i] in " \t":
            i -= 1
        before = text[i] if i >= 0 and text[i] != "\n" else ""
        if before in _MARKS:  # a bullet's or a heading's mark opens the line
            while i >= 0 and text[i] == before:
                i -= 1
            while i >= 0 and text[i] in " \t":
                i -= 1
            if i >= 0 and text[i] != "\n":  # ("a dash - [a  b](u)" in a sentence)
                before = "."
        j = m.end()
        while j < len(text) and text[j] in " \t":
            j += 1
        after = text[j] if j < len(text) and text[j] != "\n" else ""
        # a link inside a sentence is the sentence's: a block link stands
        # alone on its line, after a bullet or a heading's mark, or beside
        # other links (cards side by side)
        if (before and before not in _MARKS and before != ")") or (after and after != "["):
            return m.group(0)
        count += 1
        # a link before it on the line (another card) ends there; a bullet
        # or a heading's mark stays the first piece's
        lead = "\n" if before == ")" else ""
        return lead + "\n".join(pieces) + ("\n" if after else "")

    out = _BLOCK_LINK.sub(split, text)
    return out, count


# A list item that opens with a link and goes on in plain text: "* [Storm
# hits coast](/a) Rain fell all day..." (a card: linked headline, teaser).
_LINKED_ITEM = re.compile(
    r"( {0,12}[*+-][ \t]{1,10}\[[^\[\]\n]{1,300}\]\([^()\s]{1,2000}\))[ \t]{1,10}(\S[^\n]*)"
)
_MIN_ITEMS = 3  # a run this long is a list of cards, not a sentence's list


def linked_items(text: str) -> tuple[str, int]:
    """``text`` with the teaser of each item of a run of linked list items
    on a line below its headline, and how many items were split.

    A card list flattened to Markdown prints each card as a list item: its
    headline a link, its teaser after it on the same line. Once the syntax
    goes, headline and teaser read as one line of prose; a block-line
    flattener prints the two lines the page shows. Only a run of at least
    three such items is split: one item opening with a link may be a
    sentence of the story's own list.

    >>> linked_items("* [Storm hits](/a) Rain fell.\\n* [Fares up](/b) Again.\\n* [Vote](/c) Soon.")
    ('* [Storm hits](/a)\\nRain fell.\\n* [Fares up](/b)\\nAgain.\\n* [Vote](/c)\\nSoon.', 3)
    >>> linked_items("* [Storm hits](/a) Rain fell.\\n* Fares rose.")[1]
    0
    """
    if "](" not in text:  # (a C scan: no link, nothing to split)
        return text, 0
    lines = text.split("\n")
    count = 0
    run: list[tuple[int, re.Match[str]]] = []
    for i, line in enumerate([*lines, ""]):
        m = _LINKED_ITEM.fullmatch(line) if "](" in line else None
        if m is not None:
            run.append((i, m))
            continue
        if len(run) >= _MIN_ITEMS:
            for k, item in run:
                lines[k] = item.group(1) + "\n" + item.group(2)
            count += len(run)
        run = []
    return ("\n".join(lines), count) if count else (text, 0)


# In order: whole lines first, then images before the links they look like,
# then emphasis, then escapes (an escaped "*" is no emphasis).
_STEPS: tuple[tuple[re.Pattern[str], str], ...] = (
    (_FENCE, ""),
    (_REF_DEFINITION, ""),
    (_RULE, ""),
    (_TABLE_RULE, ""),
    (_HEADING, ""),
    (_QUOTE, ""),
    (_BULLET, ""),
    (_LINKED_IMAGE, ""),
    (_IMAGE, ""),
    (_LINK, r"\1"),
    (_REF_LINK, r"\1"),
    (_STRONG, r"\2"),
    (_EMPHASIS, r"\1"),
    (_UNDERSCORE, r"\1"),
    (_CODE, r"\1"),
    (_ESCAPE, r"\1"),
)
