"""What an IOD's own modules need beyond the image whitelist, by IOD family.

The image whitelist (:data:`~medenclave_deid.core.action_resolution.IMAGE_ATTRIBUTES`) is what
any image needs: pixels, geometry, numbering, code-sequence items. Some IODs carry their meaning
in modules of their own that Table E.1-1 does not name, so whitelist thinking alone would strip
them to a shell that no reader accepts. For those IODs (by SOP class,
:func:`~medenclave_deid.core.iod_types.iod_family`) this module lists, per family:

* ``kept``: coded, numeric and structural attributes, kept as they are (a sequence: its items
  cleaned element by element, so everything inside it goes through the same rules);
* ``remapped``: instance UIDs that Table E.1-1 does not name, remapped like its ``U`` rows;
* ``text``: free text, by its Type in the IOD (1, 2 or 3). With Clean Descriptors they are
  cleaned by the profile's descriptor cleaner (the free-text engine in the service and the
  CLI), and a value that cannot be cleaned goes (Type 1: a dummy, so the object stays valid).
  Without that option nothing of them is kept: a dummy for Type 1, zero-length for Type 2,
  removed for Type 3 — Table E.1-1's ``D``/``Z``/``X`` by Type.
* ``coded_text``: free text inside the IOD's code items (Code Meaning: what a segment is, as
  the annotator's tool wrote it, possibly typed by a person). With Clean Descriptors it goes
  through the same descriptor cleaner (Type 1 in the Code Sequence Macro: a dummy where nothing
  is left), so "Liver" or "左肺结节" stay and a name typed next to them goes; without that
  option it is kept as the image whitelist keeps every Code Meaning (the codes' own names),
  with the leak guard as the last line. These actions win over the image whitelist.

Covered: DICOM Segmentation (Segmentation Storage and Label Map Segmentation Storage, PS3.3
A.51): the Segmentation Series and Segmentation Image modules with the Segment Description
macro, Multi-frame Functional Groups and the Segmentation functional groups (Pixel Measures,
Plane Position/Orientation, Derivation Image, Frame Content, Segment Identification),
Multi-frame Dimension, Enhanced General Equipment and Common Instance Reference. Every UID in
them that names an instance, a series, a study or a frame of reference is remapped by the
study's UID remapper, the same keyed function as the images', so a SEG's references still
resolve after de-identification.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from medenclave_deid.core.iod_types import iod_family

__all__ = ["IOD_MODULES", "SEGMENTATION", "IodModules", "iod_modules"]


@dataclass(frozen=True)
class IodModules:
    """The attributes an IOD family's own modules need (module docstring)."""

    kept: frozenset[int]
    remapped: frozenset[int] = frozenset()
    #: free-text tag → its Type in the IOD (1, 2 or 3)
    text: dict[int, int] = field(default_factory=dict)
    #: free text of the IOD's code items: cleaned with Clean Descriptors (module docstring)
    coded_text: frozenset[int] = frozenset()

    def action(self, tag: int, vr: str, *, clean_descriptors: bool) -> str | None:
        """The resolved action for ``tag`` in this IOD, None when it is not one of its own.

        Args:
            tag: the element's tag as an int.
            vr: its value representation (base VR).
            clean_descriptors: the Clean Descriptors option is selected.
        """
        if tag in self.kept:
            return "S" if vr == "SQ" else "K"
        if tag in self.remapped:
            return "U" if vr == "UI" else "X"
        if tag in self.coded_text:
            return "CD" if clean_descriptors else None  # None: the image whitelist keeps it
        kind = self.text.get(tag)
        if kind is None:
            return None
        if clean_descriptors:
            return "CD" if kind == 1 else "CL"
        return {1: "D", 2: "Z"}.get(kind, "X")


