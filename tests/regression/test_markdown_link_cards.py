"""Markdown pages whose cards print their headlines as whole links (issue 16):
a menu of link lines, a "# " title over the story, then cards of a link
headline over a teaser, with no section header and no field. Stripped of
its syntax such a list reads like a story's subheadings over its parts; the
lines that were whole links (``Normalized.links``) tell it
(``stories.link_cards``)."""

from __future__ import annotations

import time

import newsclean
from newsclean.text.normalize import normalize

MENU = "[Home](https://www.example.com/)\n[World](/world)\n[Business](/business)\n[Sport](/sport)"

STORY = """# Council approves the new budget after a long debate

The city council approved the new budget on Monday after a debate that lasted \
well into the night, with members from both parties raising concerns about \
the cost of the transit plan.

Opposition members said that the plan would raise taxes for most families in \
the city, while the mayor argued that the investment was long overdue and \
would pay for itself within a decade.

The budget now goes to the state for review, which officials expect to take \
about two months before any of the new spending can begin."""

CARDS = (
    ("Storm batters the northern coast overnight", "Heavy rain and strong winds battered the \
northern coast overnight, cutting power to thousands of homes and closing several roads."),
    ("Museum returns looted statues to Nigeria", "The museum handed back thirty bronze \
statues on Friday in a ceremony attended by the Nigerian ambassador and local leaders."),
    ("Markets slide as investors weigh trade talks", "Stocks fell across Asia on Tuesday as a \
muddled view of the trade talks weighed on investors, who sold shares in exporters."),
)


def _page(heading: str, gap: str = "Share this article\n\n") -> str:
    cards = "\n\n".join(
        f"{heading}[{title}](https://www.example.com/news/{k})\n{teaser}"
        for k, (title, teaser) in enumerate(CARDS)
    )
    return f"{MENU}\n\n{STORY}\n\n{gap}{cards}\n"


def test_link_headline_cards_without_header_are_cards() -> None:
    page = newsclean.clean_text(_page(""))
    titles = [a.title for a in page.articles]
    assert titles == ["Council approves the new budget after a long debate"] + [
        t for t, _ in CARDS
    ]


def test_heading_link_headline_cards_are_cards() -> None:
    page = newsclean.clean_text(_page("## "))
    assert [a.title for a in page.articles[1:]] == [t for t, _ in CARDS]
    assert "Storm batters" not in page.main.text


def test_the_lines_that_were_whole_links_are_handed_on() -> None:
    n = normalize(_page("## "), markdown=True)
    linked = [n.text[i : n.text.index("\n", i)] for i in n.links]
    assert linked == ["Home", "World", "Business", "Sport"] + [t for t, _ in CARDS]


def test_subheadings_that_are_no_links_stay_the_story() -> None:
    # (the same page, its "cards" printed as plain subheadings: a story's parts)
    text = _page("## ").replace("](https://www.example.com/news/", "").replace("[", "")
    text = "\n".join(line.split(")")[0] if line[:3] == "## " else line for line in text.split("\n"))
    page = newsclean.clean_text(text)
    assert len(page.articles) == 1


def test_linked_items_running_on_from_the_story_stay_the_story() -> None:
    # (no chrome or heading between the story's text and the first linked
    # item: a listicle's linked addresses, a deals post's links, a blog's
    # posts one under another are the page's own text)
    page = newsclean.clean_text(_page("## ", gap=""))
    assert len(page.articles) == 1
    assert "Storm batters" in page.main.text


def test_a_menu_of_link_lines_below_the_story_is_no_list() -> None:
    # (a run of whole-link lines with no teaser between them)
    menu = "\n".join(f"[{t}](/news/{k})" for k, (t, _) in enumerate(CARDS * 2))
    page = newsclean.clean_text(f"{MENU}\n\n{STORY}\n\n{menu}\n")
    assert len(page.articles) == 1


def test_many_link_lines_stay_linear() -> None:
    """100,000 whole-link lines (a menu, and cards of a link and a teaser)
    take about ten times as long as 10,000: normalisation finds them once,
    and the list tries are bounded."""

    def best(n: int) -> float:
        menu = "\n".join(f"[Link number {k} of the menu](/m/{k})" for k in range(n // 2))
        card = "[Headline number {} here](/c/{})\nA teaser of the card, with words."
        cards = "\n".join(card.format(k, k) for k in range(n // 4))
        text = f"{MENU}\n\n{STORY}\n\n{menu}\n{cards}\n"
        t0 = time.perf_counter()
        newsclean.clean_text(text, options=newsclean.Options(max_lines=10**6))
        return time.perf_counter() - t0

    small = best(10_000)
    large = best(100_000)
    assert large < 20 * small + 0.5


def test_logo_heading_that_is_the_title_lines_site_part_is_no_headline() -> None:
    """A Markdown page whose tool prints the <title> first ("Headline | Site")
    and a logo's "# Site" heading: the heading names the site, so the page's
    headline is read from the title line, as on a flattened page, and the
    cards between the logo and the story stay out of it (aeb 5f9c5ed5 and
    dragnet R446 through markdownify)."""
    story = [
        "The court heard that the man had sent the messages over several weeks in the spring. "
        "Prosecutors said he called the senator's office in Washington more than a dozen times.",
        "His lawyer told the judge that his client regretted the calls and had sought treatment. "
        "Sentencing was set for March, and he remains free on bail until then, officials said.",
        "The senator's office declined to comment on the plea on Monday afternoon. "
        "A spokesman said staff had been shaken by the calls but continued their work as usual.",
    ]
    site = "https://www.dailyharbour.com"
    menu = "\n".join(f"* [{w}]({site}/{w.lower()}/)" for w in ("World", "Sport", "Business"))
    teasers = [
        ("Bridge to open next month", "PORTSMOUTH: Officials said the new bridge would open "
         "to traffic next month after a series of safety tests on its deck."),
        ("Harbour plan delayed again", "PORTSMOUTH: The harbour plan was delayed again on "
         "Friday as the port authority asked for more time to study the costs."),
        ("Shares rise as bank holds rates", "LONDON: Shares rose in early trading after the "
         "central bank signalled it would hold rates steady for the summer months."),
    ]  # fmt: skip
    cards = "\n".join(f"* [{t}]({site}/{i}/) {b}" for i, (t, b) in enumerate(teasers))
    page = "\n\n".join(
        ["Man pleads guilty to threatening senator | Daily Harbour",
         f"# [Daily Harbour]({site}/)", menu, "**Breaking News**", cards,
         "## Man pleads guilty to threatening senator", *story, "## Related Articles", menu]
    )  # fmt: skip
    main = newsclean.clean_text(page).main
    assert main is not None
    assert main.title == "Man pleads guilty to threatening senator"
    assert main.paragraphs == tuple(story)
