"""A patient named right before the record number: the name that the MRN is attached to.

A page, a log row or a screener's note names the patient in a few letters and pins the record
number to it: ``Re HILL MRN 89935369``, ``| T. Winslow #E5171480 fever``, ``card matches Haverford
#E9152462``, ``Pt Ostrowski, Amos (MRN E3562209)``. The surname alone in capitals, an everyday word
(``LANE``, ``YOUNG``) or an unlisted one, gives the name rules nothing to go on; the number right
after it does:

* **the frame**: a name's shape (one word in capitals or capitalised, an initial and a surname,
  ``Surname, Given``, ``Given Surname``) then the record number's cue (``MRN``, ``MR#``, ``(MRN``,
  or ``#`` before at least five digits, maybe after a letter or two) and its digits, grouped by
  hyphens too (``MRN 437-833-327``, ``#628-203-792``);
* **one word alone** must be a listed name or a word rarer than everyday words (an unlisted
  surname), never a heading, a title, a credential, a number's own label or a clinical word
  (``CBC``, ``Specimen #…``, ``Order #…``, ``Kit #…``, ``New Rx #…``, ``MEC #…``, ``National Registry #…``
  stay; a short acronym in capitals only when the name lists know it);
* **two words or more**: none of them a heading, a title, a credential or a clinical word;
* **a page's bare number**: after ``pt``, ``patient`` or ``on``, one word then a record number
  with no cue (seven to ten digits, maybe after a letter or in brackets, or grouped ``998-37-351``)
  is the patient when the word is a listed name or rarer than everyday words (``troponin 0.82 on
  IWASAKI 87668804``; not ``on HOLD 12345678``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_words import CREDENTIAL_WORDS, NEVER, PERSON_CUES, TITLES
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["names_before_record_numbers"]

_CAP = r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_CAPS = r"(?!(?:MRN|MR|FIN|DOB|ID|RE|PT)\b)[A-Z][A-Z'’]+(?:-[A-Z][A-Z'’]+)?"
_NAME = (
    rf"(?:{_CAP}|{_CAPS}),[ ](?:{_CAP}|{_CAPS})(?:[ ][A-Z]\.?)?"  # "Ostrowski, Amos", "HILL, ADA"
    rf"|[A-Z]\.[ ]?(?:{_CAP}|{_CAPS})"  # "T. Winslow"
    rf"|{_CAP}[ ](?:[A-Z]\.[ ])?{_CAP}|{_CAPS}[ ](?:[A-Z]\.?[ ])?{_CAPS}"  # "Ada Hill", "ADA HILL"
    rf"|{_CAP}|{_CAPS}"  # "HILL", "Haverford"
)
_RECORD = re.compile(
    rf"(?<![\w.'’-])(?P<v>{_NAME})"
    r"(?=[ \t]*(?:[(,][ \t]*)?(?:(?:MRN|Mrn|mrn|MR#|MR[ ]No\.?)[ \t]*[:#]?[ \t]*"
    r"[A-Z]{0,3}(?:\d{4,}|\d{3}-\d{3})"
    r"|#[ \t]?(?:MRN)?[A-Z]{0,2}(?:\d{5,}|\d{3}-\d{3}-\d{3})))"
)
#: a page's patient by one word after its cue, then a bare record number ("pt KARAMANLIS 998-37-351",
#: "troponin 0.82 on IWASAKI 87668804.", "on Ostrowska (M4410287)")
_CUED_BARE = re.compile(
    rf"(?<![\w-])(?i:pt\.?|patient|on)[ \t]+(?P<v>{_CAP}|{_CAPS})"
    r"(?=[ \t]+\(?(?:[A-Z]?\d{7,10}|\d{3}-\d{2,3}-\d{3,4})\)?(?![\w/-]))"
)
#: a number's own label before "#" ("Accession #…", "Order #…", "Kit #…"): no one
_LABELS = frozenset(
    """
re pt patient name mrn accession specimen requisition encounter account acct claim order case
ticket invoice serial lot model ref policy member group visit study sample barcode kit tissue donor
unit bag tracking reference confirmation authorization auth receipt record chart file item batch
request req job page pager room bed extension ext box ph phone tel fax rx new refill script prescription
dea npi mec cdl dl lic license licence cert certificate registry national permit badge employee emp
""".split()
)
_STOP = NEVER | TITLES | CREDENTIAL_WORDS | PERSON_CUES | _LABELS


def _no_name(word: str, vocab: TextVocabulary) -> bool:
    key = word.lower().strip(".")
    # "YOUNG", "STONE" are listed drugs' words too: a listed name wins in this frame
    drug = key in vocab.drugs and not vocab.is_name(key)
    return key in _STOP or key in vocab.clinical or is_clinical_word(key) or drug


def names_before_record_numbers(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The names the record numbers are pinned to (module docstring), as name spans."""
    out: list[PhiSpan] = []
    for m in _CUED_BARE.finditer(text):
        key = m.group("v").lower()
        if not _no_name(key, vocab) and (vocab.is_name(key) or vocab.zipf(key) < 3.0) and len(key) > 2:
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for m in _RECORD.finditer(text):
        start, value = m.start("v"), m.group("v")
        # "Pt Hill MRN …", "Re Ada Hill #…": the cue before the name is no part of it
        while " " in value and value.split()[0].lower().strip(".") in _STOP:
            cut = value.index(" ") + 1
            start, value = start + cut, value[cut:]
        words = [w for w in re.split(r"[ ,]+", value) if len(w.strip(".")) > 1]
        if not words or any(_no_name(w, vocab) for w in words):
            continue
        if len(words) == 1 and "." not in value:
            key = words[0].lower()
            if not (vocab.is_name(key) or vocab.zipf(key) < 4.0):
                continue
            if value.isupper() and len(value) <= 4 and not vocab.is_name(key):
                continue  # "MEC #…", "CDL # …": a short acronym labels the number
        out.append(PhiSpan(start, m.end("v"), "name"))
    return out
