"""Burned-in text: the header table, the pixel decision (with a fake detector), mask rules,
and the handler quarantining or masking."""

from __future__ import annotations

import asyncio
import io

import numpy as np
import pydicom
import pytest
import yaml
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.encaps import encapsulate
from pydicom.uid import ExplicitVRLittleEndian, JPEGBaseline8Bit

from medenclave.bus import Event
from medenclave.storage import make_engine
from medenclave.v1 import events_pb2
from medenclave_deid.adapters.inbound.consumer import StudyReceivedHandler
from medenclave_deid.adapters.outbound.sql_escrow_store import SqlQuarantineReviews
from medenclave_deid.adapters.outbound.sql_store import SqlStudyStore
from medenclave_deid.core.burned_in import (
    BURNED_IN_COMPRESSED,
    BURNED_IN_TEXT,
    BURNED_IN_UNVERIFIED,
    OCR_NO_TEXT,
    OCR_TEXT,
    OCR_UNVERIFIED,
    RECOGNIZABLE_VISUAL_FEATURES,
    BurnedInScreen,
    MaskRuleError,
    blank_regions,
    mask_rules_from_mapping,
)
from medenclave_deid.core.burned_in_header import AT_RISK, CLEAN, LOOK, HeaderVerdict, read_header
from medenclave_deid.core.deidentifier import StudyDeidentifier
from medenclave_deid.core.ports import TextBox, TextDetectorUnavailable
from medenclave_deid.core.pseudonyms import PatientPseudonyms

US_IMAGE = "1.2.840.10008.5.1.4.1.1.6.1"
SC_IMAGE = "1.2.840.10008.5.1.4.1.1.7"
CT_IMAGE = "1.2.840.10008.5.1.4.1.1.2"
RULES_YAML = """
rules:
  - name: synthsono-s1-header
    manufacturer: SynthSono
    model: S1
    rows: 16
    columns: 16
    regions:
      - [0, 0, 16, 4]     # the top band where the device writes name and date
"""


def _header(modality: str, sop_class: str, bia: str | None = None, *,
            ts: str = ExplicitVRLittleEndian, manufacturer: str = "SynthSono",
            image_type: list[str] | None = None) -> Dataset:
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = ts
    ds.Modality, ds.SOPClassUID = modality, sop_class
    ds.Manufacturer, ds.ManufacturerModelName = manufacturer, "S1"
    ds.Rows = ds.Columns = 16
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 0
    ds.PixelData = np.arange(256, dtype=np.uint16).tobytes()
    if bia is not None:
        ds.BurnedInAnnotation = bia
    if image_type is not None:
        ds.ImageType = image_type
    return ds


class FakeDetector:
    """A :class:`TextDetector` that returns fixed boxes (or raises), counting its calls."""

    def __init__(self, boxes=(), error: Exception | None = None):
        self.boxes, self.error, self.calls = list(boxes), error, []

    def detect(self, image):
        self.calls.append(image.shape)
        if self.error is not None:
            raise self.error
        return list(self.boxes)


def _line(characters=8, confidence=0.95, height=4):
    return TextBox(x=0, y=0, width=12, height=height, confidence=confidence,
                   characters=characters)


XA_IMAGE = "1.2.840.10008.5.1.4.1.1.12.1"
DX_IMAGE = "1.2.840.10008.5.1.4.1.1.1.1"
MR_IMAGE = "1.2.840.10008.5.1.4.1.1.4"


