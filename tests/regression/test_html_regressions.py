"""Regression tests for HTML extraction, named after the class of page each guards."""

from __future__ import annotations

import json

from newsclean import Article
from newsclean.pipeline.html import clean_html_page
from newsclean.shell.scoring import page_score
from tests.conftest import shared_path

_STORY = [
    "The court heard that the man had sent the messages over several weeks in the spring, "
    "and prosecutors said he called the office in Washington more than a dozen times.",
    "His lawyer told the judge that his client regretted the calls and had sought treatment, "
    "and sentencing was set for March, with the man free on bail until then, officials said.",
    "The office declined to comment on the plea on Monday afternoon, but a spokesman said "
    "staff had been shaken by the calls and had continued their work as usual since then.",
    "Threats against members of Congress have risen sharply in recent years, police said, "
    "and the Capitol Police opened more than nine thousand cases last year, a record.",
]
_NAV = "<nav><a href='/'>Home</a> <a href='/w'>World</a> <a href='/s'>Sport</a></nav>"


def _page(body: str, head: str = "") -> str:
    return (
        f"<html><head><title>Man pleads guilty</title>{head}</head><body>{_NAV}{body}</body></html>"
    )


def _paragraphs(items: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in items)


def _main(html: str) -> Article:
    """The page's main story (the test fails when it has none)."""
    page = clean_html_page(html)
    assert page.main is not None
    return page.main


def _recall(html: str, expected: list[str]) -> float:
    page = clean_html_page(html)
    assert page.main is not None
    return page_score("\n".join(expected), page.main.text).recall


def test_small_box_with_content_class_does_not_beat_the_story() -> None:
    """A byline box named "content" loses to the story whose paragraphs are hover-card links."""
    hover = "<p><a href='/p'>Jane Roe</a> <a href='/p'>Jane Roe</a> <a href='/t'>Topic</a></p>"
    body = (
        "<div class='column content main'><div class='content-item'>Picks from the newsroom, "
        "updated daily</div></div>"
        f"<div>{hover * 3}{_paragraphs(_STORY)}{hover * 3}</div>"
    )
    page = clean_html_page(_page(body))
    assert page.main is not None
    assert page_score("\n".join(_STORY), page.main.text).recall == 1.0
    assert "Picks from the newsroom" not in page.main.text


def test_paragraphs_in_separate_wrappers_are_one_story() -> None:
    """A story with every paragraph in its own wrapper div comes out whole."""
    wrapped = "".join(f"<div class='wrap'><div class='text'><p>{p}</p></div></div>" for p in _STORY)
    body = f"<article><h1>Man pleads guilty</h1><div class='body'>{wrapped}</div></article>"
    assert _recall(_page(body), _STORY) == 1.0


def test_story_split_around_an_embed_is_one_story() -> None:
    """Two halves of a story in sibling wrappers (an embed between) both come out."""
    body = (
        "<article><div class='c'><div class='c1'><div class='c2'>"
        f"{_paragraphs(_STORY[:2])}</div></div></div><div class='x'></div>"
        f"<div class='c'><div class='c1'><div class='c2'>{_paragraphs(_STORY[2:])}"
        "</div></div></div></article><aside><a href='/r'>Related one</a></aside>"
    )
    assert _recall(_page(body), _STORY) == 1.0


def test_key_points_list_above_the_story_stays_out() -> None:
    """Climbing to a parent never pulls in a bullet list of key points beside the story."""
    points = "".join(f"<li>{p[:110]}</li>" for p in ("Key point " + s for s in _STORY[:3]))
    body = (
        f"<div class='page'><div class='points'><ul>{points}</ul></div>"
        f"<div class='story'>{_paragraphs(_STORY)}</div></div>"
    )
    page = clean_html_page(_page(body))
    assert page.main is not None
    assert "Key point" not in page.main.text


def test_embedded_tweets_are_kept() -> None:
    """An embedded post (blockquote.twitter-tweet in a social embed) is story text."""
    tweet = (
        "<div class='social-media-embed'><blockquote class='twitter-tweet'><p>We must apply "
        "a system of compassion to criminal justice, and we will keep saying so.</p>"
        "— Rep. Jane Roe (@janeroe) November 19, 2019</blockquote></div>"
    )
    body = f"<article>{_paragraphs(_STORY[:2])}{tweet}{_paragraphs(_STORY[2:])}</article>"
    page = clean_html_page(_page(body))
    assert page.main is not None
    assert "system of compassion" in page.main.text


def test_copyright_and_related_header_inside_container_removed() -> None:
    """Line rules (legal notice, section header) still apply inside the chosen container."""
    body = (
        f"<article>{_paragraphs(_STORY)}<p>Copyright © 2019 Daily News. All rights reserved."
        "</p><p>You may also like</p></article>"
    )
    page = clean_html_page(_page(body))
    assert page.main is not None
    assert "rights reserved" not in page.main.text
    assert "may also like" not in page.main.text.lower()
    assert {"line.legal"} <= {r.rule for r in page.removed}


def test_dateline_and_byline_above_the_story_become_fields() -> None:
    """A date line and a "By ..." line before the first paragraph fill published and authors."""
    body = (
        "<article><h1>Man pleads guilty</h1><p>By Jane Roe</p>"
        f"<p>November 20, 2019</p>{_paragraphs(_STORY)}</article>"
    )
    page = clean_html_page(_page(body))
    assert page.main is not None
    assert page.main.authors == ("Jane Roe",)
    assert page.main.published is not None
    assert "Jane Roe" not in page.main.text
    assert "November 20" not in page.main.text


def test_schedule_of_dated_lines_stays_in_the_body() -> None:
    """A run of dated lines (tour dates) is a list in the story, not its dateline."""
    dates = "".join(f"<p>June {d} – Tampa, FL @ Credit Union Amphitheatre</p>" for d in (9, 10, 17))
    body = f"<article><h1>Tour</h1>{dates}{_paragraphs(_STORY)}</article>"
    page = clean_html_page(_page(body))
    assert page.main is not None
    assert "June 10" in page.main.text


def test_authors_from_byline_class_when_head_names_none() -> None:
    """A byline element's names become the authors when no meta or JSON-LD names them."""
    body = f"<article><div class='byline'>By Jane Roe</div>{_paragraphs(_STORY)}</article>"
    page = clean_html_page(_page(body))
    assert page.metadata is not None
    assert page.metadata.authors == ("Jane Roe",)
    assert page.metadata.authors_from == "byline"


def test_utf8_bytes_with_bom_and_late_nul_parse() -> None:
    """UTF-8 bytes go to the parser as they are: a BOM is dropped, a late NUL ignored."""
    html = _page(_paragraphs(_STORY) + "<p>Café crème" + "x" * 5000 + "\x00</p>")
    page = clean_html_page(b"\xef\xbb\xbf" + html.encode("utf-8"))
    assert page.main is not None
    assert "Café crème" in page.text
    assert "\x00" not in page.text


def test_caption_with_image_credit_left_in_the_text_removed() -> None:
    """A paragraph ending in "(Image: GETTY)" is a caption, removed as html.caption."""
    caption = "<p>Protesters have worn masks to protect their identities (Image: GETTY )</p>"
    body = f"<article>{_paragraphs(_STORY[:2])}{caption}{_paragraphs(_STORY[2:])}</article>"
    page = clean_html_page(_page(body))
    assert page.main is not None
    assert "GETTY" not in page.main.text
    assert "html.caption" in {r.rule for r in page.removed}


