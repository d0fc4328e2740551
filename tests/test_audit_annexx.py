"""Legal-fidelity audit of AI Act Art. 111(1): AI systems that are components of the
large-scale IT systems established by the legal acts listed in Annex X (SIS, VIS, Eurodac,
EES, ETIAS, ECRIS-TCN, the interoperability framework) placed on the market or put into
service before 2 Aug 2027 are brought into compliance by 31 Dec 2030, without prejudice to
Art. 5. Regulation (EU) 2026/1744 left the paragraph as it was (its Art. 1, point (39),
replaced Art. 111(2) and added Art. 111(4)). Each contract the smallest that isolates one
point, run through the real CLI (tests/data/audit_annexx/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). "By 31 December 2030" is read like the other
dates of Art. 111: the system must comply on that day, so a term that ends on 30 Dec 2030
is never bound and one that ends on 31 Dec 2030 is. Before that day a contract whose term
runs past it is judged ahead on the terms that will then bind it (the pack's reading of
dates, docs/writing-rule-packs.md section 9).

The cases: an ETIAS component placed on 1 Aug 2027 with terms ending on 30 and on
31 Dec 2030; an EES component placed on 2 Aug 2027 (outside the paragraph, within
Art. 111(2) as replaced, whose cut-off is now the Chapter III date, 2 Dec 2027); an EES
component placed before the cut-off, judged before and after 31 Dec 2030, with its
compliance schedule; a border system stated not to be an Annex X component; a Schengen
Information System component whose contract leaves real-time remote biometric
identification open (Art. 5 is not deferred); silence on the membership where it decides
the verdict, where it does not (a term past both dates; a recruitment tool), and silence on
the placing date; a legacy ETIAS component no public authority deploys (Art. 111(2), first
sentence, does not reach it) and a legacy VIS component of a border authority (31 Dec 2030,
not the 2 Aug 2030 of Art. 111(2)).
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit_annexx"

EU = "eu-ai-act-high-risk"
LOGS = f"{EU}/logging-and-retention"
D = "2028-06-01"

CASES: list[tuple[str, str, str, str, str]] = [
    (
        "etias-0801-ends-1230",
        D,
        LOGS,
        "not_applicable",
        "AI Act Art. 111(1), first subparagraph, and Annex X point 5: an ETIAS component placed "
        "on 1 Aug 2027 is brought into compliance by 31 Dec 2030, after the term ends on "
        "30 Dec 2030, so Arts 19(1) and 26(6) never bind this contract",
    ),
    (
        "etias-0801-ends-1231",
        D,
        LOGS,
        "fail",
        "Art. 111(1): the component must comply on 31 Dec 2030, the term's last day; the logs "
        "the contract keeps three months then fall short of the six months of Arts 19(1) and "
        "26(6)",
    ),
    (
        "etias-0801-ends-1231",
        "2030-12-31",
        LOGS,
        "fail",
        "Art. 111(1): on 31 Dec 2030 the duty binds the component; three months of logs breach "
        "Arts 19(1) and 26(6)",
    ),
    (
        "ees-0802-ends-1230",
        D,
        LOGS,
        "fail",
        "Art. 111(1) reaches components placed before 2 Aug 2027 only; one placed on that day "
        "is within Art. 111(2) as replaced by Reg. (EU) 2026/1744 (placed before 2 Dec 2027, "
        "Art. 113(c)(i)): the border authority's system is bound from 2 Aug 2030 if its "
        "design stays unchanged, from 2 Dec 2027 if not, either within the term ending "
        "30 Dec 2030; three months of logs breach Arts 19(1), 26(6)",
    ),
    (
        "ees-2027-03-long",
        "2029-06-01",
        LOGS,
        "fail",
        "Art. 111(1) and Annex X point 4: before 31 Dec 2030 the EES component is not yet "
        "bound, but its term runs past that day, and the terms that will then bind keep logs "
        "three months (Arts 19(1), 26(6))",
    ),
    (
        "ees-2027-03-long",
        "2031-01-15",
        LOGS,
        "fail",
        "Art. 111(1): from 31 Dec 2030 the EES component must meet Arts 19(1) and 26(6); three "
        "months of logs fall short",
    ),
    (
        "ees-2027-03-long",
        "2029-06-01",
        f"{EU}/annex-iii-timeline",
        "pass",
        "Art. 111(1): the contract schedules the Annex III duties for 31 Dec 2030, the date by "
        "which an Annex X component placed before 2 Aug 2027 must comply; no deferral (moved "
        "from compliance-timeline, whose Annex III part became annex-iii-timeline)",
    ),
    (
        "border-not-annex-x",
        D,
        LOGS,
        "fail",
        "Art. 113, third paragraph, point (c)(i) as amended: a border system stated not to be "
        "a component of an Annex X system has no Art. 111(1) deferral; the Annex III duties "
        "apply from 2 Dec 2027, and three months of logs breach Arts 19(1), 26(6)",
    ),
    (
        "border-not-annex-x",
        D,
        f"{EU}/annex-iii-timeline",
        "fail",
        "Art. 113(c)(i) as amended: scheduling the Annex III duties for 31 Dec 2030 defers them "
        "past 2 Dec 2027 for a system that is not an Annex X component (Art. 111(1) does not "
        "apply) (moved from compliance-timeline, whose Annex III part became "
        "annex-iii-timeline)",
    ),
    (
        "border-not-annex-x",
        D,
        f"{EU}/compliance-timeline",
        "pass",
        "Art. 113: no Art. 50 or Chapter V date concerns the border system (was fail, on the "
        "Annex III part now split off into annex-iii-timeline)",
    ),
    (
        "sis-rbi-police",
        "2027-06-01",
        f"{EU}/no-prohibited-practice",
        "fail",
        "Art. 111(1) opens 'without prejudice to the application of Article 5': a Schengen "
        "Information System component (Annex X point 1) gets no deferral of Art. 5(1)(h), in "
        "force since 2 Feb 2025 (Art. 113, point (a)); the contract leaves real-time remote "
        "biometric identification in public spaces for law enforcement open",
    ),
    (
        "sis-rbi-police",
        "2027-06-01",
        f"{EU}/risk-management",
        "not_applicable",
        "Art. 111(1): the SIS component placed on 1 Jan 2026 is brought into compliance by "
        "31 Dec 2030, after the term ends on 30 Jun 2029; Art. 9 never binds this contract",
    ),
    (
        "border-silent-short",
        D,
        LOGS,
        "unknown",
        "Art. 111(1): a border authority's identification system placed on 1 Mar 2027 may be a "
        "component of an Annex X system (SIS, VIS, EES, ETIAS...); if it is, the duty binds "
        "from 31 Dec 2030, after the term (30 Jun 2030), and if not from 2 Dec 2027: the "
        "contract does not say which",
    ),
    (
        "border-silent-long",
        "2031-06-01",
        LOGS,
        "fail",
        "Art. 111(1) and Art. 113(c)(i): whether or not the system is an Annex X component, "
        "the duty binds by 31 Dec 2030 and the term runs to 2032; silence on the membership "
        "does not decide, and three months of logs breach Arts 19(1), 26(6)",
    ),
    (
        "recruitment-silent",
        D,
        LOGS,
        "unknown",
        "A company's recruitment tool (Annex III point 4(a)) is not used in the areas of the "
        "Annex X systems, so silence on Annex X raises no Art. 111(1) question; but placed on "
        "1 Mar 2027, before 2 Dec 2027, it is within Art. 111(2) as replaced by Reg. (EU) "
        "2026/1744 (Art. 113(c)(i)), outside the Regulation unless its design changes "
        "significantly, which the contract does not state (three months of logs would "
        "breach Arts 19(1), 26(6))",
    ),
    (
        "ees-placing-silent",
        D,
        LOGS,
        "unknown",
        "Art. 111(1): an EES component is deferred to 31 Dec 2030 only if placed on the market "
        "or put into service before 2 Aug 2027; the contract does not say when, and the term "
        "ends on 30 Jun 2030, so the date decides whether the duty ever binds",
    ),
    (
        "etias-carrier-legacy",
        "2031-03-01",
        LOGS,
        "fail",
        "Art. 111(2) applies to high-risk systems 'other than the systems referred to in "
        "paragraph 1': an ETIAS component placed in 2025 is not left outside the Regulation by "
        "its unchanged design and a private deployer, but must comply by 31 Dec 2030 "
        "(Art. 111(1)); three months of logs breach Arts 19(1), 26(6)",
    ),
    (
        "vis-legacy-public",
        D,
        LOGS,
        "not_applicable",
        "Art. 111(1) and Annex X point 2: a VIS component placed in 2025 complies by "
        "31 Dec 2030, not by the 2 Aug 2030 of Art. 111(2), second sentence, which excludes "
        "the systems of paragraph 1; the term ends on 31 Oct 2030, before it is bound",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit_annexx_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit_annexx_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