@pytest.mark.parametrize("modality,sop_class,bia,image_type,verdict,rule", [
    ("CT", CT_IMAGE, None, None, CLEAN, "trusted_modality_primary"),
    ("CT", CT_IMAGE, None, ["ORIGINAL", "PRIMARY", "AXIAL"], CLEAN, "trusted_modality_primary"),
    ("CT", CT_IMAGE, "NO", ["DERIVED", "SECONDARY"], CLEAN, "trusted_modality_annotation_no"),
    ("CT", CT_IMAGE, None, ["DERIVED", "SECONDARY", "MPR"], LOOK, "undecided"),
    ("MR", MR_IMAGE, None, ["DERIVED", "PRIMARY"], CLEAN, "trusted_modality_primary"),
    ("CT", CT_IMAGE, "YES", None, AT_RISK, "burned_in_annotation_yes"),
    ("MR", MR_IMAGE, "YES", None, AT_RISK, "burned_in_annotation_yes"),
    ("CT", CT_IMAGE, "NO", ["DERIVED", "SECONDARY", "SCREEN SAVE"], AT_RISK, "screen_capture"),
    ("US", US_IMAGE, None, None, LOOK, "captured_image"),
    ("US", US_IMAGE, "NO", None, LOOK, "captured_image"),   # US headers are not trusted
    ("OT", SC_IMAGE, "NO", None, LOOK, "captured_image"),
    ("CT", SC_IMAGE, "NO", None, LOOK, "captured_image"),   # a CT screenshot
    ("XA", XA_IMAGE, None, None, LOOK, "undecided"),
    ("XA", XA_IMAGE, "NO", None, LOOK, "undecided"),        # projection: the pixels decide
    ("DX", DX_IMAGE, None, ["ORIGINAL", "PRIMARY"], LOOK, "undecided"),
])
def test_header_table(modality, sop_class, bia, image_type, verdict, rule):
    assert read_header(_header(modality, sop_class, bia, image_type=image_type)) == \
        HeaderVerdict(verdict, rule)


def test_header_without_pixels_and_with_recognizable_features():
    ds = _header("US", US_IMAGE, "YES")
    del ds.PixelData
    assert read_header(ds) == HeaderVerdict(CLEAN, "no_pixel_data")
    face = _header("XC", "1.2.840.10008.5.1.4.1.1.77.1.4")
    face.RecognizableVisualFeatures = "YES"
    verdict = BurnedInScreen(detector=FakeDetector()).assess(face)
    assert verdict.reason == RECOGNIZABLE_VISUAL_FEATURES
    screen = BurnedInScreen(rules=mask_rules_from_mapping(yaml.safe_load(RULES_YAML)))
    face.Manufacturer = "SynthSono"
    assert screen.assess(face).reason == RECOGNIZABLE_VISUAL_FEATURES  # no mask removes a face
    assert not screen.assess(face, override=True).quarantine


def test_clean_and_at_risk_headers_never_ask_the_detector():
    detector = FakeDetector([_line()])
    screen = BurnedInScreen(detector=detector)
    assert screen.assess(_header("CT", CT_IMAGE)).reason == ""
    assert screen.assess(_header("CT", CT_IMAGE, "YES")).reason == BURNED_IN_TEXT
    assert detector.calls == []


@pytest.mark.parametrize("box,text", [
    (_line(characters=8, confidence=0.95), True),
    (_line(characters=2, confidence=0.85), True),      # a two-character Chinese name
    (_line(characters=6, confidence=0.65), True),      # a long line read with less confidence
    (_line(characters=1, confidence=0.99), False),     # a lone "L", a vertebra read as "O"
    (_line(characters=3, confidence=0.6), False),
    (_line(characters=0, confidence=0.99), False),     # punctuation, symbols
    (_line(characters=8, confidence=0.99, height=12), False),  # taller than half the frame
])
def test_pixels_decide_what_the_header_leaves_open(box, text):
    detector = FakeDetector([box])
    verdict = BurnedInScreen(detector=detector).assess(_header("US", US_IMAGE))
    assert detector.calls == [(16, 16)]
    assert (verdict.at_risk, verdict.reason, verdict.basis) == (
        (True, BURNED_IN_TEXT, OCR_TEXT) if text else (False, "", OCR_NO_TEXT))


