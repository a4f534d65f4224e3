"""Drift of a model's inputs and predictions against a reference saved with the model.

At training time :func:`build_reference` summarises the validation split: the histogram of
pixel intensities, of each image's mean and standard deviation (bin edges at the reference's
quantiles, so every reference bin holds about the same mass, as PSI practice does; at most
one bin per ten validation images) and the
distribution of predicted classes. It is saved as ``drift_reference.json`` next to
``model.onnx``. At serving time a :class:`DriftWindow` keeps the same histograms over a
sliding window of the latest inputs and compares them with the reference: Kullback–Leibler
divergence KL(live ‖ reference), the population stability index (PSI) and the Jensen–Shannon
divergence, natural logarithms, per feature; a window is *drifted* when the largest KL of any
feature exceeds the threshold (0.2 by default). Only counts are kept: no image, no value of
an input, leaves the window. numpy only; no I/O.

Large images are summarised from an evenly spaced sample of at most :data:`MAX_PIXELS`
pixels, so the cost per input is bounded (the reference is built the same way); a batch is
histogrammed with one search and one count.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

__all__ = [
    "DEFAULT_THRESHOLD",
    "DEFAULT_WINDOW",
    "FEATURES",
    "MAX_REFERENCE_BYTES",
    "REFERENCE_FILE",
    "Divergence",
    "DriftReference",
    "DriftReport",
    "DriftWindow",
    "InvalidDriftReference",
    "build_reference",
    "divergence",
]

REFERENCE_FILE = "drift_reference.json"
DEFAULT_THRESHOLD = 0.2
DEFAULT_WINDOW = 500
#: pixels sampled from one image (evenly spaced); bounds the cost of an input
MAX_PIXELS = 512
#: a reference larger than this is refused (it holds a few hundred numbers)
MAX_REFERENCE_BYTES = 1024 * 1024
INTENSITY_BINS = 32
STAT_BINS = 10
MAX_BINS = 256
MAX_CLASSES = 10_000
FEATURES = ("intensity", "image_mean", "image_std", "prediction")
_FLOOR = 1e-4  # probability floor: an empty bin on either side keeps the divergences finite


class InvalidDriftReference(ValueError):
    """A drift reference that cannot be used; the message names the field."""


@dataclass(frozen=True)
class Histogram:
    """Bins split at ``edges`` (ascending): below the first edge is bin 0, at or above the
    last the final bin; ``probabilities`` has one more entry than ``edges``."""

    edges: tuple[float, ...]
    probabilities: tuple[float, ...]

    @property
    def bins(self) -> int:
        return len(self.edges) + 1

    def counts(self, values: np.ndarray) -> np.ndarray:
        """How many of ``values`` fall in each bin (int64, length :attr:`bins`)."""
        index = np.searchsorted(np.asarray(self.edges), values, side="right")
        return np.bincount(index, minlength=self.bins).astype(np.int64)


@dataclass(frozen=True)
class DriftReference:
    """What the validation split looked like to the model (saved with the model)."""

    intensity: Histogram
    image_mean: Histogram
    image_std: Histogram
    prediction: tuple[float, ...] = ()  # predicted-class frequencies; () when not recorded
    samples: int = 0

    def to_json(self) -> bytes:
        """The ``drift_reference.json`` bytes."""
        doc: dict[str, object] = {"format": 1, "samples": self.samples}
        for name in ("intensity", "image_mean", "image_std"):
            hist: Histogram = getattr(self, name)
            doc[name] = {"edges": list(hist.edges), "probabilities": list(hist.probabilities)}
        doc["prediction"] = list(self.prediction)
        return json.dumps(doc, indent=1).encode()

    @classmethod
    def from_json(cls, data: bytes) -> DriftReference:
        """Parse and check ``drift_reference.json``.

        Raises:
            InvalidDriftReference: too large, not JSON, or a field that is missing, not finite,
                not ascending or of the wrong length (the message names it).
        """
        if len(data) > MAX_REFERENCE_BYTES:
            raise InvalidDriftReference(f"file: larger than {MAX_REFERENCE_BYTES} bytes")
        try:
            doc = json.loads(data)
        except (ValueError, UnicodeDecodeError):
            raise InvalidDriftReference("file: not JSON") from None
        if not isinstance(doc, dict) or doc.get("format") != 1:
            raise InvalidDriftReference("format: must be 1")
        hists = {name: _histogram(doc.get(name), name)
                 for name in ("intensity", "image_mean", "image_std")}
        prediction = _probabilities(doc.get("prediction", []), "prediction", allow_empty=True)
        if len(prediction) > MAX_CLASSES:
            raise InvalidDriftReference(f"prediction: more than {MAX_CLASSES} classes")
        samples = doc.get("samples", 0)
        if not isinstance(samples, int) or isinstance(samples, bool) or samples < 0:
            raise InvalidDriftReference("samples: must be a non-negative integer")
        return cls(prediction=prediction, samples=samples, **hists)


def _probabilities(raw: object, where: str, *, allow_empty: bool = False) -> tuple[float, ...]:
    if not isinstance(raw, list) or (not raw and not allow_empty):
        raise InvalidDriftReference(f"{where}: must be a list of probabilities")
    if not raw:
        return ()
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in raw):
        raise InvalidDriftReference(f"{where}: must hold numbers")
    values = np.asarray(raw, dtype=np.float64)
    if not np.all(np.isfinite(values)) or np.any(values < 0) or values.sum() <= 0:
        raise InvalidDriftReference(f"{where}: must be finite, non-negative, not all zero")
    return tuple(float(v) for v in values / values.sum())


def _histogram(raw: object, name: str) -> Histogram:
    if not isinstance(raw, dict):
        raise InvalidDriftReference(f"{name}: missing")
    edges_raw = raw.get("edges")
    if not isinstance(edges_raw, list) or not 1 <= len(edges_raw) < MAX_BINS or \
            not all(isinstance(v, int | float) and not isinstance(v, bool) for v in edges_raw):
        raise InvalidDriftReference(f"{name}.edges: must list 1 to {MAX_BINS - 1} numbers")
    edges = np.asarray(edges_raw, dtype=np.float64)
    if not np.all(np.isfinite(edges)) or np.any(np.diff(edges) <= 0):
        raise InvalidDriftReference(f"{name}.edges: must be finite and strictly ascending")
    probs = _probabilities(raw.get("probabilities"), f"{name}.probabilities")
    if len(probs) != len(edges) + 1:
        raise InvalidDriftReference(f"{name}.probabilities: must have len(edges) + 1 entries")
    return Histogram(edges=tuple(float(e) for e in edges), probabilities=probs)


# --------------------------------------------------------------------------- features
def _samples(images: np.ndarray) -> np.ndarray:
    """``[batch, k]`` float64 pixels sampled evenly from each image (``k`` ≤ MAX_PIXELS)."""
    flat = np.asarray(images).reshape(len(images), -1)
    if flat.shape[1] > MAX_PIXELS:
        flat = flat[:, np.linspace(0, flat.shape[1] - 1, MAX_PIXELS).astype(np.int64)]
    flat = flat.astype(np.float64)
    if not np.isfinite(flat).all():
        flat = np.nan_to_num(flat, nan=0.0, posinf=1e30, neginf=-1e30)
    return flat


def _quantile_edges(values: np.ndarray, bins: int) -> tuple[float, ...]:
    edges = np.unique(np.quantile(values, np.linspace(0, 1, bins + 1)[1:-1]))
    if edges.size == 0:  # every value the same
        edges = np.asarray([float(values.flat[0])])
    return tuple(float(e) for e in edges)


def _fitted(values: np.ndarray, bins: int) -> Histogram:
    edges = _quantile_edges(values, bins)
    counts = Histogram(edges, (1.0,) * (len(edges) + 1)).counts(values)
    return Histogram(edges, tuple(float(c) for c in counts / counts.sum()))


def build_reference(images: Sequence[np.ndarray] | np.ndarray,
                    probabilities: np.ndarray | None = None) -> DriftReference:
    """Summarise a validation split.

    Args:
        images: the images (each any shape; all the same shape), as the model receives them.
        probabilities: the model's scores ``[n, classes]`` on them, or None.

    Raises:
        ValueError: no images, or probabilities not one row per image.
    """
    batch = np.stack([np.asarray(i) for i in images]) if not isinstance(images, np.ndarray) \
        else images
    if len(batch) == 0:
        raise ValueError("a drift reference needs at least one image")
    pixels = _samples(batch)
    prediction: tuple[float, ...] = ()
    if probabilities is not None:
        scores = np.asarray(probabilities).reshape(len(batch), -1)
        classes = np.bincount(scores.argmax(axis=1), minlength=scores.shape[1])
        prediction = tuple(float(c) for c in classes / classes.sum())
    # one bin per ten images at most: a small split's own sampling noise would read as drift
    stat_bins = min(STAT_BINS, max(2, len(batch) // 10))
    return DriftReference(intensity=_fitted(pixels.ravel(), INTENSITY_BINS),
                          image_mean=_fitted(pixels.mean(axis=1), stat_bins),
                          image_std=_fitted(pixels.std(axis=1), stat_bins),
                          prediction=prediction, samples=len(batch))


# --------------------------------------------------------------------------- divergences
@dataclass(frozen=True)
class Divergence:
    kl: float = 0.0
    psi: float = 0.0
    js: float = 0.0


def _normalised(values: np.ndarray) -> np.ndarray:
    p = np.maximum(values / max(values.sum(), 1e-300), _FLOOR)
    return p / p.sum()


def divergence(live: np.ndarray, reference: np.ndarray) -> Divergence:
    """KL(live ‖ reference), PSI and Jensen–Shannon of two histograms (counts or
    probabilities, same bins), natural logarithms; empty bins are floored at 1e-4."""
    p = _normalised(np.asarray(live, dtype=np.float64))
    q = _normalised(np.asarray(reference, dtype=np.float64))
    m = (p + q) / 2
    kl = float(np.sum(p * np.log(p / q)))
    psi = float(np.sum((p - q) * np.log(p / q)))
    js = float(0.5 * np.sum(p * np.log(p / m)) + 0.5 * np.sum(q * np.log(q / m)))
    return Divergence(kl=max(kl, 0.0), psi=max(psi, 0.0), js=max(js, 0.0))


@dataclass(frozen=True)
class DriftReport:
    """The window against the reference: the largest of each divergence over the features."""

    kl: float
    psi: float
    js: float
    threshold: float
    drifted: bool
    window: int  # inputs in the window now
    capacity: int  # inputs the window holds at most
    judged: bool  # enough inputs to judge (drifted is False until then)
    features: Mapping[str, Divergence] = field(default_factory=dict)


class DriftWindow:
    """The latest ``size`` inputs of one model version, against its reference."""

    def __init__(self, reference: DriftReference, *, size: int = DEFAULT_WINDOW,
                 threshold: float = DEFAULT_THRESHOLD, min_inputs: int | None = None) -> None:
        """Args:
            size: inputs kept (oldest dropped first).
            threshold: KL above which the window is drifted.
            min_inputs: inputs needed before judging (default ``min(size, 100)``).

        Raises:
            ValueError: a size or threshold that is not positive.
        """
        if size < 1 or not threshold > 0 or not math.isfinite(threshold):
            raise ValueError("window size and threshold must be positive")
        self.reference = reference
        self.size = size
        self.threshold = threshold
        self.min_inputs = min(min_inputs or min(size, 100), size)
        self._edges = {name: np.asarray(getattr(reference, name).edges)
                       for name in ("intensity", "image_mean", "image_std")}
        # a ring of the latest ``size`` inputs (row ``i % size`` holds input ``i``) and the
        # sums over it, both updated a batch at a time
        self._ring_intensity = np.zeros((size, reference.intensity.bins))
        self._ring_mean = np.zeros(size, dtype=np.int64)
        self._ring_std = np.zeros(size, dtype=np.int64)
        self._ring_class = np.full(size, -1, dtype=np.int64)
        self._filled = np.zeros(size, dtype=bool)
        self._added = 0
        self._intensity = np.zeros(reference.intensity.bins)
        self._means = np.zeros(reference.image_mean.bins, dtype=np.int64)
        self._stds = np.zeros(reference.image_std.bins, dtype=np.int64)
        classes = len(reference.prediction)
        self._classes = np.zeros(max(classes, 1), dtype=np.int64)

    def __len__(self) -> int:
        return int(self._filled.sum()) if self._added < self.size else self.size

    def add(self, images: np.ndarray, probabilities: np.ndarray | None = None) -> None:
        """Add a batch (batch first) and, when known, the model's scores on it."""
        if len(images) == 0:
            return
        ref = self.reference
        predicted = np.full(len(images), -1, dtype=np.int64)
        if probabilities is not None and ref.prediction:
            scores = np.asarray(probabilities).reshape(len(images), -1)
            if scores.shape[1] == len(ref.prediction):
                predicted = scores.argmax(axis=1).astype(np.int64)
        if len(images) > self.size:  # only the last ``size`` inputs can stay in the window
            skipped = len(images) - self.size
            images, predicted = images[skipped:], predicted[skipped:]
            self._added += skipped
        pixels = _samples(images)
        rows, width = pixels.shape
        bins = ref.intensity.bins
        # one search for the whole batch; row r's bins offset by r * bins for one bincount
        index = np.searchsorted(self._edges["intensity"], pixels, side="right")
        index += np.arange(rows)[:, None] * bins
        intensity = np.bincount(index.ravel(), minlength=rows * bins).reshape(rows, bins) / width
        mean_bins = np.searchsorted(self._edges["image_mean"], pixels.mean(axis=1), side="right")
        std_bins = np.searchsorted(self._edges["image_std"], pixels.std(axis=1), side="right")
        slots = (self._added + np.arange(rows)) % self.size
        self._account(slots[self._filled[slots]], -1)  # the inputs these replace leave
        self._filled[slots] = True
        self._ring_intensity[slots] = intensity
        self._ring_mean[slots] = mean_bins
        self._ring_std[slots] = std_bins
        self._ring_class[slots] = predicted
        self._account(slots, 1)
        self._added += rows

    def _account(self, slots: np.ndarray, sign: int) -> None:
        if slots.size == 0:
            return
        self._intensity += sign * self._ring_intensity[slots].sum(axis=0)
        self._means += sign * np.bincount(self._ring_mean[slots], minlength=self._means.size)
        self._stds += sign * np.bincount(self._ring_std[slots], minlength=self._stds.size)
        classes = self._ring_class[slots]
        classes = classes[classes >= 0]
        if classes.size:
            self._classes += sign * np.bincount(classes, minlength=self._classes.size)

    def report(self) -> DriftReport:
        """The divergences of the window now."""
        ref = self.reference
        n = len(self)
        features: dict[str, Divergence] = {}
        if n:
            features["intensity"] = divergence(self._intensity,
                                                np.asarray(ref.intensity.probabilities))
            features["image_mean"] = divergence(self._means,
                                                 np.asarray(ref.image_mean.probabilities))
            features["image_std"] = divergence(self._stds,
                                                np.asarray(ref.image_std.probabilities))
        if ref.prediction and int(self._classes.sum()) >= self.min_inputs:
            features["prediction"] = divergence(self._classes, np.asarray(ref.prediction))
        judged = n >= self.min_inputs
        worst = Divergence(kl=max((d.kl for d in features.values()), default=0.0),
                           psi=max((d.psi for d in features.values()), default=0.0),
                           js=max((d.js for d in features.values()), default=0.0))
        return DriftReport(kl=worst.kl, psi=worst.psi, js=worst.js, threshold=self.threshold,
                           drifted=judged and worst.kl > self.threshold, window=n,
                           capacity=self.size, judged=judged, features=features)
