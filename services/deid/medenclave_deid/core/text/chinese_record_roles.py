"""People named by a record's role written without a colon, by a staff list's layout, or by what a
relative does.

* A record-keeping role runs straight into its holder's name (``导出人某某，IP …``, ``记录人某某某``,
  ``经办人 某某``): the role's word ends in 人 or 员 and the name after it closes at a mark, a space,
  a digit or the line's end.
* A staff list writes each member on a line of their own, the name before a licence's label
  (``  某某  执业证书编号 …``): the name is a person's whatever its surname (a rare one such as 普).
* A staff field's name is sure by the licence in brackets after it (``判定医师：某某某（执业证书编号
  …）``), and a name between a duty's 医生 and the title 医生 (``值班医生其其格医生``) is the whole name.
* A relative's name runs between the relation and what they do (``家属某某某陪同就诊``), even where
  the name opens with an everyday word (黄金, 高明): the act after it says it is a person.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_names import CN_NAME_STOP_WORDS, CN_NON_GIVEN_CHARS
from medenclave_deid.core.text.lexicon import CN_COMPOUND_SURNAMES, CN_SURNAMES_AFTER_CUE
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_record_role_names"]

_HAN = "\u4e00-\u9fa5"
_GAP = r"[ \t\u3000]{0,2}"
#: a record's roles written as one word ending in 人 or 员 (导出人, 经办人, 操作员)
_ROLE = (
    r"(?:导出|导入|录入|填表|填报|记录|经办|审核|复核|核对|操作|制表|统计|登记|打印|上报|签发|开单|"
    r"申报|质控|校对|采集|抽样|调查|随访)[人员]"
)
_ROLE_NAME = re.compile(
    rf"{_ROLE}{_GAP}(?P<n>[{_HAN}]{{2,4}}?)(?=[，,。；;、：:（(）)\s\d]|$)",
    re.M,
)
#: the label after a staff list's name on its own line
_LICENCE = r"(?:执业证书编号|执业证书号|执业证号|执业证|医师资格证书?编?号|资格证书编号|职工号|工号)"
_LINE_NAME = re.compile(rf"^[ \t\u3000]*(?P<n>[{_HAN}]{{2,4}})[ \t\u3000]+(?={_LICENCE})", re.M)
#: words a staff list's line may hold before a label that are no one's name
_NOT_A_MEMBER = re.compile(r"姓名|签名|医师|医生|护士|主任|组长|专家|成员|人员|编号|证书|科室|职称")
#: a staff field's name sure by the licence in brackets after it (判定医师：某某某（执业证书编号 …）)
_LICENSED = re.compile(rf"[：:]{_GAP}(?P<n>[{_HAN}]{{2,4}}){_GAP}[（(]{_GAP}{_LICENCE}")
#: a name between a duty's 医生 and the title 医生 (值班医生其其格医生): a minority name is all of it
_DUTY_DOCTOR = re.compile(
    rf"(?:值班|主管|经治|住院|接诊|首诊|床位|主治|责任)医生(?P<n>[{_HAN}]{{2,5}}?)(?:医生|大夫)(?![{_HAN}]*[：:])"
)
#: words between two 医生 that are no name (值班医生及上级医生, 值班医生和主治医生)
_NOT_A_DOCTOR = re.compile(r"^[及和与或并、暨]|上级|值班|主治|住院|会诊|专科|科室|二线|三线|总|其他")
_RELATION = (
    r"(?:家属|陪同人|其子|其女|其妻|其夫|其母|其父|之子|之女|丈夫|妻子|儿子|女儿|爱人|老伴|配偶|母亲|父亲)"
)
#: what a relative does, right after their name
_RELATIVE_ACT = r"(?:陪同|陪诊|陪伴|陪护|代诉|代述|代签|签字|签名|护送|送来|送至|送院|来院|到院|在场)"
_RELATIVE_NAME = re.compile(rf"{_RELATION}{_GAP}(?P<n>[{_HAN}]{{3}})(?={_RELATIVE_ACT})")


def _surname_led(name: str) -> bool:
    """Whether ``name`` opens with a surname and holds no character a given name never does."""
    surname = 2 if name[:2] in CN_COMPOUND_SURNAMES else 1
    if surname == 1 and name[0] not in CN_SURNAMES_AFTER_CUE:
        return False
    given = name[surname:]
    return 1 <= len(given) <= 2 and not any(ch in CN_NON_GIVEN_CHARS for ch in given)


def find_record_role_names(text: str) -> list[PhiSpan]:
    """Name spans told by a colonless record role, a staff list's line or a relative's act."""
    out: list[PhiSpan] = []
    for m in _ROLE_NAME.finditer(text):
        name = m.group("n")
        if _surname_led(name) and not name.startswith(CN_NAME_STOP_WORDS):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _LINE_NAME.finditer(text):
        name = m.group("n")
        if (
            not _NOT_A_MEMBER.search(name)
            and not name.startswith(CN_NAME_STOP_WORDS)
            and not any(ch in CN_NON_GIVEN_CHARS for ch in name[1:])
        ):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for rx in (_LICENSED, _DUTY_DOCTOR):
        for m in rx.finditer(text):
            name = m.group("n")
            # the frame is sure: a minority name's characters need not be a given name's (其其格)
            if not _NOT_A_MEMBER.search(name) and (
                (rx is _DUTY_DOCTOR and not _NOT_A_DOCTOR.search(name))
                or (rx is _LICENSED and not any(ch in CN_NON_GIVEN_CHARS for ch in name[1:]))
            ):
                out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _RELATIVE_NAME.finditer(text):
        name = m.group("n")
        # the word a name opens with is no stop here: the act after it says who it is (黄金某陪同)
        if _surname_led(name) and name[1:] not in CN_NAME_STOP_WORDS:
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    return out
