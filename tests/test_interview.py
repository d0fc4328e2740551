"""``compliance interview``: scripted answers, simulated keyboard input, recreated verdicts."""

from __future__ import annotations

import json
import re
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT, cli
from hypothesis import given, settings
from hypothesis import strategies as st

from compliance.core.errors import InputError

AS_OF = "2027-06-01"


def flatten(facts: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Fact path -> value: down through plain mappings; lists and {items} are answers."""
    out: dict[str, Any] = {}
    for key, value in facts.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict) and "items" not in value and value:
            out.update(flatten(value, path + "."))
        else:
            out[path] = value
    return out


def answers_of(contract: Path) -> dict[str, Any]:
    """An answers file that states every fact of a contract under its clause (sources too)."""
    doc = yaml.safe_load(contract.read_text(encoding="utf-8"))
    out: dict[str, Any] = {}
    places = [(c["id"], c.get("text"), c.get("facts") or {}) for c in doc.get("clauses", [])]
    places += [(s["id"], s.get("title"), s.get("facts") or {}) for s in doc.get("sources", [])]
    skip = ("id", "title", "description", "clauses", "sources")
    top = {k: v for k, v in doc.items() if k not in skip}
    places.insert(0, (None, None, top))
    for clause, text, facts in places:
        for path, value in flatten(facts).items():
            spec: dict[str, Any] = {}
            if isinstance(value, dict) and "items" in value:
                spec = {"answer": value["items"], "complete": bool(value.get("complete"))}
            else:
                spec = {"answer": value}
            if clause is not None:
                spec["clause"] = str(clause)
                if text:
                    spec["quote"] = " ".join(str(text).split())
            if path in out:  # a source that repeats a clause: one answer says it
                assert out[path]["answer"] == spec["answer"], f"{path} stated twice"
                continue
            out[path] = spec
    # A former fact (validate notes it as deprecated) is asked for as the facts that
    # replaced it: answer those, as someone answering the questions would.
    from compliance.contracts.load import FORMER_FACTS

    for (group, former), keys in sorted(FORMER_FACTS.items()):
        spec = out.pop(f"{group}.{former}", None)
        if spec is not None:
            for key in keys:
                out.setdefault(f"{group}.{key}", dict(spec))
    return out


def verdicts(path: Path) -> dict[str, str]:
    run = cli("check", str(path), "--as-of", AS_OF, "--format", "json", "--fail-on", "never")
    assert run.code == 0, run.err
    contract = json.loads(run.out)["contracts"][0]
    return {r["id"]: r["status"] for r in contract["results"]}


@pytest.mark.parametrize("name", ["eu-border-agency-2027.yaml", "model-contract.yaml"])
def test_answers_alone_recreate_the_verdicts(name: str, tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(yaml.safe_dump(answers_of(ROOT / "contracts" / name), sort_keys=False))
    out = tmp_path / "out.yaml"
    run = cli("interview", "--answers", str(answers), "-o", str(out), "--as-of", AS_OF)
    assert run.code == 0, run.err
    assert "No answer could change a verdict any more" in run.out
    assert cli("validate", str(out)).code == 0
    assert verdicts(out) == verdicts(ROOT / "contracts" / name)
    if name == "model-contract.yaml":  # the figure in docs/writing-contracts.md
        asked = re.search(r"Questions asked: (\d+); answers in the file: (\d+)\.", run.out)
        assert asked is not None
        lines = run.out.splitlines()
        stop = next(i for i, line in enumerate(lines) if line.startswith("No answer could"))
        assert " 0 unknown" in lines[stop - 1]  # every rule decided by the questions alone
        guide = (ROOT / "docs" / "writing-contracts.md").read_text(encoding="utf-8")
        assert f"**{asked.group(1)} questions**" in guide
        assert f"**{asked.group(2)} fact paths**" in guide
    # The same answers give the same file, byte for byte.
    again = tmp_path / "again.yaml"
    assert cli("interview", "--answers", str(answers), "-o", str(again), "--as-of", AS_OF).code == 0
    assert again.read_bytes() == out.read_bytes()


PARTIES = "[{id: vendor, name: Example AI, roles: [provider], kind: company, country: DE}]"


def test_keyboard_answers_back_explain_and_quit(tmp_path: Path) -> None:
    out = tmp_path / "typed.yaml"
    keys = [
        PARTIES,
        "y",
        "1",
        "Example AI GmbH is the provider.",  # question 1: the parties
        "?",  # question 2: explain, then answer
        "translation, logistics",
        "y",
        "2",
        "",
        "back",  # undo the use cases
        "q",
    ]
    run = cli("interview", "-o", str(out), "--as-of", AS_OF, stdin="\n".join(keys) + "\n")
    assert run.code == 0, run.err
    assert "Why it matters: decides" in run.out
    assert "Regulation (EU) 2024/1689" in run.out  # the citations of `?`
    assert "Newly decided:" in run.out
    assert "Undone: use_cases" in run.out
    assert run.out.count("Tally: ") >= 4
    written = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert written["clauses"] == [
        {
            "id": "1",
            "text": "Example AI GmbH is the provider.",
            "facts": {
                "parties": {
                    "items": [
                        {
                            "id": "vendor",
                            "name": "Example AI",
                            "roles": ["provider"],
                            "kind": "company",
                            "country": "DE",
                        }
                    ],
                    "complete": True,
                }
            },
        }
    ]
    assert cli("validate", str(out)).code == 0


def test_end_of_input_saves_and_refuses_to_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "eof.yaml"
    run = cli("interview", "-o", str(out), stdin="skip\nunspecified\n2\n\n")
    assert run.code == 0, run.err
    assert "Wrote" in run.out
    first = out.read_text(encoding="utf-8")
    assert "unspecified" in first
    again = cli("interview", "-o", str(out), stdin="q\n")
    assert again.code == 2
    assert "exists" in again.err and "--force" in again.err
    assert out.read_text(encoding="utf-8") == first
    assert cli("interview", "-o", str(out), "--force", stdin="q\n").code == 0


def test_existing_file_is_kept_and_written_beside(tmp_path: Path) -> None:
    source = ROOT / "contracts" / "eu-border-agency-2027.yaml"
    original = tmp_path / "draft.yaml"
    original.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    answers = tmp_path / "answers.yaml"
    answers.write_text('signed_on: {answer: 2027-03-01, clause: "12", quote: Signed.}\n')
    run = cli("interview", str(original), "--answers", str(answers), "--as-of", AS_OF)
    assert run.code == 0, run.err
    assert "cannot keep the comments" in run.err
    assert original.read_text(encoding="utf-8") == source.read_text(encoding="utf-8")
    beside = tmp_path / "draft.interview.yaml"
    written = yaml.safe_load(beside.read_text(encoding="utf-8"))
    before = yaml.safe_load(source.read_text(encoding="utf-8"))
    assert written["clauses"][: len(before["clauses"])] == before["clauses"]
    assert written["clauses"][-1] == {
        "id": "12",
        "text": "Signed.",
        "facts": {"signed_on": date(2027, 3, 1)},
    }


def test_a_bad_answers_file_is_one_line_exit_2(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("- not a mapping\n")
    run = cli("interview", "--answers", str(answers), "-o", str(tmp_path / "x.yaml"))
    assert run.code == 2
    assert "answers.yaml:1" in run.err and "Traceback" not in run.err


def test_a_refused_answer_is_one_line_exit_2_and_writes_nothing(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text('use_cases: {answer: [flying], clause: "2"}\n')
    out = tmp_path / "x.yaml"
    run = cli("interview", "--answers", str(answers), "-o", str(out))
    assert run.code == 2
    assert "the answer for use_cases is refused" in run.err and "flying" in run.err
    assert len(run.err.strip().splitlines()) == 1
    assert not out.exists()


def test_an_open_list_answered_complete_is_closed_where_written(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(
        "parties: {answer: [{id: vendor, roles: [provider], kind: company, country: DE}], "
        'clause: "1"}\n'
        "parties[0].roles: {complete: true}\n"
    )
    out = tmp_path / "closed.yaml"
    run = cli("interview", "--answers", str(answers), "-o", str(out))
    assert run.code == 0, run.err
    written = yaml.safe_load(out.read_text(encoding="utf-8"))
    party = written["clauses"][0]["facts"]["parties"][0]
    assert party["roles"] == {"items": ["provider"], "complete": True}
    assert "parties[0].roles: complete as written" in run.out
    assert cli("validate", str(out)).code == 0


POOL = answers_of(ROOT / "contracts" / "model-contract.yaml")


def variants(spec: dict[str, Any]) -> list[dict[str, Any]]:
    out = [spec, {**spec, "answer": "unspecified", "complete": False}]
    if isinstance(spec["answer"], bool):
        out.append({**spec, "answer": not spec["answer"]})
    return out


@settings(max_examples=8)
@given(st.data())
def test_random_answers_write_a_valid_file_with_the_verdicts_shown(data: Any) -> None:
    from compliance.run.answers import Answer, dump, new_document
    from compliance.run.api import CheckOptions, check
    from compliance.run.interview import Session

    keys = data.draw(st.lists(st.sampled_from(sorted(POOL)), unique=True, max_size=12))
    options = CheckOptions(as_of=date(2027, 6, 1))
    session = Session(new_document(), options)
    try:
        for key in keys:
            spec = data.draw(st.sampled_from(variants(POOL[key])))
            answer = Answer(
                key,
                spec["answer"],
                spec.get("clause"),
                spec.get("quote"),
                spec.get("complete", False),
            )
            try:
                session.answer(answer)
            except InputError:
                continue  # refused: the description is left as it was
        shown = session.statuses()
        text = session.text()
    finally:
        session.close()
    assert text == dump(session.document())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.yaml"
        path.write_text(text, encoding="utf-8")
        report = check([str(path)], options)
    assert not report.problems
    assert {r.full_id: r.status for r in report.contracts[0].results} == shown


def test_a_fact_of_one_party_goes_under_the_clause_that_states_it(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(
        "parties: {answer: [{id: vendor, name: V, roles: [provider], kind: company, "
        'country: US}], complete: true, clause: "1"}\n'
        'parties[0].eu_established: {answer: yes, clause: "3", quote: In Ireland.}\n'
    )
    out = tmp_path / "party.yaml"
    assert cli("interview", "--answers", str(answers), "-o", str(out)).code == 0
    written = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert written["clauses"][1] == {
        "id": "3",
        "text": "In Ireland.",
        "facts": {"parties": [{"id": "vendor", "eu_established": True}]},
    }
    run = cli("check", str(out), "--pack", "data-residency", "--show", "all", "--as-of", AS_OF)
    assert "parties[0].eu_established = true  (clause 3, line" in run.out


def test_ctrl_c_saves_what_was_answered(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    out = tmp_path / "interrupted.yaml"
    proc = subprocess.Popen(
        [sys.executable, "-m", "compliance", "interview", "-o", str(out)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(f"{PARTIES}\ny\n1\n\n".encode())
    proc.stdin.flush()
    seen = b""
    deadline = time.monotonic() + 60
    while seen.count(b"Tally: ") < 2 or not seen.endswith(b"> "):
        assert time.monotonic() < deadline, seen.decode()
        chunk = os.read(proc.stdout.fileno(), 4096)
        assert chunk, seen.decode()
        seen += chunk
    proc.send_signal(signal.SIGINT)
    rest, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err.decode()
    assert "Interrupted: saving what was answered." in rest.decode()
    written = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert written["clauses"][0]["facts"]["parties"]["items"][0]["id"] == "vendor"
