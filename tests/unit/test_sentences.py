"""Unit tests of newsclean.parsers.sentences: one rule per test, named after what it guards."""

from __future__ import annotations

import time

import pytest

from newsclean.core.types import Sentence
from newsclean.parsers.sentences import find_joins, split_sentences


def texts(text: str, language: str | None = None) -> list[str]:
    return [s.text for s in split_sentences(text, language=language)]


# ------------------------------------------------------------------ basics


def test_empty_and_blank_text_give_no_sentences() -> None:
    """Empty or whitespace-only input yields an empty tuple."""
    assert split_sentences("") == ()
    assert split_sentences(" \n\t ") == ()
    assert find_joins("") == ()


def test_spans_index_the_input_and_are_stripped() -> None:
    """Offsets point into the unchanged input; surrounding whitespace is outside the span."""
    text = "  One here.   Two there.  "
    assert split_sentences(text) == (
        Sentence("One here.", 2, 11),
        Sentence("Two there.", 14, 24),
    )


def test_text_without_terminator_is_one_sentence() -> None:
    """A fragment with no final punctuation is still a sentence."""
    assert texts("no punctuation at all") == ["no punctuation at all"]


# ------------------------------------------------------- run-together joins


@pytest.mark.parametrize(
    ("text", "join"),
    [
        ("He said Thursday.Chinese platforms grew.", "Chinese"),
        ("It changed in July.'To address it, we acted.", "'To"),
        ("He said: 'It will be impaired in July.'To address it, we met.", "To"),
        ("He spoke to the Commission (PIPC).But it refused.", "But"),
        ("Shares fell.NASA officials said nothing.", "NASA"),
        ("She won the title in 2010.Her coach retired.", "Her"),
    ],
)
def test_lowercase_word_period_capital_word_is_a_join(text: str, join: str) -> None:
    """word.Capital (also after a bracket, before a quote or an acronym) is a join."""
    offset = text.index(join)
    assert find_joins(text) == (offset,)
    assert split_sentences(text)[1].start == offset


def test_digit_before_period_join_is_split() -> None:
    """A year or number before a glued period ends the sentence: 2025.The."""
    assert texts("Profits rose in 2025.The company said so.") == [
        "Profits rose in 2025.",
        "The company said so.",
    ]


def test_year_before_single_letter_word_join_is_split() -> None:
    """2012.A Ph.D. student: a year then the one-letter word A is a join."""
    assert find_joins("She graduated in 2012.A Ph.D. student led it.") == (22,)


def test_closing_curly_quote_before_join_is_split_after_the_quote() -> None:
    """said.”The: the sentence keeps its closing quote; the next starts at T."""
    text = "“We are done,” she said.”The talks ended."
    assert find_joins(text) == (text.index("The"),)


def test_straight_quote_after_period_opens_next_sentence_when_balanced() -> None:
    """said."The with no open quote: the quote opens the next sentence."""
    text = 'The statement said."The cause is unknown," it added.'
    assert find_joins(text) == (text.index('"The'),)


def test_straight_quote_closes_an_open_quote_before_a_name() -> None:
    """An open straight quote closes before a glued name: in 2010."Tottenham."""
    text = 'He said: "I won in 2010."Tottenham agreed.'
    assert find_joins(text) == (text.index("Tottenham"),)


def test_exclamation_and_question_joins_are_split() -> None:
    """!Capital and ?Capital glued together are joins."""
    assert find_joins("What a day!Then it rained.") == (11,)
    assert find_joins("Who knew?Nobody did.") == (9,)


def test_unit_abbreviation_before_capital_is_a_boundary() -> None:
    """1 tsp. Pro tip: a unit's period ends the sentence before a capitalised word."""
    assert texts("Add 1 tsp. Pro tip: stir well.") == ["Add 1 tsp.", "Pro tip: stir well."]
    assert texts("Add 2 lbs. of flour.") == ["Add 2 lbs. of flour."]


def test_join_before_dotted_acronym_is_split() -> None:
    """said.U.S. crude fell: a plain word glued to an acronym is a join."""
    text = "Analyst Carsten Fritsch said.U.S. crude fell."
    assert find_joins(text) == (text.index("U.S."),)


def test_stray_space_before_period_still_joins() -> None:
    """recess .After: a period after a stray space, glued to a word, is a join."""
    text = "It was on its annual recess .After the vote it resumed."
    assert find_joins(text) == (text.index("After"),)


