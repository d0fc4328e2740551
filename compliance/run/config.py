"""Configuration: the options of ``compliance check`` in a file, so that a desk and CI run
the same check.

Where: ``--config FILE``; else the first folder, from the current one up to the root, that
holds ``.compliance.yaml`` or a ``pyproject.toml`` with a ``[tool.compliance]`` table (a
``pyproject.toml`` without one is passed over). Both in one folder is an error (one of them
would be ignored silently). ``--no-config`` reads none.

Keys are the long options of ``check`` without the dashes (``fail-on``, ``fail-on-severity``,
``select``...), ``packs`` for ``--pack``, ``parameters`` for ``--set`` (a table of packs, each a
table of parameter values), ``outputs`` for ``-o`` and ``paths`` for the contracts to check
when the command line names none. ``--as-of`` and ``--assume`` are not configuration: a date
pinned in a committed file would keep expired waivers alive for ever, and a what-if is a
question asked once.

Precedence: the command line, then the file, then the defaults. A list given on the command
line replaces the file's list (``--select`` replaces ``select``); ``--set`` values override the
file's ``parameters`` one parameter at a time. Relative paths in the file (paths, pack and
profile paths, waivers, baseline, outputs) are relative to the file's folder.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, Any

from compliance.core.errors import InputError
from compliance.core.records import record
from compliance.document.limits import DEFAULT_LIMITS, Limits
from compliance.document.nodes import Mapping, Node, Scalar, Sequence

if TYPE_CHECKING:
    from pathlib import Path

YAML_NAME = ".compliance.yaml"
PYPROJECT = "pyproject.toml"
TABLE = "tool.compliance"

DEFAULT = "default"
COMMAND_LINE = "command line"

#: key -> default, in the order ``compliance config`` shows them.
DEFAULTS: dict[str, Any] = {
    "paths": [],
    "packs": [],
    "profile": None,
    "parameters": {},
    "waivers": None,
    "baseline": None,
    "fail-on": "fail",
    "fail-on-severity": None,
    "select": [],
    "ignore": [],
    "format": "text",
    "outputs": [],
    "by": "rule",
    "redact": False,
    "sarif-results": "findings",
    "jobs": None,
}

#: Keys whose values are file paths (relative to the configuration file's folder).
PATH_KEYS = ("paths", "waivers", "baseline")
PACK_SUFFIXES = (".yaml", ".yml", ".json")


@record
class ConfigFile:
    """A configuration file that was found and read."""

    path: str  # as shown in origins: relative to the current folder when below it
    root: Mapping
    values: dict[str, Any]

    def line(self, key: str) -> int:
        entry = self.root.entries.get(key)
        return entry[0].line if entry else 1


@record(frozen=True)
class Setting:
    """One effective option of check, and where its value comes from."""

    value: Any
    origin: str  # "default", "FILE:LINE" or "command line"


# --- finding ----------------------------------------------------------------------------------


def _has_table(path: str, limits: Limits = DEFAULT_LIMITS) -> bool:
    """Whether a pyproject.toml has a [tool.compliance] table. A file that does not parse
    is an error only when it mentions the table (otherwise it is not ours to judge)."""
    from compliance.document.loader import read_at_most

    with open(path, "rb") as handle:
        text = read_at_most(handle, limits.max_bytes).decode("utf-8", errors="replace")
    if not re.search(r"tool\s*\.\s*[\"']?compliance|\[\s*tool\s*\]", text):
        return False  # cheap: most pyproject.toml files never mention us (no TOML parser)
    try:
        data = _parse_toml(path, limits=limits)
    except InputError:
        if re.search(r"tool\s*\.\s*[\"']?compliance", text):
            raise
        return False
    return isinstance(data.get("tool"), dict) and "compliance" in data["tool"]


def find_config(start: Path | None = None, limits: Limits = DEFAULT_LIMITS) -> Path | None:
    """The configuration file for a run started in ``start`` (default: the current folder)."""
    # os.path, not pathlib: this runs on every check, and pathlib is costly to import.
    folder = os.path.realpath(os.fspath(start) if start is not None else os.getcwd())
    while True:
        yaml_file = os.path.join(folder, YAML_NAME)
        toml_file = os.path.join(folder, PYPROJECT)
        found = [p for p in (yaml_file,) if os.path.isfile(p)]
        if not found and os.path.lexists(yaml_file):
            # A .compliance.yaml that is a folder, a device or a broken link configures
            # nothing: never skip it for a configuration further up, nor run unconfigured.
            what = (
                "a folder"
                if os.path.isdir(yaml_file)
                else "a link to nothing"
                if not os.path.exists(yaml_file)
                else "not a regular file"
            )
            raise InputError(
                f"is {what}, so it configures nothing (remove or rename it, or name a "
                "configuration with --config)",
                file=shown(yaml_file),
            )
        if os.path.isfile(toml_file) and _has_table(toml_file, limits):
            found.append(toml_file)
        if len(found) > 1:
            raise InputError(
                f"both {YAML_NAME} and {PYPROJECT} [tool.compliance] configure compliance in "
                f"{shown(folder)}; keep one (or name one with --config)"
            )
        if found:
            from pathlib import Path

            return Path(found[0])
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def shown(path: str) -> str:
    """A path as reports show it: relative to the current folder when it is below it."""
    absolute = os.path.abspath(path)
    relative = os.path.relpath(absolute)
    return absolute if relative.startswith("..") else relative


# --- reading ----------------------------------------------------------------------------------


def _toml_text(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> str:
    """A TOML file's text, read as every input is: the size limit, a regular file, UTF-8
    (a byte-order mark dropped; NUL bytes and bad bytes are errors with their position)."""
    from compliance.document.loader import decode, read_bytes

    name = shown(str(path))
    try:
        data = read_bytes(str(path), limits)
    except InputError as exc:
        raise InputError(exc.message, file=name, line=exc.line, col=exc.col) from None
    return decode(data, name)


def _parse_toml(
    path: str | Path, text: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> dict[str, Any]:
    import tomllib

    if text is None:
        text = _toml_text(path, limits)
    try:
        parsed = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc)) or "invalid TOML"
        raise InputError(
            f"TOML syntax error: {message}",
            file=shown(str(path)),
            line=int(match.group(1)) if match else None,
            col=int(match.group(2)) if match else None,
        ) from None
    except RecursionError:  # the parser recurses on nested arrays and inline tables
        parsed = None
    limit = limits.max_depth
    if parsed is None or _too_deep(parsed, limit):
        raise InputError(
            f"nesting deeper than {limit} levels (raise it with --max-depth)",
            file=shown(str(path)),
        )
    return parsed


def _too_deep(value: Any, limit: int) -> bool:
    """Whether parsed TOML nests deeper than ``limit`` (without recursion)."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
    return False


