"""The SCP's front door against real peers: bad input matrix, who may send, limits, metrics,
and compressed transfer syntaxes stored as received (in-process service, real nats-server)."""

from __future__ import annotations

import asyncio
import io
import struct
from pathlib import Path

import pytest
from pydicom import dcmread
from pydicom.data import get_testdata_file
from pydicom.uid import (
    CTImageStorage,
    ExplicitVRLittleEndian,
    ImplicitVRLittleEndian,
    MRImageStorage,
    generate_uid,
)
from pynetdicom import AE, _config
from pynetdicom.sop_class import Verification  # type: ignore[attr-defined]

from medenclave.security.crypto import load_or_create_secret
from medenclave.v1 import events_pb2
from medenclave_ingest.adapters.outbound.journal_vault import open_journal_vault
from medenclave_ingest.core.refs import RefDeriver
from medenclave_ingest.main import REF_SECRET_NAME
from medenclave_testing import metric, until
from medenclave_testing.dicom_scu import close_reactor_race

from .conftest import running


def _refused(assoc) -> bool:
    """The association was refused. pynetdicom's requestor sometimes reports a fast
    A-ASSOCIATE-RJ as an abort (its DUL closes the socket before its ACSE thread checks it is
    connected); the server-side metric checks beside each call pin the refusal itself."""
    return not assoc.is_established and (assoc.is_rejected or assoc.is_aborted)


def associate(port: int, *, calling: str = "TESTSCU", contexts=None):
    ae = AE(ae_title=calling)
    for abstract, syntax in contexts or [(CTImageStorage, ExplicitVRLittleEndian),
                                         (CTImageStorage, ImplicitVRLittleEndian)]:
        ae.add_requested_context(abstract, syntax)
    ae.add_requested_context(Verification)
    return ae.associate("127.0.0.1", port, ae_title="MEDENCLAVE")


def store(port: int, items: list, *, calling: str = "TESTSCU", contexts=None,
          chunked: bool = False) -> list[int]:
    assoc = associate(port, calling=calling, contexts=contexts)
    assert assoc.is_established, "association rejected"
    # several stores on one association: without this a busy machine can hand a response to
    # pynetdicom's own reactor thread, and the caller waits out its DIMSE timeout (dicom_scu)
    close_reactor_race(assoc)
    previous = _config.STORE_SEND_CHUNKED_DATASET
    _config.STORE_SEND_CHUNKED_DATASET = chunked
    try:
        return [int(assoc.send_c_store(item).Status) for item in items]
    finally:
        _config.STORE_SEND_CHUNKED_DATASET = previous
        assoc.release()




@pytest.fixture(params=["pynetdicom", "native"])
def engine(request) -> str:
    """Both DICOM engines answer the same front-door tests (``DICOM_ENGINE``)."""
    return request.param


def test_bad_input_matrix(tmp_path, nats_server, dicom, engine):
    asyncio.run(_bad_input_matrix(tmp_path, nats_server, dicom, engine))


