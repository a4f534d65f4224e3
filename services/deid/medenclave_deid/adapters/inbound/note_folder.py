"""Files at the edges of notes and tables: a folder of ``*.txt`` notes, CSV and Parquet tables.

Used by ``medenclave deid text`` and ``medenclave deid table``. The note surrogate key is derived
from the state dir's UID key (``keys/uid.key``) exactly as the service derives it, so the CLI and
the service give the same surrogates for the same state.

With ``demographics`` (the patient's known names, identifiers and addresses per note, e.g. from
``--demographics FILE.csv``) those values are removed wherever they occur, and the leak guard
checks every output once more: a note in which one of them survives in any form is not written
but quarantined in ``STATE/quarantine/notes/`` (mode 0600) with reason ``leak_guard``.

Source file names may carry patient names, so the report (``DST/deid-text-report.json``) and
everything printed name notes by opaque **source ids** only (a keyed digest of the relative path
under the state dir's pseudonym key, as ``medenclave deid dicom`` does); the source id → path
list of the last run is kept in the state dir (``last-text-sources.json``, mode 0600).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from medenclave.files import write_private
from medenclave.security.crypto import load_or_create_secret
from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier
from medenclave_deid.core.text import PatientDemographics
from medenclave_deid.core.text.deidentifier import note_key
from medenclave_deid.core.text.leak_check import NOTE_LEAK

__all__ = ["NOTE_REPORT_NAME", "NOTE_SOURCES_NAME", "NoteBatchReport", "deidentify_note_folder",
           "parquet_available", "read_demographics", "read_table", "source_id",
           "write_table"]

NOTE_REPORT_NAME = "deid-text-report.json"
#: the state dir's source id → relative path list of the last ``deid text`` run
NOTE_SOURCES_NAME = "last-text-sources.json"
MAX_NOTE_BYTES = 16 * 1024 * 1024


def source_id(secret: bytes, rel: str) -> str:
    """The opaque id of the source ``rel`` (16 hex digits, keyed: not guessable from a name)."""
    return hashlib.blake2s(rel.encode("utf-8", "replace"), digest_size=8,
                           key=secret[:32]).hexdigest()


@dataclass
class NoteBatchReport:
    """What a run did: notes written (with counts per category) and notes refused (reason codes)."""

    processed: list[dict] = field(default_factory=list)
    failed: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"processed": self.processed, "failed": self.failed}


def read_demographics(path: Path) -> dict[str, PatientDemographics]:
    """The patients' known values per note from a CSV with a header row: ``file`` (the note's
    path relative to SRC) and any of ``names``, ``identifiers``, ``addresses``, ``places``
    (several values separated by ``|``; names may be DICOM person names ``Wang^XiaoDong=王^小东``).

    Raises:
        ValueError: ``not_utf8`` or ``no_file_column``.
    """
    try:
        rows = list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    except UnicodeDecodeError:
        raise ValueError("not_utf8") from None
    if rows and "file" not in rows[0]:
        raise ValueError("no_file_column")

    def values(row: dict, column: str) -> tuple[str, ...]:
        return tuple(v.strip() for v in (row.get(column) or "").split("|") if v.strip())

    return {row["file"].strip(): PatientDemographics(
        names=values(row, "names"), identifiers=values(row, "identifiers"),
        addresses=values(row, "addresses"), places=values(row, "places")) for row in rows}


def deidentify_note_folder(src: Path, dst: Path, *, state_dir: Path, lang: str = "auto",
                           date_offset_days: int | None = None,
                           demographics: dict[str, PatientDemographics] | None = None
                           ) -> NoteBatchReport:
    """De-identify each ``*.txt`` under ``src`` (UTF-8) into the same relative name under ``dst``.

    A file that is not UTF-8 (or too large, or unreadable) is listed in the report with a reason
    code and not written; the run goes on. The report is written to ``dst/deid-text-report.json``
    and names notes by source id only; the id → path list goes to
    ``state_dir/last-text-sources.json``.

    Args:
        src: a folder of notes or one note.
        dst: the output folder (created).
        state_dir: keys (created on first use).
        lang: ``auto``, ``en`` or ``zh``.
        date_offset_days: shift dates by this; the key's default offset when None.
        demographics: the patients' known values by the note's path relative to ``src``.

    Raises:
        medenclave_deid.core.text.NoteError: ``unknown_language``.
    """
    notes = make_note_deidentifier(note_key(load_or_create_secret(state_dir / "keys", "uid")))
    id_key = load_or_create_secret(state_dir / "keys", "pseudonym")
    sources: dict[str, str] = {}
    files = [src] if src.is_file() else sorted(p for p in src.rglob("*.txt") if p.is_file())
    report = NoteBatchReport()
    dst.mkdir(parents=True, exist_ok=True)
    for path in files:
        rel = path.name if src.is_file() else str(path.relative_to(src))
        sid = source_id(id_key, rel)
        sources[sid] = rel
        try:
            if path.stat().st_size > MAX_NOTE_BYTES:
                raise ValueError("too_large")
            text = path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError:
            report.failed.append({"source_id": sid, "reason": "not_utf8"})
            continue
        except ValueError as exc:
            report.failed.append({"source_id": sid, "reason": str(exc)})
            continue
        except OSError:
            report.failed.append({"source_id": sid, "reason": "unreadable"})
            continue
        note = notes.deidentify(text, lang=lang, date_offset_days=date_offset_days,
                                demographics=(demographics or {}).get(rel))
        if note.leaks:  # fail closed: the original goes to the quarantine, nothing is written
            _quarantine(state_dir, sid, text)
            report.failed.append({"source_id": sid, "reason": NOTE_LEAK, "categories": list(note.leaks)})
            continue
        out = dst / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(note.text, encoding="utf-8")
        report.processed.append({"source_id": sid, "lang": note.lang, "counts": note.counts})
    (dst / NOTE_REPORT_NAME).write_text(json.dumps(report.as_dict(), indent=1, ensure_ascii=False))
    write_private(state_dir / NOTE_SOURCES_NAME, json.dumps(sources, indent=1, ensure_ascii=False))
    return report


def _quarantine(state_dir: Path, sid: str, text: str) -> None:
    folder = state_dir / "quarantine" / "notes"
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o700)
    write_private(folder / f"{sid}.txt", text.encode("utf-8"))


def parquet_available() -> bool:
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        return False
    return True


def read_table(path: Path) -> tuple[list[str], list[list[str]]]:
    """Header and string rows of a CSV (UTF-8) or Parquet (``.parquet``) file.

    Raises:
        ValueError: ``not_utf8``, ``empty_table`` or ``parquet_unavailable``.
    """
    if path.suffix.lower() in (".parquet", ".pq"):
        if not parquet_available():
            raise ValueError("parquet_unavailable")
        import pyarrow.parquet as pq
        table = pq.read_table(path)
        columns = [[("" if v is None else str(v)) for v in col.to_pylist()] for col in table.columns]
        return list(table.column_names), [list(r) for r in zip(*columns, strict=True)]
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError("not_utf8") from None
    rows = [r for r in csv.reader(io.StringIO(text)) if r and any(c.strip() for c in r)]
    if not rows:
        raise ValueError("empty_table")
    return rows[0], rows[1:]


def write_table(path: Path, header: list[str], rows: list[list[str]]) -> None:
    """Write a CSV or (``.parquet``) Parquet file of string columns."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() in (".parquet", ".pq"):
        if not parquet_available():
            raise ValueError("parquet_unavailable")
        import pyarrow as pa
        import pyarrow.parquet as pq
        # a ragged row or a row longer than the header is an error, never silently cut short
        columns = list(zip(*rows, strict=True)) if rows else [()] * len(header)
        pq.write_table(pa.table({h: pa.array(list(c), pa.string())
                                 for h, c in zip(header, columns, strict=True)}),
                       path)
        return
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
