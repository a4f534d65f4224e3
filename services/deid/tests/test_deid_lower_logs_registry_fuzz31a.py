"""Lower-case bedside logs (a shunt valve check after MRI): staff by login or first name beside a
nursing credential, the patient after a lower-case name label, a children's clinic or a bare
``health`` as a facility heading; and a registry export's imaging accession column (``X-ray
Accession``, ``xray_acc``, ``XR Acc``) under an ``OR Date`` header, while a credential with no one
(``np aware``), a clinic's kind alone and a lab table stay.

Every line of ``lower_logs_registry_fuzz31a_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"q" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "lower_logs_registry_fuzz31a_cases.txt", "en", minimum=15
)
