"""What the deid core needs from the outside, as small interfaces, and the errors they raise."""

from __future__ import annotations

from dataclasses import dataclass
from typing import AsyncIterator, Protocol

__all__ = [
    "DEIDENTIFIED",
    "InstanceIndex",
    "QUARANTINED",
    "RawInstanceSource",
    "SourceNotFound",
    "SourceUnavailable",
    "StudyRecord",
    "StudyRecords",
    "StudyRecordsUnavailable",
]

DEIDENTIFIED = "DEIDENTIFIED"
QUARANTINED = "QUARANTINED"


class SourceUnavailable(Exception):
    """The raw source (ingest) did not answer; retry later."""


class SourceNotFound(Exception):
    """The raw source does not hold the study or one of its instances."""


class StudyRecordsUnavailable(Exception):
    """The metadata store could not be read or written now."""


@dataclass(frozen=True)
class StudyRecord:
    """The outcome of one study completion (ids and codes only, never data values)."""

    study_ref: str
    completion: int
    state: str                    # DEIDENTIFIED | QUARANTINED
    pseudo_study_id: str = ""
    pseudo_patient_id: str = ""
    instance_count: int = 0
    modality: str = ""
    reason_code: str = ""
    trace_id: str = ""
    published: bool = False
    created_at: float = 0.0
    updated_at: float = 0.0


class StudyRecords(Protocol):
    """The ``deid_studies`` table."""

    def get(self, *, study_ref: str, completion: int) -> StudyRecord | None: ...

    def save(self, *, record: StudyRecord) -> StudyRecord:
        """Insert the record unless (study_ref, completion) exists; return the stored one."""
        ...

    def mark_published(self, *, study_ref: str, completion: int) -> None: ...

    def list(self, *, after: str = "", limit: int = 100) -> list[StudyRecord]:
        """Every record of the first ``limit`` studies with study_ref > ``after``, ordered by
        (study_ref, completion)."""
        ...

    def by_pseudo_study(self, *, pseudo_study_id: str) -> list[StudyRecord]: ...

    def quarantined(self) -> list[StudyRecord]: ...


class InstanceIndex(Protocol):
    """Which stored objects make up a de-identified study (``deid_instances``), so a study is
    found by its key instead of by listing the store.

    Raises:
        StudyRecordsUnavailable: the metadata store could not be read or written now.
    """

    def add(self, *, pseudo_study_id: str, study_ref: str, completion: int,
            object_keys: list[str]) -> None:
        """Record ``object_keys`` under ``pseudo_study_id``; keys already there are kept."""
        ...

    def keys(self, *, pseudo_study_id: str) -> list[str]:
        """The object keys of the study, sorted."""
        ...


class RawInstanceSource(Protocol):
    """Raw (identifiable) instances of a study, as received."""

    def fetch(self, *, study_ref: str, instance_refs: list[str]) -> AsyncIterator[tuple[str, bytes]]:
        """Yield (instance_ref, DICOM bytes); empty ``instance_refs`` = the whole study.

        Raises:
            SourceUnavailable: retry later.
            SourceNotFound: the study or an instance is not there.
        """
        ...
