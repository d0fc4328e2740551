"""Twenty-fourth legal-fidelity audit: the EU AI Act high-risk requirements and duties the
earlier audits probed least, each contract the smallest that isolates one point, and three
realistic ones that exercise several rules at once, run through the real CLI
(tests/data/audit24/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). A PASS here must rest on terms in force on that
date, binding in rank and not contradicted by what the contract buys or by another term;
silence, and a commitment the contract qualifies away ("where practicable", "subject to
applicable law", "unless the Customer directs otherwise", written unspecified), is unknown.
Where the tool cannot yet give that verdict, the row sits in KNOWN_WRONG as a strict xfail
with the reason and where a fix belongs.

Regulation (EU) 2024/1689 (the AI Act) as amended by Regulation (EU) 2026/1744: Chapter III
applies to Annex III systems from 2 Dec 2027 (Art. 113, third paragraph, point (c)(i));
Art. 4 from 2 Feb 2025 (point (a)); Chapter V from 2 Aug 2025 (point (b)), and from
2 Aug 2027 for a model placed on the market before 2 Aug 2025 (Art. 111(3)); Art. 50 from
2 Aug 2026 (second paragraph), the marking of Art. 50(2) by 2 Dec 2026 for a generative
system placed on the market before 2 Aug 2026 (Art. 111(4)); a legacy system public
authorities use from 2 Aug 2030 (Art. 111(2), second sentence).

Accuracy, robustness and cybersecurity (Art. 15), instructions for use (Art. 13) and data
governance (Art. 10): a commitment in force, one that begins after the duty applies or has
lapsed, one at the provider's discretion, one in an annex the contract says does not bind,
one beside a public statement that contradicts the clause; a US screening service whose
output is used in Germany (Art. 2(1)(c)); an open use list; a customer that substantially
modifies the system and is kept a deployer (Art. 25(1)(b), 25(2)); legacy systems
(Art. 111(2)), public and private, changed and unchanged.

Roles (Arts 3(3)-(4), 25), deployer duties (Art. 26) and post-market monitoring (Art. 72):
a chatbot that is not high-risk but in scope; roles in a press release only or agreed from a
later date; a deployer that may suspend only with the vendor's consent (Art. 26(5)); a
general commitment to Art. 26 beside a clause that its overseers need no training, or that
the system runs with no human control (fixed: deployer-duties reads
safeguards.human_oversight.overseers_trained and .mode where stated, Art. 26(2));
monitoring dropped by an amendment or left to the provider's discretion.

Scope recorded (Art. 2(3), Recital 24), AI literacy (Art. 4) and the dates of the Act
(Art. 113): the exclusion claimed and confined, with its dual-use clause in a press release
only, beside an HR use or a grant of any lawful use; a deployment with no EU nexus;
literacy measures in a statement of work, ruled out, or in a side letter that expired;
Annex III duties scheduled for the Annex I date; Art. 50 scheduled for the marking grace by
a chatbot; emotion recognition with Art. 50 scheduled for 2027 (fixed: compliance-timeline
read only Art. 50(1)-(2) systems, and Art. 50(3)-(4) applies from 2 Aug 2026 too), and by the
police under the criminal-offences exception of Art. 50(3), which owes no such duty; a
generator that owes only the marking, on the market before 2 Aug 2026, scheduling it for
2 Dec 2026 (fixed: Art. 111(4) is accepted for such a system).

Serious incidents (Art. 73), provider obligations (Arts 16, 17, 22) and systemic-risk model
duties (Art. 55): the three clocks (15, 10, 2 days) met, one 30-day clock, a statement of
work that lets a death wait 20 days, a 10-day clock silent on the shorter ones,
incidents not passed between the parties; a quality-management commitment
beside a clause that refuses the conformity assessment (Art. 16(f)), the registration
(Art. 16(i)), the documentation to the authorities (Art. 16(k), Art. 21(1)) or Art. 15
(Art. 16(a)) (fixed: provider-obligations reads those refusals where stated, the
conformity assessment and the documentation not for testing in real-world conditions
before the market, Art. 3(57)); a US provider's authorised
representative by side letter, or only from a later date (Art. 22(1)); a systemic-risk
model's duties at the provider's "reasonable efforts", disclaimed by an amendment, disclaimed
for an open-source model (Art. 53(2) does not reach Art. 55), in a deployment with no EU
nexus, and systemic risk stated only by the press.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit24"

AI = "eu-ai-act-high-risk"
D = "2028-01-15"
LATER = "2028-06-01"
EARLY = "2027-06-01"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- Art. 15 accuracy, robustness and cybersecurity ---
    (
        "arc-committed",
        D,
        f"{AI}/accuracy-robustness-cybersecurity",
        "pass",
        "AI Act Art. 15(1): clause 6 commits the provider to an appropriate level of accuracy, "
        "robustness and cybersecurity; Annex III 4(a), applicable from 2 Dec 2027",
    ),
    (
        "arc-side-letter-later",
        LATER,
        f"{AI}/accuracy-robustness-cybersecurity",
        "pass",
        "AI Act Art. 15: the side letter in force prevails over clause 6 and commits the provider",
    ),
    (
        "arc-side-letter-lapsed",
        "2028-03-01",
        f"{AI}/accuracy-robustness-cybersecurity",
        "fail",
        "AI Act Art. 15(1): the side letter lapsed on 31 Jan 2028; clause 6, which disclaims "
        "accuracy, robustness and security, applies again",
    ),
    (
        "arc-where-practicable",
        D,
        f"{AI}/accuracy-robustness-cybersecurity",
        "unknown",
        "AI Act Art. 15(5): protection against data poisoning and adversarial examples is not "
        "qualified by commercial practicability; a commitment at the provider's discretion "
        "settles nothing",
    ),
    (
        "arc-annex-information-only",
        D,
        f"{AI}/accuracy-robustness-cybersecurity",
        "unknown",
        "AI Act Art. 15: the commitment sits only in annex 3, which clause 20 says does not "
        "form part of the agreement",
    ),
    (
        "arc-us-output-in-eu",
        D,
        f"{AI}/accuracy-robustness-cybersecurity",
        "fail",
        "AI Act Art. 2(1)(c): the Act reaches providers and deployers in a third country "
        "where the system's output is used in the Union; Art. 15 is disclaimed",
    ),
    (
        "arc-open-use-list",
        D,
        f"{AI}/accuracy-robustness-cybersecurity",
        "unknown",
        "AI Act Art. 6(2) and Annex III: the use list is open, so an unlisted use may be "
        "high-risk; the disclaimer of Art. 15 may matter, not out of scope",
    ),
    (
        "arc-modifier-not-provider",
        D,
        f"{AI}/accuracy-robustness-cybersecurity",
        "fail",
        "AI Act Art. 25(1)(b), 25(2) and 16(a): the recruiter that substantially modifies "
        "the system is its provider, answerable for Art. 15; the vendor's commitment is no "
        "longer the provider's",
    ),
    # --- Art. 13 instructions for use ---
    (
        "ifu-committed-amendment-refuses",
        LATER,
        f"{AI}/instructions-for-use",
        "fail",
        "AI Act Art. 13(2): amendment 2 replaces clause 8 and refuses instructions for use; "
        "a public product page is not them",
    ),
    (
        "ifu-subject-to-law",
        D,
        f"{AI}/instructions-for-use",
        "unknown",
        "AI Act Art. 13(2): the provider 'may' make documentation available, subject to its "
        "confidentiality; Art. 13 admits no such discretion, and the clause settles nothing",
    ),
    (
        "ifu-legacy-public",
        D,
        f"{AI}/instructions-for-use",
        "fail",
        "AI Act Art. 111(2), second sentence: a legacy system public authorities use must "
        "comply by 2 Aug 2030; the contract runs to 31 May 2031 and refuses instructions for "
        "use (read on the terms in force on the day the duty applies)",
    ),
    (
        "ifu-legacy-private-changed",
        D,
        f"{AI}/instructions-for-use",
        "fail",
        "AI Act Art. 111(2), first sentence: a legacy system is bound once its design changes "
        "significantly; this one has, and the contract refuses Art. 13",
    ),
    (
        "ifu-legacy-private-unchanged",
        D,
        f"{AI}/instructions-for-use",
        "not_applicable",
        "AI Act Art. 111(2), first sentence as replaced by Regulation (EU) 2026/1744: a "
        "system put into service before 2 Dec 2027, unchanged since and used by no public "
        "authority, is outside the Regulation",
    ),
    # --- Art. 10 data governance ---
    (
        "dg-exam-scoring-silent",
        D,
        f"{AI}/data-governance",
        "unknown",
        "AI Act Annex III 3(b) and Art. 10: scoring exams is high-risk; the contract is "
        "silent on data governance",
    ),
    (
        "dg-unless-customer-directs",
        D,
        f"{AI}/data-governance",
        "unknown",
        "AI Act Art. 10(2)(f): the examination for bias binds the provider; a commitment the "
        "customer may switch off is no commitment",
    ),
    (
        "dg-side-letter-lapses-before-duty",
        D,
        f"{AI}/data-governance",
        "unknown",
        "AI Act Art. 10: the side letter lapsed on 30 Nov 2027, before the duty applied; the "
        "contract is silent",
    ),
    (
        "dg-public-statement",
        D,
        f"{AI}/data-governance",
        "fail",
        "AI Act Art. 10: a sustainability report is no contract term and never overrides "
        "clause 5, which disclaims any duty as to the training data",
    ),
    # --- Roles (Arts 3(3)-(4), 25) ---
    (
        "roles-chatbot-silent",
        D,
        f"{AI}/roles-allocated",
        "unknown",
        "AI Act Arts 3(3)-(4) and 2(1): the roles matter for every system in scope, high-risk "
        "or not (Arts 4, 50); the contract does not allocate them",
    ),
    (
        "roles-modifier-made-provider",
        D,
        f"{AI}/roles-allocated",
        "pass",
        "AI Act Art. 25(1)(b): clause 3 allocates the roles and gives the modifying recruiter "
        "the provider role",
    ),
    (
        "roles-press-only",
        D,
        f"{AI}/roles-allocated",
        "unknown",
        "AI Act Arts 3(3)-(4): a press release is no contract term; the contract is silent",
    ),
    (
        "roles-amendment-later",
        LATER,
        f"{AI}/roles-allocated",
        "pass",
        "AI Act Arts 3(3)-(4), 25: amendment 1 in force allocates the roles and the shifts",
    ),
    # --- Art. 26 deployer duties ---
    (
        "dd-suspend-needs-consent",
        D,
        f"{AI}/deployer-duties",
        "fail",
        "AI Act Art. 26(5): a deployer that has reason to consider the use presents a risk "
        "suspends it; one that needs the vendor's consent to suspend cannot",
    ),
    (
        "dd-overseers-untrained",
        D,
        f"{AI}/deployer-duties",
        "fail",
        "AI Act Art. 26(2): the deployer assigns oversight to persons with the necessary "
        "competence, training and authority; clause 10 says its reviewers need neither, "
        "whatever clause 9 promises in general (fixed)",
    ),
    (
        "dd-no-human-control",
        D,
        f"{AI}/deployer-duties",
        "fail",
        "AI Act Art. 26(2): the deployer assigns human oversight to natural persons; clause "
        "10 says the screening runs with no human control, whatever clause 9 promises in "
        "general (fixed)",
    ),
    (
        "dd-overseers-trained-by-amendment",
        D,
        f"{AI}/deployer-duties",
        "pass",
        "AI Act Art. 26(2): amendment 1 in force replaces clause 10 and requires trained, "
        "competent reviewers",
    ),
    (
        "dd-overseers-trained-by-amendment",
        EARLY,
        f"{AI}/deployer-duties",
        "fail",
        "AI Act Art. 26(2), applicable from 2 Dec 2027: on that day clause 10 (no training) "
        "still stands, until amendment 1 replaces it on 1 Jan 2028",
    ),
    (
        "sir-no-notification-between-parties",
        D,
        f"{AI}/deployer-duties",
        "fail",
        "AI Act Art. 26(5): the deployer informs the provider of a risk and, first, of a "
        "serious incident; clause 19 rules that out",
    ),
    # --- Art. 72 post-market monitoring ---
    (
        "pmm-no-performance-data",
        LATER,
        f"{AI}/post-market-monitoring",
        "fail",
        "AI Act Art. 72(1)-(2): amendment 1 replaces clause 12 and rules out any monitoring "
        "and any performance data",
    ),
    (
        "pmm-where-feasible",
        D,
        f"{AI}/post-market-monitoring",
        "unknown",
        "AI Act Art. 72(1): a provider 'may, where feasible' review what the customer shares; "
        "no monitoring system is committed",
    ),
    # --- Scope qualification recorded (Art. 2(3), Recital 24) ---
    (
        "sq-military-exclusive-recorded",
        D,
        f"{AI}/scope-qualification-recorded",
        "pass",
        "AI Act Art. 2(3) and Recital 24: military purposes and uses listed in full, no "
        "lawful-use grant, and any other use triggers compliance",
    ),
    (
        "sq-dual-use-clause-press",
        D,
        f"{AI}/scope-qualification-recorded",
        "unknown",
        "AI Act Recital 24: the clause that a civilian use triggers compliance is in the "
        "ministry's press release only, not in the contract",
    ),
    (
        "sq-military-label-hr-use",
        D,
        f"{AI}/scope-qualification-recorded",
        "fail",
        "AI Act Art. 2(3) 'exclusively' and Recital 24: ranking applicants for civilian "
        "posts (Annex III 4(a)) is no military purpose, whatever the purposes clause says",
    ),
    (
        "sq-us-only",
        D,
        f"{AI}/scope-qualification-recorded",
        "not_applicable",
        "AI Act Art. 2(1): a US provider and deployer, used and its output used only in the "
        "US: no EU nexus",
    ),
    (
        "sq-accepts-act",
        D,
        f"{AI}/scope-qualification-recorded",
        "pass",
        "AI Act Art. 2(1): clause 1 records civilian purposes and that the Act applies",
    ),
    (
        "sq-exclusion-any-lawful-use",
        D,
        f"{AI}/scope-qualification-recorded",
        "fail",
        "AI Act Art. 2(3) and Recital 24: a system the customer may put to any lawful use is "
        "not used exclusively for military purposes",
    ),
    # --- Art. 4 AI literacy ---
    (
        "lit-sow-training",
        D,
        f"{AI}/ai-literacy",
        "pass",
        "AI Act Art. 4: the statement of work, a contract term, has the provider train the "
        "staff who operate the chatbot",
    ),
    (
        "lit-training-excluded-chatbot",
        "2026-01-15",
        f"{AI}/ai-literacy",
        "fail",
        "AI Act Art. 4, applicable from 2 Feb 2025 (Art. 113, third paragraph, point (a)) to "
        "every system in scope, high-risk or not: clause 7 rules out any training",
    ),
    (
        "lit-side-letter-expired",
        EARLY,
        f"{AI}/ai-literacy",
        "unknown",
        "AI Act Art. 4: the side letter ran in 2026 only; the contract is now silent",
    ),
    # --- Art. 113 dates ---
    (
        "ct-annex-iii-2028",
        D,
        f"{AI}/annex-iii-timeline",
        "fail",
        "AI Act Art. 113, third paragraph, point (c)(i) as amended: Annex III duties from "
        "2 Dec 2027; 2 Aug 2028 is the Annex I date (point (c)(ii)) (moved from "
        "compliance-timeline, whose Annex III part became annex-iii-timeline)",
    ),
    (
        "ct-annex-iii-2028",
        D,
        f"{AI}/compliance-timeline",
        "unknown",
        "AI Act Arts 50 and 113: the contract says neither what the system does (talks to "
        "people, generates content) nor whether it is built on a general-purpose model, and "
        "sets no Art. 50 or Chapter V date, so whether a date is missing is unknown (was "
        "fail, on the Annex III part now split off)",
    ),
    (
        "ct-chatbot-marking-grace",
        EARLY,
        f"{AI}/compliance-timeline",
        "unknown",
        "AI Act Arts 50(1), 113 second paragraph and 111(4): a chatbot informs people from "
        "2 Aug 2026; the grace to 2 Dec 2026 is for the marking of systems already on the "
        "market only, so 2 Dec 2026 is late for a chatbot in use before it. The file's "
        "comment places it on the market in 2027, after that date, which would defer "
        "nothing (a pass), but no fact states it (system.put_into_service): unknown (fail "
        "until audit 48, which reads a date on or before the system's first use as no "
        "deferral)",
    ),
    (
        "ct-legacy-public-2030",
        D,
        f"{AI}/annex-iii-timeline",
        "pass",
        "AI Act Art. 111(2), second sentence: a legacy system a public authority uses, "
        "unchanged, complies by 2 Aug 2030 (moved from compliance-timeline, whose Annex III "
        "part became annex-iii-timeline)",
    ),
    (
        "ct-emotion-recognition-2027",
        EARLY,
        f"{AI}/compliance-timeline",
        "unknown",
        "AI Act Art. 50(3) and Art. 113, second paragraph: the deployer of emotion "
        "recognition informs the persons exposed from 2 Aug 2026; clause 15 schedules it for "
        "1 Mar 2027 (fixed: the rule read only Art. 50(1)-(2) systems), a deferral only if "
        "the system is in use before then, which the description does not say (fail until "
        "audit 48: a date on or before the system's first use defers nothing)",
    ),
    (
        "ct-police-emotion-exception",
        EARLY,
        f"{AI}/compliance-timeline",
        "pass",
        "AI Act Art. 50(3), last sentence: the information duty does not apply to emotion "
        "recognition permitted by law to investigate criminal offences, relied on for a use "
        "whose only purpose is law enforcement; no Art. 50 duty is deferred",
    ),
    (
        "ct-image-generator-grace",
        EARLY,
        f"{AI}/compliance-timeline",
        "pass",
        "AI Act Art. 111(4) as added by Regulation (EU) 2026/1744: a generative system placed "
        "on the market before 2 Aug 2026 marks its output by 2 Dec 2026; it owes no other "
        "Art. 50 duty (no interaction, no deep fakes, no text for the public) (fixed)",
    ),
    # --- Art. 73 serious incidents ---
    (
        "sir-all-clocks",
        D,
        f"{AI}/serious-incident-reporting",
        "pass",
        "AI Act Art. 73(2)-(4) and 26(5): 15 days, 10 for a death, 2 for a widespread "
        "infringement or critical-infrastructure disruption; the deployer tells the "
        "provider first",
    ),
    (
        "sir-thirty-days",
        D,
        f"{AI}/serious-incident-reporting",
        "fail",
        "AI Act Art. 73(2): not later than 15 days after awareness; clause 13 allows 30",
    ),
    (
        "sir-deferred-by-sow",
        D,
        f"{AI}/serious-incident-reporting",
        "fail",
        "AI Act Art. 73(4): a death is reported within 10 days; the statement of work, a "
        "contract term, lets it wait 20, whatever the general clock of clause 13",
    ),
    (
        "sir-ten-days-only",
        D,
        f"{AI}/serious-incident-reporting",
        "unknown",
        "AI Act Art. 73(3): a widespread infringement or a disruption of critical "
        "infrastructure is reported within 2 days; the contract's longest clock is 10 and it "
        "is silent on a shorter one",
    ),
    (
        "sir-no-notification-between-parties",
        D,
        f"{AI}/serious-incident-reporting",
        "fail",
        "AI Act Arts 26(5) and 73(1): the provider reports what the deployer tells it first; "
        "clause 19 cuts that chain, whatever clock clause 13 sets",
    ),
    # --- Arts 16, 17, 22 provider obligations ---
    (
        "po-qms-no-conformity",
        D,
        f"{AI}/provider-obligations",
        "fail",
        "AI Act Art. 16(f)-(h): the provider ensures the conformity assessment, declaration "
        "and CE marking before the system is placed on the market or put into service; "
        "clause 7.4 refuses them, whatever clause 7 promises in general (fixed)",
    ),
    (
        "po-qms-no-registration",
        D,
        f"{AI}/provider-obligations",
        "fail",
        "AI Act Art. 16(i) and 49(1): the provider registers the system; clause 7.5 refuses "
        "it (fixed)",
    ),
    (
        "po-no-docs-to-authorities",
        D,
        f"{AI}/provider-obligations",
        "fail",
        "AI Act Art. 16(k) and Art. 21(1): the provider demonstrates conformity and gives "
        "the documentation to a competent authority on a reasoned request; clause 18 "
        "forbids it (fixed)",
    ),
    (
        "po-qms-no-robustness",
        D,
        f"{AI}/provider-obligations",
        "fail",
        "AI Act Art. 16(a): the provider ensures that the system meets Chapter III, Section "
        "2, Art. 15 included; clause 6 disclaims accuracy, robustness and security, whatever "
        "clause 7 promises in general (fixed)",
    ),
    (
        "po-real-world-testing",
        D,
        f"{AI}/provider-obligations",
        "pass",
        "AI Act Art. 3(57), Art. 60(2), (4) and Art. 16(f): testing in real-world conditions "
        "before the market under Art. 60 is neither placing on the market nor putting into "
        "service, so no conformity assessment is yet due; the QMS is committed",
    ),
    (
        "po-us-rep-side-letter",
        D,
        f"{AI}/provider-obligations",
        "pass",
        "AI Act Art. 22(1): the US provider appoints an EU authorised representative by "
        "written mandate in a side letter in force, and commits to Arts 16-17",
    ),
    (
        "po-us-rep-amendment-later",
        D,
        f"{AI}/provider-obligations",
        "fail",
        "AI Act Art. 22(1): the representative is appointed before the system is made "
        "available; clause 7.2 says none is appointed until 31 Mar 2028",
    ),
    # --- Art. 55 systemic-risk model duties ---
    (
        "gsr-best-efforts",
        D,
        f"{AI}/gpai-systemic-risk-duties",
        "unknown",
        "AI Act Art. 55(1)(a)-(b): evaluation and mitigation of systemic risks bind the "
        "provider; 'reasonable efforts' settle nothing",
    ),
    (
        "gsr-confirmed-amendment-drops",
        D,
        f"{AI}/gpai-systemic-risk-duties",
        "fail",
        "AI Act Art. 55(1): amendment 1, in force since 1 Jan 2027, prevails over clause 4 "
        "and disclaims the duties",
    ),
    (
        "gsr-us-only",
        D,
        f"{AI}/gpai-systemic-risk-duties",
        "not_applicable",
        "AI Act Art. 2(1)(a), (c): the model is neither placed on the Union market by this "
        "deal nor its output used in the Union",
    ),
    (
        "gsr-open-source-us-lab",
        D,
        f"{AI}/gpai-systemic-risk-duties",
        "fail",
        "AI Act Art. 53(2): the open-source exemption does not apply to models with systemic "
        "risk, and Art. 55 has none; the US lab's model is used in Germany",
    ),
    (
        "gsr-systemic-risk-press",
        D,
        f"{AI}/gpai-systemic-risk-duties",
        "unknown",
        "AI Act Art. 51: only a press report says the model has systemic risk; the contract "
        "does not, so whether Art. 55 binds is open",
    ),
    # --- realistic contracts ---
    (
        "r-city-hr-us-vendor",
        D,
        f"{AI}/provider-obligations",
        "unknown",
        "AI Act Art. 22(1): the US vendor's authorised representative is named only in "
        "annex 4, which clause 20 says is for information only",
    ),
    (
        "r-city-hr-us-vendor",
        D,
        f"{AI}/deployer-duties",
        "pass",
        "AI Act Art. 26(1)-(6): clause 9 commits the city, lets it suspend use, and its "
        "reviewers are trained",
    ),
    (
        "r-city-hr-us-vendor",
        LATER,
        f"{AI}/deployer-duties",
        "fail",
        "AI Act Art. 26(5): amendment 2, in force from 1 Apr 2028, lets the city suspend "
        "only with the vendor's consent",
    ),
    (
        "r-city-hr-us-vendor",
        D,
        f"{AI}/compliance-timeline",
        "pass",
        "AI Act Art. 111(3): the model's duties (placed in Nov 2024) by 2 Aug 2027; no "
        "Art. 50 duty concerns a profiling system that neither talks to people nor generates "
        "content (the Annex III date is annex-iii-timeline's, next row)",
    ),
    (
        "r-city-hr-us-vendor",
        D,
        f"{AI}/annex-iii-timeline",
        "pass",
        "AI Act Art. 113(c)(i): Annex III duties from 2 Dec 2027, the date the contract sets "
        "(the Annex III part of the compliance-timeline row, split off)",
    ),
    (
        "r-bank-credit-frontier",
        D,
        f"{AI}/provider-obligations",
        "fail",
        "AI Act Art. 16(f)-(h): the integrator is the provider of the high-risk system and "
        "must have it assessed, declared and CE marked; clause 7.4 leaves that to the bank",
    ),
    (
        "r-bank-credit-frontier",
        D,
        f"{AI}/data-governance",
        "fail",
        "AI Act Art. 10(2)-(3): the provider governs training data whoever supplies it; "
        "clause 8 disclaims the bank's data",
    ),
    (
        "r-bank-credit-frontier",
        D,
        f"{AI}/gpai-systemic-risk-duties",
        "unknown",
        "AI Act Art. 55(1): confirmed only 'subject to applicable law and its agreements' "
        "with the developer",
    ),
    (
        "r-police-post-rbi",
        D,
        f"{AI}/deployer-duties",
        "pass",
        "AI Act Art. 26(5), (10): duties committed, suspension open, targeted searches under "
        "judicial or binding administrative authorisation",
    ),
    (
        "r-police-post-rbi",
        D,
        f"{AI}/post-market-monitoring",
        "pass",
        "AI Act Art. 72(1)-(2): the vendor monitors, without the force's sensitive "
        "operational data, which Art. 72(2) excludes",
    ),
    (
        "r-police-post-rbi",
        LATER,
        f"{AI}/accuracy-robustness-cybersecurity",
        "unknown",
        "AI Act Art. 15: the side letter ran to 31 Mar 2028; the contract is now silent",
    ),
    (
        "ct-gpai-placed-2026",
        EARLY,
        f"{AI}/compliance-timeline",
        "pass",
        "AI Act Art. 113, third paragraph, point (b): Chapter V binds a model placed on the "
        "market after 2 Aug 2025 from its placement (here 1 Mar 2026), the date clause 15 "
        "sets (fixed: the rule compares the contract's date with the placement date)",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit24_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit24_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
