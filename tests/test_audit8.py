"""Eighth legal-fidelity audit: terms in time, rank and purchase, across the four built-in
packs, each contract the smallest that isolates one point, run through the real CLI
(tests/data/audit8/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason. A PASS here must rest on terms in force on that date, binding in rank and not
contradicted by what the contract buys; silence is unknown. Where the tool cannot yet give
that verdict, the row sits in KNOWN_WRONG as a strict xfail with the reason and where a fix
belongs.

Time: an amendment that lifts a ban from a later date (the old term governs until the day
before, the new one from its first day); a side letter read on its last day and the day
after; a term effective on exactly the as-of date; a replacing amendment that expires (what
it replaced applies again, as docs/writing-contracts.md "Terms in time" says of `expires`)
and one that is itself replaced (the original does not revive: `replaces` removes it as a
whole, and nothing in force restates it); a contract whose term has ended (the report says
so); an AI Act duty that applies from a legal date against a commitment that lapses before
it, or starts on it, and a contract that ends before it.

Rank: a usage policy the contract disowns that would replace a ban; a disowned annex that
would replace the clause that disowns it, replace the ban only from a later date, or disown
the annex holding the ban; a press report that would disown it; an amendment that ends the
disowning from a later date, and one that starts it; an order of precedence either way
between the clauses and a statement of work, and a statement of work that contradicts a
clause with none (an error, not a guess); a press report that "corrects" a clause; a ban or
a promise stated only in an official record or a public statement; a ban in an
incorporated usage policy.

Purchase: a ban plus an autonomous weapon bought under another name (fire control with
autonomous action and no human decision per engagement), bought only from a later date, or
only in a statement of work the contract disowns; a ban with an "all lawful uses"
carve-out, and one beside an any-lawful-use grant; an official record of the banned use; a
prohibited practice bought by a statement of work not yet in force.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from audits import assert_every_file_used, verdict_test
from conftest import cli

DATA = Path(__file__).parent / "data" / "audit8"

AW = "no-autonomous-weapons/autonomous-weapons-ban"
MS = "no-mass-surveillance"
EU = "eu-ai-act-high-risk"
DR = "data-residency"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- time: terms that start, end, or are replaced ---
    (
        "t-aw-ban-lifted-from-2028",
        "2027-12-31",
        AW,
        "pass",
        "the amendment that replaces clause 9 takes effect on 1 January 2028; on the day "
        "before, clause 9 (the unconditional ban) still governs",
    ),
    (
        "t-aw-ban-lifted-from-2028",
        "2028-01-01",
        AW,
        "fail",
        "from its first day the amendment replaces clause 9 as a whole and expressly permits "
        "use in autonomous weapon systems",
    ),
    (
        "t-aw-ban-in-expired-side-letter",
        "2026-12-31",
        AW,
        "pass",
        "the side letter's last day is 31 December 2026 (expires is inclusive): on that day "
        "its unconditional ban binds",
    ),
    (
        "t-aw-ban-in-expired-side-letter",
        "2027-01-01",
        AW,
        "unknown",
        "the day after the side letter's last day nothing in force bans the use: the "
        "contract is silent, and silence is unknown, not a ban",
    ),
    (
        "t-aw-ban-from-effective-day",
        "2027-05-31",
        AW,
        "unknown",
        "the amendment holding the ban takes effect on 1 June 2027; the day before, the "
        "contract is silent",
    ),
    (
        "t-aw-ban-from-effective-day",
        "2027-06-01",
        AW,
        "pass",
        "a term binds from its effective day inclusive: on 1 June 2027 the ban is in force",
    ),
    (
        "t-aw-lifting-amendment-expired",
        "2027-06-01",
        AW,
        "fail",
        "for 2027 the amendment replaces clause 9 and permits the use",
    ),
    (
        "t-aw-lifting-amendment-expired",
        "2028-01-01",
        AW,
        "pass",
        "the amendment's last day was 31 December 2027; a temporary replacement that lapses "
        "leaves the term it displaced to apply again (its expires bounds the replacement "
        "itself), so clause 9 binds again",
    ),
    (
        "t-aw-lifting-amendment-replaced",
        "2027-06-01",
        AW,
        "fail",
        "Amendment 1 replaces clause 9 and permits the use",
    ),
    (
        "t-aw-lifting-amendment-replaced",
        "2028-06-01",
        AW,
        "unknown",
        "Amendment 2 replaces Amendment 1 as a whole and says nothing on weapons; it does not "
        "say that clause 9 is restored, and a replaced clause does not revive because its "
        "replacement is itself replaced: the contract is silent on the ban",
    ),
    (
        "t-aw-contract-term-ended",
        "2026-12-31",
        AW,
        "pass",
        "on the contract's last day clause 9 bans the use unconditionally",
    ),
    (
        "t-aw-contract-not-started",
        "2027-06-01",
        AW,
        "pass",
        "the contract's terms ban the use unconditionally; that its term starts only in 2028 "
        "is noted, and no use is licensed before then",
    ),
    # --- time: AI Act duties from a legal date (Art. 113) ---
    (
        "e-contract-ends-before-art50",
        "2026-05-01",
        f"{EU}/transparency",
        "not_applicable",
        "Art. 113: Art. 50 applies from 2 August 2026; the contract ends on 30 June 2026, "
        "before the duty ever applies to it",
    ),
    (
        "e-contract-ends-before-art50",
        "2026-09-01",
        f"{EU}/transparency",
        "not_applicable",
        "Art. 113: Art. 50 applies from 2 August 2026, after the contract ended on 30 June "
        "2026: the duty never bound it, read after that day as before it (the report also "
        "notes that the contract's term has ended)",
    ),
    (
        "e-disclosure-lapses-before-art50",
        "2026-09-01",
        f"{EU}/transparency",
        "unknown",
        "Art. 50(1) applies; the disclosure commitment expired on 31 July 2026 and nothing "
        "in force restates it",
    ),
    (
        "e-disclosure-from-art50",
        "2026-09-01",
        f"{EU}/transparency",
        "pass",
        "Art. 50(1): the amendment in force since 2 August 2026 commits the provider to tell "
        "people they interact with an AI system",
    ),
    (
        "e-disclosure-lapses-before-art50",
        "2026-05-01",
        f"{EU}/transparency",
        "unknown",
        "Art. 113: Art. 50(1) applies from 2 August 2026, and the contract runs to 2027, so "
        "the duty is checked now; but clause 6 (disclosure) expires on 31 July 2026, before "
        "the duty applies, and from 2 August the contract is silent: a verdict on a duty "
        "that starts after the as-of date rests on the terms in force when it starts",
    ),
    (
        "e-disclosure-from-art50",
        "2026-05-01",
        f"{EU}/transparency",
        "pass",
        "Art. 50(1) applies from 2 August 2026; the amendment that commits disclosure takes "
        "effect on that day, so the contract complies whenever the duty binds",
    ),
    (
        "d-logging-clause-replaced-for-2027",
        "2027-06-01",
        f"{DR}/audit-logging",
        "unknown",
        "for 2027 the amendment replaces clause 7 as a whole and says nothing on audit "
        "logging: the logging promise went with the old clause",
    ),
    (
        "d-logging-clause-replaced-for-2027",
        "2028-01-01",
        f"{DR}/audit-logging",
        "pass",
        "the replacing amendment lapsed on 31 December 2027; clause 7 (audit logging) "
        "applies again",
    ),
    # --- rank ---
    (
        "r-aw-disowned-policy-replaces-ban",
        "2027-06-01",
        AW,
        "pass",
        "clause 2 says the usage policy does not apply; a policy that is not incorporated "
        "binds no one and replaces no clause, so clause 9's ban stays in force",
    ),
    (
        "r-aw-disowned-annex-replaces-its-disowning",
        "2027-06-01",
        AW,
        "pass",
        "an annex that is no part of the agreement cannot undo the clause that says so: "
        "clause 20.3 and clause 9 stay in force",
    ),
    (
        "r-aw-disowning-ended-by-amendment",
        "2027-06-01",
        AW,
        "pass",
        "until 2028 clause 20.3 disowns annex D, which so replaces nothing: the ban binds",
    ),
    (
        "r-aw-disowning-ended-by-amendment",
        "2028-06-01",
        AW,
        "fail",
        "from 2028 the amendment replaces clause 20.3, annex D binds and replaces clause 9 "
        "with an express permission",
    ),
    (
        "r-aw-annex-disowned-from-2028",
        "2027-06-01",
        AW,
        "fail",
        "until 2028 annex D binds and replaces clause 9 with an express permission",
    ),
    (
        "r-aw-annex-disowned-from-2028",
        "2028-06-01",
        AW,
        "pass",
        "from 2028 the amendment says annex D is no part of the agreement: it replaces "
        "nothing, and clause 9's ban is in force again",
    ),
    (
        "r-aw-disowned-annex-disowns-ban-annex",
        "2027-06-01",
        AW,
        "pass",
        "annex D is, by clause 20.3, no part of the agreement, so its words disown nothing: "
        "annex C binds and its ban stands",
    ),
    (
        "r-aw-press-disowns-ban-annex",
        "2027-06-01",
        AW,
        "pass",
        "only the contract can say that a part of it does not bind; a press report calling "
        "annex C 'for information only' leaves its ban binding",
    ),
    (
        "r-aw-disowned-annex-replaces-ban-from-2028",
        "2028-06-01",
        AW,
        "pass",
        "the annex takes effect in 2028 but clause 20.3 still says it is no part of the "
        "agreement: it replaces nothing when it starts, and clause 9 binds",
    ),
    (
        "r-aw-precedence-clause-over-sow",
        "2027-06-01",
        AW,
        "pass",
        "the order of precedence puts clause 9 above the statement of work: its ban "
        "governs over the statement of work's permission",
    ),
    (
        "r-aw-precedence-sow-over-clause",
        "2027-06-01",
        AW,
        "fail",
        "the order of precedence puts the statement of work above clause 9, and it permits "
        "the use: the ban yields",
    ),
    (
        "r-ms-press-corrects-clause",
        "2027-06-01",
        f"{MS}/explicit-ban",
        "pass",
        "a press report's account of a 'clarification' changes no term: clause 7 bans mass "
        "surveillance unconditionally",
    ),
    (
        "r-ms-ban-only-official-record",
        "2027-06-01",
        f"{MS}/explicit-ban",
        "unknown",
        "testimony in an official record is evidence of the deal, not a term of it; the "
        "contract itself is silent",
    ),
    (
        "r-ms-ban-in-usage-policy",
        "2027-06-01",
        f"{MS}/explicit-ban",
        "pass",
        "the contract incorporates the usage policy (grants.usage_policy_applies: true), so "
        "its ban binds on the as-of date; the vendor's right to change it later is not a "
        "change made (the vocabulary cannot state that right)",
    ),
    (
        "d-logging-public-statement-only",
        "2027-06-01",
        f"{DR}/audit-logging",
        "unknown",
        "a vendor's public statement is no term of the contract, which is silent on logging",
    ),
    # --- purchase ---
    (
        "p-aw-engagement-bought",
        "2027-06-01",
        AW,
        "fail",
        "DoDD 3000.09 Glossary: fire control with autonomous action and no human decision "
        "per engagement is an autonomous weapon system, whatever the contract calls it; the "
        "contract buys what its ban names",
    ),
    (
        "p-aw-engagement-bought-from-2028",
        "2027-06-01",
        AW,
        "pass",
        "the statement of work that buys autonomous fire control takes effect in 2028; "
        "until then the contract buys only intelligence analysis and bans the weapons use",
    ),
    (
        "p-aw-engagement-bought-from-2028",
        "2028-06-01",
        AW,
        "fail",
        "from 2028 the statement of work buys fire control with autonomous action and no "
        "human decision per engagement: an autonomous weapon system under another name",
    ),
    (
        "p-aw-engagement-in-disowned-sow",
        "2027-06-01",
        AW,
        "pass",
        "the statement of work that would buy autonomous fire control is, by clause 20.3, no "
        "part of the agreement: nothing the contract buys contradicts clause 9",
    ),
    (
        "p-ms-ban-lawful-uses-carve-out",
        "2027-06-01",
        f"{MS}/explicit-ban",
        "fail",
        "a ban 'except for any lawful use' bans nothing the customer deems lawful, and "
        "lawful use includes much bulk collection (EO 12333, FISA s.702)",
    ),
    (
        "p-ms-ban-with-any-lawful-use-grant",
        "2027-06-01",
        f"{MS}/explicit-ban",
        "pass",
        "clause 7 bans mass surveillance in terms, with no carve-out: the ban is explicit "
        "(whether it yields to the any-lawful-use grant is the next row's question)",
    ),
    (
        "p-ms-ban-with-any-lawful-use-grant",
        "2027-06-01",
        f"{MS}/red-lines-prevail",
        "unknown",
        "clause 3 grants any lawful use and no term says the ban applies notwithstanding it; "
        "the contract is silent on which prevails, so it is not settled either way",
    ),
    (
        "p-ms-official-record-of-bulk-use",
        "2027-06-01",
        f"{MS}/explicit-ban",
        "unknown",
        "an inspector general's record of how the service is used is evidence of conduct, "
        "not a term: it neither buys nor fails the ban. What decides is the contract, whose "
        "list of permitted uses is open, so what it buys is not known in full",
    ),
    (
        "e-scoring-ban-with-scoring-bought-later",
        "2027-06-01",
        f"{EU}/no-prohibited-practice",
        "fail",
        "AI Act Art. 5(1)(c): from 2027 the statement of work buys social scoring, which "
        "clause 8's ban does not undo: the contract permits the prohibited practice",
    ),
    (
        "e-scoring-ban-with-scoring-bought-later",
        "2026-06-01",
        f"{EU}/no-prohibited-practice",
        "unknown",
        "before the statement of work nothing bought is prohibited, but the contract bans "
        "only social scoring and is silent on the other Art. 5 practices",
    ),
]

#: Rows the tool does not yet get right: strict xfails with the legal reason.
KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []

#: Files that are bad input: contradictory terms with no order between them.
ERRORS = ["d-logging-sow-contradicts-clause"]


test_audit8_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit8_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG), ERRORS)


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("t-aw-contract-term-ended", "the contract is no longer in force"),
        ("t-aw-contract-not-started", "the contract is not in force yet"),
    ],
)
def test_a_contract_out_of_its_term_is_noted(name: str, said: str) -> None:
    """A contract whose term has ended, or not started, says so under the contract (its
    ban still reads as written; nothing the contract licenses remains)."""
    run = cli("check", str(DATA / f"{name}.yaml"), "--as-of", "2027-06-01", "--format", "json")
    assert run.code in (0, 1), run.err
    assert said in run.out


def test_explain_says_a_disowned_source_replaces_nothing() -> None:
    """explain lists a source the contract disowns as not binding, and the term it would
    replace as in force."""
    run = cli(
        "explain",
        AW,
        "--contract",
        str(DATA / "r-aw-annex-disowned-from-2028.yaml"),
        "--as-of",
        "2028-06-01",
    )
    assert run.code in (0, 1), run.err
    text = " ".join(run.out.split())
    assert "clause 9 (line 14): in force" in text
    assert "annex 'annex-d' (line 22): in force, but the contract says it does not bind" in text
    early = cli(
        "explain",
        AW,
        "--contract",
        str(DATA / "r-aw-annex-disowned-from-2028.yaml"),
        "--as-of",
        "2027-06-01",
    )
    assert "clause 9 (line 14): not in force: replaced as a whole by annex 'annex-d'" in (
        " ".join(early.out.split())
    )


def test_no_note_that_a_disowned_source_will_replace_a_term() -> None:
    """The report does not announce that a term applies only until a disowned source takes
    effect: on that day the source replaces nothing."""
    run = cli(
        "check",
        "-v",
        str(DATA / "r-aw-disowned-annex-replaces-ban-from-2028.yaml"),
        "--as-of",
        "2027-06-01",
        "--select",
        AW,
    )
    assert run.code == 0, run.err
    assert "annex 'annex-d' takes effect on 2028-01-01" in run.out
    assert "applies until" not in run.out


def test_sow_contradicting_a_clause_without_precedence_is_an_error() -> None:
    """A statement of work that contradicts a clause, with no order of precedence between
    them, is not settled by a guess: one positioned line naming both, exit 2."""
    run = cli("check", str(DATA / "d-logging-sow-contradicts-clause.yaml"), "--as-of", "2027-06-01")
    assert run.code == 2
    assert "d-logging-sow-contradicts-clause.yaml:18:" in run.err
    assert "statement-of-work 'sow-1'" in run.err and "clause 7" in run.err
    assert "add prevails_over" in run.err
