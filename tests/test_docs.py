"""The documentation shows real commands with their real output.

Every ```console block in README.md and docs/*.md is run (except one right after a
`<!-- not run: REASON -->` line, for examples that need files of another repository):
each `$ ` line is a command (run by bash, `compliance` meaning this checkout's command
line, a document's commands in order in a working folder of their own that shows the
checkout's files), and every other line of the block must appear in the command's output,
in order; a command shown without output must succeed (a check may exit 1). A line `...`
or `…` stands for output left out, and a line ending in `…` matches any output line that
starts with what comes before it. Pack content hashes are not compared. Commands are run
with NO_COLOR set.
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
    """(document, line of the command, command, expected output lines), in document order."""
    found = []
    for path in DOCS:
        for first, body in blocks(path):
            command: str | None = None
            at = first
            expected: list[str] = []
            continued = False
            for offset, text in enumerate([*body, "$ "]):
                if continued and command is not None:
                    # A command continued with a trailing backslash.
                    command = command[:-1].rstrip() + " " + text.strip()
                    continued = command.endswith("\\")
                elif text.startswith("$ "):
                    if command:
                        found.append((path.relative_to(ROOT).as_posix(), at, command, expected))
                    command, at, expected = text[2:].strip(), first + offset, []
                    continued = command.endswith("\\")
                elif text.strip() and text.strip() not in SKIP_LINE:
                    expected.append(text.rstrip())
    return found


EXAMPLES = examples()
HASH = re.compile(r"sha256:[0-9a-f]{16}")


def normal(text: str) -> str:
    """Pack content hashes change with every edit of a pack: they are not compared."""
    return HASH.sub("sha256:…", text)


class Reader:
    """A reader following one document: its commands run in order, in a working folder of
    their own that shows the checkout's files (links to them), so that the files a command
    writes land there and not in the checkout, and a later command finds what an earlier
    one wrote. Each command runs once, when it or a later one is first tested."""

    def __init__(self, doc: str, folder: Path) -> None:
        self.commands = [e[2] for e in EXAMPLES if e[0] == doc]
        self.folder = folder
        for entry in ROOT.iterdir():
            if entry.name not in {".git", ".venv"}:
                (folder / entry.name).symlink_to(entry)
        self.done: list[subprocess.CompletedProcess[str]] = []

    def result(self, index: int) -> subprocess.CompletedProcess[str]:
        shim = f'compliance() {{ {shlex.quote(sys.executable)} -m compliance "$@"; }}\n'
        env = {**os.environ, "NO_COLOR": "1", "TMP": str(self.folder)}
        while len(self.done) <= index:
            # One stream, as on a terminal: warnings on standard error before the report.
            self.done.append(
                subprocess.run(
                    ["bash", "-c", shim + self.commands[len(self.done)]],
                    cwd=self.folder,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.STDOUT,
                    text=True,
                    env=env,
                    timeout=300,
                )
            )
        return self.done[index]


READERS: dict[str, Reader] = {}


@pytest.mark.parametrize(
    ("doc", "line", "command", "expected"), EXAMPLES, ids=[f"{e[0]}:{e[1]}" for e in EXAMPLES]
)
def test_documented_command_gives_documented_output(
    doc: str, line: int, command: str, expected: list[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    if doc not in READERS:
        READERS[doc] = Reader(doc, tmp_path_factory.mktemp("reader"))
    reader = READERS[doc]
    index = [e for e in EXAMPLES if e[0] == doc].index((doc, line, command, expected))
    proc = reader.result(index)
    output = proc.stdout.splitlines()
    where = f"{doc}:{line}: `{command}`"
    assert "Traceback (most recent call last)" not in proc.stdout, f"{where}:\n{proc.stdout}"
    assert "internal error:" not in proc.stdout, f"{where}:\n{proc.stdout}"
    if not expected:
        # A command shown without output must work: a check may find fails (exit 1) but
        # not reject its input (2) or err (3); any other program must succeed.
        allowed = {0, 1} if command.startswith("compliance ") else {0}
        assert proc.returncode in allowed, f"{where} exited {proc.returncode}:\n{proc.stdout}"
    position = 0

    def matches(have: str, want: str) -> bool:
        have, want = normal(have), normal(want)
        if want.endswith("…"):
            return have.startswith(want[:-1].rstrip())
        return have.rstrip() == want

    for want in expected:
        while position < len(output) and not matches(output[position], want):
            position += 1
        assert position < len(output), f"{where} did not print (in order):\n{want}"
        position += 1


def test_readme_first_screen_has_the_two_ci_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    first_screen = "\n".join(text.splitlines()[:40])
    for marker in ("<!-- ci:main -->", "<!-- ci:test -->"):
        assert marker in first_screen
        command = re.search(re.escape(marker) + r"\n```sh\n(.+)\n```", text)
        assert command, marker
    assert "compliance check contracts/nato-openai-2026.yaml" in text
