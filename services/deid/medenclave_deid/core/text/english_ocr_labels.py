"""The values of a scanned or faxed form's labels that optical character recognition misspelt.

An OCR'd requisition or face sheet reads its labels with the usual glyph confusions: ``O`` as
``0``, ``B`` as ``8``, ``e`` as ``c`` or ``3``, ``g`` as ``q`` or ``9`` (``D0B:``, ``DO8:``,
``Agc:``, ``Aqe:``, ``A9e:``, ``Aqe/Sex: 94/F``). The finders that read ``DOB:`` and ``Age:`` do
not know those spellings, so the value after them goes on as written:

* **an age over 89**: a number from 90 to 119 after a mangled ``Age`` label (``Agc: 98``,
  ``A9e: 91``, ``Aqe/Sex: 94/F``);
* **a birth date**: the date after a mangled ``DOB`` label, its own digits perhaps misread too
  (``D0B: O4/2l/1926``).

A health-care proxy's frames read the same way, whatever glyphs of their words OCR misread
(``I, ... HERE8Y APP0INT``, ``1F THE PERS0N 1 APPO1NT IS UNABLE, I APPOINT``):

* **the principal** between ``I,`` and ``(hereby) appoint``;
* **the agent and the alternate** opening the text after ``appoint`` (its line or the next one),
  before a bracket, a comma, a wide gap, a phone's label or the line's end.

A scanned device card's physician reads the same way (``lmplanting Physlclan: R Hale``, ``D0ct0r:
KOWAL``, ``Physician`` then ``0r. HALE, ADA M.D.`` on the next line): one to three capitalised
words or an initial and a surname after the physician's, doctor's or surgeon's label however OCR
spelt it, a misread title passed over, up to a credential, a bracket, a comma or the line's end;
none of them a heading, a title, a credential or a clinical word (``Physician: Cardiology``).
Its patient, on a card that says implant or card, after a ``Patient (Name)`` or ``Name`` label
opening a line with no colon or with the value on the next line (``PAT1ENT NAME Lombardi, Ada
IMPLANT DATE``, ``Name⏎LIZ B FORD``): two to four capitalised words or initials up to a wide gap
or the line's end, none of them the card's own words, a title or a clinical word.

A label counts only when it is a whole token, opens with the label's own first letter (or ``4``
for ``A``) and, once each confusable glyph is read back, spells the label exactly: one glyph
or more misread, no letter added or missing. The right spelling is the other finders' business.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_fields import SERVICE_WORDS
from medenclave_deid.core.text.english_words import CREDENTIAL_WORDS, NEVER, TITLES
from medenclave_deid.core.text.lexicon import CLINICAL_WORDS_EN
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import is_clinical_word

__all__ = ["find_ocr_labels"]

#: a glyph OCR writes for a letter (``c`` for ``e``, ``0`` for ``O``), read back lower-cased
_READ_BACK = str.maketrans(
    {"0": "o", "8": "b", "3": "e", "4": "a", "c": "e", "q": "g", "9": "g", "\u0261": "g"}
)
#: a label of three glyphs, maybe with its sex after a slash ("Aqe/Sex"), then a colon or a stop
_LABEL = re.compile(
    r"(?<![\w.-])(?P<l>[AaDd4][A-Za-z0-9\u0261]{2})(?![\w-])"
    r"(?:[ \t]*/[ \t]*(?i:s[e3c]x|gender))?[ \t]*[:.]?[ \t]*"
)
_AGE = re.compile(r"(?P<v>9\d|1[01]\d)(?![\d.,]\d|\d)")
#: a date whose digits OCR may have read as letters ("O4/2l/1926", "04-21-I926")
_DIGIT = r"[0-9OoIl]"
_DATE = re.compile(rf"(?P<v>{_DIGIT}{{1,2}}(?P<s>[/.-]){_DIGIT}{{1,2}}(?P=s){_DIGIT}{{2,4}})(?![\w/])")


_GLYPHS = {"O": "[O0o]", "I": "[I1li]", "S": "[S5s]", "E": "[E3e]", "B": "[B8b]"}


def _ocr(word: str) -> str:
    """A pattern for ``word`` in capitals or lower case, with OCR's digits for O, I, S, E, B."""
    return "".join(_GLYPHS.get(c, f"[{c}{c.lower()}]") for c in word.upper())


