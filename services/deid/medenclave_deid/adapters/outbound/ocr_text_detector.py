"""The burned-in text screen's :class:`~medenclave_deid.core.ports.TextDetector`, offline.

`rapidocr-onnxruntime <https://pypi.org/project/rapidocr-onnxruntime/>`_ (Apache-2.0) runs
PaddleOCR's PP-OCRv4 models (Chinese + English; detection and recognition, ONNX, shipped in
its wheel) on onnxruntime's CPU provider: nothing is downloaded, nothing leaves the process.

* **Detection** (DB text detector) finds candidate lines; **recognition** (CRNN) reads each,
  so the core can require real characters at a real confidence: a speck, a caliper cross or
  a ruler does not come back as text. The text read never leaves :meth:`detect`: only the
  box, the recogniser's confidence and the number of letters, digits and ideographs in it.
* **Size**: the image is scaled so its long side lies between ``min_side`` and ``max_side``
  (small images up, at most 4×: the detector misses text only a few pixels high; huge ones
  down) and the detector works at that size.
* **Lazy**: the models load on the first :meth:`detect` (≈0.3 s), once per process
  (:func:`shared_text_detector`); importing this module costs nothing.
* **Failures** raise :class:`~medenclave_deid.core.ports.TextDetectorUnavailable` (the
  package missing, a model unreadable, an inference error), which the screen turns into a
  ``burned_in_unverified`` quarantine: it never passes an image it could not read.
"""

from __future__ import annotations

import logging
import os
import threading
import unicodedata

import numpy as np

from medenclave_deid.core.ports import TextBox, TextDetectorUnavailable

__all__ = ["RapidOcrTextDetector", "real_characters", "shared_text_detector"]


def real_characters(text: str) -> int:
    """How many letters, digits and ideographs ``text`` has (punctuation, spaces and symbols
    not counted)."""
    return sum(1 for ch in text if unicodedata.category(ch)[0] in "LN")


class RapidOcrTextDetector:
    """PP-OCRv4 detection + recognition through rapidocr-onnxruntime (CPU).

    Args:
        threads: onnxruntime intra-op threads per model (1 suits one detector per worker
            process; the service may give it more).
        min_side: images whose long side is shorter are enlarged towards it (at most 4×).
        max_side: images whose long side is longer are shrunk to it.
        box_threshold: the detector's box score threshold (rapidocr's default 0.5).
    """

    def __init__(self, *, threads: int = 1, min_side: int = 640, max_side: int = 1024,
                 box_threshold: float = 0.5) -> None:
        self.threads = threads
        self.min_side = min_side
        self.max_side = max_side
        self.box_threshold = box_threshold
        self._engine = None
        self._lock = threading.Lock()

    def _load(self):
        if self._engine is None:
            try:
                from rapidocr_onnxruntime import RapidOCR

                # its logger would print to stderr at DEBUG; it never sees the text read here
                logging.getLogger("RapidOCR").setLevel(logging.WARNING)
                self._engine = RapidOCR(
                    use_cls=False, print_verbose=False, text_score=0.0,
                    intra_op_num_threads=self.threads, inter_op_num_threads=1,
                    det_limit_type="max", det_limit_side_len=self.max_side,
                    det_box_thresh=self.box_threshold, max_side_len=self.max_side)
            except Exception as exc:  # ImportError, onnxruntime errors: the class says enough
                raise TextDetectorUnavailable(
                    f"rapidocr-onnxruntime unusable ({type(exc).__name__})") from None
        return self._engine

    def _fit(self, image: np.ndarray) -> tuple[np.ndarray, float]:
        import cv2

        long_side = max(image.shape[:2])
        scale = 1.0
        if long_side < self.min_side:
            scale = min(self.min_side / long_side, 4.0)
        elif long_side > self.max_side:
            scale = self.max_side / long_side
        if scale != 1.0:
            size = (max(1, round(image.shape[1] * scale)), max(1, round(image.shape[0] * scale)))
            image = cv2.resize(image, size, interpolation=cv2.INTER_AREA if scale < 1
                               else cv2.INTER_CUBIC)
        return np.ascontiguousarray(np.repeat(image[..., None], 3, axis=2)), scale

    def detect(self, image: np.ndarray) -> list[TextBox]:
        """The lines of text in ``image`` (2-D ``uint8``), in its own pixel coordinates.

        Raises:
            TextDetectorUnavailable: the package or its models cannot be used, or inference
                failed.
        """
        if image.ndim != 2 or image.size == 0:
            return []
        engine = self._load()
        try:
            picture, scale = self._fit(image.astype(np.uint8, copy=False))
            with self._lock:
                result, _ = engine(picture, use_det=True, use_cls=False, use_rec=True)
        except Exception as exc:  # an inference failure must not pass the image
            raise TextDetectorUnavailable(f"text detection failed ({type(exc).__name__})") \
                from None
        boxes = []
        for points, text, score in result or []:
            xs = [p[0] / scale for p in points]
            ys = [p[1] / scale for p in points]
            boxes.append(TextBox(x=int(min(xs)), y=int(min(ys)),
                                 width=max(1, round(max(xs) - min(xs))),
                                 height=max(1, round(max(ys) - min(ys))),
                                 confidence=float(score), characters=real_characters(text)))
        return boxes


_SHARED: dict[tuple[int, int], RapidOcrTextDetector] = {}


def shared_text_detector(threads: int = 1) -> RapidOcrTextDetector:
    """One detector per process and thread count (its models load on first use). Keyed by
    process id: a worker forked from a process that had loaded the models gets its own, so no
    onnxruntime session crosses a fork."""
    key = (os.getpid(), threads)
    if key not in _SHARED:
        _SHARED[key] = RapidOcrTextDetector(threads=threads)
    return _SHARED[key]
