"""Stage 4 (before segmentation): what kind of page it is, from its evidence.

A page is not always one story. ``Page.kind`` (``PageKind``) says which
kind it is, told from cues that hold on any site and in any language:

* **liveblog**: three or more *entries*, each a short time line of minute
  precision ("10:32", "2 minutes ago", "vor 5 Minuten") with prose within
  three lines under it (a headline may stand between), most of them without
  a source line beside them (a list of teaser cards has sources), the prose
  above the first entry at most half the page's, and either a live word in
  the headline ("live", "Liveticker", "en directo": ``page_kinds.txt``) or
  five entries or more;
* **forum**: two or more *posts*, each a short dated line (any precision)
  with prose under it, beside post actions ("Reply", "Quote", "Antworten",
  "Responder") below prose or author fields ("Joined:", "Registriert
  seit"); the thread starts the page (no reader-comment marker above the
  first post, the prose above it at most a quarter of the page's), so a
  story with reader comments under it stays an article;
* **recipe**: a run of three or more short *quantity lines* ("200g dark
  chocolate", "2 EL Zucker", "1 pizca de sal"), two of them with a unit
  after the number, under an ingredients heading or four lines or more;
* otherwise **article**, which ``settle_kind`` turns into **listing** (no
  story of forty words or more, three cards or more) or **other** (no such
  story and no cards: a shop, a form, a menu) once the articles are built.

On HTML the markup's own declaration wins (``html_kind``): schema.org
``itemtype`` or JSON-LD ``@type`` ``LiveBlogPosting``,
``DiscussionForumPosting``/``QAPage``, ``Recipe``, ``Product``,
``ItemList``/``CollectionPage``/``SearchResultsPage``; else the text cues
above, read on the main story's lines.

Everything here is one pass over the labelled lines, plus a timestamp parse
of the short time lines that have prose under them.

>>> from newsclean.text.blocks import split_blocks
>>> from newsclean.text.label import label_blocks
>>> para = "Rail operators cancelled all services north of the city until midday."
>>> page = "\\n".join(["Storm live: travel chaos", "10:32 GMT", para, "10:20 GMT", para])
>>> found = text_kind(label_blocks(split_blocks(page)))
>>> found.kind.value, found.entries
('article', ())
>>> page += "\\n10:02 GMT\\n" + para  # a third entry
>>> found = text_kind(label_blocks(split_blocks(page)))
>>> found.kind.value, found.entries
('liveblog', (1, 3, 5))
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

import regex

from newsclean.core.lexicon import chrome_roles, line_key
from newsclean.core.types import Article, Decision, Label, PageKind
from newsclean.parsers.timestamps import parse_timestamp
from newsclean.text.content import headline_candidates
from newsclean.text.features import spaceless_words

__all__ = [
    "KindEvidence",
    "html_kind",
    "quantity_line",
    "quantity_units",
    "settle_kind",
    "text_kind",
]

_ROLES = frozenset({"live", "reply", "user", "ingredients", "steps", "unit", "re"})
_STAMP_MAX_WORDS = 10  # a longer line is a sentence that mentions a time
_ENTRY_REACH = 3  # lines from an entry's time line to its first prose line
_PROSE_WORDS = 6  # a body line this long is prose an entry or post can hold
_LONG_WORDS = 12  # a line this long is prose whatever its label
_MIN_ENTRIES = 3  # timestamped entries a live blog has
_MANY_ENTRIES = 5  # entries that make a live blog without a live word
_MIN_POSTS = 2  # dated posts a thread has
_MIN_MARKS = 2  # post actions or author fields a thread has
_ACTION_REACH = 4  # lines from a post's prose down to its action buttons
_LIVE_LEAD = 0.5  # prose above the first entry: at most this share of the page's
_FORUM_LEAD = 0.25  # prose above the first post: at most this share of the page's
_FIRST_POST = 0.5  # the first post's prose: at most this share of the page's
_QUANTITY_WORDS = 10  # an ingredient line is short
_KEY_WORDS = 6  # a post button, an author field or a heading is no longer
_QUANTITY_GAP = 2  # lines between two ingredient lines of one run
_MIN_QUANTITIES = 3  # ingredient lines of a recipe under its heading
_MANY_QUANTITIES = 4  # ... without one
_MIN_UNITS = 2  # ingredient lines with a unit
_STORY_WORDS = 40  # the main story's words below which a page has no story
_LISTING_CARDS = 3  # cards that make a page without a story a listing
_MINUTE = frozenset({"minute", "second"})
_DAY = timedelta(days=1)
_ENTRY_GAP = 12  # lines between two entries of one live blog
_CARD_LABELS = frozenset({Label.SOURCE, Label.BYLINE})
_STAMP_LABELS = frozenset({Label.TIMESTAMP, Label.BYLINE})
_BODY = Label.BODY  # (a module name: cheaper than the enum's class look-up)
# "200g", "1 1/2", "½", "2-3", "1,5": a number opening an ingredient line, then
# maybe its unit; a numbered step ("1. Melt ...", "2) Whisk") is no quantity
_QUANTITY = regex.compile(
    r"^(?:\d+(?:[.,/]\d+)?(?:\s*[-–]\s*\d+)?\s*[½¼¾⅓⅔⅛]?|[½¼¾⅓⅔⅛])(?![.)]\s)(?![.)]$)"
    r"\s*(\p{L}+\.?)?"
)
_SENTENCE_END = regex.compile(r"[.!?…]['\"”’)]*$")
_FRACTIONS = frozenset("½¼¾⅓⅔⅛")  # what a quantity may start with besides a digit


@dataclass(frozen=True, slots=True)
class KindEvidence:
    """The kind told from the lines, and where its evidence lies.

    ``entries`` are the positions (in the decisions) of the lines that head
    each entry or post (their time lines), or of a recipe's quantity lines;
    ``actions`` those of a thread's post buttons ("Reply", "Quote"), which
    are the thread's chrome.
    """

    kind: PageKind
    entries: tuple[int, ...] = ()
    actions: tuple[int, ...] = ()


_ARTICLE = KindEvidence(PageKind.ARTICLE)


@functools.cache
def _cues(language: str | None) -> dict[str, list[str]]:
    return chrome_roles(language, "page_kinds", _ROLES)


@functools.cache
def _live_words(language: str | None) -> regex.Pattern[str]:
    words = sorted(_cues(language)["live"], key=len, reverse=True)
    alternation = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words)
    return regex.compile(rf"(?<!\w)(?:{alternation})(?!\w)", regex.IGNORECASE)


@functools.cache
def _sets(language: str | None) -> tuple[frozenset[str], ...]:
    cues = _cues(language)
    return tuple(
        frozenset(cues[r]) for r in ("reply", "user", "ingredients", "steps", "unit", "re")
    )


def quantity_units(language: str | None) -> frozenset[str]:
    """The units an ingredient line may name after its number (``page_kinds.txt``).

    >>> {"ml", "el", "cucharada"} <= quantity_units(None)
    True
    """
    return _sets(language)[4]


def _words(d: Decision) -> int:
    return d.words if d.words >= 0 else _spaced_words(d.block.text)


def _spaced_words(text: str) -> int:
    """The words of a long line (the labeller counts short lines' only): a
    normalised line has one space between two words, so its spaces and one.

    (A count in C over the line, a sixth of ``word_count``'s scans for every
    kind of whitespace: these counts are only read as shares of the page's
    prose, which a tab or a run of spaces in a line of markup barely moves.)

    >>> _spaced_words("Rail operators cancelled all services north of the city.")
    9
    """
    return text.count(" ") + 1


def _prose(d: Decision) -> bool:
    """A line of running text: a body line of some words, or any long line."""
    if d.kind is not None:
        return False
    n = _words(d)
    return n >= _LONG_WORDS or (d.label is _BODY and n >= _PROSE_WORDS)


def quantity_line(text: str, units: frozenset[str]) -> tuple[bool, bool]:
    """Whether ``text`` reads as an ingredient line, and whether it has a unit.

    >>> units = frozenset({"g", "ml", "tbsp", "el"})
    >>> [quantity_line(t, units) for t in ("200g dark chocolate", "3 large eggs",
    ...     "2 EL Zucker", "1. Melt the chocolate.", "10 things to know about rates")]
    [(True, True), (True, False), (True, True), (False, False), (True, False)]
    """
    if not text[:1].isdigit() and text[:1] not in _FRACTIONS:
        return False, False
    m = _QUANTITY.match(text)
    if m is None or len(text.split()) > _QUANTITY_WORDS:
        return False, False
    unit = m.group(1)
    return True, unit is not None and unit.rstrip(".").casefold() in units


def text_kind(decisions: Sequence[Decision], language: str | None = None) -> KindEvidence:
    """The page's kind told from its labelled lines (``article`` when nothing else fits).

    ``language`` picks the cue lists (with English's); None reads every
    language's, as a page without a hint is read. One pass gathers the
    structure (prose, time lines with prose under them, runs of quantity
    lines, short lines); the short lines are looked up in the lexicons
    only when the structure asks (most pages have no run and no posts).
    """
    if len(decisions) < 3:
        return _ARTICLE
    units = quantity_units(language)
    # the prose words above each stamp: only the stamps' are ever read, so a
    # page's other lines (most of them) are spared an entry each
    prose_before: dict[int, int] = {}
    total = 0
    stamps: list[int] = []  # short time lines with prose under them
    shorts: list[tuple[int, int]] = []  # short lines: (position, lines below the last prose)
    comment_at: int | None = None  # the first reader-comment marker
    runs: list[tuple[list[int], int]] = []  # runs of quantity lines, with their units
    last_prose = -(10**9)
    body = _BODY
    for i, d in enumerate(decisions):
        n = d.words  # (``_words``, inline: this loop runs over every line)
        if n < 0:
            n = _spaced_words(d.block.text)  # (once: a long line's words are counted here)
        if d.kind is None and (n >= _LONG_WORDS or (d.label is body and n >= _PROSE_WORDS)):
            total += n  # (``_prose``)
            last_prose = i
            continue
        if comment_at is None and d.rule == "line.comments":
            comment_at = i
        if n > _QUANTITY_WORDS:
            continue
        stamped = d.label in _STAMP_LABELS
        if stamped and n <= _STAMP_MAX_WORDS and _prose_under(decisions, i) is not None:
            stamps.append(i)
            prose_before[i] = total
            continue
        if n <= _KEY_WORDS:  # (buttons, author fields and headings are short)
            shorts.append((i, i - last_prose))
        if stamped:
            continue  # (a date is no quantity)
        text = d.block.text
        if not text[:1].isdigit() and text[:1] not in _FRACTIONS:
            continue  # (``quantity_line``'s own first test, spared the call on most lines)
        is_quantity, has_unit = quantity_line(text, units)
        if is_quantity:
            if not runs or i - runs[-1][0][-1] > _QUANTITY_GAP + 1:
                runs.append(([], 0))
            run, with_unit = runs[-1]
            run.append(i)
            runs[-1] = (run, with_unit + has_unit)
    replies, users, ingredients, _steps, _units, prefixes = _sets(language)
    # (whether an ingredients heading stands on the page only tells a run
    # that is a recipe with one and not without: looked up for such a run)
    if any(_recipe(run, with_unit, True) for run, with_unit in runs):
        headed = any(line_key(decisions[i].block.text) in ingredients for i, _ in shorts)
        for run, with_unit in runs:
            if _recipe(run, with_unit, headed):  # the first run of ingredients: the recipe's
                return KindEvidence(PageKind.RECIPE, tuple(run))
    if not stamps or total == 0 or (comment_at is not None and comment_at < stamps[0]):
        return _ARTICLE  # (dated lines under a comment marker are reader comments)
    if (
        len(stamps) >= _MIN_POSTS
        and _lead(decisions, prose_before, stamps[0]) / total <= _FORUM_LEAD
        # (a story under its dateline and its reader comments: the first "post" is most)
        and prose_before[stamps[1]] - prose_before[stamps[0]] <= _FIRST_POST * total
    ):
        actions: list[int] = []
        fields = 0
        for i, below in shorts:
            key = line_key(decisions[i].block.text)
            if key in replies and below <= _ACTION_REACH:
                actions.append(i)
            elif _user_field(key, users):
                fields += 1
        fields += sum(1 for i in stamps[1:] if _reply_title(decisions, i, prefixes))
        if len(actions) + fields >= _MIN_MARKS:
            return KindEvidence(PageKind.FORUM, tuple(stamps), tuple(actions))
    return _live_blog(decisions, stamps, prose_before, total, language)


def _lead(decisions: Sequence[Decision], prose_before: dict[int, int], first: int) -> int:
    """The prose words above line ``first`` (a stamp), less the page's title and its
    repeat as the headline (a question of a thread's title reads as prose)."""
    words = prose_before[first]
    for i in {0, *headline_candidates(tuple(decisions))}:
        if i < first and _prose(decisions[i]):
            words -= _words(decisions[i])
    return words


def _live_blog(
    decisions: Sequence[Decision],
    stamps: list[int],
    prose_before: dict[int, int],
    total: int,
    language: str | None,
) -> KindEvidence:
    """A live blog's entries among the dated lines with prose under them, if
    they make one: the longest run of entries (a time of day or minutes ago,
    a sentence under it, at most ``_ENTRY_GAP`` lines apart), mostly without
    a source beside them, the prose above them at most ``_LIVE_LEAD`` of
    the page's, under a live word or ``_MANY_ENTRIES`` of them."""
    if len(stamps) < _MIN_ENTRIES:
        return _ARTICLE  # (no run of entries can be long enough: no time is parsed)
    run: list[int] = []
    best: list[int] = []
    for i in stamps:
        under = _prose_under(decisions, i)
        if under is None or not _SENTENCE_END.search(decisions[under].block.text):
            continue
        if not _entry_time(decisions[i].block.text):  # (the dear test last)
            continue
        if run and i - run[-1] > _ENTRY_GAP:
            if len(run) > len(best):
                best = run
            run = []
        run.append(i)
    if len(run) > len(best):
        best = run
    if len(best) < _MIN_ENTRIES or _lead(decisions, prose_before, best[0]) > _LIVE_LEAD * total:
        return _ARTICLE
    if sum(1 for i in best if _carded(decisions, i)) * 3 > len(best):
        return _ARTICLE  # a list of teaser cards: each has its source
    if len(best) >= _MANY_ENTRIES or _live_titled(decisions, best[0], language):
        return KindEvidence(PageKind.LIVEBLOG, tuple(best))
    return _ARTICLE


def _prose_under(decisions: Sequence[Decision], i: int) -> int | None:
    """The prose line within ``_ENTRY_REACH`` lines under line ``i``, no time line between."""
    for j in range(i + 1, min(len(decisions), i + 1 + _ENTRY_REACH)):
        d = decisions[j]
        if _prose(d):
            return j
        if d.label in _STAMP_LABELS or d.kind is not None:
            return None
    return None


def _user_field(key: str, users: frozenset[str]) -> bool:
    """A post header's author field: "Joined: Mar 2019", "Posts: 1,204", "Registriert seit ..."."""
    head, sep, _ = key.partition(":")
    if sep and head.strip() in users:
        return True
    words = key.split(maxsplit=2)
    if len(words) < 2 or (words[0] not in users and " ".join(words[:2]) not in users):
        return False
    return any(c.isdigit() for c in key)


def _reply_title(decisions: Sequence[Decision], i: int, prefixes: frozenset[str]) -> bool:
    """Whether the post whose date is at ``i`` has a reply's title right above it
    ("Re: How do I ...", "AW: ...")."""
    for j in (i - 1, i - 2):
        if j >= 0:
            head, sep, _ = decisions[j].block.text.partition(":")
            if sep and head.strip().casefold() in prefixes:
                return True
    return False


def _recipe(quantities: list[int], with_unit: int, headed: bool) -> bool:
    need = _MIN_QUANTITIES if headed else _MANY_QUANTITIES
    return len(quantities) >= need and with_unit >= _MIN_UNITS


def _entry_time(text: str) -> bool:
    """A live entry's time: a time of day without a date ("10:32 GMT", "Posted
    at 10:32 am") or minutes or hours ago ("2h", "vor 5 Minuten"); a date with
    its time ("November 19, 2019 at 6:34 am", "2 days ago at 07:52") heads
    reader comments as often."""
    stamp = parse_timestamp(text)
    if stamp is None or stamp.value is not None:
        return False
    if stamp.offset is not None:  # minutes or hours ago ("2h", "vor 2 Stunden")
        return abs(stamp.offset) < _DAY
    return stamp.precision in _MINUTE


def _carded(decisions: Sequence[Decision], i: int) -> bool:
    """Whether the time line at ``i`` has a source or byline beside it (a card's header)."""
    lo, hi = max(0, i - 2), min(len(decisions), i + 3)
    return any(decisions[j].label in _CARD_LABELS for j in range(lo, hi) if j != i)


def _live_titled(decisions: Sequence[Decision], first: int, language: str | None) -> bool:
    """Whether a short line above the first entry (the headline, the page's
    title) holds a live word."""
    live = _live_words(language)
    return any(
        _words(d) <= 25 and live.search(d.block.text) is not None for d in decisions[:first]
    )


# --- HTML: what the markup declares ------------------------------------------------

_DECLARED = {
    "liveblogposting": PageKind.LIVEBLOG,
    "discussionforumposting": PageKind.FORUM,
    "qapage": PageKind.FORUM,
    "recipe": PageKind.RECIPE,
    "product": PageKind.OTHER,
    "itemlist": PageKind.LISTING,
    "collectionpage": PageKind.LISTING,
    "searchresultspage": PageKind.LISTING,
}
# a story type declared beside a list (a news site's ItemList of related links)
_STORY_TYPES = frozenset(
    {"newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
     "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "report"}
)  # fmt: skip
# the kinds a declaration of several wins with, most telling first
_ORDER = (PageKind.LIVEBLOG, PageKind.FORUM, PageKind.RECIPE, PageKind.OTHER, PageKind.LISTING)


def html_kind(
    declared: frozenset[str], decisions: Sequence[Decision], language: str | None = None
) -> KindEvidence:
    """The kind of an HTML page: what its markup declares (``declared``: the
    schema.org types it names, lower-cased), else the text cues of its main
    story's lines.

    A list declared beside a story (a news page's ``ItemList`` of related
    links) does not make the page a listing, nor does a product on it.

    >>> html_kind(frozenset({"liveblogposting", "newsarticle"}), []).kind.value
    'liveblog'
    >>> html_kind(frozenset({"newsarticle", "itemlist"}), []).kind.value
    'article'
    """
    kinds = {_DECLARED[t] for t in declared if t in _DECLARED}
    if declared & _STORY_TYPES:
        kinds -= {PageKind.LISTING, PageKind.OTHER}
    for kind in _ORDER:
        if kind in kinds:
            return KindEvidence(kind)
    return text_kind(decisions, language)


# --- after assembly ------------------------------------------------------------------


def settle_kind(kind: PageKind, articles: Sequence[Article]) -> PageKind:
    """``kind`` once the articles are built: an ``article`` page without a story
    (no main article of ``_STORY_WORDS`` words) is a ``listing`` when it has
    cards, else ``other``.

    >>> story = Article("main", "T", "word " * 50, ("word " * 50,), ())
    >>> settle_kind(PageKind.ARTICLE, [story]).value, settle_kind(PageKind.ARTICLE, []).value
    ('article', 'other')
    """
    if kind is not PageKind.ARTICLE:
        return kind
    main = next((a for a in articles if a.role == "main"), None)
    # (a split bounded at the threshold: a long story's words are not all cut)
    if main is not None and (
        len(main.text.split(None, _STORY_WORDS - 1)) >= _STORY_WORDS
        # Chinese, Japanese, Korean, Thai: words without spaces (two characters a word)
        or spaceless_words(main.text) >= _STORY_WORDS
    ):
        return kind
    cards = sum(1 for a in articles if a.role == "related")
    return PageKind.LISTING if cards >= _LISTING_CARDS else PageKind.OTHER
