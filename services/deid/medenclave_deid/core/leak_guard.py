"""LeakGuard: nothing leaves deid that still carries the source's identifiers.

Before anything is written or published, the identifying values of the source instances (names
and their components, ids, birth date, accession number, institution, addresses and every UID
that was remapped) are searched for in every output instance: in every element, in nested
sequences, and in the raw serialized bytes (as UTF-8 and in the dataset's own character set).
A single hit quarantines the whole study.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator, Mapping

from pydicom import charset as dicom_charset
from pydicom.dataset import Dataset
from pydicom.multival import MultiValue

from medenclave_deid.core.profile import DUMMY_VALUES

__all__ = ["IDENTIFYING_ATTRIBUTES", "Identifier", "LeakFinding", "LeakGuard"]

#: tag → keyword of the source attributes whose values must never reach an output
IDENTIFYING_ATTRIBUTES: Mapping[int, str] = {
    0x00100010: "PatientName",
    0x00100020: "PatientID",
    0x00101000: "OtherPatientIDs",
    0x00101001: "OtherPatientNames",
    0x00101060: "PatientMotherBirthName",
    0x00100030: "PatientBirthDate",
    0x00080050: "AccessionNumber",
    0x00080080: "InstitutionName",
    0x00080081: "InstitutionAddress",
    0x00080090: "ReferringPhysicianName",
    0x00101040: "PatientAddress",
    0x00102154: "PatientTelephoneNumbers",
}
_TEXT_VRS = frozenset({"AE", "AS", "CS", "DA", "DS", "DT", "IS", "LO", "LT", "PN", "SH", "ST",
                       "TM", "UC", "UI", "UR", "UT"})


@dataclass(frozen=True)
class Identifier:
    """One value that must not appear in the output, and the attribute it came from."""

    keyword: str
    value: str


@dataclass(frozen=True)
class LeakFinding:
    """Where the guard found an identifier (keyword and kind of place, never the value)."""

    keyword: str
    where: str  # "element" or "bytes"

    @property
    def reason_code(self) -> str:
        return f"leak_guard:{self.keyword}"


def _person_name_variants(value: object) -> Iterator[str]:
    text = str(value)
    yield text
    for group in text.split("="):
        yield group
        parts = [p for p in group.split("^") if p.strip()]
        yield from parts
        if len(parts) >= 2:
            family, given = parts[0], parts[1]
            yield f"{given} {family}"
            yield f"{family} {given}"
            yield f"{family}, {given}"


def _values(value: object) -> Iterator[object]:
    if isinstance(value, (list, tuple, MultiValue)):
        yield from value
    elif value is not None:
        yield value


def _walk(ds: Dataset) -> Iterator:
    for tag in list(ds.keys()):
        try:
            elem = ds[tag]
        except Exception:
            continue
        yield elem
        if elem.VR == "SQ" and elem.value:
            for item in elem.value:
                yield from _walk(item)


class LeakGuard:
    """Collects a source's identifiers and scans outputs for them."""

    def __init__(self, *, min_length: int = 4, ignore: Iterable[str] = DUMMY_VALUES) -> None:
        self._min = min_length
        self._ignore = {v.casefold() for v in ignore}

    def _keep(self, value: str) -> bool:
        value = value.strip()
        return len(value) >= self._min and value.casefold() not in self._ignore

    def collect(self, source: Dataset) -> set[Identifier]:
        """The identifying values of ``source``, nested sequences included."""
        found: set[Identifier] = set()
        for elem in _walk(source):
            keyword = IDENTIFYING_ATTRIBUTES.get(int(elem.tag))
            if keyword is None:
                continue
            for value in _values(elem.value):
                variants = _person_name_variants(value) if elem.VR == "PN" else [str(value)]
                for variant in variants:
                    variant = variant.strip()
                    if self._keep(variant):
                        found.add(Identifier(keyword, variant))
                if keyword == "PatientBirthDate" and len(str(value).strip()) == 8:
                    v = str(value).strip()
                    found.add(Identifier(keyword, f"{v[:4]}-{v[4:6]}-{v[6:]}"))
        return found

    def uid_identifiers(self, originals: Mapping[str, str]) -> set[Identifier]:
        """Every original UID that was remapped (original → keyword)."""
        return {Identifier(kw or "UID", uid) for uid, kw in originals.items() if self._keep(uid)}

    def scan(self, *, output: Dataset, encoded: bytes, identifiers: Iterable[Identifier],
             charsets: Iterable[str] = (), ignore: Iterable[str] = ()) -> LeakFinding | None:
        """The first identifier found in ``output`` (elements) or ``encoded`` (raw bytes).

        Args:
            output: the de-identified dataset as re-read from ``encoded``.
            encoded: its DICOM Part 10 bytes.
            identifiers: from :meth:`collect` and :meth:`uid_identifiers`.
            charsets: Specific Character Set terms to encode the values in besides UTF-8.
            ignore: values this run wrote on purpose (the pseudonym).
        """
        skip = {v.casefold() for v in ignore}
        text_parts: list[str] = []
        for elem in _walk(output):
            if elem.VR in _TEXT_VRS:
                text_parts.extend(str(v) for v in _values(elem.value))
        text = "\n".join(text_parts).casefold()
        raw = encoded.lower()
        codecs = self._codecs(charsets)
        for ident in sorted(identifiers, key=lambda i: (i.keyword, i.value)):
            if ident.value.casefold() in skip:
                continue
            if ident.value.casefold() in text:
                return LeakFinding(ident.keyword, "element")
            for needle in self._encodings(ident.value, codecs):
                if needle.lower() in raw:
                    return LeakFinding(ident.keyword, "bytes")
        return None

    @staticmethod
    def _codecs(charsets: Iterable[str]) -> list[str]:
        terms = [t for t in charsets if t]
        out: list[str] = []
        for term in terms:
            try:
                out.extend(dicom_charset.convert_encodings([term]))
            except Exception:
                continue
        return out

    @staticmethod
    def _encodings(value: str, codecs: list[str]) -> set[bytes]:
        out = {value.encode("utf-8")}
        for codec in codecs:
            try:
                out.add(value.encode(codec))
            except (LookupError, UnicodeError):
                pass
        if codecs:
            try:
                out.add(dicom_charset.encode_string(value, codecs))
            except Exception:
                pass
        return {b for b in out if b}
