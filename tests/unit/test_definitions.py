"""An instrument's definition and a duty without it are no act (``definitions.py``), own sentences.

Round 31 (issue 11): a sentence that says what a licence programme, waiver or status is or
does, in a copula, a relative clause or an apposition, and a duty told for a firm that
lacks the instrument. Each shape has a contrast that stays read as the state's act.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from streams.core.definitions import DefinitionReader
from streams.core.detect import load_patterns
from streams.core.fields import Draft
from tests.unit.sentence_kit import brief, events

_REVOKED = (
    "The Commerce Department on Tuesday ended the validated end-user status of Intel's "
    "plant in Dalian. "
)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (  # English copula: "<X> is a program that allows approved plants …"
            "US ends Intel's VEU status in China",
            _REVOKED + "VEU is a program that allows approved plants to import chipmaking "
            "tools without an export license for each order.",
        ),
        (  # English negative condition: "Without VEU status, the plant will need …"
            "US ends Intel's VEU status in China",
            _REVOKED + "Without VEU status, the plant will need an export license for each "
            "order of chipmaking tools.",
        ),
        (  # Japanese: "VEUとは、…許可する制度だ"
            "米、インテル中国工場のVEU資格を撤回",
            "米商務省はインテル大連工場のVEU資格を撤回した。VEUとは、事前に承認された工場に限り"
            "半導体製造装置の輸出を一括で許可する制度だ。",
        ),
    ],
)
def test_definition_gives_no_grant_or_duty(analyzer: Analyzer, title: str, body: str) -> None:
    """What the instrument lets firms do, or makes them do without it, is no event."""
    found = events(analyzer, title, body)
    assert not [e for e in found if "talk:" not in e.rule], brief(found)


def test_korean_copula_definition_keeps_the_revocation(analyzer: Analyzer) -> None:
    """ "VEU는 … 허용하는 일괄 허가 방식이다" describes the programme; the withdrawal stays."""
    found = events(
        analyzer,
        "美, 인텔 中공장 VEU 지위 철회",
        "미국 상무부는 인텔 다롄 공장의 VEU 지위를 철회했다. VEU는 미국 정부가 미리 승인된 "
        "공장에만 반도체 장비 수출을 허용하는 일괄 허가 방식이다.",
    )
    assert {(e.jurisdiction, e.direction) for e in found} == {("US", "tightening")}, brief(found)


@pytest.mark.parametrize(
    ("title", "body", "direction"),
    [
        (  # the grant comes before ", which lets": the relative describes its effect
            "US grants Samsung a waiver to ship chipmaking tools to its China plant",
            "The Commerce Department on Monday approved exports of chipmaking tools to "
            "Samsung's plant in Xi'an, which lets the plant keep running.",
            "easing",
        ),
        (  # "without warning" names no instrument
            "US bans exports of Nvidia H20 chips to China",
            "The Commerce Department on Monday banned exports of Nvidia's H20 chips to China "
            "without warning.",
            "tightening",
        ),
        (  # a finite Korean grant, no copula after it
            "미국, 삼성 중국 공장 장비 반입 허용",
            "미국 상무부는 5일 삼성전자 시안 공장에 반도체 장비 반입을 1년간 허용했다.",
            "easing",
        ),
    ],
)
def test_acts_stay(analyzer: Analyzer, title: str, body: str, direction: str) -> None:
    """A state's grant or ban beside these words is still its act."""
    found = events(analyzer, title, body)
    assert ("US", direction) in {(e.jurisdiction, e.direction) for e in found if e.primary}, brief(
        found
    )


def _draft(text: str, word: str, form: str = "verb") -> Draft:
    """A draft whose predicate is ``word`` in ``text``."""
    return Draft(
        jurisdiction="US",
        action="approve",
        flow="export",
        direction="easing",
        products=[],
        targets=[],
        primary=True,
        evidence=text,
        confidence=0.5,
        rule=f"approve:{form}[{word}] actor",
        order=0,
        start=text.lower().index(word),
    )