def test_closing_sign_up_prompts_after_the_story_removed() -> None:
    """Sign-up and follow prompts after the last paragraph go; the story stays whole."""
    prompts = (
        "<p>Join our Space Forums to keep talking space on the latest missions!</p>"
        "<p>Get the latest updates right in your inbox. Subscribe to our newsletters.</p>"
    )
    body = f"<article>{_paragraphs(_STORY)}{prompts}</article>"
    page = clean_html_page(_page(body))
    assert page.main is not None
    assert "Subscribe" not in page.main.text
    assert "Space Forums" not in page.main.text
    assert page_score("\n".join(_STORY), page.main.text).recall == 1.0


def test_card_box_after_the_story_leaves_the_story_whole() -> None:
    """A box of linked cards after the story is related articles; the story keeps every line."""
    card = (
        "<div class='item'><h3><a href='/c{i}'>Second story number {i} of the day</a></h3>"
        "<p>The mayor said the plan for the harbour would be ready by the summer, and the "
        "port office said it would publish the costs next week, before the vote.</p></div>"
    )
    cards = "".join(card.format(i=i) for i in range(3))
    body = f"<div>{_paragraphs(_STORY)}</div><div class='feed'>{cards}</div>"
    page = clean_html_page(_page(body))
    assert page.main is not None
    assert page.main.paragraphs == tuple(_STORY)
    assert [a.role for a in page.articles] == ["main", "related", "related", "related"]
    assert all(r.path is not None for r in page.removed)


def test_paragraphs_classed_paywall_are_the_story() -> None:
    """``<p class="paywall">`` marks the story behind a paywall; "paywall-modal" is the prompt."""
    paras = "".join(f"<p class='paywall'>{p}</p>" for p in _STORY[1:])
    prompt = "<div class='paywall-modal'>Subscribe now for unlimited access to every story</div>"
    body = f"<article><h1>Man pleads guilty</h1><p>{_STORY[0]}</p>{paras}{prompt}</article>"
    page = clean_html_page(_page(body))
    assert page.main is not None
    assert page.main.paragraphs == tuple(_STORY)
    assert "Subscribe" not in page.main.text


def test_subheads_classed_subheader_stay_in_the_story() -> None:
    """An ``<h2 class="subheader">`` inside the story is a subhead, not the page header."""
    body = (
        f"<article><h1>Man pleads guilty</h1>{_paragraphs(_STORY[:2])}"
        f"<h2 class='subheader'>The plea</h2>{_paragraphs(_STORY[2:])}</article>"
    )
    page = clean_html_page(_page(body))
    assert page.main is not None
    assert "The plea" in page.main.paragraphs


def _chunk(paragraphs: list[str]) -> str:
    """One chunk of a story cut beside an ad rail, as some magazine sites publish it."""
    rail = (
        "<div class='rail'><h3>Most Popular</h3><ul>"
        + "".join(f"<li><a href='/p{i}'>Popular story number {i}</a></li>" for i in range(4))
        + "</ul></div>"
    )
    return f"<div class='grid'><div class='body-chunk'>{_paragraphs(paragraphs)}</div>{rail}</div>"


def test_story_cut_into_chunks_beside_ad_rails_is_one_story() -> None:
    """Containers of the story's class further down, each beside a rail, are the same story."""
    body = (
        f"<article><h1>Man pleads guilty</h1>{_chunk(_STORY[:2])}{_chunk(_STORY[2:3])}"
        f"{_chunk(_STORY[3:])}</article>"
    )
    page = clean_html_page(_page(body))
    assert page.main is not None
    assert page.main.paragraphs == tuple(_STORY)
    assert "Popular story" not in page.main.text


def test_next_story_in_a_container_of_the_same_class_stays_out() -> None:
    """A story appended below (infinite scroll) under its own ``<h1>`` is not a chunk."""
    other = [p.replace("court", "council") for p in _STORY[:3]]
    body = (
        f"<article><h1>Man pleads guilty</h1><div class='body-chunk'>{_paragraphs(_STORY)}</div>"
        f"</article><article><h1>Council meets</h1>"
        f"<div class='body-chunk'>{_paragraphs(other)}</div></article>"
    )
    assert _main(_page(body)).paragraphs == tuple(_STORY)


def test_teaser_section_of_the_same_class_stays_out() -> None:
    """A "Most Popular" section that reuses the story's layout class is not a chunk."""
    teasers = "".join(
        f"<h3><a href='/t{i}'>Teaser headline {i}</a></h3><p>{_STORY[i][:120]}</p>"
        for i in range(3)
    )
    body = (
        f"<article><h1>Man pleads guilty</h1><div class='section-primary'>"
        f"{_paragraphs(_STORY)}</div></article>"
        f"<div class='section-primary'><h2>Most Popular</h2>{teasers}</div>"
    )
    assert _main(_page(body)).paragraphs == tuple(_STORY)


def test_page_without_visible_text_is_an_empty_page_not_an_error() -> None:
    """A page whose text is all in scripts (a client-rendered app) has no story; its
    metadata still comes out, and no error is raised."""
    html = (
        "<html><head><title>Man pleads guilty</title>"
        "<meta property='og:title' content='Man pleads guilty'></head>"
        "<body><div id='root'></div><script>window.__DATA__ = {}</script></body></html>"
    )
    page = clean_html_page(html)
    assert page.articles == ()
    assert page.metadata is not None
    assert page.metadata.title == "Man pleads guilty"


def test_story_sections_named_for_ads_they_may_hold_are_the_story() -> None:
    """``Section--Ads`` and ``o-section--has-ads`` name parts of the story where ads may
    be placed: sections holding paragraphs of unlinked text are the story (not a box
    beside it), while a real ad slot goes."""
    paras = [f"In part {n} of the hearing, {_STORY[n % 4][0].lower()}{_STORY[n % 4][1:]}"
             for n in range(12)]  # fmt: skip
    sections = "".join(
        f"<section class='Report__Section Report__Section--Ads'>{_paragraphs(paras[k : k + 3])}"
        "</section>"
        for k in range(0, 12, 3)
    )
    ad = "<div class='ad-slot'><a href='/ad'>Advertisement</a></div>"
    box = f"<div class='box'><p>{_STORY[0]}</p></div>"
    body = f"<main><h1>Man pleads guilty</h1>{box}<article>{sections}{ad}</article></main>"
    page = clean_html_page(_page(body))
    assert page.main is not None
    assert page.main.paragraphs[-len(paras) :] == tuple(paras)
    assert "Advertisement" not in page.main.text


def _ad_sections() -> str:
    """The story in sections named for ads, each too short to count as text."""
    return "".join(f"<section class='Report__Section--Ads'><p>{p}</p></section>" for p in _STORY)


def test_footer_paragraphs_stay_out_when_no_container_stands_out() -> None:
    """When no container stands out the region is the whole page; its footer, nav and
    sidebar tags still mark chrome there (its class names do not: a wrapper holds
    under half of a busy page)."""
    footer = "<footer>" + "<p>Our newsroom, our staff and our partners, listed here.</p>" * 3
    body = f"<main><h1>Man pleads guilty</h1><article>{_ad_sections()}</article></main>"
    assert _main(_page(f"{body}{footer}</footer>")).paragraphs == tuple(_STORY)


def test_story_marked_up_as_an_aside_holding_the_headline_is_the_story() -> None:
    """An ``<aside>`` that holds the page's ``<h1>`` is the story, not a sidebar."""
    sidebar = "<aside><h3>Most read</h3>" + _paragraphs(
        [f"Most read story number {n} of the week, with its teaser." for n in range(3)]
    )
    links = "".join(
        f"<li><a href='/{n}'>Section number {n} of the site</a></li>" for n in range(60)
    )
    body = (
        f"<main><aside><section><header><h1>Man pleads guilty</h1></header>"
        f"{_paragraphs(_STORY)}</section></aside></main>{sidebar}</aside>"
        f"<footer><ul>{links}</ul></footer>"
    )
    assert _main(_page(body)).paragraphs == tuple(_STORY)


