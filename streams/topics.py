"""The topic registry (``schemas.topics``) resolved against settings, and its README table.

The registry names settings by field; these functions read them from a ``Settings``
instance, so a topic's name and partition count stay settings, never code.
"""

from __future__ import annotations

from schemas.topics import TABLES, TOPICS, Table, Topic
from streams.settings import Settings


def topic_name(settings: Settings, topic: Topic) -> str:
    """Return the name ``settings`` give ``topic``."""
    return str(getattr(settings, topic.setting))


def partitions(settings: Settings, entry: Topic | Table) -> int:
    """Return the partition count of a topic or table under ``settings``."""
    if isinstance(entry.partitions, int):
        return entry.partitions
    return int(getattr(settings, entry.partitions))


def _partitions_cell(entry: Topic | Table) -> str:
    if isinstance(entry.partitions, int):
        return str(entry.partitions)
    default = Settings.model_fields[entry.partitions].default
    return f"`{entry.partitions.upper()}` ({default})"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def topics_table() -> str:
    """Return the README's table of topics and tables (default names and partitions)."""
    rows = [
        "| topic / table | key | value (schema) | partitions | retention |",
        "| --- | --- | --- | --- | --- |",
    ]
    for topic in TOPICS:
        value = f"`{topic.model.__name__}`" if topic.model is not None else ""
        value = f"{value} {topic.value_note}".strip()
        rows.append(
            f"| `{topic.default}` | {_cell(topic.key)} | {_cell(value)} "
            f"| {_partitions_cell(topic)} | {topic.retention} |"
        )
    for table in TABLES:
        rows.append(
            f"| table `{table.name}` | {_cell(table.key)} | {_cell(table.value)} "
            f"| {_partitions_cell(table)} | changelog; {table.kept} |"
        )
    return "\n".join(rows) + "\n"
