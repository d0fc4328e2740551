"""Controlled vocabularies of the contract description, each value with its meaning.

Values are lower-case and hyphenated (``cyber-defense``); field names are snake_case. The
descriptions here feed the JSON Schema and the generated vocabulary reference, so they are
written for contract writers, not programmers. Ordered vocabularies (classification) can be
compared with ``lt``/``le``/``gt``/``ge`` in rule conditions.
"""

from __future__ import annotations

from compliance.facts.datavocab import (
    ASSET,
    CERTIFICATION,
    CONTROLLER,
    DATA_CATEGORY,
    DATA_REGIME,
    FOREIGN_ACCESS_LAW,
    INTERNATIONAL_ORGANISATION,
    LED_INDIVIDUAL_CASE_CONDITION,
    PROCESSOR_TERM,
    RECIPIENT_KIND,
    SCC_MODULE,
    SCC_VERSION,
    SUB_PROCESSOR_AUTHORISATION,
    TRANSFER_DEROGATION,
    TRANSFER_MECHANISM,
)

# Each vocabulary: value -> description.

CONTRACT_STATUS = {
    "exploratory": "Talks reported or under way; nothing agreed.",
    "negotiating": "Terms are being negotiated; a draft may exist.",
    "signed": "The contract is signed (it may not be in force yet).",
    "in-force": "Signed and in force.",
    "suspended": "In force but performance is suspended.",
    "expired": "The term ended.",
    "terminated": "Ended early by a party.",
}

PARTY_ROLE = {
    "provider": "Develops the AI system or model and supplies it (EU AI Act Art. 3(3)).",
    "customer": "Buys or licenses the service.",
    "deployer": "Uses the AI system under its authority (EU AI Act Art. 3(4)).",
    "authorised-representative": "EU representative of a non-EU provider (AI Act Arts 22, 54).",
    "importer": "Places a third-country provider's system on the EU market (AI Act Art. 3(6)).",
    "distributor": "Makes a system available without being provider or importer (Art. 3(7)).",
    "controller": "Decides purposes and means of processing personal data (GDPR Art. 4(7)).",
    "processor": "Processes personal data on a controller's behalf (GDPR Art. 4(8)).",
    "sub-processor": "A processor engaged by another processor (GDPR Art. 28(2), (4)).",
    "integrator": "Builds the model into a wider system.",
    "oversight-authority": "Oversees the deployment on the customer's side.",
    "cloud-operator": "Operates the infrastructure the system runs on.",
}

PARTY_KIND = {
    "company": "A private company.",
    "government": "A government department or agency (civilian).",
    "defence-department": "A ministry or department of defence.",
    "armed-forces": "Military forces or a military command.",
    "intelligence-agency": "A foreign, domestic or signals intelligence agency.",
    "law-enforcement": "Police or another law-enforcement authority.",
    "border-authority": "A border, migration or asylum authority.",
    "public-body": "Another body governed by public law.",
    "union-body": (
        "A Union institution, body, office or agency (e.g. the Commission, eu-LISA, Europol, "
        "Frontex): for AI Act Arts 26(8), 43(1) and 49(3) it counts as its own class of "
        "deployer, with the EDPS as its market-surveillance authority (Art. 74(9))."
    ),
    "military-alliance": "An international military alliance (e.g. NATO).",
    "international-organisation": "Another international organisation (GDPR Art. 4(26)).",
    "ngo": "A non-governmental organisation.",
    "other": "None of the above.",
}

CLASSIFICATION = {
    "public": "Releasable to the public.",
    "unclassified": "Official but unclassified (e.g. NATO UNCLASSIFIED, a marking).",
    "restricted": "Restricted (e.g. NATO RESTRICTED).",
    "confidential": "Confidential (e.g. NATO CONFIDENTIAL).",
    "secret": "Secret (e.g. NATO SECRET, US SECRET).",
    "top-secret": "Top secret (e.g. COSMIC TOP SECRET, US TOP SECRET).",
}

CLASSIFICATION_SCHEME = {
    "nato": "NATO security classifications (C-M(2002)49-REV1).",
    "us": "US national security classifications (EO 13526).",
    "eu": "EU classified information (EUCI).",
    "national": "A member state's national scheme.",
}

