"""Export files: JSON Lines or CSV holding the key, the checkpoints and the records with proofs.

Both formats carry a ``kind`` per line/row: ``key`` (key_id, public_key_pem), ``checkpoint``
(tree_size, root_hash, chain_hash, time_ns, key_id, signature, consistency_proof) and ``record``
(seq, the record's fields, prev_hash, hash, leaf_hash, tree_size, inclusion_proof). In CSV,
proofs are hex hashes joined with ``;`` and unused columns are empty. :func:`read_export`
reads either back for :func:`medenclave_audit.core.export.check_export`.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from medenclave_audit.adapters.outbound.key_files import public_key_from_pem, public_key_pem
from medenclave_audit.core.chain import AuditEntry, ChainedRecord
from medenclave_audit.core.checkpoint import Checkpoint
from medenclave_audit.core.export import ExportedCheckpoint, ExportedRecord

__all__ = ["FORMATS", "read_export", "write_export"]

FORMATS = ("jsonl", "csv")
_ENTRY = ("record_id", "service", "subject", "role", "action", "resource", "outcome", "reason",
          "trace_id")
_CSV_COLUMNS = ("kind", "seq", "time_ns", *_ENTRY, "prev_hash", "hash", "leaf_hash",
                "tree_size", "inclusion_proof", "root_hash", "chain_hash", "key_id",
                "signature", "consistency_proof", "public_key_pem")


def _rows(cps: Iterable[ExportedCheckpoint], recs: Iterable[ExportedRecord],
          keys: dict[str, bytes]) -> Iterable[dict[str, object]]:
    for kid, raw in sorted(keys.items()):
        yield {"kind": "key", "key_id": kid, "public_key_pem": public_key_pem(raw)}
    for exported in cps:
        cp = exported.checkpoint
        yield {"kind": "checkpoint", "tree_size": cp.tree_size, "root_hash": cp.root_hash,
               "chain_hash": cp.chain_hash, "time_ns": cp.time_ns, "key_id": cp.key_id,
               "signature": cp.signature, "consistency_proof": list(exported.consistency_proof)}
    for item in recs:
        r = item.record
        yield {"kind": "record", "seq": r.seq, "time_ns": r.entry.time_ns,
               **{f: getattr(r.entry, f) for f in _ENTRY}, "time": r.to_dict()["time"],
               "prev_hash": r.prev_hash, "hash": r.hash, "leaf_hash": item.leaf_hash,
               "tree_size": item.tree_size, "inclusion_proof": list(item.inclusion_proof)}


def write_export(out: TextIO, fmt: str, *, checkpoints: Iterable[ExportedCheckpoint],
                 records: Iterable[ExportedRecord], keys: dict[str, bytes]) -> int:
    """Write an export; returns the number of records written.

    Raises:
        ValueError: unknown format.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    n = 0
    writer = csv.DictWriter(out, fieldnames=_CSV_COLUMNS, extrasaction="ignore") \
        if fmt == "csv" else None
    if writer is not None:
        writer.writeheader()
    for row in _rows(checkpoints, records, keys):
        n += row["kind"] == "record"
        if writer is None:
            out.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
        else:
            writer.writerow({k: ";".join(v) if isinstance(v, list) else v for k, v in row.items()})
    return n


def _proof(value: object) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(value)
    return tuple(p for p in str(value or "").split(";") if p)


def read_export(path: Path) -> tuple[list[ExportedCheckpoint], list[ExportedRecord],
                                     dict[str, bytes]]:
    """Read a JSON Lines or CSV export (told apart by the first character).

    Raises:
        OSError: unreadable; ValueError: malformed.
    """
    text = Path(path).read_text(encoding="utf-8")
    if text.startswith("{"):
        rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    else:
        rows = list(csv.DictReader(text.splitlines()))
    cps, recs, keys = [], [], {}
    for row in rows:
        kind = row.get("kind")
        if kind == "key":
            keys[row["key_id"]] = public_key_from_pem(row["public_key_pem"])
        elif kind == "checkpoint":
            cps.append(ExportedCheckpoint(Checkpoint(
                tree_size=int(row["tree_size"]), root_hash=row["root_hash"],
                chain_hash=row["chain_hash"], time_ns=int(row["time_ns"]), key_id=row["key_id"],
                signature=row["signature"]), _proof(row.get("consistency_proof"))))
        elif kind == "record":
            entry = AuditEntry(time_ns=int(row["time_ns"]), **{f: row[f] or "" for f in _ENTRY})
            recs.append(ExportedRecord(
                ChainedRecord(seq=int(row["seq"]), entry=entry, prev_hash=row["prev_hash"],
                              hash=row["hash"]),
                row["leaf_hash"], int(row["tree_size"] or 0), _proof(row.get("inclusion_proof"))))
        else:
            raise ValueError("unknown row kind in export")
    return cps, recs, keys
