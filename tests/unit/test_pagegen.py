"""Unit tests for ``tests/pagegen.py``, the segmentation page generator.

The gold must be consistent with the text (titles, bodies, sources, times
are there), relative times must have the offsets their words say (checked
against the words of ``src/newsclean/data``, not against the parser under
test), every drawn word must be one the data files define, and every
dimension must occur over a few hundred seeds.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from newsclean.parsers.reading_times import is_reading_time
from tests.conftest import ROOT, shared_path
from tests.pagegen import (
    HEADLINE_SOURCE_SEPARATORS,
    LANGUAGES,
    PLACEMENTS,
    REFERENCE_TIME,
    SEPARATORS,
    UNSEEN_HEADERS,
    GeneratedPage,
    generate_page,
    lang_for,
)

pytestmark = pytest.mark.corpus
DATA = ROOT / "src" / "newsclean" / "data"
SEEDS = 500
UNIT_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}


@pytest.fixture(scope="module", autouse=True)
def _aeb_corpus() -> None:
    shared_path("corpora", "aeb")


@cache
def page(seed: int, language: str | None = None) -> GeneratedPage:
    return generate_page(random.Random(seed), language=language)


@cache
def pages(language: str | None = None) -> tuple[GeneratedPage, ...]:
    return tuple(page(s, language) for s in range(SEEDS))


def cards(p: GeneratedPage) -> list[dict[str, Any]]:
    return [a for a in p.gold["articles"] if a["role"] == "related"]


def layouts(language: str | None = None) -> list[dict[str, Any]]:
    return [p.gold["origin"]["layout"] for p in pages(language)]


def templates(language: str | None = None) -> list[dict[str, Any]]:
    return [t for lay in layouts(language) for t in lay["templates"]]


def fold(text: str) -> str:
    return " ".join(text.split()).casefold()


# ---------------------------------------------------------------------------
# Determinism and format


@pytest.mark.parametrize("language", [None, "de", "ja"])
def test_a_seed_gives_the_same_page(language: str | None) -> None:
    for seed in (0, 1, 17, 123):
        a = generate_page(random.Random(seed), language=language)
        b = generate_page(random.Random(seed), language=language)
        assert a.text == b.text
        assert json.dumps(a.gold, sort_keys=True) == json.dumps(b.gold, sort_keys=True)


def test_seeds_give_different_pages() -> None:
    assert len({p.text for p in pages()[:50]}) == 50


def test_gold_has_the_shared_corpus_format() -> None:
    """The keys of ``segmentation/<n>.json`` (read as a format reference only)."""
    shared = json.loads(
        shared_path("corpora", "segmentation", "3.json").read_text(encoding="utf-8")
    )
    for p in pages()[:100]:
        assert set(p.gold) == set(shared)
        assert p.gold["articles"][0]["role"] == "main"
        for a in p.gold["articles"]:
            assert set(a) == set(shared["articles"][1])
            assert a["role"] in ("main", "related")
            assert a["body"].strip()
            assert "\n\n\n" not in a["body"]
        main = p.gold["articles"][0]
        assert main["source"] is None
        assert main["published_text"] is None
        assert main["published_offset_seconds"] is None
        assert 2 <= len(cards(p)) <= 5


def test_repr_is_short() -> None:
    assert len(repr(page(0))) < 120


# ---------------------------------------------------------------------------
# The gold is in the text


@pytest.mark.parametrize("language", [None, *LANGUAGES])
def test_gold_fields_appear_in_the_text(language: str | None) -> None:
    for p in pages(language)[:150]:
        text, folded = p.text, fold(p.text)
        main = p.gold["articles"][0]
        assert main["body_span"][0] == 0
        for card in cards(p):
            assert card["title"] in text
            for paragraph in card["body"].split("\n\n"):
                assert paragraph in text, paragraph[:80]
            if card["source"] is not None:
                assert fold(card["source"]) in folded
            if card["published_text"] is not None:
                assert card["published_text"] in text
            start, end = card["body_span"]
            assert text[start:end].startswith(card["body"].split("\n\n")[0][:40])
            assert card["body_span"][0] > main["body_span"][1]
        header = p.gold["section_header"]
        if header is not None:
            assert header in text


def test_no_card_repeats_the_main_story_or_another_card() -> None:
    for p in pages()[:200]:
        origin = p.gold["origin"]
        ids = [origin["main_id"], *origin["card_ids"]]
        assert len(ids) == len(set(ids))


def test_card_headlines_carry_no_final_period() -> None:
    for p in pages():
        for card in cards(p):
            assert not card["title"].endswith("."), card["title"]
            assert 3 <= len(card["title"].split()) <= 20 or not card["title"].isascii()


def test_chrome_lines_are_in_no_gold_field() -> None:
    from tests.pagegen import CHROME_LINES, FOOTER_CHROME

    chrome = {fold(x) for x in (*CHROME_LINES, *FOOTER_CHROME)}
    for p in pages()[:200]:
        for card in cards(p):
            for value in (card["title"], card["source"], card["published_text"]):
                assert value is None or fold(value) not in chrome


# ---------------------------------------------------------------------------
# Times: offsets from the data files' words, not from the parser under test


@cache
def table(language: str, name: str) -> dict[str, str]:
    path = DATA / language / f"{name}.txt"
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, _, value = line.partition("\t")
            out[word.strip().casefold()] = value.strip()
    return out


def _continues_word(ch: str) -> bool:
    if not ch:
        return False
    if unicodedata.category(ch).startswith("M"):
        return True
    return ch.isalpha() and ord(ch) < 0x2E80  # CJK words have no spaces between them


def time_words(text: str, language: str) -> list[tuple[str, str]]:
    """``text`` cut into (kind, word) from the data files, digits as ("number", n).

    Raises ValueError on a piece no data file defines.
    """
    langs = [language] if language == "en" else [language, "en"]
    words: dict[str, str] = {}
    for lang in langs:
        for kind in ("time_relative", "time_units", "time_numbers"):
            for word in table(lang, kind):
                words.setdefault(word, kind)
    ordered = sorted(words, key=len, reverse=True)
    folded = text.casefold()
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(folded):
        ch = folded[i]
        if ch.isspace() or ch == ".":
            i += 1
            continue
        if ch.isdigit():
            j = i
            while j < len(folded) and folded[j].isdigit():
                j += 1
            out.append(("number", folded[i:j]))
            i = j
            continue
        for word in ordered:
            end = i + len(word)
            if folded.startswith(word, i) and not (
                _continues_word(word[-1]) and _continues_word(folded[end : end + 1])
            ):
                out.append((words[word], word))
                i = end
                break
        else:
            raise ValueError(f"{text!r}: no data word at {folded[i:]!r}")
    return out


def expected_offset(text: str, language: str) -> int:
    pieces = time_words(text, language)
    langs = [language, "en"]
    number = 1
    unit = None
    for kind, word in pieces:
        if kind == "number":
            number = int(word)
        elif kind == "time_numbers":
            number = int(
                next(table(lang, kind)[word] for lang in langs if word in table(lang, kind))
            )
        elif kind == "time_units":
            unit = next(table(lang, kind)[word] for lang in langs if word in table(lang, kind))
    assert unit is not None, text
    return number * UNIT_SECONDS[unit]


@pytest.mark.parametrize("language", [None, *LANGUAGES])
def test_relative_offsets_match_the_words(language: str | None) -> None:
    code = language or "en"
    seen = 0
    for p in pages(language)[:300]:
        for card in cards(p):
            offset = card["published_offset_seconds"]
            if offset is None:
                continue
            seen += 1
            assert offset == expected_offset(card["published_text"], code), card
    if lang_for(language).relative:
        assert seen > 50


@pytest.mark.parametrize("language", [None, *LANGUAGES])
def test_every_relative_form_uses_data_words(language: str | None) -> None:
    lang = lang_for(language)
    for form, unit, lo, hi in (*lang.relative, *lang.compact):
        for n in {lo, hi}:
            text = form(n)
            assert expected_offset(text, lang.code) == n * unit, text


def test_absolute_times_lie_before_the_reference_time_and_have_no_offset() -> None:
    year = str(REFERENCE_TIME.year)
    for p in pages()[:200]:
        for card in cards(p):
            if card["published_text"] and card["published_offset_seconds"] is None:
                assert year in card["published_text"]


# ---------------------------------------------------------------------------
# Words of the other fields come from the data files


@pytest.mark.parametrize(
    "language", [lg for lg in LANGUAGES if (DATA / lg / "section_headers.txt").exists()]
)
def test_section_headers_are_the_languages_own(language: str) -> None:
    """A header is the language's own: from its data file, or one of its
    ``UNSEEN_HEADERS`` (wording no data file holds)."""
    known = {fold(h) for h in table(language, "section_headers")}
    known |= {fold(h) for h in UNSEEN_HEADERS.get(language, ())}
    for lay, p in zip(layouts(language), pages(language), strict=True):
        header = p.gold["section_header"]
        if lay["section_header"]:
            assert fold(header).rstrip(":") in known


@pytest.mark.parametrize("language", [None, *LANGUAGES])
def test_author_prefixes_and_reading_times_are_defined(language: str | None) -> None:
    lang = lang_for(language)
    code = lang.code
    prefixes = {w for lg in (code, "en") for w in table(lg, "byline_prefixes")}
    roles = set(table(code, "byline_roles"))
    prefixed = 0
    for author in lang.authors:
        text = fold(author("Name Surname"))
        if text == "name surname":  # a bare name, as some sites print it
            continue
        prefixed += 1
        assert any(text.startswith(p) for p in prefixes) or any(r in text for r in roles), text
    # a language that defines author prefixes or roles uses them
    own = set(table(code, "byline_prefixes")) | roles
    assert prefixed or not own, code
    for reading in lang.reading:
        assert is_reading_time(reading(5), code), reading(5)


# ---------------------------------------------------------------------------
# Every dimension occurs


def test_every_dimension_occurs_over_500_seeds() -> None:
    lays = layouts()
    tpls = templates()
    fields = Counter(f for t in tpls for g in t["groups"] for f in g["fields"])
    assert set(fields) == {"source", "time", "author", "kicker", "reading"}
    inline_seps = Counter(
        t["separator"]
        for t in tpls
        if t["arrangement"] == "inline" and any(len(g["fields"]) > 1 for g in t["groups"])
    )
    assert set(inline_seps) == set(SEPARATORS)
    assert {g["placement"] for t in tpls for g in t["groups"]} == set(PLACEMENTS)
    assert Counter(len(t["groups"]) for t in tpls).keys() >= {0, 1, 2, 3}
    assert {t["arrangement"] for t in tpls} == {"inline", "stacked"}
    assert {t["time_kind"] for t in tpls} == {"none", "relative", "compact", "absolute", "mixed"}
    assert {t["teaser"] for t in tpls} == {"oneline", "lines", "blocks"}
    assert {t["source_style"] for t in tpls} == {"plain", "upper", "dash"}
    assert {t["source_in_headline"] for t in tpls} == {None, *HEADLINE_SOURCE_SEPARATORS}
    for flag in ("author_with_source", "kicker_upper", "read_more"):
        assert {t[flag] for t in tpls} == {True, False}, flag
    assert {t["time_label"] for t in tpls} == {None, "on"}
    for flag in ("mixed_templates", "section_header", "no_blank_lines", "trailing_spaces"):
        share = sum(lay[flag] for lay in lays) / len(lays)
        assert 0.05 < share < 0.95, (flag, share)
    assert {lay["markdown"] for lay in lays} == {None, "link", "heading"}
    assert {lay["card_gap"] for lay in lays} == {"none", "blank", "blank2", "chrome", "mixed"}
    assert any(lay["pre_list_chrome"] for lay in lays)
    assert any(lay["footer_chrome"] for lay in lays)
    assert Counter(len(cards(p)) for p in pages()).keys() == {2, 3, 4, 5}


def test_no_header_pages_and_capitalised_headers_occur() -> None:
    headers = [p.gold["section_header"] for p in pages()]
    assert 0.15 < headers.count(None) / len(headers) < 0.35
    assert any(h and h.isupper() for h in headers)
    assert len({h for h in headers if h}) > 40  # built from pieces, not a short list


def test_card_fields_vary() -> None:
    sources = Counter(c["source"] for p in pages() for c in cards(p))
    assert sources[None] > 0
    assert len(sources) > 30
    assert any(s and s.isupper() for s in sources)
    assert any(s and ".com" in s for s in sources)
    times = [c["published_text"] for p in pages() for c in cards(p) if c["published_text"]]
    assert any(re.fullmatch(r"\d+[hdmw]", t) for t in times)
    assert any(t.endswith(" ago") for t in times)
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", t) for t in times)
    texts = "\n".join(p.text for p in pages())
    for label in ("Updated", "Posted", "Published"):
        assert label in texts
    assert re.search(r"\b\d+ min(ute)? read\b", texts)
    assert "By " in texts
    assert re.search(r"[a-z.!?]”?[A-Z]", texts)  # run-together paragraphs ("week.The")


def test_blank_lines_and_trailing_spaces_follow_the_flattener() -> None:
    for lay, p in zip(layouts(), pages(), strict=True):
        if lay["no_blank_lines"]:
            assert "\n\n" not in p.text
        if lay["trailing_spaces"]:
            assert re.search(r"[ \t]\n", p.text)


def test_markdown_pages_hold_links_and_plain_gold() -> None:
    md = [p for lay, p in zip(layouts(), pages(), strict=True) if lay["markdown"]]
    assert md
    for p in md:
        # from the page's start, where the library looks for Markdown
        assert p.text[:4096].count("](https://") >= 2
        assert p.text.count("](https://www.example.com/news/") == len(cards(p))
        for card in cards(p):
            assert "](" not in card["title"]
            assert "**" not in (card["source"] or "")


def test_languages_change_the_card_words() -> None:
    de = "\n".join(p.text for p in pages("de")[:100])
    assert "vor " in de
    assert "Von " in de
    ja = "\n".join(p.text for p in pages("ja")[:100])
    assert "前" in ja
    assert "記者" in ja


def test_material_never_comes_from_the_shared_segmentation_pages() -> None:
    for p in pages()[:50]:
        origin = p.gold["origin"]
        assert origin["corpus"] == "aeb"
        aeb = Path(shared_path("corpora", "aeb"))
        assert (aeb / "flat" / f"{origin['main_id']}.txt").exists()
        for card_id in origin["card_ids"]:
            assert (aeb / "expected" / f"{card_id}.json").exists()


def test_unseen_headers_are_in_no_data_file_and_some_pages_draw_one() -> None:
    """``UNSEEN_HEADERS`` stand for a site's wording nobody wrote down: the
    labeller must know none of them (as written, in capitals or with a colon),
    or the generated pages would measure a lexicon, not the card model."""
    from newsclean.text.blocks import split_blocks
    from newsclean.text.label import label_blocks
    story = "Officials said the plan would be reviewed by the committee on Monday. " * 4
    for headers in UNSEEN_HEADERS.values():
        for header in headers:
            for shown in (header, header.upper(), f"{header}:"):
                page = f"A story's headline\n{story}\n{shown}\nA card's headline here"
                decision = label_blocks(split_blocks(page))[2]
                assert decision.label.value == "short", (shown, decision.rule)
    unseen = {h.casefold() for hs in UNSEEN_HEADERS.values() for h in hs}
    drawn = [
        ln.text.rstrip(":").casefold()
        for seed in range(120)
        for ln in generate_page(random.Random(seed)).lines
        if ln.kind == "header"
    ]
    share = sum(h in unseen for h in drawn) / len(drawn)
    assert 0.25 < share < 0.55, share