USE_CASE = {
    "intelligence-analysis": "Analysing intelligence datasets and reports.",
    "intelligence-collection": "Collecting intelligence (including signals and open sources).",
    "osint": "Open-source intelligence on publicly available information.",
    "signals-intelligence": "Processing intercepted communications (SIGINT).",
    "communications-analysis": "Analysing communications content or metadata.",
    "logistics": "Logistics planning and supply-chain coordination.",
    "cyber-defense": (
        "Cyber threat detection and network security monitoring, and responses confined to "
        "the customer's own networks and information systems (blocking traffic at their "
        "perimeter, quarantining hosts within them). A response that acts on systems "
        "outside them to disrupt, disable or destroy them (a counter-attack, a 'hack back', "
        "'neutralising' the attacker's servers) is not this use alone, whatever the contract "
        "calls it: it is an attack by a cyber means of warfare (Tallinn Manual 2.0, Rules 92 "
        "and 103), so record weapons-targeting beside it (and weapons.cyberspace_only)."
    ),
    "translation": (
        "Translation and interpretation. A translation published to inform the public on "
        "matters of public interest (a press release, a public statement) is text the system "
        "generates and publishes so: record public-interest-text beside it (Art. 50(4), "
        "second subparagraph)."
    ),
    "document-drafting": "Drafting and summarising documents.",
    "software-development": "Writing or reviewing software.",
    "civil-administration": "General administrative work.",
    "hr-employment": "Recruitment, promotion, task allocation or monitoring of workers.",
    "education-training": "Education and training of people.",
    "humanitarian": "Humanitarian assistance and disaster response.",
    "research": "Research and development.",
    "decision-support": "Supporting human decisions with analyses or recommendations.",
    "weapons-targeting": (
        "Selecting, nominating or prioritising targets for weapons, cyber means of warfare "
        "included: choosing the systems or servers a cyber operation is to disrupt, disable "
        "or destroy (Tallinn Manual 2.0, Rules 92 and 103), whatever the contract calls it "
        "('active defence', 'countermeasures'); and a sensor's output that a weapon engages "
        "unless an operator vetoes it, on whatever platform the sensor sits."
    ),
    "fire-control": "Controlling or directing weapons fire.",
    "autonomous-weapons": (
        "Operating within a weapon system that, once activated, selects and engages targets "
        "without further intervention by an operator (DoDD 3000.09)."
    ),
    "command-and-control": "Military command and control.",
    "surveillance": "Monitoring or tracking people or groups.",
    "law-enforcement": (
        "Policing, criminal investigation or prosecution, as a use in its own right: a "
        "broad value that names Annex III point 6 as a whole (the systems of 6(a)-(e)), so "
        "a contract that lists it is read as buying a point 6 use. A system bought for one "
        "use that a specific value names (post-remote biometric identification, a "
        "polygraph, open-source research) is recorded by that value alone, its law "
        "enforcement among the purposes: a police face search is Annex III 1(a), not 6."
    ),
    "border-control": "Border management, migration or asylum.",
    "biometric-identification": "Identifying people from biometric data.",
    "real-time-remote-biometric-identification": (
        "Identifying people at a distance from live biometric data (AI Act Art. 3(42)). "
        "Where the identification runs in publicly accessible spaces for law enforcement, "
        "record public-space-biometric-identification as well, whatever the contract calls "
        "it: that is the practice Art. 5(1)(h) prohibits, and a ban beside this value alone "
        "is not read as contradicted by it."
    ),
    "biometric-categorisation": "Assigning people to categories from biometric data.",
    "emotion-recognition": "Inferring emotions or intentions from biometric data.",
    "facial-recognition-database": "Building or expanding a facial-recognition database.",
    "social-scoring": (
        "Scoring people over time on social behaviour or personal traits, the score "
        "leading to detrimental treatment (the practice of AI Act Art. 5(1)(c)): in "
        "contexts unrelated to those in which the data was generated or collected, or "
        "disproportionate to the behaviour (points (i)-(ii)). Record it for what a "
        "statement of work, order form or annex buys, whatever the contract calls the "
        "score ('trust score', 'reliability index', risk flags other authorities may use "
        "in their own decisions on the person) and whatever it says of social scoring: a "
        "ban on 'social scoring' by name beside such a use does not make the use "
        "something else (the rules on the ban then fail on the contradiction). A score "
        "used only in the context its data was collected for, and not disproportionate "
        "to the behaviour, is not this practice: record the use it serves."
    ),
    "crime-prediction": "Assessing the risk that a person commits an offence.",
    "crime-prediction-by-profiling": (
        "Predicting that a person will offend based solely on profiling or personality "
        "traits (AI Act Art. 5(1)(d))."
    ),
    "facial-image-scraping": (
        "Building facial-recognition databases by untargeted scraping of facial images "
        "from the internet or CCTV (AI Act Art. 5(1)(e))."
    ),
    "workplace-emotion-recognition": (
        "Inferring emotions of people at work or in education (AI Act Art. 5(1)(f))."
    ),
    "biometric-categorisation-sensitive-traits": (
        "Categorising people from biometric data to infer race, political opinions, "
        "trade-union membership, religious or philosophical beliefs, sex life or sexual "
        "orientation (AI Act Art. 5(1)(g))."
    ),
    "public-space-biometric-identification": (
        "Real-time remote biometric identification in publicly accessible spaces for law "
        "enforcement (AI Act Art. 5(1)(h)). Publicly accessible: a physical space open to "
        "an undetermined number of people, whatever its owner and whatever conditions of "
        "entry any of them can meet (a ticket, registration, an age): streets, stations, "
        "airports, the public hall of a border crossing (Art. 3(44), Recital 19); not one "
        "whose access is limited to specific, defined persons by law or by the clear will "
        "of the authority over it (a military base, offices, factories closed to the "
        "public). Law enforcement: preventing, investigating, detecting or prosecuting "
        "criminal offences, including safeguarding against threats to public security, by "
        "or on behalf of a competent authority (Art. 3(45)-(46))."
    ),
    "behavioural-manipulation": (
        "Subliminal, manipulative or deceptive techniques, or exploiting vulnerabilities, "
        "to distort behaviour causing significant harm (AI Act Art. 5(1)(a)-(b))."
    ),
    "intimate-imagery-generation": (
        "Generating intimate imagery of identifiable people without consent, or child "
        "sexual abuse material (AI Act Art. 5(1)(ba)-(bb))."
    ),
    "mass-surveillance": "Mass, bulk or untargeted surveillance, monitoring or tracking of people.",
    "critical-infrastructure": "Safety components of critical infrastructure.",
    "essential-services": "Access to essential public or private services and benefits.",
    "justice-democracy": "Administration of justice or democratic processes.",
    # Art. 5(1)(a)-(b), one value each
    "subliminal-manipulation": (
        "Subliminal, purposefully manipulative or deceptive techniques distorting behaviour "
        "and causing significant harm (AI Act Art. 5(1)(a))."
    ),
    "vulnerability-exploitation": (
        "Exploiting vulnerabilities due to age, disability or a social or economic situation, "
        "causing significant harm (AI Act Art. 5(1)(b))."
    ),
    # Annex III, sub-point by sub-point
    "remote-biometric-identification": (
        "Identifying people at a distance by comparing their biometric data with a "
        "reference database, not 1:1 verification (Annex III 1(a))."
    ),
    "biometric-categorisation-protected-attributes": (
        "Categorising people from biometric data by sensitive or protected attributes, "
        "where Art. 5(1)(g) does not prohibit it (Annex III 1(b))."
    ),
    "education-admission": "Deciding access or admission to education (Annex III 3(a)).",
    "learning-outcome-evaluation": "Evaluating learning outcomes (Annex III 3(b)).",
    "education-level-assessment": (
        "Assessing the level of education a person will receive or access (Annex III 3(c))."
    ),
    "exam-proctoring": "Detecting prohibited behaviour of students during tests (Annex III 3(d)).",
    "recruitment-screening": (
        "Recruiting or selecting people: targeted job ads, filtering applications, "
        "evaluating or ranking candidates (Annex III 4(a))."
    ),
    "worker-management": (
        "Decisions on promotion, termination or terms of work, allocating tasks by behaviour "
        "or traits, monitoring or evaluating workers (Annex III 4(b))."
    ),
    "public-benefits-eligibility": (
        "A public authority evaluating eligibility for public assistance benefits and "
        "services, or granting, reducing or reclaiming them (Annex III 5(a))."
    ),
    "credit-scoring": (
        "Evaluating creditworthiness or setting a credit score, not fraud detection "
        "(Annex III 5(b))."
    ),
    "insurance-risk-pricing": (
        "Risk assessment and pricing of people in life and health insurance (Annex III 5(c))."
    ),
    "emergency-triage": (
        "Evaluating emergency calls, dispatching first responders, or emergency patient "
        "triage (Annex III 5(d))."
    ),
    "victim-risk-assessment": (
        "Law enforcement assessing the risk of a person becoming a victim (Annex III 6(a))."
    ),
    "law-enforcement-polygraph": "Polygraphs and similar tools for law enforcement (6(b)).",
    "evidence-reliability-assessment": "Evaluating the reliability of evidence (Annex III 6(c)).",
    "reoffending-risk-assessment": (
        "Assessing the risk of offending or re-offending, not solely by profiling, or "
        "assessing personality traits or past criminal conduct (Annex III 6(d))."
    ),
    "criminal-profiling": (
        "Profiling people in detecting, investigating or prosecuting offences (Annex III 6(e))."
    ),
    "migration-polygraph": "Polygraphs and similar tools in migration and border control (7(a)).",
    "migration-risk-assessment": (
        "Assessing the security, irregular-migration or health risk posed by a person "
        "entering a member state (Annex III 7(b))."
    ),
    "asylum-visa-examination": (
        "Examining asylum, visa or residence applications and the applicants' eligibility "
        "(Annex III 7(c))."
    ),
    "border-identification": (
        "Detecting, recognising or identifying people in migration or border control, not "
        "verifying travel documents (Annex III 7(d))."
    ),
    "biometric-verification": (
        "Verifying that a person is who they claim to be (1:1 biometric verification, AI Act "
        "Art. 3(36)), with the sole purpose of confirming identity, e.g. to unlock a device or "
        "give access to a service or premises (excluded from Annex III 1(a))."
    ),
    "post-remote-biometric-identification": (
        "Identifying people at a distance from biometric data recorded earlier, not live "
        "(AI Act Art. 3(43); Annex III 1(a); in a criminal investigation, Art. 26(10)): the "
        "comparison comes after a significant delay. A comparison made within seconds or "
        "minutes of capture (in batches, from a rolling buffer, 'near real time') is "
        "real-time whatever the contract calls it (Art. 3(42): limited short delays "
        "included; Recital 17: live or near-live material): record "
        "real-time-remote-biometric-identification, not this."
    ),
    "fraud-detection": (
        "Detecting financial fraud (excluded from Annex III 5(b), creditworthiness). The "
        "carve-out is in the creditworthiness point alone: a public authority's scoring of "
        "applicants for or recipients of public assistance benefits for fraud, on which "
        "benefits are refused, suspended, reduced, revoked or reclaimed, evaluates their "
        "eligibility and grants, reduces, revokes or reclaims benefits (Annex III 5(a)), "
        "whatever the contract calls it: record public-benefits-eligibility for it."
    ),
    "judicial-decision-support": (
        "Assisting a judicial authority or ADR body in researching and interpreting facts "
        "and law and applying the law (Annex III 8(a))."
    ),
    "election-influencing": (
        "Influencing the outcome of an election or referendum or voting behaviour, not "
        "organising campaigns behind the scenes (Annex III 8(b))."
    ),
    # Everyday uses outside Annex III
    "customer-service-chatbot": (
        "A chatbot answering customers or the public (Art. 50(1): tell people it is AI)."
    ),
    "crime-reporting": (
        "A channel for the public to report criminal offences (Art. 50(1): the exception for "
        "systems authorised by law for criminal offences does not cover it)."
    ),
    "content-generation": "Generating text, images, audio or video (Art. 50(2): mark output).",
    "deep-fake-generation": (
        "Generating or manipulating image, audio or video resembling real people, objects or "
        "events (Art. 50(2) and 50(4))."
    ),
    "public-interest-text": (
        "Generating text published to inform the public on matters of public interest "
        "(Art. 50(2) and 50(4)), a machine translation so published included: record "
        "translation beside it for such a translation (Art. 50(2)'s exception for output "
        "that does not substantially alter the input may then be relied on, Art. 50(4)'s "
        "disclosure still owed), and content-generation or document-drafting where the "
        "system writes text of its own."
    ),
    "spam-filtering": "Filtering spam or unwanted messages.",
    "service-monitoring": "Monitoring the health and performance of IT services (no people).",
    "forecasting": "Forecasting demand, stock or other figures that are not about individuals.",
    "code-assistance": "Suggesting, completing or explaining code for developers.",
    "document-search": "Searching and retrieving documents.",
}