# --------------------------------------------------------- hard negatives


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. Senate passed the bill on Tuesday.",
        "The U.S.-China talks resumed on Friday.",
        "The regulator fined the firm 1.39 billion won.",
        "The dashboard is built with Node.js and React.",
        "Visit example.com for the full list.",
        "The patch is in version v2.0.1 of the library.",
        "She earned her Ph.D. from Stanford University.",
        "J.K. Rowling published a new novel.",
        "The meeting starts at 9 a.m. Eastern time.",
        "He lives at No. 5 Downing Street.",
        "Big retailers, e.g. Amazon and Walmart, cut prices.",
        "Read it at http://Docs.Python.org/3/library/re.html today.",
        "Send questions to Jane.Doe@Example.com by Friday.",
        "Open the file Report.PDF in any viewer.",
        "Developers can migrate to ASP.NET Core quickly.",
        "Details are in section 4.B of the contract.",
        "Yahoo!Japan shut down the service.",
        "Yahoo! Finance reported the figures first.",
        "Dr.Smith and Mr.Jones signed it.",
        "George R.R. Martin has not finished.",
        "Temperatures hit 40.5C in parts of Spain.",
        "The Dow Jones Industrial Average .DJI fell 102 points.",
        "He met Rep. David McKinley, R-W. Va., on Monday.",
    ],
)
def test_hard_negative_is_one_sentence(text: str) -> None:
    """Abbreviations, decimals, domains, file names, e-mails and initials do not split."""
    assert texts(text) == [text]
    assert find_joins(text) == ()


def test_ambiguous_abbreviation_splits_only_before_a_sentence_opener() -> None:
    """U.S. How splits; U.S. Government does not."""
    assert texts("I live in the U.S. How about you?") == ["I live in the U.S.", "How about you?"]
    assert len(texts("I work for the U.S. Government in Virginia.")) == 1


def test_short_time_prefix_does_not_end_a_sentence() -> None:
    """At 5 a.m. Mr. Smith left: too short to be a sentence before Mr."""
    assert len(texts("At 5 a.m. Mr. Smith left the building.")) == 1


def test_pronoun_i_ends_sentence_but_initial_i_does_not() -> None:
    """you and I. Did splits; Albert I. Jones does not."""
    assert texts("We make a good team, you and I. Did you see Albert I. Jones yesterday?") == [
        "We make a good team, you and I.",
        "Did you see Albert I. Jones yesterday?",
    ]


def test_title_before_capital_never_splits() -> None:
    """Prepositive titles (Mr., Dr., St.) keep the name in the sentence."""
    assert len(texts("The St. Louis Cardinals met Dr. Jones and Prof. Adams.")) == 1


# --------------------------------------------------- punctuation and layout


def test_ellipsis_inside_sentence_does_not_split() -> None:
    """Three dots run on, even before a capital."""
    assert len(texts("I wasn’t really ... well, what I mean...see . . . I didn’t mean it.")) == 1


def test_four_dot_ellipsis_ends_sentence() -> None:
    """Four dots before a capital end the sentence."""
    assert texts("I never meant that.... She left the store.") == [
        "I never meant that....",
        "She left the store.",
    ]


def test_closing_quote_and_bracket_stay_with_their_sentence() -> None:
    """Closers after the period belong to the sentence before the space."""
    assert texts('She said, "This is great." She held it.') == [
        'She said, "This is great."',
        "She held it.",
    ]
    assert len(texts("He (he said so.) left early.")) == 1


def test_numbered_list_items_are_separate_sentences() -> None:
    """1. The first item 2. The second item: each item is a sentence."""
    assert texts("1. The first item 2. The second item") == [
        "1. The first item",
        "2. The second item",
    ]
    assert texts("1) The first item 2) The second item") == [
        "1) The first item",
        "2) The second item",
    ]
    assert texts("a. The first item b. The second item") == [
        "a. The first item",
        "b. The second item",
    ]


def test_bullets_start_sentences() -> None:
    """A bullet after whitespace starts a new sentence."""
    assert texts("• 9. The first item • 10. The second item") == [
        "• 9. The first item",
        "• 10. The second item",
    ]


def test_headline_without_punctuation_is_kept_apart_from_next_line() -> None:
    """A newline after an unpunctuated line before a capital is a boundary."""
    assert texts("Markets rally on trade hopes\nStocks rose on Monday.") == [
        "Markets rally on trade hopes",
        "Stocks rose on Monday.",
    ]


def test_newline_before_lowercase_continues_the_sentence() -> None:
    """A wrapped line that continues in lowercase is one sentence."""
    assert len(texts("Stocks rose on\nMonday and fell on\ntuesday.")) == 2
    assert len(texts("Stocks rose on\nmonday.")) == 1


def test_blank_line_always_ends_a_sentence() -> None:
    """A paragraph break is a boundary even after an abbreviation."""
    assert texts("He works for Acme Inc.\n\nthe next part") == [
        "He works for Acme Inc.",
        "the next part",
    ]


# ------------------------------------------------------------- languages


def test_cjk_full_stops_split_without_spaces_and_are_not_joins() -> None:
    """。！？ end sentences; CJK text uses no space, so find_joins reports none."""
    text = "今天天气很好。我们去公园吧！你去吗？"
    assert texts(text) == ["今天天气很好。", "我们去公园吧！", "你去吗？"]
    assert find_joins(text) == ()


