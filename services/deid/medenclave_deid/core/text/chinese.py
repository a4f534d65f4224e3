"""Rules that find PHI in Chinese notes (GB/T 37964-2019 identifiers: names, 身份证号, phones,
record numbers, addresses, dates, hospitals and departments)."""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_ages_serials_zh10 import find_ages_serials_relatives
from medenclave_deid.core.text.chinese_chat import find_chat_people
from medenclave_deid.core.text.chinese_contact_names import find_contact_names
from medenclave_deid.core.text.chinese_dates import find_chinese_dates
from medenclave_deid.core.text.chinese_dental_labs import find_dental_labs, find_masters
from medenclave_deid.core.text.chinese_documents import find_documents_and_serials
from medenclave_deid.core.text.chinese_duty_log_staff import find_duty_log_staff
from medenclave_deid.core.text.chinese_elder_names import find_elder_names
from medenclave_deid.core.text.chinese_employer_certificates import find_certified_employees
from medenclave_deid.core.text.chinese_employment_forms import find_employment_form_phi
from medenclave_deid.core.text.chinese_fields import find_chinese_fields
from medenclave_deid.core.text.chinese_fields_extra import find_field_values
from medenclave_deid.core.text.chinese_forms import STATE_WORDS, find_form_people
from medenclave_deid.core.text.chinese_glossed_fields import find_glossed_fields
from medenclave_deid.core.text.chinese_guardian_cells import find_guardian_cells
from medenclave_deid.core.text.chinese_hospital_branches import extend_hospital_branches
from medenclave_deid.core.text.chinese_hospitals import find_short_hospitals
from medenclave_deid.core.text.chinese_insurance import find_insurance_numbers
from medenclave_deid.core.text.chinese_licences import find_licences_and_table_dates
from medenclave_deid.core.text.chinese_markup_fields import find_markup_fields
from medenclave_deid.core.text.chinese_names import (
    CN_CLINICIAN_ACTS,
    CN_NAME_STOP_WORDS,
    CN_NON_GIVEN_CHARS,
    KIN_CLAUSE_STARTS,
    find_cue_free_names,
)
from medenclave_deid.core.text.chinese_nicknames import find_nicknames_and_bed_names
from medenclave_deid.core.text.chinese_people import extend_name_lists, find_chinese_people
from medenclave_deid.core.text.chinese_person_lists import extend_name_columns, find_person_lists
from medenclave_deid.core.text.chinese_pet_name_kin import find_pet_names_by_kin
from medenclave_deid.core.text.chinese_procedures import find_names_before_procedures
from medenclave_deid.core.text.chinese_reading_staff import find_reading_staff
from medenclave_deid.core.text.chinese_regions import find_regional_phi
from medenclave_deid.core.text.chinese_register_rows import find_register_rows
from medenclave_deid.core.text.chinese_role_names import find_role_names
from medenclave_deid.core.text.chinese_rosters import find_roster_names
from medenclave_deid.core.text.chinese_short_names import find_short_names
from medenclave_deid.core.text.chinese_spoken_kin import find_spoken_kin
from medenclave_deid.core.text.chinese_subject_names import find_subject_names
from medenclave_deid.core.text.chinese_team_lists import find_team_lists
from medenclave_deid.core.text.chinese_unit_cells import find_unit_cells
from medenclave_deid.core.text.chinese_workplaces import find_workplaces
from medenclave_deid.core.text.dates import DATE_PATTERN
from medenclave_deid.core.text.lexicon import (
    CN_CITIES,
    CN_COMPOUND_SURNAMES,
    CN_PROVINCES,
    cn_surname_pattern,
)
from medenclave_deid.core.text.network_addresses import find_network_addresses
from medenclave_deid.core.text.resident_id import check_character
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_chinese_phi", "valid_resident_id"]

_ID18 = re.compile(r"(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])"
                   r"(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])")
_ID15 = re.compile(r"(?<![0-9A-Za-z])[1-9]\d{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<![0-9])(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?![0-9])")
_LANDLINE = re.compile(r"(?<![0-9])(?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}[- ])"
                       r"\s?\d{3,4}[- ]?\d{4}(?:-\d{1,5})?(?![0-9])")
