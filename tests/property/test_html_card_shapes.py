"""Related-story modules of drawn shapes in HTML pages of this test's own making.

The HTML side of ``test_card_shapes.py`` (issue 16, item 4): a story in an
``<article>``, then a module of two to four cards the generated HTML pages do
not draw: a ``<ul>`` of ``<li>``, ``<article>`` teasers in a ``<section>``, or a
``<section>`` of ``<div class=card>``; the fields (source, ``<time datetime>``)
above the headline, between it and the teaser, or in a ``<footer>`` under the
teaser; plain or with schema.org microdata (``itemprop`` publisher, date,
description); English or German cards; a section heading or none. Every card's
headline, source, time and teaser must come back, and the story stays the main
article, undated (its page states no date: a card's ``<time>`` is not the page's).
"""

from __future__ import annotations

import html

from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from tests.property.test_card_shapes import _STORY  # the same story text, HTML this time

_HEADLINE = "Senator's caller admits to threats"
_CARDS = {
    "en": [
        ("Ferries add a late crossing for the summer season",
         "The late boat leaves the harbour at ten and runs every day until the end of August. "
         "Tickets go on sale next week, and the company says prices will not rise this year.",
         "2 hours ago"),
        ("Council votes to keep the old library open for now",
         "The vote was close, and the library will stay open on weekdays while repairs go on. "
         "The council will look again at its budget in the autumn, when the work is done.",
         "Jun 4, 2025"),
        ("Farmers count the cost of a wet and cold spring",
         "Rain fell on forty days this spring, and many fields were sown a month late, they say. "
         "Farmers expect smaller harvests of wheat and barley, and higher prices in the shops.",
         "3 June 2025"),
        ("Rail strike called off after late talks with unions",
         "Union leaders said the offer met most of their demands after two days of talks. "
         "Trains will run to the usual timetable from Monday morning, the operator said.",
         "Yesterday"),
    ],
    "de": [
        ("Fähren fahren im Sommer auch spät am Abend",
         "Das späte Boot verlässt den Hafen um zehn Uhr und fährt bis Ende August jeden Tag. "
         "Die Karten gibt es ab nächster Woche zu kaufen.",
         "vor 2 Stunden"),
        ("Der Rat stimmt für die alte Bibliothek",
         "Die Abstimmung war knapp, und die Bibliothek bleibt an Werktagen offen, solange die "
         "Arbeiten dauern. Der Rat prüft den Haushalt im Herbst.",
         "4. Juni 2025"),
        ("Bauern zählen die Kosten des nassen Frühjahrs",
         "An vierzig Tagen regnete es in diesem Frühjahr, und viele Felder wurden einen Monat "
         "zu spät bestellt. Die Bauern erwarten kleinere Ernten.",
         "3. Juni 2025"),
        ("Bahnstreik nach späten Gesprächen abgesagt",
         "Die Gewerkschaft sagte, das Angebot erfülle die meisten Forderungen nach zwei Tagen "
         "Gesprächen. Die Züge fahren ab Montag wieder.",
         "Gestern"),
    ],
}  # fmt: skip
_SOURCES = ["Harbour Times", "The Daily Ledger", "Valley News", "Coast Radio"]
_STAMPS = ["2025-06-05T10:00:00Z", "2025-06-04T09:00:00Z", "2025-06-03", "2025-06-02"]
_SHAPES = {"list": ("ul", "li"), "articles": ("section", "article"), "divs": ("section", "div")}


def _fields(k: int, shown: str, microdata: bool) -> str:
    source, stamp = html.escape(_SOURCES[k]), _STAMPS[k]
    if microdata:
        return (
            f'<span itemprop="publisher">{source}</span> · '
            f'<time itemprop="datePublished" datetime="{stamp}">{shown}</time>'
        )
    return f'<span class="src">{source}</span> · <time datetime="{stamp}">{shown}</time>'


def _card(k: int, tag: str, language: str, place: str, microdata: bool) -> str:
    headline, teaser, shown = _CARDS[language][k]
    head = f'<h3><a href="/news/{k}">{html.escape(headline)}</a></h3>'
    fields = _fields(k, shown, microdata)
    prop = ' itemprop="description"' if microdata else ""
    para = f"<p{prop}>{html.escape(teaser)}</p>"
    inner = {
        "above": f'<div class="meta">{fields}</div>{head}{para}',
        "between": f'{head}<div class="meta">{fields}</div>{para}',
        "footer": f'{head}{para}<footer class="card-footer">{fields}</footer>',
    }[place]
    scope = ' itemscope itemtype="https://schema.org/NewsArticle"' if microdata else ""
    return f'<{tag} class="card"{scope}>{inner}</{tag}>'


def _page(shape: str, language: str, place: str, microdata: bool, n: int, heading: str) -> str:
    outer, tag = _SHAPES[shape]
    cards = "".join(_card(k, tag, language, place, microdata) for k in range(n))
    story = "".join(f"<p>{html.escape(p)}</p>" for p in [*_STORY, *_STORY[::-1]])
    head = f"<h2>{heading}</h2>" if heading else ""
    return (
        f"<html><head><title>{html.escape(_HEADLINE)} | Daily</title></head><body><main>"
        f'<article class="story"><h1>{html.escape(_HEADLINE)}</h1>{story}</article>'
        f'<div class="x-mod">{head}<{outer} class="list">{cards}</{outer}></div>'
        "</main><footer>© Daily</footer></body></html>"
    )


@settings(max_examples=120, deadline=None, derandomize=True)
@given(
    shape=st.sampled_from(sorted(_SHAPES)),
    language=st.sampled_from(sorted(_CARDS)),
    place=st.sampled_from(("above", "between", "footer")),
    microdata=st.booleans(),
    n=st.integers(min_value=2, max_value=4),
    heading=st.sampled_from(("", "More stories", "Weitere Artikel", "TRENDING")),
)
def test_html_cards_of_any_drawn_shape_give_their_fields(
    shape: str, language: str, place: str, microdata: bool, n: int, heading: str
) -> None:
    page = newsclean.clean_html(_page(shape, language, place, microdata, n, heading))
    related = [a for a in page.articles if a.role == "related"]
    assert page.main is not None
    assert page.main.title == _HEADLINE
    assert len(page.main.paragraphs) == 2 * len(_STORY)
    assert page.main.published is None  # the page states no date; the cards' are theirs
    cards = _CARDS[language][:n]
    assert [a.title for a in related] == [c[0] for c in cards]
    assert [a.source for a in related] == _SOURCES[:n]
    assert all(a.published is not None for a in related)
    assert [a.text for a in related] == [c[1] for c in cards]
