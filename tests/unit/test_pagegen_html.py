"""Unit tests for ``tests/pagegen_html.py``, generated segmentation pages as HTML.

The HTML page must carry the same gold as the text page of its seed, hold
every card's headline, teaser and fields in the markup the docstring
promises, and vary its module shapes over the seeds.
"""

from __future__ import annotations

import html
import random
import re
from collections import Counter
from functools import cache

import lxml.html
import pytest

from tests.conftest import shared_path
from tests.pagegen import GeneratedPage, generate_page
from tests.pagegen_html import generate_html_page

pytestmark = pytest.mark.corpus
SEEDS = 120


@pytest.fixture(scope="module", autouse=True)
def _aeb_corpus() -> None:
    shared_path("corpora", "aeb")


@cache
def page(seed: int) -> GeneratedPage:
    return generate_html_page(random.Random(seed))


def text_of(p: GeneratedPage) -> str:
    return " ".join(lxml.html.fromstring(p.text).text_content().split())


def test_a_seed_gives_the_same_page() -> None:
    one, two = generate_html_page(random.Random(7)), generate_html_page(random.Random(7))
    assert one.text == two.text
    assert one.gold == two.gold


def test_gold_is_the_text_pages_gold_without_markdown() -> None:
    """The same draws as the text page of the seed; Markdown never drawn; only
    the main story's source differs: the publisher the HTML page states."""
    stated = 0
    for seed in range(40):
        text_page = generate_page(random.Random(seed), markdown_ok=False)
        gold = page(seed).gold
        main, text_main = gold["articles"][0], text_page.gold["articles"][0]
        assert {**main, "source": None} == text_main
        assert gold["articles"][1:] == text_page.gold["articles"][1:]
        assert {k: v for k, v in gold.items() if k != "articles"} == {
            k: v for k, v in text_page.gold.items() if k != "articles"
        }
        assert gold["origin"]["layout"]["markdown"] is None
        stated += main["source"] is not None
    assert 0 < stated < 40  # most real pages state a publisher, not all


def test_every_gold_card_is_in_the_markup() -> None:
    """Headlines and teaser paragraphs are in the page's visible text."""
    for seed in range(SEEDS):
        p = page(seed)
        visible = text_of(p)
        for card in p.gold["articles"][1:]:
            assert " ".join(card["title"].split()) in visible
            for para in card["body"].split("\n\n"):
                assert " ".join(para.split())[:80] in visible


def test_the_module_sits_before_the_footer_and_times_carry_datetime() -> None:
    """The cards come after the main story's page body, and a shown time is often a
    ``<time datetime>`` whose instant is the gold's."""
    stamped = 0
    for seed in range(SEEDS):
        p = page(seed)
        first = html.escape(p.gold["articles"][1]["title"])
        assert first in p.text
        for card in p.cards:
            if card.time is not None and f'<time datetime="{card.time.when.isoformat()}"' in p.text:
                stamped += 1
    assert stamped > SEEDS  # most pages show times; 0.7 of them are stamped


def test_module_shapes_vary() -> None:
    """Lists, <article> teasers and <div> cards; microdata on some pages."""
    shapes: Counter[str] = Counter()
    for seed in range(SEEDS):
        t = page(seed).text
        tail = t[t.find(html.escape(page(seed).gold["articles"][1]["title"])) - 400 :]
        shapes["li"] += "<li class=" in tail
        shapes["article"] += "<article class=" in tail
        shapes["itemprop"] += 'itemprop="headline"' in tail
    assert all(shapes[k] >= SEEDS // 6 for k in ("li", "article", "itemprop")), shapes


def test_the_module_sits_in_a_container_of_the_story_not_in_an_ad_a_comment_or_a_form() -> None:
    """The module's parent element holds the main story's last paragraph. Seeds
    56 (an ad slot after the story), 27 (a reader comment) and 106 (a sidebar's
    form) once put it inside an element that merely closed after the story."""
    for seed in (27, 56, 106, *range(12)):
        p = page(seed)
        doc = lxml.html.fromstring(p.text)
        title = " ".join(p.gold["articles"][1]["title"].split())
        link = next(a for a in doc.iter("a") if " ".join(a.text_content().split()) == title)
        module = next(el for el in link.iterancestors() if el.get("class", "").endswith("-wrap"))
        runs = re.findall(r"[^\W\d_]+(?: [^\W\d_]+){3,}", p.gold["articles"][0]["body"])
        last = max(runs[-8:], key=len)[:40]
        holder = module.getparent()
        assert holder is not None, seed
        assert last in " ".join(holder.text_content().split()), seed
