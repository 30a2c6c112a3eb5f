"""Generated segmentation pages as HTML: the drawn cards of ``tests/pagegen.py``
marked up as a site's related-stories module, inside the main story's real page.

``generate_html_page(rng)`` draws a page exactly as ``generate_page`` does
(the same seed gives the same stories, fields, templates and gold; never
Markdown) and writes it as HTML:

* the main story is the real ``aeb/html/<id>.html`` page, with all its
  chrome; the module goes after the story: before the first ``</article>``,
  ``</main>`` or footer after the story's last paragraph (else before the
  footer after the page's last ``</article>``, else before ``</body>``),
  and only where its parent element holds the story's last paragraph (not
  in an ad slot, a reader comment or a form that closes after the story);
* the module is drawn per page: a list (``<ul>``/``<li>``), ``<article>``
  teasers in a ``<section>``, or plain ``<div>`` cards; class names are
  neutral ("river", "tile") or made up ("c-x7k"), never only "related";
  with probability 0.35 the cards carry schema.org microdata
  (``itemscope``, ``itemprop="headline"``, ``"datePublished"``,
  ``"publisher"``, ``"description"``);
* a card's lines are its text-page lines, one element each: the headline a
  link (in an ``<h3>``/``<h4>`` or alone), a field line a ``<div>`` or
  ``<span>`` whose time, when the card shows one, is a ``<time datetime>``
  (probability 0.7), a teaser paragraph a ``<p>``; the section header an
  ``<h2>``; chrome lines between cards (ads, "Share") ``<div>`` elements.

The gold is the text page's gold: the same articles, titles, sources,
times and bodies, but for the main story's source. The text page's main
story has none (its flattened text shows no source line); the HTML page
states one in its JSON-LD, which is the main story's source when its text
shows none (issue 18): the gold takes the article's ``publisher`` name read
here on its own (``_stated_publisher``: a string or an object's ``name``,
an ``{"@id"}`` reference resolved), and None when the page states none.
"""

from __future__ import annotations

import html
import json
import random
import re
import string
from pathlib import Path

import lxml.etree
import lxml.html

from tests.pagegen import DEFAULT_SHARED, Card, GeneratedPage, Line, generate_page

__all__ = ["generate_html_page"]

_MODULES = ("list", "articles", "divs")
_NEUTRAL = ("river", "tile", "stream", "feed", "grid", "rail", "strip", "module", "block")
# a footer: the tag, or an element classed so ("site-footer")
_FOOTER = re.compile(r"<(?:footer\b|[a-z]+\b[^>]*\b(?:class|id)=[\"'][^\"']*footer)", re.IGNORECASE)
_STORY_END = re.compile(rf"</article\b|</main\b|{_FOOTER.pattern}", re.IGNORECASE)
_BODY_END = re.compile(r"</body\s*>", re.IGNORECASE)


def generate_html_page(
    rng: random.Random, *, language: str | None = None, shared: Path = DEFAULT_SHARED
) -> GeneratedPage:
    """The page of ``generate_page(rng)`` (never Markdown) as HTML (module docstring)."""
    page = generate_page(rng, language=language, shared=shared, markdown_ok=False)
    main_id = page.gold["origin"]["main_id"]
    source = (Path(shared) / "corpora" / "aeb" / "html" / f"{main_id}.html").read_text(
        encoding="utf-8"
    )
    module = _module(rng, page)
    story_end = _story_end(source, page.gold["articles"][0]["body"])
    main = {**page.gold["articles"][0], "source": _stated_publisher(source)}
    gold = {**page.gold, "articles": [main, *page.gold["articles"][1:]]}
    return GeneratedPage(_insert(source, module, story_end), gold, page.lines, page.cards)


_LD_SCRIPT = re.compile(
    r"<script[^>]*application/ld\+json[^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL
)
_ARTICLE_TYPE = re.compile(r"(?:news|blog|report|)(?:article|posting)$|report$", re.IGNORECASE)


