"""Descriptions made only of imaging vocabulary, which the note engine would keep as they are.

Most Study and Series Descriptions a scanner writes are a few words from a small vocabulary
(``CT chest``, ``Axial 1mm``, ``CT CHEST WO CONTRAST``). Loading the note de-identifier for those
(its import compiles several hundred patterns: ~0.25 s of CPU in a cold ``deid dicom`` run)
changes nothing. :func:`is_plain_description` recognises them: every word is from
:data:`IMAGING_WORDS` (modalities, anatomy, techniques; no names, no places:
``test_plain_descriptions.py`` checks the shipped name and place lists and that the note engine
keeps each word, and a sample of descriptions, unchanged) with at most a trailing slice
thickness (``1mm``, ``2.5 MM``), and none of the record's identifying values occurs in it in any
form. Anything else goes through the engine. Words the engine reads otherwise in some position
are left out (``Coronal`` alone reads as a place, ``Mr``/``Pt``/``Study`` as cues to a name or a
number, a state code after a comma: ``Knee, PA``), as are commas and leading numbers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

__all__ = ["IMAGING_WORDS", "is_plain_description"]

IMAGING_WORDS = frozenset("""
ct mri pet dx cr mg nm rf ot scan scout localizer topogram survey
axial oblique transverse ap lateral lat frontal chest abdomen abdominal pelvis
pelvic head brain neck spine cervical thoracic lumbar heart coronary liver kidneys
renal knee shoulder hip hips wrist ankle elbow sinus orbit orbits temporal facial whole body
bone soft tissue tissues vascular angio angiography arterial portal phase delayed late with
without and contrast iv non enhanced pre wo routine standard spiral thin thick slice
slices recon reconstruction vr volume dose high resolution hr window kernel smooth
t1 t2 flair adc stir pd weighted diffusion perfusion bold left right bilateral
""".split())

#: words (letters, digits, a decimal point) and the punctuation a scanner puts between them (no
#: comma: "Knee, PA" reads as a town and its state)
_ALLOWED = re.compile(r"[A-Za-z0-9.\s/+()\-_]*")
_WORD = re.compile(r"[A-Za-z0-9.]+")
#: a slice thickness, last and after a word: "Axial 1mm", "CHEST 2.5 MM" (a number alone could
#: be anything, and one followed by words reads as a house number: "5 MM BONE CT", a court)
_THICKNESS = re.compile(r"\d{1,2}(?:\.\d{1,3})?(?:mm|MM)")
_SPACED_UNIT = re.compile(r"(\d) (mm|MM)\b")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def _squeezed(value: str) -> str:
    """``value`` folded to ASCII, lower case, letters and digits only."""
    folded = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return _NOT_ALNUM.sub("", folded.lower())


def is_plain_description(text: str, deny: Iterable[str]) -> bool:
    """Whether ``text`` is imaging vocabulary alone and mentions no value of ``deny``.

    A value counts as mentioned when its letters and digits occur anywhere in the text's letters
    and digits (case, accents and separators ignored), which is broader than the note engine's
    own leak check: when in doubt, the engine decides.
    """
    if not text.isascii() or _ALLOWED.fullmatch(text) is None:
        return False
    words = _WORD.findall(_SPACED_UNIT.sub(r"\1\2", text))
    last = len(words) - 1
    if not words or not all(w.lower() in IMAGING_WORDS or (0 < i == last and _THICKNESS.fullmatch(w))
                            for i, w in enumerate(words)):
        return False
    squeezed = _squeezed(text)
    return not any(value and value in squeezed for value in map(_squeezed, deny))
