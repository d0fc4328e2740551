"""Fifty-ninth legal-fidelity audit: the alliance's and the ministries' uses at the edges of
the AI Act's scope. Nine descriptions (tests/data/audit59/*.yaml), written blind from the AI
Act (Arts 2(1), 2(3) with Recital 24, 2(4) with Recital 22, 2(6), 2(8), 3(4), 6(1)-(4),
Recital 55, Annex III points 1, 2, 6 and 7), GDPR Art. 2(2)(a), (b), (d), the Law
Enforcement Directive (Arts 1(1), 2(3)(a), 3(7), 11) and the project's legal notes (gate
G-1, G-2, EUAI-00, EUAI-03, EUAI-20), run through the real CLI and read as counsel would.

The contracts turn on whether the law applies: a translation service a defence ministry
shares with its civilian immigration service, the exclusion claimed for both; the armed
forces' intrusion detection on a grid operator's network, whose alerts the operator uses
too; depot forecasting amended to forecast irregular-migration routes; NATO's disaster
centre deploying a relief chatbot in Brussels through a Belgian contractor and claiming
Art. 2(4) for civil-protection cooperation; a criminal-police counter-terrorism unit
claiming the national-security exclusion for suspect profiling; a biometric product bought
for force protection and also sold to police and security firms; an intelligence agency's
translation of intercepts (the control: outside the Act); and INTERPOL using an
evidence-reliability tool in Lyon under Art. 2(4), put into service by a French company.

Blind answers that were wrong, and say so in their rows: the classification rule does not
apply to a system in no Annex III area (Art. 6(4) documentation arises only for an Annex III
system), so it is not_applicable, not pass, for four; a claim of the exclusion beside a
non-excluded use fails the scope rule even with a dual-use clause (the grid, and the
logistics contract after its amendment), as the rule's rationale says; the Art. 5 rule
needs the system's capabilities, not only a complete list of uses. Three descriptions first
left out grants.any_lawful_use although the contracts confine the use ("only", "solely");
the describer records false there, and the scope rule then passes.

What the audit fixed: the data-protection pack read the Law Enforcement Directive only from
the purposes clause, so a police unit that called its criminal investigations "national
security" fell outside both the LED and (unknown) the GDPR, and led-automated-decisions was
not_applicable. The definition led-applies now also reads a permitted use that is by nature
policing or criminal justice, as the AI Act's scope gate already did (non-military-use).

Known wrong until the branch scoperole (six strict xfails, now CASES): the vocabulary had no
fact for a contract that declares the Act inapplicable under Art. 2(4) (the relief chatbot's
scope rule passed; now ai_act.cooperation_exemption_claimed), and the scope gate was one
switch for provider and deployer alike: it could not say that a product also placed on the
civilian market (Recital 24; now ai_act.also_placed_for_non_excluded_purposes) or put into
service in the Union by an EU company for an international organisation under Art. 2(4)
keeps its provider's duties while the excluded user's duties fall away. The provider-duty
rules (Arts 9-11, 13, 15-17, 43, 72) now read provider-high-risk-in-scope, and the provider's
registration (Art. 49(1)) provider-in-scope. The branch scoperole2 split the rules that mix
provider and deployer duties (human oversight, logging, serious incidents, classification,
Art. 50(1)-(2), Annex I products) by role; six rows record the verdicts that moved.
"""

from __future__ import annotations

from pathlib import Path

from audits import assert_every_file_used, verdict_test

DATA = Path(__file__).parent / "data" / "audit59"

EU = "eu-ai-act-high-risk"
DR = "data-residency"

#: The day most contracts are read: after 2 Dec 2027 (Annex III duties), each system put
#: into service after that date or a public authority's (no Art. 111(2) transition relied on).
D = "2028-03-01"
#: The logistics contract before its Amendment No. 1 (in force 1 Sep 2028) ...
BEFORE = "2028-06-01"
#: ... and after it.
AFTER = "2028-10-01"

