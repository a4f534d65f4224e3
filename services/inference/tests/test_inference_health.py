"""The serving health history (GetServingHealth): bounded samples of requests, latency
percentiles and drift per served version."""

from __future__ import annotations

import asyncio

import pytest

from medenclave.v1 import inference_pb2
from medenclave_inference.adapters.inbound.drift_api import MonitoringServicer
from medenclave_inference.core.health_history import HealthHistory
from medenclave_inference.core.scheduler import RECENT_LATENCIES, VersionStats


def _served(stats: VersionStats, n: int, ms: float) -> None:
    for _ in range(n):
        stats.success_count += 1
        stats.recent_ns.append(int(ms * 1e6))


def test_samples_hold_requests_percentiles_and_drift():
    history, stats = HealthHistory(points=3), VersionStats()
    history.sample(100.0, [("xray", 1, stats)], {})          # the baseline: no point yet
    assert history.history() == [("xray", 1, [])]
    _served(stats, 99, 10.0)
    _served(stats, 1, 500.0)
    history.sample(160.0, [("xray", 1, stats)], {("xray", 1): 0.3})
    [(_, _, [point])] = history.history()
    assert point.requests == 100 and point.interval_s == 60.0 and point.kl == 0.3
    assert point.p50_ms == pytest.approx(10.0) and point.p99_ms > 10.0
    assert not stats.recent_ns  # drained: the next sample sees only its own requests
    history.sample(220.0, [("xray", 1, stats)], {})
    [(_, _, [_, quiet])] = history.history()
    assert quiet.requests == 0 and quiet.p95_ms == 0.0


def test_history_is_bounded_and_forgets_versions_no_longer_served():
    history, stats = HealthHistory(points=3, max_versions=2), VersionStats()
    for i in range(10):
        history.sample(float(i), [("a", 1, stats), ("b", 1, VersionStats()),
                                  ("c", 1, VersionStats())], {})
    rows = history.history()
    assert [(m, v) for m, v, _ in rows] == [("a", 1), ("b", 1)]   # at most two versions
    assert all(len(points) == 3 for _, _, points in rows)         # at most three samples
    history.sample(11.0, [("b", 1, VersionStats())], {})
    assert [m for m, _, _ in history.history()] == ["b"]
    _served(stats, RECENT_LATENCIES + 10, 1.0)
    assert len(stats.recent_ns) == RECENT_LATENCIES               # the latencies kept, too
    with pytest.raises(ValueError):
        HealthHistory(points=1)


def test_get_serving_health_reports_the_history():
    class NoDrift:
        threshold = 0.2

        def reports(self):
            return []

    history, stats = HealthHistory(), VersionStats()
    history.sample(1_800_000_000.0, [("xray", 1, stats)], {})
    _served(stats, 5, 12.0)
    history.sample(1_800_000_060.0, [("xray", 1, stats)], {})
    servicer = MonitoringServicer(monitor=NoDrift(), history=history)  # type: ignore[arg-type]
    reply = asyncio.run(servicer.GetServingHealth(inference_pb2.GetServingHealthRequest(), None))
    [row] = reply.versions
    assert (row.model_name, row.version, row.drift_threshold, row.judged) == ("xray", 1, 0.2,
                                                                              False)
    assert [(p.requests, p.at.seconds) for p in row.points] == [(5, 1_800_000_060)]
    assert row.points[0].p50_ms == pytest.approx(12.0)
