"""DICOM → NIfTI: equal to dcm2niix (when installed), and clear refusals that leave no file."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

nib = pytest.importorskip("nibabel")

from medenclave.nifti import (  # noqa: E402
    ConversionError,
    SliceHeader,
    group_slices,
    plan_series,
)
from medenclave_testing.volumes import OBLIQUE, SeriesSpec, write_enhanced, write_series  # noqa: E402
from medenclave_training.adapters.outbound.nifti_files import convert_folder  # noqa: E402

DCM2NIIX = shutil.which("dcm2niix")
needs_dcm2niix = pytest.mark.skipif(DCM2NIIX is None,
                                    reason="dcm2niix not on PATH: equality with it not checked")
ROOT = Path(__file__).resolve().parents[3]


def _canonical(path: Path) -> tuple[np.ndarray, np.ndarray]:
    image = nib.as_closest_canonical(nib.load(path))
    return image.affine, np.asarray(image.get_fdata(dtype=np.float64))


def _dcm2niix(src: Path, out: Path) -> list[Path]:
    out.mkdir()
    subprocess.run([DCM2NIIX, "-z", "y", "-b", "y", "-f", "%s_%j", "-o", str(out), str(src)],
                   check=True, capture_output=True, timeout=60)
    return sorted(out.glob("*.nii.gz"))


def _assert_equal_to_dcm2niix(src: Path, ours: list[Path], tmp_path: Path) -> None:
    theirs = _dcm2niix(src, tmp_path / "dcm2niix")
    assert len(theirs) == len(ours)
    pending = [_canonical(p) for p in theirs]
    for path in ours:
        affine, data = _canonical(path)
        match = [i for i, (a, d) in enumerate(pending)
                 if d.shape == data.shape and np.allclose(a, affine, atol=1e-3, rtol=0)]
        assert match, f"no dcm2niix volume with the affine of {path.name}:\n{affine}"
        assert np.array_equal(pending.pop(match[0])[1], data)


def _convert(src: Path, dst: Path):
    report = convert_folder(src, dst)
    return report, [Path(str(c["nifti"])) for c in report.converted]


def test_shuffled_axial_series_is_sorted_along_the_normal(tmp_path):
    stored = write_series(tmp_path / "src", SeriesSpec(seed=4))
    report, (nii,) = _convert(tmp_path / "src", tmp_path / "out")
    assert report.refused == [] and report.skipped == 0
    data = np.asarray(nib.load(nii).dataobj)
    assert np.array_equal(data, stored.transpose(2, 1, 0))  # (cols, rows, slices)
    meta = json.loads(nii.with_name(nii.name.replace(".nii.gz", ".json")).read_text())
    assert meta["SpacingBetweenSlices"] == 2.5 and meta["Slices"] == 12
    assert "PatientName" not in meta and "PatientID" not in meta


@needs_dcm2niix
@pytest.mark.parametrize("spec", [
    SeriesSpec(seed=1),
    SeriesSpec(orientation=OBLIQUE, slope=2.0, intercept=-1024.0, seed=2),
    SeriesSpec(slope=0.5, intercept=-10.25, pixel_spacing=(0.5, 0.6), seed=3),
    SeriesSpec(photometric="MONOCHROME1", seed=5),
    SeriesSpec(orientation=(0.0, 1.0, 0.0, 0.0, 0.0, -1.0), seed=6),  # sagittal
], ids=["axial", "oblique-rescale", "fractional-rescale", "monochrome1", "sagittal"])
def test_equal_to_dcm2niix(tmp_path, spec):
    write_series(tmp_path / "src", spec)
    report, ours = _convert(tmp_path / "src", tmp_path / "out")
    assert report.refused == [] and len(ours) == 1
    _assert_equal_to_dcm2niix(tmp_path / "src", ours, tmp_path)


@needs_dcm2niix
def test_several_series_and_orientations_in_one_folder_split_like_dcm2niix(tmp_path):
    src = tmp_path / "src"
    write_series(src / "a", SeriesSpec(series_number=2, seed=7))
    write_series(src / "b", SeriesSpec(series_number=5, orientation=OBLIQUE, seed=8))
    # one series UID, two orientations (a localizer's planes): two volumes
    write_series(src / "c1", SeriesSpec(series_number=9, series_uid="1.2.3.9", seed=9))
    write_series(src / "c2", SeriesSpec(series_number=9, series_uid="1.2.3.9", seed=10,
                                        orientation=(0.0, 1.0, 0.0, 0.0, 0.0, -1.0)))
    (src / "notes.txt").write_text("not DICOM")
    report, ours = _convert(src, tmp_path / "out")
    assert report.refused == [] and report.skipped == 1 and len(ours) == 4
    assert sum("-part" in p.name for p in ours) == 2
    (src / "notes.txt").unlink()
    _assert_equal_to_dcm2niix(src, ours, tmp_path)


@pytest.mark.parametrize("spec, problem", [
    (SeriesSpec(drop_slice=5), "1 slice(s) missing after slice 5"),
    (SeriesSpec(duplicate_slice=3), "two instances share one slice position"),
    (SeriesSpec(uneven_at=6), "inconsistent slice spacing"),
    (SeriesSpec(tilt_mm_per_slice=0.4), "gantry tilt"),
], ids=["missing", "duplicate", "uneven", "tilt"])
def test_broken_series_is_refused_in_one_line_and_leaves_no_file(tmp_path, spec, problem):
    write_series(tmp_path / "src" / "bad", spec)
    write_series(tmp_path / "src" / "good", SeriesSpec(series_number=8, seed=11))
    report, ours = _convert(tmp_path / "src", tmp_path / "out")
    (refused,) = report.refused
    assert problem in refused["reason"] and "\n" not in refused["reason"]
    assert refused["series"].startswith("series-003-")
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == sorted([ours[0].name, ours[0].name.replace(".nii.gz", ".json")])


def test_enhanced_ct_frames_in_any_order_become_one_volume(tmp_path):
    stored = write_enhanced(tmp_path / "src" / "enhanced.dcm", SeriesSpec(slope=2.0, seed=12))
    report, (nii,) = _convert(tmp_path / "src", tmp_path / "out")
    assert report.refused == []
    image = nib.load(nii)
    assert np.array_equal(np.asarray(image.dataobj.get_unscaled()), stored.transpose(2, 1, 0))


@needs_dcm2niix
@pytest.mark.parametrize("spec", [SeriesSpec(seed=13),
                                  SeriesSpec(orientation=OBLIQUE, intercept=-1024.0, seed=14)],
                         ids=["axial", "oblique"])
def test_enhanced_ct_equal_to_dcm2niix(tmp_path, spec):
    write_enhanced(tmp_path / "src" / "enhanced.dcm", spec)
    report, ours = _convert(tmp_path / "src", tmp_path / "out")
    assert report.refused == [] and len(ours) == 1
    _assert_equal_to_dcm2niix(tmp_path / "src", ours, tmp_path)


def test_enhanced_ct_with_a_repeated_frame_position_is_refused(tmp_path):
    """Two stacks at the same positions (say two echoes): refused, not silently merged."""
    src = tmp_path / "src"
    write_enhanced(src / "e.dcm", SeriesSpec(seed=15, series_uid="1.2.3.15"))
    write_enhanced(src / "f.dcm", SeriesSpec(seed=16, series_uid="1.2.3.15"))
    report, ours = _convert(src, tmp_path / "out")
    assert ours == [] and "share one slice position" in report.refused[0]["reason"]
    assert list((tmp_path / "out").iterdir()) == []


def _header(**over) -> SliceHeader:
    base = dict(key=0, series_uid="1.2", series_number=1, modality="MR", rows=4, cols=4,
                position=(0.0, 0.0, 0.0), orientation=(1.0, 0, 0, 0, 1.0, 0),
                pixel_spacing=(1.0, 1.0))
    return SliceHeader(**{**base, **over})


def test_multiframe_and_missing_geometry_are_refused_clearly():
    with pytest.raises(ConversionError, match="multi-frame .* not supported"):
        plan_series("s", [_header(frames=20)])
    with pytest.raises(ConversionError, match="lacks ImagePositionPatient"):
        plan_series("s", [_header(), _header(key=1, position=None)])
    with pytest.raises(ConversionError, match="not a finite"):
        plan_series("s", [_header(), _header(key=1, position=(0.0, 0.0, float("nan")))])


def test_series_names_carry_no_dataset_value():
    ((name, _),) = group_slices([_header(series_uid="1.2.840.99")])
    assert name.startswith("series-001-") and "840" not in name


def test_attack_huge_matrix_claim_is_refused_before_allocating(tmp_path):
    """Attack: slices whose Rows × Columns × slices claim 12 Gi voxels with 8 bytes of pixel data.

    The real CLI process must refuse the series by the voxel limit without allocating it:
    exit 1, one-line reason, no output file, and its peak RSS stays under 600 MiB.
    """
    import pydicom

    src = tmp_path / "src"
    write_series(src, SeriesSpec(slices=3, rows=2, cols=2, shuffle=False))
    for path in src.iterdir():
        ds = pydicom.dcmread(path)
        ds.Rows, ds.Columns = 65535, 65535
        ds.save_as(path)
    out = tmp_path / "out"
    env_path = ":".join(sys.path)
    # the CLI in a child that reports its own peak, VmHWM (RUSAGE_CHILDREN in the test process
    # is the largest child of the whole session, and Linux carries ru_maxrss across exec)
    wrapper = ("import sys\n"
               "from medenclave_cli.main import main\n"
               "try:\n"
               "    code = main(sys.argv[1:])\n"
               "except SystemExit as exc:\n"
               "    code = exc.code\n"
               "hwm = [l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')][0]\n"
               "sys.stderr.write(f'\\nPEAK_KIB {hwm}\\n')\n"
               "sys.exit(code)\n")
    proc = subprocess.run([sys.executable, "-c", wrapper, "convert", "nifti", str(src),
                           str(out), "--json"], capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin"}, cwd=ROOT)
    assert proc.returncode == 1, proc.stderr[-2000:]
    report = json.loads(proc.stdout)
    assert report["converted"] == [] and "above the limit" in report["refused"][0]["reason"]
    assert list(out.iterdir()) == []
    peak_kib = int(proc.stderr.rsplit("PEAK_KIB ", 1)[1].split()[0])
    assert peak_kib < 600 * 1024
