"""Retain Safe Private: the private elements a knowledge base vouches for, and nothing else.

The knowledge base is TCIA's private tag list (``tcia_private_tag_kb.csv``): each row names an
element by (group, private creator, element byte) and gives a disposition — ``k`` keep, ``h``
replace by a keyed hash, ``o`` shift as a date by the patient's offset, anything else (``d``
delete, ``na``, ``oi``…) removes it. Only first-level patterns are used (nested signatures such as
``(0009,"GEIIS",10)[<0>](0028,0002)`` are ignored, so private elements inside sequences go).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from typing import Iterable, Mapping

__all__ = ["PrivateKey", "SafePrivateList", "SafePrivateListError"]

_PATTERN = re.compile(r'^\(([0-9A-Fa-f]{4}),"*([^()\[\]]*?)"*,([0-9A-Fa-f]{2})\)$')
_DISPOSITIONS = {"k", "h", "o"}


class SafePrivateListError(ValueError):
    """The knowledge base cannot be read (names the line, never data)."""


@dataclass(frozen=True)
class PrivateKey:
    """(odd group, private creator as written, element byte)."""

    group: int
    creator: str
    element: int


def _norm_creator(creator: str) -> str:
    return creator.strip().strip('"').strip().upper()


class SafePrivateList:
    """Private (group, creator, element) → disposition ``k``, ``h`` or ``o``."""

    def __init__(self, entries: Mapping[PrivateKey, str]) -> None:
        self._entries = {PrivateKey(k.group, _norm_creator(k.creator), k.element): v
                         for k, v in entries.items()}

    def __len__(self) -> int:
        return len(self._entries)

    @classmethod
    def from_csv(cls, text: str) -> "SafePrivateList":
        """Parse the TCIA CSV (``element_sig_pattern, tag_name, vr, private_disposition``).

        A signature listed more than once (one row per VR) must agree on keeping it; a row that
        disagrees removes it (the stricter one wins).

        Raises:
            SafePrivateListError: the header is missing.
        """
        reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
        if not reader.fieldnames or "element_sig_pattern" not in reader.fieldnames:
            raise SafePrivateListError("missing element_sig_pattern column")
        entries: dict[PrivateKey, str] = {}
        strict: set[PrivateKey] = set()
        for row in reader:
            m = _PATTERN.match((row.get("element_sig_pattern") or "").strip())
            if not m:
                continue  # nested signature or a public tag
            if not int(m.group(1), 16) & 1:
                continue
            key = PrivateKey(int(m.group(1), 16), _norm_creator(m.group(2)), int(m.group(3), 16))
            disposition = (row.get("private_disposition") or "").strip().lower()
            if disposition not in _DISPOSITIONS:
                strict.add(key)
                continue
            if entries.get(key, disposition) != disposition:
                strict.add(key)
            entries[key] = disposition
        return cls({k: v for k, v in entries.items() if k not in strict})

    @classmethod
    def of(cls, items: Iterable[tuple[int, str, int, str]]) -> "SafePrivateList":
        """From (group, creator, element byte, disposition) tuples (tests, configuration)."""
        return cls({PrivateKey(g, c, e): d for g, c, e, d in items})

    def disposition(self, *, group: int, creator: str, element: int) -> str:
        """``k``, ``h``, ``o``, or ``x`` (remove) for a private element."""
        return self._entries.get(PrivateKey(group, _norm_creator(creator), element & 0xFF), "x")
