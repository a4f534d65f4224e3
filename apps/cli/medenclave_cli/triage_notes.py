"""Generated emergency triage notes in English and Chinese, with planted PHI, for the triage
scenario (``medenclave scenario triage``).

Each note is a nurse's free-text triage entry: who (a Faker name, age, MRN, phone, address,
arrival date, in en_US or zh_CN), the chief complaint and findings, and vital signs. The label
is one of four acuity classes; symptoms and vitals are drawn from the class's pools, and a
share of the notes (``overlap``) take one finding from a neighbouring class, so the task is not
a keyword lookup. Generated data: an accuracy on it shows the pipeline works end to end, not
that a model is clinically valid.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

__all__ = ["CLASSES", "TriageNote", "make_notes"]

#: acuity classes, most urgent first
CLASSES = ("resuscitation", "emergent", "urgent", "non-urgent")

_EN = {
    "resuscitation": ["unresponsive, not breathing normally", "cardiac arrest witnessed by family",
                      "massive haemorrhage from a stab wound", "GCS 5 after a fall from height",
                      "status epilepticus, seizing for 20 minutes", "anaphylaxis with stridor",
                      "pulseless on arrival, CPR in progress", "severe respiratory distress, cyanotic"],
    "emergent": ["crushing central chest pain radiating to the left arm",
                 "sudden facial droop and slurred speech", "worst headache of life, sudden onset",
                 "shortness of breath at rest, speaking in words", "vomiting blood",
                 "high fever with confusion and a non-blanching rash", "suicidal with a plan",
                 "severe abdominal pain with rigid abdomen"],
    "urgent": ["abdominal pain for two days with vomiting", "closed forearm fracture, deformed",
               "fever and productive cough for four days", "moderate asthma, speaking in sentences",
               "laceration to the scalp, bleeding controlled", "renal colic, pain 7/10",
               "dehydration after diarrhoea", "cellulitis of the leg, spreading redness"],
    "non-urgent": ["sore throat for three days", "minor ankle sprain, walking",
                   "rash without fever", "requests a repeat prescription", "mild back pain",
                   "earache, afebrile", "small finger cut, bleeding stopped", "cold symptoms"],
}
_ZH = {
    "resuscitation": ["意识丧失，无自主呼吸", "家属目击心脏骤停", "刀刺伤大出血", "高处坠落后昏迷",
                      "癫痫持续状态二十分钟", "过敏性休克伴喉鸣", "到院时无脉搏，正在心肺复苏",
                      "严重呼吸窘迫，口唇发绀"],
    "emergent": ["胸骨后压榨性疼痛放射至左臂", "突发口角歪斜、言语不清", "突发剧烈头痛",
                 "静息时呼吸困难", "呕血", "高热伴意识模糊及皮疹", "有自杀计划",
                 "剧烈腹痛，腹肌紧张"],
    "urgent": ["腹痛两天伴呕吐", "前臂闭合性骨折，畸形", "发热咳嗽四天", "中度哮喘发作",
               "头皮裂伤，出血已控制", "肾绞痛，疼痛七分", "腹泻后脱水", "下肢蜂窝织炎，红肿扩散"],
    "non-urgent": ["咽痛三天", "踝关节轻度扭伤，可行走", "皮疹，无发热", "要求续开处方",
                   "轻度腰痛", "耳痛，无发热", "手指小伤口，出血已止", "感冒症状"],
}
#: (heart rate, systolic BP, SpO2) ranges per class
_VITALS = {"resuscitation": ((0, 40, 150), (50, 80), (60, 85)),
           "emergent": ((110, 140), (85, 180), (86, 92)),
           "urgent": ((95, 115), (100, 150), (92, 96)),
           "non-urgent": ((60, 95), (110, 140), (96, 100))}


@dataclass(frozen=True)
class TriageNote:
    text: str
    label: str
    lang: str
    #: the planted identifiers (to check that none reaches the model)
    phi: tuple[str, ...]


def _vitals(rng: random.Random, label: str) -> tuple[int, int, int]:
    hr, sbp, spo2 = _VITALS[label]
    heart = rng.choice(hr) if len(hr) == 3 else rng.randint(*hr)
    return heart, rng.randint(*sbp), rng.randint(*spo2)


def _finding(rng: random.Random, pools: dict[str, list[str]], label: str, overlap: float) -> str:
    i = CLASSES.index(label)
    if rng.random() < overlap:
        neighbour = CLASSES[min(max(i + rng.choice((-1, 1)), 0), len(CLASSES) - 1)]
        return rng.choice(pools[neighbour])
    return rng.choice(pools[label])


def make_notes(n: int, *, seed: int = 0, zh_share: float = 0.4,
               overlap: float = 0.2) -> list[TriageNote]:
    """``n`` notes, classes in turn, about ``zh_share`` of them in Chinese."""
    from faker import Faker

    fakers = {"en": Faker("en_US"), "zh": Faker("zh_CN")}
    for i, fake in enumerate(fakers.values()):
        fake.seed_instance(seed * 10 + i)
    rng = random.Random(seed)  # noqa: S311 (generated test data, not secrets)
    notes = []
    for k in range(n):
        label = CLASSES[k % len(CLASSES)]
        lang = "zh" if rng.random() < zh_share else "en"
        fake = fakers[lang]
        name, mrn, phone = fake.name(), f"MRN{rng.randint(1000000, 9999999)}", fake.phone_number()
        address, day = fake.address().replace("\n", ", "), fake.date_this_year().isoformat()
        age = rng.randint(1, 95)
        heart, sbp, spo2 = _vitals(rng, label)
        main = _finding(rng, _EN if lang == "en" else _ZH, label, 0.0)
        other = _finding(rng, _EN if lang == "en" else _ZH, label, overlap)
        if lang == "en":
            text = (f"Triage {day}. Patient {name}, {age}-year-old, {mrn}, phone {phone}, "
                    f"lives at {address}. Presents with {main}. Also {other}. "
                    f"HR {heart}, BP {sbp}/{rng.randint(40, 95)}, SpO2 {spo2}%.")
        else:
            text = (f"分诊日期{day}。患者{name}，{age}岁，病历号{mrn}，电话{phone}，"
                    f"住址{address}。主诉：{main}。另有{other}。"
                    f"心率{heart}次/分，血压{sbp}/{rng.randint(40, 95)}，血氧{spo2}%。")
        notes.append(TriageNote(text=text, label=label, lang=lang, phi=(name, mrn, phone)))
    return notes
