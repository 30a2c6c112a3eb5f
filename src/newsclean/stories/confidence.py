"""Stage 7: how sure the pipeline is that each article is a story's text.

``Article.confidence`` is a number in [0, 1] read from the evidence the
pipeline had, so a batch job can keep what it trusts
(``[a for a in page.articles if a.confidence >= 0.6]``). It is a weighted
sum of signs that a story was found, each in [0, 1]:

* **length** (weight .40): ``1 - exp(-words / 120)``; 50 words give .34,
  120 give .63, 300 give .92: a story has some length, a menu item none;
* **prose** (.30): the share of the text's characters in paragraphs that
  read as sentences (five words or more, ending in sentence punctuation);
  a list of links, prices or names reads as none;
* **share of the page** (.10): three times the article's share of the
  page's words, capped at 1: a story is a good part of its page;
* **title** (.10) and **date** (.10): found or not;
* then times the **page kind**'s factor (``article`` and ``liveblog`` 1,
  ``forum`` and ``recipe`` .85, ``listing`` and ``other`` .5) and, for a
  related card (a teaser, not a whole story), .8.

So a news story of 400 words with a title and date on a page of 1,200
words scores about .98, the same story undated .88, a card of 40 words
about .5, a shop's product list under .4. The score is monotone in every
sign: more prose, more words, a title or a date never lower it.

>>> from newsclean.core.types import Article, PageKind
>>> para = "The council approved the new budget on Monday after a long debate."
>>> story = Article("main", "Budget passes", para * 30, (para,) * 30, ())
>>> menu = Article("main", None, "Home News Sport Weather", ("Home News Sport Weather",), ())
>>> round(score(story, page_words=600, kind=PageKind.ARTICLE), 2)  # no date
0.88
>>> round(score(menu, page_words=600, kind=PageKind.OTHER), 2)
0.01
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

import regex

from newsclean.core.types import Article, PageKind
from newsclean.core.words import word_count

__all__ = ["score", "with_confidence"]

_LENGTH, _PROSE, _SHARE, _TITLE, _DATE = 0.40, 0.30, 0.10, 0.10, 0.10
_WORDS_SCALE = 120.0  # words at which the length sign reaches 1 - 1/e
_SHARE_FULL = 1 / 3  # a story this share of the page's words has the full share sign
_SENTENCE_WORDS = 5
_RELATED = 0.8  # a card is a story's teaser
_KIND = {
    PageKind.ARTICLE: 1.0,
    PageKind.LIVEBLOG: 1.0,
    PageKind.FORUM: 0.85,
    PageKind.RECIPE: 0.85,
    PageKind.LISTING: 0.5,
    PageKind.OTHER: 0.5,
}
_ENDS = frozenset(".!?…:;")
_CLOSERS = frozenset("'\"”’»)]")
_SENTENCE_END = regex.compile(r"[.!?…:;]['\"”’»)\]]*$")


def _prose_share(paragraphs: Sequence[str]) -> float:
    total = prose = 0
    for p in paragraphs:
        total += len(p)
        ends = p[-1:] in _ENDS or (p[-1:] in _CLOSERS and _SENTENCE_END.search(p) is not None)
        if ends and p.count(" ") >= _SENTENCE_WORDS - 1:
            prose += len(p)
    return prose / total if total else 0.0


def score(
    article: Article, *, page_words: int, kind: PageKind, words: int | None = None
) -> float:
    """The confidence of ``article`` on a page of ``page_words`` words told
    ``kind`` (``words``: the article's own, when counted already)."""
    if words is None:
        words = word_count(article.text)
    length = 1.0 - math.exp(-words / _WORDS_SCALE)
    share = min(1.0, words / (_SHARE_FULL * page_words)) if page_words else 0.0
    value = (
        _LENGTH * length
        + _PROSE * _prose_share(article.paragraphs)
        + _SHARE * share
        + _TITLE * (article.title is not None)
        + _DATE * (article.published is not None)
    )
    value *= _KIND[kind] * (_RELATED if article.role == "related" else 1.0)
    return round(min(1.0, max(0.0, value)), 3)


def with_confidence(
    articles: Sequence[Article], page_text: str, kind: PageKind
) -> tuple[Article, ...]:
    """``articles`` with their ``confidence`` set."""
    if not articles:
        return ()
    # (counted without an object a word: ``word_count`` is ``len(text.split())``)
    words = [word_count(a.text) for a in articles]
    page_words = word_count(page_text)
    return tuple(
        replace(a, confidence=score(a, page_words=page_words, kind=kind, words=w))
        for a, w in zip(articles, words, strict=True)
    )
