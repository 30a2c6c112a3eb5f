"""Hypothesis strategies, kept in one place: arbitrary text and page-like text."""

from __future__ import annotations

from hypothesis import strategies as st

from tests.pagegen import GeneratedPage, generate_page

# Arbitrary text, surrogates and controls included: clean() must survive it.
any_text = st.text(max_size=400)

_WORDS = [
    "said",
    "Thursday",
    "the",
    "U.S.",
    "1.39",
    "billion",
    "Node.js",
    "Temu",
    "market",
    "Reuters",
    "AFP",
    "won",
    "company",
    "data",
    "users",
    "Mr.",
    "e.g.",
    "example.com",
]
_word = st.sampled_from(_WORDS)

sentence = st.builds(
    lambda words, end: " ".join(words).capitalize() + end,
    st.lists(_word, min_size=3, max_size=14),
    st.sampled_from([".", ".", ".", "?", "!", ".\u201d", "'"]),
)
paragraph = st.builds(
    lambda ss, glue: glue.join(ss),
    st.lists(sentence, min_size=1, max_size=5),
    st.sampled_from([" ", ""]),
)
chrome_line = st.sampled_from(
    [
        "Live Events",
        "Hashtags",
        "Comments",
        "Related Articles",
        "&w=3840&q=100)",
        "Share",
        "Advertisement",
    ]
)
card_header = st.builds(
    lambda source, n: f"{source}\n{n} hours ago\n- {source}",
    st.sampled_from(["News18", "First Post", "Economic Times", "Reuters"]),
    st.integers(1, 12),
)
title = st.builds(lambda ws: " ".join(ws).title(), st.lists(_word, min_size=3, max_size=9))

page_text = st.builds(
    lambda parts: "\n".join(parts),
    st.lists(st.one_of(paragraph, chrome_line, card_header, title, st.just("")), max_size=16),
)

# HTML: page-like documents built from the same pieces, in the tags and
# classes real pages use, plus arbitrary markup soup.
_tag = st.sampled_from(["p", "div", "span", "h1", "h2", "li", "a", "blockquote", "figcaption"])
_klass = st.sampled_from(["", "article-body", "share", "related", "nav", "ad", "byline", "caption"])
_html_piece = st.one_of(
    st.builds(lambda t, k, x: f'<{t} class="{k}">{x}</{t}>', _tag, _klass, paragraph),
    st.builds(lambda x: f"<nav><a href='/'>{x}</a></nav>", chrome_line),
    st.builds(lambda x: f"<h1>{x}</h1>", title),
    st.builds(
        lambda x: f"<time datetime='2025-06-07T10:00:00Z'>{x}</time>", st.just("an hour ago")
    ),
    st.builds(lambda x: f"<script>{x}</script>", st.text(max_size=30)),
)
page_html = st.builds(
    lambda parts: "<html><head><title>T</title></head><body>" + "".join(parts) + "</body></html>",
    st.lists(_html_piece, max_size=14),
)
html_soup = st.builds(
    lambda parts: "".join(parts),
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "<p>",
                    "</p>",
                    "<div class='x'>",
                    "</div>",
                    "<!--",
                    "-->",
                    "<br>",
                    "<![CDATA[",
                    "]]>",
                    "&amp;",
                    "&#0;",
                    "&#xD800;",
                    "<?pi?>",
                    "<a href",
                ]
            ),
            st.text(max_size=20),
        ),
        max_size=30,
    ),
)

# Segmentation pages of tests/pagegen.py: a real main story of ../shared's aeb
# corpus, then cards of drawn shapes, with their gold JSON. Hypothesis drives
# the generator's random.Random, so a failing page shrinks and replays.
generated_pages = st.builds(generate_page, st.randoms(use_true_random=False))


def generated_pages_in(language: str | None) -> st.SearchStrategy[GeneratedPage]:
    """Generated pages whose cards are written in ``language`` (None: English)."""
    return st.builds(generate_page, st.randoms(use_true_random=False), language=st.just(language))
