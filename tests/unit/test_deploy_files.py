"""No Docker engine here: validate deploy files statically."""

from __future__ import annotations

from pathlib import Path

import yaml

from streams.settings import Settings

REPO = Path(__file__).resolve().parents[2]


def test_compose_file_parses_and_sets_only_real_settings() -> None:
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    services = compose["services"]
    assert {"kafka", "worker", "prometheus"} <= set(services)
    fields = {name.upper() for name in Settings.model_fields}
    for name, service in services.items():
        for key in service.get("environment", {}):
            if key.startswith("CHIPWATCH_"):
                assert key.removeprefix("CHIPWATCH_") in fields, f"{name}: {key} is no setting"
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("./"):
                assert (REPO / source).exists(), f"{name}: {source} does not exist"
        build = service.get("build")
        if build:
            assert (REPO / build["context"] / build["dockerfile"]).is_file()
    worker_port = services["worker"]["environment"]["CHIPWATCH_WEB_PORT"]
    assert f"{worker_port}:{worker_port}" in services["worker"]["ports"]
    assert services["worker"]["environment"]["CHIPWATCH_BROKER"].endswith("kafka:9092")


def test_dockerfile_runs_as_non_root_on_a_pinned_base() -> None:
    text = (REPO / "deploy" / "Dockerfile").read_text()
    base = next(line for line in text.splitlines() if line.startswith("FROM "))
    assert ":" in base and "latest" not in base
    assert "\nUSER " in text and "USER root" not in text
