"""Whether a nation's profile binds a deal: its government, or an alliance body acting for
it, is a customer or owns the data.

The contract says so with the vocabulary it already has (no new facts):

- a party with role ``customer`` (buys the service) or ``controller`` (decides purposes and
  means, i.e. owns the data), and
- ``kind`` a government body (``government``, ``defence-department``, ``armed-forces``,
  ``intelligence-agency``, ``law-enforcement``, ``border-authority``, ``public-body``) with
  ``country`` the nation; or ``kind`` ``military-alliance`` or ``international-organisation``
  with ``country`` a group of which the nation is a member on the as-of date (``NATO``,
  ``EU``), or the nation itself. A Union institution, body, office or agency
  (``union-body``) is no nation's government and binds no nation's profile.

Three-valued: yes, no (the parties are listed in full and none qualifies), or unknown (a
party's roles, kind or country is open), with the facts that would decide it.
"""

from __future__ import annotations

from datetime import date

from compliance.core.records import record
from compliance.facts.tree import FLeaf, FList, FNode, FObj

GOVERNMENT_KINDS = frozenset(
    {
        "government",
        "defence-department",
        "armed-forces",
        "intelligence-agency",
        "law-enforcement",
        "border-authority",
        "public-body",
    }
)
ALLIANCE_KINDS = frozenset({"military-alliance", "international-organisation"})
OWNER_ROLES = frozenset({"customer", "controller"})

YES, NO, UNKNOWN = "yes", "no", "unknown"


@record(frozen=True)
class Binding:
    """Whether the profile binds, why, and the facts that would settle an unknown."""

    status: str
    reason: str
    missing: tuple[str, ...] = ()
    line: int | None = None


def _leaf(obj: FObj, name: str) -> str | None:
    node = obj.fields.get(name)
    return str(node.value) if isinstance(node, FLeaf) and node.value is not None else None


def _roles(node: FNode | None) -> str:
    if not isinstance(node, FList):
        return UNKNOWN
    values = {item.value for item in node.items if isinstance(item, FLeaf)}
    if values & OWNER_ROLES:
        return YES
    return UNKNOWN if node.open else NO


def _member(country: str, nation: str, on: date) -> bool:
    from compliance.facts import jurisdictions

    try:
        return nation in jurisdictions.expand(country, on)
    except jurisdictions.UnknownJurisdiction:
        return False


def _party(obj: FObj, path: str, nation: str, on: date) -> tuple[str, str, list[str]]:
    ident = _leaf(obj, "id") or _leaf(obj, "name") or path
    roles = _roles(obj.fields.get("roles"))
    kind = _leaf(obj, "kind")
    country = _leaf(obj, "country")
    missing: list[str] = []
    if roles == NO:
        return NO, "", []
    if roles == UNKNOWN:
        missing.append(f"{path}.roles")
    if kind is not None and kind not in GOVERNMENT_KINDS | ALLIANCE_KINDS:
        return NO, "", []
    if kind is None:
        missing.append(f"{path}.kind")
    if country is None:
        missing.append(f"{path}.country")
    elif (kind in GOVERNMENT_KINDS and country != nation) or (
        kind in ALLIANCE_KINDS and not _member(country, nation, on)
    ):
        return NO, "", []
    if missing:
        return UNKNOWN, "", missing
    if kind in GOVERNMENT_KINDS:
        why = f"party {ident} ({kind}, {country}) is a customer or controller"
    else:
        why = (
            f"party {ident} ({kind}, {country}) acts for its members and is a customer "
            "or controller"
        )
    return YES, why, []


def binds(facts: FObj, nation: str, on: date) -> Binding:
    """Whether the nation's profile binds the deal on ``on``."""
    parties = facts.fields.get("parties")
    if not isinstance(parties, FList):
        return Binding(UNKNOWN, "the contract does not list its parties", ("parties",))
    missing: list[str] = []
    for position, item in enumerate(parties.items):
        path = f"parties[{position}]"
        if not isinstance(item, FObj):
            missing.append(path)
            continue
        status, why, gaps = _party(item, path, nation, on)
        if status == YES:
            return Binding(YES, why, (), item.line)
        missing.extend(gaps)
    if parties.open:
        missing.append("parties")
    if missing:
        return Binding(
            UNKNOWN,
            "no party is known to be the nation's government (or an alliance acting for it) "
            "as customer or controller",
            tuple(sorted(set(missing))),
        )
    return Binding(
        NO,
        "no party is the nation's government, or an alliance it belongs to, as customer or "
        "controller",
    )
