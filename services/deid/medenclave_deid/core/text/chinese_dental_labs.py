"""Dental laboratories named on a prosthesis work order, and the dental and optical words that read as names.

* **a dental laboratory** (``恒美义齿制作中心``, ``精雕齿科技术有限公司``, ``华瑞口腔技工所``,
  ``佳瓷义齿加工厂``): its own name (two to ten characters, letters or digits) before the kind of
  business a lab is (义齿制作中心, 齿科技术有限公司, 口腔技工所, 技工中心, 义齿加工厂 …), wherever it
  stands: a letterhead, a field's value, or the middle of a sentence (``经与宏达口腔技工中心沟通``);
  the words before it that say what was done (由, 与, 寄往, 送至 …) are not part of it. A lab is
  a place care is made for one patient, so it goes as a hospital. The kind alone (``义齿加工厂：``,
  ``本院技工室``, ``合作技工所``) names none.
* **a technician by surname and 师傅** (``技工：丰师傅``, ``质检 鲜师傅，电话…``): one character standing
  alone before 师傅 after a field's colon, a space or a bracket is a surname, however rare (丰, 鲜,
  粟 are on no list); 老师傅, 大师傅, 小师傅, 该师傅 stay.
* **dental and optical words starting with a surname** (全瓷冠 with 全, 屈光不正 with 屈, 正畸科
  with 正): a closed vocabulary of prosthesis materials and designs and of refraction, which the
  name finders take for a surname and a given name; a name span inside one of them is no person.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["DENTAL_OPTICAL_TERMS", "find_dental_labs", "find_masters"]

_KINDS = (
    "义齿制作中心 义齿加工中心 义齿制作有限公司 义齿科技有限公司 义齿技术有限公司 义齿有限公司 义齿加工厂 "
    "义齿制作所 义齿公司 义齿厂 齿科技术有限公司 齿科科技有限公司 齿科技术公司 齿科有限公司 齿科技工中心 "
    "齿科技工所 齿科技工室 齿科制作中心 齿科中心 口腔技工所 口腔技工中心 口腔技工室 口腔技术有限公司 "
    "口腔修复工艺中心 修复工艺中心 技工所 技工中心 技工室"
).split()
#: characters that end a lab's name on its left: what was done with it, punctuation
_STOP = "因于在的了与及是为被等自来入出到行诉经由就将把对从向已曾均也并但而又或即患至转往赴诊住收送"
_STOP += "寄交请给发返退回"
#: a lab's kind built from its parts: the trade (义齿, 齿科, 牙科, 口腔), what it does (技术, 技工,
#: 制作, 加工 …) and the kind of firm (中心, 所, 室, 厂, 公司 …): 齿科技术中心, 牙科制作中心, 口腔加工所
_KIND_PARTS = (
    r"(?:义齿|齿科|牙科|口腔|假牙)(?:技术服务|技术|技工|制作|加工|修复工艺|工艺|科技|设计)"
    r"(?:有限责任公司|股份有限公司|有限公司|公司|中心|所|室|部|厂|工作室|工坊)"
)
_KIND_ALT = "|".join(sorted(_KINDS, key=len, reverse=True))
_LAB = re.compile(rf"(?P<h>[^{_STOP}\W_]{{2,10}}?)(?P<k>{_KIND_PARTS}|{_KIND_ALT})(?![:：])")
#: heads that say whose or which lab, not its name (本院技工室, 合作技工所, 外协义齿加工厂)
_GENERIC_HEAD = re.compile(
    r"^(?:本院|我院|院内|院外|外院|该|本|我|合作|指定|外协|外送|外加工|当地|其他|一家|某|所属|定点|签约|"
    r"承接|委托|加工|制作|送检|送件|名称|单位|固定|活动|义齿|修复|口腔|科室|牙科|齿科|门诊|医院|通知|联系)+$"
)
DENTAL_OPTICAL_TERMS = frozenset(
    (
        # prosthesis designs and materials (全 瓷 is a surname and a given name to a name finder)
        "全瓷冠 全瓷桥 全瓷贴面 全瓷嵌体 全瓷 全口义齿 全口 全冠 全解剖 烤瓷熔附金属冠 烤瓷冠 烤瓷桥 烤瓷 "
        "氧化锆全瓷冠 氧化锆 二硅酸锂 钴铬合金 镍铬合金 金钯合金 纯钛 钛合金 "
        # refraction and the clinics of teeth and eyes
        "屈光不正 屈光参差 屈光度 屈光 正畸科 正畸 正颌 牙周科 修复科"
    ).split()
)


def find_dental_labs(text: str) -> list[PhiSpan]:
    """Dental laboratories' names as hospital spans."""
    out = []
    for m in _LAB.finditer(text):
        head = m.group("h")
        if _GENERIC_HEAD.match(head):
            continue
        out.append(PhiSpan(m.start(), m.end(), "hospital"))
    return out


_MASTER = re.compile(
    r"(?:(?<=[:：\s\u3000（(，,、/])|^)(?P<n>[\u4e00-\u9fa5])师傅(?=[\s\u3000，,。；;、）)]|$|联系|电话|手机)",
    re.M,
)
_NOT_SURNAME = frozenset("老大小该本此某各每两三一诸众几男女")


def find_masters(text: str) -> list[PhiSpan]:
    """The surname before 师傅 of a technician named alone, as name spans."""
    return [
        PhiSpan(m.start("n"), m.end("n"), "name")
        for m in _MASTER.finditer(text)
        if m.group("n") not in _NOT_SURNAME
    ]
