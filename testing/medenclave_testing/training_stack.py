"""The real training service with what it needs around it, for the training service tests: the
real access service (tokens), a fake deid (:class:`~medenclave_testing.deid_fake.FakeDeid`) serving
the given de-identified studies, the studies announced as ``deid.study.completed`` and recorded,
and a TrainingService stub holding an ``ai_engineer`` token.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc

from medenclave.bus import EventBus
from medenclave.files import write_private
from medenclave.rpc import StaticToken, secure_channel
from medenclave.security.tokens import TokenIssuer, load_or_create_signing_key
from medenclave.service import serve
from medenclave.v1 import deid_pb2_grpc, events_pb2, training_pb2_grpc
from medenclave_access.config import AccessSettings
from medenclave_access.main import AccessService
from medenclave_testing import free_port, wait_serving
from medenclave_testing.deid_fake import FakeDeid
from medenclave_training.config import TrainingSettings
from medenclave_training.main import TrainingService

__all__ = ["TrainingStack", "training_stack"]


@dataclass
class TrainingStack:
    service: TrainingService
    stub: training_pb2_grpc.TrainingServiceStub
    deid: FakeDeid
    #: time.monotonic() after which the test gives up
    deadline: float


@contextlib.asynccontextmanager
async def training_stack(tmp_path: Path, nats_url: str, studies: dict[str, list[bytes]], *,
                         patients: Mapping[str, str], instance_count: int,
                         body_part: str = "", deadline_s: float = 120.0,
                         **settings: Any) -> AsyncIterator[TrainingStack]:
    """Start the stack, announce every study of ``studies`` (its pseudonymous patient from
    ``patients``; ``st-<i>`` in order), wait until training recorded them all, and yield.
    ``settings``: more TrainingSettings fields (``default_epochs``, ``mask_dir``, ...)."""
    deadline = time.monotonic() + deadline_s
    secrets = tmp_path / "secrets"
    secrets.mkdir()
    write_private(secrets / "svc-training.secret", "training-secret-0123456789")
    access_port, training_port, deid_port = free_port(), free_port(), free_port()
    access_settings = AccessSettings(data_dir=tmp_path, nats_url=nats_url, grpc_port=access_port,
                                     access_endpoint=f"127.0.0.1:{access_port}",
                                     service_secrets_dir=secrets)
    access = AccessService(access_settings)
    key = load_or_create_signing_key(tmp_path / "access" / "keys")
    fake = FakeDeid(studies)
    deid_server = grpc.aio.server()
    deid_pb2_grpc.add_DeidServiceServicer_to_server(fake, deid_server)
    deid_server.add_insecure_port(f"127.0.0.1:{deid_port}")
    await deid_server.start()
    training_settings = TrainingSettings(
        data_dir=tmp_path, nats_url=nats_url, grpc_port=training_port,
        access_endpoint=f"127.0.0.1:{access_port}", database_url="",
        credentials_file=secrets / "svc-training.secret",
        deid_endpoint=f"127.0.0.1:{deid_port}", **settings)
    stop = asyncio.Event()
    tasks = [asyncio.create_task(serve(access, access_settings, stop))]
    await wait_serving(access_port)
    service = TrainingService(training_settings)
    tasks.append(asyncio.create_task(serve(service, training_settings, stop)))
    publisher = await EventBus.connect(nats_url, name="test-deid")
    try:
        await wait_serving(training_port)
        await _announce(publisher, studies, patients, instance_count, body_part)
        while len(service.studies.available(pseudo_study_ids=studies)) < len(studies):
            assert time.monotonic() < deadline, "studies not recorded"
            await asyncio.sleep(0.05)
        token, _ = TokenIssuer(key).issue(subject="eve", role="ai_engineer")
        async with secure_channel(f"127.0.0.1:{training_port}", StaticToken(token)) as ch:
            yield TrainingStack(service=service,
                                stub=training_pb2_grpc.TrainingServiceStub(ch), deid=fake,
                                deadline=deadline)
    finally:
        stop.set()
        await asyncio.gather(*tasks)
        await publisher.close()
        await deid_server.stop(grace=1)


async def _announce(publisher: EventBus, studies: Sequence[str], patients: Mapping[str, str],
                    instance_count: int, body_part: str) -> None:
    for i, study in enumerate(studies):
        await publisher.publish("deid.study.completed.v1", events_pb2.StudyDeidentified(
            study_ref=f"st-{i}", completion=1, pseudo_study_id=study,
            pseudo_patient_id=patients[study], instance_count=instance_count, modality="CT",
            body_part=body_part), msg_id=f"deid:st-{i}:1")