_PERSON = r"(?P<v>[A-Z][A-Za-z'’-]+(?:[ ]+[A-Z]\.?)?(?:[ ]+[A-Z][A-Za-z'’-]+){1,2}?)"
_PRINCIPAL = re.compile(
    rf"(?<![\w,])[I1],[ \t]*{_PERSON},?[ \t]+(?:{_ocr('hereby')}[ \t]+)?{_ocr('appoint')}(?![A-Za-z])"
)
_AGENT = re.compile(
    rf"(?<![A-Za-z])(?:{_ocr('appoint')}|{_ocr('alternate')}(?:[ \t]+{_ocr('agent')})?)"
    rf"[ \t]*:?[ \t]*\n?[ \t]*{_PERSON}"
    rf"(?=[ \t]*(?:$|\(|,|[ \t]{{2}}|(?:{_ocr('phone')}|{_ocr('tel')}|{_ocr('cell')})\b))",
    re.MULTILINE,
)
#: a witness's name after its label or its number under the witnesses' heading ("W1TNE55 2: ...",
#: "1) ... (RN)"), up to a bracket, a comma, a dash, a credential or the line's end
_WITNESS = re.compile(
    rf"(?:{_ocr('witness')}(?:[ \t]*#?\d)?[ \t]*:|^[ \t]*\(?[12]\))[ \t]*{_PERSON}"
    r"(?=[ \t]*(?:$|\(|,|[ \t]{2}|[-\u2013][ \t])|[ \t]+(?:RN|LPN|MD|DO|NP|CHAPLAIN|MDIV)\b)",
    re.MULTILINE,
)
#: a scanned card's physician after the label however OCR spelt it ("lmplanting Physlclan: R
#: Hale", "D0ct0r: KOWAL", "Physician⏎0r. HALE, ADA M.D."): one to three capitalised words or an
#: initial and a surname, a title misread too, up to a credential, a bracket, a comma or the line's
#: end
_PHYSICIAN = re.compile(
    rf"(?<![A-Za-z0-9])(?:(?:{_ocr('implanting')}|{_ocr('implanted')}|{_ocr('following')}|{_ocr('follow')}-up|"
    rf"{_ocr('referring')})[ \t]+)?(?:{_ocr('physician')}|{_ocr('doctor')}|{_ocr('surgeon')}|"
    rf"{_ocr('cardiologist')}|(?<={_ocr('implanted')}[ ]){_ocr('by')})(?![A-Za-z0-9])"
    r"[ \t]*:?[ \t]*\n?[ \t]*(?:(?:[D0O][Rr]|DR)\.?[ \t]+)?"
    r"(?P<v>(?:[A-Z]\.?[ ]+)?[A-Z][A-Za-z'’-]+(?:,?[ ]+[A-Z][A-Za-z'’-]+){0,2}(?:[ ][A-Z]\.)?)"
    r"(?=[ \t]*(?:$|,|\(|[ \t]{2})|[ \t]+(?:MD|M\.D\.|DO|FACC|FHRS|PhD)(?![A-Za-z]))",
    re.MULTILINE,
)
#: a scanned card's patient after its label however OCR spelt it, with no colon or on the next
#: line ("PAT1ENT NAME Lombardi, Magdalena   IMPLANT DATE ...", "Name⏎LIZ B FORD"): two to four
#: capitalised words or initials, up to a wide gap or the line's end
_CARD_PATIENT = re.compile(
    rf"^[ \t]*(?:{_ocr('patient')}(?:[ \t]+{_ocr('name')})?|{_ocr('name')})"
    r"(?:[ \t]*:[ \t]*|[ \t]+|[ \t]*\n[ \t]*)"
    r"(?P<v>[A-Z][A-Za-z'’-]+,?(?:[ ]+[A-Z](?:[A-Za-z'’-]+|\.)?){1,3})(?=[ \t]*$|[ \t]{2})",
    re.MULTILINE,
)
_CARD_CUE = re.compile(rf"(?<![A-Za-z]){_ocr('implant')}|(?<![A-Za-z]){_ocr('card')}(?![A-Za-z])")
#: a card's own words, which no patient is called
_CARD_WORDS = frozenset(
    """
implant implanted date serial number model device hospital physician phone card id lead generator
manufacturer name patient address birth dob sex type center clinic doctor
""".split()
)
_NO_PHYSICIAN = (
    NEVER | TITLES | CREDENTIAL_WORDS | SERVICE_WORDS | frozenset("unknown none pending same self".split())
)
_PHYSICIAN_CUES = (
    "hysi",
    "HYSI",
    "ctor",
    "CTOR",
    "ct0r",
    "CT0R",
    "urge",
    "URGE",
    "rdio",
    "RDIO",
    "ed by",
    "ED BY",
)
_WITNESS_HEAD = re.compile(rf"{_ocr('witness')}", re.ASCII)
#: a cheap test that a frame's word is there at all ("appoint", "witness", misread or not)
_FRAME_CUES = ("ppo", "PPO", "PP0", "tne", "TNE", "TN3", "ERNA", "erna", "3RNA")
#: a form's own words, never a name's
_FORM_WORDS = frozenset(
    "as my the to of and or for health care agent proxy person if is unable hereby appoint any all "
    "decisions me this my alternate optional".split()
)