#: Art. 2(3) and Recital 24, as the rows cite them.
EXCL = (
    "Art. 2(3): the Act does not apply to systems placed on the market, put into service or "
    "used 'exclusively' for military, defence or national-security purposes; Recital 24: a "
    "system used, temporarily or permanently, for civilian, humanitarian, law-enforcement or "
    "public-security purposes is in scope for that use, and one placed on the market for "
    "excluded and non-excluded purposes is in scope"
)

#: Why a system in no Annex III area has no high-risk duties.
NOT_HR = (
    "no Annex III area and no Annex I product: not high-risk (Art. 6(1)-(2)), so the "
    "Chapter III requirements do not apply"
)

CASES: list[tuple[str, str, str, str, str]] = [
    # --- Defence ministry and immigration service: one translation service ---
    (
        "translation-shared-border",
        D,
        f"{EU}/scope-qualification-recorded",
        "fail",
        f"clause 3 claims the exclusion for the whole service and disclaims every duty, "
        f"clause 4 lets the IND translate asylum files (border management); {EXCL}",
    ),
    (
        "translation-shared-border",
        D,
        f"{EU}/high-risk-classification",
        "not_applicable",
        "clause 5: translation, no assessment of any applicant, no Annex III area (point 7(c) "
        "is the examination of applications 'with regard to the eligibility' of the "
        "applicants). Blind answer was pass; the Art. 6(4) documentation duty arises only for "
        "an Annex III system, so the rule does not apply",
    ),
    (
        "translation-shared-border",
        D,
        f"{EU}/ai-literacy",
        "pass",
        "clause 8: the supplier trains the operators of both customers (Art. 4, as amended by "
        "Regulation (EU) 2026/1744); in scope through the IND's use",
    ),
    (
        "translation-shared-border",
        D,
        f"{EU}/risk-management",
        "not_applicable",
        f"in scope, but {NOT_HR} (Art. 9)",
    ),
    (
        "translation-shared-border",
        D,
        f"{EU}/deployer-duties",
        "not_applicable",
        f"{NOT_HR}: Art. 26 binds deployers of high-risk systems",
    ),
    (
        "translation-shared-border",
        D,
        f"{EU}/no-prohibited-practice",
        "unknown",
        "clause 4 permits translation only, but the contract neither rules out the Art. 5(1) "
        "practices nor says what the system can do (capabilities); Art. 5 also forbids placing "
        "on the market a system for them. Blind answer was pass, read from the complete use list",
    ),
    # --- Armed forces' intrusion detection on a grid operator's network ---
    (
        "grid-cyber-armed-forces",
        D,
        f"{EU}/scope-qualification-recorded",
        "fail",
        f"clause 3 relies on Art. 2(3) while clause 2 lets the operator's security centre use "
        f"the alerts to secure its own networks (civilian); {EXCL}. The dual-use clause does "
        "not make the claim true for the operator's use. Blind answer was pass",
    ),
    (
        "grid-cyber-armed-forces",
        D,
        f"{EU}/high-risk-classification",
        "not_applicable",
        "clause 5: detects and reports, controls nothing, used solely for cybersecurity; "
        "Recital 55: components used solely for cybersecurity are no safety components, so "
        "not Annex III point 2. Blind answer was pass (see the translation row)",
    ),
    (
        "grid-cyber-armed-forces",
        D,
        f"{EU}/ai-literacy",
        "unknown",
        "in scope through the operator's civilian use; nothing on training the analysts or the "
        "operator's staff (Art. 4)",
    ),
    (
        "grid-cyber-armed-forces",
        D,
        f"{EU}/risk-management",
        "not_applicable",
        f"{NOT_HR} (Art. 6(2), Annex III point 2, Recital 55)",
    ),
    (
        "grid-cyber-armed-forces",
        D,
        f"{EU}/human-oversight",
        "not_applicable",
        f"{NOT_HR} (Art. 14)",
    ),
    (
        "grid-cyber-armed-forces",
        D,
        f"{EU}/eu-database-registration",
        "not_applicable",
        "not in Annex III at all, so neither Art. 49(1) (high-risk) nor 49(2) (an Annex III "
        "system its provider considers not high-risk under Art. 6(3)) applies",
    ),
    # --- Depot forecasting, amended to forecast migration routes ---
    (
        "logistics-repurposed-migration",
        BEFORE,
        f"{EU}/scope-qualification-recorded",
        "pass",
        "clause 2: military logistics 'only' (purposes and uses complete, no lawful-use "
        "grant); clause 3 claims Art. 2(3) with a dual-use clause (Recital 24)",
    ),
    (
        "logistics-repurposed-migration",
        BEFORE,
        f"{EU}/risk-management",
        "not_applicable",
        "used exclusively for military and defence purposes: outside the Act (Art. 2(3))",
    ),
    (
        "logistics-repurposed-migration",
        BEFORE,
        f"{EU}/ai-literacy",
        "not_applicable",
        "outside the Act (Art. 2(3)): no Art. 4 duty",
    ),
    (
        "logistics-repurposed-migration",
        AFTER,
        f"{EU}/scope-qualification-recorded",
        "fail",
        f"Amendment No. 1 adds forecasting for the interior ministry's border management while "
        f"clause 3 still says the Ministry uses FlowCast 'exclusively' for military purposes; "
        f"{EXCL} ('temporarily or permanently'). Blind answer was pass, on the dual-use clause",
    ),
    (
        "logistics-repurposed-migration",
        AFTER,
        f"{EU}/ai-literacy",
        "unknown",
        "in scope for the migration use from 1 Sep 2028 (Recital 24); nothing on training the "
        "operators (Art. 4)",
    ),
    (
        "logistics-repurposed-migration",
        AFTER,
        f"{EU}/high-risk-classification",
        "not_applicable",
        "route and week aggregates, no person assessed: not Annex III point 7(b), which is "
        "about the risk a natural person poses. Blind answer was pass (see the translation row)",
    ),
    (
        "logistics-repurposed-migration",
        AFTER,
        f"{EU}/roles-allocated",
        "unknown",
        "the amendment does not say who is provider and deployer of the new use, which the "
        "Ministry runs on the interior ministry's behalf (Art. 3(3)-(4))",
    ),
    (
        "logistics-repurposed-migration",
        AFTER,
        f"{EU}/risk-management",
        "not_applicable",
        f"in scope now, but {NOT_HR}",
    ),
    # --- NATO disaster centre: relief chatbot via a Belgian contractor ---
    (
        "alliance-relief-contractor",
        D,
        f"{EU}/transparency",
        "unknown",
        "the Art. 2(4) claim fails: the cooperation is civil protection, not law enforcement "
        "or judicial cooperation; the contractor puts the system into service in Belgium "
        "(Art. 2(1)(a)) and the Centre deploys it there (2(1)(b)). A chatbot answering the "
        "public: Art. 50(1) (from 2 Aug 2026) asks the provider to tell people they interact "
        "with AI; the contract is silent",
    ),
    (
        "alliance-relief-contractor",
        D,
        f"{EU}/ai-literacy",
        "pass",
        "clause 6: the contractor trains the Centre's staff (Art. 4)",
    ),
    (
        "alliance-relief-contractor",
        D,
        f"{EU}/high-risk-classification",
        "not_applicable",
        "clause 4: no Annex III area (translation and a relief chatbot). Blind answer was pass "
        "(see the translation row)",
    ),
    (
        "alliance-relief-contractor",
        D,
        f"{EU}/no-prohibited-practice",
        "unknown",
        "complete use list, but no Art. 5(1) restriction and no capabilities stated. Blind "
        "answer was pass (see the translation row)",
    ),
    (
        "alliance-relief-contractor",
        D,
        f"{EU}/deployer-duties",
        "not_applicable",
        f"{NOT_HR}: Art. 26 binds deployers of high-risk systems",
    ),
    # --- Police counter-terrorism unit: 'national security' ---
    (
        "police-ct-national-security",
        D,
        f"{EU}/scope-qualification-recorded",
        "fail",
        "clause 3 claims the national-security exclusion, but clause 2 is a criminal police "
        "unit's investigation of terrorist offences: law enforcement (LED Art. 1(1), Art. "
        "3(7)(a); AI Act Annex III point 6), not 'exclusively' national security (Art. 2(3), "
        "Recital 24); the label does not decide it",
    ),
    (
        "police-ct-national-security",
        D,
        f"{EU}/high-risk-classification",
        "fail",
        "profiling in criminal investigations and ranking persons by the risk of offending: "
        "Annex III point 6(d)-(e), high-risk (Art. 6(2)), and a profiling system is never "
        "saved by Art. 6(3); clause 3 says no classification was made",
    ),
    (
        "police-ct-national-security",
        D,
        f"{EU}/risk-management",
        "unknown",
        "high-risk and in scope; the contract says nothing on a risk-management system (Art. 9)",
    ),
    (
        "police-ct-national-security",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "unknown",
        "a public authority deploying an Annex III point 6 system assesses the impact on "
        "fundamental rights before use (Art. 27(1)); silent",
    ),
    (
        "police-ct-national-security",
        D,
        f"{EU}/human-oversight",
        "unknown",
        "who may override or stop the rankings is not stated (Art. 14, Art. 26(2))",
    ),
    (
        "police-ct-national-security",
        D,
        f"{EU}/ai-literacy",
        "unknown",
        "nothing on training the investigators (Art. 4)",
    ),
    (
        "police-ct-national-security",
        D,
        f"{EU}/eu-database-registration",
        "unknown",
        "the provider registers the system and the public-authority deployer its use (Art. "
        "49(1), (3); for law enforcement in the non-public section, 49(4)); silent",
    ),
    (
        "police-ct-national-security",
        D,
        f"{DR}/led-automated-decisions",
        "unknown",
        "the unit is a competent authority processing for the investigation of criminal "
        "offences: the LED governs (Arts 1(1), 2(1), 3(7)(a)), not displaced by a 'national "
        "security' label (Art. 2(3)(a)); the ranking of suspects may be an automated decision "
        "with adverse effects (Art. 11(1)) and nothing says who decides or what safeguards "
        "apply. The tool said not_applicable before this audit (fixed: led-applies)",
    ),
    # --- Biometric product for force protection, also sold on the civilian market ---
    (
        "defence-product-civilian-market",
        D,
        f"{EU}/scope-qualification-recorded",
        "pass",
        "clause 2: the Ministry's use solely for base protection (defence, no lawful-use "
        "grant); clause 3 claims Art. 2(3) for that use with a dual-use clause. Recital 24 "
        "leaves a defence entity free to use for defence a system that is in scope elsewhere",
    ),
    (
        "defence-product-civilian-market",
        D,
        f"{EU}/deployer-duties",
        "not_applicable",
        "the Ministry's own use is exclusively for defence: its deployer duties are excluded "
        "(Art. 2(3); Recital 24, 'should not affect the possibility of entities carrying out "
        "... defence ... activities ... to use AI systems for ... defence purposes')",
    ),
    (
        "defence-product-civilian-market",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "not_applicable",
        "a deployer's duty (Art. 27), and the Ministry's use is excluded (Art. 2(3))",
    ),
    # --- Intelligence agency: translation of intercepts (the control) ---
    (
        "intel-translation-excluded",
        D,
        f"{EU}/scope-qualification-recorded",
        "pass",
        "clause 2: solely the agency's national-security tasks, built for it alone, no "
        "lawful-use grant; clause 3 claims Art. 2(3) with a dual-use clause (Recital 24)",
    ),
    (
        "intel-translation-excluded",
        D,
        f"{EU}/ai-literacy",
        "not_applicable",
        "exclusively national security, placed on the market for nothing else: outside the "
        "Act (Art. 2(3)), Art. 4 included",
    ),
    (
        "intel-translation-excluded",
        D,
        f"{EU}/high-risk-classification",
        "not_applicable",
        "outside the Act (Art. 2(3))",
    ),
    (
        "intel-translation-excluded",
        D,
        f"{EU}/no-prohibited-practice",
        "not_applicable",
        "Art. 2(3) takes the system out of the whole Regulation, Art. 5 included",
    ),
    (
        "intel-translation-excluded",
        D,
        f"{EU}/transparency",
        "not_applicable",
        "outside the Act (Art. 2(3)): no Art. 50 duty",
    ),
    # --- INTERPOL: evidence reliability under Art. 2(4) ---
    (
        "interpol-cooperation-contractor",
        D,
        f"{EU}/scope-qualification-recorded",
        "pass",
        "clause 3 states the purpose (law enforcement), relies on no Art. 2(3) exclusion and "
        "records the Art. 2(4) conditions: cooperation agreements for law enforcement with the "
        "Union and the Member States, with adequate safeguards",
    ),
    (
        "interpol-cooperation-contractor",
        D,
        f"{EU}/deployer-duties",
        "not_applicable",
        "Art. 2(4): the Act does not apply to an international organisation using a system "
        "in the framework of law-enforcement cooperation agreements with adequate safeguards; "
        "INTERPOL is the deployer",
    ),
    (
        "interpol-cooperation-contractor",
        D,
        f"{EU}/fundamental-rights-impact-assessment",
        "not_applicable",
        "a deployer's duty (Art. 27), and the deployer is exempt (Art. 2(4))",
    ),
]

