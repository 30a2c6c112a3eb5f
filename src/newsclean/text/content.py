"""Stage 4a: the main story's title and body among the lines before the cards.

A flattened page puts menus, teasers, captions and footers around the
story. Content selection works in three steps, each linear in the lines:

1. **Score every line** (``newsclean.text.features``): a line that reads as
   story text (enough words, ends like a sentence, dense in function words)
   scores its word count; any other line a small penalty; chrome (lexicon
   phrases, reader comments, legal notices) a large one.
2. **Pick the region**: the best-scoring contiguous run of lines (maximum
   subarray), so short gaps between paragraphs (subheadings, quotes) are
   bridged and long menus are not. When the page's first line (its
   ``<title>``) is printed again further down, that is the headline and the
   region is the best run that starts near it, when that run holds a fair
   share of the page's story text or, with a byline or date under the
   headline, at least about 40 words (a video title or a teaser near the
   headline is no story). Story lines
   after the first reader-comment marker weigh less, so a comment thread
   does not outscore the story. A list the story introduces with a colon,
   written like sentences, weighs nothing between two story lines, so a
   long one does not end the story at its colon.
3. **Clean the region**: drop captions and photo credits, "READ MORE: ..."
   teasers, runs of short lines (link lists), card-header lines and dangling
   labels ending in ":"; keep single short lines between paragraphs, a run
   of short lines written like sentences (a list the story holds between
   its paragraphs: bullet points, a table's rows), and a list the story
   introduces with a colon after its last paragraph
   (``newsclean.text.story_lists``).

The headline is the repeated page title, else the nearest short line above
the region.

>>> from newsclean.text.label import label_blocks
>>> from newsclean.text.blocks import split_blocks
>>> p1 = "The council approved the new budget on Monday after a long debate."
>>> p2 = "Opposition members said that the plan would raise taxes for most families."
>>> page = f"Home\\nWorld\\nCouncil backs budget\\n{p1}\\nPhoto: Jane Roe\\n{p2}\\nShare"
>>> main = select_main(label_blocks(split_blocks(page)))
>>> main.title.text, len(main.body)
('Council backs budget', 2)
>>> sorted({r.rule for r in main.removed})
['content.caption', 'content.outside', 'line.chrome_phrase']
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass

import regex

from newsclean.core.fastinit import builder
from newsclean.core.options import Options
from newsclean.core.rules import rule
from newsclean.core.types import CUE_LABELS, Block, Decision, Label, Removal, RemovalKind
from newsclean.text.features import LineFeatures, line_features, stopwords
from newsclean.text.promo import is_promo
from newsclean.text.story_lists import introduced_list, item_cased

__all__ = [
    "MainContent",
    "headline_candidates",
    "headline_matches",
    "is_caption",
    "select_main",
]


@dataclass(frozen=True, slots=True)
class MainContent:
    """What ``select_main`` found: the headline, body lines and dropped lines."""

    title: Block | None
    body: tuple[Block, ...]
    removed: tuple[Removal, ...]
    header: tuple[Decision, ...] = ()  # the story's byline and date lines


# Line classes: story text, a sentence too short to carry a region, any other
# line, chrome.
_GOOD, _NEAR, _SHORT, _BAD, _DUPLICATE = 0, 1, 2, 3, 4
_SENTENCE_END = re.compile(r"[.!?…](?=\s)|[。！？।]")
_WEAK = frozenset({_SHORT, _BAD})
_PREFIX_CHARS = 60  # a story line starting like an earlier one repeats it
_MEDIAN_WORDS = 15  # lines whose stopword densities give the page's median
_OUTSIDE = "content.outside"
_ADVERT = "line.advert"

# Captions and photo credits: "Photo: Jane Roe/AP", "Image 1 of 23",
# "... (Image: GETTY)", "Credit... Doug Mills/The New York Times".
_CAPTION = regex.compile(
    r"^(?:photo|image|picture|pic|credit|foto|фото|bild)s?\b(?:\s*credit)?\s*(?:[:|/.…]|\d+\s+of\s+\d+)"
    r"|\((?:image|photo|picture|pic|credit|foto|bild)s?(?:\s+credit)?\s*:[^)]{0,80}\)\s*$"
    r"|\bcredit(?:s)?\s*(?::|\.\.\.|…)"
    r"|\b(?:getty\s+images|shutterstock|istock(?:photo)?|ap\s+photo|afp\s+via\s+getty|epa-efe)\b"
    # wire captions: "In this Dec. 12, 2006, file photo, ...", "... (NASA via AP, File)"
    r"|^in\s+this\b.{0,60}?\bfile\s+photo\b"
    r"|\([^()]{0,60}\bvia\s+ap\b[^()]{0,30}\)\s*$",
    regex.IGNORECASE,
)
# _CAPTION is slow on a long line; _caption first looks for a literal that one
# of its branches needs in the lower-cased line (the first branch is anchored:
# the line starts with one of its words), and most lines hold none:
# "(" (the bracketed branch), "credit", "photo" (also in "ap photo"),
# "getty", "shutterstock", "istock", "epa-efe": tested in _caption.
_CAPTION_STARTS = ("image", "pic", "foto", "фото", "bild")
# Letters that IGNORECASE matches to a letter of _CAPTION but ``str.lower``
# does not turn into it (checked against every code point in the unit tests).
_FOLD_ODD = ("\u0130", "\u017f", "\u1c82", "\u1c84", "\u1c85")  # İ ſ ᲂ ᲄ ᲅ
# A link to another story: "READ MORE: ...", "Also read | ...", "See also: ...".
_TEASER = regex.compile(
    r"^(?:read\s+(?:more|also|next)|also\s+read|see\s+also|related|more|watch|listen|recommended"
    r"|more\s+on\s+this|click\s+here)\b\s*(?:[:|»>›]|[-–—]\s)",
    regex.IGNORECASE,
)
_URL_LINE = regex.compile(r"^(?:https?://|www\.)\S*$", regex.IGNORECASE)
# What a line that either pattern matches starts with, lowered: each
# alternative's first letter, and the long s that IGNORECASE folds to "s"
# (checked against every code point in the unit tests). Most story lines
# start with none of them, and are spared the call.
_TEASER_FIRST = frozenset("rasmwlc\u017f")
_URL_FIRST = frozenset("hw")
# A bare comment counter ("12 Comments") is not the start of the comment thread.
_COMMENT_COUNTER = regex.compile(r"^\d+\s+\w+$")
_SEP = regex.compile(r"\s+[|\-–—:•·»]\s+|\s*\|\s*")
_NON_WORD = regex.compile(r"[\W_]+")
# A short parenthesis a headline adds to what its <title> says: a gloss, an
# original name, a count ("Skyrim (TES V) running speed", "Diet (14 days)").
# (a ``re`` pattern: as a ``regex`` one it cost ~14M instructions a text pass
# in the module's first-use work, on ~60 lines a pass)
_GLOSS = re.compile(r"\([^()\n]{1,40}\)")
# The same on ASCII text as one byte table (letters lower-cased, any other
# byte a space): a translate and a split are cheaper than a regex sub.
_ASCII_NORM = bytes(ord(chr(b).lower()) if b < 128 and chr(b).isalnum() else 32 for b in range(256))
_TITLE_REACH = 8  # lines above the region searched for a headline
_HEADER_REACH = 30  # lines above the region searched for the story's byline or date
_HEADER_GAP = 4  # lines a headline may stand above its byline or date
_HEADLINE_MAX_WORDS = 30
_HEADLINE_MIN_WORDS = 6  # a shaped line this long reads as a headline, not a kicker
_TITLE_CASE_LETTERS = 4  # words this long are capitalised in a Title Case headline
_TITLE_CASE_WORDS = 3  # and a Title Case line has at least this many
_PART_LENGTHS = 0.75  # a <title> part this share of the longest's length is about as long
_KICKER_WORDS = 2  # a line this short above a headline is its kicker or section name
_NAMED_WORDS = 4  # a shorter line of no function word may be a name
_ANCHOR_MIN_SCORE = 40.0  # a run near the headline this good (~40 words of prose) is a story
_PROMO_MAX_WORDS = 40  # a sign-up prompt is a line or two, no paragraph
_CARD_LABELS = frozenset({Label.SOURCE, Label.TIMESTAMP, Label.BYLINE})
# (a module name: an enum member looked up on its class costs several
# times a global's, and the per-line loops test it on every line)
_SECTION_HEADER = Label.SECTION_HEADER


def select_main(
    decisions: tuple[Decision, ...],
    options: Options | None = None,
    *,
    title: str | None = None,
    heads: list[int] | None = None,
) -> MainContent:
    """Pick the headline and the body lines of the main story.

    Every line that is neither is returned as a ``Removal`` naming its rule.
    ``title`` is what the page's markup states is its title (a Markdown
    page's first level-1 heading; ``headline_candidates``). ``heads``:
    ``headline_candidates(decisions, title)``, when the caller has it.
    """
    options = options or Options()
    if not decisions:
        return MainContent(None, (), ())
    stop = stopwords(options.language)
    feats, classes, scores, marker, islands = _lines(decisions, stop, options)
    if heads is None:
        heads = headline_candidates(decisions, title)
    start, end, anchor = _region(
        decisions, feats, classes, scores, marker, heads, options, islands
    )
    if anchor is None and end >= start:
        # the story's own header inside the region's top: the story starts there
        inner = _story_header(decisions, feats, min(end, start + _HEADER_GAP + 2) + 1, start)
        # (a headline that is the region's first line is the title too, unless
        # the page's title repeats above it: a standfirst may stand there)
        if (
            inner is not None
            and (inner > start or (inner == start and not any(h < start for h in heads)))
            and not _headed_story(decisions, feats, scores, start, inner)
        ):
            start, anchor = inner, inner
    if anchor is not None and end >= start:
        start = _unpunctuated_lead(decisions, feats, classes, anchor, start, stop, options)
    n = len(decisions)
    verdicts: list[str | None]  # None keeps the line
    if end >= start:
        verdicts = [_OUTSIDE] * start + [None] * (end - start + 1) + [_OUTSIDE] * (n - end - 1)
    else:
        verdicts = [_OUTSIDE] * n
    _clean_region(decisions, feats, classes, verdicts, start, end, options)
    if end >= start:
        # "Here are the best deals:" and the numbered list it introduces
        listed = introduced_list(decisions, end) or introduced_list(decisions, end + 1)
        for k in listed:
            verdicts[k] = None
        end = max(end, listed[-1]) if listed else end
    at = _title(decisions, feats, classes, start, anchor, heads, stop) if end >= start else None
    headline = decisions[at].block if at is not None else None
    cues = _header_cues(decisions, at, end) if at is not None else ()
    taken = {at, *cues} if at is not None else set()
    body: list[Block] = []
    removed: list[Removal] = []
    kinds: dict[str, RemovalKind] = {}  # rule name -> its kind, looked up once
    for i, d in enumerate(decisions):
        verdict = verdicts[i]
        if i in taken:
            continue
        if verdict is None:
            body.append(d.block)
            continue
        if d.kind is not None:
            verdict = d.rule  # chrome keeps the rule that labelled it
        elif (
            verdict == _OUTSIDE and feats[i].colon and _dangling_label(feats, classes, verdicts, i)
        ):
            verdict = "content.dangling_label"
        kind = kinds.get(verdict)
        if kind is None:
            kind = rule(verdict).kind
            assert kind is not None
            kinds[verdict] = kind
        b = d.block
        removed.append(_removal(b.text, b.start, b.end, kind, verdict))
    header = tuple(decisions[i] for i in cues)
    return MainContent(headline, tuple(body), tuple(removed), header)


_removal = builder(Removal)  # (``Removal(...)`` without the class call: most lines get one)


def _lines(
    decisions: tuple[Decision, ...], stop: frozenset[str], options: Options
) -> tuple[list[LineFeatures], list[int], list[float], int | None, dict[int, float]]:
    """Every line's features, class and score for the region search, the
    position of the first reader-comment marker (None if there is none) and
    the story lines weighed down as islands, with their scores before.

    One pass measures the lines (a text the page repeats is measured once)
    and classes every line but the story-text candidates: whether those are
    prose depends on the page's stopword median, known only after the pass,
    so a second pass goes over the candidates alone. The ``stop_ratio`` of
    the features is only read there: the first pass measures it on the lines
    the median needs, the second on the shorter candidates that need it.
    """
    median_words = max(_MEDIAN_WORDS, options.good_line_words)  # lines with a ratio for the median
    adverts: list[int] = []
    feats, classes, scores, ratios, candidates, marker = _measure(
        decisions, stop, options, median_words, adverts
    )
    # Stopword density only counts on pages whose long lines have stopwords
    # at all (a language without a list scores 0 everywhere).
    ratios.sort()
    use_stop = bool(ratios) and ratios[len(ratios) // 2] >= options.min_stopword_ratio / 2
    goods = _settle_candidates(
        decisions, candidates, feats, classes, scores, stop, options, median_words, use_stop
    )
    islands = _weigh_islands(goods, classes, scores, options)
    _bridge_introduced_lists(decisions, classes, scores, options)
    slot = -1  # the top line of the ad slot below the line looked at
    for i in reversed(adverts):
        # an ad slot with story text right below it interrupts the story, no
        # end of it: a short line's penalty, so a last paragraph still joins.
        # A slot may print its marker twice ("Advertisement" / "Advertisement",
        # its label and its placeholder): one slot, one penalty, on its top line
        if i + 1 < len(classes) and (classes[i + 1] == _GOOD or i + 1 == slot):
            if i + 1 == slot:
                scores[slot] = 0.0
            scores[i] = -options.short_line_penalty
            slot = i
    return feats, classes, scores, marker, islands


def _measure(
    decisions: tuple[Decision, ...],
    stop: frozenset[str],
    options: Options,
    median_words: int,
    adverts: list[int],
) -> tuple[list[LineFeatures], list[int], list[float], list[float], list[int], int | None]:
    """The first pass of ``_lines``: every line's features, the class and score of
    every line but the story-text candidates, the stopword densities of the lines
    of ``median_words`` or more, the candidates and the first comment marker
    (and, into ``adverts``, the ad slots' markers)."""
    good_words, long_words = options.good_line_words, options.long_line_words
    barrier, short = -options.barrier_penalty, -options.short_line_penalty
    n = len(decisions)
    feats: list[LineFeatures] = []
    classes = [_SHORT] * n  # the usual class: set only the others
    scores = [short] * n
    known: dict[str, LineFeatures] = {}
    ratios: list[float] = []  # stopword densities of the long lines
    candidates: list[int] = []
    marker: int | None = None
    for i, d in enumerate(decisions):
        text = d.block.text
        f = known.get(text)
        if f is None:
            f = known[text] = line_features(text, stop, median_words)
        feats.append(f)
        words = f.words
        if words >= median_words and f.stop_ratio >= 0:
            ratios.append(f.stop_ratio)
        if (
            marker is None
            and d.rule == "line.comments"
            and candidates  # a "Leave a comment" link above all story text opens no thread
            and not _COMMENT_COUNTER.match(text)
        ):
            marker = i
        if d.kind is not None or d.label is _SECTION_HEADER:
            classes[i] = _BAD
            scores[i] = barrier
            if d.rule == _ADVERT:
                adverts.append(i)
        elif words >= good_words and (f.terminal or words >= long_words):
            if f.terminal or not _name_list(text, f, options.min_stopword_ratio):
                candidates.append(i)  # settled by _settle_candidates
        elif f.terminal and words >= 4:
            classes[i] = _NEAR
            scores[i] = 0.0
    return feats, classes, scores, ratios, candidates, marker


def _name_list(text: str, f: LineFeatures, min_ratio: float) -> bool:
    """Whether a long line that ends no sentence is a list of names (a select
    box's options, a tag cloud, a menu run together): no sentence ends inside
    it either, and it has fewer stopwords than prose has (a language with no
    stopword list measures none: never a list here).

    >>> f = LineFeatures(30, 200, terminal=False, colon=False, stop_ratio=0.0, unspaced=False)
    >>> _name_list("Politics World Business Sport Culture Travel Science", f, 0.15)
    True
    >>> _name_list("He left. She stayed", f, 0.15)
    False
    """
    return 0 <= f.stop_ratio < min_ratio and _SENTENCE_END.search(text) is None


def _settle_candidates(
    decisions: tuple[Decision, ...],
    candidates: list[int],
    feats: list[LineFeatures],
    classes: list[int],
    scores: list[float],
    stop: frozenset[str],
    options: Options,
    median_words: int,
    use_stop: bool,
) -> list[int]:
    """The second pass of ``_lines``: class and score the story-text candidates
    in place (prose, near, a duplicate of the story) and return the story lines."""
    good_words, min_ratio = options.good_line_words, options.min_stopword_ratio
    goods: list[int] = []
    seen: set[str] = set()
    story = _StoryText()
    for i in candidates:
        f = feats[i]
        text = decisions[i].block.text
        if use_stop and f.words < median_words:
            f = line_features(text, stop, good_words)  # with its ratio
        prose = not use_stop or f.stop_ratio < 0 or f.stop_ratio >= min_ratio
        if not prose:
            if f.terminal and f.words >= 4:
                classes[i], scores[i] = _NEAR, 0.0
            continue
        key = _prefix_key(text)
        # the story printed again (print or AMP copy): neutral; a copy may
        # also come as one line holding many of the story's paragraphs
        if key in seen or (f.words >= _COPY_MIN_WORDS and story.repeats(text)):
            classes[i], scores[i] = _DUPLICATE, 0.0
            continue
        seen.add(key)
        story.add(text)
        classes[i], scores[i] = _GOOD, float(f.words)
        goods.append(i)
    return goods


def _weigh_islands(
    goods: list[int], classes: list[int], scores: list[float], options: Options
) -> dict[int, float]:
    """Scale the scores of story lines standing alone between non-story lines,
    and return their scores before.

    Such a line is a teaser card (headline, byline, teaser, headline, ...)
    more often than a paragraph, when the page repeats the pattern.
    """
    gap = max(0, options.island_gap_lines)  # a negative gap looks at no neighbour
    islands = [
        i
        for i in goods
        if _WEAK.issuperset(classes[max(0, i - gap) : i])
        and _WEAK.issuperset(classes[i + 1 : i + 1 + gap])
    ]
    # only a repeated pattern is a card list
    if len(islands) < options.min_islands:
        return {}
    before = {i: scores[i] for i in islands}
    for i in islands:
        scores[i] *= options.island_weight
    return before


_COPY_MIN_WORDS = 100  # a line this long may be the story's paragraphs run together
_COPY_PROBES = (0.25, 0.5, 0.75)  # where such a line is sampled
_COPY_PROBE_CHARS = 40
_COPY_WINDOW = 30_000  # characters of story text looked back over


class _StoryText:
    """The story lines read so far, the last ``_COPY_WINDOW`` characters kept:
    a long line is checked against them in bounded time, so a page of many
    long lines stays linear."""

    def __init__(self) -> None:
        self._parts: deque[str] = deque()
        self._size = 0

    def add(self, line: str) -> None:
        self._parts.append(line)
        self._size += len(line) + 1
        while self._size > _COPY_WINDOW and len(self._parts) > 1:
            self._size -= len(self._parts.popleft()) + 1

    def repeats(self, text: str) -> bool:
        """Whether samples of ``text`` all occur in the story lines read so far."""
        if not self._parts:
            return False
        above = " ".join(self._parts)  # a copy runs the paragraphs together
        for at in _COPY_PROBES:
            start = int(len(text) * at)
            if text[start : start + _COPY_PROBE_CHARS] not in above:
                return False
        return True


def _prefix_key(text: str) -> str:
    return _norm(text[:_PREFIX_CHARS])


def _best_run(
    scores: list[float], lo: int, hi: int, last_start: int | None = None
) -> tuple[float, int, int]:
    """Maximum-sum run of ``scores[lo:hi]``: (sum, first, last); last < first if none.

    Runs are cut where their sum falls to zero or below (no run carries a
    stretch of chrome that costs more than the text before it). With
    ``last_start``, only runs that start at or before it count.

    >>> _best_run([1.0, -5.0, 2.0, 3.0], 0, 4), _best_run([1.0, -5.0, 2.0, 3.0], 0, 4, 1)
    ((5.0, 2, 3), (1.0, 0, 0))
    """
    last = hi if last_start is None else last_start
    best, best_start, best_end = 0.0, lo, lo - 1
    total, run_start = 0.0, lo
    for i in range(lo, hi):
        if total <= 0:
            if i > last:
                break  # every run from here starts too late
            total, run_start = 0.0, i
        total += scores[i]
        if total > best:
            best, best_start, best_end = total, run_start, i
    return best, best_start, best_end


def _region(
    decisions: tuple[Decision, ...],
    feats: list[LineFeatures],
    classes: list[int],
    scores: list[float],
    marker: int | None,
    heads: list[int],
    options: Options,
    islands: dict[int, float],
) -> tuple[int, int, int | None]:
    """The content region (first, last line positions) and the headline position.

    Story lines from ``marker`` (the first reader-comment marker) on weigh less;
    ``islands`` (story lines weighed down as teaser cards, with their scores
    before) weigh in full again under the story's own header.
    """
    if marker is not None:
        w = options.comment_zone_weight
        scores = scores[:marker] + [s * w if s > 0 else s for s in scores[marker:]]
    best, start, end = _best_run(scores, 0, len(scores))
    if end < start:
        # no line reads as story text on its own (a short page): lines
        # labelled body text count by their words instead
        fallback = [
            float(feats[k].words) if d.label is Label.BODY and classes[k] != _BAD else scores[k]
            for k, d in enumerate(decisions)
        ]
        best, start, end = _best_run(fallback, 0, len(fallback))
        return start, end, None
    for h in heads:
        cues = _header_cues(decisions, h, min(h + _HEADER_GAP, len(decisions) - 1))
        cued = bool(cues)
        under = _under_header(scores, classes, islands, h, marker) if cued else scores
        if cued and cues[-1] > h:
            # right under its own header (below the byline or date) the story
            # starts: the run there, when it holds a fair share of the page's
            # best, before a better one further down (an "about us" blurb)
            top = cues[-1] + 1
            b, s, e = _best_run(under, top, len(scores), top + _KICKER_WORDS)
            if e >= s and b >= options.headline_min_share * best:
                return s, e, h
        # the best run that starts near the headline, not the page's best after it
        b, s, e = _best_run(under, h + 1, len(scores), h + options.headline_window)
        if (
            e >= s
            # the page's headline with a byline or date of its own (under it, or a
            # date right above) heads the story, however much teaser text the
            # page holds elsewhere
            and (
                b >= options.headline_min_share * best
                # a video title or a teaser near the headline is no story
                or (b >= _ANCHOR_MIN_SCORE and cued)
            )
        ):
            return s, e, h
    return start, end, None


def _under_header(
    scores: list[float],
    classes: list[int],
    islands: dict[int, float],
    head: int,
    marker: int | None,
) -> list[float]:
    """``scores`` with the islands below a story's own header (the repeated
    headline over a byline or date) weighed in full again, down to the first
    chrome line or section header, when the story's first paragraph is one:
    under its header, a paragraph between short lines (a listicle's item
    under its name and price) is the story's, not a teaser card's. A story
    that starts as running text keeps the islands below it weighed down
    (the teaser cards after it)."""
    if not islands:
        return scores
    stop = len(scores) if marker is None else marker
    first = next((k for k in range(head + 1, stop) if classes[k] == _GOOD), None)
    if first is None or first not in islands:
        return scores  # the story starts as running text: islands below it are cards
    out: list[float] | None = None
    for k in range(head + 1, stop):
        if classes[k] == _BAD:
            break
        raw = islands.get(k)
        if raw is not None:
            if out is None:
                out = list(scores)
            out[k] = raw
    return scores if out is None else out


def headline_candidates(decisions: tuple[Decision, ...], title: str | None = None) -> list[int]:
    """Positions of lines that repeat the page's first line (its ``<title>``).

    The first line of a flattened page is usually the document title,
    "Headline | Site"; the story's own headline prints its longest part
    again just above the story, maybe behind a kicker ("Watch | ...").
    When the markup states the title
    (``title``: a Markdown page's "# Headline"), the lines that print it
    are the candidates, the first line included.

    >>> from newsclean.text.label import label_blocks
    >>> from newsclean.text.blocks import split_blocks
    >>> page = "Budget passes after a debate | The Daily\\nHome\\nBudget passes after a debate"
    >>> headline_candidates(label_blocks(split_blocks(page)))
    [2]
    """
    return pick_candidates(headline_matches(decisions, title))


def pick_candidates(matches: tuple[list[int], list[int]], n: int | None = None) -> list[int]:
    """``headline_candidates`` of ``headline_matches``' two kinds, of the
    first ``n`` lines: the lines printing the headline alone, else those
    printing it behind a kicker.

    >>> pick_candidates(([4, 9], [1]), 5), pick_candidates(([9], [1]), 5)
    ([4], [1])
    """
    out, kicked = matches
    if n is not None:
        out, kicked = [i for i in out if i < n], [i for i in kicked if i < n]
    return out or kicked


def headline_matches(
    decisions: tuple[Decision, ...], title: str | None = None
) -> tuple[list[int], list[int]]:
    """The two kinds of line ``headline_candidates`` picks from: those that
    print the headline alone, and those that print it behind a kicker. Each
    line is tested on its own text and the page's first line, so the
    candidates of the first ``n`` lines are these cut below ``n``: a caller
    that reads a page and a head of it (the story above its cards) looks
    once.

    >>> from newsclean.text.label import label_blocks
    >>> from newsclean.text.blocks import split_blocks
    >>> page = "Budget passes after a debate | Daily\\nWatch | Budget passes after a debate"
    >>> headline_matches(label_blocks(split_blocks(page + "\\nBudget passes after a debate")))
    ([2], [1])
    """
    if not decisions:
        return [], []
    first = decisions[0].block.text if title is None else title
    if len(first) > 300:
        return [], []
    parts = [p for p in _SEP.split(first) if p]
    if not parts:
        return [], []
    # the longest part ("Site: The headline"); of a title of two parts whose
    # longest is the last, the first printed whole when the longest is
    # printed nowhere, or printed first when the two are about as long: a
    # site's name may be the longest ("About bugs – Vortex Cannon
    # Entertainment"); a site's sections sit among more parts
    longest = max(parts, key=len)
    found = _matches(decisions, _norm(longest), first, title, len(parts) > 1)
    if len(parts) != 2 or longest is not parts[1]:
        return found
    printed = found[0] or found[1]
    if printed and len(parts[0]) < _PART_LENGTHS * len(longest):
        return found
    own = _matches(decisions, _norm(parts[0]), first, title, True, whole_only=True)
    # of two parts about as long, length tells no headline from a site's
    # name: the part printed first under the <title> heads the page (the
    # name sits in a footer or a list of categories below the story)
    return own if not printed or (own[0] and own[0][0] < min(printed)) else found


def _matches(
    decisions: tuple[Decision, ...],
    head: str,
    first: str,
    title: str | None,
    several: bool,
    *,
    whole_only: bool = False,
) -> tuple[list[int], list[int]]:
    """``headline_matches`` of one part of the title, ``head`` (normalised);
    ``whole_only``: lines printing it whole, no shorter line it starts with."""
    if len(head) < 10:
        return [], []
    out: list[int] = []
    cut: list[int] = []  # lines printing the headline cut short
    kicked: list[int] = []
    limit = 2 * len(first) + 20
    shortest = int(0.6 * len(head))
    probe = head.split()[0]  # cheap test before normalising a line
    # a stated title of several parts ("Headline | Site") is the <title>: the
    # line that prints it whole is no headline, as the first line is not
    whole = _norm(first) if title is not None and several else None
    # the first line is the <title> unless it is the stated heading itself
    top = 0 if title is not None and _norm(decisions[0].block.text) == _norm(title) else 1
    for i, d in enumerate(decisions[top:], top):
        text = d.block.text
        if not shortest <= len(text) <= limit or d.kind is not None:
            continue
        if whole is not None and _norm(text) == whole:
            continue
        if probe not in text.casefold():
            continue
        key = _norm(text)
        if key.startswith(head):
            out.append(i)
        elif not whole_only and len(key) >= 0.6 * len(head) and head.startswith(key):
            cut.append(i)
        elif whole_only:
            continue
        elif head in key and any(_norm(p) == head for p in _SEP.split(text)):
            kicked.append(i)  # behind a kicker: "Watch | <headline>", "Video: <headline>"
        elif "(" in text and _norm(_GLOSS.sub(" ", text)).startswith(head):
            out.append(i)  # the headline with a gloss the <title> leaves out
    # (a line printing the headline alone is the headline, not its
    # breadcrumb: ``headline_candidates`` takes ``kicked`` only without one;
    # a line printing it cut short ("Standings" of "Standings NASCAR") is a
    # menu item or a sticky bar's copy when another line prints it whole)
    return out or cut, kicked


def _norm(text: str) -> str:
    if not text.isascii():
        # curly quotes and dashes keep much Latin text from being ASCII; each
        # is ``[\W_]``, so a space in its place changes no word, and the text
        # may take the byte table's path after all
        for c in _WIDE_PUNCT:
            if c in text:
                text = text.replace(c, " ")
        if not text.isascii():
            return _NON_WORD.sub(" ", text).strip().casefold()
    return " ".join(text.encode("ascii").translate(_ASCII_NORM).decode("ascii").split())


_WIDE_PUNCT = "’‘“”—–…«»·•"


def _clean_region(
    decisions: tuple[Decision, ...],
    feats: list[LineFeatures],
    classes: list[int],
    verdicts: list[str | None],
    start: int,
    end: int,
    options: Options,
) -> None:
    """Mark the lines inside the region that are not story text."""
    i = start
    while i <= end:
        if classes[i] == _GOOD:
            verdicts[i] = _in_region_verdict(decisions[i], feats[i])
            i += 1
            continue
        j = i
        while j <= end and classes[j] != _GOOD:
            j += 1
        shorts = sum(1 for k in range(i, j) if classes[k] in _WEAK)
        owned = shorts > options.max_gap_lines and _owned_list(decisions, classes, i, j)
        for k in range(i, j):
            if classes[k] == _DUPLICATE:
                verdicts[k] = "content.duplicate"
            elif classes[k] == _BAD:
                verdicts[k] = "content.outside"  # chrome: replaced by its own rule
            elif shorts > options.max_gap_lines and not owned:
                verdicts[k] = "content.list_in_region"
            else:
                verdicts[k] = _in_region_verdict(decisions[k], feats[k])
        i = j
    # a label ending in ":" must introduce story text
    for k in range(start, end + 1):
        if verdicts[k] is None and feats[k].colon and _dangling_label(feats, classes, verdicts, k):
            verdicts[k] = "content.dangling_label"


_ITEM_SHARE = 0.5  # share of a run's lines that must read as a story's list items
_ITEM_ENDS = frozenset(".;:!?")  # a run holding a line that ends so holds sentences


def _owned_list(
    decisions: tuple[Decision, ...], classes: list[int], i: int, j: int
) -> bool:
    """Whether lines ``i`` to ``j`` (a run of short lines between story lines
    inside the region) are a list the story holds, not a menu or teaser links.

    Story text runs on below the run, so the run sits inside the story; a
    list the story holds there (bullet points, a table's rows, questions and
    answers) is written like sentences: its words after the first are mostly
    lower case ("the cost and length of student travel", "Boonton: out
    Thursday"), and it is introduced by a line ending in ":" or holds a line
    that ends like a sentence or a clause. Headlines and menu entries
    capitalise most words ("Police Make Arrest In Missing Woman Case",
    "More Sports") and end in no punctuation ("China invites Taliban
    officials for talks"). A run holding a chrome line or a "More:" teaser is
    a site's block. Scripts without case give no evidence: the run goes, as
    any long run of short lines does.

    >>> from newsclean.text.label import label_blocks
    >>> from newsclean.text.blocks import split_blocks
    >>> ds = label_blocks(split_blocks("* the cost of school travel;\\n* more parent involvement"))
    >>> _owned_list(ds, [_SHORT, _SHORT], 0, 2)
    True
    >>> ds = label_blocks(split_blocks("China invites envoys to talks\\nRates rise again at banks"))
    >>> _owned_list(ds, [_SHORT, _SHORT], 0, 2)
    False
    """
    lines = items = 0
    ends = i > 0 and decisions[i - 1].block.text.endswith(":")  # introduced by a colon
    for k in range(i, j):
        c = classes[k]
        if c == _BAD:
            return False
        if c == _DUPLICATE:
            continue
        text = decisions[k].block.text
        if text[:1].lower() in _TEASER_FIRST and _TEASER.match(text):
            return False
        lines += 1
        if item_cased(text):
            items += 1
        ends = ends or c == _NEAR or text[-1:] in _ITEM_ENDS
    return ends and lines > 0 and items >= _ITEM_SHARE * lines


def _bridge_introduced_lists(
    decisions: tuple[Decision, ...], classes: list[int], scores: list[float], options: Options
) -> None:
    """Score the short lines of a list the story introduces with a colon, with
    story text below it, as neutral (0) instead of a short line's penalty.

    "Here are this year's events:" and the rows below it, then more story:
    the penalties of a long list would end the region at the colon, though
    the story goes on below it. Only a run between two story lines, whose
    intro (the line above it, or its first line) ends in ":" and which reads
    as the story's own list (``_owned_list``) is bridged; a menu or a run of
    headlines under a colon keeps its penalties. One pass over the lines.

    >>> from newsclean.text.label import label_blocks
    >>> from newsclean.text.blocks import split_blocks
    >>> ds = label_blocks(split_blocks("x:\\n* a fast one;\\n* the slow one\\n* the last one\\ny"))
    >>> scores = [10.0, -5.0, -5.0, -5.0, 10.0]
    >>> _bridge_introduced_lists(ds, [_GOOD, *[_SHORT] * 3, _GOOD], scores, Options())
    >>> scores
    [10.0, 0.0, 0.0, 0.0, 10.0]
    """
    n = len(classes)
    i = 0
    while i < n:
        if classes[i] != _GOOD:
            i += 1
            continue
        j = i + 1
        while j < n and classes[j] != _GOOD:
            j += 1
        if (
            i + 1 < j < n
            and (decisions[i].block.text.endswith(":") or decisions[i + 1].block.text.endswith(":"))
            and sum(1 for k in range(i + 1, j) if classes[k] in _WEAK) > options.max_gap_lines
            and _owned_list(decisions, classes, i + 1, j)
        ):
            for k in range(i + 1, j):
                if classes[k] == _SHORT:
                    scores[k] = 0.0
        i = j


def _in_region_verdict(d: Decision, f: LineFeatures) -> str | None:
    """None to keep a line inside the region, else the rule that drops it."""
    text = d.block.text
    if d.kind is not None:
        return "content.outside"
    if f.words <= 40 and is_caption(text):
        return "content.caption"
    # (the features' unspaced flag spares the other lines a search for the
    # phrases of scripts without spaces, ``max(text)`` on each line beyond
    # ASCII costs ~20M instructions a pass over aeb; a short line may hold a
    # few such words the features do not count as a run)
    if f.words <= _PROMO_MAX_WORDS and is_promo(
        text, unspaced=f.unspaced or (f.words <= _KICKER_WORDS and not text.isascii())
    ):
        return "content.promo"
    first = text[:1].lower()
    if f.words <= 40 and first in _TEASER_FIRST and _TEASER.match(text):
        return "content.teaser"
    if d.label in _CARD_LABELS or (first in _URL_FIRST and _URL_LINE.match(text)):
        return "content.short_in_region"
    return None


def _dangling_label(
    feats: list[LineFeatures], classes: list[int], verdicts: list[str | None], i: int
) -> bool:
    """A short line ending in ":" whose next line is not kept story text."""
    f = feats[i]
    if not f.colon or f.words > 10:
        return False
    nxt = i + 1
    return nxt >= len(feats) or verdicts[nxt] is not None or classes[nxt] == _BAD


def _title(
    decisions: tuple[Decision, ...],
    feats: list[LineFeatures],
    classes: list[int],
    start: int,
    anchor: int | None,
    heads: list[int],
    stop: frozenset[str],
) -> int | None:
    """Position of the headline: the repeated page title, else a headline
    printed twice next to a byline or date, else the headline of the story's
    own header (a headline with a byline or date below it), else the nearest
    headline-shaped line above the region. ``stop``: the language's
    function words."""
    if anchor is not None:
        return anchor
    above = [h for h in heads if h < start]
    if above:
        return above[-1]
    twice = _printed_twice(decisions, feats, start, stop)
    if twice is not None:
        return twice
    found = _story_header(decisions, feats, start)
    if found is not None:
        return found
    for i in range(start - 1, max(-1, start - 1 - _TITLE_REACH), -1):
        d, f = decisions[i], feats[i]
        if d.kind is not None or d.label in _CARD_LABELS or classes[i] == _BAD:
            continue
        if 2 <= f.words <= 25 and not f.terminal and not f.colon:
            return i
        if classes[i] == _GOOD:
            break
    return None


def _printed_twice(
    decisions: tuple[Decision, ...], feats: list[LineFeatures], start: int, stop: frozenset[str]
) -> int | None:
    """A headline the page prints twice, the second time next to a byline
    or date within a story header's reach above ``start`` (or at the
    region's top): sites repeat the headline in a bar over the page, and
    that marks it better than a line's place (an author's name, a photo
    credit or "Follow X on Twitter" between the headline and the date). The
    lowest such line. Menus repeat too, so a line next to no byline or date
    counts for nothing; nor does a name ("Adam Clark Estes": a few words,
    no function word among them)."""
    hi = min(len(decisions) - 1, start + _HEADER_GAP)
    lo = max(0, start - _HEADER_REACH)
    # (the texts printed above first, the shape tested on a repeat only: the
    # two prints of one text have one shape, and most lines repeat nothing)
    seen = {d.block.text for d in decisions[:lo] if d.kind is None and d.label not in CUE_LABELS}
    found: int | None = None
    for i in range(lo, hi):
        d = decisions[i]
        if d.kind is not None or d.label in CUE_LABELS:
            continue
        text = d.block.text
        if text in seen and (
            decisions[i - 1].label in CUE_LABELS or decisions[i + 1].label in CUE_LABELS
        ):
            f = feats[i]
            # (headline-shaped: three words or more)
            if _headline_shaped(text, f) and (
                f.words >= _NAMED_WORDS or any(w.casefold() in stop for w in text.split())
            ):
                found = i
        seen.add(text)
    return found


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _unpunctuated_lead(
    decisions: tuple[Decision, ...],
    feats: list[LineFeatures],
    classes: list[int],
    anchor: int,
    start: int,
    stop: frozenset[str],
    options: Options,
) -> int:
    """The region's start, moved up over the story's first lines when they read
    as prose but do not end like sentences (a site that prints no final
    periods): lines of ten words or more, dense in function words, with no
    year and no "|" (a post's meta line), between the headline at
    ``anchor`` (and at most its header's few short lines: byline, date,
    site name) and the region."""
    k = start
    while (
        k - 1 > anchor
        and classes[k - 1] == _SHORT
        and decisions[k - 1].kind is None
        and feats[k - 1].words >= options.good_line_words
        # a post's meta line reads as prose too ("Posted on September 3, 2012 at
        # 12:01 am as Plugin", "NFL.com Staff | Tags: ...")
        and "|" not in decisions[k - 1].block.text
        and _YEAR.search(decisions[k - 1].block.text) is None
        # (measured here: the first pass leaves lines under 15 words unmeasured)
        and line_features(decisions[k - 1].block.text, stop).stop_ratio
        >= options.min_stopword_ratio
    ):
        k -= 1
    if k == start or k - anchor - 1 > _HEADER_GAP:
        return start
    header = range(anchor + 1, k)
    if all(decisions[g].label in CUE_LABELS or feats[g].words <= _NAMED_WORDS for g in header):
        return k
    return start


def _headed_story(
    decisions: tuple[Decision, ...],
    feats: list[LineFeatures],
    scores: list[float],
    start: int,
    inner: int,
) -> bool:
    """Whether the region's top, above a header found inside it (``inner``), is
    a story of its own: its header (headline, byline or date) right above
    ``start`` and some forty words of story text before ``inner``. The header
    inside is then a related story's after it (a card whose time line
    follows its teaser), not the story's own under a preamble."""
    if start == 0 or decisions[start - 1].label not in CUE_LABELS:
        return False
    text = sum(s for s in scores[start:inner] if s > 0)
    return text >= _ANCHOR_MIN_SCORE and _story_header(decisions, feats, start) is not None


def _story_header(
    decisions: tuple[Decision, ...], feats: list[LineFeatures], start: int, floor: int = 0
) -> int | None:
    """The headline of the story's own header above its region.

    Sites print the headline, maybe a one-sentence standfirst, then the
    byline and the date, then share buttons and a photo before the text: a
    byline or date line within reach above ``start`` (and not above
    ``floor``), with a headline-shaped line a few lines above it, marks the
    headline.
    """
    lo = max(floor, start - _HEADER_REACH)
    cue = start - 1
    while cue >= lo:
        if decisions[cue].label not in CUE_LABELS:
            cue -= 1
            continue
        # the gap is counted above the header's top cue (byline, date, time)
        while cue > lo and decisions[cue - 1].label in CUE_LABELS:
            cue -= 1
        # the headline is the longest headline-shaped line in the gap above
        # the cue (the others are author lines, captions, kickers)
        best: int | None = None
        shaped: list[int] = []
        for k in range(cue - 1, max(lo, cue - _HEADER_GAP) - 1, -1):
            d, f = decisions[k], feats[k]
            if d.label in CUE_LABELS or d.kind is not None:
                continue
            if _headline_shaped(d.block.text, f):
                shaped.append(k)
                if best is None or f.words > feats[best].words:
                    best = k
            elif f.words > _HEADLINE_MAX_WORDS:
                break  # story text: the header ends here
            elif best is not None and f.words <= _KICKER_WORDS:
                break  # a kicker ("NEWS") above the headline: what is above is not the story's
        if best is not None:
            # a breadcrumb or a "<headline> | <site>" line holds the headline
            # printed on its own: the shorter line is the headline
            whole = decisions[best].block.text.casefold()
            inner = [k for k in shaped if k != best and decisions[k].block.text.casefold() in whole]
            if inner:
                return max(inner, key=lambda k: feats[k].words)
            # a headline-long line right above the longest one is the headline,
            # and the longest its standfirst (one without a closing period)
            if best - 1 in shaped and feats[best - 1].words >= _HEADLINE_MIN_WORDS:
                return best - 1
            return best
        cue -= 1
    return None


def _headline_shaped(text: str, f: LineFeatures) -> bool:
    """Headline words and no closing period (a headline may end in "?" or a
    quote), unless every longer word is capitalised and there are two
    sentences or an ellipsis (a Title Case headline: "Stock Is Falling. Why
    You Shouldn't Worry.", "Logitech Introduces Evolution in..."); no menu
    of three parts or more ("« Older | Main | Newer »")."""
    return (
        3 <= f.words <= _HEADLINE_MAX_WORDS
        and not f.colon
        and (
            not text.endswith(".")
            # (two sentences, or cut short: one Title Case sentence with a
            # period is a slogan or a greeting: "Best Wishes for The New Year.")
            or ((". " in text or text.endswith("...")) and _title_cased(text))
        )
        and text.count(" | ") < 2
        and not is_caption(text)
    )


def _title_cased(text: str) -> bool:
    """Whether every word of four letters or more starts with a capital, and
    there are three such words: a headline's Title Case, which no sentence
    of a standfirst or a story has (German capitalises its nouns, not its
    verbs; scripts without case have no capitals).

    >>> _title_cased("Stock Is Falling After Earnings. Why You Shouldn't Worry.")
    True
    >>> _title_cased("Shares of Home Depot fell after the report.")
    False
    """
    n = 0
    for w in text.split():
        if len(w) >= _TITLE_CASE_LETTERS and w[0].isalpha():
            if not w[0].isupper():
                return False
            n += 1
    return n >= _TITLE_CASE_WORDS


def is_caption(text: str) -> bool:
    """Whether ``_CAPTION`` finds a caption or photo credit in ``text``.

    >>> is_caption("Photo: Jane Roe/AP"), is_caption("The council met on Monday.")
    (True, False)
    """
    low = text.lower()
    # spelled out rather than any(...) over _CAPTION_WORDS: this runs on
    # every line of the region and a generator costs more than the tests
    if not (
        "(" in text
        or "credit" in low
        or "photo" in low
        or "getty" in low
        or "shutterstock" in low
        or "istock" in low
        or "epa-efe" in low
        or low.startswith(_CAPTION_STARTS)
        or (not text.isascii() and any(c in text for c in _FOLD_ODD))
    ):
        return False  # no branch of the pattern can match
    return _CAPTION.search(text) is not None


def _header_cues(decisions: tuple[Decision, ...], at: int, end: int) -> tuple[int, ...]:
    """Byline and date lines in the few lines below the headline, and a date
    right above it when none is below (some sites print the date first)."""
    stop = min(end + 1, at + 1 + _HEADER_GAP + 2)
    below = tuple(i for i in range(at + 1, stop) if decisions[i].label in CUE_LABELS)
    if (
        at > 0
        and decisions[at - 1].label is Label.TIMESTAMP
        and all(decisions[i].label is not Label.TIMESTAMP for i in below)
    ):
        return (at - 1, *below)
    return below
