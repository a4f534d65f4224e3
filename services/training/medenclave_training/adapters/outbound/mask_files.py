"""Segmentation masks from a folder (``MEDENCLAVE_TRAINING_MASK_DIR``): the core's
``MaskSource``, one file per de-identified study, read defensively.

``<pseudo study id>.npz``: one integer array ``[N, H, W]`` (or ``[H, W]`` for a one-image
study) under any name, or ``arr_0 … arr_{N-1}`` (``numpy.savez(*masks)``), each ``[H, W]``.
``<pseudo study id>.nii.gz`` / ``.nii``: a NIfTI-1/2 integer volume ``[W, H, N]`` (columns,
rows, images: the layout ``medenclave convert nifti`` and dcm2niix write) or ``[W, H]``; its
affine is not read. Either way the masks are in the order of the study's images
(``DatasetSource.images``), each in its DICOM image's rows × columns, values 0 (background)
to ``MAX_SEGMENTATION_CLASSES - 1``; the job's sizing steps are applied to them with
nearest-neighbour resizing (:func:`~medenclave_training.core.transforms.mask_chain`).

Refused with a code (``StudyUnavailable``), logged TRN-125 with the study's pseudonymous id
and the problem's name only (never a value): an id that is not a plain file name, a file that
resolves outside the folder or is not a regular file, two files for one study
(``segmentation_mask_invalid``); no file (``segmentation_masks_missing``); a file larger than
``max_bytes``, or arrays whose headers declare more than ``max_bytes`` (checked before a byte of
them is decompressed: a zip or gzip bomb is refused by its declared shape,
``segmentation_mask_too_large``); other dtypes than integers and bool, other shapes, other
archive members, pickles, NIfTI scaling (``segmentation_mask_invalid``); a class outside
``0 … MAX_SEGMENTATION_CLASSES - 1`` (``segmentation_classes_invalid``).
"""

from __future__ import annotations

import asyncio
import gzip
import io
import logging
import math
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import IO

import numpy as np

from medenclave import preprocess
from medenclave_training.adapters.outbound.segmentation import MAX_SEGMENTATION_CLASSES
from medenclave_training.core.ports import StudyUnavailable
from medenclave_training.core.transforms import mask_chain

__all__ = ["DEFAULT_MAX_MASK_BYTES", "MaskFiles", "MaskRefused", "check_classes", "fit_to_job",
           "read_mask_file"]

log = logging.getLogger(__name__)

#: the largest mask file, and the most bytes its arrays may declare (a safe default)
DEFAULT_MAX_MASK_BYTES = 64 * 1024 * 1024
#: the most arrays in one ``.npz``, and the longest side of one mask
MAX_MASK_ARRAYS = 4096
MAX_MASK_SIDE = 16384
#: a study id that is a plain file name: no separator, no leading dot, no ``..``
_FILE_ID = re.compile(r"[0-9A-Za-z][0-9A-Za-z.:_-]{0,127}")
_SUFFIXES = (".npz", ".nii.gz", ".nii")


class MaskRefused(Exception):
    """A mask refused: ``code`` for the job, ``problem`` (a name, never a value) for the log."""

    def __init__(self, code: str, problem: str) -> None:
        super().__init__(problem)
        self.code, self.problem = code, problem


def _invalid(problem: str) -> MaskRefused:
    return MaskRefused("segmentation_mask_invalid", problem)


def _checked_dtype(dtype: np.dtype) -> np.dtype:
    if dtype.hasobject or dtype.kind not in "biu":
        raise _invalid("dtype")
    return dtype


def _declared(shape: Iterable[int], dtype: np.dtype, budget: int) -> int:
    """The bytes ``shape`` × ``dtype`` takes; refused above ``budget`` (before reading)."""
    shape = tuple(shape)
    if not shape or any(not 1 <= side <= MAX_MASK_SIDE for side in shape):
        raise _invalid("shape")
    nbytes = math.prod(shape) * dtype.itemsize
    if nbytes > budget:
        raise MaskRefused("segmentation_mask_too_large", "declared_size")
    return nbytes


def _read_exactly(stream: IO[bytes], nbytes: int) -> bytes:
    data = stream.read(nbytes)
    if len(data) != nbytes:
        raise _invalid("truncated")
    return data


