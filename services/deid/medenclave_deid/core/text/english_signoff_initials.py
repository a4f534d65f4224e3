"""Staff whose name is shortened to a word and an initial on a form's sign-off, or to an initial
and a surname between "by" and a credential, where the word alone is an everyday word.

* ``Prepared: Juniper F.  Approved: Ngozi Ostrowski``: after a sign-off label (prepared,
  approved, reviewed, checked, verified, entered, processed, posted, authorised, maybe with
  "by"), a capitalised word and one capital's initial, to a wide gap, a separator or the line's
  end: a given name and the surname's initial, even when the given name is a word (Juniper,
  Hope, Faith);
* ``ISSUED: 22-JAN-2024 1021 BY H. HAWK MLS``: "by", an initial, a surname and a laboratory's,
  nurse's or physician's credential: the person who issued it, even when the surname is a word.

The word is never a clinical word, a never-name word or a cell that says no one.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.delimited_columns import NO_VALUE
from medenclave_deid.core.text.english_words import NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import is_clinical_word

__all__ = ["find_signoff_initials"]

_SIGNOFF = re.compile(
    r"(?m)(?:^|(?<=[ \t]{2})|(?<=[|;]))[ \t]*(?i:prepared|approved|reviewed|checked|verified|entered|"
    r"processed|posted|authori[sz]ed)(?i:[ ]by)?[ \t]*:[ \t]*"
    r"(?P<v>(?P<w>[A-Z][a-z'’-]+)[ ]+[A-Z]\.)(?=[ \t]{2,}|[ \t]*$|[ \t]*[,;|])"
)
_BY_CREDENTIAL = re.compile(
    r"\b(?i:by)[ \t]+(?P<v>[A-Z]\.[ ]?(?P<w>[A-Z][A-Za-z'’-]+))"
    r"(?=,?[ \t]+(?:MLS|MLT|MT|CLS|RN|LPN|MD|DO|PA|NP|PharmD|RPh)\b)"
)


def find_signoff_initials(text: str) -> list[PhiSpan]:
    """The sign-off names of the module docstring.

    Args:
        text: an English note.
    """
    out: list[PhiSpan] = []
    for pattern in (_SIGNOFF, _BY_CREDENTIAL):
        for m in pattern.finditer(text):
            word = m["w"].lower()
            if word in NEVER or word in NO_VALUE or is_clinical_word(word):
                continue
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out
