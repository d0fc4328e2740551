"""The fact vocabulary: everything a contract description can state.

Every field is optional (absent means the description says nothing), may be written as
``unspecified`` (the contract leaves it open), and has one source: the clause or other
source whose ``facts`` state it, or the description's top level. Lists are open unless
written ``{items: [...], complete: true}``.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from compliance.model.datafacts import Data
from compliance.model.types import (
    Bool,
    Date,
    Fact,
    FactList,
    Int,
    Jurisdiction,
    Model,
    Section,
    Str,
    Vocab,
)
from compliance.model.types import fact_field as _f
from compliance.model.usefacts import (
    Grants,
    Restrictions,
    Safeguards,
    Surveillance,
    Weapons,
)

# Short aliases for vocabulary-typed fields.
V = Vocab


class Term(Section):
    """The contract's term."""

    start: Fact[Date] | None = _f("First day of the term.")
    end: Fact[Date] | None = _f("Last day of the term.")


class Party(Model):
    """A party to the contract, or another organisation it names."""

    id: Str = Field(description="Short id used to refer to this party elsewhere (e.g. openai).")
    name: Fact[Str] | None = _f("Name of the party.")
    roles: FactList[Annotated[str, V("PartyRole")]] | None = _f("The party's roles.")
    kind: Fact[Annotated[str, V("PartyKind")]] | None = _f("What kind of organisation it is.")
    contracting: Fact[Bool] | None = _f(
        "Whether the party is a party to this contract: it made the contract, so a variation "
        "(an amendment or side letter) binds only with its assent. False for an organisation "
        "the contract only names (e.g. the model's developer behind an integrator that "
        "contracts with the customer, or a sub-processor). Left out, a party whose roles "
        "include customer or provider is taken to be one."
    )
    country: Fact[Jurisdiction] | None = _f("Where it is established (or, for groups, who).")
    parent_country: Fact[Jurisdiction] | None = _f(
        "Where its ultimate parent is established (exposure to that state's laws)."
    )
    eu_established: Fact[Bool] | None = _f("Whether it has an establishment in the EU.")
    model_provider_only: Fact[Bool] | None = _f(
        "For a party with the provider role: whether it provides only the general-purpose AI "
        "model that another party builds into the AI system the contract is about (EU AI Act "
        "Art. 3(63), (66); Art. 25(4)), not the system. true: the model's developer behind an "
        "integrator that places the system on the market or puts it into service under its "
        "own name or trademark (Art. 3(3)), which is then the system's provider. false: it "
        "provides the AI system, alone or with its model. Left out, a party with the provider "
        "role is read as the system's provider too."
    )
    public_body: Fact[Bool] | None = _f(
        "Whether it is a body governed by public law or a private entity providing public "
        "services (EU AI Act Art. 27(1))."
    )
    subject_to: FactList[Annotated[str, V("ForeignAccessLaw")]] | None = _f(
        "Third-country laws that can compel it to disclose data."
    )
    dpf_certified: Fact[Bool] | None = _f(
        "Whether it is on the Data Privacy Framework List as an active participant (the "
        "US Department of Commerce's list of self-certified organisations, which the "
        "EU-US adequacy decision (EU) 2023/1795, Art. 1, covers): a fact of the world on "
        "the day read, not a promise. true: active; false: not on the List, or inactive "
        "(a certification that lapsed or was withdrawn). A contract's warranty of "
        "certification states it as of signing; a dated official record (an extract of "
        "the List) from after the signing settles it from its day. Record it on the party "
        "a transfer names as its recipient (data.transfers[*].recipient)."
    )
    dod_component: Fact[Bool] | None = _f(
        "Whether the party is a component of the US Department of Defense, to which DoD "
        "directives such as DoDD 3000.09 apply (its para 1.1: OSD, the Military Departments, "
        "the Office of the Chairman of the Joint Chiefs of Staff and the Joint Staff, the "
        "Combatant Commands, the DoD Inspector General, the Defense Agencies, the DoD Field "
        "Activities and all other organizational entities within the DoD). A US intelligence "
        "agency may be one (NSA, DIA, NGA, NRO) or not (CIA, and the intelligence elements of "
        "other departments); a contractor working for the DoD is not. Nor is every US armed "
        "force: the Coast Guard, under the Department of Homeland Security save when it "
        "operates as a service in the Navy (14 U.S.C. 103), and the National Guard under "
        "state authority (32 U.S.C.) are not: false."
    )
    defence_contractor: Fact[Bool] | None = _f(
        "Whether the party (of kind company, or other) is a defence contractor: its business "
        "includes developing, producing, integrating or supporting weapon systems or other "
        "military equipment or services for defence departments, armed forces or a "
        "military alliance (a defence prime contractor or weapons integrator), whatever "
        "the contract buys from it or for it. A company that only sells them civilian goods "
        "or services (office software, catering) is not one: false. A customer that is one "
        "gives the deployment a weapons nexus (the project's legal notes, gate G-3: a "
        "defence contractor customer, or an 'any lawful use' grant to one)."
    )
    international_organisation: Fact[Annotated[str, V("InternationalOrganisation")]] | None = _f(
        "For an international organisation (GDPR Art. 4(26)): which one. An adequacy decision "
        "covers only the organisation it names (GDPR Art. 45(1), (3))."
    )
    becomes_provider_by: FactList[Annotated[str, V("Art25Trigger")]] | None = _f(
        "What the party does to a high-risk AI system that makes it the system's provider "
        "under EU AI Act Art. 25(1), whatever the contract calls it: its name or trademark "
        "(a), a substantial modification (b), or a new intended purpose that makes the "
        "system high-risk (c)."
    )
    stated_red_lines: FactList[Str] | None = _f(
        "Red lines the party has stated publicly, e.g. 'no mass surveillance'. A statement is "
        "not a contract term: rules read restrictions, not this."
    )


