"""Unit tests for text.reflow: hard-wrapped lines joined back into paragraphs."""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.text.normalize import normalize
from newsclean.text.reflow import unwrap
from tests.strategies import any_text, page_text

_PARAGRAPHS = [
    "The council approved the new budget on Monday after a long debate that ran late "
    "into the night, and members of the opposition said that the plan would raise taxes "
    "for most of the families living in the city over the next two years.",
    "Officials said the money would go to schools, roads and the hospital, which has "
    "been waiting for a new wing since the last election, and that the first contracts "
    "would be signed before the end of the summer.",
    "The mayor, who had promised lower taxes in her campaign, did not comment on the vote, "
    "but an aide said she would speak to reporters at the town hall on Tuesday morning.",
]


def _wrapped(width: int) -> str:
    return "\n".join(textwrap.fill(p, width) for p in _PARAGRAPHS)


def _whole(lines: list[str]) -> bool:
    """Whether every line holds whole paragraphs (a paragraph whose last line
    is full may join the next: nothing on the page tells the two apart)."""
    joined = " ".join(_PARAGRAPHS)
    return " ".join(lines) == joined and all(
        any(line.startswith(p) for p in _PARAGRAPHS) and any(line.endswith(p) for p in _PARAGRAPHS)
        for line in lines
    )


def test_each_wrapped_paragraph_becomes_one_line_at_any_common_width() -> None:
    for width in (50, 60, 64, 72, 76, 80, 100, 120):
        text, _ = unwrap(_wrapped(width))
        assert _whole(text.split("\n")), width
    assert unwrap(_wrapped(64))[0].split("\n") == _PARAGRAPHS


def test_a_join_keeps_the_text_length_so_offsets_stay() -> None:
    wrapped = _wrapped(72)
    text, _ = unwrap(wrapped)
    assert len(text) == len(wrapped)
    assert text.replace("\n", " ") == wrapped.replace("\n", " ")


def test_lines_printed_whole_are_not_joined() -> None:
    page = "\n".join(["Council backs budget", *_PARAGRAPHS, "Share this story"])
    assert unwrap(page) == (page, 0)


def test_a_list_of_headlines_of_one_width_is_not_joined() -> None:
    """Headlines start with a capital and are items, not a sentence going on."""
    heads = [
        "Council approves budget after a long debate over taxes",
        "Storm hits the coast as thousands of residents flee",
        "Local team wins the cup for the third year running",
        "Hospital opens a new wing after years of waiting",
        "Schools to get new computers before the autumn term",
    ]
    page = "\n".join(heads)
    assert unwrap(page) == (page, 0)


def test_list_items_numbers_and_urls_start_lines_of_their_own() -> None:
    items = []
    for n in range(1, 8):
        items.append(f"{n}) Ghostbusters collection of films on disc, number {n} in the set")
        items.append(f"http://example.org/offers/{n}/ghostbusters-collection-of-films-on-disc")
    page = "\n".join(items)
    assert unwrap(page) == (page, 0)


def test_a_blank_line_ends_a_wrapped_paragraph() -> None:
    wrapped = "\n\n".join(textwrap.fill(p, 70) for p in _PARAGRAPHS)
    assert unwrap(wrapped)[0].split("\n\n") == _PARAGRAPHS


def test_a_wrapped_page_gives_the_article_a_page_of_whole_lines_gives() -> None:
    head = ["Budget passes after a long debate | The Daily", "Home", "News"]
    title = "Budget passes after a long debate"
    whole = newsclean.clean_text("\n".join([*head, title, *_PARAGRAPHS]))
    wrapped = newsclean.clean_text("\n".join([*head, title, _wrapped(64)]))
    assert whole.main is not None
    assert wrapped.main is not None
    assert wrapped.main.paragraphs == whole.main.paragraphs == tuple(_PARAGRAPHS)
    assert wrapped.main.title == whole.main.title
    assert ("unwrap", 8) in {(f.rule, f.count) for f in wrapped.fixes}


def test_unwrap_can_be_switched_off() -> None:
    options = newsclean.Options(unwrap=False)
    page = newsclean.clean_text(_wrapped(64), options=options)
    assert "unwrap" not in {f.rule for f in page.fixes}


@given(st.one_of(any_text, page_text))
def test_normalize_with_unwrap_is_idempotent(text: str) -> None:
    once = normalize(text, unwrap=True).text
    assert normalize(once, unwrap=True).text == once


@given(st.one_of(any_text, page_text))
def test_unwrap_turns_newlines_into_spaces_and_nothing_else(text: str) -> None:
    out, joins = unwrap(text)
    assert len(out) == len(text)
    assert [a for a, b in zip(text, out, strict=True) if a != b] == ["\n"] * joins


