"""An ambulatory monitor's hookup sheet: a cardiology site's heading (OCR'd or not) and the
sheet's bare month/days (hookup, return, upload, read, a diary row beside its clock time), with
the fractions, scores and kind-of-care headings that look like them left alone.

Every line of ``monitor_sheets_en_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"m" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "monitor_sheets_en_cases.txt", "en", minimum=10
)


def test_fractions_scores_and_kinds_of_care_stay():
    """A dose, a score or a count after a step's word is no date; a heading of a kind of care
    names no site."""
    from medenclave_deid.core.text.english_monitor_sheets import find_monitor_sheet_phi

    text = (
        "CARDIOLOGY CLINIC - HOLTER HOOKUP\n"
        "Pacemaker Clinic\n"
        "Applied 1/2 tab at bedtime. Received 2/3 doses.\n"
        "Pain 3/10 at 14:00 after walk; motor strength 4/5 at 10:30\n"
        "returned 2/3 bottles positive\n"
        "read 3/4 of the report\n"
        "ratio 1/2 | 10 | stable; Day 3 of 7; sats 9/10 | 94% |\n"
    )
    assert find_monitor_sheet_phi(text, lambda w: True) == []


def test_an_everyday_word_names_a_site_only_in_the_heading():
    """``Valley Heart Institute`` heads the sheet; the same words deep in the body need a label."""
    from medenclave_deid.core.text.english_monitor_sheets import find_monitor_sheet_phi

    body = "a\nb\nc\nValley Heart Institute\n"
    assert find_monitor_sheet_phi(body, lambda w: True) == []
    found = find_monitor_sheet_phi("Valley Heart Institute\nHOLTER\n", lambda w: True)
    assert [(s.start, s.end, s.category) for s in found] == [(0, 22, "hospital")]


def test_a_steps_fraction_outside_a_monitor_sheet_is_no_date():
    """A note that names no monitor keeps "Applied 1/2 patch" and "Read 3/4 of the book" as written."""
    from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier

    out = make_note_deidentifier(b"m" * 32).deidentify(
        "Skin care: Applied 1/2 patch to the left shoulder. Read 3/4 of the leaflet.", lang="en"
    ).text
    assert "Applied 1/2 patch" in out and "Read 3/4 of" in out, out