class Network(Model):
    """A network the deployment runs on."""

    name: Fact[Str] | None = _f("Name of the network or environment.")
    classified: Fact[Bool] | None = _f(
        "Whether the network carries classified information (its level may be unstated)."
    )
    classification: Fact[Annotated[str, V("Classification")]] | None = _f(
        "Highest classification the network is accredited for."
    )
    ceiling: Fact[Annotated[str, V("Classification")]] | None = _f(
        "Highest classification of information the contract allows on this network (its "
        "ceiling there). It binds beside data.classification_ceiling, which binds on every "
        "network: the lower of the two applies. Left out, data.classification_ceiling "
        "alone applies on the network."
    )
    processes_classified: Fact[Bool] | None = _f(
        "Whether the contract provides for classified information (NATO RESTRICTED or above, "
        "or a national equivalent) to be processed on this network: true where it does, "
        "false where it states that none is. Not the same as classified, which says whether "
        "the network carries classified information at all (a classified network may host a "
        "deployment capped at unclassified information)."
    )
    scheme: Fact[Annotated[str, V("ClassificationScheme")]] | None = _f("Classification scheme.")
    operator: Fact[Str] | None = _f("Party id of the network's operator.")


class Geography(Section):
    """Where the system is deployed and used."""

    deployment: FactList[Jurisdiction] | None = _f(
        "Countries or groups where the system is deployed or used."
    )
    output_used_in: FactList[Jurisdiction] | None = _f(
        "Countries or groups where the system's output is used (EU AI Act Art. 2(1)(c))."
    )
    governing_law: Fact[Jurisdiction] | None = _f("The law governing the contract.")


class Oversight(Section):
    """Who oversees the deployment on the customer's side."""

    authority: Fact[Str] | None = _f("Name of the oversight authority (e.g. 'US DoD').")
    kind: Fact[Annotated[str, V("OversightKind")]] | None = _f("What kind of authority it is.")
    countries: FactList[Jurisdiction] | None = _f("Countries taking part in oversight.")