def _cards(numbers: range) -> str:
    card = (
        "<div class='item'><h3><a href='/c{i}'>Second story number {i} of the day</a></h3>"
        "<p>The mayor said plan number {i} for the harbour would be ready by the summer, and "
        "the port office said it would publish the costs next week, before the vote.</p></div>"
    )
    return "".join(card.format(i=i) for i in numbers)


def test_box_of_cards_printed_twice_gives_each_story_once() -> None:
    """A box of related cards printed twice (beside the story and at the page's foot)
    has each related story once; the second copy is removed as ``card.repeat``."""
    body = (
        f"<article>{_paragraphs(_STORY)}</article><div class='related'>{_cards(range(3))}</div>"
        f"{_NAV}<div class='related'>{_cards(range(3))}</div>"
    )
    page = clean_html_page(_page(body))
    assert [a.role for a in page.articles] == ["main", "related", "related", "related"]
    assert sum(r.rule == "card.repeat" for r in page.removed) == 6


def test_two_boxes_of_cards_after_the_story_both_leave_it() -> None:
    """Two boxes of linked cards in a row after the story: both are related stories,
    and neither box's teasers stay in the story."""
    body = (
        f"<div>{_paragraphs(_STORY)}</div><div class='feed'>{_cards(range(3))}</div>"
        f"<div class='feed'>{_cards(range(3, 6))}</div>"
    )
    page = clean_html_page(_page(body))
    assert page.main is not None
    assert page.main.paragraphs == tuple(_STORY)
    assert len(page.articles) == 7


_OTHER = [
    "The council met on Tuesday evening to discuss the new harbour plan, which would "
    "add two piers and a ferry terminal, and members asked for a study of the costs.",
    "Residents told the meeting that traffic on the coast road had doubled since the "
    "spring, and the mayor promised a decision on a bypass before the end of the year.",
    "The port authority said it would publish its figures next month, after the audit "
    "of last year's accounts, and that the ferry company had agreed to share its data.",
]


_OG_TITLE = "<meta property='og:title' content='Man pleads guilty'>"
# a story of a usual length: the headline anchors a few paragraphs' worth of text
_LONG_STORY = _STORY + [p.replace("The ", "Then the ", 1) for p in _STORY]


def test_story_under_the_headline_beats_a_longer_sidebar_text() -> None:
    """A sidebar widget holding a long text (a party programme) scores higher than the
    story, but the story is the text under the page's headline."""
    programme = _paragraphs([p.replace("council", f"party {n}") for n in range(5) for p in _OTHER])
    body = (
        "<div><section><header><h1>Man pleads guilty</h1></header>"
        f"<article>{_paragraphs(_LONG_STORY)}</article></section></div>"
        "<section class='widgets'><aside class='widget'><h3>Our programme</h3>"
        f"<div class='widget-inner'>{programme}</div></aside></section>"
    )
    assert _main(_page(body, _OG_TITLE)).paragraphs == tuple(_LONG_STORY)


def test_next_story_of_an_endless_page_stays_out_though_longer() -> None:
    """Stories appended one after another (an endless page), each an ``<article>`` with
    its own header and body of one class: the main story is the one under the page's
    headline, not the longer next one, and the next one's body is no chunk of it."""
    longer = [p.replace("council", f"board {n}") for n in range(4) for p in _OTHER]
    body = (
        "<main><div class='list'>"
        "<article><header><h2>Man pleads guilty</h2></header>"
        f"<div class='detail__content'>{_paragraphs(_LONG_STORY)}</div></article>"
        "<article><header><h2>Harbour plan debated</h2></header>"
        f"<div class='detail__content'>{_paragraphs(longer)}</div></article>"
        "</div></main>"
    )
    assert _main(_page(body, _OG_TITLE)).paragraphs == tuple(_LONG_STORY)


def _webdev(stem: str) -> tuple[bytes, str]:
    html = shared_path("corpora", "webdev", "html", f"{stem}.html").read_bytes()
    gold = shared_path("corpora", "webdev", "expected", f"{stem}.json").read_text("utf-8")
    return html, json.loads(gold)["articleBody"]


def test_a_short_story_is_selected_again_when_a_module_of_cards_took_its_place() -> None:
    """Dragnet R470: content selection took the related module (long teasers)
    for the story; the module leaves as cards and the short story is found
    (it had scored F1 0)."""
    html, gold = _webdev("dragnet__R470")
    page = clean_html_page(html)
    assert page.main is not None
    score = page_score(gold, page.main.text)
    assert score.precision > 0.9
    assert score.recall > 0.7
    assert len([a for a in page.articles if a.role == "related"]) == 3


def test_a_listings_items_on_the_headlines_topic_stay_its_text() -> None:
    """CleanEval 787: a product listing ("Seca 700 Mechanical Medical Scale"
    under "Seca Medical Scales") is the page's text, not related stories."""
    html, gold = _webdev("cleaneval__787")
    page = clean_html_page(html)
    assert [a.role for a in page.articles] == ["main"]
    assert page.main is not None
    assert page_score(gold, page.main.text).recall > 0.7


def test_page_with_unclosed_title_keeps_its_story() -> None:
    """A page whose </title> was lost in transit still has its story (it had none)."""
    html = _page(_paragraphs(_STORY)).replace("</title>", "", 1)
    assert _recall(html, _STORY) == 1.0
    assert clean_html_page(html).metadata.title == "Man pleads guilty"


def test_page_whose_head_holds_its_body_keeps_its_story() -> None:
    """An unknown element in <head> (libxml2 keeps the rest of the page in it) is body."""
    html = _page("").replace("</head><body>", f"<mbox>{_paragraphs(_STORY)}</mbox></head><body>")
    assert _recall(html, _STORY) == 1.0


# four paragraphs without a comma: few votes each, as on a blog whose post is plain lines
_PLAIN = [
    "The court heard that the man had sent the messages over several weeks in the spring "
    "and prosecutors said he called the office more than a dozen times",
    "His lawyer told the judge that his client regretted the calls and had sought treatment "
    "and sentencing was set for March with the man free on bail until then",
    "The office declined to comment on the plea on Monday afternoon but a spokesman said "
    "staff had been shaken by the calls and had continued their work as usual",
    "Threats against members of Congress have risen sharply in recent years police said "
    "and the Capitol Police opened more than nine thousand cases last year",
]
_ABOUT = (
    "<p>Jane Roe, a reporter, writes about courts, crime, and the law, from Washington.</p>"
    "<p>She has covered Congress, the Supreme Court, and the Justice Department since 2005.</p>"
    "<p>Before that, she worked in Chicago, Denver, and Boston, for three regional papers.</p>"
    "<p>Contact her by mail, by phone, or in person, at the bureau on K Street.</p>"
)
_ARCHIVE = "".join(f"<a href='/{i}'>Archive for the month number {i}</a> " for i in range(20))


def test_widget_named_content_does_not_beat_a_story_three_times_its_size() -> None:
    """A sidebar box named "widget-content" whose lines have many commas outvotes a post of
    plain lines; the densest text of the page, several times the box's, is the story."""
    post = "<br><br>".join(_PLAIN * 2)
    html = (
        "<html><head><title>Man pleads guilty</title></head><body><div class='main'>"
        f"<div class='post'><h3>A plea in the spring</h3><div class='post-body'><div><div></div>"
        f"{post}</div></div></div></div><div class='col'><div class='widget'>"
        f"<div class='widget-content'>{_ABOUT}</div></div></div>"
        f"<div class='blogroll'>{_ARCHIVE}</div></body></html>"
    )
    main = _main(html)
    assert page_score("\n".join(_PLAIN * 2), main.text).recall == 1.0
    assert "Jane Roe" not in main.text


