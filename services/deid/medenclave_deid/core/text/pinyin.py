"""Chinese names written in pinyin: a word made of one to three pinyin syllables.

Given names romanised from Chinese are combinations of syllables (``Xin``, ``Haoran``,
``Yiting``, ``XiaoDong``) that no name list can hold; a word that splits into valid syllables,
next to a Chinese surname, is a name.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["PINYIN_SYLLABLES", "is_pinyin_word"]

_INITIALS = """
b p m f d t n l g k h j q x zh ch sh r z c s y w
""".split()
_FINALS = """
a o e ai ei ao ou an en ang eng ong er i ia ie iao iu ian in iang ing iong u ua uo uai ui uan un
uang ueng v ve van vn ue
""".split()
#: the syllables of Mandarin in pinyin (without tones); a few impossible combinations included
#: do no harm: a word must also stand next to a Chinese surname to count
PINYIN_SYLLABLES = frozenset(
    [i + f for i in _INITIALS for f in _FINALS if not (i in ("y", "w") and f.startswith(("i", "u")))]
    + ["a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "er", "yi", "wu", "yu",
       "yue", "yuan", "yun", "yin", "ying", "ye", "yao", "you", "yan", "yang", "yong", "wa", "wo",
       "wai", "wei", "wan", "wen", "wang", "weng", "zhi", "chi", "shi", "ri", "zi", "ci", "si",
       "ju", "qu", "xu", "jue", "que", "xue", "juan", "quan", "xuan", "jun", "qun", "xun", "lu",
       "nu", "lv", "nv", "lve", "nve"])


@lru_cache(maxsize=4096)
def is_pinyin_word(word: str, *, max_syllables: int = 3) -> bool:
    """Whether ``word`` (any case) splits into one to ``max_syllables`` pinyin syllables.

    Args:
        word: one word (``Haoran``, ``XIAODONG``, ``Yi-Ting``).
        max_syllables: the most syllables a given name has.
    """
    text = word.lower().replace("-", "").replace("'", "")
    if not text.isalpha() or not text.isascii() or len(text) > 6 * max_syllables:
        return False

    def split(rest: str, left: int) -> bool:
        if not rest:
            return True
        if left == 0:
            return False
        return any(rest[:n] in PINYIN_SYLLABLES and split(rest[n:], left - 1)
                   for n in range(min(6, len(rest)), 0, -1))
    return split(text, max_syllables)