@pytest.mark.parametrize("detector", [None, FakeDetector(error=TextDetectorUnavailable("x")),
                                      FakeDetector(error=RuntimeError("bug"))],
                         ids=["no-detector", "unavailable", "detector-bug"])
def test_unread_pixels_fail_closed(detector):
    screen = BurnedInScreen(detector=detector)
    verdict = screen.assess(_header("US", US_IMAGE))
    assert (verdict.reason, verdict.risk) == (BURNED_IN_UNVERIFIED, OCR_UNVERIFIED)
    assert not screen.assess(_header("US", US_IMAGE), override=True).quarantine


def test_undecodable_pixels_fail_closed():
    broken = _header("US", US_IMAGE, ts=JPEGBaseline8Bit)
    broken.PixelData = encapsulate([b"\xff\xd8 not a jpeg"])
    detector = FakeDetector()
    assert BurnedInScreen(detector=detector).assess(broken).reason == BURNED_IN_UNVERIFIED
    assert detector.calls == []
    short = _header("DX", DX_IMAGE)
    short.PixelData = b"\x00" * 10
    assert BurnedInScreen(detector=detector).assess(short).reason == BURNED_IN_UNVERIFIED


def test_multiframe_reads_first_middle_and_last():
    ds = _header("US", "1.2.840.10008.5.1.4.1.1.3.1")
    ds.NumberOfFrames = 9
    ds.PixelData = np.arange(9 * 256, dtype=np.uint16).tobytes()
    detector = FakeDetector()
    assert not BurnedInScreen(detector=detector).assess(ds).quarantine
    assert detector.calls == [(16, 16)] * 3
    stop = FakeDetector([_line()])
    assert BurnedInScreen(detector=stop).assess(ds).reason == BURNED_IN_TEXT
    assert len(stop.calls) == 1  # text in the first frame: no need to read on


def test_mask_rules_apply_to_images_found_at_risk():
    rules = mask_rules_from_mapping(yaml.safe_load(RULES_YAML))
    screen = BurnedInScreen(rules=rules, detector=FakeDetector([_line()]))
    verdict = screen.assess(_header("US", US_IMAGE))
    assert not verdict.quarantine and verdict.rule.name == "synthsono-s1-header"
    assert screen.assess(_header("US", US_IMAGE, manufacturer="Other")).reason == BURNED_IN_TEXT
    other_size = _header("US", US_IMAGE)
    other_size.Rows, other_size.PixelData = 32, bytes(32 * 16 * 2)
    assert screen.assess(other_size).reason == BURNED_IN_TEXT
    yes = _header("US", US_IMAGE, "YES", ts=JPEGBaseline8Bit)
    assert screen.assess(yes).reason == BURNED_IN_COMPRESSED
    # no text found: nothing to mask, the image passes untouched
    clean = BurnedInScreen(rules=rules, detector=FakeDetector()).assess(_header("US", US_IMAGE))
    assert (clean.quarantine, clean.rule) == (False, None)
    # the pixels unread: quarantined even where a rule would match
    assert BurnedInScreen(rules=rules).assess(_header("US", US_IMAGE)).reason == \
        BURNED_IN_UNVERIFIED


def _jpeg_us(text: bool) -> Dataset:
    """An 8-bit ultrasound, JPEG baseline (Pillow encodes it), text-like band or not."""
    from PIL import Image

    pixels = np.full((64, 64), 40, dtype=np.uint8)
    if text:
        pixels[2:10, 4:60:3] = 255
    buf = io.BytesIO()
    Image.fromarray(pixels).save(buf, format="JPEG", quality=95)
    ds = _header("US", US_IMAGE, ts=JPEGBaseline8Bit)
    ds.Rows = ds.Columns = 64
    ds.BitsAllocated, ds.BitsStored, ds.HighBit = 8, 8, 7
    ds.PixelData = encapsulate([buf.getvalue()])
    return ds


