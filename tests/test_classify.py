"""`compliance classify` on short example systems, through the real command line.

The examples are written for this project after the Commission's guidelines on prohibited
AI practices (Feb 2025), its examples of high-risk classification, and the text of Annex
III and Art. 50. Each states who deploys the system, where, for what, and whether it is a
safety component of an Annex I product; the use decides the tier.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import AS_OF, CONTRACTS, cli, rule_results
from hypothesis import given
from hypothesis import strategies as st

from compliance.facts import practices

EU_DEPLOYER = {
    "items": [
        {
            "id": "deployer",
            "roles": ["deployer", "customer"],
            "kind": "company",
            "country": "DE",
            "eu_established": True,
        },
        {
            "id": "vendor",
            "roles": ["provider"],
            "kind": "company",
            "country": "DE",
            "eu_established": True,
        },
    ],
    "complete": True,
}
#: With a complete use list, an Annex III use is high-risk without a word on the Art. 6(3)
#: derogation: the law decides its absence (not claimed; Art. 6(2)-(4), Art. 49(2)).
#: The contract records no Annex III area: with a complete list of uses outside Annex III,
#: "not high-risk" is decided (silence on the areas leaves it unknown).
NO_AREA = {"annex_iii": {"items": [], "complete": True}}
DEROGATION = {
    "derogation_claimed": True,
    "derogation_condition": ["narrow-procedural-task"],
    "derogation_documented": True,
    "profiling": False,
}


def system(
    uses: list[str],
    capabilities: list[str] | None = None,
    ai_act: dict[str, Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    facts: dict[str, Any] = {
        "parties": EU_DEPLOYER,
        "geography": {"deployment": ["DE"]},
        "purposes": {"items": ["commercial"], "complete": True},
        "use_cases": {"items": uses, "complete": True},
        "system": {"capabilities": {"items": capabilities or [], "complete": True}},
        "ai_act": {"annex_i_product": False, **(ai_act or {})},
    }
    facts.update(extra)
    return facts


def everyday(uses: list[str], capabilities: list[str] | None = None) -> dict[str, Any]:
    """A system whose contract records no Annex III area."""
    return system(uses, capabilities, ai_act=NO_AREA)


def permitted(restriction: str) -> dict[str, Any]:
    """The contract expressly permits the practice (no exception to rely on)."""
    return {"restrictions": {restriction: {"prohibited": False}}}


# (id, what the system does, facts, expected tier, provisions the reason names)
EXAMPLES: list[tuple[str, str, dict[str, Any], str, list[str]]] = [
    # --- Art. 5 prohibited practices
    (
        "game-subliminal-cues",
        "A game flashes imperceptible cues that push costly purchases",
        system(["subliminal-manipulation"]),
        "prohibited",
        ["Art. 5(1)(a)-(b)"],
    ),
    (
        "elder-upsell-bot",
        "A bot exploits older people's confusion to sell unsuitable loans",
        system(["vulnerability-exploitation"], ["conversational"]),
        "prohibited",
        ["Art. 5(1)(a)-(b)"],
    ),
    (
        "citizen-trust-score",
        "A city scores residents' conduct and cuts housing access",
        system(["social-scoring"]),
        "prohibited",
        ["Art. 5(1)(c)"],
    ),
    (
        "personality-crime-forecast",
        "Predicts who will offend from personality traits alone",
        system(["crime-prediction-by-profiling"]),
        "prohibited",
        ["Art. 5(1)(d)"],
    ),
    (
        "face-search-scraper",
        "Scrapes faces from social media to build a face-search index",
        system(["facial-image-scraping"]),
        "prohibited",
        ["Art. 5(1)(e)"],
    ),
    (
        "call-centre-mood-monitor",
        "Rates call-centre agents' emotions from their voices",
        system(["workplace-emotion-recognition"], **permitted("emotion_recognition_workplace")),
        "prohibited",
        ["Art. 5(1)(f)"],
    ),
    (
        "orientation-from-photos",
        "Infers sexual orientation from face photos",
        system(
            ["biometric-categorisation-sensitive-traits"], **permitted("biometric_categorisation")
        ),
        "prohibited",
        ["Art. 5(1)(g)"],
    ),
    (
        "station-live-face-id",
        "Police match every face at a station live against a watchlist",
        system(
            ["public-space-biometric-identification"],
            **permitted("real_time_remote_biometric_identification"),
        ),
        "prohibited",
        ["Art. 5(1)(h)"],
    ),
    (
        "nudify-app",
        "Makes nude images of real people from ordinary photos",
        system(["intimate-imagery-generation"], ["image-generation"]),
        "prohibited",
        ["Art. 5(1)(ba)-(bb)"],
    ),
    # --- Annex III high-risk, point by point
    (
        "post-event-face-id",
        "Identifies people in stored CCTV footage against a database",
        system(["remote-biometric-identification"]),
        "high-risk",
        ["Annex III"],
    ),
    (
        "footfall-by-gender",
        "Sorts visitors by gender from camera images to count footfall",
        system(
            ["biometric-categorisation-protected-attributes"],
            ["biometric-processing"],
        ),
        "high-risk",
        ["Annex III point 1(b)", "Art. 50(3)"],
    ),
    (
        "shopper-emotion-analytics",
        "Reads shoppers' emotions from in-store cameras",
        system(["emotion-recognition"], ["emotion-inference"]),
        "high-risk",
        ["Annex III", "Art. 50(3)"],
    ),
    (
        "water-network-safety",
        "Safety component controlling a city's water-supply valves",
        system(["critical-infrastructure"]),
        "high-risk",
        ["Annex III"],
    ),
    (
        "university-admission-ranker",
        "Ranks applicants for university places",
        system(["education-admission"]),
        "high-risk",
        ["Annex III"],
    ),
    (
        "essay-grader",
        "Marks students' essays",
        system(["learning-outcome-evaluation"]),
        "high-risk",
        ["Annex III"],
    ),
    (
        "course-level-placement",
        "Places pupils in course levels",
        system(["education-level-assessment"]),
        "high-risk",
        ["Annex III"],
    ),
    (
        "online-exam-proctor",
        "Flags cheating during online exams",
        system(["exam-proctoring"]),
        "high-risk",
        ["Annex III"],
    ),
    (
        "cv-ranker",
        "Filters and ranks job applications",
        system(["recruitment-screening"]),
        "high-risk",
        ["Annex III"],
    ),
    (
        "cv-ranker-derogation-claimed",
        "Ranks CVs; the provider claims Art. 6(3) anyway",
        system(["recruitment-screening"], ai_act={**DEROGATION, "profiling": True}),
        "high-risk",
        ["Annex III"],
    ),
    (
        "shift-allocator-by-traits",
        "Allocates shifts and flags workers for dismissal",
        system(["worker-management"]),
        "high-risk",
        ["Annex III"],
    ),
    (
        "benefits-eligibility",
        "A public agency decides who gets housing benefit",
        system(["public-benefits-eligibility"]),
        "high-risk",
        ["Annex III"],
    ),
    (
        "bank-credit-score",
        "A bank scores the creditworthiness of loan applicants",
        system(["credit-scoring"]),
        "high-risk",
        ["Annex III"],
    ),
    (
        "credit-score-derogation",
        "Credit scoring with a documented derogation: profiling wins",
        system(["credit-scoring"], ai_act=DEROGATION),
        "high-risk",
        ["Annex III"],
    ),
    (
        "life-insurance-pricing",
        "Prices life insurance from applicants' health data",
        system(["insurance-risk-pricing"]),
        "high-risk",
        ["Annex III"],
    ),
    (
        "emergency-call-triage",
        "Prioritises emergency calls and dispatches ambulances",
        system(["emergency-triage"]),
        "high-risk",
        ["Annex III"],
    ),
    (
        "victim-risk",
        "Police estimate the risk of a person becoming a victim",
        system(["victim-risk-assessment"]),
        "high-risk",
        ["Annex III"],
    ),
    (
        "police-lie-detector",
        "A lie detector used in police interviews",
        system(["law-enforcement-polygraph"]),
        "high-risk",
        ["Annex III"],
    ),
    (
        "evidence-weigher",
        "Evaluates how reliable evidence in an investigation is",
        system(["evidence-reliability-assessment"]),
        "high-risk",
        ["Annex III"],
    ),
    (
        "reoffending-risk",
        "Assesses the risk that an offender reoffends",
        system(["reoffending-risk-assessment"]),
        "high-risk",
        ["Annex III"],
    ),
    (
        "suspect-profiling",
        "Profiles suspects in an investigation",
        system(["criminal-profiling"]),
        "high-risk",
        ["Annex III"],
    ),
    (
        "border-lie-detector",
        "A lie detector at border interviews",
        system(["migration-polygraph"]),
        "high-risk",
        ["Annex III"],
    ),
    (
        "traveller-risk",
        "Scores travellers' security and irregular-migration risk",
        system(["migration-risk-assessment"]),
        "high-risk",
        ["Annex III"],
    ),
    (
        "visa-examiner",
        "Examines visa applications and applicants' eligibility",
        system(["asylum-visa-examination"]),
        "high-risk",
        ["Annex III"],
    ),
    (
        "border-face-detection",
        "Detects and identifies people crossing a border",
        system(["border-identification"]),
        "high-risk",
        ["Annex III"],
    ),
    (
        "judge-assistant",
        "Helps judges research case law and apply it to facts",
        system(["judicial-decision-support"]),
        "high-risk",
        ["Annex III"],
    ),
    (
        "voter-microtargeting",
        "Targets voters with messages to sway a referendum",
        system(["election-influencing"]),
        "high-risk",
        ["Annex III"],
    ),
    (
        "medical-device-component",
        "Safety component of a medical device (Annex I product)",
        system(["decision-support"], ai_act={"annex_i_product": True}),
        "high-risk",
        ["Art. 6(1) and Annex I"],
    ),
    # --- A documented derogation without profiling is honoured
    (
        "hr-form-checker",
        "Checks that job application forms are complete (procedural task)",
        system(["hr-employment"], ai_act=DEROGATION),
        "minimal",
        [],
    ),
    # --- Art. 50 transparency
    (
        "customer-service-chatbot",
        "Answers customers' questions on a shop's website",
        everyday(["customer-service-chatbot"], ["conversational"]),
        "transparency",
        ["Art. 50(1)"],
    ),
    (
        "marketing-image-generator",
        "Generates product images for adverts",
        everyday(["content-generation"], ["image-generation"]),
        "transparency",
        ["Art. 50(2)"],
    ),
    (
        "synthetic-spokesperson",
        "Makes a video of a real executive saying things they did not",
        everyday(["deep-fake-generation"], ["video-generation"]),
        "transparency",
        ["Art. 50(2)", "Art. 50(4)"],
    ),
    (
        "news-writer",
        "Writes news articles on public affairs for publication",
        everyday(["public-interest-text"], ["text-generation"]),
        "transparency",
        ["Art. 50(2)", "Art. 50(4)"],
    ),
    # --- Minimal risk
    ("spam-filter", "Filters spam from a mailbox", everyday(["spam-filtering"]), "minimal", []),
    (
        "service-monitor",
        "Watches servers' health and raises alerts",
        everyday(["service-monitoring"]),
        "minimal",
        [],
    ),
    (
        "demand-forecast",
        "Forecasts stock levels for a warehouse",
        everyday(["forecasting"]),
        "minimal",
        [],
    ),
    (
        "code-helper",
        "Suggests code completions to developers",
        everyday(["code-assistance"]),
        "minimal",
        [],
    ),
    (
        "document-finder",
        "Searches an archive of internal documents",
        everyday(["document-search"]),
        "minimal",
        [],
    ),
    # --- Out of scope
    (
        "military-targeting-aid",
        "Helps an armed force plan strikes, for military use only",
        system(["weapons-targeting"], purposes={"items": ["military"], "complete": True}),
        "out-of-scope",
        ["Art. 2(3)"],
    ),
    (
        "us-only-chatbot",
        "A chatbot for a US shop, used only in the US",
        system(
            ["customer-service-chatbot"],
            ["conversational"],
            parties={
                "items": [
                    {
                        "id": "shop",
                        "roles": ["deployer"],
                        "kind": "company",
                        "country": "US",
                        "eu_established": False,
                    }
                ],
                "complete": True,
            },
            geography={
                "deployment": {"items": ["US"], "complete": True},
                "output_used_in": {"items": ["US"], "complete": True},
            },
        ),
        "out-of-scope",
        ["Art. 2(1)"],
    ),
]


@pytest.fixture(scope="module")
def classified(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("examples")
    for ident, title, facts, _, _ in EXAMPLES:
        doc = {"id": ident, "title": title, **facts}
        (folder / f"{ident}.yaml").write_text(yaml.safe_dump(doc, sort_keys=False))
    run = cli("classify", str(folder), "--format", "json", "--as-of", AS_OF)
    assert run.code == 0, run.err
    data = json.loads(run.out)
    return {c["id"]: c for c in data["classifications"]}


def test_the_table_has_thirty_examples_and_every_tier() -> None:
    assert len(EXAMPLES) >= 30
    assert {tier for *_, tier, _ in EXAMPLES} == {
        "prohibited",
        "high-risk",
        "transparency",
        "minimal",
        "out-of-scope",
    }
    assert len({e[0] for e in EXAMPLES}) == len(EXAMPLES)


@pytest.mark.parametrize(
    ("ident", "tier", "provisions"),
    [(e[0], e[3], e[4]) for e in EXAMPLES],
    ids=[e[0] for e in EXAMPLES],
)
def test_example_system(
    classified: dict[str, dict[str, Any]], ident: str, tier: str, provisions: list[str]
) -> None:
    result = classified[ident]
    assert result["tier"] == tier, result["reason"]
    assert result["settled"], (result["reason"], result["open"])
    for provision in provisions:
        assert provision in result["reason"], result["reason"]


def test_every_annex_iii_sub_point_and_art5_practice_has_an_example() -> None:
    uses = {u for _, _, facts, _, _ in EXAMPLES for u in facts["use_cases"]["items"]}
    table = practices.AMOUNTS_TO["UseCase"]
    points = {p for u in uses if u in table for p in table[u].annex_iii}
    subs = {p for p in practices.ANNEX_III if "(" in p}
    assert subs - points == set()
    found = {p for u in uses if u in table for p in table[u].practices}
    assert {
        "manipulation",
        "social-scoring",
        "crime-prediction-by-profiling",
        "facial-image-scraping",
        "workplace-emotion-recognition",
        "biometric-categorisation-sensitive-traits",
        "real-time-remote-biometric-identification",
        "intimate-imagery",
    } <= found


def test_annex_iii_sub_points_are_reported(classified: dict[str, dict[str, Any]]) -> None:
    assert classified["cv-ranker"]["annex_iii"] == ["4(a)"]
    assert classified["bank-credit-score"]["high_risk"] == ["Art. 6(2) and Annex III"]
    (use,) = classified["bank-credit-score"]["uses"]
    assert use == {
        "fact": "use_cases",
        "value": "credit-scoring",
        "line": use["line"],
        "practices": [],
        "annex_iii": ["5(b)"],
        "profiling": True,
        "art50": [],
    }


def test_silence_on_the_derogation_is_no_derogation(tmp_path: Path) -> None:
    """The Art. 6(3) derogation must be relied on, documented and registered (Art. 6(3)-(4),
    49(2)): a description silent on it has not claimed it, so Art. 6(2) decides high-risk,
    and says so; check agrees, with the same words in its notes."""
    facts = system(["exam-proctoring"])  # no word on the Art. 6(3) derogation
    path = tmp_path / "c.yaml"
    path.write_text(yaml.safe_dump({"id": "c", "title": "t", **facts}))
    run = cli("classify", str(path), "--format", "json", "--as-of", AS_OF)
    (result,) = json.loads(run.out)["classifications"]
    assert result["tier"] == "high-risk" and result["settled"]
    assert "No Art. 6(3) derogation is claimed" in result["reason"]
    assert "so Art. 6(2) applies" in result["reason"]
    assert "ai_act.derogation_claimed" not in result["open"]
    results = rule_results(path, "eu-ai-act-high-risk", "2028-01-10")
    assert results["risk-management"]["status"] == "unknown"  # applies: its duty is not stated
    assert any("so Art. 6(2) applies" in n for n in results["risk-management"]["notes"])


def test_out_of_scope_names_art_2_4_and_the_bound_provider(tmp_path: Path) -> None:
    """A third-country police force using the system under law-enforcement cooperation with
    the Union (Art. 2(4)) is outside the Act; the provider that puts it into service in a
    member state stays bound (Art. 2(1)(a)): the reason names both (audit 69)."""
    facts = system(
        ["evidence-reliability-assessment"],
        ai_act={"law_enforcement_cooperation": True, "cooperation_safeguards": True},
        parties={
            "items": [
                {
                    "id": "police",
                    "roles": {"items": ["deployer", "customer"], "complete": True},
                    "kind": "law-enforcement",
                    "country": "NO",
                    "eu_established": False,
                },
                {
                    "id": "vendor",
                    "roles": {"items": ["provider"], "complete": True},
                    "kind": "company",
                    "country": "DE",
                    "eu_established": True,
                },
            ],
            "complete": True,
        },
        purposes={"items": ["law-enforcement"], "complete": True},
    )
    path = tmp_path / "c.yaml"
    path.write_text(yaml.safe_dump({"id": "c", "title": "t", **facts}))
    run = cli("classify", str(path), "--format", "json", "--as-of", AS_OF)
    (result,) = json.loads(run.out)["classifications"]
    assert result["tier"] == "out-of-scope", result["reason"]
    assert "(Art. 2(4))" in result["reason"]
    assert "The provider stays bound" in result["reason"]
    assert "Art. 2(6)" not in result["reason"]


def test_a_practice_bought_with_no_ban_is_prohibited(tmp_path: Path) -> None:
    """No ban stated, no exception relied on: workplace emotion recognition is Art. 5(1)(f)
    whatever the law's medical-or-safety exception could cover; the reason also names the
    other use's high-risk finding (audit 69)."""
    facts = system(["workplace-emotion-recognition", "recruitment-screening"])
    path = tmp_path / "c.yaml"
    path.write_text(yaml.safe_dump({"id": "c", "title": "t", **facts}))
    run = cli("classify", str(path), "--format", "json", "--as-of", AS_OF)
    (result,) = json.loads(run.out)["classifications"]
    assert result["tier"] == "prohibited" and result["prohibited"] == ["Art. 5(1)(f)"]
    assert "Also high-risk under Art. 6(2) and Annex III points 1(c), 4(a)" in result["reason"]


