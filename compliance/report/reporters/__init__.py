"""Reporters: each a pure function from a Report to text, chosen by ``--format``.

The registry names modules, imported only when their format is used. Beside them,
``compare.py`` and ``gaps.py`` render the output of the ``compare`` and ``gaps`` commands.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from compliance.report.results import Report

#: format name -> (module, one-line description)
FORMATS: dict[str, tuple[str, str]] = {
    "text": ("compliance.report.reporters.text", "human-readable report for a terminal"),
    "json": ("compliance.report.reporters.json", "the documented JSON report (schema_version 2)"),
    "jsonl": (
        "compliance.report.reporters.jsonl",
        "JSON Lines: a header, a line per contract, a summary",
    ),
    "sarif": ("compliance.report.reporters.sarif", "SARIF 2.1.0 for code scanning"),
    "junit": ("compliance.report.reporters.junit", "JUnit XML: a suite per pack, a case per rule"),
    "github": ("compliance.report.reporters.github", "GitHub Actions workflow-command annotations"),
    "markdown": ("compliance.report.reporters.markdown", "the reviewer's gap report in Markdown"),
    "html": ("compliance.report.reporters.html", "the reviewer's gap report as one HTML file"),
}

#: Formats that can group results by clause (--by clause).
BY_CLAUSE = ("text", "json", "jsonl", "markdown", "html")

#: Formats a batch writes contract by contract as each is ready (their modules have
#: ``head``, ``contract_part`` and ``tail``); the others are rendered from the whole report
#: at the end, so a batch keeps every contract's results in memory for them.
STREAMING = ("text", "json", "jsonl", "sarif")


def get(name: str) -> Callable[..., str]:
    module_name, _ = FORMATS[name]
    module = importlib.import_module(module_name)
    render: Callable[..., str] = module.render
    return render


def render(name: str, report: Report, **options: Any) -> str:
    return get(name)(report, **options)
