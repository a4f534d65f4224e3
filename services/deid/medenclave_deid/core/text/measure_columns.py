"""Measurements in the cells of tables: what a flowsheet's, a log's or a lab table's columns hold
stays, whatever a reader of names, numbers or dates took it for.

Telemetry logs, stress-test stages, vitals flowsheets, growth charts, glucose and fluid-balance
logs, TB contact worksheets, lab tables and medication records are pasted into notes as
delimited or space-aligned tables (:mod:`~medenclave_deid.core.text.table_columns`). Their
cells are short and bare, so the readers of identifiers take them for what they are not: a
heart rate beside a time and a rhythm for a street address (``0815  SR  66``), three pump rates
for a phone number (``350  600  1000``), a lactate for a date (``1.8``), a rhythm, a protocol's
stage or a score for a name (``Paced``, ``Bruce 1``, ``Morse Fall``, ``低中危``).

* **a column whose header names a measurement** (``HR``, ``QTc``, ``Temp C``, ``Glucose
  mmol/L``, ``PPD mm``, ``Rhythm``, ``Stage``, ``Score``, ``体温(℃)``, ``血糖值``, ``风险区``,
  ``剂量``, ``药名``) or carries a unit (``Weight (kg)``, ``UF mL``, ``超滤量(ml)``) is clinical:
  no find stays in its cells, nor across them, but a date in a cell written as a date
  (``03/04/2024 0800``, ``3月5日``). A header that names an identifier, a person or a date
  (``MRN``, ``Tech``, ``Measured by``, ``测量者``, ``评估日期``, ``Age``) is never clinical;
* **a column of results** (``Value``, ``Result``, ``结果``, ``数值``) is clinical only in its cells
  that are measurements: a key-value table's ``Value`` column may hold a name or an MRN;
* **an eponym among a cell's clinical abbreviations** is a device or a line, no person (``NS /
  Foley``, ``PO / Foley``, ``R IJ Swan``), outside a column of people;
* **a cell with a unit is a measurement** (``4.9 kg``, ``20mg``, ``9.8 mmol/L``, ``350 mL``) in
  any column of a table: no find stays in it, but an age (``92 y``) is no measurement;
* **a network address, an e-mail or a link stays found** in any cell: no measurement takes
  their shape (a monitor's ``10.41.7.27`` under a misaligned ``Rhythm`` column).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from medenclave_deid.core.text.delimited_columns import column_category
from medenclave_deid.core.text.measured_labels import drop_measured_labels
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.table_columns import aligned_tables, delimited_tables, header_like

__all__ = ["drop_device_eponyms", "drop_measure_cells", "measure_cells"]

#: the words of an English header that name a measurement wherever they stand in it
_EN_MEASURES = frozenset(
    """
hr hrs rhythm qrs qt qtc bp sbp dbp mets symptoms temp temperature pulse resp rr spo2 sao2 fio2
peep pplat pip weight wt length height hc circ circumference bmi percentile %ile pctl centile
glucose bg bgl cbg insulin dose doses ppd igra cxr quantiferon intake output urine emesis gcs
pupils nihss braden wbc rbc protein ph pco2 po2 paco2 pao2 hco3 lactate lac bfr dfr uf inr tsb
bilirubin phototherapy analyte anc plt hb hgb ldl hdl tg statin ciwa cows fev1 fvc dlco organism
titration basal bolus carbs hba1c a1c creatinine sodium potassium induration
""".split()
)
#: the words that name one only where every word of the header does (``Time``, ``Stage``,
#: ``Score``, ``Drug``, ``Pre``): a ``PO Box`` or a ``Time to call`` column is no measurement
_EN_MEASURE_WORDS = _EN_MEASURES | frozenset(
    """