PURPOSE = {
    "military": "Military purposes (excluded from the EU AI Act by Art. 2(3)).",
    "defence": "Defence purposes (excluded from the EU AI Act by Art. 2(3)).",
    "national-security": "National-security purposes (excluded from the EU AI Act by Art. 2(3)).",
    "civilian": (
        "Civilian purposes, including civil administration, and civil protection and"
        " emergency management (preventing, preparing for and responding to natural or"
        " man-made disasters, dispatching fire, rescue and medical teams: TFEU Art. 196),"
        " whoever carries them out (an armed force's flood relief included); not the"
        " law-enforcement purposes of a police, prosecution, prison or probation body"
        " (law-enforcement), nor their safeguarding against threats to public security"
        " (public-security)."
    ),
    "law-enforcement": (
        "Law-enforcement purposes: the prevention, investigation, detection or prosecution"
        " of criminal offences or the execution of criminal penalties (Law Enforcement"
        " Directive Art. 1(1); AI Act Art. 3(46)): policing, criminal investigation,"
        " prosecution, and a prison or probation service's execution of sentences (release"
        " and day-release decisions included), whatever the contract calls it ('offender"
        " management')."
    ),
    "public-security": "Public-security purposes.",
    "humanitarian": (
        "Humanitarian purposes: humanitarian aid, relief and protection for people in"
        " third countries affected by disasters or crises (TFEU Art. 214); civil protection"
        " and emergency management by a state's own services (TFEU Art. 196) is civilian."
    ),
    "border-management": "Border management, migration and asylum.",
    "employment": "Employment and workers management.",
    "commercial": "Commercial purposes.",
    "research": "Scientific research and development.",
}

