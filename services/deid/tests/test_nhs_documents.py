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

from medenclave_testing.marked_notes import marked_cases

SECRET = b"u" * 32

_HERE = Path(__file__).parent


@marked_cases(_HERE / "uk_phones_cases.txt", "case", digits=2)
def test_uk_phone_numbers(en_notes, line: str) -> None:
    en_notes.marked(line)


@marked_cases(_HERE / "gp_practices_cases.txt", "case", digits=2)
def test_gp_practices_and_services(en_notes, line: str) -> None:
    en_notes.marked(line)


@marked_cases(_HERE / "product_brands_cases.txt", "case", digits=2)
def test_product_brands_stay(en_notes, line: str) -> None:
    en_notes.marked(line)


@marked_cases(_HERE / "booking_refs_cases.txt", "case", digits=2)
def test_booking_references(en_notes, line: str) -> None:
    en_notes.marked(line)


@marked_cases(_HERE / "name_part_fields_cases.txt", "case", digits=2)
def test_name_part_fields(en_notes, line: str) -> None:
    en_notes.marked(line)


@marked_cases(_HERE / "stoma_visit_cases.txt", "case", digits=2)
def test_stoma_visit_products_dispensers_and_staff(en_notes, line: str) -> None:
    en_notes.marked(line)
