"""Identifiers in the slash-separated rows of a controlled-drug register (麻醉药品、第一类精神药品
空安瓿/废贴回收登记本, 专用处方登记, 毒麻药品使用登记): one line a patient, its cells parted by ``/``.

A pharmacy writes such a register with a header line of labels or with each label inside its cell::

    日期/患者姓名/年龄/病案号/药品名称/规格/数量/批号/专用处方号/代办人/回收药师
    03-15/某某/67岁/0012345/盐酸吗啡注射液/10mg/1ml/2支/230305/麻2024000123/某某（女儿）/某某
    3月16日 / 患者 某某 / 处方号：精一-000321 / 批号 H240301

Three readings, for what the rest of the engine misses there:

* the header's columns: a row's cell under 日期 is a date, under 专用处方号/处方编号 the
  prescription's number (whatever shape: ``麻2024000123``, ``精一-000321``, ``麻字第000123号``,
  ``2024-MZ-00123``), under 病案号/住院号 the record number; a cell under 批号 (the batch) stays;
* a cell labelled inside itself (``专用处方编号：麻精一2024-0012``): the whole value after the label,
  a 麻/精一 prefix included (read alone, that prefix looks like a name and the digits stay);
* with no header, a row's cell that is only a date (``03-15``, ``3月15日``, ``2024-03-15``), or only
  a number-like token, which is an identifier unless it stands right after the quantity, spec or
  drug (where a register writes the batch) or under a 批号 label.

A row is a line of five cells or more in a note that speaks of prescriptions or controlled drugs; a
spec split by its own slash (``50mg/1ml``) is joined back into one cell first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medenclave_deid.core.text.chinese_names import CN_NON_GIVEN_CHARS
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["batch_cells", "find_register_rows"]

#: the note speaks of prescriptions or controlled drugs
_CONTEXT = re.compile(r"处方|安瓿|废贴|麻醉药品|精神药品|毒麻|麻精|精麻")
_SPLIT = re.compile(r"[/／]")
#: the second half of a spec the slash split (10mg/1ml, 25μg/h); 1mg/1支 is a spec, then a count
_SPEC_TAIL = re.compile(r"\s*\d+(?:\.\d+)?\s*(?:ml|mL|ML|毫升|h|小时)\s*$")
_SPEC_HEAD = re.compile(r"(?:\d|mg|μg|ug|g|毫克|微克)\s*$")
#: header labels and what a cell under each holds
_ROLES = (
    (
        "other_id",
        r"(?:麻醉药品|麻醉|精一|精麻|麻精|红色|专用)?处方(?:编号|号码|号|单号|序号|NO\.?)"
        r"|专用处方|处方笺号",
    ),
    ("mrn", r"病案号|住院号|病历号|门诊号|登记号|ID号|病人ID|患者ID"),
    ("date", r"(?:使用|回收|交回|处方|开具|发药|登记)?(?:日期|时间)|日期时间"),
    ("batch", r"批号|生产批号|药品批号|批次"),
    ("name", r"患者姓名|患者|姓名|代办人|领药人|交回人|回收药师|回收人|核对人|发药人|处方医师|医师|医生"),
)
#: a relative's kinship, written in the cell after the relative's name or in brackets after it
_KIN = (
    r"(?:儿子|女儿|妻子|丈夫|儿媳|女婿|孙子|孙女|外孙女?|侄子|侄女|外甥女?|"
    r"父亲|母亲|兄弟|姐妹|哥哥|姐姐|弟弟|妹妹|配偶|家属)"
)
_PERSON_CELL = re.compile(rf"^\s*(?P<v>[\u4e00-\u9fa5]{{2,3}})\s*(?:[（(]{_KIN}[)）])?\s*$")
#: a person's cell with its own label (处方医师 某某, 代办人：某某（女儿）)
_LABELLED_PERSON = re.compile(
    rf"^\s*(?:{_ROLES[-1][1]})\s*[:：]?\s*(?P<v>[\u4e00-\u9fa5]{{2,3}})\s*(?:[（(]{_KIN}[)）])?\s*$"
)
#: words a person column holds that name no one
_NO_ONE = re.compile(
    rf"^(?:{_KIN}|本人|患者|无|不详|同上|自取|代办|签名|家属代|"
    r"已回收|回收|完好|破损|销毁|已销毁|核对|男|女|男性|女性|门诊|住院|急诊|病房|吗啡|哌替啶|芬太尼|舒芬太尼|瑞芬太尼|氢吗啡酮|羟考酮|氯胺酮|可待因)$"
)
_LABEL_RX = [(role, re.compile(rf"\s*(?:{rx})\s*$")) for role, rx in _ROLES]
#: any label a register's header writes (the header is a line of these)
_HEADER_WORD = re.compile(
    r"\s*(?:序号|日期|时间|患者|姓名|患者姓名|性别|年龄|科室|床号|病案号|住院号|病历号|身份证号?|身份证号码|"
    r"药品|药品名称|品名|规格|剂型|数量|用量|批号|生产批号|专用处方号|专用处方编号|处方号|处方编号|"
    r"空安瓿|废贴|回收数量|回收|交回人|代办人|代办人身份证号|领药人|回收药师|回收人|核对人|发药人|"
    r"处方医师|医师|医生|签名|备注|诊断|用法|残余量|销毁|[^\s/／]{0,6}(?:日期|号|人|师|量|数)"
    r")\s*$"
)
#: a label written inside its cell, then the value
_INLINE = re.compile(
    r"^\s*(?P<l>(?:麻醉药品|麻醉|精一|精麻|麻精|红色|专用)?处方(?:编号|号码|号|单号|序号)|专用处方|处方笺号)"
    r"\s*(?:NO\.?|No\.?|№)?\s*[:：#]?\s*(?P<v>\S(?:.*\S)?)\s*$"
)
#: a cell that is only a date, or a date after its own label (日期 09-21, 回收时间：3月2日)
_DATE_CELL = re.compile(
    r"^\s*(?:[\u4e00-\u9fa5]{0,4}(?:日期|时间)\s*[:：]?\s*)?(?P<v>(?:(?:19|20)\d{2}[-.年])?(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
    r"|(?:(?:19|20)\d{2}年)?(?:1[0-2]|0?[1-9])月(?:[12]\d|3[01]|0?[1-9])日?"
    r"|(?:19|20)\d{2}[-.](?:1[0-2]|0?[1-9])[-.](?:[12]\d|3[01]|0?[1-9]))"
    r"(?:\s+(?:[01]?\d|2[0-3])[:：][0-5]\d)?\s*$"
)
#: a cell that is one identifier-like token: letters, digits, 麻/精一 prefixes, 字第…号
_ID_CELL = re.compile(
    r"^\s*(?P<v>(?:(?:麻醉|麻精|精麻|毒麻|[麻精毒])[一二1]?(?:类)?(?:字第|字)?|第)?"
    r"[-－]?[A-Za-z0-9][A-Za-z0-9\-－·]*号?)\s*$"
)
#: a dose cell: the cell before it names a drug (吗啡/10mg/…)
_DOSE_NEXT = re.compile(r"\s*\d+(?:\.\d+)?\s*(?:mg|μg|ug|g|ml|mL|毫克|微克|毫升)")
#: a cell only a patient's row holds: an age, an identity number
_PATIENT_CELL = re.compile(r"\s*(?:\d{1,3}\s*岁|\d{17}[\dXx]|\d{15})\s*$")
#: a cell a batch stands right after: quantity, spec, drug
_BEFORE_BATCH = re.compile(
    r"(?:\d\s*(?:支|贴|片|粒|瓶|袋|盒|ml|mL|毫升|mg|μg|ug|g|安瓿|枚)|注射液|贴剂|片|胶囊|缓释片|针)\s*$"
)


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    """(start, end) of the line's cells, a spec's split halves joined back."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in _SPLIT.finditer(line):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(line)))
    joined: list[tuple[int, int]] = []
    for s, e in bounds:
        head = line[joined[-1][0] : joined[-1][1]] if joined else ""
        if (
            _SPEC_TAIL.fullmatch(line[s:e])
            and _SPEC_HEAD.search(head)
            and re.search(r"mg|μg|ug|g|毫克|微克", head)
        ):
            joined[-1] = (joined[-1][0], e)
        else:
            joined.append((s, e))
    return [(offset + s, offset + e) for s, e in joined]


