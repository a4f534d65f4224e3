"""De-identify a folder of DICOM files into another (the ``medenclave deid dicom`` command).

Same core as the service (:class:`StudyDeidentifier`, profile, leak guard); the state dir holds
the keys (``keys/uid.key``, ``keys/pseudonym.key``) and the pseudonym index (SQLite), created on
first use, so pseudonyms, date offsets and UIDs agree across batches and reruns. Each file is
its own session: read, clean, leak-guard, then written under ``DST/<study>/<instance>.dcm``;
a file that fails any step is listed in ``DST/deid-report.json`` with a reason code and not
written. ``workers > 1`` spreads files over processes.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import warnings
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from medenclave.security.crypto import load_or_create_secret
from medenclave.storage import make_engine
from medenclave_deid.adapters.profile_loader import load_profile
from medenclave_deid.adapters.store import SqlPseudonymIndex
from medenclave_deid.config import DEFAULT_ANNEX_E_TABLE
from medenclave_deid.core.deidentifier import InvalidInstance, StudyDeidentifier
from medenclave_deid.core.leak_guard import LeakGuard
from medenclave_deid.core.pseudonyms import PatientPseudonyms, PseudonymIndexUnavailable

__all__ = ["BatchReport", "REPORT_NAME", "deidentify_folder"]

REPORT_NAME = "deid-report.json"
#: files larger than this are refused (``too_large``)
MAX_FILE_BYTES = 2 * 1024 ** 3


@dataclass
class BatchReport:
    """What a run did: outputs by source id, quarantines with reason codes (no data values)."""

    profile: str
    options: list[str]
    processed: list[dict] = field(default_factory=list)
    quarantined: list[dict] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"profile": self.profile, "options": self.options,
                "processed_count": len(self.processed),
                "quarantined_count": len(self.quarantined),
                "processed": self.processed, "quarantined": self.quarantined}


_worker: dict = {}


def _init(state_dir: str, profile: str, options: tuple[str, ...], dst: str) -> None:
    # pydicom's per-file warnings would echo source values; decoding problems are caught
    # per file by the core (``wrong_encoding``) and reported by reason code instead
    warnings.filterwarnings("ignore", module="pydicom")
    logging.getLogger("pydicom").setLevel(logging.ERROR)
    state = Path(state_dir)
    keys = state / "keys"
    engine = make_engine(f"sqlite:///{state / 'pseudonyms.db'}")
    _worker["deidentifier"] = StudyDeidentifier(
        profile=load_profile(table_path=DEFAULT_ANNEX_E_TABLE, profile=profile, options=options),
        uid_secret=load_or_create_secret(keys, "uid"),
        pseudonyms=PatientPseudonyms(secret=load_or_create_secret(keys, "pseudonym"),
                                     index=SqlPseudonymIndex(engine)),
        guard=LeakGuard())
    _worker["dst"] = Path(dst)
    _worker["source_key"] = load_or_create_secret(keys, "pseudonym")


def _source_id(rel: str) -> str:
    return hashlib.blake2s(rel.encode("utf-8", "replace"), digest_size=8,
                           key=_worker["source_key"][:32]).hexdigest()


def _one(path: str, rel: str) -> dict:
    """De-identify one file; returns a report entry (never raises for bad input)."""
    entry: dict = {"source_id": _source_id(rel)}
    try:
        size = os.path.getsize(path)
        if size > MAX_FILE_BYTES:
            return {**entry, "reason": "too_large"}
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError:
        return {**entry, "reason": "unreadable"}
    if len(raw) < 132 or raw[128:132] != b"DICM":
        return {**entry, "reason": _no_meta_reason(raw)}
    session = _worker["deidentifier"].session()
    try:
        instance = session.add(raw)
    except InvalidInstance as exc:
        return {**entry, "reason": exc.code}
    except PseudonymIndexUnavailable:
        return {**entry, "reason": "pseudonym_index_unavailable"}
    except Exception as exc:  # a reader bug must not stop the run; the class names no data
        return {**entry, "reason": f"unexpected:{type(exc).__name__}"}
    finding = session.verify()
    if finding is not None:
        return {**entry, "reason": finding.reason_code}
    out = _worker["dst"] / instance.object_key
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(instance.dicom)
        tmp.replace(out)  # a duplicate instance (same SOP Instance UID) lands on the same file
    except OSError:
        tmp.unlink(missing_ok=True)
        return {**entry, "reason": "output_unwritable"}
    return {**entry, "output": instance.object_key}


def _no_meta_reason(raw: bytes) -> str:
    """``missing_file_meta`` for a bare dataset that has SOP UIDs, else ``not_dicom``."""
    import io

    import pydicom

    try:
        ds = pydicom.dcmread(io.BytesIO(raw), force=True, specific_tags=["SOPClassUID"])
        return "missing_file_meta" if str(ds.get("SOPClassUID", "") or "").strip() \
            else "not_dicom"
    except Exception:
        return "not_dicom"


def _files(src: Path, dst: Path) -> list[tuple[str, str]]:
    if src.is_file():
        return [(str(src), src.name)]
    found = []
    for root, dirs, names in os.walk(src):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and Path(root, d).resolve() != dst.resolve())
        for name in sorted(names):
            if name.startswith(".") or name == REPORT_NAME:
                continue
            path = Path(root, name)
            found.append((str(path), str(path.relative_to(src))))
    return found


def deidentify_folder(src: Path, dst: Path, *, state_dir: Path, profile: str,
                      options: tuple[str, ...] = (), workers: int = 1) -> BatchReport:
    """De-identify every file under ``src`` into ``dst``; write ``dst/deid-report.json``.

    The source-path → source id list is kept in the state dir (``last-run-sources.json``), not
    next to the de-identified output, since file names may carry identifying words.

    Raises:
        ValueError: unknown profile or option (before any file is touched).
        OSError: ``dst`` or the state dir cannot be created.
    """
    from medenclave_deid.core.options import resolve_options

    selected = resolve_options(profile, options)  # fail fast on a bad name
    state_dir.mkdir(parents=True, exist_ok=True)
    dst.mkdir(parents=True, exist_ok=True)
    keys = state_dir / "keys"
    load_or_create_secret(keys, "uid")
    load_or_create_secret(keys, "pseudonym")
    SqlPseudonymIndex(make_engine(f"sqlite:///{state_dir / 'pseudonyms.db'}")).get(key="")
    files = _files(src, dst)
    init_args = (str(state_dir), profile, tuple(options), str(dst))
    if workers <= 1 or len(files) < 2:
        _init(*init_args)
        entries = [_one(p, r) for p, r in files]
    else:
        with ProcessPoolExecutor(max_workers=workers, initializer=_init,
                                 initargs=init_args) as pool:
            chunk = max(1, len(files) // (workers * 8))
            entries = list(pool.map(_one, [p for p, _ in files], [r for _, r in files],
                                    chunksize=chunk))
        _init(*init_args)
    report = BatchReport(profile=profile, options=sorted(o.slug for o in selected))
    sources = {}
    for (_, rel), entry in zip(files, entries):
        sources[entry["source_id"]] = rel
        (report.processed if "output" in entry else report.quarantined).append(entry)
    (dst / REPORT_NAME).write_text(json.dumps(report.as_json(), indent=2), encoding="utf-8")
    (state_dir / "last-run-sources.json").write_text(json.dumps(sources, indent=2),
                                                     encoding="utf-8")
    return report
