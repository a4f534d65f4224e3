"""People in exported Chinese chat groups, and people after the role words of forms that need no
colon.

* **a ward's chat group exported to text** (科室微信工作群, 护理群): each message opens with its
  sender's display name and a colon, after an optional time stamp (``[2023-04-05 08:12]
  某某某：交班…``, ``快乐的小鱼：收到``), a withdrawn message names who withdrew it
  (``"某某某"撤回了一条消息``) and a mention names whom it calls (``@快乐的小鱼``). A display name
  is whatever the person chose (a nickname, a Latin name, a name with a unit before it), so where
  the text reads as a chat export (two senders' lines at least and a chat mark: ``[图片]``,
  ``[语音]``, ``@…``, ``撤回了一条消息``) every sender is taken whole unless it is a form's label
  (``诊断``, ``备注``, ``交班``).
* **a role word of a form's people, then the name, with or without a colon** (``陪护人某某某系患者之
  女``, ``随访人某某某``, ``村医：某某某``, ``家庭医生某某某签约``): the role says it is a person,
  so a name with no Han surname (a Yi, Uyghur or Tibetan name) is taken as well, under the checks
  of :func:`~medenclave_deid.core.text.chinese_role_names.is_person`.
* **a patient named by the bed** in a handover (``12床某某某夜间血压偏高``): a listed surname
  right after ``N床``, before punctuation or what the handover says of the night, unless an
  everyday word as long as the run stands there (``12床高血压，``); a shorter one may open a
  name (韩国强). A child's pet name (``3床小宝体温38.5``, ``12床豆豆``) or an old patient's 老 and
  surname (``10床老李``) stands there too, unless a clinical character is in it (``3床小便，``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_names import CN_NAME_STOP_WORDS, CN_NON_GIVEN_CHARS
from medenclave_deid.core.text.chinese_role_names import is_person
from medenclave_deid.core.text.lexicon import CN_SURNAMES_AFTER_CUE
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_chat_people"]

_HAN = "\u4e00-\u9fa5"
#: what only a chat export holds: a sticker, a photo or a voice message, a withdrawal, a mention
_CHAT_MARK = re.compile(
    r"\[(?:图片|语音|表情|动画表情|视频|文件|链接|位置|红包|聊天记录)\]|撤回了一条消息|"
    r"(?<![A-Za-z0-9._%+-])@[^\s@]"
)
#: a message's opening: an optional time stamp (``[2023-04-05 08:12]``, ``[3月15日 08:35]``,
#: ``08:12``), the sender, the sender's role in brackets (``某某（家属）``), a colon
_STAMP = r"[\[【(（]?(?:(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?[ T]*)?\d{1,2}:\d{2}(?::\d{2})?[\]】)）]?"
_SENDER = re.compile(
    rf"^[ \t]*(?P<s>{_STAMP}[ \t]*)?(?P<n>[^\s：:\[\]【】（(@\d][^：:\n\[\]（(]{{0,15}}?)[ \t]*"
    r"(?:[（(][^）)\n]{1,6}[）)])?[ \t]*[：:]",
    re.M,
)
_WITHDRAWN = re.compile(
    r"^[ \t]*(?:" + _STAMP + r"[ \t]*)?[\"“「]?(?P<n>[^\s\"“”「」：:\n]{1,16}?)[\"”」]?"
    r"[ \t]*撤回了一条消息",
    re.M,
)
_MENTION = re.compile(r"(?<![A-Za-z0-9._%+-])@(?P<n>[^\s@：:，,。；;!！?？]{1,16})")
#: a form's labels, a chat's own words and the roles of a follow-up's two sides: no sender
_NOT_SENDER = frozenset(
    "诊断 备注 注 交班 接班 主诉 医嘱 处理 计划 结果 内容 时间 日期 科室 床号 姓名 "
    "性别 年龄 地址 电话 说明 通知 群公告 公告 系统 系统消息 群聊 提醒 附件 原因 "
    "病情 体温 血压 心率 血糖 你 我 对方 所有人 全体成员 全体 "
    "患者 病人 患儿 家属 本人 医生 医师 护士 老师 主任 随访对象 随访者 随访人".split()
)
_LABEL_END = re.compile(r"(?:时间|日期|诊断|记录|结果|情况|内容|意见|备注|医嘱|计划|号|科|室|史|检查|对象)$")
#: a role alone before the colon (主治医师：, 值班护士：): a field, no sender
_ROLE_ONLY = re.compile(
    r"(?:主治|主任|副主任|住院|责任|主管|值班|管床|上级|进修|实习)?"
    r"(?:医师|医生|护士长|护士|护师|药师|技师)"
)
#: a title after a sender's surname (覃老师): the title is no part of the name
_TITLE_END = re.compile(r"(?:老师|护士长|护士|医生|医师|主任|大夫|教授|药师|师傅)$")


def _chat_senders(text: str) -> list[PhiSpan]:
    senders = [m for m in _SENDER.finditer(text) if m.group("n").strip()]
    if len(senders) < 2 or not _CHAT_MARK.search(text):
        return []
    if any(m.group("s") for m in senders):  # time-stamped messages: a line without one is a field
        senders = [m for m in senders if m.group("s")]
    out: list[PhiSpan] = []
    for m in senders:
        name = m.group("n").strip()
        if name in _NOT_SENDER or _LABEL_END.search(name) or _ROLE_ONLY.fullmatch(name):
            continue
        start = m.start("n") + m.group("n").index(name)
        name = _TITLE_END.sub("", name)
        if name:
            out.append(PhiSpan(start, start + len(name), "name"))
    for rx in (_WITHDRAWN, _MENTION):
        for m in rx.finditer(text):
            if m.group("n") not in _NOT_SENDER:
                out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    return out


#: the role words of a form's people, then the name with or without a colon
_ROLE_WORD = re.compile(
    rf"(?:陪护人|随访人|随访医生|随访医师|经办人|审核人|审批人|上报人|报告人|申请人|操作者|家庭医生|签约医生|"
    rf"责任医生|村医|乡医|校医|测量者)[ \t\u3000]*[:：]?[ \t\u3000]*"
    rf"(?P<n>[{_HAN}]{{2,4}}?)(?=[，,。；;、\s（(]|系|为|签|于|在|每|电话|联系|$)",
    re.M,
)
#: what stands after a role word where no name does (申请人签字, 报告人电话, 经办人员)
_NOT_A_NAME_START = (
    "签",
    "电话",
    "姓名",
    "员",
    "单位",
    "与",
    "关系",
    "意见",
    "本人",
    "同",
    "日期",
    "时间",
    "职",
    "联系",
    "身份",
)
#: characters of a team, a service or a unit after a role word (家庭医生服务团队, 村医管理中心): no name
_NOT_IN_ROLE_NAME = frozenset("服务团队站所包卫生健康管理中心组机构室")
#: what a handover says of the bed's patient right after the name
_AFTER_BED = (
    r"[，,。；;、\s（(]|夜间|今日|今晨|今天|昨夜|昨晚|昨天|诉|自诉|主诉|血压|体温|心率|血糖|术后|入院|"
    r"出院|拒绝|家属|要求|神志"
)
_BED = re.compile(
    rf"(?<!\d)\d{{1,3}}床(?P<n>[{''.join(sorted(CN_SURNAMES_AFTER_CUE))}][{_HAN}]{{1,2}}?)"
    rf"(?={_AFTER_BED})"
)
#: a child's pet name after the bed (3床小宝体温38.5, 12床豆豆今晨哭闹): 小 or 阿 and one character,
#: or one character twice, that no clinical word starts with (3床小便，); an old patient's 老 and
#: surname (10床老李今晨血压正常)
_BED_PET = re.compile(
    rf"(?<!\d)\d{{1,3}}床(?P<n>[小阿][{_HAN}]|老[{''.join(sorted(CN_SURNAMES_AFTER_CUE))}]|(?P<r>[{_HAN}])(?P=r))"
    rf"(?={_AFTER_BED})"
)
_NOT_IN_PET_NAME = frozenset("儿结叶夜板片量时号便块细分半数肠脑腿指")


def _stop_words_at(text: str, start: int) -> list[str]:
    return [w for w in CN_NAME_STOP_WORDS if text.startswith(w, start)]


def find_chat_people(text: str) -> list[PhiSpan]:
    """Name spans of the module docstring's forms (overlaps not yet resolved).

    Args:
        text: the note.
    """
    out = _chat_senders(text)
    for rx in (_ROLE_WORD, _BED):
        for m in rx.finditer(text):
            name = m.group("n")
            # a whole name may start like a word (殷红霞: 殷红, 韩国强: 韩国); after a bed, a word
            # as long as the run is what the handover says (12床高血压，)
            if rx is _BED and any(len(w) >= len(name) for w in _stop_words_at(text, m.start("n"))):
                continue
            if rx is _ROLE_WORD and set(name) & _NOT_IN_ROLE_NAME:
                continue
            if not name.startswith(_NOT_A_NAME_START) and is_person(text, m.start("n"), name, words=False):
                out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _BED_PET.finditer(text):
        name = m.group("n")
        if not set(name) & (CN_NON_GIVEN_CHARS | _NOT_IN_PET_NAME):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    return out
