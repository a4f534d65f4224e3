"""The people and dates of a patient-room whiteboard read from a photo by OCR.

A photo of the room's whiteboard, run through OCR, reads its labels with ``0`` for ``O`` and ``1``
for ``I`` or ``l`` (``Y0UR NURSE``, ``D0CT0R``, ``T0DAY 1S``, ``FAM1LY C0NTACT``, ``G0ING H0ME``)
and its values are bare first names, surnames and month/day dates the other finders need a
cue for:

* **the care team**: a first name or a surname after a nurse's, a tech's or a doctor's label
  (``Your RN - Wren``, ``PCT - ODELL``, ``CN: Brisa``, ``MD - QUILLAN (ortho)``, ``Y0UR D0CT0R:
  ARVOLD / Dr. Pemberly``), several on one line (``RN: Wren    PCT: Odell    MD - Dr Quillan``),
  or in a sentence (``Your nurse today is Wren :)``, ``Your tech is Odell``), on the line below
  its label or after ``=``, ``_``, ``|`` or a ``/``, ``;`` or ``*`` between slots (``NURSE(S) _ Solvey
  7a-7p``, ``RN: Marlowe / PCT - Tamsin``), before its role (``Chance = your PCT``, ``- LARKSPUR
  (PCT)``), with ``0`` for ``O`` in it (``0r. K0WALCZEK``); a capitalised word in a staff slot is a
  name even when it is an everyday word or a month's (``Nurse: Hope``, ``RN: Jun x4412``), unless it
  says no one (``Nurse: Call light``);
* **the patient**: the surname after ``Mr.``/``Ms.`` (``Patient Mr Halvard``), and the
  preferred name after ``prefers``, ``call me``, ``goes by`` or ``likes to be called``
  (``Mr. Halvard (prefers Skip)``, ``Call me: Dusty``), even an everyday word;
* **the family contact**: the first name after the contact's label before a relation's word
  (``Family: Juno - niece - 555 …``, ``C0NTACT Juno grandson 555 …``);
* **the dates**: a month/day after ``today is``, ``discharge goal``, ``expected DC`` or ``going
  home`` (``T0day Is: 5/25``, ``Discharge G0al: 2/10``, ``EXPECTED DC: 6/10``).

Its own labels are no one (``G0ALS: walk 3x``, ``NAME: MS. ROE``, ``PAIN: 2/10``), and a pain
score out of ten is no date (``PAIN G0AL: 2/10``).

It reads only a text with two of the board's labels (the team's, today's, the discharge's, the
family contact's) and a phrase only a board has (today's date, ``your nurse``, a pain goal, the
call light, a label spelt with 0 for O), and a name is one capitalised or upper-case word that is
no title, credential, heading or clinical word.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.english_words import CREDENTIAL_WORDS, NEVER, TITLES
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import is_clinical_word

__all__ = ["board_start", "find_whiteboard_people", "keep_board_labels"]

_GLYPH = {"o": "[o0]", "i": "[i1l]", "l": "[l1i]", "s": "[s5]"}


def _ocr(words: str) -> str:
    """A regex of ``words`` (alternatives by ``|``) with OCR's usual confusions allowed."""
    return "|".join(
        "".join(_GLYPH.get(c, re.escape(c) if c != " " else r"[ \t]+") for c in alt)
        for alt in words.split("|")
    )


