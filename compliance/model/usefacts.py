"""Facts about use: restrictions (prohibited uses), grants, safeguards, surveillance,
autonomy limits and weapons (the sections of :class:`compliance.model.facts.Facts` that say
what the system may and may not be used for)."""

from __future__ import annotations

from typing import Annotated

from compliance.model.types import (
    Bool,
    Fact,
    FactList,
    Int,
    Section,
    Str,
    Vocab,
)
from compliance.model.types import fact_field as _f

# Short alias for vocabulary-typed fields.
V = Vocab


#: What every prohibition's ``prohibited`` means, whatever the use it prohibits.
_PROHIBITION = (
    "A prohibition binds those who use the system (the customer, or every party): a "
    "promise only to use efforts to prevent the use (best, reasonable or commercially "
    "reasonable efforts), or only not to knowingly permit it, prohibits nothing and "
    "promises no result: unspecified, unless another term prohibits the use. A "
    "prohibition made 'subject to' a law or the customer's policy is stated (true), "
    "its qualifier under condition. A prohibition reaches only what the contract's "
    "definition of its term covers, whatever its heading: a defined term that leaves "
    "part of the practice out (a threshold of scale, such as the monitoring of more "
    "than ten million persons; human targets only; systems with no human involvement "
    "at any stage, which no fielded system meets) is stated (true) with that carve-out "
    "among its exceptions (defined-narrowly). A term that binds only a party that does "
    "not use the system prohibits nothing its user does: 'the Provider shall not use "
    "the Services for mass surveillance' while the customer runs them is not a "
    "prohibition of the customer's use (unspecified, unless another term prohibits "
    "it). Whether a prohibition binds every user the contract admits is "
    "binds_every_user."
)


class Restriction(Section):
    """A use the contract prohibits (or expressly permits), for whom and on what condition."""

    prohibited: Fact[Bool] | None = _f(
        "true: the contract prohibits this use; false: it expressly permits it. " + _PROHIBITION
    )
    binds_every_user: Fact[Bool] | None = _f(
        "Whether the prohibition binds everyone the contract lets use the system. true: it "
        "binds each of them, the customer and every other user the contract admits (the "
        "customer's contractors, other agencies of its government, an end customer to whom "
        "a licensee or integrator supplies, sublicenses or makes the system available): by "
        "its own words ('neither party', 'the Customer and each Authorised User'), by a "
        "term that obliges the customer to bind them to it in substance (a flow-down in "
        "terms no less protective), or by one that makes the customer answer for their use "
        "as for its own. false: the contract lets someone use the system whom the "
        "prohibition does not bind (a contract binds its parties only: UNIDROIT Principles "
        "2016, Art. 1.3): a ban on 'the Customer' while other agencies or contractors may "
        "use the system as Authorised Users who are not parties, with no flow-down and no "
        "responsibility for them; a licensee's ban while it may sublicense the system on "
        "terms of its choosing. Who may enforce the ban (the provider alone, a third-party "
        "beneficiary) does not decide it. Left out, the prohibition is read as binding "
        "those who use the system."
    )
    condition: Fact[Annotated[str, V("RestrictionCondition")]] | None = _f(
        "On what condition the prohibition applies."
    )
    exceptions: FactList[Annotated[str, V("RestrictionException")]] | None = _f(
        "Carve-outs from the prohibition. Left out, they are unknown, like any fact: write "
        "'{items: [], complete: true}' when the contract allows none, and the full list "
        "with 'complete: true' when it lists them all."
    )
    waivable_by_customer: Fact[Bool] | None = _f(
        "Whether the customer can waive it. true: the customer can waive, suspend or set "
        "aside the prohibition on its own, whatever the clause calls it: by notice, by a "
        "written direction of its contracting officer (who acts for the Government, FAR "
        "1.602-1), in an emergency it declares itself, 'subject to operational "
        "requirements' it alone judges, for an operation it names after its own internal "
        "review, by a carve-out for a purpose the contract does not define and the customer "
        "alone delimits ('this clause does not apply to force protection', 'save for "
        "operational necessity'), or by ending the contract at will (termination for "
        "convenience) while it keeps using the system under a licence that outlives the "
        "prohibition. An agreed "
        "term that ends, suspends or relaxes the prohibition from a day the customer "
        "chooses (an amendment under which it 'ceases to apply from the date stated in the "
        "Customer's written notice') makes it waivable from the day that term is agreed, "
        "whether or not notice has been given: record true on a term in force from then "
        "(the lifting itself, on the notice, is a term that takes effect on that event). "
        "false: it cannot (lifting the prohibition needs the other party's agreement)."
    )
    amendable_by_provider: Fact[Bool] | None = _f(
        "Whether the provider (the vendor whose terms hold the prohibition) can withdraw, "
        "amend or relax it on its own. true: it can, with no act of the customer, e.g. a "
        "prohibition in the vendor's usage policy that the vendor may revise 'at any time' "
        "(by posting a new version), or that applies 'as updated from time to time' by the "
        "vendor. false: changing it needs the customer's agreement (a written amendment "
        "both sign)."
    )
    law_reference: Fact[Annotated[str, V("LawReference")]] | None = _f(
        "Whether laws it refers to are fixed at signing or as amended."
    )
    prevails_over_grants: Fact[Bool] | None = _f(
        "true: this prohibition applies notwithstanding any grant of lawful use (e.g. "
        "'clause 7(b) applies notwithstanding clause 3'); false: it yields to such a grant "
        "(is subject to it). Stated, it decides for this prohibition whatever "
        "grants.red_lines_prevail says (the specific term prevails over the general one); "
        "left out, grants.red_lines_prevail decides, and unknown where that is left out too."
    )


