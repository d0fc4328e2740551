"""Thirty-third legal-fidelity audit: the AI Act's prohibited practices (Art. 5(1)(a)-(h),
applicable from 2 Feb 2025 under Art. 113(a); (ba)-(bb) from 2 Dec 2026) and their overlap
with the surveillance pack, each contract the smallest that isolates one point, with three
realistic ones that exercise several rules at once, run through the real CLI
(tests/data/audit33/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph, point). A PASS here must rest on terms in force
on that date, binding in rank and not contradicted by what the contract buys; silence is
unknown. Where the tool cannot yet give that verdict, the row sits in KNOWN_WRONG as a
strict xfail with the reason and where a fix belongs.

Social scoring (Art. 5(1)(c)): "citizen risk scores" bought as eligibility and fraud scoring
of benefit claimants (Annex III point 5(a), profiling by nature) with the capabilities
listed without the word profiling: the practice was read as impossible, so a ban the
customer may waive, or one applying only where law requires in a US county, was not
applicable and no-prohibited-practice passed (fixed: art5-social-scoring-possible reads the
definition profiling-use). A ban stated only in a press release, in a side letter that has
lapsed, subject to the customer's directions, and a "civic trust score" bought beside the
ban.

Crime prediction (Art. 5(1)(d)): a police force's "subject risk profiles" (a profiling
capability, no crime-prediction use named) with a ban the chief of police may set aside:
the practice was read as impossible, the rule not applicable and no-prohibited-practice
passed (fixed: art5-crime-prediction-possible reads profiling stated in a stated
law-enforcement context); recidivism prediction from personality profiles beside the
human-assessment carve-out, re-offending risk assessment supporting a human assessment, a
carve-out for lawful purposes, a ban "as required by applicable law" inside the Act's
scope, a domestic intelligence service doing policing (in scope) and doing national
security alone (Art. 2(3)), and a pilot that ended before Art. 5 applied.

Scraping (Art. 5(1)(e)): web-scale face collection bought beside the ban, a ban only from a
later amendment, a carve-out for publicly available images, a ban in a usage policy that
does or does not bind, and an armed force's database (the red line reaches it; the Act does
not, Art. 2(3)).

Emotion recognition (Art. 5(1)(f)): a defence ministry's monitoring of its analysts, used
exclusively for defence (Art. 2(3): out of the Act, and the surveillance pack's rule on the
practice reads only the Act), and the same with a civilian purpose (dual use: Recital 24);
"engagement and sentiment analytics" of staff bought beside the ban; the medical-or-safety
exception confined and stretched to productivity; a ban the customer's HR policy may lift;
sentiment analysis of survey text (no biometric data, Art. 3(39)): unknown, silence on
the ban read as a possible permission (fixed: art5-emotion-recognition-possible reads the
biometric capabilities and data, and the permission only where stated).

Biometric categorisation (Art. 5(1)(g)): "biometric-based demographic analytics" by
protected attributes (Annex III point 1(b)) silent on (g), and with a ban the customer may
waive, which was read as impossible because the data and capabilities were listed without
the word biometric (fixed: the use itself is categorisation from biometric data, Art.
3(40)); the labelling exception confined and stretched to inferring ethnicity; a ban "as
required by applicable law" inside the Act; a ban in an annex for information only.

Real-time remote biometric identification (Art. 5(1)(h), 5(2)-(5)): police "event security"
matching at stadiums under a threat exception reaching public order; the urgency route
widened to 72 hours (Art. 5(3): 24); national law unstated (Art. 5(5)); a domestic
intelligence service's live matching for the police; military police in a city; a
football club's own gates (outside (h), inside the red line); a ban only in a vendor's
blog; gait and voice matching on station CCTV (biometric processing beside video
analysis, no face recognition) with a ban the police may set aside: not applicable, and
no-prohibited-practice passed (fixed: art5-real-time-rbi-possible reads that capability);
and a ban that yields to an "any lawful use" grant, for a US sheriff and for an EU
club: the red line passed (fixed: it fails such a ban, as no-social-scoring and
no-facial-image-scraping do).

Art. 5(1)(ba)-(bb) (Regulation (EU) 2026/1744, from 2 Dec 2026): an image generator silent
on intimate imagery, before and after that date and with a term that ends before it, and a
ban the customer may lift; a "synthetic presenter" service (deep fakes of real people, Art.
3(60)) whose capabilities name no image, video or audio generation, with a waivable ban:
not applicable (fixed: the use is such generation whatever the capabilities are called).
Clause 9 replaced by an amendment that drops most bans.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit33"

AI = "eu-ai-act-high-risk"
MS = "no-mass-surveillance"
NPP = f"{AI}/no-prohibited-practice"
NII = f"{AI}/no-intimate-imagery-practice"
SS = f"{MS}/no-social-scoring"
CP = f"{MS}/no-crime-prediction"
FS = f"{MS}/no-facial-image-scraping"
ER = f"{MS}/no-workplace-emotion-recognition"
BC = f"{MS}/no-biometric-categorisation"
RBI = f"{MS}/no-real-time-biometric-identification"
D = "2027-06-01"
LATER = "2028-06-01"
EARLY = "2026-06-01"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- (c) social scoring ---
    (
        "c-citizen-risk-scores-silent",
        D,
        NPP,
        "unknown",
        "AI Act Art. 5(1)(c): eligibility and fraud scoring of residents profiles them (Annex "
        "III 5(a); GDPR Art. 4(4), AI Act Art. 3(52)) and can become social scoring; the "
        "contract bans every other practice and is silent on this one",
    ),
    (
        "c-citizen-risk-scores-banned",
        D,
        SS,
        "pass",
        "Art. 5(1)(c): the city's risk scoring profiles residents, so the red line applies, and "
        "clause 9 bans social scoring without exception (was not_applicable: the profiling use "
        "was not read as making social scoring possible)",
    ),
    (
        "c-trust-score-bought-under-ban",
        D,
        NPP,
        "fail",
        "Art. 5(1)(c): a civic trust score that follows residents from parking offences into "
        "housing allocation is social scoring; what the contract buys outranks its ban",
    ),
    (
        "c-ban-press-only",
        D,
        SS,
        "unknown",
        "A ministry's press release is not a contract term: the social-scoring ban is not in "
        "the contract, which is silent (Art. 5(1)(c) as benchmark)",
    ),
    (
        "c-ban-side-letter-lapsed",
        EARLY,
        SS,
        "pass",
        "Art. 5(1)(c): the side letter, in force until 31 Dec 2026, bans social scoring",
    ),
    (
        "c-ban-side-letter-lapsed",
        D,
        NPP,
        "unknown",
        "Art. 5(1)(c): the side letter banning social scoring lapsed on 31 Dec 2026; on 1 Jun "
        "2027 the contract is silent on it while the system profiles residents",
    ),
    (
        "c-ban-subject-to-directions",
        D,
        NPP,
        "fail",
        "Art. 5(1)(c): a ban that applies unless the customer directs otherwise binds only "
        "while the customer chooses; the practice is left open",
    ),
    (
        "c-us-risk-scores-ban-where-law-requires",
        D,
        SS,
        "fail",
        "No US law prohibits social scoring and the AI Act does not reach a US county with no "
        "EU nexus (Art. 2(1)): a ban applying only where law or policy requires bans nothing "
        "(was not_applicable: the benefits scoring, profiling by nature, was not read as "
        "making social scoring possible)",
    ),
    (
        "c-us-risk-scores-ban-where-law-requires",
        D,
        NPP,
        "not_applicable",
        "AI Act Art. 2(1): a US county deploying in the US, its output used there, has no EU nexus",
    ),
    (
        "c-us-risk-scores-ban-unconditional",
        D,
        SS,
        "pass",
        "The red line applies to the county's profiling of residents whatever the Act's reach, "
        "and the ban is unconditional (Art. 5(1)(c) as benchmark)",
    ),
    (
        "c-benefits-scoring-ban-waivable",
        D,
        NPP,
        "fail",
        "Art. 5(1)(c): scoring benefit claimants profiles them and can be social scoring; a ban "
        "the city may set aside by written instruction leaves the practice open (the tool "
        "passed: it read social scoring as impossible without the word profiling among the "
        "capabilities)",
    ),
    (
        "c-benefits-scoring-ban-waivable",
        D,
        SS,
        "fail",
        "Art. 5(1)(c) as benchmark: a waivable ban binds the customer only while it chooses "
        "(was not_applicable)",
    ),
    # --- (d) crime prediction ---
    (
        "d-recidivism-personality-traits",
        D,
        CP,
        "fail",
        "Art. 5(1)(d): predicting re-offending from psychometric personality profiles is "
        "prediction based solely on personality traits; the human-assessment carve-out "
        "(last sentence) does not reach it",
    ),
    (
        "d-reoffending-human-support",
        D,
        CP,
        "pass",
        "Art. 5(1)(d), last sentence: support to a human assessment based on objective and "
        "verifiable facts directly linked to a criminal activity is outside the ban (high-risk "
        "under Annex III 6(d)); the ban keeps no other carve-out",
    ),
    (
        "d-police-profiling-ban-waivable",
        D,
        CP,
        "fail",
        "Art. 5(1)(d): a police force's profiling of persons for investigators can predict "
        "offending from profiling alone, whatever the use cases are called; a ban the chief "
        "of police may set aside binds only while the customer chooses (was not_applicable: "
        "no crime-prediction use was named)",
    ),
    (
        "d-police-profiling-ban-waivable",
        D,
        NPP,
        "fail",
        "Art. 5(1)(d): the waivable ban leaves the practice open (the tool passed)",
    ),
    (
        "d-ban-for-lawful-purposes",
        D,
        CP,
        "fail",
        "Art. 5(1)(d) has no lawful-purposes exception: a carve-out for any lawful "
        "law-enforcement purpose reopens what the ban closes",
    ),
    (
        "d-ban-as-required-by-law",
        D,
        CP,
        "pass",
        "Inside the Act's scope a ban 'as required by applicable law' is Art. 5(1)(d) itself, "
        "which prohibits the practice",
    ),
    (
        "d-intelligence-agency-policing",
        D,
        CP,
        "unknown",
        "Art. 2(3) excludes national security, not law enforcement (Art. 3(46)): an "
        "intelligence service's risk assessment for police referral is in scope, and the "
        "contract is silent on Art. 5(1)(d)",
    ),
    (
        "d-intelligence-agency-ns-only",
        D,
        CP,
        "not_applicable",
        "Art. 2(3): purposes stated in full as national security, no policing use bought; the "
        "rule reads the Act only",
    ),
    (
        "d-before-art5-term-ends",
        "2025-01-15",
        CP,
        "not_applicable",
        "Art. 113(a): Art. 5 applies from 2 Feb 2025; the pilot ended on 31 Jan 2025",
    ),
    (
        "d-before-art5-applies",
        "2025-01-15",
        CP,
        "unknown",
        "Art. 113(a): the contract has no end date and runs into 2 Feb 2025, from when "
        "Art. 5(1)(d) applies to it; it is silent on crime prediction",
    ),
    # --- (e) untargeted scraping ---
    (
        "e-face-db-scraping-bought",
        D,
        FS,
        "fail",
        "Art. 5(1)(e): web-scale face collection to build an identification gallery is "
        "untargeted scraping, bought beside the ban",
    ),
    (
        "e-ban-by-amendment-2028",
        D,
        FS,
        "unknown",
        "Only Amendment 1, in force from 1 Jan 2028, bans scraping: on 1 Jun 2027 the contract "
        "is silent on Art. 5(1)(e)",
    ),
    (
        "e-ban-by-amendment-2028",
        LATER,
        FS,
        "pass",
        "Art. 5(1)(e): Amendment 1 is in force and bans scraping without exception",
    ),
    (
        "e-defence-exclusive-face-db",
        D,
        FS,
        "unknown",
        "The red line applies whatever the Act's scope (Art. 5(1)(e) as benchmark): an armed "
        "force's face database built from scraped images, the contract silent",
    ),
    (
        "e-ban-publicly-available-carveout",
        D,
        FS,
        "fail",
        "Art. 5(1)(e) has no exception, least of all for images on the internet, the very "
        "source it names",
    ),
    (
        "e-ban-in-usage-policy-not-binding",
        D,
        FS,
        "unknown",
        "The scraping ban sits only in a usage policy that clause 15 says does not bind: no "
        "contract term bans Art. 5(1)(e)",
    ),
    (
        "e-ban-in-usage-policy-binding",
        D,
        FS,
        "pass",
        "Clause 15 makes the usage policy binding, and it bans scraping without exception",
    ),
    # --- (f) emotion recognition ---
    (
        "f-defence-analysts-exclusive",
        D,
        ER,
        "not_applicable",
        "Art. 2(3): stress monitoring of analysts during operations, purposes stated in full as "
        "defence and no worker-management, HR or civilian use bought, is outside the Act; the "
        "rule reads Art. 5(1)(f) only, and no surveillance-pack rule takes emotion recognition "
        "as a red line. Whether such monitoring is exclusively for defence is not settled",
    ),
    (
        "f-defence-dual-use",
        D,
        ER,
        "fail",
        "Art. 2(3) and Recital 24: a system also used for civilian administration is not used "
        "exclusively for defence; the contract buys workplace emotion recognition (Art. "
        "5(1)(f)) and states no ban, so no medical-or-safety carve-out can cover it. The row "
        "said unknown (silent on Art. 5(1)(f)) until audit 69: silence on the ban is not "
        "silence on the use, which the contract buys; an exception is relied on only where "
        "the contract states it (compliance/packs/shorthands.py, practice_condition)",
    ),
    (
        "f-sentiment-of-employees-bought",
        D,
        ER,
        "fail",
        "Art. 5(1)(f): 'engagement and sentiment analytics' from webcam video of staff is "
        "emotion recognition in the workplace; bought beside the ban, it outranks the label",
    ),
    (
        "f-safety-exception-confined",
        D,
        ER,
        "pass",
        "Art. 5(1)(f) and Recital 44: fatigue and distress detection of vehicle operators, "
        "stated to be confined to safety reasons, is within the exception",
    ),
    (
        "f-safety-exception-productivity",
        D,
        ER,
        "fail",
        "Art. 5(1)(f): mood scoring used for bonuses serves productivity, not medical or safety "
        "reasons; the contract states it is not confined to them",
    ),
    (
        "f-ban-unless-customer-policy",
        D,
        ER,
        "fail",
        "Art. 5(1)(f): a ban the customer's HR policy may lift binds only while it chooses",
    ),
    # --- (g) biometric categorisation ---
    (
        "g-demographic-analytics",
        D,
        BC,
        "unknown",
        "Art. 5(1)(g): demographic analytics of shoppers from CCTV categorises them from "
        "biometric data (Art. 3(40), Annex III 1(b)) and can infer the traits (g) names; the "
        "contract is silent on (g)",
    ),
    (
        "g-demographic-analytics-ban-waivable",
        D,
        BC,
        "fail",
        "Art. 5(1)(g): the system categorises people from biometric data, and a ban the "
        "customer may lift by instruction binds only while it chooses (was not_applicable: the "
        "data and capabilities were listed without the word biometric)",
    ),
    (
        "g-demographic-analytics-ban-waivable",
        D,
        NPP,
        "fail",
        "Art. 5(1)(g): the waivable ban leaves the practice open (the tool passed)",
    ),
    (
        "g-labelling-confined",
        D,
        BC,
        "pass",
        "Art. 5(1)(g), last part, and Recital 30: labelling lawfully seized image sets by "
        "biometric features in law enforcement, stated to be confined to it, is outside the ban",
    ),
    (
        "g-labelling-label-for-ethnicity-inference",
        D,
        BC,
        "fail",
        "Art. 5(1)(g): 'labelling' crowd footage by inferred ethnicity and religion goes beyond "
        "labelling lawfully acquired datasets; the contract says so",
    ),
    (
        "g-ban-where-practicable",
        D,
        BC,
        "pass",
        "Inside the Act's scope a ban 'as required by applicable law' is Art. 5(1)(g) itself",
    ),
    (
        "g-ban-in-annex-for-information",
        D,
        BC,
        "unknown",
        "The (g) ban sits in an annex that clause 16 says is for information only: no binding "
        "term rules out the practice",
    ),
    # --- (h) real-time remote biometric identification ---
    (
        "h-event-security-police",
        D,
        NPP,
        "fail",
        "Art. 5(1)(h)(ii): 'event security' against threats to public order is not a specific, "
        "substantial and imminent threat to life or a terrorist threat; the police use is law "
        "enforcement (Art. 3(46))",
    ),
    (
        "h-urgency-72-hours",
        D,
        NPP,
        "fail",
        "Art. 5(3): in urgency the authorisation must be requested at the latest within 24 "
        "hours; 72 hours is use without the authorisation the Act requires",
    ),
    (
        "h-national-law-silent",
        D,
        NPP,
        "unknown",
        "Art. 5(5): the exception is available only where national law provides for it; the "
        "contract does not say whether one does",
    ),
    (
        "h-intelligence-agency-live-id",
        D,
        NPP,
        "unknown",
        "Art. 2(3) excludes national security, not law enforcement: an intelligence service "
        "matching faces live at stations to find suspects for the police acts for law "
        "enforcement (Art. 3(46)); the contract is silent on (h)",
    ),
    (
        "h-military-police-public-space",
        D,
        NPP,
        "fail",
        "Art. 2(3) and Recital 24: live identification in a city's public spaces is policing, "
        "not exclusively defence, whatever the purposes clause says; the contract buys "
        "real-time remote biometric identification in public spaces (Art. 5(1)(h)) and "
        "confines it to none of the objectives of 5(1)(h)(i)-(iii) under the conditions of "
        "5(2)-(7): the use is permitted beyond them. The row said unknown (silent on (h)) "
        "until audit 69: an exception is relied on only where the contract states it "
        "(compliance/packs/shorthands.py, practice_condition)",
    ),
    (
        "h-private-stadium-own-security",
        D,
        NPP,
        "pass",
        "Art. 5(1)(h) bans live identification only for law enforcement (Art. 3(46)); a club's "
        "own gate security is high-risk (Annex III 1(a)), not prohibited, and every other "
        "practice is banned",
    ),
    (
        "h-private-stadium-own-security",
        D,
        RBI,
        "fail",
        "The red line reaches every live identification in publicly accessible spaces; the "
        "contract expressly permits it",
    ),
    (
        "h-gait-matching-ban-waivable",
        D,
        NPP,
        "fail",
        "Art. 5(1)(h) and Art. 3(41)-(42): remote identification compares any biometric data, "
        "gait and voice as well as faces; the police's station analytics can do it live, and a "
        "ban the police may set aside binds only while they choose (the tool passed: only a "
        "face-recognition capability was read)",
    ),
    (
        "h-gait-matching-ban-waivable",
        D,
        RBI,
        "fail",
        "Art. 5(1)(h) as benchmark: the waivable ban holds no line (was not_applicable)",
    ),
    (
        "h-ban-press-only",
        D,
        RBI,
        "unknown",
        "A vendor's blog post is not a contract term: the contract is silent on live "
        "identification",
    ),
    (
        "h-us-ban-yields-to-lawful-use",
        D,
        RBI,
        "fail",
        "No US law prohibits live face matching and the AI Act does not reach a US sheriff: a "
        "ban that yields to an 'any lawful use' grant permits it (the tool passed)",
    ),
    (
        "h-eu-club-ban-yields-to-lawful-use",
        D,
        RBI,
        "fail",
        "Art. 5(1)(h) does not prohibit a private club's own live identification (Art. 3(46)): "
        "the grant that prevails over the ban makes it a permitted use (the tool passed)",
    ),
    (
        "h-eu-club-ban-yields-to-lawful-use",
        D,
        NPP,
        "pass",
        "Inside the Act's scope the practices Art. 5 prohibits are not lawful uses, so the "
        "grant opens none of them; live identification by the club is not law enforcement",
    ),
    # --- (ba)-(bb) ---
    (
        "ba-image-generator-silent",
        D,
        NII,
        "unknown",
        "Art. 5(1)(ba)-(bb) as inserted by Regulation (EU) 2026/1744, applicable from 2 Dec "
        "2026 (Art. 113(a) as amended): an image generator, the contract silent",
    ),
    (
        "ba-image-generator-term-ends-nov",
        EARLY,
        NII,
        "not_applicable",
        "Art. 113(a) as amended by Regulation (EU) 2026/1744: the new practices apply from "
        "2 Dec 2026; the term ends on 30 Nov 2026",
    ),
    (
        "ba-deep-fake-service-ban-waivable",
        D,
        NII,
        "fail",
        "Art. 5(1)(ba) and Art. 3(60): a synthetic-presenter service generates image, audio or "
        "video resembling real people whatever its capabilities are called, and a ban the "
        "customer may lift binds only while it chooses (was not_applicable: the capabilities "
        "named no image, video or audio generation)",
    ),
    (
        "ba-ban-unless-customer-consents",
        D,
        NII,
        "fail",
        "Art. 5(1)(ba)-(bb): a ban the customer may lift by instruction binds only while it "
        "chooses",
    ),
    # --- a clause replaced ---
    (
        "r-bans-replaced-2027",
        EARLY,
        NPP,
        "pass",
        "Before 1 Jan 2027 clause 9 bans every Art. 5 practice",
    ),
    (
        "r-bans-replaced-2027",
        D,
        NPP,
        "unknown",
        "Amendment 1 replaces clause 9 from 1 Jan 2027 with bans on manipulation and social "
        "scoring only: the police's face system is then silent on (e), (g) and (h)",
    ),
    # --- realistic contracts ---
    (
        "r-smart-city-safety",
        D,
        NPP,
        "unknown",
        "Art. 5(1)(h)(ii): the threat exception is kept without saying it is confined to a "
        "specific, substantial and imminent threat; Art. 5(1)(c): social scoring is ruled out "
        "only in the mayor's press release",
    ),
    (
        "r-smart-city-safety",
        LATER,
        NPP,
        "pass",
        "From 1 Jan 2028 Amendment 1 confines the threat exception to Art. 5(1)(h)(ii), with "
        "every Art. 5(2)-(5) condition, and bans social scoring; every other practice is "
        "banned, and the demographic analytics by protected attributes is what (g) leaves out",
    ),
    (
        "r-defence-personnel-suite",
        D,
        ER,
        "unknown",
        "Art. 2(3), Recital 24: screening candidates for the ministry's own posts is not "
        "exclusively defence; Art. 5(1)(f): staff sentiment analytics bought under a "
        "medical-or-safety carve-out, silent on whether it is confined to those reasons",
    ),
    (
        "r-defence-personnel-suite",
        D,
        RBI,
        "fail",
        "The live-identification ban yields to the any-lawful-use grant, and Art. 5(1)(h) does "
        "not reach a defence ministry's non-law-enforcement use",
    ),
    (
        "r-defence-personnel-suite",
        D,
        SS,
        "pass",
        "The Act applies (a non-military use is bought), so Art. 5(1)(c) prohibits social "
        "scoring whatever the ban's 'where law requires' and the grant",
    ),
    (
        "r-osint-face-platform",
        D,
        FS,
        "fail",
        "Art. 5(1)(e): building identity graphs from open-web face images is untargeted "
        "scraping, and the ban carves out publicly available images",
    ),
    (
        "r-osint-face-platform",
        D,
        NPP,
        "fail",
        "Art. 5(1)(e): the intelligence service's police referrals bring it into the Act (Art. "
        "2(3) excludes national security, not law enforcement), and the practice is bought",
    ),
    # --- (f) without biometric data ---
    (
        "f-text-sentiment-no-biometrics",
        D,
        ER,
        "not_applicable",
        "Art. 3(39) and Art. 5(1)(f): emotion recognition is inference from biometric data; "
        "sentiment analysis of survey text, the capabilities and use cases listed in full "
        "without biometrics, cannot be the practice (was unknown: silence on the ban was read "
        "as a possible express permission)",
    ),
    (
        "f-text-sentiment-no-biometrics",
        D,
        NPP,
        "pass",
        "Every other practice is banned and (f) is not possible without biometric data "
        "(Art. 3(39)); was unknown",
    ),
]

#: Rows the tool cannot yet get right.
KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []

test_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_file_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
