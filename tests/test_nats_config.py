"""The NATS users `medenclave up` and docker-compose configure: secrets and configuration files
readable by their owner only, a server that refuses clients without them, every service given
its user, and deploy/nats/nats.conf in step with deploy/nats/jetstream.yaml."""

from __future__ import annotations

import asyncio
import os
import stat
import subprocess
from pathlib import Path

import nats
import nats.errors
import pytest
import yaml

from medenclave.config import SERVICES
from medenclave_cli.embedded_nats import (
    NATS_USERS,
    nats_server_binary,
    render_compose_config,
    service_permissions,
)
from medenclave_cli.supervisor import Stack, StackConfig

ROOT = Path(__file__).resolve().parents[1]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_up_writes_private_nats_secrets_and_config_and_the_server_requires_them(tmp_path):
    """(e) the files `up` generates are 0600; an unauthenticated client is refused by the
    embedded server, the admin gets in, and each service is started with its own user."""
    stack = Stack(StackConfig(data_dir=tmp_path / "data").with_free_ports())
    secrets_dir = stack._prepare_data_dir()
    try:
        url = stack._start_bus()
        files = [secrets_dir / f"nats-{user}.secret" for user in NATS_USERS]
        files += [secrets_dir / "nats.env", stack.data_dir / "nats" / "nats.conf"]
        assert {str(f): oct(_mode(f)) for f in files} == {str(f): "0o600" for f in files}
        assert _mode(secrets_dir) == 0o700
        password = (secrets_dir / "nats-ingest.secret").read_text().strip()

        async def connect():
            with pytest.raises(nats.errors.Error, match="Authorization Violation"):
                await nats.connect(url, allow_reconnect=False, max_reconnect_attempts=0,
                                   connect_timeout=2)
            nc = await nats.connect(url, user="ingest", password=password)
            await nc.close()
        asyncio.run(connect())
        for name in SERVICES:
            env = stack._service_env(name, nats_url=url, grpc_eps=dict.fromkeys(SERVICES, "x"),
                                     secrets_dir=secrets_dir)
            prefix = f"MEDENCLAVE_{name.upper()}_"
            assert env[prefix + "NATS_USER"] == name
            assert env[prefix + "NATS_PASSWORD_FILE"] == str(secrets_dir / f"nats-{name}.secret")
            assert not any(password in v for v in env.values())
    finally:
        stack.stop()


def test_a_second_up_keeps_the_passwords(tmp_path):
    first = Stack(StackConfig(data_dir=tmp_path))
    first._prepare_data_dir()
    again = Stack(StackConfig(data_dir=tmp_path))
    again._prepare_data_dir()
    assert first._nats_passwords == again._nats_passwords
    assert len(set(first._nats_passwords.values())) == len(NATS_USERS)


