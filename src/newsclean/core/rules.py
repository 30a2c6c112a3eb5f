"""The rule registry: every removal and edit names one of these rules.

A rule's name is stable: it appears in ``Removal.rule`` and ``Edit.rule``,
in explanations and in counts, so renaming one is a breaking change. The
stages that apply rules live in their own modules (``text.label``,
``text.content``, ``text.inline``, ``stories.segment``, ``stories.assemble``,
``html.content``); this module only says what each name means, so that a
user can look any record up.

>>> RULES["line.chrome_phrase"].kind
<RemovalKind.CHROME: 'chrome'>
"""

from __future__ import annotations

from dataclasses import dataclass

from newsclean.core.fastinit import builder
from newsclean.core.types import Removal, RemovalKind

__all__ = ["RULES", "Rule", "removal", "rule"]


@dataclass(frozen=True, slots=True)
class Rule:
    """A named rule: what it removes or edits, and why."""

    name: str
    kind: RemovalKind | None  # None for edits (nothing is removed)
    reason: str


def _registry(*rules: Rule) -> dict[str, Rule]:
    table: dict[str, Rule] = {}
    for r in rules:
        if r.name in table:
            raise ValueError(f"duplicate rule name {r.name!r}")
        table[r.name] = r
    return table


K = RemovalKind