async def _bad_input_matrix(tmp_path: Path, nats_server, dicom, engine: str) -> None:
    async with running(tmp_path, nats_server, max_object_bytes=64 * 1024,
                       dicom_engine=engine) as svc:
        out = tmp_path / "out"
        out.mkdir()
        good = dicom.ct_study(1)[0]
        # garbage after a valid file meta (sent as a file: pynetdicom sends its bytes as they are)
        garbage = out / "garbage.dcm"
        garbage.write_bytes(dicom.meta_with_body(good, b"\xff" * 300))
        # a dataset cut short inside its pixel data
        truncated = out / "truncated.dcm"
        whole = dicom.part10(dicom.ct_study(1)[0])
        truncated.write_bytes(whole[:len(whole) - 700])
        # no Study Instance UID
        missing = dicom.ct_study(1)[0]
        del missing.StudyInstanceUID
        # an MR dataset on a CT presentation context (the file meta picks the context)
        mismatch = out / "mismatch.dcm"
        mr = dicom.ct_study(1)[0]
        mr.SOPClassUID = MRImageStorage
        mr_bytes = dicom.part10(mr)
        mismatch.write_bytes(dicom.meta_with_body(dicom.ct_study(1)[0],
                                                  mr_bytes[_dataset_offset(mr_bytes):]))
        # an implicit-VR body under a file meta that says explicit VR
        wrong_ts = out / "wrong_ts.dcm"
        body = dicom.ct_study(1)[0]
        body.file_meta.TransferSyntaxUID = ImplicitVRLittleEndian
        implicit = dicom.part10(body)
        body.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
        wrong_ts.write_bytes(dicom.meta_with_body(body, implicit[_dataset_offset(implicit):]))
        # bigger than max_object_bytes
        big = dicom.ct_instance(generate_uid(), generate_uid(), 1, size=256)

        failures_before = metric("medenclave_ingest_store_failures_total",
                                 {"reason": "oversized"})
        statuses = await asyncio.to_thread(store, svc.port, [garbage, truncated], chunked=True)
        statuses += await asyncio.to_thread(store, svc.port, [missing])
        statuses += await asyncio.to_thread(store, svc.port, [mismatch], chunked=True)
        statuses += await asyncio.to_thread(store, svc.port, [wrong_ts], chunked=True)
        statuses += await asyncio.to_thread(store, svc.port, [big, good])
        assert statuses[:4] == [0xC210, 0xC210, 0xA900, 0xA900], [hex(s) for s in statuses]
        assert statuses[4] == 0xA900, [hex(s) for s in statuses]
        assert statuses[5:] == [0xC210, 0x0000]      # oversized refused; the SCP kept serving

        quarantined = await until(
            lambda: (q := svc.of("dicom.instance.quarantined.v1",
                                 events_pb2.InstanceQuarantined)) and len(q) == 6 and q,
            what="six quarantine events")
        reasons = sorted(q.reason_code for q in quarantined)
        assert reasons == sorted(["not_dicom", "truncated", "missing_uid", "sop_class_mismatch",
                                  "transfer_syntax_mismatch", "oversized"]), reasons
        audits = await until(lambda: [r for r in svc.of("audit.record.v1",
                                                        events_pb2.AuditRecord)
                                      if r.outcome == "failure"] or None, what="audit")
        await until(lambda: len([r for r in svc.of("audit.record.v1", events_pb2.AuditRecord)
                                 if r.outcome == "failure"]) == 6, what="six failure audits")
        assert all(r.action == "dicom.store" and r.reason for r in audits)
        # the oversized object's bytes are not kept; the others are, encrypted
        assert len(list((tmp_path / "data" / "ingest" / "quarantine").glob("*.bin"))) == 5
        assert metric("medenclave_ingest_store_failures_total",
                      {"reason": "oversized"}) == failures_before + 1
        assert metric("medenclave_ingest_store_seconds_count", {"protocol": "dimse"}) >= 7


def test_who_may_send_and_limits(tmp_path, nats_server, dicom, engine):
    asyncio.run(_who_may_send(tmp_path, nats_server, dicom, engine))


