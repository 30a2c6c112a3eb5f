"""Links and images of the main story, on request (Options.links, Options.images)."""

from __future__ import annotations

import json

from newsclean import Image, Link, Options, clean, clean_html
from newsclean.shell.records import clean_records

BOTH = Options(links=True, images=True)
PARAGRAPHS = (
    "The council approved the new budget on Monday, <a href='/budget'>the city said</a>, "
    "after a long debate that ran late into the evening at the town hall.",
    "Critics said the plan would cut services, and <a href='https://other.test/r'>a report</a> "
    "published last week found the poorest districts would lose the most.",
    "The budget goes to the state next, which must approve the borrowing before the city can "
    "issue bonds. <a href='/more'>Read more</a>",
)
PAGE = (
    "<html><head><title>Council passes budget</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/world'>World</a><img src='/logo.png' alt='Logo'></nav>"
    "<article><h1>Council passes budget</h1>"
    "<figure><picture><img src='/lead.jpg' alt='The town hall'></picture>"
    "<figcaption>The town hall on Monday.</figcaption></figure>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    + "<img src='/pixel.gif' width='1' height='1'>"
    "<img src='data:image/png;base64,AAAA'>"
    "<aside class='related'><a href='/other'><img src='/thumb.jpg' alt='Other story'></a></aside>"
    "</article><footer><a href='/terms'>Terms</a></footer></body></html>"
)
URL = "https://news.example/city/budget"


def test_links_inside_the_story_text_with_offsets() -> None:
    """Each link of a paragraph, resolved, and found at its offsets in Article.text."""
    page = clean_html(PAGE, url=URL, options=Options(links=True))
    assert page.main is not None
    links = page.main.links
    assert links is not None
    assert [(link.text, link.href) for link in links] == [
        ("the city said", "https://news.example/budget"),
        ("a report", "https://other.test/r"),
    ]
    for link in links:
        assert page.main.text[link.start : link.end] == link.text


def test_menu_footer_and_read_more_links_are_not_the_storys() -> None:
    """Navigation and footer links are outside the story; an inline "Read more" is cut."""
    page = clean_html(PAGE, url=URL, options=Options(links=True))
    assert page.main is not None
    assert page.main.links is not None
    hrefs = {link.href for link in page.main.links}
    assert not hrefs & {"https://news.example/", "https://news.example/terms"}
    assert "https://news.example/more" not in hrefs


def test_images_of_the_story_with_alt_and_caption() -> None:
    """The lead image with its figcaption; no logo, tracking pixel, data URI or related thumb."""
    page = clean_html(PAGE, url=URL, options=Options(images=True))
    assert page.main is not None
    assert page.main.images == (
        Image(
            src="https://news.example/lead.jpg",
            alt="The town hall",
            caption="The town hall on Monday.",
        ),
    )
    assert page.main.links is None  # only what was asked for


def test_off_by_default_absent_from_to_dict_and_null_in_rows() -> None:
    """Without the options: None, no keys in to_dict(), and null in the rows (whose keys
    never depend on the options: ``records.ROW_KEYS``)."""
    page = clean_html(PAGE, url=URL)
    assert page.main is not None
    assert page.main.links is None
    assert page.main.images is None
    assert "links" not in page.main.to_dict()
    assert "images" not in page.main.to_dict()
    [row, *_] = clean_records([{"id": "p", "url": URL, "html": PAGE}])
    assert row["links"] is None
    assert row["images"] is None


def test_requested_links_and_images_are_in_to_dict_and_rows() -> None:
    """With the options: the keys, JSON-ready, also when none were found."""
    [row, *_] = clean_records([{"id": "p", "url": URL, "html": PAGE}], options=BOTH)
    assert row["links"][0] == {
        "text": "the city said",
        "href": "https://news.example/budget",
        "start": row["text"].index("the city said"),
        "end": row["text"].index("the city said") + len("the city said"),
    }
    assert row["images"][0]["caption"] == "The town hall on Monday."
    json.dumps(row)
    bare = PAGE.replace("<a href='/budget'>the city said</a>", "the city said")
    page = clean_html(bare.replace("<figure>", "<div>"), url=URL, options=BOTH)
    assert page.main is not None
    assert page.main.to_dict()["links"][0]["text"] == "a report"


def test_the_story_text_is_the_same_with_or_without_images() -> None:
    """Keeping the <img> elements for the walk changes no text or removal."""
    plain, both = clean_html(PAGE, url=URL), clean_html(PAGE, url=URL, options=BOTH)
    assert plain.text == both.text
    assert [a.text for a in plain.articles] == [a.text for a in both.articles]
    assert plain.removed == both.removed


def test_text_input_has_no_links_or_images() -> None:
    """Flattened text has no markup: the fields stay None."""
    text = "Council passes budget\nThe council approved the new budget on Monday."
    page = clean(text, options=BOTH)
    assert page.main is not None
    assert page.main.links is None
    assert page.main.images is None


def test_relative_addresses_stay_relative_without_a_url() -> None:
    """No page URL: the href as written."""
    page = clean_html(PAGE, options=Options(links=True))
    assert page.main is not None
    assert page.main.links is not None
    assert page.main.links[0] == Link(
        "the city said", "/budget", page.main.links[0].start, page.main.links[0].end
    )
