"""Chrome lexicons of other languages, with English chrome still known on their pages."""

from __future__ import annotations

import pytest

from newsclean import Options, clean_text
from newsclean.text.blocks import split_blocks
from newsclean.text.label import label_blocks


@pytest.mark.parametrize(
    ("language", "line", "label"),
    [
        ("de", "Artikel teilen", "chrome"),
        ("de", "Mehr zum Thema", "section_header"),
        ("fr", "Partager cet article", "chrome"),
        ("fr", "À lire aussi", "section_header"),
        ("es", "Compartir", "chrome"),
        ("es", "Noticias relacionadas", "section_header"),
        ("de", "Share", "chrome"),  # English chrome in a German site's template
        ("fr", "Related Articles", "section_header"),
        ("pt", "Compartilhe", "chrome"),
        ("pt", "Você pode gostar...", "section_header"),
        ("it", "Condividi", "chrome"),
        ("it", "Articoli correlati", "section_header"),
    ],
)
def test_lines_of_the_page_language(language: str, line: str, label: str) -> None:
    (decision,) = label_blocks(split_blocks(line), Options(language=language))
    assert decision.label.value == label


def test_english_does_not_read_other_languages_lists() -> None:
    (decision,) = label_blocks(split_blocks("Artikel teilen"), Options(language="en"))
    assert decision.label.value == "short"


@pytest.mark.parametrize(
    ("line", "label"),
    [("Artikel teilen", "chrome"), ("Você pode gostar", "section_header"), ("Share", "chrome")],
)
def test_a_page_without_a_language_hint_reads_every_languages_lists(line: str, label: str) -> None:
    # the whole-line lists only: a chrome line in one language is no story line in another
    (decision,) = label_blocks(split_blocks(line))
    assert decision.label.value == label


def test_inline_chrome_of_the_page_language() -> None:
    body = (
        "Der Stadtrat hat am Montag den neuen Haushalt beschlossen. Weiterlesen "
        "Die Opposition kritisierte die Pläne scharf und kündigte Widerstand an. "
    )
    page = clean_text(f"Stadtrat beschließt Haushalt\n{body * 3}", options=Options(language="de"))
    assert page.main is not None
    assert "Weiterlesen" not in page.main.text
    assert "inline.read_more" in {r.rule for r in page.main.removed}
