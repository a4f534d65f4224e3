"""Ages over 89 said without "years" and the year of birth beside them
(``core/text/english_spoken_ages.py``), employers after a job title and "at" or under an
``Employer:`` label after an EMPLOYER heading (``core/text/english_job_employers.py``), a short
month/day after a labelled day-0 anchor (``core/text/english_day_anchor_dates.py``), and values
after a dotted leader taken as after a colon (``core/text/english_dotted_leaders.py``).

Every line of the three case files was written for this test from general knowledge of US notes,
interviews, forms and insurance cards (none comes from an evaluation set); ``«value»`` marks an
identifier that must go, ``‹value›`` a clinical term that must stay; the last lines of each file
hold numbers and words of the same shapes that are no identifiers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_deid.core.text.english_dotted_leaders import colon_leaders
from medenclave_deid.core.text.english_spoken_ages import find_birth_years, find_spoken_ages
from medenclave_testing.marked_notes import read_cases

SECRET = b"m" * 32
_HERE = Path(__file__).parent
_CASES = [(kind, line) for kind in ("spoken_ages", "job_employers", "misc_shapes")
          for line in read_cases(_HERE / f"english_{kind}_cases.txt")]


@pytest.mark.parametrize("kind, line", _CASES, ids=[f"{k}{i:02d}" for i, (k, _) in enumerate(_CASES)])
def test_identifiers_go_and_terms_stay(en_notes, kind: str, line: str) -> None:
    en_notes.marked(line)


@pytest.mark.parametrize("text", [
    "Turning 90 degrees provoked vertigo.", "That makes me 100% sure.", "I'll be 95 minutes late.",
    "She is going on 100 mg daily.", "It's pushing 100 outside.", "Her glucose is nearly 100.",
    "That made me 92 points on the quiz.", "I'm 95 percent better.", "He'll be 90 days sober.",
])
def test_measures_are_no_spoken_ages(text: str) -> None:
    assert find_spoken_ages(text) == []


def test_a_birth_year_is_a_date_and_leaves_no_postcode(en_notes) -> None:
    text = 'Patient (verbatim): "I was born in 1926, that makes me ... 98?"'
    assert [text[s.start:s.end] for s in find_birth_years(text)] == ["1926"]
    out = en_notes.text(text)
    assert "1926" not in out and "[DATE]" in out and "98" not in out, out
    assert [s.category for s in find_birth_years("DOB: 1926-04-02; born in the 1990s")] == []


def test_leaders_become_a_colon_in_place() -> None:
    text = "Group ....... 7289-X\nPain improved... slowly\nCity.....Ames"
    out = colon_leaders(text)
    assert len(out) == len(text)
    assert out.splitlines()[0].startswith("Group:") and out.splitlines()[0].endswith("7289-X")
    assert out.splitlines()[1] == "Pain improved... slowly"
    assert out.splitlines()[2] == "City:    Ames"