POPULATION = {
    "all-persons": "Every natural person, whatever their nationality or residence.",
    "us-persons": "US persons as EO 12333 §3.5(k) defines them.",
    "us-nationals": "US citizens and nationals.",
    "domestic-persons": "People in the customer's own country.",
    "customer-nationals": "Nationals of the customer state(s).",
    "eu-residents": "People in the EU.",
    "eea-residents": "People in the EEA.",
    "alliance-nationals": "Nationals of an alliance's member states.",
    "foreign-persons": "People outside the customer's own country or nationality.",
    "customer-personnel": "The customer's own staff and contractors.",
}

RESTRICTION_CONDITION = {
    "unconditional": (
        "Applies whatever the law or the customer's policy says: also a prohibition stated "
        "with no condition, qualifier or reference to law or policy ('shall not')."
    ),
    "where-law-or-policy-requires": (
        "Applies only where law, regulation or the customer's policy requires it "
        "(e.g. 'where law or policy requires human control'); also a prohibition made "
        "subject to a law or the customer's policy (e.g. 'subject to the Customer's "
        "national law'), which gives way wherever that law or policy provides otherwise."
    ),
    "as-required-by-applicable-law": "Restates applicable law; adds nothing beyond it.",
    "pinned-policy-version": "Defined by a named version of a law or policy, fixed at signing.",
}

