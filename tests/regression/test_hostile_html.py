"""Hostile HTML: each case returns or raises NewscleanError within seconds.

Each case runs in a subprocess with a timeout, so a hang fails the test
instead of freezing the suite; the subprocess also reports whether the
pipeline opened any file or socket while cleaning (it must not).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from tests.hostile import run_case

_run = partial(run_case, entry="newsclean.clean_html")


def test_deep_nesting_returns() -> None:
    """100,000 nested <div>s neither recurse nor hang."""
    result = _run("b'<html><body>' + b'<div>' * 100_000 + b'deep' + b'</div>' * 100_000")
    assert result["outcome"] in {"page", "InputError"}


def test_billion_laughs_not_expanded() -> None:
    """Nested entity definitions stay literal text (no exponential expansion)."""
    make = repr(
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
        + "]><html><body><p>&lol9;</p></body></html>"
    ).replace("&lol0;", "&lol;")
    result = _run(make)
    assert result["outcome"] in {"page", "InputError"}


def test_external_entity_never_read(tmp_path: Path) -> None:
    """An external entity naming a local file is not resolved (no file is opened)."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    html = (
        f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        "<html><body><p>The quarterly report came out on Monday, and it was &xxe; long.</p>"
        "</body></html>"
    )
    result = _run(repr(html), probe="TOP-SECRET")
    assert result["probe_found"] is False
    assert result["touched"] == []


@pytest.mark.parametrize(
    ("item", "count"),
    [("<a href=/x>Item</a>", 200_000), ("<a href=/x style=x>Item</a><p>p</p>", 100_000)],
    ids=["links", "styled-links-and-paragraphs"],
)
def test_huge_menu_returns(item: str, count: int) -> None:
    """A menu of 100,000s of items is read in linear time (1-5 s here): an XPath
    union over its descendants (~70 s) or "descendant::a//text()" (~30 s) is
    quadratic in libxml2, past the hang guard."""
    body = f"b'<html><body><nav>' + {item.encode()!r} * {count}"
    result = _run(body + " + b'</nav><p>Story.</p></body></html>'")
    assert result["outcome"] in {"page", "InputError", "LimitExceeded"}


def test_huge_text_node_bounded() -> None:
    """A 10 MB text node is cut by the parser or processed, within the time limit."""
    result = _run("b'<html><body><p>' + b'word ' * 2_200_000 + b'</p></body></html>'")
    assert result["outcome"] in {"page", "InputError", "LimitExceeded"}


@pytest.mark.parametrize(
    "make",
    [
        "bytes(range(256)) * 4000",
        "b'<html><body><p>caf\\xc3' + b'\\xff\\xfe' * 50_000 + b'</p></body></html>'",
        "b'\\xef\\xbb\\xbf<p>' + b'\\xed\\xa0\\x80' * 1000 + b'</p>'",
        "'<p>\\ud800 lone surrogate</p>'",
        "b'<' * 1_000_000",
    ],
    ids=["binary", "broken-utf8", "encoded-surrogates", "str-surrogate", "angle-flood"],
)
def test_broken_bytes_return_or_raise(make: str) -> None:
    """Broken bytes give a page or an InputError, never another exception."""
    result = _run(make)
    assert result["outcome"] in {"page", "InputError"}


@pytest.mark.parametrize(
    "make",
    [
        "b'<title>' + b'x' * 5_000_000 + b'<p>story</p>' * 10",
        "b'<title>t' + b'<' * 1_000_000",
        "b'<head><title>t</title>' + b'<mbox>x</mbox>' * 100_000 + b'</head>'",
        "b'<head>' + b'<title>t' * 100_000",
        "b'<p>a</p></html>' + b'<script>x</script>' * 1_000_000",
        "b'</html><p>' * 500_000",
        "b'<html x.jpg\" alt=\"a\" />' + b'<p>word word</p>' * 100_000",
    ],
    ids=[
        "unclosed-title-huge",
        "unclosed-title-angles",
        "head-100k-unknown",
        "titles-100k",
        "early-end-then-1m-scripts",
        "500k-early-ends",
        "broken-root-tag-parsed-twice",
    ],
)
def test_broken_head_stays_linear(make: str) -> None:
    """Mending an unclosed title, a head holding the body or a document closed early stays
    linear (a few scans, one move, one substitution)."""
    result = _run(make)
    assert result["outcome"] in {"page", "InputError", "LimitExceeded"}


