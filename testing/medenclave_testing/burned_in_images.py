"""Synthetic DICOM images with and without burned-in text, for the burned-in text screen.

Three kinds of picture, each as a device would write it:

* ``ct``: 512×512 CT-like slice (16-bit, RescaleIntercept −1024, window 40/400), ImageType
  ``DERIVED\\SECONDARY\\REFORMATTED`` (a workstation reformat: the header screen leaves it to
  the pixels);
* ``us``: 640×480 ultrasound (8-bit grey or RGB; some cine loops of 6 frames, one RLE
  compressed): a speckled sector on black, depth ticks, calipers, a grey bar;
* ``xr``: 2000×1600 projection radiograph, DX (12-bit, MONOCHROME2, windowed) or CR
  (MONOCHROME1, no window: rendered with a percentile window), collimator edges, a ruler.

Text images carry one synthetic identifier drawn into the pixels (English and Chinese names,
dates, record numbers) at several sizes, corners and contrasts; clean images carry the same
kinds of graphics (ticks, calipers, rulers, bars) but no characters. Chinese text needs a CJK
font (``fc-list :lang=zh``, e.g. Debian's ``fonts-wqy-microhei``); without one the Chinese
cases are left out (:func:`cjk_font` is None) and the callers say so. Every value here is
made up.
"""

from __future__ import annotations

import functools
import io
import subprocess
from dataclasses import dataclass

import numpy as np
import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, RLELossless, generate_uid

__all__ = ["TEXTS", "SyntheticImage", "cjk_font", "generate", "latin_font"]

#: (category, text) drawn into the text images; synthetic values
TEXTS: tuple[tuple[str, str], ...] = (
    ("name_en", "SMITH^JOHN"),
    ("name_en", "O'Connor, Mary"),
    ("name_en", "Wang Xiaodong"),
    ("date", "2024-03-05 14:22"),
    ("date", "05/03/2024"),
    ("id", "MRN 00482913"),
    ("id", "ID:4401061987"),
    ("id", "ACC 7730012"),
    ("name_zh", "王小明"),
    ("name_zh", "张伟 男 45岁"),
    ("date_zh", "2024年3月5日"),
    ("name_zh", "陈建国"),
)
_CORNERS = ("top-left", "top-right", "bottom-left", "bottom-right")
#: text brightness as a share of the displayed range over a dark background
_CONTRASTS = {"high": 1.0, "medium": 0.6, "low": 0.35}
_SOP = {"ct": "1.2.840.10008.5.1.4.1.1.2", "us": "1.2.840.10008.5.1.4.1.1.6.1",
        "us-cine": "1.2.840.10008.5.1.4.1.1.3.1", "dx": "1.2.840.10008.5.1.4.1.1.1.1",
        "cr": "1.2.840.10008.5.1.4.1.1.1"}


@dataclass(frozen=True)
class SyntheticImage:
    """One generated instance; ``text`` is what was drawn ("" for a clean image)."""

    name: str
    kind: str
    text: str
    category: str
    font_px: int
    contrast: str
    dicom: bytes

    @property
    def has_text(self) -> bool:
        return bool(self.text)


