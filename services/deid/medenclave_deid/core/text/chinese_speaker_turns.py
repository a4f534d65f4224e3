"""Chinese names that open the turns of a record of who said what (教学查房, 病例讨论, 会议记录).

A teaching round's or a case discussion's record lists the people who took part, then gives
each one's turn at the start of a line: ``乐小川：补充检查结果``, ``木子涵汇报病史``, ``简宁提问：…``.
No title or cue stands by the name, and a rare surname or a given name that is an everyday word
escapes the name rules. A person is read where the same name-shaped word (two to four Chinese
characters opening with a surname, none of them a function word) both opens a turn (a colon or a
verb of speaking after it) and stands elsewhere in the note as an item of a list (after a colon,
a list sign, a role word or a number; before a list sign, a bracket or the line's end). A label
(查体：, 主诉：) opens lines too, but is no item of a list of people.

A senior is named by surname and title (``某主任：…``, ``主持：某主任``), and a surname can make an
everyday word with the title (班主任, a class teacher). In a record with no school in it, such a
word that both opens a turn and fills a clinician's slot (主持, 审核, 指导, 带教 …) is a
surname and its title wherever the record writes it: the surname is a name
(:func:`titled_turns` tells :func:`~medenclave_deid.core.text.chinese_unit_cells.drop_role_words`).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_names import CN_NON_GIVEN_CHARS
from medenclave_deid.core.text.lexicon import CN_COMPOUND_SURNAMES, CN_SURNAMES_AFTER_CUE
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_speaker_turns", "titled_turns"]

_HAN = "\u4e00-\u9fa5"
#: what a person does in their turn, right after their name
_SPEAKING = r"汇报病史|汇报|补充|提问|回答|发言|总结|点评|询问|分析|指出|认为|讲解|介绍|报告|问|答|说"
#: a turn: a name at a line's start, then a colon or a verb of speaking
_TURN = re.compile(rf"^[ \t\u3000]*(?P<n>[{_HAN}]{{2,4}}?)(?:[:：]|(?:{_SPEAKING}))", re.M)
#: a role word before a listed person (规培生木子涵, 住院医师 花语)
_ROLE = (
    r"(?:住院医师|规培医师|规培生|规培|进修医师|进修生|实习医师|实习生|实习|研究生|主治医师|"
    r"医师|医生|护士|同学)"
)
#: what a listed person stands after and before
_BEFORE = rf"(?:[:：、，,；;]|^[ \t\u3000]*(?:\d{{1,2}}[.、．)）]?)?|{_ROLE}|[ \t\u3000])[ \t\u3000]*"
_AFTER = r"(?=[ \t\u3000]*(?:[、，,；;（(]|$)|[ \t\u3000]{1,})"
#: the characters of a word, never of a name given to a person (汇报, 病史 …)
_NOT_GIVEN = frozenset("病史诉体查检验诊断治疗术药记录时间地点内容主任意见结果讨论分析")


_TITLE = r"(?:主任|医生|医师|教授|老师|大夫|护士长)"
#: a turn opened by a surname and a title (某主任：…, 某主任总结)
_TITLED_TURN = re.compile(rf"^[ \t\u3000]*(?P<w>(?P<s>[{_HAN}]){_TITLE})(?:[:：]|(?:{_SPEAKING}))", re.M)
#: a clinician's slot of a record: who chaired, checked, taught or led (主持：, 审核：, 带教老师：)
_SLOT = re.compile(
    r"(?:主持人?|审核人?|审阅|审签|签发|指导老师|指导医师|指导|带教老师|带教医师|带教|上级医师|查房医师|"
    r"主讲人?|点评|会诊医师)[ \t\u3000]*[:：][ \t\u3000]*"
)
#: characters that make a role of a hospital with the title (科主任, 副主任, 原主任, 中医师): no surname
_ROLE_FIRST = frozenset(
    "科副正总原代新前现中西校院室部处系组所站队局厅办男女老小大本该某各兼执专责值住见实进规带轮驻村乡医护技药"
)
#: a school in the record: the word is the teacher it says (班主任)
_SCHOOL = re.compile(r"学校|学生|同学|班级|年级|班会|家长会|课堂|上课|小学|中学|幼儿园|老师反映")


def titled_turns(text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes a surname and a title that opens a turn and fills a clinician's slot
    (the module docstring): the whole word's bounds at each place.

    Args:
        text: a Chinese note.
    """
    if "：" not in text and ":" not in text:
        return []
    words = {
        m["w"]
        for m in _TITLED_TURN.finditer(text)
        if m["s"] in CN_SURNAMES_AFTER_CUE and m["s"] not in _ROLE_FIRST
    }
    out: list[tuple[int, int]] = []
    for word in words:
        slotted = re.compile(rf"{_SLOT.pattern}{re.escape(word)}(?![{_HAN}])")
        if slotted.search(text) is None or _SCHOOL.search(text):
            continue
        out += [(m.start(), m.end()) for m in re.finditer(re.escape(word), text)]
    return out


def _name_shaped(word: str) -> bool:
    surname = word[:2] if word[:2] in CN_COMPOUND_SURNAMES else word[:1]
    given = word[len(surname) :]
    return (
        (surname in CN_SURNAMES_AFTER_CUE or len(surname) == 2)
        and 1 <= len(given) <= 2
        and not any(ch in CN_NON_GIVEN_CHARS or ch in _NOT_GIVEN for ch in given)
    )


def find_speaker_turns(text: str) -> list[PhiSpan]:
    """The names of the module docstring, at every turn they open and every list they stand in.

    Args:
        text: a Chinese note.
    """
    if text.count("\n") < 3:
        return []
    out: list[PhiSpan] = []
    for word in {m["n"] for m in _TURN.finditer(text)}:
        if not _name_shaped(word):
            continue
        listed = re.compile(rf"(?:{_BEFORE})(?P<n>{re.escape(word)}){_AFTER}", re.M)
        turns = {m.start("n") for m in _TURN.finditer(text) if m["n"] == word}
        items = [m for m in listed.finditer(text) if m.start("n") not in turns]
        if not items:
            continue
        out += [PhiSpan(m.start("n"), m.end("n"), "name") for m in items]
        out += [PhiSpan(at, at + len(word), "name") for at in turns]
    return out + [PhiSpan(start, start + 1, "name") for start, _ in titled_turns(text)]
