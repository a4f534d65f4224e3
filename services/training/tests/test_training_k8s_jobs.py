"""Multi-node jobs on Kubernetes without a cluster: the objects the launcher renders are valid
(kubernetes-validate; the PyTorchJob's pod templates as PodTemplates, the PyTorchJob itself is
SKIPPED: the training operator's CRD schema is not vendored here) and keep the house rules;
submit, watch, cancel and the refusal paths run against a fake API server on loopback."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper

from medenclave_training.adapters.outbound.k8s_api import KubernetesApi, KubernetesRefused
from medenclave_training.adapters.outbound.k8s_job import KubernetesJobs, job_state
from medenclave_training.adapters.outbound.k8s_objects import (
    JobShape,
    LaunchSettings,
    indexed_job,
    object_name,
    pytorch_job,
    rendezvous_service,
)
from medenclave_training.adapters.outbound.torch_trainer import TorchTrainer
from medenclave_training.core.dataset_jobs import read_job_settings
from medenclave_training.core.job_config import InvalidJobConfig, parse_job_config
from medenclave_training.core.ports import TrainingCancelled, TrainingData, TrainingFailed
from medenclave_training.core.runtime import DistributedOptions, RuntimeOptions

from .k8s_fake_api import FakeKubernetes

kubernetes_validate = pytest.importorskip("kubernetes_validate")

SIZE = 16
SENTINEL = "PATIENT-SENTINEL-4711"
RUNTIME = RuntimeOptions(distributed=DistributedOptions(nproc_per_node=2, nnodes=3))


def _shape(tmp: str = "/jobs/x") -> JobShape:
    return JobShape(name=object_name("Job_42"), job_id="Job_42", folder=tmp, nnodes=3,
                    nproc_per_node=2, epochs=2, seed=1, batch_size=8, threads=2)


def _data() -> TrainingData:
    rng = np.random.default_rng(0)
    images = [rng.random((1, SIZE, SIZE), dtype=np.float32) for _ in range(4)]
    return TrainingData(train_images=images, train_labels=[0, 1, 0, 1], val_images=images,
                        val_labels=[0, 1, 0, 1], num_classes=2, image_size=SIZE,
                        train_patients=[SENTINEL] * 4, val_patients=[SENTINEL] * 4)


def _tiny_onnx() -> bytes:
    """image [N,1,S,S] → flatten → matmul → softmax: what rank 0 would export."""
    weight = helper.make_tensor("w", TensorProto.FLOAT, [SIZE * SIZE, 2],
                                np.zeros(SIZE * SIZE * 2, np.float32).tolist())
    graph = helper.make_graph(
        [helper.make_node("Flatten", ["image"], ["flat"], axis=1),
         helper.make_node("MatMul", ["flat", "w"], ["logits"]),
         helper.make_node("Softmax", ["logits"], ["probabilities"], axis=1)], "tiny",
        [helper.make_tensor_value_info("image", TensorProto.FLOAT, ["n", 1, SIZE, SIZE])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["n", 2])],
        [weight])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    return onnx._serialize(model) if hasattr(onnx, "_serialize") else model.SerializeToString()


def _play_rank0(jobs_dir: Path, epochs: int = 2) -> Any:
    """The pods, played on create: rank 0's progress lines and output in the job's folder."""
    def create(obj: dict[str, Any]) -> None:
        if obj["kind"] == "Service":
            return
        folder = jobs_dir / obj["metadata"]["name"]
        assert (folder / "job.npz").exists() and (folder / "runtime.json").exists()
        (folder / "out").mkdir()
        (folder / "out" / "model.onnx").write_bytes(_tiny_onnx())
        (folder / "out" / "metrics.json").write_text(json.dumps({
            "val_accuracy": 0.5, "train_loss": 0.7, "world_size": 6, "backend": "nccl"}))
        (folder / "progress.jsonl").write_text(
            "".join(json.dumps({"epoch": e, "loss": 1.0 / e}) + "\n"
                    for e in range(1, epochs + 1)))
    return create


@pytest.fixture
def fake():
    server = FakeKubernetes()
    yield server
    server.close()


def _launcher(fake: FakeKubernetes, tmp_path: Path, *, timeout_s: float = 60.0,
              attempts: int = 3) -> KubernetesJobs:
    token = tmp_path / "token"
    token.write_text("sa-token\n")
    api = KubernetesApi(fake.url, token_file=token, attempts=attempts, backoff_s=0.0)
    return KubernetesJobs(api, LaunchSettings(namespace="medenclave",
                                              jobs_dir=str(tmp_path / "jobs")),
                          poll_s=0.01, timeout_s=timeout_s)


def _train(launcher: KubernetesJobs, progress=None):
    return launcher.train(data=_data(), options=RUNTIME, epochs=2, seed=1, batch_size=8,
                          threads=2, job_id="job-1", progress=progress)


# -- the objects ------------------------------------------------------------------------------

def _pods(objects: list[dict]) -> list[dict]:
    out = []
    for obj in objects:
        if obj["kind"] == "PyTorchJob":
            out += [r["template"]["spec"] for r in obj["spec"]["pytorchReplicaSpecs"].values()]
        elif obj["kind"] == "Job":
            out.append(obj["spec"]["template"]["spec"])
    return out


def test_rendered_objects_are_valid_and_keep_the_house_rules():
    s, shape = LaunchSettings(), _shape()
    ptj, job, svc = pytorch_job(shape, s), indexed_job(shape, s), rendezvous_service(shape, s)
    kubernetes_validate.validate(job, "1.30.0", strict=True)
    kubernetes_validate.validate(svc, "1.30.0", strict=True)
    for name, replica in ptj["spec"]["pytorchReplicaSpecs"].items():  # the CRD is not here
        kubernetes_validate.validate({"apiVersion": "v1", "kind": "PodTemplate",
                                      "metadata": {"name": name.lower()},
                                      "template": replica["template"]}, "1.30.0", strict=True)
    replicas = ptj["spec"]["pytorchReplicaSpecs"]
    assert replicas["Master"]["replicas"] == 1 and replicas["Worker"]["replicas"] == 2
    assert job["spec"]["completions"] == 3 and job["spec"]["completionMode"] == "Indexed"
    assert svc["spec"]["clusterIP"] == "None"
    for pod in _pods([ptj, job]):
        assert pod["automountServiceAccountToken"] is False
        assert pod["securityContext"]["runAsNonRoot"] is True
        assert not pod.get("hostNetwork") and not pod.get("hostPID")
        (c,) = pod["containers"]
        sc = c["securityContext"]
        assert sc["allowPrivilegeEscalation"] is False and not sc.get("privileged")
        assert sc["readOnlyRootFilesystem"] is True and sc["capabilities"] == {"drop": ["ALL"]}
        assert c["resources"]["limits"]["nvidia.com/gpu"] == "2"
        assert c["resources"]["requests"] == {**c["resources"]["requests"], "nvidia.com/gpu": "2"}
        assert {"cpu", "memory"} <= set(c["resources"]["limits"])
        command = c["command"][-1]
        assert "--nnodes=3 --nproc-per-node=2" in command
        assert "-m medenclave_training.distributed --bundle /jobs/x/job.npz" in command
    assert len(object_name("A" * 200)) <= 52 and object_name("Job_42") == "medenclave-train-job-42"


def test_job_state_reads_both_kinds_conditions():
    def cond(kind: str) -> dict:
        return {"status": {"conditions": [{"type": kind, "status": "True"}]}}
    assert job_state(cond("Succeeded")) == job_state(cond("Complete")) == "succeeded"
    assert job_state(cond("Failed")) == "failed"
    assert job_state(cond("Restarting")) == job_state({}) == "running"


def test_local_mode_refuses_more_than_one_node_the_kubernetes_launcher_takes_them():
    doc = b"distributed: {nnodes: 2, nproc_per_node: 2}\n"
    with pytest.raises(InvalidJobConfig) as err:
        read_job_settings(doc)
    assert any(e.startswith("distributed.nnodes: not run by the job service yet (several nodes")
               for e in err.value.errors)
    read_job_settings(doc, multi_node=True)


def test_trainer_hands_multi_node_jobs_to_the_launcher_or_refuses_them():
    config = parse_job_config(b"distributed: {nnodes: 2}\n")
    with pytest.raises(TrainingFailed) as err:
        TorchTrainer().train_blocking(data=_data(), epochs=1, seed=0, config=config)
    assert err.value.code == "distributed_nnodes_unserved"
    seen: dict[str, Any] = {}

    def launch(*, options, **_):
        seen["nnodes"] = options.distributed.nnodes
        return "trained"
    trainer = TorchTrainer(multi_node=launch)
    assert trainer.train_blocking(data=_data(), epochs=1, seed=0, config=config) == "trained"
    assert seen == {"nnodes": 2}


# -- submit, watch, cancel --------------------------------------------------------------------

def test_pytorchjob_submitted_watched_read_back_and_deleted(fake, tmp_path):
    fake.on_create = _play_rank0(tmp_path / "jobs")
    fake.states = ["Created", "Running", "Succeeded"]
    epochs: list[int] = []
    model = _train(_launcher(fake, tmp_path), progress=lambda e, _: epochs.append(e) or True)
    assert epochs == [1, 2]
    assert model.val_probabilities.shape == (4, 2) and model.metrics["runtime"]["world_size"] == 6
    assert model.metrics["runtime"]["launcher"] == "PyTorchJob"
    assert fake.made("POST") == ["/apis/kubeflow.org/v1/namespaces/medenclave/pytorchjobs"]
    assert fake.made("DELETE")[0].startswith(
        "/apis/kubeflow.org/v1/namespaces/medenclave/pytorchjobs/medenclave-train-job-1?")
    assert {auth for *_, auth in fake.calls} == {"Bearer sa-token"}
    assert not fake.objects and not (tmp_path / "jobs" / "medenclave-train-job-1").exists()
    assert SENTINEL not in json.dumps([body for _, _, body, _ in fake.calls])


def test_without_the_operator_an_indexed_job_and_a_headless_service(fake, tmp_path):
    fake.operator = False
    fake.on_create = _play_rank0(tmp_path / "jobs")
    _train(_launcher(fake, tmp_path))
    assert fake.made("POST") == ["/api/v1/namespaces/medenclave/services",
                                 "/apis/batch/v1/namespaces/medenclave/jobs"]
    assert not fake.objects  # the Job and its Service are deleted


def test_cancel_deletes_the_job(fake, tmp_path):
    fake.on_create = _play_rank0(tmp_path / "jobs")
    fake.states = ["Running"]
    with pytest.raises(TrainingCancelled):
        _train(_launcher(fake, tmp_path), progress=lambda *_: False)
    assert len(fake.made("DELETE")) == 1 and not fake.objects


@pytest.mark.parametrize(("method", "prefix", "statuses", "code"), [
    ("POST", "/apis/kubeflow.org", [403], "kubernetes_forbidden"),
    ("POST", "/apis/kubeflow.org", [409], "kubernetes_conflict"),
    ("POST", "/apis/kubeflow.org", [500, 500, 500], "kubernetes_unavailable"),
    ("GET", "/apis/kubeflow.org/v1/namespaces", [503, 503, 503], "kubernetes_unavailable"),
    ("GET", "/apis/kubeflow.org/v1", [403], "kubernetes_forbidden"),
])
def test_api_refusals_fail_the_job_with_a_code(fake, tmp_path, method, prefix, statuses, code):
    fake.fail[(method, prefix)] = list(statuses)
    with pytest.raises(TrainingFailed) as err:
        _train(_launcher(fake, tmp_path))
    assert err.value.code == code
    tries = [p for m, p, *_ in fake.calls if m == method and p.startswith(prefix)]
    assert len(tries) <= 3 + (method == "GET")  # bounded: 3 tries (and discovery's GET)
    assert not fake.objects  # nothing left behind


def test_objects_left_by_an_earlier_attempt_are_replaced_others_are_not_touched(fake, tmp_path):
    """A replica died while its job ran; the job resumes elsewhere under the same name: what
    that attempt left (its job id annotated) is deleted and waited for before the bundle is
    rewritten, then the job runs. An object of that name that is someone else's: a conflict."""
    path = "/apis/kubeflow.org/v1/namespaces/medenclave/pytorchjobs/medenclave-train-job-1"
    earlier = pytorch_job(JobShape(name="medenclave-train-job-1", job_id="job-1", folder="/x",
                                   nnodes=3, nproc_per_node=2, epochs=2, seed=1, batch_size=8,
                                   threads=2), LaunchSettings(namespace="medenclave"))
    fake.objects[path] = earlier
    fake.on_create = _play_rank0(tmp_path / "jobs")
    assert _train(_launcher(fake, tmp_path)).val_accuracy == 0.5
    deleted = fake.made("DELETE")
    assert deleted[0].startswith(path + "?") and len(fake.made("POST")) == 1
    assert not fake.objects
    foreign = {**earlier, "metadata": {**earlier["metadata"], "annotations": {}}}
    fake.objects[path] = foreign
    fake.calls.clear()
    with pytest.raises(TrainingFailed, match="kubernetes_conflict"):
        _train(_launcher(fake, tmp_path))
    assert fake.objects[path] is foreign and not fake.made("DELETE") and not fake.made("POST")