def test_story_in_a_wrapper_named_share_is_found() -> None:
    """A story whose wrapper is named as chrome ("share_wrapper": muted for votes) is the
    densest text of the page, several times the short promo box that the votes chose."""
    promo = (
        "<div class='box'><p>Subscribe today, and read every story, on every device.</p>"
        "<p>Our reporters cover the courts, the city, and the state, every day.</p></div>"
    )
    html = _page(
        f"<div class='share_wrapper'><div class='story'>{_paragraphs(_STORY)}</div></div>"
        f"<div class='col-b'>{promo}<div>{_ARCHIVE}</div></div>"
    )
    main = _main(html)
    assert page_score("\n".join(_STORY), main.text).recall == 1.0
    assert "Subscribe today" not in main.text


def test_page_of_several_posts_keeps_them_all() -> None:
    """A blog page of posts printed alike, each an <article>: the longest post's container
    wins the votes, the page's densest text holds all the posts in the same markup, and
    takes them all."""
    meta = "<div class='meta'>" + "".join(f"<a href='/t{i}'>tag {i}</a> " for i in range(6))

    def post(n: int, paragraphs: list[str]) -> str:
        return (
            f"<article><h2><a href='/p{n}'>Post {n}</a></h2>"
            f"<div class='entry'>{_paragraphs(paragraphs)}</div>{meta}</div></article>"
        )

    posts = [post(0, _STORY * 2)] + [post(n, _STORY[:2]) for n in range(1, 8)]
    main = _main(_page(f"<div class='posts'>{''.join(posts)}</div>"))
    assert main.text.count(_STORY[0]) == 2 + 7
    assert "tag 1" not in main.text


def test_a_related_module_larger_than_a_short_story_does_not_replace_it() -> None:
    """A paywalled story of one paragraph, and apart from it a module of
    related cards (a linked headline over a teaser each) with several times
    its text: the density candidate is that module, and a list of cards is
    no story (the main story must not swallow them, nor be replaced by them)."""
    cards = "".join(
        f"<li><h3><a href='/n/{k}'>Other story number {k} about the harbour</a></h3>"
        f"<p>{_STORY[k]}</p></li>"
        for k in range(4)
    )
    # (the story's box holds its page's buttons and labels too: worth less
    # than nothing to a density count, so the module is the densest element)
    buttons = "".join(f"<div>{w}</div>" for w in ("Share", "Tweet", "Email", "Print", "Save") * 3)
    body = (
        "<article><h1>Man pleads guilty</h1><p>A man pleaded guilty on Monday to threatening "
        f"to kill a member of Congress, the court heard in Washington.</p>{buttons}</article>"
        f"<section class='more'><ul>{cards}</ul></section>"
    )
    page = clean_html_page(_page(body))
    assert page.main is not None
    assert page.main.text.startswith("A man pleaded guilty on Monday")
    assert "Other story number" not in page.main.text



_SIDEBAR_ABOUT = (
    "<ul class='col'><li class='widget'><h2>About</h2><div class='textwidget'>"
    "<p>I write about music, films and the odd book, from a small flat by the sea.</p>"
    "<p>You can also follow my channel, or add me to your circles, for more.</p>"
    "</div></li><li class='widget'><h2>Archives</h2>" + _ARCHIVE + "</li></ul>"
)


def test_a_one_paragraph_post_under_its_headline_beats_a_longer_about_box() -> None:
    """A blog post of one paragraph under its headline (the page's og:title), and a
    sidebar box of two paragraphs that outvotes it: the post is the story, however
    short (Dragnet R633 had F1 0: a paragraph under the headline scored under the
    few paragraphs' worth the headline used to need)."""
    post = "A perfect song by a band from the valley, and a big thanks to my friend for it."
    body = (
        f"<div class='main'><div class='post'><h3>Man pleads guilty</h3>"
        f"<div class='storycontent'><p>{post}</p></div></div></div>{_SIDEBAR_ABOUT}"
    )
    main = _main(_page(body, _OG_TITLE))
    assert main.paragraphs == (post,)


def test_a_post_under_its_headline_beats_an_aside_box_whose_body_is_named_content() -> None:
    """A blog post of one paragraph under its headline, and an <aside> box of four
    paragraphs whose body is a "widget-content" <div>: the box is the page's sidebar
    whatever its wrapper's name, so the post needs only the share a story beside page
    chrome needs (Dragnet R258 had F1 0: the "Welcome!" box was its story)."""
    post = "A perfect song by a band from the valley, and a big thanks to my friend for it."
    about = "".join(
        f"<p>I write about music, films and the odd book, from a small flat by the sea, "
        f"{i} times a week, and more.</p>"
        for i in range(4)
    )
    body = (
        f"<div class='main'><div class='post'><h3>Man pleads guilty</h3>"
        f"<div class='post-body'><p>{post}</p></div></div></div>"
        f"<aside><div class='widget'><h2>About</h2><div class='widget-content'>{about}</div>"
        "</div></aside>"
    )
    main = _main(_page(body, _OG_TITLE))
    assert main.paragraphs == (post,)


def test_a_site_name_printed_as_the_headline_anchors_no_story() -> None:
    """A page whose title is its site's name (og:site_name), printed as the first
    <h1> over a search box's sentence: the story is elsewhere, not under that name
    (Dragnet R751, a verse page, lost its passage to the search box)."""
    head = (
        "<meta property='og:title' content='Verse Finder'>"
        "<meta property='og:site_name' content='Verse Finder'>"
    )
    body = (
        "<div id='banner'><div id='brand'><h1>Verse Finder</h1><div>Enter a passage, a "
        "keyword, or a topic, and press the button.</div></div>"
        f"<div>{_ARCHIVE}</div></div>"
        f"<div class='passage'><h2>Chapter one</h2>{_paragraphs(_STORY[:2])}</div>"
    )
    main = _main(_page(body, head))
    assert page_score("\n".join(_STORY[:2]), main.text).recall == 1.0
    assert "Enter a passage" not in main.text


def test_the_blogs_name_in_the_page_header_anchors_no_story() -> None:
    """A blog whose <h1> is its name, in the page's header, over the blog's description:
    when the title names the blog, the description under that <h1> is no story, and the
    post elsewhere is (Dragnet R822 would have lost its post to the description)."""
    head = "<meta property='og:title' content='The Harbour Blog'>"
    body = (
        "<div id='header'><h1>The Harbour Blog</h1><div class='description'>"
        "Notes on the port, the ferries, and the coast road, by a local resident.</div></div>"
        f"<div>{_ARCHIVE}</div><div class='post'><h3>A plea in the spring</h3>"
        f"<div class='post-body'>{_paragraphs(_STORY[:2])}</div></div>"
    )
    main = _main(_page(body, head))
    assert page_score("\n".join(_STORY[:2]), main.text).recall == 1.0
    assert "Notes on the port" not in main.text



def test_a_short_story_under_its_headline_is_not_replaced_by_the_river_of_cards() -> None:
    """Generated HTML page 477 (``segmentation.py --generated --html``): a breaking-news
    story of two paragraphs under its <h1>, beside a river of cards with seven times its
    text. The headline anchors the story; the density candidate (the river, apart from
    it) must not replace a region the headline anchored (it did when the anchor first
    took stories of a paragraph, and the main story scored 0)."""
    import random

    from tests.pagegen_html import generate_html_page

    shared = shared_path("corpora", "aeb").parents[1]
    page = generate_html_page(random.Random(477), shared=shared)
    gold = next(a for a in page.gold["articles"] if a["role"] == "main")
    main = _main(page.text)
    assert page_score(gold["body"], main.text).recall > 0.95
    assert page_score(gold["body"], main.text).precision > 0.95


