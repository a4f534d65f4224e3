"""A register's rows after a remark under a column border, a call log's full rows around its
shorter event lines, a person's key in a machine log's ``key=value`` line, an upload's "by
<login>", a sign-off's word and initial, "by <initial> <surname> <credential>", and brain anatomy
(pons, thalamus) that is no one's surname.

Every line of ``log_lines_signoffs_en_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

import re
from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"l" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "log_lines_signoffs_en_cases.txt", "en", minimum=20
)


def _engine():
    from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier

    return make_note_deidentifier(SECRET)


def test_a_shifted_date_never_begins_with_a_date_the_note_writes_without_its_year():
    """A birth date whose shift would read ``10/19/1936`` beside a loan due ``10/19`` is written
    as ``[DATE]``: its surrogate would write the due date's true value again."""
    engine = _engine()
    colliding = "Jacket out 10/4, due 10/19.\nDOB 09/19/1936, chest film 1998."
    out = engine.deidentify(colliding, lang="en", date_offset_days=30).text
    assert "10/19" not in out and "[DATE]" in out, out
    alone = "Jacket out 10/4.\nDOB 09/19/1936, chest film 1998."
    assert "10/19/1936" in engine.deidentify(alone, lang="en", date_offset_days=30).text


def test_log_words_ocr_labels_and_short_rows_are_no_one():
    """A call's outcome under ``patient`` (``confirmed``), an everyday word in capitals on an
    allergy line or in a log's event column, a label read with zeros for O's (``C0NTACT``) and a
    short event row's words stay as written."""
    engine = _engine()
    text = (
        "# ts|call|event|phone|patient|mrn|provider\n"
        "2024-01-02 09:00:01|a1|DIAL|+1 555 201 3344|OYELARAN, TEMI|55120033|B. Okoro\n"
        "2024-01-02 09:00:09|a1|VOICEMAIL|30s|greeting only|\n"
        "2024-01-02 09:00:30|a1|DTMF|1|confirmed|55120033|\n"
        "2024-01-02 09:10:11|a2|DIAL|+1 555 201 9871|LARK, IMOGEN|55120034|T. Marsh\n"
        "ALLERGY: SULFA; SHELLFISH\n"
        "FAMILY C0NTACT: sister, see chart\n"
    )
    out = engine.deidentify(text, lang="en").text
    for word in ("|confirmed|", "VOICEMAIL", "greeting only", "SHELLFISH", "FAMILY C0NTACT:"):
        assert word in out, (word, out)
    assert not re.search(r"OYELARAN|IMOGEN|Marsh", out), out


def test_a_naming_verb_across_a_comma_names_no_one():
    """``called``/``named`` name the word right after them, not one after a comma."""
    out = _engine().deidentify("Family called, comfort care discussed. Son, Kevin, agrees.", lang="en").text
    assert "called, comfort care" in out and "Kevin" not in out, out


def test_a_log_events_dotted_name_and_a_phlebotomists_credential_are_no_identifiers():
    """``INFO previsit.link`` names a log's event, not a host; ``PBT`` after a name is a credential."""
    text = "07:36:06 INFO previsit.link sent=ok\nPhlebotomists on shift: Dale Fox, PBT\n"
    out = _engine().deidentify(text, lang="en").text
    assert "INFO previsit.link" in out and ", PBT" in out and "Fox" not in out, out
