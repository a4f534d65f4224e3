"""Chinese names written in pinyin in English notes: a pinyin given name next to a Chinese
surname (``MA, XIN``, ``Li Haoran``, ``Xin Ma``).

A given name that is also a month or a clinical abbreviation (``Jun``, ``Na``) is
such a name only where a person cue frames the pair: a kinship word, a role or a title right before
it (``wife Li Na``, ``interpreter He Jun``, ``Mr. Ma Lin``) or a kinship word in brackets after it
(``He Jun (brother)``), and never before a number (``Na 138``, ``Li 0.6``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_judge import Judge
from medenclave_deid.core.text.english_words import KIN_AFTER, NEVER, PERSON_CUES
from medenclave_deid.core.text.pinyin import is_pinyin_word

__all__ = ["pinyin_names"]

#: the common Chinese surnames in pinyin (a pinyin word next to one of these is a name)
_PINYIN_SURNAMES = frozenset(
    """
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang
xie song tang han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng su
wei lu ding ren shen yao jiang cui zhong tan fan jin shi liao jia xia wei fu fang bai zou meng
xiong qin qiu hou yin xue yan lei long shi tao he gu mao hao gong shao wan qian yan tan wen kang
shi niu fan ge xing an qi yi qiao wu pang ni zhuang nie zhang lu yue zhai yin zhan shen ou geng
guan lan jiao yu zhu bao ning shang fu ruan ke ji mei tong ling bi dan ji pei huo tu cheng miao
gu sheng qu weng ran luo lan lu you xin jin hua sima ouyang zhuge shangguan
""".split()
)

#: words right before a pair that make it a person's name
_CUES = PERSON_CUES | frozenset("mr mrs ms miss mx madam dr interpreter translator carer".split())
_NUMBER_AFTER = re.compile(r"[ \t]*[:=]?[ \t]*[<>]?\d")


def _cued(judge: Judge, first: int, last: int) -> bool:
    """A person cue frames ``tokens[first..last]`` and no number follows it."""
    tokens, text = judge.tokens, judge.text
    if _NUMBER_AFTER.match(text, tokens[last].end):
        return False
    if KIN_AFTER.match(text, tokens[last].end):
        return True
    before = judge.neighbour(first, -1)
    return before is not None and tokens[before].key in _CUES


def pinyin_names(judge: Judge, verdicts: list[str | None]) -> None:
    """Mark a pinyin given name next to a Chinese surname, and the surname."""
    tokens = judge.tokens
    for i, t in enumerate(tokens):
        if t.key not in _PINYIN_SURNAMES or not t.cap or judge.claimed(t.start, t.end):
            continue
        for step in (1, -1):
            j = judge.neighbour(i, step, comma=True)
            while j is not None and tokens[j].initial:
                j = judge.neighbour(j, step)
            if j is None or not tokens[j].cap or judge.claimed(tokens[j].start, tokens[j].end):
                continue
            other = tokens[j]
            if not is_pinyin_word(other.text) or len(other.key) < 2:
                continue
            ambiguous = other.key in NEVER or judge.clinical(j)
            if ambiguous and not _cued(judge, min(i, j), max(i, j)):
                continue
            if judge.vocab.is_common(other.key, threshold=4.0) and not judge.vocab.is_name(other.key):
                continue
            verdicts[i] = verdicts[j] = "name"
