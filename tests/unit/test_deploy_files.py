"""No Docker engine here: validate deploy files statically."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from streams.app import create_app
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


K8S = REPO / "deploy" / "k8s"
SETTINGS = {f"CHIPWATCH_{name.upper()}" for name in Settings.model_fields}


def _k8s_docs() -> list[dict[str, Any]]:
    docs = []
    for path in sorted(K8S.glob("*.yaml")):
        docs.extend(d for d in yaml.safe_load_all(path.read_text()) if d)
    return docs


def _by_kind(kind: str) -> dict[str, Any]:
    [doc] = [d for d in _k8s_docs() if d["kind"] == kind]
    return doc


def _chipwatch_vars(mapping: dict[str, Any]) -> set[str]:
    return {k for k in mapping if k.startswith("CHIPWATCH_")}


def test_compose_runs_two_workers_with_their_own_store_and_the_demo_services() -> None:
    services = yaml.safe_load((REPO / "docker-compose.yml").read_text())["services"]
    assert {"kafka", "worker", "worker-2", "prometheus", "grafana", "webhook-receiver"} <= set(
        services
    )
    workers = [services["worker"], services["worker-2"]]
    assert workers[0]["environment"] == workers[1]["environment"]  # one group, one config
    env = workers[0]["environment"]
    assert env["CHIPWATCH_STORE"] == "rocksdb://"
    Settings(**{k.removeprefix("CHIPWATCH_").lower(): v for k, v in env.items() if k in SETTINGS})
    stores = [next(v for v in w["volumes"] if v.endswith(":/data")) for w in workers]
    assert len(set(stores)) == 2, "each worker needs its own RocksDB volume"
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    for store in stores:
        assert store.split(":")[0] in compose["volumes"]
    host_ports = [p.split(":")[0] for s in services.values() for p in s.get("ports", [])]
    assert len(host_ports) == len(set(host_ports)), "two services on one host port"
    # The demo subscription points at the receiver's service and port.
    demo = yaml.safe_load((REPO / "deploy/webhooks/demo-subscriptions.yaml").read_text())
    url = demo["subscriptions"][0]["url"]
    receiver = services["webhook-receiver"]
    assert url.startswith(f"http://webhook-receiver:{receiver['environment']['HTTP_PORT']}/")
    assert demo["subscriptions"][0]["secret_env"] in env
    mount = next(v for v in workers[0]["volumes"] if "demo-subscriptions" in v)
    assert mount.split(":")[1] == env["CHIPWATCH_WEBHOOK_SUBSCRIPTIONS_FILE"]


def test_k8s_manifests_parse_and_set_only_real_settings() -> None:
    docs = _k8s_docs()
    assert {d["kind"] for d in docs} >= {
        "ConfigMap",
        "Secret",
        "Service",
        "StatefulSet",
        "PodDisruptionBudget",
    }
    config = _by_kind("ConfigMap")["data"]
    unknown = _chipwatch_vars(config) - SETTINGS
    assert not unknown, unknown
    assert set(config) == _chipwatch_vars(config)
    Settings(**{k.removeprefix("CHIPWATCH_").lower(): v for k, v in config.items()})
    assert "CHIPWATCH_SASL_PASSWORD" not in config, "secrets come from the Secret, as files"
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text())
    for resource in kustomization["resources"]:
        assert (K8S / resource).is_file()


def test_statefulset_has_store_volume_probes_resources_and_secret_files() -> None:
    sts = _by_kind("StatefulSet")
    config = _by_kind("ConfigMap")
    secret = _by_kind("Secret")
    service = _by_kind("Service")
    pdb = _by_kind("PodDisruptionBudget")
    pod = sts["spec"]["template"]["spec"]
    [container] = pod["containers"]
    labels = sts["spec"]["template"]["metadata"]["labels"]
    assert sts["spec"]["selector"]["matchLabels"].items() <= labels.items()
    assert service["spec"]["selector"].items() <= labels.items()
    assert pdb["spec"]["selector"]["matchLabels"].items() <= labels.items()
    assert sts["spec"]["serviceName"] == service["metadata"]["name"]
    assert container["envFrom"][0]["configMapRef"]["name"] == config["metadata"]["name"]
    env = config["data"]
    port = int(env["CHIPWATCH_WEB_PORT"])
    [named] = container["ports"]
    assert named["containerPort"] == port and env["CHIPWATCH_WEB_HOST"] == "0.0.0.0"
    assert service["spec"]["ports"][0]["targetPort"] == named["name"]
    # Probes on the worker's real views.
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
        assert container[probe]["httpGet"]["port"] in (named["name"], port)
    assert {"/healthz", "/readyz"} <= _registered_pages()
    assert (
        container["resources"]["requests"]["cpu"] and container["resources"]["requests"]["memory"]
    )
    # The RocksDB store lives on the pod's own volume, at the data dir.
    mounts = {m["name"]: m["mountPath"] for m in container["volumeMounts"]}
    [claim] = sts["spec"]["volumeClaimTemplates"]
    assert mounts[claim["metadata"]["name"]] == env["CHIPWATCH_DATA_DIR"]
    assert env["CHIPWATCH_STORE"].startswith("rocksdb://")
    # Secret files are where the settings say, with the Secret's keys.
    secret_volume = next(v for v in pod["volumes"] if "secret" in v)
    assert secret_volume["secret"]["secretName"] == secret["metadata"]["name"]
    secret_dir = mounts[secret_volume["name"]]
    for setting in ("CHIPWATCH_SASL_PASSWORD_FILE", "CHIPWATCH_SSL_CAFILE"):
        path = Path(env[setting])
        assert str(path.parent) == secret_dir and path.name in secret["stringData"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert pod["terminationGracePeriodSeconds"] >= 30


def _registered_pages() -> set[str]:
    """Paths of the web views a worker serves (Faust's web keeps them in ``views``)."""
    app = create_app(Settings(store="memory://")).app
    return set(app.web.views)


def test_dockerfile_ships_the_rocksdb_store_and_a_data_dir_owned_by_the_user() -> None:
    text = (REPO / "deploy" / "Dockerfile").read_text()
    assert "CHIPWATCH_DATA_DIR=/data" in text and "chown chipwatch /data" in text
    pyproject = (REPO / "pyproject.toml").read_text()
    assert '"rocksdict' in pyproject, "the production store needs rocksdict installed"
    for name in ("pyproject.toml", "README.md", "schemas", "streams"):
        assert (REPO / name).exists(), name
