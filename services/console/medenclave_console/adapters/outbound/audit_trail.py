"""The console's audit records, through the kit's audit publisher (fail closed)."""

from __future__ import annotations

from collections.abc import Callable

from medenclave.audit_log import AuditPublisher
from medenclave.bus import BusUnavailable
from medenclave_console.core.ports import Unavailable

__all__ = ["PublishedAuditTrail"]


class PublishedAuditTrail:
    """:class:`medenclave_console.core.ports.AuditTrail` on ``audit.record.v1.console``."""

    def __init__(self, publisher: Callable[[], AuditPublisher | None]) -> None:
        self._publisher = publisher

    async def record(self, *, action: str, resource: str, outcome: str, subject: str,
                     role: str, reason: str = "") -> None:
        publisher = self._publisher()
        if publisher is None:
            raise Unavailable("audit_unavailable")
        try:
            await publisher.record(action=action, resource=resource, outcome=outcome,
                                   reason=reason, subject=subject, role=role)
        except BusUnavailable:
            raise Unavailable("audit_unavailable") from None
