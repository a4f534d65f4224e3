"""Where a Chinese note names a procedure, an operation or an examination: no one's name there.

A procedure's name is built of ordinary words and ends in the word for what is done
(``…切除术``, ``…成形术``, ``…穿刺``, ``…活检``, ``…镜检查``, ``…介入治疗``); its first
characters are often a surname as well (胆囊, 曲张, 石膏, 甘露醇, 贺普丁), so a learned tagger or a
dictionary's person guess may read ``行小梁…`` or ``宫全`` as someone. The name stands

* **after the verb that orders or reports it** (``行``, ``拟行``, ``择期行``, ``予``, ``完善``,
  ``于局麻下行``): the verb and everything up to the procedure's last word;
* **alone in a cell or a clause** (``2023-05-06  子宫全切术  顺利``, ``，宫颈锥切术后``): the
  whole run between the cell's edges, when it holds no such verb (a patient named before the
  verb, ``王建国行…``, stays outside).

The characters found here are never taken by the guessing finders; the rules that read a cue
(患者王建国, 医师：李明) are not held back, so a name beside a procedure is still found, and so is
a surname-led name opening a clause right before the verb (``王建国行中心静脉置管术``): no cue
names that person, the procedure after the verb says one had it.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_names import CN_NAME_STOP_WORDS, CN_NON_GIVEN_CHARS
from medenclave_deid.core.text.lexicon import CN_COMPOUND_SURNAMES, cn_surname_pattern
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_names_before_procedures", "procedure_mask"]

_HAN = "\u4e00-\u9fa5"
#: the last words of a procedure's, an operation's or an examination's name
_LAST_WORD = ("(?:手术|术|切除|成形|置换|吻合|造瘘|造口|穿刺|活检|镜检查|检查|介入治疗|治疗|注射|移植|"
              "引流|置管|插管|透析|造影|消融|栓塞|封堵|修补|修复|固定|减压|融合|植入|置入|取栓|溶栓|"
              "复律|复苏|监测|显像|试验|疗法|通气|结扎|剥脱|探查|碎石|取石|电切|刮宫|缝合|重建|矫正)")
#: the verbs that order or report a procedure
_VERB = "(?:拟行|择期行|急诊行|再次行|再行|施行|进行|行|予以|予|完善|接受)"
#: the characters a procedure's name is written with (毕Ⅱ式, Whipple手术, 3D打印, PICC置管)
_BODY = rf"[{_HAN}A-Za-z0-9ⅠⅡⅢⅣⅤ·\-]"
_AFTER_VERB = re.compile(rf"{_VERB}(?:{_BODY}){{1,20}}?{_LAST_WORD}(?:术|手术)?")  # …切除 + 术
#: a cell's or a clause's edges: the line's start, a space, a colon or a punctuation mark …
_EDGE_BEFORE = r"(?:^|(?<=[\s：:，,。；;、（(|｜]))"
#: … and after it: a mark, a bracket, a history (…术史) or a time (…术后)
_EDGE_AFTER = r"(?=[\s，,。；;、：:（()）|｜]|$|后|前|中|时|史|等|及|和|与)"
_ALONE = re.compile(rf"{_EDGE_BEFORE}(?P<p>(?:{_BODY}){{1,16}}?{_LAST_WORD}){_EDGE_AFTER}", re.M)
#: what a cell or clause holds before a procedure when it also names who had it or did it
_NOT_ALONE = re.compile(rf"{_VERB}|患者|病人|患儿|之|其|由|给|经|在|于|对|为")


def procedure_mask(text: str) -> list[bool]:
    """Per character of ``text``: whether it belongs to a procedure's name or its verb.

    Args:
        text: the note.
    """
    mask = [False] * len(text)
    for m in _AFTER_VERB.finditer(text):
        mask[m.start():m.end()] = [True] * (m.end() - m.start())
    for m in _ALONE.finditer(text):
        if not _NOT_ALONE.search(m.group("p")):
            mask[m.start("p"):m.end("p")] = [True] * (m.end("p") - m.start("p"))
    return mask


_SURNAME = cn_surname_pattern()
#: a name opening a clause, then the verb and a procedure (王建国拟行…术, ，钱玉梅行…检查)
_NAME_BEFORE = re.compile(rf"{_EDGE_BEFORE}(?P<n>{_SURNAME}[{_HAN}]{{1,2}}?)(?=(?:拟|已|再)?行"
                          rf"(?:{_BODY}){{1,20}}?{_LAST_WORD})", re.M)


def find_names_before_procedures(text: str) -> list[PhiSpan]:
    """Name spans of a person opening a clause right before a procedure's verb.

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    for m in _NAME_BEFORE.finditer(text):
        surname = 2 if m.group("n")[:2] in CN_COMPOUND_SURNAMES else 1
        given = m.group("n")[surname:]
        if given and not text.startswith(CN_NAME_STOP_WORDS, m.start("n")) \
                and not any(c in CN_NON_GIVEN_CHARS for c in given):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    return out
