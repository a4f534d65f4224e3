"""A delimited table's bare billing, encounter, claim, invoice and requisition columns, telemetry
transmitter columns, and a plate right after a vehicle's noun.

Every line of ``english_manifest_vehicles_cases.txt`` was written for this test (none comes from an
evaluation set): send-out and pickup lists, claim and invoice exports, telemetry rosters and
transport notes, with numbers of many shapes (``7731-402158``, ``H448201937``, ``ENC-22019384``)
and plates in one group or two (``KTRB52``, ``HJL 442F``). ``«value»`` marks an identifier that
must go, ``‹value›`` a clinical term that must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import marked_cases

SECRET = b"m" * 32


@marked_cases(Path(__file__).parent / "english_manifest_vehicles_cases.txt", "en")
def test_manifest_columns_and_plates_go_terms_stay(en_notes, line: str) -> None:
    en_notes.marked(line)


def test_bare_headers_name_their_identifier() -> None:
    from medenclave_deid.core.text.delimited_columns import column_category

    for header, category in (
        ("billing", "account"), ("Encounter", "account"), ("claim", "account"), ("invoice", "account"),
        ("requisition", "other_id"), ("TX pack", "device"), ("tele box", "device"),
        ("transmitter", "device"), ("courier van", "vehicle"),
    ):
        assert column_category(header) == category, header
    for header in ("visit", "Tx", "order", "test", "specimen", "billing status"):
        assert column_category(header) == "", header


def test_bare_account_cells_need_a_number() -> None:
    from medenclave_deid.core.text.delimited_columns import find_column_values

    text = 'item,billing,claim\nCBC,self-pay,"$1,240.00"\nBMP,V20331874,310.50\n'
    assert [text[s.start : s.end] for s in find_column_values(text)] == ["V20331874"]


def test_plates_after_a_vehicle_noun() -> None:
    from medenclave_deid.core.text.english_vehicles import find_vehicle_numbers

    def plates(text: str) -> list[str]:
        return [text[s.start : s.end] for s in find_vehicle_numbers(text) if s.category == "vehicle"]

    assert plates("Courier van NWQT41 left.") == ["NWQT41"]
    assert plates("delivery truck PLK 552D at the dock") == ["PLK 552D"]
    for text in (
        "van ETA 1430 for the ride home",
        "started CAR T19 therapy",
        "CAB 2019 documented",
        "arrived by car 2019",
        "the van H2O spill",
        "car pickup TUE 0930",
    ):
        assert plates(text) == [], text
