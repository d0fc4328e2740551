"""Eighty-seventh legal-fidelity audit: who is the provider along a public-sector value
chain. Eight descriptions (tests/data/audit87/*.yaml), written blind from the AI Act
(Regulation (EU) 2024/1689 as amended by Regulation (EU) 2026/1744): Arts 3(3)-(4), (8)
and (23) (provider, deployer, operator, substantial modification), 22 (authorised
representative of a non-EU provider), 23 (importer), 25(1)(a)-(c), (2) and (4) (who
becomes the provider on rebranding, substantial modification or a new high-risk purpose;
the initial provider's cooperation and its exception; the written agreement with a
supplier of a component or model), 26, 49, 53(1)(b), 53(2), 54 and 111(2), and the
project's legal notes (EUAI-01, EUAI-06, EUAI-08, EUAI-11 to EUAI-14, EUAI-19), run
through the real CLI and read as counsel would, on the eu-ai-act-high-risk pack's role
rules and the duties they gate.

The buyers: an Austrian interior ministry that puts a general chat assistant to asylum
triage (Annex III point 7(c)) and calls itself "deployer only", its provider having
excluded high-risk use (Art. 25(2), second subparagraph); a German migration office that
does the same and takes the provider role; an alliance agency that puts its own name on
a non-EU vendor's candidate screening (point 4(a)) and keeps the provider's duties with
the vendor by contract (Art. 25(1)(a)); two Land police offices with an evidence
assessment system (point 6(c)) in service since May 2026, one unchanged (Art. 111(2),
second sentence: 2 Aug 2030), one substantially modified by the police in 2028 (Art.
25(1)(b)); an interior ministry whose visa risk screening (point 7(b)) is built by an EU
integrator on a US general-purpose model whose provider refuses the Annex XII
information and the Art. 25(4) agreement; a border guard buying through an importer from
a US provider with no authorised representative; and a police force that has a
consultancy fine-tune an open general-purpose model and puts the result into service
under its own name (Art. 3(3)), the contract naming no provider.

Fine-tuning a general-purpose model: whether the one who fine-tunes becomes the provider
of a (modified) general-purpose model is not settled by the Act's text; the legal notes
do not carry the Commission's guidelines on general-purpose models of July 2025, so no
row rests on them, and the rows on Art. 53 read the duties of the original model's
provider only.

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give,
and the reason (instrument, article, paragraph). The blind answers (57 rows) were written
and committed before the tool was run. On the first run 49 matched and eight did not:

- No wrong PASS of a provider duty and no wrong not_applicable: the ministry that calls
  itself "deployer only" fails every provider rule (roles-allocated, provider-obligations,
  conformity-assessment, technical-documentation, instructions-for-use,
  eu-database-registration) through definition provider-role-unallocated.
- Six blind not_applicable answers were wrong: two rows read before 2 Dec 2027 and four
  read in 2028 on the unchanged legacy police system (Art. 111(2): 2 Aug 2030). Each
  contract runs past the day its duty binds, so counsel reviewing the signed terms reads
  that duty now on the terms in force on its first day, as audit 63 does and as the tool
  does (reporting the day); not_applicable is for a duty the term never reaches (audit
  80's court assistant). The rows say so.
- A wrong PASS of roles-allocated: an EU integrator is given the provider role of a visa
  screening system built on a US model whose provider, the contract says, refuses the
  Annex XII information (Art. 53(1)(b)) and the Art. 25(4) written agreement. The legal
  notes (EUAI-01 FAIL) give exactly this as provider duties assigned to a party that
  cannot fulfil them. roles-allocated now fails where stated (definition
  downstream-provider-without-model-information; fixtures fail, pass, and pass for a
  vertically integrated provider).
- A wrong unknown, a strict xfail until 8 Dec 2026: provider-obligations on the same
  contract asked for an Art. 22 representative of the US model provider, because the
  vocabulary had one provider role for the system and the model and definition
  non-eu-provider counted any provider; Art. 22 binds only the provider of the high-risk
  system. A party fact, parties[*].model_provider_only, now tells the two apart: the
  description records Orion Labs so, and provider-obligations reads definition
  non-eu-system-provider (pass).

Not read by any rule: whether the Art. 25(4) agreement exists where the model provider
gives its information, and the initial provider's Art. 25(2) cooperation (definition
provider-role-unallocated says so).
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit87"

EU = "eu-ai-act-high-risk"

#: The day the contracts are read: each in its term, after 2 Dec 2027 (Chapter III for
#: Annex III systems, Art. 113(c)(i) as amended), each system put into service by then.
D = "2028-03-01"
#: Before 2 Dec 2027: the contracts are signed, Chapter III not yet applicable.
PRE = "2027-11-01"
#: After the police's modified system is put into service (1 Apr 2028).
M = "2028-06-01"
#: After 2 Aug 2030: the legacy system of a public authority is bound (Art. 111(2)).
L = "2030-09-01"

#: Why the interior ministry is the provider whatever the contract calls it.
REPURPOSED = (
    "the ministry changes the intended purpose of a general-purpose assistant that was not "
    "high-risk so that it becomes high-risk (asylum examination, Annex III point 7(c)): it "
    "is then considered the provider of the high-risk system and subject to Art. 16 (Art. "
    "25(1)(c)), and the initial provider is no longer the provider of that system (Art. "
    "25(2), first sentence); the contract calls the ministry 'deployer only' and gives no one "
    "the provider's duties"
)

#: Why the legacy police system is not yet bound in 2028.
LEGACY = (
    "put into service on 4 May 2026, before 2 Dec 2027, not changed in design, and used by a "
    "public authority: Art. 111(2), as replaced by Regulation (EU) 2026/1744, has its "
    "providers and deployers comply by 2 Aug 2030"
)

#: Why a duty that binds later in the term is read before it binds.
READ_AHEAD = (
    "the contract runs past 2 Dec 2027 and the system goes live after it, so counsel "
    "reviewing the signed terms reads now the duty that binds during the term, on the terms "
    "in force on its first day (the tool reports it with that day; audit 63 reads its signed "
    "contracts the same way), and says not_applicable only for a duty the term never reaches"
)

Row = tuple[str, str, str, str, str]

CASES: list[Row] = [
    # --- Interior ministry: general assistant put to asylum triage, "deployer only" ------
    (
        "interior-chatbot-asylum-triage",
        D,
        f"{EU}/roles-allocated",
        "fail",
        f"{REPURPOSED} (legal notes EUAI-01 FAIL: the roles clause leaves the system's "
        "provider without the role)",
    ),
    (
        "interior-chatbot-asylum-triage",
        PRE,
        f"{EU}/roles-allocated",
        "fail",
        f"signed terms read before use: {REPURPOSED}; the allocation is wrong from signature",
    ),
    (
        "interior-chatbot-asylum-triage",
        D,
        f"{EU}/provider-obligations",
        "fail",
        f"{REPURPOSED}; the vendor's disclaimer of high-risk duties is its right once it is no "
        "longer the provider, and no one commits to Art. 16 and an Art. 17 quality-management "
        "system (legal notes EUAI-11)",
    ),
    (
        "interior-chatbot-asylum-triage",
        PRE,
        f"{EU}/provider-obligations",
        "fail",
        f"blind answer not_applicable was wrong: {READ_AHEAD}; on those terms, {REPURPOSED}",
    ),
    (
        "interior-chatbot-asylum-triage",
        D,
        f"{EU}/conformity-assessment",
        "fail",
        f"{REPURPOSED}; the assessment of Art. 43 (Art. 16(f)) is that provider's and no one "
        "undertakes it",
    ),
    (
        "interior-chatbot-asylum-triage",
        D,
        f"{EU}/technical-documentation",
        "fail",
        f"{REPURPOSED}; Art. 11(1) and 16(d) documentation has no owner, and the initial "
        "provider, having specified that its system is not to be changed into a high-risk "
        "one, owes no documentation under Art. 25(2), second subparagraph",
    ),
    (
        "interior-chatbot-asylum-triage",
        D,
        f"{EU}/instructions-for-use",
        "fail",
        f"{REPURPOSED}; the Art. 13 instructions are the new provider's (Art. 16(a))",
    ),
    (
        "interior-chatbot-asylum-triage",
        D,
        f"{EU}/eu-database-registration",
        "fail",
        f"{REPURPOSED}; registration under Arts 16(i) and 49(1) is that provider's, and the "
        "contract leaves it with no one",
    ),
    (
        "interior-chatbot-asylum-triage",
        D,
        f"{EU}/deployer-duties",
        "pass",
        "clause 5: the ministry, which remains the deployer of the system it uses (Art. 3(4)), "
        "commits to Art. 26 and may suspend use (Art. 26(5))",
    ),
    (
        "interior-chatbot-asylum-triage",
        D,
        f"{EU}/gpai-provider-duties",
        "pass",
        "clause 2: the model provider confirms Art. 53 and makes the Annex XII information "
        "available to downstream providers (Art. 53(1)(b)), which the Art. 25(2) exception "
        "does not lift, and has an authorised representative in Ireland (Art. 54(1))",
    ),
    # --- Migration office: the same use, provider role taken ----------------------------
    (
        "border-agency-asylum-provider",
        D,
        f"{EU}/roles-allocated",
        "pass",
        "clause 6: the office is the provider of the high-risk system by Art. 25(1)(c) and "
        "the deployer; the model provider cooperates under Art. 25(2) (legal notes EUAI-01 "
        "PASS)",
    ),
    (
        "border-agency-asylum-provider",
        D,
        f"{EU}/provider-obligations",
        "pass",
        "clause 6: the office, provider by Art. 25(1)(c), commits to Art. 16 and an Art. 17 "
        "system and is established in the EU; the US model provider has an authorised "
        "representative (Art. 54(1))",
    ),
    (
        "border-agency-asylum-provider",
        D,
        f"{EU}/conformity-assessment",
        "pass",
        "clause 6: internal control (Annex VI) for a point 7 system that is not biometric "
        "(Art. 43(2)), declaration and CE marking before first use (Arts 47, 48)",
    ),
    (
        "border-agency-asylum-provider",
        D,
        f"{EU}/eu-database-registration",
        "pass",
        "clause 6: the office registers the system (Art. 49(1)) and its use (Art. 49(3)) in "
        "the secure non-public section (Art. 49(4))",
    ),
    (
        "border-agency-asylum-provider",
        D,
        f"{EU}/deployer-duties",
        "pass",
        "clause 6: the office commits to Art. 26 as deployer and may suspend use",
    ),
    (
        "border-agency-asylum-provider",
        D,
        f"{EU}/gpai-provider-duties",
        "pass",
        "clause 2: the model provider confirms Art. 53, gives the office the Annex XII "
        "information (Art. 53(1)(b)) and has an EU representative (Art. 54(1))",
    ),
    # --- Alliance agency: rebranded screening, non-EU vendor ------------------------------
    (
        "alliance-rebrand-recruitment",
        D,
        f"{EU}/roles-allocated",
        "pass",
        "clause 4: the agency puts its name on the system (Art. 25(1)(a)), and the contract "
        "keeps every provider obligation with the vendor, the arrangement point (a) leaves "
        "room for ('without prejudice to contractual arrangements stipulating that the "
        "obligations are otherwise allocated')",
    ),
    (
        "alliance-rebrand-recruitment",
        D,
        f"{EU}/provider-obligations",
        "fail",
        "clause 4: the provider is established in Canada and has appointed no authorised "
        "representative, which Art. 22(1) requires before the system is made available in the "
        "Union; the agency's name on the system does not supply one",
    ),
    (
        "alliance-rebrand-recruitment",
        D,
        f"{EU}/conformity-assessment",
        "pass",
        "clause 4: internal control for a point 4 system (Art. 43(2)), declaration and CE "
        "marking before first use",
    ),
    (
        "alliance-rebrand-recruitment",
        D,
        f"{EU}/eu-database-registration",
        "pass",
        "clauses 4 and 5: the vendor registers the system (Art. 49(1)) and the agency its use "
        "(Art. 49(3), whatever its reach to an international organisation)",
    ),
    (
        "alliance-rebrand-recruitment",
        D,
        f"{EU}/deployer-duties",
        "pass",
        "clause 5: the agency commits to Art. 26 and may suspend use",
    ),
    # --- Police office: legacy evidence assessment, unchanged -----------------------------
    (
        "police-evidence-legacy",
        D,
        f"{EU}/provider-obligations",
        "pass",
        f"blind answer not_applicable was wrong: {LEGACY}, within the term (to 31 Mar 2031), "
        "so counsel reads now the terms in force on that day, as the tool does: clause 5, "
        "the EU vendor commits to Art. 16 and an Art. 17 system",
    ),
    (
        "police-evidence-legacy",
        D,
        f"{EU}/deployer-duties",
        "pass",
        f"blind answer not_applicable was wrong: {LEGACY}, within the term, and clause 6 "
        "commits the office to Art. 26 and lets it suspend use",
    ),
    (
        "police-evidence-legacy",
        D,
        f"{EU}/eu-database-registration",
        "unknown",
        f"blind answer not_applicable was wrong: {LEGACY}, within the term; the registration "
        "of Art. 49 is among the obligations deferred to that day, and the office's "
        "registration of its use (Art. 49(3)) is not provided for",
    ),
    (
        "police-evidence-legacy",
        D,
        f"{EU}/conformity-assessment",
        "pass",
        f"blind answer not_applicable was wrong: {LEGACY}, within the term; clause 5: "
        "internal control, declaration and CE marking",
    ),
    (
        "police-evidence-legacy",
        L,
        f"{EU}/provider-obligations",
        "pass",
        f"from 2 Aug 2030 ({LEGACY}), clause 5: the EU vendor commits to Art. 16 and an "
        "Art. 17 system",
    ),
    (
        "police-evidence-legacy",
        L,
        f"{EU}/conformity-assessment",
        "pass",
        "from 2 Aug 2030, clause 5: internal control for a point 6 system (Art. 43(2)), "
        "declaration and CE marking",
    ),
    (
        "police-evidence-legacy",
        L,
        f"{EU}/instructions-for-use",
        "unknown",
        "from 2 Aug 2030 the provider supplies Art. 13 instructions; the contract is silent "
        "(legal notes EUAI-08 UNKNOWN)",
    ),
    (
        "police-evidence-legacy",
        L,
        f"{EU}/eu-database-registration",
        "unknown",
        "from 2 Aug 2030: the vendor registers the system, but the police office, a public "
        "authority, must register its use (Art. 49(3), 26(8)) and the contract is silent",
    ),
    # --- Police office: the same system substantially modified in 2028 -------------------
    (
        "police-evidence-modified",
        M,
        f"{EU}/roles-allocated",
        "pass",
        "amendment A1: the office substantially modifies the system (Art. 3(23)) and is its "
        "provider under Art. 25(1)(b), the vendor cooperating under Art. 25(2)",
    ),
    (
        "police-evidence-modified",
        M,
        f"{EU}/provider-obligations",
        "pass",
        "the modification from 1 Apr 2028 is a significant change in design after 2 Dec 2027, "
        "so Art. 111(2) no longer defers the duties (Recital 177, Art. 3(23)); amendment A1: "
        "the office, the provider, commits to Art. 16 and an Art. 17 system",
    ),
    (
        "police-evidence-modified",
        M,
        f"{EU}/conformity-assessment",
        "pass",
        "amendment A1: a new assessment by internal control before the modified system is "
        "used (Art. 43(4): a substantial modification needs a new conformity assessment)",
    ),
    (
        "police-evidence-modified",
        M,
        f"{EU}/technical-documentation",
        "pass",
        "amendment A1: the office draws up the Annex IV documentation and makes it available "
        "to the authorities (Arts 11, 16(d), 18, 21)",
    ),
    (
        "police-evidence-modified",
        M,
        f"{EU}/instructions-for-use",
        "unknown",
        "the office, as provider of the modified system, supplies Art. 13 instructions; the "
        "contract is silent on them",
    ),
    (
        "police-evidence-modified",
        M,
        f"{EU}/eu-database-registration",
        "pass",
        "amendment A1: the office registers the modified system and its use in the secure "
        "section (Art. 49(1), (3), (4))",
    ),
    (
        "police-evidence-modified",
        M,
        f"{EU}/deployer-duties",
        "pass",
        "amendment A1: the office commits to Art. 26 and may suspend use",
    ),
    # --- Interior ministry: visa screening on a GPAI model without Annex XII --------------
    (
        "interior-visa-gpai-integrator",
        D,
        f"{EU}/gpai-provider-duties",
        "fail",
        "clause 3: the model provider declines the Annex XII information downstream "
        "providers need (Art. 53(1)(b)) for a model not released as open source (Art. 53(2) "
        "does not apply) (legal notes EUAI-19 FAIL)",
    ),
    (
        "interior-visa-gpai-integrator",
        D,
        f"{EU}/roles-allocated",
        "fail",
        "clause 3: the integrator is given the provider role for a system built on a model "
        "whose provider refuses the information and the written agreement that Art. 25(4) "
        "requires to enable the provider to fully comply (legal notes EUAI-01 FAIL: provider "
        "duties assigned to a party left without access to the documentation)",
    ),
    (
        "interior-visa-gpai-integrator",
        D,
        f"{EU}/conformity-assessment",
        "pass",
        "clause 7: internal control for a point 7(b) system (Art. 43(2)), declaration and CE "
        "marking before first use",
    ),
    (
        "interior-visa-gpai-integrator",
        D,
        f"{EU}/technical-documentation",
        "pass",
        "clause 7: the integrator commits to Annex IV documentation available to the "
        "authorities (Arts 11, 18, 21); the gap in the model information is read by the role "
        "and model rules",
    ),
    (
        "interior-visa-gpai-integrator",
        D,
        f"{EU}/instructions-for-use",
        "pass",
        "clause 7: the integrator supplies Art. 13 instructions",
    ),
    (
        "interior-visa-gpai-integrator",
        D,
        f"{EU}/eu-database-registration",
        "pass",
        "clauses 7 and 8: system (Art. 49(1), (4)) and use (Art. 49(3)) registered",
    ),
    (
        "interior-visa-gpai-integrator",
        D,
        f"{EU}/deployer-duties",
        "pass",
        "clause 8: the ministry commits to Art. 26 and may suspend use",
    ),
    # --- Border guard: imported system, no representative, no suspension ----------------
    (
        "border-importer-traveller-risk",
        D,
        f"{EU}/provider-obligations",
        "fail",
        "clause 6: a provider established in the US with no authorised representative (Art. "
        "22(1)); an importer is not one (Art. 3(5)-(6), and Art. 23(1)(d) has the importer "
        "verify that the representative was appointed)",
    ),
    (
        "border-importer-traveller-risk",
        PRE,
        f"{EU}/provider-obligations",
        "fail",
        f"blind answer not_applicable was wrong: {READ_AHEAD}; on those terms the US provider "
        "has no authorised representative (Art. 22(1))",
    ),
    (
        "border-importer-traveller-risk",
        D,
        f"{EU}/deployer-duties",
        "fail",
        "clause 9: the border guard may not suspend use during the season except on the "
        "provider's instruction, which bars what Art. 26(5) requires of it (legal notes "
        "EUAI-14 FAIL)",
    ),
    (
        "border-importer-traveller-risk",
        D,
        f"{EU}/eu-database-registration",
        "unknown",
        "the provider registers the system, but the border guard, a public authority, must "
        "register its use (Art. 49(3), 26(8)) and the contract is silent",
    ),
    (
        "border-importer-traveller-risk",
        D,
        f"{EU}/conformity-assessment",
        "pass",
        "clause 6: internal control for a point 7(b) system (Art. 43(2)), declaration and CE "
        "marking before first use",
    ),
    (
        "border-importer-traveller-risk",
        D,
        f"{EU}/technical-documentation",
        "pass",
        "clause 6: Annex IV documentation, available to the authorities",
    ),
    (
        "border-importer-traveller-risk",
        D,
        f"{EU}/instructions-for-use",
        "pass",
        "clause 6: the provider supplies Art. 13 instructions",
    ),
    # --- Police force: in-house system fine-tuned from an open GPAI model -----------------
    (
        "police-gpai-finetune-inhouse",
        D,
        f"{EU}/roles-allocated",
        "fail",
        "the police has the system developed and puts it into service under its own name: "
        "it is the provider (Art. 3(3), 3(11)), whatever the contract calls it; the contract "
        "names it deployer only and denies the consultancy the role, so it names no provider "
        "(legal notes EUAI-01 FAIL: denies any provider)",
    ),
    (
        "police-gpai-finetune-inhouse",
        D,
        f"{EU}/provider-obligations",
        "unknown",
        "the police is the provider (Art. 3(3)); the contract neither commits it to Art. 16 "
        "and Art. 17 nor disclaims them (legal notes EUAI-11 UNKNOWN: silent)",
    ),
    (
        "police-gpai-finetune-inhouse",
        D,
        f"{EU}/conformity-assessment",
        "unknown",
        "the provider's assessment before putting into service (Art. 43(2)) is not provided "
        "for, nor ruled out",
    ),
    (
        "police-gpai-finetune-inhouse",
        D,
        f"{EU}/eu-database-registration",
        "unknown",
        "neither the system (Art. 49(1)) nor the police's use (Art. 49(3)) is said to be "
        "registered",
    ),
    (
        "police-gpai-finetune-inhouse",
        D,
        f"{EU}/deployer-duties",
        "pass",
        "clause 4: the police commits to Art. 26 and may suspend use",
    ),
    (
        "police-gpai-finetune-inhouse",
        D,
        f"{EU}/gpai-provider-duties",
        "pass",
        "clause 2: the model is free and open source without systemic risk, so its provider "
        "is exempt from Art. 53(1)(a)-(b) (Art. 53(2)) and needs no representative (Art. "
        "54(6), and it is established in France), and it publishes its copyright policy and "
        "training summary (Art. 53(1)(c)-(d)); whether the consultancy or the police becomes "
        "the provider of a modified general-purpose model by fine-tuning is not settled and "
        "not read (module docstring)",
    ),
    (
        "interior-visa-gpai-integrator",
        D,
        f"{EU}/provider-obligations",
        "pass",
        "clause 7: the EU integrator, the provider of the high-risk system, commits to Art. 16 "
        "and an Art. 17 system; Art. 22(1) binds providers of high-risk systems established "
        "outside the Union, and the US party is the provider of the model only, whose "
        "representative is a matter of Art. 54 (gpai-provider-duties). A strict xfail "
        "(unknown) until parties[*].model_provider_only told the model's provider from "
        "the system's: definition non-eu-provider counted the model's provider and asked "
        "for an Art. 22 representative the contract does not name",
    ),
]

#: Rows the tool cannot yet get right.
KNOWN_WRONG: list[Row] = []


test_audit87_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit87_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
