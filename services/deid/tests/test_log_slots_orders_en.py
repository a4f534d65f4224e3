"""An assistant's log-in in a two-column pipe row, a month/day before its interval or in brackets
after a past procedure, a conference reporter's everyday-word surname, a chromosome's band kept, a
colleague between a role and ``ok'd`` (the verb never a name), a message's paragraph opening on
its addressee, and hospitals named after a religious order in any case.

Every line of ``log_slots_orders_en_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"o" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "log_slots_orders_en_cases.txt", "en", minimum=20
)


def test_a_numbers_label_and_a_verb_before_a_phone_are_no_one():
    """A prescription's, a certificate's or a licence's label before ``#`` and a verb before a
    callback number were taken for names (this round's searches): they stay, the numbers go."""
    from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier

    engine = make_note_deidentifier(SECRET)
    text = (
        "Recheck INR 08/27/2021.\nNew Rx #4198412 sent to the pharmacy.\n"
        "Determination: qualified; MEC #27790420 expires 03/16/2022.\n"
        "Examiner: Ada Quell, PA-C   National Registry # 1251852812\n"
        "CDL # Z49421 (MS)\nMother, Ada Quell, reachable at (614) 798-0029, reports a fall."
    )
    out = engine.deidentify(text, lang="en").text
    for kept in ("New Rx #", "MEC #", "National Registry #", "CDL #", "reachable at"):
        assert kept in out, (kept, out)
    for gone in ("4198412", "Quell", "798-0029"):
        assert gone not in out, (gone, out)
