"""Typed errors: everything newsclean raises on purpose is a ``NewscleanError``."""

from __future__ import annotations

__all__ = ["InputError", "LimitExceeded", "NewscleanError"]


class NewscleanError(Exception):
    """Base class of every error newsclean raises on purpose."""


class InputError(NewscleanError, ValueError):
    """The input is neither text nor HTML (binary data, a wrong type)."""


class LimitExceeded(NewscleanError):  # noqa: N818 - the name the issue tracker and users know
    """The input is larger than a limit in ``Options`` allows."""