def test_undecided_names_the_facts_that_would_decide(tmp_path: Path) -> None:
    claimed = {"derogation_claimed": True}  # claimed, but without its condition
    facts = system(["exam-proctoring"], ai_act=claimed)
    (tmp_path / "c.yaml").write_text(yaml.safe_dump({"id": "c", "title": "t", **facts}))
    run = cli("classify", str(tmp_path / "c.yaml"), "--format", "json", "--as-of", AS_OF)
    (result,) = json.loads(run.out)["classifications"]
    assert result["tier"] == "undecided"
    assert result["reason"].startswith("Annex III (3(d)): high-risk unless the Art. 6(3)")
    assert "ai_act.derogation_condition" in result["open"]
    text = cli("classify", str(tmp_path / "c.yaml"), "--as-of", AS_OF).out
    assert "would decide it:" in text and "ai_act.derogation_condition" in text


def test_art50_duties_name_their_holder(classified: dict[str, dict[str, Any]]) -> None:
    found = {
        f["provision"]: f["holder"]
        for f in classified["synthetic-spokesperson"]["findings"]
        if f["value"] == "true"
    }
    assert found == {"Art. 50(2)": "provider", "Art. 50(4)": "deployer"}


def test_dated_duties_are_marked(classified: dict[str, dict[str, Any]]) -> None:
    (finding,) = [f for f in classified["cv-ranker"]["findings"] if f["value"] == "true"]
    assert finding["applies_from"] == "2027-12-02"


