"""The ``compliance`` command: a thin layer over the library.

Subcommands live in their own modules and are imported only when run, so ``--help`` and
``--version`` stay fast. Each command returns its exit code, which :func:`exit_with`
makes the exit status. One error boundary (:func:`main`) turns errors into exit codes:
2 for bad input (one ``FILE:LINE:COL: message`` line), 3 for internal errors (a short
message, never a bare traceback), 130 for Ctrl-C, 128 + N for signal N (SIGTERM, SIGHUP).
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
from typing import Any

import click

from compliance import __version__
from compliance.cli.command import Group, version_option
from compliance.core import collector

ISSUES_URL = "https://github.com/compliance-tool/compliance/issues"

#: command name -> (module:attribute, short help)
COMMANDS: dict[str, tuple[str, str]] = {
    "baseline": (
        "compliance.cli.baseline:baseline",
        "Write a baseline: later checks fail only on what is new or worse.",
    ),
    "check": ("compliance.cli.check:check", "Check contracts against rule packs."),
    "classify": (
        "compliance.cli.classify:classify",
        "Classify contracts under the EU AI Act (tier, reason, evidence).",
    ),
    "compare": ("compliance.cli.compare:compare", "Compare contracts side by side."),
    "config": (
        "compliance.cli.config:config",
        "Show the effective configuration of check, and where each value comes from.",
    ),
    "gaps": ("compliance.cli.gaps:gaps", "List gaps, or the questions for the counterparty."),
    "interview": (
        "compliance.cli.interview:interview",
        "Describe a contract by answering the questions that decide verdicts.",
    ),
    "validate": ("compliance.cli.validate:validate", "Validate contract descriptions."),
    "schema": (
        "compliance.cli.schema:schema",
        "Print a JSON Schema (contract, pack, rule, fixtures or report).",
    ),
    "packs": ("compliance.cli.packs:packs", "List, create, test and lint rule packs."),
    "explain": (
        "compliance.cli.explain:explain",
        "Explain a rule, or its verdict on a contract step by step.",
    ),
    "docs": ("compliance.cli.docs:docs", "Write Markdown pages for rule packs and the vocabulary."),
    "profiles": ("compliance.cli.profiles:profiles", "List the built-in profiles, or show one."),
    "nations": (
        "compliance.cli.nations:nations",
        "Which nations' rules a deal meets; the national sovereignty profiles.",
    ),
}


class LazyGroup(Group):
    """A group whose subcommands are imported on first use."""

    def __init__(self, *args: Any, lazy: dict[str, tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = lazy

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.lazy:
            target, _ = self.lazy[name]
            module_name, attribute = target.split(":")
            command: click.Command = getattr(importlib.import_module(module_name), attribute)
            return command
        return super().get_command(ctx, name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, self.lazy[name][1]) for name in sorted(self.lazy)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


@click.group(
    cls=LazyGroup,
    lazy=COMMANDS,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@version_option(__version__, prog_name="compliance")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Check AI deployment contracts against policy rule packs.

    Verdicts are pass, fail, unknown (the contract does not say), not_applicable or error;
    each rests on evidence: the clause and line that state a fact, and for an unknown, the
    missing facts that would decide it.

    Exit codes: 0 no verdict fails the run; 1 a verdict at or above --fail-on (and
    --fail-on-severity; with --baseline, only new or worse ones; waived ones never);
    2 bad input; 3 a rule in error or an internal error.

    Options of check can live in .compliance.yaml or [tool.compliance] in pyproject.toml;
    `compliance config` shows the effective settings. See docs/ci.md.
    """
    if ctx.invoked_subcommand != "check":  # check resumes it once its packs are set up
        collector.resume()


@cli.result_callback()
def exit_with(code: int | None, **_: Any) -> None:
    """The one place a command's result becomes the exit status: every command returns
    its exit code (an int), and this ends the run with it (errors raised instead are
    turned into exit codes by :func:`main`)."""
    click.get_current_context().exit(code or 0)