async def _who_may_send(tmp_path: Path, nats_server, dicom, engine: str) -> None:
    async with running(tmp_path, nats_server, allowed_calling_aes=["CT01", "PACS"],
                       max_associations=1, dicom_engine=engine) as svc:
        rejected_before = metric("medenclave_ingest_associations_rejected_total",
                                 {"reason": "calling_ae_not_allowed"})
        assoc = await asyncio.to_thread(associate, svc.port, calling="INTRUDER")
        assert _refused(assoc)
        await svc.idle()
        assert await asyncio.to_thread(store, svc.port, dicom.ct_study(1),
                                       calling="CT01") == [0x0000]
        # one association at a time: a second one while the first is open is rejected
        await svc.idle()
        first = await asyncio.to_thread(associate, svc.port, calling="PACS")
        assert first.is_established
        limit_before = metric("medenclave_ingest_associations_rejected_total",
                              {"reason": "association_refused"})
        second = await asyncio.to_thread(associate, svc.port, calling="CT01")
        assert _refused(second)
        await until(lambda: metric("medenclave_ingest_associations_rejected_total",
                                   {"reason": "association_refused"}) == limit_before + 1,
                    what="the association-limit refusal")
        await asyncio.to_thread(first.release)   # off the loop: the native SCP runs on it
        await svc.idle()
        assert await asyncio.to_thread(store, svc.port, dicom.ct_study(1),
                                       calling="PACS") == [0x0000]
        records = await until(lambda: [r for r in svc.of("audit.record.v1",
                                                         events_pb2.AuditRecord)
                                       if r.action == "dicom.associate"] or None,
                              what="association audit")
        assert records[0].outcome == "failure"
        assert records[0].reason == "calling_ae_not_allowed"
        assert records[0].subject == "ae:INTRUDER"
        assert metric("medenclave_ingest_associations_rejected_total",
                      {"reason": "calling_ae_not_allowed"}) == rejected_before + 1

    async with running(tmp_path / "hosts", nats_server, allowed_hosts=["10.9.9.9"],
                       dicom_engine=engine) as svc:
        hosts_before = metric("medenclave_ingest_associations_rejected_total",
                              {"reason": "host_not_allowed"})
        assoc = await asyncio.to_thread(associate, svc.port)
        assert _refused(assoc)
        await until(lambda: metric("medenclave_ingest_associations_rejected_total",
                                   {"reason": "host_not_allowed"}) == hosts_before + 1,
                    what="the host refusal")

    # storage watermark: more free space demanded than any disk has → clean 0xA700
    async with running(tmp_path / "full", nats_server, min_free_bytes=2 ** 62,
                       dicom_engine=engine) as svc:
        assert await asyncio.to_thread(store, svc.port, dicom.ct_study(2)) == [0xA700, 0xA700]
        assert metric("medenclave_ingest_store_failures_total", {"reason": "low_disk"}) >= 2


def _dataset_offset(data: bytes) -> int:
    """Where the dataset starts in a Part 10 byte string (after the file meta)."""
    assert data[128:132] == b"DICM" and data[132:136] == b"\x02\x00\x00\x00"
    (group_length,) = struct.unpack("<I", data[140:144])
    return 144 + group_length


@pytest.mark.parametrize("name", ["SC_rgb_jpeg_dcmtk.dcm", "MR_small_RLE.dcm", "JPEG2000.dcm"])
def test_compressed_stored_as_received(tmp_path, nats_server, name, engine):
    asyncio.run(_compressed(tmp_path, nats_server, name, engine))


async def _compressed(tmp_path: Path, nats_server, name: str, engine: str) -> None:
    path = get_testdata_file(name)
    original = Path(path).read_bytes()
    ds = dcmread(path, stop_before_pixels=True)
    contexts = [(ds.SOPClassUID, ds.file_meta.TransferSyntaxUID)]
    async with running(tmp_path, nats_server, dicom_engine=engine) as svc:
        assert await asyncio.to_thread(store, svc.port, [path], contexts=contexts,
                                       chunked=True) == [0x0000]
        home = tmp_path / "data" / "ingest"
        refs = RefDeriver(load_or_create_secret(home / "keys", REF_SECRET_NAME))
        key = (f"instances/{refs.study_ref(ds.StudyInstanceUID)}/"
               f"{refs.instance_ref(ds.SOPInstanceUID)}.dcm")
        vault = open_journal_vault(home / "vault", home / "keys", readonly=True)
        stored = await vault.get(key=key)
        vault.close()
    assert stored[_dataset_offset(stored):] == original[_dataset_offset(original):]
    meta = dcmread(io.BytesIO(stored), stop_before_pixels=True).file_meta
    assert meta.TransferSyntaxUID == ds.file_meta.TransferSyntaxUID
