"""Messages of the near-duplicate step (documented for operators)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from schemas.article import AnalyzedArticle


class ClusterCandidate(BaseModel):
    """An analyzed article on its way to the near-duplicate index, with its signature.

    Travels on ``chipwatch.articles.neardup`` (one partition: every article of the
    window meets every other) to the near-duplicate agent, which fills
    ``near_duplicate_of`` and ``similarity`` and publishes the article and its reports.
    """

    schema_version: int = 1
    article: AnalyzedArticle
    scheme: str = Field(
        description="What made the signature (library, algorithm version, permutations, "
        "seed, shingle size); another scheme's signature is not compared."
    )
    signature: str | None = Field(
        default=None,
        description="MinHash signature (base64 of rensa's serialised R-MinHash); null for "
        "an article without words.",
    )
