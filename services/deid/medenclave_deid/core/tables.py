"""Table de-identification: label and metadata CSVs that can travel with the images.

The study UID column becomes ``pseudo_study_id`` through :func:`medenclave_deid.core.uids.remap_uid`
(the same function the images get), direct-identifier columns are dropped, other UID columns are
remapped in place, and the other columns are kept.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from medenclave_deid.core.uids import remap_uid

__all__ = ["DIRECT_IDENTIFIER_MARKERS", "DeidentifiedTable", "TableError", "deidentify_table"]

#: A column whose normalised name (lower case, letters and digits) contains one of these goes.
DIRECT_IDENTIFIER_MARKERS = (
    "patientname", "patientid", "mrn", "medicalrecord", "name", "birth", "dob", "address",
    "street", "postcode", "postal", "zip", "phone", "mobile", "fax", "email", "mail",
    "accession", "ssn", "socialsecurity", "insurance", "passport", "licen",
)
PSEUDO_COLUMN = "pseudo_study_id"
_UID = re.compile(r"^[0-9]+(\.[0-9]+)+$")


class TableError(ValueError):
    """The table cannot be de-identified; the message is a code, never a value."""


@dataclass(frozen=True)
class DeidentifiedTable:
    csv: bytes
    rows: int
    dropped_columns: list[str] = field(default_factory=list)


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _is_direct_identifier(name: str) -> bool:
    norm = _norm(name)
    return any(marker in norm for marker in DIRECT_IDENTIFIER_MARKERS)


def deidentify_table(data: bytes, *, uid_secret: bytes,
                     study_uid_column: str = "StudyInstanceUID") -> DeidentifiedTable:
    """De-identify a UTF-8 CSV with a header row.

    Args:
        data: the CSV bytes (a UTF-8 byte-order mark is accepted).
        uid_secret: the deid service's UID key (the images' key).
        study_uid_column: the column of Study Instance UIDs (matched case-insensitively).

    Raises:
        TableError: ``not_utf8``, ``empty_table``, ``missing_study_uid_column`` or
            ``ragged_row``.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TableError("not_utf8") from None
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise TableError("empty_table")
    header = [h.strip() for h in rows[0]]
    wanted = _norm(study_uid_column or "StudyInstanceUID")
    matches = [i for i, h in enumerate(header) if _norm(h) == wanted]
    if not matches:
        raise TableError("missing_study_uid_column")
    uid_col = matches[0]

    plan: list[tuple[int, str, str]] = []   # (source index, output name, how)
    dropped: list[str] = []
    for i, name in enumerate(header):
        if i == uid_col:
            plan.append((i, PSEUDO_COLUMN, "study"))
        elif _norm(name) == _norm(PSEUDO_COLUMN) or i in matches or _is_direct_identifier(name):
            dropped.append(name)
        elif _norm(name).endswith("uid"):
            plan.append((i, name, "uid"))
        else:
            plan.append((i, name, "keep"))

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([name for _, name, _ in plan])
    count = 0
    for row in rows[1:]:
        if not row or not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise TableError("ragged_row")
        cells = []
        for i, _, how in plan:
            value = row[i].strip() if how != "keep" else row[i]
            if how == "study":
                value = remap_uid(uid_secret, value) if value else ""
            elif how == "uid":
                value = remap_uid(uid_secret, value) if _UID.match(value) else ""
            cells.append(value)
        writer.writerow(cells)
        count += 1
    return DeidentifiedTable(csv=out.getvalue().encode("utf-8"), rows=count, dropped_columns=dropped)
