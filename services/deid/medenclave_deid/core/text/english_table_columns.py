"""People in the columns of a plain-text table whose header names them.

Logs and flowsheets are laid out as tables (:mod:`medenclave_deid.core.text.table_columns`), a
header line above the rows ("Start  MRN  Patient  Language  Interpreter (ID)  Requested by /
reason", "Dive#  Date  Pre BG  Tender"). A column whose header names a person (patient,
interpreter, requested by, tender, initials, nurse, tech …) holds one in every row, whatever the
cell looks like: a first name alone ("Jun"), an initial and a surname ("R. Johnston"), dotted
initials ("B.P."). The cell's person is what comes before a colon or a bracket ("Jun: family
meeting", "Sara (CMI838594)"): the rest is the reason or an ID that other rules read. A cell that
says no one (``n/a``, ``self``, ``family``, ``—``) or opens with a digit stays to the other rules.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.table_columns import table_cells

__all__ = ["find_table_people"]

#: a header cell that names a person
_PERSON_HEADER = re.compile(
    r"(?i)^(?:patient(?:[ ]name)?|name|pt[ ]name|interpreter|(?:[a-z]+[ ])?by|"
    r"tender|inside[ ]tender|tech|technician|operator|nurse|rn|initials|staff|clinician|provider|"
    r"caller|attendant|driver|escort|guardian|contact|next[ ]of[ ]kin|witness|pharmacist)\b|"
    # a staff role, up to two words before it ("Flight paramedic", "Health care provider")
    r"^(?:[a-z]+[ ]){0,2}(?:reader|screener|reviewer|interviewer|investigator|paramedic|medic|"
    r"crew|user|coordinator|phlebotomist|technologist|officer|physician|attending|pathologist|"
    r"surgeon|therapist|prescriber|dispenser|verifier|checker|co-?signer|epidemiologist|tracer|"
    r"psychologist|neuropsychologist|crna|informant|provider|caregiver|partner)$|"
    # a person of a register or a study; the word alone or with "name"/"(ID)" after it (a
    # "Child-Pugh" or "Subject line" column holds no one)
    r"^(?:student|participant|subject|donor|resident|member|client|guest|athlete|child|"
    r"employee|volunteer|reporter|collector|courier|recipient|contestant|fighter|athlete|camper)"
    r"(?:[ ](?:name|\(id\)))?$|"
    # one part of the name, a column each ("First | Nickname | Surname")
    r"^(?:(?:first|last|given|family|middle|nick|ring|fight)[ ]?names?|first|last|surname|forename|"
    r"nickname|alias)$"
)
#: a header cell: a few words, no digits beyond a trailing "#"
_HEADER_CELL = re.compile(r"[A-Za-z][A-Za-z /()#.&'-]{0,30}")
#: the person in a cell: before a colon, a bracket or the cell's end
_PERSON = re.compile(
    r"[\"“]?(?P<v>[A-Z][A-Za-z'’.-]*(?:[ ,]{1,2}[A-Z][A-Za-z'’.-]*){0,3})[\"”]?(?=[ \t]*(?:[:(]|$))"
)
_NO_ONE = frozenset("n/a na none self family unknown same pt patient staff -- — - tbd".split())


def _people_header(cells: list[str]) -> list[bool] | None:
    if not all(_HEADER_CELL.fullmatch(c) for c in cells):
        return None
    people = [bool(_PERSON_HEADER.match(c)) for c in cells]
    return people if any(people) else None


def find_table_people(text: str) -> list[PhiSpan]:
    """The people of the person-naming columns of every plain-text table in ``text``.

    Args:
        text: an English note.
    """
    out: list[PhiSpan] = []
    for at, cell, _ in table_cells(text, _people_header):
        m = _PERSON.match(cell)
        if m and m.group("v").lower().strip(" .") not in _NO_ONE:
            out.append(PhiSpan(at + m.start("v"), at + m.end("v"), "name"))
    return out
