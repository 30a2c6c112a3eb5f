"""How values draw themselves in a notebook: a renderer the shell hands in.

The values (``core.types``) sit at the bottom of the package and the HTML
cards (``shell.explain``) at the top, importing the values. So a value does
not import its card: ``Page._repr_html_`` looks the renderer up here, and
``shell.explain`` registers its renderers when it is imported, which
``import newsclean`` always does. This table only changes how a value is
displayed, never what a function returns.

>>> class Note:
...     pass
>>> register(Note, lambda note: "<i>note</i>")
>>> render_html(Note())
'<i>note</i>'
>>> render_html(3)
'<pre>3</pre>'
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

__all__ = ["register", "render_html"]

_RENDERERS: dict[type, Callable[[Any], str]] = {}


def register(kind: type, render: Callable[[Any], str]) -> None:
    """Draw values of exactly ``kind`` with ``render`` in a notebook."""
    _RENDERERS[kind] = render


def render_html(value: object) -> str:
    """``value`` as HTML: its registered card, else its escaped ``repr``."""
    render = _RENDERERS.get(type(value))
    if render is None:
        return f"<pre>{escape(repr(value))}</pre>"
    return render(value)
