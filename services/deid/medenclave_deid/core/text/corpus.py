"""Labelled synthetic notes in English and Chinese (seeded), for tests and the benchmark.

Every identifying value is invented. Each note carries its PHI spans by category and the spans of
the clinical terms that must survive. Some names come from outside the detector's dictionaries,
so recall measures the context rules too.

Chinese notes also carry names with no cue word (``王小东诉头痛``, ``由张伟陪同``,
``已向李娜交代病情``) whose given names come from a wider character list than the cued ones, and
clinical words that begin with a surname character (高血压, 黄疸, 白细胞, 金黄色葡萄球菌, 石膏,
马来酸…) in the same positions, labelled as clinical: the first measure the surname-and-context
rule's recall, the second its precision and that clinical terms stay intact.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from medenclave_deid.core.text.chinese import _STOP
from medenclave_deid.core.text.lexicon import (
    CLINICAL_TERMS_EN,
    CLINICAL_TERMS_ZH,
    CN_COMPOUND_SURNAMES,
    CN_DEPARTMENTS,
    CN_PROVINCES,
    CN_SURNAMES,
    EN_CITIES,
    EN_FIRST_NAMES,
    EN_LAST_NAMES,
)
from medenclave_deid.core.text.resident_id import check_character
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["CLINICAL", "LabelledNote", "chinese_corpus", "english_corpus"]

CLINICAL = "clinical"
_RARE_FIRST = ("Zephyrine", "Anouk", "Thaddeus", "Ottoline", "Caspian", "Marisol", "Evander")
_RARE_LAST = ("Okonkwo", "Vasilescu", "Thornbury", "Quenneville", "Abernathy", "Szymanski", "Lindqvist")
_STATES = ("IL", "MA", "CA", "TX", "OH", "NY", "WA", "OR")
_STREETS = ("Sycamore Lane", "Maple Street", "Oak Avenue", "Cedar Road", "Hillside Drive",
            "Elm Court", "Harbor Boulevard", "Mill Road", "Lakeview Terrace", "Main St.")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_CN_GIVEN = [c for c in "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛超兰霞刚桂建国小东华红玉梅志文斌鹏辉燕萍宇浩晨"
             if c not in _STOP]
#: given-name characters of the cue-free names: wider than ``_CN_GIVEN``; the detector has no
#: given-name list (it only knows characters names do NOT use)
_CN_GIVEN_FREE = [c for c in "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华红玉梅志文斌鹏辉燕萍"
                  "宇浩晨建国小东海波林云飞鑫雪琳婷欣怡佳雨琪晓春亮成俊峰龙颖晶慧凤洁莉丹宁宏新凯旭"
                  "阳晖昊哲瑞博思嘉子涵轩然梓睿诗若欢乐婉倩璐瑶蕾蓉" if c not in _STOP]
#: clinical words starting with a surname character, put where a cue-free name could stand
_CN_SURNAME_LIKE_TERMS = (
    "高血压", "高热", "黄疸", "白细胞升高", "金黄色葡萄球菌", "石膏固定", "马来酸依那普利", "常规复查",
    "方案调整", "钱包遗失", "王水", "全身乏力", "房颤", "宫颈糜烂", "麻醉", "关节肿痛", "甘露醇",
    "华法林", "明显消瘦", "康复训练", "左侧胸痛", "查体", "包块", "连续发热", "单纯疱疹", "谷丙转氨酶",
    "毛刺征", "安眠药", "黄体酮", "白内障", "柴胡", "党参", "曲马多", "严重感染", "冷敷", "车祸伤",
    "闻及啰音", "龙胆泻肝汤", "夏枯草", "秦艽", "杜冷丁", "温水擦浴", "时间", "应用抗生素", "解痉治疗",
    "田七", "贾第鞭毛虫", "苏合香丸", "丁香", "桑叶", "郁金", "葛根", "蒲公英", "桂枝",
)
_CN_DISTRICTS = ("西湖", "朝阳", "海淀", "天河", "武侯", "鼓楼", "江北", "南山", "雁塔", "岳麓")
_CN_STREETS = ("文三", "中山", "人民", "解放", "建设", "长江", "黄河", "学府", "东风", "滨江")
_CN_PREFECTURES = ("绍兴", "嘉兴", "扬州", "徐州", "洛阳", "绵阳", "桂林", "大理", "赣州", "泉州")
_CN_CITIES = ("杭州", "南京", "成都", "武汉", "西安", "长沙", "广州", "深圳")


@dataclass(frozen=True)
class LabelledNote:
    """A synthetic note, its PHI spans and the spans of clinical terms that must survive."""

    text: str
    phi: tuple[PhiSpan, ...]
    clinical: tuple[PhiSpan, ...]


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.phi: list[PhiSpan] = []
        self.clinical: list[PhiSpan] = []

    def text(self, value: str) -> _Builder:
        self.parts.append(value)
        self.size += len(value)
        return self

    def slot(self, category: str, value: str) -> _Builder:
        span = PhiSpan(self.size, self.size + len(value), category)
        (self.clinical if category == CLINICAL else self.phi).append(span)
        return self.text(value)

    def note(self) -> LabelledNote:
        return LabelledNote("".join(self.parts), tuple(self.phi), tuple(self.clinical))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _en_date(rng: random.Random) -> str:
    y, m, d = rng.randint(1950, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{_MONTHS[m - 1]} {d}, {y}",
                       f"{d} {_MONTHS[m - 1][:3]} {y}", f"{m}/{d}/{y % 100:02d}"])


def _en_segments(rng: random.Random):
    first = rng.choice(sorted(EN_FIRST_NAMES))
    last = rng.choice(sorted(EN_LAST_NAMES))
    rare = f"{rng.choice(_RARE_FIRST)} {rng.choice(_RARE_LAST)}"
    doctor = (f"{rng.choice(sorted(EN_FIRST_NAMES | set(_RARE_FIRST)))} "
              f"{rng.choice(_RARE_LAST + ('Baker', 'Nguyen'))}")
    city = rng.choice(sorted(EN_CITIES))
    term = lambda: rng.choice(CLINICAL_TERMS_EN)  # noqa: E731
    other = f"{rng.choice(sorted(EN_FIRST_NAMES))} {rng.choice(sorted(EN_LAST_NAMES))}"
    return [
        lambda b: b.text("Met with ").slot("name", other).text(" today about ").slot(
            CLINICAL, term()).text(". "),
        lambda b: b.text("Seen ").slot("date", f"{_MONTHS[rng.randint(0, 11)][:3]}. {rng.randint(1, 28)}th, "
                                               f"{rng.randint(1990, 2025)}").text(". "),
        lambda b: b.text("MRN #").slot("mrn", _digits(rng, 8)).text("; cell ").slot(
            "phone", f"+1 {_digits(rng, 3)} 555 {_digits(rng, 4)}").text(". "),
        lambda b: b.text("Info at ").slot(
            "url", f"www.clinic-{_digits(rng, 3)}.example.org/pt/{_digits(rng, 2)}").text(" and ").slot(
            CLINICAL, rng.choice(("Bell palsy", "Wood lamp examination", "Foley catheter"))).text(". "),
        lambda b: b.text("Home: ").slot("address", f"{rng.randint(1, 999)} {rng.choice(_STREETS)}, Apt "
                                                   f"{rng.randint(1, 40)}{rng.choice('ABC')}").text(". "),
        lambda b: b.text("Patient: ").slot("name", f"{first} {last}").text(". "),
        lambda b: b.text("Name: ").slot("name", f"{last}, {first}").text("\n"),
        lambda b: b.text("Patient name: ").slot("name", rare).text(". "),
        lambda b: b.text("DOB: ").slot("date", _en_date(rng)).text(". "),
        lambda b: b.text("Admitted on ").slot("date", _en_date(rng)).text(" with ").slot(
            CLINICAL, term()).text(". "),
        lambda b: b.text("The patient is a ").slot("age", str(rng.randint(90, 104))).text("-year-old "
                                                                                          "woman. "),
        lambda b: b.text("Aged ").slot("age", str(rng.randint(90, 99))).text(", lives alone. "),
        lambda b: b.text(f"A {rng.randint(20, 88)}-year-old man with ").slot(CLINICAL, term()).text(". "),
        lambda b: b.text("MRN: ").slot("mrn", f"{rng.choice('ABMK')}{_digits(rng, 7)}").text(". "),
        lambda b: b.text("Medical record number ").slot("mrn", _digits(rng, 8)).text(". "),
        lambda b: b.text("Account #: ").slot("account", f"AC-{_digits(rng, 8)}").text(". "),
        lambda b: b.text("Member ID: ").slot("health_plan", f"HP{_digits(rng, 9)}").text(". "),
        lambda b: b.text("Medical licence number ").slot("licence", f"L{_digits(rng, 6)}").text(". "),
        lambda b: b.text("Pacemaker serial number: ").slot("device", f"SN{_digits(rng, 8)}X").text(". "),
        lambda b: b.text("Brought in by car, VIN ").slot("vehicle", f"1HGCM{_digits(rng, 12)}").text(
            ", license plate ").slot("vehicle", f"{rng.choice('ABC')}{_digits(rng, 3)}XYZ").text(". "),
        lambda b: b.text("Phone: ").slot("phone", f"({_digits(rng, 3)}) 555-{_digits(rng, 4)}").text(". "),
        lambda b: b.text("Call back at ").slot(
            "phone", f"{_digits(rng, 3)}-555-{_digits(rng, 4)}").text(". "),
        lambda b: b.text("Fax: ").slot("fax", f"{_digits(rng, 3)}.555.{_digits(rng, 4)}").text(". "),
        lambda b: b.text("Email ").slot(
            "email", f"{first.lower()}.{last.lower()}@mail.example.com").text(". "),
        lambda b: b.text("Results at ").slot(
            "url", f"https://portal.example.org/r/{_digits(rng, 6)}").text(". "),
        lambda b: b.text("Logged in from ").slot("ip", f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}."
                                                         f"{rng.randint(1, 254)}").text(". "),
        lambda b: b.text("SSN: ").slot("ssn", f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-"
                                                  f"{rng.randint(1000, 9999)}").text(". "),
        lambda b: b.text("Address: ").slot("address", f"{rng.randint(1, 9999)} {rng.choice(_STREETS)}").text(
            ", ").slot("geo", city).text(", ").slot("geo", rng.choice(_STATES)).text(" ")
            .slot("geo", _digits(rng, 5)).text(". "),
        lambda b: b.text("She lives in ").slot("geo", city).text(" with her daughter. "),
        lambda b: b.text("Transferred from ").slot("geo", f"{rng.choice(sorted(EN_CITIES))} County").text(
            " General. "),
        lambda b: b.text("Referred by Dr. ").slot("name", doctor).text(" for ").slot(
            CLINICAL, term()).text(". "),
        lambda b: b.text("Electronically signed by ").slot("name", doctor).text(", MD. "),
        lambda b: b.text("Daughter ").slot("name", rare).text(" is the contact. "),
        lambda b: b.text("Plan: continue ").slot(CLINICAL, term()).text(" and ").slot(
            CLINICAL, term()).text(". "),
        lambda b: b.text("Impression: ").slot(CLINICAL, term()).text(". "),
    ]


def _corpus(segments_for, count: int, seed: int) -> list[LabelledNote]:
    """``count`` notes, each 8–14 segments drawn from ``segments_for(rng)``."""
    rng = random.Random(seed)  # noqa: S311 (seeded synthetic notes, reproducible by design; no secret)
    notes = []
    for _ in range(count):
        segments = segments_for(rng)
        b = _Builder()
        for seg in rng.sample(segments, rng.randint(8, 14)):
            seg(b)
        notes.append(b.note())
    return notes


def english_corpus(count: int = 300, *, seed: int = 7) -> list[LabelledNote]:
    """``count`` English notes, the same for the same seed.

    Args:
        count: how many notes.
        seed: the random seed.
    """
    return _corpus(_en_segments, count, seed)


def _cn_name(rng: random.Random) -> str:
    surname = (rng.choice(sorted(CN_COMPOUND_SURNAMES)) if rng.random() < 0.1
               else rng.choice(sorted(CN_SURNAMES)))
    return surname + "".join(rng.choice(_CN_GIVEN) for _ in range(rng.choice((1, 2, 2))))


def _cn_free_name(rng: random.Random) -> str:
    """A name for a cue-free position: surname from the list, given name from a wider set."""
    surname = (rng.choice(sorted(CN_COMPOUND_SURNAMES)) if rng.random() < 0.1
               else rng.choice(sorted(CN_SURNAMES)))
    return surname + "".join(rng.choice(_CN_GIVEN_FREE) for _ in range(rng.choice((1, 2, 2))))


def _resident_id(rng: random.Random) -> str:
    body = f"{rng.choice(('110105', '310115', '330106', '440305', '510107'))}{rng.randint(1930, 2010)}" \
           f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{_digits(rng, 3)}"
    return body + check_character(body)


def _cn_date(rng: random.Random) -> str:
    y, m, d = rng.randint(1990, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{m}月{d}日",
                       f"{y}年{m:02d}月{d:02d}日"])


def _cn_address(rng: random.Random) -> str:
    n, b, r = rng.randint(1, 999), rng.randint(1, 30), rng.randint(101, 2808)
    street = f"{rng.choice(_CN_STREETS)}{rng.choice(('路', '街', '大道'))}{n}号"
    province = rng.choice([p for p in CN_PROVINCES if p.endswith("省")])
    muni = rng.choice(("北京市", "上海市", "天津市", "重庆市"))
    return rng.choice([
        f"{province}{rng.choice(_CN_PREFECTURES)}市{rng.choice(_CN_DISTRICTS)}区{street}{b}栋{r}室",
        f"{muni}{rng.choice(_CN_DISTRICTS)}区{street}",
        f"{rng.choice(_CN_CITIES)}市{rng.choice(_CN_DISTRICTS)}区{rng.choice(_CN_STREETS)}街道{street}{b}单元{r}室",
        f"{province}{rng.choice(_CN_PREFECTURES)}市{rng.choice(_CN_DISTRICTS)}县{rng.choice(_CN_STREETS)}镇{street}",
    ])


def _cn_hospital(rng: random.Random) -> str:
    city = rng.choice(_CN_CITIES + _CN_PREFECTURES)
    return rng.choice([f"{city}市第一人民医院", f"{city}大学附属第二医院", "北京协和医院", "四川大学华西医院",
                       f"{city}市中医院", f"{city}市妇幼保健院", f"{city}市中心医院"])


def _zh_segments(rng: random.Random):
    term = lambda: rng.choice(CLINICAL_TERMS_ZH)  # noqa: E731
    free = lambda: _cn_free_name(rng)  # noqa: E731
    surname_like = lambda: rng.choice(_CN_SURNAME_LIKE_TERMS)  # noqa: E731
    name, doctor = _cn_name(rng), _cn_name(rng)
    return [
        lambda b: b.text("患者").slot(
            CLINICAL, rng.choice(("明显消瘦", "高血压", "高热", "白细胞升高", "常规复查", "黄疸加重"))).text(
            "，").slot(CLINICAL, term()).text("。"),
        lambda b: b.text("身份证号码").slot("id_card", f"{rng.choice(('110105', '330106'))}"
                                                  f"{rng.randint(30, 99)}{rng.randint(1, 12):02d}"
                                                  f"{rng.randint(1, 28):02d}{_digits(rng, 3)}").text("。"),
        lambda b: b.text("手机").slot(
            "phone", f"+86 13{_digits(rng, 1)} {_digits(rng, 4)} {_digits(rng, 4)}").text("。"),
        lambda b: b.slot("date", f"{rng.randint(1990, 2025)}.{rng.randint(1, 12)}.{rng.randint(1, 28)}").text(
            "门诊随访。"),
        lambda b: b.text("患者").slot("name", _cn_name(rng)).text("因").slot(CLINICAL, term()).text("入院。"),
        lambda b: b.text("患者").slot("name", name).text(f"，{rng.choice('男女')}，").slot(
            "age", str(rng.randint(90, 103))).text("岁。"),
        lambda b: b.text(f"患者，{rng.choice('男女')}，{rng.randint(20, 88)}岁，因").slot(
            CLINICAL, term()).text("入院。"),
        lambda b: b.text("姓名：").slot("name", name).text("；"),
        lambda b: b.text("身份证号：").slot("id_card", _resident_id(rng)).text("。"),
        lambda b: b.text("联系电话：").slot("phone", f"1{rng.choice('3456789')}{_digits(rng, 9)}").text("。"),
        lambda b: b.text("家属电话").slot(
            "phone", f"1{rng.choice('3589')}{_digits(rng, 1)}-{_digits(rng, 4)}-"
                     f"{_digits(rng, 4)}").text("。"),
        lambda b: b.text("固话：").slot("phone", f"0{_digits(rng, 2)}-{_digits(rng, 8)}").text("。"),
        lambda b: b.text("传真：").slot("fax", f"0{_digits(rng, 3)}-{_digits(rng, 7)}").text("。"),
        lambda b: b.text("住院号：").slot("mrn", f"ZY{_digits(rng, 10)}").text("，病历号").slot(
            "mrn", _digits(rng, 8)).text("。"),
        lambda b: b.text("医保卡号：").slot("health_plan", _digits(rng, 12)).text("。"),
        lambda b: b.text("银行账号").slot("account", _digits(rng, 16)).text("。"),
        lambda b: b.text("家住").slot("address", _cn_address(rng)).text("。"),
        lambda b: b.text("现住址：").slot("address", _cn_address(rng)).text("。"),
        lambda b: b.slot("date", _cn_date(rng)).text("入院，诊断为").slot(CLINICAL, term()).text("。"),
        lambda b: b.text("于").slot("date", _cn_date(rng)).text("复查").slot(CLINICAL, term()).text("。"),
        lambda b: b.text("曾于").slot("hospital", _cn_hospital(rng)).slot(
            CLINICAL, rng.choice(CN_DEPARTMENTS)).text("就诊，").slot(CLINICAL, term()).text("。"),
        lambda b: b.text("转入我院").slot(CLINICAL, rng.choice(CN_DEPARTMENTS)).text("。"),
        lambda b: b.text("主治医师：").slot("name", doctor).text("。"),
        lambda b: b.slot("name", doctor).text("主任查房，考虑").slot(CLINICAL, term()).text("。"),
        lambda b: b.text("家属").slot("name", _cn_name(rng)).text("先生陪同。"),
        lambda b: b.text("邮箱：").slot("email", f"pt{_digits(rng, 5)}@example.cn").text("。"),
        lambda b: b.text("患者来自").slot("geo", f"{rng.choice(_CN_CITIES)}市").text("。"),
        lambda b: b.text("既往").slot(CLINICAL, term()).text("病史，服用").slot(CLINICAL, term()).text("。"),
        lambda b: b.text("车牌号").slot("vehicle", f"浙A{_digits(rng, 5)}").text("。"),
        # names with no cue word
        lambda b: b.slot("name", free()).text(rng.choice(("诉头痛3天。", "自述胸闷气短。", "今日复诊。",
                                                         "签字同意。", "同意手术。", "拒绝输血。"))),
        lambda b: b.text("今日由").slot("name", free()).text("陪同复诊。"),
        lambda b: b.text("已向").slot("name", free()).text("交代病情及手术风险。"),
        lambda b: b.text("与").slot("name", free()).text("沟通后同意治疗方案。"),
        lambda b: b.text("电话通知").slot("name", free()).text("，").slot(CLINICAL, term()).text("。"),
        lambda b: b.slot("name", free()).text("、").slot("name", free()).text("均已知情。"),
        lambda b: b.slot("name", free()).text("因").slot(CLINICAL, term()).text("复诊。"),
        # clinical words that start with a surname character, in the same positions
        lambda b: b.slot(CLINICAL, surname_like()).text(rng.choice(("，", "。", "3年。", "的治疗已调整。"))),
        lambda b: b.text("与").slot(CLINICAL, surname_like()).text("有关。"),
        lambda b: b.text("并").slot(CLINICAL, surname_like()).text("，").slot(CLINICAL, term()).text("。"),
    ]


def chinese_corpus(count: int = 300, *, seed: int = 11) -> list[LabelledNote]:
    """``count`` Chinese notes, the same for the same seed.

    Args:
        count: how many notes.
        seed: the random seed.
    """
    return _corpus(_zh_segments, count, seed)
