"""What the deid core needs from the outside, as small interfaces, and the errors they raise."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # the records these ports carry; imported for annotations only
    import numpy as np

    from medenclave_deid.core.escrow import EscrowEntry
    from medenclave_deid.core.quarantine import QuarantineCase

__all__ = [
    "DEIDENTIFIED",
    "QUARANTINED",
    "AccessionIndex",
    "ChineseTagger",
    "DescriptorCleaner",
    "EscrowStore",
    "ExpiringStudies",
    "InstanceCatalog",
    "ObjectRemover",
    "PseudonymIndex",
    "QuarantineReviews",
    "RawInstanceSource",
    "SequenceTagger",
    "SourceNotFound",
    "SourceUnavailable",
    "StudyOutcome",
    "StudyStore",
    "StudyStoreUnavailable",
    "TaggedWord",
    "TextBox",
    "TextDetector",
    "TextDetectorUnavailable",
]

DEIDENTIFIED = "DEIDENTIFIED"
QUARANTINED = "QUARANTINED"


class SourceUnavailable(Exception):
    """The raw source (ingest) did not answer; retry later."""


class SourceNotFound(Exception):
    """The raw source does not hold the study or one of its instances."""


class StudyStoreUnavailable(Exception):
    """The metadata store could not be read or written now."""


@dataclass(frozen=True)
class StudyOutcome:
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
    #: BodyPartExamined as a coded term ("" if absent or not a coded term)
    body_part: str = ""


class StudyStore(Protocol):
    """The ``deid_studies`` table."""

    def get(self, *, study_ref: str, completion: int) -> StudyOutcome | None: ...

    def save(self, *, record: StudyOutcome) -> StudyOutcome:
        """Insert the record unless (study_ref, completion) exists; return the stored one."""
        ...

    def mark_published(self, *, study_ref: str, completion: int) -> None: ...

    def list(self, *, after: str = "", limit: int = 100,
             refs: Sequence[str] = ()) -> builtins.list[StudyOutcome]:
        """Every record of the first ``limit`` studies with study_ref > ``after`` (and among
        ``refs`` when given), ordered by (study_ref, completion)."""
        ...

    # builtins.list: the method above shadows the builtin inside this class
    def by_pseudo_study(self, *, pseudo_study_id: str) -> builtins.list[StudyOutcome]: ...

    def by_pseudo_patient(self, *, pseudo_patient_id: str) -> builtins.list[StudyOutcome]:
        """Every record of the patient's studies (erasure). Raises: StudyStoreUnavailable."""
        ...

    def quarantined(self) -> builtins.list[StudyOutcome]: ...


