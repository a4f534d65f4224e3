"""The Kubernetes objects of a multi-node training job: a Kubeflow ``PyTorchJob``
(training-operator v1: one Master, ``nnodes - 1`` Workers) or, where the operator's CRD is
absent, an Indexed ``Job`` (rank = completion index) with a headless ``Service`` for the
rendezvous. Pure functions (dicts in, dicts out); :mod:`.k8s_job` submits them.

Every pod: the security context of deploy/k8s/base (non-root 10001, read-only root, no
capabilities, RuntimeDefault seccomp), no service-account token, GPU requests = limits, the
job folder on the shared volume (``claim``) mounted at the same path as in the service, so the
pods read the bundle the service wrote and rank 0 writes ``out/`` and ``progress.jsonl`` back.
With :attr:`JobShape.checkpoints`, the job's own checkpoint folder on that claim
(``checkpoints/<name>``, a ``subPath``: no other job's) is mounted at :data:`CHECKPOINT_MOUNT`
and the file key-encryption key's folder (``checkpoint-keys``) read-only at
:data:`CHECKPOINT_KEY_MOUNT`, and the entry point is told ``--checkpoint-dir``, ``--key-dir``
and ``--job-id``: rank 0 writes the job's encrypted checkpoint there and every rank of a
re-launched job (or a pod the operator restarted) resumes from it.
Nothing about a patient: names and labels carry the job id, the objects paths and sizes.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from typing import Any

__all__ = ["CHECKPOINTS_SUBDIR", "CHECKPOINT_KEYS_SUBDIR", "CHECKPOINT_KEY_MOUNT",
           "CHECKPOINT_MOUNT", "JobShape", "LaunchSettings", "indexed_job", "object_name",
           "pytorch_job", "rendezvous_service"]

#: the rendezvous port (torchrun's c10d store on rank 0)
RENDEZVOUS_PORT = 29500
_COMPONENT = "training-job"
_NOT_DNS = re.compile(r"[^a-z0-9-]+")
#: on the jobs claim: one folder per job (its object name) holding its encrypted checkpoint,
#: and the folder of the file key-encryption key the service made for them
CHECKPOINTS_SUBDIR = "checkpoints"
CHECKPOINT_KEYS_SUBDIR = "checkpoint-keys"
#: where a job's pods see them
CHECKPOINT_MOUNT = "/checkpoints"
CHECKPOINT_KEY_MOUNT = "/checkpoint-keys"


@dataclass(frozen=True)
class LaunchSettings:
    """Where and how the service starts multi-node jobs (``MEDENCLAVE_TRAINING_K8S_*``)."""

    namespace: str = "medenclave"
    image: str = "medenclave/training:latest"
    #: the extended resource a node advertises for its GPUs
    gpu_resource: str = "nvidia.com/gpu"
    #: the ReadWriteMany claim mounted at ``jobs_dir`` in the service and in the job's pods
    jobs_claim: str = "training-jobs"
    jobs_dir: str = "/jobs"
    cpu_request: str = "4"
    cpu_limit: str = "8"
    memory_request: str = "16Gi"
    memory_limit: str = "32Gi"
    #: pod restarts the operator (or the Job controller) allows before the job fails
    backoff_limit: int = 2


@dataclass(frozen=True)
class JobShape:
    """One job: its object name, its folder under ``jobs_dir``, torchrun's shape and the
    entry point's arguments (:mod:`medenclave_training.distributed`)."""

    name: str
    job_id: str
    folder: str
    nnodes: int
    nproc_per_node: int
    epochs: int
    seed: int
    batch_size: int
    threads: int
    #: checkpoint to, and resume from, ``CHECKPOINTS_SUBDIR/<name>`` on the jobs claim
    checkpoints: bool = False


