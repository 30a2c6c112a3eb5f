"""The one options record: every threshold and switch, with its default.

Change a copy with ``dataclasses.replace``::

    >>> import dataclasses
    >>> from newsclean import Options
    >>> dataclasses.replace(Options(), language="de").language
    'de'
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Options"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """Thresholds and switches for ``clean()``. All fields have defaults."""

    # --- input -----------------------------------------------------------
    language: str | None = None
    """Language of the page ("en", "de", ...); None reads English lexicons."""
    max_input_chars: int = 20_000_000
    """Longer inputs raise ``LimitExceeded``."""
    regex_timeout: float = 2.0
    """Seconds any one regex scan of page text may take (``regex`` timeout)."""

    # --- normalisation ---------------------------------------------------
    fix_encoding: bool = True
    """Repair mojibake and HTML entities with ftfy."""

    # --- sentences -------------------------------------------------------
    repair_joins: bool = True
    """Insert the missing space in run-together sentences ("said.The")."""

    # --- content selection (main story) ----------------------------------
    min_body_words: int = 8
    """A line with fewer words is never body text on its own merits."""

    # --- segmentation (cards) --------------------------------------------
    split_cards: bool = True
    """Return related-article cards as their own articles."""