time hour hours stage speed grade map t p r sat o2 vt mode pr len poc units rate change net iv po
drain drains stool range ref reference normal flag score scale mrs depth width tube be venous
arterial pre post pred %pred measure measurement parameter risk zone route freq frequency interval
drug drugs medication medications med meds product strength qty quantity amount volume test tests
cycle tc pain intervention strip interpretation fluid fluids infusion carb ratio correction
of at in and % kg cm mm ml mg mcg lb lbs
mmhg mmol/l mg/dl g/dl cmh2o mmh2o bpm ms mph min h
""".split()
)
#: the headers of a results column: a measurement only where its cell is one
_EN_RESULTS = frozenset("value values result results reading readings level".split())
_ZH_MEASURES = re.compile(
    r"时间|时刻|体温|脉搏|呼吸|血压|心率|心律|血氧|饱和度|血糖|胰岛素|剂量|频次|途径|用法|药名|药品|"
    r"药物|项目|^单位$|参考|范围|正常值|提示|评分|分期|面积|部位|压力|初压|终压|入量|出量|引流|尿量|"
    r"尿色|性状|体重|身长|身高|头围|百分位|阶段|速度|坡度|症状|模式|潮气量|频率|参数|指标|预计|"
    r"改善|风险|光疗|胆红素|流量|超滤|静脉压|动脉压|基础率|追加|肌力|瞳孔|对光|反射|渗液|周期|"
    r"粒细胞|血小板|血红蛋白|输注量|血液成分|硬结|干扰素|胸片|胸部CT|措施|工具|意识|心电|波形|规格|数量|金额|单价|费用"
)
_ZH_RESULTS = re.compile(r"结果|数值|实测值?|测定值|检测值|读数|得分")
#: a header about a person, a date, an age or an identifier: never clinical
_NOT_MEASURE = re.compile(
    r"(?i)\b(?:date|dob|dos|name|by|initials|inits|rn|nurse|tech|technician|md|dr|rater|"
    r"pharmacist|prescriber|physician|provider|patient|pt|mrn|id|age|signature|contact|"
    r"relation|relationship|staff|witness|verified|given|checked|measured|recorded|drawn|"
    r"performed|assessed|author|clinician|therapist|rt)\b|#|"
    r"日期|生日|者|人|员|签名|签字|护士|医师|医生|药师|姓名|号|电话|地址|年龄|岁|龄|关系|科室|床"
)
#: a unit of measure (not of age), alone or after a number
_UNIT = (
    r"(?:mg/kg(?:/d(?:ay)?)?|mg/m2|mg/dl|mg/l|g/dl|g/l|mmol/l|μmol/l|umol/l|mol/l|meq/l|iu/l|u/l|"
    r"miu/l|ng/ml|ng/dl|pg/ml|μg/l|ug/l|(?:x|×)10\^?\d+/l|/ul|/μl|/mm3|cells/ul|k/ul|"
    r"mmhg|cmh2o|mmh2o|l/min|ml/h|ml/hr|ml/kg|units?/h(?:r)?|u/h|u/kg|bpm|mets?|mph|km/h|"
    r"mcg|μg|ug|mg|kg|g|lbs?|oz|ml|l|dl|cm|mm|fr|units?|iu|u|meq|mmol|ms|sec|min|hrs?|h|"
    r"%|℃|°c|°f|次/分|kcal|cal)"
)
#: a header's unit: any in brackets (``Dose (units)``), a plain one of more than a letter after a
#: word (``Glucose mmol/L``, ``PPD mm``: never ``Unit``, a census's ward)
_HEADER_UNIT = (
    r"(?:mg/kg|mg/m2|mg/dl|g/dl|g/l|mmol/l|μmol/l|umol/l|u/l|mmhg|cmh2o|mmh2o|l/min|ml/h|"
    r"units?/h|bpm|mph|km/h|mcg|mg|kg|lbs?|ml|cm|mm|ms|%|℃|°c|°f|次/分)"
)
_UNIT_HEADER = re.compile(rf"(?i)[\s/,]{_HEADER_UNIT}(?:$|[\s,])|[(（]{_UNIT}[)）]")
#: a cell that is a measurement: a number or a range, a ratio or a product, with a unit or none
_NUMBER = r"[<>≤≥~]?[-+]?\d+(?:\.\d+)?"
_MEASURE_CELL = re.compile(
    rf"(?i){_NUMBER}(?:[ ]?(?:[-–~/×x*][ ]?|to[ ]){_NUMBER})?(?:[ ]?{_UNIT})?"
    rf"(?:[ ]?(?:[-–~/×x*][ ]?){_NUMBER}[ ]?{_UNIT}?)?"
)
_UNIT_CELL = re.compile(rf"(?i){_NUMBER}(?:[ ]?[-–~/×x*][ ]?{_NUMBER})?[ ]?{_UNIT}")
#: a cell that writes a date: with a year, a month's name, 月/日, or two parts split by - or /
_DATE_CELL = re.compile(
    r"(?i)\d{4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d月|\d日|"
    r"(?<![\d.])\d{1,2}[-/]\d{1,2}(?![\d.])"
)
_PERSON_CUE = re.compile(
    r"\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|RN|MD|NP|PA|DO)\b|(?i:\b(?:called|paged|notified|informed|"
    r"discussed|spoke|per|with|to|by|from)\b)|医生|医师|护士|主任|大夫|老师|先生|女士|通知|告知|汇报|联系"
)
#: a number written as an identifier (a phone, a record number), never a measurement
#: finds no measurement takes the shape of: an address on a network, an e-mail, a link (a
#: transmitter's ``10.41.7.27`` under a misaligned ``Rhythm`` column, in a ``Rate`` column)
_NEVER_MEASURED = frozenset({"ip", "email", "url"})
_ID_SHAPE = re.compile(r"\d{6,}|\d+[- ]\d+[- ]\d{3,}")
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: a labelled field (``Technologist: Ada Ng``, ``操作者：李红``), no measurement
_LABELLED = re.compile(r"[^\W\d_][\w .'/-]{0,30}[:：]")
_WORD = re.compile(r"[a-z0-9%]+(?:/[a-z0-9]+)?")


def _kind(header: str) -> str:
    """``measure``, ``result`` or "" for a column under ``header`` (module docstring)."""
    name = header.strip()
    if not name or column_category(name) or _NOT_MEASURE.search(name):
        return ""
    if re.search(r"[\u4e00-\u9fff]", name):
        if _ZH_RESULTS.search(name) and not _ZH_MEASURES.search(name):
            return "result"
        if _ZH_MEASURES.search(name) or _UNIT_HEADER.search(name):
            return "measure"
        words = _WORD.findall(name.lower())
        return "measure" if words and all(w in _EN_MEASURE_WORDS for w in words) else ""
    words = _WORD.findall(name.lower())
    if not words:
        return ""
    if _UNIT_HEADER.search(name) or any(w in _EN_MEASURES for w in words):
        return "measure"
    if all(w in _EN_MEASURE_WORDS for w in words):
        return "measure"
    return "result" if any(w in _EN_RESULTS for w in words) else ""


def _kinds(names: list[str]) -> list[str] | None:
    """The kinds of a table's columns, or None when fewer than two are clinical (a letterhead's
    ``Nogales Infusion Pharmacy   PACKING SLIP   Ticket D3528``: no flowsheet's header)."""
    if any(re.search(r"\d{3}", n) for n in names):
        return None
    kinds = [_kind(n) for n in names]
    return kinds if sum(map(bool, kinds)) >= 2 else None


