"""A relative's lower-case given name in a transcript where the relative also speaks.

An ambient scribe's raw transcript tags each turn with its speaker, and a relative who came
along gets a turn under the relation's word: ``[patient]: my sister corwin drives me.`` then
``[sister]: hi, i'm corwin.``. The name recognisers lean on capitals and on the given-name list,
so a rarer given name said in lower case slips in both turns (and so its echo in the draft,
``accompanied by sister Corwin``). Here the relation is matched: a kinship word that is also a
speaker's tag in the note (``[sister]:``, ``sister:``, or the one kin word among a tag's words:
``[patient's daughter]:``, ``[family - son]:``, ``niece (caregiver):``) makes

* **the word after "my <kin>"** (``my sister corwin``, ``my son, bram,``) or before ", my <kin>"
  (``bram, my son,``) the relative's given name, when it is no everyday or clinical word;
* **the word after that speaker's self-introduction** (``i'm``, ``i am``, ``this is``, ``my name
  is``, ``it's``, fillers such as ``hi,`` ``yes,`` between) the same person's name, on the same
  terms;

A generic tag (``[relative]:``, ``[family member]:``, ``caregiver:``) stands for whichever relation
the patient names (``my brother jericho``), and the relative addressed by the relation's word
(``brother, jericho, call us``) confirms the name as the speaker's own turn does;
and a word found in both places is the name even when it is an everyday word (``hope``; then also
right after the kin word again, ``accompanied by wife Hope``). Every
further whole-word mention of such a name in the note (the draft's ``sister Corwin``) goes with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.english_words import KINSHIP, NEVER
from medenclave_deid.core.text.lexicon import CLINICAL_WORDS_EN
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import is_clinical_word

__all__ = ["find_kin_speakers"]

#: a speaker's tag at a line's start: "[sister]:", "[daughter] ", "Sister:"; the kin word may stand
#: among others ("[patient's daughter]:", "[family - son]:", "daughter (caregiver):", "son -")
_TAG = re.compile(
    r"^[ \t]*(?:\[(?P<b>[A-Za-z' \t-]{1,30})\][ \t]*:?"
    r"|(?P<c>[A-Za-z' \t-]{1,30}?)[ \t]*(?:\([A-Za-z \t]{1,20}\))?[ \t]*(?::|[ \t]-[ \t]))",
    re.M,
)
_TAG_WORD = re.compile(r"[A-Za-z]+")
_BLANKS = re.compile(r"[ \t]*")
_NAME = r"(?P<v>[A-Za-z][a-z'-]*[a-z])\b(?!['\u2019])"
_FILLER = r"(?:(?:hi|hello|hey|yes|yeah|yep|um+|uh+|oh|so|well|ok|okay|and)[ \t]*[,.]?[ \t]+)*"
_INTRO = re.compile(
    rf"(?i:{_FILLER}(?:i['\u2019]m|i[ \t]+am|this[ \t]+is|my[ \t]+name[ \t]+is|"
    rf"my[ \t]+name['\u2019]s|it['\u2019]s)[ \t]+){_NAME}"
)


#: a speaker's tag for whichever relative came ("[relative]:", "[family member]:", "caregiver:")
_ANY_KIN = frozenset("relative relatives family caregiver companion visitor".split())
_MY_KIN = re.compile(r"(?i:\bmy[ \t]+)([a-z]+)\b")


def find_kin_speakers(text: str, is_common: Callable[[str], bool]) -> list[PhiSpan]:
    """Relatives' names matched between "my <kin> <name>" and the kin speaker's own turn.

    Args:
        text: an English note.
        is_common: whether a lower-case word is an everyday English word.
    """
    turns: dict[str, list[int]] = {}  # kin word -> where each of its turns' words start
    for tag in _TAG.finditer(text):
        words = _TAG_WORD.findall((tag.group("b") or tag.group("c")).lower())
        kins = [w for w in words if w in KINSHIP]
        blanks = _BLANKS.match(text, tag.end())
        if len(kins) == 1:
            turns.setdefault(kins[0], []).append(blanks.end() if blanks else tag.end())
        elif not kins and words and words[-1] in _ANY_KIN:  # "[relative]:": the kin the patient names
            turns.setdefault("", []).append(blanks.end() if blanks else tag.end())
    for kin in {m.group(1).lower() for m in _MY_KIN.finditer(text)} & KINSHIP if "" in turns else ():
        turns.setdefault(kin, turns[""])
    turns.pop("", None)
    out: list[PhiSpan] = []
    for kin, starts in turns.items():
        mine = list(re.finditer(rf"(?i:\bmy[ \t]+{re.escape(kin)}[ \t]*,?[ \t]+){_NAME}", text))
        # "corwin, my daughter, drives me"
        mine += re.finditer(rf"(?<![\w'-]){_NAME}(?i:,[ \t]+my[ \t]+{re.escape(kin)})\b", text)
        intros = [m for m in (_INTRO.match(text, start) for start in starts) if m]
        # "brother, jericho, call us": the relative addressed by the relation's word confirms too
        called = re.finditer(rf"(?i:\b{re.escape(kin)},[ \t]+){_NAME}(?=,)", text)
        confirmed = {m.group("v").lower() for m in mine} & {m.group("v").lower() for m in (*intros, *called)}
        for m in mine + intros:
            word = m.group("v").lower()
            if _refused(word, is_common, confirmed=word in confirmed):
                continue
            if is_common(word):  # an everyday word confirmed: only where the relation says it
                out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
                out += [  # and right after the relation's word again ("accompanied by daughter Hope")
                    PhiSpan(e.start(1), e.end(1), "name")
                    for e in re.finditer(
                        rf"(?i)\b{re.escape(kin)},?[ \t]+({re.escape(word)})(?![\w'-])", text
                    )
                ]
                continue
            out += [
                PhiSpan(e.start(), e.end(), "name")
                for e in re.finditer(rf"(?i)(?<![\w'-]){re.escape(word)}(?![\w'-])", text)
            ]
    return out


def _refused(word: str, is_common: Callable[[str], bool], *, confirmed: bool) -> bool:
    """Whether the word is no given name: a function, kinship or clinical word, or an everyday word
    that the relation's two mentions do not confirm."""
    if word in NEVER or word in KINSHIP or word in CLINICAL_WORDS_EN or is_clinical_word(word):
        return True
    return is_common(word) and not confirmed
