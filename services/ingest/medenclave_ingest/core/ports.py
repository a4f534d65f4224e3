"""What the ingest core needs from the outside world, and the records it exchanges.

Adapters implement these Protocols (SQL catalog, encrypted vault, JetStream events, audit);
the unit tests implement them in memory. Errors are declared here and translated at the edge:
to DICOM statuses in the SCP, to gRPC codes in the servicer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # the records these ports carry; imported for annotations only
    from medenclave_ingest.core.instances import InstanceHeader

__all__ = [
    "STATE_ERASED",
    "STATE_RECEIVED",
    "STATE_RECEIVING",
    "AuditTrail",
    "EventsUnavailable",
    "HeaderReader",
    "IngestEvents",
    "JournalRecord",
    "JournaledRawVault",
    "ObjectMissing",
    "ObjectShredder",
    "PendingStudy",
    "QuarantineRecord",
    "RawVault",
    "StorageUnavailable",
    "StoredInstance",
    "StudyCatalog",
    "StudySummary",
]

STATE_RECEIVING = "RECEIVING"
STATE_RECEIVED = "RECEIVED"
STATE_ERASED = "ERASED"   #: the study's objects were crypto-shredded (right to erasure)


class StorageUnavailable(Exception):
    """The vault or the catalog could not complete the operation (retry later)."""


class EventsUnavailable(Exception):
    """An event or audit record was not persisted by the bus (no PubAck)."""


class ObjectMissing(Exception):
    """The vault holds no object under that key."""


@dataclass(frozen=True)
class StoredInstance:
    """One instance in the vault. Opaque refs, sizes and standard UIDs only."""

    instance_ref: str
    study_ref: str
    sop_class_uid: str
    transfer_syntax_uid: str
    size_bytes: int
    calling_ae: str
    stored_at: float
    vault_key: str
    modality: str = ""
    completion: int | None = None  #: the study completion that announced it; None: pending


@dataclass(frozen=True)
class QuarantineRecord:
    """An object that was refused; its bytes are kept encrypted under ``object_key``."""

    quarantine_id: str
    reason_code: str
    calling_ae: str
    size_bytes: int
    quarantined_at: float
    object_key: str


@dataclass(frozen=True)
class PendingStudy:
    """A study with instances that no ``dicom.study.received`` has announced yet."""

    study_ref: str
    completion: int                  #: the number the next completion will carry
    instance_refs: tuple[str, ...]   #: the instances of this completion
    total_instances: int
    modality: str
    received_at: float
    trace_context: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class JournalRecord:
    """A catalog record kept in the vault's journal next to its object."""

    key: str                      #: the vault key of the object
    record: Mapping[str, Any]     #: what :meth:`JournaledRawVault.put` was given
    position: str                 #: where the record lies in the journal (orders records)


@dataclass(frozen=True)
class StudySummary:
    study_ref: str
    state: str
    instance_count: int
    modality: str
    received_at: float
    updated_at: float
    completions: int = 0
    trace_id: str = ""


class RawVault(Protocol):
    """Durable, encrypted bytes by key."""

    async def put(self, *, key: str, data: bytes) -> None:
        """Returns once the object is durable. Raises: StorageUnavailable."""
        ...

    async def get(self, *, key: str) -> bytes:
        """Raises: ObjectMissing, StorageUnavailable."""
        ...

    async def exists(self, *, key: str) -> bool:
        """Raises: StorageUnavailable."""
        ...


class ObjectShredder(Protocol):
    """A vault that can erase objects for good (crypto-shredding: their data keys destroyed)."""

    async def shred(self, *, keys: list[str]) -> int:
        """Erase the objects under ``keys`` (unknown keys skipped); once it returns, none of
        them can be decrypted. Returns how many were erased. Raises: StorageUnavailable."""
        ...


class JournaledRawVault(RawVault, Protocol):
    """A vault that keeps each object's catalog record with it, durably in the same sync.

    It is the source of truth: the catalog may be written with a cheaper sync level and is
    reconciled from :meth:`records_after` its last checkpoint at start-up. A vault that is
    one sets ``keeps_records = True``.
    """

    keeps_records: bool
    journal_id: str  #: stable id of this journal (a catalog may serve several replicas)

    async def put(self, *, key: str, data: bytes,
                  record: Mapping[str, Any] | None = None) -> None:
        """Returns once the object and ``record`` are durable. Raises: StorageUnavailable."""
        ...

    async def append(self, *, key: str, data: bytes,
                     record: Mapping[str, Any] | None = None) -> Any:
        """:meth:`put` in two halves: written (kept if the process is killed, not yet if the
        power fails); pass the result to :meth:`sync`. Raises: StorageUnavailable."""
        ...

    async def sync(self, pending: Any) -> None:
        """Returns once the appended record is durable. Raises: StorageUnavailable."""
        ...

    def position(self) -> str:
        """An opaque cursor: every record written before the call lies before it."""
        ...

    async def records_after(self, *, position: str) -> list[JournalRecord]:
        """Records at or after ``position`` ("": all), in order. Raises: StorageUnavailable."""
        ...

    async def record(self, *, key: str) -> JournalRecord | None:
        """The record kept with the object under ``key``. Raises: StorageUnavailable."""
        ...


