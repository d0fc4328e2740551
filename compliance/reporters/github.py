"""GitHub Actions workflow commands: an annotation per fail, unknown and error.

``::error file=F,line=L,title=T::message`` for a fail or an error (and for an unknown under
``--fail-on unknown``), ``::warning`` for an unknown; passes and rules that do not apply
print nothing. Data escapes ``%``, CR and LF; property values also ``:`` and ``,``.
"""

from __future__ import annotations

from typing import Any

from compliance.reasons import anchor_line, short_reason
from compliance.report import Report, Result


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, str], message: str) -> str:
    props = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    return f"::{name} {props}::{escape_data(message)}"


def annotation(path: str, result: Result, fail_on: str) -> str | None:
    if result.status in ("fail", "error"):
        name = "error"
    elif result.status == "unknown":
        name = "error" if fail_on == "unknown" else "warning"
    else:
        return None
    message = f"{result.title}: {short_reason(result, limit=3)}"
    if result.status == "unknown":
        message += "\nQuestion: " + result.question.strip()
    if result.non_contract:
        message += "\n(rests on a source that is not contract terms)"
    properties = {
        "file": path,
        "line": str(anchor_line(result)),
        "title": f"{result.status}: {result.full_id} [{result.severity}]",
    }
    return command(name, properties, message)


def render(report: Report, **_: Any) -> str:
    lines = [
        command("error", {"file": problem.path, "title": "bad input"}, problem.message)
        for problem in report.problems
    ]
    for contract in report.contracts:
        for result in contract.results:
            line = annotation(contract.path, result, report.fail_on)
            if line is not None:
                lines.append(line)
    return "".join(line + "\n" for line in lines)