class SurveillanceRestriction(Restriction):
    """The mass-surveillance prohibition."""

    protected_persons: FactList[Annotated[str, V("Population")]] | None = _f(
        "Whom the prohibition protects (e.g. only us-persons, or all-persons)."
    )
    intentional_only: Fact[Bool] | None = _f(
        "true: it forbids only intentional or deliberate surveillance."
    )
    covers: FactList[Annotated[str, V("SurveillanceScope")]] | None = _f(
        "Activities and data the prohibition expressly covers."
    )
    network_defence_confined: Fact[Bool] | None = _f(
        "Where the ban carves out network defence: true, each use the carve-out permits is "
        "confined to the security of the customer's own networks and information systems "
        "(detecting and stopping attacks on them: GDPR Recital 49; NIS2 Directive (EU) "
        "2022/2555, Art. 21) and leaves out the content of persons' communications and the "
        "monitoring of persons as such; false: the carve-out reaches further (e.g. "
        "monitoring the content of communications, or of networks other than the "
        "customer's, for 'network defence')."
    )
    reidentification_permitted: Fact[Bool] | None = _f(
        "Where the ban carves out anonymised aggregate metrics: true, the contract permits "
        "the customer (or anyone at its request) to re-identify the persons behind the "
        "carved-out data (e.g. a re-identification on request, with the keys kept for it), "
        "so that the data are personal data (GDPR Art. 4(1), Recital 26; CJEU C-582/14 "
        "Breyer, paras 41-49) and the carve-out lifts the ban's protection from the people "
        "in them; false: the contract forbids re-identifying them. Left out, the "
        "carve-out is read by its own meaning, anonymous data."
    )


class WeaponsRestriction(Restriction):
    """The autonomous-weapons prohibition."""

    prohibited: Fact[Bool] | None = _f(
        "true: the contract prohibits use in weapon systems that select and engage targets "
        "without human intervention; false: it expressly permits it. Prohibited where the "
        "contract forbids using the system to select or engage targets, or to control a "
        "weapon, without a human operator's decision for the engagement ('without an "
        "affirmative decision by a human operator for each engagement'; "
        "weapons.human_decision_per_engagement is then true too). A clause that forbids use "
        "only 'without appropriate human judgment' ('The System shall not be used to make "
        "final targeting decisions without appropriate human judgment') is no such "
        "prohibition, however it is worded ('shall not'): appropriate levels of human "
        "judgment over the use of force is the standard DoD Directive 3000.09 (25 Jan 2023, "
        "para 1.2) sets for the design and review of autonomous weapon systems, which it "
        "permits after senior review, not a ban of them. Record such a clause as "
        "weapons.human_judgment_standard appropriate-human-judgment and leave this fact out "
        "(unspecified), and weapons.human_decision_per_engagement too, unless another term "
        "states them. " + _PROHIBITION
    )

    pinned_policy: Fact[Str] | None = _f(
        "The named policy version it is pinned to (e.g. 'DoDD 3000.09 of 25 Jan 2023')."
    )
    operator_supervised: Fact[Bool] | None = _f(
        "Where the ban carves out materiel targets or local defence: true, each weapon system "
        "the carve-out permits engages only under the supervision of a human operator who "
        "can intervene in its operation in time and deactivate it (the operator-supervised "
        "systems DoD Directive 3000.09 (25 Jan 2023) exempts from senior review for local "
        "defence against materiel targets; ICRC position of 12 May 2021, recommendation 3). "
        "false: a carved-out system may engage with no operator supervising it (e.g. 'no "
        "operator action is required'). A system that engages 'without operator input' is "
        "not thereby unsupervised: an operator on the loop gives no input per engagement "
        "but can intervene. Left out, the carve-out's effect is unknown."
    )


class IntimateImageryRestriction(Restriction):
    """The ban on generating non-consensual intimate imagery and child sexual abuse material
    (AI Act Art. 5(1)(ba)-(bb), from 2 Dec 2026)."""

    prohibited: Fact[Bool] | None = _f(
        "true: the contract prohibits generating or manipulating non-consensual intimate "
        "imagery and child sexual abuse material; false: it expressly permits it. Art. "
        "5(1)(ba) covers only realistic intimate or sexually explicit material of an "
        "identifiable person made without that person's explicit consent: a clause that "
        "forbids such imagery 'except with the depicted adult's explicit consent', and "
        "child sexual abuse material without exception, carves nothing out of the "
        "prohibited practice: true, with no carve-out among the exceptions ('{items: [], "
        "complete: true}' where no other is stated). A proviso that reaches further is a "
        "carve-out (exceptions: defined-narrowly): consent given or confirmed by someone "
        "other than the person depicted (the customer, a platform's terms of use), consent "
        "presumed or not explicit, or a proviso that does not exclude material depicting "
        "children (which point (bb) prohibits whatever consent is claimed). " + _PROHIBITION
    )


