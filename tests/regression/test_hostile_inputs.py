"""Hostile input, text and HTML through clean(): a Page or a NewscleanError, fast.

Each case runs in its own process (tests/hostile.py) so a hang or crash
fails only that case; nothing may touch a file or a socket.
"""

from __future__ import annotations

import pytest

from tests.hostile import run_case

# name -> Python expression building the input
CASES = {
    "empty": "''",
    "whitespace_only": "' \\n\\t\\r\\n   \\n'",
    "empty_bytes": "b''",
    "nul_and_controls": "'Title\\x00\\x01\\x02\\nBody text\\x07 with bells.\\x1b[31m'",
    "lone_surrogates": "'Story \\ud800 text \\udfff here.\\nMore text follows here, it said.'",
    "invalid_utf8_bytes": "b'Title\\n' + bytes(range(128, 256)) * 50",
    "ten_mb_single_line": "'word ' * 2_000_000",
    "a_million_dots": "'.' * 1_000_000",
    "short_lines_200k": "'ab\\n' * 200_000",
    "us_abbreviations_bait": "'U.S.' * 50_000",
    "clock_bait": "'12:' * 100_000",
    "timecode_bait": "'00:00 A' * 50_000",
    "entity_like_bait": "'&a=1' * 100_000",
    "read_more_bait": "'x. read more ' * 50_000",
    "mixed_scripts_and_emoji": (
        "'Заголовок 标题 العنوان 🚀🔥\\n' + ('Текст статьи. 新闻内容。 النص هنا. 😀 ' * 2000)"
    ),
    "html_100k_attributes": (
        "'<html><body><p ' + ' '.join(f'a{i}=\"{i}\"' for i in range(100_000))"
        " + '>x</p></body></html>'"
    ),
    "html_external_dtd": (
        "'<!DOCTYPE html SYSTEM \"file:///etc/passwd\">'"
        " '<html><body><p>Hello there.</p></body></html>'"
    ),
    "html_100k_unclosed_comments": "'<html><body>' + '<!-- ' * 100_000 + '<p>x</p>'",
    # a language tag of a megabyte: no evidence for the local time zone, no scan
    "html_megabyte_language_tag": (
        "'<html lang=\"de-' + 'x-' * 500_000 + 'DE\"><body><p>'"
        " + 'Stand: 12.03.2025 14:22 Uhr. Der Rat hat den Plan beschlossen. ' * 5 + '</p>'"
    ),
    # card lists: every block a possible card, headers above or footers below
    "look_alike_cards_20k_headers": (
        "'Related\\n' + ''.join(f'Markets rally on {i:x} hopes\\n{i % 23 + 1} hours ago\\n'"
        " 'The council approved the plan on Monday after a long debate, aides said.\\n'"
        " for i in range(20_000))"
    ),
    "look_alike_cards_20k_footers": (
        "''.join(f'Markets rally on {i:x} hopes\\n'"
        " 'The council approved the plan on Monday after a long debate, aides said.\\n'"
        " f'{i % 23 + 1} hours ago\\n' for i in range(20_000))"
    ),
    # every line a wrapped line of a paragraph (text.reflow joins them all)
    "hard_wrapped_lines_200k": (
        "'the council approved the budget after a long debate on it\\n' * 200_000"
    ),
    # one laid-out table of padded lines, two columns (text.columns reads them in turn)
    "padded_table_columns_50k": (
        "('Menu item' + ' ' * 60 + 'The council approved the plan after a long debate, aides said.'"
        " + ' ' * 20 + '\\n') * 50_000"
    ),
    # a padded table whose every row is cells two spaces apart
    "padded_table_many_cells_20k": "(('ab  ' * 200) + '   ' + 'x' * 60 + ' \\n') * 20_000",
    # a story, 100,000 sentence-cased list items, the story again: the run
    # between is read once to tell a list the story holds from a menu
    "story_list_items_100k": (
        "'Council backs plan\\n' + 'The council approved the plan after a debate. ' * 20"
        " + '\\nThe plan holds these points:\\n' + '* the cost of school travel;\\n' * 100_000"
        " + 'The council approved the plan after a debate. ' * 20"
    ),
    "section_headers_and_short_lines_100k": "'Related\\nShort line here\\n' * 50_000",
    "comma_field_lines_50k": "'Apr 27, 2025, CBS News, BY JANE DOE\\n' * 50_000",
    # 24,000 lists of one card, each under its own section header (96,000 lines)
    "section_and_card_24k": (
        "'Council backs plan\\n' + 'The council approved the plan after a debate. ' * 20"
        " + '\\n' + ''.join(f'Related\\nReuters | {i % 20 + 1} hours ago\\n'"
        " f'Markets rally on {i:x} hopes\\n'"
        " 'The council approved the plan on Monday after a long debate, aides said.\\n'"
        " for i in range(24_000))"
    ),
    # a card list, then 50,000 plain lines long enough to be a short teaser each
    "card_list_then_plain_lines_50k": (
        "'Council backs plan\\n' + 'The council approved the plan after a debate. ' * 20"
        " + '\\nRelated\\nReuters | 2 hours ago\\nMarkets rally on rate hopes\\n'"
        " 'The council approved the plan on Monday after a long debate, aides said.\\n'"
        " 'AP | 3 hours ago\\nStocks fall on weak data today\\n'"
        " + ''.join(f'A long plain line number {i} without any final stop\\n'"
        " for i in range(50_000))"
    ),
    # three cards with fields, then 45,000 without (each a subheading of the one
    # above, sharing its words: every one is compared with the growing card)
    "fielded_then_fieldless_cards_45k": (
        "'Council backs plan\\n' + 'The council approved the plan after a debate. ' * 20"
        " + '\\nMore stories\\n' + ''.join(f'Reuters | {i + 1} hours ago\\n'"
        " f'Port strike ends in deal number {i}\\n'"
        " 'The port strike ended on Monday after the union accepted the offer.\\n'"
        " for i in range(3)) + ''.join(f'Port talks continue round {i}\\n'"
        " 'The port union said the talks at the port would go on through the week.\\n'"
        " for i in range(45_000))"
    ),
    # 12,000 cards with short teasers (each a possible card's whole body above the
    # next header), then 12,000 without fields: each walk up the short bodies
    # must stop where an earlier one went
    # cards found by a source's name below each teaser, no header: the names'
    # list is read once, to the name's last line
    "named_footer_cards_20k": (
        "'Council backs plan\\n' + 'The council approved the plan after a debate. ' * 20"
        " + '\\n' + ''.join(f'Port strike ends in {w} deal\\nThe {w} port strike ended on'"
        " f' Monday after the union accepted the {w} offer made by the owners of the'"
        " f' terminal late on Sunday night.\\nNDTV\\n' for w in ("
        " ''.join(chr(97 + i // 26**k % 26) for k in range(4)) for i in range(20_000)))"
    ),
    # cards found by a source's name between headline and teaser, no header:
    # the names are counted once, the list read from its first card
    "named_header_cards_20k": (
        "'Council backs plan\\n' + 'The council approved the plan after a debate. ' * 20"
        " + '\\n' + ''.join(f'Port strike ends in {w} deal\\nFRANCE 24\\nThe {w} port strike'"
        " f' ended on Monday after the union accepted the {w} offer made by the owners of'"
        " f' the terminal late on Sunday night.\\n' for w in ("
        " ''.join(chr(97 + i // 26**k % 26) for k in range(4)) for i in range(20_000)))"
    ),
    "short_teaser_cards_12k": (
        "'Council backs plan\\n' + 'The council approved the plan after a debate. ' * 20"
        " + '\\nMore stories\\n' + ''.join(f'Reuters | {i % 20 + 1} hours ago\\n'"
        " f'Port strike ends in deal number {i}\\n'"
        " 'The port strike ended on Monday after the union accepted the offer.\\n'"
        " for i in range(12_000)) + ''.join(f'Port talks continue round {i}\\n'"
        " 'The port union said the talks at the port would go on through the week.\\n'"
        " for i in range(12_000))"
    ),
    # pages of entries (stories.page_kind, stories.entries): a live blog of 30,000
    # entries, a thread of 19,000 posts (95,000 lines), a recipe of 50,000 ingredient lines
    "live_blog_entries_30k": (
        "'Storm live: travel chaos\\n' + ''.join(f'Posted at {i % 12 + 1}:{i % 60:02d}\\n'"
        " f'Entry {i} headline\\n'"
        " 'Rail operators cancelled all services north of the city until midday.\\n'"
        " for i in range(30_000))"
    ),
    "forum_posts_19k": (
        "'Why does my bread collapse?\\n' + ''.join(f'user{i}\\nPosted March 3, 2026\\n'"
        " 'It sounds like overproofing to me, try a shorter final proof next time.\\n'"
        " 'Reply\\nQuote\\n' for i in range(19_000))"
    ),
    # every other line prints the <title> with a gloss, between wrapped-looking
    # lines going on with small letters: each is a join the <title> test refuses
    # (reflow) and a headline candidate (content); both read each line once
    "glossed_title_lines_100k": (
        "'Garden ponds how to keep the water clear\\n' + ("
        "'Garden ponds (water features) how to keep the water clear\\n'"
        " 'Clear water in a pond depends on three simple things\\n'"
        " 'pump rate of the filter in litres per hour\\n'"
        " 'share of the pond surface under plants here\\n') * 25_000"
    ),
    "ingredient_lines_50k": (
        "'Chocolate mousse\\nIngredients\\n' + ''.join(f'{i % 500 + 1} g chocolate number {i}\\n'"
        " for i in range(50_000)) + 'Melt the chocolate slowly over a pan of simmering water.'"
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_input_returns_or_raises_a_typed_error(name: str) -> None:
    """The case gives a Page or a NewscleanError well within the deadline, touching nothing."""
    result = run_case(CASES[name])
    assert result["outcome"] in {"page", "InputError", "LimitExceeded"}, result


def test_many_attributes_raise_limit_exceeded_not_hang() -> None:
    """100,000 attributes on one element: LimitExceeded at once (libxml2 is quadratic there)."""
    assert run_case(CASES["html_100k_attributes"])["outcome"] == "LimitExceeded"


def test_a_long_data_uri_is_not_taken_for_many_attributes() -> None:
    """A 200 KB base64 image in one attribute is a normal page, not a limit case."""
    make = (
        "'<html><body><h1>Title here</h1><img src=\"data:image/png;base64,' + 'A' * 200_000"
        " + '==\">' + '<p>' + 'The council met on Monday and voted on the plan. ' * 5 + '</p>'"
        " + '</body></html>'"
    )
    assert run_case(make)["outcome"] == "page"
