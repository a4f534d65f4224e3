"""The other half of a person whose one word was found (a given name before a found surname,
after a surname in capitals and a comma), a person alone under a role's heading in capitals or in
capitals after a label, lower-case names after "per", "seen with", "reviewed with", a dose table's
"Verified" column; a dose's unit ("40 IU/kg", "2 vials") and a count's range ("4-6 vials") stay.

Every line of ``english_name_neighbours_fuzz22b_cases.txt`` was written for this test (none comes
from an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay; a literal
``\\n`` in a line is a line break.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"q" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_name_neighbours_fuzz22b_cases.txt", "en", minimum=15
)
