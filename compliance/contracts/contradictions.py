"""Contradictions between what a contract buys and what it bans.

A contract that permits a use which *is* a restricted practice (the vocabulary's table,
:mod:`compliance.facts.practices`) while another of its terms prohibits that practice contradicts
itself: the ban's rule cannot pass. ``compliance validate`` reports each such pair as a
warning naming both terms with their lines. A recognised exception stated on the ban (e.g.
the medical-or-safety carve-out of AI Act Art. 5(1)(f)) may cover the use: then there is no
contradiction to report, and the rule follows the exception's own terms; unless the
contract states one of the exception's conditions false, when the exception does not
count: those every exception of the practice shares (``exception_conditions`` of the table,
e.g. prior authorisation under Art. 5(3), or a use confined to the labelling carve-out of
Art. 5(1)(g)) and its own (``own_conditions``, e.g. the Annex II offences of Art.
5(1)(h)(iii), which gate the suspects exception and not the other two, or the specific
victims of Art. 5(1)(h)(i), which gate the victim-search exception alone); nor where the
contract states a fact that contradicts what the exceptions rest on (``contradicted_by``,
e.g. no human oversight at all beside a carve-out for operator-supervised weapon systems).
"""

from __future__ import annotations

from compliance.core.records import record
from compliance.facts.tree import FLeaf, FList, FNode, FObj


@record
class Contradiction:
    """A permitted use that amounts to a practice the contract prohibits."""

    practice: str
    fact: str
    use: FLeaf
    use_path: str
    ban: FLeaf
    ban_path: str

    def message(self) -> str:
        from compliance.facts.practices import PRACTICES

        practice = PRACTICES[self.practice]
        cite = practice.citations[0]
        return (
            f"{self.use.prov.label()} (line {self.use.line}) permits the "
            f"{_WHAT.get(self.fact, self.fact)} {self.use.value!r}, which amounts to the "
            f"restricted practice {self.practice!r} ({practice.title}; "
            f"{cite.instrument}, {cite.provision}), "
            f"but {self.ban.prov.label()} (line {self.ban.line}) prohibits it "
            f"({self.ban_path}): the contract contradicts itself, and no rule resting "
            "on this ban can pass"
        )


_WHAT = {"use_cases": "use case", "purposes": "purpose", "system.capabilities": "capability"}


def _get(obj: FObj, dotted: str) -> FNode | None:
    node: FNode | None = obj
    for name in dotted.split("."):
        if not isinstance(node, FObj):
            return None
        node = node.fields.get(name)
    return node


def _items(node: FNode | None) -> list[tuple[int, FLeaf]]:
    if isinstance(node, FList):
        return [(i, item) for i, item in enumerate(node.items) if isinstance(item, FLeaf)]
    if isinstance(node, FLeaf):
        return [(-1, node)]
    return []


def _condition_fails(facts: FObj, base: str, conditions: tuple[str, ...]) -> bool:
    """Whether the contract states one of the exception's conditions false: then the
    exception does not count (a condition left silent may still be met)."""
    for name in conditions:
        leaf = _get(facts, f"{base}.{name}")
        if isinstance(leaf, FLeaf) and leaf.value is False:
            return True
    return False


def _contradicted(facts: FObj, pairs: tuple[tuple[str, str], ...]) -> bool:
    """Whether the contract states a fact that shows what the exceptions rest on does not
    hold (``Practice.contradicted_by``): then no exception counts."""
    for path, value in pairs:
        leaf = _get(facts, path)
        if isinstance(leaf, FLeaf) and leaf.value == value:
            return True
    return False


def find(facts: FObj) -> list[Contradiction]:
    """Every contradiction in a contract's facts, in the order of the permitted uses."""
    from compliance.facts.practices import AMOUNTS_TO, PERMITTED_USE_FACTS, PRACTICES

    found: list[Contradiction] = []
    for fact, vocab in PERMITTED_USE_FACTS.items():
        table = AMOUNTS_TO.get(vocab, {})
        for index, use in _items(_get(facts, fact)):
            entry = table.get(use.value)
            if entry is None:
                continue
            use_path = fact if index < 0 else f"{fact}[{index}]"
            for ident in entry.practices:
                practice = PRACTICES[ident]
                base = f"restrictions.{practice.restriction}"
                ban = _get(facts, f"{base}.prohibited")
                if not isinstance(ban, FLeaf) or ban.value is not True:
                    continue
                stated = {leaf.value for _, leaf in _items(_get(facts, f"{base}.exceptions"))}
                if not _contradicted(facts, practice.contradicted_by) and any(
                    exception in stated
                    and not _condition_fails(facts, base, practice.conditions_of(exception))
                    for exception in practice.exceptions
                ):
                    continue  # a recognised exception may cover the use
                found.append(Contradiction(ident, fact, use, use_path, ban, f"{base}.prohibited"))
    return found
