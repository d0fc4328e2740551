"""What the contract buys outranks what it says it bans (the table of restricted practices),
and rules that cannot bind are not applicable: the table, the packs that read it, the
validate warning and the applicability of the surveillance, weapons and classification
rules, through the real command line."""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT, cli
from hypothesis import given, settings
from hypothesis import strategies as st

from compliance.contracts.load import ContractDoc, build_contract
from compliance.document.loader import parse_text
from compliance.engine.build import instantiate
from compliance.engine.evaluate import evaluate_contract
from compliance.engine.ir import CompiledPack
from compliance.facts import practices
from compliance.facts.vocabulary import RESTRICTION_EXCEPTION, VOCABULARIES
from compliance.model.usefacts import Restrictions
from compliance.packs.compiler import compile_packs

DATA = ROOT / "tests" / "data" / "practices"
AS_OF = "2027-01-15"

#: For each practice, the rules that ban it.
BAN_RULES = {
    "manipulation": ["eu-ai-act-high-risk/no-prohibited-practice"],
    "social-scoring": [
        "no-mass-surveillance/no-social-scoring",
        "eu-ai-act-high-risk/no-prohibited-practice",
    ],
    "crime-prediction-by-profiling": [
        "no-mass-surveillance/no-crime-prediction",
        "eu-ai-act-high-risk/no-prohibited-practice",
    ],
    "facial-image-scraping": [
        "no-mass-surveillance/no-facial-image-scraping",
        "eu-ai-act-high-risk/no-prohibited-practice",
    ],
    "workplace-emotion-recognition": [
        "no-mass-surveillance/no-workplace-emotion-recognition",
        "eu-ai-act-high-risk/no-prohibited-practice",
    ],
    "biometric-categorisation-sensitive-traits": [
        "no-mass-surveillance/no-biometric-categorisation",
        "eu-ai-act-high-risk/no-prohibited-practice",
    ],
    "real-time-remote-biometric-identification": [
        "no-mass-surveillance/no-real-time-biometric-identification",
        "eu-ai-act-high-risk/no-prohibited-practice",
    ],
    "intimate-imagery": ["eu-ai-act-high-risk/no-intimate-imagery-practice"],
    "mass-surveillance": ["no-mass-surveillance/explicit-ban"],
    "autonomous-weapons": ["no-autonomous-weapons/autonomous-weapons-ban"],
}


# --- the table ----------------------------------------------------------------------------------


def test_table_names_only_vocabulary_values_and_restrictions() -> None:
    restrictions = set(Restrictions.model_fields)
    for ident, practice in practices.PRACTICES.items():
        assert practice.restriction in restrictions, ident
        assert set(practice.exceptions) <= set(RESTRICTION_EXCEPTION), ident
        assert practice.citations, ident
        assert all(c.url.startswith("https://") for c in practice.citations), ident
    for vocab, entries in practices.AMOUNTS_TO.items():
        assert vocab in VOCABULARIES
        for value, entry in entries.items():
            assert value in VOCABULARIES[vocab], (vocab, value)
            # A value either amounts to practices or is classified (Annex III points,
            # Art. 50 duties; an everyday use with neither is classified as outside both).
            assert set(entry.practices) <= set(practices.PRACTICES), value
            assert set(entry.annex_iii) <= set(practices.ANNEX_III), value
            assert set(entry.art50) <= set(practices.ART50), value
            assert entry.citation.url.startswith("https://"), value
    assert set(practices.PERMITTED_USE_FACTS.values()) <= set(practices.AMOUNTS_TO)


def test_every_ai_act_practice_and_red_line_is_in_the_table() -> None:
    provisions = " ".join(c.provision for p in practices.PRACTICES.values() for c in p.citations)
    for point in ("5(1)(a)", "5(1)(c)", "5(1)(d)", "5(1)(e)", "5(1)(f)", "5(1)(g)", "5(1)(h)"):
        assert point in provisions, point
    assert {"mass-surveillance", "autonomous-weapons", "weapons-use"} <= set(practices.PRACTICES)
    for ident in BAN_RULES:
        assert practices.values_for(ident), ident


