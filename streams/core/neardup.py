"""Near-duplicate articles: MinHash over shingles, LSH over a bounded window of recent ones.

Exact dedupe (``streams.core.dedupe``) drops byte-identical copies. A wire story re-run
by many sites differs in its headline, a trimmed last paragraph, a site's boilerplate or
a correction line; each such copy is one report, not another source. Here every
article's shingle set gets a MinHash signature; an LSH index over the signatures of the
articles of a bounded window (by count and by age) finds the earlier articles that may
be near-duplicates, and their estimated Jaccard similarity decides. An article whose
best match reaches the threshold joins that article's *cluster*: ``near_duplicate_of``
names the first article of the cluster. docs/near-duplicates.md has the measurements
behind the threshold, the library choice and the partitioning.

* **Shingles**: word 3-grams within each paragraph (the title is a paragraph), so that
  reordered paragraphs keep their shingles; CJK text (Han, kana) is cut into characters,
  which then make character 3-grams (no spaces to split words on). Text is NFKC-folded,
  case-folded, punctuation becomes space, Traditional Chinese is folded to Simplified.
* **Signatures** are computed by rensa's R-MinHash with a fixed permutation count and
  seed, so the same text gives the same signature on every worker, in every restart,
  and in ``scan``/``backtest``. A signature is stored as rensa's own serialised form,
  which names rensa's algorithm version; ``SCHEME`` names everything that changes a
  signature, and an index ignores stored entries of another scheme (an upgrade of the
  algorithm starts the window anew rather than comparing incomparable signatures).
* **The index** (``NearDupIndex``) is the state of the step: the window's entries in
  arrival order, rensa's LSH over their signatures and the open clusters' sizes. It is
  an in-memory structure updated in place (copying 100,000 signatures per article
  would cost a thousand times the step); the table it mirrors is the durable truth,
  and ``NearDupIndex.load`` rebuilds it from the table's entries. ``neardup_step``
  returns what the shell must write to the table: the entry to store, the ids that
  left the window.

Pure: no I/O, no clock (``now`` comes in as an argument).
"""

from __future__ import annotations

import base64
import re
import string
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from pydantic import BaseModel
from rensa import RMinHash, RMinHashLSH

from streams.core.script import script_folder

#: Signature slots. 128 x 32-bit values: the Jaccard estimate's standard error is
#: ~0.044 at 0.5 (docs/near-duplicates.md measures 64 against 128).
NUM_PERM = 128
#: LSH bands of NUM_PERM / NUM_BANDS = 4 rows: a pair with Jaccard 0.6 shares a band
#: with probability 0.988, 0.7 with 0.99995, a typical unrelated pair (0.03) with 3e-5.
NUM_BANDS = 32
#: Fixed, never derived from the process: signatures must match across workers and restarts.
SEED = 20_261_115
#: Words (CJK: characters) per shingle.
SHINGLE_WORDS = 3
#: Everything that changes a signature: stored entries of another scheme are ignored.
SCHEME = f"rensa-rminhash-v{RMinHash.ALGORITHM_VERSION}/p{NUM_PERM}/s{SEED}/k{SHINGLE_WORDS}"
#: At most this many LSH candidates are verified per article (the newest ones): a feed
#: of near-identical boilerplate pages must not make one article cost a window scan.
MAX_CANDIDATES = 256

# Punctuation becomes space; "_" stays a word character as in the regex path (\w).
_ASCII_PUNCT = bytes.maketrans(
    string.punctuation.replace("_", "").encode(),
    b" " * (len(string.punctuation) - 1),
)
_PUNCT = re.compile(r"[^\w\s]+")
# Scripts written without spaces between words: each character is a token.
_CJK_RANGES = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK = re.compile(f"[{_CJK_RANGES}]")