_FAX_CUE = re.compile(r"传真[^\d]{0,4}$")
_RECORD_CUES = [
    ("mrn", r"住院号|病历号|病案号|门诊号|登记号|就诊卡号|检查号|影像号|患者ID|病人ID|ID号"),
    ("health_plan", r"医保卡号|医保号|社保卡号|医疗保险号|医保账号|新农合号|保险单号"),
    ("account", r"账号|账户|银行卡号|住院流水号|结算单号|结算号|缴费单号|收费单号|发票号|问诊单号|订单号"),
    ("licence", r"执业证号|执业证书编号|执业证书号|执业证|医师资格证号|资格证书编号|驾驶证号|驾驶证"),
    ("passport", r"护照号码|护照号|护照|军官证号|港澳通行证号|通行证号"),
    ("device", r"设备序列号|序列号|设备编号|起搏器编号|植入物编号|器械编号|产品序列号"),
    ("vehicle", r"车牌号码|车牌号|车牌|车辆识别代号|车架号|车辆识别号"),
    ("other_id", r"身份证号码|身份证号|身份证|证件号码|证件号|工号|学号|床旁编号|知情同意书编号|受试者编号|"
                 r"研究编号|标本号|条码号|条形码|申请单号|报告编号|检验号|流水号"),
    ("accession", r"影像号|检查号|检查单号|放射号|登记号|申请号"),
]
_RECORD_RE = [(cat, re.compile(rf"(?:{cue})\s*(?:为|是|码)?\s*[:：#]?\s*(?:NO\.?|No\.?|№|#)?\s*"
                               rf"(?P<v>[A-Za-z0-9\u4e00-\u9fa5]?[A-Za-z0-9·-]{{3,}})"))
              for cat, cue in _RECORD_CUES]
#: any labelled number: a label ending in 号 / 编号 / 号码 / 卡号 / 单号 / 流水号 (or 卡, 码, ID,
#: 档案) and a value with at least four digits (档案号：45678, 预约号 1234, 门诊号（1234）,
#: 健康卡号：1234 5678 9012); forms pad the label (住 院 号), add the English one (住院号/ID) and
#: write the issuer before the number (病案号：沪字第1234号, 档案号：粤-2023-012)
_LABELLED_NUMBER = re.compile(r"(?:(?<=[\u4e00-\u9fa5A-Za-z])|(?<=[\u4e00-\u9fa5][ \u3000]))"
                              r"(?P<l>编号|号码|卡号|单号|流水号|号|卡|条码|码|ID|档案)"
                              r"(?:/[A-Za-z]{2,4}|[（(][A-Za-z]{2,4}[)）])?\s*(?:为|是)?\s*"
                              r"[:：#（(]?\s*(?:NO\.?|No\.?|no\.?|№|#)?\s*"
                              r"(?P<v>(?:[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼港澳台]"
                              r"(?:字第|字|-)?|第|\*)?"
                              r"[A-Za-z0-9](?:[A-Za-z0-9_]|[-/](?=[A-Za-z0-9])"
                              r"| (?=[A-Za-z0-9])(?![A-Z]?[a-z]{2}|[a-z]/))*)"  # no word (Braden评分, s/p)
                              r"(?![A-Za-z0-9]|\s*[年月日岁次天床楼层室元个人])")
#: labels ending in 号 whose number names no one: a product's lot or model, a bed, a room, a ward
_NOT_AN_ID_LABEL = ("批", "批次", "准字", "文", "型", "货", "床", "床位", "病区", "楼", "房", "房间", "序",
                    "挂",
                    "符", "记", "问", "句", "称", "代", "字", "注册证", "版", "口", "暗", "番", "座")
#: words before a number label that make it a protocol's or a product's number (方案编号, 试剂批号)
_NOT_A_PERSON_LABEL = ("方案", "协议", "伦理", "批准", "项目", "型号", "产品", "试剂", "批次", "药品", "疫苗")
#: a document or case number: 石家庄职诊字〔2020〕第8025号, 京卫字[2021]12号, the year first
#: ((2024)某医调申字第12号, （2024）鄂0102医调字 第 12 号), or any value after a case-number label
#: (调解案号：2024医调0012, 受理号 YT-2024-0012; 病案号 and 档案号 are a record's, read elsewhere)
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fa5]{1,12}字?[〔\[（(【]\d{4}[〕\]）)】]第?\d{1,8}号"
                         r"|[〔\[（(【]\d{4}[〕\]）)】][\u4e00-\u9fa5A-Za-z0-9]{0,14}?[\u4e00-\u9fa5]"
                         r"[ \t]*第?[ \t]*\d{1,8}[ \t]*号"
                         r"|(?<=案号|理号)(?<!病案号|档案号)[ \t]*[:：]?[ \t]*(?![〔\[（(【])"
                         r"[^\s，,。；;：:）)]{0,16}?\d{3}(?:[0-9A-Za-z\-/_]|[\u4e00-\u9fa5]{1,6}(?=[0-9A-Za-z第\-])"
                         r"|[ \t]*第?[ \t]*\d{1,8}[ \t]*号)*")
#: a street named alone (在人民路与…, 解放路与建设路交叉口), after a word that places something;
#: an operation's approach, a bypass or a nerve's pathway (经左桡动脉入路, 经旁路, 传导通路) is no road
_STREET_ALONE = re.compile(r"(?:在|于|至|沿|经|位于|住|从|途经|行至|驶至)(?P<v>[\u4e00-\u9fa5]{2,6}?"
                           r"(?:大道|大街|(?<![入旁通径环])路|街|巷|胡同)(?:与[\u4e00-\u9fa5]{2,6}?(?:大道|大街|路|街))?"
                           r"(?:交叉口|路口|十字路口|附近|口)?)")
