"""Newborn swim/massage logs (the baby's given name again in the rows) and a skin clinic's cryotherapy
register (card numbers in digit groups, a great age beside the sex, lesion words that read as names)."""

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"t" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "newborn_card_registers_zh_cases.txt", "zh", minimum=20
)
