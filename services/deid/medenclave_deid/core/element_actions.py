"""The resolved actions on one decoded element: keep, zero, dummy, pseudonym, UID remap, date
shift, age cap, descriptor cleaning (a Type 1 descriptor that cannot be cleaned gets a dummy).

``S`` (clean a sequence's items) and ``PV`` (a private element) are the profile's own: they
recurse into datasets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pydicom.dataelem import DataElement

from medenclave_deid.core.dates import cap_age, shift_da, shift_dt
from medenclave_deid.core.descriptors import clean_values
from medenclave_deid.core.element_values import as_list, base_vr, remap_value
from medenclave_deid.core.ports import DescriptorCleaner
from medenclave_deid.core.uids import UidRemapper

__all__ = ["DUMMY_VALUES", "RecordContext", "act_on_element", "dummy_for"]

_TEXT_DUMMY = "ANONYMOUS"
_DUMMIES: dict[str, object] = {
    "DA": "19000101", "TM": "000000", "DT": "19000101000000", "AS": "000Y",
    "PN": _TEXT_DUMMY, "LO": _TEXT_DUMMY, "SH": _TEXT_DUMMY, "LT": _TEXT_DUMMY,
    "ST": _TEXT_DUMMY, "UT": _TEXT_DUMMY, "UC": _TEXT_DUMMY, "CS": _TEXT_DUMMY,
    "AE": _TEXT_DUMMY, "UR": "", "IS": "0", "DS": "0",
    "US": 0, "SS": 0, "UL": 0, "SL": 0, "UV": 0, "SV": 0, "FL": 0.0, "FD": 0.0, "AT": 0,
    "OB": b"", "OW": b"", "OF": b"", "OD": b"", "OL": b"", "OV": b"", "UN": b"",
}
#: Values the engine writes; the leak guard ignores them.
DUMMY_VALUES = frozenset({"ANONYMOUS", "19000101", "000000", "19000101000000", "000Y", "0"})


def dummy_for(vr: str) -> object:
    """A valid dummy value for ``vr`` (``"US or SS"`` takes the first).

    Args:
        vr: the value representation.
    """
    return _DUMMIES.get(base_vr(vr), b"")


@dataclass(frozen=True)
class RecordContext:
    """What the profile needs to know about the record being cleaned (never logged)."""

    pseudonym: str = ""
    #: the patient's date offset in days (Modified Dates)
    offset_days: int = 0
    #: the record's own identifying words (Clean Descriptors deny-list)
    deny: frozenset[str] = frozenset()
    sop_class_uid: str = ""
    #: keyed hash for the ``h`` disposition of safe private elements
    hasher: object = None
    #: collects the tags of descriptors removed because they could not be cleaned (None: off)
    removed: list[int] | None = None


def act_on_element(elem: DataElement, action: str, *, uids: UidRemapper, ctx: RecordContext,
                   pseudonym: str, cleaner: DescriptorCleaner) -> DataElement | None:
    """``elem`` as ``action`` makes it (None: it does not leave).

    Args:
        elem: the decoded element.
        action: ``K``, ``Z``, ``D``, ``P``, ``U``, ``SD``, ``ST``, ``A``, ``CL`` or ``CD`` (``CL``
            where an emptied value becomes a dummy: Type 1 free text; anything else: removed).
        uids: the study's UID remapper.
        ctx: the record's offset and deny-list.
        pseudonym: the patient's pseudonym.
        cleaner: the Clean Descriptors implementation.
    """
    tag, vr = elem.tag, elem.VR
    if action == "K":
        return elem  # shared, not copied: the output is serialized, never edited in place
    if action == "Z":
        return DataElement(tag, vr, [] if vr == "SQ" else None)
    if action == "D":
        return DataElement(tag, base_vr(vr), dummy_for(vr))
    if action == "P":
        return DataElement(tag, vr, pseudonym)
    if action == "U":
        return DataElement(tag, "UI", remap_value(elem.value, uids, elem.keyword))
    if action in ("SD", "ST"):
        shift = shift_da if action == "SD" else shift_dt
        values = as_list(elem.value)
        shifted = [shift(str(v), ctx.offset_days) for v in values]
        if any(v is None for v in shifted):
            return DataElement(tag, vr, None)
        return DataElement(tag, vr, shifted[0] if len(shifted) == 1 else shifted)
    if action == "A":
        values = [cap_age(str(v)) for v in as_list(elem.value)]
        values = [v for v in values if v]
        return DataElement(tag, "AS", values[0] if len(values) == 1 else (values or None))
    if action in ("CL", "CD"):
        cleaned = clean_values(cleaner, elem.value, ctx.deny, ctx.offset_days)
        if vr == "CS":
            cleaned = _code_strings(cleaned)
        emptied = not cleaned or (isinstance(cleaned, list) and not any(cleaned))
        if ctx.removed is not None and elem.value not in (None, "", []) and emptied:
            ctx.removed.append(int(tag))
        if action == "CD" and emptied:  # Type 1: the object stays valid
            return DataElement(tag, base_vr(vr), dummy_for(vr))
        return DataElement(tag, vr, cleaned or None)
    return None


def _code_strings(value: object) -> object:
    """A cleaned value made a valid CS again (upper case, digits, space, underscore, 16
    characters): the text engine's surrogates are written in mixed case (a value with no
    letter or digit left is empty)."""
    def one(text: str) -> str:
        code = re.sub(r"[^A-Z0-9 _]", "_", text.upper())[:16].strip()
        return code if re.search(r"[A-Z0-9]", code) else ""
    if isinstance(value, list):
        return [one(str(v)) for v in value]
    return one(str(value)) if value else value
