"""The values that flow through the pipeline and out of it.

Every value is a frozen dataclass: stages return new values and never
mutate what they were handed. Offsets (``start``/``end``) always index the
*normalised* page text (``Page.text``) unless a docstring says otherwise.
"""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal

from newsclean.core.display import render_html
from newsclean.core.fastinit import fast_init

__all__ = [
    "CUE_LABELS",
    "PAGE_LABELS",
    "Article",
    "Block",
    "Byline",
    "Decision",
    "Edit",
    "Field",
    "Fix",
    "Label",
    "Metadata",
    "Page",
    "PageKind",
    "Precision",
    "Removal",
    "RemovalKind",
    "Sentence",
    "Span",
    "Timestamp",
]


class RemovalKind(enum.StrEnum):
    """Why a piece of the page is not part of any article's fields."""

    CHROME = "chrome"  # site furniture: "Live Events", "Comments", "Hashtags"
    NAVIGATION = "navigation"  # menus, breadcrumbs, link lists
    ADVERT = "advert"  # "ADVERTISEMENT", "STORY CONTINUES BELOW THIS AD"
    IMAGE_DEBRIS = "image_debris"  # "&w=3840&q=100)", image file names
    TRACKING = "tracking"  # campaign and tracking codes such as "n18oc_crux"
    CREDIT = "credit"  # photo credits, "With inputs from agencies"
    DUPLICATE_TITLE = "duplicate_title"  # a headline printed again in the body
    VIDEO_CHAPTERS = "video_chapters"  # "00:00 INTRODUCTION02:29 ..."
    SOCIAL = "social"  # share buttons, follower and comment counters
    READ_MORE = "read_more"  # "read more" and friends
    SECTION_HEADER = "section_header"  # "Related Articles", "More Stories"
    BOILERPLATE = "boilerplate"  # text outside every story's content region
    LEGAL = "legal"  # copyright, cookie and privacy notices


class PageKind(enum.StrEnum):
    """What kind of page it is, as far as its evidence tells (``Page.kind``).

    Told by ``newsclean.stories.page_kind`` from cues that hold on any site:
    repeated timestamped entries, reply actions between posts, quantity
    lines, the share of story text; on HTML also what the markup declares
    (schema.org ``itemtype`` and JSON-LD ``@type``). A pipeline can keep
    ``article`` and ``liveblog`` pages for a news corpus and route the rest.
    """

    ARTICLE = "article"  # one story (maybe with cards of related stories under it)
    LIVEBLOG = "liveblog"  # one story told in timestamped entries, newest first or last
    FORUM = "forum"  # a thread: a post and the replies to it, each with its author or date
    RECIPE = "recipe"  # ingredients (quantity lines) and the steps to cook them
    LISTING = "listing"  # an index of links or teasers, no story of its own
    OTHER = "other"  # text but no story: a shop, a form, a menu, a profile


@fast_init
@dataclass(frozen=True, slots=True)
class Removal:
    """A piece of the normalised text that was dropped, and why.

    ``rule`` is a stable name (see ``newsclean.core.rules``), so removals can be
    counted and explained.
    """

    text: str
    start: int
    end: int
    kind: RemovalKind
    rule: str
    path: str | None = None  # HTML input: the removed element's path ("/html/body/div[2]/nav")

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (the kind as its string value)."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind.value,
            "rule": self.rule,
            "path": self.path,
        }


@fast_init
@dataclass(frozen=True, slots=True)
class Edit:
    """A change to kept text: replace ``text[start:end]`` by ``replacement``.

    ``start == end`` is an insertion (the space repaired into
    ``"said Thursday.Chinese"``).
    """

    start: int
    end: int
    replacement: str
    rule: str

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict.

        >>> Edit(8, 8, " ", "edit.join").to_dict()
        {'start': 8, 'end': 8, 'replacement': ' ', 'rule': 'edit.join'}
        """
        return {
            "start": self.start,
            "end": self.end,
            "replacement": self.replacement,
            "rule": self.rule,
        }


@fast_init
@dataclass(frozen=True, slots=True)
class Fix:
    """A normalisation step that changed the raw input (``rule`` names it)."""

    rule: str
    count: int


Field = Literal["title", "summary", "body", "source", "published", "byline", "credit", "chapters"]


@fast_init
@dataclass(frozen=True, slots=True)
class Span:
    """A piece of normalised text an article took, and into which field."""

    start: int
    end: int
    field: Field


@fast_init
@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: ``text == source[start:end]`` of the string it came from."""

    text: str
    start: int
    end: int


Precision = Literal["second", "minute", "hour", "day", "month", "year"]


@fast_init
@dataclass(frozen=True, slots=True)
class Timestamp:
    """A point in time as a page printed it.

    ``offset`` is set for relative phrases ("an hour ago" gives minus one
    hour); ``value`` is an aware datetime, set for absolute times always and
    for relative ones only when a reference time was given.
    """

    text: str
    value: datetime | None = None
    offset: timedelta | None = None
    precision: Precision = "minute"
    language: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "value": self.value.isoformat() if self.value else None,
            "offset_seconds": self.offset.total_seconds() if self.offset is not None else None,
            "precision": self.precision,
            "language": self.language,
        }


@fast_init
@dataclass(frozen=True, slots=True)
class Byline:
    """A parsed byline: ``"By Jane Doe and John Roe, Reuters"``."""

    text: str
    authors: tuple[str, ...] = ()
    source: str | None = None
    timestamp: Timestamp | None = None


@fast_init
@dataclass(frozen=True, slots=True)
class Block:
    """One line of the normalised text (a block element of the page).

    ``blank_before`` counts the empty lines between this block and the
    previous one; cards and sections are often separated by them.
    """

    index: int
    start: int
    end: int
    text: str
    blank_before: int = 0


