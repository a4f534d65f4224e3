"""Identifiers in the columns of delimited exports, whatever the cell looks like.

Work lists, waitlists, schedules, screening logs and registers are exported as CSV, TSV, pipe or
semicolon tables and pasted into notes (:func:`~medenclave_deid.core.text.table_columns.
delimited_cells`). The header names what each column holds, so every non-empty cell of an
identifying column is that identifier, with no label beside it and in any shape
(``XQW882193401`` under ``insurance_id``, ``RF-229183`` under ``referral_id``, ``Chidi`` under
``first_name``). Plain-text tables whose columns are lined up by runs of spaces (schedules,
census lists, order sheets: :func:`~medenclave_deid.core.text.table_columns.aligned_tables`) are
read the same way, with a stricter header (the first line of its block, a few words a cell, no
word of prose) and a row cell only where it stands under its header cell; a lab table's header
(``Test  Result  Units``) or a flowsheet's times name no identifier. A header field is read
whole (``MRN``, ``Acct#``, ``Mbr ID``, ``lastName``, ``Date of Birth``, ``姓名``, ``病案号``,
``联系电话``): one that merely holds such a word (``Patient type``, ``Test``, ``Result``,
``诊断``, ``科室``) names no identifier and its cells stay as they are.

* record numbers: MRN, chart, encounter, account, claim, member/policy/group numbers, SSN,
  referral, order, accession/specimen/kit/barcode (``XR Acc``), case, ticket, badge, licence/NPI/DEA, serial,
  plate/VIN, passport; a bare ``billing``, ``encounter``, ``claim`` or ``invoice`` column is an
  account's and a bare ``requisition`` column an order's, whatever the cell's shape
  (``1051-748336``, ``V159384579``, ``ENC-34051098``), but only a cell with a digit and no sum of
  money (``self-pay``, ``$1,240.00`` stay); a telemetry ``TX pack``, ``tele box`` or
  ``transmitter`` column holds each patient's device, a ``courier van`` or ``parking`` column its plate;
  病案号, 住院号, 门诊号(ID), 就诊卡号, 身份证号, 医保卡号, 工号, 单号, 条码, (拭子)标本号, 车牌号;
  登记号 too: a Chinese hospital's registration number is the patient's for life, like an MRN;
* people: name, patient, last/first/middle, initials, provider, physician, nurse, contact, guardian,
  next of kin, courier, anyone "… by", any kind of tech or operator (``TMS tech``), two staff in one
  (``Tech / MD``), the people of registers and studies (student, donor, client, guest …); 姓名, 患者,
  联系人, 监护人, 医生, 护士, 操作者, 签名 (医师签名), whoever registers, signs for, collects or escorts
  (登记人, 签收人, 陪诊员(工号)), anyone's 姓名 (接触者姓名), a register's 指示病例, whoever measures,
  assesses or reports (测量者, 上报人), a child's 小名, a nursery's 保健医; a staff number after
  the person stays (``闫欣怡(PZ2944)``); dates (a header saying date: DOB, DOS, admission, 出生日期);
* phone, fax, email, street address, city, county, ZIP (a state is no Safe Harbor identifier), ages over 89;
* a Chinese work unit (工作单位, 用人单位, 单位名称, 就读学校; never plain 单位, a lab table's unit of
  measure), unless the cell says what someone does rather than where (个体, 务农, 退休).

An unquoted date or "Last, First" name that the delimiter splits (``LF-1,March 3, 2023,Pelham,
Odette,…``) is read back as one cell where exactly one way of joining gives the header's count.
A drug's lot number is no PHI: a ``Lot`` column stays. Cells that say nothing (``n/a``, ``—``,
``pending``, 无, 不详) stay, and so does a name's title or credential (``Dr. Faith Moreno``)."""

from __future__ import annotations

import re
from typing import NamedTuple

from medenclave_deid.core.text.chinese_insurance import INSURANCE_LABEL
from medenclave_deid.core.text.english_partial_postcodes import PLACE_KEYS
from medenclave_deid.core.text.english_words import KINSHIP
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.table_column_words import ACCESSION_COLUMN as _ACC
from medenclave_deid.core.text.table_column_words import AGE_CELL, AGE_COLUMN, PERSON_COLUMNS, WORK_COLUMN
from medenclave_deid.core.text.table_columns import aligned_tables, delimited_tables, header_like

