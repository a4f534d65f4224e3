"""Clean Descriptors: free-text descriptions kept, identifying words removed.

:class:`DescriptorCleaner` is the seam: the default :class:`DenyListCleaner` removes the record's
own names and ids (every name component too), case-insensitively; the notes text
de-identifier can be plugged in instead (it takes the same deny-list).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from pydicom.dataset import Dataset
from pydicom.multival import MultiValue

from medenclave_deid.core.ports import DescriptorCleaner

__all__ = ["DENY_ATTRIBUTES", "DenyListCleaner", "deny_terms"]


#: attributes whose values are the record's own identifying words
DENY_ATTRIBUTES = (
    0x00100010, 0x00100020, 0x00101000, 0x00101001, 0x00101005, 0x00101060, 0x00100030,
    0x00080050, 0x00080080, 0x00080081, 0x00080090, 0x00081050, 0x00081060, 0x00081070,
    0x00101040, 0x00102154, 0x00100021, 0x00200010, 0x00321032, 0x00400006, 0x00401001,
    0x00400009, 0x00081010, 0x00181000,
)


def _is_cjk(text: str) -> bool:
    return not text.isascii() and max(text) >= "\u2e80"


def _components(value: str, vr: str) -> Iterator[str]:
    yield value
    if vr == "PN":
        for group in value.split("="):
            yield group
            parts = [p.strip() for p in re.split(r"[\^]", group) if p.strip()]
            yield from parts
            if len(parts) >= 2:
                yield f"{parts[1]} {parts[0]}"
                yield f"{parts[0]} {parts[1]}"
                yield f"{parts[0]}{parts[1]}"
    else:
        yield from value.replace(",", " ").split()
        yield from re.split(r"[^0-9A-Za-z]+", value)  # the parts of compound ids


def deny_terms(ds: Dataset) -> frozenset[str]:
    """The record's names, ids and their components (≥ 3 characters, or ≥ 1 ideograph)."""
    found: set[str] = set()
    for tag in DENY_ATTRIBUTES:
        elem = ds.get(tag)  # decodes here (and raises what pydicom raises); .value cannot fail
        if elem is None:
            continue
        raw = elem.value
        values = raw if isinstance(raw, (list, tuple, MultiValue)) else [raw]
        for value in values:
            if value is None:
                continue
            for term in _components(str(value).strip(), elem.VR):
                term = term.strip()
                if len(term) >= 3 or (term and _is_cjk(term)):
                    found.add(term)
    return frozenset(found)


class DenyListCleaner:
    """Removes the deny-listed terms (longest first), case-insensitively; Latin terms only at
    word boundaries, ideographic ones wherever they occur.

    The terms of one deny-list are compiled once, and the last cleaned values are remembered:
    a series repeats the same descriptions on every slice.
    """

    def __init__(self, *, cache_size: int = 4096) -> None:
        self._cache_size = cache_size
        self._patterns: dict[frozenset[str], tuple[tuple[str, ...], re.Pattern | None]] = {}
        self._cleaned: dict[tuple[str, frozenset[str]], str] = {}

    def clean(self, *, text: str, deny: frozenset[str], offset_days: int = 0) -> str:
        text = str(text)
        key = (text, deny)
        found = self._cleaned.get(key)
        if found is None:
            found = self._clean(text, deny)
            if len(self._cleaned) >= self._cache_size:
                self._cleaned.clear()
            self._cleaned[key] = found
        return found

    def _compiled(self, deny: frozenset[str]) -> tuple[tuple[str, ...], re.Pattern | None]:
        compiled = self._patterns.get(deny)
        if compiled is None:
            ordered = sorted(deny, key=len, reverse=True)
            cjk = tuple(t for t in ordered if _is_cjk(t))
            latin = [re.escape(t) for t in ordered if t and not _is_cjk(t)]
            pattern = re.compile(rf"(?<!\w)(?:{'|'.join(latin)})(?!\w)", re.IGNORECASE) \
                if latin else None
            if len(self._patterns) >= 64:
                self._patterns.clear()
            compiled = self._patterns[deny] = (cjk, pattern)
        return compiled

    def _clean(self, text: str, deny: frozenset[str]) -> str:
        cjk, pattern = self._compiled(deny)
        out = text
        for term in cjk:
            out = out.replace(term, "")
        if pattern is not None:
            # removing a term can bring two others together: repeat until nothing is left
            while True:
                cleaned = pattern.sub("", out)
                if cleaned == out:
                    break
                out = cleaned
        return re.sub(r"\s{2,}", " ", out).strip()


def clean_values(cleaner: DescriptorCleaner, value: object, deny: Iterable[str],
                 offset_days: int = 0) -> object:
    """Clean one value or each of a multi-value (dates move by ``offset_days``)."""
    terms = frozenset(deny)
    if isinstance(value, (list, tuple, MultiValue)):
        return [cleaner.clean(text=str(v), deny=terms, offset_days=offset_days) for v in value]
    if value is None:
        return None
    return cleaner.clean(text=str(value), deny=terms, offset_days=offset_days)
