"""A payer's ANSI ASC X12 transaction printed in a note (270/271 eligibility, 837 claims, 835
remittance): its identifiers are read by the segment grammar rather than by the words.

A segment starts a line or follows the segment terminator ``~``, opens with its identifier
(``NM1``, ``N3``, ``REF`` …) and the element separator (``*`` or ``|``, no space after it), and
ends at the next ``~`` or at the end of its line. The grammar only applies where the note holds
several segments of at least two kinds that only X12 uses, an entity's (``NM1``, ``N1``) or an
envelope's among them, so a bullet ("* BP stable"), bold marks ("**Plan**"), a footnote's asterisk
or a shorthand line ("HI*hypertension") never reads as a segment.

Then:

- ``NM1``: last or organisation name (NM103), first (NM104) and middle name (NM105) of a person go;
  an organisation goes as the hospital (a billing provider, facility, service location) or the
  workplace (an employer, a plan sponsor), a payer or a clearinghouse stays; the identifier after
  its qualifier (NM108) goes as a member id, a licence (NPI), an SSN or another id;
- ``N1`` (835): a payee's or a provider's name and identifier, as ``NM1``;
- ``N3`` street lines and ``N4`` city, state and ZIP go, except a payer's address;
- ``REF``: the reference number goes, and after a group-number qualifier the group's name (the
  employer) too;
- ``DMG`` birth date, ``DTP`` dates, ``BHT``/``GS``/``ISA`` dates;
- ``PER``: the contact's name and the numbers after their qualifiers (TE, FX, EM, UR …);
- ``SBR`` group number and group name, ``CLM``/``CLP`` patient control numbers.

Benefit (``EB``), diagnosis (``HI``), service (``SV1``, ``SVC``) and amount segments stay whole:
their plan descriptions and codes are no one's identity.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["drop_x12_codes", "find_x12_segments"]

#: a segment: at a line's start or after a terminator, its identifier and its element separator
_SEGMENT = re.compile(
    r"(?m)(?:^|(?<=~))[ \t]*(?P<id>[A-Z][A-Z0-9]{1,2})(?P<sep>[*|])(?![ \t])(?P<body>[^~\n]*)"
)
#: segment identifiers only X12 uses; a text holding these is a transaction
_X12_IDS = frozenset(
    "ISA GS ST SE GE IEA BHT HL TRN NM1 N3 N4 DMG DTP EB INS SBR CLM CLP SVC SV1 SV2 HI PRV "
    "PAT LX BPR CAS AMT N1 PER REF AAA III MSG EQ".split()
)
#: an entity's or an envelope's segment, which every transaction holds
_ANCHORS = frozenset({"NM1", "N1", "ISA", "GS", "ST"})
#: identifiers that prove the grammar on their own (NTE, REF, PER, AMT also occur elsewhere)
_STRONG = frozenset("ISA GS ST BHT HL TRN NM1 N1 N3 N4 DMG DTP EB SBR CLM CLP SVC SV1 HI BPR CAS".split())
#: entity codes of organisations that are no one's identity: payers, administrators, clearinghouses
_PAYERS = frozenset({"PR", "2B", "40", "41", "X3", "GP", "TV", "IN"})
#: entity codes of an employer or a plan's sponsor
_EMPLOYERS = frozenset({"36", "P5", "GW", "IL"})
#: identifier qualifiers (NM108, N103, REF01) and the category of the number after them
_ID_QUALIFIERS = {
    "MI": "health_plan",
    "II": "health_plan",
    "N": "health_plan",
    "1W": "health_plan",
    "0F": "health_plan",
    "1L": "health_plan",
    "6P": "health_plan",
    "IG": "health_plan",
    "18": "health_plan",
    "XX": "licence",
    "HPI": "licence",
    "SV": "licence",
    "0B": "licence",
    "1G": "licence",
    "1C": "licence",
    "1D": "licence",
    "34": "ssn",
    "SY": "ssn",
    "EA": "mrn",
    "EJ": "account",
    "24": "other_id",
    "FI": "other_id",
    "EI": "other_id",
    "TJ": "other_id",
}
#: identifier qualifiers of a payer's own number (kept)
_PAYER_IDS = frozenset({"PI", "XV", "2U", "NF", "FY"})
#: REF01 qualifiers whose description (REF03) is the group's, that is the employer's, name
_GROUP_REFS = frozenset({"6P", "1L", "IG"})
#: PER communication qualifiers
_CONTACTS = {
    "TE": "phone",
    "FX": "fax",
    "EM": "email",
    "UR": "url",
    "CP": "phone",
    "HP": "phone",
    "WP": "phone",
    "BN": "phone",
}
_DATE_FORMATS = frozenset({"D8", "RD8", "DT", "D6", "RD"})


def find_x12_segments(text: str) -> list[PhiSpan]:
    """The identifiers in the X12 segments of ``text`` (none if it holds no transaction).

    Args:
        text: an English note.
    """
    segments = _transaction(text)
    out: list[PhiSpan] = []
    payer = False  # whether the loop now open is a payer's (its address and numbers stay)
    for m in segments:
        elements = _elements(m)
        seg = m.group("id")
        if seg in ("NM1", "N1"):
            payer = _value(elements, 1).upper() in _PAYERS
            out += _entity(seg, elements, payer)
        elif seg in ("N3", "N4") and not payer:
            out += _address(seg, elements)
        elif seg == "REF" and not payer:
            out += _reference(elements)
        elif seg == "PER":
            out += _contact(elements)
        elif seg in ("DMG", "DTP", "BHT", "GS", "ISA"):
            out += _dates(seg, elements)
        elif seg == "SBR":
            out += _spans(elements, 3, "health_plan") + _spans(elements, 4, "workplace")
        elif seg in ("CLM", "CLP"):
            out += _spans(elements, 1, "account")
        elif seg in ("HL", "ST"):
            payer = False  # a new loop or transaction
    return out


#: the elements of a segment that hold codes (entity, qualifier, format), by segment
_CODES = {"NM1": (1, 2, 8), "N1": (1, 3), "REF": (1,), "DMG": (1,), "DTP": (1, 2), "PER": (1, 3, 5, 7)}


def drop_x12_codes(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` without those inside an X12 segment's identifier, its code elements (``NM1*PR*2``,
    ``MI``, ``PI``) or a payer's loop (its name, number and address), which are no one's identity
    whatever a tagger made of them."""
    segments = _transaction(text)
    if not segments:
        return spans
    kept: list[tuple[int, int]] = []
    payer = False
    for m in segments:
        elements = _elements(m)
        seg = m.group("id")
        if seg in ("NM1", "N1"):
            payer = _value(elements, 1).upper() in _PAYERS
        elif seg in ("HL", "ST"):
            payer = False
        indexes = (
            range(len(elements)) if payer and seg in ("NM1", "N1", "N3", "N4") else (0, *_CODES.get(seg, ()))
        )
        kept += [(s.start, s.end) for i in indexes for s in _spans(elements, i, "code")]
    return [s for s in spans if not any(a <= s.start and s.end <= b for a, b in kept)]