#: a licence plate: a province's abbreviation (the plate's one or its other one, 黔 滇 蜀 陇 秦,
#: which people write as well), the office's letter, five or six characters
_PLATE = re.compile(r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领黔滇蜀陇秦]"
                    r"[A-HJ-NP-Z](?:[ \t]?[·•・.][ \t]?|[\s-])?[A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警港澳]")
#: a messaging account (微信号：wxid_…, QQ：12345678): letters allowed, few digits needed
_SOCIAL_ID = re.compile(r"(?:微信号|微信|WeChat|QQ号|QQ|钉钉号)\s*(?:为|是)?\s*[:：]?\s*"
                        r"(?P<v>[A-Za-z][A-Za-z0-9_-]{5,19}|\d{5,12})(?![A-Za-z0-9_-])|(?P<w>wxid_[A-Za-z0-9]{4,})")
#: a passport number after its label: letters and digits in any mix, at least one digit
_PASSPORT = re.compile(r"(?:护照号码|护照号|护照)\s*(?:为|是)?\s*[:：]?\s*"
                       r"(?P<v>(?=[A-Z]*\d)[A-Z0-9]{7,10})(?![A-Za-z0-9])")
_POSTCODE = re.compile(r"(?:邮编|邮政编码)\s*[:：]?\s*(?P<v>\d{6})(?!\d)")
_WORKPLACE = re.compile(r"(?:工作单位|单位|就职于|任职于|工作于|供职于|在职单位|工作地点|雇主)"
                        # a seal's or a full name's note on the label (单位（盖章）：, 单位（全称）：)
                        r"(?:[（(](?:盖章|公章|签章|章|全称|名称)[)）])?"
                        r"\s*(?:为|是)?\s*[:：]?\s*"
                        r"(?P<v>[\u4e00-\u9fa5A-Za-z0-9（）()]{2,24}?(?:有限责任公司|股份有限公司|有限公司|公司|集团|"
                        r"工厂|厂|学校|中学|小学|幼儿园|大学|学院|银行|研究所|研究院|局|委员会|事务所|超市|商场|"
                        r"酒店|餐厅|饭店|店|中心|医院|社区|村委会|派出所|部队)(?:有限责任公司|股份有限公司|有限公司|分公司)?)")
#: a company by its legal form; the words before it that say someone works there are not its name
_ORG = re.compile(r"[\u4e00-\u9fa5]{2,16}?(?:集团)?(?:有限责任公司|股份有限公司|有限公司|集团公司|集团)")
#: a university's school of medicine (同济大学医学院, 北京大学医学部, 川北医学院): one named
#: organisation, replaced whole as a named hospital is; the kind alone (医学院) names none
_MEDICAL_SCHOOL = re.compile(r"[\u4e00-\u9fa5]{2,10}?(?P<k>(?:大学|学院)(?:医学院|医学部|医学中心|护理学院|"
                             r"药学院|口腔医学院|公共卫生学院|基础医学院|临床医学院)|医科大学|中医药大学|医学院)")
_ORG_LEAD = re.compile(r"(?:就职|任职|工作|供职|受雇|就读|毕业|求学)于|患者|病人|本人|目前|现|曾|其|在|系|是")
_SCHOOL_LEAD = re.compile(rf"{_ORG_LEAD.pattern}|考入|考上|考取|进入|入读|在读|就读|[于到赴至从由读]"
                          r"|[子女儿孙媳]")
_AGE = re.compile(r"(?<![0-9])(?P<v>(?:9\d|1[0-4]\d)\s*(?:周岁|岁))")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_URL = re.compile(  # a link, or a bare host with a path (m.example.cn/yuyue/x)
    r"(?:https?://|www\.|(?<![A-Za-z0-9@.])(?:[a-z\d-]+\.)+(?:cn|com|net|org)/)[A-Za-z0-9._~:/?#@!$&'*+,;=%-]+[A-Za-z0-9/]",
    re.IGNORECASE,
)
_IPV4 = re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?!\.?\d)")

#: a software or firmware version's cue right before a dotted number
_VERSION_BEFORE = re.compile(r"(?:版本号?|固件|软件|[Vv]ersion|[Vv]er\.?|(?<![A-Za-z])[Vv])"
                             r"[ \t]*[:：=]?[ \t]*$")
_CJK = "\u4e00-\u9fa5"
_SURNAME_ALT = cn_surname_pattern()
#: Characters that end a name: function words and the usual next words in a note.
_STOP = ("因于在的了和与及是为被等男女年今昨自来入出到行诉述称陪签代无有近反经由就将把对从向已曾"
         "既均也并但而又或即患先女医主护教老同家父母儿妻夫之其系现前后诊查科院，。、；：:,.（）() \n")