class BiometricIdentificationRestriction(Restriction):
    """The ban on real-time remote biometric identification (AI Act Art. 5(1)(h)), with
    the conditions under which its exceptions may be used (Art. 5(2)-(5)) and the limits
    of each exception (Art. 5(1)(h)(i)-(iii), and Annex II for the suspects exception)."""

    targeted_individual_only: Fact[Bool] | None = _f(
        "Used only to confirm the identity of the specifically targeted individual (5(2))."
    )
    prior_authorisation: Fact[Bool] | None = _f(
        "Each use has prior authorisation by a judicial authority or an independent "
        "administrative authority whose decision is binding, or, in a duly justified "
        "urgency, starts without it and requests it without undue delay, at the latest "
        "within 24 hours, stopping at once and deleting the data and results if it is "
        "refused (5(3))."
    )
    national_law: Fact[Bool] | None = _f(
        "A member state law provides for the use and its detailed rules (5(5))."
    )
    fria_and_registration: Fact[Bool] | None = _f(
        "A fundamental-rights impact assessment (Art. 27) is completed before use, and the "
        "system registered in the EU database (Art. 49) before use, or, in a duly justified "
        "urgency, without undue delay after (5(2))."
    )
    authority_notified: Fact[Bool] | None = _f(
        "Each use is notified to the market-surveillance and data-protection authorities (5(4))."
    )
    annex_ii_offences_only: Fact[Bool] | None = _f(
        "Each use the contract permits under the suspects exception (serious-crime-suspects) "
        "is the localisation or identification of a person suspected of having committed a "
        "criminal offence listed in Annex II and punishable in the member state concerned by "
        "a custodial sentence or detention order for a maximum period of at least four years, "
        "for a criminal investigation, prosecution or executing a criminal penalty "
        "(5(1)(h)(iii)). false: the exception reaches other offences (e.g. suspects of any "
        "criminal offence)."
    )
    specific_victims_only: Fact[Bool] | None = _f(
        "Each use the contract permits under the victim-search exception is the targeted "
        "search for specific victims of abduction, trafficking in human beings or sexual "
        "exploitation of human beings, or the search for missing persons (5(1)(h)(i)). "
        "false: the exception reaches other searches (e.g. for persons of interest, "
        "witnesses or anyone on a watch list)."
    )
    specific_threat_only: Fact[Bool] | None = _f(
        "Each use the contract permits under the imminent-threat exception is the "
        "prevention of a specific, substantial and imminent threat to the life or physical "
        "safety of natural persons, or of a genuine and present or genuine and foreseeable "
        "threat of a terrorist attack (5(1)(h)(ii)). false: the exception reaches other "
        "threats (e.g. to public order, to property, or a general or unspecified risk)."
    )


class BiometricCategorisationRestriction(Restriction):
    """The ban on biometric categorisation by sensitive traits (AI Act Art. 5(1)(g)), with
    what a use under its carve-out is confined to."""

    confined_to_exception: Fact[Bool] | None = _f(
        "Each biometric categorisation the contract permits under the ban's carve-out is "
        "confined to what Art. 5(1)(g) leaves outside the ban: labelling or filtering "
        "lawfully acquired biometric datasets (such as sorting images) according to "
        "biometric data, including such categorising of biometric data in the area of law "
        "enforcement (Recital 30); it does not otherwise categorise individuals to deduce "
        "or infer their race, political opinions, trade-union membership, religious or "
        "philosophical beliefs, sex life or sexual orientation. false: a permitted use goes "
        "beyond that."
    )


class EmotionRecognitionRestriction(Restriction):
    """The ban on emotion recognition in the workplace and education (AI Act Art. 5(1)(f)),
    with what a use under its carve-out is confined to."""

    confined_to_exception: Fact[Bool] | None = _f(
        "Each inference of the emotions of people at work or in education that the contract "
        "permits (under the ban's carve-out, or with no ban stated) is intended for medical "
        "or safety reasons, what Art. 5(1)(f) leaves outside the ban (Recital 44: such as "
        "therapeutic use); it does not otherwise infer the emotions of workers, job "
        "candidates or students (their engagement, stress or sentiment for management, "
        "recruitment or assessment). false: a permitted use goes beyond that, e.g. a "
        "statement of work that buys the scoring of staff morale or engagement, whether or "
        "not the contract states a ban (the exception is the law's, Art. 5(1)(f), and the "
        "reasons the contract states for the use decide it)."
    )


class DomesticLawEnforcementRestriction(Restriction):
    """The ban on domestic law enforcement by a US military customer, with the statutory
    authority a permitted use rests on (18 U.S.C. §1385)."""

    express_statutory_authority: Fact[Bool] | None = _f(
        "true: each domestic law-enforcement use the contract permits rests on an Act of "
        "Congress (or the Constitution) that expressly authorises the armed forces to take "
        "part (e.g. the Insurrection Act, 10 U.S.C. §§251-255); false: it rests on none."
    )