class System(Section):
    """The AI system and model supplied."""

    name: Fact[Str] | None = _f("Name of the system or product.")
    gpai_model: Fact[Bool] | None = _f(
        "Built on a general-purpose AI model (EU AI Act Art. 3(63))."
    )
    systemic_risk: Fact[Bool] | None = _f(
        "The general-purpose model has systemic risk (EU AI Act Art. 51): it has "
        "high-impact capabilities, presumed when its cumulative training compute exceeds "
        "10^25 floating-point operations (Art. 51(2)), or the Commission designates it "
        "(Arts 51(1)(b), 52(4)). A model the contract states was trained above that "
        "threshold is true whatever the provider calls it: only a Commission decision "
        "accepting the provider's arguments that it does not present systemic risks "
        "(Art. 52(2)-(3)), or lifting a designation (52(5)), displaces that; arguments "
        "still pending are read as not displacing it (the Act does not say expressly how "
        "a model is treated while they are)."
    )
    open_source_model: Fact[Bool] | None = _f(
        "The general-purpose model is released under a free and open-source licence that "
        "allows its access, use, modification and distribution, with its parameters "
        "(weights included), architecture and usage information made publicly available "
        "(EU AI Act Art. 53(2): unless it has systemic risk, its provider is exempt from "
        "Art. 53(1)(a)-(b) and, under Art. 54(6), from appointing an EU representative)."
    )
    model_placed_on_market: Fact[Date] | None = _f(
        "When the general-purpose model was first placed on the EU market (EU AI Act "
        "Art. 111(3): models placed before 2 Aug 2025 have until 2 Aug 2027)."
    )
    put_into_service: Fact[Date] | None = _f(
        "When the AI system was first placed on the EU market or put into service (EU AI "
        "Act Art. 111(2) as replaced by Regulation (EU) 2026/1744: high-risk systems "
        "placed on the market or put into service before the date Chapter III applies to "
        "them (2 Dec 2027 for Annex III, 2 Aug 2028 for Annex I) are bound only after a "
        "significant change in design from that date, or, for public authorities, by "
        "2 Aug 2030; Art. 111(1): a component of an Annex X large-scale IT system placed "
        "on the market or put into service before 2 Aug 2027 complies by 31 Dec 2030; "
        "Art. 111(4): a generative system placed on the market before 2 Aug 2026 marks its "
        "output by 2 Dec 2026)."
    )
    significant_design_change: Fact[Bool] | None = _f(
        "The system's design has changed significantly on or after the date Chapter III "
        "applies to it (2 Dec 2027 for an Annex III system, 2 Aug 2028 for Annex I), or "
        "will under the contract (EU AI Act Art. 111(2) as replaced by Regulation (EU) "
        "2026/1744: only a change from that date ends a legacy system's transition; "
        "Recital 177 reads it as a substantial modification, Art. 3(23)). A change made "
        "before that date does not count: state false."
    )
    capabilities: FactList[Annotated[str, V("Capability")]] | None = _f("What it can do.")
    deployment_model: Fact[Annotated[str, V("DeploymentModel")]] | None = _f("How it is delivered.")
    edge_delivery: Fact[Bool] | None = _f("Weights are delivered to edge devices or platforms.")
    guardrails: Fact[Annotated[str, V("Guardrails")]] | None = _f(
        "Whether safety training and safeguards stay active."
    )
    online_learning: Fact[Bool] | None = _f("The model keeps learning in use.")


#: Appended to the meaning of each AI Act duty a contract may commit a party to.
_GENERAL_COMPLIANCE = (
    " A general duty to comply with applicable law ('all applicable AI law', the AI Act "
    "as a whole) is not it: it restates the law, which binds the party anyway, classifies "
    "nothing and names no process, document or step the other party can hold it to; "
    "unspecified, unless another term states it (one that names the article of this duty, "
    "'including Article 16', does)."
)


class Deadlines(Section):
    """Dates by which the contract schedules EU AI Act compliance."""

    transparency: Fact[Date] | None = _f("Art. 50 transparency duties.")
    annex_iii_duties: Fact[Date] | None = _f("Chapter III duties for Annex III systems.")
    gpai_duties: Fact[Date] | None = _f("Arts 53-55 general-purpose model duties.")


