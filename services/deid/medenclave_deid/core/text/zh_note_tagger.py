"""A learned Chinese name, place, hospital and workplace tagger beside the rules, character by character.

The Chinese rules are written cue by cue (患者, 医师, 之女, 医院 …) and a new writer's notes
still leak names, hospitals and workplaces the cues do not reach. A sequence tagger over general
character features (the character, its neighbours and bigrams, surname lists, clinical words,
distance to cue words, jieba's word and flag) is the English tagger's idea for Chinese
(:mod:`~medenclave_deid.core.text.note_tagger`); the engine that learns and applies the weights is
the same one, behind :class:`~medenclave_deid.core.ports.SequenceTagger`, with its own model file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from medenclave_deid.core.ports import SequenceTagger, TaggedWord
from medenclave_deid.core.text.chinese_forms import in_spaced_title
from medenclave_deid.core.text.chinese_keep import drop_not_phi
from medenclave_deid.core.text.chinese_name_time_words import trim_time_words
from medenclave_deid.core.text.chinese_names import CN_CLINICIAN_ACTS, CN_NAME_STOP_WORDS, CN_NON_GIVEN_CHARS
from medenclave_deid.core.text.chinese_procedures import procedure_mask
from medenclave_deid.core.text.lexicon import (
    CLINICAL_TERMS_ZH,
    CN_CITIES,
    CN_COMPOUND_SURNAMES,
    CN_DEPARTMENTS,
    CN_PROVINCES,
    CN_SURNAMES,
    CN_SURNAMES_AFTER_CUE,
)
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["ZH_LABELS", "ZH_LABEL_OF", "char_features", "char_labels", "clinical_mask", "find_tagged_chinese"]

#: the tagger's labels (IO: a name of three characters is three tokens of one label)
ZH_LABELS = ("O", "NAME", "PLACE", "HOSPITAL", "ORG")
#: the PHI category a tagged character becomes
_CATEGORY = {"NAME": "name", "PLACE": "geo", "HOSPITAL": "hospital", "ORG": "workplace"}
#: the evaluation set's categories each label learns from
ZH_LABEL_OF = {
    "NAME_PATIENT": "NAME",
    "NAME_RELATIVE": "NAME",
    "NAME_CLINICIAN": "NAME",
    "CITY": "PLACE",
    "PROVINCE_STATE": "PLACE",
    "ADDRESS_STREET": "PLACE",
    "HOSPITAL": "HOSPITAL",
    "WORKPLACE": "ORG",
}
#: the cue words, by group; a character's distance to the nearest one on each side is a feature
_CUES = {
    "pt": ("患者", "病人", "患儿", "姓名"),
    "dr": ("医生", "医师", "主任", "大夫", "教授", "签名"),
    "rn": ("护士",),
    "kin": ("之女", "之子", "妻子", "丈夫", "家属", "儿子", "女儿", "父亲", "母亲", "关系"),
    "hosp": ("医院", "卫生院", "中心", "诊所"),
    "org": ("单位", "公司", "工作", "职业"),
    "addr": ("住址", "地址", "省", "市", "区", "县", "路", "街", "号"),
}
_CUE_PATTERN = {group: re.compile("|".join(words)) for group, words in _CUES.items()}
#: the clinical words the rules and lexicons know (a tagged span never takes a character of one)
_CLINICAL = tuple(
    sorted(
        {w for w in (*CN_NAME_STOP_WORDS, *CLINICAL_TERMS_ZH, *CN_DEPARTMENTS) if len(w) >= 2},
        key=lambda w: (-len(w), w),
    )
)
_CLINICAL_PATTERN = re.compile("|".join(re.escape(w) for w in _CLINICAL))
_COMPOUND = frozenset(w[0] for w in CN_COMPOUND_SURNAMES)
_CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
#: a one-character name is one only after a title (李主任), which the rules take
_MIN_LENGTH = {"name": 2, "geo": 2, "hospital": 3, "workplace": 3}
#: a title or honorific the tagger may run on into (杜先生, 卜思源医师): not part of the name
_TITLE_END = re.compile(
    r"(?:先生|女士|小姐|老师|同志|阿姨|师傅|大夫|医生|医师|主任|护士|教授|院长|主治|"
    r"主管|药师|技师)+$"
)
#: a facility's last word: a tagged hospital ends with one (华西地区 is a region, 协和音 a sound)
#: the last character of a facility's word (卫生室, 医院, 诊所, 工作站): never the first of a name
_FACILITY_TAIL = frozenset("室院所站处")
_FACILITY_END = re.compile(r"(?:院|中心|诊所|门诊部|卫生室|医务室)$")
#: a hospital named by its level or kind only (县医院, 本市一院, 社区医院): no name of one
_GENERIC_HOSPITAL = re.compile(
    r"(?:本|我|该|外|他|当地|上级|社区|附近|专科|综合|基层|私立|公立|三甲|二甲|"
    r"定点|门诊|急诊|乡镇|[省市县区镇乡村一二三四五六七八九])+(?:医院|卫生院|院)"
)
#: a unit of "our" or "that" hospital (在我院血液净化中心, 本院透析中心): a reference, not a name
_REFERENCE_HOSPITAL = re.compile(r"[在于至到转]?(?:本|我|该|外|他)院")
#: the patient or a relative coming to or leaving this hospital (其子专程来院, 按时返院): a verb of
#: going and 院, no hospital's name
_GOING_TO_HOSPITAL = re.compile(r"[来到住出入转返离回在抵送赴]院$")
#: a kind of school alone (医学院, 医科大学), one character before it at most (读医学院): no name of one
_GENERIC_SCHOOL = re.compile(r"[\u4e00-\u9fa5]?(?:医|医科|卫生|护理|药|口腔医|中医药?)?(?:学院|大学|学校)")
#: the words before a place that say someone went, studied or was there (就读于医学院, 曾在医学院)
_LEAD_WORDS = re.compile(
    r"(?:曾|已|现|先后|就读|毕业|考入|考上|考取|在读|进入|入读|读|于|在|至|到|赴|入|"
    r"联系|通知|呼叫|致电|拨打|请|经|由)+"
)
#: what one does at a school or a workplace, run on into by a tagged span (护理学院读书)
_DOING_THERE = re.compile(r"(?:读书|学习|上学|念书|就读|进修|实习|工作|上班)$")
#: a disease's or a sign's name ends so (巴利综合征), never a workplace's
_DISEASE_END = re.compile(r"(?:综合征|综合症|病|症|炎|瘤|癌|征)$")
#: a kind of care centre alone (急救指挥中心, 血液透析中心): no name of one
_GENERIC_CENTRE = re.compile(r"(?:医疗|120)?(?:急救|指挥|调度|血液|透析|净化|体检|康复|检验|影像)+中心")
#: a town's centre (去市中心逛街), not a care centre: no word of care before 中心
_DOWNTOWN = re.compile(r"[市城镇区县]中心$")
_CARE = re.compile(r"医|卫生|急救|体检|康复|透析|检验|影像|保健|疾控|护理|血液|肿瘤|妇幼")
#: what a tagged place holds unless it is a listed city or province (训练 of 康复训练 is none)
_PLACE_PART = re.compile(r"[省市县区州盟旗镇乡村屯路街道巷弄里号楼栋幢座室苑园庄湾]|小区|花园|大厦|广场|公寓")
_KNOWN_PLACES = frozenset((*CN_CITIES, *CN_PROVINCES))
#: function words, verbs of speech and disease words: never in a given name (曾于 is "once at");
#: narrower than the rules' list, which leaves out 卫 花 国 … of 欧阳卫国, 崔桂花 for cue-free names
_NEVER_GIVEN = frozenset(
    "于在从到以由与和及或并且而但也都还又再已将要会能可应该必须需不没无未非否是有为"
    "被把对的了着过吗呢吧么啊其之此这那该各每某另些诉述称说病症炎痛癌瘤疹疮人汗痒肿疼瘫"
)
#: what makes 可 a word (可能, 可见, 可疑, 可予): no given name
_AFTER_KE = frozenset("能以见疑予达及行用否谓惜爱靠怜口乐是")
_SPACES = re.compile(r"[ \u3000]{0,2}")
#: words that join two things: a tagged span across one is a list, not one name (门诊及急诊医院)
_JOINED = re.compile(r"[及和与或、]")
#: a job said with 当/做/干 after the place (在华润万家当收银员): what one does there, no employer
_JOB_SAID = re.compile(r"[当做干][\u4e00-\u9fff]{0,3}(?:员|工|手|师)")
#: a ward's words: a tagged workplace holding one is where the patients lie
_WARD_WORD = re.compile(r"病房|病区|病床|床位")


def _class(ch: str) -> str:
    if _CJK.match(ch):
        return "H"
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "L"
    return "S" if ch.isspace() else "P"


def clinical_mask(text: str) -> list[bool]:
    """Per character, whether it lies inside a clinical word the rules and lexicons know."""
    mask = [False] * len(text)
    for m in _CLINICAL_PATTERN.finditer(text):
        mask[m.start() : m.end()] = [True] * (m.end() - m.start())
    return mask


def _cue_distances(text: str) -> dict[str, tuple[list[int], list[int]]]:
    """Per cue group, each character's distance to the end of the last cue before it and to the
    start of the next one after it (capped at 9)."""
    out = {}
    n = len(text)
    for group, pattern in _CUE_PATTERN.items():
        before, after = [9] * n, [9] * n
        for m in pattern.finditer(text):
            for i in range(m.end(), min(n, m.end() + 9)):
                before[i] = min(before[i], i - m.end())
            for i in range(max(0, m.start() - 9), m.start()):
                after[i] = min(after[i], m.start() - 1 - i)
        out[group] = (before, after)
    return out


def _word_tags(text: str, words: Sequence[TaggedWord]) -> list[str]:
    """Per character, jieba's flag and where it stands in its word (B, I, or S for a word alone)."""
    tags = ["-"] * len(text)
    for w in words:
        for i in range(w.start, w.end):
            place = "S" if w.end - w.start == 1 else ("B" if i == w.start else "I")
            tags[i] = f"{place}{w.flag}"
    return tags


