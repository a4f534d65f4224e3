"""An employer's field in a bilingual (Chinese and English) form.

A form written for a foreign patient or an overseas insurer labels its fields in both languages
(``Employer 雇主:``, ``工作单位/Company:``, ``投保单位 Policyholder:``, ``Company 公司:``), or a Chinese
unit label alone before an English firm's name (``投保单位: Acme Robotics Asia``). The value
after the colon, in either script, is the employer whole: an English firm's name keeps its spaces,
brackets and abbreviations (``Acme (Asia) Co., Ltd.``), so the value runs to the line's end, two
spaces, a tab, a bar or a full-width clause mark (；，。), not to the first space.
A state word (无, N/A, none, retired, self-employed, student) is no employer.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_bilingual_employers"]

_EN = r"(?:[Ee]mployer|EMPLOYER|[Cc]ompany|COMPANY|[Pp]olicy ?holder|POLICYHOLDER|[Ww]ork ?unit|[Ww]orkplace)"
_ZH = r"(?:工作单位|投保单位|参保单位|用人单位|所在单位|单位名称|雇主|单位|公司)"
_SEP = r"[ \t\u3000]*[/／]?[ \t\u3000]*"
#: an English label and a Chinese one (either first), maybe a bracketed gloss, then the colon
_LABEL = (
    rf"(?:{_EN}{_SEP}{_ZH}|{_ZH}{_SEP}{_EN}"
    # a Chinese unit label alone when the value is an English firm's name (投保单位: Acme Robotics)
    r"|(?:工作单位|投保单位|参保单位|用人单位|所在单位|单位名称|雇主)(?=[ \t\u3000]*[:：][ \t\u3000]*[A-Z]))"
    r"(?:[ \t]*[(（][^()（）\n]{1,20}[)）])?"
)
_FIELD = re.compile(
    rf"(?<![A-Za-z\u4e00-\u9fa5]){_LABEL}[ \t\u3000]*[:：][ \t\u3000]*"
    r"(?P<v>[^\s|；;，。、:：](?:[^\n\t|；;，。、:：]*?[^\s|；;，。、:：,])?)"
    r"(?=[ \t\u3000]{2}|[\t|；;，。、]|[ \t\u3000]*(?:\n|$))"
)
_NO_UNIT = re.compile(
    r"^(?:无|不详|暂无|本人|同上|见上|个体|退休|学生|待业|N/?A|n/?a|[Nn]one|NONE|[Nn]il|[Rr]etired|"
    r"[Ss]elf[- ]employed|[Uu]nemployed|[Ss]tudent|[Hh]omemaker|-+|—+)\.?$"
)


def find_bilingual_employers(text: str) -> list[PhiSpan]:
    """Workplace spans of the module docstring.

    Args:
        text: the note.
    """
    if not re.search(r"[A-Za-z]", text):
        return []
    return [
        PhiSpan(m.start("v"), m.end("v"), "workplace")
        for m in _FIELD.finditer(text)
        if len(m["v"]) >= 2 and not _NO_UNIT.match(m["v"])
    ]
