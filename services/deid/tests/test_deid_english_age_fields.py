"""Ages over 89 in the forms beyond ``english_ages.py`` (``core/text/english_age_fields.py``):
labels with more words than "age" (``Age at symptom onset: 92``, ``pt_age=93``), the sex-fused
shorthand of transport records (``94 YOF``), an age in brackets after a kin word (``Mother (94)``),
an age beside a spelled-out sex, an interview's answer to "How old are you?", "being 95"; and
ages written with a no-break or thin space, which the pipeline reads as a plain space.

Every line of ``english_age_fields_cases.txt`` was invented for this test from general knowledge of
US forms, transport records and interviews (none comes from an evaluation set); ``«value»`` marks an
identifier that must go, ``‹value›`` a clinical term that must stay; the last lines hold counts,
measures and group ages of the same size that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_deid.core.text.english_age_fields import find_age_fields
from medenclave_testing.marked_notes import marked_cases

SECRET = b"q" * 32


@marked_cases(Path(__file__).parent / "english_age_fields_cases.txt", "agefield", digits=2)
def test_ages_go_and_measures_stay(en_notes, line: str) -> None:
    en_notes.marked(line)


@pytest.mark.parametrize(
    "text", ["Age\u00a0at enrolment: 93", "Pt: 94\u00a0yo F", "a 96\u202fyear\u2011old", "Age:\u2009101"]
)
def test_ages_with_fixed_width_spaces_go(en_notes, text: str) -> None:
    en_notes.gone(text, "93", "94", "96", "101")


@pytest.mark.parametrize(
    "text",
    [
        "Age (days): 93",
        "Corrected age (weeks): 95",
        "Age range: 90+",
        "Average age of cohort: 92",
        "Age-predicted max HR: 93%",
        "Female, 93%",
        "Mother (93 kg)",
        "How old is the catheter? 93 days",
        "Being 93 minutes late",
        "Dosage: 93 mg",
        "Stage 93",
    ],
)
def test_measures_and_groups_are_no_ages(text: str) -> None:
    assert find_age_fields(text) == []
