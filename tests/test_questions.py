"""Questions about facts are data kept with the vocabulary; every fact has one; the open
lists that keep rules unknown are named with their fix."""

from __future__ import annotations

import json

from conftest import AS_OF, cli

from compliance.facts import questions as factquestions
from compliance.facts.table import table


def test_every_written_question_names_a_fact_of_the_vocabulary() -> None:
    facts = set(table())
    unknown = sorted(set(factquestions.explicit()) - facts)
    assert not unknown, f"questions for paths the vocabulary does not have: {unknown}"


def test_every_fact_gets_a_plain_question() -> None:
    for path in sorted(table()):
        text = factquestions.question(path)
        assert text.endswith("?"), (path, text)
        assert "_" not in text and "[*]" not in text, (path, text)
        assert factquestions.topic(path), path


def test_a_list_element_path_has_the_question_of_its_pattern() -> None:
    assert factquestions.question("parties[1].eu_established") == factquestions.question(
        "parties[*].eu_established"
    )
    assert factquestions.topic("parties[0].roles") == "The parties"
    assert factquestions.topic("restrictions.mass_surveillance.covers") == "Surveillance"


def test_gaps_names_the_open_lists_with_the_fix() -> None:
    path = "contracts/nato-openai-2026.yaml"
    run = cli("gaps", path, "--as-of", AS_OF, "--pack", "data-residency")
    assert run.code == 0, run.err
    assert " Open lists" in run.out
    line = next(x for x in run.out.splitlines() if x.startswith("  - parties[1].roles"))
    assert "is an open list and keeps" in line
    assert line.endswith("write roles: {items: [...], complete: true}")
    data = json.loads(
        cli("gaps", path, "--as-of", AS_OF, "--pack", "data-residency", "--format", "json").out
    )
    (contract,) = data["contracts"]
    lists = {item["path"]: item for item in contract["open_lists"]}
    roles = lists["parties[1].roles"]
    assert roles["fix"] == "roles: {items: [...], complete: true}"
    assert len(roles["rules"]) >= 2 and roles["line"] == 31


def test_counsel_gets_no_fact_paths() -> None:
    path = "contracts/nato-openai-2026.yaml"
    for questions in ([], ["--questions"]):
        for fmt in ("text", "markdown"):
            run = cli(
                "gaps",
                path,
                "--as-of",
                AS_OF,
                "--audience",
                "counsel",
                "--format",
                fmt,
                *questions,
            )
            assert run.code == 0, run.err
            for fact in ("parties[", "data.categories", "use_cases (", "sha256:"):
                assert fact not in run.out, (fmt, questions, fact)


def test_an_open_list_is_named_in_a_few_words_not_by_its_whole_meaning() -> None:
    """The question about an open list names it by its description's naming part: not the
    asides, the examples and the reading rules that follow (the meaning of `purposes` runs
    to several sentences; a reviewer is asked whether the list is complete), and never
    cut inside "Art. 6(3)" or "e.g.". Each is a question about that list alone."""
    kinds = table()
    lists = [path for path, kind in kinds.items() if kind.kind == "list"]
    assert len(lists) > 40
    for path in lists:
        asked = factquestions.open_list_question(path)
        assert asked.startswith("Is the list of ") and asked.endswith("say so in the contract.")
        named = asked.removeprefix("Is the list of ").split(" complete, or may it grow?")[0]
        assert 3 <= len(named) <= 200, (path, named)
        assert named.count("(") == named.count(")"), (path, named)
        assert not named.endswith(("Art", "e.g", "-")), (path, named)
    assert factquestions.open_list_question("purposes").startswith(
        "Is the list of purposes the system is used for complete, or may it grow?"
    )
    assert "Art. 6(3)(a)-(d)" in factquestions.open_list_question("ai_act.derogation_condition")
    signed = factquestions.open_list_question("grants.modifications_signed_by")
    assert "whose signatures the contract requires for a modification to bind" in signed
