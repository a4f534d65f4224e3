"""Drift watch of served models: a sliding window per model version against the reference
saved with it at training time (:mod:`medenclave.drift`).

:class:`DriftMonitor` is fed every successful inference (the catalog calls
:meth:`DriftMonitor.observe`; with an external Triton, :class:`MonitoredClassifier` does for
the Predict API). A version without a reference is not watched. When a window turns drifted
(largest KL over the features above the threshold) the monitor tells :class:`DriftAlerts`
once, and again after each further window's worth of inputs while it stays drifted. No I/O
here.
"""

from __future__ import annotations

import asyncio
import collections
import logging
from dataclasses import dataclass

import numpy as np

from medenclave.drift import (
    DEFAULT_THRESHOLD,
    DEFAULT_WINDOW,
    DriftReference,
    DriftReport,
    DriftWindow,
    InvalidDriftReference,
)
from medenclave_inference.core.errors import DriftNotWatched
from medenclave_inference.core.ports import ClassifierBackend, DriftAlerts, DriftReferenceSource
from medenclave_inference.core.predict import ModelStatus

__all__ = ["DriftMonitor", "MonitoredClassifier", "WatchedVersion"]

log = logging.getLogger(__name__)

#: model versions watched at most (least recently fed dropped first)
MAX_WATCHED = 256


@dataclass
class WatchedVersion:
    model: str
    version: int
    window: DriftWindow
    alerted_at: int = -1  # inputs seen when the last alert went out; -1: none since healthy
    seen: int = 0
    judged_at: int = 0  # inputs seen at the last evaluation
    last: DriftReport | None = None  # the report after the latest input (what metrics read)


class DriftMonitor:
    """The drift windows of every served version that has a reference."""

    def __init__(self, *, references: DriftReferenceSource, alerts: DriftAlerts,
                 window: int = DEFAULT_WINDOW, threshold: float = DEFAULT_THRESHOLD,
                 max_watched: int = MAX_WATCHED) -> None:
        if window < 1 or not threshold > 0 or max_watched < 1:
            raise ValueError("drift window, threshold and max_watched must be positive")
        self._references = references
        self._alerts = alerts
        self.window = window
        self.threshold = threshold
        self._every = max(1, min(16, window // 32))  # inputs between evaluations
        self._max = max_watched
        self._watched: collections.OrderedDict[tuple[str, int], WatchedVersion | None] = \
            collections.OrderedDict()

    def _watch(self, model: str, version: int) -> WatchedVersion | None:
        key = (model, version)
        if key in self._watched:
            self._watched.move_to_end(key)
            return self._watched[key]
        watched: WatchedVersion | None = None
        data = self._references.read_drift_reference(model=model, version=version)
        if data is not None:
            try:
                reference = DriftReference.from_json(data)
            except InvalidDriftReference as exc:
                log.warning("drift reference unusable; version not watched",
                            extra={"code": "INF-061", "fields": {
                                "model": model, "version": version, "problem": str(exc)}})
            else:
                watched = WatchedVersion(model, version, DriftWindow(
                    reference, size=self.window, threshold=self.threshold))
        self._watched[key] = watched  # None remembered too: the file is read once
        while len(self._watched) > self._max:
            self._watched.popitem(last=False)
        return watched

    def forget(self, model: str, version: int) -> None:
        """Drop a version's window (unloaded, or replaced by a new file)."""
        self._watched.pop((model, version), None)

    def observe(self, *, model: str, version: int, images: np.ndarray,
                probabilities: np.ndarray | None = None) -> None:
        """Add one inference (``images`` batch first; the model's scores when known)."""
        watched = self._watch(model, version)
        if watched is None:
            return
        watched.window.add(images, probabilities)
        watched.seen += len(images)
        if watched.seen - watched.judged_at < self._every and watched.last is not None:
            return  # evaluated every few inputs: the divergences cost more than a histogram
        watched.judged_at = watched.seen
        report = watched.last = watched.window.report()
        if not report.drifted:
            watched.alerted_at = -1
            return
        if watched.alerted_at < 0 or watched.seen - watched.alerted_at >= self.window:
            watched.alerted_at = watched.seen
            log.warning("model drift detected", extra={"code": "INF-062", "fields": {
                "model": model, "version": version, "kl": round(report.kl, 4),
                "threshold": report.threshold, "window": report.window}})
            self._alerts.drift_detected(model=model, version=version, report=report)

    def report(self, model: str, version: int = 0) -> tuple[int, DriftReport]:
        """``(version, report)`` of ``model`` (version 0: the highest one watched).

        Raises:
            DriftNotWatched: no reference for it, or no input since the service started.
        """
        if version:  # only windows that exist: a query never reads files nor evicts a window
            watched = self._watched.get((model, version))
        else:
            rows = [w for (m, _), w in list(self._watched.items()) if m == model and w]
            watched = max(rows, key=lambda w: w.version) if rows else None
        if watched is None:
            raise DriftNotWatched(f"model '{model}'" + (f" version {version}" if version else "")
                                  + " has no drift window (no drift_reference.json, or no "
                                    "input since the service started)")
        return watched.version, watched.window.report()

    def reports(self) -> list[tuple[str, int, DriftReport]]:
        """Every fed version's latest report (for the metrics, read from another thread:
        the reports are immutable), by model then version."""
        rows = [w for w in list(self._watched.values()) if w is not None and w.last is not None]
        return [(w.model, w.version, w.last) for w in sorted(rows, key=lambda w: (w.model, w.version))
                if w.last is not None]


class MonitoredClassifier:
    """A :class:`ClassifierBackend` that feeds a :class:`DriftMonitor` (external Triton)."""

    def __init__(self, backend: ClassifierBackend, monitor: DriftMonitor) -> None:
        self._backend = backend
        self._monitor = monitor

    async def classify(self, *, model: str, version: int, batch: np.ndarray,
                       token_ids: np.ndarray | None = None) -> tuple[int, np.ndarray]:
        text = {} if token_ids is None else {"token_ids": token_ids}
        used, scores = await self._backend.classify(model=model, version=version, batch=batch,
                                                    **text)
        # after this response is on its way (same loop, so before any later request)
        asyncio.get_running_loop().call_soon(self._observe, model, used, batch, scores)
        return used, scores

    def _observe(self, model: str, version: int, batch: np.ndarray, scores: np.ndarray) -> None:
        try:
            self._monitor.observe(model=model, version=version, images=batch,
                                  probabilities=scores)
        except Exception as exc:  # monitoring never fails a prediction
            log.warning("drift watch failed", extra={"code": "INF-063", "fields": {
                "model": model, "version": version, "error": type(exc).__name__}})

    async def models(self) -> list[ModelStatus]:
        return await self._backend.models()
