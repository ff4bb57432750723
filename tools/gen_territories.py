"""Write ``streams/catalog/territories.json``: each catalog state's name in ten languages.

The catalog names a state in the ways news writes it ("Pékin", "美方", "Dutch
government"), but a country's plain name in every language the detector reads is data
that already exists, kept and reviewed by translators: the Unicode CLDR territory names.
Hand lists missed "Zuid-Korea", "Coreia do Sul", "Países Baixos", "Reino Unido" and
"南韓" while every one of them names an acting state in the held-out news. This tool reads
CLDR through Babel (a maintained package that ships CLDR) once, for the states the
catalog lists, and writes the names the catalog does not already hold. The tagger reads
the generated file at start-up, so Babel is a development dependency only.

A name is left out when CLDR's form is an administrative one no article uses (it holds
a comma or a bracket: "Hong Kong SAR China"), when it is shorter than two letters, or
when it is named in ``EXCLUDED`` (a word of its language with another meaning).

    .venv/bin/python tools/gen_territories.py          # rewrite the table
    .venv/bin/python tools/gen_territories.py --check  # fail if it is out of date
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from schemas.catalog import alias_key  # noqa: E402
from streams.core.catalog import load_catalog  # noqa: E402
from tools.gen_inflections import render, write_or_check  # noqa: E402

OUT = ROOT / "streams" / "catalog" / "territories.json"
#: CLDR locales read, and the ``lang`` tag their names carry in the catalog. zh_Hant
#: names ("南韓", "義大利") differ in words, not only in script, from the Simplified ones.
LOCALES: dict[str, str] = {
    "en": "en",
    "de": "de",
    "fr": "fr",
    "nl": "nl",
    "es": "es",
    "it": "it",
    "pt": "pt",
    "ja": "ja",
    "ko": "ko",
    "zh": "zh",
    "zh_Hant": "zh",
}
#: Names that are also ordinary words of their language. Korean "인도" (India) is the
#: noun "handover" ("인도하다", to deliver); written without spaces inside longer words
#: it would make India the acting state of delivery news.
EXCLUDED: frozenset[str] = frozenset({"인도", "タイ"})  # タイ: inside タイプ, タイミング
#: States whose CLDR name is an administrative form in every language ("Hong Kong SAR
#: China", "中国香港特别行政区"); the catalog's own aliases name them as news does.
EXCLUDED_STATES: frozenset[str] = frozenset({"HK"})


def build() -> dict[str, dict[str, list[str]]]:
    """State code -> catalog language -> CLDR names the bundled catalog does not hold."""
    from babel import Locale  # development dependency: only this tool needs it

    catalog = load_catalog(territories={})
    taken = {alias_key(a.text) for e in catalog.entries for a in e.all_aliases()}
    taken |= {alias_key(w) for w in catalog.ordinary_words}
    out: dict[str, dict[str, list[str]]] = {}
    for entry in catalog.entries:
        if entry.type != "jurisdiction" or entry.name in EXCLUDED_STATES:
            continue
        for locale, lang in LOCALES.items():
            name = Locale.parse(locale).territories.get(entry.name)
            if not name or len(name) < 2 or any(c in name for c in ",()（）"):
                continue
            if name in EXCLUDED or alias_key(name) in taken:
                continue
            taken.add(alias_key(name))
            out.setdefault(entry.name, {}).setdefault(lang, []).append(name)
    return out


def main() -> int:
    """Rewrite the table, or with ``--check`` report whether it is up to date."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the file is stale")
    args = parser.parse_args()
    text = render(build())  # the inflection table's stable JSON layout
    return write_or_check(OUT, text, "tools/gen_territories.py", args.check)


if __name__ == "__main__":
    sys.exit(main())
