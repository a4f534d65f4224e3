"""The last four digits of a Social Security number, which forms ask for alone: ``SSN (last 4):
9016``, ``SSN last four 0232``, ``Social Security # (last 4 digits) - 4471``, ``SSN: xxx-xx-6020``.

The label says the four digits are the number's own (they identify the person with a name and a
date of birth), so they go whatever they look like; four digits after "SSN" with no such words
stay to the full number's rules.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_ssn_last_four"]

_LAST_FOUR = re.compile(
    r"(?i:\b(?:ssn|ss\#|soc(?:ial)?[ \t]+sec(?:urity)?(?:[ \t]+(?:number|no\.?|\#))?))[ \t]*"
    r"(?:\(?[ \t]*(?i:last)[ \t]*(?:4|four)(?:[ \t]+(?i:digits))?[ \t]*\)?[ \t]*[:#=-]?[ \t]*"
    r"|[:#]?[ \t]*(?i:(?:x{3}|\*{3}|#{3})[ -]?(?:x{2}|\*{2}|#{2})[ -]?))"
    r"(?P<v>\d{4})(?![\d-])"
)


def find_ssn_last_four(text: str) -> list[PhiSpan]:
    """The last four digits of a Social Security number after a label that says so."""
    return [PhiSpan(m.start("v"), m.end("v"), "ssn") for m in _LAST_FOUR.finditer(text)]
