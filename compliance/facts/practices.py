"""Restricted practices, and which permitted uses amount to them: one table, shipped with
the vocabulary and read by the rule packs.

A contract can ban a practice (``restrictions.<name>.prohibited: true``) and, elsewhere,
permit a use that *is* that practice (``use_cases`` listing it). The ban's label then says
one thing and what the contract buys says another. Rule packs read this table through the
``permits_practice`` condition (see :mod:`compliance.packs.compiler`): "the contract permits a use,
purpose or capability that amounts to practice P, and no recognised exception stated on
P's ban covers it". ``compliance validate`` reads it to warn about the contradiction,
naming both clauses.

The table is data, not code: each practice has its ban (the restriction fact), the
exceptions the law (or the red line) recognises for it, the conditions an exception needs
to count (those every exception of the practice shares, and those of one exception alone,
such as the Annex II offences of Art. 5(1)(h)(iii)), and its citations; each value of
the vocabularies named in :data:`PERMITTED_USE_FACTS` maps to the practices it amounts to,
with the provision that makes it so. A value maps to a practice only where the value, as
the vocabulary describes it, *is* the practice (``biometric-categorisation-sensitive-traits``
is Art. 5(1)(g); the broader ``biometric-categorisation`` is not, since categorising by
age or hair colour is not prohibited). Further classifications (Annex III points,
profiling) can be added to :class:`Entry` without changing how the packs read it.
"""

from __future__ import annotations

from compliance.core.records import record, replace

AI_ACT = "Regulation (EU) 2024/1689 (AI Act)"
AI_ACT_URL = "https://eur-lex.europa.eu/eli/reg/2024/1689/oj"
AI_ACT_AMENDED = "Regulation (EU) 2024/1689 (AI Act) as amended by Regulation (EU) 2026/1744"
AI_ACT_AMENDED_URL = "https://eur-lex.europa.eu/eli/reg/2026/1744/oj"
DODD_3000_09 = "DoD Directive 3000.09, Autonomy in Weapon Systems (25 Jan 2023)"
DODD_URL = "https://www.esd.whs.mil/portals/54/documents/dd/issuances/dodd/300009p.pdf"


@record(frozen=True)
class Citation:
    """Where the law (or the red line) says it, as rule citations are written."""

    instrument: str
    provision: str
    url: str
    note: str | None = None


@record(frozen=True)
class Practice:
    """A restricted practice and the ban that rules it out."""

    title: str
    #: The restriction that bans it: ``restrictions.<restriction>``.
    restriction: str
    #: Exceptions (RestrictionException values) that the law or the red line recognises for
    #: it: stated on the ban, one of them may cover a permitted use, whose verdict then
    #: follows the exception's own rule.
    exceptions: tuple[str, ...]
    citations: tuple[Citation, ...]
    #: Facts (paths under the ban, ``restrictions.<restriction>.``) that must all be stated
    #: true for a stated exception to count: the legal conditions every exception shares.
    #: Silent: the exception's effect is unknown; one of them false: it does not count.
    exception_conditions: tuple[str, ...] = ()
    #: The conditions of one exception alone, ``(exception, facts)`` pairs: an exception
    #: counts only where its own facts and the shared :attr:`exception_conditions` are all
    #: stated true (see :meth:`conditions_of`), so that a limit the law sets on one limb
    #: (the Annex II offences of Art. 5(1)(h)(iii), the specific victims of (i), the
    #: specific threat of (ii)) does not gate the others.
    own_conditions: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: Facts elsewhere in the contract, ``(dotted path, value)`` pairs, any of which, stated
    #: with that value, shows that what the exceptions rest on does not hold (what the
    #: contract buys outranks what its carve-out claims): then no exception counts, whatever
    #: the ban's own facts say. Silent: no effect (the conditions above decide).
    contradicted_by: tuple[tuple[str, str], ...] = ()

    def own_conditions_of(self, exception: str) -> tuple[str, ...]:
        """The facts that gate ``exception`` alone (none for most exceptions)."""
        for name, facts in self.own_conditions:
            if name == exception:
                return facts
        return ()

    def conditions_of(self, exception: str) -> tuple[str, ...]:
        """Every fact that must be stated true for ``exception`` to cover a permitted use:
        the shared conditions, then its own."""
        return (*self.exception_conditions, *self.own_conditions_of(exception))


