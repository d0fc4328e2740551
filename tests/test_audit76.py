"""Seventy-sixth legal-fidelity audit: derogations, urgency and emergency clauses. Eight
descriptions (tests/data/audit76/*.yaml), written blind from the AI Act (Regulation (EU)
2024/1689 as amended by Regulation (EU) 2026/1744: Art. 2(3) and Recital 24, Art. 5(1)(h)
and 5(2)-(5), Arts 27, 43, 46(1)-(3), 49 and 113(c)), the GDPR (Arts 23, 44, 49(1)(d) and
49(4); EDPB Guidelines 2/2018 on the Art. 49 derogations), the Law Enforcement Directive
(Directive (EU) 2016/680, Arts 35, 38 and 39), DoD Directive 3000.09 (25 Jan 2023, Section
4: senior review and its waiver) and the project's legal notes (MS-01, MS-07, MS-16, AW-01,
AW-03, AW-06, AW-15, EUAI-00, EUAI-02, EUAI-03, EUAI-12, EUAI-13, EUAI-15, EUAI-21, DR-00,
DR-10), run through the real CLI and read as counsel would.

The contracts, each opening an exception for an emergency: a border police's traveller
risk assessment (Annex III point 7(b)) whose conformity assessment may wait only in the
Art. 46(2) urgency, worded as the Act words it; a civil-protection office's emergency-call
triage (point 5(d)) put into service "under Article 46" before its assessment and
registration, authorisation "sought afterwards", the Chapter III duties moved to 2029; a
federal police's airport real-time identification with the Art. 5(3) urgency procedure
(request within 24 hours, stop and delete on refusal); a national police's live
identification whose authorisation "may be sought afterwards", with no time limit and no
consequence of refusal; an alliance command's unconditional, non-waivable red lines that a
state-of-emergency clause suspends "for the duration of hostilities" on the alliance
Council's declaration; an interior ministry's analytics under an Art. 2(3) "national
security" exclusion and a clause that nothing restricts its lawful national-security
activities, the same system used by its criminal police; a border and military police's
daily support transfers to a US vendor on "emergency" derogations (LED Art. 38(1)(c), GDPR
Art. 49(1)(d)); and a US Army program office's counter-drone fire control, whose senior
and legal reviews its Program Executive Officer may waive "in urgent military need".

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give,
and the reason (instrument, article, paragraph). The blind answers (47 rows) were written
and committed before the tool was run. On the first run 38 matched and nine did not. No
wrong not_applicable; no wrong FAIL where the law allows the derogation as the contract
words it: the Art. 46(2) carve-out and the Art. 5(3) urgency procedure, each worded as the
Act words it, pass (conformity-assessment; no-real-time-biometric-identification), and
the open-ended versions fail. What the nine were:

- Three wrong PASS (senior-review on two dates, legal-weapons-review): the US Army's
  senior review and legal review, which clause 9 lets the Program Executive Officer waive
  "in urgent military need". The blind description had
  recorded both reviews as required, the meanings of weapons.senior_review and
  weapons.legal_review allowing a waiver to be read as "a documented exemption". DoD
  Directive 3000.09 lets only the Deputy Secretary of Defense waive its senior review in
  urgent military need, on the request of the officials who conduct it, and never the
  legal review (Section 4, as the legal notes report it; the waiver's wording is flagged
  there to verify, and no rule cites it). The two meanings now say that a review another
  official may dispense with is no condition of integration (false), the directive's own
  waiver staying within senior_review; the description records both false and both rules
  fail. The same kind of meaning is added where a describer could record a label: an Art.
  46 carve-out is within ai_act.conformity_assessment only as Art. 46(1)-(2) words it
  (authorisation for a limited period, or in urgency requested without undue delay, with
  stop and discard on refusal), registration deferred past go-live is never within
  ai_act.registration (Art. 46 derogates from Art. 43 alone), and a human decision the
  customer may suspend on its own declaration of an emergency is qualified
  (weapons.human_decision_qualified). The descriptions here already recorded those three
  that way.
- One unknown, counsel failing: the interior ministry's "nothing in this Contract
  restricts the Customer's lawful national-security activities" beside its surveillance
  ban. red-lines-prevail applies only where the customer has a lawful-use grant, and the
  blind description had recorded none. The meaning of grants.any_lawful_use now says that
  such a clause grants any lawful use within the activities it names; the description
  records it and the rule fails (MS-16).
- Five blind answers wrong, each argued in its row: compliance-timeline reads the Art. 50
  and general-purpose model dates, not the Annex III one (two rows: unknown, not pass or
  fail); no-prohibited-practice asks of every Art. 5(1) practice and the live
  identification contract is silent on the others (two rows: unknown, not pass; the
  urgency start itself fails nothing); data-protection-regime asks whether an
  EU-established company's processing is put outside EU law, a question a US vendor with
  no EU establishment does not raise (not_applicable, not pass).

No row is a known wrong. Not probed by any rule: GDPR Art. 23 restrictions made by
contract (clause 11 of the border police's contract), which only a legislative measure can
make; the row on data-protection-regime says so.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit76"

EU = "eu-ai-act-high-risk"
MS = "no-mass-surveillance"
AW = "no-autonomous-weapons"
DR = "data-residency"

#: The day the contracts are read: after 2 Dec 2027 (Chapter III for Annex III systems,
#: Art. 113(c) as amended), each system in service.
D = "2028-06-01"
#: Before 2 Dec 2027: the contracts signed, the Annex III systems not yet in service.
PRE = "2027-11-01"
#: A day in 2027 on which Art. 5 applies (since 2 Feb 2025, Art. 113(a)).
E = "2027-08-01"

#: What Art. 46 allows, in its words.
ART46 = (
    "Art. 46(1): 'by way of derogation from Article 43', a market surveillance authority "
    "may authorise a specific high-risk system 'for exceptional reasons of public security "
    "or the protection of life and health of persons', for a limited period while the "
    "conformity assessment procedures are carried out, completed 'without undue delay'; "
    "Art. 46(2): in a 'duly justified situation of urgency' a law-enforcement or "
    "civil-protection authority may put it into service without that authorisation "
    "'provided that such authorisation is requested during or after the use without undue "
    "delay', and if it is refused 'the use ... shall be stopped with immediate effect and "
    "all the results and outputs of such use shall be immediately discarded': the "
    "assessment is deferred, never waived, and Art. 46 derogates from Art. 43 alone"
)

#: What Art. 5(3) allows, in its words.
ART53 = (
    "Art. 5(3): each use needs the prior authorisation of a judicial authority or an "
    "independent administrative authority whose decision is binding; 'in a duly justified "
    "situation of urgency' the use may start without it, 'provided that such authorisation "
    "is requested without undue delay, at the latest within 24 hours', and if it is "
    "rejected 'the use shall be stopped with immediate effect and all the data, as well as "
    "the results and outputs of that use shall be immediately discarded and deleted'"
)

#: Why a suspension on the customer's own declaration is a waiver.
SUSPENSION = (
    "clause 14 suspends clauses 6 and 7 'upon the declaration by the Council of a state of "
    "emergency, and for the duration of any hostilities': the Council is the alliance's own "
    "governing body, so the customer sets the red lines aside by its own act, and they "
    "lapse in the very hostilities they are written for; clause 6's 'unconditional ... may "
    "not waive' is a label clause 14 contradicts"
)

CASES: list[tuple[str, str, str, str, str]] = [
    # --- Border police: conformity assessment with the Art. 46(2) carve-out only ---
    (
        "art46-border-urgency",
        D,
        f"{EU}/conformity-assessment",
        "pass",
        "clause 6 requires the assessment by internal control (Annex III point 7: Art. "
        "43(2)), the declaration and CE marking before the system is put into service "
        "(Arts 16(f), 43, 47, 48) and carves out only what the law itself allows: "
        f"{ART46}; clause 6 repeats each condition (legal notes EUAI-12 PASS)",
    ),
    (
        "art46-border-urgency",
        PRE,
        f"{EU}/conformity-assessment",
        "pass",
        "signed 1 Sep 2027, put into service 1 Mar 2028, after 2 Dec 2027: the signed "
        "clause 6 governs the system in service and meets Art. 43 with only the Art. 46(2) "
        "carve-out the Act makes",
    ),
    (
        "art46-border-urgency",
        D,
        f"{EU}/eu-database-registration",
        "pass",
        "clause 7: the provider registers the system and the Police its use before it is put "
        "into service, in the secure non-public section (Art. 49(1), (3), (4) for Annex III "
        "point 7), and the urgency carve-out does not reach registration: Art. 46 derogates "
        "from Art. 43 only (legal notes EUAI-13 PASS)",
    ),
    (
        "art46-border-urgency",
        D,
        f"{EU}/high-risk-classification",
        "pass",
        "a traveller risk assessment is Annex III point 7(b); the contract documents it as "
        "high-risk and claims no derogation (Art. 6(2); legal notes EUAI-03 PASS)",
    ),
    (
        "art46-border-urgency",
        D,
        f"{EU}/annex-iii-timeline",
        "pass",
        "the contract schedules the Annex III duties for 2 Dec 2027 (Art. 113, third "
        "paragraph, point (c)(i) as amended); an urgency carve-out is no transition and the "
        "contract claims none (legal notes EUAI-21 PASS)",
    ),
    (
        "art46-border-urgency",
        D,
        f"{EU}/compliance-timeline",
        "unknown",
        "blind answer pass was wrong: this rule reads the contract's dates for the Art. 50 "
        "transparency duties and the general-purpose model duties (Arts 113(a)-(b)), the "
        "Annex III date being annex-iii-timeline's; the contract sets neither and does not "
        "say what the system can do (whether Art. 50 reaches it): silence is unknown",
    ),
    (
        "art46-border-urgency",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "unknown",
        "a federal police, a body governed by public law, deploys an Annex III point 7 "
        "system: Art. 27(1) requires a FRIA before first use, and Art. 46 does not derogate "
        "from it; the contract says nothing of one: silence is unknown",
    ),
    (
        "art46-border-urgency",
        PRE,
        f"{EU}/eu-database-registration",
        "pass",
        "the signed clause 7 registers the system and its use before it is put into service "
        "on 1 Mar 2028 (Art. 49(1), (3), (4))",
    ),
    # --- Civil protection: "Article 46" with no time limit and no consequence ---
    (
        "art46-civil-protection-open",
        D,
        f"{EU}/conformity-assessment",
        "fail",
        "clause 5 lets the Office put the system into service before any assessment 'in a "
        "declared emergency', 'an authorisation may be sought afterwards', and sets the "
        f"assessment for 30 Jun 2029: {ART46}; the clause asks no duly justified urgency of "
        "each use, sets no time for the request, stops nothing on refusal, and the "
        "assessment waits 18 months after go-live (Arts 16(f), 43; legal notes EUAI-12 FAIL)",
    ),
    (
        "art46-civil-protection-open",
        PRE,
        f"{EU}/conformity-assessment",
        "fail",
        "signed 15 Oct 2027, put into service 15 Jan 2028, after 2 Dec 2027: the signed "
        "clause 5 already lets the system go live without its assessment (Art. 43; Art. 46 "
        "not met)",
    ),
    (
        "art46-civil-protection-open",
        D,
        f"{EU}/eu-database-registration",
        "fail",
        "clause 5 defers registration to 30 Jun 2029; the provider registers an Annex III "
        "system before putting it into service and a public-authority deployer registers its "
        "use before using it (Art. 49(1), (3); Art. 26(8)); Art. 46 derogates from Art. 43 "
        "only, never from Art. 49 (legal notes EUAI-13 FAIL)",
    ),
    (
        "art46-civil-protection-open",
        D,
        f"{EU}/annex-iii-timeline",
        "fail",
        "clause 5 makes the Chapter III duties apply from 30 Jun 2029 for a system put into "
        "service on 15 Jan 2028: they apply from 2 Dec 2027 (Art. 113(c)(i) as amended), no "
        "Art. 111 transition covers a system first put into service after that day, and "
        "Art. 46 is no transition (legal notes EUAI-21 FAIL)",
    ),
    (
        "art46-civil-protection-open",
        PRE,
        f"{EU}/annex-iii-timeline",
        "fail",
        "the signed schedule is wrong now and will govern the system from 15 Jan 2028 "
        "(Art. 113(c)(i) as amended; legal notes EUAI-21 FAIL)",
    ),
    (
        "art46-civil-protection-open",
        D,
        f"{EU}/compliance-timeline",
        "unknown",
        "blind answer fail was wrong: this rule reads the contract's dates for the Art. 50 "
        "and general-purpose model duties, not the Annex III date (whose 30 Jun 2029 "
        "annex-iii-timeline fails); the contract sets neither: silence is unknown",
    ),
    (
        "art46-civil-protection-open",
        D,
        f"{EU}/high-risk-classification",
        "pass",
        "emergency-call evaluation and dispatch priority is Annex III point 5(d); the "
        "contract documents it as high-risk and claims no derogation (Art. 6(2); legal "
        "notes EUAI-03 PASS): the urgency clause is about the assessment, not the "
        "classification",
    ),
    (
        "art46-civil-protection-open",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "unknown",
        "a state office, a body governed by public law, deploys an Annex III point 5 system: "
        "Art. 27(1) requires a FRIA before first use; the contract is silent on it",
    ),
    # --- Federal police: real-time RBI with the Art. 5(3) urgency procedure ---
    (
        "rbi-urgency-24h",
        D,
        f"{MS}/no-real-time-biometric-identification",
        "pass",
        "clause 7 confines live identification to the three Art. 5(1)(h) objectives in the "
        "Act's words, the targeted individual only (5(2)), under national law (5(5)), each "
        f"use notified (5(4)), not waivable; clause 8: {ART53}, which it repeats; the FRIA "
        "precedes every use and only the registration may follow in urgency (Art. 5(2), "
        "second subparagraph) (legal notes MS-07 PASS)",
    ),
    (
        "rbi-urgency-24h",
        E,
        f"{MS}/no-real-time-biometric-identification",
        "pass",
        "the same terms in force on 1 Aug 2027; Art. 5 applies since 2 Feb 2025 (Art. "
        "113(a)): the urgency start is the one Art. 5(3) allows",
    ),
    (
        "rbi-urgency-24h",
        D,
        f"{EU}/no-prohibited-practice",
        "unknown",
        "blind answer pass was wrong: the rule asks that no practice of Art. 5(1)(a)-(h) is "
        "left open, and the contract closes only the one it buys, live identification, "
        f"confined to Art. 5(1)(h)(i)-(iii) with every condition of Art. 5(2)-(5) ({ART53}: "
        "the urgency start is the law's own and fails nothing); it is silent on the "
        "practices a face-matching system could serve (biometric categorisation by "
        "sensitive traits, 5(1)(g); untargeted scraping of facial images, 5(1)(e)) and on "
        "what the system can do: silence is unknown (legal notes EUAI-02)",
    ),
    (
        "rbi-urgency-24h",
        E,
        f"{EU}/no-prohibited-practice",
        "unknown",
        "blind answer pass was wrong, as on 1 Jun 2028: the contract is silent on the other "
        "Art. 5 practices (Art. 5 applies since 2 Feb 2025)",
    ),
    (
        "rbi-urgency-24h",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "pass",
        "clause 8: the FRIA is completed before any use, urgency included (Art. 5(2), "
        "second subparagraph; Art. 27(1); the legal notes' correction 9: only registration "
        "may follow in urgency) (legal notes EUAI-15 PASS)",
    ),
    # --- National police: authorisation "sought afterwards" ---
    (
        "rbi-authorisation-afterwards",
        D,
        f"{MS}/no-real-time-biometric-identification",
        "fail",
        f"clause 9: 'the use may begin and authorisation may be sought afterwards': {ART53}; "
        "no time limit for the request and no stop or deletion on refusal ('takes note of "
        "the refusal for future deployments'): use outside Art. 5(3) is use Art. 5(1)(h) "
        "prohibits (legal notes MS-07 FAIL)",
    ),
    (
        "rbi-authorisation-afterwards",
        E,
        f"{MS}/no-real-time-biometric-identification",
        "fail",
        "the same terms in force on 1 Aug 2027 (Art. 5 applies since 2 Feb 2025)",
    ),
    (
        "rbi-authorisation-afterwards",
        D,
        f"{EU}/no-prohibited-practice",
        "fail",
        "live identification in public spaces for law enforcement started without "
        "authorisation and continued after a refusal is not within Art. 5(2)-(3), so it is "
        f"the practice Art. 5(1)(h) prohibits; {ART53} (legal notes EUAI-02 FAIL)",
    ),
    (
        "rbi-authorisation-afterwards",
        E,
        f"{EU}/no-prohibited-practice",
        "fail",
        "the same on 1 Aug 2027 (Art. 5 applies since 2 Feb 2025, Art. 113(a))",
    ),
    # --- Alliance command: red lines suspended for the duration of hostilities ---
    (
        "alliance-hostilities-suspension",
        D,
        f"{MS}/ban-not-waivable",
        "fail",
        f"{SUSPENSION}: a ban the customer suspends by its own declaration is waivable "
        "(legal notes MS-01 PASS asks 'no customer-side override')",
    ),
    (
        "alliance-hostilities-suspension",
        E,
        f"{MS}/ban-not-waivable",
        "fail",
        "the same on 1 Aug 2027, before any declaration: the power to suspend is a term in "
        "force from signing, whether or not the Council has used it",
    ),
    (
        "alliance-hostilities-suspension",
        D,
        f"{MS}/explicit-ban",
        "fail",
        f"legal notes MS-01 PASS: the contract forbids mass surveillance 'with no "
        f"customer-side override'; {SUSPENSION}",
    ),
    (
        "alliance-hostilities-suspension",
        D,
        f"{AW}/unconditional-ban",
        "fail",
        f"{SUSPENSION}: the ban holds only until the customer declares an emergency, a "
        "condition of the customer's choosing (legal notes AW-15 FAIL)",
    ),
    (
        "alliance-hostilities-suspension",
        D,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        f"{SUSPENSION}: in hostilities, the only time targets are engaged, nothing forbids "
        "the system's use in an autonomous weapon system (legal notes AW-01: the ban must "
        "forbid use without a human decision for the engagement)",
    ),
    (
        "alliance-hostilities-suspension",
        D,
        f"{AW}/human-decision-per-engagement",
        "fail",
        f"clause 7 requires an identified commander's decision for each engagement; "
        f"{SUSPENSION}: engagements in those hostilities may proceed without it (legal "
        "notes AW-03 FAIL: the decision is not required for every engagement)",
    ),
    # --- Interior ministry: "national security" exclusion and carve-out ---
    (
        "national-security-exception",
        D,
        f"{EU}/scope-qualification-recorded",
        "fail",
        "clause 3 claims the Art. 2(3) exclusion for the whole system; clause 2 buys the "
        "criminal police's use in its investigations, a law-enforcement purpose outside "
        "Art. 2(3): a system put into service for national security and used for law "
        "enforcement falls within the Act (Recital 24), so the qualification the contract "
        "records is wrong (legal notes EUAI-00)",
    ),
    (
        "national-security-exception",
        D,
        f"{EU}/high-risk-classification",
        "fail",
        "the evidence-reliability and reoffending-risk assessments are Annex III points 6(c) "
        "and 6(d) and profile suspects (Art. 6(3), last subparagraph); clause 3 classes the "
        "system as outside the Act instead of high-risk (Arts 2(3), 6(2), Recital 24; legal "
        "notes EUAI-03 FAIL)",
    ),
    (
        "national-security-exception",
        PRE,
        f"{EU}/high-risk-classification",
        "fail",
        "signed 1 Nov 2027, put into service 1 Feb 2028, after 2 Dec 2027: the signed "
        "classification is wrong now and will govern the system in service (Arts 6(2), 113(c))",
    ),
    (
        "national-security-exception",
        D,
        f"{EU}/conformity-assessment",
        "fail",
        "clause 3: no conformity assessment, for a high-risk Annex III point 6 system in "
        "scope through its law-enforcement use (Arts 16(f), 43(2), 47, 48; Recital 24; legal "
        "notes EUAI-12 FAIL)",
    ),
    (
        "national-security-exception",
        D,
        f"{EU}/eu-database-registration",
        "fail",
        "clause 3: no registration, for a high-risk Annex III point 6 system a public "
        "authority uses (Art. 49(1), (3), (4): the secure section for law enforcement; legal "
        "notes EUAI-13 FAIL)",
    ),
    (
        "national-security-exception",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "unknown",
        "the criminal police, a body governed by public law, deploys an Annex III point 6 "
        "system: Art. 27(1) requires a FRIA before first use; the contract neither requires "
        "nor rules one out (its 'the Act does not apply' names only the assessment and the "
        "registration): silence is unknown",
    ),
    (
        "national-security-exception",
        D,
        f"{MS}/explicit-ban",
        "fail",
        "clause 11 bans mass surveillance, clause 12 says nothing in the contract restricts "
        "the customer's lawful national-security activities: the domestic intelligence "
        "service may run whatever bulk analysis national-security law allows, a "
        "customer-side override of the ban (legal notes MS-01)",
    ),
    (
        "national-security-exception",
        D,
        f"{MS}/ban-independent-of-law",
        "fail",
        "clause 12 makes the ban give way to any national-security activity the law allows: "
        "the ban then adds nothing where the law permits surveillance (legal notes MS-16)",
    ),
    (
        "national-security-exception",
        D,
        f"{MS}/red-lines-prevail",
        "fail",
        "clause 12 puts the customer's lawful national-security activities above the "
        "contract's restrictions: the red line yields to lawful use instead of prevailing "
        "over it (legal notes MS-16 FAIL)",
    ),
    # --- Border and military police: "emergency" derogations as the routine basis ---
    (
        "emergency-transfer-derogation",
        E,
        f"{DR}/led-transfers",
        "fail",
        "investigation files go daily to the vendor's US support team on LED Art. 38(1)(c): "
        "Art. 38 derogations cover a transfer or category of transfers necessary in a "
        "specific situation and are read restrictively; a transfer to a private recipient "
        "in a third country, not a competent authority (Art. 35(1)(b)), is possible only "
        "under Art. 39, 'in individual and specific cases' on its conditions; systematic "
        "support access is neither (legal notes DR-10 FAIL)",
    ),
    (
        "emergency-transfer-derogation",
        E,
        f"{DR}/transfer-mechanism",
        "fail",
        "border-control files go daily to the US on GDPR Art. 49(1)(d): the public interest "
        "must be recognised in Union or Member State law (49(4)), not in the parties' "
        "agreement that the security situation is 'a continuing emergency'; the derogations "
        "are exceptions for specific situations (Recital 111; EDPB Guidelines 2/2018: the "
        "public-interest derogation does not allow large-scale, systematic transfers); no "
        "Art. 45 or 46 ground is given (Art. 44) (legal notes DR-10 FAIL)",
    ),
    (
        "emergency-transfer-derogation",
        E,
        f"{DR}/data-protection-regime",
        "pass",
        "the controller, a Dutch public body, processes for law-enforcement purposes under "
        "the LED and for border management under the GDPR, and the contract names both "
        "(legal notes DR-00 PASS); clause 11's contractual 'Article 23' restriction changes "
        "no regime (Art. 23 restrictions are made by legislative measure, not by contract), "
        "and no rule reads it. The blind answer was pass; the row said not_applicable after "
        "the first run because the rule then read only contracts with an EU-established "
        "company (the vendor is a US company with no EU establishment); audit 84 widened "
        "the rule to controllers the GDPR or the LED binds whatever the contract names, "
        "and the blind answer stands",
    ),
    (
        "emergency-transfer-derogation",
        D,
        f"{DR}/led-transfers",
        "fail",
        "the same terms on 1 Jun 2028: a 'continuing emergency' agreed by the parties is no "
        "specific situation (LED Arts 38(1)(c), 39)",
    ),
    # --- US Army: senior and legal review waivable by the program office ---
    (
        "dod-urgent-need-waiver",
        D,
        f"{AW}/senior-review",
        "fail",
        "clause 9 lets the Program Executive Officer waive the senior review 'in cases of "
        "urgent military need': DoDD 3000.09 (25 Jan 2023, Section 4) lets only the Deputy "
        "Secretary of Defense waive it in urgent military need, on the request of the Under "
        "Secretaries and the Vice Chairman (as the legal notes report the directive; its "
        "wording is flagged to verify), so integration need not wait for the directive's "
        "approvals or a waiver it allows (legal notes AW-06 FAIL)",
    ),
    (
        "dod-urgent-need-waiver",
        D,
        f"{AW}/legal-weapons-review",
        "fail",
        "clause 9 lets the Program Executive Officer waive the legal review of the weapon "
        "too: the directive excepts the legal review from any waiver, and a review an "
        "official may dispense with before integration is no condition of it (AP I Art. 36; "
        "legal notes AW-06 FAIL)",
    ),
    (
        "dod-urgent-need-waiver",
        E,
        f"{AW}/senior-review",
        "fail",
        "the same terms on 1 Aug 2027: the waiver power is in force from signing, whether or "
        "not the Program Executive Officer has used it",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit76_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit76_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