#: The names of the restrictions (``restrictions.NAME``), for ``restrictions.in_contract``;
#: kept equal to the restriction fields of :class:`compliance.model.usefacts.Restrictions`
#: (tests/test_fulllist.py).
RESTRICTION_NAME = {
    "mass_surveillance": "Mass, bulk or untargeted surveillance of people.",
    "autonomous_weapons": "Use in weapon systems that select and engage targets on their own.",
    "weapons_integration": "Any integration into a weapon system or weapons use.",
    "anti_personnel_autonomy": "Autonomous functions that apply force against persons.",
    "real_time_remote_biometric_identification": (
        "Real-time remote biometric identification in public spaces (AI Act Art. 5(1)(h))."
    ),
    "facial_image_scraping": "Untargeted scraping of facial images (AI Act Art. 5(1)(e)).",
    "social_scoring": "Social scoring (AI Act Art. 5(1)(c)).",
    "biometric_categorisation": "Biometric categorisation by sensitive traits (Art. 5(1)(g)).",
    "crime_prediction": "Predicting offending based solely on profiling (Art. 5(1)(d)).",
    "emotion_recognition_workplace": "Emotion recognition at work and in education (5(1)(f)).",
    "manipulation": "Manipulative techniques or exploiting vulnerabilities (Art. 5(1)(a)-(b)).",
    "intimate_imagery": "Non-consensual intimate imagery or CSAM (Art. 5(1)(ba)-(bb)).",
    "domestic_law_enforcement": "Domestic law-enforcement use by a military customer.",
    "high_stakes_automated_decisions": "High-stakes decisions without human approval.",
    "discriminatory_profiling": "Discriminatory profiling (Law Enforcement Directive Art. 11(3)).",
    "intelligence_agency_use": "Use by the customer's intelligence agencies.",
    "training_on_customer_data": "The vendor training its models on customer data.",
    "weapons_platform_installation": "Installing the model on weapons platforms or munitions.",
}

LAW_REFERENCE = {
    "fixed-at-signing": (
        "Laws and policies are those in force at signing; changes do not widen use."
    ),
    "as-amended": "Laws and policies as amended from time to time.",
}

SURVEILLANCE_SCOPE = {
    "collection": "Gathering data about people.",
    "analysis": "Analysing data about people.",
    "querying": "Searching data already collected for particular people.",
    "incidental-data": "Data about protected people collected incidentally.",
    "bulk-data": "Data collected in bulk, without selectors.",
    "commercially-acquired-data": "Personal data bought or licensed from commercial sources.",
    "publicly-available-data": "Publicly available data (social media, open sources).",
    "tracking": "Tracking people's location or movements.",
    "profiling": "Building profiles of individuals.",
}

RESTRICTION_EXCEPTION = {
    "victim-search": (
        "Targeted search for victims or missing persons (AI Act Art. 5(1)(h)(i)); whether "
        "only for specific victims of abduction, trafficking or sexual exploitation and "
        "missing persons is stated apart (specific_victims_only)."
    ),
    "imminent-threat": (
        "Preventing an imminent threat to life or terrorist attack (5(1)(h)(ii)); whether "
        "only a specific, substantial and imminent threat is stated apart "
        "(specific_threat_only)."
    ),
    "serious-crime-suspects": (
        "Locating suspects of serious offences (Art. 5(1)(h)(iii)); whether only of Annex II "
        "offences is stated apart (annex_ii_offences_only)."
    ),
    "medical-or-safety": "Medical or safety reasons (AI Act Art. 5(1)(f)).",
    "lawful-dataset-labelling": "Labelling or filtering lawfully acquired datasets (5(1)(g)).",
    "human-assessment-support": "Supporting a human assessment based on facts (5(1)(d)).",
    "publicly-available-data": "Publicly available information is carved out.",
    "commercially-acquired-data": "Commercially acquired information is carved out.",
    "foreign-intelligence": (
        "Foreign-intelligence activities are carved out. 'Except for lawful foreign "
        "intelligence purposes' is this value alone: 'lawful' qualifies the carve-out, "
        "it is not lawful-purposes (any use the customer deems lawful); whom the "
        "carve-out leaves unprotected is read by the rule on the protected population."
    ),
    "incidental-collection": "Incidentally collected data is carved out.",
    "posse-comitatus": "Uses the Posse Comitatus Act (18 U.S.C. §1385) allows.",
    "lawful-purposes": "Any use the customer deems lawful.",
    "materiel-targets": (
        "Autonomy against materiel (non-human) targets only; whether the carved-out systems "
        "engage only under an operator's supervision is stated apart (operator_supervised)."
    ),
    "local-defence": (
        "Operator-supervised defence of installations or platforms; whether the carved-out "
        "systems engage only under an operator's supervision is stated apart "
        "(operator_supervised)."
    ),
    "non-lethal-force": (
        "Autonomous functions applying non-lethal force (e.g. against persons) are carved "
        "out: the ban reaches lethal force only. DoD Directive 3000.09 applies to lethal and "
        "non-lethal force alike (21 Nov 2012, para 2.a(3)), and the ICRC position (12 May "
        "2021, recommendation 2) would rule out any autonomous application of force against "
        "persons."
    ),
    "defined-narrowly": (
        "The contract's own definition of the restricted term leaves part of the practice "
        "outside the ban, whatever its heading: a threshold of scale ('Mass Surveillance "
        "means the simultaneous monitoring of more than ten million persons'), human targets "
        "only, or systems that act 'without any human involvement at any stage' (which no "
        "fielded system meets). The ban reaches only what its defined term covers; the rest "
        "is carved out."
    ),
    "separate-agreement": (
        "Allowed under a separate agreement with its own terms; also allowed with the "
        "other party's approval ('requires the Provider's prior written approval') where "
        "the contract sets no limit on what may be approved: the ban then holds only until "
        "the parties agree otherwise."
    ),
    "network-defence": (
        "Monitoring necessary for the defence of the customer's own networks and information "
        "systems (network and information security, cybersecurity monitoring: GDPR Recital "
        "49; NIS2 Directive (EU) 2022/2555, Art. 21); whether it is confined to those systems "
        "and leaves the content of persons' communications out is stated apart "
        "(network_defence_confined)."
    ),
    "anonymised-aggregate-metrics": (
        "Aggregated service metrics rendered anonymous, so that no person is or can be "
        "identified by any means reasonably likely to be used: not personal data (GDPR "
        "Recital 26), so carving them out of a surveillance ban takes no person out of its "
        "protection. Where the contract permits re-identifying the people behind them "
        "(reidentification_permitted), they are personal data (GDPR Art. 4(1)) and the "
        "carve-out lifts the ban's protection from those people. Data from which only "
        "direct identifiers are removed ('de-identified', pseudonymised: GDPR Art. 4(5)) "
        "is not anonymous, and the content of prompts and outputs is no aggregated metric, "
        "whatever the contract's definition says ('does not identify the Customer or any "
        "individual'): not this value."
    ),
}

