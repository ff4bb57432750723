"""A state invoking an emergency law or power against a firm (issue 11).

"De minister heeft bij de chipmaker Nexperia de Wet beschikbaarheid goederen ingezet":
invoking a named law or power (ingezet, invoked, angewandt, a activé, ha invocato) with
a firm in the clause is a restrict (tightening) on that firm. Contrasts: a law invoked
to justify tariffs names no firm (no new measure of this kind), a firm that invokes a
law acts for no state, and a past-perfect retelling is no news.
"""

from __future__ import annotations

import pytest

from streams.core.analyze import Analyzer
from tests.unit.sentence_kit import check, events


@pytest.mark.parametrize(
    "body",
    [
        "De minister van Economische Zaken heeft zondag bij de chipmaker Nexperia de "
        "Wet beschikbaarheid goederen ingezet.",
        "The Dutch government invoked an emergency goods law at chipmaker Nexperia on Sunday.",
        "Die niederländische Regierung hat bei Nexperia ein Notstandsgesetz angewandt.",
        "Le gouvernement néerlandais a activé une loi d'urgence contre le fabricant Nexperia.",
        "Il governo olandese ha invocato una legge di emergenza contro Nexperia.",
    ],
)
def test_an_emergency_law_invoked_at_a_firm_restricts_it(analyzer: Analyzer, body: str) -> None:
    check(analyzer, "", body, ("NL", "tightening"))
    found = [e for e in events(analyzer, "", body) if e.primary]
    assert all("Nexperia" in e.targets for e in found), found


@pytest.mark.parametrize(
    "body",
    [
        "The United States invoked Section 232 to justify the tariffs on chips.",
        "The president invoked emergency powers to justify the new tariffs.",
        "Nexperia said it would invoke the law to protect its staff.",
        "Die Niederlande hatten den Notstandsgesetz im September erstmals angewendet.",
    ],
)
def test_a_law_invoked_without_a_firm_or_by_a_firm_is_no_such_measure(
    analyzer: Analyzer, body: str
) -> None:
    check(analyzer, "", body, None)