def measure_cells(text: str) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, the cell, kind)`` of every table cell that holds a measurement: kind
    ``measure`` (its column is clinical), ``result`` (its column holds results, the cell is a
    measurement) or ``unit`` (a number with a unit, in any column); and ``header``: a clinical
    column's header field (``METs``), a label and no one's name."""
    for head, rows in delimited_tables(text):
        kinds = _kinds([name for _, name in head]) or [""] * len(head)
        yield from (
            (at, at + len(name), name, "header") for (at, name), kind in zip(head, kinds, strict=True) if kind
        )
        for row in rows:
            for (at, cell), kind in zip(row, kinds, strict=True):
                if found := _cell_kind(cell, kind):
                    yield at, at + len(cell), cell, found

    def header(names: list[str]) -> list[bool] | None:
        if not header_like(names, words=6):
            return None
        kinds = _kinds(names)
        return [bool(k) for k in kinds] if kinds else None

    for head, _, lines in aligned_tables(text, header, opening=True):
        kinds = [_kind(name) for _, name in head]
        yield from (
            (at, at + len(name), name, "header") for (at, name), kind in zip(head, kinds, strict=True) if kind
        )
        for line in lines:
            if len(line) < max(2, len(head) - 1) or any(_LABELLED.match(cell) for _, cell, _ in line):
                continue  # a line of its own under the table ("Technologist: Ada Ng"), no row
            for at, cell, k in line:
                if found := _cell_kind(cell, kinds[k]):
                    yield at, at + len(cell), cell, found


def _cell_kind(cell: str, kind: str) -> str:
    if not cell or _LABELLED.match(cell) or _ID_SHAPE.search(cell):
        return ""
    if kind == "measure":
        return kind
    if kind == "result" and _MEASURE_CELL.fullmatch(cell):
        return kind
    return "unit" if _UNIT_CELL.fullmatch(cell) else ""


def _prose(cell: str) -> bool:
    """A cell of words that may name someone (``paged Dr. Okafor``, ``通知李医生``)."""
    return bool(_PERSON_CUE.search(cell)) or len(cell.split()) > 4 or len(_HAN.findall(cell)) > 12


def drop_measure_cells(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` without the finds in a measurement's cell or across one (module docstring);
    a date stays where its cell writes a date; a function test's labels and values stay too
    (:mod:`~medenclave_deid.core.text.measured_labels`)."""
    spans = drop_measured_labels(text, spans)
    cells = sorted(measure_cells(text))
    if not cells or not spans:
        return spans
    out: list[PhiSpan] = []
    for span in spans:
        hit = [c for c in cells if c[0] < span.end and span.start < c[1]]
        if (
            hit
            and span.category not in _NEVER_MEASURED
            and not (span.category == "date" and all(_DATE_CELL.search(c[2]) for c in hit))
            and not (
                len(hit) == 1 and hit[0][0] <= span.start and span.end <= hit[0][1] and _prose(hit[0][2])
            )
        ):
            continue
        out.append(span)
    return out


