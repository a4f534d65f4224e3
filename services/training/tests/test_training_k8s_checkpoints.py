"""Checkpoints of multi-node jobs on Kubernetes, without a cluster: the pods mount the job's
own checkpoint folder of the jobs claim (a ``subPath``) and the key folder read-only, and the
entry point is told where they are; against the loopback fake API, an attempt whose replica is
lost after rank 0 checkpointed leaves the encrypted checkpoint behind, and the re-launched job
(its earlier objects replaced first) hands it to rank 0, which resumes from it. The pods are
played by the test through the entry point's own checkpoint store
(``medenclave_training.distributed``)."""

from __future__ import annotations

import argparse
import json
import logging
import shlex
import stat
from pathlib import Path
from typing import Any

import pytest
import torch

from medenclave_training.adapters.outbound.k8s_objects import (
    JobShape,
    LaunchSettings,
    indexed_job,
    object_name,
    pytorch_job,
)
from medenclave_training.core.ports import TrainingFailed
from medenclave_training.distributed import _checkpoints

from .k8s_fake_api import FakeKubernetes
from .test_training_k8s_jobs import RUNTIME, _data, _launcher, _pods, _tiny_onnx, _train

kubernetes_validate = pytest.importorskip("kubernetes_validate")

NAME = object_name("job-1")
PATH = f"/apis/kubeflow.org/v1/namespaces/medenclave/pytorchjobs/{NAME}"


class ReplicaLost(Exception):
    """The training replica watching the job is gone (it died; the job's lease will expire)."""


@pytest.fixture
def fake():
    server = FakeKubernetes()
    yield server
    server.close()


def _shape(checkpoints: bool) -> JobShape:
    return JobShape(name=object_name("Job_42"), job_id="Job_42", folder="/jobs/x", nnodes=3,
                    nproc_per_node=2, epochs=2, seed=1, batch_size=8, threads=2,
                    checkpoints=checkpoints)


def _seen_by_pod(obj: dict[str, Any], jobs_dir: Path) -> tuple[Path, Path, str]:
    """The checkpoint and key folders rank 0 is told of, as paths of the claim on this host
    (through its mounts), and the job id it is told."""
    (container,) = _pods([obj])[0]["containers"]
    args = shlex.split(container["command"][-1])
    told = {flag: args[args.index(flag) + 1] for flag in ("--checkpoint-dir", "--key-dir",
                                                          "--job-id")}
    mounts = {m["mountPath"]: m for m in container["volumeMounts"]}
    checkpoint, key = mounts[told["--checkpoint-dir"]], mounts[told["--key-dir"]]
    assert checkpoint["name"] == key["name"] == "jobs"   # the jobs claim, nothing new to bind
    assert key["readOnly"] is True and not checkpoint.get("readOnly")
    return jobs_dir / checkpoint["subPath"], jobs_dir / key["subPath"], told["--job-id"]


def _store(obj: dict[str, Any], jobs_dir: Path):
    folder, keys, job_id = _seen_by_pod(obj, jobs_dir)
    assert job_id == "job-1"
    return _checkpoints(argparse.Namespace(checkpoint_dir=folder, key_dir=keys, job_id=job_id))


def test_the_pods_mount_their_own_checkpoint_folder_and_are_told_of_it():
    s = LaunchSettings()
    for obj in (pytorch_job(_shape(True), s), indexed_job(_shape(True), s)):
        if obj["kind"] == "Job":
            kubernetes_validate.validate(obj, "1.30.0", strict=True)
        for pod in _pods([obj]):
            kubernetes_validate.validate({"apiVersion": "v1", "kind": "PodTemplate",
                                          "metadata": {"name": "p"},
                                          "template": {"spec": pod}}, "1.30.0", strict=True)
            assert pod["securityContext"]["fsGroupChangePolicy"] == "OnRootMismatch"
            folder, keys, job_id = _seen_by_pod(obj, Path("/claim"))
            assert folder == Path("/claim/checkpoints/medenclave-train-job-42")
            assert keys == Path("/claim/checkpoint-keys") and job_id == "Job_42"
    for pod in _pods([pytorch_job(_shape(False), s)]):
        (container,) = pod["containers"]
        assert "--checkpoint-dir" not in container["command"][-1]
        assert {m["mountPath"] for m in container["volumeMounts"]} == {"/jobs", "/tmp",
                                                                       "/dev/shm"}