def test_a_long_paragraph_citing_its_sources_in_links_stays_in_the_story() -> None:
    """A paragraph of the story whose links make up more than half of its text (a blog
    citing its sources, Dragnet T168 and 415 lost such paragraphs) is story text when it
    is long and some of it is unlinked; a line that is all links is not."""
    cited = (  # 167 characters, 101 of them linked (.60)
        "As <a href='/a'>the records of the district clerk show</a>, the man had "
        "<a href='/b'>called the office a dozen times</a> in the spring, as "
        "<a href='/c'>the police report filed in March</a> says, before he was arrested."
    )
    links_only = (
        "<a href='/x'>Read the full court filing and the police report from March here</a> "
        "<a href='/y'>and every other story of our series on threats against members</a>"
    )
    body = f"<article>{_paragraphs(_STORY[:2])}<p>{cited}</p><p>{links_only}</p></article>"
    page = clean_html_page(_page(body))
    assert page.main is not None
    assert "says, before he was arrested." in page.main.text
    assert "Read the full court filing" not in page.main.text
    assert any(r.rule == "html.link_dense" for r in page.removed)


def test_a_headline_cut_in_lines_by_br_still_anchors_its_story() -> None:
    """The page's headline printed as one <h1> cut by a <br> ("The Daily Edit – Monday" /
    "11.12.12", two lines of the page): read together they are the headline, and the
    post under it beats the longer About box (Dragnet R865 had F1 0)."""
    head = "<meta property='og:title' content='The Daily Edit – Monday 11.12.12'>"
    post = "A perfect song by a band from the valley, and a big thanks to my friend for it."
    body = (
        "<div class='main'><div class='post'><h1>The Daily Edit – Monday <br> 11.12.12</h1>"
        f"<div class='entry'><p>{post}</p></div></div></div>{_SIDEBAR_ABOUT}"
    )
    main = _main(_page(body, head))
    assert main.paragraphs == (post,)


def test_a_title_of_blog_name_and_post_anchors_the_post_under_its_own_heading() -> None:
    """A blog's title "Blog Name: Post Title" with no <h1> reading it: the post's own
    heading prints the title's longest part, and the post under it beats the longer
    About box (Dragnet R546 took a sidebar's texts with its post)."""
    head = "<meta property='og:title' content='The Harbour Blog: A perfect song for the spring'>"
    post = "A perfect song by a band from the valley, and a big thanks to my friend for it."
    body = (
        "<div class='main'><div class='post'><h3>A perfect song for the spring</h3>"
        f"<div class='entry'><p>{post}</p></div></div></div>{_SIDEBAR_ABOUT}"
    )
    main = _main(_page(body, head))
    assert main.paragraphs == (post,)


def test_a_page_spliced_from_two_documents_keeps_the_second_ones_story() -> None:
    """A header include with its own </body></html>, then the story's whole document
    (<!DOCTYPE>, <html>, <head>, <body>): libxml2 left the second document out of the
    tree, a browser shows it (L3S-GN1 954487ce had F1 0)."""
    include = f"<html><head><title>Man pleads guilty</title></head><body>{_NAV}</body></html>"
    story = (
        "<!DOCTYPE html><html><head><title>Man pleads guilty</title></head><body>"
        f"<h1>Man pleads guilty</h1><div class='story'>{_paragraphs(_STORY)}</div></body></html>"
    )
    main = _main(include + story)
    assert main.paragraphs == tuple(_STORY)


def test_a_root_tag_broken_by_a_stray_quote_keeps_the_page() -> None:
    """``<html xmogo.jpg" alt="..." />``: a quote in an attribute's name (an image tag
    spliced into the root tag) left libxml2 an empty root and the page no text at all
    (L3S-GN1 ce6830ee had F1 0); read bare, the root holds the page."""
    html = _page(f"<div class='story'>{_paragraphs(_STORY)}</div>").replace(
        "<html>", "<html xmogo.jpg\" alt=\"Free Submission\" width=\"145\" />", 1
    )
    assert _main(html).paragraphs == tuple(_STORY)


def test_a_short_post_beats_a_sidebar_profile_several_times_its_score() -> None:
    """A blog's post of one paragraph under its headline, and in the sidebar a profile of
    several long paragraphs that outvotes it many times over: a box under page chrome
    needs a third of the usual share beaten (Dragnet R569 had F1 0)."""
    post = "My top five posts of the week, all of them on the other site, and a note on each."
    profile = _paragraphs([p.replace("council", "copywriter") for p in _OTHER * 2])
    body = (
        f"<div id='sidebar'><h2>About Me</h2><div class='profile'>{profile}</div></div>"
        f"<div id='main'><div class='post'><h3>Man pleads guilty</h3>"
        f"<div class='post-body'><p>{post}</p></div></div></div>"
    )
    main = _main(_page(body, _OG_TITLE))
    assert main.paragraphs == (post,)


_MENU = "".join(f"<a href='/s{j}'>Section number {j}</a><br>" for j in range(12))


def _long(story: list[str]) -> list[str]:
    """Three times the story's paragraphs, each told apart (repeats are dropped)."""
    return [f"{p[:-1]}, in part {k}." for k in range(3) for p in story]


def _rows(parts: list[list[str]], tail: str = "") -> str:
    """A layout table: a menu cell, a spacer cell and a cell of the story in every row,
    with a spacer row between (the story's pieces each in ``tr/td[3]``)."""
    rows = "".join(
        f"<tr><td>{_MENU}</td><td>&nbsp;</td><td><font>{_paragraphs(ps)}</font></td></tr>"
        "<tr><td></td><td></td><td><hr></td></tr>"
        for ps in parts
    )
    head = "<html><head><title>Ruling</title></head>"
    return f"{head}<body><table>{rows}{tail}</table></body></html>"


def test_a_story_cut_into_the_rows_of_a_layout_table_comes_out_whole() -> None:
    """The pieces in the same cell of the rows above and below the best one are the story,
    though each scores far under a fifth of it (cleaneval's journal pages)."""
    parts = [[_STORY[0]], _long(_STORY), [_STORY[1]], [_STORY[2], _STORY[3]]]
    expected = [p for ps in parts for p in ps]
    assert _main(_rows(parts)).paragraphs == tuple(expected)


def test_an_address_in_the_last_row_of_a_layout_table_stays_out_of_the_story() -> None:
    """A row whose cell holds no paragraph (an address, a phone line) ends the story."""
    tail = (
        "<tr><td></td><td></td><td>1854 Main Road, Springfield.<br>"
        "Tel 555-0100, Fax 555-0101</td></tr>"
    )
    parts = [[_STORY[0]], _long(_STORY)]
    main = _main(_rows(parts, tail))
    assert main.paragraphs == tuple(p for ps in parts for p in ps)
    assert "Springfield" not in main.text


_DE = [
    "Der Stadtrat hat am Montag nach langer Debatte den neuen Haushalt beschlossen, der vor "
    "allem mehr Geld für Schulen, Radwege und den Nahverkehr vorsieht.",
    "Die Opposition kritisierte, dass die Schulden der Stadt damit weiter steigen würden, und "
    "kündigte an, gegen einzelne Posten vor dem Verwaltungsgericht zu klagen.",
    "Der Bürgermeister verteidigte den Plan und sagte, die Investitionen seien seit Jahren "
    "überfällig, weil viele Gebäude in einem schlechten Zustand seien.",
    "Die Bürger können den Haushalt ab kommender Woche im Rathaus einsehen, wo auch eine "
    "Ausstellung über die geplanten Bauprojekte gezeigt werden soll.",
]


def _de_rows(parts: list[list[str]], tail: str = "") -> str:
    rows = "".join(
        f"<div class='row'><div class='side'><a href='/x{i}'>Menü</a></div>"
        f"<div class='text'>{_paragraphs(ps)}</div></div>"
        for i, ps in enumerate(parts)
    )
    return (
        f"<html lang='de'><head><title>Haushalt</title></head><body><div id='page'>{rows}{tail}"
        "</div></body></html>"
    )