class InstanceCatalog(Protocol):
    """Which stored objects make up a de-identified study (``deid_instances``), so a study is
    found by its key instead of by listing the store.

    Raises:
        StudyStoreUnavailable: the metadata store could not be read or written now.
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


class QuarantineReviews(Protocol):
    """The ``deid_quarantine`` table (and the flip of a released ``deid_studies`` row)."""

    def open(self, *, case: QuarantineCase) -> None:
        """Record a new case unless (study_ref, completion) has one.

        Raises:
            ReviewsUnavailable.
        """
        ...

    def get(self, *, study_ref: str, completion: int) -> QuarantineCase | None:
        """Raises: ReviewsUnavailable."""
        ...

    def list(self, *, include_decided: bool = False) -> builtins.list[QuarantineCase]:
        """Raises: ReviewsUnavailable."""
        ...

    def propose(self, *, study_ref: str, completion: int, proposer: str, reason: str,
                mask: bool) -> QuarantineCase:
        """Four eyes: keep a first officer's proposed release with the pending case.

        Raises:
            CaseNotFound, CaseAlreadyDecided (decided, or proposed already), ReviewsUnavailable.
        """
        ...

    def reject(self, *, study_ref: str, completion: int, reviewer: str, reason: str) -> QuarantineCase:
        """Raises: CaseNotFound, CaseAlreadyDecided, ReviewsUnavailable."""
        ...

    def release(self, *, record: StudyOutcome, reviewer: str, reason: str) -> QuarantineCase:
        """Close the case as released and replace the completion's QUARANTINED study record by
        ``record`` (DEIDENTIFIED, not yet published), in one transaction.

        Raises:
            CaseNotFound, CaseAlreadyDecided, ReviewsUnavailable.
        """
        ...


class DescriptorCleaner(Protocol):
    """Removes identifying words from one descriptor value."""

    def clean(self, *, text: str, deny: frozenset[str], offset_days: int = 0) -> str:
        """``text`` without identifying words (never raises on odd input; ``""`` when it cannot
        be cleaned with confidence: the value is then removed). Dates move by ``offset_days``."""
        ...


class PseudonymIndex(Protocol):
    """Keyed digest → pseudonym. Implementations: SQL (``deid_pseudonyms``), in-memory (tests)."""

    def get(self, *, key: str) -> str | None:
        """Raises: PseudonymIndexUnavailable."""
        ...

    def put_if_absent(self, *, key: str, pseudonym: str) -> str:
        """Store ``pseudonym`` unless ``key`` already has one; return the one stored.

        Raises:
            PseudonymIndexUnavailable.
        """
        ...

    def delete(self, *, key: str) -> bool:
        """Remove the row of ``key`` (erasure); False if there was none.

        Raises:
            PseudonymIndexUnavailable.
        """
        ...


class AccessionIndex(Protocol):
    """Keyed digest of an accession number → pseudonymous study id (``deid_accessions``)."""

    def get(self, *, key: str) -> str | None:
        """Raises: StudyStoreUnavailable."""
        ...

    def put(self, *, key: str, pseudo_study_id: str) -> None:
        """Store or replace the study of ``key``. Raises: StudyStoreUnavailable."""
        ...

    def forget_studies(self, *, pseudo_study_ids: Sequence[str]) -> int:
        """Delete the rows pointing at these studies (erasure); how many. Raises:
        StudyStoreUnavailable."""
        ...


class EscrowStore(Protocol):
    """The ``deid_escrow`` table, keyed by pseudonym."""

    def put(self, *, entry: EscrowEntry) -> None:
        """Insert or replace the entry of ``entry.pseudonym``.

        Raises:
            EscrowUnavailable.
        """
        ...

    def get(self, *, pseudonym: str) -> EscrowEntry | None:
        """Raises: EscrowUnavailable."""
        ...

    def delete(self, *, pseudonym: str) -> bool:
        """Remove the entry of ``pseudonym`` (erasure); False if there was none.

        Raises:
            EscrowUnavailable.
        """
        ...


@dataclass(frozen=True)
class TaggedWord:
    """One word of a segmented Chinese text: ``text[start:end]`` with its part-of-speech flag
    (jieba's tag set: ``nr`` person name, ``ns`` place, ``nt`` organisation, …)."""

    start: int
    end: int
    flag: str


class ChineseTagger(Protocol):
    """Segments Chinese text into words with part-of-speech flags."""

    def tag(self, text: str) -> list[TaggedWord]:
        """The words of ``text`` in order (offsets into ``text``)."""
        ...


class SequenceTagger(Protocol):
    """A trained sequence tagger of notes: English words or Chinese characters (names, places,
    hospitals; one engine, a model per language)."""

    def marginals(self, features: Sequence[Sequence[str]]) -> list[dict[str, float]]:
        """For each token (given as its feature strings), the probability of each label
        (``O``, ``NAME``, ``PLACE``, ``HOSPITAL``; the Chinese model also ``ORG``)."""
        ...


class TextDetectorUnavailable(Exception):
    """The text detector cannot run (not installed, its model unreadable); the message names
    no image data."""


@dataclass(frozen=True)
class TextBox:
    """One line of text a :class:`TextDetector` found: where it is (pixels of the image it was
    given), how sure the recogniser is, and how many real characters it read — never the text.
    """

    x: int
    y: int
    width: int
    height: int
    #: the recogniser's confidence in the line, 0..1
    confidence: float
    #: letters, digits and ideographs recognised in the line (punctuation and spaces not counted)
    characters: int


class TextDetector(Protocol):
    """Finds lines of text in a rendered image (the burned-in text screen asks it when the
    header leaves the question open). The text it reads stays inside it."""

    def detect(self, image: np.ndarray) -> list[TextBox]:
        """The lines of text in ``image`` (2-D ``uint8``, 0 black … 255 white), any order.

        Raises:
            TextDetectorUnavailable: the detector cannot run.
        """
        ...


class ExpiringStudies(Protocol):
    """What the sweep needs of the study store and the instance index.

    Raises:
        StudyStoreUnavailable: the metadata store could not be read or written now.
    """

    def deidentified_before(self, *, before: float, limit: int) -> list[StudyOutcome]:
        """De-identified records last updated before ``before``, oldest first."""
        ...

    def mark_expired(self, *, pseudo_study_id: str) -> int:
        """Mark every record of the study ``EXPIRED``; returns how many."""
        ...

    def forget_instances(self, *, pseudo_study_id: str) -> list[str]:
        """Drop the study's instance index rows; returns the object keys they held."""
        ...


class ObjectRemover(Protocol):
    def delete(self, key: str) -> None: ...

    def keys(self, prefix: str = "") -> Iterable[str]: ...