def test_a_passing_500_is_tried_again(fake, tmp_path):
    fake.on_create = _play_rank0(tmp_path / "jobs")
    fake.fail[("POST", "/apis/kubeflow.org")] = [500]
    assert _train(_launcher(fake, tmp_path)).val_accuracy == 0.5
    assert len(fake.made("POST")) == 2


def test_failed_vanished_timed_out_and_silent_jobs(fake, tmp_path):
    fake.states = ["Failed"]
    with pytest.raises(TrainingFailed, match="kubernetes_job_failed"):
        _train(_launcher(fake, tmp_path))
    assert not fake.objects
    fake.states = ["Running"]
    with pytest.raises(TrainingFailed, match="kubernetes_timeout"):
        _train(_launcher(fake, tmp_path, timeout_s=0.05))
    assert not fake.objects
    fake.on_create = lambda obj: fake.objects.clear()  # someone deletes it at once
    with pytest.raises(TrainingFailed, match="kubernetes_job_vanished"):
        _train(_launcher(fake, tmp_path))
    fake.on_create, fake.states = None, ["Succeeded"]  # no pod wrote an output
    with pytest.raises(TrainingFailed, match="kubernetes_output_missing"):
        _train(_launcher(fake, tmp_path))


def test_an_api_that_is_not_there_or_silent_fails_after_bounded_tries(tmp_path):
    api = KubernetesApi("http://127.0.0.1:9", attempts=2, backoff_s=0.0, timeout_s=2)
    with pytest.raises(KubernetesRefused, match="kubernetes_unavailable"):
        api.call("GET", "/apis/kubeflow.org/v1")
    with socket.socket() as silent:  # accepts connections (the backlog), never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        api = KubernetesApi(f"http://127.0.0.1:{silent.getsockname()[1]}", attempts=2,
                            backoff_s=0.0, timeout_s=0.2)
        with pytest.raises(KubernetesRefused, match="kubernetes_unavailable"):
            api.call("POST", "/apis/batch/v1/namespaces/medenclave/jobs", {"kind": "Job"})
    for bad in ({"attempts": 0}, {"timeout_s": 0}):
        with pytest.raises(ValueError):
            KubernetesApi("http://127.0.0.1:9", **bad)
    with pytest.raises(ValueError):
        KubernetesApi("file:///etc/passwd")
    with pytest.raises(KubernetesRefused, match="kubernetes_ca_unreadable"):
        KubernetesApi("https://127.0.0.1:9", ca_file=tmp_path / "absent").call("GET", "/api")
