from __future__ import annotations

from pathlib import Path

import yaml

from schemas.export import MODELS, check, export, rendered
from schemas.topics import TOPICS


def test_exported_files_match_the_models() -> None:
    assert check() == [], "run `make schemas` and commit the files"


def test_check_notices_drift(tmp_path: Path) -> None:
    export(tmp_path)
    assert check(tmp_path) == []
    target = tmp_path / "json" / "alert.schema.json"
    target.write_text(target.read_text().replace('"title"', '"headline"'))
    assert check(tmp_path) == ["json/alert.schema.json"]


def test_asyncapi_describes_every_topic_with_its_schema() -> None:
    doc = yaml.safe_load(rendered()["asyncapi.yaml"])
    assert doc["asyncapi"].startswith("3.")
    addresses = {c["address"] for c in doc["channels"].values()}
    assert addresses == {t.default for t in TOPICS if t.schema is not None}
    for message in doc["components"]["messages"].values():
        ref = message["payload"]["$ref"].removeprefix("./")
        assert ref.removeprefix("json/").removesuffix(".schema.json") in MODELS
        assert "key" in message["bindings"]["kafka"]
    assert "ce_id" in doc["components"]["messages"]["alert"]["headers"]["properties"]
