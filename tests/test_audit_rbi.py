"""Legal-fidelity audit of the real-time remote biometric identification rules: the limits
of the victim-search and imminent-threat objectives of AI Act Art. 5(1)(h)(i)-(ii) and the
conditions of Art. 5(2)-(5), each contract the smallest that isolates one point, run
through the real CLI (tests/data/audit_rbi/*.yaml).

Each row: file, as-of date, rule, the verdict a lawyer reading the contract would give, and
the reason (instrument, article, paragraph, point). A PASS here must rest on terms in force
on that date, binding in rank and not contradicted by what the contract buys; silence is
unknown. Where the tool cannot yet give that verdict, the row sits in KNOWN_WRONG as a
strict xfail with the reason and where a fix belongs.

Instrument: Regulation (EU) 2024/1689 (AI Act): Art. 5(1)(h)(i) (the targeted search for
specific victims of abduction, trafficking in human beings or sexual exploitation of human
beings, and the search for missing persons), 5(1)(h)(ii) (the prevention of a specific,
substantial and imminent threat to the life or physical safety of natural persons, or of a
genuine and present or genuine and foreseeable threat of a terrorist attack), 5(1)(h)(iii)
with Annex II, and the conditions of Art. 5(2) (only to confirm the identity of the
specifically targeted individual; a fundamental-rights impact assessment under Art. 27 and
registration under Art. 49), 5(3) (prior authorisation by a judicial authority or an
independent administrative authority whose decision is binding), 5(4) (notification of the
market-surveillance and data-protection authorities) and 5(5) (national law providing for
the use).

(i): a carve-out confined to specific victims and missing persons, one reaching "persons of
interest", one stated by its label alone, one reaching a watch list where the use is not
bought, and one widened by an amendment from 2028. (ii): a carve-out confined to a
specific, substantial and imminent threat or a genuine terrorist threat, one reaching
threats to public order, one stated by its label alone, and one confined only in a press
release. All three objectives confined, one widened, one silent. 5(2)-(5): crowd screening
instead of confirming a targeted identity, the impact assessment silent, authorisation by
the chief of police, no notification, no national law.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit_rbi"

NPP = "eu-ai-act-high-risk/no-prohibited-practice"
RBI = "no-mass-surveillance/no-real-time-biometric-identification"
D = "2027-06-01"

CASES: list[tuple[str, str, str, str, str]] = [
    # --- (i) victims and missing persons ---
    (
        "i-abducted-children-confined",
        D,
        NPP,
        "pass",
        "Art. 5(1)(h)(i), 5(2)-(5): the carve-out is confined to the targeted search for "
        "specific victims of abduction, trafficking or sexual exploitation and for missing "
        "persons, with every condition of Art. 5(2)-(5)",
    ),
    (
        "i-abducted-children-confined",
        D,
        RBI,
        "pass",
        "Art. 5(1)(h)(i), 5(2)-(5): the red line keeps only the Act's own carve-out, confined "
        "to its words and under its conditions",
    ),
    (
        "i-persons-of-interest",
        D,
        NPP,
        "fail",
        "Art. 5(1)(h)(i): a search for persons of interest to an investigation is not the "
        "targeted search for specific victims or missing persons; the bought live "
        "identification is prohibited",
    ),
    (
        "i-persons-of-interest",
        D,
        RBI,
        "fail",
        "Art. 5(1)(h)(i): the carve-out lets through live identification of persons the Act "
        "does not allow to be sought",
    ),
    (
        "i-victim-search-limit-silent",
        D,
        NPP,
        "unknown",
        "Art. 5(1)(h)(i): 'to search for victims' does not say whether the search is for "
        "specific victims of abduction, trafficking or sexual exploitation; silence is not "
        "compliance",
    ),
    (
        "i-victim-search-limit-silent",
        D,
        RBI,
        "unknown",
        "Art. 5(1)(h)(i): the carve-out's label alone does not show that it stays within the "
        "Act's objective",
    ),
    (
        "i-watch-list-not-bought",
        D,
        NPP,
        "fail",
        "Art. 5(1)(h)(i), 3(46): a police force with face recognition could identify anyone on "
        "a watch list live under the carve-out, which Art. 5(1)(h) prohibits, even though the "
        "use is not bought",
    ),
    (
        "i-widened-by-amendment-2028",
        "2027-12-31",
        RBI,
        "pass",
        "Art. 5(1)(h)(i), 5(2)-(5): before the amendment the carve-out is confined to specific "
        "victims and missing persons, under every condition",
    ),
    (
        "i-widened-by-amendment-2028",
        "2028-01-01",
        RBI,
        "fail",
        "Art. 5(1)(h)(i): from 1 Jan 2028 the amendment, prevailing over clause 9, widens the "
        "search to persons of interest",
    ),
    (
        "i-widened-by-amendment-2028",
        "2028-01-01",
        NPP,
        "fail",
        "Art. 5(1)(h)(i): the widened carve-out lets through bought live identification the "
        "Act prohibits",
    ),
    # --- (ii) specific, substantial and imminent threats; terrorist attacks ---
    (
        "ii-imminent-threat-confined",
        D,
        NPP,
        "pass",
        "Art. 5(1)(h)(ii), 5(2)-(5): the carve-out is confined to a specific, substantial and "
        "imminent threat to life or physical safety or a genuine and present or foreseeable "
        "terrorist threat, with every condition",
    ),
    (
        "ii-imminent-threat-confined",
        D,
        RBI,
        "pass",
        "Art. 5(1)(h)(ii), 5(2)-(5): the red line keeps only the Act's own carve-out, in its "
        "words and under its conditions",
    ),
    (
        "ii-public-order-threats",
        D,
        NPP,
        "fail",
        "Art. 5(1)(h)(ii): threats to public order or security are not a specific, substantial "
        "and imminent threat to life or physical safety, nor a terrorist threat",
    ),
    (
        "ii-public-order-threats",
        D,
        RBI,
        "fail",
        "Art. 5(1)(h)(ii): the carve-out lets through live identification to keep public "
        "order, which the Act prohibits",
    ),
    (
        "ii-threat-limit-silent",
        D,
        NPP,
        "unknown",
        "Art. 5(1)(h)(ii): 'imminent threats' does not say that the threat is specific and "
        "substantial, to life or physical safety; silence is not compliance",
    ),
    (
        "ii-threat-limit-silent",
        D,
        RBI,
        "unknown",
        "Art. 5(1)(h)(ii): the carve-out's label alone does not show that it stays within the "
        "Act's objective",
    ),
    (
        "ii-threat-limit-press-only",
        D,
        NPP,
        "unknown",
        "Art. 5(1)(h)(ii): only the police's press release confines the carve-out to the Act's "
        "threats; a press release is no term of the contract",
    ),
    # --- all three objectives ---
    (
        "h-three-objectives-confined",
        D,
        NPP,
        "pass",
        "Art. 5(1)(h)(i)-(iii), Annex II, 5(2)-(5): each objective confined to the Act's words, "
        "every condition stated",
    ),
    (
        "h-three-objectives-confined",
        D,
        RBI,
        "pass",
        "Art. 5(1)(h)(i)-(iii), 5(2)-(5): no carve-out beyond the Act's three objectives",
    ),
    (
        "h-three-objectives-threat-widened",
        D,
        NPP,
        "fail",
        "Art. 5(1)(h)(ii): the threat carve-out reaches any risk to public safety; the other "
        "two objectives, confined, do not save it",
    ),
    (
        "h-victim-confined-threat-silent",
        D,
        RBI,
        "unknown",
        "Art. 5(1)(h)(i)-(ii): the victim search is confined, but the threat carve-out is "
        "stated by its label alone",
    ),
    # --- the conditions of Art. 5(2)-(5) ---
    (
        "s2-crowd-screening",
        D,
        NPP,
        "fail",
        "Art. 5(2), first subparagraph: the system may be used only to confirm the identity "
        "of the specifically targeted individual, not to screen every passer-by",
    ),
    (
        "s2-fria-silent",
        D,
        NPP,
        "unknown",
        "Art. 5(2), second subparagraph, Art. 27 and 49: the fundamental-rights impact "
        "assessment and the registration are not stated",
    ),
    (
        "s3-police-chief-authorises",
        D,
        NPP,
        "fail",
        "Art. 5(3): the chief of police is neither a judicial authority nor an independent "
        "administrative authority whose decision is binding",
    ),
    (
        "s4-no-notification",
        D,
        RBI,
        "fail",
        "Art. 5(4): each use must be notified to the market-surveillance authority and the "
        "national data-protection authority; the clause says none is",
    ),
    (
        "s5-no-national-law",
        D,
        NPP,
        "fail",
        "Art. 5(5): the exceptions may be used only where national law provides for them; "
        "the clause allows the use whether or not it does",
    ),
    (
        "s5-no-national-law",
        D,
        RBI,
        "fail",
        "Art. 5(5): without national law the victim search is the prohibited practice",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []


test_audit_rbi_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit_rbi_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
