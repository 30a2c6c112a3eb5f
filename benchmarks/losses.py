"""Where newsclean loses the truth: missed lines charged to the rule that removed them.

Every removal newsclean makes carries a rule name (``Page.removed``). For
each page of a collection, each line of the truth (``articleBody``) that the
main story does not hold (half its word 4-grams missing, the benchmark's
shingles) is charged to the first removal record whose text holds it; a
line that no record holds is ``(no record)`` (the headline, bylines and
datelines read into ``title``, ``authors`` and ``published``, or a line
split across records), and a page with no main story is ``(no story)``.
It prints, per collection, each rule's share of the truth's words:

    python benchmarks/losses.py [--mode html|text] [--collections aeb,cleaneval,dragnet,l3s-gn1]
        [--top N] [--pages RULE]

``--pages RULE`` lists the pages that lose most to one rule instead.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_corpora
import quality
import quality_html
from newsclean import Page, clean_html, clean_text
from newsclean.shell.scoring import shingles, tokens

NO_RECORD = "(no record)"
NO_STORY = "(no story)"
_HELD = 0.5  # a truth line is held when this share of its 4-grams is in the text


def _share(line: Counter[tuple[str, ...]], text: Counter[tuple[str, ...]]) -> float:
    return sum(1 for s in line if s in text) / len(line)


def losses(expected: str, page: Page) -> Counter[str]:
    """Words of ``expected`` the page's main story misses, by the rule that took them.

    >>> from newsclean import clean_text
    >>> story = "The council passed the new budget on Monday after a long debate."
    >>> page = clean_text(f"Council passes budget\\n{story}\\nShare this article\\n")
    >>> losses(f"{story}\\nShare this article", page)  # a truth that keeps the button
    Counter({'line.chrome_phrase': 3})
    """
    main = page.main
    held = shingles(main.text) if main is not None else Counter()
    records = [(r.rule, shingles(r.text)) for r in page.removed]
    out: Counter[str] = Counter()
    for line in expected.split("\n"):
        line_shingles = shingles(line)
        if not line_shingles or _share(line_shingles, held) >= _HELD:
            continue
        rule = NO_STORY if main is None else NO_RECORD
        for name, text in records:
            if _share(line_shingles, text) >= _HELD:
                rule = name
                break
        out[rule] += len(tokens(line))
    return out


def _pages(mode: str, names: Sequence[str]) -> dict[str, list[tuple[str, str, bytes | str]]]:
    """Each collection's pages as (id, truth, input: HTML bytes or flattened text)."""
    rows: dict[str, list[tuple[str, str, bytes | str]]] = {"aeb": [], "webdev": []}
    roots = {"aeb": bench_corpora.DEFAULT_AEB, "webdev": bench_corpora.DEFAULT_WEBDEV}
    for corpus, root in roots.items():
        if mode == "html":
            rows[corpus] = [(p.id, p.expected, p.html) for p in quality_html.load_corpus(root)]
        else:
            rows[corpus] = [(p.id, p.expected, p.text) for p in quality.load_corpus(root)]
    return {
        name: rows["aeb"]
        if name == "aeb"
        else [r for r in rows["webdev"] if r[0].startswith(name + "__")]
        for name in names
    }


def _text(data: bytes | str) -> Page:
    return clean_text(data if isinstance(data, str) else data.decode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mode", choices=("html", "text"), default="html")
    parser.add_argument("--collections", default="aeb,cleaneval,dragnet,l3s-gn1")
    parser.add_argument("--top", type=int, default=8, help="rules shown per collection")
    parser.add_argument("--pages", metavar="RULE", help="the pages losing most to RULE")
    args = parser.parse_args(argv)
    extract: Callable[[bytes | str], Page] = clean_html if args.mode == "html" else _text
    for name, rows in _pages(args.mode, args.collections.split(",")).items():
        total = sum(len(tokens(truth)) for _, truth, _ in rows) or 1
        by_rule: Counter[str] = Counter()
        by_page: Counter[str] = Counter()
        for page_id, truth, data in rows:
            lost = losses(truth, extract(data))
            by_rule.update(lost)
            if args.pages:
                by_page[page_id] = lost[args.pages]
        print(f"\n{name} ({args.mode}, {len(rows)} pages, {total:,} words of truth)")
        if args.pages:
            for page_id, n in by_page.most_common(args.top):
                if n:
                    print(f"  {n:6d}  {page_id}")
            continue
        print("| rule | share of the truth's words |")
        print("|---|---|")
        for rule, n in by_rule.most_common(args.top):
            print(f"| `{rule}` | {n / total:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
