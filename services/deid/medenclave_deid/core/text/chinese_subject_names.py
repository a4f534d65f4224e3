"""Chinese names with no surname and no title, told by the sentence they open or the cue before.

Families and nurses write the patient or a relative by the given name alone, or by a pet name,
at the head of a sentence (``建国诉昨夜咳嗽``, ``丫丫今日体温正常``, ``小胖昨晚哭闹``); the
surname rules have nothing to hold on to there. Two shapes are taken:

* **a clause's subject before what the person says** (诉, 自诉, 述, 称): two characters opening
  the sentence, none of them a word for a role, a relation or a time (患者诉, 家属诉, 今日诉
  stay), none a character names do not use;
* **a pet name opening the sentence before a time or a child's day** (今日, 昨晚, 哭闹 …): a
  doubled character (丫丫, 乐乐 — not the doubled adverbs 渐渐, 常常) or 小/阿 and one character.

Two more shapes after the workers around a patient (保安, 护工, 陪护, 司机 …): the familiar
小刘 / 老王 of a colleague (a surname after 小 or 老), and a given name with the relation in
brackets after it (``陪护桂芳（女儿）``).

And a single part of a Tibetan, Mongolian or Uyghur name (扎西, 其其格, 阿依古丽) right after the
word for the patient or a relative, opening a line before the sex or alone in a table's cell:
those names have no surname, so no surname rule sees them; the parts are the usual ones of each
people's names.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_names import CN_NAME_STOP_WORDS, CN_NON_GIVEN_CHARS
from medenclave_deid.core.text.lexicon import CN_SURNAMES
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["extend_double_surnames", "find_subject_names"]

_HAN = "\u4e00-\u9fa5"
#: where a sentence or a clause about someone new starts
_OPEN = r"(?:^|(?<=[。！？；;!?\n]))[ \t\u3000]*"
#: 诉 after a word for what is recorded is a nurse's "reported" (饮食诉可, 睡眠诉差): no person
_SAYS = r"(?:自诉|自述|代诉|诉(?!可|差|好|佳|尚|一般|正常|欠佳)|称|述说)"
_SUBJECT_SAYS = re.compile(rf"{_OPEN}(?P<n>[{_HAN}]{{2}})(?={_SAYS})", re.M)
_PET_OPENS = re.compile(
    rf"{_OPEN}(?P<n>(?P<d>[{_HAN}])(?P=d)|[小阿老][{_HAN}])"
    rf"(?=今日|今天|今晨|昨晚|昨夜|昨日|昨天|晨起|夜间|哭闹|进食|{_SAYS})",
    re.M,
)
#: the workers and acquaintances around a patient who are named by a familiar form
_WORKERS = r"(?:保安|护工|保洁|陪护|陪护人|司机|村医|网格员|志愿者|同事|邻居|工友|联系人|监护人|陪同人)"
_FAMILIAR_AFTER_WORKER = re.compile(
    rf"{_WORKERS}[:：]?(?P<n>[小老](?P<s>[{_HAN}]))(?=[{_HAN}，,。；;、\s]|$)"
)
_GIVEN_BEFORE_KIN = re.compile(
    rf"{_WORKERS}[:：]?(?P<n>[{_HAN}]{{2,3}})(?=[（(](?:患者之?)?(?:女儿|儿子|妻子|丈夫|爱人|老伴|儿媳|女婿|"
    r"孙子|孙女|母亲|父亲|哥哥|姐姐|弟弟|妹妹|侄子|侄女|外甥|[子女妻夫母父兄姐弟妹])[)）])"
)
#: characters that end or open a word for a role, a relation, a time or a body part, never a name
#: of this shape (患者, 家属, 其母, 本人, 今日, 术后, 伤口)
_NOT_SUBJECT = frozenset(
    "者属人儿母父妻夫兄弟姐妹婆爷奶伴友医士生员师长其本该今昨明晨夜午早晚日天时年后前口部处侧"
    "主代自另再又仍均亦也曾现尚未已经均诉称述患"
)
#: doubled characters that are adverbs or words, not pet names (渐渐, 常常, 偶偶)
_DOUBLED_WORDS = frozenset("渐常刚往稍慢微轻时频隐阵处天种个人多久偶每仅暂屡早宝娃哥爸妈爷叔婶舅姑公")
#: the usual parts of minority names with no surname (Tibetan, Mongolian, Uyghur, Kazakh, Yi)
_MINORITY_PARTS = tuple(sorted(set((
    "扎西 多吉 次仁 卓玛 格桑 拉姆 达瓦 尼玛 平措 旺堆 索朗 顿珠 央金 德吉 白玛 洛桑 丹增 益西 强巴 "
    "普布 边巴 巴桑 旺姆 曲珍 次旦 旦增 贡布 才让 仁青 泽仁 "
    "巴特尔 其其格 乌兰 斯琴 苏和 额尔敦 哈斯 格日勒 萨仁 图雅 宝音 朝鲁 巴雅尔 孟和 阿拉坦 "
    "阿依古丽 古丽 古丽娜尔 买买提 艾力 艾尼瓦尔 热依拉 帕提古丽 努尔 阿不都 吐尔逊 迪丽 "
    "阿卜杜 阿布都 艾尔肯 吐尔洪 麦麦提 依明 玉素甫 热合曼 努尔兰 赛力克 加娜尔 巴合提 "
    "阿依 阿呷 阿牛 木呷 吉克").split()), key=lambda w: (-len(w), w)))
_PART = "|".join(_MINORITY_PARTS)
_MINORITY_AFTER_CUE = re.compile(
    rf"(?:患者|病人|患儿|其妻|其夫|其子|其女|之妻|之夫|之子|之女|妻子|丈夫|儿子|女儿|母亲|父亲|家属|"
    rf"陪护人|监护人|联系人)[:：]?"
    rf"(?P<n>(?:{_PART})[{_HAN}]{{0,3}}?)(?=[，,。；;、\s（(]|入院|就诊|陪同|陪护|签字|$)"
)
#: Uyghur names run long (阿不都热合曼): up to four characters after the part
_MINORITY_OPENS_LINE = re.compile(rf"^[ \t\u3000]*(?P<n>(?:{_PART})[{_HAN}]{{0,4}}?)(?=[，,\s]+[男女])", re.M)
_MINORITY_SAYS = re.compile(
    rf"{_OPEN}(?P<n>(?:{_PART})[{_HAN}]{{0,2}}?)(?={_SAYS}|今日|今天|今晨|昨晚|昨日)", re.M
)
#: a name standing alone in a table's cell (``  其其格(PZ2114)  ``): no Chinese character either side
_PLACE_END = re.compile(r"[市县区旗盟镇乡村州省路街]$|浩特|察布")
#: a Japanese name written in kanji after the word for a patient, a relative or an interpreter
#: (陪同翻译佐藤美纪, 患者山本健太，男): its surname is on no Chinese list; the usual two-character
#: ones, then one to three given characters before a break or what the person does
_JAPANESE_SURNAMES = "|".join(sorted(set((
    "佐藤 铃木 高桥 田中 渡边 伊藤 山本 中村 小林 加藤 吉田 山田 佐佐木 山口 松本 井上 木村 清水 "
    "山崎 池田 桥本 阿部 石川 山下 中岛 前田 冈田 长谷川 藤田 后藤 近藤 村上 远藤 青木 坂本 斋藤 "
    "福田 太田 西村 藤井 冈本 藤原 中野 三浦 原田 松田 竹内 小野 田村 中山 和田 森田 上田 内田 "
    "柴田 酒井 宫崎 横山 高木 安藤 宫本 大野 谷口 今井 工藤 野口 武田 松井 千叶 岩崎 菅原 木下 "
    "久保 佐野 野村 松尾 菊地 杉本 大岛 水野 樱井 渡部 吉川 西田 菊池 北村 五十岚").split()),
    key=lambda w: (-len(w), w)))
_JAPANESE_AFTER_CUE = re.compile(
    rf"(?:患者|病人|患儿|翻译|陪同|丈夫|妻子|儿子|女儿|母亲|父亲|家属|联系人|监护人|陪护人|之妻|之夫)"
    rf"[:：]?(?P<n>(?:{_JAPANESE_SURNAMES})[{_HAN}]{{1,3}}?)"
    rf"(?=[，,。；;、\s（(）)]|陪同|陪护|就诊|入院|签字|代为|$)"
)
#: a Korean name in Hangul beside its Han form (李尚宇（이상우）): Hangul in a Chinese note is a name
_HANGUL_NAME = re.compile(r"(?<![\uac00-\ud7a3])(?P<n>[\uac00-\ud7a3]{2,4})(?![\uac00-\ud7a3])")
_MINORITY_CELL = re.compile(rf"(?<![{_HAN}·])(?P<n>(?:{_PART})[{_HAN}]{{0,3}}?)(?=[ \t\u3000(（]|$)", re.M)


def _subject(word: str) -> bool:
    return not any(c in _NOT_SUBJECT or c in CN_NON_GIVEN_CHARS for c in word)


def find_subject_names(text: str) -> list[PhiSpan]:
    """Name spans of the forms in the module docstring (overlaps not yet resolved).

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    for m in _SUBJECT_SAYS.finditer(text):
        if _subject(m.group("n")) and not text.startswith(CN_NAME_STOP_WORDS, m.start("n")):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _PET_OPENS.finditer(text):
        pet = m.group("n")
        # 老 only before a surname (老张, not 老年 or 老人)
        if pet[0] == "老":
            if pet[1] not in CN_SURNAMES or pet[1] in _NOT_SUBJECT:
                continue
        elif (m.group("d") and pet[0] in _DOUBLED_WORDS) or pet[1] in _NOT_SUBJECT \
                or pet[1] in CN_NON_GIVEN_CHARS:
            continue
        out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _FAMILIAR_AFTER_WORKER.finditer(text):
        if m.group("s") in CN_SURNAMES and m.group("s") not in _NOT_SUBJECT:
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _GIVEN_BEFORE_KIN.finditer(text):
        if _subject(m.group("n")) and not text.startswith(CN_NAME_STOP_WORDS, m.start("n")):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for rx in (_MINORITY_AFTER_CUE, _MINORITY_OPENS_LINE, _MINORITY_SAYS, _MINORITY_CELL,
               _JAPANESE_AFTER_CUE, _HANGUL_NAME):
        # 乌兰浩特市, 阿拉坦镇: a place named after a person is a place, found as one elsewhere
        out += [PhiSpan(m.start("n"), m.end("n"), "name") for m in rx.finditer(text)
                if not _PLACE_END.search(m.group("n"))]
    return out


#: what opens a cell or a field, before a name's first character
_CELL_OPENS = frozenset("\t\n,，|：:、 \u3000")
#: surnames that are also the prepositions and conjunctions a cell can open with
_NOT_DOUBLED = frozenset("于和与及同向由在从给对将把被经")


def extend_double_surnames(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """A name that carries two surnames (冠夫姓 陈李建国, a cell's ``王李明``) found from its
    second: the surname before it, opening the cell, belongs to the name.

    Args:
        text: the note.
        spans: the spans found so far.
    """
    out: list[PhiSpan] = []
    for span in spans:
        start = span.start - 1
        if (
            span.category != "name"
            or not 2 <= span.end - span.start <= 3
            or start < 0
            or text[span.start] not in CN_SURNAMES
            or text[start] not in CN_SURNAMES
            or text[start] in _NOT_DOUBLED
            or (start > 0 and text[start - 1] not in _CELL_OPENS)
        ):
            continue
        out.append(PhiSpan(start, span.end, "name"))
    return out
