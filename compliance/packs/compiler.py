"""Rule packs: find, read, validate, compile (to a JSON-able form) and instantiate.

A pack is a folder ``rules/<pack-id>/`` holding ``pack.yaml`` (metadata, parameters,
definitions), one ``<rule-id>.yaml`` per rule and its fixtures ``<rule-id>.test.yaml``
beside it; or a single YAML file with ``rules:`` inline. Packs are data: no code runs.

Data flows one way: read (YAML -> validated plain data) -> compile (type-checked,
parameter-free intermediate form, cacheable) -> instantiate (with parameter values, into
engine nodes, once per run) -> evaluate (over any number of contracts).
"""

from __future__ import annotations

import os
from datetime import date
from typing import TYPE_CHECKING, Any

from compliance.core.errors import InputError, PackError, raise_all
from compliance.core.records import field as record_field
from compliance.core.records import record
from compliance.document.loader import load_file
from compliance.document.nodes import Mapping, Node, locate, to_json_data
from compliance.engine import conditions as engine
from compliance.facts import table as factschema
from compliance.facts.paths import (
    LIST_OPERATORS,
    MULTI_VALUE,
    ORDER_OPERATORS,
    SCALAR_OPERATORS,
    PathError,
    check_path,
    coerce,
    ordered,
    parameter_kind,
    same_kind,
)
from compliance.facts.table import Kind

if TYPE_CHECKING:
    import contextvars
    from pathlib import Path

PACK_FILE = "pack.yaml"
TEST_SUFFIX = ".test.yaml"
MAX_CONDITION_DEPTH = 32


def builtin_root() -> str:
    """Folder of the built-in packs, as text (no pathlib: this is on every check's path)."""
    here = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    shipped = os.path.join(here, "_builtin", "rules")
    if os.path.isdir(shipped):
        return shipped
    return os.path.join(os.path.dirname(here), "rules")


def builtin_dir() -> Path:
    """Folder of the built-in packs: inside the installed package, or the checkout's rules/."""
    from pathlib import Path

    return Path(builtin_root())


def builtin_ids() -> list[str]:
    root = builtin_root()
    try:
        names = os.listdir(root)
    except OSError:
        return []
    return sorted(n for n in names if os.path.isfile(os.path.join(root, n, PACK_FILE)))


# --- reading ------------------------------------------------------------------------------------


@record
class RawRule:
    """A rule as read and validated, with its file and node for positions."""

    data: dict[str, Any]
    file: str
    node: Node
    #: For a rule an extending pack takes from its base: the rule's full id where it is
    #: written (``base-pack/rule-id``).
    origin: str | None = None


@record
class RawPack:
    """A pack as read and validated, before compilation.

    For a pack that ``extends`` another, ``data`` and ``rules`` are already composed: the
    base's parameters (with overridden defaults), definitions and rules (less the disabled
    ones, with overridden severities), then the pack's own.
    """

    id: str
    path: str
    data: dict[str, Any]
    rules: list[RawRule]
    hash: str
    node: Node
    builtin: bool = False
    test_files: list[str] = record_field(default_factory=list)
    extension_kinds: dict[str, Kind] = record_field(default_factory=dict)
    #: The file and node of each definition (an extending pack's come from several files).
    definition_nodes: dict[str, tuple[str, Node]] = record_field(default_factory=dict)
    #: The pack this one extends (already composed itself), if any.
    base: RawPack | None = None
    #: Fixture files inherited from a base, with the parameter values their cases assume
    #: (the defaults of the pack they were written for).
    test_parameters: dict[str, dict[str, Any]] = record_field(default_factory=dict)

    def bases(self) -> list[RawPack]:
        """The chain of packs this one extends, nearest first."""
        out: list[RawPack] = []
        current = self.base
        while current is not None:
            out.append(current)
            current = current.base
        return out


def validation_errors(model: Any, root: Node, name: str, what: str) -> list[PackError]:
    """Every error of ``root`` against a pack model, positioned (empty when valid).

    Errors come sorted from the outermost to the innermost location, so the first is the
    one a reader fixes first.
    """
    return _check(model, root, name, what)[1]


def _check(model: Any, root: Node, name: str, what: str) -> tuple[Any, list[PackError]]:
    from pydantic import ValidationError

    from compliance.document.nodes import to_plain
    from compliance.document.validation import format_loc, require_mapping

    try:
        require_mapping(root, name, what)
    except InputError as exc:
        return None, [PackError(exc.message, file=exc.file, line=exc.line, col=exc.col)]
    try:
        validated = model.model_validate(to_plain(root))
    except ValidationError as exc:
        out: list[PackError] = []
        seen: set[tuple[int, int, str]] = set()
        for error in sorted(exc.errors(include_url=False), key=lambda e: len(e["loc"])):
            loc = _strip_tags(tuple(error["loc"]))
            node, _ = locate(root, loc, key=error["type"] == "extra_forbidden")
            if error["type"] == "extra_forbidden":
                message = f"unknown field {loc[-1]!r}" + (
                    f" in {format_loc(loc[:-1])}" if len(loc) > 1 else ""
                )
                message += _did_you_mean(model, loc)
            elif error["type"] == "missing":
                message = f"missing required field {format_loc(loc)!r}"
                node, _ = locate(root, loc[:-1])
            else:
                where = format_loc(loc)
                message = f"{where}: {error['msg']}" if where else error["msg"]
            key = (node.line, node.col, message)
            if key not in seen:
                seen.add(key)
                out.append(PackError(message, file=name, line=node.line, col=node.col))
        return None, out
    return validated, []


def _validate_into(
    problems: list[InputError], model: Any, root: Node, name: str, what: str
) -> dict[str, Any] | None:
    """Like :func:`_validate`, adding every error (in file order) to ``problems``."""
    validated, errors = _check(model, root, name, what)
    if errors:
        problems.extend(_merge_missing(sorted(errors, key=lambda e: (e.line or 0, e.col or 0))))
        return None
    result: dict[str, Any] = validated.model_dump(by_alias=True, exclude_none=True, warnings=False)
    return result