def test_compressed_images_are_read_and_pass_when_clean():
    class Bright:  # "text" wherever the top band is bright: proves the JPEG was decoded
        def detect(self, image):
            return [_line()] if image[2:10].max() > 200 else []

    rules = mask_rules_from_mapping({"rules": [{"name": "top", "rows": 64, "columns": 64,
                                                "regions": [[0, 0, 64, 12]]}]})
    screen = BurnedInScreen(rules=rules, detector=Bright())
    assert not screen.assess(_jpeg_us(text=False)).quarantine
    assert screen.assess(_jpeg_us(text=True)).reason == BURNED_IN_COMPRESSED  # can't mask it
    assert BurnedInScreen(detector=Bright()).assess(_jpeg_us(text=True)).reason == \
        BURNED_IN_TEXT


def test_the_source_dataset_is_not_changed_by_reading_its_pixels():
    raw = io.BytesIO()
    pydicom.dcmwrite(raw, _with_meta(_header("US", US_IMAGE)), enforce_file_format=True)
    ds = pydicom.dcmread(io.BytesIO(raw.getvalue()), defer_size=64)
    before = ds.get_item(0x7FE00010, keep_deferred=True)
    assert before.value is None  # deferred, as the session reads it
    detector = FakeDetector()
    assert not BurnedInScreen(detector=detector).assess(ds).quarantine
    assert detector.calls == [(16, 16)]
    assert ds.get_item(0x7FE00010, keep_deferred=True) is before


def _with_meta(ds: Dataset) -> Dataset:
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID = "1.2.3.4"
    ds.file_meta.MediaStorageSOPClassUID = ds.SOPClassUID
    return ds


@pytest.mark.parametrize("doc", [
    {"rules": "no"},
    {"rules": [{"name": "r", "regions": []}]},
    {"rules": [{"name": "r", "regions": [[0, 0, 0, 4]]}]},
    {"rules": [{"name": "r", "regions": [[0, 0, 4]]}]},
    {"rules": [{"name": "r", "manufacturer": "X", "colour": 1, "regions": [[0, 0, 4, 4]]}]},
])
def test_malformed_rules_are_refused(doc):
    with pytest.raises(MaskRuleError):
        mask_rules_from_mapping(doc)


@pytest.mark.parametrize("planar", [0, 1])
def test_blank_regions_rgb_multiframe(planar):
    ds = _header("US", US_IMAGE)
    ds.Rows, ds.Columns, ds.SamplesPerPixel, ds.BitsAllocated = 4, 6, 3, 8
    ds.PhotometricInterpretation, ds.PlanarConfiguration, ds.NumberOfFrames = "RGB", planar, 2
    ds.PixelData = bytes([200]) * (2 * 4 * 6 * 3)
    blank_regions(ds, [(1, 0, 2, 1)])
    shape = (2, 3, 4, 6) if planar else (2, 4, 6, 3)
    px = np.frombuffer(ds.PixelData, dtype=np.uint8).reshape(shape)
    band = px[:, :, 0, 1:3] if planar else px[:, 0, 1:3, :]
    assert (band == 0).all()
    assert int(px.astype(int).sum()) == 200 * (px.size - band.size)


# --- the handler: quarantine or mask ------------------------------------------------------


class _Store(dict):
    def put(self, key, data):
        self[key] = data


class _Source:
    def __init__(self, instances):
        self.instances = instances

    async def fetch(self, *, study_ref, instance_refs):
        for i, data in enumerate(self.instances):
            yield f"in-{i}", data


class _Bus:
    def __init__(self):
        self.published = []

    async def publish(self, subject, message, *, msg_id):
        self.published.append((subject, msg_id, message))


class _Audit:
    async def record(self, **kwargs):
        return None


def _us(ds):
    ds.SOPClassUID = ds.file_meta.MediaStorageSOPClassUID = US_IMAGE
    ds.Modality, ds.Manufacturer, ds.ManufacturerModelName = "US", "SynthSono", "S1"


