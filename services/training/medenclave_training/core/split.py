"""Study-level train/validation split: every image of a study lands on the same side."""

from __future__ import annotations

import random
from dataclasses import dataclass

from medenclave_training.core.labels import LabelSet

__all__ = ["DEFAULT_VAL_FRACTION", "StudySplit", "split_studies"]

DEFAULT_VAL_FRACTION = 0.25


@dataclass(frozen=True)
class StudySplit:
    train: tuple[str, ...]
    val: tuple[str, ...]


def split_studies(labels: LabelSet, *, val_fraction: float = DEFAULT_VAL_FRACTION,
                  seed: int = 0) -> StudySplit:
    """Split the labelled studies, stratified by class and reproducible for a seed.

    Each class with at least two studies puts at least one in validation and keeps at least one
    for training, so every such class is represented on both sides.

    Args:
        labels: the study-level labels.
        val_fraction: share of each class's studies held out, in (0, 1).
        seed: the same seed and labels give the same split.

    Raises:
        ValueError: ``val_fraction`` outside (0, 1).
    """
    if not 0.0 < val_fraction < 1.0:
        raise ValueError("val_fraction must be in (0, 1)")
    rng = random.Random(seed)  # noqa: S311 (a reproducible split, not a secret)
    train: list[str] = []
    val: list[str] = []
    for _label, studies in sorted(labels.by_class().items()):
        studies = sorted(studies)
        rng.shuffle(studies)
        n_val = int(len(studies) * val_fraction + 0.5)  # half rounds up
        n_val = min(max(n_val, 1), len(studies) - 1) if len(studies) >= 2 else 0
        val.extend(studies[:n_val])
        train.extend(studies[n_val:])
    return StudySplit(train=tuple(sorted(train)), val=tuple(sorted(val)))
