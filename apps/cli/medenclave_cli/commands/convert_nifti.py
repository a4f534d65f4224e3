"""``medenclave convert nifti SRC DST``: DICOM series → NIfTI volumes offline.

The same code as the training service (:mod:`medenclave_training.offline`): one ``.nii.gz``
and one JSON sidecar per series, equal to dcm2niix's once both are in canonical orientation.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from medenclave_cli.registry import CommandRegistry

__all__ = ["register"]


def _nifti(ns: argparse.Namespace) -> int:
    from medenclave_training.offline import ConversionLimits, convert_folder

    src, dst = Path(ns.src), Path(ns.dst)
    if not src.exists():
        print(f"error: {src} does not exist", file=sys.stderr)
        return 2
    try:
        report = convert_folder(src, dst, ConversionLimits(max_voxels=ns.max_voxels))
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: {type(exc).__name__}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    if ns.json:
        print(json.dumps(report.as_dict()))
    else:
        for done in report.converted:
            print(f"{done['nifti']} ({'x'.join(str(n) for n in done['shape'])})")  # type: ignore[attr-defined]
        print(f"{len(report.converted)} series converted, {len(report.refused)} refused, "
              f"{report.skipped} files skipped (not images)")
    for refused in report.refused:
        print(f"refused: series {refused['series']}: {refused['reason']}", file=sys.stderr)
    if report.refused:
        return 1
    return 0 if report.converted else 2


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def register(registry: CommandRegistry) -> None:
    convert = registry.group("convert", "convert images between formats")
    p = convert.add_parser(
        "nifti", help="DICOM series → one .nii.gz and JSON sidecar each (like dcm2niix)",
        description="Every series of the DICOM files under SRC (split by SeriesInstanceUID, "
                    "orientation and matrix size) becomes DST/series-NNN-HASH.nii.gz and .json. "
                    "Slices are ordered along the slice normal; a series with a missing or "
                    "duplicate slice, uneven spacing, a gantry tilt or multi-frame images is "
                    "refused with a one-line reason and leaves no file. Exit 0: all converted; "
                    "1: some refused; 2: nothing to convert or bad arguments.")
    p.add_argument("src", help="a DICOM file or a folder (searched recursively)")
    p.add_argument("dst", help="output folder (created)")
    p.add_argument("--max-voxels", type=_positive, default=512 * 1024 * 1024,
                   help="refuse a series with more voxels than this (default 536870912)")
    p.add_argument("--json", action="store_true",
                   help="print the report as JSON: converted, refused, skipped")
    p.set_defaults(func=_nifti)
