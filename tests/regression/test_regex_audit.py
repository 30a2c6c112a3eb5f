"""Every regular expression in the package is linear, or only ever sees bounded text.

Issue #2 asks that nothing hangs: every regex linear or bounded. This
audit finds every compiled pattern the package holds (module constants and
the ones built from lexicons) and checks two things:

* statically, that no pattern nests an unbounded, backtracking quantifier
  inside another (``(a+)+``, ``(?:\\s*x)*``), the shape behind exponential
  blow-ups; possessive quantifiers and atomic groups do not backtrack;
* dynamically, in a child process with a deadline, that each pattern, used
  the way the code uses it, gets through adversarial text of 20,000
  characters (runs of letters, spaces, dots, digits, newlines, mojibake,
  markup) within a hang guard. A quadratic pattern takes seconds there;
  the slowest linear one takes milliseconds.

A pattern that is quadratic under ``search`` but only ever matched at the
start, or only ever given short text, is listed in ``USAGE`` with the guard
that bounds it.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import regex

import newsclean
from newsclean.parsers import bylines, reading_times
from newsclean.stories import card_lines
from newsclean.text import comment_marks, inline

SRC = Path(__file__).resolve().parents[2] / "src"
LENGTH = 20_000
HANG_GUARD = 1.0  # seconds per pattern and input; the slowest linear pattern takes ~0.06
CHILD_DEADLINE = 300.0

try:  # the standard library's parser of its own regex syntax
    import re._constants as _sre_constants
    import re._parser as _sre_parse
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

# Nested unbounded quantifiers that cannot backtrack in more than one way:
# a run of digits repeated only after a mandatory separator ("10:15:00").
_SEPARATED = r"\d+(?:[:./h-]\d+)*: each repeat starts with a separator"
NESTED_OK = {
    "parsers.time_grammar._TOKEN": _SEPARATED,
    "parsers.time_grammar._WORD_SCAN": _SEPARATED,
    "parsers.time_grammar._ASCII_WORD_SCAN": _SEPARATED,
    "parsers.time_grammar._ASCII_TOKEN": _SEPARATED,
    "parsers.time_grammar._ASCII_FIRST_WORD": (
        r"(?:[.-][a-zA-Z][a-zA-Z\d']*)*: repeats start with [.-]"
    ),
}

# How a pattern is used, where that is not ``search`` over any text:
# (operation, the longest text it is ever given or None, the guard that says so).
USAGE: dict[str, tuple[str, int | None, str]] = {
    "parsers.bylines._SEGMENTS": ("split", 300, "parse_byline refuses text over MAX_CHARS (300)"),
    "parsers.bylines._PIECES": ("split", 300, "parse_byline refuses text over MAX_CHARS (300)"),
    "stories.card_lines._SEPARATOR": ("finditer", 200, "split_fields refuses lines over 200 chars"),
    "text.content._SEP": ("split", 300, "headline_candidates skips first lines over 300 chars"),
    "html.metadata._TITLE_TAIL": ("sub", 1000, "metadata._text_of cuts titles to 1,000 chars"),
    "text.comment_marks._HEADING_COUNT": (
        "sub",
        60,
        "is_comment_heading refuses headings over _HEADING_MAX_CHARS (60)",
    ),
    **{
        f"comment_marks.hint({hint})": (
            "search",
            16,
            "CommentMarkers.marks searches the last `window` (<= 16) characters",
        )
        for hint in ("en", "de", "fr", None)
    },
}


def patterns() -> dict[str, re.Pattern[Any] | regex.Pattern[Any]]:
    """Every compiled pattern the package holds, by ``module.NAME``."""
    found: dict[str, re.Pattern[Any] | regex.Pattern[Any]] = {}
    for info in pkgutil.walk_packages(newsclean.__path__, "newsclean."):
        if info.name in ("newsclean.spark", "newsclean.__main__"):  # [spark] extra; no patterns
            continue
        module = importlib.import_module(info.name)
        where = info.name.removeprefix("newsclean.")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern | regex.Pattern):
                found[f"{where}.{name}"] = value
    # patterns built from lexicons at first use
    for language in ("en", "de", "fr", "es"):
        for build in (inline._phrase_pattern, inline._phrases, inline._credit_pattern):
            built = build(language)
            if built is not None:
                found[f"inline.{build.__name__}({language})"] = built
        found[f"bylines.prefix_re({language})"] = bylines._lexicon(language).prefix_re
        found[f"bylines.inner_prefix_re({language})"] = bylines._lexicon(language).inner_prefix_re
    for hint in ("en", "de", "fr", None):
        marks = comment_marks.markers(hint)
        for part in ("section", "entry"):
            found[f"comment_marks.{part}({hint})"] = getattr(marks, part)
        if marks.by is not None:
            found[f"comment_marks.by({hint})"] = marks.by
        found[f"comment_marks.hint({hint})"] = marks.any_verbs.hint
        found[f"reading_times({hint})"] = reading_times.reading_times(hint).pattern
        foreign = bylines.foreign_bylines(hint).pattern
        if foreign is not None:
            found[f"bylines.foreign({hint})"] = foreign
        grammar = card_lines._grammar(language)
        found[f"card_lines.time({language})"] = grammar.time
        found[f"card_lines.hint({language})"] = grammar.hint
    return found


_UNICODE_CLASS = re.compile(r"\\[pP]\{[^}]*\}|\\X")


def _nested_unbounded(pattern: re.Pattern[Any] | regex.Pattern[Any]) -> bool:
    """Whether an unbounded, backtracking repeat sits inside another."""
    source = pattern.pattern
    if isinstance(source, str):  # ``regex``-only syntax the stdlib parser lacks
        source = _UNICODE_CLASS.sub("a", source).replace("(?r)", "")
    verbose = bool(pattern.flags & (re.VERBOSE | regex.VERBOSE))
    tree = _sre_parse.parse(source, re.VERBOSE if verbose else 0)
    unbounded = _sre_constants.MAXREPEAT

    def walk(items: Any, depth: int) -> bool:
        for op, arg in items:
            name = str(op)
            if name in ("MAX_REPEAT", "MIN_REPEAT"):
                _, high, body = arg
                if high == unbounded and depth > 0:
                    return True
                if walk(body, depth + (high == unbounded)):
                    return True
                continue
            if any(walk(sub, depth) for sub in _inner(name, arg)):
                return True
        return False

    return walk(tree, 0)


def _inner(name: str, arg: Any) -> list[Any]:
    """The sub-patterns of a group, an alternation or a lookaround.

    POSSESSIVE_REPEAT and ATOMIC_GROUP never give back what they matched,
    so what they hold cannot backtrack: they are not walked.
    """
    if name == "SUBPATTERN":
        return [arg[-1]]
    if name == "BRANCH":
        return list(arg[1])
    if name in ("ASSERT", "ASSERT_NOT"):
        return [arg[1]]
    return []


def test_the_audit_sees_the_package() -> None:
    found = patterns()
    assert len(found) > 100
    assert set(USAGE) <= set(found), "a USAGE entry names a pattern that is gone"
    assert set(NESTED_OK) <= set(found), "a NESTED_OK entry names a pattern that is gone"
    assert all(_nested_unbounded(found[name]) for name in NESTED_OK), "a NESTED_OK entry is stale"


def test_the_static_check_can_fail() -> None:
    assert _nested_unbounded(re.compile(r"(a+)+b"))
    assert _nested_unbounded(regex.compile(r"(?:\s*\p{L})*x"))
    assert not _nested_unbounded(re.compile(r"(?:\W*+\w++){3}"))
    assert not _nested_unbounded(re.compile(r"(?:[a-z]{1,12}=\w{0,40}&?){1,12}"))


def test_no_nested_unbounded_quantifiers() -> None:
    nested = [
        name for name, p in patterns().items() if name not in NESTED_OK and _nested_unbounded(p)
    ]
    assert nested == [], f"nested unbounded quantifiers: {nested}"


_CHILD = textwrap.dedent(
    """
    import json, sys, time
    sys.path.insert(0, {src!r})
    sys.path.insert(0, {tests!r})
    from regression.test_regex_audit import USAGE, patterns
    units = ["a", "A", "1", " ", ".", "-", "a ", "a.", "1.", "=a&", "\\n", "ab1 .,:-'\\"()",
             "\\u00c3\\u00a9", "&amp;", "x=1 ", "said.The ", "U.S. ", "http://a.b/", "<a ",
             "by ", "2 hours ago ", "\\u00a9", "(c)", "\\u2019", "\\u4e2d", "a, ", " | "]
    worst = {{}}
    for name, p in patterns().items():
        op, limit, _ = USAGE.get(name, ("search", None, ""))
        size = limit or {length}
        slowest = 0.0
        for unit in units:
            text = (unit * (size // len(unit) + 1))[:size]
            if isinstance(p.pattern, bytes):
                text = text.encode("utf-8")[:size]
            start = time.perf_counter()
            if op == "search":
                p.search(text)
                for _ in p.finditer(text):
                    pass
            elif op == "finditer":
                for _ in p.finditer(text):
                    pass
            else:
                getattr(p, op)(*(("", text) if op == "sub" else (text,)))
            slowest = max(slowest, time.perf_counter() - start)
        worst[name] = slowest
    print(json.dumps(worst))
    """
)


def test_every_pattern_gets_through_adversarial_text() -> None:
    code = _CHILD.format(src=str(SRC), tests=str(Path(__file__).parents[1]), length=LENGTH)
    try:
        done = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            timeout=CHILD_DEADLINE,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"a pattern hung: the audit took over {CHILD_DEADLINE:.0f} s")
    assert done.returncode == 0, done.stderr[-2000:]
    worst: dict[str, float] = json.loads(done.stdout)
    slow = {name: round(t, 2) for name, t in worst.items() if t > HANG_GUARD}
    assert slow == {}, f"patterns slower than {HANG_GUARD} s on {LENGTH:,} characters: {slow}"