def test_json_matches_its_schema(classified: dict[str, dict[str, Any]]) -> None:
    from jsonschema import Draft202012Validator

    schema = json.loads(cli("schema", "classification").out)
    data = {"schema_version": 1, "as_of": AS_OF, "classifications": list(classified.values())}
    Draft202012Validator(schema).validate(data)


def test_check_agrees_with_classify(classified: dict[str, dict[str, Any]], tmp_path: Path) -> None:
    """On every example, check reads the same definitions: a prohibited tier fails the
    prohibited-practice rule (or the intimate-imagery one), a high-risk (Annex III) tier
    makes the classification rule apply, and any other tier leaves it not applicable."""
    for ident, title, facts, _, _ in EXAMPLES:
        (tmp_path / f"{ident}.yaml").write_text(
            yaml.safe_dump({"id": ident, "title": title, **facts})
        )
    run = cli(
        "check",
        str(tmp_path),
        "--format",
        "json",
        "--as-of",
        "2028-01-10",
        "--pack",
        "eu-ai-act-high-risk",
        "--fail-on",
        "never",
    )
    assert run.code == 0, run.err
    for report in json.loads(run.out)["contracts"]:
        status = {r["id"]: r["status"] for r in report["results"]}
        tier = classified[report["id"]]["tier"]
        annex_iii = "Art. 6(2) and Annex III" in classified[report["id"]]["high_risk"]
        bans = (
            status["eu-ai-act-high-risk/no-prohibited-practice"],
            status["eu-ai-act-high-risk/no-intimate-imagery-practice"],
        )
        classification = status["eu-ai-act-high-risk/high-risk-classification"]
        if tier == "prohibited":
            assert "fail" in bans, report["id"]
        else:
            assert "fail" not in bans, report["id"]
        if tier == "high-risk" and annex_iii:
            assert classification != "not_applicable", report["id"]
        # The classification rule also applies to an Annex III use relying on the
        # derogation (its documentation is a duty); otherwise it does not apply.
        elif tier == "out-of-scope" or (
            tier in ("transparency", "minimal") and not classified[report["id"]]["annex_iii"]
        ):
            assert classification == "not_applicable", report["id"]


