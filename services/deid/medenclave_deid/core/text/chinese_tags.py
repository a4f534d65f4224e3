"""Names, places and organisations in Chinese text from a part-of-speech tagger (jieba's tags).

The tagger knows person names (``nr``; ``nrfg``/``nrt`` for longer and transliterated ones),
places (``ns``) and organisations (``nt``) from its dictionary and guesses unseen words with an
HMM. Its guesses are checked the way the rules check theirs: a person name must start with a
surname or follow a kinship/role word, and must not be clinical text (高血压, 白细胞 …).
"""

from __future__ import annotations

from medenclave_deid.core.ports import TaggedWord
from medenclave_deid.core.text.chinese_names import (
    AFTER_NAME_WORDS,
    CN_NAME_STOP_WORDS,
    CN_NON_GIVEN_CHARS,
    DOSE_NEXT,
    MEASURE_NEXT,
)
from medenclave_deid.core.text.chinese_procedures import procedure_mask
from medenclave_deid.core.text.lexicon import CN_CITIES, CN_COMPOUND_SURNAMES, CN_SURNAMES
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_tagged_phi"]

_PERSON_FLAGS = frozenset({"nr", "nrfg", "nrt"})
_ADMIN_ENDINGS = ("省", "市", "县", "区", "镇", "乡", "村", "州", "旗", "街道", "自治区")
_KIN = ("家属", "其子", "其女", "儿子", "女儿", "丈夫", "妻子", "爱人", "老伴", "母亲", "父亲", "联系人",
        "陪同", "监护人", "孙子", "孙女", "姐姐", "哥哥", "弟弟", "妹妹", "朋友", "同事", "医师", "医生",
        "护士", "主任", "患者", "病人")


def _is_cjk(word: str) -> bool:
    return all("\u4e00" <= c <= "\u9fa5" for c in word)


def _stands_alone(text: str, w: TaggedWord, following: TaggedWord | None) -> bool:
    """The tagged word ends where a name ends: before punctuation, a verb, or a word that follows
    people (陪同, 诉, 签字 …) — not inside a longer term (贾第|鞭毛虫)."""
    nxt = text[w.end:w.end + 1]
    if not nxt or not "\u4e00" <= nxt <= "\u9fa5":
        return True
    if following is not None and following.flag.startswith(("v", "p", "c", "u", "d")):
        return True
    return text.startswith(AFTER_NAME_WORDS, w.end)


#: how the name of an organisation ends; the tagger's ``nt`` also takes job titles for one
#: (住院医师, 中学教师)
_ORG_ENDINGS = ("公司", "集团", "厂", "学校", "中学", "小学", "大学", "学院", "幼儿园", "银行", "研究所",
                "研究院", "事务所", "局", "委员会", "委", "办", "所", "院", "中心", "站", "部", "队", "社",
                "会", "商场", "超市", "酒店", "宾馆", "饭店", "矿", "场", "店", "馆", "台", "署", "处", "厅")
#: words a sentence goes on with after a person as its subject (淑珍今日…, 晓燕诉…)
_SUBJECT_NEXT = ("诉", "自述", "自诉", "称", "表示", "今日", "今天", "昨日", "昨天", "精神", "食欲", "睡眠",
                 "陪同", "签字", "同意", "拒绝", "要求", "诉说", "述", "主诉", "目前", "现", "已")


def _person(text: str, w: TaggedWord) -> bool:
    word = text[w.start:w.end]
    if not 2 <= len(word) <= 4 or not _is_cjk(word) or text.startswith(CN_NAME_STOP_WORDS, w.start) \
            or DOSE_NEXT.match(text, w.end) or MEASURE_NEXT.match(text, w.end):
        return False
    surname = 2 if word[:2] in CN_COMPOUND_SURNAMES else 1 if word[0] in CN_SURNAMES else 0
    given = word[surname:]
    if not given or any(c in CN_NON_GIVEN_CHARS for c in given):
        return False
    if text[w.start - 1:w.start] == "型":  # a disease after its subtype (多菌型|麻风) is no one
        return False
    # a given name alone as the subject of a clause: the tagger's person name, at the start of a
    # clause, before what a person does
    alone = len(word) == 2 and (w.start == 0 or text[w.start - 1] in "。；;，,\n ：:") \
        and text.startswith(_SUBJECT_NEXT, w.end)
    return bool(surname) or alone or text[max(0, w.start - 3):w.start].endswith(_KIN)


def find_tagged_phi(text: str, tags: list[TaggedWord]) -> list[PhiSpan]:
    """Name, place and organisation spans among the tagged words of a Chinese text.

    Args:
        text: the note.
        tags: its words with part-of-speech flags (:class:`~medenclave_deid.core.ports.ChineseTagger`).
    """
    out: list[PhiSpan] = []
    procedure = procedure_mask(text)  # a procedure's surname-like start (行大隐静脉…) is no one
    for k, w in enumerate(tags):
        word = text[w.start:w.end]
        following = tags[k + 1] if k + 1 < len(tags) else None
        if w.flag in _PERSON_FLAGS and not any(procedure[w.start:w.end]) and _person(text, w) and (
                _stands_alone(text, w, following) or text[max(0, w.start - 3):w.start].endswith(_KIN)
                or text.startswith(_SUBJECT_NEXT, w.end)):
            out.append(PhiSpan(w.start, w.end, "name"))
        elif w.flag == "ns" and _is_cjk(word) and len(word) >= 2 \
                and (word.endswith(_ADMIN_ENDINGS) or word in CN_CITIES) \
                and not (word.endswith("区") and k and tags[k - 1].end == w.start
                         and tags[k - 1].flag == "n"):
            # a region of an organ (膀胱|三角区, 腹股沟|区) is no district
            out.append(PhiSpan(w.start, w.end, "geo"))
        elif w.flag == "nt" and _is_cjk(word) and len(word) >= 4 and word.endswith(_ORG_ENDINGS):
            out.append(PhiSpan(w.start, w.end, "workplace"))
    return out