@record(frozen=True)
class Entry:
    """What one vocabulary value amounts to."""

    #: The practices (keys of :data:`PRACTICES`) the value amounts to.
    practices: tuple[str, ...]
    #: Why: the provision that makes the value the practice (or the Annex III point).
    citation: Citation
    #: Annex III points the value falls in: a sub-point such as ``"4(a)"``, or a point
    #: alone (``"4"``) for a broad value that does not say which sub-point.
    annex_iii: tuple[str, ...] = ()
    #: The use is, by its nature, profiling of natural persons (GDPR Art. 4(4), to which
    #: AI Act Art. 3(52) refers): an Annex III system that profiles is always high-risk
    #: (Art. 6(3), last subparagraph).
    profiling: bool = False
    #: Art. 50 paragraphs whose duties the use triggers (``"1"`` .. ``"4"``).
    art50: tuple[str, ...] = ()


def _ai_act(provision: str, note: str | None = None) -> Citation:
    return Citation(AI_ACT, provision, AI_ACT_URL, note)


PRACTICES: dict[str, Practice] = {
    "manipulation": Practice(
        "Subliminal, manipulative or deceptive techniques, or exploiting vulnerabilities, "
        "causing significant harm",
        "manipulation",
        (),
        (_ai_act("Art. 5(1)(a)-(b)"),),
    ),
    "social-scoring": Practice(
        "Social scoring of people",
        "social_scoring",
        (),
        (_ai_act("Art. 5(1)(c)"),),
    ),
    "crime-prediction-by-profiling": Practice(
        "Predicting offending based solely on profiling or personality traits",
        "crime_prediction",
        (),
        (
            _ai_act(
                "Art. 5(1)(d)",
                "The carve-out for supporting a human assessment based on objective, "
                "verifiable facts does not reach a prediction based solely on profiling.",
            ),
        ),
    ),
    "facial-image-scraping": Practice(
        "Untargeted scraping of facial images to build recognition databases",
        "facial_image_scraping",
        (),
        (_ai_act("Art. 5(1)(e)"),),
    ),
    "workplace-emotion-recognition": Practice(
        "Emotion recognition in the workplace and in education",
        "emotion_recognition_workplace",
        ("medical-or-safety",),
        (
            _ai_act(
                "Art. 5(1)(f)",
                "Except for medical or safety reasons (Recital 44): the exception counts only "
                "where the use is stated to be confined to them.",
            ),
        ),
        ("confined_to_exception",),
    ),
    "biometric-categorisation-sensitive-traits": Practice(
        "Biometric categorisation inferring sensitive traits",
        "biometric_categorisation",
        ("lawful-dataset-labelling",),
        (
            _ai_act(
                "Art. 5(1)(g)",
                "Except labelling or filtering of lawfully acquired biometric datasets "
                "(Recital 30): the exception counts only where the use is stated to be "
                "confined to it.",
            ),
        ),
        ("confined_to_exception",),
    ),
    "real-time-remote-biometric-identification": Practice(
        "Real-time remote biometric identification in publicly accessible spaces for law "
        "enforcement",
        "real_time_remote_biometric_identification",
        ("victim-search", "imminent-threat", "serious-crime-suspects"),
        (
            _ai_act(
                "Art. 5(1)(h), 5(2)-(7)",
                "Except the three objectives of Art. 5(1)(h)(i)-(iii), under the conditions "
                "of Art. 5(2)-(7): an exception counts only where each condition is stated.",
            ),
            _ai_act(
                "Art. 5(1)(h)(i)-(ii)",
                "The victim-search exception reaches only the targeted search for specific "
                "victims of abduction, trafficking in human beings or sexual exploitation "
                "of human beings, and the search for missing persons; the imminent-threat "
                "exception only the prevention of a specific, substantial and imminent "
                "threat to the life or physical safety of natural persons or of a genuine "
                "and present or genuine and foreseeable threat of a terrorist attack: each "
                "counts only where the contract states its use is so confined.",
            ),
            _ai_act(
                "Art. 5(1)(h)(iii) and Annex II",
                "The suspects exception reaches only offences listed in Annex II and "
                "punishable in the Member State concerned by a custodial sentence or "
                "detention order for a maximum period of at least four years: it counts "
                "only where the contract states its use is so confined.",
            ),
        ),
        (
            "targeted_individual_only",
            "prior_authorisation",
            "national_law",
            "fria_and_registration",
            "authority_notified",
        ),
        (
            ("victim-search", ("specific_victims_only",)),
            ("imminent-threat", ("specific_threat_only",)),
            ("serious-crime-suspects", ("annex_ii_offences_only",)),
        ),
    ),
    "intimate-imagery": Practice(
        "Generating non-consensual intimate imagery or child sexual abuse material",
        "intimate_imagery",
        (),
        (Citation(AI_ACT_AMENDED, "Art. 5(1)(ba)-(bb)", AI_ACT_AMENDED_URL),),
    ),
    "mass-surveillance": Practice(
        "Mass, bulk or untargeted surveillance of people",
        "mass_surveillance",
        (),
        (
            Citation(
                'OpenAI, "Our agreement with the Department of War" (28 Feb 2026)',
                "Red line 1 (no mass domestic surveillance)",
                "https://openai.com/index/our-agreement-with-the-department-of-war/",
            ),
            Citation(
                'Anthropic, "Statement on the Department of War" (26 Feb 2026)',
                "Excluded use (mass domestic surveillance)",
                "https://www.anthropic.com/news/statement-department-of-war",
            ),
        ),
    ),
    "autonomous-weapons": Practice(
        "Use in weapon systems that select and engage targets without human intervention",
        "autonomous_weapons",
        ("materiel-targets", "local-defence"),
        (
            Citation(
                DODD_3000_09,
                'Glossary, "autonomous weapon system"',
                DODD_URL,
                "Selects and engages targets without further intervention by an operator.",
            ),
            Citation(
                DODD_3000_09,
                "Section 4 (senior review; its exemption for operator-supervised local "
                "defence against materiel targets)",
                DODD_URL,
                "The exemption reaches operator-supervised systems selecting and engaging "
                "materiel targets for local defence against time-critical or saturation "
                "attacks (as secondary sources quote it; its paragraph was not read in the "
                "text): a materiel-target or local-defence carve-out counts only where the "
                "contract states that the carved-out systems engage only under such "
                "supervision, and never where it states that the use runs with no human "
                "oversight.",
            ),
            Citation(
                "ICRC position on autonomous weapon systems (12 May 2021)",
                "Recommendation 3",
                "https://www.icrc.org/en/document/icrc-position-autonomous-weapon-systems",
                "Any autonomy not ruled out is limited by target type, duration, space and "
                "scale, and subject to human supervision with timely intervention and "
                "deactivation.",
            ),
            Citation(
                'Anthropic, "Statement on the Department of War" (26 Feb 2026)',
                "Excluded use (fully autonomous weapons)",
                "https://www.anthropic.com/news/statement-department-of-war",
            ),
        ),
        own_conditions=(
            ("materiel-targets", ("operator_supervised",)),
            ("local-defence", ("operator_supervised",)),
        ),
        contradicted_by=(("safeguards.human_oversight.mode", "none"),),
    ),
    "weapons-use": Practice(
        "Any integration into a weapon system or weapons use",
        "weapons_integration",
        (),
        (
            Citation(
                DODD_3000_09,
                'Glossary, "weapon system"; "autonomous weapon system"',
                DODD_URL,
                "Selecting targets and directing fire are functions of a weapon system.",
            ),
        ),
    ),
}

