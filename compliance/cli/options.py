"""Options shared by commands: packs, dates, --set values, formats and -o targets, colour."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

import click

from compliance.core.atomic import write_atomic
from compliance.core.errors import InputError

if TYPE_CHECKING:
    from compliance.run.options import CheckOptions


def parse_as_of(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--as-of: expected a date YYYY-MM-DD, got {value!r}") from None


def parse_sets(values: tuple[str, ...], option: str = "--set") -> dict[str, dict[str, Any]]:
    """``PACK.PARAM=VALUE`` (VALUE is JSON, or a plain string) -> {pack: {param: value}};
    VALUE is read with the run's --max-* limits."""
    from compliance.facts.paths import parse_cli_value

    limits = current_limits()
    out: dict[str, dict[str, Any]] = {}
    for item in values:
        target, sep, raw = item.partition("=")
        pack, dot, param = target.rpartition(".")
        if not sep or not dot or not pack or not param:
            raise InputError(f"{option} {item!r}: expected PACK.PARAM=VALUE")
        try:
            value = parse_cli_value(raw, limits)
        except InputError as exc:
            raise InputError(f"{option} {item!r}: {exc.message}") from None
        out.setdefault(pack, {})[param] = value
    return out


def parse_outputs(
    values: tuple[str, ...], formats: list[str], reads: Sequence[str | None] = ()
) -> list[tuple[str | None, str]]:
    """``-o [FORMAT:]FILE`` -> [(format or None, file)]; ``-`` is standard output. A file
    named twice (also through a symbolic link) is an error, and so are one that cannot be
    written and one of the files the run ``reads`` (contracts and folders of them, waivers,
    a baseline): checked now, before the run."""
    from compliance.core.atomic import STDOUT, require_writable, target_of

    out: list[tuple[str | None, str]] = []
    seen: set[str] = set()
    files: list[tuple[str, str]] = []
    for item in values:
        prefix, sep, rest = item.partition(":")
        if sep and prefix in formats:
            out.append((prefix, rest))
        elif sep and prefix and "/" not in prefix and "." not in prefix and len(prefix) > 1:
            from compliance.core.hints import did_you_mean

            extra = did_you_mean(prefix, formats)
            raise InputError(
                f"-o {item!r}: unknown format {prefix!r}{extra} (formats: {', '.join(formats)})"
            )
        else:
            out.append((None, item))
        path = out[-1][1]
        if not path:
            raise InputError(f"-o {item!r}: no file name (- for standard output)")
        if path == STDOUT:
            target = STDOUT
        else:
            require_writable(path, item)
            target = target_of(path)[0]
            files.append((item, path))
        if target in seen:
            what = "standard output" if target == STDOUT else "the file"
            raise InputError(f"-o {item!r}: {what} is already a target of another -o")
        seen.add(target)
    if files and reads:
        from compliance.run.prepare import refuse_overwriting_inputs

        refuse_overwriting_inputs(files, list(reads))
    return out


def use_color(option: bool | None, stream: Any = None) -> bool:
    if option is not None:
        return option
    if os.environ.get("NO_COLOR"):
        return False
    stream = stream or sys.stdout
    return bool(getattr(stream, "isatty", lambda: False)())


def echo_error(message: str) -> None:
    """One message on standard error, cleaned of control characters and terminal escapes
    (compliance.core.terminal.clean): it may quote a contract, a pack or a waiver file."""
    from compliance.core.terminal import clean

    click.echo(clean(message), err=True)


def run_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--pack, --profile, --set and --as-of: which packs, with which parameters, on which
    date; and the limits on untrusted input."""
    func = limit_options(func)
    func = click.option(
        "--as-of", metavar="DATE", help="Assessment date YYYY-MM-DD (default: today)."
    )(func)
    func = click.option(
        "--set",
        "sets",
        multiple=True,
        metavar="PACK.PARAM=VALUE",
        help="Set a pack parameter; VALUE is JSON, or a plain string (repeatable).",
    )(func)
    func = click.option(
        "--profile",
        metavar="NAME|PATH",
        help="A built-in profile or a profile file: packs and parameter values. --pack and "
        "--set take precedence over it.",
    )(func)
    return click.option(
        "--pack",
        "packs",
        multiple=True,
        metavar="ID|PATH",
        help="A built-in pack id or a pack folder/file (repeatable). Default: all built-in packs.",
    )(func)


#: The largest --max-file-size: 1 PiB, more than any contract or pack (and, unlike a larger
#: number, a size a read can be asked for).
MAX_FILE_SIZE = 1024**5


def _size(text: str) -> int:
    units = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}
    value = text.strip().upper().removesuffix("B").removesuffix("I")
    unit = value[-1:] if value[-1:] in units and value[-1:] else ""
    number = value[: -len(unit)] if unit else value
    if not (number.isascii() and number.isdigit()):  # not "²" or Arabic-Indic digits
        raise InputError(f"--max-file-size: expected a size such as 10M or 20000000, got {text!r}")
    size = int(number) * units[unit] if len(number) <= 30 else MAX_FILE_SIZE + 1
    if size > MAX_FILE_SIZE:
        raise InputError(f"--max-file-size: at most 1048576G (1 PiB), got {text!r}")
    return size


def _store_limit(ctx: click.Context, param: click.Parameter, value: Any) -> None:
    assert param.name is not None
    ctx.meta.setdefault("compliance.limits", {})[param.name] = value


#: The deepest nesting --max-depth may allow: deeper values would exhaust Python's stack in
#: the validation and the reports.
MAX_DEPTH = 256


def limit_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--max-file-size, --max-depth, --max-aliases, --max-clauses, --max-items: limits on
    untrusted input.

    The values are kept on the click context (read them with :func:`current_limits`), so
    commands need no extra parameters."""
    from compliance.document.loader import DEFAULT_LIMITS as D

    for name, default, most, text in [
        ("--max-items", D.max_items, None, "Most elements of one list in one file."),
        ("--max-clauses", D.max_clauses, None, "Most clauses and sources in one contract."),
        ("--max-aliases", D.max_aliases, None, "Most YAML alias expansions in one file."),
        (
            "--max-depth",
            D.max_depth,
            MAX_DEPTH,
            f"Deepest nesting in one file (at most {MAX_DEPTH}).",
        ),
    ]:
        func = click.option(
            name,
            type=click.IntRange(min=1, max=most),
            default=default,
            show_default=True,
            help=text,
            expose_value=False,
            callback=_store_limit,
        )(func)
    return click.option(
        "--max-file-size",
        default="10M",
        show_default=True,
        metavar="SIZE",
        help="Largest file read (bytes, or with K, M or G).",
        expose_value=False,
        callback=_store_limit,
    )(func)


