"""ListTrainedOn, live: the real access service, training in-process, the real audit bus.

Jobs and model versions are seeded through training's own stores; the officer asks which
were trained on a patient's pseudonymous studies; other roles and malformed requests are
refused; the audit record names the erasure reference only.
"""

from __future__ import annotations

import asyncio
import threading

import grpc
import nats
import pytest

from medenclave.files import write_private
from medenclave.rpc import StaticToken, secure_channel
from medenclave.security.tokens import TokenIssuer, load_or_create_signing_key
from medenclave.service import serve
from medenclave.v1 import events_pb2, training_pb2, training_pb2_grpc
from medenclave_access.config import AccessSettings
from medenclave_access.main import AccessService
from medenclave_testing import free_port, until, wait_serving
from medenclave_training.config import TrainingSettings
from medenclave_training.core.erasure import trained_on
from medenclave_training.core.jobs import Job, JobSpec, JobState
from medenclave_training.core.labels import LabelSet
from medenclave_training.core.ports import RegisteredModel
from medenclave_training.main import TrainingService

pytestmark = pytest.mark.timeout(120)
ERASURE_REF = "pt-" + "cd" * 12


def _job(job_id: str, studies: list[str]) -> Job:
    spec = JobSpec(model_name="chest", epochs=1,
                   labels=LabelSet(labels={s: n % 2 for n, s in enumerate(studies)}))
    return Job(job_id=job_id, spec=spec, state=JobState.SUCCEEDED, created_at=1.0)


def _model(version: int, job_id: str, studies: tuple[str, ...]) -> RegisteredModel:
    return RegisteredModel(model_name="chest", version=version, job_id=job_id,
                           val_accuracy=0.9, onnx_sha256="0" * 64, registered_at=2.0,
                           dataset_studies=studies)


def test_trained_on_reads_job_labels_and_dataset_manifests():
    jobs = [_job("j-a", ["2.25.1", "2.25.2"]), _job("j-b", ["2.25.3", "2.25.4"])]
    models = [_model(1, "j-a", ("2.25.1", "2.25.2")), _model(2, "j-b", ("2.25.3", "2.25.4")),
              _model(3, "j-gone", ("2.25.2",))]   # a manifest whose job record is gone
    used, hit = trained_on(pseudo_study_ids=["2.25.2"], jobs=jobs, models=models)
    assert [j.job_id for j in used] == ["j-a"]
    assert [m.version for m in hit] == [1, 3]
    assert trained_on(pseudo_study_ids=["2.25.9"], jobs=jobs, models=models) == ([], [])


def test_list_trained_on_over_grpc(tmp_path, nats_server):
    asyncio.run(_journey(tmp_path, nats_server))


async def _journey(tmp_path, nats_server) -> None:
    secrets = tmp_path / "secrets"
    secrets.mkdir()
    write_private(secrets / "svc-training.secret", "training-secret-0123456789")
    access_port, training_port = free_port(), free_port()
    access_ep = f"127.0.0.1:{access_port}"
    access_settings = AccessSettings(data_dir=tmp_path, nats_url=nats_server.url,
                                     grpc_port=access_port, access_endpoint=access_ep,
                                     service_secrets_dir=secrets)
    settings = TrainingSettings(data_dir=tmp_path, nats_url=nats_server.url,
                                grpc_port=training_port, access_endpoint=access_ep,
                                credentials_file=secrets / "svc-training.secret",
                                deid_endpoint=f"127.0.0.1:{free_port()}")
    training = TrainingService(settings)
    training.jobs.add(job=_job("j-a", ["2.25.000", "2.25.777"]))
    training.jobs.add(job=_job("j-b", ["2.25.888", "2.25.999"]))
    training.models.add(model=_model(1, "j-a", ("2.25.000", "2.25.777")))
    training.models.add(model=_model(2, "j-b", ("2.25.888", "2.25.999")))
    from medenclave_training.core.datasets import Dataset, DatasetMember

    for name, study in (("held", "2.25.010"), ("other", "2.25.888")):
        training.datasets.add(dataset=Dataset(
            name=name, version=1, manifest_sha256="0" * 64, created_at=1.0,
            members=(DatasetMember(study=study, patient="PSN-1", label=0, split="train"),)))
    stop = asyncio.Event()
    tasks = [asyncio.create_task(serve(AccessService(access_settings), access_settings, stop))]
    nc = None
    try:
        await wait_serving(access_port)
        tasks.append(asyncio.create_task(serve(training, settings, stop)))
        await wait_serving(training_port)
        nc = await nats.connect(nats_server.url)
        audits: list[bytes] = []

        async def collect(msg):
            audits.append(msg.data)
        await nc.subscribe("audit.record.v1", cb=collect)
        key = load_or_create_signing_key(tmp_path / "access" / "keys")
        officer, _ = TokenIssuer(key).issue(subject="olga", role="privacy_officer")
        engineer, _ = TokenIssuer(key).issue(subject="erin", role="ai_engineer")
        ask = training_pb2.ListTrainedOnRequest(pseudo_study_ids=["2.25.000", "2.25.010"],
                                                erasure_ref=ERASURE_REF)

        threads = threading.active_count()
        async with secure_channel(f"127.0.0.1:{training_port}", StaticToken(engineer)) as ch:
            with pytest.raises(grpc.aio.AioRpcError) as info:
                await training_pb2_grpc.TrainingServiceStub(ch).ListTrainedOn(ask, timeout=10)
            assert info.value.code() == grpc.StatusCode.PERMISSION_DENIED
        async with secure_channel(f"127.0.0.1:{training_port}", StaticToken(officer)) as ch:
            stub = training_pb2_grpc.TrainingServiceStub(ch)
            for bad in (training_pb2.ListTrainedOnRequest(erasure_ref=ERASURE_REF),
                        training_pb2.ListTrainedOnRequest(
                            pseudo_study_ids=[f"2.25.{i}" for i in range(1001)],
                            erasure_ref=ERASURE_REF),
                        training_pb2.ListTrainedOnRequest(pseudo_study_ids=["2.25.000"],
                                                          erasure_ref="MRN12345")):
                with pytest.raises(grpc.aio.AioRpcError) as info:
                    await stub.ListTrainedOn(bad, timeout=10)
                assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT
            assert threading.active_count() <= threads + 8
            got = await stub.ListTrainedOn(ask, timeout=10)
        assert list(got.job_ids) == ["j-a"]
        assert [(m.model_name, m.version) for m in got.models] == [("chest", 1)]
        assert list(got.datasets) == ["held:1"]

        def records():
            return [r for r in map(events_pb2.AuditRecord.FromString, audits)
                    if r.action == "phi.erase.models"]
        await until(lambda: len(records()) == 1, what="the erasure audit record")
        assert (records()[0].resource, records()[0].subject) == (ERASURE_REF, "olga")
    finally:
        stop.set()
        await asyncio.gather(*tasks, return_exceptions=True)
        if nc is not None:
            await nc.close()
