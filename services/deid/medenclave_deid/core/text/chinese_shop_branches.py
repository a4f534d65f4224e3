"""A chain's shop named by its street in a Chinese note: a pharmacy's branch.

A chain's shop is named by the chain and the street it stands on, then 店 (``某某星辰某华路店``,
``某某大药房某一路店``, ``某某堂某山大道分店``). Where the chain's name holds a pharmacy's word
(大药房, 药房, 药店, 医药, 药业) the whole is a place of care wherever it stands; without one the
shop is only taken where a form puts a place of care: in a table's cell of its own, or after a
pharmacy's label (``定点药店：``, ``购药药房：``, ``来源：``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_shop_branches"]

_HAN = "\u4e00-\u9fa5"
#: the street a shop is named by, then the shop's word
_STREET_SHOP = (
    rf"[{_HAN}]{{1,6}}?(?:[东南西北中]路|路|大街|街|大道|巷|广场)(?:[一二三四五六七八九十\d]{{1,3}}号)?分?店"
)
#: a chain with a pharmacy's word in its name, then its street shop
_PHARMACY_SHOP = re.compile(rf"[{_HAN}]{{2,8}}?(?:大药房|药房|药店|医药|药业){_STREET_SHOP}")
#: any chain's street shop, alone in a table's cell
_CELL_SHOP = re.compile(rf"(?<=\|)[ \t]*(?P<v>[{_HAN}]{{2,8}}?{_STREET_SHOP})[ \t]*(?=\|)")
#: any chain's street shop after a pharmacy's label
_LABELLED_SHOP = re.compile(
    rf"(?:药店|药房|购药地点|购药渠道|取药地点|来源)[ \t]*[：:][ \t]*(?P<v>[{_HAN}]{{2,8}}?{_STREET_SHOP})"
    rf"(?=[\s，。；、,;|）)]|$)"
)
#: words that open no chain's name (去路边店, 在街角店)
_NOT_A_CHAIN = re.compile(r"[去在到往从于和与及的]|路边|街角|门口|附近|楼下|对面|隔壁")


def find_shop_branches(text: str) -> list[PhiSpan]:
    """Hospital spans over the chain shops of the module docstring."""
    out: list[PhiSpan] = []
    for m in _PHARMACY_SHOP.finditer(text):
        if not _NOT_A_CHAIN.match(m.group(0)):
            out.append(PhiSpan(m.start(), m.end(), "hospital"))
    for rx in (_CELL_SHOP, _LABELLED_SHOP):
        for m in rx.finditer(text):
            if not _NOT_A_CHAIN.match(m.group("v")) and not _NOT_A_CHAIN.search(m.group("v")[:4]):
                out.append(PhiSpan(m.start("v"), m.end("v"), "hospital"))
    return out
