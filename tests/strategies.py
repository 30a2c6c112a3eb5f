"""Hypothesis strategies, kept in one place: arbitrary text and page-like text."""

from __future__ import annotations

from hypothesis import strategies as st

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