def test_a_story_cut_into_repeated_wrappers_comes_out_whole_in_german() -> None:
    """The same slot of each repeated row (``div.row > div.text``) holds the story's pieces."""
    parts = [[_DE[0]], _long(_DE), [_DE[1], _DE[2]]]
    assert _main(_de_rows(parts)).paragraphs == tuple(p for ps in parts for p in ps)


def test_a_next_story_under_its_own_h1_in_the_next_row_stays_out() -> None:
    """A row whose piece holds an ``<h1>`` is the next story, not the rest of this one."""
    tail = (
        "<div class='row'><div class='side'></div><div class='text'><h1>Neue Brücke</h1>"
        f"{_paragraphs([_DE[3], _DE[0]])}</div></div>"
    )
    assert _main(_de_rows([_long(_DE)], tail)).paragraphs == tuple(_long(_DE))


_SHOTS = [
    "Es ist wieder so weit: Am Wochenende beginnt die Messe in Leipzig, und zum ersten Mal "
    "haben wir einen eigenen Stand, an dem wir unsere Hefte und Drucke verkaufen.",
    "Zuerst die T-Shirts: Wir drucken sie im Siebdruck, damit die Farben auch nach vielen "
    "Wäschen nicht verblassen, und haben sie ein ganzes Jahr lang selbst getragen.",
    "Dann die Postkarten, die es in zwei Sätzen gibt. Wer zwei T-Shirts kauft, bekommt "
    "beide Sätze dazu, solange der Vorrat reicht, und wir signieren sie gern.",
    "Zum Schluss noch ein Blick auf den Stand selbst, den wir in drei Nächten gebaut haben: "
    "Kommt vorbei, sagt Hallo und erzählt uns, welches Motiv euch am besten gefällt.",
]


def test_a_photo_post_told_in_its_captions_keeps_them_in_german() -> None:
    """A photo post tells its story in the captions under its pictures (several times the
    rest of its text): they are the story, not captions to remove."""
    shots = "".join(
        f"<div class='photo'><img src='/{i}.jpg'><div class='caption'><p>{p}</p></div></div>"
        for i, p in enumerate(_SHOTS)
    )
    html = (
        "<html lang='de'><head><title>Messe in Leipzig</title></head><body>"
        f"{_NAV}<div class='post'><h1>Messe in Leipzig</h1><p>7. November</p>{shots}</div>"
        "</body></html>"
    )
    assert _recall(html, _SHOTS) == 1.0


def test_a_storys_own_captions_stay_out_though_long() -> None:
    """Captions beside a story with as much text of its own stay captions, however long
    (over the 500 characters a photo post's captions need)."""
    shots = "".join(
        f"<figure><img src='/{i}.jpg'><figcaption>{p}</figcaption></figure>"
        for i, p in enumerate(_STORY)
    )
    body = f"<article><h1>Man pleads guilty</h1>{shots}{_paragraphs(_STORY)}</article>"
    main = _main(_page(body))
    assert main.paragraphs == tuple(_STORY)


def test_a_short_linked_sentence_between_paragraphs_stays_in_the_story() -> None:
    """A short sentence of the story whose names are links (over half its text, some of
    it unlinked), with paragraphs of the story on both sides, is story text (Dragnet
    R822, R961 and T168 lost such lines as link-dense); a promo line that is all link,
    or a linked headline with no sentence's end, between the same paragraphs is not."""
    cited = (  # 77 characters, 53 of them linked
        "<a href='/a'>The suspect, Michael Webb</a>, was <a href='/b'>convicted in federal "
        "court</a> last Thursday."
    )
    promo = "<a href='/p'>Read our full coverage of threats against members here.</a>"
    headline = "<a href='/h'>Capitol Police open a record number of threat cases</a>"
    body = (
        f"<article>{_paragraphs(_STORY[:1])}<p>{cited}</p>{_paragraphs(_STORY[1:2])}"
        f"<p>{promo}</p>{_paragraphs(_STORY[2:3])}<p>{headline}</p>"
        f"{_paragraphs(_STORY[3:])}</article>"
    )
    page = clean_html_page(_page(body))
    assert page.main is not None
    assert "was convicted in federal court last Thursday." in page.main.text
    assert "Read our full coverage" not in page.main.text
    assert "record number of threat cases" not in page.main.text


def test_a_short_linked_sentence_between_paragraphs_stays_in_the_story_in_german() -> None:
    """The same cue read in another language: punctuation and links, no words."""
    story = [
        "Das Gericht hörte, dass der Mann die Nachrichten über mehrere Wochen im Frühjahr "
        "geschickt hatte, und die Staatsanwaltschaft sagte, er habe oft angerufen.",
        "Sein Anwalt sagte dem Richter, sein Mandant bereue die Anrufe und habe sich in "
        "Behandlung begeben; das Urteil soll im März verkündet werden, hieß es am Montag.",
    ]
    cited = (
        "<a href='/a'>Der Verdächtige, Michael Webb</a>, wurde <a href='/b'>vom "
        "Bundesgericht</a> am Donnerstag verurteilt."
    )
    main = _main(_page(f"<article><p>{story[0]}</p><p>{cited}</p><p>{story[1]}</p></article>"))
    assert "wurde vom Bundesgericht am Donnerstag verurteilt." in main.text


def test_a_box_of_short_prompts_beside_the_story_does_not_pull_the_region_up() -> None:
    """The story's container and, beside it under the same parent, a box of short
    unlinked lines (a sign-in prompt, list labels: 25 to 39 characters each, read as
    paragraphs by length alone) and shorter labels: the parent adds no story, the
    region stays the story's container (Dragnet R390, l3s-gn1 pages of a local paper's
    "Please support local business!" box took them)."""
    box = "".join(  # three prompts: the box scores under a sibling's share of the story
        f"<p>{line}</p>"
        for line in (
            "Sign in to your reader account",
            "Having trouble logging in today?",
            "Please support local business!",
            "TODAY",
            "THIS WEEK",
            "SHARED ON FACEBOOK",
            "Log in",
        )
    )
    body = f"<div><div>{_paragraphs(_STORY)}</div><div>{box}</div></div>"
    main = _main(_page(body))
    assert main.paragraphs[0] == _STORY[0]
    for line in ("Sign in to your reader account", "Please support local business!"):
        assert line not in main.text


def test_a_story_of_short_lines_in_two_wrappers_still_comes_out_whole() -> None:
    """A parent that adds a second wrapper of the story's own short lines (a poem, a
    list of short sentences) still joins it: short lines count half, and all the parent
    adds is such lines (no label beside them)."""
    lines = [  # three: the wrapper scores under a sibling's share, the climb must join it
        "The river rose again in the night.",
        "By dawn the bridge was under water.",
        "Nobody on the hill slept much at all.",
    ]
    body = f"<div><div>{_paragraphs(_STORY[:2])}</div><div>{_paragraphs(lines)}</div></div>"
    main = _main(_page(body))
    assert lines[-1] in main.text
    assert _STORY[0] in main.text


_BIO = (
    "Jane Roe has covered the courts for the paper since 2015. Before that she reported "
    "on city hall, schools and the state legislature for a weekly in the valley."
)
_PROMPT = (
    "Get the morning briefing in your inbox: the day's top stories, the weather and the "
    "traffic, every weekday at six, free of charge, and you can unsubscribe at any time."
)