def test_unknown_practice_is_a_pack_error(tmp_path: Path) -> None:
    pack = tmp_path / "p"
    pack.mkdir()
    (pack / "pack.yaml").write_text(
        "id: p\ntitle: P\nversion: 1.0.0\ndescription: d\ndisclaimer: d\n"
        "definitions:\n  x:\n    title: X\n    when: {permits_practice: mass-survelliance}\n"
    )
    run = cli("packs", "lint", str(pack))
    assert run.code == 2, run.out + run.err
    assert "unknown practice 'mass-survelliance'; did you mean 'mass-surveillance'?" in (
        run.out + run.err
    )


# --- through the command line -------------------------------------------------------------------


def check(path: Path | str, as_of: str = AS_OF) -> dict[str, str]:
    run = cli("check", str(path), "--format", "json", "--as-of", as_of, "--fail-on", "never")
    assert run.code == 0, run.err
    (result,) = json.loads(run.out)["contracts"]
    return {r["id"]: r["status"] for r in result["results"]}


def without_use(source: Path, tmp_path: Path, value: str) -> Path:
    """The same contract with ``value`` taken out of its permitted use cases."""
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    for clause in data.get("clauses", []):
        uses = clause.get("facts", {}).get("use_cases")
        if isinstance(uses, dict):
            uses["items"] = [u for u in uses["items"] if u != value]
        elif isinstance(uses, list):
            clause["facts"]["use_cases"] = {
                "items": [u for u in uses if u != value],
                "complete": True,
            }
    out = tmp_path / source.name
    out.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return out


def test_validate_warns_naming_the_permitting_and_the_prohibiting_clause() -> None:
    run = cli("validate", str(DATA / "biometric-categorisation.yaml"))
    assert run.code == 0
    assert "biometric-categorisation.yaml: valid" in run.out
    (warning,) = run.err.strip().splitlines()
    assert warning.endswith("no rule resting on this ban can pass")
    assert "biometric-categorisation.yaml:22:17: warning: " in warning
    use = "'biometric-categorisation-sensitive-traits'"
    assert f"clause 2 (line 22) permits the use case {use}" in warning
    assert "clause 8 (line 33) prohibits it" in warning
    assert "Art. 5(1)(g)" in warning


@pytest.mark.parametrize(
    ("name", "permits", "prohibits"),
    [
        ("mass-surveillance.yaml", "clause 3 (line 16)", "clause 7 (line 24)"),
        ("fire-control-bought.yaml", "clause 2 (line 16)", "clause 5 (line 23)"),
    ],
)
def test_validate_warns_for_each_contradiction(name: str, permits: str, prohibits: str) -> None:
    run = cli("validate", str(DATA / name))
    assert run.code == 0
    assert f"{permits} permits the use case" in run.err
    assert f"{prohibits} prohibits it" in run.err


@pytest.mark.parametrize("name", ["civilian-records.yaml", "weapons-banned.yaml"])
def test_validate_is_silent_without_a_contradiction(name: str) -> None:
    run = cli("validate", str(DATA / name))
    assert run.code == 0 and run.err == ""


def test_biometric_categorisation_ban_fails_when_the_contract_buys_it(tmp_path: Path) -> None:
    source = DATA / "biometric-categorisation.yaml"
    after = check(source)
    assert after["no-mass-surveillance/no-biometric-categorisation"] == "fail"
    assert after["eu-ai-act-high-risk/no-prohibited-practice"] == "fail"
    before = check(without_use(source, tmp_path, "biometric-categorisation-sensitive-traits"))
    assert before["no-mass-surveillance/no-biometric-categorisation"] == "pass"


def test_mass_surveillance_ban_fails_when_the_contract_buys_it(tmp_path: Path) -> None:
    source = DATA / "mass-surveillance.yaml"
    assert check(source)["no-mass-surveillance/explicit-ban"] == "fail"
    # Without the use, and the other uses listed in full, the ban passes; with the list
    # left open it does not prove that no such use is bought.
    before = without_use(source, tmp_path, "mass-surveillance")
    assert check(before)["no-mass-surveillance/explicit-ban"] == "pass"
    opened = yaml.safe_load(before.read_text(encoding="utf-8"))
    opened["clauses"][1]["facts"]["use_cases"]["complete"] = False
    before.write_text(yaml.safe_dump(opened, sort_keys=False), encoding="utf-8")
    assert check(before)["no-mass-surveillance/explicit-ban"] == "unknown"


