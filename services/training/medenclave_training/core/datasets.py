"""Datasets: immutable, versioned sets of de-identified studies with labels, split by patient,
with a manifest hash over every member. No I/O here.

A label table names studies by pseudonymous study id only (the CLI maps the hospital's own
StudyInstanceUID or accession number through deid first), so no original id reaches this
module. Errors name row numbers of the table, never a value from it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import random
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from medenclave_training.core.terminology import Concept

__all__ = [
    "DATASET_TASKS",
    "DEFAULT_SPLIT",
    "MAX_LABEL_BYTES",
    "MAX_LABEL_ROWS",
    "SPLITS",
    "Dataset",
    "DatasetClass",
    "DatasetMember",
    "DatasetNotFound",
    "InvalidDataset",
    "LabelRow",
    "StudyContents",
    "code_labels",
    "manifest_sha256",
    "parse_dataset_labels",
    "parse_dataset_ref",
    "parse_split",
    "split_by_patient",
    "validate_dataset_name",
]

#: a label table is a radiologist's spreadsheet: a few thousand rows, well under a megabyte
MAX_LABEL_BYTES = 8 * 1024 * 1024
MAX_LABEL_ROWS = 100_000
#: an error lists at most this many row numbers (then "…")
MAX_ROWS_NAMED = 20
DEFAULT_SPLIT = (0.7, 0.15, 0.15)
#: what a dataset is for: a class per study, or studies whose segmentation masks are the labels
#: (the table lists studies only; every member's label is 0)
DATASET_TASKS = ("classification", "segmentation")
SPLITS = ("train", "val", "test")
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")
_PSEUDO_ID = re.compile(r"^[0-9A-Za-z.:_-]{1,128}$")
_MAX_LABEL = 999
#: a local label (a class name such as ``pneumonia``) coded through the label map
_LOCAL_LABEL = re.compile(r"^[^\x00-\x1f\x7f]{1,128}$")


class InvalidDataset(ValueError):
    """The dataset cannot be created. ``code`` says why; ``rows`` are the label table's row
    numbers at fault (the header is row 1). The message never carries a value of the table."""

    def __init__(self, code: str, rows: Iterable[int] = ()) -> None:
        self.code = code
        self.rows = tuple(sorted(set(rows)))
        named = ", ".join(str(r) for r in self.rows[:MAX_ROWS_NAMED])
        more = ", …" if len(self.rows) > MAX_ROWS_NAMED else ""
        super().__init__(f"{code} (rows {named}{more})" if self.rows else code)


class DatasetNotFound(KeyError):
    """No dataset (or no such version) with that name."""


@dataclass(frozen=True)
class LabelRow:
    row: int      # the row of the source table (header = 1)
    study: str    # pseudonymous study id
    label: int    # the class (-1 until a local label is coded)
    local: str = ""        # the local label when the table names classes (coded via the map)
    concept_id: int = 0    # its SNOMED CT concept once coded


@dataclass(frozen=True)
class DatasetClass:
    """One class of a coded dataset: its index, SNOMED CT concept and the local labels that
    mapped to it (class names, never patient data)."""

    label: int
    concept_id: int
    term: str = ""
    local_labels: tuple[str, ...] = ()

    def manifest_entry(self) -> dict:
        return {"label": self.label, "concept_id": self.concept_id,
                "local_labels": sorted(self.local_labels)}


@dataclass(frozen=True)
class StudyContents:
    """What a de-identified study holds, as training sees it."""

    series: tuple[str, ...]
    content_sha256: str   # over the de-identified image instances
    images: int
    skipped_non_image: int = 0


@dataclass(frozen=True)
class DatasetMember:
    study: str
    patient: str
    label: int
    split: str
    series: tuple[str, ...] = ()
    content_sha256: str = ""
    images: int = 0
    concept_id: int = 0   #: the label's SNOMED CT concept (0: the dataset is not coded)

    def manifest_entry(self) -> dict:
        entry = {"study": self.study, "patient": self.patient, "label": self.label,
                 "split": self.split, "series": sorted(self.series),
                 "content_sha256": self.content_sha256}
        if self.concept_id:
            entry["concept_id"] = self.concept_id
        return entry


@dataclass(frozen=True)
class Dataset:
    """One immutable version of a named dataset."""

    name: str
    version: int
    members: tuple[DatasetMember, ...]
    manifest_sha256: str
    split: tuple[float, float, float] = DEFAULT_SPLIT
    seed: int = 0
    modality: str = ""
    body_part: str = ""
    skipped_non_image: int = 0
    excluded: int = 0
    created_by: str = ""
    created_at: float = 0.0
    #: a coded dataset's classes (label index → SNOMED CT concept); empty when not coded
    classes: tuple[DatasetClass, ...] = ()
    #: one of :data:`DATASET_TASKS`
    task: str = "classification"

    @property
    def studies(self) -> int:
        return len(self.members)

    @property
    def patients(self) -> int:
        return len({m.patient for m in self.members})

    @property
    def num_classes(self) -> int:
        """The class labels' count; 0 for segmentation (its classes are in the masks)."""
        if self.task == "segmentation":
            return 0
        return max((m.label for m in self.members), default=-1) + 1

    @property
    def images(self) -> int:
        return sum(m.images for m in self.members)

    @property
    def ref(self) -> str:
        return f"{self.name}:{self.version}"

    def in_split(self, split: str) -> list[DatasetMember]:
        return [m for m in self.members if m.split == split]


