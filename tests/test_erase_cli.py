"""``medenclave erase``: the order of the calls, what is printed, and a retry after a failure.

The three services are fakes on loopback (their own tests cover what each one does): the
point here is the orchestration — plan at deid, shred at ingest, list at training, delete
the pseudonym last — and that the patient id is sent to deid only and never printed.
"""

from __future__ import annotations

import asyncio
import json
import threading

import grpc
import pytest

from medenclave.v1 import (
    deid_pb2,
    deid_pb2_grpc,
    ingest_pb2,
    ingest_pb2_grpc,
    training_pb2,
    training_pb2_grpc,
)
from medenclave_cli.main import main as cli
from medenclave_cli.supervisor import ENDPOINTS_FILE
from medenclave_testing import free_port

PATIENT = "MRN-4711-ERASE"
REF = "pt-" + "ef" * 12
STUDIES = ["st-" + "1" * 24, "st-" + "2" * 24]


class Fakes(deid_pb2_grpc.DeidServiceServicer, ingest_pb2_grpc.IngestServiceServicer,
            training_pb2_grpc.TrainingServiceServicer):
    def __init__(self) -> None:
        self.calls: list[tuple[str, bytes]] = []
        self.ingest_down = False

    async def ErasePatient(self, request, context):
        self.calls.append(("deid.plan" if request.dry_run else "deid.erase",
                           request.SerializeToString()))
        return deid_pb2.ErasePatientResponse(
            erasure_ref=REF, study_refs=STUDIES, pseudo_study_ids=["2.25.1", "2.25.2"],
            pseudonym_rows_deleted=0 if request.dry_run else 1,
            escrow_entries_deleted=0 if request.dry_run else 1)

    async def EraseStudies(self, request, context):
        self.calls.append(("ingest", request.SerializeToString()))
        if self.ingest_down:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "vault unavailable")
        return ingest_pb2.EraseStudiesResponse(studies=[
            ingest_pb2.ErasedStudy(study_ref=r, objects_shredded=3, found=True)
            for r in request.study_refs])

    async def ListTrainedOn(self, request, context):
        self.calls.append(("training", request.SerializeToString()))
        return training_pb2.ListTrainedOnResponse(job_ids=["j-1"], models=[
            training_pb2.ModelVersion(model_name="chest", version=2, job_id="j-1")])


@pytest.fixture
def stack(tmp_path):
    fakes, port, ready, stop = Fakes(), free_port(), threading.Event(), None
    loop = asyncio.new_event_loop()

    async def run() -> None:
        nonlocal stop
        stop = asyncio.Event()
        server = grpc.aio.server()
        deid_pb2_grpc.add_DeidServiceServicer_to_server(fakes, server)
        ingest_pb2_grpc.add_IngestServiceServicer_to_server(fakes, server)
        training_pb2_grpc.add_TrainingServiceServicer_to_server(fakes, server)
        server.add_insecure_port(f"127.0.0.1:{port}")
        await server.start()
        ready.set()
        await stop.wait()
        await server.stop(None)
    thread = threading.Thread(target=loop.run_until_complete, args=(run(),), daemon=True)
    thread.start()
    assert ready.wait(10)
    ep = f"127.0.0.1:{port}"
    (tmp_path / ENDPOINTS_FILE).write_text(json.dumps({
        "grpc": {"deid": ep, "ingest": ep, "training": ep},
        "dicom": {"host": "", "port": 0, "ae_title": ""}, "triton": "", "metrics": {},
        "nats_url": "", "data_dir": str(tmp_path)}))
    yield tmp_path, fakes
    loop.call_soon_threadsafe(stop.set)
    thread.join(10)


def test_erase_orders_the_calls_and_never_prints_the_patient_id(stack, capsys):
    data_dir, fakes = stack
    args = ["erase", "--patient", PATIENT, "--data-dir", str(data_dir), "--token", "t"]
    assert cli(args + ["--json"]) == 0
    out = capsys.readouterr()
    report = json.loads(out.out)
    assert [c for c, _ in fakes.calls] == ["deid.plan", "ingest", "training", "deid.erase"]
    assert report["erasure_ref"] == REF and report["objects_shredded"] == 6
    assert report["models"] == ["chest:2"] and report["jobs"] == ["j-1"]
    assert (report["pseudonym_rows_deleted"], report["escrow_entries_deleted"]) == (1, 1)
    assert PATIENT not in out.out + out.err
    # the patient id goes to deid only
    assert all(PATIENT.encode() not in blob for c, blob in fakes.calls if c in
               ("ingest", "training"))


def test_a_failed_shred_keeps_the_pseudonym_for_a_retry(stack, capsys):
    data_dir, fakes = stack
    fakes.ingest_down = True
    args = ["erase", "--patient", PATIENT, "--data-dir", str(data_dir), "--token", "t"]
    assert cli(args) == 2
    err = capsys.readouterr().err
    assert "erase (ingest): UNAVAILABLE" in err and PATIENT not in err
    assert [c for c, _ in fakes.calls] == ["deid.plan", "ingest"]   # nothing deleted at deid
    fakes.ingest_down = False
    assert cli(args) == 0
    out = capsys.readouterr().out
    assert REF in out and "6 raw objects shredded" in out and PATIENT not in out