__all__ = ["NO_VALUE", "Columns", "column_category", "find_column_values", "read_columns"]

#: a number's suffix: required (``patient id``) or optional (``mrn``, ``mrn #``)
_R = r"(?: (?:id|#|no|nbr|num|number|code|nr))+"
_N = rf"(?:{_R})?"
#: a prefix naming whose number it is
_WHO = (
    r"(?:(?:pt|patient|hospital|hosp|primary|pri|secondary|sec|guarantor|insured|billing|epic|"
    r"ordering|provider|prescriber|attending|referring|physician|staff|employee|state|"
    r"medical|md|rn|nurse|lab|pathology|path|home|cell|work|contact|emergency|guardian|"
    r"parent|nok|alt|alternate|best|mobile|mailing|current|permanent|street) )*"
)
#: what an address is for: where a ride or a parcel goes, where a bill is sent
_FOR = (
    r"(?:(?:pickup|pick up|pick-up|drop off|dropoff|delivery|shipping|ship to|destination|origin|"
    r"billing|service|physical|postal|return|forwarding|previous|prior|temporary|temp|"
    r"school|business|office|employer|residential|pt|patient) )*"
)
_PEOPLE = (
    r"name|nm|full name|surname|lastname|firstname|middlename|last|first|middle|given|trainer|educator|"
    r"family|fname|lname|mname|initials|inits|init|patient|pt|provider|physician|doctor|dr|md|nurse|"
    r"counsell?or|rn|lpn|np|pa|referring|attending|ordering|guardian|contact|nok|next of kin|staff|tech|"
    r"distributor|technician|collector|courier|officer|signature|sig|signed|driver|caregiver|spouse|pcp|"
    r"operator|treater|surgeon|resident|interpreter|pharmacist|witness|therapist|psychiatrist|psychologist|"
    r"radiographer|sonographer|registrar|supervisor|clinician|practitioner|technologist|recorder|midwife|"
    r"prescriber|emergency contact|guarantor|insured|subscriber|member|parent|mother|father|reviewer|"
    r"case manager|social worker|scheduler|requester|coordinator|escort|attendant|chaperone|cytotechnologist|"
    r"sitter|companion|visitor|finder|owner|dispatcher|aide|student|participant|subject|donor|ana?esthetist|"
    r"client|guest|athlete|child|employee|volunteer|caller|reporter|recipient|trainee|anesthesiologist|crna|"
    r"interpreter id|screener|optician|optometrist|physiologist|notary|(?:[a-z']+ )?by|srna|proceduralist|"
    r"waster|cosigner|co signer|cosign|verifier|preparer|dispenser|scribe|team leader|team member|verified|"
    rf"checked|witnessed|2nd (?:rn|nurse|check)|phlebotomist|venipuncturist|coach|cnc|rt|rrt|{PERSON_COLUMNS}"
)
_ENGLISH = tuple(
    (category, re.compile(rx))
    for category, rx in (
        (
            "ssn",
            rf"(?:last (?:4|four) )?{_WHO}(?:ssn|social security|soc sec|social sec)"
            rf"(?: last (?:4|four))?{_N}",
        ),
        ("mrn", rf"{_WHO}(?:mrn|emrn|empi|pid|chart|medical record|med rec|mr|health record|nhi){_N}"),
        ("mrn", rf"{_WHO}(?:patient|pt|hospital|hosp|unit|person|enterprise|record|registration){_R}"),
        ("account", rf"{_WHO}(?:account|acct|csn|fin|har|(?:onboard |guest |ship )?folio){_N}"),
        ("account", rf"{_WHO}(?:acc|encounter|enc|visit|claim|billing|invoice|bill){_R}"),
        # a bare billing, encounter, claim or invoice column holds each row's number, in any shape
        # (``1051-748336``, ``ENC-34051098``); a cell with no digit (``self-pay``) names no account
        ("account", rf"{_WHO}(?:encounter|enc|claim|billing|invoice)(?: (?:account|acct))?"),
        ("health_plan", rf"{_WHO}(?:medicaid|medicare|mbi|hicn|policy|health card|hcn|ohip){_N}"),
        (
            "health_plan",
            rf"{_WHO}(?:member|mbr|subscriber|sub|insurance|ins|plan|group|grp|payer|"
            rf"beneficiary|coverage)(?: (?:policy|member|subscriber|mbr))?{_R}",
        ),
        ("accession", rf"{_WHO}(?:(?:specimen|sample|kit|tube|slide) )?(?:accession|accn|bar ?code){_N}"),
        ("accession", _ACC),  # an imaging study's, its modality first (``X-ray Accession``, ``XR Acc``)
        ("accession", rf"{_WHO}(?:specimen|spec|sample|kit|tube|container|block|slide|lab|swab){_R}"),
        ("licence", rf"{_WHO}(?:npi|dea|upin|licen[cs]e|lic|cps[a-z]+|ahpra|mcnz|gmc|imc){_N}"),
        ("device", rf"{_WHO}(?:(?:device|implant|pump|monitor|[a-z]+) )?(?:serial|sn|s n|udi|imei){_N}"),
        ("device", rf"{_WHO}(?:device|implant|pump|monitor){_R}"),
        # a telemetry transmitter's pack or box (``TX pack``, ``tele box``): one patient's unit
        (
            "device",
            rf"(?:(?:tx|tele|telemetry|holter|event monitor) )?transmitter(?: (?:pack|box|unit))?{_N}",
        ),
        ("device", rf"(?:tx|tele|telemetry|holter|monitor) (?:pack|box|unit){_N}"),
        ("vehicle", rf"(?:(?:\w+ )?parking(?: (?:plate|tag|permit|pass))?|licen[cs]e plate|plate|vin){_N}"),
        ("vehicle", rf"vehicle{_R}"),
        # a transport schedule's "van", "car", "cab" column holds each ride's plate or unit number
        (
            "vehicle",
            rf"(?:(?:transport|transfer|assigned|patient|pt|visitor|family|driver|rental|ride|ems|"
            rf"courier|delivery|pickup|lab|"
            rf"wheelchair|stretcher|medical) )?(?:van|car|vehicle|truck|cab|taxi|ambulance|bus|shuttle|rig)"
            rf"(?: (?:plate|plates|tag|tags|reg|registration))?{_N}",
        ),
        ("passport", rf"passport{_N}"),
        # an identity document's number in any shape (``ID no.``, ``Document #``, ``Gov ID``)
        ("other_id", rf"{_WHO}(?:id|identity|identification|document|doc)(?: (?:card|document))?{_R}"),
        (
            "other_id",
            rf"{_WHO}(?:(?:national|government|gov|govt|state|identity|travel|visitor|"
            rf"companion|caregiver|escort|sitter) )+(?:id|identity|identification|document|doc)"
            rf"(?: (?:card|document))?{_N}",
        ),
        ("other_id", rf"(?:tracking|confirmation|conf|authorization|auth|prior auth|badge){_N}"),
        (
            "other_id",
            rf"{_WHO}(?:referral|ref|order|case|incident|report|ticket|badge|employee|emp|"
            rf"user|request|req|requisition|appointment|appt|rx|prescription|transaction|"
            rf"waybill|study|subject|screen|screening|enrollment|enrolment|registry|donor|recipient|"
            rf"participant|randomization|randomisation|rand|allocation){_R}",
        ),
        ("other_id", r"(?:lab |test )?requisition"),  # a bare requisition column: each row's number
        ("other_id", rf"(?:dispensing )?(?:cabinet|pyxis|omnicell|adc|medstation)(?: (?:name|station))?{_N}"),
        ("fax", rf"{_WHO}fax{_N}"),
        ("email", rf"{_WHO}(?:email|e mail)(?: address| addr)?"),
        (
            "phone",
            rf"{_WHO}(?:phone|ph|tel|telephone|cell|mobile|callback|call back|contact number|"
            rf"cell phone|home phone|phone number){_N}",
        ),
        # also what the address is for ("pickup address", "delivery addr", "billing city")
        ("address", rf"{_WHO}{_FOR}(?:address|addr|street|street address|address line|residence)(?: ?\d)?"),
        ("geo", rf"{_WHO}{_FOR}{PLACE_KEYS}"),  # "Res ZIP", "FSA", "Postcode district", "ZIP of residence"
        ("workplace", WORK_COLUMN),
        (
            "date",
            r"(?:[a-z]+ ){0,3}(?:date|dob|dod|dos|doa|dt|birthdate|birthday|bday|birth)"
            r"(?: (?:of )?[a-z]+){0,2}",
        ),
        ("age", AGE_COLUMN),
        (
            "name",
            rf"(?:(?:pt|patient|last|first|middle|given|family|full|legal|preferred|maiden|referring|"
            rf"attending|ordering|primary|treating|emergency|contact|guardian|parent|staff|provider|"
            rf"physician|nurse|rn|md|dr|employee|user|collector|ref|requesting|rendering|assigned|"
            rf"responsible|supervising|admitting|consulting|covering|charge|performing|reading|"
            rf"prescribing|care|on call|"
            rf"[a-z]+(?= (?:tech|technician|operator|therapist)\b)) )*(?:{_PEOPLE})(?: (?:{_PEOPLE}))?"
            # a person told, paged or signing ("RN told", "MD notified", "tech initials")
            rf"(?: (?:name|nm|full name|told|notified|informed|paged|called|contacted|aware|"
            rf"initials|inits|sig|signature|assigned|on duty|responding))?",
        ),
    )
)
#: a document that identifies its holder (居民身份证, 护照, 港澳通行证, 台胞证, 回乡证, 军官证)
_ZH_DOC = r"(?:身份证件?|有效证件|证件|护照|\w{0,4}通行证|台胞证|回乡证|军官证|士兵证|\w{0,4}居留证)"
_CHINESE = tuple(
    (category, re.compile(rx))
    for category, rx in (
        # one column for either document (身份证/护照, 证件或护照号码), also someone's (陪护人证件号,
        # 家属身份证号) and the travel permits of Hong Kong, Macau and Taiwan (通行证, 台胞证)
        (
            "id_card",
            rf"\w{{0,5}}?{_ZH_DOC}(?:(?:[/／、]|或){_ZH_DOC})*(?:号码|号|编号)?"
            r"(?:[(（][^()（）]{1,12}[)）])?",
        ),
        # any scheme's number (医保号, 新农合证号, 参保人员编号, 保单号, 医保/社保号, 医保号(选填))
        ("health_plan", rf"{INSURANCE_LABEL}(?:[/／、]{INSURANCE_LABEL})*(?:[(（][^()（）]{{1,12}}[)）])?"),
        (
            "mrn",
            r"(?:母亲|产妇|孕妇|新生儿|婴儿|患儿|患者|病人)?"  # 母亲住院号, 新生儿ID: whose record it is
            r"(?:(?:病案|病历|住院|门诊|急诊|就诊卡|就诊|登记|档案|健康档案|ID)(?:号码|号|编号)|(?:门诊|住院|就诊)?ID)",
        ),
        (
            "accession",
            r"\w{0,4}?(?:条码号?|(?:[标样]本|检验|病理|影像|检查|送检|采样|拭子)(?:编?号|条码号?|ID))",
        ),
        # a bill's, a card's or a payment's number (卡号, 银行账号, 交易号, 票据号码, 结算号)
        (
            "account",
            r"\w{0,4}(?:账户|账号|帐户|帐号|卡号|交易号|票据号码?|票据编号|收据号|收据编号|结算号|"
            r"结算编号|发票号码|支付号)",
        ),
        ("vehicle", r"车牌(?:号码|号)?"),
        ("licence", r"(?:执业证|资格证|执业)(?:编号|号)"),
        ("other_id", r"工号|\w{0,4}单号|医嘱号|流水号|发票号|订单号|快递单号|运单号"),
        ("phone", r"\w{0,4}(?:电话|手机)(?:号码|号)?|联系方式"),
        ("fax", r"传真(?:号码|号)?"),
        ("address", r"\w{0,4}(?:地址|住址)"),
        ("date", r"\w{0,6}日期|生日|出生年月日?"),
        ("age", r"年龄|年龄(?:[(（\[【](?:周岁|岁)[)）\]】]|[/_](?:周岁|岁))|岁数"),
        # plain 单位 is also a lab table's unit of measure: only a work unit's header
        (
            "workplace",
            r"(?:工作|用人|所在|就职|派出|就读|参保)单位(?:名称)?|单位名称|工作地点|雇主|(?:就读|所在)?学校|店名",
        ),
        (
            "name",
            r"[\w/／]{0,5}姓名|\w{0,4}(?:小名|乳名|昵称|保健医|校医)|指示病例|索引病例|"
            r"(?:被\w{0,3})?患者|病人|联系人|监护人|家属|陪护人?|受试者|服务对象|孕妇|产妇|患儿|婴儿|新生儿|幼儿|宝宝|家长|丈夫|妻子|配偶|"
            r"受检者|被检者|体检者|就诊者|伤者|伤员|(?:参赛)?选手|参赛者|运动员|学生|受托人|委托人|"
            r"父亲|母亲|捐献者|供者|来电者|来电人|犬主|\w{0,4}(?:护士|医生|医师|药师|技师)|操作(?:者|员|人)|\w{0,4}(?:签名|签字)|"
            r"(?:记录|采集|采样|送检|核对|执行|审核|录入|填表|经手|负责|申请|开单|接收|复核|报告|检验|发药|配药|接种|操舱|"
            r"测量|监测|评估|巡视|上报|经办|调阅|查阅|访问|煎药|配送|授课|证明|注射|给药|采血|抽血|置管|换药|"
            r"登记|签收|领取|交接|陪诊|陪检|陪同|翻译|收件|收货|寄件|取件|发放|护送|转运|随访|导出)"
            r"(?:人|者|员)(?:[(（](?:工号|编号|ID)[)）])?",
        ),
    )
)
#: a cell that says nothing (a call log's outcome under "patient" too: confirmed, voicemail)
NO_VALUE = frozenset(
    "n/a na n.a. none null nil - -- — – unknown unk tbd pending declined refused self same confirmed "
    "cancelled canceled voicemail busy 无 不详 未知 略 同上 空 暂无 未填 未取 拒绝".split()
    + ["not provided", "not applicable", "not available", "see above"]
)
#: a work unit's cell that names no place
_NO_WORKPLACE = frozenset(
    "个体 个体户 务农 农民 无业 待业 失业 退休 离休 学生 自由职业 家务 散居 在家".split()
    + "self self-employed retired unemployed student homemaker disabled".split()
)
_WORK_UNIT = re.compile(r"[\u4e00-\u9fff（）()·]{3,30}")
_AGE = re.compile(AGE_CELL)
#: a title or credential around a name cell's person (``Dr. Faith Moreno``, ``Ada Ng, MD``): it stays
_TITLE = re.compile(
    r"^(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|RN|LPN|NP|PA|MD)\.?[ \t]+)?(?P<v>.+?)"
    r"(?:,?[ \t]+(?:MD|DO|RN|LPN|NP|PA-C|PA|PhD|PharmD|CNA|CRNA|APRN)\.?)?$"
)
#: a staff number in brackets after a person (``Sara (CMI838594)``, ``闫欣怡(PZ2944)``)
_BRACKET_ID = re.compile(r"[ \t]*[(（][A-Za-z]{0,4}[-#]?\d{3,}[)）]$")
#: a newborn named by a parent (``某某之子``, ``某某之女``): only the parent's name is a name
_OF_PARENT = re.compile(r"(?<=[\u4e00-\u9fff])之[子女]$")
_TICKED = frozenset("y n yes no x done ok ✓ ✔".split()) | KINSHIP  #: a tick ("MD notified: Y"), a "mom"
#: a sum of money (``$1,240.00``, ``310.50``)
_AMOUNT = re.compile(r"[$€£]\s*[\d,]+(?:\.\d\d)?|\d{1,3}(?:,\d{3})*\.\d\d|[$€£]?\d+\.\d\d")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_PUNCT = re.compile(r"[_\-./()\[\]:（）]+")


