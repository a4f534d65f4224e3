"""PHI access fails closed: with the real nats-server stopped, ingest's raw read
(FetchInstances, the raw vault) is refused with UNAVAILABLE and releases no byte, because its
audit record cannot be persisted; a C-STORE is refused too. Before the stop, the same read works
(the control)."""

from __future__ import annotations

import asyncio
import io
import time

import grpc
import pytest
from pydicom import dcmread
from pydicom.uid import CTImageStorage
from pynetdicom import AE, _config

from medenclave.rpc import StaticToken, secure_channel
from medenclave.security.tokens import TokenIssuer, load_or_create_signing_key
from medenclave.service import serve
from medenclave.v1 import ingest_pb2, ingest_pb2_grpc
from medenclave_access.config import AccessSettings
from medenclave_access.main import AccessService
from medenclave_cli.synthetic import make_cohort
from medenclave_ingest.config import IngestSettings
from medenclave_ingest.main import IngestService
from medenclave_testing import free_port, wait_serving


def c_store(port: int, files: list[bytes]) -> list[int]:
    _config.LOG_REQUEST_IDENTIFIERS = False
    _config.LOG_RESPONSE_IDENTIFIERS = False
    ae = AE(ae_title="TESTPACS")
    ae.add_requested_context(CTImageStorage)
    assoc = ae.associate("127.0.0.1", port, ae_title="MEDENCLAVE")
    assert assoc.is_established
    try:
        return [int(getattr(assoc.send_c_store(dcmread(io.BytesIO(raw))), "Status", -1))
                for raw in files]
    finally:
        assoc.release()


async def fetch(stub, study_ref: str) -> list[ingest_pb2.RawInstance]:
    return [r async for r in stub.FetchInstances(
        ingest_pb2.FetchInstancesRequest(study_ref=study_ref), timeout=30)]


def test_raw_read_is_refused_when_the_audit_record_cannot_be_persisted(tmp_path, nats_server):
    asyncio.run(_scenario(tmp_path / "data", nats_server))


async def _scenario(data_dir, nats_server) -> None:
    access_port, grpc_port, dicom_port = free_port(), free_port(), free_port()
    access_ep = f"127.0.0.1:{access_port}"
    access_settings = AccessSettings(data_dir=data_dir, nats_url=nats_server.url,
                                     grpc_port=access_port, access_endpoint=access_ep)
    settings = IngestSettings(data_dir=data_dir, nats_url=nats_server.url, grpc_port=grpc_port,
                              access_endpoint=access_ep, dicom_port=dicom_port,
                              quiet_period_s=0.5, assembler_interval_s=0.1)
    stop = asyncio.Event()
    tasks = [asyncio.create_task(serve(AccessService(access_settings), access_settings, stop)),
             asyncio.create_task(serve(IngestService(settings), settings, stop))]
    try:
        await wait_serving(access_port)
        await wait_serving(grpc_port)
        study = make_cohort(1, instances_per_study=2, seed=11)[0]
        assert await asyncio.to_thread(c_store, dicom_port, study.instances) == [0, 0]
        key = load_or_create_signing_key(data_dir / "access" / "keys")
        token, _ = TokenIssuer(key).issue(subject="svc-deid", role="svc_deid")
        reader, _ = TokenIssuer(key).issue(subject="dr.li", role="radiologist")
        async with secure_channel(f"127.0.0.1:{grpc_port}", StaticToken(reader)) as channel:
            lister = ingest_pb2_grpc.IngestServiceStub(channel)
            deadline = time.monotonic() + 20
            while True:
                listing = await lister.ListStudies(ingest_pb2.ListStudiesRequest())
                if listing.studies and listing.studies[0].instance_count == 2:
                    break
                assert time.monotonic() < deadline, "study not catalogued"
                await asyncio.sleep(0.05)
            study_ref = listing.studies[0].study_ref
        async with secure_channel(f"127.0.0.1:{grpc_port}", StaticToken(token)) as channel:
            stub = ingest_pb2_grpc.IngestServiceStub(channel)
            assert len(await fetch(stub, study_ref)) == 2     # control: audited, released

            nats_server.stop()                                # JetStream gone
            received = []
            with pytest.raises(grpc.aio.AioRpcError) as err:
                async for inst in stub.FetchInstances(
                        ingest_pb2.FetchInstancesRequest(study_ref=study_ref), timeout=30):
                    received.append(inst)
            assert err.value.code() == grpc.StatusCode.UNAVAILABLE
            assert received == []                             # not one byte of PHI

        # the front door fails closed as well: no audit record, no stored instance
        more = make_cohort(1, instances_per_study=1, seed=12)[0]
        statuses = await asyncio.to_thread(c_store, dicom_port, more.instances)
        assert statuses != [0]
    finally:
        stop.set()
        await asyncio.wait_for(asyncio.gather(*tasks, return_exceptions=True), 60)
