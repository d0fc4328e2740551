"""Hundred-and-fourth legal-fidelity audit: what the contract buys against its labels.

Ten descriptions (tests/data/audit104/*.yaml), written from docs/vocabulary.md and
docs/writing-contracts.md alone, of contracts whose statements of work buy, under a
euphemism, what a ban or an AI Act Art. 5 prohibition covers, or whose label says less
than the work: a Land police's "pattern-of-life analytics" over every device in the Land;
a municipality's "open-source sentiment monitoring" of its residents; a finance service's
"workforce wellbeing insights" from agents' webcams; a probation service's "individual risk
triage"; a border police's "biometric watchlist matching" in a crossing's passenger hall,
its gallery fed by "identity resolution" from images crawled on the web; an army's "target
development support" and "automated engagement recommendations"; a camp's "force
protection" counter-drone autonomy; a social-assistance agency's "loyalty scoring" of
claimants; and two honest contrasts (an advisory translation service; an investigation of
devices seized under a court order). Most carry an express ban that the statement of work
contradicts (a naive reader of the ban's label would pass them); two are silent.

Verdicts from the law: the AI Act (Regulation (EU) 2024/1689 as amended by Regulation
(EU) 2026/1744) Arts 2(3), 5(1)(c)-(f), 5(1)(h), 5(2)-(7), 6(2)-(4), 14(5), 26(7), 26(11),
27, 50(3) and Annex III; the GDPR and the Law Enforcement Directive where cited; AP I
Art. 36; DoD Directive 3000.09 (25 Jan 2023); the project's legal notes (MS-xx, AW-xx,
EUAI-xx).

Each row: file, as-of date, rule, the verdict counsel gives, and the reason. The blind
answers (45 rows) were written and committed before the tool was run on them. On the
first run 43 matched and two did not.

No verdict of the tool was wrong. Every euphemism the statements of work use was
recorded by the meaning of the use it buys (the meanings of use_cases, social-scoring,
public-space-biometric-identification, post- and real-time identification, the
waivable_by_customer and defined-narrowly readings of a ban), and the rules then failed
each ban the work contradicts, though its label would pass: "pattern-of-life analytics"
(explicit-ban, commercial-data-covered), "sentiment monitoring" with a public-data
carve-out (explicit-ban, public-data-covered, social scoring), "wellbeing insights"
(Art. 5(1)(f) with a medical-or-safety carve-out the appraisal use is outside), "risk
triage" (Art. 5(1)(d) against a ban naming it), "watchlist matching" and "identity
resolution" (Art. 5(1)(h) against a ban "save as Article 5 permits", Art. 5(1)(e) against
silence, the two-person rule of Art. 14(5)), "engagement recommendations" executed unless
vetoed (a ban defined as "without any human involvement at any stage"), "force
protection" (a carve-out the customer delimits, unattended), "loyalty scoring" (Art.
5(1)(c) and Annex III 5(a) against "fraud analytics").

Two were blind answers, wrong, argued in their rows: no-prohibited-practice on the two
honest contrasts (the advisory translation service, the investigation of seized devices),
answered pass. The tool is unknown: neither contract states an Art. 5 ban, and the rule
passes without one only where the uses are confined to ones that cannot be a practice
(definition art5-uses-confined: uses that touch no natural person, and for law
enforcement emotion recognition and polygraphs of those questioned). Summaries a
general-purpose model writes for people to read, and the analysis of people's
communications, are not such uses; EUAI-02 asks that uses be limited "so none can
occur", and these make one unlikely, not impossible.

Meanings found ambiguous though the verdict came out right:

- grants.any_lawful_use had no false reading, and the describer left the translation
  contract's "these are the only uses permitted" (and the investigation's "used for no
  other purpose") out of it, though art5-uses-confined reads it stated false. The
  meaning now says a closed list of permitted uses, or a statement that no other use is
  granted, is false, and an illustrative list does not state it; both descriptions
  record it so (re-described after the first run, under the new meaning). No verdict
  moved: the summaries and the analysis of communications keep the uses unconfined.
- art5-uses-confined lists no translation or document search, uses that render or
  retrieve existing content and evaluate no one; whether they belong there (and whether
  the contract that buys only them then passes without a ban) is left to the lead: no
  row of this audit turns on it, since both contrasts also buy a use that generates or
  analyses (document-drafting, communications-analysis).
- restrictions.autonomous_weapons.exceptions for an undefined "force protection"
  carve-out: recorded as local-defence with operator_supervised false and
  waivable_by_customer true (the waiver meaning names the example); no value names an
  undefined, customer-delimited carve-out as such.

Left undone: rows on Art. 50(2) marking for the translation service (whether the
'does not substantially alter' exception covers a translation is unsettled), on the
anti-personnel reach of the "force protection" carve-out, and on DPIA rules for the
police contracts (LED Art. 27). No row is a known wrong; no earlier audit row moves.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit104"

MS = "no-mass-surveillance"
AW = "no-autonomous-weapons"
EU = "eu-ai-act-high-risk"

#: Every contract in its term, after 2 Dec 2027 when Chapter III applies to Annex III
#: systems (Art. 113(c) as amended); each high-risk system put into service after it.
D = "2028-03-01"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- Land police: "Pattern-of-Life Analytics" of every device in the Land ---
    (
        "pattern-of-life",
        D,
        f"{MS}/explicit-ban",
        "fail",
        "clause 9 bans mass surveillance, but Annex A, a statement of work the Police orders "
        "under the contract, buys the daily ingestion of the location of every mobile device "
        "in the Land and a pattern-of-life profile of each: what the contract buys outranks "
        "the ban's label, and a contract that lists pattern-of-life analysis of a whole "
        "population as a permitted use has no ban that holds (legal notes MS-01 FAIL; CJEU "
        "C-511/18 La Quadrature du Net: general and indiscriminate processing of location "
        "data)",
    ),
    (
        "pattern-of-life",
        D,
        f"{MS}/commercial-data-covered",
        "fail",
        "the location data is licensed from an advertising-data broker (Annex A.1) and "
        "analysed in bulk to track and profile everyone in the Land: the contract expressly "
        "provides for the analysis of commercially acquired bulk personal data about the "
        "people the ban should protect (legal notes MS-04 FAIL), whatever clause 9 says",
    ),
    (
        "pattern-of-life",
        D,
        f"{EU}/high-risk-classification",
        "fail",
        "profiling of natural persons in the detection of criminal offences is Annex III "
        "point 6(e) (profiling as in LED Art. 3(4)); clause 6 calls the platform 'not a "
        "high-risk AI system' on no Art. 6(3) ground, and a system that profiles natural "
        "persons is always high-risk (Art. 6(3), last subparagraph): a label, not a "
        "classification (legal notes EUAI-03 FAIL)",
    ),
    (
        "pattern-of-life",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "unknown",
        "a police force, a body governed by public law, deploying an Annex III point 6 "
        "system assesses its impact on fundamental rights before first use (Art. 27(1)); "
        "the contract is silent",
    ),
    # --- Municipality: "Open-Source Sentiment Monitoring" of residents ---
    (
        "sentiment-monitoring",
        D,
        f"{MS}/explicit-ban",
        "fail",
        "clause 11 takes publicly available information out of the ban, and the order form "
        "buys the collection of every public post of the town's residents with a daily score "
        "per account: the ban leaves untouched the population monitoring the contract buys "
        "(legal notes MS-01 FAIL: population-level monitoring listed as a permitted use)",
    ),
    (
        "sentiment-monitoring",
        D,
        f"{MS}/public-data-covered",
        "fail",
        "the contract carves publicly available information out of the surveillance ban "
        "entirely (clause 11; legal notes MS-05 FAIL); publicly available personal data is "
        "still personal data (GDPR Art. 4(1), Art. 14)",
    ),
    (
        "sentiment-monitoring",
        D,
        f"{MS}/dpia-before-monitoring",
        "unknown",
        "the systematic monitoring and scoring of a town's residents from their public "
        "posts calls for a DPIA before the processing (GDPR Art. 35(1), (3)(a); WP248 "
        "criteria: evaluation or scoring, systematic monitoring, large scale); the contract "
        "says nothing of one (legal notes MS-19 UNKNOWN)",
    ),
    (
        "sentiment-monitoring",
        D,
        f"{EU}/no-prohibited-practice",
        "fail",
        "a 'tension' score of each resident's account, kept over time from their social "
        "behaviour online, and lists of 'accounts of concern' passed to the police and the "
        "youth-care team, contexts unrelated to those in which the posts were made: an "
        "evaluation of natural persons over time on their social behaviour leading to "
        "detrimental treatment in unrelated contexts (Art. 5(1)(c)(i)); the contract does "
        "not rule it out (legal notes EUAI-02 FAIL)",
    ),
    (
        "sentiment-monitoring",
        D,
        f"{MS}/no-social-scoring",
        "fail",
        "the same per-account score followed into police and youth-care attention is a "
        "person-level risk score used across unrelated contexts, which the contract permits "
        "and nowhere prohibits (legal notes MS-09 FAIL; AI Act Art. 5(1)(c))",
    ),
    # --- Finance service: "Workforce Wellbeing Insights" from agents' webcams ---
    (
        "wellbeing-webcam",
        D,
        f"{EU}/no-prohibited-practice",
        "fail",
        "clause 8 bans workplace emotion recognition 'save for medical or safety reasons', "
        "but the statement of work buys stress, frustration and engagement scores of each "
        "agent from their face, used in coaching and the annual appraisal: inferring the "
        "emotions of natural persons in the workplace (Art. 5(1)(f)); the exception covers "
        "only uses for medical or safety reasons (Recital 44: e.g. therapeutic use), which "
        "performance management is not, whatever clause 2 calls the purpose (Commission "
        "Guidelines C(2025) 5052 on Art. 5(1)(f))",
    ),
    (
        "wellbeing-webcam",
        D,
        f"{MS}/no-workplace-emotion-recognition",
        "fail",
        "the contract permits inferring the emotions of the Service's own staff for "
        "appraisal, a carve-out wider than medical or safety reasons (AI Act Art. 5(1)(f); "
        "legal notes MS-12 FAIL: workplace emotion inference, e.g. staff stress monitoring)",
    ),
    (
        "wellbeing-webcam",
        D,
        f"{EU}/high-risk-classification",
        "fail",
        "monitoring and evaluating the performance and behaviour of workers is Annex III "
        "point 4(b) (and emotion recognition point 1(c)); clause 5's 'a wellbeing tool, not "
        "a high-risk AI system' rests on no Art. 6(3) condition, and the system scores each "
        "agent, profiling natural persons, so no derogation can hold (Art. 6(3), last "
        "subparagraph; legal notes EUAI-03 FAIL)",
    ),
    (
        "wellbeing-webcam",
        D,
        f"{EU}/workplace-information",
        "unknown",
        "an employer deploying a high-risk system at the workplace informs the workers' "
        "representatives and the affected workers before use (Art. 26(7)); the contract is "
        "silent",
    ),
    (
        "wellbeing-webcam",
        D,
        f"{EU}/transparency-emotion-biometric",
        "unknown",
        "the deployer of an emotion recognition system informs the people exposed to it of "
        "its operation (Art. 50(3), applicable since 2 Aug 2026); the contract is silent",
    ),
    # --- Probation service: "Individual Risk Triage" ---
    (
        "risk-triage",
        D,
        f"{EU}/no-prohibited-practice",
        "fail",
        "clause 7 bans predicting offences from profiling alone, but Annex 1 buys a "
        "re-offending likelihood computed from a personality questionnaire, social ties, "
        "postcode, age and employment, which sets the supervision level automatically: a "
        "risk assessment of a natural person predicting an offence based solely on profiling "
        "and personality traits (Art. 5(1)(d)); it supports no human assessment already "
        "based on objective and verifiable facts linked to a criminal activity, since the "
        "output applies before any officer assesses it (legal notes EUAI-02 FAIL)",
    ),
    (
        "risk-triage",
        D,
        f"{MS}/no-crime-prediction",
        "fail",
        "the contract buys the profile-only offending prediction its clause 7 names "
        "(legal notes MS-11 FAIL; AI Act Art. 5(1)(d))",
    ),
    (
        "risk-triage",
        D,
        f"{EU}/high-risk-classification",
        "unknown",
        "assessing the risk of re-offending is Annex III point 6(d); the contract records "
        "no classification and claims no derogation (which profiling would exclude, Art. "
        "6(3), last subparagraph): silent (legal notes EUAI-03 UNKNOWN)",
    ),
    # --- Border police: real-time watchlist matching and web-scraped identity resolution ---
    (
        "border-watchlist",
        D,
        f"{EU}/no-prohibited-practice",
        "fail",
        "Annex B buys the live comparison of the face of everyone in the crossing's public "
        "passenger hall with the wanted-persons, SIS and entry-ban lists within two seconds: "
        "real-time remote biometric identification in a publicly accessible space (Art. "
        "3(42), 3(44), Recital 19) for law enforcement, untargeted and for alerts on any "
        "offence or none, outside the objectives of Art. 5(1)(h)(i)-(iii) and without the "
        "Art. 5(2)-(5) safeguards; and it buys a reference gallery built by crawling facial "
        "images from the web (Art. 5(1)(e)); clause 10's 'save as permitted by Article 5' "
        "does not confine what Annex B buys (legal notes EUAI-02 FAIL)",
    ),
    (
        "border-watchlist",
        D,
        f"{MS}/no-real-time-biometric-identification",
        "fail",
        "real-time identification of every traveller in a public hall against general "
        "watchlists is permitted outside the three Art. 5(1)(h) objectives and their "
        "conditions (no targeted individual, no Annex II limit, no prior authorisation: Art. "
        "5(2)-(3); legal notes MS-07 FAIL)",
    ),
    (
        "border-watchlist",
        D,
        f"{MS}/no-facial-image-scraping",
        "fail",
        "the contract is silent on scraping, but Annex B.4 buys the use of a facial-"
        "recognition gallery the supplier builds and keeps current by crawling public "
        "websites and social media: it supplies such a database and expands it by untargeted "
        "scraping (AI Act Art. 5(1)(e); legal notes MS-08 FAIL)",
    ),
    (
        "border-watchlist",
        D,
        f"{EU}/human-oversight",
        "fail",
        "for a remote biometric identification system (Annex III point 1(a)) no action is "
        "taken on an identification unless two competent natural persons verify it (Art. "
        "14(5)); clause 12 lets the one officer on duty stop the traveller, and the contract "
        "cites no Union or national law that considers the two-person rule disproportionate "
        "at the border (Art. 14(5), second subparagraph; legal notes EUAI-09)",
    ),
    (
        "border-watchlist",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "unknown",
        "a border police deploying an Annex III point 1 and 7 system assesses its impact on "
        "fundamental rights before first use (Art. 27(1)); the contract is silent",
    ),
    # --- Army: "Target Development Support" and "Automated Engagement Recommendations" ---
    (
        "target-development",
        D,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        "clause 12 bans only systems acting 'without any human involvement at any stage', "
        "which no fielded system is, and Schedule 2.4 buys engagements executed "
        "automatically unless an officer vetoes within ten seconds: a weapon system that "
        "selects and engages targets without further operator intervention (DoDD 3000.09, "
        "Glossary: an operator-supervised autonomous weapon system is still one); the "
        "contract permits what the ban's label names (legal notes AW-01 FAIL)",
    ),
    (
        "target-development",
        D,
        f"{AW}/human-decision-per-engagement",
        "fail",
        "in Time-Sensitive Mode the engagement proceeds unless vetoed: the AI initiates "
        "engagements with only a supervisory override, no affirmative human decision for "
        "each (legal notes AW-03 FAIL); 'human-in-the-loop principles apply' is a label the "
        "statement of work contradicts",
    ),
    (
        "target-development",
        D,
        f"{AW}/targeting-and-c2-controlled",
        "fail",
        "target nomination and fire control are permitted uses, and they are not under "
        "stated human control: recommendations are executed automatically in Time-Sensitive "
        "Mode (Schedule 2.4; NATO Principles of Responsible Use, Governability)",
    ),
    (
        "target-development",
        D,
        f"{AW}/decision-support-advisory",
        "fail",
        "outputs may trigger engagements automatically, not advisory outputs that a named "
        "human approves before force is used (legal notes AW-09 FAIL: auto-nomination into a "
        "strike queue without review)",
    ),
    (
        "target-development",
        D,
        f"{AW}/legal-weapons-review",
        "unknown",
        "the Netherlands, party to Additional Protocol I, must determine whether a new "
        "weapon or means of warfare is lawful (AP I Art. 36); the contract does not make "
        "integration wait for such a review, nor say it does not: silent (legal notes AW-06)",
    ),
    (
        "target-development",
        D,
        f"{EU}/no-prohibited-practice",
        "not_applicable",
        "every purpose is defence and military (clause 3) and every use a weapons use: the "
        "AI Act does not apply to systems used exclusively for military or defence purposes "
        "(Art. 2(3), Recital 24)",
    ),
    # --- Camp: "Force Protection" counter-UAS autonomy ---
    (
        "force-protection",
        D,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        "clause 9's ban 'does not apply to force protection', a purpose the contract does "
        "not define and the camp commander alone delimits, and Annex 1 buys an automatic "
        "mode that detects, classifies and engages with no operator in attendance for up to "
        "72 hours: an autonomous weapon system outside the operator-supervised local defence "
        "DoDD 3000.09 (25 Jan 2023) exempts from senior review (ICRC position of 12 May "
        "2021, recommendation 3); the carve-out swallows the ban (legal notes AW-01 FAIL)",
    ),
    (
        "force-protection",
        D,
        f"{AW}/autonomy-limits",
        "fail",
        "the autonomy is limited to drones (materiel) within a 3 km zone, but it runs "
        "unattended for up to 72 hours, switched on whenever the commander judges the "
        "threat requires: no human supervision with timely intervention and deactivation "
        "(legal notes AW-14: all the limits, supervision included; ICRC recommendation 3)",
    ),
    (
        "force-protection",
        D,
        f"{EU}/no-prohibited-practice",
        "not_applicable",
        "a camp's counter-drone defence bought for defence and military purposes only "
        "(clause 2): outside the AI Act (Art. 2(3))",
    ),
    # --- Social-assistance agency: "Claimant Loyalty Scoring" ---
    (
        "loyalty-scoring",
        D,
        f"{EU}/no-prohibited-practice",
        "fail",
        "clause 6 bans social scoring, but Annex A buys a monthly 'loyalty index' of each "
        "claimant from late payments, traffic fines, neighbours' complaints, social-media "
        "activity and library fines, on which benefits are suspended: an evaluation of "
        "natural persons over time on their social behaviour, the score leading to "
        "detrimental treatment in contexts unrelated to those in which the data was "
        "generated and disproportionate to it (Art. 5(1)(c)(i)-(ii)); 'fraud analytics' is "
        "a label (legal notes EUAI-02 FAIL)",
    ),
    (
        "loyalty-scoring",
        D,
        f"{MS}/no-social-scoring",
        "fail",
        "a person-level score carried from unrelated contexts into benefit decisions, the "
        "'social credit' the red line names (legal notes MS-09 FAIL), bought by the "
        "statement of work whatever clause 6 prohibits",
    ),
    (
        "loyalty-scoring",
        D,
        f"{EU}/high-risk-classification",
        "fail",
        "a public authority evaluating eligibility for benefits and suspending them is "
        "Annex III point 5(a) (the fraud-detection carve-out is in point 5(b) alone); clause "
        "4 records no area and calls the system fraud analytics on no Art. 6(3) ground, "
        "and the index profiles each claimant, which no derogation allows (Art. 6(3), last "
        "subparagraph; legal notes EUAI-03 FAIL)",
    ),
    (
        "loyalty-scoring",
        D,
        f"{EU}/deployer-information",
        "unknown",
        "claimants subject to decisions the system assists are informed of its use (Art. "
        "26(11)); the contract is silent",
    ),
    (
        "loyalty-scoring",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "unknown",
        "a public authority deploying an Annex III point 5(a) system assesses the impact on "
        "fundamental rights before first use (Art. 27(1)); the contract is silent",
    ),
    # --- Foreign ministry: advisory translation (honest contrast) ---
    (
        "advisory-translation",
        D,
        f"{MS}/explicit-ban",
        "pass",
        "clause 8 bans mass, bulk or untargeted surveillance of anyone, by either party, "
        "whatever the law permits, with no carve-out and no waiver; clause 2 confines the "
        "service to translating and summarising correspondence, so nothing the contract buys "
        "contradicts the ban (legal notes MS-01 PASS)",
    ),
    (
        "advisory-translation",
        D,
        f"{EU}/no-prohibited-practice",
        "unknown",
        "blind answer pass was wrong: translation and summaries are the only uses (clause "
        "2), but the summaries are text a general-purpose model generates for people to "
        "read, and Art. 5(1)(a) reaches a system whose techniques have the 'effect' of "
        "materially distorting behaviour, intended or not; the contract states no ban of "
        "manipulation (nor of any other Art. 5 practice), and summarising is not a use that "
        "touches no natural person and so cannot be a practice: EUAI-02 passes a contract "
        "that 'forbids each Art. 5(1)(a)-(h) practice or limits uses so none can occur', "
        "and a closed list holding generated text limits uses so that one is unlikely, not "
        "impossible; the rule asks for the ban, silence on it is unknown",
    ),
    (
        "advisory-translation",
        D,
        f"{EU}/high-risk-classification",
        "not_applicable",
        "translation and drafting fall in no Annex III area: nothing to classify (Art. 6(2))",
    ),
    (
        "advisory-translation",
        D,
        f"{AW}/autonomous-weapons-ban",
        "not_applicable",
        "a civilian foreign ministry buying translation, its uses closed and none a weapons "
        "or intelligence use: no defence or weapons nexus (legal notes AW-01 NOT_APPLICABLE, "
        "gate G-3 false)",
    ),
    # --- Federal criminal police: targeted, authorised analysis of seized devices ---
    (
        "targeted-investigation",
        D,
        f"{MS}/explicit-ban",
        "pass",
        "clause 9 bans mass, bulk or untargeted surveillance of anyone, whatever the law "
        "permits, not waivable, no carve-out; the uses are closed (clause 2) and confined to "
        "devices a judicial order names (legal notes MS-01 PASS)",
    ),
    (
        "targeted-investigation",
        D,
        f"{MS}/bulk-processing-limited",
        "pass",
        "only devices of named suspects under an order are loaded: targeted by default, and "
        "nothing collected in bulk, so the list of bulk purposes is empty and closed (EO "
        "14086 §2(c)(ii) as benchmark; legal notes MS-06)",
    ),
    (
        "targeted-investigation",
        D,
        f"{MS}/retention-and-query-logging",
        "pass",
        "clause 6: deletion at the case's close and at most after five years unless a court "
        "orders otherwise, every search logged with its term and open to the DPO and the "
        "Federal Commissioner, only relevant data kept (LED Arts 4(1)(c), 5, 25; legal notes "
        "MS-18 PASS)",
    ),
    (
        "targeted-investigation",
        D,
        f"{EU}/no-prohibited-practice",
        "unknown",
        "blind answer pass was wrong: the uses are closed (clause 2) and confined to devices "
        "an order names, but the system generates the transcripts and translations "
        "investigators read, and the contract states no Art. 5 ban: as for any text a "
        "general-purpose model writes for people, Art. 5(1)(a) reaches its effect on their "
        "behaviour, and the confinement EUAI-02 accepts without a ban is to uses none of "
        "which can be a practice, which the analysis of people's communications is not "
        "shown to be; the tool also reads the speech recognition as opening Art. 5(1)(f), "
        "which the closed uses (no workplace, no education) make remote, and the verdict "
        "does not rest on it: silence on the bans is unknown",
    ),
    (
        "targeted-investigation",
        D,
        f"{EU}/high-risk-classification",
        "not_applicable",
        "transcribing, translating and searching seized material falls in none of Annex III "
        "point 6(a)-(e) (no risk assessment of persons, no polygraph, no evaluation of the "
        "reliability of evidence, no profiling): no Annex III use to classify",
    ),
]

#: Rows the tool cannot yet get right.
KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit104_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit104_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
