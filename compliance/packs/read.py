"""Reading rule packs: each file of a pack from YAML to validated plain data, with the
nodes that give positions for later errors (one pack at a time; its ``extends`` is followed
by :mod:`compliance.packs.compose`).

Every file of a pack is checked before any error is raised, so one run shows them all.
Validation uses the pack models (pydantic), imported only here, when a pack is read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from compliance.core.errors import InputError, PackError, raise_all
from compliance.core.records import field as record_field
from compliance.core.records import record
from compliance.document.loader import load_file
from compliance.document.nodes import Mapping, locate, to_json_data
from compliance.document.nodes import Node as YamlNode
from compliance.facts import table as factschema
from compliance.facts.table import Kind
from compliance.packs.locate import PACK_FILE, TEST_SUFFIX

if TYPE_CHECKING:
    from pathlib import Path


@record
class RawRule:
    """A rule as read and validated, with its file and node for positions."""

    data: dict[str, Any]
    file: str
    node: YamlNode
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
    node: YamlNode
    builtin: bool = False
    test_files: list[str] = record_field(default_factory=list)
    extension_kinds: dict[str, Kind] = record_field(default_factory=dict)
    #: The file and node of each definition (an extending pack's come from several files).
    definition_nodes: dict[str, tuple[str, YamlNode]] = record_field(default_factory=dict)
    #: The pack this one extends (already composed itself), if any.
    base: RawPack | None = None
    #: Fixture files inherited from a base, with the parameter values their cases assume
    #: (the defaults of the pack they were written for).
    test_parameters: dict[str, dict[str, Any]] = record_field(default_factory=dict)
    #: The pack's own file: its folder's ``pack.yaml``, or the single-file pack.
    file: str = ""

    def bases(self) -> list[RawPack]:
        """The chain of packs this one extends, nearest first."""
        out: list[RawPack] = []
        current = self.base
        while current is not None:
            out.append(current)
            current = current.base
        return out


def validation_errors(model: Any, root: YamlNode, name: str, what: str) -> list[PackError]:
    """Every error of ``root`` against a pack model, positioned (empty when valid).

    Errors come sorted from the outermost to the innermost location, so the first is the
    one a reader fixes first.
    """
    return _check(model, root, name, what)[1]


def _check(model: Any, root: YamlNode, name: str, what: str) -> tuple[Any, list[PackError]]:
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


def validate_into(
    problems: list[InputError], model: Any, root: YamlNode, name: str, what: str
) -> dict[str, Any] | None:
    """Like :func:`validate`, adding every error (in file order) to ``problems``."""
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


def validate(model: Any, root: YamlNode, name: str, what: str) -> dict[str, Any]:
    """``root`` validated against a pack model, as plain data; the first error raises."""
    validated, errors = _check(model, root, name, what)
    if errors:
        raise errors[0]
    result: dict[str, Any] = validated.model_dump(by_alias=True, exclude_none=True, warnings=False)
    return result


_TAGS = frozenset(
    {"fact", "all", "any", "not", "stated", "ref", "some", "every", "permits_practice"}
    | {"permits_use", "ban_prevails", "unsettled", "party"}
)


def _strip_tags(loc: tuple[Any, ...]) -> tuple[Any, ...]:
    """Drop pydantic's union tags from an error location."""
    out: list[Any] = []
    for index, step in enumerate(loc):
        nxt = loc[index + 1] if index + 1 < len(loc) else None
        if step in _TAGS and (nxt is None or isinstance(nxt, str)):
            if step == "unsettled" and index and loc[index - 1] == step:
                out.append(step)  # the field after its tag: {unsettled: {when, reason}}
            continue
        out.append(step)
    return tuple(out)


