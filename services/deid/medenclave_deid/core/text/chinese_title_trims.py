"""Name spans that took a title, a label or a clinical term for a person, set right.

* **a surname and its title read as one name** (``评估护士：缑护士``, ``护士长：董护士长``,
  ``复核：阚主任``): only the surname before the title names anyone; the title stays, and a
  span that is nothing but a title or a role label (``护士``, ``护士长``, ``评估护士``) is dropped,
  so the label words of a form are never replaced by surrogate names; a title before the name
  (``护士长李娟``) stays too.
* **a compound surname that is also a town** (即墨) before a place's word (``即墨人``,
  ``即墨籍``): the town, no person.
* **a committee in brackets after a member** (``某某某（伦理委员会）``): an organisation of the
  hospital, no person.
* **a herb of a Chinese prescription** read as a surname and a given name (``白芥子``, ``白芷``,
  ``马钱子``, ``沙参``): the common drugs of the Chinese pharmacopoeia stay wherever they stand,
  and so does any run ending in a herb's part (子 仁 皮 根 叶 花 草 参) inside a list after a drug
  label (``药物：``, ``中药：``, ``方药：``, ``组方：``).
* **an intrauterine device's brand** (``节育器：吉妮环``, ``放置爱母环``): a run ending in 环 after
  the device's label or the act of placing it is a product, not a person.
* **a pain or sedation score written as a fraction** (``VAS 2/6分``, ``NRS 3/8``): the score on
  rest and on movement after a scale's name is no date.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.lexicon import CN_COMPOUND_SURNAMES, CN_SURNAMES_AFTER_CUE
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["fix_title_and_term_spans"]

_HAN = "\u4e00-\u9fa5"
#: a clinician's or a staff member's title, longest first
_TITLES = (
    "副主任医师",
    "主任医师",
    "主治医师",
    "住院医师",
    "主管护师",
    "副主任",
    "护士长",
    "护士",
    "护师",
    "医师",
    "医生",
    "主任",
    "大夫",
    "教授",
    "药师",
    "技师",
    "老师",
    "师傅",
    "助产士",
    "治疗师",
)
_TITLE_END = re.compile(rf"(?:{'|'.join(_TITLES)})$")
_TITLE_START = re.compile(rf"(?:{'|'.join(_TITLES)})")
#: a role label that ends in a title (评估护士, 责任护士, 复核医师, 值班医生): a label, no name
_ROLE_LABEL = re.compile(
    rf"^(?:评估|责任|值班|主管|主治|管床|床位|复核|审核|核对|巡回|器械|洗手|带教|质控|随访|执行|记录|签名|"
    rf"护理|手术|麻醉|门诊|急诊|病区|总|副|实习|进修|规培|接诊|首诊|经治|上级|交班|接班)?(?:{'|'.join(_TITLES)})$"
)
#: what follows a surname that is also a town's name (即墨区, 即墨人, 即墨籍): the town
_PLACE_TAILS = frozenset("人 籍 区 市 县 镇 乡 村 路 街".split())
_COMMITTEE = re.compile(r"(?:委员会|委会|办公室|工作组|小组)$")

#: common drugs of the Chinese pharmacopoeia that read like a surname and a given name
_HERBS = frozenset(
    "白芥子 白芷 白术 白芍 白及 白果 白前 白薇 白蔹 白茅根 白头翁 白花蛇舌草 白鲜皮 白扁豆 "
    "白附子 白矾 白豆蔻 "
    "马钱子 马齿苋 马勃 马兜铃 沙参 南沙参 北沙参 沙苑子 沙棘 石膏 石斛 石菖蒲 石韦 石决明 石榴皮 "
    "甘草 甘遂 葛根 桑叶 桑枝 桑白皮 桑椹 桑寄生 桑螵蛸 柴胡 黄芪 黄芩 黄连 黄柏 黄精 牛膝 牛蒡子 "
    "牛黄 何首乌 杜仲 连翘 连钱草 丁香 茯苓 党参 丹参 苦参 玄参 人参 西洋参 太子参 杏仁 桃仁 酸枣仁 "
    "柏子仁 郁李仁 火麻仁 薏苡仁 砂仁 冬瓜仁 车前子 菟丝子 枸杞子 五味子 女贞子 莱菔子 苏子 紫苏子 "
    "紫苏 紫菀 紫草 蛇床子 决明子 金樱子 覆盆子 栀子 川楝子 吴茱萸 山茱萸 山药 山楂 山豆根 山慈菇 "
    "陈皮 青皮 牡丹皮 丹皮 地骨皮 厚朴 肉桂 桂枝 肉苁蓉 细辛 延胡索 防风 荆芥 羌活 独活 麻黄 "
    "龙骨 龙胆 龙眼肉 钩藤 天麻 全蝎 蜈蚣 僵蚕 地龙 当归 川芎 熟地黄 生地黄 地黄 熟地 生地 阿胶 "
    "半夏 法半夏 天南星 贝母 浙贝母 川贝母 瓜蒌 桔梗 前胡 款冬花 百部 百合 麦冬 天冬 玉竹 "
    "金银花 菊花 野菊花 蒲公英 板蓝根 大青叶 鱼腥草 穿心莲 夏枯草 益母草 艾叶 香附 乌药 木香 "
    "沉香 檀香 乳香 没药 三七 红花 藏红花 蒲黄 姜黄 郁金 莪术 三棱 水蛭 土鳖虫 鸡血藤 "
    "附子 干姜 生姜 大枣 吴茱萸 小茴香 花椒 高良姜 胡椒 荜茇 冰片 麝香 苍术 藿香 佩兰 "
    "泽泻 猪苓 车前草 滑石 木通 通草 金钱草 茵陈 虎杖 大黄 芒硝 番泻叶 芦荟 巴豆 "
    "乌梅 诃子 肉豆蔻 赤石脂 莲子 芡实 山萸肉 龟甲 鳖甲 鹿茸 鹿角胶 淫羊藿 巴戟天 补骨脂 "
    "益智仁 续断 骨碎补 狗脊 威灵仙 秦艽 防己 木瓜 伸筋草 桑寄生 五加皮 徐长卿 "
    "远志 合欢皮 夜交藤 首乌藤 柏子仁 朱砂 磁石 牡蛎 珍珠母 代赭石 罗布麻 "
    "升麻 葛根 蔓荆子 薄荷 蝉蜕 淡豆豉 浮萍 木贼 谷精草 密蒙花 青葙子 "
    "黄药子 海藻 昆布 竹茹 竹沥 天竺黄 胖大海 罗汉果 枇杷叶 马兜铃 葶苈子 白芥子 紫苏子".split()
)
#: a drug list's label in a Chinese note (药物：, 中药：, 组方：, 贴敷药物：)
_DRUG_LIST = re.compile(r"(?:药物|中药|方药|组方|处方|药材|成分|敷药|贴敷药)[ \t]*[:：]")
_HERB_PART = re.compile(rf"^[{_HAN}]{{1,3}}[子仁皮根叶花草参藤]$")
#: an intrauterine device's label or its placing (节育器：, 宫内节育器, 放置, 上环)
_IUD_CUE = re.compile(
    r"(?:节育器|IUD|节育环|避孕环)[ \t]*(?:型号|品牌|类型|种类)?[ \t]*[:：]?[ \t]*$"
    r"|(?:放置|置入|更换|取出)$"
)
#: a scale's name before a score written as two figures (VAS 2/6分, NRS 3/8)
_SCALE_BEFORE = re.compile(
    r"(?:VAS|NRS|NPRS|VRS|FPS-R|FPS|BPS|CPOT|RASS|Ramsay|疼痛评分|评分)[ \t]*[:：]?[ \t]*$",
    re.IGNORECASE,
)


def _surname_length(value: str) -> int:
    """How many characters of ``value`` a surname takes (0 when none opens it)."""
    if value[:2] in CN_COMPOUND_SURNAMES:
        return 2
    return 1 if value[:1] in CN_SURNAMES_AFTER_CUE else 0


def _in_drug_list(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    labels = list(_DRUG_LIST.finditer(head))
    # the list runs on from its label through enumerating marks only
    return bool(labels) and not re.search(r"[。；;]", head[labels[-1].end() :])


def _fixed(text: str, span: PhiSpan) -> PhiSpan | None:
    """The span set right, or None where it names no one (the module docstring)."""
    value = text[span.start : span.end]
    if (
        span.category == "date"
        and re.fullmatch(r"\d{1,2}/\d{1,2}", value)
        and _SCALE_BEFORE.search(text, max(0, span.start - 12), span.start)
        and text.startswith("分", span.end)
    ):
        return None
    if span.category != "name":
        return span
    if _ROLE_LABEL.match(value) or _COMMITTEE.search(value):
        return None
    surname = _surname_length(value)
    if surname and value[surname:] in _PLACE_TAILS:  # 即墨人, 即墨籍: a town (即墨区) and its people
        return None
    if value in _HERBS or (_HERB_PART.match(value) and _in_drug_list(text, span.start)):
        return None
    if value.endswith("环") and _IUD_CUE.search(text, max(0, span.start - 12), span.start):
        return None
    lead = _TITLE_START.match(value)
    if lead and _surname_length(value[lead.end() :]) and len(value) - lead.end() >= 2:
        return PhiSpan(span.start + lead.end(), span.end, span.category)  # 护士长李娟: 李娟
    title = _TITLE_END.search(value)
    # 缑护士, 董护士长: the surname alone; 杨师傅 is how a driver or a porter is called, the
    # whole of it his name
    if title and surname and title.start() == surname and title.group() != "师傅":
        return PhiSpan(span.start, span.start + surname, span.category)
    return span


def fix_title_and_term_spans(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` with the titles, labels and clinical terms taken out of names (the module
    docstring).

    Args:
        text: the note.
        spans: resolved spans.
    """
    out: list[PhiSpan] = []
    for span in spans:
        fixed = _fixed(text, span)
        if fixed is not None:
            out.append(fixed)
    return out