def test_an_author_bio_beside_the_storys_article_stays_out() -> None:
    """A wrapper holds the story's ``<article>`` and, beside it, an author's bio box and a
    newsletter blurb written as prose: the climb from the article takes the wrapper (it
    adds only prose), but the page marked its story up, so the region is the article
    (aeb pages of a magazine's author box; Dragnet R390's "most popular" rail)."""
    body = (
        f"<div class='wrap'><article>{_paragraphs(_STORY)}</article>"
        f"<div class='about'><p>{_BIO}</p></div><div class='box'><p>{_PROMPT}</p></div></div>"
    )
    main = _main(_page(body))
    assert main.paragraphs[0] == _STORY[0]
    assert _STORY[-1] in main.text
    assert "Jane Roe" not in main.text
    assert "morning briefing" not in main.text


def test_a_story_in_two_articles_of_one_wrapper_comes_out_whole() -> None:
    """A story cut into two ``<article>`` boxes (an ad between them) is no marked-up story
    to narrow the region to: both halves stay (Dragnet R166)."""
    body = (
        f"<div class='wrap'><article>{_paragraphs(_STORY[:2])}</article>"
        f"<div class='slot'>Advertisement</div><article>{_paragraphs(_STORY[2:])}</article></div>"
    )
    main = _main(_page(body))
    assert _STORY[0] in main.text
    assert _STORY[-1] in main.text


def test_comments_marked_up_as_articles_inside_the_story_leave_it_the_one_article() -> None:
    """Reader comments marked up as ``<article>`` elements inside the story's own article
    do not count as a second story: the region is still the story's article, and the
    author's bio beside it stays out."""
    comment = "<article class='reply'><p>Thanks for the report, this is a great read.</p></article>"
    body = (
        f"<div class='wrap'><article>{_paragraphs(_STORY)}{comment * 2}</article>"
        f"<div class='about'><p>{_BIO}</p></div></div>"
    )
    main = _main(_page(body))
    assert _STORY[-1] in main.text
    assert "Jane Roe" not in main.text


def test_a_web_address_the_story_cites_between_its_paragraphs_stays_in_the_story() -> None:
    """A paragraph that is only a link whose text is the address itself, between two of
    the story's paragraphs, is the story citing a source or a product: it stays (aeb
    pages listing products by name then address; Dragnet R864 "Read more here:
    http://..."). A link of words there, and addresses as list items, stay out."""
    cited = "<p><a href='https://example.org/report'>https://example.org/report-2025</a></p>"
    promo = "<p><a href='/more'>More court news</a></p>"
    refs = "<ul><li><a href='https://example.net/a'>https://example.net/a</a></li></ul>"
    body = (
        f"<article><p>{_STORY[0]}</p>{cited}<p>{_STORY[1]}</p>{promo}<p>{_STORY[2]}</p>"
        f"{refs}<p>{_STORY[3]}</p></article>"
    )
    main = _main(_page(body))
    assert "https://example.org/report-2025" in main.text
    assert "More court news" not in main.text
    assert "example.net" not in main.text


def test_a_box_of_headed_features_beside_the_story_stays_out() -> None:
    """Beside the story's container, a box of the site's features, each a heading over a
    line of teaser prose and a "find out more" link, scores a fifth of the story and had
    joined the region as a sibling (its links stop the climb); a third of its blocks are
    headings, so it is a list of teasers, not more of the story (l3s-gn1: a radio
    station's "Features" box)."""
    features = "".join(
        f"<h3>{name}</h3><p>{teaser}</p>"
        f"<p><a href='/f'>Find out more about {name} and listen again</a></p>"
        for name, teaser in (
            ("Summer Programmes", "A breezy mix of conversation, features and music, every "
             "weekday morning through the holidays, with the news on the hour."),
            ("Storytime Treasure Chest", "A selection of children's stories, now available "
             "to download for free, read by some of the best-known voices in the country."),
            ("Podcast Classics", "Radio and five local music organisations have combined to "
             "bring you a podcast of the classic albums, with the musicians who made them."),
            ("Enzology", "This ten-part documentary about the band will be released as a "
             "web-only feature over summer, with interviews and rare live recordings."),
        )
    )
    body = f"<div><div class='story'>{_paragraphs(_STORY)}</div><div>{features}</div></div>"
    main = _main(_page(body))
    assert _STORY[-1] in main.text
    assert "Storytime" not in main.text
    assert "breezy mix" not in main.text


def test_a_sibling_with_the_storys_subheadings_still_joins_it() -> None:
    """A sibling holding more of the story under one subheading every few paragraphs is
    no box of teasers: it joins the region as before."""
    more = "<h3>What comes next</h3>" + _paragraphs(_STORY[:3])
    body = f"<div><div class='story'>{_paragraphs(_STORY)}</div><div>{more}</div></div>"
    main = _main(_page(body))
    assert main.text.count(_STORY[0]) == 2


def test_a_cards_source_and_time_elements_printed_as_one_line_are_parted() -> None:
    """'<span>Harbour Times</span> <time>2h</time>' flattens to one line,
    'Harbour Times 2h', with no separator: the outlet's name is the card's
    source (not lost for the digit), the time its time; a time in capitals
    beside a name stays in it ('USA TODAY')."""
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    cards = [
        ("Ferries add a late crossing for the summer season", "Harbour Times", "2h"),
        ("Council votes to keep the old library open for now", "USA TODAY", "5 hours ago"),
        ("Farmers count the cost of a wet and cold spring", "Valley News", "Yesterday"),
    ]
    module = "".join(
        f"<article><h3><a href='/a{k}'>{h}</a></h3><span class='src'>{s}</span> "
        f"<time datetime='2025-06-0{k + 1}T10:00:00Z'>{t}</time><p>{_STORY[k]}</p></article>"
        for k, (h, s, t) in enumerate(cards)
    )
    html = _page(f"<main><article><h1>Man pleads guilty</h1>{story}</article>"
                 f"<section><h2>More stories</h2>{module}</section></main>")
    related = [a for a in clean_html_page(html).articles if a.role == "related"]
    assert [a.title for a in related] == [c[0] for c in cards]
    assert [a.source for a in related] == [c[1] for c in cards]
    assert all(a.published is not None for a in related)


# Found by pages of our own making (and by the aeb pages with their class names
# hashed, as CSS-in-JS sites print them): a kicker, a breadcrumb or the page's
# address printed above the <h1> inside the story's container kept the <h1> out
# of the title, so the headline was printed again as the body's first line.
_ABOVE = (
    "<p>Politics</p>",
    "<div>Home / News / Politics</div>",
    "<div>https://www.example.com/news/2025/06/05/man-pleads-guilty-to-the-charges-123.html</div>",
    "<p>Politics</p><p>June 5, 2025</p>",
)


def test_a_headline_under_a_kicker_is_the_title_not_a_body_line() -> None:
    for above in _ABOVE:
        story = f"<div>{above}<h1>Man pleads guilty</h1>{_paragraphs(_STORY)}</div>"
        page = clean_html_page(_page(story))
        assert page.main is not None, above
        assert page.main.title == "Man pleads guilty", above
        assert not page.main.text.startswith("Man pleads guilty"), above
        assert page.main.text.startswith(_STORY[0][:30]), above


def test_lines_above_the_headline_are_removed_with_their_rule() -> None:
    page = clean_html_page(
        _page(f"<div><p>Politics</p><h1>Man pleads guilty</h1>{_paragraphs(_STORY)}</div>")
    )
    assert [r.text for r in page.removed if r.rule == "html.above_title"] == ["Politics"]
    # a dated line above the headline is the story's date, not a removal
    page = clean_html_page(
        _page(f"<div><p>June 5, 2025</p><h1>Man pleads guilty</h1>{_paragraphs(_STORY)}</div>")
    )
    assert page.main is not None
    assert page.main.published is not None
    assert not [r for r in page.removed if r.rule == "html.above_title"]


