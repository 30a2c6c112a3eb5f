"""Invariants of reading Markdown (``newsclean.text.markdown``) on Markdown-shaped text."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import newsclean
from newsclean.core.options import Options
from newsclean.text.markdown import strip_markdown
from newsclean.text.normalize import normalize
from tests.invariants import unclaimed

_PIECES = st.sampled_from(
    [
        "# ",
        "## ",
        "\n",
        "\n\n",
        "* ",
        "- ",
        "> ",
        "[",
        "]",
        "(",
        ")",
        "](https://example.org/a)",
        "![alt](/img.png)",
        "**",
        "*",
        "_",
        "`",
        "\\*",
        "---",
        "| a | b |",
        "|---|---|",
        "The council approved the plan on Monday.",
        "Jane Roe",
        "word",
        " ",
        "  ",
        "[ ![i](/i.png) Storm hits  Rain fell.  2H ago ](/s)",
        "* [Storm hits](/s) Rain fell.\n",
    ]
)
markdown_like = st.lists(_PIECES, max_size=30).map("".join) | st.text(max_size=200)


@given(markdown_like)
def test_stripping_never_adds_text(text: str) -> None:
    stripped, count = strip_markdown(text)
    assert len(stripped) <= len(text)
    assert (count == 0) == (stripped == text)


@given(markdown_like)
@example("\x1f>")  # the control character's removal opened a quote
def test_markdown_normalisation_is_idempotent(text: str) -> None:
    once = normalize(text, markdown=True).text
    assert normalize(once, markdown=True).text == once


@given(markdown_like)
@example("\u00e0\x800{0.")  # ftfy reads "\x80" as "€": not Markdown's doing
def test_markdown_page_keeps_its_invariants(text: str) -> None:
    """A page read as Markdown: no crash, nothing invented, everything claimed.

    Reading Markdown only deletes, so each output word is in the normalised
    text and its characters stand in the text normalised without reading
    Markdown (ftfy may change characters: "\x80" is "€") in the same order.
    """
    try:
        page = newsclean.clean_text(text, options=Options(markdown=True))
    except newsclean.NewscleanError:
        return
    plain = normalize(text, markdown=False).text
    for a in page.articles:
        for field in (a.title or "", a.text):
            for word in field.split():
                assert word in page.text
                rest = iter(plain)
                assert all(c in rest for c in word), word
    assert not unclaimed(page)
