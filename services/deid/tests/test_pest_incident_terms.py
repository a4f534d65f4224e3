"""Pests in environmental incident and pest-sighting reports: a Latin binomial (``Species: Cimex
lectularius``, ``CIMEX LECTULARIUS``, ``Crab lice (Pthirus pubis)``), a common name whose qualifier
is a surname or a place (``Brown recluse``, ``German cockroach``, ``Bird mites``) and a pest report's
words (``Exuviae``, ``Headboard``, ``Bedbug sighting``, ``Hemorrhagic puncta``) stay, while the
patient, staff and a firm after ``Employer:`` (``Shaffer-Moore``, no Shaffer grade) still go, and a
patient's very common given name after a call-back's label (``Call-back: John at home``) and an
initial with a heading surname in a staff slot (``IP notified: J. Ward``) go.

Every line of ``pest_incident_terms_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"t" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "pest_incident_terms_cases.txt", "en", minimum=20
)
