"""What Chinese notes write that looks like PHI and is not: eponyms, product numbers, acupoints.

* **eponyms**: a person's name that names a disease, sign, test, score, operation or device, told
  by the word right after it: Latin script inside Chinese text (``Whipple术``, ``Killip分级``,
  ``Cheyne-Stokes呼吸``, ``Borrmann III型``, ``de Quervain腱鞘炎``) and transliterations
  (``霍夫曼征``, ``贝尔面瘫``). The words that follow a patient (``术后``, ``病情``, ``病史``)
  are not among them, and a Chinese name before 骨折 or 呼吸 stays a name (``患者王明骨折``).
* **scales**: letters and a number before 评分 / 量表 / 筛查 (``NRS2002评分``, ``PHQ9量表``) name an
  instrument.
* **product numbers**: a vaccine's or a drug's lot (批号, LOT), its approval number (国药准字,
  批准文号), a device's registration (注册证号), model (型号, Model) and catalogue number (REF,
  货号) name a product, not a person;
  a device's *serial* number (序列号) is an identifier and is not kept.
* **words read as a name**: a shift, a time or a service where a worker's name could stand
  (``技师 夜班``, ``护士：白班``), what a worker did (``宣教``), and what a relative does after the
  relation (``其子居家照顾``, ``其女儿日夜陪护``, ``专程来院``); a name read together with what its
  person does (``王丽来院``) keeps only the name.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_account_names import staff_weekday_name
from medenclave_deid.core.text.chinese_drug_cells import drug_cells, runs_to_dosage_form
from medenclave_deid.core.text.chinese_ecg_findings import inside_ecg_finding
from medenclave_deid.core.text.chinese_joined_labels import joined_label_parts
from medenclave_deid.core.text.chinese_lesion_sizes import lesion_before_size
from medenclave_deid.core.text.chinese_names import (
    CN_CLINICIAN_ACTS,
    KIN_CLAUSE_STARTS,
    NAME_NEVER_HOLDS,
    SHIFT_AND_TIME,
    is_shift_or_time,
)
from medenclave_deid.core.text.chinese_notice_heads_prec12 import drop_notice_heads
from medenclave_deid.core.text.chinese_padded_label_names import fix_padded_label_names
from medenclave_deid.core.text.chinese_procedure_heads import name_end_before_procedure
from medenclave_deid.core.text.chinese_register_rows import batch_cells
from medenclave_deid.core.text.chinese_risk_ratios import is_risk_ratio
from medenclave_deid.core.text.chinese_therapies import therapy_words
from medenclave_deid.core.text.lexicon import CN_COMPOUND_SURNAMES, CN_SURNAMES
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["chemical_word", "drop_not_phi"]

_SHARED_SUFFIX = (r"综合征|综合症|病(?![房区历人情史程床友假危重号])|征(?![得求询集象])|试验|反射|"
                  # 反应好 / 反应佳 say how someone is (欣怡反应好), no named reaction
                  r"反应(?![好佳良可差])|"
                  r"评分|分级|"
                  r"分期|分型|分类|指数|量表|肉瘤|淋巴瘤|瘤|细胞|小体|染色|现象|杂音|囊肿|憩室|动作|卧位|体位|"
                  r"麻痹|面瘫|三联征|甲状腺炎|腱鞘炎|舞蹈病|动脉炎|脑病|挛缩|束|括约肌|点压痛")
#: what follows a Latin-script eponym (after a possessive 's: Simpson's双平面法): the shared words, and
#: operations, devices and measures
_LATIN_SUFFIX = re.compile(r"(?:['’]s)?"
                           rf"(?:[\s-]+[A-Za-z][A-Za-z'’éèüöä]+)*(?:\s?(?:[IVX]{{1,4}}|[A-D]|[Ⅰ-Ⅻ])?\s?"
                           rf"(?:{_SHARED_SUFFIX}|"
                           r"术(?![后前中])|手术|切口|入路|导尿管|尿管|导管|吸引管|管|骨折|呼吸|大呼吸|型|点|窝|环|角|线|"
                           # waves and curves named after people (Osborn波, Kaplan-Meier曲线)
                           r"波(?![动])|曲线|"
                           r"监测|法|式|吻合|支架|标准|公式|效应|食管|溃疡|囊|腺|三角|皱襞|韧带|孔|腔|鞘|"
                           # a protocol, a manoeuvre, a screening (Bruce方案, Epley手法, Denver II发育筛查)
                           r"方案|手法|筛查|发育筛查|测验|"
                           r"[三四五]联[征症]|氏|"
                           # a sound, a speech or a skin sign, a lesion (Korotkoff音, Broca失语, Gottron丘疹)
                           r"音(?![频乐])|失语|丘疹|斑(?![马])|结节|损害|损伤|骨病|病变|疝|分度|分类|"
                           # what the thing is, written before its head (Nissen胃底折叠术, Morse跌倒评分,
                           # Simpson双平面法: a method, not someone's 方法, 办法 or 说法)
                           r"(?:(?!先生|女士|医生|医师|护士|主任|教授|老师|患者|家属)[^\x00-\u4dff\ua000-\uffff]){1,6}?"
                           r"(?:术(?![后前中])|评分|量表|指数|试验|骨折|综合征|手法|分级|分型|分期|(?<![方办说看想用做])法))"
                           # a grade or a score after the name: Hunt-Hess II级, Forrest Ib级, Ramsay 3分,
                           # Gustilo ⅢA型, Bethesda Ⅳ类
                           r"|\s?(?:(?:[IVX]{1,4}|[Ⅰ-Ⅻ])[A-Ca-c]?|[A-D][12]?|\d{1,2})\s?(?:级|期|型|类|度|分(?!钟))"
                           # a class counted in words (Kennedy第一类, Angle第二类)
                           r"|\s?第[一二三四五六七八九十]{1,2}(?:类|型|级|期|度|亚类))")
#: a grade or class closing a Latin eponym's span or written right after it (Forrest Ia,
#: NYHA III, Child-Pugh B, Gustilo IIIb): a Roman grade after any name, a letter grade after a
#: hyphenated pair or an acronym of capitals; never a run of initials (D-S-G-X)
_GRADE_TAIL = re.compile(r"[A-Za-z]{2}(?:\s+(?:[IVX]{1,4}[abc]?|[Ⅰ-Ⅻ][abc]?))+$")
_GRADED_BY_LETTER = r"(?:[A-Z][a-z]+-[A-Z][a-z]+|[A-Z]{2,6})"
_LETTER_GRADE_TAIL = re.compile(rf"{_GRADED_BY_LETTER}\s+[A-D][12]?$")
_LETTER_GRADE_AFTER = re.compile(r"\s?[A-D][12]?(?![A-Za-z0-9-])")
_GRADE_AFTER = re.compile(r"\s?(?:[IVX]{1,4}[abc]?|[Ⅰ-Ⅻ][abc]?)(?![A-Za-z0-9-])")
#: an acronym in brackets right after the Chinese term it shortens (疝修补术（TAPP）, 经皮冠脉介入
#: 治疗(PCI)): the term's letters, no person's name
_TERM_BEFORE = re.compile(r"(?:术|疗|法|查|验|影|测|成形|置换|修补|吻合|切除|症|病|炎|瘤|癌|征|镜|管|"
                          r"剂|素|器|评分|量表|指数|方案|分级|分期|分型|试验|监护|通气|移植|消融|穿刺|引流|透析)[（(]$")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9-]{1,7}")
_CHINESE_SUFFIX = re.compile(rf"(?:{_SHARED_SUFFIX})")
_LATIN = re.compile(r"(?:(?:de|von|van|la|le|du|di)\s)?[A-Z][A-Za-z'’éèüöä]+"
                    r"(?:[\s-](?:en-)?[A-Za-z][A-Za-z'’éèüöä]+)*$")
#: a registration after a profession (执业药师注册证号) is a licence, not a product's; a day's
#: dispensing round (批次：20230412 第2批) is the date the patient's drugs were made up, no product's;
#: the value is on the label's line or after its colon (a table's 型号 header names no cell below)
_DAY_ROUND = r"(?!\s*[:：]?\s*(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\s*第\s*\d{1,2}\s*批)"
#: a CT density in Hounsfield units (CT值 1206HU, 平扫约 45Hu)
_HOUNSFIELD = re.compile(r"-?\d{1,4}(?:\.\d{1,2})?\s?(?:HU|Hu)")
_PRODUCT_NUMBER = re.compile(r"(?:批[ \u3000]?号|批次号|批次" + _DAY_ROUND + r"|国药准字|批准文号|"
                             r"(?<![师士生业格])注册证号|(?<![师士生业格])注册证编号|"
                             r"型号|规格型号|货号|(?<![A-Za-z])(?:REF|Ref|LOT|Lot|Model|MODEL)(?![A-Za-z]))"
                             r"[^\S\n]*(?:为|是)?[^\S\n]*(?:[:：#.]\s*)?(?P<v>[A-Za-z0-9][A-Za-z0-9-]*)")
_CJK = re.compile("[\u4e00-\u9fa5]")
#: the sickness radical 疒 (疣 疹 痣 癣 疖) and 赘: written in lesions' names, never in a person's
_LESION = re.compile("[\u7592-\u7675赘]")
#: a menstrual history's formula, 5/28天 or 3-5/28-30天 after 初潮 / 经期 / 月经 on its line
_MENSES_FORMULA = re.compile(r"(?:初潮|经期|月经|行经|周期)[^\n]{0,14}$")
_CYCLE_DAYS = re.compile(r"\d{1,2}(?:[-~～]\d{1,2})?/\d{2}(?:[-~～]\d{2})?")
#: a relation written before what the relative does (其子居家照顾, 女儿日夜陪护)
_KIN_BEFORE = re.compile(r"(?:其|之|患者)?(?:子|女|儿|妻|夫|父|母)$|(?:女儿|儿子|丈夫|妻子|老伴|爱人|家属|"
                         r"儿媳|女婿|孙子|孙女|母亲|父亲|哥哥|姐姐|弟弟|妹妹|配偶)$")
#: a scale or score named by letters and a year or a version (NRS2002评分, PHQ9量表, APACHEII评分,
#: MNA-SF筛查): the words after it say it is an instrument, not somebody's number
_SCALE_NAME = re.compile(r"[A-Za-z]{2,8}[-‐]?(?:\d{1,4}|[IVX]{1,4})?(?:[-‐][A-Za-z]{1,4})?")
_SCALE_NEXT = re.compile(r"\s?(?:评分|量表|评估|筛查|问卷|分级|分期|指数|总分|得分|积分)")
#: a word before a Latin run that says a person is named (患者John Smith术后, Dr. Li手术顺利,
#: 由Peter Wang管床): a name, whatever follows
_PERSON_BEFORE = re.compile(r"(?:患者|病人|患儿|家属|医师|医生|护士|主任|教授|先生|女士|由|请|经|与|和|向|"
                            r"签名|签字|"
                            r"联系人|陪同|\b(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?)\s*(?:[A-Za-z][A-Za-z.'’-]*\s+)*$")


def _kin_clause(text: str, start: int, value: str) -> bool:
    """Whether a name span at ``start`` is the clause after a relation, or holds what a person
    does (其子居家照顾, 其女|儿日夜陪护, 专|程来院)."""
    if any(0 <= value.find(w) < 2 for w in NAME_NEVER_HOLDS):
        return True
    # the relation may run one character into the span (其女 + 儿日夜)
    return any(_KIN_BEFORE.search(text, max(0, start + k - 4), start + k)
               and value.startswith(KIN_CLAUSE_STARTS, k) for k in (0, 1) if k < len(value))


def _after_time_word(value: str, span: PhiSpan) -> PhiSpan | None:
    """A name span that opens with a shift or time word (夜班王丽, 上午完成宣教): the name after the
    word, None when no name follows it; a short value whose word opens with a surname (全天佑)
    stays whole."""
    word = max((w for w in SHIFT_AND_TIME if value.startswith(w)), key=len, default="")
    rest = value[len(word):].lstrip(" \u3000")
    if len(rest) < 3 and word[:1] in CN_SURNAMES:
        return span
    if len(rest) < 2 or not (rest[0] in CN_SURNAMES or rest[:2] in CN_COMPOUND_SURNAMES):
        return None
    # the name ends where what its person did starts (夜班殷海燕巡视); unsure, the whole value goes
    whole = len(rest) if len(rest) <= 3 else 0
    cut = next((i for i in (2, 3) if rest.startswith(CN_CLINICIAN_ACTS, i)), whole)
    start = span.end - len(rest)
    return PhiSpan(start, start + cut, span.category) if cut else span


#: the stems that end a drug's generic name (吉西他滨, 安罗替尼, 贝伐珠单抗, 左氧氟沙星, 阿托伐他汀):
#: a word ending so is a drug even when it opens with a surname character
_DRUG_END = re.compile(r"(?:他滨|替尼|单抗|沙星|西林|霉素|他汀|地平|普利|沙坦|洛尔|唑仑|拉唑|替丁|"
                       r"格列[齐美吡喹]特?|胰岛素|肝素|卡因|比星|紫杉醇|他赛|曲唑|司琼|米松|尼松|洛芬|昔布|"
                       r"噻嗪|塞米|格雷|培南|曲松|环素|硝酯|鲁肽|格汀|列净|巴坦|[卡顺奥奈]铂|嘧啶|诺肽|瑞林|"
                       # 水飞蓟宾 and 水飞蓟素 (milk thistle), the rifamycins (利福平, 利福喷丁, 利福布汀)
                       r"泊苷|长春碱|蓟宾|蓟素|福平|福喷丁|福布汀|"
                       # hormonal contraceptives' and abortifacients' stems (屈螺酮, 去氧孕烯, 炔雌醇,
                       # 甲羟孕酮, 米非司酮, 米索前列醇)
                       r"螺酮|孕酮|诺酮|孕烯|烯酮|雌醇|雌二醇|司酮|前列醇)$")
#: a verb of taking a medicine right before a name span (服用吉某避孕, 口服某某1片): one takes a
#: product, no person; unless the person's own medicine follows (误服王某的药, 服用李某给的药)
_INTAKE_BEFORE = re.compile(r"(?:服用|口服|吞服|嚼服|含服|顿服|加服|改服|停服|自服|改用|换用|使用)$")
_PERSON_MEDICINE_AFTER = re.compile(r"[ \t]*(?:的|给|开|提供|送|带|家|处)")
#: a drug's or a device's dosage form, then the bracket holding its brand (屈螺酮炔雌醇片（优思明）,
#: 依托孕烯植入剂（Implanon）, 炔雌醇环丙孕酮片（达英-35）): the bracket's word is a product, no one
_FORM_BRACKET = re.compile(r"(?:片|胶囊|丸|注射液|注射剂|针|植入剂|埋植剂|植入物|节育系统|节育器|贴剂?|栓剂?|"
                           r"凝胶|乳膏|软膏|颗粒|口服液|滴剂|喷雾剂|阴道环|避孕环|制剂|"
                           # a dental material's brand (氟保护漆（Duraphat）, 封闭剂(Clinpro))
                           r"剂|漆|涂料|泡沫|水门汀|充填材料|材料)(?:\([ⅠⅡⅢ]+\))?\s*[（(]$")
_BRAND = re.compile(r"[^（()）,，、：:；;\n]{1,12}?(?:\s*[-－]?\s*\d{1,3})?[)）]")
#: a thalassaemia or other gene's variant written after its chain's Greek letter (βCD41-42/βN,
#: αCS/αα, βIVS-II-654): a variant, no one's number
_ALLELE_BEFORE = re.compile(r"[αβγδ][ ]?$")


#: a relation written with 其 or 之 (其兄, 其女儿, 之妻), which a tagger may read as 其 the surname
_KIN_WORD = re.compile(r"[其之](?:[兄姐弟妹父母子女妻夫]|儿子|女儿|丈夫|妻子|爱人|哥哥|姐姐|弟弟|妹妹|"
                       r"孙[子女])")


#: the characters of a chemical's name, in no one's name (氯法齐明, 乙酰半胱氨酸, 甘草酸二铵)
_CHEMICAL = re.compile(r"[氯氟溴碘氨胺酰酮醇酯烷烯炔苯酚醛醚嗪唑啶哌呋噻吡嘧嘌吲喹"
                       r"苷胱肽铵钠钾铋磺巯磷砜脲胍肟羟羧腈]")


#: what ends an organisation's name, which may hold a chemical's (某某氯碱化工有限公司)
_ORG_END = re.compile(r"(?:公司|厂|院|中心|站|所|局|集团|学校|大学|协会|店|房)$")


def chemical_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is (part of) a chemical's or a drug's name: a character of one
    in it, right after it or up to three characters before it in one run of Chinese (齐明 in
    氯法齐明), and no organisation's ending (某某氯碱化工有限公司)."""
    left = start
    while left > max(0, start - 3) and "\u4e00" <= text[left - 1] <= "\u9fff":
        left -= 1
    chemical = _CHEMICAL.search(text, left, min(len(text), end + 1))
    return bool(chemical) and not _ORG_END.search(text[start:end])


