"""The image transform chain as data: what a model sees, declared once, applied everywhere.

A job config's ``transforms`` list (``[{name: .., args: {..}}, ..]``) is checked by
:func:`parse_chain` (every error at once, each naming its place), saved with the model as
``preprocess.json`` (:func:`dumps`/:func:`loads`) and applied by :func:`apply` — by training to
every training image and by inference to every Predict input, so the two cannot disagree.

Spatial and intensity steps are MONAI transforms (``Orientation``, ``Spacing``,
``ScaleIntensityRange``, ``Resize``, ``ResizeWithPadOrCrop``, ``NormalizeIntensity``), imported
on first use so that services which never preprocess do not load torch. ``frames`` and
``rescale`` are the DICOM steps MONAI has no transform for.

Arrays: :func:`read_instance` gives a DICOM instance's stored values as ``[frames, rows, cols]``
with its geometry (:class:`ImageMeta`). A 2-D chain turns that into ``[1, rows, cols]`` (its
first step picks the frame when there are several), a 3-D chain into ``[1, rows, cols, frames]``.
The result is float32, channel first.
"""

from __future__ import annotations

import difflib
import io
import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

__all__ = [
    "PREPROCESS_FILE",
    "Chain",
    "ImageMeta",
    "InvalidChain",
    "PreprocessError",
    "Transform",
    "apply",
    "default_chain",
    "dumps",
    "from_dicom",
    "loads",
    "parse_chain",
    "read_instance",
]

#: the file next to model.onnx in a model version's folder
PREPROCESS_FILE = "preprocess.json"
_FORMAT = 1
#: limits: a chain is short, its sizes bounded (no "0 = unlimited")
MAX_TRANSFORMS = 32
MAX_SIDE = 2048
MAX_VOXELS = 512 * 512 * 512
MAX_FILE_BYTES = 64 * 1024


class InvalidChain(ValueError):
    """A transform list that cannot be used; ``errors`` lists every ``"path: problem"``."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("; ".join(errors))
        self.errors = errors


class PreprocessError(ValueError):
    """An image the chain cannot be applied to; ``code`` says why (never a pixel value)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Transform:
    name: str
    args: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Chain:
    """A checked transform list for ``dims``-dimensional models (2 or 3)."""

    dims: int
    transforms: tuple[Transform, ...]

    def to_list(self) -> list[dict[str, Any]]:
        return [{"name": t.name, "args": dict(t.args)} for t in self.transforms]


@dataclass(frozen=True)
class ImageMeta:
    """Geometry of ``[frames, rows, cols]`` stored values.

    Attributes:
        spacing: mm between rows, between columns, and between frames.
        affine: 4×4, voxel index ``(row, col, frame)`` → patient position in RAS mm
            (MONAI's convention); None if the instance does not say.
        slope, intercept: Rescale Slope/Intercept (stored value → modality units, e.g. HU).
    """

    spacing: tuple[float, float, float] = (1.0, 1.0, 1.0)
    affine: np.ndarray | None = None
    slope: float = 1.0
    intercept: float = 0.0


# --- parsing ------------------------------------------------------------------------------

_Check = Callable[[Any, int], tuple[Any, str]]  # (value, dims) → (normalised value, problem)


def _choice(*names: str) -> _Check:
    def check(value: Any, dims: int) -> tuple[Any, str]:
        if isinstance(value, str) and value in names:
            return value, ""
        close = difflib.get_close_matches(str(value), names, n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        return None, f"must be one of {', '.join(names)}{hint}"
    return check


def _number(value: Any, dims: int) -> tuple[Any, str]:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None, "must be a finite number"
    return float(value), ""


def _flag(value: Any, dims: int) -> tuple[Any, str]:
    return (value, "") if isinstance(value, bool) else (None, "must be true or false")


def _sizes(value: Any, dims: int) -> tuple[Any, str]:
    if (not isinstance(value, list | tuple) or len(value) != dims
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)):
        return None, f"must be a list of {dims} whole numbers"
    if not all(1 <= v <= MAX_SIDE for v in value):
        return None, f"each size must lie in 1..{MAX_SIDE}"
    if math.prod(value) > MAX_VOXELS:
        return None, f"at most {MAX_VOXELS} voxels"
    return [int(v) for v in value], ""


def _spacings(value: Any, dims: int) -> tuple[Any, str]:
    if (not isinstance(value, list | tuple) or len(value) != dims
            or not all(_number(v, dims)[1] == "" and 0.01 <= v <= 100 for v in value)):
        return None, f"must be a list of {dims} spacings in mm, each in 0.01..100"
    return [float(v) for v in value], ""