def test_surveillance_pack_not_applicable_without_data_about_people(tmp_path: Path) -> None:
    source = DATA / "civilian-records.yaml"
    found = check(source)
    surveillance = {k: v for k, v in found.items() if k.startswith("no-mass-surveillance/")}
    assert len(surveillance) > 15
    assert set(surveillance.values()) == {"not_applicable"}, surveillance
    assert found["no-autonomous-weapons/human-judgment"] == "not_applicable"
    assert found["data-residency/classification-boundary"] == "not_applicable"
    # Silence is no confinement: with the data categories left open, the pack may apply.
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    data["clauses"][1]["facts"]["data"]["categories"]["complete"] = False
    data["clauses"][1]["facts"]["networks"]["complete"] = False
    opened = tmp_path / "open.yaml"
    opened.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    found = check(opened)
    assert found["no-mass-surveillance/explicit-ban"] == "unknown"
    assert found["data-residency/classification-boundary"] == "unknown"


def test_human_judgment_not_applicable_under_a_total_weapons_ban() -> None:
    banned = check(DATA / "weapons-banned.yaml")
    assert banned["no-autonomous-weapons/human-judgment"] == "not_applicable"
    assert banned["no-autonomous-weapons/human-decision-per-engagement"] == "not_applicable"
    bought = check(DATA / "fire-control-bought.yaml")
    assert bought["no-autonomous-weapons/human-judgment"] == "unknown"
    assert bought["no-autonomous-weapons/human-decision-per-engagement"] == "unknown"


def test_classification_rules_apply_with_a_defence_party(tmp_path: Path) -> None:
    data = yaml.safe_load((DATA / "civilian-records.yaml").read_text(encoding="utf-8"))
    data["clauses"][0]["facts"]["parties"]["items"].append(
        {"id": "army", "roles": ["integrator"], "kind": "armed-forces"}
    )
    path = tmp_path / "c.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    assert check(path)["data-residency/classification-boundary"] == "unknown"


def _ban_variant(tmp_path: Path, source: Path, restriction: str, name: str, **fields: Any) -> Path:
    """``source``'s contract with the ban its last clause states on ``restriction`` changed:
    each of ``fields`` set, or left out where None; written to ``tmp_path/name.yaml``."""
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    ban = data["clauses"][-1]["facts"]["restrictions"][restriction]
    for key, value in fields.items():
        ban.pop(key, None)
        if value is not None:
            ban[key] = value
    out = tmp_path / f"{name}.yaml"
    out.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return out


#: A police live face search in public spaces, every Art. 5(2)-(5) condition stated, under
#: the suspects exception of Art. 5(1)(h)(iii) with its Annex II limit.
SUSPECTS = ROOT / "tests" / "data" / "audit17" / "h-suspects-of-any-offence.yaml"
RBI = "real_time_remote_biometric_identification"


@pytest.mark.parametrize(
    ("confined", "verdict", "tier", "settled", "warns"),
    [
        (True, "pass", "high-risk", True, False),
        (None, "unknown", "high-risk", False, False),
        (False, "fail", "prohibited", True, True),
    ],
)
def test_labelling_carve_out_counts_only_where_the_use_is_confined_to_it(
    tmp_path: Path, confined: bool | None, verdict: str, tier: str, settled: bool, warns: bool
) -> None:
    """Art. 5(1)(g), last part, and Recital 30: the labelling carve-out stated on the ban
    covers a bought categorisation by sensitive traits only where the use is stated to be
    confined to labelling or filtering lawfully acquired datasets (the table's
    exception_conditions); check, classify and validate read it alike. Silent, classify
    says high-risk (Annex III 1(b)) but not settled: the use may still be prohibited."""
    # A venue contract buying categorisation by sensitive traits under the carve-out.
    labelling = {"items": ["lawful-dataset-labelling"], "complete": True}
    path = _ban_variant(
        tmp_path,
        DATA / "biometric-categorisation.yaml",
        "biometric_categorisation",
        "labelling",
        exceptions=labelling,
        confined_to_exception=confined,
    )
    rules = ["no-mass-surveillance/no-biometric-categorisation"]
    _read_alike(path, AS_OF, rules, verdict, (tier, settled), "Art. 5(1)(g)", warns)


