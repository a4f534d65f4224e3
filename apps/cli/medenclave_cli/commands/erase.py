"""``medenclave erase --patient ID``: the right to erasure (privacy officer, ``phi.erase``).

Orchestrates the owning services, in an order a retry can always complete:

1. deid ``ErasePatient(dry_run)``: the patient's studies (ingest refs, pseudonymous ids) and
   an opaque erasure reference (``pt-…``) that stands for the patient in every audit record;
2. ingest ``EraseStudies``: crypto-shreds every object of those studies;
3. training ``ListTrainedOn``: the jobs and model versions trained on them (for review);
4. deid ``ErasePatient``: deletes the pseudonym index row and the escrow entry, last,
   because it is the only way back from the patient id to the studies.

The patient id is sent to deid only, and never printed: the output names the erasure ref.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from medenclave_cli.registry import CommandRegistry, data_dir_arg, stack_endpoint, stack_token, token_arg

__all__ = ["register"]

_CHUNK = 1000   # the services' per-request limit on study refs / ids


def register(registry: CommandRegistry) -> None:
    """Add ``erase``."""
    text = ("erase a patient: raw objects crypto-shredded, pseudonym and escrow deleted, "
            "models trained on them listed (privacy officer)")
    p = registry.top.add_parser("erase", help=text, description=text)
    p.add_argument("--patient", required=True, help="Patient ID (0010,0020)")
    p.add_argument("--issuer", default="", help="Issuer of Patient ID (0010,0021), if any")
    p.add_argument("--json", action="store_true")
    data_dir_arg(p)
    token_arg(p)
    p.set_defaults(func=erase)


async def erase(ns: argparse.Namespace) -> int:
    import grpc

    from medenclave.rpc import secure_channel
    from medenclave.v1 import (
        deid_pb2,
        deid_pb2_grpc,
        ingest_pb2,
        ingest_pb2_grpc,
        training_pb2,
        training_pb2_grpc,
    )

    token = stack_token(ns)
    step = "plan"
    report: dict[str, Any] = {}
    try:
        async with secure_channel(stack_endpoint(ns, "deid"), token) as channel:
            deid = deid_pb2_grpc.DeidServiceStub(channel)
            plan = await deid.ErasePatient(deid_pb2.ErasePatientRequest(
                patient_id=ns.patient, issuer=ns.issuer, dry_run=True), timeout=30)
            report.update(erasure_ref=plan.erasure_ref, studies=list(plan.study_refs),
                          pseudo_study_ids=list(plan.pseudo_study_ids), objects_shredded=0)
            refs = list(plan.study_refs)
            if refs:
                step = "ingest"
                async with secure_channel(stack_endpoint(ns, "ingest"), token) as ich:
                    ingest = ingest_pb2_grpc.IngestServiceStub(ich)
                    for i in range(0, len(refs), _CHUNK):
                        done = await ingest.EraseStudies(ingest_pb2.EraseStudiesRequest(
                            study_refs=refs[i:i + _CHUNK], erasure_ref=plan.erasure_ref),
                            timeout=300)
                        report["objects_shredded"] += sum(s.objects_shredded
                                                          for s in done.studies)
            report["models"], report["jobs"], report["datasets"] = [], [], []
            ids = list(plan.pseudo_study_ids)
            if ids:
                step = "training"
                async with secure_channel(stack_endpoint(ns, "training"), token) as tch:
                    training = training_pb2_grpc.TrainingServiceStub(tch)
                    for i in range(0, len(ids), _CHUNK):
                        used = await training.ListTrainedOn(training_pb2.ListTrainedOnRequest(
                            pseudo_study_ids=ids[i:i + _CHUNK],
                            erasure_ref=plan.erasure_ref), timeout=60)
                        report["jobs"] += [j for j in used.job_ids if j not in report["jobs"]]
                        report["datasets"] += [d for d in used.datasets
                                               if d not in report["datasets"]]
                        report["models"] += [f"{m.model_name}:{m.version}" for m in used.models
                                             if f"{m.model_name}:{m.version}"
                                             not in report["models"]]
            step = "deid"
            done_deid = await deid.ErasePatient(deid_pb2.ErasePatientRequest(
                patient_id=ns.patient, issuer=ns.issuer), timeout=30)
            report.update(pseudonym_rows_deleted=done_deid.pseudonym_rows_deleted,
                          escrow_entries_deleted=done_deid.escrow_entries_deleted)
    except grpc.aio.AioRpcError as exc:
        print(f"erase ({step}): {exc.code().name}: {exc.details()} — nothing after this step "
              "was done; run the same command again to complete it", file=sys.stderr)
        return 2
    except KeyError as exc:
        print(f"erase ({step}): the stack runs no {exc.args[0]} service", file=sys.stderr)
        return 2
    if ns.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"erasure {report['erasure_ref']}: {len(report['studies'])} studies, "
          f"{report['objects_shredded']} raw objects shredded, "
          f"{report['pseudonym_rows_deleted']} pseudonym row(s) and "
          f"{report['escrow_entries_deleted']} escrow entr(y/ies) deleted")
    if report["models"]:
        print("trained on this patient's studies (review: retrain or withdraw): "
              + ", ".join(report["models"]) + " (jobs " + ", ".join(report["jobs"]) + ")")
    if report["datasets"]:
        print("dataset versions holding this patient's studies (immutable; create a new "
              "version without them): " + ", ".join(report["datasets"]))
    print("raw journal bytes stay on disk until compaction; the data keys are destroyed")
    return 0
