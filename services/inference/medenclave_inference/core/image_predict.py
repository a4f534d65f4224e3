"""Predict from images: a de-identified study by its pseudonymous id, or DICOM instances
de-identified on the way in; the model version's saved preprocessing applied; the answer
decided at its operating point.

The same :func:`medenclave.preprocess.apply` that built the training inputs builds these (the
chain is the version's ``preprocess.json``), so serving sees what training saw. An image +
report fusion model (saved with ``tokenizer.json``) also gets the study's structured-report
text, tokenised as training tokenised it (:mod:`medenclave.reports`), one copy per image.
DICOM bytes go to deid before anything reads them and are held in memory only for the request.

A 3-D model (``dims: 3`` in preprocess.json) gets one volume per request: the study's largest
series stacked by :mod:`medenclave.volumes` exactly as for training; DICOM bytes sent for one
must hold that whole series (within ``PredictLimits.max_instances``).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from medenclave import preprocess, reports, volumes
from medenclave_inference.core.errors import (
    InvalidInput,
    LimitExceeded,
    NotPreprocessable,
)
from medenclave_inference.core.operating_point import (
    METRICS_FILE,
    OPERATING_POINT_FILE,
    Decision,
    OperatingPoint,
    decide,
    operating_point_from,
)
from medenclave_inference.core.ports import (
    ClassifierBackend,
    InstanceDeidentifier,
    ModelFiles,
    StudySource,
)

__all__ = ["ImagePrediction", "ImagePredictor", "PredictLimits"]

#: deid's pseudonymous study ids (anything else, a name say, is never sent nor audited)
_PSEUDO_STUDY = re.compile(r"^2\.25\.[0-9]{1,40}$")


@dataclass(frozen=True)
class PredictLimits:
    """Bounds of one image Predict (safe defaults; none is "unlimited")."""

    max_instances: int = 64
    max_bytes: int = 64 * 1024 * 1024  # DICOM bytes of a request, or of a fetched study
    batch: int = 8  # instances per inference request to the backend


@dataclass(frozen=True)
class ImagePrediction:
    name: str
    version: int
    probabilities: np.ndarray  # [instances, classes]
    decision: Decision
    point: OperatingPoint
    instances: int
    skipped: int


def _inputs(chain: preprocess.Chain, blobs: Sequence[bytes]) -> tuple[np.ndarray, int]:
    """The preprocessed batch of the image instances, and how many were not images.

    Raises:
        InvalidInput: an instance cannot be read or preprocessed (named by position and code),
            no image among them, or images of different shapes after preprocessing.
    """
    if chain.dims == 3:
        return _volume(chain, blobs)
    images: list[np.ndarray] = []
    skipped = 0
    for i, blob in enumerate(blobs):
        try:
            images.append(preprocess.from_dicom(chain, blob))
        except preprocess.PreprocessError as exc:
            if exc.code == "not_an_image":
                skipped += 1
                continue
            raise InvalidInput(f"instance {i}: {exc.code}") from None
    if not images:
        raise InvalidInput("no image instance to predict on")
    if len({im.shape for im in images}) > 1:
        raise InvalidInput("instances differ in shape after preprocessing; the model's "
                           "preprocess.json does not resize them")
    return np.stack(images), skipped


def _volume(chain: preprocess.Chain, blobs: Sequence[bytes]) -> tuple[np.ndarray, int]:
    """A 3-D model's one input ``[1, 1, S, S, S]``: the volume of the largest series among
    ``blobs`` (:func:`medenclave.volumes.from_series`, the call training made), and how many
    instances were not images. DICOM sent to Predict must hold a whole series.

    Raises:
        InvalidInput: no image, an unreadable one, or no whole series (a missing or duplicate
            slice, uneven spacing...: the problem is named).
    """
    try:
        volume, skipped = volumes.from_series(chain, blobs)
    except volumes.VolumeError as exc:
        raise InvalidInput(f"a 3-D model needs a whole series: {exc}") from None
    except preprocess.PreprocessError as exc:
        if exc.code == "not_an_image":
            raise InvalidInput("no image instance to predict on") from None
        raise InvalidInput(f"series: {exc.code}") from None
    return volume[None], skipped


class ImagePredictor:
    """Predict by study or by DICOM (see the module)."""

    def __init__(self, *, backend: ClassifierBackend, files: ModelFiles, studies: StudySource,
                 deid: InstanceDeidentifier, limits: PredictLimits | None = None) -> None:
        self._backend = backend
        self._files = files
        self._studies = studies
        self._deid = deid
        self.limits = limits or PredictLimits()

    def check_dicom(self, dicom: Sequence[bytes]) -> None:
        """Refuse DICOM input beyond the limits before anything reads it.

        Raises:
            LimitExceeded: too many instances or bytes.
            InvalidInput: an empty instance.
        """
        if len(dicom) > self.limits.max_instances:
            raise LimitExceeded(f"{len(dicom)} instances; at most "
                                f"{self.limits.max_instances} per request")
        total = sum(len(d) for d in dicom)
        if total > self.limits.max_bytes:
            raise LimitExceeded(f"{total} bytes of DICOM; at most {self.limits.max_bytes} "
                                f"per request")
        if any(not d for d in dicom):
            raise InvalidInput("an empty DICOM instance")

    async def by_study(self, *, model: str, version: int, pseudo_study_id: str) -> ImagePrediction:
        """Raises: InvalidInput, StudyNotFound, LimitExceeded, NotPreprocessable,
        ModelNotFound, BackendUnavailable, InferenceFailed."""
        if not _PSEUDO_STUDY.match(pseudo_study_id):
            raise InvalidInput("pseudo_study_id must be a pseudonymous study id (2.25.<n>)")
        used, chain = await self._version(model, version)
        blobs = await self._studies.instances(pseudo_study_id=pseudo_study_id,
                                              max_instances=self.limits.max_instances,
                                              max_bytes=self.limits.max_bytes)
        return await self._predict(model, used, chain, blobs)

    async def by_dicom(self, *, model: str, version: int, dicom: Sequence[bytes]) -> ImagePrediction:
        """Raises: as :meth:`by_study` (without StudyNotFound)."""
        self.check_dicom(dicom)
        used, chain = await self._version(model, version)
        clean = [await self._deid.deidentify(dicom=blob) for blob in dicom]
        return await self._predict(model, used, chain, clean)

    async def _version(self, model: str, version: int) -> tuple[int, preprocess.Chain]:
        if not model:
            raise InvalidInput("model_name is required")
        if version < 0:
            raise InvalidInput("version must be >= 0")
        used = await self._backend.resolve(model=model, version=version)
        data = await asyncio.to_thread(self._files.read, model=model, version=used,
                                       name=preprocess.PREPROCESS_FILE)
        if data is None:
            raise NotPreprocessable(f"model '{model}' version {used} has no "
                                    f"{preprocess.PREPROCESS_FILE}; send a preprocessed tensor")
        try:
            return used, preprocess.loads(data)
        except preprocess.InvalidChain:
            raise NotPreprocessable(f"model '{model}' version {used}: unusable "
                                    f"{preprocess.PREPROCESS_FILE}") from None

    async def _report_ids(self, model: str, version: int,
                          blobs: Sequence[bytes]) -> np.ndarray | None:
        """``[1, L]`` token ids of the study's report for a fusion model (one saved with
        ``tokenizer.json``), built as training built them; None for an image-only model.

        Raises:
            NotPreprocessable: the tokenizer is unusable, or the study has no report text.
            InvalidInput: an instance is unreadable.
        """
        data = await asyncio.to_thread(self._files.read, model=model, version=version,
                                       name=reports.TOKENIZER_FILE)
        if data is None:
            return None
        try:
            tok = reports.load_tokenizer(data)
        except reports.ReportUnreadable:
            raise NotPreprocessable(f"model '{model}' version {version}: unusable "
                                    f"{reports.TOKENIZER_FILE}") from None
        try:
            text = await asyncio.to_thread(reports.report_text, blobs)
        except reports.ReportUnreadable:
            raise InvalidInput("an instance is not readable DICOM") from None
        if not text.strip():
            raise NotPreprocessable(f"model '{model}' reads the study's report with its images; "
                                    f"the study has no structured report (SR) with text")
        return reports.encode_texts(tok, [text])

    async def _predict(self, model: str, version: int, chain: preprocess.Chain,
                       blobs: Sequence[bytes]) -> ImagePrediction:
        batch, skipped = await asyncio.to_thread(_inputs, chain, blobs)
        ids = await self._report_ids(model, version, blobs)
        parts = []
        for start in range(0, len(batch), self.limits.batch):
            rows = batch[start:start + self.limits.batch]
            text = {} if ids is None else {"token_ids": np.repeat(ids, len(rows), axis=0)}
            _, scores = await self._backend.classify(model=model, version=version, batch=rows,
                                                     **text)
            parts.append(np.asarray(scores, dtype=np.float32).reshape(
                min(self.limits.batch, len(batch) - start), -1))
        probabilities = np.concatenate(parts)
        decision, point = await self.decide(model=model, version=version,
                                            probabilities=probabilities)
        return ImagePrediction(name=model, version=version, probabilities=probabilities,
                               decision=decision, point=point, instances=len(batch),
                               skipped=skipped)

    async def decide(self, *, model: str, version: int,
                     probabilities: np.ndarray) -> tuple[Decision, OperatingPoint]:
        """The decision on ``probabilities`` at the version's operating point (else argmax)."""
        files = {name: await asyncio.to_thread(self._files.read, model=model, version=version,
                                               name=name)
                 for name in (OPERATING_POINT_FILE, METRICS_FILE)}
        point = operating_point_from(files)
        return decide(probabilities, point), point
