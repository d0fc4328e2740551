"""The command classes of every ``compliance`` command: click's, with a help option and a
version option whose texts are plain strings.

click makes each command's ``--help`` option when the command's arguments are parsed, and
its ``version_option`` when the command is defined, asking ``gettext`` for their help texts
each time. The first such call imports ``locale`` and looks for translation files, about a
millisecond of every run's start-up (measured with ``python -X importtime`` and
``python -m compliance.bench``), though click ships no translations to find. These options
say the same words without asking, so a check reaches ``gettext`` only on an error.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

FC = TypeVar("FC", bound=Callable[..., Any] | click.Command)

#: The help texts of the two options, as click words them.
HELP_TEXT = "Show this message and exit."
VERSION_TEXT = "Show the version and exit."
#: The help option's parameter name: never a name a command's own parameters use.
HELP_NAME = "_compliance_help"


def _show_help(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(ctx.get_help(), color=ctx.color)
        ctx.exit()


class _PlainHelp:
    """``get_help_option`` of a command: click's option, made once per command, with its
    help text given (see the module's docstring)."""

    _plain_help: click.Option | None = None

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        command: Any = self
        names = command.get_help_option_names(ctx)
        if not names or not command.add_help_option:
            return None
        if self._plain_help is None:
            self._plain_help = click.Option(
                [*names, HELP_NAME],
                is_flag=True,
                expose_value=False,
                is_eager=True,
                help=HELP_TEXT,
                callback=_show_help,
            )
        return self._plain_help


class Command(_PlainHelp, click.Command):
    """A command (``@click.command(cls=Command)``)."""


class Group(_PlainHelp, click.Group):
    """A group of commands (``@click.group(cls=Group)``); its subcommands and subgroups
    are of these classes too."""

    command_class = Command
    group_class = type  # a subgroup is of the class of its parent


def version_option(version: str, prog_name: str) -> Callable[[FC], FC]:
    """``--version``: prints ``PROG VERSION`` and exits (click's ``version_option`` with the
    message ``"%(prog)s %(version)s"``)."""

    def show(ctx: click.Context, param: click.Parameter, value: bool) -> None:
        if value and not ctx.resilient_parsing:
            click.echo(f"{prog_name} {version}", color=ctx.color)
            ctx.exit()

    return click.option(
        "--version",
        is_flag=True,
        expose_value=False,
        is_eager=True,
        help=VERSION_TEXT,
        callback=show,
    )