_P = "b'<p>The council approved the new budget on Monday, after a long and heated debate.</p>'"


def test_story_rows_of_a_layout_table_stay_linear() -> None:
    """The story's row, then 40,000 rows of a layout table whose cell holds a label only
    (passed over, not ending the run), then a row with a paragraph: the rows are walked
    once for the story's pieces and the blocks passed once (0.2 s of 1.3 s here)."""
    menu = "b''.join(b'<a href=/s%d>Section number %d</a><br>' % (j, j) for j in range(12))"
    long = "b'<p>' + b'The council approved the new budget on Monday, after a long debate. ' * 3"
    story = f"b'<tr><td>' + {menu} + b'</td><td>&nbsp;</td><td><font>' + {_P} * 60"
    label = "b'<tr><td></td><td></td><td><font>Row label</font></td></tr>' * 40_000"
    last = f"b'<tr><td>' + {menu} + b'</td><td>&nbsp;</td><td><font>' + {long}"
    result = _run(
        f"b'<body><table>' + {story} + b'</font></td></tr>' + {label} + {last}"
        " + b'</p></font></td></tr></table></body>'"
    )
    assert result["outcome"] == "page"


@pytest.mark.parametrize(
    "make",
    [
        # the votes choose the small box, the density candidate (100k paragraphs) replaces it
        f"b'<body><div class=share_wrapper>' + {_P} * 100_000 + b'</div><div class=side>"
        "<div class=box><p>Read our coverage, every day, on any device.</p></div>'"
        " + b'<a href=/x>Section</a> ' * 50_000 + b'</div></body>'",
        f"b'<body>' + b''.join(b'<div>' + {_P} + b'</div>' for _ in range(100_000))",
        f"b'<body><div class=comments>' + b'<div>' * 100_000 + {_P} * 50 + b'</div>' * 100_000",
        "b'<body><div class=share_wrapper><div>' + b'word ' * 2_000_000 + b'</div></div>"
        "<div><p>short, box, with, commas, a, b, c, d, e.</p><a href=/>x</a></div></body>'",
        # a long post, then 100k short ones printed alike: the candidate around it wins
        f"b'<body><div><article><div class=entry>' + {_P} * 20 + b'</div></article>' + b''.join("
        "b'<article><div class=entry><p>Item %d of the list, long enough to vote.</p></div>"
        "<div>by staff</div></article>' % i for i in range(100_000))",
    ],
    ids=[
        "density-switch-100k",
        "density-siblings",
        "density-deep-chrome",
        "density-huge-node",
        "density-around-100k",
    ],
)
def test_density_candidate_stays_linear(make: str) -> None:
    """The density candidate (one pass over blocks and elements, an ancestor walk, a second
    cleaning when it wins) stays linear on wide, deep and huge pages."""
    result = _run(make)
    assert result["outcome"] in {"page", "InputError", "LimitExceeded"}


