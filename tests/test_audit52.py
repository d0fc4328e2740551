"""Fifty-second legal-fidelity audit: the AI Act's dates, what applies on the as-of date.
Eight descriptions (tests/data/audit52/*.yaml), written blind from Regulation (EU)
2024/1689 (Arts 2, 5, 6, 16, 26, 27, 43, 49, 50, 53-55, 111 and 113) as amended by
Regulation (EU) 2026/1744 (OJ L, 24 Jul 2026, in force 27 Jul 2026: Art. 113(c) as
amended, Annex III systems from 2 Dec 2027; Art. 111(2) as replaced, legacy systems keyed
to that date, public authorities by 2 Aug 2030; new Art. 111(4)) and from how
public-sector AI contracts are drafted, then run through the real CLI and read as counsel
would.

The contracts: a tax administration's agent-coaching analytics with workplace emotion
recognition, signed in October 2024 and taken out only from 1 March 2025; a drafting
assistant on a general-purpose model placed on the market in March 2025 (Art. 111(3)) and
its twin on a model placed in September 2025 that copies the same transition; a criminal
police office's post-event face search in service since 2025, whose matching model is
replaced in April 2028; a city's CV-screening pilot that ends, even as extended, before its
Chapter III duties fall due; an employment agency's benefit-eligibility system in service
since 2025, bound by 2 Aug 2030, whose amendment moves the date to 31 Dec 2030; eu-LISA's
face-matching engine for the Entry/Exit System (Annex X) that goes live "on acceptance,
planned for Q3 2027"; and a city chatbot that goes live "in Q3 2026, on acceptance" and
marks its output only from 1 Dec 2026.

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give on
that date, and the reason (instrument, article, paragraph). Where the blind answer, written
before the tool was run, differed, the row says so and why the verdict given is the right
one.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit52"

AI = "eu-ai-act-high-risk"

#: Why no contract signed before an Art. 5 prohibition applies keeps the practice.
NO_GRANDFATHER = (
    "Art. 5(1)(f) applies from 2 Feb 2025 (Art. 113, third para, (a)); Art. 111(1) and (2) "
    "open 'without prejudice to the application of Article 5': a contract signed earlier "
    "keeps no prohibited practice"
)

#: Why a legacy high-risk system of a public authority is bound by 2 Aug 2030.
LEGACY_PUBLIC = (
    "put into service before Chapter III applies to Annex III systems (2 Dec 2027, "
    "Art. 113, third para, (c)(i) as amended by Reg. (EU) 2026/1744) and not significantly "
    "changed in design from then, the system is bound, being intended for use by a public "
    "authority, 'by 2 August 2030' (Art. 111(2) as replaced by Reg. (EU) 2026/1744; "
    "Recital 177)"
)

#: Why a pilot that ends before its Chapter III duties fall due is outside them.
PILOT_ENDS = (
    "Chapter III Sections 1-3 (Arts 6-27) apply to Annex III systems from 2 Dec 2027 "
    "(Art. 113, third para, (c)(i) as amended by Reg. (EU) 2026/1744); the tool went into "
    "service on 1 Sep 2026 with no design change, so for a public authority it is bound "
    "only by 2 Aug 2030 (Art. 111(2) as replaced), after the term"
)

CASES: list[tuple[str, str, str, str, str]] = []

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []

#: The blind answers, written before the tool was run (moved to CASES or KNOWN_WRONG with
#: their final reasons once compared).
BLIND: list[tuple[str, str, str, str, str]] = [
    # --- tax contact centre: workplace emotion recognition, signed 2024 ---
    ("emotion-workplace-2024", "2025-01-10", f"{AI}/no-prohibited-practice", "fail", NO_GRANDFATHER),
    ("emotion-workplace-2024", "2025-01-25", f"{AI}/no-prohibited-practice", "fail", "amendment signed but effective only 1 Mar 2025: 2-28 Feb gap"),
    ("emotion-workplace-2024", "2025-02-15", f"{AI}/no-prohibited-practice", "fail", "clause 2 still in force"),
    ("emotion-workplace-2024", "2025-03-15", f"{AI}/no-prohibited-practice", "pass", "amendment replaces clause 2, complete list, express ban"),
    ("emotion-workplace-2024", "2025-01-10", f"{AI}/transparency-emotion-biometric", "unknown", "Art. 50(3) from 2 Aug 2026; emotion recognition runs past it; silent"),
    ("emotion-workplace-2024", "2025-03-15", f"{AI}/transparency-emotion-biometric", "not_applicable", "no emotion recognition after 1 Mar 2025"),
    # --- GPAI legacy model ---
    ("gpai-legacy-model", "2026-09-01", f"{AI}/gpai-provider-duties", "pass", "Art. 111(3)"),
    ("gpai-legacy-model", "2027-09-01", f"{AI}/gpai-provider-duties", "pass", "9.2 in force"),
    ("gpai-legacy-model", "2026-09-01", f"{AI}/compliance-timeline", "pass", "2 Aug 2027 right for legacy model"),
    ("gpai-legacy-model", "2026-09-01", f"{AI}/gpai-systemic-risk-duties", "not_applicable", "no systemic risk"),
    ("gpai-legacy-model", "2026-09-01", f"{AI}/risk-management", "not_applicable", "not high-risk"),
    # --- GPAI late model ---
    ("gpai-late-model", "2026-09-01", f"{AI}/gpai-provider-duties", "fail", "Art. 53 from placement"),
    ("gpai-late-model", "2026-09-01", f"{AI}/compliance-timeline", "fail", "defers past applicable date"),
    ("gpai-late-model", "2027-09-01", f"{AI}/gpai-provider-duties", "pass", "9.2 in force"),
    ("gpai-late-model", "2027-09-01", f"{AI}/compliance-timeline", "fail", "wrong date stays"),
    # --- police face search, upgraded 2028 ---
    ("police-rbi-upgrade", "2027-09-01", f"{AI}/conformity-assessment", "pass", "legacy, by 2030"),
    ("police-rbi-upgrade", "2028-01-01", f"{AI}/conformity-assessment", "fail", "agreed amendment, no assessment"),
    ("police-rbi-upgrade", "2028-06-01", f"{AI}/conformity-assessment", "fail", "Art. 43(4)"),
    ("police-rbi-upgrade", "2027-09-01", f"{AI}/eu-database-registration", "pass", "by 2030"),
    ("police-rbi-upgrade", "2028-06-01", f"{AI}/eu-database-registration", "fail", "Art. 49"),
    ("police-rbi-upgrade", "2027-09-01", f"{AI}/annex-iii-timeline", "pass", LEGACY_PUBLIC),
    ("police-rbi-upgrade", "2028-06-01", f"{AI}/annex-iii-timeline", "fail", "changed: duties from 1 Apr 2028"),
    ("police-rbi-upgrade", "2028-06-01", f"{AI}/risk-management", "pass", "commitment stated"),
    # --- city CV pilot ---
    ("recruitment-pilot-ends", "2027-03-01", f"{AI}/risk-management", "not_applicable", PILOT_ENDS),
    ("recruitment-pilot-ends", "2027-03-01", f"{AI}/fundamental-rights-impact-assessment", "not_applicable", PILOT_ENDS),
    ("recruitment-pilot-ends", "2027-03-01", f"{AI}/workplace-information", "not_applicable", PILOT_ENDS),
    ("recruitment-pilot-ends", "2027-03-01", f"{AI}/conformity-assessment", "unknown", "unsettled Section 5"),
    ("recruitment-pilot-ends", "2027-09-01", f"{AI}/risk-management", "not_applicable", "extension: still legacy"),
    ("recruitment-pilot-ends", "2027-09-01", f"{AI}/fundamental-rights-impact-assessment", "not_applicable", "extension: still legacy"),
    ("recruitment-pilot-ends", "2027-03-01", f"{AI}/ai-literacy", "unknown", "Art. 4 since 2 Feb 2025, silent"),
    # --- employment agency, legacy to 2030 ---
    ("welfare-legacy-2030", "2026-01-01", f"{AI}/annex-iii-timeline", "pass", "original Art. 111(2): same 2030 date"),
    ("welfare-legacy-2030", "2028-06-01", f"{AI}/annex-iii-timeline", "pass", LEGACY_PUBLIC),
    ("welfare-legacy-2030", "2028-12-01", f"{AI}/annex-iii-timeline", "fail", "agreed amendment 31 Dec 2030"),
    ("welfare-legacy-2030", "2029-06-01", f"{AI}/annex-iii-timeline", "fail", "31 Dec 2030 in force"),
    ("welfare-legacy-2030", "2028-06-01", f"{AI}/risk-management", "pass", "commitment"),
    ("welfare-legacy-2030", "2028-06-01", f"{AI}/fundamental-rights-impact-assessment", "pass", "Art. 27 by 2030"),
    ("welfare-legacy-2030", "2028-06-01", f"{AI}/deployer-duties", "pass", "Art. 26"),
    # --- eu-LISA EES engine, go-live on acceptance ---
    ("ees-matcher-on-acceptance", "2027-03-01", f"{AI}/annex-iii-timeline", "unknown", "go-live unknown: 111(1) or 111(2)"),
    ("ees-matcher-on-acceptance", "2028-01-01", f"{AI}/annex-iii-timeline", "unknown", "still unknown"),
    ("ees-matcher-on-acceptance", "2027-03-01", f"{AI}/risk-management", "pass", "commitment"),
    ("ees-matcher-on-acceptance", "2027-03-01", f"{AI}/conformity-assessment", "unknown", "go-live unknown: before use?"),
    # --- city chatbot, Q3 2026 ---
    ("chatbot-q3-2026", "2026-03-01", f"{AI}/transparency-marking", "unknown", "go-live unknown, 111(4)"),
    ("chatbot-q3-2026", "2026-07-01", f"{AI}/transparency-marking", "unknown", "go-live unknown, 111(4)"),
    ("chatbot-q3-2026", "2026-09-15", f"{AI}/transparency-marking", "unknown", "go-live unknown, 111(4)"),
    ("chatbot-q3-2026", "2026-12-15", f"{AI}/transparency-marking", "pass", "marking in force"),
    ("chatbot-q3-2026", "2026-09-15", f"{AI}/transparency", "pass", "50(1) at go-live"),
]
