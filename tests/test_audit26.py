"""Twenty-sixth legal-fidelity audit: the data-residency rules earlier audits probed least,
each contract the smallest that isolates one point, and two realistic contracts that
exercise several rules at once, run through the real CLI (tests/data/audit26/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). A PASS here must rest on terms in force on that
date, binding in rank and not contradicted by what the contract buys; silence is unknown.
Where the tool cannot yet give that verdict, the row sits in KNOWN_WRONG as a strict xfail
with the reason and where a fix belongs.

Foreign requests (GDPR Art. 48, Art. 28(3)(a); SCC Decision (EU) 2021/914, Annex, Clause
15.1-15.2 as guidance): a request-handling clause that promises notice, challenge and the
MLAT route beside a clause that lets the vendor obey any binding order (fixed:
foreign-request-handling passed it); notice promised only in a transparency report; terms in
a side letter that lapses; an amendment that replaces a comply-with-any-order clause from a
later date; non-personal data (Art. 48 out of scope, the customer's immunity requirement
still in); a term assessed before the GDPR applied (Art. 99(2): 25 May 2018; fixed:
foreign-disclosure applied Art. 48 in 2017).

Sub-processors (GDPR Art. 28(2), (4); LED Art. 22(2), (3)(f)): a list the vendor may change
by posting it on its website; an amendment from a later date; a vendor that is itself a
controller; free sub-processing assessed before the GDPR applied (fixed: the Art. 28 rules
read from 25 May 2018, as the LED rules read from 6 May 2018); an EEA sub-processor list
beside backups a third-party provider keeps in the US (fixed: sub-processor-locations passed
it) and beside a replica run by the vendor's own US affiliate acting as sub-processor
(KNOWN_WRONG: the engine cannot join a site's operator to that party's roles); a list in an
annex that lapses and one with a location missing; a police force's processor under LED Art.
22(2) on a general authorisation with and without a right to object, on a portal statement,
with mixed purposes (both regimes) and a private security firm (no competent authority, LED
Art. 3(7)).

Chapter V (GDPR Arts 44-46, Decision (EU) 2023/1795, C-311/18 Schrems II, EDPB
Recommendations 01/2020): a sub-processor on the DPF stated not to be certified where the
contract lists no DPF transfer of its own (fixed: dpf-fallback was unknown or not
applicable); a US 'adequacy' transfer in 2022, before the DPF; a fallback in a side letter
dated later; a US sub-processor on standard clauses beside a statement that there are no
transfers (fixed: transfer-impact-assessment was not applicable) and beside a contract
silent on transfers; an international organisation's ground in a press report, on a
derogation for systematic transfers, and in an amendment from a later date.

Security and sovereignty guidance: exit deletion that leaves backups out (GDPR Art.
28(3)(g): existing copies too; the vocabulary now says such copies are data the vendor
keeps), a certificate added by a later side letter, non-personal data; personnel and vendor
access changed by amendments and side letters, an annex for information only; audit logging
replaced as a whole; certification under the alliance profile (press release, lapsing side
letter, maintenance excluded); the training ban the customer alone may waive, in a blog post
only, and from a later amendment; the classification boundary against an amendment that buys
the analysis of NATO RESTRICTED material, an open network list, a press report, and a
civilian authority.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, before_first_day, profile_verdict_test, verdict_test

DATA = Path(__file__).parent / "data" / "audit26"

DR = "data-residency"
D = "2027-06-01"
LATER = "2028-06-01"
PRE_GDPR = "2017-06-01"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- foreign requests: GDPR Art. 48, SCC Clause 15 ---
    (
        "frh-mlat-but-any-binding-order",
        D,
        f"{DR}/foreign-request-handling",
        "fail",
        "SCC (Decision (EU) 2021/914) Clause 15.2 and GDPR Art. 48: clause 22 lets the vendor "
        "obey any binding order of any authority, which takes back the challenge and the "
        "MLAT-only route clause 14 promises",
    ),
    (
        "frh-mlat-but-any-binding-order",
        D,
        f"{DR}/foreign-disclosure",
        "fail",
        "GDPR Art. 48 and Art. 28(3)(a): a third country's order is no Union or Member State "
        "law; clause 22 lets the processor disclose on it without review",
    ),
    (
        "frh-notify-transparency-report",
        D,
        f"{DR}/foreign-request-handling",
        "unknown",
        "SCC Clause 15.1(a): notice of requests is promised only in the vendor's transparency "
        "report, which binds no one; the contract is silent on it",
    ),
    (
        "frh-side-letter-lapses",
        "2027-01-15",
        f"{DR}/foreign-request-handling",
        "pass",
        "SCC Clause 15.1-15.2: the side letter, contract terms in force until 31 Mar 2027, "
        "has the vendor notify, challenge and disclose only under an MLAT",
    ),
    (
        "frh-side-letter-lapses",
        D,
        f"{DR}/foreign-request-handling",
        "unknown",
        "the side letter lapsed on 31 Mar 2027 and the agreement is silent on requests",
    ),
    (
        "frh-no-notice",
        D,
        f"{DR}/foreign-request-handling",
        "fail",
        "SCC Clause 15.1(a): the vendor 'shall not be obliged to inform the Customer of any "
        "request'",
    ),
    (
        "fd-non-personal-telemetry",
        D,
        f"{DR}/foreign-disclosure",
        "not_applicable",
        "GDPR Arts 2(1), 4(1): equipment telemetry only, no personal data, so Art. 48 does "
        "not reach it",
    ),
    (
        "fd-mlat-amendment-later",
        D,
        f"{DR}/foreign-disclosure",
        "fail",
        "GDPR Art. 48: until 1 Jan 2028 clause 22 lets the processor obey any order; the "
        "amendment that replaces it is not yet in force",
    ),
    (
        "fd-mlat-amendment-later",
        LATER,
        f"{DR}/foreign-disclosure",
        "pass",
        "GDPR Art. 48: from 1 Jan 2028 the amendment replaces clause 22 as a whole: "
        "disclosure only under an MLAT, never without review",
    ),
    (
        "fd-before-gdpr",
        PRE_GDPR,
        f"{DR}/foreign-disclosure",
        "unknown",
        "GDPR Art. 99(2): the Regulation, and its Art. 48, applies from 25 May 2018; "
        "Directive 95/46/EC, which governed in 2017, had no counterpart"
        + before_first_day(
            "the description does not say when its term ends, so whether it is ever bound is "
            "unknown (term.end missing), and from 25 May 2018 the same row fails"
        ),
    ),
    (
        "fd-before-gdpr",
        "2018-05-25",
        f"{DR}/foreign-disclosure",
        "fail",
        "GDPR Arts 48 and 99(2): from 25 May 2018 the term letting the processor disclose to "
        "any authority that compels it is contrary to the Regulation",
    ),
    # --- the DPF and its fallback: Decision (EU) 2023/1795 ---
    (
        "dpf-subprocessor-only-uncertified",
        D,
        f"{DR}/dpf-fallback",
        "fail",
        "Decision (EU) 2023/1795, Art. 1: the DPF covers only organisations on the DPF List; "
        "the annex names the DPF as the US sub-processor's ground and states it is not on "
        "the List, whatever the contract's own transfers",
    ),
    (
        "dpf-subprocessor-uncertified-no-transfers",
        D,
        f"{DR}/dpf-fallback",
        "fail",
        "Decision (EU) 2023/1795, Art. 1; GDPR Arts 44, 28(4): the onward transfer to the "
        "uncertified US sub-processor rests on a DPF that cannot cover it, although clause 9 "
        "says nothing leaves the EEA",
    ),
    (
        "dpf-adequacy-us-2022",
        "2022-06-01",
        f"{DR}/dpf-fallback",
        "fail",
        "GDPR Art. 45: in 2022 no adequacy decision covered the US (Privacy Shield annulled "
        "by C-311/18 on 16 Jul 2020; Decision (EU) 2023/1795 adopted 10 Jul 2023)",
    ),
    (
        "dpf-fallback-side-letter-future",
        D,
        f"{DR}/dpf-fallback",
        "unknown",
        "clause 9 leaves the fallback open; the side letter that agrees it is dated 1 Sep "
        "2027, not yet agreed on 1 Jun 2027",
    ),
    (
        "dpf-fallback-side-letter-future",
        "2027-10-01",
        f"{DR}/dpf-fallback",
        "pass",
        "Decision (EU) 2023/1795: the recipient is certified and, from the side letter of "
        "1 Sep 2027, the SCC fallback is agreed",
    ),
    # --- transfer impact assessment: C-311/18, SCC Clause 14 ---
    (
        "tia-subprocessor-scc-only",
        D,
        f"{DR}/transfer-impact-assessment",
        "fail",
        "C-311/18 Schrems II, paras 134-135; SCC Clause 14 (Module Three too): the onward "
        "transfer to the US sub-processor rests on standard clauses, and the complete "
        "transfer list, where the assessment is documented, has none for it",
    ),
    (
        "tia-subprocessor-scc-transfers-silent",
        D,
        f"{DR}/transfer-impact-assessment",
        "unknown",
        "C-311/18, paras 134-135: the US sub-processor on standard clauses needs an "
        "assessment; the contract says nothing of its transfers or of any assessment",
    ),
    # --- exit ---
    (
        "exit-backups-kept",
        D,
        f"{DR}/exit-deletion",
        "fail",
        "GDPR Art. 28(3)(g): the processor deletes existing copies too, unless Union or "
        "Member State law requires storage; clause 18 keeps the backups under the vendor's "
        "own retention schedule",
    ),
    (
        "exit-certificate-side-letter-after",
        D,
        f"{DR}/exit-deletion",
        "unknown",
        "SCC Clause 8.5: the certificate of deletion is added by a side letter dated 1 Oct "
        "2027, not yet agreed on 1 Jun 2027",
    ),
    (
        "exit-certificate-side-letter-after",
        "2027-10-01",
        f"{DR}/exit-deletion",
        "pass",
        "GDPR Art. 28(3)(g), SCC Clause 8.5: deletion within 30 days, certified from the "
        "side letter of 1 Oct 2027, nothing derived kept",
    ),
    (
        "exit-non-personal",
        D,
        f"{DR}/exit-deletion",
        "fail",
        "sovereignty guidance that applies to every deployment (Art. 28(3)(g) only for "
        "personal data): the vendor keeps models fine-tuned on the customer's data",
    ),
    # --- sub-processor authorisation: GDPR Art. 28(2), (4) ---
    (
        "spa-list-by-website-notice",
        D,
        f"{DR}/sub-processor-authorisation",
        "fail",
        "GDPR Art. 28(2), second sentence: under a general authorisation the processor "
        "informs the controller of intended changes, giving it the opportunity to object; "
        "posting a new list on a website gives no right to object",
    ),
    (
        "spa-amendment-from-2028",
        LATER,
        f"{DR}/sub-processor-authorisation",
        "pass",
        "GDPR Art. 28(2), (4): from 1 Jan 2028 the amendment requires prior specific "
        "authorisation; the obligations flow down (clause 9)",
    ),
    (
        "spa-vendor-controller",
        D,
        f"{DR}/sub-processor-authorisation",
        "not_applicable",
        "GDPR Arts 4(8), 28: the vendor is an independent controller; no processor is engaged",
    ),
    (
        "spa-before-gdpr",
        PRE_GDPR,
        f"{DR}/sub-processor-authorisation",
        "unknown",
        "GDPR Art. 99(2): the Regulation applies from 25 May 2018; Directive 95/46/EC, "
        "Art. 17(2)-(3), which governed in 2017, had no sub-processor authorisation"
        + before_first_day(
            "the description does not say when its term ends, so whether it is ever bound is "
            "unknown (term.end missing), and from 25 May 2018 the same row fails"
        ),
    ),
    (
        "spa-before-gdpr",
        "2018-06-01",
        f"{DR}/sub-processor-authorisation",
        "fail",
        "GDPR Art. 28(2), (4): from 25 May 2018 free sub-processing without flow-down breaks "
        "both paragraphs",
    ),
    # --- sub-processor locations ---
    (
        "spl-eea-list-third-party-us-backup",
        D,
        f"{DR}/sub-processor-locations",
        "fail",
        "GDPR Art. 28(2), (4), Art. 44: the provider keeping the backups in the US processes "
        "the data for the processor, a sub-processor outside the allowed places, whatever "
        "the list says",
    ),
    (
        "spl-annex-lapses",
        D,
        f"{DR}/sub-processor-locations",
        "pass",
        "annex 3, in force, lists every sub-processor, all in the EEA; adding one needs the "
        "customer's prior specific authorisation (GDPR Art. 28(2))",
    ),
    (
        "spl-annex-lapses",
        LATER,
        f"{DR}/sub-processor-locations",
        "unknown",
        "annex 3 lapsed on 31 Dec 2027; the contract no longer says who the sub-processors "
        "are or where they process",
    ),
    (
        "spl-country-missing",
        D,
        f"{DR}/sub-processor-locations",
        "unknown",
        "the complete list does not say where one of its sub-processors processes",
    ),
    # --- personnel, vendor access, identity, logging ---
    (
        "pl-follow-the-sun-amendment",
        D,
        f"{DR}/personnel-location",
        "pass",
        "clause 11: privileged and support staff in the EEA only; amendment 2 not yet in force",
    ),
    (
        "pl-follow-the-sun-amendment",
        LATER,
        f"{DR}/personnel-location",
        "fail",
        "from 1 Jan 2028 amendment 2 adds support from India, outside the EEA",
    ),
    (
        "pl-eea-staff-us-subprocessor-support",
        D,
        f"{DR}/personnel-location",
        "fail",
        "clause 7 has remote administration performed from the US, whatever clause 11 lists: "
        "the staff who perform it sit there",
    ),
    (
        "va-jit-annex-information-only",
        D,
        f"{DR}/vendor-access",
        "unknown",
        "clause 20: annex C is for information only, so its access terms bind no one",
    ),
    (
        "va-standing-access-side-letter-lapses",
        "2027-03-01",
        f"{DR}/vendor-access",
        "pass",
        "the side letter, in force until 30 Jun 2027 and prevailing over clause 12, ends "
        "standing access and requires per-session approval",
    ),
    (
        "va-standing-access-side-letter-lapses",
        "2027-09-01",
        f"{DR}/vendor-access",
        "fail",
        "the side letter lapsed on 30 Jun 2027; clause 12 gives vendor engineers standing "
        "administrator access again",
    ),
    (
        "im-vendor-accounts",
        D,
        f"{DR}/identity-management",
        "fail",
        "clause 12: users authenticate against the vendor's identity service, not the customer's",
    ),
    (
        "al-logging-amendment-replaces",
        D,
        f"{DR}/audit-logging",
        "pass",
        "clause 9 provides audit logging; the amendment that replaces it is not yet in force",
    ),
    (
        "al-logging-amendment-replaces",
        LATER,
        f"{DR}/audit-logging",
        "unknown",
        "from 1 Jan 2028 the amendment replaces clause 9 as a whole and says nothing of what "
        "is logged",
    ),
    # --- training on customer data ---
    (
        "tr-ban-customer-may-waive",
        D,
        f"{DR}/training-on-customer-data",
        "pass",
        "GDPR Arts 28(3)(a), 28(10): the ban has no carve-out the vendor can use; only the "
        "customer may direct otherwise, as the controller may instruct its processor",
    ),
    (
        "tr-ban-press-only",
        D,
        f"{DR}/training-on-customer-data",
        "unknown",
        "only the vendor's blog post says it never trains on customer data",
    ),
    (
        "tr-ban-amendment-2028",
        LATER,
        f"{DR}/training-on-customer-data",
        "pass",
        "from 1 Jan 2028 the amendment prohibits the training without carve-out",
    ),
    # --- classification boundary ---
    (
        "cb-classified-added-by-amendment",
        D,
        f"{DR}/classification-boundary",
        "pass",
        "NATO security policy C-M(2002)49: NATO UNCLASSIFIED ceiling, higher inputs "
        "forbidden, on a network accredited for it",
    ),
    (
        "cb-classified-added-by-amendment",
        LATER,
        f"{DR}/classification-boundary",
        "fail",
        "C-M(2002)49: from 1 Jan 2028 the amendment buys the analysis of classified (NATO "
        "RESTRICTED) reports under an unclassified ceiling on an unclassified network",
    ),
    (
        "cb-networks-open",
        D,
        f"{DR}/classification-boundary",
        "unknown",
        "the networks are named 'including' the office network: an unlisted one may not be "
        "accredited",
    ),
    (
        "cb-ceiling-press-only",
        D,
        f"{DR}/classification-boundary",
        "unknown",
        "the ceiling and the ban on higher inputs are stated only in a press report",
    ),
    (
        "cb-civilian-agency",
        D,
        f"{DR}/classification-boundary",
        "not_applicable",
        "a civilian tax authority: parties, purposes, data and networks stated in full, "
        "none security-related",
    ),
    # --- international organisations: GDPR Arts 44-46, 49 ---
    (
        "io-scc-ground-press-only",
        D,
        f"{DR}/international-organisation-transfers",
        "unknown",
        "GDPR Art. 44: the transfer to the organisation is listed; its ground is stated only "
        "in a press report",
    ),
    (
        "io-systematic-derogation",
        D,
        f"{DR}/international-organisation-transfers",
        "fail",
        "GDPR Art. 49(1)(d); EDPB Guidelines 2/2018, section 1: a derogation cannot carry a "
        "monthly, systematic export",
    ),
    (
        "io-public-instrument-amendment",
        LATER,
        f"{DR}/international-organisation-transfers",
        "pass",
        "GDPR Art. 46(2)(a): from 1 Jan 2028 an administrative arrangement between the "
        "public exporter and the organisation",
    ),
    # --- LED Art. 22(2) ---
    (
        "led-spa-prior-general",
        D,
        f"{DR}/led-sub-processor-authorisation",
        "pass",
        "Directive (EU) 2016/680, Art. 22(2): general written authorisation with notice of "
        "intended changes and an opportunity to object",
    ),
    (
        "led-spa-prior-general",
        "2018-03-01",
        f"{DR}/led-sub-processor-authorisation",
        "pass",
        "LED Art. 63(1): Member States apply the transposing provisions from 6 May 2018"
        + before_first_day(
            "the general written authorisation the contract already gives meets Art. 22(2) "
            "when it binds"
        ),
    ),
    (
        "led-spa-notice-only",
        D,
        f"{DR}/led-sub-processor-authorisation",
        "fail",
        "LED Art. 22(2): notice without an opportunity to object does not meet the second sentence",
    ),
    (
        "led-spa-portal-only",
        D,
        f"{DR}/led-sub-processor-authorisation",
        "unknown",
        "LED Art. 22(2): the authorisation is stated only on the vendor's portal",
    ),
    (
        "led-spa-free-mixed-purposes",
        D,
        f"{DR}/led-sub-processor-authorisation",
        "fail",
        "LED Art. 22(2): for the investigations, the processor may engage sub-processors freely",
    ),
    (
        "led-spa-free-mixed-purposes",
        D,
        f"{DR}/sub-processor-authorisation",
        "fail",
        "GDPR Art. 28(2): the HR administration is under the GDPR, and there too the "
        "processor engages sub-processors freely",
    ),
    (
        "led-spa-private-security-firm",
        D,
        f"{DR}/led-sub-processor-authorisation",
        "not_applicable",
        "LED Art. 3(7): a private security company is no competent authority",
    ),
    # --- realistic: an EU agency, a German subsidiary of a US group ---
    (
        "r-agency-eu-cloud-us-parent",
        D,
        f"{DR}/foreign-request-handling",
        "fail",
        "SCC Clause 15.2, GDPR Art. 48: the MLAT route is 'without prejudice to the "
        "Provider's obligations under the laws applicable to it', which lets it obey a US "
        "order (CLOUD Act, 18 U.S.C. 2713) without review",
    ),
    (
        "r-agency-eu-cloud-us-parent",
        D,
        f"{DR}/dpf-fallback",
        "fail",
        "Decision (EU) 2023/1795: the support transfer to the US affiliate relies on the DPF "
        "with no fallback, which clause 7 excludes",
    ),
    (
        "r-agency-eu-cloud-us-parent",
        D,
        f"{DR}/sub-processor-locations",
        "fail",
        "the annex names the US affiliate, which processes in the US, and the vendor may add "
        "sub-processors on notice only",
    ),
    (
        "r-agency-eu-cloud-us-parent",
        D,
        f"{DR}/exit-deletion",
        "fail",
        "GDPR Art. 28(3)(g): backups kept after the end",
    ),
    # --- realistic: a police force's analytics processor (LED) ---
    (
        "r-police-analytics",
        D,
        f"{DR}/led-sub-processor-authorisation",
        "unknown",
        "LED Art. 22(2): general authorisation with notice and objection; but the flow-down "
        "is left open, and may be settled as its exclusion, which the rule reads as unknown "
        "since Art. 22(3)(f) does not settle whether it is required (corrected by audit 41; "
        "was pass)",
    ),
    (
        "r-police-analytics",
        D,
        f"{DR}/foreign-request-handling",
        "unknown",
        "the request terms are in a side letter dated 1 Sep 2027, not yet agreed on 1 Jun "
        "2027; the customer's immunity requirement brings the guidance in",
    ),
    (
        "r-police-analytics",
        "2027-10-01",
        f"{DR}/foreign-request-handling",
        "pass",
        "from the side letter of 1 Sep 2027: notice, challenge, MLAT only, no disclosure "
        "without review",
    ),
    (
        "spl-eea-list-us-affiliate-replica",
        D,
        f"{DR}/sub-processor-locations",
        "fail",
        "GDPR Art. 28(2), (4), Art. 44: the vendor's US affiliate, a party acting as "
        "sub-processor, runs the backup replica in the US beside a complete list naming an "
        "EEA host only (the site's operator joined to that party's roles by `party`; the "
        "engine could not read this before)",
    ),
]

#: Rows under a built-in profile: file, as-of date, rule, profile, expected, reason.
PROFILE_CASES: list[tuple[str, str, str, str, str, str]] = [
    (
        "cert-nato-press-only",
        D,
        f"{DR}/certification",
        "alliance-unclassified",
        "unknown",
        "the NATO accreditation the alliance requires is claimed only in the vendor's press "
        "release",
    ),
    (
        "cert-nato-side-letter-lapses",
        D,
        f"{DR}/certification",
        "alliance-unclassified",
        "pass",
        "the side letter, in force until 31 Dec 2027, states the NATO accreditation and the "
        "duty to keep it",
    ),
    (
        "cert-nato-side-letter-lapses",
        LATER,
        f"{DR}/certification",
        "alliance-unclassified",
        "unknown",
        "the side letter lapsed on 31 Dec 2027; the contract no longer states the accreditation",
    ),
    (
        "cert-not-maintained",
        D,
        f"{DR}/certification",
        "alliance-unclassified",
        "fail",
        "clause 15: the vendor need not keep any certification, so the accreditation may "
        "lapse during the term",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit26_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


test_audit26_verdict_under_profile = profile_verdict_test(DATA, PROFILE_CASES)


def test_every_audit26_file_is_used() -> None:
    assert_every_file_used(
        DATA,
        (row[0] for row in CASES),
        (row[0] for row in PROFILE_CASES),
        (row[0] for row in KNOWN_WRONG),
    )
