"""The harness the legal audits share (tests/test_audit.py, test_audit2.py and after).

Each audit is a list of rows: a contract file of its data folder, the as-of date, a rule,
the verdict a lawyer reading the contract would give, and the legal reason. Each file runs
once per date through the real CLI (JSON report); rows the tool cannot yet get right sit
in the audit's KNOWN_WRONG as strict xfails, so that the day the tool gets one right the
suite says so and the row moves to the cases.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from conftest import cli

#: A row: file (without .yaml), as-of date, rule, expected verdict, legal reason.
Case = tuple[str, str, str, str, str]

#: The parameters of an audit's case tests.
FIELDS = ("name", "as_of", "rule", "expected", "reason")


@cache
def verdicts(path: Path, as_of: str, profile: str | None = None) -> dict[str, str]:
    """Rule id -> status of the contract at ``path`` on ``as_of`` (every built-in pack;
    under a built-in profile, the customer's parameters, when one is named)."""
    chosen = ("--profile", profile) if profile else ()
    run = cli("check", str(path), "--as-of", as_of, *chosen, "--format", "json")
    assert run.code in (0, 1), run.err
    report = json.loads(run.out)
    return {r["id"]: r["status"] for r in report["contracts"][0]["results"]}


def _id(row: Case) -> str:
    return f"{row[0]}@{row[1]}:{row[2]}"


def cases(rows: list[Case]) -> list[Any]:
    """The rows as test parameters, each named ``file@date:rule``."""
    return [pytest.param(*row, id=_id(row)) for row in rows]


def known_wrong(rows: list[Case]) -> list[Any]:
    """The rows as strict xfails, their reason the legal reason."""
    return [
        pytest.param(*row, id=_id(row), marks=pytest.mark.xfail(strict=True, reason=row[4]))
        for row in rows
    ]


def verdict_test(data: Path, rows: list[Case], wrong: list[Case]) -> Any:
    """An audit's test of its rows: each file of ``data`` through the real CLI, every row's
    verdict the one expected; the rows the tool cannot yet get right (``wrong``) as strict
    xfails. Bound to a ``test_`` name in the audit's module."""

    @pytest.mark.parametrize(FIELDS, cases(rows) + known_wrong(wrong))
    def test(name: str, as_of: str, rule: str, expected: str, reason: str) -> None:
        assert verdicts(data / f"{name}.yaml", as_of)[rule] == expected, reason

    return test


#: A row run under a built-in profile: file, as-of date, rule, profile, expected verdict,
#: legal reason.
ProfileCase = tuple[str, str, str, str, str, str]


def profile_verdict_test(
    data: Path, rows: list[ProfileCase], wrong: list[ProfileCase] | None = None
) -> Any:
    """An audit's test of its rows run under a built-in profile (as :func:`verdict_test`;
    ``wrong``: rows the tool cannot yet get right, strict xfails). Bound to a ``test_``
    name in the audit's module."""
    params = [pytest.param(*row, id=f"{row[0]}@{row[1]}:{row[2]}") for row in rows] + [
        pytest.param(
            *row,
            id=f"{row[0]}@{row[1]}:{row[2]}",
            marks=pytest.mark.xfail(strict=True, reason=row[5]),
        )
        for row in wrong or []
    ]

    @pytest.mark.parametrize(("name", "as_of", "rule", "profile", "expected", "reason"), params)
    def test(name: str, as_of: str, rule: str, profile: str, expected: str, reason: str) -> None:
        assert verdicts(data / f"{name}.yaml", as_of, profile)[rule] == expected, reason

    return test


@cache
def classification(path: Path, as_of: str) -> dict[str, Any]:
    """The JSON classification (``compliance classify``) of the contract at ``path`` on
    ``as_of``."""
    run = cli("classify", str(path), "--as-of", as_of, "--format", "json")
    assert run.code == 0, run.err
    result: dict[str, Any] = json.loads(run.out)["classifications"][0]
    return result


def before_first_day(why: str) -> str:
    """The end of the reason of a row read before the first day of the GDPR or the Law
    Enforcement Directive, which moved from not_applicable when their rules were given
    that day as an effective date: ``why`` says what the terms that will bind show."""
    return (
        " (moved from not_applicable when the GDPR and LED rules were given their first day "
        "as an effective date, as the AI Act rules have: before the law applies a rule reads "
        "the terms that will bind on its first day, with a note that the duty is not yet in "
        "force, and is not applicable only where the contract's term ends before it "
        "(docs/writing-rule-packs.md section 9); a contract that will be bound is not "
        f"outside the duty: {why})"
    )


def assert_every_file_used(data: Path, *names: Iterable[str]) -> None:
    """Every contract file of the audit's folder is used by a row, and every row's file
    exists."""
    used = {name for group in names for name in group}
    assert used == {path.stem for path in data.glob("*.yaml")}


def nation_statuses(path: Path, nation: str, as_of: str) -> dict[str, str]:
    """``compliance nations check`` of the deal at ``path`` for ``nation`` on ``as_of``: the
    nation's status, its binding and each field's status."""
    run = cli(
        "nations", "check", str(path), "--nations", nation,
        "--as-of", as_of, "--format", "json",
    )  # fmt: skip
    assert run.code in (0, 1), run.err
    found = json.loads(run.out)["deals"][0]["nations"][0]
    statuses = {f["field"]: f["status"] for f in found["fields"]}
    return {"nation": found["status"], "binding": found["binding"]["status"], **statuses}
