"""Chinese names too short or too familiar for the surname rules, told by where they stand.

* **one character after a role or a relation**, the clause ending right after it: a surname
  alone after a title (``护士长孟；``, ``记录员：荣``) or a given name alone after the relation
  (``接听人：患者老伴涛。``, ``患者之女敏，``);
* **a name before its relation in brackets**, after what the patient says (``患者诉岩（爱人）
  每日陪护``, ``称德明（丈夫）``) or after a carer's or a relative's label (``陪护：辉（老伴）``);
* **a one-character name of the patient** before what is told about their past
  (``家属另诉患者霞既往在…``);
* **a named child or relative before what they do** (``孩子萧文吃了药``, ``患者母亲邓雅琴来电``),
  and a surname before a title after a time (``两周后丁主任门诊复诊``);
* **a child's pet name before the parent who speaks** in a chat or a call log
  (``毛毛妈妈：``, ``小军爸爸：``);
* **a Tibetan name** anywhere: two of the usual name parts joined (``扎西多吉``, ``次仁卓玛``),
  written with no surname and so missed by every surname rule;
* **a name alone after the title of who did the work**, closing its cell (``康复治疗师晓峰⏎``,
  ``技师 俊杰 核对``, ``护士丽娜，``): therapists, technicians and nurses sign with the given
  name, or with a surname no list holds, so the characters are not checked for a surname;
* **a parent named in a newborn's name** (``患儿：乌兰图雅之子``): the run opening the cell
  before 之子 / 之女 is the mother or the father, whatever its characters.

A character that names practically never use (:data:`CN_NON_GIVEN_CHARS`) or that is a word of
its own in that place (无, 略, 本, 儿 …) is not taken.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_names import CN_NAME_STOP_WORDS, CN_NON_GIVEN_CHARS
from medenclave_deid.core.text.lexicon import CN_SURNAMES
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_short_names"]

_HAN = "\u4e00-\u9fa5"
#: characters that stand where a one-character name would but say something else
_NOT_NAME_CHARS = frozenset(
    "无未略同见签不有是否等及好可已在为其该本某均并自因于由与和或也都亦还又再即将曾既这那此各每"
    "儿子女婿媳们伴人属妻夫父母兄弟姐妹孙侄亲友家患病者医护士长员师主任科室院号床"
    "男性岁年月日天时分秒上下左右前后内外中大小多少高低一二三四五六七八九十"
    # what makes a word with the title before it (护士站, 护士台, 医生办, 护理组)
    "站台办组"
)
_TITLE = (
    r"(?:护士长|护士|主任|副主任|主管医师|主治医师|住院医师|医师|医生|大夫|组长|记录员|记录者|记录人|"
    r"书写者|书写人|操作者|操作员|审核者|审核人|检查者|核对者|核对人|签名|签字)"
)
_KIN = (
    r"(?:老伴|爱人|配偶|丈夫|妻子|之女|之子|其女|其子|儿子|女儿|母亲|父亲|姐姐|哥哥|弟弟|妹妹|"
    r"儿媳|女婿|孙子|孙女|外孙|外孙女)"
)
_END = r"(?=[ \t\u3000]*[；;，,。、]|[ \t\u3000]{2}|[ \t\u3000]*$)"
_ONE_AFTER = re.compile(rf"(?:{_TITLE}|{_KIN})[ \t\u3000]*[:：]?[ \t\u3000]*(?P<n>[{_HAN}]){_END}", re.M)
_BEFORE_KIN = re.compile(
    # after what the patient says, or after a carer's or a relative's label (在场陪护：辉（老伴）)
    rf"(?:(?<=[诉称述说])|(?<=[护属人][:：]))"
    rf"[ \t\u3000]*(?P<n>[{_HAN}]{{1,3}})[ \t\u3000]*[（(]\s*(?:患者|病人)?之?"
    r"(?:爱人|配偶|老伴|丈夫|妻子|儿子|女儿|母亲|父亲|子|女|儿媳|女婿|孙子|孙女|哥哥|弟弟|姐姐|妹妹|兄|弟|姐|妹)"
    r"\s*[)）]"
)
#: a named child or relative before what they do: 孩子萧文吃了药, 患者母亲邓雅琴来电
_SURNAME_ALT = "[" + "".join(sorted(CN_SURNAMES)) + "]"
_NAMED_BY_ROLE = re.compile(
    rf"(?:孩子|患儿|小孩|宝宝|母亲|父亲|妈妈|爸爸|丈夫|妻子|儿子|女儿|老伴|爱人|配偶)"
    rf"(?P<n>{_SURNAME_ALT}[{_HAN}]{{1,2}}?)"
    r"(?=吃了|喝了|今天|昨天|昨晚|这两天|一直|还是|发烧|发热|咳嗽|来电|致电|打电话|来院|到院|前来|探视)"
)
#: a surname and a title after a time (两周后丁主任门诊复诊, 三天前李医生查房)
_SURNAME_AFTER_TIME = re.compile(
    rf"(?<=[周天月日年]后|[周天月日年]前)(?P<n>{_SURNAME_ALT})(?=主任|医生|医师|大夫|教授|护士长)"
)
_PATIENT_ONE = re.compile(rf"(?:患者|病人)(?P<n>[{_HAN}])(?=既往|平素|曾经|自幼|早年)")
_PET_NAME = re.compile(
    rf"(?:^|(?<=[\]】）)\s]))(?P<n>[{_HAN}]{{2}})(?=(?:妈妈|爸爸|奶奶|爷爷|外婆|外公|姥姥|姥爷)\s*[:：])",
    re.M,
)
#: who speaks in a chat without naming the child (宝宝妈妈：, 患儿爸爸：)
_NOT_PET = frozenset("宝宝 孩子 小孩 患儿 病人 患者 家长 新生 学生 儿子 女儿 孙子 孙女 大宝 二宝".split())


def _name_chars(word: str) -> bool:
    """No character of ``word`` says something else; a lone surname (黄, 毛) may be a clinical one."""
    if len(word) == 1 and word in CN_SURNAMES:
        return word not in _NOT_NAME_CHARS
    if len(word) == 1:
        return word not in _NOT_NAME_CHARS and word not in CN_NON_GIVEN_CHARS
    # in a longer name only the first character must not be a word of its own (周小乐, 诉玉兰)
    return word[0] not in _NOT_NAME_CHARS and not any(c in CN_NON_GIVEN_CHARS for c in word)


#: the usual parts of Tibetan names; two joined are a name
_TIBETAN_PARTS = (
    "扎西 多吉 次仁 卓玛 格桑 拉姆 达瓦 尼玛 平措 旺堆 索朗 顿珠 央金 德吉 白玛 洛桑 丹增 益西 "
    "强巴 普布 边巴 巴桑 旺姆 曲珍 德央 仁增 罗布 次旦 旦增 贡布 群培 桑珠 琼达 措姆 拉巴 "
    "米玛 嘎玛 顿珠 赤列 阿旺 央宗 巴珠 格来 土登 加措 嘉措 梅朵 卓嘎 次珍 索南 白珍 拉珍 "
    "泽仁 达娃 多杰 才让 仁青 欧珠 次央 尼珍 桑吉 边珍 曲吉 洛珠 贡嘎 久美 四郎 扎巴"
).split()
_TIBETAN_ALT = "|".join(sorted(set(_TIBETAN_PARTS), key=lambda w: (-len(w), w)))
_TIBETAN = re.compile(rf"(?:{_TIBETAN_ALT})(?:{_TIBETAN_ALT})")
#: the titles of those who carry out a treatment or an examination and sign its row
_WORKER = r"(?:治疗师|康复师|技师|技术员|操作者|执行者|执行人|护士|护师|药师|医师|医生|营养师|咨询师)"
#: the title opens a cell of a row (after a space, a date or the line's start) and the name
#: closes it: the layout of a signed treatment or examination row, not of a sentence
_GIVEN_AFTER_WORKER = re.compile(
    rf"(?:^|(?<=[\s\d]))[{_HAN}]{{0,2}}?{_WORKER}[ \t\u3000]?(?P<n>[{_HAN}]{{2,3}})"
    r"(?=\s|[（(]|$|签字|签名|核对|执行|确认)"
)
#: what closes a worker's cell without naming them: what they do or how it went
_WORKER_NOT_NAMES = frozenset(
    "核对 执行 签字 签名 查房 会诊 指导 操作 协助 评估 记录 完成 确认 复核 观察 陪同 在场 处理 宣教 告知 "
    "负责 值班 交班 接班 培训 进修 签到 到场 缺席 不在 未到 已到 长期 临时 助理 团队 小组 本人 代签 审核 "
    "同意 建议 认为 回复 通知".split()
)
#: characters that never open a signed given name (子涵, 小雨 do open one) and characters of a
#: shift, a unit or a time that no signed name holds (技师 夜班, 护士 明日)
_NOT_FIRST_SIGNED = frozenset(
    "无未略同见签不有是否等及可已在为其该本某均并自因于由与和或也都亦还又再即将曾"
    "既这那此各每们患病者医护士长员师主任科室院号床上下左右前后内外站台办"
)
_NOT_IN_SIGNED = frozenset("班组部次周科室院号床年月日天时分秒岁")
_PARENT_OF = re.compile(rf"(?:^|(?<=[：:（(\s]))(?P<n>[{_HAN}]{{2,6}})(?=之[子女])", re.M)
#: words a newborn's label holds where the parent's name would stand (患者之女, 产妇之子)
_NOT_PARENT = ("患", "病", "本人", "家属", "母", "父", "妻", "夫", "产妇", "孕妇", "该", "某", "其之", "死者")


def _signed_name(text: str, start: int, name: str) -> bool:
    """Whether the run closing a worker's cell is a name: no act or state (核对, 值班), no
    surname and title (吕医生, 万主任: the title rules read those), no clinical character."""
    return (
        name not in _WORKER_NOT_NAMES
        and name[0] not in _NOT_FIRST_SIGNED
        and not name.endswith(("医生", "主任", "大夫", "护士", "医师", "老师"))
        and not any(c in CN_NON_GIVEN_CHARS or c in _NOT_IN_SIGNED for c in name)
        and not text.startswith(CN_NAME_STOP_WORDS, start)
    )


def find_short_names(text: str) -> list[PhiSpan]:
    """Name spans of the forms in the module docstring (overlaps not yet resolved).

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    for rx in (_ONE_AFTER, _BEFORE_KIN, _PATIENT_ONE, _NAMED_BY_ROLE, _SURNAME_AFTER_TIME):
        for m in rx.finditer(text):
            if _name_chars(m.group("n")):
                out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    out += [PhiSpan(m.start(), m.end(), "name") for m in _TIBETAN.finditer(text)]
    for m in _GIVEN_AFTER_WORKER.finditer(text):
        if _signed_name(text, m.start("n"), m.group("n")):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _PARENT_OF.finditer(text):
        if not any(w in m.group("n") for w in _NOT_PARENT):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _PET_NAME.finditer(text):
        pet = m.group("n")
        # a doubled character is a pet name whatever it is (毛毛, 豆豆)
        if pet not in _NOT_PET and (pet[0] == pet[1] or not any(c in CN_NON_GIVEN_CHARS for c in pet)):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    return out
