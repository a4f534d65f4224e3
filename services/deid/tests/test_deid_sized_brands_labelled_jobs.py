"""A device brand written alone with its size (``tracheostomy (Shiley 6)``, ``#6 Portex``,
``Groshong 5 Fr``) stays a device; a workplace after an occupation's label and a job in any case
(``OCCUPATION: DENTAL ASSISTANT AT …``, ``works as a cook at …``) and an IPv6 address cut short
to four or five groups (``2001:db8:7a1c:44e0:9b2``) go.

Every line of ``english_sized_brands_labelled_jobs_cases.txt`` was invented for this test (none
comes from an evaluation set). ``«value»`` marks an identifier, ``‹value›`` a term that must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import marked_cases

SECRET = b"s" * 32


@marked_cases(Path(__file__).parent / "english_sized_brands_labelled_jobs_cases.txt", "en")
def test_english_sized_brands_labelled_jobs(en_notes, line: str) -> None:
    en_notes.marked(line)