class AiAct(Section):
    """EU AI Act (Regulation (EU) 2024/1689) qualification and duties."""

    exclusion_claimed: Fact[Bool] | None = _f(
        "The contract claims the Art. 2(3) military, defence or national-security exclusion."
    )
    dual_use_compliance: Fact[Bool] | None = _f(
        "Any non-excluded use triggers compliance by the using party (Recital 24)."
    )
    law_enforcement_cooperation: Fact[Bool] | None = _f(
        "The public authority of a third country or the international organisation that uses "
        "the system does so in the framework of international cooperation or an agreement "
        "for law enforcement and judicial cooperation with the EU or one or more member "
        "states (Art. 2(4))."
    )
    cooperation_safeguards: Fact[Bool] | None = _f(
        "That third country or international organisation provides adequate safeguards for "
        "the fundamental rights and freedoms of individuals (Art. 2(4))."
    )
    cooperation_exemption_claimed: Fact[Bool] | None = _f(
        "The contract states that the Act does not apply to the use under Art. 2(4): a public "
        "authority of a third country or an international organisation uses the system in the "
        "framework of law-enforcement and judicial cooperation with the EU or its member "
        "states. False: the contract relies on no Art. 2(4) exemption."
    )
    also_placed_for_non_excluded_purposes: Fact[Bool] | None = _f(
        "The provider also places the system on the market or puts it into service in the "
        "Union for purposes outside the Art. 2(3) military, defence and national-security "
        "exclusion (for example a product also sold to police or private firms): Recital 24 "
        "keeps such a system in scope and its provider bound, whatever this customer's use. "
        "It speaks of the provider's placing or putting into service, by this contract or "
        "another: true also where this contract itself provides for a use for such a purpose "
        "(a system 'supplied exclusively for military purposes' that the order form lets "
        "the civil-protection agency use to dispatch emergency teams is put into service "
        "for a civilian purpose too, Art. 3(11), Recital 24). That use is recorded in "
        "purposes as well (civilian), which is what brings the deployment and its deployers "
        "into scope; this fact alone binds only the provider."
    )
    pre_market_development: Fact[Bool] | None = _f(
        "The contract covers only research, testing or development of the AI system or model "
        "before it is placed on the market or put into service (Art. 2(8): outside the Act)."
    )
    real_world_testing: Fact[Bool] | None = _f(
        "The system is tested in real-world conditions, outside a laboratory or other "
        "simulated environment (Art. 3(57)): Art. 2(8) does not exclude such testing."
    )
    real_world_testing_conditions: Fact[Bool] | None = _f(
        "The testing in real-world conditions meets every condition the Act sets for it: "
        "outside an AI regulatory sandbox those of Art. 60(4) and Art. 61 (a real-world "
        "testing plan approved by the market surveillance authority, the testing registered, "
        "a provider established in the EU or with a legal representative there, no longer "
        "than necessary and at most six months, extendable once by six, vulnerable subjects "
        "protected, an agreement with the deployers, the subjects' informed consent (or, in "
        "law enforcement, the safeguards of point (i)), "
        "effective oversight, outputs that can be reversed or disregarded); inside a sandbox "
        "its sandbox plan (Arts 57-58). Art. 3(57): such testing is then neither placing on "
        "the market nor putting into service. false: a condition is not met."
    )
    roles_allocated: Fact[Bool] | None = _f(
        "Provider and deployer are identified for each system, with Art. 25 role shifts."
    )
    authorised_representative: Fact[Bool] | None = _f(
        "A non-EU provider names an EU authorised representative (Arts 22, 54)."
    )
    annex_iii: FactList[Annotated[str, V("AnnexIIIArea")]] | None = _f(
        "Annex III areas the intended purposes fall in (as the contract records them). "
        "Record the areas the contract states, even where they leave out the area of a use "
        "it buys ('falls within no area of Annex III': a complete empty list), and the uses "
        "it buys in use_cases: what is bought, not the label, decides the classification "
        "(Arts 3(12), 6(2)). A contract that names no area: leave it out."
    )
    annex_x: FactList[Annotated[str, V("AnnexXSystem")]] | None = _f(
        "The large-scale IT systems in the area of freedom, security and justice, established "
        "by the legal acts listed in Annex X, of which the AI system is a component (Art. "
        "111(1): such a component placed on the market or put into service before "
        "2 Aug 2027 is brought into compliance by 31 Dec 2030). A complete empty list: a "
        "component of none."
    )
    annex_i_product: Fact[Bool] | None = _f(
        "The system is a safety component of a product covered by the Annex I legislation, "
        "or is itself such a product (Art. 6(1)(a)). A safety component fulfils a safety "
        "function for the product, or its failure or malfunctioning endangers the health and "
        "safety of persons or property (Art. 3(14)): an AI system used solely for "
        "non-safety aspects (user assistance, performance optimisation, service efficiency, "
        "automation, convenience, quality control) is none unless its failure would endanger "
        "health and safety (Art. 6(1a)-(1b), inserted by Regulation (EU) 2026/1744): false, "
        "though the product it sits in is an Annex I product (a voice assistant in a "
        "smart-home hub that is radio equipment)."
    )
    annex_i_third_party_assessment: Fact[Bool] | None = _f(
        "The Annex I product must undergo a third-party conformity assessment under that "
        "harmonisation legislation (Art. 6(1)(b)); false: it is assessed without a third "
        "party, so the system is not high-risk under Art. 6(1). A third-party assessment "
        "required solely for risks other than health and safety (the efficient use of the "
        "radio spectrum, electromagnetic interference that does not affect health and "
        "safety) does not meet Art. 6(1)(b) (Art. 6(1c), inserted by Regulation (EU) "
        "2026/1744): false."
    )
    annex_i_section_b: Fact[Bool] | None = _f(
        "The Annex I legislation is one listed in Section B (civil aviation, motor and "
        "agricultural vehicles, marine equipment, rail): Art. 2(2) then applies only "
        "Art. 6(1), Arts 102-109 and Art. 112 of the AI Act, and the Chapter III "
        "requirements reach the product through acts under that legislation."
    )
    annex_i_medical_device: Fact[Bool] | None = _f(
        "The system is a safety component of a device covered by Regulation (EU) 2017/745 "
        "(medical devices) or 2017/746 (in vitro diagnostic medical devices), or is itself "
        "such a device (Annex I Section A, points 11-12): Art. 73(10) then limits the "
        "notification of serious incidents under the AI Act to infringements of Union law "
        "protecting fundamental rights (Art. 3(49)(c)), made to the national competent "
        "authority the Member State chose; deaths and harm to health are reported under the "
        "device vigilance of those Regulations. false: an Annex I product of other "
        "legislation (machinery, toys, lifts, personal protective equipment, radio "
        "equipment)."
    )
    classification_documented: Fact[Bool] | None = _f(
        "The high-risk classification is documented per intended purpose: for each use the "
        "contract buys or provides for (its statement of work, order form, annexes: the "
        "intended purpose, Art. 3(12)), whether it falls in Annex III and, if so, that the "
        "system is high-risk (Art. 6(2)) or not high-risk on an Art. 6(3) assessment. A label "
        "('not high-risk', 'decision support only', 'an assistant', 'analytics') that calls "
        "a system bought for an Annex III use not high-risk on no Art. 6(3) ground documents "
        "no classification: false, however firmly the contract states it."
    )
    derogation_claimed: Fact[Bool] | None = _f(
        "The Art. 6(3) derogation is relied on. Absent means not claimed (the law's default: "
        "Art. 6(2)-(4) and Art. 49(2)), so an Annex III system is high-risk; to claim it, "
        "write true with derogation_condition and derogation_documented. A contract that "
        "calls a system it buys for an Annex III use not high-risk ('decision support only', "
        "'analytics', 'minimal risk') relies on the derogation whatever it cites, Art. 6(3) "
        "being the only ground on which an Annex III system is not high-risk: true, with the "
        "condition and documentation it states (left out where it states none)."
    )
    derogation_condition: FactList[Annotated[str, V("Art6Derogation")]] | None = _f(
        "Which condition of Art. 6(3)(a)-(d) the derogation rests on."
    )
    derogation_documented: Fact[Bool] | None = _f(
        "The provider documented its Art. 6(3) assessment before placing the system on the "
        "market or putting it into service (Art. 6(4))."
    )
    profiling: Fact[Bool] | None = _f(
        "The system profiles natural persons (Art. 6(3), last subparagraph): profiling as "
        "GDPR Art. 4(4) defines it (AI Act Art. 3(52)), any automated evaluation of personal "
        "aspects of a natural person (work performance, economic situation, health, "
        "reliability, behaviour...), as the functions the contract buys show. A contract's "
        "'does not profile natural persons' beside a score, rank, class or rating of each "
        "person, or beside a profiling capability it lists (system.capabilities), is a "
        "label: true."
    )
    risk_management: Fact[Bool] | None = _f(
        "Art. 9 risk management (false: disclaimed)." + _GENERAL_COMPLIANCE
    )
    data_governance: Fact[Bool] | None = _f(
        "Art. 10 data governance of the training, validation and testing data: design "
        "choices, provenance, preparation, examination for possible biases and measures to "
        "detect, prevent and mitigate them (10(2)(f)-(g)), relevance and representativeness "
        "(10(3)). A promise of one part is not the whole: a warranty that the data is "
        "'representative' beside a term that rules the examination for bias out is false; "
        "beside silence on the rest, unspecified." + _GENERAL_COMPLIANCE
    )
    technical_documentation: Fact[Bool] | None = _f(
        "Art. 11 and Annex IV documentation, drawn up before the system is placed on the "
        "market or put into service and kept up to date (11(1); an SME may give the Annex IV "
        "elements in the simplified form, 11(1), second subparagraph). Documentation the "
        "contract has the provider draw up only after that day (prepared 'within 90 days "
        "after acceptance' of a system put into service at acceptance) does not meet "
        "Art. 11(1): false, whatever the clause calls it. When the customer receives a copy "
        "says nothing of when it is drawn up." + _GENERAL_COMPLIANCE
    )
    documentation_to_authorities: Fact[Bool] | None = _f(
        "Documentation may be disclosed to authorities (false: forbidden)."
    )
    logging: Fact[Bool] | None = _f(
        "Art. 12 automatic logging. Logging promised only where technically practicable "
        "(feasible, possible) does not ensure that the system records events over its "
        "lifetime (Art. 12(1)): unspecified." + _GENERAL_COMPLIANCE
    )
    log_retention_months: Fact[Int] | None = _f(
        "Log retention, in months (Arts 19, 26(6)): the shortest period for which the "
        "provider or the deployer keeps the logs under its control, in the whole months the "
        "contract's period always covers (a month is not 30 days: 90 days is 2 months, 180 "
        "days is 5; Regulation (EEC, Euratom) No 1182/71, Art. 3(2)(c)). A period that is no "
        "number ('as long as required by law') is left out."
    )
    instructions_for_use: Fact[Bool] | None = _f(
        "Art. 13 instructions for use: the system is accompanied by them (13(2)), with the "
        "content of 13(3) (capabilities and limitations, accuracy metrics, risks, human "
        "oversight, logs). Documentation supplied only on request does not accompany the "
        "system: false. Instructions that leave out a point of 13(3) (the human-oversight "
        "measures, the levels of accuracy and their metrics) are not the whole: false."
        + _GENERAL_COMPLIANCE
    )
    accuracy_robustness_cybersecurity: Fact[Bool] | None = _f(
        "Art. 15 duties: an appropriate level of accuracy, robustness and cybersecurity for "
        "the intended purpose throughout the life cycle, accuracy metrics declared in the "
        "instructions, resilience to errors and attacks (15(1)-(5)). A promise of robustness "
        "(or accuracy) alone, or measured by 'industry practice' or a similar standard of "
        "the provider's choosing rather than the Act's, does not state it: unspecified. A "
        "commitment to Art. 15 beside a term that withholds the levels of accuracy and their "
        "metrics from the instructions for use (confidential, not disclosed) refuses what "
        "15(3) asks: false." + _GENERAL_COMPLIANCE
    )
    quality_management: Fact[Bool] | None = _f(
        "Arts 16-17 provider duties and QMS." + _GENERAL_COMPLIANCE
    )
    conformity_assessment: Fact[Bool] | None = _f(
        "Conformity assessment, declaration and CE marking before use (Arts 43, 47, 48). "
        "A carve-out that lets use start before the assessment is within it only as Art. "
        "46 words it: a market surveillance authority's authorisation for a limited period "
        "(46(1)), or, for a law-enforcement or civil-protection authority in a duly "
        "justified urgency, that authorisation requested during or after the use without "
        "undue delay and the use stopped and its outputs discarded if it is refused "
        "(46(2)), the assessment completed without undue delay. A wider one (authorisation "
        "'sought afterwards' with no time limit or no consequence of refusal, or an "
        "assessment scheduled long after go-live) lets use begin unassessed: false."
        + _GENERAL_COMPLIANCE
    )
    conformity_route: Fact[Annotated[str, V("ConformityRoute")]] | None = _f(
        "The conformity-assessment route."
    )
    learning_changes_predetermined: Fact[Bool] | None = _f(
        "For a system that keeps learning after it is placed on the market or put into "
        "service: the changes it makes to itself and its performance by learning in use were "
        "pre-determined by the provider at the initial conformity assessment and are "
        "described in the technical documentation (Annex IV point 2(f)), so that they are no "
        "substantial modification (Art. 43(4), second subparagraph; Art. 3(23)); false: "
        "they were not, and a change beyond what was assessed calls for a new assessment."
    )
    harmonised_standards_applied: Fact[Bool] | None = _f(
        "The provider demonstrates compliance by applying in full the harmonised standards "
        "(Art. 40) or common specifications (Art. 41) that cover the requirements: a "
        "biometric system (Annex III point 1) may then follow internal control, otherwise it "
        "needs a notified body (Art. 43(1))."
    )
    registration: Fact[Bool] | None = _f(
        "The provider registers itself and the system as Art. 49 requires before placing it "
        "on the market or putting it into service: in the EU database (49(1), and 49(2) for "
        "a system it considers not high-risk under Art. 6(3)), or at national level for an "
        "Annex III point 2 system (49(5)). A registration under 49(2) is recorded as true "
        "with the Art. 6(3) derogation it rests on; the registration rule fails "
        "it where the derogation cannot hold because the system profiles natural persons. "
        "Registration deferred until after the system is put into service is false, even "
        "in an urgency: Art. 46 derogates from Art. 43 only, not from Art. 49."
        + _GENERAL_COMPLIANCE
    )
    use_registration: Fact[Bool] | None = _f(
        "A deployer that is a public authority (or acts on its behalf) registers itself, "
        "selects the system and registers its use in the EU database before putting it into "
        "service or using it (Art. 49(3); not for Annex III point 2 systems)." + _GENERAL_COMPLIANCE
    )
    deployer_duties: Fact[Bool] | None = _f(
        "The deployer commits to Art. 26 duties." + _GENERAL_COMPLIANCE
    )
    workers_informed: Fact[Bool] | None = _f(
        "An employer deploying the system informs workers' representatives and the affected "
        "workers before use at the workplace (Art. 26(7))." + _GENERAL_COMPLIANCE
    )
    affected_persons_informed: Fact[Bool] | None = _f(
        "The deployer informs the natural persons subject to decisions the system makes or "
        "assists that they are subject to its use (Art. 26(11)), from the time they are: "
        "information given only some time after the system is first used on them (within "
        "30 days of go-live, say) leaves them subject to it uninformed until then: false."
    )
    own_workforce_subject: Fact[Bool] | None = _f(
        "The people the employment system (Annex III point 4) evaluates, ranks or monitors "
        "include the deployer's own workers or candidates for its own posts, so that it is used "
        "at the deployer's workplace (Art. 26(7)). false: only people the deployer neither "
        "employs nor recruits, e.g. a public employment service ranking jobseekers for "
        "other employers."
    )
    post_remote_rbi_authorisation: Fact[Bool] | None = _f(
        "A deployer using the system for post-remote biometric identification in a criminal "
        "investigation (a targeted search for a person suspected or convicted of a criminal "
        "offence) requests authorisation from a judicial or binding administrative "
        "authority ex ante, or without undue delay and within 48 hours, stops and deletes "
        "if it is refused, and never uses the system in an untargeted way (Art. 26(10))."
    )
    fria: Fact[Bool] | None = _f(
        "A fundamental-rights impact assessment before use (Art. 27(1): 'prior to "
        "deploying'). A pilot whose outputs are used on real cases is use: an assessment "
        "due only at a later go-live is false." + _GENERAL_COMPLIANCE
    )
    transparency: Fact[Bool] | None = _f(
        "Art. 50(1) and 50(2) together (disclosure and marking). Deprecated: read as the "
        "interaction disclosure (50(1)) and the output marking (50(2)) where not stated."
    )
    interaction_disclosure: Fact[Bool] | None = _f(
        "The provider designs the system so that the natural persons interacting with it are "
        "informed that they are interacting with an AI system (Art. 50(1)), in a clear and "
        "distinguishable manner at the latest at the first interaction (Art. 50(5)): a "
        "notice only in terms of use or a privacy statement elsewhere is not it (false)."
    )
    output_marking: Fact[Bool] | None = _f(
        "The provider marks the system's synthetic audio, image, video or text output in a "
        "machine-readable format, detectable as artificially generated or manipulated "
        "(Art. 50(2))."
    )
    exposure_information: Fact[Bool] | None = _f(
        "The deployer informs the people exposed to emotion recognition or biometric "
        "categorisation of its operation (Art. 50(3)), in a clear and distinguishable manner "
        "at the latest at the time of the first exposure (Art. 50(5)). Information given "
        "only in a privacy statement on a website, or only after people are first exposed, "
        "or a notice that names AI assistance but not the emotion recognition or "
        "categorisation, does not inform them of its operation when it is applied: false."
    )
    deep_fake_disclosure: Fact[Bool] | None = _f(
        "The deployer discloses deep fakes, and AI text published to inform the public on "
        "matters of public interest (machine translations so published included), as "
        "artificially generated (Art. 50(4)), clearly and at the latest at the first "
        "exposure (Art. 50(5))."
    )
    transparency_exceptions: FactList[Annotated[str, V("Art50Exception")]] | None = _f(
        "Exceptions of Art. 50 the contract relies on."
    )
    post_market_monitoring: Fact[Bool] | None = _f(
        "Art. 72 post-market monitoring by the provider: a system and plan that actively "
        "and systematically collects and analyses data on the system's performance over its "
        "lifetime, including data the deployer provides (72(1)-(2)). The deployer's own "
        "monitoring (Art. 26(5)) is not it: a contract that leaves post-market monitoring to "
        "the deployer and relieves the provider of collecting or analysing performance data "
        "is false." + _GENERAL_COMPLIANCE
    )
    incident_reporting: Fact[Bool] | None = _f(
        "Art. 73 serious-incident reporting: the provider reports serious incidents to the "
        "market-surveillance authorities (for a medical device, Art. 73(10): the national "
        "competent authority the Member State chose), and nothing stops the deployer from "
        "informing them "
        "(Art. 26(5)). false: the contract rules a report to the authorities out, or makes "
        "a party's report need the other's consent (e.g. a confidentiality clause covering "
        "incidents), whatever clock it sets for the other party. The report is the "
        "provider's (73(1)): a contract that has the provider notify only the deployer and "
        "leaves any notification to the authorities to the deployer ('the Customer alone "
        "notifies regulators') rules it out: false. A clause in which only the deployer "
        "notifies the provider, or the provider only the deployer, does not state it."
        + _GENERAL_COMPLIANCE
    )
    incident_reporting_days: Fact[Int] | None = _f(
        "Longest period the contract allows for reporting serious incidents to the "
        "market-surveillance authority, in calendar days from the day the reporting party "
        "becomes aware of the incident (Art. 73(2)); a period for notifying the other party "
        "only is not it. A clock that starts later (at a confirmed causal link, after an "
        "investigation) counts the longest time before it starts; one in business or "
        "working days counts "
        "the calendar days it can span (two business days from a Friday: 4). A period that "
        "is no number ('promptly', 'without undue delay') is left out."
    )
    incident_reporting_days_death: Fact[Int] | None = _f(
        "Longest reporting period the contract allows for a serious incident in which a "
        "person may have died, in days (Art. 73(4): 10 at the latest). One clock the "
        "contract states for every serious incident ('each serious incident within 15 "
        "days') is this one too."
    )
    incident_reporting_days_widespread: Fact[Int] | None = _f(
        "Longest reporting period the contract allows for a widespread infringement or a "
        "serious and irreversible disruption of critical infrastructure, in days (Art. 73(3): "
        "2 at the latest). One clock the contract states for every serious incident is this "
        "one too."
    )
    deployer_incident_notice_days: Fact[Int] | None = _f(
        "Longest period the contract lets the deployer take to inform the provider of a "
        "serious incident it has identified (Art. 26(5): 'immediately'), in calendar days "
        "from the day it identifies the incident: 0 where the contract says immediately "
        "(forthwith, without delay) and allows no longer; a limit beside 'immediately' "
        "('immediately, and within 24 hours at the latest') is the period. A period in hours "
        "counts the days it can reach, rounded up (24 hours: 1; 48 hours: 2); one in business "
        "or working days counts the shortest number of calendar days it can span (five "
        "working days: 7); a period that starts later (after internal checks) counts the "
        "longest time before it starts. Words that give no period ('promptly', 'without "
        "undue delay', 'as soon as practicable') are unspecified: whether they meet "
        "'immediately' is for counsel."
    )
    gpai_documentation: Fact[Bool] | None = _f(
        "The model provider confirms the Art. 53 duties that apply to its model and gives "
        "the Annex XII information. For a model released under a free and open-source "
        "licence with its parameters, architecture and usage information public and "
        "without systemic risk (system.open_source_model true, system.systemic_risk "
        "false), Art. 53(1)(a)-(b) do not apply (Art. 53(2)): true when the provider "
        "confirms the copyright policy and the public training-content summary of Art. "
        "53(1)(c)-(d), even though it gives no Annex XI-XII documentation; false when it "
        "refuses those. For any other model a refusal of the technical documentation or "
        "of the Annex XII information is false, whatever open-source label the contract "
        "gives it."
    )
    systemic_risk_duties: Fact[Bool] | None = _f("Art. 55 duties for systemic-risk models.")
    deadlines: Deadlines | None = _f("Scheduled compliance dates.")


