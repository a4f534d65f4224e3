"""DeidentifyNote over gRPC, live: a real nats-server, the real access service (real tokens) and
the deid service in-process; the call is permission-checked and audited as ``deid.note``."""

from __future__ import annotations

import asyncio
import time

import grpc
import nats
import pytest

from medenclave.files import write_private
from medenclave.rpc import StaticToken, secure_channel
from medenclave.security.tokens import TokenIssuer, load_or_create_signing_key
from medenclave.service import serve
from medenclave.v1 import deid_pb2, deid_pb2_grpc, events_pb2
from medenclave_access.config import AccessSettings
from medenclave_access.main import AccessService
from medenclave_deid.config import DeidSettings
from medenclave_deid.main import DeidService
from medenclave_testing import free_port, wait_serving

pytestmark = pytest.mark.timeout(120)

NOTE_EN = "Patient: John Smith, seen 03/05/2024 by Dr. Claire Moreau. MRN: A1234567. Dx pneumonia."
NOTE_ZH = "患者王小东，男，93岁，电话13812345678，2024年3月5日入院，诊断肺结节。"


def test_deidentify_note_rpc(tmp_path, nats_server):
    asyncio.run(_run(tmp_path, nats_server))


async def _run(tmp_path, nats_server):
    data = tmp_path / "data"
    secrets = data / "secrets"
    secrets.mkdir(parents=True)
    write_private(secrets / "svc-deid.secret", "deid-service-password-0123")  # 0600
    access_port, deid_port = free_port(), free_port()
    access_ep = f"127.0.0.1:{access_port}"
    access_settings = AccessSettings(data_dir=data, nats_url=nats_server.url, grpc_port=access_port,
                                     access_endpoint=access_ep, service_secrets_dir=secrets)
    deid_settings = DeidSettings(data_dir=data, nats_url=nats_server.url, grpc_port=deid_port,
                                 access_endpoint=access_ep,
                                 ingest_endpoint=f"127.0.0.1:{free_port()}",
                                 credentials_file=secrets / "svc-deid.secret")
    stop = asyncio.Event()
    tasks = [asyncio.create_task(serve(AccessService(access_settings), access_settings, stop))]
    await wait_serving(access_port)
    tasks.append(asyncio.create_task(serve(DeidService(deid_settings), deid_settings, stop)))
    nc = await nats.connect(nats_server.url)
    try:
        await wait_serving(deid_port)
        audits: list[events_pb2.AuditRecord] = []

        async def collect(msg):
            audits.append(events_pb2.AuditRecord.FromString(msg.data))
        await nc.subscribe("audit.record.v1", cb=collect)

        issuer = TokenIssuer(load_or_create_signing_key(data / "access" / "keys"))
        engineer, _ = issuer.issue(subject="eve", role="ai_engineer")
        auditor, _ = issuer.issue(subject="ann", role="auditor")
        async with secure_channel(f"127.0.0.1:{deid_port}", StaticToken(engineer)) as channel:
            stub = deid_pb2_grpc.DeidServiceStub(channel)
            en = await stub.DeidentifyNote(deid_pb2.DeidentifyNoteRequest(text=NOTE_EN))
            assert en.lang == "en"
            for value in ("John", "Smith", "Moreau", "03/05/2024", "A1234567"):
                assert value not in en.text
            assert "pneumonia" in en.text and "Dr. " in en.text
            assert dict(en.counts) == {"date": 1, "mrn": 1, "name": 2}
            zh = await stub.DeidentifyNote(deid_pb2.DeidentifyNoteRequest(text=NOTE_ZH, lang="zh"))
            assert zh.lang == "zh" and "王小东" not in zh.text and "13812345678" not in zh.text
            assert "肺结节" in zh.text and "89岁以上" in zh.text and "93岁" not in zh.text
            again = await stub.DeidentifyNote(deid_pb2.DeidentifyNoteRequest(text=NOTE_EN))
            assert again.text == en.text                   # keyed surrogates: stable
            with pytest.raises(grpc.aio.AioRpcError) as bad:
                await stub.DeidentifyNote(deid_pb2.DeidentifyNoteRequest(text="x", lang="fr"))
            assert bad.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        async with secure_channel(f"127.0.0.1:{deid_port}", StaticToken(auditor)) as channel:
            with pytest.raises(grpc.aio.AioRpcError) as denied:
                await deid_pb2_grpc.DeidServiceStub(channel).DeidentifyNote(
                    deid_pb2.DeidentifyNoteRequest(text=NOTE_EN))
            assert denied.value.code() == grpc.StatusCode.PERMISSION_DENIED

        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and sum(a.action == "deid.note" for a in audits) < 3:
            await asyncio.sleep(0.05)
        notes = [a for a in audits if a.action == "deid.note"]
        assert len(notes) == 3 and {a.subject for a in notes} == {"eve"}
        assert all(a.resource.startswith("note:") for a in notes)
        blob = b"".join(a.SerializeToString() for a in audits)
        for value in ("Smith", "A1234567", "王小东", "13812345678"):
            assert value.encode() not in blob
    finally:
        await nc.close()
        stop.set()
        await asyncio.gather(*tasks, return_exceptions=True)