class AutomatedDecisionRestriction(Restriction):
    """The ban on high-stakes decisions about people taken without human approval, with
    what a solely automated decision the contract allows rests on (GDPR Art. 22(2)-(3);
    Law Enforcement Directive Art. 11(1))."""

    where_practicable_only: Fact[Bool] | None = _f(
        "true: human approval of each decision is required only where practicable, feasible "
        "or appropriate, so the system may decide alone otherwise. false: always."
    )
    grounds: FactList[Annotated[str, V("AutomatedDecisionGround")]] | None = _f(
        "The grounds the solely automated decisions the contract allows rest on (GDPR "
        "Art. 22(2)(a)-(c); the Law Enforcement Directive knows only authorisation by law, "
        "Art. 11(1)). '{items: [], complete: true}': the contract states none."
    )
    safeguards: FactList[Annotated[str, V("AutomatedDecisionSafeguard")]] | None = _f(
        "The rights the contract gives people subject to such a decision (GDPR Art. 22(3): "
        "at least human intervention, expressing their point of view and contesting the "
        "decision; Law Enforcement Directive Art. 11(1): at least human intervention)."
    )


class Restrictions(Section):
    """Prohibited uses. Each entry states whether it is prohibited and on what condition."""

    in_contract: FactList[Annotated[str, V("RestrictionName")]] | None = _f(
        "The restrictions the contract has (the names of the entries below). With "
        "'complete: true' the describer states that this description records every "
        "restriction of the contract: one not listed is one the contract does not have, so "
        "no carve-out from it exists ('{items: [], complete: true}': the contract restricts "
        "no use). A describer's claim, evidence like any fact, with its clause; an open "
        "list, or leaving it out, says nothing of restrictions not recorded."
    )

    mass_surveillance: SurveillanceRestriction | None = _f(
        "Mass, bulk or untargeted surveillance of people."
    )
    autonomous_weapons: WeaponsRestriction | None = _f(
        "Use in weapon systems that select and engage targets without human intervention. "
        "A ban on every weapons use, or on integrating the system into any weapon's "
        "targeting or fire control (weapons_integration), bans this use too: record it here "
        "as well, with the same condition, carve-outs and waiver (a weapons ban that yields "
        "to the provider's approval yields so for autonomous weapons)."
    )
    weapons_integration: Restriction | None = _f(
        "Any integration into a weapon system or weapons use at all."
    )
    anti_personnel_autonomy: Restriction | None = _f(
        "Autonomous functions that apply force against persons. An autonomous-weapons ban "
        "whose only carve-outs admit force against materiel alone (e.g. automatic mode "
        "'against unmanned aerial systems'), or a ban on every weapons use, bans this use "
        "too: record it here as well (true, with no carve-out and the same condition); a "
        "carve-out that admits force against persons (non-lethal force, say) is among its "
        "exceptions. An autonomous-weapons ban whose term reaches force against persons "
        "(a definition that names human targets or persons) is this prohibition too: record "
        "it here as well, with the same condition and waiver; a part of its definition that "
        "leaves some such function out (systems with no human involvement at any stage, "
        "which no fielded system is) is among its exceptions (defined-narrowly), while its "
        "limit to human targets leaves nothing out here."
    )
    real_time_remote_biometric_identification: BiometricIdentificationRestriction | None = _f(
        "Real-time remote biometric identification in publicly accessible spaces "
        "(EU AI Act Art. 5(1)(h))."
    )
    facial_image_scraping: Restriction | None = _f(
        "Untargeted scraping of facial images to build recognition databases (Art. 5(1)(e))."
    )
    social_scoring: Restriction | None = _f("Social scoring (Art. 5(1)(c)).")
    biometric_categorisation: BiometricCategorisationRestriction | None = _f(
        "Biometric categorisation inferring sensitive traits (Art. 5(1)(g))."
    )
    crime_prediction: Restriction | None = _f(
        "Predicting offending based solely on profiling (Art. 5(1)(d))."
    )
    emotion_recognition_workplace: EmotionRecognitionRestriction | None = _f(
        "Emotion recognition in workplaces and education (Art. 5(1)(f))."
    )
    manipulation: Restriction | None = _f(
        "Subliminal, manipulative or deceptive techniques, or exploiting vulnerabilities "
        "(Art. 5(1)(a)-(b))."
    )
    intimate_imagery: IntimateImageryRestriction | None = _f(
        "Generating non-consensual intimate imagery or child sexual abuse material "
        "(Art. 5(1)(ba)-(bb), from 2 Dec 2026)."
    )
    domestic_law_enforcement: DomesticLawEnforcementRestriction | None = _f(
        "Domestic law-enforcement use by a military customer."
    )
    high_stakes_automated_decisions: AutomatedDecisionRestriction | None = _f(
        "High-stakes decisions about people taken without human approval."
    )
    discriminatory_profiling: Restriction | None = _f(
        "Profiling that results in discrimination against people on the basis of special "
        "categories of data (Law Enforcement Directive Art. 11(3)); prohibited: false where "
        "the contract expressly permits it."
    )
    intelligence_agency_use: Restriction | None = _f(
        "Use by the customer's intelligence agencies or components."
    )
    training_on_customer_data: Restriction | None = _f(
        "The vendor training its models on customer data, prompts or outputs."
    )
    weapons_platform_installation: Restriction | None = _f(
        "Installing the model on weapons platforms, munitions or edge devices."
    )


