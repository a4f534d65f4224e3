"""People in a person's slot whose surname is also an eponym or an everyday word.

A name finder keeps eponyms (Crohn, Cushing, Down, Apgar) and everyday words (Bell, Baker) as
clinical words, so a person who bears one is missed where the slot itself says a person:

* **a title and an initial**: ``Dr. A. Apgar``, ``Dr Cushing``: a doctor's title then an
  initial and a capitalised surname, or a capitalised surname alone;
* **a person's label**: a staff, witness or family label (``Provider notified:``, ``MD
  notified:``, ``Witness:``, ``Charge RN:``, ``Huddle lead:``, ``Family:``), maybe with an OCR
  scan's ``0``/``1``/``5`` for O/I/S, then the whole field is a person: an initial and a surname
  (``T. Cushing``, ``W Crohn``), a known given name and a surname (``Bram Marfan``), or a
  surname alone before a credential (``CROHN, RN``, ``Osler RN``);
* **a patient's label** (``PATIENT:``, ``PAT1ENT:``) then ``SURNAME, GIVEN``;
* **a pipe-delimited log's field** (an IVR call log) that holds only an initial and a surname,
  maybe after its label without a colon (``| PROV R. Ward |``), or only ``WARD, ROSE`` with a known
  given name; a key=value log's ``prov=J. Ward``, ``OCR_NAME="WARD, ROSE"``, ``PROVIDER=WARD, ALAN``;
  a refund form's ``Approver: A. Ward, Revenue Cycle Manager``.

The field must end there (line end, a comma, a dash, a credential, "at bedside"); no clinical
word that is no eponym, and no word that says no one.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.delimited_columns import NO_VALUE
from medenclave_deid.core.text.english_words import NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_slot_eponym_surnames"]


def _ocr(word: str) -> str:
    """A label word as an OCR scan may spell it (O/0, I/1, S/5)."""
    return "".join({"o": "[o0]", "i": "[i1l]", "s": "[s5]"}.get(c, re.escape(c)) for c in word)


_LABELS = (
    "provider notified|md notified|physician notified|provider|notified|witness|witnessed by|"
    "charge rn|charge nurse|huddle lead|primary rn|rn|nurse|physician|attending|cardiologist|"
    "surgeon|crna|family notified|family|called|reviewed by|signed by|prov|approver|approved by|"
    "prepared by|preparer|ocr name|ocr_name"
)
_LABEL = "(?:" + "|".join(_ocr(x).replace(r"\ ", "[ ]") for x in _LABELS.split("|")) + ")"
_CRED = r"(?:RN|LPN|MD|DO|NP|PA-C|PA|CRNA|APRN|RT|CNA)"
_CAP = r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{2,}(?:-[A-Z]{2,})?)"
_END = (
    r"(?=[ \t]*(?:$|[,;(|]|[ \t][A-Za-z_]+=|[ \t]-[ \t]|"
    rf",?[ \t]+{_CRED}\b|[ \t]+at[ \t]|[ \t]+\(|[ \t]{{2,}}))"
)
_SLOT = re.compile(
    rf"(?im)(?:^|(?<=[ \t]{{2}})|(?<=\|)|(?<=\|[ \t])|(?<=[ \t](?=[a-z_]+=)))[ \t]*{_LABEL}[ \t]*[:=][ \t]*"
    rf"\"?(?-i:(?P<v>[A-Z]{{2,}},[ \t]?(?P<f>[A-Z]{{2,}})|[A-Z][a-z]+,[ \t]?(?P<t>[A-Z][a-z]+)"
    rf"|[A-Z]\.?[ \t]?{_CAP}|(?P<g>{_CAP})[ \t]+{_CAP}|{_CAP}(?=,?[ \t]+{_CRED}\b)))\"?(?-i:{_END})"
)
#: a pipe-delimited log's field that holds only an initial and a surname, maybe after its label
#: without a colon (``| PROV R. Ward |``, ``|R. Hill|``), or a line's label then such a name
_INITIAL_FIELD = re.compile(
    rf"(?m)(?:(?<=\|)[ \t]?(?:(?i:{_LABEL})[ \t]+)?|^(?i:{_LABEL})[ \t]+)"
    rf"(?P<v>[A-Z]\.[ \t]?{_CAP})(?=[ \t]*(?:\||$))"
)
#: a pipe-delimited field that holds only ``SURNAME, GIVEN`` with a known given name (``| WARD, ROSE |``)
_LISTED = re.compile(rf"(?m)(?<=\|)[ \t]?(?P<v>{_CAP},[ \t]?(?P<g>{_CAP}))(?=[ \t]*(?:\||$))")
_TITLE = re.compile(rf"\b(?:Dr|DR)\.?[ \t]+(?P<v>(?:[A-Z]\.?[ \t]?)?{_CAP})\b")
_PATIENT = re.compile(
    rf"(?im)\b{_ocr('patient')}[ \t]*(?:name)?[ \t]*:[ \t]*"
    r"(?-i:(?P<v>[A-Z]{2,}(?:-[A-Z]{2,})?,[ \t]?[A-Z]{2,}))"
)


def _person_word(word: str, vocab: TextVocabulary) -> bool:
    key = word.lower()
    if len(key) < 2 or key in NEVER or key in NO_VALUE:
        return False
    if key in vocab.eponyms or vocab.is_name(key):
        return True
    # an everyday word that is no name ("Serial", "Lot") is the field's value, not a person
    return not (is_clinical_word(key) or key in vocab.clinical or vocab.is_common(key, threshold=3.0))


def _surname(word: str, vocab: TextVocabulary) -> bool:
    """A known surname that is no clinical word, even one never read as a name alone (Ward)."""
    key = word.lower()
    return vocab.is_name(key) and not is_clinical_word(key) and key not in NO_VALUE


def find_slot_eponym_surnames(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The people of the module docstring's slots in an English note.

    Args:
        text: an English note.
        vocab: what is known about English words.
    """
    out: list[PhiSpan] = []
    for pattern in (_SLOT, _TITLE, _PATIENT, _INITIAL_FIELD, _LISTED):
        for m in pattern.finditer(text):
            words = re.findall(r"[A-Za-z]{2,}", m["v"])
            given = m.groupdict().get("g") or m.groupdict().get("f") or m.groupdict().get("t")
            if given and not vocab.is_name(given.lower()):
                continue
            # an initial or a known given name makes a surname of a never-name (R. Ward, WARD, ROSE)
            sure = bool(given) or pattern is _INITIAL_FIELD or re.match(r"[A-Z]\.", m["v"]) is not None
            if words and all(_person_word(w, vocab) or (sure and _surname(w, vocab)) for w in words):
                out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out