#: a date written with a comma (``February 10, 2024``, ``10 Feb, 2024``) and a person written
#: surname first (``Ballard, Chip``, ``Ng, Ada M.``): an unquoted cell the delimiter splits
_COMMA_DATE = re.compile(
    r"(?i)(?:[a-z]{3,9}\.?,? )?(?:[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2} [a-z]{3,9}\.?),? \d{4}"
)
_LAST_FIRST = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?, [A-Z][\w'’-]+(?: [A-Z]\.?| [A-Z][\w'’-]+)?")


def _joins(header: str, joined: str) -> bool:
    """A run of fields that is one unquoted cell of the column under ``header`` (a date, a name)."""
    category = column_category(header)
    return bool(
        (category == "date" and _COMMA_DATE.fullmatch(joined))
        or (category == "name" and _LAST_FIRST.fullmatch(joined))
    )


def column_category(header: str) -> str:
    """The identifier category the column under ``header`` holds (``age``: ages), or ""."""
    key = re.sub(r"(?<=[A-Za-z])[ \t]*#?[ \t]*[1-4]$", "", header.strip())  # "RN1", "Nurse 2": one column
    if re.search(r"[\u4e00-\u9fff]", key):
        key = key.replace(" ", "").replace("\u3000", "")
        return next((c for c, rx in _CHINESE if rx.fullmatch(key)), "")
    words = " ".join(_PUNCT.sub(" ", _CAMEL.sub(" ", key).replace("#", " # ")).lower().split())
    return next((c for c, rx in _ENGLISH if rx.fullmatch(words)), "")


