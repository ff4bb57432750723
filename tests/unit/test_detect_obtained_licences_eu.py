"""A licence a firm says it obtained, in six European languages (round 36, issue 11).

"a obtenu des licences", "obtuvo las licencias", "ha ottenuto le licenze", "obteve
licenças", "hat die Lizenzen erhalten", "heeft vergunningen gekregen" and the passive
"se le concedieron" relay the issuing state's grant (`license_received`,
`license_received_final`): license, easing, by the issuer named after the licence.
Asking for one ("sollicite", "solicita", "beantragt", "vraagt aan"), hoping for one
("espera obtener", "spera di ottenere": `modal_lemmas`), a duty to get one, a future
(the Romance infinitives and futures are not forms of these groups) and a licence not
obtained are no event.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import brief, events, main_of

OBTAINED = (
    "Selon la société, Nvidia a obtenu des licences d'exportation du gouvernement américain "
    "pour livrer ses puces H20 en Chine.",
    "Nvidia obtuvo las licencias de exportación de Estados Unidos para vender sus chips H20 "
    "en China.",
    "Nvidia ha ottenuto le licenze di esportazione dagli Stati Uniti per vendere i chip H20 "
    "in Cina.",
    "A Nvidia obteve licenças de exportação dos Estados Unidos para vender os chips H20 à China.",
    "Nvidia hat die Lizenzen für den Export seiner H20-Chips nach China von der US-Regierung "
    "erhalten.",
    "Nvidia heeft vergunningen gekregen van de Amerikaanse regering om H20-chips naar China "
    "te exporteren.",
    "A Nvidia se le concedieron las licencias de exportación de Estados Unidos para sus chips "
    "H20 destinados a China.",
    "Nvidia a obtenu des licences d'exportation américaines pour ses puces H20 vers la Chine.",
)

NOT_OBTAINED = (
    "Nvidia sollicite des licences d'exportation auprès du gouvernement américain pour ses "
    "puces H20 vers la Chine.",
    "Nvidia solicita licencias de exportación a Estados Unidos para sus chips H20 a China.",
    "Nvidia hat beim US-Handelsministerium Lizenzen für den Export von H20-Chips nach China "
    "beantragt.",
    "Nvidia vraagt vergunningen aan bij de Amerikaanse regering voor de export van H20-chips "
    "naar China.",
    "Nvidia ha chiesto le licenze di esportazione agli Stati Uniti per i chip H20 in Cina.",
    "A Nvidia pediu licenças de exportação aos Estados Unidos para os chips H20 à China.",
    "Die Unternehmen müssen eine Genehmigung der US-Regierung erhalten, bevor sie H20-Chips "
    "nach China liefern.",
    "Nvidia hofft, die Lizenzen für den Export von H20-Chips bald zu erhalten.",
    "Les exportateurs doivent obtenir une licence du gouvernement américain pour vendre des "
    "puces H20 à la Chine.",
    "Nvidia espera obtener las licencias de exportación de Estados Unidos para vender sus "
    "chips H20 a China.",
    "Nvidia spera di ottenere le licenze di esportazione dagli Stati Uniti per i chip H20.",
    "Nvidia espère obtenir des licences d'exportation du gouvernement américain pour ses "
    "puces H20.",
    "Nvidia obtiendra des licences d'exportation du gouvernement américain, selon des analystes.",
    "Taïwan a ajouté Huawei à sa liste de contrôle. La décision oblige les entreprises "
    "taïwanaises à obtenir l'autorisation du gouvernement avant d'exporter.",
    "Nvidia heeft nog geen vergunningen gekregen van de Amerikaanse regering voor de H20-chips.",
    "Nvidia n'a pas obtenu de licences d'exportation du gouvernement américain pour ses puces H20.",
)


@pytest.mark.parametrize("body", OBTAINED)
def test_a_licence_obtained_is_the_issuers_grant(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert ("US", "easing") in main_of(found), brief(found)
    assert all(e.jurisdiction != "CN" for e in found), brief(found)  # the destination


@pytest.mark.parametrize("body", NOT_OBTAINED)
def test_a_licence_asked_for_owed_or_missing_is_no_grant(analyzer: Analyzer, body: str) -> None:
    found = events(analyzer, "", body)
    assert not any(e.direction == "easing" for e in found), brief(found)