#: The facts that state what the contract permits, and the vocabulary of each.
PERMITTED_USE_FACTS: dict[str, str] = {
    "use_cases": "UseCase",
    "purposes": "Purpose",
    "system.capabilities": "Capability",
}

#: Vocabulary name -> value -> what the value amounts to. A value not listed amounts to no
#: restricted practice.
AMOUNTS_TO: dict[str, dict[str, Entry]] = {
    "UseCase": {
        "behavioural-manipulation": Entry(("manipulation",), _ai_act("Art. 5(1)(a)-(b)")),
        "social-scoring": Entry(("social-scoring",), _ai_act("Art. 5(1)(c)")),
        "crime-prediction-by-profiling": Entry(
            ("crime-prediction-by-profiling",), _ai_act("Art. 5(1)(d)")
        ),
        "facial-image-scraping": Entry(
            ("facial-image-scraping", "mass-surveillance"),
            _ai_act(
                "Art. 5(1)(e)",
                "Untargeted scraping of facial images from the internet or CCTV footage "
                "enrols everyone whose face it finds into an identification database: "
                "untargeted surveillance of people, whatever the use is called.",
            ),
        ),
        "workplace-emotion-recognition": Entry(
            ("workplace-emotion-recognition",), _ai_act("Art. 5(1)(f)")
        ),
        "biometric-categorisation-sensitive-traits": Entry(
            ("biometric-categorisation-sensitive-traits",), _ai_act("Art. 5(1)(g)")
        ),
        "public-space-biometric-identification": Entry(
            ("real-time-remote-biometric-identification",), _ai_act("Art. 5(1)(h)")
        ),
        "intimate-imagery-generation": Entry(
            ("intimate-imagery",),
            Citation(AI_ACT_AMENDED, "Art. 5(1)(ba)-(bb)", AI_ACT_AMENDED_URL),
        ),
        "mass-surveillance": Entry(
            ("mass-surveillance",),
            Citation(
                'OpenAI, "Our agreement with the Department of War" (28 Feb 2026)',
                "Red line 1 (no mass domestic surveillance)",
                "https://openai.com/index/our-agreement-with-the-department-of-war/",
            ),
        ),
        "autonomous-weapons": Entry(
            ("autonomous-weapons", "weapons-use"),
            Citation(DODD_3000_09, 'Glossary, "autonomous weapon system"', DODD_URL),
        ),
        "weapons-targeting": Entry(
            ("weapons-use",),
            Citation(DODD_3000_09, 'Glossary, "weapon system"', DODD_URL),
        ),
        "fire-control": Entry(
            ("weapons-use",),
            Citation(DODD_3000_09, 'Glossary, "weapon system"', DODD_URL),
        ),
    },
    "Purpose": {},
    "Capability": {},
}