_NAME_BODY = rf"(?:{_SURNAME_ALT})[^{re.escape(_STOP)}\W\d]{{1,2}}"
_NAME_BEFORE = re.compile(
    rf"(?:(?:患者|病人|姓名|患儿|死者|伤者|伤员|孕妇|产妇|受检者|被检者|体检者|就诊者|当事人|申请人|投保人|"
    rf"被保险人|呼救人|报告人|求助人|家属|联系人|配偶|之子|之女|儿子|女儿|丈夫|妻子|爱人|签名|代诉人|陈述者|"
    rf"监护人|陪同人|委托人|[Pp]atient|[Nn]ame|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|医生|医师|主任|护士长|护士|主治|"
    rf"教授|治疗师|康复师|营养师|技师|药师|签字|记录者|记录人|书写者|录入者|操作者|审核者|审核|报告者|报告|会诊|经治|值班)\s*[:：]?)"
    rf"\s*(?P<n>{_NAME_BODY})")
_KIN_FORM_NAME = re.compile(r"[:：]\s*(?:孙子|孙女)[\u4e00-\u9fa5](?=[\s，,。；;（(]|$)")
#: a given name alone after a kinship or role word (家属小东, 其女晓燕): two characters
_GIVEN_AFTER_KIN = re.compile(
    r"(?:家属|其子|其女|其母|其父|其妻|其夫|之子|之女|儿子|女儿|丈夫|妻子|爱人|老伴|母亲|父亲|联系人|陪同人|监护人|孙子|孙女|"
    r"外孙|外孙女|姐姐|哥哥|弟弟|妹妹|儿媳|女婿|朋友|同事|邻居|小名|乳名)\s*[:：]?\s*"
    r"(?P<n>[\u4e00-\u9fa5]{2})(?=[，。、；：,.;:\s（(）)]|陪同|诉|称|代诉|签字|同意|在场|$"
    # how the patient gets on with them (与母亲某某关系紧张, 和丈夫某某争吵后)
    r"|关系|之间|沟通|交流|争吵|吵架|争执|冲突|矛盾|闹矛盾|冷战|同住|分居|离婚|相处|来往|不和|感情"
    # the relative coming in (丈夫某某来院, 其女某某每日陪护)
    r"|来院|到院|探视|代述|今日|昨日|每日|"
    # or before any other word of what a relative does (家属某某专程来院, 其女某某定期探视)
    + "|".join(KIN_CLAUSE_STARTS) + ")")
#: words that follow a kinship word but are not a given name (由母亲陪同, 家属签字)
_NOT_GIVEN = frozenset("陪同 签字 同意 代诉 诉称 在场 知情 拒绝 要求 表示 告知 电话 联系 来院 到院 前来 探视 "
                       "照顾 述说 决定 商量 放弃 理解 不详 健在 体健 已故 去世 患病 均体 谈话 沟通 陪护 "
                       "代表 委托 签收 领取 确认 "
                       "签名 签章 手印 指印 姓名 关系 地址 住址 意见 身份 情况 信息 号码 单位 职业 "
                       # a contact's other fields (单位联系人传真：…)
                       "传真 手机 座机 固话 邮箱 微信 "
                       # the relation itself (紧急联系人 女婿 周强)
                       "女婿 儿媳 儿子 女儿 妻子 丈夫 爱人 配偶 父亲 母亲 孙子 孙女 外孙 哥哥 姐姐 弟弟 妹妹 "
                       "老伴 朋友 同事 邻居 侄子 侄女 本人 患者 家属 亲属 "
                       # the kind of tie before 关系 (与丈夫婚姻关系, 与母亲亲子关系)
                       "婚姻 夫妻 母女 母子 父子 父女 亲子 家庭 人际 感情 婆媳 一直 素来 平素 向来 目前 "
                       "近来 最近 始终 "
                       # how the relative is (其母年迈，母亲早逝，)
                       "年迈 年老 高龄 早逝 早亡 病故 病逝 离异 再婚 务农 退休 在世 已逝 尚在 "
                       "身体 多病 "
                       # what the relative said or wrote (家属原话：“…”, 家属留言：)
                       "原话 留言 口述 转述 陈述 所述 叙述 反映 反馈 补充 意愿 诉求 回忆 "
                       # when (丈夫今日来院, 其女每日陪护)
                       "今日 昨日 今天 昨天 明日 当日 每日 每天 多次 经常 偶尔 定期 随后 随即 一同 一起 均已 "
                       "轮流 日夜 悉心 专程 自行 亲自 首次 回家 居家 赶来 特意 按时 及时 "
                       # how the relative brought the patient (送医方式：家属自驾)
                       "自驾 驾车 开车 打车 步行 护送 背来 抱来 "
                       # a turn of a dialogue opening on a greeting (家属：您好，请问…)
                       "您好 你好 请问 谢谢 麻烦 医生 大夫 护士 好的 知道 明白".split())