def validate_dataset_name(name: str) -> str:
    """Raises: InvalidDataset ``dataset_name_invalid``."""
    if not _NAME.match(name or ""):
        raise InvalidDataset("dataset_name_invalid")
    return name


def parse_dataset_ref(ref: str) -> tuple[str, int | None]:
    """``NAME[:VERSION]`` → (name, version or None for the latest).

    Raises:
        InvalidDataset: ``dataset_ref_invalid``.
    """
    name, _, version = (ref or "").partition(":")
    if not _NAME.match(name) or (version and not (version.isdigit() and len(version) <= 12
                                                  and int(version) >= 1)):
        raise InvalidDataset("dataset_ref_invalid")
    return name, int(version) if version else None


def parse_split(values: Sequence[float]) -> tuple[float, float, float]:
    """Train, validation and test fractions (empty: 0.7, 0.15, 0.15).

    Raises:
        InvalidDataset: ``split_invalid`` (not three fractions in [0, 1) summing to 1, with
            train and validation above 0).
    """
    if not values:
        return DEFAULT_SPLIT
    if len(values) != 3:
        raise InvalidDataset("split_invalid")
    train, val, test = (float(v) for v in values)
    if not (0 < train < 1 and 0 < val < 1 and 0 <= test < 1) \
            or abs(train + val + test - 1.0) > 1e-6:
        raise InvalidDataset("split_invalid")
    return train, val, test


