"""Padded names of an operation's staff outside a team field's label.

A team field's list is read by ``chinese_team_lists``; the same padded names (a surname, one or
two spaces, a given name: ``张 浩``, ``潘  辉``) also stand where no label is right before them:

* the next item of a list after a name and a 、 or a comma (``林勇、张 浩``, a table's cell
  ``某某、某 某⇥``): the item ends at a list mark, a tab or the line's end;
* the narrative of who did what (``助手罗 瑞协助``, ``由潘  辉主刀``): after 由 or a role word and
  before what the person did or their title; at a clause's start before a title and what the
  person did (``，郑 屹医师协助``), or before what a clinician does to an order or a record with no
  title between (``，乐  磊开具``, ``。葛 蕾审核``); a bracket opens such a clause too, and may
  close after the title (``（常 雅琴医师调整）``, ``（温 岚主任）``).

The surname is one of the common surnames, so two words of a finding spaced apart are not taken.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.lexicon import CN_SURNAMES
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_spaced_staff"]

_HAN = "\u4e00-\u9fa5"
_PAD = "[ \u3000]{1,2}"
_SUR = "[" + "".join(sorted(s for s in CN_SURNAMES if len(s) == 1)) + "]"
#: an item of a list (某某、 or 某 某、) after a field's start, then the padded name
_LIST_NEXT = re.compile(
    rf"(?:^|(?<=[\t:：|]))[ \u3000]*[{_HAN}](?:{_PAD})?[{_HAN}]{{1,2}}[、，,]"
    rf"(?P<n>{_SUR}{_PAD}[{_HAN}]{{1,2}})(?=[、，,\t/；;|]|[ \u3000]*$)(?P<m>)",
    re.M,
)
_DID = "协助|主刀|医[师生]|主任|教授|完成|实施|担任|操作|上台|负责"
#: what a clinician does to an order or a record, written right after their padded name (，乐  磊开具)
_ACT = "开具|开立|签发|审核|复核|核对|调整|下达"
_NARRATIVE = re.compile(
    rf"(?:由|助手|一助|二助|术者|主刀|麻醉师)(?P<n>{_SUR}{_PAD}[{_HAN}]{{1,2}}?)(?={_DID})"
    rf"|(?:^|(?<=[，,。；;（(]))(?P<m>{_SUR}{_PAD}[{_HAN}]{{1,2}}?)(?=(?:医[师生]|主任|教授)(?:{_DID}|{_ACT}|行|[)）])|{_ACT})",
    re.M,
)


def find_spaced_staff(text: str) -> list[PhiSpan]:
    """Padded staff names of the shapes in the module docstring.

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    for pattern in (_LIST_NEXT, _NARRATIVE):
        for m in pattern.finditer(text):
            key = "n" if m.group("n") else "m"
            out.append(PhiSpan(m.start(key), m.end(key), "name"))
    return out
