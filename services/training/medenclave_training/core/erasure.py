"""Which jobs and model versions used a patient's studies (the right to erasure).

A model cannot forget a patient by deleting rows: the privacy officer gets the list (from
each job's labels and each model version's dataset manifest, by pseudonymous study id) and
decides on retraining or withdrawal. Nothing here changes a job or a model.
"""

from __future__ import annotations

from collections.abc import Iterable

from medenclave_training.core.jobs import Job
from medenclave_training.core.ports import RegisteredModel

__all__ = ["MAX_STUDY_IDS", "trained_on"]

#: pseudonymous study ids one request may name
MAX_STUDY_IDS = 1000


def trained_on(*, pseudo_study_ids: Iterable[str], jobs: Iterable[Job],
               models: Iterable[RegisteredModel]) -> tuple[list[Job], list[RegisteredModel]]:
    """The jobs whose labels name any of ``pseudo_study_ids``, and the model versions whose
    dataset manifest names any of them or that such a job registered.

    Args:
        pseudo_study_ids: the patient's pseudonymous study ids.
        jobs: every job.
        models: every registered model version.

    Returns:
        ``(jobs, models)`` in the order given.
    """
    wanted = frozenset(pseudo_study_ids)
    used = [j for j in jobs if wanted & j.spec.labels.labels.keys()]
    job_ids = {j.job_id for j in used}
    hit = [m for m in models if m.job_id in job_ids or wanted.intersection(m.dataset_studies)]
    return used, hit