HUMAN_CONTROL = {
    "human-in-the-loop": "A human takes each decision (affirmative approval).",
    "human-on-the-loop": "The system acts; a human supervises and can override.",
    "human-in-command": "Humans decide when and how the system is used.",
    "none": "No human control is required.",
}

HUMAN_JUDGMENT_STANDARD = {
    "appropriate-human-judgment": (
        "Appropriate levels of human judgment over the use of force (DoDD 3000.09)."
    ),
    "context-appropriate-human-judgement-and-control": "CCW GGE LAWS rolling text.",
    "meaningful-human-control": "Meaningful human control over each use of force.",
    "none": "No standard of human judgment.",
}

DEPLOYMENT_MODEL = {
    "vendor-cloud": "Run by the vendor in its own cloud.",
    "government-cloud": "Run in a government or government-accredited cloud.",
    "on-premises": "Installed on the customer's premises.",
    "air-gapped": "Installed on an isolated network with no outside connection.",
    "edge": "Installed on edge devices or platforms.",
}

GUARDRAILS = {
    "standard": "The vendor's safety training and usage safeguards are active.",
    "reduced": "Some safeguards are removed or relaxed for this customer.",
    "removed": "A model variant with safety training or classifiers removed.",
}

CAPABILITY = {
    "text-generation": "Generates text.",
    "translation": "Translates text or speech.",
    "image-generation": "Generates images.",
    "audio-generation": "Generates audio.",
    "video-generation": "Generates video.",
    "image-analysis": "Analyses still images.",
    "video-analysis": "Analyses video.",
    "speech-recognition": "Transcribes speech.",
    "face-recognition": "Detects or recognises faces.",
    "biometric-processing": "Processes biometric data.",
    "emotion-inference": "Infers emotions or intentions.",
    "conversational": "Interacts directly with people.",
    "code-generation": "Generates code.",
    "autonomous-action": (
        "Takes actions without a human step. So does a system whose outputs (target "
        "nominations, tracks, fire solutions) a weapon may act on with no human decision "
        "in between: where the contract lets an engagement proceed without a human "
        "decision (weapons.human_decision_per_engagement false, or "
        "weapons.human_decision_qualified true), the system that selects or nominates "
        "its targets takes that action, whatever it is called (an assistant, decision "
        "support)."
    ),
    "profiling": "Evaluates personal aspects of individuals (GDPR Art. 4(4)).",
}

ANNEX_III_AREA = {
    "biometrics": "Annex III point 1: biometrics.",
    "critical-infrastructure": "Annex III point 2: critical infrastructure.",
    "education": "Annex III point 3: education and vocational training.",
    "employment": "Annex III point 4: employment and workers management.",
    "essential-services": "Annex III point 5: essential private and public services.",
    "law-enforcement": "Annex III point 6: law enforcement.",
    "migration-asylum-border": "Annex III point 7: migration, asylum and border control.",
    "justice-democracy": "Annex III point 8: administration of justice and democracy.",
}

ANNEX_X_SYSTEM = {
    "sis": (
        "Schengen Information System: Regulations (EU) 2018/1860, 2018/1861 and 2018/1862 "
        "(AI Act Annex X, point 1)."
    ),
    "vis": (
        "Visa Information System: Regulations (EU) 2021/1133 and 2021/1134 (Annex X, point 2)."
    ),
    "eurodac": "Eurodac: Regulation (EU) 2024/1358 (Annex X, point 3).",
    "ees": "Entry/Exit System: Regulation (EU) 2017/2226 (Annex X, point 4).",
    "etias": (
        "European Travel Information and Authorisation System: Regulations (EU) 2018/1240 and "
        "2018/1241 (Annex X, point 5)."
    ),
    "ecris-tcn": (
        "European Criminal Records Information System on third-country nationals and "
        "stateless persons: Regulation (EU) 2019/816 (Annex X, point 6)."
    ),
    "interoperability": (
        "The interoperability framework between EU information systems: Regulations (EU) "
        "2019/817 and 2019/818 (Annex X, point 7)."
    ),
}

ART6_DEROGATION = {
    "narrow-procedural-task": "Performs a narrow procedural task (AI Act Art. 6(3)(a)).",
    "improves-human-activity": (
        "Improves the result of a previously completed human activity (Art. 6(3)(b))."
    ),
    "detects-patterns": (
        "Detects decision-making patterns or deviations, without replacing or influencing "
        "the human assessment without proper human review (Art. 6(3)(c))."
    ),
    "preparatory-task": "Performs a preparatory task to an Annex III assessment (Art. 6(3)(d)).",
}

