"""A DICOM header dumped as text: ``(0020,000D) Study Instance UID   UI: 1.2.840.…``.

A pydicom-style dump (``print(ds)``, ``dcmdump``) writes one element a line: the tag in
brackets, the element's keyword, its value representation (``PN``, ``LO``, ``UI`` …) and a colon,
then the value, quoted or not. The other finders read the person names and dates there; three
things of the layout they do not know:

* **a person-name element**: the value of a ``PN`` element (``'QUILLFEATHER^MARLA'``) is a person's
  name, whatever its words, once its quotes are taken off, each ``^`` component on its own; so
  is a ``^``-joined value after a keyword ending in ``Name`` (``ReferringPhysicianName:``);

* **an instance UID**: a study's, series' or image's unique identifier (``UI:`` after the
  keyword, or a ``Study Instance UID:`` label) is the study's number, written as dotted digits
  that no other shape claims; the standard's own UIDs (``1.2.840.10008.…``: a transfer syntax, a
  SOP class) name no study and stay;
* **the keyword and the value representation**: the words after the tag (``Modality``,
  ``Operators' Name``) and the two capitals before the colon (``LO``, ``SH``, ``PN``) are the
  element's name and type, never a person, whatever a name rule made of ``LO:``;
* **an eponym in a description**: a study's description, reason, history or protocol names no
  one, so a listed eponym there stays even in capitals or alone, with the clinical or everyday
  words a name rule took with it (``'XR KNEE HICKMAN'``, ``'HARRINGTON ROD'``, ``'Foley'``); a
  person-name element (``PN``) and an address are left as found. An element written by its
  keyword alone (``StudyDescription: …``, ``(0008,1030) Study Description: …``) describes the
  same way where a tag line or a DICOM keyword (``PatientName``) marks the note as a dump. A
  hyphen-joined run of capitalised names there stays too (``'Budd-Chiari'``,
  ``'SINDING-LARSEN-JOHANSSON'``: a syndrome's names that a rule took for a double-barrelled
  surname) unless a person's cue stands before it (``Dr.``, ``per``, ``called``); an eponym
  written with its accent (``Kienböck``) is looked up without it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_dicom_people", "find_dicom_uids", "keep_dicom_header_terms"]

#: one element line: tag, keyword, value representation and colon, then the value
_ELEMENT = re.compile(
    r"(?m)^[ \t>]*\((?:0x)?[0-9A-Fa-f]{4},[ \t]?(?:0x)?[0-9A-Fa-f]{4}\)[ \t]+(?P<kw>[^\n:]*?)[ \t]+"
    r"(?P<vr>[A-Z]{2}):[ \t]*(?P<v>[^\n]*)$"
)
_UID = re.compile(r"(?<![\d.])(?P<u>[0-2](?:\.\d+){2,})(?![\d.]*\d)")
#: a UID after its label outside a tag line: "Study Instance UID: 1.2.…", "StudyInstanceUID=1.2.…"
_LABELLED_UID = re.compile(
    r"(?i:(?:study|series|sop)[ _]?instance[ _]?uid|frame[ _]?of[ _]?reference[ _]?uid)"
    r"[\"']?[ \t]*[:=][ \t]*[\"'\[]?(?P<u>[0-2](?:\.\d+){2,})(?![\d.]*\d)"
)
#: the DICOM standard's own UIDs (transfer syntaxes, SOP classes): no study's
_STANDARD_ROOT = "1.2.840.10008."
#: elements that describe the study in words: their eponyms are terms
_DESCRIBING = re.compile(
    r"(?i)description|reason|history|protocol|comment|diagnos|procedure|alert|indication|meaning"
)
#: an element written by its keyword alone ("StudyDescription: 'MR C-SPINE'", "(0008,1030) Study
#: Description: …"), in a dump that a tag line or a DICOM keyword (``PatientName``) marks as one
_KEYWORD_LINE = re.compile(
    r"(?m)^[ \t>]*(?:\((?:0x)?[0-9A-Fa-f]{4},[ \t]?(?:0x)?[0-9A-Fa-f]{4}\)[ \t]*)?"
    r"(?P<kw>[A-Za-z][A-Za-z' ]{2,60}?)[ \t]*[:=][ \t]*(?P<v>[^\n]*)$"
)
_DUMP_CUE = re.compile(r"\b(?:PatientName|PatientID|StudyInstanceUID|AccessionNumber|SOPInstanceUID)\b")
_WORD = re.compile(r"[^\W\d_][^\W\d_'’]+")
#: names joined by hyphens ("Budd-Chiari", "Sinding-Larsen-Johansson"): one syndrome's name
_JOINED_NAMES = re.compile(r"(?<![\w-])[^\W\d_a-z][^\W\d_]+(?:-[^\W\d_a-z][^\W\d_]+)+(?![\w-])")
#: a person's cue before a joined name ("Dr. Ruiz-Molina", "per Ruiz-Molina")
_PERSON_CUE = re.compile(
    r"(?i)\b(?:dr|mr|mrs|ms|miss|prof|per|by|cc|attn|called|paged|notified|discussed[ \t]+with)\.?[ \t]*$"
)


def find_dicom_uids(text: str) -> list[PhiSpan]:
    """The instance UIDs of a header dump's ``UI`` elements and of ``… Instance UID:`` labels.

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    for m in _ELEMENT.finditer(text):
        if m.group("vr") != "UI":
            continue
        u = _UID.search(text, m.start("v"), m.end("v"))
        if u and not u.group("u").startswith(_STANDARD_ROOT):
            out.append(PhiSpan(u.start("u"), u.end("u"), "accession"))
    for m in _LABELLED_UID.finditer(text):
        if not m.group("u").startswith(_STANDARD_ROOT):
            out.append(PhiSpan(m.start("u"), m.end("u"), "accession"))
    return out


