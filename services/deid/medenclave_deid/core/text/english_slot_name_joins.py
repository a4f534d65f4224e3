"""Two short forms of a person that sit beside a clear cue.

* **dotted initials after a word of contacting**: a patient or a relative asked to be reached by
  a nickname of dotted capitals ("Patient asked that we text Q.T. when ready", "please call J.R.
  back", "notify A.B. at home"). Two or three dotted capitals right after ``text``, ``call``,
  ``page``, ``notify``, ``tell``, ``remind`` or ``phone`` are a person's, unless they are a
  credential or an abbreviation ("call M.D.", "tell the R.N.", "phone U.S. office").
* **an all-capitals given name before a found surname**: a court or registry form writes a party
  in capitals after its label ("Petitioner: THUY ETXEBERRIA (niece)"); when the surname is found and
  the word right before it, after the label's colon, is an all-capitals word that is no everyday
  or clinical word, that word is the given name, listed or not.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["find_contact_initials", "join_caps_given_names"]

_CONTACT_INITIALS = re.compile(
    r"(?i:\b(?:text|texts|texted|call|calls|called|page|paged|notify|notified|tell|told|remind|"
    r"phone|phoned|message|email|e-mail)[ \t]+)"
    r"(?P<v>(?<![\w.])[A-Z]\.[ ]?[A-Z]\.(?:[ ]?[A-Z]\.)?)(?![\w.])"
)
#: dotted credentials and abbreviations a contact verb may take
_NOT_PERSON = frozenset("MD DO RN NP PA PT OT ER ED OR IR US UK AM PM IV ID PO GI".split())
#: a label's colon, one all-capitals word, then a found all-capitals surname
_CAPS_BEFORE = re.compile(
    r"(?m)(?:^|[.;][ \t]+)[A-Za-z][A-Za-z /'’-]{1,30}:[ \t]*(?P<v>[A-Z][A-Z'’-]{2,})[ ]$"
)


def find_contact_initials(text: str) -> list[PhiSpan]:
    """Dotted initials a word of contacting reaches.

    Args:
        text: an English note.
    """
    return [
        PhiSpan(m.start("v"), m.end("v"), "name")
        for m in _CONTACT_INITIALS.finditer(text)
        if m.group("v").replace(".", "").replace(" ", "") not in _NOT_PERSON
    ]


def join_caps_given_names(text: str, spans: list[PhiSpan], vocabulary: TextVocabulary) -> list[PhiSpan]:
    """All-capitals given names right before an all-capitals found surname in a labelled value.

    Args:
        text: an English note.
        spans: the resolved spans so far.
        vocabulary: the word knowledge.
    """
    out: list[PhiSpan] = []
    for span in spans:
        value = text[span.start : span.end]
        if span.category != "name" or not value.isupper() or " " in value.strip():
            continue
        line_start = text.rfind("\n", 0, span.start) + 1
        m = _CAPS_BEFORE.search(text[line_start : span.start])
        if m is None:
            continue
        key = m.group("v").lower()
        if (vocabulary.is_common(key) and not vocabulary.is_name(key)) or key in vocabulary.clinical:
            continue
        out.append(PhiSpan(line_start + m.start("v"), line_start + m.end("v"), "name"))
    return out