#: Why the provider of a product on the civilian market stays bound.
DUAL_MARKET = (
    "clause 4: FaceTrace is the supplier's standard product, supplied to police forces and "
    "security firms in the Member States: post-remote biometric identification, Annex III "
    "point 1(a). Recital 24: a system placed on the market for an excluded and a non-excluded "
    "purpose is in scope and 'providers of those systems should ensure compliance'; only the "
    "Ministry's use is excluded. The contract is silent on the provider's duty: unknown. "
    "Clause 4 states ai_act.also_placed_for_non_excluded_purposes, which the provider's "
    "scope (provider-in-scope) reads; the tool said not_applicable before, as its one scope "
    "gate read the Ministry's purposes for provider and deployer alike"
)

#: Why the EU provider of a system an international organisation uses under Art. 2(4) stays bound.
ART24_PROVIDER = (
    "Art. 2(4) exempts 'public authorities in a third country' and 'international "
    "organisations' where they use the system under law-enforcement cooperation agreements; "
    "it does not exempt the French company that puts the system into service in Lyon (Art. "
    "2(1)(a), 3(11)); Recital 22 extends the exemption at most to entities the third "
    "countries entrust with tasks in that cooperation. The contract is silent on the "
    "provider's duty for an Annex III point 6(c) system: unknown. The provider's scope "
    "(provider-in-scope) reads the exempt user and the system's deployment in France; the "
    "tool said not_applicable before, as its one scope gate (in-scope) switched the whole "
    "Act off for provider and deployer alike"
)

