"""Names in transcribed speech: voicemail, phone messages and dictated call-backs.

Speech recognition writes callers as they talk, in lower case and without punctuation:
``hi this is vera kowalski calling about my husband``, ``uh it's bill, bill hathaway again``,
``my name's connie lutz, l-u-t-z``, ``message from hank moretti``. Three things give such a name
away where the name judge, which leans on capitals, cannot:

* **a self-introduction or a message cue** right before a given name (``this is``, ``it's``,
  ``my name is``, ``i'm``, ``calling for``, ``message from``, ``regarding``, ``on behalf of``,
  fillers such as ``um`` allowed between) — the given name must be on the given-name list and no
  everyday or clinical word;
* **a name said twice** (``bill, bill hathaway``) or **spelled out** after itself
  (``baker, b-a-k-e-r``): a given name confirmed so may also be an everyday word, and a spelled
  word is a name whatever it is; the spelling itself goes as well;
* **the surname** after such a given name: a rare word (no everyday word, not clinical), an
  initial allowed between (``george n tsakiris``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_judge import Judge
from medenclave_deid.core.text.english_words import NEVER

__all__ = ["spoken_names"]

_FILLER = r"(?:(?:um+|uh+|er+|erm|ah+|oh|yeah|yes|so|hi|hello|hey),?[ \t]+)*"
#: a self-introduction or a message cue at the end of the text before a word
_CUE = re.compile(
    r"(?:^|[^\w'’])(?:this[ \t]+is|it'?s|it’s|its|my[ \t]+name(?:[ \t]+is|'s|’s)|"
    r"(?:first|last)[ \t]+name(?:[ \t]+is|'s|’s)|name[ \t]+is|i'?m|i’m|i[ \t]+am|"
    r"(?:calling|call|message|msg|voicemail|vm|vmail)[ \t]+(?:for|from|about|regarding|re:?|"
    r"on[ \t]+behalf[ \t]+of)|regarding|on[ \t]+behalf[ \t]+of|"
    r"(?:message|msg|voicemail|vm|call)\b[^\n.;]{0,40}?[ \t]from)[ \t]*,?[ \t]*"
    + _FILLER + r"$",
    re.I,
)
#: the sounds a speaker fills a pause with
_FILLERS = frozenset("um umm uh uhh er erm ah ahh hmm mm okay ok yeah yep".split())
#: what a speaker's pause between a word said twice is written with
_PAUSE = re.compile(r"[ \t]*(?:,|\.{2,3}|…|-{1,2}|—)?[ \t]*")
#: letters spelled out one by one: ``b-a-k-e-r``, ``L-U-T-Z``
_SPELLED = re.compile(r"^[A-Za-z](?:-[A-Za-z]){2,}$")


def _word(judge: Judge, i: int) -> bool:
    """A plain word that may be part of a name: no clinical word, nothing claimed, no e-mail."""
    t, text = judge.tokens[i], judge.text
    if text[t.end:t.end + 1] in ("@", "_") and text[t.end + 1:t.end + 2].isalnum():
        return False
    return len(t.key) >= 2 and t.key not in NEVER and not judge.clinical(i) \
        and not judge.claimed(t.start, t.end) and not _SPELLED.match(t.text)


def _given(judge: Judge, i: int, *, confirmed: bool) -> bool:
    """On the given-name list (or a name word before a surname: ``hank moretti``); an everyday
    word too only when the speaker confirmed it."""
    t, vocab = judge.tokens[i], judge.vocab
    if len(t.key) < 3 or not _word(judge, i) or t.key in _FILLERS:
        return False
    if t.key not in vocab.first_names:
        j = judge.neighbour(i, 1)
        return vocab.is_name(t.key) and not vocab.is_name_word(t.key) and (confirmed or (
            j is not None and not judge.tokens[j].cap and _rare(judge, j)))
    return confirmed or not vocab.is_name_word(t.key)


def _rare(judge: Judge, i: int) -> bool:
    """A surname's word: rare, or a surname that is no everyday word (``smith``, ``hathaway``)."""
    t, vocab = judge.tokens[i], judge.vocab
    if not _word(judge, i) or len(t.key) < 3 or t.key in vocab.places or t.key in _FILLERS:
        return False
    return vocab.zipf(t.key) < 3.4 or (t.key in vocab.last_names and not vocab.is_name_word(t.key))