def _ct_burned_in(ds):
    ds.BurnedInAnnotation = "YES"


def _run(tmp_path, profile, pseudonym_index, instances, screen):
    engine = make_engine(f"sqlite:///{tmp_path / 'deid.db'}")
    store, bus = _Store(), _Bus()
    reviews = SqlQuarantineReviews(engine)
    handler = StudyReceivedHandler(
        deidentifier=StudyDeidentifier(profile=profile, uid_secret=b"u" * 32,
                                       pseudonyms=PatientPseudonyms(secret=b"p" * 32,
                                                                    index=pseudonym_index)),
        studies=SqlStudyStore(engine), store=store, source=_Source(instances),
        bus=lambda: bus, audit=lambda: _Audit(), screen=screen, reviews=reviews)
    refs = [f"in-{i}" for i in range(len(instances))]
    msg = events_pb2.StudyReceived(study_ref="st-1", completion=1, instance_refs=refs)
    asyncio.run(handler(Event(subject="dicom.study.received.v1", data=msg.SerializeToString(),
                              headers={}, num_delivered=1)))
    cases = reviews.list()
    engine.dispose()
    return store, bus, cases


@pytest.mark.parametrize("extra,detector,reason", [
    (_us, FakeDetector([_line()]), BURNED_IN_TEXT),
    (_us, None, BURNED_IN_UNVERIFIED),
    (_ct_burned_in, FakeDetector(), BURNED_IN_TEXT),
], ids=["ultrasound-with-text", "ultrasound-unread", "ct-burned-in-yes"])
def test_at_risk_study_is_quarantined(tmp_path, profile, pseudonym_index, make_instance, extra,
                                      detector, reason):
    store, bus, cases = _run(tmp_path, profile, pseudonym_index,
                             [make_instance(0), make_instance(1, extra=extra)],
                             BurnedInScreen(detector=detector))
    assert store == {}
    (subject, _, msg), = bus.published
    assert (subject, msg.reason_code) == ("deid.study.quarantined.v1", reason)
    assert [(c.study_ref, c.reason_code, c.state, c.instance_refs) for c in cases] == [
        ("st-1", reason, "PENDING", ("in-0", "in-1"))]


def test_ultrasound_without_text_passes(tmp_path, profile, pseudonym_index, make_instance):
    store, bus, cases = _run(tmp_path, profile, pseudonym_index, [make_instance(0, extra=_us)],
                             BurnedInScreen(detector=FakeDetector()))
    assert cases == [] and len(store) == 1
    assert bus.published[0][0] == "deid.study.completed.v1"


def test_mask_rule_blanks_the_region_and_the_image_passes(tmp_path, profile, pseudonym_index,
                                                          make_instance):
    screen = BurnedInScreen(rules=mask_rules_from_mapping(yaml.safe_load(RULES_YAML)),
                            detector=FakeDetector([_line()]))
    source = make_instance(0, extra=_us)
    store, bus, cases = _run(tmp_path, profile, pseudonym_index, [source], screen)
    assert cases == []
    (subject, _, msg), = bus.published
    assert subject == "deid.study.completed.v1"
    (data,) = store.values()
    out = pydicom.dcmread(io.BytesIO(data))
    before = pydicom.dcmread(io.BytesIO(source)).pixel_array
    after = out.pixel_array
    assert (after[:4, :] == 0).all() and before[:4, :].any()
    assert (after[4:, :] == before[4:, :]).all()  # the rest of the image is untouched
    assert out.BurnedInAnnotation == "NO"
    codes = [(c.CodeValue, c.CodingSchemeDesignator) for c in out.DeidentificationMethodCodeSequence]
    assert ("113101", "DCM") in codes and ("113100", "DCM") in codes
    assert out.PatientIdentityRemoved == "YES"