def test_a_relaunched_job_resumes_from_the_checkpoint_its_lost_attempt_left(fake, tmp_path,
                                                                            caplog):
    jobs = tmp_path / "jobs"
    launcher = _launcher(fake, tmp_path)

    def first_attempt(obj: dict[str, Any]) -> None:   # rank 0: nothing to resume; step 7 saved
        store = _store(obj, jobs)
        assert store.load() is None
        store.save({"step": 7, "weights": torch.arange(4.0)})
        (jobs / NAME / "progress.jsonl").write_text(json.dumps({"epoch": 1, "loss": 0.9}) + "\n")
    fake.on_create, fake.states = first_attempt, ["Running"]

    def replica_dies(*_: Any) -> bool:
        raise ReplicaLost
    with pytest.raises(ReplicaLost):
        _train(launcher, progress=replica_dies)
    left = fake.calls[[m for m, *_ in fake.calls].index("POST")][2]
    checkpoint = jobs / "checkpoints" / NAME / "job-1.ckpt"
    assert checkpoint.is_file() and not (jobs / NAME).exists()   # the bundle is not kept
    assert b"weights" not in checkpoint.read_bytes()              # ciphertext only
    for private, mode in ((checkpoint, 0o600), (checkpoint.parent, 0o700),
                          (jobs / "checkpoint-keys", 0o700)):
        assert stat.S_IMODE(private.stat().st_mode) == mode, private
    fake.objects[PATH] = left   # a dead replica does not delete its objects

    resumed: list[int] = []

    def relaunched(obj: dict[str, Any]) -> None:   # every rank loads it; rank 0 exports
        state = _store(obj, jobs).load()
        assert state is not None and torch.equal(state["weights"], torch.arange(4.0))
        resumed.append(state["step"])
        out = jobs / NAME / "out"
        out.mkdir()
        (out / "model.onnx").write_bytes(_tiny_onnx())
        (out / "metrics.json").write_text(json.dumps({
            "val_accuracy": 0.5, "train_loss": 0.7, "world_size": 6, "backend": "nccl",
            "runtime": {"resumed_at_step": state["step"]}}))
    fake.on_create, fake.states = relaunched, ["Running", "Succeeded"]
    fake.calls.clear()
    with caplog.at_level(logging.INFO):
        model = _train(launcher)
    assert resumed == [7] and model.metrics["runtime"]["resumed_at_step"] == 7
    assert fake.made("DELETE")[0].startswith(PATH + "?")   # the lost attempt's, replaced
    assert [r.code for r in caplog.records if hasattr(r, "code")].count("TRN-706") == 1
    assert checkpoint.is_file()   # until the service drops it, when the job ends
    launcher.discard_checkpoints("job-1")
    assert not checkpoint.parent.exists() and (jobs / "checkpoints").is_dir()


def test_stale_checkpoint_folders_go_those_of_active_jobs_stay(tmp_path, fake):
    launcher = _launcher(fake, tmp_path)
    assert launcher.remove_stale_checkpoints(active=set()) == 0   # no folder yet
    root = tmp_path / "jobs" / "checkpoints"
    for job_id in ("job-1", "job-2", "job-3"):
        (root / object_name(job_id)).mkdir(parents=True)
        (root / object_name(job_id) / f"{job_id}.ckpt").write_bytes(b"x")
    assert launcher.remove_stale_checkpoints(active={"job-2"}) == 2
    assert [p.name for p in root.iterdir()] == [object_name("job-2")]


def test_a_job_id_the_entry_point_refuses_runs_without_checkpoints(fake, tmp_path):
    seen: list[str] = []

    def create(obj: dict[str, Any]) -> None:
        seen.extend(c["command"][-1] for pod in _pods([obj]) for c in pod["containers"])
    fake.on_create, fake.states = create, ["Failed"]
    launcher = _launcher(fake, tmp_path)
    with pytest.raises(TrainingFailed, match="kubernetes_job_failed"):
        launcher.train(data=_data(), options=RUNTIME, epochs=2, seed=1, batch_size=8,
                       threads=2, job_id="job.1")
    assert seen and all("--checkpoint-dir" not in command for command in seen)
    assert not (tmp_path / "jobs" / "checkpoints").exists()


def test_the_service_drops_a_kubernetes_job_checkpoint_when_the_job_ends(tmp_path, monkeypatch):
    """The wiring: with ``LAUNCHER=kubernetes`` a job that ends on this replica loses its
    checkpoint folder on the claim, as its local checkpoint."""
    from types import SimpleNamespace

    from medenclave_training.config import TrainingSettings
    from medenclave_training.main import TrainingService

    monkeypatch.delenv("DATABASE_URL", raising=False)
    jobs = tmp_path / "jobs"
    service = TrainingService(TrainingSettings(data_dir=tmp_path / "data", launcher="kubernetes",
                                               k8s_jobs_dir=jobs))
    assert service.k8s_jobs is not None
    folder = jobs / "checkpoints" / object_name("job-9")
    folder.mkdir(parents=True)
    (folder / "job-9.ckpt").write_bytes(b"x")
    service.launcher = SimpleNamespace()   # started: the queue is empty, nothing launched
    service._finished("job-9")
    assert not folder.exists()
    service.engine.dispose()
