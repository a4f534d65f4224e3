"""``medenclave datasets create|list|show``: immutable, versioned datasets of de-identified
studies, split by patient, with a manifest hash.

A radiologist's label table may name studies by the hospital's own StudyInstanceUID or
AccessionNumber: those ids go to deid only (``DeidentifyTable``), which answers pseudonymous
study ids; training receives ``pseudo_study_id,label,row`` and never an original id. Errors
name row numbers of the table, never a value from it; nothing here logs the table.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from medenclave_cli.registry import CommandRegistry, data_dir_arg, stack_endpoint, stack_token, token_arg

__all__ = ["KEY_COLUMNS", "LabelTableError", "TableRow", "read_label_table", "register",
           "rows_to_training_csv"]

#: the label table's key column: pseudonymous already, or the hospital's own
KEY_COLUMNS = ("pseudo_study_id", "study_instance_uid", "accession_number")
MAX_TABLE_BYTES = 8 * 1024 * 1024
MAX_TABLE_ROWS = 100_000
_ROWS_NAMED = 20
_SAFE_ID = re.compile(r"^[0-9A-Za-z.:_ /-]{1,128}$")


class LabelTableError(ValueError):
    """A code and the rows at fault (header = row 1); never a value of the table."""

    def __init__(self, code: str, rows: list[int] | None = None) -> None:
        rows = sorted(set(rows or []))
        named = ", ".join(str(r) for r in rows[:_ROWS_NAMED]) + (", …" if len(rows) > _ROWS_NAMED
                                                                   else "")
        super().__init__(f"{code} (rows {named})" if rows else code)
        self.code, self.rows = code, rows


@dataclass(frozen=True)
class TableRow:
    row: int
    key: str
    label: str


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def read_label_table(data: bytes, *, labelled: bool = True) -> tuple[str, list[TableRow]]:
    """The key column's kind and the rows of a label table (``label`` plus one key column;
    without ``labelled``, a segmentation dataset's list of studies: the key column alone).

    Raises:
        LabelTableError: ``labels_too_large``, ``labels_too_many_rows``, ``labels_not_utf8``,
            ``labels_missing_columns``, ``labels_not_wanted`` (a label column in a list of
            studies), ``id_invalid`` (control characters, too long), ``duplicate_study`` or
            ``labels_empty``.
    """
    if len(data) > MAX_TABLE_BYTES:
        raise LabelTableError("labels_too_large")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise LabelTableError("labels_not_utf8") from None
    records = csv.reader(io.StringIO(text))
    header = [_norm(h) for h in next(records, [])]
    keys = [k for k in KEY_COLUMNS if _norm(k) in header]
    if len(keys) != 1 or (labelled and "label" not in header):
        raise LabelTableError("labels_missing_columns")
    if not labelled and "label" in header:
        raise LabelTableError("labels_not_wanted")
    kind = keys[0]
    key_at = header.index(_norm(kind))
    label_at = header.index("label") if labelled else len(header)
    rows: list[TableRow] = []
    bad: list[int] = []
    for row_no, cells in enumerate(records, start=2):
        if row_no > MAX_TABLE_ROWS + 1:
            raise LabelTableError("labels_too_many_rows")
        if not any(c.strip() for c in cells):
            continue
        key = cells[key_at].strip() if key_at < len(cells) else ""
        label = cells[label_at].strip() if label_at < len(cells) else ""
        if not _SAFE_ID.match(key):
            bad.append(row_no)
            continue
        rows.append(TableRow(row=row_no, key=key, label=label))
    if bad:
        raise LabelTableError("id_invalid", bad)
    seen: dict[str, int] = {}
    for r in rows:
        seen[r.key] = seen.get(r.key, 0) + 1
    duplicates = [r.row for r in rows if seen[r.key] > 1]
    if duplicates:
        raise LabelTableError("duplicate_study", duplicates)
    if not rows:
        raise LabelTableError("labels_empty")
    return kind, rows


def rows_to_training_csv(rows: list[TableRow], pseudo_ids: dict[int, str], *,
                         labelled: bool = True) -> bytes:
    """``pseudo_study_id,label,row`` for training (without ``labelled``:
    ``pseudo_study_id,row``).

    Raises:
        LabelTableError: ``study_unknown`` (rows deid has no de-identified study for).
    """
    unknown = [r.row for r in rows if not pseudo_ids.get(r.row)]
    if unknown:
        raise LabelTableError("study_unknown", unknown)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if not labelled:
        writer.writerow(["pseudo_study_id", "row"])
        writer.writerows([pseudo_ids[r.row], r.row] for r in rows)
        return out.getvalue().encode("utf-8")
    writer.writerow(["pseudo_study_id", "label", "row"])
    writer.writerows([pseudo_ids[r.row], r.label, r.row] for r in rows)
    return out.getvalue().encode("utf-8")


async def _pseudonymise(ns: argparse.Namespace, kind: str, rows: list[TableRow]) -> dict[int, str]:
    """row → pseudonymous study id, through deid (the original ids go nowhere else)."""
    if kind == "pseudo_study_id":
        return {r.row: r.key for r in rows}
    from medenclave.rpc import secure_channel
    from medenclave.v1 import deid_pb2, deid_pb2_grpc

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["row", kind])
    writer.writerows([r.row, r.key] for r in rows)
    request = deid_pb2.DeidentifyTableRequest(csv=out.getvalue().encode("utf-8"))
    if kind == "study_instance_uid":
        request.study_uid_column = kind
    else:
        request.accession_column = kind
    async with secure_channel(stack_endpoint(ns, "deid"), stack_token(ns)) as channel:
        reply = await deid_pb2_grpc.DeidServiceStub(channel).DeidentifyTable(request, timeout=120)
    mapped = csv.DictReader(io.StringIO(reply.csv.decode("utf-8")))
    return {int(m["row"]): m.get("pseudo_study_id", "") for m in mapped}


def dataset_dict(d, *, members: bool = True) -> dict:
    """The JSON form: name, version, manifest_sha256, counts, and the splits."""
    out = {"name": d.name, "version": d.version, "manifest_sha256": d.manifest_sha256,
           "studies": d.studies, "patients": d.patients, "classes": d.classes,
           "images": d.images, "skipped_non_image": d.skipped_non_image,
           "excluded": d.excluded, "split": list(d.split), "seed": d.seed,
           "modality": d.modality, "body_part": d.body_part, "created_by": d.created_by,
           "task": d.task or "classification"}
    if d.coded_classes:
        out["coded_classes"] = [{"label": c.label, "concept_id": str(c.concept_id),
                                 "term": c.term, "local_labels": list(c.local_labels)}
                                for c in d.coded_classes]
    if members:
        out["splits"] = {side: [{"study": m.study, "patient": m.patient, "label": m.label}
                                | ({"concept_id": str(m.concept_id)} if m.concept_id else {})
                                for m in d.members if m.split == side]
                         for side in ("train", "val", "test")}
    return out


def _print(d: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(d, indent=2))
        return
    print(f"{d['name']}:{d['version']}  {d['task']}  studies={d['studies']} "
          f"patients={d['patients']} classes={d['classes']} images={d['images']}  "
          f"manifest={d['manifest_sha256']}")
    if "splits" in d:
        print("  " + "  ".join(f"{k}={len(v)}" for k, v in d["splits"].items()) +
              f"  skipped_non_image={d['skipped_non_image']} excluded={d['excluded']}")


async def _training(ns: argparse.Namespace, method: str, request):
    import grpc

    from medenclave.rpc import secure_channel
    from medenclave.v1 import training_pb2_grpc

    async with secure_channel(stack_endpoint(ns, "training"), stack_token(ns)) as channel:
        stub = training_pb2_grpc.TrainingServiceStub(channel)
        try:
            return await getattr(stub, method)(request, timeout=600)
        except grpc.aio.AioRpcError as exc:
            raise SystemExit(f"{method}: {exc.code().name}: {exc.details()}") from None


async def datasets_create(ns: argparse.Namespace) -> int:
    from medenclave.v1 import training_pb2

    try:
        split = [float(x) for x in ns.split.split(",")] if ns.split else []
    except ValueError:
        raise SystemExit("--split: three fractions, e.g. 0.7,0.15,0.15") from None
    labelled = ns.task == "classification"
    try:
        kind, rows = read_label_table(Path(ns.labels).read_bytes(), labelled=labelled)
        labels = rows_to_training_csv(rows, await _pseudonymise(ns, kind, rows),
                                      labelled=labelled)
    except LabelTableError as exc:
        print(f"label table refused: {exc}", file=sys.stderr)
        return 2
    d = await _training(ns, "CreateDataset", training_pb2.CreateDatasetRequest(
        name=ns.name, labels_csv=labels, modality=ns.modality or "",
        body_part=ns.body_part or "", split=split, seed=ns.seed, task=ns.task))
    _print(dataset_dict(d), ns.json)
    return 0


async def datasets_list(ns: argparse.Namespace) -> int:
    from medenclave.v1 import training_pb2

    reply = await _training(ns, "ListDatasets", training_pb2.ListDatasetsRequest())
    rows = [dataset_dict(d, members=False) for d in reply.datasets]
    if ns.json:
        print(json.dumps(rows, indent=2))
    else:
        for r in rows:
            _print(r, False)
    return 0


async def datasets_show(ns: argparse.Namespace) -> int:
    from medenclave.v1 import training_pb2

    d = await _training(ns, "GetDataset", training_pb2.GetDatasetRequest(dataset=ns.dataset))
    _print(dataset_dict(d), ns.json)
    return 0


def register(registry: CommandRegistry) -> None:
    """Add ``datasets create|list|show``."""
    group = registry.group("datasets", "versioned datasets of de-identified studies")
    p = group.add_parser("create", help="a new version of a dataset from a label table")
    p.add_argument("name")
    p.add_argument("--labels", required=True,
                   help="CSV: label and one of pseudo_study_id, study_instance_uid, "
                        "accession_number; label: integer classes, or names coded in SNOMED CT "
                        "through the label map ('terminology map --csv'); with --task "
                        "segmentation: the key column alone (the masks are the labels)")
    p.add_argument("--task", choices=("classification", "segmentation"),
                   default="classification",
                   help="segmentation: the table lists studies, no labels; only "
                        "'task: segmentation' jobs run on the dataset")
    p.add_argument("--modality", default="", help="only studies of this modality")
    p.add_argument("--body-part", default="", help="only studies of this body part")
    p.add_argument("--split", default="0.7,0.15,0.15", help="train,val,test fractions")
    p.add_argument("--seed", type=int, default=0)
    p.set_defaults(func=datasets_create)
    show = group.add_parser("show", help="one dataset version with its members")
    show.add_argument("dataset", help="NAME[:VERSION] (latest when no version)")
    show.set_defaults(func=datasets_show)
    listing = group.add_parser("list", help="every dataset version")
    listing.set_defaults(func=datasets_list)
    for q in (p, show, listing):
        q.add_argument("--json", action="store_true")
        data_dir_arg(q)
        token_arg(q)