_BROKEN = [
    ("Identifying oneself as", "gay and telling other people is often called coming out."),
    ("In this stage a person", "begins to feel different, often when friendships change."),
    ("Many of the young people", "surveyed said that school was the hardest place to be open."),
    ("Teachers who were told,", "in most cases, offered support and kept the news to themselves."),
    ("Some of the pupils had", "tried telling a friend first, to rehearse what they would say."),
    ("The groups that meet in", "the town each week give young people a safe place to talk."),
]


def test_sentences_broken_by_the_source_at_any_width_are_joined() -> None:
    """HTML written by hand breaks its paragraphs where the author pressed
    Enter; a flattener that keeps those newlines (lxml's text_content) gives
    lines of any width, a sentence going on with a small letter. A page that
    shows many such breaks has them joined."""
    page = "\n".join(line for pair in _BROKEN for line in pair)
    text, joins = unwrap(page)
    assert joins == len(_BROKEN)
    assert text.split("\n") == [f"{a} {b}" for a, b in _BROKEN]


def test_a_page_with_a_break_or_two_keeps_its_lines() -> None:
    """One headline over "updated an hour ago" or a menu item over another
    reads like a broken sentence; a page must show several before any join."""
    page = "\n".join([*_BROKEN[0], "Home", "switch to the UK edition", "switch to the US edition"])
    assert unwrap(page) == (page, 0)


def test_links_tags_and_navigation_are_no_broken_sentence() -> None:
    for page in (
        "Read more about it here: http://www.example.com\nby A Photo Editor on November 12, 2012",
        "Shaping conversation as a leadership practice\nprev next",
        "bags\nfrank clegg\nvideo",
        "Write to the editor at news@example.com\nfor corrections and letters",
    ):
        assert unwrap(page) == (page, 0), page


def _reference_unwrap(text: str) -> tuple[str, int]:
    """``unwrap`` as first written: every line read, in order (the module finds
    the lines that go on with a small letter first, and reads only the lines
    near them; the joins must be the same)."""
    from newsclean.text import reflow as r

    if "\n" not in text:
        return text, 0
    lines = text.split("\n")
    n = len(lines)
    sizes = [len(line) for line in lines]
    item = [bool(ln) and (ln[0] in r._BULLETS or r._ITEM.match(ln) is not None) for ln in lines]
    lower = [bool(ln) and ln[0].islower() and not it for ln, it in zip(lines, item, strict=True)]
    filled = [i for i in range(n) if sizes[i]]
    broken = [
        i
        for at, i in enumerate(filled[:-1])
        if i + 1 == filled[at + 1] and lower[i + 1] and r._broken(lines[i], lines[i + 1], item[i])
    ]
    if len(broken) < max(r._MIN_BROKEN, r._BROKEN_SHARE * len(filled)):
        broken = []
    joins: list[int] = []
    for at, i in enumerate(filled[:-1]):
        size = sizes[i]
        if i + 1 != filled[at + 1] or item[i + 1]:
            continue
        if i in broken:
            joins.append(i)
            continue
        if size < r._MIN_WIDTH * r._FULL or size > r._MAX_WIDTH:
            continue
        window = [sizes[k] for k in filled[max(0, at - r._REACH) : at + r._REACH + 2]]
        width = max(window)
        if not r._MIN_WIDTH <= width <= r._MAX_WIDTH or size < r._FULL * width:
            continue
        nxt = lines[i + 1]
        first = nxt.find(" ")
        first = len(nxt) if first < 0 else first
        ends = lines[i][-1] in r._ENDS and not lower[i + 1]
        if size + 1 + first <= width - (0 if ends else r._SLACK):
            continue
        if not ends and r._sentence_end(lines[i]):
            continue
        if (
            nxt[0].isupper()
            and not (i > 0 and sizes[i - 1] >= r._FULL * width)
            and sizes[i + 1] < r._FULL * width
            and lines[i].count("(") <= lines[i].count(")")
        ):
            continue
        full = sum(1 for s in window if s >= r._FULL * width)
        lowers = sum(lower[k] for k in filled[max(0, at - r._REACH) : at + r._REACH + 2])
        share = not ends or full >= r._FULL_SHARE * len(window)
        if full >= r._MIN_FULL and share and lowers >= r._MIN_LOWER:
            joins.append(i)
    chars = list(text)
    pos = -1
    for k in range(n):
        pos += sizes[k] + 1
        if k in joins:
            chars[pos] = " "
    return "".join(chars), len(joins)


_WORDS = st.sampled_from(
    ["the", "council", "approved", "a", "budget", "on", "Monday", "after", "debate", "and",
     "said", "it", "would", "raise", "taxes.", "Home", "World", "by", "www.example.com", "o",
     "Item", "12)", "1.", "-", "•", "élan", "Été,", "said:", "(note", "ÉCOLE", "ßtraße"]
)  # fmt: skip


