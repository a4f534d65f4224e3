"""``medenclave deid dicom SRC DST``: de-identify a folder of DICOM files offline.

The same core and safety steps as the deid service (profile, pseudonyms, UID remap, burned-in
text screen with mask rules, re-identification escrow, leak guard); the state dir holds the keys,
the pseudonym index and the escrow and is created on first use.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from medenclave_cli.registry import CommandRegistry

__all__ = ["register"]


def _run(ns: argparse.Namespace) -> int:
    from medenclave_deid.offline import REPORT_NAME, deidentify_folder

    src, dst = Path(ns.src), Path(ns.dst)
    if not src.exists():
        print(f"error: {src} does not exist", file=sys.stderr)
        return 2
    options = tuple(o.strip() for arg in ns.option for o in arg.split(",") if o.strip())
    try:
        report = deidentify_folder(src, dst, state_dir=Path(ns.state_dir), profile=ns.profile,
                                   options=options, workers=max(1, ns.workers),
                                   mask_rules_file=ns.mask_rules,
                                   escrow_public_key=ns.escrow_public_key)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: {type(exc).__name__}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    summary = {"processed": len(report.processed), "quarantined": len(report.quarantined),
               "escrow": report.escrow, "report": str(dst / REPORT_NAME),
               "quarantined_inputs": [{"source": e.get("source", ""), "reason": e["reason"]}
                                      for e in report.quarantined]}
    if ns.json:
        print(json.dumps(summary))
    else:
        print(f"{summary['processed']} de-identified, {summary['quarantined']} quarantined; "
              f"report: {summary['report']}")
        for entry in report.quarantined:  # the user's own paths, on their own terminal
            print(f"  quarantined {entry.get('source') or entry['source_id']}: "
                  f"{entry['reason']}", file=sys.stderr)
    if report.escrow.get("reason") and report.processed:
        print("warning: no escrow public key: re-identification entries were not sealed "
              "(run 'medenclave escrow init --state-dir …' or pass --escrow-public-key)",
              file=sys.stderr)
    return 0


def register(registry: CommandRegistry) -> None:
    deid = registry.group("deid", "de-identification")
    p = deid.add_parser("dicom", help="de-identify a folder of DICOM files (PS3.15 Annex E)",
                        description="De-identify every DICOM file under SRC into DST with the "
                                    "platform profile; DST/deid-report.json lists what was "
                                    "processed and what was quarantined (with reason codes).")
    p.add_argument("src", help="a DICOM file or a folder of them")
    p.add_argument("dst", help="output folder (created)")
    p.add_argument("--state-dir", default="medenclave-deid-state",
                   help="keys and pseudonym index (created on first use; keep it for stable "
                        "pseudonyms across runs)")
    p.add_argument("--profile", default="medenclave-default",
                   help="medenclave-default (default) or annex-e-basic")
    p.add_argument("--option", action="append", default=[],
                   help="an extra option, e.g. retain-device-identity (repeatable or "
                        "comma-separated)")
    p.add_argument("--mask-rules", type=Path, default=None, metavar="FILE",
                   help="YAML mask rules for burned-in text (as MEDENCLAVE_DEID_MASK_RULES_FILE); "
                        "without it, images at risk (BurnedInAnnotation YES, or text found in "
                        "the pixels by the offline OCR screen) are quarantined")
    p.add_argument("--escrow-public-key", type=Path, default=None, metavar="FILE",
                   help="the privacy officer's X25519 public key (PEM) to seal the "
                        "re-identification escrow to (default: STATE_DIR/keys/escrow-public.pem "
                        "if present)")
    p.add_argument("--workers", type=int, default=1,
                   help=f"processes (this machine has {os.cpu_count()} cores)")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(func=_run)