def _read_alike(
    path: Path,
    as_of: str,
    rules: list[str],
    verdict: str,
    classified: tuple[str, bool],
    point: str,
    warns: bool,
) -> None:
    """``check`` gives ``verdict`` on each of ``rules``, ``classify`` the tier and whether it
    is settled, and ``validate`` warns naming the Art. 5 ``point`` exactly when ``warns``."""
    found = check(path, as_of)
    assert [found[rule] for rule in rules] == [verdict] * len(rules)
    run = cli("classify", str(path), "--format", "json", "--as-of", as_of)
    assert run.code in (0, 1), run.err
    (one,) = json.loads(run.out)["classifications"]
    assert (one["tier"], one["settled"]) == classified
    run = cli("validate", str(path))
    assert run.code == 0
    assert (point in run.err) is warns, run.err


def test_own_conditions_name_exceptions_and_facts_of_their_ban() -> None:
    """Each exception's own conditions name one of the practice's exceptions and facts of
    its ban, as the shared conditions do."""
    for ident, practice in practices.PRACTICES.items():
        model = Restrictions.model_fields[practice.restriction].annotation
        fields = {
            name
            for arg in getattr(model, "__args__", (model,))
            for name in getattr(arg, "model_fields", {})
        }
        named = [e for e, _ in practice.own_conditions]
        assert len(named) == len(set(named)) and set(named) <= set(practice.exceptions), ident
        for exception in practice.exceptions:
            conditions = practice.conditions_of(exception)
            assert set(conditions) <= fields - {"prohibited", "exceptions"}, (ident, exception)
            assert conditions[: len(practice.exception_conditions)] == (
                practice.exception_conditions
            )
    rbi = practices.PRACTICES["real-time-remote-biometric-identification"]
    assert rbi.own_conditions_of("serious-crime-suspects") == ("annex_ii_offences_only",)
    assert rbi.own_conditions_of("victim-search") == ("specific_victims_only",)
    assert rbi.own_conditions_of("imminent-threat") == ("specific_threat_only",)


#: Every (practice, exception) the table recognises.
EXCEPTIONS = [(i, e) for i, p in practices.PRACTICES.items() for e in p.exceptions]


@cache
def permits_practice_packs(root: str) -> list[CompiledPack]:
    """A pack with one rule per practice that has exceptions: it passes where no permitted
    use amounts to the practice outside a covering exception (``permits_practice``)."""
    from compliance.packs.compiler import compile_packs_uncached

    pack = Path(root) / "permits"
    pack.mkdir(exist_ok=True)
    (pack / "pack.yaml").write_text(
        "id: permits\ntitle: P\nversion: 1.0.0\ndescription: d\ndisclaimer: d\n",
        encoding="utf-8",
    )
    for ident in sorted({i for i, _ in EXCEPTIONS}):
        (pack / f"{ident}.yaml").write_text(
            f"id: {ident}\ntitle: T\nseverity: low\nbasis: law\ncitations:\n"
            "  - {instrument: I, provision: P, url: 'https://example.org'}\n"
            f"rationale: r\nrequires: {{not: {{permits_practice: {ident}}}}}\n"
            "remediation: r\nquestion: q\n",
            encoding="utf-8",
        )
    return instantiate(compile_packs_uncached([str(pack)]))


