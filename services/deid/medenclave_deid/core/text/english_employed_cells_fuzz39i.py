"""The employer named after an employment answer or a job, in a title-case or digit-led name.

Intake rows and social-history lines answer the employment question and then name the firm:
``Employment status<tab>Employed - Big Lots``, ``Works: night clerk at 7-Eleven``, ``Job: cook @
Waffle Barn``. A firm's name made of everyday words ("Big Lots", "Dollar Tree") or opened by a
digit ("7-Eleven", "84 Lumber") is not read by finders that want an unusual word or a business's
last word. After an ``Employed``, ``Works``, ``Work`` or ``Job`` label with a colon, a tab or a
spaced dash and a lower-case job with ``at`` / ``for`` / ``@`` (after ``Employed`` the job may be
missing), a run of one to five words each opened by a capital or a digit, running to the line's
end, a tab, a bracket, a comma or a semicolon, is the workplace, unless it is an answer that names
no workplace (full time, retired, yes), a care facility, a score (a word and a number), a drug,
mostly clinical words or opened by one, and, alone, an everyday word.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_cued_employers import CARE_WORDS, PROSE_WORDS
from medenclave_deid.core.text.english_employment_cells_fuzz39e import NO_PLACE_WORDS
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["employed_cells"]

_ANSWERS = frozenset("yes no ok okay y n yes. none fine stable".split())

_CELL = re.compile(
    r"(?im)\b(?P<label>employed|works|work|job)[ \t]*(?::|\t|[ \t][-–])[ \t]*"
    r"(?P<job>[a-z][a-z' -]{1,40}?[ \t]+(?:at|for|@)[ \t]+)?"
    r"(?P<v>(?:[A-Z0-9][\w'’.&-]*)(?:[ ](?:[A-Z0-9&][\w'’.&-]*))*)"
    r"[ \t.]*(?=$|[\t,;()\[\]]|[ \t]{2,}|[ ][a-z])"
)


def employed_cells(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The workplaces of the module docstring (overlaps not resolved).

    Args:
        text: an English note.
        vocab: the word knowledge.
    """
    out: list[PhiSpan] = []
    for m in _CELL.finditer(text):
        value = m.group("v").rstrip(".")
        words = value.split()
        lows = [w.lower().strip(".'’") for w in words]
        if (
            not words
            or len(words) > 5
            or (lows[0] in PROSE_WORDS and len(words) == 1)
            or " ".join(lows) in NO_PLACE_WORDS
        ):
            continue
        if any(w in NO_PLACE_WORDS for w in lows) or any(w in CARE_WORDS for w in lows):
            continue
        clinical = [w for w in lows if is_clinical_word(w) or w in vocab.clinical]
        if (
            any(w in vocab.drugs and not vocab.is_common(w) for w in lows)
            or lows[0] in clinical
            or 2 * len(clinical) > len(words)
        ):
            continue  # "Dollar Tree" is a firm, "Chest Tube" is not
        if not re.search(r"[A-Za-z]{2}", value) or (len(words) == 1 and value.isupper() and len(value) <= 4):
            continue
        if any(w.isdigit() for w in words[1:]) or lows[0] in _ANSWERS:
            continue  # "CIWA 12", "Tremor 2": a score; "Yes", "Ok": an answer
        if len(words) == 1 and not any(c.isdigit() for c in value) and vocab.is_common(lows[0]):
            continue
        if not m.group("job") and m.group("label").lower() != "employed":
            continue  # "Works: Night Shift", "Work: ED Triage": no job, no firm
        out.append(PhiSpan(m.start("v"), m.start("v") + len(value), "workplace"))
    return out
