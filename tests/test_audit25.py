"""Twenty-fifth legal-fidelity audit: the no-mass-surveillance rules other than the main ban,
which earlier audits probed least, each contract the smallest that isolates one point, and
three realistic ones that exercise several rules at once, run through the real CLI
(tests/data/audit25/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). A PASS here must rest on terms in force on that
date, binding in rank and not contradicted by what the contract buys; silence is unknown.
Where the tool cannot yet give that verdict, the row sits in KNOWN_WRONG as a strict xfail
with the reason and where a fix belongs.

The drafting points (red lines, not legal duties; the pack's rules cite the 2026 vendor
statements, the DoW "any lawful use" memorandum and the law they are measured against,
EO 12333 §2.3, FISA s.702, 50 U.S.C. §1881a(a), (b), (f)): a ban the contract states yields
to an "any lawful use" grant forbids nothing the law permits, like a carve-out for lawful
uses (fixed: ban-independent-of-law, not-intentional-only, public-data-covered,
commercial-data-covered and explicit-ban passed it); precedence stated only in a blog post,
in a side letter that lapses, or from an amendment's later date; references to law pinned
and floating at once, and a pinned ban that yields to a floating grant (fixed: passed); a
waiver, an "intentionally" and a carve-out added by amendment or side letter, in force or
not yet; a ban replaced by a clause that keeps only its wording on waiver; a ban "where
law or policy requires" that the customer sets aside by its own policy, and a scope naming
queries and incidental data under a ban that defers to the law that permits them (fixed:
both passed); and a ban with every quality beside a complete list of uses that buys mass
surveillance (fixed: the quality rules passed it; what the contract buys outranks the
ban's label). The population at large (CJEU C-511/18 La Quadrature du Net; EO 14086
§2(c)(ii)): untargeted open-source aggregation about EU residents for a German ministry,
and pattern-of-life analytics on broker location data about the nationals of an alliance's
member states for the alliance (fixed: the nationals of the member states were not read as
a military alliance's own population).

Intelligence use (EO 12333 §§1.7(c), 2.3; 50 U.S.C. §3003(4); DoDM 5240.01): a defence
customer that buys signals intelligence while excluding its intelligence components (fixed:
passed; now unknown, unsettled: the two terms may not hold together); the separate-agreement
exception, and the same exclusion beside a lawful-use grant that prevails over it, or beside
an intelligence agency the contract names as a deployer (fixed: both passed); a waiver in a
side letter signed after the as-of date; a police contract whose system a domestic
intelligence service also uses as a deployer (fixed: the rule on a foreign-intelligence
purpose was not applicable, as for policing alone).

AI Act Art. 5(1) (Regulation (EU) 2024/1689; Art. 113(a): from 2 Feb 2025; Art. 2(1), (3)):
emotion monitoring of a defence ministry's staff bought with worker management (in scope:
Annex III 4(b), Recital 24) and of air-defence operators on duty (exclusively military, as
audit 17 reads combat operators), the medical-or-safety exception confined or not
(Art. 5(1)(f), Recital 44), a US employer outside Art. 2(1); social scoring barred "as
required by applicable law" where the Act reaches (Art. 5(1)(c)); a scraping ban whose
waiver comes later (Art. 5(1)(e)); profile-only crime prediction with the human-assessment
exception, under a national-security label, and in a contract
that ends before Art. 5 applies (Art. 5(1)(d)). Posse Comitatus (18 U.S.C. §1385): a ban
"where law or policy requires", a waiver in a side letter, a blog post. Enforcement (NATO PRU
governability; the 2026 layered safeguards): a removal of safeguards on demand, monitoring
in a blog post only, cleared auditors instead of vendor telemetry. Retention and query
logging (GDPR Art. 5(1)(c), (e); EO 14086 §2(c)(iii); 50 U.S.C. §1881a(f)(1)(B)): retention
periods in a side letter that lapses, queries expressly not logged.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit25"

MS = "no-mass-surveillance"
D = "2027-06-01"
EARLY = "2027-01-15"
LATE = "2028-06-01"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- precedence over an "any lawful use" grant ---
    (
        "lu-grant-prevails",
        D,
        f"{MS}/ban-independent-of-law",
        "fail",
        "The grant of all lawful purposes is stated to prevail over the restrictions: the ban "
        "then forbids nothing the law permits, and EO 12333 §2.3 and FISA s.702 (50 U.S.C. "
        "§1881a(a)-(b)) permit much bulk and incidental collection; the word unconditional in "
        "clause 7 does not survive the order of precedence (fixed: passed)",
    ),
    (
        "lu-grant-prevails",
        D,
        f"{MS}/not-intentional-only",
        "fail",
        "Incidental data and queries are lawful under 50 U.S.C. §1881a(b), (f); a ban that "
        "yields to any lawful use lets them back in, as a lawful-purposes carve-out does "
        "(fixed: passed)",
    ),
    (
        "lu-grant-prevails",
        D,
        f"{MS}/commercial-data-covered",
        "fail",
        "US law does not bar buying commercial personal data (H.R. 4639 not enacted): a ban "
        "yielding to any lawful use does not reach it whatever its scope names (fixed: passed)",
    ),
    (
        "lu-grant-prevails",
        D,
        f"{MS}/public-data-covered",
        "fail",
        "EO 12333 §2.3(a) lets procedures permit collecting publicly available information: "
        "a ban yielding to any lawful use does not reach it (fixed: passed)",
    ),
    (
        "lu-grant-prevails",
        D,
        f"{MS}/explicit-ban",
        "fail",
        "Legal notes MS-01, MS-16: a ban that yields to a lawful-use grant is the carve-out "
        "for lawful uses under another name, which is no ban (fixed: passed)",
    ),
    (
        "lu-grant-prevails",
        D,
        f"{MS}/red-lines-prevail",
        "fail",
        "Legal notes MS-16 FAIL: the lawful-use grant is stated to override the restrictions",
    ),
    (
        "lu-ban-prevails",
        D,
        f"{MS}/ban-independent-of-law",
        "pass",
        "The ban applies notwithstanding the lawful-use grant and is unconditional, with no "
        "carve-out: it forbids what the law permits",
    ),
    (
        "lu-prevail-press-only",
        D,
        f"{MS}/red-lines-prevail",
        "unknown",
        "A vendor blog post is not a term of the contract; the contract is silent on "
        "precedence (MS-16 UNKNOWN: a grant and restrictions with no precedence rule)",
    ),
    (
        "lu-prevail-side-letter-lapses",
        D,
        f"{MS}/red-lines-prevail",
        "unknown",
        "After 31 Mar 2027 the side letter states nothing and the contract is silent on "
        "precedence again (MS-16 UNKNOWN)",
    ),
    (
        "lu-yield-until-amendment",
        D,
        f"{MS}/ban-independent-of-law",
        "fail",
        "Until amendment 1 takes effect on 1 Jan 2028, clause 2 makes the grant prevail over "
        "the ban, which then forbids nothing lawful (fixed: passed)",
    ),
    (
        "lu-yield-until-amendment",
        LATE,
        f"{MS}/ban-independent-of-law",
        "pass",
        "From 1 Jan 2028 amendment 1 prevails over clause 2: the unconditional ban applies "
        "notwithstanding the grant",
    ),
    # --- references to law fixed at signing ---
    (
        "lf-pinned-as-amended",
        D,
        f"{MS}/law-fixed-at-signing",
        "fail",
        "Clause 30 reads every reference to law as amended from time to time: a later "
        "revision of the named manual moves the ban, whatever clause 7 pins (MS-16 FAIL)",
    ),
    (
        "lf-unconditional-no-grant",
        D,
        f"{MS}/law-fixed-at-signing",
        "not_applicable",
        "MS-16 NOT_APPLICABLE: no lawful-use grant, and the ban is unconditional",
    ),
    (
        "lf-applicable-law-silent",
        D,
        f"{MS}/law-fixed-at-signing",
        "unknown",
        "The ban is measured against applicable law and the contract does not say whether "
        "that law is the law at signing or as amended",
    ),
    (
        "lf-fixed-side-letter-lapses",
        D,
        f"{MS}/law-fixed-at-signing",
        "unknown",
        "After 31 Mar 2027 no term fixes the law the grant refers to; the contract is silent",
    ),
    (
        "lf-pinned-grant-prevails",
        D,
        f"{MS}/law-fixed-at-signing",
        "unknown",
        "The grant of all lawful purposes prevails over the pinned ban, so the grant's own "
        "reference to law decides what the customer may do, and the contract does not say "
        "it is fixed at signing (MS-16: the pin does not fix a grant the ban yields to; "
        "fixed: passed)",
    ),
    (
        "lf-pinned-ban-prevails",
        D,
        f"{MS}/law-fixed-at-signing",
        "pass",
        "The ban is pinned to a named version at signing and prevails over the lawful-use "
        "grant, and nothing refers to law as amended: a later relaxation cannot widen "
        "surveillance use",
    ),
    # --- waiver ---
    (
        "nw-waiver-by-amendment",
        D,
        f"{MS}/ban-not-waivable",
        "fail",
        "From 1 Jan 2027 amendment 2 lets the customer suspend the ban by notice: a default, "
        "not a red line",
    ),
    (
        "nw-ban-replaced-keeps-waiver",
        D,
        f"{MS}/ban-not-waivable",
        "unknown",
        "Amendment 3 replaces the ban as a whole with a clause on waiver alone: no prohibition "
        "is in force for the no-waiver clause to protect",
    ),
    (
        "nw-law-or-policy",
        D,
        f"{MS}/ban-not-waivable",
        "fail",
        "Not waivable in name, but the ban applies only where law or Agency policy requires: "
        "beyond what the law forbids the Agency sets it aside by changing its own policy "
        "(fixed: passed)",
    ),
    (
        "nw-buys-mass-surveillance",
        D,
        f"{MS}/ban-not-waivable",
        "fail",
        "Schedule 1 buys population-scale monitoring as a permitted use: the contract has set "
        "the ban aside for that use already, whatever it says about waiver (fixed: passed)",
    ),
    (
        "nw-buys-mass-surveillance",
        D,
        f"{MS}/ban-independent-of-law",
        "fail",
        "What the contract buys outranks the ban's label: a ban that does not reach the mass "
        "surveillance the contract pays for applies unconditionally to nothing (fixed: passed)",
    ),
    (
        "nw-buys-mass-surveillance",
        D,
        f"{MS}/not-intentional-only",
        "fail",
        "The bought monitoring is intended; the ban's reach to unintended effects is moot "
        "where the intended use is bought (fixed: passed)",
    ),
    (
        "nw-open-uses",
        D,
        f"{MS}/ban-not-waivable",
        "pass",
        "The ban cannot be waived; an open list of example uses does not state that mass "
        "surveillance is bought (silence is no purchase)",
    ),
    # --- intentional only ---
    (
        "ni-intentional-amendment",
        D,
        f"{MS}/not-intentional-only",
        "fail",
        "From 1 Jan 2027 amendment 2 confines the ban to intentional use, the s.702 "
        "incidental-collection gap (50 U.S.C. §1881a(b)); MS-03 FAIL",
    ),
    (
        "ni-scope-as-law-requires",
        D,
        f"{MS}/not-intentional-only",
        "fail",
        "The scope names queries and incidental data, but the ban applies only as applicable "
        "law requires, and the law lets incidentally collected data be kept and queried under "
        "approved procedures (50 U.S.C. §1881a(b), (f)); MS-03 FAIL (fixed: passed)",
    ),
    (
        "ni-querying-press-only",
        D,
        f"{MS}/not-intentional-only",
        "unknown",
        "The contract's scope names incidental data and is open; only a press report says "
        "it covers queries (§1881a(f)); MS-03 UNKNOWN: query scope unclear",
    ),
    # --- public and commercial data ---
    (
        "pd-de-osint-eu-residents",
        D,
        f"{MS}/public-data-covered",
        "fail",
        "The contract buys untargeted aggregation of public data about EU residents, whose "
        "population holds the German customer's own: what it buys contradicts the ban's "
        "scope (GDPR Arts 4(1), 14: still personal data)",
    ),
    (
        "cd-nato-commercial-location",
        D,
        f"{MS}/commercial-data-covered",
        "fail",
        "Untargeted processing of broker location data about the nationals of the member "
        "states, the alliance's own population: general and indiscriminate processing in "
        "the sense of C-511/18, whatever the ban names (fixed: passed)",
    ),
    (
        "cd-nato-commercial-location",
        D,
        f"{MS}/explicit-ban",
        "fail",
        "MS-01 FAIL: pattern-of-life analysis of a whole population is mass surveillance "
        "under another label (fixed: passed)",
    ),
    (
        "cd-carveout-side-letter-lapses",
        D,
        f"{MS}/commercial-data-covered",
        "pass",
        "After 31 Mar 2027 the carve-out has lapsed and clause 7 applies again: the ban "
        "covers commercial data with no carve-out",
    ),
    (
        "pd-targeted-osint",
        D,
        f"{MS}/public-data-covered",
        "pass",
        "The ban names public data without carve-out, and the research is confined by "
        "default to a documented target set (MS-05: beyond such a set is what is barred)",
    ),
    # --- bulk processing ---
    (
        "bp-selectors-where-practicable",
        D,
        f"{MS}/bulk-processing-limited",
        "unknown",
        "Selectors 'where practicable' commit to no default (EO 14086 §2(c)(ii)(A): targeted "
        "collection prioritised); the point is open",
    ),
    # --- retention and query logging ---
    (
        "rq-retention-side-letter-lapses",
        D,
        f"{MS}/retention-and-query-logging",
        "unknown",
        "After 31 Mar 2027 no term sets retention periods (MS-18 UNKNOWN: silent)",
    ),
    (
        "rq-no-query-logging",
        D,
        f"{MS}/retention-and-query-logging",
        "fail",
        "MS-18 FAIL: no query logging in a surveillance-nexus deployment (cf. the record of "
        "each US-person query term, 50 U.S.C. §1881a(f)(1)(B))",
    ),
    # --- intelligence agencies excluded ---
    (
        "ia-dod-buys-sigint",
        D,
        f"{MS}/intelligence-agencies-excluded",
        "unknown",
        "The Department buys signals intelligence, which in the US is organised under the NSA "
        "(EO 12333 §1.7(c)) and done by intelligence elements (50 U.S.C. §3003(4)), while "
        "clause 5 excludes them: the two terms may not hold together (fixed: passed)",
    ),
    (
        "ia-separate-agreement",
        D,
        f"{MS}/intelligence-agencies-excluded",
        "pass",
        "MS-14 PASS: intelligence components excluded unless a separate agreement with its "
        "own terms is signed; not waivable",
    ),
    (
        "ia-agency-deployer",
        D,
        f"{MS}/intelligence-agencies-excluded",
        "fail",
        "The contract names the Department's signals-intelligence agency as a deployer, using "
        "the system under its own authority, beside an exclusion of intelligence agencies "
        "with no exception: the parties it sets up contradict the exclusion (fixed: passed)",
    ),
    (
        "ia-grant-prevails",
        D,
        f"{MS}/intelligence-agencies-excluded",
        "fail",
        "The grant of all lawful purposes prevails over clause 5, and no law bars the "
        "Department's intelligence components from using the system (EO 12333 governs how "
        "they collect, not which tools they use): the exclusion yields to the grant "
        "(fixed: passed)",
    ),
    (
        "ia-waiver-letter-later",
        D,
        f"{MS}/intelligence-agencies-excluded",
        "pass",
        "The side letter is signed on 1 Sep 2027: on 1 Jun 2027 it is not yet a term, and "
        "clause 5 excludes the components save a separate agreement",
    ),
    (
        "ia-waiver-letter-later",
        "2027-12-01",
        f"{MS}/intelligence-agencies-excluded",
        "fail",
        "From 1 Sep 2027 the Department may lift the exclusion by notice: it binds only "
        "while the Department chooses",
    ),
    # --- foreign-intelligence purpose ---
    (
        "fi-police-with-agency-deployer",
        D,
        f"{MS}/foreign-intelligence-purpose",
        "unknown",
        "A domestic intelligence service uses the system under its own authority: its use is "
        "intelligence work, not the police's criminal intelligence, whatever the police "
        "contract's purposes clause says; the contract is silent on purpose and procedures "
        "(MS-15 UNKNOWN; fixed: not applicable)",
    ),
    (
        "fi-police-only",
        D,
        f"{MS}/foreign-intelligence-purpose",
        "not_applicable",
        "Policing alone, purposes stated in full as law enforcement: governed by police law "
        "and Directive (EU) 2016/680, not by foreign-intelligence rules",
    ),
    (
        "fi-procedures-later",
        D,
        f"{MS}/foreign-intelligence-purpose",
        "unknown",
        "The approved person-data procedures (EO 12333 §2.3) are required only from 1 Jan "
        "2028; before that the contract is silent on them",
    ),
    # --- workplace emotion recognition (AI Act Art. 5(1)(f)) ---
    (
        "er-defence-staff-permitted",
        D,
        f"{MS}/no-workplace-emotion-recognition",
        "fail",
        "AI Act Art. 5(1)(f): inferring the emotions of the ministry's staff to allocate "
        "shifts and assess performance is the prohibited practice; managing workers "
        "(Annex III 4(b)) is not exclusively a defence purpose (Art. 2(3), Recital 24; legal "
        "notes G-1), and the contract permits it",
    ),
    (
        "er-air-defence-operators",
        D,
        f"{MS}/no-workplace-emotion-recognition",
        "not_applicable",
        "Art. 2(3): detecting the fatigue and stress of operators on duty in air defence, "
        "purposes stated in full as military, is a use exclusively for military purposes "
        "(as audit 17 reads combat operators); no worker-management use is bought",
    ),
    (
        "er-safety-confined",
        D,
        f"{MS}/no-workplace-emotion-recognition",
        "pass",
        "Art. 5(1)(f), Recital 44: the medical-or-safety exception, the bought use stated to "
        "be confined to it",
    ),
    (
        "er-safety-unconfirmed",
        D,
        f"{MS}/no-workplace-emotion-recognition",
        "unknown",
        "A ban 'save for safety reasons' beside bought emotion analysis of call-centre agents "
        "does not show the analysis serves safety (Art. 5(1)(f))",
    ),
    (
        "er-us-only",
        D,
        f"{MS}/no-workplace-emotion-recognition",
        "not_applicable",
        "Art. 2(1): no deployer in the Union, no use or output in it",
    ),
    # --- domestic law enforcement (18 U.S.C. §1385) ---
    (
        "dle-law-or-policy",
        D,
        f"{MS}/no-domestic-law-enforcement",
        "pass",
        "The ban applies at least wherever the law requires, which for the Army is 18 U.S.C. "
        "§1385 (save express statutory authority): no broader than the Posse Comitatus "
        "carve-out MS-13 accepts, and the Department's policy can only add to it",
    ),
    (
        "dle-waiver-side-letter",
        D,
        f"{MS}/no-domestic-law-enforcement",
        "fail",
        "The side letter lets the Department set the ban aside by instruction: it binds only "
        "while the Department chooses",
    ),
    (
        "dle-ban-press-only",
        D,
        f"{MS}/no-domestic-law-enforcement",
        "unknown",
        "MS-13 UNKNOWN: US military customer, contract silent; a blog post binds nothing",
    ),
    # --- social scoring, facial scraping, crime prediction ---
    (
        "ss-eu-as-required-by-law",
        D,
        f"{MS}/no-social-scoring",
        "pass",
        "AI Act Art. 5(1)(c) applies to the municipality and prohibits the practice: a ban as "
        "the law requires holds the line here",
    ),
    (
        "fs-waiver-letter-later",
        "2027-12-01",
        f"{MS}/no-facial-image-scraping",
        "fail",
        "From 1 Sep 2027 the agency may waive the ban: a red line it can set aside",
    ),
    (
        "cp-human-assessment",
        D,
        f"{MS}/no-crime-prediction",
        "pass",
        "AI Act Art. 5(1)(d): the ban leaves only support to a human assessment based on "
        "objective, verifiable facts linked to a criminal activity (Annex III 6(d))",
    ),
    (
        "cp-term-ends-before",
        "2024-10-01",
        f"{MS}/no-crime-prediction",
        "not_applicable",
        "Art. 113(a): Art. 5 applies from 2 Feb 2025; the contract ends on 31 Jan 2025, so "
        "the prohibition never applies to it",
    ),
    (
        "cp-national-security-label",
        D,
        f"{MS}/no-crime-prediction",
        "fail",
        "Art. 5(1)(d): risk scores from profiles alone, bought by a police unit; the "
        "national-security label does not make policing exclusively a national-security use "
        "(Art. 2(3), Recital 24)",
    ),
    # --- enforcement mechanisms ---
    (
        "em-removal-on-demand",
        D,
        f"{MS}/enforcement-mechanisms",
        "fail",
        "MS-17 FAIL: the Department may demand the safeguards be disabled as a condition of "
        "service, a guardrails-off model on demand",
    ),
    (
        "em-monitoring-press-only",
        D,
        f"{MS}/enforcement-mechanisms",
        "unknown",
        "Neither vendor monitoring nor audit is a term of the contract (a blog post binds "
        "nothing): MS-17 UNKNOWN",
    ),
    (
        "em-cleared-auditors",
        D,
        f"{MS}/enforcement-mechanisms",
        "pass",
        "MS-17 PASS: an auditor agreed by the parties, reporting, termination, safeguards on; "
        "vendor telemetry is not needed where audit rights detect breaches",
    ),
    # --- realistic contracts ---
    (
        "r-dow-lawful-use",
        D,
        f"{MS}/ban-independent-of-law",
        "fail",
        "'Consistent with applicable laws, including ... FISA': the ban restates the law "
        "(EO 12333, 50 U.S.C. §1881a)",
    ),
    (
        "r-dow-lawful-use",
        D,
        f"{MS}/not-intentional-only",
        "fail",
        "'Shall not be intentionally used': the s.702 incidental-collection gap "
        "(§1881a(b)); MS-03 FAIL",
    ),
    (
        "r-dow-lawful-use",
        D,
        f"{MS}/red-lines-prevail",
        "unknown",
        "All lawful purposes and restrictions, with no precedence rule (MS-16 UNKNOWN)",
    ),
    (
        "r-dow-lawful-use",
        D,
        f"{MS}/no-domestic-law-enforcement",
        "pass",
        "MS-13 PASS: no domestic law-enforcement use save as 18 U.S.C. §1385 permits",
    ),
    (
        "r-dow-lawful-use",
        D,
        f"{MS}/intelligence-agencies-excluded",
        "pass",
        "MS-14 PASS: components excluded without a follow-on modification",
    ),
    (
        "r-eu-police-analytics",
        D,
        f"{MS}/no-crime-prediction",
        "pass",
        "AI Act Art. 5(1)(d): profile-only predictions barred, save human-assessment support; "
        "criminal profiling (Annex III 6(e)) is high-risk, not prohibited",
    ),
    (
        "r-eu-police-analytics",
        D,
        f"{MS}/bulk-processing-limited",
        "pass",
        "Selectors by default and a closed list of bulk purposes (EO 14086 §2(c)(ii) as the "
        "benchmark; C-511/18)",
    ),
    (
        "r-nato-pattern-of-life",
        D,
        f"{MS}/explicit-ban",
        "fail",
        "Pattern-of-life analytics without selectors on location, communications and broker "
        "data about the member states' nationals: mass surveillance of the alliance's own "
        "population under another label (C-511/18; fixed: passed)",
    ),
    (
        "r-nato-pattern-of-life",
        D,
        f"{MS}/bulk-processing-limited",
        "fail",
        "Communications are not processed with selectors by default (EO 14086 §2(c)(ii)(A))",
    ),
    (
        "r-nato-pattern-of-life",
        D,
        f"{MS}/intelligence-agencies-excluded",
        "pass",
        "MS-14 PASS: the alliance's intelligence components excluded save a separate "
        "agreement, not waivable",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit25_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit25_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
