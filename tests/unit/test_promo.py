"""Unit tests for text.promo: a site's prompt to subscribe to it or follow it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.text import promo
from newsclean.text.promo import is_promo


@pytest.mark.parametrize(
    "line",
    [
        "Get the day’s top headlines delivered to your inbox every morning.",
        "Sign up for our newsletter",
        "NEWSLETTER SIGN UP",
        "Follow @nytimesworld for international breaking news and headlines.",
        "Stay up to date with Ascom. Subscribe to our newsletter.",
        "Abonnez-vous à notre newsletter pour recevoir nos articles.",
        "Melden Sie sich für unseren Newsletter an.",
        "Suscríbete a nuestro boletín y recibe las noticias del día.",
        "Iscriviti alla nostra newsletter",
        "Подписывайтесь на наш канал в Telegram",
        "扫码关注我们的公众号",
    ],
)
def test_a_sites_own_prompt_is_a_promo(line: str) -> None:
    assert is_promo(line)


@pytest.mark.parametrize(
    "line",
    [
        # a story about a newsletter, a streaming service or e-mail
        "The newsletter was sent to 40,000 readers on Monday.",
        "Sign up for the Disney+ bundle using the same email as your Hulu account.",
        "If a suspicious email lands in your inbox, do not open its attachment.",
        "Subscribers can watch the final on Sunday.",
        # a phrase's words inside longer words: no whole-word match
        "Ourselves, we followed usual procedure.",
    ],
)
def test_story_sentences_are_no_promo(line: str) -> None:
    assert not is_promo(line)


def test_spaces_in_a_phrase_match_any_run_of_spaces() -> None:
    assert is_promo("Sign  up   for our daily briefing")


_SPACED = [p for p in promo._PHRASES if not promo._unspaced(p)]
_WORDS = st.text(alphabet=st.characters(whitelist_categories=("Ll", "Lu")), min_size=1, max_size=8)


@given(
    st.sampled_from(_SPACED),
    st.sampled_from([str.lower, str.upper, str.capitalize, str.title]),
    st.lists(_WORDS, max_size=4),
    st.lists(_WORDS, max_size=4),
    st.sampled_from(["", ".", "!", ":", ")"]),
)
def test_every_phrase_is_found_in_any_case_among_any_words(
    phrase: str, case: Callable[[str], str], before: list[str], after: list[str], end: str
) -> None:
    """Each phrase of every language's list is found where a line prints it:
    lower case, capitals or capitalised, between any words, a punctuation
    mark stuck to its end (the words are looked up in a set first, so a form
    the set lacks would never reach the pattern)."""
    line = " ".join([*before, case(phrase) + end, *after])
    assert is_promo(line, unspaced=False)


@given(st.sampled_from([p for p in promo._PHRASES if promo._unspaced(p)]), _WORDS)
def test_every_unspaced_phrase_is_found_inside_its_line(phrase: str, word: str) -> None:
    assert is_promo(f"{word}{phrase}{word}")


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to our newsletter",
        "Follow him on Twitter @jdoe",
        "Got a news tip? Email us.",
        "Folgen Sie uns auf Instagram",
        "Abonnez-vous pour lire la suite",
        "Síguenos en Facebook",
        "Iscriviti alla newsletter",
        "Volg ons op X",
        "Подписывайтесь на наш канал",
    ],
)
def test_a_closing_prompt_in_any_language_is_one(line: str) -> None:
    assert promo.is_closing_prompt(line)


@pytest.mark.parametrize(
    "line",
    [
        "The subscribers voted to keep the old plan.",
        "He did not follow the rules, the court found.",
        "Officials said the talks would resume on Monday.",
    ],
)
def test_story_lines_are_no_closing_prompt(line: str) -> None:
    assert not promo.is_closing_prompt(line)
