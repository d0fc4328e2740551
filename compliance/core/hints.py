"""Did-you-mean hints for error messages: the closest known name to what was written.

One helper for every layer. It imports nothing heavy (``difflib`` only when a hint is
computed, that is when an error is being reported).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

#: While a :class:`hint_budget` block runs, how many more fuzzy (difflib) hints may be
#: computed: a document with 10,000 misspelt values must not spend a minute on suggestions
#: nobody reads. (A list, not a context variable: importing contextvars costs start-up.)
_BUDGET: list[int | None] = [None]


class hint_budget:  # used as a function: ``with hint_budget(200):``
    """Within the block, at most ``count`` fuzzy hints (then exact-case and prefix hints
    only): the hints of one document's first errors, the same whatever else is run."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.saved: int | None = None

    def __enter__(self) -> None:
        self.saved = _BUDGET[0]
        _BUDGET[0] = self.count

    def __exit__(self, *exc: Any) -> None:
        _BUDGET[0] = self.saved


def suggest(value: str, choices: Iterable[str]) -> str | None:
    """The closest choice to ``value``, or ``None`` if nothing is close.

    A case-insensitive exact match first, then the closest by ``difflib`` (ratio 0.6 or
    more), then a unique choice that starts with (or contains) what was typed:
    ``"alliance"`` for ``"alliance-unclassified"``.
    """
    lowered = {choice.lower(): choice for choice in choices}
    wanted = value.lower()
    if wanted in lowered:
        return lowered[wanted]
    budget = _BUDGET[0]
    if budget is None or budget > 0:
        if budget is not None:
            _BUDGET[0] = budget - 1
        from difflib import get_close_matches

        matches = get_close_matches(wanted, list(lowered), n=1, cutoff=0.6)
        if matches:
            return lowered[matches[0]]
    for test in (str.startswith, str.__contains__):
        hits = [choice for key, choice in lowered.items() if value and test(key, wanted)]
        if len(hits) == 1:
            return hits[0]
    return None


def mean(hint: str | None) -> str:
    """The message tail for a known suggestion: ``"; did you mean 'x'?"``, or ``""``."""
    return f"; did you mean {hint!r}?" if hint else ""


def did_you_mean(value: str, choices: Iterable[str]) -> str:
    """The message tail naming the closest choice to ``value``, or ``""`` if none is close."""
    return mean(suggest(value, choices))
