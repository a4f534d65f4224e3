"""Chinese notes' terms the name and facility rules take for identifiers.

* **a listed Latin eponym fused to the Chinese word of what it names**: ``Braxton Hicks宫缩``,
  ``Braxton-Hicks收缩``, ``Heberden结节``, ``Boston支具``, ``Trendelenburg步态``, ``Broca失语``,
  ``Bankart损伤``: each Latin word an eponym of the vocabulary or of
  :data:`~medenclave_deid.core.text.english_eponym_terms.EPONYM_TERM_NAMES` (or a town of a
  brace or a classification), right before the word, with no person's word before it
  (患者, 医生, Dr.). :mod:`~medenclave_deid.core.text.chinese_keep` keeps any Latin name before
  an operation's or a sign's word (Whipple术); these words name body events, nodes, devices and
  gaits, which a person's name could also stand before (``Jones医生`` stays a name: 医生 is no
  such word).
* **a clause before a generic pharmacy or hospital**: the facility rule takes the characters
  before 药房 or 医院 as the facility's name, and a sentence of advice is read whole as one
  (如有腹泻请联系药房): a span opening with a condition (如, 若, 一旦 ...) that holds a verb of
  contacting or going (请联系, 联系, 拨打, 前往 ...) is no facility when what follows the verb is a
  generic one (药房, 医院), and is cut to what follows the verb otherwise (如有不适请联系康宁大药房:
  康宁大药房).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_keep import chemical_word
from medenclave_deid.core.text.english_eponym_terms import EPONYM_TERM_NAMES
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["keep_fused_terms"]

#: what a fused Latin eponym names: body events, nodes and signs, devices, gaits and positions
_FUSED_THING = re.compile(
    r"\s?(?:宫缩|收缩|结节|小结|斑|支具|支架|牵引|夹板|石膏|滤器|棒|钢板|螺钉|钉|针|步态|面容|体位|卧位|位|"
    r"损伤|脱位|失语|区|运动|训练|操|疝|视力表|色盲图|图|手术|缝合|导管|分类|标准|指南|征象|体征|"
    r"震颤|痣|线|管|瓣|分流|环|病变|骨折|畸形|试验|评分|分级|量表|综合征|病)"
)
_LATIN_RUN = re.compile(r"[A-Z][a-zA-Zß-ÿ'’]+(?:[ \t]?[-–/ ][ \t]?[A-Z][a-zA-Zß-ÿ'’]+)*")
#: towns whose braces and classifications carry their names (Boston支具, Milwaukee支具)
_TOWNS = frozenset("boston milwaukee charleston denver bethesda paris milan atlanta montreal".split())
_PERSON_BEFORE = re.compile(
    r"(?:患者|病人|患儿|家属|医师|医生|护士|主任|教授|先生|女士|姓名|签名|联系人|"
    r"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?)\s*[:：]?\s*$"
)
#: a condition opening a sentence of advice (如有, 若出现, 一旦, 必要时)
_CONDITION = re.compile(r"(?:如|若|倘|一旦|必要时|出现|发生|遇)")
#: a verb of contacting or going before the facility
_CONTACT = re.compile(r"(?:请|及时|尽快|立即)+(?:联系|拨打|致电|咨询|前往|去|到|至|回)?"
                      r"|联系|拨打|致电|咨询|前往")
_GENERIC = frozenset(
    """药房 大药房 药店 医院 诊所 门诊 卫生室 卫生院 门诊药房 院外药房 急诊药房 住院药房 中心药房 社区药房
附近药店 零售药店 当地医院 附近医院 就近医院 上级医院 社区医院 我院 本院 发药窗口""".split()
)


def _listed(word: str, eponyms: frozenset[str]) -> bool:
    key = word.lower().removesuffix("'s").removesuffix("’s")
    return key in eponyms or key in EPONYM_TERM_NAMES or key in _TOWNS


def _fused_eponym(text: str, span: PhiSpan, value: str, eponyms: frozenset[str]) -> bool:
    """Whether a Latin span is a listed eponym fused to the Chinese word of what it names."""
    run = _LATIN_RUN.fullmatch(value)
    if run is None or not _FUSED_THING.match(text, span.end):
        return False
    # the span may hold a part of the run: the whole run of Latin words around it is judged
    start, end = span.start, span.end
    while start > 0 and ((text[start - 1].isascii() and text[start - 1].isalpha())
                         or text[start - 1] in " -–/"):
        start -= 1
    words = re.findall(r"[A-Za-zß-ÿ'’]+", text[start:end])
    return bool(words) and all(_listed(w, eponyms) for w in words) \
        and not _PERSON_BEFORE.search(text, max(0, start - 8), start)


def _advice_clause(text: str, span: PhiSpan, value: str) -> int | None:
    """Where the facility starts in a span that is a sentence of advice (the module docstring):
    its length to drop it whole, an offset to cut it, None when it is no such sentence; the
    condition opens the span or stands just before it (如出|现恶心呕吐请联系药房)."""
    if not _CONDITION.search(text, max(0, span.start - 3), span.start + 2):
        return None
    for m in _CONTACT.finditer(value, 1):
        rest = value[m.end():]
        if len(rest) < 2:
            continue
        return len(value) if rest in _GENERIC else m.end()
    return None


def keep_fused_terms(text: str, spans: list[PhiSpan], eponyms: frozenset[str]) -> list[PhiSpan]:
    """``spans`` without the fused eponyms and the advice read as a facility (the module
    docstring).

    Args:
        text: the note.
        spans: resolved spans.
        eponyms: the vocabulary's eponyms (lower case).
    """
    out: list[PhiSpan] = []
    for span in spans:
        value = text[span.start:span.end]
        if span.category in ("name", "geo") and _fused_eponym(text, span, value, eponyms):
            continue
        if span.category in ("name", "workplace", "hospital") and chemical_word(text, span.start, span.end):
            continue  # 谷胱甘肽, 氯法齐明: a drug's name read as a person or a place
        if span.category == "hospital":
            cut = _advice_clause(text, span, value)
            if cut is not None:
                if cut < len(value):
                    out.append(PhiSpan(span.start + cut, span.end, span.category))
                continue
        out.append(span)
    return out
