"""Table de-identification: label and metadata CSVs that can travel with the images.

:func:`deidentify_table`: the study UID column becomes ``pseudo_study_id`` through
:func:`medenclave_deid.core.uids.remap_uid` (the same function the images get), direct-identifier
columns are dropped, other UID columns are remapped in place, and the other columns are kept.

:func:`anonymise_table` / :func:`anonymise_records`: named direct identifiers dropped, Safe Harbor
generalisation, then k-anonymity (and optional l-diversity) over the quasi-identifiers
(:mod:`medenclave_deid.core.anonymity`).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from medenclave_deid.core.anonymity import (
    AnonymityReport,
    QuasiIdentifier,
    anonymise_rows,
    guess_kind,
    safe_harbor_value,
)
from medenclave_deid.core.uids import remap_uid

__all__ = ["DIRECT_IDENTIFIER_MARKERS", "AnonymisedTable", "DeidentifiedTable", "TableError",
           "anonymise_records", "anonymise_table", "deidentify_table"]

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
                     study_uid_column: str = "StudyInstanceUID",
                     accession_column: str = "",
                     accession_lookup: Callable[[str], str] | None = None) -> DeidentifiedTable:
    """De-identify a UTF-8 CSV with a header row.

    Args:
        data: the CSV bytes (a UTF-8 byte-order mark is accepted).
        uid_secret: the deid service's UID key (the images' key).
        study_uid_column: the column of Study Instance UIDs (matched case-insensitively).
        accession_column: instead, a column of accession numbers, each replaced by
            ``accession_lookup(number)`` (the study's pseudonymous id, "" when unknown).
        accession_lookup: see ``accession_column``.

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
    by_accession = bool(accession_column) and accession_lookup is not None
    wanted = _norm(accession_column if by_accession else study_uid_column or "StudyInstanceUID")
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
            if how == "study" and by_accession and accession_lookup is not None:
                value = accession_lookup(value) if value else ""
            elif how == "study":
                value = remap_uid(uid_secret, value) if value else ""
            elif how == "uid":
                value = remap_uid(uid_secret, value) if _UID.match(value) else ""
            cells.append(value)
        writer.writerow(cells)
        count += 1
    return DeidentifiedTable(csv=out.getvalue().encode("utf-8"), rows=count, dropped_columns=dropped)


@dataclass(frozen=True)
class AnonymisedTable:
    """A k-anonymised table: its header, rows (CSV bytes for :func:`anonymise_table`) and report."""

    header: list[str]
    rows: list[list[str]]
    report: AnonymityReport
    dropped_columns: list[str] = field(default_factory=list)
    generalised_columns: dict[str, str] = field(default_factory=dict)   # column -> kind

    def to_csv(self) -> bytes:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.header)
        writer.writerows(self.rows)
        return out.getvalue().encode("utf-8")

    def report_dict(self) -> dict:
        return {**self.report.as_dict(), "dropped_columns": self.dropped_columns,
                "generalised_columns": self.generalised_columns}


def anonymise_records(header: list[str], rows: list[list[str]], *, quasi_identifiers: list[str],
                      direct_identifiers: Sequence[str] = (), k: int = 5, sensitive: str | None = None,
                      l_diversity: int | None = None, max_suppression: float = 0.1,
                      kinds: dict[str, str] | None = None) -> AnonymisedTable:
    """Drop, generalise (Safe Harbor) and k-anonymise a table given as header and string rows.

    Columns named in ``direct_identifiers`` go, and so do columns that look like direct
    identifiers (:data:`DIRECT_IDENTIFIER_MARKERS`) unless they are quasi-identifiers or the
    sensitive column. Dates, ages and ZIP codes among the kept columns take their Safe Harbor form;
    the quasi-identifiers are then generalised along their hierarchies until every class has k rows.

    Args:
        header: the column names.
        rows: the cells, one list per row.
        quasi_identifiers: the columns to k-anonymise.
        direct_identifiers: the columns to drop.
        k: the smallest class size.
        sensitive: a column to keep l-diverse within each class.
        l_diversity: the l (distinct values) for ``sensitive``; 2 when ``sensitive`` is given alone.
        max_suppression: the largest fraction of rows the search may suppress.
        kinds: a hierarchy per quasi-identifier (``date``, ``age``, ``zip``, ``categorical``)
            where the guess from name and values is not wanted.

    Raises:
        TableError: ``unknown_column`` or ``ragged_row``.
        AnonymityError: see :func:`medenclave_deid.core.anonymity.anonymise_rows`.
    """
    header = [h.strip() for h in header]
    named = set(direct_identifiers) | set(quasi_identifiers) | ({sensitive} if sensitive else set())
    if not named <= set(header):
        raise TableError("unknown_column")
    if any(len(r) != len(header) for r in rows):
        raise TableError("ragged_row")
    protected = set(quasi_identifiers) | ({sensitive} if sensitive else set())
    dropped = [h for h in header if h in set(direct_identifiers)
               or (h not in protected and _is_direct_identifier(h) and not _norm(h).endswith("uid"))]
    kept = [h for h in header if h not in dropped]
    index = {h: i for i, h in enumerate(header)}
    records = [{h: r[index[h]] for h in kept} for r in rows]
    kinds = dict(kinds or {})
    generalised: dict[str, str] = {}
    for h in kept:
        values = [rec[h] for rec in records]
        kind = kinds.get(h) or guess_kind(h, values)
        if h not in quasi_identifiers and kind != "categorical":
            # only columns that say what they are by name get Safe Harbor outside the QIs
            by_name = any(m in _norm(h) for m in ("date", "dob", "birth", "age", "zip"))
            kind = kind if by_name else "categorical"
        if kind != "categorical":
            generalised[h] = kind
            for rec in records:
                rec[h] = safe_harbor_value(kind, rec[h])
        kinds[h] = kind
    quasi = [QuasiIdentifier(q, kinds[q]) for q in quasi_identifiers]
    if sensitive and l_diversity is None:
        l_diversity = 2
    out, report = anonymise_rows(records, quasi, k=k, max_suppression=max_suppression,
                                 sensitive=sensitive, l_diversity=l_diversity)
    return AnonymisedTable(header=kept, rows=[[rec[h] for h in kept] for rec in out], report=report,
                           dropped_columns=dropped, generalised_columns=generalised)


def anonymise_table(data: bytes, **options) -> AnonymisedTable:
    """:func:`anonymise_records` on a UTF-8 CSV with a header row (a byte-order mark is accepted).

    Raises:
        TableError: ``not_utf8``, ``empty_table``, ``unknown_column``, ``ragged_row``.
        AnonymityError: see :func:`medenclave_deid.core.anonymity.anonymise_rows`.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TableError("not_utf8") from None
    rows = [r for r in csv.reader(io.StringIO(text)) if r and any(c.strip() for c in r)]
    if not rows:
        raise TableError("empty_table")
    return anonymise_records(rows[0], rows[1:], **options)
