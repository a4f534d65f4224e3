"""Labels of bilingual (English/French) forms and police ranks that a name finder took for people.

* **the French half of a bilingual label**: ``Nom / Name:``, ``Courriel / Email:``, ``Médecin /
  Physician:``, ``Adresse / Address:``: a word (or two) opening a line or a cell, right before a
  slash and an English label with its colon, is the label's other language, no one;
* **a French form's abbreviated label before its number**: ``Téléc. 514 555 0101``, ``Cell.
  438-555-0199``: one word, no known given name, with a stop right after it and a phone's digits;
* **a police rank before a name**: ``Sen Const J. Roe``, ``Cpl Dion``, ``Sgt. Ames``: the rank's
  words are outside the name (the name after them stays found).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["drop_label_names"]

#: a slash and an English label with its colon after a would-be name
_OTHER_HALF = re.compile(r"[ \t]*/[ \t]*[A-Z][A-Za-z.'’ -]{0,30}(?:\([^()\n]{0,20}\))?[ \t]*:")
#: what may stand before a label: a line's start, a cell's border, a wide gap
_LABEL_START = re.compile(r"(?m)(?:^|[|\t]|[ ]{2})[ \t]*$")
#: a stop and a phone's digits after an abbreviated label
_PHONE_AFTER = re.compile(r"\.[ \t]*(?:\+?1[ \t.-]?)?\(?\d{3}\)?[ \t.-]?\d{3}[ \t.-]?\d{4}\b")
#: police ranks before a name (Canadian, Australian, British and US)
_RANK_WORDS = (
    r"(?:(?:Sen(?:ior)?|Snr|Det(?:ective)?|Lead(?:ing)?|Acting|First|Staff)\.?[ \t]+)?"
    r"(?:Const(?:able)?|Cst|Cpl|Corporal|Sgt|Sergeant|Insp(?:ector)?|Supt|Superintendent|"
    r"Trooper|Tpr|Deputy|Officer|Ofc|PC|DC|DS)\.?"
)
_RANK = re.compile(_RANK_WORDS + r"[ \t]+(?=[A-Z])")


def drop_label_names(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """``spans`` without the labels of the module docstring, and with police ranks trimmed.

    Args:
        text: an English note.
        spans: the resolved spans.
        vocab: what is known about English words.
    """
    out: list[PhiSpan] = []
    for span in spans:
        if span.category != "name":
            out.append(span)
            continue
        value = text[span.start : span.end]
        line_start = text.rfind("\n", 0, span.start) + 1
        if (
            len(value.split()) <= 2
            and _OTHER_HALF.match(text, span.end)
            and _LABEL_START.search(text, line_start, span.start)
        ):
            continue  # "Courriel / Email:": a label in French
        if (
            " " not in value
            and _PHONE_AFTER.match(text, span.end)
            and not vocab.is_name(value.lower())
            and not re.search(r"(?i)\b(?:dr|mr|mrs|ms|miss)\.?[ \t]*$", text[line_start : span.start])
        ):
            continue  # "Téléc. 514 555 0101": a label's abbreviation
        if re.fullmatch(_RANK_WORDS, value) and " " in value:
            continue  # "Sen Const" alone: a rank, no one
        rank = _RANK.match(value)
        if rank:
            out.append(PhiSpan(span.start + rank.end(), span.end, span.category))
            continue  # "Sen Const J. Roe": the person, not the rank
        out.append(span)
    return out
