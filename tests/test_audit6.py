"""Sixth legal-fidelity audit: the red-line packs' open gaps (no-mass-surveillance,
no-autonomous-weapons), each contract the smallest that isolates one point, run through the
real CLI (tests/data/audit6/*.yaml). It does not repeat audit 4 (tests/test_audit4.py).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason, citing the instrument and provision the rule itself cites. A PASS here must rest
on terms in force on that date, binding in rank and not contradicted by what the contract
buys; silence is unknown. Where the tool cannot yet give that verdict, the row sits in
KNOWN_WRONG as a strict xfail with the reason.

Areas: domestic law enforcement bought by the armed forces and the express statutory
authority the Posse Comitatus carve-out requires (18 U.S.C. §1385, 10 U.S.C. §275); human
judgment over the use of force required only "where practicable" (DoDD 3000.09); legal
review (AP I Art. 36), senior review and verification and testing (DoDD 3000.09) stated for
some of the weapons uses the contract buys but not others, and a human decision per
engagement only where feasible; a ban held only in an annex (or statement of work) the
contract says does not bind, or lifted by one; red-line bans that apply only as far as the
law requires, where no law prohibits the practice; targeting excluded while autonomous
weapons are bought; standard guardrails without the vendor's safety stack; terms in a
public statement or press report; an Art. 5(1)(h) exception bought without prior
authorisation.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test
from conftest import cli

DATA = Path(__file__).parent / "data" / "audit6"

MS = "no-mass-surveillance"
AW = "no-autonomous-weapons"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- no-domestic-law-enforcement: 18 U.S.C. §1385, 10 U.S.C. §275 ---
    (
        "ms-dle-bought-no-authority",
        "2027-06-01",
        f"{MS}/no-domestic-law-enforcement",
        "fail",
        "18 U.S.C. §1385: the contract buys law enforcement over people in the US for the "
        "armed forces and states that the use rests on no Act of Congress; the Posse "
        "Comitatus carve-out allows only what such an Act expressly authorises",
    ),
    (
        "ms-dle-bought-authority-stated",
        "2027-06-01",
        f"{MS}/no-domestic-law-enforcement",
        "pass",
        "18 U.S.C. §1385: the bought law enforcement at home is stated to rest on an Act of "
        "Congress expressly authorising the armed forces to take part, which the statute "
        "allows",
    ),
    (
        "ms-dle-bought-authority-press",
        "2027-06-01",
        f"{MS}/no-domestic-law-enforcement",
        "unknown",
        "18 U.S.C. §1385: only a press report says the bought law enforcement at home rests "
        "on express statutory authority; a report is no contract term, and the contract is "
        "silent on it",
    ),
    (
        "ms-dle-purpose-no-carveout",
        "2027-06-01",
        f"{MS}/no-domestic-law-enforcement",
        "fail",
        "18 U.S.C. §1385: the contract buys the system for law-enforcement purposes over "
        "data about everyone, people in the US included, while its ban allows no exception: "
        "what it buys contradicts the ban's label",
    ),
    # --- a ban in an annex the contract says does not bind ---
    (
        "aw-ban-in-unbound-annex",
        "2027-06-01",
        f"{AW}/autonomous-weapons-ban",
        "unknown",
        "DoDD 3000.09 does not prohibit autonomous weapon systems; the ban sits only in an "
        "annex that clause 20.3 says does not form part of the agreement, so the contract's "
        "terms are silent on the ban",
    ),
    (
        "aw-ban-in-unbound-annex",
        "2027-06-01",
        f"{AW}/unconditional-ban",
        "unknown",
        "the only ban is in an annex the contract says does not bind: no contract term "
        "states a ban, conditional or not",
    ),
    (
        "aw-ban-in-unbound-annex",
        "2027-06-01",
        f"{AW}/autonomy-limits",
        "unknown",
        "DoDD 3000.09 (autonomy permitted after senior review): the only autonomous-weapons "
        "ban is in an annex the contract says does not bind, so whether autonomy is "
        "permitted, and within what limits, is not stated: a rule is not set aside on what "
        "such a source says (applies_when is read again on the terms)",
    ),
    (
        "aw-disowned-annex-lifts-ban",
        "2027-06-01",
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "clause 9 bans use in autonomous weapon systems unconditionally; the annex that "
        "would prevail over it and lift the ban is, by clause 20.3, no part of the "
        "agreement, so it changes no term",
    ),
    (
        "aw-disowned-annex-replaces-ban",
        "2027-06-01",
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "clause 9 bans use in autonomous weapon systems unconditionally; the annex that "
        "would replace it is, by clause 20.3, no part of the agreement, so it replaces "
        "nothing and clause 9 stays in force",
    ),
    (
        "aw-ban-annex-unbound-from-2028",
        "2027-06-01",
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "the annex is contract terms until the amendment disowning it takes effect; it bans "
        "use in autonomous weapon systems unconditionally and without carve-out",
    ),
    (
        "aw-ban-annex-unbound-from-2028",
        "2028-06-01",
        f"{AW}/autonomous-weapons-ban",
        "unknown",
        "from 2028 the amendment in force says the annex does not bind: the ban it holds is "
        "no contract term, and the contract is otherwise silent",
    ),
    (
        "aw-ban-annex-press-unbound",
        "2027-06-01",
        f"{AW}/autonomous-weapons-ban",
        "pass",
        "the annex is contract terms and bans use in autonomous weapon systems; a press "
        "report calling it non-binding cannot take it out of the contract",
    ),
    # --- red-line bans that only restate a law that does not prohibit the practice ---
    (
        "ms-social-scoring-ban-as-law-requires",
        "2027-06-01",
        f"{MS}/no-social-scoring",
        "fail",
        "AI Act Art. 5(1)(c) as the red line's benchmark: the US defence customer is outside "
        "the Act's reach (Art. 2(3)) and no US law prohibits social scoring, so a ban "
        "applying only as far as applicable law prohibits it bans nothing",
    ),
    (
        "ms-social-scoring-ban-as-law-requires-eu",
        "2027-06-01",
        f"{MS}/no-social-scoring",
        "pass",
        "AI Act Art. 5(1)(c): inside the Act's scope the law the ban restates prohibits "
        "social scoring outright, with no exception",
    ),
    (
        "aw-anti-personnel-ban-as-law-requires",
        "2027-06-01",
        f"{AW}/no-anti-personnel-autonomy",
        "fail",
        "ICRC recommendation and the joint appeal of 5 Oct 2023: no treaty or US law "
        "prohibits anti-personnel autonomy (DoDD 3000.09 subjects autonomous weapon systems "
        "to senior review), so a prohibition applying only as far as law requires bans "
        "nothing while autonomy against materiel is carved out",
    ),
    (
        "ms-intel-components-as-law-requires",
        "2027-06-01",
        f"{MS}/intelligence-agencies-excluded",
        "fail",
        "EO 12333 §2.3 regulates how intelligence components collect and use information, "
        "not which tools they use: an exclusion applying only where law or policy requires "
        "keeps none of them out (the 2026 amendment, as reported, kept them out outright)",
    ),
    (
        "ms-commercial-data-ban-as-law-requires",
        "2027-06-01",
        f"{MS}/commercial-data-covered",
        "fail",
        "US law largely does not restrict buying commercially acquired data (H.R. 4639 not "
        "enacted): a ban applying only as far as applicable law prohibits the surveillance "
        "does not reach it, whatever its scope lists",
    ),
    (
        "ms-commercial-data-ban-as-law-requires",
        "2027-06-01",
        f"{MS}/public-data-covered",
        "fail",
        "US intelligence procedures permit collecting publicly available information: a ban "
        "restating applicable law does not reach it, whatever its scope lists",
    ),
    (
        "aw-embedding-bar-as-law-requires",
        "2027-06-01",
        f"{AW}/no-weapons-embedding",
        "fail",
        "weights go to edge devices, and no law bars installing a model on a weapons "
        "platform: a bar applying only as far as applicable law prohibits it bars nothing",
    ),
    # --- targeting-and-c2-controlled: DoDD 3000.09 Glossary ---
    (
        "aw-targeting-excluded-autonomy-bought",
        "2027-06-01",
        f"{AW}/targeting-and-c2-controlled",
        "fail",
        "DoDD 3000.09, Glossary: an autonomous weapon system selects and engages targets "
        "without further intervention by an operator, so the contract buys targeting "
        "whatever its list of exclusions says, and no human decides each engagement it "
        "makes (audit 23: no clause could put it under human control)",
    ),
    (
        "ms-dle-ban-in-disowned-annex",
        "2027-06-01",
        f"{MS}/no-domestic-law-enforcement",
        "unknown",
        "18 U.S.C. §1385 binds the customer, not the contract: the ban sits only in a "
        "statement of work that clause 1.4 says does not form part of the agreement, so the "
        "contract's terms are silent on domestic law enforcement",
    ),
    # --- other red-line terms outside the contract or against what it buys ---
    (
        "ms-red-lines-prevail-statement",
        "2027-06-01",
        f"{MS}/red-lines-prevail",
        "unknown",
        "DoW AI Strategy memorandum (9 Jan 2026), 'any lawful use': only the vendor's public "
        "statement says the restrictions prevail over the lawful-use grant, and a statement "
        "is no contract term",
    ),
    (
        "ms-rbi-exception-no-authorisation",
        "2027-06-01",
        f"{MS}/no-real-time-biometric-identification",
        "fail",
        "AI Act Art. 5(3) as the red line's benchmark: each use under an Art. 5(1)(h) "
        "exception needs prior authorisation by a judicial or independent authority; the "
        "contract buys such identification and states none is needed",
    ),
    (
        "aw-guardrails-standard-no-stack",
        "2027-06-01",
        f"{AW}/no-guardrail-free-models",
        "fail",
        "the vendors' red line (OpenAI agreement of 28 Feb 2026: the vendor runs its safety "
        "stack): the model is called standard, but the contract states the vendor's safety "
        "stack does not run, so its safeguards are not active",
    ),
    # --- human-judgment: DoDD 3000.09 para. 1.2 ---
    (
        "aw-judgment-where-practicable",
        "2027-06-01",
        f"{AW}/human-judgment",
        "fail",
        "DoDD 3000.09 para. 1.2: systems are designed to allow appropriate levels of human "
        "judgment over the use of force; a standard required only where practicable lets "
        "the operator dispense with it",
    ),
    (
        "aw-judgment-qualifier-expired",
        "2026-06-01",
        f"{AW}/human-judgment",
        "fail",
        "DoDD 3000.09 para. 1.2: the side letter in force, which prevails over the clause, "
        "makes meaningful human control apply only where feasible",
    ),
    (
        "aw-judgment-qualifier-expired",
        "2027-06-01",
        f"{AW}/human-judgment",
        "pass",
        "DoDD 3000.09 para. 1.2: the side letter expired at the end of 2026; the clause in "
        "force requires meaningful human control without qualifier",
    ),
    (
        "aw-judgment-qualifier-press",
        "2027-06-01",
        f"{AW}/human-judgment",
        "pass",
        "DoDD 3000.09 para. 1.2: the clause requires appropriate human judgment without "
        "qualifier; a press report saying otherwise is no contract term",
    ),
    (
        "aw-engagement-decision-where-feasible",
        "2027-06-01",
        f"{AW}/human-decision-per-engagement",
        "fail",
        "the vendors' red line (a human decides each engagement; DoDD 3000.09 counts "
        "supervised systems as autonomous): a decision required only where feasible lets "
        "engagements proceed without one",
    ),
    (
        "aw-engagement-decision-where-feasible",
        "2027-06-01",
        f"{AW}/targeting-and-c2-controlled",
        "fail",
        "DoDD 3000.09: the targeting the contract buys is under human control only where "
        "feasible, so not every engagement awaits a human decision",
    ),
    # --- legal-weapons-review: AP I Art. 36 ---
    (
        "aw-legal-review-fire-control-only",
        "2027-06-01",
        f"{AW}/legal-weapons-review",
        "fail",
        "AP I Art. 36 (the UK is a party): every new weapon, means or method of warfare is "
        "reviewed; a review stated for fire control does not reach the targeting the "
        "contract also buys",
    ),
    (
        "aw-legal-review-all-uses-named",
        "2027-06-01",
        f"{AW}/legal-weapons-review",
        "pass",
        "AP I Art. 36: the review is stated for each weapons use bought (targeting, fire "
        "control); translation is no weapon, means or method of warfare",
    ),
    # --- senior-review: DoDD 3000.09 Section 4 ---
    (
        "aw-senior-review-autonomy-only",
        "2027-06-01",
        f"{AW}/senior-review",
        "fail",
        "DoDD 3000.09 Section 4: the senior review is stated for the autonomous-weapons use "
        "only, not for the weapons targeting the contract also buys",
    ),
    # --- verification-and-testing: DoDD 3000.09 para. 1.2 and Section 3 ---
    (
        "aw-vv-targeting-only",
        "2027-06-01",
        f"{AW}/verification-and-testing",
        "fail",
        "DoDD 3000.09 Section 3: verification, validation and testing are stated for "
        "targeting only; the fire control the contract also buys is untested",
    ),
]

#: Rows the tool does not yet get right: strict xfails with the legal reason.
KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit6_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit6_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))


def test_sources_not_binding_names_a_source(tmp_path: Path) -> None:
    """An id in grants.sources_not_binding that names no source is bad input: one
    positioned line, exit 2."""
    text = (DATA / "aw-ban-in-unbound-annex.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(text.replace("items: [annex-c]", "items: [annex-x]"), encoding="utf-8")
    run = cli("check", str(bad), "--as-of", "2027-06-01", "--format", "json")
    assert run.code == 2
    assert "bad.yaml:18:" in run.err
    assert "grants.sources_not_binding names 'annex-x', which is not a source id" in run.err
