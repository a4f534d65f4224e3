"""The employee an employer's certificate names (在职证明, 产假证明, 生育津贴申请, 收入证明).

The writer names its own unit (我单位, 本公司, 我院) and then its staff word (职工, 员工, 同志)
right before the person: ``兹证明我单位职工于振华，身份证号…``, ``本公司员工欧阳晓，自…起休产假``.
The staff word placed by the unit is the cue, so a surname that is also a preposition or a
word's first character (于, 和, 向) still opens the name here.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.lexicon import CN_SURNAMES_AFTER_CUE, cn_surname_pattern
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_certified_employees"]

_SURNAME = cn_surname_pattern(CN_SURNAMES_AFTER_CUE)
_CERTIFIED = re.compile(
    r"(?:我|本|该)(?:单位|公司|司|院|校|厂|店|局|中心|集团)"
    r"(?:在职|在编|正式|合同制?)?(?:职工|员工|教师|职员|干部|护士|医生|同志)[ \t\u3000]*"
    # no time or reference word after a preposition (我院医生于今日，我单位职工和本人)
    rf"(?P<n>{_SURNAME}(?![今昨明本次当该上下前后近同其此各全])[\u4e00-\u9fa5]{{1,2}}?)"
    # the name ends at a comma, a bracket, an honorific or the clause that says what they did
    r"(?=[，,。；;（(、\s]|同志|女士|先生|[,，]?(?:身份证|性别|系|于|自|因|现|已|在|男|女))"
)


def find_certified_employees(text: str) -> list[PhiSpan]:
    """Name spans of the employees certificates name (overlaps not yet resolved).

    Args:
        text: the note.
    """
    return [PhiSpan(m.start("n"), m.end("n"), "name") for m in _CERTIFIED.finditer(text)]
