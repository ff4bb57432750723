"""On what: the products, targets and flow of a read predicate.

Products are the chips and equipment of the clause (else the sentence) and the product
classes named there ("gallium", "chipmaking equipment"); a generic class ("advanced
chips") only when nothing more specific is named. Targets are the clause's firms. The
flow is the nearest flow cue ("exports", "purchases", "acquisition"), else the
predicate's own, else the acting jurisdiction's default; a tariff's is import unless an
export duty is named.
"""

from __future__ import annotations

from schemas.article import Flow
from streams.core.fields import CONTEXT, Site, within
from streams.core.lexicon import Lexicon, normal

__all__ = ["Objects"]


class Objects:
    """Finds products, targets and flow around a read predicate."""

    def __init__(self, lexicon: Lexicon) -> None:
        """Keep the compiled lexicon (flow cues, product classes)."""
        self.lex = lexicon

    def flow(self, site: Site, default: Flow | None, jurisdiction: str, action: str = "") -> Flow:
        """Nearest flow cue in the clause, then the sentence, then the defaults.

        A tariff (``action``) taxes goods entering the taxing state: "tariffs on Chinese
        exports" names the other side's exports, so only an export duty's own words in
        the clause make it an export measure.
        """
        lex = self.lex
        text, mention, sentence = site.text, site.mention, site.sentence
        if action == "tariff":
            found = lex.export_duty.search(text, site.clause_lo, site.clause_hi)
            return "export" if found else "import"
        # The nearest cue inside the clause wins, else the nearest in the rest of the
        # sentence: the clause is searched first (most predicates find their cue there).
        lo = max(sentence.start, mention.start - CONTEXT)
        hi = min(sentence.end, mention.end + CONTEXT)
        clause = (max(lo, site.clause_lo), min(hi, site.clause_hi))
        # A clause as wide as the window: the second search would find what the first did.
        for a, b in (clause,) if clause == (lo, hi) else (clause, (lo, hi)):
            best: tuple[int, Flow] | None = None
            for cue in lex.flow_re.finditer(text, a, b):
                distance = abs(cue.start() - mention.start)
                if best is not None and distance >= best[0]:
                    continue
                key = normal(cue.group())
                flow = lex.flow_of.get(key) or next(
                    (f for stem, f in lex.flow_stems if key.startswith(stem)), None
                )
                if flow is not None:
                    best = (distance, flow)
            if best is not None:
                return best[1]
        if default is not None:
            return default
        defaults = lex.patterns.default_flow
        return defaults.get(jurisdiction, defaults["*"])

    def exports_in_clause(self, site: Site) -> bool:
        """Whether the predicate's clause names exports ("export approvals for ... fabs").

        An approval of exports to a plant is trade policy, not the approval of a plant.
        """
        lex = self.lex
        for cue in lex.flow_re.finditer(site.text, site.clause_lo, site.clause_hi):
            key = normal(cue.group())
            flow = lex.flow_of.get(key) or next(
                (f for stem, f in lex.flow_stems if key.startswith(stem)), None
            )
            if flow == "export":
                return True
        return False

    def products(self, site: Site) -> tuple[list[str], bool, bool]:
        """Chips, equipment and product classes of the clause (else the sentence).

        Returns the products, whether a catalog chip or tool is named, and whether only
        generic classes were found.
        """
        lex = self.lex
        item, sentence = site.item, site.sentence
        for lo, hi in ((site.clause_lo, site.clause_hi), (sentence.start, sentence.end)):
            named = [m.name for m in within(item.chips, lo, hi)]
            named += [m.name for m in within(item.equipment, lo, hi)]
            chips = list(dict.fromkeys(named))
            classes = [lex.class_of.get(normal(m.text), "") for m in within(item.products, lo, hi)]
            classes = [c for c in dict.fromkeys(classes) if c and c not in chips]
            if chips or classes:
                specific = [c for c in classes if c not in lex.generic]
                if chips or specific:
                    return [*chips, *specific], bool(chips), False
                return classes, False, True
        return [], False, False

    @staticmethod
    def targets(site: Site) -> list[str]:
        """The firms of the trigger's clause, in order of first mention."""
        found = within(site.item.firms, site.clause_lo, site.clause_hi)
        return list(dict.fromkeys(m.name for m in found))
