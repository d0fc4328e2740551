"""The CI recipes and the pre-commit hooks: their YAML parses, and every ``compliance ...``
command line in them (and in docs/ci.md) names real commands and options with valid
values, checked against the click command tree."""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import pytest
import yaml
from conftest import ROOT

RECIPES = ROOT / "docs" / "recipes"
HOOKS = ROOT / ".pre-commit-hooks.yaml"
CI_DOC = ROOT / "docs" / "ci.md"


def strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def command_lines(text: str) -> list[list[str]]:
    """Every ``compliance ...`` command in a text, as argv after ``compliance`` (a line
    continued with a backslash, and a pipe or ``>`` redirection ends the command)."""
    text = text.replace("\\\n", " ")
    found = []
    for line in text.splitlines():
        line = line.strip().removeprefix("$ ").removeprefix("- ").strip()
        if not line.startswith("compliance "):
            continue
        words = shlex.split(line, comments=True)
        for stop in ("|", ">", "&&", ";"):
            if stop in words:
                words = words[: words.index(stop)]
        found.append(words[1:])
    return found


def assert_valid(argv: list[str]) -> None:
    """Parse ``compliance ARGV`` as click would, without running it."""
    from compliance.cli import cli

    group: click.Group = cli
    ctx = click.Context(group, info_name="compliance")
    words = list(argv)
    command: click.Command | None = group
    while isinstance(command, click.Group):
        assert words, f"compliance {' '.join(argv)}: no subcommand"
        name = words.pop(0)
        sub = command.get_command(ctx, name)
        assert sub is not None, f"compliance {' '.join(argv)}: no command {name!r}"
        command = sub
    assert command is not None
    try:
        command.make_context(command.name or "", words, parent=ctx, resilient_parsing=False)
    except click.exceptions.Exit:
        pass
    except click.UsageError as exc:
        pytest.fail(f"compliance {' '.join(argv)}: {exc.format_message()}")


def recipe_files() -> list[Path]:
    return sorted(RECIPES.glob("*.y*ml"))


def test_there_are_recipes_for_github_and_gitlab() -> None:
    names = {path.name for path in recipe_files()}
    assert {"github-actions.yml", "gitlab-ci.yml", "pre-commit-config.yaml"} <= names


@pytest.mark.parametrize("path", recipe_files(), ids=lambda p: p.name)
def test_recipe_yaml_parses(path: Path) -> None:
    assert yaml.safe_load(path.read_text()) is not None


def test_every_command_in_the_recipes_is_real() -> None:
    seen = 0
    for path in recipe_files():  # the hooks get file names from pre-commit: tested below
        data = yaml.safe_load(path.read_text())
        for text in strings(data):
            for argv in command_lines(text):
                assert_valid(argv)
                seen += 1
    assert seen >= 4


def doc_commands(text: str) -> list[list[str]]:
    """Commands of a Markdown page: ``$ compliance ...`` lines of console blocks, and
    ``compliance ...`` lines of YAML blocks (not the output lines)."""
    found = []
    for lang, body in re.findall(r"```(\w*)\n(.*?)```", text, re.S):
        if lang == "console":
            prompts = "\n".join(
                line for line in body.replace("\\\n", " ").splitlines() if line.startswith("$ ")
            )
            found += command_lines(prompts)
        elif lang in ("yaml", "toml"):
            found += command_lines(body)
    return found


def test_every_command_in_docs_ci_is_real() -> None:
    commands = doc_commands(CI_DOC.read_text())
    assert len(commands) >= 10
    for argv in commands:
        assert_valid(argv)


def test_the_checker_catches_a_wrong_option() -> None:
    with pytest.raises(pytest.fail.Exception):
        assert_valid(["check", "contracts/", "--fail-on-severty", "high"])
    with pytest.raises(pytest.fail.Exception):
        assert_valid(["check", "contracts/", "--fail-on-severity", "urgent"])
    with pytest.raises(AssertionError):
        assert_valid(["chek", "contracts/"])


def test_github_recipe_uploads_sarif_and_gitlab_reports_junit() -> None:
    github = yaml.safe_load((RECIPES / "github-actions.yml").read_text())
    steps = github["jobs"]["check"]["steps"]
    upload = next(
        s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif")
    )
    assert upload["if"] == "always()"
    check = next(s for s in steps if "compliance check" in s.get("run", ""))
    assert f"sarif:{upload['with']['sarif_file']}" in check["run"]
    gitlab = yaml.safe_load((RECIPES / "gitlab-ci.yml").read_text())
    job = gitlab["contracts"]
    junit = job["artifacts"]["reports"]["junit"]
    assert any(f"junit:{junit}" in line for line in job["script"])
    assert job["artifacts"]["when"] == "always"


def test_pre_commit_hooks_run_real_commands() -> None:
    hooks = yaml.safe_load(HOOKS.read_text())
    assert {hook["id"] for hook in hooks} >= {"compliance-check"}
    for hook in hooks:
        assert {"id", "name", "entry", "language"} <= set(hook)
        assert hook["language"] == "python"
        re.compile(hook["files"])
        words = shlex.split(hook["entry"])
        assert words[0] == "compliance"
        assert_valid([*words[1:], *hook.get("args", []), "contracts/example.yaml"])
    consumer = yaml.safe_load((RECIPES / "pre-commit-config.yaml").read_text())
    (repo,) = consumer["repos"]
    for hook in repo["hooks"]:
        entry = next(h for h in hooks if h["id"] == hook["id"])
        assert_valid([*shlex.split(entry["entry"])[1:], *hook.get("args", []), "x.yaml"])


def test_the_recipe_configuration_and_waivers_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from compliance.config import load_config
    from compliance.waivers import load_waivers

    monkeypatch.chdir(RECIPES)
    config = load_config("compliance.yaml")
    assert config.values["waivers"] == "governance/waivers.yaml"
    assert config.values["fail-on-severity"] == "high"
    ids = {"data-residency/personnel-location": "data-residency/personnel-location"}
    (waiver,) = load_waivers("waivers.yaml", ids, ["data-residency"])
    assert waiver.info.rule == "data-residency/personnel-location"
    assert waiver.statuses == ("unknown",)