RULES: dict[str, Rule] = _registry(
    # --- whole lines (stage: label) -----------------------------------------
    Rule("line.chrome_phrase", K.CHROME, "the line is a known site-chrome phrase"),
    Rule("line.section_header", K.SECTION_HEADER, "the line heads a list of other stories"),
    Rule(
        "line.cut_titles",
        K.NAVIGATION,
        "one of several link titles in a row, each cut short with an ellipsis",
    ),
    Rule(
        "line.scoped_section_header",
        K.SECTION_HEADER,
        "a list header's opening with a site's or desk's name ('More from SFGATE')",
    ),
    Rule(
        "line.image_debris",
        K.IMAGE_DEBRIS,
        "the line is a fragment of an image URL or an image's size ('640x360')",
    ),
    Rule("line.advert", K.ADVERT, "the line is an advertisement marker"),
    Rule(
        "line.story_resumes",
        K.CHROME,
        "the line says the story goes on below it ('Story continues below'): other stories "
        "above it sat inside the story",
    ),
    Rule("line.social", K.SOCIAL, "the line is a share button or a social counter"),
    Rule("line.legal", K.LEGAL, "the line is a copyright, cookie or privacy notice"),
    Rule("line.navigation", K.NAVIGATION, "the line is a menu item or a link to another page"),
    Rule("line.reading_time", K.CHROME, "the line is a reading-time estimate ('5 min read')"),
    Rule("line.comments", K.SOCIAL, "the line opens reader comments ('Jane says:', '12 Comments')"),
    # --- content selection (stage: content) ---------------------------------
    Rule("content.outside", K.BOILERPLATE, "the line lies outside the story's content region"),
    Rule(
        "kind.post_action",
        K.CHROME,
        "a post's action button in a thread ('Reply', 'Quote', 'Antworten', 'Responder')",
    ),
    Rule(
        "content.unclaimed",
        K.BOILERPLATE,
        "no stage kept the text; recorded so nothing is lost silently",
    ),
    Rule(
        "content.short_in_region",
        K.BOILERPLATE,
        "a short line inside the region that reads as chrome",
    ),
    Rule("content.duplicate", K.BOILERPLATE, "story text printed a second time on the page"),
    Rule("content.caption", K.CREDIT, "an image caption or photo credit inside the story"),
    Rule(
        "content.promo",
        K.CHROME,
        "the site's prompt to subscribe to it or follow it ('Sign up for our newsletter')",
    ),
    Rule(
        "content.teaser", K.READ_MORE, "a link to another story ('READ MORE: ...') inside the story"
    ),
    Rule(
        "content.dangling_label", K.CHROME, "a short label ending in ':' with no body text after it"
    ),
    Rule(
        "content.list_in_region",
        K.NAVIGATION,
        "a run of short lines inside the region: a menu or link list (not written like sentences)",
    ),
    # --- cards (stage: segment) ---------------------------------------------
    Rule("card.debris", K.IMAGE_DEBRIS, "debris between two cards"),
    Rule("card.section_header", K.SECTION_HEADER, "a short heading right above the first card"),
    Rule("card.field_separator", K.CHROME, "a separator between the fields of a card header"),
    Rule(
        "card.rank", K.CHROME, "a list's rank or bullet before a card's headline (\"1. \", \"• \")"
    ),
    Rule("card.photo_credit", K.CREDIT, "a photo credit among cards ('Image: Shutterstock')"),
    Rule(
        "card.action",
        K.CHROME,
        "a call to action among cards ('Join Slate Plus', 'Sign up for the newsletter'), no source",
    ),
    Rule("card.stray", K.BOILERPLATE, "a short line after a card's body that is in no card"),
    Rule("card.reading_time", K.CHROME, "a reading-time estimate among a card header's fields"),
    Rule("card.comment_count", K.CHROME, "a reader-comment count among a card header's fields"),
    Rule(
        "card.section_label",
        K.SECTION_HEADER,
        "a section or desk name above or among a card's header fields ('POLITICS'), not its source",
    ),
    Rule("card.repeat", K.NAVIGATION, "a related card the page already showed"),
    # --- inside paragraphs (stage: inline) ----------------------------------
    Rule("inline.read_more", K.READ_MORE, "a 'read more' link inside the text"),
    Rule("inline.advert", K.ADVERT, "an advert marker inside the text"),
    Rule("inline.image_debris", K.IMAGE_DEBRIS, "a fragment of an image URL inside the text"),
    Rule("inline.tracking_code", K.TRACKING, "a tracking or campaign code at the end of the text"),
    Rule("inline.video_chapters", K.VIDEO_CHAPTERS, "a video chapter list (time, title, ...)"),
    Rule("inline.photo_credit", K.CREDIT, "a photo credit before the repeated headline"),
    Rule(
        "inline.duplicate_title",
        K.DUPLICATE_TITLE,
        "the headline printed again at the body's start",
    ),
    Rule("inline.credit_line", K.CREDIT, "an attribution line ('With inputs from agencies')"),
    # --- limits (stage: pipeline) ------------------------------------------
    Rule(
        "limit.line_too_long",
        K.BOILERPLATE,
        "the line is longer than Options.max_line_chars; no stage read it",
    ),
    # --- HTML (stage: html) ---------------------------------------------------
    Rule("html.outside", K.BOILERPLATE, "the block lies outside the page's main-story container"),
    Rule("html.nav", K.NAVIGATION, "the block is in a menu, <nav>, <aside>, <footer> or form"),
    Rule("html.header", K.CHROME, "the block is in the story's <header> (headline, byline, date)"),
    Rule(
        "html.other_heading",
        K.CHROME,
        "a heading taken for the headline (a site's name) where another prints the page's title",
    ),
    Rule("html.link_dense", K.NAVIGATION, "most of the block's text is links"),
    Rule("html.class_share", K.SOCIAL, "the block's class or id marks share buttons"),
    Rule("html.class_comments", K.SOCIAL, "the block's class or id marks reader comments"),
    Rule(
        "html.comment_heading",
        K.SOCIAL,
        "the block is under a heading over reader comments ('Comments (12)', 'Leave a Reply')",
    ),
    Rule("html.class_related", K.NAVIGATION, "the block's class or id marks related stories"),
    Rule("html.class_newsletter", K.CHROME, "the block's class or id marks a sign-up prompt"),
    Rule("html.class_ad", K.ADVERT, "the block's class or id marks an advertisement"),
    Rule("html.class_cookie", K.LEGAL, "the block's class or id marks a cookie notice"),
    Rule("html.class_byline", K.CHROME, "the block's class or id marks a byline or date"),
    Rule("html.caption", K.CREDIT, "the block is an image caption or credit"),
    Rule(
        "html.above_title",
        K.CHROME,
        "the block sits above the headline in the story's container (a kicker, a breadcrumb)",
    ),
    Rule("html.punctuation", K.CHROME, "the block holds no word, only symbols"),
    Rule(
        "html.card_rest",
        K.CHROME,
        "a line of a related-story card that is not its headline, header or prose",
    ),
    Rule(
        "html.closing_prompt",
        K.CHROME,
        "a sign-up, follow or subscribe prompt after the story's last paragraph",
    ),
    # --- edits (stage: assemble) --------------------------------------------
    Rule("edit.join", None, "a space inserted between run-together sentences"),
    Rule("edit.space_before_punct", None, "a stray space before punctuation removed"),
)


def rule(name: str) -> Rule:
    """Look a rule up by name; unknown names are a programming error.

    >>> rule("inline.read_more").reason
    "a 'read more' link inside the text"
    """
    return RULES[name]


def removal(name: str, text: str, start: int, end: int) -> Removal:
    """The record of ``text`` (at ``start``..``end``) removed under rule ``name``.

    >>> removal("card.repeat", "Title", 0, 5).kind
    <RemovalKind.NAVIGATION: 'navigation'>
    """
    kind = RULES[name].kind
    if kind is None:
        raise ValueError(f"{name!r} is an edit rule, not a removal rule")
    return _removal(text, start, end, kind, name)


_removal = builder(Removal)  # (``Removal(...)`` without the class call)
