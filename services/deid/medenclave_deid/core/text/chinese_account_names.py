"""People a Chinese form's login, relation or staff fields hold, in shapes the surname rules miss.

* **a login held by a person**: a system export's or a log's account field (账号, 用户名, 登录名,
  操作员 …) holding a bare given name (``账号：建英   登录IP：…``): hospital staff log in under
  their own name, often the given name alone. An account of letters or digits
  (``账号：zhangwei01``) is left to the account rules; a system's own account (管理员, 系统,
  游客) is no person; a bank's or an insurer's account (银行账号, 医保账号) is not read, the label
  must open its field; so does an export's or a print's user (``导出用户：建英``, and in a CSV
  export's header row ``导出人,海燕,导出时间,…``);
* **a Yi name with its 阿 prefix** after a relation's or a person's label (``家长：阿佳雨``,
  ``联系人：阿依``): 阿 and one or two given characters closing the field; kin words (阿姨,
  阿婆), drugs (阿司匹林, 阿莫西林, 阿托品) and an acupoint (阿是穴) are not names;
* **a name that is also a weekday** right after a staff title and its colon at a line's end
  (``康复治疗师：周一⏎``): a signature slot holds a person, and 周 is a surname; a schedule
  writes its days after the service (康复治疗：周一), or lists them (周一、周三).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_names import CN_NAME_STOP_WORDS, CN_NON_GIVEN_CHARS
from medenclave_deid.core.text.lexicon import CN_SURNAMES
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_account_names", "staff_weekday_name"]

_HAN = "\u4e00-\u9fa5"
#: the labels of a login that a person holds, opening their field
_LOGIN = (
    r"(?:登录账号|登录帐号|登录用户名?|登录名|当前用户|用户名|用户|账号|帐号|操作员|操作人|操作者|"
    r"(?:导出|打印|制表|填报|上报)(?:用户名?|人员?|者))"
)
#: what closes a field in a header or a log line
_FIELD_END = r"(?=[ \t\u3000]{2,}|[ \t\u3000]*$|[ \t\u3000]*[，,；;|｜（(])"
_ACCOUNT = re.compile(
    rf"(?:^|(?<=[ \t\u3000|｜]))(?:[【\[]?){_LOGIN}[】\]]?[ \t\u3000]*[：:][ \t\u3000]*"
    rf"(?P<n>[{_HAN}]{{2,3}}){_FIELD_END}",
    re.M,
)
#: who ran an export or a print, in a CSV export's header row (导出用户,建英,导出时间,…)
_EXPORT_CELL = re.compile(
    rf"(?:^|(?<=[,，]))[ \t\u3000]*(?:导出|打印|制表|填报|上报)(?:用户名?|人员?|者)"
    rf"[ \t\u3000]*[,，][ \t\u3000]*(?P<n>[{_HAN}]{{2,3}})[ \t\u3000]*(?=[,，]|$)",
    re.M,
)
#: a system's, a station's or nobody's account, not a person's
_SYSTEM_ACCOUNTS = frozenset(
    "管理员 超级管理员 系统 系统管理员 游客 访客 匿名 公共 默认 测试 未知 未登录 暂无 本人 自助 "
    "护士站 医生站 收费处 挂号处 药房 科室 门诊 急诊 病区 病房 总台 前台 客服 全部 所有 主任".split()
)
#: a relation's or a person's label before a Yi name with 阿
_PERSON_LABEL = (
    r"(?:紧急联系人|联系人|家长|监护人|法定代理人|代理人|委托人|父亲|母亲|配偶|丈夫|妻子|陪同人|陪护人|"
    r"陪护|家属|见证人|签收人|姓名)"
)
_A_NAME = re.compile(
    rf"{_PERSON_LABEL}[ \t\u3000]*[：:][ \t\u3000]*(?P<n>阿[{_HAN}]{{1,2}})(?=[ \t\u3000（(，,；;。、]|$)",
    re.M,
)
#: 阿 opening a kin word, a drug or an acupoint, not a name
_A_WORDS = (
    "阿姨 阿婆 阿公 阿爸 阿妈 阿哥 阿姐 阿伯 阿叔 阿嫂 阿弟 阿妹 阿爷 阿奶 阿舅 阿婶 阿爹 阿娘 "
    "阿司 阿莫 阿托 阿奇 阿昔 阿米 阿糖 阿立 阿仑 阿法 阿普 阿卡 阿德 阿替 阿比 阿那 阿加 阿胶 "
    "阿片 阿是 阿魏 阿达 阿柏 阿帕 阿哌 阿扎 阿戈"
).split()
#: the titles of staff who sign (治疗师, 药师, 护士), then a colon, then a weekday closing the line
_STAFF_TITLE = r"(?:治疗师|药师|技师|医师|医生|大夫|护士|护师|营养师|康复师|咨询师|助产士)"
_WEEKDAY_NAME = re.compile(
    rf"{_STAFF_TITLE}[ \t\u3000]*[：:][ \t\u3000]*(?P<n>周[一二三四五六日天])(?=[ \t\u3000]*$)", re.M
)


#: characters Yi names are written in that are words elsewhere (阿木惹, 阿呷, 阿说)
_YI_CHARS = frozenset("木惹呷且俄底各洛莫则伍沙比果牛说尔格")


def _given_ok(given: str, *, yi: bool = False) -> bool:
    return bool(given) and not any(c in CN_NON_GIVEN_CHARS and not (yi and c in _YI_CHARS) for c in given)


def find_account_names(text: str) -> list[PhiSpan]:
    """Name spans for the fields of the module docstring."""
    out: list[PhiSpan] = []
    for m in [*_ACCOUNT.finditer(text), *_EXPORT_CELL.finditer(text)]:
        name = m.group("n")
        if name in _SYSTEM_ACCOUNTS or name in CN_NAME_STOP_WORDS:
            continue
        given = name[1:] if len(name) == 3 and name[0] in CN_SURNAMES else name
        if _given_ok(given):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _A_NAME.finditer(text):
        name = m.group("n")
        if not name.startswith(tuple(_A_WORDS)) and _given_ok(name[1:], yi=True):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    out.extend(PhiSpan(m.start("n"), m.end("n"), "name") for m in _WEEKDAY_NAME.finditer(text))
    return out


def staff_weekday_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a weekday that a staff title's signature slot holds as a
    name (``康复治疗师：周一⏎``)."""
    line_start = text.rfind("\n", 0, start) + 1
    return any(
        m.start("n") == start and m.end("n") == end
        for m in _WEEKDAY_NAME.finditer(text, line_start, text.find("\n", end) % (len(text) + 1))
    )
