"""Words of clinical forms that are no identifiers, beside the identifiers they label (issue 11,
precision): a lab's reference range and a shift's clock range, a code system's code (CPT, HCPCS,
LOINC in an HL7 segment, a form's type), a form's numbered items (``M0040 Patient:``), the
one-word label of an identifier (``Acct V916506740``) or of a role (``Charge RN:``), an
auxiliary or a colon's everyday word before the rest of a sentence (``neighbor will collect``,
``receiver: read back``), a score's acronym before its value (``PASI 23.1``), the words of a
document's title (``NICU Progress Note``), a department (``Nephrology Clinic``) and a payer
(``Primary ins: Anthem Blue Cross``).

Every line of ``english_precision_cases.txt`` was invented for this test (none comes from an
evaluation set). Each line marks its identifiers ``«value»`` and the words that must stay
``‹value›``: the identifier next to each kept form still goes.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import marked_cases

SECRET = b"a" * 32


@marked_cases(Path(__file__).parent / "english_precision_cases.txt", "case")
def test_form_words_stay_and_identifiers_go(en_notes, line: str) -> None:
    en_notes.marked(line)
