"""British and Irish community and primary-care shapes: practices on a street ("Tanners Lane
Surgery") and in a GP's address line, appliance contractors ("OstoMart Direct"), British street
words (Wynd, Brow), lower-case staff at a sign-off ("lowenna, Stoma CNS  bleep"), a sentence's
closing initials ("by JW."), a PPSN; and what stays: "Doctor's address:", "GMC no.", a benefit's
name, "St Mark's electrolyte mix", "diuresis", a unit before a lab's name. A day-first note shifts
its ambiguous dates day-first too.

Every line of ``english_uk_community_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"u" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_uk_community_cases.txt", "en", minimum=20
)


def _dates(text: str) -> list[tuple[int, int, int]]:
    return [tuple(int(x) for x in m) for m in re.findall(r"\b(\d{2})/(\d{2})/(\d{4})\b", text)]


def test_day_first_note_shifts_its_ambiguous_dates_day_first(notes) -> None:
    text = "Seen at home on 23/02/2024.\nSurgery: ileal conduit on 04/10/2023.\nNext visit 11/03/2024.\n"
    out = notes.deidentify(text, lang="en").text
    (a, b, c) = [date(y, m, d) for d, m, y in _dates(out)]
    assert (a - b).days == (date(2024, 2, 23) - date(2023, 10, 4)).days
    assert (c - a).days == (date(2024, 3, 11) - date(2024, 2, 23)).days


def test_month_first_note_keeps_month_first(notes) -> None:
    text = "Seen on 02/23/2024; surgery 04/10/2023.\n"
    out = notes.deidentify(text, lang="en").text
    (a, b) = [date(y, m, d) for m, d, y in _dates(out)]
    assert (a - b).days == (date(2024, 2, 23) - date(2023, 4, 10)).days
