"""DeidentifyInstance's core: one instance de-identified in memory with one-time keys — no
identifier survives, no pseudonym of the platform is created, two calls link to nothing."""

from __future__ import annotations

import io

import pydicom
import pytest

from medenclave_deid.core.instances import InvalidInstance
from medenclave_deid.core.transient import TransientDeidentifier


def test_phi_removed_and_calls_unlinkable(profile, make_instance, forbidden_values):
    transient = TransientDeidentifier(profile=profile)
    raw = make_instance(0)
    first, second = transient.deidentify(raw), transient.deidentify(raw)
    for out in (first, second):
        text = out.decode("latin-1")
        for value in forbidden_values:
            assert value not in text
            assert value.encode("utf-8") not in out
    a, b = (pydicom.dcmread(io.BytesIO(x)) for x in (first, second))
    assert a.PatientIdentityRemoved == "YES"
    # one-time keys: the same source gets other pseudonyms and UIDs on every call
    assert a.PatientID != b.PatientID and a.StudyInstanceUID != b.StudyInstanceUID
    assert a.PixelData == pydicom.dcmread(io.BytesIO(raw)).PixelData  # the pixels a model needs


@pytest.mark.parametrize("raw, code", [(b"\0" * 2048, "too_large"), (b"not dicom", "not_dicom")])
def test_refusals(profile, raw, code):
    with pytest.raises(InvalidInstance) as err:
        TransientDeidentifier(profile=profile, max_bytes=1024).deidentify(raw)
    assert err.value.code in (code, "missing_uid")
    if code == "too_large":
        assert err.value.code == "too_large"