class Facts(Section):
    """Facts a contract description states: its top level, and each clause or source."""

    status: Fact[Annotated[str, V("ContractStatus")]] | None = _f("Where the contract stands.")
    signed_on: Fact[Date] | None = _f("Date of signature.")
    term: Term | None = _f("The contract's term.")
    text_public: Fact[Bool] | None = _f("Whether the contract text is public.")
    parties: FactList[Party] | None = _f("Parties and other organisations named.")
    networks: FactList[Network] | None = _f(
        "Networks in scope. Like every list, a plain list is open (the contract may name "
        "others): where the contract names every network the deployment runs on, write "
        "'{items: [...], complete: true}', or rules that ask whether any network holds "
        "information above its accreditation stay unknown."
    )
    geography: Geography | None = _f("Where the system is deployed and used.")
    oversight: Oversight | None = _f("Oversight on the customer's side.")
    purposes: FactList[Annotated[str, V("Purpose")]] | None = _f(
        "Purposes the system is used for (drives the EU AI Act Art. 2(3) gate): those the "
        "uses the contract buys serve, as its statement of work, order form or annexes "
        "show, whatever its scope clause calls them (the exclusion follows the purpose, "
        "whatever the entity, Art. 2(3) and Recital 24): videos a defence ministry's press "
        "office publishes to inform the public serve a civilian purpose, recorded beside "
        "the defence purpose the contract claims."
    )
    use_cases: FactList[Annotated[str, V("UseCase")]] | None = _f(
        "Permitted use cases: every use the contract permits or provides for, secondary "
        "ones included (a system 'not intended primarily for' biometric identification, "
        "or with a module the customer may enable for it, is intended for it too: list "
        "it). What a statement of work, order form or annex buys is listed whatever the "
        "headline calls the system: a 'writing assistant' that ranks applicants is "
        "recruitment-screening, a 'chatbot' that tells people whether they are eligible for "
        "a public benefit is public-benefits-eligibility."
    )
    excluded_use_cases: FactList[Annotated[str, V("UseCase")]] | None = _f(
        "Use cases the contract puts out of scope."
    )
    system: System | None = _f("The AI system and model.")
    restrictions: Restrictions | None = _f("Prohibited uses.")
    grants: Grants | None = _f("Rights of use.")
    safeguards: Safeguards | None = _f("Safeguards and enforcement.")
    surveillance: Surveillance | None = _f("Intelligence and person-related analysis.")
    weapons: Weapons | None = _f("Defence and weapons-related use.")
    data: Data | None = _f("Data handling and residency.")
    ai_act: AiAct | None = _f("EU AI Act qualification and duties.")
    extensions: dict[str, Any] | None = _f(
        "Facts declared by third-party rule packs, under the pack's namespace "
        "(validated against the pack's own JSON Schema)."
    )
