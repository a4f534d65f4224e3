"""Headers in GB18030, GBK, ISO 2022 IR 58/87/149 and UTF-8: decoded, cleaned, leak-guarded."""

from __future__ import annotations

import io

import pydicom
import pytest
from pydicom.charset import convert_encodings, encode_string

from medenclave_deid.core.deidentifier import StudyDeidentifier
from medenclave_deid.core.options import PROFILES
from medenclave_deid.core.profile import BasicProfile
from medenclave_deid.core.profile_table import ProfileTable
from medenclave_deid.core.pseudonyms import PatientPseudonyms
from medenclave_deid.core.safe_private import SafePrivateList

from .conftest import MemoryPseudonymIndex, build_instance

#: (SpecificCharacterSet, PatientName with alphabetic=ideographic=phonetic groups, words that
#: must not survive)
CASES = [
    ("ISO_IR 192", "Wang^XiaoDong=王^小东=", ["Wang", "XiaoDong", "王^小东", "小东"]),
    ("GB18030", "Wang^XiaoDong=王^小东=", ["Wang", "XiaoDong", "王^小东", "小东"]),
    ("GBK", "Wang^XiaoDong=王^小东=", ["Wang", "XiaoDong", "王^小东", "小东"]),
    (["", "ISO 2022 IR 58"], "Wang^XiaoDong=王^小东=", ["Wang", "XiaoDong", "王^小东", "小东"]),
    (["", "ISO 2022 IR 87"], "Yamada^Tarou=山田^太郎=やまだ^たろう",
     ["Yamada", "Tarou", "山田", "太郎", "やまだ", "たろう"]),
    (["", "ISO 2022 IR 149"], "Hong^Gildong=洪^吉洞=홍^길동",
     ["Hong", "Gildong", "吉洞", "홍^길동", "길동"]),
]


def _deidentifier(rows, *, keep_private: bool = False) -> StudyDeidentifier:
    table = ProfileTable.from_rows(rows)
    options = PROFILES["medenclave-default"]
    safe = SafePrivateList.of([(0x0009, "SYNTH PACS", 0x10, "k")]) if keep_private else None
    return StudyDeidentifier(
        profile=BasicProfile(table, options=options, safe_private=safe),
        uid_secret=b"u" * 32,
        pseudonyms=PatientPseudonyms(secret=b"p" * 32, index=MemoryPseudonymIndex()))


_IR58 = b"\x1b$)A"  # ESC $ ) A: GB 2312 designated to G1 (PS3.5 Annex K)


def _ir58(text: str) -> bytes:
    """``text`` as ISO 2022 IR 58 bytes, written by hand (pydicom cannot encode IR 58)."""
    out, run = b"", ""
    for ch in text:
        if ord(ch) < 0x80:
            out, run = out + (_IR58 + run.encode("gb2312") if run else b"") + ch.encode(), ""
        else:
            run += ch
    return out + (_IR58 + run.encode("gb2312") if run else b"")


def _instance(charset, name: str) -> bytes:
    family = name.split("=")[1].split("^")[1] if "=" in name else "X"
    description = f"CT chest {family} follow-up"

    def extra(ds):
        ds.StudyDescription = description
        ds.SeriesDescription = f"{name.split('^')[0]} axial"
        if charset == ["", "ISO 2022 IR 58"]:
            ds.add_new(0x00100010, "PN", _ir58(name))
            ds.add_new(0x00081030, "LO", _ir58(description))

    return build_instance(0, phi={"PatientName": name}, charset=charset, extra=extra)


def _encodings(charset) -> list[str]:
    return convert_encodings(charset if isinstance(charset, list) else [charset])


@pytest.mark.parametrize("charset,name,forbidden", CASES, ids=lambda c: str(c)[:20])
def test_header_in_its_own_encoding_is_cleaned(profile_rows, charset, name, forbidden):
    raw = _instance(charset, name)
    source = pydicom.dcmread(io.BytesIO(raw))
    decoded = str(source.PatientName).replace("\x1b$)A", "")  # pydicom keeps IR 58 escapes
    assert decoded == name.rstrip("=")  # every group decoded
    session = _deidentifier(profile_rows).session()
    out = session.add(raw)
    assert session.verify() is None
    ds = pydicom.dcmread(io.BytesIO(out.dicom))
    text = "\n".join(str(e.value) for e in ds.iterall() if e.VR not in ("OB", "OW", "SQ"))
    encodings = _encodings(charset)
    for word in forbidden:
        assert word not in text
        assert word.encode("utf-8") not in out.dicom
        assert encode_string(word, encodings) not in out.dicom
    assert "chest" in str(ds.StudyDescription)  # descriptor kept, the name words gone
    assert "axial" in str(ds.SeriesDescription)


@pytest.mark.parametrize("charset,name,forbidden", CASES, ids=lambda c: str(c)[:20])
def test_leak_guard_finds_the_name_in_the_encoded_bytes(profile_rows, charset, name, forbidden):
    # a private element that repeats the ideographic name, kept by a (deliberately) unsafe list
    ideographic = name.split("=")[1]

    def extra(ds):
        block = ds.private_block(0x0009, "SYNTH PACS", create=True)
        block.add_new(0x10, "LO", ideographic)

    raw = build_instance(0, phi={"PatientName": name}, charset=charset, extra=extra)
    session = _deidentifier(profile_rows, keep_private=True).session()
    session.add(raw)
    finding = session.verify()
    assert finding is not None and finding.keyword == "PatientName"
