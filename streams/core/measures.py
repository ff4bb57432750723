"""What a measure is on: raw materials, or goods (chips, tools, a firm's products).

A state's measure on a material (gallium, rare earths: the pattern file's product classes
marked ``material: true``) and its measure on chips, chipmaking tools or one firm's
products are two measures, even when they are taken the same day by the same ministry in
the same direction: China's exemption for Nexperia's civil chip exports and its
suspension of the gallium ban to the US (both 9 November 2025) are two decisions, two
stories, told in one article. The article judge (``article.py``) keeps them apart inside
an article and the alert step (``alert_groups.py``) across articles, with this one test.

How outlets word one measure varies (H200, "advanced AI chips", none; a list of
materials in any order); what kind of thing it is on does not. So the kind is read
loosely: named products decide; a report without them is on goods when it names a firm
as its target; a report that names nothing, or both kinds, fits either. A generic chip
class ("advanced chips") says nothing: it is read from "semiconductors" and "chips",
which also qualify materials ("another critical mineral used in semiconductors",
"반도체 소재", "半导体材料").
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Literal

__all__ = ["Matter", "matter", "other_matter"]

Matter = Literal["material", "goods"]


def matter(
    products: Iterable[str],
    targets: Collection[str],
    generic: Collection[str],
    materials: Collection[str],
) -> Matter | None:
    """What ``products`` and ``targets`` say a measure is on; ``None`` when unsure.

    Named (non-generic) products decide: all materials -> ``"material"``, none ->
    ``"goods"``, both -> ``None``. Without named products, a target firm says goods;
    a generic class alone or nothing at all says nothing.
    """
    named = [p for p in products if p not in generic]
    if named:
        on_materials = [p in materials for p in named]
        if all(on_materials):
            return "material"
        return None if any(on_materials) else "goods"
    return "goods" if targets else None


def other_matter(one: Matter | None, two: Matter | None) -> bool:
    """Whether two measures are known to be on different kinds of things."""
    return one is not None and two is not None and one != two
