"""PatientErasure: the right to erasure on the deid side.

Finds a patient's studies through the pseudonym index (issuer + patient id → keyed index key
→ pseudonym → the studies de-identified under it) and erases the patient's index row and
escrow entry. The patient id is used to compute the index key and is then dropped: what the
audit trail and the caller's other services see is :meth:`PatientPseudonyms.erasure_ref`.
"""

from __future__ import annotations

from dataclasses import dataclass

from medenclave_deid.core.accessions import AccessionLookup
from medenclave_deid.core.ports import EscrowStore, StudyStore
from medenclave_deid.core.pseudonyms import PatientPseudonyms

__all__ = ["ErasurePlan", "ErasureRefused", "PatientErasure"]

_MAX_ID = 64   # DICOM LO: Patient ID and Issuer of Patient ID are at most 64 characters


class ErasureRefused(ValueError):
    """The request is malformed (no patient id, or an id no DICOM value could hold)."""


@dataclass(frozen=True)
class ErasurePlan:
    """What an erasure of one patient touches (refs and pseudonymous ids only)."""

    erasure_ref: str
    index_key: str
    pseudonym: str                    #: "" when the index knows no such patient
    study_refs: tuple[str, ...]       #: ingest's refs of the patient's studies
    pseudo_study_ids: tuple[str, ...]  #: their pseudonymous ids (what training datasets hold)


class PatientErasure:
    """Plans and performs the deid part of a patient's erasure (blocking; run in a thread)."""

    def __init__(self, *, pseudonyms: PatientPseudonyms, studies: StudyStore,
                 escrow: EscrowStore | None, accessions: AccessionLookup | None = None) -> None:
        self._accessions = accessions
        self._pseudonyms = pseudonyms
        self._studies = studies
        self._escrow = escrow

    def plan(self, *, issuer: str, patient_id: str) -> ErasurePlan:
        """The patient's erasure reference, pseudonym and studies; changes nothing.

        Raises:
            ErasureRefused: no patient id, or one longer than DICOM allows.
            PseudonymIndexUnavailable, StudyStoreUnavailable.
        """
        if not patient_id.strip() or len(patient_id) > _MAX_ID or len(issuer) > _MAX_ID:
            raise ErasureRefused("patient_id must hold 1 to 64 characters, issuer at most 64")
        key = self._pseudonyms.index_key(issuer=issuer, patient_id=patient_id)
        pseudonym = self._pseudonyms.known(key=key) or ""
        rows = self._studies.by_pseudo_patient(pseudo_patient_id=pseudonym) if pseudonym else []
        return ErasurePlan(
            erasure_ref=self._pseudonyms.erasure_ref(key=key), index_key=key,
            pseudonym=pseudonym,
            study_refs=tuple(dict.fromkeys(r.study_ref for r in rows)),
            pseudo_study_ids=tuple(dict.fromkeys(r.pseudo_study_id for r in rows
                                                 if r.pseudo_study_id)))

    def erase(self, plan: ErasurePlan) -> tuple[int, int]:
        """Delete the patient's pseudonym index row and escrow entry (idempotent).

        Returns:
            ``(index rows deleted, escrow entries deleted)``.

        Raises:
            PseudonymIndexUnavailable, EscrowUnavailable, StudyStoreUnavailable.
        """
        escrowed = 0
        if plan.pseudonym and self._escrow is not None:
            escrowed = int(self._escrow.delete(pseudonym=plan.pseudonym))
        if self._accessions is not None:  # the label-table lookup of the patient's studies
            self._accessions.forget_studies(plan.pseudo_study_ids)
        rows = int(self._pseudonyms.forget(key=plan.index_key))
        return rows, escrowed