def test_bundled_contracts_and_markdown() -> None:
    run = cli("classify", str(CONTRACTS), "--format", "markdown", "--as-of", AS_OF)
    assert run.code == 0, run.err
    assert "| eu-border-agency-2027 | high-risk | yes |" in run.out
    # Its one purpose, military (Art. 2(3)), is a press report's, in an open list (the uses
    # are unspecified): that does not settle it, and the purposes are among the facts that
    # would (the press-report reading alone: test_scope_is_not_settled_by_a_press_report_alone).
    row = next(line for line in run.out.splitlines() if "| pentagon-openai-2026 |" in line)
    assert row.startswith("| pentagon-openai-2026 | undecided | no |"), row
    assert "`purposes`" in row


def test_scope_is_not_settled_by_a_press_report_alone() -> None:
    """Out of scope on a clause; not settled when only a press report says the same."""
    military = {"purposes": {"items": ["military"], "complete": True}}
    assert _classify(military).tier == "out-of-scope"
    reported = _classify({"sources": [{"id": "r", "kind": "press-report", "facts": military}]})
    assert reported.tier != "out-of-scope"
    assert not reported.settled
    assert "Only a source that is not contract terms" in reported.reason


def test_a_bad_file_is_a_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\ntitle: t\nuse_cases: [no-such-use]\n")
    run = cli("classify", str(bad))
    assert run.code == 2
    assert run.err.count("\n") == 1 and "bad.yaml:3:" in run.err