@pytest.mark.parametrize(
    "make",
    [
        # 100,000 links in one paragraph (longer than Options.max_line_chars)
        "'<html><body><article><h1>Title here</h1><p>' + 'The council met on Monday. ' * 20"
        " + ''.join(f'<a href=\"/x{i}\">zz{i}</a> ' for i in range(100_000)) + '</p></article>'",
        # 20,000 paragraphs of one link each, and 20,000 images in figures
        "'<html><body><article><h1>Title here</h1>' + ''.join("
        "f'<p>The council met on Monday and voted, <a href=\"/a{i}\">said {i}</a> aides.</p>'"
        " f'<figure><img src=\"/i{i}.jpg\" alt=\"{i}\"><figcaption>c{i}</figcaption></figure>'"
        " for i in range(20_000)) + '</article>'",
        # images nested 200 deep inside the story
        "'<html><body><article><h1>Title here</h1><p>' + 'The council met on Monday. ' * 20"
        " + '</p>' + '<div>' * 200 + '<img src=\"/deep.jpg\">' * 10_000 + '</div>' * 200"
        " + '<p>' + 'The council met on Tuesday. ' * 20 + '</p></article>'",
    ],
    ids=["links-100k-missing", "links-images-20k", "images-deep"],
)
def test_links_and_images_stay_linear(make: str) -> None:
    """Options.links and Options.images: one walk of the container, bounded searches."""
    entry = (
        "(lambda d: newsclean.clean_html(d, options=newsclean.Options(links=True, images=True)))"
    )
    result = run_case(make, entry=entry)
    assert result["outcome"] in {"page", "InputError", "LimitExceeded"}


@pytest.mark.parametrize(
    "make",
    [
        # 100k elements each declaring a type, the page then told by it
        f"b'<body>' + b''.join(b'<div itemscope itemtype=\"https://schema.org/Recipe\">' + {_P}"
        " + b'</div>' for _ in range(100_000)) + b'</body>'",
        # a JSON-LD script of 5 MB of "@type" pairs: only its first 200,000 characters read
        "b'<html><head><script type=\"application/ld+json\">['"
        " + b'{\"@type\": \"Thing\"},' * 300_000"
        " + b']</script></head><body>' + " + _P + " * 20 + b'</body></html>'",
        # a type list never closed: each match bounded by its 400 characters
        "b'<html><head><script type=\"application/ld+json\">' + b'\"@type\": [\"' * 200_000"
        " + b'</script></head><body>' + " + _P + " * 20 + b'</body></html>'",
    ],
    ids=["itemtype-100k", "json-ld-5mb", "json-ld-open-lists"],
)
def test_declared_types_stay_linear(make: str) -> None:
    """Reading the schema.org types a page declares (one XPath walk, a bounded regex over
    each script's first 200,000 characters, 64 types at most) stays linear."""
    result = _run(make)
    assert result["outcome"] in {"page", "InputError", "LimitExceeded"}
    assert result.get("seconds", 0) < 20


def test_paths_of_many_removed_siblings_stay_linear() -> None:
    """100,000 removed blocks side by side under one parent get their paths in one pass
    over the siblings: counting each one's siblings anew (lxml's getelementpath) took
    about 50 s here, past the hang guard; now about 2 s."""
    result = _run(
        "b'<html><body><article>' + b'<p>The council approved the new budget on Monday, "
        "after a long and heated debate.</p>' * 10 + b'</article>'"
        " + b'<div><a href=/x>Menu item</a></div>' * 100_000 + b'</body></html>'"
    )
    assert result["outcome"] in {"page", "LimitExceeded"}


def test_rows_of_cards_inside_a_box_of_cards_stay_linear() -> None:
    """20,000 rows of linked cards ending the story's container, every other row
    holding two: the rows' own boxes wait once and leave once with the box
    around them (a stack popped as the boxes are read), never compared pairwise."""
    card = (
        "b'<article class=c><h3><a href=/x%d>Headline %d of a card about the city</a></h3>"
        "<p>Workers voted %d times to accept the new pay offer after talks that lasted the"
        " whole weekend, the union said.</p></article>' % (k, k, k)"
    )
    rows = (
        f"b''.join(b'<section class=row>' + b''.join({card} for k in range(2 * i, 2 * i"
        " + 1 + i % 2)) + b'</section>' for i in range(20_000))"
    )
    result = _run(
        f"b'<html><body><article><h1>Budget passes</h1>' + {_P} * 5 + b'<div class=box>' + {rows}"
        " + b'</div></article></body></html>'"
    )
    assert result["outcome"] in {"page", "LimitExceeded"}
    assert result.get("seconds", 0) < 20