_NAME_AFTER = re.compile(rf"(?P<n>{_NAME_BODY})(?=[ \t\u3000]*(?:先生|女士|小姐|医生|医师|主任|教授|护士|"
                         rf"护士长|同志|老师|老人|阿姨|患者|[（(]?[男女][，,、)）]))")
#: titles ending in 师, a surname too (治疗师, 技师): a name read from their 师 starts after it
_TITLE_TAILS = ("治疗师", "技师", "药师", "医师", "护师", "老师", "律师", "厨师", "营养师", "咨询师",
                "康复师")
_PROVINCE_ALT = "|".join(sorted(CN_PROVINCES + [p[:-1] for p in CN_PROVINCES if p.endswith(("省", "市"))],
                                key=lambda w: (-len(w), w)))
_PROVINCE_NAMES = frozenset(_PROVINCE_ALT.split("|"))
_CJK_CHAR = re.compile("[\u4e00-\u9fa5]")
_CITY_ALT = "|".join(sorted(CN_CITIES, key=lambda w: (-len(w), w)))
_ADMIN = (rf"(?:[{_CJK}]{{1,6}}?(?:自治州|地区|盟|市|州))?(?:[{_CJK}]{{1,6}}?(?:新区|区|县|旗))?"
          rf"(?:[{_CJK}]{{1,6}}?(?:街道|镇|乡))?(?:[{_CJK}]{{1,6}}?(?:社区|村))?")
_STREET = (rf"(?:[{_CJK}0-9]{{1,10}}?(?:大道|大街|路|街|巷|弄|胡同|里))"
           rf"(?:[0-9一二三四五六七八九十]+号(?:院)?)?"
           # the estate (丽景湾, 绿地世纪城, 御景华府) and the flat (2栋2104, 11-1-2204) go with it
           rf"(?:[{_CJK}]{{2,8}}(?:小区|花园|公寓|大厦|新村|家园|苑|园|城|府|湾|庭|轩|居|阁|邸|郡|坊|宿舍|"
           rf"广场|大楼)|[{_CJK}]{{2,8}}?(?=[0-9]+(?:号楼|栋|幢|单元|-[0-9])))?"
           rf"(?:[0-9一二三四五六七八九十]+(?:号楼|栋|幢|单元|室|层|楼|号))*"
           rf"(?:[0-9]+(?:-[0-9]+){{1,2}}室?|(?<=[栋幢元层楼])[0-9]{{3,4}}(?![0-9]))?")
_ADDRESS = re.compile(
    rf"(?:(?:{_PROVINCE_ALT}){_ADMIN}(?:{_STREET})?)"
    rf"|(?:(?:{_CITY_ALT})(?:市)?(?:[{_CJK}]{{1,6}}?(?:新区|区|县))(?:[{_CJK}]{{1,6}}?(?:街道|镇|乡))?(?:{_STREET})?)")
_ADDRESS_CUED = re.compile(
    rf"(?:住址|地址|家住|现住|居住|住在|户籍)[：:]?\s*(?P<free>[{_CJK}0-9]{{2,10}}?(?:区|县|镇|乡|村|街道|路|街)"
    rf"(?:{_STREET})?)")
#: a known city after its province (云南昭通) or written with 市 anywhere (毕节市)
_CITY_NAMED = re.compile(rf"(?:{_PROVINCE_ALT})(?P<v>(?:{_CITY_ALT})市?)|(?P<w>(?:{_CITY_ALT})市)")
_CITY_ONLY = re.compile(rf"(?:(?<=来自)|(?<=[来去赴回在于住居]))(?P<v>(?:{_CITY_ALT})市?)")
_HOSP_STOP = ("因于在的了与及是为被等自来入出到行诉经由就将把对从向已曾均也并但而又或即患至转往赴诊住收送"
              "，。、；：:,.（）() \n")
_HOSPITAL = re.compile(rf"[^{re.escape(_HOSP_STOP)}\W]{{2,16}}?"
                       rf"(?:附属医院|人民医院|中心医院|中医院|医院|卫生院|"
                       rf"卫生服务中心|妇幼保健院|医学中心|诊所|国际旅行卫生保健中心|保健中心|体检中心|"
                       rf"疾病预防控制中心|疾控中心|急救中心|检验所|养老院|护理院|康复中心|门诊部|"
                       # rest homes, mental health centres, herbal clinics and testing labs
                       rf"疗养院|保健院|精神卫生中心|卫生中心|国医馆|中医馆|医馆|检测中心|检验中心|诊疗中心|"
                       # the small places care is given too: stations, pharmacies, labs, imaging
                       # centres, and a hospital by its number (湘雅二院)
                       rf"卫生服务站|卫生站|卫生室|医务室|大药房|药房|药店|口腔门诊|中医门诊|综合门诊|"
                       rf"医学检验实验室|检验实验室|医学实验室|影像中心|影像诊断中心|病理诊断中心|健康管理中心|"
                       rf"急救站|急救分站|分站|(?<!第)[一二三四五六七八九]院(?!区)|"
                       # free-standing dialysis centres and the dispatch centre of an ambulance service
                       rf"血液透析中心|血液净化中心|透析中心|急救指挥中心|医疗急救指挥中心|单采血浆站|血浆站)")
