"""De-identification of one study: profile, pseudonym, UID remap, markers, leak guard.

A :class:`StudySession` takes the raw instances of one study completion one at a time
(:meth:`StudySession.add`), then :meth:`StudySession.verify` runs the leak guard over every
output against the identifiers of every source instance. Only a study that passes is written.
"""

from __future__ import annotations

import io
import struct
import warnings
from dataclasses import dataclass, field
from typing import Callable

import pydicom
from pydicom.dataelem import DataElement, RawDataElement
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.errors import InvalidDicomError
from pydicom.multival import MultiValue
from pydicom.uid import ExplicitVRBigEndian, ExplicitVRLittleEndian, ImplicitVRLittleEndian

from medenclave_deid.core.descriptors import DENY_ATTRIBUTES, deny_terms
from medenclave_deid.core.encoder import can_encode, encode_part10, freeze, text_values
from medenclave_deid.core.leak_guard import (IDENTIFYING_ATTRIBUTES, Identifier, LeakFinding,
                                              LeakGuard)
from medenclave_deid.core.options import BASIC_CODE, DeidOption, method_description
from medenclave_deid.core.profile import BasicProfile, RecordContext
from medenclave_deid.core.pseudonyms import PatientPseudonyms
from medenclave_deid.core.uids import UidRemapper

__all__ = [
    "DEIDENTIFICATION_METHOD",
    "PROFILE_NAME",
    "DeidentifiedInstance",
    "InvalidInstance",
    "StudyDeidentifier",
    "StudySession",
]

PROFILE_NAME = "annex-e-basic"
DEIDENTIFICATION_METHOD = "MedEnclave Basic Profile"


