"""Checks of one annotated note of the frozen notes evaluation sets (v1 and the later holdouts)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Mapping
from typing import Any

__all__ = ["check_annotations", "id_card_ok"]


def id_card_ok(s: str) -> bool:
    """An 18-character 身份证号 with a valid ISO 7064 MOD 11-2 check character."""
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return (
        bool(re.fullmatch(r"\d{17}[\dX]", s))
        and "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], w, strict=True)) % 11] == s[17]
    )


def check_annotations(n: Mapping[str, Any], lang_categories: Mapping[str, Collection[str]],
                      keep_kinds: Collection[str]) -> None:
    """Every span's category or kind is known, its offsets give its value, no two overlap, and
    every 身份证号 has a valid check character."""
    text = n["text"]
    spans = []
    for s in n["phi"]:
        assert s["category"] in lang_categories[n["lang"]], s
        spans.append(s)
    for s in n["keep"]:
        assert s["kind"] in keep_kinds, s
        spans.append(s)
    for s in spans:
        assert 0 <= s["start"] < s["end"] <= len(text)
        assert text[s["start"] : s["end"]] == s["value"], (n["id"], s)
    spans.sort(key=lambda s: s["start"])
    for a, b in itertools.pairwise(spans):
        assert b["start"] >= a["end"], (n["id"], a, b)
    for s in n["phi"]:
        if s["category"] == "ID_CARD":
            assert id_card_ok(s["value"]), s
