"""Unit tests of newsclean.html.blocks: blocks, link density, class groups."""

from __future__ import annotations

import lxml.etree
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsclean.html.blocks import GROUPS, extract_blocks, group_bit, groups_of, has
from newsclean.html.parse import parse_html


def test_block_per_block_element() -> None:
    """Every block element and <br> starts a new block."""
    dom = extract_blocks(parse_html("<div>a<p>b</p>c<br>d</div>"))
    assert [b.text for b in dom.blocks] == ["a", "b", "c", "d"]


def test_link_chars_counted() -> None:
    """Text inside <a> counts as link text."""
    dom = extract_blocks(parse_html('<p>see <a href="/x">this link</a> now</p>'))
    assert dom.blocks[0].links == len("this link")


def test_groups_match_substrings_and_short_tokens() -> None:
    """Long tokens match inside a name, short ones only as whole tokens."""
    assert has(groups_of("sharedaddy"), "share")
    assert has(groups_of("top-ad"), "ad")
    assert not has(groups_of("shadow header-title"), "ad")


def test_every_group_has_tokens() -> None:
    """No group's data file is empty (groups_of would silently miss it)."""
    for name in GROUPS:
        assert group_bit(name)
        assert groups_of(name) or name == "caption"


def test_flags_are_inherited() -> None:
    """A block inside a flagged container carries the container's groups."""
    dom = extract_blocks(parse_html('<div class="comments"><p>Nice post!</p></div>'))
    assert has(dom.blocks[0].flags, "comments")


def test_hidden_and_scripts_skipped() -> None:
    """Invisible elements give no block; the input tree is not changed."""
    root = parse_html("<p>a</p><div hidden>b</div><script>c</script><p>d</p>")
    before = len(list(root.iter()))
    dom = extract_blocks(root)
    assert [b.text for b in dom.blocks] == ["a", "d"]
    assert len(list(root.iter())) == before


def test_parents_precede_children() -> None:
    """Element arrays are in document order (parent index below child index)."""
    dom = extract_blocks(parse_html("<div><section><p>x</p></section><p>y</p></div>"))
    assert all(p < i for i, p in enumerate(dom.parent) if p >= 0)


_HIDDEN_PAGES = (
    # a hidden element's tail joins the text before it: link characters are counted
    # on that one string, with the space inside it
    '<a class="share" href="/"><h1>T</h1>x<li style="display:none">h</li>  y </a>',
    "<p>a <b>b</b> <span hidden>c</span> d<i hidden>e</i>f<i hidden></i> g</p>",
    '<div><span hidden>first</span>tail <a href="/">link</a><em hidden>x</em>  more</div>',
    '<div>   <p style="visibility: hidden">h</p>   <p>after</p></div>',
    '<ul><li hidden>1</li><li>2<br style="display:none">3</li><li aria-hidden="true">4</li></ul>',
    "<p>x<source><span hidden>in source</span>s</source>y<img hidden>z</p>",
    "<html hidden><body><p>root stays</p><div hidden><p hidden>in</p></div>t</body></html>",
)


def test_remove_hidden_walk_is_prune() -> None:
    """remove_hidden=True gives prune's tree and the blocks of a walk over it."""
    from lxml.etree import tostring

    from newsclean.html.parse import prune, strip_invisible

    for page in _HIDDEN_PAGES:
        pruned = parse_html(page)
        prune(pruned)
        expected = extract_blocks(pruned, pruned=True)
        root = parse_html(page)
        strip_invisible(root)
        got = extract_blocks(root, pruned=True, remove_hidden=True)
        assert tostring(root) == tostring(pruned), page
        assert got.blocks == expected.blocks, page
        assert (got.tags, got.parent, got.own) == (expected.tags, expected.parent, expected.own)