KNOWN_WRONG: list[tuple[str, str, str, str, str]] = []

#: The six rows that were known wrong until the provider got a scope of its own.
CASES += [
    (
        "alliance-relief-contractor",
        D,
        f"{EU}/scope-qualification-recorded",
        "fail",
        "clause 3 records that the Act does not apply under Art. 2(4), but the cooperation is "
        "civil protection, not 'law enforcement and judicial cooperation', so the exemption "
        "cannot hold and the Act applies (Art. 2(1)(a)-(b)): the recorded qualification is "
        "wrong. Clause 3 states ai_act.cooperation_exemption_claimed, which the rule tests "
        "against the exemption's conditions (third-country-cooperation, here "
        "ai_act.law_enforcement_cooperation false). The tool passed before (purposes stated, no "
        "Art. 2(3) claim): the vocabulary had no fact for a claim of Art. 2(4)",
    ),
    (
        "defence-product-civilian-market",
        D,
        f"{EU}/conformity-assessment",
        "unknown",
        f"Art. 43: {DUAL_MARKET}",
    ),
    (
        "defence-product-civilian-market",
        D,
        f"{EU}/risk-management",
        "unknown",
        f"Art. 9: {DUAL_MARKET}",
    ),
    (
        "defence-product-civilian-market",
        D,
        f"{EU}/technical-documentation",
        "unknown",
        f"Art. 11: {DUAL_MARKET}",
    ),
    (
        "interpol-cooperation-contractor",
        D,
        f"{EU}/risk-management",
        "unknown",
        f"Art. 9: {ART24_PROVIDER}",
    ),
    (
        "interpol-cooperation-contractor",
        D,
        f"{EU}/conformity-assessment",
        "unknown",
        f"Art. 43: {ART24_PROVIDER}",
    ),
]

