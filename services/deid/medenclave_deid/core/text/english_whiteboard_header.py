"""The log-in of whoever uploaded a whiteboard's photo, in the header above its OCR text.

A room whiteboard's photo comes with the uploader's log-in and the date above the board's own
text, in whatever shape the upload tool printed it: ``Uploaded by cmarlow · Mar 02, 2025``,
``IMG_4410.jpg  user=dana.voss  2025-03-02``, ``[uploader quill_r, 03/02/25]``, ``OCR | TBRENNICK |
03/02/2025``, ``Photo by: hpike7 (RN)``. The export-log readers want a cue they know and a date
right after the handle; here the header's place is the cue.

On a text the whiteboard reader takes for a board (two of its labels), the short lines among the
text's first four, before the board's first label, that name an upload, a user, a photo or a date:
each word with a log-in's shape
(:func:`~medenclave_deid.core.text.english_login_handles.is_handle`, or a dotted, underscored or
numbered handle of lower-case letters) that is no word of the header itself (``photo``,
``whiteboard``, ``uploaded``, a file's name).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_login_handles import is_handle
from medenclave_deid.core.text.english_whiteboards import board_start
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_board_uploader"]

_CUE = re.compile(
    r"(?i)\b(?:upload(?:ed|er)?|user(?:name)?|log-?in|photo|posted|captured|taken|author|by)\b"
    r"|\b\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}\b"
)
#: a word of the header line, not part of a file's name or a date ("IMG_4410.jpg", "2025-03-02")
_WORD = re.compile(r"(?<![\w.@/-])(?P<v>[A-Za-z][A-Za-z0-9._]{2,30}?)(?![\w@/-]|\.[A-Za-z0-9])")
_HEADER_WORDS = frozenset(
    "uploaded upload uploader user username login photo posted captured taken author source "
    "whiteboard board room ocr text scan image img date time by on at from via rn pct md app".split()
)
#: a header is the photo's first few short lines, not a note's sentences above a late label
_HEADER_LINES = 4
_HEADER_WIDTH = 100
_MARKED = re.compile(r"[a-z]+(?:[._][a-z]+)?\d{0,3}|[a-z]+\d{1,3}|[A-Z]+[._]?[A-Z]*\d{0,3}")


def _login(word: str, vocab: TextVocabulary) -> bool:
    low = word.lower()
    if low.rstrip("0123456789") in _HEADER_WORDS or re.fullmatch(r"[a-z]+\.(?:jpe?g|png|heic|pdf)", low):
        return False
    if is_handle(word, vocab):
        return True
    parts = [p for p in re.split(r"[._]", low.rstrip("0123456789")) if p]
    marked = bool(re.search(r"[._]|\d$", word))
    return (
        marked
        and bool(_MARKED.fullmatch(word))
        and 1 <= len(parts) <= 2
        and sum(map(len, parts)) >= 4
        and not any(is_clinical_word(p) or p in vocab.clinical for p in parts if len(p) > 2)
    )


def find_board_uploader(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The uploader's log-in in a whiteboard photo's header (module docstring).

    Args:
        text: an English note.
        vocab: what is known about English words.
    """
    start = board_start(text)
    if start is None:
        return []
    out: list[PhiSpan] = []
    offset = 0
    for line in text[:start].splitlines(keepends=True)[:_HEADER_LINES]:
        if _CUE.search(line) and len(line) <= _HEADER_WIDTH:
            for m in _WORD.finditer(line):
                if _login(m["v"], vocab):
                    out.append(PhiSpan(offset + m.start("v"), offset + m.end("v"), "name"))
        offset += len(line)
    return out
