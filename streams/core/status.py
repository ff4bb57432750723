"""English shapes that turn a predicate's word against its usual meaning (round 12).

* "lifted levies on Chinese goods to 145%": "lift" with a rate it rises to is a raise,
  not the lifting of a measure;
* "the VEU authorisation ... will be revoked": an authorisation that a later verb of its
  clause takes back grants nothing (the revocation is read from that verb);
* "the B200 processors, restricted for sale in China, are sold ...": a participle that
  opens an apposition describes a product's standing status, it reports no act; so does
  one after the noun of an apposition ("the H20, the most advanced chip allowed for sale
  to China under US rules"), also as a contact relative clause ("the H20, the most
  advanced chip the company was allowed to sell in China"; round 32).

Small bounded regexes over one clause; the word lists are closed grammatical sets (be,
modal and revocation participles), not vocabulary, hence here rather than in the
pattern file.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["appositive", "lifted_before", "post_nominal", "raised_to", "revoked_after"]

_REVOKED_WINDOW: Final = 80  # chars after an authorisation searched for "will be revoked"

# "to 145%", "to 50 percent", "to a 25% rate" (within 70 chars of the measure): the
# level a levy is lifted or raised to.
_TO_RATE = re.compile(
    r"[^.;:!?\n]{0,70}?\bto\s{1,3}(?:a\s{1,3}|as\s{1,3}much\s{1,3}as\s{1,3})?"
    r"\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|percent\b|per\s{1,3}cent\b)"
)
# "lifted the levies", "lifts tariffs", "has lifted its duties": lift right before a levy.
_LIFT_BEFORE = re.compile(
    r"\blift(?:s|ed|ing)?\s{1,3}(?:(?:the|its|their|his|all|those|these)\s{1,3})?"
    r"(?:[\w-]{1,20}\s{1,3})?$"
)
# "... will be revoked", "was withdrawn", "is set to end", "to be terminated", "will
# expire": the clause's verb takes the authorisation back.
_REVOKED = re.compile(
    r"(?:\s{1,3}[\w.,'’()-]{1,24}){0,7}?\s{1,3}"
    r"(?:(?:will|would|shall|is|are|was|were|has|have|had|to|set\s{1,3}to)\s{1,3}"
    r"(?:be\s{1,3}|been\s{1,3}|being\s{1,3})?)"
    r"(?:revoked|withdrawn|rescinded|terminated|cancell?ed|ended|pulled|scrapped|stripped|"
    r"end|expire|lapse)\b"
)
# ", the most advanced chip allowed ...": an apposition's noun phrase (a determiner and
# up to five words, no verb) right before the participle, after a comma.
_APPOSED_NOUN = re.compile(r",\s{1,3}(?:the|a|an|its|their)\s{1,3}(?:[\w'’-]{1,24}\s{1,3}){1,5}$")
# A participle of a reduced relative takes no object: "allowed for sale", "restricted
# under US rules"; "On Monday, the ministry suspended its ban" is a finite verb.
_PASSIVE_NEXT = re.compile(
    r"[a-z]{2,24}\s{0,3}(?:[,.;]|$|\s(?:for|to|in|under|from|by|on|at|as|since|until|"
    r"without|only|outside|abroad)\b)"
)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|said|says)\b")
# Round 32: the apposition's noun with a contact relative clause, ", the most advanced chip
# the company was allowed to sell": the clause's subject (a determiner and a noun, or "it")
# and its "be" (or "has been") right before the participle; what it says is the chip's
# status. Not ", the requirement for … imports has been discontinued" (no subject of its own).
_SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|announced|announces|reported|reports|noted|added|"
    r"confirmed|stated|wrote|believes|believed|thinks|thought|knows|knew)\b"
)
_APPOSED_RELATIVE = re.compile(
    r",\s{1,3}(?:the|a|an|its|their)\s{1,3}(?:[\w'’-]{1,24}\s{1,3}){1,5}?"
    r"(?:(?:the|its|their)\s{1,3}[\w'’.-]{1,24}|it|they)\s{1,3}"
    r"(?:is|was|are|were|has\s{1,3}been|had\s{1,3}been)\s{1,3}(?:(?:still|only|now)\s{1,3})?$"
)
# The relative's participle governs an infinitive: "allowed to sell", "permitted to ship".
_TO_INFINITIVE = re.compile(r"[a-z]{2,24}\s{1,3}to\s{1,3}[a-z]")
# An apposition's participle right after "<noun>," (a product named before it).
_OPENS_APPOSITION = re.compile(r"[a-z0-9)]\s{0,2},\s{1,3}$")
# The apposition closes (within 90 chars) with a comma before the sentence's own verb.
_CLOSES_APPOSITION = re.compile(
    r"[^,;.:!?\n]{0,90}?,\s{1,3}(?:(?:still|now|also|often)\s{1,3})?"
    r"(?:are|is|was|were|have|has|had|remain|remains|remained|can|could|will|would|"
    r"continue|continues|continued)\b"
)


def raised_to(text: str, end: int, hi: int) -> bool:
    """Whether the measure ending at ``end`` is taken "to <rate>" before ``hi``."""
    return _TO_RATE.match(text[end:hi]) is not None


def lifted_before(pre: str) -> bool:
    """Whether ``pre`` ends with "lift" and the levy's determiner or qualifier."""
    return _LIFT_BEFORE.search(pre) is not None


def revoked_after(text: str, end: int, hi: int) -> bool:
    """Whether an authorisation ending at ``end`` is revoked by its clause's verb."""
    return _REVOKED.match(text, end, min(hi, end + _REVOKED_WINDOW)) is not None


def post_nominal(text: str, lo: int, start: int) -> bool:
    """Whether the participle at ``start`` qualifies the noun of an apposition before it.

    "Beijing discouraged buying the H20, the most advanced chip allowed for sale to
    China under US rules": the chip's status, not an approval by the sentence's subject.
    """
    if _PASSIVE_NEXT.match(text, start) is None:
        return False
    found = _APPOSED_NOUN.search(text, max(lo, start - 120), start)
    if found is not None and _FINITE.search(found.group()) is None:
        return True
    # Round 32: "the H20, the most advanced chip the company was allowed to sell in China";
    # not ", the company said Nvidia was allowed to …" (a report of the act).
    if _TO_INFINITIVE.match(text, start) is None:
        return False
    found = _APPOSED_RELATIVE.search(text, max(lo, start - 120), start)
    return found is not None and _SPEECH.search(found.group()) is None


def appositive(text: str, start: int, end: int, hi: int) -> bool:
    """Whether the participle at ``[start, end)`` opens an apposition closed before ``hi``.

    "The B200 processors, restricted for sale in China, are sold ...": the comma after
    the apposition is followed by the sentence's own verb.
    """
    if _OPENS_APPOSITION.search(text, max(0, start - 4), start) is None:
        return False
    return _CLOSES_APPOSITION.match(text, end, hi) is not None