def _merge_missing(errors: list[PackError]) -> list[PackError]:
    """The required fields missing at one place, as one error."""
    out: list[PackError] = []
    one, several = "missing required field ", "missing required fields "
    for error in errors:
        last = out[-1] if out else None
        if (
            last is not None
            and error.message.startswith(one)
            and last.message.startswith((one, several))
            and (last.file, last.line, last.col) == (error.file, error.line, error.col)
        ):
            fields = last.message.removeprefix(one).removeprefix(several)
            added = error.message.removeprefix(one)
            merged = f"{several}{fields}, {added}"
            out[-1] = PackError(merged, file=last.file, line=last.line, col=last.col)
        else:
            out.append(error)
    return out


def _validate(model: Any, root: Node, name: str, what: str) -> dict[str, Any]:
    """``root`` validated against a pack model, as plain data; the first error raises."""
    validated, errors = _check(model, root, name, what)
    if errors:
        raise errors[0]
    result: dict[str, Any] = validated.model_dump(by_alias=True, exclude_none=True, warnings=False)
    return result


_TAGS = frozenset(
    {"fact", "all", "any", "not", "ref", "some", "every", "permits_practice", "permits_use"}
)


def _strip_tags(loc: tuple[Any, ...]) -> tuple[Any, ...]:
    """Drop pydantic's union tags from an error location."""
    out: list[Any] = []
    for index, step in enumerate(loc):
        nxt = loc[index + 1] if index + 1 < len(loc) else None
        if step in _TAGS and (nxt is None or isinstance(nxt, str)):
            continue
        out.append(step)
    return tuple(out)


def _class_title(ident: str) -> str:
    """A class of uses (``permits_use``) in words, with its provision."""
    from compliance.facts import practices

    kind, _, arg = ident.partition(":")
    if kind == "annex-iii" and arg:
        return f"{practices.ANNEX_III[arg].title} (AI Act Annex III, point {arg})"
    if kind == "annex-iii":
        return "a use listed in AI Act Annex III"
    if kind == "profiling":
        return "a use that profiles natural persons (AI Act Art. 6(3), last subparagraph)"
    return f"{practices.ART50[arg].title} (AI Act Art. 50({arg}))"


def _did_you_mean(model: Any, loc: tuple[Any, ...]) -> str:
    from compliance.core.hints import suggest
    from compliance.model.pack import OPERATORS

    names = [*OPERATORS, "fact", "description", "all", "any", "not", "ref", "some"]
    names += ["every", "where", "permits_practice"]
    names += list(getattr(model, "model_fields", {}))
    for sub in ("Rule", "Citation", "Parameter", "Definition", "Case", "Effective", "Overrides"):
        from compliance.model import pack as pack_models

        names += list(getattr(pack_models, sub).model_fields)
    hint = suggest(str(loc[-1]), sorted(set(names)))
    return f"; did you mean {hint!r}?" if hint else ""


def _hash_files(files: list[Path], base: Path) -> str:
    from compliance.core.digest import sha256

    digest = sha256()
    for file in sorted(files):
        digest.update(file.relative_to(base).as_posix().encode())
        digest.update(b"\0")
        digest.update(file.read_bytes())
        digest.update(b"\0")
    return "sha256:" + str(digest.hexdigest())[:16]


#: How many ``extends`` links a chain of packs may have.
MAX_EXTENDS = 8


def read_pack(
    path: str | Path,
    *,
    builtin: bool = False,
    roots: tuple[str, ...] = (),
    _chain: tuple[tuple[str, str], ...] = (),
) -> RawPack:
    """Read and validate a pack folder (or single-file pack), composing it with the pack it
    ``extends`` (``_chain``: the packs that extend this one, as (real path, id)).

    Packs are untrusted input: an ``extends`` by path resolves only inside the extending
    pack's own folder or inside ``roots`` (the pack folders the run was given); anything
    else must be named on the command line."""
    from pathlib import Path

    from compliance.model.pack import Pack, Rule

    location = Path(path)
    if location.is_dir():
        pack_file = location / PACK_FILE
        if not pack_file.is_file():
            raise PackError(f"not a rule pack: no {PACK_FILE} in this folder", file=str(location))
        rule_files = sorted(
            p
            for p in location.glob("*.yaml")
            if p.name != PACK_FILE and not p.name.endswith(TEST_SUFFIX)
        )
        test_files = sorted(str(p) for p in location.glob(f"*{TEST_SUFFIX}"))
        base = location
    elif location.is_file():
        pack_file = location
        rule_files = []
        test_files = []
        base = location.parent
    else:
        raise PackError("no such rule pack (not a folder or file)", file=str(location))
    name = str(pack_file)
    root = load_file(name)
    # Every file of the pack is checked before any error is raised: one run shows them all.
    problems: list[InputError] = []
    pack_data = _validate_into(problems, Pack, root, name, "a rule pack")
    rules: list[RawRule] = []
    inline = root.get("rules") if isinstance(root, Mapping) else None
    for index, rule in enumerate(pack_data.get("rules", []) if pack_data else []):
        node = inline.items[index] if inline is not None else root  # type: ignore[attr-defined]
        rules.append(RawRule(rule, name, node))
    for file in rule_files:
        try:
            rule_root = load_file(str(file))
        except InputError as exc:
            problems.append(exc)
            continue
        rule = _validate_into(problems, Rule, rule_root, str(file), "a rule")
        if rule is None:
            continue
        if file.stem != rule["id"]:
            id_node, _ = locate(rule_root, ("id",))
            problems.append(
                PackError(
                    f"rule id {rule['id']!r} does not match its file name {file.name!r}",
                    file=str(file),
                    line=id_node.line,
                    col=id_node.col,
                )
            )
            continue
        rules.append(RawRule(rule, str(file), rule_root))
    raise_all(problems)
    assert pack_data is not None
    data = pack_data
    digest = _hash_files([pack_file, *rule_files], base)
    raw = RawPack(data["id"], str(location), data, rules, digest, root, builtin, test_files)
    raw.definition_nodes = {
        ident: (name, _find(root, ("definitions", ident))) for ident in data.get("definitions", {})
    }
    if "overrides" in data and "extends" not in data:
        node, _ = locate(root, ("overrides",), key=True)
        raise PackError(
            "overrides needs extends: name the pack whose rules it changes",
            file=name,
            line=node.line,
            col=node.col,
        )
    if "extends" in data:
        chain = (*_chain, (os.path.realpath(location), raw.id))
        target, is_builtin = _base_location(raw, name, chain, roots)
        parent = read_pack(target, builtin=is_builtin, roots=roots, _chain=chain)
        _compose(raw, parent, name)
    _check_duplicates(raw.rules)
    if "facts" in data:
        raw.extension_kinds = _extension_kinds(raw, name)
    return raw


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _base_location(
    raw: RawPack, name: str, chain: tuple[tuple[str, str], ...], roots: tuple[str, ...] = ()
) -> tuple[Path, bool]:
    """Where the pack named by ``extends`` lives: a built-in id, or a path relative to the
    extending pack's folder. Checks the chain for cycles and depth first."""
    spec = raw.data["extends"]
    node, _ = locate(raw.node, ("extends",))
    from pathlib import Path

    folder = Path(raw.path) if Path(raw.path).is_dir() else Path(raw.path).parent
    is_path = "/" in spec or os.sep in spec or spec.startswith(".") or spec.endswith(".yaml")
    builtin = not is_path and (builtin_dir() / spec / PACK_FILE).is_file()
    if builtin:
        target = builtin_dir() / spec
    elif is_path and (folder / spec).exists():
        target = folder / spec
    else:
        hint = "" if is_path else f" (for a folder beside this pack write ./{spec})"
        raise PackError(
            f"extends {spec!r}: no built-in pack with this id and no such pack at "
            f"{folder / spec}{hint}",
            file=name,
            line=node.line,
            col=node.col,
        )
    real = os.path.realpath(target)
    if not builtin:
        allowed = (os.path.realpath(folder), *roots)
        if not any(_inside(real, root) for root in allowed):
            raise PackError(
                f"extends {spec!r} points outside this pack's folder and the pack folders "
                f"given to the run ({real}); name that pack with --pack to allow it",
                file=name,
                line=node.line,
                col=node.col,
            )
    ids = [ident for _, ident in chain]
    for seen, ident in chain:
        if seen == real:
            trail = " -> ".join([*ids, ident])
            raise PackError(
                f"extends forms a cycle: {trail}", file=name, line=node.line, col=node.col
            )
    if len(chain) > MAX_EXTENDS:
        raise PackError(
            f"extends chain deeper than {MAX_EXTENDS} levels: {' -> '.join(ids)} -> {spec}",
            file=name,
            line=node.line,
            col=node.col,
        )
    return target, builtin