def _key_lines(text: str) -> tuple[int, dict[str, int]]:
    """The line of the [tool.compliance] header and of each key in that table (keys set
    in sub-tables such as [tool.compliance.parameters] get the sub-table's line)."""
    header = 1
    lines: dict[str, int] = {}
    current: str | None = None
    key = re.compile(r"""^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_-]+))\s*[.=]""")
    table = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]")
    for number, line in enumerate(text.splitlines(), start=1):
        found = table.match(line)
        if found and not line.lstrip().startswith("[["):
            name = re.sub(r"\s+", "", found.group(1)).replace('"', "")
            current = name
            if name == TABLE:
                header = number
            elif name.startswith(TABLE + "."):
                sub = name[len(TABLE) + 1 :].split(".")[0]
                lines.setdefault(sub, number)
            continue
        if current == TABLE:
            match = key.match(line)
            if match:
                lines.setdefault(next(g for g in match.groups() if g), number)
    return header, lines


def _node(value: Any, line: int) -> Node:
    """A positioned node tree for a TOML value (every part at the key's line)."""
    if isinstance(value, dict):
        mapping = Mapping(line, 1)
        for key, item in value.items():
            mapping.entries[str(key)] = (Scalar(str(key), line, 1), _node(item, line))
        return mapping
    if isinstance(value, list):
        seq = Sequence(line, 1)
        seq.items = [_node(item, line) for item in value]
        return seq
    if hasattr(value, "isoformat"):
        return Scalar(value.isoformat(), line, 1)
    if isinstance(value, str):
        from compliance.document.limits import bad_character

        problem = bad_character(value)
        if problem is not None:  # as in a YAML or JSON file: no escape sneaks a control in
            raise InputError(problem, line=line, col=1)
    return Scalar(value, line, 1)


