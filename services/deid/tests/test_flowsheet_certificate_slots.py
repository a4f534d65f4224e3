"""People, dates and places in the slots of flowsheets and certificates: a two-person check's
initials (``checked MC/NT 1636``), a licence's state (``Lic. Oregon A48213``), a drain's
placement day (``placement=8/2``), a relative as ``wife=Name``, a lower-case patient in a pipe
table and that patient's lower-case given name again as a subject (``ada denies``). Acronyms,
credentials, doses and "no one" values stay.

Every line of ``flowsheet_certificate_slots_cases.txt`` was written for this test (none comes
from an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"f" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "flowsheet_certificate_slots_cases.txt", "en", minimum=20
)