def test_linked_sentences_between_paragraphs_stay_linear() -> None:
    """50,000 short linked sentences, each between two story paragraphs: every one is
    read back into the story once (a set lookup per neighbour, one sort of the body)."""
    linked = "b\"<p><a href=/a>The mayor, Ann Lee</a>, voted <a href=/b>against</a> it.</p>\""
    result = _run(f"b'<body><article>' + ({_P} + {linked}) * 50_000 + {_P} + b'</article>'")
    assert result["outcome"] == "page"


def test_a_climb_past_short_lines_stays_linear() -> None:
    """The story at the bottom of 50,000 nested wrappers, each adding a short line and a
    label (as deep as the parser keeps them): the climb reads each level's counts once,
    no walk of its subtree (0.02 s here)."""
    level = "b'<div><p>Sign in to your reader account</p><p>Log in</p>'"
    result = _run(f"b'<body>' + {level} * 50_000 + {_P} * 5 + b'</div>' * 50_000")
    assert result["outcome"] in {"page", "InputError"}


def test_many_articles_inside_the_region_stay_linear() -> None:
    """The story's article holding 50,000 comments marked up as articles, and 50,000
    wrappers beside it: the marked elements are picked out in C and the nested ones
    passed over by their index, one walk of the region (no walk per article)."""
    comment = "b'<article><p>Thanks for the report, a great read.</p></article>'"
    result = _run(
        f"b'<body><div><article>' + {_P} * 5 + {comment} * 50_000 + b'</article>'"
        f" + b'<div><p>About the author of the story, a reporter.</p></div>' * 50_000"
        " + b'</div></body>'"
    )
    assert result["outcome"] in {"page", "InputError", "LimitExceeded"}
    assert result.get("seconds", 0) < 20


def test_cited_web_addresses_between_paragraphs_stay_linear() -> None:
    """50,000 links written out as addresses, each between two story paragraphs: each is
    read back into the story once (two set lookups and one bounded search)."""
    cited = "b\"<p><a href=/a>https://example.org/a/very/long/path</a></p>\""
    result = _run(f"b'<body><article>' + ({_P} + {cited}) * 50_000 + {_P} + b'</article>'")
    assert result["outcome"] == "page"


def test_many_scored_siblings_of_the_story_stay_linear() -> None:
    """20,000 boxes beside the story's container, each scoring as a sibling (a heading
    over a paragraph): whether each is a list of headed teasers is read in one pass
    over the blocks (a bisection per block), never a pass per box."""
    box = (
        "b'<div><h3>Feature</h3><p>The council approved the new budget on Monday, after a "
        "long debate, and the mayor signed it.</p></div>'"
    )
    result = _run(f"b'<body><div><div>' + {_P} * 3 + b'</div>' + {box} * 20_000 + b'</div>'")
    assert result["outcome"] in {"page", "InputError", "LimitExceeded"}
    assert result.get("seconds", 0) < 20


def test_a_title_of_many_parts_and_many_headings_stay_linear() -> None:
    """A <title> of 50,000 parts joined by separators and 50,000 headings, none reading
    it: the title is split once (a walk of its words) and the headings read once more
    for its longest part, never once per part."""
    title = "b'<title>' + b'Part of a title | ' * 50_000 + b'</title>'"
    heading = "b'<h2>A heading of no part</h2><p>A line under it.</p>'"
    result = _run(f"b'<head>' + {title} + b'</head><body>' + {heading} * 50_000 + {_P} * 3")
    assert result["outcome"] in {"page", "InputError", "LimitExceeded"}
    assert result.get("seconds", 0) < 20


