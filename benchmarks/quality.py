"""Extraction quality on the article-extraction benchmark, text mode.

Runs ``newsclean.clean_text`` on every page of ``aeb/flat/`` and scores the
main story's text against ``expected/<id>.json`` (``articleBody``) with the
benchmark's metric (``newsclean.shell.scoring``). Baselines computed in the same
run: every line, C4-style line rules, and jusText / trafilatura with each
line as a paragraph (when installed). The corpus README's published HTML
figures are printed as reference rows.

    python benchmarks/quality.py [--corpus PATH] [--worst N]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from newsclean import Options, clean_text  # noqa: E402
from newsclean.shell.scoring import CorpusScore, PageScore, corpus_score, page_score  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "aeb"

# The corpus README's figures (HTML input), for reference.
PUBLISHED: tuple[tuple[str, float, float, float], ...] = (
    ("trafilatura 2.3.1 (HTML, published)", 0.942, 0.978, 0.960),
    ("readability-lxml 0.9 (HTML, published)", 0.936, 0.975, 0.955),
    ("newspaper4k 0.9.6 (HTML, published)", 0.963, 0.923, 0.943),
    ("resiliparse 2.0.1 (HTML, published)", 0.830, 0.979, 0.898),
    ("boilerpy3 1.0.7 (HTML, published)", 0.850, 0.870, 0.860),
    ("justext 3.0.2 (HTML, published)", 0.866, 0.729, 0.792),
    ("html-text 0.7.1 (HTML, published)", 0.500, 0.994, 0.665),
)


@dataclass(frozen=True, slots=True)
class CorpusPage:
    """One benchmark page: its id, flattened text and expected article body."""

    id: str
    text: str
    expected: str


def load_corpus(corpus: Path = DEFAULT_CORPUS) -> list[CorpusPage]:
    """Every page of ``corpus/flat`` with its expected body, sorted by id."""
    pages = []
    for path in sorted((corpus / "flat").glob("*.txt")):
        gold = json.loads((corpus / "expected" / f"{path.stem}.json").read_text(encoding="utf-8"))
        pages.append(CorpusPage(path.stem, path.read_text(encoding="utf-8"), gold["articleBody"]))
    return pages


def newsclean_main_text(text: str, options: Options | None = None) -> str:
    """newsclean's prediction: the main story's body text ("" when none)."""
    main = clean_text(text, options=options).main
    return main.text if main is not None else ""


def newsclean_scores(corpus: Path = DEFAULT_CORPUS) -> CorpusScore:
    """newsclean's corpus score on ``corpus`` (what the quality-floor test checks)."""
    return score(load_corpus(corpus), newsclean_main_text)


def page_scores(pages: Iterable[CorpusPage], extract: Callable[[str], str]) -> list[PageScore]:
    """Score ``extract`` on every page (in order)."""
    return [page_score(p.expected, extract(p.text)) for p in pages]


def score(pages: Iterable[CorpusPage], extract: Callable[[str], str]) -> CorpusScore:
    """The corpus score of ``extract`` with the benchmark's metric."""
    return corpus_score(page_scores(pages, extract))


def all_lines(text: str) -> str:
    """Baseline: keep everything."""
    return text


def c4_lines(text: str) -> str:
    """Baseline: C4-style rules, lines ending in terminal punctuation with >= 3 words."""
    keep = []
    for line in text.splitlines():
        s = line.strip()
        if len(s.split()) >= 3 and s.endswith((".", "!", "?", '"', "”")):
            keep.append(s)
    return "\n".join(keep)


def _justext() -> Callable[[str], str] | None:
    try:
        import justext  # type: ignore[import-untyped]
    except ImportError:
        return None
    stoplist = justext.get_stoplist("English")

    def run(text: str) -> str:
        html = (
            "<html><body>"
            + "".join(f"<p>{_escape(line)}</p>" for line in text.splitlines() if line.strip())
            + "</body></html>"
        )
        paragraphs = justext.justext(html, stoplist)
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return run


def _trafilatura() -> Callable[[str], str] | None:
    try:
        import trafilatura  # type: ignore[import-untyped]
    except ImportError:
        return None

    def run(text: str) -> str:
        html = (
            "<html><body><article>"
            + "".join(f"<p>{_escape(line)}</p>" for line in text.splitlines() if line.strip())
            + "</article></body></html>"
        )
        return trafilatura.extract(html, include_comments=False) or ""

    return run


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def main(argv: list[str] | None = None) -> int:
    """Print the quality table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the aeb corpus folder")
    parser.add_argument("--worst", type=int, default=0, help="also list the N worst pages")
    args = parser.parse_args(argv)
    pages = load_corpus(args.corpus)
    if not pages:
        print(f"no pages under {args.corpus / 'flat'}", file=sys.stderr)
        return 1
    rows: list[tuple[str, CorpusScore | None]] = []
    ours = page_scores(pages, newsclean_main_text)
    rows.append(("newsclean (text)", corpus_score(ours)))
    no_cards = Options(split_cards=False)
    rows.append(
        (
            "newsclean, split_cards=False (text)",
            score(pages, lambda t: newsclean_main_text(t, no_cards)),
        )
    )
    rows.append(("all lines (text)", score(pages, all_lines)))
    rows.append(("C4 line rules (text)", score(pages, c4_lines)))
    for name, factory in (
        ("jusText, line = paragraph", _justext),
        ("trafilatura, line = paragraph", _trafilatura),
    ):
        fn = factory()
        rows.append((f"{name} (text)", score(pages, fn) if fn else None))
    print(f"aeb/flat: {len(pages)} pages, text mode, benchmark metric")
    print(f"| {'extractor':<40} | {'P':>5} | {'R':>5} | {'F1':>5} | {'acc':>5} | pages |")
    print(f"|{'-' * 42}|{'-' * 7}|{'-' * 7}|{'-' * 7}|{'-' * 7}|{'-' * 7}|")
    for name, s in rows:
        if s is None:
            print(f"| {name:<40} | {'not installed':^39} |")
        else:
            print(
                f"| {name:<40} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} "
                f"| {s.accuracy:.3f} | {s.pages:>5} |"
            )
    for name, p, r, f in PUBLISHED:
        print(f"| {name:<40} | {p:.3f} | {r:.3f} | {f:.3f} | {'':>5} | {'':>5} |")
    if args.worst:
        ranked = sorted(zip(pages, ours, strict=True), key=lambda x: x[1].precision + x[1].recall)
        for page, s in ranked[: args.worst]:
            print(f"{page.id[:12]}  P={s.precision:.2f} R={s.recall:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
