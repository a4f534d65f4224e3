"""Words that identify no one though a finder took them for a name: a table's header row
(``Slot,Attendee,Ref``, ``Item | REF | Lot``), a two-column term table's cells (``Lung | Clear``),
an ID label after a name (``V. Lopez NPI#``), a service after a role's word (``surgeon ENT
aware``), an upper-case heading's paper (``MEASLES LINE LIST``); the names in the same shapes
still go (``1,Morris,44``, ``Dr. LINE``, ``Patient: Clear, Amos``, ``surgeon STONE;``).

Every line of ``no_ones_words_prec38_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"p" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "no_ones_words_prec38_cases.txt", "en", minimum=20
)


def test_header_words_survive_whole(en_notes) -> None:
    out = en_notes.check("Slot,Attendee,Ref\n1,Morris,44\n", gone=["Morris"], kept=["Slot,Attendee,Ref\n1,"])
    assert out.endswith(",44\n")
    en_notes.check("Dr V. Lopez NPI# 1234567893", gone=["Lopez", "1234567893"], kept=["NPI#"])
