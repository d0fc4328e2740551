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
    from compliance.run.config import load_config
    from compliance.run.waivers import load_waivers

    monkeypatch.chdir(RECIPES)
    config = load_config("compliance.yaml")
    assert config.values["waivers"] == "governance/waivers.yaml"
    assert config.values["fail-on-severity"] == "high"
    ids = {"data-residency/personnel-location": "data-residency/personnel-location"}
    (waiver,) = load_waivers("waivers.yaml", ids, ["data-residency"])
    assert waiver.info.rule == "data-residency/personnel-location"
    assert waiver.statuses == ("unknown",)


# --- what the recipes install -------------------------------------------------------------

#: The distribution on the package index: "compliance" there is someone else's project.
DISTRIBUTION = "ai-contract-compliance"
REPOSITORY = "https://github.com/compliance-tool/compliance"


def install_sources() -> list[Path]:
    """Every file that may tell someone to install compliance."""
    docs = [p for p in sorted((ROOT / "docs").rglob("*")) if p.suffix in (".md", ".yml", ".yaml")]
    return [ROOT / "README.md", ROOT / "CHANGELOG.md", HOOKS, ROOT / ".ci" / "run", *docs]


def pip_installs(text: str) -> list[list[str]]:
    """The arguments of every ``pip install`` in a text (a command ends at the end of the
    line, a backtick, ``&&``, ``;`` or ``|``)."""
    found = []
    for line in text.replace("\\\n", " ").splitlines():
        for part in re.split(r"`|&&|;|\|", line):
            match = re.search(r"\bpip3? install\b(.*)", part)
            if match:
                found.append(shlex.split(match.group(1), comments=True))
    return found


def foreign_requirements(args: list[str]) -> list[str]:
    """What a ``pip install ARGS`` would install that is not this project: the checkout
    (``.``, ``'.[extra]'``), the distribution at the pinned version, or the repository at
    a pinned commit."""
    from compliance import __version__

    extras = r"(\[[a-z0-9,_-]+\])?"
    allowed = [
        rf"\.{extras}",
        rf"{re.escape(DISTRIBUTION)}{extras}=={re.escape(__version__)}",
        rf"({re.escape(DISTRIBUTION)}{extras}@)?git\+{re.escape(REPOSITORY)}(\.git)?@[0-9a-f]{{40}}",
    ]
    bad = []
    words = iter(args)
    for word in words:
        if word in ("-r", "--requirement", "-c", "--constraint", "-i", "--index-url"):
            bad.append(f"{word} {next(words, '')}")
        elif word.startswith("-"):
            continue
        elif not any(re.fullmatch(pattern, word) for pattern in allowed):
            bad.append(word)
    return bad


def test_every_install_is_this_project_pinned() -> None:
    """Recipes and docs install the project's own distribution at the released version (or
    the repository at a commit, or the checkout), never the index's "compliance"."""
    seen: dict[str, int] = {}
    for path in install_sources():
        for args in pip_installs(path.read_text(encoding="utf-8")):
            name = str(path.relative_to(ROOT))
            assert args, f"{name}: 'pip install' with nothing to install"
            assert not foreign_requirements(args), (
                f"{name}: pip install {' '.join(args)} installs {foreign_requirements(args)}"
            )
            seen[name] = seen.get(name, 0) + 1
    for recipe in ("docs/recipes/github-actions.yml", "docs/recipes/gitlab-ci.yml", "README.md"):
        assert seen.get(recipe), f"{recipe} installs nothing"


def test_the_install_check_can_fail() -> None:
    from compliance import __version__

    assert foreign_requirements(["compliance"]) == ["compliance"]
    assert foreign_requirements([f"{DISTRIBUTION}=={__version__}0"])
    assert foreign_requirements([DISTRIBUTION])  # not pinned
    assert foreign_requirements([f"git+{REPOSITORY}@main"])  # a branch, not a commit
    assert foreign_requirements(["-r", "requirements.txt"])
    assert not foreign_requirements(["-q", f"{DISTRIBUTION}[bench]=={__version__}"])
    assert not foreign_requirements([f"git+{REPOSITORY}@{'a' * 40}", "-e", ".[test]"])
    assert pip_installs("run: pip install a==1 && pip install 'b[c]' # x\n`pip install d` e") == [
        ["a==1"],
        ["b[c]"],
        ["d"],
    ]


def test_the_distribution_name_is_the_one_the_recipes_install() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(rf'^name = "{DISTRIBUTION}"$', text, re.M)
    assert re.search(r'^compliance = "compliance\.cli:main"$', text, re.M)


