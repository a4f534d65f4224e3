"""gRPC: DeidentifyNote of DeidService — clinical notes in English and Chinese.

Mixed into :class:`medenclave_deid.adapters.inbound.grpc_api.DeidServicer`. The surrogate key is derived
from the service's UID key, so the same value gets the same surrogate across calls. When the
request names a patient and a :class:`PatientNoteFacts` is wired (``_note_facts``), the patient's
demographics become a deny-list and the patient's date offset shifts the dates, so notes and
images agree. The call is audited (``deid.note``, the note's digest as resource) before the
de-identified note is released; nothing from the note is logged.
"""

from __future__ import annotations

import asyncio
import hashlib
from typing import Protocol

import grpc

from medenclave.v1 import deid_pb2
from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier
from medenclave_deid.core.pseudonyms import PatientPseudonyms, PseudonymIndexUnavailable
from medenclave_deid.core.text import LANGUAGES, NoteDeidentifier, NoteError, PatientDemographics
from medenclave_deid.core.text.deidentifier import note_key
from medenclave_deid.core.text.leak_check import NOTE_LEAK

__all__ = ["NoteRpcs", "PatientNoteFacts", "PatientUnknown", "PseudonymNoteFacts"]

_MAX_NOTE_CHARS = 1_000_000


class PatientUnknown(LookupError):
    """No pseudonym index entry for the patient."""


class PatientNoteFacts(Protocol):
    """What a note needs to know of its patient (the pseudonym index's demographics and offset)."""

    def note_facts(self, *, patient_id: str, issuer: str) -> tuple[PatientDemographics, int | None]:
        """The patient's demographics and date offset in days.

        Raises:
            PatientUnknown: the patient is not in the index.
        """
        ...


class PseudonymNoteFacts:
    """:class:`PatientNoteFacts` from the pseudonym index: the images' date offset for the patient
    (the pseudonym is created on first sight, as for images) and the patient id as deny-list.

    The index holds no names, so the deny-list is the identifiers only. Wire it with
    ``servicer._note_facts = PseudonymNoteFacts(pseudonyms)``.

    Raises (from :meth:`note_facts`):
        PseudonymIndexUnavailable: the index cannot be reached.
    """

    def __init__(self, pseudonyms: PatientPseudonyms) -> None:
        self._pseudonyms = pseudonyms

    def note_facts(self, *, patient_id: str, issuer: str) -> tuple[PatientDemographics, int | None]:
        offset = self._pseudonyms.offset_for(issuer=issuer, patient_id=patient_id)
        return PatientDemographics(identifiers=(patient_id,)), offset


class NoteRpcs:
    """DeidentifyNote."""

    _uid_secret: bytes
    #: Set by the wiring when the pseudonym index can answer; None: no deny-list, default offset.
    _note_facts: PatientNoteFacts | None = None
    _note_deidentifier: NoteDeidentifier | None = None

    def _notes(self) -> NoteDeidentifier:
        if self._note_deidentifier is None:
            self._note_deidentifier = make_note_deidentifier(note_key(self._uid_secret))
        return self._note_deidentifier

    async def DeidentifyNote(self, request, context):
        lang = request.lang or "auto"
        if lang not in LANGUAGES:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "lang must be auto, en or zh")
        if len(request.text) > _MAX_NOTE_CHARS:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "note too large")
        demographics, offset = None, None
        if request.patient_id and self._note_facts is not None:
            try:
                demographics, offset = await asyncio.to_thread(
                    self._note_facts.note_facts, patient_id=request.patient_id, issuer=request.issuer)
            except PatientUnknown:
                await context.abort(grpc.StatusCode.NOT_FOUND, "unknown patient")
            except PseudonymIndexUnavailable:
                await context.abort(grpc.StatusCode.UNAVAILABLE, "pseudonym index unavailable")
        try:
            note = await asyncio.to_thread(self._notes().deidentify, request.text, lang=lang,
                                           date_offset_days=offset, demographics=demographics)
        except NoteError as exc:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(exc))
        digest = hashlib.sha256(request.text.encode("utf-8")).hexdigest()[:16]
        if note.leaks:  # fail closed: the patient's known values survived in some form
            await self._record(context, action="deid.note", resource=f"note:{digest}",
                               outcome="failure", reason=f"{NOTE_LEAK}:{','.join(note.leaks)}")
            await context.abort(grpc.StatusCode.FAILED_PRECONDITION,
                                f"{NOTE_LEAK}: the note still carries the patient's "
                                f"{', '.join(note.leaks)}; nothing was returned")
        await self._record(context, action="deid.note", resource=f"note:{digest}")
        return deid_pb2.DeidentifyNoteResponse(text=note.text, lang=note.lang, counts=note.counts)
