"""CLI commands that talk to a running stack (found through ``--data-dir``)."""

from __future__ import annotations

import argparse
import json
import sys

from google.protobuf.json_format import MessageToDict

from medenclave.cli.supervisor import load_endpoints
from medenclave.rpc import StaticToken, secure_channel
from medenclave.v1 import (audit_pb2, audit_pb2_grpc, common_pb2, deid_pb2, deid_pb2_grpc,
                           ingest_pb2, ingest_pb2_grpc, training_pb2, training_pb2_grpc)

__all__ = ["audit_query", "audit_verify", "collect_studies", "models_list", "studies_list"]

STATE_NAMES = {common_pb2.STUDY_STATE_RECEIVING: "receiving",
               common_pb2.STUDY_STATE_RECEIVED: "received",
               common_pb2.STUDY_STATE_DEIDENTIFIED: "de-identified",
               common_pb2.STUDY_STATE_QUARANTINED: "quarantined"}


def _endpoints(ns: argparse.Namespace):
    try:
        return load_endpoints(ns.data_dir)
    except FileNotFoundError:
        raise SystemExit(f"no running stack recorded in {ns.data_dir} "
                         "(start one with 'medenclave up --data-dir …')") from None


def _token(ns: argparse.Namespace) -> StaticToken:
    from medenclave.cli.main import _require_token

    return StaticToken(_require_token(ns))


async def collect_studies(grpc_eps: dict[str, str], tokens: StaticToken) -> list[dict]:
    """Merge ingest's view (received, counts) with deid's (de-identified, quarantined)."""
    async with secure_channel(grpc_eps["ingest"], tokens) as ch_in, \
            secure_channel(grpc_eps["deid"], tokens) as ch_de:
        received = await ingest_pb2_grpc.IngestServiceStub(ch_in).ListStudies(
            ingest_pb2.ListStudiesRequest(), timeout=10)
        deid = await deid_pb2_grpc.DeidServiceStub(ch_de).ListStudies(
            deid_pb2.ListStudiesRequest(), timeout=10)
    by_ref = {s.study_ref: s for s in deid.studies}
    rows = []
    for s in received.studies:
        d = by_ref.get(s.study_ref)
        state = d.state if d is not None else s.state
        rows.append({"study_ref": s.study_ref, "state": STATE_NAMES.get(state, "unknown"),
                     "instances": s.instance_count, "modality": s.modality,
                     "pseudo_study_id": d.pseudo_study_id if d is not None else "",
                     "quarantine_reason": d.quarantine_reason if d is not None else ""})
    return rows


async def studies_list(ns: argparse.Namespace) -> int:
    rows = await collect_studies(_endpoints(ns).grpc, _token(ns))
    if ns.json:
        print(json.dumps(rows, indent=2))
    else:
        print(f"{'STUDY':<28} {'STATE':<14} {'INSTANCES':>9}  PSEUDONYMOUS STUDY ID")
        for r in rows:
            print(f"{r['study_ref']:<28} {r['state']:<14} {r['instances']:>9}  {r['pseudo_study_id']}")
    return 0


async def models_list(ns: argparse.Namespace) -> int:
    async with secure_channel(_endpoints(ns).grpc["training"], _token(ns)) as ch:
        resp = await training_pb2_grpc.TrainingServiceStub(ch).ListModels(
            training_pb2.ListModelsRequest(), timeout=10)
    rows = [MessageToDict(m, preserving_proto_field_name=True) for m in resp.models]
    if ns.json:
        print(json.dumps(rows, indent=2))
    else:
        for r in rows:
            print(f"{r.get('model_name')}:{r.get('version')}  val_accuracy={r.get('val_accuracy', 0):.3f}")
    return 0


async def audit_verify(ns: argparse.Namespace) -> int:
    from medenclave.config import ServiceSettings, database_url_for
    from medenclave_audit import trusted_keys, verify_store

    url = ns.database_url or database_url_for(ServiceSettings(data_dir=ns.data_dir,
                                                              database_url=""), "audit")
    # checkpoints are checked against a trusted key (--checkpoint-key, or the data dir's);
    # without one, against the keys the store publishes itself
    keys = trusted_keys(key_files=getattr(ns, "checkpoint_key", []), data_dir=ns.data_dir)
    result = verify_store(url, getattr(ns, "database_schema", ""), public_keys=keys or None)
    out = {"valid": result.valid, "records": result.records, "first_bad_seq": result.first_bad_seq,
           "problem": result.problem, "head_hash": result.head_hash,
           "checkpoints": result.checkpoints, "checkpoint_size": result.checkpoint_size,
           "trusted_key": bool(keys)}
    if ns.json:
        print(json.dumps(out))
    elif result.valid:
        print(f"audit chain intact: {result.records} records, head {result.head_hash[:16]}…, "
              f"{result.checkpoints} signed checkpoints (last at {result.checkpoint_size})")
    elif result.problem == "truncated":
        print(f"audit log TRUNCATED: {result.records} records, but a signed checkpoint covers "
              f"{result.checkpoint_size}; first missing record {result.first_bad_seq}",
              file=sys.stderr)
    elif result.problem == "checkpoint_mismatch":
        print(f"audit log REWRITTEN: records from {result.first_bad_seq} on do not match a "
              "signed checkpoint", file=sys.stderr)
    elif result.problem == "bad_signature":
        print("audit checkpoints FORGED: a checkpoint signature does not verify",
              file=sys.stderr)
    else:
        print(f"audit chain BROKEN at record {result.first_bad_seq}: {result.problem}",
              file=sys.stderr)
    return 0 if result.valid else 1


async def audit_query(ns: argparse.Namespace) -> int:
    async with secure_channel(_endpoints(ns).grpc["audit"], _token(ns)) as ch:
        resp = await audit_pb2_grpc.AuditServiceStub(ch).Query(audit_pb2.QueryRequest(
            subject=ns.subject, action=ns.action, resource=ns.resource, trace_id=ns.trace_id,
            limit=ns.limit), timeout=10)
    for rec in resp.records:
        print(json.dumps(MessageToDict(rec, preserving_proto_field_name=True)))
    return 0