class Label(enum.StrEnum):
    """What the labelling stage thinks a block is."""

    BODY = "body"  # running text of a story
    TITLE = "title"  # a headline
    CHROME = "chrome"  # site furniture: removed
    SECTION_HEADER = "section_header"  # "Related Articles": starts the cards
    SOURCE = "source"  # "News18", "- News18"
    TIMESTAMP = "timestamp"  # "an hour ago", "Updated: Jun 7, 2025"
    BYLINE = "byline"  # "By Jane Doe | Reuters | Updated: ..."
    SHORT = "short"  # a short line no rule claimed: a title, a source or chrome


# Labels read together by several stages: a story's or card's header cues, and
# lines that are the page's (chrome, section headers), never a story's.
CUE_LABELS = frozenset({Label.TIMESTAMP, Label.BYLINE})
PAGE_LABELS = frozenset({Label.CHROME, Label.SECTION_HEADER})


@fast_init
@dataclass(frozen=True, slots=True)
class Decision:
    """The label of one block, with the rule that chose it and why."""

    block: Block
    label: Label
    rule: str
    kind: RemovalKind | None = None  # for CHROME: which kind of chrome
    reason: str = ""
    words: int = -1  # runs of \w in the text, counted once for later stages; -1: not counted


@fast_init
@dataclass(frozen=True, slots=True)
class Article:
    """One story on the page."""

    role: Literal["main", "related"]
    title: str | None
    text: str
    paragraphs: tuple[str, ...]
    sentences: tuple[Sentence, ...]  # spans into ``text``
    summary: str | None = None
    source: str | None = None
    authors: tuple[str, ...] = ()
    published: Timestamp | None = None
    credit: str | None = None
    chapters: tuple[tuple[str, str], ...] = ()
    removed: tuple[Removal, ...] = ()
    edits: tuple[Edit, ...] = ()
    spans: tuple[Span, ...] = ()
    # how sure the pipeline is that this is a story's text, in [0, 1]
    # (``newsclean.stories.confidence``); 1.0 for an Article built by hand
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (datetimes as ISO strings).

        ``edits`` (the run-together repairs, offsets into ``Page.text``) was
        added after ``removed``, ``confidence`` after ``edits``; the keys
        before each keep their order.
        """
        return {
            "role": self.role,
            "title": self.title,
            "summary": self.summary,
            "text": self.text,
            "paragraphs": list(self.paragraphs),
            "sentences": [s.text for s in self.sentences],
            "source": self.source,
            "authors": list(self.authors),
            "published": self.published.to_dict() if self.published else None,
            "credit": self.credit,
            "chapters": [list(c) for c in self.chapters],
            "removed": [r.to_dict() for r in self.removed],
            "edits": [e.to_dict() for e in self.edits],
            "confidence": self.confidence,
        }

    def _repr_html_(self) -> str:
        """The article as a card in a notebook, removals struck through."""
        return render_html(self)


@fast_init
@dataclass(frozen=True, slots=True)
class Metadata:
    """Page-level facts an HTML page states about itself.

    Each ``*_from`` field says where the value came from ("json-ld",
    "meta:og:title", "h1", "time", "byline"), so a user can judge it.
    """

    title: str | None = None
    title_from: str | None = None
    authors: tuple[str, ...] = ()
    authors_from: str | None = None
    published: Timestamp | None = None
    published_from: str | None = None
    modified: Timestamp | None = None
    modified_from: str | None = None
    site_name: str | None = None
    canonical_url: str | None = None
    language: str | None = None
    description: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        out: dict[str, Any] = {}
        for name in self.__slots__:
            value = getattr(self, name)
            if isinstance(value, Timestamp):
                value = value.to_dict()
            elif isinstance(value, tuple):
                value = list(value)
            out[name] = value
        return out


@fast_init
@dataclass(frozen=True, slots=True)
class Page:
    """The result of cleaning one page: its stories in page order.

    An empty or blank page is no error here: ``clean("")`` returns a Page
    with no articles whose ``empty`` is true. The row interfaces (the
    command, ``clean_records``, ``clean_batch``) give every Page without
    articles one error row instead: ``InputError`` for an empty page,
    ``NoArticle`` for a page with text but no story.

        >>> from newsclean import clean
        >>> page = clean("")
        >>> page.articles, page.empty
        ((), True)
        >>> clean("Rates held\\nThe bank kept rates on hold.").empty
        False
    """

    text: str  # the normalised input every offset points into
    articles: tuple[Article, ...] = ()
    removed: tuple[Removal, ...] = ()  # page-level chrome
    fixes: tuple[Fix, ...] = ()  # what normalisation changed
    url: str | None = None
    language: str = "en"
    warnings: tuple[str, ...] = field(default=())
    metadata: Metadata | None = None  # what an HTML page says about itself
    kind: PageKind = PageKind.ARTICLE  # what kind of page it is (``PageKind``)

    @property
    def main(self) -> Article | None:
        """The page's main story, if it has one."""
        for article in self.articles:
            if article.role == "main":
                return article
        return None

    @property
    def empty(self) -> bool:
        """True when the page held no text at all (an empty, blank or tag-only page)."""
        return not self.text.strip()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the articles and the page-level removals."""
        return {
            "url": self.url,
            "language": self.language,
            "kind": self.kind.value,
            "articles": [a.to_dict() for a in self.articles],
            "removed": [r.to_dict() for r in self.removed],
            "fixes": [asdict(f) for f in self.fixes],
            "warnings": list(self.warnings),
            "metadata": self.metadata.to_dict() if self.metadata else None,
        }

    def _repr_html_(self) -> str:
        """The page as cards in a notebook, removals struck through in place."""
        return render_html(self)
