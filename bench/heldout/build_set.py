"""Build one held-out set from blind labellers' folders (the procedure of docs/detection.md).

A round makes a fresh set so: copy ``bench/heldout/BRIEF.md`` once per labeller into
``/tmp/hNNx/BRIEF.md`` with its placeholders filled (SET, LABELLER, FOLDER, LANGUAGES,
ERA: languages e.g. "en 7, de/fr/nl/es/it/pt 5 each" or "en 7, zh 12, ja 9, ko 9"; an era
is a span written out, e.g. "from 2019 to 2022": round 50's "2019 and 2026" was read by
several labellers as those two years only, and sets of one sitting then shared stories;
give the labellers of one sitting different spans),
start one helper per brief that has never seen the repository ("Read /tmp/hNNx/BRIEF.md
and follow it exactly"), then join their folders:

    python3 bench/heldout/build_set.py /tmp/lead/bNN /tmp/hNNa /tmp/hNNb ... [--used FILE]

Each item is kept once: an address (normalised: no scheme, ``www.``, query, fragment or
trailing slash) already in the dev set, in ``bench/heldout/used_urls.txt`` (the addresses of
the sets of earlier sessions, committed when a session ends, so that a machine reset loses
the sets but not the list), in ``--used`` (this session's sets, one a line; appended to) or
chosen by an earlier folder is skipped, and an item whose evidence is
not a substring of its body is dropped. Only counts are printed, so whoever builds a set
that must stay unread sees none of its texts. The sets stay out of the repository: they
hold verbatim excerpts of other people's news.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "eval-dev" / "articles.jsonl"
# Addresses only, never texts: they keep a later session's labellers off pages already used.
COMMITTED = Path(__file__).resolve().parent / "used_urls.txt"


def normal_url(url: str | None) -> str:
    """An address without scheme, ``www.``, query, fragment and trailing slash, lower case."""
    text = re.sub(r"^https?://(?:www\.)?", "", (url or "").strip().lower())
    return text.split("#")[0].split("?")[0].rstrip("/")


def rows(path: Path) -> list[dict[str, Any]]:
    """The JSON lines of one file."""
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def main() -> None:
    """Join the labellers' folders into one set folder and print its counts."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path)
    parser.add_argument("folders", type=Path, nargs="+")
    parser.add_argument("--used", type=Path, default=Path("/tmp/used_urls.txt"))
    parser.add_argument("--dev", type=Path, default=DEV)
    args = parser.parse_args()
    used = set(args.used.read_text(encoding="utf-8").split()) if args.used.exists() else set()
    used |= set(COMMITTED.read_text(encoding="utf-8").split()) if COMMITTED.exists() else set()
    used |= {normal_url(row.get("url")) for row in rows(args.dev)} if args.dev.exists() else set()
    kept_in: list[dict[str, Any]] = []
    kept_gold: list[dict[str, Any]] = []
    skipped: Counter[str] = Counter()
    for folder in args.folders:
        gold = {str(row["id"]): row for row in rows(folder / "gold.jsonl")}
        for item in rows(folder / "input.jsonl"):
            url, label = normal_url(item.get("url")), gold.get(str(item["id"]))
            if label is None or not url or url in used:
                skipped["no label" if label is None else "address used"] += 1
                continue
            if any(e.get("evidence", "") not in item["body"] for e in label.get("events", [])):
                skipped["evidence not in body"] += 1
                continue
            used.add(url)
            kept_in.append(item)
            kept_gold.append(label)
            with args.used.open("a", encoding="utf-8") as handle:
                handle.write(url + "\n")
    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in (("input.jsonl", kept_in), ("gold.jsonl", kept_gold)):
        text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in data)
        (args.out / name).write_text(text, encoding="utf-8")
    policy = sum(1 for row in kept_gold if row.get("is_policy_change"))
    untitled = sum(1 for row in kept_in if not row.get("title"))
    langs = dict(Counter(str(row.get("lang")) for row in kept_in))
    print(
        f"{args.out}: {len(kept_in)} items, {policy} policy, {untitled} untitled; {langs}; "
        f"skipped {dict(skipped)}"
    )


if __name__ == "__main__":
    main()
