"""A synthetic study as the PACS holds it before de-identification: CT slices and their DICOM SEG
carrying a made-up patient's identifiers in the header and, where a person could type them, in
the SEG's free text (Content Label/Description, Segment Label/Description, Tracking ID, Series
Description), with every module a SEG carries: Frame of Reference, Enhanced General Equipment,
the Segment Description macro with coded properties and an algorithm, shared and per-frame
functional groups (Pixel Measures, Plane Orientation/Position, Frame Content, Derivation Image,
Segment Identification), Multi-frame Dimension and Common Instance Reference. No real person.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from pydicom.dataset import Dataset
from pydicom.uid import CTImageStorage

from medenclave_testing.segmentation_dicom import ct_slice, seg_object

__all__ = ["PATIENT", "SegSourceStudy", "identified_seg_study"]

#: the made-up patient (name, id, birth date, accession, referring physician, institution)
PATIENT = {"PatientName": "Quillfeather^Marisol", "PatientID": "MRN-48213977",
           "PatientBirthDate": "19610704", "AccessionNumber": "ACC-5520931",
           "ReferringPhysicianName": "Okonkwo^Adaeze", "InstitutionName": "Saint Wenceslas Clinic"}
_ROOT = "1.2.826.0.1.3680043.8.498.4417"


def _code(value: str, scheme: str, meaning: str) -> Dataset:
    item = Dataset()
    item.CodeValue, item.CodingSchemeDesignator, item.CodeMeaning = value, scheme, meaning
    return item


@dataclass
class SegSourceStudy:
    """The raw study: its CT slices (in order), its SEG, and what a reader should get back."""

    images: list[bytes]
    seg: bytes
    #: the slices' SOP Instance UIDs, in order
    image_uids: list[str]
    #: the expected class map of each slice (0 background, else the segment number)
    class_maps: list[np.ndarray]
    uids: dict[str, str] = field(default_factory=dict)


def _patient(ds: Dataset, frame_of_reference: str) -> None:
    del ds.PatientIdentityRemoved
    for keyword, value in PATIENT.items():
        setattr(ds, keyword, value)
    ds.PatientSex, ds.StudyDate, ds.StudyTime, ds.StudyID = "F", "20240311", "101500", "S77120"
    ds.SpecificCharacterSet = "ISO_IR 192"
    ds.FrameOfReferenceUID, ds.PositionReferenceIndicator = frame_of_reference, ""


def _box(side: int, r0: int, r1: int, c0: int, c1: int) -> np.ndarray:
    out = np.zeros((side, side), np.uint8)
    out[r0:r1, c0:c1] = 1
    return out


def identified_seg_study(*, side: int = 16,
                         segment_labels: Sequence[str] = ("Liver", "Tumor"),
                         content_label: str = "LIVER_SEG",
                         content_description: str = "Liver and tumour, manual",
                         series_description: str = "Segmentation",
                         tracking_id: str = "Lesion 1", kind: str = "BINARY",
                         type_meanings: Sequence[str] = ("Liver", "Neoplasm")) -> SegSourceStudy:
    """Three CT slices A, B, C and a SEG of two segments: segment 1 on A and C, segment 2 on
    A (overlapping segment 1: the higher number wins); B has no frame.

    Args:
        side: rows and columns of every slice.
        segment_labels: Segment Label of segments 1 and 2.
        content_label, content_description, series_description, tracking_id: the SEG's other
            free text (Tracking ID on segment 2).
        kind: ``BINARY``, or ``FRACTIONAL`` (probability, 255 inside a segment).
        type_meanings: the Code Meaning of segments 1 and 2's property type (SCT liver and
            neoplasm): text a person may have typed too.
    """
    study, series, seg_series = f"{_ROOT}.1", f"{_ROOT}.2", f"{_ROOT}.3"
    frame_of_reference, seg_uid = f"{_ROOT}.4", f"{_ROOT}.5"
    dimension_uid, tracking_uid = f"{_ROOT}.6", f"{_ROOT}.7"
    uids = [f"{_ROOT}.10.{i}" for i in range(3)]
    spacing, orientation = [0.8, 0.8], [1, 0, 0, 0, 1, 0]

    def position(i: int) -> list[float]:
        return [-100.0, -120.0, 40.0 + 2.5 * i]

    def slice_extra(i: int):
        def extra(ds: Dataset) -> None:
            _patient(ds, frame_of_reference)
            ds.SeriesInstanceUID, ds.ImageType = series, ["ORIGINAL", "PRIMARY", "AXIAL"]
            ds.ImagePositionPatient, ds.ImageOrientationPatient = position(i), orientation
            ds.PixelSpacing, ds.SliceThickness, ds.BurnedInAnnotation = spacing, 2.5, "NO"
        return extra

    images = [ct_slice(study, uid, np.full((side, side), 900 + 50 * i), i + 1,
                       extra=slice_extra(i)) for i, uid in enumerate(uids)]
    a, _b, c = uids
    one, two, three = _box(side, 2, 8, 2, 8), _box(side, 6, 12, 6, 12), _box(side, 0, 4, 0, side)
    scale = 255 if kind == "FRACTIONAL" else 1
    frames = [(1, a, one * scale), (2, a, two * scale), (1, c, three * scale)]
    slice_of = {uid: i for i, uid in enumerate(uids)}

    def seg_extra(ds: Dataset) -> None:
        _patient(ds, frame_of_reference)
        ds.SeriesInstanceUID, ds.SeriesNumber, ds.InstanceNumber = seg_series, 300, 1
        ds.SeriesDescription, ds.ImageType = series_description, ["DERIVED", "PRIMARY"]
        ds.ContentLabel, ds.ContentDescription = content_label, content_description
        ds.ContentCreatorName = "Okonkwo^Adaeze"
        ds.ContentDate, ds.ContentTime = "20240312", "093000"
        ds.SeriesDate, ds.SeriesTime = "20240312", "093000"
        ds.Manufacturer, ds.ManufacturerModelName = "MedEnclave Tests", "SegWriter"
        ds.DeviceSerialNumber, ds.SoftwareVersions = "SN-0042", "1.4.2"
        ds.LossyImageCompression, ds.SegmentsOverlap = "00", "YES"
        ds.BurnedInAnnotation = "NO"
        if kind == "FRACTIONAL":
            ds.SegmentationFractionalType = "PROBABILITY"
        _segments(ds, segment_labels, tracking_id, tracking_uid, type_meanings)
        shared = Dataset()
        measures, plane = Dataset(), Dataset()
        measures.PixelSpacing, measures.SliceThickness = spacing, 2.5
        plane.ImageOrientationPatient = orientation
        shared.PixelMeasuresSequence, shared.PlaneOrientationSequence = [measures], [plane]
        ds.SharedFunctionalGroupsSequence = [shared]
        for (number, source_uid, _), group in zip(frames, ds.PerFrameFunctionalGroupsSequence,
                                                   strict=True):
            content, where = Dataset(), Dataset()
            content.DimensionIndexValues = [number, slice_of[source_uid] + 1]
            content.StackID, content.InStackPositionNumber = "1", slice_of[source_uid] + 1
            where.ImagePositionPatient = position(slice_of[source_uid])
            group.FrameContentSequence, group.PlanePositionSequence = [content], [where]
            derivation = group.DerivationImageSequence[0]
            derivation.DerivationCodeSequence = [_code("113076", "DCM", "Segmentation")]
            source = derivation.SourceImageSequence[0]
            source.PurposeOfReferenceCodeSequence = [_code(
                "121322", "DCM", "Source image for image processing operation")]
            source.SpatialLocationsPreserved = "YES"
        _dimensions(ds, dimension_uid)
        referenced = Dataset()
        referenced.SeriesInstanceUID = series
        referenced.ReferencedInstanceSequence = []
        for uid in uids:
            item = Dataset()
            item.ReferencedSOPClassUID, item.ReferencedSOPInstanceUID = CTImageStorage, uid
            referenced.ReferencedInstanceSequence.append(item)
        ds.ReferencedSeriesSequence = [referenced]

    seg = seg_object(study, seg_uid, frames, segments=(1, 2), kind=kind, extra=seg_extra)
    want_a = one.copy()
    want_a[two > 0] = 2
    return SegSourceStudy(
        images=images, seg=seg, image_uids=uids,
        class_maps=[want_a, np.zeros((side, side), np.uint8), three],
        uids={"study": study, "series": series, "seg_series": seg_series, "seg": seg_uid,
              "frame_of_reference": frame_of_reference, "dimension": dimension_uid,
              "tracking": tracking_uid})


def _segments(ds: Dataset, labels: Sequence[str], tracking_id: str, tracking_uid: str,
              meanings: Sequence[str]) -> None:
    liver, neoplasm = meanings
    types = [_code("10200004", "SCT", liver), _code("108369006", "SCT", neoplasm)]
    for item, label, kind in zip(ds.SegmentSequence, labels, types, strict=True):
        item.SegmentLabel = label
        item.SegmentDescription = f"{label} outline"
        item.SegmentedPropertyCategoryCodeSequence = [_code("91723000", "SCT",
                                                            "Anatomical Structure")]
        item.SegmentedPropertyTypeCodeSequence = [kind]
        item.RecommendedDisplayCIELabValue = [43803, 26565, 37722]
        item.SegmentAlgorithmType = "MANUAL"
    automatic = ds.SegmentSequence[1]
    automatic.SegmentAlgorithmType, automatic.SegmentAlgorithmName = "AUTOMATIC", "TumourNet"
    algorithm = Dataset()
    algorithm.AlgorithmFamilyCodeSequence = [_code("123109", "DCM", "Manual Processing")]
    algorithm.AlgorithmName, algorithm.AlgorithmVersion = "TumourNet", "2.1"
    automatic.SegmentationAlgorithmIdentificationSequence = [algorithm]
    automatic.TrackingID, automatic.TrackingUID = tracking_id, tracking_uid


def _dimensions(ds: Dataset, dimension_uid: str) -> None:
    organization = Dataset()
    organization.DimensionOrganizationUID = dimension_uid
    ds.DimensionOrganizationSequence = [organization]
    ds.DimensionOrganizationType = "3D"
    ds.DimensionIndexSequence = []
    for pointer, group, label in ((0x0062000B, 0x0062000A, "Segment"),
                                  (0x00200032, 0x00209113, "Position")):
        index = Dataset()
        index.DimensionOrganizationUID = dimension_uid
        index.DimensionIndexPointer, index.FunctionalGroupPointer = pointer, group
        index.DimensionDescriptionLabel = label
        ds.DimensionIndexSequence.append(index)
