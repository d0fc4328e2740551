"""``compliance packs new``: a new rule pack that passes its own tests from the start.

The pack holds ``pack.yaml`` (metadata and disclaimer), one example rule with a citation,
and the rule's fixtures for pass, fail and unknown, each file commented so that a pack
author can read it as a template.
"""

from __future__ import annotations

import re
from pathlib import Path

from compliance.core.errors import InputError

PACK_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
MAX_ID = 80
EXAMPLE_RULE = "audit-rights"


def check_id(ident: str) -> None:
    """A pack id: lower-case letters, digits and hyphens, starting with a letter or digit."""
    if not PACK_ID.match(ident) or len(ident) > MAX_ID:
        raise InputError(
            f"invalid pack id {ident!r}: use lower-case letters, digits and hyphens, starting "
            f"with a letter or digit, at most {MAX_ID} characters (e.g. acme-red-lines)"
        )


def title_of(ident: str) -> str:
    words = ident.replace("-", " ").strip()
    return words[:1].upper() + words[1:]


PACK_TEMPLATE = """\
# The rule pack {id}: metadata, parameters and definitions. Rules sit beside this file,
# one per <rule-id>.yaml, each with its fixtures in <rule-id>.test.yaml.
# Schema: `compliance schema pack`; guide: docs/writing-rule-packs.md.
id: {id}
title: {title}
version: 0.1.0
description: >
  What the pack checks, in a few sentences, for the reviewers who read its reports.
  Start with the rule audit-rights: the customer may audit compliance.
disclaimer: >
  Not legal advice. The rules encode our reading of the instruments they cite; have
  counsel review any conclusion before relying on it.

# To build on another pack instead of starting empty:
# extends: data-residency              # a built-in pack id, or ./path/to/pack
# overrides:
#   parameters: {{allowed_jurisdictions: [DE]}}
#   severity: {{weights-location: critical}}
#   disable: [certification]

# Parameters let a profile or --set adapt the pack to a customer:
# parameters:
#   min_log_retention_months:
#     type: integer
#     default: 12
#     description: How long logs must be kept, in months.

# Definitions name a condition that several rules share (use them with ref: NAME):
# definitions:
#   personal-data:
#     title: The deployment processes personal data
#     when: {{fact: data.categories, contains: personal}}
"""

RULE_TEMPLATE = """\
# One rule: what the contract must establish, why, and what to do when it does not.
id: {rule}
title: The customer may audit compliance with the contract
severity: high                # low, medium, high or critical
basis: guidance               # law, policy-red-line or guidance
citations:
  - instrument: Regulation (EU) 2016/679 (GDPR)
    provision: Art. 28(3)(h) (the processor allows for and contributes to audits)
    url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
rationale: >
  Red lines and safeguards the customer cannot verify are promises; an audit right lets
  the customer (or an auditor it mandates) check that the vendor keeps them. The rule
  passes when the contract grants audit rights and fails when it excludes them.
# applies_when: {{...}}       # when the rule applies (default: always)
requires:
  fact: safeguards.audit_rights
  equals: true
remediation: >
  "The Provider shall allow for and contribute to audits, including inspections, by the
  Customer or an auditor it mandates, of compliance with this Agreement."
question: >
  Does the contract give the customer a right to audit the vendor's compliance? Please
  point to the clause.
"""

FIXTURES_TEMPLATE = """\
# Fixtures of the rule {rule}: a contract fragment per case and the status it must give.
# `compliance packs test` runs them; every rule needs a pass, a fail and an unknown case
# (and a not_applicable case when it has applies_when or dates).
rule: {rule}
cases:
  - name: audit rights granted in a clause
    expect: pass
    contract:
      clauses:
        - id: "12.1"
          facts:
            safeguards: {{audit_rights: true}}
  - name: audit rights excluded
    expect: fail
    contract:
      safeguards: {{audit_rights: false}}
  - name: the contract says nothing about audits
    expect: unknown
    expect_missing: [safeguards.audit_rights]
    contract: {{}}
"""


def new_pack(ident: str, folder: str | Path = ".") -> list[Path]:
    """Write a new pack ``folder/ident``; returns the files written. Refuses to touch an
    existing path."""
    check_id(ident)
    target = Path(folder) / ident
    if target.exists() or target.is_symlink():
        raise InputError(
            "already exists; choose another id or --dir (packs new never overwrites)",
            file=str(target),
        )
    values = {"id": ident, "title": title_of(ident), "rule": EXAMPLE_RULE}
    files = {
        target / "pack.yaml": PACK_TEMPLATE.format(**values),
        target / f"{EXAMPLE_RULE}.yaml": RULE_TEMPLATE.format(**values),
        target / f"{EXAMPLE_RULE}.test.yaml": FIXTURES_TEMPLATE.format(**values),
    }
    try:
        target.mkdir(parents=True)
    except OSError as exc:
        message = f"cannot create the folder: {exc.strerror or exc}"
        raise InputError(message, file=str(target)) from None
    for path, text in files.items():
        with open(path, "x", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    return list(files)
