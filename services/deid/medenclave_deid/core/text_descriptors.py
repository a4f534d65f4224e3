"""Clean Descriptors (and Clean Structured Content) through the free-text de-identifier.

Descriptions, comments, histories, reasons and SR text values are free text: a relative's name
or a mobile number in Additional Patient History is as identifying as the patient's own name.
:class:`TextDescriptorCleaner` first removes the record's own identifying words (the deny-list,
as :class:`~medenclave_deid.core.descriptors.DenyListCleaner` does), then runs the note
de-identifier over what is left — the same engine as ``deid text`` and DeidentifyNote, with the
record's date offset — and finally the note leak guard: a value in which one of the record's
identifiers survives in any form is removed whole (fail closed). A value made only of imaging
vocabulary that names none of the record's values (:mod:`~medenclave_deid.core.plain_descriptions`)
is kept as it is without loading the engine, which would keep it unchanged too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from medenclave_deid.core.descriptors import DenyListCleaner
from medenclave_deid.core.plain_descriptions import is_plain_description

if TYPE_CHECKING:  # the note engine is imported with the first value that has words in it
    from medenclave_deid.core.text import NoteDeidentifier

__all__ = ["TextDescriptorCleaner"]

_LETTERS = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")


class TextDescriptorCleaner:
    """:class:`~medenclave_deid.core.ports.DescriptorCleaner` on the note de-identifier.

    Args:
        notes: makes the note de-identifier (its key gives the surrogates) when the first
            value with words in it comes (a batch of images with no free text never loads
            the word lists).
        cache_size: cleaned values remembered (a series repeats its descriptions on every
            slice).
    """

    def __init__(self, notes: Callable[[], NoteDeidentifier], *, cache_size: int = 4096) -> None:
        self._make_notes = notes
        self._notes: NoteDeidentifier | None = None
        self._deny_list = DenyListCleaner(cache_size=cache_size)
        self._cache_size = cache_size
        self._cleaned: dict[tuple[str, frozenset[str], int], str] = {}

    def clean(self, *, text: str, deny: frozenset[str], offset_days: int = 0) -> str:
        text = str(text)
        key = (text, deny, offset_days)
        found = self._cleaned.get(key)
        if found is None:
            found = self._clean(text, deny, offset_days)
            if len(self._cleaned) >= self._cache_size:
                self._cleaned.clear()
            self._cleaned[key] = found
        return found

    def _clean(self, text: str, deny: frozenset[str], offset_days: int) -> str:
        if not _LETTERS.search(text) and not _DIGIT.search(text):
            return text
        if is_plain_description(text, deny):  # "CT chest", "Axial 1mm": the engine keeps them
            return text
        from medenclave_deid.core.text import NoteError, PatientDemographics
        from medenclave_deid.core.text.leak_check import leaked_categories

        first = self._deny_list.clean(text=text, deny=deny)
        names = tuple(t for t in deny if not _DIGIT.search(t))
        identifiers = tuple(t for t in deny if _DIGIT.search(t))
        demographics = PatientDemographics(names=names, identifiers=identifiers)
        if self._notes is None:
            self._notes = self._make_notes()
        try:
            note = self._notes.deidentify(first, date_offset_days=offset_days,
                                          demographics=demographics)
        except NoteError:
            return ""
        if note.leaks or leaked_categories(note.text, demographics.deny_list()):
            return ""  # the record's own values survive in some form: the value does not leave
        return note.text