#: a cell's word: an abbreviation (``NS``, ``IJ``), a lower-case word, a number
_PLAIN = re.compile(r"[A-Z]{1,4}|[a-z]+|\d+(?:\.\d+)?")


def drop_device_eponyms(text: str, spans: list[PhiSpan], eponym: Callable[[str], bool]) -> list[PhiSpan]:
    """``spans`` without a one-word name on an eponym that stands among a table cell's clinical
    abbreviations or lower-case words (module docstring).

    Args:
        text: a note.
        spans: what the engine found, sorted and without overlaps.
        eponym: given a lower-case word, whether it names a device, a sign or a disease.
    """
    words: set[tuple[int, int]] = set()
    for head, rows in delimited_tables(text):
        people = [bool(column_category(name) or _NOT_MEASURE.search(name)) for _, name in head]
        for row in rows:
            for (at, cell), person in zip(row, people, strict=True):
                tokens = [(m.start(), m.group()) for m in re.finditer(r"[^\s/,+]+", cell)]
                caps = [(k, w) for k, w in tokens if re.fullmatch(r"[A-Z][a-z]{2,}", w)]
                if person or len(tokens) < 2 or len(caps) != 1 or _PERSON_CUE.search(cell):
                    continue
                if eponym(caps[0][1].lower()) and all(
                    _PLAIN.fullmatch(w) for k, w in tokens if w != caps[0][1]
                ):
                    words.add((at + caps[0][0], at + caps[0][0] + len(caps[0][1])))
    return [s for s in spans if not (s.category == "name" and (s.start, s.end) in words)]
