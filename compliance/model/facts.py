"""The fact vocabulary: everything a contract description can state.

Every field is optional (absent means the description says nothing), may be written as
``unspecified`` (the contract leaves it open), and has one source: the clause or other
source whose ``facts`` state it, or the description's top level. Lists are open unless
written ``{items: [...], complete: true}``.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

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

# Short aliases for vocabulary-typed fields.
V = Vocab


def _f(description: str, **kwargs: Any) -> Any:
    return Field(default=None, description=description, **kwargs)


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
    country: Fact[Jurisdiction] | None = _f("Where it is established (or, for groups, who).")
    parent_country: Fact[Jurisdiction] | None = _f(
        "Where its ultimate parent is established (exposure to that state's laws)."
    )
    eu_established: Fact[Bool] | None = _f("Whether it has an establishment in the EU.")
    public_body: Fact[Bool] | None = _f(
        "Whether it is a body governed by public law or a private entity providing public "
        "services (EU AI Act Art. 27(1))."
    )
    subject_to: FactList[Annotated[str, V("ForeignAccessLaw")]] | None = _f(
        "Third-country laws that can compel it to disclose data."
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


class Restriction(Section):
    """A use the contract prohibits (or expressly permits), for whom and on what condition."""

    prohibited: Fact[Bool] | None = _f(
        "true: the contract prohibits this use; false: it expressly permits it."
    )
    condition: Fact[Annotated[str, V("RestrictionCondition")]] | None = _f(
        "On what condition the prohibition applies."
    )
    exceptions: FactList[Annotated[str, V("RestrictionException")]] | None = _f(
        "Carve-outs from the prohibition. Left out, they are unknown, like any fact: write "
        "'{items: [], complete: true}' when the contract allows none, and the full list "
        "with 'complete: true' when it lists them all."
    )
    waivable_by_customer: Fact[Bool] | None = _f("Whether the customer can waive it.")
    law_reference: Fact[Annotated[str, V("LawReference")]] | None = _f(
        "Whether laws it refers to are fixed at signing or as amended."
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


class WeaponsRestriction(Restriction):
    """The autonomous-weapons prohibition."""

    pinned_policy: Fact[Str] | None = _f(
        "The named policy version it is pinned to (e.g. 'DoDD 3000.09 of 25 Jan 2023')."
    )


class BiometricIdentificationRestriction(Restriction):
    """The ban on real-time remote biometric identification (AI Act Art. 5(1)(h)), with
    the conditions under which its exceptions may be used (Art. 5(2)-(5))."""

    targeted_individual_only: Fact[Bool] | None = _f(
        "Used only to confirm the identity of the specifically targeted individual (5(2))."
    )
    prior_authorisation: Fact[Bool] | None = _f(
        "Each use has prior authorisation by a judicial or independent administrative "
        "authority, or follows the urgency procedure with authorisation sought within 24 "
        "hours (5(3))."
    )
    national_law: Fact[Bool] | None = _f(
        "A member state law provides for the use and its detailed rules (5(5))."
    )
    fria_and_registration: Fact[Bool] | None = _f(
        "A fundamental-rights impact assessment is completed and the system registered "
        "(Art. 27, Art. 49) before use, save urgency (5(2))."
    )
    authority_notified: Fact[Bool] | None = _f(
        "Each use is notified to the market-surveillance and data-protection authorities (5(4))."
    )


class Restrictions(Section):
    """Prohibited uses. Each entry states whether it is prohibited and on what condition."""

    mass_surveillance: SurveillanceRestriction | None = _f(
        "Mass, bulk or untargeted surveillance of people."
    )
    autonomous_weapons: WeaponsRestriction | None = _f(
        "Use in weapon systems that select and engage targets without human intervention."
    )
    weapons_integration: Restriction | None = _f(
        "Any integration into a weapon system or weapons use at all."
    )
    anti_personnel_autonomy: Restriction | None = _f(
        "Autonomous functions that apply force against persons."
    )
    real_time_remote_biometric_identification: BiometricIdentificationRestriction | None = _f(
        "Real-time remote biometric identification in publicly accessible spaces "
        "(EU AI Act Art. 5(1)(h))."
    )
    facial_image_scraping: Restriction | None = _f(
        "Untargeted scraping of facial images to build recognition databases (Art. 5(1)(e))."
    )
    social_scoring: Restriction | None = _f("Social scoring (Art. 5(1)(c)).")
    biometric_categorisation: Restriction | None = _f(
        "Biometric categorisation inferring sensitive traits (Art. 5(1)(g))."
    )
    crime_prediction: Restriction | None = _f(
        "Predicting offending based solely on profiling (Art. 5(1)(d))."
    )
    emotion_recognition_workplace: Restriction | None = _f(
        "Emotion recognition in workplaces and education (Art. 5(1)(f))."
    )
    manipulation: Restriction | None = _f(
        "Subliminal, manipulative or deceptive techniques, or exploiting vulnerabilities "
        "(Art. 5(1)(a)-(b))."
    )
    intimate_imagery: Restriction | None = _f(
        "Generating non-consensual intimate imagery or child sexual abuse material "
        "(Art. 5(1)(ba)-(bb), from 2 Dec 2026)."
    )
    domestic_law_enforcement: Restriction | None = _f(
        "Domestic law-enforcement use by a military customer."
    )
    high_stakes_automated_decisions: Restriction | None = _f(
        "High-stakes decisions about people taken without human approval."
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

    any_lawful_use: Fact[Bool] | None = _f(
        "true: the customer may use the system for any (or all) lawful purposes."
    )
    red_lines_prevail: Fact[Bool] | None = _f(
        "true: the restrictions apply notwithstanding any lawful-use grant."
    )
    usage_policy_applies: Fact[Bool] | None = _f(
        "true: the vendor's usage policy binds the customer."
    )


class HumanOversight(Section):
    """Human oversight of the system's outputs."""

    mode: Fact[Annotated[str, V("HumanControl")]] | None = _f("The level of human control.")
    can_override: Fact[Bool] | None = _f("Overseers can disregard or reverse outputs.")
    can_stop: Fact[Bool] | None = _f("Overseers can stop the system (a 'stop button').")
    overseers_trained: Fact[Bool] | None = _f("Overseers are competent and trained.")
    two_person_verification: Fact[Bool] | None = _f(
        "Biometric matches are verified by two people before action (AI Act Art. 14(5))."
    )


