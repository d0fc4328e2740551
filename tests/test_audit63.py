"""Sixty-third legal-fidelity audit: what the contract buys against its "not high-risk"
label. Seven descriptions (tests/data/audit63/*.yaml), written blind from the AI Act
(Regulation (EU) 2024/1689 as amended by Regulation (EU) 2026/1744): Arts 3(12) (intended
purpose), 6(2)-(4) (the derogation and, in the last subparagraph of 6(3), its profiling
exception), 25(1)(c) (a new intended purpose), 26, 27, 49 and Annex III points 1-8, and
the project's legal notes (EUAI-03, EUAI-07, EUAI-10, EUAI-12, EUAI-13, EUAI-15, EUAI-16,
EUAI-19), run through the real CLI and read as counsel would. The Commission's Art. 6(5)
guidelines exist only as a draft (19 May 2026): no row rests on them.

Each contract's headline calls the system decision support, an assistant, analytics or
not high-risk; what it buys is an Annex III use: a "writing assistant" that ranks
applicants for a ministry's own posts (point 4(a)); a "citizen chatbot" that tells
residents whether they are eligible for housing benefit (5(a)); a "translation service"
that rates asylum applicants' credibility (7(c)) under a claimed Art. 6(3)(d)
derogation; "portfolio analytics" that score loan applicants (5(b)); an "underwriting
assistant" that claims the preparatory-task derogation while it classes life-insurance
applicants by their health (5(c)); a general-purpose model a university puts to exam
grading and admissions, becoming the provider (Art. 25(1)(c), points 3(a)-(b)); and a
control whose every purchase stays outside Annex III.

The intended purpose is what the provider's information, including its sales materials
and statements, says the system is for (Art. 3(12)): an order form or statement of work
is such a statement, and a label never outweighs it. A system listed in Annex III is
high-risk (Art. 6(2)) unless the provider documents an Art. 6(3) assessment (Art. 6(4)),
and never when it profiles natural persons (Art. 6(3), last subparagraph).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give,
and the reason (instrument, article, paragraph). The blind answers (49 rows) were written
before the tool was run; three rows were added after the first run, each answer written
before that row was run. On the first run 44 matched and five did not:

- Two wrong PASS-or-worse readings of registration: a provider that claims the Art. 6(3)
  derogation for a profiling system registers it under Art. 49(2) as not high-risk, and
  the tool read `ai_act.registration: true` as meeting Art. 49(1) (the insurer: a wrong
  PASS; the asylum office: unknown only because its own use registration was missing).
  eu-database-registration now fails a registration resting on a derogation claimed for
  a system that profiles natural persons (new fixtures: fail, and pass for a derogation
  with no profiling).
- The lender's "analytics only; not a high-risk AI system": the describer had left the
  label unrecorded and the tool said unknown, where counsel fails it; and a describer
  could have recorded the label as a documented classification and got a wrong PASS. The
  meanings of ai_act.classification_documented and ai_act.derogation_claimed now say that
  a label calling a system bought for an Annex III use not high-risk documents no
  classification (false) and relies on the derogation (true, no condition stated); the
  meanings of ai_act.profiling (a contract's "does not profile" beside a per-person score
  is a label), ai_act.annex_iii, ai_act.registration and use_cases (what a statement of
  work buys, whatever the headline) say the same for their facts. The descriptions here
  record the labels that way.
- The control's classification: the blind answer was pass; the tool says not_applicable,
  and it is right (Art. 6(2)-(4) put no duty on a system with no Annex III use): two rows
  record the blind answer as wrong.

No row is a known wrong.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit63"

EU = "eu-ai-act-high-risk"

#: The day the contracts are read: each in its term, after 2 Dec 2027 (Chapter III for
#: Annex III systems, Art. 113(c) as amended), each system put into service after that day
#: or on it (no Art. 111(2) transition).
D = "2028-03-01"
#: Before 2 Dec 2027: the contracts are signed, their systems not yet in service, and
#: each will go live after that day; counsel reviewing the signed terms reads them now.
PRE = "2027-11-01"

#: Why a label does not decide the classification.
LABEL = (
    "the intended purpose is the use the provider intends, as its information, sales "
    "materials and statements specify it (Art. 3(12)); a system intended for an Annex III "
    "use is high-risk (Art. 6(2)) unless the provider documents an Art. 6(3) assessment "
    "before putting it into service (Art. 6(4)); calling it 'not high-risk' is neither "
    "(legal notes EUAI-03 FAIL: an Annex III use classified as minimal-risk without "
    "assessment)"
)

#: Why profiling shuts the derogation.
PROFILING = (
    "'an AI system referred to in Annex III shall always be considered to be high-risk "
    "where the AI system performs profiling of natural persons' (Art. 6(3), last "
    "subparagraph; profiling as GDPR Art. 4(4) defines it, Art. 3(52)): the derogation "
    "cannot be relied on whatever condition of Art. 6(3)(a)-(d) is claimed, and the "
    "contract's own 'does not profile' is a label the described function contradicts "
    "(legal notes EUAI-03 FAIL)"
)

CASES: list[tuple[str, str, str, str, str]] = [
    # --- Ministry: a "writing assistant" that ranks applicants for its own posts ---
    (
        "hr-writing-assistant",
        D,
        f"{EU}/high-risk-classification",
        "fail",
        "Annex 2 buys the scoring and ranking of applicants for the ministry's vacancies: "
        "Annex III point 4(a) ('to analyse and filter job applications, and to evaluate "
        f"candidates'); clause 2 says no Annex III area and not high-risk; {LABEL}; and the "
        "ranking profiles the applicants, so no derogation could be claimed (Art. 6(3), "
        "last subparagraph)",
    ),
    (
        "hr-writing-assistant",
        PRE,
        f"{EU}/high-risk-classification",
        "fail",
        "signed 1 Sep 2027, put into service 15 Jan 2028, after 2 Dec 2027 (Art. 113(c) as "
        "amended; no Art. 111(2) transition): the signed classification is wrong now "
        f"and will govern the system in service; {LABEL}",
    ),
    (
        "hr-writing-assistant",
        D,
        f"{EU}/conformity-assessment",
        "fail",
        "clause 9 relieves the provider of the conformity assessment and the EU declaration "
        "of conformity for a high-risk Annex III point 4 system: Arts 16(f)-(h), 43(2) "
        "(internal control, Annex VI), 47, 48 require them before it is put into service",
    ),
    (
        "hr-writing-assistant",
        D,
        f"{EU}/eu-database-registration",
        "fail",
        "clause 9: no registration; the provider registers the system before putting it "
        "into service (Art. 49(1)) and the ministry, a public authority, registers its use "
        "and may not use an unregistered system (Arts 49(3), 26(8))",
    ),
    (
        "hr-writing-assistant",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "unknown",
        "a federal ministry is a body governed by public law deploying an Annex III point 4 "
        "system: Art. 27(1) requires a FRIA before first use; the contract says nothing of "
        "one: silence is unknown",
    ),
    (
        "hr-writing-assistant",
        D,
        f"{EU}/workplace-information",
        "unknown",
        "the ministry ranks candidates for its own posts (used at its workplace): before "
        "use it informs workers' representatives and the affected workers (Art. 26(7)); "
        "the contract is silent",
    ),
    (
        "hr-writing-assistant",
        D,
        f"{EU}/risk-management",
        "unknown",
        "no Art. 9 risk-management commitment and no disclaimer: silent, and the label "
        "does not make Art. 9 inapplicable (Art. 6(2), Art. 8(1))",
    ),
    (
        "hr-writing-assistant",
        D,
        f"{EU}/human-oversight",
        "unknown",
        "'the selection panel decides' makes the outputs advisory; it does not state that "
        "overseers can override or stop the system or are trained (Art. 14(4)(d)-(e), "
        "26(2))",
    ),
    (
        "hr-writing-assistant",
        D,
        f"{EU}/roles-allocated",
        "pass",
        "clause 2 names the vendor provider and the ministry deployer (Art. 3(3)-(4)); both "
        "are established in the EU",
    ),
    # --- City welfare office: a "citizen chatbot" that decides eligibility ---
    (
        "benefits-chatbot",
        D,
        f"{EU}/high-risk-classification",
        "fail",
        "Annex 1 buys the evaluation of residents' eligibility for housing benefit by a "
        "public authority: Annex III point 5(a); clause 2 calls it not high-risk with no "
        f"Art. 6(3) assessment; {LABEL}. Telling a resident that no application is needed "
        "materially influences the outcome (Art. 6(3), first subparagraph)",
    ),
    (
        "benefits-chatbot",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "fail",
        "clause 6 rules a FRIA out; the city is a public authority deploying an Annex III "
        "point 5 system: Art. 27(1) requires one before first use (legal notes EUAI-15 "
        "FAIL: go-live without a FRIA for such a deployer)",
    ),
    (
        "benefits-chatbot",
        PRE,
        f"{EU}/fundamental-rights-impact-assessment",
        "fail",
        "signed 15 Oct 2027; the service goes live on 1 Feb 2028, after 2 Dec 2027 when "
        "Art. 27 applies to Annex III systems, and clause 6 already rules the FRIA out: "
        "counsel flags it now",
    ),
    (
        "benefits-chatbot",
        D,
        f"{EU}/transparency",
        "pass",
        "clause 5: residents are told at the start that they talk to an AI system (Art. "
        "50(1)), whatever the system's risk class",
    ),
    (
        "benefits-chatbot",
        D,
        f"{EU}/transparency-marking",
        "unknown",
        "the chatbot generates text; the contract says nothing on machine-readable marking "
        "(Art. 50(2)): silent",
    ),
    (
        "benefits-chatbot",
        D,
        f"{EU}/eu-database-registration",
        "unknown",
        "no term on registration by the provider (Art. 49(1)) or of the city's use (Art. "
        "49(3), 26(8)): silent",
    ),
    (
        "benefits-chatbot",
        D,
        f"{EU}/deployer-duties",
        "unknown",
        "no Art. 26 commitment by the city, and none ruled out: silent",
    ),
    # --- Asylum office: a "translation service" that rates credibility ---
    (
        "asylum-translation",
        D,
        f"{EU}/high-risk-classification",
        "fail",
        "Annex 3 buys a credibility indicator on each applicant's account for the case "
        "officer: assisting the examination of asylum applications, 'including related "
        "assessments of the reliability of evidence' (Annex III point 7(c)); clause 4 claims "
        f"Art. 6(3)(d); {PROFILING}",
    ),
    (
        "asylum-translation",
        PRE,
        f"{EU}/high-risk-classification",
        "fail",
        "signed 1 Aug 2027, in service from 2 Jan 2028: the derogation the contract relies "
        f"on is unavailable from the day the system goes live; {PROFILING}",
    ),
    (
        "asylum-translation",
        D,
        f"{EU}/eu-database-registration",
        "fail",
        "clause 4: the provider registers the system under Art. 49(2) as one it considers "
        "not high-risk; a high-risk Annex III point 7 system is registered under Art. 49(1) "
        "in the secure non-public section (Art. 49(4)), and the office registers its use "
        "(Art. 49(3)); the registration the contract provides for is not the one the law "
        "requires. The tool said unknown (only the office's use registration was missing): "
        "it read the 49(2) registration as meeting 49(1). Fixed: eu-database-registration "
        "fails a registration resting on a derogation claimed for a profiling system",
    ),
    (
        "asylum-translation",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "unknown",
        "a federal asylum office is a public body deploying an Annex III point 7 system "
        "(Art. 27(1)); silent",
    ),
    (
        "asylum-translation",
        D,
        f"{EU}/conformity-assessment",
        "unknown",
        "no term on the conformity assessment (Art. 43(2)), declaration or CE marking: silent",
    ),
    (
        "asylum-translation",
        D,
        f"{EU}/human-oversight",
        "unknown",
        "the case officer decides, but nothing on override, stop or training (Art. 14(4), 26(2))",
    ),
    # --- Consumer lender: "analytics" that score loan applicants ---
    (
        "borrower-analytics",
        D,
        f"{EU}/high-risk-classification",
        "fail",
        "Module B buys a repayment-risk score for each consumer-loan applicant that loan "
        "officers decide on: creditworthiness of natural persons, Annex III point 5(b) "
        "(Module C, fraud detection, is excluded from 5(b) but does not take B out); clause "
        f"2 calls it analytics and not high-risk; {LABEL}. The describer first left the "
        "label unrecorded and the tool said unknown; a describer who recorded clause 2 as a "
        "documented classification (classification_documented true) got a wrong PASS. The "
        "meanings of classification_documented and derogation_claimed now say how to record "
        "such a label (false; true with no condition), and credit scoring profiles by its "
        "nature (Art. 6(3), last subparagraph)",
    ),
    (
        "borrower-analytics",
        D,
        f"{EU}/eu-database-registration",
        "unknown",
        "no term on registration (Art. 49(1)); a private bank registers no use (Art. 49(3)). "
        "The label is no registration term: silent. (Added after the first run, answer "
        "written before running it.)",
    ),
    (
        "borrower-analytics",
        D,
        f"{EU}/accuracy-robustness-cybersecurity",
        "fail",
        "clause 8 disclaims accuracy, robustness and security of every score: Art. 15(1) "
        "requires an appropriate level of each for a high-risk system (legal notes EUAI-10 "
        "FAIL: disclaims robustness or security for the high-risk use)",
    ),
    (
        "borrower-analytics",
        D,
        f"{EU}/logging-and-retention",
        "fail",
        "clause 10: logs deleted after thirty days; the provider (Art. 19(1)) and deployer "
        "(Art. 26(6)) keep them at least six months unless Union or national law provides "
        "otherwise, and none is named",
    ),
    (
        "borrower-analytics",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "unknown",
        "a private bank, but Art. 27(1) also covers deployers of Annex III point 5(b) "
        "systems: a FRIA is due before first use; the contract is silent",
    ),
    (
        "borrower-analytics",
        D,
        f"{EU}/risk-management",
        "unknown",
        "no Art. 9 term: silent (the accuracy disclaimer is Art. 15's question)",
    ),
    (
        "borrower-analytics",
        D,
        f"{EU}/human-oversight",
        "unknown",
        "loan officers decide; override, stop and training not stated (Art. 14(4), 26(2))",
    ),
    # --- Life insurer: the preparatory-task derogation claimed while profiling ---
    (
        "underwriting-derogation",
        D,
        f"{EU}/high-risk-classification",
        "fail",
        "Schedule 1: a risk class per applicant from health and lifestyle data that sets "
        "the premium or refuses cover: Annex III point 5(c) (risk assessment and pricing of "
        "natural persons in life and health insurance); clause 3 claims Art. 6(3)(d) and "
        f"documents it; {PROFILING}",
    ),
    (
        "underwriting-derogation",
        D,
        f"{EU}/conformity-assessment",
        "fail",
        "clause 7: no conformity assessment and no CE marking, 'the Service not being "
        "high-risk'; a high-risk system needs both before it is put into service (Arts "
        "16(f), (h), 43(2), 48)",
    ),
    (
        "underwriting-derogation",
        PRE,
        f"{EU}/conformity-assessment",
        "fail",
        "signed 1 May 2027, in service from 3 Jan 2028: the signed clause 7 rules out the "
        "assessment the system will need on the day it goes live (Arts 16(f), 43(2))",
    ),
    (
        "underwriting-derogation",
        D,
        f"{EU}/eu-database-registration",
        "fail",
        "clause 3: registration under Art. 49(2) as a system considered not high-risk; a "
        "high-risk system is registered under Art. 49(1), with the Annex VIII Section A "
        "data, not Section B. The tool passed (a wrong PASS: registration true was read as "
        "meeting Art. 49(1) whatever derogation it rested on); fixed in "
        "eu-database-registration",
    ),
    (
        "underwriting-derogation",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "unknown",
        "a private insurer, but Art. 27(1) covers deployers of Annex III point 5(c) "
        "systems: FRIA due; silent",
    ),
    (
        "underwriting-derogation",
        D,
        f"{EU}/data-governance",
        "unknown",
        "health data trains and feeds the classifier; no Art. 10 term: silent",
    ),
    # --- University: a general-purpose model put to grading and admissions ---
    (
        "gpai-exam-grading",
        D,
        f"{EU}/high-risk-classification",
        "pass",
        "the model provider's 'not intended for any high-risk use' speaks for its model; "
        "Annex A buys grading (Annex III point 3(b)) and admission scoring (3(a)), and "
        "clause 6 records the resulting system as high-risk under point 3 with the "
        "university as its provider (Art. 25(1)(c)); no derogation is claimed (Art. 6(2))",
    ),
    (
        "gpai-exam-grading",
        D,
        f"{EU}/roles-allocated",
        "pass",
        "clause 6: the university is the provider of the high-risk system by changing the "
        "intended purpose (Art. 25(1)(c)); the model provider is named, gives the Art. "
        "25(2) information and has an EU authorised representative (Art. 54)",
    ),
    (
        "gpai-exam-grading",
        D,
        f"{EU}/gpai-provider-duties",
        "pass",
        "clause 6: Annex XII information and documentation to the downstream provider "
        "(Art. 53(1)(b)), authorised representative (Art. 54(1)); no systemic risk",
    ),
    (
        "gpai-exam-grading",
        PRE,
        f"{EU}/gpai-provider-duties",
        "pass",
        "Art. 53 applies since 2 Aug 2025 to a model placed on the market on 1 Sep 2025 "
        "(Art. 113(b); no Art. 111(3) transition): clause 6 meets it already",
    ),
    (
        "gpai-exam-grading",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "unknown",
        "a public university deploying an Annex III point 3 system: Art. 27(1) requires a "
        "FRIA; the contract is silent",
    ),
    (
        "gpai-exam-grading",
        D,
        f"{EU}/conformity-assessment",
        "unknown",
        "the university, now provider, must have the system assessed before putting it "
        "into service (Arts 16(f), 25(1), 43(2)); the contract says nothing",
    ),
    (
        "gpai-exam-grading",
        D,
        f"{EU}/eu-database-registration",
        "unknown",
        "the university, provider by Art. 25(1)(c) and a public authority deployer, "
        "registers the system (Art. 49(1)) and its use (Art. 49(3)); the contract says "
        "nothing (added after the first run, answer written before running it)",
    ),
    (
        "gpai-exam-grading",
        D,
        f"{EU}/transparency-marking",
        "unknown",
        "content generation is bought; no term on machine-readable marking (Art. 50(2))",
    ),
    # --- Control: an HR assistant whose purchases stay outside Annex III ---
    (
        "hr-assistant-control",
        D,
        f"{EU}/high-risk-classification",
        "not_applicable",
        "every licensed use (Annex 1, a complete list: drafting, translation, summaries, a "
        "leave-rules chatbot) lies outside Annex III; job advertisements the ministry "
        "publishes itself are not 'targeted job advertisements' (point 4(a)), and clause 4 "
        "excludes screening, ranking and evaluating people; the label agrees with what is "
        "bought. The blind answer was pass (legal notes EUAI-03: the contract records "
        "whether Annex III applies); wrong: Art. 6(2)-(4) put no duty on a system with no "
        "Annex III use, so the rule, which asks for the classification of Annex III uses, "
        "does not apply",
    ),
    (
        "hr-assistant-control",
        PRE,
        f"{EU}/high-risk-classification",
        "not_applicable",
        "the same purchases before 2 Dec 2027: no Annex III use at any date (blind answer "
        "pass, wrong as on 1 Mar 2028)",
    ),
    (
        "hr-assistant-control",
        PRE,
        f"{EU}/transparency",
        "pass",
        "Art. 50 applies since 2 Aug 2026 (Art. 113, as amended): clause 5 meets 50(1) "
        "before Chapter III applies (added after the first run, answer written before "
        "running it)",
    ),
    (
        "hr-assistant-control",
        D,
        f"{EU}/risk-management",
        "not_applicable",
        "not high-risk: Art. 9 applies only to high-risk systems (Art. 8(1))",
    ),
    (
        "hr-assistant-control",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "not_applicable",
        "Art. 27(1) reaches deployers of high-risk systems referred to in Art. 6(2) only",
    ),
    (
        "hr-assistant-control",
        D,
        f"{EU}/workplace-information",
        "not_applicable",
        "Art. 26(7) binds deployers of high-risk systems; this one is not",
    ),
    (
        "hr-assistant-control",
        D,
        f"{EU}/transparency",
        "pass",
        "clause 5: staff are told they talk to an AI system (Art. 50(1)), a duty that "
        "applies whatever the risk class",
    ),
    (
        "hr-assistant-control",
        D,
        f"{EU}/transparency-marking",
        "pass",
        "clause 5: generated text is marked in a machine-readable format (Art. 50(2))",
    ),
    (
        "hr-assistant-control",
        D,
        f"{EU}/ai-literacy",
        "pass",
        "clause 6: every user is trained (Art. 4)",
    ),
]

#: Rows the tool cannot yet get right.
KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit63_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit63_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
