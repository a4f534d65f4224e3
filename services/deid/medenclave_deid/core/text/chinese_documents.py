"""Travel documents and device serial numbers in Chinese notes, read by the documents' own formats
rather than by one writer's layouts.

* **travel documents**: the number after any document's name, near or a few words away
  (``护照（中华人民共和国）：E12345678``, ``持有护照，编号E12345678``, ``护照：E 1234 5678``):
  PRC passports (E, EA–EZ, G and the older 14/15/P/S/D forms), 往来港澳通行证 (C…, W…),
  台胞证 (8 or 10 digits, a letter in brackets after), 回乡证 (H/M + 8 or 10 digits),
  外国人永久居留身份证 (the old three letters and twelve digits, the new 18 digits starting 9),
  foreign passports, visas, residence permits, 军官证 and 士兵证; and the PRC shapes that need no label at all
  (``E12345678``, ``EA1234567``, ``G12345678``, ``C12345678``, ``H1234567801``).
* **a document number field** (``证件号码：…``, ``证件号：…``) whatever its value's shape: a table
  row puts the type in another cell (``证件类型：护照  证件号码：E12345678``), so the value is
  removed unless it says there is none (fail closed).
* **a code right after a document's label** (``港澳通行证：CRCJSWYFB``): letters alone will do.
* **an instrument field** of a report (``仪器：LOGIQ-E30821``): a serial (four digits or more) or a
  long run of capitals, not a model or a maker alone.
* **device serials**: 序列号, 出厂编号, 机身号, S/N, SN, and 编号 a few words after a device
  (起搏器, ICD, 人工耳蜗, 胰岛素泵, 呼吸机 …): letters and digits, five or more, one a digit
  at least. A product's model, REF, lot and batch name no one; the product rules keep those.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_documents_and_serials"]

_DOCUMENT = (r"(?:护照|旅行证|港澳通行证|通行证|台胞证|台湾居民来往大陆通行证|回乡证|港澳居民来往内地通行证|"
             r"外国人永久居留身份证|永久居留身份证|永久居留证|永居证|居留许可|绿卡|军官证|士兵证|文职干部证|"
             r"警官证|签证|居住证|暂住证|出入境证件|旅行证件|[Pp]assport|PASSPORT)")
#: a few words between a document's name and its number: its number label, the issuing country,
#: what was done with it, an aside in brackets (护照（中华人民共和国）：, 护照已复印，号码,
#: 护照（2019年签发）号码), the label's English after it (护照号码（Passport No.）：, 护照号/Passport No.：)
_ASIDE = (r"(?:号码|编号|号)?"
          r"(?:[（(][^）)\n]{1,14}[）)]|[/／]\s*(?:[Pp]assport|PASSPORT)(?:\s*(?:No\.?|NO\.?|Number))?)?")
_GAP = (_ASIDE + r"[^\n0-9A-Za-z。；;，,]{0,14}?"
        # past a comma only to the number's own label (护照已复印，号码…), never to the next
        # clause's figures (护照办理中，CA19-9 35 U/ml)
        r"(?:[，,][^\n0-9A-Za-z。；;，,]{0,6}?(?:号码|编号|号)[^\n0-9A-Za-z。；;，,]{0,4}?)?"
        r"(?:No\.?|NO\.?|no\.?|#|№)?\s*")
#: a number as documents print it: letters, then digits maybe grouped by spaces or dashes, a
#: trailing letter or a check letter in brackets (12345678(B))
_NUMBER = (r"(?P<v>[A-Za-z]{0,3}[ ·.-]?\d(?:[ -]?[0-9A-Za-z]){4,17}(?:[（(][A-Za-z0-9]{1,2}[)）])?)"
           r"(?![0-9A-Za-z])")
_LABELLED = re.compile(_DOCUMENT + _GAP + _NUMBER)
#: the number before its document's name: E12345678（护照号）, 用EA1234567护照登记
_BEFORE = re.compile(r"(?<![0-9A-Za-z])(?P<v>[A-Za-z]{1,3}\d{6,12}[A-Za-z]?)\s*[（(]?" + _DOCUMENT)
#: the PRC shapes that are a travel document with no label
_BARE = re.compile(r"(?<![0-9A-Za-z])(?P<v>E[A-HJ-NP-Z]?\d{7,8}|G\d{8}|C[A-HJ-NP-Z]?\d{7,8}|"
                   r"[HM]\d{8}(?:\d{2})?)(?![0-9A-Za-z])")
#: a code right after a document's label and its colon (港澳通行证：CRCJSWYFB): the field says it is
#: the number, so letters alone are enough; words that say there is none are not
_LABELLED_CODE = re.compile(_DOCUMENT + _ASIDE + r"\s*[:：]\s*"
                            r"(?P<v>[A-Z][A-Z0-9]{6,13})(?![0-9A-Za-z])")
_NO_CODE = frozenset("UNKNOWN PENDING EXPIRED MISSING NOTAPPLICABLE".split())
#: an instrument or a device as a report's field (仪器：LOGIQ-E30821, 设备：SNBLRSGAATM): the
#: machine that did the study, by its serial; a model or a maker alone (LOGIQ-E9, SONOSCAPE) is none
_INSTRUMENT_FIELD = re.compile(r"(?:仪器|设备|机器|主机|检查设备|超声仪|仪器型号及编号)\s*[:：]\s*"
                               r"(?P<v>[A-Z][A-Za-z0-9]*(?:[-_/][A-Za-z0-9]+)*)(?![0-9A-Za-z])")
#: a document number field, its value after a colon or in the next cell of a table
_ID_FIELD = re.compile(r"(?:有效)?证件(?:号码|号|编号)\s*(?:为|是)?(?:\s*[:：|]|[ \t\u3000]{2,}|\t)\s*"
                       r"(?P<v>[^\s，。；;,：:|]{2,24})")
_NO_VALUE = ("无", "不详", "未", "见", "同上", "空", "暂无", "拒", "（无", "(无", "/", "-", "—")
_DEVICE = (r"(?:起搏器|除颤器|ICD|CRT-?[DP]?|人工耳蜗|耳蜗|胰岛素泵|血糖仪|动态血糖|CGM|传感器|呼吸机|制氧机|"
           r"助听器|支架|假体|植入物|输液港|神经刺激器|刺激器|心室辅助|监护仪|设备|器械|仪器|程控仪|装置|"
           r"脉冲发生器|电极|导线|人工关节|人工晶体|主机|泵)")
#: a serial's own label: these never name a model or a lot
_SERIAL_LABEL = (r"(?:序列号|序列码|出厂编号|出厂序列号|出厂号|机身编号|机身号|机器号|主机编号|主机号|"
                 r"产品序号|设备序号|设备识别码|设备ID|"
                 r"(?<![A-Za-z])(?:S/N|SN|Serial(?: No\.?)?)(?![A-Za-z]))[号码]?")
_SERIAL_VALUE = (r"\s*(?:为|是)?\s*[:：#]?\s*(?P<t>末[四五六]位|尾号)?\s*"
                 r"(?P<v>[A-Za-z0-9](?:[A-Za-z0-9]|[ -](?=[A-Za-z0-9])){3,24})(?![A-Za-z0-9])")
_SERIAL = re.compile(_SERIAL_LABEL + _SERIAL_VALUE)
_CJK_FIRST = re.compile(r"[\u4e00-\u9fa5]")
#: 编号 (编码, 号码) a few words after a device word
_DEVICE_NUMBER = re.compile(_DEVICE + r"[^\n。；;0-9]{0,12}?(?:编号|编码|号码)" + _SERIAL_VALUE)


def _serial_like(value: str, least: int = 5) -> bool:
    compact = re.sub(r"[ -]", "", value)
    return len(compact) >= least and any(c.isdigit() for c in compact)


def find_documents_and_serials(text: str) -> list[PhiSpan]:
    """Travel document, document field and device serial spans (overlaps not yet resolved).

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    for rx in (_LABELLED, _BEFORE, _BARE):
        for m in rx.finditer(text):
            value = m.group("v").strip(" ·.-")
            digits = sum(c.isdigit() for c in value)
            # a labelled foreign passport may hold few digits among its letters (C4J7K9L2M)
            if digits >= 5 or (rx is _LABELLED and digits >= 3 and len(value) >= 7):
                start = m.start("v") + m.group("v").index(value)
                out.append(PhiSpan(start, start + len(value), "passport"))
    for m in _LABELLED_CODE.finditer(text):
        if m.group("v") not in _NO_CODE:
            out.append(PhiSpan(m.start("v"), m.end("v"), "passport"))
    for m in _INSTRUMENT_FIELD.finditer(text):
        value = re.sub(r"[-_/]", "", m.group("v"))
        # a serial holds four digits or more; a run of ten capitals or more with no digit is a
        # code, longer than makers' names
        if sum(c.isdigit() for c in value) >= 4 or (value.isalpha() and value.isupper() and len(value) >= 10):
            out.append(PhiSpan(m.start("v"), m.end("v"), "device"))
    for m in _ID_FIELD.finditer(text):
        if not m.group("v").startswith(_NO_VALUE):
            out.append(PhiSpan(m.start("v"), m.end("v"), "passport"))
    for m in _SERIAL.finditer(text):
        # SN is also the substantia nigra: a value with a digit must follow; the last digits of
        # a serial (序列号末四位1234) are shorter
        # after a Chinese label a serial may be all capitals (序列号 SNKQWTRZ), its maker's prefix
        # hyphened on (序列号：PUMP-QWTRZKAB)
        if _serial_like(m.group("v"), 4 if m.group("t") else 5) or (
                _CJK_FIRST.match(m.group(0))
                and re.fullmatch(r"[A-Z]{8,24}|[A-Z]{2,6}(?:-[A-Z]{2,12})+", m.group("v"))
                and len(m.group("v").replace("-", "")) >= 8):
            out.append(PhiSpan(m.start("v"), m.end("v"), "device"))
    for m in _DEVICE_NUMBER.finditer(text):
        if _serial_like(m.group("v")):
            out.append(PhiSpan(m.start("v"), m.end("v"), "device"))
    out.extend(_header_row_documents(text))
    return out