@pytest.mark.parametrize(("practice", "exception"), EXCEPTIONS)
def test_each_exception_is_gated_by_its_own_conditions_and_the_shared_ones(
    tmp_path_factory: pytest.TempPathFactory, practice: str, exception: str
) -> None:
    """A bought use that amounts to a practice, under one recognised exception stated on
    the ban: the exception covers it only where its own conditions and the practice's
    shared ones are all stated true; one of them silent, unknown; one false, not covered
    (``permits_practice``, and ``compliance validate`` warns). The conditions of the other
    exceptions (here stated false) do not gate it: Art. 5(1)(h)(iii)'s Annex II limit bears
    on the suspects exception alone."""
    from compliance.contracts.contradictions import find

    table = practices.PRACTICES[practice]
    packs = permits_practice_packs(str(tmp_path_factory.getbasetemp()))
    others = {
        name for e in table.exceptions if e != exception for name in table.own_conditions_of(e)
    } - set(table.conditions_of(exception))
    value = practices.values_for(practice)["use_cases"][0]

    def verdict(conditions: dict[str, bool]) -> tuple[str, bool]:
        ban: dict[str, Any] = {
            "prohibited": True,
            "exceptions": {"items": [exception], "complete": True},
            **dict.fromkeys(sorted(others), False),
            **conditions,
        }
        data = {
            "use_cases": {"items": [value], "complete": True},
            "restrictions": {table.restriction: ban},
        }
        doc = doc_of(data)
        report = evaluate_contract(doc, packs, date(2027, 1, 15))
        (status,) = [r.status for r in report.results if r.full_id == f"permits/{practice}"]
        return status, bool(find(doc.facts))

    every = dict.fromkeys(table.conditions_of(exception), True)
    assert verdict(every) == ("pass", False)
    for name in table.conditions_of(exception):
        assert verdict({**every, name: False}) == ("fail", True), name
        silent = {k: v for k, v in every.items() if k != name}
        assert verdict(silent) == ("unknown", False), name


#: Every (practice, exception) whose practice names a fact that contradicts its exceptions.
CONTRADICTED = [(i, e) for i, e in EXCEPTIONS if practices.PRACTICES[i].contradicted_by]


def test_autonomous_weapons_carve_outs_need_an_operator() -> None:
    """The materiel-target and local-defence carve-outs count only for operator-supervised
    systems (DoDD 3000.09's senior-review exemption; ICRC recommendation 3), and never
    where the contract states that the system runs with no human oversight."""
    table = practices.PRACTICES["autonomous-weapons"]
    for exception in ("materiel-targets", "local-defence"):
        assert table.own_conditions_of(exception) == ("operator_supervised",)
    assert table.contradicted_by == (("safeguards.human_oversight.mode", "none"),)
    assert CONTRADICTED


@pytest.mark.parametrize(("practice", "exception"), CONTRADICTED)
def test_a_stated_contradiction_keeps_every_exception_from_counting(
    tmp_path_factory: pytest.TempPathFactory, practice: str, exception: str
) -> None:
    """Every condition of the exception stated true, but the contract states a fact that
    contradicts what the exception rests on (e.g. no human oversight at all beside a
    carve-out for operator-supervised systems): the exception does not cover the bought
    use (``permits_practice``), and ``compliance validate`` warns; silent, no effect."""
    from compliance.contracts.contradictions import find

    table = practices.PRACTICES[practice]
    packs = permits_practice_packs(str(tmp_path_factory.getbasetemp()))
    value = practices.values_for(practice)["use_cases"][0]

    def verdict(stated: dict[str, str]) -> tuple[str, bool]:
        data: dict[str, Any] = {
            "use_cases": {"items": [value], "complete": True},
            "restrictions": {
                table.restriction: {
                    "prohibited": True,
                    "exceptions": {"items": [exception], "complete": True},
                    **dict.fromkeys(table.conditions_of(exception), True),
                }
            },
        }
        for path, fact in stated.items():
            *parents, last = path.split(".")
            node = data
            for step in parents:
                node = node.setdefault(step, {})
            node[last] = fact
        doc = doc_of(data)
        report = evaluate_contract(doc, packs, date(2027, 1, 15))
        (status,) = [r.status for r in report.results if r.full_id == f"permits/{practice}"]
        return status, bool(find(doc.facts))

    assert verdict({}) == ("pass", False)
    for path, fact in table.contradicted_by:
        assert verdict({path: fact}) == ("fail", True), path


@pytest.mark.parametrize(
    ("annex_ii", "verdict", "tier", "settled", "warns"),
    [
        (True, "pass", "high-risk", True, False),
        (None, "unknown", "high-risk", False, False),
        (False, "fail", "prohibited", True, True),
    ],
)
def test_suspects_exception_counts_only_for_annex_ii_offences(
    tmp_path: Path, annex_ii: bool | None, verdict: str, tier: str, settled: bool, warns: bool
) -> None:
    """Art. 5(1)(h)(iii) and Annex II: the suspects exception covers bought live
    identification only where the offences are those of Annex II punishable by a maximum
    of at least four years (its own condition in the table); check, classify and validate
    read it alike."""
    path = _ban_variant(tmp_path, SUSPECTS, RBI, "suspects", annex_ii_offences_only=annex_ii)
    rules = [
        "eu-ai-act-high-risk/no-prohibited-practice",
        "no-mass-surveillance/no-real-time-biometric-identification",
    ]
    _read_alike(path, "2027-06-01", rules, verdict, (tier, settled), "Art. 5(1)(h)", warns)


