"""Static checks of what cannot run here: compose file, Dockerfiles, generated stubs."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SERVICES = ["ingest", "deid", "training", "inference", "access", "audit"]


def test_generated_stubs_are_up_to_date():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_protos.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("docker-compose") is None,
                    reason="docker-compose (Debian package) not installed: compose file not parsed")
def test_compose_file_parses_and_has_no_default_password():
    """The compose file parses once the NATS passwords exist (``./secrets/nats.env``, written
    by the same code as ``medenclave up``; made here for the check and removed after when a
    fresh clone has none), and refuses to run without a PostgreSQL password; with the
    segmentation-masks file on top, without the masks' host folder."""
    from medenclave_cli.embedded_nats import write_nats_secrets

    secrets_dir = ROOT / "secrets"
    made = not (secrets_dir / "nats.env").exists()
    if made:
        secrets_dir.mkdir(mode=0o700, exist_ok=True)
        write_nats_secrets(secrets_dir)
    try:
        env = {**os.environ, "POSTGRES_PASSWORD": "from-the-environment"}
        ok = subprocess.run(["docker-compose", "-f", str(ROOT / "docker-compose.yml"), "config",
                             "-q"], capture_output=True, text=True, env=env, cwd=ROOT)
        assert ok.returncode == 0, ok.stderr
        env.pop("POSTGRES_PASSWORD")
        refused = subprocess.run(["docker-compose", "-f", str(ROOT / "docker-compose.yml"),
                                  "config", "-q"], capture_output=True, text=True, env=env, cwd=ROOT)
        assert refused.returncode != 0 and "POSTGRES_PASSWORD" in refused.stderr
        env["POSTGRES_PASSWORD"] = "from-the-environment"
        with_masks = ["docker-compose", "-f", str(ROOT / "docker-compose.yml"), "-f",
                      str(ROOT / "deploy/compose/segmentation-masks.yml"), "config", "-q"]
        unnamed = subprocess.run(with_masks, capture_output=True, text=True, env=env, cwd=ROOT)
        assert unnamed.returncode != 0 and "MEDENCLAVE_MASKS_HOST_DIR" in unnamed.stderr
        env["MEDENCLAVE_MASKS_HOST_DIR"] = str(secrets_dir)
        named = subprocess.run(with_masks, capture_output=True, text=True, env=env, cwd=ROOT)
        assert named.returncode == 0, named.stderr
    finally:
        if made:
            shutil.rmtree(secrets_dir)


def test_compose_declares_the_whole_platform_with_health_checks():
    spec = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = spec["services"]
    for name in [*SERVICES, "nats", "postgres", "otel-collector", "triton"]:
        assert name in services, name
    for name in [*SERVICES, "nats", "postgres", "triton"]:
        assert "healthcheck" in services[name], name
    assert "-js" in services["nats"]["command"]


def test_compose_training_reads_segmentation_masks_only_when_asked():
    """SEG_MASKS is off unless the environment says otherwise; the mask folder comes with
    deploy/compose/segmentation-masks.yml alone, read-only at MASK_DIR, its host folder named
    by the operator (no default that would point it at an empty folder)."""
    from medenclave_training.config import TrainingSettings

    training = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]["training"]
    env = training["environment"]
    assert env["MEDENCLAVE_TRAINING_SEG_MASKS"] == "${MEDENCLAVE_TRAINING_SEG_MASKS:-false}"
    assert "MEDENCLAVE_TRAINING_MASK_DIR" not in env
    override = yaml.safe_load((ROOT / "deploy/compose/segmentation-masks.yml").read_text())
    assert set(override) == {"services"} and set(override["services"]) == {"training"}
    masks = override["services"]["training"]
    (volume,) = masks["volumes"]
    host, target, mode = volume.rsplit(":", 2)
    assert target == masks["environment"]["MEDENCLAVE_TRAINING_MASK_DIR"] == "/masks"
    assert mode == "ro" and target not in {v.split(":")[1] for v in training["volumes"]}
    assert host.startswith("${MEDENCLAVE_MASKS_HOST_DIR:?")
    for name in [*masks["environment"], "MEDENCLAVE_TRAINING_SEG_MASKS"]:
        assert name.removeprefix("MEDENCLAVE_TRAINING_").lower() in TrainingSettings.model_fields


@pytest.mark.parametrize("service", SERVICES)
def test_service_has_dockerfile_and_readme(service):
    folder = ROOT / "services" / service
    dockerfile = (folder / "Dockerfile").read_text()
    assert len(re.findall(r"^FROM\s", dockerfile, flags=re.M)) >= 2, "multi-stage build"
    users = re.findall(r"^USER\s+(\S+)", dockerfile, flags=re.M)
    assert users and users[-1] not in ("root", "0"), "runs as a non-root user"
    assert "HEALTHCHECK" in dockerfile
    readme = (folder / "README.md").read_text().lower()
    for section in ("rpc", "event", "config"):
        assert section in readme, f"{service} README mentions {section}"


def _networks(service: dict) -> set[str]:
    """The networks a compose service joins (list or mapping form)."""
    joined = service.get("networks", [])
    return set(joined) if isinstance(joined, list) else set(joined or {})


#: services besides inference that may share a network with Triton: a metrics scraper only
TRITON_SCRAPERS = {"prometheus"}


def test_triton_is_reachable_only_by_inference():
    """NVIDIA Triton has no authentication or audit: it publishes no host port and shares only
    an internal network with inference (and a metrics scraper if one is added)."""
    spec = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = spec["services"]
    triton = services["triton"]
    assert not triton.get("ports"), "Triton publishes no host ports (8000/8001/8002)"
    assert triton.get("network_mode") is None, "no host (or another service's) network"
    triton_networks = _networks(triton)
    assert triton_networks, "Triton on a named network, not compose's default one"
    for network in triton_networks:
        assert ((spec.get("networks") or {}).get(network) or {}).get("internal") is True, network
        sharing = {name for name, svc in services.items()
                   if name != "triton" and network in _networks(svc)}
        assert "inference" in sharing and sharing <= {"inference", *TRITON_SCRAPERS}, sharing
    assert all(_networks(svc) for svc in services.values()), \
        "every service names its networks (compose's default network would reach Triton's)"
    url = services["inference"]["environment"]["MEDENCLAVE_INFERENCE_TRITON_URL"]
    assert url.split(":")[0] == "triton"