def current_limits() -> Any:
    """The input limits set on the command line (defaults when none)."""
    from compliance.document.loader import DEFAULT_LIMITS, Limits

    ctx = click.get_current_context(silent=True)
    values = ctx.meta.get("compliance.limits", {}) if ctx is not None else {}
    if not values:
        return DEFAULT_LIMITS
    return Limits(
        max_bytes=_size(values.get("max_file_size", "10M")),
        max_depth=values.get("max_depth", DEFAULT_LIMITS.max_depth),
        max_aliases=values.get("max_aliases", DEFAULT_LIMITS.max_aliases),
        max_clauses=values.get("max_clauses", DEFAULT_LIMITS.max_clauses),
        max_items=values.get("max_items", DEFAULT_LIMITS.max_items),
    )


def output_options(
    formats: tuple[str, ...] | list[str],
    format_help: str = "Format of the output on standard output.",
) -> Callable[..., Any]:
    """--format, -o [FORMAT:]FILE and --redact."""

    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        func = click.option(
            "--redact",
            is_flag=True,
            help="Leave clause texts and source notes out of every output (for CI logs).",
        )(func)
        func = click.option(
            "-o",
            "--output",
            "outputs",
            multiple=True,
            metavar="[FORMAT:]FILE",
            help="Write to FILE (repeatable), in FORMAT or --format; - is standard output. "
            "Written atomically (through a symbolic link to its target; a device such as "
            "/dev/null directly); missing folders are created. A file the run reads (a "
            "contract, the waivers, the baseline, a pack, the configuration) is refused.",
        )(func)
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(sorted(formats)),
            default="text",
            show_default=True,
            help=format_help,
        )(func)

    return decorate


SEVERITIES = ("low", "medium", "high", "critical")


def governance_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--config/--no-config, --waivers, --baseline, --assume, --select, --ignore and
    --fail-on-severity."""
    options = [
        click.option(
            "--fail-on-severity",
            type=click.Choice(SEVERITIES),
            help="Only verdicts of rules at or above this severity fail the run.",
        ),
        click.option(
            "--ignore",
            "ignore",
            multiple=True,
            metavar="PATTERN",
            help="Leave out rules: a full id PACK/RULE, a glob (PACK/*) or a pack id (repeatable).",
        ),
        click.option(
            "--select",
            "select",
            multiple=True,
            metavar="PATTERN",
            help="Evaluate only these rules: a full id PACK/RULE, a glob (PACK/*, */no-*) or a "
            "pack id (repeatable). Selecting nothing is an error.",
        ),
        click.option(
            "--assume",
            "assumptions",
            multiple=True,
            metavar="FACT=VALUE",
            help="What-if: evaluate as if the contract said FACT=VALUE (VALUE is JSON, or a "
            "plain string; FACT may name list elements, e.g. data.storage[0].country). "
            "Verdicts that rest on it are marked assumed (repeatable).",
        ),
        click.option(
            "--baseline",
            metavar="FILE",
            help="A baseline (compliance baseline create) or a JSON report of an earlier run: "
            "only verdicts that are new or worse than in it fail the run (matched by contract "
            "id and rule id).",
        ),
        click.option(
            "--waivers",
            metavar="FILE",
            help="A waiver file (YAML or JSON): dated, approved exceptions; waived verdicts "
            "are counted apart and do not fail the run.",
        ),
        click.option(
            "--no-config",
            is_flag=True,
            help="Read no configuration file.",
        ),
        click.option(
            "--config",
            "config_file",
            metavar="FILE",
            help="A configuration file (.compliance.yaml, or pyproject.toml with "
            "[tool.compliance]). Default: the first found from the current folder up.",
        ),
    ]
    for option in options:
        func = option(func)
    return func


def what_if_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--assume, --waivers and --baseline for a command on check's run path that is not
    check (compare, explain): assumptions and waivers apply as in check; a baseline, which
    only decides which verdicts fail a check run, is refused (exit 2)."""
    func = click.option(
        "--baseline",
        metavar="FILE",
        help="Not supported here (exit 2): a baseline only gates check's exit status.",
    )(func)
    func = click.option(
        "--waivers",
        metavar="FILE",
        help="A waiver file (YAML or JSON): matching fail and unknown verdicts are shown "
        "waived, as check shows them.",
    )(func)
    return click.option(
        "--assume",
        "assumptions",
        multiple=True,
        metavar="FACT=VALUE",
        help="What-if: evaluate as if the contract said FACT=VALUE (VALUE is JSON, or a "
        "plain string), as check --assume (repeatable).",
    )(func)


