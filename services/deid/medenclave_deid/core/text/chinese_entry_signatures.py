"""Nurses' signatures at the end of timed log entries, and a handover's 交班 / 接班 names.

A nursing log (a tube-feeding round, a handover sheet) is a run of timed entries, each closed by
whoever wrote it: ``10:20 冲管通畅，无呕吐。 /晓燕``, ``… 耐受可。——秀兰``, ``… 固定良好。 敏``.
Nurses sign with the given name alone as often as with the full name, so no surname list finds
the short ones. Read here:

* **the last word of a timed entry** (a line opening with a time, a date before it allowed): one to
  three Chinese characters after the entry's closing mark (。；！) and a space, a slash or a dash,
  alone up to the line's end;
* **the name after a handover's role** (``交班：霞``, ``接班者 婷婷``, ``执行护士：明``): one to
  three characters before a space, a mark or the line's end;
* **a message's signature** (an e-mail with 发件人 / 收件人 / 主题 lines): a line that is only a
  surname and one or two characters (``彭有福``; 有 is no given name's character elsewhere),
  right after a sentence's closing mark and before a blank line, a quoted message or the end;
  a thanks or a closing (谢谢, 此致, 祝好) is none.

A word that says how the patient is (好转, 稳定, 同前) or a character no name uses
(:data:`~medenclave_deid.core.text.chinese_names.CN_NON_GIVEN_CHARS`) is no signature.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_names import CN_NAME_STOP_WORDS, CN_NON_GIVEN_CHARS
from medenclave_deid.core.text.lexicon import CN_COMPOUND_SURNAMES, CN_SURNAMES_AFTER_CUE
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_entry_signatures"]

_HAN = "\u4e00-\u9fa5"
_GAP = r"[ \t\u3000]"
#: a date (10-11, 10月25日, 2024-03-05, 3/5) before the entry's time
_DATE = r"(?:\d{2,4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?"
_TIMED_SIGNATURE = re.compile(
    rf"^{_GAP}*(?:{_DATE}{_GAP}*)?\d{{1,2}}[:：]\d{{2}}\b[^\n]*?[。；;！!]"
    rf"{_GAP}*(?:[/／|｜]|—+|-{{1,2}}|－+|{_GAP}){_GAP}*(?P<n>[{_HAN}]{{1,3}}){_GAP}*$",
    re.M,
)
_HANDOVER = re.compile(
    rf"(?:交班|接班|交班者|接班者|交班人|接班人|执行护士|执行者)(?:{_GAP}*[:：]{_GAP}*|{_GAP}+)"
    rf"(?P<n>[{_HAN}]{{1,3}})(?={_GAP}|[，。；,;）)]|$)",
    re.M,
)
#: how the patient is or what was done, written where a signature stands
_NOT_SIGNATURE = frozenset(
    "好转 稳定 平稳 正常 同前 无殊 继观 通畅 良好 完成 已交 交班 接班 签名 护士 继续 观察 配合 安静 入睡 "
    "可 好 妥 无 略 详 见 同上 未见 已 暂停 停止 拔除 更换 记录 汇报".split()
)


_MAIL = re.compile(r"(?m)^[ \t]*(?:发件人|收件人|主题|抄送)[ \t]*[:：]")
_SIGNED = re.compile(
    rf"(?<=[。！？!?])[ \t]*\n{_GAP}*(?P<n>[{_HAN}]{{2,4}}){_GAP}*(?=\n[ \t]*\n|\n[ \t]*-{{2,}}|\n?\Z)"
)
#: a thanks, a closing or a wish written alone on a message's last line
_CLOSINGS = frozenset(
    "谢谢 多谢 感谢 此致 敬礼 祝好 顺祝 盼复 辛苦 收到 好的 谢谢您 谢谢你 麻烦了 辛苦了".split()
)


def _mail_signatures(text: str) -> list[PhiSpan]:
    if len(_MAIL.findall(text)) < 2:
        return []
    out: list[PhiSpan] = []
    for m in _SIGNED.finditer(text):
        name = m["n"]
        k = 2 if name[:2] in CN_COMPOUND_SURNAMES else 1 if name[0] in CN_SURNAMES_AFTER_CUE else 0
        if (
            k
            and 1 <= len(name) - k <= 2
            and name not in _CLOSINGS
            and not name.startswith(CN_NAME_STOP_WORDS)
        ):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    return out


def _signature(name: str) -> bool:
    return (
        name not in _NOT_SIGNATURE
        and not any(ch in CN_NON_GIVEN_CHARS for ch in name)
        and not name.startswith(CN_NAME_STOP_WORDS)
    )


def find_entry_signatures(text: str) -> list[PhiSpan]:
    """Name spans of the module docstring.

    Args:
        text: the note.
    """
    timed = ":" in text or "：" in text  # no time, no timed entry
    return _mail_signatures(text) + [
        PhiSpan(m.start("n"), m.end("n"), "name")
        for rx in ((_TIMED_SIGNATURE, _HANDOVER) if timed else (_HANDOVER,))
        for m in rx.finditer(text)
        if _signature(m["n"])
    ]
