"""Inference service settings (env prefix ``MEDENCLAVE_INFERENCE_``)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from medenclave.config import ServiceSettings

__all__ = ["InferenceSettings"]


class InferenceSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="MEDENCLAVE_INFERENCE_", frozen=True,
                                      extra="ignore")

    grpc_port: int = 50054
    #: the embedded Triton-compatible (KServe v2) gRPC server
    triton_host: str = "127.0.0.1"
    triton_port: int = 8001
    #: non-empty: an external NVIDIA Triton (``host:port``); the embedded server is not started
    #: and Predict/ListModels go to it through tritonclient.grpc.aio
    triton_url: str = ""
    #: the Triton protocol's TLS when service TLS is on (``tls_dir``), on the embedded server's
    #: port and on the connection to ``triton_url``: ``mutual`` (client certificate from the
    #: CA required, like every other gRPC port), ``server`` (server certificate only; clients
    #: verify it with ``ca.pem``) or ``plaintext`` (warned at start-up, INF-020). The bearer
    #: token is checked in every mode. Without ``tls_dir`` it is plaintext like the rest.
    triton_tls: Literal["mutual", "server", "plaintext"] = "mutual"
    #: Triton layout; default ``data_dir/model-repository`` (shared with training)
    model_repository: Path | None = None
    #: seconds between scans of the model repository for new or removed versions (0: off)
    repository_poll_s: float = 10.0
    #: requests one model version may hold queued (a config's default_queue_policy
    #: max_queue_size may only lower it); beyond: RESOURCE_EXHAUSTED
    max_queue_requests: int = Field(default=1024, ge=1, le=1_000_000)
    #: bytes of input one model version may hold queued, in MiB; beyond: RESOURCE_EXHAUSTED
    max_queue_mib: int = Field(default=256, ge=1, le=65536)
    #: seconds a request may wait and run before it fails with DEADLINE_EXCEEDED (a config's
    #: default_timeout_microseconds may only lower it)
    request_timeout_s: float = Field(default=30.0, gt=0, le=3600)

    #: milliseconds: a lone request (queue empty, an instance idle, no dynamic-batching delay)
    #: runs on the event loop instead of a worker thread when its model version's runs took
    #: at most this long on average; the loop is held that long (0: always a worker thread)
    inline_max_ms: float = Field(default=1.0, ge=0, le=100)
    #: onnxruntime's intra-op threads busy-wait between runs (its own default). Off: on a
    #: small or shared CPU the spinning starves the server's other work (gRPC, audit)
    ort_spin: bool = False
    #: onnxruntime's intra-op threads per model instance (session); 0: onnxruntime's default,
    #: one a core for every session. With several instances on few cores, 1 costs less CPU
    #: per request under load but a lone request runs on one core only (slower at
    #: concurrency 1; docs/benchmarks.md, issue 14's batching round)
    ort_threads: int = Field(default=0, ge=0, le=256)

    #: the deid service: Predict by study (FetchStudy) and by DICOM (DeidentifyInstance), with
    #: this service's account (``credentials_file``)
    deid_endpoint: str = "127.0.0.1:50052"
    #: seconds one deid call (a study fetch, one instance's de-identification) may take
    deid_timeout_s: float = Field(default=30.0, gt=0, le=600)
    #: instances one Predict by study or by DICOM may carry; beyond: RESOURCE_EXHAUSTED
    predict_max_instances: int = Field(default=64, ge=1, le=4096)
    #: MiB of DICOM one Predict may carry (request bytes, or the fetched study); beyond:
    #: RESOURCE_EXHAUSTED before anything is read
    predict_max_dicom_mib: int = Field(default=64, ge=1, le=200)
    #: inputs in each model version's drift window (the latest N, batch items counted singly)
    drift_window: int = Field(default=500, ge=10, le=100_000)
    #: KL divergence above which a window is drifted (monitoring.drift.detected.v1)
    drift_threshold: float = Field(default=0.2, gt=0, le=100)
    #: seconds between two samples of the serving health history (GetServingHealth)
    health_interval_s: float = Field(default=60.0, ge=1, le=3600)
    #: samples kept per served version (at the default interval: two hours)
    health_points: int = Field(default=120, ge=2, le=10_000)

    @property
    def repository_path(self) -> Path:
        """The model repository folder actually used."""
        return self.model_repository or (self.data_dir / "model-repository")
