"""``medenclave audit verify|query|export|check-export``: the auditor's tools.

Two ways in, chosen by whether a token is given:

* **with a token** (``--token`` or ``MEDENCLAVE_TOKEN``): through the running audit service
  (``audit.read``; the query or export is itself audited; Export signs a fresh checkpoint first,
  so every exported record carries an inclusion proof);
* **without a token**: straight from the store of ``--data-dir`` (or ``--database-url`` /
  ``--database-schema``), for a host administrator or an auditor with a copy of the database.
  Read-only; records appended after the last stored checkpoint come without a proof.

``audit check-export FILE`` re-checks an export on its own: the checkpoint signatures (against
``--checkpoint-key`` or the data dir's key; the key inside the file only as a last resort), the
consistency proofs between checkpoints and every record's RFC 9162 inclusion proof.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from medenclave_cli.registry import CommandRegistry, data_dir_arg, stack_endpoint, token_arg

__all__ = ["register"]


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("use ISO 8601, e.g. 2026-11-25T08:00:00Z") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _filter_args(p: argparse.ArgumentParser) -> None:
    for flag in ("subject", "action", "resource", "trace-id"):
        p.add_argument(f"--{flag}", default="")
    p.add_argument("--since", type=_moment, default=None, help="from this time (ISO 8601, UTC)")
    p.add_argument("--until", type=_moment, default=None, help="before this time (ISO 8601)")


def _store_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--database-url", default="",
                   help="read this store (postgresql://…) instead of the data dir's")
    p.add_argument("--database-schema", default="", help="PostgreSQL schema of the audit store")


def register(registry: CommandRegistry) -> None:
    """Add ``audit verify``, ``query``, ``export`` and ``check-export``."""
    group = registry.group("audit", "the audit log")
    verify = group.add_parser("verify", help="check the hash chain; exit 1 naming the first bad record",
                              description="Verifies the audit store of the data dir (or "
                                          "--database-url) directly, without trusting the service.")
    data_dir_arg(verify)
    _store_args(verify)
    verify.add_argument("--checkpoint-key", type=Path, action="append", default=[],
                        help="trusted checkpoint public key (PEM); default: the data dir's "
                             "audit/keys/checkpoint-signing.pub")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(func=audit_verify)

    query = group.add_parser(
        "query", help="search audit records (the service with a token, else the store)",
        description="Search audit records (exact --subject/--action/--resource/--trace-id, "
                    "--since <= time < --until). With a token: through the audit service. "
                    "Without: straight from the data dir's store (or --database-url).")
    data_dir_arg(query)
    token_arg(query)
    query.add_argument("--limit", type=int, default=100)
    _filter_args(query)
    _store_args(query)
    query.add_argument("--json", action="store_true", help="(records are always JSON lines)")
    query.set_defaults(func=audit_query)

    export = group.add_parser(
        "export", help="records with signed checkpoints and inclusion proofs (JSONL or CSV)",
        description="Write matching records, the signed checkpoints (with consistency proofs) "
                    "and the checkpoint key. With a token: through the audit service (audited; a "
                    "fresh checkpoint is signed first). Without: from the store directly.")
    data_dir_arg(export)
    token_arg(export)
    _filter_args(export)
    _store_args(export)
    export.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    export.add_argument("--out", type=Path, required=True, help="file to write ('-': stdout)")
    export.set_defaults(func=audit_export)

    check = group.add_parser("check-export", help="verify an export file's signatures and proofs",
                             description="Check an export without the store: checkpoint "
                                         "signatures, consistency proofs, inclusion proofs.")
    check.add_argument("file", type=Path)
    data_dir_arg(check)
    check.add_argument("--checkpoint-key", type=Path, action="append", default=[],
                       help="trusted checkpoint public key (PEM)")
    check.add_argument("--json", action="store_true")
    check.set_defaults(func=audit_check_export)


def _store_url(ns: argparse.Namespace) -> tuple[str, str]:
    from medenclave.config import ServiceSettings, database_url_for

    url = ns.database_url or database_url_for(
        ServiceSettings(data_dir=ns.data_dir, database_url=""), "audit")
    return url, ns.database_schema


def _filters(ns: argparse.Namespace, limit: int = 0):
    from medenclave_audit.offline import QueryFilters, to_ns

    return QueryFilters(subject=ns.subject, action=ns.action, resource=ns.resource,
                        trace_id=ns.trace_id, limit=limit,
                        since_ns=to_ns(ns.since) if ns.since else None,
                        until_ns=to_ns(ns.until) if ns.until else None)


def _timestamps(ns: argparse.Namespace) -> dict:
    from google.protobuf.timestamp_pb2 import Timestamp

    out = {}
    for name in ("since", "until"):
        moment = getattr(ns, name)
        if moment is not None:
            ts = Timestamp()
            ts.FromDatetime(moment.astimezone(UTC).replace(tzinfo=None))
            out[name] = ts
    return out


def _offline_errors():
    from medenclave_audit.offline import AuditStoreMissing, InvalidQuery, StoreUnavailable

    return (AuditStoreMissing, InvalidQuery, StoreUnavailable)


async def audit_query(ns: argparse.Namespace) -> int:
    if ns.token:
        from google.protobuf.json_format import MessageToDict

        from medenclave.rpc import StaticToken, secure_channel
        from medenclave.v1 import audit_pb2, audit_pb2_grpc

        async with secure_channel(stack_endpoint(ns, "audit"), StaticToken(ns.token)) as ch:
            resp = await audit_pb2_grpc.AuditServiceStub(ch).Query(audit_pb2.QueryRequest(
                subject=ns.subject, action=ns.action, resource=ns.resource,
                trace_id=ns.trace_id, limit=ns.limit, **_timestamps(ns)), timeout=30)
        for rec in resp.records:
            print(json.dumps(MessageToDict(rec, preserving_proto_field_name=True)))
        return 0
    from medenclave_audit.offline import query_store

    url, schema = _store_url(ns)
    f = _filters(ns, ns.limit)
    try:
        found = query_store(url, schema, subject=f.subject, action=f.action, resource=f.resource,
                            trace_id=f.trace_id, since=ns.since, until=ns.until, limit=ns.limit)
    except _offline_errors() as exc:
        print(f"medenclave audit query: {exc}", file=sys.stderr)
        return 2
    for rec in found:
        print(json.dumps(rec.to_dict(), ensure_ascii=False))
    return 0


async def _export_via_service(ns: argparse.Namespace):
    from medenclave.rpc import StaticToken, secure_channel
    from medenclave.v1 import audit_pb2, audit_pb2_grpc
    from medenclave_audit.offline import export_from_items

    async with secure_channel(stack_endpoint(ns, "audit"), StaticToken(ns.token)) as ch:
        stream = audit_pb2_grpc.AuditServiceStub(ch).Export(audit_pb2.ExportRequest(
            subject=ns.subject, action=ns.action, resource=ns.resource, trace_id=ns.trace_id,
            **_timestamps(ns)), timeout=600)
        items = [item async for item in stream]
    return export_from_items(items)


async def audit_export(ns: argparse.Namespace) -> int:
    from medenclave_audit.offline import export_store, write_export

    if ns.token:
        cps, recs, keys = await _export_via_service(ns)
    else:
        url, schema = _store_url(ns)
        try:
            cps, recs, keys = export_store(url, schema, filters=_filters(ns))
        except _offline_errors() as exc:
            print(f"medenclave audit export: {exc}", file=sys.stderr)
            return 2
    if str(ns.out) == "-":
        n = write_export(sys.stdout, ns.format, checkpoints=cps, records=recs, keys=keys)
    else:
        with open(ns.out, "w", encoding="utf-8", newline="") as out:
            n = write_export(out, ns.format, checkpoints=cps, records=recs, keys=keys)
    unproven = sum(1 for r in recs if not r.tree_size)
    print(f"exported {n} records, {len(cps)} checkpoints"
          + (f" ({unproven} newer than the last checkpoint, without proof)" if unproven else ""),
          file=sys.stderr)
    return 0


async def audit_check_export(ns: argparse.Namespace) -> int:
    from medenclave_audit.offline import check_export_file

    try:
        result, trusted = check_export_file(ns.file, key_files=ns.checkpoint_key,
                                            data_dir=ns.data_dir)
    except (OSError, ValueError, KeyError) as exc:
        print(f"medenclave audit check-export: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    source = "trusted key" if trusted else "key inside the export (not independent)"
    out = {"valid": result.valid, "records": result.records, "proven": result.proven,
           "checkpoints": result.checkpoints, "problem": result.problem,
           "bad_seq": result.bad_seq, "key": source}
    if ns.json:
        print(json.dumps(out))
    elif result.valid:
        print(f"export verified: {result.proven}/{result.records} records proven against "
              f"{result.checkpoints} signed checkpoints ({source})")
    else:
        print(f"export BROKEN: {result.problem}" + (f" at record {result.bad_seq}"
                                                    if result.bad_seq else ""), file=sys.stderr)
    return 0 if result.valid else 1


async def audit_verify(ns: argparse.Namespace) -> int:
    from medenclave_audit.offline import trusted_keys, verify_store

    url, schema = _store_url(ns)
    # checkpoints are checked against a trusted key (--checkpoint-key, or the data dir's);
    # without one, against the keys the store publishes itself
    keys = trusted_keys(key_files=ns.checkpoint_key, data_dir=ns.data_dir)
    result = verify_store(url, schema, public_keys=keys or None)
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
