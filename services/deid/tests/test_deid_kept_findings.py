"""Clinical words the name, place and facility rules read as identifiers, kept (enkeep9): an
eponymous device after a checklist's Y/N answer (``Y    Harrington rod``), a grading system named
after a town (``Bethesda category III``), an organism's genus and species or serovar
(``Salmonella Typhimurium``, ``Candida auris``), a finding word ending a sentence before a
capitalised word (``no dysmetria. Fundi``), a Latin eponym fused to a Chinese term
(``Braxton Hicks宫缩``) and a symptom in a clause before a generic pharmacy (如有腹泻请联系药房).

Every line of ``english_kept_findings_cases.txt`` and ``chinese_kept_findings_cases.txt`` was
invented for this test (none comes from an evaluation set). ``«value»`` marks an identifier,
``‹value›`` a term that must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import marked_cases

SECRET = b"f" * 32


@marked_cases(Path(__file__).parent / "english_kept_findings_cases.txt", "en")
def test_english_findings_stay_and_identifiers_go(en_notes, line: str) -> None:
    en_notes.marked(line)


@marked_cases(Path(__file__).parent / "chinese_kept_findings_cases.txt", "zh")
def test_chinese_findings_stay_and_identifiers_go(zh_notes, line: str) -> None:
    zh_notes.marked(line)