@st.composite
def _wrapped_pages(draw: st.DrawFn) -> str:
    """Paragraphs wrapped at one width, with blank lines, capitals and list items."""
    width = draw(st.integers(30, 150))
    capitals = draw(st.integers(0, 10))  # in ten lines (few small letters: windows at their edge)
    lines: list[str] = []
    for _ in range(draw(st.integers(0, 40))):
        if draw(st.integers(0, 9)) == 0:
            lines.append("")
            continue
        line = draw(_WORDS)
        share = draw(st.floats(0.3, 1.0))
        while len(line) < width * share:
            line += " " + draw(_WORDS)
        lines.append(line.capitalize() if draw(st.integers(0, 9)) < capitals else line)
    return "\n".join(lines)


@settings(max_examples=400)
@given(st.one_of(_wrapped_pages(), any_text, page_text))
def test_unwrap_reads_only_the_lines_near_small_letters_and_joins_the_same(text: str) -> None:
    """The lines a join needs (small letters first) are found before the rest
    is read; the joins are those of reading every line."""
    assert unwrap(text) == _reference_unwrap(text)


def test_two_small_letters_at_the_edges_of_a_window_still_join_its_middle() -> None:
    """The window of a line reaches four lines up and five down: two lines
    that go on with a small letter, the first and the last of it, are enough
    for the line in the middle (the fifth) to join the next."""
    full = "Word " * 11 + "words"  # 60 characters, a capital first
    lines = ["and " + full[4:], *[full] * 8, "and " + full[4:]]
    text, joins = unwrap("\n".join(lines))
    assert (text, joins) == _reference_unwrap("\n".join(lines))
    assert text.split("\n")[4] == f"{full} {full}"


# A page's headline printed as its <title> says it, with a gloss in brackets,
# above a line as wide and short lines going on with small letters: the
# widths look wrapped, but the headline is a heading of its own.
_GLOSSED_HEADLINE_PAGE = "\n".join([
    "Garden ponds how to keep the water clear",
    "Skip to content",
    "Search:",
    "Gardening",
    "Ponds",
    "Tools",
    "Home » Ponds",
    "Garden ponds (water features) how to keep the water clear",
    "Clear water in a pond depends on three simple things",
    "pump rate of the filter in litres per hour",
    "share of the pond surface under plants",
    "number of fish in the pond",
    "depth of the water",
    "Whatever the size of your pond, the filter should move the whole volume of water "
    "once every two hours. Plants that cover a third of the surface keep the sun off the "
    "water, and algae starve. Too many fish foul the water faster than any filter can clean it.",
    "Check the pump every spring, and clean the filter sponge in pond water, never tap water.",
])


def test_a_headline_the_title_names_is_not_joined_to_the_line_below() -> None:
    text, joins = unwrap(_GLOSSED_HEADLINE_PAGE)
    assert joins == 0
    assert "Garden ponds (water features) how to keep the water clear\n" in text


_KOREAN = (
    "시작은 한 사람의 일방적인 사진 공개로부터 비롯됐다. 그건 이 사안을 두고 "
    "벌어진 진실공방이 어떤 결론을 내더라도 잘못된 일이다. 타인의 동의를 구하지 "
    "않고 일방적으로 두 사람의 관계를 담은 사진을 공개한다는 건 분명한 사생활 "
    "침해이고, 나아가 폭로로 여겨지기 때문이다. 그래서 처음 이러한 사진 공개에 "
    "대한 대중들의 반응은 행동에 대한 비난으로 이어졌다."
)


def test_a_wrapped_paragraph_in_a_script_without_capitals_is_joined() -> None:
    # Hangul has no small letters to say a sentence goes on: the widths do
    wrapped = textwrap.fill(_KOREAN, 60)
    assert wrapped.count("\n") >= 3
    text, joins = unwrap(wrapped + "\n\n홈\n뉴스")
    assert joins == wrapped.count("\n")
    assert text == _KOREAN + "\n\n홈\n뉴스"


def test_paragraph_lines_of_unspaced_scripts_are_never_joined() -> None:
    # a Japanese line's "next word" is the whole next line: no width to read
    lines = [
        "Kindle書籍を読む場合は、一般的にスマホやタブレットなどのモバイル端末で読むことが多いと思います。",
        "そんな用途を考慮してか、Kindleや楽天koboにはデスクトップアプリが用意されています。今回はその話。",
        "さて、このアプリはあまり力を入れていないのか操作性などあまりよくありません。設定も少ないです。",
        "特に困ったのが、起動ショートカットキーに関する設定で、自動でホットキーが設定されてしまいます。",
    ]
    page = "\n".join(lines)
    assert unwrap(page) == (page, 0)
