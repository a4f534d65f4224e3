"""The decision a model version makes from its scores: its operating point when one was saved
with it, else the argmax.

The operating point lies in the version folder, next to model.onnx: ``operating_point.json``
(``{"positive_class": 1, "threshold": 0.42}``) or the ``operating_point`` object of the
evaluation's ``metrics.json`` (the governance branch's model card metrics). Neither: argmax,
and the answer says so (``decision_rule``).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

import numpy as np

__all__ = [
    "ARGMAX",
    "METRICS_FILE",
    "OPERATING_POINT_FILE",
    "Decision",
    "OperatingPoint",
    "decide",
    "operating_point_from",
]

OPERATING_POINT_FILE = "operating_point.json"
METRICS_FILE = "metrics.json"
ARGMAX = "argmax"


@dataclass(frozen=True)
class OperatingPoint:
    """Class ``positive_class`` when its score reaches ``threshold``; ``rule`` names the file
    it came from (or :data:`ARGMAX`: no operating point)."""

    rule: str = ARGMAX
    positive_class: int = 0
    threshold: float = 0.0


@dataclass(frozen=True)
class Decision:
    classes: np.ndarray  # [batch] int32, per item
    decision: int  # for the whole input
    score: float


def _parse(doc: Any, rule: str) -> OperatingPoint | None:
    if not isinstance(doc, dict):
        return None
    if rule == METRICS_FILE:
        doc = doc.get("operating_point")
        if not isinstance(doc, dict):
            return None
    positive, threshold = doc.get("positive_class", 1), doc.get("threshold")
    if (isinstance(positive, bool) or not isinstance(positive, int) or positive < 0
            or isinstance(threshold, bool) or not isinstance(threshold, int | float)
            or not math.isfinite(threshold)):
        return None
    return OperatingPoint(rule=rule, positive_class=positive, threshold=float(threshold))


def operating_point_from(files: dict[str, bytes | None]) -> OperatingPoint:
    """The operating point of a version from its files (name → bytes, None if absent).

    ``operating_point.json`` first, then ``metrics.json``; an unreadable or incomplete file
    counts as absent (the answer then says ``argmax``).
    """
    for rule in (OPERATING_POINT_FILE, METRICS_FILE):
        data = files.get(rule)
        if not data:
            continue
        try:
            point = _parse(json.loads(data), rule)
        except (ValueError, UnicodeDecodeError):
            point = None
        if point is not None:
            return point
    return OperatingPoint()


def decide(probabilities: np.ndarray, point: OperatingPoint) -> Decision:
    """Per-item classes and the decision for all items together.

    With an operating point: an item is positive when its positive-class score reaches the
    threshold (else its best other class); the input is positive when its highest
    positive-class score does. Without: argmax per item, and the argmax of the mean.
    """
    scores = np.asarray(probabilities, dtype=np.float32)
    if point.rule == ARGMAX or point.positive_class >= scores.shape[1]:
        mean = scores.mean(axis=0)
        best = int(mean.argmax())
        return Decision(classes=scores.argmax(axis=1).astype(np.int32), decision=best,
                        score=float(mean[best]))
    pos = point.positive_class
    others = scores.copy()
    others[:, pos] = -np.inf
    fallback = others.argmax(axis=1) if scores.shape[1] > 1 else np.zeros(len(scores), int)
    positive = scores[:, pos] >= point.threshold
    classes = np.where(positive, pos, fallback).astype(np.int32)
    top = float(scores[:, pos].max())
    if top >= point.threshold:
        return Decision(classes=classes, decision=pos, score=top)
    mean = others.mean(axis=0) if scores.shape[1] > 1 else scores.mean(axis=0)
    return Decision(classes=classes, decision=int(np.argmax(mean)), score=top)
