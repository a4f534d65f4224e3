"""Chinese field values whose shape the pattern rules do not read.

* **a labelled address** whatever it holds (``家庭住址：朝阳区望京西园三区312号楼``): the whole
  value up to the end of the field is the address, estate and building included;
* **an age over 89 in Chinese numerals** (``九十二岁``, ``一百零一周岁``), or in figures without
  岁 as the value of an age field (``年龄：93``, ``年龄：年龄：101``, ``年龄 94`` in a table,
  ``年龄(岁)：96``, ``岁数：92``), beside the sex (``性别/年龄：女/93``, ``患者女，93，``, a slash
  register's row ``某某/女/93/门诊号…`` or ``某某/93/男/…``) or
  in ``今年92了``;
* **names by their label's kind**: a name's initials (``姓名缩写：Z-T-P``, ``GLD``) and a child's home
  name (``小名：糖糖``, 乳名, 昵称), and the cells of a table's 姓名 / 患者 / 服务对象 column (a handover
  list, a service log: ``2    其其格    手语 …``);
* **ages over 89 in a table's 年龄 column** (a handover list: ``床位  姓名  年龄  ID号 …`` above rows
  whose age cell is ``94`` or ``94岁``);
* **a phone or fax number after its label** in any grouping (``电话：6651-2234``,
  ``传真号：0571.8723.6651``, ``电话：0086 571 8723 6651``), seven digits or more;
* **an account handle** after its label (``微信号：wxid_ab12c``, ``QQ：12345678``), letters and
  figures alike.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.table_columns import table_cells

__all__ = ["find_field_values"]

_ADDRESS_FIELD = re.compile(
    r"(?:家庭住址|家庭地址|现住址|现住地址|住址|地址|现居住地|现居地|现居|居住地|居住地址|户籍地址|户籍地|"
    r"通讯地址|联系地址|通信地址|常住地址|暂住地址)"
    r"\s*[:：]\s*(?P<v>[^\s，。；;,：:（(]{4,40})"
)
#: what an address field says when it gives no address
_NO_ADDRESS = (
    "同上",
    "不详",
    "未提供",
    "未知",
    "无",
    "见上",
    "拒绝",
    "暂无",
    "空",
    "本院",
    "我院",
    "详见",
    "http",
    "www",
)
_CN_AGE = re.compile(
    r"(?<![一二三四五六七八九十百零〇])(?P<v>(?:九十[一二三四五六七八九]?|一百(?:零?[一二三四五六七八九]|"
    r"[一二三四]十[一二三四五六七八九]?)?)\s*(?:周岁|岁))"
)
#: an age over 89 in figures, the unit left out (not months, days or weeks of an infant)
_AGE_VALUE = r"(?P<v>9\d|1[0-4]\d)(?!\d|\.\d)(?!\s*(?:个月|月|天|日|周|小时|%|kg|cm|次|分|mm|/分))"
#: ... as an age field's value: 年龄：93, 年龄 93 (a table's cell), 年龄(岁)：96, 岁数：92,
#: 年龄：年龄：101 (a repeated label); the unit after a slash, in square brackets or after an
#: underscore as an export's column names it (年龄/岁：92, 年龄[岁]：96, 年龄_岁=93); a quoted key
#: and value of an export's record ("年龄": 91, "年龄": "93")
_AGE_LABEL = r"(?:年\s*龄|岁\s*数)(?:\s*[(（\[【]\s*(?:岁|周岁)\s*[)）\]】]|\s*[/_]\s*(?:周岁|岁)(?![数月]))?"
_AGE_FIELD = re.compile(
    rf"{_AGE_LABEL}[\"'”]?\s*(?:[:：|｜=＝]\s*[\"'“]?|\s)(?:{_AGE_LABEL}\s*[:：]\s*)?{_AGE_VALUE}"
)
#: ... beside the sex: 性别/年龄：女/93, 年龄/性别：93/男, 患者女，93，…, 男, 95, …
_AGE_BY_SEX = tuple(
    re.compile(rx, re.M)
    for rx in (
        rf"性\s*别\s*/\s*年\s*龄\s*[:：]?\s*[男女]\s*/\s*{_AGE_VALUE}",
        rf"年\s*龄\s*/\s*性\s*别\s*[:：]?\s*{_AGE_VALUE}\s*(?:岁|周岁)?\s*/\s*[男女]",
        rf"(?<=[男女])\s*[，,、/]\s*{_AGE_VALUE}(?=\s*(?:[，,、。；;）)|｜]|$))",
        # a register's row of slash-separated cells (某某/女/92/门诊号…, 某某 / 93岁 / 男 / …): the
        # bare figure in a cell of its own beside the sex cell, not a pressure (女/90/60mmHg)
        rf"(?:^|[/／])\s*(?:[男女]|[MF])\s*[/／]\s*{_AGE_VALUE}\s*(?:岁|周岁)?(?=\s*(?:[/／](?!\s*\d{{1,3}}(?!\d))|$))",
        rf"[/／]\s*{_AGE_VALUE}\s*(?:岁|周岁)?\s*[/／]\s*(?:[男女]|[MF])\s*(?=[/／]|$)",
    )
)
#: ... in a sentence: 今年92了, 今年95岁 (the figure with 岁 is read elsewhere)
_AGE_THIS_YEAR = re.compile(rf"今年\s*{_AGE_VALUE}(?=\s*了)")
#: a phone or fax number after its label, whatever its grouping: 6651-2234 (a local number in
#: two fours), 0571.8723.6651, 0086 571 8723 6651, 科室电话87236651 — seven or more digits
_PHONE_FIELD = re.compile(
    r"(?P<l>联系电话|电话号码|电话|手机号码|手机号|手机|座机|固话|联系方式|传\s*真(?:号码|号)?|Tel|TEL|Fax|FAX)"
    r"\s*[:：]?\s*(?P<v>(?:\+|00)?[\d(（](?:[\d()（）]|[ .\-—－](?=[\d(（])){5,}[\d])(?![\d*])"
)
_NAME_BY_LABEL = re.compile(
    r"(?:姓名缩写|姓名首字母|小名|乳名|昵称)\s*[:：]\s*"
    r"(?P<v>[A-Za-z](?:[A-Za-z]|[-.](?=[A-Za-z])){1,9}|[\u4e00-\u9fa5]{1,4})"
)
#: a child's home name said without a colon (小名叫豆豆, 乳名“壮壮”, 王某（小名乐乐）); after 孩子叫
#: only a home name's shape (孩子叫乐乐, 患儿叫小宝: doubled, or 小/阿 and one character), not a
#: verb (孩子叫醒困难)
_HOME_NAME_SAID = re.compile(
    r"(?:小名|乳名|昵称)(?:叫做?|是|为)?\s*[“\"「『]?(?P<v>[\u4e00-\u9fa5]{2,3}?)"
    r"(?=[”\"」』，,。；;、\s）)]|$)"
    r"|(?:孩子|患儿|宝宝|孙子|孙女)(?:平时)?(?:名叫|叫做?)[“\"「『]?"
    r"(?P<w>(?P<c>[\u4e00-\u9fa5])(?P=c)|[小阿][\u4e00-\u9fa5])(?=[”\"」』，,。；;、\s])"
)
#: a name column's cell: a Chinese name (two to four characters, a padded one, a minority name
#: with its dot) or a name in Latin letters
_NAME_CELL = re.compile(
    r"[\u4e00-\u9fa5](?:[ \u3000]?[\u4e00-\u9fa5]){1,3}"
    r"|[\u4e00-\u9fa5]{2,6}·[\u4e00-\u9fa5]{2,6}"
    r"|[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+){1,2}"
)
#: what a name's field or cell holds when it names no one
_NO_NAME = frozenset("无 不详 未知 略 同上 空 暂无 未取 未填".split())
_NAME_HEADERS = frozenset("姓名 患者 患者姓名 服务对象 受试者 病人 家属 陪护人 联系人".split())
_AGE_HEADERS = frozenset(("年龄", "年龄(岁)", "年龄（岁）", "岁数"))
#: an age column's cell that is an age over 89
_AGE_CELL = re.compile(r"(?P<v>9\d|1[0-4]\d)(?:\s*(?:周岁|岁))?")


def _column_kind(header: str) -> str:
    """ "name" or "age" for a table header cell that names one, else ""."""
    key = header.replace(" ", "")
    if key in _NAME_HEADERS:
        return "name"
    return "age" if key in _AGE_HEADERS or re.fullmatch(_AGE_LABEL, key) else ""


def _table_header(cells: list[str]) -> list[bool] | None:
    # a line of a form's labels with their values (姓名  某某  性别  男  年龄  63) heads no table:
    # the line below is the form's next fields (收治科室  普外科 …), not a row of names
    if any(c.strip() in ("男", "女") or c.strip().rstrip("岁").isdigit() for c in cells):
        return None
    wanted = [bool(_column_kind(c)) for c in cells]
    return wanted if any(wanted) else None


_HANDLE = re.compile(
    r"(?:微信号|微信|WeChat|QQ号|QQ|抖音号|快手号|微博)\s*(?:号)?\s*[:：]\s*"
    r"(?P<v>[A-Za-z0-9][A-Za-z0-9_.-]{4,})"
)


def find_field_values(text: str) -> list[PhiSpan]:
    """Address, age and handle spans of the module docstring (overlaps not yet resolved).

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    for m in _ADDRESS_FIELD.finditer(text):
        if not m.group("v").startswith(_NO_ADDRESS):
            out.append(PhiSpan(m.start("v"), m.end("v"), "address"))
    out += [PhiSpan(m.start("v"), m.end("v"), "age") for m in _CN_AGE.finditer(text)]
    out += [
        PhiSpan(m.start("v"), m.end("v"), "age")
        for rx in (_AGE_FIELD, *_AGE_BY_SEX, _AGE_THIS_YEAR)
        for m in rx.finditer(text)
    ]
    out += [PhiSpan(m.start("v"), m.end("v"), "other_id") for m in _HANDLE.finditer(text)]
    out += [
        PhiSpan(m.start("v"), m.end("v"), "name")
        for m in _NAME_BY_LABEL.finditer(text)
        if m["v"] not in _NO_NAME
    ]
    out += [
        PhiSpan(m.start(g), m.end(g), "name")
        for m in _HOME_NAME_SAID.finditer(text)
        for g in ("v", "w")
        if m[g] and m[g] not in _NO_NAME
    ]
    for at, cell, header in table_cells(text, _table_header):  # one pass for both columns
        if _column_kind(header) == "name":
            if _NAME_CELL.fullmatch(cell) and cell not in _NO_NAME:
                out.append(PhiSpan(at, at + len(cell), "name"))
        elif age := _AGE_CELL.fullmatch(cell):
            out.append(PhiSpan(at + age.start("v"), at + age.end("v"), "age"))
    out += [
        PhiSpan(m.start("v"), m.end("v"), "fax" if m["l"].startswith(("传", "Fax", "FAX")) else "phone")
        for m in _PHONE_FIELD.finditer(text)
        if sum(ch.isdigit() for ch in m["v"]) >= 7
    ]
    return out
