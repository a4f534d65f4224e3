"""A study's de-identified report text and its token ids, as the fusion task reads them.

Training (the ``fusion`` task) and serving (Predict of a fusion model) both call these, so the
text a served model sees is built exactly as the text it was trained on: the ``TextValue`` of
every content item of the study's structured reports (SR instances, content trees depth first),
tokenised by the ``tokenizer.json`` saved with the model — ``[CLS]`` first, padded with 0 to the
length the tokenizer was trained for.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Iterable, Sequence

import numpy as np
import pydicom

__all__ = ["MAX_REPORT_CHARS", "TOKENIZER_FILE", "ReportUnreadable", "encode_texts",
           "load_tokenizer", "report_text"]

#: the most report text kept per study (characters); the tokenizer truncates far below it
MAX_REPORT_CHARS = 64 * 1024
#: the tokenizer saved next to a fusion (or text) model's ``model.onnx``
TOKENIZER_FILE = "tokenizer.json"
#: the most tokenizer.json read (bytes): a WordPiece vocabulary of the sizes jobs train is far less
MAX_TOKENIZER_BYTES = 16 * 1024 * 1024
_CLS = "[CLS]"
_MAX_DEPTH = 16


class ReportUnreadable(ValueError):
    """An instance could not be read, or a tokenizer file is unusable (no content quoted)."""


def _text_values(items: Iterable, out: list[str], depth: int = 0) -> None:
    """TextValue of every content item, depth first (SR content trees nest)."""
    if depth > _MAX_DEPTH:
        return
    for item in items:
        if "TextValue" in item:
            out.append(str(item.TextValue))
        if "ContentSequence" in item:
            _text_values(item.ContentSequence, out, depth + 1)


def report_text(blobs: Iterable[bytes]) -> str:
    """The text of the structured reports among ``blobs`` (SR instances' TextValue items), as
    deid released them; "" when there is none.

    Raises:
        ReportUnreadable: an instance is not readable DICOM (pydicom's message is not kept:
            it may quote dataset values).
    """
    out: list[str] = []
    for blob in blobs:
        try:
            head = pydicom.dcmread(io.BytesIO(blob), specific_tags=["Modality", "PixelData"])
            if "PixelData" in head or head.get("Modality") != "SR":
                continue
            _text_values([pydicom.dcmread(io.BytesIO(blob))], out)
        except Exception:
            raise ReportUnreadable("study_unreadable") from None
    return "\n".join(out)[:MAX_REPORT_CHARS]


def load_tokenizer(data: bytes):  # -> tokenizers.Tokenizer (imported only when needed)
    """The tokenizer saved with a model (the last few parsed are kept: Predict asks for the
    same version's tokenizer on every request).

    Raises:
        ReportUnreadable: ``tokenizer_unusable`` (too large, not UTF-8, not a tokenizer).
    """
    if len(data) > MAX_TOKENIZER_BYTES:
        raise ReportUnreadable("tokenizer_unusable")
    return _parsed_tokenizer(data)


@functools.lru_cache(maxsize=4)  # at most 4 × MAX_TOKENIZER_BYTES held
def _parsed_tokenizer(data: bytes):
    from tokenizers import Tokenizer

    try:
        tok = Tokenizer.from_str(data.decode("utf-8"))
    except Exception:
        raise ReportUnreadable("tokenizer_unusable") from None
    if tok.token_to_id(_CLS) is None:
        raise ReportUnreadable("tokenizer_unusable")
    return tok


def encode_texts(tok, texts: Sequence[str]) -> np.ndarray:
    """Token ids ``[N, L]`` (int64): ``[CLS]`` then the text's tokens, padded with 0."""
    cls = tok.token_to_id(_CLS)
    ids = [[cls, *enc.ids] for enc in tok.encode_batch(list(texts))]
    length = tok.truncation["max_length"] + 1 if tok.truncation else max(map(len, ids))
    return np.array([(row + [0] * length)[:length] for row in ids], dtype=np.int64)
