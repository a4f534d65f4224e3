"""Burned-in text: the risk table, mask rules, and the handler quarantining or masking."""

from __future__ import annotations

import asyncio
import io

import numpy as np
import pydicom
import pytest
import yaml
from pydicom.dataset import Dataset, FileMetaDataset
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
    BurnedInScreen,
    MaskRuleError,
    blank_regions,
    mask_rules_from_mapping,
)
from medenclave_deid.core.deidentifier import StudyDeidentifier
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
            ts: str = ExplicitVRLittleEndian, manufacturer: str = "SynthSono") -> Dataset:
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = ts
    ds.Modality, ds.SOPClassUID = modality, sop_class
    ds.Manufacturer, ds.ManufacturerModelName = manufacturer, "S1"
    ds.Rows = ds.Columns = 16
    ds.PhotometricInterpretation, ds.BitsAllocated = "MONOCHROME2", 16
    if bia is not None:
        ds.BurnedInAnnotation = bia
    return ds


@pytest.mark.parametrize("modality,sop_class,bia,risk", [
    ("CT", CT_IMAGE, None, ""),
    ("CT", CT_IMAGE, "NO", ""),
    ("CT", CT_IMAGE, "YES", "burned_in_annotation_yes"),
    ("MR", "1.2.840.10008.5.1.4.1.1.4", "YES", "burned_in_annotation_yes"),
    ("US", US_IMAGE, None, "ultrasound"),
    ("US", US_IMAGE, "NO", "ultrasound"),       # US devices stamp text whatever they say
    ("OT", SC_IMAGE, "NO", "secondary_capture"),
    ("CT", SC_IMAGE, None, "secondary_capture"),  # a CT screenshot
    ("XA", "1.2.840.10008.5.1.4.1.1.12.1", None, "projection_unless_no"),
    ("XA", "1.2.840.10008.5.1.4.1.1.12.1", "NO", ""),
    ("DX", "1.2.840.10008.5.1.4.1.1.1.1", None, "projection_unless_no"),
    ("DX", "1.2.840.10008.5.1.4.1.1.1.1", "NO", ""),
])
def test_risk_table(modality, sop_class, bia, risk):
    verdict = BurnedInScreen().assess(_header(modality, sop_class, bia))
    assert verdict.risk == risk
    assert verdict.reason == (BURNED_IN_TEXT if risk else "")
    assert not BurnedInScreen().assess(_header(modality, sop_class, bia), override=True).quarantine


def test_mask_rules_match_device_and_size():
    screen = BurnedInScreen(rules=mask_rules_from_mapping(yaml.safe_load(RULES_YAML)))
    verdict = screen.assess(_header("US", US_IMAGE))
    assert not verdict.quarantine and verdict.rule.name == "synthsono-s1-header"
    assert screen.assess(_header("US", US_IMAGE, manufacturer="Other")).reason == BURNED_IN_TEXT
    other_size = _header("US", US_IMAGE)
    other_size.Rows = 32
    assert screen.assess(other_size).reason == BURNED_IN_TEXT
    assert screen.assess(_header("US", US_IMAGE, ts=JPEGBaseline8Bit)).reason == \
        BURNED_IN_COMPRESSED


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


@pytest.mark.parametrize("extra", [_us, _ct_burned_in], ids=["ultrasound", "ct-burned-in-yes"])
def test_at_risk_study_is_quarantined(tmp_path, profile, pseudonym_index, make_instance, extra):
    store, bus, cases = _run(tmp_path, profile, pseudonym_index,
                             [make_instance(0), make_instance(1, extra=extra)], BurnedInScreen())
    assert store == {}
    (subject, _, msg), = bus.published
    assert (subject, msg.reason_code) == ("deid.study.quarantined.v1", BURNED_IN_TEXT)
    assert [(c.study_ref, c.reason_code, c.state, c.instance_refs) for c in cases] == [
        ("st-1", BURNED_IN_TEXT, "PENDING", ("in-0", "in-1"))]


def test_mask_rule_blanks_the_region_and_the_image_passes(tmp_path, profile, pseudonym_index,
                                                          make_instance):
    screen = BurnedInScreen(rules=mask_rules_from_mapping(yaml.safe_load(RULES_YAML)))
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