def _compose(raw: RawPack, parent: RawPack, name: str) -> None:
    """Make ``raw`` (an extending pack) hold its base's parameters, definitions and rules,
    with its overrides applied, before its own."""
    from compliance.core.hints import suggest

    def fail(message: str, loc: tuple[Any, ...], key: bool = True) -> PackError:
        node, _ = locate(raw.node, loc, key=key)
        return PackError(message, file=name, line=node.line, col=node.col)

    data = raw.data
    overrides = data.get("overrides") or {}
    base_params: dict[str, dict[str, Any]] = parent.data.get("parameters") or {}
    params = {ident: dict(spec) for ident, spec in base_params.items()}
    for ident, value in (overrides.get("parameters") or {}).items():
        if ident not in params:
            hint = suggest(ident, list(params))
            extra = f"; did you mean {hint!r}?" if hint else ""
            raise fail(
                f"overrides.parameters: the base pack {parent.id!r} has no parameter "
                f"{ident!r}{extra}",
                ("overrides", "parameters", ident),
            )
        spec = params[ident]
        try:
            coerce_param(
                value,
                parameter_kind(spec["type"]),
                bool(spec.get("list", False)),
                f"overrides.parameters.{ident}",
            )
        except PathError as exc:
            raise fail(str(exc), ("overrides", "parameters", ident), key=False) from None
        spec["default"] = value
    for ident in data.get("parameters") or {}:
        if ident in params:
            raise fail(
                f"parameter {ident!r} is already a parameter of the base pack {parent.id!r} "
                "(change its default under overrides.parameters)",
                ("parameters", ident),
            )
        params[ident] = data["parameters"][ident]
    definitions = dict(parent.data.get("definitions") or {})
    nodes = dict(parent.definition_nodes)
    for ident in data.get("definitions") or {}:
        if ident in definitions:
            raise fail(
                f"definition {ident!r} is already a definition of the base pack {parent.id!r}",
                ("definitions", ident),
            )
        definitions[ident] = data["definitions"][ident]
        nodes[ident] = raw.definition_nodes[ident]
    base_rules = {rule.data["id"]: rule for rule in parent.rules}
    severity: dict[str, str] = overrides.get("severity") or {}
    disable: list[str] = overrides.get("disable") or []
    for section, names in (("severity", list(severity)), ("disable", disable)):
        for index, ident in enumerate(names):
            if ident not in base_rules:
                hint = suggest(ident, list(base_rules))
                extra = f"; did you mean {hint!r}?" if hint else ""
                loc = ("overrides", section, ident if section == "severity" else index)
                raise fail(
                    f"overrides.{section}: the base pack {parent.id!r} has no rule "
                    f"{ident!r}{extra}",
                    loc,
                    key=section == "severity",
                )
    for ident in severity:
        if ident in disable:
            raise fail(
                f"overrides.severity: rule {ident!r} is also disabled",
                ("overrides", "severity", ident),
            )
    inherited: list[RawRule] = []
    for rule in parent.rules:
        ident = rule.data["id"]
        if ident in disable:
            continue
        rule_data = dict(rule.data)
        if ident in severity:
            rule_data["severity"] = severity[ident]
        inherited.append(
            RawRule(rule_data, rule.file, rule.node, rule.origin or _full(parent, ident))
        )
    parent_defaults = {ident: spec["default"] for ident, spec in base_params.items()}
    tests: dict[str, dict[str, Any]] = {}
    for file in parent.test_files:
        if os.path.basename(file).removesuffix(TEST_SUFFIX) in disable:
            continue
        tests[file] = parent.test_parameters.get(file, parent_defaults)
    composed = {**data, "parameters": params, "definitions": definitions}
    if not params:
        del composed["parameters"]
    if not definitions:
        del composed["definitions"]
    raw.data = composed
    raw.definition_nodes = nodes
    raw.rules = inherited + raw.rules
    raw.test_files = [*tests, *raw.test_files]
    raw.test_parameters = tests
    raw.base = parent
    from compliance.core.digest import sha256

    digest = sha256(f"{raw.hash}\0{parent.hash}".encode()).hexdigest()[:16]
    raw.hash = "sha256:" + digest