def char_features(text: str, words: Sequence[TaggedWord]) -> list[list[str]]:
    """The features of each character of ``text``.

    Args:
        text: a Chinese note.
        words: its segmentation (:class:`~medenclave_deid.core.ports.ChineseTagger`).
    """
    n = len(text)
    clinical = clinical_mask(text)
    cues = _cue_distances(text)
    tags = _word_tags(text, words)

    # the characters two either side, "^" before the note and "$" after it
    padded = f"^^{text}$$"
    out: list[list[str]] = []
    for i, ch in enumerate(text):
        m2, m1, p1, p2 = padded[i], padded[i + 1], padded[i + 3], padded[i + 4]
        feats = [
            "b",
            f"c={ch}",
            f"k={_class(ch)}",
            f"c-1={m1}",
            f"c+1={p1}",
            f"c-2={m2}",
            f"c+2={p2}",
            f"b-1={m1}{ch}",
            f"b+1={ch}{p1}",
            f"b-2={m2}{m1}",
            f"b+2={p1}{p2}",
            f"j={tags[i]}",
            f"j-1={tags[i - 1] if i else '^'}",
            f"j+1={tags[i + 1] if i + 1 < n else '$'}",
        ]
        for flag, known in (
            ("sur", ch in CN_SURNAMES),
            ("sur2", ch in CN_SURNAMES_AFTER_CUE),
            ("cs", ch in _COMPOUND and text[i : i + 2] in CN_COMPOUND_SURNAMES),
            ("ng", ch in CN_NON_GIVEN_CHARS),
            ("cl", clinical[i]),
            ("sur-1", m1 in CN_SURNAMES),
            ("sur-2", m2 in CN_SURNAMES),
            ("cl-1", i > 0 and clinical[i - 1]),
            ("cl+1", i + 1 < n and clinical[i + 1]),
        ):
            if known:
                feats.append(flag)
        for group, (before, after) in cues.items():
            if before[i] < 9:
                feats.append(f"{group}<{before[i]}")
            if after[i] < 9:
                feats.append(f"{group}>{after[i]}")
        out.append(feats)
    return out


