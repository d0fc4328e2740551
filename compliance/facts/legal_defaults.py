"""Facts whose absence the law itself decides (a *legal default*), each with its citation.

Silence is unknown everywhere else. A few facts are different: the law attaches a
consequence to a statement not being made. The Art. 6(3) derogation of the AI Act is one:
Art. 6(2) makes every Annex III system high-risk, and Art. 6(3) is an exception the provider
must rely on affirmatively, document before placing the system on the market (Art. 6(4)) and
register (Art. 49(2)). A description that does not claim it has not claimed it.

The engine reads a fact listed here, when it is absent (not when written ``unspecified``,
which says the contract leaves it open), as its default value, and records that it did so:
a rule's result then carries a note with :attr:`LegalDefault.reason`, and ``compliance
classify`` says it in its reason. The silence property test (``tests/test_silence.py``)
allows, for a removal that deletes exactly such a fact, the verdict changes the default
implies for the rules that read it, and nothing else.
"""

from __future__ import annotations

from typing import Any

from compliance.core.records import record


@record(frozen=True)
class LegalDefault:
    """A fact the law decides when the description is silent on it."""

    path: str
    value: Any
    reason: str  # what the default means, in words, for a result's note
    citation: str
    how_to_claim: str  # what to write to state the contrary
    #: The verdict changes (before, after) that deleting a stated value of the fact may
    #: cause in a rule that reads it: the default then decides instead. The silence
    #: property test allows these, for exactly that removal and those rules, and nothing else.
    removal_moves: frozenset[tuple[str, str]]


LEGAL_DEFAULTS: dict[str, LegalDefault] = {
    d.path: d
    for d in (
        LegalDefault(
            path="ai_act.derogation_claimed",
            value=False,
            reason=(
                "no Art. 6(3) derogation is claimed (ai_act.derogation_claimed is not "
                "stated), so Art. 6(2) applies"
            ),
            citation=(
                "Regulation (EU) 2024/1689 (AI Act), Art. 6(2)-(4) and Art. 49(2): the "
                "derogation must be relied on, documented and registered by the provider"
            ),
            how_to_claim=(
                "ai_act: {derogation_claimed: true, derogation_condition: [...], "
                "derogation_documented: true, profiling: false}"
            ),
            removal_moves=frozenset(
                {
                    # The claim gone, Art. 6(2) makes the Annex III system high-risk: the
                    # duties of Chapter III apply, met, unmet or not settled by the contract.
                    ("not_applicable", "pass"),
                    ("not_applicable", "fail"),
                    ("not_applicable", "unknown"),
                    # A claim not settled (its condition or documentation not stated) no
                    # longer holds the classification open: Art. 6(2) decides it.
                    ("unknown", "pass"),
                    ("unknown", "fail"),
                    # A derogation claimed for a system that profiles (Art. 6(3), last
                    # subparagraph) is no longer relied on, so it is no longer misused.
                    ("fail", "pass"),
                }
            ),
        ),
    )
}


def reads(node: Any, path: str) -> bool:
    """Whether a compiled condition (an engine node) reads the fact ``path``, directly or
    through a definition."""
    seen: set[int] = set()
    todo = [node]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if getattr(current, "fact", None) == path:
            return True
        todo.extend(current.children())
    return False


def note(path: str) -> str:
    """The note a result carries when its verdict rests on the default of ``path``."""
    found = LEGAL_DEFAULTS[path]
    return f"legal default: {found.reason} ({found.citation})"
