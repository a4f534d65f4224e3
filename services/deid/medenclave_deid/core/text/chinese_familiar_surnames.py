"""People called by a familiar form of their surname: 小X and 老X, and a surname before a
dietitian's, a pharmacist's or a therapist's title.

Praise letters, thank-you registers and ward chat name staff and neighbours the way people speak
of them: ``小任每天耐心换药``, ``老周和我们一起推轮椅``, ``严营养师建议少量多餐``. The surname is
the identifier.

* **小 or 老 and a surname** (one on the surname list) followed by what a person does or is
  called (``每天``, ``耐心``, ``帮``, ``给``, ``护士``, ``姐``, a comma, ``和``); the characters
  that make a word with 小 or 老 are no surname there (小时, 小于, 小区, 小叶, 老师, 老年, 老毛病);
* **a surname before a title the other rules do not know** (营养师, 治疗师, 康复师, 制膏师傅,
  药剂师, 配餐员), after punctuation, a space, the start, or a word that asks or thanks someone
  (由, 请, 感谢).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_spoken_surnames import NOT_AFTER_OLD
from medenclave_deid.core.text.lexicon import CN_SURNAMES
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_familiar_surnames"]

#: characters that make a word after 小 or 老 (小时, 小于, 血小板, 老师, 老年), never a surname there
_WORD_AFTER = frozenset(
    "时于区叶段范关管毛康便米麦石白高黄牛马龙方包师年公伴家板龄化百字乡友总爷婆妈虎花实样旧汉"
)
_ALL_SURNAMES = "".join(sorted(c for c in CN_SURNAMES if len(c) == 1))
_SURNAMES = "".join(sorted(c for c in CN_SURNAMES if len(c) == 1 and c not in _WORD_AFTER))
#: after 老 also none of the characters that make a word with it or follow the adverb 老 "always"
#: (老麻, 老冷, 老向他要: chinese_spoken_surnames' list)
_OLD_SURNAMES = "".join(sorted(c for c in _SURNAMES if c not in NOT_AFTER_OLD))
#: what follows a person called 小X or 老X
_AFTER = (
    r"护士|医生|大夫|师傅|老师|姐|哥|同志|每天|每次|每晚|总是|耐心|细心|热情|主动|亲自|经常|一直|"
    r"特意|专门|帮|给|替|陪|也|还|都|对|为|把|们|[，。、；！,;和与及]"
)
_FAMILIAR = re.compile(
    rf"(?<![大从最较缩变微细矮短弱极很])(?:小(?P<n>[{_SURNAMES}])|老(?P<o>[{_OLD_SURNAMES}]))(?={_AFTER})"
)
_TITLE = r"营养师|治疗师|康复师|药剂师|制膏师傅|配餐员|订餐员|膳食员|验光师|技术员"
_SURNAME_TITLE = re.compile(
    rf"(?:^|(?<=[\s，。；：:,;、（(])|(?<=[由请给找问让叫])|(?<=感谢|谢谢|麻烦|辛苦|通知|告知))"
    rf"(?P<n>[{_ALL_SURNAMES}])(?={_TITLE})"
)


def find_familiar_surnames(text: str) -> list[PhiSpan]:
    """The surnames of the module docstring in a Chinese note (overlaps not resolved).

    Args:
        text: a Chinese note.
    """
    out = [
        PhiSpan(m.start(g), m.end(g), "name")
        for m in _FAMILIAR.finditer(text)
        for g in ("n", "o")
        if m.group(g)
    ]
    return out + [PhiSpan(m.start("n"), m.end("n"), "name") for m in _SURNAME_TITLE.finditer(text)]
