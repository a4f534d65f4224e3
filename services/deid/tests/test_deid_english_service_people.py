"""People named by the service they work in ("Joy from social work visited"), and lab reference
ranges after a unit, which are measurements and no identifier ("Glucose 212 mg/dL 70-99 H").

The lines below are invented.
"""

from __future__ import annotations

import pytest

SECRET = b"w" * 32

_PEOPLE = [
    "«Joy» from social work visited.",
    "«kendra» from case mgmt called.",
    "Pt tired; spoke with «Bashir» from pharmacy about ‹metformin›.",
    "«Bashir» from pharmacy called back.",
    "Call back «Shonda» in scheduling.",
    "Left VM for «Deshawn» w/ transport.",
    "Met with «Bashir» and his wife.",
    "«Hope» from SW called; ‹home oxygen› arranged.",
    "«Grace» from hospice called.",
]
_KEPT = [
    "Pain from surgery improving.",
    "Cultures from the lab pending.",
    "Discharge from PT pending.",
    "Notes from SW reviewed.",
    "Labs in the chart.",
    "Callback from pharmacy re dosing.",
    "Update from the floor: stable.",
    "Rep from the insurance called.",
    "Walker from DME delivered.",
    "Consult from PT appreciated.",
]
_RANGES = [
    "Glucose    212   mg/dL    ‹70-99›   H",
    "Glucose 212 mg/dL ‹70-99› H",
    "Creatinine 1.4 mg/dl ‹0.6-1.2› H",
    "MRN «24-11873», Case # «24-SA-00193», SSN «123-45-6789».",
    "DL# «D1234567».",
]


@pytest.mark.parametrize("line", _PEOPLE, ids=[f"person{i:02d}" for i in range(len(_PEOPLE))])
def test_a_person_before_the_service_they_work_in(en_notes, line: str) -> None:
    en_notes.marked(line)


@pytest.mark.parametrize("line", _KEPT, ids=[f"kept{i:02d}" for i in range(len(_KEPT))])
def test_clinical_words_before_a_service_stay(en_notes, line: str) -> None:
    en_notes.marked(line)


@pytest.mark.parametrize("line", _RANGES, ids=[f"range{i:02d}" for i in range(len(_RANGES))])
def test_a_reference_range_after_a_unit_is_no_identifier(en_notes, line: str) -> None:
    en_notes.marked(line)