class Columns(NamedTuple):
    """What the delimited exports of a note hold."""

    #: the identifying cells, each a span of its column's category
    cells: list[PhiSpan]
    #: ``(start, end)`` of each header field of a table with an identifying column: a label,
    #: never anyone's name
    headers: list[tuple[int, int]]


def read_columns(text: str) -> Columns:
    """The identifying cells (module docstring) and the header fields of every delimited or
    space-aligned table in ``text`` that has an identifying column.

    Args:
        text: a note, English or Chinese.
    """
    cells: list[PhiSpan] = []
    headers: list[tuple[int, int]] = []
    seen: set[int] = set()  # the first header field of each delimited table
    for head, rows in delimited_tables(text, _joins, lambda f: bool(column_category(f))):
        seen.add(head[0][0])
        categories = _work_units([column_category(name) for _, name in head], head)
        if not any(categories) and not any(_GAP.search(name) for _, name in head):
            found, labels = _row_heads(rows)
            if labels:  # the header's fields are labels too ("Field,Value,Units")
                labels += [(at, at + len(name)) for at, name in head if name]
            cells, headers = cells + found, headers + labels
        if not any(categories) or any(_GAP.search(name) for _, name in head):
            continue  # no identifier; a field with a wide gap: a line of fields, no header
        headers += [(at, at + len(name)) for at, name in head if name]
        for row in rows:
            cells += [
                span
                for (at, cell), category in zip(row, categories, strict=True)
                if category and (span := _cell_span(at, cell, category))
            ]
    for head, _, aligned in aligned_tables(text, _aligned_header, opening=True):
        if head[0][0] in seen or not aligned:
            continue  # a tab-separated export read above; a header with no row
        categories = [column_category(name) for _, name in head]
        headers += [(at, at + len(name)) for at, name in head]
        for line in aligned:
            full = len(line) == len(head) or (len(line) == len(head) - 1 and _blank_last(text, line))
            if not all(_numbered(cell, categories[n if full else k]) for n, (_, cell, k) in enumerate(line)):
                continue  # a heading or a line of text after the table
            cells += [
                span
                for n, (at, cell, k) in enumerate(line)
                if categories[n if full else k]
                and (full or _lined_up(text, head[k][0], at, cell))
                and (span := _cell_span(at, cell, categories[n if full else k]))
            ]
    return Columns(cells, headers)


