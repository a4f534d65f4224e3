"""Training service settings (env prefix ``MEDENCLAVE_TRAINING_``)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import DirectoryPath, Field
from pydantic_settings import SettingsConfigDict

from medenclave.config import ServiceSettings

__all__ = ["TrainingSettings"]


class TrainingSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="MEDENCLAVE_TRAINING_", frozen=True,
                                      extra="ignore")

    grpc_port: int = 50053
    #: the deid service, source of de-identified studies (DeidService.FetchStudy)
    deid_endpoint: str = "127.0.0.1:50052"
    #: Triton-layout model repository shared with inference; empty: data_dir/model-repository
    model_repository: Path | None = None
    #: epochs when a StartJob request says 0
    default_epochs: int = Field(default=16, ge=1, le=1000)
    #: how long a job may wait for its studies when the request says 0
    wait_timeout_s: int = Field(default=600, ge=1)
    #: intra-op threads torch may use for one job
    torch_threads: int = Field(default=2, ge=1, le=256)
    #: mixed precision on CUDA when a GPU is present (always off on CPU)
    amp: bool = False
    #: instance kind written into config.pbtxt: KIND_GPU when the serving host has a GPU; auto:
    #: KIND_GPU when this host has one (the embedded single-machine setup), KIND_CPU otherwise
    serving_instance_kind: Literal["auto", "KIND_CPU", "KIND_GPU"] = "auto"
    #: how often WAITING jobs are checked against their wait deadline
    sweep_interval_s: float = Field(default=5.0, gt=0)
    #: retention of the models data class: a retired (or failed) version's files leave the
    #: model repository this many days after it was retired; its card and lineage stay
    #: (docs/erasure.md)
    model_retention_days: int = Field(default=365, ge=1, le=36500)
    #: how often the models retention sweep runs
    retention_sweep_interval_s: float = Field(default=3600.0, ge=1.0, le=86400.0)
    #: how long a replica's hold on a RUNNING job lasts without renewal (renewed every third
    #: of it); a job whose replica died is taken over and resumed after this
    lease_ttl_s: float = Field(default=30.0, ge=1.0, le=3600.0)
    #: this replica's lease owner id; empty: host name, process id and a random suffix
    replica_id: str = Field(default="", max_length=100)
    #: optimiser steps between encrypted checkpoints (and one at every epoch's end)
    checkpoint_every: int = Field(default=50, ge=1, le=100_000)
    #: jobs this service runs at once; more wait QUEUED (highest ``queue.priority`` first)
    max_running_jobs: int = Field(default=4, ge=1, le=1024)
    #: GPUs (one per training process of a job) one project's running jobs may hold at once
    project_gpu_quota: int = Field(default=4, ge=1, le=4096)
    #: segmentation masks, one file per de-identified study (``<pseudo study id>.npz``,
    #: ``.nii.gz`` or ``.nii``; adapters/outbound/mask_files.py); unset: StartJob refuses
    #: ``task: segmentation`` (FAILED_PRECONDITION ``segmentation_masks_not_configured``)
    mask_dir: DirectoryPath | None = None
    #: segmentation masks from the DICOM SEG object in each study (adapters/outbound/
    #: seg_masks.py); with ``mask_dir`` too, a study's file wins
    seg_masks: bool = False
    #: the largest mask file, and the most bytes its arrays (or a SEG's frames) may declare
    mask_max_bytes: int = Field(default=64 * 1024 * 1024, ge=1024, le=1024 * 1024 * 1024)
    #: where jobs with ``distributed.nnodes`` above 1 run: ``local`` refuses them,
    #: ``kubernetes`` starts a PyTorchJob (or an Indexed Job) per job (deploy/k8s/README.md)
    launcher: Literal["local", "kubernetes"] = "local"
    #: the Kubernetes API (the service account's token and CA are read from their files)
    k8s_api_url: str = "https://kubernetes.default.svc"
    k8s_token_file: Path = Path("/var/run/secrets/kubernetes.io/serviceaccount/token")
    k8s_ca_file: Path = Path("/var/run/secrets/kubernetes.io/serviceaccount/ca.crt")
    #: the namespace the jobs run in (the service account's Role is in it)
    k8s_namespace: str = Field(default="medenclave", min_length=1, max_length=63)
    k8s_image: str = Field(default="medenclave/training:latest", min_length=1)
    k8s_gpu_resource: str = Field(default="nvidia.com/gpu", min_length=1)
    #: the ReadWriteMany claim for job bundles and outputs, mounted at ``k8s_jobs_dir`` here
    #: and in the job's pods
    k8s_jobs_claim: str = Field(default="training-jobs", min_length=1)
    k8s_jobs_dir: Path = Path("/jobs")
    #: how often a job's status is read, and how long a job may run before it is deleted
    k8s_poll_interval_s: float = Field(default=5.0, gt=0, le=300)
    k8s_job_timeout_s: float = Field(default=6 * 3600, ge=60, le=30 * 86400)
    #: tries per API call (connection errors, 429 and 5xx are tried again)
    k8s_api_attempts: int = Field(default=3, ge=1, le=10)

    def repository_path(self) -> Path:
        """The model repository folder (created on demand)."""
        path = self.model_repository or (self.data_dir / "model-repository")
        path.mkdir(parents=True, exist_ok=True)
        return path
