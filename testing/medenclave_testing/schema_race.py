"""Several engines upgrading one database at the same moment, as replicas starting together do."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from medenclave.migrations import upgrade_schema

__all__ = ["upgrade_at_once"]


def upgrade_at_once(engines: Sequence[Any], *, service: str, versions: Any) -> list:
    """Run ``upgrade_schema`` from every engine at once (released together by a barrier) and
    return their results; an exception in any of them fails the caller's test, named."""
    results: list = []
    errors: list = []
    start = threading.Barrier(len(engines))

    def upgrade(engine: Any) -> None:
        start.wait(timeout=30)
        try:
            results.append(upgrade_schema(engine, service=service, versions=versions))
        except Exception as exc:  # collected: the assertion below names it
            errors.append(exc)

    threads = [threading.Thread(target=upgrade, args=(e,)) for e in engines]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    return results