#: the longest role first ("team doctor" before "team")
_ROLES = (
    "nurse|nurses|nurse(s)|rn|charge nurse|cn|pct|cna|tech|care partner|patient care tech|aide|"
    "doctor|doctors|doctor(s)|physician|md|provider|attending|hospitalist|resident|team|"
    "registered nurse|day rn|night rn|day nurse|night nurse|nursing assistant|na|pca|nurse tech|"
    "care tech|assistant|surgeon|team doctor|charge rn|primary rn|primary nurse|social worker|case manager|"
    "care coordinator|unit clerk|huc|secretary|dietitian|np|pa|intern|ot|rt"
)
_STAFF = _ocr("|".join(sorted(_ROLES.split("|"), key=len, reverse=True)))
_BOARD_STAFF = _ocr(
    "patient care tech|charge nurse|care partner|nurse|doctor|physician|provider|attending|hospitalist|"
    "resident|team|pct|cna|tech|aide|rn|cn|md"
)
#: a label whose name may be an everyday word ("Nurse: Hope"), not a team's ("Team: Blue") or a
#: therapist's ("OT: Evaluate")
_FIRST_NAME_ROLE = re.compile(rf"(?i)\b(?:{_BOARD_STAFF.replace('|team|', '|')})\b")
#: a name as the board's OCR reads it: ``0`` for ``O`` in it too (``0mar``, ``K0WALCZYK``)
_NM = r"(?=[A-Za-z0]*[A-Za-z])(?:[A-Z0][a-z0]+(?:[-'][A-Z][a-z]+)?|[A-Z0]{2,}(?:[-'][A-Z]+)?)"
#: a doctor's title as OCR reads it ("Dr.", "DR,", "0r.", "D r.")
_DR = r"(?:(?:dr|DR|Dr|0r|D[ ]r)[.,]?[ \t]*)"
#: a slot's words that say no one ("RN: Call light", "MD: pending")
_NO_ONE = frozenset(
    "call ask see same pending unassigned unknown varies tba here team light button please press use the "
    "your will on off".split()
)
#: "PCT/CNA: Gwen": two roles of one slot
_STAFF_SLOT = rf"(?:{_STAFF})(?:[ \t]*/[ \t]*(?:{_STAFF}))?"
#: what follows a name on the board: its end, a phone extension, a shift, a smiley
_AFTER = r"(?=[ \t]*(?:$|[ \t/,(|;!:)☺-]|[ \t]x\d|[ \t]ext\b|[ \t]\d{1,2}[ap]\b))"
_LABEL_STAFF = re.compile(
    rf"(?im)(?:^|(?<=[ \t]{{2}})|(?<=\t)|(?<=[|/;,*•][ \t]))(?:(?:{_ocr('your|my')})[ \t]+)?{_STAFF_SLOT}"
    rf"(?:[ \t]+(?:{_ocr('is|today|tonight|today is|tonight is')}))?"
    # "NURSE: Kelly", "RN = Kelly", "Nurse _ Kelly", "RN: __Kelly", or the name on the label's next line
    r"[ \t]*(?:[:\-–=_|]+[ \t]*_*|[ \t]_*|[ \t]*:?[ \t]*\n[ \t]*)" + _DR + "?"
    r"(?P<v>" + _NM + ")" + _AFTER
)
#: the name before its role: "Fern = your PCT", "hope is your tech :)", "- LARK (PCT)", "r0sa (RN)"
_ROLE_AFTER = re.compile(
    r"(?m)(?:^[ \t]*(?:[-*•][ \t]*)?|(?<=[ \t]{2})|(?<=[/;,*•][ \t]))"
    + _DR
    + "?(?P<v>"
    + _NM
    + r"|[a-z][a-z0]+)[ \t]*"
    rf"(?i:\((?:{_STAFF})\)|(?:=|-|{_ocr('is')})[ \t]*{_ocr('your')}[ \t]+(?:{_STAFF})\b)"
)
_SECOND_DR = re.compile(r"[ \t]*(?:/|,|&|and)[ \t]*(?:dr|DR|Dr)\.?[ \t]*(?P<v>[A-Z][a-z]+|[A-Z]{2,})\b")
_PROSE_STAFF = re.compile(
    rf"(?i)\b(?:{_ocr('your|my')})[ \t]+(?:{_STAFF})(?:[ \t]+(?:{_ocr('today|tonight|this shift')}))?"
    rf"[ \t]+(?:{_ocr('is')})[ \t]+(?:(?:dr)\.?[ \t]*)?(?-i:(?P<v>[A-Z][a-z]+|[A-Z]{{2,}}))\b"
)
_PREFERRED = re.compile(
    rf"(?i)(?:\b(?:{_ocr('prefers to be called|call me|goes by|likes to be called|preferred name|nickname')})"
    rf"|(?m:^[ \t]*{_ocr('prefers')}(?=[ \t]*[:\-]))"
    rf"|(?:{_ocr('i like to be called')}))[ \t]*:?[ \t]*[\"'“]?(?-i:(?P<v>[A-Z][a-z]+|[A-Z]{{2,}}))\b"
)
#: a bare "prefers" only after the titled surname ("Mr. Halvard (prefers Skip)"), never "prefers Spanish"
_TITLED_PREFERS = re.compile(
    r"\b(?:Mr|Ms|Mrs|Miss|MR|MS|MRS|MISS)\.?[ \t]+[A-Za-z'-]+[ \t]*[(,–-]?[ \t]*(?i:prefers)[ \t]+"
    r"[\"'“]?(?P<v>[A-Z][a-z]+|[A-Z]{2,})\b"
)
_TITLED = re.compile(
    r"\b(?:Mr|Ms|Mrs|Miss|MR|MS|MRS|MISS)\.?[ \t]+(?P<v>[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{2,})\b"
)
_RELATIONS = (
    r"wife|husband|daughter|son|sister|brother|niece|nephew|grandson|granddaughter|partner|friend|"
    r"mother|father|mom|dad|aunt|uncle|cousin|spouse|fianc[eé]e?|daughter-in-law|son-in-law|neighbor"
)
_CONTACT = re.compile(
    rf"(?im)^[ \t]*(?:{_ocr('family contact|family/contact|family|contact|emergency contact|who to call')}"
    rf"|{_ocr('family member|point of contact')})"
    # the name in capitals (the (?i) of the labels is off for it), a word of its own before the relation
    r"[ \t]*:?[ \t]+(?P<v>(?-i:[A-Z][a-z]+|[A-Z]{2,}))\b[ \t]*[,(\-–]?[ \t]*(?=(?i:" + _RELATIONS + r")\b)"
)
_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_MONTH_NAME = r"jun|june|april|may|august"
_MD = rf"(?:\d{{1,2}}[/-]\d{{1,2}}(?![/-]?\d)|{_MONTH}[ \t]+\d{{1,2}}\b)"
_DATE_LABEL = re.compile(
    rf"(?im)\b(?:{_ocr('today is|today|date today|todays date|discharge goal|expected dc')}"
    rf"|{_ocr('expected discharge|going home|planned discharge|anticipated discharge')}"
    rf"|{_ocr('discharge date|discharge|d/c date|d/c|dc date|dc plan|home on|date')})"
    rf"[ \t]*(?:[:=_|\-]+[ \t]*_*)?[ \t]*\n?[ \t]*(?:[A-Za-z]+day,?[ \t]+)?(?P<v>{_MD})"
)
_BOARD = {
    # the board's own roles only: a therapy note's "OT:" or "Surgeon:" makes no board
    "staff": re.compile(rf"(?im)^[ \t]*(?:{_ocr('your|my')})?[ \t]*(?:{_BOARD_STAFF})\b"),
    "today": re.compile(rf"(?i)\b(?:{_ocr('today is|todays date|date today')})"),
    "discharge": re.compile(
        rf"(?i)\b(?:{_ocr('discharge goal|discharge date|going home|expected dc|planned discharge')}"
        rf"|{_ocr('anticipated discharge|expected discharge|anticipated d/c|d/c date|home on')})"
    ),
    "contact": re.compile(
        rf"(?im)^[ \t]*(?:{_ocr('family|contact|emergency contact|who to call|point of contact')})"
    ),
}


