"""``medenclave models approve|rollback|retire|show``: model governance on a running stack.

A new model version is a candidate; ``approve`` (a holder of ``model.approve`` who did not
start its job) makes it the served version, ``rollback`` serves an earlier approved one at
once, ``retire`` takes one out of use for good, ``show`` prints the model card.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from medenclave_cli.registry import CommandRegistry, data_dir_arg, stack_endpoint, stack_token, token_arg

__all__ = ["card_dict", "parse_ref", "register"]


def parse_ref(text: str, *, version_required: bool) -> tuple[str, int]:
    """``NAME[:VERSION]`` → (name, version; 0 when absent).

    Raises:
        SystemExit: the reference is malformed, or the version is missing where required.
    """
    name, _, version = text.partition(":")
    if not name or (version and not version.isdigit()) or (version_required and not version):
        form = "NAME:VERSION" if version_required else "NAME[:VERSION]"
        raise SystemExit(f"expected {form} (e.g. chest-ct:2), got {text!r}")
    return name, int(version or 0)


def card_dict(card: Any) -> dict:
    """The model card as JSON: metrics parsed, timestamps as RFC 3339, every field present."""
    from google.protobuf.json_format import MessageToDict

    out = MessageToDict(card, preserving_proto_field_name=True,
                        always_print_fields_with_no_presence=True)
    out["metrics"] = json.loads(out.pop("metrics_json") or "{}")
    out["version"] = int(out["version"])
    return out


async def _call(ns: argparse.Namespace, what: str, method: str, request: Any) -> int:
    import grpc

    from medenclave.rpc import secure_channel
    from medenclave.v1 import training_pb2_grpc

    try:
        async with secure_channel(stack_endpoint(ns, "training"), stack_token(ns)) as ch:
            stub = training_pb2_grpc.TrainingServiceStub(ch)
            card = await getattr(stub, method)(request, timeout=30)
    except grpc.aio.AioRpcError as exc:
        print(f"models {what}: {exc.code().name}: {exc.details()}", file=sys.stderr)
        return 2
    row = card_dict(card)
    if ns.json:
        print(json.dumps(row, indent=2))
    elif what == "show":
        _print_card(row)
    else:
        served = "served" if row["served"] else "not served"
        print(f"{row['model_name']}:{row['version']}  {row['stage']}, {served}")
    return 0


def _print_card(row: dict) -> None:
    metrics = row["metrics"]
    lines = [
        ("model", f"{row['model_name']}:{row['version']}"),
        ("stage", row["stage"] + (" (served)" if row["served"] else "")),
        ("dataset", " ".join(filter(None, (row["dataset"], row["dataset_version"],
                                           row["manifest_sha256"]))) or "(a labels table)"),
        ("metrics", f"on {metrics.get('split', '?')}: " + ", ".join(
            f"{k}={metrics[k]:.3f}" for k in ("auc", "sensitivity", "specificity", "ece")
            if isinstance(metrics.get(k), float)) if metrics else "(none)"),
        ("confusion matrix", json.dumps(metrics.get("confusion_matrix", []))),
        ("training config", row["config_sha256"]),
        ("code version", row["code_version"]),
        ("trained by", f"{row['trained_by']} (job {row['job_id']})"),
        ("approved by", f"{row['approved_by']} at {row.get('approved_at', '')}"
         if row["approved_by"] else "-"),
        ("privacy", row["privacy"]),
    ]
    for key, value in lines:
        print(f"{key + ':':<18} {value}")


async def models_approve(ns: argparse.Namespace) -> int:
    from medenclave.v1 import training_pb2

    name, version = parse_ref(ns.ref, version_required=True)
    return await _call(ns, "approve", "ApproveModel", training_pb2.ApproveModelRequest(
        model_name=name, version=version, reason=ns.reason))


async def models_rollback(ns: argparse.Namespace) -> int:
    from medenclave.v1 import training_pb2

    name, _ = parse_ref(ns.name, version_required=False)
    return await _call(ns, "rollback", "RollbackModel", training_pb2.RollbackModelRequest(
        model_name=name, to_version=ns.to, reason=ns.reason))


async def models_retire(ns: argparse.Namespace) -> int:
    from medenclave.v1 import training_pb2

    name, version = parse_ref(ns.ref, version_required=True)
    return await _call(ns, "retire", "RetireModel", training_pb2.RetireModelRequest(
        model_name=name, version=version, reason=ns.reason))


async def models_show(ns: argparse.Namespace) -> int:
    from medenclave.v1 import training_pb2

    name, version = parse_ref(ns.ref, version_required=False)
    return await _call(ns, "show", "GetModelCard", training_pb2.GetModelCardRequest(
        model_name=name, version=version))


def register(registry: CommandRegistry) -> None:
    """Add ``models approve|rollback|retire|show``."""
    group = registry.group("models", "model versions: list, cards, approval, rollback")
    specs = (
        ("approve", "serve a candidate version (model.approve; not its trainer)", models_approve),
        ("rollback", "serve an earlier approved version at once", models_rollback),
        ("retire", "take a version out of use for good", models_retire),
        ("show", "the model card (NAME alone: the served version, else the newest)",
         models_show),
    )
    for action, help_, func in specs:
        p = group.add_parser(action, help=help_, description=help_)
        if action == "rollback":
            p.add_argument("name", metavar="NAME")
            p.add_argument("--to", type=int, required=True, metavar="VERSION",
                           help="an approved version")
        else:
            p.add_argument("ref", metavar="NAME:VERSION" if action != "show"
                           else "NAME[:VERSION]")
        if action == "approve":
            p.add_argument("--reason", required=True, help="why it may be used (kept on the card)")
        elif action in ("rollback", "retire"):
            p.add_argument("--reason", default="", help="why (optional)")
        data_dir_arg(p)
        token_arg(p)
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=func)
