"""gRPC: DeidentifyNote of DeidService — clinical notes in English and Chinese.

Mixed into :class:`medenclave_deid.adapters.inbound.grpc_api.DeidServicer`. The surrogate key is derived
from the service's UID key, so the same value gets the same surrogate across calls. When the
request names a patient, the patient id is a deny-list for every caller. Only a caller trusted
with patient-linked dates (:func:`may_link_patient_dates`: a service account, or a role holding
``deid.patient_dates`` — the privacy officer — and never under a break-glass grant) gets the
patient's own date offset from the wired :class:`PatientNoteFacts` (``_note_facts``), so notes
and images agree. Everyone else (radiologist, AI engineer) gets the key's default offset, which
is the same for every note and patient: comparing a note's dates with the answer reveals no
patient's offset, and the answer is the same whether or not the patient is known (the index is
not even consulted, so no pseudonym is created on a caller's guess). The call is audited
(``deid.note``, the note's digest as resource) before the de-identified note is released;
nothing from the note is logged.
"""

from __future__ import annotations

import asyncio
import hashlib
from typing import Protocol

import grpc

from medenclave.rpc import current_principal
from medenclave.security.policy import SERVICE_ROLES, Policy
from medenclave.security.tokens import Principal
from medenclave.v1 import deid_pb2
from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier
from medenclave_deid.core.pseudonyms import PatientPseudonyms, PseudonymIndexUnavailable
from medenclave_deid.core.text import LANGUAGES, NoteDeidentifier, NoteError, PatientDemographics
from medenclave_deid.core.text.deidentifier import note_key
from medenclave_deid.core.text.leak_check import NOTE_LEAK

__all__ = [
    "PATIENT_DATES",
    "NoteRpcs",
    "PatientNoteFacts",
    "PatientUnknown",
    "PseudonymNoteFacts",
    "may_link_patient_dates",
]

_MAX_NOTE_CHARS = 1_000_000
#: the permission that lets DeidentifyNote shift a note by its patient's own date offset
PATIENT_DATES = "deid.patient_dates"


def may_link_patient_dates(principal: Principal | None, policy: Policy | None) -> bool:
    """Whether ``principal`` may get a note shifted by its patient's own (secret) date offset.

    True for a service account and for a role holding :data:`PATIENT_DATES` (the privacy
    officer by default); never for a break-glass grant, nor without a caller or a policy.
    """
    if principal is None or principal.break_glass or policy is None:
        return False
    return principal.role in SERVICE_ROLES or policy.allows(principal.role, PATIENT_DATES)


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


def _caller() -> Principal | None:
    """The verified caller; None outside a guarded RPC (then nothing patient-linked is given)."""
    try:
        return current_principal()
    except LookupError:
        return None


class NoteRpcs:
    """DeidentifyNote."""

    _uid_secret: bytes
    #: Set by the wiring when the pseudonym index can answer; None: the default offset for all.
    _note_facts: PatientNoteFacts | None = None
    #: The policy that says who holds :data:`PATIENT_DATES`; None: nobody gets patient dates.
    _note_policy: Policy | None = None
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
        if request.patient_id:
            # the caller's own value: a deny-list whoever asks, whether or not the index knows it
            demographics = PatientDemographics(identifiers=(request.patient_id,))
        linked = bool(request.patient_id) and self._note_facts is not None and \
            may_link_patient_dates(_caller(), self._note_policy)
        if linked and self._note_facts is not None:
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
        await self._record(context, action="deid.note", resource=f"note:{digest}",
                           reason="patient_dates" if linked else "")
        return deid_pb2.DeidentifyNoteResponse(text=note.text, lang=note.lang, counts=note.counts)
