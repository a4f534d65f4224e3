"""Latin eponyms of a Chinese note written against the Chinese word of the thing they name.

A disability assessment, an eye or an ear clinic's form writes the eponym in Latin letters and the
rest of the term in Chinese: ``Mondini畸形``, ``Peters异常``, ``Leber遗传性视神经病变``,
``Humphrey视野``, ``Jaeger近视力表``, ``Syme截肢``, ``Sudeck骨萎缩``, ``Denis Browne支具``; a
rehabilitation record its exercise or assessment: ``Kegel训练``, ``Glazer 评估``,
``Glazer盆底表面肌电评估``, ``Kegel exercise``; an operation note its layer or space of the body:
``Reinke间隙``, ``Reinke水肿``. The name rules read the Latin word as a person. A
person's name in a Chinese note is not written flush against such a word (a deformity, a visual
field, a chart, an amputation, a brace, a heredity word, an exercise): the Latin word is the
term's, unless a person's word stands right before it (患者, 医生, 姓名：) or the same Latin word is
a name elsewhere in the note (患者Olga Best … Best异常 stays replaced). A test's short code may
stand between (``Humphrey 30-2视野``, ``Farnsworth D-15色觉``).

One space is allowed before the few words no sentence about a person begins with (畸形, 异常,
视野, 截肢: ``Mondini 畸形``); the other words must follow flush.
"""

from __future__ import annotations

import re

__all__ = ["latin_head_follows"]

#: the words a Latin eponym names, written flush after it (Leber遗传性…, Jaeger近视力表, Syme截肢)
_FLUSH = re.compile(
    r"(?:[A-Z]{0,2}-?\d{1,3}(?:-\d{1,3})?\s?)?(?:畸形|异常|视野|[\u4e00-\u9fff]{0,2}视力(?:表|卡|检查)|色觉|对比敏感度|方格表|截肢|支具|外固定|"
    r"骨萎缩|挛缩|切迹|肌力|(?:先天|遗传|家族|进行|缺血)性|卵黄样|黄斑|视网膜|视神经|角膜|病变|黑蒙|"
    r"(?:肌)?营养不良|共济失调|舞蹈病|骨折|脱位|骨软骨病|骨骺|截骨|夹板|牵引|步态|耳聋|眼病|色盲|"
    r"内固定|矫形|复位|入路|人工耳蜗|助听器|"
    # a layer or a space of the body (Reinke间隙, Reinke水肿), a scope (Kleinsasser喉镜)
    r"间隙|水肿|浅层|层|腔|囊|窝|管(?![理床控])|腺|(?:支撑)?喉镜|"
    # a rehabilitation's exercise and assessment (Kegel训练, Glazer盆底表面肌电评估)
    r"训练|运动|锻炼|评估|盆底[\u4e00-\u9fff]{0,6}(?:评估|训练|检测))"
)
#: the words allowed after one space (Mondini 畸形)
_SPACED = re.compile(
    r" (?:[A-Z]{0,2}-?\d{1,3}(?:-\d{1,3})?\s?)?(?:畸形|异常|视野|截肢|(?:近)?视力表|色觉|训练|运动|评估)"
    # the English word of an exercise or an assessment in a Chinese note (Kegel exercise)
    r"| (?:exercises?|training|assessment)\b"
)
#: a word before the Latin word that says a person is named
_PERSON_BEFORE = re.compile(
    r"(?:患者|病人|患儿|家属|医师|医生|护士|主任|教授|先生|女士|姓名|签名|联系人|监护人|"
    r"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?)\s*[:：]?\s*$"
)
_LATIN = re.compile(r"[A-Z][A-Za-zÀ-ÿ'’]+(?:[-\s][A-Z][A-Za-zÀ-ÿ'’]+)*")


def latin_head_follows(text: str, start: int, end: int, named: set[str]) -> bool:
    """Whether ``text[start:end]`` is a Latin eponym written against the term's Chinese word.

    Args:
        text: the note.
        start: the span's start.
        end: the span's end.
        named: the Latin words the note's other name spans hold.
    """
    value = text[start:end]
    return (
        _LATIN.fullmatch(value) is not None
        and bool(_FLUSH.match(text, end) or _SPACED.match(text, end))
        and not _PERSON_BEFORE.search(text, max(0, start - 8), start)
        and not any(w in named for w in re.split(r"[-\s]", value))
    )