def test_a_sidebar_box_deep_in_its_aside_stays_linear() -> None:
    """The page's headline over a short post, and the best-scoring box 50,000 wrappers
    deep in an <aside>, each named "widget-content": whether the box is page chrome is
    one walk up its ancestors, once per page."""
    head = "b'<head><title>Man pleads guilty</title></head><body><h1>Man pleads guilty</h1>'"
    deep = "b'<aside>' + b'<div class=\"widget-content\">' * 50_000"
    result = _run(f"{head} + b'<div>' + {_P} + b'</div>' + {deep} + {_P} * 5")
    assert result["outcome"] in {"page", "InputError", "LimitExceeded"}
    assert result.get("seconds", 0) < 20


def test_many_headings_and_look_alike_comment_headings_stay_linear() -> None:
    """50,000 headings inside the story, each a comment heading's look-alike
    ("Comments on the plan 7"): each is read once, a length test and a set
    look-up, and the first true one ("Comments (3)") cuts the rest in one slice;
    the lines above a headline are sorted in the same single pass."""
    heading = "b'<h3>Comments on the plan 7</h3>'"
    tail = "b'<h3>Comments (3)</h3><p>Great piece.</p>'"
    result = _run(
        f"b'<body><div><p>Politics</p><h1>Budget passes</h1>' + ({_P} + {heading}) * 50_000"
        f" + {tail} + b'</div>'"
    )
    assert result["outcome"] in {"page", "InputError", "LimitExceeded"}
    assert result.get("seconds", 0) < 20


def test_many_blocks_as_long_as_the_headline_stay_linear() -> None:
    """A logo's <h1> disagreeing with the page's title, then 50,000 headings and lines as
    long as that title, none reading it: each block's printing is compared once."""
    head = "b'<head><title>Council passes the budget</title></head><body><h1>Daily</h1>'"
    line = "b'<h2>Council passes the budgez</h2><div>Council passes the budgex</div>'"
    result = _run(f"{head} + {_P} * 3 + {line} * 50_000")
    assert result["outcome"] in {"page", "InputError", "LimitExceeded"}
    assert result.get("seconds", 0) < 20


def test_many_dated_look_alike_items_stay_linear() -> None:
    """8 <time> elements each under 5,000 look-alike siblings holding no <time> (a page's
    date looked for in a list): each time's ancestors look at a few siblings only."""
    item = "b'<li class=\"i\"><a href=/x>Item</a></li>'"
    dated = f"b'<ul><li class=\"i\"><time datetime=2024-01-02>2 Jan</time></li>' + {item} * 5_000"
    result = _run(f"b'<body>' + ({dated} + b'</ul>') * 8 + {_P} * 3")
    assert result["outcome"] in {"page", "InputError", "LimitExceeded"}
    assert result.get("seconds", 0) < 20


def test_linked_items_of_a_story_list_stay_linear() -> None:
    """A story list of 100,000 items, every other one a link between two unlinked ones:
    each linked item is read back into the story once (its two neighbours' fields)."""
    items = "b\"<li>2 cups of flour, sifted</li><li><a href=/s>1 tsp of spice</a></li>\""
    result = _run(
        f"b'<body><article>' + {_P} * 3 + b'<ul>' + {items} * 50_000 + b'</ul>' + {_P}"
        " + b'</article>'"
    )
    assert result["outcome"] in {"page", "InputError", "LimitExceeded"}
    assert result.get("seconds", 0) < 20


def test_a_story_outvoted_by_many_lists_stays_linear() -> None:
    """A short story beside 20,000 lists of comment-like items that outvote it: the best
    element of prose outside lists is found in one pass over the scored elements."""
    thread = "b'<ol><li><p>Great piece, thanks, I agree with every word, well said.</p></li></ol>'"
    result = _run(
        f"b'<body><div>' + {_P} * 5 + b'</div><div>' + {thread} * 20_000 + b'</div></body>'"
    )
    assert result["outcome"] in {"page", "InputError", "LimitExceeded"}
    assert result.get("seconds", 0) < 20