# --- properties of the classification, over the whole table ------------------------------------


def _classify(facts: dict[str, Any]) -> Any:
    from compliance.contracts.load import build_contract
    from compliance.document.loader import parse_text
    from compliance.run.api import CheckOptions

    doc = build_contract(
        parse_text(json.dumps({"id": "p", "title": "p", **facts}), "p.json", json=True),
        "p.json",
    )
    return _classifier(CheckOptions).classify(doc, date(2028, 1, 10))


_CLASSIFIERS: dict[str, Any] = {}


def _classifier(options: Any) -> Any:
    from compliance.run.classify import Classifier

    if "c" not in _CLASSIFIERS:
        _CLASSIFIERS["c"] = Classifier(options())
    return _CLASSIFIERS["c"]


_TABLE = practices.AMOUNTS_TO["UseCase"]
PROFILING_ANNEX_USES = sorted(
    u for u, e in _TABLE.items() if e.profiling and e.annex_iii and not e.practices
)
PLAIN_ANNEX_USES = sorted(
    u for u, e in _TABLE.items() if e.annex_iii and not e.profiling and not e.practices
)
_MAYBE_BOOL = st.sampled_from([True, False, None])


def _derogation(claimed: Any, documented: Any, profiling: Any, condition: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"annex_i_product": False}
    for key, value in (
        ("derogation_claimed", claimed),
        ("derogation_documented", documented),
        ("profiling", profiling),
    ):
        if value is not None:
            out[key] = value
    if condition:
        out["derogation_condition"] = ["narrow-procedural-task"]
    return out


