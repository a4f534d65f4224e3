"""Train/validation split by patient: every study of a patient, and every image of a study,
lands on the same side (a patient in both would let validation see what training saw)."""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass

from medenclave_training.core.labels import LabelSet

__all__ = ["DEFAULT_VAL_FRACTION", "StudySplit", "split_studies"]

DEFAULT_VAL_FRACTION = 0.25


@dataclass(frozen=True)
class StudySplit:
    train: tuple[str, ...]
    val: tuple[str, ...]


def split_studies(labels: LabelSet, *, val_fraction: float = DEFAULT_VAL_FRACTION,
                  seed: int = 0, patients: Mapping[str, str] | None = None) -> StudySplit:
    """Split the labelled studies by patient, stratified by class and reproducible for a seed.

    Patients are stratified by the label of their first study (by id); each class with at
    least two patients puts at least one in validation and keeps at least one for training.
    Without ``patients`` (or for a study it does not name) a study is its own patient.

    Args:
        labels: the study-level labels.
        val_fraction: share of each class's patients held out, in (0, 1).
        seed: the same seed and labels give the same split.
        patients: the pseudonymous patient of each study.

    Raises:
        ValueError: ``val_fraction`` outside (0, 1).
    """
    if not 0.0 < val_fraction < 1.0:
        raise ValueError("val_fraction must be in (0, 1)")
    patients = patients or {}
    studies_of: dict[str, list[str]] = {}
    for study in sorted(labels.labels):
        studies_of.setdefault(patients.get(study) or study, []).append(study)
    by_class: dict[int, list[str]] = {}
    for patient, studies in studies_of.items():
        by_class.setdefault(labels.labels[studies[0]], []).append(patient)
    rng = random.Random(seed)  # noqa: S311 (a reproducible split, not a secret)
    train: list[str] = []
    val: list[str] = []
    for _label, people in sorted(by_class.items()):
        people = sorted(people)
        rng.shuffle(people)
        n_val = int(len(people) * val_fraction + 0.5)  # half rounds up
        n_val = min(max(n_val, 1), len(people) - 1) if len(people) >= 2 else 0
        val.extend(s for p in people[:n_val] for s in studies_of[p])
        train.extend(s for p in people[n_val:] for s in studies_of[p])
    return StudySplit(train=tuple(sorted(train)), val=tuple(sorted(val)))
