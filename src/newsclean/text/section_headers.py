"""Section headers: the lines above a list of other stories.

Part of labelling (stage 3). A section header is a known phrase of
``data/<language>/section_headers.txt`` ("Related Articles", "Lesen Sie
auch"), or such a phrase or an opening of ``section_scopes.txt`` with a
scope after a link word: "More from SFGATE", "Trending now in World", "Most
popular on The Hill", "Mehr aus Politik". Sites print the first half from a
small vocabulary and fill in their own name or desk, so the scope is read
by its shape (one to four capitalised words) and not looked up. A headline
that starts the same way goes on in lowercase ("Latest on the ceasefire
talks") and is no header.

>>> headers = section_headers("en")
>>> headers.matches("more from sfgate", "More from SFGATE")
True
>>> headers.matches("trending now in world", "TRENDING NOW IN WORLD:")
True
>>> headers.matches("latest on the ceasefire talks", "Latest on the ceasefire talks")
False
>>> headers.matches("related articles", "Related Articles")
True
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from newsclean.core.lexicon import chrome_entries, chrome_roles, line_key

__all__ = ["SectionHeaders", "section_headers"]

_ROLES = frozenset({"opening", "link", "scope", "glue"})
_SCOPE_MAX_WORDS = 4  # a site's or desk's name


@dataclass(frozen=True, slots=True)
class SectionHeaders:
    """The section headers of one language hint, as line keys (lowered, edges
    stripped: the labeller's ``line_key``)."""

    whole: frozenset[str]  # headers alone
    openings: frozenset[str]  # what a scope may follow: the headers and the openings
    firsts: frozenset[str]  # the first word of each opening: most lines stop there
    links: frozenset[str]
    scopes: frozenset[str]  # scopes that are no name ("this section")
    glue: frozenset[str]  # small words inside a name ("of", "the")

    def matches(self, key: str, text: str) -> bool:
        """Whether the line ``text`` (its key ``key``) is a section header."""
        return key in self.whole or self.scoped(key, text) is not None

    def scoped(self, key: str, text: str) -> str | None:
        """The opening and link of a header with a scope ("more from" of "More
        from SFGATE"), or None."""
        if key.partition(" ")[0] not in self.firsts:
            return None
        words = key.split()
        for k in range(1, len(words) - 1):
            if words[k] in self.links and " ".join(words[:k]) in self.openings:
                scope = self._scope(words[k + 1 :], text.split()[k + 1 :])
                return " ".join(words[: k + 1]) if scope else None
        return None

    def _scope(self, keys: list[str], words: list[str]) -> bool:
        if " ".join(keys) in self.scopes:
            return True
        return (
            0 < len(words) <= _SCOPE_MAX_WORDS
            and len(words) == len(keys)
            and _named(words[0])
            and all(_named(w) or k in self.glue for w, k in zip(words, keys, strict=True))
        )


def _named(word: str) -> bool:
    """A word of a name: capitalised, or a number."""
    first = word[:1]
    return first.isupper() or first.isdigit()


@functools.cache
def section_headers(language: str | None, *, scoped: bool = True) -> SectionHeaders:
    """The section headers of ``language`` and English (every language's for None);
    with ``scoped`` False, only the whole ones."""
    whole = frozenset(line_key(e) for e in chrome_entries(language, "section_headers"))
    rows = chrome_roles(language, "section_scopes", _ROLES)
    openings = whole | frozenset(line_key(o) for o in rows["opening"])
    return SectionHeaders(
        whole=whole,
        openings=openings,
        firsts=frozenset(o.partition(" ")[0] for o in openings) if scoped else frozenset(),
        links=frozenset(rows["link"]),
        scopes=frozenset(rows["scope"]),
        glue=frozenset(rows["glue"]),
    )