def _transaction(text: str) -> list[re.Match[str]]:
    """The X12 segments of ``text``, or none where it holds no transaction."""
    segments = [m for m in _SEGMENT.finditer(text) if m.group("id") in _X12_IDS]
    strong = {m.group("id") for m in segments if m.group("id") in _STRONG}
    if len(segments) < 3 or len(strong) < 2 or not strong & _ANCHORS:
        return []
    return segments


def _elements(m: re.Match[str]) -> list[tuple[int, str]]:
    """The elements of a segment with their offsets (element 0 is the segment's identifier)."""
    out = [(m.start("id"), m.group("id"))]
    at = m.start("body")
    for piece in m.group("body").split(m.group("sep")):
        out.append((at, piece))
        at += len(piece) + 1
    return out


def _value(elements: list[tuple[int, str]], index: int) -> str:
    return elements[index][1].strip() if index < len(elements) else ""


def _spans(elements: list[tuple[int, str]], index: int, category: str) -> list[PhiSpan]:
    """The span of element ``index`` without its spaces, if it holds a letter or a digit."""
    if index >= len(elements):
        return []
    at, piece = elements[index]
    lead = len(piece) - len(piece.lstrip())
    value = piece.strip()
    if not any(c.isalnum() for c in value):
        return []
    return [PhiSpan(at + lead, at + lead + len(value), category)]


