"""Seventeenth legal-fidelity audit: every prohibition of AI Act Art. 5(1) as it reads after
Regulation (EU) 2026/1744, each contract the smallest that isolates one point, run through
the real CLI (tests/data/audit17/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph, point). A PASS here must rest on terms in force
on that date, binding in rank and not contradicted by what the contract buys; silence is
unknown. Where the tool cannot yet give that verdict, the row sits in KNOWN_WRONG as a
strict xfail with the reason and where a fix belongs.

Instruments: Regulation (EU) 2024/1689 (AI Act) as amended by Regulation (EU) 2026/1744:
Art. 2(3) (military, defence and national security) with Recital 24; Art. 3(41)-(43) and
3(46) (remote biometric identification, law enforcement); Art. 5(1)(a)-(h) and 5(2)-(7);
the new Art. 5(1)(ba)-(bb) and 5(1a)-(1b); Art. 113(a) (Art. 5 from 2 Feb 2025, the new
points from 2 Dec 2026); Recitals 30 and 44; the Commission's guidelines on prohibited
practices, C(2025) 5052.

(a)-(b): a chatbot's manipulation ban only in a press report, in an annex the contract
says does not bind, or in a side letter that lapses; every ban stated. (c): social scoring
bought by a statement of work under a "trust score" beside a ban, and a ban the customer
may waive. (d): prediction from profiles alone bought beside the human-assessment carve-out
(which does not reach it), a re-offending assessment under that carve-out, carve-outs left
open, and police profiling (Annex III 6(e)) under a ban that yields to any lawful use.
(e): the ban dropped by an amendment that replaces the clause, and a carve-out for the
public web. (f): workplace emotion recognition bought beside a ban "save for medical or
safety reasons", silent on whether the use is confined to them, confined, and not; a
defence ministry's recruitment (in scope) and an air force's combat use (Art. 2(3)).
(g): the labelling carve-out confined only by a side letter that lapses. (h): an
exception whose prior authorisation is only in a press release, authorisation required
only from 2028, a carve-out for suspects of any offence, and gait-based remote
identification under a carve-out for any lawful use; an intelligence service's live
face search for national security (Art. 2(3)). (ba)-(bb): a ban from an amendment after
2 Dec 2026, a waivable ban, and intimate imagery bought by a statement of work. Dates:
Art. 5 before 2 Feb 2025 on a term that runs past it; the new points on, before and after
2 Dec 2026.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit17"

EU = "eu-ai-act-high-risk"
MS = "no-mass-surveillance"
NPP = f"{EU}/no-prohibited-practice"
NII = f"{EU}/no-intimate-imagery-practice"
D = "2027-06-01"
BEFORE = "2026-06-01"
LATER = "2028-01-01"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- (a)-(b) manipulation and exploiting vulnerabilities ---
    (
        "a-chatbot-all-bans",
        D,
        NPP,
        "pass",
        "Art. 5(1)(a)-(h): clause 9 prohibits every practice with no carve-out, and the "
        "contract buys only a customer-service chatbot",
    ),
    (
        "a-chatbot-manipulation-ban-press-only",
        D,
        NPP,
        "unknown",
        "Art. 5(1)(a): a conversational system can deploy manipulative techniques; the ban "
        "is only in a press report, which is no term of the contract",
    ),
    (
        "b-vulnerability-ban-in-disowned-annex",
        D,
        NPP,
        "unknown",
        "Art. 5(1)(b): the ban on exploiting children's vulnerabilities sits in an annex "
        "clause 20 says is for information only; the contract itself is silent",
    ),
    (
        "b-vulnerability-ban-side-letter-lapses",
        BEFORE,
        NPP,
        "pass",
        "Art. 5(1)(a)-(b): while the side letter is in force every practice is prohibited",
    ),
    (
        "b-vulnerability-ban-side-letter-lapses",
        D,
        NPP,
        "unknown",
        "Art. 5(1)(a)-(b): the side letter lapsed on 31 Dec 2026; after it the contract is "
        "silent on manipulation and exploiting the vulnerabilities of elderly users",
    ),
    # --- (c) social scoring ---
    (
        "c-benefits-scoring-bought-in-sow",
        D,
        NPP,
        "fail",
        "Art. 5(1)(c): the statement of work buys social scoring of claimants; the ban in "
        "clause 9 cannot rule out what the contract buys",
    ),
    (
        "c-benefits-scoring-bought-in-sow",
        D,
        f"{MS}/no-social-scoring",
        "fail",
        "Art. 5(1)(c): a 'trust score' ranking claimants on social behaviour across "
        "agencies is the practice, whatever its label",
    ),
    (
        "c-scoring-ban-waivable",
        D,
        NPP,
        "fail",
        "Art. 5(1)(c) has no exception: a ban the agency may lift by notice binds it only "
        "while it chooses, for a system that profiles claimants",
    ),
    # --- (d) individual crime prediction based solely on profiling ---
    (
        "d-profiling-prediction-human-support-carveout",
        D,
        NPP,
        "fail",
        "Art. 5(1)(d), last sentence: the carve-out covers support of a human assessment "
        "already based on objective, verifiable facts, not the prediction from profiles "
        "alone that clause 2 buys",
    ),
    (
        "d-profiling-prediction-human-support-carveout",
        D,
        f"{MS}/no-crime-prediction",
        "fail",
        "Art. 5(1)(d): the bought prediction based solely on profiling is the practice",
    ),
    (
        "d-reoffending-human-support-carveout",
        D,
        f"{MS}/no-crime-prediction",
        "pass",
        "Art. 5(1)(d): the ban keeps only the carve-out the Act itself makes, and the "
        "re-offending assessment bought (Annex III 6(d)) is not the practice",
    ),
    (
        "d-crime-prediction-carveouts-open",
        D,
        NPP,
        "unknown",
        "Art. 5(1)(d): the carve-outs are listed 'including' the human-assessment one, so "
        "a wider carve-out may follow",
    ),
    (
        "d-criminal-profiling-carveout-lawful",
        D,
        NPP,
        "fail",
        "Art. 5(1)(d): police profiling of persons (Annex III 6(e)) can be turned to "
        "predicting offending from profiles alone, and the ban yields to any use the "
        "police deem lawful, which the Act does not allow",
    ),
    (
        "d-criminal-profiling-carveout-lawful",
        D,
        f"{MS}/no-crime-prediction",
        "fail",
        "Art. 5(1)(d): the carve-out for any lawful use swallows the ban",
    ),
    # --- (e) untargeted scraping of facial images ---
    (
        "e-scraping-ban-replaced-2027",
        BEFORE,
        f"{MS}/no-facial-image-scraping",
        "pass",
        "Art. 5(1)(e): clause 9 prohibits untargeted scraping of facial images",
    ),
    (
        "e-scraping-ban-replaced-2027",
        D,
        f"{MS}/no-facial-image-scraping",
        "unknown",
        "Art. 5(1)(e): from 1 Jan 2027 the amendment replaces clause 9 as a whole and no "
        "longer bans scraping for a face-recognition database",
    ),
    (
        "e-scraping-carveout-public-web",
        D,
        NPP,
        "fail",
        "Art. 5(1)(e) names images from the internet; a carve-out for publicly available "
        "images leaves the practice open",
    ),
    # --- (f) emotion recognition in the workplace and education ---
    (
        "f-hr-emotion-safety-carveout",
        D,
        NPP,
        "unknown",
        "Art. 5(1)(f), Recital 44: the ban's medical-or-safety carve-out does not show that "
        "the bought monitoring of agents' emotions serves those reasons",
    ),
    (
        "f-hr-emotion-safety-carveout",
        D,
        f"{MS}/no-workplace-emotion-recognition",
        "unknown",
        "Art. 5(1)(f): 'save for safety reasons' beside an HR use, silent on what the use is",
    ),
    (
        "f-hr-emotion-confined-to-safety",
        D,
        NPP,
        "pass",
        "Art. 5(1)(f): the bought use is confined to the safety reasons the Act excepts",
    ),
    (
        "f-hr-emotion-beyond-safety",
        D,
        f"{MS}/no-workplace-emotion-recognition",
        "fail",
        "Art. 5(1)(f): rating agents' engagement from their emotions is not a medical or "
        "safety reason; the carve-out does not cover what the contract buys",
    ),
    (
        "f-defence-recruitment-emotion",
        D,
        NPP,
        "fail",
        "Art. 2(3), Recital 24: recruiting staff is not exclusively a defence purpose, "
        "whatever the purposes clause says; emotion recognition of candidates is "
        "prohibited by Art. 5(1)(f) (guidelines C(2025) 5052: recruitment is the workplace)",
    ),
    (
        "f-military-cockpit-emotion",
        D,
        NPP,
        "not_applicable",
        "Art. 2(3): a system used exclusively for military purposes (operators on combat "
        "missions) is outside the Act",
    ),
    # --- (g) biometric categorisation by sensitive traits ---
    (
        "g-labelling-confined-side-letter-lapses",
        BEFORE,
        f"{MS}/no-biometric-categorisation",
        "pass",
        "Art. 5(1)(g), Recital 30: the side letter confines the bought categorisation to "
        "labelling lawfully acquired datasets, which the ban carves out",
    ),
    (
        "g-labelling-confined-side-letter-lapses",
        D,
        NPP,
        "unknown",
        "Art. 5(1)(g): after the side letter lapses the carve-out's label does not show "
        "that the bought categorisation by sensitive traits stays within it",
    ),
    # --- (h) real-time remote biometric identification for law enforcement ---
    (
        "h-victim-search-authorisation-press-only",
        D,
        NPP,
        "unknown",
        "Art. 5(1)(h)(i), 5(3): the victim-search exception counts only with prior "
        "authorisation by a judicial or independent authority, stated only in a press "
        "release",
    ),
    (
        "h-suspects-authorisation-from-2028",
        D,
        NPP,
        "fail",
        "Art. 5(3): clause 9 lets officers search for suspects without prior "
        "authorisation, outside the urgency procedure",
    ),
    (
        "h-suspects-authorisation-from-2028",
        LATER,
        NPP,
        "pass",
        "Art. 5(1)(h)(iii), 5(2)-(5): from 1 Jan 2028 the amendment requires prior "
        "authorisation and every other condition is stated",
    ),
    (
        "h-suspects-of-any-offence",
        D,
        NPP,
        "fail",
        "Art. 5(1)(h)(iii) and Annex II: the suspects exception reaches only offences listed "
        "in Annex II punishable in the Member State concerned by a custodial sentence or "
        "detention order for a maximum period of at least four years; clause 9 allows live "
        "identification of suspects of any criminal offence",
    ),
    (
        "h-suspects-of-any-offence",
        D,
        f"{MS}/no-real-time-biometric-identification",
        "fail",
        "Art. 5(1)(h)(iii): a carve-out for suspects of any offence is wider than the "
        "objective the Act allows",
    ),
    (
        "h-gait-identification-carveout-lawful",
        D,
        NPP,
        "fail",
        "Art. 3(41), 5(1)(h): remote identification by gait is not confined to recorded "
        "footage, and the ban yields to any use the police deem lawful, beyond the three "
        "objectives",
    ),
    (
        "h-gait-identification-carveout-lawful",
        D,
        f"{MS}/no-real-time-biometric-identification",
        "fail",
        "Art. 5(1)(h): a carve-out for any lawful use is wider than the three objectives",
    ),
    (
        "m-intelligence-live-face-search",
        D,
        NPP,
        "not_applicable",
        "Art. 2(3): a national intelligence service's use exclusively for national security "
        "is outside the Act, and Art. 5(1)(h) concerns law enforcement (Art. 3(46))",
    ),
    # --- Art. 2(3): a use the pack counts as not military brings the contract in ---
    (
        "m-army-crime-prediction-by-profiling",
        D,
        NPP,
        "fail",
        "Art. 2(3), Recital 24: predicting offending by residents is policing, not a "
        "military purpose, whatever the purposes clause says; Art. 5(1)(d) prohibits it",
    ),
    # --- (ba)-(bb) intimate imagery and child sexual abuse material, from 2 Dec 2026 ---
    (
        "ba-image-ban-amendment-2027",
        "2026-12-01",
        NII,
        "unknown",
        "Art. 113(a) as amended: the prohibitions apply from 2 Dec 2026; the contract's "
        "term end is not stated and its terms on that day are silent",
    ),
    (
        "ba-image-ban-amendment-2027",
        "2026-12-02",
        NII,
        "unknown",
        "Art. 5(1)(ba)-(bb): on the day they apply, an image generator's contract is silent; "
        "the ban takes effect only on 1 Feb 2027",
    ),
    (
        "ba-image-ban-amendment-2027",
        "2027-02-01",
        NII,
        "pass",
        "Art. 5(1)(ba)-(bb): from 1 Feb 2027 the amendment prohibits both practices",
    ),
    (
        "ba-ban-waivable-by-customer",
        D,
        NII,
        "fail",
        "Art. 5(1)(ba)-(bb), 5(1a): no exception; a ban the customer may lift by notice "
        "binds it only while it chooses",
    ),
    (
        "ba-deepfake-intimate-bought",
        "2026-12-02",
        NII,
        "fail",
        "Art. 5(1)(ba), 5(1a): the statement of work buys intimate imagery of identifiable "
        "people, consent not stated, beside the ban in clause 9",
    ),
    # --- Art. 113(a): Art. 5 from 2 Feb 2025 ---
    (
        "t-manipulation-permitted-term-2024",
        "2024-09-01",
        NPP,
        "fail",
        "Art. 113(a): Art. 5 applies from 2 Feb 2025, within the term (to 30 Jun 2025), "
        "and the terms then in force permit manipulative techniques (Art. 5(1)(a))",
    ),
    (
        "t-manipulation-permitted-term-2024",
        "2025-02-02",
        NPP,
        "fail",
        "Art. 5(1)(a): on the day Art. 5 applies the contract permits manipulation",
    ),
    # --- silence ---
    (
        "s-bans-without-carveouts-stated",
        D,
        NPP,
        "unknown",
        "Art. 5(1): each practice is 'prohibited' but whether the bans carry carve-outs is "
        "not stated; silence is not compliance",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit17_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit17_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
