"""Detector tests on hand-made mentions: the detector is tested apart from the tagger."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from schemas.article import PolicyEvent
from streams.core.detect import Detector, is_policy_change, load_patterns
from streams.core.mentions import Mention

# A miniature catalog: alias -> (type, canonical name, jurisdiction).
ENTITIES: dict[str, tuple[str, str, str | None]] = {
    "China": ("jurisdiction", "CN", "CN"),
    "Beijing": ("jurisdiction", "CN", "CN"),
    "Chinese regulators": ("regulator", "SAMR", "CN"),
    "MOFCOM": ("regulator", "MOFCOM", "CN"),
    "SAMR": ("regulator", "SAMR", "CN"),
    "中国": ("jurisdiction", "CN", "CN"),
    "商务部": ("regulator", "MOFCOM", "CN"),
    "市场监管总局": ("regulator", "SAMR", "CN"),
    "国家网信办": ("regulator", "CAC", "CN"),
    "美国商务部": ("regulator", "BIS", "US"),
    "美国": ("jurisdiction", "US", "US"),
    "商務部": ("regulator", "MOFCOM", "CN"),
    "États-Unis": ("jurisdiction", "US", "US"),
    "중국 상무부": ("regulator", "MOFCOM", "CN"),
    "US": ("jurisdiction", "US", "US"),
    "Washington": ("jurisdiction", "US", "US"),
    "Commerce Department": ("regulator", "BIS", "US"),
    "BIS": ("regulator", "BIS", "US"),
    "Netherlands": ("jurisdiction", "NL", "NL"),
    "Malaysia": ("jurisdiction", "MY", "MY"),
    "Wingtech": ("firm", "Wingtech", None),
    "Nexperia": ("firm", "Nexperia", None),
    "A800": ("chip", "A800", None),
    "Dutch government": ("jurisdiction", "NL", "NL"),
    "Japan": ("jurisdiction", "JP", "JP"),
    "South Korea": ("jurisdiction", "KR", "KR"),
    "Taiwan": ("jurisdiction", "TW", "TW"),
    "European Commission": ("regulator", "EC", "EU"),
    "Nvidia": ("firm", "Nvidia", None),
    "英伟达": ("firm", "Nvidia", None),
    "ByteDance": ("firm", "ByteDance", None),
    "Alibaba": ("firm", "Alibaba", None),
    "Tencent": ("firm", "Tencent", None),
    "OpenAI": ("firm", "OpenAI", None),
    "Huawei": ("firm", "Huawei", None),
    "华为": ("firm", "Huawei", None),
    "Micron": ("firm", "Micron", None),
    "美光": ("firm", "Micron", None),
    "ASML": ("firm", "ASML", None),
    "SMIC": ("firm", "SMIC", None),
    "H200": ("chip", "H200", None),
    "H20": ("chip", "H20", None),
}
_ALIAS = re.compile("|".join(re.escape(a) for a in sorted(ENTITIES, key=len, reverse=True)))


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(load_patterns())


def mentions(detector: Detector, text: str, field: str = "body") -> list[Mention]:
    found = detector.scan_keywords(text, field)
    kind = "title" if field == "title" else "body"
    for match in _ALIAS.finditer(text):
        alias = match.group()
        before = text[match.start() - 1 : match.start()]
        after = text[match.end() : match.end() + 1]
        if alias.isascii() and (before.isalnum() or after.isalnum()):
            continue
        etype, name, code = ENTITIES[alias]
        found.append(
            Mention(name, etype, kind, match.start(), match.end(), alias, jurisdiction=code)  # type: ignore[arg-type]
        )
    return found


def run(detector: Detector, body: str, title: str = "") -> list[PolicyEvent]:
    ms = mentions(detector, title, "title") + mentions(detector, body)
    return detector.detect(title, body, ms)


def brief(events: list[PolicyEvent]) -> list[tuple[str, str, str, str, bool]]:
    return [(e.jurisdiction, e.action, e.flow, e.direction, e.primary) for e in events]


SEED_LIKE = (
    "China has cleared the way for three of its largest internet groups to bring in "
    "Nvidia accelerators, reversing course after a pause earlier this month. "
    "Beijing's temporary halt to deliveries of Nvidia's H200 processors had come "
    "earlier this month. "
    "The approval of the H200 covers ByteDance, Alibaba and Tencent, people familiar said. "
    "The country long steered firms away from buying foreign chips, but regulators have now "
    "relaxed these rules. Some in Washington fear that exports could help China catch up."
)


def test_seed_situation(detector: Detector) -> None:
    events = run(detector, SEED_LIKE)
    primary = [e for e in events if e.primary]
    approve = next(e for e in primary if e.action == "approve")
    assert (approve.jurisdiction, approve.flow, approve.direction) == ("CN", "import", "easing")
    assert approve.products == ["H200"]
    assert set(approve.targets) == {"ByteDance", "Alibaba", "Tencent", "Nvidia"}
    halt = next(e for e in events if e.action == "halt")
    assert (halt.jurisdiction, halt.direction, halt.primary, halt.products) == (
        "CN",
        "tightening",
        False,
        ["H200"],
    )
    relax = next(e for e in events if e.action == "relax")
    assert (relax.jurisdiction, relax.direction, relax.primary) == ("CN", "easing", True)
    assert not any(e.jurisdiction == "US" for e in events)
    assert is_policy_change(events)


def test_real_seed_file(detector: Detector) -> None:
    seed = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "000_747f1828a836c838.txt"
    if not seed.exists():
        pytest.skip(f"seed article not found at {seed}")
    events = run(detector, seed.read_text(encoding="utf-8"))
    assert ("CN", "approve", "import", "easing", True) in brief(events)
    assert ("CN", "halt", "import", "tightening", False) in brief(events)
    approve = next(e for e in events if e.action == "approve")
    assert approve.products == ["H200"]
    assert approve.targets == ["ByteDance", "Alibaba", "Tencent", "Nvidia"]
    assert approve.rule.startswith("approve:verb")
    assert approve.evidence.startswith("China has cleared the way")


@pytest.mark.parametrize(
    "body",
    [
        "Analysts expect China to approve imports of the H200 next month.",
        "Washington could ban sales of the H20 to China.",
        "The Netherlands plans to restrict exports of ASML machines.",
        "The US is weighing whether to add SMIC to the entity list.",
        "China may consider halting purchases of Nvidia's H20.",
        "China's Commerce Ministry denied reports that it had banned the H20.",
        "Will China approve the H200?",
        "Senators proposed a bill that would bar Nvidia from selling the H20 to China.",
        "China did not approve imports of the H200.",
        "商务部否认将禁止进口英伟达H20芯片的报道。",
        "分析师预计美国可能进一步收紧对华芯片出口管制。",
        "中国监管部门是否会批准H200进口？",
    ],
)
def test_talk_is_not_an_event(detector: Detector, body: str) -> None:
    assert run(detector, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("China approved imports of Nvidia's H200.", ("CN", "approve", "easing")),
        ("The US banned exports of the H20 to China.", ("US", "ban", "tightening")),
        ("Beijing told ByteDance to halt purchases of the H20.", ("CN", "halt", "tightening")),
        ("The US has granted Nvidia licences to ship the H20.", ("US", "license", "easing")),
        ("SAMR launched an antitrust probe into Nvidia.", ("CN", "investigate", "tightening")),
        ("Washington imposed tariffs on chips from China.", ("US", "tariff", "tightening")),
        (
            "The Commerce Department added Huawei to the entity list.",
            ("US", "sanction", "tightening"),
        ),
        ("The Commerce Department removed SMIC from the entity list.", ("US", "relax", "easing")),
        ("The US sanctioned SMIC on Friday.", ("US", "sanction", "tightening")),
        ("China's Commerce Ministry summoned Micron executives.", ("CN", "summon", "tightening")),
        ("China lifted its ban on gallium exports.", ("CN", "relax", "easing")),
        ("The Netherlands restricted exports of ASML machines.", ("NL", "restrict", "tightening")),
        ("Japan tightened controls on chipmaking equipment.", ("JP", "restrict", "tightening")),
        ("South Korea eased rules on HBM exports.", ("KR", "relax", "easing")),
        ("Taiwan barred SMIC from buying its chipmaking equipment.", ("TW", "ban", "tightening")),
        (
            "The European Commission opened an investigation into legacy chips.",
            ("EU", "investigate", "tightening"),
        ),
        ("商务部宣布对镓实施出口管制。", ("CN", "restrict", "tightening")),
        ("国家网信办约谈英伟达。", ("CN", "summon", "tightening")),
        ("市场监管总局对英伟达立案调查。", ("CN", "investigate", "tightening")),
        ("中国批准字节跳动进口H200芯片。", ("CN", "approve", "easing")),
        ("美国商务部将华为列入实体清单。", ("US", "sanction", "tightening")),
    ],
)
def test_each_action(detector: Detector, body: str, expected: tuple[str, str, str]) -> None:
    events = run(detector, body)
    assert [(e.jurisdiction, e.action, e.direction) for e in events] == [expected]
    assert events[0].primary
    assert events[0].evidence == body
    assert events[0].rule
    assert 0.0 < events[0].confidence <= 1.0


@pytest.mark.parametrize(
    "body",
    [
        "The US banned exports of the H20 last year.",
        "Earlier this month China halted purchases of the H20.",
        "In 2023 Washington barred sales of the A100 to China.",
        "China had previously restricted exports of gallium.",
        "中国此前曾暂停进口H200芯片。",
        "美国去年禁止向中国出口H20芯片。",
    ],
)
def test_background_is_not_primary(detector: Detector, body: str) -> None:
    events = run(detector, body)
    assert events and not any(e.primary for e in events)
    assert not is_policy_change(events)


def test_reported_speech_is_a_decision(detector: Detector) -> None:
    events = run(detector, "MOFCOM said on Sunday it would suspend the ban on gallium exports.")
    assert brief(events) == [("CN", "relax", "export", "easing", True)]
    assert events[0].products == ["gallium"]


def test_places_and_qualifiers_are_not_actors(detector: Detector) -> None:
    events = run(detector, "The Netherlands restricted shipments to China of ASML machines.")
    assert [e.jurisdiction for e in events] == ["NL"]
    events = run(detector, "China's Huawei was sanctioned by the US on Friday.")
    assert [e.jurisdiction for e in events] == ["US"]


def test_anaphora_uses_previous_actor(detector: Detector) -> None:
    body = "Beijing met chip firms on Monday. Regulators then approved imports of the H200."
    assert brief(run(detector, body)) == [("CN", "approve", "import", "easing", True)]
    # A pronoun after a firm is the firm, not the state.
    body = "China met Nvidia on Monday. Nvidia said it stopped shipments of the H20."
    assert run(detector, body) == []


def test_merge_unions_products_and_targets(detector: Detector) -> None:
    body = (
        "China approved imports of Nvidia's H200 by ByteDance. "
        "Beijing also approved imports of the H20 by Tencent."
    )
    events = run(detector, body)
    assert len(events) == 1
    assert set(events[0].products) == {"H200", "H20"}
    assert set(events[0].targets) == {"ByteDance", "Tencent", "Nvidia"}


def test_no_keyword_means_no_work(detector: Detector) -> None:
    body = "China approved imports of Nvidia's H200."
    entities_only = [m for m in mentions(detector, body) if m.type != "keyword"]
    assert detector.detect("", body, entities_only) == []


def test_keywords_are_labelled_phrase_lists(detector: Detector) -> None:
    keywords = detector.keywords
    assert set(keywords) == {"policy.trigger", "policy.product"}
    assert "approved" in keywords["policy.trigger"]
    assert "blacklisted" in keywords["policy.trigger"]
    assert "additions to" in keywords["policy.trigger"]
    assert "gallium" in keywords["policy.product"]
    keywords["policy.trigger"].clear()  # a copy: the detector is unaffected
    assert detector.keywords["policy.trigger"]


@pytest.mark.parametrize(
    "body",
    [
        "a" * 100_000,
        "ban " * 25_000,
        "approved " * 12_000,
        "China " * 20_000 + "approved",
        "could " * 20_000 + "China approved imports of the H200.",
        "had " * 25_000 + "banned",
        ("the " * 30_000) + "halt",
        "禁止" * 50_000,
        "in 2023 " * 12_000,
        "." * 100_000,
        "'s " * 30_000 + "approval",
    ],
)
def test_hostile_inputs_finish_with_bounded_results(detector: Detector, body: str) -> None:
    events = run(detector, body)
    # Bounded work: at most one merged event per key, each with verbatim evidence.
    assert len(events) <= 8
    for event in events:
        assert event.evidence in body


def test_bad_pattern_file_is_rejected(tmp_path: Path) -> None:
    from pydantic import ValidationError

    bad = tmp_path / "p.yaml"
    bad.write_text("version: 1\ntriggers: []\n", encoding="utf-8")
    with pytest.raises(ValidationError):
        load_patterns(bad)


def test_unbounded_regex_in_pattern_file_is_rejected() -> None:
    from pydantic import ValidationError

    from schemas.patterns import PolicyPatterns

    data = load_patterns().model_dump()
    data["past_perfect_regex"] = r"\bhad(\s+\w+)+$"
    with pytest.raises(ValidationError):
        PolicyPatterns.model_validate(data)


@pytest.mark.parametrize(
    "body",
    [
        # The time phrase sits in a clause about the pause, not about the approval.
        "Chinese regulators approved purchases of the H200 by ByteDance, Alibaba and "
        "Tencent, ending a pause that officials had imposed on the chips earlier this month.",
        "China approved imports of the H200 that Nvidia had designed last year.",
        "The US banned exports of the H20, which Nvidia launched in 2023.",
        "Beijing approved imports of the H200 after a halt earlier this month.",
    ],
)
def test_time_phrase_of_a_subordinate_clause_keeps_the_main_verb_primary(
    detector: Detector, body: str
) -> None:
    events = run(detector, body)
    main = events[0]
    assert main.action in ("approve", "ban") and main.primary, brief(events)
    assert main.products[:1] in (["H200"], ["H20"])
    assert is_policy_change(events)


def test_seed_sentence_yields_primary_approval_and_background_halt(detector: Detector) -> None:
    body = (
        "Chinese regulators approved purchases of the H200 by ByteDance, Alibaba and "
        "Tencent, ending a pause that customs officials had imposed on the chips earlier "
        "this month."
    )
    events = run(detector, body)
    approve = next(e for e in events if e.action == "approve")
    halt = next(e for e in events if e.action == "halt")
    assert (approve.jurisdiction, approve.direction, approve.primary) == ("CN", "easing", True)
    assert approve.flow in ("import", "purchase") and approve.products == ["H200"]
    assert (halt.jurisdiction, halt.direction, halt.primary) == ("CN", "tightening", False)
    assert halt.products == ["H200"]


@pytest.mark.parametrize(
    "body",
    [
        "Last month, Chinese regulators approved purchases of the H200.",
        "China approved purchases of the H200 by ByteDance, Alibaba and Tencent last month.",
        "China approved imports of the H200 earlier this month, people said.",
        "Earlier this month, Beijing approved imports of the H200 by ByteDance.",
    ],
)
def test_time_phrase_of_the_main_clause_stays_background(detector: Detector, body: str) -> None:
    events = run(detector, body)
    assert events and not any(e.primary for e in events), brief(events)


@pytest.mark.parametrize(
    "body",
    [
        "US officials said smugglers are moving restricted accelerators through Malaysia.",
        "China is a big market for sales of banned chips such as the H20.",
    ],
)
def test_participle_before_a_noun_is_not_a_verb(detector: Detector, body: str) -> None:
    assert run(detector, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Beijing responded by blocking exports of Nexperia chips.",
            ("CN", "ban", "tightening"),
        ),
        (
            "Malaysia said exports of AI chips of US origin will need a permit.",
            ("MY", "license", "tightening"),
        ),
        (
            "The Dutch government invoked an emergency law to take control of Nexperia, "
            "the chipmaker owned by China's Wingtech.",
            ("NL", "restrict", "tightening"),
        ),
        (
            "Tencent has received approval from Beijing to buy Nvidia's H200s.",
            ("CN", "approve", "easing"),
        ),
    ],
)
def test_gerunds_permits_takeovers_and_noun_sources(
    detector: Detector, body: str, expected: tuple[str, str, str]
) -> None:
    events = run(detector, body)
    assert [(e.jurisdiction, e.action, e.direction) for e in events] == [expected], brief(events)
    assert events[0].primary


def test_jurisdiction_right_before_a_noun_trigger_is_its_author(detector: Detector) -> None:
    events = run(detector, "SMIC was added to the US entity list in 2023.")
    assert brief(events) == [("US", "sanction", "export", "tightening", False)]


def test_earlier_as_an_adjective_does_not_date_the_event(detector: Detector) -> None:
    body = (
        "The Commerce Department extended its export curbs to cover Nvidia's A800, "
        "a chip the company had designed to comply with earlier rules."
    )
    events = run(detector, body)
    assert [(e.jurisdiction, e.action, e.primary) for e in events] == [("US", "restrict", True)]
    assert events[0].products == ["A800"]


def test_headline_event_the_body_dates_is_background(detector: Detector) -> None:
    title = "Chipmaker lists in Shanghai as US tightens rules"
    body = "The company was added to the US entity list in 2023."
    events = run(detector, body, title=title)
    assert events and not is_policy_change(events), brief(events)
    # Without the dated body report the headline stays main news.
    assert is_policy_change(run(detector, "The company listed on Monday.", title=title))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"triggers": []}, "Extra inputs are not permitted"),  # a stale v1 field
        ({"modal_cue": {"en": ["may"]}}, "Extra inputs are not permitted"),  # a misspelt one
    ],
)
def test_stale_or_unknown_pattern_fields_are_refused(
    change: dict[str, object], message: str
) -> None:
    from pydantic import ValidationError

    from schemas.patterns import PolicyPatterns

    data = load_patterns().model_dump(by_alias=True)
    data.update(change)
    with pytest.raises(ValidationError, match=message):
        PolicyPatterns.model_validate(data)


def test_a_predicate_must_use_a_declared_action_and_class() -> None:
    from pydantic import ValidationError

    from schemas.patterns import PolicyPatterns

    data = load_patterns().model_dump(by_alias=True)
    data["predicates"][0]["action"] = "embargo"
    with pytest.raises(ValidationError, match="not one of `actions`"):
        PolicyPatterns.model_validate(data)
    data = load_patterns().model_dump(by_alias=True)
    data["predicates"][0]["needs"] = {"class": "nowhere"}
    with pytest.raises(ValidationError, match="not one of `classes`"):
        PolicyPatterns.model_validate(data)


def test_bundled_predicates_are_not_shadowed_by_catalog_aliases() -> None:
    from streams.core.analyze import Analyzer
    from streams.core.catalog import load_catalog

    analyzer = Analyzer.build(load_catalog(), load_patterns())
    assert analyzer.tagger.shadowed == {}


def test_english_lemmas_are_inflected_once() -> None:
    from streams.core.lexicon import inflect, plural

    forms = inflect("ban", {})
    assert {"bans", "banned"} <= set(forms["verb"]) and "banning" in forms["gerund"]
    assert "approved" in inflect("approve", {})["verb"]
    assert "rolled back" in inflect("roll back", {})["verb"]
    assert plural("restriction") == ["restriction", "restrictions"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("商務部宣布對鎵實施出口管制。", ("CN", "tightening")),  # Traditional script
        (
            "Les États-Unis ont révoqué certaines licences d'exportation vers Huawei.",
            ("US", "tightening"),
        ),
        ("China hat den Export von Gallium verboten.", ("CN", "tightening")),
        ("중국 상무부는 반덤핑 조사에 착수한다고 밝혔다.", ("CN", "tightening")),
    ],
)
def test_other_languages_and_scripts(
    detector: Detector, body: str, expected: tuple[str, str]
) -> None:
    events = run(detector, body)
    assert [(e.jurisdiction, e.direction) for e in events][:1] == [expected], brief(events)
