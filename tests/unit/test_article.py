"""The article step (``article.py``), own sentences: headline and lead, digests, stories.

Headlines and leads (a forecast headline, a body that only forecasts), digests, a later
decision on other goods kept out of an article's event (and merged where it is the same
measure), requests of firms and request headlines, share-price, loss and customs-data
stories that make a measure their context. Contrasts: the measure stated in the
headline. Written over issue 11's rounds 3 to 13.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas.article import RawArticle
from streams.core.alerts import reports_for
from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, check, check_any_actor, events

# -------------------------------------------------------------------------- digests


def test_a_digest_item_named_in_the_headline_is_news(analyzer: Analyzer) -> None:
    filler = "MARKETS. Chip shares rose for a third day as memory prices climbed. " * 12
    body = (
        filler + "\n\nENTITY LIST. Washington added 14 Chinese firms to its Entity List on "
        "Thursday, citing work on military supercomputers."
    )
    title = "Weekly wrap: memory rally and 14 names on the Entity List"
    check_any_actor(analyzer, title, body, ("US", "tightening"))


def test_a_late_mention_the_headline_does_not_name_stays_context(analyzer: Analyzer) -> None:
    filler = "MARKETS. Chip shares rose for a third day as memory prices climbed. " * 12
    body = filler + "\n\nWashington added 14 Chinese firms to its Entity List last week."
    check_any_actor(analyzer, "Weekly wrap: memory rally continues", body, None)


def test_a_headline_the_body_only_forecasts_is_no_news(analyzer: Analyzer) -> None:
    title = "消息：美将收紧存储芯片出口"
    body = "知情人士称，美国可能最早在下月进一步限制存储芯片对华出口。"
    found = events(analyzer, title, body)
    assert not [e for e in found if e.primary], brief(found)


# -------------------------------------------------------- headlines and leads


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # a headline asks only after its colon or dash
        ("Beijing approves Nvidia chip imports: a turning point?", "", ("CN", "easing")),
        ("Will Beijing approve Nvidia chip imports?", "", None),
        # a body dating the act to last week leaves the headline news
        (
            "Washington bans sales of chip design software to China",
            "The Commerce Department already issued the rule last week.",
            ("US", "tightening"),
        ),
        # a lead restated by a sourced forecast reports a report
        (
            "美, 반도체 수출 규제 강화",
            "미국 정부가 반도체 수출 규제를 강화한다. "
            "외신은 소식통을 인용해 미국이 다음 달 규제를 강화할 예정이라고 보도했다.",
            None,
        ),
        # a headline quoting someone's words
        ('업계 "정부, 반도체 수출 규제 강화해야"', "", None),
        # a future reported by anonymous sources is no decision; an official one is
        (
            "Chip curbs coming",
            "Washington is to impose new curbs on chip exports, sources say.",
            None,
        ),
        (
            "Chip curbs coming",
            (
                "Washington will impose new curbs on chip exports from Dec. 1, the "
                "Commerce Department said."
            ),
            ("US", "tightening"),
        ),
        # a past act dated by a month alone is earlier news; a day dates this week's
        ("Chip sales slump", "The US banned exports of the accelerator in April.", None),
        (
            "Chip sales slump",
            "The US banned exports of the accelerator on April 9.",
            ("US", "tightening"),
        ),
        # the object of a verb is not the actor of the curbs
        ("Washington moves to hit Beijing with new chip curbs", "", ("US", "tightening")),
    ],
)
def test_headlines_and_leads(
    analyzer: Analyzer, title: str, body: str, expected: tuple[str, str] | None
) -> None:
    check(analyzer, title, body, expected)


def test_a_forecast_headline_is_no_event_at_all(analyzer: Analyzer) -> None:
    found = events(
        analyzer,
        "Japan to tighten chip export rules",
        "Tokyo may tighten the rules as early as spring, officials said.",
    )
    assert found == [], brief(found)


# ----------------- a later decision on materials is not the article's decision on goods

EXEMPTION_ZH = (
    "商务部：已对符合条件的民用出口予以豁免",
    "商务部新闻发言人9日表示，中方已经采取切实措施，对安世半导体符合条件的民用出口予以豁免。"
    "\n\n发言人说，荷方应尽快纠正错误做法。"
    "\n\n同日，商务部还宣布，暂停实施对美国出口镓、锗、锑的管制措施。",
)


EXEMPTION_EN = (
    "Beijing exempts Nexperia's civilian chip exports from its ban",
    "China's commerce ministry said on Sunday it had exempted civilian exports of Nexperia "
    "chips from its October ban.\n\nThe ministry also said it would restore supplies quickly."
    "\n\nOn the same day, the ministry suspended its ban on exports of gallium, germanium "
    "and antimony to the United States until November 2026.",
)


MATERIALS = {"gallium", "germanium", "antimony"}


def test_a_later_decision_on_materials_stays_out_of_a_firms_exemption(
    analyzer: Analyzer,
) -> None:
    for title, body in (EXEMPTION_ZH, EXEMPTION_EN):
        found = events(analyzer, title, body)
        main = [e for e in found if e.primary]
        assert [(e.jurisdiction, e.direction) for e in main] == [("CN", "easing")], brief(found)
        assert "Nexperia" in main[0].targets, brief(found)
        assert not MATERIALS & set(main[0].products), brief(found)
        # The suspension is still read, as context of this article.
        later = [e for e in found if not e.primary and MATERIALS & set(e.products)]
        assert later and "background:other-matter" in later[0].rule, brief(found)


def test_the_report_of_a_firms_exemption_names_no_material(analyzer: Analyzer) -> None:
    title, body = EXEMPTION_ZH
    raw = RawArticle(id="x", title=title, body=body, published_at=datetime(2025, 11, 9, tzinfo=UTC))
    (report,) = reports_for(analyzer.analyze(raw, datetime(2025, 11, 9, 1, tzinfo=UTC)))
    assert report.event.targets == ["Nexperia"]
    assert not MATERIALS & set(report.event.products)


def test_statements_of_one_material_measure_still_merge(analyzer: Analyzer) -> None:
    # Contrasts: a headline that qualifies the material by "semiconductors" (a generic
    # class says nothing of kind), and a body that adds materials to the headline's.
    for title, body, named in (
        ("China to restrict exports of another mineral used in semiconductors",
         "China will restrict exports of antimony from September 15, the commerce ministry "
         "said on Thursday.\n\nShipments of antimony ore and high-purity antimony oxides "
         "will need a licence.", {"antimony"}),
        ("China suspends gallium export ban to the US",
         "China's commerce ministry on Sunday suspended its ban on exports of gallium to the "
         "United States.\n\nThe ministry also suspended the ban on germanium and antimony "
         "exports.", MATERIALS),
    ):  # fmt: skip
        found = events(analyzer, title, body)
        main = [e for e in found if e.primary]
        assert main and all("other-matter" not in e.rule for e in found), brief(found)
        assert named <= {p for e in main for p in e.products}, brief(found)


# - round 12 (European languages), class 6: lobbying, and the subject after a Dutch or German verb


@pytest.mark.parametrize(
    "body",
    [
        "De topmannen van drie chipbedrijven vroegen de regering om een pauze in nieuwe "
        "exportbeperkingen.",
        "Die Chefs der Chipkonzerne baten die Regierung um einen Aufschub neuer Exportverbote.",
        "Los directivos pidieron al Gobierno frenar nuevas restricciones a la venta de chips.",
    ],
)
def test_a_firms_request_is_no_event(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, None)


def test_a_regulators_request_to_firms_stays_guidance(analyzer: Analyzer) -> None:
    # contrast: a regulator that asks firms to stop buying issues guidance
    body = "Los reguladores chinos pidieron a las empresas que dejen de comprar chips de Nvidia."
    check(analyzer, "", body, ("CN", "tightening"))


# ------------- round 13 (European languages), class 3: share-price and loss headlines


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Les actions Nvidia chutent à Wall Street",
            "Le gouvernement américain a interdit la semaine dernière les ventes de puces H20 "
            "à la Chine.",
        ),
        (
            "Nvidia toma prejuízo com a guerra dos chips",
            "O governo dos EUA proibiu em abril a venda dos chips H20 à China.",
        ),
        (
            "Nvidia verschiebt Chipstart: Aktie gibt nach",
            "Die US-Regierung hat die Ausfuhr von H100-Chips nach China verboten.",
        ),
    ],
)
def test_a_share_price_headline_makes_the_measure_context(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


def test_a_share_price_headline_naming_the_act_as_cause_stays_news(analyzer: Analyzer) -> None:
    # contrast: the headline names the state's act after "après que"
    check(
        analyzer,
        "L'action Nvidia chute après que le gouvernement américain a restreint les ventes de "
        "puces à la Chine",
        "La société a déclaré mercredi que le gouvernement américain restreignait ses ventes "
        "de puces A100 en Chine.",
        ("US", "tightening"),
    )


# ------------- round 13 (European languages), class 6: requests


def test_a_request_headline_makes_recalled_measures_context(analyzer: Analyzer) -> None:
    check(
        analyzer,
        "Chipbosse baten die Regierung, neue Exportbeschränkungen zu stoppen",
        "Unter dem Druck der USA hat auch die Niederlande den Export von Chipmaschinen nach "
        "China beschränkt.",
        None,
    )


def test_the_same_body_under_a_measure_headline_stays_news(analyzer: Analyzer) -> None:
    # contrast: no request in the headline
    check(
        analyzer,
        "Niederlande beschränken Export von Chipmaschinen",
        "Unter dem Druck der USA hat auch die Niederlande den Export von Chipmaschinen nach "
        "China beschränkt.",
        ("NL", "tightening"),
    )


# - round 13 (European languages), class 7: trade statistics, losses with a measure as cause


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "China stoppt Ausfuhr von Germanium komplett",
            "Wegen der verschärften Exportkontrollen hat China im September kein Germanium "
            "ausgeführt. Das zeigen am Freitag veröffentlichte Zolldaten.",
        ),
        (
            "La Cina blocca l'export di gallio",
            "Secondo i dati doganali, a settembre la Cina non ha esportato gallio dopo "
            "l'introduzione delle licenze di esportazione.",
        ),
    ],
)
def test_a_story_told_from_customs_data_makes_the_controls_context(
    analyzer: Analyzer, title: str, body: str
) -> None:
    check(analyzer, title, body, None)


def test_the_customs_authority_acting_stays_news(analyzer: Analyzer) -> None:
    # contrast: the customs authority is the actor, not the source of figures
    check(
        analyzer,
        "Chinas Zollbehörde stoppt die Einfuhr von Nvidia-Chips",
        "",
        ("CN", "tightening"),
    )


def test_a_loss_headline_with_the_measure_as_its_cause_is_no_news(analyzer: Analyzer) -> None:
    check(analyzer, "AMD toma prejuízo de US$ 800 milhões com veto dos EUA à China", "", None)


def test_a_headline_stating_the_measure_before_the_loss_stays_news(analyzer: Analyzer) -> None:
    # contrast: the state's verb opens the headline
    check(
        analyzer,
        "EUA proíbem venda de chips MI308 à China; AMD toma prejuízo",
        "",
        ("US", "tightening"),
    )