#: Why the rules that mix provider and deployer duties read the provider's half alone here.
SPLIT = (
    "the rule splits its duties by role (branch scoperole2): the provider's half reads "
    "provider-high-risk-in-scope (or provider-in-scope), the deployer's half in-scope, and "
    "where the deployer's use is outside the Act only the provider's half is read; the tool "
    "said not_applicable before, as the rule read the deployment's scope alone"
)

#: The rows that moved when the mixed rules were split by role.
CASES += [
    (
        "defence-product-civilian-market",
        D,
        f"{EU}/human-oversight",
        "unknown",
        f"Art. 14(4)(d)-(e) and 14(5): the provider designs FaceTrace, a post-remote biometric "
        f"identification system (Annex III point 1(a)), for override, stop and two-person "
        f"verification; the contract is silent on them. The Ministry's assignment of trained "
        f"overseers (Art. 26(2)) is not read: its use is outside the Act (Art. 2(3)). "
        f"{DUAL_MARKET}; {SPLIT}",
    ),
    (
        "defence-product-civilian-market",
        D,
        f"{EU}/serious-incident-reporting",
        "unknown",
        f"Art. 73: the provider reports serious incidents; the contract sets no reporting. "
        f"The Ministry's notice to the provider (Art. 26(5)) is not read. {DUAL_MARKET}; {SPLIT}",
    ),
    (
        "defence-product-civilian-market",
        D,
        f"{EU}/high-risk-classification",
        "unknown",
        f"Art. 6(2) and (4): the provider classifies a point 1(a) system; the contract does not "
        f"record the classification. {DUAL_MARKET}; {SPLIT}",
    ),
    (
        "interpol-cooperation-contractor",
        D,
        f"{EU}/high-risk-classification",
        "pass",
        f"clause 2 records the classification (Annex III point 6(c), law enforcement), the "
        f"provider's duty (Art. 6(2), (4)). {ART24_PROVIDER}; {SPLIT}",
    ),
    (
        "interpol-cooperation-contractor",
        D,
        f"{EU}/logging-and-retention",
        "unknown",
        f"Arts 12 and 19(1): the provider's logging design and its retention of the logs; the "
        f"contract is silent. INTERPOL's own retention (Art. 26(6)) does not bind it (Art. "
        f"2(4)). {ART24_PROVIDER}; {SPLIT}",
    ),
    (
        "interpol-cooperation-contractor",
        D,
        f"{EU}/human-oversight",
        "unknown",
        f"Art. 14(4)(d)-(e): the provider designs the system so that the reviewers can "
        f"override and stop it; the contract is silent. INTERPOL's duty to assign trained "
        f"overseers (Art. 26(2)) does not bind it (Art. 2(4)). {ART24_PROVIDER}; {SPLIT}",
    ),
]

test_audit59_verdict = verdict_test(DATA, CASES, KNOWN_WRONG)


def test_every_audit59_file_is_used() -> None:
    assert_every_file_used(DATA, (row[0] for row in CASES), (row[0] for row in KNOWN_WRONG))