def _full(pack: RawPack, rule: str) -> str:
    return f"{pack.id}/{rule}"


def _check_duplicates(rules: list[RawRule]) -> None:
    seen: dict[str, RawRule] = {}
    for rule in rules:
        ids = [rule.data["id"], *rule.data.get("aliases", [])]
        for ident in ids:
            if ident in seen:
                node, _ = locate(rule.node, ("id",))
                where = seen[ident].file
                raise PackError(
                    f"duplicate rule id {ident!r} (also in {where})",
                    file=rule.file,
                    line=node.line,
                    col=node.col,
                )
            seen[ident] = rule


def _extension_kinds(raw: RawPack, name: str) -> dict[str, Kind]:
    """Check a pack's extension-fact schema and type its paths."""
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError

    node, _ = locate(raw.node, ("facts",))
    # A JSON Schema's numbers are numbers (the pack model reads plain scalars as text).
    schema = raw.data["facts"] = to_json_data(node)
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as exc:
        raise PackError(
            f"facts: not a valid JSON Schema: {exc.message}",
            file=name,
            line=node.line,
            col=node.col,
        ) from None
    if schema.get("type") != "object":
        raise PackError(
            "facts: the schema must describe an object (type: object)",
            file=name,
            line=node.line,
            col=node.col,
        )
    return factschema.extension_table(raw.id, schema)


# --- compiling ----------------------------------------------------------------------------------


@record
class RuleIR:
    """A rule in compiled (parameter-free, JSON-able) form with its metadata."""

    pack: str
    id: str
    title: str
    severity: str
    basis: str
    citations: list[dict[str, str]]
    rationale: str
    remediation: str
    question: str
    aliases: list[str]
    effective: dict[str, str] | None
    applies: dict[str, Any] | None
    requires: dict[str, Any]
    file: str
    line: int
    #: For a rule taken from the pack this one extends: its full id there.
    origin: str | None = None

    @property
    def full_id(self) -> str:
        return f"{self.pack}/{self.id}"


@record
class PackIR:
    """A pack in compiled (parameter-free, JSON-able) form."""

    id: str
    title: str
    version: str
    description: str
    disclaimer: str
    hash: str
    path: str
    builtin: bool
    parameters: dict[str, dict[str, Any]]
    definitions: dict[str, dict[str, Any]]
    rules: list[RuleIR]
    refs: list[str]  # packs whose definitions this pack uses
    facts_schema: dict[str, Any] | None = None
    #: The id of the pack this one extends, if any.
    extends: str | None = None