@given(
    st.sampled_from(PROFILING_ANNEX_USES),
    _MAYBE_BOOL,
    _MAYBE_BOOL,
    _MAYBE_BOOL,
    st.booleans(),
)
def test_profiling_rules_out_the_derogation(
    use: str, claimed: Any, documented: Any, profiling: Any, condition: bool
) -> None:
    """Whatever is said about the Art. 6(3) derogation, a use that profiles by its nature
    is high-risk."""
    result = _classify(system([use], ai_act=_derogation(claimed, documented, profiling, condition)))
    assert result.tier == "high-risk", (use, result.reason)


@given(st.sampled_from(PLAIN_ANNEX_USES), _MAYBE_BOOL, _MAYBE_BOOL, st.booleans())
def test_the_derogation_counts_only_in_full(
    use: str, claimed: Any, documented: Any, condition: bool
) -> None:
    """A use that does not profile is high-risk unless the derogation is claimed with its
    condition, documented and without profiling; then it is not; never the other way."""
    result = _classify(system([use], ai_act=_derogation(claimed, documented, False, condition)))
    high = next(f for f in result.findings if f.definition == "high-risk")
    if claimed is True and documented is True and condition:
        assert high.value == "false", (use, result.reason)
    elif claimed is not True or documented is False:
        # not claimed, in words or by silence (the law's default: Art. 6(2)-(4), 49(2))
        assert high.value == "true", (use, result.reason)
    else:
        assert high.value in ("true", "unknown"), (use, result.reason)