def object_name(job_id: str) -> str:
    """A DNS-1123 name for the job's objects (``medenclave-train-<id>``, at most 52
    characters so the pods' names stay under 63)."""
    tail = _NOT_DNS.sub("-", job_id.lower()).strip("-")[:34].strip("-") or "job"
    return f"medenclave-train-{tail}"


def _labels(shape: JobShape) -> dict[str, str]:
    return {"app.kubernetes.io/name": "training-job", "app.kubernetes.io/component": _COMPONENT,
            "app.kubernetes.io/part-of": "medenclave",
            "medenclave.io/training-job": shape.name}


def _entry_point(shape: JobShape) -> list[str]:
    folder = shape.folder
    return ["-m", "medenclave_training.distributed", "--bundle", f"{folder}/job.npz",
            "--out", f"{folder}/out", "--config", f"{folder}/runtime.json",
            "--epochs", str(shape.epochs), "--seed", str(shape.seed),
            "--batch-size", str(shape.batch_size), "--threads", str(shape.threads),
            "--progress", f"{folder}/progress.jsonl"] + (
                ["--checkpoint-dir", CHECKPOINT_MOUNT, "--key-dir", CHECKPOINT_KEY_MOUNT,
                 "--job-id", shape.job_id] if shape.checkpoints else [])


def _checkpoint_mounts(shape: JobShape) -> list[dict[str, Any]]:
    """The job's own checkpoint folder and the key folder (read-only), from the jobs claim."""
    if not shape.checkpoints:
        return []
    return [{"name": "jobs", "mountPath": CHECKPOINT_MOUNT,
             "subPath": f"{CHECKPOINTS_SUBDIR}/{shape.name}"},
            {"name": "jobs", "mountPath": CHECKPOINT_KEY_MOUNT,
             "subPath": CHECKPOINT_KEYS_SUBDIR, "readOnly": True}]


def _torchrun(shape: JobShape, *, node_rank: str, master_addr: str, master_port: str
              ) -> list[str]:
    """``sh -c 'exec torchrun …'``: the rank and the master come from the pod's environment."""
    args = " ".join(shlex.quote(a) for a in _entry_point(shape))
    return ["sh", "-c", f"exec torchrun --nnodes={shape.nnodes} "
            f"--nproc-per-node={shape.nproc_per_node} --node-rank={node_rank} "
            f"--master-addr={master_addr} --master-port={master_port} {args}"]


def _pod(shape: JobShape, s: LaunchSettings, command: list[str]) -> dict[str, Any]:
    gpus = str(shape.nproc_per_node)
    return {
        "automountServiceAccountToken": False, "enableServiceLinks": False,
        # OnRootMismatch: the kubelet does not re-walk the claim, so the key and checkpoint
        # files keep their 0600 (as in deploy/k8s/base)
        "securityContext": {"runAsNonRoot": True, "runAsUser": 10001, "runAsGroup": 10001,
                            "fsGroup": 10001, "fsGroupChangePolicy": "OnRootMismatch",
                            "seccompProfile": {"type": "RuntimeDefault"}},
        "tolerations": [{"key": s.gpu_resource, "operator": "Exists", "effect": "NoSchedule"}],
        "containers": [{
            "name": "pytorch", "image": s.image, "command": command,
            "env": [{"name": "OMP_NUM_THREADS", "value": str(shape.threads)}],
            "ports": [{"name": "rendezvous", "containerPort": RENDEZVOUS_PORT}],
            "resources": {
                "requests": {"cpu": s.cpu_request, "memory": s.memory_request,
                             s.gpu_resource: gpus},
                "limits": {"cpu": s.cpu_limit, "memory": s.memory_limit, s.gpu_resource: gpus}},
            "securityContext": {"allowPrivilegeEscalation": False,
                                "readOnlyRootFilesystem": True, "runAsNonRoot": True,
                                "capabilities": {"drop": ["ALL"]},
                                "seccompProfile": {"type": "RuntimeDefault"}},
            "volumeMounts": [{"name": "jobs", "mountPath": s.jobs_dir},
                             *_checkpoint_mounts(shape),
                             # the container's own emptyDirs, not this host's
                             {"name": "tmp", "mountPath": "/tmp"},  # noqa: S108
                             {"name": "shm", "mountPath": "/dev/shm"}]}],  # noqa: S108
        "volumes": [{"name": "jobs", "persistentVolumeClaim": {"claimName": s.jobs_claim}},
                    {"name": "tmp", "emptyDir": {"sizeLimit": "8Gi"}},
                    {"name": "shm", "emptyDir": {"medium": "Memory", "sizeLimit": "8Gi"}}]}