SEGMENTATION = IodModules(
    kept=frozenset({
        # Segmentation Image module
        0x00620001,  # SegmentationType
        0x00620010,  # SegmentationFractionalType
        0x0062000E,  # MaximumFractionalValue
        0x00620013,  # SegmentsOverlap
        0x00620002,  # SegmentSequence
        # Segment Description macro (items of SegmentSequence)
        0x00620004,  # SegmentNumber
        0x00620008,  # SegmentAlgorithmType
        0x00620003,  # SegmentedPropertyCategoryCodeSequence
        0x0062000F,  # SegmentedPropertyTypeCodeSequence
        0x00620011,  # SegmentedPropertyTypeModifierCodeSequence
        0x00082218,  # AnatomicRegionSequence
        0x00082220,  # AnatomicRegionModifierSequence
        0x00082228,  # PrimaryAnatomicStructureSequence
        0x00082230,  # PrimaryAnatomicStructureModifierSequence
        0x0062000C,  # RecommendedDisplayGrayscaleValue
        0x0062000D,  # RecommendedDisplayCIELabValue
        0x00620007,  # SegmentationAlgorithmIdentificationSequence
        0x0066002F,  # AlgorithmFamilyCodeSequence
        0x00660030,  # AlgorithmNameCodeSequence
        # code sequence macro items beyond CodeValue/Scheme/Version/Meaning
        0x00080119,  # LongCodeValue
        0x00080120,  # URNCodeValue
        0x0008010F,  # ContextIdentifier
        0x00080117,  # ContextUID (a context group of the standard, not an instance)
        0x00080105,  # MappingResource
        0x0008010B,  # ContextGroupExtensionFlag
        # Multi-frame Functional Groups
        0x52009229,  # SharedFunctionalGroupsSequence
        0x52009230,  # PerFrameFunctionalGroupsSequence
        0x00209228,  # ConcatenationFrameOffsetNumber
        0x00286010,  # RepresentativeFrameNumber
        0x00209162,  # InConcatenationNumber
        0x00209163,  # InConcatenationTotalNumber
        0x00220028,  # StereoPairsPresent
        # Multi-frame Dimension
        0x00209221,  # DimensionOrganizationSequence
        0x00209311,  # DimensionOrganizationType
        0x00209222,  # DimensionIndexSequence
        0x00209165,  # DimensionIndexPointer
        0x00209167,  # FunctionalGroupPointer
        # Segmentation functional groups
        0x00289110,  # PixelMeasuresSequence
        0x00209113,  # PlanePositionSequence
        0x00209116,  # PlaneOrientationSequence
        0x0020930E,  # PlanePositionVolumeSequence
        0x0020930F,  # PlaneOrientationVolumeSequence
        0x00209301,  # ImagePositionVolume
        0x00209302,  # ImageOrientationVolume
        0x00089124,  # DerivationImageSequence
        0x00089215,  # DerivationCodeSequence
        0x0040A170,  # PurposeOfReferenceCodeSequence
        0x0028135A,  # SpatialLocationsPreserved
        0x0062000A,  # SegmentIdentificationSequence
        0x0062000B,  # ReferencedSegmentNumber
        0x00209111,  # FrameContentSequence
        0x00209157,  # DimensionIndexValues
        0x00209057,  # InStackPositionNumber
        0x00209128,  # TemporalPositionIndex
        0x00209156,  # FrameAcquisitionNumber
        # Common Instance Reference (other studies' references; the UIDs inside are remapped)
        0x00081200,  # StudiesContainingOtherReferencedInstancesSequence
    }),
    remapped=frozenset({
        0x00200242,  # SOPInstanceUIDOfConcatenationSource
    }),
    text={
        0x00700080: 1,  # ContentLabel (CS: cleaned, then made a valid code string)
        0x00700081: 2,  # ContentDescription
        0x00620005: 1,  # SegmentLabel
        0x00620006: 3,  # SegmentDescription
        0x00620009: 1,  # SegmentAlgorithmName (1C: not MANUAL)
        0x00660036: 1,  # AlgorithmName
        0x00660031: 1,  # AlgorithmVersion
        0x00620020: 1,  # TrackingID (1C: with a Tracking UID)
        0x00181020: 1,  # SoftwareVersions (Enhanced General Equipment)
        0x00209421: 3,  # DimensionDescriptionLabel
        0x00209056: 3,  # StackID
        0x00209453: 3,  # FrameLabel
    },
    coded_text=frozenset({
        0x00080104,  # CodeMeaning (segment property types and categories, anatomy, algorithm)
    }),
)

#: IOD family → the attributes its own modules need
IOD_MODULES: dict[str, IodModules] = {"SEG": SEGMENTATION}


def iod_modules(sop_class_uid: str) -> IodModules | None:
    """The own modules of the IOD of ``sop_class_uid`` (None: the image whitelist is all)."""
    return IOD_MODULES.get(iod_family(sop_class_uid))
