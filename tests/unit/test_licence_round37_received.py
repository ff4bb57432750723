"""A licence or approval a firm received, in Japanese, Korean and Chinese (round 37, issue 11).

Japanese and Korean put the licence first and the verb of obtaining last, told done
("輸出許可を取得した", "허가를 받았다", ``license_received_sov``); the issuer may stand
before it marked "from" ("米政府から", "정부로부터"). Chinese tells the grant done by its
adverb ("已经取得", "成功获得") or the passive of issuing ("获颁"), the state owning the
licence across "的" ("美国商务部的…许可证"). A licence not got, owed or sanctioned for its
lack stays no grant.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events

_RECEIVED = [
    "東京エレクトロンは米政府から装置の対中輸出許可を取得した。",
    "キオクシアは米商務省の輸出許可を得た。",
    "AMDはMI308の輸出許可を米政府から受けた。",
    "SK하이닉스는 미국 정부로부터 장비 반입 승인을 받았다.",
    "삼성전자는 미국 상무부로부터 VEU 지위를 획득했다.",
    "SK海力士已经取得美国商务部的设备出口许可证。",
    "三星成功获得美国政府的设备出口许可。",
    "AMD获颁美国商务部的MI308出口许可证。",
]

_NOT_RECEIVED = [
    "キオクシアはまだ米政府の輸出許可を取得していない。",
    "企業は米政府の輸出許可を取得しなければならない。",
    "삼성전자는 아직 미국 정부의 수출 허가를 받지 못했다.",
    "기업은 미국 정부의 수출 허가를 받아야 한다.",
    "삼성전자는 허가 없이 장비를 수출해 미국 정부로부터 제재를 받았다.",
    "企业须获得美国政府的出口许可才能出口设备。",
    "米国から部品を輸入した。",
]


@pytest.mark.parametrize("body", _RECEIVED)
def test_a_licence_received_is_the_issuers_grant(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert any(
        e.jurisdiction == "US" and e.action == "license" and e.direction == "easing" for e in found
    ), brief(found)


@pytest.mark.parametrize("body", _NOT_RECEIVED)
def test_a_licence_not_got_or_owed_is_no_grant(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not any(e.direction == "easing" for e in found), brief(found)