def _axcodes(value: Any, dims: int) -> tuple[Any, str]:
    pairs = ("LR", "PA", "IS")
    if (isinstance(value, str) and len(value) == 3 and value.isupper()
            and sorted(next(i for i, p in enumerate(pairs) if c in p) for c in value
                       if any(c in p for p in pairs)) == [0, 1, 2]):
        return value, ""
    return None, "must be 3 letters, one of L/R, P/A, I/S each (e.g. RAS)"


@dataclass(frozen=True)
class _Arg:
    check: _Check
    default: Any = None  # None: required


#: name → (its arguments, the dims it works in)
_SPECS: dict[str, tuple[dict[str, _Arg], tuple[int, ...]]] = {
    # a 2-D model's one image of a multi-frame instance
    "frames": ({"select": _Arg(_choice("first", "middle", "mean"), "first")}, (2,)),
    # stored values → modality units (HU for CT) with Rescale Slope/Intercept
    "rescale": ({}, (2, 3)),
    "orientation": ({"axcodes": _Arg(_axcodes, "RAS")}, (3,)),
    "spacing": ({"pixdim": _Arg(_spacings), "mode": _Arg(_choice("bilinear", "nearest"),
                                                          "bilinear")}, (2, 3)),
    # intensity window [a_min, a_max] → [b_min, b_max]
    "window": ({"a_min": _Arg(_number), "a_max": _Arg(_number), "b_min": _Arg(_number, 0.0),
                "b_max": _Arg(_number, 1.0), "clip": _Arg(_flag, True)}, (2, 3)),
    "resize": ({"spatial_size": _Arg(_sizes),
                "mode": _Arg(_choice("nearest", "linear", "area"), "area")}, (2, 3)),
    "pad_or_crop": ({"spatial_size": _Arg(_sizes)}, (2, 3)),
    # z-score per image
    "normalize": ({"nonzero": _Arg(_flag, False)}, (2, 3)),
}