def find_dicom_people(text: str) -> list[PhiSpan]:
    """The values of a header dump's ``PN`` elements, without their quotes; in a dump, a ``…Name``
    keyword's value with a ``^`` too (``ReferringPhysicianName: 'ROE^ADA'``).

    Args:
        text: the note.
    """
    values = [m for m in _ELEMENT.finditer(text) if m.group("vr") == "PN"]
    if values or _DUMP_CUE.search(text):  # "ReferringPhysicianName: 'ROE^ADA'"
        values.extend(
            m
            for m in _KEYWORD_LINE.finditer(text)
            if re.search(r"(?i)name$", m.group("kw")) and "^" in m.group("v")
        )
    out: list[PhiSpan] = []
    for m in values:
        value = m.group("v").rstrip()
        core = value.strip("'\"[] ")
        if not core:
            continue
        start = m.start("v") + value.index(core)
        # each component its own span, so that each gets its own surrogate ("ROE^ADA^M")
        out.extend(
            PhiSpan(start + c.start(), start + c.end(), "name")
            for c in re.finditer(r"[^\^=]+", core)
            if re.search(r"[A-Za-z]", c.group())
        )
    return out


def _plain(word: str) -> str:
    """``word`` without its accents (``kienböck`` → ``kienbock``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def keep_dicom_header_terms(
    text: str, spans: list[PhiSpan], is_eponym: Callable[[str], bool], is_term_word: Callable[[str], bool]
) -> list[PhiSpan]:
    """``spans`` without a tag line's value representation and a describing element's eponyms.

    Args:
        text: the note.
        spans: resolved spans.
        is_eponym: whether a lower-case word is a listed eponym.
        is_term_word: whether a lower-case word is clinical, everyday or a modality's short code
            (``knee``, ``rod``, ``xr``).
    """
    drop: list[tuple[int, int]] = []
    terms: list[tuple[int, int]] = []
    for m in _ELEMENT.finditer(text):
        drop.append((m.start("kw"), m.end("vr")))
        if m.group("vr") != "PN" and _DESCRIBING.search(m.group("kw")):
            terms.append((m.start("v"), m.end("v")))
    if drop or _DUMP_CUE.search(text):
        terms.extend(
            (m.start("v"), m.end("v"))
            for m in _KEYWORD_LINE.finditer(text)
            if _DESCRIBING.search(m.group("kw")) and not any(a <= m.start("v") < b for a, b in terms)
        )
    if not terms and not drop:
        return spans

    def eponyms_only(span: PhiSpan) -> bool:
        start, end = span.start, span.end
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
            start -= 1
        while end < len(text) and (text[end].isalpha() or text[end] in "-'’"):
            end += 1
        piece = text[start:end]
        value_start = next(a for a, b in terms if a <= span.start and span.end <= b)
        joined = [
            m
            for m in _JOINED_NAMES.finditer(piece)
            if not _PERSON_CUE.search(text[value_start : start + m.start()].strip("'\" "))
        ]
        for m in reversed(joined):
            piece = piece[: m.start()] + " " * len(m.group()) + piece[m.end() :]
        keys = [_plain(w.lower().removesuffix("'s").removesuffix("’s")) for w in _WORD.findall(piece)]
        return (bool(joined) or any(is_eponym(k) for k in keys)) and all(
            is_eponym(k) or is_term_word(k) for k in keys
        )

    return [
        s
        for s in spans
        if not (s.category == "name" and any(a <= s.start and s.end <= b for a, b in drop))
        and not (
            s.category in ("name", "geo")
            and any(a <= s.start and s.end <= b for a, b in terms)
            and eponyms_only(s)
        )
    ]
