"""DeidentifiedRetention: the retention sweep of the de-identified data class.

A de-identified study is kept ``retention_days`` after it was de-identified (the safe default
is ten years: datasets, their manifests and the models trained on them refer to it; there is
no "keep forever"). Past that, each study is audited first (``retention.expire``, fail closed:
no record, nothing removed), then its objects are deleted from the de-identified store, its
instance index and accession index rows forgotten and its records marked ``EXPIRED``
(FetchStudy then answers NOT_FOUND; the pseudonymous ids stay in the records as tombstones).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from medenclave_deid.core.ports import ExpiringStudies, ObjectRemover

__all__ = ["EXPIRED", "EXPIRE_ACTION", "DeidentifiedRetention", "ExpiringStudies"]

EXPIRE_ACTION = "retention.expire"
EXPIRED = "EXPIRED"
#: studies one sweep step handles (the sweep repeats until fewer come back)
BATCH = 100


class DeidentifiedRetention:
    """Expires de-identified studies past their retention."""

    def __init__(self, *, studies: ExpiringStudies, store: ObjectRemover,
                 audit: Callable[[], Any], forget_accessions: Callable[[list[str]], int],
                 clock: Callable[[], float] = time.time) -> None:
        self._studies = studies
        self._store = store
        self._audit = audit
        self._forget_accessions = forget_accessions
        self._clock = clock

    async def expire(self, *, retention_days: int, limit: int = BATCH) -> list[str]:
        """Expire up to ``limit`` studies de-identified more than ``retention_days`` ago.

        Returns:
            The pseudonymous study ids expired.

        Raises:
            ValueError: ``retention_days`` below 1.
            EventsUnavailable: an audit record was not persisted (that study is kept).
            StudyStoreUnavailable: the metadata store failed (a later sweep goes on).
        """
        if retention_days < 1:
            raise ValueError("retention_days must be at least 1")
        cutoff = self._clock() - retention_days * 86400.0
        records = self._studies.deidentified_before(before=cutoff, limit=limit)
        expired: list[str] = []
        for pseudo in dict.fromkeys(r.pseudo_study_id for r in records if r.pseudo_study_id):
            await self._audit().record(action=EXPIRE_ACTION, resource=pseudo,
                                       reason=f"deidentified_retention_days={retention_days}")
            keys = set(self._studies.forget_instances(pseudo_study_id=pseudo))
            keys.update(self._store.keys(f"{pseudo}/"))
            for key in sorted(keys):
                self._store.delete(key)
            self._forget_accessions([pseudo])
            self._studies.mark_expired(pseudo_study_id=pseudo)
            expired.append(pseudo)
        return expired
