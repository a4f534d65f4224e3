"""A procedure, an examination or a treatment written right after a name, with no verb between.

A caller's account or a relative's complaint names the patient and goes straight on to what was
done (``我爱人王芳冠脉支架植入术后…``, ``患者李平胃镜检查后…``, ``其母赵兰化疗期间…``); a
name finder that reads a surname and up to two characters takes the procedure's first character
as the given name's second (``王芳冠``), and a run opening with a surname-like character
(``全髋…``, ``高频…``, ``青光眼…``, ``包皮…``) may be read as a name itself. The first two
characters of common procedures are distinctive words of their own (冠脉, 胃镜, 全髋, 化疗);
where one of them opens a procedure's name that runs on to its last word (``…术``,
``…检查``, ``…治疗``) — or is a whole procedure by itself (化疗, 输血, 针灸) — the name stops before it.
After a kinship word or 患者 (``我父亲蒋凯建结肠镜检查后``), a surname and one or two characters right
before such a procedure are the patient's name.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_names import CN_NAME_STOP_WORDS, CN_NON_GIVEN_CHARS
from medenclave_deid.core.text.lexicon import CN_SURNAMES_AFTER_CUE, cn_surname_pattern
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_names_before_procedure_heads", "name_end_before_procedure", "procedure_at"]

_HEADS = (
    "冠脉 冠状 支架 人工 全髋 全膝 半髋 胆囊 阑尾 胃镜 肠镜 结肠 甲状 白内 腹腔 胸腔 腰椎 颈椎 胸椎 "
    "骨髓 射频 介入 经皮 经尿 经导 剖宫 剖腹 宫腔 宫颈 子宫 输尿 输卵 包皮 青光 达芬 "
    "高频 伽马 核磁 心脏 起搏 血液 "
    "气管 机械 靶向 免疫 康复 种植 根管 清创 植皮 截肢 钢板 髓内 内固 椎体 关节 静脉 乳腺 扁桃 腺样 疝修 "
    "痔疮 鼻内 玻璃 超声 动态 肺功 骨密 胃肠 留置 冷冻 微波 质子 纤支 支气 喉镜 胃管 尿管 肝移 肾移 肝叶 "
    "胰十 开颅 去骨 脑室 前列 膀胱 房颤 钬激 体外 膝关 髋关 肩关 增强 无痛"
).split()
#: procedures whole in two characters
_WHOLE = (
    "化疗 放疗 针灸 推拿 拔牙 输血 顺产 引产 刮宫 清宫 腰穿 胸穿 腹穿 骨穿 导尿 洗胃 鼻饲 彩超 钡餐 透析 "
    "胃镜 肠镜 喉镜 理疗 插管 搭桥"
).split()
_LAST = (
    "手术|术|切除|成形|置换|吻合|造瘘|造口|穿刺|活检|检查|治疗|注射|移植|引流|置管|插管|透析|造影|消融|"
    "栓塞|封堵|修补|修复|固定|减压|融合|植入|置入|碎石|电切|缝合|重建|镜|疗|图|刀|振|CT|MRI|测定"
)
_PROCEDURE = re.compile(
    rf"(?:(?:{'|'.join(_HEADS)})[\u4e00-\u9fa5A-Za-z0-9\-]{{0,12}}?(?:{_LAST})|(?:{'|'.join(_WHOLE)}))"
)

#: a Latin procedure's or examination's letters right after a Chinese name (PICC置管, PCI术, CT)
_LATIN_AT = re.compile(r"(?<=[\u4e00-\u9fa5])[A-Z]{2,6}(?:-[A-Z]{2,4})?(?![a-z])")


def procedure_at(text: str, pos: int) -> int:
    """Where a procedure's name opening at ``pos`` ends (0 when none opens there).

    Args:
        text: the note.
        pos: where a name span's characters might run into a procedure.
    """
    m = _PROCEDURE.match(text, pos)
    return m.end() if m else 0


def name_end_before_procedure(text: str, start: int, end: int, cut: int) -> int:
    """How many characters of the name span ``text[start:end]`` (already cut to ``cut``) are the
    name: 0 where a procedure's name opens the span itself (患者全髋关节置换术后), two or three where
    one opens inside it and runs past its end (王芳冠脉支架植入术后: 王芳).

    Args:
        text: the note.
        start: the name span's start.
        end: the name span's end.
        cut: the span's length after the earlier trims.
    """
    if procedure_at(text, start) > end:
        return 0
    # 石俊PICC置管: the Latin letters of a procedure run on from a Chinese name
    latin = next((i for i in (2, 3) if i < cut and _LATIN_AT.match(text, start + i)), cut)
    return next((i for i in (2, 3) if i < cut and procedure_at(text, start + i) > end), latin)


#: a kinship word or the patient's word, then a surname-led name
_KIN_NAME = re.compile(
    r"(?:患者|病人|患儿|我爸|我妈|父亲|母亲|爱人|丈夫|妻子|老伴|儿子|女儿|婆婆|公公|岳父|岳母|爷爷|奶奶|外婆|外公|"
    rf"其父|其母|其妻|其夫|其子|其女)(?P<n>{cn_surname_pattern(CN_SURNAMES_AFTER_CUE)}[\u4e00-\u9fa5]{{1,2}})"
)
#: the verbs that bring a procedure in (曾行, 已做): never a given name's characters
_VERB_CHARS = frozenset("行予做施接拟已曾")
#: no character of a given name: a non-given character or a verb of the procedure
_NOT_GIVEN = CN_NON_GIVEN_CHARS | _VERB_CHARS


def find_names_before_procedure_heads(text: str) -> list[PhiSpan]:
    """Names between a kinship word (or 患者) and a procedure written right after them.

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    for m in _KIN_NAME.finditer(text):
        start, end = m.start("n"), m.end("n")
        # the shortest name after which a procedure opens (蒋凯建|结肠镜检查, 罗兰|胸腔闭式引流术)
        cut = next((k for k in range(end, start + 1, -1) if procedure_at(text, k) and k - start >= 2), 0)
        given = text[start + 1 : cut]
        if (
            cut
            and not procedure_at(text, start)
            and _NOT_GIVEN.isdisjoint(given)
            and not text.startswith(CN_NAME_STOP_WORDS, start)
        ):
            out.append(PhiSpan(start, cut, "name"))
    return out
