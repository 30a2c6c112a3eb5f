"""Generated segmentation pages: a real main story, then related-article cards.

``generate_page(rng)`` builds one page in the shape of the shared segmentation
corpus (``../shared/corpora/segmentation``) and its gold JSON in exactly that
corpus' format, so ``benchmarks/segmentation.py``'s ``score_page`` scores it
unchanged. It is plain Python driven by a ``random.Random``: the same seed
gives the same page. The shared segmentation pages are never used as
material, only ``../shared/corpora/aeb`` (181 real pages):

* the main story is a real flattened page ``aeb/flat/<id>.txt`` with all its
  chrome, its gold body ``aeb/expected/<id>.json``'s ``articleBody``
  (paragraphs at blank lines, the lines of a paragraph joined by spaces, as
  the shared set does); only pages whose expected body is at least 95 %
  present in the flat text are used. Its gold title is the first ``<h1>``
  that is a whole line of the flat text and agrees with the page's
  ``<title>`` or og:title (an ``<h1>`` may hold a section's name, the logo or
  another story's headline), else an agreeing ``<h2>``/``<h3>`` line, else
  the ``<title>``'s headline piece when the page prints it as a line, else
  the first ``<h1>`` line (``_main_title``); source and time are null, as
  in the shared set;
* a card is another aeb article: its headline is the first piece of that
  page's ``<title>`` line (site suffix cut off), or, when that is unusable,
  a sentence of another page cut to 6-14 words without final period; its
  teaser is the first 1-4 paragraphs (of 8 words or more) of its expected
  body, capped at 20-250 words, the last one sometimes cut mid-paragraph.

Reference time: 2025-06-07T12:00Z (the benchmark's ``REFERENCE_TIME``).

Dimensions, each drawn independently per page (or per card where noted):

* **language** (argument): ``None`` (English) or one of ``LANGUAGES``; the
  card times, time labels, author prefixes, reading times, section headers
  and section labels then use that language, and only forms whose words the
  library's ``src/newsclean/data/<lang>/*.txt`` define (Dutch and Indonesian
  cards carry numeric dates only, as drawn before those languages had time
  words, so that their pages stay comparable from session to session; their author
  names come bare or after "Door" / "Oleh"; languages without reading-time
  words get no reading time).
  Card bodies stay whatever language their aeb page is in.
* **card fields** (per template): the headline plus any subset (the empty
  one included) of source, time, author ("By Jane Doe"; "By Jane Doe,
  Reuters" makes Reuters the source), section label/kicker ("POLITICS",
  "Technology": never the source), reading time ("5 min read"); the time
  relative ("2 hours ago", "an hour ago", "3 weeks ago": only forms whose
  offset is unambiguous, no "yesterday" or months), compact ("3h", "2d",
  "45m", "3h ago", "2 hrs ago", "5 mins ago": English only), absolute
  ("Jun 5, 2025", "5 June 2025", "2025-06-05", "June 5, 2025 10:15 AM",
  "Jun 7, 2025, 10:15 IST") or mixed per card; sometimes a label
  ("Updated", "Posted:", "Published on") before the time. Sources come from
  ~50 real outlet names of every shape (one word, several, all caps, with
  ".com"), written as is, in capitals or as "- Source"; one per card or the
  same for the whole list.
* **field arrangement**: all fields of a group on one line joined by one of
  ``SEPARATORS`` or each on its own line; one group (before the headline,
  between headline and teaser, or after the teaser as a footer) or two
  groups at two of these places; a kicker sometimes on its own line above
  the headline; the source sometimes inside the headline ("Headline -
  Source", "Headline | Source").
* **templates**: one card template per list; with probability 0.2 two
  templates mixed in one list (each card picks one).
* **section header**: none (0.25), or built from pieces ("More from",
  "Related", "Trending now", ... with " on <Site>", " in World"...; other
  languages: their ``section_headers.txt``); on 0.4 of those pages (in
  English, German, Spanish and French) a header no data file holds
  (``UNSEEN_HEADERS``: "Worth your time"); sometimes in capitals or with a
  colon; a few chrome lines sometimes sit between the main story and the
  list.
* **cards**: 2-5; between cards nothing, one or two blank lines, chrome
  lines ("Advertisement", "Share", "Read more", "&w=3840&q=100)", "Image:
  Getty") or a mix; sometimes footer chrome after the last card. Chrome is
  part of no gold field.
* **teaser layout** (per template): one line with paragraphs joined by " "
  or, where a sentence ends, by "" ("week.The"); one line per paragraph; or
  paragraphs separated by blank lines. The gold body always separates
  paragraphs with a blank line. Sometimes an inline "Read more" ends the
  teaser (not in the gold body).
* **flattener**: no blank lines at all (0.3); trailing spaces on lines
  (0.15); Markdown-ish (0.07: the whole page, as a Markdown flattener
  writes it: the main story's menu lines as links and its title as a "# "
  heading, so the page shows Markdown from its start where the library
  looks for it; card headlines as links or "## " linked headings, a source
  line as "**Source**", the header as "## Header"; the gold holds the plain
  text, as the library strips Markdown syntax).

The gold: ``articles`` (the main story, then one ``related`` article per
card with ``title`` = the headline without a " - Source" suffix,
``source`` (None when the card shows none), ``published_text`` (the time
as written, without its label) and ``published_offset_seconds`` (None for
absolute times), ``body``, ``inline_chrome``, ``body_span``),
``section_header``, ``style_per_card`` and ``origin`` (the aeb ids and every
drawn dimension, under ``layout``).
"""

from __future__ import annotations

import functools
import html
import json
import random
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"
REFERENCE_TIME = datetime(2025, 6, 7, 12, 0, tzinfo=UTC)
LANGUAGES = ("de", "es", "fr", "it", "pt", "nl", "ru", "id", "hi", "ja", "zh", "ko")
SEPARATORS = (" · ", " • ", " | ", " - ", " – ", ", ")
PLACEMENTS = ("before", "between", "after")
FIELDS = ("source", "time", "author", "kicker", "reading")
HEADLINE_SOURCE_SEPARATORS = (" - ", " | ", " – ", " — ")
MIN_COVERAGE = 0.95

MINUTE, HOUR, DAY, WEEK = 60, 3600, 86400, 604800

# --------------------------------------------------------------------------
# Material: the aeb corpus, loaded once.


@dataclass(frozen=True, slots=True)
class Story:
    """One aeb page as generator material."""

    id: str
    flat: str  # the flattened page, trailing newlines removed
    title: str | None  # the main-story gold title (see the module docstring)
    headline: str | None  # a card headline from the <title> line, when usable
    paragraphs: tuple[str, ...]  # expected body paragraphs, whitespace collapsed
    body: str  # the main-story gold body
    coverage: float  # share of the expected body's shingles present in the flat text


@dataclass(frozen=True, slots=True)
class Material:
    """Every aeb story and which may serve as main story or card."""

    stories: tuple[Story, ...]
    mains: tuple[int, ...]
    cards: tuple[int, ...]


_TOKEN = re.compile(r"\w+")
_SITE_SPLIT = re.compile(r"\s+(?:[-|–—»]|::?)\s+")
_SITE_SPLIT_KEEP = re.compile(r"(\s+(?:[-|–—»]|::?)\s+)")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"“‘'(]?[A-Z0-9])")
_TAGS = re.compile(r"<[^>]+>")
_H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S | re.I)


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    toks = _TOKEN.findall(text)
    if len(toks) < 4:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i : i + 4]) for i in range(len(toks) - 3))


def _coverage(expected: str, flat: str) -> float:
    gold = _shingles(expected)
    total = sum(gold.values())
    return sum((gold & _shingles(flat)).values()) / total if total else 0.0


def _gold_paragraphs(article_body: str) -> list[str]:
    """The expected body's paragraphs: split at blank lines, lines joined."""
    parts = article_body.split("\n\n" if "\n\n" in article_body else "\n")
    return [p for p in (_collapse(x) for x in parts) if p]


