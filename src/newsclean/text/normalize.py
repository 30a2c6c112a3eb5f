"""Stage 1: raw input to normalised text.

Everything later indexes the normalised text, so this stage is the only one
that changes characters without a record per character: it reports each
kind of fix once, with a count (``Fix``). Steps, in order:

- ``bytes.decode``: bytes become text (BOM, then UTF-8, then cp1252);
- ``newline``: CRLF and CR become LF;
- ``columns``: a table laid out in columns by the flattener (inscriptis,
  ``lynx -dump``) reads one column after another
  (``newsclean.text.columns``; text mode, ``Options.columns``);
- ``markdown``: a Markdown page's syntax goes, a link's text stays
  (``newsclean.text.markdown``; text mode, when the page is Markdown);
- ``surrogates``: lone surrogates become U+FFFD;
- ``control``: control characters other than newline and tab go;
- ``zero_width``: zero-width spaces and joiners, BOMs and soft hyphens go;
- ``nfc``: Unicode NFC composition;
- ``ftfy``: mojibake, HTML entities and C1 controls repaired with ftfy, only
  on the lines that show a sign of them (ftfy over a whole page costs more
  than the rest of the pipeline);
- ``space``: tabs and Unicode spaces become a plain space, runs of spaces
  collapse, lines lose their leading and trailing spaces;
- ``unwrap``: hard-wrapped lines become one line per paragraph
  (``newsclean.text.reflow``; text mode, ``Options.unwrap``).

>>> normalize("Caf\\u00c3\\u00a9  con\\u200b leche \\r\\n").text
'Café con leche\\n'
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

import ftfy
import regex

from newsclean.core.errors import InputError
from newsclean.core.types import Fix
from newsclean.text.columns import split_columns
from newsclean.text.markdown import (
    block_links,
    is_markdown,
    linked_items,
    strip_markdown,
    table_cells,
    title_heading,
    whole_links,
)
from newsclean.text.reflow import unwrap as unwrap_lines

__all__ = ["Normalized", "decode", "normalize"]


@dataclass(frozen=True, slots=True)
class Normalized:
    """The normalised text and the fixes that produced it."""

    text: str
    fixes: tuple[Fix, ...] = ()
    title: str | None = None
    """What the page's markup states is its title (a Markdown page's first
    level-1 heading), its spaces collapsed; None when nothing does."""
    links: tuple[int, ...] = ()
    """Where the lines of ``text`` start that the markup printed as one
    whole link ("[Headline](url)", "## [Headline](url)"), in order: a
    menu's items, a card list's headlines, which read as plain lines once
    the syntax is gone; () on a page not read as Markdown.

    >>> n = normalize("[Home](/) [News](/n)\\n\\n[Storm hits](/a)\\nRain fell.", markdown=True)
    >>> [n.text[i : n.text.index("\\n", i)] for i in n.links]
    ['Storm hits']
    """


_FTFY = ftfy.TextFixerConfig(
    uncurl_quotes=False,  # curly quotes are the page's own text, not damage
    fix_character_width=False,  # full-width forms are correct in CJK text
    explain=False,
)

# A UTF-8 lead byte read as Latin-1/cp1252, followed by a continuation byte
# read the same way ("Ã©", "â€™"), an HTML entity, or a C1 control: the
# signs that a line needs ftfy. Lines without them are left alone.
_NEEDS_FTFY = regex.compile(
    r"[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    r"\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    r"\u20ac\u2122]"
    r"|&(?:[A-Za-z][A-Za-z0-9]{1,30}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"
)
# The same test with the standard library's engine, which scans a page for
# a character class about three times faster than ``regex``; the pattern
# uses nothing ``re`` reads differently. Nearly every page is searched.
_NEEDS_FTFY_SCAN = re.compile(_NEEDS_FTFY.pattern)
# Its two branches, for ``_needs_ftfy``: a mojibake pair, an entity.
_MOJIBAKE_PATTERN, _ENTITY_PATTERN = _NEEDS_FTFY.pattern.split("|&")
_MOJIBAKE = re.compile(_MOJIBAKE_PATTERN)
_ENTITY = re.compile("&" + _ENTITY_PATTERN)
_NEWLINE = regex.compile(r"\r\n?")
_SURROGATE = regex.compile(r"[\ud800-\udfff]")
_CONTROL = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_ZERO_WIDTH = regex.compile(r"[\u00ad\u180e\u200b-\u200d\u2060\ufeff]")
_ODD_SPACE = regex.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_SPACE_RUN = regex.compile(r" {2,}| +(?=\n)|(?<=\n) +|^ +| +$")
# The characters each class above matches. Most pages have none of them:
# a test of the page's few unusual characters (``_unusual``) lets the step
# skip its regex pass over the page.
_CONTROL_CHARS = "".join(map(chr, [*range(0x09), *range(0x0B, 0x20), 0x7F]))
_ZERO_WIDTH_CHARS = "\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff"
_ODD_SPACE_CHARS = (
    "\t\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
)


def decode(data: bytes, *, encoding: str | None = None) -> str:
    """Decode page bytes: the caller's hint, a BOM, UTF-8, then cp1252.

    Raises ``InputError`` for bytes that are not text (NUL bytes, mostly
    control characters).

    >>> decode("naïve".encode("utf-8"))
    'naïve'
    >>> decode(b"\\x00\\x01\\x02binary")
    Traceback (most recent call last):
    ...
    newsclean.core.errors.InputError: input bytes are not text (NUL or control bytes)
    """
    sample = data[:4096]
    if b"\x00" in sample and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError("input bytes are not text (NUL or control bytes)")
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(name, errors="replace")
    if encoding:
        try:
            return data.decode(encoding, errors="replace")
        except LookupError:
            pass  # an unknown hint: fall through to detection
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text[:4096] if ch < " " and ch not in "\n\r\t")
    if controls > len(text[:4096]) // 10:
        raise InputError("input bytes are not text (NUL or control bytes)")
    return text


def normalize(
    text: str,
    *,
    fix_encoding: bool = True,
    markdown: bool | None = False,
    unwrap: bool = False,
    columns: bool = False,
) -> Normalized:
    """Normalise page text; see the module docstring for the steps.

    ``markdown``: True reads the page as Markdown (``newsclean.text.markdown``),
    None does when the page shows Markdown's own syntax, False never.
    ``unwrap``: join hard-wrapped lines (``newsclean.text.reflow``).
    ``columns``: read laid-out columns one after another (``newsclean.text.columns``).
    """
    counts: dict[str, int] = {}
    if "\r" in text:  # (a C scan: most pages have no CR to replace)
        text = _step(counts, "newline", *_count_sub(_NEWLINE, "\n", text))
    if columns:
        # before the spaces collapse: the padding shows where columns are
        text = _step(counts, "columns", *split_columns(text))
    read_markdown = markdown or (markdown is None and is_markdown(text))
    title = title_heading(text) if read_markdown else None
    if read_markdown:
        # before the spaces collapse: a table cell's lines are runs of spaces apart
        text = _step(counts, "markdown", *table_cells(text))
        text = _step(counts, "markdown", *block_links(text))
        text = _step(counts, "markdown", *linked_items(text))
    # (the lines that were whole links, found before the syntax goes: their
    # texts, looked for in the normalised text once it is done)
    linked = whole_links(text) if read_markdown else []
    # ftfy reads a line in context, so its repair can reveal more to repair,
    # and so can a control character's or Markdown's removal (">" after a
    # control character opens a quote once that character is gone): passes
    # repeat until nothing changes (bounded), which keeps normalize()
    # idempotent.
    settled = False  # whether ``_pass`` would give the text back as it is
    for _ in range(4):
        before = text
        ftfy_ran = False
        if not settled:
            text, ftfy_ran = _pass(text, counts, fix_encoding=fix_encoding)
        if read_markdown:
            text = _step(counts, "markdown", *strip_markdown(text))
        if unwrap:
            text = _step(counts, "unwrap", *unwrap_lines(text))
        if text == before or ("ftfy" not in counts and not read_markdown and not unwrap):
            break
        # A pass that ran no ftfy leaves text that a second pass keeps (its
        # other steps leave nothing for one another), and unwrap's joins keep
        # it so: a newline between two characters that are no space becomes a
        # space, which no step matches across. Only the joins are read again.
        settled = not ftfy_ran and not read_markdown
    fixes = tuple(Fix(rule, n) for rule, n in counts.items())
    return Normalized(text, fixes, title, line_starts(text, linked) if linked else ())


def line_starts(text: str, lines: list[str]) -> tuple[int, ...]:
    """Where each of ``lines`` (texts of whole lines, in page order) starts
    in ``text``: each the first line after the one before it that prints
    it; a text no line prints after that is left out. Linear: the lines
    are looked up in a table of ``text``'s lines by their text.

    >>> line_starts("Home\\nNews\\nStory\\nHome", ["Home", "Story", "Home", "Gone"])
    (0, 10, 16)
    """
    wanted = set(lines)
    at: dict[str, list[int]] = {}
    pos = 0
    for line in text.split("\n"):
        if line in wanted:
            at.setdefault(line, []).append(pos)
        pos += len(line) + 1
    out: list[int] = []
    last = -1
    for line in lines:
        starts = at.get(line)
        if starts is None:
            continue
        k = bisect_right(starts, last)
        if k < len(starts):
            last = starts[k]
            out.append(last)
    return tuple(out)


def _pass(text: str, counts: dict[str, int], *, fix_encoding: bool) -> tuple[str, bool]:
    """One pass of the steps over ``text``, and whether ftfy read some of its lines."""
    # Each step's test reads the page's unusual characters (``_unusual``: a
    # few hundred on most pages) instead of scanning the page for each
    # character it looks for; they are taken again after a step that
    # changed the text.
    odd = _unusual(text)
    if _SURROGATE.search(odd) is not None:
        text = _step(counts, "surrogates", *_count_sub(_SURROGATE, "\ufffd", text))
        odd = _unusual(text)
    if _has_any(odd, _CONTROL_CHARS):
        text = _step(counts, "control", *_count_sub(_CONTROL, "", text))
        odd = _unusual(text)
    if _has_any(odd, _ZERO_WIDTH_CHARS):
        text = _step(counts, "zero_width", *_count_sub(_ZERO_WIDTH, "", text))
        odd = _unusual(text)
    spaces = runs = 0
    if _has_any(odd, _ODD_SPACE_CHARS):
        text, spaces = _count_sub(_ODD_SPACE, " ", text)
    if _may_have_space_run(text):
        text, runs = _count_sub(_SPACE_RUN, "", text, keep_one=True)
    if spaces or runs:
        text = _step(counts, "space", text, spaces + runs)
        odd = _unusual(text)
    if _NFC_UNSURE.search(odd) is not None and not unicodedata.is_normalized("NFC", text):
        text = _step(counts, "nfc", unicodedata.normalize("NFC", text), 1)
        odd = _unusual(text)
    if fix_encoding and _needs_ftfy(text, odd):
        return _step(counts, "ftfy", *_ftfy_lines(text)), True
    return text, False


# The UTF-8 bytes of printable ASCII and the newline: what ``_unusual`` drops.
_PLAIN_BYTES = bytes([0x0A, *range(0x20, 0x7F)])


def _unusual(text: str) -> str:
    """The characters of ``text`` other than printable ASCII and newlines, in
    order: all that the tests of a pass look for but space runs and entities.
    One C-level pass over the page's UTF-8 bytes (a character beyond ASCII
    has no ASCII byte, so it stays whole) costs about as much as two
    substring tests of the page, where a pass tests some sixty characters.

    >>> _unusual("It’s\\tfine, café\\u00a0au lait\\n")
    '’\\té\\xa0'
    """
    data = text.encode("utf-8", "surrogatepass").translate(None, _PLAIN_BYTES)
    return data.decode("utf-8", "surrogatepass")


# Characters NFC leaves as they are wherever they stand (no combining mark,
# no part of a composition, no singleton): a text of these and ASCII is NFC
# without ``unicodedata.is_normalized``'s look at each of its characters.
# Latin with its accents, Cyrillic's letters, general punctuation, CJK
# punctuation, kana, the unified ideographs and Hangul's syllables; a unit
# test checks each of them against the Unicode data.
_NFC_STABLE_RANGES = (
    "\u0000-\u02ff\u0400-\u0482\u048a-\u04ff\u2002-\u206f\u3000-\u3029"
    "\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff\uac00-\ud7a3"
)
_NFC_UNSURE = re.compile(f"[^{_NFC_STABLE_RANGES}]")


def _needs_ftfy(text: str, odd: str | None = None) -> bool:
    """Whether ``_NEEDS_FTFY`` matches anywhere in ``text``; ``odd``:
    ``_unusual(text)``, when the caller has it.

    >>> _needs_ftfy("café, naïve"), _needs_ftfy("cafÃ©"), _needs_ftfy("AT&amp;T")
    (False, True, True)
    """
    # The pattern's two branches apart: an entity starts with a literal "&"
    # (the engine skips from one to the next), and a mojibake pair is two
    # characters beyond ASCII, so also a pair of ``odd`` (a page's fraction):
    # the page is searched for one only when ``odd`` holds one.
    if "&" in text and _ENTITY.search(text) is not None:
        return True
    if odd is None:
        odd = _unusual(text)
    return _MOJIBAKE.search(odd) is not None and _MOJIBAKE.search(text) is not None


def _has_any(text: str, chars: str) -> bool:
    return any(c in text for c in chars)


def _may_have_space_run(text: str) -> bool:
    """Whether ``_SPACE_RUN`` can match: each of its branches needs one of these."""
    return "  " in text or " \n" in text or "\n " in text or text[:1] == " " or text[-1:] == " "


def _step(counts: dict[str, int], rule: str, text: str, count: int) -> str:
    if count:
        counts[rule] = counts.get(rule, 0) + count
    return text


def _count_sub(
    pattern: regex.Pattern[str], repl: str, text: str, *, keep_one: bool = False
) -> tuple[str, int]:
    if keep_one:
        # A run inside a line keeps one space; at a line's ends it goes.
        def one(m: regex.Match[str]) -> str:
            start, end = m.span()
            inner = start > 0 and end < len(text) and text[start - 1] != "\n" and text[end] != "\n"
            return " " if inner else ""

        new, n = pattern.subn(one, text)
        return new, n
    new, n = pattern.subn(repl, text)
    return new, n


def _ftfy_lines(text: str) -> tuple[str, int]:
    lines = text.split("\n")
    changed = 0
    for i, line in enumerate(lines):
        if _NEEDS_FTFY_SCAN.search(line):
            fixed = ftfy.fix_text(line, _FTFY)
            if fixed != line:
                lines[i] = fixed.replace("\n", " ")
                changed += 1
    return "\n".join(lines), changed
