"""The Basic Application Level Confidentiality Profile (DICOM PS3.15 Annex E, Table E.1-1).

:class:`ProfileTable` holds the 621 rows of the table (parsed from the JSON the adapters read);
:class:`BasicProfile` applies their ``basicProfile`` action to every element of a dataset and of
every nested sequence item, and removes everything the table does not name unless it is on the
image whitelist ("whitelist thinking": an attribute nobody vouched for does not leave).

Combined actions (``X/Z``, ``X/D``, ``X/Z/D``, ``Z/D``, ``X/Z/U*``) are resolved so the object stays
valid: the Type 2 attributes of the common IODs become zero-length (patient name and id become the
pseudonym), reference sequences are kept with their UIDs remapped, everything else prefers
removal; ``Z/D`` without ``X`` gets a dummy (valid where the attribute is Type 1).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Mapping

from pydicom.dataelem import DataElement
from pydicom.dataset import Dataset
from pydicom.multival import MultiValue
from pydicom.sequence import Sequence

from medenclave_deid.core.uids import UidRemapper

__all__ = [
    "BasicProfile",
    "DUMMY_VALUES",
    "IMAGE_ATTRIBUTES",
    "PSEUDONYM_ATTRIBUTES",
    "ProfileRule",
    "ProfileTable",
    "ProfileTableError",
    "REFERENCE_SEQUENCES",
    "TYPE2_ATTRIBUTES",
    "dummy_for",
]


class ProfileTableError(ValueError):
    """The confidentiality profile table is malformed (names the row, never data)."""


_TAG = re.compile(r"^\(([0-9A-Fa-fXx]{4}),([0-9A-Fa-fXx]{4})\)$")
_ACTIONS = {"X", "Z", "D", "U", "K", "C"}
_PRIVATE_TAG = "(GGGG,EEEE)"


@dataclass(frozen=True)
class ProfileRule:
    """One row of Table E.1-1: the tag (possibly with ``x`` digits) and its Basic Profile action."""

    tag: str
    name: str
    action: str          # as written in the table, e.g. "X/Z/U*"

    @property
    def options(self) -> frozenset[str]:
        return frozenset(a.strip().rstrip("*") for a in self.action.split("/"))


def _parse_tag(text: str) -> tuple[int, int]:
    """``(60XX,3000)`` → (mask, value): a tag matches if ``tag & mask == value``."""
    m = _TAG.match(text.strip())
    if not m:
        raise ProfileTableError(f"bad tag '{text}'")
    digits = m.group(1) + m.group(2)
    mask = value = 0
    for ch in digits:
        mask <<= 4
        value <<= 4
        if ch not in "xX":
            mask |= 0xF
            value |= int(ch, 16)
    return mask, value


class ProfileTable:
    """Table E.1-1: exact tags in a dict, repeating groups (``50xx,xxxx``) as masks."""

    def __init__(self, rules: Iterable[tuple[int, int, ProfileRule]],
                 private_rule: ProfileRule | None = None) -> None:
        self._exact: dict[int, ProfileRule] = {}
        self._masked: list[tuple[int, int, ProfileRule]] = []
        #: the "(gggg,eeee) where gggg is odd" row: private attributes
        self.private_rule = private_rule or ProfileRule(tag=_PRIVATE_TAG, name="Private", action="X")
        for mask, value, rule in rules:
            if mask == 0xFFFFFFFF:
                self._exact[value] = rule
            else:
                self._masked.append((mask, value, rule))

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, object]]) -> "ProfileTable":
        """Build from the JSON rows (``tag``, ``name``, ``basicProfile``).

        Raises:
            ProfileTableError: a row lacks a tag or has an unknown action.
        """
        parsed = []
        private_rule = None
        for i, row in enumerate(rows):
            tag, action = str(row.get("tag", "")), str(row.get("basicProfile", ""))
            rule = ProfileRule(tag=tag, name=str(row.get("name", "")), action=action)
            if not rule.options or not rule.options <= _ACTIONS:
                raise ProfileTableError(f"row {i}: unknown action '{action}'")
            if tag.strip().upper().startswith(_PRIVATE_TAG):
                private_rule = rule
                continue
            mask, value = _parse_tag(tag)
            parsed.append((mask, value, rule))
        if not parsed:
            raise ProfileTableError("empty table")
        return cls(parsed, private_rule)

    def __len__(self) -> int:
        return len(self._exact) + len(self._masked) + 1

    def lookup(self, tag: int) -> ProfileRule | None:
        """The rule for ``tag`` (exact match first, then repeating groups)."""
        rule = self._exact.get(tag)
        if rule is not None:
            return rule
        for mask, value, masked_rule in self._masked:
            if tag & mask == value:
                return masked_rule
        return None


#: Type 2 attributes of the common IODs: they stay, empty (Z).
TYPE2_ATTRIBUTES = frozenset({
    0x00100030,  # PatientBirthDate
    0x00100040,  # PatientSex
    0x00080020,  # StudyDate
    0x00080030,  # StudyTime
    0x00080050,  # AccessionNumber
    0x00080090,  # ReferringPhysicianName
    0x00200010,  # StudyID
})
#: Replaced by the patient's pseudonym.
PSEUDONYM_ATTRIBUTES = frozenset({0x00100010, 0x00100020})  # PatientName, PatientID
#: Sequences that only reference other objects: kept, their UIDs remapped (X/Z/U*, X/Z, X/Z/D).
REFERENCE_SEQUENCES = frozenset({
    0x00081110,  # ReferencedStudySequence
    0x00081111,  # ReferencedPerformedProcedureStepSequence
    0x00081140,  # ReferencedImageSequence
    0x00082112,  # SourceImageSequence
})

#: Attributes outside Table E.1-1 that an image needs: everything else not in the table goes.
IMAGE_ATTRIBUTES = frozenset({
    # SOP common, general series/equipment (non-identifying), character set
    0x00080005, 0x00080008, 0x00080016, 0x00080060, 0x00080064, 0x00080068, 0x00080070,
    0x00081090, 0x00089205, 0x00089206, 0x00089207,
    # references: class UIDs, frame numbers, the series/instance reference sequences
    0x00081115, 0x0008114A, 0x00081150, 0x00081160,
    # code sequence items
    0x00080100, 0x00080102, 0x00080103, 0x00080104,
    # acquisition (CT, MR, CR/DX)
    0x00180015, 0x00180020, 0x00180021, 0x00180022, 0x00180023, 0x00180050, 0x00180060,
    0x00180080, 0x00180081, 0x00180082, 0x00180083, 0x00180084, 0x00180086, 0x00180087,
    0x00180088, 0x00180090, 0x00180091, 0x00180095, 0x00181100, 0x00181120, 0x00181130,
    0x00181140, 0x00181150, 0x00181151, 0x00181152, 0x00181160, 0x00181164, 0x00181170,
    0x00181190, 0x00181210, 0x00181310, 0x00181312, 0x00181314, 0x00185100, 0x00185101,
    # image plane, position, numbering
    0x00200011, 0x00200012, 0x00200013, 0x00200020, 0x00200032, 0x00200037, 0x00200060,
    0x00200062, 0x00200100, 0x00200105, 0x00201040, 0x00201041,
    # image pixel, presentation, LUTs
    0x00280002, 0x00280004, 0x00280006, 0x00280008, 0x00280009, 0x00280010, 0x00280011,
    0x00280030, 0x00280034, 0x00280100, 0x00280101, 0x00280102, 0x00280103, 0x00280106,
    0x00280107, 0x00280120, 0x00280121, 0x00280301, 0x00281050, 0x00281051, 0x00281052,
    0x00281053, 0x00281054, 0x00281055, 0x00281056, 0x00281101, 0x00281102, 0x00281103,
    0x00281201, 0x00281202, 0x00281203, 0x00282110, 0x00282112, 0x00282114, 0x00283000,
    0x00283002, 0x00283003, 0x00283004, 0x00283006, 0x00283010,
    # de-identification markers (re-set by the engine)
    0x00120062, 0x00120063, 0x00120064,
    # pixel data
    0x7FE00008, 0x7FE00009, 0x7FE00010,
})

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


def _base_vr(vr: str) -> str:
    return vr.split(" or ")[0].strip() if vr else "UN"


def dummy_for(vr: str) -> object:
    """A valid dummy value for ``vr`` (``"US or SS"`` takes the first)."""
    return _DUMMIES.get(_base_vr(vr), b"")


class BasicProfile:
    """Applies Table E.1-1's Basic Profile with whitelist thinking.

    Resolved actions: ``X`` remove, ``Z`` zero-length, ``D`` dummy, ``U`` remap UID, ``K`` keep,
    ``P`` pseudonym, ``S`` keep the sequence and clean its items.
    """

    def __init__(self, table: ProfileTable, *,
                 whitelist: frozenset[int] = IMAGE_ATTRIBUTES) -> None:
        self.table = table
        self._whitelist = whitelist

    def resolve(self, tag: int, vr: str) -> str:
        """The single action for ``tag`` with value representation ``vr``."""
        if tag >> 16 & 1:
            # private: the Basic Profile removes them all (safe-private retention is an option)
            return "X"
        if tag & 0xFFFF == 0 or tag >> 16 in (0x0000, 0x0002):
            return "X"  # group length, command or file meta (rebuilt separately)
        rule = self.table.lookup(tag)
        vr = _base_vr(vr)
        if rule is None:
            if tag in self._whitelist:
                return "S" if vr == "SQ" else "K"
            return "X"
        opts = rule.options
        if tag in PSEUDONYM_ATTRIBUTES:
            return "P"
        if tag in TYPE2_ATTRIBUTES:
            return "Z"
        if vr == "SQ":
            if tag in REFERENCE_SEQUENCES or opts == {"K"}:
                return "S"
            if "X" in opts:
                return "X"
            if opts <= {"Z"}:
                return "Z"
            if opts & {"D", "C", "U"}:
                return "S"  # a "dummy" sequence: the items, cleaned
            return "X"
        if len(opts) == 1:
            (single,) = opts
            if single == "C":
                single = "D"
            if single == "D" and vr == "UI":
                return "U"
            return single
        if "X" in opts:
            return "X"
        if "D" in opts:
            return "U" if vr == "UI" else "D"
        return "Z"

    def apply(self, ds: Dataset, *, uids: UidRemapper, pseudonym: str) -> Dataset:
        """A cleaned copy of ``ds`` (the input is not modified).

        Args:
            ds: the dataset (no file meta; that is rebuilt by the caller).
            uids: remaps every ``U`` UID and remembers the originals.
            pseudonym: the patient's pseudonym (PatientName and PatientID).
        """
        out = Dataset()
        for tag in list(ds.keys()):
            itag = int(tag)
            try:
                elem = ds[tag]
            except Exception:  # undecodable: we cannot vouch for it, so it does not leave
                continue
            action = self.resolve(itag, elem.VR)
            if action == "X":
                continue
            if action == "K":
                out.add(DataElement(tag, elem.VR, elem.value))
            elif action == "Z":
                out.add(DataElement(tag, elem.VR, [] if elem.VR == "SQ" else None))
            elif action == "D":
                out.add(DataElement(tag, _base_vr(elem.VR), dummy_for(elem.VR)))
            elif action == "P":
                out.add(DataElement(tag, elem.VR, pseudonym))
            elif action == "U":
                out.add(DataElement(tag, "UI", self._remap(elem.value, uids, elem.keyword)))
            elif action == "S":
                items = elem.value if elem.VR == "SQ" and elem.value is not None else []
                out.add(DataElement(tag, "SQ", Sequence(
                    [self.apply(item, uids=uids, pseudonym=pseudonym) for item in items])))
        return out

    @staticmethod
    def _remap(value: object, uids: UidRemapper, keyword: str) -> object:
        if value is None or value == "":
            return value
        if isinstance(value, (list, MultiValue)):
            return [uids.remap(str(v), keyword=keyword) for v in value]
        return uids.remap(str(value), keyword=keyword)