def _paragraph_tokens(text: str) -> list[list[str]]:
    """Return the tokens of each line of ``text`` (NFKC, case-folded, no punctuation)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    if text.isascii():
        # The common case, 3x faster than the regex: a byte table and str.split.
        text = text.encode("ascii").translate(_ASCII_PUNCT).decode("ascii")
    else:
        text = _PUNCT.sub(" ", text)
        if _CJK.search(text):
            text = _CJK.sub(r" \g<0> ", script_folder().fold(text))
    return [line.split() for line in text.split("\n")]


def shingles(title: str, body: str) -> list[str]:
    """Return the shingles of an article: word (CJK: character) 3-grams per paragraph.

    A paragraph shorter than a shingle is one shingle. Duplicates may repeat (MinHash
    is a function of the set).
    """
    out: list[str] = []
    k = SHINGLE_WORDS
    for tokens in _paragraph_tokens(title + "\n" + body):
        if len(tokens) >= k:
            out += map(" ".join, zip(*(tokens[i:] for i in range(k)), strict=False))
        elif tokens:
            out.append(" ".join(tokens))
    return out


def signature(title: str, body: str) -> RMinHash | None:
    """Return the MinHash signature of an article, or None when it has no words at all."""
    grams = shingles(title, body)
    if not grams:
        return None
    sig = RMinHash(num_perm=NUM_PERM, seed=SEED)
    sig.update(grams)
    return sig


def encode_signature(sig: RMinHash) -> str:
    """Return a signature as text (base64 of rensa's versioned serialised form)."""
    return base64.b64encode(sig.__getstate__()).decode("ascii")


def decode_signature(text: str) -> RMinHash:
    """Return the signature ``encode_signature`` wrote; ValueError if it is unreadable.

    rensa's serialised form starts with its algorithm version and rensa refuses another
    version's; the caller also checks ``SCHEME``.
    """
    sig = RMinHash.__new__(RMinHash, NUM_PERM, SEED)
    try:
        sig.__setstate__(base64.b64decode(text, validate=True))
    except Exception as err:  # rensa raises its own error types for a foreign blob
        raise ValueError(f"unreadable signature: {err}") from err
    return sig


class IndexEntry(BaseModel):
    """One article of the window: the near-duplicate table's value (key: the article id)."""

    article_id: str
    cluster: str  # the first article of its cluster (its own id when it started one)
    similarity: float | None = None  # to the closest earlier member; None for a first
    member: int = 1  # 1 for the first article of a cluster, then 2, 3, ...
    seq: int  # arrival order in the index: rebuilds keep the order, expiry follows it
    seen_at: float  # epoch seconds: the article's ingest time (the step's clock)
    scheme: str = SCHEME
    signature: str | None = None  # encode_signature; None for an article without words


@dataclass(frozen=True, slots=True)
class NearDupConfig:
    """Near-duplicate knobs, from settings."""

    threshold: float = 0.5  # estimated Jaccard at or above which two articles are copies
    window_articles: int = 100_000  # the index keeps at most this many articles
    window_seconds: float = 3 * 86_400.0  # ... and none older than this


@dataclass(frozen=True, slots=True)
class NearDupResult:
    """The outcome for one article, and what the shell writes to the table."""

    entry: IndexEntry  # store under the article id (the same entry again for a redelivery)
    expired: tuple[str, ...]  # article ids that left the window: delete them
    closed_sizes: tuple[int, ...]  # sizes of clusters whose last member left the window
    redelivered: bool  # the article was in the window already: nothing changed

    @property
    def near_duplicate_of(self) -> str | None:
        """The first article of the cluster, or None when this article started it."""
        return None if self.entry.member == 1 else self.entry.cluster

    @property
    def similarity(self) -> float | None:
        """Estimated Jaccard similarity to the closest earlier article of the cluster."""
        return self.entry.similarity


@dataclass(slots=True)
class _Open:
    """A cluster with members in the window."""

    in_window: int
    size: int  # members ever (those that left the window included)


class NearDupIndex:
    """The window: entries in arrival order, their LSH index, and the open clusters."""

    def __init__(self) -> None:
        """Start empty."""
        self._reset()

    def _reset(self) -> None:
        self.entries: dict[str, IndexEntry] = {}  # article id -> entry, in seq order
        self._sigs: dict[int, RMinHash] = {}  # seq -> signature
        self._ids: dict[int, str] = {}  # seq -> article id
        self._lsh = RMinHashLSH(threshold=0.5, num_perm=NUM_PERM, num_bands=NUM_BANDS)
        self._open: dict[str, _Open] = {}
        self.next_seq = 1

    def __len__(self) -> int:
        """Articles in the window."""
        return len(self.entries)

    def load(self, entries: Iterable[IndexEntry]) -> int:
        """Rebuild from stored entries (any order); return how many of another scheme were skipped.

        The order of arrival comes back from ``seq``; cluster sizes from the highest
        ``member`` still in the window.
        """
        self._reset()
        skipped = 0
        for entry in sorted(entries, key=lambda e: e.seq):
            if entry.scheme != SCHEME:
                skipped += 1
                continue
            sig = None
            if entry.signature is not None:
                try:
                    sig = decode_signature(entry.signature)
                except ValueError:
                    skipped += 1
                    continue
            self.add(entry, sig)
        return skipped

    def add(self, entry: IndexEntry, sig: RMinHash | None) -> None:
        """Put an entry (the newest) into the window."""
        self.entries[entry.article_id] = entry
        self.next_seq = max(self.next_seq, entry.seq + 1)
        if sig is not None:
            self._sigs[entry.seq] = sig
            self._ids[entry.seq] = entry.article_id
            self._lsh.insert(entry.seq, sig)
        cluster = self._open.get(entry.cluster)
        if cluster is None:
            self._open[entry.cluster] = _Open(in_window=1, size=entry.member)
        else:
            cluster.in_window += 1
            cluster.size = max(cluster.size, entry.member)

    def _remove(self, article_id: str) -> int | None:
        """Drop one entry; return its cluster's size if that was the cluster's last member."""
        entry = self.entries.pop(article_id)
        if self._sigs.pop(entry.seq, None) is not None:
            del self._ids[entry.seq]
            self._lsh.remove(entry.seq)
        cluster = self._open[entry.cluster]
        cluster.in_window -= 1
        if cluster.in_window == 0:
            del self._open[entry.cluster]
            return cluster.size
        return None

    def expire(self, now: float, config: NearDupConfig) -> tuple[list[str], list[int]]:
        """Drop entries older than the window or beyond its count, oldest first.

        Return the ids dropped and the sizes of the clusters that closed. Arrival order
        is nearly time order (articles of several input partitions interleave), so an
        entry behind a younger one leaves when that one does, or by count.
        """
        horizon = now - config.window_seconds
        gone: list[str] = []
        closed: list[int] = []
        while self.entries:
            oldest = next(iter(self.entries.values()))
            if oldest.seen_at >= horizon and len(self.entries) <= config.window_articles:
                break
            gone.append(oldest.article_id)
            size = self._remove(oldest.article_id)
            if size is not None:
                closed.append(size)
        return gone, closed

    def best_match(self, sig: RMinHash, threshold: float) -> tuple[IndexEntry, float] | None:
        """Return the closest article at or above ``threshold``, with its similarity.

        Ties go to the earlier article. At most ``MAX_CANDIDATES`` (the newest) are verified.
        """
        candidates = sorted(self._lsh.query(sig))[-MAX_CANDIDATES:]
        best: tuple[IndexEntry, float] | None = None
        for seq in candidates:
            score = float(sig.jaccard(self._sigs[seq]))
            if score >= threshold and (best is None or score > best[1]):
                best = (self.entries[self._ids[seq]], score)
        return best

    def cluster_size(self, cluster: str) -> int:
        """Members of an open cluster so far (0 when it has none in the window)."""
        found = self._open.get(cluster)
        return found.size if found else 0


def neardup_step(
    index: NearDupIndex,
    article_id: str,
    sig: RMinHash | None,
    now: float,
    config: NearDupConfig,
) -> tuple[NearDupIndex, NearDupResult]:
    """Place one article: a member of an earlier article's cluster, or the first of its own.

    - the window first drops what is older than ``config.window_seconds`` before
      ``now`` (the article's ingest time) and what is beyond ``window_articles``;
    - an article already in the window (a redelivery or replay) gets its stored
      answer again and changes nothing;
    - otherwise the LSH candidates are verified by estimated Jaccard similarity; the
      best at or above the threshold makes the article a member of its cluster;
    - an article without words (``sig`` None) starts its own cluster and is never a
      candidate.
    The index is updated in place and returned (see the module docstring).
    """
    known = index.entries.get(article_id)
    if known is not None:
        return index, NearDupResult(entry=known, expired=(), closed_sizes=(), redelivered=True)
    gone, closed = index.expire(now, config)
    match = index.best_match(sig, config.threshold) if sig is not None else None
    seq = index.next_seq
    encoded = encode_signature(sig) if sig is not None else None
    if match is None:
        entry = IndexEntry(
            article_id=article_id, cluster=article_id, seq=seq, seen_at=now, signature=encoded
        )
    else:
        closest, score = match
        entry = IndexEntry(
            article_id=article_id,
            cluster=closest.cluster,
            similarity=round(score, 4),
            member=index.cluster_size(closest.cluster) + 1,
            seq=seq,
            seen_at=now,
            signature=encoded,
        )
    index.add(entry, sig)
    # The new article may itself be beyond the count (window of one): keep the bound.
    more_gone, more_closed = index.expire(now, config)
    return index, NearDupResult(
        entry=entry,
        expired=(*gone, *more_gone),
        closed_sizes=(*closed, *more_closed),
        redelivered=False,
    )
