"""Tenth legal-fidelity audit: every dated provision a built-in rule reads, at its boundary
(the day before, the day of and the day after, with the legacy and placed-before variants
and contracts whose term or clauses straddle the date), and the scope of the AI Act (Art. 2,
gate G-1 of the legal notes) with the role shifts of Art. 25. Each contract is the smallest
that isolates one point, run through the real CLI (tests/data/audit10/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (article, paragraph, point). A PASS here must rest on terms in force on that
date, binding in rank and not contradicted by what the contract buys; silence is unknown.
Where the tool cannot yet give that verdict, the row sits in KNOWN_WRONG as a strict xfail
with the reason and where a fix belongs.

How dates are read (docs/writing-rule-packs.md, section 9): a duty that applies from a
later day is judged before that day on the terms that will be in force while it applies,
unless the contract's term ends before it (then not applicable: the contract is never
bound); once the duty applies, on the terms in force on the assessment date. The last day
of a term, and a clause's effective and expires dates, count as days the term is in force.

AI Act (Regulation (EU) 2024/1689 as amended by Regulation (EU) 2026/1744): Art. 5 from
2 Feb 2025 (Art. 113(a)); Chapter V from 2 Aug 2025 (Art. 113(b)), for a model placed on
the market before that day from 2 Aug 2027 (Art. 111(3)); Art. 50 from 2 Aug 2026, for a
generative system placed on the market before that day from 2 Dec 2026 (Art. 111(4));
Art. 5(1)(ba)-(bb) from 2 Dec 2026 (Art. 113(a) as amended); Chapter III for Annex III
systems from 2 Dec 2027 (Art. 113(c)(i)), for Annex I systems from 2 Aug 2028
(Art. 113(c)(ii)); legacy systems (Art. 111(2), as replaced by Regulation (EU) 2026/1744:
placed before the date Chapter III applies to them, no longer before 2 Aug 2026). GDPR
Chapter V: the dated adequacy decisions (Safe Harbour, Privacy Shield, the Data Privacy
Framework, the United Kingdom), the transition of Decision (EU) 2021/914, Art. 4(4), and the
EU-UK Trade and Cooperation Agreement, Art. FINPROV.10A(1) (from 1 Jan to 27 Jun 2021
transmission to the UK is not a transfer to a third country).

Scope: Art. 2(4) (third-country authorities and international organisations, only for the
use made under law-enforcement and judicial cooperation), purposes stated only in a press
report, Recital 24 (a military system put to law-enforcement use by an amendment), and
Art. 25(1)(b)-(c) with Art. 111(2) (a substantial modification or a change of intended
purpose ends a legacy system's transition).
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit10"

EU = "eu-ai-act-high-risk"
DR = "data-residency"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- Art. 5(1)(a)-(h): 2 Feb 2025 (Art. 113(a)) ---
    (
        "t5-scoring-ends-0201",
        "2025-02-01",
        f"{EU}/no-prohibited-practice",
        "not_applicable",
        "Art. 113(a): Art. 5 applies from 2 Feb 2025; the contract that permits social "
        "scoring (Art. 5(1)(c)) ends on 1 Feb 2025, so the ban never binds it",
    ),
    (
        "t5-scoring-ends-0202",
        "2025-02-01",
        f"{EU}/no-prohibited-practice",
        "fail",
        "Art. 5(1)(c), Art. 113(a): the term's last day is 2 Feb 2025, the day the ban "
        "applies, and on that day the contract still permits social scoring",
    ),
    (
        "t5-scoring-ban-from-0203",
        "2025-02-02",
        f"{EU}/no-prohibited-practice",
        "fail",
        "Art. 5(1)(c): on 2 Feb 2025 clause 2 still permits social scoring; the amendment "
        "that bans it takes effect a day late",
    ),
    (
        "t5-scoring-ban-from-0203",
        "2025-02-03",
        f"{EU}/no-prohibited-practice",
        "pass",
        "Art. 5(1)(a)-(h): from 3 Feb 2025 the amendment replaces clause 2 and bans every "
        "practice without exception or waiver",
    ),
    (
        "t5-scoring-no-term",
        "2025-02-01",
        f"{EU}/no-prohibited-practice",
        "unknown",
        "Art. 113(a): the ban applies tomorrow and the contract permits social scoring, but "
        "it states no term, so whether it still runs on 2 Feb 2025 is unknown (silence "
        "decides nothing)",
    ),
    (
        "t5-scoring-no-term",
        "2025-02-02",
        f"{EU}/no-prohibited-practice",
        "fail",
        "Art. 5(1)(c): on the day the ban applies, the terms in force permit social scoring",
    ),
    # --- Art. 50(2): 2 Aug 2026; 2 Dec 2026 for systems placed before (Art. 111(4)) ---
    (
        "t50-new-ends-0801",
        "2026-08-01",
        f"{EU}/transparency-marking",
        "not_applicable",
        "Art. 113: Art. 50 applies from 2 Aug 2026, after the term ends on 1 Aug 2026",
    ),
    (
        "t50-new-placed-0802",
        "2026-08-02",
        f"{EU}/transparency-marking",
        "fail",
        "Art. 50(2): a generator placed on the market on 2 Aug 2026 is not placed 'before' "
        "that day, so Art. 111(4) gives it no grace; the provider refuses to mark output",
    ),
    (
        "t50-placement-unstated-ends-1130",
        "2026-08-05",
        f"{EU}/transparency-marking",
        "fail",
        "Art. 50(2), Art. 111(4): the grace to 2 Dec 2026 is for the provider to establish; "
        "the contract does not say the generator was on the market before 2 Aug 2026, so "
        "the duty applies from that day, within the term, and marking is refused (the "
        "verdict notes what stating the day would change)",
    ),
    (
        "t50-placement-unspecified-ends-1130",
        "2026-08-05",
        f"{EU}/transparency-marking",
        "unknown",
        "Art. 111(4): the contract leaves the day of placement open; placed before "
        "2 Aug 2026, the duty would start after the term ends on 30 Nov 2026, placed later "
        "it binds now, so the verdict depends on that day",
    ),
    (
        "t50-legacy-ends-1201",
        "2026-12-01",
        f"{EU}/transparency-marking",
        "not_applicable",
        "Art. 111(4) as amended: a generator placed on the market on 1 Aug 2026 marks its "
        "output by 2 Dec 2026, after the term ends on 1 Dec 2026",
    ),
    (
        "t50-legacy-ends-1202",
        "2026-12-01",
        f"{EU}/transparency-marking",
        "fail",
        "Art. 111(4) as amended: the term's last day is 2 Dec 2026, the day the legacy "
        "generator must mark its output, and the provider refuses to",
    ),
    (
        "t50-legacy-silent",
        "2026-12-02",
        f"{EU}/transparency-marking",
        "unknown",
        "Art. 50(2), Art. 111(4): the duty binds the legacy generator from today; the "
        "contract is silent on marking",
    ),
    (
        "t50-legacy-silent",
        "2026-12-03",
        f"{EU}/transparency-marking",
        "unknown",
        "Art. 50(2): the day after, silence is still unknown, never pass",
    ),
    (
        "t50-legacy-marking-from-1203",
        "2026-12-01",
        f"{EU}/transparency-marking",
        "unknown",
        "Art. 111(4): the duty binds from 2 Dec 2026, but the marking commitment takes "
        "effect on 3 Dec; on 2 Dec the contract is silent",
    ),
    (
        "t50-legacy-marking-from-1203",
        "2026-12-03",
        f"{EU}/transparency-marking",
        "pass",
        "Art. 50(2): from 3 Dec 2026 the amendment commits the provider to mark output",
    ),
    # --- Art. 5(1)(ba)-(bb): 2 Dec 2026 (Art. 113(a) as amended by Reg. 2026/1744) ---
    (
        "t5ba-permitted-ends-1201",
        "2026-12-01",
        f"{EU}/no-intimate-imagery-practice",
        "not_applicable",
        "Art. 113(a) as amended: Art. 5(1)(ba)-(bb) apply from 2 Dec 2026, after the term "
        "ends on 1 Dec 2026",
    ),
    (
        "t5ba-permitted-ends-1202",
        "2026-12-01",
        f"{EU}/no-intimate-imagery-practice",
        "fail",
        "Art. 5(1)(ba), 5(1a): on the term's last day, 2 Dec 2026, the usage terms still "
        "permit intimate imagery of real people",
    ),
    (
        "t5ba-silent",
        "2026-12-02",
        f"{EU}/no-intimate-imagery-practice",
        "unknown",
        "Art. 5(1)(ba)-(bb): an image generator whose contract is silent on both practices "
        "the day they are prohibited",
    ),
    (
        "t5ba-ban-expires-1201",
        "2026-11-30",
        f"{EU}/no-intimate-imagery-practice",
        "unknown",
        "Art. 5(1)(ba)-(bb): the side letter's ban lapses on 1 Dec 2026, the day before "
        "the prohibitions apply; from then the contract is silent",
    ),
    # --- Chapter V: 2 Aug 2025; 2 Aug 2027 for models placed before (Art. 111(3)) ---
    (
        "tg-new-placed-0802",
        "2025-08-02",
        f"{EU}/gpai-provider-duties",
        "fail",
        "Art. 53(1)(a)-(b), Art. 113(b): a model placed on the market on 2 Aug 2025 is not "
        "placed 'before' it (Art. 111(3)); the documentation is refused",
    ),
    (
        "tg-legacy-ends-0801",
        "2027-08-01",
        f"{EU}/gpai-provider-duties",
        "not_applicable",
        "Art. 111(3): a model placed on the market on 1 Jul 2025 complies by 2 Aug 2027, "
        "after the term ends on 1 Aug 2027",
    ),
    (
        "tg-legacy-ends-0802",
        "2027-08-01",
        f"{EU}/gpai-provider-duties",
        "fail",
        "Art. 111(3), Art. 53(1)(a)-(b): the term's last day is 2 Aug 2027, when the legacy "
        "model's provider must comply, and it refuses the documentation",
    ),
    (
        "tg-legacy-silent",
        "2027-08-02",
        f"{EU}/gpai-provider-duties",
        "unknown",
        "Art. 111(3): the legacy model's duties bind from today; the contract is silent on "
        "the Annex XI and XII documentation",
    ),
    # --- Chapter III, Annex III: 2 Dec 2027 (Art. 113(c)(i) as amended) ---
    (
        "t3-hr-ends-1201",
        "2027-12-01",
        f"{EU}/human-oversight",
        "not_applicable",
        "Art. 113(c)(i) as amended: Art. 14 binds Annex III systems from 2 Dec 2027, after "
        "the term ends on 1 Dec 2027",
    ),
    (
        "t3-hr-ends-1202",
        "2027-12-01",
        f"{EU}/human-oversight",
        "fail",
        "Art. 14(4)(d): on the term's last day, 2 Dec 2027, no one may override the CV "
        "screening's ranking (Annex III point 4(a))",
    ),
    (
        "t3-hr-silent",
        "2027-12-01",
        f"{EU}/human-oversight",
        "unknown",
        "Art. 113(c)(i) as amended: the day before Art. 14 applies, a contract that runs "
        "past it and is silent on oversight is not failed for the missing term, nor passed: "
        "unknown, with the day the duty applies from",
    ),
    (
        "t3-hr-silent",
        "2027-12-02",
        f"{EU}/human-oversight",
        "unknown",
        "Art. 14, Art. 26(2): the day Chapter III applies, a contract silent on oversight "
        "is unknown",
    ),
    (
        "t3-hr-silent",
        "2027-12-03",
        f"{EU}/human-oversight",
        "unknown",
        "Art. 14: the day after, silence is still unknown, never pass",
    ),
    (
        "t3-hr-extended",
        "2027-03-01",
        f"{EU}/human-oversight",
        "fail",
        "Art. 14(4)(d), Art. 113(c)(i) as amended: from 1 Mar 2027 the amendment runs the "
        "contract to 2029, past 2 Dec 2027, and no one may override the ranking",
    ),
    (
        "t3-hr-terminated-early",
        "2027-01-01",
        f"{EU}/human-oversight",
        "not_applicable",
        "Art. 113(c)(i) as amended: from 1 Jan 2027 the amendment ends the term on "
        "30 Jun 2027, before Art. 14 binds Annex III systems on 2 Dec 2027",
    ),
    (
        "t3-hr-oversight-expires-1201",
        "2027-11-30",
        f"{EU}/human-oversight",
        "unknown",
        "Art. 14, Art. 26(2): the oversight commitment lapses on 1 Dec 2027, the day before "
        "the duty applies; from then the contract is silent",
    ),
    (
        "t3-hr-oversight-expires-1202",
        "2027-11-30",
        f"{EU}/human-oversight",
        "unknown",
        "Art. 14, Art. 26(2): read before the duty applies on every period of terms while "
        "it applies: the side letter covers 2 Dec 2027 only, and from 3 Dec the contract "
        "is silent",
    ),
    (
        "t3-hr-oversight-expires-1202",
        "2027-12-02",
        f"{EU}/human-oversight",
        "pass",
        "Art. 14(4)(d)-(e), Art. 26(2): once the duty applies, the terms in force on the "
        "assessment date govern, and the side letter applies through its last day (the "
        "verdict notes that it ends today)",
    ),
    (
        "t3-hr-oversight-expires-1202",
        "2027-12-03",
        f"{EU}/human-oversight",
        "unknown",
        "Art. 14: the day after the side letter ends, the contract is silent on oversight",
    ),
    (
        "t3-hr-oversight-from-1202",
        "2027-12-01",
        f"{EU}/human-oversight",
        "pass",
        "Art. 14(4)(d)-(e), Art. 26(2): the amendment takes effect on 2 Dec 2027, the day "
        "the duty applies, and meets it",
    ),
    # --- Chapter III, Annex I: 2 Aug 2028 (Art. 113(c)(ii) as amended) ---
    (
        "t1-product-ends-0801",
        "2028-08-01",
        f"{EU}/annex-i-product-requirements",
        "not_applicable",
        "Art. 113(c)(ii) as amended: Arts 16-17 bind an Art. 6(1) system from 2 Aug 2028, "
        "after the term ends on 1 Aug 2028",
    ),
    (
        "t1-product-ends-0802",
        "2028-08-01",
        f"{EU}/annex-i-product-requirements",
        "fail",
        "Arts 16(c) and 17: on the term's last day, 2 Aug 2028, the provider disclaims a "
        "quality-management system",
    ),
    (
        "t1-product-legacy-private",
        "2028-09-01",
        f"{EU}/annex-i-product-requirements",
        "not_applicable",
        "Art. 111(2), first sentence, reaches every high-risk system, Art. 6(1) ones too: a "
        "safety component put into service on 1 Jun 2025, unchanged, that no public "
        "authority uses, is outside the Regulation until its design changes significantly",
    ),
    # --- Art. 111(2): legacy systems ---
    (
        "tl-public-ends-0801",
        "2030-08-01",
        f"{EU}/risk-management",
        "not_applicable",
        "Art. 111(2), second sentence: a public authority's system put into service on "
        "1 Aug 2026, unchanged, complies by 2 Aug 2030, after the term ends on 1 Aug 2030",
    ),
    (
        "tl-public-ends-0802",
        "2030-08-01",
        f"{EU}/risk-management",
        "fail",
        "Art. 111(2), second sentence, Art. 9: the term's last day is 2 Aug 2030 and risk "
        "management is disclaimed",
    ),
    (
        "tl-public-put-0802",
        "2028-01-15",
        f"{EU}/risk-management",
        "not_applicable",
        "Art. 111(2) as replaced by Reg. (EU) 2026/1744, Art. 1(39)(a): the cut-off is the "
        "date Chapter III applies (2 Dec 2027 for Annex III, Art. 113(c)(i)), no longer "
        "2 Aug 2026; put into service on 2 Aug 2026 and unchanged, the public authority's "
        "system complies by 2 Aug 2030 (second sentence), after the term ends on 1 Aug 2030",
    ),
    (
        "tl-public-change-unstated",
        "2028-01-15",
        f"{EU}/risk-management",
        "unknown",
        "Art. 111(2) as replaced: in service before 2 Dec 2027, but whether its design "
        "changed is not stated; 2 Dec 2027 or 2 Aug 2030 then, one inside and one after the "
        "term",
    ),
    (
        "tl-private-put-0801",
        "2028-01-15",
        f"{EU}/risk-management",
        "not_applicable",
        "Art. 111(2), first sentence, as replaced: a company's system in service before "
        "2 Dec 2027 and unchanged is outside the Regulation until its design changes "
        "significantly",
    ),
    (
        "tl-private-put-0802",
        "2028-01-15",
        f"{EU}/risk-management",
        "not_applicable",
        "Art. 111(2), first sentence, as replaced by Reg. (EU) 2026/1744, Art. 1(39)(a): "
        "the cut-off is the date Chapter III applies (2 Dec 2027 for Annex III, "
        "Art. 113(c)(i)), no longer 2 Aug 2026; a company's system put into service on "
        "2 Aug 2026 and unchanged is outside the Regulation until its design changes",
    ),
    (
        "tl-private-redesign-2028",
        "2027-06-01",
        f"{EU}/risk-management",
        "fail",
        "Art. 111(2), first sentence: before Chapter III applies, the duty is read on the "
        "terms in force while it applies; from 1 Jun 2028 the amendment changes the design "
        "significantly and risk management is disclaimed",
    ),
    (
        "tl-private-redesign-2028",
        "2028-05-31",
        f"{EU}/risk-management",
        "not_applicable",
        "Art. 111(2), first sentence: once Chapter III applies, the terms in force on the "
        "assessment date govern, and on 31 May 2028 the design is stated unchanged",
    ),
    (
        "tl-private-redesign-2028",
        "2028-06-01",
        f"{EU}/risk-management",
        "fail",
        "Art. 111(2), first sentence, Art. 9: from 1 Jun 2028 the design has changed "
        "significantly, so the Regulation applies and risk management is disclaimed",
    ),
    # --- the contract's own dates against the Act's (compliance-timeline) ---
    (
        "tt-annex-iii-deadline-1202",
        "2026-12-05",
        f"{EU}/annex-iii-timeline",
        "pass",
        "Art. 113(c)(i) as amended: the contract schedules the Annex III duties for "
        "2 Dec 2027, the day Chapter III applies (moved from compliance-timeline, whose "
        "Annex III part became annex-iii-timeline)",
    ),
    (
        "tt-annex-iii-deadline-1203",
        "2026-12-05",
        f"{EU}/annex-iii-timeline",
        "unknown",
        "Art. 113(c)(i) as amended: scheduled for 3 Dec 2027, a day of planned non-compliance "
        "if the contract still runs on 2 Dec 2027; it states no term, so whether it does is "
        "unknown (silence decides nothing). Moved from compliance-timeline (fail on the "
        "terms of the day): the split rule applies from 2 Dec 2027",
    ),
    (
        "tt-annex-iii-deadline-1203",
        "2027-12-05",
        f"{EU}/annex-iii-timeline",
        "fail",
        "Art. 113(c)(i) as amended: the duties apply, and the terms in force schedule them "
        "for 3 Dec 2027, a day of planned non-compliance",
    ),
    (
        "tt-annex-iii-deadline-1203",
        "2026-12-05",
        f"{EU}/compliance-timeline",
        "pass",
        "Art. 113, second paragraph, and Art. 50: a profiling system that neither talks to "
        "people nor generates content, on no general-purpose model, owes no Art. 50 or "
        "Chapter V date; its Annex III date is annex-iii-timeline's (was fail, on the "
        "Annex III part now split off)",
    ),
    (
        "tt-legacy-modified-deadline-2028",
        "2026-12-05",
        f"{EU}/annex-iii-timeline",
        "unknown",
        "Art. 111(2), Recital 177, Art. 25(1)(b): the customer substantially modifies the "
        "system, so it is not a legacy one whatever clause 2 says of its design; the duties "
        "scheduled for 1 Jun 2028 come six months after 2 Dec 2027 if the contract still "
        "runs then, which it does not say (no term). Moved from compliance-timeline (fail "
        "on the terms of the day)",
    ),
    (
        "tt-legacy-modified-deadline-2028",
        "2027-12-05",
        f"{EU}/annex-iii-timeline",
        "fail",
        "Art. 111(2), Recital 177, Art. 25(1)(b), Art. 113(c)(i): the duties apply to the "
        "substantially modified system from 2 Dec 2027, and the contract schedules them "
        "for 1 Jun 2028",
    ),
    (
        "tt-gpai-placed-0801-deadline-0802",
        "2026-12-05",
        f"{EU}/compliance-timeline",
        "pass",
        "Art. 111(3): a model placed on the market on 1 Aug 2025 complies by 2 Aug 2027, "
        "the date the contract sets",
    ),
    (
        "tt-gpai-placed-0802-deadline-0802",
        "2026-12-05",
        f"{EU}/compliance-timeline",
        "fail",
        "Art. 111(3), Art. 113(b): a model placed on 2 Aug 2025 is not placed 'before' it, "
        "so its duties bind from placement; scheduling them for 2 Aug 2027 plans two years "
        "of non-compliance",
    ),
    # --- GDPR Chapter V: dated adequacy decisions and the SCC transition ---
    (
        "dr-us-dpf-certified",
        "2023-07-09",
        f"{DR}/transfer-mechanism",
        "fail",
        "GDPR Art. 45, Decision (EU) 2023/1795: the Data Privacy Framework was adopted on "
        "10 Jul 2023; the day before, no adequacy decision covered the US",
    ),
    (
        "dr-us-dpf-certified",
        "2023-07-10",
        f"{DR}/transfer-mechanism",
        "pass",
        "Decision (EU) 2023/1795, Art. 1: from 10 Jul 2023 a certified US company is covered",
    ),
    (
        "dr-us-shield-adequacy",
        "2020-07-15",
        f"{DR}/transfer-mechanism",
        "pass",
        "Decision (EU) 2016/1250 (Privacy Shield) covered certified US companies until the "
        "Court invalidated it",
    ),
    (
        "dr-us-shield-adequacy",
        "2020-07-16",
        f"{DR}/transfer-mechanism",
        "fail",
        "C-311/18 (Schrems II), 16 Jul 2020: the Privacy Shield is invalid from the day of "
        "the judgment, and the contract names no other ground",
    ),
    (
        "dr-uk-adequacy",
        "2031-12-27",
        f"{DR}/transfer-mechanism",
        "pass",
        "GDPR Art. 45: the renewed UK decision applies until 27 Dec 2031",
    ),
    (
        "dr-uk-adequacy",
        "2031-12-28",
        f"{DR}/transfer-mechanism",
        "fail",
        "GDPR Art. 45: the day after the UK decision expires no adequacy decision covers "
        "the UK (a later renewal must be added to the data)",
    ),
    (
        "dr-old-scc-signed-0926",
        "2022-12-27",
        f"{DR}/transfer-mechanism",
        "pass",
        "Decision (EU) 2021/914, Art. 4(4): a contract concluded before 27 Sep 2021 on the "
        "2010 clauses is a safeguard until 27 Dec 2022",
    ),
    (
        "dr-old-scc-signed-0926",
        "2022-12-28",
        f"{DR}/transfer-mechanism",
        "fail",
        "Decision (EU) 2021/914, Art. 4(4): the transition has ended",
    ),
    (
        "dr-old-scc-transfer-added-2022",
        "2022-02-28",
        f"{DR}/transfer-mechanism",
        "pass",
        "Decision (EU) 2021/914, Art. 4(4): before the amendment, the only transfer rests "
        "on 2010 clauses concluded before 27 Sep 2021, unchanged",
    ),
    (
        "dr-old-scc-signed-0927",
        "2021-10-15",
        f"{DR}/transfer-mechanism",
        "fail",
        "Decision (EU) 2021/914, Art. 4(3)-(4): the 2010 clauses were repealed from "
        "27 Sep 2021; a contract concluded that day is not 'before' it",
    ),
    (
        "dr-storage-uk-brexit",
        "2020-12-31",
        f"{DR}/data-locations",
        "pass",
        "Withdrawal Agreement, Arts 126, 127 and 129(1): until the transition period ended "
        "on 31 Dec 2020, Union law applied to the United Kingdom, which was treated as a "
        "member state under the Union's agreements, the EEA Agreement included",
    ),
    (
        "dr-storage-uk-brexit",
        "2021-01-01",
        f"{DR}/data-locations",
        "fail",
        "From 1 Jan 2021 the United Kingdom is outside the EEA the default profile requires "
        "(a customer's residency requirement, not a GDPR ban)",
    ),
    (
        "dr-uk-tca-bridge",
        "2020-12-31",
        f"{DR}/transfer-mechanism",
        "not_applicable",
        "Withdrawal Agreement, Arts 126-127: until the transition period ended on 31 Dec "
        "2020 Union law applied to the United Kingdom, so sending data there was no "
        "transfer to a third country (GDPR Art. 44)",
    ),
    (
        "dr-uk-tca-bridge",
        "2021-01-01",
        f"{DR}/transfer-mechanism",
        "not_applicable",
        "EU-UK Trade and Cooperation Agreement, Art. FINPROV.10A(1): from its provisional "
        "application on 1 Jan 2021, for the specified period, transmission of personal data "
        "from the Union to the UK 'shall not be considered as transfer to a third country "
        "under Union law' (its conditions on the UK's law and designated powers assumed met)",
    ),
    (
        "dr-uk-tca-bridge",
        "2021-06-27",
        f"{DR}/transfer-mechanism",
        "not_applicable",
        "TCA Art. FINPROV.10A(1): the specified period lasts until the Commission adopts "
        "its adequacy decisions for the UK (Decision (EU) 2021/1772, 28 Jun 2021)",
    ),
    (
        "dr-uk-tca-bridge",
        "2021-06-28",
        f"{DR}/transfer-mechanism",
        "fail",
        "GDPR Arts 44-45: from 28 Jun 2021 the UK is a third country for which Decision "
        "(EU) 2021/1772 is the ground; a transfer stated to rest on none fails",
    ),
    # --- Scope: Art. 2(4), press reports, Recital 24 ---
    (
        "s-2-4-police-only",
        "2028-01-15",
        f"{EU}/risk-management",
        "not_applicable",
        "Art. 2(4): a third-country police authority using the system only for law "
        "enforcement under a cooperation agreement with adequate safeguards",
    ),
    (
        "s-2-4-alliance-police-cooperation",
        "2028-01-15",
        f"{EU}/risk-management",
        "fail",
        "Art. 2(4): an international organisation (an alliance is one) using the system "
        "only for public security (Art. 3(46)) under law-enforcement cooperation with a "
        "member state, with adequate safeguards, is outside the Act; but Art. 2(4) names only "
        "the users, and the Belgian vendor that puts the system into service in Belgium "
        "keeps its provider's duties (Art. 2(1)(a), 3(11); Recital 22), and Art. 9 is "
        "disclaimed. Was not_applicable until the provider got a scope of its own "
        "(provider-in-scope; audit 59's INTERPOL contractor)",
    ),
    (
        "s-2-4-border-and-police",
        "2028-01-15",
        f"{EU}/risk-management",
        "fail",
        "Art. 2(4) excludes only the use made in the framework of law-enforcement and "
        "judicial cooperation; border management is not law enforcement (Art. 3(46)), so "
        "the traveller risk assessment (Annex III point 7(b)) whose output Germany uses "
        "(Art. 2(1)(c)) keeps the Act, and Art. 9 is disclaimed",
    ),
    (
        "s-2-4-alliance-hr",
        "2028-01-15",
        f"{EU}/risk-management",
        "fail",
        "Art. 2(4): screening an alliance's staff (Annex III point 4(a)) is employment, not "
        "law-enforcement cooperation, whatever the contract calls it; Art. 9 disclaimed",
    ),
    (
        "s-output-in-eu-military",
        "2028-01-15",
        f"{EU}/risk-management",
        "not_applicable",
        "Art. 2(3), second subparagraph, last limb: a system not placed on the Union market "
        "whose output is used in the Union exclusively for military purposes is outside "
        "the Act, though Art. 2(1)(c) would otherwise reach it",
    ),
    (
        "s-output-in-eu-public-security",
        "2028-01-15",
        f"{EU}/risk-management",
        "unknown",
        "Art. 2(1)(c): the output of a third-country authority's identification system "
        "(Annex III point 1(a)) is used in Germany for public security, which Art. 2(3) does "
        "not exclude; Art. 2(4) could, but the contract is silent on a cooperation framework "
        "and safeguards",
    ),
    (
        "s-defence-and-humanitarian",
        "2028-01-15",
        f"{EU}/risk-management",
        "fail",
        "Art. 2(3), Recital 24: a system bought for defence and humanitarian relief is not "
        "used exclusively for excluded purposes, so the triage system (Annex III point "
        "5(d)) is in scope and Art. 9 is disclaimed",
    ),
    (
        "s-military-any-lawful-use-rbi",
        "2028-01-15",
        f"{EU}/risk-management",
        "fail",
        "Art. 2(3) excludes only systems placed on the market, put into service or used "
        "exclusively for military purposes; a contract that lets the customer put the "
        "identification system (Annex III point 1(a)) to any lawful use supplies it for "
        "non-excluded purposes too (Recital 24), whatever its purposes clause lists, and "
        "Art. 9 is disclaimed",
    ),
    (
        "s-press-purposes-only",
        "2028-01-15",
        f"{EU}/risk-management",
        "unknown",
        "Art. 2(3): the exclusively military purpose is stated only in a press report, "
        "which does not bind; the contract states no purpose, so scope is unknown",
    ),
    (
        "s-military-police-from-2028",
        "2027-06-01",
        f"{EU}/risk-management",
        "fail",
        "Recital 24: from 1 Mar 2028 the amendment puts the military system to "
        "law-enforcement use (Annex III point 6(c)), in scope for that use; read before "
        "Chapter III applies on the terms in force while it applies",
    ),
    (
        "s-military-police-from-2028",
        "2028-02-29",
        f"{EU}/risk-management",
        "not_applicable",
        "Art. 2(3): on the assessment date the terms in force confine the system to "
        "military purposes",
    ),
    (
        "s-military-police-from-2028",
        "2028-03-01",
        f"{EU}/risk-management",
        "fail",
        "Recital 24, Art. 9: from 1 Mar 2028 the law-enforcement use is in scope and risk "
        "management is disclaimed",
    ),
    # --- Rank: a transitional fact or the term's end stated only by the press ---
    (
        "tg-placed-in-press-only",
        "2026-06-01",
        f"{EU}/gpai-provider-duties",
        "fail",
        "Art. 111(3) is an exception for the provider to establish: a press report that the "
        "model was on the market in 2024 does not bind, so the duties apply from "
        "2 Aug 2025 (Art. 113(b)) and the documentation is refused (Art. 53(1)(a)-(b))",
    ),
    (
        "tl-legacy-date-in-press-only",
        "2028-01-15",
        f"{EU}/risk-management",
        "fail",
        "Art. 111(2), second sentence: only a press report says the system is a legacy one; "
        "the terms do not rely on the deferral to 2030, so Art. 9 binds from 2 Dec 2027 and "
        "risk management is disclaimed",
    ),
    (
        "t5ba-term-end-in-press-only",
        "2026-11-30",
        f"{EU}/no-intimate-imagery-practice",
        "unknown",
        "Art. 113(a) as amended: only a press report says the contract ends before "
        "2 Dec 2026; the terms state no end, so whether the ban will bind it is unknown",
    ),
    (
        "t5ba-term-end-in-press-only",
        "2026-12-02",
        f"{EU}/no-intimate-imagery-practice",
        "fail",
        "Art. 5(1)(ba), 5(1a): the binding terms permit intimate imagery of real people on "
        "the day the ban applies; a press report that the contract has ended does not "
        "override them",
    ),
    # --- Roles: Art. 25(1)(b)-(c) and the legacy transition of Art. 111(2) ---
    (
        "r-legacy-substantially-modified",
        "2028-01-15",
        f"{EU}/risk-management",
        "fail",
        "Art. 111(2), first sentence, Recital 177: the customer substantially modifies the "
        "system (Art. 25(1)(b)), a significant change in design whatever clause 2 says, so "
        "the legacy exemption ends and Art. 9 is disclaimed",
    ),
    (
        "r-legacy-rebranded",
        "2028-01-15",
        f"{EU}/risk-management",
        "not_applicable",
        "Art. 25(1)(a) makes the customer that puts its name on the system its provider, "
        "but a new name is no change in design: Art. 111(2), first sentence, still leaves "
        "the unchanged legacy system outside the Regulation",
    ),
    (
        "r-legacy-public-repurposed",
        "2028-01-15",
        f"{EU}/risk-management",
        "fail",
        "Art. 25(1)(c), Art. 3(23): the agency changes the chatbot's intended purpose to a "
        "benefits-eligibility use (Annex III point 5(a)) and becomes its provider; that is a "
        "substantial modification, so Art. 111(2) does not defer it to 2030",
    ),
    (
        "t3-hr-extended",
        "2026-12-05",
        f"{EU}/human-oversight",
        "fail",
        "Art. 14(4)(d), Art. 113(c)(i) as amended: the amendment already signed extends the "
        "term to 2029 before it would end on 30 Jun 2027, so Art. 14 binds the contract from "
        "2 Dec 2027 and the override is refused: the term's end is read over the later "
        "periods of terms, not on the assessment date's terms alone",
    ),
    (
        "t3-hr-terminated-early",
        "2026-12-05",
        f"{EU}/human-oversight",
        "not_applicable",
        "Art. 113(c)(i) as amended: the amendment already signed ends the term on "
        "30 Jun 2027, so Art. 14 (from 2 Dec 2027) never binds the contract, though the "
        "terms in force on the assessment date run to 2029",
    ),
    (
        "tl-public-redesign-2028",
        "2027-06-01",
        f"{EU}/risk-management",
        "fail",
        "Art. 111(2): from 1 Jun 2028 the amendment changes the design significantly, so "
        "the public system loses the 2 Aug 2030 deferral and Art. 9 binds it from that day, "
        "within the term (its private twin, tl-private-redesign-2028, fails on this date "
        "too): a transition is read on each later period of terms, not only on those in "
        "force on the assessment date",
    ),
    (
        "dr-old-scc-transfer-added-2022",
        "2022-06-01",
        f"{DR}/transfer-mechanism",
        "fail",
        "Decision (EU) 2021/914, Art. 4(3)-(4): the transfer to Brazil rests on 2010 "
        "clauses concluded by an amendment of 1 Mar 2022, after their repeal, and the "
        "transition holds only while the processing operations remain unchanged, which the "
        "amendment ends for the contract (the rule reads when the term stating each "
        "transfer's clauses took effect: term_from)",
    ),
]

# Verdicts the law gives that the tool does not reach yet, because the fix needs the engine:
# each is a strict xfail, so that it fails the suite the day the tool gets it right.
KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit10_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit10_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
