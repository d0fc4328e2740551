"""Eightieth legal-fidelity audit: which public-sector systems are high-risk, Annex III
point by point, the Art. 6(3) filter and its profiling exception, and the Art. 2(3)
exclusion for dual-use systems. Eight descriptions (tests/data/audit80/*.yaml), written
blind from the AI Act (Regulation (EU) 2024/1689 as amended by Regulation (EU) 2026/1744):
Arts 2(1), 2(3) and Recital 24, 6(2)-(4), 26, 27(1), 49(1)-(3) and (5), 111(2), 113(c)
and Annex III points 2, 4(a)-(b), 5(a), 6, 7(b) and (d), 8(a); and the project's legal
notes (gate G-1, EUAI-00, EUAI-03, EUAI-04, EUAI-12, EUAI-13, EUAI-15, EUAI-21), run
through the real CLI (`compliance check` and `compliance classify`) and read as counsel
would. The Commission's Art. 6(5) guidelines exist only as a draft: no row rests on them.

The probes: a defence ministry's screening of applicants for soldiers' and civilian posts
under a claimed Art. 2(3) exclusion (point 4(a)); an interior ministry's task allocation
and per-officer performance indicator under an Art. 6(3)(c) claim (point 4(b), profiling);
an employment agency's digitisation of benefit applications under a documented
Art. 6(3)(a) assessment (point 5(a), no profiling: the derogation holds); a border guard's
traveller risk levels called national security (point 7(b)); a road-tunnel safety
component called national security (point 2: national registration, no FRIA); a judicial
research assistant in service since 2025 whose term ends before 2 Aug 2030 (point 8(a),
Art. 111(2)); an alliance agency's maritime surveillance whose detections of persons
serve member states' border authorities (point 7(d), dual use); and a criminal police
office's document translation for analysts and spare-parts forecasting (outside point 6).

Each row: file, as-of date, rule (or, for `classify`, ``classify:FIELD``: the tier, the
Annex III points, or ``from:DEFINITION``, the first day of a finding's duties), the
verdict a lawyer reading the contract would give, and the reason (instrument, article,
paragraph). The blind answers (57 rows) were written and committed before the tool was
run; two rows on the legacy court assistant (a day six weeks before 2 Aug 2030, and the
day classify gives for the high-risk duties) were added after the first run, each answer
written before that row was run.

The first run matched all 57 blind rows, and the two later rows matched too: no wrong
not_applicable (the dual uses under a claimed Art. 2(3) exclusion, a defence ministry's
recruitment, a border check and a road tunnel called national security, an alliance's
detections of persons for border authorities, all stay in scope and high-risk), no wrong
PASS, and the Art. 111(2) deferral of a legacy public-authority system read as the law
has it.

Found beside the audit, on a variant of benefits-intake-procedural that lists profiling
among the system's capabilities (not one of the eight descriptions): a wrong PASS. The
derogation's profiling exception (definition profiling-use) read ai_act.profiling and the
uses that profile by nature, not the capability list, so a contract whose own
capabilities say the system evaluates personal aspects of people, beside its "does not
profile natural persons" recorded as profiling false, passed high-risk-classification
and eu-database-registration and was classed minimal. profiling-use now reads a stated
profiling capability, as the pack's Art. 5 definitions already did; the meaning of
ai_act.profiling says such a capability makes the label's false a true; new fixtures in
high-risk-classification (fail, and pass with capabilities stated without profiling) and
eu-database-registration (fail). No row of this or an earlier audit moved.

No row is a known wrong.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from audits import assert_every_file_used, cases, classification, known_wrong, verdict_test

DATA = Path(__file__).parent / "data" / "audit80"

EU = "eu-ai-act-high-risk"

#: The day the contracts are read: each in its term, after 2 Dec 2027 (Chapter III for
#: Annex III systems, Art. 113(c)(i) as amended), each system but the court assistant put
#: into service after that day.
D = "2028-03-01"
#: Before 2 Dec 2027: the contracts signed before it are read on the terms that will bind
#: when the duty applies (their terms run past that day).
PRE = "2027-10-01"

#: Why a claimed Art. 2(3) exclusion does not take a dual use out of the Act.
DUAL_USE = (
    "Art. 2(3) excludes only systems placed on the market, put into service or used "
    "exclusively for military, defence or national-security purposes; a system also used "
    "for a civilian, border, law-enforcement, humanitarian or employment purpose is in "
    "scope for that use, and whoever makes it must comply (Recital 24; legal notes gate "
    "G-1: IN_SCOPE where any stated purpose is non-excluded)"
)

#: Why profiling shuts the derogation.
PROFILING = (
    "'an AI system referred to in Annex III shall always be considered to be high-risk "
    "where the AI system performs profiling of natural persons' (Art. 6(3), last "
    "subparagraph; profiling as GDPR Art. 4(4) defines it, Art. 3(52))"
)

#: Why the legacy court assistant is not bound under this contract.
LEGACY = (
    "put into service on 1 Sep 2025, before 2 Dec 2027, not changed in design, and used "
    "by public authorities (the courts): Art. 111(2), as replaced by Regulation (EU) "
    "2026/1744, asks its providers and deployers to comply by 2 Aug 2030; the term ends "
    "on 30 Jun 2030, so the duty never binds under this contract"
)

Row = tuple[str, str, str, str, str]

CASES: list[Row] = [
    # --- Defence ministry: applicant screening for soldiers and civilian staff --------
    (
        "defence-recruit-screening",
        D,
        f"{EU}/high-risk-classification",
        "fail",
        "clause 2 buys the filtering and ranking of applicants (Annex III point 4(a)) for "
        f"the ministry's civilian posts as well as for enlistment: {DUAL_USE}. The clause "
        "states that no classification is made: an Annex III use classified on no ground "
        "(legal notes EUAI-03 FAIL); ranking candidates profiles them, so no Art. 6(3) "
        "derogation could be claimed",
    ),
    (
        "defence-recruit-screening",
        PRE,
        f"{EU}/high-risk-classification",
        "fail",
        "put into service on 10 Jan 2028, after 2 Dec 2027 (Art. 113(c)(i) as amended; no "
        "Art. 111(2) transition): the signed terms, which make no classification, will "
        "govern the system in service",
    ),
    (
        "defence-recruit-screening",
        D,
        f"{EU}/scope-qualification-recorded",
        "fail",
        "clause 2 claims the Art. 2(3) exclusion while the uses it buys serve the "
        "ministry's civilian employment, with no clause that a non-excluded use triggers "
        "compliance (legal notes EUAI-00 FAIL: the exclusion claimed for a dual use); "
        f"{DUAL_USE}",
    ),
    (
        "defence-recruit-screening",
        D,
        f"{EU}/eu-database-registration",
        "fail",
        "clause 2: no registration; the provider registers a point 4 system before putting "
        "it into service (Art. 49(1)), and the ministry, a public authority, registers its "
        "use and may not use an unregistered system (Arts 49(3), 26(8); EUAI-13 FAIL)",
    ),
    (
        "defence-recruit-screening",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "unknown",
        "a ministry is a public authority deploying a point 4 system: Art. 27(1) requires "
        "a FRIA before first use; the contract is silent (EUAI-15 UNKNOWN)",
    ),
    (
        "defence-recruit-screening",
        D,
        f"{EU}/workplace-information",
        "unknown",
        "the ministry screens candidates for its own posts: before use it informs workers' "
        "representatives and the affected workers (Art. 26(7)); the contract is silent",
    ),
    (
        "defence-recruit-screening",
        D,
        f"{EU}/risk-management",
        "unknown",
        "a high-risk point 4 system needs an Art. 9 risk-management system; the contract "
        "neither commits the provider nor disclaims it (EUAI-04 UNKNOWN)",
    ),
    (
        "defence-recruit-screening",
        D,
        f"{EU}/conformity-assessment",
        "unknown",
        "Arts 16(f), 43(2) (internal control, Annex VI), 47, 48 apply to the point 4 "
        "system; the contract says nothing of them beyond the classification (EUAI-12)",
    ),
    (
        "defence-recruit-screening",
        D,
        f"{EU}/ai-literacy",
        "unknown",
        "Art. 4 binds provider and deployer of any system in scope (from 2 Feb 2025); the "
        "contract is silent (EUAI-20 UNKNOWN)",
    ),
    (
        "defence-recruit-screening",
        D,
        "classify:tier",
        "high-risk",
        "Annex III point 4(a), in scope as a dual use (Art. 2(3), Recital 24), no "
        "derogation claimed (Art. 6(2))",
    ),
    # --- Interior ministry: task allocation and performance indicator, 6(3)(c) claimed --
    (
        "staff-monitoring-derogation",
        D,
        f"{EU}/high-risk-classification",
        "fail",
        "allocating tasks and monitoring and evaluating the performance of persons in work "
        "relationships is Annex III point 4(b); clause 4 relies on Art. 6(3)(c), but a "
        f"monthly performance indicator for each officer evaluates work performance: "
        f"{PROFILING}; the clause's 'does not profile' is a label (EUAI-03 FAIL)",
    ),
    (
        "staff-monitoring-derogation",
        PRE,
        f"{EU}/high-risk-classification",
        "fail",
        "put into service on 5 Jan 2028, after 2 Dec 2027: the signed derogation for a "
        "profiling system will govern it (Art. 6(3), last subparagraph; Art. 113(c)(i))",
    ),
    (
        "staff-monitoring-derogation",
        D,
        f"{EU}/eu-database-registration",
        "fail",
        "clause 4 registers the system under Art. 49(2) as not high-risk; a profiling "
        "point 4 system is high-risk and is registered under Art. 49(1) (Annex VIII "
        "Section A), and the ministry registers its use (Art. 49(3)), of which the "
        "contract says nothing",
    ),
    (
        "staff-monitoring-derogation",
        D,
        f"{EU}/risk-management",
        "unknown",
        "high-risk (Art. 6(3), last subparagraph): Art. 9 applies; the contract is silent",
    ),
    (
        "staff-monitoring-derogation",
        D,
        f"{EU}/workplace-information",
        "unknown",
        "the ministry monitors its own staff: Art. 26(7) asks it to inform workers' "
        "representatives and the affected workers before use; the contract is silent",
    ),
    (
        "staff-monitoring-derogation",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "unknown",
        "a ministry deploying a high-risk point 4 system: Art. 27(1); silent",
    ),
    (
        "staff-monitoring-derogation",
        D,
        f"{EU}/human-oversight",
        "unknown",
        "Art. 14 applies to the high-risk system; the contract says nothing of overseers' "
        "powers or training (Arts 14(4), 26(2))",
    ),
    (
        "staff-monitoring-derogation",
        D,
        "classify:tier",
        "high-risk",
        f"Annex III point 4(b); {PROFILING}",
    ),
    # --- Employment agency: benefit applications digitised, 6(3)(a) documented --------
    (
        "benefits-intake-procedural",
        D,
        f"{EU}/high-risk-classification",
        "pass",
        "the contract records the Annex III point 5 area and a documented Art. 6(3)(a) "
        "assessment made before the system was put into service (Art. 6(4)); turning paper "
        "applications into structured records and listing empty fields is a narrow "
        "procedural task (Recital 53) that evaluates no person, and clause 4 excludes "
        "eligibility assessment and scoring: no profiling (EUAI-03 PASS)",
    ),
    (
        "benefits-intake-procedural",
        PRE,
        f"{EU}/high-risk-classification",
        "pass",
        "the terms that will bind on and after 2 Dec 2027 are those signed: the same "
        "documented classification",
    ),
    (
        "benefits-intake-procedural",
        D,
        f"{EU}/eu-database-registration",
        "pass",
        "a provider relying on Art. 6(3) registers the system under Art. 49(2) before "
        "putting it into service; clause 3 says it has (EUAI-13: self-exempted systems "
        "still register); not high-risk, so no Art. 49(3) use registration is asked",
    ),
    (
        "benefits-intake-procedural",
        D,
        f"{EU}/risk-management",
        "not_applicable",
        "not high-risk under Art. 6(3): Art. 9 does not apply (EUAI-04 NOT_APPLICABLE)",
    ),
    (
        "benefits-intake-procedural",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "not_applicable",
        "Art. 27(1) asks a FRIA only for high-risk systems referred to in Art. 6(2); this "
        "one is not high-risk (Art. 6(3))",
    ),
    (
        "benefits-intake-procedural",
        D,
        f"{EU}/human-oversight",
        "not_applicable",
        "Art. 14 applies to high-risk systems only",
    ),
    (
        "benefits-intake-procedural",
        D,
        f"{EU}/conformity-assessment",
        "not_applicable",
        "Art. 43 applies to high-risk systems only",
    ),
    (
        "benefits-intake-procedural",
        D,
        "classify:tier",
        "minimal",
        "not high-risk under a documented Art. 6(3)(a) assessment with no profiling; image "
        "analysis of forms triggers no Art. 50 duty",
    ),
    # --- Border guard: traveller risk levels, "national security" ----------------------
    (
        "border-national-security",
        D,
        f"{EU}/high-risk-classification",
        "unknown",
        "assessing the irregular-migration risk posed by travellers is Annex III point "
        "7(b); the border check is border management, not an exclusively national-security "
        f"use: {DUAL_USE}. The contract states no classification (EUAI-03 UNKNOWN); no "
        "derogation is claimed, and a per-traveller risk level profiles (Art. 6(3), last "
        "subparagraph)",
    ),
    (
        "border-national-security",
        D,
        f"{EU}/scope-qualification-recorded",
        "fail",
        "clause 3 claims Art. 2(3) for a border-management use, with no clause that a "
        "non-excluded use triggers compliance (EUAI-00 FAIL)",
    ),
    (
        "border-national-security",
        D,
        f"{EU}/eu-database-registration",
        "unknown",
        "the provider registers the point 7 system (Art. 49(1), in the secure non-public "
        "section, 49(4)) and the border guard its use (49(3)); the contract is silent "
        "(EUAI-13 UNKNOWN)",
    ),
    (
        "border-national-security",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "unknown",
        "a public authority deploying a point 7 system: Art. 27(1); silent",
    ),
    (
        "border-national-security",
        D,
        f"{EU}/risk-management",
        "unknown",
        "high-risk point 7(b) system: Art. 9; silent, and 'no obligation is assumed' is "
        "no disclaimer of a named duty",
    ),
    (
        "border-national-security",
        D,
        f"{EU}/human-oversight",
        "unknown",
        "Art. 14 applies; the contract says nothing of the officers' powers or training",
    ),
    (
        "border-national-security",
        D,
        "classify:tier",
        "high-risk",
        f"Annex III point 7(b), in scope ({DUAL_USE}); profiling",
    ),
    # --- Motorway company: road-tunnel safety component, "national security" ----------
    (
        "tunnel-safety-component",
        D,
        f"{EU}/high-risk-classification",
        "unknown",
        "a safety component in the management and operation of road traffic is Annex III "
        "point 2; the road tunnels serve civilian traffic, not exclusively national "
        f"security ({DUAL_USE}); the contract records the area but no classification "
        "(EUAI-03 UNKNOWN)",
    ),
    (
        "tunnel-safety-component",
        D,
        f"{EU}/eu-database-registration",
        "pass",
        "a point 2 system is registered at national level (Art. 49(5)), as clause 4 says "
        "the provider has; Art. 49(3) use registration excepts point 2",
    ),
    (
        "tunnel-safety-component",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "not_applicable",
        "Art. 27(1) asks a FRIA of public deployers of high-risk systems 'with the "
        "exception of high-risk AI systems intended to be used in the area listed in "
        "point 2 of Annex III'",
    ),
    (
        "tunnel-safety-component",
        D,
        f"{EU}/scope-qualification-recorded",
        "fail",
        "clause 3 places a civilian road-traffic use under national security (the "
        "exclusion claimed for a non-excluded use, EUAI-00 FAIL)",
    ),
    (
        "tunnel-safety-component",
        D,
        f"{EU}/risk-management",
        "unknown",
        "high-risk point 2 system: Art. 9 applies; the contract is silent",
    ),
    (
        "tunnel-safety-component",
        D,
        f"{EU}/conformity-assessment",
        "unknown",
        "Art. 43(2): internal control for a point 2 system; the contract is silent",
    ),
    (
        "tunnel-safety-component",
        D,
        f"{EU}/deployer-information",
        "not_applicable",
        "Art. 26(11) concerns systems that make or assist decisions related to natural "
        "persons; a tunnel safety component manages traffic, not decisions on persons (the "
        "pack's reading of point 2)",
    ),
    (
        "tunnel-safety-component",
        D,
        "classify:tier",
        "high-risk",
        "Annex III point 2, no derogation claimed (Art. 6(2))",
    ),
    # --- Ministry of justice: judicial research assistant in service since 2025 --------
    (
        "legacy-court-assistant",
        D,
        f"{EU}/high-risk-classification",
        "not_applicable",
        "assisting judges in researching and applying the law is Annex III point 8(a); "
        f"{LEGACY} (EUAI-21)",
    ),
    (
        "legacy-court-assistant",
        D,
        f"{EU}/risk-management",
        "not_applicable",
        LEGACY,
    ),
    (
        "legacy-court-assistant",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "not_applicable",
        LEGACY,
    ),
    (
        "legacy-court-assistant",
        D,
        f"{EU}/eu-database-registration",
        "not_applicable",
        LEGACY,
    ),
    (
        "legacy-court-assistant",
        D,
        "classify:tier",
        "high-risk",
        "Annex III point 8(a), no derogation claimed: high-risk under Art. 6(2), its "
        "duties deferred by Art. 111(2)",
    ),
    (
        "legacy-court-assistant",
        "2030-06-15",
        f"{EU}/high-risk-classification",
        "not_applicable",
        f"six weeks before 2 Aug 2030, in the last weeks of the term: {LEGACY}",
    ),
    (
        "legacy-court-assistant",
        D,
        "classify:from:high-risk",
        "2030-08-02",
        "the high-risk tier's duties apply to this legacy system of public authorities from "
        "2 Aug 2030 (Art. 111(2), second sentence, as replaced by Regulation (EU) "
        "2026/1744), not from 2 Dec 2027 (Art. 113(c)(i))",
    ),
    # --- Alliance agency: maritime surveillance serving border authorities ------------
    (
        "alliance-maritime-dual-use",
        D,
        f"{EU}/high-risk-classification",
        "unknown",
        "detecting persons at sea for member states' border surveillance is Annex III "
        "point 7(d) (detecting natural persons in border control management); clause 3 "
        f"makes the system dual use: {DUAL_USE}. The agency, located in Brussels, deploys "
        "it in the Union (Art. 2(1)(b)); no Art. 2(4) cooperation is claimed. The contract "
        "states no classification (EUAI-03 UNKNOWN)",
    ),
    (
        "alliance-maritime-dual-use",
        D,
        f"{EU}/scope-qualification-recorded",
        "fail",
        "clause 4 claims the Art. 2(3) exclusion while clause 3 serves border management "
        "and search and rescue, with no clause that such a use triggers compliance "
        "(EUAI-00 FAIL)",
    ),
    (
        "alliance-maritime-dual-use",
        D,
        f"{EU}/conformity-assessment",
        "unknown",
        "the provider of a high-risk point 7 system: Arts 16(f), 43; silent",
    ),
    (
        "alliance-maritime-dual-use",
        D,
        f"{EU}/eu-database-registration",
        "unknown",
        "the provider registers the point 7 system (Art. 49(1), 49(4)); the contract is silent",
    ),
    (
        "alliance-maritime-dual-use",
        D,
        f"{EU}/risk-management",
        "unknown",
        "Art. 9 applies to the high-risk system; silent",
    ),
    (
        "alliance-maritime-dual-use",
        D,
        "classify:tier",
        "high-risk",
        f"Annex III point 7(d), in scope as a dual use ({DUAL_USE})",
    ),
    # --- Criminal police office: translation for analysts, spare-parts forecasting -----
    (
        "police-translation-logistics",
        D,
        f"{EU}/high-risk-classification",
        "not_applicable",
        "Annex III point 6 lists (a)-(e) only: victim risk, polygraphs, evidence "
        "reliability, offending risk, profiling; translating documents for analysts and "
        "forecasting spare parts are none of them, and clause 4 excludes them: no Annex "
        "III use, nothing to classify (Art. 6(2))",
    ),
    (
        "police-translation-logistics",
        D,
        f"{EU}/risk-management",
        "not_applicable",
        "not high-risk: Art. 9 does not apply (EUAI-04 NOT_APPLICABLE)",
    ),
    (
        "police-translation-logistics",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "not_applicable",
        "Art. 27(1) applies to high-risk systems only",
    ),
    (
        "police-translation-logistics",
        D,
        f"{EU}/eu-database-registration",
        "not_applicable",
        "no Annex III use: Art. 49 asks no registration",
    ),
    (
        "police-translation-logistics",
        D,
        "classify:annex_iii",
        "",
        "no Annex III point: translation and spare-parts forecasting are outside point 6",
    ),
]

#: Rows the tool cannot yet get right.
KNOWN_WRONG: list[Row] = []


def _field(result: dict[str, Any], name: str) -> str:
    if name.startswith("from:"):
        wanted = name.removeprefix("from:")
        found = [f for f in result["findings"] if f["definition"] == wanted]
        return str(found[0]["applies_from"]) if found else "(no such finding)"
    value = result[name]
    return ", ".join(value) if isinstance(value, list) else str(value)


def _is_classify(row: Row) -> bool:
    return row[2].startswith("classify:")


test_audit80_verdict = verdict_test(
    DATA,
    [row for row in CASES if not _is_classify(row)],
    [row for row in KNOWN_WRONG if not _is_classify(row)],
)


@pytest.mark.parametrize(
    ("name", "as_of", "rule", "expected", "reason"),
    cases([row for row in CASES if _is_classify(row)])
    + known_wrong([row for row in KNOWN_WRONG if _is_classify(row)]),
)
def test_audit80_classification(
    name: str, as_of: str, rule: str, expected: str, reason: str
) -> None:
    result = classification(DATA / f"{name}.yaml", as_of)
    assert _field(result, rule.removeprefix("classify:")) == expected, reason


def test_every_audit80_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
