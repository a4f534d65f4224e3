"""Ages over 89 in Chinese numerals, device serial columns and relatives' name columns of the
forms Chinese hospitals export (registers, rental and implant logs, pre-school and work-ability
forms).

* **ages over 89 said in words** beyond the plain ``九十二岁`` / ``一百零二岁`` that
  :mod:`chinese_fields_extra` reads: ``百岁``, ``百零三岁``, ``壹百岁``, an age read digit by digit
  (``一〇二岁``, ``一零二岁``, ``九五岁``), and an age field's value in words with no unit
  (``年龄：九十五``, ``年龄：一百零一``) or an age column's cell (``何某,一百零一,老年科``).
* **a serial column**: a table (aligned or delimited) whose header names a device's number
  (``假体编号``, ``设备序列号``, ``SN``, ``机身号``, ``出厂编号``): its cells of letters and digits (five
  or more, a digit among them). A model's, lot's or size's column (型号, 批号, LOT, 规格) is no
  serial column, so those cells stay.
* **a relative's column**: a table whose header names the person to call or who signs for the
  patient (监护人, 紧急联系人, 配偶, 家长, 父亲, 母亲, 法定代理人, 陪同人 …) or who rents a device
  (租赁人, 承租人): its cells that read as a
  name (two to four Chinese characters, a minority name with its dot).
* **a long transliterated name after a relation or a guardian's label** with no dot
  (``其外甥阿力木江负责签字``, ``监护人（签字）：布仁巴雅尔``): three to seven characters that
  Mongolian, Tibetan and Uyghur names are written in.
* **a hospital's short name in brackets** right after its full name (``…湘雅医院（湘雅）``,
  ``河南省人民医院（简称省医）``): no grade, campus kind, department or word of the record.
* **the firm or the nursery of a form's field**: 租赁公司, 租赁方, 出租单位, 服务商, 幼儿园, 入托园所,
  托育机构 and the like, the whole value to its punctuation (``租赁公司：鱼跃医疗便民服务站``,
  ``入托园所：金色摇篮幼儿园（西湖园区）``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.table_columns import delimited_cells, table_cells

__all__ = ["find_ages_serials_relatives"]

_DIGIT = "一二三四五六七八九"
#: 百岁, 一百岁, 壹百岁, 百零三岁, 一百一十岁; 一〇二岁 / 一零二岁 (digit by digit); 九五岁
_WORD_AGE = (
    rf"(?:[一壹]?百(?:零[{_DIGIT}]|[一二三四]?十[{_DIGIT}]?)?"
    rf"|一[〇○零0][{_DIGIT}]|一[一二三四][〇○零0{_DIGIT}]"
    rf"|九[〇○零{_DIGIT}]|九十[{_DIGIT}]?)"
)
_NUMERAL = rf"〇○零十百千万两{_DIGIT}壹贰叁肆伍陆柒捌玖拾佰"
_AGE_WORDS = re.compile(rf"(?<![{_NUMERAL}0-9第])(?P<v>{_WORD_AGE}[ \t]*(?:周岁|岁|周歲|歲))(?![{_NUMERAL}])")
#: an age field's value in words, its unit left out (年龄：九十五, 年龄 | 一百零一), or in figures
#: right after the label or a 年纪 label (年龄95, 年纪：93); 今年一百零二 (了)
_AGE_FIELD_WORDS = re.compile(
    rf"(?:年[ \t]*[龄纪](?:[ \t]*[(（][ \t]*(?:岁|周岁)[ \t]*[)）])?[ \t]*[:：|｜]?|(?:今年|现年)(?:已经?)?)"
    rf"[ \t]*(?P<v>{_WORD_AGE}|(?<![0-9])(?:9\d|1[0-4]\d))"
    rf"(?![{_NUMERAL}0-9.]|[ \t]*(?:个月|月|天|日|周|小时|%|kg|cm|次|分|mm|/分|年|例|人|名|元|项|"
    r"－|-|~|～|至))"
)
#: a figure over 89 with the traditional unit (95歲, 101周歲)
_AGE_TRADITIONAL = re.compile(r"(?<![0-9.])(?P<v>(?:9\d|1[0-4]\d)[ \t]*(?:周歲|歲))")
#: an age over 89 said round (九旬老人, 年逾九旬, 百余岁, 九十多岁, 90余岁) or in the literary way
#: (女，九十有二)
_AGE_ROUND = re.compile(
    rf"(?<![{_NUMERAL}0-9])(?P<v>(?:年逾|年过|已过)?九旬|(?:[一壹]?百|九十|9\d)(?:余|多)[ \t]*(?:周岁|岁|歲)"
    rf"|(?:九十|一百)有[{_DIGIT}](?:[ \t]*(?:周岁|岁|歲))?)(?![{_NUMERAL}])"
)
# a word for an age that is no age: 百岁 in a wish (长命百岁) stays a wish, and in the name of a
# programme for the very old (高龄（百岁）老人健康体检, 百岁老人补贴)
_WISH = re.compile(r"长命|寿比|活到|活过")
_PROGRAMME = re.compile(r"[)）]?老人(?:健康|补贴|津贴|体检|保健|服务|关爱|长寿|工程|项目|档案|慰问)")

#: a header naming a device's serial: 假体编号, 设备序列号, SN, S/N, 机身号, 出厂编号; never the
#: model, the lot or the size (型号, 批号, LOT, 规格, REF)
_SERIAL_HEADER = re.compile(
    r"(?:(?:假体|植入物|设备|器械|产品|机器|机身|主机|出厂|仪器|呼吸机|制氧机|起搏器|腕带)?"
    r"(?:序列号|序列码|编号|序号|号码|识别码)|机身号|出厂号|(?i:S/?N)(?:号|码)?|(?i:serial)(?: ?no\.?)?)"
)
_DEVICE_WORD = re.compile(
    r"假体|植入物|设备|器械|产品|机器|机身|主机|出厂|仪器|呼吸机|制氧机|起搏器|序列|S/?N|(?i:serial)"
)
_SERIAL_CELL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9]|[-/](?=[A-Za-z0-9])){4,29}")

#: a header naming a relative or the one who answers for the patient
_RELATIVE_HEADER = re.compile(
    r"(?:紧急|第[一二三]|主要)?(?:联系人|监护人|法定代理人|代理人|委托人|陪同人|陪护人|陪护|家属|亲属|配偶|家长|"
    r"父亲|母亲|丈夫|妻子|子女|儿子|女儿|签字人|知情同意人|租赁人|承租人|陪同人员)(?:姓名|[一二三123])?"
)
_NAME_CELL = re.compile(
    r"[\u4e00-\u9fa5]{2,4}(?:[（(][\u4e00-\u9fa5]{1,3}[)）])?|[\u4e00-\u9fa5]{2,8}·[\u4e00-\u9fa5]{2,8}"
)
#: the characters transliterated (Mongolian, Tibetan, Uyghur, Kazakh) names are written in
_TRANSLIT = (
    "阿巴乌其木格吉尔特古郎苏日娜图布赫达哈斯根朝鲁宝音德力扎西卓玛次仁旦增顿珠央金拉姆措曲桑多杰"
    "尼强白热依买提艾克孜汗丽努帕米吐逊迪拜库班江夏伊合那仓嘎旺索南罗卡穆萨尤素甫麦孟和敖其腾"
    "额齐策楞呼毕沁满都胡查干雅琪慕云勒吾肉曼别尕敦琴诺敏泽芒"
)
_RELATION = (
    r"(?:(?:其|患者|病人)的?)?(?:妻子|丈夫|爱人|配偶|老伴|儿子|女儿|长子|次子|长女|次女|父亲|母亲|哥哥|姐姐|弟弟|"
    r"妹妹|儿媳妇?|女婿|孙子|孙女|孙媳妇?|外孙女?|外甥女?|侄子|侄女|叔叔|舅舅|姑姑|阿姨)"
    r"|(?:患者|病人|其)之(?:孙女|孙子|外孙女?|子|女|孙|夫|妻)"
    r"|(?:紧急)?(?:监护人|联系人|法定代理人|代理人|委托人|陪同人|陪护人|家属)"
    r"(?:[ \t]*[（(](?:签字|签名|姓名)[)）]|签字|签名|姓名)?[ \t]*[:：]?"
)
_TRANSLIT_AFTER_RELATION = re.compile(rf"(?:{_RELATION})[ \t]*(?P<n>[{_TRANSLIT}]{{3,7}})(?![{_TRANSLIT}·])")
_ALIAS = re.compile(
    r"(?:医院|卫生院|保健院|防治院|防治所|诊所|门诊部|卫生服务中心|卫生服务站|疾病预防控制中心|疾控中心|"
    r"康复中心|医学中心|体检中心|血站)[（(](?:简称|又称|俗称|即)?[:：]?[ \t]*(?P<v>[\u4e00-\u9fa5]{2,6})[)）]"
)
_NOT_ALIAS = re.compile(
    r"[三二一][甲乙级]|甲等|乙等|公立|民营|私立|个体|私人|当地|本地|外地|院外|外院|本院|我院|总院|本部|盖章|签章|公章|"
    r"复印|原件|报告|结果|资料|病历|诊断|建议|不详|未|无|具体|详见|转诊|就诊|住院|门诊|急诊|复查|随访|检查|治疗|手术|"
    r"科|室|病区|楼|层|号|床|费|自费|医保|定点|合作|联合|集团|专科|综合|教学|附属|分院|院区"
    # a treatment in brackets (（血液灌流）, （阿托品）, （地塞米松）, （蒙脱石散）, （异甘草酸镁）)
    r"|灌流|透析|洗胃|导泻|置换|颗粒$|胶囊$|[品素唑酸铵胺醇酮嗪啶肽苷碱砜松宾散片丸膏液针镁钙钾钠锌炭]$"
)
_FIRM_FIELD = re.compile(
    r"(?:租赁公司|租赁方|租赁单位|出租方|出租单位|承租单位|服务商|供应商|配送单位|配送公司|维修单位|"
    r"(?:就读|所在|入托|拟入)?(?:幼儿园|托儿所|园所)(?:名称)?|托育机构|入托园所)"
    r"[ \t]*[:：|｜][ \t]*(?P<v>[\u4e00-\u9fa5A-Za-z0-9（）()·]{2,30})"
)
_NO_FIRM = ("无", "不详", "暂无", "未", "同上", "见上", "散居", "家庭", "本人", "自")
_NO_NAME = frozenset("无 不详 未知 同上 暂无 本人 自己 未填 拒绝 配偶 父亲 母亲 儿子 女儿 家属 子女".split())


def _serial_header(cell: str) -> bool:
    key = cell.strip().replace(" ", "")
    return bool(_SERIAL_HEADER.fullmatch(key)) and bool(_DEVICE_WORD.search(key))


def _relative_header(cell: str) -> bool:
    return bool(_RELATIVE_HEADER.fullmatch(cell.strip().replace(" ", "")))


_AGE_HEADER = re.compile(r"年龄(?:[(（](?:岁|周岁)[)）])?|岁数|年纪")
_WORD_AGE_CELL = re.compile(rf"(?P<v>{_WORD_AGE})(?:周岁|岁)?")


def _age_header(cell: str) -> bool:
    return bool(_AGE_HEADER.fullmatch(cell.strip().replace(" ", "")))


def _header(cells: list[str]) -> list[bool] | None:
    # a row of values (贾某  配偶  24岁  182…) heads no table, though a cell reads as a relation
    if any(re.search(r"\d", c) or c.strip() in ("男", "女") for c in cells):
        return None
    wanted = [_serial_header(c) or _relative_header(c) or _age_header(c) for c in cells]
    return wanted if any(wanted) else None


def _cells(text: str) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    seen: set[int] = set()
    for at, cell, head in [*table_cells(text, _header), *delimited_cells(text, _header)]:
        value = cell.strip().strip('"')
        start = at + cell.find(value) if value else at
        if start in seen or not value:
            continue
        seen.add(start)
        if _age_header(head):
            # an age in words (一百零一); one in figures is read elsewhere
            if age := _WORD_AGE_CELL.fullmatch(value):
                out.append(PhiSpan(start + age.start("v"), start + age.end("v"), "age"))
        elif _serial_header(head):
            if _SERIAL_CELL.fullmatch(value) and sum(c.isdigit() for c in value) >= 3:
                out.append(PhiSpan(start, start + len(value), "device"))
        elif _NAME_CELL.fullmatch(value) and value not in _NO_NAME:
            name = re.split(r"[（(]", value)[0]
            out.append(PhiSpan(start, start + len(name), "name"))
    return out


def find_ages_serials_relatives(text: str) -> list[PhiSpan]:
    """Age, device and name spans of the module docstring (overlaps not yet resolved).

    Args:
        text: the note.
    """
    out = [
        PhiSpan(m.start("v"), m.end("v"), "age")
        for rx in (_AGE_WORDS, _AGE_FIELD_WORDS, _AGE_TRADITIONAL, _AGE_ROUND)
        for m in rx.finditer(text)
        if not _WISH.search(text, max(0, m.start("v") - 3), m.start("v"))
        and not (m["v"].startswith("百") and _PROGRAMME.match(text, m.end("v")))
    ]
    out += _cells(text)
    out += [PhiSpan(m.start("n"), m.end("n"), "name") for m in _TRANSLIT_AFTER_RELATION.finditer(text)]
    out += [
        PhiSpan(m.start("v"), m.end("v"), "workplace")
        for m in _FIRM_FIELD.finditer(text)
        if not m["v"].startswith(_NO_FIRM)
    ]
    out += [
        PhiSpan(m.start("v"), m.end("v"), "hospital")
        for m in _ALIAS.finditer(text)
        if not _NOT_ALIAS.search(m["v"])
    ]
    return out
