"""Fortieth legal-fidelity audit: a restriction that alone prevails over a grant of any
lawful use, run through the real CLI (tests/data/audit40/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph). A PASS here rests only on terms in force on
that date, binding in rank; silence is unknown.

Precedence is stated per restriction (restrictions.NAME.prevails_over_grants) or for every
restriction at once (grants.red_lines_prevail). One restriction prevails and the other does
not: each is read on its own statement. The contract says that every restriction prevails
and that one of them is subject to the grant: the specific term prevails over the general
one (Restatement (Second) of Contracts §203(c): "specific and exact terms are given greater
weight than general language"; UNIDROIT Principles 2016, Art. 4.5: terms are read so as to
give effect to all of them, and the general one would deprive the specific one of any).
The statement that a restriction prevails sits in a side letter that lapses, in a press
release only (no contract term), or in an amendment not yet in force. The condition rules
read it with, ``{ban_prevails: RESTRICTION}``, is checked on its own at the end: every
combination of the two statements, and an unknown restriction named.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit40"

AW = "no-autonomous-weapons"
MS = "no-mass-surveillance"
D = "2027-06-01"
L = "2028-06-01"

BAN = f"{AW}/autonomous-weapons-ban"
UNC = f"{AW}/unconditional-ban"
SURV = f"{MS}/explicit-ban"
RLP = f"{MS}/red-lines-prevail"

#: The red line against autonomous weapons (DoD Directive 3000.09, Glossary; ICRC position
#: of 12 May 2021): an express ban the lawful-use grant does not override.
AWS = (
    "autonomous-weapons red line (DoD Directive 3000.09, Glossary and Section 4; "
    "ICRC position, 2021)"
)
#: The surveillance red line: an express ban, since the law permits much bulk collection.
MSL = "surveillance red line (EO 14086 s.2(c)(ii); CJEU C-511/18 La Quadrature du Net)"
#: The specific term prevails over the general one.
SPEC = "Restatement (Second) of Contracts §203(c); UNIDROIT Principles 2016, Art. 4.5"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- one restriction prevails, the other does not ---
    (
        "pv-split-precedence",
        D,
        BAN,
        "pass",
        f"{AWS}: clause 7(b) applies notwithstanding the grant of clause 3, so the open list "
        "of uses leaves only the grant's uses, which the ban reaches",
    ),
    (
        "pv-split-precedence",
        D,
        UNC,
        "pass",
        f"{AWS}: the ban is unconditional and does not yield to the grant",
    ),
    (
        "pv-split-precedence",
        D,
        RLP,
        "fail",
        "US DoW AI Strategy memorandum (9 Jan 2026) on 'any lawful use': clause 7(a) is "
        "subject to clause 3; that 7(b) prevails says nothing of 7(a)",
    ),
    (
        "pv-split-precedence",
        D,
        SURV,
        "fail",
        f"{MSL}: a ban subject to a grant of any lawful use forbids nothing the law permits",
    ),
    # --- every restriction prevails, one is subject to the grant ---
    (
        "pv-general-and-specific",
        D,
        RLP,
        "fail",
        f"{SPEC}: clause 7(a)'s own 'subject to clause 3' prevails over clause 20's general "
        "statement",
    ),
    (
        "pv-general-and-specific",
        D,
        SURV,
        "fail",
        f"{MSL}; {SPEC}: the surveillance ban yields to the grant",
    ),
    (
        "pv-general-and-specific",
        D,
        BAN,
        "pass",
        f"{AWS}: clause 20 makes the weapons ban, which says nothing of its own, prevail",
    ),
    (
        "pv-general-and-specific",
        D,
        UNC,
        "pass",
        f"{AWS}: clause 20 makes the unconditional weapons ban prevail",
    ),
    # --- a side letter that lapses ---
    (
        "pv-side-letter-lapsed",
        D,
        RLP,
        "pass",
        "the side letter in force until 31 Dec 2027 makes clause 7 prevail over clause 3",
    ),
    (
        "pv-side-letter-lapsed",
        D,
        SURV,
        "pass",
        f"{MSL}: an unconditional ban with no carve-out that prevails over the grant reaches "
        "the uses the open list leaves unnamed",
    ),
    (
        "pv-side-letter-lapsed",
        L,
        RLP,
        "unknown",
        "the side letter lapsed on 31 Dec 2027; the contract no longer says whether the ban "
        "prevails over the grant",
    ),
    (
        "pv-side-letter-lapsed",
        L,
        SURV,
        "unknown",
        f"{MSL}: with the side letter lapsed, an unnamed use under the grant may be the practice",
    ),
    # --- a press release only ---
    (
        "pv-press-only",
        D,
        BAN,
        "unknown",
        f"{AWS}: only the vendor's press release says the ban prevails over the grant; a "
        "press release is no contract term, and the open list of uses may hold the practice",
    ),
    (
        "pv-press-only",
        D,
        RLP,
        "unknown",
        "only the vendor's press release says the surveillance ban prevails over the grant",
    ),
    # --- an amendment not yet in force ---
    (
        "pv-amendment-later",
        D,
        RLP,
        "fail",
        "clause 20 puts the grant above clause 7; amendment 1, which makes clause 7(a) "
        "prevail, is in force only from 1 Jan 2028",
    ),
    (
        "pv-amendment-later",
        D,
        SURV,
        "fail",
        f"{MSL}: before amendment 1 the ban yields to the grant",
    ),
    (
        "pv-amendment-later",
        L,
        RLP,
        "pass",
        f"{SPEC}: from 1 Jan 2028 amendment 1 states that clause 7(a) prevails, the specific "
        "term over clause 20's general one",
    ),
    (
        "pv-amendment-later",
        L,
        SURV,
        "pass",
        f"{MSL}: from 1 Jan 2028 an unconditional ban with no carve-out that prevails over the "
        "grant, and the complete list of uses holds no surveillance",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit40_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit40_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))


# --- the condition ban_prevails, on its own -----------------------------------------------------

#: (the restriction's own statement, grants.red_lines_prevail) -> the verdict of a rule that
#: requires {ban_prevails: mass_surveillance}: the restriction's own statement decides; else
#: the global one; else unknown (and unknown while its own statement is left open).
TRUTH = {
    (True, True): "pass",
    (True, False): "pass",
    (True, None): "pass",
    (False, True): "fail",
    (False, False): "fail",
    (False, None): "fail",
    (None, True): "pass",
    (None, False): "fail",
    (None, None): "unknown",
    # The restriction's own statement left open: either way it may be read.
    ("unspecified", True): "unknown",
    ("unspecified", False): "unknown",
    ("unspecified", None): "unknown",
}


def _pack(tmp_path: Path, restriction: str) -> Path:
    pack = tmp_path / "p"
    pack.mkdir()
    (pack / "pack.yaml").write_text(
        "id: p\ntitle: P\nversion: 1.0.0\ndescription: d\ndisclaimer: d\n", encoding="utf-8"
    )
    (pack / "r.yaml").write_text(
        "id: r\ntitle: R\nseverity: high\nbasis: policy-red-line\n"
        "citations: [{instrument: I, provision: P, url: 'https://example.invalid/'}]\n"
        "rationale: r\nremediation: r\nquestion: q\n"
        f"requires: {{ban_prevails: {restriction}}}\n",
        encoding="utf-8",
    )
    return pack


def test_ban_prevails_reads_the_restriction_first_then_every_restriction(
    tmp_path: Path,
) -> None:
    import yaml
    from conftest import cli

    pack = _pack(tmp_path, "mass_surveillance")
    cases = []
    for (own, every), expect in TRUTH.items():
        contract: dict[str, object] = {"restrictions": {"mass_surveillance": {}}}
        if own is not None:
            contract["restrictions"] = {"mass_surveillance": {"prevails_over_grants": own}}
        if every is not None:
            contract["grants"] = {"red_lines_prevail": every}
        cases.append({"name": f"own {own}, every {every}", "expect": expect, "contract": contract})
    (pack / "r.test.yaml").write_text(
        yaml.safe_dump({"rule": "r", "cases": cases}), encoding="utf-8"
    )
    run = cli("packs", "test", str(pack))
    assert run.code == 0, run.out + run.err
    assert f"{len(TRUTH)}/{len(TRUTH)} cases pass" in run.out + run.err


def test_ban_prevails_names_a_restriction_of_the_vocabulary(tmp_path: Path) -> None:
    from conftest import cli

    run = cli("packs", "lint", str(_pack(tmp_path, "mass_surveilance")))
    assert run.code == 2, run.out + run.err
    assert "unknown restriction 'mass_surveilance'; did you mean 'mass_surveillance'?" in (
        run.out + run.err
    )
