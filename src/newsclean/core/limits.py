"""Limits that keep one bad page from stalling a batch.

A ``Deadline`` starts when a call starts and is checked between stages and
inside the loops that grow with the page; past ``Options.time_budget`` it
raises ``LimitExceeded``. The clock it reads is the monotonic one, and only
to stop: it never changes a result, it only refuses to finish one.

>>> from newsclean.core.options import Options
>>> Deadline.start(Options(time_budget=None)).check("label")  # no budget: never expires
>>> Deadline.start(Options(time_budget=0.0)).check("label")
Traceback (most recent call last):
...
newsclean.core.errors.LimitExceeded: time budget of 0.0 s spent before label (Options.time_budget)
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from newsclean.core.errors import LimitExceeded
from newsclean.core.options import Options

__all__ = ["Deadline", "check_size"]


@dataclass(frozen=True, slots=True)
class Deadline:
    """When a call must stop (``None``: never)."""

    budget: float | None
    expires: float | None

    @classmethod
    def start(cls, options: Options) -> Deadline:
        """A deadline ``options.time_budget`` seconds from now."""
        budget = options.time_budget
        return cls(budget, None if budget is None else time.monotonic() + budget)

    def check(self, stage: str) -> None:
        """Raise ``LimitExceeded`` if the budget is spent; ``stage`` names where."""
        if self.expires is not None and time.monotonic() >= self.expires:
            raise LimitExceeded(
                f"time budget of {self.budget} s spent before {stage} (Options.time_budget)"
            )


def check_size(size: int, options: Options) -> None:
    """Raise ``LimitExceeded`` for input over ``Options.max_input_chars``."""
    if size > options.max_input_chars:
        raise LimitExceeded(
            f"input has {size:,} characters; Options.max_input_chars is {options.max_input_chars:,}"
        )