@pytest.mark.parametrize(
    ("exception", "fact"),
    [("victim-search", "specific_victims_only"), ("imminent-threat", "specific_threat_only")],
)
@pytest.mark.parametrize(
    ("value", "verdict", "tier", "settled", "warns"),
    [
        (True, "pass", "high-risk", True, False),
        (None, "unknown", "high-risk", False, False),
        (False, "fail", "prohibited", True, True),
    ],
)
def test_victim_and_threat_exceptions_count_only_within_their_objectives(
    tmp_path: Path,
    exception: str,
    fact: str,
    value: bool | None,
    verdict: str,
    tier: str,
    settled: bool,
    warns: bool,
) -> None:
    """Art. 5(1)(h)(i)-(ii): the victim-search exception covers bought live identification
    only where it is stated confined to the targeted search for specific victims of
    abduction, trafficking or sexual exploitation and for missing persons; the
    imminent-threat exception only where stated confined to a specific, substantial and
    imminent threat to life or physical safety or a genuine and present or foreseeable
    terrorist threat (each its own condition in the table). Check, classify and validate
    read it alike; silent, the fact is the one missing."""
    # The suspects contract under one objective of Art. 5(1)(h)(i)-(ii) instead, its limit
    # stated (or not).
    objective = {"items": [exception], "complete": True}
    limits = {"annex_ii_offences_only": None, fact: value}
    path = _ban_variant(tmp_path, SUSPECTS, RBI, exception, exceptions=objective, **limits)
    rules = [
        "eu-ai-act-high-risk/no-prohibited-practice",
        "no-mass-surveillance/no-real-time-biometric-identification",
    ]
    _read_alike(path, "2027-06-01", rules, verdict, (tier, settled), "Art. 5(1)(h)", warns)
    if value is None:
        run = cli("check", str(path), "--as-of", "2027-06-01", "--format", "json")
        (contract,) = json.loads(run.out)["contracts"]
        (rbi,) = [r for r in contract["results"] if r["id"] == rules[1]]
        missing = [contract["missing_facts"][n]["path"] for n in rbi["missing"]]
        assert missing == [f"restrictions.real_time_remote_biometric_identification.{fact}"]


# --- the property ---------------------------------------------------------------------------------


@cache
def builtin() -> list[CompiledPack]:
    return instantiate(compile_packs(None))


def doc_of(data: dict[str, Any]) -> ContractDoc:
    data = {"id": "c", "title": "c", **data}
    return build_contract(parse_text(json.dumps(data), "c.json", json=True), "c.json")


def statuses(data: dict[str, Any]) -> dict[str, str]:
    report = evaluate_contract(doc_of(data), builtin(), date(2027, 1, 15))
    return {r.full_id: r.status for r in report.results}


NEUTRAL_USES = ["translation", "logistics", "document-drafting", "hr-employment", "osint"]
ALL_EXCEPTIONS = sorted(RESTRICTION_EXCEPTION)


@st.composite
def practice_cases(draw: st.DrawFn, practice: str) -> tuple[str, str, dict[str, Any]]:
    value = draw(st.sampled_from(practices.values_for(practice)["use_cases"]))
    data: dict[str, Any] = {}
    if draw(st.booleans()):
        data["geography"] = {"deployment": ["DE"]}
    purposes = draw(st.sampled_from([None, ["civilian"], ["military"], ["law-enforcement"]]))
    if purposes is not None:
        data["purposes"] = {"items": purposes, "complete": draw(st.booleans())}
    if draw(st.booleans()):
        data["parties"] = [
            {"id": "x", "roles": ["customer", "deployer"], "kind": "intelligence-agency"}
        ]
    if draw(st.booleans()):
        data["data"] = {"categories": draw(st.sampled_from([["personal"], ["biometric"]]))}
    if draw(st.booleans()):
        data["system"] = {"capabilities": ["image-generation", "face-recognition"]}
    uses = draw(st.lists(st.sampled_from(NEUTRAL_USES), unique=True, max_size=3))
    if draw(st.booleans()):
        data["use_cases"] = {"items": uses, "complete": draw(st.booleans())}
    restriction: dict[str, Any] = {}
    prohibited = draw(st.sampled_from([True, None, True, False]))
    if prohibited is not None:
        restriction["prohibited"] = prohibited
        if draw(st.booleans()):
            restriction["condition"] = "unconditional"
        exceptions = draw(st.lists(st.sampled_from(ALL_EXCEPTIONS), unique=True, max_size=2))
        if draw(st.booleans()):
            restriction["exceptions"] = {"items": exceptions, "complete": draw(st.booleans())}
    if restriction:
        data["restrictions"] = {practices.PRACTICES[practice].restriction: restriction}
    return practice, value, data


