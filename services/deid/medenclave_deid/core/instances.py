"""What de-identifying one instance gives: the instance ready to store, or why it was refused."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DeidentifiedInstance", "InvalidInstance"]


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
    #: keywords of descriptors removed whole because they could not be cleaned with confidence
    removed_descriptors: tuple[str, ...] = ()

    @property
    def object_key(self) -> str:
        return f"{self.pseudo_study_id}/{self.pseudo_sop_instance_uid}.dcm"
