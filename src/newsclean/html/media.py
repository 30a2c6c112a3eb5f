"""The links and images of the main story, kept on request (``Options.links``,
``Options.images``; HTML input only).

- **Links**: the ``<a href>`` elements whose nearest block element holds a
  paragraph of the story, in page order, each found in the story's text
  (``Article.text``) after the one before, so it carries offsets into it; a
  link whose text the story does not keep (an inline "Read more") is left
  out. ``href`` is resolved against the page's URL; ``javascript:`` and
  bare ``#`` links are no links.
- **Images**: the ``<img>`` elements inside the story's container, from its
  headline (or the container's start) to the end of its last paragraph,
  except those inside a related card or an element that is navigation, an
  aside, a footer, or classed as ads, sharing, newsletter or related
  stories; ``src`` (else ``data-src``, else the first ``srcset`` URL)
  resolved against the page's URL, ``alt``, and the ``<figcaption>`` of the
  ``<figure>`` holding it. ``data:`` URIs and 1-pixel trackers are left out.

Both are linear in the container's size: one walk over it, an ancestor walk
per link or image (bounded by the tree's depth) and at most
``_MAX_MISSES`` failed searches of the story's text per story.

>>> from newsclean import Options, clean_html
>>> page = clean_html(
...     "<html><body><article><h1>Rates held</h1><figure><img src='/a.jpg' alt='The bank'>"
...     "<figcaption>The bank in May.</figcaption></figure><p>The bank kept rates on hold, "
...     "<a href='/rates'>its statement</a> said, as markets had expected for weeks.</p>"
...     "</article></body></html>",
...     url="https://news.example/story", options=Options(links=True, images=True))
>>> page.main.links
(Link(text='its statement', href='https://news.example/rates', start=29, end=42),)
>>> page.main.text[29:42]
'its statement'
>>> page.main.images
(Image(src='https://news.example/a.jpg', alt='The bank', caption='The bank in May.'),)
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urljoin

import lxml.etree

from newsclean.core.types import Image, Link
from newsclean.html.blocks import T_ASIDE, T_FOOTER, T_NAV, Dom, group_bit

__all__ = ["story_images", "story_links"]

_MAX_MISSES = 64  # failed searches of a story's text, at most (each scans the rest of it)
_MAX_ITEMS = 1000  # links or images kept per story, at most
_MAX_URL = 2048  # a longer address is no link (data blobs, tracking strings)
_NOT_STORY = (
    T_NAV | T_ASIDE | T_FOOTER | sum(group_bit(g) for g in ("ad", "share", "newsletter", "related"))
)


def _text(el: lxml.etree._Element) -> str:
    return " ".join("".join(str(t) for t in el.itertext()).split())


def _url(value: str | None, base: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    if not value or len(value) > _MAX_URL or value.startswith("#"):
        return None
    if value.lower().startswith(("javascript:", "data:")):
        return None
    if base:
        try:
            return urljoin(base, value)
        except ValueError:  # a malformed address ("http://[x")
            return value
    return value


def _index(dom: Dom) -> dict[lxml.etree._Element, int]:
    return {el: i for i, el in enumerate(dom.elements)}


def _owner(
    el: lxml.etree._Element, index: dict[lxml.etree._Element, int], stop: lxml.etree._Element
) -> int:
    """The index of the nearest block element at or above ``el`` (-1: none below ``stop``)."""
    node: lxml.etree._Element | None = el
    while node is not None:
        found = index.get(node)
        if found is not None:
            return found
        if node is stop:
            return -1
        node = node.getparent()
    return -1


def story_links(
    dom: Dom, container: int, body: Iterable[int], text: str, base: str | None
) -> tuple[Link, ...]:
    """The links of the story whose paragraphs are the blocks ``body`` (indices into
    ``dom.blocks``) and whose kept text is ``text`` (module docstring)."""
    if container < 0:
        return ()
    owners = {dom.blocks[k].owner for k in body}
    root = dom.elements[container]
    index = _index(dom)
    out: list[Link] = []
    cursor = 0
    misses = 0
    for a in root.iter("a"):
        if len(out) >= _MAX_ITEMS or misses >= _MAX_MISSES:
            break
        href = _url(a.get("href"), base)
        if href is None or _owner(a, index, root) not in owners:
            continue
        label = _text(a)
        if not label:
            continue
        at = text.find(label, cursor)
        if at < 0:
            misses += 1
            continue
        cursor = at + len(label)
        out.append(Link(text=label, href=href, start=at, end=cursor))
    return tuple(out)


def story_images(
    dom: Dom,
    container: int,
    body: Iterable[int],
    title: int | None,
    cards: Iterable[int],
    base: str | None,
) -> tuple[Image, ...]:
    """The images of the story (module docstring); ``cards`` are the related
    cards' elements, ``title`` the headline block."""
    if container < 0:
        return ()
    root = dom.elements[container]
    index = _index(dom)
    owners = {dom.elements[dom.blocks[k].owner] for k in body}
    heading = dom.elements[dom.blocks[title].owner] if title is not None else None
    skip = {dom.elements[c] for c in cards}
    found: list[tuple[int, lxml.etree._Element]] = []
    start = 0
    last: tuple[int, lxml.etree._Element | None] = (-1, None)
    for position, el in enumerate(root.iter()):
        if el is heading:
            start = position
        if el in owners:
            last = (position, el)
        if el.tag == "img":
            found.append((position, el))
    # the end of the last paragraph's subtree (counted once: linear)
    end = last[0] + (sum(1 for _ in last[1].iterdescendants()) if last[1] is not None else 0)
    out: list[Image] = []
    for position, img in found:
        if len(out) >= _MAX_ITEMS:
            break
        if not start <= position <= end or _outside_story(img, index, root, skip, dom):
            continue
        image = _image(img, base)
        if image is not None and image not in out:
            out.append(image)
    return tuple(out)


def _outside_story(
    img: lxml.etree._Element,
    index: dict[lxml.etree._Element, int],
    root: lxml.etree._Element,
    skip: set[lxml.etree._Element],
    dom: Dom,
) -> bool:
    node = img.getparent()
    while node is not None and node is not root:
        if node in skip:
            return True
        i = index.get(node)
        if i is not None and dom.own[i] & _NOT_STORY:
            return True
        node = node.getparent()
    return False


def _image(img: lxml.etree._Element, base: str | None) -> Image | None:
    if img.get("width") in ("0", "1") or img.get("height") in ("0", "1"):
        return None  # a tracking pixel
    srcset = (img.get("srcset") or img.get("data-srcset") or "").strip()
    first = srcset.split(",")[0].split()[0] if srcset else None
    src = _url(img.get("src"), base) or _url(img.get("data-src"), base) or _url(first, base)
    if src is None:
        return None
    alt = " ".join((img.get("alt") or "").split()) or None
    caption = None
    node = img.getparent()
    for _ in range(4):  # <figure><picture><img>, <figure><a><img>
        if node is None:
            break
        if node.tag == "figure":
            found = node.find(".//figcaption")
            caption = _text(found) or None if found is not None else None
            break
        node = node.getparent()
    return Image(src=src, alt=alt, caption=caption)
