"""Segmentation masks from files (adapters/outbound/mask_files.py): ``.npz`` (one ``[N, H, W]``
array or ``arr_0 …``), ``.nii.gz`` and ``.nii``; the job's sizing steps applied with nearest
resizing (in register with the images); and the attacks: ids that try to leave the folder, a
symlink out, an oversized file, zip and gzip bombs refused by their declared shape before a
byte is inflated, pickles, wrong dtypes, shapes and classes — each refused with a code and
nothing of the data in it."""

from __future__ import annotations

import asyncio
import gzip
import io
import os
import tracemalloc
import zipfile

import nibabel as nib
import numpy as np
import pytest

from medenclave import preprocess
from medenclave_training.adapters.outbound.mask_files import MaskFiles, read_mask_file
from medenclave_training.core.dataset_jobs import read_job_settings
from medenclave_training.core.job_config import InvalidJobConfig
from medenclave_training.core.ports import StudyUnavailable
from medenclave_training.core.transforms import mask_chain

STUDY = "2.25.4242"


def disc(size: int, cy: int, cx: int, r: int, cls: int = 1) -> np.ndarray:
    yy, xx = np.mgrid[0:size, 0:size]
    return (cls * (((yy - cy) ** 2 + (xx - cx) ** 2) <= r * r)).astype(np.uint8)


def nifti_bytes(volume: np.ndarray, *, gz: bool, slope: float | None = None) -> bytes:
    img = nib.Nifti1Image(volume, np.eye(4))
    if slope is not None:
        img.header.set_slope_inter(slope, 0.0)
    raw = img.to_bytes()
    return gzip.compress(raw) if gz else raw


def read(folder, study=STUDY, size=32, chain=None, **kw):
    return asyncio.run(MaskFiles(folder, **kw).masks(pseudo_study_id=study, image_size=size,
                                                     chain=chain))


def refused(folder, study=STUDY, **kw) -> str:
    with pytest.raises(StudyUnavailable) as err:
        read(folder, study, **kw)
    assert str(err.value) == err.value.code  # the code alone: no path, no value
    return err.value.code


# --- formats ------------------------------------------------------------------------------

def test_npz_one_array_arrays_by_position_and_nifti_give_the_same_masks(tmp_path):
    masks = np.stack([disc(64, 20, 30, 8), disc(64, 40, 12, 6, cls=2)])
    want = [m[::2, ::2] for m in masks]  # a nearest resize 64 → 32 keeps the even pixels
    for i, (name, write) in enumerate([
            ("one.npz", lambda p: np.savez_compressed(p, masks=masks)),
            ("pos.npz", lambda p: np.savez(p, *masks)),
            ("vol.nii.gz", lambda p: p.write_bytes(nifti_bytes(masks.transpose(2, 1, 0),
                                                               gz=True))),
            ("vol.nii", lambda p: p.write_bytes(nifti_bytes(masks.transpose(2, 1, 0).astype(
                np.int16), gz=False)))]):
        folder = tmp_path / str(i)
        folder.mkdir()
        write(folder / name.replace(name.split(".")[0], STUDY))
        got = read(folder)
        assert [g.dtype for g in got] == [np.uint8, np.uint8], name
        assert all(np.array_equal(g, w) for g, w in zip(got, want, strict=True)), name


def test_a_one_image_study_and_the_jobs_sizing_steps(tmp_path):
    np.savez(tmp_path / f"{STUDY}.npz", disc(40, 20, 20, 10))
    chain = preprocess.parse_chain([
        {"name": "rescale"}, {"name": "window", "args": {"a_min": 0, "a_max": 100}},
        {"name": "pad_or_crop", "args": {"spatial_size": [48, 48]}},
        {"name": "resize", "args": {"spatial_size": [24, 24], "mode": "area"}},
        {"name": "normalize"}])
    assert [t.name for t in mask_chain(chain).transforms] == ["pad_or_crop", "resize"]
    assert mask_chain(chain).transforms[1].args["mode"] == "nearest"
    (got,) = read(tmp_path, size=24, chain=chain)
    assert got.shape == (24, 24) and set(np.unique(got)) == {0, 1}
    # in register with the image: the same sizing steps on the mask as pixel values
    image = preprocess.apply(preprocess.parse_chain(mask_chain(chain).to_list()),
                             disc(40, 20, 20, 10).astype(np.float32))
    assert np.array_equal(got, image[0].astype(np.uint8))
    with pytest.raises(ValueError):
        mask_chain(preprocess.parse_chain([{"name": "spacing", "args": {"pixdim": [1, 1]}},
                                           {"name": "resize", "args": {"spatial_size": [8, 8]}}]))