_HOSPITAL_FALSE = ("我院", "本院", "外院", "该院", "他院", "上级医院", "当地医院", "医院", "互联网医院",
                   "下级医院", "基层医院", "专科医院", "综合医院", "定点医院", "附近医院", "就近医院",
                   "社区医院", "私立医院", "公立医院", "三甲医院", "二甲医院", "诊所", "社区卫生服务中心",
                   "院外药房", "门诊药房", "急诊药房", "住院药房", "中心药房", "社区药房", "零售药店",
                   "附近药店", "定点药店", "定点药房",
                   "社区卫生站", "村卫生室", "社区卫生室", "学校医务室", "单位医务室",
                   "血液透析中心", "血液净化中心", "透析中心", "急救指挥中心", "医疗急救指挥中心",
                   "单采血浆站")
#: a unit of this hospital or another one (本院血液透析中心): no name of its own
_OWN_UNIT = re.compile(r"(?:我院|本院|该院|外院|他院|院内|院外|医院)+")
#: words before a generic hospital word that make it no name (需上级医院, 建议当地医院)
#: a hospital by its short name: the province's or the city's hospital by number or kind (市一院,
#: 省人医, 县中医院), and the national hospitals known by one word (华西, 湘雅) where a note says
#: care happened there
_HOSPITAL_SHORT = re.compile(r"(?:(?<=[于在至赴去到往转由从经及与和])|(?<![\u4e00-\u9fa5]))(?:省|市|县|州)"
                             r"(?:第?[一二三四五六七八九十]{1,2}(?:人民)?(?:医院|院(?!区))|人医|立医院|妇幼|肿瘤医院|胸科医院|儿童医院|传染病医院)"
                             r"|(?<=[于在至赴去到往])(?:华西|湘雅[一二三]?院?|协和|齐鲁|瑞金|华山|西京|天坛|宣武|安贞|阜外|"
                             r"积水潭|北医三院|中山一院|同济)"
                             r"(?=行|就诊|住院|治疗|手术|复查|诊治|确诊|诊断|随访|门诊|急诊|会诊|检查|查|做)")
_HOSPITAL_LEAD = re.compile(r"(?:需|请|建议|嘱|可|应|宜|需要|转|去|到|回|于|在|往|赴|"
                            r"联系|通知|呼叫|拨打|致电|报告)+")


def _opaque_token(value: str) -> bool:
    """Whether a labelled value is a machine's token with no digits (会话ID IYVRkMCFsXgp): eight
    characters or more, capitals and small letters mixed inside it, not a capitalised word."""
    return len(value) >= 8 and value.isalpha() and sum(c.isupper() for c in value[1:]) >= 2 \
        and sum(c.islower() for c in value) >= 2


def valid_resident_id(number: str) -> bool:
    """Whether an 18-character resident identity card number has the right check character
    (GB 11643-1999, ISO 7064 MOD 11-2).

    Args:
        number: 17 digits and a check character (digit or X).
    """
    if len(number) != 18 or not number[:17].isdigit():
        return False
    return check_character(number[:17]) == number[17].upper()


