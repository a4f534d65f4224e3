"""The resolved actions done on an element's bytes as read, without decoding it.

``Z``, ``P``, ``U`` (UI), ``SD`` (DA) and ``CL`` on plain ASCII values give the same values
:func:`~medenclave_deid.core.element_actions.act_on_element` produces, without decoding into a
DataElement and encoding back (the fast path).
"""

from __future__ import annotations

from pydicom.dataelem import RawDataElement

from medenclave_deid.core.dates import shift_da
from medenclave_deid.core.descriptors import clean_values
from medenclave_deid.core.element_actions import RecordContext
from medenclave_deid.core.element_values import MULTI_TEXT_VRS, TEXT_VRS, keyword_of
from medenclave_deid.core.ports import DescriptorCleaner
from medenclave_deid.core.uids import UidRemapper

__all__ = ["RAW_ACTIONS", "act_on_raw"]

#: the actions :func:`act_on_raw` can do on the bytes
RAW_ACTIONS = frozenset({"Z", "P", "U", "SD", "CL"})


def act_on_raw(raw: RawDataElement, tag: int, vr: str, action: str, *, uids: UidRemapper,
               ctx: RecordContext, pseudonym: str,
               cleaner: DescriptorCleaner) -> RawDataElement | None:
    """``raw`` as ``action`` makes it, on the bytes (None: not plain ASCII, or not of that VR).

    Args:
        raw: the element as read; ``tag``, ``vr``: its tag and VR (else the dictionary's).
        action: one of :data:`RAW_ACTIONS`.
        uids: the study's UID remapper.
        ctx: the record's offset and deny-list.
        pseudonym: the patient's pseudonym.
        cleaner: the Clean Descriptors implementation.
    """
    if action == "Z":
        if vr == "SQ":
            return None
        value = b""
    elif action == "P":
        if not pseudonym.isascii():
            return None
        value = pseudonym.encode("ascii")
    elif action == "CL":
        data = raw.value
        if data is None or not data.isascii() or b"\x1b" in data or vr not in TEXT_VRS:
            return None
        text = data.decode("ascii")
        if vr in MULTI_TEXT_VRS and "\\" in text:
            return None  # several values: the decoded path splits them as pydicom does
        text = text.rstrip("\0 ") if vr in ("ST", "LT", "UT") else text.strip("\0 ")
        cleaned = clean_values(cleaner, text, ctx.deny, ctx.offset_days) if text else ""
        if not isinstance(cleaned, str) or not cleaned.isascii():
            return None
        if ctx.removed is not None and text and not cleaned:
            ctx.removed.append(tag)
        value = cleaned.encode("ascii")
    else:
        data = raw.value
        if data is None or not data.isascii() or (action == "U") != (vr == "UI") or \
                (action == "SD") != (vr == "DA"):
            return None
        text = data.decode("ascii")
        if action == "U":
            text = text.rstrip("\0 ")
            if not text:
                value = b""
            else:
                keyword = keyword_of(tag)
                value = "\\".join(uids.remap(v, keyword=keyword)
                                   for v in text.split("\\")).encode("ascii")
        else:
            text = text.rstrip("\0 ")
            shifted = [shift_da(v, ctx.offset_days) for v in text.split("\\")] \
                if text else []
            value = b"" if any(v is None for v in shifted) else \
                "\\".join(shifted).encode("ascii")  # type: ignore[arg-type]
    if len(value) % 2:
        value += b"\0" if vr == "UI" else b" "
    return RawDataElement(raw.tag, raw.VR, len(value), value, 0, raw.is_implicit_VR,
                          raw.is_little_endian)
