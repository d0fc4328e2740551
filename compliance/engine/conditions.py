"""The condition language's names in one place, for the engine's callers: truth values and
results (:mod:`~compliance.engine.truth`), fact access (:mod:`~compliance.engine.access`),
the evaluation context (:mod:`~compliance.engine.context`), the connectives
(:mod:`~compliance.engine.connectives`), the leaf predicates
(:mod:`~compliance.engine.predicates`) and a rule's outcome
(:mod:`~compliance.engine.outcome`).

``from compliance.engine import conditions as engine`` then ``engine.LeafNode``,
``engine.TRUE``, ``engine.Ctx`` ...
"""

from __future__ import annotations

from compliance.engine.access import (
    Collected,
    FactRef,
    Steps,
    collect,
    collect_plain,
    join,
    resolve_plain,
    resolve_scalar,
    rest,
)
from compliance.engine.connectives import (
    AllNode,
    AnyNode,
    EachNode,
    NotNode,
    PartyNode,
    PracticeNode,
    RefNode,
    StatedNode,
    UnsettledNode,
)
from compliance.engine.context import Ctx, Node, reads_from_top
from compliance.engine.dates import AsOfNode
from compliance.engine.outcome import (
    ERROR_S,
    FAIL,
    NOT_APPLICABLE,
    PASS,
    STATUSES,
    UNKNOWN_S,
    WAIVED,
    RuleOutcome,
    decided_by_applies,
    rule_outcome,
)
from compliance.engine.predicates import ASSESSMENT_DAY, LeafNode, ParamNode, RootLeafNode
from compliance.engine.truth import (
    ABSENT,
    ERROR,
    FALSE,
    IMPRECISE,
    OPEN,
    TRUE,
    TRUTH_NAMES,
    UNKNOWN,
    UNSETTLED,
    UNSPECIFIED,
    Evidence,
    Missing,
    Res,
    combine_all,
    combine_any,
)

__all__ = [
    "ABSENT",
    "ASSESSMENT_DAY",
    "ERROR",
    "ERROR_S",
    "FAIL",
    "FALSE",
    "IMPRECISE",
    "NOT_APPLICABLE",
    "OPEN",
    "PASS",
    "STATUSES",
    "TRUE",
    "TRUTH_NAMES",
    "UNKNOWN",
    "UNKNOWN_S",
    "UNSETTLED",
    "UNSPECIFIED",
    "WAIVED",
    "AllNode",
    "AnyNode",
    "AsOfNode",
    "Collected",
    "Ctx",
    "EachNode",
    "Evidence",
    "FactRef",
    "LeafNode",
    "Missing",
    "Node",
    "NotNode",
    "ParamNode",
    "PartyNode",
    "PracticeNode",
    "RefNode",
    "Res",
    "RootLeafNode",
    "RuleOutcome",
    "StatedNode",
    "Steps",
    "UnsettledNode",
    "collect",
    "collect_plain",
    "combine_all",
    "combine_any",
    "decided_by_applies",
    "join",
    "reads_from_top",
    "resolve_plain",
    "resolve_scalar",
    "rest",
    "rule_outcome",
]