def _stated_publisher(page: str) -> str | None:
    """The name of the publisher the page's JSON-LD states for its article.

    >>> _stated_publisher('<script type="application/ld+json">{"@graph": [{"@type":'
    ...     ' "Organization", "@id": "#o", "name": "Daily"}, {"@type": "NewsArticle",'
    ...     ' "publisher": {"@id": "#o"}}]}</script>')
    'Daily'
    """
    objects: list[dict[str, object]] = []
    for raw in _LD_SCRIPT.findall(page):
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                objects.append(item)
                stack.extend(v for v in item.get("@graph", []) if isinstance(v, dict))
    ids = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str) and "name" in o}
    for obj in objects:
        kinds = obj.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if not any(isinstance(k, str) and _ARTICLE_TYPE.search(k) for k in kinds):
            continue
        publishers = obj.get("publisher")
        for pub in publishers if isinstance(publishers, list) else [publishers]:
            if isinstance(pub, dict) and "name" not in pub:
                pub = ids.get(pub.get("@id"))  # type: ignore[arg-type]
            name = pub.get("name") if isinstance(pub, dict) else pub
            if isinstance(name, str) and name.strip() and not name.startswith("http"):
                return " ".join(name.split())
        return None
    return None


_PLAIN_RUN = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){3,}")  # 4+ words of letters only


def _story_end(page: str, body: str) -> int | None:
    """Where the main story's last paragraph found in the page's markup lies: a
    run of plain words of one of its last paragraphs (no entity to escape)."""
    for para in reversed(body.split("\n\n")[-3:]):
        runs = _PLAIN_RUN.findall(para)
        if runs:
            at = page.rfind(max(runs, key=len)[:60])
            if at >= 0:
                return at
    return None


