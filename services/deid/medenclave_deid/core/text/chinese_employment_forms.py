"""Employers, card tails and one-surname staff on maternity, employment and insurance forms.

* **a unit field of the forms an employer or a social-insurance office fills** (``店名：某某五金店``,
  ``参保单位：某某快递``, ``用工单位：…``, ``配偶单位：…``, ``男方工作单位：…``, ``单位（盖章）：…``,
  ``工作单位及职务：某某物流 仓管``, a disability form's ``就业单位：某某物流 （按比例安排就业）``):
  the whole value up to a mark or a space, whatever kind of
  name it is (a brand with no 公司 or 厂 after it);
* **the employer a clause makes of a name** (``系某某快递职工``, ``由某某超市为其缴纳社保``):
  a name of three or more characters between 系 and a staff word, or between 由 and 为其 + paying
  or insuring; never the writer's own unit (我单位, 本公司) nor a kind of employer (国企, 个体);
* **a card's last four digits** (``银行卡号后四位9619``, ``账户尾号 0045``): the digits are part of a
  number that pays someone, so they go;
* **a staff slot holding a surname and a title in brackets** (``注射医师：某（主治）``,
  ``护士：某（护师）``): the surname alone names the person;
* **the employer after a verb of being employed** (``就职于某某百货，任会计``,
  ``就业于某某物流（辅助性就业）``): the whole name up to the mark that closes it;
* **a relative's full name after the relation** (``舅舅韩少X发现后``, ``其夫某少X陪同``): a surname
  and two characters before what the relative did, even when the first of them is a character that
  also opens words (少, 常, 海), so long as the last is a name's.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_names import CN_NAME_STOP_WORDS, CN_NON_GIVEN_CHARS
from medenclave_deid.core.text.lexicon import CN_SURNAMES, CN_SURNAMES_AFTER_CUE
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_employment_form_phi"]

_HAN = "\u4e00-\u9fa5"
#: labels whose value is a place of work, whatever it is called
_UNIT_LABEL = (
    # a disability or employment form's 就业单位 (also 现就业单位, OCR-spaced 就 业 单 位, 単 for 单)
    r"(?:现?就[ \u3000]?业[ \u3000]?[单単][ \u3000]?位|"
    r"店名|店铺名称|商铺名称|门店名称|个体户名称|字号名称|参保单位|缴费单位|投保单位|用工单位|派遣单位|"
    r"配偶(?:工作)?单位|(?:男方|女方|丈夫|妻子|爱人)(?:工作)?单位|"
    # 单位 with a seal's note (单位（盖章）：) or a job beside it (工作单位及职务：)
    r"(?:用人|工作|所在)?单位[（(](?:盖章|公章|签章|章)[)）]|(?:工作)?单位(?:及|和|/|／)(?:职务|职业|岗位|部门|职称))"
)
_UNIT_FIELD = re.compile(rf"{_UNIT_LABEL}[ \t\u3000]*(?:[:：][ \t\u3000]*)(?P<v>[{_HAN}A-Za-z0-9·&]{{2,30}})")
#: an OCR'd value with spaces between its pieces (就业单位：杭州 晨光 包装 有限公司), up to its kind
_SPACED_UNIT = re.compile(
    rf"{_UNIT_LABEL}[ \t\u3000]*(?:[:：][ \t\u3000]*)"
    rf"(?P<v>[{_HAN}]{{1,12}}(?: [{_HAN}]{{1,12}}){{1,5}}?"
    r"(?:公司|厂|店|中心|集团|站|所|局|处|行|馆|社|场|院))"
    rf"(?![{_HAN}])"
)
#: values of a unit field that name no place of work
_NO_UNIT = re.compile(
    r"(?:无|不详|暂无|待业|退休|离休|失业|未填|同上|见上|个体|个体户|自由职业|务农|农民|学生|"
    r"无业|家庭主妇|灵活就业|未就业|暂未就业|待就业|无工作|未工作|在校|在读|/|-)$"
)
_STAFF_WORD = r"(?:正式|在职|在编|合同制?|劳务派遣)?(?:员工|职工|职员|工人|雇员|店员|营业员)"
#: a name between 系 and a staff word (系某某快递职工)
_SYSTEM_STAFF = re.compile(rf"系(?P<v>[{_HAN}A-Za-z0-9]{{3,16}}?)的?{_STAFF_WORD}")
#: the employer that pays someone's insurance (由某某超市为其缴纳五险一金, 由某某快递为其参保)
_PAID_BY = re.compile(
    rf"由(?P<v>[{_HAN}A-Za-z0-9（）()]{{3,24}}?)(?:为其|给其|替其)(?:缴纳|缴费|参保|投保|办理|购买)"
)
#: what stands for an employer's kind, no name (国企职工, 本单位职工, 外企员工, 退休职工)
_GENERIC_UNIT = re.compile(
    r"^(?:我|本|该|其|某|患者|病人|家属|一家|当地|外地|本地)|"
    r"^(?:[国央私外民]企|企业|事业单位|机关|个体|普通|一般|临时|合同|正式|编外|退休|离退休|离职|下岗|"
    r"在职|在编|劳务|派遣|外包|公司|单位|工厂|医院|学校|社区|街道|农村|城镇|企事业单位|政府)+$"
)
_CARD_TAIL = re.compile(
    r"(?:银行卡|储蓄卡|信用卡|社保卡|医保卡|卡号|账号|帐号|账户|帐户|存折)[^\n\d，。；;]{0,6}?"
    r"(?:(?:后|末)(?:四|4)位|尾号|尾数)[ \t]*(?:为|是)?[ \t]*[:：]?[ \t]*(?P<v>\d{4})(?!\d)"
)
_STAFF_SLOT = (
    r"(?:医师|医生|护士|护师|药师|技师|接种者|接种人|注射者|操作者|操作人|随访人|随访者|经办人|"
    r"审核人|复核人|记录人|记录者|检查者|报告人|调查员|调查人|签发人)"
)
_TITLE = (
    r"(?:主治|主任|副主任|住院|主管护师|主管|护师|护士长?|医师|药师|技师|规培|进修|实习|主治医师|副主任医师)"
)
_BRACKET_TITLED = re.compile(
    rf"{_STAFF_SLOT}[ \t]*[:：][ \t\u3000]*(?P<v>[{''.join(sorted(CN_SURNAMES_AFTER_CUE))}])"
    rf"(?=[（(]{_TITLE}[)）])"
)

_EMPLOYED_AT = re.compile(
    r"(?:就职于|任职于|供职于|受雇于|服务于|就业于)[ \t]*"
    rf"(?P<v>(?:[{_HAN}A-Za-z0-9·（）()&.]|,? (?=[A-Za-z])){{2,40}}?)"
    r"(?=[，,。；;、\n]|$|[，,]?(?:任|担任|从事|做|当))"
)
_RELATION = (
    r"父亲|母亲|丈夫|妻子|爱人|老公|老婆|儿子|女儿|公公|婆婆|岳父|岳母|舅舅|舅妈|姑姑|姑父|叔叔|婶婶|"
    r"伯伯|伯父|伯母|姨妈|姨父|哥哥|姐姐|弟弟|妹妹|爷爷|奶奶|外公|外婆|表[哥姐弟妹]|堂[哥姐弟妹]|"
    r"[之其](?:夫|妻|父|母|子|女|兄|姐|弟|妹)|家属|陪同人|陪护人|监护人"
)
_KIN_FULL = re.compile(
    rf"(?:{_RELATION})[ \t]*[:：]?[ \t]*(?P<n>[{''.join(sorted(CN_SURNAMES))}]"
    r"(?![均都也已等和与及在陪称说诉签同表坚要拒认希到电手代亦曾未不无一即当现])[\u4e00-\u9fa5]{2})"
    r"(?=[（(，,、；;。\s]|的|发现|陪同|陪护|到场|送|诉|称|说|签|同意|拒绝|拨打|报警|电话|手机|均|也|亦|$)"
)


def _kin_name(text: str, m: re.Match[str]) -> bool:
    name = m.group("n")
    return name[2] not in CN_NON_GIVEN_CHARS and not text.startswith(CN_NAME_STOP_WORDS, m.start("n"))


def find_employment_form_phi(text: str) -> list[PhiSpan]:
    """Workplace, account and name spans of the module docstring's forms (overlaps not yet resolved).

    Args:
        text: the note.
    """
    out = [
        PhiSpan(m.start("v"), m.end("v"), "workplace")
        for rx in (_UNIT_FIELD, _SPACED_UNIT)
        for m in rx.finditer(text)
        if not _NO_UNIT.match(m.group("v"))
    ]
    for rx in (_SYSTEM_STAFF, _PAID_BY):
        out += [
            PhiSpan(m.start("v"), m.end("v"), "workplace")
            for m in rx.finditer(text)
            if not _GENERIC_UNIT.search(m.group("v"))
        ]
    out += [PhiSpan(m.start("v"), m.end("v"), "account") for m in _CARD_TAIL.finditer(text)]
    out += [PhiSpan(m.start("v"), m.end("v"), "name") for m in _BRACKET_TITLED.finditer(text)]
    out += [
        PhiSpan(m.start("v"), m.end("v"), "workplace")
        for m in _EMPLOYED_AT.finditer(text)
        if not _GENERIC_UNIT.search(m.group("v"))
    ]
    out += [PhiSpan(m.start("n"), m.end("n"), "name") for m in _KIN_FULL.finditer(text) if _kin_name(text, m)]
    return out
