"""The HTML pipeline: DOM-aware extraction into the same ``Page`` as text mode.

parse (safe, ``html.parse``) -> blocks with features (``html.blocks``) ->
main-content selection (``html.content``) and cards (``html.cards``) ->
page text and the text-mode labels (``text.normalize``, ``text.label``) ->
``stories.assemble`` (exactly as in text mode) -> metadata (``html.metadata``).

``Page.text`` is the page's visible text, one block per line, normalised
as text mode normalises; every offset indexes it, and every block is
either the headline, body of the main story, or a ``Removal`` naming the
rule that dropped it.

>>> body = "<p>The council approved the new budget on Monday, after a long debate.</p>"
>>> page = clean_html_page(
...     f"<html><head><title>Budget passes</title></head><body><nav><a href='/'>Home</a></nav>"
...     f"<article><h1>Budget passes</h1>{body * 2}</article></body></html>")
>>> page.main.title, len(page.main.paragraphs), [r.rule for r in page.removed]
('Budget passes', 2, ['html.nav'])
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import operator
from collections.abc import Callable
from datetime import date, datetime, tzinfo
from typing import cast

import lxml.etree

from newsclean.core.errors import InputError
from newsclean.core.fastinit import builder
from newsclean.core.limits import Deadline, check_size
from newsclean.core.options import Options
from newsclean.core.rules import removal, rule
from newsclean.core.types import (
    CUE_LABELS,
    PAGE_LABELS,
    Article,
    Block,
    Decision,
    Label,
    Metadata,
    Page,
    Removal,
    RemovalKind,
    Timestamp,
)
from newsclean.html.blocks import Dom, extract_blocks, group_bit
from newsclean.html.cards import Card, Cards, find_cards
from newsclean.html.comment_section import comment_heading
from newsclean.html.content import Selection, preamble, select_content
from newsclean.html.media import story_images, story_links
from newsclean.html.metadata import authors_from_byline, extract_metadata
from newsclean.html.parse import parse_html, strip_invisible
from newsclean.html.schema_types import declared_types
from newsclean.parsers.local_zones import page_zone
from newsclean.parsers.timestamps import parse_timestamp
from newsclean.stories.assemble import assemble
from newsclean.stories.card_lines import ends_teaser, is_action
from newsclean.stories.confidence import with_confidence
from newsclean.stories.dom_cards import card_field_line, card_segment
from newsclean.stories.page_kind import html_kind, settle_kind
from newsclean.stories.segment import Segment, title_fields, title_sources, without_repeats
from newsclean.stories.unclaimed import unclaimed
from newsclean.text.comment_marks import is_comment_heading
from newsclean.text.content import is_caption
from newsclean.text.features import content_words
from newsclean.text.label import label_blocks
from newsclean.text.language import detect_language, tag_language
from newsclean.text.normalize import normalize
from newsclean.text.promo import is_closing_prompt

__all__ = ["clean_html_page"]


def clean_html_page(
    html: str | bytes,
    *,
    url: str | None = None,
    reference_time: datetime | None = None,
    options: Options | None = None,
    encoding: str | None = None,
) -> Page:
    """Clean one HTML page into its main story, removals and metadata.

    Raises ``InputError`` for input that is not HTML text and
    ``LimitExceeded`` for input over ``Options.max_input_chars``.
    """
    options = options or Options()
    if not isinstance(html, str | bytes):
        raise InputError(f"html must be str or bytes, not {type(html).__name__}")
    check_size(len(html), options)
    deadline = Deadline.start(options)
    language = options.language or "en"
    if not html.strip():
        return Page(text="", url=url, language=language)
    dom, metadata, declared = _parse(
        html, encoding, reference_time, deadline, images=options.images
    )
    deadline.check("content selection")
    # a title that is the site's own name heads every page of the site, not the story
    headline = metadata.title if metadata.title != metadata.site_name else None
    selection = _before_comments(
        dom, select_content(dom, language=language, options=options, headline=headline), options
    )
    deadline.check("normalise")
    normalized = normalize("\n".join([b[0] for b in dom.blocks]), fix_encoding=options.fix_encoding)
    text = normalized.text
    # the page's language: its words, else its markup's tag (templates keep a
    # lang="en" of their own on pages in any language); then its local zone
    told = options.language or (
        (detect_language(text) or tag_language(metadata.language)) if text else None
    )
    zone = page_zone(
        options.time_zone,
        url=url or metadata.canonical_url,
        tag=metadata.language,
        language=told,
    )
    metadata = _localized(metadata, zone, reference_time)
    blocks, count = _page_blocks(text, dom)
    paths = _Paths(dom)
    selection, related, repeats, taken = _related_cards(dom, selection, blocks, options)
    removed = _selection_removals(selection, blocks, taken, paths)
    title = blocks[selection.title] if selection.title is not None else None
    candidates = tuple(b for b in (blocks[k] for k in selection.body) if b is not None)
    # (the lines above the headline, when they are a header's few short ones: a
    # headline found below story text leaves that text where it is)
    above = title.start if title is not None else -1
    if not preamble([b.text for b in candidates if b.start < above]):
        above = -1
    header, body, chrome, decisions = _sort_lines(candidates, above, options)
    removed.extend(chrome)
    removed.extend(repeats)
    articles: list[Article] = []
    warnings: tuple[str, ...] = ()
    if body or title:
        seg = Segment(role="main", title=title, header=header, body=body)
        deadline.check("assemble")
        main, warning = _main_article(seg, text, metadata, reference_time, options, zone)
        if options.links or options.images:
            media = _Media(dom, selection, blocks, body, [card.element for card, _ in related])
            main = media.of(main, url or metadata.canonical_url, options)
        articles.append(main)
        warnings += (warning,) if warning else ()
    for card, seg in related:
        deadline.check("assemble")
        articles.append(_card_article(card, seg, text, reference_time, options, zone))
        removed.extend(seg.removed)
    articles, removed = _account(articles, removed, blocks, count, paths)
    kind = settle_kind(html_kind(declared, decisions, options.language).kind, articles)
    return Page(
        text=text,
        articles=with_confidence(articles, text, kind),
        removed=tuple(removed),
        fixes=normalized.fixes,
        url=url,
        language=told or language,
        warnings=warnings,
        metadata=metadata,
        kind=kind,
    )


def _parse(
    html: str | bytes,
    encoding: str | None,
    reference_time: datetime | None,
    deadline: Deadline,
    *,
    images: bool = False,
) -> tuple[Dom, Metadata, frozenset[str]]:
    """The page's blocks, its metadata (authors from a byline block when the head
    has none) and the schema.org types it declares."""
    root = parse_html(html, encoding=encoding)
    deadline.check("metadata")
    scripts: list[lxml.etree._Element] = []  # (its JSON-LD scripts, found with the metadata)
    metadata = extract_metadata(
        root, reference_time=reference_time, byline_element=False, scripts=scripts
    )
    declared = declared_types(root, scripts)  # (JSON-LD scripts are invisible: read before they go)
    # our own tree: invisible elements go in C, not in the walk (images stay when asked for)
    strip_invisible(root, images=images)
    deadline.check("blocks")
    dom = extract_blocks(root, pruned=True, remove_hidden=True)  # the rest of prune
    if not metadata.authors:
        metadata = _byline_authors(metadata, dom, reference_time)
    return dom, metadata, declared


def _localized(
    metadata: Metadata, zone: tzinfo | None, reference_time: datetime | None
) -> Metadata:
    """The metadata's dates read again in the page's local ``zone`` when they
    name none (the zone is known only once the page's words are)."""
    if zone is None:
        return metadata
    published = _rezoned(metadata.published, zone, reference_time)
    modified = _rezoned(metadata.modified, zone, reference_time)
    if published is metadata.published and modified is metadata.modified:
        return metadata
    return dataclasses.replace(metadata, published=published, modified=modified)


def _rezoned(
    ts: Timestamp | None, zone: tzinfo, reference_time: datetime | None
) -> Timestamp | None:
    if ts is None or ts.assumed_zone is None or ts.assumed_zone == str(zone):
        return ts
    return parse_timestamp(ts.text, reference_time=reference_time, zone=zone) or ts


# ``Block(...)`` and ``Removal(...)`` without the class call: one a line of the page
_block = builder(Block)
_new_removal = builder(Removal)


def _page_blocks(text: str, dom: Dom) -> tuple[list[Block | None], int]:
    """One ``Block`` per DOM block, offsets into the normalised ``text`` (None for a
    line normalisation emptied), and how many are not None."""
    lines = text.split("\n") if dom.blocks else []  # "" splits into one empty line
    blocks: list[Block | None] = []
    pos = 0
    count = 0
    for line in lines:
        if line.strip():
            blocks.append(_block(count, pos, pos + len(line), line))
            count += 1
        else:
            blocks.append(None)
        pos += len(line) + 1
    if len(blocks) != len(dom.blocks):  # normalisation never merges lines; be safe anyway
        raise InputError("internal error: page text lost its block structure")
    return blocks, count


def _related_cards(
    dom: Dom, selection: Selection, blocks: list[Block | None], options: Options
) -> tuple[Selection, list[tuple[Card, Segment]], list[Removal], set[int]]:
    """The related cards as segments, with the selection they leave and the block
    indices they took; a card printed twice is one removal."""
    if options.split_cards:
        language = options.language or "en"
        is_field = functools.partial(card_field_line, language=language, hint=options.language)
        ends = functools.partial(ends_teaser, language=language)
        found = find_cards(dom, selection, options, is_field, ends, content_words)
    else:
        found = Cards((), ())
    if found.peeled:  # a list of cards the story's container climbed over leaves the story
        out = set(found.peeled)
        body = tuple(k for k in selection.body if k not in out)
        # (the cards were all the selection took, or it took their box's heading
        # for the headline: the story is elsewhere)
        if not body or selection.title in out:
            selection = _without(dom, selection, out, options)
            body = tuple(k for k in selection.body if k not in out)
        rules = dict(selection.rules)
        rules.update((k, "html.card_rest") for k in found.peeled)
        selection = dataclasses.replace(selection, body=body, rules=rules)
    related: list[tuple[Card, Segment]] = []
    taken: set[int] = set()  # block indices the cards took
    for card in found.cards:
        card_seg = card_segment(card, blocks, taken, options)
        if card_seg is not None:
            related.append((card, card_seg))
    # "Headline - Source" on every card: the source cut out, as in text mode
    segments = title_sources(title_fields([seg for _, seg in related], options.language))
    related = [(card, seg) for (card, _), seg in zip(related, segments, strict=True)]
    # a rail of cards printed twice: each story once
    related, repeats = without_repeats(related, lambda pair: pair[1])
    return selection, related, repeats, taken


def _before_comments(dom: Dom, selection: Selection, options: Options) -> Selection:
    """The selection less a reader-comment thread under its heading
    (``html.comment_section``; issue 17: comments stay out of the story)."""
    body = selection.body
    cut = comment_heading(
        dom, body, functools.partial(is_comment_heading, language=options.language)
    )
    if cut is None:
        return selection
    rules = dict(selection.rules)
    rules.update((k, "html.comment_heading") for k in body[cut:])
    return dataclasses.replace(selection, body=body[:cut], rules=rules)


def _without(dom: Dom, selection: Selection, out: set[int], options: Options) -> Selection:
    """Content selection again with the blocks ``out`` blanked, keeping the
    headline found first: what the story is once a list of cards that took
    its place has left it."""
    blocks = [b._replace(text="") if k in out else b for k, b in enumerate(dom.blocks)]
    again = _before_comments(
        dom,
        select_content(
            dataclasses.replace(dom, blocks=blocks),
            language=options.language or "en",
            options=options,
        ),
        options,
    )
    # (unless the box's own heading was taken for it: it left with the box)
    kept = selection.title is not None and selection.title not in out
    return dataclasses.replace(again, title=selection.title if kept else again.title)


def _selection_removals(
    selection: Selection, blocks: list[Block | None], taken: set[int], paths: _Paths
) -> list[Removal]:
    """The blocks content selection removed, less those a card took."""
    removed: list[Removal] = []
    kinds: dict[str, RemovalKind] = {}  # each rule's kind, looked up once per page
    for k, name in selection.rules.items():
        b = blocks[k]
        if b is not None and k not in taken:
            kind = kinds.get(name)
            if kind is None:
                found_kind = rule(name).kind
                assert found_kind is not None
                kind = kinds[name] = found_kind
            removed.append(_new_removal(b.text, b.start, b.end, kind, name, paths.of_block(k)))
    return removed


def _main_article(
    seg: Segment,
    text: str,
    metadata: Metadata,
    reference_time: datetime | None,
    options: Options,
    zone: tzinfo | None = None,
) -> tuple[Article, str | None]:
    """The main story; its title, authors and source (the JSON-LD publisher) from
    the metadata where its text has none, its date by ``_published``; and a
    warning when the printed date and the metadata's disagree."""
    article = assemble(seg, text, reference_time=reference_time, options=options, zone=zone)
    published, warning = _published(article.published, metadata)
    article = dataclasses.replace(
        article,
        title=article.title or metadata.title,
        authors=article.authors or metadata.authors,
        source=article.source or metadata.publisher,
        published=published,
    )
    return article, warning


# (a clock time is a clock time: seconds add nothing a reader could check)
_PRECISION_RANK = {"second": 1, "minute": 1, "hour": 2, "day": 3, "month": 4, "year": 5}


def _published(
    printed: Timestamp | None, metadata: Metadata
) -> tuple[Timestamp | None, str | None]:
    """The main story's date: the one its header prints or the one the page's
    metadata states (JSON-LD ``datePublished``, ``article:published_time``...).

    - Only one of them has a value: that one.
    - Both fall on the same day (the printed one's): the stated one when it is
      finer ("2025-03-12T14:22:00+01:00" over a printed "12 March 2025"; a
      clock time with seconds is as fine as one without), or as fine and in a
      zone it names where the printed one's zone was assumed; else the
      printed one.
    - They fall on different days: the stated one when the printed day is the
      page's ``dateModified`` day (the header prints the update); else the
      printed one (what the reader sees), with a warning naming both.
    """
    stated = metadata.published
    if stated is None or stated.value is None:
        return printed or stated, None
    if printed is None or printed.value is None:
        return stated, None
    day = printed.value.date()
    if day == _day_in(stated.value, printed.value.tzinfo):
        rank, stated_rank = _PRECISION_RANK[printed.precision], _PRECISION_RANK[stated.precision]
        named = printed.assumed_zone is not None and stated.assumed_zone is None
        return (stated if stated_rank < rank or (stated_rank == rank and named) else printed), None
    modified = metadata.modified
    if modified is not None and modified.value is not None and (
        _day_in(modified.value, printed.value.tzinfo) == day
    ):
        return stated, None
    return printed, (
        f"published: the story prints {printed.text!r} ({printed.value.isoformat()}), "
        f"the page's {metadata.published_from or 'metadata'} says {stated.text!r}; "
        "the printed date is kept"
    )


def _day_in(value: datetime, zone: tzinfo | None) -> date | None:
    """``value``'s day in ``zone``; None when it has none (year 1 or 9999 moved
    past the calendar's end).

    >>> from datetime import timezone, timedelta
    >>> _day_in(datetime(1, 1, 1, tzinfo=timezone.utc), timezone(timedelta(hours=-5))) is None
    True
    """
    try:
        return value.astimezone(zone).date()
    except OverflowError:
        return None


@dataclasses.dataclass(frozen=True, slots=True)
class _Media:
    """What ``html.media`` needs of the page to read the main story's links and images."""

    dom: Dom
    selection: Selection
    blocks: list[Block | None]
    body: tuple[Block, ...]
    cards: list[int]

    def of(self, article: Article, base: str | None, options: Options) -> Article:
        """``article`` with the links and images requested (``Options.links``, ``.images``)."""
        at = {
            b.start: k for k in self.selection.body if (b := self.blocks[k]) is not None
        }  # the DOM block of each kept line, by its offset
        body = [at[b.start] for b in self.body if b.start in at]
        container = self.selection.container
        links = (
            story_links(self.dom, container, body, article.text, base) if options.links else None
        )
        images = (
            story_images(self.dom, container, body, self.selection.title, self.cards, base)
            if options.images
            else None
        )
        return dataclasses.replace(article, links=links, images=images)


def _card_article(
    card: Card,
    seg: Segment,
    text: str,
    reference_time: datetime | None,
    options: Options,
    zone: tzinfo | None = None,
) -> Article:
    """A related story, dated by its card's ``<time datetime>`` when its text has no date."""
    article = assemble(seg, text, reference_time=reference_time, options=options, zone=zone)
    if card.datetime and (article.published is None or article.published.value is None):
        stamp = parse_timestamp(card.datetime, reference_time=reference_time, zone=zone)
        if stamp is not None:
            article = dataclasses.replace(article, published=stamp)
    return article


def _account(
    articles: list[Article],
    removed: list[Removal],
    blocks: list[Block | None],
    count: int,
    paths: _Paths,
) -> tuple[list[Article], list[Removal]]:
    """Every line accounted for: unclaimed lines removed, removals in page order, paths set."""
    kept = (
        cast(tuple[Block, ...], tuple(blocks))  # no line was emptied: no None to drop
        if count == len(blocks)
        else tuple(b for b in blocks if b is not None)
    )
    removed.extend(unclaimed(kept, articles, removed))
    removed.sort(key=_START)
    removed = paths.fill(removed, blocks)
    articles = [
        dataclasses.replace(a, removed=tuple(paths.fill(list(a.removed), blocks)))
        if a.removed
        else a
        for a in articles
    ]
    return articles, removed


_START = operator.attrgetter("start")


def _in_date_list(decisions: tuple[Decision, ...], i: int) -> bool:
    """True when the dated line is one of a run of three or more: a schedule, not
    a dateline ("Published ..." over "Updated ..." is a header's pair)."""
    if decisions[i].label is not Label.TIMESTAMP:
        return False
    lo = i
    while lo > 0 and i - lo < _DATE_LIST and decisions[lo - 1].label is Label.TIMESTAMP:
        lo -= 1
    hi = i
    last = len(decisions) - 1
    while hi < last and hi - lo < _DATE_LIST and decisions[hi + 1].label is Label.TIMESTAMP:
        hi += 1
    return hi - lo + 1 >= _DATE_LIST


_DATE_LIST = 3  # dated lines in a run that make a list (tour dates, a schedule)


def _sort_lines(
    candidates: tuple[Block, ...], above: int, options: Options
) -> tuple[tuple[Decision, ...], tuple[Block, ...], list[Removal], tuple[Decision, ...]]:
    """Split the container's blocks into header lines, body and line-rule chrome
    (and return the blocks' labels, which ``page_kind`` reads too).

    The DOM chose the container; inside it, the text-mode line rules still
    know a copyright notice, a "Related Articles" header, a dateline or a
    byline when they see one. Datelines anywhere and bylines before the
    first paragraph become the story's header (parsed by ``assemble``).
    The other lines before offset ``above`` (the headline's: content
    selection keeps only a few short ones above it) are no story text: a
    kicker, a breadcrumb, a link to the page (``html.above_title``).
    """
    header: list[Decision] = []
    body: list[Block] = []
    chrome: list[Removal] = []
    seen_prose = False
    decisions = label_blocks(candidates, options)
    for i, d in enumerate(decisions):
        b = d.block
        if d.label in PAGE_LABELS and d.kind is not None:
            chrome.append(_new_removal(b.text, b.start, b.end, d.kind, d.rule))
        elif (
            not seen_prose
            and d.label in CUE_LABELS
            and len(b.text) <= options.html_header_max_chars
            and not _in_date_list(decisions, i)
        ):
            header.append(d)
        elif len(b.text) <= options.html_caption_max_chars and is_caption(b.text):
            chrome.append(_removal(b, "html.caption"))
        elif b.start < above:
            chrome.append(_removal(b, "html.above_title"))
        else:
            body.append(b)
            seen_prose = seen_prose or len(b.text) >= options.html_prose_chars
    # closing prompts after the story: "Sign up for our newsletter", "Follow us on
    # Twitter", a call to action in any language ("Suscríbete a nuestro boletín")
    cut = len(body)
    while (
        cut > 1
        and len(body) - cut < options.html_max_closing_prompts
        and len(body[cut - 1].text) <= options.html_closing_prompt_chars
        and (is_closing_prompt(body[cut - 1].text) or is_action(body[cut - 1].text))
    ):
        cut -= 1
    chrome.extend(_removal(b, "html.closing_prompt") for b in body[cut:])
    return tuple(header), tuple(body[:cut]), chrome, decisions


def _removal(b: Block, name: str) -> Removal:
    return removal(name, b.text, b.start, b.end)


_SIBLINGS_MAX = 256  # children of an ancestor beyond which paths are built in Python
# whole paths a page gets from libxml2 before its ancestors' children are counted:
# one such path reads at most each node of the tree once (the siblings of each of
# its ancestors), so this many cost at most this many walks over the tree, however
# wide a parent is; nine pages in ten of aeb/html ask fewer (of 7,242 a pass, 6,669
# are within it)
_UNGUARDED_MAX = 64


class _Paths:
    """Element paths of removed blocks, computed only for removed blocks, once per element.

    Paths read as libxml2's ``getpath`` writes them (``/html/body/div[2]/p``):
    the root's tag, then per element its tag, with ``[n]`` among same-tag
    siblings (``[1]`` when a later one follows). Most pages get them from
    lxml's ``getelementpath`` (in C; a sibling of an element asked for
    before, from their parent: :meth:`of_block`). It counts an element's
    siblings anew for every element (17 s for 50,000 removed siblings), so
    under an ancestor with many children each element's path is its
    parent's plus its own step, and a parent's children get their steps in
    one pass when the first of them is asked for: at most two passes over
    those children. A page's first ``_UNGUARDED_MAX`` whole paths skip that
    count of the ancestors' children (each reads the tree at most once).
    """

    def __init__(self, dom: Dom) -> None:
        self._dom = dom
        self._cache: dict[int, str] = {}  # block element index -> path
        # element -> path, element -> step; the keys keep lxml's proxies alive, so
        # an element read again (getparent) is the same object
        self._known: dict[lxml.etree._Element, str] = {}
        self._steps: dict[lxml.etree._Element, str] = {}
        self._starts: list[int] | None = None
        self._index: list[int] = []
        self._few: dict[lxml.etree._Element, bool] = {}  # ancestor -> few siblings above
        self._relative: Callable[[lxml.etree._Element], str] | None = None
        self._root = ""
        # the parent of an element whose path libxml2 wrote (so it has few children):
        # its path, and its children's steps (``getelementpath`` from the parent)
        self._parent_path: dict[lxml.etree._Element, str] = {}
        self._child_step: dict[lxml.etree._Element, Callable[[lxml.etree._Element], str]] = {}
        # whole paths written before the ancestors' children are counted (_few_siblings)
        self._unguarded = _UNGUARDED_MAX

    def of_block(self, k: int) -> str:
        """The path of the element holding block ``k`` of the DOM.

        A sibling of an element asked for before (a list's items, a footer's
        columns) gets its parent's path, known from that element's, and one
        step from the parent: ``getelementpath`` builds a string a step, some
        11,000 instructions for a whole path on a news page (callgrind).
        """
        owner = self._dom.blocks[k].owner
        path = self._cache.get(owner)
        if path is None:
            el = self._dom.elements[owner]
            up = el.getparent()
            known = self._parent_path.get(up) if up is not None else None
            if known is not None:
                assert up is not None
                step = self._child_step.get(up)
                if step is None:  # (a tree from the parent: once per parent)
                    step = self._child_step[up] = lxml.etree.ElementTree(up).getelementpath
                path = f"{known}/{step(el)}"
            elif self._unguarded or self._few_siblings(el, up):  # (libxml2's C: most pages)
                guarded = not self._unguarded
                if not guarded:
                    self._unguarded -= 1
                if self._relative is None:  # one tree for every path of the page
                    tree = el.getroottree()
                    self._relative = tree.getelementpath
                    self._root = f"/{tree.getroot().tag}"
                rel = self._relative(el)
                if rel == ".":
                    path = self._root
                else:
                    path = f"{self._root}/{rel}"
                    assert up is not None
                    if guarded or len(up) <= _SIBLINGS_MAX:  # its children's steps: cheap
                        self._parent_path[up] = path[: path.rfind("/")]
            else:
                path = self._path(el)
            self._cache[owner] = path
        return path

    def _few_siblings(self, el: lxml.etree._Element, up: lxml.etree._Element | None) -> bool:
        """Whether no ancestor of ``el`` (``up`` its parent) has more than
        ``_SIBLINGS_MAX`` children: then lxml's ``getelementpath``, which counts
        each step's siblings anew, is cheap (each ancestor is looked at once per
        page)."""
        few = self._few
        chain: list[lxml.etree._Element] = []
        node = up
        while node is not None and node not in few:
            chain.append(node)
            node = node.getparent()
        ok = True if node is None else few[node]
        for n in reversed(chain):
            ok = ok and len(n) <= _SIBLINGS_MAX
            few[n] = ok
        return ok

    def _path(self, el: lxml.etree._Element) -> str:
        """The path of ``el``: its nearest ancestor with a known path, then the steps down."""
        known = self._known
        chain: list[lxml.etree._Element] = []
        node = el
        while node not in known:
            parent = node.getparent()
            if parent is None:  # the root: "/html"
                known[node] = f"/{node.tag}"
                break
            chain.append(node)
            node = parent
        path = known[node]
        for child in reversed(chain):
            path = known[child] = f"{path}/{self._step(child)}"
        return path

    def _step(self, el: lxml.etree._Element) -> str:
        """``tag`` or ``tag[n]`` among ``el``'s siblings; all its siblings' steps at once."""
        step = self._steps.get(el)
        if step is None:
            parent = el.getparent()
            assert parent is not None
            children = [c for c in parent if isinstance(c.tag, str)]  # elements, not comments
            total: dict[str, int] = {}
            for child in children:
                total[child.tag] = total.get(child.tag, 0) + 1
            seen: dict[str, int] = {}
            for child in children:
                tag = child.tag
                if total[tag] == 1:
                    self._steps[child] = tag
                else:
                    n = seen[tag] = seen.get(tag, 0) + 1
                    self._steps[child] = f"{tag}[{n}]"
            step = self._steps[el]
        return step

    def fill(self, removed: list[Removal], blocks: list[Block | None]) -> list[Removal]:
        """``removed`` with each missing path set from the block its start lies in."""
        for r in removed:  # (a loop: a generator costs a frame switch a removal)
            if r.path is None:
                break
        else:
            return removed
        if self._starts is None:
            self._index = [k for k, b in enumerate(blocks) if b is not None]
            self._starts = [b.start for b in blocks if b is not None]
        out: list[Removal] = []
        for r in removed:
            if r.path is None:
                at = bisect.bisect_right(self._starts, r.start) - 1
                if at >= 0:
                    r = dataclasses.replace(r, path=self.of_block(self._index[at]))
            out.append(r)
        return out


_BYLINE_BIT = group_bit("byline")
_BYLINE_TRIES = 3  # byline-class blocks read before giving up (dates share the class)


def _byline_authors(metadata: Metadata, dom: Dom, reference_time: datetime | None) -> Metadata:
    """Authors from the first block whose class says byline/author, when the head named none."""
    tries = _BYLINE_TRIES
    for b in dom.blocks:
        if b.flags & _BYLINE_BIT:
            authors = authors_from_byline(b.text, reference_time)
            if authors:
                return dataclasses.replace(metadata, authors=authors, authors_from="byline")
            tries -= 1
            if not tries:
                break
    return metadata
