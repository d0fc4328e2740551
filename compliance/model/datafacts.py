"""Facts about data: where data and model weights live, who can reach them, transfers,
sub-processing, telemetry, retention, exit and continuity (the ``data`` section of
:class:`compliance.model.facts.Facts`)."""

from __future__ import annotations

from typing import Annotated

from compliance.model.types import (
    Bool,
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

# Short alias for vocabulary-typed fields.
V = Vocab


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

    locations: FactList[DataLocation] | None = _f(
        "Where the weights are stored and run. A site that holds a copy only for a "
        "contingency is a place of storage, whatever a residency clause says: an escrow "
        "deposit (with its agent's country and control, e.g. third-party, even where it "
        "is released to the customer only on the vendor's insolvency), a disaster-recovery "
        "replica or a backup."
    )
    controlled_by: Fact[Annotated[str, V("Controller")]] | None = _f(
        "Who controls the infrastructure holding the weights."
    )
    customer_specific: Fact[Bool] | None = _f(
        "Customer-specific weights (fine-tunes, adapters) are created."
    )
    vendor_copies_prohibited: Fact[Bool] | None = _f(
        "The vendor may not copy weights or logs out of the customer environment. Where the "
        "vendor hosts the weights (a vendor-hosted service), it keeps no copy of "
        "customer-specific weights beyond those it serves the customer with: a term letting "
        "it keep another copy (for 'service continuity', its own research or other "
        "customers) is false."
    )


class Encryption(Section):
    at_rest: Fact[Bool] | None = _f("Data is encrypted at rest.")
    in_transit: Fact[Bool] | None = _f("Data is encrypted in transit.")
    customer_held_keys: Fact[Bool] | None = _f(
        "Keys are generated and held by the customer; the vendor cannot decrypt alone. "
        "'Customer-managed' keys the customer creates or rotates in a key management "
        "service the vendor operates (the vendor's KMS or HSM, which decrypts on its own "
        "systems' request) are held by the vendor, whatever the clause calls them: false. "
        "So are keys the customer generates in its own HSM and imports into the vendor's "
        "KMS or HSM ('bring your own key'), where the service uses them to decrypt: the "
        "vendor can decrypt without the customer's action, whoever generated them and "
        "though the customer may revoke them: false."
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
        "Where staff with privileged or support access are located: everyone who can "
        "reach the data to support, administer, review or label it (human review of "
        "outputs included), the staff of the vendor's affiliates and subcontractors too, "
        "wherever a residency clause ('all data stays in the EU') says the data are."
    )
    nationality_requirements: Fact[Bool] | None = _f("Nationality requirements apply.")
    clearance_required: Fact[Bool] | None = _f("Security clearance is required.")


class GovernmentAccess(Section):
    """How the vendor handles requests from third-country authorities."""

    notify_customer: Fact[Bool] | None = _f("The customer is notified where lawful.")
    challenge_overbroad: Fact[Bool] | None = _f("Overbroad requests are challenged.")
    international_agreement_only: Fact[Bool] | None = _f(
        "Disclosure only through an international agreement such as an MLAT (GDPR Art. 48). "
        "false: the contract lets the vendor disclose to an authority that compels it "
        "other than under such an agreement, whether or not it first notifies the "
        "customer or challenges the request (e.g. 'where it remains compelled, it will "
        "disclose only the minimum', 'may disclose where a law binding on it requires'): "
        "notice and a challenge are no ground for the disclosure that follows them."
    )
    disclose_without_review: Fact[Bool] | None = _f(
        "true: the vendor may disclose to any authority that compels it, without notice. "
        "false: it may not disclose without notice and review; whether it may disclose "
        "once it has notified and reviewed is international_agreement_only."
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
    transfer_mechanism: Fact[Annotated[str, V("TransferMechanism")]] | None = _f(
        "The Chapter V ground of the onward transfer to it, where the contract names one for "
        "this sub-processor (e.g. in its sub-processor annex)."
    )
    dpf_certified: Fact[Bool] | None = _f(
        "It is on the Data Privacy Framework List (self-certified, active), which the EU-US "
        "adequacy decision (EU) 2023/1795 covers."
    )
    parent_country: Fact[Jurisdiction] | None = _f(
        "Where its ultimate parent is established (exposure to that state's laws)."
    )
    subject_to: FactList[Annotated[str, V("ForeignAccessLaw")]] | None = _f(
        "Third-country laws that can compel it to disclose data."
    )


class SubProcessing(Section):
    authorisation: Fact[Annotated[str, V("SubProcessorAuthorisation")]] | None = _f(
        "How sub-processors are authorised: what the contract lets the processor do, "
        "whatever its sub-processor clause says. A term that lets the processor assign, "
        "transfer or subcontract its obligations, in whole or in part, to another company "
        "(any affiliate, say) without the controller's consent lets it engage another "
        "processor with no authorisation (GDPR Art. 28(1), (2)): none, stated by that term, "
        "which prevails over a stricter sub-processor clause."
    )
    flow_down: Fact[Bool] | None = _f(
        "The same obligations flow down (GDPR Art. 28(4)): imposed by contract on every "
        "other processor the vendor engages, whatever the contract calls it. A flow-down "
        "whose definition of a sub-processor leaves some out (the vendor's affiliates that "
        "give support with access to the data, 'which act under the group's policies') "
        "does not reach them: false."
    )
    list: FactList[SubProcessor] | None = _f(
        "The sub-processors: every other company that processes the data for the vendor, "
        "whatever the contract calls it (an affiliate that gives support or administers "
        "the servers, a subcontractor that reviews or labels outputs, a cloud or "
        "disaster-recovery operator; GDPR Art. 28(2), (4))."
    )


class Transfer(Model):
    """A transfer of personal data out of the EEA."""

    destination: Fact[Jurisdiction] | None = _f("Destination country or group.")
    recipient_kind: Fact[Annotated[str, V("RecipientKind")]] | None = _f("Who receives it.")
    recipient_organisation: Fact[Annotated[str, V("InternationalOrganisation")]] | None = _f(
        "For a transfer to an international organisation: which one. An adequacy decision "
        "covers only the organisation it names (GDPR Art. 45(1), (3))."
    )
    mechanism: Fact[Annotated[str, V("TransferMechanism")]] | None = _f("The Chapter V ground.")
    systematic: Fact[Bool] | None = _f("The transfers are systematic or repetitive.")
    derogation: Fact[Annotated[str, V("TransferDerogation")]] | None = _f(
        "For a transfer on an Art. 49 derogation: which one."
    )
    recipient: Fact[Str] | None = _f(
        "Party id of the recipient, where the contract's parties list it (the vendor, its "
        "affiliate): rules then read the party's own standing facts, such as its DPF List "
        "status (dpf_certified), which a dated official record may settle."
    )
    recipient_dpf_certified: Fact[Bool] | None = _f(
        "The recipient is DPF-certified, as the contract states it (e.g. a warranty). "
        "Where the recipient is a listed party, name it (recipient) and record its DPF "
        "List status on the party (dpf_certified) too: an official record of the List "
        "dated after the signing settles that status from its day, whatever the warranty "
        "says, and the party's status, where stated, decides."
    )
    recipient_competent_authority: Fact[Bool] | None = _f(
        "The recipient is an authority of the third country competent for the prevention, "
        "investigation, detection or prosecution of criminal offences or the execution of "
        "criminal penalties (Law Enforcement Directive, Arts 3(7), 35(1)(b))."
    )
    recipient_processor: Fact[Bool] | None = _f(
        "The recipient processes the data on the exporting controller's behalf, as its "
        "processor (GDPR Art. 28; Law Enforcement Directive, Art. 22), not as a controller."
    )
    led_conditions: FactList[Annotated[str, V("LedIndividualCaseCondition")]] | None = _f(
        "For a transfer in an individual and specific case under the Law Enforcement "
        "Directive, Art. 39: which of its conditions the contract states are met."
    )
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
    location_stated: Fact[Bool] | None = _f(
        "Where prompts, outputs and logs go is stated. Telemetry the vendor receives "
        "wherever it finds disabling it infeasible ('disabled where technically "
        "feasible'), with no place named for it, is not stated: false, whatever the "
        "contract says of where the logs go."
    )
    locations: FactList[Jurisdiction] | None = _f("Where telemetry and logs go.")
    retention_months: Fact[Int] | None = _f("How long it is kept, in months.")
    vendor_export: Fact[Bool] | None = _f(
        "The vendor may export prompts, outputs or telemetry to its global infrastructure. "
        "Data derived from them counts, whatever the contract calls it: indicators, "
        "attacker infrastructure and techniques observed on the customer's networks, "
        "summaries or 'threat intelligence' the vendor may send to its global network or "
        "share with its other customers, even where the contract says it 'contains no "
        "Customer Data': true. Anonymous aggregate service metrics (usage counts for "
        "billing or capacity) describe neither the customer's data nor its networks: not "
        "this. A commitment to disable or withhold the export only where technically "
        "feasible (possible, practicable) leaves it to the vendor's judgment and rules "
        "nothing out: not false; true where the contract lets what is not disabled go to "
        "the vendor's global infrastructure, else leave it out."
    )


class Exit(Section):
    deletion_or_return: Fact[Bool] | None = _f(
        "Data and customer-specific weights are deleted or returned at the end."
    )
    period_days: Fact[Int] | None = _f("Within how many days.")
    certificate: Fact[Bool] | None = _f("Deletion is certified.")
    vendor_retains_derived: Fact[Bool] | None = _f(
        "true: the vendor keeps customer-derived weights or data after the end, copies "
        "in backups or archives included (GDPR Art. 28(3)(g): existing copies are deleted "
        "too, unless Union or Member State law requires their storage)."
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
        "Whom the data is about (the affected population), as the uses the contract buys "
        "show it, whether or not the contract names them: the translation or analysis of "
        "foreign-language communications, or foreign intelligence, is about foreign-persons; "
        "an alliance's intelligence analysis is about people outside the alliance too. The "
        "rule on a surveillance ban's protected population compares this list with the "
        "persons the ban protects."
    )
    regimes: FactList[Annotated[str, V("DataRegime")]] | None = _f(
        "Data-protection regimes the contract names."
    )
    cfsp_activity: Fact[Bool] | None = _f(
        "The controller is a Member State (its armed forces, foreign ministry or another of "
        "its authorities) processing the data in carrying out activities within the scope of "
        "Chapter 2 of Title V TEU, the common foreign and security policy: a national "
        "contingent's processing in a CSDP mission or operation set up by a Council decision "
        "(GDPR Art. 2(2)(b), Recital 16: outside the GDPR). Not a Member State's own defence "
        "or national-security activity outside the CFSP (Art. 2(2)(a) reads those), nor the "
        "implementation of restrictive measures by regulation under Art. 215 TFEU, which is "
        "within the GDPR. A company established in the Union that processes for it keeps its "
        "own GDPR duties (Art. 3(1)), which this fact does not change."
    )
    classification_ceiling: Fact[Annotated[str, V("Classification")]] | None = _f(
        "Highest classification the environment may process."
    )
    higher_classification_prohibited: Fact[Bool] | None = _f(
        "Inputs above the ceiling are forbidden."
    )
    storage: FactList[DataLocation] | None = _f(
        "Where data is stored. Places the vendor may depart from at its own discretion "
        "('save where the Provider reasonably determines otherwise') are an open list. A "
        "site that holds copies only for a contingency (disaster-recovery replicas, "
        "backups) or only for a time ('temporarily') is a place of storage, whatever a "
        "residency clause ('all data stays in the EU') says."
    )
    processing: FactList[DataLocation] | None = _f(
        "Where data is processed. Places the vendor may depart from at its own discretion "
        "('save where the Provider reasonably determines otherwise') are an open list. "
        "What the contract buys decides, not a residency clause ('all data stays in the "
        "EU'): a place from which anyone's staff reach the data (support, administration, "
        "human review or labelling of outputs) is a place of processing, with "
        "support-access among its assets, and so is a site used only on a contingency "
        "(disaster-recovery failover) or only for a time (fine-tuning 'temporarily' run "
        "elsewhere)."
    )
    locations_restricted: Fact[Bool] | None = _f(
        "Processing elsewhere needs the customer's prior written consent. false: the "
        "vendor may store or process data elsewhere without it (e.g. 'save where the "
        "Provider reasonably determines otherwise'), including by changing the list on its "
        "own: locations stated in terms the vendor may amend alone (its public-sector terms "
        "or data policy incorporated 'as amended from time to time', which it revises by "
        "posting a new version) restrict nothing, whatever the list says (record false on "
        "the term that states them). Terms incorporated as in force on a fixed day (the "
        "date of signature), later versions binding only by agreement, restrict as stated. "
        "Data derived from the customer's data or telemetry that still describes them "
        "(indicators and attacker infrastructure observed on its networks, summaries of its "
        "content) is data too: a term that lets the vendor send it to its global network or "
        "share it with other customers ('threat intelligence' said to contain no Customer "
        "Data), wherever they are, lets it process data elsewhere without consent: false. "
        "Anonymous aggregate service metrics (usage counts for billing) are not such data. "
        "true also where the contract has every place of storage and processing operated "
        "by the customer (or its government) on infrastructure it controls, and states that "
        "the vendor has no access to the environment and receives none of the data (no "
        "prompts, outputs, logs or telemetry): no one but the customer can then process the "
        "data elsewhere, which is more than its consent. A term that lets the vendor reach "
        "the data (support sessions, administration, updates that return logs) is not "
        "that: the consent term then decides."
    )
    model_weights: ModelWeights | None = _f("Where the model weights live.")
    encryption: Encryption | None = _f("Encryption and key control.")
    access: Access | None = _f("Vendor access.")
    personnel: Personnel | None = _f("Staff with access.")
    government_access: GovernmentAccess | None = _f("Requests from third-country authorities.")
    immunity: Immunity | None = _f("Protection from extraterritorial access laws.")
    processor_terms: FactList[Annotated[str, V("ProcessorTerm")]] | None = _f(
        "GDPR Art. 28(3) elements the contract contains (for a competent authority's "
        "processor, Law Enforcement Directive Art. 22(3) asks for a shorter list)."
    )
    sub_processors: SubProcessing | None = _f("Sub-processing.")
    transfers: FactList[Transfer] | None = _f(
        "Transfers of personal data out of the EEA: every one the contract provides for, "
        "whatever it calls it. Access from a third country, by another company (an "
        "affiliate, a subcontractor), to data held in the EEA, for support, administration "
        "or human review, is a transfer (EDPB Guidelines 05/2021), even where the contract "
        "says no data leaves the EU; a transfer the contract denies has no ground it names "
        "(mechanism left out), or none where it says no transfer instrument is concluded "
        "(mechanism none). An empty complete list says that no data leaves the EEA. Data "
        "sent to a Union institution, body, office or agency (Europol, Eurojust, Frontex) "
        "is no transfer, whatever its seat: leave it out (its own Union rules govern it, "
        "for Europol Regulation (EU) 2016/794)."
    )
    international_organisation_transfer_ground: (
        Fact[Annotated[str, V("TransferMechanism")]] | None
    ) = _f("Chapter V ground for transfers to an international organisation.")
    international_organisation_exporter_public_body: Fact[Bool] | None = _f(
        "The party transferring data to the international organisation is a public "
        "authority or body (needed for an Art. 46(2)(a) instrument)."
    )
    certifications: FactList[Annotated[str, V("Certification")]] | None = _f(
        "Certifications and accreditations the environment holds: those granted to the "
        "service the contract buys, at the level granted. Not one held by the vendor's "
        "parent or affiliate for another platform, nor a sub-processor's for its own "
        "region or infrastructure the service runs on (a cloud offering built on an "
        "authorised one needs its own authorisation), nor one applied for or in progress "
        "(record it on a term that takes effect on its grant), nor one past the end of its "
        "validity (record the term that states it with that day as 'expires'). A lower "
        "level is not a higher one: a DoD IL5 provisional authorisation is not IL6, and a "
        "FedRAMP High authorisation is no DoD impact level."
    )
    certification_maintained: Fact[Bool] | None = _f(
        "Certifications must be maintained, with notice and exit if lost."
    )
    telemetry: Telemetry | None = _f("Prompts, outputs, telemetry and logs.")
    retention_months: Fact[Int] | None = _f("Retention of customer data, in months.")
    dpia: Fact[Bool] | None = _f(
        "A data-protection impact assessment precedes go-live: it is completed before the "
        "processing it assesses begins (GDPR Art. 35(1), 'prior to the processing'), that "
        "is before the system first processes personal data for its purpose, a pilot, trial "
        "or 'soft launch' on live data included. An assessment due only 'before go-live' "
        "while the contract has the system process live personal data earlier (a pilot "
        "on real case files) does not precede the processing: false."
    )
    exit: Exit | None = _f("Return and deletion at the end.")
    continuity: Continuity | None = _f("Service continuity and suspension.")