#: check's parameter name -> configuration key.
CONFIG_KEYS = {
    "paths": "paths",
    "packs": "packs",
    "profile": "profile",
    "sets": "parameters",
    "waivers": "waivers",
    "baseline": "baseline",
    "fail_on": "fail-on",
    "fail_on_severity": "fail-on-severity",
    "select": "select",
    "ignore": "ignore",
    "fmt": "format",
    "outputs": "outputs",
    "by": "by",
    "redact": "redact",
    "sarif_results": "sarif-results",
    "jobs": "jobs",
}


def settings_of(ctx: click.Context) -> tuple[Any, dict[str, Any]]:
    """The configuration file of the run (or None) and the effective settings: the
    command line over the file over the defaults (see compliance.run.config)."""
    from click.core import ParameterSource

    from compliance.run.config import discover, effective

    params = ctx.params
    given: dict[str, Any] = {}
    for name, key in CONFIG_KEYS.items():
        source = ctx.get_parameter_source(name)
        if source not in (ParameterSource.COMMANDLINE, ParameterSource.ENVIRONMENT):
            continue
        value = params[name]
        if name == "sets":
            value = parse_sets(value)
        elif isinstance(value, tuple):
            value = list(value)
        given[key] = value
    config = discover(params.get("config_file"), bool(params.get("no_config")), current_limits())
    return config, effective(given, config)


def check_options(
    packs: tuple[str, ...],
    sets: tuple[str, ...],
    as_of: str | None,
    profile: str | None = None,
    *,
    assumptions: tuple[str, ...] = (),
    waivers: str | None = None,
    baseline: str | None = None,
) -> CheckOptions:
    """CheckOptions from a command's own options (no configuration file)."""
    from compliance.run.options import CheckOptions

    return CheckOptions(
        packs=list(packs) or None,
        parameters=parse_sets(sets),
        as_of=parse_as_of(as_of),
        profile=profile,
        limits=current_limits(),
        waivers=waivers,
        baseline=baseline,
        assumptions=list(assumptions),
    )


def _parameters_from(origin: str) -> str:
    """How errors name what set the pack parameters: ``--set``, or ``FILE:LINE:
    parameters`` for a configuration file (``, --set`` when both did)."""
    from compliance.run.config import COMMAND_LINE, DEFAULT

    if origin in (COMMAND_LINE, DEFAULT):
        return "--set"
    place, _, also = origin.partition(", ")
    return f"{place}: parameters" + (" (or --set)" if also else "")


def options_from(
    settings: dict[str, Any], as_of: str | None, assumptions: list[str]
) -> CheckOptions:
    """CheckOptions from the effective settings (see :func:`settings_of`)."""
    from compliance.run.options import CheckOptions

    def value(key: str) -> Any:
        return settings[key].value

    return CheckOptions(
        packs=list(value("packs")) or None,
        parameters=value("parameters"),
        as_of=parse_as_of(as_of),
        profile=value("profile"),
        select=list(value("select")),
        ignore=list(value("ignore")),
        waivers=value("waivers"),
        baseline=value("baseline"),
        assumptions=assumptions,
        fail_on=value("fail-on"),
        fail_on_severity=value("fail-on-severity"),
        limits=current_limits(),
        parameters_from=_parameters_from(settings["parameters"].origin),
    )


def emit(
    render: Callable[[str], str],
    fmt: str,
    targets: list[tuple[str | None, str]],
) -> None:
    """Print ``render(fmt)``, or write each -o target once (each format rendered once)."""
    if not targets:
        click.echo(render(fmt), nl=False)
        return
    from compliance.core.atomic import STDOUT

    rendered: dict[str, str] = {}
    for target_format, path in targets:
        name = target_format or fmt
        if name not in rendered:
            rendered[name] = render(name)
        if path == STDOUT:
            click.echo(rendered[name], nl=False)
            continue
        try:
            write_atomic(path, rendered[name])
        except OSError as exc:
            from compliance.core.atomic import cannot_write

            raise cannot_write(path, exc) from None