# --- The classification layer: Annex III points, profiling, Art. 50 -----------------------------
#
# The same table says, for each use case and capability, which Annex III points (with
# sub-points) it falls in, whether it profiles natural persons by its nature, and which
# Art. 50 transparency duties it triggers. Packs read it through the ``permits_use``
# condition (see :mod:`compliance.packs.compiler`); ``compliance classify`` reads the packs'
# definitions built on it. Broad values kept from earlier versions (``hr-employment``,
# ``essential-services``...) map to the Annex III point alone: they do not say which
# sub-point, nor whether the use profiles people.


@record(frozen=True)
class AnnexIIIPoint:
    """A point or sub-point of Annex III."""

    title: str
    citation: Citation


def _annex(point: str, title: str) -> AnnexIIIPoint:
    return AnnexIIIPoint(title, _ai_act(f"Annex III, point {point}"))


ANNEX_III: dict[str, AnnexIIIPoint] = {
    "1": _annex("1", "Biometrics"),
    "1(a)": _annex("1(a)", "Remote biometric identification (not verification)"),
    "1(b)": _annex("1(b)", "Biometric categorisation by sensitive or protected attributes"),
    "1(c)": _annex("1(c)", "Emotion recognition"),
    "2": _annex("2", "Safety components of critical infrastructure"),
    "3": _annex("3", "Education and vocational training"),
    "3(a)": _annex("3(a)", "Access or admission to education, or assignment to institutions"),
    "3(b)": _annex("3(b)", "Evaluating learning outcomes"),
    "3(c)": _annex("3(c)", "Assessing the level of education a person will receive"),
    "3(d)": _annex("3(d)", "Monitoring and detecting prohibited behaviour during tests"),
    "4": _annex("4", "Employment, workers management and access to self-employment"),
    "4(a)": _annex("4(a)", "Recruitment or selection: job ads, filtering, evaluating candidates"),
    "4(b)": _annex(
        "4(b)",
        "Decisions on work relationships, promotion, termination, task allocation by "
        "behaviour or traits, monitoring and evaluating workers",
    ),
    "5": _annex("5", "Access to essential private and public services and benefits"),
    "5(a)": _annex("5(a)", "Eligibility for essential public assistance benefits and services"),
    "5(b)": _annex("5(b)", "Creditworthiness or credit score (not fraud detection)"),
    "5(c)": _annex("5(c)", "Risk assessment and pricing in life and health insurance"),
    "5(d)": _annex("5(d)", "Emergency calls, dispatch of first response, patient triage"),
    "6": _annex("6", "Law enforcement"),
    "6(a)": _annex("6(a)", "Risk of a person becoming the victim of offences"),
    "6(b)": _annex("6(b)", "Polygraphs and similar tools (law enforcement)"),
    "6(c)": _annex("6(c)", "Reliability of evidence"),
    "6(d)": _annex("6(d)", "Risk of offending or re-offending; personality traits, past conduct"),
    "6(e)": _annex("6(e)", "Profiling in detecting, investigating or prosecuting offences"),
    "7": _annex("7", "Migration, asylum and border control management"),
    "7(a)": _annex("7(a)", "Polygraphs and similar tools (migration)"),
    "7(b)": _annex("7(b)", "Security, irregular-migration or health risk posed by a person"),
    "7(c)": _annex("7(c)", "Examining asylum, visa and residence applications"),
    "7(d)": _annex("7(d)", "Detecting, recognising or identifying persons (not document checks)"),
    "8": _annex("8", "Administration of justice and democratic processes"),
    "8(a)": _annex("8(a)", "Assisting judicial authorities (or ADR) on facts and law"),
    "8(b)": _annex("8(b)", "Influencing elections, referendums or voting behaviour"),
}


