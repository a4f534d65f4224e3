"""``medenclave quarantine list|release|reject``: the privacy officer's quarantine review.

Calls DeidService's ListQuarantine, ReleaseQuarantine and RejectQuarantine (permission
``quarantine.review``); the written ``--reason`` is kept with the decision and in the audit log.
"""

from __future__ import annotations

import argparse
import json
import sys

from medenclave_cli.registry import CommandRegistry, data_dir_arg, stack_endpoint, stack_token, token_arg

__all__ = ["register"]


def register(registry: CommandRegistry) -> None:
    """Add ``quarantine list``, ``release`` and ``reject``."""
    group = registry.group("quarantine", "quarantined studies (privacy officer)")
    qlist = group.add_parser("list", help="quarantined study completions with reason codes")
    qlist.add_argument("--all", action="store_true", help="also released and rejected ones")
    qlist.add_argument("--json", action="store_true")
    data_dir_arg(qlist)
    token_arg(qlist)
    qlist.set_defaults(func=quarantine_list)
    for action, text in (("release", "de-identify again with the burned-in text check "
                                     "overridden (the leak guard still applies) and publish"),
                         ("reject", "keep it out for good: nothing is published")):
        p = group.add_parser(action, help=text, description=text)
        p.add_argument("study_ref")
        p.add_argument("--completion", type=int, default=1, help="completion number (default 1)")
        p.add_argument("--reason", required=True, help="the written reason (audited)")
        p.add_argument("--json", action="store_true")
        data_dir_arg(p)
        token_arg(p)
        p.set_defaults(func=quarantine_decide, decision=action)


async def quarantine_list(ns: argparse.Namespace) -> int:
    import grpc
    from google.protobuf.json_format import MessageToDict

    from medenclave.rpc import secure_channel
    from medenclave.v1 import deid_pb2, deid_pb2_grpc

    endpoint, token = stack_endpoint(ns, "deid"), stack_token(ns)
    try:
        async with secure_channel(endpoint, token) as channel:
            resp = await deid_pb2_grpc.DeidServiceStub(channel).ListQuarantine(
                deid_pb2.ListQuarantineRequest(include_decided=ns.all), timeout=10)
    except grpc.aio.AioRpcError as exc:
        print(f"quarantine list: {exc.code().name}: {exc.details()}", file=sys.stderr)
        return 2
    rows = [MessageToDict(s, preserving_proto_field_name=True,
                          always_print_fields_with_no_presence=True) for s in resp.studies]
    if ns.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        print(f"{'STUDY':<28} {'COMPL':>5}  {'STATE':<9} {'MODALITY':<8} REASON")
        for s in resp.studies:
            print(f"{s.study_ref:<28} {s.completion:>5}  {s.review_state:<9} {s.modality:<8} "
                  f"{s.reason_code}")
    return 0


async def quarantine_decide(ns: argparse.Namespace) -> int:
    import grpc
    from google.protobuf.json_format import MessageToDict

    from medenclave.rpc import secure_channel
    from medenclave.v1 import deid_pb2, deid_pb2_grpc

    endpoint, token = stack_endpoint(ns, "deid"), stack_token(ns)
    request = deid_pb2.ReviewQuarantineRequest(study_ref=ns.study_ref, completion=ns.completion,
                                               reason=ns.reason)
    try:
        async with secure_channel(endpoint, token) as channel:
            stub = deid_pb2_grpc.DeidServiceStub(channel)
            call = stub.ReleaseQuarantine if ns.decision == "release" else stub.RejectQuarantine
            resp = await call(request, timeout=120)
    except grpc.aio.AioRpcError as exc:
        print(f"quarantine {ns.decision}: {exc.code().name}: {exc.details()}", file=sys.stderr)
        return 2
    if ns.json:
        print(json.dumps(MessageToDict(resp, preserving_proto_field_name=True), indent=2))
    else:
        extra = f"  pseudo_study_id {resp.pseudo_study_id}" if resp.pseudo_study_id else ""
        print(f"{resp.study_ref} completion {resp.completion}: {resp.review_state}{extra}")
    return 0
