"""The event bus: NATS JetStream with trace propagation, de-duplication and dead letters.

Publishing waits for JetStream's PubAck and sets ``Nats-Msg-Id`` so a re-publish of the same
fact is stored once. Consuming binds to the durable consumers declared in
``deploy/nats/jetstream.yaml`` and applies one rule to every handler:

* return normally → ``ack`` (the handler has committed its side effects);
* raise :class:`TransientError` → ``nak(delay)``, JetStream redelivers later;
* raise :class:`PoisonMessage`, or fail on the last allowed delivery → the message is copied to
  ``dlq.<durable>`` and ``term``-ed.

Handlers must be idempotent: delivery is at least once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import ssl
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import nats
import nats.errors
import nats.js.errors
import yaml
from google.protobuf.message import DecodeError, Message
from nats.js import api
from opentelemetry import trace

from medenclave import telemetry

__all__ = [
    "BusUnavailable",
    "ConsumerDecl",
    "Event",
    "EventBus",
    "PoisonMessage",
    "StreamDecl",
    "Topology",
    "TransientError",
    "client_tls",
    "inbox_prefix",
    "load_topology",
]

log = logging.getLogger(__name__)
SCHEMA_HEADER = "Medenclave-Schema"
M = TypeVar("M", bound=Message)


def client_tls(tls_dir: Path, name: str) -> ssl.SSLContext:
    """A client TLS context for a NATS server that requires certificates: trusts ``ca.pem`` of
    ``tls_dir`` and presents ``NAME.pem``/``NAME.key`` (``medenclave certs init``'s files).

    Raises:
        OSError: a file is missing or unreadable.
    """
    context = ssl.create_default_context(cafile=str(tls_dir / "ca.pem"))
    context.load_cert_chain(str(tls_dir / f"{name}.pem"), str(tls_dir / f"{name}.key"))
    return context


def inbox_prefix(user: str) -> str:
    """The inbox prefix of NATS user ``user``: replies to it are readable by it alone."""
    return f"_INBOX_{user}"


class TransientError(Exception):
    """The handler could not finish now; redeliver after ``delay`` seconds."""

    def __init__(self, reason: str, *, delay: float = 5.0) -> None:
        super().__init__(reason)
        self.delay = delay


class PoisonMessage(Exception):
    """The message can never be processed; dead-letter it."""


class BusUnavailable(Exception):
    """The event could not be persisted by JetStream (no PubAck)."""


@dataclass(frozen=True)
class StreamDecl:
    name: str
    subjects: list[str]
    max_age: float = 0
    duplicate_window: float = 120
    #: the service that creates and updates the stream; others create it only when missing
    owner: str = ""


@dataclass(frozen=True)
class ConsumerDecl:
    stream: str
    durable: str
    #: empty: every subject of the stream
    filter_subject: str
    owner: str
    max_deliver: int = 5
    backoff: list[float] = field(default_factory=list)
    max_ack_pending: int = 1000
    #: every process of the owner also gets a live copy of each message (:meth:`Bus.on_live`):
    #: the durable consumer hands a message to one replica; a replica's own cache may need all
    live: bool = False


@dataclass(frozen=True)
class Topology:
    streams: list[StreamDecl]
    consumers: list[ConsumerDecl]

    def consumer(self, durable: str) -> ConsumerDecl:
        for decl in self.consumers:
            if decl.durable == durable:
                return decl
        raise KeyError(f"consumer '{durable}' is not declared in the JetStream topology")


def _default_topology_path() -> Path:
    env = os.environ.get("MEDENCLAVE_JETSTREAM_CONFIG")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "deploy" / "nats" / "jetstream.yaml"


def load_topology(path: Path | None = None) -> Topology:
    """Read the stream and consumer declarations (default: deploy/nats/jetstream.yaml)."""
    raw = yaml.safe_load((path or _default_topology_path()).read_text())
    return Topology(
        streams=[StreamDecl(**s) for s in raw["streams"]],
        consumers=[ConsumerDecl(**c) for c in raw["consumers"]],
    )


@dataclass
class Event:
    """One delivery of a message to a handler."""

    subject: str
    data: bytes
    headers: Mapping[str, str]
    num_delivered: int
    _msg: Any = field(repr=False, default=None)

    @property
    def event_id(self) -> str:
        return self.headers.get("Nats-Msg-Id", "")

    def parse(self, message_type: type[M]) -> M:
        """Decode the protobuf payload.

        Raises:
            PoisonMessage: the payload is not a ``message_type``.
        """
        try:
            return message_type.FromString(self.data)
        except DecodeError:
            raise PoisonMessage(f"undecodable {message_type.__name__} on {self.subject}") from None

    async def in_progress(self) -> None:
        """Tell JetStream the handler is still working (resets the ack timer)."""
        if self._msg is not None:
            await self._msg.in_progress()


Handler = Callable[[Event], Awaitable[None]]


async def _log_nats_error(exc: Exception) -> None:
    log.warning("nats connection error", extra={"code": "BUS-001",
                                                "fields": {"error": type(exc).__name__}})


class EventBus:
    """A connection to NATS JetStream for one service process."""

    def __init__(self, nc: nats.NATS, topology: Topology, *, authenticated: bool = False) -> None:
        self._nc = nc
        #: connected with a NATS user: the server binds what it may publish to that user
        self.authenticated = authenticated
        self._js = nc.jetstream(timeout=10)
        self.topology = topology
        self._tasks: list[asyncio.Task] = []
        self._stopping = asyncio.Event()

    @classmethod
    async def connect(cls, url: str, *, name: str, topology: Topology | None = None,
                      connect_timeout: float = 5.0, user: str = "", password: str = "",
                      tls: ssl.SSLContext | None = None) -> EventBus:
        """Connect to ``url`` (reconnecting forever once connected).

        Args:
            user: the NATS user (empty: connect without credentials); its replies and
                deliveries come on the private inbox prefix ``_INBOX_<user>``, the only
                subjects the generated server configuration lets it subscribe to.
            password: the user's password (never logged).
            tls: a client TLS context when the server requires TLS.

        Raises:
            BusUnavailable: no NATS server answered, or it refused the credentials.
        """
        options: dict[str, Any] = {}
        if user:
            options.update(user=user, password=password, inbox_prefix=inbox_prefix(user))
        if tls is not None:
            options["tls"] = tls
        # nats-py keeps retrying a first connection forever when reconnects are unlimited:
        # bound the first attempt so start-up can report the bus as unreachable and stop.
        try:
            nc = await asyncio.wait_for(nats.connect(
                url, name=name, connect_timeout=connect_timeout, max_reconnect_attempts=-1,
                allow_reconnect=True, reconnect_time_wait=0.5, error_cb=_log_nats_error,
                **options), timeout=connect_timeout * 2)
        except (TimeoutError, nats.errors.Error, OSError) as exc:
            raise BusUnavailable(f"cannot reach NATS: {type(exc).__name__}") from None
        return cls(nc, topology or load_topology(), authenticated=bool(user))

    @property
    def connected(self) -> bool:
        return self._nc.is_connected

    async def ensure_topology(self, *, owner: str | None = None, replicas: int = 1) -> None:
        """Create or update the streams ``owner`` owns, create any other declared stream that is
        missing, and create or update the consumers ``owner`` binds to.

        Args:
            replicas: copies of every stream in a JetStream cluster (1 on a single server, 3 on
                the hospital's 3-node cluster); consumers follow their stream's.
        """
        for decl in self.topology.streams:
            config = api.StreamConfig(
                name=decl.name, subjects=decl.subjects, storage=api.StorageType.FILE,
                retention=api.RetentionPolicy.LIMITS, max_age=decl.max_age or None,
                duplicate_window=decl.duplicate_window, num_replicas=replicas,
            )
            try:
                await self._js.stream_info(decl.name)
            except nats.js.errors.NotFoundError:
                with contextlib.suppress(nats.js.errors.BadRequestError):  # created meanwhile
                    await self._js.add_stream(config)
                continue
            if owner is None or decl.owner in ("", owner):
                await self._js.update_stream(config)
        for consumer in self.topology.consumers:
            if owner is not None and consumer.owner != owner:
                continue
            await self._js.add_consumer(consumer.stream, api.ConsumerConfig(
                name=consumer.durable, durable_name=consumer.durable,
                filter_subject=consumer.filter_subject or None,
                ack_policy=api.AckPolicy.EXPLICIT, deliver_policy=api.DeliverPolicy.ALL,
                max_deliver=consumer.max_deliver, backoff=consumer.backoff or None,
                ack_wait=consumer.backoff[0] if consumer.backoff else 30,
                max_ack_pending=consumer.max_ack_pending,
            ))

    async def publish(self, subject: str, message: Message, *, msg_id: str,
                      timeout: float = 5.0) -> api.PubAck:
        """Publish ``message`` and wait until JetStream has stored it.

        Args:
            subject: ``<domain>.<entity>.<event>.v1``.
            message: the protobuf payload.
            msg_id: stable id of the fact; a re-publish with the same id is dropped.

        Raises:
            BusUnavailable: no PubAck within ``timeout``.
        """
        headers = {"Nats-Msg-Id": msg_id, SCHEMA_HEADER: message.DESCRIPTOR.full_name}
        telemetry.inject(headers)
        try:
            return await self._js.publish(subject, message.SerializeToString(), timeout=timeout,
                                          headers=headers)
        except (TimeoutError, nats.errors.Error, OSError) as exc:
            raise BusUnavailable(f"publish to {subject} failed: {type(exc).__name__}") from None

    def consume(self, durable: str, handler: Handler, *, batch: int = 16,
                concurrency: int = 1) -> asyncio.Task:
        """Start pulling from the declared consumer ``durable`` and dispatching to ``handler``."""
        decl = self.topology.consumer(durable)
        task = asyncio.create_task(self._consume_loop(decl, handler, batch, concurrency),
                                   name=f"consume:{durable}")
        self._tasks.append(task)
        return task

    async def on_live(self, durable: str, wake: Callable[[], None]) -> None:
        """Call ``wake()`` on each message of the consumer ``durable``'s subject as it is
        published, in this process (a plain NATS subscription: at most once, nothing parsed or
        acknowledged; the consumer itself stays the reliable path). The consumer must be
        declared ``live`` (its owner's NATS user may subscribe to the subject).

        Raises:
            ValueError: the consumer is not declared live.
            BusUnavailable: the subscription was refused.
        """
        decl = self.topology.consumer(durable)
        if not decl.live or not decl.filter_subject:
            raise ValueError(f"consumer '{durable}' is not declared live")

        async def copy(_msg: Any) -> None:
            try:
                wake()
            except Exception as exc:  # a live copy is a hint: never breaks the connection
                log.warning("live copy not handled", extra={"code": "BUS-105", "fields": {
                    "consumer": durable, "error": type(exc).__name__}})
        try:
            await self._nc.subscribe(decl.filter_subject, cb=copy)
            await self._nc.flush(timeout=5)  # the server has it before we say we listen
        except (TimeoutError, nats.errors.Error, OSError) as exc:
            raise BusUnavailable(f"live copies of {durable}: {type(exc).__name__}") from None

    async def _consume_loop(self, decl: ConsumerDecl, handler: Handler, batch: int,
                            concurrency: int) -> None:
        sub = None
        limiter = asyncio.Semaphore(concurrency)
        while not self._stopping.is_set():
            try:
                if sub is None:
                    sub = await self._js.pull_subscribe_bind(durable=decl.durable,
                                                             stream=decl.stream)
                msgs = await sub.fetch(batch, timeout=1.0)
            except nats.errors.TimeoutError:
                continue  # an empty fetch: loop control, not an error
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # connection lost, consumer missing: retry
                log.warning("fetch failed", extra={"code": "BUS-101", "fields": {
                    "consumer": decl.durable, "error": type(exc).__name__}})
                sub = None
                await asyncio.sleep(1.0)
                continue
            if concurrency == 1:
                for msg in msgs:
                    await self._dispatch(decl, handler, msg)
            else:
                async def run(m: Any) -> None:
                    async with limiter:
                        await self._dispatch(decl, handler, m)
                await asyncio.gather(*(run(m) for m in msgs))

    async def _dispatch(self, decl: ConsumerDecl, handler: Handler, msg: Any) -> None:
        headers = dict(msg.headers or {})
        delivered = msg.metadata.num_delivered
        event = Event(subject=msg.subject, data=msg.data, headers=headers,
                      num_delivered=delivered, _msg=msg)
        parent = telemetry.extract(headers)
        with telemetry.tracer("medenclave.bus").start_as_current_span(
                f"consume {msg.subject}", context=parent, kind=trace.SpanKind.CONSUMER,
                attributes={"messaging.system": "nats", "messaging.destination": msg.subject,
                            "messaging.message.id": event.event_id,
                            "messaging.consumer": decl.durable}) as span:
            try:
                await handler(event)
            except TransientError as exc:
                span.set_attribute("outcome", "nak")
                if delivered >= decl.max_deliver:
                    await self._dead_letter(decl, msg, headers, f"transient:{exc}")
                else:
                    log.info("redelivery requested", extra={"code": "BUS-201", "fields": {
                        "consumer": decl.durable, "event_id": event.event_id,
                        "reason": str(exc)}})
                    await msg.nak(delay=exc.delay)
                return
            except PoisonMessage as exc:
                span.set_attribute("outcome", "dead-letter")
                await self._dead_letter(decl, msg, headers, f"poison:{exc}")
                return
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                span.set_attribute("outcome", "error")
                log.error("handler failed", exc_info=True, extra={"code": "BUS-301", "fields": {
                    "consumer": decl.durable, "event_id": event.event_id,
                    "delivery": delivered, "error": type(exc).__name__}})
                if delivered >= decl.max_deliver:
                    await self._dead_letter(decl, msg, headers, f"error:{type(exc).__name__}")
                else:
                    await msg.nak(delay=min(2.0 ** delivered, 60.0))
                return
            await msg.ack()

    async def _dead_letter(self, decl: ConsumerDecl, msg: Any, headers: dict[str, str],
                           reason: str) -> None:
        dlq_headers = dict(headers)
        dlq_headers["Medenclave-Dead-Letter-Reason"] = reason[:200]
        dlq_headers["Medenclave-Original-Subject"] = msg.subject
        dlq_headers["Nats-Msg-Id"] = f"dlq:{decl.durable}:{headers.get('Nats-Msg-Id', '')}"
        try:
            await self._js.publish(f"dlq.{decl.durable}", msg.data, headers=dlq_headers)
        except Exception:
            # keep it in its stream: better redelivered than lost
            await msg.nak(delay=60)
            return
        log.warning("dead-lettered", extra={"code": "BUS-401", "fields": {
            "consumer": decl.durable, "event_id": headers.get("Nats-Msg-Id", ""),
            "reason": reason.split(":", 1)[0]}})
        await msg.term()

    async def close(self) -> None:
        """Stop consuming and close the connection (acks are explicit: nothing to drain)."""
        self._stopping.set()
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        with contextlib.suppress(Exception):
            await self._nc.flush(timeout=2)
        with contextlib.suppress(Exception):
            await self._nc.close()

    @property
    def jetstream(self) -> Any:
        """The raw JetStream context, for tests and admin tools."""
        return self._js
