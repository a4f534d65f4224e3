"""De-identification of clinical notes in English and Chinese (rules, dictionaries, deny-list)."""

from medenclave_deid.core.text.deidentifier import (
    LANGUAGES,
    DeidentifiedNote,
    NoteDeidentifier,
    NoteError,
    PatientDemographics,
    detect_language,
)
from medenclave_deid.core.text.spans import CATEGORIES, PhiSpan

__all__ = ["CATEGORIES", "LANGUAGES", "DeidentifiedNote", "NoteDeidentifier", "NoteError",
           "PatientDemographics", "PhiSpan", "detect_language"]