def _role(label: str) -> str | None:
    return next((role for role, rx in _LABEL_RX if rx.fullmatch(label)), None)


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)


def _rows(text: str) -> Iterator[tuple[list[tuple[int, int]], list[str], list[str | None]]]:
    """Each register row's cells, their text and the header's role over each (None: no header)."""
    if not _CONTEXT.search(text):
        return
    header: list[str | None] | None = None
    offset = 0
    for line in text.split("\n"):
        cells = _cells(line, offset)
        offset += len(line) + 1
        if len(cells) < 5:
            header = None
            continue
        words = [text[s:e] for s, e in cells]
        if sum(bool(_HEADER_WORD.fullmatch(w)) for w in words) >= max(4, len(words) - 1):
            header = [_role(w) for w in words]
            continue
        # a row longer than its header (a relative's kinship or a serial in cells of their own) is
        # read from the left, where the header's columns stand
        yield cells, words, (header + [None] * len(cells))[: len(cells)] if header else [None] * len(cells)


def _batch_place(words: list[str], k: int, role: str | None) -> bool:
    """Whether cell ``k`` is where the row writes the batch: under 批号, after its label, or (no
    header) right after the quantity, spec or drug."""
    prev = words[k - 1] if k else ""
    if re.match(r"\s*[麻精毒第]", words[k]):
        return False  # 麻2024000123, 精一-000321, 第000123号: a prescription's number, never a batch
    return (
        role == "batch"
        or re.search(r"批号|批次", prev) is not None
        or (role is None and _BEFORE_BATCH.search(prev) is not None)
    )


