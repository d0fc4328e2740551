"""Sixty-fourth legal-fidelity audit: police and criminal-justice deployments under the
Law Enforcement Directive. Eight descriptions (tests/data/audit64/*.yaml), written blind
from Directive (EU) 2016/680 (Arts 1(1), 2, 3(7)-(9), 9(1)-(2), 10, 11, 22, 35-39, 63),
the GDPR where a police body acts outside the Directive's purposes (Arts 2(2)(d), 22, 28,
44) and the project's legal notes (DR-00, DR-01), run through the real CLI and read as
counsel would. The AI Act (Art. 5(1)(h), 26(10)) is not audited here.

The buyers: the Belgian Federal Police buying transcription and translation of intercepts
on every LED processor term (the control); the Vienna prosecutor's office buying
case-file summaries on a US vendor's GDPR terms (the GDPR named, sub-processors added
without objection, a US sub-processor on the Data Privacy Framework); the German Federal
Police's watchlist hold at airport gates (a solely automated decision on biometric data,
authorised by law, with human intervention and measures for the special categories) and
the Slovenian Police's risk flagging at a road crossing (the same without the measures,
sub-processors added on notice without objection, no regime named); the Antwerp police's
place-based patrol forecasting (no decision about anyone; processing terms silent on
deletion at the end); the Czech Prison Service's release-risk tool, whose case managers
validate a category they may not change, in force before the Directive applied; the
Spanish National Police's own exchanges with Interpol, Europol (its own Regulation, no
Chapter V transfer), the United Kingdom (the LED adequacy decision) and, from an
amendment, Japan (a GDPR adequacy decision only); and the NRW police ranking its own
officers for promotion (an employment purpose: the GDPR, not the LED).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give,
and the reason (instrument, article, paragraph). The blind answers (53 rows) were written
and committed before the tool was run. On the first run 50 matched and three did not,
each a wrong PASS:

- data-protection-regime passed the prosecutor's contract, which names only the GDPR for
  processing whose only purpose is prosecution: any contract naming the GDPR passed,
  though GDPR Art. 2(2)(d) leaves a competent authority's processing for law-enforcement
  purposes to the Directive (Arts 1(1), 2(1)) and the contract, so misled, rests its
  transfers on the Data Privacy Framework. The rule now accepts the GDPR named alone only
  where the processing is not stated to be a competent authority's for law-enforcement or
  public-security purposes only (definition led-applies), as gdpr-applies already reads
  it (new fixtures: fail for a prosecutor naming only the GDPR; pass for the GDPR and the
  LED named together, and for the GDPR named where another purpose is listed too).
- led-processor-terms passed the prosecutor's and the Slovenian police's contracts,
  whose lists of terms hold "sub-processor conditions" while the conditions they state
  let the vendor add sub-processors with no opportunity to object: LED Art. 22(3)(f)
  binds the processor to the conditions of Art. 22(2) and (3), not to any conditions. The
  rule now fails where the contract states an authorisation short of Art. 22(2) (none, or
  general without notice and objection), whatever its list says; processor-terms does the
  same for GDPR Art. 28(3)(d), which binds the processor to Art. 28(2) and (4) (new
  fixtures in both; audit 49's backups-on-request row moved from unknown to fail and
  says why); and the meaning of the term sub-processor-conditions says that such a clause
  is not it, however it is headed.

Probes beside the rows found two ways a describer could hide the Directive, both fixed in
the fact meanings rather than the rules: a prison service's release decisions recorded
as a "civilian" purpose (with no use case of Annex III point 6 listed, the Directive was
not applicable), and Europol recorded as an international organisation receiving a
transfer (led-transfers then asked for a Chapter V ground the Europol Regulation makes
needless). The purpose law-enforcement now says it covers the execution of criminal
penalties (LED Art. 1(1); AI Act Art. 3(46)), civilian says it does not, and
data.transfers and the recipient kind international-organisation say that a Union agency
such as Europol receives no transfer.

No row is a known wrong.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, before_first_day, verdict_test

DATA = Path(__file__).parent / "data" / "audit64"

DR = "data-residency"

#: The day most contracts are read: each in its term, long after 6 May 2018 (LED
#: Art. 63(1)) and 25 May 2018 (GDPR Art. 99(2)).
D = "2028-03-01"
#: The prison contract before 6 May 2018: the Member States' transposing provisions did
#: not yet apply (LED Art. 63(1)); Framework Decision 2008/977/JHA governed.
PRE_LED = "2018-03-01"
#: The prison contract a year after the Directive applied.
PRISON = "2019-03-01"
#: The Spanish exchange platform before Amendment No. 1 (Japan) takes effect.
BEFORE_JP = "2028-06-01"
#: After it.
AFTER_JP = "2028-10-01"

#: Why a competent authority's processing for law-enforcement purposes leaves the GDPR.
LED_GOVERNS = (
    "a public authority competent for the prevention, investigation, detection or "
    "prosecution of criminal offences or the execution of criminal penalties (LED "
    "Art. 3(7)(a)) processes for those purposes only (Art. 1(1)): the Directive governs "
    "(Art. 2(1)) and the GDPR does not apply (GDPR Art. 2(2)(d), Recital 19), its "
    "processor included (LED Art. 3(9), 22)"
)

#: Why a police body's HR processing is under the GDPR.
GDPR_GOVERNS = (
    "a police body that processes its officers' data for promotion acts for an "
    "employment purpose, none of LED Art. 1(1): the GDPR applies (LED Art. 9(1)-(2); "
    "GDPR Art. 2(2)(d) excludes only processing for the Art. 1(1) purposes)"
)

CASES: list[tuple[str, str, str, str, str]] = [
    # --- Belgian Federal Police: transcription and translation of intercepts (control) ---
    (
        "police-intercept-transcription",
        D,
        f"{DR}/led-processor-terms",
        "pass",
        "clause 7 binds the processor to act only on instructions (LED Art. 22(3)(a)), "
        "confidentiality (b), assistance with data-subject rights (c), deletion or return "
        "at the end with copies deleted (d), all information needed to demonstrate "
        "compliance (e) and the sub-processor conditions (f); Art. 22(3) lists no security "
        "term and no audits (security binds the processor directly, Art. 29(1)), so their "
        "absence is no gap",
    ),
    (
        "police-intercept-transcription",
        D,
        f"{DR}/led-sub-processor-authorisation",
        "pass",
        "clause 8: a general written authorisation with 30 days' notice of any addition or "
        "replacement and the opportunity to object (LED Art. 22(2), second sentence)",
    ),
    (
        "police-intercept-transcription",
        D,
        f"{DR}/led-transfers",
        "not_applicable",
        "no transfer to a third country or international organisation: storage, "
        "processing, staff and both sub-processors in Belgium and Germany, and clause 9 "
        "says no data leave the Union (LED Art. 35(1) does not arise)",
    ),
    (
        "police-intercept-transcription",
        D,
        f"{DR}/led-automated-decisions",
        "not_applicable",
        "transcription and translation read by investigators: no decision about a person "
        "producing an adverse legal effect or significantly affecting him (LED Art. 11(1))",
    ),
    (
        "police-intercept-transcription",
        D,
        f"{DR}/processor-terms",
        "not_applicable",
        f"{LED_GOVERNS}; GDPR Art. 28(3) does not apply",
    ),
    (
        "police-intercept-transcription",
        D,
        f"{DR}/sub-processor-authorisation",
        "not_applicable",
        f"{LED_GOVERNS}; GDPR Art. 28(2), (4) do not apply",
    ),
    (
        "police-intercept-transcription",
        D,
        f"{DR}/transfer-mechanism",
        "not_applicable",
        f"{LED_GOVERNS}; and no data leave the Union",
    ),
    (
        "police-intercept-transcription",
        D,
        f"{DR}/data-protection-regime",
        "pass",
        "clause 2 names the Directive (as transposed by the Belgian Law of 30 July 2018) "
        "for processing whose only purpose is criminal investigation by a police force "
        "(LED Arts 1(1), 2(1), 3(7)); legal notes DR-00 PASS",
    ),
    (
        "police-intercept-transcription",
        D,
        f"{DR}/data-locations",
        "pass",
        "clause 9: every place of storage and processing listed in full, all in the Union, "
        "elsewhere only with the Police's prior written consent, sub-processors in BE and "
        "DE, no transfer (legal notes DR-01 PASS)",
    ),
    # --- Vienna prosecutor's office: case-file summaries on a US vendor's GDPR terms ---
    (
        "prosecutor-case-summaries",
        D,
        f"{DR}/data-protection-regime",
        "fail",
        "the contract names only the GDPR for processing whose only purpose is the "
        "prosecution of criminal offences by a public prosecutor's office, a competent "
        "authority (LED Art. 3(7)(a)): the GDPR does not apply to it (GDPR Art. 2(2)(d)); "
        "the Directive does (Arts 1(1), 2(1)); the regime the contract identifies is not "
        "the one that governs, and it rests its transfers on a GDPR instrument (legal notes "
        "DR-00: the applicable regime identified). The tool passed (a wrong PASS: any "
        "contract naming the GDPR passed); fixed: data-protection-regime no longer accepts "
        "the GDPR named alone for processing stated to be a competent authority's for "
        "law-enforcement or public-security purposes only",
    ),
    (
        "prosecutor-case-summaries",
        D,
        f"{DR}/led-processor-terms",
        "fail",
        "the DPA holds the GDPR's eight terms, which cover (a)-(e) of LED Art. 22(3); but "
        "point (f) binds the processor to 'the conditions referred to in paragraphs 2 and "
        "3 for engaging another processor', and DPA-4 binds it to others: sub-processors "
        "added by updating a portal, with no notice to the Office and no opportunity to "
        "object (Art. 22(2)); a sub-processor clause that contradicts Art. 22(2) is not the "
        "term Art. 22(3)(f) requires. The tool passed (a wrong PASS: it read only the list "
        "of terms); fixed: led-processor-terms (and processor-terms, for GDPR "
        "Art. 28(3)(d)) fails a stated authorisation short of Art. 22(2), and the meaning "
        "of the term sub-processor-conditions says such a clause is not it",
    ),
    (
        "prosecutor-case-summaries",
        D,
        f"{DR}/led-sub-processor-authorisation",
        "fail",
        "DPA-4: a general authorisation under which the processor updates its list at will "
        "and continued use is acceptance: the controller is not informed of intended "
        "changes and has no opportunity to object (LED Art. 22(2), second sentence)",
    ),
    (
        "prosecutor-case-summaries",
        D,
        f"{DR}/led-transfers",
        "fail",
        "clause 6 and Annex 2: systematic transfers to the US parent, a company processing "
        "as sub-processor, resting on the Data Privacy Framework; Decision (EU) 2023/1795 "
        "is a GDPR Art. 45 decision, and no adequacy decision under LED Art. 36 exists for "
        "the United States; no Art. 37 safeguards are stated; Art. 38 derogations serve "
        "specific situations, not systematic transfers (Recital 72); and the recipient is no "
        "competent authority (Art. 35(1)(b); Art. 39 only in individual and specific cases)",
    ),
    (
        "prosecutor-case-summaries",
        D,
        f"{DR}/transfer-mechanism",
        "not_applicable",
        f"{LED_GOVERNS}: GDPR Chapter V does not apply, whatever the contract names; the "
        "rule led-transfers reads the transfer",
    ),
    (
        "prosecutor-case-summaries",
        D,
        f"{DR}/processor-terms",
        "not_applicable",
        f"{LED_GOVERNS}; the DPA's 'implements Article 28 GDPR' does not bring the GDPR in",
    ),
    (
        "prosecutor-case-summaries",
        D,
        f"{DR}/data-locations",
        "fail",
        "Annex 2: model inference and 24/7 support with access to case files from the "
        "United States, outside the allowed jurisdictions (the pack's default, the EEA; "
        "legal notes DR-01 FAIL: processing or support may occur elsewhere)",
    ),
    (
        "prosecutor-case-summaries",
        D,
        f"{DR}/led-automated-decisions",
        "not_applicable",
        "summaries and chronologies; prosecutors write every charging decision: no "
        "decision based solely on automated processing (LED Art. 11(1)) is bought",
    ),
    # --- German Federal Police: watchlist hold at airport gates, with safeguards ---
    (
        "border-egate-watchlist",
        D,
        f"{DR}/led-automated-decisions",
        "pass",
        "the hold at the gate on a watchlist hit is a decision based solely on automated "
        "processing that significantly affects the traveller (LED Art. 11(1)); clause 5: "
        "authorised by the Member State law the controller is subject to, with the right "
        "to obtain human intervention (11(1)); the decision rests on biometric data for "
        "uniquely identifying a person (Art. 10), and clause 5 sets suitable measures "
        "(11(2)); profiling on special categories is prohibited (11(3)). Whether the Act "
        "cited truly authorises the hold is for counsel to check against the statute",
    ),
    (
        "border-egate-watchlist",
        D,
        f"{DR}/automated-decisions",
        "not_applicable",
        f"{LED_GOVERNS} (the gates serve only the detection of wanted persons here): GDPR "
        "Art. 22 does not apply",
    ),
    (
        "border-egate-watchlist",
        D,
        f"{DR}/led-processor-terms",
        "pass",
        "clause 7: (a)-(f) of LED Art. 22(3), with information and audits",
    ),
    (
        "border-egate-watchlist",
        D,
        f"{DR}/led-sub-processor-authorisation",
        "pass",
        "clause 8: prior specific written authorisation of each sub-processor (LED Art. 22(2))",
    ),
    (
        "border-egate-watchlist",
        D,
        f"{DR}/led-transfers",
        "not_applicable",
        "the system runs on the Police's servers in Germany, no sub-processor, no data "
        "leave Germany: no transfer (LED Art. 35(1))",
    ),
    (
        "border-egate-watchlist",
        D,
        f"{DR}/data-protection-regime",
        "pass",
        "the Directive named for a police force's processing for the detection of criminal "
        "offences only (LED Arts 1(1), 2(1), 3(7)); legal notes DR-00 PASS",
    ),
    # --- Slovenian Police: risk flagging at a road crossing, no biometric measures ---
    (
        "border-crossing-flagging",
        D,
        f"{DR}/led-automated-decisions",
        "fail",
        "the routing to the search bay and the hold are decisions based solely on "
        "automated processing that significantly affect the occupants (LED Art. 11(1)); "
        "authorised by law with human intervention (11(1)), but they rest on biometric data "
        "processed to identify persons uniquely, a special category (Art. 10), and clause 5 "
        "states that no other safeguard is provided: 'decisions ... shall not be based on "
        "special categories of personal data ... unless suitable measures to safeguard the "
        "data subject's rights and freedoms and legitimate interests are in place' "
        "(Art. 11(2))",
    ),
    (
        "border-crossing-flagging",
        D,
        f"{DR}/automated-decisions",
        "not_applicable",
        f"{LED_GOVERNS}: GDPR Art. 22 does not apply",
    ),
    (
        "border-crossing-flagging",
        D,
        f"{DR}/led-sub-processor-authorisation",
        "fail",
        "clause 8: further sub-processors after 14 days' notice, with no right to object; "
        "under a general authorisation the processor must inform the controller of "
        "intended changes 'thereby giving the controller the opportunity to object' (LED "
        "Art. 22(2)): notice alone falls short",
    ),
    (
        "border-crossing-flagging",
        D,
        f"{DR}/led-processor-terms",
        "fail",
        "clause 7 holds (a)-(e) of LED Art. 22(3) (information without audits), but for "
        "point (f) it binds the processor to clause 8's conditions, not to 'the conditions "
        "referred to in paragraphs 2 and 3': clause 8 lets it add sub-processors with no "
        "opportunity for the Police to object (Art. 22(2)), so the term (f) requires is "
        "missing (as in the prosecutor's contract). The tool passed (a wrong PASS); fixed "
        "with the prosecutor's row",
    ),
    (
        "border-crossing-flagging",
        D,
        f"{DR}/data-protection-regime",
        "unknown",
        "the contract names no data-protection regime; an EU-established company processes "
        "personal data as processor: silent (legal notes DR-00 UNKNOWN)",
    ),
    # --- Antwerp local police: place-based patrol forecasting ---
    (
        "city-predictive-patrol",
        D,
        f"{DR}/led-automated-decisions",
        "not_applicable",
        "forecasts per grid cell and shift, no score, list or flag about any person "
        "(clause 2): no decision about a data subject (LED Art. 11(1)); the incident "
        "reports are personal data, so the Directive governs the processing, but Art. 11 "
        "does not arise",
    ),
    (
        "city-predictive-patrol",
        D,
        f"{DR}/automated-decisions",
        "not_applicable",
        f"{LED_GOVERNS}; and no decision about a person",
    ),
    (
        "city-predictive-patrol",
        D,
        f"{DR}/led-processor-terms",
        "fail",
        "clause 9, the whole of the processing terms, binds the processor to documented "
        "instructions but says nothing on what happens to the data at the end: Art. 22(3)(d) "
        "requires the contract to stipulate that the processor, at the controller's choice, "
        "deletes or returns all personal data after the end of the services and deletes "
        "existing copies; the contract has no exit clause that could supply it",
    ),
    (
        "city-predictive-patrol",
        D,
        f"{DR}/led-sub-processor-authorisation",
        "pass",
        "clause 10: general written authorisation with 30 days' notice and the opportunity "
        "to object (LED Art. 22(2))",
    ),
    (
        "city-predictive-patrol",
        D,
        f"{DR}/led-transfers",
        "not_applicable",
        "storage and processing in the Netherlands and Belgium, the one sub-processor in "
        "the Netherlands, no transfer listed (complete): no Chapter V transfer",
    ),
    (
        "city-predictive-patrol",
        D,
        f"{DR}/processor-terms",
        "not_applicable",
        f"{LED_GOVERNS}; GDPR Art. 28(3) does not apply",
    ),
    (
        "city-predictive-patrol",
        D,
        f"{DR}/data-protection-regime",
        "pass",
        "the Directive named for a police zone's processing for the prevention and "
        "detection of crime only (LED Arts 1(1), 2(1), 3(7))",
    ),
    # --- Czech Prison Service: release-risk categories a case manager may not change ---
    (
        "prison-parole-risk",
        PRISON,
        f"{DR}/led-automated-decisions",
        "fail",
        "the execution of criminal penalties is an LED purpose (Art. 1(1)) and the Prison "
        "Service a competent authority (Art. 3(7)(a)); a high category shuts the prisoner "
        "out of day release and the open regime for the round, a significant adverse "
        "effect; the case manager who 'validates' it may not change it, so the review is a "
        "token gesture and the decision rests solely on the automated processing (LED "
        "Art. 11(1), read as GDPR Art. 22(1): WP251 rev.01, p. 21; C-634/21 SCHUFA); no law "
        "authorising it is cited, and clause 6 rules out any review on request, so the "
        "minimum safeguard, the right to obtain human intervention, is excluded (11(1)); "
        "the category also draws on psychiatric assessments (health, Art. 10) with no "
        "measures (11(2))",
    ),
    (
        "prison-parole-risk",
        PRE_LED,
        f"{DR}/led-automated-decisions",
        "fail",
        "1 Mar 2018: the Member States' provisions transposing the Directive apply from 6 "
        "May 2018 (LED Art. 63(1)); Framework Decision 2008/977/JHA governed until then "
        "(repealed from that date, Art. 59)"
        + before_first_day(
            "the term runs to 30 Sep 2027, and from 6 May 2018 the same terms fail Art. "
            "11(1), as the row of the later date says"
        ),
    ),
    (
        "prison-parole-risk",
        PRISON,
        f"{DR}/automated-decisions",
        "not_applicable",
        f"{LED_GOVERNS}: GDPR Art. 22 does not apply to a prison service's release decisions",
    ),
    (
        "prison-parole-risk",
        PRISON,
        f"{DR}/led-processor-terms",
        "unknown",
        "clause 8 incorporates the Ministry of Justice's framework agreement, which was "
        "not supplied: whether it holds the LED Art. 22(3) terms is unknown (silence)",
    ),
    (
        "prison-parole-risk",
        PRE_LED,
        f"{DR}/led-processor-terms",
        "unknown",
        "before 6 May 2018 (LED Art. 63(1)): Art. 22 did not yet apply"
        + before_first_day(
            "the term runs to 30 Sep 2027, and whether the framework agreement clause 8 "
            "incorporates holds the Art. 22(3) terms is unknown, as on the later date"
        ),
    ),
    (
        "prison-parole-risk",
        PRISON,
        f"{DR}/led-sub-processor-authorisation",
        "unknown",
        "the framework agreement that would hold the sub-processor conditions was not "
        "supplied: unknown (LED Art. 22(2))",
    ),
    # --- Spanish National Police: exchanges with Interpol, Europol, the UK and Japan ---
    (
        "police-international-exchange",
        BEFORE_JP,
        f"{DR}/led-transfers",
        "pass",
        "to Interpol, an international organisation competent for police cooperation "
        "(Art. 35(1)(b); Recital 25: Chapter V applies to transfers to Interpol), on "
        "safeguards the controller assessed and documented (Art. 37(1)(b), 37(3)); to the "
        "NCA, a UK competent authority, on the adequacy decision adopted under LED Art. 36 "
        "(Implementing Decision (EU) 2021/1773, as renewed); Europol is a Union agency, "
        "its exchanges governed by Regulation (EU) 2016/794, no Chapter V transfer",
    ),
    (
        "police-international-exchange",
        AFTER_JP,
        f"{DR}/led-transfers",
        "fail",
        "Amendment No. 1: transfers to Japan's National Police Agency on Decision (EU) "
        "2019/419, an adequacy decision under GDPR Art. 45 that does not cover transfers "
        "by competent authorities for law-enforcement purposes; no decision under LED "
        "Art. 36 exists for Japan, and no Art. 37 safeguards or Art. 38 derogation is "
        "stated (Art. 35(1)(d))",
    ),
    (
        "police-international-exchange",
        BEFORE_JP,
        f"{DR}/international-organisation-transfers",
        "not_applicable",
        f"{LED_GOVERNS}: the transfer to Interpol is read under LED Arts 35-37, not GDPR "
        "Arts 44-46",
    ),
    (
        "police-international-exchange",
        AFTER_JP,
        f"{DR}/transfer-mechanism",
        "not_applicable",
        f"{LED_GOVERNS}: GDPR Chapter V does not read the transfer to Japan",
    ),
    (
        "police-international-exchange",
        BEFORE_JP,
        f"{DR}/data-protection-regime",
        "pass",
        "the Directive named for the police's processing for criminal investigations only "
        "(LED Arts 1(1), 2(1), 3(7))",
    ),
    # --- NRW police: promotion ranking of its own officers (GDPR, not LED) ---
    (
        "police-hr-promotion",
        D,
        f"{DR}/led-processor-terms",
        "not_applicable",
        f"{GDPR_GOVERNS}; LED Art. 22 does not apply",
    ),
    (
        "police-hr-promotion",
        D,
        f"{DR}/led-automated-decisions",
        "not_applicable",
        f"{GDPR_GOVERNS}; LED Art. 11 does not apply",
    ),
    (
        "police-hr-promotion",
        D,
        f"{DR}/led-sub-processor-authorisation",
        "not_applicable",
        f"{GDPR_GOVERNS}",
    ),
    (
        "police-hr-promotion",
        D,
        f"{DR}/processor-terms",
        "fail",
        f"{GDPR_GOVERNS}; clause 7 (complete) copies the LED's shorter list and lacks "
        "security measures (GDPR Art. 28(3)(c)), assistance with Arts 32-36 (28(3)(f)) and "
        "audits and inspections (28(3)(h))",
    ),
    (
        "police-hr-promotion",
        D,
        f"{DR}/automated-decisions",
        "pass",
        f"{GDPR_GOVERNS}; the ranking concerns promotion (significant effects), but the "
        "board sees every applicant, decides each case and may depart from the ranking "
        "(clause 4): no decision based solely on automated processing (GDPR Art. 22(1))",
    ),
    (
        "police-hr-promotion",
        D,
        f"{DR}/sub-processor-authorisation",
        "pass",
        f"{GDPR_GOVERNS}; clause 8: prior specific written authorisation, the same "
        "obligations flowing down (GDPR Art. 28(2), (4))",
    ),
    (
        "police-hr-promotion",
        D,
        f"{DR}/data-protection-regime",
        "fail",
        f"{GDPR_GOVERNS}; clause 6 names only the Directive's transposition, which governs "
        "no part of this processing (legal notes DR-00: the regime identified is not the "
        "one that applies)",
    ),
]

#: Rows the tool cannot yet get right.
KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit64_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit64_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
