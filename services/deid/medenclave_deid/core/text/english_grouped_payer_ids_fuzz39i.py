"""A health-plan number written in spaced or dashed groups, or with a state's letters before it.

Logs and flowsheets write a Medicaid, CHIP or member number the way the card prints it: in
groups (``5839 2047 18``, ``AB 12 34 56 C``), behind the issuing state's two letters (``TX 5839
2047``, ``GA 55 829 1037``), often after the holder's first name (``Medicaid - Maren - NY 8820
1937``). Number finders read one group, or none when the first group is letters, so the rest of
the number survives. After a payer's cue on the same line (Medicaid, Medi-Cal, MCD, MA#, CHIP,
Payer, Ins, Coverage, Elig #, member / subscriber / policy), with only a holder's capitalised
name, a label's words (ID, no., for mom), brackets and marks between, a run of letter-and-digit
groups joined by single spaces or dashes is the health-plan number, whole, when it holds at least
six digits and its letter-only groups are short codes (one to three capitals) at its ends; a
telephone's 3-3-4 shape is left to the phone finders. A capitalised given name closing the cell
after the number (``CHIP JN 92 60 78 B Ingrid``) is its holder's name.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["grouped_payer_ids"]

_CUE = re.compile(
    r"(?i)\b(?:medicaid|medi-cal|mcd|ma|chip|payer|payor|ins|insurance|coverage|elig(?:ibility)?|"
    r"member|subscriber|policy|tenncare|masshealth|medical[ \t]+assistance)\b"
)
_GROUP = r"(?:[A-Z]{1,3}|[A-Z]{0,3}\d[A-Z0-9]*)"
_RUN = re.compile(rf"(?<![\w-]){_GROUP}(?:(?:[ ]|[ ]?-[ ]?){_GROUP})+(?![\w-])")
#: between the cue and the number: no digits, no other field's label
_GAP = re.compile(r"[^\d\n\t]{0,40}|[^\d\n]{0,40}")
#: the words a number's label and its holder's cue are made of
_GAP_WORDS = frozenset("id no number num card for mom mother mother's of is".split())
#: a label's word the run may open with: no part of the number
_LABEL_WORDS = frozenset("id no nr nbr num mbr mem grp".split())
_OTHER_LABEL = re.compile(
    r"(?i)\b(?:phone|tel|cell|mobile|mrn|dob|fin|ssn|acct|account|npi|fax|pager|ext|rn|md)\b"
)
#: the holder's first name written after the number, closing the cell: "CHIP 9667 6342 86 Thuy"
_HOLDER = re.compile(r"[ ]+\(?(?P<n>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\)?[ ]*(?=$|[\t\n])", re.M)
_PHONE = re.compile(r"\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}")


def grouped_payer_ids(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The numbers of the module docstring (overlaps not resolved).

    Args:
        text: an English note.
        vocab: the word knowledge (a holder's name after the number).
    """
    out: list[PhiSpan] = []
    for cue in _CUE.finditer(text):
        line_end = text.find("\n", cue.end())
        line_end = len(text) if line_end < 0 else line_end
        window = text[cue.end() : min(line_end, cue.end() + 60)]
        for m in _RUN.finditer(window):
            gap = window[: m.start()]
            if len(gap) > 40 or re.search(r"\d", gap) or _OTHER_LABEL.search(gap) or gap.count("\t") > 2:
                break
            if any(
                w.lower() not in _GAP_WORDS and not w[0].isupper() for w in re.findall(r"[A-Za-z']+", gap)
            ):
                break  # "MA checked vitals: HR 104 BP 142 96": prose, not a holder's name or an ID's label
            value, lead = m.group(), re.match(r"[A-Z]+[ ]?-?[ ]?", m.group())
            if lead and lead.group().strip(" -").lower() in _LABEL_WORDS:  # "member ID WKT230174015"
                value = value[lead.end() :]
                if not re.search(r"[ -]", value):
                    continue  # one token left: a plain ID, read by the identifier rules
            if any(g.isalpha() for g in re.split(r"[ -]+", value)[1:-1]):
                continue  # letters only at the ends: a state's code, a check letter
            groups = re.split(r"[ -]+", value)
            if sum(c.isdigit() for c in value) < 6 or _PHONE.fullmatch(value):
                continue
            if not any(ch.isdigit() for ch in groups[0]) and len(groups) < 3 and len(groups[0]) > 2:
                continue
            start = cue.end() + m.end() - len(value)
            out.append(PhiSpan(start, start + len(value), "health_plan"))
            holder = _HOLDER.match(text, start + len(value))
            given = holder.group("n").lower() if holder else ""
            if (
                holder
                and (vocab.is_name(given) or not vocab.is_common(given))
                and not is_clinical_word(given)
            ):
                out.append(PhiSpan(holder.start("n"), holder.end("n"), "name"))
            break
    return out