def test_compose_nats_config_is_current_and_valid(tmp_path):
    """deploy/nats/nats.conf is what `python -m medenclave_cli.embedded_nats` renders, and
    nats-server accepts it with the passwords from the environment."""
    conf = ROOT / "deploy" / "nats" / "nats.conf"
    assert conf.read_text() == render_compose_config(), \
        "stale: python -m medenclave_cli.embedded_nats > deploy/nats/nats.conf"
    env = {**os.environ, **{f"NATS_{u.upper()}_PASSWORD": f"pw-{u}" for u in NATS_USERS}}
    done = subprocess.run([nats_server_binary(), "-c", str(conf), "-t"], env=env,
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr[-500:]


def test_compose_gives_every_service_its_nats_user():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    nats_svc = compose["services"]["nats"]
    assert "/etc/nats/nats.conf" in nats_svc["command"]
    assert nats_svc["env_file"] == "./secrets/nats.env"
    for name in SERVICES:
        env = compose["services"][name]["environment"]
        prefix = f"MEDENCLAVE_{name.upper()}_"
        assert env[prefix + "NATS_USER"] == name
        assert env[prefix + "NATS_PASSWORD_FILE"] == f"/secrets/nats-{name}.secret"


def test_each_service_publishes_only_its_own_subjects():
    """The permission table against the subject table of docs/architecture.md."""
    own = {"ingest": "dicom.>", "deid": "deid.>", "training": "model.>",
           "inference": "inference.>", "access": "access.>"}
    for name in SERVICES:
        perms = service_permissions(name)
        allowed = perms["publish"]["allow"]
        assert f"audit.record.v1.{name}" in allowed
        assert not [s for s in allowed if s.startswith("audit.") and s.split(".")[-1] != name]
        for other, subject in own.items():
            assert (subject in allowed) == (other == name), (name, subject)
        assert not [s for s in allowed if "PURGE" in s or ".DELETE." in s]
        live = ["model.registered.v1"] if name == "inference" else []
        assert perms["subscribe"]["allow"] == [f"_INBOX_{name}.>", *live]
    audit = service_permissions("audit")["publish"]["allow"]
    assert "$JS.API.CONSUMER.MSG.NEXT.AUDIT.audit-recorder" in audit
    for name in set(SERVICES) - {"audit"}:
        assert not [s for s in service_permissions(name)["publish"]["allow"]
                    if ".AUDIT." in s and "STREAM.INFO" not in s and "STREAM.CREATE" not in s]


def test_with_a_tls_folder_the_server_requires_mutual_tls(tmp_path):
    """A plaintext client, and a TLS client without a certificate, are refused; a service with
    its certificate and its NATS user publishes over TLS."""
    import ssl

    from medenclave.audit_log import AuditPublisher
    from medenclave.bus import EventBus, client_tls
    from medenclave_cli.dev_certs import init_development_pki
    from medenclave_testing import NatsServer, write_nats_secrets

    tls_dir = tmp_path / "tls"
    init_development_pki(tls_dir)
    (tmp_path / "s").mkdir()
    passwords = write_nats_secrets(tmp_path / "s")

    async def scenario(server):
        assert server.url.startswith("tls://")
        plain = server.url.replace("tls://", "nats://")
        # nats-py raises a version-dependent error (TLS required, handshake, timeout)
        with pytest.raises(Exception):
            await nats.connect(plain, user="ingest", password=passwords["ingest"],
                               allow_reconnect=False, max_reconnect_attempts=0,
                               connect_timeout=2)
        anonymous = ssl.create_default_context(cafile=str(tls_dir / "ca.pem"))
        with pytest.raises(Exception):
            await nats.connect(server.url, user="ingest", password=passwords["ingest"],
                               tls=anonymous, allow_reconnect=False, max_reconnect_attempts=0,
                               connect_timeout=2)
        bus = await EventBus.connect(server.url, name="ingest", user="ingest",
                                     password=passwords["ingest"],
                                     tls=client_tls(tls_dir, "ingest"))
        try:
            await bus.ensure_topology(owner="ingest")
            record = await AuditPublisher(bus, "ingest").record(action="probe")
            assert record.service == "ingest"
        finally:
            await bus.close()

    with NatsServer(tmp_path / "nats", passwords=passwords, tls_dir=tls_dir) as server:
        asyncio.run(scenario(server))


def test_every_inference_replica_gets_a_live_copy_of_model_registered(tmp_path):
    """The durable consumer hands each model.registered to one inference replica; each replica
    (its own connection, the inference NATS user) also gets a live copy, which wakes its
    repository scan. Only consumers declared live may be listened to this way."""
    from medenclave.bus import EventBus
    from medenclave.v1 import events_pb2
    from medenclave_testing import NatsServer, write_nats_secrets

    (tmp_path / "s").mkdir()
    passwords = write_nats_secrets(tmp_path / "s")

    async def scenario(url: str) -> None:
        training = await EventBus.connect(url, name="training", user="training",
                                          password=passwords["training"])
        replicas = [await EventBus.connect(url, name=f"inference-{i}", user="inference",
                                           password=passwords["inference"]) for i in range(2)]
        try:
            await training.ensure_topology(owner="training")
            woken = [asyncio.Event() for _ in replicas]
            for bus, event in zip(replicas, woken, strict=True):
                await bus.on_live("inference-model-registered", event.set)
            with pytest.raises(ValueError, match="not declared live"):
                await replicas[0].on_live("training-deid-completed", lambda: None)
            await training.publish("model.registered.v1", events_pb2.ModelRegistered(
                model_name="chest", version=2), msg_id="model.registered:chest:2")
            await asyncio.wait_for(asyncio.gather(*(e.wait() for e in woken)), timeout=10)
        finally:
            for bus in (training, *replicas):
                await bus.close()

    with NatsServer(tmp_path / "nats", passwords=passwords) as server:
        asyncio.run(scenario(server.url))