class Grants(Section):
    """Rights of use the contract grants."""

    uses_recorded_in_full: Fact[Bool] | None = _f(
        "true: this description records every term of the contract that permits, buys or "
        "authorises a use (use_cases, purposes, grants), even where the contract's own list "
        "of uses is illustrative ('including ...') and stays open: a use the contract does "
        "not name is bought by no term specific to it. A describer's claim, evidence like "
        "any fact, with its clause; left out, an open list of uses may hide a use the "
        "contract buys."
    )

    any_lawful_use: Fact[Bool] | None = _f(
        "true: the customer may use the system for any (or all) lawful purposes. So does a "
        "term that nothing in the contract restricts the customer's lawful activities of a "
        "kind ('nothing in this Contract restricts the Customer's lawful national-security "
        "activities'): within them the customer's only limit is the law, and a restriction "
        "gives way to it unless the contract says the restriction prevails. false: the "
        "contract grants no lawful use at large: it permits only the uses it names ('these "
        "are the only uses permitted', a closed list of permitted uses) or says it grants "
        "no other. A list of uses given by example ('including ...') does not state it."
    )
    limited_only_by_law: Fact[Bool] | None = _f(
        "true: no term of the contract restricts the uses it grants beyond what the law "
        "does (no prohibited use, red line or carve-out from the grant, no usage policy "
        "that binds): the customer's only limit is the law. false: some term does. Left "
        "out, like any fact, it is unknown, and a restriction the contract does not state "
        "is silence, not its absence; a term that later adds a restriction states false "
        "(and prevails over the term that stated true). A grant that outlives every "
        "restriction (a licence that survives termination or expiry while the clauses that "
        "restrict its use do not) is limited only by the law from the day they end: record "
        "true on a term in force from that day (the survival clause, with 'effective' the "
        "day after the contract ended), since no rule reads a clause's text."
    )
    red_lines_prevail: Fact[Bool] | None = _f(
        "true: the restrictions apply notwithstanding any lawful-use grant; false: they "
        "yield to it. It speaks for every restriction; a restriction's own statement "
        "(restrictions.NAME.prevails_over_grants) prevails over it for that restriction."
    )
    usage_policy_applies: Fact[Bool] | None = _f(
        "true: the vendor's usage policy binds the customer. false: it does not, and while a "
        "term other than a usage policy says so, what a usage-policy source states is not "
        "contract terms (read like a press report: it decides no verdict)."
    )
    sources_not_binding: FactList[Str] | None = _f(
        "Ids of sources (an annex, a statement of work...) the contract states do not bind "
        "(e.g. 'for information only'): while a contract term says so, what those sources "
        "state is not contract terms (read like a press report: it decides no verdict)."
    )
    modifications_signed_by: FactList[Str] | None = _f(
        "Ids of the parties whose signatures the contract (or the law) requires for a "
        "modification to bind (e.g. 'modified only by a written modification signed by the "
        "Contracting Officer and the Contractor': [dod, vendor]; for 'signed by all parties' "
        "name each). A clause or source that states its signatories (signed_by) and lacks "
        "one of them binds no one, and where its signatories are stated only in part, "
        "whether it binds is unknown. It does not apply to the term that states it, nor to a "
        "usage policy (which binds through the term that incorporates it)."
    )


class HumanOversight(Section):
    """Human oversight of the system's outputs."""

    mode: Fact[Annotated[str, V("HumanControl")]] | None = _f(
        "The level of human control that always applies. A level promised only where "
        "practicable, operationally feasible or appropriate (a review 'to the extent "
        "operationally feasible') is not that level: write the level the contract says "
        "applies otherwise, or unspecified where it does not say."
    )
    can_override: Fact[Bool] | None = _f("Overseers can disregard or reverse outputs.")
    can_stop: Fact[Bool] | None = _f("Overseers can stop the system (a 'stop button').")
    overseers_trained: Fact[Bool] | None = _f("Overseers are competent and trained.")
    two_person_verification: Fact[Bool] | None = _f(
        "Biometric matches are verified by two people before action (AI Act Art. 14(5))."
    )


