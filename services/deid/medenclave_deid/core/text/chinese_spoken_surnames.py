"""An old person's surname in the familiar form speech uses (老某), with no full name near it.

A relative quoted in a note calls the patient by 老 and the surname (``家属原话：“老某这几天胃口
不好…”``, ``家属说：“我家老某今年95岁了…”``); the surname is the identifier, rare ones (訾 谯 冼)
included, though the note never writes the full name. The form is taken

* where speech opens it: right after an opening quote, after 我家 / 咱家 / 你家 …, or after a
  mark inside the quote (``“…，老某又不肯吃饭。”``);
* when what the person is or does follows it: a time (这几天, 今年, 最近, 平时), speech (说, 讲),
  an adverb of the person (一直, 总是, 又, 也, 就, 已经), 的, or a mark.

老 and a character that make a word (老公, 老家, 老乡, 老师, 老花眼, 老干部, 老成) and the
surnames that are also verbs, prepositions or adjectives after the adverb 老 "always" (老向他要,
老和他吵, 老查不出, 老冷的) are no such form and stay.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.lexicon import CN_COMPOUND_SURNAMES, CN_SURNAMES_AFTER_CUE
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["NOT_AFTER_OLD", "find_spoken_surnames"]

#: surname characters that make a word with 老 or read as the verb, preposition or adjective the
#: adverb 老 ("always") goes with
NOT_AFTER_OLD = frozenset(
    "公家伴婆乡师板总大人年头汉太爷娘母爹妈爸兄弟妹姐哥友表铁外实是花干样天子少先祖字号区成练相广"
    "向和于管查连应常时解安单全易冷温白任顾戴明齐尤宁卫通能满都那计习从怀扶束支居步空盖须宣封劳充"
    "终危强平乐元索印宿隆融滑暴皮养别东红后水云松井国越利益丰山秋双鱼慎富巴阴薄经麻咸"
)
_SINGLE = "".join(sorted(CN_SURNAMES_AFTER_CUE - NOT_AFTER_OLD))
_COMPOUND = "|".join(sorted(CN_COMPOUND_SURNAMES, key=len, reverse=True))
#: where speech opens the form outside a quote (我家老某, 咱家老某)
_HOME = r"(?<=我家|咱家|俺家|你家|您家|他家|她家)|(?<=我们家|咱们家)"
_OPEN_QUOTES = "“「『"
_CLOSE_QUOTES = "”」』"
#: the marks inside a quote after which a clause opens
_CLAUSE_MARKS = "，,。！!？?；;、：: \t"
_FORM = re.compile(
    rf"(?:(?<=[{_OPEN_QUOTES}\"‘])|{_HOME}|(?<=[{_CLAUSE_MARKS}]))老(?P<n>{_COMPOUND}|[{_SINGLE}])"
    r"(?=这几天|这两天|这阵子|这段时间|这些天|最近|近来|近日|近期|今年|去年|前年|今天|昨天|昨晚|前天|前几天|"
    r"今早|早上|晚上|夜里|每天|天天|平时|平常|一直|总是|年纪|身体|说|讲|告诉|又|也|就|已经|的"
    rf"|[，,。！!？?；;、{_CLOSE_QUOTES}\"’])"
)


def _in_quote(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation opened on its line and not yet closed."""
    line_start = text.rfind("\n", 0, pos) + 1
    opened = max(text.rfind(q, line_start, pos) for q in _OPEN_QUOTES)
    closed = max(text.rfind(q, line_start, pos) for q in _CLOSE_QUOTES)
    return opened > closed


def find_spoken_surnames(text: str) -> list[PhiSpan]:
    """Name spans of the surnames in the familiar forms of speech (see the module's description)."""
    out: list[PhiSpan] = []
    for m in _FORM.finditer(text):
        before = text[m.start() - 1] if m.start() else ""
        # after a mark, the form opens a clause only inside someone's words
        if before and before in _CLAUSE_MARKS and not _in_quote(text, m.start()):
            continue
        out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    return out