#: what only a board says: today's date, "your nurse", a pain goal, the call light, OCR's 0 for O
_BOARD_OWN = re.compile(
    rf"(?i)\b(?:{_ocr('today is|todays date|date today|pain goal|call light')}"
    rf"|(?:{_ocr('your|my')})[ \t]+(?:{_BOARD_STAFF})\b)|\b[A-Z]*0[A-Z]*[A-Z]0?[A-Z]*(?-i:[ \t]*:)"
)


def _is_board(text: str) -> bool:
    """Two of the board's labels and what only a board says: a discharge summary's ``Attending:``,
    ``Discharge Date:`` and ``Contact:`` lines make no board."""
    kinds = sum(1 for p in _BOARD.values() if p.search(text))
    return kinds >= 2 and _BOARD_OWN.search(text) is not None


def board_start(text: str) -> int | None:
    """Where a whiteboard's first label line begins, or ``None`` when ``text`` is no board."""
    if not _is_board(text):
        return None
    firsts = [m.start() for p in (_BOARD["staff"], _BOARD["contact"]) if (m := p.search(text))]
    firsts += [text.rfind("\n", 0, m.start()) + 1 for p in (_BOARD["today"],) if (m := p.search(text))]
    return min(firsts) if firsts else None


def _name(word: str, is_plain: Callable[[str], bool], strong: bool = False, staff: bool = False) -> bool:
    low = word.lower().replace("0", "o")
    if low in _NO_ONE:
        return False
    # a capitalised word in a staff slot is a first name even when it is an everyday word (Hope, Chance)
    strong = strong or (staff and word[0] != word[0].lower())
    # a month's name alone in a name's slot is a first name ("RN: Jun x4412", "Family: APRIL (niece)")
    if (staff or strong) and re.fullmatch(_MONTH_NAME, low):
        return True
    if low in NEVER or low in TITLES or word.upper() in CREDENTIAL_WORDS or low in CREDENTIAL_WORDS:
        return False
    if is_clinical_word(low) or re.fullmatch(_STAFF, low) or low in {"is", "today", "tonight", "none", "tbd"}:
        return False
    return strong or not is_plain(low)


