"""Unit tests for ``text/language.py``: the page's language, told by scripts and function words."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import Options, clean, clean_html
from newsclean.core.errors import InputError
from newsclean.text import language as lang_module
from newsclean.text.language import detect_language, tag_language

PROSE = {
    "en": "The council said on Monday that the new bridge would be open to all of the city.",
    "de": "Der Rat hat am Montag gesagt, dass die neue Brücke für die ganze Stadt offen ist.",
    "es": "El consejo dijo el lunes que el nuevo puente estará abierto para toda la ciudad.",
    "fr": "Le conseil a dit lundi que le nouveau pont sera ouvert pour toute la ville.",
    "it": "Il consiglio ha detto lunedì che il nuovo ponte sarà aperto per tutta la città.",
    "pt": "O conselho disse na segunda-feira que a nova ponte vai estar aberta para toda a cidade.",
    "nl": "De raad heeft maandag gezegd dat de nieuwe brug in juni voor de hele stad open is.",
    "id": "Dewan mengatakan pada hari Senin bahwa jembatan yang baru akan dibuka untuk kota ini.",
    "ru": "Совет заявил в понедельник, что новый мост откроется для всего города в июне.",
    "hi": "परिषद ने सोमवार को कहा कि नया पुल जून में पूरे शहर के लिए खुल जाएगा।",
    "ja": "議会は月曜日、新しい橋が六月に市全体に開通すると発表した。",
    "zh": "议会周一表示，新桥将于六月向全市开放。",
    "ko": "의회는 월요일 새 다리가 6월에 시 전체에 개통된다고 밝혔다.",
}


@pytest.mark.parametrize("code", sorted(PROSE))
def test_a_paragraph_of_prose_tells_its_language(code: str) -> None:
    assert detect_language(f"{PROSE[code]}\n{PROSE[code]}") == code


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Home | News | Sport | Weather | 2025",
        "Jane Doe\nJohn Smith\nAnna Schmidt",
        "1 2 3 4 5 6 7 8 9 10",
    ],
)
def test_menus_names_and_numbers_tell_no_language(text: str) -> None:
    assert detect_language(text) is None


def test_words_of_domains_and_time_zones_are_not_function_words() -> None:
    """"com" of "example.com" is Portuguese's "with", "EST" French's "is": a
    page of links and times in English is not told Portuguese or French."""
    links = " ".join(f"https://www.example.com/{k} example.com {k}:00 EST" for k in range(30))
    assert detect_language(f"{links}\n{PROSE['en']}") == "en"


def test_a_page_whose_layout_keeps_blank_space_is_read_by_its_words() -> None:
    """Flatteners that keep the layout pad lines with spaces: the sample is of
    words, not of characters."""
    padded = "\n".join(" " * 400 + PROSE["de"] for _ in range(40))
    assert detect_language(padded) == "de"


def test_the_sample_is_bounded_on_a_huge_page() -> None:
    """A page of 200,000 words is read in its middle and start only."""
    page = " ".join([PROSE["es"]] * 12_000)
    assert len(lang_module._sample(page)) == lang_module._SAMPLE_WORDS
    assert detect_language(page) == "es"


def test_language_tags_map_to_the_languages_with_data_files() -> None:
    assert [tag_language(t) for t in ("de-AT", "pt_BR", "EN", "tlh", None, "")] == [
        "de",
        "pt",
        "en",
        None,
        None,
        None,
    ]


def test_page_language_is_told_from_the_words_of_a_text_page() -> None:
    """Regression (issue 18): Page.language was "en" on German and Spanish pages."""
    for code in ("de", "es"):
        page = "\n".join([PROSE[code]] * 4)
        assert clean(page).language == code


def test_a_language_given_as_an_option_wins_over_the_words() -> None:
    page = "\n".join([PROSE["de"]] * 4)
    assert clean(page, options=Options(language="en")).language == "en"


def test_an_html_pages_words_win_over_its_templates_language_tag() -> None:
    """A template's lang="en" on a page in Spanish: the words tell."""
    body = "".join(f"<p>{PROSE['es']}</p>" for _ in range(4))
    head = "<head><title>Puente</title></head>"
    html = f"<html lang='en'>{head}<body><article>{body}</article></body></html>"
    assert clean_html(html).language == "es"


def test_an_unknown_language_option_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="klingon"):
        Options(language="klingon")


def test_the_cli_refuses_an_unknown_language() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsclean", "--language", "klingon", "-"],
        input="Some text.",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "invalid choice: 'klingon'" in done.stderr


# The words the counts read, as the sample split them before (every word of the
# slice, then those kept), and the counting of session 34 (a ``Counter`` of the
# lower-case words, then each language's sum): the cheaper code must agree.
_WORDS = st.sampled_from(
    ["the", "der", "el", "le", "de", "la", "und", "que", "The", "EST", "est", "a",
     "Brücke", "ciudad", "x.com", "—", "2025", "in", "en", "het", "yang", "dan"]
)  # fmt: skip
_GAPS = st.sampled_from([" ", "  ", "\n", "\n\n", " \t", "\u3000"])


def _spec_sample(text: str) -> list[str]:
    if len(text) <= lang_module._SLICE_CHARS:
        return text.split()[: lang_module._SAMPLE_WORDS]
    words: list[str] = []
    for start in (len(text) // 2, 0):
        size = lang_module._SLICE_CHARS
        while True:
            got = text[start : start + size].split()[1:-1]
            if len(got) >= lang_module._SAMPLE_WORDS // 2 or start + size >= len(text):
                break
            size *= 4
        words += got[: lang_module._SAMPLE_WORDS // 2]
    return words


def _spec_counts(words: list[str]) -> dict[str, int]:
    index = lang_module._stopwords()
    seen = Counter(filter(str.islower, words))
    counts: dict[str, int] = {}
    for word in seen.keys() & index.keys():
        for lang in index[word]:
            counts[lang] = counts.get(lang, 0) + seen[word]
    return counts


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_WORDS, _GAPS), min_size=150, max_size=900))
def test_the_sample_splits_no_more_words_than_it_keeps(pieces: list[tuple[str, str]]) -> None:
    text = "".join(w + g for w, g in pieces)
    assert lang_module._sample(text) == _spec_sample(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=250))
def test_the_function_words_are_counted_as_before(words: list[str]) -> None:
    text = " ".join(words)
    found = lang_module._counts(lang_module._sample(text))
    assert dict(found) == _spec_counts(lang_module._sample(text))