class Compiler:
    """Type-checks one pack's conditions against the fact table and its parameters."""

    def __init__(self, raw: RawPack, known: dict[str, RawPack]) -> None:
        self.raw = raw
        self.known = known
        self.params = {
            name: (parameter_kind(spec["type"]), bool(spec.get("list", False)))
            for name, spec in raw.data.get("parameters", {}).items()
        }
        self.extra: dict[str, Kind] = {}
        for other in known.values():
            self.extra.update(other.extension_kinds)
        self.definitions = raw.data.get("definitions", {})
        self.refs: set[str] = set()
        self.file = raw.path
        self.node: Node = raw.node

    def error(self, message: str, node: Node | None = None) -> PackError:
        where = node or self.node
        return PackError(message, file=self.file, line=where.line, col=where.col)

    def compile(self) -> PackIR:
        data = self.raw.data
        parameters: dict[str, dict[str, Any]] = {}
        for name, spec in data.get("parameters", {}).items():
            kind, is_list = self.params[name]
            try:
                default = coerce_param(spec["default"], kind, is_list, f"parameter {name}")
            except PathError as exc:
                raise self.error(str(exc), _find(self.raw.node, ("parameters", name))) from None
            parameters[name] = {**spec, "default": default, "list": is_list}
        definitions: dict[str, dict[str, Any]] = {}
        for name, spec in self.definitions.items():
            file, def_node = self.raw.definition_nodes.get(name, (self.raw.path, self.raw.node))
            self.file = file
            node = _find(def_node, ("when",))
            definitions[name] = {
                "title": spec["title"],
                "description": spec.get("description"),
                "citations": spec.get("citations", []),
                "ir": self.condition(spec["when"], "", node, 0),
            }
        rules = []
        for raw_rule in self.raw.rules:
            self.file = raw_rule.file
            rule = raw_rule.data
            applies = rule.get("applies_when")
            applies_ir = (
                self.condition(applies, "", _find(raw_rule.node, ("applies_when",)), 0)
                if applies is not None
                else None
            )
            requires_ir = self.condition(
                rule["requires"], "", _find(raw_rule.node, ("requires",)), 0
            )
            effective = rule.get("effective")
            rules.append(
                RuleIR(
                    pack=self.raw.id,
                    id=rule["id"],
                    title=rule["title"],
                    severity=rule["severity"],
                    basis=rule["basis"],
                    citations=rule["citations"],
                    rationale=rule["rationale"],
                    remediation=rule["remediation"],
                    question=rule["question"],
                    aliases=rule.get("aliases", []),
                    effective=(
                        {
                            k: (v.isoformat() if isinstance(v, date) else v)
                            for k, v in effective.items()
                        }
                        if effective
                        else None
                    ),
                    applies=applies_ir,
                    requires=requires_ir,
                    file=raw_rule.file,
                    line=raw_rule.node.line,
                    origin=raw_rule.origin,
                )
            )
        self.file = self.raw.path
        for base in self.raw.bases():
            if base.data.get("facts"):
                self.refs.add(base.id)  # its extension facts are validated in contracts
        return PackIR(
            id=self.raw.id,
            title=data["title"],
            version=data["version"],
            description=data["description"],
            disclaimer=data["disclaimer"],
            hash=self.raw.hash,
            path=self.raw.path,
            builtin=self.raw.builtin,
            parameters=parameters,
            definitions=definitions,
            rules=rules,
            refs=sorted(self.refs),
            facts_schema=data.get("facts"),
            extends=self.raw.base.id if self.raw.base is not None else None,
        )

    def condition(self, cond: dict[str, Any], scope: str, node: Node, depth: int) -> dict[str, Any]:
        if depth > MAX_CONDITION_DEPTH:
            raise self.error(f"condition nested deeper than {MAX_CONDITION_DEPTH} levels", node)
        description = cond.get("description")
        if "all" in cond or "any" in cond:
            key = "all" if "all" in cond else "any"
            parts = [
                self.condition(part, scope, _find(node, (key, i)), depth + 1)
                for i, part in enumerate(cond[key])
            ]
            return {"op": key, "args": parts, "description": description}
        if "not" in cond:
            inner = self.condition(cond["not"], scope, _find(node, ("not",)), depth + 1)
            return {"op": "not", "arg": inner, "description": description}
        if "ref" in cond:
            return self.reference(cond["ref"], scope, _find(node, ("ref",)), description)
        if "permits_practice" in cond:
            return self.practice(cond["permits_practice"], scope, node, description, depth)
        if "permits_use" in cond:
            return self.use_class(cond["permits_use"], scope, node, description, depth)
        if "some" in cond or "every" in cond:
            key = "some" if "some" in cond else "every"
            path = cond[key]
            try:
                kind, steps, _ = check_path(path, scope, allow_each=False, extra=self.extra)
            except PathError as exc:
                raise self.error(str(exc), _find(node, (key,))) from None
            if (
                kind.kind != factschema.LIST
                or kind.item is None
                or (kind.item.kind != factschema.OBJECT)
            ):
                raise self.error(
                    f"{key} needs a list of objects; {path!r} is a {kind.label()} "
                    "(use contains / any_of / all_of for lists of values)",
                    _find(node, (key,)),
                )
            inner_scope = factschema.pattern_of(
                (f"{scope}." if scope else "") + _pattern(path) + "[*]"
            )
            where = self.condition(cond["where"], inner_scope, _find(node, ("where",)), depth + 1)
            return {
                "op": key,
                "fact": path,
                "steps": [list(s) for s in steps],
                "where": where,
                "description": description,
            }
        return self.leaf(cond, scope, node, description)

    def use_class(
        self, ident: str, scope: str, node: Node, description: str | None, depth: int
    ) -> dict[str, Any]:
        """``permits_use``: expanded from the vocabulary's classification table
        (:mod:`compliance.facts.practices`: Annex III points, profiling, Art. 50 duties) into a
        plain condition on the permitted-use facts."""
        from compliance.facts import practices

        where = _find(node, ("permits_use",))
        if scope:
            raise self.error("permits_use cannot be used inside some/every", where)
        try:
            values = practices.values_for_class(ident)
        except ValueError:
            known = ", ".join(practices.USE_CLASSES)
            raise self.error(f"unknown class of uses {ident!r} (classes: {known})", where) from None
        if not values:
            raise self.error(f"no use case or capability is of class {ident!r}", where)
        text = description or f"The contract permits a use of class {ident}: {_class_title(ident)}"
        parts = [{"fact": fact, "any_of": found} for fact, found in values.items()]
        cond: dict[str, Any] = parts[0] if len(parts) == 1 else {"any": parts}
        compiled = self.condition(cond, scope, node, depth + 1)
        compiled["description"] = text
        return compiled

    def practice(
        self, ident: str, scope: str, node: Node, description: str | None, depth: int
    ) -> dict[str, Any]:
        """``permits_practice``: expanded from the vocabulary's table of restricted
        practices (:mod:`compliance.facts.practices`) into a plain condition, so that reports,
        docs and explanations show the values it reads."""
        from compliance.facts import practices

        where = _find(node, ("permits_practice",))
        if scope:
            raise self.error("permits_practice cannot be used inside some/every", where)
        practice = practices.PRACTICES.get(ident)
        if practice is None:
            from compliance.core.hints import suggest

            hint = suggest(ident, list(practices.PRACTICES))
            extra = f"; did you mean {hint!r}?" if hint else ""
            known = ", ".join(sorted(practices.PRACTICES))
            raise self.error(f"unknown practice {ident!r}{extra} (practices: {known})", where)
        values = practices.values_for(ident)
        if not values:
            raise self.error(
                f"no use case, purpose or capability amounts to practice {ident!r} in the "
                "vocabulary's table",
                where,
            )
        cite = practice.citations[0]
        uses: dict[str, Any] = {
            "any": [{"fact": fact, "any_of": found} for fact, found in values.items()],
            "description": f"A permitted use amounts to: {practice.title} "
            f"({cite.instrument}, {cite.provision})",
        }
        if len(values) == 1:
            ((fact, found),) = values.items()
            uses = {"fact": fact, "any_of": found, "description": uses["description"]}
        cond: dict[str, Any] = uses
        if practice.exceptions:
            restriction = f"restrictions.{practice.restriction}"
            cond = {
                "all": [
                    uses,
                    {
                        "not": {
                            "all": [
                                {"fact": f"{restriction}.prohibited", "equals": True},
                                {
                                    "fact": f"{restriction}.exceptions",
                                    "any_of": list(practice.exceptions),
                                },
                                *[
                                    {"fact": f"{restriction}.{name}", "equals": True}
                                    for name in practice.exception_conditions
                                ],
                            ]
                        },
                        "description": "No recognised exception stated on the ban covers "
                        f"it ({', '.join(practice.exceptions)})",
                    },
                ]
            }
        compiled = self.condition(cond, scope, node, depth + 1)
        covered = ", not covered by a recognised exception" if practice.exceptions else ""
        compiled["description"] = description or (
            f"The contract permits a use that amounts to the restricted practice {ident!r}: "
            f"{practice.title[0].lower()}{practice.title[1:]} ({cite.provision}){covered}"
        )
        compiled["practice"] = ident
        return compiled

    def reference(
        self, ref: str, scope: str, node: Node, description: str | None
    ) -> dict[str, Any]:
        pack_id, _, name = ref.rpartition("/")
        pack_id = pack_id or self.raw.id
        if scope:
            raise self.error("a definition cannot be used inside some/every", node)
        if pack_id == self.raw.id:
            if name not in self.definitions:
                from compliance.core.hints import suggest

                hint = suggest(name, list(self.definitions))
                extra = f"; did you mean {hint!r}?" if hint else ""
                raise self.error(f"unknown definition {ref!r}{extra}", node)
            title = self.definitions[name]["title"]
        else:
            other = self.known.get(pack_id)
            if other is None:
                raise self.error(
                    f"definition {ref!r} names pack {pack_id!r}, which is neither built in "
                    "nor loaded with --pack",
                    node,
                )
            defs = other.data.get("definitions", {})
            if name not in defs:
                raise self.error(f"pack {pack_id!r} has no definition {name!r}", node)
            title = defs[name]["title"]
            self.refs.add(pack_id)
        return {
            "op": "ref",
            "pack": pack_id,
            "name": name,
            "title": title,
            "description": description,
        }

    def leaf(
        self, cond: dict[str, Any], scope: str, node: Node, description: str | None
    ) -> dict[str, Any]:
        from compliance.model.pack import OPERATORS

        operator = next(op for op in OPERATORS if op in cond)
        value = cond[operator]
        if "param" in cond:
            return self.param_leaf(cond, operator, value, node, description)
        path = cond["fact"]
        try:
            kind, steps, through = check_path(path, scope, extra=self.extra)
        except PathError as exc:
            raise self.error(str(exc), _find(node, ("fact",))) from None
        is_list = kind.kind == factschema.LIST or through
        element = kind.item if kind.kind == factschema.LIST else kind
        if element is None or (not element.scalar and element.kind != factschema.ANY):
            raise self.error(
                f"{path!r} is {'a list of objects' if is_list else 'an object'}: name one of "
                "its fields" + (" or use some/every" if is_list else ""),
                _find(node, ("fact",)),
            )
        if kind.kind == factschema.LIST and through:
            is_list = True
        op_node = _find(node, (operator,))
        if is_list and operator not in LIST_OPERATORS:
            raise self.error(
                f"{operator} compares a single value but {path!r} is a list; use one of "
                f"{', '.join(LIST_OPERATORS)}",
                op_node,
            )
        if not is_list and operator not in SCALAR_OPERATORS:
            raise self.error(
                f"{operator} is for lists but {path!r} is a single {element.label()}; use one "
                f"of {', '.join(SCALAR_OPERATORS)}",
                op_node,
            )
        order = ordered(element)
        if (
            operator in ORDER_OPERATORS
            and element.kind
            not in (
                factschema.INT,
                factschema.NUMBER,
                factschema.DATE,
                factschema.ANY,
            )
            and order is None
        ):
            raise self.error(
                f"{operator} needs numbers, dates or an ordered vocabulary; "
                f"{path!r} is a {element.label()}",
                op_node,
            )
        if operator == "matches" and element.kind not in (factschema.STRING, factschema.ANY):
            raise self.error(f"matches needs a text fact; {path!r} is a {element.label()}", op_node)
        multi = operator in MULTI_VALUE
        what = f"{operator} value for {path}"
        if isinstance(value, dict) and set(value) == {"param"}:
            param = value["param"]
            if param not in self.params:
                from compliance.core.hints import suggest

                hint = suggest(param, list(self.params))
                extra = f"; did you mean {hint!r}?" if hint else ""
                raise self.error(f"unknown parameter {param!r}{extra}", op_node)
            pkind, plist = self.params[param]
            if not same_kind(pkind, element) or plist != multi:
                want = ("a list of " if multi else "a ") + element.label()
                have = ("a list of " if plist else "a ") + pkind.label()
                raise self.error(
                    f"parameter {param!r} is {have} but {operator} on {path!r} needs {want}",
                    op_node,
                )
            typed: Any = {"param": param}
        elif isinstance(value, dict) and set(value) == {"fact"}:
            if operator not in ("in", "subset_of"):
                raise self.error(
                    f"{{fact: ...}} as a value works with in and subset_of, not {operator}",
                    op_node,
                )
            try:
                rkind, rsteps, rthrough = check_path(value["fact"], scope, extra=self.extra)
            except PathError as exc:
                raise self.error(str(exc), op_node) from None
            relement = rkind.item if rkind.kind == factschema.LIST else rkind
            if (
                (rkind.kind != factschema.LIST and not rthrough)
                or relement is None
                or not (same_kind(relement, element))
            ):
                raise self.error(
                    f"{value['fact']!r} must be a list of {element.label()} to compare with "
                    f"{path!r}",
                    op_node,
                )
            typed = {"fact": value["fact"], "steps": [list(x) for x in rsteps]}
        else:
            try:
                if operator == "matches":
                    typed = self.pattern(value, op_node)
                else:
                    typed = coerce_param(value, element, multi, what)
            except PathError as exc:
                raise self.error(str(exc), op_node) from None
        return {
            "op": "leaf",
            "fact": path,
            "steps": [list(s) for s in steps],
            "operator": operator,
            "value": typed,
            "list": is_list,
            "kind": element.kind,
            "vocab": element.vocab,
            "order": order,
            "description": description,
        }

    def param_leaf(
        self,
        cond: dict[str, Any],
        operator: str,
        value: Any,
        node: Node,
        description: str | None,
    ) -> dict[str, Any]:
        """A predicate over a parameter: its value is known once the run's parameters are."""
        name = cond["param"]
        if name not in self.params:
            from compliance.core.hints import suggest

            hint = suggest(name, list(self.params))
            extra = f"; did you mean {hint!r}?" if hint else ""
            raise self.error(f"unknown parameter {name!r}{extra}", _find(node, ("param",)))
        kind, is_list = self.params[name]
        allowed = LIST_OPERATORS if is_list else ("equals", "in", *ORDER_OPERATORS)
        op_node = _find(node, (operator,))
        if operator not in allowed:
            raise self.error(
                f"{operator} does not apply to parameter {name!r} ({kind.label()}"
                f"{', a list' if is_list else ''})",
                op_node,
            )
        try:
            typed = coerce_param(value, kind, operator in MULTI_VALUE, f"{operator} on {name}")
        except PathError as exc:
            raise self.error(str(exc), op_node) from None
        return {
            "op": "param",
            "param": name,
            "operator": operator,
            "value": typed,
            "list": is_list,
            "kind": kind.kind,
            "order": ordered(kind),
            "description": description,
        }

    def pattern(self, value: Any, node: Node) -> str:
        if not isinstance(value, str):
            raise self.error(f"matches needs a pattern (text), got {value!r}", node)
        import re2

        options = re2.Options()
        options.log_errors = False  # the error is ours to report, not RE2's log line
        try:
            re2.compile(value, options)
        except Exception as exc:  # re2.error
            reason = exc.args[0] if exc.args else exc
            if isinstance(reason, bytes):
                reason = reason.decode("utf-8", "replace")
            raise self.error(f"invalid RE2 pattern {value!r}: {reason}", node) from None
        return value


