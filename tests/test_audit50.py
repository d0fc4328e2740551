"""Fiftieth legal-fidelity audit: mass surveillance in realistic intelligence, police and
border contracts. Seven descriptions (tests/data/audit50/*.yaml), written blind from the
law and from how such contracts are drafted, run through the real CLI and read as counsel
would.

The contracts: a US signals-intelligence agency whose ban, copied from a vendor's red line,
protects only US persons against "intentional" domestic surveillance "except lawful
foreign-intelligence collection" and leaves queries of incidentally acquired data open; a
European foreign-intelligence service whose "targeted" processing uses as selectors a whole
country's calling code and IP ranges; a US immigration-enforcement agency that analyses
purchased location data "without a warrant, the data having been bought", under a ban that
exempts commercially purchased information; a border police force's face matching at
airport e-gates, extended by an amendment to live watch-list screening in the public
arrivals hall; a police force's sentiment monitoring of protest organisers and their
followers, with a "disorder risk score", under a ban that exempts public information; a
criminal police office whose ban covers the Initial Term only, beside a grant of any lawful
use that outlives it; and an interior ministry whose ban exempts "anonymised aggregate
data" while the contract lets it re-identify the device records behind them.

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). Where the blind answer, written before the
tool was run, differed, the row says so and why the verdict given is the right one.

Found and fixed later: the criminal police office's explicit-ban on 1 January 2029 was a
strict xfail (unknown where counsel fails it: MS-01 FAIL). A lapsed clause states nothing,
and the description did not say that nothing else restricted the grant, which the rule
rightly reads as silence. The renewal now records it (grants.limited_only_by_law, in force
from that day), as the prose always said; explicit-ban, red-lines-prevail and
ban-not-waivable fail on that day.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit50"

MS = "no-mass-surveillance"
D = "2028-06-01"
#: The day before and the day the border police's First Amendment takes effect.
EVE = "2028-08-31"
SEP = "2028-09-01"
#: The last day of the criminal police office's Initial Term, and the first of the renewal.
LAST = "2028-12-31"
R29 = "2029-01-01"

#: Why a contract that buys the practice its ban forbids fails the ban's quality rules.
BUYS = (
    "what the contract buys outranks what its ban says: a ban the contract itself pays to "
    "set aside protects nobody, whatever its wording (legal reference MS-01 FAIL; the "
    "rule that a label never beats the purchase, audit 45)"
)

#: Why a red line on an AI Act practice needs an express prohibition.
EXPRESS = (
    "the pack reads 'rules out' as an express prohibition (eu-ai-act-high-risk pack, "
    "Art. 5 definitions): the face-recognition capability could do it and the contract "
    "does not ban it. Counsel's blind answer was pass, reading clause 2's complete list "
    "('no other use') as the ban; but a category of use such as border identification is "
    "broad, and the First Amendment shows how the same cameras are turned to another use. "
    "Silence on the practice is unknown (legal reference MS-07, MS-08, MS-10 UNKNOWN)"
)

CASES: list[tuple[str, str, str, str, str]] = [
    # --- US SIGINT agency: a "domestic", intentional-only ban with a foreign-intelligence
    #     carve-out, and queries of incidentally acquired data left open ---
    (
        "foreign-sigint-domestic-ban",
        D,
        f"{MS}/explicit-ban",
        "pass",
        "clause 5 is an express prohibition of mass surveillance with no carve-out for uses "
        "the customer deems lawful (legal reference MS-01 PASS); what it leaves out (every "
        "non-US person, incidental data, foreign-intelligence collection) is for the rules "
        "on its scope, which fail below. Counsel's blind answer was fail, reading the "
        "carve-out as swallowing the ban; the pack puts that failure in protected-population "
        "and not-intentional-only, and a third fail would count the same gap twice",
    ),
    (
        "foreign-sigint-domestic-ban",
        D,
        f"{MS}/protected-population",
        "fail",
        "clause 5 protects 'U.S. persons' only (EO 12333 §3.5(k)) while clause 7 shows the "
        "data are about non-US persons abroad, and it carves out foreign-intelligence "
        "collection (MS-02 FAIL; EO 14086 §1: the privacy interests of all persons whatever "
        "their nationality; CJEU C-311/18 Schrems II)",
    ),
    (
        "foreign-sigint-domestic-ban",
        D,
        f"{MS}/not-intentional-only",
        "fail",
        "'intentionally used', and 'nothing restricts queries of information incidentally "
        "acquired': the s.702 structure, where intentional targeting of US persons is barred "
        "(50 U.S.C. §1881a(b)) but incidentally acquired data are kept and queried under "
        "querying procedures (§1881a(f)), so the ban does not reach US-person queries of "
        "the collected data (MS-03 FAIL)",
    ),
    (
        "foreign-sigint-domestic-ban",
        D,
        f"{MS}/ban-independent-of-law",
        "unknown",
        "clause 5 states no condition for the ban itself ('lawful' qualifies the carve-out, "
        "whose effect the scope rules fail on), so whether it applies whatever the law "
        "permits is not stated (MS-16). Counsel's blind answer was fail, reading the "
        "carve-out's reference to EO 12333 and s.702 as conditioning the ban; whether a "
        "foreign-intelligence carve-out should itself fail this rule is open (noted in the "
        "audit report)",
    ),
    (
        "foreign-sigint-domestic-ban",
        D,
        f"{MS}/foreign-intelligence-purpose",
        "pass",
        "clause 9: a documented foreign-intelligence requirement and the Attorney "
        "General-approved procedures (EO 12333 §2.3; DoDM 5240.01; MS-15 PASS). It restates "
        "the law and does not make the ban pass (MS-15 note)",
    ),
    (
        "foreign-sigint-domestic-ban",
        D,
        f"{MS}/retention-and-query-logging",
        "pass",
        "clause 9: minimisation, a five-year retention limit and a record of every "
        "US-person query term (50 U.S.C. §1881a(f)(1)(B); EO 14086 §2(c)(iii); MS-18 PASS)",
    ),
    (
        "foreign-sigint-domestic-ban",
        D,
        f"{MS}/dpia-before-monitoring",
        "not_applicable",
        "a US agency under US national-security law: neither the GDPR nor the LED applies "
        "(GDPR Art. 3; MS-19 NOT_APPLICABLE where G-2 is not GDPR or LED)",
    ),
    (
        "foreign-sigint-domestic-ban",
        D,
        f"{MS}/no-real-time-biometric-identification",
        "unknown",
        "the system's capabilities are not stated, and communications analysis of "
        "intercepts can identify speakers by voice (biometric data, AI Act Art. 3(34), "
        "3(41)); the contract does not rule the practice out (MS-07 UNKNOWN). Counsel's "
        "blind answer was not applicable, assuming a text-only system the contract does not "
        "describe",
    ),
    (
        "foreign-sigint-domestic-ban",
        D,
        f"{MS}/red-lines-prevail",
        "not_applicable",
        "clause 3 grants no lawful use ('no other use'): there is no grant for the ban to "
        "prevail over (MS-16 NOT_APPLICABLE)",
    ),
    (
        "foreign-sigint-domestic-ban",
        D,
        f"{MS}/no-domestic-law-enforcement",
        "unknown",
        "the customer is a US signals-intelligence agency the description does not place in "
        "or outside the Department of Defense: the NSA is a DoD component (a combat support "
        "agency, DoDD 5100.20), to which 10 U.S.C. §275 and DoD Instruction 3025.21 apply the "
        "Posse Comitatus restrictions, another agency may not be, so whether the rule applies "
        "is unknown (parties[0].dod_component). The row read not_applicable ('not a US "
        "military body', MS-13) until audit 78 made the surveillance pack read an "
        "intelligence agency's DoD membership as the weapons pack does: silence is unknown",
    ),
    # --- foreign-intelligence service: "selectors" that are a whole country's prefix ---
    (
        "country-prefix-selectors",
        D,
        f"{MS}/explicit-ban",
        "fail",
        "clause 11 bans bulk or untargeted surveillance, but Annex S (contract terms) buys "
        "the interception of every communication to, from or within a state of 20 million "
        "people: a country code is a 'selector' in name only (EO 14086 §4, definition of "
        "bulk collection: collection without the use of discriminants; CJEU C-511/18 La "
        "Quadrature du Net, general and indiscriminate measures); " + BUYS,
    ),
    (
        "country-prefix-selectors",
        D,
        f"{MS}/bulk-processing-limited",
        "fail",
        "clause 4 says 'selectors by default' and lists the bulk purposes, but the selectors "
        "S-1 and S-2 make the default untargeted: targeted collection is not prioritised "
        "(EO 14086 §2(c)(ii)(A)); Big Brother Watch v UK [GC], nos 58170/13 and others, "
        "25 May 2021, § 350 (end-to-end safeguards) and § 354 (the choice of selectors "
        "decides which communications are examined) (MS-06 FAIL)",
    ),
    (
        "country-prefix-selectors",
        D,
        f"{MS}/protected-population",
        "fail",
        "clause 11 protects all persons, but Annex S buys the surveillance of a whole "
        "population whoever the ban protects (MS-01, MS-02); " + BUYS,
    ),
    (
        "country-prefix-selectors",
        D,
        f"{MS}/ban-not-waivable",
        "fail",
        "the Service may not waive clause 11, but the contract itself buys what it bans: "
        "a red line that does not hold fails whatever its waiver wording; " + BUYS,
    ),
    (
        "country-prefix-selectors",
        D,
        f"{MS}/ban-independent-of-law",
        "fail",
        "clause 11 applies 'whatever applicable law may permit', but Annex S buys bulk "
        "interception of a population: " + BUYS,
    ),
    (
        "country-prefix-selectors",
        D,
        f"{MS}/dpia-before-monitoring",
        "not_applicable",
        "national-security processing by an intelligence service is outside Union law "
        "(TEU Art. 4(2); GDPR Art. 2(2)(a), (d); CJEU C-623/17 Privacy International, "
        "para. 48, limits this to the service's own processing, as here): no GDPR or LED "
        "DPIA duty (MS-19 NOT_APPLICABLE)",
    ),
    (
        "country-prefix-selectors",
        D,
        f"{MS}/foreign-intelligence-purpose",
        "unknown",
        "the contract lists the bulk purposes (Annex P) but does not require a documented "
        "foreign-intelligence purpose or approved person-data procedures for each use "
        "(EO 12333 §2.3 as the benchmark; MS-15 UNKNOWN)",
    ),
    (
        "country-prefix-selectors",
        D,
        f"{MS}/retention-and-query-logging",
        "unknown",
        "silent on retention, minimisation and the logging of queries about people "
        "(GDPR Art. 5(1)(c), (e) as the benchmark; EO 14086 §2(c)(iii); MS-18 UNKNOWN)",
    ),
    # --- immigration enforcement: bought location data, "no warrant because it was bought" ---
    (
        "broker-location-data",
        D,
        f"{MS}/commercial-data-covered",
        "fail",
        "clause 6.2 exempts 'information lawfully purchased from commercial data providers': "
        "buying the data does not make tracking people with it less of a search of their "
        "movements (Carpenter v United States, 585 U.S. 296 (2018), on historical cell-site "
        "location information; ODNI Senior Advisory Group report on commercially available "
        "information, Jan 2022); MS-04 FAIL",
    ),
    (
        "broker-location-data",
        D,
        f"{MS}/explicit-ban",
        "fail",
        "task order 3 buys the location histories and co-travellers of every device in a "
        "100-mile border zone, a population-level tracking the ban forbids; " + BUYS,
    ),
    (
        "broker-location-data",
        D,
        f"{MS}/not-intentional-only",
        "fail",
        "clause 6.2 confines the ban to collection ('purchased information is not "
        "collected'), leaving the analysis and querying of data the Agency holds open "
        "(50 U.S.C. §1881a(f) as the model of queries regulated, not barred; MS-03 FAIL: a "
        "ban on collection only). Counsel's blind answer was unknown, overlooking that "
        "clause 6.2 limits the ban to collection",
    ),
    (
        "broker-location-data",
        D,
        f"{MS}/protected-population",
        "fail",
        "clause 6.1 protects any person, but the task order tracks everyone whose phone is "
        "seen in the border zone; " + BUYS,
    ),
    (
        "broker-location-data",
        D,
        f"{MS}/ban-independent-of-law",
        "fail",
        "'whatever the law permits', yet the task order buys warrantless tracking of a "
        "whole region's devices; " + BUYS,
    ),
    (
        "broker-location-data",
        D,
        f"{MS}/retention-and-query-logging",
        "fail",
        "clause 8 keeps data 'for as long as operationally useful': no retention limit "
        "(EO 14086 §2(c)(iii); MS-18 FAIL: indefinite retention of person data)",
    ),
    (
        "broker-location-data",
        D,
        f"{MS}/no-domestic-law-enforcement",
        "not_applicable",
        "the customer is a civilian law-enforcement agency, not a US military body: the "
        "Posse Comitatus Act (18 U.S.C. §1385) does not reach it (MS-13 NOT_APPLICABLE)",
    ),
    (
        "broker-location-data",
        D,
        f"{MS}/dpia-before-monitoring",
        "not_applicable",
        "a US agency under US federal law: no GDPR or LED DPIA duty (MS-19)",
    ),
    # --- border police: e-gates, then live screening in the public arrivals hall ---
    (
        "egate-face-matching",
        D,
        f"{MS}/explicit-ban",
        "pass",
        "clause 10 bans mass or untargeted surveillance of any person, whatever the law "
        "permits, unwaivable, with no carve-out, and the complete list of uses buys none "
        "(MS-01 PASS)",
    ),
    (
        "egate-face-matching",
        SEP,
        f"{MS}/explicit-ban",
        "pass",
        "clause 10 still binds after the First Amendment; the live screening it adds is "
        "real-time remote biometric identification, which fails its own rule below",
    ),
    (
        "egate-face-matching",
        D,
        f"{MS}/no-real-time-biometric-identification",
        "unknown",
        "the e-gates stand in the border-control area, not a publicly accessible space "
        "(AI Act Recital 19: 'publicly accessible spaces should not include prisons or "
        "border control'), and a traveller who presents their face at a gate is not "
        "identified remotely (Art. 3(41), Recital 17), so Art. 5(1)(h) is not engaged; but "
        "the red line asks whether the contract rules the practice out, and " + EXPRESS,
    ),
    (
        "egate-face-matching",
        EVE,
        f"{MS}/no-real-time-biometric-identification",
        "unknown",
        "31 August 2028 is the last day before the First Amendment's effective date: as on 1 June",
    ),
    (
        "egate-face-matching",
        SEP,
        f"{MS}/no-real-time-biometric-identification",
        "fail",
        "from 1 September 2028 the First Amendment buys live screening of everyone in the "
        "public arrivals hall (an airport's landside is publicly accessible, Recital 19) "
        "against a watch list of 'persons of interest', for law enforcement, with none of "
        "the Art. 5(2)-(5) safeguards and outside the objectives of Art. 5(1)(h)(i)-(iii) "
        "(MS-07 FAIL)",
    ),
    (
        "egate-face-matching",
        D,
        f"{MS}/dpia-before-monitoring",
        "pass",
        "clause 2: a DPIA is done (GDPR Art. 35(3)(b), biometric data on a large scale; "
        "LED Art. 27)",
    ),
    (
        "egate-face-matching",
        D,
        f"{MS}/protected-population",
        "pass",
        "clause 10 protects any person, with no carve-out (MS-02 PASS)",
    ),
    (
        "egate-face-matching",
        D,
        f"{MS}/no-biometric-categorisation",
        "unknown",
        "AI Act Art. 5(1)(g): the system processes travellers' faces and the contract does "
        "not prohibit categorising them by sensitive traits; " + EXPRESS,
    ),
    (
        "egate-face-matching",
        D,
        f"{MS}/no-facial-image-scraping",
        "unknown",
        "AI Act Art. 5(1)(e): face recognition in scope, no ban on building or expanding a "
        "face database by untargeted scraping of CCTV; " + EXPRESS,
    ),
    (
        "egate-face-matching",
        D,
        f"{MS}/no-workplace-emotion-recognition",
        "unknown",
        "AI Act Art. 5(1)(f): the gates film the border-control area, which is the border "
        "guards' workplace, with a face-recognition capability, and the contract says "
        "neither whose images are processed nor that emotion inference is ruled out. "
        "Counsel's blind answer was not applicable (travellers are not workers), resting "
        "on a fact the contract does not state (data.subjects)",
    ),
    # --- police: sentiment monitoring of protest organisers and their followers ---
    (
        "police-protest-sentiment",
        D,
        f"{MS}/public-data-covered",
        "fail",
        "clause 7: 'publicly available information is not surveillance and is outside this "
        "clause' (MS-05 FAIL); public posts are personal data (GDPR Art. 4(1); LED "
        "Art. 3(1)), and assembling them into profiles of organisers and everyone who "
        "interacts with them is the aggregation the red line is stated against (Anthropic, "
        "26 Feb 2026)",
    ),
    (
        "police-protest-sentiment",
        D,
        f"{MS}/no-crime-prediction",
        "fail",
        "SOW 1 buys, for each organiser, the likelihood of committing public-order offences "
        "from the tone of posts and network position alone: a risk assessment of offending "
        "based solely on profiling (AI Act Art. 5(1)(d); not a support to a human "
        "assessment based on objective and verifiable facts, last sentence)",
    ),
    (
        "police-protest-sentiment",
        D,
        f"{MS}/dpia-before-monitoring",
        "fail",
        "clause 12 rules a DPIA out 'the data being public': systematic monitoring and "
        "profiling of political opinions (special categories, LED Art. 10) is high-risk "
        "processing that needs one (LED Art. 27(1); MS-19 FAIL: the contract excludes it)",
    ),
    (
        "police-protest-sentiment",
        D,
        f"{MS}/explicit-ban",
        "unknown",
        "clause 7 bans mass surveillance with a public-data carve-out (not one for uses the "
        "customer deems lawful), but the contract's list of uses is open: it does not show "
        "that no use it buys is mass surveillance (MS-01). Counsel's blind answer was pass, "
        "on clause 7 alone; the carve-out's gap is failed by public-data-covered",
    ),
    (
        "police-protest-sentiment",
        D,
        f"{MS}/protected-population",
        "pass",
        "clause 7 protects any person (MS-02 PASS); its gap is the kind of data, not the people",
    ),
    (
        "police-protest-sentiment",
        D,
        f"{MS}/no-workplace-emotion-recognition",
        "unknown",
        "sentiment analysis of text is not emotion recognition, which is inference from "
        "biometric data (AI Act Art. 3(39)), and clause 2 says the platform analyses text "
        "only; but the list of uses is open, so the rule cannot say no use is the practice "
        "(the definition is false only with both lists complete). Counsel's blind answer "
        "was not applicable",
    ),
    (
        "police-protest-sentiment",
        D,
        f"{MS}/retention-and-query-logging",
        "unknown",
        "silent on retention and on logging queries about people (LED Art. 5, 25; MS-18)",
    ),
    # --- criminal police office: a ban for the Initial Term only ---
    (
        "lapsing-ban-renewal",
        D,
        f"{MS}/explicit-ban",
        "pass",
        "clause 9 bans mass surveillance unconditionally and prevails over the lawful-use "
        "grant of clause 3, which closes the open list of uses (MS-01 PASS)",
    ),
    (
        "lapsing-ban-renewal",
        LAST,
        f"{MS}/explicit-ban",
        "pass",
        "31 December 2028 is the Initial Term's last day (expiry inclusive): clause 9 binds",
    ),
    (
        "lapsing-ban-renewal",
        D,
        f"{MS}/red-lines-prevail",
        "pass",
        "clause 9 applies 'notwithstanding clause 3' (MS-16 PASS)",
    ),
    (
        "lapsing-ban-renewal",
        D,
        f"{MS}/ban-not-waivable",
        "pass",
        "clause 9: the Office may not waive it",
    ),
    (
        "lapsing-ban-renewal",
        R29,
        f"{MS}/red-lines-prevail",
        "fail",
        "from 1 January 2029 clause 9 has lapsed and, as the renewal records, nothing else "
        "restricts clause 3's grant of any lawful purpose: no restriction prevails over it "
        "(MS-16 FAIL; the rule fails a grant stated to be limited only by the law with no "
        "ban stated, as in audit 53). Counsel's blind answer, fail, was right; the row said "
        "unknown while the description left unstated whether anything else restricted the "
        "grant (silence). explicit-ban fails on the same gap, but each rule asks its own "
        "question: whether there is a ban (MS-01), whether one prevails (MS-16)",
    ),
    (
        "lapsing-ban-renewal",
        R29,
        f"{MS}/ban-not-waivable",
        "fail",
        "from 1 January 2029 no ban is in force and the grant of any lawful purpose is "
        "limited only by the law (the renewal): the Office is free of any ban, waivable or "
        "not, so the 'no customer-side override' of MS-01 PASS is not met, and the rule "
        "fails such a grant by its own terms. Counsel's blind answer was not applicable "
        "(wrong: the pack applies on the surveillance nexus, and a quality of a ban that is "
        "not in force protects no one); the row said unknown while the description left "
        "unstated whether anything else restricted the grant",
    ),
    (
        "lapsing-ban-renewal",
        D,
        f"{MS}/dpia-before-monitoring",
        "unknown",
        "LED Art. 27: investigative analytics of criminal-offence data on a large scale; the "
        "contract is silent on a DPIA",
    ),
    (
        "lapsing-ban-renewal",
        D,
        f"{MS}/law-fixed-at-signing",
        "unknown",
        "clause 3 licenses 'any lawful purpose' without saying whether the law is that at "
        "signing or as amended (MS-16, second limb)",
    ),
    # --- interior ministry: an "anonymised" carve-out, with re-identification permitted ---
    (
        "anonymised-reidentification",
        D,
        f"{MS}/explicit-ban",
        "fail",
        "clause 8 carves out 'anonymised aggregate data', but clause 14 lets the Ministry "
        "re-identify the device records behind them (reidentification_permitted): "
        "identifiable data are personal data (GDPR Art. 4(1), Recital 26; CJEU C-582/14 "
        "Breyer, paras 41-49), and the carve-out leaves a gap through which tracking the "
        "population in the mobility data is allowed (MS-01, as a network-defence carve-out "
        "reaching communications content). Counsel's blind answer was pass, on clause 8 "
        "alone; before the fact existed the tool said unknown (open list of uses)",
    ),
    (
        "anonymised-reidentification",
        D,
        f"{MS}/ban-independent-of-law",
        "pass",
        "clause 8 applies whatever the law permits, and its carve-out is not tied to law "
        "(MS-16); the carve-out's reach, with re-identification permitted, is a question of "
        "whom the ban protects (protected-population) and whether it is a ban at all "
        "(explicit-ban), not of its dependence on law",
    ),
    (
        "anonymised-reidentification",
        D,
        f"{MS}/protected-population",
        "fail",
        "clause 8 carves out 'anonymised aggregate data', but clause 14 lets the Ministry "
        "re-identify the device records behind any cell, and the platform keeps the keys "
        "to do it (stated on the ban: reidentification_permitted true): data identifiable "
        "by means reasonably likely to be used are personal data (GDPR Art. 4(1), Recital "
        "26; CJEU C-582/14 Breyer, 19 Oct 2016, paras 41-49), so the carve-out takes "
        "everyone in the mobility dataset out of the ban (MS-02)",
    ),
    (
        "anonymised-reidentification",
        D,
        f"{MS}/dpia-before-monitoring",
        "unknown",
        "GDPR Art. 35(3)(b), (c) and LED Art. 27: location and communications data of a "
        "population, with re-identification on request; the contract is silent on a DPIA",
    ),
    (
        "lapsing-ban-renewal",
        R29,
        f"{MS}/explicit-ban",
        "fail",
        "from 1 January 2029 clause 9, by its own words, no longer applies, and clause 3's "
        "grant of 'any lawful purpose' to a police office stands with no surveillance "
        "carve-out (legal reference MS-01 FAIL). Was a strict xfail (unknown): a lapsed "
        "clause states nothing, which rightly cannot tell a ban limited to a term from one "
        "the description leaves out, and the description did not say that nothing else "
        "restricted the grant. The renewal now records it (grants.limited_only_by_law, in "
        "force from 1 January 2029), as the description's prose always said, and the rule "
        "fails a grant stated to be limited only by the law with no ban in force",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit50_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit50_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
