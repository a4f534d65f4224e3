"""``medenclave studies list`` and ``medenclave models list``: what the running stack holds."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from medenclave_cli.registry import CommandRegistry, data_dir_arg, stack_endpoint, stack_token, token_arg

__all__ = ["collect_studies", "models_list", "register", "studies_list"]

if TYPE_CHECKING:  # gRPC and the messages load when a command runs, not when the CLI starts
    from medenclave.rpc import StaticToken

#: common.v1 StudyState names → what the table prints
STATE_NAMES = {"STUDY_STATE_RECEIVING": "receiving", "STUDY_STATE_RECEIVED": "received",
               "STUDY_STATE_DEIDENTIFIED": "de-identified",
               "STUDY_STATE_QUARANTINED": "quarantined"}


def _state_name(state: int) -> str:
    from medenclave.v1 import common_pb2

    try:
        return STATE_NAMES[common_pb2.StudyState.Name(state)]
    except (KeyError, ValueError):  # unspecified, or a state this CLI does not know yet
        return "unknown"


async def collect_studies(grpc_eps: dict[str, str], tokens: StaticToken) -> list[dict]:
    """Merge ingest's view (received, counts) with deid's (de-identified, quarantined)."""
    from medenclave.rpc import secure_channel
    from medenclave.v1 import deid_pb2, deid_pb2_grpc, ingest_pb2, ingest_pb2_grpc

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
        rows.append({"study_ref": s.study_ref, "state": _state_name(state),
                     "instances": s.instance_count, "modality": s.modality,
                     "pseudo_study_id": d.pseudo_study_id if d is not None else "",
                     "quarantine_reason": d.quarantine_reason if d is not None else ""})
    return rows


async def studies_list(ns: argparse.Namespace) -> int:
    rows = await collect_studies({svc: stack_endpoint(ns, svc) for svc in ("ingest", "deid")},
                                 stack_token(ns))
    if ns.json:
        print(json.dumps(rows, indent=2))
    else:
        print(f"{'STUDY':<28} {'STATE':<14} {'INSTANCES':>9}  PSEUDONYMOUS STUDY ID")
        for r in rows:
            print(f"{r['study_ref']:<28} {r['state']:<14} {r['instances']:>9}  {r['pseudo_study_id']}")
    return 0


async def models_list(ns: argparse.Namespace) -> int:
    from google.protobuf.json_format import MessageToDict

    from medenclave.rpc import secure_channel
    from medenclave.v1 import training_pb2, training_pb2_grpc

    async with secure_channel(stack_endpoint(ns, "training"), stack_token(ns)) as ch:
        resp = await training_pb2_grpc.TrainingServiceStub(ch).ListModels(
            training_pb2.ListModelsRequest(), timeout=10)
    rows = [MessageToDict(m, preserving_proto_field_name=True) for m in resp.models]
    if ns.json:
        print(json.dumps(rows, indent=2))
    else:
        for r in rows:
            stage = r.get("stage", "") + (" (served)" if r.get("served") else "")
            print(f"{r.get('model_name')}:{r.get('version')}  val_accuracy={r.get('val_accuracy', 0):.3f}"
                  f"  {stage}".rstrip())
    return 0


def register(registry: CommandRegistry) -> None:
    """Add ``studies list`` and ``models list``."""
    for group, help_, func in (("studies", "studies with their state and instance counts",
                                studies_list),
                               ("models", "registered model versions", models_list)):
        p = registry.group(group, group).add_parser("list", help=help_)
        data_dir_arg(p)
        token_arg(p)
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=func)
