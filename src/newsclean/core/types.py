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
    "Image",
    "Label",
    "Link",
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

    Attributes:
        text: The removed text, ``Page.text[start:end]``.
        start: Offset of its first character in ``Page.text``.
        end: Offset just past its last character in ``Page.text``.
        kind: What it was (``RemovalKind``: chrome, navigation, advert, credit...).
        rule: The stable name of the rule that removed it (``"line.chrome"``,
            ``"html.nav"``); ``newsclean.RULES`` gives its reason.
        path: HTML input only: the removed element's path
            (``"/html/body/div[2]/nav"``); None for text input.
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

    Attributes:
        start: Offset in ``Page.text`` where the change starts.
        end: Offset where it ends (equal to ``start`` for an insertion).
        replacement: The text put in place of ``Page.text[start:end]``.
        rule: The stable name of the rule that made it (``"edit.join"``).
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
    """A piece of normalised text an article took, and into which field.

    Attributes:
        start: Offset of the piece in ``Page.text``.
        end: Offset just past it.
        field: The article field it went into: ``"title"``, ``"summary"``,
            ``"body"``, ``"source"``, ``"published"``, ``"byline"``,
            ``"credit"`` or ``"chapters"``.
    """

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


@fast_init
@dataclass(frozen=True, slots=True)
class Link:
    """A link inside a story's text, kept when ``Options.links`` is set (HTML).

    Attributes:
        text: The link's text as the story keeps it.
        href: Its target, resolved against the page's URL.
        start: Offset of ``text`` in ``Article.text``.
        end: Offset just past it: ``Article.text[start:end] == text``.
    """

    text: str
    href: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict.

        >>> Link("its report", "https://x.test/r", 4, 14).to_dict()["href"]
        'https://x.test/r'
        """
        return {"text": self.text, "href": self.href, "start": self.start, "end": self.end}


@fast_init
@dataclass(frozen=True, slots=True)
class Image:
    """An image of a story, kept when ``Options.images`` is set (HTML).

    Attributes:
        src: The image's address, resolved against the page's URL.
        alt: Its ``alt`` text, if any.
        caption: The ``<figcaption>`` of the ``<figure>`` holding it, if any.
    """

    src: str
    alt: str | None = None
    caption: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"src": self.src, "alt": self.alt, "caption": self.caption}


Precision = Literal["second", "minute", "hour", "day", "month", "year"]


@fast_init
@dataclass(frozen=True, slots=True)
class Timestamp:
    """A point in time as a page printed it.

    ``offset`` is set for relative phrases ("an hour ago" gives minus one
    hour); ``value`` is an aware datetime, set for absolute times always and
    for relative ones only when a reference time was given.
    ``assumed_zone`` names the zone a wall-clock time was read in when the
    text named none ("Europe/Berlin" for "14:22 Uhr" on a ``.de`` page,
    "UTC" without evidence); None when the text named its zone or the value
    was counted from the reference time.

    Attributes:
        text: The timestamp as printed ("Updated: Jun 7, 2025, 10:15 IST").
        value: The instant, an aware ``datetime``; None for a relative or
            yearless time read without a reference time.
        offset: For relative times ("2 hours ago"): the signed distance from
            the reference time (negative for the past); else None.
        precision: The finest unit the text gives: ``"second"``, ``"minute"``,
            ``"hour"``, ``"day"``, ``"month"`` or ``"year"``.
        language: The language whose words read it (``"en"``, ``"de"``...).
        assumed_zone: The IANA zone a time without a printed zone was read in
            (see above); None when the text named its zone.
    """

    text: str
    value: datetime | None = None
    offset: timedelta | None = None
    precision: Precision = "minute"
    language: str | None = None
    assumed_zone: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (``assumed_zone`` was added last)."""
        return {
            "text": self.text,
            "value": self.value.isoformat() if self.value else None,
            "offset_seconds": self.offset.total_seconds() if self.offset is not None else None,
            "precision": self.precision,
            "language": self.language,
            "assumed_zone": self.assumed_zone,
        }