def _mangled(label: str, meant: str) -> bool:
    """``label`` is ``meant`` with at least one glyph misread and nothing else changed."""
    return label.lower() != meant and label.translate(_READ_BACK).lower() == meant


def _digits(value: str) -> int:
    """How many of ``value``'s glyphs are digits (a date OCR misread wholly is no date to read)."""
    return sum(c.isdigit() for c in value)


def find_ocr_labels(text: str) -> list[PhiSpan]:
    """Ages over 89 and birth dates after misread labels (module docstring).

    Args:
        text: an English note.
    """
    out: list[PhiSpan] = []
    for m in _LABEL.finditer(text):
        label = m["l"]
        if _mangled(label, "age") and (v := _AGE.match(text, m.end())):
            out.append(PhiSpan(v.start("v"), v.end("v"), "age"))
        elif _mangled(label, "dob") and (v := _DATE.match(text, m.end())) and _digits(v["v"]) >= 4:
            out.append(PhiSpan(v.start("v"), v.end("v"), "date"))
    if any(k in text for k in _PHYSICIAN_CUES):
        for m in _PHYSICIAN.finditer(text):
            words = [w.strip(".,").lower() for w in m["v"].split()]
            if not any(w in _NO_PHYSICIAN or w in CLINICAL_WORDS_EN or is_clinical_word(w) for w in words):
                out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    if _CARD_CUE.search(text):
        for m in _CARD_PATIENT.finditer(text):
            words = [w.strip(".,").lower() for w in m["v"].split()]
            if not any(
                w in _NO_PHYSICIAN or w in _CARD_WORDS or w in CLINICAL_WORDS_EN or is_clinical_word(w)
                for w in words
            ):
                out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    if any(k in text for k in _FRAME_CUES):
        for rx in (_PRINCIPAL, _AGENT, _WITNESS):
            for m in rx.finditer(text):
                if (
                    rx is _WITNESS
                    and m.group().lstrip()[:1] in "(12"
                    and not _WITNESS_HEAD.search(text, max(0, m.start() - 160), m.start())
                ):
                    continue  # "1) Aspirin Daily": a numbered list, not a witnesses' block
                if not any(w.lower().strip(".") in _FORM_WORDS for w in m["v"].split()):
                    out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out
