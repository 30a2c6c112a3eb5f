"""Reader-comment markers from the per-language lexicons."""

from __future__ import annotations

import pytest

from newsclean.text.comment_marks import is_comment_marker, opens_comment_section


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("12 Comments", "en"),
        ("[ 167 comments ]", "en"),
        ("Leave a Reply", "en"),
        ("Jane Doe says:", "en"),
        ("Comment by Rudi — 17.07, 2011 @ 15:30", "en"),
        ("3 Kommentare", "de"),
        ("Schreibe einen Kommentar", "de"),
        ("Rafael sagt:", "de"),
        ("27 commentaires", "fr"),
        ("Écrire un commentaire", "fr"),
        ("Jean a dit :", "fr"),
        ("Deja un comentario", "es"),
        ("Lascia un commento", "it"),
        ("Laat een reactie achter", "nl"),
        ("2 Comentários", "pt"),
        ("Deixe uma resposta", "pt"),
        ("Rafael sagt:", None),  # no hint: every language's markers
        ("Leave a Reply", "de"),  # English markers in a German site's template
    ],
)
def test_markers_of_each_language(line: str, language: str | None) -> None:
    assert is_comment_marker(line, language)


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("The minister said:", "en"),  # a sentence, not a name
        ("Smith said.", "en"),
        ("Der Minister sagt:", "de"),
        ("Merkel sagt", "de"),  # other languages need the colon
        ("Roll the dice", None),  # "dice" is a verb only before a colon
        ("Le ministre a dit :", "fr"),
        ("Comment by the editor", "en"),  # an opinion piece's label: no date
        ("Ein Kommentar von Thomas Schmidt", "de"),
        ("Rafael sagt:", "en"),  # English pages do not read German markers
    ],
)
def test_story_lines_are_no_markers(line: str, language: str | None) -> None:
    assert not is_comment_marker(line, language)


def test_section_openers_of_up_to_200_characters() -> None:
    title = "Why the council voted against the new harbour plan after a year of talks"
    assert opens_comment_section(f'12 thoughts on "{title}"', "en")
    assert not opens_comment_section(title, None)
