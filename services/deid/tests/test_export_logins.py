"""Staff log-ins in a survey's or an audit's export: a surveyor, login or RN column, a handle
before "@ <IP>" or after "by"/"user" on an IP line, a banner's last word after its date, a
dotted or numbered handle after a person's key, "rows exported by jdoe2.".

Every line of ``export_logins_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"x" * 32

test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "export_logins_cases.txt", "en", minimum=12
)
