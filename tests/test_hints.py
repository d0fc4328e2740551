"""The one did-you-mean helper (compliance.core.hints)."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from compliance.core.hints import did_you_mean, mean, suggest

NAMES = ["retention_months", "storage", "alliance-unclassified", "purpose"]


def test_close_misspelling_is_suggested() -> None:
    assert suggest("retension_months", NAMES) == "retention_months"
    assert did_you_mean("storag", NAMES) == "; did you mean 'storage'?"


def test_case_insensitive_exact_match_returns_the_choice_as_written() -> None:
    assert suggest("PURPOSE", NAMES) == "purpose"


def test_unique_prefix_is_suggested() -> None:
    assert suggest("alliance", NAMES) == "alliance-unclassified"


def test_nothing_close_gives_no_hint() -> None:
    assert suggest("zzzz", NAMES) is None
    assert did_you_mean("zzzz", NAMES) == ""
    assert did_you_mean("anything", []) == ""
    assert mean(None) == ""


@given(st.lists(st.text(min_size=1), max_size=8), st.text())
def test_a_suggestion_is_always_one_of_the_choices(choices: list[str], value: str) -> None:
    hint = suggest(value, choices)
    assert hint is None or hint in choices
    assert did_you_mean(value, choices) == (f"; did you mean {hint!r}?" if hint else "")


def test_importing_the_helper_imports_neither_difflib_nor_pydantic() -> None:
    script = (
        "import sys\n"
        "import compliance.core.hints\n"
        "assert 'difflib' not in sys.modules, 'difflib'\n"
        "assert 'pydantic' not in sys.modules, 'pydantic'\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
