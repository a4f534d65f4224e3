"""A page's patient before the record number, a page's sign-off before a phone, a drugstore's
label in capitals, contrast media by brand, a relative named to a generic ``[relative]`` speaker,
a lower-case town before a place's head word (``pine city``), a UK-shaped plate by a vehicle, a
VIN of letters only, a score's eponym before a phone is a person, and a Latin name after a Chinese
letter's salutation (尊敬的).

Every line of ``pages_labels_en_cases.txt`` and ``pages_labels_zh_cases.txt`` was written for this
test (none comes from an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"p" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "pages_labels_en_cases.txt", "en", minimum=20
)
test_zh_identifier_goes_and_clinical_words_stay, test_zh_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "pages_labels_zh_cases.txt", "zh", minimum=5
)


def test_a_labels_word_before_a_number_stays_and_a_bank_code_is_no_one():
    """The word before an identifier stays its label unless a patient cue stands before it or no
    list knows it; ``SWIFT`` the bank code and everyday ``swift`` name no one."""
    from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier

    engine = make_note_deidentifier(SECRET)
    text = (
        "Acct V916506740 closed. Enc V772979333 billed.\n"
        "Refund by wire: SWIFT: NWBKGB2L, IBAN on file.\n"
        "A swift return to baseline after ‹diuresis›."
    )
    out = engine.deidentify(text.replace("‹", "").replace("›", ""), lang="en").text
    for kept in ("Acct ", "Enc ", "SWIFT: NWBKGB2L", "A swift return"):
        assert kept in out, (kept, out)
    for gone in ("916506740", "772979333"):
        assert gone not in out, (gone, out)
