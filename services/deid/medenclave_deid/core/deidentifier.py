"""De-identification of one study: the session that takes its instances, and the leak guard.

A :class:`StudySession` takes the raw instances of one study completion one at a time
(:meth:`StudySession.add`): each is parsed (:mod:`~medenclave_deid.core.source_parsing`),
screened for burned-in text by the caller's screen, given the patient's pseudonym, checked
(:mod:`~medenclave_deid.core.source_checks`), its identifying values collected
(:mod:`~medenclave_deid.core.series_identifiers`), cleaned by the profile, marked
(:mod:`~medenclave_deid.core.markers`) and written (:mod:`~medenclave_deid.core.output_writing`).
Then :meth:`StudySession.verify` runs the leak guard over every output against the identifiers
of every source instance. Only a study that passes is written.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import pydicom
from pydicom.datadict import keyword_for_tag
from pydicom.dataelem import DataElement
from pydicom.dataset import Dataset
from pydicom.errors import BytesLengthException

from medenclave_deid.core.accessions import coded_body_part
from medenclave_deid.core.dataset_reading import charsets_of, text_of
from medenclave_deid.core.element_actions import RecordContext
from medenclave_deid.core.instances import DeidentifiedInstance, InvalidInstance
from medenclave_deid.core.leak_guard import Identifier, LeakFinding, LeakGuard
from medenclave_deid.core.markers import add_markers
from medenclave_deid.core.output_writing import write_output
from medenclave_deid.core.profile import BasicProfile
from medenclave_deid.core.pseudonyms import PatientPseudonyms
from medenclave_deid.core.series_identifiers import SeriesIdentifiers
from medenclave_deid.core.source_checks import check_source
from medenclave_deid.core.source_parsing import ParsedSource, parse_source
from medenclave_deid.core.uids import UidRemapper

__all__ = ["PROFILE_NAME", "StudyDeidentifier", "StudySession"]

PROFILE_NAME = "annex-e-basic"

#: what pydicom raises when a malformed element is decoded: it reads lazily, so anywhere after
#: parsing (found by fuzzing, issue 15: a value whose length is no multiple of its VR's size,
#: an unknown VR, a charset that cannot encode a value, sequences nested past the stack)
_UNDECODABLE = (BytesLengthException, NotImplementedError, struct.error, IndexError,
                RecursionError, ValueError, TypeError, KeyError, AttributeError, OverflowError)

#: Manufacturer, ManufacturerModelName, Modality, BodyPartExamined
_EQUIPMENT = (0x00080070, 0x00081090, 0x00080060, 0x00180015)
_INSTITUTION = ("InstitutionName", "InstitutionAddress")


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
    #: BodyPartExamined of the study (a coded term; see :func:`.accessions.coded_body_part`)
    body_part: str = ""
    #: the source dataset of the last :meth:`add` as read (pixel data left unread): the
    #: adapters screen it for burned-in text and take the escrow identity from it, so the
    #: source is parsed once
    source: Dataset | None = None
    #: identifiers and deny-list by what they depend on (shared by the sessions of one
    #: deidentifier: the slices of a series repeat them)
    records: SeriesIdentifiers = field(default_factory=SeriesIdentifiers)
    #: the fast path (deferred pixel data, raw copies, one-pass encoder, byte-level guard);
    #: False: the reference path (pydicom decodes and writes everything, outputs re-read)
    fast: bool = True

    def add(self, raw: bytes, *, screen: Callable[[Dataset], str] | None = None
            ) -> DeidentifiedInstance:
        """De-identify one raw instance (DICOM Part 10 bytes).

        Args:
            raw: the instance.
            screen: sees the parsed source before anything is cleaned (the burned-in
                screen): a non-empty reason it returns refuses the instance with that reason.

        Raises:
            InvalidInstance: ``not_dicom``, ``missing_uid``, ``mixed_study``, ``mixed_patients``,
                ``undecodable``, ``wrong_encoding``, ``truncated``,
                ``private_sequence_too_large`` or ``unwritable``.
            medenclave_deid.core.pseudonyms.PseudonymIndexUnavailable: retry later.
        """
        source = self._parse(raw)
        try:
            _screen(source.dataset, screen)
            pseudonym = self._pseudonym_of(source)
            check_source(source.dataset, len(raw))
            self._note_study_facts(source, pseudonym)
            deny = self._collect_identifiers(source)
            removed: list[int] = []
            out = self._clean(source, pseudonym=pseudonym, deny=deny, removed=removed)
            dicom, text = write_output(out, source, raw)
        except _UNDECODABLE:
            raise InvalidInstance("undecodable") from None
        return self._keep(source, out, pseudonym=pseudonym, dicom=dicom, text=text,
                          removed=removed)

    def _parse(self, raw: bytes) -> ParsedSource:
        """Raises: InvalidInstance ``not_dicom``, ``missing_uid``, ``mixed_study``."""
        source = parse_source(raw, fast=self.fast)
        self.source = source.dataset
        if not source.study_uid or not source.sop_instance_uid or not source.sop_class_uid:
            raise InvalidInstance("missing_uid" if source.part10 else "not_dicom")
        if self.study_uid and source.study_uid != self.study_uid:
            raise InvalidInstance("mixed_study")
        return source

    def _pseudonym_of(self, source: ParsedSource) -> str:
        """Raises: InvalidInstance ``mixed_patients``; PseudonymIndexUnavailable."""
        ds = source.dataset
        pseudonym = self.pseudonyms.pseudonym_for(
            issuer=str(ds.get("IssuerOfPatientID", "") or ""),
            patient_id=str(ds.get("PatientID", "") or ""), study_uid=source.study_uid)
        if self.pseudo_patient_id and pseudonym != self.pseudo_patient_id:
            raise InvalidInstance("mixed_patients")
        return pseudonym

    def _note_study_facts(self, source: ParsedSource, pseudonym: str) -> None:
        """The study, patient, character sets and equipment values the guard needs."""
        self.study_uid, self.pseudo_patient_id = source.study_uid, pseudonym
        self.charsets.update(charsets_of(source.dataset))
        self.equipment_values |= {text_of(source.dataset, tag) for tag in _EQUIPMENT} - {""}

    def _collect_identifiers(self, source: ParsedSource) -> frozenset[str]:
        """Add the source's identifying values to the study's; returns its deny-list.

        Raises: InvalidInstance ``wrong_encoding``."""
        identifiers, deny = self.records.of(source.dataset, source.as_read, guard=self.guard)
        self.identifiers |= identifiers
        return deny

    def _clean(self, source: ParsedSource, *, pseudonym: str, deny: frozenset[str],
               removed: list[int] | None = None) -> Dataset:
        """The profile applied to the source, with the pseudonym and the markers.

        Raises: InvalidInstance ``undecodable``."""
        context = RecordContext(
            pseudonym=pseudonym, sop_class_uid=source.sop_class_uid,
            offset_days=self.pseudonyms.offset_days_for(pseudonym=pseudonym),
            deny=deny | {i.value for i in self.identifiers},
            hasher=self.pseudonyms.keyed_hash, removed=removed)
        try:
            out = self.profile.apply(source.dataset, uids=self.uids, pseudonym=pseudonym,
                                     context=context, as_read=source.as_read)
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError):
            raise InvalidInstance("undecodable") from None
        # Type 2 in the Patient module: always present
        out.add(DataElement(0x00100010, "PN", pseudonym))  # PatientName
        out.add(DataElement(0x00100020, "LO", pseudonym))  # PatientID
        add_markers(out, self.profile.options)
        return out

    def _keep(self, source: ParsedSource, out: Dataset, *, pseudonym: str, dicom: bytes,
              text: str, removed: Iterable[int] = ()) -> DeidentifiedInstance:
        """Hold the written output (and its guard text) until :meth:`verify`."""
        self.pseudo_study_id = text_of(out, 0x0020000D)
        self.modality = self.modality or text_of(source.dataset, 0x00080060)
        self.body_part = self.body_part or coded_body_part(text_of(source.dataset, 0x00180015))
        instance = DeidentifiedInstance(
            pseudo_sop_instance_uid=text_of(out, 0x00080018),
            pseudo_study_id=self.pseudo_study_id,
            pseudo_patient_id=pseudonym, modality=text_of(out, 0x00080060),
            dicom=dicom, removed_descriptors=tuple(
                sorted({keyword_for_tag(t) or f"({t >> 16:04X},{t & 0xFFFF:04X})" for t in removed})))
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
                charsets=self.charsets | set(charsets_of(reread)),
                ignore={self.pseudo_patient_id})
            if finding is not None:
                return finding
        return None


def _screen(ds: Dataset, screen: Callable[[Dataset], str] | None) -> None:
    """Raises: InvalidInstance with the reason ``screen`` refused the source for."""
    if screen is not None:
        refused = screen(ds)
        if refused:
            raise InvalidInstance(refused)


class StudyDeidentifier:
    """Makes a :class:`StudySession` per study completion.

    Args:
        profile: the confidentiality profile applied to every instance.
        uid_secret: the UID remap key.
        pseudonyms: the patients' pseudonyms and date offsets.
        guard: the leak guard (default: :class:`LeakGuard`'s defaults).
        fast: the fast path where the input allows it (False: the reference path).
    """

    def __init__(self, *, profile: BasicProfile, uid_secret: bytes,
                 pseudonyms: PatientPseudonyms, guard: LeakGuard | None = None,
                 fast: bool = True) -> None:
        self._profile = profile
        self._uid_secret = uid_secret
        self._pseudonyms = pseudonyms
        self._guard = guard or LeakGuard()
        self._fast = fast
        self._records = SeriesIdentifiers()

    def session(self) -> StudySession:
        """A session for one study completion."""
        return StudySession(profile=self._profile, uids=UidRemapper(self._uid_secret),
                            pseudonyms=self._pseudonyms, guard=self._guard, fast=self._fast,
                            records=self._records)
