"""The fast path (deferred pixel data, raw copies, one-pass encoder, byte-level leak guard) gives
exactly what the reference path gives (pydicom decodes and writes everything, outputs are
re-read and every element decoded): same bytes, same quarantine reasons, same guard verdicts,
on every file of pydicom's bundled corpus, in every character set we support, in implicit and
explicit VR, and with planted identifiers the guard must catch."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import pydicom
import pydicom.data
import pytest
from pydicom.uid import ExplicitVRBigEndian, ImplicitVRLittleEndian

from medenclave_deid.adapters.outbound.profile_files import load_profile
from medenclave_deid.config import DEFAULT_ANNEX_E_TABLE
from medenclave_deid.core.deidentifier import StudyDeidentifier
from medenclave_deid.core.encoder import can_encode, encode_part10
from medenclave_deid.core.instances import InvalidInstance
from medenclave_deid.core.leak_guard import text_runs
from medenclave_deid.core.pseudonyms import PatientPseudonyms

from .conftest import MemoryPseudonymIndex, build_instance
from .test_deid_charsets import CASES, _instance

BUNDLED = sorted((Path(pydicom.data.__file__).parent / "test_files").rglob("*.dcm"))


def _pair(profile_name: str = "medenclave-default", options: tuple[str, ...] = ()):
    profile = load_profile(table_path=DEFAULT_ANNEX_E_TABLE, profile=profile_name,
                           options=options)
    index = MemoryPseudonymIndex()  # shared: both paths give the patient the same pseudonym
    made = []
    for fast in (True, False):
        made.append(StudyDeidentifier(
            profile=profile, uid_secret=b"u" * 32, fast=fast,
            pseudonyms=PatientPseudonyms(secret=b"p" * 32, index=index)))
    return made


def _run(deidentifier: StudyDeidentifier, raw: bytes):
    session = deidentifier.session()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            instance = session.add(raw)
        except InvalidInstance as exc:
            return ("invalid", exc.code)
        finding = session.verify()
    return ("ok", instance.dicom, None if finding is None else finding.reason_code)


def _assert_same(raw: bytes, pair) -> tuple:
    fast, reference = (_run(d, raw) for d in pair)
    assert fast[0] == reference[0], (fast[:1], reference[:1])
    if fast[0] == "invalid":
        assert fast[1] == reference[1]
        return fast
    assert fast[1] == reference[1], "the fast path wrote different bytes"
    assert (fast[2] is None) == (reference[2] is None), (fast[2], reference[2])
    return fast


@pytest.fixture(scope="module")
def default_pair():
    return _pair()


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_bundled_corpus_same_as_reference(path, default_pair):
    _assert_same(path.read_bytes(), default_pair)


@pytest.mark.parametrize("options", [(), ("retain-uids",), ("retain-device-identity",
                                                           "retain-institution-identity")])
def test_basic_profile_and_options_same_as_reference(options):
    pair = _pair("annex-e-basic", options)
    for path in BUNDLED[::5]:
        _assert_same(path.read_bytes(), pair)
    _assert_same(build_instance(3), pair)


@pytest.mark.parametrize("charset,name,forbidden", CASES, ids=lambda c: str(c)[:20])
def test_character_sets_same_as_reference(charset, name, forbidden, default_pair):
    result = _assert_same(_instance(charset, name), default_pair)
    assert result[0] == "ok" and result[2] is None


@pytest.mark.parametrize("syntax", [ImplicitVRLittleEndian, ExplicitVRBigEndian])
def test_other_transfer_syntaxes_same_as_reference(syntax, default_pair):
    result = _assert_same(build_instance(1, transfer_syntax=syntax), default_pair)
    assert result[0] == "ok" and result[2] is None


def test_planted_identifier_in_pixel_data_is_caught_by_both(default_pair):
    def extra(ds):
        pixels = bytearray(ds.PixelData)
        pixels[100:100 + len(b"MRN55501234")] = b"MRN55501234"
        ds.PixelData = bytes(pixels)

    result = _assert_same(build_instance(2, extra=extra), default_pair)
    assert result[0] == "ok" and result[2] is not None


def test_planted_non_ascii_name_in_kept_text_is_caught(default_pair):
    """A kept element whose bytes are not ASCII is decoded for the guard (case-folded)."""
    def extra(ds):
        ds.SpecificCharacterSet = "ISO_IR 192"
        ds.ImageComments = "ÉRIC"  # (0020,4000) not in the profile table: removed anyway
        ds.PatientName = "éric^Ängström"
        ds.BodyPartExamined = "ÄNGSTRÖM"  # kept (whitelisted equipment/body part)

    fast, reference = (_run(d, build_instance(4, extra=extra)) for d in default_pair)
    assert fast[0] == reference[0] == "ok"
    assert fast[2] is not None and reference[2] is not None


def test_truncated_pixel_data_is_refused_when_deferred(default_pair):
    raw = build_instance(5)
    big = pydicom.dcmread(io.BytesIO(raw))
    big.Rows = big.Columns = 256  # 128 KiB of pixels: deferred by the fast path
    big.PixelData = b"\x01\x02" * 256 * 256
    buf = io.BytesIO()
    pydicom.dcmwrite(buf, big, enforce_file_format=True)
    whole = buf.getvalue()
    assert _assert_same(whole, default_pair)[0] == "ok"
    assert _assert_same(whole[:-1000], default_pair) == ("invalid", "truncated")


def test_encoder_matches_dcmwrite_on_decoded_datasets():
    """A dataset of decoded elements only (nothing raw) encodes as pydicom writes it."""
    for path in BUNDLED[::3]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ds = pydicom.dcmread(path, force=True)
            syntax = str(getattr(ds, "file_meta", {}).get("TransferSyntaxUID", "") or "")
            if not syntax:
                continue
            if not can_encode(syntax) or "SOPInstanceUID" not in ds:
                continue
            for elem in ds.iterall():
                _ = elem.value  # decode everything
            expected = io.BytesIO()
            try:
                pydicom.dcmwrite(expected, ds, enforce_file_format=True)
            except Exception:
                continue
            ds.file_meta = pydicom.dataset.FileMetaDataset()  # the encoder builds its own
            got = encode_part10(ds, sop_class_uid=str(ds.SOPClassUID),
                                sop_instance_uid=str(ds.SOPInstanceUID), transfer_syntax=syntax)
        reread_expected = pydicom.dcmread(io.BytesIO(expected.getvalue()), force=True)
        reread_got = pydicom.dcmread(io.BytesIO(got), force=True)
        assert reread_got == reread_expected, path.name


@pytest.mark.parametrize("size", [0, 3, 4, 5, 4095, 4096, 4097, 9001])
def test_text_runs_finds_what_a_full_scan_finds(size):
    import random
    import re

    rng = random.Random(size)
    for _ in range(50):
        data = bytes(rng.choice([0, 5, 0x1B, 0x1C, 0x20, 0x41, 0xFF]) for _ in range(size))
        expected = b"\0".join(re.findall(rb"[\x1b\x20-\xff]{4,}", data))
        got = text_runs(data)
        assert got == expected or (size < 4 and got == data)
