"""CatalogRecovery: brings the catalog back in line with the vault after a crash or a failed batch.

With a journal vault (:class:`JournaledRawVault`, the local default) the journal is the
source of truth and the catalog follows it in batches with a cheaper sync level, so the
catalog can lag behind the journal:

* :meth:`CatalogRecovery.recover` — at start-up: every journal record after the catalog's
  checkpoint that the catalog lacks is recorded (ING-204; its sender may have heard Success),
  then pending instances whose bytes never reached the vault are forgotten (ING-203; their
  senders never heard Success and will re-send).
* :meth:`CatalogRecovery.catch_up` — after a failed catalog batch (ING-205), the next
  assembly pass restores the catalog from the journal.
* :meth:`CatalogRecovery.restore_instance` — a re-send of a journaled instance the catalog
  lacks records the journal's record.
* :meth:`CatalogRecovery.save_checkpoint` — tells the catalog, durably, that it holds every
  journal record before the journal's current position.

Also the catalog record kept in the journal next to each object (:func:`journal_record`,
:func:`instance_from_journal`).
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Mapping

from medenclave_ingest.core.ports import (
    JournaledRawVault,
    RawVault,
    StorageUnavailable,
    StoredInstance,
    StudyCatalog,
)

__all__ = ["CatalogRecovery", "instance_from_journal", "journal_record"]

log = logging.getLogger(__name__)


class CatalogRecovery:
    """Reconciles the catalog with the vault, and keeps the journal checkpoint.

    Args:
        vault: the raw vault (its objects decide which pending instances are kept).
        catalog: the catalog to reconcile.
        journal: the vault when it keeps each object's catalog record (None: it does not;
            then only unwritten pending instances are forgotten and no checkpoint is kept).
        in_flight: whether a receive is between its journal write and its catalog commit
            now (no checkpoint and no catch-up then).
        checkpoint_interval_s: at most one checkpoint this often (unless forced).
    """

    def __init__(self, *, vault: RawVault, catalog: StudyCatalog,
                 journal: JournaledRawVault | None, in_flight: Callable[[], bool],
                 checkpoint_interval_s: float = 1.0) -> None:
        self._vault = vault
        self._catalog = catalog
        self._journal = journal
        self._in_flight = in_flight
        self._checkpoint_interval = checkpoint_interval_s
        self._checkpointed = ("", 0.0)  # (position, monotonic time) of the last checkpoint
        #: a catalog batch failed: the catalog lacks journal records until :meth:`catch_up`
        self.behind = False

    async def recover(self) -> int:
        """At start-up: reconcile the catalog with the vault.

        With a journal vault, every journal record after the catalog's checkpoint that the
        catalog lacks is recorded (its commit was lost, or never made, after the journal
        sync: the sender may have heard Success). Then pending instances whose bytes did not
        reach the vault are forgotten (their senders never heard Success and will re-send).

        Returns:
            How many were forgotten.

        Raises:
            StorageUnavailable: the vault or the catalog failed.
        """
        if self._journal is not None:
            await self._restore_from_journal()
        forgotten = await self._forget_unwritten()
        if self._journal is not None:
            await self.save_checkpoint(force=True)
        return forgotten

    async def _forget_unwritten(self) -> int:
        """Forget the pending instances whose bytes are not in the vault; how many."""
        forgotten = 0
        for instance in await self._catalog.pending_instances():
            if not await self._vault.exists(key=instance.vault_key):
                await self._catalog.forget_instance(instance_ref=instance.instance_ref)
                forgotten += 1
        if forgotten:
            log.warning("unwritten instances forgotten", extra={"code": "ING-203", "fields": {
                "count": forgotten}})
        return forgotten

    async def catch_up(self) -> None:
        """After a failed catalog batch: restore the catalog from the journal.

        Only once no receive is between its journal write and its catalog commit (until then
        the call does nothing).

        Raises:
            StorageUnavailable: the journal or the catalog failed (tried again next call).
        """
        if not self.behind or self._in_flight():
            return
        self.behind = False
        try:
            await self._restore_from_journal()
        except StorageUnavailable:
            self.behind = True
            raise

    async def _restore_from_journal(self) -> int:
        if self._journal is None:
            raise RuntimeError("used before start()")
        since = await self._catalog.journal_checkpoint(journal_id=self._journal.journal_id)
        restored = 0
        for entry in await self._journal.records_after(position=since):
            instance, carrier = instance_from_journal(entry.record)
            if await self._catalog.find_instance(instance_ref=instance.instance_ref) is None:
                await self._catalog.record_instance(instance=instance, trace_context=carrier)
                restored += 1
        if restored:
            log.warning("catalog restored from the journal", extra={"code": "ING-204",
                                                                     "fields": {
                                                                         "count": restored}})
        return restored

    async def restore_instance(self, *, key: str) -> StoredInstance | None:
        """Record the journal's record of the object under ``key`` in the catalog.

        For a re-send whose first send's journal write outlived its catalog commit (a
        failure or a crash between the two).

        Args:
            key: the vault key of the object.

        Returns:
            The restored instance; None when the journal keeps no record for ``key`` (an
            object from before the journal, never catalogued).

        Raises:
            StorageUnavailable: the journal or the catalog failed.
        """
        if self._journal is None:
            raise RuntimeError("used before start()")
        entry = await self._journal.record(key=key)
        if entry is None:
            return None
        instance, carrier = instance_from_journal(entry.record)
        await self._catalog.record_instance(instance=instance, trace_context=carrier)
        return instance

    async def save_checkpoint(self, *, force: bool = False) -> None:
        """Tell the catalog (durably) that it holds every journal record before now.

        Nothing is saved without a journal, while a receive is between its journal write and
        its catalog commit, or while the catalog is behind; at most once per checkpoint
        interval unless forced, and not again for an unchanged position.

        Args:
            force: save even if the last checkpoint is more recent than the interval.

        Raises:
            StorageUnavailable: the catalog failed.
        """
        if self._journal is None or self._in_flight() or self.behind:
            return
        position = self._journal.position()
        last, at = self._checkpointed
        if position == last or (not force and time.monotonic() - at < self._checkpoint_interval):
            return
        await self._catalog.save_journal_checkpoint(journal_id=self._journal.journal_id,
                                                    position=position)
        self._checkpointed = (position, time.monotonic())


def journal_record(instance: StoredInstance, trace_context: Mapping[str, str]) -> dict:
    """The catalog record kept in the journal: refs, sizes, standard UIDs, trace context.

    Args:
        instance: the stored instance.
        trace_context: the W3C carrier of its C-STORE.

    Returns:
        The record, plain values only (what :func:`instance_from_journal` reads back).
    """
    # the fields are flat values: a shallow dict is what dataclasses.asdict gives, faster
    return {"instance": {name: getattr(instance, name) for name in _INSTANCE_FIELDS},
            "trace_context": dict(trace_context)}


_INSTANCE_FIELDS = tuple(f.name for f in dataclasses.fields(StoredInstance))


def instance_from_journal(record: Mapping) -> tuple[StoredInstance, dict[str, str]]:
    """The instance (pending: no completion) and trace context of a journal record.

    Args:
        record: what :func:`journal_record` gave (fields unknown to this version ignored).

    Returns:
        ``(instance, trace_context)``.
    """
    instance = StoredInstance(**{k: v for k, v in record["instance"].items()
                                 if k in _INSTANCE_FIELDS})
    return dataclasses.replace(instance, completion=None), dict(record.get("trace_context") or {})
