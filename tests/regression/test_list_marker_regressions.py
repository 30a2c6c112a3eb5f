"""Regression tests for list markers before related cards' headlines."""

from __future__ import annotations

from datetime import UTC, datetime

import newsclean

_REF = datetime(2025, 6, 7, 12, 0, tzinfo=UTC)
_MAIN = (
    "City council approves new transit budget\n"
    "The city council approved a new transit budget on Thursday after a debate that "
    "lasted more than six hours and drew hundreds of residents.\n"
    "The plan adds forty buses to the busiest routes and extends evening service on "
    "three rail lines, officials said at a briefing afterwards.\n"
    "Opponents argued that the fare increase would hit low-income riders hardest, and "
    "promised to fight it at the next session."
)
_CARDS = (  # headline, source, time, teaser
    ("Drought forces farmers to rethink irrigation", "Reuters", "3 hours ago",
     "Farmers across the valley are switching to drip irrigation as the reservoirs fall "
     "to their lowest level in a decade."),
    ("Museum returns looted statues to Nigeria", "AP", "5 hours ago",
     "The museum handed back thirty bronze statues on Friday in a ceremony attended by "
     "the Nigerian ambassador and local leaders."),
)


def test_a_bullet_before_every_card_headline_is_cut() -> None:
    """A list printed with a bullet before each headline ("• Headline", a
    "▪ Headline") gave titles that kept the bullet; the bullet all the list's
    headlines share is cut as card.rank. (A dash before a short line stays a
    source's: "- News18" under a card's time.)"""
    for bullet in ("•", "▪", "►"):
        cards = [f"{bullet} {h}\n{s} · {t}\n{b}" for h, s, t, b in _CARDS]
        text = "\n".join([_MAIN, "Don't miss", *cards])
        page = newsclean.clean_text(text, reference_time=_REF)
        assert [a.title for a in page.articles[1:]] == [c[0] for c in _CARDS], bullet
        assert [a.source for a in page.articles[1:]] == [c[1] for c in _CARDS]
        assert f"{bullet} " in {r.text for r in page.removed if r.rule == "card.rank"}


def test_a_dash_before_one_headline_alone_stays() -> None:
    """Only a bullet every headline of the list opens with is a list marker."""
    first = f"- {_CARDS[0][0]}\n{_CARDS[0][1]} · {_CARDS[0][2]}\n{_CARDS[0][3]}"
    second = f"{_CARDS[1][0]}\n{_CARDS[1][1]} · {_CARDS[1][2]}\n{_CARDS[1][3]}"
    text = "\n".join([_MAIN, "Don't miss", first, second])
    page = newsclean.clean_text(text, reference_time=_REF)
    assert "card.rank" not in {r.rule for r in page.removed}
