"""The hash chain: canonical records, chained hashes, and the verifier. No I/O here.

Every stored record carries ``hash_n = sha256(bytes.fromhex(hash_{n-1}) || canonical(record_n))``
with ``hash_0`` (the genesis "previous hash") = 64 hex zeros. ``canonical`` is the JSON object of
the record's fields with sorted keys, no whitespace, UTF-8, and ``time`` as integer nanoseconds
since the Unix epoch, so anyone can recompute the chain from the rows alone.

Limits of a bare chain: removing records from the tail, or rewriting records and recomputing
every later hash, leaves a valid chain; the signed Merkle checkpoints
(:mod:`medenclave_audit.core.checkpoint`) catch both.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime, timedelta
from enum import Enum

__all__ = [
    "GENESIS_HASH",
    "AuditEntry",
    "ChainHead",
    "ChainVerifier",
    "ChainedRecord",
    "InvalidEntry",
    "Problem",
    "VerifyResult",
    "canonical",
    "chain_hash",
    "dedupe",
    "link",
    "validate_entry",
]

GENESIS_HASH = "0" * 64

#: longest accepted text field (characters); records are ids and codes, never documents
MAX_FIELD_CHARS = 4096

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class InvalidEntry(ValueError):
    """The record can never be stored (no id, a NUL character, an oversized field)."""


class Problem(str, Enum):
    """Why verification stopped: the first kind of damage found."""

    HASH_MISMATCH = "hash_mismatch"   # the record's fields no longer match its hash (modified)
    SEQ_GAP = "seq_gap"               # a seq number is missing (deleted)
    PREV_MISMATCH = "prev_mismatch"   # the link to the previous record is broken (inserted, reordered)
    SEQ_ORDER = "seq_order"           # seq numbers go backwards or repeat (reordered, duplicated)
    TRUNCATED = "truncated"           # fewer records than the last signed checkpoint covers
    CHECKPOINT_MISMATCH = "checkpoint_mismatch"  # tree head/chain hash differ from a signed one
    BAD_SIGNATURE = "bad_signature"   # a checkpoint is not signed by a trusted key


@dataclass(frozen=True)
class AuditEntry:
    """One audit record as it is hashed and stored (the fields of ``AuditRecord``)."""

    record_id: str
    time_ns: int
    service: str = ""
    subject: str = ""
    role: str = ""
    action: str = ""
    resource: str = ""
    outcome: str = ""
    reason: str = ""
    trace_id: str = ""

    @property
    def time(self) -> datetime:
        """``time_ns`` as an aware UTC datetime (microsecond precision)."""
        return _EPOCH + timedelta(microseconds=self.time_ns // 1000)


_TEXT_FIELDS = tuple(f.name for f in fields(AuditEntry) if f.name != "time_ns")


@dataclass(frozen=True)
class ChainedRecord:
    """A record at its place in the chain."""

    seq: int
    entry: AuditEntry
    prev_hash: str
    hash: str

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready view (time as RFC 3339 with microseconds)."""
        out: dict[str, object] = {"seq": self.seq, **asdict(self.entry),
                                  "time": self.entry.time.isoformat().replace("+00:00", "Z"),
                                  "prev_hash": self.prev_hash, "hash": self.hash}
        return out


@dataclass(frozen=True)
class ChainHead:
    """The last record's seq and hash (0 and :data:`GENESIS_HASH` for an empty chain)."""

    seq: int = 0
    hash: str = GENESIS_HASH


@dataclass(frozen=True)
class VerifyResult:
    """The outcome of walking the chain.

    Attributes:
        valid: no damage found.
        records: how many records the store holds (all were read).
        first_bad_seq: 0 when valid; for ``seq_gap`` the first missing seq, otherwise the seq
            of the first record that fails.
        problem: "" when valid, else a :class:`Problem` value.
        head_hash: the stored hash of the last record read (:data:`GENESIS_HASH` if none).
        checkpoints: how many signed checkpoints were checked (0: chain only).
        checkpoint_size: the tree size of the last signed checkpoint (0 if none).
    """

    valid: bool
    records: int
    first_bad_seq: int
    problem: str
    head_hash: str
    checkpoints: int = 0
    checkpoint_size: int = 0


