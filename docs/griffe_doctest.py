"""A Griffe extension for the API reference: docstrings written for ``help()``
and doctest, rendered as Markdown without their reST habits.

- A run of doctest lines (``>>>``, its ``...`` continuations and its output,
  up to a blank line) becomes a fenced ``pycon`` block: as plain Markdown its
  ``>>>`` was three nested quotes.
- A paragraph ending in reST's literal marker ``::`` ends in ``:`` (the
  indented block after it is a code block in Markdown already).

The docstrings themselves stay as they are, so ``help()`` and doctest see no
fences. Loaded by ``mkdocs.yml`` (mkdocstrings' ``extensions`` option).
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_LITERAL_MARKER = re.compile(r"(?<=\S)::$")
_PROMPT = re.compile(r"^(\s*)>>>(?: |$)")


def markdown_docstring(text: str) -> str:
    r"""``text`` with doctest runs fenced and reST ``::`` markers cut to ``:``.

    >>> markdown_docstring("Change a copy::")
    'Change a copy:'
    >>> markdown_docstring("Sum:\n\n>>> 1 + 1\n2\n\nDone.").split("\n")
    ['Sum:', '', '```pycon', '>>> 1 + 1', '2', '```', '', 'Done.']
    """
    out: list[str] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        prompt = _PROMPT.match(line)
        # (an indented doctest is an indented code block already: left alone)
        if prompt and not prompt.group(1) and not _in_code(out):
            block = []
            while i < len(lines) and lines[i].strip():
                block.append(lines[i])
                i += 1
            out.extend(["```pycon", *block, "```"])
            continue
        out.append(_LITERAL_MARKER.sub(":", line))
        i += 1
    return "\n".join(out)


def _in_code(out: list[str]) -> bool:
    """True inside a fenced block already open in ``out``."""
    return sum(1 for line in out if line.lstrip().startswith("```")) % 2 == 1


class DoctestFences(griffe.Extension):
    """Rewrites every docstring of the loaded package for Markdown (module docstring)."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Walk the package once it is loaded."""
        seen: set[int] = set()
        stack: list[griffe.Object | griffe.Alias] = [pkg]
        while stack:
            obj = stack.pop()
            if id(obj) in seen or isinstance(obj, griffe.Alias):
                continue
            seen.add(id(obj))
            if obj.docstring is not None:
                obj.docstring.value = markdown_docstring(obj.docstring.value)
            stack.extend(obj.members.values())