def find_whiteboard_people(text: str, is_plain: Callable[[str], bool]) -> list[PhiSpan]:
    """A whiteboard's care team, preferred name, family contact and dates (module docstring).

    Args:
        text: an English note.
        is_plain: whether a lower-case word is an everyday English word and no name.
    """
    if not _is_board(text):
        return []
    out: list[PhiSpan] = []
    for pattern in (_LABEL_STAFF, _PROSE_STAFF, _ROLE_AFTER):
        for m in pattern.finditer(text):
            label = (
                text[m.start() : m.start("v")] if pattern is not _ROLE_AFTER else text[m.end("v") : m.end()]
            )
            if _name(m["v"], is_plain, staff=bool(_FIRST_NAME_ROLE.search(label))):
                out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
                more = _SECOND_DR.match(text, m.end("v"))
                if more and _name(more["v"], is_plain):
                    out.append(PhiSpan(more.start("v"), more.end("v"), "name"))
    for pattern in (_PREFERRED, _TITLED_PREFERS, _CONTACT, _TITLED):
        for m in pattern.finditer(text):
            if _name(m["v"], is_plain, strong=True):
                out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for m in _DATE_LABEL.finditer(text):
        out.append(PhiSpan(m.start("v"), m.end("v"), "date"))
    return out


_FIELD = re.compile(
    rf"(?im)^[ \t]*(?P<v>{_ocr('goals|goal|name|pain|pain goal|diet|activity|plan|mobility|notes')})"
    r"[ \t]*:"
)
_PAIN = re.compile(
    rf"(?i)\b{_ocr('pain')}(?:[ \t]+{_ocr('goal|score|level')})?[ \t]*:?[ \t]*(?P<v>\d{{1,2}}/10)\b"
)


def keep_board_labels(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` less a whiteboard's field labels and its pain scores (module docstring).

    Args:
        text: an English note.
        spans: the spans found so far.
    """
    if not _is_board(text):
        return spans
    kept = {(m.start("v"), m.end("v")) for m in _FIELD.finditer(text)}
    kept |= {(m.start("v"), m.end("v")) for m in _PAIN.finditer(text)}
    return [s for s in spans if (s.start, s.end) not in kept]
