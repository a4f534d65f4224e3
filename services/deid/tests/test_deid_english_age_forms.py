"""Ages over 89 in the value shapes, label shapes and layouts that a systematic crossing of
labels, values and layouts found the age recognisers leaving (``core/text/english_age_forms.py``:
zero-padded imaging ages, decimals, brackets, "Age at exam 93", the label alone on its line, an
"Age/Sex" column, JSON and XML), and staff named by a dual sign-off's initials, a value before a
clock time and a role column (``english_initial_pairs.py``, ``english_role_values.py``,
``english_table_columns.py``).

Every line of the two case files was invented for this test (none comes from an evaluation set);
``«value»`` marks an identifier that must go, ``‹value›`` a clinical term that must stay; the last
lines of the age file hold measures and group ages that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_deid.core.text.english_age_forms import find_age_forms
from medenclave_deid.core.text.english_initial_pairs import find_initial_pairs
from medenclave_testing.marked_notes import marked_cases

SECRET = b"q" * 32
_HERE = Path(__file__).parent


@marked_cases(_HERE / "english_age_forms_cases.txt", "ageform", digits=2)
def test_age_forms_go(en_notes, line: str) -> None:
    en_notes.marked(line)


@marked_cases(_HERE / "english_staff_pairs_cases.txt", "staffpair", digits=2)
def test_staff_pairs_go(en_notes, line: str) -> None:
    en_notes.marked(line)


@pytest.mark.parametrize(
    "text",
    ["Page: 93", "Dosage: 95 mg", "Age range: 90-99", "Average age: 94", "Age (days): 96", "Bone age: 92"],
)
def test_measures_are_no_age_forms(text: str) -> None:
    assert find_age_forms(text) == []


@pytest.mark.parametrize("text", ["Route: IV/PO", "Nurse: RN/LPN", "Checked by: Y/N", "Crew: OK/NA"])
def test_routes_and_credentials_are_no_initials(text: str) -> None:
    assert find_initial_pairs(text) == []