def _parse_one(item: Any, where: str, dims: int, errors: list[str]) -> Transform | None:
    if not isinstance(item, Mapping):
        errors.append(f"{where}: must be a mapping with 'name' and 'args'")
        return None
    for key in sorted(set(item) - {"name", "args"}, key=str):
        errors.append(f"{where}.{key}: unknown key (only 'name' and 'args')")
    name = item.get("name")
    if name not in _SPECS:
        close = difflib.get_close_matches(str(name), list(_SPECS), n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        errors.append(f"{where}.name: unknown transform '{name}'{hint} "
                      f"(known: {', '.join(_SPECS)})")
        return None
    specs, allowed_dims = _SPECS[name]
    if dims not in allowed_dims:
        errors.append(f"{where}.name: '{name}' does not apply to {dims}-D models")
    raw = item.get("args", {}) if item.get("args") is not None else {}
    if not isinstance(raw, Mapping):
        errors.append(f"{where}.args: must be a mapping")
        return None
    args: dict[str, Any] = {}
    for key in sorted(set(raw) - set(specs), key=str):
        errors.append(f"{where}.args.{key}: unknown argument of '{name}' "
                      f"(known: {', '.join(specs) or 'none'})")
    for key, spec in specs.items():
        if key not in raw:
            if spec.default is None:
                errors.append(f"{where}.args.{key}: required")
            else:
                args[key] = spec.default
            continue
        value, problem = spec.check(raw[key], dims)
        if problem:
            errors.append(f"{where}.args.{key}: {problem}")
        else:
            args[key] = value
    if name == "window" and {"a_min", "a_max"} <= set(args) and args["a_max"] <= args["a_min"]:
        errors.append(f"{where}.args.a_max: must be greater than a_min")
    return Transform(str(name), args)


def parse_chain(items: Any, *, dims: int = 2, where: str = "transforms") -> Chain:
    """Check a transform list (a job config's ``transforms``).

    Args:
        items: a list of ``{"name": .., "args": {..}}`` mappings.
        dims: 2 or 3, the model's spatial dimensions (``data.dims``).
        where: the path the error messages start with.

    Raises:
        InvalidChain: with every problem found, each ``"transforms[i].args.x: problem"``.
    """
    if dims not in (2, 3):
        raise InvalidChain([f"{where}: dims must be 2 or 3"])
    if not isinstance(items, list | tuple):
        raise InvalidChain([f"{where}: must be a list of transforms"])
    if len(items) > MAX_TRANSFORMS:
        raise InvalidChain([f"{where}: at most {MAX_TRANSFORMS} transforms"])
    errors: list[str] = []
    parsed = [_parse_one(item, f"{where}[{i}]", dims, errors) for i, item in enumerate(items)]
    for i, t in enumerate(parsed):
        if t is not None and t.name == "frames" and i != 0:
            errors.append(f"{where}[{i}].name: 'frames' must come first")
    if errors:
        raise InvalidChain(errors)
    return Chain(dims=dims, transforms=tuple(t for t in parsed if t is not None))


def default_chain(image_size: int = 64) -> Chain:
    """The platform's historical input: the first frame, nearest-neighbour resize to
    ``image_size``², z-score per image."""
    return parse_chain([{"name": "frames"},
                        {"name": "resize", "args": {"spatial_size": [image_size, image_size],
                                                    "mode": "nearest"}},
                        {"name": "normalize"}])


def dumps(chain: Chain) -> bytes:
    """``preprocess.json``: the chain, readable by :func:`loads` (sorted keys: stable bytes)."""
    doc = {"format": _FORMAT, "dims": chain.dims, "transforms": chain.to_list()}
    return json.dumps(doc, sort_keys=True, indent=2).encode()


def loads(data: bytes) -> Chain:
    """The chain of a ``preprocess.json`` (checked like a job config's).

    Raises:
        InvalidChain: not JSON, another format, too large, or an invalid chain.
    """
    if len(data) > MAX_FILE_BYTES:
        raise InvalidChain([f"{PREPROCESS_FILE}: larger than {MAX_FILE_BYTES} bytes"])
    try:
        doc = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        raise InvalidChain([f"{PREPROCESS_FILE}: not JSON"]) from None
    if not isinstance(doc, dict) or doc.get("format") != _FORMAT:
        raise InvalidChain([f"{PREPROCESS_FILE}: format must be {_FORMAT}"])
    return parse_chain(doc.get("transforms"), dims=doc.get("dims", 0))


# --- applying -----------------------------------------------------------------------------

def _frames(img: Any, meta: ImageMeta, args: Mapping[str, Any]) -> Any:
    select = args["select"]
    if select == "mean":
        return img.mean(axis=0, keepdims=True)
    index = 0 if select == "first" else img.shape[0] // 2
    return img[index:index + 1]


def _monai(name: str, args: Mapping[str, Any], dims: int) -> Callable[[Any], Any]:
    """The MONAI transform for one step (imported here: torch only when a chain runs)."""
    from monai import transforms as mt

    if name == "orientation":
        return mt.Orientation(axcodes=args["axcodes"], labels=None)  # the affine is RAS
    if name == "spacing":
        return mt.Spacing(pixdim=args["pixdim"], mode=args["mode"])
    if name == "window":
        return mt.ScaleIntensityRange(a_min=args["a_min"], a_max=args["a_max"],
                                      b_min=args["b_min"], b_max=args["b_max"],
                                      clip=args["clip"])
    if name == "resize":
        mode = {"linear": "bilinear" if dims == 2 else "trilinear"}.get(args["mode"], args["mode"])
        return mt.Resize(spatial_size=args["spatial_size"], mode=mode)
    if name == "pad_or_crop":
        return mt.ResizeWithPadOrCrop(spatial_size=args["spatial_size"])
    if name == "normalize":
        return mt.NormalizeIntensity(nonzero=args["nonzero"])
    raise AssertionError(name)  # parse_chain admits no other name


def _affine(meta: ImageMeta, dims: int) -> np.ndarray:
    """The (dims+1)² affine of the channel-first array ``apply`` works on."""
    if dims == 3 and meta.affine is not None:
        return np.asarray(meta.affine, dtype=np.float64)
    return np.diag([*meta.spacing[:dims], 1.0]).astype(np.float64)


def apply(chain: Chain, array: np.ndarray, meta: ImageMeta | None = None) -> np.ndarray:
    """Apply ``chain`` to one image or volume.

    Args:
        array: stored values ``[rows, cols]`` or ``[frames, rows, cols]``.
        meta: its geometry and rescale (default: 1 mm, no rescale).

    Returns:
        float32, channel first: ``[1, H, W]`` (2-D chains) or ``[1, H, W, D]`` (3-D).

    Raises:
        PreprocessError: ``image_shape`` (not 2-D/3-D, empty), ``frames_not_selected`` (a
            2-D chain met several frames without a ``frames`` step), ``orientation_unknown``
            (a 3-D ``orientation`` step without an affine), ``image_too_large``.
    """
    meta = meta or ImageMeta()
    img = np.asarray(array, dtype=np.float32)
    if img.ndim == 2:
        img = img[None]
    if img.ndim != 3 or 0 in img.shape:
        raise PreprocessError("image_shape")
    if img.size > MAX_VOXELS:
        raise PreprocessError("image_too_large")
    steps = list(chain.transforms)
    if chain.dims == 2:
        if steps and steps[0].name == "frames":
            img = _frames(img, meta, steps.pop(0).args)
        elif img.shape[0] != 1:
            raise PreprocessError("frames_not_selected")
    else:
        img = np.moveaxis(img, 0, -1)[None]  # [1, rows, cols, frames]
    data: Any = img
    for step in steps:
        if step.name == "rescale":
            data = data * meta.slope + meta.intercept
            continue
        if step.name == "orientation" and meta.affine is None:
            raise PreprocessError("orientation_unknown")
        if not hasattr(data, "affine"):  # first MONAI step: carry the geometry along
            import torch
            from monai.data import MetaTensor

            data = MetaTensor(torch.as_tensor(np.ascontiguousarray(data)),
                              affine=torch.as_tensor(_affine(meta, chain.dims)))
        data = _monai(step.name, step.args, chain.dims)(data)
    out = data.detach().cpu().numpy() if hasattr(data, "detach") else np.asarray(data)
    return np.ascontiguousarray(out, dtype=np.float32)


# --- DICOM --------------------------------------------------------------------------------

def _geometry(ds: Any, frames: int) -> ImageMeta:
    """Spacing, affine and rescale from the instance's own attributes (functional groups of
    enhanced multi-frame images are not read: 1 mm then)."""
    def floats(keyword: str, n: int) -> list[float] | None:
        raw: Any = ds.get(keyword)
        if raw is None or raw == "":
            return None
        items: list[Any] = list(raw) if isinstance(raw, list | tuple) or hasattr(
            raw, "append") else [raw]  # pydicom: MultiValue (a list) or one value
        try:
            values = [float(v) for v in items]
        except (TypeError, ValueError):
            return None
        return values if len(values) == n and all(map(math.isfinite, values)) else None

    spacing = floats("PixelSpacing", 2) or floats("ImagerPixelSpacing", 2) or [1.0, 1.0]
    between = floats("SpacingBetweenSlices", 1) or floats("SliceThickness", 1) or [1.0]
    slope = (floats("RescaleSlope", 1) or [1.0])[0]
    intercept = (floats("RescaleIntercept", 1) or [0.0])[0]
    orientation, position = floats("ImageOrientationPatient", 6), floats("ImagePositionPatient", 3)
    affine = None
    if orientation is not None and position is not None:
        along_cols, along_rows = np.array(orientation[:3]), np.array(orientation[3:])
        normal = np.cross(along_cols, along_rows)
        lps = np.eye(4)
        lps[:3, 0] = along_rows * spacing[0]  # next row
        lps[:3, 1] = along_cols * spacing[1]  # next column
        lps[:3, 2] = normal * between[0]  # next frame
        lps[:3, 3] = position
        affine = np.diag([-1.0, -1.0, 1.0, 1.0]) @ lps  # LPS → RAS
    return ImageMeta(spacing=(spacing[0], spacing[1], between[0] if frames > 1 else 1.0),
                     affine=affine, slope=slope, intercept=intercept)


def read_instance(dicom: bytes) -> tuple[np.ndarray, ImageMeta]:
    """One DICOM Part 10 instance → stored values ``[frames, rows, cols]`` and geometry.

    Colour samples are averaged to one grey value.

    Raises:
        PreprocessError: ``not_an_image`` (no pixel data: SR, KOS, PR),
            ``image_unreadable`` (unparsable, or a codec is missing).
    """
    import pydicom

    try:
        ds = pydicom.dcmread(io.BytesIO(dicom), force=True)
    except Exception:  # pydicom's messages may quote dataset values: keep only the outcome
        raise PreprocessError("image_unreadable") from None
    if "PixelData" not in ds and "FloatPixelData" not in ds:
        raise PreprocessError("not_an_image")
    try:
        pixels = np.asarray(ds.pixel_array, dtype=np.float32)
        frames = int(ds.get("NumberOfFrames") or 1)
        samples = int(ds.get("SamplesPerPixel") or 1)
    except Exception:
        raise PreprocessError("image_unreadable") from None
    if samples > 1:
        pixels = pixels.mean(axis=-1)
    if frames == 1:
        pixels = pixels[None] if pixels.ndim == 2 else pixels
    if pixels.ndim != 3 or pixels.shape[0] != frames:
        raise PreprocessError("image_unreadable")
    return pixels, _geometry(ds, frames)


def from_dicom(chain: Chain, dicom: bytes) -> np.ndarray:
    """:func:`read_instance` then :func:`apply`: the model input of one instance.

    Raises:
        PreprocessError: see both.
    """
    pixels, meta = read_instance(dicom)
    return apply(chain, pixels, meta)

