"""A training job whose service process is SIGKILLed mid-run resumes from its last encrypted
checkpoint when the service comes back, and finishes; so does a 2-process torchrun job (the
service and torchrun's process group SIGKILLed), on every rank, exporting once.

The training service runs as a real process (``python -m medenclave_training``) against the
real nats-server and the access service; a fake DeidService (our own port) serves synthetic
studies. The first process is killed as soon as the job's first checkpoint is on disk; the
second takes the job over once the first one's lease has expired (2 s here) and resumes it.
No timing assertions: every wait is a bounded poll.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import grpc
import numpy as np
import pytest

from medenclave.bus import EventBus
from medenclave.files import write_private
from medenclave.rpc import StaticToken, secure_channel
from medenclave.security.tokens import TokenIssuer, load_or_create_signing_key
from medenclave.service import serve
from medenclave.v1 import deid_pb2_grpc, events_pb2, training_pb2, training_pb2_grpc
from medenclave_access.config import AccessSettings
from medenclave_access.main import AccessService
from medenclave_testing import free_port, wait_serving
from medenclave_testing.deid_fake import FakeDeid, deid_instance

pytestmark = [pytest.mark.slow,
              pytest.mark.filterwarnings("ignore:.*LeafSpec.*:FutureWarning")]

N_STUDIES = 6
PER_STUDY = 4
EPOCHS = 20


def _start(env: dict[str, str], log: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "medenclave_training"], env=env,
                            stdout=log.open("ab"), stderr=subprocess.STDOUT)


async def _poll(check, *, timeout: float, what: str, proc: subprocess.Popen | None = None,
                log: Path | None = None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"training exited: {log.read_text()[-3000:] if log else ''}")
        result = await check()
        if result:
            return result
        await asyncio.sleep(0.05)
    raise AssertionError(f"{what} did not happen in {timeout} s")


async def _serving(port: int, proc: subprocess.Popen, log: Path, *, timeout: float = 240) -> None:
    """Wait until the training service running as ``proc`` is SERVING on ``port``: fail at
    once if it exits, and show its log if it is not serving in time (a loaded 2-core CI
    machine can take well over a minute to import torch and MONAI in a fresh process)."""
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            raise AssertionError(f"training exited: {log.read_text()[-3000:]}")
        try:
            await wait_serving(port, timeout=5)
            return
        except TimeoutError:
            if time.monotonic() > deadline:
                raise AssertionError(f"training not SERVING in {timeout} s: "
                                     f"{log.read_text()[-3000:]}") from None


@dataclass
class _Platform:
    """Access (in this process), a fake deid, nats: what a training process needs."""

    env: dict[str, str]
    key: object
    training_port: int
    labels: dict[str, int]
    publisher: EventBus


@contextlib.asynccontextmanager
async def _platform(tmp_path: Path, nats_url: str, *, size: int = 64
                    ) -> AsyncIterator[_Platform]:
    secrets = tmp_path / "secrets"
    secrets.mkdir()
    write_private(secrets / "svc-training.secret", "training-secret-0123456789")
    access_port, training_port, deid_port = free_port(), free_port(), free_port()
    access_endpoint = f"127.0.0.1:{access_port}"
    access_settings = AccessSettings(data_dir=tmp_path, nats_url=nats_url, grpc_port=access_port,
                                     access_endpoint=access_endpoint, service_secrets_dir=secrets)
    key = load_or_create_signing_key(tmp_path / "access" / "keys")
    rng = np.random.default_rng(5)
    labels = {f"2.25.{2000 + i}": i % 2 for i in range(N_STUDIES)}
    deid_server = grpc.aio.server()
    deid_pb2_grpc.add_DeidServiceServicer_to_server(
        FakeDeid({s: [deid_instance(s, n, y, rng, size=size) for n in range(PER_STUDY)]
                  for s, y in labels.items()}), deid_server)
    deid_server.add_insecure_port(f"127.0.0.1:{deid_port}")
    await deid_server.start()
    stop = asyncio.Event()
    access_task = asyncio.create_task(serve(AccessService(access_settings), access_settings,
                                            stop))
    await wait_serving(access_port)
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEDENCLAVE_")}
    env.update({"MEDENCLAVE_TRAINING_DATA_DIR": str(tmp_path),
                "MEDENCLAVE_TRAINING_NATS_URL": nats_url,
                "MEDENCLAVE_TRAINING_GRPC_PORT": str(training_port),
                "MEDENCLAVE_TRAINING_ACCESS_ENDPOINT": access_endpoint,
                "MEDENCLAVE_TRAINING_CREDENTIALS_FILE": str(secrets / "svc-training.secret"),
                "MEDENCLAVE_TRAINING_DEID_ENDPOINT": f"127.0.0.1:{deid_port}",
                "MEDENCLAVE_TRAINING_DEFAULT_EPOCHS": str(EPOCHS),
                "MEDENCLAVE_TRAINING_TORCH_THREADS": "2",
                "MEDENCLAVE_TRAINING_LEASE_TTL_S": "2",
                "MEDENCLAVE_TRAINING_SWEEP_INTERVAL_S": "0.3",
                "MEDENCLAVE_TRAINING_CHECKPOINT_EVERY": "1"})
    publisher = await EventBus.connect(nats_url, name="test-deid")
    try:
        yield _Platform(env=env, key=key, training_port=training_port, labels=labels,
                        publisher=publisher)
    finally:
        await publisher.close()
        stop.set()
        await access_task
        await deid_server.stop(None)


def _stop(*procs: subprocess.Popen | None) -> None:
    for proc in procs:
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


async def _publish(platform: _Platform, *, patients: bool) -> None:
    for i, study in enumerate(platform.labels):
        await platform.publisher.publish("deid.study.completed.v1", events_pb2.StudyDeidentified(
            study_ref=f"st-{i}", completion=1, pseudo_study_id=study,
            pseudo_patient_id=f"pp-{i:03d}" if patients else "",
            instance_count=PER_STUDY, modality="CT"), msg_id=f"deid:st-{i}:1")


async def _resume_journey(tmp_path: Path, nats_url: str) -> None:
    first_log, second_log = tmp_path / "training-1.log", tmp_path / "training-2.log"
    first = second = None
    async with _platform(tmp_path, nats_url) as platform:
        try:
            first = _start(platform.env, first_log)
            training_port, labels = platform.training_port, platform.labels
            await _serving(training_port, first, first_log)
            engineer, _ = TokenIssuer(platform.key).issue(subject="eve", role="ai_engineer")
            csv = "pseudo_study_id,label\n" + "".join(f"{s},{y}\n" for s, y in labels.items())
            async with secure_channel(f"127.0.0.1:{training_port}", StaticToken(engineer)) as ch:
                job = await training_pb2_grpc.TrainingServiceStub(ch).StartJob(
                    training_pb2.StartJobRequest(model_name="resumed", labels_csv=csv.encode(),
                                                 wait_for_studies=True, seed=7))
            await _publish(platform, patients=False)
            checkpoint = tmp_path / "training" / "checkpoints" / f"{job.job_id}.ckpt"

            async def checkpointed() -> bool:
                return checkpoint.exists()

            await _poll(checkpointed, timeout=120, what="a first checkpoint", proc=first,
                        log=first_log)
            first.send_signal(signal.SIGKILL)
            first.wait(timeout=30)
            assert b"medenclave" not in checkpoint.read_bytes()[:4096]  # ciphertext

            second = _start(platform.env, second_log)
            done = await _finished(platform, engineer, job.job_id, second, second_log)
            assert done.state == "SUCCEEDED", done.error_code
            assert done.model_version == 1
            assert (tmp_path / "model-repository" / "resumed" / "1" / "model.onnx").exists()
            text = second_log.read_text()
            assert "TRN-401" in text and "TRN-020" in text, text[-3000:]  # taken over, resumed

            async def discarded() -> bool:  # once the job finished (just after its state is stored)
                return not checkpoint.exists()

            await _poll(discarded, timeout=30, what="the checkpoint's removal", proc=second,
                        log=second_log)
        finally:
            _stop(first, second)


async def _finished(platform: _Platform, token: str, job_id: str, proc: subprocess.Popen,
                    log: Path):
    """The job, once the service running as ``proc`` has ended it."""
    await _serving(platform.training_port, proc, log)
    async with secure_channel(f"127.0.0.1:{platform.training_port}", StaticToken(token)) as ch:
        stub = training_pb2_grpc.TrainingServiceStub(ch)

        async def finished():
            got = await stub.GetJob(training_pb2.GetJobRequest(job_id=job_id))
            return got if got.state in ("SUCCEEDED", "FAILED") else None

        return await _poll(finished, timeout=180, what="the job's end", proc=proc, log=log)


def test_sigkilled_job_resumes_from_its_checkpoint_and_finishes(tmp_path, nats_server):
    asyncio.run(_resume_journey(tmp_path, nats_server.url))


# --- a torchrun job ----------------------------------------------------------------------------

#: 2 processes, the job's optimiser, schedule, early stopping and lr; 32-pixel images
TORCHRUN_CONFIG = (b"training: {epochs: 3, seed: 3, batch_size: 4, lr: 0.01, optimizer: sgd, "
                   b"lr_schedule: cosine, early_stopping: {patience: 3}}\n"
                   b"distributed: {nproc_per_node: 2}\ndata: {image_size: 32}\n")


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid``."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _naming(text: str) -> list[int]:
    """The processes whose command line contains ``text``."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                if text.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
    return found


