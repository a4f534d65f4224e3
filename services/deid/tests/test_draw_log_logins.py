"""A draw log's staff by their log-in: a given name paired with its log-in (``Basil /
bquennell``, ``HOPE [HWOLVERTON]``, ``| Juniper | jmerrivale |``, ``jmerrivale (Juniper)``), a
log-in under a log's label (``user=``, ``USER:``, ``Logged in:``, ``printed … by``, ``Station 3
(…)``, ``Signed off:``, ``-- …``), and their echoes, in capitals too (``FENNA NOTIFIED``).

Every line of ``draw_log_logins_en_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"d" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "draw_log_logins_en_cases.txt", "en", minimum=7
)


def test_look_alike_pairs_and_labels_name_no_one():
    """Over-redaction guard: a drug or a test beside its abbreviation of the same initial, a
    system account or an everyday word under a log label, a status cell after a test's cell."""
    from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier

    engine = make_note_deidentifier(SECRET)
    text = (
        "Warfarin (wfrn) held; Heparin / heplock flushed; Morphine (mso4) given.\n"
        "host=10.0.0.1 user=admin; printed by pharmacy at 10:00\n"
        "Station 4 (phlebotomy)  Signed off: verified\n"
        "| Test | Status |\n|---|---|\n| PSA | PENDING |\n| Platelets | plenty |\n"
        "-- end of report\n"
    )
    out = engine.deidentify(text, lang="en").text
    for kept in (
        "Warfarin (wfrn)",
        "Heparin / heplock",
        "Morphine (mso4)",
        "user=admin",
        "printed by pharmacy",
        "Station 4 (phlebotomy)",
        "Signed off: verified",
        "| PSA | PENDING |",
        "| Platelets | plenty |",
        "-- end of report",
    ):
        assert kept in out, (kept, out)