#: the categories whose cells hold a digit; a name's none outside brackets (``意识障碍 0``: no row)
_NUMBERS = frozenset(
    "ssn mrn account health_plan accession licence device vehicle passport other_id phone fax id_card".split()
)
#: a wide gap inside a would-be header field: the line is a line of space-separated fields with
#: commas in them ("Name Roe, van, Al  (60Y M)  MRN …"), no delimited header
_GAP = re.compile(r"[ ]{2,}|\t")
#: a word of prose anywhere in a would-be header cell of a space-aligned table
_PROSE = re.compile(r"(?i)\b(?:and|or|but|then|with|was|were|is|are|had|has|the|to|for|on|in|at|no)\b")


def _row_heads(rows: list[list[tuple[int, str]]]) -> tuple[list[PhiSpan], list[tuple[int, int]]]:
    """A key-value table's identifiers (``Field,Value,Units`` / ``MRN,44120987,-``): where two
    or more rows open with a field naming an identifier, the next cell of each such row is that
    identifier; the opening fields are labels, no one's name."""
    heads = [(row, category) for row in rows if len(row) > 1 and (category := column_category(row[0][1]))]
    if len(heads) < 2:
        return [], []
    spans = [span for row, category in heads if (span := _cell_span(*row[1], category))]
    return spans, [(row[0][0], row[0][0] + len(row[0][1])) for row, _ in heads]