def _pattern(path: str) -> str:
    return path


def _find(node: Node, loc: tuple[Any, ...]) -> Node:
    found, _ = locate(node, loc)
    return found


def coerce_param(value: Any, kind: Kind, is_list: bool, what: str) -> Any:
    if is_list:
        if not isinstance(value, list):
            raise PathError(f"{what}: expected a list, got {value!r}")
        return [coerce(item, kind, what) for item in value]
    if isinstance(value, list):
        raise PathError(f"{what}: expected a single value, got a list")
    return coerce(value, kind, what)


# --- loading sets of packs ----------------------------------------------------------------------


@record
class PackSet:
    """The packs of a run: the selected ones, and every pack their definitions refer to."""

    selected: list[PackIR]
    all: dict[str, PackIR]


#: Pack folders a command was given besides the one it is reading now (``packs test A B``
#: reads A and B one at a time, but either may extend the other).
_GIVEN_ROOTS: list[contextvars.ContextVar[tuple[str, ...]]] = []


def given_roots_var() -> contextvars.ContextVar[tuple[str, ...]]:
    """The context variable holding those folders, made on first use (contextvars is not
    imported on the path of ``check``, which never sets it)."""
    if not _GIVEN_ROOTS:
        import contextvars

        _GIVEN_ROOTS.append(contextvars.ContextVar("given_roots", default=()))
    return _GIVEN_ROOTS[0]


