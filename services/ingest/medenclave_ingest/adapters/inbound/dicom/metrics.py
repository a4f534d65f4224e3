"""Prometheus metrics of the DICOM front door (served by the kit's metrics server)."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

__all__ = [
    "ASSOCIATIONS",
    "ASSOCIATIONS_ACTIVE",
    "ASSOCIATIONS_REJECTED",
    "BYTES",
    "FAILURES",
    "INSTANCES",
    "STORE_SECONDS",
]

ASSOCIATIONS = Counter("medenclave_ingest_associations_total",
                       "DICOM associations accepted")
ASSOCIATIONS_ACTIVE = Gauge("medenclave_ingest_associations_active",
                            "DICOM associations open now")
ASSOCIATIONS_REJECTED = Counter("medenclave_ingest_associations_rejected_total",
                                "DICOM associations rejected", ["reason"])
INSTANCES = Counter("medenclave_ingest_instances_total",
                    "Instances acknowledged with Success (re-sends included)", ["protocol"])
BYTES = Counter("medenclave_ingest_bytes_total", "Bytes of acknowledged instances", ["protocol"])
FAILURES = Counter("medenclave_ingest_store_failures_total",
                   "Instances refused, by reason code", ["reason"])
STORE_SECONDS = Histogram(
    "medenclave_ingest_store_seconds", "C-STORE / STOW handling time until the answer",
    ["protocol"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0))