ART25_TRIGGER = {
    "own-name-or-trademark": (
        "Puts its name or trademark on a high-risk system already on the market or in "
        "service (AI Act Art. 25(1)(a))."
    ),
    "substantial-modification": (
        "Makes a substantial modification to a high-risk system so that it remains "
        "high-risk (Art. 25(1)(b))."
    ),
    "changed-intended-purpose": (
        "Changes the intended purpose of a system that was not high-risk so that it becomes "
        "high-risk (Art. 25(1)(c))."
    ),
}

ART50_EXCEPTION = {
    "obvious-interaction": (
        "It is obvious to people that they deal with an AI system (50(1)): obvious to a "
        "reasonably well-informed, observant and circumspect person in the circumstances and "
        "context of use. A system presented as a person (a human name with a photograph, "
        "likeness or voice of a person, signing as a member of staff) is not obvious, "
        "whatever the contract says: do not record the exception for it (the contract's "
        "claim is a label its own description of the system contradicts)."
    ),
    "standard-editing": (
        "Assistive function for standard editing, or output that does not substantially "
        "alter the input or its semantics (50(2))."
    ),
    "criminal-offences": (
        "Use authorised or permitted by law to detect, prevent, investigate or prosecute "
        "criminal offences (50(1), (2), (4)); for emotion recognition or biometric "
        "categorisation (50(3)) only to detect, prevent or investigate them: 50(3) does not "
        "name prosecution, so do not record the exception for such a system that the law "
        "the contract relies on permits only to prosecute (testimony analysed for trial "
        "after the investigation has closed)."
    ),
    "artistic-work": (
        "Evidently artistic, creative, satirical or fictional work: disclosure limited to "
        "not hampering it (50(4))."
    ),
    "editorial-responsibility": (
        "Text under human review or editorial control, with editorial responsibility (50(4))."
    ),
}

CONFORMITY_ROUTE = {
    "internal-control": "Internal control (AI Act Annex VI).",
    "notified-body": "Assessment by a notified body (Annex VII).",
    "market-surveillance-authority": "Market-surveillance authority as notified body (Art. 43(1)).",
}

SOURCE_KIND = {
    "annex": "An annex of the contract (contract terms).",
    "amendment": "An amendment or modification of the contract (contract terms).",
    "side-letter": "A side letter (contract terms).",
    "usage-policy": "A usage policy incorporated by reference (contract terms).",
    "statement-of-work": "A statement of work (contract terms).",
    "public-statement": "A public statement by a party (not contract terms).",
    "press-report": "A press report (not contract terms).",
    "official-record": (
        "A public record, e.g. a register or filing (not contract terms). One dated "
        "('effective') after the contract's signed_on that states a party's country, "
        "parent's country, foreign laws (subject_to), EU establishment or Data Privacy "
        "Framework List status (dpf_certified) settles those facts from its day over what "
        "the contract said of them: who a party is on the day read is a fact of the world, "
        "not a term. Where the contract does not say when it was signed, what such a "
        "record states otherwise than the contract is left open (unspecified)."
    ),
    "other": (
        "Another source (not contract terms), e.g. a copy or translation of the contract "
        "that no party signed as the contract (a 'conformed copy' given to the vendor): "
        "what it leaves out is still a term, and what it adds is none."
    ),
}

#: Source kinds whose statements are terms of the contract itself.
CONTRACT_SOURCE_KINDS = frozenset(
    {"contract", "clause", "annex", "amendment", "side-letter", "usage-policy", "statement-of-work"}
)

OVERSIGHT_KIND = {
    "national": "One nation's authority.",
    "multinational": "Several nations together (e.g. an alliance command).",
    "independent": "An independent body.",
    "vendor": "The vendor.",
}


AUTOMATED_DECISION_GROUND = {
    "contract-necessity": (
        "The decision is necessary for entering into, or performing, a contract between the "
        "person and the controller (GDPR Art. 22(2)(a))."
    ),
    "authorised-by-law": (
        "The decision is authorised by Union or Member State law to which the controller is "
        "subject, which lays down suitable measures to safeguard the person's rights, "
        "freedoms and legitimate interests (GDPR Art. 22(2)(b); Law Enforcement Directive "
        "Art. 11(1), where the law must provide at least the right to obtain human "
        "intervention)."
    ),
    "explicit-consent": "The person's explicit consent (GDPR Art. 22(2)(c)).",
}

AUTOMATED_DECISION_SAFEGUARD = {
    "human-intervention": (
        "The person may obtain human intervention on the part of the controller (GDPR "
        "Art. 22(3); Law Enforcement Directive Art. 11(1))."
    ),
    "express-point-of-view": "The person may express their point of view (GDPR Art. 22(3)).",
    "contest-decision": "The person may contest the decision (GDPR Art. 22(3)).",
    "special-category-measures": (
        "Suitable measures to safeguard the person's rights, freedoms and legitimate "
        "interests where a decision rests on special categories of data (Law Enforcement "
        "Directive Art. 11(2); GDPR Art. 22(4))."
    ),
}