def _main_body(article_body: str) -> str:
    """The main story's gold body, as the shared set derives it from aeb."""
    if "\n\n" in article_body:
        return "\n\n".join(" ".join(p.split("\n")).strip() for p in article_body.split("\n\n"))
    return article_body


_HEADING = re.compile(r"<(h[1-3])\b[^>]*>(.*?)</\1>", re.S | re.I)
_META = re.compile(r"<meta\b[^>]*>", re.I)
_META_TITLE = re.compile(r"""(?:property|name)\s*=\s*["'](?:og|twitter):title["']""", re.I)
_META_CONTENT = re.compile(r"""content\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
_AGREE = 0.6  # share of the longer side's words the two must have in common


def _headings(page_html: str) -> list[tuple[str, str]]:
    """Every <h1>-<h3> as (level, collapsed text), in page order."""
    out = []
    for level, raw in _HEADING.findall(page_html):
        text = _collapse(html.unescape(_TAGS.sub("", raw)))
        if text:
            out.append((level.lower(), text))
    return out


def _meta_titles(page_html: str) -> list[str]:
    """The og:title and twitter:title contents, in page order."""
    out = []
    for tag in _META.findall(page_html):
        if _META_TITLE.search(tag) and (m := _META_CONTENT.search(tag)):
            text = _collapse(html.unescape(m.group(1) or m.group(2) or ""))
            if text:
                out.append(text)
    return out


def _folded_words(text: str) -> list[str]:
    return _TOKEN.findall(text.casefold())


def _core(reference: str) -> str:
    """A <title>'s longest piece: the headline without site name or section kicker."""
    pieces = [p.strip() for p in _SITE_SPLIT.split(reference) if p.strip()]
    return max(pieces, key=lambda p: len(p.split())) if pieces else ""


def _agrees(heading: str, reference: str, *, strict: bool = False) -> bool:
    """Whether a heading is the headline a <title> or og:title names: most words
    shared with the whole reference or with its core (``_core``), counted against
    the longer side, so that a section's name ("Games") or another story's headline
    never agrees. ``strict``: every word of the core is in the heading too (for a
    subheading, which often repeats some of the headline's words).

    >>> _agrees("Daily Deals: PS4 Controllers", "Daily Deals: PS4 Controllers - IGN")
    True
    >>> _agrees("Games", "Daily Deals: PS4 Controllers - IGN")
    False
    >>> _agrees("Making Pear Jam", "Pear Jam Recipe | Site", strict=True)
    False
    """
    words = Counter(_folded_words(heading))
    if not words:
        return False
    core = Counter(_folded_words(_core(reference)))
    if strict and core - words:
        return False
    for ref_words in (Counter(_folded_words(reference)), core):
        common = sum((words & ref_words).values())
        if ref_words and common >= _AGREE * max(words.total(), ref_words.total()):
            return True
    return False


def _main_title(flat_lines: Sequence[str], page_html: str) -> str | None:
    """The main story's headline, from evidence any page carries (in this order):

    1. the first <h1> that is a line of the flat text and agrees with the page's
       <title> (the flat text's first line) or an og:title / twitter:title;
    2. else the first <h2>/<h3> line that agrees with them and holds every word
       of their core (an <h1> may hold a section's name, the site's logo or
       another story's headline);
    3. else the longest piece of an og:title or of the <title>, when the page
       prints it as a line of its own below the <title> line;
    4. else the first <h1> line that is not the site's name;
    5. else the <title>'s first piece when that is a line; else None.
    """
    lines = [_collapse(x) for x in flat_lines]
    present = set(lines)
    below_title = set(lines[1:])
    pieces = [p.strip() for p in _SITE_SPLIT.split(lines[0])] if lines else []
    site_names = {p.casefold() for p in pieces[1:]}
    references = [*_meta_titles(page_html), *lines[:1]]
    headings = [(level, text) for level, text in _headings(page_html) if text in present]
    for wanted, strict in ((("h1",), False), (("h2", "h3"), True)):
        for level, text in headings:
            if level in wanted and any(_agrees(text, ref, strict=strict) for ref in references):
                return text
    for ref in references:
        core = _core(ref)
        if len(core.split()) >= 2 and core in below_title:
            return core
    for level, text in headings:
        if level == "h1" and text.casefold() not in site_names:
            return text
    if pieces:
        first = pieces[0]
        if first and (first == lines[0] or first in lines[1:]):
            return first
    return None


def _usable_headline(text: str) -> bool:
    words = text.split()
    return (
        3 <= len(words) <= 20
        and "�" not in text
        and not text.endswith((".", ":", "-", "|"))
        and any(ch.isalpha() for ch in text)
    )


def _headline_from_title_line(line: str) -> str | None:
    """The <title> line without its site name: short trailing pieces and a one-word kicker go."""
    parts = _SITE_SPLIT_KEEP.split(_collapse(line).strip(" -|–—:"))
    pieces, seps = parts[0::2], parts[1::2]
    while len(pieces) > 1 and len(pieces[-1].split()) <= 4:
        pieces.pop()
        seps.pop()
    if len(pieces) > 1 and len(pieces[0].split()) == 1:
        pieces.pop(0)
        seps.pop(0)
    text = pieces[0] + "".join(sep + piece for sep, piece in zip(seps, pieces[1:], strict=True))
    text = text.strip()
    return text if _usable_headline(text) else None


@functools.cache
def load_material(shared: Path = DEFAULT_SHARED) -> Material:
    """The aeb stories under ``shared/corpora/aeb``, read once per path."""
    aeb = Path(shared) / "corpora" / "aeb"
    stories: list[Story] = []
    for path in sorted((aeb / "expected").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        story_id = path.stem
        flat_path = aeb / "flat" / f"{story_id}.txt"
        if not flat_path.exists():
            continue
        flat = flat_path.read_text(encoding="utf-8").rstrip("\n")
        html_path = aeb / "html" / f"{story_id}.html"
        page_html = html_path.read_text(encoding="utf-8") if html_path.exists() else ""
        flat_lines = flat.split("\n")
        article_body = data.get("articleBody") or ""
        stories.append(
            Story(
                id=story_id,
                flat=flat,
                title=_main_title(flat_lines, page_html),
                headline=_headline_from_title_line(flat_lines[0]) if flat_lines else None,
                paragraphs=tuple(_gold_paragraphs(article_body)),
                body=_main_body(article_body),
                coverage=_coverage(article_body, flat),
            )
        )
    mains = tuple(i for i, s in enumerate(stories) if s.coverage >= MIN_COVERAGE and s.body)
    cards = tuple(
        i for i, s in enumerate(stories) if any(len(p.split()) >= 8 for p in s.paragraphs)
    )
    return Material(tuple(stories), mains, cards)


# --------------------------------------------------------------------------
# Per-language words (each one defined by src/newsclean/data/<lang>/*.txt).


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_MONTHS_EN = _words(
    "January February March April May June July August September October November December"
)
_MONTHS_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
_MONTHS_ES = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
)
_MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
_MONTHS_IT = (
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"
)
_MONTHS_PT = (
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"
)
_MONTHS_RU = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
_MONTHS_HI = "जनवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर"
_WEEKDAYS_EN = _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")


def _month(names: str, d: datetime) -> str:
    return _words(names)[d.month - 1]


def _h12(d: datetime) -> str:
    hour = d.hour % 12 or 12
    return f"{hour}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def _ru_plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


# A relative form: (render n -> text, seconds per unit, lowest n, highest n).
RelForm = tuple[Callable[[int], str], int, int, int]


def _fixed(text: str, unit: int) -> RelForm:
    return (lambda _n, t=text: t, unit, 1, 1)


@dataclass(frozen=True, slots=True)
class Lang:
    """The words one language's cards are written with."""

    code: str
    relative: tuple[RelForm, ...] = ()
    compact: tuple[RelForm, ...] = ()
    absolute: tuple[Callable[[datetime], str], ...] = ()
    labels_relative: tuple[str, ...] = ()  # labels that may precede a relative time
    labels_absolute: tuple[str, ...] = ()
    authors: tuple[Callable[[str], str], ...] = ()  # names -> the author field
    names: tuple[str, ...] = ()
    and_word: str = "and"
    reading: tuple[Callable[[int], str], ...] = ()
    headers: tuple[str, ...] = ()  # empty: build English headers from pieces
    kickers: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()


_EN_NAMES = (
    "Jane Doe",
    "Olga Petrova",
    "Samuel Okafor",
    "Priya Sharma",
    "Michael Chen",
    "Laura Martinez",
    "James O'Brien",
    "Emily Watson",
    "Rahul Mehta",
    "Sarah Johnson",
    "Tom Hughes",
    "Aisha Bello",
    "Kenji Tanaka",
    "Daniel Kowalski",
    "Grace Liu",
)

OUTLETS = (
    "Reuters",
    "The Guardian",
    "BBC News",
    "NDTV",
    "Le Monde",
    "Associated Press",
    "AFP",
    "Bloomberg",
    "CNN",
    "Al Jazeera",
    "The New York Times",
    "The Washington Post",
    "NPR",
    "CNBC",
    "Fox News",
    "Sky News",
    "The Independent",
    "Financial Times",
    "The Times of India",
    "Hindustan Times",
    "India Today",
    "News18",
    "Firstpost",
    "Moneycontrol",
    "Axios",
    "Politico",
    "The Verge",
    "TechCrunch",
    "Wired",
    "Ars Technica",
    "Engadget",
    "Business Insider",
    "Forbes",
    "Yahoo News",
    "HuffPost",
    "NBC News",
    "CBS News",
    "USA TODAY",
    "SFGATE",
    "Vox",
    "The Hill",
    "Variety",
    "ESPN",
    "Sportsnet.ca",
    "Digg.com",
    "Salon.com",
    "CBSSports.com",
    "MarketWatch",
    "France 24",
    "Deutsche Welle",
)

_EN_KICKERS = (
    "Politics",
    "Technology",
    "World News",
    "Business",
    "Sport",
    "Science",
    "Health",
    "Entertainment",
    "Opinion",
    "Markets",
    "Culture",
    "Travel",
    "US News",
    "Lifestyle",
    "Climate",
)

_EN_ABSOLUTE: tuple[Callable[[datetime], str], ...] = (
    lambda d: f"{_MONTHS_EN[d.month - 1][:3]} {d.day}, {d.year}",
    lambda d: f"{_MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}",
    lambda d: f"{d:%Y-%m-%d}",
    lambda d: f"{_MONTHS_EN[d.month - 1]} {d.day}, {d.year} {_h12(d)}",
    lambda d: f"{_MONTHS_EN[d.month - 1][:3]} {d.day}, {d.year}, {d:%H:%M} IST",
    lambda d: f"{d.day} {_MONTHS_EN[d.month - 1][:3]} {d.year}, {d:%H:%M} GMT",
    lambda d: f"{_WEEKDAYS_EN[d.weekday()]}, {_MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
)

_NUMERIC_ABSOLUTE: tuple[Callable[[datetime], str], ...] = (
    lambda d: f"{d:%Y-%m-%d}",
    lambda d: f"{d:%d.%m.%Y}",
    lambda d: f"{d:%d.%m.%Y} {d:%H:%M}",
    lambda d: f"{d:%Y-%m-%d} {d:%H:%M}",
)

ENGLISH = Lang(
    code="en",
    relative=(
        (lambda n: f"{n} minutes ago", MINUTE, 2, 59),
        _fixed("a minute ago", MINUTE),
        (lambda n: f"{n} hours ago", HOUR, 2, 23),
        _fixed("an hour ago", HOUR),
        _fixed("1 hour ago", HOUR),
        (lambda n: f"{n} days ago", DAY, 2, 6),
        _fixed("a day ago", DAY),
        (lambda n: f"{n} weeks ago", WEEK, 2, 3),
        _fixed("a week ago", WEEK),
    ),
    compact=(
        (lambda n: f"{n}h", HOUR, 1, 23),
        (lambda n: f"{n}d", DAY, 1, 6),
        (lambda n: f"{n}m", MINUTE, 1, 59),
        (lambda n: f"{n}w", WEEK, 1, 3),
        (lambda n: f"{n}h ago", HOUR, 1, 23),
        (lambda n: f"{n}m ago", MINUTE, 2, 59),
        (lambda n: f"{n}d ago", DAY, 1, 6),
        (lambda n: f"{n} hrs ago", HOUR, 2, 23),
        (lambda n: f"{n} hr ago", HOUR, 1, 1),
        (lambda n: f"{n} mins ago", MINUTE, 2, 59),
        (lambda n: f"{n} min ago", MINUTE, 1, 59),
    ),
    absolute=_EN_ABSOLUTE,
    labels_relative=("Updated", "Updated:", "Posted", "Published", "Last updated:"),
    labels_absolute=(
        "Updated:",
        "Published:",
        "Published on",
        "Posted on",
        "Updated on",
        "Last updated:",
    ),
    authors=(
        lambda names: f"By {names}",
        lambda names: f"by {names}",
        lambda names: f"BY {names.upper()}",
        lambda names: f"Written by {names}",
    ),
    names=_EN_NAMES,
    and_word="and",
    reading=(
        lambda n: f"{n} min read",
        lambda n: f"{n} minute read",
        lambda n: f"{n} mins read",
        lambda n: f"Reading time: {n} minutes",
    ),
    kickers=_EN_KICKERS,
    outlets=OUTLETS,
)

_LANGS: dict[str, Lang] = {
    "de": Lang(
        code="de",
        relative=(
            (lambda n: f"vor {n} Minuten", MINUTE, 2, 59),
            _fixed("vor einer Minute", MINUTE),
            (lambda n: f"vor {n} Min.", MINUTE, 2, 59),
            (lambda n: f"vor {n} Stunden", HOUR, 2, 23),
            _fixed("vor einer Stunde", HOUR),
            (lambda n: f"vor {n} Std.", HOUR, 1, 23),
            (lambda n: f"vor {n} Tagen", DAY, 2, 6),
            _fixed("vor einem Tag", DAY),
            (lambda n: f"vor {n} Wochen", WEEK, 2, 3),
            _fixed("vor einer Woche", WEEK),
        ),
        absolute=(
            lambda d: f"{d.day}. {_month(_MONTHS_DE, d)} {d.year}",
            lambda d: f"{d:%d.%m.%Y}",
            lambda d: f"{d:%d.%m.%Y}, {d:%H:%M} Uhr",
        ),
        labels_relative=("Aktualisiert", "Veröffentlicht"),
        labels_absolute=("Aktualisiert am", "Veröffentlicht am", "Stand:", "Erstellt am"),
        authors=(lambda names: f"Von {names}",),
        names=("Anna Schmidt", "Lukas Müller", "Sophie Becker", "Jonas Wagner", "Lea Hoffmann"),
        and_word="und",
        reading=(
            lambda n: f"{n} Min. Lesezeit",
            lambda n: f"Lesezeit: {n} Min.",
            lambda n: f"Lesedauer {n} Minuten",
        ),
        headers=(
            "Mehr zum Thema",
            "Das könnte Sie auch interessieren",
            "Weitere Artikel",
            "Ähnliche Artikel",
            "Auch interessant",
            "Lesen Sie auch",
            "Meistgelesen",
            "Empfehlungen der Redaktion",
            "Mehr aus dem Ressort",
            "Weitere Nachrichten",
        ),
        kickers=("Politik", "Wirtschaft", "Sport", "Kultur", "Wissenschaft", "Panorama"),
        outlets=("Der Spiegel", "Süddeutsche Zeitung", "FAZ", "tagesschau.de", "ZEIT ONLINE"),
    ),
    "es": Lang(
        code="es",
        relative=(
            (lambda n: f"hace {n} minutos", MINUTE, 2, 59),
            _fixed("hace un minuto", MINUTE),
            (lambda n: f"hace {n} min", MINUTE, 2, 59),
            (lambda n: f"hace {n} horas", HOUR, 2, 23),
            _fixed("hace una hora", HOUR),
            (lambda n: f"hace {n} h", HOUR, 1, 23),
            (lambda n: f"hace {n} días", DAY, 2, 6),
            _fixed("hace un día", DAY),
            (lambda n: f"hace {n} semanas", WEEK, 2, 3),
            _fixed("hace una semana", WEEK),
        ),
        absolute=(
            lambda d: f"{d.day} de {_month(_MONTHS_ES, d)} de {d.year}",
            lambda d: f"{d:%d/%m/%Y}",
            lambda d: f"{d:%d/%m/%Y} {d:%H:%M}",
        ),
        labels_relative=("Actualizado", "Publicado"),
        labels_absolute=("Actualizado el", "Publicado el"),
        authors=(lambda names: f"Por {names}",),
        names=("Laura Martínez", "Carlos Gómez", "Lucía Fernández", "Javier Ruiz", "Marta López"),
        and_word="y",
        reading=(
            lambda n: f"{n} min de lectura",
            lambda n: f"Tiempo de lectura: {n} minutos",
            lambda n: f"Lectura: {n} min",
        ),
        headers=(
            "Te puede interesar",
            "También te puede interesar",
            "Noticias relacionadas",
            "Artículos relacionados",
            "Lee también",
            "Más noticias",
            "Lo más leído",
            "Más de esta sección",
            "Últimas noticias",
        ),
        kickers=("Política", "Economía", "Deportes", "Cultura", "Internacional", "Sociedad"),
        outlets=("El País", "El Mundo", "La Vanguardia", "Infobae", "Clarín", "EFE"),
    ),
    "fr": Lang(
        code="fr",
        relative=(
            (lambda n: f"il y a {n} minutes", MINUTE, 2, 59),
            _fixed("il y a une minute", MINUTE),
            (lambda n: f"il y a {n} min", MINUTE, 2, 59),
            (lambda n: f"il y a {n} heures", HOUR, 2, 23),
            _fixed("il y a une heure", HOUR),
            (lambda n: f"il y a {n} h", HOUR, 1, 23),
            (lambda n: f"il y a {n} jours", DAY, 2, 6),
            _fixed("il y a un jour", DAY),
            (lambda n: f"il y a {n} semaines", WEEK, 2, 3),
            _fixed("il y a une semaine", WEEK),
        ),
        absolute=(
            lambda d: f"{d.day} {_month(_MONTHS_FR, d)} {d.year}",
            lambda d: f"{d:%d/%m/%Y}",
            lambda d: f"{d:%d/%m/%Y} à {d.hour}h{d:%M}",
        ),
        labels_relative=("Publié", "Mis à jour"),
        labels_absolute=("Publié le", "Mis à jour le", "Modifié le"),
        authors=(lambda names: f"Par {names}",),
        names=("Camille Dubois", "Julien Martin", "Claire Lefèvre", "Antoine Moreau"),
        and_word="et",
        reading=(
            lambda n: f"{n} min de lecture",
            lambda n: f"Temps de lecture : {n} min",
            lambda n: f"Lecture {n} min",
        ),
        headers=(
            "À lire aussi",
            "Lire aussi",
            "Sur le même sujet",
            "Articles similaires",
            "Vous aimerez aussi",
            "Les plus lus",
            "Dans la même rubrique",
            "Nos recommandations",
            "Dernières actualités",
        ),
        kickers=("Politique", "Économie", "Sport", "Culture", "International", "Société"),
        outlets=("Le Monde", "Le Figaro", "Libération", "France 24", "20 Minutes", "BFMTV"),
    ),
    "it": Lang(
        code="it",
        relative=(
            (lambda n: f"{n} minuti fa", MINUTE, 2, 59),
            _fixed("un minuto fa", MINUTE),
            (lambda n: f"{n} min fa", MINUTE, 2, 59),
            (lambda n: f"{n} ore fa", HOUR, 2, 23),
            (lambda n: f"{n} giorni fa", DAY, 2, 6),
            _fixed("un giorno fa", DAY),
            (lambda n: f"{n} settimane fa", WEEK, 2, 3),
            _fixed("una settimana fa", WEEK),
        ),
        absolute=(
            lambda d: f"{d.day} {_month(_MONTHS_IT, d)} {d.year}",
            lambda d: f"{d:%d/%m/%Y}",
            lambda d: f"{d:%d/%m/%Y} ore {d:%H:%M}",
        ),
        labels_relative=("Aggiornato", "Pubblicato"),
        labels_absolute=("Aggiornato il", "Pubblicato il"),
        authors=(lambda names: f"di {names}",),
        names=("Marco Bianchi", "Giulia Romano", "Luca Ferrari", "Chiara Esposito"),
        and_word="e",
        reading=(
            lambda n: f"{n} min di lettura",
            lambda n: f"Tempo di lettura: {n} minuti",
            lambda n: f"Lettura: {n} min",
        ),
        headers=(
            "Potrebbe interessarti",
            "Ti potrebbe interessare",
            "Leggi anche",
            "Articoli correlati",
            "Notizie correlate",
            "I più letti",
            "Ultime notizie",
            "Altre notizie",
        ),
        kickers=("Politica", "Economia", "Sport", "Cultura", "Esteri", "Cronaca"),
        outlets=("Corriere della Sera", "la Repubblica", "ANSA", "Il Sole 24 Ore", "La Stampa"),
    ),
    "pt": Lang(
        code="pt",
        relative=(
            (lambda n: f"há {n} minutos", MINUTE, 2, 59),
            _fixed("há um minuto", MINUTE),
            (lambda n: f"há {n} min", MINUTE, 2, 59),
            (lambda n: f"há {n} horas", HOUR, 2, 23),
            _fixed("há uma hora", HOUR),
            (lambda n: f"há {n} h", HOUR, 1, 23),
            (lambda n: f"há {n} dias", DAY, 2, 6),
            _fixed("há um dia", DAY),
            (lambda n: f"há {n} semanas", WEEK, 2, 3),
            _fixed("há uma semana", WEEK),
        ),
        absolute=(
            lambda d: f"{d.day} de {_month(_MONTHS_PT, d)} de {d.year}",
            lambda d: f"{d:%d/%m/%Y}",
            lambda d: f"{d:%d/%m/%Y} às {d.hour}h{d:%M}",
        ),
        labels_relative=("Atualizado", "Publicado"),
        labels_absolute=("Atualizado em", "Publicado em"),
        authors=(lambda names: f"Por {names}",),
        names=("Ana Souza", "João Silva", "Mariana Costa", "Pedro Almeida"),
        and_word="e",
        reading=(
            lambda n: f"{n} min de leitura",
            lambda n: f"Tempo de leitura: {n} minutos",
            lambda n: f"Leitura: {n} min",
        ),
        headers=(
            "Você pode gostar",
            "Veja também",
            "Leia também",
            "Notícias relacionadas",
            "Artigos relacionados",
            "Mais lidas",
            "Mais notícias",
            "Últimas notícias",
        ),
        kickers=("Política", "Economia", "Esportes", "Cultura", "Mundo", "Saúde"),
        outlets=("Folha de S.Paulo", "G1", "O Globo", "UOL", "Estadão", "Público"),
    ),
    "nl": Lang(
        code="nl",
        absolute=_NUMERIC_ABSOLUTE,
        authors=(lambda names: names, lambda names: f"Door {names}"),
        names=("Jan de Vries", "Sanne Bakker", "Pieter Jansen", "Emma Visser"),
        and_word="en",
        reading=(
            lambda n: f"{n} min leestijd",
            lambda n: f"Leestijd: {n} minuten",
            lambda n: f"Leestijd {n} min",
        ),
        headers=(),  # no Dutch section_headers.txt: English ones from pieces
        kickers=("Politiek", "Economie", "Sport", "Cultuur", "Buitenland", "Binnenland"),
        outlets=("NOS", "NU.nl", "de Volkskrant", "NRC", "AD.nl", "RTL Nieuws"),
    ),
    "ru": Lang(
        code="ru",
        relative=(
            (
                lambda n: f"{n} {_ru_plural(n, 'минуту', 'минуты', 'минут')} назад",
                MINUTE,
                1,
                59,
            ),
            (lambda n: f"{n} мин назад", MINUTE, 2, 59),
            (lambda n: f"{n} {_ru_plural(n, 'час', 'часа', 'часов')} назад", HOUR, 1, 23),
            (lambda n: f"{n} {_ru_plural(n, 'день', 'дня', 'дней')} назад", DAY, 1, 6),
            (lambda n: f"{n} {_ru_plural(n, 'неделю', 'недели', 'недель')} назад", WEEK, 1, 3),
        ),
        absolute=(
            lambda d: f"{d.day} {_month(_MONTHS_RU, d)} {d.year}",
            lambda d: f"{d.day} {_month(_MONTHS_RU, d)} {d.year} г.",
            lambda d: f"{d:%d.%m.%Y}",
            lambda d: f"{d:%d.%m.%Y} {d:%H:%M}",
        ),
        labels_relative=("Обновлено", "Опубликовано"),
        labels_absolute=("Обновлено:", "Опубликовано:", "Дата:"),
        authors=(lambda names: f"Автор: {names}",),
        names=("Иван Петров", "Анна Смирнова", "Дмитрий Козлов", "Елена Волкова"),
        and_word="и",
        headers=(),
        kickers=("Политика", "Экономика", "Спорт", "Культура", "В мире", "Общество"),
        outlets=("РИА Новости", "ТАСС", "Интерфакс", "Коммерсантъ", "РБК", "Lenta.ru"),
    ),
    "id": Lang(
        code="id",
        absolute=_NUMERIC_ABSOLUTE,
        authors=(lambda names: names, lambda names: f"Oleh {names}"),
        names=("Budi Santoso", "Siti Rahmawati", "Agus Setiawan", "Dewi Lestari"),
        and_word="dan",
        kickers=("Politik", "Ekonomi", "Olahraga", "Teknologi", "Internasional", "Nasional"),
        outlets=("Kompas.com", "detikcom", "Tempo.co", "CNN Indonesia", "Antara", "Liputan6.com"),
    ),
    "hi": Lang(
        code="hi",
        relative=(
            (lambda n: f"{n} मिनट पहले", MINUTE, 2, 59),
            (lambda n: f"{n} घंटे पहले", HOUR, 2, 23),
            _fixed("एक घंटा पहले", HOUR),
            (lambda n: f"{n} दिन पहले", DAY, 2, 6),
            _fixed("एक दिन पहले", DAY),
            (lambda n: f"{n} सप्ताह पहले", WEEK, 2, 3),
            (lambda n: f"{n} हफ्ते पहले", WEEK, 2, 3),
        ),
        absolute=(
            lambda d: f"{d.day} {_month(_MONTHS_HI, d)} {d.year}",
            lambda d: f"{d:%d.%m.%Y}",
        ),
        labels_relative=("अपडेटेड", "प्रकाशित"),
        labels_absolute=("अपडेटेड:", "प्रकाशित:"),
        authors=(lambda names: f"लेखक: {names}",),
        names=("राहुल शर्मा", "प्रिया वर्मा", "अमित सिंह", "नेहा गुप्ता"),
        and_word="और",
        kickers=("राजनीति", "व्यापार", "खेल", "मनोरंजन", "देश", "विदेश"),
        outlets=("दैनिक जागरण", "अमर उजाला", "आज तक", "NDTV India", "दैनिक भास्कर"),
    ),
    "ja": Lang(
        code="ja",
        relative=(
            (lambda n: f"{n}分前", MINUTE, 1, 59),
            (lambda n: f"{n}時間前", HOUR, 1, 23),
            (lambda n: f"{n}日前", DAY, 1, 6),
            (lambda n: f"{n}週間前", WEEK, 1, 3),
        ),
        absolute=(
            lambda d: f"{d.year}年{d.month}月{d.day}日",
            lambda d: f"{d.year}年{d.month}月{d.day}日 {d.hour}時{d.minute}分",
            lambda d: f"{d:%Y/%m/%d %H:%M}",
        ),
        labels_relative=("更新", "配信"),
        labels_absolute=("公開日", "更新日時", "配信日時"),
        authors=(lambda names: f"{names} 記者",),
        names=("山田太郎", "佐藤花子", "鈴木一郎", "高橋美咲"),
        and_word="、",
        kickers=("政治", "経済", "国際", "スポーツ", "社会", "科学"),
        outlets=("朝日新聞", "読売新聞", "NHK", "毎日新聞", "日本経済新聞", "共同通信"),
    ),
    "zh": Lang(
        code="zh",
        relative=(
            (lambda n: f"{n}分钟前", MINUTE, 1, 59),
            (lambda n: f"{n}小时前", HOUR, 1, 23),
            (lambda n: f"{n}个小时前", HOUR, 1, 23),
            (lambda n: f"{n}天前", DAY, 1, 6),
            (lambda n: f"{n}周前", WEEK, 1, 3),
        ),
        absolute=(
            lambda d: f"{d.year}年{d.month}月{d.day}日",
            lambda d: f"{d:%Y-%m-%d %H:%M}",
            lambda d: f"{d:%Y/%m/%d}",
        ),
        labels_relative=("更新于", "发布于"),
        labels_absolute=("发布时间：", "更新时间：", "发布于"),
        authors=(lambda names: f"记者 {names}",),
        names=("王伟", "李娜", "张敏", "刘洋"),
        and_word="、",
        kickers=("政治", "财经", "国际", "体育", "社会", "科技"),
        outlets=("新华网", "人民日报", "澎湃新闻", "财新", "中新网", "环球时报"),
    ),
    "ko": Lang(
        code="ko",
        relative=(
            (lambda n: f"{n}분 전", MINUTE, 1, 59),
            (lambda n: f"{n}시간 전", HOUR, 1, 23),
            (lambda n: f"{n}일 전", DAY, 1, 6),
            (lambda n: f"{n}주 전", WEEK, 1, 3),
        ),
        absolute=(
            lambda d: f"{d.year}년 {d.month}월 {d.day}일",
            lambda d: f"{d:%Y.%m.%d %H:%M}",
            lambda d: f"{d:%Y.%m.%d}",
        ),
        labels_relative=("수정", "입력"),
        labels_absolute=("입력", "수정", "기사입력", "최종수정"),
        authors=(lambda names: f"{names} 기자",),
        names=("김민수", "이지은", "박서준", "최유진"),
        and_word="、",
        kickers=("정치", "경제", "사회", "국제", "스포츠", "문화"),
        outlets=("연합뉴스", "조선일보", "중앙일보", "한겨레", "KBS", "동아일보"),
    ),
}


def lang_for(language: str | None) -> Lang:
    """The words of ``language`` (None or "en": English)."""
    if language is None or language == "en":
        return ENGLISH
    if language not in _LANGS:
        raise ValueError(f"unknown language {language!r}; one of {LANGUAGES}")
    return _LANGS[language]


# English section headers, built from pieces: (opening, what may follow it):
# "object" needs a site or section ("More from BBC News"), "suffix" may take
# " on <Site>" or " in <Section>" ("Most popular in World"), "plain" nothing.
_HEADER_OPENINGS: tuple[tuple[str, str], ...] = (
    ("More from", "object"),
    ("More in", "object"),
    ("Related", "plain"),
    ("Also read", "plain"),
    ("Recommended for you", "plain"),
    ("Trending now", "suffix"),
    ("Most popular", "suffix"),
    ("Popular", "suffix"),
    ("Read next", "plain"),
    ("Don't miss", "plain"),
    ("In other news", "plain"),
    ("Latest", "suffix"),
    ("Top stories", "suffix"),
    ("You might also like", "plain"),
    ("More stories", "suffix"),
    ("Editors' picks", "plain"),
    ("Keep reading", "plain"),
    ("Around the web", "plain"),
    ("What to read next", "plain"),
    ("Related coverage", "plain"),
)
_HEADER_SECTIONS = ("World", "Technology", "Business", "Politics", "Sport", "this section")


CHROME_LINES = (
    "Advertisement",
    "ADVERTISEMENT",
    "Share",
    "Read more",
    "&w=3840&q=100)",
    "Image: Getty",
    "Photo: Getty Images",
    "Image: Shutterstock",
    "Save",
    "Comments",
    "Share this article",
    "Sponsored content",
    "https://cdn.example.com/images/2025/06/photo-1.jpg?w=640",
    "640x360",
)
PRE_LIST_CHROME = (
    "Share this article",
    "Comments",
    "Follow us on Facebook",
    "Sign up for our newsletter",
    "Advertisement",
    "Tags",
    "Share",
    "Print",
)
FOOTER_CHROME = (
    "Load more",
    "Show more",
    "View all",
    "© 2025 Example Media. All rights reserved.",
    "Privacy Policy",
    "Terms of Use",
    "Back to top",
)
INLINE_READ_MORE = (" Read more", " Continue reading", "… Read More", " Read more »")


# --------------------------------------------------------------------------
# Templates.


@dataclass(frozen=True, slots=True)
class Group:
    """Some card fields at one place of the card."""

    placement: str  # before | between | after
    fields: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Template:
    """One card shape: which fields, where, how written."""

    groups: tuple[Group, ...]
    arrangement: str  # inline | stacked
    separator: str
    time_kind: str  # relative | compact | absolute | mixed
    time_label: str | None  # "on": a label before the time
    source_style: str  # plain | upper | dash
    source_in_headline: str | None  # the separator, when the source sits in the headline
    author_with_source: bool  # "By Jane Doe, Reuters"
    kicker_upper: bool
    teaser: str  # oneline | lines | blocks
    read_more: bool  # an inline "Read more" ends the teaser

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(f for g in self.groups for f in g.fields)

    def describe(self) -> dict[str, Any]:
        return {
            "groups": [{"placement": g.placement, "fields": list(g.fields)} for g in self.groups],
            "arrangement": self.arrangement,
            "separator": self.separator,
            "time_kind": self.time_kind,
            "time_label": self.time_label,
            "source_style": self.source_style,
            "source_in_headline": self.source_in_headline,
            "author_with_source": self.author_with_source,
            "kicker_upper": self.kicker_upper,
            "teaser": self.teaser,
            "read_more": self.read_more,
        }


def _time_kinds(lang: Lang) -> list[str]:
    kinds = []
    if lang.relative:
        kinds.append("relative")
    if lang.compact:
        kinds.append("compact")
    if lang.absolute:
        kinds.append("absolute")
    if len(kinds) > 1:
        kinds.append("mixed")
    return kinds


def _draw_template(rng: random.Random, lang: Lang) -> Template:
    available = [f for f in FIELDS if f != "reading" or lang.reading]
    chosen = [f for f in available if rng.random() < 0.5]
    rng.shuffle(chosen)
    # source before time is the common order, but not the only one
    source_in_headline = None
    if "source" in chosen and rng.random() < 0.2:
        source_in_headline = rng.choice(HEADLINE_SOURCE_SEPARATORS)
        chosen.remove("source")
    author_with_source = False
    if "author" in chosen and "source" in chosen and rng.random() < 0.35:
        author_with_source = True
        chosen.remove("source")
    groups: list[Group] = []
    if "kicker" in chosen and len(chosen) > 1 and rng.random() < 0.4:
        chosen.remove("kicker")
        groups.append(Group("before", ("kicker",)))
    if chosen:
        if len(chosen) >= 2 and rng.random() < 0.35:
            cut = rng.randint(1, len(chosen) - 1)
            first, second = sorted(rng.sample(PLACEMENTS, 2), key=PLACEMENTS.index)
            groups.append(Group(first, tuple(chosen[:cut])))
            groups.append(Group(second, tuple(chosen[cut:])))
        else:
            groups.append(Group(rng.choice(PLACEMENTS), tuple(chosen)))
    kinds = _time_kinds(lang)
    has_time = any("time" in g.fields for g in groups)
    return Template(
        groups=tuple(groups),
        arrangement=rng.choice(("inline", "stacked")),
        separator=rng.choice(SEPARATORS),
        time_kind=rng.choice(kinds) if has_time else "none",
        time_label="on" if has_time and rng.random() < 0.3 else None,
        source_style=rng.choices(("plain", "upper", "dash"), (6, 2, 1))[0],
        source_in_headline=source_in_headline,
        author_with_source=author_with_source,
        kicker_upper=rng.random() < 0.5,
        teaser=rng.choice(("oneline", "lines", "blocks")),
        read_more=rng.random() < 0.1,
    )


# --------------------------------------------------------------------------
# Pieces of a card.


@dataclass(frozen=True, slots=True)
class TimeText:
    """A card's time: the field as written, the gold text and offset."""

    field: str
    text: str
    offset: int | None
    when: datetime  # the moment it names (for an HTML page's ``<time datetime>``)


def _draw_time(rng: random.Random, lang: Lang, kind: str, labelled: bool) -> TimeText:
    if kind == "mixed":
        kind = rng.choice([k for k in _time_kinds(lang) if k != "mixed"])
    if kind in ("relative", "compact"):
        form, unit, lo, hi = rng.choice(lang.relative if kind == "relative" else lang.compact)
        n = rng.randint(lo, hi)
        text, offset = form(n), n * unit
        when = REFERENCE_TIME - timedelta(seconds=offset)
        labels = lang.labels_relative
    else:
        when = REFERENCE_TIME - timedelta(
            days=rng.randint(1, 60), hours=rng.randint(0, 23), minutes=5 * rng.randint(0, 11)
        )
        text, offset = rng.choice(lang.absolute)(when), None
        labels = lang.labels_absolute
    if labelled and labels:
        return TimeText(f"{rng.choice(labels)} {text}", text, offset, when)
    return TimeText(text, text, offset, when)


_DANGLING = frozenset(
    _words(
        "a an the and or but of to in on at by for with from as into about after over than that "
        "this these is are was were be has have had its their his her our your who which said says "
        "he she it they we i would will can could may might should must also not just "
        "de la le les des du et à en el los las y da do dos e o di il per che que "
        "und der die das von"
    )
)


def _sentence_headline(rng: random.Random, donor: Story) -> str | None:
    """A sentence of ``donor`` as a headline: whole when 6-14 words, else cut to 6-14."""
    sentences = [
        _collapse(s)
        for p in donor.paragraphs[:6]
        for s in _SENTENCE_SPLIT.split(p)
        if len(s.split()) >= 6 and "http" not in s and s[:1].isupper() and "*" not in s
    ]
    if not sentences:
        return None
    words = rng.choice(sentences).split()
    if len(words) > 14:
        words = words[: rng.randint(6, min(14, len(words)))]
    while len(words) > 6 and words[-1].lower().strip(",;:") in _DANGLING:
        words.pop()
    text = " ".join(words).rstrip(" .,;:—–-\"“”'’(")
    return text if _usable_headline(text) else None


def _draw_headline(rng: random.Random, story: Story, material: Material, avoid: set[int]) -> str:
    """The card's own <title> headline, or (0.15, or when unusable) another page's sentence."""
    if story.headline and rng.random() < 0.85:
        return story.headline
    pool = [i for i in material.cards if i not in avoid]
    for _ in range(10):
        text = _sentence_headline(rng, material.stories[rng.choice(pool)])
        if text:
            return text
    return story.headline or "Officials weigh the next steps after a week of talks"


def _draw_teaser(rng: random.Random, story: Story, headline: str) -> list[str]:
    paragraphs = [p for p in story.paragraphs if len(p.split()) >= 8 and p != headline]
    paragraphs = paragraphs or list(story.paragraphs[:1])
    count = rng.randint(1, 4)
    cap = rng.randint(20, 250)
    out: list[str] = []
    words = 0
    for p in paragraphs[:count]:
        n = len(p.split())
        if out and words + n > cap:
            if rng.random() < 0.5:
                break
            keep = max(8, cap - words)
            p = _cut(rng, p, keep)
        elif not out and n > cap and rng.random() < 0.5:
            p = _cut(rng, p, max(cap, 12))
        out.append(p)
        words += len(p.split())
        if words >= cap:
            break
    return out


def _cut(rng: random.Random, paragraph: str, keep: int) -> str:
    """The paragraph cut to about ``keep`` words: at a sentence end, or mid-sentence."""
    words = paragraph.split()
    if len(words) <= keep:
        return paragraph
    head = " ".join(words[:keep])
    end = max(head.rfind(". "), head.rfind("? "), head.rfind("! "))
    if end > len(head) // 3 and rng.random() < 0.5:
        return head[: end + 1]
    return head.rstrip(" ,;:") + rng.choice(("…", "...", ""))


def _join_paragraphs(rng: random.Random, paragraphs: Sequence[str]) -> str:
    """Paragraphs on one line: " " or, where a sentence ends before a capital, ""."""
    glue_none = rng.random() < 0.5
    out = paragraphs[0]
    for p in paragraphs[1:]:
        runs = glue_none and out[-1:] in '.!?"”’)' and p[:1].isupper()
        out += ("" if runs else " ") + p
    return out


def _names(rng: random.Random, lang: Lang) -> str:
    first = rng.choice(lang.names)
    if rng.random() < 0.15:
        second = rng.choice([n for n in lang.names if n != first])
        glue = lang.and_word if lang.and_word == "、" else f" {lang.and_word} "
        return f"{first}{glue}{second}"
    return first


@dataclass(slots=True)
class Line:
    """One line of the page: its text, what it is and whose it is."""

    text: str
    kind: str  # main | chrome | header | blank | title | field | body
    card: int | None = None


@dataclass(slots=True)
class Card:
    """One drawn card: its lines and its gold article."""

    lines: list[Line]
    gold: dict[str, Any]
    style: str
    time: TimeText | None = None  # the time field shown, if any


def _render_card(
    rng: random.Random,
    index: int,
    template: Template,
    lang: Lang,
    story: Story,
    headline: str,
    source: str,
    markdown: str | None,
) -> Card:
    tpl = template
    time = _draw_time(rng, lang, tpl.time_kind, tpl.time_label is not None)
    kicker = rng.choice(lang.kickers)
    if tpl.kicker_upper:
        kicker = kicker.upper()
    values: dict[str, str] = {}
    gold_source: str | None = None
    for name in tpl.fields:
        if name == "source":
            gold_source = source
            shown = source.upper() if tpl.source_style == "upper" else source
            alone = tpl.arrangement == "stacked" or any(g.fields == ("source",) for g in tpl.groups)
            values[name] = f"- {shown}" if tpl.source_style == "dash" and alone else shown
        elif name == "time":
            values[name] = time.field
        elif name == "author" and lang.authors:
            text = rng.choice(lang.authors)(_names(rng, lang))
            if tpl.author_with_source:
                text = f"{text}, {source}"
                gold_source = source
            values[name] = text
        elif name == "kicker":
            values[name] = kicker
        elif name == "reading" and lang.reading:
            values[name] = rng.choice(lang.reading)(rng.randint(2, 15))
    title_text = headline
    if tpl.source_in_headline:
        title_text = f"{headline}{tpl.source_in_headline}{source}"
        gold_source = source
    if markdown == "link":
        title_text = f"[{title_text}](https://www.example.com/news/{index + 1}-{_slug(headline)})"
    elif markdown == "heading":
        title_text = f"## [{title_text}](https://www.example.com/news/{index + 1})"

    def group_lines(group: Group) -> list[Line]:
        texts = [values[f] for f in group.fields if f in values]
        if not texts:
            return []
        if tpl.arrangement == "inline" and len(texts) > 1:
            return [Line(tpl.separator.join(texts), "field", index)]
        out = []
        for f, text in zip([f for f in group.fields if f in values], texts, strict=True):
            if markdown and f == "source" and tpl.source_style != "dash":
                text = f"**{text}**"
            out.append(Line(text, "field", index))
        return out

    teaser = _draw_teaser(rng, story, headline)
    body_texts = [_join_paragraphs(rng, teaser)] if tpl.teaser == "oneline" else list(teaser)
    inline_chrome: list[dict[str, Any]] = []
    if tpl.read_more:
        phrase = rng.choice(INLINE_READ_MORE)
        body_texts[-1] += phrase
        inline_chrome.append({"kind": "inline_phrase", "text": phrase.strip(), "at": "body_end"})
    body_lines: list[Line] = []
    for i, text in enumerate(body_texts):
        if i and tpl.teaser == "blocks":
            body_lines.append(Line("", "blank", index))
        body_lines.append(Line(text, "body", index))

    lines: list[Line] = []
    for place in PLACEMENTS:
        for group in tpl.groups:
            if group.placement == place:
                lines.extend(group_lines(group))
        if place == "before":
            lines.append(Line(title_text, "title", index))
        elif place == "between":
            lines.extend(body_lines)
    published = time.text if "time" in tpl.fields else None
    gold = {
        "role": "related",
        "title": headline,
        "source": gold_source,
        "published_text": published,
        "published_offset_seconds": time.offset if published is not None else None,
        "body": "\n\n".join(teaser),
        "inline_chrome": inline_chrome,
    }
    style = "+".join(f"{g.placement}:{'/'.join(g.fields)}" for g in tpl.groups) or "bare"
    time_shown = time if published is not None else None
    return Card(lines, gold, f"{tpl.arrangement}|{style}", time_shown)


def _slug(text: str) -> str:
    return "-".join(_TOKEN.findall(text.lower()))[:60] or "story"


def _section_header(rng: random.Random, lang: Lang, site: str, unseen_ok: bool) -> str:
    if lang.headers:
        text = rng.choice(lang.headers)
    else:
        opening, follow = rng.choice(_HEADER_OPENINGS)
        r = rng.random()
        if follow == "object":
            obj = site if r < 0.6 else rng.choice(_HEADER_SECTIONS)
            text = f"{opening} {obj}"
        elif follow == "suffix" and r < 0.25:
            text = f"{opening} on {site}"
        elif follow == "suffix" and r < 0.5:
            text = f"{opening} in {rng.choice(_HEADER_SECTIONS[:-1])}"
        else:
            text = opening
    # a header no lexicon holds (``UNSEEN_HEADERS``), on a share of pages; drawn
    # by a generator of its own, so that the page's other draws stay as they were
    unseen = UNSEEN_HEADERS.get(lang.code if lang.headers else "en", ())
    own = random.Random(f"unseen header|{site}|{text}")
    if unseen_ok and unseen and own.random() < UNSEEN_HEADER_SHARE:
        text = own.choice(unseen)
    r = rng.random()
    if r < 0.2:
        text = text.upper()
    elif r < 0.3:
        text += ":"
    return text


# Section headers that no data file of the library holds (a unit test keeps it
# so): a list under one is found by its cards' shape, as on a site whose
# wording nobody wrote down.
UNSEEN_HEADERS: dict[str, tuple[str, ...]] = {
    "en": (
        "Worth your time",
        "Before you go",
        "Stories we picked",
        "Fresh from the newsroom",
        "Continue exploring",
        "Other headlines",
        "Across the site",
        "Reader favourites",
        "Our picks for you",
        "Stay in the loop",
        "Elsewhere today",
        "The day's big stories",
        "Picked by our editors",
        "More to explore",
        "Don't stop here",
        "Handpicked stories",
    ),
    "de": (
        "Weitere Geschichten für Sie",
        "Auch lesenswert",
        "Unsere Auswahl",
        "Mehr zum Entdecken",
        "Was Sie noch wissen sollten",
    ),
    "es": (
        "Sigue leyendo esto",
        "Nuestra selección",
        "Más para descubrir",
        "Otras historias de hoy",
        "Antes de irte",
    ),
    "fr": (
        "Notre sélection",
        "À découvrir aussi",
        "Avant de partir",
        "D'autres histoires",
        "Sélection de la rédaction",
    ),
}
UNSEEN_HEADER_SHARE = 0.4


_NAV_LINE = re.compile(r"[^\W\d_][\w&'’.-]*(?: [^\W\d_][\w&'’.-]*){0,2}")


def _markdown_main(rng: random.Random, lines: list[Line], title: str | None) -> None:
    """The main story as a Markdown flattener writes it: menu lines as links, the
    title as a "# " heading. Markdown shows from the page's start, where the library
    looks for it (two links in the first 4,096 characters); stripped, the text is
    unchanged, so the gold is too."""
    links = 0
    chars = 0
    for ln in lines:
        chars += len(ln.text) + 1
        if chars > 3000:
            break
        text = ln.text.strip()
        if _NAV_LINE.fullmatch(text) and (links < 2 or rng.random() < 0.6):
            ln.text = f"[{text}](https://www.example.com/{_slug(text)})"
            links += 1
    for ln in lines:
        if title is not None and _collapse(ln.text) == title:
            ln.text = f"# {ln.text.strip()}"
            break


def _site_name(rng: random.Random, story: Story) -> str:
    first = story.flat.split("\n", 1)[0]
    pieces = [p.strip() for p in _SITE_SPLIT.split(first) if p.strip()]
    if len(pieces) > 1 and 1 <= len(pieces[-1].split()) <= 3 and "�" not in pieces[-1]:
        return pieces[-1]
    return rng.choice(OUTLETS)


# --------------------------------------------------------------------------
# The page.


@dataclass(frozen=True, repr=False)
class GeneratedPage:
    """One generated page: the flattened text and its gold JSON."""

    text: str
    gold: dict[str, Any] = field(hash=False)
    # the drawn lines and cards, for ``tests/pagegen_html.py``
    lines: tuple[Line, ...] = field(default=(), hash=False, compare=False)
    cards: tuple[Card, ...] = field(default=(), hash=False, compare=False)

    def __repr__(self) -> str:
        """Short: a failing example's page is printed by the test, not in its repr."""
        origin = self.gold.get("origin", {})
        return (
            f"GeneratedPage(main={origin.get('main_id', '?')[:10]}, "
            f"cards={len(self.gold.get('articles', [])) - 1}, "
            f"language={origin.get('language')!r}, chars={len(self.text)})"
        )


def generate_page(
    rng: random.Random,
    *,
    language: str | None = None,
    shared: Path = DEFAULT_SHARED,
    markdown_ok: bool = True,
    unseen_headers: bool = True,
) -> GeneratedPage:
    """A page of a real main story and 2-5 cards of drawn shapes (module docstring).

    ``markdown_ok`` False: never Markdown (the same draws, so the same page
    otherwise), for pages rendered as HTML. ``unseen_headers`` False: never a
    header of ``UNSEEN_HEADERS`` (the same draws otherwise: the pages that
    regression tests were written on before those headers were drawn)."""
    lang = lang_for(language)
    material = load_material(Path(shared))
    if not material.mains or len(material.cards) < 6:
        raise ValueError(f"not enough aeb material under {shared}")
    main_index = rng.choice(material.mains)
    main = material.stories[main_index]
    n_cards = rng.randint(2, 5)
    card_pool = [i for i in material.cards if i != main_index]
    card_indices = rng.sample(card_pool, n_cards)

    # page-wide dimensions
    mixed = rng.random() < 0.2
    templates = [_draw_template(rng, lang)]
    if mixed:
        templates.append(_draw_template(rng, lang))
    has_header = rng.random() >= 0.25
    site = _site_name(rng, main)
    header = _section_header(rng, lang, site, unseen_headers) if has_header else None
    pre_chrome = rng.sample(PRE_LIST_CHROME, rng.randint(1, 3)) if rng.random() < 0.35 else []
    gap_mode = rng.choice(("none", "blank", "blank2", "chrome", "mixed"))
    footer = rng.sample(FOOTER_CHROME, rng.randint(1, 3)) if rng.random() < 0.3 else []
    no_blank = rng.random() < 0.3
    trailing = rng.random() < 0.15
    markdown = rng.choice(("link", "heading")) if rng.random() < 0.07 else None
    if not markdown_ok:
        markdown = None
    same_source = rng.random() < 0.25
    outlets = list(lang.outlets) + ([] if lang is ENGLISH else list(OUTLETS[:20]))
    list_source = rng.choice(outlets)

    lines: list[Line] = [Line(x, "main") for x in main.flat.split("\n")]
    if markdown:
        _markdown_main(rng, lines, main.title)
    lines.append(Line("", "blank"))
    for x in pre_chrome:
        lines.append(Line(x, "chrome"))
    if header is not None:
        if pre_chrome and rng.random() < 0.5:
            lines.append(Line("", "blank"))
        shown = f"## {header}" if markdown else header
        lines.append(Line(shown, "header"))
        if rng.random() < 0.5:
            lines.append(Line("", "blank"))

    cards: list[Card] = []
    card_origin: list[dict[str, Any]] = []
    used = {main_index, *card_indices}
    for k, idx in enumerate(card_indices):
        template = rng.choice(templates)
        story = material.stories[idx]
        headline = _draw_headline(rng, story, material, used)
        source = list_source if same_source else rng.choice(outlets)
        card = _render_card(rng, k, template, lang, story, headline, source, markdown)
        mode = "first"
        if k:
            mode = gap_mode
            if mode == "mixed":
                mode = rng.choice(("none", "blank", "blank2", "chrome"))
            if mode == "blank":
                lines.append(Line("", "blank"))
            elif mode == "blank2":
                lines.extend([Line("", "blank"), Line("", "blank")])
            elif mode == "chrome":
                if rng.random() < 0.5:
                    lines.append(Line("", "blank"))
                for x in rng.sample(CHROME_LINES, rng.randint(1, 2)):
                    lines.append(Line(x, "chrome"))
                if rng.random() < 0.5:
                    lines.append(Line("", "blank"))
        lines.extend(card.lines)
        cards.append(card)
        card_origin.append(
            {
                "id": story.id,
                "template": templates.index(template),
                "headline": "title" if headline == story.headline else "sentence",
                "gap_before": mode,
            }
        )
    if footer:
        lines.append(Line("", "blank"))
        lines.extend(Line(x, "chrome") for x in footer)

    if no_blank:
        lines = [ln for ln in lines if ln.kind != "blank"]
    if trailing:
        for ln in lines:
            if ln.text and rng.random() < 0.5:
                ln.text += rng.choice((" ", "  ", "\t", " \t"))

    # text and body spans
    starts: list[int] = []
    pos = 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln.text) + 1
    text = "\n".join(ln.text for ln in lines)
    main_end = max(starts[i] + len(ln.text) for i, ln in enumerate(lines) if ln.kind == "main")
    articles: list[dict[str, Any]] = [
        {
            "role": "main",
            "title": main.title,
            "source": None,
            "published_text": None,
            "published_offset_seconds": None,
            "body": main.body,
            "inline_chrome": [],
            "body_span": [0, main_end],
        }
    ]
    for k, card in enumerate(cards):
        spans = [
            (starts[i], starts[i] + len(ln.text))
            for i, ln in enumerate(lines)
            if ln.card == k and ln.kind == "body"
        ]
        articles.append({**card.gold, "body_span": [spans[0][0], spans[-1][1]]})
    gold = {
        "articles": articles,
        "section_header": header,
        "style_per_card": [c.style for c in cards],
        "origin": {
            "corpus": "aeb",
            "generator": "tests/pagegen.py",
            "language": language,
            "main_id": main.id,
            "main_coverage_in_flat": round(main.coverage, 3),
            "card_ids": [material.stories[i].id for i in card_indices],
            "cards": card_origin,
            "layout": {
                "templates": [t.describe() for t in templates],
                "mixed_templates": mixed,
                "section_header": header is not None,
                "pre_list_chrome": pre_chrome,
                "card_gap": gap_mode,
                "footer_chrome": footer,
                "no_blank_lines": no_blank,
                "trailing_spaces": trailing,
                "markdown": markdown,
                "same_source": same_source,
            },
        },
    }
    return GeneratedPage(text, gold, tuple(lines), tuple(cards))
