"""JetStream state in a live backup: every stream snapshotted through JetStream's own snapshot
API while the stack runs, and restored through its restore API.

``$JS.API.STREAM.SNAPSHOT.<stream>`` makes nats-server write a consistent snapshot of the stream
(messages and its durable consumers with their delivered and acknowledged positions) to a
deliver subject in chunks, each acknowledged by the client, then an empty message; the reply
carries the stream's configuration and state. ``$JS.API.STREAM.RESTORE.<stream>`` takes them
back: chunks sent as requests to the subject it names, an empty request to finish. This is the
nats CLI's ``stream backup``/``stream restore``, done by the backup command itself so that one
archive holds the whole installation.

Restore runs a private nats-server (loopback, a free port, no users) on the restored data dir's
JetStream store, so the stack started there later finds its streams and consumers as they were.
"""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path
from typing import Any

__all__ = ["CHUNK_BYTES", "MAX_STREAM_BYTES", "JetStreamBackupError", "restore_streams",
           "snapshot_streams"]

#: a snapshot chunk (nats-server's default is 128-256 KiB)
CHUNK_BYTES = 128 * 1024
#: the largest stream snapshot accepted (the embedded server's file store is 2 GB)
MAX_STREAM_BYTES = 4 * 1024 ** 3
#: streams one backup may hold (MedEnclave declares seven)
MAX_STREAMS = 256
#: seconds without a chunk before a snapshot or restore counts as stalled
STALL_S = 30.0
SNAPSHOT_SUFFIX = ".snapshot"
META_SUFFIX = ".json"


class JetStreamBackupError(RuntimeError):
    """A stream could not be snapshotted or restored; the message names the stream."""


async def _api(nc: Any, subject: str, body: dict, timeout: float = STALL_S) -> dict:
    reply = json.loads((await nc.request(subject, json.dumps(body).encode(),
                                         timeout=timeout)).data or b"{}")
    if reply.get("error"):
        error = reply["error"]
        raise JetStreamBackupError(f"{subject}: {error.get('description', error)}")
    return reply


async def _stream_names(nc: Any) -> list[str]:
    names: list[str] = []
    while len(names) < MAX_STREAMS:
        page = await _api(nc, "$JS.API.STREAM.NAMES", {"offset": len(names)})
        got = page.get("streams") or []
        names += got
        if not got or len(names) >= page.get("total", 0):
            return sorted(names)
    raise JetStreamBackupError(f"more than {MAX_STREAMS} streams")


async def _snapshot_one(nc: Any, name: str, out: Path) -> dict:
    chunks: asyncio.Queue = asyncio.Queue()
    inbox = nc.new_inbox()
    sub = await nc.subscribe(inbox, cb=chunks.put)
    try:
        meta = await _api(nc, f"$JS.API.STREAM.SNAPSHOT.{name}",
                          {"deliver_subject": inbox, "chunk_size": CHUNK_BYTES})
        size = 0
        with (out / f"{name}{SNAPSHOT_SUFFIX}").open("xb") as fh:
            while True:
                try:
                    msg = await asyncio.wait_for(chunks.get(), STALL_S)
                except TimeoutError:
                    raise JetStreamBackupError(f"snapshot of stream {name} stalled") from None
                if not msg.data:
                    break
                size += len(msg.data)
                if size > MAX_STREAM_BYTES:
                    raise JetStreamBackupError(f"stream {name} is over {MAX_STREAM_BYTES} bytes")
                fh.write(msg.data)
                if msg.reply:
                    await nc.publish(msg.reply, b"")   # flow control: chunk received
    finally:
        await sub.unsubscribe()
    record = {"config": meta.get("config"), "state": meta.get("state"), "bytes": size}
    (out / f"{name}{META_SUFFIX}").write_text(json.dumps(record, sort_keys=True))
    return record


async def snapshot_streams(url: str, options: dict[str, Any], out: Path) -> dict[str, int]:
    """Snapshot every stream of the server at ``url`` into ``out`` (``<stream>.snapshot`` and
    ``<stream>.json``: configuration and state).

    Args:
        url: the running stack's NATS URL.
        options: ``nats.connect`` keywords (the admin user: the only one the snapshot API
            is open to).
        out: an existing empty folder.

    Returns:
        stream → messages in its snapshot.

    Raises:
        JetStreamBackupError: a stream's snapshot failed or stalled, or is too large.
        OSError: NATS is not reachable.
    """
    import nats

    try:
        nc = await nats.connect(url, allow_reconnect=False, connect_timeout=10, **options)
    except Exception as exc:  # nats raises its own errors for refused connections and auth
        raise JetStreamBackupError(f"NATS at {url} not reachable: {exc}") from None
    try:
        counts = {}
        for name in await _stream_names(nc):
            record = await _snapshot_one(nc, name, out)
            counts[name] = int((record["state"] or {}).get("messages", 0))
        return counts
    finally:
        await nc.close()


async def _restore_one(nc: Any, name: str, folder: Path) -> None:
    meta = json.loads((folder / f"{name}{META_SUFFIX}").read_text())
    started = await _api(nc, f"$JS.API.STREAM.RESTORE.{name}",
                         {"config": meta["config"], "state": meta["state"]})
    deliver = started.get("deliver_subject")
    if not deliver:
        raise JetStreamBackupError(f"restore of stream {name}: no deliver subject")
    with (folder / f"{name}{SNAPSHOT_SUFFIX}").open("rb") as fh:
        while block := fh.read(CHUNK_BYTES):
            answer = await nc.request(deliver, block, timeout=STALL_S)
            if answer.data.startswith(b"-ERR"):
                raise JetStreamBackupError(f"restore of stream {name}: "
                                           f"{answer.data.decode(errors='replace')}")
    done = json.loads((await nc.request(deliver, b"", timeout=120)).data or b"{}")
    if done.get("error"):
        raise JetStreamBackupError(f"restore of stream {name}: "
                                   f"{done['error'].get('description', done['error'])}")


def restore_streams(data_dir: Path, folder: Path) -> list[str]:
    """Restore the snapshots in ``folder`` into ``data_dir``'s JetStream store (``nats/``),
    through a private nats-server, then remove ``folder``.

    Raises:
        JetStreamBackupError: a stream did not restore (the folder is kept).
    """
    from medenclave_cli.embedded_nats import NatsServer

    names = sorted(p.name.removesuffix(SNAPSHOT_SUFFIX)
                   for p in folder.glob(f"*{SNAPSHOT_SUFFIX}"))

    async def run(url: str) -> None:
        import nats

        nc = await nats.connect(url, allow_reconnect=False)
        try:
            for name in names:
                await _restore_one(nc, name, folder)
        finally:
            await nc.close()

    with NatsServer(data_dir / "nats") as server:
        asyncio.run(run(server.url))
    (data_dir / "nats" / "nats.conf").unlink(missing_ok=True)   # `up` writes its own
    shutil.rmtree(folder)
    return names
