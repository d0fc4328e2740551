"""Fifty-sixth legal-fidelity audit: automated decisions and human oversight, who decides.
Seven descriptions (tests/data/audit56/*.yaml), written blind from the GDPR (Art. 22(1)-(4),
Recital 71), the Law Enforcement Directive (EU) 2016/680 (Art. 11), the AI Act (Arts 14,
26(1)-(2), 26(5), 26(11), 27, 86), C-634/21 SCHUFA (a score a decision draws strongly on is
itself the decision), the NATO Principles of Responsible Use, the vendors' red line on
high-stakes automated decisions and the project's legal notes (AW-02, AW-03, AW-09, AW-10, AW-11,
AW-13, EUAI-09), run through the real CLI and read as counsel would.

The contracts: a benefits office's fraud risk score that caseworkers "consider", labelled
advisory, with a ban on decisions without a caseworker's approval, while a caseworker may
depart from the score only with a team leader's written approval and the performance
framework keeps departures under 2 per cent (98 per cent followed in the pilot); a visa
triage tool whose Low queue officers examine "as capacity allows" and which the staffing
plan never staffs, unexamined applications closed after 45 days; a police suspect ranking
under the LED, with an officer "in the loop" who may only confirm it, the persons ranked
told nothing and given no review; an alliance command's targeting support whose "advisory"
nominations go automatically into a strike cell's target list, each engagement still
needing the Target Engagement Authority's decision; a bank's promotion screen whose
shortlist is final, with human review only on request; a public employment service whose
contract states "appropriate human oversight" but names no trained person with power to
override or stop; and the control, a bank's credit bureau score used by trained officers
who decide and may depart and stop.

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). The blind answers were written before the
tool was run; where one differed, the row says so and why the verdict given is the right
one (police deployer-information and human-oversight before 2 Dec 2027, the strike cell's
targeting-and-c2-controlled, the promotion screen's and the visa tool's human-oversight,
the employment service's automated-decisions and deployer-duties).

Found and fixed (a wrong PASS): data-residency/automated-decisions passed the benefits
score, for clause 6.4 bans decisions "without a caseworker's approval" and the definition
human-decides took such a ban for a human decision whatever else the contract said, though
clause 6.2 takes the caseworker's power to depart from the score away. The definition now
fails wherever the contract itself states that the approving human may not depart from the
output (can_override false), or only supervises a system that acts (human-on-the-loop, no
control), or that the system may decide alone (decisions without human approval expressly
permitted, or approval only where practicable): a ban met by the approval of someone bound
to the score is a token gesture (WP251 rev.01, p. 21; C-634/21 SCHUFA). The same change
lets led-automated-decisions fail the police ranking (an officer who may only confirm, no
right to human intervention: LED Art. 11(1)) and automated-decisions fail the promotion
screen (shortlisting expressly automated, a contract ground with one of the three
Art. 22(3) rights), both unknown before. Clause 6.4 of the benefits contract was added
after the first run, to probe the label; the first run, without it, was unknown as blind.

Known wrong (strict xfail): no-autonomous-weapons/human-decision-per-engagement is unknown
on the strike cell, whose clause 6 is AW-03's PASS wording, because the rule asks that the
autonomous-weapons ban have no carve-out and the contract has no such ban to carve out of.

Not modelled: the AI Act's right to an explanation of an individual decision (Art. 86) has
no fact and no rule; how often a human follows a score in practice (the 98 per cent) is
no term a contract states, and the rules say so (counsel checks the practice).
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit56"

EU = "eu-ai-act-high-risk"
DR = "data-residency"
AW = "no-autonomous-weapons"

#: The day every contract is read: each in its term, after 2 Dec 2027 (Annex III duties).
D = "2028-06-01"
#: Before 2 Dec 2027, the contracts signed and their terms still to start.
EARLY = "2027-12-01"

#: Why a score the human must follow is no human decision.
BOUND = (
    "a human 'decides' only with the authority and competence to change the outcome; "
    "approval by someone who may not depart from the output is a token gesture (WP251 "
    "rev.01, p. 21, endorsed by the EDPB), and a score the decision draws strongly on is "
    "itself the decision (C-634/21 SCHUFA, 7 Dec 2023, operative part)"
)

CASES: list[tuple[str, str, str, str, str]] = [
    # --- Benefits office: a fraud score 'considered' and followed in 98% of cases ---
    (
        "benefits-fraud-score",
        D,
        f"{DR}/automated-decisions",
        "unknown",
        f"clause 6.2: the caseworker may depart from the risk class only with a team "
        f"leader's written approval; 6.3 targets departures below 2%: {BOUND}. So no human "
        "takes each decision (GDPR Art. 22(1)), the 'advisory' label (6.1) and the ban on "
        "decisions without a caseworker's approval (6.4) notwithstanding; the contract "
        "names no Art. 22(2) ground (a law authorising it, 22(2)(b), may exist): unknown, "
        "not pass. Fixed: the tool passed (a wrong PASS), reading the 6.4 ban as a human "
        "decision",
    ),
    (
        "benefits-fraud-score",
        D,
        f"{EU}/human-oversight",
        "fail",
        "the caseworkers assigned to oversight may not disregard or override the output on "
        "their own authority (AI Act Art. 14(4)(d); Art. 26(2): overseers with the "
        "necessary authority); the departure target entrenches automation bias "
        "(Art. 14(4)(b))",
    ),
    (
        "benefits-fraud-score",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "pass",
        "clause 7: the Office, a public body deploying an Annex III 5(a) system, assesses "
        "the impact on fundamental rights before first use (AI Act Art. 27(1))",
    ),
    (
        "benefits-fraud-score",
        D,
        f"{EU}/deployer-information",
        "unknown",
        "the recipients scored are subject to decisions the system assists; the contract "
        "is silent on telling them (AI Act Art. 26(11))",
    ),
    (
        "benefits-fraud-score",
        D,
        f"{EU}/ai-literacy",
        "pass",
        "clause 7: caseworkers complete a course on the system's functioning and limits "
        "(AI Act Art. 4, measures to support literacy)",
    ),
    (
        "benefits-fraud-score",
        D,
        f"{EU}/deployer-duties",
        "unknown",
        "no commitment to the Art. 26 duties, nothing on suspending use on a risk "
        "(AI Act Art. 26(1), (5)): silent",
    ),
    # --- Visa triage: the Low queue examined 'as capacity allows', never staffed ---
    (
        "visa-triage-low-queue",
        D,
        f"{DR}/automated-decisions",
        "unknown",
        "clause 5.2-5.3: Low-queue applications are examined only as capacity allows and "
        "closed after 45 days unexamined, so the triage decides them alone (GDPR "
        "Art. 22(1); Recital 71); clause 5.4's 'no refusal by the System' is a label, the "
        "closure has the effect. The human branch fails on stated facts; the contract "
        "names no Art. 22(2)(b) law authorising it, and silence is unknown, not a fail",
    ),
    (
        "visa-triage-low-queue",
        D,
        f"{EU}/human-oversight",
        "unknown",
        "override, stop and the overseers' training are not stated (AI Act Art. 14(4)(d)-(e), "
        "26(2)). Blind answer was fail (legal notes EUAI-09: fully automated action on "
        "outputs). Art. 14 asks that the system can be overseen, overridden and stopped, "
        "not that a human approve each output; the lack of a human decision on the Low "
        "queue is GDPR Art. 22's question, and the staffing that leaves oversight without "
        "'support' (Art. 26(2)) is no fact the format states",
    ),
    (
        "visa-triage-low-queue",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "unknown",
        "a public authority deploying an Annex III 7(c) system; the contract is silent on "
        "the assessment (AI Act Art. 27(1))",
    ),
    (
        "visa-triage-low-queue",
        D,
        f"{EU}/deployer-information",
        "unknown",
        "the 'standard notice' (clause 5.3) does not say a high-risk system assisted the "
        "outcome; silent (AI Act Art. 26(11))",
    ),
    # --- Police suspect ranking under the LED: an officer who may only confirm ---
    (
        "police-suspect-ranking",
        D,
        f"{DR}/led-automated-decisions",
        "fail",
        f"clause 6: the officer may only confirm the ranking or send it back, never change "
        f"it: {BOUND} (LED Art. 11(1) uses the same words); the ranking decides who is "
        "interviewed, searched and put under surveillance, significant effects; clause 7: "
        "the persons ranked have no way to obtain human intervention, the minimum "
        "Art. 11(1) asks of any authorising law. Fixed: the tool said unknown",
    ),
    (
        "police-suspect-ranking",
        D,
        f"{DR}/automated-decisions",
        "not_applicable",
        "a competent authority processing for law-enforcement purposes only: outside the "
        "GDPR (Art. 2(2)(d)); the LED governs",
    ),
    (
        "police-suspect-ranking",
        D,
        f"{EU}/human-oversight",
        "fail",
        "clause 6: the officer may not change the order or remove a person (AI Act "
        "Art. 14(4)(d): disregard, override or reverse the output; Art. 26(2): authority); "
        "the 'human in the loop' label does not give it",
    ),
    (
        "police-suspect-ranking",
        D,
        f"{EU}/deployer-information",
        "not_applicable",
        "AI Act Art. 26(11), last sentence: for a high-risk system used for law-enforcement "
        "purposes the information follows Art. 13 LED, so the Act asks nothing of the "
        "contract (as audit 48 found). Blind answer was unknown (whether LED Art. 13(3) "
        "restricts it); that is the LED's question, which this rule does not read. Audit 67 "
        "moved the row from pass: a duty the Act does not impose is not applicable, not met",
    ),
    (
        "police-suspect-ranking",
        EARLY,
        f"{EU}/human-oversight",
        "fail",
        "read on the terms in force on 2 Dec 2027, when Art. 14 and 26 bind Annex III "
        "systems (Art. 113 as amended by Regulation (EU) 2026/1744): the term runs from "
        "2028, so the duty binds the contract. Blind answer was not_applicable; the "
        "project reads a duty not yet in force on the terms that will face it "
        "(docs/writing-rule-packs.md, section 9)",
    ),
    (
        "police-suspect-ranking",
        EARLY,
        f"{DR}/led-automated-decisions",
        "fail",
        "the LED has applied since 6 May 2018 (Art. 63(1)); the terms signed on 1 Dec 2027 "
        "leave the officer no power to change the ranking and the persons no review",
    ),
    # --- Alliance targeting support: 'advisory' nominations auto-forwarded ---
    (
        "strike-cell-autoforward",
        D,
        f"{AW}/decision-support-advisory",
        "fail",
        "clause 5: nominations go automatically into the strike cell's target list, a "
        "duty officer may only remove them: auto-nomination into a strike queue without "
        "review (legal notes AW-09 FAIL; NATO Principles of Responsible Use, E, "
        "Governability; OpenAI red line 3). The 'advisory' label (clause 4) does not change "
        "what clause 5 buys",
    ),
    (
        "strike-cell-autoforward",
        D,
        f"{AW}/targeting-and-c2-controlled",
        "fail",
        "weapons targeting is in scope and its output acts with a human only on the loop "
        "(clause 5). Blind answer was pass, for the engagement itself needs an affirmative "
        "human decision (clause 6); but the rule asks that targeting be under human "
        "control, and a nomination that enters the strike list unless someone removes it "
        "is the automation-bias path AW-09 names (NATO PRU E)",
    ),
    (
        "strike-cell-autoforward",
        D,
        f"{AW}/human-judgment",
        "pass",
        "clause 4: appropriate levels of human judgment over every use of force, not "
        "qualified (DoDD 3000.09 (2023) s.1.2; legal notes AW-02)",
    ),
    (
        "strike-cell-autoforward",
        D,
        f"{AW}/nato-principles",
        "pass",
        "clause 2: the NATO Principles of Responsible Use are contract terms, for an "
        "alliance customer",
    ),
    (
        "strike-cell-autoforward",
        D,
        f"{AW}/traceability",
        "pass",
        "clause 6: nominations, model versions and engagement decisions logged for "
        "after-action and legal review (legal notes AW-10; NATO PRU C)",
    ),
    (
        "strike-cell-autoforward",
        D,
        f"{AW}/ihl-compliance",
        "pass",
        "clause 2: all use complies with international humanitarian law (legal notes AW-13)",
    ),
    (
        "strike-cell-autoforward",
        D,
        f"{AW}/deactivation",
        "unknown",
        "nothing on either party suspending the model or the capability it feeds "
        "(legal notes AW-11; NATO PRU E): silent",
    ),
    (
        "strike-cell-autoforward",
        D,
        f"{EU}/human-oversight",
        "not_applicable",
        "exclusively military purposes: outside the AI Act (Art. 2(3))",
    ),
    # --- Bank promotion screen: shortlist final, human review on request ---
    (
        "hr-promotion-review-on-request",
        D,
        f"{DR}/automated-decisions",
        "fail",
        "clause 5.1: the shortlist is final, a solely automated decision with a "
        "similarly significant effect on the employees passed over (GDPR Art. 22(1); "
        "Recital 71, e-recruiting without human intervention); 5.4 relies on the "
        "employment contract (22(2)(a), doubtful for a promotion screen) and gives only "
        "human review on request: Art. 22(3) asks also the rights to express one's point "
        "of view and to contest. Fixed: the tool said unknown, as the contract states no "
        "human oversight mode",
    ),
    (
        "hr-promotion-review-on-request",
        EARLY,
        f"{DR}/automated-decisions",
        "fail",
        "the GDPR has applied since 25 May 2018 (Art. 99(2)); the terms signed on 1 Nov "
        "2027 already make the shortlist final with one of the three Art. 22(3) rights",
    ),
    (
        "hr-promotion-review-on-request",
        D,
        f"{EU}/human-oversight",
        "unknown",
        "review on request lets HR reverse an outcome (Art. 14(4)(d)); a stop and the "
        "overseers' training are not stated (14(4)(e), 26(2)). Blind answer was fail "
        "(legal notes EUAI-09, fully automated action on outputs); but Art. 14 asks for "
        "the capability to oversee, override and stop, not for a human approval of each "
        "output, which is GDPR Art. 22's question (failed above)",
    ),
    (
        "hr-promotion-review-on-request",
        D,
        f"{EU}/workplace-information",
        "unknown",
        "the bank ranks its own employees for promotion (Annex III 4(b)); the contract is "
        "silent on informing workers' representatives and the workers before use "
        "(AI Act Art. 26(7))",
    ),
    (
        "hr-promotion-review-on-request",
        D,
        f"{EU}/deployer-information",
        "unknown",
        "clause 5.2 notifies the outcome, not that a high-risk system made it (AI Act "
        "Art. 26(11)): silent",
    ),
    (
        "hr-promotion-review-on-request",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "not_applicable",
        "a private bank, not providing public services, deploying an Annex III point 4 "
        "system: Art. 27(1) reaches public bodies, private entities providing public "
        "services, and deployers of points 5(b)-(c) only",
    ),
    (
        "hr-promotion-review-on-request",
        D,
        f"{EU}/ai-literacy",
        "unknown",
        "nothing on training the staff who operate the system (AI Act Art. 4)",
    ),
    # --- Public employment service: oversight stated, nobody named ---
    (
        "oversight-nobody-named",
        D,
        f"{EU}/human-oversight",
        "unknown",
        "clause 6 promises 'appropriate human oversight in accordance with Article 14' "
        "and has counsellors decide, but names no trained person with power to override "
        "or stop (AI Act Art. 14(4)(d)-(e), 26(2)): restating the law is not a term that "
        "buys it; silence is unknown, never a pass",
    ),
    (
        "oversight-nobody-named",
        D,
        f"{DR}/automated-decisions",
        "unknown",
        "counsellors 'decide, taking the classification into account', but whether they "
        "may depart from it is not stated. Blind answer was pass ('decide' read as the "
        "power to decide otherwise); but on this very pattern the Austrian Supreme "
        "Administrative Court held that the public employment service's classification can "
        "be a decision under GDPR Art. 22(1) and sent the case back for findings on how "
        "decisive it is in fact (VwGH 21 Dec 2023, Ro 2021/04/0010, applying C-634/21 "
        "SCHUFA): with the power to depart unstated, unknown",
    ),
    (
        "oversight-nobody-named",
        D,
        f"{EU}/deployer-duties",
        "unknown",
        "clause 8 commits the Service to its Art. 26 duties, but nothing states that it "
        "may suspend use on a risk without breach (Art. 26(5)). Blind answer was pass (the "
        "commitment covers 26(5)); but a promise to meet a duty does not show that the "
        "contract leaves the deployer free to perform it",
    ),
    (
        "oversight-nobody-named",
        D,
        f"{EU}/ai-literacy",
        "unknown",
        "nothing on training the counsellors (AI Act Art. 4)",
    ),
    (
        "oversight-nobody-named",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "unknown",
        "a public body deploying an Annex III 5(a) system; silent on the assessment "
        "(AI Act Art. 27(1))",
    ),
    (
        "oversight-nobody-named",
        D,
        f"{EU}/deployer-information",
        "unknown",
        "nothing on telling the jobseekers a high-risk system classifies them (AI Act Art. 26(11))",
    ),
    # --- The control: a credit score used by officers who decide ---
    (
        "credit-score-officer-decides",
        D,
        f"{DR}/automated-decisions",
        "pass",
        "clauses 5.1-5.4: officers decide each application on the full file, may depart "
        "from the score at their own discretion, no refusal on the score alone, solely "
        "automated decisions prohibited without exception: the score does not play the "
        "determining role (GDPR Art. 22(1); C-634/21 SCHUFA)",
    ),
    (
        "credit-score-officer-decides",
        D,
        f"{EU}/human-oversight",
        "pass",
        "clause 5.2-5.3: trained officers may depart from the score and the bank may stop "
        "its use (AI Act Art. 14(4)(b), (d), (e); 26(2))",
    ),
    (
        "credit-score-officer-decides",
        D,
        f"{EU}/deployer-information",
        "pass",
        "clause 6.1: each applicant is told the score is used (AI Act Art. 26(11))",
    ),
    (
        "credit-score-officer-decides",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "pass",
        "clause 6.2: a deployer of an Annex III 5(b) credit-scoring system assesses the "
        "impact before first use (AI Act Art. 27(1))",
    ),
    (
        "credit-score-officer-decides",
        D,
        f"{EU}/ai-literacy",
        "pass",
        "clause 5.2: officers trained in the score's functioning, limits and the risk of "
        "over-reliance (AI Act Art. 4)",
    ),
    (
        "credit-score-officer-decides",
        D,
        f"{EU}/deployer-duties",
        "pass",
        "clause 6.2: the Art. 26 duties; clause 5.3: the bank may stop and suspends on a "
        "risk (Art. 26(5))",
    ),
    (
        "strike-cell-autoforward",
        D,
        f"{AW}/human-decision-per-engagement",
        "pass",
        "clause 6: no target is engaged without the affirmative decision of the Target "
        "Engagement Authority, an identified officer, for that engagement, not qualified "
        "(legal notes AW-03 PASS; OpenAI red line 2). The contract has no autonomous-weapons "
        "ban, hence no carve-out from one: the describer states its restrictions in full "
        "(restrictions.in_contract: none, complete); without that statement the rule stays "
        "unknown, since a ban left out of a description is silence, not its absence",
    ),
]

#: Rows the tool cannot yet get right.
KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit56_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit56_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
