"""Creating a dataset version: check the label table against the study catalog, split by
patient, look into every study, hash the manifest, store the new version. All checks run
before anything is stored: a refused table creates nothing."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence

from medenclave_training.core.datasets import (
    DATASET_TASKS,
    Dataset,
    DatasetClass,
    DatasetMember,
    InvalidDataset,
    LabelRow,
    StudyContents,
    code_labels,
    manifest_sha256,
    parse_dataset_labels,
    parse_split,
    split_by_patient,
    validate_dataset_name,
)
from medenclave_training.core.ports import (
    AvailableStudy,
    DatasetStore,
    DatasetVersionTaken,
    StudyCatalog,
    StudyInspector,
    StudyUnavailable,
    TerminologyStore,
)

__all__ = ["DatasetBuilder", "DatasetRequest"]

log = logging.getLogger(__name__)

_VERSION_ATTEMPTS = 5
#: studies fetched from deid at once while a dataset is created
_CONCURRENT_FETCHES = 4


class DatasetRequest:
    """What CreateDataset asked for (validated by :meth:`DatasetBuilder.create`)."""

    def __init__(self, *, name: str, labels_csv: bytes, modality: str = "", body_part: str = "",
                 split: Sequence[float] = (), seed: int = 0, created_by: str = "",
                 task: str = "") -> None:
        self.name = name
        #: ``classification`` (also when empty) or ``segmentation`` (studies only, no labels)
        self.task = task.strip().lower() or "classification"
        self.labels_csv = labels_csv
        self.modality = modality.strip().upper()
        self.body_part = body_part.strip().upper()
        self.split = tuple(split)
        self.seed = seed
        self.created_by = created_by


def _select(rows: list[LabelRow], facts: dict[str, AvailableStudy], *, modality: str,
            body_part: str) -> tuple[list[LabelRow], int]:
    """The rows whose study is de-identified, has a patient and passes the filters.

    Raises:
        InvalidDataset: ``study_not_deidentified`` or ``study_patient_unknown``.
    """
    unknown = [r.row for r in rows if r.study not in facts]
    if unknown:
        raise InvalidDataset("study_not_deidentified", unknown)
    no_patient = [r.row for r in rows if not facts[r.study].pseudo_patient_id]
    if no_patient:
        raise InvalidDataset("study_patient_unknown", no_patient)
    kept = [r for r in rows
            if (not modality or facts[r.study].modality.upper() == modality)
            and (not body_part or facts[r.study].body_part.upper() == body_part)]
    if not kept:
        raise InvalidDataset("no_study_matches_filter")
    return kept, len(rows) - len(kept)


class DatasetBuilder:
    """Creates immutable dataset versions."""

    def __init__(self, *, studies: StudyCatalog, inspector: StudyInspector,
                 datasets: DatasetStore, terminology: TerminologyStore | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self._studies = studies
        self._terminology = terminology
        self._inspector = inspector
        self._datasets = datasets
        self._clock = clock

    async def create(self, request: DatasetRequest) -> Dataset:
        """Validate, split, inspect and store version N+1 of ``request.name``.

        A segmentation dataset's table lists studies only: nothing is coded, every member's
        label is 0 and the split is by patient in one stratum.

        Raises:
            InvalidDataset: a code and the rows at fault (see :mod:`.datasets`), or
                ``study_unavailable`` / ``study_has_no_images`` naming rows, or
                ``dataset_version_conflict``, or ``dataset_task_invalid``.
        """
        name = validate_dataset_name(request.name)
        if request.task not in DATASET_TASKS:
            raise InvalidDataset("dataset_task_invalid")
        labelled = request.task == "classification"
        fractions = parse_split(request.split)
        rows = parse_dataset_labels(request.labels_csv, labelled=labelled)
        rows, classes = self._code(rows) if labelled else (rows, ())
        facts = self._studies.describe(pseudo_study_ids=[r.study for r in rows])
        kept, excluded = _select(rows, facts, modality=request.modality,
                                 body_part=request.body_part)
        assignment = split_by_patient(
            {r.study: (facts[r.study].pseudo_patient_id, r.label) for r in kept},
            fractions=fractions, seed=request.seed, rows={r.study: r.row for r in kept},
            min_classes=2 if labelled else 1)
        contents = await self._inspect(kept)
        members = tuple(sorted((
            DatasetMember(study=r.study, patient=facts[r.study].pseudo_patient_id,
                          label=r.label, split=assignment[r.study],
                          series=contents[r.study].series,
                          content_sha256=contents[r.study].content_sha256,
                          images=contents[r.study].images, concept_id=r.concept_id)
            for r in kept), key=lambda m: m.study))
        used = {m.label for m in members}
        classes = tuple(c for c in classes if c.label in used)
        digest = manifest_sha256(members, classes, task=request.task)
        skipped = sum(c.skipped_non_image for c in contents.values())
        for _ in range(_VERSION_ATTEMPTS):
            dataset = Dataset(
                name=name, version=self._datasets.latest_version(name=name) + 1,
                members=members, manifest_sha256=digest, split=fractions, seed=request.seed,
                modality=request.modality, body_part=request.body_part,
                skipped_non_image=skipped, excluded=excluded, created_by=request.created_by,
                created_at=self._clock(), classes=classes, task=request.task)
            try:
                self._datasets.add(dataset=dataset)
            except DatasetVersionTaken:
                continue
            log.info("dataset created", extra={"code": "TRN-130", "fields": {
                "dataset": dataset.ref, "task": dataset.task, "studies": dataset.studies,
                "patients": dataset.patients, "manifest_sha256": digest,
                "skipped_non_image": skipped, "excluded": excluded}})
            return dataset
        raise InvalidDataset("dataset_version_conflict")

    def _code(self, rows: list[LabelRow]) -> tuple[list[LabelRow], tuple[DatasetClass, ...]]:
        """Local labels coded with SNOMED CT through the configured label map
        (``medenclave terminology map --csv``); integer classes pass unchanged.

        Raises:
            InvalidDataset: ``label_unmapped`` / ``label_concept_inactive`` naming rows.
        """
        local = {r.local for r in rows if r.local}
        if not local:
            return rows, ()
        concepts = self._terminology.label_concepts(labels=local) if self._terminology else {}
        return code_labels(rows, concepts)

    async def _inspect(self, rows: list[LabelRow]) -> dict[str, StudyContents]:
        """Every study's contents (a few fetches at a time); the rows of studies that cannot
        be used, all at once.

        Raises:
            InvalidDataset: ``study_unavailable`` or ``study_has_no_images`` with rows.
            StudyUnavailable: ``deid_unavailable`` or ``deid_access_denied`` (not the table's
                fault: the caller retries later).
        """
        gate = asyncio.Semaphore(_CONCURRENT_FETCHES)

        async def one(r: LabelRow) -> StudyContents | str:
            async with gate:
                try:
                    return await self._inspector.contents(pseudo_study_id=r.study)
                except StudyUnavailable as exc:
                    if exc.code in ("deid_unavailable", "deid_access_denied"):
                        raise
                    return exc.code
        results = await asyncio.gather(*(one(r) for r in rows))
        out: dict[str, StudyContents] = {}
        failed: dict[str, list[int]] = {}
        for r, result in zip(rows, results, strict=True):
            if isinstance(result, str) or not result.images:
                code = "study_has_no_images" if not isinstance(result, str) \
                    or result == "study_has_no_images" else "study_unavailable"
                failed.setdefault(code, []).append(r.row)
            else:
                out[r.study] = result
        for code, at in sorted(failed.items()):
            raise InvalidDataset(code, at)
        return out