def parse_dataset_labels(data: bytes, *, labelled: bool = True) -> list[LabelRow]:
    """Read a UTF-8 CSV ``pseudo_study_id,label[,row]`` (``row``: the source table's row number,
    set by the CLI when it mapped the hospital's ids; else the CSV's own row numbers).

    ``label`` holds integer classes 0-999, or (when the first row's is not an integer) local
    labels such as ``pneumonia``, kept in :attr:`LabelRow.local` for :func:`code_labels`.
    Without ``labelled`` (a segmentation dataset) the table is ``pseudo_study_id[,row]``, a
    ``label`` column is refused, and every row's label is 0.

    Raises:
        InvalidDataset: ``labels_too_large``, ``labels_too_many_rows``, ``labels_not_utf8``,
            ``labels_missing_columns``, ``labels_not_wanted`` (a label column for
            segmentation), ``pseudo_study_id_invalid``, ``label_invalid``, ``row_invalid``,
            ``duplicate_study`` (rows of every duplicate) or ``labels_empty``.
    """
    if len(data) > MAX_LABEL_BYTES:
        raise InvalidDataset("labels_too_large")
    if data.count(b"\n") > MAX_LABEL_ROWS + 1:
        raise InvalidDataset("labels_too_many_rows")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidDataset("labels_not_utf8") from None
    reader = csv.DictReader(io.StringIO(text))
    fields = [f.strip() for f in (reader.fieldnames or [])]
    if "pseudo_study_id" not in fields or (labelled and "label" not in fields):
        raise InvalidDataset("labels_missing_columns")
    if not labelled and "label" in fields:
        raise InvalidDataset("labels_not_wanted")
    reader.fieldnames = fields
    rows: list[LabelRow] = []
    bad: dict[str, list[int]] = {}
    for line_no, raw in enumerate(reader, start=2):
        if len(rows) >= MAX_LABEL_ROWS:
            raise InvalidDataset("labels_too_many_rows")
        study = (raw.get("pseudo_study_id") or "").strip()
        label_text = (raw.get("label") or "").strip()
        row_text = (raw.get("row") or "").strip()
        if not study and not label_text:
            continue  # a blank line
        row = line_no
        if "row" in fields:
            if not (row_text.isdigit() and 1 < int(row_text) <= 10 * MAX_LABEL_ROWS):
                bad.setdefault("row_invalid", []).append(line_no)
                continue
            row = int(row_text)
        if not _PSEUDO_ID.match(study):
            bad.setdefault("pseudo_study_id_invalid", []).append(row)
            continue
        if not labelled:
            rows.append(LabelRow(row=row, study=study, label=0))
            continue
        if not _LOCAL_LABEL.match(label_text):
            bad.setdefault("label_invalid", []).append(row)
            continue
        rows.append(LabelRow(row=row, study=study, label=-1, local=label_text))
    for code, at in bad.items():
        raise InvalidDataset(code, at)
    if rows and rows[0].local.isdigit():   # integer classes (the first row says): no coding
        wrong = [r.row for r in rows if not (r.local.isdigit() and int(r.local) <= _MAX_LABEL)]
        if wrong:
            raise InvalidDataset("label_invalid", wrong)
        rows = [LabelRow(row=r.row, study=r.study, label=int(r.local)) for r in rows]
    seen = Counter(r.study for r in rows)
    duplicates = [r.row for r in rows if seen[r.study] > 1]
    if duplicates:
        raise InvalidDataset("duplicate_study", duplicates)
    if not rows:
        raise InvalidDataset("labels_empty")
    return rows


def code_labels(rows: Sequence[LabelRow], concepts: Mapping[str, Concept]
                ) -> tuple[list[LabelRow], tuple[DatasetClass, ...]]:
    """Code the local labels of ``rows`` with SNOMED CT concepts through the label map.

    Classes are the distinct concepts in ascending concept id order (class 0 = the lowest), so
    two local labels mapped to one concept are one class. Rows with integer labels are
    returned unchanged (nothing to code).

    Args:
        rows: parsed rows (:func:`parse_dataset_labels`).
        concepts: local label → its mapped concept (the label map's lookup of these labels).

    Raises:
        InvalidDataset: ``label_unmapped`` (rows whose label the map does not know),
            ``label_concept_inactive`` (rows mapped to an inactive concept) or
            ``too_many_classes``.
    """
    if not any(r.local for r in rows):
        return list(rows), ()
    unmapped = [r.row for r in rows if r.local not in concepts]
    if unmapped:
        raise InvalidDataset("label_unmapped", unmapped)
    inactive = [r.row for r in rows if not concepts[r.local].active]
    if inactive:
        raise InvalidDataset("label_concept_inactive", inactive)
    ids = sorted({concepts[r.local].concept_id for r in rows})
    if len(ids) > _MAX_LABEL + 1:
        raise InvalidDataset("too_many_classes")
    index = {concept_id: i for i, concept_id in enumerate(ids)}
    locals_of: dict[int, set[str]] = {}
    for r in rows:
        locals_of.setdefault(concepts[r.local].concept_id, set()).add(r.local)
    by_id = {c.concept_id: c for c in concepts.values()}
    classes = tuple(DatasetClass(label=index[c], concept_id=c, term=by_id[c].fsn,
                                 local_labels=tuple(sorted(locals_of[c]))) for c in ids)
    coded = [LabelRow(row=r.row, study=r.study, label=index[concepts[r.local].concept_id],
                      local=r.local, concept_id=concepts[r.local].concept_id) for r in rows]
    return coded, classes


