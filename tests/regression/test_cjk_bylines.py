"""Regression: CJK bylines that list several reporters, and outlets named in
a script without capitals.

Session 30 found Japanese, Chinese and Korean generated pages at source .87-.88
against .94-.97 for the other languages: "高橋美咲、山田太郎 記者" made the
first reporter the card's source (a short CJK piece read as an outlet), and a
headline's "– 日本経済新聞" tail was never cut (its "name" has no capitals).
"""

from __future__ import annotations

import pytest

from newsclean import Options, clean_text
from newsclean.parsers.bylines import named_outlet, parse_byline


@pytest.mark.parametrize(
    ("line", "language", "authors", "source"),
    [
        ("高橋美咲、山田太郎 記者", "ja", ("高橋美咲", "山田太郎"), None),
        ("记者 王伟、李娜", "zh", ("王伟", "李娜"), None),
        ("최유진、김민수 기자", "ko", ("최유진", "김민수"), None),
        # a comma parts a reporter from the outlet, "、" lists reporters
        ("记者 张敏, 财新", "zh", ("张敏",), "财新"),
        ("최유진、김민수 기자, 한겨레", "ko", ("최유진", "김민수"), "한겨레"),
        # the outlet signs before the role word
        ("新华社记者 王伟", "zh", ("王伟",), "新华社"),
        ("연합뉴스 김민수 기자", "ko", ("김민수",), "연합뉴스"),
        ("共同通信、山田太郎 記者", "ja", ("山田太郎",), "共同通信"),
    ],
)
def test_a_role_byline_listing_reporters_names_no_outlet(
    line: str, language: str, authors: tuple[str, ...], source: str | None
) -> None:
    b = parse_byline(line, language=language)
    assert (b.authors, b.source) == (authors, source)


def test_an_outlet_in_a_script_without_spaces_is_known_by_its_ending() -> None:
    assert [named_outlet(n) for n in ("日本経済新聞", "环球时报", "동아일보")] == [True] * 3
    assert [named_outlet(n) for n in ("山田太郎", "王伟", "김민수")] == [False] * 3


_STORY = (
    "The council approved the new transit plan on Monday after a long debate "
    "that ran late into the night. "
) * 4
_CARDS = [
    (
        "Rail link to the airport opens next spring",
        "日本経済新聞",
        "The new line will cut the trip to the airport to twenty minutes, officials "
        "said on Tuesday.",
        "高橋美咲、山田太郎 記者",
    ),
    (
        "Harbour tunnel tolls to rise in April",
        "The Washington Post",
        "Drivers will pay more to cross under the harbour from April, the city said "
        "in a statement.",
        "山田太郎 記者",
    ),
    (
        "City council backs a new bus depot",
        "朝日新聞",
        "The depot will house two hundred electric buses and open in two years, the "
        "council said.",
        "佐藤花子、高橋美咲 記者",
    ),
]


def test_headline_tails_in_cjk_are_sources_and_listed_reporters_authors() -> None:
    lines = ["Transit plan approved", _STORY, "", "関連記事", ""]
    for headline, outlet, teaser, byline in _CARDS:
        lines += [f"{headline} – {outlet}", teaser, byline, ""]
    page = clean_text("\n".join(lines), options=Options(language="ja"))
    got = [(a.title, a.source, a.authors) for a in page.articles if a.role == "related"]
    assert got == [
        ("Rail link to the airport opens next spring", "日本経済新聞", ("高橋美咲", "山田太郎")),
        ("Harbour tunnel tolls to rise in April", "The Washington Post", ("山田太郎",)),
        ("City council backs a new bus depot", "朝日新聞", ("佐藤花子", "高橋美咲")),
    ]
