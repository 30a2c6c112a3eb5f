"""Cards for people: a page's stories as HTML, removed chrome struck through in place.

``explain(page)`` returns a standalone HTML report (inline CSS, no external
assets); ``Page._repr_html_`` and ``Article._repr_html_`` use the same
cards, so ``clean(...)`` draws itself in a notebook. Each removal is shown
where it was, struck through, with a badge naming its rule (the badge's
tooltip gives the rule's reason). Everything taken from the page is
HTML-escaped.

    >>> from newsclean import clean
    >>> page = clean("Rates held\\nThe bank kept rates on hold. READ MORE\\nCookie policy")
    >>> report = explain(page)
    >>> report.startswith("<!DOCTYPE html>"), "Rates held" in report
    (True, True)
    >>> "<script" in explain(clean("<b>x</b>\\n<script>alert(1)</script> and more words here."))
    False
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from newsclean.core import display
from newsclean.core.rules import RULES
from newsclean.core.types import Article, Page, Removal, Span

__all__ = [
    "CSS",
    "article_html",
    "error_html",
    "explain",
    "note_html",
    "page_html",
    "report_head",
    "report_tail",
]

CSS = """
.nc{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
 color:#1f2328;background:#fff;max-width:860px;line-height:1.55;font-size:15px;padding:4px 2px}
.nc *{box-sizing:border-box}
.nc-pagehead{font-size:13px;color:#57606a;margin:6px 0 10px;overflow-wrap:anywhere}
.nc-pagehead b{color:#1f2328}
.nc-card{border:1px solid #d0d7de;border-radius:8px;padding:14px 18px 8px;margin:12px 0;
 background:#fff;box-shadow:0 1px 2px rgba(31,35,40,.06)}
.nc-card.nc-main{border-left:4px solid #0969da}
.nc-card.nc-related{border-left:4px solid #8c959f}
.nc-role{display:inline-block;font-size:11px;font-weight:600;text-transform:uppercase;
 letter-spacing:.06em;color:#0969da;margin-bottom:2px}
.nc-related .nc-role{color:#57606a}
.nc-title{font-size:20px;font-weight:650;line-height:1.3;margin:0 0 4px}
.nc-meta{font-size:13px;color:#57606a;margin:0 0 10px}
.nc-meta span+span:before{content:"\\00b7";margin:0 6px;color:#8c959f}
.nc-summary{font-style:italic;border-left:3px solid #d0d7de;padding-left:10px;margin:0 0 10px}
.nc-body p{margin:0 0 10px}
.nc-gone{text-decoration:line-through;text-decoration-color:#cf222e;color:#8c959f;
 background:#fff5f5}
.nc-rule{display:inline-block;font:10.5px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;
 color:#a40e26;background:#ffebe9;border:1px solid #ffcecb;border-radius:4px;padding:0 4px;
 margin:0 2px 0 4px;vertical-align:1px;white-space:nowrap;cursor:help}
.nc-body p.nc-goneline{font-size:13px;margin:0 0 8px}
.nc-chrome{font-size:13px;margin:8px 2px;color:#57606a}
.nc-chrome p{margin:2px 0}
.nc-chrome summary{cursor:pointer}
.nc-credit{font-size:13px;color:#57606a;margin:0 0 8px}
.nc-error{border:1px solid #ffcecb;background:#fff5f5;border-radius:8px;padding:10px 14px;
 margin:12px 0;font-size:14px}
.nc-error code{color:#a40e26}
.nc-note{border:1px solid #d0d7de;background:#f6f8fa;border-radius:8px;padding:10px 14px;
 margin:12px 0;font-size:14px;color:#57606a}
.nc-foot{font-size:12px;color:#8c959f;margin:14px 2px}
"""

_FOLD_AT = 4  # page chrome runs longer than this many lines fold into <details>


def report_head(title: str) -> str:
    """The start of a standalone HTML report, with the inline style sheet."""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>body{{margin:24px auto;max-width:900px;"
        f'background:#f6f8fa}}{CSS}</style></head>\n<body><div class="nc">\n'
    )


def report_tail() -> str:
    """The end of a standalone HTML report."""
    return (
        '<p class="nc-foot">Struck-through text was removed; the badge names the rule '
        "(hover for its reason).</p>\n</div></body></html>\n"
    )


def explain(page: Page, *, title: str | None = None) -> str:
    """A standalone HTML report of the page: a card per story, every removal shown.

        >>> from newsclean import clean
        >>> "nc-card" in explain(clean("Rates held\\nThe bank kept rates on hold, it said."))
        True
    """
    heading = title or page.url or (page.main.title if page.main else None) or "page"
    return report_head(f"newsclean: {heading}") + page_html(page, style=False) + report_tail()


def error_html(record_id: Any, kind: str, message: str) -> str:
    """A record that failed, as a box in the report.

        >>> error_html("a<b", "InputError", "empty")
        '<div class="nc-error"><b>a&lt;b</b>: <code>InputError</code> empty</div>\\n'
    """
    return (
        f'<div class="nc-error"><b>{escape(str(record_id))}</b>: '
        f"<code>{escape(kind)}</code> {escape(message)}</div>\n"
    )


def note_html(record_id: Any, message: str) -> str:
    """A record passed over on purpose (``--target-language``), as a box in the report.

        >>> note_html("a<b", "in fr")
        '<div class="nc-note"><b>a&lt;b</b>: skipped: in fr</div>\\n'
    """
    return (
        f'<div class="nc-note"><b>{escape(str(record_id))}</b>: '
        f"skipped: {escape(message)}</div>\n"
    )


# --------------------------------------------------------------------------- pieces


def _badge(removal: Removal) -> str:
    known = RULES.get(removal.rule)
    reason = f"{removal.rule} ({removal.kind.value}): {known.reason}" if known else removal.rule
    return (
        f'<del class="nc-gone" title="{escape(reason)}">{escape(removal.text)}</del>'
        f'<span class="nc-rule" title="{escape(reason)}">{escape(removal.rule)}</span>'
    )


def _meta(article: Article) -> str:
    parts: list[str] = []
    if article.source:
        parts.append(f"<span>{escape(article.source)}</span>")
    if article.published:
        ts = article.published
        shown = escape(ts.text)
        if ts.value is not None:
            iso = ts.value.isoformat()
            when = ts.value.strftime("%Y-%m-%d %H:%M %Z").strip()
            shown = f'<time datetime="{escape(iso)}" title="{escape(iso)}">{shown}</time>'
            if when not in ts.text:
                shown += f" ({escape(when)})"
        parts.append(f"<span>{shown}</span>")
    if article.authors:
        parts.append(f"<span>by {escape(', '.join(article.authors))}</span>")
    return f'<div class="nc-meta">{"".join(parts)}</div>' if parts else ""


def _card_head(article: Article) -> str:
    title = escape(article.title) if article.title else "<i>(untitled)</i>"
    return (
        f'<div class="nc-role">{escape(article.role)} story'
        f" · confidence {article.confidence:.2f}</div>"
        f'<div class="nc-title">{title}</div>{_meta(article)}'
    )


@dataclass(frozen=True, slots=True)
class _Para:
    """A paragraph of a card: kept text, with removals placed at character positions."""

    start: int  # page offset, for ordering
    text: str
    inserts: tuple[tuple[int, Removal], ...]  # (position in text, removal)
    summary: bool = False

    def html(self) -> str:
        out: list[str] = []
        cursor = 0
        for pos, removal in self.inserts:
            out.append(escape(self.text[cursor:pos]))
            lead = " " if pos and not self.text[pos - 1 : pos].isspace() else ""
            out.append(lead + _badge(removal) + " ")
            cursor = pos
        out.append(escape(self.text[cursor:]))
        return "".join(out).strip()


def _place(text: str, span: Span, removals: Sequence[Removal], article: Article) -> list[int]:
    """Where, in a paragraph's rendered text, each removal inside its span went.

    The paragraph is the span's text with the removals cut out and the
    pieces joined by a space, so each removal sits at a piece boundary: its
    offset is estimated from the page offsets and the edits, then snapped
    to the nearest boundary (a space, or either end).
    """
    spaces = [0] + [i + 1 for i, c in enumerate(text) if c == " "] + [len(text)]
    out: list[int] = []
    cut = 0
    for r in removals:
        shift = sum(
            len(e.replacement) - (e.end - e.start)
            for e in article.edits
            if span.start <= e.start and e.end <= r.start
        )
        guess = max(0, min(len(text), r.start - span.start - cut + shift))
        k = bisect.bisect_left(spaces, guess)
        near = [spaces[j] for j in (k - 1, k) if 0 <= j < len(spaces)]
        best = min(near, key=lambda p: abs(p - guess))
        out.append(max(best, out[-1] if out else 0))
        cut += r.end - r.start
    return out


def _paragraphs(article: Article, extra: Iterable[Removal] = ()) -> list[_Para | Removal]:
    """The article's paragraphs and summary in page order, with every removal placed."""
    texts = [s for s in article.spans if s.field in ("summary", "body")]
    bodies = iter(article.paragraphs)
    paras: list[tuple[Span, str]] = []
    for span in texts:
        if span.field == "summary":
            paras.append((span, article.summary or ""))
        else:
            paras.append((span, next(bodies, "")))
    inside: dict[int, list[Removal]] = {i: [] for i in range(len(paras))}
    loose: list[Removal] = []
    for r in sorted([*article.removed, *extra], key=lambda r: (r.start, r.end)):
        for i, (span, _) in enumerate(paras):
            if (
                span.start <= r.start
                and r.end <= span.end
                and (r.start, r.end)
                != (
                    span.start,
                    span.end,
                )
            ):
                inside[i].append(r)
                break
        else:
            loose.append(r)
    items: list[_Para | Removal] = list(loose)
    for i, (span, text) in enumerate(paras):
        placed = _place(text, span, inside[i], article)
        items.append(
            _Para(
                span.start,
                text,
                tuple(zip(placed, inside[i], strict=True)),
                span.field == "summary",
            )
        )
    items.sort(key=lambda x: x.start)
    return items


def _body(items: Sequence[_Para | Removal], show_removed: bool) -> str:
    out: list[str] = []
    for item in items:
        if isinstance(item, Removal):
            if show_removed:
                out.append(f'<p class="nc-goneline">{_badge(item)}</p>')
        elif item.summary:
            out.append(f'<p class="nc-summary">{_para_html(item, show_removed)}</p>')
        else:
            out.append(f"<p>{_para_html(item, show_removed)}</p>")
    return f'<div class="nc-body">{"".join(out)}</div>'


def _para_html(para: _Para, show_removed: bool) -> str:
    return para.html() if show_removed else escape(para.text)


def _card(article: Article, extra: Iterable[Removal], show_removed: bool) -> str:
    credit = (
        f'<div class="nc-credit">Credit: {escape(article.credit)}</div>' if article.credit else ""
    )
    return (
        f'<div class="nc-card nc-{escape(article.role)}">{_card_head(article)}'
        f"{_body(_paragraphs(article, extra), show_removed)}{credit}</div>\n"
    )


def _chrome(run: Sequence[Removal]) -> str:
    lines = "".join(f"<p>{_badge(r)}</p>" for r in run)
    if len(run) <= _FOLD_AT:
        return f'<div class="nc-chrome">{lines}</div>\n'
    counts = Counter(r.rule for r in run)
    rules = ", ".join(f"{escape(name)} ×{n}" for name, n in counts.most_common())
    return (
        f'<details class="nc-chrome"><summary>{len(run)} removed lines ({rules})</summary>'
        f"{lines}</details>\n"
    )


def _extent(article: Article) -> tuple[int, int]:
    ends = [(s.start, s.end) for s in article.spans] + [(r.start, r.end) for r in article.removed]
    if not ends:
        return (0, 0)
    return min(a for a, _ in ends), max(b for _, b in ends)


# --------------------------------------------------------------------------- public


def article_html(article: Article, *, style: bool = True, show_removed: bool = True) -> str:
    """One article's card as an HTML fragment (its own removals struck through).

        >>> from newsclean import clean
        >>> card = article_html(clean("Rates held\\nThe bank kept rates on hold, it said.").main)
        >>> "Rates held" in card and card.startswith("<style>")
        True
    """
    head = f"<style>{CSS}</style>" if style else ""
    return f'{head}<div class="nc">{_card(article, (), show_removed)}</div>'


def page_html(
    page: Page, *, heading: str | None = None, style: bool = True, show_removed: bool = True
) -> str:
    """A page as an HTML fragment: a header line, then cards and chrome in page order.

    Page-level removals that fall inside a story (a "Live Events" line
    between its paragraphs) are drawn in that story's card; the others
    between the cards, long runs folded.
    """
    extents = [_extent(a) for a in page.articles]
    extra: list[list[Removal]] = [[] for _ in page.articles]
    outside: list[Removal] = []
    for r in page.removed:
        for i, (a, b) in enumerate(extents):
            if a <= r.start and r.end <= b:
                extra[i].append(r)
                break
        else:
            outside.append(r)
    blocks: list[tuple[int, str]] = [
        (extents[i][0], _card(a, extra[i], show_removed)) for i, a in enumerate(page.articles)
    ]
    if show_removed:
        run: list[Removal] = []
        starts = sorted(a for a, _ in extents)
        for r in outside:
            if run and any(run[-1].start < s <= r.start for s in starts):
                blocks.append((run[0].start, _chrome(run)))
                run = []
            run.append(r)
        if run:
            blocks.append((run[0].start, _chrome(run)))
    blocks.sort(key=lambda b: b[0])
    removed = len(page.removed) + sum(len(a.removed) for a in page.articles)
    facts = [f"<b>{escape(heading)}</b>"] if heading else []
    if page.url:
        facts.append(escape(page.url))
    if page.metadata and page.metadata.site_name:
        facts.append(escape(page.metadata.site_name))
    facts.append(f"{len(page.articles)} {'story' if len(page.articles) == 1 else 'stories'}")
    facts.append(f"{removed} removals")
    facts.append(f"language {escape(page.language)}")
    facts.append(f"kind {escape(page.kind.value)}")
    head = f"<style>{CSS}</style>" if style else ""
    return (
        f'{head}<div class="nc"><div class="nc-pagehead">{" · ".join(facts)}</div>\n'
        + "".join(html for _, html in blocks)
        + "</div>\n"
    )


# Page._repr_html_ and Article._repr_html_ draw these cards (see core.display)
display.register(Article, article_html)
display.register(Page, page_html)