def _bare_person(word: str, kin: bool = False) -> bool:
    """Whether a cell could be a person's name alone (``kin``: or with the kinship in brackets): two
    or three characters, after the first (a surname may be any: 但, 斯) none that a given name
    holds (不, 已, 的 …), and no word a register writes in a person's place."""
    person = _PERSON_CELL.match(word)
    return (
        person is not None
        and (kin or ("(" not in word and "（" not in word))
        and not _NO_ONE.match(person.group("v"))
        and not set(person.group("v")[1:]) & CN_NON_GIVEN_CHARS
    )


def _person_place(words: list[str], k: int) -> bool:
    """Whether a row with no header puts a person in cell ``k``: before the age (``/某某/79岁/``) or
    the kinship (``/某某/女儿/``), or in a run of such cells (代办人/回收药师/处方医师 written
    bare: ``/2支/某某/某某/某某/``); a drug's short name before its dose is none."""
    after = words[k + 1] if k + 1 < len(words) else ""
    if _DOSE_NEXT.match(after):
        return False
    if re.fullmatch(rf"\s*(?:\d{{1,3}}\s*岁|{_KIN})\s*", after):
        return True
    before = words[k - 1] if k else ""
    # the run only in a row that dates a patient (a date, an age or an identity number in a cell):
    # a drug's orders (口服/长期/静滴/每日) hold short words but none of these
    if not any(_DATE_CELL.match(w) or _PATIENT_CELL.match(w) for w in words):
        return False
    return _bare_person(words[k]) and (_bare_person(after, kin=True) or _bare_person(before, kin=True))


def batch_cells(text: str) -> list[tuple[int, int]]:
    """(start, end) of the batch numbers in a register's rows (``…/10mg:1ml/2支/230305/…``): a
    product's number, not a person's, so no other rule may take it."""
    out: list[tuple[int, int]] = []
    for cells, words, roles in _rows(text):
        for k, ((s, _e), word, role) in enumerate(zip(cells, words, roles, strict=True)):
            token = _ID_CELL.match(word)
            if token and _batch_place(words, k, role) and not _INLINE.match(word):
                out.append((s + token.start("v"), s + token.end("v")))
    return out


def find_register_rows(text: str) -> list[PhiSpan]:
    """Dates, prescription and record numbers and people in a register's slash-separated rows.

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    for cells, words, roles in _rows(text):
        for k, ((s, _e), word, role) in enumerate(zip(cells, words, roles, strict=True)):
            inline = _INLINE.match(word)
            if inline and _digits(inline.group("v")) >= 3:
                out.append(PhiSpan(s + inline.start("v"), s + inline.end("v"), "other_id"))
                continue
            date = _DATE_CELL.match(word)
            if date and role in (None, "date"):
                out.append(PhiSpan(s + date.start("v"), s + date.end("v"), "date"))
                continue
            person = _PERSON_CELL.match(word)
            labelled = _LABELLED_PERSON.match(word)
            if labelled and not person and not _NO_ONE.match(labelled.group("v")):
                person = labelled
            if (
                person
                and not _NO_ONE.match(person.group("v"))
                and (person is labelled or role == "name" or _person_place(words, k))
            ):
                out.append(PhiSpan(s + person.start("v"), s + person.end("v"), "name"))
                continue
            token = _ID_CELL.match(word)
            if not token or _digits(token.group("v")) < 3 or role == "date" or _batch_place(words, k, role):
                continue
            value = token.group("v")
            if role is None and (_digits(value) < 5 or re.fullmatch(r"\d{1,3}(?:\.\d+)?", value)):
                continue
            category = "mrn" if role == "mrn" else "other_id"
            out.append(PhiSpan(s + token.start("v"), s + token.end("v"), category))
    return out
