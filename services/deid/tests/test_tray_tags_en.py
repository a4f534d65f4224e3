"""Tray tickets and blood-bank tags printed in capitals: a label printer's ``MED CTR`` and a line's
``HOSP``, facilities named for a devotion (``HOLY CROSS HEALTHCARE``, ``MERCY HEALTH``), the staff
after a tag's role labels (``ORDERING VANTREIGHT``, ``ORD PHYS - QUILLAN``, ``BY: W. HALVERSEN``),
an age printed bare after the date of birth, and the parts of the body a ticket's notes name
(``SORES IN MOUTH``, ``WEAKNESS R SIDE``, ``HAS UPPER DENTURES``) kept.

Every line of ``tray_tags_en_cases.txt`` was written for this test (none comes from an evaluation
set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"t" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "tray_tags_en_cases.txt", "en", minimum=20
)


def test_a_young_age_and_a_room_after_a_birth_date_stay():
    """A bare number after a date of birth is an age over 89 only when the birth year adds up."""
    from medenclave_deid.core.text.english_dob_bare_ages import find_dob_bare_ages

    assert find_dob_bare_ages("DOB 11/08/1985  91\n") == []
    assert find_dob_bare_ages("DOB: 02/14/1925  Rm 412\n") == []
    found = find_dob_bare_ages("DOB: 03/11/1927  96\n")
    assert [(s.start, s.end, s.category) for s in found] == [(17, 19, "age")]
