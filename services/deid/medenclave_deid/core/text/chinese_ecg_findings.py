"""An electrocardiogram's finding that the tagger reads as a person.

A finding names a wave or a segment, then how it changed (``ST段抬高``, ``ST段压低``, ``T波倒置``,
``病理性Q波``). 段 is a surname and 抬高 reads as a given name, so the tagger takes ``段抬高`` after
``心电图示ST`` for a person. A name span that lies inside such a finding is the finding.
"""

from __future__ import annotations

import re

__all__ = ["inside_ecg_finding"]

#: a wave, a segment or an interval, then how it changed (the note's script view may write 擡 for 抬)
_ECG_FINDING = re.compile(
    r"(?:ST-T|ST|QRS|QT[c]?|PR|[PQRTUJ])[ \t]*(?:段|波群|波|间期|間期|点|點)?[ \t]*"
    r"(?:明显|明顯|轻度|輕度|显著|顯著|弓背向上|水平型|下斜型|上斜型)?"
    r"(?:[抬擡]高|[压壓]低|下移|上移|上[抬擡]|倒置|低平|[双雙]向|[双雙]峰|高尖|改[变變]|增[宽寬]|"
    r"延[长長]|[缩縮]短|切迹|切跡|消失|[异異]常|形成|振幅增高|[电電][压壓]增高|低[电電][压壓])"
    r"|(?:病理性|[异異]常|深)Q波"
)


def inside_ecg_finding(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside an electrocardiogram's finding (``ST段抬高``)."""
    for m in _ECG_FINDING.finditer(text, max(0, start - 8), min(len(text), end + 8)):
        if m.start() <= start and end <= m.end():
            return True
    return False