class Safeguards(Section):
    """Safeguards and enforcement mechanisms."""

    audit_logging: Fact[Bool] | None = _f("Use of the system is logged for audit.")
    log_retention_months: Fact[Int] | None = _f("How long logs are kept, in months.")
    government_identity_management: Fact[Bool] | None = _f(
        "Access goes through the customer's (government) identity management."
    )
    human_oversight: HumanOversight | None = _f("Human oversight of outputs.")
    outputs_advisory: Fact[Bool] | None = _f(
        "Outputs are advisory: a named human approves decisions affecting people or force."
    )
    vendor_monitoring: Fact[Bool] | None = _f("The vendor may monitor for prohibited uses.")
    vendor_safety_stack: Fact[Bool] | None = _f("The vendor runs its safety stack.")
    cleared_vendor_personnel: Fact[Bool] | None = _f("Cleared vendor staff are in the loop.")
    audit_rights: Fact[Bool] | None = _f("Audit rights over compliance with the restrictions.")
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
        "Processing of communications uses selectors or discriminants by default."
    )
    bulk_purposes_enumerated: Fact[Bool] | None = _f(
        "Bulk-derived processing is limited to a closed list of purposes."
    )
    authorised_components: FactList[Str] | None = _f(
        "Organisational units allowed to use the service."
    )
    foreign_intelligence_purpose_required: Fact[Bool] | None = _f(
        "Intelligence use needs a documented foreign-intelligence purpose."
    )
    approved_procedures_required: Fact[Bool] | None = _f(
        "Intelligence use must follow approved person-data procedures."
    )
    query_logging: Fact[Bool] | None = _f("Queries about people are logged.")
    retention_limits: Fact[Bool] | None = _f("Retention periods for person data are set.")
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
        "The standard of human judgment over the use of force."
    )
    human_decision_per_engagement: Fact[Bool] | None = _f(
        "Each use of lethal force needs an affirmative decision by an identified human."
    )
    verification_and_testing: Fact[Bool] | None = _f(
        "Verification, validation and realistic testing before fielding and after changes."
    )
    online_learning_in_field: Fact[Bool] | None = _f(
        "The model may change its behaviour in the field without re-testing."
    )
    legal_review: Fact[Bool] | None = _f(
        "Weapons integration needs a legal weapons review (AP I Art. 36)."
    )
    senior_review: Fact[Bool] | None = _f(
        "Weapons integration needs senior review under DoDD 3000.09 (or an exemption)."
    )
    traceability: Fact[Bool] | None = _f(
        "Outputs, model versions and human decisions in engagements are logged."
    )
    deactivation: Fact[Bool] | None = _f(
        "Both parties can suspend the model and the integrated capability promptly."
    )
    bias_testing: Fact[Bool] | None = _f("Testing for unintended bias, with remediation.")
    ihl_compliance: Fact[Bool] | None = _f(
        "Defence use must comply with international humanitarian law."
    )
    change_control: Fact[Bool] | None = _f(
        "New weapons-adjacent uses need notice, consent and joint review."
    )
    autonomy_limits: AutonomyLimits | None = _f("Limits on permitted autonomous functions.")
    nato_principles: Fact[Bool] | None = _f(
        "The NATO Principles of Responsible Use are contract terms."
    )