def test_the_job_service_runs_segmentation_configs_but_not_their_resampling():
    settings = read_job_settings(b"task: segmentation\nmodel: {name: UNet}\ndata: {image_size: 32}\n")
    assert settings.task == "segmentation"
    with pytest.raises(InvalidJobConfig) as bad:
        read_job_settings(b"task: segmentation\nmodel: {name: UNet}\ndata: {image_size: 32}\n"
                          b"transforms: [{name: spacing, args: {pixdim: [1, 1]}},\n"
                          b"  {name: resize, args: {spatial_size: [32, 32]}}]\n")
    assert bad.value.errors == ["transforms: not run by the job service yet (segmentation "
                                "masks follow resize and pad_or_crop, not spacing or orientation)"]


# --- attacks and bad files ----------------------------------------------------------------

@pytest.mark.parametrize("study", ["../" + STUDY, "..", ".hidden", "a/b", "/etc/passwd",
                                   STUDY + "\x00", "x" * 129, "", "..\\" + STUDY])
def test_ids_that_are_no_plain_file_name_are_refused(tmp_path, study):
    (tmp_path / "masks").mkdir()
    np.savez(tmp_path / f"{STUDY}.npz", disc(32, 16, 16, 4))  # one level up: never read
    np.savez(tmp_path / "masks" / ".hidden.npz", disc(32, 16, 16, 4))
    assert refused(tmp_path / "masks", study) == "segmentation_mask_invalid"


def test_a_symlink_out_of_the_folder_and_a_folder_are_refused(tmp_path):
    folder = tmp_path / "masks"
    folder.mkdir()
    np.savez(tmp_path / "outside.npz", disc(32, 16, 16, 4))
    os.symlink(tmp_path / "outside.npz", folder / f"{STUDY}.npz")
    assert refused(folder) == "segmentation_mask_invalid"
    (folder / "2.25.7.npz").mkdir()
    assert refused(folder, "2.25.7") == "segmentation_mask_invalid"


def test_missing_ambiguous_and_oversized_files(tmp_path):
    assert refused(tmp_path) == "segmentation_masks_missing"
    np.savez(tmp_path / f"{STUDY}.npz", disc(32, 16, 16, 4))
    (tmp_path / f"{STUDY}.nii").write_bytes(nifti_bytes(disc(32, 16, 16, 4), gz=False))
    assert refused(tmp_path) == "segmentation_mask_invalid"  # which one? neither
    big = tmp_path / "big"
    big.mkdir()
    with open(big / f"{STUDY}.npz", "wb") as f:  # sparse: 65 MiB on paper, no disk used
        f.truncate(65 * 1024 * 1024)
    assert refused(big) == "segmentation_mask_too_large"  # the default cap: 64 MiB
    np.savez(big / "2.25.8.npz", np.zeros((4, 512, 512), np.uint8))  # 1 MiB of arrays
    assert refused(big, "2.25.8", max_bytes=512 * 1024) == "segmentation_mask_too_large"


def _npy_header(shape, dtype="|u1") -> bytes:
    buf = io.BytesIO()
    np.lib.format.write_array_header_1_0(buf, {"descr": dtype, "fortran_order": False,
                                               "shape": shape})
    return buf.getvalue()


