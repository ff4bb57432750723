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
  reordered paragraphs keep their shingles; CJK text (Han, kana: no spaces to split
  words on) makes character 3-grams of its letters, a break mark standing for what lies
  between them (``_cjk_cut``). Text is NFKC-folded, case-folded, punctuation
  becomes space, Traditional Chinese is folded to Simplified.
* **Signatures** are computed by rensa's R-MinHash with a fixed permutation count and
  seed, so the same text gives the same signature on every worker, in every restart,
  and in ``scan``/``backtest``. Word shingles go to rensa as strings; CJK 3-grams as
  64-bit values cut from the text's UTF-16 bytes in C (a string per character would
  cost more than the rest of the article's work). A signature is stored as rensa's own
  serialised form, which names rensa's algorithm version; ``SCHEME`` names everything
  that changes a signature, and an index compares no signature of another scheme (an
  upgrade of the algorithm or of the cut starts the window anew rather than comparing
  incomparable signatures; ``NearDupIndex.load`` says what becomes of the old entries).
* **The index** (``NearDupIndex``) is the state of the step: the window's entries in
  arrival order, their signatures, rensa's LSH over them and the open clusters' sizes.
  It is an in-memory structure updated in place (copying 100,000 signatures per article
  would cost a thousand times the step); the table it mirrors is the durable truth, and
  ``NearDupIndex.load`` rebuilds it from the table's entries. ``neardup_step`` returns
  what the shell must write to the table: the entry to store, the ids that left the
  window. Entries are kept as tuples of plain values and rensa objects (no model
  objects): ~3.9 KB per article, most of it rensa's LSH buckets, and nothing the garbage
  collector has to walk.

