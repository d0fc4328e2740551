"""Eleventh legal-fidelity audit: wrong PASS verdicts sought across packs and in combinations
the single-point audits did not try, each contract the smallest that isolates one point,
run through the real CLI (tests/data/audit11/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). A PASS here must rest on terms in force on that
date, binding in rank and not contradicted by what the contract buys; silence is unknown.
Where the tool cannot yet give that verdict, the row sits in KNOWN_WRONG as a strict xfail
with the reason and where a fix belongs.

Population: untargeted processing (communications, location, commercially acquired or
publicly available data) of the residents of the EU or the EEA bought by a customer in it,
a population that holds the customer's own (La Quadrature du Net, C-511/18; EO 14086
§2(c)(ii)), against the mass-surveillance ban and the rules that it reaches commercially
acquired and public data; selector-based processing as the control.

Carve-outs: a mass-surveillance ban and an autonomous-weapons ban that yield to whatever
the parties agree separately (the red lines have no exception; audit 2 held the same of
the Art. 5 bans).

Lists and time: an open list of uses beside a full ban, an empty complete list, a statement
of work that prevails and buys mass surveillance, and an amendment that adds it from a later
date (the day before and the day of).

Rank: a ban stated only in a press report, an official record, recitals (a source that is
not contract terms), a side letter in force only from a later date, and the Art. 5
prohibitions in a vendor's public statement against the same prohibitions in a clause.

Silence: remote biometric identification (Art. 3(41), real-time or post) and criminal
profiling (Annex III 6(e)) bought by police, the contract silent on the Art. 5(1)(h) and
5(1)(d) practices.

Cross-pack: an armed force whose purposes are stated as military buys real-time remote
identification in publicly accessible spaces for law enforcement (the use is law
enforcement by its own definition; Art. 2(3) excludes only exclusive military use, Recital
24): the surveillance red line fails it, and the AI Act's Art. 5(1)(h) must too.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit11"

EU = "eu-ai-act-high-risk"
MS = "no-mass-surveillance"
AW = "no-autonomous-weapons"
D = "2027-06-01"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- the customer's own population inside the EU or EEA residents ---
    (
        "s-comms-eu-residents-de",
        D,
        f"{MS}/explicit-ban",
        "fail",
        "La Quadrature du Net (C-511/18), EO 14086 §2(c)(ii): untargeted analysis of the "
        "communications of everyone resident in the EU is general and indiscriminate "
        "processing of a population that holds the German customer's own; the ban's label "
        "does not save what clause 2 buys",
    ),
    (
        "s-comms-eu-residents-de",
        D,
        f"{MS}/bulk-processing-limited",
        "fail",
        "EO 14086 §2(c)(ii)(A): communications processing is stated not to be targeted by "
        "selectors by default",
    ),
    (
        "s-comms-eu-residents-targeted",
        D,
        f"{MS}/explicit-ban",
        "pass",
        "EO 14086 §2(c)(ii)(A): processing by selectors is targeted, not bulk; the ban is "
        "express, unconditional and without carve-outs, and the uses are listed in full",
    ),
    (
        "s-location-eea-residents-no",
        D,
        f"{MS}/explicit-ban",
        "fail",
        "La Quadrature du Net (C-511/18): pattern-of-life analytics over the location data "
        "of everyone in the EEA, untargeted, reaches the whole population of Norway, an EEA "
        "state: mass surveillance under another label",
    ),
    (
        "s-commercial-eu-residents-fr",
        D,
        f"{MS}/explicit-ban",
        "fail",
        "EO 14086 §2(c)(ii), La Quadrature du Net: untargeted analysis of broker data on all "
        "EU residents reaches the French customer's own population",
    ),
    (
        "s-commercial-eu-residents-fr",
        D,
        f"{MS}/commercial-data-covered",
        "fail",
        "the ban says it covers commercially acquired data while clause 2 buys untargeted "
        "processing of such data about a population that holds the customer's own",
    ),
    (
        "s-public-eea-residents-is",
        D,
        f"{MS}/explicit-ban",
        "fail",
        "EO 12333 §2.3(a), GDPR Arts 4(1) and 14: an untargeted sweep of public posts about "
        "everyone in the EEA aggregates profiles of Iceland's whole population",
    ),
    (
        "s-public-eea-residents-is",
        D,
        f"{MS}/public-data-covered",
        "fail",
        "the ban says it covers publicly available data while clause 2 buys its untargeted "
        "aggregation about a population that holds the customer's own",
    ),
    # --- carve-outs for a separate agreement ---
    (
        "s-ban-separate-agreement",
        D,
        f"{MS}/explicit-ban",
        "fail",
        "Red line 1 (no mass domestic surveillance) has no exception: a ban that yields to "
        "whatever the parties agree separately holds only until they do, and the separate "
        "terms are not before the reader (audit 2 held the same of the Art. 5(1)(c)-(d) bans)",
    ),
    (
        "s-ban-separate-agreement",
        D,
        f"{MS}/ban-not-waivable",
        "pass",
        "the ban states that the customer may not waive it; the separate-agreement carve-out "
        "needs both parties and is judged by explicit-ban",
    ),
    (
        "w-ban-separate-agreement",
        D,
        f"{AW}/autonomous-weapons-ban",
        "fail",
        "DoDD 3000.09 (25 Jan 2023) permits autonomous weapon systems after senior review: "
        "a ban that yields to a separate agreement leaves only that Directive once the "
        "parties agree, like a carve-out for lawful uses",
    ),
    (
        "w-ban-separate-agreement",
        D,
        f"{AW}/unconditional-ban",
        "fail",
        "a ban conditioned on the parties not agreeing otherwise is not unconditional "
        "(DoDD 3000.09, Glossary; the red line on fully autonomous weapons has no exception)",
    ),
    # --- lists ---
    (
        "l-uses-open-ban",
        D,
        f"{MS}/explicit-ban",
        "unknown",
        "an open list of uses ('including translation') does not show that no permitted use "
        "is itself mass surveillance",
    ),
    (
        "l-uses-empty-complete-ban",
        D,
        f"{MS}/explicit-ban",
        "pass",
        "an empty complete list says no use is permitted, so none contradicts the express, "
        "unconditional ban without carve-outs",
    ),
    (
        "l-sow-buys-mass-surveillance",
        D,
        f"{MS}/explicit-ban",
        "fail",
        "the statement of work is contract terms and prevails over clause 2: it buys mass "
        "surveillance, which the ban's label does not save",
    ),
    (
        "l-amendment-buys-later",
        "2027-12-31",
        f"{MS}/explicit-ban",
        "pass",
        "the amendment takes effect on 1 Jan 2028: on 31 Dec 2027 the complete list of "
        "clause 2 holds no mass surveillance and the ban binds",
    ),
    (
        "l-amendment-buys-later",
        "2028-01-01",
        f"{MS}/explicit-ban",
        "fail",
        "from 1 Jan 2028 the amendment prevails over clause 2 and buys mass surveillance",
    ),
    # --- rank ---
    (
        "r-ban-press-only",
        D,
        f"{MS}/explicit-ban",
        "unknown",
        "a press report is not contract terms: the contract itself is silent on mass surveillance",
    ),
    (
        "r-ban-official-record",
        D,
        f"{MS}/explicit-ban",
        "unknown",
        "an answer to a parliamentary question is an official record, not a term of the contract",
    ),
    (
        "r-weapons-ban-recitals",
        D,
        f"{AW}/autonomous-weapons-ban",
        "unknown",
        "recitals recorded as a source that is not contract terms state no obligation: the "
        "operative clauses are silent on autonomous weapons",
    ),
    (
        "r-weapons-ban-recitals",
        D,
        f"{AW}/unconditional-ban",
        "unknown",
        "the condition stated only in the recitals decides nothing",
    ),
    (
        "r-ban-side-letter-2028",
        "2027-12-31",
        f"{MS}/explicit-ban",
        "unknown",
        "the side letter takes effect on 1 Jan 2028; on 31 Dec 2027 the contract is silent",
    ),
    (
        "r-ban-side-letter-2028",
        "2028-01-01",
        f"{MS}/explicit-ban",
        "pass",
        "from 1 Jan 2028 the side letter binds and bans mass surveillance without carve-outs; "
        "the uses are listed in full",
    ),
    (
        "r-art5-bans-public-statement",
        D,
        f"{EU}/no-prohibited-practice",
        "unknown",
        "Art. 5(1)(a)-(b): a conversational text generator could be turned to manipulation; "
        "the prohibitions sit only in the vendor's public statement, which is not contract "
        "terms",
    ),
    (
        "r-art5-bans-in-contract",
        D,
        f"{EU}/no-prohibited-practice",
        "pass",
        "Art. 5(1)(a)-(h): clause 8 prohibits every practice without a carve-out, and the "
        "complete lists buy none of them",
    ),
    # --- silence on what police buy ---
    (
        "e-police-remote-rbi-silent",
        D,
        f"{EU}/no-prohibited-practice",
        "unknown",
        "Art. 3(41)-(42), Art. 5(1)(h): remote biometric identification by police may run "
        "in real time in publicly accessible spaces, and the contract is silent on that use",
    ),
    (
        "e-police-remote-rbi-silent",
        D,
        f"{MS}/no-real-time-biometric-identification",
        "unknown",
        "the red line on real-time identification in public places: silence is no ban",
    ),
    (
        "e-police-criminal-profiling-silent",
        D,
        f"{EU}/no-prohibited-practice",
        "unknown",
        "Art. 5(1)(d), Annex III 6(e): police profiling of persons can predict offending "
        "from profiling alone, and the contract does not rule that out",
    ),
    (
        "e-police-criminal-profiling-silent",
        D,
        f"{MS}/no-crime-prediction",
        "unknown",
        "Art. 5(1)(d): silence on profiling-only crime prediction is not a prohibition",
    ),
    (
        "e-police-criminal-profiling-silent",
        D,
        f"{MS}/no-social-scoring",
        "pass",
        "Art. 5(1)(c): clause 8 prohibits social scoring without carve-out and the use "
        "bought is criminal profiling, not social scoring",
    ),
    # --- cross-pack: a law-enforcement use under purposes stated as military ---
    (
        "c-military-public-space-rbi",
        D,
        f"{MS}/no-real-time-biometric-identification",
        "fail",
        "the red line on real-time identification in public places applies whatever the "
        "AI Act's scope, and clause 8 permits it",
    ),
    (
        "c-military-public-space-rbi",
        D,
        f"{EU}/no-prohibited-practice",
        "fail",
        "Art. 2(3) excludes only systems used exclusively for military purposes, and "
        "Recital 24 keeps a system also used for other purposes in scope: the contract "
        "buys remote biometric identification in publicly accessible spaces of the "
        "customer's own country, a policing use the pack itself counts as by nature not "
        "military (definition non-military-use; Annex III point 6, Art. 5(1)(h)), under "
        "purposes labelled military only, and clause 8 permits it in real time, so the "
        "label does not take the purchase out of Art. 5 (fixed: the scope gate reads a "
        "stated non-military use against the Art. 2(3) exclusion)",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit11_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit11_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