def _numbered(cell: str, category: str) -> bool:
    digit = bool(re.search(r"\d", re.sub(r"[(（].*?[)）]", "", cell) if category == "name" else cell))
    return not digit if category == "name" else category not in _NUMBERS or cell.lower() in NO_VALUE or digit


def _aligned_header(names: list[str]) -> list[bool] | None:
    """The identifying cells of a space-aligned table's header line, or None when the line is
    no such header (a sentence with double spaces, a lab table's header, a flowsheet's times)."""
    if not header_like(names, words=4) or any(_PROSE.search(name) for name in names):
        return None
    wanted = [bool(column_category(name)) for name in names]
    return wanted if any(wanted) else None


def _blank_last(text: str, row: list[tuple[int, str, int]]) -> bool:
    """The row's line ends in a gap: its last cell is the blank one (a Chinese table's cells
    are not lined up by character, so the others stand under the header cells in order)."""
    end = text.find("\n", row[-1][0])
    line = text[row[-1][0] : end if end >= 0 else len(text)].rstrip("\r")
    return bool(re.search(r"(?:[ \u3000]{2,}|\t)$", line))


def _lined_up(text: str, head_at: int, at: int, cell: str) -> bool:
    """A cell of a row with blank cells (or a wrapped cell) stands under its header cell: it
    starts within two characters of it and is short, with no word of prose (no line of prose
    under the table)."""
    column = head_at - text.rfind("\n", 0, head_at) - 1
    start = at - text.rfind("\n", 0, at) - 1
    return abs(start - column) <= 2 and len(cell) <= 40 and len(cell.split()) <= 5 and not _PROSE.search(cell)


