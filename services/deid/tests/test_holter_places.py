"""A Holter sheet's hospital in running text (``call X General Heart Station``, ``Hospital: X
Memorial``, OCR'd ``INFIRMARY``) and its month/days as a diary's day headings, dashed after a
monitor's step, or with a scan's letter ``O`` (``1O/22``).

Every line of ``holter_places_en_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"h" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "holter_places_en_cases.txt", "en", minimum=10
)


def test_look_alikes_stay():
    """General cardiology, a pain score, a blood pressure, a gas, a dose range and a day count
    hold no hospital and no date."""
    from medenclave_deid.core.text.english_monitor_places import find_monitor_places

    for text in (
        "Please see general cardiology. Return to the cardiology lab by 3 pm.",
        "pain 3/10, BP 120/80, O2/CO2 normal, take 2-3 times daily",
        "Day 2 of antibiotics\nreturned 2-3 tabs\nfollow up with community health cardiology",
        "Hospital: see above\nthe general ECG was normal",
        "facility: maple behavioral health\nunit 2 MENTAL HEALTH cardiology consult",
        "started 2-3 days ago, due 1-2 tabs, read 3-4 times, returned 5-6 L",
    ):
        assert find_monitor_places(text, lambda w: True) == [], text