class System(Section):
    """The AI system and model supplied."""

    name: Fact[Str] | None = _f("Name of the system or product.")
    gpai_model: Fact[Bool] | None = _f(
        "Built on a general-purpose AI model (EU AI Act Art. 3(63))."
    )
    systemic_risk: Fact[Bool] | None = _f("The model has systemic risk (Art. 51).")
    model_placed_on_market: Fact[Date] | None = _f(
        "When the general-purpose model was first placed on the EU market (EU AI Act "
        "Art. 111(3): models placed before 2 Aug 2025 have until 2 Aug 2027)."
    )
    put_into_service: Fact[Date] | None = _f(
        "When the AI system was first placed on the EU market or put into service (EU AI "
        "Act Art. 111(2): high-risk systems already in service before 2 Aug 2026 are "
        "bound only after a significant change in design, or, for public authorities, by "
        "2 Aug 2030)."
    )
    significant_design_change: Fact[Bool] | None = _f(
        "The system's design has changed significantly since it was placed on the market "
        "or put into service (Art. 111(2))."
    )
    capabilities: FactList[Annotated[str, V("Capability")]] | None = _f("What it can do.")
    deployment_model: Fact[Annotated[str, V("DeploymentModel")]] | None = _f("How it is delivered.")
    edge_delivery: Fact[Bool] | None = _f("Weights are delivered to edge devices or platforms.")
    guardrails: Fact[Annotated[str, V("Guardrails")]] | None = _f(
        "Whether safety training and safeguards stay active."
    )
    online_learning: Fact[Bool] | None = _f("The model keeps learning in use.")


class DataLocation(Model):
    """A place where data is stored or processed."""

    country: Fact[Jurisdiction] | None = _f("Country or group.")
    assets: FactList[Annotated[str, V("Asset")]] | None = _f("What is held there.")
    controlled_by: Fact[Annotated[str, V("Controller")]] | None = _f(
        "Who controls the infrastructure."
    )
    operator: Fact[Str] | None = _f("Party id of the operator.")


class ModelWeights(Section):
    """Where the model weights live and who controls them."""

    locations: FactList[DataLocation] | None = _f("Where the weights are stored and run.")
    controlled_by: Fact[Annotated[str, V("Controller")]] | None = _f(
        "Who controls the infrastructure holding the weights."
    )
    customer_specific: Fact[Bool] | None = _f(
        "Customer-specific weights (fine-tunes, adapters) are created."
    )
    vendor_copies_prohibited: Fact[Bool] | None = _f(
        "The vendor may not copy weights or logs out of the customer environment."
    )


class Encryption(Section):
    at_rest: Fact[Bool] | None = _f("Data is encrypted at rest.")
    in_transit: Fact[Bool] | None = _f("Data is encrypted in transit.")
    customer_held_keys: Fact[Bool] | None = _f(
        "Keys are generated and held by the customer; the vendor cannot decrypt alone."
    )


class Access(Section):
    vendor_standing_access: Fact[Bool] | None = _f(
        "Vendor staff have standing administrative access."
    )
    just_in_time_vendor_access: Fact[Bool] | None = _f(
        "Vendor access is approved per session by the customer and logged."
    )


class Personnel(Section):
    locations: FactList[Jurisdiction] | None = _f(
        "Where staff with privileged or support access are located."
    )
    nationality_requirements: Fact[Bool] | None = _f("Nationality requirements apply.")
    clearance_required: Fact[Bool] | None = _f("Security clearance is required.")