@record(frozen=True)
class TransparencyDuty:
    """One paragraph of Art. 50: its duty, who holds it, and its exceptions."""

    title: str
    #: provider or deployer
    holder: str
    exceptions: str
    citation: Citation


ART50: dict[str, TransparencyDuty] = {
    "1": TransparencyDuty(
        "People interacting with the system are told it is an AI system",
        "provider",
        "Obvious to a reasonably well-informed person from the circumstances; systems "
        "authorised by law to detect, prevent, investigate or prosecute criminal offences "
        "(unless available to the public to report an offence).",
        _ai_act("Art. 50(1)"),
    ),
    "2": TransparencyDuty(
        "Synthetic audio, image, video or text output is marked as artificially generated",
        "provider",
        "Assistive function for standard editing; output that does not substantially alter "
        "the input or its semantics; use authorised by law for criminal offences.",
        _ai_act("Art. 50(2)"),
    ),
    "3": TransparencyDuty(
        "People exposed to emotion recognition or biometric categorisation are informed",
        "deployer",
        "Systems permitted by law to detect, prevent or investigate criminal offences, "
        "with safeguards.",
        _ai_act("Art. 50(3)"),
    ),
    "4": TransparencyDuty(
        "Deep fakes, and AI text published to inform the public on matters of public "
        "interest, are disclosed as artificially generated",
        "deployer",
        "Use authorised by law for criminal offences; evidently artistic, creative, "
        "satirical or fictional work (disclosure limited to not hampering it); text under "
        "human review or editorial control with editorial responsibility.",
        _ai_act("Art. 50(4)"),
    ),
}


def _use(
    points: tuple[str, ...] = (),
    *,
    profiling: bool = False,
    art50: tuple[str, ...] = (),
    practices: tuple[str, ...] = (),
    note: str | None = None,
) -> Entry:
    if points:
        provision = "Annex III, point " + ", ".join(points)
    elif art50:
        provision = "Art. 50(" + "), 50(".join(art50) + ")"
    else:
        provision = "Art. 6(2) and Annex III (no point applies)"
    return Entry(practices, _ai_act(provision, note), points, profiling, art50)


_PROFILING = (
    "Evaluates personal aspects of a natural person (GDPR Art. 4(4), AI Act Art. 3(52)): "
    "always high-risk under Art. 6(3), last subparagraph."
)
_BROAD = "A broad value: it names the Annex III point, not the sub-point or whether it profiles."