def _id_spans(elements: list[tuple[int, str]], qualifier: int, index: int) -> list[PhiSpan]:
    """The identifier at ``index`` after its qualifier, unless it is a payer's number."""
    code = _value(elements, qualifier).upper()
    if code in _PAYER_IDS or not any(c.isdigit() for c in _value(elements, index)):
        return []
    return _spans(elements, index, _ID_QUALIFIERS.get(code, "other_id"))


def _entity(seg: str, elements: list[tuple[int, str]], payer: bool) -> list[PhiSpan]:
    """``NM1*IL*1*LAST*FIRST*MIDDLE*PREFIX*SUFFIX*MI*ID`` or ``N1*PE*NAME*XX*ID``."""
    if payer:
        return []
    code = _value(elements, 1).upper()
    if seg == "N1":
        organisation = _spans(elements, 2, "workplace" if code in _EMPLOYERS else "hospital")
        return organisation + _id_spans(elements, 3, 4)
    if _value(elements, 2) == "2":
        out = _spans(elements, 3, "workplace" if code in _EMPLOYERS else "hospital")
    else:
        out = [s for i in (3, 4, 5) for s in _spans(elements, i, "name")]
    return out + _id_spans(elements, 8, 9)


def _address(seg: str, elements: list[tuple[int, str]]) -> list[PhiSpan]:
    """``N3*STREET*SECOND LINE`` or ``N4*CITY*ST*ZIP``."""
    if seg == "N3":
        return _spans(elements, 1, "address") + _spans(elements, 2, "address")
    return [s for i in (1, 2, 3) for s in _spans(elements, i, "geo")]


def _reference(elements: list[tuple[int, str]]) -> list[PhiSpan]:
    """``REF*6P*GROUP NO*GROUP NAME``: the number, and a group's name."""
    out = _id_spans(elements, 1, 2)
    if _value(elements, 1).upper() in _GROUP_REFS:
        out += _spans(elements, 3, "workplace")
    return out


def _contact(elements: list[tuple[int, str]]) -> list[PhiSpan]:
    """``PER*IC*NAME*TE*PHONE*FX*FAX*EM*MAIL``: the contact's name and numbers."""
    out = _spans(elements, 2, "name")
    for i in (3, 5, 7):
        category = _CONTACTS.get(_value(elements, i).upper())
        if category:
            out += _spans(elements, i + 1, category)
    return out


def _dates(seg: str, elements: list[tuple[int, str]]) -> list[PhiSpan]:
    """A segment's dates: ``DMG*D8*CCYYMMDD``, ``DTP*291*D8*CCYYMMDD``, ``BHT*0022*13*REF*CCYYMMDD``,
    ``GS*..*CCYYMMDD``, ``ISA*..*YYMMDD`` (the ninth element)."""
    if seg == "DMG":
        return _spans(elements, 2, "date") if _value(elements, 1).upper() in _DATE_FORMATS else []
    if seg == "DTP":
        return _spans(elements, 3, "date") if _value(elements, 2).upper() in _DATE_FORMATS else []
    index = {"BHT": 4, "GS": 4, "ISA": 9}[seg]
    value = _value(elements, index)
    return _spans(elements, index, "date") if value.isdigit() and len(value) in (6, 8) else []
