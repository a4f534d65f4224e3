"""A person's name found written in lower case ("Patient: maria lopez") said again, in lower case,
in a note that is otherwise in ordinary case ("Post-fluids: maria tolerating sips").

The lower-case note's echoes (:func:`english_callback_logs.lower_note_echoes`) wait for a note
written all in lower case; here one lower-case full name (two or three words) is enough, and only
its own words that are names and never everyday words ("hope", "mark") or clinical terms are
looked for again, and only in lower case.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_words import CREDENTIAL_WORDS, NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["lower_patient_echoes"]

_FULL_LOWER = re.compile(r"[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+){1,2}")


def lower_patient_echoes(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """Lower-case echoes of the words of a name found in lower case (module docstring).

    Args:
        text: the note.
        spans: the spans found so far.
        vocab: the word knowledge.
    """
    keys: set[str] = set()
    for s in spans:
        if s.category != "name" or not _FULL_LOWER.fullmatch(text, s.start, s.end):
            continue
        for w in text[s.start : s.end].split():
            if (
                len(w) >= 3
                and vocab.is_name(w)
                and not vocab.is_name_word(w)
                and w not in NEVER
                and w not in CREDENTIAL_WORDS
                and w not in vocab.clinical
                and w not in vocab.drugs
                and not is_clinical_word(w)
            ):
                keys.add(w)
    if not keys:
        return []
    body = re.compile(
        r"(?<![A-Za-z0-9'’@./-])(?:" + "|".join(sorted(map(re.escape, keys))) + r")(?![A-Za-z0-9'’@-])"
    )
    return [PhiSpan(m.start(), m.end(), "name") for m in body.finditer(text)]