def _work_units(categories: list[str], head: list[tuple[int, str]]) -> list[str]:
    """A plain 单位 column read as people's work units in a roster (a table with a name column:
    姓名,性别,单位,结论), where a lab table's unit of measure never stands."""
    if "name" not in categories:
        return categories
    return [
        "work_unit" if not c and name.strip().replace(" ", "") == "单位" else c
        for c, (_, name) in zip(categories, head, strict=True)
    ]


def find_column_values(text: str) -> list[PhiSpan]:
    """The identifying cells of every delimited table in ``text`` (module docstring).

    Args:
        text: a note, English or Chinese.
    """
    return read_columns(text).cells


def _cell_span(at: int, cell: str, category: str) -> PhiSpan | None:
    if not cell or cell.lower().strip(" .") in NO_VALUE or not re.search(r"\w", cell):
        return None
    if category == "age":
        age = _AGE.fullmatch(cell)
        return PhiSpan(at + age.start("v"), at + age.end("v"), "age") if age else None
    if category == "name":
        if cell.lower().strip(" .") in _TICKED:
            return None  # a column of whom someone told, ticked rather than named
        cell = _BRACKET_ID.sub("", cell)  # 矫桂芝(PZ9723): the person; the number is the other rules'
        cell = _OF_PARENT.sub("", cell)  # 某某之子: the parent's name; 之子 stays
        person = _TITLE.match(cell)
        if person and not cell[0].isdigit() and re.search(r"[^\W\d_]", person["v"]):
            return PhiSpan(at + person.start("v"), at + person.end("v"), "name")
        return None  # no one's name: a result under "PT", a count
    if category == "work_unit":  # only a Chinese name of three characters or more
        value = cell.strip()
        if not _WORK_UNIT.fullmatch(value) or value in _NO_WORKPLACE:
            return None
        return PhiSpan(at + cell.index(value), at + cell.index(value) + len(value), "workplace")
    if category == "workplace" and cell.strip().lower() in _NO_WORKPLACE:
        return None  # 个体, 务农, 退休: what someone does, no place
    if category in ("address", "geo") and re.search(r":|\b[a-z]{3,}\b.*\b[a-z]{3,}\b|\b[a-z]{3,}\.$", cell):
        return None  # a line of prose under the table ("Plan: FNA, ROSE", "LDL apheresis.") holds no place
    zh_plan = category == "health_plan" and re.search(r"[\u4e00-\u9fff]", cell)  # 城镇职工, 未带
    if (category in ("date", "vehicle", "account", "device") or zh_plan) and not re.search(r"\d", cell):
        return None  # no date; a van's kind ("wheelchair van"), no plate; "self-pay", no account
    if category == "account" and _AMOUNT.fullmatch(cell.strip()):
        return None  # a claim's or an invoice's amount, no number of one
    return PhiSpan(at, at + len(cell), category)
