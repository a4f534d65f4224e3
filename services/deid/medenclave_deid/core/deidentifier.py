"""De-identification of one study: profile, pseudonym, UID remap, markers, leak guard.

A :class:`StudySession` takes the raw instances of one study completion one at a time
(:meth:`StudySession.add`), then :meth:`StudySession.verify` runs the leak guard over every
output against the identifiers of every source instance. Only a study that passes is written.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.errors import InvalidDicomError
from pydicom.multival import MultiValue
from pydicom.uid import ExplicitVRBigEndian, ExplicitVRLittleEndian, ImplicitVRLittleEndian

from medenclave_deid.core.leak_guard import Identifier, LeakFinding, LeakGuard
from medenclave_deid.core.profile import BasicProfile
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


def _markers(ds: Dataset) -> None:
    ds.PatientIdentityRemoved = "YES"
    ds.DeidentificationMethod = DEIDENTIFICATION_METHOD
    code = Dataset()
    code.CodeValue = "113100"
    code.CodingSchemeDesignator = "DCM"
    code.CodeMeaning = "Basic Application Confidentiality Profile"
    ds.DeidentificationMethodCodeSequence = [code]


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


@dataclass
class StudySession:
    """The instances of one study completion being de-identified."""

    profile: BasicProfile
    uids: UidRemapper
    pseudonyms: PatientPseudonyms
    guard: LeakGuard
    instances: list[DeidentifiedInstance] = field(default_factory=list)
    identifiers: set[Identifier] = field(default_factory=set)
    charsets: set[str] = field(default_factory=set)
    study_uid: str = ""
    pseudo_study_id: str = ""
    pseudo_patient_id: str = ""
    modality: str = ""

    def add(self, raw: bytes) -> DeidentifiedInstance:
        """De-identify one raw instance (DICOM Part 10 bytes).

        Raises:
            InvalidInstance: ``not_dicom``, ``missing_uid``, ``mixed_study``, ``mixed_patients``
                or ``unwritable``.
            medenclave_deid.core.pseudonyms.PseudonymIndexUnavailable: retry later.
        """
        part10 = True
        try:
            try:
                ds = pydicom.dcmread(io.BytesIO(raw))
            except InvalidDicomError:  # no preamble: a bare dataset, or not DICOM at all
                part10 = False
                ds = pydicom.dcmread(io.BytesIO(raw), force=True)
            study_uid = str(ds.get("StudyInstanceUID", "") or "").strip()
            sop_uid = str(ds.get("SOPInstanceUID", "") or "").strip()
            sop_class = str(ds.get("SOPClassUID", "") or "").strip()
        except (InvalidDicomError, ValueError, TypeError, KeyError, EOFError, OSError,
                NotImplementedError, AttributeError):
            raise InvalidInstance("not_dicom") from None
        if not study_uid or not sop_uid or not sop_class:
            raise InvalidInstance("missing_uid" if part10 else "not_dicom")
        if self.study_uid and study_uid != self.study_uid:
            raise InvalidInstance("mixed_study")
        pseudonym = self.pseudonyms.pseudonym_for(
            issuer=str(ds.get("IssuerOfPatientID", "") or ""),
            patient_id=str(ds.get("PatientID", "") or ""), study_uid=study_uid)
        if self.pseudo_patient_id and pseudonym != self.pseudo_patient_id:
            raise InvalidInstance("mixed_patients")
        self.study_uid, self.pseudo_patient_id = study_uid, pseudonym
        self.charsets.update(_charsets(ds))
        self.identifiers |= self.guard.collect(ds)

        out = self.profile.apply(ds, uids=self.uids, pseudonym=pseudonym)
        out.PatientName = pseudonym  # Type 2 in the Patient module: always present
        out.PatientID = pseudonym
        _markers(out)
        meta = FileMetaDataset()
        source_meta = getattr(ds, "file_meta", None)
        meta.MediaStorageSOPClassUID = (source_meta.get("MediaStorageSOPClassUID")
                                        if source_meta is not None else None) or sop_class
        meta.MediaStorageSOPInstanceUID = out.SOPInstanceUID
        meta.TransferSyntaxUID = _transfer_syntax(ds)
        out.file_meta = meta
        buf = io.BytesIO()
        try:
            pydicom.dcmwrite(buf, out, enforce_file_format=True)
        except Exception:
            raise InvalidInstance("unwritable") from None
        self.pseudo_study_id = str(out.StudyInstanceUID)
        self.modality = self.modality or str(ds.get("Modality", "") or "")
        instance = DeidentifiedInstance(
            pseudo_sop_instance_uid=str(out.SOPInstanceUID), pseudo_study_id=self.pseudo_study_id,
            pseudo_patient_id=pseudonym, modality=str(out.get("Modality", "") or ""),
            dicom=buf.getvalue())
        self.instances.append(instance)
        return instance

    def verify(self) -> LeakFinding | None:
        """Scan every output for every source identifier and every remapped original UID."""
        identifiers = self.identifiers | self.guard.uid_identifiers(self.uids.originals)
        for instance in self.instances:
            try:
                reread = pydicom.dcmread(io.BytesIO(instance.dicom))
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
                 pseudonyms: PatientPseudonyms, guard: LeakGuard | None = None) -> None:
        self._profile = profile
        self._uid_secret = uid_secret
        self._pseudonyms = pseudonyms
        self._guard = guard or LeakGuard()

    def session(self) -> StudySession:
        return StudySession(profile=self._profile, uids=UidRemapper(self._uid_secret),
                            pseudonyms=self._pseudonyms, guard=self._guard)
