"""Thirty-eighth legal-fidelity audit: terms in force on an event whose day is not known
(conditions precedent and subsequent) across the four packs, each contract the smallest
that isolates one point, run through the real CLI (tests/data/audit38/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). Where the tool cannot yet give that verdict,
the row sits in KNOWN_WRONG as a strict xfail with the reason and where a fix belongs.

The law of conditions: a term made conditional on an uncertain future event takes effect
only if the event occurs (a suspensive condition, a condition precedent), or comes to an
end if it occurs (a resolutive condition, a condition subsequent): UNIDROIT Principles of
International Commercial Contracts 2016, Art. 5.3.1; German Civil Code (BGB) § 158(1)
(the effect made dependent on a condition precedent begins when the condition is
fulfilled) and § 158(2) (the effect of a transaction under a condition subsequent ends
when the condition is fulfilled). So a term that enters into force "upon accreditation",
"upon ratification" or "upon the Customer's written notice", with nothing to show that the
event took place, is not shown to be in force; a term that lapses "upon termination of the
framework agreement", with nothing to show it was terminated, is not shown to have lapsed.
A verdict may rest on neither reading: a pass (or a fail) stands only where the contract
passes (or fails) with the term in force and without it; else it is unknown, and the
question is whether the condition was met, and when.

Conditions precedent: a ban in an annex that enters into force on accreditation, where the
master agreement permits the use (unknown), or says nothing (unknown); the same annex
once accredited on a stated day (fail before it, pass after); an annex that restates a ban
the master agreement already has (pass: both readings ban); a side letter banning mass
surveillance on ratification (unknown, and fail and pass around the day once given); an
annex replacing a ban as a whole on the signature of a security agreement (unknown: the ban
may be gone); an amendment lifting a ban, and a side letter making it waivable, on the
customer's notice (unknown); a US region added, and a narrowing to Germany, on an event
(unknown); a side letter switching audit logging off on notice (unknown), and an annex that
keeps logging on (pass); the AI Act's deployer duties (Art. 26) and impact assessment
(Art. 27(1)) committed to on accreditation (unknown), and a day of first use that only a
conditional annex states (fail where every reading fails, unknown where they differ).

Conditions subsequent: a side letter making a ban waivable until termination of a framework
agreement (unknown), and once terminated on a stated day (fail before, pass after); a side
letter committing the deployer to Art. 26 until termination of the framework agreement,
while the duties apply (unknown).
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit38"

AW = "no-autonomous-weapons"
MS = "no-mass-surveillance"
DR = "data-residency"
AI = "eu-ai-act-high-risk"
D = "2027-06-01"

BAN = f"{AW}/autonomous-weapons-ban"
SURV = f"{MS}/explicit-ban"
LOC = f"{DR}/data-locations"
LOG = f"{DR}/audit-logging"
FRIA = f"{AI}/fundamental-rights-impact-assessment"
DD = f"{AI}/deployer-duties"

#: The red line against autonomous weapons (DoD Directive 3000.09, Glossary; ICRC position
#: of 12 May 2021) needs an express ban binding on the day.
AWS = "autonomous-weapons red line (DoD Directive 3000.09, Glossary; ICRC position, 2021)"
#: The surveillance red line: an express ban, since the law permits much bulk collection.
MSL = "surveillance red line (EO 14086 s.2(c)(ii); CJEU C-511/18 La Quadrature du Net)"
#: Where the customer's residency requirement (a parameter, EEA by default) is met.
RES = "customer's residency requirement (GDPR Art. 28(3)(a), Art. 44; DoD Cloud SRG)"
#: A condition precedent: the term takes effect only if the event occurs.
CP = "condition precedent (UNIDROIT Principles 2016 Art. 5.3.1; BGB s. 158(1))"
#: A condition subsequent: the term ends if the event occurs.
CS = "condition subsequent (UNIDROIT Principles 2016 Art. 5.3.1; BGB s. 158(2))"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- conditions precedent: bans ---
    (
        "aw-ban-annex-on-accreditation",
        D,
        BAN,
        "unknown",
        f"{AWS}; {CP}: the annex's ban binds only once the system is accredited, which "
        "nothing shows; until then clause 7 lets the ministry integrate the service into "
        "weapons. Pass if accredited, fail if not: unknown",
    ),
    (
        "aw-ban-annex-accredited",
        "2027-02-15",
        BAN,
        "fail",
        f"{AWS}; {CP}: accreditation came on 1 Mar 2027; on 15 Feb the annex was not yet in "
        "force and clause 7 permitted weapons integration",
    ),
    (
        "aw-ban-annex-accredited",
        D,
        BAN,
        "pass",
        f"{AWS}; {CP}: the condition was met on 1 Mar 2027; the annex's unconditional ban "
        "prevails over clause 7",
    ),
    (
        "aw-ban-only-in-conditional-annex",
        D,
        BAN,
        "unknown",
        f"{AWS}; {CP}: the only ban is in an annex that takes effect on ratification, not "
        "shown; the master agreement is silent, and silence is no ban",
    ),
    (
        "aw-ban-restated-by-conditional-annex",
        D,
        BAN,
        "pass",
        f"{AWS}: clause 7 bans autonomous weapons whatever the annex's condition; the annex "
        "says the same, so the ban binds on either reading",
    ),
    (
        "aw-ban-lifted-on-emergency-notice",
        D,
        BAN,
        "unknown",
        f"{AWS}; {CP}: amendment 2 lifts the ban upon the ministry's notice of a state of "
        "defence; no notice is recorded, but none is shown not to have been given: the ban "
        "is not shown to bind (it may have been lifted), nor shown lifted",
    ),
    (
        "aw-waiver-side-letter-on-notice",
        D,
        BAN,
        "unknown",
        f"{AWS}; {CP}: once the ministry gives notice the ban becomes waivable, and a ban the "
        "customer may waive binds it only while it chooses; whether notice was given is "
        "not known",
    ),
    # --- conditions subsequent ---
    (
        "aw-waiver-side-letter-lapses-on-termination",
        D,
        BAN,
        "unknown",
        f"{AWS}; {CS}: the side letter making the ban waivable lapses on termination of the "
        "framework agreement, which is not shown; while it runs the ban does not bind",
    ),
    (
        "aw-waiver-side-letter-lapsed-on-termination",
        "2027-03-01",
        BAN,
        "fail",
        f"{AWS}; {CS}: before the framework agreement was terminated (30 Apr 2027) the ban "
        "was waivable by the ministry",
    ),
    (
        "aw-waiver-side-letter-lapsed-on-termination",
        D,
        BAN,
        "pass",
        f"{AWS}; {CS}: the side letter lapsed with the framework agreement on 30 Apr 2027; "
        "clause 7's unwaivable ban applies again",
    ),
    # --- mass surveillance ---
    (
        "ms-ban-side-letter-on-ratification",
        D,
        SURV,
        "unknown",
        f"{MSL}; {CP}: the side letter's ban takes effect on ratification of the agreement, "
        "not shown; clause 4 expressly permits bulk analysis meanwhile",
    ),
    (
        "ms-ban-side-letter-ratified",
        "2027-03-01",
        SURV,
        "fail",
        f"{MSL}; {CP}: ratified on 1 Apr 2027; on 1 Mar clause 4's permission stood",
    ),
    (
        "ms-ban-side-letter-ratified",
        D,
        SURV,
        "pass",
        f"{MSL}; {CP}: ratified on 1 Apr 2027, the side letter's ban prevails over clause 4",
    ),
    (
        "ms-ban-replaced-on-security-agreement",
        D,
        SURV,
        "unknown",
        f"{MSL}; {CP}: annex B replaces clause 4 as a whole once the security agreement is "
        "signed, and bans nothing; whether it was signed, and so whether the ban still "
        "stands, is not known",
    ),
    # --- data residency ---
    (
        "dr-us-region-on-accreditation",
        D,
        LOC,
        "unknown",
        f"{RES}; {CP}: amendment 1 adds US processing once the US region is accredited, not "
        "shown; clause 5 keeps the data in Germany until then",
    ),
    (
        "dr-narrowing-annex-on-notice",
        D,
        LOC,
        "unknown",
        f"{RES}; {CP}: clause 5 allows processing in the US; annex R narrows it to Germany "
        "upon the customer's notice, not recorded",
    ),
    (
        "dr-logging-waived-on-notice",
        D,
        LOG,
        "unknown",
        "Logging of use and administration (NIST SP 800-53 Rev. 5 AU-2; LED Art. 25(1)); "
        f"{CP}: the side letter switches logging off upon the customer's notice, not "
        "recorded: the safeguard is not shown to stand",
    ),
    (
        "dr-logging-annex-agrees",
        D,
        LOG,
        "pass",
        "Logging of use and administration (NIST SP 800-53 Rev. 5 AU-2; LED Art. 25(1)): clause 9 "
        "requires logging and the conditional annex only lengthens retention; logging is "
        "required on either reading",
    ),
    # --- AI Act ---
    (
        "dd-side-letter-lapses-on-termination",
        "2028-10-01",
        DD,
        "unknown",
        f"Art. 26(1)-(5); {CS}: the side letter commits the deployer until termination of "
        "the framework agreement, not shown; clause 12 disclaims the duties once it lapses",
    ),
    (
        "dd-commitment-on-accreditation",
        "2028-10-01",
        DD,
        "unknown",
        f"Art. 26(1)-(5); {CP}: the commitment takes effect on accreditation, not shown; "
        "clause 12 disclaims the duties meanwhile",
    ),
    (
        "dd-commitment-on-accreditation",
        D,
        DD,
        "unknown",
        f"Art. 26(1)-(5), applying from 2 Dec 2027 (Art. 113(c)(i) as amended by "
        f"Regulation (EU) 2026/1744), read on the terms in force then; {CP}: whether the "
        "commitment will be in force then is not known",
    ),
    (
        "fria-on-accreditation",
        "2028-06-01",
        FRIA,
        "unknown",
        f"Art. 27(1): the assessment precedes first use (1 Feb 2028); {CP}: the commitment "
        "takes effect on accreditation, not shown, and clause 14 rules it out meanwhile",
    ),
    (
        "fria-service-date-in-conditional-annex",
        D,
        FRIA,
        "fail",
        "Art. 27(1): clause 14 rules the assessment out until 1 Sep 2028; whether or not the "
        "conditional annex's day of first use (1 Jun 2028) binds, the terms fail the duty "
        "(the amendment comes after that day, and today's terms fail it)",
    ),
    (
        "fria-service-date-in-conditional-annex",
        "2028-10-01",
        FRIA,
        "unknown",
        f"Art. 27(1); {CP}: if the operations annex binds, the system went into service on "
        "1 Jun 2028, when clause 14 still ruled the assessment out (fail); if not, no term "
        "dates first use and today's terms commit to it: unknown",
    ),
]

#: Rows the tool cannot yet get right: (file, as-of, rule, verdict a lawyer would give,
#: reason and where the fix belongs).
KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit38_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit38_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