def _spells(judge: Judge, i: int) -> int | None:
    """The index of the spelling right after word ``i`` that spells it, if there is one."""
    j = judge.neighbour(i, 1, comma=True)
    if j is None:
        return None
    t, s = judge.tokens[i], judge.tokens[j]
    if _SPELLED.match(s.text) and s.text.replace("-", "").lower() == t.key.replace("'", ""):
        return j
    return None


def _repeated(judge: Judge, i: int) -> int | None:
    """The index of the same word said again right after word ``i`` (``bill, bill``,
    ``june... june``)."""
    j = i + 1
    if j >= len(judge.tokens) or judge.tokens[j].key != judge.tokens[i].key:
        return None
    gap = judge.text[judge.tokens[i].end:judge.tokens[j].start]
    return j if _PAUSE.fullmatch(gap) else None


def _cell(judge: Judge, i: int) -> bool:
    """Word ``i`` and a rare word after it fill a table cell (``| marlon teague |``)."""
    text, t = judge.text, judge.tokens[i]
    j = judge.neighbour(i, 1)
    if j is None or not _rare(judge, j) or judge.tokens[j].cap:
        return False
    line_start = text.rfind("\n", 0, t.start) + 1
    return bool(re.search(r"\|[ \t]*$", text[line_start:t.start])) \
        and re.match(r"[ \t]*\|", text[judge.tokens[j].end:]) is not None


def _cued(judge: Judge, i: int) -> bool:
    text, start = judge.text, judge.tokens[i].start
    line_start = text.rfind("\n", 0, start) + 1
    return _CUE.search(text[max(line_start, start - 60):start]) is not None


def _mark(verdicts: list[str | None], *indexes: int | None) -> None:
    for k in indexes:
        if k is not None and verdicts[k] is None:
            verdicts[k] = "name"


def _surname(judge: Judge, verdicts: list[str | None], i: int) -> None:
    """Mark the rare word after given name ``i`` (an initial allowed between) and its
    spelling."""
    j = judge.neighbour(i, 1)
    if j is not None and len(judge.tokens[j].text) == 1 and judge.tokens[j].text.isalpha():
        k = j + 1 if j + 1 < len(judge.tokens) and judge.text[
            judge.tokens[j].end:judge.tokens[j + 1].start] in (" ", ". ") else None
        if k is not None and verdicts[k] is None and _rare(judge, k):
            _mark(verdicts, j, k, _spells(judge, k))
        return
    if j is not None and verdicts[j] is None and _rare(judge, j):
        _mark(verdicts, j, _spells(judge, j))


def spoken_names(judge: Judge, verdicts: list[str | None]) -> None:
    """Mark given names after a self-introduction or message cue, names said twice or spelled
    out, and the surnames that follow them."""
    tokens = judge.tokens
    for i in range(len(tokens)):
        j = judge.neighbour(i, 1)
        if verdicts[i] == "name" and not tokens[i].cap and j is not None \
                and len(tokens[j].text) == 1 and tokens[j].text.islower():
            _surname(judge, verdicts, i)  # a lower-case name, an initial and a surname
        spelling = _spells(judge, i)
        if spelling is not None and _word(judge, i) and judge.tokens[i].key not in NEVER:
            _mark(verdicts, i, spelling)
    for i in range(len(tokens)):
        if tokens[i].cap or not (_cued(judge, i) or _cell(judge, i)):
            continue
        if verdicts[i] == "name":
            _surname(judge, verdicts, i)  # another pass found the given name
            continue
        if verdicts[i] is not None:
            continue
        twin = _repeated(judge, i)
        if not _given(judge, i, confirmed=twin is not None or _spells(judge, i) is not None):
            continue
        _mark(verdicts, i, twin)
        _surname(judge, verdicts, twin if twin is not None else i)
