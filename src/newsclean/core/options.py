"""The one options record: every threshold and switch, with its default.

Change a copy with ``dataclasses.replace``::

    >>> import dataclasses
    >>> from newsclean import Options
    >>> dataclasses.replace(Options(), language="de").language
    'de'
    >>> Options(language="klingon")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    newsclean.core.errors.InputError: Options.language 'klingon' has no data files; ...
"""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newsclean.core.errors import InputError
from newsclean.core.lexicon import languages

__all__ = ["Options"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """Thresholds and switches for ``clean()``. All fields have defaults."""

    # --- input -----------------------------------------------------------
    language: str | None = None
    """Language of the page, one with data files ("en", "de", ...; another code
    raises ``InputError``); None reads English lexicons, with every
    language's chrome lists, and tells ``Page.language`` from the page's
    words."""
    time_zone: str | None = None
    """The IANA zone ("Europe/Berlin", "UTC") of times a page prints without a
    zone; an unknown name raises ``InputError``. None: the page's local zone
    from its site's country domain, its language tag's region or its language
    (``parsers.local_zones``), else the reference time's zone, else UTC.
    ``Timestamp.assumed_zone`` records the zone used."""
    max_input_chars: int = 20_000_000
    """Longer inputs raise ``LimitExceeded``."""
    max_lines: int = 100_000
    """A text page with more non-empty lines raises ``LimitExceeded``."""
    max_line_chars: int = 200_000
    """A longer line (no story has a paragraph this long) is recorded as removed
    (rule ``limit.line_too_long``) instead of run through every stage."""
    time_budget: float | None = 60.0
    """Seconds one call may take, checked between stages and in long loops;
    past it ``LimitExceeded`` is raised. None: no budget."""
    max_nodes: int = 1_000_000
    """HTML with more tags than this (counted as "<" before parsing) raises
    ``LimitExceeded``: a news page has a few thousand."""
    max_attributes: int = 10_000
    """An HTML element with more attributes raises ``LimitExceeded``: libxml2
    checks attributes for duplicates in quadratic time (10,000 take 0.15 s,
    100,000 minutes). Pages with fewer "=" in all are not even scanned."""

    # --- normalisation ---------------------------------------------------
    fix_encoding: bool = True
    """Repair mojibake and HTML entities with ftfy."""
    markdown: bool | None = None
    """Text mode: read the page as Markdown (links keep their text; headings,
    images, emphasis and bullets lose their syntax). None: when the page
    shows Markdown's own syntax (two links with targets, or a heading beside
    a link or strong emphasis); False: never."""
    unwrap: bool = True
    """Text mode: join hard-wrapped lines (a ``<pre>`` block, a page whose source
    was wrapped at 72 or 80 columns, ``lynx -dump``) into one line per paragraph,
    where the lines show the marks of wrapping (``newsclean.text.reflow``)."""
    columns: bool = True
    """Text mode: a table the flattener laid out in columns (inscriptis, ``lynx -dump``:
    a menu and the story side by side on padded lines) reads one column after
    another, so a menu item is not glued to each paragraph (``newsclean.text.columns``)."""

    # --- sentences -------------------------------------------------------
    repair_joins: bool = True
    """Insert the missing space in run-together sentences ("said.The")."""

    # --- content selection (main story) ----------------------------------
    min_body_words: int = 8
    """A line with fewer words is never body text on its own merits."""
    good_line_words: int = 10
    """A line ending like a sentence with this many words counts as story text."""
    long_line_words: int = 30
    """A line with this many words counts as story text even without final punctuation."""
    min_stopword_ratio: float = 0.15
    """Share of function words ("the", "of", ...) below which a long line reads as a
    list (tags, menus) rather than prose; checked only on pages whose prose has them."""
    short_line_penalty: float = 5.0
    """Score of a line that is not story text, against the word count of story lines,
    when the content region (the best-scoring run of lines) is chosen."""
    barrier_penalty: float = 20.0
    """Score of a chrome line (lexicon, comments, legal notice) in the same scale."""
    max_gap_lines: int = 2
    """Inside the region, runs of at most this many short lines between story lines stay
    (subheadings, one-line quotes); longer runs are menus or link lists and go."""
    headline_window: int = 30
    """The region must start within this many lines after the repeated page headline."""
    headline_min_share: float = 0.3
    """...and score at least this share of the page's best region, else it is ignored."""
    island_weight: float = 0.3
    """Weight of a story line with ``island_gap_lines`` non-story lines on each side: a
    teaser card (headline, byline, teaser, headline, ...) more often than a paragraph."""
    island_gap_lines: int = 1
    min_islands: int = 3
    """Islands are weighed down only on pages that have at least this many (a card list)."""
    comment_zone_weight: float = 0.2
    """Story lines after the first reader-comment marker weigh this much."""

    # --- segmentation (cards) --------------------------------------------
    split_cards: bool = True
    """Return related-article cards as their own articles."""
    implicit_card_max_ratio: float = 1.0
    """A card with no section header above it, and each card after it, may hold
    at most this many times the story text above it; more, and it is the story's
    own header, or the story going on below an embedded video."""
    implicit_story_max_ratio: float = 3.0
    """...except a card headed by a byline and a date (a whole story, the next one
    of an endless page): any length, but the first may hold at most this many times
    the story text above it; more, and it is the story's own header. The one card
    of that kind on the page (none below it has a byline and a date) holds at most
    ``implicit_card_max_ratio`` times: a blog post's own byline under a sidebar."""

    # --- HTML ---
    links: bool = False
    """HTML: keep the links inside the main story's text as ``Article.links``
    (text, resolved ``href``, offsets into ``Article.text``). Off: no cost."""
    images: bool = False
    """HTML: keep the main story's images as ``Article.images`` (address, alt
    text, caption). Off: no cost."""
    html_prior_cap: float = 1.0
    """An element's tag and class bonus (``div`` +5, "content" +25) counts at most this
    many times the paragraph votes it earned itself, so a small box named "content"
    cannot outscore the story."""
    html_climb_prose: float = 0.5
    """The chosen container is replaced by its parent while the text the parent adds is
    at least this share paragraph-like (25+ characters, links under half, not a list
    item): a story split into wrappers or around an embed is one story."""
    html_climb_links: float = 0.25
    """...and at most this share of the added text is links."""
    html_density_ratio: float = 2.5
    """The densest element of unlinked text (``html.density``, a selection that reads no
    class names), when it lies apart from the chosen container, replaces it when its
    cleaned text is at least this many times the chosen container's (a sidebar widget
    named "content" chosen over the story, a story in a wrapper named as chrome)."""
    html_header_max_chars: int = 120
    """A "By ..." line longer than this inside the story is a paragraph, not a byline."""
    html_prose_chars: int = 80
    """A block this long is a paragraph: bylines and datelines are read as the story's
    header only before the first one."""
    html_caption_max_chars: int = 250
    """A block up to this long ending in a credit ("(Image: GETTY)") is a caption."""
    html_closing_prompt_chars: int = 300
    """A sign-up, follow or subscribe prompt at the story's end is at most this long..."""
    html_max_closing_prompts: int = 3
    """...and at most this many of them are cut from the end."""
    html_card_min_words: int = 20
    """A related-story card (repeated sibling elements after the story or in a "related"
    box, each with a headline) becomes a related article when the prose under its headline
    has at least this many words; a headline with a shorter teaser stays chrome."""
    html_card_links: float = 0.25
    """...and at most this share of that prose is links."""

    def __post_init__(self) -> None:
        if self.language is not None and self.language not in languages():
            known = ", ".join(languages())
            raise InputError(
                f"Options.language {self.language!r} has no data files; known: {known}"
            )
        if self.time_zone is not None:
            try:
                ZoneInfo(self.time_zone)
            except (ZoneInfoNotFoundError, ValueError, TypeError) as err:
                raise InputError(
                    f"Options.time_zone {self.time_zone!r} is no IANA zone name "
                    "(such as 'Europe/Berlin' or 'UTC')"
                ) from err
