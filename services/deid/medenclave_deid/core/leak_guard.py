"""LeakGuard: nothing leaves deid that still carries the source's identifiers.

Before anything is written or published, the identifying values of the source instances (names
and their components, ids, birth date, accession number, institution, addresses and every UID
that was remapped) are searched for in every output instance: in every element, in nested
sequences, and in the raw serialized bytes (as UTF-8 and in the dataset's own character set).
A single hit quarantines the whole study.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from pydicom import charset as dicom_charset
from pydicom import datadict
from pydicom.dataset import Dataset
from pydicom.multival import MultiValue

from medenclave_deid.core.dataset_reading import decoded
from medenclave_deid.core.element_actions import DUMMY_VALUES

__all__ = [
    "IDENTIFYING_ATTRIBUTES",
    "ID_ATTRIBUTES",
    "Identifier",
    "LeakFinding",
    "LeakGuard",
    "id_tokens",
    "text_runs",
]

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
    0x00101005: "PatientBirthName",
    0x00101002: "OtherPatientIDsSequence",
    0x00100021: "IssuerOfPatientID",
    0x00081050: "PerformingPhysicianName",
    0x00081060: "NameOfPhysiciansReadingStudy",
    0x00081070: "OperatorsName",
    0x00321032: "RequestingPhysician",
    0x00380010: "AdmissionID",
}
#: ids whose alphanumeric parts are identifying on their own (``MRN-0012345`` → ``0012345``)
ID_ATTRIBUTES = frozenset({0x00100020, 0x00101000, 0x00080050, 0x00380010})


_RUN_PATTERNS: dict[int, re.Pattern] = {}


def text_runs(encoded: bytes, *, minimum: int = 4) -> bytes:
    """The runs of at least ``minimum`` (≥ 3) text-like bytes (0x20 and above, or ESC for
    ISO 2022) of ``encoded``, joined by NUL.

    Every needle the guard looks for is such a run (names, ids, dates and UIDs in UTF-8, GB18030,
    GBK, ISO 2022 with or without escapes), so searching the runs finds exactly what searching
    the whole buffer finds, while 12- and 16-bit pixel data (high bytes below 0x20) shrinks to
    nothing. A run of three or more bytes covers at least one whole aligned byte pair, so one
    vectorised pass (both bytes of a pair ≥ ESC) finds where runs can be; only there
    are the exact runs read out.
    """
    minimum = max(3, minimum)
    pattern = _RUN_PATTERNS.get(minimum)
    if pattern is None:
        pattern = _RUN_PATTERNS[minimum] = re.compile(rb"[\x1b\x20-\xff]{%d,}" % minimum)
    n = len(encoded)
    if n < 4096:
        return b"\0".join(pattern.findall(encoded))
    even = n - (n & 1)
    words = np.frombuffer(encoded, dtype=np.uint8)[:even].view(np.uint16)  # little-endian pairs
    pairs = np.flatnonzero(words >= 0x1B00)  # second bytes first: one pass, few survivors
    if pairs.size:
        pairs = pairs[(words[pairs] & 0x00FF) >= 0x1B]
    if pairs.size == 0:
        return b""
    if pairs.size > even // 8:  # mostly text-like (8-bit pixels, reports): read it all
        return b"\0".join(pattern.findall(encoded))
    breaks = np.flatnonzero(np.diff(pairs) > 1)
    # each cluster of candidate pairs, one byte wider on each side (a run reaches at most one
    # byte beyond its whole pairs)
    starts = np.maximum(np.concatenate((pairs[:1], pairs[breaks + 1])) * 2 - 1, 0).tolist()
    ends = (np.concatenate((pairs[breaks], pairs[-1:])) * 2 + 3).tolist()
    found: list[bytes] = []
    for a, b in zip(starts, ends, strict=True):
        if b - a >= minimum:
            found.extend(pattern.findall(encoded, a, b))
    return b"\0".join(found)


def id_tokens(value: str) -> list[str]:
    """The parts of a compound id that identify on their own: at least 5 characters with a
    letter, or at least 9 digits (shorter digit runs collide with dates and times)."""
    parts = [t for t in re.split(r"[^0-9A-Za-z]+", value) if t and t != value.strip()]
    return [t for t in parts if (len(t) >= 5 and not t.isdigit()) or len(t) >= 9]


_ESCAPES = re.compile(rb"\x1b[\x20-\x2f]*[\x30-\x7e]")
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


def _walk(ds: Dataset, only: frozenset[str] | None = None) -> Iterator:
    """Every element, nested items included; with ``only``, raw (not yet decoded) elements of
    other VRs are skipped without decoding them."""
    for tag in list(ds.keys()):
        if only is not None:
            raw = ds.get_item(tag)
            vr = getattr(raw, "VR", None)
            if vr is None and not int(tag) >> 16 & 1:
                try:
                    vr = datadict.dictionary_VR(tag).split(" or ")[0]
                except KeyError:
                    vr = None
            if vr is not None and vr != "SQ" and vr not in only:
                continue
        elem = decoded(ds, tag)
        if elem is None:
            continue
        yield elem
        if elem.VR == "SQ" and elem.value:
            for item in elem.value:
                yield from _walk(item, only)


_SEQUENCE_VRS = frozenset({"SQ", None, "UN"})


def _identifying(ds: Dataset) -> Iterator:
    """The identifying attributes of ``ds`` and of every nested item, decoding nothing else
    but the sequences (and elements whose VR the reader could not tell, which may be ones)."""
    for tag in list(ds.keys()):
        itag = int(tag)
        if itag not in IDENTIFYING_ATTRIBUTES:
            raw = ds.get_item(tag, keep_deferred=True)
            vr = getattr(raw, "VR", None)
            if vr in (None, "UN") and not itag >> 16 & 1:
                try:
                    vr = datadict.dictionary_VR(tag).split(" or ")[0]
                except KeyError:
                    pass
            if vr not in _SEQUENCE_VRS:
                continue
            if vr == "UN" and getattr(raw, "length", 0) != 0xFFFFFFFF:
                continue  # a defined-length UN element is bytes, not a sequence
        elem = decoded(ds, tag)
        if elem is None:
            continue
        if itag in IDENTIFYING_ATTRIBUTES:
            yield elem
        if elem.VR == "SQ" and elem.value:
            for item in elem.value:
                yield from _identifying(item)


class LeakGuard:
    """Collects a source's identifiers and scans outputs for them."""

    def __init__(self, *, min_length: int = 4, ignore: Iterable[str] = DUMMY_VALUES) -> None:
        self._min = min_length
        self._ignore = {v.casefold() for v in ignore}

    def _keep(self, value: str) -> bool:
        value = value.strip()
        # two ideographs are a whole given name in Chinese, Japanese or Korean
        minimum = 2 if value and not value.isascii() and max(value) >= "\u2e80" else self._min
        return len(value) >= minimum and value.casefold() not in self._ignore

    def collect(self, source: Dataset) -> set[Identifier]:
        """The identifying values of ``source``, nested sequences included.

        Only the identifying attributes and the sequences are decoded; the rest of the dataset
        stays as read.
        """
        found: set[Identifier] = set()
        for elem in _identifying(source):
            keyword = IDENTIFYING_ATTRIBUTES[int(elem.tag)]
            for value in _values(elem.value):
                if isinstance(value, Dataset):
                    continue  # a sequence's items: their attributes are visited on their own
                variants = _person_name_variants(value) if elem.VR == "PN" else [str(value)]
                for variant in variants:
                    variant = variant.strip()
                    if self._keep(variant):
                        found.add(Identifier(keyword, variant))
                if int(elem.tag) in ID_ATTRIBUTES:  # the parts of a compound id, too
                    for token in id_tokens(str(value)):
                        if self._keep(token):
                            found.add(Identifier(keyword, token))
                if keyword == "PatientBirthDate" and len(str(value).strip()) == 8:
                    v = str(value).strip()
                    found.add(Identifier(keyword, f"{v[:4]}-{v[4:6]}-{v[6:]}"))
        return found

    def uid_identifiers(self, originals: Mapping[str, str]) -> set[Identifier]:
        """Every original UID that was remapped (original → keyword)."""
        return {Identifier(kw or "UID", uid) for uid, kw in originals.items() if self._keep(uid)}

    def scan(self, *, output: Dataset, encoded: bytes, identifiers: Iterable[Identifier],
             charsets: Iterable[str] = (), ignore: Iterable[str] = ()) -> LeakFinding | None:
        """The first identifier found in ``output`` (every text element, decoded) or
        ``encoded`` (raw bytes).

        Args:
            output: the de-identified dataset (as re-read from ``encoded``, or as encoded).
            encoded: its DICOM Part 10 bytes.
            identifiers: from :meth:`collect` and :meth:`uid_identifiers`.
            charsets: Specific Character Set terms to encode the values in besides UTF-8.
            ignore: values this run wrote on purpose (the pseudonym).
        """
        text_parts: list[str] = []
        for elem in _walk(output, only=_TEXT_VRS):
            if elem.VR in _TEXT_VRS:
                text_parts.extend(str(v) for v in _values(elem.value))
        return self.scan_encoded(encoded=encoded, text="\n".join(text_parts),
                                 identifiers=identifiers, charsets=charsets, ignore=ignore)

    def scan_encoded(self, *, encoded: bytes, text: str, identifiers: Iterable[Identifier],
                     charsets: Iterable[str] = (), ignore: Iterable[str] = ()
                     ) -> LeakFinding | None:
        """The first identifier found in ``text`` (decoded element values) or in ``encoded``
        (every byte of the output, pixel data and private blocks included).

        ``text`` must hold what a byte scan cannot see: the values the profile produced, and
        kept values that are not plain ASCII (case-insensitive matching beyond ASCII). Kept
        ASCII values are found in ``encoded`` as they are.
        """
        skip = {v.casefold() for v in ignore}
        folded = text.casefold()
        raw = text_runs(encoded).lower()
        for marker in _marker_texts():  # what the profile wrote ("Retain Patient …"), not a leak
            if marker in folded:
                folded = folded.replace(marker, "\n")
            needle = marker.encode("ascii")
            if needle in raw:
                raw = raw.replace(needle, b"\n")
        codecs = self._codecs(charsets)
        folded_bytes = folded.encode("utf-8", "surrogateescape")
        for ident in sorted(identifiers, key=lambda i: (i.keyword, i.value)):
            if ident.value.casefold() in skip:
                continue
            if _whole_number(ident):  # a short number is found only as a whole number
                needle = re.escape(ident.value.strip().encode("ascii"))
                pattern = re.compile(rb"(?<![0-9])" + needle + rb"(?![0-9])")
                if pattern.search(folded_bytes):
                    return LeakFinding(ident.keyword, "element")
                if pattern.search(raw):
                    return LeakFinding(ident.keyword, "bytes")
                continue
            if ident.value.casefold() in folded:
                return LeakFinding(ident.keyword, "element")
            for needle in self._encodings(ident.value, codecs):
                if needle in raw:
                    return LeakFinding(ident.keyword, "bytes")
        return None

    @staticmethod
    def _codecs(charsets: Iterable[str]) -> list[str]:
        return list(_codecs_for(tuple(sorted(t for t in charsets if t))))

    @staticmethod
    def _encodings(value: str, codecs: list[str]) -> frozenset[bytes]:
        return _encodings_for(value, tuple(codecs))