def test_hindi_danda_ends_sentences() -> None:
    """The danda । is a sentence terminator."""
    assert texts("यह एक वाक्य है। यह दूसरा है।") == ["यह एक वाक्य है।", "यह दूसरा है।"]


def test_spanish_inverted_marks_open_sentences() -> None:
    """¿ and ¡ open a sentence after ? or !, spaced or glued."""
    assert texts("¿Qué hora es? ¡Son las tres!", language="es") == [
        "¿Qué hora es?",
        "¡Son las tres!",
    ]
    assert find_joins("¿Qué hora es?¡Son las tres!", language="es") == (13,)


def test_german_ordinals_are_not_boundaries() -> None:
    """am 3. Juni and der 2. Weltkrieg keep the number in the sentence."""
    text = "Er kam am 3. Juni an. Der 2. Weltkrieg endete 1945. Die Stadt feierte."
    assert texts(text, language="de") == [
        "Er kam am 3. Juni an.",
        "Der 2. Weltkrieg endete 1945.",
        "Die Stadt feierte.",
    ]


def test_day_and_month_ordinal_holds_without_language() -> None:
    """Month names of every language apply when no language is given."""
    assert len(texts("Er kam am 3. Juni nach Berlin.")) == 1


def test_french_space_before_question_and_exclamation_marks() -> None:
    """Quoi ? Oui ! splits after the spaced marks, guillemets stay attached."""
    assert texts("Vraiment ? Oui ! « Bonjour ! » Il est parti.", language="fr") == [
        "Vraiment ?",
        "Oui !",
        "« Bonjour ! »",
        "Il est parti.",
    ]


def test_unknown_language_falls_back_to_english_lists() -> None:
    """A language without data files uses the English lists."""
    assert texts("The U.S. Senate met. It agreed.", language="xx") == [
        "The U.S. Senate met.",
        "It agreed.",
    ]


# ----------------------------------------------------------------- speed


def test_scan_time_is_linear_in_length() -> None:
    """Ten times the text takes about ten times as long (well under twenty)."""
    unit = "He said Thursday.Chinese firms grew 1.39 percent in the U.S. on Node.js. " * 200
    split_sentences(unit)

    def best(text: str) -> float:
        out = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            split_sentences(text)
            out = min(out, time.perf_counter() - t0)
        return out

    small, large = best(unit), best(unit * 10)
    assert large < 20 * small + 0.05


@pytest.mark.parametrize(
    "text",
    ["." * 100_000, " ." * 50_000, "a" * 100_000 + ".", "\n \n" * 30_000, '."' * 50_000],
)
def test_pathological_inputs_finish_quickly(text: str) -> None:
    """Long runs of one character do not trigger quadratic behaviour."""
    t0 = time.perf_counter()
    split_sentences(text)
    find_joins(text)
    assert time.perf_counter() - t0 < 2.0


def test_closing_quote_or_bracket_glued_to_capital_is_a_join() -> None:
    """formations”The and (2019)The: a closer glued to a capitalised word is a join."""
    assert find_joins("bandit formations”The army moved.") == (18,)
    assert find_joins("It was published (Nov. 18, 2019)The suspect fled.") == (32,)


def test_interview_question_letter_after_join_is_split() -> None:
    """approach.Q: In reading: a single capital before a colon opens a sentence."""
    text = "We had a direct approach.Q: What is next?"
    assert find_joins(text) == (text.index("Q:"),)


def test_glued_dotted_abbreviation_before_capital_word_is_a_join() -> None:
    """10 p.m.Authorities: glued text after a.m./p.m. is a join, spaced it is not."""
    assert find_joins("It started at 10 p.m.Authorities say it ended.") == (21,)
    assert find_joins("Researchers at M.I.T. published it.") == ()


def test_dotted_all_caps_name_is_not_a_join() -> None:
    """IQ.LIGHT: two all-caps words around a period form one name."""
    assert find_joins("It comes with the IQ.LIGHT LED headlamps.") == ()


def test_straight_quote_decided_by_the_next_quote() -> None:
    """that."The ... "foo": the next quote opens, so the glued one closes."""
    text = 'He said "we will not hide from that."The team said "fine" later.'
    assert find_joins(text) == (text.index("The team"),)


def test_fast_candidate_finder_matches_the_candidate_pattern() -> None:
    """The scanner's candidates are what _CANDIDATE.finditer finds, on random hostile strings."""
    import random

    from newsclean.parsers.sentence_scanner import CANDIDATE as _CANDIDATE
    from tests.property.test_fast_paths import candidates as _candidates

    alphabet = list(" \n\t\u00a0\u2028\x1c.!?‽…。！？।•■–-)”(\"'aAzZ9_éÉ²ßſİⅧǅʰ»¡")
    rng = random.Random(7)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        expected = [(m.lastgroup, m.start(), m.end()) for m in _CANDIDATE.finditer(text)]
        assert list(_candidates(text)) == expected, text
