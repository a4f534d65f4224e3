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

__all__ = [
    "DEFAULT_SPLIT",
    "MAX_LABEL_BYTES",
    "MAX_LABEL_ROWS",
    "SPLITS",
    "Dataset",
    "DatasetMember",
    "DatasetNotFound",
    "InvalidDataset",
    "LabelRow",
    "StudyContents",
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
SPLITS = ("train", "val", "test")
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")
_PSEUDO_ID = re.compile(r"^[0-9A-Za-z.:_-]{1,128}$")
_MAX_LABEL = 999


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
    label: int


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

    def manifest_entry(self) -> dict:
        return {"study": self.study, "patient": self.patient, "label": self.label,
                "split": self.split, "series": sorted(self.series),
                "content_sha256": self.content_sha256}


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

    @property
    def studies(self) -> int:
        return len(self.members)

    @property
    def patients(self) -> int:
        return len({m.patient for m in self.members})

    @property
    def num_classes(self) -> int:
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


def parse_dataset_labels(data: bytes) -> list[LabelRow]:
    """Read a UTF-8 CSV ``pseudo_study_id,label[,row]`` (``row``: the source table's row number,
    set by the CLI when it mapped the hospital's ids; else the CSV's own row numbers).

    Raises:
        InvalidDataset: ``labels_too_large``, ``labels_too_many_rows``, ``labels_not_utf8``,
            ``labels_missing_columns``, ``pseudo_study_id_invalid``, ``label_invalid``,
            ``row_invalid``, ``duplicate_study`` (rows of every duplicate) or ``labels_empty``.
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
    if "pseudo_study_id" not in fields or "label" not in fields:
        raise InvalidDataset("labels_missing_columns")
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
        if not (label_text.isdigit() and int(label_text) <= _MAX_LABEL):
            bad.setdefault("label_invalid", []).append(row)
            continue
        rows.append(LabelRow(row=row, study=study, label=int(label_text)))
    for code, at in bad.items():
        raise InvalidDataset(code, at)
    seen = Counter(r.study for r in rows)
    duplicates = [r.row for r in rows if seen[r.study] > 1]
    if duplicates:
        raise InvalidDataset("duplicate_study", duplicates)
    if not rows:
        raise InvalidDataset("labels_empty")
    return rows


def _patient_label(labels: list[int]) -> int:
    """The class a patient is stratified under: the most frequent, the lowest on a tie."""
    counts = Counter(labels)
    return min(counts, key=lambda c: (-counts[c], c))


def split_by_patient(members: Mapping[str, tuple[str, int]], *,
                     fractions: tuple[float, float, float] = DEFAULT_SPLIT,
                     seed: int = 0, rows: Mapping[str, int] | None = None) -> dict[str, str]:
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
    if len({label for _p, label in members.values()}) < 2:
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


def manifest_sha256(members: Iterable[DatasetMember]) -> str:
    """SHA-256 of the canonical JSON of every member (sorted by study; keys sorted; no
    whitespace): the same members give the same hash, whatever their order or the version."""
    entries = sorted((m.manifest_entry() for m in members), key=lambda e: e["study"])
    canonical = json.dumps({"members": entries}, sort_keys=True, separators=(",", ":"),
                           ensure_ascii=True)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()