def _drug_word(text: str, start: int, end: int) -> bool:
    """Whether a name found at ``text[start:end]`` is a drug's generic name, read to its end
    (up to two more characters: a span of 吉西他 in 吉西他滨), or a chemical's name: a character of
    one in it or right beside it (法齐明 in 氯法齐明)."""
    if chemical_word(text, start, end):
        return True
    return any(_DRUG_END.search(text, start, stop) for stop in range(end, min(len(text), end + 2) + 1))


def _term_acronym(text: str, span: PhiSpan, value: str) -> bool:
    """Whether a name span is the acronym in brackets after the term it shortens (修补术（TAPP）)."""
    return bool(_ACRONYM.fullmatch(value) and _TERM_BEFORE.search(text, max(0, span.start - 6), span.start)
                and text[span.end:span.end + 1] in ("）", ")"))


def _graded_eponym(text: str, span: PhiSpan, value: str) -> bool:
    """Whether a Latin name span is an eponym's class by the grade in or after it (Forrest Ia,
    NYHA III, Child-Pugh B), with no word before it that names a person."""
    if _CJK.search(value):
        return False
    if not re.search(r"[A-Za-z]{2}$", value):
        return False  # D-S-G-X: initials, no eponym
    graded = (_GRADE_TAIL.search(value) or _LETTER_GRADE_TAIL.search(value)
              or _GRADE_AFTER.match(text, span.end)
              or (re.fullmatch(_GRADED_BY_LETTER, value) and _LETTER_GRADE_AFTER.match(text, span.end)))
    return bool(graded) and not _PERSON_BEFORE.search(text, max(0, span.start - 40), span.start)