def _patient_label(labels: list[int]) -> int:
    """The class a patient is stratified under: the most frequent, the lowest on a tie."""
    counts = Counter(labels)
    return min(counts, key=lambda c: (-counts[c], c))


def split_by_patient(members: Mapping[str, tuple[str, int]], *,
                     fractions: tuple[float, float, float] = DEFAULT_SPLIT,
                     seed: int = 0, rows: Mapping[str, int] | None = None,
                     min_classes: int = 2) -> dict[str, str]:
    """Assign every study to train, val or test so that no patient is in two splits.

    Patients are stratified by their (majority) class; within each class they are shuffled
    with ``seed`` and cut by ``fractions``; every class keeps at least one patient in train and
    one in each split whose fraction is above 0. The same members, fractions and seed always
    give the same assignment.

    Args:
        members: study → (pseudonymous patient id, label).
        fractions: train, val, test.
        seed: the shuffle's seed.
        rows: study → row of the label table, for the error.
        min_classes: fewer distinct labels are refused (1 for segmentation: one stratum).

    Returns:
        study → ``train`` | ``val`` | ``test``.

    Raises:
        InvalidDataset: ``single_class``, or ``class_too_few_patients`` naming the rows of
            the classes that cannot fill every split.
    """
    by_patient: dict[str, list[int]] = {}
    for _study, (patient, label) in sorted(members.items()):
        by_patient.setdefault(patient, []).append(label)
    by_class: dict[int, list[str]] = {}
    for patient, labels in sorted(by_patient.items()):
        by_class.setdefault(_patient_label(labels), []).append(patient)
    if len({label for _p, label in members.values()}) < min_classes:
        raise InvalidDataset("single_class")
    rng = random.Random(seed)  # noqa: S311 (a reproducible split, not a secret)
    side_of: dict[str, str] = {}
    short: list[int] = []
    for label, patients in sorted(by_class.items()):
        patients = sorted(patients)
        rng.shuffle(patients)
        n = len(patients)
        counts = [0, 0, 0]
        for i in (1, 2):
            if fractions[i] > 0:
                counts[i] = max(1, int(n * fractions[i] + 0.5))
        counts[0] = n - counts[1] - counts[2]
        if counts[0] < 1:
            short.append(label)
            continue
        cut = [0, counts[0], counts[0] + counts[1], n]
        for i, split in enumerate(SPLITS):
            for patient in patients[cut[i]:cut[i + 1]]:
                side_of[patient] = split
    if short:
        at = rows or {}
        raise InvalidDataset("class_too_few_patients", [
            at.get(study, 0) for study, (_p, label) in members.items() if label in short
            and at.get(study)])
    return {study: side_of[patient] for study, (patient, _label) in members.items()}


def manifest_sha256(members: Iterable[DatasetMember],
                    classes: Iterable[DatasetClass] = (), task: str = "classification") -> str:
    """SHA-256 of the canonical JSON of every member (sorted by study; keys sorted; no
    whitespace): the same members give the same hash, whatever their order or the version.
    A coded dataset's classes (concept and local labels per class) are hashed too, and a task
    other than classification (so a segmentation dataset never shares a classification
    dataset's hash; a classification dataset's hash is what it always was)."""
    entries = sorted((m.manifest_entry() for m in members), key=lambda e: e["study"])
    body: dict = {"members": entries}
    coded = sorted((c.manifest_entry() for c in classes), key=lambda e: e["label"])
    if coded:
        body["classes"] = coded
    if task != "classification":
        body["task"] = task
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()
