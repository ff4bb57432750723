"""What an alert says: its title and summary in English, and its severity.

Pure functions of a policy event; the alert step (``streams.core.alerts``) calls them
when it builds an alert, and the pattern file's ``actions`` override the verbs.
"""

from __future__ import annotations

from collections.abc import Mapping

from schemas.alert import Severity
from schemas.article import PolicyEvent

__all__ = ["ACTION_PAST", "COUNTRY_NAMES", "FLOW_NOUN", "describe", "severity"]

COUNTRY_NAMES = {
    "US": "The US", "CN": "China", "NL": "The Netherlands", "JP": "Japan",
    "KR": "South Korea", "TW": "Taiwan", "EU": "The EU", "DE": "Germany",
    "GB": "The UK", "FR": "France", "IN": "India", "SG": "Singapore",
    "MY": "Malaysia", "VN": "Vietnam", "AE": "The UAE", "SA": "Saudi Arabia",
    "RU": "Russia", "IL": "Israel",
}  # fmt: skip

# Default alert-title wording; the pattern file's `actions` (AlertConfig.action_titles)
# overrides it and adds new actions without code.
ACTION_PAST = {
    "approve": "approved", "ban": "banned", "halt": "halted", "restrict": "restricted",
    "relax": "relaxed", "license": "licensed", "investigate": "opened a probe into",
    "sanction": "sanctioned", "tariff": "put tariffs on", "summon": "summoned firms over",
}  # fmt: skip

FLOW_NOUN = {
    "export": "exports", "import": "imports", "purchase": "purchases", "sale": "sales",
    "investment": "investment", "other": "trade",
}  # fmt: skip


def severity(event: PolicyEvent, reversal: bool) -> Severity:
    """Score an event; the rule is documented in the README.

    +2 a reversal of the last known direction; +1 the actor is the US or China (the two
    whose chip rules move the market); +1 three or more named firms; +1 confidence at
    least 0.8. Then 0-1 low, 2 medium, 3 high, 4+ critical.
    """
    score = (2 if reversal else 0) + (1 if event.jurisdiction in {"US", "CN"} else 0)
    score += 1 if len(event.targets) >= 3 else 0
    score += 1 if event.confidence >= 0.8 else 0
    if score >= 4:
        return "critical"
    if score == 3:
        return "high"
    if score == 2:
        return "medium"
    return "low"


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def describe(
    event: PolicyEvent,
    reversal: bool,
    previous: str | None,
    titles: Mapping[str, str] = ACTION_PAST,
) -> tuple[str, str]:
    """Return a human title and summary in English for ``event``."""
    actor = COUNTRY_NAMES.get(event.jurisdiction, event.jurisdiction)
    products = _join(event.products) or "chips"
    verb = titles.get(event.action) or ACTION_PAST.get(event.action) or event.action
    title = f"{actor} {verb} {FLOW_NOUN.get(event.flow, event.flow)} of {products}"
    if event.targets:
        title += f" ({_join(event.targets)})"
    summary = (
        f"{actor} {'eased' if event.direction == 'easing' else 'tightened'} "
        f"{event.flow} rules on {products}."
    )
    if reversal and previous:
        summary += f" This reverses the earlier {previous}."
    summary += f' Evidence: "{event.evidence}"'
    return title, summary