class GovernmentAccess(Section):
    """How the vendor handles requests from third-country authorities."""

    notify_customer: Fact[Bool] | None = _f("The customer is notified where lawful.")
    challenge_overbroad: Fact[Bool] | None = _f("Overbroad requests are challenged.")
    international_agreement_only: Fact[Bool] | None = _f(
        "Disclosure only through an international agreement such as an MLAT (GDPR Art. 48)."
    )
    disclose_without_review: Fact[Bool] | None = _f(
        "true: the vendor may disclose to any authority that compels it, without notice."
    )


class Immunity(Section):
    """Protection from extraterritorial access laws."""

    certification: Fact[Bool] | None = _f(
        "A scheme certifies immunity (e.g. SecNumCloud 3.2, a SEAL or CADA level)."
    )
    architectural_mitigation: Fact[Bool] | None = _f(
        "Customer-held keys on customer-operated infrastructure keep data out of reach."
    )


class SubProcessor(Model):
    name: Fact[Str] | None = _f("Name.")
    country: Fact[Jurisdiction] | None = _f("Where it processes.")


class SubProcessing(Section):
    authorisation: Fact[Annotated[str, V("SubProcessorAuthorisation")]] | None = _f(
        "How sub-processors are authorised."
    )
    flow_down: Fact[Bool] | None = _f("The same obligations flow down (GDPR Art. 28(4)).")
    list: FactList[SubProcessor] | None = _f("The sub-processors.")


class Transfer(Model):
    """A transfer of personal data out of the EEA."""

    destination: Fact[Jurisdiction] | None = _f("Destination country or group.")
    recipient_kind: Fact[Annotated[str, V("RecipientKind")]] | None = _f("Who receives it.")
    mechanism: Fact[Annotated[str, V("TransferMechanism")]] | None = _f("The Chapter V ground.")
    systematic: Fact[Bool] | None = _f("The transfers are systematic or repetitive.")
    recipient_dpf_certified: Fact[Bool] | None = _f("The recipient is DPF-certified.")
    impact_assessment: Fact[Bool] | None = _f("A transfer impact assessment is documented.")
    destination_law_impinges: Fact[Bool] | None = _f(
        "The impact assessment finds that the destination's law or practice (e.g. FISA s.702) "
        "may keep the safeguards from working, so supplementary measures are needed."
    )
    supplementary_measures: Fact[Bool] | None = _f("Supplementary measures are specified.")
    exporter_public_body: Fact[Bool] | None = _f(
        "The exporter is a public authority or body (GDPR Art. 46(2)(a) instruments are "
        "between public authorities or bodies)."
    )
    scc_version: Fact[Annotated[str, V("SccVersion")]] | None = _f(
        "Which set of standard contractual clauses the transfer rests on."
    )
    scc_module: Fact[Annotated[str, V("SccModule")]] | None = _f(
        "The module of the 2021 clauses used (Decision (EU) 2021/914, Annex)."
    )
    importer_subject_to: FactList[Annotated[str, V("ForeignAccessLaw")]] | None = _f(
        "The impact assessment's finding: laws of the destination that can compel the "
        "importer to disclose the data (e.g. FISA s.702, the CLOUD Act)."
    )
    importer_holds_keys: Fact[Bool] | None = _f(
        "The importer (or another party in the destination) holds the keys to decrypt the data."
    )
    importer_sees_clear_data: Fact[Bool] | None = _f(
        "The importer processes or can access the data in the clear (e.g. a cloud service "
        "computing on it, or remote access for business purposes)."
    )
    fallback_mechanism: Fact[Bool] | None = _f(
        "A fallback (e.g. SCCs) is agreed if the mechanism fails."
    )


class Telemetry(Section):
    location_stated: Fact[Bool] | None = _f("Where prompts, outputs and logs go is stated.")
    locations: FactList[Jurisdiction] | None = _f("Where telemetry and logs go.")
    retention_months: Fact[Int] | None = _f("How long it is kept, in months.")
    vendor_export: Fact[Bool] | None = _f(
        "The vendor may export prompts, outputs or telemetry to its global infrastructure."
    )


class Exit(Section):
    deletion_or_return: Fact[Bool] | None = _f(
        "Data and customer-specific weights are deleted or returned at the end."
    )
    period_days: Fact[Int] | None = _f("Within how many days.")
    certificate: Fact[Bool] | None = _f("Deletion is certified.")
    vendor_retains_derived: Fact[Bool] | None = _f(
        "true: the vendor keeps customer-derived weights or data after the end."
    )


