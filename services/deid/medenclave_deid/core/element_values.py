"""Value representations and values of elements, as the profile's actions read them."""

from __future__ import annotations

from pydicom import datadict
from pydicom.dataelem import DataElement
from pydicom.multival import MultiValue

from medenclave_deid.core.uids import UidRemapper

__all__ = ["BINARY_VRS", "MULTI_TEXT_VRS", "STRING_VRS", "TEXT_VRS", "as_list", "base_vr",
           "decode_un", "dictionary_vr", "keyword_of", "remap_value"]

#: free text (Clean Descriptors works on these)
TEXT_VRS = frozenset({"LO", "SH", "ST", "LT", "UT", "UC"})
#: free text that may hold several values (``\\``-separated)
MULTI_TEXT_VRS = frozenset({"LO", "SH", "UC"})
STRING_VRS = frozenset({"AE", "AS", "CS", "DA", "DS", "DT", "IS", "LO", "LT", "PN", "SH", "ST",
                        "TM", "UC", "UI", "UR", "UT"})
BINARY_VRS = frozenset({"OB", "OW", "OF", "OD", "OL", "OV", "UN"})
_KEYWORDS: dict[int, str] = {}


def base_vr(vr: str) -> str:
    """The first of an ambiguous VR (``"US or SS"`` → ``US``); ``UN`` when there is none.

    Args:
        vr: a VR as the dictionary or an element gives it.
    """
    return vr.split(" or ")[0].strip() if vr else "UN"


def dictionary_vr(tag: int) -> str:
    """The dictionary VR of ``tag`` (its first, when ambiguous); "" when unknown.

    Args:
        tag: the element's tag as an int.
    """
    try:
        return base_vr(datadict.dictionary_VR(tag))
    except KeyError:
        return ""


def keyword_of(tag: int) -> str:
    """The dictionary keyword of ``tag``, ``UID`` when it has none (remembered).

    Args:
        tag: the element's tag as an int.
    """
    keyword = _KEYWORDS.get(tag)
    if keyword is None:
        keyword = _KEYWORDS[tag] = datadict.keyword_for_tag(tag) or "UID"
    return keyword


def as_list(value: object) -> list:
    """The values of an element: none for an empty one, each of a multi-value.

    Args:
        value: the element's value.
    """
    if value is None or value == "":
        return []
    if isinstance(value, (list, tuple, MultiValue)):
        return list(value)
    return [value]


def remap_value(value: object, uids: UidRemapper, keyword: str) -> object:
    """A UI value (one or several UIDs) remapped; empty stays empty.

    Args:
        value: the element's value.
        uids: the study's UID remapper.
        keyword: the attribute's keyword (the remapper remembers it with the original).
    """
    if value is None or value == "":
        return value
    if isinstance(value, (list, MultiValue)):
        return [uids.remap(str(v), keyword=keyword) for v in value]
    return uids.remap(str(value), keyword=keyword)


def decode_un(elem: DataElement) -> DataElement | None:
    """A public UN element decoded with the dictionary VR, or None when that is impossible.

    Args:
        elem: a public element read as ``UN``, or a string VR whose value is still bytes.
    """
    try:
        vr = base_vr(datadict.dictionary_VR(elem.tag)) if elem.VR == "UN" else elem.VR
    except KeyError:
        return None
    if vr == "UN":
        return elem  # an attribute whose VR is UN by definition
    if vr == "SQ" or not isinstance(elem.value, (bytes, bytearray)):
        return None
    raw: bytes = bytes(elem.value)
    if vr in BINARY_VRS:
        return DataElement(elem.tag, vr, raw)
    if vr in ("US", "SS", "UL", "SL", "FL", "FD", "AT", "UV", "SV"):
        return None
    try:
        text = raw.decode("ascii").rstrip("\0 ")
    except UnicodeDecodeError:
        return None
    value: object = text.split("\\") if "\\" in text else text
    try:
        return DataElement(elem.tag, vr, value)
    except Exception:
        return None
