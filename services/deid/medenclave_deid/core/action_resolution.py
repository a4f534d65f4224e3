"""One action per element: Table E.1-1's (possibly combined) action, the selected options and
the image whitelist, resolved for the element's VR and IOD.

Combined actions (``X/Z``, ``X/D``, ``X/Z/D``, ``Z/D``, ``X/Z/U*``) are resolved so the object stays
valid: the Type 2 attributes of the common IODs become zero-length (patient name and id become the
pseudonym), reference sequences are kept with their UIDs remapped, everything else prefers
removal; ``Z/D`` without ``X`` gets a dummy (valid where the attribute is Type 1). Attributes the
table does not name are removed unless they are on the image whitelist ("whitelist thinking")
or among the attributes the IOD's own modules need (:mod:`~medenclave_deid.core.iod_modules`:
a segmentation's segments, functional groups and dimensions).
"""

from __future__ import annotations

from medenclave_deid.core.element_values import TEXT_VRS, base_vr
from medenclave_deid.core.iod_modules import iod_modules
from medenclave_deid.core.iod_types import attribute_type
from medenclave_deid.core.options import DeidOption
from medenclave_deid.core.profile_table import ProfileTable

__all__ = ["IMAGE_ATTRIBUTES", "PSEUDONYM_ATTRIBUTES", "REFERENCE_SEQUENCES", "TYPE2_ATTRIBUTES",
           "ActionResolver"]

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


class ActionResolver:
    """Resolves the single action of an element; remembers each (tag, VR, SOP class).

    Resolved actions: ``X`` remove, ``Z`` zero-length, ``D`` dummy, ``U`` remap UID, ``K`` keep,
    ``P`` pseudonym, ``S`` keep the sequence and clean its items, ``SD``/``ST`` shift a DA/DT by
    the patient's offset, ``A`` keep an age (90 and over as ``090Y``), ``CL`` clean a descriptor,
    ``CD`` clean a Type 1 descriptor (a dummy where nothing is left),
    ``PV`` a private element (kept only where the safe private list says so).

    Args:
        table: Table E.1-1.
        options: the options applied on top of the Basic Profile.
        whitelist: attributes outside the table an image needs.
        keep_safe_private: private elements go to the safe private list (``PV``) instead of
            being removed.
    """

    def __init__(self, table: ProfileTable, *, options: frozenset[DeidOption],
                 whitelist: frozenset[int], keep_safe_private: bool) -> None:
        self._table = table
        self._options = options
        self._whitelist = whitelist
        self._keep_safe_private = keep_safe_private
        self._cache: dict[tuple[int, str, str], str] = {}

    def resolve(self, tag: int, vr: str, sop_class_uid: str = "") -> str:
        """The single action for ``tag`` with value representation ``vr`` in the IOD of
        ``sop_class_uid``.

        Args:
            tag: the element's tag as an int.
            vr: its value representation (an ambiguous one resolves as its first).
            sop_class_uid: the SOP class of the record (the attribute's type depends on it).
        """
        key = (tag, vr, sop_class_uid)
        action = self._cache.get(key)
        if action is None:
            action = self._cache[key] = self._resolve(tag, vr, sop_class_uid)
        return action

    def _resolve(self, tag: int, vr: str, sop_class_uid: str) -> str:
        if tag >> 16 & 1:
            return "PV" if self._keep_safe_private else "X"
        if tag & 0xFFFF == 0 or tag >> 16 in (0x0000, 0x0002):
            return "X"  # group length, command or file meta (rebuilt separately)
        rule = self._table.lookup(tag)
        vr = base_vr(vr)
        if rule is None:
            # the IOD's own modules first: a SEG cleans its Code Meanings, which the image
            # whitelist keeps as they are (iod_modules.IodModules.coded_text)
            own = iod_modules(sop_class_uid)
            found = own.action(tag, vr, clean_descriptors=DeidOption.CLEAN_DESCRIPTORS
                               in self._options) if own is not None else None
            if found is None and tag in self._whitelist:
                return "S" if vr == "SQ" else "K"
            return found or "X"
        if tag in PSEUDONYM_ATTRIBUTES:
            return "P"
        option = rule.option_action(self._options)
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
            return "SD" if DeidOption.RETAIN_LONGITUDINAL_MODIFIED_DATES in self._options else "X"
        if vr == "DT":
            return "ST" if DeidOption.RETAIN_LONGITUDINAL_MODIFIED_DATES in self._options else "X"
        if vr == "TM":
            return "K"
        if vr == "SQ":
            return "S"
        if vr in TEXT_VRS or vr == "AE":
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