class InvalidInstance(Exception):
    """An instance cannot be de-identified; ``code`` is the quarantine reason."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class DeidentifiedInstance:
    """One de-identified instance, ready to be stored under its pseudonymous ids."""

    pseudo_sop_instance_uid: str
    pseudo_study_id: str
    pseudo_patient_id: str
    modality: str
    dicom: bytes

    @property
    def object_key(self) -> str:
        return f"{self.pseudo_study_id}/{self.pseudo_sop_instance_uid}.dcm"


def _code(value: str, meaning: str) -> Dataset:
    code = Dataset()
    code.CodeValue = value
    code.CodingSchemeDesignator = "DCM"
    code.CodeMeaning = meaning
    return code


_METHOD_CODES: dict[frozenset, list[Dataset]] = {}


def _method_codes(options: frozenset[DeidOption]) -> list[Dataset]:
    """The code items for ``options``, built once (outputs are serialized, never edited)."""
    codes = _METHOD_CODES.get(options)
    if codes is None:
        codes = [freeze(_code(*BASIC_CODE))]
        codes += [freeze(_code(*opt.code)) for opt in sorted(options, key=lambda o: o.code[0])]
        _METHOD_CODES[options] = codes
    return codes


_MARKERS: dict[frozenset, tuple[DataElement, ...]] = {}


def _markers(ds: Dataset, options: frozenset[DeidOption] = frozenset()) -> None:
    """PatientIdentityRemoved, DeidentificationMethod(CodeSequence) with the CID 7050 codes of
    the options applied, and LongitudinalTemporalInformationModified.

    The elements are built once per option set and shared by every output (outputs are
    serialized, never edited).
    """
    options = frozenset(options)
    elements = _MARKERS.get(options)
    if elements is None:
        if DeidOption.RETAIN_LONGITUDINAL_FULL_DATES in options:
            temporal = "UNMODIFIED"
        elif DeidOption.RETAIN_LONGITUDINAL_MODIFIED_DATES in options:
            temporal = "MODIFIED"
        else:
            temporal = "REMOVED"
        elements = _MARKERS[options] = (
            DataElement(0x00120062, "CS", "YES"),  # PatientIdentityRemoved
            DataElement(0x00120063, "LO", method_description(options) if options
                        else DEIDENTIFICATION_METHOD),  # DeidentificationMethod
            DataElement(0x00120064, "SQ", list(_method_codes(options))),
            DataElement(0x00280303, "CS", temporal),  # LongitudinalTemporalInformationModified
        )
    for elem in elements:
        ds.add(elem)


def _transfer_syntax(ds: Dataset) -> str:
    meta = getattr(ds, "file_meta", None)
    ts = meta.get("TransferSyntaxUID") if meta is not None else None
    if ts:
        return str(ts)
    implicit, little = getattr(ds, "original_encoding", (True, True))
    if implicit:
        return ImplicitVRLittleEndian
    return ExplicitVRLittleEndian if little else ExplicitVRBigEndian


def _charsets(ds: Dataset) -> list[str]:
    value = ds.get("SpecificCharacterSet")
    if value is None:
        return []
    values = value if isinstance(value, (list, tuple, MultiValue)) else [value]
    return [str(v) for v in values if v]


#: values longer than this are not read into the dataset: the encoder copies them from the source
_DEFER_BYTES = 64 * 1024
#: more items than this in one private sequence: refused (``private_sequence_too_large``)
MAX_PRIVATE_SEQUENCE_ITEMS = 10_000
_NATIVE = {ImplicitVRLittleEndian, ExplicitVRLittleEndian, ExplicitVRBigEndian}


def _is_decoding_problem(message: object) -> bool:
    text = str(message).lower()
    return "decode" in text or "unknown encoding" in text or "character set" in text


#: Manufacturer, ManufacturerModelName, Modality, BodyPartExamined
_EQUIPMENT = (0x00080070, 0x00081090, 0x00080060, 0x00180015)
_INSTITUTION = ("InstitutionName", "InstitutionAddress")
_IR58_ESCAPE = "\x1b$)A"
_STRING_VRS = frozenset({"PN", "LO", "SH", "ST", "LT", "UT", "UC"})
_GUARDED_TEXT_VRS = frozenset({"AE", "AS", "CS", "DA", "DS", "DT", "IS", "LO", "LT", "PN", "SH",
                               "ST", "TM", "UC", "UI", "UR", "UT"})


def _strip_ir58_escapes(ds: Dataset) -> None:
    """Drop the ``ESC $ ) A`` designations pydicom leaves in ISO 2022 IR 58 text (it decodes
    GB 2312 in G1 but keeps the escape as text), so names and deny-lists match."""
    for elem in ds.iterall():
        if elem.VR not in _STRING_VRS or elem.value is None:
            continue
        values = elem.value if isinstance(elem.value, (list, MultiValue)) else [elem.value]
        if any(_IR58_ESCAPE in str(v) for v in values):
            cleaned = [str(v).replace(_IR58_ESCAPE, "") for v in values]
            elem.value = cleaned[0] if len(cleaned) == 1 else cleaned


def _text_of(ds: Dataset, tag: int) -> str:
    """``str(ds.get(tag, "") or "").strip()``, read from the bytes as read when they are plain
    ASCII (no escapes, one value): the element stays undecoded for the writer."""
    elem = ds.get_item(tag, keep_deferred=True)
    if elem is None:
        return ""
    if isinstance(elem, RawDataElement):
        data = elem.value
        if data is not None and data.isascii() and b"\x1b" not in data and b"\\" not in data:
            return data.decode("ascii").strip(" \0")
    try:
        value = ds[tag].value
    except Exception:  # undecodable: as absent (the profile drops it too)
        return ""
    return str(value or "").strip()


def _us_of(ds: Dataset, tag: int, default: int | None = None) -> int:
    """An unsigned short (Rows, Columns …) without decoding the element.

    Raises:
        AttributeError: absent and no default; TypeError, ValueError: not a number.
    """
    elem = ds.get_item(tag, keep_deferred=True)
    if elem is None:
        if default is None:
            raise AttributeError(tag)
        return default
    if isinstance(elem, RawDataElement) and elem.VR == "US" and elem.is_little_endian and \
            elem.value is not None and len(elem.value) == 2:
        return _US(elem.value)[0]
    value = ds[tag].value
    if value is None or value == "":
        if default is None:
            raise TypeError(tag)
        return default
    return int(value)


_US = struct.Struct("<H").unpack


#: the source attributes the leak guard and the deny-list read (plus the character set)
_RECORD_TAGS = frozenset(IDENTIFYING_ATTRIBUTES) | frozenset(DENY_ATTRIBUTES) | {0x00080005}


def _record_key(as_read: dict[int, object]) -> tuple | None:
    """What :meth:`LeakGuard.collect` and :func:`deny_terms` depend on, as the bytes read: the
    identifying attributes, and every element that may be a sequence (they look inside). None
    when a value was not read (deferred): no caching then."""
    parts: list[tuple] = []
    for tag, elem in as_read.items():
        if not isinstance(elem, RawDataElement):  # decoded by the reader (character set …)
            if elem.VR == "SQ":  # type: ignore[attr-defined]
                return None
            if tag in _RECORD_TAGS:
                parts.append((tag, elem.VR, str(elem.value)))  # type: ignore[attr-defined]
            continue
        if tag in _RECORD_TAGS or elem.VR in (None, "SQ", "UN"):
            if elem.value is None:
                return None
            parts.append((tag, elem.VR, elem.value))
    return tuple(parts)


def _check_input(ds: Dataset, source_size: int) -> None:
    """Refuse inputs the profile cannot vouch for.

    Raises:
        InvalidInstance: ``private_sequence_too_large`` or ``truncated``.
    """
    for tag in list(ds.keys()):
        if not int(tag) >> 16 & 1:
            continue
        raw = ds.get_item(tag, keep_deferred=True)
        if isinstance(raw, RawDataElement) and raw.VR not in (None, "SQ", "UN"):
            continue  # not a sequence: nothing to count
        try:
            elem = ds[tag]
        except Exception:
            continue
        if elem.VR == "SQ" and elem.value is not None and len(elem.value) > \
                MAX_PRIVATE_SEQUENCE_ITEMS:
            raise InvalidInstance("private_sequence_too_large")
    if "PixelData" in ds and _transfer_syntax(ds) in _NATIVE:
        try:
            rows, cols = _us_of(ds, 0x00280010), _us_of(ds, 0x00280011)
            samples, bits = _us_of(ds, 0x00280002, 1) or 1, _us_of(ds, 0x00280100)
            frames = int(_text_of(ds, 0x00280008) or 1)
            pixels = ds.get_item(0x7FE00010, keep_deferred=True)
            if pixels.value is None:  # deferred: what the source really holds
                have = min(pixels.length, max(0, source_size - pixels.value_tell))
            else:
                have = len(pixels.value)
        except (AttributeError, TypeError, ValueError):
            return  # malformed image attributes: the pixel data is copied as it is
        if str(ds.get("PhotometricInterpretation", "")).startswith("YBR_FULL_422"):
            samples = 2  # two chroma samples shared by two pixels
        expected = rows * cols * samples * frames * bits // 8 if bits >= 8 else \
            (rows * cols * samples * frames + 7) // 8
        if have < expected:
            raise InvalidInstance("truncated")


@dataclass
class StudySession:
    """The instances of one study completion being de-identified."""

    profile: BasicProfile
    uids: UidRemapper
    pseudonyms: PatientPseudonyms
    guard: LeakGuard
    instances: list[DeidentifiedInstance] = field(default_factory=list)
    #: per instance, the decoded text the leak guard checks besides the bytes
    texts: list[str] = field(default_factory=list)
    identifiers: set[Identifier] = field(default_factory=set)
    charsets: set[str] = field(default_factory=set)
    #: source values of non-identifying equipment attributes kept on purpose (an institution
    #: called like its scanner's vendor is not a leak)
    equipment_values: set[str] = field(default_factory=set)
    study_uid: str = ""
    pseudo_study_id: str = ""
    pseudo_patient_id: str = ""
    modality: str = ""
    #: the source dataset of the last :meth:`add` as read (pixel data left unread): the
    #: adapters screen it for burned-in text and take the escrow identity from it, so the
    #: source is parsed once
    source: Dataset | None = None
    #: identifiers and deny-list by :func:`_record_key` (shared by the sessions of one
    #: deidentifier: the slices of a series repeat them)
    records: dict = field(default_factory=dict)
    #: the fast path (deferred pixel data, raw copies, one-pass encoder, byte-level guard);
    #: False: the reference path (pydicom decodes and writes everything, outputs re-read)
    fast: bool = True

    def add(self, raw: bytes, *, screen: Callable[[Dataset], str] | None = None
            ) -> DeidentifiedInstance:
        """De-identify one raw instance (DICOM Part 10 bytes).

        ``screen`` sees the parsed source before anything is cleaned (the burned-in screen):
        a non-empty reason it returns refuses the instance with that reason.

        Raises:
            InvalidInstance: ``not_dicom``, ``missing_uid``, ``mixed_study``, ``mixed_patients``,
                ``undecodable``, ``wrong_encoding``, ``truncated``,
                ``private_sequence_too_large`` or ``unwritable``.
            medenclave_deid.core.pseudonyms.PseudonymIndexUnavailable: retry later.
        """
        part10 = True
        try:
            defer = _DEFER_BYTES if self.fast else None
            try:
                # large values (pixel data) are left in ``raw`` and copied once, into the output
                ds = pydicom.dcmread(io.BytesIO(raw), defer_size=defer)
            except InvalidDicomError:  # no preamble: a bare dataset, or not DICOM at all
                part10 = False
                ds = pydicom.dcmread(io.BytesIO(raw), force=True)
            # the elements as stored: raw ones not decoded, deferred ones not read
            as_read: dict[int, object] | None = dict(ds.items())
            fast = self.fast and can_encode(_transfer_syntax(ds)) and not any(
                # a deferred undefined-length value other than encapsulated pixel data (an
                # undefined-length sequence, say): the reference path reads it whole
                tag != 0x7FE00010 and isinstance(elem, RawDataElement) and
                elem.value is None and elem.length == 0xFFFFFFFF
                for tag, elem in as_read.items())
            if self.fast and not fast:  # deflated, big endian: read it all, pydicom writes
                ds = pydicom.dcmread(io.BytesIO(raw), force=not part10)
            if not fast:
                as_read = None
            self.source = ds
            study_uid = _text_of(ds, 0x0020000D)  # StudyInstanceUID
            sop_uid = _text_of(ds, 0x00080018)  # SOPInstanceUID
            sop_class = _text_of(ds, 0x00080016)  # SOPClassUID
        except (InvalidDicomError, ValueError, TypeError, KeyError, EOFError, OSError,
                NotImplementedError, AttributeError):
            raise InvalidInstance("not_dicom") from None
        if not study_uid or not sop_uid or not sop_class:
            raise InvalidInstance("missing_uid" if part10 else "not_dicom")
        if self.study_uid and study_uid != self.study_uid:
            raise InvalidInstance("mixed_study")
        if screen is not None:
            refused = screen(ds)
            if refused:
                raise InvalidInstance(refused)
        pseudonym = self.pseudonyms.pseudonym_for(
            issuer=str(ds.get("IssuerOfPatientID", "") or ""),
            patient_id=str(ds.get("PatientID", "") or ""), study_uid=study_uid)
        if self.pseudo_patient_id and pseudonym != self.pseudo_patient_id:
            raise InvalidInstance("mixed_patients")
        _check_input(ds, len(raw))
        self.study_uid, self.pseudo_patient_id = study_uid, pseudonym
        self.charsets.update(_charsets(ds))
        self.equipment_values |= {_text_of(ds, tag) for tag in _EQUIPMENT} - {""}
        ir58 = "ISO 2022 IR 58" in _charsets(ds)
        key = _record_key(as_read) if as_read is not None and not ir58 else None
        known = self.records.get(key) if key is not None else None
        if known is not None:  # a slice of a series already seen: same identifying values
            identifiers, deny = known
        else:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                if ir58:
                    _strip_ir58_escapes(ds)
                identifiers = frozenset(self.guard.collect(ds))
                deny = deny_terms(ds)
            if any(_is_decoding_problem(w.message) for w in caught):
                raise InvalidInstance("wrong_encoding")
            if key is not None:
                if len(self.records) >= 1024:
                    self.records.clear()
                self.records[key] = (identifiers, deny)
        self.identifiers |= identifiers

        context = RecordContext(
            pseudonym=pseudonym, sop_class_uid=sop_class,
            offset_days=self.pseudonyms.offset_days_for(pseudonym=pseudonym),
            deny=deny | {i.value for i in self.identifiers},
            hasher=self.pseudonyms.keyed_hash)
        try:
            out = self.profile.apply(ds, uids=self.uids, pseudonym=pseudonym, context=context,
                                     as_read=as_read)
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError):
            raise InvalidInstance("undecodable") from None
        # Type 2 in the Patient module: always present
        out.add(DataElement(0x00100010, "PN", pseudonym))  # PatientName
        out.add(DataElement(0x00100020, "LO", pseudonym))  # PatientID
        _markers(out, self.profile.options)
        source_meta = getattr(ds, "file_meta", None)
        media_class = str((source_meta.get("MediaStorageSOPClassUID")
                           if source_meta is not None else None) or sop_class)
        transfer_syntax = _transfer_syntax(ds)
        try:
            if fast:
                dicom = encode_part10(out, sop_class_uid=media_class,
                                      sop_instance_uid=_text_of(out, 0x00080018),
                                      transfer_syntax=transfer_syntax, source=raw)
            else:  # big endian, deflated: pydicom's writer
                meta = FileMetaDataset()
                meta.MediaStorageSOPClassUID = media_class
                meta.MediaStorageSOPInstanceUID = out.SOPInstanceUID
                meta.TransferSyntaxUID = transfer_syntax
                out.file_meta = meta
                buf = io.BytesIO()
                pydicom.dcmwrite(buf, out, enforce_file_format=True)
                dicom = buf.getvalue()
            # what the byte scan cannot see: values the profile produced, non-ASCII kept ones
            text = "\n".join(text_values(out, _GUARDED_TEXT_VRS, raw if fast else None))
        except Exception:
            raise InvalidInstance("unwritable") from None
        self.pseudo_study_id = _text_of(out, 0x0020000D)
        self.modality = self.modality or _text_of(ds, 0x00080060)
        instance = DeidentifiedInstance(
            pseudo_sop_instance_uid=_text_of(out, 0x00080018),
            pseudo_study_id=self.pseudo_study_id,
            pseudo_patient_id=pseudonym, modality=_text_of(out, 0x00080060),
            dicom=dicom)
        self.instances.append(instance)
        self.texts.append(text)
        return instance

    def verify(self) -> LeakFinding | None:
        """Scan every output for every source identifier and every remapped original UID.

        Every byte of each output is searched (pixel data and private blocks included), and
        the decoded values the bytes could hide (produced values, non-ASCII kept values). The
        reference mode (``fast=False``) re-reads each output and decodes every element
        instead; the tests hold the two to the same verdicts.
        """
        equipment = {v.casefold() for v in self.equipment_values}
        identifiers = {i for i in self.identifiers
                       if not (i.keyword in _INSTITUTION
                               and any(i.value.casefold() in e for e in equipment))}
        identifiers |= self.guard.uid_identifiers(self.uids.originals)
        if not self.fast:
            return self._verify_reread(identifiers)
        for instance, text in zip(self.instances, self.texts, strict=True):
            # every byte of the output (pixel data and private blocks included) and every
            # decoded value the bytes alone could hide
            finding = self.guard.scan_encoded(
                encoded=instance.dicom, text=text, identifiers=identifiers,
                charsets=self.charsets, ignore={self.pseudo_patient_id})
            if finding is not None:
                return finding
        return None

    def _verify_reread(self, identifiers: set[Identifier]) -> LeakFinding | None:
        for instance in self.instances:
            try:
                reread = pydicom.dcmread(io.BytesIO(instance.dicom), stop_before_pixels=True)
            except Exception:
                return LeakFinding("Unreadable", "bytes")
            finding = self.guard.scan(
                output=reread, encoded=instance.dicom, identifiers=identifiers,
                charsets=self.charsets | set(_charsets(reread)),
                ignore={self.pseudo_patient_id})
            if finding is not None:
                return finding
        return None


class StudyDeidentifier:
    """Makes a :class:`StudySession` per study completion."""

    def __init__(self, *, profile: BasicProfile, uid_secret: bytes,
                 pseudonyms: PatientPseudonyms, guard: LeakGuard | None = None,
                 fast: bool = True) -> None:
        self._profile = profile
        self._uid_secret = uid_secret
        self._pseudonyms = pseudonyms
        self._guard = guard or LeakGuard()
        self._fast = fast
        self._records: dict = {}

    def session(self) -> StudySession:
        return StudySession(profile=self._profile, uids=UidRemapper(self._uid_secret),
                            pseudonyms=self._pseudonyms, guard=self._guard, fast=self._fast,
                            records=self._records)
