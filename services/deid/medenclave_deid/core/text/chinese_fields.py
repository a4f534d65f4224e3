"""Chinese identifiers found by their place in the note rather than by a word list.

* **transliterated names** joined by a middle dot (``约翰·史密斯``, ``阿依古丽·买买提``): every
  part is the name, whatever its characters (a leading cue such as 患者 is not);
* **a demographic header**: 2–4 characters after 患者/患儿/姓名 and before ``，男`` / ``，女``
  are the name even without a surname (``患者扎西多吉，男``, ``患儿乐乐，女``); so is the same
  shape at the start of a line when an age follows (``江淑芬，女，66岁``);
* **employers**: the whole value of a 工作单位 / 用人单位 / 派出单位 field up to its punctuation,
  and the place in ``在…工作 / 上班 / 任职``;
* **numbers after a generic number word** (编号, 编码, 证明编号, 车架号 …): an identifier when
  it carries at least three digits.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_forms import STATE_STARTS, STATE_WORDS
from medenclave_deid.core.text.chinese_names import CN_NAME_STOP_WORDS, CN_NON_GIVEN_CHARS
from medenclave_deid.core.text.chinese_procedure_heads import procedure_at
from medenclave_deid.core.text.lexicon import CN_SURNAMES_AFTER_CUE
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_chinese_fields", "name_aliases"]

_HAN = "\u4e00-\u9fa5"
_DOT = "·•・"
_CUES = ("外籍患者", "患者", "患儿", "病人", "姓名", "家属", "翻译", "丈夫", "妻子", "儿子", "女儿", "其子",
         "其女", "之子", "之女", "父亲", "母亲", "医生", "医师", "护士", "签名", "签字", "联系人", "监护人",
         "陪同人", "主任", "教授", "记录", "患方", "由", "与", "向", "和", "及", "、", "为", "是", "系", "经")
#: characters that end a transliterated name on its right (the next word starts)
_AFTER = ("因于在的了和与及是为被等男女今昨自来入出到行诉述称陪签代无有近反经由就将把对从向已曾"
          "既均也并但而又或即")
_DOTTED = re.compile(rf"[{_HAN}]{{1,6}}(?:[{_DOT}][{_HAN}]{{1,8}})+")
_EPONYM_AFTER = ("综合征", "综合症", "病", "征", "氏", "试验", "反射", "定律", "手术", "术", "法", "管", "瘤")
_PERSON_CUES = ("患者|患儿|病人|姓名|病人姓名|患者姓名|死者|伤者|伤员|孕妇|产妇|受检者|被检者|体检者|就诊者|"
                "受试者|当事人|申请人|投保人|被保险人|呼救人|报告人|求助人|联系人|监护人|代理人|委托人")
_HEADER_CUED = re.compile(rf"(?:{_PERSON_CUES})\s*[:：]?\s*(?P<n>[{_HAN}]{{2,4}})"
                          rf"\s*[，,（(、\s]\s*(?:性别\s*[:：]?\s*)?[男女](?![儿婴孩士友童])")  # no ，女儿
_HEADER_LINE = re.compile(rf"(?m)(?:^|(?<=[。；\n：:]))\s*(?P<n>[{_HAN}]{{2,4}})\s*[，,、]\s*[男女]\s*"
                          rf"[，,、]\s*\d{{1,3}}\s*(?:岁|周岁|月|天)")
_NOT_NAMES = frozenset("患者 患儿 病人 姓名 性别 家属 本人 其父 其母 男性 女性 男孩 女孩 男婴 女婴 该患 "
                       "该患者 老人 先生 女士 小儿 婴儿 新生儿 学生 退休 不详 无 可靠 清楚 同上 见上 "
                       "指挥中心 急救中心 某某 未知 空缺 暂无 "
                       # the relation written in a contact field (联系人：儿子 王明)
                       "女婿 儿媳 儿子 女儿 妻子 丈夫 爱人 配偶 父亲 母亲 孙子 孙女 外孙 哥哥 姐姐 弟弟 妹妹 "
                       "老伴 朋友 同事 邻居 侄子 侄女 亲属".split())
_HEADER_STOP = set("患者病人因于在的了和与及是为被等今昨诉述称经由就将把对从向已曾既均也并但而又或即"
                   "岁性别其该本某")
#: what a speaker says first in a call's or a consultation's transcript (话务员：您好，…; 来电人：胃镜
#: 预约…): a greeting, an answer or a procedure, never the speaker's name
_SPEECH = frozenset("您好 你好 喂喂 好的 谢谢 是的 对的 没有 不是 请问 麻烦 稍等 嗯嗯 对对 行的 可以".split())
_CONSENT = ("同意", "不同意", "拒绝", "确认", "知情", "本人", "同上", "见上", "已", "未")
#: a role label (…人, …者, …医师, …工程师, …员) and a colon: the 2–4 characters that fill the field
#: are a name whatever the surname (厂家工程师：冼志豪)
_ROLE_FIELD = re.compile(rf"[{_HAN}]{{0,6}}(?:人|者|医生|医师|护士|专家|员|工程师|技师|药师|老师|签名|签字)"
                         rf"\s*[:：]\s*(?P<n>[{_HAN}]{{2,4}})(?=[\s，,。；;、（(]|$)")
#: a person label in a Chinese note, then a name in Latin letters (passport style too:
#: 姓名：MÜLLER/HANS, 翻译：LI Na, 姓名（英文）：KIM/MINJUN): the whole Latin run is the name
_NAME_LABEL = ("姓名|名字|英文名|英文姓名|外文名|外文姓名|拼音名|曾用名|别名|患者|病人|患儿|翻译|联系人|"
               "陪同人|监护人|户名|账户名|户主|家属|丈夫|妻子|儿子|女儿|母亲|父亲|医生|医师|护士|死者|受检者|"
               "尊敬的|亲爱的")  # a letter's salutation too (尊敬的PARK JIHOON（63岁…）家属：)
#: (or any person's field, a label ending in 人 or 者 and a colon: 参保人：, 申请人：, 委托人：);
#: a bilingual form gives the label twice (姓名 Name：, 患者 Patient：, 监护人/Guardian：), and a
#: surname may stand first with a comma (Whitcombe, Priya)
_EN_LABEL = (r"(?:[ \t]*[/／]?[ \t]*(?i:(?:full[ \t]+|patient[ \t]+|english[ \t]+)?name|patient|interpreter|"
             r"guardian|contact(?:[ \t]+person)?|relative|insured|applicant|examinee|companion|caregiver|"
             r"attending(?:[ \t]+(?:physician|doctor))?|physician|doctor|surgeon|nurse|resident))")
_LATIN_AFTER_LABEL = re.compile(rf"(?:(?:{_NAME_LABEL})(?:[（(][^）)\n]{{1,8}}[）)]|{_EN_LABEL})?[ \t]*[:：]?"
                                rf"|[{_HAN}]{{1,5}}[人者]{_EN_LABEL}?[ \t]*[:：])[ \t]*"
                                # a Latin word before a colon is the label's gloss (医师 Attending: 单医生)
                                r"(?![A-Za-z\u00c0-\u024f'’.\-/]+[ \t]*[:：])"
                                r"(?P<n>[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’.\-/]*"
                                # a passport's "SURNAME,GIVEN" may leave out the space
                                r"(?:(?:,?[ \t/]|,(?=[A-Z\u00c0-\u00de]{2}))"
                                r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’.\-]*){0,4})")
#: a name's Chinese rendering in its own field (中文译名：斯韦特兰娜)
_RENDERING = re.compile(rf"(?:中文译名|译名|中文名|中文姓名)[ \t]*[:：][ \t]*(?P<n>[{_HAN}{_DOT}]{{2,12}})")
#: after a person word, 2–4 characters before the words that follow a person (因, 诉, 于, 陪同 …)
#: are a name when none of them is a character names do not use (the Philter idea for Chinese:
#: what survives must be known safe): 患者冼志豪因…, 患者那日苏因…, 患者其其格诉…
_AFTER_PERSON_WORD = re.compile(
    rf"(?:患者|患儿|病人|家属|死者|伤者|孕妇|产妇|受检者|其子|其女|其妻|其夫|丈夫|妻子|儿子|女儿|母亲|父亲)"
    rf"(?P<n>[{_HAN}]{{2,4}}?)(?=因|诉|自述|陪同|签字|签署)")
#: a carer named between the relation and the care (老伴扎西多吉照顾, 家属区思彤陪护): any
#: characters, the first one not checked (扎 is rare in given names, common in Tibetan ones)
_CARER = re.compile(
    rf"(?:家属|老伴|其子|其女|其妻|其夫|丈夫|妻子|儿子|女儿|儿媳|女婿|孙子|孙女|外孙|外孙女|侄子|侄女|"
    rf"护工|保姆|陪护人|爱人|配偶)(?P<n>[{_HAN}]{{2,4}}?)(?=陪护|照顾|照料|陪伴|看护|每日|协助)")
#: what stands where a carer's name would: how they care (家属轮流陪护, 老伴悉心照顾)
_CARE_WORDS = frozenset("轮流 日夜 悉心 精心 耐心 细心 一直 长期 在旁 在院 专人 共同 一起 全天 全程 昼夜 "
                        "24小时 贴身 负责 协助 同意 愿意 拒绝 无法 不能 需要 无人 每日 每天 能够 能 可以 "
                        "经常 时常 常常 平时".split())
_KIN_START = ("女儿", "儿子", "家属", "本人", "丈夫", "妻子", "父亲", "母亲", "爱人", "老伴", "亲属", "子女")
#: a name with its role in brackets after it: 阿依达（患者之女）, 那顺（丈夫）
#: also right after 家属 (家属岩某（儿子）代述), not a verb of theirs (家属陪同（儿子）)
_ROLE_AFTER = re.compile(
    rf"(?:^|(?<=[，。；：:,;\s、])|(?<=家属|亲属)(?![陪代签同拒要在已未及和与为是均都也称诉表告]))"
    rf"(?!家属|亲属)(?P<n>[{_HAN}]{{2,4}})\s*[（(]\s*(?:患者|病人)?之?"
    r"(?:患者|家属|本人|子|女|儿子|女儿|丈夫|妻子|爱人|配偶|母亲|父亲|孙子|孙女|儿媳|女婿|"
    r"兄长|长兄|长姐|[长次幼][子女]|嫂子|姐夫|妹夫|弟媳|侄子|侄女|外甥|祖父|祖母|外公|外婆|"
    r"兄|弟|姐|妹|哥哥|弟弟|姐姐|妹妹|朋友|同事|邻居|监护人|联系人)\s*[)）]"
)
#: a name with no listed surname before an honorific, opening a clause (约翰逊先生今日复诊)
_BEFORE_HONORIFIC = re.compile(rf"(?:^|(?<=[，。；：:,;\s（(]))(?P<n>[{_HAN}]{{2,5}})"
                               r"(?=先生|女士|小姐|太太|夫人)")
#: a Latin-script name right before an honorific or what a person does (Smith先生, Maria诉,
#: Kowalski女士今日复诊): the capitalised words are the name whatever they are
_LATIN_BEFORE_PERSON = re.compile(
    r"(?<![A-Za-z\u00c0-\u024f'’.-])"
    r"(?P<n>[A-Z][a-z\u00c0-\u024f'’-]+(?:[ \t]+[A-Z][A-Za-z\u00c0-\u024f'’-]+){0,2})"
    r"[ \t]*(?=先生|女士|小姐|太太|夫人|诉|自诉|自述|代诉|陪同|称|医生|医师|教授"
    # or before a kinship word of theirs (Anna的母亲, Peter之妻)
    r"|的(?:母亲|父亲|妈妈|爸爸|妻子|丈夫|爱人|儿子|女儿|孩子|家属|监护人)|之(?:子|女|妻|夫|父|母))"
    # upper case before an honorific only (SMITH先生; ICU医生 is a unit)
    r"|(?<![A-Za-z\u00c0-\u024f'’.-])(?P<u>[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){0,2})[ \t]*"
    r"(?=先生|女士|小姐|太太|夫人)")
#: words that open a clause before a person (今日史密斯先生复诊)
_CLAUSE_OPENERS = ("今日", "昨日", "今天", "昨天", "患者", "病人", "由", "与", "和", "向", "请", "嘱", "告知",
                   "通知", "陪同")
#: another writing of a name in brackets right after it: "Müller Hans（汉斯）", "张凯文（Kevin）"
_ALIAS = re.compile(r"\s*[（(]\s*(?P<n>[\u4e00-\u9fa5·]{2,8}|[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+){0,2})"
                    r"\s*[)）]")
#: a name's romanisation after it, in brackets or not (陈大文 Chan Tai Man, 司徒康贤 (SZETO Hong Yin),
#: 吴嘉欣 Ng Ka-yan): two to four words, each one or two syllables of pinyin or Cantonese spelling
_ROMAN_WORD = r"(?:[A-Z][a-z]{1,7}|[A-Z]{2,8})"
_ROMANISED = re.compile(rf"[ \t]?(?:[（(][ \t]?)?"
                        rf"(?P<n>{_ROMAN_WORD}(?:(?:,? |-){_ROMAN_WORD}|-[a-z]{{2,7}}){{1,3}})(?![A-Za-z])")
_SYLLABLE = re.compile(r"(?:[bcdfghjklmnpqrstvwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|p|t|h|r|w|y)?"
                       r"|ng|m|h?m|t?sz){1,2}")
#: the label of another name in the bracket (王某（小名乐乐）, （曾用名张某）)
_ALIAS_LABEL = re.compile(r"(?:小名|乳名|昵称|别名|曾用名|原名|又名|化名|英文名)[:：]?")
#: what a bracket after a name says about the person rather than naming them again: the role,
#: the kinship, the title, the reliability of a history, the language interpreted
_NOT_ALIAS = re.compile(
    r"(?:患者|病人|本人|家属|亲属|男|女|丈夫|妻子|儿子|女儿|父亲|母亲|爱人|配偶|老伴|哥哥|姐姐|弟弟|妹妹|兄|姐|弟|妹|"
    r"祖父|祖母|外公|外婆|孙子|孙女|外孙|侄子|侄女|外甥|叔叔|伯伯|舅舅|姑姑|阿姨|婆婆|公公|儿媳|女婿|兄弟|姐妹|"
    r"朋友|同事|邻居|监护|联系|陪同|代理|委托|翻译|可靠|不可靠|基本可靠|尚可靠|[长次幼大二三四小][子女儿]|"
    r"[养继独][子女]|前妻|前夫|未婚[妻夫]|[男女]友|"
    r"大致|部分|主任|副主任|主治|住院|主管|护士|医师|医生|教授|讲师|研究|技师|药师|进修|实习|规培|退休|已故|"
    r"[^（(]*?(?:语|师|士|员|长|人|者)$|"
    # a nationality, an origin or a residency (日本籍, 华裔, 港澳居民, 美国, 蒙古族)
    r"[^（(]*?(?:籍|裔|侨|族|居民|公民|国籍)$|(?:美|英|法|德|韩|泰|中|俄|意|澳|加|新)国$|"
    # what was given or done, told by its last word or a drug's stem: 丙泊酚静脉麻醉, 利多卡因
    r"[^（(]*?(?:麻醉|全麻|局麻|腰麻|镇静|镇痛|阻滞|治疗|手术|术|注射|输注|静滴|静推|口服|雾化|给药|用药|插管|"
    r"酚|酮|胺|唑|霉素|西林|沙星|他汀|洛尔|地平|普利|沙坦|替尼|单抗|肝素|胰岛素|卡因|咪达唑仑|芬太尼)$)")
#: Latin words after a person label that are no name (患者CT示…, 医生MDT讨论)
_LATIN_NOT_NAMES = frozenset("ct mri pet dr mr mrs ms id no icu ccu er ed mdt hiv hbv hcv covid "
                             "sn s/n".split())
#: a field for where someone works or studies, one label or two joined (单位/学校：, 工作单位或学校：,
#: 就读学校：); plain 单位 alone is also a unit of measure and is read elsewhere
_WORK_LABEL = "工作单位|单位|学校|就读学校|所在学校|学校名称|公司"
_WORK_FIELD = re.compile(rf"(?:(?:{_WORK_LABEL})(?:[/／、]|或|及)(?:{_WORK_LABEL})"
                         rf"|(?:{_WORK_LABEL})[（(](?:{_WORK_LABEL})[）)]|"
                         r"工作单位|用人单位|派出单位|单位名称|所在单位|工作地点|就职单位|雇主|就读学校|所在学校|学校名称|"
                         # 工作/学习单位, 学习单位, a person's unit (来访者单位, 父亲单位)
                         r"(?:工作|学习)[/／、或](?:工作|学习)单位|学习单位|"
                         r"(?:患者|来访者|咨询者|本人|父亲|母亲|家长|监护人|配偶|丈夫|妻子)(?:工作)?单位)"
                         r"(?:[（(](?:盖章|公章|签章|章|全称|名称)[)）])?\s*(?:为|是)?"  # 用人单位（盖章）：
                         # 工作单位及职务：: the job joins the label, the value follows the colon
                         rf"\s*[:：=]?\s*(?!(?:及|和)(?:职务|职业|岗位|部门|职称))(?P<v>[{_HAN}A-Za-z0-9（）()·]{{2,30}})")
#: what a work field holds when it names no place
_NO_WORKPLACE = ("无", "不详", "暂无", "待业", "退休", "离休", "失业", "未填", "同上", "见上")
#: (the job a clause names between the place and the verb is no part of the place: 在某医院从事护理工作)
#: (or the job said by 做/当/干: 目前在顺丰做分拣员, 在华润万家当收银员)
_WORK_AT = re.compile(rf"在(?P<v>[{_HAN}A-Za-z0-9（）()]{{2,20}}?)(?:(?:从事|担任|负责)[{_HAN}]{{1,8}}?)?"
                      r"(?:工作|上班|任职|务工|打工|就职|任教|教书|就读|读书|上学|实习"
                      rf"|(?=[做当干][{_HAN}]{{0,3}}(?:员|工|手|师|司机|保安|保洁)(?:[，,。；;、\s]|$)))")
#: a county, district, town or city by its name alone (即墨区, 胶州市, 城阳镇): a place, not an
#: employer; a kind of area (工业园区, 开发区, 市区, 山区) names none
_DIVISION = re.compile(rf"[{_HAN}]{{2,3}}(?<!园|发|业|景|社|郊|城|市|矿|厂|校|牧|山|林|灾|疫|新|老|本|外)"
                       r"(?:区|县|市|镇|乡|旗)")
#: an organisation named by its kind (…公司, …厂, …中学) between a word that says what someone
#: is (系, 为, 是, 就职于) and their job or work there: 患者系明德中学教师, 为顺丰速运公司快递员
_ORG_KIND = ("有限责任公司|股份有限公司|有限公司|公司|集团|工厂|厂|学校|中学|小学|大学|学院|幼儿园|银行|"
             "研究所|研究院|事务所|超市|商场|酒店|宾馆|饭店|餐厅|煤矿|矿|农场|物流|车队|工地|加工厂|门市部")
_JOB = ("职工|员工|工人|教师|老师|学生|司机|快递员|保安|会计|出纳|经理|厨师|销售|文员|工程师|技术员|干部|"
        "店员|营业员|服务员|保洁|清洁工|焊工|电工|矿工|操作工|搬运工|装卸工|质检员|仓管|管理员|厂长|校长|负责人|老板|"
        "职员|员|工|工作|上班|任职|任教|务工|打工|就读|读书|上学|实习|退休")
_EMPLOYER = re.compile(rf"(?:(?<=[系为是在于])|(?<=就职于)|(?<=任职于)|(?<=供职于)|(?<=受雇于)|(?<=就读于))"
                       rf"(?P<v>[{_HAN}A-Za-z0-9（）()]{{2,16}}?(?:{_ORG_KIND}))(?=(?:{_JOB}))")
_GENERIC_PLACES = frozenset("家 家中 家里 本地 当地 外地 外省 外面 国外 农村 城市 工地 田间 室外 户外 "
                            "家附近 本市 本县 本单位 该单位 单位 "
                            # a kind of school, no named one (其子在医学院读书)
                            "大学 学院 医学院 医科大学 护理学院 卫生学校 卫校 护校 中学 小学 学校 幼儿园 "
                            "技校 职校 "
                            # a kind of workplace, no named one (在菜市场做小工, 在工厂上班)
                            "菜市场 市场 农贸市场 超市 商场 饭店 餐馆 饭馆 工厂 厂里 车间 "
                            "医院 诊所 药店 公司 快递站".split())
#: a place's first character that says "home", "this" or "our" (在家务农, 在本院, 在我院做护工)
_NOT_NAMED = ("家", "本", "该", "此", "其", "我")
_NOT_A_PERSON_NUMBER = ("方案", "协议", "伦理", "批准", "项目", "型号", "产品", "试剂", "批次")
_NUMBER_CUE = re.compile(r"(?:编号|编码|证号|车架号|发动机号|车辆识别号|车辆识别代码|VIN码?|单据号|凭证号|"
                         r"认定书号|证书号|证明号|案件号|报案号|理赔号|处方号|随机号|筛选号)"
                         r"\s*(?:为|是)?\s*[:：#]?\s*(?:NO\.?|No\.?|no\.?|№|#)?\s*"
                         r"(?P<v>[A-Za-z0-9][A-Za-z0-9·-]{3,})")


#: a word for "the local one" or "some" before a kind of place (当地小学, 附近一家超市): no name
_LOCAL = re.compile(r"^(?:就读|在读|读)?(?:本地|当地|外地|附近|村里|镇上|县城|一家|一所|某)*")


def _generic_place(value: str) -> bool:
    """Whether ``value`` names no place: a generic word, or a kind after a word for the local one."""
    local = _LOCAL.match(value)
    rest = value[local.end():] if local else value
    return rest in _GENERIC_PLACES or not rest


def _dotted_names(text: str) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    for m in _DOTTED.finditer(text):
        start, end = m.start(), m.end()
        first_dot = min(i for i in (text.find(d, start, end) for d in _DOT) if i >= 0)
        # the leading run may begin with a cue (患者约翰·…): start after the last cue in it
        for cue in sorted(_CUES, key=len, reverse=True):
            k = text.rfind(cue, start, first_dot)
            if k >= 0 and k + len(cue) < first_dot:
                start = max(start, k + len(cue))
        # the trailing run may run into the next words (…·买买提因发热)
        last_dot = max(text.rfind(d, start, end) for d in _DOT)
        cut = next((i for i in range(last_dot + 2, end) if text[i] in _AFTER), end)
        end = cut
        # an eponym (冯·维勒布兰德病, 冯·希佩尔-林道综合征) names a disease, not a person
        if text.startswith(_EPONYM_AFTER, end) or text[start:end].endswith(_EPONYM_AFTER) \
                or first_dot - start < 1 or end - last_dot < 2:
            continue
        out.append(PhiSpan(start, end, "name"))
    return out


def find_chinese_fields(text: str) -> list[PhiSpan]:
    """Transliterated names, header names, employers and generically labelled numbers.

    Args:
        text: the note.
    """
    out = _dotted_names(text)
    for m in _ROLE_AFTER.finditer(text):  # the role says it is a person: any characters
        if m.group("n") not in _NOT_NAMES and not set(m.group("n")) & set("患者病人本该某家属"):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for rx in (_HEADER_CUED, _HEADER_LINE, _ROLE_FIELD):
        for m in rx.finditer(text):
            name = m.group("n")
            # 家属签字：同意手术 says what was signed, not who signed
            if name not in _NOT_NAMES and not (set(name) & _HEADER_STOP) and not name.startswith(_CONSENT) \
                    and not (rx is _ROLE_FIELD and (name in STATE_WORDS or name.startswith(STATE_STARTS)
                                                    or name in _SPEECH or procedure_at(text, m.start("n")))):
                out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _AFTER_PERSON_WORD.finditer(text):
        name = m.group("n")
        if name not in _NOT_NAMES and not (set(name) & (_HEADER_STOP | CN_NON_GIVEN_CHARS)) \
                and not text.startswith(CN_NAME_STOP_WORDS, m.start("n")) and not name.startswith(_KIN_START):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _CARER.finditer(text):
        name = m.group("n")
        if name not in _NOT_NAMES and not any(w in name for w in _CARE_WORDS) \
                and not name.startswith(_KIN_START) and name[0] not in "儿子女媳婿" \
                and not (set(name) & _HEADER_STOP) \
                and not (len(name) == 2 and (name[1] in CN_NON_GIVEN_CHARS
                                             or name[0] not in CN_SURNAMES_AFTER_CUE)) \
                and not text.startswith(CN_NAME_STOP_WORDS, m.start("n")):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _LATIN_AFTER_LABEL.finditer(text):
        run = m.group("n")
        # an abbreviation alone (患者BP 140/90, 医生MDT讨论) is no name
        if "," in run and any(w.lower() in _LATIN_NOT_NAMES for w in re.split(r"[ \t,/]+", run)):
            continue  # 患者CT,MRI示: abbreviations listed, no "SURNAME,GIVEN"
        if any(c.isupper() for c in run) and run.lower() not in _LATIN_NOT_NAMES \
                and not re.fullmatch(r"[A-Z]{1,4}\d*", run):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _RENDERING.finditer(text):
        out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _BEFORE_HONORIFIC.finditer(text):
        name, start = m.group("n"), m.start("n")
        opener = next((w for w in _CLAUSE_OPENERS if name.startswith(w) and len(name) - len(w) >= 2), "")
        name, start = name[len(opener):], start + len(opener)
        if name not in _NOT_NAMES and not (set(name) & _HEADER_STOP):
            out.append(PhiSpan(start, m.end("n"), "name"))
    for m in _LATIN_BEFORE_PERSON.finditer(text):
        group = "n" if m.group("n") else "u"
        if m.group(group).lower() not in _LATIN_NOT_NAMES:
            out.append(PhiSpan(m.start(group), m.end(group), "name"))
    for m in _WORK_FIELD.finditer(text):
        if not m.group("v").startswith(_NO_WORKPLACE):
            out.append(PhiSpan(m.start("v"), m.end("v"), "workplace"))
    for m in _WORK_AT.finditer(text):  # 在即墨区打工: a district (a place), no employer
        if not _generic_place(m.group("v")) and not m.group("v").startswith(_NOT_NAMED):
            kind = "geo" if _DIVISION.fullmatch(m.group("v")) else "workplace"
            out.append(PhiSpan(m.start("v"), m.end("v"), kind))
    for m in _EMPLOYER.finditer(text):
        if not m.group("v").startswith(("家", "本", "该", "此", "其")) and not _generic_place(m.group("v")):
            out.append(PhiSpan(m.start("v"), m.end("v"), "workplace"))
    for m in _NUMBER_CUE.finditer(text):
        # a protocol's or a product's number points at no patient (方案编号, 型号编码)
        if sum(c.isdigit() for c in m.group("v")) >= 3 \
                and not text.endswith(_NOT_A_PERSON_NUMBER, max(0, m.start() - 4), m.start()):
            out.append(PhiSpan(m.start("v"), m.end("v"), "other_id"))
    return out


def name_aliases(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Another writing of a found name in brackets right after it (``Müller Hans（汉斯）``,
    ``张凯文（Kevin）``): the same person.

    Args:
        text: the note.
        spans: the resolved spans found so far.
    """
    out: list[PhiSpan] = []
    for span in spans:
        if span.category != "name":
            continue
        m = _ALIAS.match(text, span.end)
        if m and not _NOT_ALIAS.match(m.group("n")):
            # （小名团团）: the label is no part of the name after it
            label = _ALIAS_LABEL.match(m.group("n"))
            if not label or m.end("n") - m.start("n") - label.end() >= 2:
                out.append(PhiSpan(m.start("n") + (label.end() if label else 0), m.end("n"), "name"))
        m = _ROMANISED.match(text, span.end)
        if m and all(_SYLLABLE.fullmatch(w) for w in re.split(r"[ ,-]+", m.group("n").lower())):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    return out