def _terminate(signum: int, frame: Any) -> None:
    from compliance.core.errors import Terminated

    raise Terminated(signum)


def _signals() -> Any:
    """The signal functions: from the C module where there is one (``signal`` itself makes
    enums of every signal and handler on import, about a millisecond)."""
    try:
        return __import__("_signal")
    except ImportError:  # pragma: no cover - an interpreter without it
        import signal

        return signal


def _install_handlers() -> None:
    """SIGTERM and SIGHUP unwind the run like Ctrl-C; standard output closed early by its
    reader (``| head``) no longer fails the run (compliance.core.terminal.QuietStdout)."""
    from compliance.core.terminal import QuietStdout

    signal = _signals()

    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is None:  # SIGHUP: not on Windows
            continue
        with contextlib.suppress(ValueError, OSError):  # not the main thread
            signal.signal(number, _terminate)
    if not isinstance(sys.stdout, QuietStdout) and sys.stdout is not None:
        sys.stdout = QuietStdout(sys.stdout)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the command inside the one error boundary. Every message on
    standard error is cleaned of control characters (compliance.core.terminal.clean)."""
    from compliance.core.errors import (
        EXIT_ERROR,
        ComplianceError,
        InputError,
        InputErrors,
        Terminated,
    )
    from compliance.core.terminal import clean

    def say(message: str) -> None:
        click.echo(clean(message), err=True)

    collector.pause()  # for the start-up (see compliance.core.collector)
    _install_handlers()
    try:
        code = cli.main(args=argv, prog_name="compliance", standalone_mode=False)
    except click.exceptions.Exit as exc:
        code = exc.exit_code
    except click.ClickException as exc:
        # The message may quote an argument (an unexpected extra argument, a file name):
        # one cleaned line, as every other message on standard error.
        message = clean(exc.format_message())
        exc.format_message = lambda: message  # type: ignore[method-assign]
        exc.show()
        code = exc.exit_code
    except click.Abort:
        say("Aborted.")
        code = 130
    except KeyboardInterrupt:
        say("Interrupted.")
        code = 130
    except Terminated as exc:
        say("Terminated.")
        code = 128 + exc.signum
    except InputError as exc:
        # several errors found in one pass: one cleaned line each (each is one line already)
        for error in exc.errors if isinstance(exc, InputErrors) else [exc]:
            say(str(error))
        code = exc.exit_code
    except ComplianceError as exc:
        say(f"error: {exc}")
        code = exc.exit_code
    except BrokenPipeError:
        code = 0
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
    except Exception as exc:  # the last line of defence: no bare traceback
        if os.environ.get("COMPLIANCE_DEBUG"):
            raise
        say(f"internal error: {type(exc).__name__}: {exc}")
        say(
            f"This is a bug in compliance {__version__}; please report it at {ISSUES_URL} "
            "(set COMPLIANCE_DEBUG=1 to see the traceback)."
        )
        code = EXIT_ERROR
    finally:
        # Still paused: a check of one contract (or help), which holds nothing but the
        # standard streams when it ends (see _exit_now).
        quick = collector.paused()
        collector.resume()
    code = code if isinstance(code, int) else 0
    if quick and argv is None and sys.getprofile() is None and sys.gettrace() is None:
        _exit_now(code)  # (not under a profiler or a tracer: they write their data at exit)
    sys.exit(code)


def _exit_now(code: int) -> None:
    """End the process once the standard streams are flushed, without the interpreter's
    teardown, which frees every object of the run one by one (some milliseconds of a check
    of one contract, for nothing). Only for the command line (not a call of :func:`main`
    from Python), and only after a check of one contract or help: every output file is
    closed by then, and nothing waits for an exit handler (no worker processes, no
    temporary folder); not under a profiler or a tracer (``python -m cProfile``, coverage),
    which write their data at exit. If a stream cannot be flushed, the usual exit deals
    with it."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    os._exit(code)