#: Vocabularies whose order is meaningful (lowest first), for lt/le/gt/ge in conditions.
ORDERED: dict[str, list[str]] = {
    "Classification": list(CLASSIFICATION),
}

#: Every vocabulary by enum name, with its value descriptions (for docs and schemas).
VOCABULARIES: dict[str, dict[str, str]] = {
    "ContractStatus": CONTRACT_STATUS,
    "PartyRole": PARTY_ROLE,
    "PartyKind": PARTY_KIND,
    "Classification": CLASSIFICATION,
    "ClassificationScheme": CLASSIFICATION_SCHEME,
    "UseCase": USE_CASE,
    "Purpose": PURPOSE,
    "Population": POPULATION,
    "RestrictionCondition": RESTRICTION_CONDITION,
    "RestrictionName": RESTRICTION_NAME,
    "LawReference": LAW_REFERENCE,
    "SurveillanceScope": SURVEILLANCE_SCOPE,
    "RestrictionException": RESTRICTION_EXCEPTION,
    "AutomatedDecisionGround": AUTOMATED_DECISION_GROUND,
    "AutomatedDecisionSafeguard": AUTOMATED_DECISION_SAFEGUARD,
    "HumanControl": HUMAN_CONTROL,
    "HumanJudgmentStandard": HUMAN_JUDGMENT_STANDARD,
    "DeploymentModel": DEPLOYMENT_MODEL,
    "Guardrails": GUARDRAILS,
    "Capability": CAPABILITY,
    "Controller": CONTROLLER,
    "Asset": ASSET,
    "DataCategory": DATA_CATEGORY,
    "DataRegime": DATA_REGIME,
    "ProcessorTerm": PROCESSOR_TERM,
    "TransferMechanism": TRANSFER_MECHANISM,
    "RecipientKind": RECIPIENT_KIND,
    "InternationalOrganisation": INTERNATIONAL_ORGANISATION,
    "SccVersion": SCC_VERSION,
    "SccModule": SCC_MODULE,
    "TransferDerogation": TRANSFER_DEROGATION,
    "LedIndividualCaseCondition": LED_INDIVIDUAL_CASE_CONDITION,
    "SubProcessorAuthorisation": SUB_PROCESSOR_AUTHORISATION,
    "Certification": CERTIFICATION,
    "ForeignAccessLaw": FOREIGN_ACCESS_LAW,
    "AnnexIIIArea": ANNEX_III_AREA,
    "AnnexXSystem": ANNEX_X_SYSTEM,
    "Art6Derogation": ART6_DEROGATION,
    "Art25Trigger": ART25_TRIGGER,
    "Art50Exception": ART50_EXCEPTION,
    "ConformityRoute": CONFORMITY_ROUTE,
    "SourceKind": SOURCE_KIND,
    "OversightKind": OVERSIGHT_KIND,
}


#: How a jurisdiction group (``EU``, ``NATO``, ...) in a place-valued fact is read. A fact
#: that is a term permitting places, or a list of places each of which is meant, stands for
#: every member of the group (:data:`EVERY`): storage "in the EU" lets the provider store in
#: France as much as in Germany, so it is not inside a list of Germany alone, and a transfer
#: "to the NATO nations" reaches each of them. A fact that says where one thing is (a
#: party's establishment, the governing law) is one member, unknown which (:data:`ONE`):
#: ``EU`` there is inside a list of every EU country, outside one of none, and unknown
#: against Germany alone. ``ANYWHERE`` is every country in either reading.
EVERY = "every"
ONE = "one"
#: A group code that names an organisation, not a place: a transfer "to NATO" whose
#: recipient is an international organisation goes to the organisation (GDPR Art. 4(26),
#: Art. 44), not to its member states, and the code does not say where the organisation
#: keeps the data (unknown against a list of places, unless that list holds every country).
#: A country code there states the organisation's site and is read as it is.
ORGANISATION = "organisation"

#: The reading of each place-valued fact path, by the fact table's path pattern
#: (the fact table generator fails on a jurisdiction fact missing here).
PLACE_READINGS: dict[str, str] = {
    "data.storage[*].country": EVERY,
    "data.processing[*].country": EVERY,
    "data.model_weights.locations[*].country": EVERY,
    "data.telemetry.locations": EVERY,
    "data.personnel.locations": EVERY,
    "data.transfers[*].destination": EVERY,
    "data.sub_processors.list[*].country": EVERY,
    "data.sub_processors.list[*].parent_country": ONE,
    "geography.deployment": EVERY,
    "geography.output_used_in": EVERY,
    "geography.governing_law": ONE,
    "oversight.countries": EVERY,
    "parties[*].country": ONE,
    "parties[*].parent_country": ONE,
}

#: Readings that depend on another field of the same item, by the fact table's path
#: pattern: the field, and the reading for each of its values (any other value keeps the
#: reading in :data:`PLACE_READINGS`; the field left out or unspecified leaves either
#: reading open, and a condition is decided only where both agree). A transfer's
#: destination names the organisation where its recipient is an international organisation
#: (Chapter V of the GDPR treats a transfer "to an international organisation" apart from
#: one to a third country: Arts 44 to 46 and 49).
PLACE_READINGS_BY_ITEM: dict[str, tuple[str, dict[str, str]]] = {
    "data.transfers[*].destination": (
        "recipient_kind",
        {"international-organisation": ORGANISATION},
    ),
}
