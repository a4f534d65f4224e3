"""NATS adapter: the ``audit-recorder`` consumer, appending with group commit.

The bus hands the handler one message at a time, but dispatches a fetched batch concurrently;
each handler puts its record in the :class:`GroupCommitter` and waits. Records that arrive while
a transaction runs go together into the next one, so a burst costs one chained append (one
fsync, one lock) per batch instead of per record. The handler returns (and the bus acks) only
after the record's transaction committed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from prometheus_client import Counter, Histogram

from medenclave.audit_log import AUDIT_SUBJECT
from medenclave.bus import Event, PoisonMessage, TransientError
from medenclave.v1 import events_pb2
from medenclave_audit.adapters.inbound.records import entry_from_proto
from medenclave_audit.core.chain import AuditEntry, InvalidEntry, validate_entry
from medenclave_audit.core.ledger import AuditLedger, StoreUnavailable

__all__ = ["DURABLE", "GroupCommitter", "make_recorder", "publisher_of"]

log = logging.getLogger(__name__)
DURABLE = "audit-recorder"

APPENDED = Counter("medenclave_audit_records_appended_total",
                   "Audit records appended to the hash chain")
REFUSED = Counter("medenclave_audit_records_refused_total",
                  "Audit records dead-lettered because their claimed service is not their "
                  "publisher", ["reason"])
BATCH_SIZE = Histogram("medenclave_audit_append_batch_size", "Records per chained append",
                       buckets=(1, 2, 5, 10, 25, 50, 100, 250, 500, 1000))


class GroupCommitter:
    """Collects entries from concurrent callers and appends them in shared transactions."""

    def __init__(self, *, ledger: AuditLedger, batch_max: int = 256) -> None:
        self._ledger = ledger
        self._batch_max = batch_max
        self._pending: list[tuple[AuditEntry, asyncio.Future[None]]] = []
        self._worker: asyncio.Task[None] | None = None

    async def submit(self, entry: AuditEntry) -> None:
        """Return once ``entry`` is committed (or was already stored).

        Raises:
            StoreUnavailable: the store refused the transaction; retry later.
        """
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._pending.append((entry, future))
        if self._worker is None or self._worker.done():
            self._worker = asyncio.create_task(self._drain(), name="audit-group-commit")
        await future

    async def _drain(self) -> None:
        while self._pending:
            await asyncio.sleep(0)  # let handlers dispatched together join this batch
            batch = self._pending[:self._batch_max]
            del self._pending[:len(batch)]
            await self._commit(batch)

    async def _commit(self, batch: list[tuple[AuditEntry, asyncio.Future[None]]]) -> None:
        try:
            stored = await asyncio.to_thread(self._ledger.append, entries=[e for e, _ in batch])
        except asyncio.CancelledError:
            _settle(batch, StoreUnavailable("audit service stopping"))
            raise
        except StoreUnavailable as exc:
            _settle(batch, exc)
            return
        except Exception as exc:  # one bad record must not hold its batch-mates hostage
            if len(batch) == 1:
                _settle(batch, exc)
                return
            for one in batch:
                await self._commit([one])
            return
        APPENDED.inc(len(stored))
        BATCH_SIZE.observe(len(batch))
        _settle(batch, None)

    async def close(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._worker
        pending, self._pending = self._pending, []
        _settle(pending, StoreUnavailable("audit service stopping"))


def _settle(batch: list[tuple[AuditEntry, asyncio.Future[None]]], exc: BaseException | None) -> None:
    for _, future in batch:
        if not future.done():
            if exc is None:
                future.set_result(None)
            else:
                future.set_exception(exc)


def publisher_of(subject: str) -> str | None:
    """The service an audit subject belongs to: ``audit.record.v1.<service>`` → the service,
    the legacy ``audit.record.v1`` → ``""``, anything else → None."""
    if subject == AUDIT_SUBJECT:
        return ""
    prefix = AUDIT_SUBJECT + "."
    suffix = subject[len(prefix):] if subject.startswith(prefix) else ""
    return suffix if suffix and "." not in suffix else None


def _refuse(event: Event, reason: str) -> PoisonMessage:
    REFUSED.labels(reason=reason).inc()
    log.warning("audit record not bound to its publisher", extra={"code": "AUD-202", "fields": {
        "event_id": event.event_id, "reason": reason}})
    return PoisonMessage(f"unbound audit record: {reason}")


def make_recorder(committer: GroupCommitter, *, bound_only: bool = False):
    """The handler for ``audit.>`` deliveries.

    Args:
        committer: appends the records.
        bound_only: the bus authenticates publishers (the NATS server lets each service's user
            publish only ``audit.record.v1.<service>``): refuse the legacy unbound subject.
            Either way a record on ``audit.record.v1.<service>`` must claim that service, and
            a refused record is dead-lettered, counted and logged without its content.
    """

    async def record(event: Event) -> None:
        publisher = publisher_of(event.subject)
        if publisher is None:
            raise _refuse(event, "subject")
        if bound_only and not publisher:
            raise _refuse(event, "unbound_subject")
        rec = event.parse(events_pb2.AuditRecord)
        if publisher and rec.service != publisher:
            raise _refuse(event, "service_mismatch")
        entry = entry_from_proto(rec)
        try:
            validate_entry(entry)
        except InvalidEntry as exc:  # the message names a field, never its value
            log.warning("audit record refused", extra={"code": "AUD-201", "fields": {
                "event_id": event.event_id, "reason": str(exc)}})
            raise PoisonMessage(str(exc)) from None
        try:
            await committer.submit(entry)
        except StoreUnavailable as exc:
            log.warning("audit store unavailable", extra={"code": "AUD-101", "fields": {
                "event_id": event.event_id, "error": str(exc)}})
            raise TransientError("audit store unavailable", delay=2.0) from None

    return record