def _given_roots() -> tuple[str, ...]:
    return _GIVEN_ROOTS[0].get() if _GIVEN_ROOTS else ()


def pack_roots(specs: list[str]) -> tuple[str, ...]:
    """The folders of the packs a run was given by path (a single-file pack: its folder)."""
    roots = []
    for spec in specs:
        if os.path.isdir(spec):
            roots.append(os.path.realpath(spec))
        elif os.path.isfile(spec):
            roots.append(os.path.realpath(os.path.dirname(os.path.abspath(spec))))
    return tuple(sorted(set(roots)))


def load_raw(
    specs: list[str] | None, *, shadow: bool = False
) -> tuple[list[RawPack], dict[str, RawPack]]:
    """Read the packs named by ``specs`` (ids of built-in packs or paths); all built-ins
    are read too, so that definitions can be shared across packs. With ``shadow`` (``packs
    test``, ``packs lint``, ``docs``: the packs named are the subject, e.g. a copy of a
    built-in pack being changed), a pack given by path takes the place of the built-in pack
    with its id; a run (``check``) never allows that."""
    builtins = {ident: read_pack(builtin_dir() / ident, builtin=True) for ident in builtin_ids()}
    known = dict(builtins)
    selected: list[RawPack] = []
    if not specs:
        selected = [builtins[ident] for ident in sorted(builtins)]
    else:
        roots = tuple(sorted(set(pack_roots(specs)) | set(_given_roots())))
        problems: list[InputError] = []  # every pack's errors in one run
        for spec in specs:
            if spec in builtins:
                raw = builtins[spec]
            elif os.path.exists(spec) or os.sep in spec or spec.endswith((".yaml", ".yml")):
                try:
                    raw = read_pack(spec, roots=roots)
                except InputError as exc:
                    problems.extend(getattr(exc, "errors", [exc]))
                    continue
                for pack in (raw, *raw.bases()):
                    _register(known, pack, spec, shadow=shadow and pack is raw)
            else:
                from compliance.core.hints import suggest

                hint = suggest(spec, list(builtins))
                extra = f"; did you mean {hint!r}?" if hint else ""
                raise InputError(
                    f"--pack {spec!r}: no built-in pack with this id and no such path{extra} "
                    f"(built-in: {', '.join(sorted(builtins))})"
                )
            if raw.id in {r.id for r in selected}:
                continue
            selected.append(raw)
        raise_all(problems)
    return selected, known


def _register(known: dict[str, RawPack], raw: RawPack, spec: str, *, shadow: bool = False) -> None:
    """Add a pack read from a path. Two different packs with one id are an error, whatever
    their origin (a pack given by path never silently replaces a built-in one: a deliberate
    change of a pack is a new pack that ``extends`` it)."""
    other = known.get(raw.id)
    if shadow and other is not None and other.builtin:
        known[raw.id] = raw
        return
    if other is not None and _identity(other.path) != _identity(raw.path):
        where = "built-in" if other.builtin else other.path
        raise PackError(
            f"two packs with the id {raw.id!r} ({where}, {raw.path}); to change a pack, "
            "give yours another id and make it extend this one",
            file=spec,
        )
    if other is None:
        known[raw.id] = raw


def _identity(path: str) -> str:
    """Where a pack is, whichever way it was named: its folder, or its single file (a
    folder's ``pack.yaml`` named as a file is that folder's pack)."""
    real = os.path.realpath(path)
    if os.path.basename(real) == PACK_FILE and os.path.isfile(real):
        return os.path.dirname(real)
    return real


def compile_packs(specs: list[str] | None = None) -> PackSet:
    """Read and compile packs, or take them from the pack cache (:mod:`compliance.packs.cache`:
    the built-in packs ship compiled; other packs are cached by content)."""
    from compliance.packs import cache as packcache

    return packcache.compile_cached(specs, compile_packs_uncached)


def compile_packs_uncached(specs: list[str] | None = None) -> PackSet:
    """Read and compile the packs named by ``specs`` (default: every built-in pack)."""
    selected, known = load_raw(specs)
    return compile_raw(selected, known)