def _whole_number(ident: Identifier) -> bool:
    """Whether ``ident`` is a number of fewer than 9 digits (a referring physician's code
    ``2721``, a short patient id): such a value is a leak only as a whole number, not as four
    digits inside a remapped UID or a shifted date-time, where it turns up by chance in about
    one output in twenty. A birth date stays a substring: a date-time may carry it."""
    value = ident.value.strip()
    return (value.isascii() and value.isdigit() and len(value) < 9
            and ident.keyword != "PatientBirthDate")


@lru_cache(maxsize=1)
def _marker_texts() -> tuple[str, ...]:
    """The fixed texts every output carries (De-identification Method and the CID 7050 code
    meanings), lower-case, longest first: a patient called ``Test^Patient`` must not be
    "found" in "Retain Patient Characteristics Option"."""
    from medenclave_deid.core.burned_in import CLEAN_PIXEL_DATA_CODE
    from medenclave_deid.core.markers import DEIDENTIFICATION_METHOD
    from medenclave_deid.core.options import BASIC_CODE, CID_7050

    texts = {DEIDENTIFICATION_METHOD, "MedEnclave Annex E", BASIC_CODE[1], CLEAN_PIXEL_DATA_CODE[2],
             *(meaning for _, meaning in CID_7050.values())}
    return tuple(sorted((t.lower() for t in texts), key=len, reverse=True))


@lru_cache(maxsize=256)
def _codecs_for(terms: tuple[str, ...]) -> tuple[str, ...]:
    """Python codecs of the Specific Character Set terms (cached)."""
    out: list[str] = []
    for term in terms:
        try:
            out.extend(dicom_charset.convert_encodings([term]))
        except (LookupError, ValueError):  # a term no codec serves (a NUL, a lone surrogate)
            continue
    return tuple(out)


@lru_cache(maxsize=65536)
def _encodings_for(value: str, codecs: tuple[str, ...]) -> frozenset[bytes]:
    """``value`` as lower-cased bytes in UTF-8 and each codec (cached)."""
    out = {value.encode("utf-8")}
    for codec in codecs:
        try:
            encoded = value.encode(codec)
        except (LookupError, UnicodeError):
            continue
        out.add(encoded)
        if codec.startswith(("iso2022", "iso_ir_87")):
            # the bare two-byte codes, whatever escape sequences surround them in the file
            out.add(_ESCAPES.sub(b"", encoded))
    if codecs:
        try:
            out.add(dicom_charset.encode_string(value, codecs))
        except (LookupError, ValueError):  # not a text codec (rot13 …), or the value won't go
            pass
    return frozenset(b.lower() for b in out if b)
