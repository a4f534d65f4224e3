"""Who may hold a connection to the native DICOM engine before it associates.

A TCP connection costs the SCP a task, a socket and, once it sends, a receive buffer. Without
limits a peer could open connections faster than the ARTIM timer closes them. The
:class:`ConnectionLimits` admit a new connection only while

* fewer than ``max_pending`` connections are not associated yet (connecting, TLS handshake,
  A-ASSOCIATE negotiation, the Sta13 linger after a rejection), and
* its host holds fewer than ``max_per_host`` of those,

so one host cannot take every slot, and slow or silent peers are bounded by count and by the
ARTIM timer. Associated connections are bounded by the association limit (an association over
it is still answered A-ASSOCIATE-RJ, transient, so a modality knows to retry). A refused
connection is closed at once: nothing is read from it and nothing is allocated for it.
Refusals are counted (``associations_rejected_total{reason}``) and logged (ING-109) at most
once per ``log_every_s`` with the number refused since, so a peer reconnecting in a loop
cannot flood the log.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable

from medenclave_ingest.adapters.inbound.dicom import metrics

__all__ = ["REASON_HOST_LIMIT", "REASON_PENDING_LIMIT", "ConnectionLimits"]

log = logging.getLogger(__name__)

REASON_PENDING_LIMIT = "pending_connections_limit"
REASON_HOST_LIMIT = "host_connections_limit"


class ConnectionLimits:
    """Counts connections by state and host; decides admission.

    Args:
        max_pending: connections not associated yet, at most (≥ 1).
        max_per_host: connections not associated yet from one host, at most (≥ 1).
        log_every_s: at most one ING-109 line per this many seconds.
        clock: monotonic seconds (tests).

    Raises:
        ValueError: a limit below 1.
    """

    def __init__(self, *, max_pending: int, max_per_host: int, log_every_s: float = 10.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if max_pending < 1 or max_per_host < 1:
            raise ValueError("connection limits must be at least 1")
        self.max_pending, self.max_per_host = max_pending, max_per_host
        self.pending = 0
        self.per_host: Counter[str] = Counter()
        self._log_every, self._clock = log_every_s, clock
        self._next_log = 0.0
        self._unlogged = 0

    def admit(self, host: str) -> bool:
        """Count a new connection from ``host`` as pending; False (counted, logged) if over a
        limit, then the caller closes it and calls nothing else."""
        if self.pending >= self.max_pending:
            self._refused(REASON_PENDING_LIMIT)
            return False
        if self.per_host[host] >= self.max_per_host:
            self._refused(REASON_HOST_LIMIT)
            return False
        self.pending += 1
        self.per_host[host] += 1
        return True

    def associated(self, host: str) -> None:
        """An admitted connection's association was accepted: no longer pending."""
        self.pending -= 1
        self.per_host[host] -= 1
        if self.per_host[host] <= 0:
            del self.per_host[host]

    def closed(self, host: str, *, pending: bool) -> None:
        """An admitted connection ended (``pending``: before its association was accepted)."""
        if pending:
            self.associated(host)

    def _refused(self, reason: str) -> None:
        metrics.ASSOCIATIONS_REJECTED.labels(reason).inc()
        self._unlogged += 1
        now = self._clock()
        if now < self._next_log:
            return
        log.warning("connections refused: over a connection limit", extra={
            "code": "ING-109", "fields": {"reason": reason, "refused": self._unlogged,
                                          "pending": self.pending}})
        self._next_log, self._unlogged = now + self._log_every, 0
