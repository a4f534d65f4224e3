"""ErasePatient, live: the real access service (real tokens), deid in-process, real audit bus.

Two patients are seeded through deid's own stores (pseudonym index, studies, escrow); the
officer erases one; the other is intact; other roles and malformed requests are refused; the
audit trail names the erasure reference, never the patient id.
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
from medenclave.v1 import deid_pb2, deid_pb2_grpc, events_pb2
from medenclave_access.config import AccessSettings
from medenclave_access.main import AccessService
from medenclave_deid.config import DeidSettings
from medenclave_deid.core.escrow import EscrowEntry
from medenclave_deid.core.ports import StudyOutcome
from medenclave_deid.main import DeidService
from medenclave_testing import free_port, until, wait_serving

pytestmark = pytest.mark.timeout(120)
ERASED, KEPT = ("ERASE-ME-4711", "HOSP"), ("KEEP-ME-0815", "HOSP")


def _seed(service: DeidService) -> dict[str, str]:
    """Each patient: a pseudonym, two studies (one two completions), a sealed escrow entry."""
    out = {}
    for n, (patient, issuer) in enumerate((ERASED, KEPT)):
        psn = service.pseudonyms.pseudonym_for(issuer=issuer, patient_id=patient)
        for s in range(2):
            for completion in (1, 2) if s == 0 else (1,):
                service.studies.save(record=StudyOutcome(
                    study_ref=f"st-{n}{s}" + "0" * 22, completion=completion,
                    state="DEIDENTIFIED", pseudo_study_id=f"2.25.{n}{s}{n}",
                    pseudo_patient_id=psn, created_at=1.0, updated_at=1.0))
            service.accessions.record(accession=f"ACC-{n}{s}", pseudo_study_id=f"2.25.{n}{s}{n}")
        service.escrow.put(entry=EscrowEntry(pseudonym=psn, sealed=b"sealed-blob",
                                             key_id="k1"))
        out[patient] = psn
    return out


def test_erase_patient_over_grpc(tmp_path, nats_server):
    asyncio.run(_journey(tmp_path, nats_server))


async def _journey(tmp_path, nats_server) -> None:
    data = tmp_path / "data"
    secrets = data / "secrets"
    secrets.mkdir(parents=True)
    write_private(secrets / "svc-deid.secret", "deid-service-password-0123")
    access_port, deid_port = free_port(), free_port()
    access_ep = f"127.0.0.1:{access_port}"
    access_settings = AccessSettings(data_dir=data, nats_url=nats_server.url,
                                     grpc_port=access_port, access_endpoint=access_ep,
                                     service_secrets_dir=secrets)
    deid_settings = DeidSettings(data_dir=data, nats_url=nats_server.url, grpc_port=deid_port,
                                 access_endpoint=access_ep,
                                 ingest_endpoint=f"127.0.0.1:{free_port()}",
                                 credentials_file=secrets / "svc-deid.secret")
    deid = DeidService(deid_settings)
    pseudonyms = _seed(deid)
    stop = asyncio.Event()
    tasks = [asyncio.create_task(serve(AccessService(access_settings), access_settings, stop))]
    nc = None
    try:
        await wait_serving(access_port)
        tasks.append(asyncio.create_task(serve(deid, deid_settings, stop)))
        await wait_serving(deid_port)
        nc = await nats.connect(nats_server.url)
        audits: list[bytes] = []

        async def collect(msg):
            audits.append(msg.data)
        await nc.subscribe("audit.record.v1", cb=collect)

        key = load_or_create_signing_key(data / "access" / "keys")
        officer, _ = TokenIssuer(key).issue(subject="olga", role="privacy_officer")
        radiologist, _ = TokenIssuer(key).issue(subject="rita", role="radiologist")
        patient, issuer = ERASED
        erase = deid_pb2.ErasePatientRequest(patient_id=patient, issuer=issuer)

        # -- attack: a non-officer is refused; malformed requests are refused ------------------
        threads = threading.active_count()
        async with secure_channel(f"127.0.0.1:{deid_port}", StaticToken(radiologist)) as ch:
            with pytest.raises(grpc.aio.AioRpcError) as info:
                await deid_pb2_grpc.DeidServiceStub(ch).ErasePatient(erase, timeout=10)
            assert info.value.code() == grpc.StatusCode.PERMISSION_DENIED
        async with secure_channel(f"127.0.0.1:{deid_port}", StaticToken(officer)) as ch:
            stub = deid_pb2_grpc.DeidServiceStub(ch)
            for bad in (deid_pb2.ErasePatientRequest(patient_id="  "),
                        deid_pb2.ErasePatientRequest(patient_id="X" * 65)):
                with pytest.raises(grpc.aio.AioRpcError) as info:
                    await stub.ErasePatient(bad, timeout=10)
                assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT
            assert threading.active_count() <= threads + 8

            # -- dry run: the plan, nothing deleted -------------------------------------------
            plan = await stub.ErasePatient(deid_pb2.ErasePatientRequest(
                patient_id=patient, issuer=issuer, dry_run=True), timeout=10)
            assert sorted(plan.study_refs) == ["st-00" + "0" * 22, "st-01" + "0" * 22]
            assert sorted(plan.pseudo_study_ids) == ["2.25.000", "2.25.010"]
            assert plan.erasure_ref.startswith("pt-") and patient not in plan.erasure_ref
            assert plan.pseudonym_rows_deleted == plan.escrow_entries_deleted == 0
            assert deid.escrow.get(pseudonym=pseudonyms[patient]) is not None

            done = await stub.ErasePatient(erase, timeout=10)
            assert (done.pseudonym_rows_deleted, done.escrow_entries_deleted) == (1, 1)
            assert done.erasure_ref == plan.erasure_ref
            again = await stub.ErasePatient(erase, timeout=10)     # idempotent
            assert (again.pseudonym_rows_deleted, again.escrow_entries_deleted) == (0, 0)
            assert list(again.study_refs) == []

        index_key = deid.pseudonyms.index_key(issuer=issuer, patient_id=patient)
        assert deid.pseudonyms.known(key=index_key) is None
        # the accession index no longer finds the erased patient's studies; others it does
        assert deid.accessions.find("ACC-00") == deid.accessions.find("ACC-01") == ""
        assert deid.accessions.find("ACC-10") == "2.25.101"
        assert deid.escrow.get(pseudonym=pseudonyms[patient]) is None
        # the same patient seen again gets a new, unrelated pseudonym
        assert deid.pseudonyms.pseudonym_for(issuer=issuer, patient_id=patient) != \
            pseudonyms[patient]
        kept, kept_issuer = KEPT
        assert deid.pseudonyms.pseudonym_for(issuer=kept_issuer, patient_id=kept) == \
            pseudonyms[kept]
        assert deid.escrow.get(pseudonym=pseudonyms[kept]) is not None

        def erasures():
            return [r for r in map(events_pb2.AuditRecord.FromString, audits)
                    if r.action.startswith("phi.erase")]
        await until(lambda: len(erasures()) == 3, what="three erasure audit records")
        assert [(r.action, r.resource, r.subject) for r in erasures()] == [
            ("phi.erase.plan", plan.erasure_ref, "olga"),
            ("phi.erase", plan.erasure_ref, "olga"), ("phi.erase", plan.erasure_ref, "olga")]
        assert not any(patient.encode() in blob or pseudonyms[patient].encode() in blob
                       for blob in audits)
    finally:
        stop.set()
        await asyncio.gather(*tasks, return_exceptions=True)
        if nc is not None:
            await nc.close()
