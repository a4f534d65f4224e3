"""A classifier's evaluation from its predicted class probabilities. numpy only, no I/O.

What is measured, on the held-out test split when the dataset has one (else on the validation
split, and the result says so in ``"split"``):

- ``auc``: ROC AUC by the rank statistic (Mann–Whitney U, ties counted half); for more than
  two classes the unweighted mean of the one-vs-rest AUCs (macro). A class absent from the
  evaluated images has no AUC and is left out of the mean (``None`` if none is left).
- ``sensitivity`` / ``specificity`` at an operating point chosen on the VALIDATION split:
  two classes: the threshold on P(class 1) that maximises Youden's J = sensitivity +
  specificity − 1 on validation (the lowest such threshold; positives are ``p >= threshold``);
  more classes: the predicted class is the most probable one, and sensitivity and
  specificity are the macro means of the one-vs-rest values.
- ``ece``: expected calibration error of the top-class confidence, 10 equal-width bins.
- ``confusion_matrix``: rows are the true class, columns the predicted one (at the operating
  point above).
- ``accuracy`` at the same operating point, and ``images``: how many were evaluated.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

__all__ = [
    "ECE_BINS",
    "confusion_matrix",
    "evaluate",
    "expected_calibration_error",
    "roc_auc",
    "youden_threshold",
]

ECE_BINS = 10


def roc_auc(scores: np.ndarray, positive: np.ndarray) -> float | None:
    """The area under the ROC curve of ``scores`` for the ``positive`` mask.

    Returns:
        The AUC, or None when one side (positives or negatives) is empty.
    """
    scores = np.asarray(scores, dtype=np.float64)
    positive = np.asarray(positive, dtype=bool)
    n_pos = int(positive.sum())
    n_neg = len(positive) - n_pos
    if n_pos == 0 or n_neg == 0:
        return None
    # average ranks (ties share the mean rank)
    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(len(scores), dtype=np.float64)
    sorted_scores = scores[order]
    i = 0
    while i < len(scores):
        j = i
        while j + 1 < len(scores) and sorted_scores[j + 1] == sorted_scores[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2.0 + 1.0
        i = j + 1
    u = ranks[positive].sum() - n_pos * (n_pos + 1) / 2.0
    return float(u / (n_pos * n_neg))


def _sens_spec(predicted: np.ndarray, positive: np.ndarray) -> tuple[float | None, float | None]:
    tp = int(np.sum(predicted & positive))
    fn = int(np.sum(~predicted & positive))
    tn = int(np.sum(~predicted & ~positive))
    fp = int(np.sum(predicted & ~positive))
    sens = tp / (tp + fn) if tp + fn else None
    spec = tn / (tn + fp) if tn + fp else None
    return sens, spec


def youden_threshold(scores: np.ndarray, positive: np.ndarray) -> float:
    """The threshold on ``scores`` maximising Youden's J (the lowest one on a tie).

    Candidate thresholds are the observed scores; a score ``>= threshold`` is positive.
    Without both classes the threshold is 0.5.
    """
    scores = np.asarray(scores, dtype=np.float64)
    positive = np.asarray(positive, dtype=bool)
    if positive.all() or not positive.any():
        return 0.5
    best_j, best_t = -np.inf, 0.5
    for t in np.unique(scores):
        sens, spec = _sens_spec(scores >= t, positive)
        j = (sens or 0.0) + (spec or 0.0) - 1.0
        if j > best_j + 1e-12:
            best_j, best_t = j, float(t)
    return best_t


def confusion_matrix(labels: np.ndarray, predicted: np.ndarray, num_classes: int) -> list[list[int]]:
    """Counts ``[true][predicted]``."""
    matrix = np.zeros((num_classes, num_classes), dtype=np.int64)
    np.add.at(matrix, (np.asarray(labels, dtype=np.int64),
                       np.asarray(predicted, dtype=np.int64)), 1)
    return matrix.tolist()


def expected_calibration_error(probabilities: np.ndarray, labels: np.ndarray,
                               bins: int = ECE_BINS) -> float:
    """ECE of the top-class confidence over ``bins`` equal-width bins of (0, 1].

    ECE = Σ_b (n_b / n) · |accuracy_b − mean confidence_b|; a confidence of exactly 0 falls in
    the first bin.
    """
    probabilities = np.asarray(probabilities, dtype=np.float64)
    labels = np.asarray(labels, dtype=np.int64)
    if len(labels) == 0:
        return 0.0
    confidence = probabilities.max(axis=1)
    correct = probabilities.argmax(axis=1) == labels
    index = np.clip(np.ceil(confidence * bins).astype(np.int64) - 1, 0, bins - 1)
    total = 0.0
    for b in range(bins):
        members = index == b
        if members.any():
            total += members.sum() / len(labels) * abs(correct[members].mean()
                                                       - confidence[members].mean())
    return float(total)


def _mean(values: list[float | None]) -> float | None:
    kept = [v for v in values if v is not None]
    return float(np.mean(kept)) if kept else None


def _check(probabilities: np.ndarray, labels: np.ndarray, num_classes: int, what: str) -> None:
    if probabilities.ndim != 2 or probabilities.shape[1] != num_classes \
            or len(probabilities) != len(labels):
        raise ValueError(f"{what}: probabilities must be [images, {num_classes}] "
                         "with one label per image")
    if len(labels) and (labels.min() < 0 or labels.max() >= num_classes):
        raise ValueError(f"{what}: a label is outside 0..{num_classes - 1}")


def evaluate(*, probabilities: Sequence[Sequence[float]] | np.ndarray, labels: Sequence[int],
             val_probabilities: Sequence[Sequence[float]] | np.ndarray,
             val_labels: Sequence[int], num_classes: int, split: str) -> dict[str, Any]:
    """Evaluate one split, with the operating point chosen on validation.

    Args:
        probabilities: ``[images, classes]`` on the evaluated split.
        labels: the true class of each evaluated image.
        val_probabilities: ``[images, classes]`` on the validation split.
        val_labels: its true classes.
        num_classes: at least 2.
        split: ``"test"`` or ``"validation"`` (which split ``probabilities`` come from).

    Returns:
        A JSON-ready dict (see the module's docstring); values that cannot be computed
        (a class missing from the split) are ``None``.

    Raises:
        ValueError: shapes or labels do not fit ``num_classes``.
    """
    if num_classes < 2:
        raise ValueError("num_classes must be at least 2")
    probs = np.asarray(probabilities, dtype=np.float64).reshape(-1, num_classes)
    y = np.asarray(labels, dtype=np.int64)
    val_probs = np.asarray(val_probabilities, dtype=np.float64).reshape(-1, num_classes)
    val_y = np.asarray(val_labels, dtype=np.int64)
    _check(probs, y, num_classes, split)
    _check(val_probs, val_y, num_classes, "validation")
    result: dict[str, Any] = {"split": split, "images": len(y), "ece_bins": ECE_BINS}
    if num_classes == 2:
        threshold = youden_threshold(val_probs[:, 1], val_y == 1)
        predicted = (probs[:, 1] >= threshold).astype(np.int64)
        sens, spec = _sens_spec(predicted == 1, y == 1)
        result.update(auc=roc_auc(probs[:, 1], y == 1), threshold=threshold,
                      operating_point="youden_j_on_validation")
    else:
        predicted = probs.argmax(axis=1) if len(y) else np.zeros(0, dtype=np.int64)
        pairs = [_sens_spec(predicted == c, y == c) for c in range(num_classes)]
        sens, spec = _mean([p[0] for p in pairs]), _mean([p[1] for p in pairs])
        result.update(auc=_mean([roc_auc(probs[:, c], y == c) for c in range(num_classes)]),
                      threshold=None, operating_point="argmax_macro_one_vs_rest")
    result.update(
        sensitivity=sens, specificity=spec,
        accuracy=float((predicted == y).mean()) if len(y) else None,
        ece=expected_calibration_error(probs, y) if len(y) else None,
        confusion_matrix=confusion_matrix(y, predicted, num_classes))
    return result