def _insert(page: str, module: str, story_end: int | None) -> str:
    """``module`` after the main story: before the first ``</article>``,
    ``</main>``, ``<footer`` or element classed "footer" after its last
    paragraph (``story_end``; without it, after the page's last
    ``</article>`` or its middle), else before the last ``</body>``.

    Only a place whose parent element holds the story's last paragraph
    counts: a site puts its related module in the story's container, not
    inside an ad slot, a reader comment, a form or another teaser that
    happens to close after the story."""
    low = page.lower()
    if story_end is None:
        after, ends = max(low.rfind("</article"), len(page) // 2), _FOOTER
    else:
        after, ends = story_end, _STORY_END
    places = [m.start() for m in ends.finditer(page, after) if not _in_raw_text(low, m.start())]
    body_ends = [m.start() for m in _BODY_END.finditer(page) if not _in_raw_text(low, m.start())]
    # the last "</body>" (a script may print one before)
    places.append(body_ends[-1] if body_ends else len(page))
    at = _first_in_story_container(page, story_end, places)
    return f"{page[:at]}\n{module}\n{page[at:]}"


def _first_in_story_container(page: str, story_end: int | None, places: list[int]) -> int:
    """The first of ``places`` whose parent element (once the page is parsed)
    is an ancestor of the story's end; the last place when none is, or when
    the story's end is unknown. One parse: a probe element at each place."""
    if story_end is None or len(places) == 1:
        return places[-1] if story_end is None else places[0]
    marks = sorted([(story_end, "story")] + [(at, str(i)) for i, at in enumerate(places)])
    probed, last = [], 0
    for at, name in marks:
        probed += [page[last:at], f'<i data-pagegen-probe="{name}"></i>']
        last = at
    probed.append(page[last:])
    try:
        doc = lxml.html.document_fromstring("".join(probed))
    except (lxml.etree.ParserError, ValueError):
        return places[0]
    probes = {el.get("data-pagegen-probe"): el for el in doc.iter("i")}
    story = probes.get("story")
    if story is None:
        return places[0]
    holders = set(story.iterancestors())
    for i, at in enumerate(places):
        probe = probes.get(str(i))
        if probe is not None and probe.getparent() in holders:
            return at
    return places[-1]


def _in_raw_text(low: str, at: int) -> bool:
    """Whether position ``at`` of the lowered page lies in a script, a style or a
    comment (a "footer" in a script's string is no element)."""
    return any(
        low.rfind(start, 0, at) > low.rfind(end, 0, at)
        for start, end in (("<script", "</script"), ("<style", "</style"), ("<!--", "-->"))
    )


def _made_up(rng: random.Random) -> str:
    letters = "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(3))
    return f"{rng.choice(('c', 'x', 'm', 'u'))}-{letters}"


def _module(rng: random.Random, page: GeneratedPage) -> str:
    kind = rng.choice(_MODULES)
    neutral = rng.random() < 0.5
    box = rng.choice(_NEUTRAL) if neutral else _made_up(rng)
    item = f"{box}__item" if neutral else _made_up(rng)
    microdata = rng.random() < 0.35
    out: list[str] = []
    by_card: dict[int, list[Line]] = {}
    order: list[tuple[str, object]] = []  # ("line", Line) | ("card", index)
    for ln in page.lines:
        if ln.kind in ("main", "blank"):
            continue
        if ln.card is not None:
            if ln.card not in by_card:
                by_card[ln.card] = []
                order.append(("card", ln.card))
            by_card[ln.card].append(ln)
        else:
            order.append(("line", ln))
    outer, inner = {"list": ("ul", "li"), "articles": ("section", "article")}.get(
        kind, ("div", "div")
    )
    out.append(f'<div class="{box}-wrap">')
    opened = False
    for what, value in order:
        if what == "line":
            assert isinstance(value, Line)
            if opened and value.kind == "chrome" and kind == "list":
                out.append(f"<li class=\"ad\">{html.escape(value.text)}</li>")
                continue
            if opened:
                out.append(f"</{outer}>")
                opened = False
            tag = "h2" if value.kind == "header" else "div"
            out.append(f"<{tag}>{html.escape(value.text)}</{tag}>")
            continue
        assert isinstance(value, int)
        if not opened:
            out.append(f'<{outer} class="{box}">')
            opened = True
        out.append(_card(rng, inner, item, page.cards[value], by_card[value], value, microdata))
    if opened:
        out.append(f"</{outer}>")
    out.append("</div>")
    return "\n".join(out)


def _card(
    rng: random.Random,
    tag: str,
    item: str,
    card: Card,
    lines: list[Line],
    index: int,
    microdata: bool,
) -> str:
    scope = ' itemscope itemtype="https://schema.org/NewsArticle"' if microdata else ""
    parts = [f'<{tag} class="{item}"{scope}>']
    href = f"https://www.example.com/news/{index + 1}"
    heading = rng.choice(("h3", "h4", None))
    gold = card.gold
    for ln in lines:
        text = ln.text.strip()
        if ln.kind == "title":
            prop = ' itemprop="headline"' if microdata else ""
            link = f'<a href="{href}"{prop}>{html.escape(text)}</a>'
            parts.append(f"<{heading}>{link}</{heading}>" if heading else f"<div>{link}</div>")
        elif ln.kind == "field":
            parts.append(f'<div class="meta">{_field(rng, text, card, gold, microdata)}</div>')
        elif ln.kind == "body":
            prop = ' itemprop="description"' if microdata else ""
            parts.append(f"<p{prop}>{html.escape(text)}</p>")
    parts.append(f"</{tag}>")
    return "".join(parts)


def _field(
    rng: random.Random, text: str, card: Card, gold: dict[str, object], microdata: bool
) -> str:
    """A field line's markup: its time a ``<time datetime>`` (and its source a
    publisher, when the card carries microdata)."""
    time = card.time
    if time is not None and time.field in text and rng.random() < 0.7:
        head, _, tail = text.partition(time.field)
        prop = ' itemprop="datePublished"' if microdata else ""
        stamp = f'<time datetime="{time.when.isoformat()}"{prop}>{html.escape(time.field)}</time>'
        return f"{_marked(head, gold, microdata)}{stamp}{_marked(tail, gold, microdata)}"
    return _marked(text, gold, microdata)


def _marked(text: str, gold: dict[str, object], microdata: bool) -> str:
    source = gold.get("source")
    if microdata and isinstance(source, str) and text.strip() == source:
        return f'<span itemprop="publisher">{html.escape(text)}</span>'
    return html.escape(text)
