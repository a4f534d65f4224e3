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

from pydicom import datadict
from pydicom.dataelem import DataElement, RawDataElement
from pydicom.dataset import Dataset
from pydicom.multival import MultiValue
from pydicom.sequence import Sequence

from medenclave_deid.core.dates import cap_age, shift_da, shift_dt
from medenclave_deid.core.descriptors import DenyListCleaner, clean_values
from medenclave_deid.core.ports import DescriptorCleaner
from medenclave_deid.core.iod_types import attribute_type
from medenclave_deid.core.options import DeidOption
from medenclave_deid.core.safe_private import PathStep, SafePrivateList
from medenclave_deid.core.uids import UidRemapper

__all__ = [
    "BasicProfile",
    "DUMMY_VALUES",
    "IMAGE_ATTRIBUTES",
    "PSEUDONYM_ATTRIBUTES",
    "ProfileRule",
    "ProfileTable",
    "ProfileTableError",
    "RecordContext",
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
    #: (option column, action) pairs, e.g. (("cleanDescOpt", "C"),)
    option_actions: tuple[tuple[str, str], ...] = ()

    def option_action(self, options: frozenset[DeidOption]) -> str | None:
        """``K`` or ``C`` when a selected option names this row (``K`` wins), else None."""
        found = {a for col, a in self.option_actions if DeidOption(col) in options}
        if "K" in found:
            return "K"
        return "C" if "C" in found else None

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
            opt_actions = tuple(sorted(
                (o.value, str(row[o.value]).strip()) for o in DeidOption
                if str(row.get(o.value, "") or "").strip()))
            if any(a not in ("K", "C") for _, a in opt_actions):
                raise ProfileTableError(f"row {i}: unknown option action")
            rule = ProfileRule(tag=tag, name=str(row.get("name", "")), action=action,
                               option_actions=opt_actions)
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

    def rules(self) -> list[ProfileRule]:
        """Every row (exact, repeating groups, then the private row)."""
        return [*self._exact.values(), *(r for _, _, r in self._masked), self.private_rule]

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


_TEXT_VRS = frozenset({"LO", "SH", "ST", "LT", "UT", "UC"})
_STRING_VRS = frozenset({"AE", "AS", "CS", "DA", "DS", "DT", "IS", "LO", "LT", "PN", "SH", "ST",
                         "TM", "UC", "UI", "UR", "UT"})
_BINARY_VRS = frozenset({"OB", "OW", "OF", "OD", "OL", "OV", "UN"})


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


def _hash_text(hasher: object, value: str) -> str:
    if callable(hasher):
        return str(hasher(value))
    return ""


class BasicProfile:
    """Applies Table E.1-1's Basic Profile and the selected options, with whitelist thinking.

    Resolved actions: ``X`` remove, ``Z`` zero-length, ``D`` dummy, ``U`` remap UID, ``K`` keep,
    ``P`` pseudonym, ``S`` keep the sequence and clean its items, ``SD``/``ST`` shift a DA/DT by
    the patient's offset, ``A`` keep an age (90 and over as ``090Y``), ``CL`` clean a descriptor,
    ``PV`` a private element (kept only where the safe private list says so).

    Args:
        table: Table E.1-1.
        options: the options applied on top of the Basic Profile.
        whitelist: attributes outside the table an image needs.
        safe_private: the knowledge base for Retain Safe Private (required by that option to
            keep anything; without it every private element goes).
        cleaner: the Clean Descriptors implementation (default: the record's deny-list).
    """

    def __init__(self, table: ProfileTable, *, options: frozenset[DeidOption] = frozenset(),
                 whitelist: frozenset[int] = IMAGE_ATTRIBUTES,
                 safe_private: SafePrivateList | None = None,
                 cleaner: DescriptorCleaner | None = None) -> None:
        self.table = table
        self.options = frozenset(options)
        self._whitelist = whitelist
        self._safe_private = safe_private
        self._cleaner = cleaner or DenyListCleaner()
        self._cache: dict[tuple[int, str, str], str] = {}

    def resolve(self, tag: int, vr: str, sop_class_uid: str = "") -> str:
        """The single action for ``tag`` with value representation ``vr`` in the IOD of
        ``sop_class_uid``."""
        key = (tag, vr, sop_class_uid)
        action = self._cache.get(key)
        if action is None:
            action = self._cache[key] = self._resolve(tag, vr, sop_class_uid)
        return action

    def _resolve(self, tag: int, vr: str, sop_class_uid: str) -> str:
        if tag >> 16 & 1:
            if DeidOption.RETAIN_SAFE_PRIVATE in self.options and self._safe_private is not None:
                return "PV"
            return "X"
        if tag & 0xFFFF == 0 or tag >> 16 in (0x0000, 0x0002):
            return "X"  # group length, command or file meta (rebuilt separately)
        rule = self.table.lookup(tag)
        vr = _base_vr(vr)
        if rule is None:
            if tag in self._whitelist:
                return "S" if vr == "SQ" else "K"
            return "X"
        if tag in PSEUDONYM_ATTRIBUTES:
            return "P"
        option = rule.option_action(self.options)
        if option is not None:
            return self._option_action(option, tag, vr)
        opts = rule.options
        if tag in TYPE2_ATTRIBUTES:
            return "Z"
        if vr == "SQ":
            return self._sequence_action(tag, opts, sop_class_uid)
        if len(opts) == 1:
            (single,) = opts
            if single == "C":
                single = "D"
            if single == "D" and vr == "UI":
                return "U"
            return single
        return self._combined(tag, vr, opts, sop_class_uid)

    def _option_action(self, option: str, tag: int, vr: str) -> str:
        if vr == "AS":
            return "A"
        if option == "K":
            return "S" if vr == "SQ" else "K"
        # C: clean, by what the value is
        if vr == "DA":
            return "SD" if DeidOption.RETAIN_LONGITUDINAL_MODIFIED_DATES in self.options else "X"
        if vr == "DT":
            return "ST" if DeidOption.RETAIN_LONGITUDINAL_MODIFIED_DATES in self.options else "X"
        if vr == "TM":
            return "K"
        if vr == "SQ":
            return "S"
        if vr in _TEXT_VRS or vr == "AE":
            return "CL"
        if vr == "UI":
            return "U"
        if vr in ("CS", "DS", "IS", "US", "SS", "FL", "FD", "UL", "SL"):
            return "K"  # coded or numeric characteristics (e.g. under Retain Patient Characteristics)
        return "X"      # binary graphics (overlay/curve data), person names: cannot be cleaned

    @staticmethod
    def _sequence_action(tag: int, opts: frozenset[str], sop_class_uid: str) -> str:
        if tag in REFERENCE_SEQUENCES or opts == {"K"}:
            return "S"
        if len(opts) > 1:
            kind = attribute_type(tag, sop_class_uid)
            if kind == 1 and "D" in opts:
                return "S"
            if kind in (1, 2) and "Z" in opts:
                return "Z"
        if "X" in opts:
            return "X"
        if opts <= {"Z"}:
            return "Z"
        if opts & {"D", "C", "U"}:
            return "S"  # a "dummy" sequence: the items, cleaned
        return "X"

    @staticmethod
    def _combined(tag: int, vr: str, opts: frozenset[str], sop_class_uid: str) -> str:
        """``X/Z/D``, ``X/Z``, ``X/D``, ``Z/D``: D for Type 1, Z for Type 2, X otherwise."""
        kind = attribute_type(tag, sop_class_uid)
        dummy = "U" if vr == "UI" else "D"
        if kind == 1 and "D" in opts:
            return dummy
        if kind in (1, 2) and "Z" in opts:
            return "Z"
        if kind in (1, 2) and "D" in opts:
            return dummy
        if "X" in opts:
            return "X"
        return dummy  # Z/D where the type is not known: a dummy is valid even for Type 1

    def apply(self, ds: Dataset, *, uids: UidRemapper, pseudonym: str,
              context: RecordContext | None = None,
              as_read: Mapping[int, object] | None = None,
              path: tuple[PathStep, ...] = ()) -> Dataset:
        """A cleaned copy of ``ds`` (the input is not modified).

        Args:
            ds: the dataset (no file meta; that is rebuilt by the caller).
            uids: remaps every ``U`` UID and remembers the originals.
            pseudonym: the patient's pseudonym (PatientName and PatientID).
            context: offset, deny-list and IOD of the record (defaults: none).
            as_read: ``ds``'s top-level elements as the reader left them (``get_item`` right
                after reading), so kept elements the caller has since decoded are still
                written as read instead of re-encoded. With it, ``Z``/``U``/``SD`` on plain
                ASCII values are done on the bytes (same result, no decoding).
            path: the tags of the sequences enclosing ``ds`` when it is an item (Retain Safe
                Private looks its private elements up under that path).
        """
        ctx = context or RecordContext(pseudonym=pseudonym)
        sop_class = ctx.sop_class_uid or str(ds.get("SOPClassUID", "") or "")
        out = Dataset()
        implicit, little = ds.original_encoding
        if implicit is not None and little is not None:
            # kept elements stay raw (written as read, not decoded and re-encoded)
            out.set_original_encoding(implicit, little, ds.original_character_set)
        for tag in list(ds.keys()):
            itag = int(tag)
            raw = as_read.get(itag) if as_read is not None else None
            if raw is None:
                raw = ds.get_item(tag)
            if isinstance(raw, RawDataElement) and not itag >> 16 & 1:
                raw_vr = raw.VR or _dictionary_vr(itag)
                if raw_vr and raw_vr not in ("SQ", "UN"):
                    fast = self.resolve(itag, raw_vr, sop_class)
                    if fast == "X":
                        continue
                    if fast == "K" and implicit is not None:
                        out[tag] = raw
                        continue
                    if fast in _RAW_ACTIONS and implicit is not None and as_read is not None:
                        made = self._raw_element(raw, itag, raw_vr, fast, uids=uids, ctx=ctx,
                                                 pseudonym=pseudonym)
                        if made is not None:
                            out[tag] = made
                            continue
            try:
                elem = ds[tag]
            except Exception:  # undecodable: we cannot vouch for it, so it does not leave
                continue
            if not itag >> 16 & 1 and (elem.VR == "UN" or (
                    elem.VR in _STRING_VRS and isinstance(elem.value, (bytes, bytearray)))):
                elem = _decode_un(elem)
                if elem is None:
                    continue
            action = self.resolve(itag, elem.VR, sop_class)
            if action == "X":
                continue
            if action == "PV":
                kept = self._private(ds, elem, uids=uids, ctx=ctx, path=path)
                if kept is not None:
                    out.add(kept)
                continue
            new = self._element(elem, action, uids=uids, ctx=ctx, pseudonym=pseudonym,
                                path=path)
            if new is not None:
                out.add(new)
        return _drop_empty_creators(out)

    def _raw_element(self, raw: RawDataElement, tag: int, vr: str, action: str, *,
                     uids: UidRemapper, ctx: RecordContext,
                     pseudonym: str) -> RawDataElement | None:
        """``Z``, ``P``, ``U`` (UI), ``SD`` (DA) and ``CL`` done on the bytes as read: the same
        values :meth:`_element` produces, without decoding into a DataElement and encoding
        back. None: the value is not plain ASCII (or not of that VR); the caller decodes it."""
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
            if data is None or not data.isascii() or b"\x1b" in data or vr not in _TEXT_VRS:
                return None
            text = data.decode("ascii")
            if vr in _MULTI_TEXT_VRS and "\\" in text:
                return None  # several values: the decoded path splits them as pydicom does
            text = text.rstrip("\0 ") if vr in ("ST", "LT", "UT") else text.strip("\0 ")
            cleaned = clean_values(self._cleaner, text, ctx.deny) if text else ""
            if not isinstance(cleaned, str) or not cleaned.isascii():
                return None
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
                    keyword = _keyword(tag)
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

    def _element(self, elem: DataElement, action: str, *, uids: UidRemapper,
                 ctx: RecordContext, pseudonym: str,
                 path: tuple[PathStep, ...] = ()) -> DataElement | None:
        tag, vr = elem.tag, elem.VR
        if action == "K":
            return elem  # shared, not copied: the output is serialized, never edited in place
        if action == "Z":
            return DataElement(tag, vr, [] if vr == "SQ" else None)
        if action == "D":
            return DataElement(tag, _base_vr(vr), dummy_for(vr))
        if action == "P":
            return DataElement(tag, vr, pseudonym)
        if action == "U":
            return DataElement(tag, "UI", self._remap(elem.value, uids, elem.keyword))
        if action == "S":
            items = elem.value if vr == "SQ" and elem.value is not None else []
            inner = (*path, int(tag))
            return DataElement(tag, "SQ", Sequence(
                [self.apply(item, uids=uids, pseudonym=pseudonym, context=ctx, path=inner)
                 for item in items]))
        if action in ("SD", "ST"):
            shift = shift_da if action == "SD" else shift_dt
            values = _as_list(elem.value)
            shifted = [shift(str(v), ctx.offset_days) for v in values]
            if any(v is None for v in shifted):
                return DataElement(tag, vr, None)
            return DataElement(tag, vr, shifted[0] if len(shifted) == 1 else shifted)
        if action == "A":
            values = [cap_age(str(v)) for v in _as_list(elem.value)]
            values = [v for v in values if v]
            return DataElement(tag, "AS", values[0] if len(values) == 1 else (values or None))
        if action == "CL":
            cleaned = clean_values(self._cleaner, elem.value, ctx.deny)
            return DataElement(tag, vr, cleaned or None)
        return None

    def _private(self, ds: Dataset, elem: DataElement, *, uids: UidRemapper,
                 ctx: RecordContext, path: tuple[PathStep, ...] = ()) -> DataElement | None:
        """A private element of ``ds`` (at ``path``) as the knowledge base disposes of it."""
        itag = int(elem.tag)
        group, element = itag >> 16, itag & 0xFFFF
        if element < 0x0010 or (element >> 8) == 0 and element > 0xFF:
            return None
        if element <= 0xFF:  # a private creator: kept if its block keeps something
            return DataElement(elem.tag, "LO", elem.value)
        creator = ds.get((group << 16) | (element >> 8))
        kb = self._safe_private
        if creator is None or kb is None:
            return None
        step = kb.key(group=group, creator=str(creator.value or ""), element=element)
        return self._vouched(elem, (*path, step), uids=uids, ctx=ctx)

    def _vouched(self, elem: DataElement, path: tuple[PathStep, ...], *, uids: UidRemapper,
                 ctx: RecordContext) -> DataElement | None:
        """The element at ``path`` as the knowledge base disposes of it: ``k`` as is, ``h``
        hashed (UIDs remapped), ``o`` shifted; a sequence only as :meth:`_vouched_sequence`
        rebuilds it; anything else, or a value that cannot be done so, None."""
        kb = self._safe_private
        if kb is None:
            return None
        if elem.VR == "SQ":
            return self._vouched_sequence(elem, path, uids=uids, ctx=ctx)
        if elem.VR in ("UN", "OB") and kb.is_sequence(path):
            return None  # a sequence as opaque bytes: its contents cannot be vouched for
        disposition = kb.disposition_of(path)
        tag = int(elem.tag)
        if disposition == "k" and elem.VR == "UI" and not tag >> 16 & 1 and \
                self.resolve(tag, "UI", ctx.sop_class_uid) == "U":
            disposition = "h"  # a public instance UID inside a private sequence: remapped
        if disposition == "k":
            return elem
        if disposition == "h" and elem.VR == "UI":
            keyword = "PrivateUID" if tag >> 16 & 1 else _keyword(tag)
            return DataElement(elem.tag, "UI", self._remap(elem.value, uids, keyword))
        if disposition == "h" and elem.VR in _TEXT_VRS | {"CS"} and ctx.hasher:
            return DataElement(elem.tag, elem.VR, [_hash_text(ctx.hasher, str(v))
                                                   for v in _as_list(elem.value)] or None)
        if disposition == "o" and elem.VR in ("DA", "DT"):
            shift = shift_da if elem.VR == "DA" else shift_dt
            values = [shift(str(v), ctx.offset_days) for v in _as_list(elem.value)]
            if values and all(values):
                return DataElement(elem.tag, elem.VR, values[0] if len(values) == 1 else values)
        return None

    def _vouched_sequence(self, elem: DataElement, path: tuple[PathStep, ...], *,
                          uids: UidRemapper, ctx: RecordContext) -> DataElement | None:
        """A sequence under a private step, kept only where the knowledge base lists something
        under it: each item keeps only the elements listed under ``path`` (public ones
        included), recursively; empty items are dropped, and a sequence left without items
        goes."""
        kb = self._safe_private
        if kb is None or not kb.keeps_under(path) or elem.value is None:
            return None
        items = []
        for item in elem.value:
            kept = self._vouched_item(item, path, uids=uids, ctx=ctx)
            if len(kept):
                items.append(kept)
        return DataElement(elem.tag, "SQ", Sequence(items)) if items else None

    def _vouched_item(self, item: Dataset, path: tuple[PathStep, ...], *, uids: UidRemapper,
                      ctx: RecordContext) -> Dataset:
        """The elements of an item of the private sequence at ``path`` that the knowledge base
        lists under it (whitelist thinking: nothing else, public or private)."""
        out = Dataset()
        for tag in list(item.keys()):
            itag = int(tag)
            if itag & 0xFFFF == 0:
                continue  # group length
            try:
                elem = item[tag]
            except Exception:  # undecodable: we cannot vouch for it
                continue
            if itag >> 16 & 1:
                if 0x10 <= itag & 0xFFFF <= 0xFF:  # a creator: kept if its block keeps any
                    out.add(DataElement(elem.tag, "LO", elem.value))
                    continue
                kept = self._private(item, elem, uids=uids, ctx=ctx, path=path)
                if kept is not None:
                    out.add(kept)
                continue
            if elem.VR == "UN" or (elem.VR in _STRING_VRS and
                                   isinstance(elem.value, (bytes, bytearray))):
                elem = _decode_un(elem)
                if elem is None:
                    continue
            kept = self._vouched(elem, (*path, itag), uids=uids, ctx=ctx)
            if kept is not None:
                out.add(kept)
        return _drop_empty_creators(out)

    @staticmethod
    def _remap(value: object, uids: UidRemapper, keyword: str) -> object:
        if value is None or value == "":
            return value
        if isinstance(value, (list, MultiValue)):
            return [uids.remap(str(v), keyword=keyword) for v in value]
        return uids.remap(str(value), keyword=keyword)


_RAW_ACTIONS = frozenset({"Z", "P", "U", "SD", "CL"})
_MULTI_TEXT_VRS = frozenset({"LO", "SH", "UC"})
_KEYWORDS: dict[int, str] = {}


def _keyword(tag: int) -> str:
    keyword = _KEYWORDS.get(tag)
    if keyword is None:
        keyword = _KEYWORDS[tag] = datadict.keyword_for_tag(tag) or "UID"
    return keyword


def _as_list(value: object) -> list:
    if value is None or value == "":
        return []
    if isinstance(value, (list, tuple, MultiValue)):
        return list(value)
    return [value]


def _dictionary_vr(tag: int) -> str:
    try:
        return _base_vr(datadict.dictionary_VR(tag))
    except KeyError:
        return ""


def _drop_empty_creators(out: Dataset) -> Dataset:
    """Remove the private creators of ``out`` whose blocks kept no element."""
    keys = [int(tag) for tag in out.keys()]
    used = {(t & 0xFFFF0000) | (t >> 8 & 0xFF) for t in keys if t >> 16 & 1 and t & 0xFF00}
    for t in keys:
        if t >> 16 & 1 and not t & 0xFF00 and t not in used:
            del out[t]
    return out


def _decode_un(elem: DataElement) -> DataElement | None:
    """A public UN element decoded with the dictionary VR, or None when that is impossible."""
    try:
        vr = _base_vr(datadict.dictionary_VR(elem.tag)) if elem.VR == "UN" else elem.VR
    except KeyError:
        return None
    if vr == "UN":
        return elem  # an attribute whose VR is UN by definition
    if vr == "SQ" or not isinstance(elem.value, (bytes, bytearray)):
        return None
    raw: bytes = bytes(elem.value)
    if vr in _BINARY_VRS:
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