def drop_not_phi(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` without the eponyms and product numbers of the module docstring.

    Args:
        text: the note.
        spans: resolved spans (sorted, not overlapping).
    """
    # a register row's batch (…/2支/230305/麻2024000123/…) under 批号 or after the quantity
    products = [(m.start("v"), m.end("v")) for m in _PRODUCT_NUMBER.finditer(text)] + batch_cells(text)
    therapies = therapy_words(text)
    labels = joined_label_parts(text)
    drugs = drug_cells(text)
    out: list[PhiSpan] = []
    for span in spans:
        value = text[span.start:span.end]
        if span.category in ("name", "geo", "hospital", "workplace") \
                and any(s <= span.start and span.end <= e for s, e in drugs):
            continue  # | 康忻 | under 药品名称: a drug, not a person or a unit
        if span.category == "name" and _CJK.search(value) and runs_to_dosage_form(text, span.start, span.end):
            continue  # 孟鲁|司特钠片: a drug's name run on to its dosage form
        if span.category in ("workplace", "hospital") and (span.start, span.end) in labels:
            continue  # 用人单位／平台站点：: a label's part, not the unit it asks for
        if span.category in ("name", "geo", "hospital") \
                and any(s <= span.start and span.end <= e for s, e in therapies):
            continue  # 阳白, 艾灸, 蓝光治疗: an acupoint or a treatment, not a person
        if span.category == "name" and _KIN_WORD.fullmatch(value):
            continue  # （其兄）, 之妻: a relation, not a person's name
        if span.category == "name" and _CJK.search(value) and _drug_word(text, span.start, span.end):
            continue  # 吉西他滨, 吉非替尼: a drug's generic name, not a person
        if span.category == "name" and _CJK.search(value) and _INTAKE_BEFORE.search(text, 0, span.start) \
                and not _PERSON_MEDICINE_AFTER.match(text, span.end):
            continue  # 服用吉某避孕: a brand taken, not a person
        if span.category in ("name", "geo") \
                and _FORM_BRACKET.search(text, max(0, span.start - 12), span.start) \
                and _BRAND.match(text, span.start):
            continue  # 片（优思明）, 植入剂（Implanon）: a brand in brackets after its product
        if _HOUNSFIELD.fullmatch(value) or is_risk_ratio(text, span.start, span.end):
            continue  # CT值 1206HU, 21三体风险：1/25: a density or a risk, no number or date of anyone
        if span.category == "other_id" and _ALLELE_BEFORE.search(text, max(0, span.start - 2), span.start):
            continue  # βCD41-42: a gene variant
        if span.category == "name" and _kin_clause(text, span.start, value):
            continue  # 其子居家照顾, 其女儿日夜陪护: what the relative does, not who they are
        if span.category == "name":  # 王丽来院, 护士：王丽执行医嘱 read whole: the name is before what
            # they do
            cut = min((i for i in (value.find(w) for w in NAME_NEVER_HOLDS) if i >= 2), default=len(value))
            if value[:1] in CN_SURNAMES or value[:2] in CN_COMPOUND_SURNAMES:
                cut = min(cut, next((i for i in (2, 3) if value.startswith(CN_CLINICIAN_ACTS, i)), cut))
            cut = name_end_before_procedure(text, span.start, span.end, cut)  # 王芳冠脉…术, 全髋…术
            if not cut:
                continue
            span = PhiSpan(span.start, span.start + cut, span.category)
        if span.category == "name" and (is_shift_or_time(re.sub(r"\s", "", value), whole=True)
                                        or value in CN_CLINICIAN_ACTS) \
                and not staff_weekday_name(text, span.start, span.end):
            continue  # 护士：白班, 医生 上午, 护士某某宣教: when they work or what they did, not who
        if span.category == "name" and lesion_before_size(text, span.start, span.end):
            continue  # 观察：皮丘 1.2 cm, 风团 0.8 cm: a skin test's finding and its size
        if span.category == "name" and inside_ecg_finding(text, span.start, span.end):
            continue  # 心电图示ST段抬高, T波倒置: an electrocardiogram's finding
        if span.category == "name" and is_shift_or_time(value):
            named = _after_time_word(value, span)
            if named is None:
                continue  # 医生：上午完成宣教, 傍晚主治医师: when, then what was done or a rank
            span, value = named, text[named.start:named.end]
        if span.category == "date" and _MENSES_FORMULA.search(text, max(0, span.start - 16), span.start) \
                and _CYCLE_DAYS.fullmatch(value) and text.startswith("天", span.end):
            continue  # 月经史：13岁初潮，5/28天: days of bleeding over the cycle's days, no date
        if span.category != "date" and any(s <= span.start and span.end <= e for s, e in products):
            continue
        if span.category == "other_id" and _SCALE_NAME.fullmatch(value) and _SCALE_NEXT.match(text, span.end):
            continue
        if span.category == "name" and (_term_acronym(text, span, value)
                                        or _graded_eponym(text, span, value)):
            continue  # 疝修补术（TAPP）, Forrest Ia, NYHA III, Child-Pugh B: a term's acronym, a class
        if span.category in ("name", "geo", "other_id"):
            if _CJK.search(value):
                if span.category == "name" and (_CHINESE_SUFFIX.match(text, span.end)
                                                or (_LESION.search(value) and len(value) <= 3)):
                    # 霍夫曼征; 皮赘, 白癜风: a sickness's character (疒, 赘) is in no given name (a longer
                    # span has a name beside the word: 马彬治疗师, 病案室吐尔洪·阿布都拉)
                    continue
            elif _LATIN.match(value) and _LATIN_SUFFIX.match(text, span.end) \
                    and not _PERSON_BEFORE.search(text, max(0, span.start - 40), span.start):
                continue
        out.append(span)
    out = fix_padded_label_names(text, out)  # 技    师  尤 欣怡: the name whole, no label's character
    return drop_notice_heads(text, out)  # 温馨提示：a notice's heading
