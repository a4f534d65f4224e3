from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"t" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "contact_kin_names_cases.txt", "en", minimum=20
)