#: The classification of use cases: Annex III points, profiling, Art. 50 duties. Values
#: also in :data:`AMOUNTS_TO` keep their practices and gain their classification.
_CLASSIFIED_USES: dict[str, Entry] = {
    # Annex III, point by point (broad values first, kept valid)
    "biometric-identification": _use(("1(a)",), note="Verification (1:1) is not Annex III."),
    "real-time-remote-biometric-identification": _use(("1(a)",)),
    "remote-biometric-identification": _use(("1(a)",)),
    "post-remote-biometric-identification": _use(
        ("1(a)",), note="In a criminal investigation, Art. 26(10) requires authorisation."
    ),
    "biometric-verification": _use(
        note="Annex III 1(a), second sentence: biometric verification whose sole purpose is "
        "to confirm that a specific natural person is who they claim to be is not high-risk."
    ),
    "biometric-categorisation": _use(
        ("1(b)",),
        art50=("3",),
        note="Read as Annex III 1(b); categories that are neither sensitive nor protected "
        "fall outside it (state a finer value where that is so).",
    ),
    "biometric-categorisation-protected-attributes": _use(("1(b)",), art50=("3",)),
    "emotion-recognition": _use(("1(c)",), art50=("3",)),
    "critical-infrastructure": _use(("2",)),
    "education-training": _use(("3",), note=_BROAD),
    "education-admission": _use(("3(a)",), profiling=True, note=_PROFILING),
    "learning-outcome-evaluation": _use(("3(b)",), profiling=True, note=_PROFILING),
    "education-level-assessment": _use(("3(c)",), profiling=True, note=_PROFILING),
    "exam-proctoring": _use(("3(d)",)),
    "hr-employment": _use(("4",), note=_BROAD),
    "recruitment-screening": _use(("4(a)",), profiling=True, note=_PROFILING),
    "worker-management": _use(("4(b)",), profiling=True, note=_PROFILING),
    "essential-services": _use(("5",), note=_BROAD),
    "public-benefits-eligibility": _use(("5(a)",), profiling=True, note=_PROFILING),
    "credit-scoring": _use(("5(b)",), profiling=True, note=_PROFILING),
    "fraud-detection": _use(
        note="Annex III 5(b) excepts AI systems used for the purpose of detecting financial fraud."
    ),
    "insurance-risk-pricing": _use(("5(c)",), profiling=True, note=_PROFILING),
    "emergency-triage": _use(("5(d)",)),
    "law-enforcement": _use(("6",), note=_BROAD),
    "crime-prediction": _use(("6(d)",), profiling=True, note=_PROFILING),
    "victim-risk-assessment": _use(("6(a)",), profiling=True, note=_PROFILING),
    "law-enforcement-polygraph": _use(("6(b)",)),
    "evidence-reliability-assessment": _use(("6(c)",)),
    "reoffending-risk-assessment": _use(("6(d)",), profiling=True, note=_PROFILING),
    "criminal-profiling": _use(("6(e)",), profiling=True, note=_PROFILING),
    "border-control": _use(("7",), note=_BROAD),
    "migration-polygraph": _use(("7(a)",)),
    "migration-risk-assessment": _use(("7(b)",), profiling=True, note=_PROFILING),
    "asylum-visa-examination": _use(("7(c)",), profiling=True, note=_PROFILING),
    "border-identification": _use(("7(d)",)),
    "justice-democracy": _use(("8",), note=_BROAD),
    "judicial-decision-support": _use(("8(a)",)),
    "election-influencing": _use(("8(b)",)),
    # Everyday uses outside Annex III, with the Art. 50 duties they trigger
    "customer-service-chatbot": _use(art50=("1",)),
    "crime-reporting": _use(art50=("1",)),
    "content-generation": _use(art50=("2",)),
    "document-drafting": _use(
        art50=("2",),
        note="Drafting and summarising documents generate text (Art. 50(2)); new text written "
        "from instructions, or a summary, alters the input substantially (Recital 133).",
    ),
    "translation": _use(
        art50=("2",),
        note="A translation is synthetic text or audio (Art. 50(2)); whether a faithful one "
        "does not substantially alter the input's semantics is interpretive: state the "
        "standard-editing exception where the contract relies on it.",
    ),
    "deep-fake-generation": _use(art50=("2", "4")),
    "public-interest-text": _use(art50=("2", "4")),
    "spam-filtering": _use(),
    "service-monitoring": _use(),
    "forecasting": _use(),
    "code-assistance": _use(
        note="Whether generated code is synthetic 'text' under Art. 50(2) is not settled; "
        "state the text-generation capability where the output is text for people."
    ),
    "document-search": _use(),
}

