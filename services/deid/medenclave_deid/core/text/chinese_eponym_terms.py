"""Eponymous terms of Chinese notes that the name rules and the taggers read as people.

:mod:`~medenclave_deid.core.text.chinese_keep` keeps a name span right before the word an eponym
names (霍夫曼征, Whipple术). Three more shapes are read as a person and are terms:

* **the term inside the span**: a Chinese name span that holds the word a term ends in (量表,
  评分, 小体, 综合征, 染色 ...) is a scale's, an inclusion's or a syndrome's name when what comes
  before that word is no person's name: nothing (小体 of Auer小体), a transliteration after a
  hyphen (周小体 of 豪-周小体), a name with 氏 (费氏尼古丁依赖量表) or more than a name's four
  characters. A person's name before the word (王丽评分) keeps the name.
* **a transliteration whose span took the first character of its term's word** (马方综 of
  马方综合征): the word begun inside the span and ended after it.
* **one part of a hyphenated transliteration**: a name span joined by a hyphen or a middle dot to
  another transliteration before the word the eponym names (米勒-费舍尔综合征, 吉兰-巴雷综合征).
* **a transliteration before or holding a disease's word no name is written with** (肉芽肿, 营养不良,
  麻痹, 憩室, 综合征): ``贝尔麻痹``, ``韦格纳肉芽肿``, ``梅克尔憩室``, unless a person's word is before it.
* **a disease the tagger read as a work unit**: a workplace span that ends in a disease's word
  (韦格纳肉芽肿, 杜氏肌营养不良) or runs on by a hyphen to one (史蒂文斯-约翰逊综合征).
* **a Latin eponym fused to the operation or the disease it names** (Miles术后, Dixon手术), unless
  the same word names someone elsewhere in the note.
* **a Latin eponym or town before a needle, a schedule or an analysis** (Jamshidi穿刺针, Essen五针法,
  Zagreb 2-1-1方案, Kaplan-Meier分析), or in brackets after the Chinese term it writes
  (埃森法（Essen）), with no person's word before it (患者, 医生, Dr.).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_latin_eponym_heads import latin_head_follows
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["keep_zh_eponym_terms"]

#: the words a scale's, a sign's, an inclusion's, a stain's or a disease's name ends in
_TERM_WORD = re.compile(
    r"量表|评分|评定|指数|小体|综合征|综合症|染色|分级|分期|分型|试验|病(?![房区历人情史程床友假危重号])|"
    r"淋巴瘤|肉瘤|异常|畸形|现象|反射|三联征|征(?![得求询集象])"
)
#: a transliteration after a hyphen or a middle dot, then the word its eponym names
_JOINED_AFTER = re.compile(r"(?:[-－‐·・][\u4e00-\u9fff]{1,5}?)+(?:" + _TERM_WORD.pattern + r")")
#: a term's word of two characters or more, begun inside the span (马方综|合征: the span took 综)
_LONG_TERM_WORD = re.compile(
    r"量表|评分|评定|指数|小体|综合征|综合症|染色|分级|分期|分型|试验|淋巴瘤|肉瘤|三联征"
)

_JOINED_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,5}[-－‐·・]$")
#: the rest of a transliteration after the span, then the word its eponym names (费舍|尔综合征)
_TERM_AFTER = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:" + _TERM_WORD.pattern + r")")
_HYPHEN_BEFORE = re.compile(r"[-－‐·・]$")
#: what a Latin eponym names in a Chinese note besides :mod:`chinese_keep`'s words
_LATIN_THING = re.compile(
    r"\s?(?:穿刺针|活检针|骨髓针|针|[一二三四五六七八九十]针法|\d(?:\s?-\s?\d){1,4}\s?(?:方案|程序|法)|"
    r"(?:生存)?分析|曲线|估计|染色|小体|颗粒|尼古丁)"
)
_LATIN = re.compile(r"[A-Z][A-Za-zÀ-ÿ'’]+(?:[-\s][A-Z][A-Za-zÀ-ÿ'’]+)*")
#: a word before the span that says a person is named
_PERSON_BEFORE = re.compile(
    r"(?:患者|病人|患儿|家属|医师|医生|护士|主任|教授|先生|女士|姓名|签名|联系人|"
    r"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?)\s*[:：]?\s*$"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: one Latin word or acronym written flush against a scale's or a sign's word (Braden评分,
#: Glasgow昏迷评分, NIHSS评分, Wagner分级, Volkmann缺血性挛缩, Parkland公式, Kernig征) or before
#: its score (Braden 12分): an instrument or a sign, even after 患者; a person's name in a Chinese
#: note is never written fused to such a word
_LATIN_WORD = re.compile(r"[A-Z][A-Za-zÀ-ÿ]{1,}(?:-[A-Z][A-Za-zÀ-ÿ]+)?")
#: also the evidence an off-label consent cites and the disease it names (Micromedex有效性等级,
#: Thomson推荐等级, Cochrane系统评价, Waldenström巨球蛋白血症)
_SCALE_FUSED = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:评分|量表|评定|分级|分期|分型|指数|挛缩|等级|系统评价|数据库|血症)"
    r"|(?:公式|综合征|征|试验|现象|反射|动作|体位)|\s?\d{1,3}\s?分(?![钟])"
)
#: words of a disease no name or place holds, nor is written right after one (贝尔麻痹, 韦格纳肉芽肿)
_NEVER_A_NAMES = re.compile(r"肉芽肿|营养不良|麻痹|憩室|综合征|综合症")
_NEVER_A_NAMES_AFTER = re.compile(r"[\u4e00-\u9fff]{0,2}?(?:" + _NEVER_A_NAMES.pattern + ")")
#: the word a disease's name ends in: no work unit's name ends so (韦格纳肉芽肿, 杜氏肌营养不良)
_DISEASE_END = re.compile(r"(?:肉芽肿|营养不良|综合征|综合症|淋巴瘤|肉瘤|血症|[^医]病)$")
#: an operation or a disease a Latin eponym names written flush or with one space (Miles术后,
#: Dixon手术, Hartmann 术, Whipple病): the term, unless the same word is a name elsewhere in the
#: note (患者Olga Petrova … Petrova术后第3天: the patient after her operation)
_OPERATION = re.compile(r"\s?(?:手术|术(?:式|后|前|中)?|根治术|病(?![房区历人情史程床友假危重号]))")


def named_elsewhere(text: str, spans: list[PhiSpan], span: PhiSpan) -> set[str]:
    """The Latin words of the other name spans of the note than ``span``; a span that is itself a
    Latin eponym before its term's word (the second ``Kegel训练`` of a note) names no one."""
    return {
        w
        for s in spans
        if s.category == "name" and s != span and not latin_head_follows(text, s.start, s.end, set())
        for w in _LATIN_WORD.findall(text, s.start, s.end)
        if s.start != span.start
    }