def _add_use(data: dict[str, Any], value: str) -> dict[str, Any]:
    out = json.loads(json.dumps(data))
    uses = out.get("use_cases") or {"items": [], "complete": False}
    uses["items"] = [*uses["items"], value]
    out["use_cases"] = uses
    return out


@pytest.mark.parametrize("practice", sorted(BAN_RULES))
@settings(max_examples=25)
@given(data=st.data())
def test_buying_a_practice_never_makes_its_ban_pass(practice: str, data: st.DataObject) -> None:
    """Adding a permitted use that is practice P never turns a rule banning P into pass
    (unless a recognised exception stated on the ban may cover it), nor into an error."""
    _, value, data = data.draw(practice_cases(practice))
    before = statuses(data)
    after = statuses(_add_use(data, value))
    restriction = data.get("restrictions", {}).get(practices.PRACTICES[practice].restriction, {})
    stated = set(restriction.get("exceptions", {}).get("items", []))
    covered = restriction.get("prohibited") is True and bool(
        stated & set(practices.PRACTICES[practice].exceptions)
    )
    for rule in BAN_RULES[practice]:
        assert after[rule] != "error", rule
        if before[rule] != "pass":
            assert after[rule] != "pass", (rule, before[rule])
        if not covered:
            assert after[rule] != "pass", rule


KINDS = ["company", "government", "defence-department", "intelligence-agency", "law-enforcement"]
CAPABILITIES = ["text-generation", "translation", "face-recognition", "profiling"]
BANS = ["mass_surveillance", "social_scoring", "biometric_categorisation"]


@settings(max_examples=30)
@given(
    kinds=st.lists(st.sampled_from(KINDS), min_size=1, max_size=3),
    capabilities=st.lists(st.sampled_from(CAPABILITIES), unique=True, max_size=2),
    bans=st.dictionaries(st.sampled_from(BANS), st.sampled_from([True, False]), max_size=2),
    uses=st.lists(
        st.sampled_from(["logistics", "translation", "software-development"]), min_size=1
    ),
)
def test_no_data_about_people_means_the_surveillance_pack_does_not_apply(
    kinds: list[str], capabilities: list[str], bans: dict[str, bool], uses: list[str]
) -> None:
    """Whatever the parties, capabilities and bans, a contract confined (complete lists) to
    non-personal data and to uses that concern no people gets not_applicable on every rule
    of the surveillance pack; with the data categories left open, silence is not a
    confinement and the pack's core rules are not decided not_applicable."""
    data: dict[str, Any] = {
        "parties": [{"id": f"p{i}", "roles": ["customer"], "kind": k} for i, k in enumerate(kinds)],
        "use_cases": {"items": sorted(set(uses)), "complete": True},
        "data": {"categories": {"items": ["non-personal"], "complete": True}},
        "system": {"capabilities": capabilities},
        "restrictions": {name: {"prohibited": value} for name, value in bans.items()},
    }
    found = statuses(data)
    surveillance = {k: v for k, v in found.items() if k.startswith("no-mass-surveillance/")}
    assert set(surveillance.values()) == {"not_applicable"}, surveillance
    data["data"]["categories"]["complete"] = False
    opened = statuses(data)
    if set(kinds) - {"company", "government"} or set(capabilities) & {
        "face-recognition",
        "profiling",
    }:
        assert opened["no-mass-surveillance/enforcement-mechanisms"] != "not_applicable"