#: Practices of Art. 5 that are also uses Annex III names (where an exception lifts the
#: ban, the use is high-risk under that point).
_PRACTICE_POINTS: dict[str, tuple[tuple[str, ...], bool, tuple[str, ...]]] = {
    "public-space-biometric-identification": (("1(a)",), False, ()),
    "biometric-categorisation-sensitive-traits": (("1(b)",), False, ("3",)),
    "workplace-emotion-recognition": (("1(c)",), False, ("3",)),
    "crime-prediction-by-profiling": ((), True, ()),
    "social-scoring": ((), True, ()),
}

#: Finer values for the Art. 5(1)(a) and (b) practices.
_PRACTICE_USES: dict[str, Entry] = {
    "subliminal-manipulation": Entry(("manipulation",), _ai_act("Art. 5(1)(a)")),
    "vulnerability-exploitation": Entry(("manipulation",), _ai_act("Art. 5(1)(b)")),
}

_USES = AMOUNTS_TO["UseCase"]
for _value, _entry in _PRACTICE_USES.items():
    _USES.setdefault(_value, _entry)
for _value, (_points, _profiles, _duties) in _PRACTICE_POINTS.items():
    _USES[_value] = replace(_USES[_value], annex_iii=_points, profiling=_profiles, art50=_duties)
for _value, _entry in _CLASSIFIED_USES.items():
    _USES.setdefault(_value, _entry)

#: Capabilities that trigger Art. 50 duties by what the system does.
_CAPABILITY_DUTIES: dict[str, tuple[str, ...]] = {
    "conversational": ("1",),
    "text-generation": ("2",),
    "image-generation": ("2",),
    "audio-generation": ("2",),
    "video-generation": ("2",),
    "translation": ("2",),
    "emotion-inference": ("3",),
}
for _value, _duties in _CAPABILITY_DUTIES.items():
    AMOUNTS_TO["Capability"].setdefault(_value, _use(art50=_duties))


def point_of(sub_point: str) -> str:
    """``"4(a)"`` -> ``"4"``."""
    return sub_point.split("(", 1)[0]


#: The classes a ``permits_use`` condition can name (see :func:`values_for_class`).
USE_CLASSES = (
    "annex-iii",
    "profiling",
    "annex-iii:POINT",
    "art-50:N",
)


def values_for_class(ident: str) -> dict[str, list[str]]:
    """The permitted-use facts and, for each, the values of class ``ident`` (sorted; facts
    with none left out). Classes: ``annex-iii`` (any point), ``annex-iii:4`` (point 4, any
    sub-point, or the broad value), ``annex-iii:4(a)`` (that sub-point), ``profiling``,
    ``art-50:1`` .. ``art-50:4``. An unknown class raises ValueError."""
    kind, _, arg = ident.partition(":")

    def test(entry: Entry) -> bool:
        if kind == "annex-iii" and not arg:
            return bool(entry.annex_iii)
        if kind == "annex-iii":
            if "(" in arg:
                return arg in entry.annex_iii
            return any(point_of(p) == arg for p in entry.annex_iii)
        if kind == "profiling" and not arg:
            return entry.profiling
        if kind == "art-50" and arg:
            return arg in entry.art50
        raise ValueError(ident)

    if kind == "annex-iii" and arg and arg not in ANNEX_III:
        raise ValueError(ident)
    if kind == "art-50" and arg not in ART50:
        raise ValueError(ident)
    out: dict[str, list[str]] = {}
    for fact, vocab in PERMITTED_USE_FACTS.items():
        found = sorted(v for v, e in AMOUNTS_TO.get(vocab, {}).items() if test(e))
        if found:
            out[fact] = found
    return out


def values_for(practice: str) -> dict[str, list[str]]:
    """The permitted-use facts and, for each, the values that amount to ``practice``
    (sorted; facts with none left out)."""
    out: dict[str, list[str]] = {}
    for fact, vocab in PERMITTED_USE_FACTS.items():
        found = sorted(v for v, e in AMOUNTS_TO.get(vocab, {}).items() if practice in e.practices)
        if found:
            out[fact] = found
    return out


def digest() -> str:
    """A digest of the table: compiled packs depend on it (see compliance.packs.cache)."""
    from compliance.core.digest import sha256

    tables = (sorted(PRACTICES.items()), sorted(PERMITTED_USE_FACTS.items()), AMOUNTS_TO)
    text = repr((*tables, ANNEX_III, ART50))
    return str(sha256(text.encode("utf-8")).hexdigest()[:16])
