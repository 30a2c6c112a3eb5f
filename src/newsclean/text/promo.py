"""A site's prompt to subscribe to it, sign up for its newsletter or follow it.

Sites print such a line inside or right after the story ("Get the day's top
headlines delivered straight to your inbox", "Sign up for our newsletter",
"Follow us on Twitter", "Abonnez-vous à notre newsletter"). It reads as a
sentence, so the line rules keep it; what gives it away is that it speaks
to the reader about the site itself. The phrases are
``data/<language>/promo_phrases.txt``, every language's at once (sites keep
English buttons on pages in other languages).

>>> is_promo("Get the day's top headlines delivered straight to your inbox.")
True
>>> is_promo("Suivez-nous sur Twitter"), is_promo("Folgen Sie uns auf Instagram")
(True, True)
>>> is_promo("The newsletter was sent to 40,000 readers on Monday.")
False
"""

from __future__ import annotations

import re
from collections import Counter

from newsclean.core.lexicon import entries, languages

__all__ = ["is_closing_prompt", "is_promo"]

# What may stick to a word of a line cut at its spaces: "inbox.", "(Newsletter",
# "“subscribe" (a line is split at spaces only: no pass over its characters)
_BEFORE = "(\"'“‘«„¿¡"
_AFTER = ".,;:!?)\"'”’»…"
_RARE_LENGTH = 5
_UNSPACED = "\u2e80"  # the first letter of the scripts written without spaces


def _unspaced(phrase: str) -> bool:
    return any(ch >= _UNSPACED for ch in phrase)


def _phrases() -> tuple[str, ...]:
    """Every language's phrases (``promo_phrases.txt``)."""
    return tuple(sorted({p for lang in languages() for p in entries(lang, "promo_phrases")}))


def _pattern(phrases: list[str]) -> re.Pattern[str]:
    alternatives = []
    for p in sorted(phrases, key=len, reverse=True):
        # one space in a phrase stands for any run of spaces in the line
        body = r"\s+".join(re.escape(w) for w in p.split())
        head = r"(?<!\w)" if p[0].isalnum() else ""
        tail = r"(?!\w)" if p[-1].isalnum() else ""
        alternatives.append(head + body + tail)
    return re.compile("|".join(alternatives), re.IGNORECASE)


def _rarity(word: str, shared: Counter[str]) -> tuple[int, int, str]:
    """How well ``word`` picks out its phrase: a long word (five letters or
    more: "our", "your" are in every story) by how many phrases share it,
    else by its length."""
    if len(word) >= _RARE_LENGTH:
        return (1, shared[word], word)
    return (0, len(word), word)


def _by_word(phrases: tuple[str, ...]) -> dict[str, re.Pattern[str]]:
    """The phrases of spaced scripts by one word each, each word (also with
    punctuation stuck to it) with the pattern of its phrases: a line holding
    none of the words holds none of the phrases. The words are looked up in
    a set; the pattern, which ``re`` tries at every character, meets only
    the few lines that hold one. A phrase's word is the one most phrases
    share ("inbox" of "right in your inbox", not "right"): the words a
    prompt is made of are rarer in stories than its other words."""
    spaced = [p for p in phrases if not _unspaced(p)]
    shared = Counter(w for p in spaced for w in set(p.lower().split()))
    groups: dict[str, list[str]] = {}
    for p in spaced:
        word = max(p.lower().split(), key=lambda w: _rarity(w, shared))
        groups.setdefault(word, []).append(p)
    out: dict[str, re.Pattern[str]] = {}
    for word, group in sorted(groups.items()):
        pattern = _pattern(group)
        # as a line prints it: in lower case, capitalised, in capitals or, for
        # a word of parts, each part capitalised ("Abonnez-Vous") (the line is
        # not lowered: most lines hold none of the words)
        for cased in {word, word.capitalize(), word.upper(), word.title()}:
            for before in ("", *_BEFORE):
                for after in ("", *_AFTER):
                    out[before + cased + after] = pattern
    return out


_PHRASES = _phrases()
_BY_WORD = _by_word(_PHRASES)
_WORDS = frozenset(_BY_WORD)
# phrases of scripts without spaces: substrings of their line
_UNSPACED_PHRASES = tuple(p for p in _PHRASES if _unspaced(p))
# the looser words of a prompt after a story's end (``closing_prompts.txt``),
# by their phrases' first words: a block is asked only for the phrases whose
# first word it holds (one pattern of every phrase costs ~200 us a block,
# ``re`` trying each alternative at each character; the words' look-up ~3 us)
_CLOSING_GROUPS: dict[str, list[str]] = {}
for _phrase in sorted({p for lang in languages() for p in entries(lang, "closing_prompts")}):
    _CLOSING_GROUPS.setdefault(_phrase.split()[0].lower(), []).append(_phrase)
_CLOSING_BY_FIRST = {w: _pattern(group) for w, group in _CLOSING_GROUPS.items()}
_CLOSING_FIRSTS = frozenset(_CLOSING_BY_FIRST)
_WORD = re.compile(r"[\w@'’-]+")


def is_promo(text: str, *, unspaced: bool | None = None) -> bool:
    """Whether ``text`` holds a phrase of a site's prompt to subscribe or follow it.

    ``unspaced``: whether to look for the phrases of scripts written without
    spaces ("关注我们"), when the caller knows whether the line holds such a
    script (None: look when it does).
    """
    found = _WORDS.intersection(text.split())
    if found and any(_BY_WORD[w].search(text) is not None for w in found):
        return True
    if unspaced is None:  # (``max`` in C: most lines hold no letter of those scripts)
        unspaced = not text.isascii() and max(text) >= _UNSPACED
    return unspaced and any(p in text for p in _UNSPACED_PHRASES)


def is_closing_prompt(text: str) -> bool:
    """Whether ``text``, a short block after a story's last paragraph, prompts
    the reader to subscribe, sign up or follow (``closing_prompts.txt``:
    looser than ``is_promo``, as the story has ended where it is asked).

    >>> is_closing_prompt("Follow him on Twitter @jdoe"), is_closing_prompt("Got a tip?")
    (True, True)
    >>> is_closing_prompt("The subscribers voted on Monday.")
    False
    """
    found = _CLOSING_FIRSTS.intersection(_WORD.findall(text.lower()))
    return any(_CLOSING_BY_FIRST[w].search(text) is not None for w in found)