def char_labels(text: str, phi: Sequence[dict]) -> list[str]:
    """The label of each character from annotated PHI spans (``start``, ``end``, ``category``).

    Args:
        text: the note.
        phi: its annotated spans (the evaluation set's format).
    """
    labels = ["O"] * len(text)
    for span in phi:
        label = ZH_LABEL_OF.get(span["category"])
        if label is not None:
            labels[span["start"] : span["end"]] = [label] * (span["end"] - span["start"])
    return labels


def find_tagged_chinese(
    text: str,
    words: Sequence[TaggedWord],
    tagger: SequenceTagger,
    *,
    claimed: Callable[[int, int], bool],
    threshold: float,
) -> list[PhiSpan]:
    """Names, places, hospitals and workplaces the tagger finds in Chinese text that the rules
    did not claim.

    A run of Chinese characters whose labels other than ``O`` have at least ``threshold`` of
    probability becomes a span of its most likely label. Never a character of a clinical word the
    rules or lexicons know (帕金森病, 高血压, 呼吸内科), never a span the keep rules hold for an
    eponym; a name of two characters or more (李主任's 李 is the rules'), a hospital or workplace
    of three or more.

    Args:
        text: a note with Chinese in it.
        words: its segmentation.
        tagger: the trained tagger.
        claimed: whether the rules already found PHI over ``[start, end)``.
        threshold: the least probability of PHI that makes a character PHI.
    """
    if not text:
        return []
    marginals = tagger.marginals(char_features(text, words))
    # a procedure's name (行小梁切除术, 子宫全切术) is no one's, whatever surname opens it
    clinical = [c or p for c, p in zip(clinical_mask(text), procedure_mask(text), strict=True)]
    spans: list[PhiSpan] = []
    for i, probs in enumerate(marginals):
        if (
            1.0 - probs.get("O", 0.0) < threshold
            or clinical[i]
            or not _CJK.match(text[i])
            or claimed(i, i + 1)
        ):
            continue
        category = _CATEGORY[max(_CATEGORY, key=lambda lb: probs.get(lb, 0.0))]
        last = spans[-1] if spans else None
        # a name spaced out in a form (沈  杨) is one name
        if last and last.category == category and _SPACES.fullmatch(text, last.end, i):
            spans[-1] = PhiSpan(last.start, i + 1, category)
        else:
            spans.append(PhiSpan(i, i + 1, category))
    spans = [
        s
        for s in (_trimmed(text, s) for s in trim_time_words(text, spans))  # 长孙今|日来院
        if s.end - s.start >= _MIN_LENGTH[s.category]
        and _plausible(text[s.start : s.end], s.category)
        and not (s.category in ("geo", "name") and text.startswith("人", s.end))  # 山东人
        # 卫生室予头孢静滴: what is done at a named facility, not an employer after it
        and not (s.category == "workplace" and _FACILITY_END.search(text, 0, s.start))
        # the head of a lake's or gorge's name (罗布泊, 三门峡) is no one's, though 罗布 is a given name
        and not (s.category == "name" and (text[s.end - 1] in "泊峡" or text.startswith(("泊", "峡"), s.end)))
        # two characters of a letter-spaced title (居 民 健 康 档 案) are no spaced-out name
        and not (
            s.category == "name" and " " in text[s.start : s.end] and in_spaced_title(text, s.start, s.end)
        )
    ]
    return drop_not_phi(text, spans)  # may trim a name to what stands before its act (王丽来院)