@fast_init
@dataclass(frozen=True, slots=True)
class Byline:
    """A parsed byline: ``"By Jane Doe and John Roe, Reuters"``.

    Attributes:
        text: The byline as printed.
        authors: The people it names, in order (``("Jane Doe", "John Roe")``).
        source: The outlet or agency it names (``"Reuters"``), if any.
        timestamp: The date it carries ("By Jane Doe | June 3, 2025"), if any.
    """

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
    """One story on the page.

    Attributes:
        role: ``"main"`` for the page's story, ``"related"`` for a related card.
        title: The headline, None when the story shows none.
        text: The body: its paragraphs joined by blank lines, removals cut
            and edits applied.
        paragraphs: The body's paragraphs.
        sentences: The body's sentences; offsets index ``text``.
        summary: A teaser printed before the body ("... read more"), if any.
        source: The outlet the story names ("Reuters", a card's "- News18",
            a byline's agency); on HTML, else the page's JSON-LD publisher.
        authors: The authors its byline (or, on HTML, the page's metadata) names.
        published: When it was published (``Timestamp``): the date its header
            prints, or on HTML the page's metadata when finer or alone.
        credit: A photo credit or agency line cut from the body
            ("With inputs from agencies").
        chapters: Video chapters cut from the body, as (time, title) pairs.
        removed: What was cut from inside the story, each with its rule;
            offsets index ``Page.text``.
        edits: Repairs to kept text (a space put into "said.The"); offsets
            index ``Page.text``.
        spans: Which pieces of ``Page.text`` went into which field: with
            ``removed`` and the page's removals they cover the page.
        confidence: How sure the pipeline is that this is a story's text, in
            [0, 1] (length, prose, share of the page, title and date found,
            the page's kind; see ``docs/page_kinds.md``); 1.0 when built by hand.
        links: With ``Options.links`` (HTML), the links inside the story's
            text, with offsets into ``text``; None when not requested.
        images: With ``Options.images`` (HTML), the story's images (address,
            alt text, caption); None when not requested.
    """

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
    links: tuple[Link, ...] | None = None
    images: tuple[Image, ...] | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (datetimes as ISO strings).

        ``edits`` (the run-together repairs, offsets into ``Page.text``) was
        added after ``removed``, ``confidence`` after ``edits``; the keys
        before each keep their order. ``links`` and ``images`` come last,
        and only when they were requested.
        """
        out = {
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
        if self.links is not None:
            out["links"] = [link.to_dict() for link in self.links]
        if self.images is not None:
            out["images"] = [image.to_dict() for image in self.images]
        return out

    def _repr_html_(self) -> str:
        """The article as a card in a notebook, removals struck through."""
        return render_html(self)


@fast_init
@dataclass(frozen=True, slots=True)
class Metadata:
    """Page-level facts an HTML page states about itself.

    Each ``*_from`` field says where the value came from ("json-ld",
    "meta:og:title", "h1", "time", "byline"), so a user can judge it.

    Attributes:
        title: The page's headline (h1 confirmed by og:title, JSON-LD or <title>).
        title_from: Where the title came from.
        authors: Authors from JSON-LD, ``meta name=author`` or a byline element.
        authors_from: Where the authors came from.
        published: JSON-LD ``datePublished``, ``article:published_time``, ...
        published_from: Where it came from (``"json-ld"``, ``"meta:<name>"``, ``"time"``).
        modified: JSON-LD ``dateModified``, ``article:modified_time``, ...
        modified_from: Where it came from.
        site_name: og:site_name, else the JSON-LD publisher's name.
        canonical_url: ``<link rel=canonical>``, else og:url.
        language: The declared language tag (``<html lang>``, JSON-LD
            ``inLanguage``), as written ("en-GB").
        description: og:description, ``meta name=description`` or JSON-LD's.
        publisher: The article's JSON-LD ``publisher`` name.
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
    publisher: str | None = None  # JSON-LD publisher's name (added last)

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

    Attributes:
        text: The normalised input (encoding repaired, one block per line):
            every offset of the page, its articles and removals indexes it.
        articles: The stories, in page order (``main`` gives the main one).
        removed: Page-level removals (site chrome between and around the
            stories), each with its rule, in page order.
        fixes: What normalisation changed in the raw input, counted per rule.
        url: The URL passed to ``clean``.
        language: The page's language: ``Options.language``, else told from
            its words, else an HTML page's declared tag, else ``"en"``.
        warnings: Notes on doubtful choices (a printed date that disagrees
            with the page's metadata).
        metadata: What an HTML page says about itself (None for text).
        kind: What kind of page it is (``PageKind``: article, liveblog,
            forum, recipe, listing, other), so a pipeline can filter.
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
