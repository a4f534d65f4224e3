"""In-memory fakes of the training core's own ports (``medenclave_training.core.ports``), one
per port, shared by the training tests: job store, study catalog, dataset source, trainer,
model store, model repository and announcer.

Each keeps what it was given or asked for, so a test can look; the fakes of ports a test does
not care about (an announcer) accept any keyword arguments.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np

from medenclave_training.adapters.outbound.deid_client import decode_study
from medenclave_training.core.jobs import Job, JobNotFound
from medenclave_training.core.ports import (
    AnnouncementFailed,
    AvailableStudy,
    RegisteredModel,
    StudyUnavailable,
    TrainedModel,
    TrainingCancelled,
    VersionTaken,
)

__all__ = ["MemoryJobs", "MemoryModels", "MemoryRepository", "MemorySource", "MemoryStudies",
           "QuietAnnouncer", "RecordingAnnouncer", "RecordingTrainer"]


class MemoryJobs:
    """The JobStore port: newest first, ``replace`` a compare-and-set on the state."""

    def __init__(self) -> None:
        self.jobs: dict[str, Job] = {}

    def add(self, *, job):
        self.jobs[job.job_id] = job

    def get(self, *, job_id):
        try:
            return self.jobs[job_id]
        except KeyError:
            raise JobNotFound(job_id) from None

    def list(self):
        return sorted(self.jobs.values(), key=lambda j: -j.created_at)

    def in_state(self, *, state):
        return [j for j in self.jobs.values() if j.state is state]

    def replace(self, *, job, expected):
        if self.jobs[job.job_id].state is not expected:
            return False
        self.jobs[job.job_id] = job
        return True


class MemoryStudies:
    """The StudyCatalog port over ``studies`` (id → AvailableStudy; none by default)."""

    def __init__(self, studies: Mapping[str, AvailableStudy] | None = None) -> None:
        self.studies: dict[str, AvailableStudy] = dict(studies or {})

    @classmethod
    def of_patients(cls, patients: Mapping[str, str]) -> MemoryStudies:
        """The catalog of studies (id → pseudonymous patient id)."""
        return cls({s: AvailableStudy(pseudo_study_id=s, pseudo_patient_id=p)
                    for s, p in patients.items()})

    def record(self, *, study):
        new = self.studies.get(study.pseudo_study_id) != study
        self.studies[study.pseudo_study_id] = study
        return new

    def available(self, *, pseudo_study_ids):
        return set(pseudo_study_ids) & set(self.studies)

    def describe(self, *, pseudo_study_ids):
        return {s: self.studies[s] for s in pseudo_study_ids if s in self.studies}


class MemorySource:
    """The DatasetSource port from memory. A study's images are, by the first that applies:
    decoded from its de-identified DICOM in ``dicom`` with the job's chain by the deid client's
    own ``decode_study`` (what DeidDatasetSource runs on FetchStudy); its arrays in
    ``images``; or ``per_study`` blank ``[1, S, S]`` images. A study in ``missing`` is
    unavailable (``study_not_found``). ``asked``: the studies asked for, in order."""

    def __init__(self, *, dicom: Mapping[str, list[bytes]] | None = None,
                 images: Mapping[str, list[np.ndarray]] | None = None,
                 reports: Mapping[str, str] | None = None, per_study: int = 3,
                 missing: Iterable[str] = ()) -> None:
        self.dicom, self.given, self.reports = dicom, images, dict(reports or {})
        self.per_study, self.missing = per_study, set(missing)
        self.asked: list[str] = []

    async def images(self, *, pseudo_study_id, image_size, chain=None, **_):
        self.asked.append(pseudo_study_id)
        if pseudo_study_id in self.missing:
            raise StudyUnavailable("study_not_found")
        if self.dicom is not None:
            return decode_study(self.dicom[pseudo_study_id], image_size, chain)[0]
        if self.given is not None:
            return self.given[pseudo_study_id]
        return [np.zeros((1, image_size, image_size), np.float32)] * self.per_study

    async def report(self, *, pseudo_study_id, **_):
        return self.reports.get(pseudo_study_id, "")


class RecordingTrainer:
    """The Trainer port without training: keeps the data it was fed (``data``), reports one
    epoch to the progress hook (cancelled when the hook says so) and returns ``model``."""

    def __init__(self, model: TrainedModel | None = None) -> None:
        self.model = model or TrainedModel(onnx=b"onnx", val_accuracy=1.0, train_loss=0.1)
        self.data = None

    async def train(self, *, data, progress=None, **_):
        self.data = data
        if progress is not None and not progress(1, 0.5):
            raise TrainingCancelled
        return self.model


class MemoryModels:
    """The ModelStore port (the model registry)."""

    def __init__(self) -> None:
        self.models: dict[tuple[str, int], RegisteredModel] = {}

    def latest_version(self, *, model_name):
        return max((v for n, v in self.models if n == model_name), default=0)

    def add(self, *, model):
        key = (model.model_name, model.version)
        if key in self.models:
            raise VersionTaken(str(key))
        self.models[key] = model

    def discard(self, *, model_name, version):
        self.models.pop((model_name, version), None)

    def list(self):
        return list(self.models.values())


class MemoryRepository:
    """The ModelRepository port: ``files`` (model, version) → ONNX; ``existing``: the latest
    version already on disk before the test."""

    def __init__(self, existing: int = 0) -> None:
        self.files: dict[tuple[str, int], bytes] = {}
        self.existing = existing
        self.signature = None
        self.served = 0
        self.extras: dict[str, bytes] = {}

    def latest_version(self, *, model_name):
        return max([v for n, v in self.files if n == model_name] + [self.existing])

    def publish(self, *, signature, version, onnx, served=0, extras=None, **_):
        self.signature = signature
        self.files[(signature.model_name, version)] = onnx
        self.served = served
        self.extras = dict(extras or {})

    def serve(self, *, model_name, version):
        self.served = version


class QuietAnnouncer:
    """The Announcer port that announces nothing."""

    async def job_changed(self, **_):
        pass

    async def model_registered(self, **_):
        pass

    async def audit(self, **_):
        pass

    async def serving_changed(self, **_):
        pass


class RecordingAnnouncer:
    """The Announcer port, recording ``events`` in order: ``("job", state, error_code)``,
    ``("model", name, version, platform)``, ``("audit", action, outcome, reason)``,
    ``("serving", version, change)``. With ``fail_registration``, announcing a model fails
    as an unreachable bus does."""

    def __init__(self) -> None:
        self.events: list[tuple] = []
        self.fail_registration = False

    async def job_changed(self, *, job, **_):
        self.events.append(("job", job.state.value, job.error_code))

    async def model_registered(self, *, model, platform, **_):
        if self.fail_registration:
            raise AnnouncementFailed("model.registered.v1")
        self.events.append(("model", model.model_name, model.version, platform))

    async def audit(self, *, action, resource, outcome="success", reason="", **_):
        self.events.append(("audit", action, outcome, reason))

    async def serving_changed(self, *, card, change, **_):
        self.events.append(("serving", card.version, change))