def find_chinese_phi(text: str) -> list[PhiSpan]:
    """Candidate PHI spans in a Chinese note (overlaps not yet resolved).

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    add = out.append
    for m in _ID18.finditer(text):
        # an identity number with a bad check digit is still an identifier: take it as a record
        # number rather than let it through
        add(PhiSpan(m.start(), m.end(), "id_card" if valid_resident_id(m.group(0)) else "mrn"))
    for m in _ID15.finditer(text):
        add(PhiSpan(m.start(), m.end(), "id_card"))
    for m in DATE_PATTERN.finditer(text):
        add(PhiSpan(m.start(), m.end(), "date"))
    out.extend(find_regional_phi(text))  # A123456(3), A123456789, 民国65年3月2日, …普通科门诊
    for m in _AGE.finditer(text):
        add(PhiSpan(m.start("v"), m.end("v"), "age"))
    for m in _EMAIL.finditer(text):
        add(PhiSpan(m.start(), m.end(), "email"))
    for m in _URL.finditer(text):
        add(PhiSpan(m.start(), m.end(), "url"))
    for m in _IPV4.finditer(text):
        add(PhiSpan(m.start(), m.end(), "ip"))
    for rx in (_MOBILE, _LANDLINE):
        for m in rx.finditer(text):
            cat = "fax" if _FAX_CUE.search(text[max(0, m.start() - 8):m.start()]) else "phone"
            add(PhiSpan(m.start(), m.end(), cat))
    for cat, rx in _RECORD_RE:
        for m in rx.finditer(text):
            if sum(c.isdigit() for c in m.group("v")) >= 3:
                add(PhiSpan(m.start("v"), m.end("v"), cat))
    for m in _LABELLED_NUMBER.finditer(text):
        before = re.sub(r"[ \u3000]", "", text[max(0, m.start() - 8):m.start()])
        if (sum(c.isdigit() for c in m.group("v")) >= 4 or _opaque_token(m.group("v"))) \
                and not before.endswith(_NOT_A_PERSON_LABEL) \
                and not (m.group("l") == "号" and before.endswith(_NOT_AN_ID_LABEL)):
            add(PhiSpan(m.start("v"), m.end("v"), "other_id"))
    for m in _ADDRESS.finditer(text):
        # a province alone running into the next word says where someone is from (山东人,
        # 河南籍, 四川口音): no address, and Safe Harbor keeps states
        bare = m.group(0) in _PROVINCE_NAMES
        if bare and _CJK_CHAR.match(text, m.end()):
            continue
        add(PhiSpan(m.start(), m.end(), "geo" if bare else "address"))
    for m in _ADDRESS_CUED.finditer(text):
        add(PhiSpan(m.start("free"), m.end(), "address"))
    for m in _CITY_ONLY.finditer(text):
        add(PhiSpan(m.start("v"), m.end("v"), "geo"))
    for m in _CITY_NAMED.finditer(text):
        city = "v" if m.group("v") else "w"
        add(PhiSpan(m.start(city), m.end(city), "geo"))
    for m in _HOSPITAL.finditer(text):
        name = m.group(0)
        lead = _HOSPITAL_LEAD.match(name)
        own = _OWN_UNIT.match(name)
        if name not in _HOSPITAL_FALSE and not name.endswith(_HOSPITAL_FALSE[:3]) \
                and not (lead and name[lead.end():] in _HOSPITAL_FALSE) \
                and not (own and name[own.end():] in _HOSPITAL_FALSE):
            add(PhiSpan(m.start(), m.end(), "hospital"))
    for m in _HOSPITAL_SHORT.finditer(text):
        add(PhiSpan(m.start(), m.end(), "hospital"))
    # a department (急诊科, 神经外科) names no one: every hospital has it, so it stays
    for rx in (_NAME_BEFORE, _NAME_AFTER):
        for m in rx.finditer(text):
            # 罗恩病患者 (in 克罗恩病患者) is no name: 病 is never part of a given name
            name = m.group("n")
            given = name[2:] if name[:2] in CN_COMPOUND_SURNAMES else name[1:]
            # 治疗师雷凯: the 师 ending a title is no surname; the name is what follows it
            start = m.start("n") + (text.endswith(_TITLE_TAILS, 0, m.start("n") + 1) and len(name) == 3)
            # 药师邓华审核: a given name's second character that opens what the person did is no
            # part of the name
            end = m.end("n") - (len(given) == 2 and (text.startswith(CN_CLINICIAN_ACTS, m.end("n") - 1) or (
                # 护士文博报：…: what the person reported follows the colon; 报 is no part of the name
                text[m.end("n") - 1] in "报诉述称说问答" and text.startswith((":", "："), m.end("n")))))
            # 罗成告知患者: 告知 is what 罗成 did, no given name of 成
            # 患儿：孙子涵 (a colon, three characters, then the field ends) is a name, not a grandson
            kin_form = _KIN_FORM_NAME.match(text, m.start("n") - 1) is not None and len(name) == 3
            if (kin_form or not text.startswith(CN_NAME_STOP_WORDS, m.start("n"))) \
                    and given not in CN_CLINICIAN_ACTS \
                    and not (rx is _NAME_AFTER and set(given) & CN_NON_GIVEN_CHARS):
                add(PhiSpan(start, end, "name"))
    for m in _GIVEN_AFTER_KIN.finditer(text):
        # 父亲肺癌 in a family history is the father's illness, not his name
        if not text.startswith(CN_NAME_STOP_WORDS, m.start("n")) and m.group("n") not in _NOT_GIVEN \
                and m.group("n") not in STATE_WORDS \
                and not (set(m.group("n")) & CN_NON_GIVEN_CHARS):
            add(PhiSpan(m.start("n"), m.end("n"), "name"))
    for category, rx, group in (("vehicle", _PLATE, None), ("geo", _POSTCODE, "v"),
                                ("other_id", _DOC_NUMBER, None), ("address", _STREET_ALONE, "v"),
                                ("workplace", _WORKPLACE, "v")):
        for m in rx.finditer(text):
            add(PhiSpan(m.start(group or 0), m.end(group or 0), category))
    for m in _SOCIAL_ID.finditer(text):
        group = "v" if m.group("v") else "w"
        add(PhiSpan(m.start(group), m.end(group), "other_id"))
    for m in _PASSPORT.finditer(text):
        add(PhiSpan(m.start("v"), m.end("v"), "passport"))
    for m in _ORG.finditer(text):
        start = max([m.start(), *(k.end() for k in _ORG_LEAD.finditer(text, m.start(), m.end() - 4))])
        add(PhiSpan(start, m.end(), "workplace"))
    for m in _MEDICAL_SCHOOL.finditer(text):
        start = max([m.start(), *(k.end() for k in _SCHOOL_LEAD.finditer(text, m.start(), m.start("k")))])
        if m.start("k") - start >= 2:  # 其子在医学院读书: a kind of school, no name
            add(PhiSpan(start, m.end(), "workplace"))
    out.extend(find_chinese_fields(text))
    out.extend(find_chinese_dates(text))
    out.extend(find_cue_free_names(text))  # no cue word: surname list and context
    out.extend(find_names_before_procedures(text))  # 王建国行…术: the one who had it
    out.extend(find_chinese_people(text))
    out.extend(find_form_people(text))
    out.extend(find_roster_names(text))  # titles, rosters, bed lines, relatives
    out.extend(find_licences_and_table_dates(text))
    out.extend(find_network_addresses(text))  # padded quads, 。 separators, ::ffff:1.2.3.4
    out.extend(find_short_hospitals(text))
    out.extend(find_dental_labs(text))  # 华瑞口腔技工所, 恒美义齿制作中心 wherever they stand
    out.extend(find_masters(text))  # 技工：丰师傅, a rare surname before 师傅
    out.extend(find_field_values(text))  # labelled addresses, ages in numerals, handles
    out.extend(find_documents_and_serials(text))  # travel documents, device serials
    out.extend(find_elder_names(text))  # 卢海生爷爷，九十三岁: the full name before an elder's word
    out.extend(find_insurance_numbers(text))  # any scheme's number, any shape (医保个人编号 3301 0288 7654)
    out.extend(find_ages_serials_relatives(text))  # 百岁, a serial or a relative's column
    out.extend(find_short_names(text))  # one-character and pet names placed by a role or relation
    out.extend(find_pet_names_by_kin(text))  # 阿宝爸爸陪同, 患儿小宇
    out.extend(find_subject_names(text))  # 建国诉…, 丫丫今日…, 患者扎西: no surname, no title
    out.extend(find_workplaces(text))  # told by the colleagues there or a work-unit field
    out.extend(find_certified_employees(text))  # 兹证明我单位职工某某，…
    out.extend(find_employment_form_phi(text))  # 店名：, 参保单位：, 系某某快递职工, 卡号后四位
    out.extend(find_glossed_fields(text))  # 参保单位（用人单位）：, 所属网点：, 陪同家属：, 所在社区：
    out.extend(find_markup_fields(text))  # <PatName>…</PatName>, <OrderDoctor>, <WorkUnit> in a message
    out.extend(find_unit_cells(text))  # a sign-in sheet's unit column, 某某敬老院, 我叫某某
    out.extend(find_duty_log_staff(text))  # 23:40 秀英打电话说12床, 叫小郑一起, 号牌AB 5397
    out.extend(find_role_names(text))  # any surname, placed by a relation, a handover or a report
    out.extend(find_team_lists(text))  # 术者 / 助手：某某 / 某某、某某, whatever the surnames
    out.extend(find_reading_staff(text))  # 病理由某某医师阅片, ，某 某读片, 经某某会诊确认
    out.extend(find_chat_people(text))  # chat senders, a form's role words without a colon, beds
    out.extend(find_person_lists(text))  # lists after a role, person fields without a surname
    out.extend(find_guardian_cells(text))  # a table's 监护人/电话 column: 某某某 139…
    out.extend(find_nicknames_and_bed_names(text))  # 叫她“豆豆”, 16床巴特尔，住院号, 家属某某在
    out.extend(find_contact_names(text))  # 联系某某（139…）: the person a phone reaches
    out.extend(find_register_rows(text))  # a drug register's slash rows: 03-15/…/麻2024000123/…
    out.extend(extend_name_lists(text, out))
    out.extend(extend_name_columns(text, out))  # a headerless table's column of names
    out = extend_hospital_branches(text, out)  # 某医院东院区, 某县医共体分院, 某州市一医; no 抢救医院：
    out.extend(find_spoken_kin(text, out))  # 老公某某, 某某家长：, 授权某某, 受托人（签字）：某某, （豆豆）
    # 报告：华西超声医学科: a name read from where a hospital's name starts is the hospital's
    # name running into its department (华西超), not a person
    hospital_starts = {s.start for s in out if s.category == "hospital"}
    return [s for s in out if not (s.category == "name" and s.start in hospital_starts)
            and not (s.category == "date" and _is_version(text, s.start, s.end))]


def _is_version(text: str, start: int, end: int) -> bool:
    """版本10.2.3, 固件 v2.1.4: a dotted number after a software version's cue is no date."""
    return "." in text[start:end] and _VERSION_BEFORE.search(text, max(0, start - 12), start) is not None
