"""Staff written the way session logs and treatment records sign each entry: initials or a
log-in in a role's or an act's slot (``Operator: TZ, TMS-Tech``, ``determined by T.W. on``,
``— tech VW``), the same initials again, a staff column whose header opens with a sign or joins
two roles (``%MT``, ``Tech / MD``, ``TMS tech``, ``Init.``); and in Chinese notes the terms
that name rules took: a contraceptive's brand in brackets after its dosage form (``片（优思明）``),
a hormonal stem read as a surname (``屈螺酮``) and a thalassaemia variant read as an identifier
(``βCD41-42/βN``).

Every line of the two ``session_log_*_cases.txt`` files was invented for this test (none comes
from an evaluation set). ``«value»`` marks an identifier, ``‹value›`` a term that must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import marked_cases

SECRET = b"t" * 32


@marked_cases(Path(__file__).parent / "session_log_staff_en_cases.txt", "en")
def test_session_log_staff_go(en_notes, line: str) -> None:
    en_notes.marked(line)


@marked_cases(Path(__file__).parent / "session_log_terms_zh_cases.txt", "zh")
def test_contraceptive_and_thalassaemia_terms_stay(zh_notes, line: str) -> None:
    zh_notes.marked(line)
