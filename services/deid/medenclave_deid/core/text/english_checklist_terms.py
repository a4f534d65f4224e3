"""A checklist's Y/N answer that the name rules read as a person's initial.

A screening form (an MRI safety screen, a pre-operative questionnaire) writes each question, a
wide gap, its answer (``Y``, ``N``, ``Yes``, ``No``) and, after another gap, what the answer is
about::

    Pacemaker                                  N
    Spinal hardware                            Y    Harrington rod placed 1994

The name rules read ``Y    Harrington`` as an initial and a surname, and the eponymous device
(``Harrington rod``) is lost with the initial, which no term rule can keep. Where a note has such
answers on two lines at least, a name or place span that opens with the answer is cut to what
follows the gap (and one that is nothing but the answer goes): what is left is judged as usual
(:mod:`~medenclave_deid.core.text.english_eponym_terms` keeps ``Harrington rod``, a person's name
after the answer stays a name).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["trim_checklist_answers"]

#: a question, a wide gap, its answer, then a wide gap before a remark or the line's end
_ANSWER = re.compile(
    r"(?m)^[ \t]*[A-Za-z][^\n]*?[A-Za-z)][ \t]{2,}(?P<a>Y|N|Yes|No|YES|NO)(?P<gap>[ \t]{2,}(?=\S)|[ \t]*$)"
)
_TRIMMED = ("name", "geo")


def trim_checklist_answers(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` with a checklist's answer cut from the name and place spans that open with it.

    Args:
        text: an English note.
        spans: resolved spans.
    """
    answers = list(_ANSWER.finditer(text))
    if len(answers) < 2:
        return spans
    remarks = {m.start("a"): m.end("gap") for m in answers if m.group("gap").strip(" \t") == ""
               and m.end("gap") < len(text) and text[m.end("gap")] not in "\n"}
    if not remarks:
        return spans
    out: list[PhiSpan] = []
    for span in spans:
        after = remarks.get(span.start)
        if span.category in _TRIMMED and after is not None:
            if after < span.end:
                out.append(PhiSpan(after, span.end, span.category))
            continue
        out.append(span)
    return out
