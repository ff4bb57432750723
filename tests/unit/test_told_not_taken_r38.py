"""Told, not taken: acts a story retells, forecasts or declares (issue 11, round 38).

Five classes, own sentences:

- a former office holder or a past administration as the acting subject ("former
  president Biden introduced …", "l'ex presidente", "前总统", "Ex-Präsident"): history,
  background (``former_office_cues``, ``Talk._former_holder``);
- a halt of sales caused by a licence delay or backlog ("billions frozen as licences pile
  up", "審批延遲…訂單凍結", "許可が滞留、売上凍結"): administration, no halt decided,
  unless a state orders it (``licence_delay_cues``, ``halt_order_cues``, ``Talk.delayed``);
- "towards" before a measure noun ("Verso nuove restrizioni", "Vers de nouvelles
  restrictions", "Hacia nuevas restricciones", "Rumo a novas restrições"): a forecast
  (``toward_cues``, ``Talk._toward``);
- a measure a participle dates before the story ("sanctions, revealed last month, placed
  stiffer controls", "les sanctions annoncées le mois dernier"): background, the subject's
  content too (``past_time_phrases``, ``Talk._past_time_attributive``);
- a head of state's stated future in Chinese, Japanese, Korean ("特朗普称将对芯片征收
  100%关税", "관세를 부과하겠다고 말했다", "課すと述べた", a quote after the speaker in a
  headline): a declaration of intent unless a measure is signed (``leader_cues``,
  ``signing_cues``, ``Talk._leader_future``).

Near misses stay news: the state's act told plainly, a halt a state orders, "exports
towards" a place, a measure announced today, a leader who signs, an administration that
announces.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events

NEUTRAL = {
    "en": "Nvidia's China business in focus",
    "fr": "Nvidia et le marché chinois",
    "es": "Nvidia y el mercado chino",
    "it": "Nvidia e il mercato cinese",
    "pt": "A Nvidia e o mercado chinês",
    "de": "Nvidia und der chinesische Markt",
    "zh": "英伟达与中国市场",
}


def _main(analyzer: Analyzer, title: str, body: str) -> list[str]:
    return [e.rule for e in events(analyzer, title, body) if e.primary]


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        (
            "en",
            "A week before leaving office, former president Joe Biden introduced sweeping "
            "new export restrictions on AI chips.",
        ),
        (
            "pt",
            "O ex-presidente Joe Biden impôs novas restrições à exportação de chips de IA "
            "para a China.",
        ),
        (
            "it",
            "L'ex presidente Joe Biden ha imposto nuove restrizioni all'export di chip di "
            "intelligenza artificiale.",
        ),
        ("zh", "前总统拜登对人工智能芯片实施了新的出口限制。"),
        (
            "de",
            "Ex-Präsident Joe Biden hatte kurz vor seinem Ausscheiden neue "
            "Exportbeschränkungen für KI-Chips erlassen.",
        ),
    ],
)
def test_a_former_office_holders_act_is_background(
    analyzer: Analyzer, lang: str, body: str
) -> None:
    found = events(analyzer, NEUTRAL[lang], body)
    assert not any(e.primary for e in found), brief(found)
    assert any("background:former" in e.rule for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Trump scraps Biden's AI chip rule",
            "President Trump scrapped the AI chip export rule of former president Joe Biden "
            "on Tuesday.",
        ),
        (
            "US restricts AI chip exports",
            "President Joe Biden introduced sweeping new export restrictions on AI chips on "
            "Monday.",
        ),
        ("美国限制人工智能芯片出口", "美国总统拜登周一对人工智能芯片实施了新的出口限制。"),
    ],
)
def test_a_sitting_holders_act_and_an_act_on_a_former_ones_rule_stay_news(
    analyzer: Analyzer, title: str, body: str
) -> None:
    assert _main(analyzer, title, body), brief(events(analyzer, title, body))


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "輝達H20出口審批延遲 數十億美元訂單凍結",
            "美國商務部對輝達H20晶片的出口許可審批延遲，數十億美元訂單遭凍結。",
        ),
        ("英伟达H20出口审批延迟", "美国商务部对英伟达H20的出口审批延迟，数十亿美元订单被冻结。"),
        (
            "H20の輸出許可が滞留、売上凍結",
            "米商務省で輸出許可の審査が滞り、エヌビディアのH20の対中販売が凍結された。",
        ),
        (
            "엔비디아 H20 수출 허가 지연…수십억 달러 판매 동결",
            "미국 상무부의 수출 허가 심사가 지연되면서 엔비디아의 H20 중국 판매 수십억 달러가 "
            "동결됐다.",
        ),
    ],
)
def test_a_halt_caused_by_a_licence_backlog_is_no_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not any(e.primary and e.action == "halt" for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("美国商务部冻结英伟达对华出口许可", "美国商务部冻结了英伟达对华出口许可证。"),
        (
            "美国下令冻结英伟达对华出口",
            "尽管许可审批延迟，美国商务部仍下令冻结英伟达H20芯片对华出口。",
        ),
        (
            "US halts Nvidia H20 exports to China",
            "The US Commerce Department halted H20 exports to China.",
        ),
    ],
)
def test_a_halt_decided_or_ordered_stays_an_act(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert any(e.primary and e.action == "halt" for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Stati Uniti verso nuove restrizioni sui chip per la Cina",
            "Il governo americano valuta nuovi limiti all'export di chip di intelligenza "
            "artificiale.",
        ),
        (
            "Verso nuove restrizioni sui chip Nvidia",
            "Gli Stati Uniti stanno valutando nuovi limiti alle esportazioni di chip verso la "
            "Cina.",
        ),
        (
            "Vers de nouvelles restrictions américaines sur les puces Nvidia",
            "Washington envisage de limiter les ventes de puces d'IA à la Chine.",
        ),
        (
            "Hacia nuevas restricciones de EE.UU. a las exportaciones de chips",
            "Estados Unidos estudia ampliar los controles a las exportaciones de chips de IA a "
            "China.",
        ),
    ],
)
def test_a_noun_headline_after_towards_is_a_forecast(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not any(e.primary for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "La Chine interdit les exportations de gallium vers les États-Unis",
            "La Chine a interdit mardi les exportations de gallium et de germanium vers les "
            "États-Unis.",
        ),
        (
            "China restricts exports towards US chipmakers",
            "China restricted exports of gallium toward US chipmakers on Tuesday.",
        ),
        (
            "Gli Stati Uniti impongono nuove restrizioni sui chip verso la Cina",
            "Il governo americano ha imposto martedì nuove restrizioni all'export di chip verso "
            "la Cina.",
        ),
    ],
)
def test_towards_a_place_keeps_the_act(analyzer: Analyzer, title: str, body: str) -> None:
    assert _main(analyzer, title, body), brief(events(analyzer, title, body))


@pytest.mark.parametrize(
    "body",
    [
        "Washington's latest sanctions, revealed last month, placed stiffer controls on "
        "exports of AI chips to China.",
        "Washington's latest sanctions, revealed last month, banned exports of AI chips to China.",
        "The US export restrictions announced last month cover Nvidia's H20 chips.",
        "The US restrictions unveiled earlier this year hit Nvidia's H20 chips.",
    ],
)
def test_a_measure_a_participle_dates_last_month_is_background(
    analyzer: Analyzer, body: str
) -> None:
    found = events(analyzer, NEUTRAL["en"], body)
    assert not any(e.primary for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "US bans Nvidia H20 sales to China",
            "The United States banned sales of Nvidia's H20 chips to China on Tuesday, the "
            "Commerce Department said.",
        ),
        (
            "US curbs on AI chips take effect",
            "The US export restrictions, announced last month, take effect today and bar sales "
            "of AI chips to China.",
        ),
    ],
)
def test_an_act_of_today_stays_news(analyzer: Analyzer, title: str, body: str) -> None:
    assert _main(analyzer, title, body), brief(events(analyzer, title, body))


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "特朗普称将对芯片征收100%关税",
            "美国总统特朗普周三表示，美国将对半导体征收约100%的关税。",
        ),
        (
            "特朗普：将对芯片征收100%关税",
            "美国总统特朗普周三在白宫活动上表示，将对半导体征收约100%的关税。",
        ),
        (
            "トランプ氏「半導体に100%関税」",
            "トランプ米大統領は6日、ホワイトハウスでの行事で、半導体に約100%の関税を課すと述べた。",
        ),
        (
            '트럼프 "반도체에 100% 관세"…삼성·SK하이닉스 긴장',
            '도널드 트럼프 미국 대통령은 6일 백악관에서 열린 행사에서 "반도체에 약 100%의 관세를 '
            '부과할 것"이라고 말했다.',
        ),
        (
            '트럼프 "반도체 관세 100%"',
            "트럼프 대통령은 반도체에 약 100%의 관세를 부과하겠다고 밝혔다.",
        ),
    ],
)
def test_a_leaders_stated_future_is_no_measure(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert not any(e.primary for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "特朗普签署行政令对芯片征收100%关税",
            "美国总统特朗普周三签署行政令，对进口半导体征收100%的关税。",
        ),
        ("트럼프, 반도체에 100% 관세 부과", "트럼프 대통령은 6일 반도체에 100% 관세를 부과했다."),
        ("トランプ大統領、半導体に100%関税", "トランプ大統領は6日、半導体に100%の関税を課した。"),
        (
            "트럼프 행정부, 반도체 관세 부과",
            "트럼프 행정부는 반도체에 100% 관세를 부과한다고 발표했다.",
        ),
    ],
)
def test_a_leaders_signed_or_past_measure_stays_news(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert any(e.primary and e.jurisdiction == "US" for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "日米蘭、対中規制で合意か",
            "日本、米国、オランダは半導体製造装置の中国への輸出規制で合意した。関係者によると、3カ国は"
            "正式発表はせず、各国が個別に規制を導入する。",
        ),
        (
            "한국, 반도체 장비 수출 규제할 듯",
            "정부는 반도체 장비의 중국 수출을 제한하기로 했다고 소식통이 전했다.",
        ),
        (
            "미국, 대중 반도체 수출 통제 강화될 듯",
            "미국 상무부가 중국에 대한 AI 반도체 수출 통제를 강화할 전망이다.",
        ),
    ],
)
def test_a_guess_or_an_agreement_headline_is_no_act(
    analyzer: Analyzer, title: str, body: str
) -> None:
    found = events(analyzer, title, body)
    assert not any(e.primary for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "日本、中国向け半導体装置の輸出を制限",
            "経済産業省は23日、半導体製造装置など23品目を輸出管理の対象に加える省令改正案を公表"
            "した。5月まで意見を募集し、7月に施行する。",
        ),
        (
            "대만, 화웨이·SMIC 수출 통제 강화",
            "대만 경제부는 화웨이와 SMIC에 대한 반도체 수출 통제를 강화하는 내용의 개정안을 사전 "
            "공고했다.",
        ),
        (
            "经济部收紧对华芯片出口管制",
            "经济部发布《出口管制条例》修正草案，限制先进芯片对华出口。",
        ),
    ],
)
def test_a_draft_made_public_is_no_act(analyzer: Analyzer, title: str, body: str) -> None:
    found = events(analyzer, title, body)
    assert not any(e.primary for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "日本、中国向け半導体装置の輸出を制限",
            "経済産業省は23日、半導体製造装置など23品目を輸出管理の対象に加える改正省令を公布した。"
            "7月23日に施行する。",
        ),
        (
            "日本、対中半導体装置の輸出規制を強化",
            "経済産業省は23日、先端半導体製造装置の中国向け輸出を規制すると発表した。",
        ),
        (
            "한국, 반도체 장비 수출 규제",
            "정부는 반도체 장비의 중국 수출을 제한하기로 했다고 밝혔다.",
        ),
    ],
)
def test_an_act_decided_or_enacted_stays_news(analyzer: Analyzer, title: str, body: str) -> None:
    assert _main(analyzer, title, body), brief(events(analyzer, title, body))