AUDITS = Path(__file__).parent / "data"


def _high_risk_finding(path: Path, as_of: str) -> dict[str, Any]:
    run = cli("classify", str(path), "--format", "json", "--as-of", as_of)
    assert run.code == 0, run.err
    (result,) = json.loads(run.out)["classifications"]
    (found,) = [f for f in result["findings"] if f["definition"] == "high-risk"]
    assert found["value"] == "true"
    return found


@pytest.mark.parametrize(
    ("design", "applies_from", "deferral"),
    [
        # Put into service in 2026 by a company: Art. 111(2), first sentence.
        (None, None, "or not while its design is unchanged (Art. 111(2), first sentence)"),
        ("false", None, "no duties while its design is unchanged"),
        ("true", "2027-12-02", None),
    ],
    ids=["design-not-stated", "unchanged", "changed"],
)
def test_a_legacy_system_is_not_given_the_chapter_iii_date(
    tmp_path: Path, design: str | None, applies_from: str | None, deferral: str | None
) -> None:
    """The duties of a high-risk system placed before Chapter III applies to it, used by no
    public authority, start only with a significant change in its design (Art. 111(2),
    first sentence): the finding gives no first day while that is open or unchanged, and
    says why; the Chapter III date once the design has changed."""
    text = (AUDITS / "audit69" / "chatbot-scoring.yaml").read_text(encoding="utf-8")
    if design is not None:
        text = text.replace(
            "        put_into_service: 2026-08-03\n",
            f"        put_into_service: 2026-08-03\n        significant_design_change: {design}\n",
        )
        assert "significant_design_change" in text
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    found = _high_risk_finding(path, "2027-12-10")
    assert found["applies_from"] == applies_from
    if deferral is None:
        assert found["deferral"] is None
    else:
        assert deferral in found["deferral"]
    shown = cli("classify", str(path), "--as-of", "2027-12-10").out
    assert ("since 2027-12-02" in shown) == (applies_from is not None)