@pytest.mark.parametrize(
    "page",
    [
        '<p>a<img src="x.jpg">b</p>',
        '<p>a <img src="x.jpg"> b <a href="/">l<img src="y.jpg">ink</a>c</p>',
        '<div><img src="x.jpg"><p>after</p>tail<img src="y.jpg"></div>',
        '<p><a href="/"><img src="x.jpg"></a> caption <img src="y.jpg" hidden>text</p>',
    ],
)
def test_images_stripped_before_the_walk_leave_the_blocks_as_the_walk_reads_them(
    page: str,
) -> None:
    """strip_invisible removes images (no text, two events each): the blocks and
    their link counts are those of a walk that skips the images itself."""
    from newsclean.html.parse import INVISIBLE, strip_invisible

    walked = parse_html(page)
    lxml.etree.strip_elements(walked, *INVISIBLE, with_tail=False)  # images kept
    expected = extract_blocks(walked, pruned=True, remove_hidden=True)
    stripped = parse_html(page)
    strip_invisible(stripped)
    assert stripped.find(".//img") is None
    got = extract_blocks(stripped, pruned=True, remove_hidden=True)
    assert got.blocks == expected.blocks


def test_a_menu_is_one_block_of_its_whole_text() -> None:
    """A <nav> is read in one piece, its links counted, its items not walked one by one."""
    html = (
        "<body><nav class='menu'><ul><li><a href='/'>Home</a></li><li><a href='/w'>World"
        "</a></li><li>Sport <a href='/s'>live</a></li></ul></nav><p>Story text here.</p>"
        "</body>"
    )
    dom = extract_blocks(parse_html(html))
    assert [(b.text, b.links, dom.tags[b.owner]) for b in dom.blocks] == [
        ("Home World Sport live", 13, "nav"),
        ("Story text here.", 0, "p"),
    ]
    assert "li" not in dom.tags


@pytest.mark.parametrize(
    "inner",
    [
        "<li hidden>Hidden item</li>",  # the walk must skip it
        "<li style='display:none'>Hidden item</li>",
        "<p>A paragraph: a story marked up as a menu</p>",
    ],
)
def test_a_menu_with_hidden_items_or_paragraphs_is_walked(inner: str) -> None:
    html = f"<body><nav><ul><li><a href='/'>Home</a></li>{inner}</ul></nav></body>"
    dom = extract_blocks(parse_html(html))
    assert "li" in dom.tags
    assert "Hidden item" not in " ".join(b.text for b in dom.blocks)


_MENU_ATTRS = st.lists(
    st.sampled_from(
        [
            'class="menu"', "hidden", 'hidden=""', 'aria-hidden="true"', 'aria-hidden="false"',
            'aria-hidden="TRUE"', 'style=""', 'style="color: red"', 'style="display:none"',
            'href="/x"', 'data-style="x"', 'title="hidden"', '><img src="y.jpg"><b',
        ]
    ),
    max_size=3,
    unique=True,
)  # fmt: skip
_MENU_ITEM = st.recursive(
    st.sampled_from(["Home", " ", "", " Top news "]),
    lambda inner: st.tuples(
        st.sampled_from(["li", "a", "span", "ul", "div"]), _MENU_ATTRS, st.lists(inner, max_size=3)
    ).map(lambda t: f"<{t[0]} {' '.join(t[1])}>{''.join(t[2])}</{t[0]}>"),
    max_leaves=10,
)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(_MENU_ITEM, min_size=1, max_size=4))
def test_hidden_descendants_of_a_menu_found_as_one_predicate_found_them(
    items: list[str],
) -> None:
    """The three attribute XPaths that tell a menu with a hidden descendant find what
    the one XPath with a predicate on every descendant found."""
    from newsclean.html import blocks as blocks_module

    one = lxml.etree.XPath("boolean(descendant::*[@hidden or @aria-hidden='true' or @style])")
    root = parse_html(f"<body><nav>{''.join(items)}</nav></body>")
    nav = root.find(".//nav")
    assert nav is not None
    found = any(bool(xpath(nav)) for xpath in blocks_module._HIDDEN_INSIDE)
    assert found == bool(one(nav))


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(_MENU_ITEM, min_size=1, max_size=4))
@example(['<a href="/"> Top news </a>', "<a href='/w'><b> World</b> news </a>"])
def test_a_menus_link_characters_counted_as_each_links_stripped_pieces(
    items: list[str],
) -> None:
    """A menu read in one piece counts the characters of each link's text pieces,
    stripped, whether or not the link holds elements."""
    from newsclean.html import blocks as blocks_module
    from newsclean.html.parse import strip_invisible

    html = f"<body><nav><img src='x.jpg'>{''.join(items)}</nav></body>"
    root = parse_html(html)
    strip_invisible(root)  # (stripped images leave text nodes side by side)
    nav = root.find(".//nav")
    assert nav is not None
    if not len(nav) or not blocks_module._collapsible(nav):
        return  # (walked element by element)
    expected = sum(len(t.strip()) for a in nav.iter("a") for t in a.itertext())
    dom = extract_blocks(root, pruned=True, remove_hidden=True)
    menus = [b for b in dom.blocks if b.tag == "nav"]
    if menus:
        assert menus[0].links == min(expected, len(menus[0].text))