def _toml_root(path: Path, name: str, limits: Limits = DEFAULT_LIMITS) -> Mapping:
    text = _toml_text(path, limits)
    parsed = _parse_toml(path, text, limits)
    tool = parsed.get("tool")
    data = tool.get("compliance") if isinstance(tool, dict) else None
    header, lines = _key_lines(text)
    if not isinstance(data, dict):
        # Where ``tool`` or ``tool.compliance`` is set to something that is not a table.
        found = re.search(r"^\s*(\[\s*)?[\"']?tool\b", text, re.MULTILINE)
        line = text.count("\n", 0, found.start()) + 1 if found else None
        if data is None and (tool is None or isinstance(tool, dict)):
            raise InputError(f"no [{TABLE}] table", file=name, line=line, col=1 if line else None)
        what, value = ("tool.compliance", data) if isinstance(tool, dict) else ("tool", tool)
        raise InputError(
            f"{what} must be a table of options ([{TABLE}]), not {type(value).__name__}",
            file=name,
            line=line,
            col=1 if line else None,
        )
    root = Mapping(header, 1)
    for key, value in data.items():
        line = lines.get(key, header)
        try:
            root.entries[key] = (Scalar(key, line, 1), _node(value, line))
        except InputError as exc:
            raise exc.located(name) from None
    return root


def load_config(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> ConfigFile:
    """Read and validate a configuration file (.compliance.yaml, or pyproject.toml's
    [tool.compliance]) with the run's ``limits``; relative paths in it become paths from
    the current folder."""
    from pathlib import Path

    from compliance.document.loader import load_file
    from compliance.document.nodes import to_plain
    from compliance.document.validation import model_errors, require_mapping
    from compliance.model.governance import Config

    location = Path(path)
    name = shown(str(location))
    if not location.is_file():
        if location.is_dir():
            raise InputError("is a folder, not a configuration file", file=name)
        if location.exists():  # a device or a named pipe: never read (it may not end)
            raise InputError("not a regular file", file=name)
        raise InputError("no such configuration file", file=name)
    if location.suffix == ".toml":
        root: Node = _toml_root(location, name, limits)
    else:
        root = load_file(str(location), limits)
    mapping = require_mapping(root, name, "a configuration")
    errors = model_errors(Config, mapping, name, Config.model_json_schema(by_alias=True))
    if errors:
        raise errors[0]
    data = Config.model_validate(to_plain(mapping)).model_dump(by_alias=True, exclude_none=True)
    base = location.resolve().parent
    values = {key: _resolve(key, value, base) for key, value in data.items()}
    return ConfigFile(name, mapping, values)


def _is_path(spec: str, base: Path) -> bool:
    return "/" in spec or os.sep in spec or spec.endswith(PACK_SUFFIXES) or (base / spec).exists()


def _resolve(key: str, value: Any, base: Path) -> Any:
    def path(item: str) -> str:
        return shown(str(base / item))

    if key in PATH_KEYS:
        return [path(v) for v in value] if isinstance(value, list) else path(value)
    if key == "packs":
        return [path(v) if _is_path(v, base) else v for v in value]
    if key == "profile":
        return path(value) if _is_path(value, base) else value
    if key == "outputs":
        from compliance.report.reporters import FORMATS

        out = []
        for item in value:
            prefix, sep, rest = item.partition(":")
            out.append(f"{prefix}:{path(rest)}" if sep and prefix in FORMATS else path(item))
        return out
    return value


# --- merging ----------------------------------------------------------------------------------


def effective(given: dict[str, Any], config: ConfigFile | None) -> dict[str, Setting]:
    """Every key's value and where it came from. ``given`` holds what the command line set
    (keys absent when it did not)."""
    out: dict[str, Setting] = {}
    for key, default in DEFAULTS.items():
        if key == "parameters":
            out[key] = _parameters(given.get(key), config)
        elif key in given:
            out[key] = Setting(given[key], COMMAND_LINE)
        elif config is not None and key in config.values:
            out[key] = Setting(config.values[key], f"{config.path}:{config.line(key)}")
        else:
            out[key] = Setting(default, DEFAULT)
    return out


def _parameters(given: dict[str, dict[str, Any]] | None, config: ConfigFile | None) -> Setting:
    from_file = config.values.get("parameters") if config is not None else None
    if not given and not from_file:
        return Setting({}, DEFAULT)
    merged: dict[str, dict[str, Any]] = {p: dict(v) for p, v in (from_file or {}).items()}
    for pack, values in (given or {}).items():
        merged.setdefault(pack, {}).update(values)
    if not from_file:
        return Setting(merged, COMMAND_LINE)
    assert config is not None
    origin = f"{config.path}:{config.line('parameters')}"
    return Setting(merged, f"{origin}, --set" if given else origin)


def discover(
    explicit: str | None, disabled: bool, limits: Limits = DEFAULT_LIMITS
) -> ConfigFile | None:
    """The run's configuration: --config FILE, else the one found (unless --no-config),
    read with the run's --max-* ``limits``."""
    if explicit is not None:
        return load_config(explicit, limits)
    if disabled:
        return None
    found = find_config(limits=limits)
    return load_config(found, limits) if found is not None else None
