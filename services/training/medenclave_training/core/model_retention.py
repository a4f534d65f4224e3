"""RetiredModelRetention: the retention sweep of the models data class.

A model version that will never be served again (``retired``, or ``failed`` after export) keeps
its ONNX file and extras in the model repository for ``retention_days`` after it was retired (or
registered, for a failed one); the safe default is a year, long enough to roll back or audit an
answer, and there is no "keep forever". Past that, the version is audited first
(``retention.expire``, fail closed) and its folder removed. The model card, the registry row and
the lineage (job, dataset version, manifest hash) stay: what was trained on what stays
answerable after the weights are gone, and a version number is never reused.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from medenclave_training.core.governance import ModelStage
from medenclave_training.core.ports import ModelCardStore, ModelStore, RepositoryPruner

__all__ = ["EXPIRE_ACTION", "RetiredModelRetention"]

EXPIRE_ACTION = "retention.expire"
#: versions one sweep removes at most (the next sweep goes on)
BATCH = 100


class RetiredModelRetention:
    """Removes the files of model versions past their retention."""

    def __init__(self, *, models: ModelStore, cards: ModelCardStore,
                 repository: RepositoryPruner, audit: Callable[[], Any],
                 clock: Callable[[], float] = time.time) -> None:
        self._models = models
        self._cards = cards
        self._repository = repository
        self._audit = audit
        self._clock = clock

    async def expire(self, *, retention_days: int, limit: int = BATCH) -> list[str]:
        """Remove the files of up to ``limit`` retired (or failed) versions older than
        ``retention_days``.

        Returns:
            The ``model:version`` refs whose files were removed.

        Raises:
            ValueError: ``retention_days`` below 1.
            EventsUnavailable: an audit record was not persisted (that version is kept).
            OSError: the repository could not be changed (a later sweep goes on).
        """
        if retention_days < 1:
            raise ValueError("retention_days must be at least 1")
        cutoff = self._clock() - retention_days * 86400.0
        removed: list[str] = []
        for name in sorted({m.model_name for m in self._models.list()}):
            for card in self._cards.cards(model_name=name):
                if len(removed) >= limit:
                    return removed
                since = card.retired_at if card.stage is ModelStage.RETIRED else (
                    card.registered_at if card.stage is ModelStage.FAILED else 0.0)
                if card.served or not since or since >= cutoff or \
                        not self._repository.has_version(model_name=name, version=card.version):
                    continue
                await self._audit().record(action=EXPIRE_ACTION, resource=f"model:{card.ref}",
                                           reason=f"model_retention_days={retention_days}")
                self._repository.remove_version(model_name=name, version=card.version)
                removed.append(card.ref)
        return removed
