"""Attribute types (1, 2 or 3) in the common IODs, for the combined actions of Table E.1-1.

A combined action (``X/Z/D``, ``X/Z``, ``X/D``, ``Z/D``) leaves the choice to the de-identifier
so that the object stays valid: a dummy (``D``) where the attribute is Type 1 in the object's
IOD, zero-length (``Z``) where it is Type 2, removal (``X``) otherwise. Only the attributes that
carry a combined action and are Type 1 or 2 somewhere in the covered IODs are listed; everything
else is Type 3 (optional) as far as this table knows.

Covered IODs: CT, MR, CR, DX (and mammography/intra-oral), US, SC, XA/XRF, PET, NM, the enhanced
CT/MR/XA images, SR documents, segmentations (SEG) and the RT basics (plan, structure set,
dose, image, treatment records). What a SEG's own modules need beyond that is in
:mod:`~medenclave_deid.core.iod_modules`.
"""

from __future__ import annotations

__all__ = ["IOD_FAMILIES", "attribute_type", "iod_family"]

#: SOP Class UID → IOD family name
IOD_FAMILIES: dict[str, str] = {
    "1.2.840.10008.5.1.4.1.1.2": "CT",
    "1.2.840.10008.5.1.4.1.1.2.1": "ENHANCED",     # Enhanced CT
    "1.2.840.10008.5.1.4.1.1.4": "MR",
    "1.2.840.10008.5.1.4.1.1.4.1": "ENHANCED",     # Enhanced MR
    "1.2.840.10008.5.1.4.1.1.1": "CR",
    "1.2.840.10008.5.1.4.1.1.1.1": "DX",
    "1.2.840.10008.5.1.4.1.1.1.1.1": "DX",
    "1.2.840.10008.5.1.4.1.1.1.2": "DX",           # mammography
    "1.2.840.10008.5.1.4.1.1.1.2.1": "DX",
    "1.2.840.10008.5.1.4.1.1.1.3": "DX",           # intra-oral
    "1.2.840.10008.5.1.4.1.1.1.3.1": "DX",
    "1.2.840.10008.5.1.4.1.1.6.1": "US",
    "1.2.840.10008.5.1.4.1.1.3.1": "US",           # US multi-frame
    "1.2.840.10008.5.1.4.1.1.7": "SC",
    "1.2.840.10008.5.1.4.1.1.7.1": "SC",
    "1.2.840.10008.5.1.4.1.1.7.2": "SC",
    "1.2.840.10008.5.1.4.1.1.7.3": "SC",
    "1.2.840.10008.5.1.4.1.1.7.4": "SC",
    "1.2.840.10008.5.1.4.1.1.12.1": "XA",
    "1.2.840.10008.5.1.4.1.1.12.1.1": "ENHANCED",  # Enhanced XA
    "1.2.840.10008.5.1.4.1.1.12.2": "XA",          # XRF
    "1.2.840.10008.5.1.4.1.1.128": "PET",
    "1.2.840.10008.5.1.4.1.1.20": "NM",
    "1.2.840.10008.5.1.4.1.1.88.11": "SR",
    "1.2.840.10008.5.1.4.1.1.88.22": "SR",
    "1.2.840.10008.5.1.4.1.1.88.33": "SR",
    "1.2.840.10008.5.1.4.1.1.481.1": "RT",         # RT Image
    "1.2.840.10008.5.1.4.1.1.481.2": "RT",         # RT Dose
    "1.2.840.10008.5.1.4.1.1.481.3": "RT",         # RT Structure Set
    "1.2.840.10008.5.1.4.1.1.481.4": "RT",         # RT Beams Treatment Record
    "1.2.840.10008.5.1.4.1.1.481.5": "RT",         # RT Plan
    "1.2.840.10008.5.1.4.1.1.481.7": "RT",         # RT Treatment Summary Record
    "1.2.840.10008.5.1.4.1.1.481.8": "RT",         # RT Ion Plan
    "1.2.840.10008.5.1.4.1.1.11.1": "PR",          # Grayscale Softcopy Presentation State
    "1.2.840.10008.5.1.4.1.1.66.4": "SEG",         # Segmentation
    "1.2.840.10008.5.1.4.1.1.66.7": "SEG",         # Label Map Segmentation
}

_ALL_IMAGES = ("CT", "MR", "CR", "DX", "US", "SC", "XA", "PET", "NM", "ENHANCED", "RT")
_TYPES: dict[int, dict[str, int]] = {
    # Content Date/Time: General Image 2C (temporally related images) → Type 2 is the safe choice;
    # Type 1 in the enhanced images and SR documents.
    0x00080023: {**dict.fromkeys(_ALL_IMAGES, 2), "ENHANCED": 1, "SR": 1, "PR": 1, "SEG": 1},
    0x00080033: {**dict.fromkeys(_ALL_IMAGES, 2), "ENHANCED": 1, "SR": 1, "PR": 1, "SEG": 1},
    # Acquisition DateTime: Type 1 in the enhanced images' multi-frame functional groups
    0x0008002A: {"ENHANCED": 1},
    # Device Serial Number: Type 1 in Enhanced General Equipment
    0x00181000: {"ENHANCED": 1, "SEG": 1},
    # Contrast/Bolus Agent: Type 2 in the Contrast/Bolus module
    0x00180010: dict.fromkeys(_ALL_IMAGES, 2),
    # Acquisition Context Sequence: Type 2 in DX, mammography, intra-oral, enhanced images
    0x00400555: {"DX": 2, "ENHANCED": 2, "SR": 2},
    # Content Creator's Name: Type 2 in Presentation State Identification
    0x00700084: {"PR": 2, "SEG": 2},
    # Observation DateTime: Type 1C on SR content items
    0x0040A032: {"SR": 1},
    # RT: plan date/time, treatment machine, reviewer, treatment dates (Type 2)
    0x300A0006: {"RT": 2},
    0x300A0007: {"RT": 2},
    0x300A00B2: {"RT": 2},
    0x300E0008: {"RT": 2},
    0x30080250: {"RT": 2},
    0x30080251: {"RT": 2},
    # Station Name, Institution Name: Type 3 everywhere covered (removed)
}


def iod_family(sop_class_uid: str) -> str:
    """The IOD family of ``sop_class_uid`` (``""`` when not covered)."""
    return IOD_FAMILIES.get(str(sop_class_uid).strip(), "")


def attribute_type(tag: int, sop_class_uid: str) -> int:
    """1, 2 or 3: the attribute's type in the IOD of ``sop_class_uid`` (3 when unknown)."""
    return _TYPES.get(tag, {}).get(iod_family(sop_class_uid), 3)
