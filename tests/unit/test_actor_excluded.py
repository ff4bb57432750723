"""Who acts: the state a measure excludes is its target, never its actor (round 26, issue 11).

Round 26 (h40e) read the event errors of every spent set and b33 by class. One class
recurred in three sets (b23, b30 in French; b33 in English and Japanese): a state named
as the one a measure shuts out was credited with the measure named next ("exclure la
Corée du Sud de sa liste blanche … des restrictions", "stripping Korea of its
fast-track status, expanding the restrictions", "中国の締め出しを進める…対中規制").
The rule, in words: a state right after a verb of exclusion ("exclude", "strip",
"exclure", "excluir", "escludere") is that verb's object, as after "target" or "hit";
a state that owns an exclusion noun ("China's exclusion", "中国の締め出し", "중국의 배제",
"中国的排除") is the one excluded, as the owner of "access" is. Both are read where
those words were already read (``object_verbs``, ``event_access_nouns``).

A second class, seen in b23 and b33 (Korean copy): Japan's trade ministry named in
hangul ("일본 경제산업성이 … 허가한") was read as a qualifier of the next noun, and the
Korean ministry that reported the grant was credited. The catalog gains the hangul
names, so the ministry acts as its other names do.

Every sentence is our own; the contrasts keep the excluding state as the actor.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, events


@pytest.mark.parametrize(
    "second",
    [
        "Tokyo also moved to exclude South Korea from its list of trusted trade partners, "
        "widening the restrictions on hundreds of items.",
        "Tokyo later stripped South Korea of its fast-track export status, widening the "
        "restrictions to more items.",
    ],
)
def test_the_state_excluded_in_english_is_no_actor(analyzer: Analyzer, second: str) -> None:
    body = "Japan tightened exports of three chip materials on Thursday. " + second
    check(analyzer, "Japan tightens chip material exports", body, ("JP", "tightening"))


def test_the_state_excluded_in_french_is_no_actor(analyzer: Analyzer) -> None:
    body = (
        "Le Japon restreint depuis jeudi ses exportations de trois matériaux. Tokyo a aussi "
        "décidé d’exclure la Corée du Sud de sa liste blanche, ce qui étend les restrictions "
        "à plus de mille produits."
    )
    check(
        analyzer,
        "Le Japon restreint ses exportations vers la Corée du Sud",
        body,
        ("JP", "tightening"),
    )


def test_the_state_whose_exclusion_is_sought_in_japanese_is_no_actor(analyzer: Analyzer) -> None:
    body = (
        "経済産業省は5日、半導体製造装置など12品目の輸出規制を強化する省令を公布した。\n"
        "中国の締め出しを進める米国に歩調を合わせる動きで、事実上の対中規制となる。"
    )
    check(analyzer, "経産省 半導体装置12品目の輸出規制を強化", body, ("JP", "tightening"))


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Japón restringe exportaciones a Corea del Sur",
            "Japón restringió el jueves las exportaciones de tres materiales. Tokio también "
            "decidió excluir a Corea del Sur de su lista blanca, lo que extiende las "
            "restricciones a mil productos.",
        ),
        (
            "Il Giappone limita l'export verso la Corea del Sud",
            "Il Giappone ha limitato giovedì l'export di tre materiali. Tokyo ha anche deciso "
            "di escludere la Corea del Sud dalla lista bianca, estendendo le restrizioni a "
            "mille prodotti.",
        ),
        (
            "Japão restringe exportações para a Coreia do Sul",
            "O Japão restringiu na quinta-feira as exportações de três materiais. Tóquio "
            "também decidiu excluir a Coreia do Sul da lista branca, estendendo as restrições "
            "a mil produtos.",
        ),
        (
            "美国加强芯片出口管制",
            "美国商务部周五宣布加强对先进芯片的出口管制。\n"
            "分析人士指出，中国的排除将进一步限制其芯片产业。",
        ),
        (
            "미국, 반도체 장비 수출 통제 강화",
            "미국 상무부는 5일 반도체 장비 수출 통제를 강화했다.\n"
            "공급망에서 중국의 배제를 노린 규제라는 분석이 나온다.",
        ),
    ],
)
def test_the_excluded_state_stays_out_in_other_languages(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not [e for e in found if e.jurisdiction in ("KR", "CN")], brief(found)


@pytest.mark.parametrize(
    ("title", "body", "actor"),
    [
        (
            "South Korea drops Japan from whitelist",
            "South Korea excluded Japan from its whitelist of trusted trade partners on "
            "Wednesday, tightening export controls on strategic goods.",
            "KR",
        ),
        (
            "La Corée du Sud retire le Japon de sa liste",
            "La Corée du Sud a décidé mercredi d’exclure le Japon de sa liste blanche et durcit "
            "ses contrôles à l’exportation.",
            "KR",
        ),
    ],
)
def test_the_state_that_excludes_acts(
    analyzer: Analyzer, title: str, body: str, actor: str
) -> None:
    check(analyzer, title, body, (actor, "tightening"))


@pytest.mark.parametrize(
    "body",
    [
        "일본 경산성이 5일 한국 기업의 소재 수입 계약 1건을 허가했다.",
        "일본 경제산업성이 5일 한국 기업의 소재 수입 계약 1건을 허가했다.",
    ],
)
def test_japans_trade_ministry_in_hangul_acts_for_japan(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "日 경산성, 소재 수출 허가", body, ("JP", "easing"))


def test_the_korean_ministry_still_acts_for_korea(analyzer: Analyzer) -> None:
    body = "산업부는 5일 반도체 소재 수출 1건을 허가했다고 밝혔다."
    check(analyzer, "산업부, 전략물자 수출 허가", body, ("KR", "easing"))