@pytest.fixture(scope="module")
def reader() -> DefinitionReader:
    """The reader over the bundled pattern file's cues."""
    return DefinitionReader(load_patterns().instrument_definitions)


@pytest.mark.parametrize(
    ("text", "word", "form", "why"),
    [
        (
            "The move narrows the VEU program, which let approved plants import tools "
            "without a license for each order.",
            "approved",
            "verb",
            "definition",
        ),
        (
            "Officials are reviewing trade waivers—known as VEU authorizations—granted to "
            "foreign chipmakers.",
            "authorizations",
            "event_noun",
            "definition",
        ),
        (
            "The Commerce Department approved the waiver, which lets the plant keep running.",
            "approved",
            "verb",
            "",
        ),
        (
            "The so-called program was approved on Monday by the Commerce Department.",
            "approved",
            "verb",
            "",
        ),
    ],
)
def test_english_shapes(
    reader: DefinitionReader, text: str, word: str, form: str, why: str
) -> None:
    """A relative clause on an instrument and a naming apposition; a grant before them stays."""
    low = text.lower()
    assert reader.why(low, 0, len(low), _draft(text, word, form)) == why


def test_ban_told_without_a_licence_stays(analyzer: Analyzer) -> None:
    """A ban told with the licence it needs ("허가 없이는 … 금지") is the ban itself."""
    found = events(
        analyzer,
        "정부, 반도체 장비 수출 금지",
        "산업통상자원부는 5일 정부 허가 없이는 중국으로의 반도체 장비 수출을 금지한다고 밝혔다.",
    )
    assert ("KR", "tightening") in {(e.jurisdiction, e.direction) for e in found}, brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (  # English: a decision's meaning
            "US ends Intel's VEU status in China",
            _REVOKED + "The decision means that the plant must now apply for an export "
            "license for each shipment of chipmaking tools.",
        ),
        (  # English: measures in general, a bare plural subject
            "US ends Intel's VEU status in China",
            _REVOKED + "Export controls require companies to obtain licenses before they "
            "ship covered tools to China.",
        ),
        (  # English: a gerund clause as the subject
            "US ends Intel's VEU status in China",
            _REVOKED + "Putting a company on the entity list makes its suppliers need a "
            "license to ship parts to it.",
        ),
        (  # Japanese: "…必要となることを意味する"
            "米、インテル中国工場のVEU資格を撤回",
            "米商務省はインテル大連工場のVEU資格を撤回した。今回の決定は、同工場が米国から装置を"
            "持ち込む際に許可証の申請が必要となることを意味する。",
        ),
    ],
)
def test_duty_told_as_meaning_is_no_second_event(analyzer: Analyzer, title: str, body: str) -> None:
    """Round 32: the licence duty a measure implies is no licence event of its own."""
    found = events(analyzer, title, body)
    told = body.split(". ", 1)[-1].split("。", 1)[-1][:30]  # the meaning sentence's opening
    assert not [e for e in found if e.evidence.startswith(told)], brief(found)


def test_licence_duty_imposed_stays_an_act(analyzer: Analyzer) -> None:
    """Round 32 contrast: a state that imposes a licence duty acts; no meaning verb frames it."""
    found = events(
        analyzer,
        "US orders Nvidia to obtain licences for H20 exports",
        "The Commerce Department on Tuesday required Nvidia to obtain a license to export "
        "its H20 chip to China.",
    )
    assert ("US", "tightening") in {(e.jurisdiction, e.direction) for e in found}, brief(found)
    assert not any("talk:meaning" in e.rule for e in found), brief(found)


def test_headline_state_to_require_is_no_gerund_subject(analyzer: Analyzer) -> None:
    """Round 32 contrast: "Beijing to require licences" is a decided act, no generic subject."""
    found = events(analyzer, "Beijing to require licences for rare earth magnet exports", "")
    assert ("CN", "tightening") in {(e.jurisdiction, e.direction) for e in found}, brief(found)
