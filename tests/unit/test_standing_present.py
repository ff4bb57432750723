"""A rule in force explained in the present is background, never the news (issue 11, round 37).

A lead that explains how a standing rule works ("under current rules, exporting X needs a
licence", "現在は…輸出するには許可が必要だ", "Momenteel is voor … een vergunning nodig")
states no act of the day: the measure is background and the article no policy change on
its own. Near misses: the same duty told as new, with a start, or announced stays news.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events

_NVIDIA_EN = "Nvidia shares rise on China hopes"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            _NVIDIA_EN,
            "Currently, exports of advanced AI chips like Nvidia's H100 to China require a US "
            "licence.",
        ),
        (
            _NVIDIA_EN,
            "Under existing US rules, Nvidia is barred from selling its fastest AI processors "
            "to Chinese customers.",
        ),
        (
            "エヌビディア株が上昇",
            "現在は、エヌビディアがH20を中国に出荷するには米商務省の許可が必要だ。",
        ),
        (
            "엔비디아 주가 상승",
            "현재 엔비디아가 H20 칩을 중국에 수출하려면 미국 상무부의 허가를 받아야 한다.",
        ),
        (
            "锗价格继续走高",
            "中国目前禁止向美国出口锗。",
        ),
        (
            _NVIDIA_EN,
            "As things stand, Washington bans sales of Nvidia's most advanced AI chips to China.",
        ),
        (
            "Galliumprijzen stijgen verder",
            "Momenteel is voor de uitvoer van gallium uit China een vergunning van het "
            "ministerie van Handel nodig.",
        ),
        (
            "Nvidia-aandeel stijgt",
            "Momenteel heeft Nvidia een exportvergunning van het Amerikaanse ministerie van "
            "Handel nodig om H20-chips aan China te leveren.",
        ),
    ],
    ids=[
        "en-currently",
        "en-under-existing",
        "ja-genzai-wa",
        "ko-hyeonjae",
        "zh-muqian-after-subject",
        "en-as-things-stand",
        "nl-gallium",
        "nl-nvidia",
    ],
)
def test_rule_in_force_explained_is_background(analyzer: Analyzer, title: str, body: str) -> None:
    """The explained rule is read, but as background: no main event."""
    found = events(analyzer, title, body)
    assert found and not any(e.primary for e in found), brief(found)
    assert any("background:standing" in e.rule for e in found), brief(found)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "China tightens gallium exports",
            "China's commerce ministry said on Monday that, under new rules, exports of "
            "gallium to the US require a licence.",
        ),
        (
            "Gallium export licence",
            "China's commerce ministry said on Monday that exporting gallium will require a "
            "licence from August 1.",
        ),
        (
            _NVIDIA_EN,
            "Currently, exports of advanced AI chips like Nvidia's H100 to China require a US "
            "licence from December 1.",
        ),
        (
            _NVIDIA_EN,
            "Under the rules, which take effect on Monday, exports of advanced AI chips like "
            "Nvidia's H100 to China require a US licence.",
        ),
        (
            "Chip export rules",
            "The Commerce Department on Tuesday broadened existing rules that restrict exports "
            "of advanced AI chips to China.",
        ),
        (
            "商务部对镓实施出口管制",
            "目前，商务部已决定自8月1日起对镓、锗相关物项实施出口管制。",
        ),
        (
            "中国、ガリウム輸出を規制",
            "中国商務省は3日、ガリウムを輸出するには許可が必要になると発表した。",
        ),
        (
            "중국, 갈륨 수출 통제",
            "중국 상무부는 3일 갈륨을 수출하려면 허가를 받아야 한다는 규정을 8월 1일부터 "
            "시행한다고 발표했다.",
        ),
        (
            "China verschärft Exportkontrollen",
            "China hat beschlossen, dass die Ausfuhr von Gallium ab sofort genehmigungspflichtig "
            "ist; derzeit gilt das für Germanium.",
        ),
        (
            "EE.UU. endurece los controles",
            "Estados Unidos anunció que, a partir de hoy, la exportación de chips de Nvidia a "
            "China requiere una licencia.",
        ),
        (
            "Nederland scherpt exportregels aan",
            "Het kabinet heeft besloten dat voor de export van ASML-machines naar China "
            "voortaan een vergunning nodig is.",
        ),
    ],
    ids=[
        "en-new-rules",
        "en-will-from",
        "en-dated-start",
        "en-take-effect",
        "en-broadened-existing",
        "zh-decided",
        "ja-becomes",
        "ko-from",
        "de-ab-sofort",
        "es-a-partir-de-hoy",
        "nl-voortaan",
    ],
)
def test_new_or_started_duty_stays_news(analyzer: Analyzer, title: str, body: str) -> None:
    """A duty told as new, from a start, or decided keeps a main event."""
    found = events(analyzer, title, body)
    assert any(e.primary for e in found), brief(found)
    assert not any("background:standing" in e.rule for e in found if e.primary), brief(found)


def test_bare_genzai_inside_a_sentence_is_no_frame(analyzer: Analyzer) -> None:
    """Korean "현재" opens the frame only at the sentence's start, not inside an act's clause."""
    found = events(
        analyzer,
        "미국, 대중 반도체 수출 통제 강화",
        "미국 상무부는 현재 시행 중인 대중국 반도체 수출 통제를 강화한다고 밝혔다.",
    )
    assert not any("background:standing" in e.rule for e in found), brief(found)
