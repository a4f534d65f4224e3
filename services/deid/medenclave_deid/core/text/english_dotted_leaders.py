"""A form's dotted leader read as the colon it stands for.

Cards, faxes and printed forms line their values up with dots: ``Member ID ... ZGP3988482001``,
``Group ....... 7289-46L``, ``Subscriber ID.....W55120443``, ``Policy # . . . . PLN-8832``. Every
labelled recogniser knows ``Label: value``; few know the leader, and the word tagger reads the
label's words (``Member``, ``ID``) as a town and a state. So before the rules run, the leader
after a field's label (one to five words at a line's or a cell's start) is written as a colon
followed by spaces, one character for one: the offsets stay and the note itself is untouched.

A form's item number may open the line (``9. EMPLOYER .... ``). A leader is three dots or more
with a space before them, four or more without, or spaced dots
(``. . .``); a label's abbreviating dot stays with it (``Confirmation no. ..... K7``). A
sentence's ellipsis ("Pain improved... slowly") has three dots against its word and stays.

A Chinese form's label (one to eight characters at a line's start or after a wide gap) takes its
leader the same way: three dots or more, full-width ones (．．．), middle dots (···) or three
ellipsis characters (………) run right on to the value (``住院号........20817364``,
``邮编.....518027``, ``日期…………2024.3.9``) and are written as ``：`` and spaces. Chinese prose's
two-character ellipsis (……) stays.
"""

from __future__ import annotations

import re

__all__ = ["colon_leaders"]

#: a label's word; dots inside it (``D.O.B``), none at its end (they begin the leader)
_WORD = r"[\w#/()'&-]+(?:\.[\w#/()'&-]+)*"
#: a field's label at a line's or a table cell's start, then its leader, then the value
_LEADER = re.compile(
    rf"(?m)(?P<lab>(?:^|[|\t]|(?<=[ \t]{{2}}))[ \t]*(?:\d{{1,2}}[.)][ \t]+)?"
    rf"(?=[A-Za-z]){_WORD}(?:[ \t]{_WORD}){{0,4}}?"
    r"(?:\.(?=[ \t]+\.{3}))?)"
    r"(?P<dots>[ \t]+\.{3,}[ \t]*|\.{4,}[ \t]*|[ \t]*\.(?:[ \t]\.){2,}[ \t]*)"
    r"(?=[^\s.])"
)


#: a Chinese field's label at a line's start or after a wide gap, then its leader, then the value
_ZH_LEADER = re.compile(
    r"(?m)(?P<lab>(?:^|(?<=[ \t\u3000]{2})|(?<=[|\t]))[ \t\u3000]*"
    r"[\u4e00-\u9fa5][\u4e00-\u9fa5A-Za-z/（）()]{0,7}?)"
    r"(?P<dots>(?:\.{3,}|．{3,}|·{3,}|…{3,}|[.．·…]{4,})[ \t\u3000]*)(?=[^\s.．·…])"
)


def colon_leaders(text: str) -> str:
    """``text`` with every field's dotted leader written as ``:`` and spaces (same length)."""
    if "..." in text or ". ." in text:
        text = _LEADER.sub(lambda m: m.group("lab") + ":" + " " * (len(m.group("dots")) - 1), text)
    if "..." in text or "．．．" in text or "···" in text or "………" in text:
        text = _ZH_LEADER.sub(lambda m: m.group("lab") + "：" + " " * (len(m.group("dots")) - 1), text)
    return text