class Continuity(Section):
    suspension_terms: Fact[Bool] | None = _f("When either side may suspend is defined.")
    transition_assistance: Fact[Bool] | None = _f("Transition assistance is provided.")
    vendor_may_cut_off_at_will: Fact[Bool] | None = _f(
        "true: the vendor may stop service at will without transition."
    )
    safeguard_removal_condition: Fact[Bool] | None = _f(
        "true: the customer may demand removal of safeguards as a condition of continuity."
    )


class Data(Section):
    """Data handling: what data, where it lives, who controls it, where it goes."""

    categories: FactList[Annotated[str, V("DataCategory")]] | None = _f(
        "Categories of data processed."
    )
    subjects: FactList[Annotated[str, V("Population")]] | None = _f(
        "Whom the data is about (the affected population)."
    )
    regimes: FactList[Annotated[str, V("DataRegime")]] | None = _f(
        "Data-protection regimes the contract names."
    )
    classification_ceiling: Fact[Annotated[str, V("Classification")]] | None = _f(
        "Highest classification the environment may process."
    )
    higher_classification_prohibited: Fact[Bool] | None = _f(
        "Inputs above the ceiling are forbidden."
    )
    storage: FactList[DataLocation] | None = _f("Where data is stored.")
    processing: FactList[DataLocation] | None = _f("Where data is processed.")
    locations_restricted: Fact[Bool] | None = _f(
        "Processing elsewhere needs the customer's prior written consent."
    )
    model_weights: ModelWeights | None = _f("Where the model weights live.")
    encryption: Encryption | None = _f("Encryption and key control.")
    access: Access | None = _f("Vendor access.")
    personnel: Personnel | None = _f("Staff with access.")
    government_access: GovernmentAccess | None = _f("Requests from third-country authorities.")
    immunity: Immunity | None = _f("Protection from extraterritorial access laws.")
    processor_terms: FactList[Annotated[str, V("ProcessorTerm")]] | None = _f(
        "GDPR Art. 28(3) elements the contract contains."
    )
    sub_processors: SubProcessing | None = _f("Sub-processing.")
    transfers: FactList[Transfer] | None = _f("Transfers of personal data out of the EEA.")
    international_organisation_transfer_ground: (
        Fact[Annotated[str, V("TransferMechanism")]] | None
    ) = _f("Chapter V ground for transfers to an international organisation.")
    international_organisation_exporter_public_body: Fact[Bool] | None = _f(
        "The party transferring data to the international organisation is a public "
        "authority or body (needed for an Art. 46(2)(a) instrument)."
    )
    certifications: FactList[Annotated[str, V("Certification")]] | None = _f(
        "Certifications and accreditations the environment holds."
    )
    certification_maintained: Fact[Bool] | None = _f(
        "Certifications must be maintained, with notice and exit if lost."
    )
    telemetry: Telemetry | None = _f("Prompts, outputs, telemetry and logs.")
    retention_months: Fact[Int] | None = _f("Retention of customer data, in months.")
    dpia: Fact[Bool] | None = _f("A data-protection impact assessment precedes go-live.")
    exit: Exit | None = _f("Return and deletion at the end.")
    continuity: Continuity | None = _f("Service continuity and suspension.")


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
    roles_allocated: Fact[Bool] | None = _f(
        "Provider and deployer are identified for each system, with Art. 25 role shifts."
    )
    authorised_representative: Fact[Bool] | None = _f(
        "A non-EU provider names an EU authorised representative (Arts 22, 54)."
    )
    annex_iii: FactList[Annotated[str, V("AnnexIIIArea")]] | None = _f(
        "Annex III areas the intended purposes fall in (as the contract records them)."
    )
    annex_i_product: Fact[Bool] | None = _f(
        "The system is a safety component of an Annex I product (Art. 6(1))."
    )
    classification_documented: Fact[Bool] | None = _f(
        "The high-risk classification is documented per intended purpose."
    )
    derogation_claimed: Fact[Bool] | None = _f(
        "The Art. 6(3) derogation is relied on. Absent means not claimed (the law's default: "
        "Art. 6(2)-(4) and Art. 49(2)), so an Annex III system is high-risk; to claim it, "
        "write true with derogation_condition and derogation_documented."
    )
    derogation_condition: FactList[Annotated[str, V("Art6Derogation")]] | None = _f(
        "Which condition of Art. 6(3)(a)-(d) the derogation rests on."
    )
    derogation_documented: Fact[Bool] | None = _f(
        "The provider documented its Art. 6(3) assessment before placing the system on the "
        "market or putting it into service (Art. 6(4))."
    )
    profiling: Fact[Bool] | None = _f("The system profiles natural persons (Art. 6(3)).")
    risk_management: Fact[Bool] | None = _f("Art. 9 risk management (false: disclaimed).")
    data_governance: Fact[Bool] | None = _f("Art. 10 data governance.")
    technical_documentation: Fact[Bool] | None = _f("Art. 11 and Annex IV documentation.")
    documentation_to_authorities: Fact[Bool] | None = _f(
        "Documentation may be disclosed to authorities (false: forbidden)."
    )
    logging: Fact[Bool] | None = _f("Art. 12 automatic logging.")
    log_retention_months: Fact[Int] | None = _f("Log retention, in months (Arts 19, 26(6)).")
    instructions_for_use: Fact[Bool] | None = _f("Art. 13 instructions for use.")
    accuracy_robustness_cybersecurity: Fact[Bool] | None = _f("Art. 15 duties.")
    quality_management: Fact[Bool] | None = _f("Arts 16-17 provider duties and QMS.")
    conformity_assessment: Fact[Bool] | None = _f(
        "Conformity assessment, declaration and CE marking before use (Arts 43, 47, 48)."
    )
    conformity_route: Fact[Annotated[str, V("ConformityRoute")]] | None = _f(
        "The conformity-assessment route."
    )
    registration: Fact[Bool] | None = _f("Registration in the EU database (Art. 49).")
    deployer_duties: Fact[Bool] | None = _f("The deployer commits to Art. 26 duties.")
    workers_informed: Fact[Bool] | None = _f(
        "An employer deploying the system informs workers' representatives and the affected "
        "workers before use at the workplace (Art. 26(7))."
    )
    affected_persons_informed: Fact[Bool] | None = _f(
        "The deployer informs the natural persons subject to decisions the system makes or "
        "assists (Art. 26(11))."
    )
    fria: Fact[Bool] | None = _f("A fundamental-rights impact assessment before use (Art. 27).")
    transparency: Fact[Bool] | None = _f(
        "Art. 50(1) and 50(2) together (disclosure and marking). Deprecated: read as the "
        "interaction disclosure (50(1)) and the output marking (50(2)) where not stated."
    )
    interaction_disclosure: Fact[Bool] | None = _f(
        "The provider designs the system so that the natural persons interacting with it are "
        "informed that they are interacting with an AI system (Art. 50(1))."
    )
    output_marking: Fact[Bool] | None = _f(
        "The provider marks the system's synthetic audio, image, video or text output in a "
        "machine-readable format, detectable as artificially generated or manipulated "
        "(Art. 50(2))."
    )
    exposure_information: Fact[Bool] | None = _f(
        "The deployer informs the people exposed to emotion recognition or biometric "
        "categorisation (Art. 50(3))."
    )
    deep_fake_disclosure: Fact[Bool] | None = _f(
        "The deployer discloses deep fakes, and AI text published to inform the public on "
        "matters of public interest, as artificially generated (Art. 50(4))."
    )
    transparency_exceptions: FactList[Annotated[str, V("Art50Exception")]] | None = _f(
        "Exceptions of Art. 50 the contract relies on."
    )
    post_market_monitoring: Fact[Bool] | None = _f("Art. 72 post-market monitoring.")
    incident_reporting: Fact[Bool] | None = _f("Art. 73 serious-incident reporting.")
    incident_reporting_days: Fact[Int] | None = _f(
        "Longest reporting period the contract allows for serious incidents, in days."
    )
    gpai_documentation: Fact[Bool] | None = _f(
        "The model provider confirms Art. 53 duties and gives Annex XII information."
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
    networks: FactList[Network] | None = _f("Networks in scope.")
    geography: Geography | None = _f("Where the system is deployed and used.")
    oversight: Oversight | None = _f("Oversight on the customer's side.")
    purposes: FactList[Annotated[str, V("Purpose")]] | None = _f(
        "Purposes the system is used for (drives the EU AI Act Art. 2(3) gate)."
    )
    use_cases: FactList[Annotated[str, V("UseCase")]] | None = _f("Permitted use cases.")
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
