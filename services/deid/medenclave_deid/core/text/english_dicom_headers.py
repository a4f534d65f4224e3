"""A DICOM header dumped as text: ``(0020,000D) Study Instance UID   UI: 1.2.840.…``.

A pydicom-style dump (``print(ds)``, ``dcmdump``) writes one element a line: the tag in
brackets, the element's keyword, its value representation (``PN``, ``LO``, ``UI`` …) and a colon,
then the value, quoted or not. The other finders read the person names and dates there; three
things of the layout they do not know:

* **a person-name element**: the value of a ``PN`` element (``'QUILLFEATHER^MARLA'``) is a person's
  name, whatever its words, once its quotes are taken off, each ``^`` component on its own;

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
  person-name element (``PN``) and an address are left as found.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_dicom_people", "find_dicom_uids", "keep_dicom_header_terms"]

#: one element line: tag, keyword, value representation and colon, then the value
_ELEMENT = re.compile(
    r"(?m)^[ \t>]*\((?:[0-9A-Fa-f]{4}),[ \t]?(?:[0-9A-Fa-f]{4})\)[ \t]+(?P<kw>[^\n:]*?)[ \t]+"
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
    r"(?i)description|reason|history|protocol|comment|diagnos|procedure|alert|indication"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")


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
    """The values of a header dump's ``PN`` elements, without their quotes.

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    for m in _ELEMENT.finditer(text):
        value = m.group("v").rstrip()
        core = value.strip("'\"[] ")
        if m.group("vr") != "PN" or not core:
            continue
        start = m.start("v") + value.index(core)
        # each component its own span, so that each gets its own surrogate ("ROE^ADA^M")
        out.extend(
            PhiSpan(start + c.start(), start + c.end(), "name")
            for c in re.finditer(r"[^\^=]+", core)
            if re.search(r"[A-Za-z]", c.group())
        )
    return out


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
    if not drop:
        return spans

    def eponyms_only(span: PhiSpan) -> bool:
        keys = [
            w.lower().removesuffix("'s").removesuffix("’s")
            for w in _WORD.findall(text[span.start : span.end])
        ]
        return any(is_eponym(k) for k in keys) and all(is_eponym(k) or is_term_word(k) for k in keys)

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
