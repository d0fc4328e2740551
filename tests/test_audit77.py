"""Seventy-seventh legal-fidelity audit: the day at the edge. Eight descriptions
(tests/data/audit77/*.yaml), each isolating one day on which something changes, each read
on the day before, the day itself and the day after (the as-of date of each row), written
blind from the law and from the vocabulary's stated meanings (docs/vocabulary.md:
``term.start`` is the first day of the term and ``term.end`` its last; a clause's or
source's ``effective`` is its first day and ``expires`` its last, inclusive), across the
four built-in packs.

Counting. Where a contract counts a period it says how (clause 21 of the chatbot contract
adopts Regulation (EEC, Euratom) No 1182/71: the day of the event is not counted,
Art. 3(1), second subparagraph; a period in days ends with the last hour of its last day,
Art. 3(2)(b); one whose last day is a Saturday, Sunday or public holiday ends with the last
hour of the next working day, Art. 3(4)); where it gives a date on which a term "ends" or
"no longer applies from", the reading follows Art. 4(2)-(3) of that Regulation by analogy
(a provision whose cessation is fixed at a date ceases at the end of that day; one that
applies, or stops applying, "from" a date does so from its beginning); the leap-day term is
counted under German law, which governs it (BGB ss. 187(2), 188(2)-(3); Art. 3(2)(c) of
Regulation 1182/71 gives the same day). The AI Act's dates: Art. 113, third paragraph,
points (a) (Chapters I-II, Art. 5, from 2 Feb 2025; Art. 5(1)(ba)-(bb) from 2 Dec 2026, as
amended by Regulation (EU) 2026/1744) and (b) (Chapter V from 2 Aug 2025), Art. 113, second
paragraph (Art. 50 from 2 Aug 2026), point (c)(i) as amended (Chapter III Sections 1-3 for
Annex III systems from 2 Dec 2027), Art. 111(2) as replaced by Regulation (EU) 2026/1744
(systems placed on the market or put into service before that date), Art. 111(3) (models
placed before 2 Aug 2025) and Art. 111(4) (generative systems placed before 2 Aug 2026:
Art. 50(2) from 2 Dec 2026); legal notes EUAI-02, EUAI-16, EUAI-19, EUAI-21.

The cases: a surveillance ban "up to and including 31 December 2027" renewed by a side
letter "from 1 January 2028" (no gap); a no-training clause that "expires on 31 December
2027" renewed "from 2 January 2028" (a one-day gap); a police contract whose live
face-identification ban "ends on 30 June 2027" and whose surveillance ban "no longer applies
from 30 June 2027", with statements of work buying each practice from the next day; a
chatbot contract terminated on 30 days' notice received on 2 July 2026, whose period ends
on Monday 3 August (its last day a Saturday), after Art. 50 applies; a one-year term from
29 February 2028 with a licence that outlives the surveillance ban; a credit-scoring
system whose go-live an amendment signed on 25 October 2027 moves from 1 to 2 December
2027, the day Chapter III applies (Art. 111(2)); an image-generator pilot that was to end
on 1 December 2026 and was extended on that day; and a general-purpose model placed on the
market on 2 August 2025 whose provider's Art. 53 undertaking takes effect on 3 August.

Each row: file, as-of date, rule, the verdict counsel gives, and the reason (instrument,
article, paragraph, or the contract's clause that decides). The 55 answers were written and
committed before the tool was run on these descriptions. On the first run 53 matched and two
did not, both on the leap-day contract the day after its term (1 Mar 2029):

- explicit-ban and ban-not-waivable came out unknown where counsel fails both: the ban
  lapsed with the term while the perpetual licence for any lawful purpose survives, limited
  only by the law, for a federal criminal police office. The tool waited on the data
  categories (the description, like many contracts, lists none) to decide whether the
  pack applies at all (definition surveillance-nexus): the office's uses, document search
  and translation, concern no one, and a contract whose data and uses were listed in full
  as non-personal was read as confined to them (definition no-person-data), so the pack
  was not applicable. A grant of any lawful use buys every use the law permits, whatever
  the lists say, and confines nothing (as art5-uses-confined in the EU AI Act pack already
  read it): no-person-data now requires that no such grant is stated, and the pack applies
  to a law-enforcement customer holding one. With the lists complete the same contract
  was not applicable, a wrong not_applicable that hid the lapse of the ban; the new
  fixtures of explicit-ban show both.

No off-by-one was found: every first day (effective, term.start, a duty's first day, a
system placed on the market or put into service on the transition day) and every last day
(expires, term.end, a term extended on its last day, a period ending on the next working
day) was read as counsel reads it, on the day before, the day itself and the day after. No
row is a known wrong.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit77"

MS = "no-mass-surveillance"
DR = "data-residency"
EU = "eu-ai-act-high-risk"

#: Why the last day of a term counts.
LAST_DAY = (
    "a term's 'expires' is its last day, inclusive (docs/vocabulary.md), and a term binds "
    "through the whole of its last day (Reg. (EEC, Euratom) No 1182/71, Art. 4(3), by "
    "analogy: cessation fixed at a date occurs at the expiry of the last hour of that day)"
)
#: Why the first day of a term counts.
FIRST_DAY = (
    "a term's 'effective' is its first day (docs/vocabulary.md): it binds from the "
    "beginning of that day (Reg. (EEC, Euratom) No 1182/71, Art. 4(2), by analogy)"
)
#: The chatbot's last day.
NOTICE = (
    "notice received Thu 2 Jul 2026; clause 21 adopts Reg. 1182/71: the day of receipt is "
    "not counted (Art. 3(1), second subpara), day 30 is Sat 1 Aug (Art. 3(2)(b)), and a "
    "period ending on a Saturday ends with the following working day, Mon 3 Aug 2026 "
    "(Art. 3(4)): the contract runs on 2 and 3 Aug 2026"
)
#: The leap-day term's last day.
LEAP = (
    "a year from and including 29 Feb 2028 ends with the day before the corresponding day of "
    "2029, which does not exist, so with the last day of February: 28 Feb 2029 (BGB "
    "ss. 187(2), 188(2)-(3); Reg. 1182/71, Art. 3(2)(c), second sentence)"
)
#: The credit system's status under Art. 111(2).
NOT_LEGACY = (
    "amendment 1 (signed 25 Oct 2027) puts the system into service on 2 Dec 2027, the day "
    "Chapter III applies to Annex III systems (Art. 113, third para, (c)(i) as amended by "
    "Reg. (EU) 2026/1744): not 'before' it, so Art. 111(2), first sentence, as replaced, "
    "does not defer the Regulation, which binds it from its first day"
)
LEGACY = (
    "before amendment 1 was signed (25 Oct 2027) the contract puts the system into service "
    "on 1 Dec 2027, before Chapter III applies to Annex III systems (2 Dec 2027, Art. 113, "
    "third para, (c)(i) as amended), with no change of design and no public-authority "
    "deployer: Art. 111(2), first sentence, as replaced by Reg. (EU) 2026/1744, leaves it "
    "outside the Regulation until its design changes significantly"
)

CASES: list[tuple[str, str, str, str, str]] = [
    # --- A. Surveillance ban to 31 Dec 2027, side letter from 1 Jan 2028: no gap ---
    (
        "surveillance-ban-side-letter-no-gap",
        "2027-12-10",
        f"{MS}/explicit-ban",
        "pass",
        "clause 7 bans mass surveillance unconditionally, no exception, not waivable, and the "
        "complete list of uses buys none (legal notes MS-01 PASS); the side letter is not "
        "yet signed and changes nothing",
    ),
    (
        "surveillance-ban-side-letter-no-gap",
        "2027-12-31",
        f"{MS}/explicit-ban",
        "pass",
        f"31 Dec 2027 is clause 7's last day: {LAST_DAY}; the ban binds (MS-01 PASS)",
    ),
    (
        "surveillance-ban-side-letter-no-gap",
        "2028-01-01",
        f"{MS}/explicit-ban",
        "pass",
        f"clause 7 has lapsed and side letter 1, signed by both as clause 20 requires, binds "
        f"from this day: {FIRST_DAY}; it restates the same unconditional, non-waivable ban "
        "(MS-01 PASS); no day is left without a ban",
    ),
    (
        "surveillance-ban-side-letter-no-gap",
        "2028-01-02",
        f"{MS}/explicit-ban",
        "pass",
        "side letter 1 binds for the rest of the term (MS-01 PASS)",
    ),
    (
        "surveillance-ban-side-letter-no-gap",
        "2027-12-31",
        f"{MS}/ban-not-waivable",
        "pass",
        "clause 7, in force on its last day: 'The Agency may not waive this clause' (MS-01, MS-16)",
    ),
    (
        "surveillance-ban-side-letter-no-gap",
        "2028-01-01",
        f"{MS}/ban-not-waivable",
        "pass",
        "side letter 1, in force from this day, states the agency may not waive its ban "
        "(MS-01, MS-16)",
    ),
    (
        "surveillance-ban-side-letter-no-gap",
        "2028-01-02",
        f"{MS}/ban-not-waivable",
        "pass",
        "side letter 1: the ban is not waivable (MS-01, MS-16)",
    ),
    # --- B. No-training clause expires 31 Dec 2027, side letter from 2 Jan 2028: a gap ---
    (
        "training-ban-side-letter-gap",
        "2027-12-19",
        f"{DR}/training-on-customer-data",
        "pass",
        "clause 9 forbids training on customer data, prompts or outputs with no carve-out "
        "(GDPR Art. 28(3)(a), 28(10); the rule's pass); side letter 2 is not yet signed",
    ),
    (
        "training-ban-side-letter-gap",
        "2027-12-31",
        f"{DR}/training-on-customer-data",
        "pass",
        f"clause 9 'expires on 31 December 2027': {LAST_DAY}; it binds on this day",
    ),
    (
        "training-ban-side-letter-gap",
        "2028-01-01",
        f"{DR}/training-on-customer-data",
        "unknown",
        "clause 9 lapsed at the end of 31 Dec 2027 and side letter 2 binds only from 2 Jan "
        "2028 (its 'effective', the first day): on 1 Jan 2028 no term forbids or permits "
        "training, and silence is unknown (the GDPR regulates rather than forbids training, "
        "so no law fills the gap); a pass here would read a ban in force a day it is not",
    ),
    (
        "training-ban-side-letter-gap",
        "2028-01-02",
        f"{DR}/training-on-customer-data",
        "pass",
        f"side letter 2, signed by both as clause 20 requires: {FIRST_DAY}; it restates the "
        "ban with no carve-out",
    ),
    # --- C. Police: RBI ban ends on 30 Jun 2027; surveillance ban no longer from 30 Jun ---
    (
        "police-bans-end-on-and-from",
        "2027-06-29",
        f"{MS}/no-real-time-biometric-identification",
        "pass",
        "clause 7 forbids real-time identification in publicly accessible places, "
        "unconditionally and not waivable, and the uses bought (clause 2: post-event search "
        "of recorded footage) are not real-time (AI Act Art. 3(42)-(43) as definitions; "
        "legal notes MS-07 PASS); SOW 2 is not yet in force",
    ),
    (
        "police-bans-end-on-and-from",
        "2027-06-30",
        f"{MS}/no-real-time-biometric-identification",
        "pass",
        f"clause 7 'ends on 30 June 2027': {LAST_DAY}; SOW 2's live matching starts only on "
        "1 Jul 2027 (MS-07 PASS)",
    ),
    (
        "police-bans-end-on-and-from",
        "2027-07-01",
        f"{MS}/no-real-time-biometric-identification",
        "fail",
        "clause 7 has lapsed and SOW 2, in force from this day, buys live face matching of "
        "every spectator entering the stadium, a publicly accessible space (Art. 3(42), "
        "(44) as definitions; legal notes MS-07 FAIL)",
    ),
    (
        "police-bans-end-on-and-from",
        "2027-06-29",
        f"{MS}/explicit-ban",
        "pass",
        "clause 8 'no longer applies from 30 June 2027': it applies until the end of 29 June "
        "(Reg. 1182/71, Art. 4(2), by analogy: a change 'from' a date takes effect at the "
        "beginning of that day), so this is its last day; unconditional, not waivable, and "
        "the uses bought are targeted (MS-01 PASS)",
    ),
    (
        "police-bans-end-on-and-from",
        "2027-06-30",
        f"{MS}/explicit-ban",
        "fail",
        "from the beginning of 30 June clause 8 no longer applies, and SOW 3, in force from "
        "this day, buys tracking of every pedestrian and vehicle across the camera network "
        "with no suspect named: untargeted surveillance of the population (legal notes "
        "MS-01 FAIL); a pass would read the ban as in force the day its own words end it",
    ),
    (
        "police-bans-end-on-and-from",
        "2027-07-01",
        f"{MS}/explicit-ban",
        "fail",
        "no surveillance ban is in force and SOW 3 (kept by SOW 2's list) buys city-wide "
        "untargeted tracking (MS-01 FAIL)",
    ),
    (
        "police-bans-end-on-and-from",
        "2027-06-29",
        f"{MS}/ban-not-waivable",
        "pass",
        "clause 8, on its last day: the department may not waive it (MS-01, MS-16)",
    ),
    (
        "police-bans-end-on-and-from",
        "2027-06-30",
        f"{MS}/ban-not-waivable",
        "fail",
        "no ban binds and the contract buys mass surveillance (SOW 3): whatever a ban's "
        "qualities, none rules the purchase out (MS-01 FAIL)",
    ),
    # --- D. Chatbot terminated on 30 days' notice received 2 Jul 2026 ---
    (
        "chatbot-notice-ends-monday",
        "2026-08-01",
        f"{EU}/transparency",
        "unknown",
        f"{NOTICE}; Art. 50(1) binds the provider from 2 Aug 2026 (Art. 113), within the "
        "term, and the contract is silent on telling residents they deal with an AI system "
        "(legal notes EUAI-16 UNKNOWN); not applicable would hide a duty on the contract's "
        "last two days",
    ),
    (
        "chatbot-notice-ends-monday",
        "2026-08-02",
        f"{EU}/transparency",
        "unknown",
        f"Art. 50(1) applies from this day (Art. 113) and the contract still runs ({NOTICE}); "
        "it is silent on disclosure (EUAI-16 UNKNOWN)",
    ),
    (
        "chatbot-notice-ends-monday",
        "2026-08-03",
        f"{EU}/transparency",
        "unknown",
        "the contract's last day (Reg. 1182/71, Art. 3(4)); Art. 50(1) applies and the "
        "contract is silent on disclosure (EUAI-16 UNKNOWN)",
    ),
    (
        "chatbot-notice-ends-monday",
        "2026-08-04",
        f"{EU}/transparency",
        "unknown",
        "the contract ended at the end of 3 Aug 2026, having run on two days on which "
        "Art. 50(1) applied; whether the chatbot told residents it was an AI system then "
        "the contract does not say (EUAI-16 UNKNOWN)",
    ),
    (
        "chatbot-notice-ends-monday",
        "2026-08-01",
        f"{EU}/transparency-marking",
        "not_applicable",
        "the chatbot, a generative system, was placed on the market on 1 Oct 2025, before "
        "2 Aug 2026: Art. 111(4) (inserted by Reg. (EU) 2026/1744) defers Art. 50(2) to "
        f"2 Dec 2026, after the contract ends on 3 Aug 2026 ({NOTICE})",
    ),
    (
        "chatbot-notice-ends-monday",
        "2026-08-03",
        f"{EU}/transparency-marking",
        "not_applicable",
        "Art. 50(2) binds the chatbot only from 2 Dec 2026 (Art. 111(4)); the contract ends "
        "on this day",
    ),
    # --- E. One year from 29 Feb 2028; the licence outlives the surveillance ban ---
    (
        "leap-day-licence-term",
        "2028-02-28",
        f"{MS}/explicit-ban",
        "pass",
        "signed on 15 Feb 2028, the term starts tomorrow; clause 7 bans mass surveillance "
        "unconditionally, notwithstanding the licence (clause 5), not waivable, and the "
        "uses bought are document search and translation (MS-01 PASS)",
    ),
    (
        "leap-day-licence-term",
        "2028-02-29",
        f"{MS}/explicit-ban",
        "pass",
        "the term's first day (term.start): clause 7 binds (MS-01 PASS)",
    ),
    (
        "leap-day-licence-term",
        "2029-02-27",
        f"{MS}/explicit-ban",
        "pass",
        f"{LEAP}; 27 Feb 2029 is within the term and clause 7 binds (MS-01 PASS)",
    ),
    (
        "leap-day-licence-term",
        "2029-02-28",
        f"{MS}/explicit-ban",
        "pass",
        f"{LEAP}; the term's last day is a day it runs, and clause 7 binds on it (MS-01 PASS)",
    ),
    (
        "leap-day-licence-term",
        "2029-03-01",
        f"{MS}/explicit-ban",
        "fail",
        "the term ended on 28 Feb 2029 and clause 7 with it; the perpetual licence for any "
        "lawful purpose (clause 5) survives with no surveillance carve-out, for a "
        "law-enforcement customer (legal notes MS-01 FAIL: a lawful-use grant with no "
        "surveillance carve-out). The first run said unknown, waiting on the data "
        "categories to decide whether the pack applies: a grant of any lawful use confines "
        "nothing (definition no-person-data, fixed)",
    ),
    (
        "leap-day-licence-term",
        "2029-02-28",
        f"{MS}/ban-not-waivable",
        "pass",
        "clause 7, on the term's last day: the office may not waive it (MS-01, MS-16)",
    ),
    (
        "leap-day-licence-term",
        "2029-03-01",
        f"{MS}/ban-not-waivable",
        "fail",
        "no ban survives the term while the licence for any lawful purpose does: the office "
        "is free of any ban (MS-01 FAIL). The first run said unknown, as for explicit-ban",
    ),
    (
        "leap-day-licence-term",
        "2029-03-01",
        f"{DR}/training-on-customer-data",
        "pass",
        "clause 9 survives the end of the Agreement (clause 16; UNIDROIT Principles 2016, "
        "Art. 7.3.5(3)): no training on the office's data, no carve-out",
    ),
    # --- F. Credit scoring; amendment 1 moves go-live from 1 to 2 Dec 2027 ---
    (
        "credit-go-live-moved-to-dec-2",
        "2027-10-24",
        f"{EU}/risk-management",
        "not_applicable",
        LEGACY,
    ),
    (
        "credit-go-live-moved-to-dec-2",
        "2027-10-31",
        f"{EU}/risk-management",
        "pass",
        f"amendment 1 is agreed and takes effect on 1 Nov 2027, before the duty applies: "
        f"{NOT_LEGACY}; clause 11 commits the provider to an Art. 9 risk-management system "
        "from 2 Dec 2027 (legal notes EUAI-04 PASS); not applicable would hide a duty",
    ),
    (
        "credit-go-live-moved-to-dec-2",
        "2027-11-01",
        f"{EU}/risk-management",
        "pass",
        f"amendment 1's first day: {NOT_LEGACY}; clause 11 meets Art. 9 (EUAI-04 PASS)",
    ),
    (
        "credit-go-live-moved-to-dec-2",
        "2027-12-01",
        f"{EU}/risk-management",
        "pass",
        f"the day before Chapter III applies: {NOT_LEGACY}; clause 11 meets Art. 9 from "
        "2 Dec 2027 (EUAI-04 PASS)",
    ),
    (
        "credit-go-live-moved-to-dec-2",
        "2027-12-02",
        f"{EU}/risk-management",
        "pass",
        f"Chapter III applies (Art. 113(c)(i)) and the system goes live: {NOT_LEGACY}; "
        "clause 11 meets Art. 9 (EUAI-04 PASS)",
    ),
    (
        "credit-go-live-moved-to-dec-2",
        "2027-10-24",
        f"{EU}/logging-and-retention",
        "not_applicable",
        LEGACY,
    ),
    (
        "credit-go-live-moved-to-dec-2",
        "2027-11-01",
        f"{EU}/logging-and-retention",
        "unknown",
        f"{NOT_LEGACY}; the contract is silent on Art. 12 logging and Arts 19, 26(6) "
        "retention (legal notes EUAI-07 UNKNOWN)",
    ),
    (
        "credit-go-live-moved-to-dec-2",
        "2027-12-02",
        f"{EU}/logging-and-retention",
        "unknown",
        f"{NOT_LEGACY}; silent on logging (EUAI-07 UNKNOWN)",
    ),
    (
        "credit-go-live-moved-to-dec-2",
        "2027-10-24",
        f"{EU}/fundamental-rights-impact-assessment",
        "not_applicable",
        LEGACY,
    ),
    (
        "credit-go-live-moved-to-dec-2",
        "2027-12-02",
        f"{EU}/fundamental-rights-impact-assessment",
        "unknown",
        f"{NOT_LEGACY}; a deployer of an Annex III point 5(b) system assesses fundamental "
        "rights before first use (Art. 27(1)), and the contract is silent on it (legal "
        "notes EUAI-15 UNKNOWN)",
    ),
    (
        "credit-go-live-moved-to-dec-2",
        "2027-10-24",
        f"{EU}/annex-iii-timeline",
        "not_applicable",
        LEGACY,
    ),
    (
        "credit-go-live-moved-to-dec-2",
        "2027-12-02",
        f"{EU}/annex-iii-timeline",
        "pass",
        f"{NOT_LEGACY}; clause 11 schedules the Annex III duties from 2 Dec 2027, no later "
        "than Art. 113(c)(i) (legal notes EUAI-21 PASS)",
    ),
    # --- G. Image-generator pilot to 1 Dec 2026, extended on that day ---
    (
        "image-pilot-extended-on-last-day",
        "2026-11-30",
        f"{EU}/no-intimate-imagery-practice",
        "not_applicable",
        "as agreed on 30 Nov 2026 the pilot ends on 1 Dec 2026 (its last day), before "
        "Art. 5(1)(ba)-(bb) apply on 2 Dec 2026 (Art. 113, third para, (a) as amended by "
        "Reg. (EU) 2026/1744): the contract never meets the prohibition; the extension is "
        "not yet agreed",
    ),
    (
        "image-pilot-extended-on-last-day",
        "2026-12-01",
        f"{EU}/no-intimate-imagery-practice",
        "unknown",
        "amendment 1, signed and in force this day, runs the pilot to 31 Mar 2027, past "
        "2 Dec 2026: an image generator whose contract says nothing of safeguards against "
        "intimate imagery of identifiable persons or child sexual abuse material; whether "
        "such output is a foreseeable outcome the system lacks reasonable safeguards "
        "against (Art. 5(1a)) is not stated (legal notes EUAI-02 UNKNOWN); not applicable "
        "would ignore a term agreed on the day read",
    ),
    (
        "image-pilot-extended-on-last-day",
        "2026-12-02",
        f"{EU}/no-intimate-imagery-practice",
        "unknown",
        "Art. 5(1)(ba)-(bb) apply from this day and the extended pilot runs; the contract "
        "is silent on safeguards (Art. 5(1a); EUAI-02 UNKNOWN)",
    ),
    (
        "image-pilot-extended-on-last-day",
        "2026-11-30",
        f"{EU}/transparency-marking",
        "not_applicable",
        "the generator was placed on the market before 2 Aug 2026, so Art. 50(2) binds it "
        "from 2 Dec 2026 (Art. 111(4), inserted by Reg. (EU) 2026/1744), after the pilot "
        "ends on 1 Dec 2026 as agreed on this day",
    ),
    (
        "image-pilot-extended-on-last-day",
        "2026-12-01",
        f"{EU}/transparency-marking",
        "unknown",
        "extended this day to 31 Mar 2027, the pilot runs when Art. 50(2) binds it "
        "(2 Dec 2026, Art. 111(4)); the contract is silent on marking generated images "
        "(legal notes EUAI-16 UNKNOWN)",
    ),
    (
        "image-pilot-extended-on-last-day",
        "2026-12-02",
        f"{EU}/transparency-marking",
        "unknown",
        "Art. 50(2) applies to the generator from this day (Art. 111(4)); silent on marking "
        "(EUAI-16 UNKNOWN)",
    ),
    # --- H. GPAI model placed 2 Aug 2025; the Art. 53 undertaking from 3 Aug 2025 ---
    (
        "gpai-placed-aug-2-undertaking-aug-3",
        "2025-07-14",
        f"{EU}/gpai-provider-duties",
        "unknown",
        "the model is placed on the market on 2 Aug 2025, not before, so Art. 111(3) does "
        "not reach it and Art. 53 binds the vendor from 2 Aug 2025 (Art. 113(b)); before "
        "amendment 1 the contract is silent on it (legal notes EUAI-19 UNKNOWN)",
    ),
    (
        "gpai-placed-aug-2-undertaking-aug-3",
        "2025-08-01",
        f"{EU}/gpai-provider-duties",
        "unknown",
        "Art. 53 binds from 2 Aug 2025 (the model's first day on the market, Art. 113(b); "
        "Art. 111(3) covers only models placed before that day), and on that day no term "
        "states the vendor's undertaking: amendment 1 takes effect on 3 Aug 2025 (legal "
        "notes EUAI-19 UNKNOWN); a pass would read the model as placed 'before' 2 Aug or the "
        "undertaking as in force a day early",
    ),
    (
        "gpai-placed-aug-2-undertaking-aug-3",
        "2025-08-02",
        f"{EU}/gpai-provider-duties",
        "unknown",
        "Chapter V applies and the model is on the market; amendment 1 is signed but not in "
        "force until tomorrow: the contract is silent on Art. 53 this day (EUAI-19 UNKNOWN)",
    ),
    (
        "gpai-placed-aug-2-undertaking-aug-3",
        "2025-08-03",
        f"{EU}/gpai-provider-duties",
        "pass",
        f"amendment 1: {FIRST_DAY}; the vendor, established in Ireland (no Art. 54 "
        "representative needed), meets Art. 53 and gives the Annex XII information (EUAI-19 "
        "PASS)",
    ),
]

#: Rows the tool cannot yet get right.
KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit77_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit77_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