def _font_file(pattern: str) -> str | None:
    try:
        out = subprocess.run(["fc-list", pattern, "file"], capture_output=True, text=True,
                             timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    files = sorted(line.split(":")[0].strip() for line in out.splitlines() if line.strip())
    return files[0] if files else None


def cjk_font() -> str | None:
    """A font file that has Chinese glyphs (``fc-list :lang=zh``), or None."""
    return _font_file(":lang=zh")


def latin_font() -> str | None:
    """DejaVu Sans if installed, else any Latin font, else None (Pillow's own is used)."""
    return _font_file("DejaVu Sans:style=Book") or _font_file(":lang=en")


def _font(path: str | None, px: int):
    from PIL import ImageFont

    return ImageFont.truetype(path, px) if path else ImageFont.load_default(size=px)


def _text_alpha(shape: tuple[int, int], text: str, font, corner: str) -> np.ndarray:
    """Coverage (0..1) of ``text`` drawn in ``corner`` of an image of ``shape``."""
    from PIL import Image, ImageDraw

    mask = Image.new("L", (shape[1], shape[0]), 0)
    draw = ImageDraw.Draw(mask)
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    margin = max(4, shape[1] // 60)
    x = margin if "left" in corner else shape[1] - margin - (right - left)
    y = margin if "top" in corner else shape[0] - margin - (bottom - top)
    draw.text((x - left, y - top), text, font=font, fill=255)
    return np.asarray(mask, dtype=np.float32) / 255.0


@functools.lru_cache(maxsize=32)
def _ellipse(shape, cy, cx, ry, rx) -> np.ndarray:
    yy, xx = np.ogrid[0:shape[0], 0:shape[1]]
    mask = ((yy - cy) / ry) ** 2 + ((xx - cx) / rx) ** 2 <= 1.0
    mask.flags.writeable = False
    return mask


def _ct_display(rng: np.random.Generator) -> np.ndarray:
    """A CT-like slice in display units (0 black … 1 white at window 40/400)."""
    shape = (512, 512)
    hu = np.full(shape, -1000.0)
    body = _ellipse(shape, 270, 256, 170, 210)
    hu[body] = 40 + rng.normal(0, 12, body.sum())
    for cx in (180, 332):
        lung = _ellipse(shape, 250, cx, 95, 62)
        hu[lung] = -820 + rng.normal(0, 30, lung.sum())
    spine = _ellipse(shape, 380, 256, 28, 24)
    hu[spine] = 700
    hu[_ellipse(shape, 440, 256, 6, 220) & ~body] = 200  # the table
    return np.clip((hu + 160) / 400, 0, 1)


def _us_display(rng: np.random.Generator) -> np.ndarray:
    """An ultrasound sector with speckle, depth ticks, a caliper pair and a grey bar."""
    shape = (480, 640)
    yy, xx = np.mgrid[0:shape[0], 0:shape[1]]
    angle = np.arctan2(xx - 320, yy + 40)
    radius = np.hypot(xx - 320, yy + 40)
    sector = (np.abs(angle) < 0.6) & (radius > 90) & (radius < 470)
    img = np.zeros(shape)
    img[sector] = np.clip(rng.rayleigh(0.22, sector.sum()) * (1 - radius[sector] / 700), 0, 1)
    img[60:440:38, 600:608] = 0.9  # depth ticks
    for cy, cx in ((200, 300), (260, 360)):  # caliper crosses
        img[cy - 5:cy + 6, cx] = img[cy, cx - 5:cx + 6] = 1.0
    img[80:400, 20:30] = np.linspace(1, 0, 320)[:, None]  # grey bar
    return img


def _xr_display(rng: np.random.Generator) -> np.ndarray:
    """A chest-radiograph-like picture with collimator edges and a ruler (2000×1600)."""
    shape = (2000, 1600)
    img = np.full(shape, 0.08)
    field = np.zeros(shape, bool)
    field[120:1880, 100:1500] = True
    img[field] = 0.55 + rng.normal(0, 0.03, field.sum())
    for cx in (560, 1040):
        lung = _ellipse(shape, 900, cx, 520, 260)
        img[lung] = 0.25 + rng.normal(0, 0.03, lung.sum())
    img[:, 770:830][field[:, 770:830]] = 0.8  # mediastinum and spine
    img[1940:1950, 200:1400] = 0.9  # ruler with ticks
    img[1925:1940, 200:1401:40] = 0.9
    return np.clip(img, 0, 1)


def _header(kind: str, sop: str, rows: int, cols: int) -> Dataset:
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = sop
    meta.MediaStorageSOPInstanceUID = uid = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID, ds.SOPInstanceUID = sop, uid
    ds.StudyInstanceUID, ds.SeriesInstanceUID = generate_uid(), generate_uid()
    ds.PatientName, ds.PatientID = "Synthetic^Screen", "SYN0001"
    ds.Modality = {"ct": "CT", "us": "US", "dx": "DX", "cr": "CR"}[kind]
    ds.Rows, ds.Columns = rows, cols
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    return ds


def _encode(kind: str, display: np.ndarray, *, rgb: bool = False, monochrome1: bool = False,
            compress: bool = False) -> bytes:
    """``display`` (frames × rows × cols, 0..1 as shown) stored as ``kind`` would store it."""
    frames, rows, cols = display.shape
    sop = _SOP["us-cine" if kind == "us" and frames > 1 else kind]
    ds = _header(kind, sop, rows, cols)
    if kind == "ct":
        ds.ImageType = ["DERIVED", "SECONDARY", "REFORMATTED"]
        ds.RescaleIntercept, ds.RescaleSlope = -1024, 1
        ds.WindowCenter, ds.WindowWidth = 40, 400
        stored = np.clip(display[0] * 400 - 160 + 1024, 0, 4095).astype(np.uint16)
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    elif kind in ("dx", "cr"):
        ds.ImageType = ["ORIGINAL", "PRIMARY"]
        value = 1 - display[0] if monochrome1 else display[0]
        stored = np.clip(value * 4095, 0, 4095).astype(np.uint16)
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
        if monochrome1:
            ds.PhotometricInterpretation = "MONOCHROME1"
        else:
            ds.WindowCenter, ds.WindowWidth = 2048, 4096
    else:
        ds.ImageType = ["ORIGINAL", "PRIMARY"]
        stored = np.clip(display * 255, 0, 255).astype(np.uint8)
        if frames > 1:
            ds.NumberOfFrames = frames
        else:
            stored = stored[0]
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 8, 8, 7, 0
        if rgb:
            ds.SamplesPerPixel, ds.PhotometricInterpretation = 3, "RGB"
            ds.PlanarConfiguration = 0
            tint = np.array([1.0, 0.95, 0.6])  # the yellowish text and tissue of some scanners
            stored = np.clip(stored[..., None] * tint, 0, 255).astype(np.uint8)
    ds.PixelData = stored.tobytes()
    if compress:
        ds.compress(RLELossless, stored)
    buf = io.BytesIO()
    pydicom.dcmwrite(buf, ds, enforce_file_format=True)
    return buf.getvalue()


_BACKGROUNDS = {"ct": _ct_display, "us": _us_display, "xr": _xr_display}


#: per kind: font sizes (px, about the height of a capital plus descender) to cycle through
_SIZES = {"ct": (11, 14, 20), "us": (11, 13, 18), "xr": (26, 36, 52)}
#: the ``hard`` set: smaller than devices usually write, and fainter
_HARD_SIZES = {"ct": (8, 9, 10), "us": (8, 9, 10), "xr": (16, 20, 24)}
_HARD_CONTRASTS = {"low": 0.35, "faint": 0.25, "fainter": 0.18}


def _variant(kind: str, i: int) -> dict:
    """How the ``i``-th image of ``kind`` is stored (grey/RGB, cine, compressed, CR/DX)."""
    if kind == "us":
        return {"store": "us", "rgb": i % 4 == 1, "frames": 6 if i % 4 == 2 else 1,
                "compress": i % 6 == 3}
    if kind == "xr":
        return {"store": "cr" if i % 2 else "dx", "monochrome1": bool(i % 2)}
    return {"store": "ct"}


def _store(kind: str, display: np.ndarray, i: int) -> bytes:
    v = _variant(kind, i)
    frames = display[None].repeat(v.get("frames", 1), axis=0)
    return _encode(v["store"], frames, rgb=v.get("rgb", False),
                   monochrome1=v.get("monochrome1", False), compress=v.get("compress", False))


def generate(seed: int = 0, *, kinds: tuple[str, ...] = ("ct", "us", "xr"),
             clean_per_kind: int = 8, cjk: str | bool | None = True,
             hard: bool = False) -> list[SyntheticImage]:
    """Text images (every entry of :data:`TEXTS` per kind, cycling sizes, corners, contrasts)
    and ``clean_per_kind`` clean images per kind.

    Args:
        cjk: a CJK font file, True to look one up (:func:`cjk_font`), or False/None to leave
            the Chinese texts out.
        hard: smaller and fainter text than devices usually write (8–10 px on CT and US,
            16–24 px on 2000-pixel radiographs; 18–35 % contrast): where detection gives out.
    """
    sizes, contrasts = (_HARD_SIZES, _HARD_CONTRASTS) if hard else (_SIZES, _CONTRASTS)
    rng = np.random.default_rng(seed)
    cjk_path = cjk_font() if cjk is True else (cjk or None)
    latin = latin_font()
    out: list[SyntheticImage] = []
    for kind in kinds:
        for i, (category, text) in enumerate(TEXTS):
            chinese = category.endswith("_zh")
            if chinese and not cjk_path:
                continue
            px = sizes[kind][i % 3]
            corner = _CORNERS[i % 4]
            contrast = tuple(contrasts)[(i + i // 3) % 3]  # every size meets every contrast
            base = _BACKGROUNDS[kind](rng)
            alpha = _text_alpha(base.shape, text, _font(cjk_path if chinese else latin, px),
                                corner)
            display = base * (1 - alpha) + contrasts[contrast] * alpha
            prefix = "hard-" if hard else ""
            out.append(SyntheticImage(f"{prefix}{kind}-{i:02d}-{category}-{px}px-{corner}-"
                                      f"{contrast}",
                                      kind, text, category, px, contrast,
                                      _store(kind, display, i)))
        for j in range(clean_per_kind):
            base = _BACKGROUNDS[kind](rng)
            out.append(SyntheticImage(f"{kind}-clean-{j:02d}", kind, "", "clean", 0, "",
                                      _store(kind, base, j)))
    return out
