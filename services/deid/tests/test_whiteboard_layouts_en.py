"""A room whiteboard's photo read by OCR: the uploader's log-in in the header above the board
(``user=``, ``[uploader …]``, ``OCR | handle | date``), a staff name on the line below its label or
after ``=``, ``_`` or ``|``, before an extension, a shift or a smiley, a month's name as a first
name in a staff slot, more staff labels (``NURSE(S)``, ``PCT/CNA``, ``NIGHT RN``, ``Nursing
assistant``), and discharge labels (``anticipated d/c``, ``Home on``, ``point of contact``).

Every line of ``whiteboard_layouts_en_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"w" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "whiteboard_layouts_en_cases.txt", "en", minimum=15
)


def test_a_notes_sentences_above_a_late_board_label_are_no_header():
    """A note's own sentences above a board-like label far down are no photo header: a clinical
    word there (``infarct``, ``urosepsis``) is no uploader's log-in (a merge's regression)."""
    from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier

    engine = make_note_deidentifier(SECRET)
    text = (
        "TRANSFER NOTE\n03/02/2025\n\nSeen by the stroke team. MRI: acute infarct in the left MCA territory; "
        "septic shock from urosepsis treated on 2/28 with cefepime.\n"
        "Nurse: Wren\nToday is 3/2\nDischarge goal: 3/6\n"
    )
    out = engine.deidentify(text, lang="en").text
    assert "acute infarct" in out and "urosepsis" in out, out
    assert "Wren" not in out, out


def test_a_discharge_summarys_staff_and_date_lines_make_no_board():
    """``Attending:``, ``Discharge Date:`` and ``Contact:`` lines make no whiteboard: the labels on
    the lines below a name (``Discharging Resident``, ``Primary Care``, ``Admitting Diagnosis``) stay."""
    from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier

    engine = make_note_deidentifier(SECRET)
    text = (
        "DISCHARGE SUMMARY\nDischarge Date: 18 Jul 2018\nAttending Physician: Ansel Q. Thornbury, MD\n"
        "Discharging Resident: Odile Varga, MD\nPrimary Care: Dr. Paige Lindqvist\n"
        "Contact: +1-605-555-0142\nAdmitting Diagnosis: pulmonary nodule\n"
    )
    out = engine.deidentify(text, lang="en").text
    for kept in ("Discharging Resident:", "Primary Care:", "Admitting Diagnosis:"):
        assert kept in out, (kept, out)
    assert "Thornbury" not in out and "Varga" not in out, out