# --- the recipes' commands, run -----------------------------------------------------------


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A locally built wheel standing in for the package index, and the environment in
    which a recipe's ``pip install`` finds it: a fresh virtual environment whose
    dependencies (pydantic...) are this interpreter's, shared through a .pth file, without
    this checkout's own installation of compliance."""
    import os
    import site
    import subprocess
    import sys

    base = tmp_path_factory.mktemp("index")
    wheels = base / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(ROOT)],
        check=True,
        timeout=300,
    )
    shared = base / "dependencies"
    shared.mkdir()
    ours = ("compliance", "ai_contract_compliance", "_editable", "__editable__", "_compliance")
    for folder in site.getsitepackages():
        for entry in sorted(Path(folder).iterdir()):
            if entry.name.startswith(ours) or entry.suffix == ".pth":
                continue
            if not (shared / entry.name).exists():
                (shared / entry.name).symlink_to(entry)
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    (purelib,) = venv.glob("lib/python*/site-packages")
    (purelib / "dependencies.pth").write_text(f"{shared}\n", encoding="utf-8")
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PIP_", "VIRTUAL_ENV", "PYTHON"))
    }
    env.update(
        PATH=f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}",
        PIP_NO_INDEX="1",
        PIP_FIND_LINKS=str(wheels),
        PIP_CONFIG_FILE=os.devnull,
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        NO_COLOR="1",
    )
    return env


def run_recipe(commands: list[str], env: dict[str, str], cwd: Path) -> list[Any]:
    import subprocess

    done = []
    for command in commands:
        done.append(
            subprocess.run(
                ["bash", "-c", command],
                cwd=cwd,
                env=env,
                capture_output=True,
                text=True,
                timeout=300,
            )
        )
    return done


def a_repository(tmp_path: Path) -> Path:
    """A repository that keeps contract descriptions under contracts/."""
    import shutil

    repo = tmp_path / "repo"
    shutil.copytree(ROOT / "contracts", repo / "contracts")
    return repo


def test_the_github_recipe_runs_and_annotates(index: dict[str, str], tmp_path: Path) -> None:
    github = yaml.safe_load((RECIPES / "github-actions.yml").read_text())
    commands = [s["run"] for s in github["jobs"]["check"]["steps"] if "run" in s]
    repo = a_repository(tmp_path)
    install, config, check = run_recipe(commands, index, repo)
    assert install.returncode == 0, install.stderr
    assert config.returncode == 0, config.stderr
    where_from = 'python -c "import compliance; print(compliance.__file__)"'
    (where,) = run_recipe([where_from], index, repo)
    assert where.stdout.startswith(index["PATH"].split(":")[0].removesuffix("bin")), where
    assert check.returncode == 1, check.stderr  # the example contracts have fails
    annotations = [line for line in check.stdout.splitlines() if line.startswith("::")]
    assert any(line.startswith("::error file=contracts/") for line in annotations)
    assert len(annotations) == len(check.stdout.splitlines())
    upload = next(
        s for s in github["jobs"]["check"]["steps"] if "upload-sarif" in s.get("uses", "")
    )
    artifact = next(
        s for s in github["jobs"]["check"]["steps"] if "upload-artifact" in s.get("uses", "")
    )
    for name in [upload["with"]["sarif_file"], *artifact["with"]["path"].split()]:
        assert (repo / name).stat().st_size > 0, name


def test_the_gitlab_recipe_runs_and_reports(index: dict[str, str], tmp_path: Path) -> None:
    from junitparser import JUnitXml

    job = yaml.safe_load((RECIPES / "gitlab-ci.yml").read_text())["contracts"]
    repo = a_repository(tmp_path)
    done = run_recipe([*job["before_script"], *job["script"]], index, repo)
    assert [run.returncode for run in done] == [0, 0, 1], [run.stderr for run in done]
    for name in [*job["artifacts"]["paths"], job["artifacts"]["reports"]["junit"]]:
        assert (repo / name).stat().st_size > 0, name
    suites = JUnitXml.fromfile(str(repo / job["artifacts"]["reports"]["junit"]))
    assert suites.failures > 0


def test_an_explicit_format_goes_to_stdout_with_o_files(tmp_path: Path) -> None:
    from conftest import AS_OF, cli

    contract = "contracts/nato-openai-2026.yaml"
    sarif, report = tmp_path / "c.sarif", tmp_path / "c.json"
    run = cli(
        "check",
        contract,
        "--as-of",
        AS_OF,
        "--format",
        "github",
        "--fail-on",
        "unknown",
        "-o",
        f"sarif:{sarif}",
        "-o",
        f"json:{report}",
    )
    assert run.code == 1, run.err
    assert run.out.startswith("::") and "::error file=contracts/nato-openai-2026.yaml" in run.out
    assert sarif.stat().st_size and report.stat().st_size
    # without --format, -o files replace standard output
    run = cli("check", contract, "--as-of", AS_OF, "-o", f"json:{tmp_path / 'd.json'}")
    assert (run.code, run.out) == (0, "")
    # an -o file without FORMAT: takes --format as its own
    run = cli("check", contract, "--as-of", AS_OF, "--format", "jsonl", "-o", str(tmp_path / "e"))
    assert (run.code, run.out) == (0, "")
    assert (tmp_path / "e").read_text().startswith("{")
    # a format from the configuration file is explicit too
    config = tmp_path / ".compliance.yaml"
    config.write_text("format: github\n")
    run = cli(
        "check",
        contract,
        "--as-of",
        AS_OF,
        "--config",
        str(config),
        "--fail-on",
        "unknown",
        "-o",
        f"sarif:{tmp_path / 'f.sarif'}",
    )
    assert run.code == 1 and run.out.startswith("::"), run.err