class StudyCatalog(Protocol):
    """Study and instance metadata (refs, counts, states). Every write is atomic."""

    async def find_instance(self, *, instance_ref: str) -> StoredInstance | None:
        """Raises: StorageUnavailable."""
        ...

    async def record_instance(self, *, instance: StoredInstance,
                              trace_context: Mapping[str, str]) -> bool:
        """Add the instance to its study (opening or reopening the study as RECEIVING).

        ``trace_context`` is kept when this instance opens a new pending batch.

        Returns:
            False if the instance was already recorded (nothing changed).

        Raises:
            StorageUnavailable.
        """
        ...

    async def record_instances(
            self, *, instances: Sequence[tuple[StoredInstance, Mapping[str, str]]]) -> int:
        """:meth:`record_instance` for several at once, in one transaction (used with a
        :class:`JournaledRawVault`). Returns how many were new. Raises: StorageUnavailable."""
        ...

    async def forget_instance(self, *, instance_ref: str) -> None:
        """Remove a not yet announced instance (its bytes never became durable).

        The study's count drops; a study left without instances is removed. Announced
        instances are kept. Raises: StorageUnavailable.
        """
        ...

    async def mark_erased(self, *, study_ref: str, at: float) -> int:
        """Remove the study's instance rows and set it to ``STATE_ERASED`` (idempotent; an
        unknown study is left alone). Returns how many instance rows were removed.

        Raises: StorageUnavailable.
        """
        ...

    async def expired_studies(self, *, last_instance_before: float, limit: int) -> list[str]:
        """Refs of studies not yet erased whose newest instance arrived before the cutoff,
        oldest first, at most ``limit`` (the raw retention sweep). Raises: StorageUnavailable."""
        ...

    async def pending_instances(self) -> list[StoredInstance]:
        """Every instance no completion has announced yet. Raises: StorageUnavailable."""
        ...

    async def record_quarantine(self, *, record: QuarantineRecord) -> None:
        """Idempotent on ``quarantine_id``. Raises: StorageUnavailable."""
        ...

    async def quiet_studies(self, *, quiet_since: float) -> list[PendingStudy]:
        """Studies with pending instances and none received after ``quiet_since``.

        Raises: StorageUnavailable.
        """
        ...

    async def mark_completed(self, *, study_ref: str, completion: int,
                             instance_refs: tuple[str, ...], at: float) -> None:
        """Mark ``instance_refs`` as announced by ``completion`` (idempotent).

        Raises: StorageUnavailable.
        """
        ...

    async def get_study(self, *, study_ref: str) -> StudySummary | None:
        """Raises: StorageUnavailable."""
        ...

    async def list_studies(self, *, limit: int, after: str = "") -> list[StudySummary]:
        """Newest first; ``after`` is the ``study_ref`` the previous page ended with.

        Raises: StorageUnavailable.
        """
        ...

    async def instances_of(self, *, study_ref: str) -> list[StoredInstance]:
        """Raises: StorageUnavailable."""
        ...

    # Used only with a JournaledRawVault vault (a catalog for one may commit without a sync).
    async def journal_checkpoint(self, *, journal_id: str) -> str:
        """The position up to which this catalog holds every record of that journal durably.

        "" when none was saved. Raises: StorageUnavailable.
        """
        ...

    async def save_journal_checkpoint(self, *, journal_id: str, position: str) -> None:
        """Durably (a synced commit, which also makes every earlier commit durable).

        Raises: StorageUnavailable.
        """
        ...


class IngestEvents(Protocol):
    """The facts ingest publishes. Each returns once the bus stored the event."""

    async def instance_stored(self, *, instance: StoredInstance) -> None:
        """dicom.instance.stored.v1, msg id = instance_ref. Raises: EventsUnavailable."""
        ...

    async def instance_quarantined(self, *, record: QuarantineRecord) -> None:
        """dicom.instance.quarantined.v1, msg id = quarantine_id. Raises: EventsUnavailable."""
        ...

    async def study_received(self, *, study: PendingStudy, completed_at: float) -> None:
        """dicom.study.received.v1 in ``study.trace_context``, msg id = f"{ref}:{completion}".

        Raises: EventsUnavailable.
        """
        ...


class AuditTrail(Protocol):
    """Audit records; the call returns once the record is persisted."""

    async def record(self, *, action: str, resource: str, outcome: str = "success",
                     reason: str = "", principal: Any = None, subject: str = "",
                     role: str = "") -> None:
        """Raises: EventsUnavailable."""
        ...


class HeaderReader(Protocol):
    """Reads the header of a DICOM Part 10 byte string (pixel data is not decoded)."""

    def parse(self, data: bytes) -> InstanceHeader:
        """Raises: Rejected ("not_dicom", "truncated", "transfer_syntax_mismatch")."""
        ...