def compile_raw(selected: list[RawPack], known: dict[str, RawPack]) -> PackSet:
    """Compile packs already read (see :func:`load_raw`), and the packs they refer to."""
    compiled: dict[str, PackIR] = {}

    def need(ident: str) -> PackIR:
        if ident not in compiled:
            compiled[ident] = Compiler(known[ident], known).compile()
            for other in compiled[ident].refs:
                need(other)
        return compiled[ident]

    chosen = [need(raw.id) for raw in selected]
    return PackSet(chosen, compiled)


# --- instantiating -----------------------------------------------------------------------------


@record
class CompiledRule:
    """A rule with its conditions instantiated as engine nodes."""

    ir: RuleIR
    applies: engine.Node | None
    requires: engine.Node


@record
class CompiledPack:
    """A pack instantiated with its parameter values, ready to evaluate."""

    ir: PackIR
    params: dict[str, Any]
    rules: list[CompiledRule]


def parameter_values(
    pack: PackIR, overrides: dict[str, Any] | None = None, where: str = "--set"
) -> dict[str, Any]:
    values = {name: spec["default"] for name, spec in pack.parameters.items()}
    for name, value in (overrides or {}).items():
        if name not in pack.parameters:
            from compliance.core.hints import suggest

            hint = suggest(name, list(pack.parameters))
            extra = f"; did you mean {hint!r}?" if hint else ""
            known = ", ".join(sorted(pack.parameters)) or "none"
            raise InputError(
                f"{where}: pack {pack.id!r} has no parameter {name!r}{extra} (parameters: {known})"
            )
        spec = pack.parameters[name]
        kind = parameter_kind(spec["type"])
        try:
            values[name] = coerce_param(value, kind, spec["list"], f"{where} {pack.id}.{name}")
        except PathError as exc:
            raise InputError(str(exc)) from None
    return values


def instantiate(
    packs: PackSet, overrides: dict[str, dict[str, Any]] | None = None, where: str = "--set"
) -> list[CompiledPack]:
    """Engine nodes for the selected packs, with parameter values bound (``where``: what
    set the values, for the errors: ``--set``, or a configuration file's line)."""
    overrides = overrides or {}
    unknown = sorted(set(overrides) - set(packs.all))
    if unknown:
        raise InputError(f"{where}: no loaded pack {unknown[0]!r}")
    params = {
        ident: parameter_values(ir, overrides.get(ident), where) for ident, ir in packs.all.items()
    }
    definitions: dict[tuple[str, str], engine.Node] = {}
    refs: list[engine.RefNode] = []

    def build(ir: dict[str, Any], pack: str) -> engine.Node:
        return build_node(ir, pack, params, refs)

    for ident, pack_ir in sorted(packs.all.items()):
        for name, spec in pack_ir.definitions.items():
            definitions[(ident, name)] = build(spec["ir"], ident)
    result = []
    for pack_ir in packs.selected:
        rules = [
            CompiledRule(
                rule,
                build(rule.applies, pack_ir.id) if rule.applies is not None else None,
                build(rule.requires, pack_ir.id),
            )
            for rule in pack_ir.rules
        ]
        result.append(CompiledPack(pack_ir, params[pack_ir.id], rules))
    for ref in refs:
        ref.target = definitions[(ref.pack, ref.name)]
    _check_cycles(definitions)
    return result


def build_node(
    ir: dict[str, Any],
    pack: str,
    params: dict[str, dict[str, Any]],
    refs: list[engine.RefNode],
) -> engine.Node:
    """An engine node from a compiled condition of ``pack``, with parameter values bound.

    References to definitions are collected in ``refs``; their targets are set by the
    caller (see :func:`instantiate`).
    """
    op = ir["op"]
    description = ir.get("description")
    if op in ("all", "any"):
        parts = [build_node(part, pack, params, refs) for part in ir["args"]]
        return (engine.AllNode if op == "all" else engine.AnyNode)(parts, description)
    if op == "not":
        return engine.NotNode(build_node(ir["arg"], pack, params, refs), description)
    if op == "ref":
        ref = engine.RefNode(ir["pack"], ir["name"], ir["title"], description)
        refs.append(ref)
        return ref
    if op == "param":
        return engine.ParamNode(
            ir["param"],
            params[pack][ir["param"]],
            ir["operator"],
            _typed(ir["value"], ir["kind"]),
            is_list=ir["list"],
            kind=ir["kind"],
            order=ir["order"],
            description=description,
        )
    steps = tuple((name, bool(each)) for name, each in ir["steps"])
    if op in ("some", "every"):
        where = build_node(ir["where"], pack, params, refs)
        return engine.EachNode(op, ir["fact"], steps, where, description)
    value = ir["value"]
    if isinstance(value, dict) and "param" in value:
        value = params[pack][value["param"]]
    if isinstance(value, dict) and "fact" in value:
        value = engine.FactRef(
            value["fact"], tuple((name, bool(each)) for name, each in value["steps"])
        )
    else:
        value = _typed(value, ir["kind"])
    pattern = None
    if ir["operator"] == "matches":
        import re2

        pattern = re2.compile(value)
    if ir["operator"] == "in" and isinstance(value, list) and ir["kind"] != "jurisdiction":
        value = frozenset(value)
    return engine.LeafNode(
        ir["fact"],
        steps,
        ir["operator"],
        value,
        is_list=ir["list"],
        kind=ir["kind"],
        order=ir["order"],
        description=description,
        pattern=pattern,
    )


def _typed(value: Any, kind: str) -> Any:
    """Values as the engine compares them (dates back from their JSON form)."""
    if kind == factschema.DATE:
        if isinstance(value, list):
            return [date.fromisoformat(v) for v in value]
        return date.fromisoformat(value)
    return value


def _check_cycles(definitions: dict[tuple[str, str], engine.Node]) -> None:
    state: dict[int, int] = {}

    def visit(node: engine.Node, trail: list[str]) -> None:
        key = id(node)
        if state.get(key) == 2:
            return
        if state.get(key) == 1:
            raise PackError(f"definitions refer to each other in a cycle: {' -> '.join(trail)}")
        state[key] = 1
        for child in node.children():
            name = trail
            if isinstance(node, engine.RefNode):  # its child is the definition it names
                name = [*trail, f"{node.pack}/{node.name}"]
            visit(child, name)
        state[key] = 2

    for (pack, name), node in sorted(definitions.items()):
        visit(node, [f"{pack}/{name}"])