async def _dataset(stub, labels: dict[str, int]) -> None:
    """Dataset ``chest`` once the service knows every study (bounded)."""
    csv = "pseudo_study_id,label\n" + "".join(f"{s},{y}\n" for s, y in labels.items())
    request = training_pb2.CreateDatasetRequest(name="chest", labels_csv=csv.encode(), seed=4,
                                                split=[0.5, 0.25, 0.25])

    async def created():
        try:
            return await stub.CreateDataset(request)
        except grpc.aio.AioRpcError as exc:
            if exc.code() != grpc.StatusCode.INVALID_ARGUMENT:
                raise
            return None  # a study not recorded yet

    await _poll(created, timeout=60, what="the dataset")


async def _torchrun_journey(tmp_path: Path, nats_url: str) -> None:
    first_log, second_log = tmp_path / "training-1.log", tmp_path / "training-2.log"
    first = second = None
    async with _platform(tmp_path, nats_url, size=32) as platform:
        try:
            first = _start(platform.env, first_log)
            await _serving(platform.training_port, first, first_log)
            await _publish(platform, patients=True)
            engineer, _ = TokenIssuer(platform.key).issue(subject="eve", role="ai_engineer")
            async with secure_channel(f"127.0.0.1:{platform.training_port}",
                                      StaticToken(engineer)) as ch:
                stub = training_pb2_grpc.TrainingServiceStub(ch)
                await _dataset(stub, platform.labels)
                job = await stub.StartJob(training_pb2.StartJobRequest(
                    model_name="ddp", dataset="chest", config_yaml=TORCHRUN_CONFIG))
            checkpoint = tmp_path / "training" / "checkpoints" / f"{job.job_id}.ckpt"

            async def checkpointed() -> bool:
                return checkpoint.exists()

            await _poll(checkpointed, timeout=180, what="a first checkpoint", proc=first,
                        log=first_log)
            launchers = _children(first.pid)  # torchrun, in its own process group
            first.send_signal(signal.SIGKILL)
            for pid in launchers:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(pid, signal.SIGKILL)
            first.wait(timeout=30)
            assert launchers

            async def ranks_gone() -> bool:  # they die with torchrun (PR_SET_PDEATHSIG)
                return not _naming(job.job_id)

            await _poll(ranks_gone, timeout=30, what="the end of every rank")
            run_folder = tmp_path / "training" / "torchrun" / job.job_id
            assert (run_folder / "job.npz").exists()  # the killed run's bundle, left behind

            second = _start(platform.env, second_log)
            done = await _finished(platform, engineer, job.job_id, second, second_log)
            assert done.state == "SUCCEEDED", done.error_code
            runtime = json.loads(done.metrics_json)["runtime"]
            assert runtime["world_size"] == 2 and runtime["backend"] == "gloo"
            assert runtime["resumed_at_step"] > 0 and runtime["optimizer"] == "sgd"
            assert (runtime["lr_schedule"], runtime["epochs"]) == ("cosine", 3)
            assert done.model_version == 1  # rank 0 exported once, registered once
            versions = sorted(p.name for p in (tmp_path / "model-repository" / "ddp").iterdir()
                              if p.is_dir())
            assert versions == ["1"]
            text = second_log.read_text()
            assert "TRN-401" in text and "TRN-033" in text, text[-3000:]  # taken over, resumed

            assert not run_folder.exists()  # removed by the resumed run, which removed its own

            async def discarded() -> bool:
                return not checkpoint.exists()

            await _poll(discarded, timeout=30, what="the checkpoint's removal", proc=second,
                        log=second_log)
        finally:
            _stop(first, second)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc, PR_SET_PDEATHSIG")
def test_sigkilled_torchrun_job_resumes_on_every_rank_and_exports_once(tmp_path, nats_server):
    asyncio.run(_torchrun_journey(tmp_path, nats_server.url))
