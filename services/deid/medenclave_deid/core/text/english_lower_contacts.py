"""Lower-case given names in the shorthand of phone and contact notes.

Hurried notes write the people the team spoke to in lower case: ``spoke w/ maria re: rides``,
``left vm for jessica thornbury``, ``per dtr jen``, ``mom (tanya) by phone``. A lower-case word
is such a name only where both hold:

* **the word is clearly a given name**: on the given-name list, or a rarer given name of the
  further name list (``cyrus``, ``virgil``), and no everyday word besides (``maria``, ``tanya``;
  not ``will``, ``grace``, ``bill``), nor clinical vocabulary or a drug;
* **a contact cue stands right before it**: a kinship word or its abbreviation (``dtr``,
  ``mom``, ``sis``), a role (``sw deborah``, ``rn stephanie``), ``per``, a contact's person slot
  (``contact person: dolores``), or a preposition after
  a word of contacting (``spoke w/``, ``vm for``, ``call from``, ``discussed with``), an opening
  bracket allowed between.

A rare lower-case word right after such a name (no everyday word, not clinical) is its surname.
Capitalised names are the name judge's business; this pass only adds lower-case ones.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_judge import Judge
from medenclave_deid.core.text.english_words import KINSHIP, NEVER

__all__ = ["lower_case_contacts"]

#: kinship words and the abbreviations charting uses for them
_KIN = KINSHIP | frozenset("""dtr sis bro hsb hus wf gf bf gm gf gma gpa grandma grandpa fob mob
friend neighbor neighbour hcp poa nok contact support""".split())
#: role words charting puts before a colleague's or the patient's given name (``sw deborah``)
_ROLES = frozenset("""pt patient nurse rn lpn cna sw msw lcsw cm np pa chaplain interpreter
pharmacist therapist ot slp rt""".split())
#: words of contacting, after which "with / w/ / to / for / from" introduces a person
_CONTACT = re.compile(r"(?:spoke|spk|spoken|talked|tc|discussed|met|call|called|calls|phoned|"
                      r"message|messages|msg|vm|vmail|voicemail|text|texted|e-?mailed|paged|"
                      r"conversation|conv|update|updated|meeting)[ \t]+(?:w/|with|to|for|from)"
                      r"[ \t]*\(?[ \t]*$", re.I)
#: the cue word may name a person slot (``contact person: dolores``, ``support person - abe``)
_KIN_BEFORE = re.compile(r"(?:^|[^\w/])(?P<w>[A-Za-z]+)(?:[ \t]+person)?[ \t]*[:,(-]?[ \t]*$")


def _clear_given(judge: Judge, i: int) -> bool:
    """On the given-name list and nothing else: no everyday word, no clinical one."""
    t, vocab, text = judge.tokens[i], judge.vocab, judge.text
    if text[t.end:t.end + 1] in ("@", ".", "_") and text[t.end + 1:t.end + 2].isalnum():
        return False  # a part of an e-mail address, the address recogniser's business
    given = t.key in vocab.first_names or (t.key in vocab.more_names and vocab.zipf(t.key) < 4.0)
    return not t.cap and len(t.key) >= 3 and given \
        and not vocab.is_name_word(t.key) and t.key not in NEVER and not judge.clinical(i) \
        and not judge.claimed(t.start, t.end)


def _cued(judge: Judge, i: int) -> bool:
    """A contact cue right before token ``i`` on its line."""
    text, start = judge.text, judge.tokens[i].start
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40):start]
    if _CONTACT.search(before):
        return True
    m = _KIN_BEFORE.search(before)
    return m is not None and (m["w"].lower() in _KIN | _ROLES or m["w"].lower() == "per")


def lower_case_contacts(judge: Judge, verdicts: list[str | None]) -> None:
    """Mark lower-case given names after a contact cue, and a rare word that follows them."""
    tokens, vocab = judge.tokens, judge.vocab
    for i in range(len(tokens)):
        if verdicts[i] is not None or not _clear_given(judge, i) or not _cued(judge, i):
            continue
        verdicts[i] = "name"
        j = judge.neighbour(i, 1)
        if j is not None and verdicts[j] is None and not tokens[j].cap and len(tokens[j].key) >= 3 \
                and not vocab.is_common(tokens[j].key) and not judge.clinical(j) \
                and tokens[j].key not in NEVER and not judge.claimed(tokens[j].start, tokens[j].end):
            verdicts[j] = "name"