def test_a_story_that_opens_above_its_h1_keeps_its_paragraphs() -> None:
    """Story paragraphs before an <h1> are no preamble: the <h1> is a subheading."""
    head, rest = _paragraphs(_STORY[:2]), _paragraphs(_STORY[2:])
    body = f"<div>{head}<h1>Man pleads guilty</h1>{rest}</div>"
    page = clean_html_page(_page(body))
    assert page.main is not None
    assert _STORY[0][:30] in page.main.text
    assert not [r for r in page.removed if r.rule == "html.above_title"]


def test_published_over_updated_is_the_header_not_a_schedule() -> None:
    """Two dated lines in a row are a header's pair; three or more are a list."""
    dates = "<p>Published June 5, 2025</p><p>Updated June 6, 2025</p>"
    page = clean_html_page(
        _page(f"<article><h1>Man pleads guilty</h1>{dates}{_paragraphs(_STORY)}</article>")
    )
    assert page.main is not None
    assert page.main.published is not None
    assert "Published June 5" not in page.main.text


def test_photo_credits_without_a_caption_class_are_removed() -> None:
    """Sites whose class names mean nothing still print "Photo: <name>, AP":
    text mode's caption test reads the HTML story's blocks too."""
    credits = ("Photo: Hau Dinh, AP", "Image 1 of 5", "Photo credit: Jane Roe/Flickr")
    story = _paragraphs(_STORY[:2]) + "".join(f"<div>{c}</div>" for c in credits)
    rest = _paragraphs(_STORY[2:])
    page = clean_html_page(_page(f"<article><h1>Man pleads guilty</h1>{story}{rest}</article>"))
    assert page.main is not None
    assert all(c not in page.main.text for c in credits)
    assert {r.text for r in page.removed if r.rule == "html.caption"} >= set(credits)
    assert _STORY[2][:30] in page.main.text


# Found by HTML pages of our own making whose class names mean nothing
# (tests/property/test_html_page_shapes.py): reader comments under their
# heading, a newsletter prompt in Spanish and a Japanese "name + role" byline
# stayed in the story when no class name told them apart.
def _nameless(inner: str) -> str:
    return _page(f'<div class="c-1a2b3c">{inner}</div>')


def test_comments_under_their_heading_stay_out_without_a_class_name() -> None:
    story = f"<h1>Man pleads guilty</h1>{_paragraphs(_STORY)}"
    for heading in ("Comments (2)", "Kommentare", "コメント（2件）", "Leave a Reply"):
        thread = f"<h3>{heading}</h3><div><div>jane</div><p>Great piece, thanks for this.</p></div>"
        page = clean_html_page(_nameless(story + thread))
        assert page.main is not None, heading
        assert "Great piece" not in page.main.text, heading
        removed = {r.text for r in page.removed if r.rule == "html.comment_heading"}
        assert "Great piece, thanks for this." in removed, heading
    # a heading that only names comments is a story's own section
    page = clean_html_page(_nameless(story + "<h3>Comments on the budget</h3><p>Aides said.</p>"))
    assert page.main is not None
    assert "Aides said." in page.main.text


def test_a_closing_prompt_in_any_language_leaves_the_story() -> None:
    for prompt in ("Suscríbete a nuestro boletín", "Jetzt abonnieren"):
        story = f"<h1>Man pleads guilty</h1>{_paragraphs(_STORY)}<div>{prompt}</div>"
        page = clean_html_page(_nameless(story))
        assert page.main is not None, prompt
        assert prompt not in page.main.text, prompt


def test_a_closing_prompt_inside_its_sentence_leaves_the_story_in_any_language() -> None:
    """The prompt's words inside a longer closing line (closing_prompts.txt of
    each language), not at its start where ``is_action`` reads them."""
    for prompt in (
        "Für mehr Nachrichten folgen Sie uns auf Instagram",
        "Para no perderte nada, suscríbete a nuestro canal",
        "Pour ne rien manquer, abonnez-vous à notre chaîne",
        "Wil je meer lezen? Schrijf je in voor de nieuwsbrief",
    ):
        story = f"<h1>Man pleads guilty</h1>{_paragraphs(_STORY)}<div>{prompt}</div>"
        page = clean_html_page(_nameless(story))
        assert page.main is not None, prompt
        assert prompt not in page.main.text, prompt
        assert prompt in {r.text for r in page.removed if r.rule == "html.closing_prompt"}


def test_a_name_and_role_byline_gives_the_author() -> None:
    story = "".join(
        f"<p>{s}</p>"
        for s in (
            "国会は木曜日、長時間にわたる審議の末、来年度の予算案を賛成多数で可決した。",
            "野党は予定されている支出を厳しく批判し、改革の機会を逃したと主張した。",
            "財務大臣は、エネルギーと防衛の費用が高いことを挙げて、予算案を擁護した。",
        )
    )
    for byline, author in (("山田太郎 記者", "山田太郎"), ("김민수 기자", "김민수")):
        page = clean_html_page(_nameless(f"<h1>国会、予算を可決</h1><div>{byline}</div>{story}"))
        assert page.main is not None
        assert page.main.authors == (author,)
        assert byline not in page.main.text


def test_a_headline_found_below_the_story_leaves_the_story_text_in_place() -> None:
    """The page's title printed again in an <h2> below the post (a blog's site
    name in the <h1>): the post's text above it is no header to remove."""
    head = "<title>Man pleads guilty | The Daily Blog</title>"
    body = (
        "<div><h1>The Daily Blog</h1>"
        f"<div class='post'>{_paragraphs(_STORY)}</div>"
        "<h2>Man pleads guilty</h2><p>Posted in News</p></div>"
    )
    page = clean_html_page(
        f"<html><head>{head}</head><body>{_NAV}{body}</body></html>"
    )
    assert page.main is not None
    assert page.main.text.startswith(_STORY[0][:30])
    assert not [r for r in page.removed if r.rule == "html.above_title"]


def test_a_story_outvoted_by_its_list_of_comments_is_still_the_story() -> None:
    """Reader comments marked up as a list (``<dl>`` of names and ``<dd>`` posts, no
    class name) outvote a shorter story: a story is told in paragraphs, so the best
    element of prose outside lists is the region, and the comments stay out."""
    comment = (
        "<dt>{n}. Reader {n} - October 26, 2012</dt><dd><p>I really love this, thanks for "
        "writing it up, and I hope to see it at a convention, with all the chairs.</p></dd>"
    )
    body = (
        f"<div><h1>Man pleads guilty</h1>{_paragraphs(_STORY)}"
        f"<div><h2>Comments (12)</h2><dl>{''.join(comment.format(n=n) for n in range(1, 13))}"
        "</dl></div></div>"
    )
    main = _main(_page(body))
    assert main.text.startswith(_STORY[0][:30])
    assert "Reader 3" not in main.text
    assert "convention" not in main.text


def test_a_linked_item_of_the_story_list_stays_with_its_list() -> None:
    """A recipe's ingredient the site links to a shop, between two unlinked
    ingredients of the same list, is the story's as they are; a toolbar's or a
    link list's items, all linked, are not."""
    items = (
        "<ul><li>2 cups flour, sifted twice</li>"
        "<li><a href='/shop/spice'>1 1/2 tsp pumpkin pie spice</a></li>"
        "<li>2 large eggs, beaten</li></ul>"
    )
    links = (
        "<ul><li><a href='/a'>Read more stories</a></li>"
        "<li><a href='/b'>Our newsletters</a></li></ul>"
    )
    story = f"{_paragraphs(_STORY[:2])}{items}{_paragraphs(_STORY[2:])}"
    main = _main(_page(f"<div>{story}{links}</div>"))
    assert "pumpkin pie spice" in main.text
    assert "2 large eggs" in main.text
    assert "Our newsletters" not in main.text