class Safeguards(Section):
    """Safeguards and enforcement mechanisms."""

    audit_logging: Fact[Bool] | None = _f(
        "Use of the system is logged for audit. Logging promised only where technically "
        "practicable (feasible, possible) may be left out at the vendor's choice: "
        "unspecified. An audit is the customer's: the logs are kept in its environment or "
        "made available to it (on request, or to an auditor it names). Logs the vendor keeps "
        "for its own purposes and does not make available to the customer are no audit "
        "logging, whatever the clause calls them: false (NIST SP 800-53 AU-6, the "
        "organisation reviews its audit records; for a competent authority, LED Art. 25(2)-(3), "
        "its logs serve its own verification and the supervisory authority)."
    )
    log_retention_months: Fact[Int] | None = _f(
        "How long logs are kept, in the whole months the contract's period always covers "
        "(90 days is 2 months, 180 days is 5)."
    )
    government_identity_management: Fact[Bool] | None = _f(
        "Access goes through the customer's (government) identity management: every "
        "user, administrator, service and vendor-support login is authenticated by the "
        "customer's identity provider with credentials it issues. Users federated to it "
        "while the vendor's engineers administer with accounts the vendor issues or "
        "manages (local or break-glass accounts of its own) is false."
    )
    human_oversight: HumanOversight | None = _f("Human oversight of outputs.")
    outputs_advisory: Fact[Bool] | None = _f(
        "Outputs are advisory: a named human approves decisions affecting people or force. "
        "An approval or review promised only where practicable, operationally feasible, "
        "time permits or appropriate is none: where it is dispensed with, an output (a "
        "target nomination, say) goes forward with no human approving it, so false, "
        "however the clause labels the outputs ('Outputs are advisory; nominations are "
        "reviewed by a targeting officer where operationally feasible': false)."
    )
    vendor_monitoring: Fact[Bool] | None = _f("The vendor may monitor for prohibited uses.")
    vendor_safety_stack: Fact[Bool] | None = _f("The vendor runs its safety stack.")
    cleared_vendor_personnel: Fact[Bool] | None = _f("Cleared vendor staff are in the loop.")
    audit_rights: Fact[Bool] | None = _f(
        "Audit rights over compliance with the restrictions, held by someone outside the "
        "customer's chain: the vendor, an auditor the parties agree (e.g. with the required "
        "clearances), or an oversight body independent of the customer. An audit only by the "
        "customer itself (its own staff, internal audit or inspectorate, or an auditor it "
        "alone appoints) is not such a right: leave the fact out, or write false where the "
        "contract states that no one else may audit."
    )
    violation_reporting: Fact[Bool] | None = _f("Violations must be reported.")
    vendor_may_suspend: Fact[Bool] | None = _f("The vendor may suspend service on a breach.")
    customer_may_suspend: Fact[Bool] | None = _f("The customer may suspend use on a risk.")
    termination_for_breach: Fact[Bool] | None = _f("Breach of a red line allows termination.")
    incident_notification: Fact[Bool] | None = _f("Incidents are notified to the other party.")
    ai_literacy_training: Fact[Bool] | None = _f(
        "Staff operating the system get training (AI literacy, EU AI Act Art. 4)."
    )


class Surveillance(Section):
    """Terms on intelligence and person-related analysis."""

    targeted_by_default: Fact[Bool] | None = _f(
        "Processing of communications uses selectors or discriminants by default: true only "
        "where the system processes (collects, transcribes, translates, analyses) only the "
        "material that specific selectors or discriminants pick out. Material processed in "
        "full (whole channels, feeds or datasets) and searched with selectors afterwards is "
        "bulk processing, not targeted, whatever the later search is called (EO 14086 "
        "§2(c)(ii) and the definition in its §4: bulk collection is collection without "
        "discriminants; Big Brother Watch and Others v UK [GC], 25 May 2021, para 325: "
        "applying selectors is a later stage of bulk interception): false."
    )
    bulk_purposes_enumerated: Fact[Bool] | None = _f(
        "Bulk-derived processing is limited to a closed list of purposes. Also true where "
        "the contract states that no data collected in bulk is processed at all (the list "
        "of purposes is then empty, and closed)."
    )
    authorised_components: FactList[Str] | None = _f(
        "Organisational units allowed to use the service."
    )
    foreign_intelligence_purpose_required: Fact[Bool] | None = _f(
        "Intelligence use needs a documented foreign-intelligence purpose: true where the "
        "contract requires every intelligence use it permits to rest on a "
        "foreign-intelligence or counter-intelligence purpose defined and documented for "
        "it ('each use requires a documented foreign-intelligence purpose'; 'for a purpose "
        "documented in each call-off order'; EO 12333 s.2.3 and DoD Manual 5240.01 ask as "
        "much of US intelligence elements). A carve-out from the surveillance ban limited "
        "to foreign-intelligence purposes ('except for lawful foreign intelligence "
        "purposes') is not it: it lifts the ban for such purposes and requires no purpose "
        "of any use (record it as restrictions.mass_surveillance.exceptions "
        "foreign-intelligence) and leaves this fact out (unspecified), unless another term "
        "requires the documented purpose. false: the contract states that intelligence use "
        "needs no stated purpose."
    )
    approved_procedures_required: Fact[Bool] | None = _f(
        "Intelligence use must follow approved person-data procedures."
    )
    query_logging: Fact[Bool] | None = _f(
        "Queries about people are logged for audit: each query (who, when, the query term) "
        "is recorded and the record kept where the customer's overseers (its data-protection "
        "officer, inspector or an independent oversight body) can review it (50 U.S.C. "
        "§1881a(f)(1)(B): a record of each US-person query term). A log only the vendor "
        "keeps, for its own operation, billing or diagnostics, that the customer's overseers "
        "do not get, is no such record: false. It speaks of every person the data is "
        "about: a log of queries about some people only (e.g. US-person query terms, the "
        "s.702 minimum) while queries about others are not logged is false (EO 14086 "
        "§2(c)(iii)(A): safeguards for personal information of all persons, whatever "
        "their nationality)."
    )
    retention_limits: Fact[Bool] | None = _f(
        "Retention periods for person data are set: a maximum period, or review dates at "
        "which the data is deleted unless kept on stated grounds, fixed by the contract or "
        "by a law it names. Retention 'as long as operationally necessary', 'as long as "
        "required' or at the holder's discretion sets no period (CJEU C-293/12 Digital "
        "Rights Ireland, paras 63-64: objective criteria for the period): false, as is "
        "indefinite retention. It speaks of all the person data the deployment holds: "
        "periods set for some people's data only (e.g. US persons', under DoD Manual "
        "5240.01) while others' is kept with no period is false (EO 14086 "
        "§2(c)(iii)(A): non-US persons' information is kept only where comparable "
        "US-person information could be)."
    )
    minimisation: Fact[Bool] | None = _f("Person data is minimised.")


