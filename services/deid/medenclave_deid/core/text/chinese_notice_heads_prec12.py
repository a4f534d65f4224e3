"""A notice's heading that reads like a name: ``温馨提示：``, ``特别提醒：``, ``重要须知：``.

Two characters before a notice word (提示, 提醒, 须知, 告知, 说明) and a colon, opening a line or a
sentence, qualify the notice; a person's name there would be followed by what they say, not by
the notice's own word and a colon or a closing bracket (``【温馨提醒】``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["drop_notice_heads"]

_NOTICE_AFTER = re.compile(r"(?:提示|提醒|须知|告知|说明)[ \u3000]*[：:】\]]")
_OPENING_BEFORE = re.compile(r"(?:^|[\n。！？；;【\[（(★*#>·•\-—])[ \t\u3000]*\Z")


def drop_notice_heads(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` less a name that is a notice's qualifier (``温馨提示：按时服药``).

    Args:
        text: the note.
        spans: resolved spans.
    """
    return [span for span in spans
            if not (span.category == "name" and span.end - span.start == 2
                    and _NOTICE_AFTER.match(text, span.end)
                    and _OPENING_BEFORE.search(text[max(0, span.start - 4):span.start]))]
