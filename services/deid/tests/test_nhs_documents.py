"""British NHS documents: telephone and fax numbers in the UK numbering plan's groups
(``core/text/english_uk_phones.py``), practices named "... Surgery" and named community services
(``core/text/english_gp_practices.py``), stoma and skin-care brands before their product's noun
(``core/text/english_product_brands.py``) and labelled twelve-digit booking references
(``core/text/english_booking_refs.py``), names in one field per part
(``core/text/english_name_part_fields.py``) and lower-case people after a role abbreviation
(``core/text/english_lower_role_names.py``).

Every line of the ``*_cases.txt`` files read here was invented for this test from general
knowledge of such documents (none comes from an evaluation set); ``«value»`` marks an identifier,
``‹value›`` a term that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import read_cases

SECRET = b"u" * 32

_HERE = Path(__file__).parent
#: the case files, one a mechanism: UK phones, practices and services, product brands kept, booking
#: references, name-part fields, a stoma-care visit's products, dispensers and staff
_SUITES = ("uk_phones", "gp_practices", "product_brands", "booking_refs", "name_part_fields", "stoma_visit")
_CASES = [(suite, line) for suite in _SUITES for line in read_cases(_HERE / f"{suite}_cases.txt")]


@pytest.mark.parametrize(
    ("suite", "line"), _CASES, ids=[f"{suite}-{k:02d}" for k, (suite, _) in enumerate(_CASES)]
)
def test_marked_case(en_notes, suite: str, line: str) -> None:
    en_notes.marked(line)
