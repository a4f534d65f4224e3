"""A person's name in the field of a label naming a person, the label or the name padded.

Chinese forms pad both sides of a field to line them up: the label's characters spaced
out (``技    师``, ``病 史 陈 述 者``, ``姓  名``) and the name's surname set apart from its
given name (``何  凯``, ``尤 欣怡``, ``唐   伟``). A label that names a person — 姓名, or
one ending in a person's role or part (医师, 技师, 护士, 者, 员, 人, 主任) or kin
(丈夫, 配偶, 家属) — followed by a colon, a tab, a gap of two or more spaces or a
table's cell border (``| 病理医师 | 聂 晓光 |``) holds a name when the field's value is a
known surname, up to five spaces (a two-character name padded to a wider column:
``党    伟``), and one or two more characters, ending where the field ends (a gap, a tab,
a bracket, a comma, the line's end, or one space before the next label and its colon).
The label is the cue, so a surname that is also a word (皮, 花) counts here; a shift
(白  班) or a word with a character no given name has is none.

Such a field's name is taken whole, and a name another rule read across the label's
padding (the label's last character and the surname after it, ``师  施``) is dropped: a
label's character is no part of anyone's name.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_names import CN_NON_GIVEN_CHARS, is_shift_or_time
from medenclave_deid.core.text.lexicon import CN_COMPOUND_SURNAMES, CN_SURNAMES_AFTER_CUE, cn_surname_pattern
from medenclave_deid.core.text.spans import PhiSpan, resolve_overlaps

__all__ = ["fix_padded_label_names"]

_HAN = "\u4e00-\u9fa5"
_PAD = "[ \u3000]"
#: a label naming a person, its characters optionally spaced out
_LABEL_WORD = re.compile(
    rf"[{_HAN}]{{0,6}}(?:师|医生|护士|者|员|人|主任)|姓名|[{_HAN}]{{0,4}}(?:丈夫|妻子|配偶|家属|父亲|母亲)"
)
_FIELD = re.compile(
    rf"(?:^|(?<=[\t|｜（(])|(?<=[ \u3000]{{2}})|(?<=[|｜][ \u3000]))"
    rf"(?P<l>[{_HAN}](?:{_PAD}{{0,4}}[{_HAN}]){{1,7}})"
    rf"(?:[)）]?{_PAD}*[:：]{_PAD}*|{_PAD}*\t[ \t\u3000]*|{_PAD}*[|｜]{_PAD}*|{_PAD}{{2,}})"
    rf"(?P<n>{cn_surname_pattern(CN_SURNAMES_AFTER_CUE)}{_PAD}{{0,5}}[{_HAN}]{{1,2}})"
    rf"(?=[ \u3000]{{2,}}|[ \u3000]*\t|[ \u3000]*$|[ \u3000]*[（(，,|｜；;]|[ \u3000][{_HAN}]{{2,6}}[:：])",
    re.M,
)
#: a title or a role where a given name would stand (王主任, 李医师): no given name
_NOT_GIVEN = re.compile(r"(?:主任|医师|医生|护士|老师|教授|大夫|先生|女士|同志|师傅|护师|技师)$")


#: characters the list of non-given characters holds for their everyday words (卫生, 舒适, 花费,
#: 温度) that are common in given names (卫东, 舒婷, 春花): in a person's field, after a surname,
#: they are a given name's unless the word they make is there
_GIVEN_IN_FIELD = frozenset("卫舒花温贺")
_WORDS_OF_THEM = re.compile(r"卫生|卫健|舒适|舒张|花费|温度|温热|贺卡")


#: a surname after the last gap of two or more spaces in what was read as a label
_SINGLE_SURNAMES = "".join(sorted(s for s in CN_SURNAMES_AFTER_CUE if len(s) == 1))
_SURNAME_IN_LABEL = re.compile(rf"[ \u3000]{{2,}}(?P<s>[{_SINGLE_SURNAMES}])[ \u3000]*$")


def _no_name(bare: str) -> bool:
    """A shift or a time (白班, 夜班) or a word with a character no given name has (血压, 细胞) after
    its surname (a compound one's second character, 闻人 or 端木, is none of the given name)."""
    odd = set(bare[2 if bare[:2] in CN_COMPOUND_SURNAMES else 1 :]) & CN_NON_GIVEN_CHARS
    if odd and odd <= _GIVEN_IN_FIELD and not _WORDS_OF_THEM.search(bare):
        odd = set()
    return is_shift_or_time(bare, whole=True) or bool(odd)


def _fields(text: str) -> list[tuple[int, int, PhiSpan]]:
    out = []
    for m in _FIELD.finditer(text):
        label_start, label_end, name_start = m.start("l"), m.end("l"), m.start("n")
        label = re.sub(r"[ \u3000]", "", m.group("l"))
        split = _SURNAME_IN_LABEL.search(m.group("l"))
        if not _LABEL_WORD.fullmatch(label) and split:
            # a spaced label read on into the surname (病 史 陈 述 者  聂  卫东): the label ends at its gap
            label_end, name_start = label_start + split.start(), label_start + split.start("s")
            label = re.sub(r"[ \u3000]", "", text[label_start:label_end])
        bare = re.sub(r"[ \u3000]", "", text[name_start : m.end("n")])
        if not _LABEL_WORD.fullmatch(label) or _NOT_GIVEN.search(bare) or _no_name(bare):
            continue
        out.append((label_start, label_end, PhiSpan(name_start, m.end("n"), "name")))
    return out


def fix_padded_label_names(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` with every padded person field's name (module docstring) and no name running from
    inside its label across the label's end (a name inside a label such as 阿医生 stays).

    Args:
        text: the note.
        spans: resolved spans (sorted, not overlapping).
    """
    fields = _fields(text)
    if not fields:
        return spans
    kept = [
        s for s in spans if not (s.category == "name" and any(a <= s.start < e < s.end for a, e, _ in fields))
    ]
    names = [n for _, _, n in fields]
    free = [n for n in names if not any(s.start <= n.start and n.end <= s.end for s in kept)]
    return resolve_overlaps(kept + free)
