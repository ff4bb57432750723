"""The tagger's answer for one article: compact hits, mentions and entities built on use.

``Tagger.tag`` (``tagging.py``) hands over each field's accepted hits as (target id,
start, end) tuples; ``TagResult`` turns them into ``Mention`` records, per-kind groups
for the detector and ``EntityRef`` lists only when they are first read.
"""

from __future__ import annotations

import operator
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Literal, cast

from pydantic import TypeAdapter

from schemas.article import EntityRef
from streams.core.mentions import Mention, MentionType
from streams.core.tag_match import Hit

__all__ = ["ENTITY_TYPES", "EntityData", "Field", "Info", "TagResult", "repeated_paragraphs"]

Field = Literal["title", "body"]
#: The mention types that are entities (the rest: keywords, persons, script markers).
ENTITY_TYPES = ("firm", "chip", "equipment", "jurisdiction", "regulator")
# What a mention of a target carries: name, type, entity id, jurisdiction, and the group
# it is filed under in ``TagResult.groups`` (its type, or its label for a keyword).
Info = tuple[str, MentionType, str | None, str | None, str]
#: An ``EntityRef`` as a dict of its fields (``TagResult.entity_data``).
EntityData = dict[str, object]


def _mentions(
    info: Sequence[Info],
    text: str,
    hits: list[Hit],
    field: Field,
    groups: dict[str, list[Mention]] | None,
) -> list[Mention]:
    """Build the ``Mention`` records of one field's hits (one tuple each, see Mention).

    With ``groups``, also file each mention under its group (type, or keyword label).
    """
    new = _new_tuple
    cls = Mention
    out: list[Mention] = []
    append = out.append
    if groups is None:
        for tid, start, end in hits:
            name, type_, entity_id, jurisdiction, _ = info[tid]
            append(
                new(cls, (name, type_, field, start, end, text[start:end], entity_id, jurisdiction))
            )
        return out
    for tid, start, end in hits:
        name, type_, entity_id, jurisdiction, group = info[tid]
        m = new(cls, (name, type_, field, start, end, text[start:end], entity_id, jurisdiction))
        append(m)
        same = groups.get(group)
        if same is None:
            groups[group] = [m]
        else:
            same.append(m)
    return out


def _mention(
    name: str,
    type_: MentionType,
    field: Field,
    start: int,
    end: int,
    text: str,
    entity_id: str | None,
    jurisdiction: str | None,
) -> Mention:
    """Build a ``Mention`` through ``tuple.__new__``.

    The same record, without the argument handling of the named tuple's own ``__new__``.
    """
    return _new_tuple(Mention, (name, type_, field, start, end, text, entity_id, jurisdiction))


_new_tuple = tuple.__new__
_FIRST = operator.itemgetter(0)


def repeated_paragraphs(body: str) -> list[tuple[int, int]]:
    """Return ``[start, end)`` ranges of body paragraphs that repeat an earlier one verbatim.

    Paragraphs are split on newlines and compared without surrounding whitespace;
    blank lines never count as repeats.
    """
    if "\n" not in body:
        return []
    lines = body.split("\n")
    keys = list(map(str.strip, lines))
    distinct = set(keys)
    distinct.discard("")
    # Most articles repeat nothing: counting distinct non-blank paragraphs (all in C)
    # decides that without the offset walk below.
    if len(distinct) == len(keys) - keys.count(""):
        return []
    seen: set[str] = set()
    ranges: list[tuple[int, int]] = []
    pos = 0
    for line, key in zip(lines, keys, strict=True):
        end = pos + len(line)
        if key:
            if key in seen:
                ranges.append((pos, end))
            else:
                seen.add(key)
        pos = end + 1
    return ranges


_ENTITY_LIST: TypeAdapter[list[EntityRef]] = TypeAdapter(list[EntityRef])
_ENTITY_TYPE_SET = frozenset(ENTITY_TYPES)


def is_line_member(name: str, line: str) -> bool:
    """Whether chip ``name`` is a numbered member of ``line`` ("Ascend 910B" of "Ascend").

    A member extends the line's name by a space and a number; a named variant ("Blackwell
    Ultra") and a longer number ("Ascend 910B" of "Ascend 910") are not members.
    """
    return name.startswith(line + " ") and name[len(line) + 1 : len(line) + 2].isdigit()


