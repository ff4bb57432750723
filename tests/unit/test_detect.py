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
    "美国": ("jurisdiction", "US", "US"),
    "US": ("jurisdiction", "US", "US"),
    "Washington": ("jurisdiction", "US", "US"),
    "Commerce Department": ("regulator", "BIS", "US"),
    "BIS": ("regulator", "BIS", "US"),
    "Netherlands": ("jurisdiction", "NL", "NL"),
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
    assert approve.rule.startswith("approve_verb")
    assert approve.evidence.startswith("China has cleared the way")
