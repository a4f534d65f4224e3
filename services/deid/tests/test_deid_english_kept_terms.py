"""Measurements and eponymous clinical terms that must survive de-identification in English
notes: exercise tests (Bruce protocol, METs 10.1, 85% MPHR), well-child visits (Apgar 8/9,
weight 10.2 kg (50th percentile)), tuberculin tests (Mantoux 12 mm induration), ENT and neuro
signs (Weber, Rinne, Dix-Hallpike, Babinski, Romberg), bedside scores (Braden 12, Morse 45,
CURB-65, Child-Pugh B), telemetry (QTc 482 ms, Mobitz I, Wenckebach) and vitals with their
units and times. A person who carries an eponym's name elsewhere in the line still goes.

Every line of ``english_kept_terms_cases.txt`` was invented for this test (none comes from an
evaluation set). ``«value»`` marks an identifier, ``‹value›`` a term that must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import marked_cases

SECRET = b"k" * 32


@marked_cases(Path(__file__).parent / "english_kept_terms_cases.txt", "case")
def test_terms_stay_and_identifiers_go(en_notes, line: str) -> None:
    en_notes.marked(line)