def without_lines_beside_members(chips: list[EntityData]) -> list[EntityData]:
    """``chips`` without a line's bare name when one of its numbered members is there too.

    "Huawei's Ascend chips, the 910B and 910C" names two chips, not three: readers list
    the members and not the line they belong to. Labelled outside text agrees: of 13
    articles where the tagger found "Ascend" beside an "Ascend 9xx", 12 were labelled with
    the members alone (docs/detection.md, "Round 49"). A member is a name that extends the
    line's by a space and a number ("Ascend 910B", "Kirin 9000S", "Core Ultra 9"); a named
    variant ("Blackwell Ultra") is not one, and a line named alone stays.
    """
    names = [str(c["name"]) for c in chips]
    lines = {line for line in names if any(is_line_member(other, line) for other in names)}
    return [c for c in chips if c["name"] not in lines] if lines else chips


def _entity(type_: str, name: str, entity_id: str | None, spans: list[EntityData]) -> EntityData:
    """An ``EntityRef``'s fields; ``spans`` are its mentions' ``Span`` fields."""
    return {"name": name, "type": type_, "id": entity_id, "mentions": len(spans), "spans": spans}


class TagResult:
    """The tagger's answer for one article.

    ``mentions`` holds every mention (keywords and persons included) in title then body
    order, with spans in the original title/body and repeated paragraphs left out.
    ``entities`` resolves them to firms, chips, jurisdictions and regulators.

    The tagger hands over compact hits (target id, start, end) and both are built on
    first access, then cached: building a ``Mention`` costs about as much as finding
    it, and most articles (no trigger word) never need one in the detector.
    """

    __slots__ = (
        "__dict__",
        "_body_hits",
        "_entity_keys",
        "_info",
        "_labels",
        "_title_hits",
        "body",
        "low_body",
        "low_title",
        "title",
    )

    def __init__(
        self,
        title: str,
        body: str,
        title_hits: list[Hit],
        body_hits: list[Hit],
        info: Sequence[Info],
        labels: Mapping[str, frozenset[int]],
        low_title: str,
        low_body: str,
        entity_keys: Sequence[tuple[str, str] | None],
    ) -> None:
        """Keep the texts, their hits and the tagger's target table (internal).

        ``low_title``/``low_body`` are the lower-cased texts the tagger searched (same
        length, same offsets), kept so that the detector need not lower-case again.
        ``entity_keys`` holds, per target id, (type, name) of an entity (firm, chip,
        equipment, jurisdiction, regulator), None for keywords and persons.
        """
        self.title = title
        self.body = body
        self.low_title = low_title
        self.low_body = low_body
        self._title_hits = title_hits
        self._body_hits = body_hits
        self._info = info
        self._labels = labels
        self._entity_keys = entity_keys

    @property
    def hit_count(self) -> int:
        """Accepted hits of title and body: at least one per span of the entities."""
        return len(self._title_hits) + len(self._body_hits)

    def has_keyword(self, label: str) -> bool:
        """Whether any keyword mention of ``label`` was found, without building mentions."""
        ids = self._labels.get(label)
        if not ids:
            return False
        # Set membership over the hits' first items, all in C: this runs for every article.
        return not (
            ids.isdisjoint(map(_FIRST, self._title_hits))
            and ids.isdisjoint(map(_FIRST, self._body_hits))
        )

    @cached_property
    def _built(self) -> tuple[list[Mention], dict[str, list[Mention]], dict[str, list[Mention]]]:
        """All mentions, and each field's mentions by group, built in one loop."""
        title_groups: dict[str, list[Mention]] = {}
        body_groups: dict[str, list[Mention]] = {}
        out = _mentions(self._info, self.title, self._title_hits, "title", title_groups)
        out.extend(_mentions(self._info, self.body, self._body_hits, "body", body_groups))
        return out, title_groups, body_groups

    @property
    def mentions(self) -> list[Mention]:
        """Every mention, title first, each field's in order of start."""
        return self._built[0]

    def group(self, field: Field, group: str) -> list[Mention]:
        """One field's mentions of one group (an entity type, or a keyword's label), by start.

        The same mentions as ``groups(field).get(group, [])``, built for that group
        alone and kept: the detector reads most groups only for articles whose triggers
        get far into their reading, so the others' mentions are never built.
        """
        cache = self.__dict__.setdefault("_group_cache", {})
        found: list[Mention] | None = cache.get((field, group))
        if found is None:
            info = self._info
            hits = self._title_hits if field == "title" else self._body_hits
            text = self.title if field == "title" else self.body
            found = cache[field, group] = _mentions(
                info, text, [h for h in hits if info[h[0]][4] == group], field, None
            )
        return found

    def groups(self, field: Field) -> Mapping[str, list[Mention]]:
        """One field's mentions by entity type, keywords by label; each list by start.

        Shared with the result (do not modify): the detector reads its triggers, chips,
        firms and actors from here instead of sorting the mention list out itself.
        """
        return self._built[1] if field == "title" else self._built[2]

    def _grouped(
        self, wanted: frozenset[str]
    ) -> dict[tuple[str, str], tuple[str | None, list[EntityData]]]:
        """Spans (as dicts of ``Span``'s fields) of each entity of ``wanted`` types.

        Keyed by (type, name) in order of first mention, with the entity id; straight
        from the compact hits: no ``Mention`` records are needed for the output.
        """
        grouped: dict[tuple[str, str], tuple[str | None, list[EntityData]]] = {}
        keys = self._entity_keys
        for field, text, hits in (
            ("title", self.title, self._title_hits),
            ("body", self.body, self._body_hits),
        ):
            for tid, start, end in hits:
                key = keys[tid]
                if key is None or key[0] not in wanted:
                    continue
                span = {"field": field, "start": start, "end": end, "text": text[start:end]}
                entry = grouped.get(key)
                if entry is None:
                    grouped[key] = (self._info[tid][2], [span])
                else:
                    entry[1].append(span)
        return grouped

    def entity_data(self, types: Sequence[str]) -> dict[str, list[EntityData]]:
        """The entities of ``types`` as dicts of ``EntityRef``'s fields, by type.

        Each list in order of first mention, as ``of_type`` gives them. The analyzer
        validates these inside the analyzed article, in the one pydantic-core call that
        builds it: no ``TypeAdapter`` call, no ``EntityRef`` made twice. The dicts are
        made in the walk over the hits itself (``_grouped``'s walk, without its
        intermediate tuples and second loop: this runs for every analyzed article).
        """
        out: dict[str, list[EntityData]] = {t: [] for t in types}
        found: dict[tuple[str, str], EntityData] = {}
        spans_of: list[list[EntityData]] = []
        keys = self._entity_keys
        info = self._info
        for field, text, hits in (
            ("title", self.title, self._title_hits),
            ("body", self.body, self._body_hits),
        ):
            for tid, start, end in hits:
                key = keys[tid]
                if key is None:
                    continue
                span = {"field": field, "start": start, "end": end, "text": text[start:end]}
                entity = found.get(key)
                if entity is not None:
                    cast("list[EntityData]", entity["spans"]).append(span)
                    continue
                same_type = out.get(key[0])
                if same_type is None:
                    continue  # a type not asked for
                spans = [span]
                # The key order of ``_entity``: the same record, the same JSON.
                entity = {
                    "name": key[1],
                    "type": key[0],
                    "id": info[tid][2],
                    "mentions": 1,
                    "spans": spans,
                }
                found[key] = entity
                spans_of.append(spans)
                same_type.append(entity)
        for entity, spans in zip(found.values(), spans_of, strict=True):
            entity["mentions"] = len(spans)
        return out

    @cached_property
    def entities(self) -> list[EntityRef]:
        """Firms, chips, jurisdictions and regulators, in order of first mention.

        Built on first access, then cached. All of an article's entities are validated
        in one call of a ``TypeAdapter`` over plain dicts: pydantic-core then builds
        the nested ``Span`` models itself, about 2.3x faster than one ``Span(...)`` call
        per mention (and ``model_construct`` is slower still in pydantic 2: it runs in
        Python).
        """
        grouped = self._grouped(_ENTITY_TYPE_SET)
        if not grouped:
            return []
        return _ENTITY_LIST.validate_python(
            [
                _entity(type_, name, entity_id, spans)
                for (type_, name), (entity_id, spans) in grouped.items()
            ]
        )

    def of_type(self, t: str) -> list[EntityRef]:
        """Return the entities of one type (``firm``, ``chip``, ``jurisdiction``, ``regulator``)."""
        return [e for e in self.entities if e.type == t]

    def names(self, t: str) -> list[str]:
        """Return the canonical names of one entity type, in order of first mention."""
        return [e.name for e in self.of_type(t)]
