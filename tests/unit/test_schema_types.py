"""Unit tests of newsclean.html.schema_types: the types a page declares."""

from __future__ import annotations

import lxml.etree
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.html.metadata import extract_metadata
from newsclean.html.parse import parse_html
from newsclean.html.schema_types import declared_types

_PIECES = st.lists(
    st.sampled_from(
        [
            '<div itemscope itemtype="https://schema.org/NewsArticle">x</div>',
            '<span itemtype="http://schema.org/Person"><b itemtype="Thing">y</b></span>',
            '<script type="application/ld+json">{"@type": "NewsArticle"}</script>',
            '<script type="application/LD+JSON">{"@type": "Recipe"}</script>',
            '<script type="text/javascript">var a = {"@type": "Recipe"};</script>',
            '<script type="application/ld+json">{"@type": ["Event", "Place"]}</script>',
            '<script type="application/ld+json"></script>',
            "<p>text <i>more</i> tail</p>",
        ]
    ),
    max_size=6,
)


def _many_types(n: int) -> str:
    """A JSON-LD script naming ``n`` types, ten to an object."""
    lists = [
        ", ".join(f'"Type{k}"' for k in range(start, min(start + 10, n)))
        for start in range(0, n, 10)
    ]
    objects = ", ".join(f'{{"@type": [{names}]}}' for names in lists)
    return f'<script type="application/ld+json">{{"@graph": [{objects}]}}</script>'


@settings(max_examples=200, derandomize=True, deadline=None)
@given(
    st.sampled_from(["<html>", '<html itemscope itemtype="https://schema.org/WebPage">']),
    _PIECES,
    _PIECES,
    st.sampled_from([0, 30, 70]),
)
def test_declared_types_with_the_metadatas_scripts_are_those_read_from_the_tree(
    start: str, head: list[str], body: list[str], many: int
) -> None:
    """Given the JSON-LD scripts the metadata found, the tree is searched for the
    microdata alone, and the types are those one XPath over the tree reads (past
    the cap on types kept too, where the page's order decides which)."""
    extra = _many_types(many) if many else ""
    root = parse_html(
        f"{start}<head>{''.join(head)}{extra}</head><body>{''.join(body)}"
        f"<div itemtype='https://schema.org/Last'>z</div></body></html>"
    )
    scripts: list[lxml.etree._Element] = []
    extract_metadata(root, scripts=scripts)
    assert declared_types(root, scripts) == declared_types(root)