_WALK_ATTRS = st.lists(
    st.sampled_from(
        [
            'class="share"', 'class="story-body"', 'id="main"', "hidden", 'aria-hidden="true"',
            'style="display:none"', 'style="color: red"', 'role="navigation"', 'href="/x"',
            'itemprop="articleBody"', 'class="social-embed"',
        ]
    ),
    max_size=2,
    unique=True,
)  # fmt: skip
_WALK_NODE = st.recursive(
    st.sampled_from(["Text", " ", "", " more words ", "<br>", "<hr>"]),
    lambda inner: st.tuples(
        st.sampled_from(["p", "div", "span", "a", "li", "nav", "blockquote", "b", "h2"]),
        _WALK_ATTRS,
        st.lists(inner, max_size=3),
    ).map(lambda t: f"<{t[0]} {' '.join(t[1])}>{''.join(t[2])}</{t[0]}>"),
    max_leaves=12,
)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(_WALK_NODE, min_size=1, max_size=4), st.sampled_from([0, 1, 2]))
def test_an_element_without_attributes_walks_as_one_with_a_neutral_attribute(
    nodes: list[str], mode: int
) -> None:
    """The walk reads an element without attributes without asking for its bits
    (no class, nothing hidden): the Dom is the one of a tree where every such
    element has an attribute no rule reads, in each of the walk's three modes."""
    from newsclean.html.parse import strip_invisible

    def walk(neutral: bool) -> tuple[object, ...]:
        root = parse_html(f"<body>{''.join(nodes)}</body>")
        if neutral:
            for el in root.iter():
                if not el.attrib:
                    el.set("data-x", "1")
        if mode == 0:  # a tree the walk prunes as it goes
            strip_invisible(root)
            dom = extract_blocks(root, pruned=True, remove_hidden=True)
        else:  # pruned already (nothing hidden to skip), or not pruned (anything may be)
            dom = extract_blocks(root, pruned=mode == 1)
        return dom.blocks, dom.tags, dom.parent, dom.own, dom.classes, dom.has_block_child

    assert walk(neutral=False) == walk(neutral=True)


_TEXT_PIECE = st.text(
    alphabet=st.sampled_from(list("ab .,\n\t\xa0\u2009\u3000")),
    max_size=12,
)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(_TEXT_PIECE, min_size=1, max_size=4))
def test_a_blocks_whitespace_is_collapsed_as_split_and_join_collapse_it(
    pieces: list[str],
) -> None:
    """A block's text is its pieces' words joined by single spaces, whether the walk
    splits it or finds it printable with no double space once stripped (its fast
    path): tabs, newlines, no-break and ideographic spaces included."""
    html = "<body><p>" + "<b>x</b>".join(pieces) + "</p></body>"
    expected = " ".join("x".join(pieces).split())
    texts = [b.text for b in extract_blocks(parse_html(html)).blocks]
    assert texts == ([expected] if expected else [])


@settings(max_examples=500, derandomize=True, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("displayvisbtohdenDISPLAYVISBTOHDEN:; -\u0130\u017f\u212a")
        ),
        max_size=30,
    )
)
@example("display: none")
@example("VISIBILITY:hidden")
@example("visibility:h\u0130dden")
@example("di\u017fplay:none")
def test_hiding_style_answers_as_the_regex(style: str) -> None:
    """``hiding_style``'s lower-case pre-test refuses no style the case-insensitive
    regex finds hiding (the regex folds "İ" to "i", "ſ" to "s")."""
    from newsclean.html.parse import _HIDDEN_STYLE, hiding_style

    assert hiding_style(style) == (_HIDDEN_STYLE.search(style) is not None)