Pure: no I/O, no clock (``now`` comes in as an argument).
"""

from __future__ import annotations

import base64
import contextlib
import functools
import re
import unicodedata
from array import array
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from pydantic import BaseModel
from rensa import RMinHash, RMinHashLSH

from streams.core.normalise import nfkc
from streams.core.script import script_folder

#: Signature slots. 128 x 32-bit values: the Jaccard estimate's standard error is
#: ~0.044 at 0.5 (docs/near-duplicates.md measures 64 against 128).
NUM_PERM = 128
#: LSH bands of NUM_PERM / NUM_BANDS = 4 rows: a pair with Jaccard 0.6 shares a band
#: with probability 0.988, 0.7 with 0.99995, a typical unrelated pair (0.03) with 3e-5.
NUM_BANDS = 32
#: Fixed, never derived from the process: signatures must match across workers and restarts.
SEED = 20_261_115
#: Words (CJK: characters) per shingle. Fixed: ``_words`` and ``_cjk_hashes`` cut 3-grams.
SHINGLE_WORDS = 3
#: How CJK text is cut and hashed: 1 = 3-grams of each run as strings (until 2026-11),
#: 2 = 3-grams of the marked CJK sequence as packed code units (``_cjk_hashes``).
CJK_CUT = 2
#: Everything that changes a signature: stored entries of another scheme are ignored.
SCHEME = (
    f"rensa-rminhash-v{RMinHash.ALGORITHM_VERSION}/p{NUM_PERM}/s{SEED}/k{SHINGLE_WORDS}"
    f"/cjk{CJK_CUT}"
)
#: At most this many LSH candidates are verified per article (the newest ones): a feed
#: of near-identical boilerplate pages must not make one article cost a window scan.
MAX_CANDIDATES = 256

# Punctuation becomes space: what is neither a word character (\w: "_" is one) nor
# space. ASCII by a byte table (also on UTF-8, whose other bytes it leaves alone), the
# rest by a regex.
_ASCII_BREAKS = bytes(c for c in range(128) if not re.match(r"[\w\s]", chr(c)))
_ASCII_PUNCT = bytes.maketrans(_ASCII_BREAKS, b" " * len(_ASCII_BREAKS))
_OTHER_PUNCT = re.compile(r"[^\x00-\x7f\w\s]+")
_ASCII_BYTES = bytes(range(128))
# Typeset punctuation NFKC keeps (curly quotes, dashes): a space instead, the same word
# break, and English text that has nothing else beyond ASCII takes the ASCII path.
_TYPESET = "\u2018\u2019\u201c\u201d\u2013\u2014"
# Scripts written without spaces between words: their text makes character shingles.
_CJK_RANGES = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK = re.compile(f"[{_CJK_RANGES}]")
# The word characters (\w) of those ranges (a unit test checks the list): the letters of
# the CJK sequence. All in the Basic Multilingual Plane: one UTF-16 unit each.
_CJK_LETTERS = (
    "\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufa6d\ufa70-\ufad9"
)
# Within a line, a stretch of anything else (space, punctuation, Latin words, digits),
# from its first character that is not MARK (``_cjk_cut``); and the commonest stretches
# of Chinese text, which become MARK before it.
_NOT_CJK_NOR_MARK = re.compile(f"([^{_CJK_LETTERS}\n\0][^{_CJK_LETTERS}\n]*)")
_STOPS = (",", "\u3001", "\u3002")  # the comma (NFKC of "，"), "、" and "。"
# A stretch's words: from its first word character to its end (in stretches, one a line).
_WORD_RUN = re.compile(r"\w.*")
#: The break mark of a CJK sequence (one within a line, two at a paragraph's ends).
MARK = "\0"


def _beyond_ascii(utf8: bytes) -> str:
    """The characters of UTF-8 text beyond ASCII, in order (their bytes are all >= 0x80)."""
    return utf8.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")


def _has_cjk(text: str) -> bool:
    """Whether an NFKC-folded text has a character of the CJK ranges.

    CJK text shows one at once; a Latin text with an accent would be scanned whole by
    the regex (11 µs for 4 KB), so only its characters beyond ASCII are (4 µs).
    """
    if text.isascii():
        return False
    if _CJK.search(text, 0, 64):
        return True
    return _CJK.search(_beyond_ascii(text.encode("utf-8", "surrogatepass"))) is not None


@functools.lru_cache(maxsize=4096)
def _settled(char: str) -> bool:
    """Whether NFKC leaves ``char`` as it is wherever it stands (NFKC_QC = Yes, a starter).

    Such a character is NFKC on its own, is no combining mark and composes with nothing
    before it. The last is known without Unicode's composition table below U+0900 and in
    U+2000..U+2BFF (punctuation, currency, symbols): every character that can end a
    composition and is a starter lies elsewhere (a unit test checks it against
    ``unicodedata``); elsewhere the answer is no. Cached: a text has few distinct ones.
    """
    return (
        (char < "\u0900" or "\u2000" <= char < "\u2c00")
        and not unicodedata.combining(char)
        and unicodedata.normalize("NFKC", char) == char
    )


def _text(title: str, body: str) -> tuple[str, bool]:
    """The article's text NFKC-folded, typeset marks as spaces; and whether it has CJK letters.

    Typeset marks (``_TYPESET``) are starters NFKC keeps and that compose with nothing, as
    is the space: replacing them before NFKC gives what replacing them after gives, and
    English that has nothing else beyond ASCII takes the ASCII path from here. Other
    Latin text is NFKC already when each of its characters beyond ASCII is ``_settled``
    (the quick check, on the few such characters instead of the whole text: 4 µs less).
    """
    text = title + "\n" + body
    if text.isascii():
        return text, False
    for mark in _TYPESET:
        if mark in text:
            text = text.replace(mark, " ")
    if text.isascii():
        return text, False
    if not _CJK.search(text, 0, 64):
        beyond = _beyond_ascii(text.encode("utf-8", "surrogatepass"))
        if all(map(_settled, set(beyond))):
            return text, _CJK.search(beyond) is not None
    text = nfkc(text)
    return text, _has_cjk(text)


def _word_shingles(text: str) -> list[str]:
    """Word 3-grams of an NFKC-folded text without CJK letters, per paragraph (line)."""
    text = text.casefold()
    if text.isascii():
        # The common case, 3x faster than the regex: a byte table and str.split.
        text = text.encode("ascii").translate(_ASCII_PUNCT).decode("ascii")
    else:
        # ASCII punctuation in C on the UTF-8 bytes; the regex sees only the rest
        # (over every punctuation mark it cost 2x as much).
        raw = text.encode("utf-8", "surrogatepass").translate(_ASCII_PUNCT)
        text = raw.decode("utf-8", "surrogatepass")
        if _OTHER_PUNCT.search(_beyond_ascii(raw)):  # accented letters need no regex
            text = _OTHER_PUNCT.sub(" ", text)
    out: list[str] = []
    for tokens in filter(None, map(str.split, text.split("\n"))):
        # Three slices written out: the generic zip(*(tokens[i:] ...)) cost 1.3x; and
        # inline (a function call per paragraph cost 3 µs on Chinese with Latin words).
        if len(tokens) >= 3:
            out += map(" ".join, zip(tokens, tokens[1:], tokens[2:], strict=False))
        else:
            out.append(" ".join(tokens))
    return out


def _cjk_cut(text: str) -> tuple[str, list[str]]:
    """Return the CJK sequence of an NFKC-folded text and the word 3-grams around it.

    The sequence: the text's CJK letters, Traditional folded to Simplified; within a line
    every stretch of other characters becomes one ``MARK``; a line break, and the text's
    start and end, two. Its character 3-grams are the CJK shingles: they run across
    punctuation and Latin words within a paragraph (as word 3-grams run across
    punctuation), never across a paragraph (the two marks: a reordered paragraph keeps its
    shingles), and a paragraph's first and last two letters make shingles with the marks.
    The words: each stretch between letters is a run of words on its own.
    """
    # Folding first: a few letters fold to characters beyond the ranges (Extension B),
    # which are no letters of the sequence then.
    return _cut(script_folder().fold(text))


def _cut(text: str) -> tuple[str, list[str]]:
    """``_cjk_cut`` of a text already folded, or folded but for letters that stay letters.

    Folding a letter to a letter changes no stretch and no word (the words come from the
    stretches, which hold no letters): a sequence cut from text folded only where a
    letter folds beyond the ranges is the sequence cut from text folded whole, but for
    the folding of its letters (``signature`` folds those in its 3-gram values).
    """
    # The commonest stretch, a comma or full stop between two letters, is replaced by
    # MARK in C (a regex match each cost 0.1 µs, 10 µs an article); the regex then
    # marks the stretches that hold anything else, from their first such character, and
    # runs of marks become one: every stretch is one MARK as if the regex had marked all.
    # MARK is punctuation to the words as the stops were, so they cut the same words.
    marks = MARK * 2
    for stop in _STOPS:
        if stop in text:
            text = text.replace(stop, MARK)
    parts = _NOT_CJK_NOR_MARK.split(text)
    stretches = parts[1::2]
    # Between two marked stretches, a piece's end marks (stops next to the stretch) go:
    # the stretch's MARK stands for them. What is left doubled is stops in a row.
    marked = MARK.join([piece.strip(MARK) for piece in parts[0::2]])
    while marks in marked:
        marked = marked.replace(marks, MARK)
    # A line's ends lose their MARK, empty lines go, and the lines are joined by two
    # (per line in C: four str.replace over the text cost 8 µs, a regex 10 µs).
    lines = marked.split("\n")
    seq = marks.join(filter(None, [line.strip(MARK) for line in lines]))
    seq = marks + seq + marks if seq else ""
    # The stretches with a word, from their first word character: one run of words each,
    # each distinct run once (names and figures recur; the shingles are a set). Every word
    # character outside the letters is in a stretch the regex marked (stops and marks are
    # no word characters), where \w finds it without excluding letters (3x faster).
    words = _WORD_RUN.findall("\n".join(stretches)) if stretches else []
    return seq, _word_shingles("\n".join(dict.fromkeys(words))) if words else []


def _cjk_hashes(seq: str) -> bytes | bytearray:
    """The 3-grams of a CJK sequence as 64-bit token values, without a str per shingle.

    A 3-gram's value is its three UTF-16 code units, little-endian in the low 48 bits
    (injective: the sequence has one unit per character, and ``MARK`` is 0). Cut from the
    sequence's UTF-16 bytes by four overlapping 8-byte views and a strided clear of the
    fourth unit, all in C: slicing 1,300 3-gram strings cost 60 µs, this costs 3 µs.
    The bytes are read as native 64-bit numbers: signatures agree between little-endian
    machines (x86, ARM), as every worker of a deployment is.
    """
    n = len(seq) - SHINGLE_WORDS + 1
    if n <= 0:
        return b""
    units = (seq + "\0\0\0").encode("utf-16-le")  # a 4-unit window at every 3-gram start
    # Phase p: the 4-unit windows starting at characters p, p + 4, p + 8, ...
    grams = bytearray().join(units[2 * p : 2 * p + 8 * ((n - p + 3) // 4)] for p in range(4))
    grams[6::8] = grams[7::8] = bytes(n)
    return grams


@functools.cache
def _fold_tables() -> tuple[NDArray[np.uint16], NDArray[np.bool_]]:
    """Per UTF-16 code unit: what it folds to, and whether it folds beyond the ranges.

    The first table maps a letter that folds to a letter to that letter and any other
    unit to itself; the second marks the letters that fold beyond the ranges.
    """
    folder = script_folder()
    to_letter = np.arange(0x10000, dtype=np.uint16)
    beyond = np.zeros(0x10000, dtype=np.bool_)
    letter = re.compile(f"[{_CJK_LETTERS}]")
    for src, dst in folder.table.items():
        if src >= 0x10000:
            continue  # not a letter of the ranges: cut as a stretch, folded by ``_fold_beyond``
        if letter.match(chr(dst)):
            to_letter[src] = dst
        else:
            beyond[src] = True
    return to_letter, beyond


def _fold_beyond(text: str) -> str | None:
    """``text`` with the letters that fold beyond the ranges folded; None to fold it whole.

    Found by a table lookup over the UTF-16 code units (a regex over a 4,000-character
    class cost 12 µs per article, this 3 µs); None when the text has characters beyond
    the Basic Multilingual Plane (a unit is not a character there) or a key of the
    folding table beyond it.
    """
    units = np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    if len(units) != len(text):
        return None
    at = np.flatnonzero(_fold_tables()[1][units]).tolist()
    if not at:
        return text
    table = script_folder().table
    pieces: list[str] = []
    last = 0
    for i in at:
        pieces += (text[last:i], chr(table[ord(text[i])]))
        last = i + 1
    pieces.append(text[last:])
    return "".join(pieces)


def _folded_hashes(seq: str) -> NDArray[np.uint64]:
    """``_cjk_hashes`` of ``seq`` with its letters folded (the same values, as one array).

    ``seq`` holds letters of the ranges and ``MARK`` only (one code unit each): each unit
    is folded by a table lookup, then every 8-byte window at each unit read as one number
    (a strided view, no copy) and its fourth unit cleared, in C.
    """
    n = len(seq) - SHINGLE_WORDS + 1
    if n <= 0:
        return np.zeros(0, dtype=np.uint64)
    units = _fold_tables()[0][np.frombuffer((seq + "\0").encode("utf-16-le"), dtype=np.uint16)]
    windows: NDArray[np.uint64] = np.ndarray((n,), dtype="<u8", buffer=units, strides=(2,))
    return windows & _LOW_48


_LOW_48 = np.uint64(2**48 - 1)


def shingles(title: str, body: str) -> list[str]:
    """Return the shingles of an article: word 3-grams, and character 3-grams of CJK text.

    Text is NFKC-folded, case-folded and punctuation is a word break. Within each
    paragraph (the title is one) a run of words makes word 3-grams (fewer than 3 words:
    one shingle); Han and kana letters make character 3-grams of the article's CJK
    sequence (``_cjk_cut``: Traditional folded to Simplified, ``MARK`` for the
    breaks). No shingle crosses a paragraph; no word shingle crosses CJK text. Duplicates
    may repeat (MinHash is a function of the set). This is the readable form: ``signature``
    takes the CJK 3-grams as packed values (``_cjk_hashes``), the same set.
    """
    text, cjk = _text(title, body)
    if not cjk:
        return _word_shingles(text)
    seq, out = _cjk_cut(text)
    k = SHINGLE_WORDS
    out += (seq[i : i + k] for i in range(len(seq) - k + 1))
    return out


def signature(title: str, body: str) -> RMinHash | None:
    """Return the MinHash signature of an article, or None when it has no words at all.

    The MinHash of its shingles' token values: rensa's hash of each word shingle, and the
    packed code units of each CJK 3-gram (``_cjk_hashes``; rensa's permutations mix them).
    """
    text, cjk = _text(title, body)
    if not cjk:
        grams = _word_shingles(text)
        if not grams:
            return None
        sig = RMinHash(num_perm=NUM_PERM, seed=SEED)
        sig.update(grams)
        return sig
    folded = _fold_beyond(text)
    values: bytes | bytearray
    if folded is None:
        seq, grams = _cjk_cut(text)
        values = _cjk_hashes(seq)
    else:
        # Cut before folding the letters, which are folded in the 3-gram values: the
        # Traditional folding was a pass over the whole text (12 µs), now a table lookup.
        seq, grams = _cut(folded)
        values = _folded_hashes(seq).tobytes()
    if grams:
        values = array("Q", RMinHash.hash_token_sets([grams])[0]).tobytes() + values
    if not values:
        return None
    tokens = memoryview(values).cast("Q")
    matrix = RMinHash.digest_matrix_from_flat_token_hashes(tokens, [0, len(tokens)], NUM_PERM, SEED)
    return _from_digest(matrix.to_rows()[0])


# rensa 0.5 makes an RMinHash from tokens or from its serialised form only; its entry
# point for pre-hashed tokens returns bare digests. The serialised form is a header
# (format tag, slots, seed, count) and each value as a varint (postcard); an empty
# signature (every value 2**32 - 1, five varint bytes) gives the header. Values are
# written as five-byte varints (rensa reads non-minimal ones), spread in one big-integer
# pass; ``_check_from_digest`` proves the round trip when the module loads.
_FULL_VARINT = b"\xff\xff\xff\xff\x0f"
_LANES = sum(1 << (40 * i) for i in range(NUM_PERM))  # bit 0 of each 40-bit lane
# Varint byte k of a lane holds the value's bits 7k .. 7k+6: the value shifted left by k,
# masked to the byte's low seven bits (the fifth byte: the top four bits).
_SEVEN_BITS = (*(_LANES * (0x7F << (8 * k)) for k in range(4)), _LANES * (0x0F << 32))
_CONTINUED = _LANES * 0x80808080  # the continuation bit of the first four bytes


def _state_header() -> bytes:
    empty = RMinHash(num_perm=NUM_PERM, seed=SEED).__getstate__()
    if not empty.endswith(_FULL_VARINT * NUM_PERM):
        raise RuntimeError("rensa's serialised RMinHash changed: near-duplicates need a look")
    return bytes(empty[: -len(_FULL_VARINT) * NUM_PERM])


_STATE_HEADER = _state_header()


def _from_digest(values: list[int]) -> RMinHash:
    """Return the RMinHash holding ``values`` (NUM_PERM unsigned 32-bit values)."""
    raw = array("I", values).tobytes()
    lanes = bytearray(5 * NUM_PERM)  # each value in five little-endian bytes
    for k in range(4):
        lanes[k::5] = raw[k::4]
    x = int.from_bytes(lanes, "little")
    g0, g1, g2, g3, g4 = _SEVEN_BITS
    x = (x & g0) | (x << 1 & g1) | (x << 2 & g2) | (x << 3 & g3) | (x << 4 & g4) | _CONTINUED
    sig = RMinHash.__new__(RMinHash, NUM_PERM, SEED)
    sig.__setstate__(_STATE_HEADER + x.to_bytes(5 * NUM_PERM, "little"))
    return sig


def _check_from_digest() -> None:
    probe = RMinHash(num_perm=NUM_PERM, seed=SEED)
    probe.update(["near duplicate probe", "近似重复"])
    values = [*probe.digest()[:-4], 0, 127, 128, 2**32 - 1]
    if _from_digest(values).digest() != values:
        raise RuntimeError("rensa's serialised RMinHash changed: near-duplicates need a look")


_check_from_digest()


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


class IndexBatch(BaseModel):
    """The entries one batch of the near-dup agent added: one value of the table.

    One table write per batch instead of one per article and one tombstone per article
    leaving the window (bench/README.md, "Records per article"). The window is always
    the newest entries by ``seq`` (added in ``seq`` order, the oldest leave first), so
    ``floor`` (the lowest ``seq`` still in the window once the batch was placed) says
    which stored entries had left it: a record goes when all of its entries are below
    the floor, and a rebuild skips the ones below the highest floor stored.
    """

    entries: list[IndexEntry]
    floor: int


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


# An entry in memory: (cluster, similarity, member, seq, seen_at). Plain tuples of
# atomic values: compact, and the garbage collector stops tracking them.
_Row = tuple[str, float | None, int, int, float]


class NearDupIndex:
    """The window: entries in arrival order, their signatures, the LSH, the open clusters."""

    def __init__(self) -> None:
        """Start empty."""
        self._reset()

    def _reset(self) -> None:
        self._rows: dict[str, _Row] = {}  # article id -> row
        self._ids: dict[int, str] = {}  # seq -> article id
        # The seqs in arrival order, oldest first. Not the dict's order: a dict whose
        # oldest keys are deleted keeps their empty slots in front until it resizes, and
        # ``next(iter(d))`` walks them: 14 µs at 100,000 a while after the window filled,
        # three times per article (the bench, measuring right after the fill, saw little).
        self._order: deque[int] = deque()
        self._sigs: dict[int, RMinHash] = {}  # seq -> signature (as placed, never updated)
        self._lsh = RMinHashLSH(threshold=0.5, num_perm=NUM_PERM, num_bands=NUM_BANDS)
        self._open: dict[str, tuple[int, int]] = {}  # cluster -> (in window, size)
        self.next_seq = 1

    def __len__(self) -> int:
        """Articles in the window."""
        return len(self._rows)

    def ids(self) -> list[str]:
        """The window's article ids, oldest first."""
        return [self._ids[seq] for seq in self._order]

    def get(self, article_id: str) -> IndexEntry | None:
        """Return an article's entry (without its signature), or None."""
        row = self._rows.get(article_id)
        if row is None:
            return None
        cluster, similarity, member, seq, seen_at = row
        return IndexEntry(
            article_id=article_id,
            cluster=cluster,
            similarity=similarity,
            member=member,
            seq=seq,
            seen_at=seen_at,
        )

    def load(self, entries: Iterable[IndexEntry], floor: int = 0) -> int:
        """Rebuild from stored entries (any order); return how many signatures are not compared.

        Entries below ``floor`` (``IndexBatch.floor``) had left the window: skipped. The
        order of arrival comes back from ``seq``; cluster sizes from the highest
        ``member`` still in the window. An entry of another scheme, or with a signature
        that does not read, keeps its place, cluster and expiry but not its signature:
        it is never a candidate, and it leaves the window (and the shell deletes it from
        the table) by count or age like the others. Skipping it instead would leave it
        in the table for good after every change of ``SCHEME``.
        """
        self._reset()
        self.next_seq = max(1, floor)
        uncompared = 0
        for entry in sorted((e for e in entries if e.seq >= floor), key=lambda e: e.seq):
            sig = None
            if entry.signature is not None:
                if entry.scheme == SCHEME:
                    with contextlib.suppress(ValueError):
                        sig = decode_signature(entry.signature)
                uncompared += sig is None
            self.add(entry, sig)
        return uncompared

    def add(self, entry: IndexEntry, sig: RMinHash | None) -> None:
        """Put an entry (the newest) into the window."""
        seq = entry.seq
        self._rows[entry.article_id] = (
            entry.cluster,
            entry.similarity,
            entry.member,
            seq,
            entry.seen_at,
        )
        self._ids[seq] = entry.article_id
        self._order.append(seq)
        self.next_seq = max(self.next_seq, seq + 1)
        if sig is not None:
            self._sigs[seq] = sig
            self._lsh.insert(seq, sig)
        in_window, size = self._open.get(entry.cluster, (0, 0))
        self._open[entry.cluster] = (in_window + 1, max(size, entry.member))

    def _remove_oldest(self) -> int | None:
        """Drop the oldest entry; return its cluster's size if it was the cluster's last member."""
        seq = self._order.popleft()
        article_id = self._ids.pop(seq)
        cluster = self._rows.pop(article_id)[0]
        if self._sigs.pop(seq, None) is not None:
            self._lsh.remove(seq)
        in_window, size = self._open[cluster]
        if in_window == 1:
            del self._open[cluster]
            return size
        self._open[cluster] = (in_window - 1, size)
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
        order, ids, rows = self._order, self._ids, self._rows
        while order:
            article_id = ids[order[0]]
            if rows[article_id][4] >= horizon and len(order) <= config.window_articles:
                break
            gone.append(article_id)
            size = self._remove_oldest()
            if size is not None:
                closed.append(size)
        return gone, closed

    def best_match(self, sig: RMinHash, threshold: float) -> tuple[IndexEntry, float] | None:
        """Return the closest article at or above ``threshold``, with its similarity.

        Ties go to the earlier article. At most ``MAX_CANDIDATES`` (the newest) are
        verified: the share of equal signature values estimates Jaccard similarity
        (rensa's ``jaccard``, 0.2 µs a candidate; counting in Python cost 6 µs).
        """
        candidates = sorted(self._lsh.query(sig))[-MAX_CANDIDATES:]
        if not candidates:
            return None
        sigs = self._sigs
        best_seq, best = 0, -1.0
        for seq in candidates:
            score = sig.jaccard(sigs[seq])
            if score > best:
                best_seq, best = seq, score
        if best < threshold:
            return None
        found = self.get(self._ids[best_seq])
        assert found is not None
        return found, best

    def floor(self) -> int:
        """The lowest ``seq`` in the window (the next one when it is empty)."""
        return self._order[0] if self._order else self.next_seq

    def cluster_size(self, cluster: str) -> int:
        """Members of an open cluster so far (0 when it has none in the window)."""
        return self._open.get(cluster, (0, 0))[1]


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
    known = index.get(article_id)
    if known is not None:
        # The window keeps no encoded signatures; the redelivered article brings its own.
        entry = known.model_copy(
            update={"signature": encode_signature(sig) if sig is not None else None}
        )
        return index, NearDupResult(entry=entry, expired=(), closed_sizes=(), redelivered=True)
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
