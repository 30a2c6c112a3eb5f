"""The reader comments under their heading: where the main story ends in HTML.

Part of content selection (stage 2, HTML), run on its result. Class names
mark most comment threads (``comments``, ``comment-list``) and selection
drops them by name. A site whose class names mean nothing (CSS-in-JS, CSS
modules, utility classes: ``css-1x2y3z``, ``mt-4 text-sm``) still heads its
thread with a heading element: "Comments", "12 Comments", "Leave a Reply",
"Kommentare (4)", "コメント". A heading after the story's first block whose
whole text is one of these (``comment_marks.is_comment_heading``, the
lexicons of every language with a data file) ends the story: the heading
and every block after it in the selection are no part of it.

>>> from newsclean.html.blocks import extract_blocks
>>> from newsclean.html.parse import parse_html
>>> story = "<p>The council approved the new budget on Monday after a long debate.</p>"
>>> dom = extract_blocks(parse_html(
...     f"<body><div>{story * 2}<h3>Comments (2)</h3><p>Great piece, thanks!</p></div></body>"))
>>> body = tuple(range(len(dom.blocks)))
>>> cut = comment_heading(dom, body, lambda text: text.startswith("Comments"))
>>> [dom.blocks[k].text for k in body[cut:]]
['Comments (2)', 'Great piece, thanks!']
"""

from __future__ import annotations

from collections.abc import Callable

from newsclean.html.blocks import Dom

__all__ = ["comment_heading"]


def comment_heading(
    dom: Dom, body: tuple[int, ...], is_heading: Callable[[str], bool]
) -> int | None:
    """The position in ``body`` (block indices, page order) of the first heading
    over reader comments (``is_heading`` of its text) after the story's first
    block, or None."""
    blocks = dom.blocks
    for j in range(1, len(body)):
        b = blocks[body[j]]
        if b.heading and is_heading(b.text):
            return j
    return None