#: a Latin word in brackets after the Chinese term it writes (埃森法（Essen）, 费氏评分（Fagerström）)
_TERM_BRACKET_BEFORE = re.compile(r"(?:法|方案|评分|量表|指数|染色|征|病|综合征|试验|小体|异常)[（(]$")


def _term_inside(text: str, span: PhiSpan, value: str) -> bool:
    """Whether the span holds a term's word with no person's name before it."""
    m = _TERM_WORD.search(value)
    if m is None:
        return False
    head = value[: m.start()]
    if not head:
        return m.end() - m.start() > 1  # 小体, 量表; a lone 征 or 病 may open a name
    return (
        "氏" in head
        or len(head) > 4
        or (len(head) <= 2 and bool(_HYPHEN_BEFORE.search(text, max(0, span.start - 1), span.start)))
    )


def keep_zh_eponym_terms(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` without the name spans that are an eponymous term (the module docstring).

    Args:
        text: the note.
        spans: resolved spans.
    """
    out: list[PhiSpan] = []
    for span in spans:
        value = text[span.start : span.end]
        if (
            span.category in ("name", "workplace", "geo")
            and _CJK.match(value)
            and (_NEVER_A_NAMES.search(value) or _NEVER_A_NAMES_AFTER.match(text, span.end))
            and not _PERSON_BEFORE.search(text, max(0, span.start - 8), span.start)
        ):
            continue  # 贝尔麻痹, 韦格|纳肉芽肿, 梅克尔|憩室: a transliterated eponym, not a person or a place
        if (
            span.category == "workplace"
            and _CJK.match(value)
            and (_DISEASE_END.search(value) or _JOINED_AFTER.match(text, span.end))
        ):
            continue  # 韦格纳肉芽肿, 史蒂文斯|-约翰逊综合征: a disease the tagger read as a unit
        if (
            span.category in ("name", "geo")
            and _LATIN_WORD.fullmatch(value)
            and _SCALE_FUSED.match(text, span.end)
        ):
            continue  # 患者Braden评分, 入院时Glasgow昏迷评分: the patient's score on a named scale
        if (
            span.category == "name"
            and _LATIN_WORD.fullmatch(value)
            and _OPERATION.match(text, span.end)
            and value not in named_elsewhere(text, spans, span)
        ):
            continue  # 直肠癌Miles术后, Hartmann手术: an operation, unless the note names someone so
        if span.category in ("name", "geo") and (
            latin_head_follows(text, span.start, span.end, named_elsewhere(text, spans, span))
            or (_LATIN_WORD.fullmatch(value) and _JOINED_AFTER.match(text, span.end))
        ):
            continue  # Mondini畸形, Humphrey视野, Vogt-小柳-原田综合征: chinese_latin_eponym_heads
        if span.category in ("name", "geo") and not _PERSON_BEFORE.search(
            text, max(0, span.start - 8), span.start
        ):
            if _CJK.match(value) and span.category == "name":
                if (
                    _term_inside(text, span, value)
                    or _JOINED_AFTER.match(text, span.end)
                    or (len(value) >= 3 and _LONG_TERM_WORD.match(text, span.end - 1))
                    or (
                        _JOINED_BEFORE.search(text, max(0, span.start - 7), span.start)
                        and _TERM_AFTER.match(text, span.end)
                    )
                ):
                    continue
            elif _LATIN.fullmatch(value) and (
                _LATIN_THING.match(text, span.end)
                or (
                    _TERM_BRACKET_BEFORE.search(text, max(0, span.start - 4), span.start)
                    and text[span.end : span.end + 1] in ("）", ")")
                )
            ):  # Essen五针法
                continue
        out.append(span)
    return out
