"""The fast path of rule evaluation: a rule's conditions as generated Python code
(:mod:`compliance.engine.codegen`), made once the rule has been evaluated on a few
contracts.

Generating and compiling the code of a rule costs as much as a few hundred of its
evaluations save, so a run of a few contracts never pays for it: a rule's first
:data:`WARM_UP` evaluations use the interpreter (the condition nodes' ``ev``), later ones
the generated functions, which give the same results. The code is held by the compiled rule
(:attr:`~compliance.engine.ir.CompiledRule.fast`), never by the condition nodes, and is not
pickled (a rule sent to another process starts again from the interpreter).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from compliance.engine.ir import CompiledRule

    #: A generated rule part: ``part(ctx, obj, "")`` gives what ``node.ev(ctx, obj, "")``
    #: gives.
    Part = Callable[[Any, Any, str], Any]

#: How many contracts a rule is evaluated on by the interpreter before its code is
#: generated. Generating and compiling a rule's code costs about as much as 250 of its
#: evaluations save (measured: 60 to 100 ms for the 19 rules of no-autonomous-weapons,
#: which then save about 0.3 ms a contract), so a rule's code is made once it has cost
#: about that much: a run never loses more than it would by compiling at once, and a run
#: of fewer contracts never compiles.
WARM_UP = 256


class FastRule:
    """A rule's generated code, made on its :data:`WARM_UP` + 1st evaluation. Slotted by
    hand, not a record (:mod:`compliance.core.records`): per-rule state read on every
    evaluation, holding functions that do not pickle (it pickles as a fresh one)."""

    __slots__ = ("applies", "owner", "requires", "seen", "shared")

    def __init__(self, shared: Shared | None = None) -> None:
        self.seen = 0
        #: The rule this is the code of (a copy of the rule, e.g. by ``replace``, or a rule
        #: unpickled, starts again from the interpreter).
        self.owner: CompiledRule | None = None
        #: The definitions' compiled code, shared by the rules instantiated together.
        self.shared = shared if shared is not None else Shared()
        self.applies: Part | None = None
        self.requires: Part | None = None

    def __reduce__(self) -> tuple[type[FastRule], tuple[Shared]]:
        return FastRule, (self.shared,)


class Shared:
    """The compiled functions of definitions, by (id of the condition, at the top of the
    tree or not) -> (the condition, its function): shared by the rules of one
    instantiation, so that a definition many rules use is compiled once. Pickles as an
    empty one (once per pickle, so the rules pickled together still share it)."""

    __slots__ = ("functions",)

    def __init__(self) -> None:
        self.functions: dict[tuple[int, bool], tuple[Any, Any]] = {}

    def __reduce__(self) -> tuple[type[Shared], tuple[()]]:
        return Shared, ()


def fast_parts(rule: CompiledRule) -> FastRule | None:
    """The rule's generated parts, when it has been evaluated often enough to have them
    (None: evaluate with the interpreter, this time)."""
    fast: FastRule | None = rule.fast
    if fast is None or fast.owner is not rule:
        fast = rule.fast = FastRule(fast.shared if fast is not None else None)
        fast.owner = rule
    if fast.requires is not None:
        return fast
    fast.seen += 1
    if fast.seen <= WARM_UP:
        return None
    try:
        compile_rule(rule, fast)
    except (SyntaxError, RecursionError, MemoryError):  # e.g. a condition nested too deep
        fast.seen = -(2**62)  # for Python's compiler: the interpreter evaluates it, always
        fast.applies = fast.requires = None
        return None
    return fast


#: How many contracts a process is to check for generating every rule's code before the
#: first one to pay: compiling the built-in packs' 94 rules takes about 0.3 s and saves
#: about 2.5 ms a contract (measured), so from some 130 contracts on.
EAGER_FROM = WARM_UP // 2


def compile_now(rules: Iterable[CompiledRule]) -> None:
    """Generate every rule's code now, not after its first :data:`WARM_UP` evaluations: for
    a batch that will evaluate each rule on at least :data:`EAGER_FROM` contracts in a
    process (processes forked afterwards inherit the code)."""
    for rule in rules:
        fast = rule.fast
        if fast is None or fast.owner is not rule:
            fast = rule.fast = FastRule(fast.shared if fast is not None else None)
            fast.owner = rule
        if fast.requires is None and fast.seen >= 0:  # (negative: its code cannot compile)
            fast.seen = WARM_UP
            fast_parts(rule)  # past the warm-up: generates and compiles the code


def compile_rule(rule: CompiledRule, fast: FastRule) -> None:
    """Generate and compile the code of ``rule``'s parts into ``fast``."""
    from compliance.engine.codegen import build

    nodes = [rule.requires] if rule.applies is None else [rule.applies, rule.requires]
    functions = build(nodes, fast.shared, f"<rule {rule.ir.pack}/{rule.ir.id}>")
    fast.applies = functions[0] if rule.applies is not None else None
    fast.requires = functions[-1]
