"""A tagged Chinese name that runs into a time word after it: ``长孙今日来院`` (the eldest
grandson came today), ``王丽今晨诉头痛``.

A character tagger reads a surname, then characters that could be a given name, and may stop
inside the next word: ``长孙今`` of ``长孙今日``, ``王丽今`` of ``王丽今晨``. A time word (今日, 昨晚,
次日, 目前) is never part of a name, so the name ends before it; what is left must still be a name:
a compound surname alone (长孙, 东方, 百里 are everyday words too) or a single character names no
one.
"""

from __future__ import annotations

from medenclave_deid.core.text.lexicon import CN_COMPOUND_SURNAMES
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["trim_time_words"]

#: words of when, said right after who (今日来院, 昨晚发热, 目前在院)
_TIME_WORDS = (
    "今日",
    "今天",
    "今晨",
    "今早",
    "今晚",
    "今年",
    "明日",
    "明天",
    "明晨",
    "昨日",
    "昨天",
    "昨晚",
    "昨夜",
    "前天",
    "当日",
    "当天",
    "当晚",
    "次日",
    "近日",
    "近期",
    "目前",
    "现在",
    "刚才",
    "日前",
    "晨起",
    "上午",
    "下午",
    "中午",
    "晚上",
    "夜间",
    "凌晨",
    "傍晚",
)


def trim_time_words(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` with each name cut before a time word its last characters open (module
    docstring), and dropped where no name is left.

    Args:
        text: the note.
        spans: the tagger's spans.
    """
    out: list[PhiSpan] = []
    for span in spans:
        if span.category == "name":
            cut = next(
                (
                    span.end - k
                    for k in (1, 2)
                    if span.end - k > span.start
                    and any(
                        text.startswith(w, span.end - k) and span.end - k + len(w) > span.end
                        for w in _TIME_WORDS
                    )
                ),
                None,
            )
            if cut is not None:
                value = text[span.start : cut]
                if len(value) < 2 or value in CN_COMPOUND_SURNAMES:
                    continue
                span = PhiSpan(span.start, cut, span.category)
        out.append(span)
    return out
