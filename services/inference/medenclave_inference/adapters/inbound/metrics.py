"""Prometheus metrics of the inference service."""

from __future__ import annotations

from prometheus_client import Counter, Histogram

__all__ = ["REQUESTS", "REQUEST_SECONDS"]

REQUEST_SECONDS = Histogram(
    "medenclave_inference_request_seconds",
    "Latency of inference requests (ModelInfer and Predict), by model",
    ["model"],
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
REQUESTS = Counter(
    "medenclave_inference_requests",
    "Inference requests by model, API and outcome",
    ["model", "api", "outcome"],
)
