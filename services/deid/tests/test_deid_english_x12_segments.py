"""A payer's ANSI ASC X12 transaction printed in a note (270/271 eligibility, 837 claims, 835
remittance) loses its people, employers, addresses, dates and numbers by the segment grammar, while
its payer, benefit descriptions and diagnosis codes stay, and asterisks elsewhere in a note
(bullets, bold marks, footnotes) read as no segment (``core/text/english_x12_segments.py``).

Every line of ``english_x12_segments_cases.txt`` was written for this test from general knowledge
of the X12 005010 eligibility, claim and remittance layouts (none comes from an evaluation set);
``«value»`` marks an identifier, ``‹value›`` a clinical term that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier
from medenclave_deid.core.text import NoteDeidentifier
from medenclave_deid.core.text.english_x12_segments import find_x12_segments
from medenclave_testing.marked_notes import leftovers, marked_cases


@pytest.fixture(scope="module")
def notes() -> NoteDeidentifier:
    return make_note_deidentifier(b"t" * 32)


@marked_cases(Path(__file__).parent / "english_x12_segments_cases.txt", "case", digits=2)
def test_x12_segments_lose_their_identifiers(notes: NoteDeidentifier, line: str) -> None:
    wrong, out = leftovers(notes, line)
    assert not wrong, (wrong, out)


def test_payer_stays(notes: NoteDeidentifier) -> None:
    text = (
        "NM1*PR*2*CASCADE MUTUAL*****PI*60054~\nN3*PO BOX 1100~\nN4*HARTFORD*CT*06101~\n"
        "HL*2*1*21*1~\nNM1*IL*1*ODELL*RUTH****MI*W123456~\nDMG*D8*19500101~"
    )
    out = notes.deidentify(text, lang="en").text
    assert "NM1*PR*2*CASCADE MUTUAL*" in out and "HARTFORD" in out, out
    assert "ODELL" not in out and "RUTH" not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Plan:\n* aspirin 81 mg\n* ECG tomorrow\n* RN to recheck",
        "NM1*IL*1*ODELL*RUTH~ only one segment in a sentence",
        "**Assessment**\n** stable **\nREF* see note*\nPER* day",
        "EB*albuterol nebs\nHI*hypertension\nDTP*heparin drip\nN3*note",
    ],
)
def test_no_transaction_no_segments(text: str) -> None:
    assert find_x12_segments(text) == []
