"""A surname written alone where a person signs, once the note has named that person in full.

Treatment sheets, nursing rows and session logs name the one who did the work in full in the
first row and by the surname alone in the rows after (``1月3日 熏蒸30分钟 执行人：柏知远`` then
``1月5日 … 执行人：柏``, or a table's last cell ``| 柏``). The surname alone is the same
identifier: the full name found elsewhere in the note says whose it is. So each surname of a
found full name (a surname and one or two given characters, a compound surname included) is
taken where it stands alone in a person's slot:

* **after a worker's or a signer's label** (操作, 操作者, 执行人, 治疗, 治疗师, 签名, 医师 …),
  with a colon, a space or nothing between, and the cell closing right after it;
* **as a whole cell** of a row (after ``|``, a tab, two spaces or the line's start, closed the
  same way), unless the character is one a cell also holds as a clinical value (高, 黄, 温, 白,
  左 …): such a one is taken after a label, or in the ``|`` or tab column of a found name only.

A cell closes at the line's end, a ``|`` or a tab, two spaces, punctuation or a bracket.
"""

from __future__ import annotations

import re
from functools import lru_cache

from medenclave_deid.core.text.lexicon import CN_COMPOUND_SURNAMES, CN_SURNAMES_AFTER_CUE
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["extend_surname_echoes"]

_HAN = "\u4e00-\u9fa5"
#: surnames that are also one-character values of a clinical cell (颜色：黄, 皮温：温, 部位：左)
_CELL_VALUES = frozenset("高低黄白红温凉平正常阴阳左右双单多少强弱快慢硬软全半好优良差轻重易难有无是否")
#: labels of the one who did, checked or signed the work
_LABEL = (
    r"(?:操作|执行|治疗|实施|施治|护理|负责|经手|核对|复核|记录|签名|签字|审核|评估|护士|护师|"
    r"医师|医生|技师|药师|大夫|主任)(?:者|人|员|师)?"
)
_CLOSE = r"(?=[ \t\u3000]*(?:$|[|｜\t；;，,。、）)（(])|[ \t\u3000]{2})"
_SPACE = r"[ \t\u3000]"


def _surnames(text: str, spans: list[PhiSpan]) -> set[str]:
    """The surnames of the full Chinese names found so far."""
    out: set[str] = set()
    for s in spans:
        if s.category != "name":
            continue
        name = text[s.start : s.end]
        sur = name[:2] if name[:2] in CN_COMPOUND_SURNAMES else name[:1]
        given = len(name) - len(sur)
        if not re.fullmatch(f"[{_HAN}]+", name) or not 1 <= given <= 2:
            continue
        # a surname of the lists, or a rarer one (糜, 冼) that opens a found name of three
        if sur in CN_SURNAMES_AFTER_CUE or sur in CN_COMPOUND_SURNAMES or given == 2:
            out.add(sur)
    return out


@lru_cache(maxsize=256)
def _patterns(alt: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The after-a-label and the cell patterns for an alternation of surnames (compiled once per
    set: the same few surnames come back note after note)."""
    after_label = re.compile(rf"{_LABEL}{_SPACE}*[:：]?{_SPACE}*(?P<n>{alt})(?![{_HAN}]){_CLOSE}", re.M)
    cell = re.compile(
        rf"(?:^|(?<=[|｜\t])|(?<={_SPACE}{_SPACE}))(?:{_SPACE}*)(?P<n>{alt})(?![{_HAN}]){_CLOSE}", re.M
    )
    return after_label, cell


def extend_surname_echoes(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """The lone surnames of the module docstring (overlaps not resolved).

    Args:
        text: a Chinese note.
        spans: the spans found so far.
    """
    surnames = _surnames(text, spans)
    if not surnames:
        return []
    after_label, cell = _patterns("|".join(sorted(surnames, key=lambda w: (-len(w), w))))
    out = [PhiSpan(m.start("n"), m.end("n"), "name") for m in after_label.finditer(text)]
    columns = {_column(text, s.start) for s in spans if s.category == "name"} - {None}
    out += [
        PhiSpan(m.start("n"), m.end("n"), "name")
        for m in cell.finditer(text)
        if m.group("n") not in _CELL_VALUES or _column(text, m.start("n")) in columns
    ]
    return out


def _column(text: str, at: int) -> tuple[str, int] | None:
    """The separator and the index of the ``|`` or tab column a position stands in, if any."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    for sep in ("\t", "|", "｜"):
        if line.count(sep):
            return sep, line.count(sep)
    return None
