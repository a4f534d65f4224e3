"""Staff named by a person's key in an imaging or a device export's ``key=value`` lines: a
photographer's or an operator's log-in (``photographer=tkeswick``, ``captured_by: r.ottaviano``)
and a reader's inverted name (``reviewer=Sallow,Corwin``), while the keys' no-one values (none,
pending, system, auto, phone) and the clinical words beside them stay.

Every line of ``export_staff_keys_en_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"k" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "export_staff_keys_en_cases.txt", "en", minimum=20
)