#: a header field that names a travel document's number (护照号码, 证件号, Passport No.)
_DOCUMENT_HEADER = re.compile(r"\s*(?:" + _DOCUMENT + r"|(?:有效)?证件)"
                              r"(?:号码|编号|号|[ ]?(?:No\.?|Number|#))?\s*")
_CODE_CELL = re.compile(r"\s*(?P<v>[A-Za-z]{0,3}(?:[ -]?[0-9A-Za-z]){5,17})\s*")


def _header_row_documents(text: str) -> list[PhiSpan]:
    """A document number in the row under its header, where a two-line table is too short for
    the column readers (``国籍,护照号码`` over ``日本,TK1234567``; ``护照号码`` over
    ``567890123``): a cell of letters and digits with a digit in it."""
    out: list[PhiSpan] = []
    lines = text.split("\n")
    at = 0
    for k, line in enumerate(lines[:-1]):
        nxt_at = at + len(line) + 1
        delimiter = next((d for d in ("\t", "|", ",", "，") if d in line), None)
        heads = line.split(delimiter) if delimiter else [line]
        cells = lines[k + 1].split(delimiter) if delimiter else [lines[k + 1]]
        if len(heads) == len(cells) and len(heads) <= 8:
            pos = nxt_at
            for head, cell in zip(heads, cells, strict=True):
                m = _CODE_CELL.fullmatch(cell)
                if _DOCUMENT_HEADER.fullmatch(head) and m and any(c.isdigit() for c in m.group("v")):
                    out.append(PhiSpan(pos + m.start("v"), pos + m.end("v"), "passport"))
                pos += len(cell) + 1
        at = nxt_at
    return out
