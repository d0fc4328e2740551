"""Run the commands of a Markdown document: fenced ``console`` blocks of ``$ `` lines.

A document marks, in HTML comments that Markdown does not show:

* ``<!-- file: PATH -->`` before a fenced block: write the block to PATH (relative to the
  working folder) at that point;
* ``<!-- exit: N -->`` before a ``console`` block: its commands exit with N (default 0).

Each command runs in order in one working folder; ``compliance`` runs as
``python -m compliance``. The lines shown after a command must appear in its output
(standard output and error), in order; ``…`` in a shown line stands for any text, and
blank lines are not compared.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

_FENCE = re.compile(r"^```(\w*)\s*$")
_FILE = re.compile(r"^<!-- file: (\S+) -->\s*$")
_EXIT = re.compile(r"^<!-- exit: (\d+) -->\s*$")


@dataclass
class Command:
    line: int
    argv: list[str]
    exit: int = 0
    shown: list[str] = field(default_factory=list)


@dataclass
class WriteFile:
    line: int
    path: str
    text: str


Step = Command | WriteFile


def steps(document: Path) -> list[Step]:
    """The commands and files of a document, in order."""
    lines = document.read_text(encoding="utf-8").splitlines()
    out: list[Step] = []
    index = 0
    pending_file: str | None = None
    pending_exit = 0
    while index < len(lines):
        line = lines[index]
        if match := _FILE.match(line):
            pending_file = match.group(1)
        elif match := _EXIT.match(line):
            pending_exit = int(match.group(1))
        elif match := _FENCE.match(line):
            language = match.group(1)
            start = index + 1
            index += 1
            while not lines[index].startswith("```"):
                index += 1
            body = lines[start:index]
            if pending_file is not None:
                out.append(WriteFile(start, pending_file, "\n".join(body) + "\n"))
            elif language == "console":
                current: Command | None = None
                for offset, text in enumerate(body):
                    if text.startswith("$ "):
                        current = Command(start + offset + 1, shlex.split(text[2:]), pending_exit)
                        out.append(current)
                    elif current is not None:
                        current.shown.append(text)
            pending_file, pending_exit = None, 0
        index += 1
    return out


def _pattern(shown: str) -> re.Pattern[str]:
    parts = [re.escape(part) for part in shown.rstrip().split("…")]
    return re.compile("^" + ".*".join(parts) + r"\s*$")


def run(document: Path, folder: Path) -> None:
    """Run every step of ``document`` in ``folder``; assert exit codes and shown lines."""
    env = {**os.environ, "NO_COLOR": "1"}
    for step in steps(document):
        if isinstance(step, WriteFile):
            target = folder / step.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(step.text, encoding="utf-8")
            continue
        argv = step.argv
        if argv[0] == "compliance":
            argv = [sys.executable, "-m", "compliance", *argv[1:]]
        proc = subprocess.run(
            argv, cwd=folder, capture_output=True, text=True, env=env, timeout=300
        )
        output = (proc.stdout + proc.stderr).splitlines()
        where = f"{document.name}:{step.line}: $ {shlex.join(step.argv)}"
        assert proc.returncode == step.exit, (
            f"{where}\nexit {proc.returncode}, expected {step.exit}\n{proc.stdout}{proc.stderr}"
        )
        position = 0
        for shown in step.shown:
            if not shown.strip():
                continue
            pattern = _pattern(shown)
            while position < len(output) and not pattern.match(output[position]):
                position += 1
            assert position < len(output), (
                f"{where}\nline not in the output (in order): {shown!r}\n{proc.stdout}{proc.stderr}"
            )
            position += 1
