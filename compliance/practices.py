"""Restricted practices, and which permitted uses amount to them: one table, shipped with
the vocabulary and read by the rule packs.

A contract can ban a practice (``restrictions.<name>.prohibited: true``) and, elsewhere,
permit a use that *is* that practice (``use_cases`` listing it). The ban's label then says
one thing and what the contract buys says another. Rule packs read this table through the
``permits_practice`` condition (see :mod:`compliance.packs`): "the contract permits a use,
purpose or capability that amounts to practice P, and no recognised exception stated on
P's ban covers it". ``compliance validate`` reads it to warn about the contradiction,
naming both clauses.

The table is data, not code: each practice has its ban (the restriction fact), the
exceptions the law (or the red line) recognises for it, and its citations; each value of
the vocabularies named in :data:`PERMITTED_USE_FACTS` maps to the practices it amounts to,
with the provision that makes it so. A value maps to a practice only where the value, as
the vocabulary describes it, *is* the practice (``biometric-categorisation-sensitive-traits``
is Art. 5(1)(g); the broader ``biometric-categorisation`` is not, since categorising by
age or hair colour is not prohibited). Further classifications (Annex III points,
profiling) can be added to :class:`Entry` without changing how the packs read it.
"""

from __future__ import annotations

from typing import NamedTuple

AI_ACT = "Regulation (EU) 2024/1689 (AI Act)"
AI_ACT_URL = "https://eur-lex.europa.eu/eli/reg/2024/1689/oj"
AI_ACT_AMENDED = "Regulation (EU) 2024/1689 (AI Act) as amended by Regulation (EU) 2026/1744"
AI_ACT_AMENDED_URL = "https://eur-lex.europa.eu/eli/reg/2026/1744/oj"
DODD_3000_09 = "DoD Directive 3000.09, Autonomy in Weapon Systems (25 Jan 2023)"
DODD_URL = "https://www.esd.whs.mil/portals/54/documents/dd/issuances/dodd/300009p.pdf"


class Citation(NamedTuple):
    """Where the law (or the red line) says it, as rule citations are written."""

    instrument: str
    provision: str
    url: str
    note: str | None = None


class Practice(NamedTuple):
    """A restricted practice and the ban that rules it out."""

    title: str
    #: The restriction that bans it: ``restrictions.<restriction>``.
    restriction: str
    #: Exceptions (RestrictionException values) that the law or the red line recognises for
    #: it: stated on the ban, one of them may cover a permitted use, whose verdict then
    #: follows the exception's own rule.
    exceptions: tuple[str, ...]
    citations: tuple[Citation, ...]


class Entry(NamedTuple):
    """What one vocabulary value amounts to."""

    #: The practices (keys of :data:`PRACTICES`) the value amounts to.
    practices: tuple[str, ...]
    #: Why: the provision that makes the value the practice.
    citation: Citation


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
        (_ai_act("Art. 5(1)(f)", "Except for medical or safety reasons."),),
    ),
    "biometric-categorisation-sensitive-traits": Practice(
        "Biometric categorisation inferring sensitive traits",
        "biometric_categorisation",
        ("lawful-dataset-labelling",),
        (
            _ai_act(
                "Art. 5(1)(g)",
                "Except labelling or filtering of lawfully acquired biometric datasets.",
            ),
        ),
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
                "of Art. 5(2)-(7).",
            ),
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
                'Anthropic, "Statement on the Department of War" (26 Feb 2026)',
                "Excluded use (fully autonomous weapons)",
                "https://www.anthropic.com/news/statement-department-of-war",
            ),
        ),
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
        "facial-image-scraping": Entry(("facial-image-scraping",), _ai_act("Art. 5(1)(e)")),
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
    """A digest of the table: compiled packs depend on it (see compliance.packcache)."""
    from compliance.digest import sha256

    text = repr((sorted(PRACTICES.items()), sorted(PERMITTED_USE_FACTS.items()), AMOUNTS_TO))
    return str(sha256(text.encode("utf-8")).hexdigest()[:16])
