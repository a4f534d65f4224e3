"""A short history of each served version's health, sampled at a fixed interval.

Each sample holds the requests completed since the previous one, their end-to-end latency
percentiles (from the scheduler's bounded list of recent latencies) and the drift KL at that
moment. Aggregates only: no input, no output, no identifier. The history is bounded
(``points`` samples per version), so memory does not grow with uptime.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from medenclave_inference.core.scheduler import VersionStats

__all__ = ["HealthHistory", "HealthSample"]


@dataclass(frozen=True)
class HealthSample:
    at: float                  # seconds since the epoch
    requests: int
    interval_s: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    kl: float


@dataclass
class _Track:
    last_count: int
    last_at: float
    points: deque[HealthSample]


class HealthHistory:
    """Samples per (model, version), oldest first.

    Args:
        points: samples kept per version (the oldest go first).
        max_versions: versions tracked at most (a version not served any more is dropped
            at the next sample).
    """

    def __init__(self, *, points: int = 120, max_versions: int = 256) -> None:
        if points < 2 or max_versions < 1:
            raise ValueError("points must be at least 2 and max_versions at least 1")
        self._points = points
        self._max_versions = max_versions
        self._tracks: dict[tuple[str, int], _Track] = {}

    def sample(self, now: float, versions: Iterable[tuple[str, int, VersionStats]],
               kl: dict[tuple[str, int], float]) -> None:
        """Take one sample of every version served now (``kl``: the drift of those judged)."""
        seen: set[tuple[str, int]] = set()
        for name, version, stats in versions:
            key = (name, version)
            if key in seen or (key not in self._tracks and len(self._tracks) >= self._max_versions):
                continue
            seen.add(key)
            latencies = np.array(stats.recent_ns, dtype=np.float64) / 1e6
            stats.recent_ns.clear()
            track = self._tracks.get(key)
            if track is None:  # the first sample only sets the baseline of the counter
                track = self._tracks[key] = _Track(stats.success_count, now,
                                                   deque(maxlen=self._points))
                continue
            p50, p95, p99 = (np.percentile(latencies, [50, 95, 99]).tolist()
                             if latencies.size else (0.0, 0.0, 0.0))
            track.points.append(HealthSample(
                at=now, requests=max(0, stats.success_count - track.last_count),
                interval_s=max(0.0, now - track.last_at), p50_ms=p50, p95_ms=p95, p99_ms=p99,
                kl=kl.get(key, 0.0)))
            track.last_count, track.last_at = stats.success_count, now
        for gone in set(self._tracks) - seen:
            del self._tracks[gone]

    def history(self) -> list[tuple[str, int, list[HealthSample]]]:
        """Every tracked version's samples, by model then version."""
        return [(name, version, list(self._tracks[(name, version)].points))
                for name, version in sorted(self._tracks)]
