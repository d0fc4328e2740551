"""Sixty-eighth legal-fidelity audit: general-purpose AI models and their providers. Eight
descriptions (tests/data/audit68/*.yaml), written blind from the AI Act (Regulation (EU)
2024/1689 as amended by Regulation (EU) 2026/1744): Arts 2(3) and Recital 24, 3(63)-(68),
25(1)-(2), 51 (systemic risk; the 10^25 FLOP presumption of 51(2), designation under
52(4)), 52(1)-(3), 53(1)(a)-(d) and 53(2) (the open-source exception, not for
systemic-risk models), 54(1) and 54(6), 55(1)(a)-(d), 56 (codes of practice: a means of
showing conformity, not a duty), 111(3) and 113(b), and the project's legal notes (G-1,
EUAI-19, EUAI-21), run through the real CLI and read as counsel would.

The contracts are those the project grew from and their neighbours: an alliance licensing
a frontier model with systemic risk whose provider carves serious-incident reporting out
of Art. 55; a tax administration's model trained above 10^25 FLOP whose provider contests
the presumption and gives no Art. 55 commitment; a ministry that fine-tunes a
general-purpose system into a benefits triage tool (Annex III point 5(a)) while the
contract keeps it a deployer; a non-EU provider of a model placed on the market in 2026
that names no authorised representative and schedules its duties for the Art. 111(3)
date; a model placed on the market in 2024 whose provider commits to Arts 53 and 55 by
2 Aug 2027; an open-source model with systemic risk whose provider claims the
open-source exemptions; one without systemic risk that meets Art. 53(1)(c)-(d) and relies
on Arts 53(2) and 54(6); and an exclusively military deployment (Art. 2(3)) of a model
its provider also sells to companies across the Union.

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give,
and the reason (instrument, article, paragraph). The blind answers (46 rows) were written
before the tool was run; four rows were added after the first run, each answer written
before that row was run (one of them, provider-obligations of the ministry's system, was
answered unknown for silence; the tool fails it, rightly: clause 4 declares the ministry
a deployer only, which is no silence, and the row records the blind answer as wrong). On
the first run of the 46 blind rows 43 matched and three did not; each of those blind
answers stood:

- A wrong not_applicable: the armed forces' exclusively military use of a model its
  provider also sells across the Union schedules the model's Chapter V duties for 1 Jan
  2028, more than two years after its placement (Art. 113(b)), and compliance-timeline said
  not_applicable because the deployment is outside the Act (Art. 2(3)), though
  gpai-provider-duties rightly read the model's duties as attaching to the model on the
  Union market (legal notes G-1, EUAI-19). compliance-timeline now applies wherever the
  system is built on a general-purpose model on the Union market (definition
  gpai-on-eu-market) and, for a deployment outside the Act, reads only the model's dates
  (new fixtures: fail, pass, unknown; the old exclusively military fixture now states that
  no general-purpose model is used, and one silent on it is unknown, as
  gpai-provider-duties already was).
- Two wrong FAILs of the open-source model without systemic risk: the blind description
  recorded ai_act.gpai_documentation as its meaning read ("confirms Art. 53 duties and
  gives Annex XII information"), false where no Annex XII information is given, and
  gpai-provider-duties failed a provider that owes none (Art. 53(2)) and gives the
  copyright policy and training summary it does owe (Art. 53(1)(c)-(d)). The rule already
  read the fact that way; its meaning did not say so. It now does (and that a refusal of
  the documentation for any other model is false, whatever open-source label it carries);
  the description records true.

The meaning of system.systemic_risk now also says what the tax administration's
description assumed: a model stated to be trained above 10^25 FLOP is true whatever its
provider calls it, until the Commission accepts the provider's Art. 52(2) arguments (the
Act does not say expressly how a model is treated while they are pending; the row says
so). No rule reads a code of practice (Art. 56): adherence is a means of showing
conformity (Arts 53(4), 55(2)), not a duty, and no row rests on one. Art. 25(4) (the
written agreement between a high-risk system's provider and the supplier of a model it
integrates) is not read by any rule and no row probes it.

No row is a known wrong.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit68"

EU = "eu-ai-act-high-risk"

#: The day most contracts are read: Chapter V has applied since 2 Aug 2025 (Art. 113(b))
#: and Art. 50 since 2 Aug 2026; a model placed on the market before 2 Aug 2025 has until
#: 2 Aug 2027 (Art. 111(3)).
D = "2026-12-15"
#: After 2 Aug 2027: every model, old or new, is bound.
LATE = "2027-09-01"
#: After 2 Dec 2027: Chapter III applies to Annex III systems (Art. 113(c) as amended).
HR = "2028-03-01"

#: Why a model's duties do not follow one customer's defence use.
MODEL_DUTIES = (
    "the model's provider is bound by Chapter V when it places the model on the Union "
    "market (Arts 2(1)(a), 3(63), 53-54); the Art. 2(3) exclusion is worded for AI "
    "systems placed on the market, put into service or used exclusively for military, "
    "defence or national-security purposes, and this model is also sold to companies "
    "across the Union (legal notes G-1 and EUAI-19: do not set not_applicable merely "
    "because the customer is military; no official guidance settles the point)"
)

CASES: list[tuple[str, str, str, str, str]] = [
    # --- Alliance: frontier model with systemic risk, incident reporting carved out ---
    (
        "alliance-frontier",
        D,
        f"{EU}/gpai-systemic-risk-duties",
        "fail",
        "the model is notified as one with systemic risk (Arts 51(1)-(2), 52(1)); clause 7 "
        "bars reporting serious incidents on the alliance's networks to the AI Office, which "
        "Art. 55(1)(c) requires without undue delay (confidentiality is Art. 78's business, "
        "not an exception); the other three duties do not make up for it",
    ),
    (
        "alliance-frontier",
        LATE,
        f"{EU}/gpai-systemic-risk-duties",
        "fail",
        "the same carve-out; the model was placed on the market after 2 Aug 2025, so Art. "
        "111(3) never deferred Art. 55",
    ),
    (
        "alliance-frontier",
        D,
        f"{EU}/gpai-provider-duties",
        "pass",
        "clause 7 confirms Art. 53 and the Annex XII information; the US provider has an "
        "authorised representative established in Ireland, named as a party (Art. 54(1))",
    ),
    (
        "alliance-frontier",
        D,
        f"{EU}/scope-qualification-recorded",
        "pass",
        "clause 2 lists the purposes in full and accepts the Act: translation and drafting "
        "for civilian staff is a non-excluded purpose, so the Art. 2(3) exclusion could not "
        "be claimed for the deployment (Recital 24)",
    ),
    (
        "alliance-frontier",
        D,
        f"{EU}/roles-allocated",
        "pass",
        "clause 3 names the provider, the deployer and the authorised representative (Art. "
        "3(3)-(5)); no party changes the system's purpose or modifies it",
    ),
    (
        "alliance-frontier",
        D,
        f"{EU}/compliance-timeline",
        "pass",
        "model duties from the model's placement on 10 Sep 2025, after 2 Aug 2025 (Art. "
        "113(b)); Art. 50 from 2 Aug 2026 (Art. 113, second paragraph)",
    ),
    (
        "alliance-frontier",
        D,
        f"{EU}/high-risk-classification",
        "not_applicable",
        "no use the alliance buys is listed in Annex III (complete empty list) and no "
        "Annex I product: Art. 6(1)-(2) put no classification duty on it",
    ),
    (
        "alliance-frontier",
        LATE,
        f"{EU}/gpai-provider-duties",
        "pass",
        "added after the first run, answered before it was run: the same Art. 53 "
        "commitment and representative (Art. 54(1)) after 2 Aug 2027",
    ),
    # --- Tax administration: above 10^25 FLOP, labelled "no systemic risk" ---
    (
        "flop-label",
        D,
        f"{EU}/gpai-systemic-risk-duties",
        "fail",
        "trained with about 3.8 x 10^25 FLOP: presumed to have high-impact capabilities "
        "(Art. 51(2)) and so systemic risk (Art. 51(1)(a)); the provider's arguments under "
        "Art. 52(2) displace the presumption only when the Commission accepts them (Art. "
        "52(3)), which the contract does not state; clause 5 refuses Art. 55 meanwhile. "
        "The Act does not say expressly how a model is treated while the arguments are "
        "pending; counsel reads the presumption as standing, as the meaning of "
        "system.systemic_risk now says",
    ),
    (
        "flop-label",
        LATE,
        f"{EU}/gpai-systemic-risk-duties",
        "fail",
        "the same refusal; a model placed on the market on 3 Nov 2025 has no Art. 111(3) "
        "transition",
    ),
    (
        "flop-label",
        D,
        f"{EU}/gpai-provider-duties",
        "pass",
        "clause 5 confirms Art. 53 and the Annex XII information; the UK provider names an "
        "authorised representative in the Netherlands (Art. 54(1))",
    ),
    (
        "flop-label",
        D,
        f"{EU}/compliance-timeline",
        "pass",
        "model duties from the model's placement (Art. 113(b)), Art. 50 from 2 Aug 2026",
    ),
    (
        "flop-label",
        D,
        f"{EU}/roles-allocated",
        "pass",
        "clause 2 names the provider and the deployer (Art. 3(3)-(4))",
    ),
    # --- Ministry: a general-purpose system fine-tuned into benefits triage ---
    (
        "ministry-benefits-finetune",
        HR,
        f"{EU}/roles-allocated",
        "fail",
        "the Department puts a general-purpose AI system to evaluating eligibility for "
        "public-assistance benefits (Annex III point 5(a)), a purpose that makes it "
        "high-risk: it becomes the provider (Art. 25(1)(c)) and Lumen is no longer the "
        "provider of that system (Art. 25(2)); clause 4 keeps the Department a deployer "
        "only, leaving the Art. 16 duties with no owner",
    ),
    (
        "ministry-benefits-finetune",
        D,
        f"{EU}/roles-allocated",
        "fail",
        "signed 1 Oct 2026 for the triage tool that goes live on 1 Feb 2028: the roles it "
        "allocates are wrong now and will govern the system in service (Art. 25(1)(c))",
    ),
    (
        "ministry-benefits-finetune",
        D,
        f"{EU}/gpai-provider-duties",
        "pass",
        "clause 2: the EU-established model provider confirms Art. 53 and gives the Annex "
        "XII information and the technical access the Department needs (Arts 53(1)(b), "
        "25(2)); no representative is needed (Art. 54(1) is for third-country providers)",
    ),
    (
        "ministry-benefits-finetune",
        HR,
        f"{EU}/high-risk-classification",
        "unknown",
        "an Annex III point 5(a) use by a public authority, which profiles the claimants "
        "(no Art. 6(3) derogation, last subparagraph): high-risk (Art. 6(2)); the contract "
        "neither records nor denies the classification: silent",
    ),
    (
        "ministry-benefits-finetune",
        D,
        f"{EU}/compliance-timeline",
        "pass",
        "model duties from the model's placement on 1 Oct 2025 (Art. 113(b)); Art. 50 from "
        "2 Aug 2026",
    ),
    (
        "ministry-benefits-finetune",
        D,
        f"{EU}/scope-qualification-recorded",
        "pass",
        "a civilian purpose stated in full and no exclusion claimed (Art. 2(1), 2(3))",
    ),
    (
        "ministry-benefits-finetune",
        HR,
        f"{EU}/provider-obligations",
        "fail",
        "added after the first run; the blind answer unknown was wrong: the Department is "
        "the provider of the high-risk triage system (Art. 25(1)(c)) and owes Arts 16-17, "
        "and clause 4 is not silence: it declares the Department a deployer only and puts "
        "the provider's place on Lumen, which is no longer the provider of that system "
        "(Art. 25(2)); the contract so denies the system's provider its duties",
    ),
    # --- Municipality: non-EU provider, no representative, model placed in 2026 ---
    (
        "nonEU-no-representative",
        D,
        f"{EU}/gpai-provider-duties",
        "fail",
        "a provider established in Singapore appoints, by written mandate, an authorised "
        "representative established in the Union before placing its model on the Union "
        "market (Art. 54(1)); clause 6 says it has none; the model is neither open source "
        "(Art. 54(6)) nor exempt otherwise",
    ),
    (
        "nonEU-no-representative",
        LATE,
        f"{EU}/gpai-provider-duties",
        "fail",
        "the same: no representative (Art. 54(1))",
    ),
    (
        "nonEU-no-representative",
        D,
        f"{EU}/compliance-timeline",
        "fail",
        "Art. 111(3) gives until 2 Aug 2027 only to models placed on the market before "
        "2 Aug 2025; a model placed on 1 Mar 2026 is bound from its placement (Art. 113(b)): "
        "clause 8's 2 Aug 2027 defers the duties (legal notes EUAI-21 FAIL)",
    ),
    (
        "nonEU-no-representative",
        D,
        f"{EU}/roles-allocated",
        "pass",
        "clause 2 names the provider and the deployer (Art. 3(3)-(4)); the missing "
        "representative is gpai-provider-duties' business (Art. 54)",
    ),
    (
        "nonEU-no-representative",
        D,
        f"{EU}/gpai-systemic-risk-duties",
        "not_applicable",
        "the model has no systemic risk (Art. 51): Art. 55 does not apply",
    ),
    # --- Bank: systemic-risk model placed on the market in 2024 ---
    (
        "legacy-2024-model",
        D,
        f"{EU}/gpai-provider-duties",
        "pass",
        "a model placed on the market on 15 May 2024 complies by 2 Aug 2027 (Art. 111(3)); "
        "the contract runs past that day and clause 5 commits the EU-established provider "
        "to Art. 53 and the Annex XII information by then",
    ),
    (
        "legacy-2024-model",
        LATE,
        f"{EU}/gpai-provider-duties",
        "pass",
        "after 2 Aug 2027 the Art. 53 duties bind; clause 5 commits to them",
    ),
    (
        "legacy-2024-model",
        D,
        f"{EU}/gpai-systemic-risk-duties",
        "pass",
        "designated as a model with systemic risk (Art. 52(4)); clause 5 commits to Art. 55 "
        "by 2 Aug 2027, the Art. 111(3) date",
    ),
    (
        "legacy-2024-model",
        LATE,
        f"{EU}/gpai-systemic-risk-duties",
        "pass",
        "after 2 Aug 2027 Art. 55 binds; clause 5 commits to it",
    ),
    (
        "legacy-2024-model",
        D,
        f"{EU}/compliance-timeline",
        "pass",
        "model duties by 2 Aug 2027 for a model placed before 2 Aug 2025 (Art. 111(3)); "
        "Art. 50 from 2 Aug 2026 (legal notes EUAI-21 PASS)",
    ),
    (
        "legacy-2024-model",
        D,
        f"{EU}/roles-allocated",
        "pass",
        "clause 2 names the provider and the deployer (Art. 3(3)-(4))",
    ),
    # --- Health service: open-source model with systemic risk ---
    (
        "opensource-systemic",
        D,
        f"{EU}/gpai-provider-duties",
        "fail",
        "Art. 53(2) exempts open-source models from Art. 53(1)(a)-(b) and Art. 54(6) from "
        "the representative, but neither 'for general-purpose AI models with systemic "
        "risks'; the Commission designated Falak-XL (Art. 52(4)); clause 4 refuses the "
        "technical documentation and the representative of a third-country provider",
    ),
    (
        "opensource-systemic",
        LATE,
        f"{EU}/gpai-provider-duties",
        "fail",
        "the same refusal; placed on the market on 1 Dec 2025, no Art. 111(3) transition",
    ),
    (
        "opensource-systemic",
        D,
        f"{EU}/gpai-systemic-risk-duties",
        "unknown",
        "a model with systemic risk owes Art. 55(1)(a)-(d), open source or not; the "
        "contract says nothing of them: silent",
    ),
    (
        "opensource-systemic",
        D,
        f"{EU}/compliance-timeline",
        "unknown",
        "the contract schedules neither the model duties (Art. 113(b)) nor the Art. 50 "
        "duties of a system that generates text (Art. 50(2)): silent (legal notes EUAI-21 "
        "UNKNOWN)",
    ),
    (
        "opensource-systemic",
        D,
        f"{EU}/roles-allocated",
        "unknown",
        "the contract names no provider or deployer of the system: silent",
    ),
    (
        "opensource-systemic",
        D,
        f"{EU}/scope-qualification-recorded",
        "pass",
        "added after the first run, answered before it was run: a civilian purpose stated "
        "in full and no exclusion claimed (Art. 2(1), 2(3))",
    ),
    # --- City: open-source model without systemic risk ---
    (
        "opensource-small",
        D,
        f"{EU}/gpai-provider-duties",
        "pass",
        "a free and open-source model with public weights, architecture and usage "
        "information and no systemic risk: Art. 53(1)(a)-(b) do not apply (Art. 53(2)) "
        "and no representative is needed (Art. 54(6)); the copyright policy and the "
        "training-content summary of Art. 53(1)(c)-(d), which do apply, are given. First "
        "run: fail, because the description recorded gpai_documentation false (no Annex "
        "XII information) as the fact's meaning then read; the meaning now says the fact "
        "states the Art. 53(1)(c)-(d) commitments for such a model",
    ),
    (
        "opensource-small",
        LATE,
        f"{EU}/gpai-provider-duties",
        "pass",
        "the same (Arts 53(2), 54(6))",
    ),
    (
        "opensource-small",
        D,
        f"{EU}/gpai-systemic-risk-duties",
        "not_applicable",
        "about 2 x 10^23 FLOP, no designation: no systemic risk (Art. 51)",
    ),
    (
        "opensource-small",
        D,
        f"{EU}/compliance-timeline",
        "pass",
        "model duties from the model's placement on 1 Sep 2025 (Art. 113(b)); Art. 50 from "
        "2 Aug 2026",
    ),
    (
        "opensource-small",
        D,
        f"{EU}/roles-allocated",
        "pass",
        "clause 2 names the model's provider and says the City deploys it as supplied (Art. "
        "3(3)-(4))",
    ),
    # --- Armed forces: defence-only use of a commercially sold model ---
    (
        "defence-only-commercial-model",
        D,
        f"{EU}/gpai-provider-duties",
        "fail",
        f"{MODEL_DUTIES}; the US provider names no authorised representative (Art. 54(1)) "
        "and the model is not open source (Art. 54(6))",
    ),
    (
        "defence-only-commercial-model",
        LATE,
        f"{EU}/gpai-provider-duties",
        "fail",
        f"the same: no representative (Art. 54(1)); {MODEL_DUTIES}",
    ),
    (
        "defence-only-commercial-model",
        D,
        f"{EU}/compliance-timeline",
        "fail",
        "clause 9 puts the provider's Chapter V commitments at 1 Jan 2028 for a model "
        "placed on the Union market on 1 Oct 2025, bound from its placement (Art. 113(b)); "
        f"{MODEL_DUTIES}; the Art. 50 duties of the system are excluded with it (Art. 2(3)), "
        "the model's dates are not. First run: not_applicable (the rule applied only to a "
        "deployment within the Act); fixed",
    ),
    (
        "defence-only-commercial-model",
        LATE,
        f"{EU}/compliance-timeline",
        "fail",
        "added after the first run, answered before it was run: the same deferral to "
        f"1 Jan 2028 of duties binding since 1 Oct 2025 (Art. 113(b)); {MODEL_DUTIES}",
    ),
    (
        "defence-only-commercial-model",
        D,
        f"{EU}/scope-qualification-recorded",
        "pass",
        "the exclusion is claimed for purposes and use cases listed in full and all "
        "military or defence, with no lawful-use grant and a clause that any other use "
        "triggers compliance (Art. 2(3), Recital 24)",
    ),
    (
        "defence-only-commercial-model",
        D,
        f"{EU}/roles-allocated",
        "not_applicable",
        "the system is used exclusively for military and defence purposes (Art. 2(3)): the "
        "Act's provider and deployer duties for the system do not apply to this use; the "
        "model's duties are read by the GPAI rules",
    ),
    (
        "defence-only-commercial-model",
        D,
        f"{EU}/high-risk-classification",
        "not_applicable",
        "excluded use (Art. 2(3)); no Annex III use either",
    ),
    (
        "defence-only-commercial-model",
        D,
        f"{EU}/gpai-systemic-risk-duties",
        "not_applicable",
        "the model has no systemic risk (Art. 51)",
    ),
]

#: Rows the tool cannot yet get right.
KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit68_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit68_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