def test_a_legacy_public_system_is_deferred_to_2030() -> None:
    """Used by a public authority, the same legacy system complies by 2 Aug 2030 (Art.
    111(2), second sentence), as check's rules read it."""
    found = _high_risk_finding(AUDITS / "audit52" / "welfare-legacy-2030.yaml", "2027-12-10")
    assert found["applies_from"] == "2030-08-02"
    assert "Art. 111(2), second sentence" in found["deferral"]


@pytest.mark.parametrize(
    ("placed", "systemic", "gpai_from", "systemic_from", "deferral"),
    [
        # Placed in 2026: the Chapter V duties apply from 2 Aug 2025 (Art. 113(b)).
        ("2026-05-01", "true", "2025-08-02", "2025-08-02", None),
        # Placed before 2 Aug 2025: its provider complies by 2 Aug 2027 (Art. 111(3)).
        ("2024-11-30", "true", "2027-08-02", "2027-08-02", "deferred by Art. 111(3)"),
        # When it was placed is open: so is the first day.
        ("unspecified", "false", None, None, "when the duties apply is open"),
    ],
    ids=["placed-2026", "placed-2024", "placed-open"],
)
def test_the_model_and_its_systemic_risk_are_reported_beside_the_tier(
    tmp_path: Path,
    placed: str,
    systemic: str,
    gpai_from: str | None,
    systemic_from: str | None,
    deferral: str | None,
) -> None:
    """What the Act makes of the model (Chapter V) is reported beside the system's tier,
    with the first day of its provider's duties and the contract's status: the same
    definitions and dates as the gpai-* rules of check."""
    text = (CONTRACTS / "eu-border-agency-2027.yaml").read_text(encoding="utf-8")
    old = "        systemic_risk: true\n        model_placed_on_market: 2026-05-01\n"
    assert text.count(old) == 1
    new = f"        systemic_risk: {systemic}\n        model_placed_on_market: {placed}\n"
    path = tmp_path / "c.yaml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    run = cli("classify", str(path), "--format", "json", "--as-of", "2026-12-07")
    assert run.code == 0, run.err
    (result,) = json.loads(run.out)["classifications"]
    assert result["status"] == "negotiating"
    assert result["tier"] == "high-risk"  # the model's findings never change the system's
    gpai, risk = result["model"]
    assert (gpai["definition"], gpai["value"]) == ("gpai-on-eu-market", "true")
    assert gpai["applies_from"] == gpai_from
    assert risk["definition"] == "gpai-systemic-risk-on-eu-market"
    assert risk["value"] == ("true" if systemic == "true" else "false")
    assert risk["applies_from"] == (systemic_from if systemic == "true" else "2025-08-02")
    if deferral is None:
        assert gpai["deferral"] is None
    else:
        assert deferral in gpai["deferral"]
    assert any(e["path"] == "system.gpai_model" for e in gpai["evidence"])
    from jsonschema import Draft202012Validator

    schema = json.loads(cli("schema", "classification").out)
    Draft202012Validator(schema).validate(json.loads(run.out))
    shown = cli("classify", str(path), "--as-of", "2026-12-07").out
    assert "  contract status: negotiating" in shown
    assert "  model, Arts 3(63), 53: The system is built on a general-purpose AI model" in shown
    assert ("  model, Arts 51, 55:" in shown) == (systemic == "true")


def test_the_model_findings_name_what_would_decide_them(tmp_path: Path) -> None:
    """Silent about the model: unknown, naming the facts; the system's tier is unaffected."""
    path = tmp_path / "c.yaml"
    facts = system(["recruitment-screening"])
    path.write_text(yaml.safe_dump({"id": "c", "title": "t", **facts}))
    (result,) = json.loads(cli("classify", str(path), "--format", "json", "--as-of", AS_OF).out)[
        "classifications"
    ]
    assert result["status"] is None
    assert [f["value"] for f in result["model"]] == ["unknown", "unknown"]
    assert {"path": "system.gpai_model", "reason": "absent"} in result["model"][0]["missing"]
    shown = cli("classify", str(path), "--as-of", AS_OF).out
    assert "  model, Arts 3(63), 53 (" in shown and "would decide it: " in shown