def validate_entry(entry: AuditEntry) -> None:
    """Check that ``entry`` can be stored on every backend.

    Raises:
        InvalidEntry: empty record_id, negative time, a NUL character or an oversized field.
    """
    if not entry.record_id:
        raise InvalidEntry("record_id is empty")
    if entry.time_ns < 0:
        raise InvalidEntry("time is before the epoch")
    for name in _TEXT_FIELDS:
        value = getattr(entry, name)
        if "\x00" in value:
            raise InvalidEntry(f"{name} contains a NUL character")
        if len(value) > MAX_FIELD_CHARS:
            raise InvalidEntry(f"{name} is longer than {MAX_FIELD_CHARS} characters")


def canonical(entry: AuditEntry) -> bytes:
    """The deterministic byte form of ``entry`` that is hashed."""
    doc: dict[str, object] = {name: getattr(entry, name) for name in _TEXT_FIELDS}
    doc["time"] = int(entry.time_ns)
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def chain_hash(prev_hash: str, entry: AuditEntry) -> str:
    """``sha256(bytes.fromhex(prev_hash) || canonical(entry))`` as 64 hex characters.

    Raises:
        ValueError: ``prev_hash`` is not hex.
    """
    return hashlib.sha256(bytes.fromhex(prev_hash) + canonical(entry)).hexdigest()


def link(entries: Iterable[AuditEntry], *, head: ChainHead) -> list[ChainedRecord]:
    """Chain ``entries`` after ``head``, in the order given."""
    out: list[ChainedRecord] = []
    seq, prev = head.seq, head.hash
    for entry in entries:
        seq += 1
        digest = chain_hash(prev, entry)
        out.append(ChainedRecord(seq=seq, entry=entry, prev_hash=prev, hash=digest))
        prev = digest
    return out


def dedupe(entries: Sequence[AuditEntry], *, known: set[str]) -> list[AuditEntry]:
    """``entries`` without those whose record_id is in ``known`` or repeats earlier in the batch."""
    seen = set(known)
    out = []
    for entry in entries:
        if entry.record_id not in seen:
            seen.add(entry.record_id)
            out.append(entry)
    return out


class ChainVerifier:
    """Walks records in the order the store yields them (ascending seq) and finds the first damage.

    Checks per record, in this order: seq continues the previous one (``seq_order`` if it goes
    backwards or repeats, ``seq_gap`` if numbers are missing); its ``prev_hash`` equals the
    previous record's hash (``prev_mismatch``); its hash recomputes (``hash_mismatch``).
    """

    def verify(self, records: Iterable[ChainedRecord]) -> VerifyResult:
        expected_seq, prev_hash = 1, GENESIS_HASH
        count, head = 0, GENESIS_HASH
        bad_seq, problem = 0, ""
        for rec in records:
            count += 1
            head = rec.hash
            if problem:
                continue  # keep counting; the first damage is what we report
            if rec.seq < expected_seq:
                bad_seq, problem = rec.seq, Problem.SEQ_ORDER.value
            elif rec.seq > expected_seq:
                bad_seq, problem = expected_seq, Problem.SEQ_GAP.value
            elif rec.prev_hash != prev_hash:
                bad_seq, problem = rec.seq, Problem.PREV_MISMATCH.value
            elif not _hash_matches(rec):
                bad_seq, problem = rec.seq, Problem.HASH_MISMATCH.value
            expected_seq, prev_hash = rec.seq + 1, rec.hash
        return VerifyResult(valid=not problem, records=count, first_bad_seq=bad_seq,
                            problem=problem, head_hash=head)


def _hash_matches(rec: ChainedRecord) -> bool:
    try:
        return chain_hash(rec.prev_hash, rec.entry) == rec.hash
    except ValueError:  # a prev_hash that is not hex was tampered with too
        return False
