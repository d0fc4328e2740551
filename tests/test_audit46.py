"""Forty-sixth legal-fidelity audit: the transfer chain's sub-processors (tests/data/audit46,
each file's first line says what it isolates), run through the real CLI.

Three points, each PASS before this audit where the law does not let it pass:

* An open sub-processor list (it names sub-processors but is not complete) beside a
  complete list of transfers out of the EEA: an unnamed sub-processor may process the data
  in a third country, an onward transfer that needs its own Chapter V ground (GDPR Arts 44
  and 28(2), (4); Decision (EU) 2021/914, Annex, Clauses 8.8 and 9) and that the transfer
  impact assessment must take into account (Clause 14(b)(i)). The complete transfer list
  does not close the chain: an importer's onward transfers leave from the third country.
  ``transfer-mechanism`` and ``transfer-impact-assessment`` are now unknown there; a
  complete, empty transfer list does close it (no data leaves the EEA), and a stated
  sub-processor no listed transfer covers still fails.
* A sub-processor whose own ground is the DPF and whose certification is left open
  (``unspecified``): ``dpf-fallback`` read only a certification stated false, so the open
  one passed; settled as none, the reliance fails (Decision (EU) 2023/1795, Art. 1).
* A transfer to an international organisation named by a group code (``NATO`` with
  ``recipient_kind: international-organisation``) counted as a transfer to each member
  state when the rules matched a sub-processor's country with the listed transfers'
  destinations: the transfer goes to the organisation (GDPR Art. 4(26)), and its ground
  does not cover an onward transfer to a company in a member state (Art. 44).
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit46"

D = "2027-01-01"
TM = "data-residency/transfer-mechanism"
TIA = "data-residency/transfer-impact-assessment"
SPL = "data-residency/sub-processor-locations"
DPF = "data-residency/dpf-fallback"
OPEN = (
    "GDPR Art. 28(2), (4) and Art. 44: the sub-processor list is not complete, so an unnamed "
    "sub-processor may process the data in a third country, an onward transfer "
)
IO = (
    "GDPR Art. 4(26) and Art. 44: the listed transfer goes to NATO as an international "
    "organisation, not to its member states, so "
)

CASES: list[tuple[str, str, str, str, str]] = [
    # --- an open sub-processor list ---
    (
        "sub-list-open",
        D,
        TM,
        "unknown",
        OPEN + "that needs a ground of its own (Decision (EU) 2021/914, Annex, Clauses 8.8 "
        "and 9); the complete transfer list lists what leaves the EEA, not the importer's "
        "onward transfers",
    ),
    (
        "sub-list-open",
        D,
        TIA,
        "unknown",
        OPEN + "the assessment must take into account (Decision (EU) 2021/914, Annex, "
        "Clause 14(b)(i)); the listed transfer's assessment covers the United States only",
    ),
    (
        "sub-list-open",
        D,
        SPL,
        "unknown",
        "GDPR Art. 28(2): an unnamed sub-processor may process outside the allowed places "
        "(unknown already before this audit)",
    ),
    (
        "sub-list-closed",
        D,
        TM,
        "pass",
        "the control: the sub-processor list is complete and its only sub-processor "
        "processes in Germany; the US transfer rests on the 2021 clauses with a module "
        "(GDPR Art. 46(2)(c); Decision (EU) 2021/914, Art. 1)",
    ),
    (
        "sub-list-closed",
        D,
        TIA,
        "pass",
        "the control: Clause 14 of the 2021 clauses; the assessment is documented and finds "
        "that the destination's law does not impinge, and no other onward transfer exists",
    ),
    (
        "sub-list-closed",
        D,
        SPL,
        "pass",
        "the control: GDPR Art. 28(2); every sub-processor is named and processes in the EEA",
    ),
    (
        "sub-list-open-us",
        D,
        TM,
        "unknown",
        OPEN + "beside the named US one the listed US transfer covers (Art. 44; Decision "
        "(EU) 2021/914, Annex, Clauses 8.8 and 9)",
    ),
    (
        "sub-list-open-us",
        D,
        TIA,
        "unknown",
        OPEN + "beside the named US one; Clause 14(b)(i) of the 2021 clauses has the "
        "assessment take account of intended onward transfers",
    ),
    (
        "sub-list-open-uncovered",
        D,
        TM,
        "fail",
        "GDPR Arts 44 and 28(4): the contract states a sub-processor processing in India, "
        "and no listed transfer reaches India; the open list does not cure a stated breach",
    ),
    (
        "sub-list-open-no-transfers",
        D,
        TM,
        "not_applicable",
        "GDPR Art. 44: the complete, empty transfer list says no personal data leaves the "
        "EEA, so no sub-processor, named or not, receives it in a third country",
    ),
    (
        "sub-list-silent",
        D,
        TM,
        "pass",
        "the control for silence: the contract names no sub-processor, and is read on its "
        "transfer list alone (the rule's reading of silence)",
    ),
    # --- a DPF certification left open ---
    (
        "dpf-certification-open",
        D,
        DPF,
        "unknown",
        "Decision (EU) 2023/1795, Art. 1: the DPF covers only organisations on the DPF List; "
        "the recipient's certification is 'to be agreed' (unknown already before this audit)",
    ),
    (
        "dpf-certification-open",
        D,
        TM,
        "unknown",
        "GDPR Art. 45(1) and Decision (EU) 2023/1795, Art. 1: the only ground is the DPF, "
        "which the recipient's open certification may not give",
    ),
    (
        "dpf-certified",
        D,
        DPF,
        "pass",
        "the control: the recipient is stated to be on the DPF List (Decision (EU) "
        "2023/1795, Art. 1) and a fallback is agreed",
    ),
    (
        "dpf-sub-certification-open",
        D,
        DPF,
        "unknown",
        "Decision (EU) 2023/1795, Art. 1: the sub-processor's own ground is the DPF and its "
        "certification is 'to be agreed'; settled as none, its reliance on the DPF fails, "
        "which the rule fails when stated",
    ),
    (
        "dpf-sub-certified",
        D,
        DPF,
        "pass",
        "the control: the sub-processor relying on the DPF is stated to be on the DPF List",
    ),
    # --- a group code that names an international organisation ---
    (
        "io-group-us-sub",
        D,
        TM,
        "fail",
        IO + "the US sub-processor's onward transfer has no listed transfer to the United "
        "States to rest on; its own ground, standard clauses, is read through a listed "
        "transfer to its country, and there is none",
    ),
    (
        "io-group-scc-us-sub",
        D,
        TIA,
        "fail",
        IO + "the assessment documented for it is not one of the United States' law, which "
        "the US sub-processor on standard clauses needs (Decision (EU) 2021/914, Annex, "
        "Clause 14; C-311/18 Schrems II)",
    ),
    (
        "io-group-scc-us-sub",
        D,
        TM,
        "fail",
        IO + "the clauses with the organisation do not cover an onward transfer to a US "
        "company, and no listed transfer goes to the United States",
    ),
    (
        "io-group-kind-silent",
        D,
        TM,
        "unknown",
        "GDPR Art. 4(26): with the recipient's kind left out, the transfer to 'NATO' may go "
        "to the NATO nations (the United States among them) or to the organisation, which "
        "would leave the US sub-processor without a listed transfer",
    ),
    (
        "io-group-with-us-transfer",
        D,
        TM,
        "pass",
        "the control: a transfer to a US company on the 2021 clauses is listed too, so the "
        "US sub-processor's country is reached by a transfer to a company (GDPR Art. "
        "46(2)(c)); the transfer to NATO rests on an Art. 46(2)(a) instrument between public "
        "bodies",
    ),
    (
        "io-group-with-us-transfer",
        D,
        TIA,
        "pass",
        "the control: the listed US transfer's assessment is documented and finds that the "
        "destination's law does not impinge (Decision (EU) 2021/914, Annex, Clause 14)",
    ),
]

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []

test_audit46_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES))
