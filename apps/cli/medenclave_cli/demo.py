"""``medenclave demo``: the main job, end to end, on the embedded default.

A hospital's journey in one command: start the platform, push a synthetic cohort with planted
PHI over DICOM C-STORE as a PACS would, let deid de-identify it, train on the de-identified
studies, serve the model, predict through the real tritonclient, search everything downstream
of deid for the planted values, and verify the audit chain.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import sys
import time
from pathlib import Path

import numpy as np
from tqdm import tqdm

from medenclave.config import DEFAULT_CONSOLE_PORT
from medenclave.imaging import to_model_input
from medenclave.rpc import StaticToken, secure_channel
from medenclave.v1 import (
    audit_pb2,
    audit_pb2_grpc,
    deid_pb2,
    deid_pb2_grpc,
    training_pb2,
    training_pb2_grpc,
)
from medenclave_cli.commands.studies import collect_studies
from medenclave_cli.console_demo import console_people, describe_sign_ins
from medenclave_cli.scenario_stack import issue_tokens
from medenclave_cli.supervisor import Endpoints, Stack, StackConfig
from medenclave_cli.synthetic import PlantedStudy, make_cohort, make_image
from medenclave_cli.trace_collector import SpanCollector

__all__ = ["DemoError", "add_trace_evidence", "run_demo", "run_journey"]

MODEL_NAME = "chest_ct_lesion"


class DemoError(RuntimeError):
    """A step of the journey failed; the message names the step."""


def _bar(total: int, desc: str, quiet: bool) -> tqdm:
    return tqdm(total=total, desc=desc, unit="", file=sys.stderr, disable=quiet, leave=True,
                bar_format="{desc:<28} {bar:30} {n_fmt}/{total_fmt} {elapsed}")


async def _wait(predicate, *, timeout: float, what: str, interval: float = 0.3):
    deadline = time.monotonic() + timeout
    while True:
        value = await predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise DemoError(f"timed out waiting for {what}")
        await asyncio.sleep(interval)


def _push_cstore(eps: Endpoints, cohort: list[PlantedStudy], bar: tqdm) -> int:
    """Send every instance over DICOM C-STORE, one association per study, as a PACS does."""
    from pydicom import dcmread
    from pynetdicom import AE, _config
    from pynetdicom.sop_class import CTImageStorage

    _config.LOG_REQUEST_IDENTIFIERS = False
    _config.LOG_RESPONSE_IDENTIFIERS = False
    ae = AE(ae_title="DEMO_PACS")
    ae.add_requested_context(CTImageStorage)
    stored = 0
    for study in cohort:
        assoc = ae.associate(eps.dicom_host, eps.dicom_port, ae_title=eps.ae_title)
        if not assoc.is_established:
            raise DemoError("DICOM association rejected")
        try:
            for raw in study.instances:
                status = assoc.send_c_store(dcmread(io.BytesIO(raw)))
                if status and status.Status == 0x0000:
                    stored += 1
                bar.update(1)
        finally:
            assoc.release()
    return stored


def _planted_needles(cohort: list[PlantedStudy]) -> list[bytes]:
    needles: set[bytes] = set()
    for study in cohort:
        for value in study.phi.values():
            for enc in ("utf-8", "gb18030"):
                try:
                    needles.add(value.encode(enc))
                except UnicodeEncodeError:
                    pass
            if "^" in value:  # a PN is also searched with its components joined by a space
                needles.add(value.replace("^", " ").encode())
    return sorted(needles)


def _count_hits(blobs: list[bytes], needles: list[bytes]) -> int:
    return sum(1 for blob in blobs for needle in needles if needle in blob)


async def _stream_messages(nats_url: str, data_dir: Path) -> list[bytes]:
    """Every message (payload and headers) in every stream downstream of ingest, and ingest's
    (read as the stack's NATS admin: no service user may read another's stream)."""
    import nats

    from medenclave_cli.embedded_nats import admin_credentials

    nc = await nats.connect(nats_url, **admin_credentials(data_dir, nats_url))
    js = nc.jetstream()
    out: list[bytes] = []
    try:
        for stream in ("DICOM", "DEID", "TRAINING", "INFERENCE", "AUDIT", "DEADLETTER"):
            try:
                info = await js.stream_info(stream)
            except Exception:  # noqa: S112 (a stream that does not exist holds nothing to scan)
                continue
            for seq in range(info.state.first_seq, info.state.last_seq + 1):
                try:
                    msg = await js.get_msg(stream, seq)
                except Exception:  # noqa: S112 (a purged or deleted message holds nothing)
                    continue
                out.append((msg.data or b"") + json.dumps(msg.headers or {}).encode())
    finally:
        await nc.close()
    return out


#: the demo's people: (role, subject)
_PEOPLE = (("radiologist", "dr.demo"), ("ai_engineer", "ai.demo"),
               ("clinician", "ris.demo"), ("auditor", "audit.demo"),
               ("approver", "approver.demo"))


async def _pseudonymous_labels(eps: Endpoints, token: StaticToken,
                               cohort: list[PlantedStudy]) -> str:
    """The labels as the hospital has them (keyed by the original Study Instance UID, with the
    patient's name), de-identified by deid into ``pseudo_study_id,label`` CSV that matches the
    images' pseudonymous study ids."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["StudyInstanceUID", "PatientName", "label"])
    for s in cohort:
        writer.writerow([s.study_uid, s.phi["PatientName"], s.label])
    async with secure_channel(eps.grpc["deid"], token) as ch:
        table = await deid_pb2_grpc.DeidServiceStub(ch).DeidentifyTable(
            deid_pb2.DeidentifyTableRequest(csv=buf.getvalue().encode(),
                                            study_uid_column="StudyInstanceUID"), timeout=30)
    labels = list(csv.DictReader(io.StringIO(table.csv.decode())))
    return "pseudo_study_id,label\n" + "".join(
        f"{r['pseudo_study_id']},{r['label']}\n" for r in labels)


async def _start_training(eps: Endpoints, token: StaticToken, labels_csv: str, *, epochs: int,
                          seed: int) -> training_pb2.Job:
    """Ask for a model now; the job waits for the labelled studies to be de-identified."""
    async with secure_channel(eps.grpc["training"], token) as ch:
        return await training_pb2_grpc.TrainingServiceStub(ch).StartJob(
            training_pb2.StartJobRequest(model_name=MODEL_NAME, labels_csv=labels_csv.encode(),
                                         epochs=epochs, wait_for_studies=True,
                                         wait_timeout_s=900, seed=seed), timeout=30)


async def _deidentification_done(eps: Endpoints, token: StaticToken, n_studies: int,
                                 quiet: bool) -> list[dict]:
    """The studies, once ``n_studies`` are de-identified or quarantined.

    Raises:
        DemoError: not within 300 s.
    """
    bar = _bar(n_studies, "de-identification", quiet)

    async def all_deidentified():
        rows = await collect_studies(eps.grpc, token)
        done = [r for r in rows if r["state"] in ("de-identified", "quarantined")]
        bar.n = len(done)
        bar.refresh()
        return rows if len(done) >= n_studies else None

    rows = await _wait(all_deidentified, timeout=300, what="de-identification")
    bar.close()
    return rows


async def _trained(eps: Endpoints, token: StaticToken, job_id: str,
                   quiet: bool) -> training_pb2.Job:
    """The training job, once it succeeded.

    Raises:
        DemoError: it failed, or did not finish within 900 s.
    """
    bar = _bar(1, "training", quiet)
    async with secure_channel(eps.grpc["training"], token) as ch:
        stub = training_pb2_grpc.TrainingServiceStub(ch)

        async def job_done():
            j = await stub.GetJob(training_pb2.GetJobRequest(job_id=job_id), timeout=10)
            return j if j.state in ("SUCCEEDED", "FAILED") else None

        job = await _wait(job_done, timeout=900, what="training")
    bar.update(1)
    bar.close()
    if job.state != "SUCCEEDED":
        raise DemoError(f"training job {job.job_id} failed: {job.error_code}")
    return job


async def _count_leaks(eps: Endpoints, token: StaticToken, deidentified: list[dict],
                       needles: list[bytes], quiet: bool) -> int:
    """Planted values found downstream of deid: in the de-identified instances, the bus's
    messages, the model repository and the service logs."""
    bar = _bar(4, "PHI leak search", quiet)
    leaks = 0
    async with secure_channel(eps.grpc["deid"], token) as ch:
        stub = deid_pb2_grpc.DeidServiceStub(ch)
        blobs = []
        for r in deidentified:
            async for inst in stub.FetchStudy(deid_pb2.FetchStudyRequest(
                    pseudo_study_id=r["pseudo_study_id"])):
                blobs.append(inst.dicom)
    leaks += _count_hits(blobs, needles)
    bar.update(1)
    leaks += _count_hits(await _stream_messages(eps.nats_url, Path(eps.data_dir)), needles)
    bar.update(1)
    repo = Path(eps.data_dir) / "model-repository"
    leaks += _count_hits([p.read_bytes() for p in repo.rglob("*") if p.is_file()], needles)
    bar.update(1)
    logs = Path(eps.data_dir) / "logs"
    leaks += _count_hits([p.read_bytes() for p in logs.glob("*.log")], needles)
    bar.update(1)
    bar.close()
    return leaks


async def _audit_evidence(eps: Endpoints, token: StaticToken,
                          trace_id: str) -> tuple[audit_pb2.VerifyResponse, audit_pb2.QueryResponse]:
    """The audit service's verdict on its chain, and the records of the training job's trace."""
    async with secure_channel(eps.grpc["audit"], token) as ch:
        stub = audit_pb2_grpc.AuditServiceStub(ch)
        verdict = await stub.Verify(audit_pb2.VerifyRequest(), timeout=30)
        by_trace = await stub.Query(audit_pb2.QueryRequest(trace_id=trace_id, limit=1000),
                                    timeout=30)
    return verdict, by_trace


async def run_journey(stack: Stack, eps: Endpoints, *, n_studies: int, instances: int,
                      epochs: int, seed: int, quiet: bool) -> dict:
    """The demo flow against a running stack; returns the summary.

    Args:
        stack: the running stack.
        eps: its endpoints.
        n_studies: synthetic studies to send.
        instances: instances per study.
        epochs: training epochs (0: the trainer's default).
        seed: for the cohort, the training and the test images.
        quiet: no progress bars.

    Raises:
        DemoError: a step failed; the message names it.
    """
    started = time.monotonic()
    tokens = await issue_tokens(eps, dict(_PEOPLE))
    cohort = make_cohort(n_studies, instances_per_study=instances, seed=seed)
    total_instances = sum(len(s.instances) for s in cohort)
    labels_csv = await _pseudonymous_labels(eps, tokens["radiologist"], cohort)
    job = await _start_training(eps, tokens["ai_engineer"], labels_csv, epochs=epochs, seed=seed)

    bar = _bar(total_instances, "C-STORE to MedEnclave", quiet)
    stored = await asyncio.to_thread(_push_cstore, eps, cohort, bar)
    bar.close()
    rows = await _deidentification_done(eps, tokens["ai_engineer"], n_studies, quiet)
    deidentified = [r for r in rows if r["state"] == "de-identified"]
    job = await _trained(eps, tokens["ai_engineer"], job.job_id, quiet)
    # a new version is a candidate: an approver (not its trainer: four eyes) lets it be served
    card = await _approve(eps, tokens["approver"], job.model_version)

    # Predict through the real tritonclient, as a hospital system would.
    bar = _bar(1, "serving (tritonclient)", quiet)
    inference_ok, test_accuracy = await asyncio.to_thread(
        _predict_with_tritonclient, eps, tokens["clinician"], job.model_version, seed)
    bar.update(1)
    bar.close()

    needles = _planted_needles(cohort)
    leaks = await _count_leaks(eps, tokens["ai_engineer"], deidentified, needles, quiet)
    verdict, by_trace = await _audit_evidence(eps, tokens["auditor"], job.trace_id)
    return {
        "_needles": needles,
        "studies_sent": n_studies,
        "instances_sent": total_instances,
        "instances_stored": stored,
        "studies_deidentified": len(deidentified),
        "studies_quarantined": sum(1 for r in rows if r["state"] == "quarantined"),
        "phi_leaks": leaks,
        "model": f"{MODEL_NAME}:{job.model_version}",
        "val_accuracy": round(job.val_accuracy, 4),
        "test_accuracy": round(test_accuracy, 4),
        "inference_ok": inference_ok,
        "approved_by": card.approved_by,
        "model_stage": card.stage + (" (served)" if card.served else ""),
        "audit_records": verdict.records,
        "audit_chain_valid": verdict.valid,
        "audit_records_in_trace": len(by_trace.records),
        "trace_id": job.trace_id,
        "triton_endpoint": eps.triton,
        "data_dir": eps.data_dir,
        "seconds": round(time.monotonic() - started, 1),
    }


async def _approve(eps: Endpoints, token: StaticToken, version: int) -> training_pb2.ModelCard:
    """The demo approver approves the trained version (audited like any approval)."""
    async with secure_channel(eps.grpc["training"], token) as ch:
        return await training_pb2_grpc.TrainingServiceStub(ch).ApproveModel(
            training_pb2.ApproveModelRequest(
                model_name=MODEL_NAME, version=version,
                reason="demo: metrics reviewed on synthetic data"), timeout=30)


def _predict_with_tritonclient(eps: Endpoints, token: StaticToken, version: int,
                               seed: int) -> tuple[bool, float]:
    import tritonclient.grpc as grpcclient

    headers = {"authorization": f"Bearer {asyncio.run(token.token())}"}
    client = grpcclient.InferenceServerClient(eps.triton)
    deadline = time.monotonic() + 120
    while not client.is_model_ready(MODEL_NAME, str(version), headers=headers):
        if time.monotonic() > deadline:
            raise DemoError("model did not become ready on the Triton endpoint")
        time.sleep(0.3)
    rng = np.random.default_rng(seed + 1000)
    labels = np.array([i % 2 for i in range(16)])
    batch = np.stack([to_model_input(make_image(int(lbl), rng)) for lbl in labels])
    inp = grpcclient.InferInput("image", list(batch.shape), "FP32")
    inp.set_data_from_numpy(batch)
    result = client.infer(MODEL_NAME, [inp], model_version=str(version),
                          outputs=[grpcclient.InferRequestedOutput("probabilities")],
                          headers=headers)
    probs = result.as_numpy("probabilities")
    ok = (probs is not None and probs.shape == (len(labels), 2)
          and result.get_response().model_version == str(version)
          and bool(np.allclose(probs.sum(axis=1), 1.0, atol=1e-4)))
    accuracy = float((probs.argmax(axis=1) == labels).mean()) if ok else 0.0
    return ok, accuracy


def add_trace_evidence(summary: dict, collector: SpanCollector) -> dict:
    """After the stack stopped (every service flushed its spans): which services the job's
    trace crossed, and the planted values searched in every exported span too."""
    needles = summary.pop("_needles")
    summary["trace_services"] = collector.services_in_trace(summary["trace_id"])
    summary["spans_collected"] = len(collector.spans())
    summary["phi_leaks"] += _count_hits(collector.raw_exports(), needles)
    return summary


def run_demo(*, data_dir: Path, as_json: bool, n_studies: int = 24, instances: int = 3,
             epochs: int = 0, seed: int = 7, quiet_period_s: float = 1.0) -> int:
    """Start the stack on free ports in ``data_dir``, run the journey, stop, print the summary."""
    if n_studies < 4:
        raise SystemExit("--studies must be at least 4")
    collector = SpanCollector().start()
    cfg = StackConfig(data_dir=data_dir, quiet_period_s=quiet_period_s,
                      otlp_endpoint=collector.endpoint).with_free_ports()
    stack = Stack(cfg)
    bar = _bar(7, "starting services", False)
    try:
        eps = stack.start(progress=lambda _name: bar.update(1))
        bar.close()
        summary = asyncio.run(run_journey(stack, eps, n_studies=n_studies, instances=instances,
                                          epochs=epochs, seed=seed, quiet=False))
        people = asyncio.run(console_people(eps.grpc["access"], data_dir))
    except DemoError as exc:
        print(f"medenclave demo: {exc} (service logs: {data_dir / 'logs'})", file=sys.stderr)
        return 1
    finally:
        bar.close()
        stack.stop()
        collector.stop()
    summary = add_trace_evidence(summary, collector)
    ok = summary["phi_leaks"] == 0 and summary["inference_ok"] and summary["audit_chain_valid"]
    if as_json:
        print(json.dumps(summary))
    else:
        print("\nMedEnclave demo summary")
        for k, v in summary.items():
            print(f"  {k:<24} {v}")
        print(f"\nThe trained model stays in {data_dir}/model-repository; "
              f"'medenclave up --data-dir {data_dir}' serves it.")
        print(describe_sign_ins(people, console_url=f"http://127.0.0.1:{DEFAULT_CONSOLE_PORT}",
                                data_dir=data_dir))
    return 0 if ok else 2
