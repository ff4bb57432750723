"""Summarise a py-spy ``--format raw`` profile: where the worker's samples go.

Usage: .venv/bin/python bench/profile_summary.py PROFILE.txt [--top N]

Prints the share of samples per function (self) and per function anywhere on the
stack (inclusive), and the share per top-level bucket (idle, Faust/aiokafka, pydantic,
the core, JSON), which is what bench/README.md quotes.
"""

from __future__ import annotations

import argparse
import collections
import re

BUCKETS = [
    ("idle (select/epoll)", re.compile(r"\bselect \(selectors|_run_once.*select|\bpoll \(")),
    # The core's modules by step (the tagger and the detector were split into several).
    ("core: tagging", re.compile(r"streams/core/(tagging|tag_match|tag_result|mentions)")),
    (
        "core: detect",
        re.compile(
            r"streams/core/(detect|reading|lexicon|grammar|fields|segment|cues|actors|"
            r"objects|talk|approval|morphology|script|article)"
        ),
    ),
    ("core: hash/normalise", re.compile(r"streams/core/normalise|schemas/text")),
    ("core: near-duplicates (signature, window)", re.compile(r"streams/core/neardup|rensa")),
    ("core: bounds, analyze", re.compile(r"streams/core/(bounds|analyze)")),
    ("alerting state (alert_step)", re.compile(r"streams/core/alert")),
    ("pydantic (validate/dump)", re.compile(r"pydantic")),
    ("rocksdb table", re.compile(r"rocksdb|rocksdict")),
    ("prometheus metrics", re.compile(r"prometheus_client")),
    ("logging", re.compile(r"/logging/|pythonjsonlogger")),
    ("aiokafka", re.compile(r"aiokafka")),
    ("faust/mode", re.compile(r"faust/|mode/")),
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("profile")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    self_t: collections.Counter[str] = collections.Counter()
    incl: collections.Counter[str] = collections.Counter()
    buckets: collections.Counter[str] = collections.Counter()
    total = 0
    with open(args.profile) as handle:
        for line in handle:
            stack, _, count = line.rstrip("\n").rpartition(" ")
            n = int(count)
            frames = stack.split(";")
            total += n
            self_t[frames[-1]] += n
            for f in set(frames):
                incl[f] += n
            # A sample counts in the innermost bucket it matches (deepest frame first).
            for frame in reversed(frames):
                name = next((b for b, rx in BUCKETS if rx.search(frame)), None)
                if name:
                    buckets[name] += n
                    break
            else:
                buckets["other"] += n
    print(f"samples: {total}")
    print("\nby bucket (innermost match):")
    for name, n in buckets.most_common():
        print(f"  {100 * n / total:5.1f} %  {name}")
    print("\nself:")
    for name, n in self_t.most_common(args.top):
        print(f"  {100 * n / total:5.1f} %  {name}")
    print("\ninclusive:")
    for name, n in incl.most_common(args.top * 2):
        print(f"  {100 * n / total:5.1f} %  {name}")


if __name__ == "__main__":
    main()
