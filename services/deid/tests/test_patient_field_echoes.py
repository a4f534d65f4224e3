"""The patient's name in a labelled field written in lower case or with a name that is also a word
(``pt: joy delacroix``, ``name: OKAFOR, faith``, ``Pt name - Summer Thistlewood``, ``Patient: t.w.``),
and that name said again in the note (``joy's husband``, ``faith tolerating``, ``with summer``), while
the same word used as a word stays (``We hope to wean``, ``Visual field full``).

Every line of ``patient_field_echoes_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"x" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "patient_field_echoes_cases.txt", "en", minimum=20
)
