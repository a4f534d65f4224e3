"""The staff of draw-station, specimen-collection, outreach-draw and courier pick-up logs: the
roster line's first names and bracketed log-ins, the drawer / collected-by / phleb / tech column's
names, initials and log-ins, their echoes in the notes (``redraw by Joy``, ``hemolyzed - Joy
notified``, ``-- jwell2``), a name read across a tab split into its cells, a log-in given in
brackets after its owner kept a person where it is an everyday word's shape, and a draw log's
dates (``06/25/1967``) taken for no ventilator setting.

Every line of ``draw_log_staff_en_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"d" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "draw_log_staff_en_cases.txt", "en", minimum=12
)


def test_look_alike_lines_name_no_one():
    """Over-redaction guard: a team's or staff's label before clinical words, a drawer column of
    roles and blanks, lab flags (H) / (L), and an everyday word that is only lower case."""
    from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier

    engine = make_note_deidentifier(SECRET)
    text = (
        "Team: vascular access, IV therapy\n"
        "Staff: see schedule\n"
        "Team: Cardiology, Nephrology\n"
        "Staff - aware and agreeable\n"
        "Time\tTest\tResult\tNote\tDrawer\n"
        "08:10\tBMP\tK 5.9 (H)\themolyzed, redraw requested\tRN\n"
        "08:30\tCBC\tHgb 6.8 (L)\tQNS - recollect\tn/a\n"
        "There is hope the iris lesion is benign; dawn cortisol drawn.\n"
    )
    out = engine.deidentify(text, lang="en").text
    for kept in (
        "vascular access",
        "IV therapy",
        "see schedule",
        "Cardiology, Nephrology",
        "aware and agreeable",
        "BMP",
        "(H)",
        "(L)",
        "\tRN\n",
        "hemolyzed, redraw requested",
        "QNS - recollect",
        "hope the iris lesion",
        "dawn cortisol",
    ):
        assert kept in out, (kept, out)


def test_a_lower_case_everyday_word_is_kept_without_a_bracketed_login():
    """``coneal``-like words after ``by`` stay a person only when the note gives them in brackets
    after a name; a lower-case everyday word alone is no one."""
    from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier

    engine = make_note_deidentifier(SECRET)
    out = engine.deidentify("Specimen drawn by venipuncture, labeled at bedside.", lang="en").text
    assert "drawn by venipuncture, labeled at bedside" in out, out


def test_a_rosters_everyday_words_in_a_names_shape_are_no_one():
    """``Team: Cardiology, Nephrology and Palliative Care`` names services, so "Care plan" stays."""
    from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier

    text = "Care plan.\nTeam: Cardiology, Nephrology and Palliative Care\nPlan of care reviewed."
    out = make_note_deidentifier(b"d" * 32).deidentify(text, lang="en").text
    assert out.startswith("Care plan.") and "Plan of care" in out, out
