"""``medenclave deid text SRC DST`` and ``medenclave deid table SRC DST``: notes and tables offline.

The same core as the deid service (:mod:`medenclave_deid.core.text`,
:mod:`medenclave_deid.core.tables`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from medenclave_cli.registry import CommandRegistry

__all__ = ["register"]


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def _text(ns: argparse.Namespace) -> int:
    from medenclave_deid.offline import NOTE_REPORT_NAME, deidentify_note_folder, read_demographics

    src, dst = Path(ns.src), Path(ns.dst)
    if not src.exists():
        print(f"error: {src} does not exist", file=sys.stderr)
        return 2
    try:
        demographics = read_demographics(Path(ns.demographics)) if ns.demographics else None
        report = deidentify_note_folder(src, dst, state_dir=Path(ns.state_dir), lang=ns.lang,
                                        demographics=demographics)
    except ValueError as exc:
        print(f"error: --demographics: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: {type(exc).__name__}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    summary = {"processed": len(report.processed), "failed": len(report.failed),
               "report": str(dst / NOTE_REPORT_NAME)}
    if ns.json:
        print(json.dumps(summary))
    else:
        print(f"{summary['processed']} notes de-identified, {summary['failed']} refused; "
              f"report: {summary['report']}")
    for entry in report.failed:
        print(f"  refused {entry['source_id']}: {entry['reason']}", file=sys.stderr)
    return 0


def _table(ns: argparse.Namespace) -> int:
    from medenclave_deid.offline import AnonymityError, TableError, anonymise_records, read_table, write_table

    kinds = {}
    for item in _split(ns.kind):
        column, _, kind = item.partition("=")
        kinds[column.strip()] = kind.strip()
    try:
        header, rows = read_table(Path(ns.src))
        table = anonymise_records(
            header, rows, quasi_identifiers=_split(ns.quasi_identifiers),
            direct_identifiers=_split(ns.direct_identifiers), k=ns.k, sensitive=ns.sensitive,
            l_diversity=ns.l, max_suppression=ns.max_suppression, kinds=kinds)
        write_table(Path(ns.dst), table.header, table.rows)
    except (TableError, AnonymityError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: {type(exc).__name__}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(json.dumps(table.report_dict()))
    return 0


def register(registry: CommandRegistry) -> None:
    deid = registry.group("deid", "de-identification")
    p = deid.add_parser("text", help="de-identify a folder of clinical notes (*.txt, English/Chinese)",
                        description="Each *.txt under SRC (UTF-8) is written to the same name under "
                                    "DST with PHI replaced by surrogates and dates shifted; "
                                    "DST/deid-text-report.json lists counts per category and the "
                                    "files refused (e.g. not_utf8), by opaque source id (the id → "
                                    "file list stays in the state dir: last-text-sources.json).")
    p.add_argument("src", help="a note or a folder of notes")
    p.add_argument("dst", help="output folder (created)")
    p.add_argument("--state-dir", default="medenclave-deid-state",
                   help="keys (created on first use; the same as `deid dicom` for the same surrogates)")
    p.add_argument("--lang", choices=("auto", "en", "zh"), default="auto",
                   help="auto (default: decided per note), en or zh")
    p.add_argument("--demographics", default=None, metavar="CSV",
                   help="the patients' known values per note: a CSV with columns file (path "
                        "relative to SRC), names, identifiers, addresses, places ('|' between "
                        "values); they are removed wherever they occur, and a note in which one "
                        "survives is quarantined (STATE/quarantine/notes/), not written")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(func=_text)

    t = deid.add_parser("table", help="de-identify a table: drop, Safe Harbor, k-anonymity",
                        description="Drop direct identifiers, generalise dates/ages/ZIP codes "
                                    "(Safe Harbor), then generalise and suppress the "
                                    "quasi-identifiers until every class has k rows (least "
                                    "information loss over the generalisation lattice). CSV, or "
                                    "Parquet by the .parquet suffix. Prints the report as JSON.")
    t.add_argument("src", help="input table (.csv or .parquet)")
    t.add_argument("dst", help="output table (.csv or .parquet)")
    t.add_argument("--k", type=int, default=5, help="smallest class size (default 5)")
    t.add_argument("--quasi-identifiers", required=True, help="comma-separated columns")
    t.add_argument("--direct-identifiers", default="", help="comma-separated columns to drop")
    t.add_argument("--sensitive", default=None, help="a column kept l-diverse within classes")
    t.add_argument("--l", type=int, default=None, help="l for --sensitive (default 2)")
    t.add_argument("--max-suppression", type=float, default=0.1,
                   help="largest fraction of rows that may be suppressed (default 0.1)")
    t.add_argument("--kind", default="",
                   help="hierarchies where the guess is wrong: col=date|age|zip|categorical,…")
    t.set_defaults(func=_table)
