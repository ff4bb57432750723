"""Approvals and licences not granted: awaited, sought, expected, negated (round 37, issue 11).

A grant word that names what a firm waits for, asks for or expects ("仍待美国批准", "承認待ち",
"허가를 신청했다", "approval … still pending") is no easing event (``ungranted_grants``);
nor is a grant negated with its adverb ("yet to approve", "迟迟未发放"). A grant told done
beside the same words ("申请已获批准", "approved Nvidia's request") stays the easing it is.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events

_NOT_GRANTED = [
    # awaited
    ("", "三星的设备对华出口仍待美国商务部批准。"),
    ("", "SKハイニックスは装置の対中輸出について米商務省の承認待ちだ。"),
    ("", "삼성전자는 장비 중국 수출에 대한 미국 정부의 승인을 대기하고 있다."),
    ("US approval of AMD MI308 sales to China still pending", ""),
    ("", "La aprobación de Washington para vender chips MI308 a China sigue pendiente."),
    # sought
    ("", "AMD正在争取美国政府批准向中国出售MI308芯片。"),
    ("", "AMDは米政府にMI308の対中輸出の許可を申請した。"),
    ("", "AMD는 미국 정부에 MI308 중국 수출 허가를 신청했다."),
    # expected
    ("", "AMDは近くMI308の対中輸出の許可が下りる見通しだ。"),
    # negated, with its adverb
    ("Beijing yet to approve purchases of Nvidia H200 chips", ""),
    ("", "美国商务部迟迟未向英伟达发放H20出口许可证。"),
    ("", "美国政府至今未批准英伟达向中国出售H200芯片。"),
]

_GRANTED = [
    ("", "美国商务部批准了英伟达向中国出口H20的申请。"),
    ("", "美国商务部开始向英伟达发放H20出口许可证。"),
    ("", "米商務省はエヌビディアにH20の対中輸出を許可した。"),
    ("", "미국 상무부는 엔비디아의 H20 수출 허가 신청을 승인했다."),
    ("", "The Commerce Department approved Nvidia's request to export H20 chips to China."),
    ("", "The Commerce Department granted the long-awaited approval for H20 sales to China."),
]


@pytest.mark.parametrize(("title", "body"), _NOT_GRANTED)
def test_a_grant_not_given_is_no_easing(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert not any(e.direction == "easing" for e in found), brief(found)


@pytest.mark.parametrize(("title", "body"), _GRANTED)
def test_a_grant_given_beside_the_same_words_stays(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert any(e.jurisdiction == "US" and e.direction == "easing" for e in found), brief(found)