class AutonomyLimits(Section):
    """Limits on any autonomous function the contract permits."""

    materiel_targets_only: Fact[Bool] | None = _f("Only materiel (non-human) targets.")
    bounded_area_and_time: Fact[Bool] | None = _f("Limited in area and duration.")
    no_civilians_present: Fact[Bool] | None = _f("Only where no civilians are present.")
    supervised_with_deactivation: Fact[Bool] | None = _f(
        "Human supervision with timely intervention and deactivation."
    )


class Weapons(Section):
    """Terms on defence and weapons-related use."""

    human_judgment_standard: Fact[Annotated[str, V("HumanJudgmentStandard")]] | None = _f(
        "The standard of human judgment over the use of force, as the contract defines it "
        "(a clause that the system 'shall not be used to make final targeting decisions "
        "without appropriate human judgment' states appropriate-human-judgment: a standard "
        "of judgment, not a ban of autonomous weapon systems, restrictions.autonomous_weapons): "
        "a label ('human in the loop', 'meaningful human control') that the contract's own "
        "definitions reduce to a review of logs after the use of force, or to the approval "
        "of a list of targets in bulk with no judgment over each use, sets no standard of "
        "judgment over the use of force: none."
    )
    human_judgment_qualified: Fact[Bool] | None = _f(
        "true: the standard of human judgment applies only where practicable, feasible or "
        "as the operator decides, so that it may be dispensed with."
    )
    human_decision_per_engagement: Fact[Bool] | None = _f(
        "Each use of lethal force needs an affirmative decision by an identified human "
        "('a human operator shall remain in the loop for lethal effects'). Read with the "
        "carve-outs of an autonomous-weapons ban, which let a system engage without it: "
        "where the contract has no such ban, say so (restrictions.in_contract, a complete "
        "list without autonomous_weapons), else the rule cannot tell."
    )
    human_decision_qualified: Fact[Bool] | None = _f(
        "true: the human decision for each engagement is required only where practicable, "
        "feasible or time allows, so that engagements may proceed without it; also true "
        "where the customer may suspend the requirement on its own (on its own declaration "
        "of an emergency, or for the duration of hostilities it engages in). A system that "
        "selects or nominates the targets of an engagement that may so proceed takes "
        "actions without a human step: record system.capabilities autonomous-action too."
    )
    verification_and_testing: Fact[Bool] | None = _f(
        "true: documented verification, validation and realistic testing of the "
        "configuration and model version used, before fielding and after every change. "
        "false: the contract disclaims testing, or lets use begin before any: a test and "
        "evaluation plan the parties are still 'to agree', with use allowed pending "
        "agreement, binds no one to a test (an agreement to agree) and states false. A "
        "test of the first delivery alone is not it (unspecified, unless the contract "
        "rules out re-testing); whether the model may change untested after it is "
        "online_learning_in_field."
    )
    online_learning_in_field: Fact[Bool] | None = _f(
        "The model may change its behaviour in the field without re-testing: by learning in "
        "use, or by updates, retraining or replacement the vendor may install without the "
        "customer's testing or consent."
    )
    legal_review: Fact[Bool] | None = _f(
        "Weapons integration needs a legal weapons review (AP I Art. 36): the contract "
        "makes integration wait for it. A review the contract mentions but leaves to the "
        "customer to arrange as it sees fit, with no integration waiting for it, is not it: "
        "false where the contract says integration does not wait for it, else unspecified. "
        "A review the contract lets any official dispense with before integration (a "
        "program officer's waiver 'in urgent military need') is no condition of it: false "
        "(DoD Directive 3000.09, 25 Jan 2023, excepts the legal review from the waiver of "
        "its senior review)."
    )
    senior_review: Fact[Bool] | None = _f(
        "Weapons integration needs senior review under DoDD 3000.09 (or an exemption): the "
        "contract makes integration wait for the approvals or a documented exemption. A "
        "review the contract mentions but leaves to the customer to arrange as it sees "
        "fit, with no integration waiting for it ('any review is for the Department to "
        "arrange'), is not it: false where the contract says integration does not wait "
        "for it, else unspecified. The directive's own waiver (by the Deputy Secretary of "
        "Defense, in cases of urgent military need, on the request of the officials who "
        "conduct the review) is within it; a waiver the contract lets another official "
        "grant (a program executive officer, a contracting officer, a commander) is not: "
        "false."
    )
    cyberspace_only: Fact[Bool] | None = _f(
        "true: every weapons use the contract permits or buys is a cyberspace capability "
        "for cyberspace operations (the system selects or attacks targets in networks and "
        "information systems, its effects delivered through them), none a weapon system "
        "that applies kinetic or other physical force; DoD Directive 3000.09 (25 Jan 2023) "
        "does not apply to autonomous or semi-autonomous cyberspace capabilities (para "
        "1.1), so its senior review has nothing to reach, while a legal weapons review of "
        "cyber means of warfare still applies (AP I Art. 36). false: some weapons use is "
        "not (e.g. targeting for kinetic fires, or a grant of any lawful use). Left out, it "
        "is not read as true."
    )
    outside_directive_scope: Fact[Bool] | None = _f(
        "true: every weapons use the contract permits or buys is one DoD Directive 3000.09 "
        "(25 Jan 2023) does not apply to (para 1.1; the 21 Nov 2012 text, para 2.b, lists "
        "them: cyberspace capabilities, unarmed platforms, unguided munitions, munitions "
        "manually guided by the operator such as laser- or wire-guided munitions, mines, "
        "unexploded ordnance), so its senior review has nothing to reach, while a legal "
        "weapons review still applies (AP I Art. 36). A platform is unarmed only while "
        "nothing it does selects targets for a weapon: a sensor on an unarmed drone whose "
        "tracks a fires network engages is part of that weapon system, and a munition whose "
        "seeker selects its own target after launch is not operator-guided: false. false "
        "too for a grant of any lawful use. Left out, it is not read as true."
    )
    legal_review_uses: FactList[Annotated[str, V("UseCase")]] | None = _f(
        "The weapons uses the legal review is stated for, where the contract names them "
        "(e.g. only fire-control); left out, the review covers every weapons use."
    )
    senior_review_uses: FactList[Annotated[str, V("UseCase")]] | None = _f(
        "The weapons uses the senior review is stated for, where the contract names them; "
        "left out, the review covers every weapons use."
    )
    verification_uses: FactList[Annotated[str, V("UseCase")]] | None = _f(
        "The weapons uses verification and testing are stated for, where the contract "
        "names them; left out, they cover every weapons use."
    )
    traceability: Fact[Bool] | None = _f(
        "true: the model's outputs, the model version that produced each and the human "
        "decisions taken on them in any engagement or targeting process are logged, and "
        "kept for after-action and legal review. A log of prompts, users and times alone, "
        "or of outputs without the model version, is not it, whatever the clause is called "
        "(safeguards.audit_logging records such a log): false where the contract states "
        "that outputs, versions or decisions are not recorded, else unspecified."
    )
    deactivation: Fact[Bool] | None = _f(
        "true: both the customer and the vendor can suspend the model and the capability "
        "it is integrated into promptly, during operations too. A stop right only one "
        "party holds (a remote kill switch the vendor alone controls, the customer barred "
        "from disabling the model during a mission) is not it: false where the contract "
        "takes the other party's right away, else unspecified."
    )
    bias_testing: Fact[Bool] | None = _f(
        "true: testing for unintended bias in the data and outputs relevant to the uses "
        "that bear on threat assessment, intelligence or targeting (the customer's data, "
        "or a test set representative of it that the customer selects or approves), with "
        "remediation of material findings. Testing only on datasets the vendor selects "
        "alone is not it: false where the contract makes that the whole duty or bars "
        "testing on the customer's data, else unspecified; false too where it disclaims "
        "bias testing (e.g. because the system engages only materiel)."
    )
    ihl_compliance: Fact[Bool] | None = _f(
        "true: the contract requires any defence use to comply with international "
        "humanitarian law (the law of armed conflict), named as such, or with its rules of "
        "distinction, proportionality and precautions in attack. A general duty to comply "
        "with 'all applicable laws' is not it: it names neither that law nor rules of "
        "engagement or weapon safety rules (orders, not law), and adds nothing to what "
        "binds the customer state anyway; unspecified, unless another term states it. "
        "false: the contract disclaims those constraints."
    )
    change_control: Fact[Bool] | None = _f(
        "true: a new use touching targeting, fires or weapons integration needs written "
        "notice to the vendor, its consent and a joint review. false: the customer may add "
        "such uses on its own (e.g. on notice alone). A 'change control' clause that "
        "governs only the vendor's changes to the model is not it (online_learning_in_field "
        "records those); a grant of any lawful use stated to be limited only by law "
        "(grants.limited_only_by_law) leaves the customer free to add any lawful use, and "
        "the rule change-control reads it so."
    )
    autonomy_limits: AutonomyLimits | None = _f("Limits on permitted autonomous functions.")
    nato_principles: Fact[Bool] | None = _f(
        "The NATO Principles of Responsible Use are contract terms."
    )