def test_a_zip_bomb_is_refused_by_its_declared_shape_before_inflating(tmp_path):
    """A 16 000² uint8 array (256 MB) declared in a small deflated member: refused by the
    header, so neither the array nor its inflated bytes are ever allocated."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z, \
            z.open("masks.npy", "w", force_zip64=True) as member:
        member.write(_npy_header((16_000, 16_000)))
        for _ in range(64):  # 64 MiB of zeros, a few tens of KiB deflated
            member.write(bytes(1024 * 1024))
    assert len(buf.getvalue()) < 1024 * 1024
    (tmp_path / f"{STUDY}.npz").write_bytes(buf.getvalue())
    tracemalloc.start()
    try:
        assert refused(tmp_path) == "segmentation_mask_too_large"
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024


def test_a_gzip_bomb_nifti_is_refused_by_its_header(tmp_path):
    header = nib.Nifti1Header()
    header.set_data_dtype(np.uint8)
    header.set_data_shape((16_000, 16_000, 64))  # 16 GB declared
    raw = io.BytesIO()
    header.write_to(raw)
    raw.write(bytes(4) + bytes(8 * 1024 * 1024))
    (tmp_path / f"{STUDY}.nii.gz").write_bytes(gzip.compress(raw.getvalue()))
    tracemalloc.start()
    try:
        assert refused(tmp_path) == "segmentation_mask_too_large"
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024


def _npz_with(tmp_path, name: str, payload: bytes):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(name, payload)
    (tmp_path / f"{STUDY}.npz").write_bytes(buf.getvalue())


@pytest.mark.parametrize("case, code", [
    ("float", "segmentation_mask_invalid"), ("pickle", "segmentation_mask_invalid"),
    ("4d", "segmentation_mask_invalid"), ("1d", "segmentation_mask_invalid"),
    ("zero_side", "segmentation_mask_invalid"), ("truncated", "segmentation_mask_invalid"),
    ("gaps", "segmentation_mask_invalid"), ("not_zip", "segmentation_mask_invalid"),
    ("other_member", "segmentation_mask_invalid"), ("class_32", "segmentation_classes_invalid"),
    ("negative", "segmentation_classes_invalid"), ("nifti_float", "segmentation_mask_invalid"),
    ("nifti_scaled", "segmentation_mask_invalid"), ("nifti_4d", "segmentation_mask_invalid"),
    ("nifti_garbage", "segmentation_mask_invalid")])
def test_wrong_dtypes_shapes_members_and_classes(tmp_path, case, code):
    path = tmp_path / f"{STUDY}.npz"
    if case == "float":
        np.savez(path, disc(32, 16, 16, 4).astype(np.float32))
    elif case == "pickle":
        np.savez(path, np.array([{"a": 1}], dtype=object))
    elif case == "4d":
        np.savez(path, np.zeros((1, 2, 8, 8), np.uint8))
    elif case == "1d":
        np.savez(path, np.zeros(8, np.uint8))
    elif case == "zero_side":
        np.savez(path, np.zeros((0, 8), np.uint8))
    elif case == "truncated":
        _npz_with(tmp_path, "masks.npy", _npy_header((64, 64)) + bytes(100))
    elif case == "gaps":
        np.savez(path, arr_0=np.zeros((8, 8), np.uint8), arr_2=np.zeros((8, 8), np.uint8))
    elif case == "not_zip":
        path.write_bytes(b"PK\x03\x04 not really")
    elif case == "other_member":
        _npz_with(tmp_path, "../../evil.txt", b"hello")
    elif case == "class_32":
        np.savez(path, disc(32, 16, 16, 4, cls=32))
    elif case == "negative":
        np.savez(path, -disc(32, 16, 16, 4).astype(np.int8))
    else:
        volume = {"nifti_float": disc(32, 16, 16, 4).astype(np.float32),
                  "nifti_4d": np.zeros((8, 8, 2, 2), np.uint8)}.get(case, disc(32, 16, 16, 4))
        data = nifti_bytes(volume, gz=True, slope=2.0 if case == "nifti_scaled" else None)
        if case == "nifti_garbage":
            data = gzip.compress(b"\x01" * 400)
        (tmp_path / f"{STUDY}.nii.gz").write_bytes(data)
    assert refused(tmp_path) == code


def test_the_file_reader_says_code_and_problem_only():
    with pytest.raises(ValueError) as err:
        read_mask_file("x.npz", b"PK\x03\x04 not really")
    assert err.value.args == ("segmentation_mask_invalid", "unreadable")


def test_the_mask_folder_setting_must_name_a_folder_and_the_cap_has_a_safe_default(tmp_path):
    from pydantic import ValidationError

    from medenclave_training.config import TrainingSettings

    assert TrainingSettings(data_dir=tmp_path).mask_dir is None
    assert TrainingSettings(data_dir=tmp_path).mask_max_bytes == 64 * 1024 * 1024
    assert TrainingSettings(data_dir=tmp_path, mask_dir=tmp_path).mask_dir == tmp_path
    with pytest.raises(ValidationError):
        TrainingSettings(data_dir=tmp_path, mask_dir=tmp_path / "absent")
    with pytest.raises(ValidationError):
        TrainingSettings(data_dir=tmp_path, mask_max_bytes=0)