def _did_you_mean(model: Any, loc: tuple[Any, ...]) -> str:
    from compliance.core.hints import did_you_mean
    from compliance.model.pack import OPERATORS

    names = [*OPERATORS, "fact", "description", "all", "any", "not", "ref", "some"]
    names += [
        "every",
        "party",
        "where",
        "permits_practice",
        "ban_prevails",
        "stated",
        "unsettled",
        "reason",
        "when",
    ]
    names += list(getattr(model, "model_fields", {}))
    for sub in ("Rule", "Citation", "Parameter", "Definition", "Case", "Effective", "Overrides"):
        from compliance.model import pack as pack_models

        names += list(getattr(pack_models, sub).model_fields)
    return did_you_mean(str(loc[-1]), sorted(set(names)))


def _hash_files(files: list[Path], base: Path) -> str:
    from compliance.core.digest import sha256

    digest = sha256()
    for file in sorted(files):
        digest.update(file.relative_to(base).as_posix().encode())
        digest.update(b"\0")
        digest.update(file.read_bytes())
        digest.update(b"\0")
    return "sha256:" + str(digest.hexdigest())[:16]


def read_one(path: str | Path, *, builtin: bool = False) -> RawPack:
    """Read and validate one pack folder (or single-file pack), without following its
    ``extends`` (see :func:`compliance.packs.compose.read_pack`)."""
    from pathlib import Path

    from compliance.model.pack import Pack

    location = Path(path)
    pack_file, rule_files, test_files, base = _files(location)
    name = str(pack_file)
    root = load_file(name)
    # Every file of the pack is checked before any error is raised: one run shows them all.
    problems: list[InputError] = []
    pack_data = validate_into(problems, Pack, root, name, "a rule pack")
    rules = _inline_rules(pack_data, root, name)
    for file in rule_files:
        rule = _read_rule(file, problems)
        if rule is not None:
            rules.append(rule)
    raise_all(problems)
    assert pack_data is not None
    data = pack_data
    digest = _hash_files([pack_file, *rule_files], base)
    raw = RawPack(data["id"], str(location), data, rules, digest, root, builtin, test_files)
    raw.file = name
    raw.definition_nodes = {
        ident: (name, find(root, ("definitions", ident))) for ident in data.get("definitions", {})
    }
    return raw


def _files(location: Path) -> tuple[Path, list[Path], list[str], Path]:
    """A pack's own file, its rule files, its fixture files and the folder its files'
    names are hashed relative to."""
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
        return pack_file, rule_files, test_files, location
    if location.is_file():
        return location, [], [], location.parent
    raise PackError("no such rule pack (not a folder or file)", file=str(location))


def _inline_rules(pack_data: dict[str, Any] | None, root: YamlNode, name: str) -> list[RawRule]:
    """The rules written inline under ``rules:`` in a single-file pack."""
    rules: list[RawRule] = []
    inline = root.get("rules") if isinstance(root, Mapping) else None
    for index, rule in enumerate(pack_data.get("rules", []) if pack_data else []):
        node = inline.items[index] if inline is not None else root  # type: ignore[attr-defined]
        rules.append(RawRule(rule, name, node))
    return rules


def _read_rule(file: Path, problems: list[InputError]) -> RawRule | None:
    """One rule file, validated; its errors are added to ``problems``."""
    from compliance.model.pack import Rule

    try:
        rule_root = load_file(str(file))
    except InputError as exc:
        problems.append(exc)
        return None
    rule = validate_into(problems, Rule, rule_root, str(file), "a rule")
    if rule is None:
        return None
    if file.stem != rule["id"]:
        id_node = find(rule_root, ("id",))
        problems.append(
            PackError(
                f"rule id {rule['id']!r} does not match its file name {file.name!r}",
                file=str(file),
                line=id_node.line,
                col=id_node.col,
            )
        )
        return None
    return RawRule(rule, str(file), rule_root)


def check_duplicates(rules: list[RawRule]) -> None:
    """No two rules of a (composed) pack share an id or alias."""
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


def extension_kinds(raw: RawPack, name: str) -> dict[str, Kind]:
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


def find(node: YamlNode, loc: tuple[Any, ...]) -> YamlNode:
    """The node at ``loc`` under ``node`` (the nearest one that exists)."""
    found, _ = locate(node, loc)
    return found
