"""Twenty-second legal-fidelity audit: terms in time, each contract the smallest that isolates
one point, with two realistic ones, run through the real CLI (tests/data/audit22/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). A PASS here must rest on terms in force on that
date, binding in rank and not contradicted by what the contract buys; silence is unknown.
Where the tool cannot yet give that verdict, the row sits in KNOWN_WRONG as a strict xfail
with the reason and where a fix belongs.

Duties performed once, by a day the contract states (effective.due, system.put_into_service):
the fundamental-rights impact assessment "prior to deploying" the system (Regulation (EU)
2024/1689, Art. 27(1)), registration "before placing on the market or putting into service"
and before use by a public authority (Art. 49(1), (3); Art. 26(8)) and the conformity
assessment before placing on the market or putting into service (Arts 16(f), 43), all
applying to Annex III systems from 2 Dec 2027 (Art. 113(c)(i) as amended by Regulation (EU)
2026/1744). Probed: the go-live day before, on and after the assessment date; an amendment
that adds or drops the commitment before, on or after that day; a side letter lapsing
before or after it; the day stated only by a press report, or only by an amendment not yet
in force on it, or by no term at all; the contract's term ending before it, and extended by
an amendment; go-live before and on the day Chapter III applies (Art. 111(2) as replaced by
Regulation (EU) 2026/1744, first and second sentences).

Contract terms dated after the assessment date are not yet agreed then (a contract binds from
the parties' agreement; what they sign later cannot be what the contract said on an earlier
day, whatever effect it gives itself between them): a retroactive amendment signed after the
assessment date, one signed before it with effect earlier still, a side letter signed after
it, an annex dated with the contract; press reports dated after the assessment date decide
nothing either way.

Duties the built-in rules read as continuing, and rightly do not read `due`: the Annex IV
technical documentation is "drawn up before that system is placed on the market or put into
service and shall be kept up-to-date" (Art. 11(1)) and kept for ten years (Art. 18(1)), so a
commitment dropped after go-live fails it; and the Art. 6(3) derogation relied on for a
system that profiles (Art. 6(3), last subparagraph) breaks the classification rule while the
system is used, not once at go-live.

Found and fixed (compliance/engine/evaluate.py): where the assessment date is before the
duty applies (2 Dec 2027), the rule was read on the worst period of terms from that day on,
not on the terms in force on the go-live day, so an amendment that adds the commitment
before go-live, or drops it after, or a side letter that lapses after go-live, was read as a
fail (a stated go-live day on or after the duty's first day now decides); and a contract
whose term ends before go-live was read on its terms, not as never bound (now not
applicable). Then, where the go-live day is before the assessment date, the rule read
today's terms, not those in force on the day the duty fell due, so an assessment, use
registration or conformity assessment committed to only after go-live (or by an amendment
signed after it with retroactive effect) passed: a duty performed once is now read on the
terms agreed and in force on the day it fell due as well as on today's, the worse verdict
counting (today's terms still decide every pass; a commitment dropped since still fails, as
the assessment is kept up to date while the system is used, Art. 27(2)).
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit22"

AI = "eu-ai-act-high-risk"
FRIA = f"{AI}/fundamental-rights-impact-assessment"
REG = f"{AI}/eu-database-registration"
CA = f"{AI}/conformity-assessment"
TD = f"{AI}/technical-documentation"
#: Before Chapter III applies to Annex III systems (2 Dec 2027).
EARLY = "2027-06-01"
#: After it applies, before the go-live day (1 Jun 2028) of the small contracts.
NOW = "2027-12-15"
#: After the go-live day.
AFTER = "2028-10-01"

A27 = "AI Act Art. 27(1): the assessment is performed prior to deploying the system"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- the go-live day before, on and after the assessment date ---
    (
        "fria-due-committed",
        NOW,
        FRIA,
        "pass",
        f"{A27}; clause 14 requires it, and nothing changes it before go-live on 1 Jun 2028",
    ),
    (
        "fria-due-committed",
        "2028-06-01",
        FRIA,
        "pass",
        f"{A27}; on the go-live day itself clause 14 requires it",
    ),
    (
        "fria-due-committed",
        "2028-09-01",
        FRIA,
        "pass",
        f"{A27}; the system went into service under clause 14, which required it",
    ),
    # --- an amendment adding the commitment before, on, after the go-live day ---
    (
        "fria-adds-before-due",
        NOW,
        FRIA,
        "pass",
        f"{A27}; the amendment signed in May 2027 requires it from 1 Mar 2028, before go-live "
        "on 1 Jun 2028: read on the terms in force on the day it falls due (effective.due)",
    ),
    (
        "fria-adds-before-due",
        "2028-04-01",
        FRIA,
        "pass",
        f"{A27}; the amendment in force since 1 Mar 2028 requires it",
    ),
    (
        "fria-adds-on-due",
        NOW,
        FRIA,
        "pass",
        f"{A27}; the amendment takes effect on 1 Jun 2028, the go-live day: the terms in force "
        "on that day require the assessment before the system is used",
    ),
    (
        "fria-adds-after-due",
        NOW,
        FRIA,
        "fail",
        f"{A27}; on the go-live day (1 Jun 2028) clause 14 still rules it out: the amendment "
        "that requires it takes effect only on 1 Sep 2028",
    ),
    (
        "fria-adds-after-due",
        EARLY,
        FRIA,
        "fail",
        f"{A27}; from 2 Dec 2027 (Art. 113(c)(i)) to 1 Sep 2028, go-live included, clause 14 "
        "rules it out",
    ),
    # --- an amendment dropping the commitment before, after the go-live day ---
    (
        "fria-drops-before-due",
        EARLY,
        FRIA,
        "fail",
        f"{A27}; the amendment drops it from 1 Mar 2028, before go-live on 1 Jun 2028",
    ),
    (
        "fria-drops-before-due",
        NOW,
        FRIA,
        "fail",
        f"{A27}; on the go-live day the amendment in force since 1 Mar 2028 rules it out",
    ),
    (
        "fria-drops-after-due",
        NOW,
        FRIA,
        "pass",
        f"{A27}; on the go-live day clause 14 still requires it: the amendment that drops it "
        "takes effect on 1 Sep 2028, after the assessment was due (effective.due)",
    ),
    # --- side letters lapsing ---
    (
        "fria-side-letter-lapses-before-due",
        NOW,
        FRIA,
        "fail",
        f"{A27}; the side letter that requires it lapses on 31 Mar 2028, and on the go-live "
        "day (1 Jun 2028) clause 14 rules it out",
    ),
    (
        "fria-side-letter-lapses-after-due",
        NOW,
        FRIA,
        "pass",
        f"{A27}; the side letter in force on the go-live day (until 31 Dec 2028) requires it",
    ),
    # --- the day stated by no term, or only by one not in force on it ---
    (
        "fria-due-press-only",
        NOW,
        FRIA,
        "unknown",
        f"{A27}; only a press report dates go-live (1 Jun 2028), and a press report is no term "
        "of the contract: whether go-live falls before the amendment that drops the assessment "
        "(1 Sep 2028) is unknown",
    ),
    (
        "fria-due-press-after",
        NOW,
        FRIA,
        "unknown",
        f"{A27}; as fria-due-press-only: a press report dated after the assessment date keeps "
        "its place, deciding nothing",
    ),
    (
        "fria-due-stated-late",
        NOW,
        FRIA,
        "unknown",
        f"{A27}; amendment 1 drops it from 1 Mar 2028; the go-live day is stated only by "
        "amendment 2, not in force before 1 Aug 2028, so no term in force on that day states it "
        "and which terms bind at go-live is unknown",
    ),
    (
        "fria-due-stated-late",
        "2028-09-01",
        FRIA,
        "fail",
        f"{A27}; the terms in force rule it out (amendment 1) and go-live (1 Jun 2028) is past",
    ),
    (
        "fria-undated-no-change",
        NOW,
        FRIA,
        "pass",
        f"{A27}; no term dates go-live, but no later term changes the commitment either",
    ),
    (
        "fria-undated-drops",
        NOW,
        FRIA,
        "unknown",
        f"{A27}; clause 14 requires it until 1 Mar 2028, the amendment rules it out from then, "
        "and no term says when the system goes into service",
    ),
    (
        "fria-undated-adds",
        NOW,
        FRIA,
        "fail",
        f"{A27}; clause 14, in force now, rules the assessment out, and no term says the system "
        "will not go into service before the amendment requiring it takes effect (1 Mar 2028)",
    ),
    (
        "fria-undated-drops",
        "2028-04-01",
        FRIA,
        "fail",
        f"{A27}; the amendment in force rules it out, and no term says the system went into "
        "service before it took effect",
    ),
    # --- the contract's term against the go-live day ---
    (
        "fria-term-extended",
        NOW,
        FRIA,
        "fail",
        f"{A27}; the signed extension carries the term past go-live on 1 Jun 2028, and on that "
        "day the amendment in force since 1 Feb 2028 rules the assessment out",
    ),
    # --- the Chapter III date against the go-live day ---
    (
        "fria-legacy-public",
        "2028-03-01",
        FRIA,
        "not_applicable",
        "AI Act Art. 111(2), second sentence (as replaced by Regulation (EU) 2026/1744): a "
        "high-risk system put into service (1 Oct 2027) before Chapter III applies to it "
        "(2 Dec 2027), not changed significantly, and used by public authorities complies by "
        "2 Aug 2030, after the contract ends (31 Dec 2029)",
    ),
    (
        "fria-legacy-public",
        "2028-03-01",
        REG,
        "not_applicable",
        "AI Act Art. 111(2), second sentence: registration too is owed only by 2 Aug 2030, "
        "after the contract ends",
    ),
    (
        "fria-go-live-on-ch3",
        EARLY,
        FRIA,
        "fail",
        f"{A27}; go-live on 2 Dec 2027 is not before the day Chapter III applies, so Art. "
        "111(2) does not defer the duty, and clause 14 rules the assessment out",
    ),
    (
        "fria-bank-legacy",
        "2028-03-01",
        FRIA,
        "not_applicable",
        "AI Act Art. 111(2), first sentence: a bank's credit scoring put into service before "
        "2 Dec 2027 and not changed significantly in design since is outside the Regulation; "
        "no public authority uses it",
    ),
    (
        "fria-bank-adds-before-due",
        NOW,
        FRIA,
        "pass",
        "AI Act Art. 27(1), second limb (Annex III 5(b)): the bank's assessment is required by "
        "the amendment in force from 1 Mar 2028, before go-live on 1 Jun 2028",
    ),
    # --- contract terms dated after the assessment date ---
    (
        "fria-retro-amendment",
        "2028-01-10",
        FRIA,
        "fail",
        f"{A27}; on 10 Jan 2028 the amendment was not yet signed (20 Jan 2028): its "
        "retroactive effect from 1 Dec 2027 cannot make it a term on that day, and clause 14 "
        "rules the assessment out",
    ),
    (
        "fria-retro-amendment",
        "2028-02-01",
        FRIA,
        "pass",
        f"{A27}; once signed, the amendment in force (from 1 Dec 2027) requires it",
    ),
    (
        "fria-amend-effective-earlier",
        NOW,
        FRIA,
        "pass",
        f"{A27}; the amendment signed on 1 Nov 2027 with effect from 1 Sep 2027 is in force",
    ),
    (
        "fria-amend-effective-earlier",
        "2027-10-01",
        FRIA,
        "fail",
        f"{A27}; on 1 Oct 2027 the amendment was not yet signed; its earlier effective date "
        "does not make it a term then, and clause 14 rules the assessment out",
    ),
    (
        "fria-side-letter-dated-after",
        "2028-01-31",
        FRIA,
        "fail",
        f"{A27}; the side letter is dated 1 Feb 2028, not yet agreed on 31 Jan 2028",
    ),
    (
        "fria-side-letter-dated-after",
        "2028-02-01",
        FRIA,
        "pass",
        f"{A27}; from its date the side letter prevails over clause 14 and requires it",
    ),
    (
        "fria-annex-contract-date",
        NOW,
        FRIA,
        "pass",
        f"{A27}; annex B, dated with the contract (15 Jan 2027), is contract terms",
    ),
    (
        "fria-press-dated-after",
        NOW,
        FRIA,
        "unknown",
        f"{A27}; the contract is silent; a press report (dated 1 Feb 2028) is no term, and "
        "silence is not compliance",
    ),
    # --- registration and conformity assessment ---
    (
        "reg-use-adds-before-due",
        NOW,
        REG,
        "pass",
        "AI Act Art. 49(3), Art. 26(8): the amendment in force from 1 Mar 2028 requires the "
        "ministry to register its use before go-live on 1 Jun 2028",
    ),
    (
        "reg-use-side-letter-lapses",
        NOW,
        REG,
        "fail",
        "AI Act Art. 49(3), Art. 26(8): the side letter that requires the use registration "
        "lapses on 31 Mar 2028; on go-live (1 Jun 2028) clause 11 rules it out",
    ),
    (
        "ca-drops-after-due",
        NOW,
        CA,
        "pass",
        "AI Act Arts 16(f), 43(2): the conformity assessment precedes putting into service; "
        "clause 9 requires it on go-live (1 Jun 2028), the amendment that drops it takes "
        "effect only on 1 Sep 2028",
    ),
    (
        "ca-retro-amendment",
        "2028-01-10",
        CA,
        "fail",
        "AI Act Arts 16(f), 43: the amendment that requires the assessment is signed on "
        "20 Jan 2028; on 10 Jan 2028 clause 9 rules it out",
    ),
    (
        "ca-retro-amendment",
        "2028-02-01",
        CA,
        "pass",
        "AI Act Arts 16(f), 43(2): the signed amendment requires internal control (Annex VI) "
        "for an Annex III point 7 system",
    ),
    # --- a continuing duty: not read on the go-live day ---
    (
        "td-drops-after-due",
        EARLY,
        TD,
        "fail",
        "AI Act Art. 11(1): the documentation is drawn up before go-live and kept up-to-date, "
        "and kept for ten years (Art. 18(1)): the amendment drops it from 1 Sep 2028, while "
        "the duty applies",
    ),
    (
        "td-drops-after-due",
        AFTER,
        TD,
        "fail",
        "AI Act Arts 11(1), 18(1): the terms in force rule out keeping the documentation",
    ),
    (
        "hrc-derogation-after-due",
        EARLY,
        f"{AI}/high-risk-classification",
        "fail",
        "AI Act Art. 6(3), last subparagraph: a system that profiles (credit scoring, Annex "
        "III 5(b)) is always high-risk; relying on the derogation from 1 Sep 2028, after "
        "go-live, breaks it while the system is used: a continuing duty, not one performed "
        "once by go-live (the rule rightly reads no effective.due)",
    ),
    (
        "hrc-derogation-after-due",
        AFTER,
        f"{AI}/high-risk-classification",
        "fail",
        "AI Act Art. 6(3), last subparagraph: the amendment in force relies on the derogation "
        "for a profiling system",
    ),
    # --- realistic: a city's benefits system rescheduled ---
    (
        "r-city-benefits-rescheduled",
        "2027-09-01",
        FRIA,
        "pass",
        f"{A27}; clause 12 requires it; the amendments are signed only from 10 Jan 2028, no "
        "terms on 1 Sep 2027",
    ),
    (
        "r-city-benefits-rescheduled",
        "2028-02-01",
        REG,
        "pass",
        "AI Act Art. 49(3), Art. 26(8): on go-live (1 Apr 2028) clause 12 still has the city "
        "register its use; amendment 1 drops it only from 1 May 2028, after registration was "
        "due",
    ),
    (
        "r-city-benefits-rescheduled",
        "2028-03-20",
        FRIA,
        "fail",
        f"{A27}; amendment 2 (signed and in force 15 Mar 2028) moves go-live to 1 Sep 2028, "
        "and amendment 3 rules the assessment out from 1 Jul 2028, before it",
    ),
    (
        "r-city-benefits-rescheduled",
        "2028-03-20",
        REG,
        "fail",
        "AI Act Art. 49(3), Art. 26(8): with go-live moved to 1 Sep 2028, the use "
        "registration is due after amendment 1 has dropped it (1 May 2028)",
    ),
    (
        "r-city-benefits-rescheduled",
        "2028-03-20",
        CA,
        "pass",
        "AI Act Arts 16(f), 43(2): clause 12 requires internal control for Annex III point 5 "
        "throughout",
    ),
    # --- realistic: a bank's assessment settled by a side letter ---
    (
        "r-bank-credit-side-letter",
        "2027-12-10",
        FRIA,
        "unknown",
        "AI Act Art. 27(1), second limb (Annex III 5(b)): clause 8 leaves the assessment to "
        "be agreed; the side letter is signed only on 20 Dec 2027",
    ),
    (
        "r-bank-credit-side-letter",
        "2027-12-20",
        FRIA,
        "pass",
        "AI Act Art. 27(1), second limb: from its date the side letter requires the "
        "assessment before go-live (15 Jan 2028)",
    ),
    (
        "r-bank-credit-side-letter",
        "2028-01-05",
        REG,
        "pass",
        "AI Act Art. 49(1): the provider registers the system; a private bank has no Art. "
        "49(3) duty",
    ),
    (
        "fria-adds-before-due",
        EARLY,
        FRIA,
        "pass",
        f"{A27}; the amendment requires it from 1 Mar 2028, before go-live on 1 Jun 2028; "
        "no use before then, so clause 14's refusal from 2 Dec 2027 breaches nothing",
    ),
    (
        "fria-drops-after-due",
        EARLY,
        FRIA,
        "pass",
        f"{A27}; on go-live (1 Jun 2028) clause 14 requires it; the drop from 1 Sep 2028 "
        "comes after the assessment was due",
    ),
    (
        "fria-side-letter-lapses-after-due",
        EARLY,
        FRIA,
        "pass",
        f"{A27}; the side letter requires it on go-live (1 Jun 2028) and lapses only after",
    ),
    (
        "fria-bank-adds-before-due",
        EARLY,
        FRIA,
        "pass",
        "AI Act Art. 27(1), second limb: the amendment requires the bank's assessment before "
        "go-live",
    ),
    (
        "reg-use-adds-before-due",
        EARLY,
        REG,
        "pass",
        "AI Act Art. 49(3), Art. 26(8): the amendment requires the use registration before go-live",
    ),
    (
        "ca-drops-after-due",
        EARLY,
        CA,
        "pass",
        "AI Act Arts 16(f), 43: the assessment is required on go-live and dropped only after",
    ),
    (
        "fria-term-ends-before-due",
        NOW,
        FRIA,
        "not_applicable",
        f"{A27}; the contract's term ends on 31 Mar 2028, before go-live (1 Jun 2028): no "
        "use falls within it, so the duty never falls due under this contract (as a duty "
        "applying from a day after the term's end, writing-rule-packs section 9)",
    ),
    # --- a go-live day before the assessment date: the terms agreed and in force then ---
    (
        "fria-adds-after-due",
        AFTER,
        FRIA,
        "fail",
        f"{A27}; the system went into service on 1 Jun 2028 while clause 14 ruled the "
        "assessment out; the amendment of 1 Sep 2028 cannot make the first use preceded by one",
    ),
    (
        "fria-retro-after-due",
        AFTER,
        FRIA,
        "fail",
        f"{A27}; on go-live (1 Jun 2028) clause 14 ruled it out and the amendment was not yet "
        "signed (1 Aug 2028): its retroactive effect from 1 Jan 2028 cannot make the first use "
        "preceded by an assessment",
    ),
    (
        "fria-retro-after-due",
        NOW,
        FRIA,
        "fail",
        f"{A27}; the amendment is not yet signed: clause 14 rules the assessment out",
    ),
    (
        "fria-silent-adds-after-due",
        AFTER,
        FRIA,
        "unknown",
        f"{A27}; nothing in force on go-live (1 Jun 2028) required the assessment before first "
        "use, and the contract was silent on it: whether one preceded the use is unknown; the "
        "commitment from 1 Sep 2028 comes after it",
    ),
    (
        "fria-drops-after-due",
        AFTER,
        FRIA,
        "fail",
        f"{A27}; Art. 27(2): the assessment is kept up to date while the system is used, and "
        "the amendment in force since 1 Sep 2028 rules it out",
    ),
    (
        "reg-use-adds-after-due",
        AFTER,
        REG,
        "fail",
        "AI Act Art. 49(3), Art. 26(8): a public authority registers its use before using the "
        "system; on go-live (1 Jun 2028) clause 11 ruled the use registration out, and the "
        "amendment adding it takes effect on 1 Sep 2028",
    ),
    (
        "ca-adds-after-due",
        AFTER,
        CA,
        "fail",
        "AI Act Arts 16(f), 43(2): the conformity assessment precedes putting into service; "
        "on go-live (1 Jun 2028) clause 9 left it out, and the amendment requiring it takes "
        "effect on 1 Sep 2028",
    ),
]

#: Where the tool is wrong; each needs the engine (compliance/engine/evaluate.py).
KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit22_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit22_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