def _trimmed(text: str, span: PhiSpan) -> PhiSpan:
    """A tagged name without the title it ran on into (杜先生 → 杜, left to the rules)."""
    if span.category != "name":
        return span
    title = _TITLE_END.search(text, span.start, span.end)
    return PhiSpan(span.start, title.start(), "name") if title else span


def _generic_after_lead(value: str) -> bool:
    """Whether a tagged place is a kind of school, hospital or care centre with only the words
    that led to it (就读于医学院, 曾在医学院, 医科大学, 联系急救指挥中心): no named one."""
    lead = _LEAD_WORDS.match(value)
    rest = value[lead.end() :] if lead else value
    return bool(
        _GENERIC_SCHOOL.fullmatch(rest)
        or _GENERIC_HOSPITAL.fullmatch(rest)
        or _GENERIC_CENTRE.fullmatch(rest)
    )


def _plausible(value: str, category: str) -> bool:
    """Whether a tagged value may be of ``category`` at all: a name opens with a surname and
    holds no function or disease character (曾于, 维勒布兰德病, 建议); a hospital ends with a
    facility's word and is not a kind of hospital (县医院) or a unit of "our" hospital
    (我院…中心); a place holds an administrative or street word or opens with a listed city or
    province; nothing joins two things."""
    if _JOINED.search(value):
        return False
    if category == "name":
        # 可 inside a three-character name is a child's given name (罗可佑, 毛可涵), not 可能 or 可见
        child = len(value) == 3 and value[1] == "可" and value[2] not in _AFTER_KE
        given = value[2:] if child else value[1:]
        return (value[0] in CN_SURNAMES_AFTER_CUE or value[:2] in CN_COMPOUND_SURNAMES) and not any(
            ch in _NEVER_GIVEN for ch in given
        )
    if category == "hospital":
        return (
            bool(_FACILITY_END.search(value))
            and not _GENERIC_HOSPITAL.fullmatch(value)
            and not _REFERENCE_HOSPITAL.match(value)
            and not _GOING_TO_HOSPITAL.search(value)
            and not _generic_after_lead(value)
            and not (_DOWNTOWN.search(value) and not _CARE.search(value))
        )
    if category == "geo":
        return bool(_PLACE_PART.search(value)) or any(p.startswith(value[:2]) for p in _KNOWN_PLACES)
    if category == "workplace":  # 三人为同一病房: where the patients lie, not where anyone works
        # 在护理学院读书: a kind of school and what one does there, no named one
        # 格林-巴利综合征: a disease's name, however an eponym's half reads
        # 指导训练 after a therapist's name: what they did, not where they work
        # 室输液 of 村卫生室输液: a facility word's tail opens no employer's name
        return (
            value[0] not in _FACILITY_TAIL
            and not _WARD_WORD.search(value)
            and not value.startswith(CN_CLINICIAN_ACTS)
            and not _generic_after_lead(_DOING_THERE.sub("", value))
            and not _DISEASE_END.search(value)
            and not _JOB_SAID.fullmatch(value)
        )
    return True
