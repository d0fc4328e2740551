"""The documentation shows real commands with their real output.

Every ```console block in README.md and docs/*.md is run (except one right after a
`<!-- not run: REASON -->` line, for examples that need files of another repository):
each `$ ` line is a command (run by bash from the repository root, `compliance` meaning
this checkout's command line), and every other line of the block must appear in the
command's output, in order. A line `...` or `…` stands for output left out, and a line
ending in `…` matches any output line that starts with what comes before it. Pack content
hashes are not compared. Commands are run with NO_COLOR set.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

# The two guides build their examples step by step in a folder of their own: their commands
# are run by tests/test_tutorial.py instead.
OWN_RUNNER = {"writing-rule-packs.md", "writing-contracts.md"}
DOCS = [
    ROOT / "README.md",
    *sorted(p for p in (ROOT / "docs").glob("*.md") if p.name not in OWN_RUNNER),
]
SKIP_LINE = {"...", "…"}


def blocks(path: Path) -> list[tuple[int, list[str]]]:
    out: list[tuple[int, list[str]]] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    index = 0
    while index < len(lines):
        skipped = index > 0 and lines[index - 1].startswith("<!-- not run:")
        if lines[index].strip() == "```console" and not skipped:
            start = index + 1
            end = start
            while lines[end].strip() != "```":
                end += 1
            out.append((start + 1, lines[start:end]))
            index = end
        index += 1
    return out


def examples() -> list[tuple[str, int, str, list[str]]]:
    found = []
    for path in DOCS:
        for line, body in blocks(path):
            command: str | None = None
            expected: list[str] = []
            continued = False
            for text in [*body, "$ "]:
                if continued and command is not None:
                    # A command continued with a trailing backslash.
                    command = command[:-1].rstrip() + " " + text.strip()
                    continued = command.endswith("\\")
                elif text.startswith("$ "):
                    if command:
                        found.append((path.relative_to(ROOT).as_posix(), line, command, expected))
                    command, expected = text[2:].strip(), []
                    continued = command.endswith("\\")
                elif text.strip() and text.strip() not in SKIP_LINE:
                    expected.append(text.rstrip())
    return found


EXAMPLES = examples()
HASH = re.compile(r"sha256:[0-9a-f]{16}")


def normal(text: str) -> str:
    """Pack content hashes change with every edit of a pack: they are not compared."""
    return HASH.sub("sha256:…", text)


@pytest.mark.parametrize(
    ("doc", "line", "command", "expected"), EXAMPLES, ids=[f"{e[0]}:{e[1]}" for e in EXAMPLES]
)
def test_documented_command_gives_documented_output(
    doc: str, line: int, command: str, expected: list[str], tmp_path: Path
) -> None:
    shim = f'compliance() {{ {shlex.quote(sys.executable)} -m compliance "$@"; }}\n'
    env = {**os.environ, "NO_COLOR": "1", "TMP": str(tmp_path)}
    # One stream, as on a terminal: warnings on standard error come before the report.
    proc = subprocess.run(
        ["bash", "-c", shim + command],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        timeout=300,
    )
    output = proc.stdout.splitlines()
    position = 0

    def matches(have: str, want: str) -> bool:
        have, want = normal(have), normal(want)
        if want.endswith("…"):
            return have.startswith(want[:-1].rstrip())
        return have.rstrip() == want

    for want in expected:
        while position < len(output) and not matches(output[position], want):
            position += 1
        assert position < len(output), (
            f"{doc}:{line}: `{command}` did not print (in order):\n{want}"
        )
        position += 1


def test_readme_first_screen_has_the_two_ci_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    first_screen = "\n".join(text.splitlines()[:40])
    for marker in ("<!-- ci:main -->", "<!-- ci:test -->"):
        assert marker in first_screen
        command = re.search(re.escape(marker) + r"\n```sh\n(.+)\n```", text)
        assert command, marker
    assert "compliance check contracts/nato-openai-2026.yaml" in text