#: the whole job id (object names keep at most 34 characters of it): a launcher replaces an
#: object left by an earlier attempt only when this matches
JOB_ID_ANNOTATION = "medenclave.io/job-id"


def _metadata(shape: JobShape, s: LaunchSettings) -> dict[str, Any]:
    return {"name": shape.name, "namespace": s.namespace, "labels": _labels(shape),
            "annotations": {JOB_ID_ANNOTATION: shape.job_id}}


def pytorch_job(shape: JobShape, s: LaunchSettings) -> dict[str, Any]:
    """A Kubeflow training-operator v1 ``PyTorchJob``: Master (node rank 0) and
    ``nnodes - 1`` Workers; the operator sets ``RANK`` (the node's), ``MASTER_ADDR`` and
    ``MASTER_PORT`` in every replica."""
    command = _torchrun(shape, node_rank="$RANK", master_addr="$MASTER_ADDR",
                        master_port="$MASTER_PORT")

    def replica(count: int) -> dict[str, Any]:
        pod = _pod(shape, s, command)
        return {"replicas": count, "restartPolicy": "OnFailure",
                "template": {"metadata": {"labels": _labels(shape)}, "spec": pod}}
    replicas = {"Master": replica(1)}
    if shape.nnodes > 1:
        replicas["Worker"] = replica(shape.nnodes - 1)
    return {"apiVersion": "kubeflow.org/v1", "kind": "PyTorchJob",
            "metadata": _metadata(shape, s),
            "spec": {"runPolicy": {"backoffLimit": s.backoff_limit, "cleanPodPolicy": "All",
                                   "ttlSecondsAfterFinished": 3600},
                     "pytorchReplicaSpecs": replicas}}


def indexed_job(shape: JobShape, s: LaunchSettings) -> dict[str, Any]:
    """An Indexed ``batch/v1`` Job: pod ``<name>-<i>`` is node rank ``i``; rank 0's stable
    host name ``<name>-0.<name>`` (the headless Service) is the rendezvous."""
    command = _torchrun(shape, node_rank="$JOB_COMPLETION_INDEX",
                        master_addr=f"{shape.name}-0.{shape.name}",
                        master_port=str(RENDEZVOUS_PORT))
    pod = {**_pod(shape, s, command), "subdomain": shape.name, "restartPolicy": "Never"}
    return {"apiVersion": "batch/v1", "kind": "Job", "metadata": _metadata(shape, s),
            "spec": {"completionMode": "Indexed", "completions": shape.nnodes,
                     "parallelism": shape.nnodes, "backoffLimit": s.backoff_limit,
                     "ttlSecondsAfterFinished": 3600,
                     "template": {"metadata": {"labels": _labels(shape)}, "spec": pod}}}


def rendezvous_service(shape: JobShape, s: LaunchSettings) -> dict[str, Any]:
    """The headless Service that gives the Indexed Job's pods their DNS names."""
    return {"apiVersion": "v1", "kind": "Service", "metadata": _metadata(shape, s),
            "spec": {"clusterIP": "None", "publishNotReadyAddresses": True,
                     "selector": {"medenclave.io/training-job": shape.name},
                     "ports": [{"name": "rendezvous", "port": RENDEZVOUS_PORT}]}}