def _npz(data: bytes, max_bytes: int) -> list[np.ndarray]:
    """The masks of an ``.npz``: each member's ``.npy`` header is read and checked (dtype,
    shape, declared size within what is left of ``max_bytes``) before its data is inflated."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = archive.infolist()
        if not members or len(members) > MAX_MASK_ARRAYS:
            raise _invalid("members")
        if len(members) > 1:  # numpy.savez(*masks): arr_0 … arr_{N-1}, in image order
            position = {f"arr_{i}.npy": i for i in range(len(members))}
            if {m.filename for m in members} != set(position):
                raise _invalid("members")
            members.sort(key=lambda m: position[m.filename])
        budget, out = max_bytes, []
        for member in members:
            if not member.filename.endswith(".npy"):
                raise _invalid("members")
            with archive.open(member) as stream:
                version = np.lib.format.read_magic(stream)
                if version == (1, 0):
                    shape, fortran, dtype = np.lib.format.read_array_header_1_0(stream)
                elif version == (2, 0):
                    shape, fortran, dtype = np.lib.format.read_array_header_2_0(stream)
                else:
                    raise _invalid("npy_version")
                dtype = _checked_dtype(np.dtype(dtype))
                if len(shape) not in ((2, 3) if len(members) == 1 else (2,)):
                    raise _invalid("shape")
                nbytes = _declared(shape, dtype, budget)
                budget -= nbytes
                array = np.frombuffer(_read_exactly(stream, nbytes), dtype=dtype).reshape(
                    shape, order="F" if fortran else "C")
            out.extend(array if array.ndim == 3 else [array])
        return out


def _nifti(data: bytes, gzipped: bool, max_bytes: int) -> list[np.ndarray]:
    """The masks of a NIfTI-1/2 single file (``n+1``/``n+2``): the header is read and
    checked (dtype, shape, no scaling, declared size) before the voxels are inflated."""
    import nibabel as nib  # the training image has it (the NIfTI converter)

    stream: IO[bytes] = (gzip.GzipFile(fileobj=io.BytesIO(data)) if gzipped
                         else io.BytesIO(data))
    with stream:
        first = _read_exactly(stream, 4)
        sizes = {int.from_bytes(first, "little"), int.from_bytes(first, "big")}
        klass = nib.Nifti1Header if 348 in sizes else nib.Nifti2Header if 540 in sizes else None
        if klass is None:
            raise _invalid("nifti_header")
        head = first + _read_exactly(stream, (348 if klass is nib.Nifti1Header else 540) - 4)
        try:
            header = klass.from_fileobj(io.BytesIO(head), check=True)
        except Exception:  # nibabel's messages may quote header fields: keep only the outcome
            raise _invalid("nifti_header") from None
        if header["magic"].item() not in (b"n+1", b"n+2"):
            raise _invalid("nifti_header")
        slope, inter = header.get_slope_inter()
        if slope not in (None, 1.0) or inter not in (None, 0.0):
            raise _invalid("nifti_scaling")
        shape = tuple(int(s) for s in header.get_data_shape())
        while len(shape) > 3 and shape[-1] == 1:
            shape = shape[:-1]
        if len(shape) not in (2, 3):
            raise _invalid("shape")
        dtype = _checked_dtype(header.get_data_dtype())
        nbytes = _declared(shape, dtype, max_bytes)
        offset = int(header.get_data_offset())
        if not len(head) <= offset <= len(head) + max_bytes:
            raise _invalid("nifti_header")
        _read_exactly(stream, offset - len(head))  # extensions: not read
        volume = np.frombuffer(_read_exactly(stream, nbytes), dtype=dtype).reshape(
            shape, order="F")
    if volume.ndim == 2:
        return [volume.T]
    return [volume[:, :, k].T for k in range(volume.shape[2])]


def read_mask_file(name: str, data: bytes, *, max_bytes: int = DEFAULT_MAX_MASK_BYTES
                   ) -> list[np.ndarray]:
    """The masks in one file's bytes (its ``name`` says the format), each ``[rows, cols]``
    as it is stored, classes checked.

    Raises:
        ValueError: refused; ``args[0]`` is the code, ``args[1]`` the problem's name.
    """
    try:
        return _masks_of(name, data, max_bytes)
    except MaskRefused as exc:
        raise ValueError(exc.code, exc.problem) from None


def _masks_of(name: str, data: bytes, max_bytes: int) -> list[np.ndarray]:
    if len(data) > max_bytes:
        raise MaskRefused("segmentation_mask_too_large", "file_size")
    try:
        if name.endswith(".npz"):
            masks = _npz(data, max_bytes)
        elif name.endswith((".nii.gz", ".nii")):
            masks = _nifti(data, name.endswith(".gz"), max_bytes)
        else:
            raise _invalid("suffix")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError,
            OSError, EOFError, zlib.error, RuntimeError):
        raise _invalid("unreadable") from None
    if not masks:
        raise _invalid("shape")
    check_classes(masks)
    return masks


def check_classes(masks: Iterable[np.ndarray]) -> None:
    """Raises: MaskRefused ``segmentation_classes_invalid``: a value outside 0 … 31."""
    for mask in masks:
        if mask.dtype.kind != "b" and (mask.min() < 0 or mask.max() >= MAX_SEGMENTATION_CLASSES):
            raise MaskRefused("segmentation_classes_invalid", "class")


def fit_to_job(masks: Iterable[np.ndarray], chain: preprocess.Chain | None, image_size: int
               ) -> list[np.ndarray]:
    """Stored masks ``[rows, cols]`` → uint8 ``[S, S]`` through the job's sizing steps
    (:func:`~medenclave_training.core.transforms.mask_chain`: nearest resizing), in register
    with the images.

    Raises:
        MaskRefused: ``segmentation_mask_invalid`` (a chain masks cannot follow, a shape
            the chain refuses).
    """
    try:
        geometry = mask_chain(chain or preprocess.default_chain(image_size))
    except ValueError:  # refused at StartJob; a stored config may predate that
        raise _invalid("transforms") from None
    out = []
    for mask in masks:
        try:
            fitted = preprocess.apply(geometry, mask.astype(np.float32))
        except preprocess.PreprocessError:
            raise _invalid("shape") from None
        if fitted.shape != (1, image_size, image_size):
            raise _invalid("shape")
        out.append(np.rint(fitted[0]).astype(np.uint8))
    return out


class MaskFiles:
    """Implements the core's ``MaskSource`` over a folder of mask files."""

    def __init__(self, root: Path, *, max_bytes: int = DEFAULT_MAX_MASK_BYTES) -> None:
        self._root = Path(root).resolve(strict=True)
        self._max_bytes = max_bytes

    async def masks(self, *, pseudo_study_id: str, image_size: int,
                    chain: preprocess.Chain | None = None) -> list[np.ndarray]:
        return await asyncio.to_thread(self.read, pseudo_study_id, image_size, chain)

    def read(self, pseudo_study_id: str, image_size: int,
             chain: preprocess.Chain | None = None) -> list[np.ndarray]:
        """The study's masks in the model input's geometry, uint8 ``[S, S]`` each.

        Raises:
            StudyUnavailable: a code (module docstring).
        """
        try:
            name, data = self._file(pseudo_study_id)
            return fit_to_job(_masks_of(name, data, self._max_bytes), chain, image_size)
        except MaskRefused as exc:
            log.warning("segmentation mask refused", extra={"code": "TRN-125", "fields": {
                "pseudo_study_id": pseudo_study_id if _FILE_ID.fullmatch(pseudo_study_id)
                else "(not a file name)", "error_code": exc.code, "problem": exc.problem}})
            raise StudyUnavailable(exc.code) from None

    def _file(self, pseudo_study_id: str) -> tuple[str, bytes]:
        """The study's one mask file, resolved inside the folder and read whole (≤ the cap)."""
        if not _FILE_ID.fullmatch(pseudo_study_id):
            raise _invalid("pseudo_study_id")
        found = [self._root / (pseudo_study_id + s) for s in _SUFFIXES
                 if os.path.lexists(self._root / (pseudo_study_id + s))]
        if not found:
            raise MaskRefused("segmentation_masks_missing", "no_file")
        if len(found) > 1:
            raise _invalid("several_files")
        try:
            path = found[0].resolve(strict=True)
        except (OSError, RuntimeError):
            raise _invalid("unresolvable") from None
        if path.parent != self._root:
            raise _invalid("outside_folder")
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            raise _invalid("unreadable") from None
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise _invalid("not_a_file")
            if info.st_size > self._max_bytes:
                raise MaskRefused("segmentation_mask_too_large", "file_size")
            with os.fdopen(os.dup(fd), "rb") as f:
                data = f.read(info.st_size + 1)  # read(n) allocates n bytes up front
        finally:
            os.close(fd)
        if len(data) != info.st_size:
            raise _invalid("file_changed")
        return found[0].name, data
