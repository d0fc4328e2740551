"""The JSON report: ``schema_version``, ``header``, ``contracts``, ``errors``, ``summary``."""

from __future__ import annotations

import json
from typing import Any

from compliance.report import Report


def render(report: Report, **_: Any) -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"
